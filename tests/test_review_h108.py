"""REL008 quotes the goal's words for its figure, not the bare figure (h108): a goal of several 90% shows which
one each finding means; the fingerprint, which baselines match, stays the indicator's (or the bare figure)."""

from __future__ import annotations

import pytest

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _told(engine: Any, goal: str, rows: list[tuple[str, str]], level2: str = "质量指标") -> list[Any]:
    fragment = {"goal": goal, "indicators": {"产出指标": {level2: [{"name": name, "value": value} for name, value in rows]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


def test_two_90_percent_in_one_goal_each_quote_their_own_clause(engine: Any) -> None:
    goal = "农村集中供水率提升至90%，农村自来水普及率达到90%以上。"
    found = {f.message_zh.split("对应的指标“")[1].split("”")[0]: f for f in
             _told(engine, goal, [("农村集中供水率", "≥88%"), ("农村自来水普及率", "≥85%")])}
    assert found["农村集中供水率"].message_zh.startswith("年度总体目标写的是“农村集中供水率提升至90%”，")
    # the clause's own 以上 quoted with its figure
    assert found["农村自来水普及率"].message_zh.startswith("年度总体目标写的是“农村自来水普及率达到90%以上”，")
    assert "The annual goal says 农村自来水普及率达到90%以上, but" in found["农村自来水普及率"].message_en
    # the suggestion names the goal's words too, so the officer finds the figure meant
    assert "与年度总体目标中的“农村集中供水率提升至90%”" in (found["农村集中供水率"].suggestion_zh or "")


def test_the_goals_words_are_not_the_fingerprint(engine: Any) -> None:
    # a baseline written before the goal's words were quoted still matches: the words may change, the finding not
    rows = [("农村集中供水率", "≥88%")]
    [plain] = _told(engine, "农村集中供水率提升至90%。", rows)
    [worded] = _told(engine, "全县农村集中供水率力争提升至90%。", rows)
    assert plain.message_zh != worded.message_zh and plain.fingerprint == worded.fingerprint
    # a finding on the goal itself keeps the bare figure as its value (and the line it points at)
    [rate] = [f for f in _told(engine, "为适龄儿童接种疫苗6万剂次，适龄儿童免疫规划疫苗接种率达到102%。", []) if f.path == "/goal"]
    assert rate.value == "102%" and "“适龄儿童免疫规划疫苗接种率达到102%”" in rate.message_zh


def test_a_long_clause_is_cut_where_a_word_starts(engine: Any) -> None:
    goal = "通过组织开展面向全县城乡居民的多种形式宣传教育活动并持续推进农村集中供水率提升至90%。"
    [found] = _told(engine, goal, [("农村集中供水率", "≥88%")])
    # cut after 并, not inside 持续, and marked
    assert "写的是“…持续推进农村集中供水率提升至90%”" in found.message_zh


def test_a_figure_in_brackets_is_quoted_with_its_bracket_closed(engine: Any) -> None:
    [found] = _told(engine, "对全市规模以上工业企业（共186家）开展双随机执法检查。", [("双随机执法检查企业", "≥200家")], "数量指标")
    assert "写的总数是“全市规模以上工业企业（共186家）”" in found.message_zh  # not its preposition 对 (h128)


@pytest.mark.parametrize(("goal", "figure", "said"), [
    ("2026年春节、八一期间走访慰问重点优抚对象1300户。", "1300户", "2026年春节、八一期间走访慰问重点优抚对象1300户"),
    ("完成A村、B村改厕120户，群众满意度达到90%以上。", "120户", "完成A村、B村改厕120户"),
    ("完成A村、B村改厕120户，群众满意度达到90%以上。", "90%", "群众满意度达到90%以上"),
    # an item with a figure of its own is a standard of its own: quoted alone
    ("2026年按小学每生每年1000元、初中每生每年1250元发放。", "1250元", "初中每生每年1250元"),
])
def test_a_list_the_clause_opens_with_is_quoted_with_it(goal: str, figure: str, said: str) -> None:
    """The quote began after the list's 、 (八一期间走访…), as if it were the whole clause."""
    from ggtlint.primitives.goal_figures import _quoted

    start = goal.index(figure)
    assert _quoted(goal, start, start + len(figure)) == said

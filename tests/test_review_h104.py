"""A re-read of goal_figures.py and its neighbours after the eighteenth recall audit's changes (h104): each
problem found with the value that shows it, told or not as it should be."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.load import load_text


def _table(goal: str, rows: list[tuple[str, str, str, str]], funds: dict[str, Any] | None = None) -> str:
    tree: dict[str, dict[str, list[dict[str, str]]]] = {}
    for level1, level2, name, value in rows:
        tree.setdefault(level1, {}).setdefault(level2, []).append({"name": name, "value": value})
    table: dict[str, Any] = {"version": 1, "project": {"name": "2025年项目", "year": 2025, "region": "某县"}}
    if funds is not None:
        table["funds"] = funds
    table |= {"goal": goal, "indicators": tree}
    return yaml.safe_dump(table, allow_unicode=True, sort_keys=False)


def _told(engine: Any, text: str, rule: str) -> list[str]:
    return [f.message_zh for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == rule]


@pytest.mark.parametrize(("goal", "value", "told"), [
    ("2025年新建标准化厂房1.2万㎡。", "≥1.2公顷", False),  # 1.2万㎡ is 1.2公顷: the 万 has its unit
    ("2025年新建标准化厂房1.2万m²。", "≥1.2公顷", False),
    ("2025年新建标准化厂房，受益群众约1.2万。", "≥1.2人", True),  # a bare 万 still
])
def test_a_ten_thousand_with_a_unit_in_letters_or_a_symbol_is_not_bare(engine, goal: str, value: str,  # type: ignore[no-untyped-def]
                                                                        told: bool) -> None:
    name = "新建标准化厂房面积" if "公顷" in value else "受益群众人数"
    found = _told(engine, _table(goal, [("产出指标", "数量指标", name, value)]), "REL008")
    assert bool([message for message in found if "10000 倍" in message]) is told, found


@pytest.mark.parametrize(("goal", "value", "told"), [
    # a lower end written at or above the upper end's number has its own multiplier: 8000亩, not 8000万亩
    ("2025年完成高标准农田建设8000至1.2万亩。", "≥8000亩", None),
    ("2025年完成高标准农田建设8000至1.2万亩。", "≥800亩", "与范围的下限“8000亩”正好相差 10 倍"),
    ("2025年完成高标准农田建设12至13万亩。", "≥1.2万亩", "与范围的下限“12万亩”正好相差 10 倍"),
    ("2025年完成高标准农田建设12至13万亩。", "≥12万亩", None),
])
def test_a_ranges_lower_end_keeps_its_own_multiplier(engine, goal: str, value: str,  # type: ignore[no-untyped-def]
                                                     told: str | None) -> None:
    found = _told(engine, _table(goal, [("产出指标", "数量指标", "高标准农田建设面积", value)]), "REL008")
    if told is None:
        assert not found
    else:
        assert [message for message in found if told in message], found


_FUNDS = {"unit": "万元", "total": 120, "fiscal": 120, "other": 0, "fiscal_sources": {"省级": 50, "县级": 70}}


@pytest.mark.parametrize(("goal", "told"), [
    ("2025年投入市政设施维护资金120万元，维修城区道路2.5公里。", False),  # 市政 is no 市级
    ("2025年投入县域商业体系建设资金120万元。", False),  # 县域 is no 县级 (and 县级 is given)
    ("2025年争取市级补助资金20万元，维修城区道路2.5公里。", True),  # the sources give 市级 nothing
])
def test_a_word_beginning_with_a_levels_character_names_no_level(engine, goal: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _told(engine, _table(goal, [("产出指标", "数量指标", "维修城区道路长度", "≥2.5公里")], _FUNDS), "REL008")
    assert bool([message for message in found if "市级资金却是 0 元" in message]) is told, found


def test_a_part_of_the_finish_in_a_table_with_no_project_name(engine) -> None:  # type: ignore[no-untyped-def]
    """TIME006 whole_year_after_finish holds a part the goal names (其中一期) to the project's name: with none
    written, the part is no phase of it (it raised a TypeError)."""
    text = yaml.safe_dump({"version": 1, "project": {"year": 2025},
                           "goal": "2025年完成县级智慧平台建设，其中一期于2025年10月31日前上线运行。",
                           "indicators": {"产出指标": {"时效指标": [{"name": "智慧平台建设完成时间", "value": "全年"}]}}},
                          allow_unicode=True)
    found = engine.check_source(load_text(text, "t.yaml")).findings
    assert not [f for f in found if f.rule_id == "TIME006"]


def test_the_goals_work_for_a_bare_clause_says_its_words_once() -> None:
    """TIME006 _goal_work: a clause of its date alone (并于10月31日前全部完工) adds the clause to the sentence's work
    before it, not the clause's words before the date twice (…改造，并于并于全部完工)."""
    from ggtlint.primitives.stage_order import _GOAL_DEADLINE, _goal_work

    goal = "2025年完成县城无障碍设施改造，并于10月31日前全部完工。"
    date = next(_GOAL_DEADLINE.finditer(goal))
    assert _goal_work(goal, date.start(), date.end()) == "2025年完成县城无障碍设施改造，并于全部完工"

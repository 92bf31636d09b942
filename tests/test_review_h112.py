"""The re-read of REL008's quoting of the goal (h112): the goal's words are quoted for a finding only, and the quote's
clause is the one ``_clause_to`` reads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.primitives import goal_figures
from ggtlint.values import parse_value


def _told(engine: Any, goal: str, rows: list[tuple[str, str]], level2: str = "数量指标") -> list[Any]:
    fragment = {"goal": goal, "indicators": {"产出指标": {level2: [{"name": name, "value": value} for name, value in rows]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


def test_the_goals_words_are_read_only_for_a_finding(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    quoted: list[tuple[int, int]] = []
    real = goal_figures._goal_said

    def counted(goal: str, start: int, end: int, figure: str | None = None) -> dict[str, str]:
        quoted.append((start, end))
        return real(goal, start, end, figure)

    monkeypatch.setattr(goal_figures, "_goal_said", counted)
    goal = "新建村级公路18公里，改造危桥6座，群众满意度达到90%以上。"
    rows = [("新建村级公路里程", "≥18公里"), ("改造危桥数量", "≥6座")]
    # every figure given: nothing told, nothing quoted (each figure of every table was quoted before)
    assert _told(engine, goal, rows) == [] and quoted == []
    # a slip told: its own figure quoted, once
    [found] = _told(engine, goal, [("新建村级公路里程", "≥1.8公里"), ("改造危桥数量", "≥6座")])
    assert "“新建村级公路18公里”" in found.message_zh and len(quoted) == 1


G473 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g473-*.yaml"))


@pytest.mark.parametrize(("sources", "told"), [
    ("    中央: 200\n    省级: 320\n    县级: 80\n", None),  # the two levels together give the goal's 520
    ("    中央: 200\n    省级: 200\n    县级: 80\n", "表中中央和省级资金却是 4,000,000 元"),
    ("    省级: 520\n    县级: 80\n", None),  # one level alone: either's (_LEVELS_TOGETHER, g473)
])
def test_two_levels_money_is_held_to_both_levels(engine: Any, sources: str, told: str | None) -> None:
    # 中央和省级补助资金520万元 was held to 中央 alone: "表中中央资金却是 2,000,000 元" where 中央 200 and 省级 320 make 520
    text = G473.read_text(encoding="utf-8")
    written = "争取中央电信普遍服务补助资金400万元，省级补助120万元，县级配套80万元"
    listed = "    中央: 400\n    省级: 120\n    县级: 80\n"
    assert written in text and listed in text
    text = text.replace(written, "争取中央和省级补助资金520万元，县级财政配套到位").replace(listed, sources)
    found = [f for f in engine.check_source(load_text(text, G473.name)).findings if f.rule_id == "REL008"]
    assert [f.message_zh.split("，")[-1].split("：")[0] for f in found] == ([told] if told else [])
    if told:
        assert "central funds and provincial funds are 4,000,000" in found[0].message_en


@pytest.mark.parametrize("goal", ["（一）新建村级公路18公里；（二）改造危桥6座。", "1.新建村级公路18公里；2.改造危桥6座。",
                                  "①新建村级公路18公里；②改造危桥6座。"])
def test_a_clauses_item_number_is_not_quoted(engine: Any, goal: str) -> None:
    # the goal's words for its figure, not the number of the item they stand in (“（一）新建村级公路18公里” before)
    [found] = _told(engine, goal, [("新建村级公路里程", "≥1.8公里"), ("改造危桥数量", "≥6座")])
    assert "年度总体目标写的是“新建村级公路18公里”" in found.message_zh


@pytest.mark.parametrize(("value", "number", "unit"), [
    ("≤万分之3", Decimal("0.03"), "%"),  # 万分之 alone: 0.03%
    ("≤10万分之5", Decimal(5), "/十万"),  # per 100,000, as ≤5/10万 (read as 10 then 万分之5, ≤100.05%, before)
    ("≤十万分之五", Decimal(5), "/十万"),
    ("≤十万分之1.5", Decimal("1.5"), "/十万"),
])
def test_ten_thousandths_and_per_hundred_thousand(value: str, number: Decimal, unit: str) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number, parsed.unit) == ("rate", "≤", number, unit)

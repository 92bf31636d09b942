"""g468–g479, a second opinion on the eighteenth session's checks: a value form a careful writer reaches for.

- a season with its month in brackets and the year written before it (2026年主汛期（6月）前) is that year's
  6月前, as 主汛期（6月）前 is the budget year's (values/parse.py _named_day). It was text (VAL001, an error) while
  the form without the year drew only TIME003's notice asking for the year: writing the year made it worse.
- two levels' money in one amount (争取中央和省级补助资金520万元) against sources giving 省级 520 and no 中央 is no
  level put in that the sources lack (REL008 funds, a warning): a county books the central money passed down by the
  province as 省级 (primitives/goal_figures.py _LEVELS_TOGETHER); told still where neither level is given.
- the staff of a unit named among the 实施单位 asked as the ones trained (参训乡镇卫生院职工满意度, where the
  实施单位 is 县卫生健康局、各乡镇卫生院) are served, not the implementer's own staff asking themselves (SAT002, a
  warning; primitives/name_pattern.py _STAFF_ASKED, as satisfaction.yaml's 参训 for 医务人员).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text
from ggtlint.values import parse_value

G468 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g468-*.yaml"))
G473 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g473-*.yaml"))

FORMS: list[tuple[str, dict[str, Any]]] = [
    ("2026年主汛期（6月）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30), "year_inferred": False}),
    ("2026年主汛期（6月）前完成", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30)}),
    ("2027年主汛期（6月）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2027, 6, 30)}),
    ("2026年烈士纪念日（9月30日）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 9, 30)}),
]

# look-alikes, read the same before and after
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("主汛期（6月）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30), "year_inferred": True}),
    ("2026年汛期（6月）", {"kind": "qualitative", "quality": "text"}),
    ("2026年汛期前", {"kind": "qualitative", "quality": "external"}),
]


@pytest.mark.parametrize(("value", "expected"), FORMS + LOOK_ALIKES, ids=[form[0] for form in FORMS + LOOK_ALIKES])
def test_a_named_season_is_read(value: str, expected: dict[str, Any]) -> None:
    parsed = parse_value(value, budget_year=2026)
    for field, want in expected.items():
        assert getattr(parsed, field) == want, (value, field, parsed)


@pytest.mark.parametrize(("goal", "sources", "told"), [
    ("争取中央和省级补助资金520万元，县级配套80万元", "    省级: 520\n    县级: 80\n", False),
    ("争取中央及省级补助资金520万元，县级配套80万元", "    省级: 520\n    县级: 80\n", False),
    ("争取中央和省级补助资金520万元，县级配套80万元", "    县级: 600\n", True),  # neither level given
    ("争取中央电信普遍服务补助资金400万元，省级补助120万元，县级配套80万元", "    省级: 520\n    县级: 80\n", True),
])
def test_two_levels_money_in_one_amount(engine, goal: str, sources: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = G473.read_text(encoding="utf-8")
    written = "争取中央电信普遍服务补助资金400万元，省级补助120万元，县级配套80万元"
    listed = "    中央: 400\n    省级: 120\n    县级: 80\n"
    assert written in text and listed in text
    text = text.replace(written, goal).replace(listed, sources)
    findings = engine.check_source(load_text(text, G473.name)).findings
    assert any(f.rule_id == "REL008" and "却是 0 元" in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("name", "told"), [
    ("参训乡镇卫生院职工满意度", False),
    ("参训乡镇卫生院工作人员满意度", False),
    ("乡镇卫生院职工满意度", True),  # the 实施单位's own staff, not named as trained
])
def test_trained_staff_of_a_unit_among_the_implementers(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = G468.read_text(encoding="utf-8")
    assert text.count("  implementer: 石阡县卫生健康局\n") == 1 and text.count("name: 参训基层医疗机构医务人员满意度") == 1
    text = text.replace("  implementer: 石阡县卫生健康局\n", "  implementer: 石阡县卫生健康局、各乡镇卫生院\n")
    text = text.replace("name: 参训基层医疗机构医务人员满意度", f"name: {name}")
    findings = engine.check_source(load_text(text, G468.name)).findings
    assert any(f.rule_id == "SAT002" and name in f.message_zh for f in findings) is told

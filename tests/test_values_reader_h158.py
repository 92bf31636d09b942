"""h158, the value reader on forms it misread (values/parse.py).

- a solar term before 前 (2026年清明节前, 冬至前) was text (VAL001, an error): by the term's day in that year, as a
  fixed festival is read (_solar_term_day: the documented 寿星 formula with its slips, checked against the sun for
  2001-2099).
- 2026年春节前, 2026年中秋节前 were external terms: with the year written, the festival's day (2024-2030,
  _LUNAR_FESTIVALS, checked against the lunardate package); 春节前 with no year stays external.
- 6月中前, 6月月中前 were text: 月中 is the 15th (中旬前 stays the 20th: a part of the month before 前 is read to its
  end, as 上旬前 can only be by the 10th).
- every two months said without 个 (每两月一次) or as 双月一次, 隔月一次 was text (VAL001): as 每2个月1次.
- 按月1次, 按季度一次 were text: as 每月1次.
- 全年开展≥12次, 累计服务≥5000人次 were text (开展≥12次 was read): 全年, 累计 taken for a comparison's lead hid the
  name after them (_rewritten).
- 两月内 was read as by the end of February: two months are no month's name (≤2个月, as 两个月内).
- REL017 said 全县（市、区） for a benefit named 全市…, 全区… or 县域…: it says the name's own word
  (primitives/township.py check_table, {scope}).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from engine_helpers import edited_findings
from ggtlint.values import parse_value

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
G609 = next(SECTORS.glob("g609-*.yaml"))


@pytest.mark.parametrize(("value", "deadline", "inferred"), [
    ("2026年清明节前", dt.date(2026, 4, 5), False),
    ("清明前", dt.date(2026, 4, 5), True),
    ("2026年“清明”前完成", dt.date(2026, 4, 5), False),
    ("2025年清明节前", dt.date(2025, 4, 4), False),
    ("2026年冬至前", dt.date(2026, 12, 22), False),
    ("2027年立春之前", dt.date(2027, 2, 4), False),
    ("2026年雨水前", dt.date(2026, 2, 18), False),  # the formula's 19th is a day late this year
    ("2021年冬至前", dt.date(2021, 12, 21), False),  # and its 22nd in 2021
])
def test_a_solar_term_is_its_day(value: str, deadline: dt.date, inferred: bool) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline, parsed.year_inferred) == ("deadline", "≤", deadline, inferred), parsed


@pytest.mark.parametrize("value", ["清明节前后", "2199年清明节前"])
def test_a_solar_term_with_no_day_read_stays_text(value: str) -> None:
    assert parse_value(value, budget_year=2026).kind == "qualitative"


@pytest.mark.parametrize(("value", "deadline"), [
    ("2026年春节前", dt.date(2026, 2, 17)),
    ("2025年春节前完成", dt.date(2025, 1, 29)),
    ("2026年端午节前", dt.date(2026, 6, 19)),
    ("2026年中秋前", dt.date(2026, 9, 25)),
    ("2028年中秋节前", dt.date(2028, 10, 3)),
    ("2026年重阳节前", dt.date(2026, 10, 18)),
])
def test_a_lunar_festival_with_its_year_is_its_day(value: str, deadline: dt.date) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", "≤", deadline), parsed


@pytest.mark.parametrize("value", ["春节前", "次年春节前", "2031年春节前", "2026年春节期间"])
def test_a_lunar_festival_with_no_year_read_stays_external(value: str) -> None:
    """春节前 alone may be the budget year's February or, for a year-end visit, the next year's."""
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.quality) == ("qualitative", "external"), parsed


@pytest.mark.parametrize(("value", "deadline"), [
    ("6月中前", dt.date(2026, 6, 15)),
    ("6月月中前", dt.date(2026, 6, 15)),
    ("6月中旬前", dt.date(2026, 6, 20)),
    ("6月上旬前", dt.date(2026, 6, 10)),
    ("6月下旬前", dt.date(2026, 6, 30)),
    ("6月初前", dt.date(2026, 6, 10)),
])
def test_a_part_of_the_month_before_its_end(value: str, deadline: dt.date) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", "≤", deadline), parsed


@pytest.mark.parametrize(("value", "op"), [
    ("每两月一次", None),
    ("两月一次", None),
    ("双月一次", None),
    ("双月度一次", None),
    ("隔月一次", None),
    ("每两月不少于一次", "≥"),
])
def test_every_two_months_is_a_cadence(value: str, op: str | None) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number, parsed.per) == ("per_unit", op, 1, "2个月"), parsed


@pytest.mark.parametrize(("value", "op", "number", "per"), [
    ("按月1次", None, 1, "月"),
    ("按月一次", None, 1, "月"),
    ("按季度1次", None, 1, "季度"),
    ("按年不少于2次", "≥", 2, "年"),
])
def test_by_the_period_is_every_period(value: str, op: str | None, number: int, per: str) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number, parsed.per) == ("per_unit", op, number, per), parsed


@pytest.mark.parametrize("value", ["按月发放", "按季度"])
def test_by_the_period_with_no_count_stays_recurring(value: str) -> None:
    assert parse_value(value, budget_year=2026).quality == "recurring"


@pytest.mark.parametrize(("value", "kind", "op", "number"), [
    ("全年开展≥12次", "count", "≥", 12),
    ("累计服务≥5000人次", "count", "≥", 5000),
    ("全年开放不少于300天", "duration", "≥", 300),
    ("全年服务5000人次", "count", None, 5000),
])
def test_a_name_after_words_that_add_nothing(value: str, kind: str, op: str | None, number: int) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number) == (kind, op, number), parsed


@pytest.mark.parametrize("value", ["两月内", "两月以内"])
def test_two_months_are_no_february(value: str) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number, parsed.unit, parsed.deadline) == ("duration", "≤", 2, "个月", None), parsed


def test_every_two_months_with_no_count_is_no_date() -> None:
    assert parse_value("每两月", budget_year=2026).deadline is None


@pytest.mark.parametrize(("field", "written"), [
    ("value: 2026年五一前", "value: 2026年清明节前"),
    ("value: 2026年五一前", "value: 2026年4月中前"),
    ("value: 2026年国庆节前\n", "value: 2026年国庆节前\n      - name: 活动场地消防安全检查频次\n        value: 每两月一次\n"),
    ("value: 2026年国庆节前\n", "value: 2026年国庆节前\n      - name: 活动场地消防安全检查频次\n        value: 双月一次\n"),
])
def test_a_table_draws_no_text_finding(engine, field: str, written: str) -> None:  # type: ignore[no-untyped-def]
    findings = edited_findings(engine, G609, field, written)
    assert not any(f.rule_id == "VAL001" for f in findings), [f.message_zh for f in findings]


B266 = next(SECTORS.glob("b266-*.yaml"))


@pytest.mark.parametrize("scope", ["全县", "全市", "全区", "县域"])
def test_a_county_wide_benefit_is_told_in_its_own_scope_word(engine, scope: str) -> None:  # type: ignore[no-untyped-def]
    """REL017 said 全县（市、区） whatever the name said: now the name's own word (township.py check_table)."""
    written = "name: 全县村级党组织标准化规范化建设达标率"
    findings = edited_findings(engine, B266, written, written.replace("全县", scope))
    told = [f for f in findings if f.rule_id == "REL017"]
    assert len(told) == 1 and f"是{scope}范围的结果" in told[0].message_zh, [f.message_zh for f in told]
    assert f"measured across {scope}," in told[0].message_en

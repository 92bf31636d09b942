"""Value forms from the sixth audit of the target-value parser: forms the fifth left misread or unread.

Fixed: how often after a number of months with no 每 (12个月一次, 6个月一次 were a count of "个月一次": VAL005's
"no comparison"), a per-unit price with a space after m3 (每m3 5元 was 35元 per m), pH with a colon or 为
(pH：6-9, pH值为6～9: text, VAL001), an aim after the target (≥95%，力争100%: text, SAT001's "not a percentage"),
money in another currency per unit (≤50美元/人: text, VAL001) and a date after the day with （不含） or （含）
(2023年6月30日（不含）后: text, VAL001; TIME005 now tells it as no deadline, as it tells 之后).
The look-alike test pairs each fix with its nearest look-alike that keeps its old reading; the table
tests show the finding each fix changed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from value_helpers import assert_form_reads, assert_look_alike, row_findings

from ggtlint.values import normalize, parse_value

D = Decimal

# (value, budget year, expected attributes)
AUDIT_FORMS: list[tuple[str, int | None, dict[str, Any]]] = [
    # 1. How often after a number of months, with no 每: as 每3个月一次 and 三个月一次 are read
    ("12个月一次", None, {"kind": "per_unit", "op": None, "number": D(1), "unit": "次/12个月", "per": "12个月"}),
    ("6个月一次", None, {"kind": "per_unit", "op": None, "number": D(1), "unit": "次/6个月", "per": "6个月"}),
    ("每3个月一次", None, {"kind": "per_unit", "op": None, "number": D(1), "unit": "次/3个月", "per": "3个月"}),
    ("6个月不少于两次", None, {"kind": "per_unit", "op": "≥", "number": D(2), "per": "6个月"}),
    ("3个月一巡", None, {"kind": "per_unit", "number": D(1), "per": "3个月"}),
    ("1个月一次", None, {"kind": "per_unit", "number": D(1), "per": "1个月"}),  # as 每1个月1次
    ("十二个月一次", None, {"kind": "per_unit", "number": D(1), "per": "12个月"}),
    # 2. A price per unit with a space between what it is per and the price: the 3 of m3 is its power
    ("每m3 5元", None, {"kind": "per_unit", "op": None, "number": D(5), "unit": "元/m³", "yuan": D(5), "per": "m³"}),
    ("每 m3 ≤ 5 元", None, {"kind": "per_unit", "op": "≤", "yuan": D(5), "per": "m³"}),
    ("每m2 5元", None, {"kind": "per_unit", "yuan": D(5), "per": "m²"}),
    ("每吨 120元", None, {"kind": "per_unit", "op": None, "yuan": D(120), "unit": "元/吨", "per": "吨"}),
    ("5元/ m3", None, {"kind": "per_unit", "yuan": D(5), "unit": "元/m³", "per": "m³"}),
    # 3. pH with a colon or 为 before its range, as pH 6-9
    ("pH：6-9", None, {"kind": "range", "low": D(6), "high": D(9), "unit": None, "base_kind": "number"}),
    ("pH值为6～9", None, {"kind": "range", "low": D(6), "high": D(9), "base_kind": "number"}),
    ("PH值:6.5-8.5", None, {"kind": "range", "low": D("6.5"), "high": D("8.5")}),
    ("pH：≤8.5", None, {"kind": "number", "op": "≤", "number": D("8.5")}),
    # 4. An aim after the target, parted by a comma as by brackets: the floor (or the date) is the target
    ("≥95%，力争100%", 2024, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("≥95%,力争达到100%", 2024, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("≥95%；争取100%", 2024, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("不低于90%（力争95%）", 2024, {"kind": "rate", "op": "≥", "percent": D(90)}),
    ("2024年12月31日前，力争提前完成", 2024, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 12, 31)}),
    # 5. Money in another currency per unit, as 元/人: per the unit, never 元
    ("≤50美元/人", None, {"kind": "per_unit", "op": "≤", "number": D(50), "unit": "美元/人", "yuan": None, "per": "人"}),
    ("≥3000欧元/台", None, {"kind": "per_unit", "op": "≥", "number": D(3000), "unit": "欧元/台", "yuan": None,
                          "per": "台"}),
    ("每人不超过50美元", None, {"kind": "per_unit", "op": "≤", "unit": "美元/人", "yuan": None, "per": "人"}),
    # 6. After the day, it left out (（不含）后, （不含当日）后) or counted in (（含）后): the mirror of （不含）前
    ("2023年6月30日（不含）后", 2023, {"kind": "deadline", "op": ">", "deadline": dt.date(2023, 6, 30)}),
    ("2023年6月30日（不含当日）后", 2023, {"kind": "deadline", "op": ">", "deadline": dt.date(2023, 6, 30)}),
    ("2023年6月30日(不含当天)之后", 2023, {"kind": "deadline", "op": ">", "deadline": dt.date(2023, 6, 30)}),
    ("2023年6月30日（含）以后", 2023, {"kind": "deadline", "op": "≥", "deadline": dt.date(2023, 6, 30)}),
]


@pytest.mark.parametrize(("text", "year", "expected"), AUDIT_FORMS, ids=[f[0] for f in AUDIT_FORMS])
def test_audit_form(text: str, year: int | None, expected: dict[str, Any]) -> None:
    assert_form_reads(text, year, expected)


def test_a_power_before_a_figure_is_written_as_a_superscript() -> None:
    """(2) The space after m3 is all that parts the power from the price: normalising keeps them apart."""
    assert normalize("每m3 5元") == "每m³5元"
    assert normalize("每吨 120元") == "每吨120元"
    assert normalize(normalize("每m3 5元")) == normalize("每m3 5元")


READS = {text: (year, expected) for text, year, expected in AUDIT_FORMS}
LOOK_ALIKES: list[tuple[str, str, dict[str, Any]]] = [
    # (1) a number of months with a noun after it stays a count; a return period of years (20年一次) stays text
    # (told with 20年一遇); a limit of months is a duration
    ("12个月一次", "6个月份", {"kind": "count", "number": D(6), "unit": "个月份"}),
    ("12个月一次", "20年一次", {"kind": "qualitative"}),
    ("12个月一次", "12年一次", {"kind": "qualitative"}),
    ("12个月一次", "3个月内", {"kind": "duration", "op": "≤", "number": D(3), "unit": "个月"}),
    ("12个月一次", "≥12个月", {"kind": "duration", "op": "≥", "number": D(12), "unit": "个月"}),
    # (2) a space inside a figure is still dropped; m3 after a figure is a volume
    ("每m3 5元", "≥1 000元", {"kind": "money", "yuan": D(1000)}),
    ("每m3 5元", "≥5 m3", {"kind": "count", "number": D(5), "unit": "m³"}),
    ("每m3 5元", "PM2.5 ≤35", {"kind": "number", "op": "≤", "number": D(35)}),
    # (3) pH with no figure is text, and no other Latin name is cut before a colon
    ("pH：6-9", "pH值：达标", {"kind": "qualitative"}),
    ("pH：6-9", "COD:50", {"kind": "qualitative"}),
    # (4) a second target with its own comparison is still two; an aim alone, or one not last, stays text
    ("≥95%，力争100%", "≥90%，≥95%", {"kind": "rate", "percent": D(90), "problems": (("two_targets", "≥95%"),)}),
    ("≥95%，力争100%", "力争100%", {"kind": "qualitative"}),
    ("≥95%，力争100%", "≥95%，力争100%，确保安全", {"kind": "qualitative"}),
    # (5) an amount in another currency alone stays a figure in it; 元 per unit as before
    ("≤50美元/人", "≥5亿美元", {"kind": "count", "number": D(500000000), "unit": "美元", "yuan": None}),
    ("≤50美元/人", "≤50元/人", {"kind": "per_unit", "yuan": D(50), "per": "人"}),
    # (6) before the day as before; the bracket alone, with no date, names no day (not 当日, within the day)
    ("2023年6月30日（不含）后", "2023年6月30日（不含）前", {"kind": "deadline", "op": "<", "deadline": dt.date(2023, 6, 30)}),
    ("2023年6月30日（不含）后", "2023年6月30日后", {"kind": "deadline", "op": "≥", "deadline": dt.date(2023, 6, 30)}),
    ("2023年6月30日（不含当日）后", "（不含当日）后", {"kind": "qualitative", "number": None}),
    ("2023年6月30日（不含当日）后", "（含当日）前", {"kind": "qualitative", "number": None}),
    ("2023年6月30日（不含当日）后", "当日办结", {"kind": "duration", "op": "≤", "number": D(1), "unit": "日"}),
]


@pytest.mark.parametrize(("form", "look_alike", "expected"), LOOK_ALIKES, ids=[f"{f[0]}|{f[1]}" for f in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(form: str, look_alike: str, expected: dict[str, Any]) -> None:
    assert_look_alike(READS, form, look_alike, expected)


# --------------------------------------------------------------------------------------------
# What the rules say of each form, on one indicator added to the clean legacy example table
# (budget year 2023): the finding the fix changed.


@pytest.mark.parametrize("value", ["12个月一次", "6个月一次"])
def test_how_often_in_months_needs_no_sign(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """(1) drew VAL005's "no comparison (≥、≤、＝)" as a count of 个月一次; how often, as 每3个月一次, needs none."""
    assert row_findings(engine, "产出指标", "时效指标", "巡检频次", value) == {}
    assert parse_value(value).unit != "个月一次"


def test_a_price_per_m3_is_its_own_price(engine) -> None:  # type: ignore[no-untyped-def]
    """(2) 每m3 5元 was 35元 per m: a cost written so draws nothing, and a floor on it is still told (FUND008)."""
    assert not row_findings(engine, "产出指标", "成本指标", "污水处理单价", "每m3 5元")
    assert "FUND008" in row_findings(engine, "产出指标", "成本指标", "污水处理单价", "每m3 ≥5元")


@pytest.mark.parametrize("value", ["pH：6-9", "pH值为6～9", "PH值:6.5-8.5"])
def test_a_ph_range_after_a_colon_is_quantified(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """(3) was VAL001's "not quantified" (an error) under 质量; a reversed range is still told."""
    assert not row_findings(engine, "产出指标", "质量指标", "出水pH值", value)
    [reversed_range] = row_findings(engine, "产出指标", "质量指标", "出水pH值", "pH：9-6")["VAL012"]
    assert "下限大于上限" in reversed_range.message_zh


def test_an_aim_after_the_target_is_no_second_target(engine) -> None:  # type: ignore[no-untyped-def]
    """(4) ≥95%，力争100% drew SAT001's "not a percentage"; the floor is read, the aim no second target (no
    VAL012). A floor too low is still told, and a second target with its own comparison too."""
    for value in ("≥95%，力争100%", "不低于90%（力争95%）"):
        assert not row_findings(engine, "满意度指标", "服务对象满意度指标", "群众满意度", value), value
    [low] = row_findings(engine, "满意度指标", "服务对象满意度指标", "群众满意度", "≥60%，力争100%")["SAT001"]
    assert "低于 80%" in low.message_zh
    assert "VAL012" in row_findings(engine, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%，≥95%")


def test_foreign_money_per_unit_is_quantified(engine) -> None:  # type: ignore[no-untyped-def]
    """(5) ≤50美元/人 was VAL001's "not quantified" (an error) under 成本; a cost with no ceiling is still told,
    as ≥3000元/台 is (FUND008)."""
    assert not row_findings(engine, "产出指标", "成本指标", "人均差旅费", "≤50美元/人")
    [floor] = row_findings(engine, "产出指标", "成本指标", "设备单价", "≥3000欧元/台")["FUND008"]
    assert "≥" in floor.message_zh


@pytest.mark.parametrize("value", ["2023年6月30日（不含）后", "2023年6月30日（不含当日）后"])
def test_after_the_day_left_out_is_no_deadline(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """(6) was VAL001's "not quantified" (or TIME003's "not a checkable time"): now TIME005's error, as for
    2023年6月30日之后; before the day left out is a deadline and draws nothing."""
    found = row_findings(engine, "产出指标", "时效指标", "资金拨付完成时间", value)
    assert set(found) == {"TIME005"}, found
    assert "某日以后（>）" in found["TIME005"][0].message_zh
    assert not row_findings(engine, "产出指标", "时效指标", "资金拨付完成时间", "2023年6月30日（不含）前")

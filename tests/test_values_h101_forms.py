"""Value forms that probes found read as unquantified text (VAL001, an error) or wrongly; look-alikes keep their
readings (each run before and after the change).

- a start date (2026年4月起) is a floor, as 2026年4月后 is, from the first day of what it names: TIME005 tells
  a start where an end is due, instead of VAL001 calling it text (values/parse.py _DATE_SUFFIXES, _first_day).
- a deed done the next day (次日送达) is a limit kept each time, as 次日办结 (_DAILY_DEED).
- a date with its recipient after 前 (2026年9月30日前报省住建厅) is the date, as 前上报 (_DEED).
- two limits each named by its deed (接到报修后2小时内响应，24小时内修复) and a count with one for each of what it
  counts (≥150家，每家≥2次) are two targets (VAL012), as 汛期≤24小时，非汛期≤72小时 (_two_targets).
- a per mille in words with a decimal (控制在千分之零点九以内) is ≤0.9‰ (_CN_PERCENT_OF).
- a bare coefficient with its comparison and a note in brackets (≤0.0625（每世代近交增量≤1%）) is the figure
  (_with_remark).
- a season with its month in brackets (主汛期（6月）前完成) is as 6月前 (_NAMED_DAY); an age in months after birth
  (犊牛出生后6月龄内) is ≤6个月 (_after_event).
- a lead time before an event (开班前5个工作日), a school term (春季学期内) and the Spring Festival (2026年春节期间)
  are days set elsewhere, as 开学前 and 汛前30天 (quality external: TIME003's, not VAL001's).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest

from ggtlint.values import parse_value
from ggtlint.values.parse import TWO_TARGETS


def assert_reads(value: str, expected: dict[str, Any]) -> None:
    parsed = parse_value(value, budget_year=2026)
    for field, want in expected.items():
        assert getattr(parsed, field) == want, (value, field, parsed)


FORMS: list[tuple[str, dict[str, Any]]] = [
    ("2026年4月起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 1)}),
    ("2026年起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 1, 1)}),
    ("2026年第三季度起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 7, 1)}),
    ("2026年5月10日起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 5, 10)}),
    ("2026年4月底起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 30)}),  # the day its words say
    ("次日送达", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("2026年9月30日前报省住建厅", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 9, 30)}),
    ("接到报修后2小时内响应，24小时内修复",
     {"kind": "duration", "op": "≤", "number": D(2), "unit": "小时", "problems": ((TWO_TARGETS, "24小时内修复"),)}),
    ("≥150家，每家≥2次", {"kind": "count", "op": "≥", "number": D(150), "problems": ((TWO_TARGETS, "每家≥2次"),)}),
    ("控制在千分之零点九以内", {"kind": "rate", "op": "≤", "number": D("0.9"), "unit": "‰"}),
    ("不低于百分之九十五点五", {"kind": "rate", "op": "≥", "number": D("95.5"), "unit": "%"}),
    ("≤0.0625（每世代近交增量≤1%）", {"kind": "number", "op": "≤", "number": D("0.0625")}),
    ("主汛期（6月）前完成", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30)}),
    ("犊牛出生后6月龄内", {"kind": "duration", "op": "≤", "number": D(6), "unit": "个月"}),
    ("开班前5个工作日", {"kind": "qualitative", "quality": "external"}),
    ("春季学期内", {"kind": "qualitative", "quality": "external"}),
    ("2026年秋季学期开学前", {"kind": "qualitative", "quality": "external"}),
    ("2026年春节期间", {"kind": "qualitative", "quality": "external"}),
]


@pytest.mark.parametrize(("value", "expected"), FORMS, ids=[form[0] for form in FORMS])
def test_a_real_form_is_read(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


# look-alikes, read the same before and after
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("2026年4月后", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 30)}),
    # (what starts then is the name's: read as 2026年4月1日起 since h115, as 自2026年4月起实施)
    ("2026年4月1日起实施", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 1)}),
    ("次日", {"kind": "qualitative", "quality": "text"}),
    ("每日送达", {"kind": "qualitative", "quality": "text"}),
    ("次日12时前", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("2026年9月30日前上报", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 9, 30)}),
    ("24小时内，72小时内", {"kind": "qualitative", "quality": "text"}),
    ("2小时内响应，24小时内", {"kind": "qualitative", "quality": "text"}),
    ("≥200人，≤300人", {"kind": "range", "low": D(200), "high": D(300)}),
    ("每家≥2次", {"kind": "per_unit", "op": "≥", "number": D(2), "per": "家"}),
    ("控制在千分之九以内", {"kind": "rate", "op": "≤", "number": D(9), "unit": "‰"}),
    ("2023（全年）", {"kind": "qualitative", "quality": "text"}),
    ("≤5000元（每人）", {"kind": "per_unit", "op": "≤", "yuan": D(5000), "per": "人"}),
    ("汛期（6月）", {"kind": "qualitative", "quality": "text"}),
    ("重阳节（10月29日）", {"kind": "deadline", "op": None, "deadline": dt.date(2026, 10, 29)}),
    ("6月龄内", {"kind": "qualitative", "quality": "text"}),
    ("刑满释放前3个月内", {"kind": "duration", "op": "≤", "number": D(3), "unit": "个月"}),
    ("开班前5个工作日内", {"kind": "duration", "op": "≤", "number": D(5)}),
    ("开班前", {"kind": "qualitative", "quality": "text"}),
    ("每学期开展2次", {"kind": "per_unit", "number": D(2), "per": "学期"}),
    ("春节", {"kind": "qualitative", "quality": "text"}),
]


@pytest.mark.parametrize(("value", "expected"), LOOK_ALIKES, ids=[form[0] for form in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)

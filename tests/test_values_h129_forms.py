"""Value forms of real tables still misread in h129, and the finding a user gets for each; look-alikes keep their
readings.

- a span to a day written alone, with 前 (2026年7月25日至31日前): by its last day, as 2026年7月25日至31日 is
  (_DAY_ONLY, in _date_span).
- a first few days of each period (每月前10日, 每季度前15日): a deadline kept each period, as 每月10日前 is, not
  10 of a unit 日/月前 (_RECURRING).
- a festival on a fixed day with 完成 (国庆节前完成, 八一前完成): by that day, as 10月1日前完成 (_FESTIVAL_BEFORE);
  the lunar festivals (春节, 中秋) and 元旦 stay external.
- a season under 数量 (2026年春季) is no count: VAL001 tells it (report_qualities_under); under 时效 TIME003's.
- a price per the name's period in another scale of money (（元/人·月） over ≤0.02万元/人·月): VAL011's name_unit
  warning (unit_column._name_period), measured on 10 look-alikes (none told) and 5 held out (all told).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest

from engine_helpers import line_findings
from ggtlint.values import parse_value


def assert_reads(value: str, expected: dict[str, Any]) -> None:
    parsed = parse_value(value, budget_year=2026)
    for field, want in expected.items():
        assert getattr(parsed, field) == want, (value, field, parsed)


FORMS: list[tuple[str, dict[str, Any]]] = [
    ("2026年7月25日至31日前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 7, 31), "year_inferred": False}),
    ("7月25日至31日前", {"kind": "deadline", "deadline": dt.date(2026, 7, 31), "year_inferred": True}),
    ("2026年7月25日-31日之前", {"kind": "deadline", "deadline": dt.date(2026, 7, 31)}),
    ("每月前10日", {"kind": "qualitative", "quality": "recurring", "op": "≤", "unit": None, "number": None}),
    ("每季度前15日", {"kind": "qualitative", "quality": "recurring", "op": "≤", "unit": None}),
    ("每月前5个工作日内完成", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("国庆节前完成", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 10, 1), "year_inferred": True}),
    ("2026年国庆节前完成", {"kind": "deadline", "deadline": dt.date(2026, 10, 1), "year_inferred": False}),
    ("八一前完成", {"kind": "deadline", "deadline": dt.date(2026, 8, 1)}),
]


@pytest.mark.parametrize(("value", "expected"), FORMS, ids=[form[0] for form in FORMS])
def test_a_real_form_is_read(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("2026年7月25日至31日", {"kind": "deadline", "deadline": dt.date(2026, 7, 31)}),
    ("2026年7月25日至20日前", {"kind": "qualitative", "quality": "text"}),  # an end before its start
    ("2026年7月25日至31日后", {"kind": "qualitative", "quality": "text"}),
    ("每月10日前", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每年3月底前", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每月1次", {"kind": "per_unit", "number": D(1), "unit": "次/月"}),
    ("春节前完成", {"kind": "qualitative", "quality": "external"}),
    ("中秋节前完成", {"kind": "qualitative", "quality": "external"}),
    ("元旦前完成", {"kind": "qualitative", "quality": "external"}),
    # before and after the day is no deadline (国庆节前全部完成 is one since h133: tests/test_review_h133.py)
    ("国庆节前后", {"kind": "qualitative", "quality": "external"}),
    ("12月31日前完成", {"kind": "deadline", "deadline": dt.date(2026, 12, 31)}),
    ("2026年十一月前完成", {"kind": "deadline", "deadline": dt.date(2026, 11, 30)}),
]


@pytest.mark.parametrize(("value", "expected"), LOOK_ALIKES, ids=[form[0] for form in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


@pytest.mark.parametrize(("name", "value"), [("培训完成时间", "2026年7月25日至31日前"), ("补贴发放时间", "每月前10日"),
                                             ("补贴拨付时间", "每季度前15日"), ("慰问完成时间", "国庆节前完成")])
def test_a_timeliness_form_read_is_no_text(engine: Any, name: str, value: str) -> None:
    assert not line_findings(engine, "时效指标", {"name": name, "value": value}, "VAL001")
    told = line_findings(engine, "时效指标", {"name": name, "value": value}, "TIME003")
    assert [finding.severity.value for finding in told] == (["info"] if value == "国庆节前完成" else []), told


def test_a_season_under_quantity_is_no_count(engine: Any) -> None:
    found = line_findings(engine, "数量指标", {"name": "春季造林批次", "value": "2026年春季"}, "VAL001")
    assert [finding.severity.value for finding in found] == ["error"]
    assert "2026年春季" in found[0].message_zh
    # under 时效 it is a time, told by TIME003 alone; under 质量 left as before
    assert not line_findings(engine, "时效指标", {"name": "造林时间", "value": "2026年春季"}, "VAL001")
    assert line_findings(engine, "时效指标", {"name": "造林时间", "value": "2026年春季"}, "TIME003")
    assert not line_findings(engine, "质量指标", {"name": "造林质量", "value": "2026年春季"}, "VAL001")


# the name's price per a period against the value's per the same period: none of these is told
PRICE_LOOK_ALIKES = [
    ("护理补贴标准（元/人·月）", "≤200元/人·月"),
    ("随访补助标准（元/人·年）", "＝300元/人·年"),
    ("生活费补助标准（元/生·年）", "＝1000元/生·年"),
    ("学员培训补助标准（元/人/天）", "≤150元/人/天"),
    ("设备运维费（万元/年）", "≤2万元/年"),
    ("巡诊服务补助标准（元/人·次）", "＝50元/人·次"),
    ("水电运行费（元/年）", "≤8000元/年"),
    ("护理补贴标准（元/人·月）", "每人每月≥200元"),
    ("护理补贴月标准", "≤0.02万元/人·月"),  # no unit in the name
    ("人均经费（万元/人·年）", "≤0.5万元/人·年"),
]
# held out: each in another scale of money than its name's
PRICE_HELD_OUT = [
    ("护理补贴标准（元/人·月）", "≤0.02万元/人·月", "0.02元/人·月"),
    ("随访补助标准（元/人·年）", "＝0.12万元/人·年", "0.12元/人·年"),
    ("设备运维费（万元/年）", "≤20000元/年", "20000万元/年"),
    ("生活费补助标准（元/生·年）", "＝0.1万元/生·年", "0.1元/生·年"),
    ("学员培训补助标准（元/人/天）", "≤0.015万元/人/天", "0.015元/人/天"),
]


@pytest.mark.parametrize(("name", "value"), PRICE_LOOK_ALIKES)
def test_val011_leaves_a_price_in_its_names_scale(engine: Any, name: str, value: str) -> None:
    assert not line_findings(engine, "成本指标", {"name": name, "value": value}, "VAL011")


@pytest.mark.parametrize(("name", "value", "read"), PRICE_HELD_OUT)
def test_val011_tells_a_price_in_another_scale(engine: Any, name: str, value: str, read: str) -> None:
    found = line_findings(engine, "成本指标", {"name": name, "value": value}, "VAL011")
    assert [finding.severity.value for finding in found] == ["warning"], found
    assert f"按名称的单位读是 {read}，相差1万倍" in found[0].message_zh
    assert "10,000 times off" in found[0].message_en

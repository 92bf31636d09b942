"""Value forms the careful rounds found read as unquantified text (VAL001, an error) or wrongly; look-alikes keep
their readings (each run before and after the change).

- a festival on a fixed day (八一前, 2026年“八一”前, 国庆节前, “七一”前, 六一儿童节前, 教师节前) is by
  that day, as 8月1日前; with no year, the budget year's, as 12月底前 (TIME003's year_inferred notice, not its
  "not a checkable time" warning) (_FIXED_FESTIVALS, in _respelt). 元旦前 stays external, with its year or
  not: it may open or close the budget year. The lunar festivals (春节, 端午, 中秋, 重阳) move and stay external (the lexicon's); a date
  in brackets after a festival (2024年“八一”前（7月31日前）) is still the date in them (_with_remark).
- a season of a year (2026年春季) has no day that ends it, as 汛期 has none: external, TIME003's warning, not
  VAL001's error (_SEASON_OF_YEAR).
- a frequency kept up for a span (每月1次，连续监测6个月) is the frequency (_SPAN_AFTER, in _with_remark).
- a start with 自 (自2026年4月起) and with what starts (2026年4月起实施) is the start, as 2026年4月起 (_deadline,
  _DATE_SUFFIXES).
- a lead time before an event with the deed done by then (出行前15日完成, 开班前5个工作日发布通知) is the lead time, as
  出行前15日 (_LEAD_TIME, in _after_event); at each event (每次出行前15日, 每学期开学前1周内完成) a lead time kept
  each time, as 审核通过后次月底前, not an amount per 次出行前 (_per_prefix).
- an average per month or year with its bound in words (月均不少于2场) is per that period, as 月均≥1场; a rate
  averaged over the years (年均≥5%) is the rate (_PER_PREFIX, _PERIODS_AVERAGED).
- a lowercase letter in an event (新版App上线后30天内) is as a capital one (发现D级危房后48小时内) (_AFTER_EVENT).
- 全天候24小时 is every hour of the day, as 全天24小时, not a 24-hour limit (_ALL_DAY).

Left as read: APP上线后30天内 (an event starting with a letter) stays text, for D级后48小时 must (a grade, no
event). (国庆节前完成 and 每月前10日, left here, are read since h129: tests/test_values_h129_forms.py.)
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
    ("2026年“八一”前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 8, 1), "year_inferred": False}),
    ("八一建军节前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 8, 1), "year_inferred": True}),
    ("国庆节前", {"kind": "deadline", "deadline": dt.date(2026, 10, 1), "year_inferred": True}),
    ("“七一”前", {"kind": "deadline", "deadline": dt.date(2026, 7, 1), "year_inferred": True}),
    ("六一儿童节前", {"kind": "deadline", "deadline": dt.date(2026, 6, 1), "year_inferred": True}),
    ("教师节前", {"kind": "deadline", "deadline": dt.date(2026, 9, 10), "year_inferred": True}),
    ("2026年春季", {"kind": "qualitative", "quality": "external"}),
    ("每月1次，连续监测6个月", {"kind": "per_unit", "number": D(1), "unit": "次/月", "per": "月"}),
    ("自2026年4月起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 1)}),
    ("自2026年4月起实施", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 1)}),
    ("出行前15日完成", {"kind": "qualitative", "quality": "external"}),
    ("开班前5个工作日发布通知", {"kind": "qualitative", "quality": "external"}),
    ("月均不少于2场", {"kind": "per_unit", "op": "≥", "number": D(2), "unit": "场/月", "per": "月"}),
    ("年均≥5%", {"kind": "rate", "op": "≥", "percent": D(5)}),
    ("每次出行前15日", {"kind": "qualitative", "quality": "recurring", "op": "≤", "unit": None}),
    ("每学期开学前1周内完成", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("新版App上线后30天内", {"kind": "duration", "op": "≤", "number": D(30), "unit": "天"}),
    ("全天候24小时", {"kind": "per_unit", "number": D(24), "unit": "小时/天", "per": "天"}),
    ("2024年“八一”前（7月31日前）", {"kind": "deadline", "deadline": dt.date(2024, 7, 31)}),
]


@pytest.mark.parametrize(("value", "expected"), FORMS, ids=[form[0] for form in FORMS])
def test_a_real_form_is_read(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


# look-alikes, read the same before and after
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("元旦前", {"kind": "qualitative", "quality": "external"}),
    # with its year too: 2026年元旦前 in a 2026 table is the year's first day or, as officers also write it, its end
    ("2026年元旦前", {"kind": "qualitative", "quality": "external"}),
    # (2026年春节前 is 17 February 2026, as g tables write it: 2026年春节前（2月16日前）; only 元旦 sits on the year's
    # edge, read both ways: tests/test_values_reader_h158.py)
    ("2031年春节前", {"kind": "qualitative", "quality": "external"}),
    ("端午节前", {"kind": "qualitative", "quality": "external"}),
    ("重阳节前", {"kind": "qualitative", "quality": "external"}),
    ("国庆节期间", {"kind": "qualitative", "quality": "text"}),
    ("八一慰问", {"kind": "qualitative", "quality": "text"}),
    ("国庆节（10月1日）前", {"kind": "deadline", "deadline": dt.date(2026, 10, 1)}),
    ("2026年春季开学前", {"kind": "qualitative", "quality": "external"}),
    ("春季造林≥500亩", {"kind": "count", "op": "≥", "number": D(500)}),
    ("春秋两季", {"kind": "qualitative", "quality": "text"}),
    ("2026年第一季度", {"kind": "deadline", "deadline": dt.date(2026, 3, 31)}),
    ("每月1次，全年12次", {"kind": "qualitative", "quality": "text"}),
    ("≥2次，连续监测", {"kind": "qualitative", "quality": "text"}),
    ("2026年4月起", {"kind": "deadline", "op": "≥", "deadline": dt.date(2026, 4, 1)}),
    ("2026年4月起实施方案", {"kind": "qualitative", "quality": "text"}),
    ("自交办之日起3个月内", {"kind": "duration", "op": "≤", "number": D(3)}),
    ("出行前15日", {"kind": "qualitative", "quality": "external"}),
    ("出行前15日内完成", {"kind": "duration", "op": "≤", "number": D(15)}),
    ("开班前5个工作日以上", {"kind": "qualitative", "quality": "external"}),
    ("日均≥55人次", {"kind": "per_unit", "op": "≥", "number": D(55), "unit": "人次/日"}),
    ("年均增长≥5%", {"kind": "rate", "op": "≥", "percent": D(5), "change": "up"}),
    ("人均≥5%", {"kind": "qualitative", "quality": "text"}),
    ("人均不少于200元", {"kind": "per_unit", "op": "≥", "yuan": D(200), "per": "人"}),
    ("每次≥2人", {"kind": "per_unit", "op": "≥", "number": D(2), "per": "次"}),
    ("每人每月≥200元", {"kind": "per_unit", "op": "≥", "per": "人/月"}),
    ("每次出行前", {"kind": "qualitative", "quality": "text"}),
    ("APP上线后30天内", {"kind": "qualitative", "quality": "text"}),
    ("D级后48小时", {"kind": "qualitative", "quality": "text"}),
    ("全天24小时", {"kind": "per_unit", "number": D(24), "unit": "小时/天"}),
    ("全天候", {"kind": "qualitative", "quality": "text"}),
    ("7×24小时", {"kind": "duration", "window": (7, 24)}),
    ("24小时", {"kind": "duration", "op": None, "number": D(24), "unit": "小时"}),
]


@pytest.mark.parametrize(("value", "expected"), LOOK_ALIKES, ids=[form[0] for form in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


def test_time003_takes_a_festival_for_the_budget_years_day(engine: Any) -> None:
    """八一前 is a date of the budget year, told as 12月底前 is (a notice), not "not a checkable time"."""
    found = line_findings(engine, "时效指标", {"name": "慰问完成时间", "value": "八一前"}, "TIME003")
    assert [finding.severity.value for finding in found] == ["info"]
    assert "2026年8月1日" in found[0].message_zh
    assert not line_findings(engine, "时效指标", {"name": "慰问完成时间", "value": "2026年“八一”前"}, "TIME003")


@pytest.mark.parametrize(("level2", "name", "value"), [("时效指标", "项目实施时间", "2026年春季"),
                                                       ("数量指标", "水质监测频次", "每月1次，连续监测6个月"),
                                                       ("数量指标", "宣讲场次", "月均不少于2场"),
                                                       ("时效指标", "报名通知发布时间", "开班前5个工作日发布通知")])
def test_val001_leaves_the_forms_read(engine: Any, level2: str, name: str, value: str) -> None:
    assert not line_findings(engine, level2, {"name": name, "value": value}, "VAL001")

"""h178, the timing round's early returns (a14990c, 36280ce, 5550782, 8b170bd, 6b1ba86) held to the findings
before it: 6,000 variant tables of the sector fixtures, checked by d362117 and by HEAD, differed only where
6409bcf meant them to (REL018, VAL036), and HEAD with the five commits reverted found the same as HEAD. These
pin the forms right at each early return's edge, a finding on one side and none on the other.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_review_h132 import _findings

TIMELINESS = ("产出指标", "时效指标")
QUALITY = ("产出指标", "质量指标")


@pytest.mark.parametrize(("goal", "value", "told"), [
    # a limit with no 内 in the goal, only a word ahead of it (6b1ba86 scans on 压缩至)
    ("2026年申请受理后办理时间压缩至5天，群众满意度90%以上。", "≤5分钟", True),
    # 之内 holds 内
    ("2026年故障报修后5日之内修复。", "≤5小时", True),
    # the row in the goal's own unit: no duration in another unit, no slip
    ("2026年申请受理后办理时间压缩至5天，群众满意度90%以上。", "≤5天", False),
])
def test_rel008_unit_slip_at_the_early_returns_edge(engine: Any, goal: str, value: str, told: bool) -> None:
    name = "申请受理办理时间" if "受理" in goal else "故障报修修复时限"
    found = [f for f in _findings(engine, "REL008", goal=goal, rows={TIMELINESS: [{"name": name, "value": value}]})
             if "单位相差" in f.message_zh]
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("goal", "value", "told"), [
    # 月份起: 月 and 起 apart, both in the goal (8b170bd looks for each)
    ("2026年3月份起开展施工改造，改善居住条件。", "2026年2月底前", True),
    ("2026年5月启动施工改造，改善居住条件。", "2026年4月30日前", True),
    # an undated deadline: no deadline to compare
    ("2026年3月份起开展施工改造，改善居住条件。", "及时", False),
])
def test_time006_before_start_at_the_early_returns_edge(engine: Any, goal: str, value: str, told: bool) -> None:
    row = {"name": "施工改造完成时间", "value": value}
    found = _findings(engine, "TIME006", goal=goal, rows={TIMELINESS: [row]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("period", "value", "told"), [
    # the period from the field, not the goal (36280ce reads it only once a rate is at 100%)
    ("2026.03-2027.06", "＝100%", True),
    ("2025年10月-2027年12月", "≥100%", True),
    ("2026.03-2027.06", "≥95%", False),
    (None, "＝100%", False),
])
def test_time009_at_the_early_returns_edge(engine: Any, period: str | None, value: str, told: bool) -> None:
    found = _findings(engine, "TIME009", goal="2026年完成道路主体工程。",
                      project={"period": period} if period else None,
                      rows={QUALITY: [{"name": "工程完工率", "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("value", "told"), [("≤100%", True), ("≤100个", False)])
def test_val015_kind_tested_before_the_name(engine: Any, value: str, told: bool) -> None:
    # 5550782 tests the kind first: a rate to raise is told, the same name with a count is not VAL015's
    found = _findings(engine, "VAL015", rows={QUALITY: [{"name": "问题整改率", "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("goal", "value", "told"), [
    # a month in words starts the work as one in figures does (the differential test found 三月起 unread)
    ("2026年三月起开展施工改造，改善居住条件。", "2026年2月底前", True),
    ("2026年十一月起开展施工改造，改善居住条件。", "2026年10月31日前", True),
    ("2026年三月起开展施工改造，改善居住条件。", "2026年6月底前", False),
    # not the tail of a longer numeral or a date
    ("2026年二十三月起开展施工改造。", "2026年2月底前", False),
])
def test_time006_reads_a_start_month_in_words(engine: Any, goal: str, value: str, told: bool) -> None:
    row = {"name": "施工改造完成时间", "value": value}
    found = _findings(engine, "TIME006", goal=goal, rows={TIMELINESS: [row]})
    assert bool(found) is told, [f.message_zh for f in found]

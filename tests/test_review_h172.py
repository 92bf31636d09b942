"""h172, a re-read of the hour's merged change (REL008 time units and rates per 10万, REL018 每年1次, VAL035,
VAL036, the period's readers): what it found wrong, each with the case that showed it.
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.values import parse_value
from test_review_h132 import _findings

TIMELINESS = ("产出指标", "时效指标")


def test_rel008_reads_no_time_limit_in_a_week_counted(engine: Any) -> None:
    """第4周内 is the fourth week of the year, no limit of four weeks: ≤4天 is no unit written wrong."""
    found = _findings(engine, "REL008", goal="2026年第4周内完成群众投诉处置。",
                      rows={TIMELINESS: [{"name": "群众投诉处置时限", "value": "≤4天"}]})
    assert not found, [f.message_zh for f in found]


@pytest.mark.parametrize(("value", "unit"), [
    ("每十五天1次", "次/15天"), ("每二十天巡查1次", "次/20天"), ("每十天1次", "次/10天"),
    ("每十二月1次", "次/十二月"),  # (十二月 may be December)
])
def test_a_span_of_more_than_twelve_periods_in_words_is_spelt_as_in_figures(value: str, unit: str) -> None:
    """每十五天一次 is 每15天1次, as 每十天一次 is 每10天1次: not 次/十五天."""
    assert parse_value(value).unit == unit


@pytest.mark.parametrize(("goal", "rows", "told"), [
    # the row's deed is the other limit's: a figure that differs, not a unit written wrong
    ("2026年群众投诉受理后24小时内处置、30日内办结。", [("群众投诉办结时限", "≤24日")], False),
    ("2026年应急抢修接报后2小时内到达、24小时内修复。", [("应急抢修修复时限", "≤2天")], False),
    # the row's own limit in another unit is still told
    ("2026年群众投诉受理后24小时内处置、30日内办结。", [("群众投诉办结时限", "≤30小时")], True),
    ("2026年应急抢修接报后2小时内到达、24小时内修复。", [("应急抢修到达时限", "≤2天")], True),
])
def test_rel008_holds_a_time_row_to_the_limit_of_its_own_deed(engine: Any, goal: str, rows: list[tuple[str, str]],
                                                              told: bool) -> None:
    """Two limits of one service: a row naming the second's deed (办结) is not a unit slip of the first's figure."""
    found = _findings(engine, "REL008", goal=goal, rows={TIMELINESS: [{"name": n, "value": v} for n, v in rows]})
    assert bool([f for f in found if "单位相差" in f.message_zh]) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("name", "value", "told"), [
    # the people fitted, named before the deed, counted in person-times
    ("为残疾人配置康复辅助器械", "≥300人次", False),
    ("为困难老人配置护理床", "≥30人次", False),
    # what is bought, counted in times
    ("为村卫生室购置设备", "≥2次", True),
    ("购置专科设备", "≥6人次", True),
])
def test_val036_leaves_a_device_fitted_for_the_people_it_names(engine: Any, name: str, value: str,
                                                               told: bool) -> None:
    found = _findings(engine, "VAL036", rows={("产出指标", "数量指标"): [{"name": name, "value": value}]})
    assert bool(found) is told


@pytest.mark.parametrize(("goal", "told"), [
    # the part names what the road belongs to: the storehouse itself is finished next year
    ("2026年11月建成物资储备库配套道路，2027年5月建成物资储备库。", True),
    # the part itself, the date first
    ("2026年11月30日前建成物资储备库并投入使用。", False),
    ("2026年11月30日前建成物资储备库。", False),
])
def test_time009_reads_a_part_finished_first_only_when_whole(engine: Any, goal: str, told: bool) -> None:
    found = _findings(engine, "TIME009", goal=goal, project={"period": "2026年1月至2027年6月"},
                      rows={("产出指标", "质量指标"): [{"name": "物资储备库建成率", "value": "＝100%"}]})
    assert bool(found) is told


@pytest.mark.parametrize("goal", [
    "2026年使用专项债券资金5000万元用于交通枢纽停车场建设，通过停车位租赁收入偿还本息。",
    "2026年专项债券资金用于城区交通路网改造，由项目停车收费收入偿还。",
])
def test_rel003_reads_a_bond_repaid_by_a_revenue_past_a_word_with_tong(engine: Any, goal: str) -> None:
    """交通 before 通过 or 由 is no 通过: the bond's revenue is still read."""
    found = _findings(engine, "REL003", goal=goal,
                      rows={("产出指标", "数量指标"): [{"name": "建设停车位", "value": "≥500个"}]})
    assert any("收入" in f.message_zh for f in found), [f.message_zh for f in found]


@pytest.mark.parametrize(("name", "told"), [
    ("重大安全生产事故", True), ("较大安全生产事故", True), ("特别重大安全生产事故", True),
    ("一般安全生产事故", False),  # below the grades ruled out
    ("安全生产事故", False),  # may count lesser ones
])
def test_rel019_holds_a_grade_and_those_above_it(engine: Any, name: str, told: bool) -> None:
    """不发生较大及以上安全生产事故 rules out 较大, 重大 and 特别重大 ones."""
    found = _findings(engine, "REL019", goal="2026年全年不发生较大及以上安全生产事故。",
                      rows={("产出指标", "质量指标"): [{"name": name, "value": "≤1起"}]})
    assert bool(found) is told

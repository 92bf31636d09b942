"""Re-read of the change that brought project.period, REL019, TIME009's parts and FUND007's goal pairing
(6e566ff..5e8a3f7): each test here failed before its fix."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ggtlint.load import load_text
from ggtlint.primitives.deadline_after_period import read_period

_TABLE = """version: 1
project: {{name: 2026年电子政务外网运行维护, year: 2026}}
goal: "{goal}"
indicators:
  产出指标:
    质量指标:
      - {{name: {name}, value: "{value}"}}
"""


def _rules(engine: Any, goal: str, name: str, value: str) -> list[str]:
    text = _TABLE.format(goal=goal, name=name, value=value)
    return [finding.rule_id for finding in engine.check_source(load_text(text, "t.yaml")).findings]


@pytest.mark.parametrize(("goal", "name", "told"), [
    # the goal rules out every incident: a major one allowed contradicts it
    ("2026年全年不发生网络安全事件。", "重大网络安全事件", True),
    # the goal rules out major ones only: one incident of any grade may be a minor one
    ("2026年全年不发生重大网络安全事件。", "网络安全事件", False),
    ("2026年全年不发生重大网络安全事件。", "重大网络安全事件", True),
    ("2026年全年不发生重大网络安全事件。", "一般网络安全事件", False),
])
def test_rel019_holds_the_goal_grade_to_the_indicator(engine, goal: str, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL019" in _rules(engine, goal, name, "≤1起")) is told


@pytest.mark.parametrize(("written", "dates"), [
    # 止 closing the period, 底 its month's end, as officers write them
    ("2026年1月1日至2026年12月31日止", (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026年3月起至2026年11月止", (date(2026, 3, 1), date(2026, 11, 30))),
    ("2026年1月-2026年12月底", (date(2026, 1, 1), date(2026, 12, 31))),
    # dates written with hyphens (2026-03-01), the range's own hyphen or 至 between them
    ("2026-03-01至2026-11-30", (date(2026, 3, 1), date(2026, 11, 30))),
    ("2026-03-01-2026-11-30", (date(2026, 3, 1), date(2026, 11, 30))),
])
def test_read_period_reads_the_forms_officers_write(written: str, dates: tuple[date, date]) -> None:
    assert read_period(written, 2026) == dates


@pytest.mark.parametrize(("name", "told"), [
    ("网络可用率", True),  # the network's availability, as 系统可用率 and 外网可用率 are
    ("外网可用率", True),
    ("网络降级可用率", False),  # a mode kept down
])
def test_val015_reads_a_network_availability(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("VAL015" in _rules(engine, "2026年保障全市电子政务外网稳定运行。", name, "≤99.9%")) is told


@pytest.mark.parametrize(("value", "told"), [("1起", True), ("≤1起", True), ("0起", False), ("<1起", False)])
def test_rel019_reads_a_bare_figure_as_allowing_it(engine, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    # a figure with no sign (1起) is the figure itself, as ＝1起 is
    assert ("REL019" in _rules(engine, "2026年全年不发生重大网络安全事件。", "重大网络安全事件", value)) is told


_PRICED = """version: 1
funds: {unit: 元, total: 1000000, fiscal: 1000000, other: 0}
project: {name: 2023年非遗传承人传习补助, year: 2023}
goal: "GOAL"
indicators:
  产出指标:
    数量指标: [{name: 补助州级代表性传承人, value: ＝120人}]
    成本指标: [{name: 传承人传习补助, value: ≤500000元}, {name: 传习补助标准, value: ＝5000元/人·年}]
"""


@pytest.mark.parametrize("goal", [
    "2023年对120名州级传承人按每人每年5000元给予传习补助。",
    # two clauses paying the same count the same standard point at the one quantity, not at two
    "2023年对120名州级传承人按每人每年5000元给予传习补助；对120名县级传承人按每人每年5000元给予补助。",
])
def test_fund007_pairs_the_standard_with_the_count_the_goal_pays_it_to(engine, goal: str) -> None:  # type: ignore[no-untyped-def]
    found = engine.check_source(load_text(_PRICED.replace("GOAL", goal), "t.yaml")).findings
    assert "FUND007" in [finding.rule_id for finding in found]


_BUILT = """version: 1
project: {{name: 2026年应急指挥中心建设, year: 2026}}
goal: "项目实施期2026年4月至2027年6月，{built}。"
indicators: {{产出指标: {{质量指标: [{{name: 物资储备库建成率, value: ＝100%}}]}}}}
"""


@pytest.mark.parametrize(("built", "told"), [
    ("物资储备库于2026年11月30日前建成", False),
    # the date first: the same part finished within the year
    ("2026年11月30日前建成物资储备库", False),
    ("2027年5月建成物资储备库", True),
    ("2026年11月完成主体、2027年5月建成物资储备库", True),
])
def test_time009_leaves_a_part_the_goal_builds_within_the_year(engine, built: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = engine.check_source(load_text(_BUILT.format(built=built), "t.yaml")).findings
    assert ("TIME009" in [finding.rule_id for finding in found]) is told

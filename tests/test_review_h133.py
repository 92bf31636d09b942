"""A second opinion on the first hour's checks (g554–g563): the false findings their look-alikes drew, each
pinned with the true case kept.

- VAL001: a count said with its time under 数量 (汛期前1次, 开学前1次, g554) was an error since external times
  are reported there; a count after 全年 (全年开展4次, g558) was text.
- Values: a fixed festival with a deed after it (2026年国庆节前全部完成, g555; 2026年国庆节前发放到位, g559) was an
  external time (TIME003, not checkable) though 2026年10月1日前全部完成 is a deadline.
- SAT002: 县区热线坐席人员满意度 in a training of other units' agents (g558) was told as the hotline's own staff.
- TIME006: 实施方案编制 and 资金下达 before the goal's 2026年3月启动 (g560) were told; a bare start's other
  deadlines are now a notice (before_bare_start).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ggtlint.values import parse_value
from test_review_h132 import _findings, assert_sat002

QUANTITY, TIMELINESS = ("产出指标", "数量指标"), ("产出指标", "时效指标")


@pytest.mark.parametrize(("value", "told"), [
    ("汛期前1次", False),
    ("开学前1次", False),
    ("全年开展4次", False),
    ("2026年春季", True),  # a season, no count
    ("汛期前", True),
    ("开学前发放到位", True),
    # a month range's first month is no count (h142: 6-9月汛期前 was read as one)
    ("6-9月汛期前", True),
    ("6至9月汛期前", True),
    ("汛期前1-2次", False),
])
def test_val001_tells_a_time_under_quantity_only_without_a_count(engine: Any, value: str, told: bool) -> None:
    found = _findings(engine, "VAL001", rows={QUANTITY: [{"name": "取水口清淤", "value": value}]})
    assert bool(found) is told
    if told:
        assert found[0].severity.name == "ERROR"


@pytest.mark.parametrize(("value", "deadline"), [
    ("2026年国庆节前全部完成", dt.date(2026, 10, 1)),
    ("2026年八一前发放到位", dt.date(2026, 8, 1)),
    ("2026年“八一”前完成慰问", dt.date(2026, 8, 1)),
    ("资金于2026年国庆节前拨付", dt.date(2026, 10, 1)),
    # a lunar festival with its year written is its day too (h158: _LUNAR_FESTIVALS)
    ("2026年春节前发放到位", dt.date(2026, 2, 17)),
])
def test_a_fixed_festival_with_a_deed_after_it_is_its_day(engine: Any, value: str, deadline: dt.date) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", "≤", deadline), parsed
    assert not _findings(engine, "TIME003", rows={TIMELINESS: [{"name": "慰问金发放时间", "value": value}]})


@pytest.mark.parametrize("value", ["春节前发放到位", "国庆节前后"])  # (春节前 with no year: this February's or the next)
def test_a_moving_festival_or_a_time_around_one_stays_external(value: str) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.quality) == ("qualitative", "external"), parsed


@pytest.mark.parametrize(("name", "project_name", "told"), [
    ("县区热线坐席人员满意度", "2026年12345热线县区坐席人员业务轮训项目", False),  # the ones trained
    ("县区热线坐席人员满意度", "2026年12345热线运行经费", True),
    ("坐席人员满意度", "2026年12345热线运行经费", True),
])
def test_sat002_leaves_agents_a_project_is_for(engine: Any, name: str, project_name: str, told: bool) -> None:
    assert_sat002(engine, name, "某市人民政府政务服务中心", project_name, told)


@pytest.mark.parametrize(("goal", "name", "severity"), [
    ("2026年3月启动，春季完成人工造林5000亩。", "实施方案编制完成时间", None),
    ("2026年3月启动，春季完成人工造林5000亩。", "省级造林补助资金下达时间", None),
    ("项目于2026年3月启动，春季完成人工造林5000亩。", "实施方案编制完成时间", None),
    ("2026年3月启动，春季完成人工造林5000亩。", "护林员岗前培训完成时间", "INFO"),  # a bare start: a notice
    ("项目于2026年3月启动，春季完成人工造林5000亩。", "护林员岗前培训完成时间", "WARNING"),
    # the works' start has a subject: a warning, as the project's (h142: it had become a notice)
    ("工程自2026年3月起实施，年内完成村组道路硬化12公里。", "道路硬化完成时间", "WARNING"),
    ("本工程于2026年3月启动，年内完成村组道路硬化12公里。", "道路硬化完成时间", "WARNING"),
])
def test_time006_leaves_preparation_and_notes_a_bare_start(engine: Any, goal: str, name: str,
                                                           severity: str | None) -> None:
    found = _findings(engine, "TIME006", goal=goal, rows={TIMELINESS: [{"name": name, "value": "2026年2月28日前"}]})
    assert [f.severity.name for f in found] == ([severity] if severity else [])

"""h171, leftovers of the morning's rounds.

- REL008's unit_slip read no time units: a goal's 24小时内 against 发现后24天内 (b308), 4小时内修复 against ≤4天
  (b309, the limit listed after 30分钟内响应 keeps their words 一般故障), 30分钟内 against 受理后30小时内 (b314) drew
  nothing (goal_figures._time_unit_slips); not two times of one service, nor a day against a workday.
- 元宵节前 was text: with its year, 春节 + 14 days (values/parse.py _LUNAR_FESTIVALS); without, an external term.
- 每两个月1次 gave 次/两个月 while 每两月一次 gave 次/2个月 (values/parse.py _per_word: a span in words as in figures).
- REL003 read a special bond repaid 以…收入 but not 由…收入, 通过…收入.
- SAT002 missed the technicians of the firm keeping a system running (运维公司技术人员满意度).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ggtlint.values import parse_value
from test_review_h132 import _findings, assert_sat002

TIMELINESS = ("产出指标", "时效指标")


@pytest.mark.parametrize(("goal", "rows", "told"), [
    ("2026年高危漏洞发现后24小时内通报，整改率100%。", [("高危漏洞通报时限", "发现后24天内")], True),
    ("2026年一般故障30分钟内响应、4小时内修复。", [("一般故障响应时间", "≤30分钟"), ("一般故障修复时间", "≤4天")], True),
    ("2026年紧急止付涉案资金受理后30分钟内完成。", [("紧急止付办理时限", "受理后30小时内")], True),
    ("2026年路灯故障报修后48小时内修复，亮灯率98%以上。", [("路灯故障修复时限", "≤48天")], True),
    ("2026年计划停水时间不超过8小时，供水合格率100%。", [("计划停水时长", "≤8天")], True),
    # 限时 before the figure is a limit too (the timing round's differential test found it unread)
    ("2026年故障报修后限时5日修复。", [("故障报修修复时限", "≤5小时")], True),
    ("2026年故障报修后限时5日修复。", [("故障报修修复时限", "≤5日")], False),
    # two times of one service, each in its own unit
    ("2026年受理后1小时内响应、24小时内办结。", [("响应时限", "≤1小时"), ("办结时限", "≤1天")], False),
    ("2026年接诉后1小时内联系、1天内上门。", [("联系时限", "≤1小时"), ("上门服务时限", "≤1天")], False),
    # a day against a workday; a service window; a date's day
    ("2026年群众来电3个工作日内回复。", [("来电回复时限", "≤3天")], False),
    ("2026年提供7×24小时咨询服务，来电30分钟内回复。", [("来电回复时限", "≤30分钟"), ("咨询服务时长", "≥24天")], False),
    ("2026年12月31日前完成全部建设任务，竣工后30日内完成验收。", [("竣工验收时限", "≤30天")], False),
])
def test_rel008_tells_a_time_limit_in_another_unit(engine: Any, goal: str, rows: list[tuple[str, str]],
                                                   told: bool) -> None:
    found = _findings(engine, "REL008", goal=goal, rows={TIMELINESS: [{"name": n, "value": v} for n, v in rows]})
    assert bool(found) is told, [f.message_zh for f in found]
    if told:
        assert found[0].severity.name == "WARNING" and "单位相差" in found[0].message_zh


@pytest.mark.parametrize(("value", "deadline"), [
    ("2026年元宵节前", dt.date(2026, 3, 3)),
    ("2027年元宵前", dt.date(2027, 2, 20)),
    ("2025年元宵节前发放到位", dt.date(2025, 2, 12)),
])
def test_the_lantern_festival_with_its_year_is_its_day(value: str, deadline: dt.date) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", "≤", deadline), parsed


def test_the_lantern_festival_alone_is_an_external_term() -> None:
    parsed = parse_value("元宵节前", budget_year=2026)
    assert (parsed.kind, parsed.quality) == ("qualitative", "external"), parsed


@pytest.mark.parametrize(("value", "unit"), [
    ("每两个月1次", "次/2个月"), ("每两月一次", "次/2个月"), ("每2个月1次", "次/2个月"),
    ("每三个月不少于1次", "次/3个月"), ("每两周1次", "次/2周"),
    ("每二月1次", "次/二月"),  # (二月 may be February)
])
def test_a_span_of_periods_in_words_is_spelt_as_in_figures(value: str, unit: str) -> None:
    assert parse_value(value).unit == unit


@pytest.mark.parametrize(("goal", "rows", "told"), [
    ("2026年培训2000人次，专项债券由项目供水收入偿还本息。", {}, True),
    ("2026年培训2000人次，专项债券通过停车位租赁收入偿还本息。", {}, True),
    ("2026年培训2000人次，专项债券由项目供水收入偿还本息。",
     {("效益指标", "经济效益指标"): [{"name": "运营期年供水收入", "value": "≥300万元"}]}, False),
    ("2026年培训2000人次，专项债券由县财政统筹偿还。", {}, False),
    ("2026年培训2000人次，专项债券通过公开发行筹集。", {}, False),
])
def test_rel003_reads_a_bond_repaid_by_or_through_a_revenue(engine: Any, goal: str, rows: dict[Any, Any],
                                                           told: bool) -> None:
    rows = rows or {("产出指标", "数量指标"): [{"name": "培训人次", "value": "≥2000人次"}]}
    found = [f for f in _findings(engine, "REL003", goal=goal, rows=rows) if "收入" in f.message_zh]
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("name", "project_name", "told"), [
    ("运维公司技术人员满意度", "2026年政务云平台运维服务项目", True),
    ("运维服务商技术人员满意度", "2026年电子交易系统运维项目", True),
    ("受训运维技术人员满意度", "2026年农村供水工程运维能力提升培训项目", False),
    ("乡镇卫生院技术人员满意度", "2026年县域医共体乡镇卫生院技术帮扶项目", False),
    ("运维技术人员满意度", "2026年农村饮水工程运维技术人员培训项目", False),
])
def test_sat002_tells_the_technicians_of_the_firm_running_a_system(engine: Any, name: str, project_name: str,
                                                                    told: bool) -> None:
    assert_sat002(engine, name, "某市大数据发展管理局", project_name, told)

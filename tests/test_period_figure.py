"""Recall audit 31's period figures (b356–b365): in a project of several years, an indicator at the whole period's
figure where the goal gives the year a share (REL008 period_as_year), and the goal's year figure the plan's where
the indicator gives the year's (REL008 plan_as_year), each against look-alikes it was measured on and cases held
out (written after the check)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年县农村基础设施项目, year: 2026, department: 县交通运输局{period}}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: {goal}
indicators:
  {level1}:
    {level2}:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线群众满意度, value: ≥90%}}
"""

TWO_YEARS = "2026年3月-2027年10月"
THREE_YEARS = "2026年-2028年"


def _told(engine: Any, goal: str, name: str, value: str, period: str = "", benefit: bool = False) -> bool:
    level1, level2 = ("效益指标", "社会效益指标") if benefit else ("产出指标", "数量指标")
    text = TABLE.format(goal=goal, name=name, value=value, level1=level1, level2=level2,
                        period=f", period: {period}" if period else "")
    findings = engine.check_source(load_text(text, "period.yaml")).findings
    return any(f.rule_id == "REL008" and ("本年度只完成" in f.message() or "按实施期年数" in f.message())
               for f in findings)


# (goal, name, value, period, told): the audit's forms, then the look-alikes measured while writing the check
@pytest.mark.parametrize(("goal", "name", "value", "period", "told"), [
    # the whole period's figure after its span, the year's share after the budget year (b356, b365)
    ("项目实施期限为2026年3月至2027年10月，分两年改造危旧桥梁16座。2026年改造其中8座。", "完成危旧桥梁改造", "＝16座",
     "", True),
    ("项目实施期限2024—2025年，两年新改建农村公路240公里，惠及172个建制村。2026年新改建农村公路120公里，"
     "改善沿线86个建制村群众出行条件。", "受益建制村", "≥172个", "", True),
    # the year's share times the years (b359, b363)
    ("2026年造林3000亩，当年完成抚育管护3000亩。", "幼林抚育管护面积", "≥9000亩", "2026年1月-2028年12月", True),
    ("运维合同期为2025年7月至2028年6月。2026年完成数据治理入库50万条。", "数据治理入库", "≥150万条", "", True),
    # the plan's figure in the goal (b360)
    ("国土绿化三年行动实施期为2026—2028年，按三年行动计划，2026年完成人工造林1800公顷。", "人工造林面积", "≥600公顷",
     THREE_YEARS, True),
    # look-alikes: a project of one year, its goal giving a total and a part
    ("2026年改造危旧桥梁16座，其中四类桥梁8座。", "完成危旧桥梁改造", "＝16座", "", False),
    # a floor above the goal's figure in a project of one year
    ("2026年开展农村公路养护技能培训800人次。", "养护技能培训人次", "≥1000人次", "", False),
    # a count said to be the whole's (累计)
    ("分两年改造危旧桥梁16座，2026年改造其中8座。", "累计改造危旧桥梁", "＝16座", TWO_YEARS, False),
    # the year's share given
    ("分两年改造危旧桥梁16座，2026年改造其中8座。", "完成危旧桥梁改造", "＝8座", TWO_YEARS, False),
    # a floor above the year's share, neither the whole nor the years' sum
    ("分两年改造危旧桥梁16座，2026年改造其中8座。", "完成危旧桥梁改造", "≥10座", TWO_YEARS, False),
    # the year's share at the whole's figure (upkeep held each year)
    ("2026—2028年每年管护公益林9000亩，2026年管护公益林9000亩。", "公益林管护面积", "≥9000亩", "", False),
    # another thing counted three times the year's figure
    ("2026年建设标准化养殖场30个。", "带动农民专业合作社", "≥90个", THREE_YEARS, False),
    # the indicator giving another of the goal's figures (a part of the plan's year figure)
    ("按三年行动计划，2026年完成人工造林1800公顷，其中春季造林600公顷。", "春季人工造林面积", "≥600公顷", THREE_YEARS,
     False),
    # an earlier year's cumulative figure, not the period's
    ("项目实施期2025—2027年，截至2025年底累计改造危桥10座，2026年改造危桥8座。", "危桥改造数量", "＝10座", "", False),
    # years gone by (两年来) are no period
    ("巩固两年来创建成果，2026年改造危旧桥梁8座。", "完成危旧桥梁改造", "≥16座", "", False),
    # a benefit three times the year's share (no quantity: only the whole the goal names is held against it)
    ("2026年改造农村公路120公里，惠及群众1.2万人。", "受益群众", "≥3.6万人", THREE_YEARS, False),
    # the plan's year figure given by the indicator
    ("按三年行动计划，2026年完成人工造林1800公顷。", "人工造林面积", "≥1800公顷", THREE_YEARS, False),
])
def test_the_periods_figure_as_the_years(engine, goal: str, name: str, value: str, period: str,  # type: ignore[no-untyped-def]
                                         told: bool) -> None:
    assert _told(engine, goal, name, value, period) is told


def test_a_benefit_at_the_whole_the_goal_names(engine) -> None:  # type: ignore[no-untyped-def]
    goal = "项目实施期为2026年3月至2027年12月，两年新增海绵城市达标面积4平方公里。2026年新增海绵城市达标面积2.5平方公里。"
    assert _told(engine, goal, "新增海绵城市达标面积", "≥4平方公里", benefit=True)
    assert not _told(engine, goal, "新增海绵城市达标面积", "≥2.5平方公里", benefit=True)


# held out: written after the check, run once: 4 of 5 right (the 其中 share, naming nothing of its own, missed; told
# since a share said 其中 stands for the whole's thing)
@pytest.mark.parametrize(("goal", "name", "value", "period", "told"), [
    ("项目建设期2026年4月至2028年3月，分两年新建村级污水处理站24座，2026年建设其中12座。", "新建村级污水处理站", "≥24座",
     "", True),
    ("2026年为全县独居老人安装智能监护设备1500套。", "安装智能监护设备", "≥3000套", "2026年1月-2027年12月", True),
    ("按两年攻坚计划，2026年完成农村户厕改造4000户。", "农村户厕改造", "≥2000户", "2026年-2027年", True),
    ("2026年完成高标准农田建设1.5万亩，配套建设机耕道30公里。", "高标准农田建设面积", "≥2万亩", THREE_YEARS, False),
    ("项目总投资3000万元，建成后年处理生活垃圾3.6万吨；2026年完成主体工程，处理生活垃圾1.2万吨。", "年处理生活垃圾能力",
     "≥3.6万吨", "2025年6月-2027年6月", False),
])
def test_held_out(engine, goal: str, name: str, value: str, period: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, goal, name, value, period) is told

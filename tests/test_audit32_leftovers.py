"""What recall audits 31 and 32 left (b358, b366, b368, b374), each check against the look-alikes it was measured
on and the cases held out after it was written: an economic benefit in money the project cannot cause (REL027: a
带动…产值/消费/增收 in a table of aid paid to people, or one many times the budget with no mechanism in the goal),
and a whole-works rate of 100% behind a stale 实施期限 field (TIME009 reads the goal's period then)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: {project}, year: 2026, department: 某县民政局, implementer: 某县民政局}}
funds: {{unit: 万元, total: {total}, fiscal: {total}}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 补助对象, value: ≥1000人}}
  效益指标:
    经济效益指标:
      - {{name: {name}, value: "{value}"}}
    社会效益指标:
      - {{name: 补助对象基本生活保障水平, value: 有效提升}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 补助对象满意度, value: ≥90%}}
"""


def _rel027(engine: Any, project: str, total: int, goal: str, name: str, value: str) -> bool:
    text = TABLE.format(project=project, total=total, goal=goal, name=name, value=value)
    return "REL027" in {f.rule_id for f in engine.check_source(load_text(text, "audit32_left.yaml")).findings}


_AID_GOAL = "2026年按月为全县80周岁以上老年人发放高龄津贴，惠及18950人，保障高龄老年人基本生活。"
_WATER_GOAL = "2026年完成水厂主体工程和主管网58公里，新增受益人口3.2万人。"

# the audit's three (b366, b368, b374) and one more of each kind, written with them
TOLD = [
    ("2026年高龄津贴及经济困难失能老年人护理补贴", 1386, _AID_GOAL, "带动县域老年消费市场增加消费额", "≥3000万元"),
    ("2026年残疾儿童康复救助项目", 192, "2026年为90名残疾儿童提供基本康复训练。", "带动县域康复产业新增产值", "≥2000万元"),
    ("2026年城乡供水一体化工程（续建）", 4200, _WATER_GOAL, "带动沿线农村居民增收总额", "≥2亿元"),
    ("2026年困难群众临时救助资金", 300, "2026年对遭遇急难的困难群众实施临时救助1500人次。", "拉动县域消费", "≥500万元"),
    ("2026年农村饮水安全巩固提升工程", 800, "2026年新建集中供水工程12处，巩固提升农村人口2万人。", "带动项目区农户增收",
     "≥3000万元"),
]

# look-alikes that must stay quiet
QUIET = [
    # a project whose substance is the market: consumption, industry, investment attraction, an event
    ("2026年促消费活动专项资金", 300, "2026年发放消费券，开展促消费活动12场。", "直接带动消费金额", "≥2000万元"),
    ("2026年肉牛产业扶持项目", 500, "2026年扶持养殖户新增能繁母牛600头。", "带动养殖户增收", "≥3000万元"),
    ("2026年招商引资工作专项经费", 200, "2026年引进工业企业10家。", "带动新增工业产值", "≥5亿元"),
    ("2026年县城马拉松赛事经费", 600, "2026年举办马拉松赛事1场，参赛选手1万人。", "带动住宿、餐饮、旅游消费",
     "≥8000万元"),
    ("2026年残疾人就业创业扶持项目", 120, "2026年扶持残疾人自主创业120人。", "带动残疾人家庭增收", "≥300万元"),
    # per head, not a total; no 带动; no money; social investment, no gain
    ("2026年农村供水工程", 500, _WATER_GOAL, "带动受益农户户均增收", "≥500元"),
    ("2026年城乡低保资金", 1500, "2026年保障城乡低保对象1.2万人。", "低保家庭人均月补助水平", "≥500元"),
    ("2026年高龄津贴", 1386, _AID_GOAL, "带动老年人参与社区活动", "≥500人次"),
    ("2026年农村公路建设项目", 3000, "2026年新建农村公路30公里。", "带动社会投资", "≥1.5亿元"),
    # a water project's gain within the budget's reach, or one the goal gives a mechanism for
    ("2026年城乡供水一体化工程（续建）", 4200, _WATER_GOAL, "带动沿线农村居民增收总额", "≥5000万元"),
    ("2026年城乡供水一体化工程（续建）", 4200, "2026年完成主管网58公里，保障庭院经济用水，带动沿线农户发展庭院经济增收。",
     "带动沿线农村居民增收总额", "≥2亿元"),
]


@pytest.mark.parametrize(("project", "total", "goal", "name", "value"), TOLD)
def test_an_economic_benefit_the_project_cannot_cause(engine, project: str, total: int, goal: str,  # type: ignore[no-untyped-def]
                                                      name: str, value: str) -> None:
    assert _rel027(engine, project, total, goal, name, value)


@pytest.mark.parametrize(("project", "total", "goal", "name", "value"), QUIET)
def test_an_economic_benefit_the_project_brings_about(engine, project: str, total: int, goal: str,  # type: ignore[no-untyped-def]
                                                      name: str, value: str) -> None:
    assert not _rel027(engine, project, total, goal, name, value)


WORKS = """version: 1
project: {{name: 2026年应急指挥中心建设项目, year: 2026, department: 某县应急管理局, period: "{period}"}}
funds: {{unit: 万元, total: 2600, fiscal: 2600}}
goal: {goal}
indicators:
  产出指标:
    质量指标:
      - {{name: {name}, value: ＝100%}}
    时效指标:
      - {{name: 业务用房土建完工时间, value: 2026年12月25日前}}
"""
_TWO_YEARS = "项目实施期为2026年4月至2027年6月，2026年完成业务用房土建工程。"


@pytest.mark.parametrize(("period", "goal", "name", "told"), [
    # b358: the field ended the year before; the goal says the project runs into 2027
    ("2024年4月-2025年6月", _TWO_YEARS, "项目工程总体形象进度", True),
    ("2023年3月-2025年12月", "项目建设期2026年3月至2027年10月，2026年完成主体结构。", "工程完工率", True),
    # the goal's period ends within the year, or the goal gives none
    ("2024年4月-2025年6月", "项目实施期为2026年1月至2026年12月，完成业务用房建设。", "项目工程总体形象进度", False),
    ("2024年4月-2025年6月", "2026年完成业务用房土建工程。", "项目工程总体形象进度", False),
    # the year's share, or a field of the budget year itself (read as before, not the goal's)
    ("2024年4月-2025年6月", _TWO_YEARS, "2026年度建设任务完成率", False),
    ("2026年1月-2026年12月", _TWO_YEARS, "项目工程总体形象进度", False),
])
def test_a_whole_works_rate_behind_a_stale_period(engine, period: str, goal: str, name: str,  # type: ignore[no-untyped-def]
                                                  told: bool) -> None:
    text = WORKS.format(period=period, goal=goal, name=name)
    rules = {f.rule_id for f in engine.check_source(load_text(text, "audit31_left.yaml")).findings}
    assert ("TIME009" in rules) is told


# held out: written after the checks above, not used to tune them (results in the rule's comment)
@pytest.mark.parametrize(("project", "total", "goal", "name", "value", "told"), [
    ("2026年城乡特困人员供养资金", 2000, "2026年保障全县特困人员3200人基本生活。", "带动县域养老服务产业产值", "≥1亿元", True),
    ("2026年城区排水管网改造工程", 3000, "2026年改造城区排水管网26公里，消除易涝点8处。", "带动沿线商铺营业额增加", "≥2亿元",
     True),
    ("2026年乡村旅游重点村建设补助资金", 224, "2026年支持3个乡村旅游重点村完善接待设施。", "带动村民经营增收", "≥1500万元",
     False),
    ("2026年城乡医疗救助资金", 1000, "2026年对城乡困难群众实施医疗救助6000人次。", "为救助对象减轻医疗费用负担", "≥1000万元",
     False),
    ("2026年农村公路养护工程", 1000, "2026年养护农村公路300公里，改善沿线群众出行条件，方便群众出行和增收。",
     "带动沿线群众增收", "≥5000万元", False),
])
def test_held_out_economic_benefits(engine, project: str, total: int, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                    told: bool) -> None:
    assert _rel027(engine, project, total, goal, name, value) is told


@pytest.mark.parametrize(("period", "goal", "name", "told"), [
    ("2025年1月-2025年12月", "项目建设期2026年1月至2027年12月，2026年完成主体工程。", "项目整体完成率", True),
    ("2024年1月-2025年12月", "项目实施期2025年7月至2026年11月，2026年完成设备安装。", "项目工程总体形象进度", False),
])
def test_held_out_stale_periods(engine, period: str, goal: str, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = WORKS.format(period=period, goal=goal, name=name)
    rules = {f.rule_id for f in engine.check_source(load_text(text, "audit31_held.yaml")).findings}
    assert ("TIME009" in rules) is told

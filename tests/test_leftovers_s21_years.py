"""Recall audit 31's leftovers on multi-year projects (b356–b365): a budget-year deadline for work the goal dates in
a later year (TIME006 before_goal_later_year) and last year's finished work as this year's output (TIME002
done_before), each against look-alikes it was measured on and cases held out."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: {project}, year: 2026, department: 县住房和城乡建设局, period: 2025年3月-2027年9月}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 改造小区居民满意度, value: ≥90%}}
"""


def _later_year(engine: Any, goal: str, name: str, value: str, project: str = "2026年老城片区城市更新改造项目") -> bool:
    text = TABLE.format(goal=goal, name=name, value=value, project=project)
    findings = engine.check_source(load_text(text, "years.yaml")).findings
    return any(f.rule_id == "TIME006" and "以后年度" in f.message() for f in findings)


# (goal, name, value, told): the look-alikes measured while writing the check, then the audit's forms
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # the audit's three (b357, b358, b362)
    ("2026年新建3个业务子系统；平台于2027年6月30日前整体竣工验收。", "城市更新平台整体竣工验收时间", "2026年11月30日前", True),
    ("2026年完成业务用房土建；指挥信息化平台列入2027年建设内容。", "指挥信息化平台上线运行时间", "2026年12月31日前", True),
    ("2025年完成第一期，2027年完成第三期并于2027年9月30日前整体竣工验收。", "片区整体竣工验收时间", "2026年9月30日前", True),
    # look-alikes: the year's own stage beside the later year's whole
    ("2026年12月31日前完成二期主体工程，2027年9月30日前整体竣工验收。", "二期主体工程完工时间", "2026年12月31日前", False),
    ("年度工程12月31日前通过竣工验收，2027年9月30日前整体竣工验收。", "年度工程竣工验收时间", "2026年12月31日前", False),
    ("2026年11月30日前完工并交工验收，2027年10月整体竣工验收。", "交工验收时间", "2026年11月30日前", False),
    # the period's end named in the goal is no work dated after the year
    ("项目实施期限为2025年3月至2027年9月，2026年改造老旧小区6个。", "老旧小区改造完工时间", "2026年10月31日前", False),
    ("项目2025—2027年分三期实施，2026年改造老旧小区6个。", "老旧小区改造完工时间", "2026年10月31日前", False),
    # a later-year stage named in the goal with no indicator dated for it
    ("2026年改造老旧小区6个，2027年实施第三期改造并整体竣工验收。", "一标段完工时间", "2026年6月30日前", False),
    ("2026年改造老旧小区6个；户外广告、园林绿化2个子系统于2027年建设。", "老旧小区改造完工时间", "2026年10月31日前", False),
    # other work than the later year's
    ("2026年完成道路改造，桥梁于2027年6月30日前竣工验收。", "道路改造竣工验收时间", "2026年11月30日前", False),
    ("2026年完成平台主体开发，2027年6月30日前平台整体上线运行。", "平台主体开发完成时间", "2026年12月31日前", False),
    # last year's base, and next year's deadline given as next year's
    ("在2025年基础上，2026年改造老旧小区6个，2027年6月30日前整体竣工验收。", "整体竣工验收时间", "2027年6月30日前", False),
    # a name of no work of its own (项目竣工验收) may be the year's works': left quiet
    ("2026年改造老旧小区6个，项目于2027年6月30日前竣工验收。", "项目竣工验收时间", "2026年12月31日前", False),
    ("2026年改造老旧小区6个，2027年6月30日前完成竣工决算审计。", "监理招标完成时间", "2026年3月31日前", False),
])
def test_budget_year_deadline_for_later_years_work(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _later_year(engine, goal, name, value) is told


# held out, written after the check was tuned: 4 of 5 right at first (the 续建 教学楼 told wrongly, its work dated in
# the budget year by the goal's own clause, since left out)
@pytest.mark.parametrize(("goal", "name", "value", "project", "told"), [
    ("2026年完成管网铺设，污水处理站于2027年5月31日前建成投入使用。", "污水处理站建成投入使用时间", "2026年12月31日前",
     "2026年镇区污水管网建设项目", True),
    ("2026年完成一期数据采集；数据共享交换平台计划2027年上线。", "数据共享交换平台上线时间", "2026年10月31日前",
     "2026年政务数据平台建设项目", True),
    ("2026年完成校舍主体结构封顶，2027年8月31日前竣工交付使用。", "校舍主体结构封顶时间", "2026年12月31日前",
     "2026年第二小学新建项目", False),
    ("2026年完成人工造林600公顷，2027年—2028年开展幼林抚育。", "人工造林完成时间", "2026年4月30日前",
     "2026年人工造林项目", False),
    ("续建教学楼2026年6月30日前完成装修并交付使用，2027年完成教学楼室外配套工程。", "教学楼交付使用时间", "2026年6月30日前",
     "2026年第二小学续建项目", False),
])
def test_later_year_held_out(engine: Any, goal: str, name: str, value: str, project: str, told: bool) -> None:
    assert _later_year(engine, goal, name, value, project) is told


DONE_TABLE = """version: 1
project: {{name: 2026年老城片区城市更新改造项目（第二期）, year: 2026, department: 县住房和城乡建设局}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 改造小区居民满意度, value: ≥90%}}
"""


def _done_before(engine: Any, goal: str, name: str, value: str) -> bool:
    text = DONE_TABLE.format(goal=goal, name=name, value=value)
    findings = engine.check_source(load_text(text, "done.yaml")).findings
    return any(f.rule_id == "TIME002" and "年完成的工作" in f.message() for f in findings)


# last year's finished work as this year's output (TIME002 done_before): the audit's four forms, then look-alikes
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2025年已建成数字化城管监督指挥系统，2026年新接入视频点位600路。", "建成数字化城管监督指挥系统", "＝1套", True),
    ("2025年已完成第一期7个小区改造，2026年实施第二期改造老旧小区6个。", "完成第一期老旧小区改造", "＝7个", True),
    ("平台于2025年7月部署上线，2026年开展全年运维。", "平台部署上线", "＝1套", True),
    ("2025年已完成教学楼、综合楼3栋单体的桩基础工程，2026年完成主体结构封顶。", "完成单体建筑桩基础工程", "＝3栋", True),
    # look-alikes: this year's work beside last year's
    ("2025年已建成数字化城管监督指挥系统，2026年新接入视频点位600路。", "新接入视频监控点位", "≥600路", False),
    ("2025年已完成第一期7个老旧小区改造，2026年完成第二期6个。", "完成第二期老旧小区改造", "＝6个", False),
    ("2025年已完成第一期7个老旧小区改造，2026年完成第二期6个。", "完成老旧小区改造", "＝6个", False),
    ("2025年已建成平台，2026年完成平台二期功能开发。", "完成平台二期功能开发", "＝1项", False),
    # last year's work as the base, or described, or counted up to now as such
    ("在2025年已建成数字化城管系统的基础上，2026年完成系统升级。", "完成数字化城管系统升级", "＝1套", False),
    ("2025年建成的大数据平台2026年开展全年运维。", "完成大数据平台运维", "＝1项", False),
    ("2025年已建成公共服务站40个，2026年新建20个。", "累计建成公共服务站", "≥60个", False),
    # a continuing works whose 2025 part is context; upkeep of what was finished
    ("续建工程2025年已完成桩基础工程，2026年完成主体结构封顶。", "完成主体结构封顶", "＝3栋", False),
    ("2025年已完成人工造林600公顷，2026年开展幼林抚育管护。", "完成幼林抚育管护", "≥600公顷", False),
    ("2025年已建成大数据平台，2026年委托开展全年运维服务。", "完成大数据平台运维服务", "＝1项", False),
])
def test_last_years_work_as_output(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _done_before(engine, goal, name, value) is told


# held out, written after done_before was tuned: 4 of 5 right at first (电商服务站 missed, its 服务 read as upkeep;
# since a place built)
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("污水处理站主体工程于2025年11月完工，2026年完成配套管网铺设12公里。", "污水处理站主体工程完工", "＝1座", True),
    ("2025年已建成村级电商服务站30个，2026年新建村级电商服务站20个。", "建成村级电商服务站", "＝30个", True),
    ("2025年已建成村级电商服务站30个，2026年新建村级电商服务站20个。", "新建村级电商服务站", "＝20个", False),
    ("2025年已完成二期智慧停车系统建设，2026年完成三期停车泊位改造400个。", "完成三期智慧停车泊位改造", "≥400个", False),
    ("2025年已完成项目立项和初步设计，2026年完成项目主体工程建设。", "完成项目主体工程建设", "＝1项", False),
])
def test_done_before_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _done_before(engine, goal, name, value) is told

"""The seventeenth recall audit's new checks (b216–b225), each against look-alikes it was measured on: a
careful table with its goal or one row changed draws the rule or leaves it alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


def _base(key: str) -> str:
    return next(SECTORS.glob(f"{key}-*.yaml")).read_text(encoding="utf-8")


def _with_goal(text: str, goal: str) -> str:
    head, rest = text.split("goal: |\n", 1)
    return f"{head}goal: |\n  {goal}\nindicators:{rest.split('indicators:', 1)[1]}"


def _with_row(text: str, level2: str, name: str, value: str) -> str:
    anchor = f"    {level2}:\n"
    assert text.count(anchor) == 1
    return text.replace(anchor, f'{anchor}      - name: {name}\n        value: "{value}"\n')


def _told(engine: Any, text: str, rule: str, words: str = "") -> bool:
    findings = engine.check_source(load_text(text, "t.yaml")).findings
    return any(f.rule_id == rule and words in f.message_zh for f in findings)


@pytest.mark.parametrize(("goal", "told"), [
    ("履行市场监管职责，加强食品安全抽检，保障群众饮食安全。", True),
    ("切实履行应急管理职责，于2024年6月30日前完成物资储备，提升应急保障能力。", True),  # a date is no figure
    ("全面履行食品安全监管职责，2024年完成食品抽检1500批次，问题食品处置率100%。", False),
    ("项目单位履行资金使用主体责任，确保专款专用，按时完成年度建设任务。", False),  # 责任, no duties
    ("协助代表依法履职尽责，组织开展代表活动，提升履职能力。", False),
])
def test_a_goal_copying_the_departments_duties(engine, goal: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, _with_goal(_base("g226"), goal), "STR006", "部门职责") is told


def _timed(goal: str, name: str, value: str) -> str:
    text = _with_goal(_base("g45"), goal)
    head, rest = text.split("    时效指标:\n", 1)
    return f"{head}    时效指标:\n      - name: {name}\n        value: {value}\n  效益指标:{rest.split('  效益指标:', 1)[1]}"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("购置消防车2辆，第一季度完成政府采购，10月31日前全部列装。", "政府采购完成时间", "2025年12月31日前", True),
    ("二季度末前完成营房维修，维修营房3栋。", "营房维修完成时间", "2025年10月31日前", True),
    ("第一季度开工，11月30日前完工，购置消防车2辆。", "项目开工时间", "2025年3月31日前", False),
    ("每季度开展1次装备巡查，购置消防车2辆。", "装备巡查完成时间", "2025年12月31日前", False),
    ("第二季度完成政府采购，购置消防车2辆。", "政府采购完成时间", "2025年6月30日前", False),
    ("第一季度完成首批装备采购，12月31日前完成全部装备采购。", "装备采购完成时间", "2025年12月31日前", False),
    # a quarter of the next year is that year's (2026年第一季度 ends 2026-03-31), or no deadline of this year's work
    ("购置消防车2辆，2026年第一季度完成竣工验收。", "竣工验收完成时间", "2026年3月31日前", False),
    ("购置消防车2辆，2026年第一季度完成竣工验收。", "竣工验收完成时间", "2026年6月30日前", True),
    ("购置消防车2辆，次年第一季度完成竣工验收。", "竣工验收完成时间", "2026年3月31日前", False),
])
def test_a_quarter_the_goal_gives_the_work(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, _timed(goal, name, value), "TIME006", "晚于年度总体目标") is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("实施污水管网改造项目", "＝1个", True),
    ("完成校舍维修项目", "＝1项", True),
    ("实施高标准农田建设项目", "≥10个", False),  # a fund's several projects
    ("申报国家级示范项目", "≥1个", False),
    ("建设污水处理站", "＝1个", False),
])
def test_the_project_counted_as_its_output(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, _with_row(_base("g226"), "数量指标", name, value), "VAL034") is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("完成航标维护", "＝120座", True),
    ("完成公共分拨中心建设", "＝1座", True),
    ("完成建设后年接待游客", "≥5万人次", False),
    ("完成河湖长效管护机制建设", "＝1项", False),
    ("完成农田水利设施维护受益农户", "≥3000户", False),
])
def test_works_built_or_kept_up_under_benefit(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, _with_row(_base("g226"), "社会效益指标", name, value), "CAT006") is told


def _asked(key: str, name: str, goal: str | None = None) -> str:
    text = _base(key)
    if goal is not None:
        text = _with_goal(text, goal)
    head, rest = text.split("服务对象满意度指标:\n      - name: ", 1)
    return f"{head}服务对象满意度指标:\n      - name: {name}\n{rest.split(chr(10), 1)[1]}"


@pytest.mark.parametrize(("key", "name", "goal", "told"), [
    ("g287", "就诊患者满意度", None, True),  # a logistics park's table
    ("g118", "参训学员满意度", None, True),  # a waterway's upkeep
    ("g214", "观众满意度", "2025年在县博物馆举办临时展览6场，免费开放300天，接待观众8万人次。", False),
    ("g214", "乘客满意度", "2025年对40条农村客运班线发放运营补贴，班线通达率100%。", False),  # 客运, their kind
    ("g214", "学生家长满意度", "2025年为全县3.2万名中小学生开展视力筛查，筛查率100%。", False),
])
def test_a_group_the_project_does_not_serve(engine, key: str, name: str, goal: str | None,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, _asked(key, name, goal), "SAT002", "照抄") is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("新建道路2.3公里，临时占用耕地12亩，完工后复垦。", "施工临时占用耕地", "＝0亩", True),
    ("改造管网28公里，单次停水不超过12小时。", "单次停水时长", "＝0小时", True),
    ("退化草原改良1万亩，改良合格率95%。", "草原改良施工新增水土流失面积", "＝0亩", False),  # the work, no harm
    ("改造燃气管道28公里，单次计划停气不超过24小时。", "停气引发群体投诉", "＝0起", False),
    ("疏浚航道18万立方米，施工期临时断航不超过72小时。", "施工临时断航累计时间", "≤72小时", False),
])
def test_a_harm_the_goal_plans_set_at_none(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    text = _with_row(_with_goal(_base("g69"), goal), "社会成本指标", name, value)
    assert _told(engine, text, "REL008", "同一影响") is told

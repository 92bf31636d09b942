"""The thirty-fifth recall audit's checks (b396–b405, a province's 事前绩效评估 team reading transport, water and
housing tables), each against the look-alikes it was measured on and the cases held out after it was written: works
the goal says are done before the flood season dated inside it (TIME015), a return period below the goal's (REL028),
new works counted by an upkeep or repair project (REL029), a unit cost whose price × count is at most half of what
the table pays for the work (FUND022), a 竣工验收 before the 交工 or 完工验收 it follows (TIME006's new pair), and the
works' acceptance pass rate below 100% (VAL040)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: {project}, year: 2026, department: 某县水务局, implementer: 某县水利工程管理站}}
funds: {{unit: 万元, total: 480, fiscal: 480}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
{quality}
    时效指标:
{times}
    成本指标:
{costs}
  效益指标:
    社会效益指标:
      - {{name: 保护沿河人口, value: ≥2.3万人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿河群众满意度, value: ≥90%}}
"""
_PROJECT = "2026年某县堤防除险加固项目"
_GOAL = "2026年实施堤防除险加固3.6公里，10月31日前全部完工。"
_COUNTS = [("堤防除险加固长度", "≥3.6公里")]
_QUALITY = [("加固工程质量验收合格率", "＝100%")]
_TIMES = [("除险加固工程完工时间", "2026年10月31日前")]
_COSTS = [("堤防除险加固工程费", "≤432万元")]


def _lines(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"      - {{name: {name}, value: {value}}}" for name, value in rows)


def _rules(engine: Any, goal: str = _GOAL, project: str = _PROJECT, counts: list[tuple[str, str]] = _COUNTS,
           quality: list[tuple[str, str]] = _QUALITY, times: list[tuple[str, str]] = _TIMES,
           costs: list[tuple[str, str]] = _COSTS) -> set[str]:
    text = TABLE.format(project=project, goal=goal, counts=_lines(counts), quality=_lines(quality),
                        times=_lines(times), costs=_lines(costs))
    return {f.rule_id for f in engine.check_source(load_text(text, "audit35.yaml")).findings}


# TIME015: the audit's five (b398, b399, b400, b402, b404), eleven look-alikes it was measured on (0 told; b398's
# 工程完工时间 against a piece's clause was told before the whole works' name was held to a clause of the whole),
# five held out written after it: 5 of 5 right
_FLOOD = [
    ("2026年实施堤防除险加固3.6公里，主汛期前完成迎水坡护砌，10月31日前全部完工。", "迎水坡护砌完成时间", "2026年8月31日前", True),
    ("2026年完成6座小型病险水库除险加固，主体工程于主汛期前完工。", "主体工程完工时间", "2026年8月31日前", True),
    ("2026年改造道路积水点18处，3月开工、主汛期前完工并投入使用。", "工程完工时间", "2026年7月31日前", True),
    ("2026年修复水毁公路28公里，汛前完成水毁路段抢通。", "水毁路段抢通完成时间", "2026年7月15日前", True),
    # look-alikes
    ("2026年实施堤防除险加固3.6公里，主汛期前完成迎水坡护砌，10月31日前全部完工。", "迎水坡护砌完成时间", "2026年6月15日前", False),
    ("2026年实施堤防除险加固3.6公里，主汛期前完成迎水坡护砌，10月31日前全部完工。", "除险加固工程完工时间", "2026年10月31日前", False),  # other work
    ("2026年实施堤防除险加固3.6公里，汛后完成堤身加固。", "堤身加固完成时间", "2026年11月30日前", False),  # after the season
    ("2026年实施堤防除险加固3.6公里，2027年汛期前全部完工。", "除险加固工程完工时间", "2026年12月31日前", False),  # next year's
    ("2026年实施堤防除险加固3.6公里，次年主汛期前完成迎水坡护砌。", "迎水坡护砌完成时间", "2026年12月31日前", False),
    ("2026年改造渠道28公里，其中渠首建筑物须在主汛期前完工。", "工程完工时间", "2026年12月31日前", False),  # a piece's
    ("2026年完成6座小型病险水库除险加固，主体工程于主汛期前完工，年底前竣工验收。", "竣工验收时间", "2026年12月31日前", False),
    ("2026年汛期前完成隐患排查2次，全年开展巡查。", "隐患排查完成时间", "2026年5月31日前", False),
    ("2026年实施堤防除险加固3.6公里，10月31日前全部完工。", "除险加固工程完工时间", "2026年8月31日前", False),  # no season
    ("2026年清淤河道12公里，汛期（5—9月）加密巡查，主汛期前完成清淤。", "河道清淤完成时间", "2026年7月10日前", False),  # before mid-July
    ("2026年实施堤防除险加固3.6公里，汛前（5月31日前）完成迎水坡护砌。", "迎水坡护砌完成时间", "2026年8月31日前", False),  # dated: after_goal's
    # held out, written after the check
    ("2026年治理河道5.2公里，汛期前完成河道清障。", "河道清障完成时间", "2026年9月30日前", True),
    ("2026年新建排涝泵站1座，泵站主体于主汛期到来之前完工。", "泵站主体完工时间", "2026年8月15日前", True),
    ("2026年实施山塘整治12座，主汛期前完成放水设施改造。", "放水设施改造完成时间", "2026年6月30日前", False),
    ("2026年维修堤防2公里，主汛期前完成堤身加固，汛后完成护坡绿化。", "护坡绿化完成时间", "2026年11月30日前", False),
    ("2026年修复水毁渠道8公里，确保主汛期前通水。", "水毁渠道修复完成时间", "2026年8月31日前", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _FLOOD)
def test_works_due_in_the_flood_season(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("TIME015" in _rules(engine, goal, times=[(name, value)])) is told


# REL028: the audit's three (b399, b402, b404), ten look-alikes (1 told at first, 施工导流标准 sharing 标准; 0 once
# 标准 was set aside), five held out: 5 of 5 right
_PERIOD_GOAL = "2026年实施堤防除险加固3.6公里，加固段防洪标准达到20年一遇。"
_DRAIN_GOAL = "2026年新建雨水管网8.5公里，新建雨水管渠设计重现期不低于3年一遇，县城内涝防治标准达到20年一遇。"
_RETURN = [
    (_PERIOD_GOAL, "加固段堤防防洪标准", "10年一遇", True),
    (_DRAIN_GOAL, "新建雨水管渠设计重现期", "不低于2年一遇", True),
    ("2026年完成水库除险加固，大坝按《防洪标准》（GB 50201-2014）20年一遇设计、200年一遇校核。", "大坝防洪标准", "10年一遇", True),
    # look-alikes
    (_PERIOD_GOAL, "加固段堤防防洪标准", "20年一遇", False),
    (_PERIOD_GOAL, "加固段堤防防洪标准", "30年一遇", False),  # above
    (_DRAIN_GOAL, "新建雨水管渠设计重现期", "不低于3年一遇", False),
    (_DRAIN_GOAL, "县城内涝防治标准", "20年一遇", False),
    (_DRAIN_GOAL, "新建雨水管渠设计重现期", "不低于5年一遇", False),
    ("2026年完成水库除险加固，大坝按20年一遇设计、200年一遇校核。", "大坝校核洪水标准", "校核200年一遇", False),
    ("2026年实施堤防除险加固3.6公里。", "加固段堤防防洪标准", "10年一遇", False),  # no figure in the goal
    (_PERIOD_GOAL, "施工导流标准", "5年一遇", False),  # another standard
    ("2026年整治易涝点3处，县城内涝防治标准达到20年一遇。", "新建雨水管渠设计重现期", "3年一遇", False),
    (_PERIOD_GOAL, "沿河群众防汛演练", "≥1次", False),
    # held out, written after the check
    ("2026年新建排涝泵站1座，排涝标准达到10年一遇。", "泵站排涝标准", "5年一遇", True),
    ("2026年治理河道5.2公里，治理段防洪标准提高到20年一遇。", "治理段河道防洪标准", "10年一遇", True),
    ("2026年治理河道5.2公里，治理段防洪标准提高到20年一遇。", "治理段河道防洪标准", "≥20年一遇", False),
    ("2026年新建雨水管网2公里，设计重现期3年一遇，城区防洪标准50年一遇。", "城区防洪标准", "50年一遇", False),
    ("2026年除险加固水库3座，大坝按30年一遇设计。", "溢洪道消能防冲设计标准", "20年一遇", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _RETURN)
def test_return_period_below_the_goals(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL028" in _rules(engine, goal, quality=[(name, value)])) is told


# REL029: the audit's three (b397, b400, b405), eleven look-alikes (0 told), five held out:
# 4 of 5 right (新建河道巡查便道 missed); 5 of 5 since s24 (a path built to stay: tests/test_held_out_s24.py)
_NEW_BUILD = [
    ("2026年农村公路日常养护项目", "新建通村公路", "≥12公里", True),
    ("2026年农村公路水毁修复项目", "新建硬化通组公路", "≥6公里", True),
    ("2026年国省干线公路日常养护项目", "新建国省干线公路", "≥3公里", True),
    # look-alikes
    ("2026年农村公路新改建及养护项目", "新建通村公路", "≥12公里", False),  # a project that builds
    ("2026年农村公路水毁修复项目", "新建和修复挡土墙", "≥1200米", False),
    ("2026年农村公路日常养护项目", "日常养护农村公路里程", "≥1800公里", False),
    ("2026年小型水库维修养护项目", "新建水位监测点", "＝6个", False),  # no works
    ("2026年堤防巡查管护项目", "新建巡查台账", "＝1套", False),
    ("2026年城区排水管网清疏项目", "新建排水管网检查井", "＝20座", False),  # no 养护 in the name
    ("2026年城区道路提升改造项目", "新建道路", "≥2公里", False),
    ("2026年灌区续建配套与维修养护项目", "新建渠道", "≥5公里", False),
    ("2026年农村供水工程维修养护项目", "新建蓄水池", "＝3座", False),
    ("2026年公路养护项目", "修复公路护栏", "≥3公里", False),
    ("2026年路灯维护项目", "新建路灯", "＝50盏", False),
    # held out, written after the check
    ("2026年农村公路小修保养项目", "新建错车道", "≥20处", False),
    ("2026年城市桥梁日常维护项目", "新建人行天桥", "＝1座", True),
    ("2026年小型农田水利设施维修养护项目", "新建灌溉渠道", "≥3公里", True),
    ("2026年河道管护项目", "新建河道巡查便道", "≥2公里", True),  # missed at first (便道 was no works word); told since s24
    ("2026年农村公路养护项目", "新建养护道班", "＝1个", False),
]


@pytest.mark.parametrize(("project", "name", "value", "told"), _NEW_BUILD)
def test_new_build_in_an_upkeep_project(engine: Any, project: str, name: str, value: str, told: bool) -> None:
    assert ("REL029" in _rules(engine, project=project, counts=[(name, value)])) is told


# FUND022: the audit's four (b397, b400, b402, b403), nine look-alikes (1 told at first, a 维修养护标准 beside
# 水库安全鉴定; 0 once the price's words had to come from the output's and the amount's; and g79's 乡镇适配器单价
# against 县级应急广播平台建设费, a careful table, before the amount had to be named like the price), five held out:
# 3 of 5 right (2 true cases missed); 5 of 5 since s24 (the words turned about, 单盏: tests/test_held_out_s24.py)
_ROAD = [("修复路基路面", "≥28公里")]
_UNIT_COST = [
    (_ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤3万元/公里")], True),
    ([("日常养护农村公路里程", "≥1800公里")], [("农村公路日常养护费", "≤5400000元"), ("单位里程年养护成本", "≤1500元/公里")], True),
    ([("提质改造候车亭", "≥56座")], [("候车亭提质改造费", "≤168万元"), ("单座候车亭改造成本", "≤0.8万元/座")], True),
    # look-alikes
    (_ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤12万元/公里")], False),
    (_ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤9万元/公里")], False),  # over half
    (_ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤3万元/米")], False),  # another unit
    (_ROAD + [("新建改造雨水口", "≥240个")], [("路基路面修复费", "≤336万元"), ("单个雨水口造价", "≤0.2万元/个")], False),
    (_ROAD, [("工程建设费", "≤336万元"), ("路基路面修复单位成本", "≤3万元/公里")], False),  # no amount of the work
    ([("配置乡镇应急广播适配器", "＝12套")], [("县级应急广播平台建设费", "≤180万元"), ("乡镇适配器单价", "≤5万元/套")], False),
    ([("完成水库安全鉴定", "＝6座")], [("水库安全鉴定费", "≤18万元"), ("小型水库维修养护标准", "1.5万元/座")], False),
    (_ROAD + [("修复路基路面（其中水泥路面）", "≥10公里")], [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤3万元/公里")], False),  # two counts
    ([("改造老旧小区", "＝12个"), ("改造惠及居民", "≥2310户")], [("老旧小区改造工程费用", "≤5560万元"), ("户均改造投资", "≤2.4万元/户")], False),
    (_ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤6万元/公里")], True),  # exactly half: told
    # held out, written after the check
    # missed at first: 清淤河道 and 河道清淤工程费 share two characters in a row only, the words turned about; told
    # since s24 (the output's words all in the amount's name)
    ([("清淤河道", "≥12公里")], [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], True),
    ([("新建污水管网", "≥6公里")], [("污水管网建设费", "≤900万元"), ("污水管网每公里造价", "≤150万元/公里")], False),
    ([("维修加固桥梁", "＝4座")], [("桥梁维修加固费", "≤320万元"), ("单座桥梁维修加固成本", "≤20万元/座")], True),
    ([("改造老旧供水管网", "≥15公里")], [("供水管网改造费", "≤450万元"), ("供水管网单位改造成本", "≤12万元/公里")], True),
    # missed at first: 单盏 was not among the cost words set aside; told since s24 (单 or 每 with the price's unit)
    ([("安装路灯", "＝300盏"), ("铺设电缆", "≥9公里")], [("路灯安装费", "≤90万元"), ("单盏路灯造价", "≤0.1万元/盏")], True),
]


@pytest.mark.parametrize(("counts", "costs", "told"), _UNIT_COST)
def test_unit_cost_short_of_the_amount(engine: Any, counts: list[tuple[str, str]], costs: list[tuple[str, str]],
                                       told: bool) -> None:
    assert ("FUND022" in _rules(engine, counts=counts, costs=costs)) is told


# TIME006's pair 交工/完工验收 before 竣工: the audit's three (b396, b404, b405), ten look-alikes (1 told at first,
# 桥梁工程 and 路灯安装工程 sharing 工程验收; 0 once the acceptance words were set aside whole), five held out: 4 of 5
# right (竣工验收备案 missed); 5 of 5 since s24 (the filing follows the whole works' acceptance: tests/test_held_out_s24.py)
_ACCEPTANCE = [
    ([("治理工程竣工验收时间", "2026年10月31日前"), ("治理工程交工验收时间", "2026年11月30日前")], True),
    ([("竣工验收时间", "2026年10月31日前"), ("合同工程完工验收时间", "2026年11月30日前")], True),
    ([("竣工验收", "2026年10月31日前"), ("交工验收", "2026年11月30日前")], True),
    # look-alikes
    ([("治理工程交工验收时间", "2026年10月31日前"), ("治理工程竣工验收时间", "2026年11月30日前")], False),
    ([("竣工验收时间", "2026年12月31日前"), ("合同工程完工验收时间", "2026年11月30日前")], False),
    ([("主体工程完工时间", "2026年10月31日前"), ("竣工验收时间", "2026年9月30日前")], False),  # 完工 alone is no acceptance
    ([("一期工程竣工验收时间", "2026年6月30日前"), ("二期工程交工验收时间", "2026年11月30日前")], False),  # phases
    ([("桥梁工程竣工验收时间", "2026年10月31日前"), ("路灯安装工程交工验收时间", "2026年11月30日前")], False),
    ([("上年结转工程竣工验收时间", "2026年6月30日前"), ("新建路段交工验收时间", "2026年11月30日前")], False),
    ([("竣工验收资料归档时间", "2026年12月31日前"), ("交工验收时间", "2026年10月31日前")], False),
    ([("交工验收", "2026年11月30日前")], False),
    ([("竣工验收", "2026年11月30日前"), ("交工验收", "2026年11月30日前")], False),  # same day
    ([("竣工决算审计完成时间", "2026年10月31日前"), ("交工验收时间", "2026年11月30日前")], False),
    # held out, written after the check
    ([("桥梁竣工验收时间", "2026年9月30日前"), ("桥梁交工验收时间", "2026年10月31日前")], True),
    ([("泵站竣工验收", "2026年11月30日前"), ("泵站合同工程完工验收", "2026年12月20日前")], True),
    ([("道路工程交工验收时间", "2026年9月30日前"), ("道路工程竣工验收时间", "2027年9月30日前")], False),
    ([("排水管网竣工验收时间", "2026年9月30日前"), ("绿化工程交工验收时间", "2026年11月30日前")], False),
    # missed at first: 备案 after 竣工验收 was read as a work the 交工 does not name; told since s24 (the whole works' filing)
    ([("竣工验收备案时间", "2026年10月31日前"), ("交工验收时间", "2026年11月30日前")], True),
]


@pytest.mark.parametrize(("times", "told"), _ACCEPTANCE)
def test_completion_acceptance_before_handover(engine: Any, times: list[tuple[str, str]], told: bool) -> None:
    assert ("TIME006" in _rules(engine, times=times)) is told


# VAL040: the audit's four (b396, b399, b401, b403), ten look-alikes (0 told), five held out: 5 of 5 right
_ACCEPTANCE_RATE = [
    ("治理工程验收合格率", "≥95%", True),
    ("加固工程质量验收合格率", "≥95%", True),
    ("改造工程竣工验收合格率", "≥95%", True),
    ("改造工程验收合格率", "≥98%", True),
    # look-alikes
    ("改造工程竣工验收合格率", "＝100%", False),
    ("分部分项工程一次验收合格率", "≥95%", False),  # a first-time pass of the parts
    ("工程竣工验收一次合格率", "≥95%", False),
    ("奖补项目竣工验收合格率", "≥95%", False),  # many subsidised projects
    ("到户产业验收合格率", "≥90%", False),
    ("改厕质量验收合格率", "≥95%", False),
    ("单元工程质量合格率", "≥95%", False),
    ("工程质量优良率", "≥80%", False),
    ("设备验收合格率", "≥95%", False),
    ("竣工验收资料归档率", "≥95%", False),
    # held out, written after the check
    ("桥梁交工验收合格率", "≥96%", True),
    ("管网工程完工验收合格率", "≥90%", True),
    ("水毁修复工程验收合格率", "≥95%", True),
    ("村级子项目竣工验收合格率", "≥95%", False),
    ("工程验收资料合格率", "≥95%", False),
]


@pytest.mark.parametrize(("name", "value", "told"), _ACCEPTANCE_RATE)
def test_works_acceptance_below_full(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("VAL040" in _rules(engine, quality=[(name, value)])) is told

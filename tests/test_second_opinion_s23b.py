"""A second opinion on round s23's checks, with look-alikes and true cases written independently of their authors'
probes (tests/test_recall_audit35.py, tests/test_careful_round_g708.py, tests/test_slips_s23.py): TIME015 works due
in the flood season, REL028 a return period below the goal's, REL029 new works in an upkeep project, FUND022 a unit
cost short of the work's line, VAL040 the works' acceptance below 100%, TIME006's pair 竣工验收 before 交工/完工验收,
REL002's pairs 执法车 ↔ 巡查/抽查 and 哨点 ↔ 病例, and FUND019's same-things lexicon. Each row says what a budget
officer would want (told or not); rows the checks still get wrong are listed in STILL_WRONG with the reason, so a
later fix shows up as a failing pin to update."""

from __future__ import annotations

from typing import Any

import pytest

from engine_helpers import cost_note_findings
from test_careful_round_g708 import _cases_told, _patrol_told
from test_recall_audit35 import _rules

# (check, case id) of rows the checks still get wrong, with why; the rows hold the right answer, the test the
# check's present one (FUND022 单座, 清淤山塘 / 山塘清淤费 in words turned about, told since s24:
# tests/test_held_out_s24.py)
STILL_WRONG: dict[tuple[str, str], str] = {
    ("REL002", "记录本"): "a miss: 印制巡查记录本 shares 记录 with the table's 执法记录仪购置费, REL002's own run of two, "
                        "not the new pair",
    ("FUND019", "奖补"): "a miss older than the lexicon: the line's 农村 and 奖补 are not in the output's name",
    ("FUND019", "任务"): "a miss older than the lexicon: the line's 农村 is not in the output's name",
}


def _expect(check: str, case: str, right: bool) -> bool:
    """What the check gives today: the right answer, or its opposite for a pinned wrong row."""
    return (not right) if (check, case) in STILL_WRONG else right


# ---------------------------------------------------------------- TIME015 works due in the flood season
_FLOOD = [
    # look-alikes: after the season, other work, a deadline before the latest start, the season named as a time
    ("汛后", "2026年实施水库除险加固2座，汛后开工，12月31日前完成大坝防渗。", "大坝防渗完成时间", "2026年12月31日前", False),
    ("piece-after", "2026年治理河道5公里，主汛期前完成河道清淤，汛后完成护岸砌筑。", "护岸砌筑完成时间", "2026年11月30日前", False),
    ("cofferdam", "2026年维修水闸1座，非汛期施工，汛前完成围堰拆除。", "围堰拆除完成时间", "2026年5月31日前", False),
    ("rebuild", "2026年修复水毁设施，汛期前完成水毁设施应急修复，年底前完成恢复重建。", "恢复重建完成时间", "2026年12月31日前", False),
    ("july10", "2026年更换渠首闸门2扇，确保主汛期前完成渠首闸门更换。", "渠首闸门更换完成时间", "2026年7月10日前", False),
    ("another-deed", "2026年汛期前完成隐患排查，全年完成隐患整改。", "隐患整改完成时间", "2026年10月31日前", False),
    ("june-end", "2026年检修排涝泵站3座，汛期前完成泵站机组检修。", "泵站机组检修完成时间", "2026年6月底前", False),
    ("design", "2026年完成堤防加固3公里，汛期前完成施工图设计及招标，年底前全部完工。", "工程完工时间", "2026年12月31日前", False),
    ("before-and-after", "2026年汛期前后开展堤防安全检查2次。", "堤防安全检查完成时间", "2026年10月31日前", False),
    ("next-season", "2026年10月开工建设排涝泵站1座，下一个汛期前完工。", "工程完工时间", "2026年12月31日前", False),
    ("appraisal", "2026年汛期前完成病险水库安全鉴定6座，全年完成除险加固4座。", "除险加固完成时间", "2026年12月31日前", False),
    ("ancillary", "2026年新建排涝泵站1座，主汛期前完成主体工程，10月底前完成附属工程。", "附属工程完成时间", "2026年10月31日前", False),
    # true cases in new phrasings
    ("力争汛前", "2026年新建排涝泵站1座，力争汛前完成泵站主体施工。", "泵站主体施工完成时间", "2026年9月30日前", True),
    ("2026年汛期前", "2026年汛期前完成病险水闸除险加固3座。", "水闸除险加固完成时间", "2026年10月31日前", True),
    ("入汛前", "2026年治理山洪沟2条，入汛前完成河道清障。", "河道清障完成时间", "2026年8月31日前", True),
    ("到来前", "2026年治理山洪沟2条，主汛期到来前完成山洪沟治理。", "山洪沟治理完成时间", "2026年9月30日前", True),
]


@pytest.mark.parametrize(("case", "goal", "name", "value", "right"), _FLOOD)
def test_time015(engine: Any, case: str, goal: str, name: str, value: str, right: bool) -> None:
    assert ("TIME015" in _rules(engine, goal, times=[(name, value)])) is _expect("TIME015", case, right)


# ---------------------------------------------------------------- REL028 return period below the goal's
_RETURN = [
    # look-alikes: another standard of the same goal, a design flood beside a check flood named first, another reach
    ("drainage", "2026年治理河道5公里，治理段防洪标准达到20年一遇，排涝标准达到10年一遇。", "治理段排涝标准", "10年一遇", False),
    ("check-first", "2026年除险加固水库1座，水库大坝校核洪水标准为200年一遇，设计洪水标准为30年一遇。", "大坝设计洪水标准", "30年一遇", False),
    ("reach", "2026年治理中小河流12公里，县城段防洪标准达到50年一遇，乡镇段达到20年一遇。", "乡镇段防洪标准", "20年一遇", False),
    ("city-vs-reach", "2026年治理中小河流12公里，城区防洪标准50年一遇，本次治理段防洪标准20年一遇。", "治理段防洪标准", "20年一遇", False),
    ("raised-from", "2026年治理河道5公里，治理段防洪标准由10年一遇提高到20年一遇。", "治理段防洪标准", "20年一遇", False),
    ("diversion", "2026年加固堤防3公里，堤防防洪标准达到20年一遇。", "施工期度汛标准", "5年一遇", False),
    ("cofferdam", "2026年加固堤防3公里，堤防防洪标准达到20年一遇。", "临时围堰挡水标准", "5年一遇", False),
    ("rain", "2026年改造易涝点6处，可应对50年一遇降雨。", "雨水管渠设计重现期", "3年一遇", False),
    ("pipes", "2026年新建排水管网5公里，内涝防治重现期30年一遇，新建管网设计重现期3年一遇。", "新建管网设计重现期", "3年一遇", False),
    ("equal", "2026年加固堤防3公里，堤防防洪标准达到20年一遇。", "堤防防洪标准", "≥20年一遇", False),
    ("with-check", "2026年除险加固水库1座，大坝按30年一遇设计。", "大坝防洪标准", "30年一遇设计、300年一遇校核", False),
    ("only-city", "2026年治理中小河流12公里，县城段防洪标准达到50年一遇。", "乡镇段防洪标准", "20年一遇", False),
    # true cases in new phrasings
    ("提高至", "2026年加固堤防3公里，堤防防洪标准提高至30年一遇。", "堤防防洪标准", "≥20年一遇", True),
    ("暴雨重现期", "2026年新建排水管网5公里，排水管网设计暴雨重现期为5年一遇。", "排水管网设计暴雨重现期", "3年一遇", True),
    ("按…设计", "2026年除险加固水库1座，水库大坝按50年一遇洪水设计。", "大坝设计洪水标准", "20年一遇", True),
    ("治涝", "2026年实施农田排涝工程，治涝标准达到10年一遇。", "农田治涝标准", "5年一遇", True),
]


@pytest.mark.parametrize(("case", "goal", "name", "value", "right"), _RETURN)
def test_rel028(engine: Any, case: str, goal: str, name: str, value: str, right: bool) -> None:
    assert ("REL028" in _rules(engine, goal, quality=[(name, value)])) is _expect("REL028", case, right)


# ---------------------------------------------------------------- REL029 new works in an upkeep project
_NEW_BUILD = [
    # look-alikes: signs, boards, records and monitoring that name a road or dike, a rebuild after a flood
    ("bridge-signs", "2026年农村公路日常养护项目", "新建桥梁桥名牌", "≥20块", False),
    ("road-signs", "2026年城市道路维护项目", "新建道路交通标志", "≥30块", False),
    ("gis", "2026年排水管网维护项目", "新建管网地理信息数据库", "＝1个", False),
    ("monitor", "2026年堤防维修养护项目", "新建堤防位移监测点", "＝12个", False),
    ("rules", "2026年农村公路养护项目", "新建公路养护巡查制度", "＝1项", False),
    ("crews", "2026年小型水利工程管护项目", "新建渠道管护组织", "＝12个", False),
    ("notice-boards", "2026年河道管护项目", "新建堤防公示牌", "＝30块", False),
    ("rebuild", "2026年水毁道路修复重建项目", "新建水毁桥梁", "＝2座", False),
    ("ramps", "2026年城市道路维修项目", "新建无障碍坡道", "≥30处", False),
    ("builds-too", "2026年农村公路养护及新建项目", "新建通村公路", "≥5公里", False),
    ("repair", "2026年城区市政设施维护项目", "修复破损道路", "≥2万平方米", False),
    ("ledger", "2026年农村公路养护项目", "新建公路养护管理台账", "＝1套", False),
    # true cases in new phrasings
    ("国省道", "2026年普通国省道养护项目", "新建公路", "≥5公里", True),
    ("农村公路桥梁", "2026年农村公路养护项目", "新建农村公路桥梁", "＝3座", True),
    ("斗渠", "2026年灌区渠系维修养护项目", "新建斗渠", "≥4公里", True),
    ("雨污分流", "2026年排水设施维护项目", "新建雨污分流管道", "≥3公里", True),
]


@pytest.mark.parametrize(("case", "project", "name", "value", "right"), _NEW_BUILD)
def test_rel029(engine: Any, case: str, project: str, name: str, value: str, right: bool) -> None:
    assert ("REL029" in _rules(engine, project=project, counts=[(name, value)])) is _expect("REL029", case, right)


# ---------------------------------------------------------------- FUND022 unit cost short of the work's line
_ROAD = [("修复路基路面", "≥28公里")]
_UNIT_COST = [
    # look-alikes: a line that pays for more than the priced work, a part's price, a material's, a share
    ("with-ancillary", _ROAD, [("路基路面修复及附属设施费", "≤336万元"), ("路基路面修复单位成本", "≤5万元/公里")], False),
    ("inspection", [("检测桥梁", "＝40座")], [("桥梁检测及维修加固费", "≤400万元"), ("桥梁检测单价", "≤2万元/座")], False),
    ("lamp", [("安装路灯", "＝300盏")], [("路灯安装工程费", "≤150万元"), ("路灯单价", "≤0.2万元/盏")], False),
    ("fixture", [("安装路灯", "＝300盏")], [("路灯安装工程费", "≤150万元"), ("路灯灯具单价", "≤0.2万元/盏")], False),
    ("dredge-and-bank", [("疏浚河道", "≥12公里")], [("河道疏浚及护岸工程费", "≤600万元"), ("河道疏浚单位成本", "≤10万元/公里")], False),
    ("pipe-material", [("铺设污水管网", "≥6公里")], [("污水管网建设费", "≤900万元"), ("污水管材单价", "≤40万元/公里")], False),
    ("per-household", [("改造老旧小区", "＝12个"), ("惠及居民", "≥2000户")], [("老旧小区改造费", "≤5000万元"), ("老旧小区改造户均补助", "≤1万元/户")], False),
    ("county-road", [("日常养护农村公路", "≥1800公里")], [("农村公路养护费", "≤900万元"), ("县道养护单位成本", "≤2万元/公里")], False),
    ("subsidy", [("硬化道路", "≥30公里")], [("道路硬化工程费", "≤600万元"), ("道路硬化补助标准", "≤10万元/公里")], False),
    ("design-fee", _ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复设计费单价", "≤0.5万元/公里")], False),
    ("central-share", [("改造农村危房", "＝100户")], [("农村危房改造补助资金", "≤300万元"), ("危房改造中央补助标准", "≤1万元/户")], False),
    ("right", _ROAD, [("路基路面修复费", "≤336万元"), ("路基路面修复单位成本", "≤12万元/公里")], False),
    # true cases in new phrasings
    ("单位造价", [("硬化村内道路", "≥40公里")], [("村内道路硬化工程费", "≤1200万元"), ("村内道路硬化单位造价", "≤8万元/公里")], True),
    ("综合单价", [("新建污水管网", "≥6公里")], [("污水管网工程建设费", "≤900万元"), ("污水管网建设综合单价", "≤50万元/公里")], True),
    ("候车亭", [("维修改造候车亭", "＝50座")], [("候车亭维修改造费", "≤150万元"), ("候车亭维修改造单价", "≤1万元/座")], True),
    ("单座", [("清淤山塘", "＝30座")], [("山塘清淤费", "≤300万元"), ("单座山塘清淤成本", "≤3万元/座")], True),
]


@pytest.mark.parametrize(("case", "counts", "costs", "right"), _UNIT_COST)
def test_fund022(engine: Any, case: str, counts: list[tuple[str, str]], costs: list[tuple[str, str]],
                 right: bool) -> None:
    assert ("FUND022" in _rules(engine, counts=counts, costs=costs)) is _expect("FUND022", case, right)


# ---------------------------------------------------------------- VAL040 works' acceptance below 100%
_ACCEPTANCE_RATE = [
    # look-alikes: materials, trainees, hidden works, many households' or villages' works, planting
    ("materials", "进场材料验收合格率", "≥98%", False),
    ("materials-of-works", "工程材料进场验收合格率", "≥95%", False),
    ("trainees", "培训学员结业考核合格率", "≥95%", False),
    ("village-projects", "村级项目竣工验收合格率", "≥95%", False),
    ("hidden", "隐蔽工程验收合格率", "≥95%", False),
    ("toilets", "农村户厕改造工程验收合格率", "≥95%", False),
    ("houses", "农村危房改造竣工验收合格率", "≥95%", False),
    ("planting", "造林工程验收合格率", "≥90%", False),
    ("grassland", "退化草原修复工程验收合格率", "≥85%", False),
    ("full", "工程竣工验收合格率", "100%", False),
    ("full-ge", "工程竣工验收合格率", "≥100%", False),
    ("machines", "农机具购置补贴机具验收合格率", "≥95%", False),
    # true cases in new phrasings
    ("交工", "道路工程交工验收合格率", "≥95%", True),
    ("完工", "泵站工程完工验收合格率", "≥98%", True),
    ("质量竣工", "桥梁工程质量竣工验收合格率", "≥90%", True),
    ("供水", "供水工程验收合格率", "95%", True),
]


@pytest.mark.parametrize(("case", "name", "value", "right"), _ACCEPTANCE_RATE)
def test_val040(engine: Any, case: str, name: str, value: str, right: bool) -> None:
    assert ("VAL040" in _rules(engine, quality=[(name, value)])) is _expect("VAL040", case, right)


# ---------------------------------------------------------------- TIME006 竣工验收 before 交工/完工验收
_ACCEPTANCE = [
    # look-alikes: an acceptance outside the pair, other works, other sections or years, a 竣工 that is the building's end
    ("初验", [("初步验收时间", "2026年11月30日前"), ("交工验收时间", "2026年10月31日前")], False),
    ("bridge-road", [("桥梁竣工验收时间", "2026年9月30日前"), ("道路交工验收时间", "2026年11月30日前")], False),
    ("last-year", [("上年度工程竣工验收时间", "2026年3月31日前"), ("本年度工程交工验收时间", "2026年11月30日前")], False),
    ("sections", [("一标段竣工验收", "2026年6月30日前"), ("二标段交工验收", "2026年11月30日前")], False),
    ("carried-over", [("2025年续建工程竣工验收时间", "2026年5月31日前"), ("新建工程交工验收时间", "2026年11月30日前")], False),
    ("same-day", [("竣工验收", "2026年10月31日前"), ("交工验收", "2026年10月31日前")], False),
    ("right-order", [("交工验收", "2026年9月30日前"), ("竣工验收", "2026年12月31日前")], False),
    ("estate-road", [("老旧小区改造竣工验收时间", "2026年10月31日前"), ("配套道路交工验收时间", "2026年11月30日前")], False),
    ("storage", [("水库除险加固竣工验收时间", "2026年10月31日前"), ("水库除险加固蓄水验收时间", "2026年11月30日前")], False),
    ("previous-project", [("上年项目竣工验收", "2026年4月30日前"), ("交工验收", "2026年10月31日前")], False),
    ("built-then-accepted", [("工程竣工时间", "2026年10月31日前"), ("合同工程完工验收时间", "2026年11月30日前")], False),
    ("main-built", [("主体工程竣工时间", "2026年9月30日前"), ("交工验收时间", "2026年10月31日前")], False),
    # true cases in new phrasings
    ("完成时间", [("项目竣工验收完成时间", "2026年9月30日前"), ("项目交工验收完成时间", "2026年11月30日前")], True),
    ("month", [("工程竣工验收", "2026年11月"), ("工程完工验收", "2026年12月")], True),
    ("road", [("道路竣工验收时间", "2026年8月31日前"), ("道路交工验收时间", "2026年10月31日前")], True),
    ("sluice", [("水闸竣工验收", "2026年10月31日前"), ("水闸合同工程完工验收", "2026年12月15日前")], True),
]


@pytest.mark.parametrize(("case", "times", "right"), _ACCEPTANCE)
def test_time006_acceptance_pair(engine: Any, case: str, times: list[tuple[str, str]], right: bool) -> None:
    assert ("TIME006" in _rules(engine, times=times)) is _expect("TIME006", case, right)


# ---------------------------------------------------------------- REL002 执法车 ↔ 巡查/抽查, 哨点 ↔ 病例
# right = REL002 tells the quantity (no line pays for it); the look-alikes are patrols and cases the vehicle or the
# sentinel subsidy pays for, in names the authors did not use
_PATROLS = [
    ("执法执勤用车", "执法执勤用车运行费", "开展市场巡查", "≥1200家次", False),
    ("行政执法车辆", "行政执法车辆运行经费", "巡查校外培训机构", "≥300家次", False),
    ("执法巡查车辆", "执法巡查车辆运行费", "日常巡查河道", "≥150次", False),
    # (written as a look-alike; read again, 抽检 sends samples to a laboratory no vehicle line pays for: told rightly)
    ("执法车辆加油", "执法车辆加油及维修费", "抽检农产品经营户", "≥200户", True),
    # (quiet since precision s24: the vehicle pairs with inspections named by their kind, 专项检查, not 检查 alone)
    ("执法车租赁", "执法车租赁费", "专项检查娱乐场所", "≥80家次", False),
    ("双随机", "执法车辆运行费", "双随机抽查企业", "≥60户", False),
    # true cases: what a vehicle does not pay for
    ("巡查员", "执法车辆运行费", "聘请巡查协管员", "＝10人", True),
    ("记录本", "执法车辆运行费", "印制巡查记录本", "＝500本", True),
]


@pytest.mark.parametrize(("case", "fee", "quantity", "value", "right"), _PATROLS)
def test_rel002_patrols(engine: Any, case: str, fee: str, quantity: str, value: str, right: bool) -> None:
    assert _patrol_told(engine, fee, quantity, value) is _expect("REL002", case, right)


_CASES = [
    ("监测哨点医院补助", "监测哨点医院补助经费", "报告疑似病例", "≥300例", False),
    ("哨点工作经费", "哨点监测工作经费", "上报流感样病例", "≥480例", False),
    ("哨点运维", "哨点医院运维补助", "收集腹泻病例样本", "≥200份", False),
    ("监测点", "监测点工作补助", "报告食源性疾病病例", "≥600例", False),
    ("哨点个案", "哨点医院监测补助", "上报伤害监测个案", "≥1000例", False),
    ("哨点症状", "哨点医院工作补助", "报告发热伴出疹病例", "≥50例", False),
    # true cases: what a sentinel subsidy does not buy
    ("系统", "哨点医院监测工作补助", "建设病例信息系统", "＝1套", True),
    ("运输箱", "哨点医院监测工作补助", "购置病例样本运输箱", "＝8个", True),
]


@pytest.mark.parametrize(("case", "subsidy", "quantity", "value", "right"), _CASES)
def test_rel002_cases(engine: Any, case: str, subsidy: str, quantity: str, value: str, right: bool) -> None:
    assert _cases_told(engine, subsidy, quantity, value) is _expect("REL002", case, right)


# ---------------------------------------------------------------- FUND019 the same-things lexicon
_SAME_THINGS = [
    # look-alikes: as many as the note, other deeds on the toilets, other toilets, other units
    ("equal", "改厕补助资金", "≤200万元", "2000户×1000元/户", (("农村户厕改造", "≥2000户"),), False),
    ("public", "改厕补助资金", "≤200万元", "2000户×1000元/户", (("农村公厕改造", "≥30座"),), False),
    ("clearance", "改厕补助资金", "≤200万元", "2000户×1000元/户", (("户厕改造后粪污清运", "≥2500户"),), False),
    ("revisit", "户厕改造补助", "≤200万元", "2000户×1000元/户", (("改厕户回访", "≥2500户"),), False),
    ("guidance", "厕所改造补助", "≤200万元", "2000户×1000元/户", (("厕所改造技术指导", "≥2500户"),), False),
    ("villages", "改厕补助资金", "≤200万元", "2000户×1000元/户", (("改厕整村推进村", "≥25个"),), False),
    ("rectify", "户厕改造补助", "≤200万元", "2000户×1000元/户", (("改厕问题排查整改", "≥2500户"),), False),
    ("carried", "改厕补助资金", "≤200万元", "2000户×1000元/户", (("完成户厕改造（含2025年结转500户）", "≥2500户"),), False),
    ("tourist", "旅游厕所改造补助资金", "≤100万元", "10座×10万元/座", (("改造农村厕所", "≥12座"),), False),
    ("school", "学校厕所改造补助", "≤100万元", "20所×5万元/所", (("改造农村户厕", "≥25所"),), False),
    ("two-kinds", "改厕补助资金", "≤200万元", "2000户×1000元/户",
     (("新建户厕", "≥500户"), ("改造户厕", "≥2000户")), False),
    ("pits", "改厕补助资金", "≤200万元", "2000户×1000元/户", (("改厕户化粪池清掏", "≥2500户"),), False),
    # true cases in new phrasings
    ("奖补", "农村改厕奖补资金", "≤240万元", "3000户×800元/户", (("户厕改造", "≥3500户"),), True),
    ("改造厕所", "户厕改造补助", "≤180万元", "1500户×1200元/户", (("改造厕所", "≥1800户"),), True),
    ("完成", "改造户厕补助", "≤100万元", "1000户×1000元/户", (("完成厕所改造", "≥1200户"),), True),
    ("任务", "农村户厕改造补助资金", "≤200万元", "2000户×1000元/户", (("完成改厕任务", "≥2400户"),), True),
]


@pytest.mark.parametrize(("case", "name", "value", "note", "outputs", "right"), _SAME_THINGS)
def test_fund019_same_things(engine: Any, case: str, name: str, value: str, note: str,
                             outputs: tuple[tuple[str, str], ...], right: bool) -> None:
    fired = any(f.rule_id == "FUND019" for f in cost_note_findings(engine, name, value, note, outputs))
    assert fired is _expect("FUND019", case, right)


# ---------------------------------------------------------------- held out
# written after the fixes above (the budget year's own season and 汛期前后 in TIME015, the works word ending the name
# and 重建 in REL029, no related pair for things bought, hired or built in REL002), run once and not used to tune them
@pytest.mark.parametrize(("goal", "name", "value", "right"), [
    ("2026年汛期前完成水库放空设施改造，年底前完成大坝灌浆。", "大坝灌浆完成时间", "2026年12月31日前", False),
    ("2026年汛期前完成水库放空设施改造。", "放空设施改造完成时间", "2026年9月30日前", True),
    ("2026年度汛期前完成病险塘坝整治15座。", "病险塘坝整治完成时间", "2026年6月20日前", False),
    ("2026年汛期前后各开展一次水库大坝安全巡查。", "大坝安全巡查完成时间", "2026年11月30日前", False),
    ("2026年新建堤防1.2公里，汛期前完成基础开挖及主体填筑，年底前全部完工。", "工程完工时间", "2026年12月31日前", False),
])
def test_time015_held_out(engine: Any, goal: str, name: str, value: str, right: bool) -> None:
    assert ("TIME015" in _rules(engine, goal, times=[(name, value)])) is right


@pytest.mark.parametrize(("project", "name", "value", "right"), [
    ("2026年灌区维修养护项目", "新建支渠", "≥2公里", True),
    ("2026年农村公路养护项目", "新建农村公路里程", "≥8公里", True),
    ("2026年公路养护项目", "新建公路桥梁限载标志", "＝40块", False),
    ("2026年渠道管护项目", "新建渠道管护责任牌", "＝60块", False),
    ("2026年农村公路灾毁修复重建项目", "新建漫水桥", "＝1座", False),
])
def test_rel029_held_out(engine: Any, project: str, name: str, value: str, right: bool) -> None:
    assert ("REL029" in _rules(engine, project=project, counts=[(name, value)])) is right


@pytest.mark.parametrize(("fee", "quantity", "value", "right"), [
    ("执法车辆运行费", "租用巡查船只", "＝2艘", True),
    ("执法车辆运行费", "开展联合巡查", "≥50次", False),
    ("执法用车运行费", "建设巡查管理平台", "＝1个", True),
])
def test_rel002_patrols_held_out(engine: Any, fee: str, quantity: str, value: str, right: bool) -> None:
    assert _patrol_told(engine, fee, quantity, value) is right


@pytest.mark.parametrize(("subsidy", "quantity", "value", "right"), [
    ("哨点医院监测工作补助", "采购病例采样拭子", "≥2000支", True),
    ("哨点医院工作补助", "核实病例信息", "≥600例", False),
])
def test_rel002_cases_held_out(engine: Any, subsidy: str, quantity: str, value: str, right: bool) -> None:
    assert _cases_told(engine, subsidy, quantity, value) is right

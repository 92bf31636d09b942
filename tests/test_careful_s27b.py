"""Careful round s27b: this session's new checks (REL045 standard-other-medium, REL046 goal-bound-reversed, VAL045
parameter-other-medium-unit, TIME020 term-over-goal, FUND029 one-off-per-period, REL047 cases-over-applications,
FUND027 standard-below-goal, VAL046 standard-head-unit, FUND024's pairing through a line) read against correct
usage: one- or few-line tables a good department writes, each of which must draw none of those rules, beside one true
look-alike each that must still be told; with them the careful tables g778–g787 (tests/test_sector_rules.py: none of
the nine spoke on them). 63 correct variants and 9 true; 4 false findings at first (REL046 1 of 7, TIME020 1 of 7,
FUND027 1 of 7, FUND024 1 of 6; REL045, VAL045, FUND029, REL047, VAL046 none) and 0 of the 9 true missed, 0 and 0
after: a bound followed by 的 picks what the work covers, not the result (对排放浓度高于50mg/m³的燃气锅炉实施改造:
REL046), a limit counted from an event times a task, not a term (质保期满后30日内支付尾款: TIME020), a row of the months
before a raise pays the old figure (1—6月…基本生活费: FUND027), a count's note setting a part apart as paid otherwise
(其中省级下达免费检验600批次: FUND024). All narrowings; no b table's pin moved."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# the checks of this round: none of them may speak on a correct variant
_S27B = {"REL045", "REL046", "VAL045", "TIME020", "FUND029", "REL047", "FUND027", "VAL046", "FUND024"}
V: list[tuple[str, str, dict[str, list[Row]], bool]] = []
_PLAIN = "2027年实施项目。"


def v(rule: str, goal: str, told: bool = False, **rows: list[Row]) -> None:
    """A variant: the rule it is about, the goal, the rows by place (others kept plain), whether it is told."""
    V.append((rule, goal, rows, told))


# ---------------------------------------------------------------- REL045 (a standard of the indicator's own medium)
v("REL045", _PLAIN, quality=[("地下水水质达标率", "≥90%", "按GB/T 14848—2017《地下水质量标准》Ⅲ类评价")])
v("REL045", _PLAIN, quality=[("饮用水水源地水质达标率", "＝100%", "按GB 3838—2002Ⅲ类和GB 5749—2022评价")])
v("REL045", _PLAIN, quality=[("污水处理厂恶臭气体厂界浓度达标率", "＝100%", "按GB 14554—1993《恶臭污染物排放标准》")])
v("REL045", _PLAIN, quality=[("城镇污水处理厂出水水质达标率", "＝100%", "按GB 18918—2002一级A标准")])
v("REL045", _PLAIN, quality=[("水质自动监测站数据有效率", "≥90%", "按HJ 915—2017《地表水自动监测技术规范》")])
v("REL045", _PLAIN, quality=[("入河排污口受纳水体水质达标率", "≥90%",
                               "受纳水体按GB 3838—2002评价，排口出水按GB 8978—1996《污水综合排放标准》")])
v("REL045", _PLAIN, quality=[("建筑施工场界噪声达标率", "≥95%", "按GB 12523—2011《建筑施工场界环境噪声排放标准》")])
v("REL045", _PLAIN, quality=[("土壤和地下水污染状况调查完成率", "＝100%", "按GB 36600—2018和GB/T 14848—2017评价")])
v("REL045", _PLAIN, quality=[("地表水国控断面水质优良比例", "≥85%", "按GB 3096—2008《声环境质量标准》")], told=True)

# ---------------------------------------------------------------- REL046 (the goal's side kept)
v("REL046", "2027年治理黑臭水体7处，治理后水体溶解氧大于2mg/L、氨氮小于8mg/L。",
  quality=[("治理后水体溶解氧", "＞2mg/L"), ("治理后水体氨氮", "＜8mg/L")])
v("REL046", "2027年森林覆盖率达到62%以上。", benefits=[("森林覆盖率", "≥62%")])
v("REL046", "2027年城市污水处理率达到95%以上，污泥含水率降至60%以下。",
  quality=[("城市污水处理率", "≥95%"), ("污泥含水率", "≤60%")])
v("REL046", "2027年对氮氧化物排放浓度高于50mg/m³的燃气锅炉实施低氮改造30台。",
  quality=[("改造后燃气锅炉氮氧化物排放浓度", "≤50mg/m³")])
v("REL046", "2027年对坡度大于25度的坡耕地实施退耕还林1200亩。", counts=[("坡度25度以上坡耕地退耕还林", "≥1200亩")])
v("REL046", "2027年对日处理能力20吨以上的农村污水处理设施开展水质监测，出水化学需氧量低于60mg/L。",
  quality=[("农村污水处理设施出水化学需氧量", "≤60mg/L"), ("监测设施日处理能力", "≥20吨")])
v("REL046", "2027年将溶解氧低于2mg/L的水体纳入治理，治理后水体溶解氧大于2mg/L。",
  quality=[("治理后水体溶解氧", "＞2mg/L")])
v("REL046", "2027年城镇生活污水集中收集率达到70%以上。", quality=[("城镇生活污水集中收集率", "≤70%")], told=True)

# ---------------------------------------------------------------- VAL045 (a parameter in its medium's unit)
v("VAL045", _PLAIN, quality=[("治理后水体氨氮", "≤1.5mg/L"), ("出水化学需氧量", "≤50mg/L")])
v("VAL045", _PLAIN, benefits=[("PM2.5年均浓度", "≤35μg/m³"), ("锅炉氮氧化物排放浓度", "≤50mg/m³")])
v("VAL045", _PLAIN, benefits=[("化学需氧量排放总量削减量", "≥120吨"), ("二氧化硫排放量", "≤300吨")])
v("VAL045", _PLAIN, quality=[("污水处理厂除臭系统氨排放浓度", "≤1.5mg/m³")])
v("VAL045", _PLAIN, quality=[("出厂水二氧化氯余量", "≥0.1mg/L"), ("硝酸盐氮", "≤10mg/L")])
v("VAL045", _PLAIN, quality=[("脱硫废水化学需氧量", "≤150mg/L"), ("脱硝氨逃逸浓度", "≤2.5mg/m³")])
v("VAL045", _PLAIN, quality=[("燃煤锅炉烟气二氧化硫排放浓度", "≤35mg/Nm³")])
v("VAL045", _PLAIN, counts=[("废水氨氮及废气氮氧化物在线监测设备运维", "≥20套")])
v("VAL045", _PLAIN, quality=[("出水总磷", "≤0.5mg/m³")], told=True)

# ---------------------------------------------------------------- TIME020 (a term within the goal's cap)
v("TIME020", "2027年对逝者免除骨灰寄存（3年内）等基本殡葬服务费用。", quality=[("骨灰免费寄存期限", "＝3年")])
v("TIME020", "2027年新建农村供水管网45公里，由施工单位免费维护，维护期不超过2年。", quality=[("管网免费维护期限", "＝2年")])
v("TIME020", "2027年采购水质监测设备12台，设备质保期满后30日内支付尾款。", quality=[("设备质保期", "＝2年")])
v("TIME020", "2027年为新就业高校毕业生发放租房补贴，补贴资金于申请后30天内发放到位。",
  quality=[("租房补贴期限", "＝3年")])
v("TIME020", "2027年临时救助期限一般不超过3个月，就业后给予低保渐退期。", quality=[("低保渐退期", "＝6个月")])
v("TIME020", "2027年对逝者免除骨灰寄存（3年内）费用；寄存满3年以上的按标准收费。", quality=[("骨灰免费寄存期限", "＝36个月")])
v("TIME020", "2027年法律援助申请受理后3日内指派承办律师。", quality=[("法律援助案件办理期限", "＝6个月")])
v("TIME020", "2027年新建农村供水管网由施工单位免费维护（2年内）。", quality=[("管网免费维护期限", "＝3年")], told=True)

# ---------------------------------------------------------------- FUND029 (a one-off paid once)
v("FUND029", "2027年对返乡创业人员给予一次性创业补贴，补贴120户，按每户5000元发放。",
  costs=[("一次性创业补贴标准", "＝5000元/户")])
v("FUND029", "2027年对吸纳就业困难人员的企业给予一次性吸纳就业补贴，每人1000元；按每人每月300元给予社会保险补贴。",
  costs=[("一次性吸纳就业补贴", "≤20万元", "按200人×每人1000元"),
         ("社会保险补贴", "≤72万元", "按200人×每人每月300元×12个月")])
v("FUND029", "2027年对新入职养老护理员给予一次性入职奖励每人3000元，对在岗护理员按每人每月200元发放岗位补贴。",
  costs=[("护理员岗位补贴", "≤36万元", "按150人×每人每月200元×12个月")])
v("FUND029", "2027年对受灾群众一次性发放6个月生活补助，按每人每月500元。",
  costs=[("一次性生活补助", "≤90万元", "按300人×每人每月500元×6个月")])
v("FUND029", "2027年一次性发放全年高龄津贴，按每人每月100元标准。",
  costs=[("高龄津贴资金", "≤120万元", "按1000人×每人每月100元×12个月")])
v("FUND029", "2027年对新评定星级农家乐给予一次性奖励，每家2万元；运营满一年的按每家每年5000元给予运营补贴。",
  costs=[("星级农家乐运营补贴", "≤10万元", "按20家×每家每年5000元")])
v("FUND029", "2027年为新引进博士给予一次性安家补贴，每人3万元。", quality=[("一次性安家补贴发放到位率", "＝100%")])
v("FUND029", "2027年为新引进博士给予一次性安家补贴，每人3万元。",
  costs=[("一次性安家补贴资金", "≤60万元", "按20人×每人每月3万元")], told=True)

# ---------------------------------------------------------------- REL047 (cases within the applications)
v("REL047", "2027年受理法律援助申请950件，办理法律援助案件900件。", counts=[("办理法律援助案件", "≥900件")])
v("REL047", "2027年受理法律援助申请950件，办结含上年结转在内的法律援助案件1000件。",
  counts=[("办理法律援助案件", "≥1000件")])
v("REL047", "2027年受理法律援助申请800件。",
  counts=[("受理法律援助申请", "≥800件"), ("办理法律援助案件", "≥750件")])
v("REL047", "2027年受理司法救助申请50件。", counts=[("办理法律援助案件", "≥900件")])
v("REL047", "2027年受理法律援助申请1.2万件。", counts=[("办理法律援助案件", "≥11000件")])
v("REL047", "2027年受理劳动人事争议仲裁申请500件。", counts=[("办理劳动人事争议仲裁案件", "≥480件")])
v("REL047", "2026年受理法律援助申请950件；2027年预计办理法律援助案件1100件。", counts=[("办理法律援助案件", "≥1100件")])
v("REL047", "2027年受理法律援助申请600件。", counts=[("指派法律援助案件", "≥650件")], told=True)

# ---------------------------------------------------------------- FUND027 (a standard at the goal's)
v("FUND027", "2027年将特困人员基本生活标准由每人每月700元提高到每人每月760元。",
  costs=[("特困人员基本生活标准", "≥760元/人·月")])
v("FUND027", "2027年城市低保标准由每人每月750元提高到每人每月800元，农村低保标准由每人每月550元提高到每人每月600元。",
  costs=[("城市低保标准", "＝800元/人·月"), ("农村低保标准", "＝600元/人·月")])
v("FUND027", "2027年将特困人员基本生活标准由每人每月700元提高到每人每月760元。",
  costs=[("特困人员基本生活标准", "＝9120元/人·年")])
v("FUND027", "2027年特困人员基本生活标准由每人每月700元提高到每人每月760元，全自理人员照料护理补贴每人每月100元。",
  costs=[("特困人员照料护理补贴标准", "＝100元/人·月")])
v("FUND027", "2027年农村低保标准不低于每人每月600元。",
  costs=[("农村低保资金", "≤1560万元", "按2000人×每人每月650元×12个月")])
v("FUND027", "2027年农村低保标准不低于每人每月600元，对重度残疾人分类施保。",
  costs=[("重度残疾人分类施保金", "≤36万元", "按300人×每人每月100元×12个月")])
v("FUND027", "2027年7月起将特困人员基本生活标准由每人每月700元提高到每人每月760元。",
  costs=[("1—6月特困人员基本生活费", "≤1344万元", "按3200人×每人每月700元×6个月")])
v("FUND027", "2027年城乡居民基础养老金最低标准由每人每月160元提高到每人每月180元。",
  costs=[("城乡居民基础养老金标准", "＝160元/人·月")], told=True)

# ---------------------------------------------------------------- VAL046 (a standard per the goal's head)
v("VAL046", "2027年按每户每年600元标准为3200户城乡低保家庭发放冬季取暖补贴。",
  costs=[("低保家庭取暖补贴标准", "＝600元/户·年")])
v("VAL046", "2027年按每户每年600元标准为低保家庭发放取暖补贴，按每人每年600元标准为分散供养特困人员发放取暖补贴。",
  costs=[("分散供养特困人员取暖补贴标准", "＝600元/人·年"), ("低保家庭取暖补贴标准", "＝600元/户·年")])
v("VAL046", "2027年按每户每年600元标准为低保家庭发放取暖补贴，户均2.5人。", costs=[("人均取暖补贴", "＝240元/人·年")])
v("VAL046", "2027年按每人每月100元标准为高龄老人发放高龄津贴。", costs=[("高龄津贴标准", "＝1200元/人·年")])
v("VAL046", "2027年对农村危房改造户按每户2万元补助。", costs=[("危房改造补助标准", "＝2万元/户")])
v("VAL046", "2027年按每户每年600元标准为低保家庭发放取暖补贴。", benefits=[("低保家庭户均增收", "≥600元/户")])
v("VAL046", "2027年按每人每年1200元标准为500名重度残疾人发放护理补贴。",
  costs=[("重度残疾人护理补贴标准", "＝1200元/户·年")], told=True)

# ---------------------------------------------------------------- FUND024 (counts a ceiling price and its line buy)
v("FUND024", _PLAIN, costs=[("委托检验单批次平均费用", "≤400元/批次"), ("食品监督抽检检验费", "≤120万元")],
  counts=[("食品安全监督抽检批次", "≥3000批次")])
v("FUND024", _PLAIN, costs=[("课桌椅采购单价", "≤800元/套"), ("课桌椅采购费", "≤40万元")], counts=[("采购课桌椅", "≥480套")])
v("FUND024", _PLAIN, costs=[("监控摄像机采购单价", "≤2000元/台"), ("监控设备购置费", "≤36万元")],
  counts=[("新增监控摄像机", "≥180台")])
v("FUND024", _PLAIN, costs=[("路灯采购单价", "≤3000元/盏"), ("路灯采购安装及线路改造费", "≤150万元")],
  counts=[("新装太阳能路灯", "≥400盏")])
v("FUND024", _PLAIN, costs=[("委托检验单批次平均费用", "≤400元/批次"), ("食品监督抽检检验费", "≤96万元")],
  counts=[("食品安全监督抽检批次", "≥3000批次", "其中省级下达免费检验600批次")])
v("FUND024", _PLAIN, costs=[("委托检验单批次平均费用", "≤400元/批次"), ("食品监督抽检检验费", "≤120万元")],
  counts=[("食品安全监督抽检批次", "≥0.3万批次")])
v("FUND024", _PLAIN, costs=[("课桌椅采购单价", "≤800元/套"), ("课桌椅采购费", "≤40万元")], counts=[("采购课桌椅", "≥600套")],
  told=True)


def _s27b_rules(engine: Any, goal: str, rows: dict[str, list[Row]]) -> set[str]:
    text = table_2027(goal, **rows)
    return {f.rule_id for f in engine.check_source(load_text(text, "careful_s27b.yaml")).findings} & _S27B


def _told_by_rel046_alone(engine: Any, goal: str, rows: dict[str, list[Row]]) -> set[str]:
    """REL046 yields to VAL006/VAL015 where they tell the same indicator (PM10年均浓度 ≥50μg/m³: VAL006 by its name):
    one of them must tell it, and REL046 must with them switched off; the round's rules found that way."""
    everything = {f.rule_id for f in engine.check_source(load_text(table_2027(goal, **rows), "s27b.yaml")).findings}
    assert everything & {"VAL006", "VAL015"}, everything
    return _s27b_rules(Engine.build(Config(ignore=["VAL006", "VAL015"])), goal, rows)


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), V, ids=[f"{case[0]}-{n}" for n, case in enumerate(V)])
def test_correct_usage_draws_no_s27b_finding(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]],
                                             told: bool) -> None:
    found = _s27b_rules(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found


# held out: written after the fixes, run once, not tuned on (told = the rule named speaks). 14 of 15 right at the
# first run: 消防栓采购最高限价 was no price to FUND024 at all (unit_prices leaves out names with 最高 as caps on one
# item's subsidy); a procurement's 限价 is read on the line's path since (LIMIT_PRICE below), 15 of 15
HELD_OUT: list[tuple[str, str, dict[str, list[Row]], bool]] = [
    ("REL045", _PLAIN, {"quality": [("城市声环境功能区夜间达标率", "≥85%", "按GB 3096—2008《声环境质量标准》")]}, False),
    ("REL045", _PLAIN, {"quality": [("建设用地土壤污染风险管控率", "＝100%", "按GB 3838—2002《地表水环境质量标准》")]}, True),
    ("REL046", "2027年对坡度25度以上的坡耕地实施退耕还林800亩，造林成活率达到85%以上。",
     {"quality": [("造林成活率", "≥85%")]}, False),
    ("REL046", "2027年县城PM10年均浓度低于50μg/m³。", {"benefits": [("县城PM10年均浓度", "≥50μg/m³")]}, True),
    ("VAL045", _PLAIN, {"quality": [("厂界非甲烷总烃浓度", "≤4mg/L")]}, True),
    ("TIME020", "2027年对逝者免除遗体暂存（3天内）费用。", {"quality": [("遗体免费暂存期限", "＝7天")]}, True),
    ("FUND029", "2027年对退役军人给予一次性自主就业创业补助，每人8000元；对就读的给予每人每年3000元学费资助。",
     {"costs": [("退役军人学费资助", "≤30万元", "按100人×每人每年3000元")]}, False),
    ("FUND029", "2027年对新入驻孵化基地的创业实体给予一次性开业补贴，每户3000元。",
     {"costs": [("一次性开业补贴资金", "≤18万元", "按60户×每户每月3000元")]}, True),
    ("REL047", "2027年受理法律援助申请1200件，办理法律援助案件1150件，其中刑事案件400件。",
     {"counts": [("办理刑事法律援助案件", "≥400件"), ("办理法律援助案件", "≥1150件")]}, False),
    ("REL047", "2027年预计受理法律援助申请700件。", {"counts": [("承办法律援助案件", "≥760件")]}, True),
    ("FUND027", "2027年农村低保标准不低于每人每月600元。",
     {"costs": [("农村低保金", "≤1320万元", "按2000人×每人每月550元×12个月")]}, True),
    ("VAL046", "2027年按每人每月80元标准为农村留守儿童发放营养补助。", {"costs": [("留守儿童营养补助标准", "＝960元/人·年")]}, False),
    ("VAL046", "2027年按每户每年1000元标准为320户脱贫监测户发放产业奖补。", {"costs": [("监测户产业奖补标准", "＝1000元/人·年")]},
     True),
    ("FUND024", _PLAIN, {"costs": [("消防栓采购最高限价", "≤5000元/个"), ("消防栓采购费", "≤50万元")],
                         "counts": [("新装市政消防栓", "≥100个")]}, False),
    ("FUND024", _PLAIN, {"costs": [("消防栓采购最高限价", "≤5000元/个"), ("消防栓采购费", "≤50万元")],
                         "counts": [("新装市政消防栓", "≥120个")]}, True),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), HELD_OUT,
                         ids=[f"held-{c[0]}-{n}" for n, c in enumerate(HELD_OUT)])
def test_held_out_after_the_fixes(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    found = _s27b_rules(engine, goal, rows)
    if told and rule == "REL046" and not found:
        found = _told_by_rel046_alone(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found


# FUND024 widened (careful s27b): a procurement's ceiling price (…最高限价 ≤800元/套), which FUND007's pairing and
# unit_prices leave out as a cap, is read on the line's path. Measured on these eleven look-alikes: 1 told at first
# (农机购置补贴限价, by FUND007's pairing before the widening too: a cap on each machine's subsidy), 0 after; the five
# held out below, written after: 4 of 5 right (路灯 missed, pinned)
_DESKS = ("课桌椅采购最高限价", "≤800元/套")
_DESK_LINE = ("课桌椅采购费", "≤40万元")
LIMIT_PRICE: list[Any] = [
    ([_DESKS, _DESK_LINE], [("采购课桌椅", "＝500套")], False),  # the line bought at the ceiling
    ([_DESKS, _DESK_LINE], [("采购课桌椅", "≥450套")], False),
    ([_DESKS, ("课桌椅采购费", "≤41万元")], [("采购课桌椅", "≥600套")], False),  # not worked out at the ceiling
    ([_DESKS, _DESK_LINE, ("课桌椅运输安装费", "≤5万元")], [("采购课桌椅", "≥600套")], False),  # two lines alike
    ([("农机购置补贴限价", "≤15000元/台"), ("农机购置补贴资金", "≤300万元")], [("补贴农机", "≥250台")], False),
    ([_DESKS, _DESK_LINE], [("采购课桌椅", "≥600张")], False),  # another unit
    ([_DESKS, _DESK_LINE], [("其中：采购课桌椅", "≥600套")], False),  # a part
    ([_DESKS, _DESK_LINE], [("采购课桌椅", "≥600套"), ("采购课桌椅（含讲台）", "≥20套")], False),  # two counts
    ([("设备租赁最高限价", "≤2000元/台·年"), ("设备租赁费", "≤20万元")], [("租赁设备", "≥120台")], False),  # per year
    ([_DESKS, ("一体机采购最高限价", "≤12000元/台"), ("教学设备采购费", "≤112万元")],
     [("采购课桌椅", "≥500套"), ("采购一体机", "≥60台")], False),  # one line of two items
    ([("课桌椅采购限价", "＝800元/套"), _DESK_LINE], [("采购课桌椅", "≥600套")], False),  # exact: FUND007's
    ([_DESKS, _DESK_LINE], [("采购课桌椅", "≥600套")], True),
    # held out, written after the widening
    ([("路灯采购最高限价", "≤3000元/盏"), ("路灯采购安装费", "≤90万元")], [("新装路灯", "≥300盏")], False),
    # missed at first: 新装路灯 shares only 路灯 with its line, the path asked three characters; told since s28 (a count
    # naming only the thing the line and the price name, past a word of fitting it)
    ([("路灯采购最高限价", "≤3000元/盏"), ("路灯采购安装费", "≤90万元")], [("新装路灯", "≥360盏")], True),
    ([("电脑采购最高限价", "≤5000元/台"), ("办公电脑采购费", "≤30万元")], [("采购办公电脑", "≥60台")], False),
    ([("电脑采购最高限价", "≤5000元/台"), ("办公电脑采购费", "≤30万元")], [("采购办公电脑", "≥70台")], True),
    ([("垃圾桶采购最高限价", "≤300元/个"), ("分类垃圾桶采购费", "≤6万元")], [("配置分类垃圾桶", "≥200个")], False),
]


@pytest.mark.parametrize(("costs", "counts", "told"), LIMIT_PRICE, ids=[f"limit-{n}" for n in range(len(LIMIT_PRICE))])
def test_a_ceiling_price_named_limit_holds_its_count(engine: Any, costs: list[Row], counts: list[Row],
                                                     told: bool) -> None:
    found = _s27b_rules(engine, _PLAIN, {"costs": costs, "counts": counts})
    assert ("FUND024" in found) is told, found

"""Careful round s25b: session 25's seven new warnings (VAL041 thing-unit, REL033 households-over-posts, REL034
product-over-input, REL035 stock-as-target, REL036 time-unit-looser, TIME017 span-off-year, FUND024 count-over-line)
read against correct usage: one- or two-line tables a good department writes (a substance in 吨 beside the machines
in 台, households no more than the posts, a product lighter than its inputs, a running total to the end of 2027, a
limit in another unit as strict as the goal's, a season crossing the year, a count the line buys at its price), each
of which must draw none of those rules, beside true look-alikes that must still be told; with them the careful
tables g748–g757 (tests/test_sector_rules.py). 77 correct variants and 10 true; 18 false findings of 10 kinds at first
(VAL041 0 of 11, REL033 1 of 10, REL034 4 of 11, REL035 4 of 10, REL036 3 of 11, TIME017 5 of 13, FUND024 1 of 11),
0 after: posts held in turns (REL033), a weight per day or per 亩 taken for the year's input (REL034), a total within
the year (全年累计, 2027年累计: REL035), 180秒 read a hair above 3分钟, an average the goal sets against a ceiling for
each case, another place's limit (REL036), seasons crossing the year by nature not listed (取暖, 榨季, 冬修, 防火紧要期)
and a spring campaign's rate (TIME017), a price paying two lines' work (FUND024); all narrowings."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# the seven checks session 25 added: none of them may speak on a correct variant
_S25 = {"VAL041", "REL033", "REL034", "REL035", "REL036", "TIME017", "FUND024"}
V: list[tuple[str, str, dict[str, list[Row]], bool, str]] = []


def v(rule: str, goal: str, told: bool = False, total: str = "1000", **rows: list[Row]) -> None:
    """A variant: the rule it is about, the goal, the rows by place (others kept plain), whether it is told, and the
    funds' total in 万元."""
    V.append((rule, goal, rows, told, total))


# ---------------------------------------------------------------- VAL041 (substances in 吨 beside machines in 台)
v("VAL041", "2027年报废老旧农机320台，年减少柴油消耗约960吨。",
  counts=[("报废老旧农机", "≥320台"), ("年减少柴油消耗", "≥960吨")])
v("VAL041", "2027年购置秸秆打捆机20台，收储秸秆1.2万吨。", counts=[("购置秸秆打捆机", "≥20台"), ("秸秆收储量", "≥1.2万吨")])
v("VAL041", "2027年配置餐厨垃圾收运车6辆，日收运餐厨垃圾30吨。",
  counts=[("配置餐厨垃圾收运车", "≥6辆"), ("餐厨垃圾日收运量", "≥30吨")])
v("VAL041", "2027年年资源化处理畜禽粪污6万吨。",
  counts=[("年资源化处理畜禽粪污", "≥6万吨"), ("配套粪污处理设施的规模养殖场", "≥45个")])
v("VAL041", "2027年新建粪污处理中心1座，处理能力10万头猪当量。", counts=[("粪污处理能力（生猪当量）", "≥10万头")])
v("VAL041", "2027年配备植保无人机30架，农药使用量减少5%。",
  counts=[("配备植保无人机", "≥30架")], benefits=[("农药使用量减少", "≥5%")])
v("VAL041", "2027年发放商品有机肥2000吨，示范5000亩。",
  counts=[("发放有机肥", "≥2000吨"), ("有机肥替代化肥示范", "≥5000亩"), ("受益农户", "≥1200户")])
v("VAL041", "2027年淘汰燃煤锅炉12台，年减少燃煤消耗3600吨。",
  counts=[("淘汰燃煤锅炉", "≥12台"), ("年减少燃煤消耗", "≥3600吨")])
v("VAL041", "2027年出栏肉牛1200头，收储饲草8000吨。", counts=[("出栏肉牛", "≥1200头"), ("饲草收储量", "≥8000吨")])
v("VAL041", "2027年推广秸秆还田机具40台套，秸秆还田5万亩。",
  counts=[("推广秸秆还田机具", "≥40台套"), ("秸秆还田", "≥5万亩")])
v("VAL041", "2027年安装一体化污水处理设备12台，年处理污水36万立方米。",
  counts=[("一体化污水处理设备", "≥12台"), ("污水处理量", "≥36万立方米")])
# true look-alikes
v("VAL041", "2027年报废老旧农机320台。", True, counts=[("报废老旧农机年减少柴油消耗", "≥120台")])
v("VAL041", "2027年处理畜禽粪污。", True, counts=[("年资源化处理畜禽粪污", "≥6万头")])

# ---------------------------------------------------------------- REL033 (households no more than the posts)
_RANGER = "2027年聘用脱贫人口生态护林员320名，每人每年9600元，带动脱贫家庭增收。"
v("REL033", _RANGER, total="307.2", costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年")],
  benefits=[("带动脱贫家庭增收户数", "≥320户")])
v("REL033", _RANGER, total="307.2", costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年")],
  benefits=[("带动脱贫人口增收人数", "≥1100人")])
v("REL033", _RANGER, total="307.2", costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年")],
  benefits=[("带动脱贫家庭增收户数", "≥300户")])
v("REL033", _RANGER, total="317", costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年"),
                                         ("护林员培训及巡护装备经费", "≤9.8万元")],
  benefits=[("带动脱贫家庭增收户数", "≥320户")])
v("REL033", "2027年聘用生态护林员320名，带动脱贫家庭增收。", total="288",
  costs=[("护林员劳务补助", "≤288万元"), ("护林员补助标准", "＝9000元/人·年")], benefits=[("带动脱贫家庭增收户数", "≥320户")])
v("REL033", "2027年聘用生态护林员320名，每人每月800元，带动脱贫家庭增收。", total="307.2",
  costs=[("生态护林员劳务补助", "≤307.2万元")], benefits=[("带动脱贫家庭增收户数", "≥320户")])
v("REL033", "2027年开发乡村保洁员岗位160个，每期6个月，全年分两期聘用脱贫劳动力320人，每人每月2000元，带动脱贫家庭增收。",
  total="384", costs=[("乡村保洁员岗位补贴", "≤384万元", "160个岗位×12个月×2000元")],
  counts=[("乡村保洁员岗位", "＝160个"), ("全年聘用脱贫劳动力", "≥320人")], benefits=[("带动脱贫家庭增收户数", "≥320户")])
v("REL033", "2027年聘用护林员320名（含监测对象80名），每人每年9600元，带动脱贫户和监测对象家庭增收。", total="307.2",
  costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年")], benefits=[("带动监测对象家庭增收户数", "≥80户")])
v("REL033", _RANGER, total="307.2", costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年")],
  benefits=[("累计带动脱贫家庭增收户数", "≥1200户")])
v("REL033", "2027年聘用脱贫人口护路员200名、保洁员120名，带动脱贫家庭增收。", total="307.2",
  costs=[("护路员和保洁员劳务补助", "≤307.2万元", "320人×9600元/人·年")], benefits=[("带动脱贫家庭增收户数", "≥320户")])
# true look-alike
v("REL033", _RANGER, True, total="307.2", costs=[("生态护林员劳务补助", "≤307.2万元", "320人×9600元/人·年")],
  benefits=[("带动脱贫家庭增收户数", "≥350户")])

# ---------------------------------------------------------------- REL034 (products lighter than their inputs)
v("REL034", "2027年资源化处理畜禽粪污6万吨，生产有机肥1.5万吨。", counts=[("生产有机肥", "≥1.5万吨")])
v("REL034", "2027年建设日处理畜禽粪污200吨的有机肥厂1座，年生产有机肥2万吨。", counts=[("年生产有机肥", "≥2万吨")])
v("REL034", "2027年日均收运餐厨垃圾50吨，年产有机肥3000吨。", counts=[("年产有机肥", "≥3000吨")])
v("REL034", "2027年订单收购稻谷1万吨，加工大米6500吨。", counts=[("加工大米", "≥6500吨")])
v("REL034", "2027年推广优质稻2万亩，稻谷亩产达到550公斤，订单加工大米3000吨。", counts=[("加工大米", "≥3000吨")])
v("REL034", "2027年收储小麦5000吨，加工面粉3600吨。", counts=[("加工面粉", "≥3600吨")])
v("REL034", "2027年新建茶叶加工厂，收购加工鲜叶1200吨，生产干茶280吨。", counts=[("生产干茶", "≥280吨")])
v("REL034", "2027年收集秸秆3万吨、畜禽粪污5万吨，生产有机肥2.5万吨。", counts=[("生产有机肥", "≥2.5万吨")])
v("REL034", "2027年推广有机肥替代化肥，施用有机肥2万吨，处理畜禽粪污1万吨。", counts=[("施用有机肥", "≥2万吨")])
v("REL034", "2027年稻谷单产每亩500公斤以上，建设大米加工厂，年加工大米1000吨。", counts=[("年加工大米", "≥1000吨")])
v("REL034", "2027年收集畜禽粪污4万吨。", counts=[("收集畜禽粪污", "≥4万吨"), ("有机肥产量", "≥1万吨")])
# true look-alike
v("REL034", "2027年年资源化处理畜禽粪污6万吨以上。", True, counts=[("生产有机肥", "≥7万吨")])

# ---------------------------------------------------------------- REL035 (running totals to the end of 2027)
v("REL035", "截至2026年底全县已累计建成高标准农田45万亩，2027年新建3万亩，到2027年底累计建成48万亩。",
  counts=[("累计建成高标准农田面积", "≥48万亩")])
v("REL035", "截至2026年底已累计培训高素质农民1.2万人次，2027年培训3000人次。", counts=[("全年累计培训高素质农民", "≥3000人次")])
v("REL035", "截至2026年底已累计建成村级综合服务站120个，2027年新建20个。", counts=[("2027年累计新建村级综合服务站", "≥20个")])
v("REL035", "截至2026年底全市已累计建成高标准农田45万亩，2027年新建3万亩。", counts=[("累计建成高标准农田面积", "≥3.2万公顷")])
v("REL035", "到2027年底累计完成造林15万亩。", counts=[("累计完成造林面积", "≥15万亩")])
v("REL035", "截至2026年底累计改造农村户厕3.6万户，2027年改造2000户。", counts=[("2027年农村户厕改造", "≥2000户")])
v("REL035", "截至2026年底已累计建成高标准农田45万亩。", counts=[("新建高标准农田", "≥3万亩")],
  lasting=[("高标准农田累计建成面积占永久基本农田比例", "≥70%")])
v("REL035", "截至2026年底全县累计建成5G基站1200个，2027年新建200个，累计达1400个。", counts=[("累计建成5G基站", "≥1400个")])
v("REL035", "截至2026年底已累计救治先天性心脏病患儿320名，2027年救治60名。", counts=[("本年度累计救治先天性心脏病患儿", "≥60名")])
v("REL035", "截至2026年底已累计建成高标准农田45万亩，2027年新建3万亩。", counts=[("年内累计新建高标准农田", "≥3万亩")])
# true look-alike
v("REL035", "截至2026年底全市已累计建成高标准农田45万亩，2027年新建3万亩。", True,
  counts=[("全市累计建成高标准农田面积", "≥45万亩")])
v("REL035", "截至2026年底全市已累计建成高标准农田45万亩，2027年新建3万亩。", True,
  counts=[("到2027年度累计建成高标准农田面积", "≥45万亩")])

# ---------------------------------------------------------------- REL036 (limits in another unit, no looser)
v("REL036", "2027年维护城区路灯，路灯故障修复时间不超过24小时。", times=[("路灯故障修复时间", "≤1天")])
v("REL036", "2027年接警后30分钟内到达现场。", times=[("到达现场时间", "≤0.5小时")])
v("REL036", "2027年开通便民热线，群众来电24小时内答复。", times=[("来电答复时间", "≤1天")])
v("REL036", "2027年法律援助申请5个工作日内审查办结。", times=[("法律援助申请审查办结时间", "≤7天")])
v("REL036", "2027年司法鉴定意见在10日内出具。", times=[("鉴定意见出具时间", "≤7个工作日")])
v("REL036", "2027年城区平均出警时间控制在15分钟以内。", times=[("平均出警时间", "≤15分钟"), ("最长出警时间", "≤1小时")])
v("REL036", "2027年城区接警后15分钟内到达现场。", times=[("城区到达现场时间", "≤15分钟"), ("农村地区到达现场时间", "≤1小时")])
v("REL036", "2027年受灾群众12小时内得到初步救助。", times=[("初步救助时间", "≤0.5天")])
v("REL036", "2027年设备故障2小时内响应。", times=[("设备故障修复时间", "≤2天")])
v("REL036", "2027年投诉举报7日内核查处理。", times=[("投诉举报核查处理时间", "≤5个工作日")])
v("REL036", "2027年急救车辆接到指令后3分钟内出车。", times=[("急救车辆出车时间", "≤180秒")])
# true look-alike
v("REL036", "2027年路灯故障修复时间不超过24小时。", True, times=[("路灯故障修复时间", "≤2天")])

# ---------------------------------------------------------------- TIME017 (seasons crossing the year; whole-year rates)
v("TIME017", "2027年资助家庭经济困难学生。", counts=[("资助学生人数（2026年9月—2027年7月学年）", "≥3200人")])
v("TIME017", "2027年保障城区集中供热。", counts=[("供暖期（2026年11月15日—2027年3月15日）供热面积", "≥120万平方米")])
v("TIME017", "2027年实施农村清洁取暖改造。", counts=[("清洁取暖补贴户数（2026年11月—2027年3月）", "≥3000户")])
v("TIME017", "2027年加强森林防火巡护。", counts=[("森林防火紧要期（2026年12月—2027年4月）巡护人次", "≥6000人次")])
v("TIME017", "2027年支持糖料蔗收购。", counts=[("2026/2027榨季（2026年11月—2027年4月）甘蔗收购量", "≥30万吨")])
v("TIME017", "2027年开展冬春农田水利建设。", counts=[("冬春季（2026年12月—2027年3月）农田水利建设面积", "≥2万亩")])
v("TIME017", "2027年组织冬修水利。", counts=[("冬修水利（2026年10月—2027年3月）整治山塘", "≥20座")])
v("TIME017", "2027年实施枯水期生态补水。", counts=[("枯水期（2026年11月—2027年4月）生态补水量", "≥1200万立方米")])
v("TIME017", "2027年开展食品安全监督抽检。", quality=[("全年食品抽检合格率", "≥97%")])
v("TIME017", "2027年办理法律援助案件。", quality=[("2027年1—12月法律援助案件结案率", "≥95%")])
v("TIME017", "2027年资金按进度拨付。", quality=[("截至2027年6月底资金支出进度", "≥50%")])
v("TIME017", "2027年组织春、秋两季重大动物疫病集中免疫。", quality=[("2027年上半年春季集中免疫抗体合格率", "≥70%")])
v("TIME017", "2027年保障城区集中供热。", quality=[("采暖季（2026年10月15日—2027年4月15日）室温达标率", "≥95%")])
# true look-alikes
v("TIME017", "2027年开展法律援助。", True, counts=[("2026年10月至2027年9月以案定补案件数", "≥1200件")])
v("TIME017", "2027年开展法律援助。", True, quality=[("截至2027年9月底法律援助案件结案率", "≥95%")])

# ---------------------------------------------------------------- FUND024 (counts the line buys at its price)
_PRICE = ("委托检验单批次平均费用", "≤400元/批次")
v("FUND024", "2027年开展食品安全监督抽检2400批次。",
  costs=[("食品监督抽检检验费", "≤96万元"), _PRICE], counts=[("食品安全监督抽检批次", "≥2400批次")])
v("FUND024", "2027年开展食品安全监督抽检2400批次，农贸市场快检2万批次。",
  costs=[("食品监督抽检检验费", "≤96万元"), _PRICE],
  counts=[("食品安全监督抽检批次", "≥2400批次"), ("农贸市场快速检测批次", "≥20000批次")])
v("FUND024", "2027年法律援助以案定补。", costs=[("以案定补经费", "≤80万元"), ("以案定补标准", "300-500元/件")],
  counts=[("以案定补案件", "≥1600件")])
v("FUND024", "2027年开展专家技术服务。", costs=[("专家技术服务费", "≤18万元"), ("专家技术服务费标准", "≤1500元/人次")],
  counts=[("专家技术服务", "≥120人次")])
v("FUND024", "2027年开展食品安全监督抽检。", costs=[("食品监督抽检检验费", "≤96万元"), _PRICE],
  counts=[("抽检覆盖食品生产企业", "≥300家")])
v("FUND024", "2027年强制检定计量器具150台。", costs=[("计量器具检定费", "≤30万元"), ("计量器具检定单价", "≤2000元/台")],
  counts=[("强制检定计量器具", "≥150台")])
v("FUND024", "2027年开展食品和食用农产品抽检2400批次。",
  costs=[("食品监督抽检检验费", "≤56万元"), ("农产品抽检检测费", "≤40万元"), ("单批次抽检检验费用", "≤400元/批次")],
  counts=[("食品和食用农产品抽检批次", "≥2400批次")])
v("FUND024", "2027年免费体检3000人。", costs=[("免费体检费", "≤24万元"), ("体检费标准", "≤800元/人")],
  counts=[("免费体检人数", "≥300人")])
v("FUND024", "2027年开展食品安全监督抽检2400批次。",
  costs=[("食品监督抽检检验费", "≤96万元"), _PRICE], counts=[("食品安全监督抽检批次", "＝2400批次")])
v("FUND024", "2027年开展食品安全监督抽检2440批次。",
  costs=[("食品监督抽检检验费", "≤96万元"), _PRICE], counts=[("食品安全监督抽检批次", "≥2440批次")])
v("FUND024", "2027年开展食品安全监督抽检2400批次（其中省级下沉抽检600批次由省级承担检验费）。",
  costs=[("本级食品抽检检验费", "≤72万元"), _PRICE],
  counts=[("食品安全监督抽检批次", "≥2400批次"), ("其中：本级委托抽检批次", "≥1800批次")])
# true look-alike
v("FUND024", "2027年开展食品安全监督抽检。", True, costs=[("食品监督抽检检验费", "≤96万元"), _PRICE],
  counts=[("食品安全监督抽检批次", "≥3000批次")])


def _s25_rules(engine: Any, goal: str, rows: dict[str, list[Row]], total: str) -> set[str]:
    text = table_2027(goal, total, **rows)
    return {f.rule_id for f in engine.check_source(load_text(text, "careful_s25b.yaml")).findings} & _S25


@pytest.mark.parametrize(("rule", "goal", "rows", "told", "total"), V,
                         ids=[f"{case[0]}-{n}" for n, case in enumerate(V)])
def test_correct_usage_draws_no_s25_finding(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]],
                                            told: bool, total: str) -> None:
    found = _s25_rules(engine, goal, rows, total)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found


# held out: written after the fixes, run once, not tuned on (told = the rule named speaks). Before the fixes 9 of 15
# right, after them 14 of 15 as first labelled (15 of 15 with the one relabelled below)
HELD_OUT: list[tuple[str, str, dict[str, list[Row]], bool, str]] = [
    ("VAL041", "2027年淘汰老旧柴油货车150辆，年减少柴油消耗900吨。",
     {"counts": [("淘汰老旧柴油货车", "≥150辆"), ("年减少柴油消耗量", "≥900吨")]}, False, "1000"),
    ("VAL041", "2027年推广饲草青贮。", {"counts": [("青贮饲草", "≥3000头")]}, True, "1000"),
    ("REL033", "2027年选聘脱贫人口护林员500名，实行轮岗管理，每人每年9600元，带动脱贫家庭增收。",
     {"costs": [("生态护林员劳务补助", "≤480万元", "500人×9600元/人·年")], "benefits": [("带动脱贫家庭增收户数", "≥520户")]},
     False, "480"),
    ("REL033", "2027年选聘脱贫人口护林员500名，每人每年9600元，带动脱贫家庭增收。",
     {"costs": [("生态护林员劳务补助", "≤480万元", "500人×9600元/人·年")], "benefits": [("带动脱贫家庭增收户数", "≥520户")]},
     True, "480"),
    ("REL034", "2027年建设日加工稻谷100吨的大米加工厂，全年加工大米1.5万吨。", {"counts": [("加工大米", "≥1.5万吨")]}, False,
     "1000"),
    ("REL034", "2027年收购稻谷1万吨，加工大米。", {"counts": [("加工大米", "≥1.2万吨")]}, True, "1000"),
    ("REL035", "截至2026年底已累计建成农村公路4200公里，2027年新建180公里。", {"counts": [("当年累计新建农村公路", "≥180公里")]},
     False, "1000"),
    ("REL035", "截至2026年底已累计建成农村公路4200公里，2027年新建180公里。", {"counts": [("累计建成农村公路", "≥4200公里")]},
     True, "1000"),
    # written as correct usage and told when run: read again, the goal's 县域内 holds the mountain areas to 20分钟 too,
    # so the finding is true and the case is labelled so (the only one of the fifteen changed after the run)
    ("REL036", "2027年县域内接警后20分钟内到达现场。", {"times": [("偏远山区到达现场时间", "≤1小时")]}, True, "1000"),
    ("REL036", "2027年城区平均到达现场时间不超过12分钟。", {"times": [("平均到达现场时间", "≤0.5小时")]}, True, "1000"),
    ("TIME017", "2027年保障农村冬季取暖。", {"counts": [("农村清洁取暖改造（2026年10月—2027年4月）", "≥2000户")]}, False, "1000"),
    ("TIME017", "2027年开展春耕农资打假。", {"quality": [("2027年1—4月春耕农资抽检合格率", "≥96%")]}, False, "1000"),
    ("TIME017", "2027年开展电梯安全监督检查。", {"quality": [("2027年1—6月电梯监督检验合格率", "≥98%")]}, True, "1000"),
    ("FUND024", "2027年开展农产品质量安全定量检测1200批次。",
     {"costs": [("定量检测单价", "≤500元/批次"), ("农产品定量检测费", "≤60万元")], "counts": [("农产品定量检测", "≥1200批次")]},
     False, "1000"),
    ("FUND024", "2027年开展农产品质量安全定量检测。",
     {"costs": [("定量检测单价", "≤500元/批次"), ("农产品定量检测费", "≤60万元")], "counts": [("农产品定量检测", "≥1500批次")]},
     True, "1000"),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told", "total"), HELD_OUT,
                         ids=[f"held-{c[0]}-{n}" for n, c in enumerate(HELD_OUT)])
def test_held_out_after_the_fixes(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool,
                                  total: str) -> None:
    found = _s25_rules(engine, goal, rows, total)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found

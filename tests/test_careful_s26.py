"""Careful round s26: the second wave's five warnings (REL037 visits-over-sessions, REL038 ceiling-over-baseline,
REL039 rate-over-counts, VAL042 growth-short, TIME018 award-before-results) read against correct usage: one- or
few-line tables a good department writes, each of which must draw none of those rules, beside true look-alikes that
must still be told; with them the careful tables g758–g767 (tests/test_sector_rules.py, none of the five spoke).
60 correct variants and 10 true; 18 false findings of 11 kinds at first
(REL037 5 of 16, REL038 1 of 11, REL039 5 of 12, VAL042 3 of 12, TIME018 4 of 9) and 2 of the 10 true missed (the
strict xfails of tests/test_merge_s25.py), 0 and 0 after: a floor per person (每人2次以上, 不少于) and other people of
the act in the goal or the name (REL037), a wider count than the goal's (全县事故死亡人数: REL038), a part of another
group or period (上年结转, 续建), a whole lacking the rate's 规上, a rate of fixing over the places inspected (REL039),
a growth of another thing in the same clause and a growth 左右 (VAL042), a fee or last year's award paid in the year
(TIME018); the misses told by reading words between 每人 and the sessions and a level alone in the next clause."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# the five checks of the second wave: none of them may speak on a correct variant
_S26 = {"REL037", "REL038", "REL039", "VAL042", "TIME018"}
V: list[tuple[str, str, dict[str, list[Row]], bool]] = []
# a deadline row paying nothing, so that the default 资金拨付完成时间 in 2027 draws no TIME018
_DONE = [("项目完成时间", "2027年12月31日前")]


def v(rule: str, goal: str, told: bool = False, **rows: list[Row]) -> None:
    """A variant: the rule it is about, the goal, the rows by place (others kept plain), whether it is told."""
    rows.setdefault("times", _DONE)
    V.append((rule, goal, rows, told))


# ---------------------------------------------------------------- REL037 (visits no more than people × sessions)
# (1) per person at least k: the visits may run above people × k
v("REL037", "2027年培训村级网格员200人，每人2次以上。", counts=[("网格员培训人次", "≥500人次")])
v("REL037", "2027年培训乡村医生300名，每人参加培训不少于2次。", counts=[("乡村医生培训人次", "≥700人次")])
v("REL037", "2027年培训家庭农场主150人，每人至少3期。", counts=[("家庭农场主培训人次", "≥500人次")])
# (2) other people trained in another clause: the visits are of both
v("REL037", "2027年培训村干部200人，每人2次；培训网格员300人。", counts=[("村干部和网格员培训人次", "≥700人次")])
v("REL037", "2027年分2期培训新任村干部120名，另培训村级后备力量400名。", counts=[("村干部及后备力量培训人次", "≥640人次")])
# (3) the sessions per month or per quarter: a year of them
v("REL037", "2027年为200名残疾儿童提供康复训练，每人每月4次。", counts=[("残疾儿童康复训练人次", "≥9600人次")])
v("REL037", "2027年为80名困难群众提供结对帮扶，每人每季度走访帮扶1次。", counts=[("结对帮扶人次", "≥320人次")])
# (4) batches with their own people: 每期N人 × k期
v("REL037", "2027年举办高素质农民培训班3期，每期50人。", counts=[("高素质农民培训人次", "≥150人次")])
v("REL037", "2027年举办家政服务员培训4期，每期60人，共培训240人。", counts=[("家政服务员培训人次", "≥240人次")])
# (5) the visits of another act than the goal's sessions
v("REL037", "2027年培训应急救援队员100人，开展综合应急演练3次，每次参演队员80人。",
  counts=[("应急演练参演人次", "≥240人次"), ("应急救援队员培训人次", "≥100人次")])
v("REL037", "2027年培训基层干部500人；对其中100名骨干每人轮训2次。", counts=[("基层干部培训人次", "≥500人次")])
# (6) the people × sessions met exactly, and the visits named as a total over years or per head
v("REL037", "2027年培训基层应急救援队员120人，每人参加集中轮训2次。", counts=[("应急救援队员轮训人次", "＝240人次")])
v("REL037", "2027年分3期培训人民调解员213人。", counts=[("人民调解员培训人次", "≥639人次")])
v("REL037", "2027年培训特种作业人员300人，每人2次。", counts=[("2025年以来累计培训特种作业人员", "≥1800人次")])
v("REL037", "2027年对在册老年人2000人每人体检1次，对其中高血压患者600人另加随访体检3次。",
  counts=[("老年人健康体检人次", "≥3800人次")])
v("REL037", "2027年组织全县45名执法人员业务培训2期，邀请重点企业安全管理人员一同参训。",
  counts=[("执法人员及企业人员业务培训人次", "≥150人次")])
# true look-alikes
v("REL037", "2027年培训基层应急救援队员120人，每人参加集中轮训2次。", True, counts=[("应急救援队员轮训人次", "≥300人次")])
v("REL037", "2027年培训特种作业人员300人，每人2次。", True, counts=[("特种作业人员培训人次", "≥900人次")])

# ---------------------------------------------------------------- REL038 (ceilings no higher than last year's figure)
# (1) a wider count than the goal's figure (all accidents, not only production)
v("REL038", "2026年全县发生生产安全事故死亡8人，2027年力争下降10%以上。",
  benefits=[("全县各类事故死亡人数", "≤20人"), ("生产安全事故死亡人数", "≤7人")])
v("REL038", "2026年全县发生生产安全事故死亡8人，2027年力争下降10%以上。", benefits=[("全县事故死亡人数", "≤20人")])
v("REL038", "2026年全县发生生产安全事故死亡8人，2027年力争下降。", benefits=[("较大及以上事故死亡人数", "≤3人")])
# (2) a different unit, count or rate
v("REL038", "生产安全事故死亡人数较2026年（8人）下降。", benefits=[("生产安全事故起数", "≤12起")])
v("REL038", "道路交通事故死亡人数较上年（2026年15人）下降。", benefits=[("道路交通事故万车死亡率", "≤2.0")])
# (3) the figure of another place or year
v("REL038", "2025年全县发生火灾死亡6人，2026年下降至3人，2027年力争继续下降。", benefits=[("火灾死亡人数", "≤3人")])
v("REL038", "2026年全市发生道路交通事故死亡80人，力争下降5%。", benefits=[("本县道路交通事故死亡人数", "≤12人")])
# (4) the ceiling at or below the figure
v("REL038", "2026年全县发生火灾死亡3人，2027年力争下降。", benefits=[("火灾死亡人数", "≤3人")])
v("REL038", "较2026年（12起）下降，2027年全县较大事故起数减少。", benefits=[("较大事故起数", "≤11起")])
# (5) what falls is another count
v("REL038", "2026年全县发生火灾120起、死亡2人，2027年火灾起数下降5%。", benefits=[("火灾起数", "≤114起")])
v("REL038", "2026年全县发生溺水死亡5人，2027年力争下降。", benefits=[("中小学生溺水死亡人数", "≤2人")])
# true look-alikes
v("REL038", "2026年全县发生生产安全事故死亡8人，2027年力争下降10%以上。", True, benefits=[("生产安全事故死亡人数", "≤10人")])
v("REL038", "道路交通事故死亡人数较上年（2026年15人）下降。", True, benefits=[("道路交通事故死亡人数", "≤16人")])

# ---------------------------------------------------------------- REL039 (rates within their own counts' share)
# (1) a rate of fixing over the firms found wanting, beside the firms checked
v("REL039", "2027年检查企业300家，督促发现问题的企业全部整改。",
  counts=[("检查企业", "≥300家"), ("整改达标企业", "≥30家")], quality=[("整改达标率", "≥95%")])
v("REL039", "2027年抽检食品2400批次，不合格食品全部核查处置。",
  counts=[("食品抽检", "≥2400批次"), ("不合格食品核查处置", "≥60批次")], quality=[("不合格食品核查处置率", "＝100%")])
v("REL039", "2027年巡查河道120公里，发现问题全部整改销号。",
  counts=[("河道巡查", "≥120公里"), ("巡查检查点位", "≥400个"), ("问题整改销号", "≥40个")], quality=[("问题整改达标率", "≥95%")])
# (2) a part of last year's or of another group beside this year's whole
v("REL039", "2027年受理法律援助案件900件，清理上年结转案件。",
  counts=[("受理法律援助案件", "≥900件"), ("办结上年结转案件", "≥120件")], quality=[("案件办结率", "≥95%")])
v("REL039", "2027年新建村级服务站20个，续建上年服务站10个。",
  counts=[("新建村级服务站", "≥20个"), ("续建服务站建成", "≥10个")], quality=[("新建服务站建成率", "≥90%")])
v("REL039", "2027年受理投诉举报1200件，对积案集中清理。",
  counts=[("受理投诉举报", "≥1200件"), ("办结历史积案", "≥50件")], quality=[("投诉举报办结率", "≥95%")])
# (3) counts in 万 and in units, one whole
v("REL039", "2027年受理群众诉求4.2万件，办结4万件以上。",
  counts=[("受理群众诉求", "≥4.2万件"), ("办结群众诉求", "≥40000件")], quality=[("诉求办结率", "≥95%")])
# (4) the part and the whole agree with the rate
v("REL039", "2027年新建村级服务站20个，年底前全部通过验收。",
  counts=[("新建村级服务站", "＝20个"), ("村级服务站验收合格", "＝20个")], quality=[("服务站验收合格率", "＝100%")])
v("REL039", "2027年培训特种作业人员600人，考核合格570人以上。",
  counts=[("培训特种作业人员", "≥600人"), ("特种作业人员考核合格", "≥570人")], quality=[("特种作业人员考核合格率", "≥95%")])
# (5) a rate of a group the whole does not count (规上, 技改 written out)
v("REL039", "2027年服务园区企业50家，其中规上企业12家全部达标。",
  counts=[("入驻园区企业", "≥50家"), ("规上企业达标", "≥12家")], quality=[("规上企业安全生产达标率", "＝100%")])
v("REL039", "2027年服务园区企业50家，其中规模以上企业12家。",
  counts=[("入驻园区企业", "≥50家"), ("规模以上企业达标", "≥12家")], quality=[("规模以上企业安全生产达标率", "＝100%")])
v("REL039", "2027年受理12345诉求1000件。", counts=[("受理诉求", "≥1000件"), ("办结诉求", "≥948件")],
  quality=[("诉求办结率", "≥95%")])
# true look-alikes
v("REL039", "2027年受理维权援助申请40件。", True,
  counts=[("受理维权援助申请", "≥40件"), ("办结维权援助案件", "≥30件")], quality=[("维权援助申请办结率", "≥95%")])
v("REL039", "2027年支持技术改造项目15个。", True,
  counts=[("支持技术改造项目", "≥15个"), ("技改项目竣工投产", "≥9个")], quality=[("技改项目竣工投产率", "≥90%")])

# ---------------------------------------------------------------- VAL042 (levels no lower than base × growth)
# (1) growth said to be about (左右, 约): a level a point short is within it
v("VAL042", "2027年全县农村网络零售额较2026年（10亿元）增长15%左右，达到11.4亿元。")
v("VAL042", "2027年外贸进出口总额达到43亿元，同比增长约8%（2026年40亿元）。")
# (2) the growth of another thing in the same clause
v("VAL042", "2027年有进出口实绩企业达到130家（2026年底120家）、进出口总额增长20%。")
v("VAL042", "2027年全县网络零售额达到12亿元（2026年10亿元）、其中农产品网络零售额增长30%。")
v("VAL042", "2027年规上工业企业达到210家（2026年200家）、规上工业增加值增长8%。")
# (3) a level rounded within half a percent, and a level above the growth
v("VAL042", "2027年外贸进出口总额达到43亿元（2026年40亿元）、同比增长7.5%。")
v("VAL042", "2027年全县规上工业增加值较2026年（50亿元）增长8%，达到54亿元。")
v("VAL042", "2027年社会消费品零售总额较2026年（80亿元）增长6%以上、达到85亿元以上。")
# (4) an increment, not a level
v("VAL042", "2027年农村网络零售额较2026年（10亿元）增长15%，新增1.5亿元。")
# (5) the growth and the level in the row and its note
v("VAL042", "2027年支持企业研发。", benefits=[("受惠企业研发投入", "≥3.52亿元", "较2026年（3.2亿元）增长10%以上")])
v("VAL042", "2027年农村居民人均可支配收入达到1.62万元（2026年1.5万元），增长8%。")
v("VAL042", "2027年全县规上工业增加值较2026年（50亿元）增长8%，达到54亿元，规上工业企业达到210家。")
# true look-alikes
v("VAL042", "2027年全县规上工业增加值较2026年（50亿元）增长8%，达到52亿元。", True)
v("VAL042", "2027年农村网络零售额达到8亿元（2026年7.5亿元）、同比增长15%以上。", True)

# ---------------------------------------------------------------- TIME018 (awards for a year's results paid after it)
# (1) last year's results paid this year
v("TIME018", "2027年对2026年度新认定的高新技术企业每家奖励20万元，2027年6月底前兑付。",
  times=[("奖励资金兑付时间", "2027年6月30日前")])
# (2) another payment in the year: a service, a fee
v("TIME018", "对2027年度首次认定的高新技术企业每家奖励20万元，于2028年兑付；2027年开展申报辅导。",
  times=[("申报辅导服务费拨付时间", "2027年12月31日前"), ("奖励资金兑付时间", "2028年6月30日前")])
v("TIME018", "对2027年度新认定的专精特新企业给予奖补，奖补资金列入2028年预算。",
  times=[("专家评审费拨付时间", "2027年12月31日前")])
# (3) last year's award paid this year beside this year's award paid next
v("TIME018", "对2026年度认定的企业技术中心给予奖励，2027年6月底前兑付；对2027年度认定的给予奖励，2028年兑付。",
  times=[("2026年度认定奖励兑付时间", "2027年6月30日前")])
# (4) a batch or part of the year
v("TIME018", "对2027年度第一批认定的知识产权示范企业每家奖励10万元，年内兑付。",
  times=[("示范企业奖励兑付时间", "2027年12月31日前")])
# (5) the award paid the next year
v("TIME018", "对2027年度获评的星级农家乐给予奖补，于2028年3月底前兑付。", times=[("奖补资金兑付时间", "2028年3月31日前")])
v("TIME018", "对2027年度完成设备投资500万元以上的技改项目给予补助。", times=[("补助资金拨付时间", "2028年6月30日前")])
# (6) a service to the year's firms, not an award
v("TIME018", "对2027年度首次认定的专精特新企业开展培训辅导，2027年12月底前完成。",
  times=[("培训费用拨付时间", "2027年12月31日前")])
v("TIME018", "对2027年度新认定的企业技术中心给予奖补，2028年兑付。", times=[("2026年度奖补资金兑付时间", "2027年3月31日前")])
# true look-alikes
v("TIME018", "对2027年度首次认定的高新技术企业每家奖励20万元。", True, times=[("奖励资金兑付时间", "2027年6月30日前")])
v("TIME018", "对2027年度完成设备投资500万元以上的技改项目给予补助。", True,
  times=[("补助资金拨付时间", "2027年12月31日前")])


def _s26_rules(engine: Any, goal: str, rows: dict[str, list[Row]]) -> set[str]:
    text = table_2027(goal, **rows)
    return {f.rule_id for f in engine.check_source(load_text(text, "careful_s26.yaml")).findings} & _S26


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), V, ids=[f"{case[0]}-{n}" for n, case in enumerate(V)])
def test_correct_usage_draws_no_second_wave_finding(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]],
                                                    told: bool) -> None:
    found = _s26_rules(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found


# held out: written after the fixes, run once, not tuned on (told = the rule named speaks). With the code before the
# fixes 10 of 15 right; after them 14 of 15 at the first run: 抽查餐饮单位 was not read as places inspected (REL039 took
# it for the whole of 整改达标率); 抽查 and 督查 were added to rate_over_counts' inspections, 15 of 15 since
HELD_OUT: list[tuple[str, str, dict[str, list[Row]], bool]] = [
    ("REL037", "2027年对全县220名乡村教师开展信息技术应用能力研修，每人参加线上研修3次。",
     {"counts": [("乡村教师信息技术研修人次", "≥660人次")]}, False),
    ("REL037", "2027年培训河湖管护员300人，每人参加集中培训1次；另组织乡镇水利员培训。",
     {"counts": [("河湖管护员和水利员培训人次", "≥400人次")]}, False),
    ("REL038", "2027年全县火灾死亡人数较2026年（4人）下降。", {"benefits": [("火灾死亡人数", "≤3人")]}, False),
    ("REL038", "2026年全县发生道路交通事故死亡20人，2027年力争下降5%。", {"benefits": [("农村道路交通事故死亡人数", "≤12人")]},
     False),
    ("REL039", "2027年受理劳动保障监察投诉案件600件，办结570件以上。",
     {"counts": [("受理投诉案件", "≥600件"), ("办结投诉案件", "≥570件")], "quality": [("投诉案件办结率", "≥95%")]}, False),
    ("REL039", "2027年抽查餐饮单位500家，对发现问题的单位全部督促整改。",
     {"counts": [("抽查餐饮单位", "≥500家"), ("整改达标单位", "≥50家")], "quality": [("整改达标率", "≥95%")]}, False),
    ("VAL042", "2027年全县旅游综合收入力争达到66亿元左右，较2026年（60亿元）增长10%。", {}, False),
    ("VAL042", "2027年限上商贸企业达到150家（2026年底140家）、限上企业销售额增长10%。", {}, False),
    ("TIME018", "对2027年度新认定的省级专精特新企业给予一次性奖励，奖励资金于2028年上半年兑付。",
     {"times": [("奖励资金兑付时间", "2028年6月30日前"), ("第三方审核费拨付时间", "2027年12月31日前")]}, False),
    ("TIME018", "对2026年度获评国家级示范的家庭农场给予奖补，2027年9月底前兑付；对2027年度获评的，2028年兑付。",
     {"times": [("2026年度示范家庭农场奖补兑付时间", "2027年9月30日前")]}, False),
    ("REL037", "2027年为150名残疾人提供就业辅导，每人参加辅导2次。", {"counts": [("残疾人就业辅导人次", "≥400人次")]}, True),
    ("REL038", "2026年全县发生生产安全事故死亡6人，2027年力争下降。", {"benefits": [("全县生产安全事故死亡人数", "≤8人")]}, True),
    ("REL039", "2027年受理信访事项800件。",
     {"counts": [("受理信访事项", "≥800件"), ("办结信访事项", "≥600件")], "quality": [("信访事项办结率", "≥95%")]}, True),
    ("VAL042", "2027年全市农产品加工产值较2026年（120亿元）增长10%，达到125亿元。", {}, True),
    ("TIME018", "对2027年度认定的市级工业设计中心每家奖励30万元。", {"times": [("奖励资金兑付时间", "2027年11月30日前")]}, True),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), HELD_OUT,
                         ids=[f"held-{c[0]}-{n}" for n, c in enumerate(HELD_OUT)])
def test_held_out_after_the_fixes(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    rows.setdefault("times", _DONE)
    found = _s26_rules(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found

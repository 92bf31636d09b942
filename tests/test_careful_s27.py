"""Careful round s27: last session's new checks (REL041 bounded-pair, REL042 over-stated-basis, REL043
threshold-off-goal, REL044 goal-cadence-visits, FUND025 split-paid-whole, FUND026 line-over-rate, VAL043 points-short,
VAL044 note-list-count, TIME019 payout-done-early and REL008's price_over_cap) read against correct usage: one- or
few-line tables a good department writes, each of which must draw none of those checks, beside one true look-alike
of each that must still be told; with them the careful tables g768–g777 (tests/test_sector_rules.py).
72 correct variants and 10 true; 6 false findings of 6 kinds at first (REL041 1 of 8: 签约及续建项目 adding other
projects; FUND026 1 of 7: a line two rates pay held to the smaller; VAL044 1 of 8: a list after 重点检查：; TIME019 2 of 7:
a one-off 节日慰问金 held to the monthly allowance, a 1—9月 allowance held to December; REL008 price_over_cap 1 of 6: a
国家级 price held to the 省级 cap) and 1 of the 10 true missed (FUND025: 每人给予安家补贴20万元, the cause of the strict
xfail of tests/test_leftovers_s26_funds.py), 0 and 0 after. The tables drew one false finding of the ten (TIME019 on g776's 1—6月
临时价格补贴, held to the 低保金's December), fixed by holding a row to the cadence clauses naming its benefit. The three
pinned misses of REL041 (合同金额), FUND025 (每人 six characters before the standard) and FUND026 (the base named in other
words) are told. Held out, written after the fixes: 14 of 15 right at the first run (one FUND026 miss pinned)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# the ten checks: none of them may speak on a correct variant (REL008 counted only in its price_over_cap variant,
# told by its message, since REL008's other variants are older and measured elsewhere)
_S27 = {"REL041", "REL042", "REL043", "REL044", "FUND025", "FUND026", "VAL043", "VAL044", "TIME019"}
_PRICE_OVER_CAP = "above the cap per item the goal sets"
V: list[tuple[str, str, dict[str, list[Row]], bool]] = []


def v(rule: str, goal: str, told: bool = False, **rows: list[Row]) -> None:
    """A variant: the rule it is about, the goal, the rows by place (others kept plain), whether it is told."""
    V.append((rule, goal, rows, told))


def _s27_rules(engine: Any, goal: str, rows: dict[str, list[Row]]) -> set[str]:
    text = table_2027(goal, **rows)
    found = set()
    for finding in engine.check_source(load_text(text, "careful_s27.yaml")).findings:
        if finding.rule_id in _S27 or (finding.rule_id == "REL008" and _PRICE_OVER_CAP in finding.message_en):
            found.add(finding.rule_id)
    return found


_INVEST = "2027年开展招商引资活动，推动签约项目落地。"
# ---------------------------------------------------------------- REL041 (an amount above the amount bounding it)
v("REL041", _INVEST, benefits=[("签约项目投资总额", "≥50亿元"), ("签约项目当年到位资金", "≥20亿元")])
v("REL041", _INVEST, benefits=[("新签约项目投资总额", "≥50亿元"), ("续建项目到位资金", "≥60亿元")])
v("REL041", _INVEST, benefits=[("入驻企业年产值", "≥12000万元"), ("入驻企业税收", "≥0.1亿元")])
v("REL041", _INVEST, benefits=[("签约项目投资总额", "≥30亿元"), ("签约及续建项目到位资金", "≥35亿元")])
v("REL041", _INVEST, benefits=[("签约项目投资总额", "≥50亿元"), ("引进省外到位资金", "≥60亿元")])
v("REL041", _INVEST, benefits=[("规上工业企业新增产值", "≥1亿元"), ("规上工业企业税收", "≥2亿元")])
v("REL041", _INVEST, benefits=[("招商引资签约项目合同金额", "≥100亿元"), ("招商引资签约项目到位资金", "≥30亿元")])
v("REL041", _INVEST, benefits=[("签约项目投资总额", "≥50亿元"), ("签约项目到位资金增长率", "≥60%")])
v("REL041", _INVEST, True, benefits=[("招商签约项目投资额", "≥20亿元"), ("招商签约项目到位资金", "≥25亿元")])

# ---------------------------------------------------------------- REL042 (a benefit above its stated basis)
_RATIO = "2027年带动企业技术改造设备投资不少于{inv}，按设备投资1:{k}的投入产出比测算，新增产值{out}以上。"
v("REL042", _RATIO.format(inv="4000万元", k=3, out="1.2亿元"), benefits=[("项目企业新增产值", "≥1.1亿元")])
v("REL042", _RATIO.format(inv="4000万元", k=3, out="1.2亿元"), benefits=[("项目企业年产值", "≥3亿元")])
v("REL042", _RATIO.format(inv="2000万元", k=4, out="8000万元"), benefits=[("项目企业新增产值", "≥8000万元")])
v("REL042", "2027年引进企业6家入驻投产，新增就业岗位400个（含投资协议约定用工300人）。",
  benefits=[("新增就业岗位", "≥400个")])
v("REL042", "2027年引进企业6家入驻投产，新增就业岗位400个（6家企业投资协议约定用工合计400人）。",
  benefits=[("新增就业岗位", "≥400个")])
v("REL042", "2027年引进企业6家入驻投产，新增就业岗位400个（投资协议约定固定资产投资5亿元）。",
  benefits=[("新增就业岗位", "≥400个")])
v("REL042", "2027年引进企业6家，新增就业岗位400个（首批签订投资协议的3家约定用工150人）。",
  benefits=[("新增就业岗位", "≥400个")])
v("REL042", "2027年带动固定资产投资2亿元，按固定资产投资1:2的投入产出比测算，新增产值4亿元以上。",
  benefits=[("带动固定资产投资", "≥2亿元"), ("项目企业新增产值", "≥4亿元")])
v("REL042", _RATIO.format(inv="3000万元", k=2, out="6000万元"), True, benefits=[("项目企业新增产值", "≥1亿元")])

# ---------------------------------------------------------------- REL043 (a threshold other than the goal's)
v("REL043", "2027年为全市80周岁以上高龄老人1.41万人按季度发放高龄津贴，其中90周岁以上1500人。",
  benefits=[("受益80周岁以上老人人数", "≥1.41万人"), ("受益100周岁以上老人", "≥20人")])
v("REL043", "2027年为60周岁以上特困老年人2600名提供供养服务，为其中80周岁以上老人加发护理补贴。",
  benefits=[("供养60周岁以上特困老年人", "≥2600人"), ("80周岁以上特困老人护理补贴", "≥600人")])
v("REL043", "2027年对年满16周岁的困难残疾人3000人发放生活补贴。",
  benefits=[("受益16周岁以上困难残疾人", "≥3000人")])
v("REL043", "2027年对经营6个月以上的创业实体200家给予一次性创业补贴。",
  benefits=[("补贴创业实体", "≥200家"), ("创业实体稳定经营12个月以上比例", "≥80%")])
v("REL043", "2027年开展职业技能培训1000人，培训后6个月内实现就业600人以上。",
  benefits=[("培训后6个月内就业人数", "≥600人"), ("培训后3个月内就业率", "≥40%")])
v("REL043", "2027年为辖区65周岁以上老年人2万人提供免费健康体检，为其中80周岁以上高龄老人3000人提供上门随访。",
  benefits=[("65周岁以上老年人体检", "≥2万人"), ("80周岁以上老人上门随访", "≥3000人")])
v("REL043", "2027年为0至6周岁残疾儿童300名提供康复救助。", benefits=[("康复救助0至6周岁残疾儿童", "≥300名")])
v("REL043", "2027年为全县90周岁以上老人800人发放长寿补贴。", True, benefits=[("受益85周岁以上老人", "≥800人")])

# ---------------------------------------------------------------- REL044 (visits once per person despite a cadence)
v("REL044", "2027年为全市240名事实无人抚养儿童发放基本生活补贴，儿童主任每季度入户走访1次。",
  counts=[("儿童主任入户走访", "≥960人次")])
v("REL044", "2027年为全市240名事实无人抚养儿童发放基本生活补贴，儿童主任每季度入户走访1次。",
  counts=[("每季度入户走访儿童", "≥240人次")])
v("REL044", "2027年为全县5300名低保对象发放低保金，每季度对10%的低保对象开展入户核查。",
  counts=[("低保对象入户核查", "≥2120人次")])
v("REL044", "2027年为全县1200名特困人员发放供养金，对其中分散供养的300人每月探访1次。",
  counts=[("分散供养特困人员探访", "≥3600人次")])
v("REL044", "2027年为全县5300名救助对象发放救助金，每半年开展一次动态核查。", counts=[("动态核查", "≥10600人次")])
v("REL044", "2027年为全市240名事实无人抚养儿童发放基本生活补贴，儿童主任每季度入户走访1次。",
  counts=[("入户走访儿童", "≥240人")])
v("REL044", "2027年新增优待合作商户60家，每季度走访新增商户1次，对全部200家商户开展年度核查。",
  counts=[("新增商户走访", "≥240家次"), ("优待商户年度核查", "≥200家次")])
v("REL044", "2027年为全市500户低保家庭发放低保金，每半年入户核查1次。", True, counts=[("低保家庭入户核查", "≥500户次")])

# ---------------------------------------------------------------- FUND025 (a split award budgeted whole)
v("FUND025", "2027年对新认定的国家级专精特新“小巨人”企业3家每家奖励50万元，分两年兑付，2027年兑付首期25万元。",
  costs=[("国家级专精特新企业奖补", "≤75万元", "3家×25万元")], counts=[("奖补国家级专精特新企业", "≥3家")])
v("FUND025", "2027年对2026年认定的国家级专精特新企业3家拨付第二期奖补，国家级每家50万元（2026年起分两年拨付）。",
  costs=[("国家级专精特新企业奖补", "≤75万元", "3家×25万元")], counts=[("奖补国家级专精特新企业", "≥3家")])
v("FUND025", "2027年对新认定的省级专精特新企业3家每家奖励20万元，分两批拨付。",
  costs=[("省级专精特新企业奖励", "≤60万元", "3家×20万元")], counts=[("奖励省级专精特新企业", "≥3家")])
v("FUND025", "2027年引进A类人才2名、B类人才5名，A类人才安家补贴30万元/人（分3年发放），B类人才安家补贴10万元/人（一次性发放）。",
  costs=[("A类人才安家补贴", "≤20万元", "2人×10万元"), ("B类人才安家补贴", "≤50万元", "5人×10万元")],
  counts=[("引进A类人才", "≥2名"), ("引进B类人才", "≥5名")])
v("FUND025", "2027年对新引进的博士研究生10人每人每年发放生活补贴2万元，连续发放3年。",
  costs=[("博士研究生生活补贴", "≤20万元", "10人×2万元")], counts=[("引进博士研究生", "≥10人")])
v("FUND025", "2027年对新认定的国家级专精特新企业3家每家奖励50万元（分两年拨付，2027年拨付60%）。",
  costs=[("国家级专精特新企业奖补", "≤90万元", "3家×30万元")], counts=[("奖补国家级专精特新企业", "≥3家")])
v("FUND025", "2027年对新认定的省级孵化器2个每个奖励100万元，按建设进度分期拨付。",
  costs=[("省级孵化器认定奖励", "≤200万元", "2个×100万元")], counts=[("新认定省级孵化器", "≥2个")])
v("FUND025", "2027年对新引进的博士每人给予安家补贴20万元（分两年发放）。", True,
  costs=[("博士安家补贴", "≤200万元", "10人×20万元")], counts=[("引进博士", "≥10人")])

# ---------------------------------------------------------------- FUND026 (a subsidy line above rate × base)
v("FUND026", "2027年对技术改造项目按设备投资额的8%给予奖补，带动企业技术改造设备投资不少于6000万元。",
  costs=[("技术改造项目奖补资金", "≤480万元")])
v("FUND026", "2027年对技术改造项目按不低于设备投资额的8%给予奖补，带动企业技术改造设备投资不少于4000万元。",
  costs=[("技术改造项目奖补资金", "≤480万元")])
v("FUND026", "2027年对技术改造项目按设备投资额的10%给予奖补，单个项目最高不超过100万元，带动设备投资4000万元。",
  costs=[("技术改造项目奖补资金", "≤400万元"), ("项目第三方评审费", "≤20万元")])
v("FUND026", "2027年对技术改造项目按设备投资额的8%给予奖补，带动企业技术改造设备投资4000万—5000万元。",
  costs=[("技术改造项目奖补资金", "≤400万元")])
v("FUND026", "2027年对中小企业贷款按贷款额的2%给予贴息，撬动银行贷款3亿元。", costs=[("中小企业贷款贴息资金", "≤600万元")])
v("FUND026", "2027年对技术改造项目按设备投资额的8%给予奖补，对智能化改造项目按设备投资额的12%给予奖补，带动设备投资4000万元。",
  costs=[("技术改造项目奖补资金", "≤400万元")])
v("FUND026", "2027年对设备投资500万元以上的技术改造项目按设备投资额的8%给予奖补，带动设备投资不少于4000万元。",
  costs=[("技术改造项目奖补资金", "≤320万元")])
v("FUND026", "2027年对服务外包企业按服务合同金额的20%给予补助，服务合同金额1000万元。", True,
  costs=[("服务外包补助资金", "≤300万元")])

# ---------------------------------------------------------------- VAL043 (a change in points against its target)
_PLAIN = "2027年推进政务服务便利化。"
v("VAL043", _PLAIN, lasting=[("两项补贴申请全程网办率", "≥85%（较上年提高10个百分点）", "2026年为75%")])
v("VAL043", _PLAIN, lasting=[("两项补贴申请全程网办率", "≥90%（较上年提高10个百分点）", "2026年为75%")])
v("VAL043", _PLAIN, lasting=[("证件信息差错率", "≤0.3%（较上年下降0.5个百分点）", "2026年为0.8%")])
v("VAL043", _PLAIN, lasting=[("政务服务事项网办率", "≥80%（较2025年提高10个百分点）", "2025年为70%，2026年为76%")])
v("VAL043", _PLAIN, lasting=[("全程网办率", "≥80%（较上年提高约5个百分点）", "2026年为74.6%")])
v("VAL043", _PLAIN, lasting=[("业务网办率", "≥40%（较上年提高10个百分点）", "2026年网办率为30%，线下办理占比为70%")])
v("VAL043", _PLAIN, lasting=[("群众办事一次办成率", "≥95%（较上年提高5个百分点）", "2026年为90%，全省平均为92%")])
v("VAL043", _PLAIN, True, lasting=[("全程网办率", "≥60%（较上年提高10个百分点）", "2026年为55%")])

# ---------------------------------------------------------------- VAL044 (a count against its note's list)
_FUNERAL = "2027年落实惠民殡葬政策，免除基本殡葬服务费用。"
v("VAL044", _FUNERAL, counts=[("免除基本殡葬服务项目", "＝4项", "遗体接运、暂存、火化、骨灰寄存")])
v("VAL044", _FUNERAL, counts=[("覆盖行业", "≥3类", "公交、景区、医疗")])
v("VAL044", _FUNERAL, counts=[("免除基本殡葬服务项目", "＝3项", "遗体接运（含冷藏、消毒）、火化、骨灰寄存")])
v("VAL044", _FUNERAL, counts=[("补贴对象类别", "＝5类", "包括城乡低保家庭、特困供养人员、孤儿等")])
v("VAL044", _FUNERAL, counts=[("补贴对象类别", "＝2类", "城乡低保家庭、特困供养人员；临时救助对象按需另行补贴")])
v("VAL044", _FUNERAL, counts=[("代缴保费项目", "＝2项", "补贴项目：基本医疗保险个人缴费、大病保险个人缴费")])
v("VAL044", _FUNERAL, counts=[("检查内容", "≥5项", "重点检查：消防通道、用电安全、燃气安全")])
v("VAL044", _FUNERAL, counts=[("服务保障类别", "＝3类", "殡葬服务（接运、火化）、公益性安葬、惠民补贴")])
v("VAL044", _FUNERAL, True, counts=[("补贴对象类别", "＝3类", "低保对象、特困人员、孤儿、事实无人抚养儿童")])

# ---------------------------------------------------------------- TIME019 (a monthly payment said done early)
_MONTHLY = "2027年为全市3200名特困人员按月发放救助供养金。"
v("TIME019", _MONTHLY, times=[("救助供养金发放时间", "每月10日前")])
v("TIME019", _MONTHLY, times=[("全年救助供养金发放完成时间", "2027年12月31日前")])
v("TIME019", "2027年为全县1.2万名60周岁以上老人按季度发放养老补贴，每季度首月发放。",
  times=[("全年养老补贴发放完成时间", "2027年10月31日前")])
v("TIME019", "2027年为全市3200名特困人员按月发放救助供养金；中秋节前一次性发放节日慰问金，9月底前发放完毕。",
  times=[("节日慰问金发放完成时间", "2027年9月30日前"), ("救助供养金发放时间", "每月10日前")])
v("TIME019", _MONTHLY, times=[("上半年救助供养金发放完成时间", "2027年6月30日前")])
v("TIME019", "2027年1—9月对全市低保对象按月发放临时价格补贴。", times=[("临时价格补贴发放完成时间", "2027年9月30日前")])
v("TIME019", "2027年对公益性岗位人员按月考勤，岗位补贴于2027年11月底前一次性发放。",
  times=[("岗位补贴发放完成时间", "2027年11月30日前")])
v("TIME019", "2027年为全县1.2万名老人按季度发放养老补贴。", True, times=[("全年养老补贴发放完成时间", "2027年9月30日前")])

# ---------------------------------------------------------------- REL008 price_over_cap (a price above the goal's cap)
v("REL008", "2027年资助发明专利转化100件，每件最高不超过3万元。",
  costs=[("发明专利转化资助", "≤300万元", "100件×3万元/件")], counts=[("资助发明专利转化", "≥100件")])
v("REL008", "2027年奖励专精特新企业，省级每家最高不超过20万元，国家级每家最高不超过50万元。",
  costs=[("国家级专精特新企业奖励", "≤100万元", "2家×50万元/家"), ("省级专精特新企业奖励", "≤200万元", "10家×20万元/家")])
v("REL008", "2027年支持外贸企业开拓市场，单家企业年度兑付最高不超过2万元。",
  costs=[("外贸企业开拓市场补助", "≤20万元", "10家×2万元/家")])
v("REL008", "2027年建设乡镇电商服务站12个、村级电商服务点100个，每个服务站补助最高不超过15万元。",
  costs=[("乡镇电商服务站建设", "≤180万元", "12个×15万元/个"), ("村级电商服务点建设", "≤200万元", "100个×2万元/个")])
v("REL008", "2027年对首次认定的科技型企业每家奖补最高不超过10万元；对通过复核的科技型企业每家奖补15万元。",
  costs=[("复核通过科技型企业奖补", "≤75万元", "5家×15万元/家")])
v("REL008", "2027年资助专利申请，每件资助最高不超过3000元；对获得中国专利奖的每件奖励10万元。",
  costs=[("中国专利奖奖励", "≤20万元", "2件×10万元/件"), ("专利申请资助", "≤30万元", "100件×3000元/件")])
v("REL008", "2027年资助发明专利转化100件，每件最高不超过3万元。", True,
  costs=[("发明专利转化资助", "≤400万元", "100件×4万元/件")], counts=[("资助发明专利转化", "≥100件")])


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), V, ids=[f"{case[0]}-{n}" for n, case in enumerate(V)])
def test_correct_usage_draws_none_of_the_ten(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]],
                                             told: bool) -> None:
    found = _s27_rules(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found


# held out: written after the fixes, run once, not tuned on (told = the rule named speaks)
HELD_OUT: list[Any] = [
    ("REL041", _INVEST, {"benefits": [("签约项目投资总额", "≥80亿元"), ("在谈及签约项目到位资金", "≥90亿元")]}, False),
    ("REL041", _INVEST, {"benefits": [("园区入驻企业营业收入", "≥2亿元"), ("园区入驻企业纳税", "≥2.5亿元")]}, True),
    ("REL042", "2027年带动企业设备投资8000万元，按设备投资1:2.5的投入产出比测算，新增产值2亿元以上。",
     {"benefits": [("项目企业新增产值", "≥2亿元")]}, False),
    ("REL043", "2027年对年满60周岁的城乡居民发放基础养老金，受益4.5万人。",
     {"benefits": [("受益55周岁以上城乡居民", "≥4.5万人")]}, True),
    ("REL044", "2027年为全县320名孤儿发放基本生活费，每季度入户走访1次。", {"counts": [("孤儿入户走访", "≥1280人次")]}, False),
    ("REL044", "2027年为全县150名留守儿童建立关爱档案，每月家访1次。", {"counts": [("留守儿童家访", "≥150人次")]}, True),
    ("FUND025", "2027年对新认定的市级孵化器2个每个奖励60万元（分三年拨付，2027年拨付三分之一）。",
     {"costs": [("市级孵化器认定奖励", "≤40万元", "2个×20万元")], "counts": [("新认定市级孵化器", "≥2个")]}, False),
    ("FUND025", "2027年对新评定的省级农业产业化龙头企业4家每家奖励30万元（分两年兑付）。",
     {"costs": [("省级农业产业化龙头企业奖励", "≤120万元", "4家×30万元")], "counts": [("奖励省级龙头企业", "≥4家")]}, True),
    ("FUND026", "2027年对农业社会化服务组织按服务费用的30%给予补助，预计完成服务费用2000万元。",
     {"costs": [("社会化服务补助资金", "≤600万元")]}, False),
    # missed at the first run: the base's words (贷款实际发生利息) hold words between its ends that the figure's (贷款利息
    # 支出) lack, and 支出 stands between them and the amount
    # (told since s28: the base's words of actuality set aside, 支出 read before the amount)
    ("FUND026", "2027年按贷款实际发生利息的50%给予贴息，预计贷款利息支出400万元。", {"costs": [("贷款贴息资金", "≤300万元")]},
     True),
    ("VAL043", _PLAIN, {"lasting": [("办件差错率", "≤2%（较上年下降1个百分点）", "2026年为2.5%")]}, True),
    ("VAL044", _FUNERAL, {"counts": [("病媒生物防制种类", "≥4种", "即鼠、蚊、蝇、蟑螂")]}, False),
    ("TIME019", "2027年为全县600名孤儿按月发放基本生活费；9月开学前一次性发放助学金。",
     {"times": [("助学金发放完成时间", "2027年8月31日前")]}, False),
    ("TIME019", "2027年为全县4200名城乡低保对象按月发放低保金。", {"times": [("低保金全部发放完毕时间", "2027年11月30日前")]}, True),
    ("REL008", "2027年支持村级集体经济发展，每个村补助最高不超过50万元，支持村8个。",
     {"costs": [("村级集体经济发展补助", "≤400万元", "8个×50万元/个")]}, False),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), HELD_OUT,
                         ids=[f"held-{getattr(c, 'values', c)[0]}-{n}" for n, c in enumerate(HELD_OUT)])
def test_held_out_after_the_fixes(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    found = _s27_rules(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found


# the two widened readings (FUND025: 每人 up to six characters before the standard, a 每人 clause taking the words of the
# clause before; FUND026: a base named in other words) probed on look-alikes that must stay quiet, then on cases held
# out after: 10 look-alikes, 1 told at first (2026年企业支付…600万元, last year's figure, taken for the base: a clause
# naming another year now gives none), 0 after; held out 5 of 5 right at the first run
_WIDENED: list[tuple[str, str, dict[str, list[Row]], bool]] = [
    ("FUND025", "2027年引进博士研究生10名，每人发放生活补贴12万元（分3年发放，首年发放4万元）。",
     {"costs": [("博士研究生生活补贴", "≤40万元", "10人×4万元")], "counts": [("引进博士研究生", "≥10名")]}, False),
    ("FUND025", "2027年引进博士研究生10名，每人发放生活补贴12万元，一次性发放；引进高级技师5名，安家补贴分3年发放，首年发放2万元/人。",
     {"costs": [("博士研究生生活补贴", "≤120万元", "10人×12万元")], "counts": [("引进博士研究生", "≥10名")]}, False),
    ("FUND025", "2027年引进博士研究生10名、硕士研究生30名，每人发放生活补贴2万元（分两年发放，首年发放1万元）。",
     {"costs": [("硕士研究生生活补贴", "≤30万元", "30人×1万元")], "counts": [("引进硕士研究生", "≥30名")]}, False),
    ("FUND025", "2027年引进急需紧缺人才20名，每人给予购房补贴最高不超过10万元（分两年发放）。",
     {"costs": [("人才购房补贴", "≤100万元", "20人×5万元")], "counts": [("引进急需紧缺人才", "≥20名")]}, False),
    ("FUND025", "2027年引进博士研究生10名，每人发放生活补贴12万元（分3年发放）；引进硕士研究生20名，每人发放生活补贴3万元。",
     {"costs": [("硕士研究生生活补贴", "≤60万元", "20人×3万元")], "counts": [("引进硕士研究生", "≥20名")]}, False),
    ("FUND026", "2027年对购买检验检测服务的企业，按实际支付费用的50%给予补贴，预计企业支付检验检测费用800万元。",
     {"costs": [("检验检测服务补贴", "≤400万元")]}, False),
    ("FUND026", "2027年按实际支付费用的50%给予补贴，单个企业支付检验检测费用200万元封顶，预计补贴企业40家。",
     {"costs": [("检验检测服务补贴", "≤400万元")]}, False),
    ("FUND026", "2027年对技术改造项目按实际设备投资额的10%给予奖补，带动企业设备及软件投资6000万元。",
     {"costs": [("技术改造项目奖补资金", "≤600万元")]}, False),
    ("FUND026", "2027年按实际支付费用的50%给予补贴，企业支付检验检测费用约600万—900万元。",
     {"costs": [("检验检测服务补贴", "≤400万元")]}, False),
    ("FUND026", "2027年按实际支付费用的50%给予补贴；2026年企业支付检验检测费用600万元，2027年预计支付900万元。",
     {"costs": [("检验检测服务补贴", "≤450万元")]}, False),
    # held out, written after the look-alikes passed
    ("FUND025", "2027年新招录乡村医生40名，每人发放到岗补贴3万元（分三年发放）。",
     {"costs": [("乡村医生到岗补贴", "≤120万元", "40人×3万元")], "counts": [("新招录乡村医生", "≥40名")]}, True),
    ("FUND025", "2027年新招录乡村医生40名，每人发放到岗补贴3万元（分三年发放，2027年发放1万元）。",
     {"costs": [("乡村医生到岗补贴", "≤40万元", "40人×1万元")], "counts": [("新招录乡村医生", "≥40名")]}, False),
    ("FUND025", "2027年招聘特岗教师60名，每人每年发放生活补助6000元，连续发放3年。",
     {"costs": [("特岗教师生活补助", "≤36万元", "60人×6000元")], "counts": [("招聘特岗教师", "≥60名")]}, False),
    ("FUND026", "2027年对企业参展按实际发生展位费的50%给予补贴，预计企业发生展位费用300万元。",
     {"costs": [("企业参展补贴", "≤150万元")]}, False),
    ("FUND026", "2027年对物流企业按实际缴纳运输费用的20%给予补贴，全县物流企业缴纳运输费用1500万元。",
     {"costs": [("物流企业运输补贴", "≤500万元")]}, True),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), _WIDENED,
                         ids=[f"widened-{c[0]}-{n}" for n, c in enumerate(_WIDENED)])
def test_widened_readings(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    found = _s27_rules(engine, goal, rows)
    if told:
        assert rule in found and found <= {rule}, found
    else:
        assert not found, found

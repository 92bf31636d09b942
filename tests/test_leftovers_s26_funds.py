"""Two leftovers of the thirty-eighth recall audit (a city finance bureau's 经济建设科 reading the 2027 science, industry,
commerce and investment-promotion tables), each against the audit's own cases, the look-alikes it was measured on and
the cases held out after it was written: an award the goal pays over years budgeted whole in the budget year
(FUND025, split-paid-whole: b429, b432, b435), and a subsidy line above its rate times the base it pays on (FUND026,
line-over-rate: b426, b434)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某市企业发展奖补项目, year: 2027, department: 某市工业和信息化局}}
funds: {{unit: 万元, total: 500, fiscal: 500}}
goal: "{goal}"
indicators:
  成本指标:
    经济成本指标:
{costs}
  产出指标:
    数量指标:
{counts}
    时效指标:
      - {{name: 奖补资金拨付时间, value: 2027年12月31日前}}
  效益指标:
    经济效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受奖补企业满意度, value: ≥90%}}
"""
Row = tuple[str, ...]  # (name, value) or (name, value, note)


def _lines(rows: list[Row]) -> str:
    out = []
    for row in rows:
        note = f", note: \"{row[2]}\"" if len(row) > 2 else ""
        out.append(f"      - {{name: \"{row[0]}\", value: \"{row[1]}\"{note}}}")
    return "\n".join(out)


def _rules(engine: Any, goal: str, costs: list[Row], counts: list[Row] | None = None,
           benefits: list[Row] | None = None) -> set[str]:
    text = TABLE.format(goal=goal, costs=_lines(costs), counts=_lines(counts or [("奖补企业", "≥3家")]),
                        benefits=_lines(benefits or [("获奖补企业研发投入强度", "≥3%")]))
    return {f.rule_id for f in engine.check_source(load_text(text, "leftovers_s26.yaml")).findings}


# FUND025: (goal, cost lines, counts, told)
_NATIONAL = "2027年对新认定的国家级专精特新“小巨人”企业3家、省级专精特新中小企业30家给予一次性奖补，其中国家级每家50万元"
_TALENT = "2027年计划引进高层次人才60名，其中A类人才2名、B类人才8名、C类人才50名，对经认定的新引进人才按A类30万元/人、B类15万元/人、C类3万元/人标准发放安家补贴"
_TALENT_COUNTS = [("引进高层次人才", "≥60名"), ("其中：A类人才", "≥2名"), ("其中：B类人才", "≥8名"), ("其中：C类人才", "≥50名")]
_SPLIT = [
    # the audit's three
    (_NATIONAL + "（分两年拨付，2027年拨付50%）、省级每家10万元。",
     [("国家级专精特新“小巨人”企业奖补", "≤150万元", "按3家×每家50万元"), ("省级专精特新中小企业奖补", "≤300万元", "按30家×每家10万元")],
     None, True),
    (_TALENT + "（B类最高不超过15万元/人，分3年发放，2027年发放三分之一）。",
     [("A类人才安家补贴", "≤600000元"), ("B类人才安家补贴", "≤1200000元"), ("C类人才安家补贴", "≤1500000元")],
     _TALENT_COUNTS, True),
    ("2027年培育新增限额以上商贸企业40家，对新入库企业每家奖励3万元（分两年兑付，2027年兑付1.5万元），组织企业参加展销活动6场。",
     [("新入库企业奖励", "≤120万元", "按40家×每家3万元"), ("展销活动组织费", "≤24万元", "按6场×每场4万元")],
     [("培育新增限额以上商贸企业", "≥40家")], True),
    # look-alikes, measured on
    # the line at the year's part
    (_NATIONAL + "（分两年拨付，2027年拨付50%）、省级每家10万元。",
     [("国家级专精特新“小巨人”企业奖补", "≤75万元", "按3家×每家25万元"), ("省级专精特新中小企业奖补", "≤300万元", "按30家×每家10万元")],
     None, False),
    # paid at once (the careful g498)
    (_NATIONAL + "、省级每家10万元。",
     [("国家级专精特新“小巨人”企业奖补", "≤150万元", "按3家×每家50万元"), ("省级专精特新中小企业奖补", "≤300万元", "按30家×每家10万元")],
     None, False),
    # two batches, two payments: within the year
    (_NATIONAL + "（分两批拨付）、省级每家10万元。",
     [("国家级专精特新“小巨人”企业奖补", "≤150万元", "按3家×每家50万元")], None, False),
    ("2027年对新入库企业40家每家奖励3万元（分两次兑付，上半年、下半年各兑付50%）。",
     [("新入库企业奖励", "≤120万元", "按40家×每家3万元")], [("新入库企业", "≥40家")], False),
    # 按进度分期拨付 names no year's part
    ("2027年支持技术改造项目3个，每个项目补助50万元，按工程进度分期拨付。",
     [("技术改造项目补助", "≤150万元", "按3个×每个50万元")], [("支持技术改造项目", "≥3个")], False),
    # the first instalment paid in 2026
    (_NATIONAL + "（2026年起分两年拨付，2027年拨付剩余50%）、省级每家10万元。",
     [("国家级专精特新“小巨人”企业奖补", "≤150万元", "按3家×每家50万元")], None, False),
    # the split is the 国家级 standard's; the 省级 line is whole rightly
    (_NATIONAL + "（分两年拨付，2027年拨付50%）、省级每家10万元。",
     [("国家级专精特新“小巨人”企业奖补", "≤75万元"), ("省级专精特新中小企业奖补", "≤300万元", "按30家×每家10万元")],
     None, False),
    # a project built over two years, its award paid at once
    ("2027年建设标准厂房项目分两年实施，对入驻企业3家每家补助50万元。",
     [("入驻企业补助", "≤150万元", "按3家×每家50万元")], None, False),
    # the A line at its year's third
    (_TALENT + "（分3年发放，2027年发放三分之一）。",
     [("A类人才安家补贴", "≤200000元"), ("B类人才安家补贴", "≤400000元"), ("C类人才安家补贴", "≤500000元")],
     _TALENT_COUNTS, False),
    # a fee beside the split award, whole number of a price of its own
    ("2027年对新入库企业每家奖励3万元（分两年兑付，2027年兑付1.5万元），组织企业参加展销活动6场每场4万元。",
     [("新入库企业奖励", "≤60万元", "按40家×每家1.5万元"), ("展销活动组织费", "≤24万元", "按6场×每场4万元")],
     [("新入库企业", "≥40家"), ("展销活动", "≥6场")], False),
    # held out, written after the check
    ("2027年对认定的省级以上孵化器每个奖励100万元（分三年拨付，每年拨付三分之一），新认定孵化器2个。",
     [("孵化器认定奖励", "≤200万元", "2个×100万元")], [("新认定孵化器", "≥2个")], True),
    # missed once (每人 six characters before its 12万元), told since careful round s27: up to six characters may stand
    # between 每人 and the standard, and a clause opening with 每人 pays the people the clause before names
    ("2027年引进博士研究生10名，每人发放生活补贴12万元（分3年发放，首年发放4万元）。",
     [("博士研究生生活补贴", "≤120万元")], [("引进博士研究生", "≥10名")], True),
    ("2027年对新认定的国家高新技术企业40家每家奖励20万元（分两年兑付，首年兑付10万元）。",
     [("高新技术企业认定奖励", "≤400万元", "40家×每家10万元")], [("新认定国家高新技术企业", "≥40家")], False),
    ("2027年对2026年认定的总部企业5家每家奖补30万元（分两年拨付，2026年已拨付50%）。",
     [("总部企业认定奖补", "≤150万元", "5家×每家30万元")], [("总部企业", "≥5家")], False),
    ("2027年对搬迁农户100户每户补助1.2万元（分两年兑付，当年兑付60%）。",
     [("搬迁农户补助资金", "≤120万元", "100户×1.2万元")], [("补助搬迁农户", "≥100户")], True),
]


@pytest.mark.parametrize(("goal", "costs", "counts", "told"), _SPLIT, ids=[f"split{i}" for i in range(len(_SPLIT))])
def test_split_paid_whole(engine: Any, goal: str, costs: list[Row], counts: list[Row] | None, told: bool) -> None:
    assert ("FUND025" in _rules(engine, goal, costs, counts)) is told


# FUND026: (goal, cost lines, benefits, told)
_RENOVATION = "2027年对完成设备投资500万元以上的工业企业技术改造项目，按设备投资额的8%给予奖补，单个项目奖补不超过100万元，"
_SHARE = [
    # the audit's two
    (_RENOVATION + "带动企业技术改造设备投资不少于4000万元。",
     [("技术改造项目奖补资金", "≤480万元"), ("奖补比例", "按设备投资额的8%"), ("单个项目奖补上限", "≤100万元")],
     [("带动企业技术改造设备投资", "≥4000万元")], True),
    ("2027年向科技型中小企业兑付科技创新券400家（按服务合同金额的20%兑付），带动企业购买科技服务合同金额4000万元以上。",
     [("科技创新券兑付资金", "≤960万元", "400家×2.4万元/家"), ("兑付材料第三方审核服务费", "≤40万元")],
     [("带动企业购买科技服务合同金额", "≥4000万元")], True),
    # look-alikes, measured on
    # the careful g113: 8% of 6000万元
    (_RENOVATION + "带动企业技术改造设备投资不少于6000万元。",
     [("技术改造项目奖补资金", "≤480万元"), ("奖补比例", "按设备投资额的8%")],
     [("带动企业技术改造设备投资", "≥6000万元")], False),
    # only one project's investment and the threshold of who may apply
    (_RENOVATION + "单个项目设备投资不少于500万元。", [("技术改造项目奖补资金", "≤480万元")], None, False),
    # a base of other words (总投资, not 设备投资)
    (_RENOVATION + "带动企业总投资4000万元。", [("技术改造项目奖补资金", "≤480万元")],
     [("带动企业总投资", "≥4000万元")], False),
    # a floor rate
    ("2027年按设备投资额的8%以上给予奖补，带动企业技术改造设备投资不少于4000万元。", [("技术改造项目奖补资金", "≤480万元")],
     None, False),
    # two amounts of the base
    (_RENOVATION + "带动企业技术改造设备投资不少于4000万元。", [("技术改造项目奖补资金", "≤480万元")],
     [("带动企业技术改造设备投资", "≥6000万元")], False),
    # two lines naming the award
    (_RENOVATION + "带动企业技术改造设备投资不少于4000万元。",
     [("智能化改造项目奖补", "≤300万元"), ("绿色化改造项目奖补", "≤180万元")], None, False),
    # a range of rate, held at its top (12% of 4000万元)
    ("2027年按设备投资额的8%-12%给予奖补，带动企业技术改造设备投资不少于4000万元。", [("技术改造项目奖补资金", "≤480万元")],
     None, False),
    # a line of a share that pays no subsidy (监理费 按工程费的1%计列)
    ("2027年建设污水管网12公里，工程费4000万元，监理费按工程费的1%计列。", [("工程监理费", "≤60万元")], None, False),
    # a dividend, no subsidy, with the base in the rate
    ("2027年建成食用菌大棚，按财政投入3500000元的6%每年向村集体分红21万元。", [("食用菌大棚建设补助", "≤350万元")], None, False),
    # below the bound: 2% of 5亿元
    ("2027年对中小企业贷款按贷款额的2%给予贴息，撬动银行贷款5亿元。", [("中小企业贷款贴息资金", "≤800万元")], None, False),
    # a range of line, held at its bottom (320万元 = 8% of 4000万元)
    (_RENOVATION + "带动企业技术改造设备投资不少于4000万元。", [("技术改造项目奖补资金", "320-480万元")], None, False),
    # held out, written after the check
    ("2027年对中小企业贷款按贷款额的2%给予贴息，撬动银行贷款3亿元。", [("中小企业贷款贴息资金", "≤800万元")], None, True),
    ("2027年对项目按项目总投资的30%给予补助，最高不超过200万元，项目总投资1000万元。", [("项目建设补助", "≤300万元")],
     None, False),
    # missed once (the base's words 实际支付费用 are not the figure's 支付检验检测费用), told since careful round s27: where
    # the base's own words give no amount, its first two characters and its last two with up to six between do
    ("2027年对购买检验检测服务的企业，按实际支付费用的50%给予补贴，预计企业支付检验检测费用600万元。",
     [("检验检测服务补贴", "≤400万元")], None, True),
    ("2027年按上年度研发投入的10%给予奖励，获奖励企业研发投入合计5000万元。", [("研发投入奖励资金", "≤500万元")], None,
     False),
    ("2027年支持首台套重大技术装备投保，按保费的10%给予补贴，企业投保保费2000万元。",
     [("首台套保险保费补贴", "≤300万元", "按保费2000万元的10%计")], None, True),
]


@pytest.mark.parametrize(("goal", "costs", "benefits", "told"), _SHARE, ids=[f"share{i}" for i in range(len(_SHARE))])
def test_line_over_rate(engine: Any, goal: str, costs: list[Row], benefits: list[Row] | None, told: bool) -> None:
    assert ("FUND026" in _rules(engine, goal, costs, benefits=benefits)) is told

"""Recall audit 38's leftovers, part A: a standard or a cost line's unit price above the cap per item the goal quotes
(REL008's price_over_cap: 单件资助标准 ≤4万元/件 against 每件最高不超过3万元; a note's 12个×20万元/个 against 每个最高不超过
15万元; B类 ＝20万元/人 against B类最高不超过15万元/人), each against the look-alikes it was measured on and the cases
held out after it was written; and REL008 pairing a standard with the clause its name names (首次认定, not the
重新认定 clause beside it), a slip with the figure whose words the name shares most, and leaving a count of a later
stage (签约项目开工个数) unpaired with the figure of the deed before it (audit 38's side notes on b428, b430, b431)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某市企业发展奖补项目, year: 2027, department: 某市科学技术局, implementer: 某市科学技术局}}
funds: {{unit: 万元, total: 2000, fiscal: 2000}}
goal: {goal}
indicators:
  成本指标:
    经济成本指标:
{costs}
  产出指标:
    数量指标:
      - {{name: 开展项目工作, value: ≥1项}}
    质量指标:
      - {{name: 资助对象审核准确率, value: ＝100%}}
  效益指标:
    经济效益指标:
      - {{name: 受助企业新增产值, value: ≥3000万元}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受助企业满意度, value: ≥90%}}
"""
Row = tuple[str, ...]  # (name, value) or (name, value, note)


def _told(engine: Any, goal: str, costs: list[Row]) -> set[str]:
    """The indicators REL008 tells on the table, by name."""
    lines = []
    for row in costs:
        note = f", note: \"{row[2]}\"" if len(row) > 2 else ""
        lines.append(f"      - {{name: \"{row[0]}\", value: \"{row[1]}\"{note}}}")
    text = TABLE.format(goal=goal, costs="\n".join(lines))
    return {f.value.split("\x1f")[0] for f in engine.check_source(load_text(text, "caps.yaml")).findings
            if f.rule_id == "REL008"}


_PATENT = "2027年对2027年度授权的中小企业发明专利实施转化给予资助，每件最高不超过3万元，资助10件。"
_FIRST = "2027年对首次认定的高新技术企业40家每家奖补最高不超过10万元，对重新认定的高新技术企业30家每家奖补5万元。"
_STATION = "2027年改造乡镇电商服务站12个（每个补助最高不超过15万元）、村级电商服务点60个。"
_TALENT = ("2027年对新引进人才按A类30万元/人、B类15万元/人、C类3万元/人标准发放安家补贴（B类最高不超过15万元/人，"
           "分3年发放）。")
_VOUCHER = "2027年向科技型中小企业兑付科技创新券400家（单家企业年度兑付最高不超过2万元，按服务合同金额的20%兑付）。"

# (goal, cost lines, the names told)
_CASES = [
    # the audit's five (b427, b428, b430, b432, b434)
    (_PATENT, [("发明专利转化单件资助标准", "≤4万元/件"), ("发明专利转化资助", "≤30万元", "10件×每件3万元")],
     {"发明专利转化单件资助标准"}),
    (_FIRST, [("首次认定企业奖补标准", "＝12万元/家"), ("重新认定企业奖补标准", "＝5万元/家")], {"首次认定企业奖补标准"}),
    (_STATION, [("乡镇电商服务站改造", "≤240万元", "12个×20万元/个")], {"乡镇电商服务站改造"}),
    (_TALENT, [("A类人才安家补贴", "≤60万元"), ("B类人才安家补贴标准", "＝20万元/人")], {"B类人才安家补贴标准"}),
    (_VOUCHER, [("科技创新券兑付资金", "≤960万元", "400家×2.4万元/家"),
                ("兑付材料第三方审核服务费", "≤40万元", "400家×0.1万元/家")], {"科技创新券兑付资金"}),
    # look-alikes: at or under the cap
    (_PATENT, [("发明专利转化单件资助标准", "≤3万元/件")], set()),
    (_STATION, [("乡镇电商服务站改造", "≤180万元", "12个×15万元/个")], set()),
    # the first-time standard agreeing with its cap: not held against the 重新认定 clause's 5万元 either
    (_FIRST, [("首次认定企业奖补标准", "＝10万元/家"), ("重新认定企业奖补标准", "＝5万元/家")], set()),
    # another class than the cap's
    (_TALENT, [("A类人才安家补贴标准", "＝30万元/人")], set()),
    # a cap on a total, not per item
    ("2027年对首次认定的高新技术企业给予奖补，奖补资金总额不超过400万元。", [("首次认定企业奖补标准", "＝12万元/家")], set()),
    # a floor, not a cap
    ("2027年对首次认定的高新技术企业40家每家奖补不低于10万元。", [("首次认定企业奖补标准", "＝12万元/家")], set()),
    # last year's cap, this year's raised
    ("上年对首次认定的高新技术企业每家奖补最高不超过10万元，2027年起每家奖补12万元。",
     [("首次认定企业奖补标准", "＝12万元/家")], set()),
    # another item's standard (实用新型 beside the 发明 cap)
    (_PATENT + "对实用新型专利转化每件最高不超过5万元。", [("实用新型专利转化单件资助标准", "＝4万元/件")], set()),
    # a cap per month against a year's standard
    ("2027年为引进的博士发放生活补贴，每人每月最高不超过3000元。", [("博士生活补贴标准", "＝3.6万元/人")], set()),
    # a service fee per firm, no payment the cap bounds
    (_VOUCHER, [("兑付材料第三方审核服务费", "≤1200万元", "400家×3万元/家")], set()),
    # a unit price per another unit than the cap's
    (_STATION, [("乡镇电商服务站改造", "≤240万元", "12000平方米×200元/平方米")], set()),
    # held out, written after the change: 4 of 5 right as written (the B级 cap missed: both class caps fitted the name and
    # a second fit left it unread), 5 of 5 once the best-named cap is taken, any rival sharing as much still leaving it
    ("2027年对新认定的省级专精特新中小企业每家一次性奖励最高不超过20万元，共奖励15家。",
     [("专精特新企业奖励标准", "＝30万元/家")], {"专精特新企业奖励标准"}),
    ("2027年对符合条件的技改项目按设备投资额的8%给予补助，单个项目最高不超过100万元。",
     [("技改项目补助资金", "≤800万元", "8个×120万元/个")], {"技改项目补助资金"}),
    ("2027年为引进的高校毕业生发放租房补贴，每人每月最高不超过1000元，补贴12个月。",
     [("租房补贴标准", "＝800元/人·月")], set()),
    ("2027年支持电商企业开展直播带货，补助资金总额最高不超过50万元。", [("直播带货补助标准", "＝2万元/场")], set()),
    ("2027年对年度评定的A级物流企业每家补助最高不超过8万元，B级物流企业每家补助最高不超过5万元。",
     [("B级物流企业补助标准", "＝6万元/家")], {"B级物流企业补助标准"}),
]


@pytest.mark.parametrize(("goal", "costs", "told"), _CASES, ids=[f"case{i}" for i in range(len(_CASES))])
def test_price_over_cap(engine: Any, goal: str, costs: list[Row], told: set[str]) -> None:
    assert _told(engine, goal, costs) == told


COUNTS = """version: 1
project: {{name: 2027年某县商务发展项目, year: 2027, department: 某县商务局, implementer: 某县商务局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
      - {{name: 资金使用合规率, value: ＝100%}}
  效益指标:
    社会效益指标:
      - {{name: 服务对象受益情况, value: 持续受益}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _counts_told(engine: Any, goal: str, counts: list[Row]) -> set[str]:
    """The counts REL008 tells on a table of ``counts``, by name."""
    lines = "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in counts)
    text = COUNTS.format(goal=goal, counts=lines)
    return {f.value.split("\x1f")[0] for f in engine.check_source(load_text(text, "counts.yaml")).findings
            if f.rule_id == "REL008"}


# the audit's two wrong-clause side notes (b430, b431), quiet now, and true slips and shortfalls the two guards keep
_SIDE = [
    # b430: 验收合格 ≥10个 is the 乡镇电商服务站12个 clause's, not the 村级 100个's (sharing only 电商服务)
    ("2027年改造提升乡镇电商服务站12个、村级电商服务点100个。",
     [("改造乡镇电商服务站", "＝12个"), ("乡镇电商服务站验收合格", "≥10个"), ("改造村级电商服务点", "＝100个")], set()),
    # b431: 开工 is a later stage than the goal's 签约
    ("2027年全年新签约项目20个以上。", [("签约项目开工个数", "≥8个")], set()),
    # kept: a 0 dropped from the figure the name names best
    ("2027年改造提升乡镇电商服务站120个、村级电商服务点100个。",
     [("改造乡镇电商服务站", "≥12个"), ("改造村级电商服务点", "＝100个")], {"改造乡镇电商服务站"}),
    ("2027年轮换储备粮20000吨。", [("轮换储备粮", "≥2000吨")], {"轮换储备粮"}),
    # kept: fewer asked of the goal's own count, the stage in the goal's words too
    ("2027年全年新签约项目20个以上。", [("新签约项目个数", "≥15个")], {"新签约项目个数"}),
    ("2027年完成验收合格项目20个。", [("验收合格项目", "≥15个")], {"验收合格项目"}),
]


@pytest.mark.parametrize(("goal", "counts", "told"), _SIDE, ids=[f"side{i}" for i in range(len(_SIDE))])
def test_side_notes_pair_the_right_clause(engine: Any, goal: str, counts: list[Row], told: set[str]) -> None:
    assert _counts_told(engine, goal, counts) == told

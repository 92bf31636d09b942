"""Leftovers of the thirty-ninth and thirty-seventh recall audits, each against the audit's own case, the look-alikes
it was measured on and the cases held out (written after the check, not tuned on): a term longer than the one the
goal caps (TIME020, term-over-goal: b438's 骨灰免费寄存期限 ＝5年 of 骨灰寄存（3年内）), a one-off payment priced per
period (FUND029, one-off-per-period: b442's 一次性创业补贴 按每户每月5000元), and cases handled above the applications
the goal or table counts (REL047, cases-over-applications: b417's 办理法律援助案件 ≥1000件 of 申请950件)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某市民生项目, year: 2027, department: 某市民政局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
  产出指标:
    {level2}:
      - {{name: "{name}", value: "{value}", note: "{note}"}}
{extra}    时效指标:
      - {{name: 资金拨付时间, value: 2027年12月31日前}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _rules(engine: Any, goal: str, name: str, value: str, note: str = "", level2: str = "质量指标",
           extra: tuple[str, str] | None = None) -> set[str]:
    more = f"      - {{name: \"{extra[0]}\", value: \"{extra[1]}\"}}\n" if extra else ""
    text = TABLE.format(goal=goal, name=name, value=value, note=note, level2=level2, extra=more)
    return {f.rule_id for f in engine.check_source(load_text(text, "s27terms.yaml")).findings}


# TIME020: the audit's case, eleven look-alikes, then five held out
FUNERAL = "对逝者免除遗体接运、遗体暂存（3天内）、遗体火化、骨灰寄存（3年内）4项基本殡葬服务费用，预计惠及2000具。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (FUNERAL, "骨灰免费寄存期限", "＝5年", True),
    (FUNERAL, "骨灰免费寄存期限", "＝3年", False),
    (FUNERAL, "骨灰免费寄存期限", "≤2年", False),
    (FUNERAL, "遗体免费暂存期限", "＝3天", False),
    (FUNERAL, "殡仪馆火化设备质保期", "≥5年", False),  # another act than the goal's term's
    ("新建道路3年内不出现结构性损坏，改造道路12公里。", "道路设计使用年限", "≥15年", False),  # a life, no term
    ("3年内完成全部老旧小区改造，2027年改造20个。", "改造工程质保期限", "≥5年", False),
    ("寄存骨灰满3年以上的，续存费用减半。", "骨灰寄存期限", "＝5年", False),  # a floor, not a cap
    ("骨灰免费寄存期满后家属须在30日内领回骨灰。", "骨灰免费寄存期限", "＝1年", False),  # the act is far off
    ("培训结束后6个月内实现就业，培训300人。", "就业跟踪服务期限", "＝12个月", False),
    ("创业担保贷款期限不超过3年，财政全额贴息。", "创业担保贷款期限", "≤3年", False),
    ("创业担保贷款期限不超过3年，财政全额贴息。", "贷款贴息期限", "＝2年", False),
])
def test_term_over_goal(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("TIME020" in _rules(engine, goal, name, value)) is told


# FUND029: the audit's case, eleven look-alikes, then five held out
STARTUP = "对返乡创业人员给予一次性创业补贴，补贴120户，按每户5000元发放。"


@pytest.mark.parametrize(("goal", "name", "value", "note", "told"), [
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按每户每月5000元标准发放", True),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按每户5000元标准发放", False),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "每户5000元，每月集中审核发放一次", False),  # a cadence
    (STARTUP, "一次性社保补贴资金", "≤360000元", "按每人每月500元标准一次性补贴6个月", False),  # months counted
    ("对困难家庭给予一次性临时救助，每户每年不超过5000元。", "一次性临时救助资金", "≤50万元",
     "每户每年不超过5000元", False),  # a yearly cap on repeated one-offs
    (STARTUP, "创业场租补贴资金", "≤100000元", "按每户每月500元标准发放", False),  # not the one-off
    (STARTUP, "一次性创业补贴及场租补贴资金", "≤700000元", "场租补贴每户每月500元", False),  # two payments
    (STARTUP, "一次性创业补贴标准", "＝5000元/户", "", False),
    (STARTUP, "带动就业补贴资金", "≤400000元", "每户每年不超过10000元", False),
    ("对新就业的高校毕业生给予一次性求职补贴，每人1000元；给予生活补贴每人每月300元。", "生活补贴资金",
     "≤36万元", "每人每月300元", False),
    ("给予一次性扩岗补助，每人1500元。", "一次性扩岗补助发放人数", "≥200人", "每月审核一次", False),
    (STARTUP, "享受一次性创业补贴的创业实体", "≥120户", "", False),
])
def test_one_off_per_period(engine: Any, goal: str, name: str, value: str, note: str, told: bool) -> None:
    assert ("FUND029" in _rules(engine, goal, name, value, note, level2="数量指标")) is told


# REL047: the audit's case, ten look-alikes and the case told through a row counting the applications, then five
# held out
LEGAL = "2027年预计受理法律援助申请950件，经审查给予援助、办理法律援助案件900件，提供法律咨询6000人次。"


@pytest.mark.parametrize(("goal", "name", "value", "extra", "told"), [
    (LEGAL, "办理法律援助案件数量", "≥1000件", None, True),
    (LEGAL, "办理法律援助案件数量", "≥900件", None, False),
    (LEGAL, "办理法律援助案件数量", "≥950件", None, False),
    ("2027年受理法律援助申请950件，办理法律援助案件1000件（含上年结转案件80件）。", "办理法律援助案件数量",
     "≥1000件", None, False),  # cases carried over from last year
    (LEGAL, "办理人民调解案件", "≥1000件", None, False),  # other cases
    (LEGAL, "提供法律咨询", "≥6000人次", None, False),
    ("2027年受理专利申请950件，开展知识产权维权援助。", "办理专利侵权纠纷案件", "≥1000件", None, False),
    ("2026年受理法律援助申请950件，2027年力争有所增长。", "办理法律援助案件数量", "≥1000件", None, False),
    ("三年累计受理法律援助申请950件。", "办理法律援助案件数量", "≥1000件", None, False),
    (LEGAL, "办理法律援助案件数量", "≤1000件", None, False),  # a ceiling claims no cases
    ("2027年为困难群众提供法律援助。", "办理法律援助案件数量", "≥900件", ("受理法律援助申请", "≥1000件"), False),
    ("2027年为困难群众提供法律援助。", "办理法律援助案件数量", "≥1000件", ("受理法律援助申请", "≥950件"), True),
])
def test_cases_over_applications(engine: Any, goal: str, name: str, value: str, extra: tuple[str, str] | None,
                                 told: bool) -> None:
    assert ("REL047" in _rules(engine, goal, name, value, level2="数量指标", extra=extra)) is told


# held out: written after the three checks, not tuned on
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("为困难群众提供骨灰免费寄存服务，免费寄存期不超过3年。", "骨灰免费寄存期", "≤5年", True),
    ("对新建小型水利工程实行专业化管护，管护期2年内由施工单位负责维修。", "工程管护期限", "＝3年", True),
    ("为失业人员提供公益性岗位，岗位补贴期限最长不超过3年。", "公益性岗位补贴期限", "≤3年", False),
    ("对遗体暂存（7天内）免收费用，惠及1500具。", "遗体免费冷藏暂存期限", "≤15天", True),
    ("对农村危房改造户给予补助，改造后5年内不得转让。", "危房改造房屋质保期限", "≥8年", False),
])
def test_term_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("TIME020" in _rules(engine, goal, name, value)) is told


@pytest.mark.parametrize(("goal", "name", "value", "note", "told"), [
    ("对首次创业的高校毕业生给予一次性创业补贴，每人6000元。", "一次性创业补贴标准", "＝6000元/人·月", "", True),
    ("对吸纳脱贫劳动力就业的企业给予一次性吸纳就业补贴，每人1000元。", "吸纳就业补贴资金", "≤20万元",
     "按每人每年1000元计算", True),
    ("对新招用的就业困难人员给予一次性岗位补贴，每人2000元。", "一次性岗位补贴资金", "≤40万元",
     "每人2000元，每季度集中发放一次", False),
    ("对搬迁户给予一次性搬迁补助，每户3000元；过渡期间给予临时安置补助每户每月500元。", "临时安置补助资金",
     "≤30万元", "每户每月500元，共6个月", False),
    # a monthly standard written 按月补贴标准300元/人, not 每人每月300元 (missed at first; told since s28)
    ("对参加技能培训的农村劳动力给予一次性交通补贴。", "一次性交通补贴资金", "≤9万元", "按月补贴标准300元/人", True),
])
def test_one_off_held_out(engine: Any, goal: str, name: str, value: str, note: str, told: bool) -> None:
    assert ("FUND029" in _rules(engine, goal, name, value, note, level2="数量指标")) is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2027年预计受理行政复议申请280件，依法审理行政复议案件。", "办理行政复议案件", "≥300件", True),
    ("全年受理法律援助申请约1.2万件，办理法律援助案件1.1万件。", "办理法律援助案件", "≥1.15万件", False),
    ("2027年预计受理法律援助申请1200件。", "承办刑事法律援助案件", "≥1300件", True),
    ("2027年预计受理劳动人事争议仲裁申请1500件，仲裁结案率95%以上。", "办理劳动人事争议仲裁案件", "≥1600件", True),
    ("2027年预计受理法律援助申请950件。", "办理法律援助案件（含上年结转）", "≥1000件", False),
])
def test_cases_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL047" in _rules(engine, goal, name, value, level2="数量指标")) is told


# FUND024 widened: a ceiling price FUND007's pairing leaves alone, paired with its count through its line (b424)
PRICED = """version: 1
project: {{name: 2027年某市抽检经费, year: 2027, department: 某市市场监督管理局}}
funds: {{unit: 元, total: 1200000, fiscal: 1200000}}
goal: 2027年完成监督抽检任务。
indicators:
  成本指标:
    经济成本指标:
{costs}
  产出指标:
    数量指标:
{counts}
  满意度指标:
    服务对象满意度指标:
      - {{name: 被抽检经营主体满意度, value: ≥85%}}
"""
PRICE = ("委托检验单批次平均费用", "≤400元/批次")
LINE = ("食品监督抽检检验费", "≤960000元")
REAGENTS = ("快检试剂及耗材费", "≤240000元")
SAMPLED = ("食品安全监督抽检批次", "≥3000批次")
PER_THOUSAND = ("每千人食品抽检量", "≥5批次")
QUICK = ("农贸市场快检批次", "≥3万批次")


def _fund024(engine: Any, costs: list[tuple[str, str]], counts: list[tuple[str, str]]) -> bool:
    def block(rows: list[tuple[str, str]]) -> str:
        return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)
    text = PRICED.format(costs=block(costs), counts=block(counts))
    return "FUND024" in {f.rule_id for f in engine.check_source(load_text(text, "s27priced.yaml")).findings}


@pytest.mark.parametrize(("costs", "counts", "told"), [
    ([PRICE, LINE, REAGENTS], [SAMPLED, PER_THOUSAND, QUICK], True),  # b424
    ([PRICE, ("食品监督抽检检验费", "≤1200000元"), REAGENTS], [SAMPLED, PER_THOUSAND, QUICK], False),  # 3000 bought
    ([("委托检验单批次平均费用", "≤320元/批次"), LINE, REAGENTS], [SAMPLED, PER_THOUSAND, QUICK], False),
    ([PRICE, LINE], [SAMPLED, ("食品监督抽检复检批次", "≥100批次")], False),  # two counts the line may pay
    ([PRICE, LINE, REAGENTS], [PER_THOUSAND, QUICK], False),  # a rate per head only
    ([PRICE, ("食品监督抽检检验费", "≤961000元")], [SAMPLED, QUICK], False),  # not worked out at the price
    ([PRICE, LINE, ("农产品抽检检验费", "≤300000元")], [SAMPLED, QUICK], False),  # two lines alike
    ([("委托检验单批次平均费用", "＝400元/批次"), LINE], [SAMPLED, QUICK], False),  # an exact price: FUND007's
    ([PRICE, LINE], [("食品安全监督抽检", "≥3000份"), QUICK], False),  # another unit
    ([PRICE, LINE], [("农贸市场抽检批次", "≥3000批次"), QUICK], False),  # two characters shared with the line
    ([PRICE, LINE], [("其中：食品安全监督抽检批次", "≥3000批次"), QUICK], False),  # a part
    ([PRICE, LINE], [("食品安全监督抽检批次", "≥2400批次"), QUICK], False),
])
def test_price_bridged_by_line(engine: Any, costs: list[tuple[str, str]], counts: list[tuple[str, str]],
                               told: bool) -> None:
    assert _fund024(engine, costs, counts) is told


@pytest.mark.parametrize(("costs", "counts", "told"), [
    # held out, written after the widening
    ([("委托检测单台平均费用", "≤1000元/台"), ("特种设备监督检验检测费", "≤150000元")],
     [("特种设备监督检验", "≥180台"), ("电梯应急救援演练", "≥20台")], True),
    ([("委托检测单台平均费用", "≤1000元/台"), ("特种设备监督检验检测费", "≤150000元")],
     [("特种设备监督检验", "≥150台"), ("电梯应急救援演练", "≥20台")], False),
    ([("兽药委托检验平均单价", "≤800元/批次"), ("兽药质量监督抽检检验费", "≤80000元")],
     [("兽药质量监督抽检批次", "≥120批次"), ("兽药快速检测批次", "≥500批次")], True),
    # written as quiet (two counts the line may pay), but told, and by the pairing before the widening (which told it
    # already): the one count named as the whole work, 150 of 120 bought; the expectation was wrong
    ([("委托检验单批次平均费用", "≤500元/批次"), ("饲料监督抽检检验费", "≤60000元")],
     [("饲料监督抽检批次", "≥150批次"), ("饲料监督抽检复核批次", "≥10批次")], True),
    ([("委托检测单样平均费用", "≤600元/个"), ("饮用水水质监测检测费", "≤120000元")],
     [("饮用水水质监测样品", "≥240个"), ("监测点位", "≥30个")], True),
])
def test_price_bridged_held_out(engine: Any, costs: list[tuple[str, str]], counts: list[tuple[str, str]],
                                told: bool) -> None:
    assert _fund024(engine, costs, counts) is told

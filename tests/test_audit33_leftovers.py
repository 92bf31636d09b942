"""What recall audit 33 left (b376–b385), each check against the look-alikes it was measured on and the cases held
out after it was written: the managing body's own paperwork counted as a subsidy project's output (REL025), and the
bureau's own management of the project's money as a benefit (REL014 widened)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: {project}, year: 2026, department: 某县农业农村局, implementer: 某县农业农村局}}
funds: {{unit: 万元, total: 800, fiscal: 800}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 奖补项目, value: ≥40个}}
      - {{name: {output}, value: "{output_value}"}}
    时效指标:
      - {{name: 奖补项目竣工验收时间, value: 2026年10月31日前}}
  效益指标:
    社会效益指标:
      - {{name: 受益农村人口, value: ≥3万人}}
    可持续影响指标:
      - {{name: {benefit}, value: ＝100%}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益村民满意度, value: ≥90%}}
"""
_PROJECT = "2026年村级公益事业奖补资金"
_GOAL = "2026年支持全县40个村实施村内道路硬化奖补项目，项目竣工验收合格后拨付奖补资金，受益农村人口3万人。"


def _rules(engine: Any, project: str = _PROJECT, goal: str = _GOAL, output: str = "受益行政村",
           output_value: str = "≥40个", benefit: str = "奖补项目管护责任落实率") -> set[str]:
    text = TABLE.format(project=project, goal=goal, output=output, output_value=output_value, benefit=benefit)
    return {f.rule_id for f in engine.check_source(load_text(text, "audit33_left.yaml")).findings}


# REL025: the audit's three (b377, b381, b385; b92's 召开项目推进调度会 too), twelve look-alikes (0 told), five held out
_OFFICE = [
    (_PROJECT, _GOAL, "县农业农村局审核扶持申报材料", "≥260份", True),
    (_PROJECT, _GOAL, "乡人民政府印发项目实施方案", "＝1份", True),
    (_PROJECT, _GOAL, "县畜牧站入户核查奖补申报材料", "≥1600份", True),
    # look-alikes
    (_PROJECT, _GOAL, "第三方审核贴息申报材料", "≥200份", False),  # a review bought
    (_PROJECT, _GOAL, "申报材料审核时限", "≤15个工作日", False),  # no count
    ("2026年财政投资评审项目", "2026年评审政府投资项目260个。", "审核项目申报材料", "≥260份", False),
    ("2026年县级督查工作经费", "2026年开展重点工作督查。", "召开项目推进调度会", "≥6次", False),
    (_PROJECT, _GOAL, "印发政策宣传资料", "≥5000份", False),  # a leaflet handed out, not a document issued
    (_PROJECT, _GOAL, "发放政策明白卡", "≥2000份", False),
    (_PROJECT, _GOAL, "召开村民代表大会", "≥40次", False),  # the villagers' own 一事一议
    ("2026年农村集体资产信息系统运维项目", "2026年维护农村集体资产管理系统，审核村级报账资料。", "审核村级报账资料",
     "≥3000份", False),
    (_PROJECT, _GOAL, "核查退耕地块", "≥1200个", False),  # the object is land, not paper
    (_PROJECT, _GOAL, "组织开展技术培训", "≥40场", False),
    ("2026年乡镇业务工作经费", "2026年保障乡镇财政所日常运转。", "审核村级报账资料", "≥3000份", False),
    ("2026年村庄规划编制项目", "2026年编制村庄规划10个。", "印发村庄规划成果文件", "≥10份", False),
    # held out, written after the check
    (_PROJECT, _GOAL, "县财政局审核拨付资料", "≥300份", True),
    (_PROJECT, _GOAL, "召开奖补工作调度会", "≥4次", True),
    (_PROJECT, _GOAL, "县乡村振兴局印发资金管理文件", "≥3份", True),
    (_PROJECT, _GOAL, "委托第三方机构审核申报材料", "≥260份", False),
    ("2026年财政投资评审经费", "2026年完成政府投资项目预算评审。", "召开评审协调会", "≥3次", False),
]


@pytest.mark.parametrize(("project", "goal", "output", "value", "told"), _OFFICE)
def test_office_work_as_output(engine: Any, project: str, goal: str, output: str, value: str, told: bool) -> None:
    assert ("REL025" in _rules(engine, project=project, goal=goal, output=output, output_value=value)) is told


# REL014: the audit's three (b377, b382, b384), ten look-alikes (0 told), five held out
_OWN_MANAGEMENT = [
    ("县农业农村局项目资金监管覆盖率", True),
    ("乡财政所资金支付审核及时率", True),
    ("县水务局项目管理制度健全率", True),
    # look-alikes
    ("项目资金监管覆盖率", False),  # no body named: REL014 reads the body at the name's start only
    ("县市场监管局食品安全监管覆盖率", False),  # the bureau's supervision is the substance
    ("村级集体经济组织财务管理制度健全率", False),
    ("合作社管理制度健全率", False),
    ("受益村项目管护制度健全率", False),
    ("县医保局基金监管覆盖率", False),
    ("村务监督委员会项目资金监督覆盖率", False),  # the villagers' own supervisors
    ("县审计局资金审计覆盖率", False),
    ("农户补贴资金发放及时率", False),
    ("奖补项目管护责任落实率", False),
    # held out, written after the check
    ("县林业局项目资金监督覆盖率", True),
    ("镇财政所资金拨付审核及时率", True),
    ("区交通运输局项目管理制度完善率", True),
    ("县交通运输局农村公路养护覆盖率", False),
    ("受益村项目资金监管覆盖率", False),
]


@pytest.mark.parametrize(("benefit", "told"), _OWN_MANAGEMENT)
def test_own_management_as_benefit(engine: Any, benefit: str, told: bool) -> None:
    assert ("REL014" in _rules(engine, benefit=benefit)) is told


CAP_TABLE = """version: 1
project: {{name: 2026年村级公益事业奖补资金, year: 2026, department: 某县财政局}}
funds: {{unit: 万元, total: 800, fiscal: 800}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 奖补项目, value: ≥16个}}
  成本指标:
    经济成本指标:
      - {{name: 村内道路硬化奖补资金, value: ≤800万元}}
      - {{name: {cap}, value: "{value}"}}
  效益指标:
    社会效益指标:
      - {{name: 受益农村人口, value: ≥3万人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益村民满意度, value: ≥90%}}
"""
_CAP_GOAL = "2026年支持全县16个村实施村内道路硬化奖补项目；按《一事一议财政奖补资金管理办法》，单个奖补项目财政奖补不超过50万元。"
_HIGHER = "高于目标所引的规定"  # REL008's cap_over message, not its other variants


def _cap_told(engine: Any, goal: str, cap: str, value: str) -> bool:
    text = CAP_TABLE.format(goal=goal, cap=cap, value=value)
    return any(f.rule_id == "REL008" and _HIGHER in str(f.message())
               for f in engine.check_source(load_text(text, "audit33_cap.yaml")).findings)


# REL008 cap_over: the audit's two (b376, b378), twelve look-alikes (0 told), five held out
_CAPS = [
    (_CAP_GOAL, "单个奖补项目财政奖补上限", "≤80万元/个", True),
    ("2026年新建果蔬保鲜冷库1座；按《村集体经济发展项目资金管理办法》，单个项目财政补助不超过130万元。",
     "单个项目财政补助上限", "≤150万元", True),
    # look-alikes
    (_CAP_GOAL, "单个奖补项目财政奖补上限", "≤50万元/个", False),  # the same cap
    (_CAP_GOAL, "单个奖补项目财政奖补上限", "≤40万元/个", False),  # stricter
    ("2026年为全县400户农户改厕，每户最高补助2万元。", "单个项目财政补助上限", "≤80万元", False),  # another item
    (_CAP_GOAL, "单个奖补项目总投资上限", "≤80万元", False),  # investment, not aid
    ("2026年实施村内道路硬化奖补项目，单个项目省级补助不超过50万元。", "单个项目县级补助上限", "≤80万元", False),
    ("2026年实施村内道路硬化奖补项目，财政奖补资金总额不超过50万元。", "单个项目奖补上限", "≤80万元", False),  # a total
    (_CAP_GOAL, "单个奖补项目财政奖补", "＝80万元", False),  # no cap named
    (_CAP_GOAL, "项目管理费上限", "≤80万元", False),  # a cost line, not per item
    ("2026年为全县困难群众发放临时救助，每人每月最高不超过800元。", "单个项目补助上限", "≤80万元", False),
    (_CAP_GOAL, "单个合作社贷款贴息上限", "≤80万元", False),
    ("2026年支持全县16个村，每个村最高补助50万元、每户最高补助2万元。", "每户补助上限", "≤2万元", False),
    (_CAP_GOAL, "单个奖补项目财政奖补上限", "≤0.8万元/户", False),  # a household's, far below
    # held out, written after the check
    ("2026年支持全县16个村实施村内道路硬化，每个村最高补助30万元。", "每村补助上限", "≤50万元", True),
    ("2026年实施小型水利设施奖补，按《小型水利工程奖补办法》，单个项目补助资金最高不超过100万元。", "单个项目补助资金上限",
     "≤120万元", True),
    ("2026年为全县300户农户改造危房，每户最高补助1.5万元。", "每户补助上限", "≤2万元", True),
    ("2026年实施村内道路硬化奖补项目，单个项目财政补助不超过50万元。", "单个项目财政补助上限", "≤500000元", False),
    ("2026年支持全县16个村实施村内道路硬化，每个村最高补助30万元。", "每户补助上限", "≤50万元", False),
]


@pytest.mark.parametrize(("goal", "cap", "value", "told"), _CAPS)
def test_cap_above_the_rules_the_goal_quotes(engine: Any, goal: str, cap: str, value: str, told: bool) -> None:
    assert _cap_told(engine, goal, cap, value) is told

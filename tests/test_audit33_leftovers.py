"""What recall audit 33 left (b376–b385), each check against the look-alikes it was measured on and the cases held
out after it was written: the managing body's own paperwork counted as a subsidy project's output (REL022), and the
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


# REL022: the audit's three (b377, b381, b385; b92's 召开项目推进调度会 too), twelve look-alikes (0 told), five held out
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
    assert ("REL022" in _rules(engine, project=project, goal=goal, output=output, output_value=value)) is told


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

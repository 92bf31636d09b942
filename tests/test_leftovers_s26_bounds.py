"""The thirty-eighth recall audit's leftovers, part C: a benefit above what the table's own figures allow. Money
arrived above the money signed for the same projects, firms' tax above their output (REL041, bounded-pair), and a
new output above the goal's own 投入产出比 × investment, jobs above the agreements the goal names for them (REL042,
over-stated-basis): each against the audit's cases (b426, b431, b433), the look-alikes it was measured on and the
cases held out after it was written."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某县产业发展项目, year: 2027, department: 某县工业和信息化局, implementer: 某县工业和信息化局}}
funds: {{unit: 万元, total: 500, fiscal: 500}}
goal: {goal}
indicators:
  成本指标:
    经济成本指标:
      - {{name: 项目工作经费, value: ≤500万元}}
  产出指标:
    数量指标:
      - {{name: 支持企业, value: ≥15家}}
  效益指标:
    经济效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 企业满意度, value: ≥90%}}
"""
Row = tuple[str, str]
_GOAL = "2027年支持企业15家，推动企业扩大投资。"


def _rules(engine: Any, rows: list[Row], goal: str = _GOAL) -> set[str]:
    benefits = "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)
    text = TABLE.format(goal=goal, benefits=benefits)
    return {f.rule_id for f in engine.check_source(load_text(text, "leftovers_s26_bounds.yaml")).findings}


# REL041: the audit's two (b431, b433), the look-alikes it was measured on, then the cases held out after it
_BOUNDED: list[Any] = [
    ([("签约项目投资总额", "≥50亿元"), ("签约项目实际到位资金", "≥60亿元")], True),  # b431
    ([("园区入驻企业新增税收", "≥1.5亿元"), ("入驻企业年产值", "≥1.2亿元")], True),  # b433
    # look-alikes
    ([("签约项目投资总额", "≥50亿元"), ("签约项目实际到位资金", "≥20亿元")], False),  # g63: agrees
    ([("新签约项目投资总额", "≥50亿元"), ("实际到位资金", "≥60亿元")], False),  # no subject: earlier signings too
    ([("新签约项目投资总额", "≥50亿元"), ("签约项目到位资金", "≥60亿元")], False),  # every signed project, not new
    ([("签约项目投资总额", "≥50亿元"), ("签约项目累计到位资金", "≥60亿元")], False),  # over several years
    ([("全县规上工业企业税收", "≥1.5亿元"), ("规上工业企业年产值", "≥1.2亿元")], False),  # the county's: wider
    ([("项目企业税收", "≥1.5亿元"), ("项目企业新增产值", "≥1.2亿元")], False),  # a whole tax, a new output
    ([("园区入驻企业新增税收", "≥300万元"), ("入驻企业年产值", "≥1.2亿元")], False),  # g358: agrees
    ([("入驻企业税收增长率", "≥10%"), ("入驻企业年产值", "≥1.2亿元")], False),  # a rate, no amount
    ([("农业项目到位资金", "≥60亿元"), ("工业项目签约投资", "≥50亿元")], False),  # other projects
    ([("入驻企业2026年产值", "≥1.2亿元"), ("入驻企业新增税收", "≥1.5亿元")], False),  # another year's output
    ([("签约项目投资总额", "≥50亿元"), ("签约项目到位资金", "≤60亿元")], False),  # a ceiling bounds nothing
    # held out, written after the check
    ([("招商引资签约资金", "≥30亿元"), ("招商引资到位资金", "≥35亿元")], True),
    ([("规上工业企业主营业务收入", "≥5亿元"), ("规上工业企业税收", "≥6亿元")], True),
    # missed once (合同 read as part of the subject, 新项目合同), told since careful round s27 reads 合同金额 as the keyword
    ([("新签约项目合同金额", "≥10亿元"), ("新签约项目实际到位资金", "≥12亿元")], True),
    ([("签约项目投资总额", "≥50亿元"), ("全市招商引资到位资金", "≥80亿元")], False),
    ([("入驻企业年营业收入", "≥1.5亿元"), ("入驻企业累计纳税", "≥2亿元")], False),
]

# REL042: the audit's two (b426, b433), the look-alikes it was measured on, then the cases held out after it
_B426_GOAL = ("对2027年度完成设备投资500万元以上的工业企业技术改造项目按设备投资额的8%给予奖补。2027年带动企业技术改造设备投资"
              "不少于4000万元；按设备投资1:3的投入产出比测算，支持项目企业全年新增产值{output}以上。")
_B433_GOAL = "2027年引进企业6家入驻投产，带动新增税收300万元以上、新增就业岗位400个（{inside}）。"
_BASIS: list[tuple[str, list[Row], bool]] = [
    (_B426_GOAL.format(output="3亿元"), [("带动企业技术改造设备投资", "≥4000万元"), ("项目企业新增产值", "≥3亿元")],
     True),  # b426
    (_B433_GOAL.format(inside="6家企业投资协议约定用工合计300人"), [("新增就业岗位", "≥400个")], True),  # b433
    # look-alikes
    (_B426_GOAL.format(output="1.2亿元"), [("带动企业技术改造设备投资", "≥4000万元"), ("项目企业新增产值", "≥1.2亿元")],
     False),  # agrees
    ("2027年带动设备投资4000万元，投入产出比达到1:3，新增产值3亿元以上。",
     [("带动企业设备投资", "≥4000万元"), ("项目企业新增产值", "≥3亿元")], False),  # the ratio names no input
    (_B426_GOAL.format(output="3亿元"), [("带动企业技术改造设备投资", "≥4000万元"), ("项目企业年产值", "≥3亿元")],
     False),  # not a new output
    (_B426_GOAL.format(output="3亿元"), [("带动企业技术改造设备投资", "≥1亿元"), ("项目企业新增产值", "≥3亿元")],
     False),  # a row gives more investment than the goal
    (_B426_GOAL.format(output="3亿元").replace("1:3", "1:8"),
     [("带动企业技术改造设备投资", "≥4000万元"), ("项目企业新增产值", "≥3亿元")], False),  # 1:8 gives 3.2亿元
    (_B433_GOAL.format(inside="其中投资协议约定用工300人"), [("新增就业岗位", "≥400个")], False),  # a part of it
    (_B433_GOAL.format(inside="6家企业投资协议约定用工合计400人"), [("新增就业岗位", "≥400个")], False),  # agrees
    (_B433_GOAL.format(inside="2026年为300个"), [("新增就业岗位", "≥400个")], False),  # last year, no agreement
    ("2027年引进企业6家，带动就业1000人（含投资协议约定用工300人）。", [("带动就业人数", "≥1000人")], False),  # 含
    ("2027年撬动消费2000万元以上，杠杆率不低于1:10。", [("撬动消费", "≥2000万元"), ("新增产值", "≥3亿元")],
     False),  # a leverage, no 投入产出比
    (_B433_GOAL.format(inside="6家企业投资协议约定用工合计300人"), [("新增就业岗位", "≥300个")], False),  # the row agrees
    # held out, written after the check
    ("2027年安排奖补资金500万元，按奖补资金1:10的投入产出比测算，带动企业新增产值5000万元以上。",
     [("带动企业新增产值", "≥1亿元")], True),
    ("2027年完成固定资产投资2亿元，按固定资产投资的投入产出比1:2测算，新增工业产值4亿元以上。",
     [("完成固定资产投资", "≥2亿元"), ("新增工业产值", "≥5亿元")], True),
    ("2027年完成固定资产投资2亿元，按固定资产投资的投入产出比1:2测算，新增工业产值4亿元以上。",
     [("完成固定资产投资", "≥2亿元"), ("新增工业产值", "≥4亿元")], False),
    ("2027年引进企业入驻，带动新增用工500人（入驻企业用工合同约定合计350人）。", [("带动新增用工", "≥500人")], True),
    ("2027年引进企业入驻，新增就业岗位300个（投资协议约定用工320人）。", [("新增就业岗位", "≥300个")], False),
]


@pytest.mark.parametrize(("rows", "told"), _BOUNDED)
def test_bounded_pair(engine: Any, rows: list[Row], told: bool) -> None:
    assert ("REL041" in _rules(engine, rows)) is told


@pytest.mark.parametrize(("goal", "rows", "told"), _BASIS)
def test_stated_basis(engine: Any, goal: str, rows: list[Row], told: bool) -> None:
    assert ("REL042" in _rules(engine, rows, goal)) is told

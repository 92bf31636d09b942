"""Session 25: the funds-side held-out leftovers of session 24, told, each against the look-alikes that must stay
as they are (written with the change) and five cases held out, written after it: FUND022 pairing an output and an
amount when the output names a place besides the work (改造农村户厕 / 户厕改造补助资金), FUND019 reading 建设, 新建,
实施 and 工程 as words of a deed that name no thing (新建污水管网 / 污水管网建设工程费), FUND023 reading a pay line
named with the budget year (2027年生态护林员劳务补助), and REL033, new, audit 36's b410 miss: households whose income
the posts raise counted above the posts the whole of the money pays."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: "2026年某县基础设施项目", year: 2026, department: 某县住建局, implementer: 某县住建局}}
funds: {{unit: 万元, total: {total}, fiscal: {total}}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
      - {{name: 工程验收合格率, value: ＝100%}}
    时效指标:
      - {{name: 工程完工时间, value: 2026年10月31日前}}
    成本指标:
{costs}
  效益指标:
    社会效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""
Row = tuple[str, ...]  # (name, value) or (name, value, note)


def _lines(rows: list[Row]) -> str:
    return "\n".join(f"      - {{name: \"{row[0]}\", value: \"{row[1]}\""
                     + (f", note: \"{row[2]}\"" if len(row) > 2 else "") + "}" for row in rows)


def _rules(engine: Any, counts: list[Row], costs: list[Row], goal: str = "2026年实施工程建设，完善配套设施。",
           benefits: list[Row] | None = None, total: str = "900") -> set[str]:
    text = TABLE.format(goal=goal, counts=_lines(counts), costs=_lines(costs), total=total,
                        benefits=_lines(benefits or [("群众生产生活条件改善", "明显改善")]))
    return {f.rule_id for f in engine.check_source(load_text(text, "s25.yaml")).findings}


# FUND022: a place word of the output (农村, 城区, 全县) not in the amount's name does not keep the two apart; the
# real thing differing (公厕 / 户厕, 改造 / 维护) still does
_UNIT_COST: list[tuple[list[Row], list[Row], bool]] = [
    ([("改造农村户厕", "≥500户")], [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], True),
    ([("硬化城区道路", "≥5公里")], [("道路硬化工程费", "≤400万元"), ("道路硬化单位造价", "≤20万元/公里")], True),
    # look-alikes
    ([("改造农村户厕", "≥500户")], [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.2万元/户")], False),
    ([("改造农村公厕", "≥500户")], [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], False),
    ([("维护农村户厕", "≥500户")], [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], False),
    ([("改造农村户厕", "≥500户")], [("城区户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")],
     False),  # another place's
    ([("硬化城区道路", "≥5公里")], [("农村道路硬化工程费", "≤400万元"), ("道路硬化单位造价", "≤20万元/公里")], False),
    ([("农村户厕", "≥500户")], [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], False),  # no deed
    ([("改造农村户厕", "≥500户")], [("户厕改造及粪污治理资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")],
     False),  # pays for more
    ([("改造农村户厕", "≥500户"), ("改造城区户厕", "≥300户")],
     [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], False),  # two outputs
    ([("全县疏浚河道", "≥12公里")], [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], False),
    ([("新建农村道路", "≥5公里")], [("道路硬化工程费", "≤400万元"), ("道路硬化单位造价", "≤20万元/公里")], False),
    # held out, written after the change
    ([("改造城镇供水管网", "≥10公里")], [("供水管网改造工程费", "≤500万元"), ("供水管网改造单位造价", "≤20万元/公里")],
     True),
    ([("维修农村水闸", "＝4座")], [("水闸维修费", "≤200万元"), ("单座水闸维修成本", "≤10万元/座")], True),
    ([("改造农村户厕", "≥500户")], [("农村户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], True),
    ([("改造全县危房", "≥200户")], [("农村危房改造补助资金", "≤400万元"), ("每户危房改造补助标准", "≤1万元/户")],
     False),  # 农村 of the amount the output does not name
    ([("安装城区路灯", "＝300盏")], [("路灯维护费", "≤90万元"), ("单盏路灯维护成本", "≤0.1万元/盏")], False),
]


@pytest.mark.parametrize(("counts", "costs", "told"), _UNIT_COST)
def test_unit_cost_short_past_a_place_word(engine: Any, counts: list[Row], costs: list[Row], told: bool) -> None:
    assert ("FUND022" in _rules(engine, counts, costs)) is told


# FUND019: 建设, 新建, 实施, 工程 name a deed, not a thing: 污水管网建设工程费 is 新建污水管网's line
_NOTED: list[tuple[list[Row], Row, bool]] = [
    ([("新建污水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), True),
    ([("实施污水管网建设", "≥6公里")], ("污水管网工程费", "≤900万元", "5公里×150万元/公里"), True),
    # look-alikes
    ([("新建污水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "6公里×150万元/公里"), False),  # the output's
    ([("改造污水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), False),  # another deed
    ([("新建污水管网", "≥6公里")], ("污水管网维修工程费", "≤900万元", "5公里×150万元/公里"), False),
    ([("新建雨水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), False),
    ([("新建污水管网", "≥6000米")], ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), False),  # another unit
    ([("新建污水管网", "≥6公里"), ("其中：主管网", "≥2公里")],
     ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), False),  # split into parts
    ([("支持便民网点建设改造", "≥200个")], ("新建便民网点补助", "≤180万元", "60个×每个3万元"), False),
    ([("新建污水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "首批5公里×150万元/公里"), False),  # a phase
    ([("新建污水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "约5公里×150万元/公里"), False),  # loose
    ([("新建污水管网及泵站", "≥6公里")], ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), False),
    # held out, written after the change
    ([("新建蓄水池", "≥40座")], ("蓄水池建设费", "≤120万元", "30座×4万元/座"), True),
    ([("新建机耕道", "≥20公里")], ("机耕道建设工程费", "≤600万元", "15公里×40万元/公里"), True),
    ([("改建机耕道", "≥20公里")], ("机耕道建设工程费", "≤600万元", "15公里×40万元/公里"), False),
    ([("实施农田灌溉渠道建设", "≥12公里")], ("灌溉渠道工程费", "≤360万元", "10公里×30万元/公里"), True),
    ([("新建文化广场", "≥8个")], ("文化广场建设及设备购置费", "≤160万元", "6个×20万元/个"), False),
]


@pytest.mark.parametrize(("counts", "cost", "told"), _NOTED)
def test_note_count_past_deed_words(engine: Any, counts: list[Row], cost: Row, told: bool) -> None:
    assert ("FUND019" in _rules(engine, counts, [cost])) is told


# FUND023: a pay line named with a year (2027年生态护林员劳务补助) is the rangers' pay like one named without
_RANGER_GOAL = "2026年聘用护林员420名（每人每年3600元）开展日常巡护。"
_POSTS: list[tuple[str, list[Row], list[Row], bool]] = [
    (_RANGER_GOAL, [("2026年生态护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")], True),
    (_RANGER_GOAL, [("2026年度护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")], True),
    # look-alikes
    (_RANGER_GOAL, [("2026年生态护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥420人")], False),
    (_RANGER_GOAL, [("2025年生态护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")], False),  # last year's
    (_RANGER_GOAL, [("2026年村级生态护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")], False),
    (_RANGER_GOAL, [("2026年生态护林员培训费", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")], False),
    (_RANGER_GOAL, [("2026年生态护林员劳务补助", "≤151.2万元"), ("2026年护林员绩效奖励补助", "≤20万元")],
     [("聘用生态护林员人数", "≥460人")], False),  # two pay lines
    ("2026年聘用护林员开展日常巡护。", [("2026年生态护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")],
     False),  # no standard
    (_RANGER_GOAL, [("2026年生态护林员劳务补助", "≤151.2万元")], [("培训生态护林员", "≥460人次")], False),
    (_RANGER_GOAL, [("2026年生态护林员劳务补助", "≤151.2万元")], [("其中：女性护林员", "≥460人")], False),
    (_RANGER_GOAL, [("2026—2027年生态护林员劳务补助", "≤151.2万元")], [("聘用生态护林员人数", "≥460人")], False),
    # held out, written after the change
    ("2026年聘用河道保洁员60名，每人每月1500元。", [("2026年河道保洁员劳务报酬", "≤108万元")], [("聘用河道保洁员", "≥75名")],
     True),
    ("2026年配备专职网格员。", [("2026年网格员补贴", "≤120万元"), ("网格员补贴标准", "＝1000元/人·月")], [("专职网格员", "≥120人")],
     True),
    ("2026年聘用河道保洁员92名。", [("2026年度河道保洁员劳务补助", "≤165.6万元", "92名×1.8万元/名")],
     [("聘用河道保洁员", "＝92名")], False),
    ("2026年聘用护林员420名（每人每年3600元）。", [("2024年护林员劳务补助", "≤151.2万元")], [("聘用护林员", "≥460人")],
     False),
    ("2026年聘用护林员420名（每人每年3600元）。", [("2026年乡镇护林员劳务补助", "≤151.2万元")], [("聘用护林员", "≥460人")],
     False),
]


@pytest.mark.parametrize(("goal", "costs", "counts", "told"), _POSTS)
def test_posts_over_a_pay_line_named_with_a_year(engine: Any, goal: str, costs: list[Row], counts: list[Row],
                                                 told: bool) -> None:
    assert ("FUND023" in _rules(engine, counts, costs, goal)) is told


# REL033: audit 36's b410 miss, households whose income the posts raise counted above the posts the whole of the
# money pays (带动脱贫家庭增收户数 ≥350户 beside 320人×9600元/人·年): each post is one household's at most
_FROM_POOR = "2026年从脱贫人口中续聘生态护林员320名，按每人每月800元标准发放劳务补助，带动脱贫家庭稳定增收。"
_PAY_320 = [("生态护林员劳务补助资金", "≤307.2万元", "320人×9600元/人·年")]
_HIRED = [("续聘生态护林员", "＝320人")]
_HOUSEHOLDS: list[tuple[str, list[Row], list[Row], Row, bool]] = [
    (_FROM_POOR, _PAY_320, _HIRED, ("带动脱贫家庭增收户数", "≥350户"), True),
    (_FROM_POOR, [("生态护林员劳务补助资金", "≤307.2万元")], _HIRED, ("脱贫户增加收入户数", "≥400户"), True),  # goal's rate
    # look-alikes
    (_FROM_POOR, _PAY_320, _HIRED, ("带动脱贫家庭增收户数", "≥320户"), False),
    (_FROM_POOR, _PAY_320, _HIRED, ("带动脱贫家庭增收户数", "≥300户"), False),
    (_FROM_POOR, _PAY_320, _HIRED, ("带动脱贫人口增收", "≥1000人"), False),  # people: family members
    (_FROM_POOR, _PAY_320, _HIRED, ("累计带动脱贫家庭增收户数", "≥900户"), False),  # over the years
    (_FROM_POOR, _PAY_320, _HIRED, ("其中：监测户增收户数", "≥350户"), False),
    (_FROM_POOR, _PAY_320, _HIRED, ("带动农户增收户数", "≥350户"), False),  # no group the goal names
    (_FROM_POOR, _PAY_320, _HIRED, ("受益脱贫户数", "≥350户"), False),  # not income
    (_FROM_POOR, [("生态护林员劳务补助资金", "≤250万元", "260人×9600元/人·年"), ("林下经济产业扶持资金", "≤57.2万元")],
     _HIRED, ("带动脱贫家庭增收户数", "≥350户"), False),  # other money
    (_FROM_POOR, [("生态护林员劳务补助资金", "≤200万元", "208人×9600元/人·年"),
                  ("村级护林员劳务补助资金", "≤107.2万元", "112人×9600元/人·年")], _HIRED,
     ("带动脱贫家庭增收户数", "≥350户"), False),  # two pay lines
    (_FROM_POOR, _PAY_320, _HIRED, ("带动脱贫家庭增收户数", "≤350户"), False),  # a ceiling
    # held out, written after the change
    ("2026年从脱贫户中聘用河道保洁员320名，每人每年9600元，带动脱贫户增收。", [("河道保洁员劳务报酬", "≤307.2万元")],
     [("聘用河道保洁员", "＝320名")], ("带动脱贫户增收户数", "≥380户"), True),
    ("2026年从防止返贫监测对象中选聘护林员320名。", _PAY_320, _HIRED, ("监测对象家庭增收户数", "≥330户"), True),
    (_FROM_POOR, [("生态护林员劳务补助资金", "≤300万元", "312人×9600元/人·年"), ("护林员巡护装备购置费", "≤7.2万元")],
     _HIRED, ("带动脱贫家庭增收户数", "≥320户"), True),  # the gear is no income: 300 of 307.2 is the pay
    (_FROM_POOR, _PAY_320, _HIRED, ("带动脱贫家庭人均增收", "≥350元"), False),
    ("2026年续聘生态护林员320名。", _PAY_320, _HIRED, ("带动脱贫家庭增收户数", "≥350户"), False),  # no group in the goal
]


@pytest.mark.parametrize(("goal", "costs", "counts", "benefit", "told"), _HOUSEHOLDS)
def test_households_over_the_posts(engine: Any, goal: str, costs: list[Row], counts: list[Row], benefit: Row,
                                   told: bool) -> None:
    assert ("REL033" in _rules(engine, counts, costs, goal, [benefit], total="307.2")) is told

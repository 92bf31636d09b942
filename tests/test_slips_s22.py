"""Held-out slips and small misses left as notices by earlier rounds, each written as a failing case first, then
fixed narrowly and re-probed with look-alikes written after the fix: REL008 floor_reversed on another thing done
each day, TIME009 on problems put right in full, TIME002 on next year's funding applied for this year and on a name
opening with a date phrase (2028年6月底前), TIME010 on a pilot's past period, REL014 on 效率提升率, SAT002 on the
aid centre's own staff."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

# --- REL008 floor_reversed: the floor and the ceiling must be of the same thing -----------------------------------

EDU = """version: 1
project: {{name: 2026年教育民生项目, year: 2026, department: 县教育局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    质量指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
AFTER_SCHOOL = "2026年在42所学校开展课后服务，覆盖有需求的学生约1.4万人，每周5天、每天不少于2小时。"


def _floor_reversed(engine: Any, goal: str, name: str, value: str) -> bool:
    findings = engine.check_source(load_text(EDU.format(goal=goal, name=name, value=value), "s22.yaml")).findings
    return any(f.rule_id == "REL008" for f in findings)


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # the slip: outdoor time capped is not the after-school service's daily floor
    (AFTER_SCHOOL, "每天户外活动时间", "≤2小时", False),
    # still told: the goal's own thing (the pins of tests/test_leftovers_s21_goal.py hold)
    (AFTER_SCHOOL, "每天课后服务时长", "≤2小时", True),
])
def test_floor_reversed(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _floor_reversed(engine, goal, name, value) is told


# --- TIME009, TIME002, TIME010 on a road project's table -------------------------------------------------------------

ROADS = """version: 1
project: {{name: 2026年城区道路改造工程, year: 2026, department: 县住房和城乡建设局{period}}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 改造城区道路, value: ≥6公里}}
    质量指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线居民满意度, value: ≥90%}}
"""
GOAL = "2026年改造城区道路6公里。"
MULTI_YEAR = "2026年3月-2027年10月"


def _roads(engine: Any, name: str = "工程验收合格率", value: str = "＝100%", goal: str = GOAL,
           period: str | None = None) -> list[str]:
    text = ROADS.format(goal=goal, name=name, value=value, period=f", period: {period}" if period else "")
    return [f.rule_id for f in engine.check_source(load_text(text, "s22.yaml")).findings]


@pytest.mark.parametrize(("name", "told"), [
    ("审计整改问题全部完成率", False),  # the slip: problems put right in full is a year's target
    ("项目全部完成率", True),  # the whole works, as before
])
def test_problems_put_right_are_no_whole_works(engine: Any, name: str, told: bool) -> None:
    assert ("TIME009" in _roads(engine, name=name, period=MULTI_YEAR)) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("2027年度项目资金申请按时完成率", "＝100%", False),  # the slip: applied for this year
    ("2028年6月底前道路完好率", "≥95%", True),  # the miss: a date phrase opening the name
    ("2027年底道路完好率", "≥95%", True),  # as before
])
def test_measured_after_the_year(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("TIME002" in _roads(engine, name=name, value=value)) is told


@pytest.mark.parametrize(("goal", "told"), [
    # the slip (tests/test_recall_audit31.py's held out): a pilot's past period quoted, the project carries it on
    ("国家试点项目实施期为2023年1月至2025年12月，试点结束后由县财政接续保障，" + GOAL, False),
    # the brief's form, years before 试点期间, was never told: no words of a project's period before the years
    ("2024—2025年试点期间全县改造道路12公里，2026年在全县推广，" + GOAL, False),
    ("项目实施期限2024—2025年，" + GOAL, True),  # as before (b365)
])
def test_a_pilots_past_period(engine: Any, goal: str, told: bool) -> None:
    assert ("TIME010" in _roads(engine, goal=goal)) is told


# --- REL014 and SAT002 on an aid table ----------------------------------------------------------------------------

AID = """version: 1
project: {{name: 2026年城乡困难群众救助资金, year: 2026, department: 某县民政局, implementer: 某县民政局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年为困难群众发放救助金1000人次，救助对象满意度90%以上。
indicators:
  产出指标:
    数量指标:
      - {{name: 救助困难群众, value: ≥1000人次}}
  效益指标:
    社会效益指标:
      - {{name: {benefit}, value: 较上年提高15%}}
  满意度指标:
    服务对象满意度指标:
      - {{name: {satisfaction}, value: ≥90%}}
"""


def _aid(engine: Any, benefit: str = "困难群众基本生活保障率", satisfaction: str = "救助对象满意度") -> list[Any]:
    return list(engine.check_source(load_text(AID.format(benefit=benefit, satisfaction=satisfaction),
                                              "s22.yaml")).findings)


@pytest.mark.parametrize(("benefit", "told"), [
    ("住建局审批工作效率提升率", True),  # the miss: a trailing 率
    ("住建局加装电梯审批工作效率提升", True),  # as before (b209)
])
def test_own_efficiency_with_a_trailing_rate(engine: Any, benefit: str, told: bool) -> None:
    assert any(f.rule_id == "REL014" for f in _aid(engine, benefit=benefit)) is told


def _staff_told(engine: Any, satisfaction: str) -> bool:
    return any(f.rule_id == "SAT002" and "承担项目的干部、工作人员" in f.message_zh
               for f in _aid(engine, satisfaction=satisfaction))


@pytest.mark.parametrize(("satisfaction", "told"), [
    ("县学生资助中心资助工作人员满意度", True),  # the miss: 资助中心 before the staff
    ("学校资助工作人员满意度", True),  # as before
])
def test_aid_centres_staff(engine: Any, satisfaction: str, told: bool) -> None:
    assert _staff_told(engine, satisfaction) is told


# --- re-probes: written after the fixes above, run once, not tuned on; pinned as found ------------------------------

READING = "2026年为全县留守儿童开展阅读活动，每周不少于3次。"
MEALS = "全年在校供餐不少于200天；补助资金全部用于为学生提供食品。"


# 3 of 3 look-alikes quiet, the true case told
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (AFTER_SCHOOL, "每天屏幕使用时间", "≤2小时", False),
    (READING, "每周网络游戏次数", "≤3次", False),
    (MEALS, "全年停课天数", "≤200天", False),
    (AFTER_SCHOOL, "每天课后托管服务时长", "≤2小时", True),
])
def test_floor_reversed_reprobe(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _floor_reversed(engine, goal, name, value) is told


# 2 of 3 look-alikes quiet: 反馈意见 (an inspection's findings put right) is problems in other words, told until s23
@pytest.mark.parametrize(("name", "told"), [
    ("信访投诉问题全部完成率", False),
    ("环保督察反馈意见整体完成率", False),  # wrongly told until s23 (tests/test_slips_s23.py)
    ("安全隐患排查整治全部完成率", False),
    ("项目整体完成率", True),
])
def test_whole_works_reprobe(engine: Any, name: str, told: bool) -> None:
    assert ("TIME009" in _roads(engine, name=name, period=MULTI_YEAR)) is told


# next year's money applied for: 2 of 3 look-alikes quiet (上级资金争取到位率, money secured for 2027, told until s23);
# a date opening the name: 2 of 2 told, 3 of 3 look-alikes quiet (next January, a span, this year's)
@pytest.mark.parametrize(("name", "value", "told"), [
    ("2027年度项目申请材料报送及时率", "＝100%", False),
    ("2027年专项资金申请按期完成率", "＝100%", False),
    ("2027年度上级资金争取到位率", "≥80%", False),  # wrongly told until s23 (tests/test_slips_s23.py)
    ("2027年6月底前道路完好率", "≥95%", True),
    ("截至2028年3月道路完好率", "≥95%", True),
    ("2027年1月底前资金支付率", "≥95%", False),
    ("2027年6月至2028年6月养护期道路完好率", "≥95%", False),
    ("2026年6月底前道路完好率", "≥95%", False),
])
def test_measured_after_the_year_reprobe(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("TIME002" in _roads(engine, name=name, value=value)) is told


# 3 of 3 pilots carried on quiet; a pilot project's own period ended, no word of going on, still told
@pytest.mark.parametrize(("goal", "told"), [
    ("省级试点项目实施期限2023—2025年，试点期满后在全县推广，" + GOAL, False),
    ("试点项目建设期为2024年1月至2025年6月，2026年起常态化开展，" + GOAL, False),
    ("市级试点实施期为2024—2025年，试点结束后转由县级承担，" + GOAL, False),
    ("本试点项目实施期限2024—2025年，" + GOAL, True),
])
def test_pilots_past_period_reprobe(engine: Any, goal: str, told: bool) -> None:
    assert ("TIME010" in _roads(engine, goal=goal)) is told


# 2 of 2 told, 3 of 3 look-alikes quiet
@pytest.mark.parametrize(("benefit", "told"), [
    ("市场监管局监管效率提高幅度", True),
    ("人社部门经办效率提升率", True),
    ("群众办事效率提升率", False),
    ("企业开办审批效率提升率", False),
    ("窗口审批效率提升率", False),
])
def test_own_efficiency_reprobe(engine: Any, benefit: str, told: bool) -> None:
    assert any(f.rule_id == "REL014" for f in _aid(engine, benefit=benefit)) is told


# 2 of 2 told, 3 of 3 look-alikes quiet
@pytest.mark.parametrize(("satisfaction", "told"), [
    ("县医保服务中心窗口人员满意度", True),
    ("市残疾人康复中心上门服务人员满意度", True),
    ("资助中心服务对象满意度", False),
    ("学生资助中心受资助人员满意度", False),
    ("社区养老服务中心上门服务对象满意度", False),
])
def test_aid_centres_staff_reprobe(engine: Any, satisfaction: str, told: bool) -> None:
    assert _staff_told(engine, satisfaction) is told

"""The thirty-first recall audit's checks (b356–b365, projects over several years), each with the look-alikes it
was measured on and the cases held out after it: a project period ended before the budget year (TIME010), the
whole works finished in other words than 完工率 in a multi-year project (TIME009), an indicator measured in a
year after the budget year (TIME002's indicator_after), a goal's later date within the table's own period (not
TIME002's goal_after), and 改造其中8座 (not REL003)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
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


def _rules(engine: Any, name: str = "工程验收合格率", value: str = "＝100%", goal: str = GOAL,
           period: str | None = None) -> list[str]:
    text = TABLE.format(goal=goal, name=name, value=value, period=f", period: {period}" if period else "")
    return [f.rule_id for f in engine.check_source(load_text(text, "audit31.yaml")).findings]


# TIME010: the table's 实施期限, or else the goal's statement of the project's period, ended before 2026
@pytest.mark.parametrize(("goal", "period", "told"), [
    (GOAL, "2024年4月-2025年6月", True),  # b358
    ("项目实施期限2024—2025年，" + GOAL, None, True),  # b365
    # look-alikes
    (GOAL, "2025年4月-2026年6月", False),
    (GOAL, "2026年3月-2027年10月", False),
    (GOAL, "1年", False),
    (GOAL, "2026年", False),
    ("上一轮项目实施期为2021—2025年，" + GOAL, None, False),
    ("一期工程建设期2024—2025年已完工，" + GOAL, None, False),
    ("项目原建设期2024—2025年，因征地延期至2026年10月，" + GOAL, None, False),
    ("项目建设期2024—2025年，经批准延长至2026年底，" + GOAL, None, False),
    ("“十四五”期间（2021—2025年）全县累计改造道路30公里，" + GOAL, None, False),
    ("项目实施期限2024—2025年，" + GOAL, "2025年3月-2026年12月", False),  # the field's dates are the period
])
def test_a_period_ended_before_the_year(engine, goal: str, period: str | None, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME010" in _rules(engine, goal=goal, period=period)) is told


MULTI_YEAR = "2026年3月-2027年10月"


# TIME009: the whole works finished in other words, in a project running into 2027
@pytest.mark.parametrize(("name", "period", "told"), [
    ("项目工程总体形象进度", MULTI_YEAR, True),
    ("项目总投资完成率", MULTI_YEAR, True),  # b361
    ("海绵城市建设项目整体完成率", MULTI_YEAR, True),  # b364
    ("三年行动人工造林任务完成率", MULTI_YEAR, True),  # b360
    # look-alikes
    ("年度总体形象进度", MULTI_YEAR, False),
    ("2026年度投资计划完成率", MULTI_YEAR, False),
    ("一期工程整体完成率", MULTI_YEAR, False),
    ("主体工程总体形象进度", MULTI_YEAR, False),
    ("第一标段整体完工率", MULTI_YEAR, False),
    ("年度建设任务完成率", MULTI_YEAR, False),
    ("项目总投资完成率", "2026年3月-2026年11月", False),  # a period within the year
    ("项目工程总体形象进度", None, False),  # no period
    ("当年项目整体完成率", MULTI_YEAR, False),
    ("工程验收资料整体完整率", MULTI_YEAR, False),
])
def test_the_whole_works_finished_in_other_words(engine, name: str, period: str | None,  # type: ignore[no-untyped-def]
                                                 told: bool) -> None:
    assert ("TIME009" in _rules(engine, name=name, period=period)) is told


# TIME002 indicator_after: an indicator measured after the budget year
@pytest.mark.parametrize(("name", "value", "told"), [
    ("2028年城市管理案件按期结案率", "≥98%", True),  # b357
    ("造林主体满意度（2029年三年行动验收时调查）", "≥90%", True),  # b360
    ("2028年汛期消除易涝积水点比例", "＝100%", True),  # b364
    # look-alikes
    ("2026年城市管理案件按期结案率", "≥98%", False),
    ("较2025年道路通行效率提高比例", "≥10%", False),
    ("2026—2028年累计改造道路完成率", "≥40%", False),
    ("2027年度部门预算编制完成率", "＝100%", False),
    ("2027年春季学期教材征订到位率", "＝100%", False),
    ("2027年1月前资金支付率", "≥95%", False),
    ("2027年春节前农民工工资支付率", "＝100%", False),
    ("道路质保期至2028年覆盖率", "＝100%", False),
    ("助力实现2030年碳达峰目标贡献率", "≥1%", False),
    ("2027届毕业生就业率", "≥90%", False),
    ("2028年项目储备入库率", "≥80%", False),
])
def test_an_indicator_measured_after_the_year(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME002" in _rules(engine, name=name, value=value)) is told


# TIME002 goal_after: a goal's later date within the table's own period is its schedule (b357)
@pytest.mark.parametrize(("goal", "period", "told"), [
    ("项目实施期限为2025年6月至2027年6月。" + GOAL + "平台于2027年6月30日前整体竣工验收。", None, False),
    (GOAL + "2027年6月30日前整体竣工验收。", "2025年6月-2027年6月", False),
    (GOAL + "2027年6月30日前整体竣工验收。", None, True),
    (GOAL + "2028年6月30日前整体竣工验收。", "2025年6月-2027年6月", True),  # after its own period
])
def test_a_goals_later_date_within_its_period(engine, goal: str, period: str | None,  # type: ignore[no-untyped-def]
                                              told: bool) -> None:
    assert ("TIME002" in _rules(engine, goal=goal, period=period)) is told


def test_no_goal_item_in_其中(engine) -> None:  # type: ignore[no-untyped-def]
    goal = "项目分两年改造危旧桥梁16座，2026年改造其中8座共420延米。"
    assert "REL003" not in _rules(engine, goal=goal)


# held out, written after the checks above were settled and not tuned on (told as they came: TIME010 4 of 5
# right, TIME009 4 of 5, TIME002 indicator_after 4 of 5; the wrong ones are pinned as they are, marked)
@pytest.mark.parametrize(("goal", "period", "told"), [
    (GOAL, "2023年1月-2025年12月", True),
    ("项目建设期为2024年3月至2025年11月，" + GOAL, None, True),
    (GOAL, "三年（2023-2025年）", True),
    ("该项目可研已于2024—2025年批复，项目实施期限2026—2027年，" + GOAL, None, False),
    # was wrongly told (a pilot's own period quoted as past, its work now carried on by the county): quiet since
    # tests/test_slips_s22.py
    ("国家试点项目实施期为2023年1月至2025年12月，试点结束后由县财政接续保障，" + GOAL, None, False),
])
def test_held_out_period_ended(engine, goal: str, period: str | None, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME010" in _rules(engine, goal=goal, period=period)) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("项目全部完成率", "＝100%", True),
    ("建设期任务完成率", "＝100%", True),
    ("项目工程总体形象进度", "≥60%", False),
    ("资金整体支出完成率", "＝100%", False),
    # was wrongly told (problems found all put right, not the works): quiet since tests/test_slips_s22.py
    ("审计整改问题全部完成率", "＝100%", False),
])
def test_held_out_whole_works(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME009" in _rules(engine, name=name, value=value, period=MULTI_YEAR)) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("2027年底道路完好率", "≥95%", True),
    ("项目建成后（2028年）日均通行车辆", "≥3000辆", True),
    ("截至2026年底道路完好率", "≥95%", False),
    ("2026年12月至2027年2月冬季施工停工天数", "≤60天", False),
    # was wrongly told (applying this year for next year's money): quiet since tests/test_slips_s22.py
    ("2027年度项目资金申请按时完成率", "＝100%", False),
])
def test_held_out_measured_after_the_year(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME002" in _rules(engine, name=name, value=value)) is told

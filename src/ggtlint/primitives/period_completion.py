"""completion-before-period-end: the works' completion rate set at 100% for the budget year, where the project's
period (the table's 实施期限, or the goal's) runs into a later year (项目建设期2026年3月至2027年6月 and 工程完工率
＝100%): a multi-year project is not finished this year, so either the rate is the whole project's, not the
year's, or the period is wrong.

Only a rate of the works finished (完工率, 竣工率, 建成率) is read; a rate of the year's share or plan
(年度建设任务完成率, 年度计划完工率) or of a part (一期工程完工率, 主体工程完工率, or one the goal finishes within the
year: 物资储备库于2026年11月30日前建成) is left alone, and so is one below 100% or one of problems put right in full
(审计整改问题全部完成率), which is no works.
The period is read as TIME008 reads it (deadline_after_period.project_period): the table's 实施期限 when its
dates can be read, else the goal's; and the goal's too when the field ended before the budget year (stale: TIME010).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_percent, row_hit
from ggtlint.primitives.deadline_after_period import goal_period, period_from, project_period
from ggtlint.lazyregex import lazy_pattern

NAME = "completion-before-period-end"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("period", "period_from", "period_from_zh")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_FINISHED_RATE = lazy_pattern(r"完工率|竣工率|建成率")
# the year's share of the works (年度, 当年, 计划, 任务) or a part of them (一期, 首批, 标段, 主体工程 finished
# before the rest)
_SHARE_OF_WORKS = lazy_pattern(r"年度|本年|当年|计划|任务|进度|[一二三四五六七八九十0-9首]+[期批]|标段|主体|土建")
# the whole project in other words (the thirty-first recall audit): its overall progress or completion
# (工程总体形象进度, 项目整体完成率), its total investment spent (项目总投资完成率), or the task of the whole
# multi-year period (三年行动人工造林任务完成率, 建设期任务完成率); read with the year's words and parts still left out
_WHOLE_RATE = lazy_pattern(r"(?:总体|整体|全部)(?:形象进度|完成率|完工率)|总投资完成率"
                           r"|(?:[两三四五]年(?:行动|计划|规划)?|全周期|建设期|实施期)[\u4e00-\u9fff]{0,10}?完成率")
_SHARE_OF_WHOLE = lazy_pattern(r"年度|本年|当年|[一二三四五六七八九十0-9首]+[期批]|标段|主体|土建"
                               # problems found put right in full (审计整改问题全部完成率): a year's target, no works
                               r"|整改|问题|隐患|投诉|信访|诉求|督办|交办|销号"
                               # (s23) an inspection's findings in other words (环保督察反馈意见整体完成率)
                               r"|反馈意见|督察意见|巡察意见|审计意见")


def _whole_works(name: str) -> bool:
    """Whether a rate names the whole works finished (工程完工率, 工程总体形象进度, 三年行动造林任务完成率),
    not the year's share or a part."""
    if _FINISHED_RATE.search(name) and not _SHARE_OF_WORKS.search(name):
        return True
    return _WHOLE_RATE.search(name) is not None and not _SHARE_OF_WHOLE.search(name)

# a part the goal itself has finished within the year (物资储备库于2026年11月30日前建成, or the date first:
# 2026年11月30日前建成物资储备库, 2026年完成老旧小区改造12个): in its clause; no other date between (2026年11月完成主体、
# 2027年5月建成 is next year's); a year alone is a date too. 完成 only with the date first, right before the part: after
# it (物资储备库于2026年11月完成主体) it finishes a piece of the part
_DATE = r"(?:(?P<year>20[0-9]{2})年(?:(?:1[0-2]|[1-9])月)?|(?:1[0-2]|[1-9])月)(?:[1-3]?[0-9]日)?[^，。；;,、\n0-9]{0,12}?"
_FINISHED_IN_CLAUSE = lazy_pattern(_DATE + r"(?:建成|完工|竣工)")
_FINISHED_BEFORE_PART = lazy_pattern(_DATE + r"(?:建成|完工|竣工|完成)")
# a 其中 line's lead-in and a closing bracket's note are no part of the part's name (其中：道路工程完工率)
_NAME_LEAD = lazy_pattern(r"^其中[：:]?|[（(][^（）()]*[）)]$")
_CLAUSE_END = lazy_pattern(r"[，。；;,\n]")
_WHOLE_WORKS = lazy_pattern(r"本?(?:工程|项目)")
# a name going on past the part: the part names what the rest belongs to (2026年11月建成物资储备库配套道路); 建设 after
# it, ending there, is the part's own building (2026年完成一号泵站建设, not 取水泵站建设用地征收)
_NAME_GOES_ON = lazy_pattern(r"(?!项目|工程|建设(?![\u4e00-\u9fff])|[并及和与])[\u4e00-\u9fff]")


def _part_finished_in_year(name: str, goal: str, year: int) -> bool:
    """Whether the goal dates the rate's own part finished in the budget year (物资储备库建成率 beside
    物资储备库于2026年11月30日前建成): that part is done this year, whatever the project's period."""
    part = _WHOLE_WORKS.sub("", _FINISHED_RATE.sub("", _NAME_LEAD.sub("", name)))
    if len(part) < 2:
        return False  # 工程完工率: the whole works
    for start in (m.start() for m in re.finditer(re.escape(part), goal)):
        end = _CLAUSE_END.search(goal, start)
        finishes = list(_FINISHED_IN_CLAUSE.finditer(goal, start, end.start() if end else len(goal)))
        # (the date and its finish word right before the part, from its clause's start: a year is never cut; the
        # part whole, not the 物资储备库 of 物资储备库配套道路)
        clause_start = max(goal.rfind(stop, 0, start) for stop in "，。；;,\n") + 1
        if _NAME_GOES_ON.match(goal, start + len(part)) is None:
            finishes += [finished for finished in _FINISHED_BEFORE_PART.finditer(goal, clause_start, start)
                         if finished.end() == start]
        if any(int(finished.group("year") or year) == year for finished in finishes):
            return True
    return False


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    # the rates first: most tables have no completion rate, and reading the period (the goal's search) is the cost
    rates = [row for row in ctx.rows if is_percent(row) and row.parsed.percent is not None
             and row.parsed.percent >= 100 and row.parsed.op in ("＝", "=", "≥", None)
             and _whole_works(row.name)]
    if not rates or ctx.budget_year is None:
        return
    period = project_period(ctx)
    # a 实施期限 field ended before the budget year is stale (TIME010 tells it): the goal's own statement of the
    # period, where it gives one, is then the project's (b358: 2024年4月-2025年6月 beside 项目实施期为2026年4月至
    # 2027年6月 and 项目工程总体形象进度 ＝100%)
    if period is not None and period[2] is None and period[1].year < ctx.budget_year:
        period = goal_period(ctx)
    if period is None or period[1].year <= ctx.budget_year:
        return
    for row in rates:
        if not _part_finished_in_year(row.name, ctx.goal, ctx.budget_year):
            yield row_hit(row, period=period[0], **period_from(period[2] is None))

"""annual-report-early: the budget year's annual report due mid-year, the goal dating the same report at the year's end.

年度监测报告完成时间 2027年6月30日前 beside the goal's 2027年在保护区开展…监测，2027年12月15日前形成年度监测报告 (audit 40's
b449): a report of the year's monitoring cannot be done before half the year's monitoring is; the goal itself puts it
at the year's end. One of the two dates is wrong.

Read only where the goal dates the report itself: a clause naming an annual report (年度监测报告, 年度运行报告) with a
date of the budget year from October on (12月15日前形成年度监测报告), no other year's (上年度) nor a half-year's or
quarter's, and no year written before 年度 (2026年度; the budget year's own 2027年度 is left unread too, a miss kept
for now). An indicator's deadline in the budget year before October, its name holding the same report's words
(年度监测报告) and naming no other year (上年度, 2026年度), is told. Without the goal's date a report due mid-year may
well be last year's, and is not read.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, date_values, row_hit

NAME = "annual-report-early"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_words", "date", "date_zh")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_CLAUSE = lazy_pattern(r"[^，,；;。\n]+")
_REPORT = lazy_pattern(r"年度[\u4e00-\u9fff]{0,8}?报告")
_GOAL_DATE = lazy_pattern(r"(?:(?P<year>20[0-9]{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>[0-3]?[0-9])日")
# another year's report, or a shorter period's (any year before 年度, the budget year's too: see the docstring)
_OTHER_PERIOD = lazy_pattern(r"上年|上一年|前一年|去年|半年|季度|月度|20[0-9]{2}年度")
_LATE_MONTH = 10  # from October the year's work is mostly done: a report then may be of it


def _goal_reports(goal: str, year: int) -> list[tuple[str, str, date]]:
    """The annual reports the goal dates late in the budget year: (report words, clause, date)."""
    out = []
    for clause in _CLAUSE.finditer(goal):
        text = clause.group(0)
        report = _REPORT.search(text)
        when = _GOAL_DATE.search(text)
        if report is None or when is None or _OTHER_PERIOD.search(text):
            continue
        if when.group("year") and int(when.group("year")) != year:
            continue
        month, day = int(when.group("month")), int(when.group("day"))
        if month >= _LATE_MONTH and 1 <= day <= 31:
            out.append((report.group(0), text.strip(), date(year, month, min(day, 30 if month in (4, 6, 9, 11) else 31))))
    return out


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each annual report the rows date before October that the goal dates late in the year."""
    goal, year = ctx.goal, ctx.budget_year
    if year is None or "报告" not in goal or "年度" not in goal:
        return
    reports = _goal_reports(goal, year)
    if not reports:
        return
    for row in ctx.rows:
        deadline = row.parsed.deadline
        if (row.parsed.kind != "deadline" or deadline is None or deadline.year != year
                or deadline.month >= _LATE_MONTH or "报告" not in row.name or _OTHER_PERIOD.search(row.name)):
            continue
        for words, clause, goal_date in reports:
            if words in row.name and goal_date > deadline:
                yield row_hit(row, goal_words=clause, **date_values(goal_date))
                break

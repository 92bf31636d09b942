"""deadline-after-period: a 时效 deadline later than the end of the project's own period, as the goal states it
(项目实施期为2026年1月至2026年9月 and 园林设施维修完成时间 2026年12月31日前): the work is due after the
project has ended, so one of the two is wrong.

Only a period ending in the budget year is read (a 建设期 over several years is TIME002's and TIME004's
matter), and none when the goal dates other work of the year after the period (9月至12月为后期管护期, 资金于
11月底前拨付): the period is then not the whole of the year's work. A deadline in the month after the period
ends is left alone too, as TIME001's after_period leaves it: a period's work is reported or paid then.

``exempt_name`` (a regular expression): work that rightly follows a period, found in the name (its accounts,
audit, evaluation, report, money settled or passed on), is left alone; so is a deadline given as a floor
(≥, 后: TIME005's); and so is a name naming its own period that ends by the project's (上半年补植完成时间):
TIME001's after_period tells that one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any, Iterator

from ggtlint.primitives.base import DATE_PLACEHOLDERS, ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, \
    date_values, row_hit
from ggtlint.primitives.deadline_in_year import named_period_last_month
from ggtlint.regexsafety import search

NAME = "deadline-after-period"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("period", "period_end", "period_end_zh") + DATE_PLACEHOLDERS
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {"exempt_name": {"type": "string"}}}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("exempt_name",))


# the project's period as the goal states it: 项目实施期为2026年1月至2026年9月, 实施期限：2026年3月1日至6月30日,
# 项目建设期2026年3月至2027年6月;
# with no 项目 before it, only opening a clause (not a piece of work's: 园路修复工程实施时间为2026年4月至6月)
_PERIOD = re.compile(r"(?:项目|^|(?<=[，,；;。：:\s]))(?:实施期限?|实施周期|实施时间|执行期限?|建设期限?|建设周期|项目期限|项目周期|(?<=项目)(?:期限|周期))(?:为|是|：|:|自)?\s*"
                     r"(?:(?P<y1>20[0-9]{2})\s*年)?\s*(?P<m1>[0-9]{1,2})\s*月(?:\s*[0-9]{1,2}\s*[日号])?(?:起)?\s*"
                     r"(?:至|到|—|–|-|~|～)\s*"
                     r"(?:(?P<y2>20[0-9]{2})\s*年)?\s*(?P<m2>[0-9]{1,2})\s*月(?:\s*(?P<d2>[0-9]{1,2})\s*[日号])?")

# a month the goal names elsewhere (11月底前拨付, 9月至12月为后期管护期)
_MONTH = re.compile(r"(?:(?P<y>20[0-9]{2})\s*年)?(?<![0-9])(?P<m>[0-9]{1,2})\s*月")
_GRACE_MONTHS = 1


def goal_period_end(goal: str, budget_year: int | None) -> tuple[re.Match[str], int, int] | None:
    """The goal's statement of the project's period, with the year and month it ends in (of any year)."""
    match = _PERIOD.search(goal)
    if match is None or budget_year is None:
        return None
    month = int(match.group("m2"))
    if not 1 <= month <= 12:
        return None
    return match, int(match.group("y2") or match.group("y1") or budget_year), month


def _period_end(ctx: TableContext) -> tuple[str, date] | None:
    """The goal's words for the project's period and its last day, when it ends within the budget year."""
    period = goal_period_end(ctx.goal, ctx.budget_year)
    if period is None or period[1] != ctx.budget_year:
        return None
    match, year, month = period
    last_day = calendar.monthrange(year, month)[1]
    day = int(match.group("d2")) if match.group("d2") else last_day
    if not 1 <= day <= last_day:
        return None
    later = (other for other in _MONTH.finditer(ctx.goal) if not match.start() <= other.start() < match.end())
    if any(int(other.group("y") or year) == year and int(other.group("m")) > month for other in later):
        return None
    return match.group(), date(year, month, day)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    period = _period_end(ctx)
    if period is None:
        return
    words, end = period
    # the last day of the grace months after the period's end (once a table, not a row)
    grace_year, grace_month = divmod(end.year * 12 + end.month - 1 + _GRACE_MONTHS, 12)
    grace_end = date(grace_year, grace_month + 1, calendar.monthrange(grace_year, grace_month + 1)[1])
    ended = date_values(end)
    for row in ctx.rows:
        deadline = row.parsed.deadline
        if row.level2 != "时效指标" or deadline is None or row.parsed.op not in ("≤", "<", None) \
                or deadline <= grace_end or ("exempt_name" in params and search(params["exempt_name"], row.name)):
            continue
        # a name naming a period that ends by the project's (上半年补植完成时间) is TIME001's after_period, told once
        if (named := named_period_last_month(row.name)) is not None and named <= end.month:
            continue
        yield row_hit(row, period=words, period_end=ended["date"], period_end_zh=ended["date_zh"],
                      **date_values(deadline))

"""deadline-after-period: a 时效 deadline later than the end of the project's own period, as the table's 实施期限
gives it (project.period, read by read_period) or else the goal states it (项目实施期为2026年1月至2026年9月 and
园林设施维修完成时间 2026年12月31日前): the work is due after the project has ended, so one of the two is wrong.

Only a period ending in the budget year is read (a 建设期 over several years is TIME002's and TIME004's
matter), and none when the goal dates work that may follow the period later in the year (9月至12月为后期管护期,
资金于11月底前拨付: upkeep, acceptance and the like, or what ``exempt_name`` names): the period is then not the
whole of the year's work; a later month of the project's own work (10月31日前配送到位) leaves it standing. A
deadline in the month after the period ends is left alone too, as TIME001's after_period leaves it: a period's
work is reported or paid then.

``exempt_name`` (a regular expression): work that rightly follows a period, found in the name (its accounts,
audit, evaluation, report, money settled or passed on), is left alone; so is a deadline given as a floor
(≥, 后: TIME005's); and so is a name naming its own period that ends by the project's (上半年补植完成时间):
TIME001's after_period tells that one.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from typing import Any, Iterator

from ggtlint.primitives.base import DATE_PLACEHOLDERS, ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, \
    date_values, row_hit
from ggtlint.primitives.deadline_in_year import named_period_last_month
from ggtlint.regexsafety import search
from ggtlint.values.parse import THIS_YEAR
from ggtlint.lazyregex import lazy_pattern

NAME = "deadline-after-period"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("period", "period_from", "period_from_zh", "period_end", "period_end_zh") \
    + DATE_PLACEHOLDERS
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {"exempt_name": {"type": "string"}}}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("exempt_name",))


# the words of a period: 2026年1月至2026年9月, 3月1日至6月30日, 2026年3月-2027年6月
_PERIOD_WORDS = (r"(?:(?P<y1>20[0-9]{2})\s*年)?\s*(?P<m1>[0-9]{1,2})\s*月(?:\s*(?P<d1>[0-9]{1,2})\s*[日号])?(?:起)?\s*"
                 r"(?:至|到|—|–|-|~|～)\s*"
                 r"(?:(?P<y2>20[0-9]{2})\s*年)?\s*(?P<m2>[0-9]{1,2})\s*月(?:\s*(?P<d2>[0-9]{1,2})\s*[日号])?")
# the project's period as the goal states it (read by period_ended too): 项目实施期为2026年1月至2026年9月,
# 实施期限：2026年3月1日至6月30日, 项目建设期2026年3月至2027年6月;
# with no 项目 before it, only opening a clause (not a piece of work's: 园路修复工程实施时间为2026年4月至6月)
_GOAL_PERIOD_HEAD = (r"(?:项目|^|(?<=[，,；;。：:\s]))(?:实施期限?|实施周期|实施时间|执行期限?|建设期限?|建设周期|(?<=项目)(?:期限|周期))"
                     r"(?:为|是|：|:|自)?\s*")
GOAL_PERIOD = lazy_pattern(_GOAL_PERIOD_HEAD + _PERIOD_WORDS)
# the same in dotted dates (实施周期2026.3-2027.6, 项目建设周期2026.04-2027.12): both ends dotted, the second no number
# running on (not 总投资2026.5万元)
_DOTTED_END = r"(?P<y{n}>20[0-9]{{2}})[./](?P<m{n}>[0-9]{{1,2}})(?:[./](?P<d{n}>[0-9]{{1,2}}))?"
_GOAL_DOTTED_PERIOD = lazy_pattern(_GOAL_PERIOD_HEAD
                                   + _DOTTED_END.format(n=1) + r"\s*(?:至|到|—|–|-|~|～)\s*" + _DOTTED_END.format(n=2)
                                   + r"(?![0-9.])")
# the project's period told by its start and its end (项目计划于2026年3月开工，2027年9月竣工; 本项目于2026年4月开工建设，
# 预计2027年10月建成投用): the project's own, after 项目 or opening a clause, not a part's (一期工程于…开工, 其中配套道路
# 2026年3月开工)
_DATE_WORDS = r"(?:(?P<y{n}>20[0-9]{{2}})\s*年)?\s*(?P<m{n}>[0-9]{{1,2}})\s*月(?:\s*(?P<d{n}>[0-9]{{1,2}})\s*[日号])?"
_GOAL_STARTED_ENDED = lazy_pattern(r"(?:项目|^|(?<=[，,；;。：:\s]))(?:计划|拟|预计)?(?:于|自|从|在)?\s*" + _DATE_WORDS.format(n=1)
                                   + r"(?:开工|动工|开始施工|开始实施|启动实施)(?:建设|实施)?[，,、]?\s*(?:并|计划|预计|拟|力争)?"
                                   r"(?:于|在)?\s*" + _DATE_WORDS.format(n=2) + r"[底末]?(?:前|以前)?(?:竣工|完工|建成)")
GOAL_PERIODS = (GOAL_PERIOD, _GOAL_DOTTED_PERIOD, _GOAL_STARTED_ENDED)
# project.period by itself: the words of a period, or years alone (2026-2028年, 三年（2026—2028年）: from
# the first's January to the last's December); dates written 2026.03, 2026/3/1 or 2026-03-01 are read as 2026年3月(1日)
# (自2026年3月1日至…: from; 12月底, 12月31日止: the last day)
_FIELD_PERIOD = lazy_pattern(r"\s*(?:自|从)?\s*" + _PERIOD_WORDS + r"\s*底?止?\s*")
# (an end's 止 as the dated form takes it: 2024年至2026年底止)
_FIELD_YEARS = lazy_pattern(r"(?:[^（(]*[（(])?(?P<y1>20[0-9]{2})\s*年?\s*(?:至|到|—|–|-|~|～)\s*(?P<y2>20[0-9]{2})\s*(?:年\s*[底末]?)?"
                            r"\s*止?[）)]?\s*")
# an end written with no month (2024年1月至2026年底, 至今年末, 2024年3月至年底: the start's year): December of
# that year, only as the period's end (2024年底至2025年6月 starts at no month it names)
_YEAR_END = lazy_pattern(r"(?P<y>20[0-9]{2})\s*年\s*[底末](?=\s*止?\s*$)")
_BARE_YEAR_END = lazy_pattern(r"(?P<j>至|到|—|–|-|~|～)\s*年\s*[底末](?=\s*止?\s*$)")
_DOTTED_DATE = lazy_pattern(r"(?P<y>20[0-9]{2})[./](?P<m>[0-9]{1,2})(?:[./](?P<d>[0-9]{1,2}))?(?![0-9])")
# with hyphens only a whole date (2026-03-01): a hyphen alone also joins the two ends (2026-2028年)
_HYPHENED_DATE = lazy_pattern(r"(?P<y>20[0-9]{2})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?![0-9])")

# a month the goal names elsewhere (11月底前拨付, 9月至12月为后期管护期)
_MONTH = lazy_pattern(r"(?:(?P<y>20[0-9]{2})\s*年)?(?<![0-9])(?P<m>[0-9]{1,2})\s*月")
_GRACE_MONTHS = 1
# a clause of the goal (around a later month it names)
_CLAUSE_END = lazy_pattern(r"[，,；;。\n]")
# work that may follow a period, dated in the goal after it: then the period is not the whole year's work
# (9月至12月为后期管护期, 12月完成竣工验收; 11月底前拨付 by the rule's exempt_name); a later month of the project's own work (出版物于10月31日前
# 配送到位 beside 项目实施期为2026年3月至2026年9月) contradicts the period and leaves it standing
# (后续: 10月至11月开展阅读推广活动（后续活动）, the goal's own word for work after the project)
_FOLLOW_UP = lazy_pattern(r"管护|养护|维护|运维|运行|验收|巩固|后期|后续|跟踪|质保|保修|结转|次年|下一?年度")


def _day(year: int, month: int, day: str | None, last: bool) -> date | None:
    """The date of ``day`` (the month's first or ``last`` day when not given); None when there is none."""
    if not 1 <= month <= 12:
        return None
    days = calendar.monthrange(year, month)[1]
    number = int(day) if day else (days if last else 1)
    return date(year, month, number) if 1 <= number <= days else None


def period_dates(match: re.Match[str], budget_year: int | None) -> tuple[date, date] | None:
    """The first and last day of a period in words (a start with no year is in the budget year, an end with
    none in the start's); None when a date is no date, the year is unknown or the end comes first."""
    start_year = match.group("y1") or budget_year or match.group("y2")
    end_year = match.group("y2") or match.group("y1") or budget_year
    if start_year is None or end_year is None:
        return None
    start = _day(int(start_year), int(match.group("m1")), match.group("d1"), last=False)
    end = _day(int(end_year), int(match.group("m2")), match.group("d2"), last=True)
    return None if start is None or end is None or end < start else (start, end)


def read_period(text: str | None, budget_year: int | None) -> tuple[date, date] | None:
    """project.period's first and last day (2026年3月1日-2026年11月30日, 2026.03-2027.06, 2026-2028年; 今年 as
    ``budget_year``: 2026年3月至今年12月; an end's 年底 or 年末 as December: 2024年1月至今年底, 2024年3月至2026年底);
    None when it gives no dates (1年, 长期, 2026年底 with no start) or is not there."""
    if not text:
        return None
    dated = unicodedata.normalize("NFKC", text)
    if budget_year is not None:  # 2024年1月至今年12月: 今年 (本年, 当年) is the budget year; not 至今 + 年 (an open end)
        dated = THIS_YEAR.sub(f"{budget_year}年", dated)
    for numbered in (_HYPHENED_DATE, _DOTTED_DATE):
        dated = numbered.sub(lambda m: f"{m['y']}年{int(m['m'])}月" + (f"{int(m['d'])}日" if m["d"] else ""), dated)
    years_only = dated  # 2024年至2026年底: years alone, the end's 年底 kept for _FIELD_YEARS
    dated = _BARE_YEAR_END.sub(lambda m: f"{m['j']}12月", _YEAR_END.sub(lambda m: f"{m['y']}年12月", dated))
    if (match := _FIELD_PERIOD.fullmatch(dated)) is not None:
        return period_dates(match, budget_year)
    if (years := _FIELD_YEARS.fullmatch(years_only)) is not None and years["y1"] <= years["y2"]:
        return date(int(years["y1"]), 1, 1), date(int(years["y2"]), 12, 31)
    return None


# where the period is written, for {period_from} and {period_from_zh}: the 实施期限 field or the goal
def period_from(from_field: bool) -> dict[str, str]:
    """The placeholders naming where the project's period was read."""
    return {"period_from": "the project period field" if from_field else "the annual goal",
            "period_from_zh": "实施期限栏" if from_field else "年度总体目标"}


def project_period(ctx: TableContext) -> tuple[str, date, re.Match[str] | None] | None:
    """The project's period: its words, its last day and, when the goal states it, the goal's match. The
    table's 实施期限 (project.period) when its dates can be read, else the goal's statement of it."""
    field = ctx.table.project.period
    if (dates := read_period(field, ctx.budget_year)) is not None:
        return field.strip(), dates[1], None
    return goal_period(ctx)


def goal_period(ctx: TableContext) -> tuple[str, date, re.Match[str]] | None:
    """The project's period as the goal states it (项目建设期2026年3月至2027年6月, 实施周期2026.3-2027.6, 项目计划于
    2026年3月开工，2027年9月竣工): its words, its last day and the goal's match; None when the goal states none that
    can be read."""
    if ctx.budget_year is None:
        return None
    # (the 实施期 words first; then dotted dates, then a start and an end: most goals hold none, three searches)
    for pattern in GOAL_PERIODS:
        match = pattern.search(ctx.goal)
        if match is not None and (dates := period_dates(match, ctx.budget_year)) is not None:
            return match.group(), dates[1], match
    return None


def _follows(goal: str, at: int, exempt: re.Pattern[str] | None) -> bool:
    """Whether the goal's clause around ``at`` is of work that may follow the period (管护, 拨付, 验收)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(goal, 0, at)), default=0)
    end = _CLAUSE_END.search(goal, at)
    clause = goal[start:end.start() if end else len(goal)]
    return _FOLLOW_UP.search(clause) is not None or (exempt is not None and search(exempt, clause) is not None)


def _period_end(ctx: TableContext, exempt: re.Pattern[str] | None = None) -> tuple[str, date, bool] | None:
    """The words for the project's period, its last day and whether the 实施期限 field gave it, when it ends
    within the budget year and the goal dates no work that may follow it later."""
    period = project_period(ctx)
    if period is None or period[1].year != ctx.budget_year:
        return None
    words, end, match = period
    later = (other for other in _MONTH.finditer(ctx.goal)
             if match is None or not match.start() <= other.start() < match.end())
    if any(int(other.group("y") or end.year) == end.year and int(other.group("m")) > end.month
           and _follows(ctx.goal, other.start(), exempt) for other in later):
        return None
    return words, end, match is None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    period = _period_end(ctx, params.get("exempt_name"))
    if period is None:
        return
    words, end, from_field = period
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
                      **period_from(from_field), **date_values(deadline))

"""deadline-in-year: a deadline must fall inside the budget year (1 Jan – 31 Dec).

The budget year comes from --budget-year / the configuration, the table's ``project.year`` or
the year in its title; with none known the rule is skipped, not guessed. When the project name
and the title both give another year than the 预算年度 written (TIME002 names that 预算年度), a
deadline in their year is not reported: it is likelier right than the 预算年度. A deadline set by
an event with its year written (2024年汛前, 2024年春节前) has no date, but its year can still be
outside the budget year (``year_after``, ``year_before``), and so can one set in the next year by
name (次年春节前, 明年汛期前). An output's 备注 that puts part of the work after the budget year
(第四季度补助于2026年1月底前结算拨付 under 时效; 部分改建项目2026年3月底前交付使用 under 数量) moves its
deadline there too (``note_after``, at the note). A deadline more than a month after the end of the
period its own name names (上半年防控作业完成时间 2026年10月31日前, 春季学期补助拨付时间 2026年11月30日前) is
``after_period``: the month allows for paying or reporting a period's work after it ends (一季度补贴
发放时间 4月15日前); a report or evaluation of the period (上半年工作总结报送) is left out. Under the 二级指标 the rule's
``lasting_under`` names (可持续影响指标), a plan's horizon or a lasting effect's year (规划实施期限 至2035年) is how long it
runs, not a deadline, and a year after the budget year is not reported there.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (DATE_PLACEHOLDERS, NEXT_YEAR_WORDS, ROW_PLACEHOLDERS, YEAR_IN_TEXT, Hit, Row, TableContext,
                                     compile_patterns, date_values, note_hit, row_hit)
from ggtlint.lazyregex import lazy_pattern
from ggtlint.regexsafety import search

NAME = "deadline-in-year"
SCOPES = ("indicator",)
VARIANTS = ("after", "before", "year_after", "year_before", "note_after", "after_period")
PLACEHOLDERS = {"after": ROW_PLACEHOLDERS + ("year",) + DATE_PLACEHOLDERS,
                "before": ROW_PLACEHOLDERS + ("year",) + DATE_PLACEHOLDERS,
                "year_after": ROW_PLACEHOLDERS + ("year", "found"), "year_before": ROW_PLACEHOLDERS + ("year", "found"),
                "note_after": ROW_PLACEHOLDERS + ("year", "found", "note"),
                "after_period": ROW_PLACEHOLDERS + ("period", "period_end", "period_end_zh") + DATE_PLACEHOLDERS}
# a deadline after its name's period is a warning, not an error: the name may be the one that is wrong
LEVELS = {"after_period": Severity.WARNING}
ROW_PURE = True  # check_row reads only the row, its params, ctx.budget_year and ctx.contradicted_year (the row memo's key)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {
    # a lasting effect's year: under these 二级指标, a year past the budget year that a name of a horizon or term
    # gives (lasting_names: 规划实施期限, 设计使用年限) or a value of a span does (lasting_values: 至2035年, 持续至2040年)
    # is how long the effect or the plan runs, no deadline of this year's work; a name of a deadline (建立时间) is one
    "lasting_under": {"type": "array", "items": {"type": "string"}},
    "lasting_names": {"type": "string"}, "lasting_values": {"type": "string"}, "deadline_names": {"type": "string"}}}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The lasting-effect patterns compiled once (and vetted like every pattern of a pack)."""
    compiled = compile_patterns(params, ("lasting_names", "lasting_values", "deadline_names"))
    if "lasting_under" in compiled:
        compiled["lasting_under"] = frozenset(compiled["lasting_under"])
    return compiled


_NEXT_YEAR = lazy_pattern(NEXT_YEAR_WORDS)
# work that rightly follows the year (its evaluation, accounts, audit, report), not the work dated
_FOLLOW_UP = lazy_pattern(r"自评|评价|审计|决算|总结|报告|报送|年报|质保|保修|维保|为准|公布|来源")
_NOTED_LEVEL2 = ("时效指标", "数量指标", "成本指标", "经济成本指标")
_NOTE_CLAUSE = lazy_pattern(r"[，。；;,]")
# a month of a year in a note (于2026年1月底前结算, 奖励于次年一季度兑现), the work it dates
_NOTE_DATE = lazy_pattern(r"(?:(?P<y>20[0-9]{2})\s*年|(?P<next>" + NEXT_YEAR_WORDS + r")(?:度)?)\s*"
                          r"(?:[0-9]{1,2}\s*月|[一二三四]季度|第[一二三四]季度|上半年|下半年|底|末)")
# …but not the end of a period the note names, over the year's turn (取暖期为当年11月至次年3月, 按学年资助
# （当年9月至次年7月）): what the target covers, not work done late
_PERIOD_BEFORE = lazy_pattern(r"(?:暖期|学年)[^，。；;,]{0,6}?(?:当年|本年|20[0-9]{2}年)?[0-9]{1,2}月(?:[0-9]{1,2}[日号])?"
                              r"(?:至|到|—|–|~|～|-)$")


# a period of the year an indicator's name names, and the month its last day is in (前三季度 ends with 三季度;
# 下半年, 四季度 and 秋季学期 end with the year or after it); a name of last year's period, or of another
# year's, is left out
_NAMED_PERIOD = lazy_pattern(r"(?P<period>第?(?P<quarter>[一二三123])季度|上半年|春季学期|年初)")
_PERIOD_LAST_MONTH = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "上半年": 6, "春季学期": 7, "年初": 3}
_OTHER_YEAR = lazy_pattern(r"上年|去年|上一年|以前年度|(20[0-9]{2})年")
_GRACE_MONTHS = 1  # a period's money paid, or its work reported, in the month after it ends


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    told = False
    for hit in _checked(ctx, row, _lasting(row, params)):
        told = True
        yield hit
    if not told:
        for hit in _after_named_period(row):
            told = True
            yield hit
    note = row.indicator.note
    # a note of any output (改建住房 ≥400套: 部分项目2026年3月底前交付), not only of a 时效 indicator,
    # and of a cost line paid in part after the year (2026年6月支付尾款): not this year's money
    if note and not told and row.level2 in _NOTED_LEVEL2 and ctx.budget_year is not None:
        for match in _NOTE_DATE.finditer(note):
            found = int(match.group("y")) if match.group("y") else ctx.budget_year + 1
            # the work the date belongs to, named before it (绩效自评于次年3月, 质保金于2025年12月支付) or after
            clause = _NOTE_CLAUSE.split(note[:match.start()])[-1] + _NOTE_CLAUSE.split(note[match.end():], 1)[0]
            if found > ctx.budget_year and found != ctx.contradicted_year and not _FOLLOW_UP.search(clause) \
                    and not _PERIOD_BEFORE.search(note, max(0, match.start() - 24), match.start()):
                yield note_hit(row, "note_after", year=ctx.budget_year, found=found)
                return


def _latest_named_period(name: str) -> tuple[int, str] | None:
    """The latest period a name names, by its last month, and as the name writes it (第三季度…: 9, 第三季度)."""
    periods = [(_PERIOD_LAST_MONTH[match.group("quarter") or match.group("period")], match.group("period"))
               for match in _NAMED_PERIOD.finditer(name)]
    return max(periods, key=lambda period: period[0]) if periods else None


def named_period_last_month(name: str) -> int | None:
    """The last month of the latest period a name names (上半年…: 6, 第三季度…: 9), None when it names none."""
    latest = _latest_named_period(name)
    return latest[0] if latest else None


def _after_named_period(row: Row) -> Iterator[Hit]:
    """A deadline more than a month after the end of the period its name names (上半年…10月31日前)."""
    deadline = row.parsed.deadline
    if deadline is None or row.parsed.op not in ("≤", "<", None) or _FOLLOW_UP.search(row.name) \
            or any(match.group(1) != str(deadline.year) for match in _OTHER_YEAR.finditer(row.name)):
        return
    latest_period = _latest_named_period(row.name)
    if latest_period is None:
        return
    last_month, period = latest_period
    grace_month = last_month + _GRACE_MONTHS
    latest = date(deadline.year, grace_month, calendar.monthrange(deadline.year, grace_month)[1])
    if deadline > latest:
        period_end = date(deadline.year, last_month, calendar.monthrange(deadline.year, last_month)[1])
        end = date_values(period_end)
        yield row_hit(row, variant="after_period", severity=LEVELS["after_period"], period=period,
                      period_end=end["date"], period_end_zh=end["date_zh"], **date_values(deadline))


def _lasting(row: Row, params: dict[str, Any]) -> bool:
    """Whether the row gives how long a lasting effect or a plan runs (可持续影响指标: 规划实施期限 至2035年), so a
    year past the budget year is its nature; one before it is still told."""
    if row.level2 not in params.get("lasting_under", ()):
        return False
    if "deadline_names" in params and search(params["deadline_names"], row.name) is not None:
        return False
    return ("lasting_names" in params and search(params["lasting_names"], row.name) is not None) \
        or ("lasting_values" in params and search(params["lasting_values"], row.parsed.text) is not None)


def _checked(ctx: TableContext, row: Row, lasting: bool = False) -> Iterator[Hit]:
    deadline = row.parsed.deadline
    if deadline is None and row.parsed.quality == "external" and ctx.budget_year is not None:
        written = YEAR_IN_TEXT.match(row.parsed.text)
        found = int(written.group(1)) if written else None
        if found is None and _NEXT_YEAR.match(row.parsed.text):
            found = ctx.budget_year + 1
        if found is not None and found not in (ctx.budget_year, ctx.contradicted_year) \
                and not (lasting and found > ctx.budget_year):
            yield row_hit(row, variant="year_after" if found > ctx.budget_year else "year_before",
                          year=ctx.budget_year, found=found)
        return
    if deadline is None or ctx.budget_year is None or row.parsed.year_inferred:
        return
    if deadline.year == ctx.contradicted_year:
        return  # the 预算年度 is the doubtful one (TIME002)
    # before the day, not on it (2024年1月1日（不含）前): the day before is the last one
    last = deadline - timedelta(days=1) if row.parsed.op == "<" else deadline
    if last.year > ctx.budget_year and not lasting:
        yield row_hit(row, variant="after", year=ctx.budget_year, **date_values(deadline))
    elif last.year < ctx.budget_year:
        yield row_hit(row, variant="before", year=ctx.budget_year, **date_values(deadline))

"""period-share: how many years a multi-year project runs, and which of the goal's figures are the year's share.

Read by goal-figures' ``period_as_year`` and ``plan_as_year``. A project runs several years when the table's
实施期限 (2026年3月-2027年10月), the goal's own period (项目实施期为2026年1月至2028年12月, 实施期限2024—2025年) or the
goal's words (分两年, 两年新改建, 三年行动) say so; its years are counted from the months (20 months: two years).
The goal is read in order: a figure after a span of years (分两年改造…16座) is the whole period's, one after the
budget year alone (2026年安排资金…改造其中8座), 当年 or 本年度 is the year's share, until another marker comes.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from datetime import date

from ggtlint.primitives.base import TableContext
from ggtlint.primitives.deadline_after_period import GOAL_PERIOD, period_dates, read_period
from ggtlint.lazyregex import lazy_pattern

# a span of years or months (2026—2028年, 2026年3月至2027年10月), or years counted in words (分两年, 两年新增,
# 三年行动, 连续三年): the whole period; not the years gone by (近三年, 过去两年), a time within (3年内, 两年后) nor how
# often something recurs (每两年开展一次, 三年一轮: a frequency, not how long the project runs)
_SPAN = lazy_pattern(r"(?P<y1>20[0-9]{2})\s*年?(?:\s*(?P<m1>[0-9]{1,2})\s*月)?\s*(?:—|–|-|~|～|至|到)+\s*(?P<y2>20[0-9]{2})\s*年"
                     r"(?:\s*(?P<m2>[0-9]{1,2})\s*月)?"
                     r"|(?<![近去前过每])(?P<n>[两二三四五])年(?![内后前以来底末度级一])")
# the budget year alone, or a word for this year: what follows is the year's share
_THIS_YEAR = lazy_pattern(r"(?P<y>20[0-9]{2})\s*年(?!\s*(?:—|–|-|~|～|至|到))|当年|本年度?|今年|全年|年度")
_CHINESE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# a plan the year's figure may have been copied from (三年行动计划, 实施方案)
PLAN_WORDS = lazy_pattern(r"计划|规划|行动|方案")


def _years_of(start: date, end: date) -> int:
    """The years a period runs, its months rounded up (2026年3月-2027年10月: 20 months, two years)."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return math.ceil(months / 12)


def _month(text: str | None, default: int) -> int:
    """A month named (1 to 12), or ``default`` when none or no month is."""
    return int(text) if text and 1 <= int(text) <= 12 else default


def project_years(ctx: TableContext) -> set[int]:
    """The numbers of years (two or more) the table says its project runs: its 实施期限, the goal's stated period,
    the goal's spans and its years in words; empty for a project of one year or none said."""
    years: set[int] = set()
    budget_year = ctx.budget_year
    if (dates := read_period(ctx.table.project.period, budget_year)) is not None:
        years.add(_years_of(*dates))
    goal = ctx.goal
    for match in GOAL_PERIOD.finditer(goal):
        if (dates := period_dates(match, budget_year)) is not None:
            years.add(_years_of(*dates))
    for match in _SPAN.finditer(goal):
        if match.group("n"):
            years.add(_CHINESE[match.group("n")])
        elif match.group("y1") <= match.group("y2"):  # (from January to December when no month is named)
            start = date(int(match.group("y1")), _month(match.group("m1"), 1), 1)
            end = date(int(match.group("y2")), _month(match.group("m2"), 12), 1)
            if start <= end:
                years.add(_years_of(start, end))
    return {count for count in years if count >= 2}


class Scopes:
    """Whether a place in the goal is in a stretch about the whole period or about the budget year."""

    def __init__(self, goal: str, budget_year: int) -> None:
        spans = list(_SPAN.finditer(goal))
        marks: list[tuple[int, str]] = [(match.end(), "period") for match in spans]
        dated = [(match.start(), match.end()) for match in spans if match.group("y1")]
        for match in _THIS_YEAR.finditer(goal):
            if any(start <= match.start() < end for start, end in dated):
                continue  # (2026 opening 2026—2028年)
            year = match.group("y")
            marks.append((match.end(), "year" if year is None or int(year) == budget_year else "other"))
        marks.sort()
        self._ends = [end for end, _kind in marks]
        self._kinds = [kind for _end, kind in marks]

    def at(self, position: int) -> str | None:
        """"period", "year", "other" (another year alone) or None (no marker before it)."""
        index = bisect_right(self._ends, position)
        return self._kinds[index - 1] if index else None


def period_words(ctx: TableContext) -> str:
    """The project's period as the table writes it: its 实施期限 when readable, else the goal's first span
    (2026年3月至2027年10月, 分两年)."""
    field = ctx.table.project.period
    if read_period(field, ctx.budget_year) is not None:
        return field.strip()
    stated = GOAL_PERIOD.search(ctx.goal)
    if stated is not None and period_dates(stated, ctx.budget_year) is not None:
        return stated.group().strip()
    span = _SPAN.search(ctx.goal)
    return span.group().strip() if span is not None else ""

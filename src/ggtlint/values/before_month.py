"""before-month: the day a value written "before a month" (2026年12月前, 12月以前) is done by, strictly.

The value reader reads 2026年12月前 as the month's end (31 December), leniently, as a department often means "within
December"; a check that asks whether a deadline comes too late (after a season's start, after the goal's own date for
the work) must not blame the month it is written to be before: before December is by 30 November. Only a value whose
month stands with no day and no 底/末 is read so (12月底前, 12月31日前 keep their day).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..lazyregex import lazy_pattern

# a month written with nothing between it and 前 (12月前, 12月以前, 十二月之前): not 12月底前, 12月31日前, 12月中旬前
_BEFORE_MONTH = lazy_pattern(r"(?<![0-9日])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:以前|之前|前)")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
             "十二": 12}


def strictly_before(value: str, deadline: date) -> date:
    """The day ``value`` is done by when it says only "before" the month ``deadline`` is in (the reader's month's
    end): the last day of the month before; ``deadline`` itself for any other value (a day, 底, another month's
    reading such as 2027年1月前 read as the end of 2026)."""
    found = _BEFORE_MONTH.search(value)
    if found is None:
        return deadline
    written = found.group("m")
    month = int(written) if written.isdigit() else _CN_MONTH[written]
    if month != deadline.month:
        return deadline
    return deadline.replace(day=1) - timedelta(days=1)

"""period-ended-before-year: the project's period, as the table's 实施期限 gives it (2024年4月-2025年6月) or else
the goal states it (项目实施期限2024—2025年), ends before the budget year the table is for: a table copied
from an earlier year's, or a period never brought up to date; either way the year's targets have no period.

The field is read as TIME008 reads it (deadline_after_period.read_period); when it gives dates the goal is not
read. The goal's statement is read in months (项目实施期为2024年4月至2025年6月) or in years alone
(项目建设期限2024—2025年), only where it is the project's own: not an earlier round's or phase's (上一轮项目
实施期, 一期工程建设期, 原建设期) nor one the goal says was extended (延期, 延长, 调整), nor a pilot's the goal
says is over and carried on (试点…实施期为…，试点结束后…接续, …在全县推广).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_identity
from ggtlint.primitives.deadline_after_period import GOAL_PERIOD, period_dates, period_from, read_period
from ggtlint.lazyregex import lazy_pattern

NAME = "period-ended-before-year"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ("period", "period_from", "period_from_zh", "period_end_year", "year")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the goal's period in years alone: 项目实施期限2024—2025年, 建设期为2024-2025年
_PERIOD_YEARS = lazy_pattern(r"(?:项目|^|(?<=[，,；;。：:\s]))(?:实施期限?|实施周期|建设期限?|建设周期|(?<=项目)(?:期限|周期))"
                             r"(?:为|是|：|:|自)?\s*(?P<y1>20[0-9]{2})\s*年?\s*(?:至|到|—|–|-|~|～)\s*(?P<y2>20[0-9]{2})\s*年")
# another round's or phase's period, or the old one (上一轮项目实施期, 一期工程建设期, 原建设期, 已于…)
_NOT_ITS_OWN = lazy_pattern(r"上一?轮|上期|前期|原|已|[一二三首]期|老|往年|此前")
_OWN_REACH = 12  # characters before the period read for another round's or phase's words
# a period the goal says was moved (延期至2026年, 延长, 调整为)
_MOVED = lazy_pattern(r"延期|延长|顺延|调整|变更")
_SENTENCE_END = lazy_pattern(r"[。；;\n]")  # (a period moved is said in its own sentence)
# a pilot's period the goal says is over and carried on (国家试点项目实施期为2023年1月至2025年12月，试点结束后由县
# 财政接续保障; 2026年在全县推广): the pilot's, not this project's; a pilot's period with no word of going on is read
_PILOT = lazy_pattern(r"试点")
_CARRIED_ON = lazy_pattern(r"结束后|期满后|推广|接续|延续|铺开|常态化")


def _goal_period(goal: str, budget_year: int) -> tuple[str, int] | None:
    """The goal's statement of the project's own period and its last year, when it ends before the budget year."""
    for pattern in (GOAL_PERIOD, _PERIOD_YEARS):
        for match in pattern.finditer(goal):
            if pattern is GOAL_PERIOD:
                dates = period_dates(match, budget_year)
                end_year = dates[1].year if dates is not None else None
            else:
                end_year = int(match.group("y2")) if match.group("y1") <= match.group("y2") else None
            if end_year is None or end_year >= budget_year:
                continue
            if _NOT_ITS_OWN.search(goal, max(0, match.start() - _OWN_REACH), match.start()):
                continue
            if _PILOT.search(goal, max(0, match.start() - _OWN_REACH), match.start()) \
                    and _CARRIED_ON.search(goal, match.end()):
                continue
            sentence_end = _SENTENCE_END.search(goal, match.end())
            sentence_start = max((m.end() for m in _SENTENCE_END.finditer(goal, 0, match.start())), default=0)
            if _MOVED.search(goal, sentence_start, sentence_end.start() if sentence_end else len(goal)):
                continue
            return match.group().strip("，,；;。：: \n"), end_year
    return None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    field = ctx.table.project.period
    if (dates := read_period(field, year)) is not None:
        if dates[1].year < year:
            yield Hit("/project/period", {"period": field.strip(), "period_end_year": dates[1].year, "year": year,
                                          **period_from(True)}, value=field.strip())
        return  # the field's dates are the period; the goal's are not read
    if "期" not in ctx.goal:  # most goals state no period
        return
    found = _goal_period(ctx.goal, year)
    if found is not None:
        words, end_year = found
        yield Hit("/goal", {"period": words, "period_end_year": end_year, "year": year, **period_from(False)},
                  value=words, find=words)

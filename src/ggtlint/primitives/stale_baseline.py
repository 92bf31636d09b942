"""stale-baseline: a change counted from the year before last (较2024年下降≥1个百分点 in a 2026 table).

A target written as a change from a year names its baseline; in a year's table that baseline is last year's
(较上年, 较2025年 in 2026). One from two years back is most often last year's table copied with its 较上年
written out as that table's year, so the year's target is measured against a stale base: told unless the
goal or the indicator's 备注 names that year too (a base the project fixes on purpose, 以2024年为基数).
Earlier years (较2020年, a five-year plan's base) are read as chosen and left alone.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "stale-baseline"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("base_year", "last_year", "budget_year")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# a baseline year in a change: 较2024年, 比2024年, 与2024年相比, 同2024年比
_BASE = lazy_pattern(r"(?:较|比|与|同)(?P<year>20[0-9]{2})年(?:度|底|末)?")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    stale = str(year - 2)
    goal = ctx.goal
    if f"{stale}年" in goal:
        return  # the goal names the year: a base chosen, or background the indicator follows
    for row in ctx.rows:
        for text in (row.value, row.name):
            found = _BASE.search(text[:200])
            if found and found.group("year") == stale and stale not in (row.indicator.note or ""):
                yield row_hit(row, base_year=stale, last_year=str(year - 1), budget_year=str(year))
                break

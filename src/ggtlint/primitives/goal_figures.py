"""goal-figures: a count in the 年度总体目标 and the indicator that measures it differ by a power of ten.

The goal says 轮换储备粮20000吨 and the indicator 储备粮轮换数量 says ≥200000吨: one of them has a 0
too many (or too few). Only a factor of exactly 10, 100, 1,000 or 10,000 is told, between a goal
figure and an indicator in the same unit whose name shares ``min_shared`` characters with the
words just before the figure in the goal: figures that merely differ (a goal of 1500户 and a
benefit of 1200户) are different targets, not slips.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, row_hit
from ggtlint.values.parse import parse_value

NAME = "goal-figures"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_figure", "times")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"min_shared": {"type": "integer", "minimum": 1}, "before": {"type": "integer", "minimum": 1}},
}
compile = compile_identity
# a figure and its unit in running text: 20000吨, 1,500户, 3.5万人次, 300万元
_FIGURE = re.compile(r"(?<![0-9.,])[0-9][0-9,]*(?:\.[0-9]+)?(?:万|亿)?[\u4e00-\u9fff]{1,3}")
_TIMES = {Decimal(10): "10", Decimal(100): "100", Decimal(1000): "1000", Decimal(10000): "10000"}
# counts only: an amount in the goal is often the total, of which a cost line may be a tenth
_KINDS = ("count",)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.table.goal or ""
    if not goal or not any(char.isdigit() for char in goal):
        return
    shared, before = params.get("min_shared", 3), params.get("before", 12)
    rows = [row for row in ctx.rows if row.parsed.kind in _KINDS and row.parsed.number]
    told: set[int] = set()
    for match in _FIGURE.finditer(goal):
        figure = _figure(match.group(), ctx)
        if figure is None:
            continue
        context = goal[max(0, match.start() - before):match.start()]
        for row in rows:
            if id(row) in told or not _same_measure(figure, row.parsed):
                continue
            ratio = _ratio(_amount(figure), _amount(row.parsed))
            if ratio is not None and longest_run(context, row.name) >= shared:
                told.add(id(row))
                yield row_hit(row, goal_figure=figure.text, times=ratio)


def _figure(text: str, ctx: TableContext) -> Any:
    """The first reading of a goal figure that is a count or an amount, cutting the trailing
    characters that are words, not unit (20000吨储备粮 → 20000吨)."""
    for end in range(len(text), 0, -1):
        if not text[end - 1].isdigit():
            parsed = parse_value(text[:end], lexicon=ctx.lexicon)
            if parsed.kind in _KINDS and parsed.number:
                return parsed
    return None


def _same_measure(goal: Any, parsed: Any) -> bool:
    return goal.kind == parsed.kind and (goal.unit or "") == (parsed.unit or "")


def _amount(parsed: Any) -> Decimal:
    return parsed.number


def _ratio(a: Decimal, b: Decimal) -> str | None:
    """"10", "100" … when one is exactly that many times the other."""
    if not a or not b:
        return None
    big, small = (a, b) if a > b else (b, a)
    return _TIMES.get(big / small)

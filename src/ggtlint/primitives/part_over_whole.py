"""part-over-whole: a 其中 line may not count more than the line it breaks down.

In a 数量 (or other non-cost) block, "其中：…" breaks down the indicator above it (培训人次 ≥2000人次,
其中：脱贫劳动力 ≥500人次). A part whose figure, in the same unit, is larger than its whole's
(偿付到期债券 ≥28笔, 其中：再融资债券 ＝32笔) cannot be a part of it: one of the two figures is
wrong. Parts are not summed (其中女性, 其中脱贫人口 may overlap); money lines are FUND004's.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown, \
    is_cost, row_hit

NAME = "part-over-whole"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("whole_name", "whole_value")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity
_COUNTED = ("count", "number")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if not any(is_breakdown(row.name) for row in ctx.rows):
        return  # most tables have no 其中 line
    whole: Row | None = None
    for row in ctx.rows:
        if is_cost(row):
            whole = None
            continue
        if not is_breakdown(row.name):
            whole = row if row.parsed.kind in _COUNTED and row.parsed.number is not None else None
            continue
        part = row.parsed
        if (whole is not None and whole.level2 == row.level2 and part.kind in _COUNTED
                and part.number is not None and part.unit == whole.parsed.unit
                and part.number > whole.parsed.number and part.op not in ("≤", "<")):  # type: ignore[operator]
            yield row_hit(row, whole_name=whole.name, whole_value=whole.value)

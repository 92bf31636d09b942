"""indicator-count: too few 三级指标 cannot describe a project.

Params: ``min_total`` (whole table), ``min_per_level1`` ({一级: minimum rows}).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_identity

NAME = "indicator-count"
SCOPES = ("table",)
VARIANTS = ("total", "level1")
PLACEHOLDERS = {"total": ("count", "min"), "level1": ("category", "count", "min")}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_total": {"type": "integer", "minimum": 1},
        "min_per_level1": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}},
    },
}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    total = len(ctx.rows)
    if "min_total" in params and 0 < total < params["min_total"]:
        yield Hit("/indicators", {"count": total, "min": params["min_total"]}, value=str(total),
                  variant="total", key=True)
    for level1, minimum in params.get("min_per_level1", {}).items():
        pointer = ctx.level1_present.get(level1)
        count = len(ctx.rows_in(level1=level1))
        if pointer is not None and 0 < count < minimum:
            yield Hit(pointer, {"category": level1, "count": count, "min": minimum}, value=f"{level1}:{count}",
                      variant="level1", key=True)

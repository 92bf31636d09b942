"""benefit-substance: 效益指标 must say something this year, not only "长期" sustainability.

Params: ``level1`` (default 效益指标), ``weak_level2`` (二级 that alone are not enough,
default 可持续影响指标), ``weak_kinds`` (value kinds that say nothing measurable, default
horizon; ``any``: the kind does not matter), ``weak_name_words`` (a row whose name holds one of
these counts as under a weak 二级, e.g. 满意度 written under 社会效益指标).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_identity

NAME = "benefit-substance"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ("category", "level2", "values")  # level2: the 二级 found, joined
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "level1": {"type": "string"},
        "weak_level2": {"type": "array", "items": {"type": "string"}},
        "weak_kinds": {"type": "array", "items": {"type": "string"}},
        "weak_name_words": {"type": "array", "items": {"type": "string"}},
    },
}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    level1 = params.get("level1", "效益指标")
    weak_level2 = set(params.get("weak_level2", ["可持续影响指标"]))
    weak_kinds = set(params.get("weak_kinds", ["horizon"]))
    pointer = ctx.level1_present.get(level1)
    if pointer is None:
        return  # a missing 一级 is required-categories' finding
    rows = ctx.rows_in(level1=level1)
    if not rows:
        return
    level2s = sorted({row.level2 for row in rows})
    words = tuple(params.get("weak_name_words", ()))
    weak_rows = all(row.level2 in weak_level2 or (words and any(word in row.name for word in words)) for row in rows)
    if weak_rows and ("any" in weak_kinds or all(row.parsed.kind in weak_kinds for row in rows)):
        values = "、".join(sorted({row.value for row in rows}))
        yield Hit(pointer, {"category": level1, "level2": "、".join(level2s), "values": values},
                  value=values, variant="default", key=True)

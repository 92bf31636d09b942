"""required-categories: the 一级 and 二级 indicator categories a table must have, per framework.

Params: ``level1: {legacy: [...], fw2021: [...]}`` and/or
``level2: {legacy: {一级: [二级...]}, fw2021: {...}}``; ``min_rows`` rows each (default 1).
A 二级 under a missing 一级 is not reported again. 满意度指标 can be made optional by the
configuration (``require_satisfaction: false``) for internal projects with no 服务对象.
``legacy_places: {一级: [一级, 二级]}``: a 一级 the table keeps where the older framework kept it,
as that 二级 under that 一级 (2021's 成本指标 as 产出指标 › 成本指标), is not missing; another rule
(STR004) notes the older layout. A 二级 missing where a 一级 of its name stands (a legacy table's
成本指标 written as a 一级, the 2021 way) is said as such (``at_level1``): the rows are there, in
the wrong place, and adding the 二级 would list them twice.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_identity

NAME = "required-categories"
SCOPES = ("table",)
VARIANTS = ("missing_level1", "empty_level1", "missing_level2", "empty_level2", "at_level1")
PLACEHOLDERS = {"missing_level1": ("category",), "empty_level1": ("category", "min"),
                "missing_level2": ("category", "parent"), "empty_level2": ("category", "parent", "min"),
                "at_level1": ("category", "parent")}
_LIST = {"type": "array", "items": {"type": "string"}}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "level1": {"type": "object", "additionalProperties": False,
                   "properties": {"legacy": _LIST, "fw2021": _LIST}},
        "level2": {"type": "object", "additionalProperties": False,
                   "properties": {"legacy": {"type": "object", "additionalProperties": _LIST},
                                  "fw2021": {"type": "object", "additionalProperties": _LIST}}},
        "min_rows": {"type": "integer", "minimum": 1},
        "legacy_places": {"type": "object", "additionalProperties": {
            "type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2}},
    },
}
compile = compile_identity
SATISFACTION = "满意度指标"


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    min_rows = params.get("min_rows", 1)
    optional = set() if ctx.options.get("require_satisfaction", True) else {SATISFACTION}
    for level1 in params.get("level1", {}).get(ctx.framework, []):
        if level1 in optional:
            continue
        if level1 not in ctx.level1_present:
            legacy = params.get("legacy_places", {}).get(level1)
            if legacy is not None and ctx.rows_in(level1=legacy[0], level2=legacy[1]):
                continue
            yield Hit("/indicators", {"category": level1}, value=level1, variant="missing_level1", key=True)
        elif len(ctx.rows_in(level1=level1)) < min_rows:
            yield Hit(ctx.level1_present[level1], {"category": level1, "min": min_rows}, value=level1,
                      variant="empty_level1", key=True)
    for level1, children in params.get("level2", {}).get(ctx.framework, {}).items():
        if level1 not in ctx.level1_present:
            continue
        for level2 in children:
            pointer = ctx.level2_present.get((level1, level2))
            if pointer is None and level2 in ctx.level1_present:
                yield Hit(ctx.level1_present[level2], {"category": level2, "parent": level1}, value=level2,
                          variant="at_level1", key=True)
            elif pointer is None:
                yield Hit(ctx.level1_present[level1], {"category": level2, "parent": level1}, value=level2,
                          variant="missing_level2", key=True)
            elif len(ctx.rows_in(level1=level1, level2=level2)) < min_rows:
                yield Hit(pointer, {"category": level2, "parent": level1, "min": min_rows}, value=level2,
                          variant="empty_level2", key=True)


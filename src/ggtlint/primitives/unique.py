"""unique: the same indicator must not appear twice in one table.

Names are compared as the cross-table rules compare them (:func:`ggtlint.primitives.corpus.name_key`:
full-width folded, spaces and punctuation removed); ``with_value`` also requires the same
value. The second and later occurrences are reported, pointing at the first. A cost named after
the quantity it pays for (数量 坡耕地改梯田 ≥1800亩, 成本 坡耕地改梯田 ≤360万元) is no repeat:
costs are compared with costs, other indicators with each other.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_cost, row_hit
from ggtlint.primitives.corpus import name_key

NAME = "unique"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("first_level2", "first_name")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {"with_value": {"type": "boolean"}}}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    first: dict[tuple[str, str, bool], tuple[str, str]] = {}
    for row in ctx.rows:
        name = name_key(row.name)
        if not name:
            continue
        key = (name, row.parsed.text if params.get("with_value") else "", is_cost(row))
        if key in first:
            yield row_hit(row, key=True, first_level2=first[key][0], first_name=first[key][1])
        else:
            first[key] = (row.indicator.level2, row.name)

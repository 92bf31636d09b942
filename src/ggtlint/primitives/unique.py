"""unique: the same indicator must not appear twice in one table.

Names are compared after removing spaces and punctuation; ``with_value`` also requires the
same value. The second and later occurrences are reported, pointing at the first.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_identity, row_hit

NAME = "unique"
SCOPES = ("table",)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {"with_value": {"type": "boolean"}}}
compile = compile_identity
_NOISE = re.compile(r"[\s，,。.、；;：:“”\"'（）()]+")


def normal_name(name: str) -> str:
    return _NOISE.sub("", name)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for row in ctx.rows:
        name = normal_name(row.name)
        if not name:
            continue
        key = (name, row.parsed.text if params.get("with_value") else "")
        if key in first:
            yield row_hit(row, key=True, first_level2=first[key][0], first_name=first[key][1])
        else:
            first[key] = (row.indicator.level2, row.name)

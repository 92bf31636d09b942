"""relevance: 产出 indicators must speak of this project, not a sibling project.

Params: ``pairs`` — lists of terms that tell sibling projects apart (免学费 vs 助学金). When
the project name says one term of a pair and not another, and an indicator name says the
other and not the first, the indicator probably belongs to the sibling (copy-paste between
tables). ``level1``: which indicators to look at (default 产出指标).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit

NAME = "relevance"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("own", "foreign", "project")
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["pairs"],
    "additionalProperties": False,
    "properties": {
        "pairs": {"type": "array", "items": {"type": "array", "minItems": 2, "items": {"type": "string", "minLength": 1}}},
        "level1": {"type": "array", "items": {"type": "string"}},
    },
}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    project = ctx.table.project.name or ""
    level1 = set(params.get("level1", ["产出指标"]))
    for group in params["pairs"]:
        own = [term for term in group if term in project]
        if not own:
            continue
        others = [term for term in group if term not in own]
        for row in ctx.rows:
            if row.level1 not in level1 or any(term in row.name for term in own):
                continue
            foreign = [term for term in others if term in row.name]
            if foreign:
                yield row_hit(row, key=True, own="、".join(own), foreign="、".join(foreign), project=project)

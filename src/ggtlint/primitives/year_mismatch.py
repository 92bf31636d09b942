"""year-mismatch: a year written in the project name or title differs from the budget year.

"2022年高校毕业生…补助资金" filed in the 2023 batch is either the wrong table or a carried-over
project that should say so.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import YEAR_IN_TEXT, Hit, TableContext, compile_identity

NAME = "year-mismatch"
SCOPES = ("table",)
VARIANTS = ("name", "title")
PLACEHOLDERS = ("found", "year", "text")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if ctx.budget_year is None:
        return
    project = ctx.table.project
    for field, text in (("name", project.name), ("title", project.title)):
        for match in YEAR_IN_TEXT.finditer(text or ""):
            year = int(match.group(1))
            if year != ctx.budget_year:
                yield Hit(f"/project/{field}", {"found": year, "year": ctx.budget_year, "text": text}, value=str(year),
                          variant=field)
                break

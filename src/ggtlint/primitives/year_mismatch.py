"""year-mismatch: a year written in the project name or title differs from the budget year.

"2022年高校毕业生…补助资金" filed in the 2023 batch is either the wrong table or a carried-over
project that should say so. When the project name and the title both say one other year than the
预算年度 the table writes, the 预算年度 is the odd one out: one finding, at it (variant ``year``).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_identity, other_year

NAME = "year-mismatch"
SCOPES = ("table",)
VARIANTS = ("name", "title", "year")
PLACEHOLDERS = ("found", "year", "text")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if ctx.budget_year is None:
        return
    project = ctx.table.project
    if ctx.contradicted_year is not None:
        # the name and the title agree with each other, not with the 预算年度 written: that is the one to check
        yield Hit("/project/year", {"found": ctx.contradicted_year, "year": ctx.budget_year, "text": project.title or ""},
                  value=str(ctx.contradicted_year), variant="year")
        return
    for field, text in (("name", project.name), ("title", project.title)):
        year = other_year(text, ctx.budget_year)
        if year is not None:
            yield Hit(f"/project/{field}", {"found": year, "year": ctx.budget_year, "text": text}, value=str(year),
                      variant=field)

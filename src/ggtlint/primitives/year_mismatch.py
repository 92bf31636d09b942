"""year-mismatch: a year written in the project name or title differs from the budget year.

"2022年高校毕业生…补助资金" filed in the 2023 batch is either the wrong table or a carried-over
project that should say so. When the project name and the title both say one other year than the
预算年度 the table writes, the 预算年度 is the odd one out: one finding, at it (variant ``year``).
A table whose budget year cannot be told (no 预算年度, no year in the title, none given to the run)
has its deadlines checked against no year at all: said once (``unknown``). A budget year given to
the run (--budget-year, ``budget_year`` in the configuration) that differs from the table's own is
noted, so a deadline "outside the budget year" is not a riddle (``overridden``).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import Hit, TableContext, compile_identity, other_year

NAME = "year-mismatch"
SCOPES = ("table",)
VARIANTS = ("name", "title", "year", "unknown", "overridden")
LEVELS = {"overridden": Severity.INFO}  # the run's own choice, said so the findings can be read
PLACEHOLDERS = ("found", "year", "text")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    project = ctx.table.project
    if ctx.budget_year is None:
        pointer = "/project/year" if ctx.table.span("/project/year") is not None else "/project"
        yield Hit(pointer, {"found": "", "year": "", "text": project.title or ""}, value="", variant="unknown")
        return
    if project.year and project.year != ctx.budget_year:  # only a year given to the run wins over the table's
        yield Hit("/project/year", {"found": project.year, "year": ctx.budget_year, "text": project.title or ""},
                  value=str(project.year), variant="overridden", severity=LEVELS["overridden"])
    if ctx.contradicted_year is not None:
        # the name and the title agree with each other, not with the 预算年度 written: that is the one to check
        yield Hit("/project/year", {"found": ctx.contradicted_year, "year": ctx.budget_year, "text": project.title or ""},
                  value=str(ctx.contradicted_year), variant="year")
        return
    overridden = project.year if project.year and project.year != ctx.budget_year else None
    for field, text in (("name", project.name), ("title", project.title)):
        year = other_year(text, ctx.budget_year)
        if year is not None and year != overridden:  # the table's own year: the override's note says it
            yield Hit(f"/project/{field}", {"found": year, "year": ctx.budget_year, "text": text}, value=str(year),
                      variant=field)

"""deadline-in-year: a deadline must fall inside the budget year (1 Jan – 31 Dec).

The budget year comes from --budget-year / the configuration, the table's ``project.year`` or
the year in its title; with none known the rule is skipped, not guessed.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import (DATE_PLACEHOLDERS, ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity,
                                     date_values, row_hit)

NAME = "deadline-in-year"
SCOPES = ("indicator",)
VARIANTS = ("after", "before")
PLACEHOLDERS = ROW_PLACEHOLDERS + ("year",) + DATE_PLACEHOLDERS
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    deadline = row.parsed.deadline
    if deadline is None or ctx.budget_year is None or row.parsed.year_inferred:
        return
    if deadline.year > ctx.budget_year:
        yield row_hit(row, variant="after", year=ctx.budget_year, **date_values(deadline))
    elif deadline.year < ctx.budget_year:
        yield row_hit(row, variant="before", year=ctx.budget_year, **date_values(deadline))

"""contingency: a 不可预见费 or 预备费 among the costs of a yearly project's spending.

A project's spending (项目支出) is budgeted for known work in its year: a line held back for the unforeseen
(不可预见费 ≤50万元, 预备费 ≤20000元) pays for no output and is money the budget has not yet decided on
(recall audit 30: b349, b352). A works' budget estimate is another matter: its 基本预备费 is a part of the
estimate the 概算 rules set, so a works project (its category or name says 基本建设, 工程, 建设项目, 专项债券) and a
project of several years (its period spans years) are left alone. Only a line whose name is the contingency
itself (ends on 预备费 or 不可预见费), not one naming something else it is for (应对不可预见突发事件物资储备费,
民兵预备役训练费).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, is_cost, row_hit, \
    several_years
from ggtlint.regexsafety import search

NAME = "contingency"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["name", "works"],
    "additionalProperties": False,
    "properties": {"name": {"type": "string"}, "works": {"type": "string"}},
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("name", "works"))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    lines = [row for row in ctx.rows if is_cost(row) and search(params["name"], row.name)]
    if not lines:
        return  # nearly every table: no contingency line
    project = ctx.table.project
    if several_years(project.period) or any(search(params["works"], text or "")
                                            for text in (project.category, project.name)):
        return
    for row in lines:
        yield row_hit(row)

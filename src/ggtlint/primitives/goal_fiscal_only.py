"""goal-fiscal-only: a goal saying the money is all the government's (所需资金全部由县级财政承担) in a table
whose 其他资金 is more than nothing: one of the two is wrong.

``said`` (a regular expression) is how the goal says so; ``other_named`` (a regular expression), when
given, is other money the goal names itself (乡镇自筹20万元, 上年结转): such a goal meant the rest.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_patterns
from ggtlint.primitives.sum_matches import in_table_unit
from ggtlint.regexsafety import search

NAME = "goal-fiscal-only"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ("goal_words", "other")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "required": ["said"],
                 "properties": {"said": {"type": "string"}, "other_named": {"type": "string"}}}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("said", "other_named"))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    funds = ctx.table.funds
    other = funds.in_yuan(funds.other)
    if not ctx.goal or other is None or other <= 0:
        return
    other_named = params.get("other_named")
    if other_named is not None and search(other_named, ctx.goal):
        return
    said = search(params["said"], ctx.goal)
    if said is not None:
        yield Hit("/goal", {"goal_words": said.group(), "other": in_table_unit(funds, other)}, value=said.group(),
                  find=said.group())

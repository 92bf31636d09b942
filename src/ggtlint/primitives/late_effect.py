"""late-effect: an indicator of an outcome that follows the funded action only years later, set as this year's
target (受助学生高校毕业后就业率 in a 普通高中助学金 table, 宫颈癌发病率 from vaccinating 13-year-old girls, 人均预期寿命
from a year's 家庭医生签约): no year's spending can reach it and no year's end can check it.

``effects`` is a list of ``{name, within}``: ``name`` a regular expression an indicator's name holds (its match
is quoted as {effect}); ``within``, when given, one the project's name or its goal must hold too (a graduate's
employment is years away only for the aid of a lower school: 高中, 中职). A screening's 早诊率 or a training's
培训后就业率 is this year's and is named by no pattern.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, is_cost, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT, search

NAME = "late-effect"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("effect",)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["effects"],
    "properties": {
        "effects": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "within": {"type": "string"}},
            },
        },
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The params with each effect's patterns compiled once (and vetted like every pattern of a pack)."""
    return {**params, "effects": [compile_patterns(effect, ("name", "within")) for effect in params["effects"]],
            "memo": {}}


_MEMO_MAX = 4096  # names remembered per rule; bulk runs meet the same indicator names in thousands of tables


def _effects_named(name: str, params: dict[str, Any]) -> tuple[tuple[dict[str, Any], str], ...]:
    """Each effect whose pattern ``name`` holds, in order, with the text it matched; remembered per name."""
    memo: dict[str, tuple[tuple[dict[str, Any], str], ...]] = params["memo"]
    found = memo.get(name)
    if found is None:
        found = tuple((effect, match.group()) for effect in params["effects"]
                      if (match := search(effect["name"], name)) is not None)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[name] = found
    return found


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    about: str | None = None  # the project's name and goal, read only when a pattern needs them
    for row in ctx.rows:
        if is_cost(row):
            continue
        for effect, matched in _effects_named(row.name, params):
            if "within" in effect:
                if about is None:
                    about = f"{ctx.table.project.name or ''}\n{ctx.goal}"[:MAX_MATCH_INPUT]
                if search(effect["within"], about) is None:
                    continue
            yield row_hit(row, effect=matched)
            break

"""late-effect: an indicator of an outcome that follows the funded action only years later, set as this year's
target (受助学生高校毕业后就业率 in a 普通高中助学金 table, 宫颈癌发病率 from vaccinating 13-year-old girls, 人均预期寿命
from a year's 家庭医生签约): no year's spending can reach it and no year's end can check it.

``effects`` is a list of ``{name, within}``: ``name`` a regular expression an indicator's name holds (its match
is quoted as {effect}); ``within``, when given, one the project's name or its goal must hold too (a graduate's
employment is years away only for the aid of a lower school: 高中, 中职); ``unless``, when given, one the
indicator's name must not hold (招聘特岗教师中高校毕业后两年内人员占比 counts the teachers hired, not the pupils'
future); ``unless_floor``, when true, leaves alone a count given a floor (恶性肿瘤新发病例数 ≥1200例 in a tumour
registry: the cases it takes in, an output; an incidence to lower is capped or set to fall, ≤120例, 较上年减少).
A screening's 早诊率 or a training's 培训后就业率 is this year's and is named by no pattern. A long-term outcome
put where it belongs, among 可持续影响 indicators with a later year or 中长期/持续 (人均预期寿命 2030年达到80岁),
or there with a trend and no figure (居民健康期望寿命 稳步提高), is left alone (the second opinion of s23:
tests/test_second_opinion_s23a.py; tests/test_precision_s24.py).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, is_cost, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT, search
from ggtlint.lazyregex import lazy_pattern

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
                "properties": {"name": {"type": "string"}, "within": {"type": "string"},
                               "unless": {"type": "string"}, "unless_floor": {"type": "boolean"}},
            },
        },
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The params with each effect's patterns compiled once (and vetted like every pattern of a pack)."""
    return {**params, "effects": [compile_patterns(effect, ("name", "within", "unless")) for effect in params["effects"]],
            "memo": {}}


_MEMO_MAX = 4096  # names remembered per rule; bulk runs meet the same indicator names in thousands of tables


def _effects_named(name: str, params: dict[str, Any]) -> tuple[tuple[dict[str, Any], str], ...]:
    """Each effect whose pattern ``name`` holds and whose ``unless`` it does not, in order, with the text it matched;
    remembered per name."""
    memo: dict[str, tuple[tuple[dict[str, Any], str], ...]] = params["memo"]
    found = memo.get(name)
    if found is None:
        found = tuple((effect, match.group()) for effect in params["effects"]
                      if (match := search(effect["name"], name)) is not None
                      and not ("unless" in effect and search(effect["unless"], name) is not None))
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[name] = found
    return found


# a long-term outcome's own words in a 可持续影响 indicator: its horizon (中长期, 持续下降) or a year (checked later)
_LONG_TERM = lazy_pattern(r"中长期|长期|持续|逐步|远期|(?<![0-9])(20[0-9]{2})年")
_DIGIT = lazy_pattern(r"[0-9０-９]")


def _put_for_the_long_term(row: Any, budget_year: int | None) -> bool:
    """Whether the row is a 可持续影响 indicator that says it is for the long term (2030年达到80岁, 持续下降), or
    gives no figure at all (稳步提高): there, by its place, a trend is the lasting direction, not a target the
    year's end checks (＝79岁 still is; precision s24)."""
    if "可持续" not in (row.level2 or ""):
        return False
    value = str(row.indicator.value or "")
    # (a figure in words is a figure too: 达到八十岁 is read as 80岁)
    if value and _DIGIT.search(value) is None and row.parsed.number is None:
        return True
    text = f"{row.name} {value} {row.indicator.note or ''}"[:MAX_MATCH_INPUT]
    for found in _LONG_TERM.finditer(text):
        if found.group(1) is None or budget_year is None or int(found.group(1)) > budget_year:
            return True
    return False


def _a_counts_floor(row: Any) -> bool:
    """Whether the row gives a count a floor (≥1200例, 不少于800例), no change (较上年减少≥20例 is a fall)."""
    parsed = row.parsed
    return parsed.kind == "count" and parsed.op in ("≥", ">") and parsed.change is None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    about: str | None = None  # the project's name and goal, read only when a pattern needs them
    for row in ctx.rows:
        if is_cost(row):
            continue
        effects = _effects_named(row.name, params)
        if not effects or _put_for_the_long_term(row, ctx.budget_year):
            continue
        for effect, matched in effects:
            if effect.get("unless_floor") and _a_counts_floor(row):
                continue
            if "within" in effect:
                if about is None:
                    about = f"{ctx.table.project.name or ''}\n{ctx.goal}"[:MAX_MATCH_INPUT]
                if search(effect["within"], about) is None:
                    continue
            yield row_hit(row, effect=matched)
            break

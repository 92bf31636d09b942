"""goal-none-allowed: the goal says an incident is not to happen at all (全年不发生重大网络安全事件) and the
indicator for it allows some (重大网络安全事件 ≤1起): one of the two is wrong.

``said`` (a regular expression, its group ``what`` the incident) is how the goal says none happens; an
indicator is that incident when its name ends as an incident does (``named``) and shares ``min_shared``
characters running with ``what``; it allows some when its count is a ceiling or a figure above none.
``handled`` (optional) marks a name counting the incidents dealt with (查处食品安全事件 120起, 接报处置突发事件
＝12起): work done on incidents, not incidents allowed to happen.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, longest_run, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT, search
from ggtlint.lazyregex import lazy_pattern

NAME = "goal-none-allowed"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_words",)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["said", "named", "min_shared"],
    "properties": {"said": {"type": "string"}, "named": {"type": "string"},
                   "min_shared": {"type": "integer", "minimum": 2}, "handled": {"type": "string"}},
}
# a ceiling or a figure, with its sign or none (≤1起, ＝2起, 1起), allows so many; "<1起" is none, "<3起" allows two
_ALLOWING = ("≤", "=", None)
# an incident's grade: the goal's 重大网络安全事件 rules out those of its grade only, so an indicator is held to it
# only when it names that grade too (not 一般网络安全事件 ≤3起, nor 网络安全事件 ≤1起, which may be minor ones);
# a goal naming none (不发生网络安全事件) rules out every grade
_GRADE = lazy_pattern(r"一般|较小|较大|重大|特大|特别重大")
# the grades from the least, for a goal ruling out one and those above it (不发生较大及以上安全生产事故: 重大 too)
_GRADES_UP = ("一般", "较小", "较大", "重大", "特大", "特别重大")
_AND_ABOVE = lazy_pattern(r"(一般|较小|较大|重大)及?以上")
# a whole area's count (全市政务数据泄露事件 ≤2起) is a control figure for more than the goal's own system, unless
# the goal's clause names that area too (全县不发生重大森林火灾事故)
_AREA = lazy_pattern(r"辖区|全[市县区省州镇乡]|本[市县区省]")
_CLAUSE_ENDS = "，。；,;\n"


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("said", "named", "handled"))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal[:MAX_MATCH_INPUT]
    said = list(params["said"].finditer(goal)) if goal else []
    if not said:
        return
    handled = params.get("handled")
    for row in ctx.rows:
        parsed = row.parsed
        if parsed.kind != "count" or parsed.number is None \
                or not (parsed.op in _ALLOWING and parsed.number > 0 or parsed.op == "<" and parsed.number > 1) \
                or search(params["named"], row.name) is None \
                or handled is not None and search(handled, row.name) is not None:
            continue
        shared, found = max(((longest_run(each.group("what"), row.name), each) for each in said), key=lambda pair: pair[0])
        if shared >= params["min_shared"] \
                and _grade_held(found.group("what"), row.name) \
                and set(_AREA.findall(row.name)) <= set(_AREA.findall(_clause(goal, found))):
            yield row_hit(row, goal_words=found.group(0))


def _grade_held(what: str, name: str) -> bool:
    """Whether an indicator ``name`` is of a grade the goal's incident ``what`` rules out: every grade the goal
    names, or, for one and those above it (较大及以上), any of those."""
    named = set(_GRADE.findall(name))
    if (above := _AND_ABOVE.search(what)) is not None:
        return bool(named) and named <= set(_GRADES_UP[_GRADES_UP.index(above.group(1)):])
    return set(_GRADE.findall(what)) <= named


def _clause(goal: str, said: re.Match[str]) -> str:
    """The goal's clause holding ``said``, between the punctuation either side."""
    start = max(goal.rfind(end, 0, said.start()) for end in _CLAUSE_ENDS) + 1
    ends = [found for end in _CLAUSE_ENDS if (found := goal.find(end, said.end())) >= 0]
    return goal[start:min(ends, default=len(goal))]

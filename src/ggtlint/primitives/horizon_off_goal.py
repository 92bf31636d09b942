"""horizon-off-goal: a plan's horizon given as an indicator ending in another year than the goal gives it.

乡镇国土空间总体规划期限 2021—2030年 beside the goal's 完成8个乡镇国土空间总体规划（规划期至2035年）编制 (audit 40's
b446): the table gives the plan it pays for two horizons; one of them is wrong.

Read: the goal's horizon, 规划期(限)至2035年, 规划期(限)为2021—2035年 (one end year in the whole goal; a goal naming a
near, middle or far term, 近期, 中期, 远期, 展望, is not read), and the clause it stands in; an indicator named for a
plan's horizon (规划期限, 规划期, 规划年限) whose value ends in a year (2021—2030年, 至2030年). The name, the
horizon's words set aside, must be of the plan its sentence names before it: nothing left (规划期限), or words found
there (乡镇国土空间总体, 村庄 only where the sentence names 村庄规划). A name of a term (近期, 远期) or stage is not read.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, row_hit

NAME = "horizon-off-goal"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_words", "goal_year", "year")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the goal's horizon: 规划期至2035年, 规划期限为2021—2035年, 规划期到2035年
_GOAL_HORIZON = lazy_pattern(r"规划(?:期限|年限|期)(?:为|是)?(?:(?:19|20)[0-9]{2}\s*年?\s*(?:—|–|-|~|～|至|到)+\s*|"
                             r"至|到)(?P<year>(?:19|20)[0-9]{2})\s*年")
# a goal of several terms: which one an indicator means cannot be told
_TERMS = lazy_pattern(r"近期|中期|远期|展望")
_NAME = lazy_pattern(r"规划(?:期限|年限|期)$")
# the value's end year: 2021—2030年, 至2030年, 2030年
_VALUE_END = lazy_pattern(r"^(?:(?:19|20)[0-9]{2}\s*年?\s*(?:—|–|-|~|～|至|到)+\s*|至|到)?(?P<year>(?:19|20)[0-9]{2})\s*年?$")
# the sentence, not the comma's clause: 编制林地保护利用规划，规划期至2035年 dates the plan of the clause before
# (two held-out cases of that form were missed while a comma ended the search)
_CLAUSE_START = lazy_pattern(r"[。；;]")


def _clause_before(goal: str, at: int) -> str:
    """The goal's words from the last stop before ``at`` up to it (the horizon's own bracket kept)."""
    begin = 0
    for found in _CLAUSE_START.finditer(goal, 0, at):
        begin = found.end()
    return goal[begin:at]


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each plan horizon ending in another year than the goal's one horizon."""
    goal = ctx.goal
    if "规划" not in goal or _TERMS.search(goal):
        return
    horizons = list(_GOAL_HORIZON.finditer(goal))
    if not horizons or len({found.group("year") for found in horizons}) != 1:
        return  # no horizon, or several
    goal_year = int(horizons[0].group("year"))
    for row in ctx.rows:
        name = row.name.strip()
        matched = _NAME.search(name)
        if matched is None or _TERMS.search(name):
            continue
        end = _VALUE_END.match(row.value.strip())
        if end is None or int(end.group("year")) == goal_year:
            continue
        plan = name[:matched.start()]
        clauses = [_clause_before(goal, found.start()) for found in horizons]
        if plan and not any(plan in clause or longest_run(plan, clause) >= 4 for clause in clauses):
            continue  # another plan than the one the goal dates
        found = horizons[0]
        yield row_hit(row, goal_words=goal[found.start():found.end()], goal_year=str(goal_year),
                      year=end.group("year"))

"""scope-year-off-goal: an indicator whose name scopes the work by a built-before year other than the goal's for the
same thing.

排查2000年以前建成的城镇既有房屋 beside the goal's 对城区1985年以前建成的既有房屋开展安全排查 (audit 41's b462): the
table scopes one survey two ways; one of them is wrong, and the count of houses depends on which.

Read: each 'built before a year' the goal gives (1985年以前建成的…, 2000年底前建成的…) with the thing after it; a
row's name giving one too. Told when the name's thing shares three characters in a row with one goal scope's thing
and with no other's (既有房屋), and its year is another. A scope after a year (以后, 以来) is not read.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT

NAME = "scope-year-off-goal"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_words", "goal_year", "year")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# built before a year, and the thing so built: 1985年以前建成的既有房屋, 2000年底前建成的老旧小区
_BUILT_BEFORE = lazy_pattern(r"(?P<year>(?:19|20)[0-9]{2})\s*年(?:底|末)?(?:以前|之前|前)(?:建成|建设|修建|竣工)(?:的)?"
                             r"(?P<thing>[\u4e00-\u9fff]{2,12})")
# how many characters in a row the thing must share to be the same (既有房屋; not 房 or 房屋 alone)
_SAME_THING = 3


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each row whose name's built-before year is not the goal's for the same thing."""
    goal = ctx.goal
    if "建" not in goal and "竣工" not in goal:
        return
    scopes = [(int(found.group("year")), found.group("thing"), found.group(0))
              for found in _BUILT_BEFORE.finditer(goal[:MAX_MATCH_INPUT])]
    if not scopes:
        return
    for row in ctx.rows:
        own = _BUILT_BEFORE.search(row.name)
        if own is None:
            continue
        same = [(year, said) for year, thing, said in scopes if longest_run(own.group("thing"), thing) >= _SAME_THING]
        if len({year for year, _ in same}) != 1:
            continue  # no scope of the goal's is of this thing, or several years are
        goal_year, said = same[0]
        if int(own.group("year")) != goal_year:
            yield row_hit(row, goal_words=said, goal_year=str(goal_year), year=own.group("year"))

"""return-period: a flood or drainage standard set below the return period the goal gives it.

A goal of dikes, dams or drains names the standard the works are built to (加固段防洪标准达到20年一遇, 大坝按《防洪
标准》20年一遇设计, 新建雨水管渠设计重现期不低于3年一遇); an indicator of that same standard at a shorter return
period (10年一遇, 不低于2年一遇) is most often the design code's minimum written where the goal's own standard
belongs. The indicator's name must share two characters in a row with the goal's clause before its figure
(防洪标准 of 大坝按《防洪标准》, 重现期 of 设计重现期不低于): another standard of the same goal (县城内涝防治标准
beside 雨水管渠设计重现期) is left alone; a check flood (校核) is compared with the goal's check flood only. A name of one
kind of standard (防洪, 排涝, 内涝, 重现期) is held to a clause of that kind or of none, the clause sharing most with
what the name says before its kind (乡镇段 of 乡镇段防洪标准), which the goal must name somewhere.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "return-period"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "goal_years", "years")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# a return period (20年一遇; 二十年一遇 is rare in tables and left), not the check flood's (200年一遇校核)
_PERIOD = lazy_pattern(r"(?P<years>[0-9]{1,4})\s*年一遇(?!校核)")
_CLAUSE_START = lazy_pattern(r"[。；;，,、\n]")
# what a name shares with any clause and says nothing of which standard (工程, 设计, 标准: 施工导流标准 and
# 防洪标准 are two)
_GENERIC = ("工程", "项目", "设计", "标准", "达到", "不低于")
# the kinds of standard, each a group of the words naming it: a name of one kind is not held to a clause naming only
# another (治理段排涝标准 against 治理段防洪标准达到20年一遇: second opinion s23b)
_KINDS = (("防洪", "洪水", "防汛"), ("排涝", "治涝", "除涝"), ("内涝",), ("重现期",), ("防潮", "挡潮"))
# what the name says before its kind (乡镇段 of 乡镇段防洪标准): a place or reach the goal must name somewhere
_KIND_WORD = lazy_pattern("|".join(word for kind in _KINDS for word in kind))


def _kinds(text: str) -> set[int]:
    """The kinds of standard a text names, by their place in _KINDS."""
    return {at for at, words in enumerate(_KINDS) if any(word in text for word in words)}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    if "一遇" not in goal:
        return
    stated = []  # (the clause before the figure, its years)
    for match in _PERIOD.finditer(goal):
        starts = [m.end() for m in _CLAUSE_START.finditer(goal, 0, match.start())]
        clause = goal[starts[-1] if starts else 0:match.start()]
        stated.append((clause, int(match.group("years"))))
    for row in ctx.rows:
        if "一遇" not in row.value or "校核" in row.value.split("一遇")[0]:
            continue
        # the longest period the value gives: one raising the standard names the old one first (由10年一遇提高到
        # 20年一遇 sets 20, not 10)
        periods = [int(found.group("years")) for found in _PERIOD.finditer(row.value)]
        if not periods:
            continue
        years = max(periods)
        name = row.name
        for word in _GENERIC:
            name = name.replace(word, "")
        kinds = _kinds(name)
        kind = _KIND_WORD.search(name)
        subject = name[:kind.start()] if kind else ""
        if len(subject) >= 2 and longest_run(subject, goal) < 2:
            continue  # a reach or work the goal does not name (乡镇段 beside the goal's 县城段)
        # a clause of a check flood (校核洪水标准为200年一遇) only for a check flood, and one naming only another kind
        # of standard not at all
        fitting = [item for item in stated if ("校核" in item[0]) == ("校核" in row.name)
                   and not (kinds and _kinds(item[0]) and not kinds & _kinds(item[0]))]
        if not fitting:
            continue
        # the clause naming the standard most closely: the longest run shared with what the name says before its
        # kind (乡镇段达到 for 乡镇段防洪标准), then with the whole name; at least two characters
        best = max(fitting, key=lambda item: (longest_run(subject, item[0]), longest_run(name, item[0])))
        if longest_run(name, best[0]) >= 2 and years < best[1]:
            yield row_hit(row, goal_clause=best[0] + f"{best[1]}年一遇", goal_years=str(best[1]), years=str(years))

"""flood-season: works the goal says are done before the flood season, given a deadline inside it.

A goal of river, reservoir, canal, drainage or road works often says a piece of them is finished before the flood
season (主汛期前完成迎水坡护砌, 主体工程于主汛期前完工, 汛前完成清疏): the works must hold the water when it comes.
A 时效 deadline for that same work past the season's start (迎水坡护砌完成时间 2026年8月31日前) plans it in the
floods. The season starts at different times across the country; only a deadline past the latest start is told:
汛期 (汛前, 汛期前) from 1 June in the north at the latest, so a deadline after 30 June; 主汛期, in the north the
last third of July (七下八上), so a deadline after 15 July. The deadline's name, its time words set aside, must be
made of the words of the goal's clause that holds the 汛期前 (with 工程, 项目, 整体, 全部), so other work (附属工程,
竣工验收, 汛后复查) is left alone; a clause of next year's season (次年汛期前) or of a season past (汛后) gives none.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, clause_around, compile_identity, made_of, \
    name_stem, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "flood-season"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "season")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# 主汛期前, 汛期前, 汛前 (not 汛期后, 汛后, 非汛期); a bracketed date after it (汛前（5月31日前）) is the goal's own
# date, which stage-order's after_goal compares
# (not 汛期前后, both sides of it: second opinion s23b; nor 防汛前期准备, the preliminary work: re-read s23 B)
_BEFORE_SEASON = lazy_pattern(r"(?P<main>主)?汛期?(?:到来)?(?:以前|之前|前)(?![（(]\s*[0-9]|后|期)")
# next year's season (次年汛期前, 2027年汛期前, 明年) is no deadline of the budget year's
_NEXT_SEASON = lazy_pattern(r"(?:次年|明年|来年|下一?年度?|(?P<year>20[0-9]{2})年(?:度)?)(?:主)?$")
_CLAUSE_END = lazy_pattern(r"[。；;，,、：:（）()]")
_TIME_WORDS = ("完成时间", "完工时间", "时间", "日期", "时限", "节点")
_WHOLE = "|工程|项目|整体|全部|建设|施工"
# a name of the whole works (工程完工时间) is held only to a clause of the whole works (主汛期前完工, 工程于主汛期前完工),
# not to a piece's (其中渠首及穿河建筑物须在主汛期前完工)
_WHOLE_NAME = lazy_pattern(r"(?:本?工程|本?项目|整体|全部|建设|施工|完工|完成|竣工)*")
_WHOLE_SUBJECT = lazy_pattern(r"(?:本?工程|本?项目|整体|全部|均|于|在|须|将|计划|确保|力争)*")
# a clause a name of the whole works is held to says the works are finished (主汛期前完工并投入使用, 汛前全部完成), not
# what readies them (汛期前完成施工图设计及招标: second opinion s23b)
_WORKS_DONE = lazy_pattern(r"完工|竣工|建成|投入使用|通水|(?:全部|全面|整体)完成|完成$")
# the latest start of each season across the country: 汛期 1 June (north), 主汛期 about 15 July (七下八上)
_LATEST_START = {False: (6, 30), True: (7, 15)}
_LINE_BREAK = lazy_pattern(r"\s*\n\s*")


def _clauses(goal: str, year: int) -> list[tuple[str, bool, bool]]:
    """The goal's clauses that say work is done before the flood season, each with whether it is the 主汛期 and
    whether it is of the whole works (no subject before the season but 工程, 项目); the budget year's season
    (2026年汛期前 in a 2026 table) is its own, another year's is not."""
    found = []
    for match in _BEFORE_SEASON.finditer(goal):
        later = _NEXT_SEASON.search(goal, max(0, match.start() - 6), match.start())
        if later and later.group("year") != str(year):
            continue
        start, end = clause_around(goal, match.start(), match.end(), _CLAUSE_END)
        whole = _WHOLE_SUBJECT.fullmatch(goal[start:match.start()]) is not None
        found.append((goal[start:end], match.group("main") is not None, whole))
    return found


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    year = ctx.budget_year
    if year is None or "汛" not in goal:
        return
    flat = _LINE_BREAK.sub("", goal)  # a goal folded over lines is one text
    clauses = _clauses(flat, year)
    if not clauses:
        return
    for row in ctx.rows:
        deadline = row.parsed.deadline
        if row.level2 != "时效指标" or deadline is None or deadline.year != year \
                or row.parsed.op not in ("≤", "<", None) or "汛" in row.name:
            continue
        stem = name_stem(row.name, _TIME_WORDS)
        whole_name = _WHOLE_NAME.fullmatch(stem) is not None
        for clause, main, whole in clauses:
            month, day = _LATEST_START[main]
            if deadline > date(year, month, day) and (whole or not whole_name) and made_of(stem, clause + _WHOLE) \
                    and (not whole_name or _WORKS_DONE.search(clause)):
                yield row_hit(row, goal_clause=clause, season="主汛期" if main else "汛期")
                break

"""time-unit-looser: a time limit written in another unit than the goal's, and longer than the goal allows.

The goal of a public-safety or emergency project often states how fast a thing is done: 故障修复时间不超过24小时,
接警后30分钟内到达现场, 灾害发生后12小时内完成救助, 调查评估意见在10日内出具. An indicator of the same thing that
changes the unit changes the limit too, often without anyone seeing it: ≤2天 for 24小时, ≤1小时 for 30分钟, ≤90秒
for 1分钟, ≤10个工作日 for 10日 (ten working days run to two weeks). A ceiling of the same unit is REL008's to
compare; this check reads only a change of unit, converting both to seconds (a working day as 1.4 calendar days, the
share of the week it stands for; a month as 30 days) and telling the indicator's limit when it is the longer. The
goal's own figure in another unit (24天 for 24小时) is REL008's unit slip, left to it; but working days for days
(10个工作日 for 10日), which it does not read, are told here. With ``unit: same`` (REL048) it reads the goal's own
unit instead, a longer figure (接报后48小时内 against 接报后24小时内修复), for the rows REL008 does not pair with the
goal's figure (the rule yields to REL008).

The goal's limit is a figure with a unit of time written as one (24小时内, 不超过30分钟, 10日以内), in a clause (between
commas and stops) that holds no other such limit; the indicator is a ceiling (≤, <) of time whose name, its time
words (时间, 时限, 完成 …) set aside, ends in two characters the clause holds (its act: 修复, 出动, 到达现场; a 响应
time is not a 修复 time), names no other grade of the work (一般, 重大 …) than the clause does, and shares at least
two characters in a row with that clause, more than with any other such clause of the goal. A row naming no place
is held to a clause naming one (城区) only when that is the one clause of the goal for the act; else to the loosest
of the act's clauses (城区…15分钟, 农村…30分钟: the row may be the whole county's).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, \
    longest_run, row_hit

NAME = "time-unit-looser"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "goal_limit")
# unit: "other" (REL036) reads a limit in another unit than the goal's; "same" (REL048) one in the goal's own unit,
# left by REL008 when the row's figure is not read as the goal's (故障灯具修复时限 接报后48小时内 against the goal's
# 故障灯具接报后24小时内修复: audit 41, b456)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False,
                 "properties": {"unit": {"enum": ["other", "same"]}}}
compile = compile_identity

# seconds in one of each unit, as a limit is read (a working day: 7/5 of a calendar day); whole numbers, so that a
# limit written in seconds compares exactly (≤180秒 is 3分钟, where 180 × 1/60 minutes came out a hair above 3, s25b)
_SECONDS: dict[str, Decimal] = {
    "秒": Decimal(1), "分钟": Decimal(60), "小时": Decimal(3600), "日": Decimal(86400),
    "工作日": Decimal(120960), "周": Decimal(604800), "月": Decimal(2592000),
}
# the written units, each to one of _SECONDS' keys
_UNIT_OF = {"秒": "秒", "秒钟": "秒", "分钟": "分钟", "分": "分钟", "小时": "小时", "个小时": "小时", "日": "日",
            "天": "日", "工作日": "工作日", "个工作日": "工作日", "周": "周", "个月": "月", "月": "月"}
_UNIT_WORDS = "个工作日|工作日|个小时|小时|分钟|秒钟|秒|日|天|周|个月"
# a limit the goal sets: 24小时内, 在5日以内, 不超过30分钟, 控制在2小时以内 (not 每月, 7*24小时, 30天以上, nor a date's
# day: 6月30日之内)
_GOAL_LIMIT = lazy_pattern(r"(?P<pre>不超过|不多于|不超|控制在|最长)?\s*(?<![0-9.*×每月])(?P<n>[0-9]+(?:\.[0-9]+)?)\s*"
                           rf"(?P<unit>{_UNIT_WORDS})(?P<post>以内|之内|内)?")
_CLAUSE_END = lazy_pattern(r"[。；;，,、：:\n]")
# words of any time limit's name, which say nothing of what is timed
_TIME_WORDS = lazy_pattern(r"时间|时限|时长|用时|期限|周期|工期|完成|平均|不超过|以内")
# grades of the work timed: a limit for one grade says nothing of another's
_GRADE = lazy_pattern(r"一般|重大|较大|特别重大|特大|紧急|普通|严重|轻微")
# the places a limit is set for: the goal's 城区 limit says nothing of a 农村 row's (s25b: 城区接警后15分钟内到达现场
# beside 农村地区到达现场时间 ≤1小时); read as the grades are
_AREA = lazy_pattern(r"城区|市区|主城区|县城|城镇|集镇|乡镇|农村|偏远|山区|边远")
# an average the goal sets (平均出警时间控制在15分钟以内) bounds no single case: a row's ceiling for every case (最长出警时间
# ≤1小时) may be longer (s25b)
_AVERAGE = "平均"
_CEILING = ("≤", "<", "＜")


def _row_seconds(row: Row) -> tuple[Decimal, str] | None:
    """A ceiling of time the row sets, in seconds, with its unit's key."""
    parsed = row.parsed
    if parsed.op not in _CEILING or parsed.number is None or parsed.unit is None:
        return None
    if parsed.kind not in ("duration", "number"):
        return None
    unit = _UNIT_OF.get(parsed.unit.strip())
    if unit is None:
        return None
    return parsed.number * _SECONDS[unit], unit


def _goal_limits(goal: str) -> list[tuple[str, Decimal, str, str, Decimal]]:
    """The goal's time limits, each alone in its clause: (the clause, seconds, unit key, the limit as written, its
    figure)."""
    found: dict[tuple[int, int], list[re.Match[str]]] = {}
    for match in _GOAL_LIMIT.finditer(goal):
        if not (match.group("pre") or match.group("post")):
            continue
        begin = max((stop.end() for stop in _CLAUSE_END.finditer(goal, 0, match.start())), default=0)
        after = _CLAUSE_END.search(goal, match.end())
        found.setdefault((begin, after.start() if after else len(goal)), []).append(match)
    limits = []
    for (begin, end), matches in found.items():
        if len(matches) != 1:
            continue  # two limits in one clause (1小时内响应、24小时内到场 without a stop): which is whose is unclear
        match = matches[0]
        try:
            number = Decimal(match.group("n"))
        except InvalidOperation:
            continue
        unit = _UNIT_OF[match.group("unit")]
        clause = goal[begin:end]
        limits.append((clause, number * _SECONDS[unit], unit, match.group().strip(), number))
    return limits


def _time_rows_and_limits(ctx: TableContext) -> tuple[list[tuple[Row, tuple[Decimal, str]]],
                                                        list[tuple[str, Decimal, str, str, Decimal]]]:
    """The table's time-limit rows (with their seconds and unit) and the goal's limits, read once a table
    (``ctx.memo``): REL036 and REL048 both ask. Neither list is changed by a caller."""
    key = "time-unit-looser"
    if key not in ctx.memo:
        rows = [(row, read) for row in ctx.rows if not is_cost(row) for read in [_row_seconds(row)] if read is not None]
        ctx.memo[key] = (rows, _goal_limits(ctx.goal) if rows else [])
    return ctx.memo[key]  # type: ignore[no-any-return]


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each time-limit row looser than the goal's limit for its act: in another unit (REL036), or in the same
    (``unit: same``, REL048)."""
    rows, limits = _time_rows_and_limits(ctx)
    if not rows or not limits:
        return
    same_unit = params.get("unit", "other") == "same"
    for row, (seconds, unit) in rows:
        words = _TIME_WORDS.sub("", row.name)
        act = words[-2:]
        grades, areas = set(_GRADE.findall(row.name)), set(_AREA.findall(row.name))
        # the clauses naming the row's act (修复, 出动, 到达现场 …: a 响应 time is not a 修复 time), no other grade of
        # the work nor other place than the row's (一般故障 for 重大故障修复; 城区 for 农村地区), and no average where the
        # row bounds each case
        scored = sorted(((longest_run(words, clause), index) for index, (clause, *_rest) in enumerate(limits)
                         if len(act) == 2 and act in clause and not (grades and set(_GRADE.findall(clause)) - grades)
                         and not (areas and set(_AREA.findall(clause)) - areas)
                         and not (_AVERAGE in clause and _AVERAGE not in row.name)),
                        reverse=True)
        if not scored:
            continue
        best, index = scored[0]
        tied = len(scored) > 1 and scored[1][0] == best
        if best < 2:
            continue
        if same_unit and (best < 3 or _AVERAGE in row.name):
            # one unit: the act alone (审查) pairs another object's limit (合同审查…3个工作日内 against 重大行政决策合法性
            # 审查时限), and an average (电梯困人平均解救时间 ≤40分钟) no limit on arriving (30分钟内到达现场解救): g195, g489
            continue
        if not areas and _AREA.search(limits[index][0]):
            # a row naming no place against a place's limit, where the goal sets other places' for the work too
            # (城区接警后15分钟内到达现场，农村地区30分钟内到达): the row may be the whole county's, which no one place's
            # limit bounds, so it is held to the loosest of them (s26); to a place's limit alone only when that is the
            # goal's one (维护城区路灯，…不超过24小时)
            places = [at for at, (clause, *_rest) in enumerate(limits)
                      if _AREA.search(clause) and longest_run(words, clause) >= 2]
            if tied and any(_AREA.search(limits[at][0]) is None for run, at in scored if run == best):
                continue
            index = max(places, key=lambda at: limits[at][1])
        elif tied:
            continue
        clause, goal_seconds, goal_unit, written, figure = limits[index]
        if (goal_unit == unit) != same_unit:
            continue  # one unit: a plain figure to compare, REL008's, or REL048's where REL008 does not tell it
        if not same_unit and figure == row.parsed.number and "工作日" not in (unit, goal_unit):
            continue  # the goal's figure in another unit (24天 for 24小时): REL008's unit slip tells it
        if seconds > goal_seconds:
            yield row_hit(row, goal_clause=clause.strip(), goal_limit=written)

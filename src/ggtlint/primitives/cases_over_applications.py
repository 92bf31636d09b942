"""cases-over-applications: more cases handled than the applications the goal or table expects.

A legal-aid case (法律援助案件) is opened on an application granted: the cases a year handles cannot outnumber the
applications it receives (受理法律援助申请950件 beside 办理法律援助案件 ≥1000件), unless cases are carried over from the
year before. One figure is wrong, most often copied from another year's or another table's.

Read: the applications the goal counts (受理…申请950件, 申请约1.2万件: the words between the verb and 申请 are their
subject) in a clause of the budget year (no other year, 上年, 累计, 历年, N年), or an indicator counting them (受理法律
援助申请 ≥950件); and an indicator, not a cost line, of cases handled (办理, 承办, 指派) naming the subject right
before 案件 (办理法律援助案件, 办理刑事法律援助案件), a floor or exact count in 件 above the largest of those
application counts. Not read where the goal or the row speaks of cases carried over (结转, 上年) or of years
together (累计, 历年).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, YEAR_IN_TEXT, Hit, TableContext, clause_around, \
    compile_identity, is_cost, row_hit

NAME = "cases-over-applications"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("applications", "subject")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_APPLIED = lazy_pattern(r"申请(?:数量|数|量)?(?:约|达到?|共|总数)?(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?件")
_VERB = lazy_pattern(r"受理|收到|接收|接到|审查|收取")
_TIME_WORDS = lazy_pattern(r"20[0-9]{2}年度?|预计|全年|年度|当年|本年|共|约|计划")
_CLAUSE_BREAK = lazy_pattern(r"[，,；;。\n]")
_NOT_THE_YEAR = lazy_pattern(r"累计|历年|[0-9两三四五]年(?:内|间|来|共)?|上年|去年|上一年|结转")
_CARRIED = lazy_pattern(r"结转|上年|去年|累计|历年")
_HANDLED = lazy_pattern(r"办理|承办|指派")
_FLOORS = ("≥", "=", "＝", ">")


def _subject(before: str) -> str:
    """The applications' subject: the words after the last verb (受理法律援助 gives 法律援助), time words set aside."""
    verbs = list(_VERB.finditer(before))
    if verbs:
        before = before[verbs[-1].end():]
    return _TIME_WORDS.sub("", before)[-8:]


def _goal_applications(goal: str, year: int | None) -> list[tuple[str, Decimal, str]]:
    out = []
    for m in _APPLIED.finditer(goal):
        begin, end = clause_around(goal, m.start(), m.end(), _CLAUSE_BREAK)
        clause = goal[begin:end]
        years = {int(y) for y in YEAR_IN_TEXT.findall(clause)}
        if _NOT_THE_YEAR.search(_TIME_WORDS.sub("", clause)) or (years and years != {year}):
            continue
        subject = _subject(goal[begin:m.start()])
        if len(subject) >= 2:
            number = Decimal(m.group("n")) * (10000 if m.group("wan") else 1)
            out.append((subject, number, goal[begin:m.end()].strip()))
    return out


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each count of cases handled above the applications counted for its subject."""
    goal = ctx.goal
    if "结转" in goal:
        return
    counts = [row for row in ctx.rows if not is_cost(row) and row.parsed.unit == "件" and row.parsed.number is not None]
    cases = [row for row in counts if row.parsed.op in _FLOORS and _HANDLED.search(row.name) and "案" in row.name
             and not _CARRIED.search(row.name + (row.indicator.note or ""))]
    if not cases:
        return
    applications = _goal_applications(goal, ctx.budget_year) if "申请" in goal else []
    for row in counts:
        at = row.name.find("申请")
        if at > 0 and not _HANDLED.search(row.name) and "案件" not in row.name and row.parsed.op in _FLOORS + ("≤",):
            subject = _subject(row.name[:at])
            if len(subject) >= 2:
                applications.append((subject, row.parsed.number, f"{row.name} {row.shown}"))
    for row in cases:
        mine = [(number, said, subject) for subject, number, said in applications if subject + "案件" in row.name]
        if not mine:
            continue
        number, said, subject = max(mine, key=lambda item: item[0])
        if row.parsed.number > number:
            yield row_hit(row, applications=said, subject=subject)

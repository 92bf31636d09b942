"""same-goal-across-tables: two tables with the same 年度总体目标 (XT002).

The annual goal should say what this project's money buys this year; the seed's T19 and T20
repeat T9's goal word for word. Goals are compared after removing spaces and punctuation
(so a PDF line break or a full-width comma does not hide a copy); goals shorter than
``min_length`` characters are too generic to compare. With ``same_department`` only tables
of one 主管部门 are compared; by default every table of the run is. With ``same_year`` (the
default) only tables of one budget year are (a table whose year cannot be told with every
year): a continuing project's table for next year may keep this year's goal.

Every table of a group is reported, naming the first other table with that goal (input order
says nothing about which project copied).
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Iterator

from ggtlint.primitives.base import Hit, compile_identity
from ggtlint.primitives.corpus import (OTHER_PLACEHOLDERS, CorpusHit, TableDigest, changed_tables, other_values,
                                      year_groups)

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.corpus_store import DigestStore

NAME = "same-goal-across-tables"
SCOPES = ("corpus",)
VARIANTS = ("default", "several")  # several: more than one other table has it
PLACEHOLDERS = ("count",) + OTHER_PLACEHOLDERS
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_length": {"type": "integer", "minimum": 1},
        "same_department": {"type": "boolean"},
        "same_year": {"type": "boolean"},
    },
}
compile = compile_identity


def _settings(params: dict[str, Any]) -> tuple[int, bool, bool]:
    return int(params.get("min_length", 20)), params.get("same_department", False), params.get("same_year", True)


def affected_by(store: DigestStore, params: dict[str, Any], before: list[TableDigest],
                after: list[TableDigest]) -> set[int]:
    """The tables whose findings can change when the tables ``before`` became ``after``: every
    table of a goal they had or have (a group's count and the tables it names change)."""
    min_length, same_department, _ = _settings(params)
    goals = [(table.department if same_department else "", table.goal)
             for table in changed_tables(before, after, _facts) if table.goal and table.goal_length >= min_length]
    return store.goal_members(goals, min_length, same_department)


def _facts(table: TableDigest) -> tuple[Any, ...]:
    return table.goal, table.goal_length, table.department, table.year, table.label


def check_corpus(store: DigestStore, params: dict[str, Any]) -> Iterator[CorpusHit]:
    min_length, same_department, same_year = _settings(params)
    for _key, rows in groupby(store.goals(min_length, same_department), key=itemgetter(0)):
        members = [(index, goal, year) for _, index, goal, year in rows]
        told: set[int] = set()  # a table of no known year goes with every year: told once
        for group in year_groups(members, itemgetter(2)) if same_year else [members]:
            if len(group) < 2:
                continue
            first, second = store.names(group[0][0]), store.names(group[1][0])
            for index, goal, _ in group:
                if index in told:
                    continue
                told.add(index)
                values = {"count": len(group) - 1, **other_values(second if index == group[0][0] else first)}
                yield CorpusHit(index, Hit("/goal", values, value=goal or "",
                                           variant="default" if len(group) == 2 else "several", key=True))


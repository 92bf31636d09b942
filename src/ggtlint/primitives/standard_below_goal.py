"""standard-below-goal: a standard per head kept below the one the goal sets for it, in a value or a note.

The goal raises a standard (将特困人员基本生活标准由每人每月700元提高到每人每月760元) and the indicator naming it keeps the
old one (特困人员基本生活标准 ≥700元/人·月) or one between (≥730元/人·月); the goal sets a floor (农村不低于每人每月900元)
and a cost line naming that standard is worked out below it in its note (农村特困人员基本生活费 ≤4800万元, 按5000人×
每人每月800元×12个月): the table pays less than the goal promises, or the goal promises what the money does not pay.

Read only the goal's standards the row plainly names (goal_standards.named_standard: three characters of its own words
shared with the standard's clause, more than with any other standard's, and never a standard of the other place) per
the same head (人 or 户), in periods that convert (a month's twelve a year). A raised standard is told for a figure from
the old one up to the new (the old figure kept, or a step short of it); one raised to a figure the goal gives without
the old (提标至) for any figure below it. A floor is told for a note's figure below it, and a value's that is not itself
a floor (≥, which REL008's ``standard`` reads against the goal's floor). A value that is a ceiling (≤) is a cap, a
benefit (效益指标) no standard; a row of the months before a raise
(1—6月, 上半年, 提标前) rightly pays the old figure; a note read is the one standard it gives, not a loose one (约, 最高, 分档, 其中).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, note_hit, row_hit
from ggtlint.primitives.goal_standards import (HEAD_FAMILY, GoalStandard, goal_standards, is_loose, named_standard_in,
                                               note_standard, period_of, same_period_amounts)
from ggtlint.primitives.pricing import split_per
from ggtlint.values.normalize import decimal_text

NAME = "standard-below-goal"
SCOPES = ("table",)
VARIANTS = ("default", "note")
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("goal_standard",),
                "note": ROW_PLACEHOLDERS + ("goal_standard", "note", "figure")}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_BENEFIT = "效益指标"
_CEILINGS = ("≤", "<")
_FLOORS = ("≥", ">")
# the months before a raise takes effect (2027年7月起提高): the old standard is due for them
_BEFORE_RAISE = lazy_pattern(r"上半年|提标前|调标前|调整前|(?<![0-9])1\s*[—\-－~～至到]\s*(?:[1-9]|1[01])月")


def _below(standard: GoalStandard, amount: Decimal, period: str) -> bool:
    """Whether a figure per period falls short of the goal's standard as the check reads it (see the docstring)."""
    pair = same_period_amounts(amount, period, standard.amount, standard.period)
    if pair is None:
        return False
    figure, goal = pair
    if figure >= goal:
        return False
    if standard.kind == "raised" and standard.old is not None:
        # (from the old figure up: one below it is some other standard, not the old one kept)
        against_old = same_period_amounts(amount, period, standard.old, standard.period)
        return against_old is not None and against_old[0] >= against_old[1]
    return True


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each row naming a raised or floor standard of the goal, its value or note's standard below it."""
    standards = [each for each in goal_standards(ctx) if each.kind in ("raised", "floor")]
    if not standards:
        return
    for row in ctx.rows:
        if row.level1 == _BENEFIT or (row.parsed.kind != "per_unit" and "元" not in (row.indicator.note or "")):
            continue  # (no standard to read: the names are not compared)
        named = named_standard_in(ctx, row.name)
        if named is None or named.kind not in ("raised", "floor"):
            continue
        if named.kind == "raised" and _BEFORE_RAISE.search(row.name + "|" + (row.indicator.note or "")):
            continue  # (1—6月特困人员基本生活费 at the old figure, the raise starting in July)
        hit = _value_below(row, named) or _note_below(row, named)
        if hit is not None:
            yield hit


def _said(standard: GoalStandard) -> dict[str, str]:
    return {"goal_standard": standard.said}


def _value_below(row: Row, standard: GoalStandard) -> Hit | None:
    parsed = row.parsed
    if parsed.kind != "per_unit" or parsed.yuan is None or parsed.op in _CEILINGS:
        return None
    if standard.kind == "floor" and parsed.op in _FLOORS:
        return None  # (a floor against the goal's floor: REL008's standard)
    head, period = split_per(parsed.per or "")
    if HEAD_FAMILY.get(head) != standard.head or not _below(standard, parsed.yuan, period_of(period)):
        return None
    return row_hit(row, **_said(standard))


def _note_below(row: Row, standard: GoalStandard) -> Hit | None:
    note = row.indicator.note or ""
    if "元" not in note or is_loose(note):
        return None
    given = note_standard(note)
    if given is None:
        return None
    head, period, amount = given
    if head != standard.head or not _below(standard, amount, period):
        return None
    figure = f"每{'人' if head == '人' else '户'}{'每' + period if period else ''}{decimal_text(amount)}元"
    return note_hit(row, "note", **_said(standard), figure=figure)

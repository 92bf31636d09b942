"""standard-head-unit: a household's standard given per person, or a person's per household.

The goal pays 城乡低保家庭 a heating subsidy 按每户每年600元, and the indicator naming that standard says 低保家庭取暖补贴
标准 ＝600元/人·年: the same figure per person pays each household as many times over as it has members (a household of
three 1800元), or the unit is a slip; either way the standard is written two ways. The reverse (每人每月80元 in the goal,
80元/户·月 in the indicator) pays a household of several once.

Read only a standard value (元/人 or 元/户, a period or none) exact, a floor or bare, not a benefit (效益指标), whose
name plainly names one standard of the goal (goal_standards.named_standard: three characters of its own words shared
with the standard's clause, more than with any other standard's, of either head), that standard per the other head and
at the same amount (in the same period, or per year worked out). An amount of its own (人均300元 of 每户1000元) may be a
share and is left alone; so is a standard the name does not name.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit
from ggtlint.primitives.goal_standards import HEAD_FAMILY, goal_standards, named_standard_in, period_of, same_period_amounts
from ggtlint.primitives.pricing import split_per

NAME = "standard-head-unit"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_standard", "goal_head", "row_head", "goal_head_en", "row_head_en")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_BENEFIT = "效益指标"
_OPS = ("=", "≥", ">", None)
_HEAD_WORDS = {"人": ("每人", "per person"), "户": ("每户", "per household")}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each standard value naming a standard of the goal at its amount, per the other head."""
    standards = goal_standards(ctx)
    if not standards:
        return
    for row in ctx.rows:
        parsed = row.parsed
        if parsed.kind != "per_unit" or parsed.yuan is None or parsed.op not in _OPS or row.level1 == _BENEFIT:
            continue
        head, period = split_per(parsed.per or "")
        family = HEAD_FAMILY.get(head)
        if family not in _HEAD_WORDS:
            continue
        named = named_standard_in(ctx, row.name)
        if named is None or named.head == family:
            continue
        pair = same_period_amounts(parsed.yuan, period_of(period), named.amount, named.period)
        if pair is None or pair[0] != pair[1]:
            continue
        goal_head, goal_head_en = _HEAD_WORDS[named.head]
        row_head, row_head_en = _HEAD_WORDS[family]
        yield row_hit(row, goal_standard=named.said, goal_head=goal_head, row_head=row_head,
                      goal_head_en=goal_head_en, row_head_en=row_head_en)

"""thing-unit: a substance counted in the unit of a machine, a vehicle or an animal.

柴油 is burnt by the 吨 or the 升 and 畜禽粪污 is handled by the 吨 or the 立方米; a row naming the substance as what
it measures (报废老旧农机年减少柴油消耗, 年资源化处理畜禽粪污: the name ends with it, or with it and a word of amount,
消耗, 处理量) and counted in 台 or 头 has put the machines' or the animals' count where the substance's amount
belongs (≥120台, ≥6万头): the figure cannot be checked against any weight. The substances, their words of amount
and the units of bodies are the lexicon's (units-of-things.yaml). A unit with a noun after it (6万头猪当量), a
sack, a household or an area (袋, 户, 亩) and a name going on past the substance (粪污处理设施, 柴油货车) are left.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit, \
    without_qualifiers
from ggtlint.values import Lexicon
from ggtlint.values.lexicon import alternation

NAME = "thing-unit"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("substance", "unit")
ROW_PURE = True  # check_row reads only the row and the lexicon
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity


def substance_name(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A name ending with a substance of the lexicon, or with one and a word of amount (…减少柴油消耗, …处理畜禽粪污):
    the substance in group ``substance``; compiled once per lexicon. None when the lexicon names none."""
    memo: dict[str, Any] = lexicon.memo
    if "thing_unit_name" not in memo:
        pattern = None
        if lexicon.substances:
            amounts = f"(?:{alternation(lexicon.substance_amounts)})?" if lexicon.substance_amounts else ""
            pattern = re.compile(rf"(?P<substance>{alternation(lexicon.substances)}){amounts}$")
        memo["thing_unit_name"] = pattern
    found: re.Pattern[str] | None = memo["thing_unit_name"]
    return found


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if parsed.kind != "count" or parsed.unit not in ctx.lexicon.body_units:
        return
    pattern = substance_name(ctx.lexicon)
    found = pattern.search(without_qualifiers(row.name).strip()) if pattern is not None else None
    if found is not None:
        yield row_hit(row, substance=found.group("substance"), unit=parsed.unit)

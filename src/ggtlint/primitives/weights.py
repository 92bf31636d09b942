"""weights: the 权重 (分值) of a table's indicators add up to the whole.

Checked only when the table gives weights at all. Params: ``totals``, the sums accepted (100; and
90 where the scoring keeps 10 for 预算执行率, as the self-evaluation scheme does). Variants:
``default`` (the weights add up to another sum), ``missing`` (some indicators have a weight,
others none: the sum cannot be checked), ``zero`` (an indicator weighted 0: it scores nothing).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import Hit, Row, TableContext, compile_identity
from ggtlint.values.normalize import decimal_text

NAME = "weights"
SCOPES = ("table",)
VARIANTS = ("default", "missing", "zero")
LEVELS = {"missing": Severity.INFO}  # a gap to fill, not a sum found wrong
PLACEHOLDERS = {"default": ("sum", "totals", "totals_en", "count"), "missing": ("count", "missing", "names", "names_en"),
                "zero": ("names", "names_en")}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"totals": {"type": "array", "items": {"type": "number"}, "minItems": 1}},
}
compile = compile_identity
_SHOWN = 3  # names listed in a message; the rest counted


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    weighted = [row for row in ctx.rows if row.indicator.weight is not None]
    if not weighted or all(row.indicator.weight == 0 for row in weighted):
        return  # none given, or a template's 0 left in every row: no weights either
    unweighted = [row for row in ctx.rows if row.indicator.weight is None]
    if unweighted:
        yield Hit("/indicators", {"count": len(weighted), "missing": len(unweighted), **_names(unweighted)},
                  value=str(len(unweighted)), variant="missing", severity=LEVELS["missing"], key=True)
        return
    zero = [row for row in weighted if row.indicator.weight == 0]
    if zero:  # the sum may still be right: told on its own
        yield Hit("/indicators", _names(zero), value=str(len(zero)), variant="zero", key=True)
    summed = sum((row.indicator.weight for row in weighted), Decimal(0))  # type: ignore[misc]
    totals = [Decimal(str(total)) for total in params.get("totals", (100,))]
    if summed not in totals:
        yield Hit("/indicators", {"sum": decimal_text(summed), "totals": " 或 ".join(decimal_text(t) for t in totals),
                                  "totals_en": " or ".join(decimal_text(t) for t in totals), "count": len(weighted)},
                  value=decimal_text(summed), key=True)


def _names(rows: list[Row]) -> dict[str, str]:
    """The first rows' names, quoted for the Chinese message and listed for the English one."""
    names = "、".join(f"“{row.name}”" for row in rows[:_SHOWN])
    names_en = ", ".join(row.name for row in rows[:_SHOWN])
    if len(rows) > _SHOWN:
        names = f"如{names}"
        names_en = f"e.g. {names_en}"
    return {"names": names, "names_en": names_en}

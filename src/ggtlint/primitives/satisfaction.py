"""satisfaction-target: a 满意度 target is a percentage with ≥, not below ``min``, not 100%.

Variants: ``not_percent`` (warning), ``below_min`` (warning), ``wrong_op`` (＝ or ≤ on a
level below 100%, warning), ``no_op`` (a bare "90%", warning), ``exact_100`` (＝100% or ≥100%: impossible to verify and both
over- and under-shooting are penalised; info when ``flag_100``), ``range`` (a band of percentages,
90%-95%: readable, but a target's floor is what is judged; info).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, row_hit
from ggtlint.values.normalize import decimal_text

NAME = "satisfaction-target"
SCOPES = ("indicator",)
VARIANTS = ("not_percent", "below_min", "wrong_op", "no_op", "exact_100", "range")
LEVELS = {"not_percent": Severity.WARNING, "below_min": Severity.WARNING, "wrong_op": Severity.WARNING,
          "no_op": Severity.WARNING, "exact_100": Severity.INFO, "range": Severity.INFO}
PLACEHOLDERS = {"not_percent": ROW_PLACEHOLDERS + ("min",), "below_min": ROW_PLACEHOLDERS + ("min",),
                "wrong_op": ROW_PLACEHOLDERS + ("min", "op"), "no_op": ROW_PLACEHOLDERS + ("min",),
                "exact_100": ROW_PLACEHOLDERS + ("min",), "range": ROW_PLACEHOLDERS + ("min", "low")}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"min": {"type": "number", "minimum": 0, "maximum": 100}, "flag_100": {"type": "boolean"}},
}
def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The threshold as a Decimal once, not per row."""
    return {**params, "minimum": Decimal(str(params.get("min", 80)))}
HUNDRED = Decimal(100)


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    minimum = params["minimum"]
    if parsed.kind in ("empty", "placeholder"):
        return
    if parsed.kind == "range" and parsed.base_kind == "rate" and parsed.low is not None:
        low = parsed.low
        if low < minimum:
            yield row_hit(row, variant="below_min", min=minimum, severity=LEVELS["below_min"])
        else:
            yield row_hit(row, variant="range", min=minimum, low=decimal_text(low), severity=LEVELS["range"])
        return
    if parsed.kind != "rate" or parsed.percent is None:
        yield row_hit(row, variant="not_percent", min=minimum, severity=LEVELS["not_percent"])
        return
    if parsed.percent >= HUNDRED and parsed.op in ("=", "≥", None):
        if params.get("flag_100", True):
            yield row_hit(row, variant="exact_100", min=minimum, severity=LEVELS["exact_100"])
        return
    if parsed.percent < minimum:
        yield row_hit(row, variant="below_min", min=minimum, severity=LEVELS["below_min"])
    elif parsed.op is None:
        yield row_hit(row, variant="no_op", min=minimum, severity=LEVELS["no_op"])
    elif parsed.op not in ("≥", ">"):
        yield row_hit(row, variant="wrong_op", min=minimum, op=parsed.op, severity=LEVELS["wrong_op"])

"""cost-composition: what the cost block is made of.

``report: standards_only`` — cost rows exist but none is a money total: only unit prices,
standards (元/人, 左右) or policy references, so the funds cannot be reconciled. A figure with no
money unit (≤30) may be the total, written without 元 or 万元: that is said of it (FUND010), not this.
Prices that each multiply a quantity of the table, their products adding up to the total (补贴标准
＝105元/亩 × 补贴耕地面积 ≥12万亩 = 1260万元), do reconcile: nothing to tell.
``report: rate_only`` — the only cost row is a rate such as 项目或定额成本控制率 ＝100%, which
says nothing about what the money buys. In a table of the 2021 framework, whose 经济成本指标 are
amounts by definition, that is a warning (variant ``fw2021``); the legacy template's stock row
stays a notice.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import Hit, Row, TableContext, compile_identity, is_cost, is_money_total, is_percent
from ggtlint.primitives.pricing import priced_quantities

NAME = "cost-composition"
SCOPES = ("table",)
VARIANTS = ("default", "fw2021")
LEVELS = {"fw2021": Severity.WARNING}
PLACEHOLDERS = ("items",)
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["report"],
    "additionalProperties": False,
    "properties": {"report": {"enum": ["standards_only", "rate_only"]}},
}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    rows = [row for row in ctx.rows if is_cost(row)]
    if not rows or any(is_money_total(row) or (row.parsed.kind == "number" and row.parsed.unit is None)
                       for row in rows):
        return
    pointer = rows[0].indicator.pointer.rsplit("/", 1)[0]
    standards = [row for row in rows if row.parsed.kind in ("per_unit", "money", "policy")]
    if params["report"] == "standards_only" and standards and not _priced_to_total(ctx, standards):
        yield Hit(pointer, {"items": "、".join(f"{r.name} {r.shown}" for r in standards)},
                  value="|".join(r.value for r in standards), key=True)
    elif params["report"] == "rate_only" and not standards and all(is_percent(row) for row in rows):
        variant = "fw2021" if ctx.framework == "fw2021" else "default"
        yield Hit(pointer, {"items": "、".join(f"{r.name} {r.shown}" for r in rows)},
                  value="|".join(r.value for r in rows), key=True, variant=variant, severity=LEVELS.get(variant))


def _priced_to_total(ctx: TableContext, standards: list[Row]) -> bool:
    """True when every standard is a price paired with its quantity and the products make the total."""
    total = ctx.table.funds.in_yuan(ctx.table.funds.total)
    priced = priced_quantities(ctx)
    if total is None or {id(item.price) for item in priced} != {id(row) for row in standards}:
        return False
    return abs(sum(item.product for item in priced) - total) <= total / 100

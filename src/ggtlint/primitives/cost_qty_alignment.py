"""cost-quantity-alignment: in an itemised budget, each paid item has a quantity and back.

Only tables whose cost block is itemised are looked at: at least two money items, at least
one of which shares words with a 数量 indicator. Then a money item sharing no word (two
characters after removing generic words such as 费用/经费) with any 数量 name is reported
(variant ``cost_without_quantity``), and so is a 数量 indicator matching no money item
(``quantity_without_cost``) unless a catch-all item (其他…) exists. Items that never have a
quantity of their own are left out: ancillary costs (勘察设计费, 工程监理费; ``ancillary_words``)
and quantities that cost nothing by themselves (缴获毒品数量, 查处案件数; ``free_words``).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost,
                                     is_money_total, name_stem, row_hit, shares_run)

NAME = "cost-quantity-alignment"
SCOPES = ("table",)
VARIANTS = ("cost_without_quantity", "quantity_without_cost")
PLACEHOLDERS = ROW_PLACEHOLDERS
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "generic_words": {"type": "array", "items": {"type": "string"}},
        "catch_all_prefixes": {"type": "array", "items": {"type": "string"}},
        "quantity_level2": {"type": "string"},
        "ancillary_words": {"type": "array", "items": {"type": "string"}},
        "free_words": {"type": "array", "items": {"type": "string"}},
    },
}
compile = compile_identity
_GENERIC = ("费用", "经费", "资金", "支出", "费", "金额", "项目", "人数", "数量", "个数", "次数", "单位", "人员")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    generic = tuple(params.get("generic_words", _GENERIC))
    catch_all = tuple(params.get("catch_all_prefixes", ["其他", "其它"]))
    quantity_level2 = params.get("quantity_level2", "数量指标")
    costs = [row for row in ctx.rows if is_cost(row) and is_money_total(row)]
    quantities = [row for row in ctx.rows if row.level2 == quantity_level2]
    if len(costs) < 2 or not quantities:
        return
    cost_stems = {id(row): name_stem(row.name, generic) for row in costs}
    quantity_stems = {id(row): name_stem(row.name, generic) for row in quantities}

    def matched(a: Row, pool: list[Row], stems: dict[int, str]) -> bool:
        stem = cost_stems.get(id(a)) or quantity_stems.get(id(a)) or ""
        return any(shares_run(stem, stems[id(other)], 2) or shares_run(stems[id(other)], stem, 2) for other in pool)

    itemised = {id(row) for row in costs if matched(row, quantities, quantity_stems)}
    if not itemised:
        return
    ancillary = tuple(params.get("ancillary_words", ()))
    free = tuple(params.get("free_words", ()))
    for row in costs:
        if row.name.startswith(catch_all) or id(row) in itemised:  # by identity: rows compare field by field
            continue
        if any(word in row.name for word in ancillary):
            continue
        yield row_hit(row, variant="cost_without_quantity", key=True)
    if any(row.name.startswith(catch_all) for row in costs):
        return
    for row in quantities:
        if any(word in row.name for word in free):
            continue
        if not matched(row, costs, cost_stems):
            yield row_hit(row, variant="quantity_without_cost", key=True)

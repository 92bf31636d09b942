"""amount-limit: no single cost can exceed the project's funds.

``mode: item`` — one money cost item is larger than 年度资金总额; not reported when the costs and
the total are exactly 10,000 times apart (sum-matches' ``unit_mix`` reports that one mistake).
``mode: unit_times_quantity`` — a unit price (元/人) times the matching count (…人数 in 人 or 人次)
exceeds 年度资金总额. Price and count are matched by the words they share (校园招聘补贴标准 ↔
校园招聘补贴人数; :func:`ggtlint.primitives.base.priced_counts`); an unmatched price is skipped.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import (PRICE_STRIP_WORDS, ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_cost,
                                     is_money_total, priced_counts, row_hit, shared_counts, yuan_text)
from ggtlint.primitives.sum_matches import is_unit_mix

NAME = "amount-limit"
SCOPES = ("table",)
VARIANTS = ("default",)
# mode item gives amount and total; unit_times_quantity gives count_name, count, product and total
PLACEHOLDERS = ROW_PLACEHOLDERS + ("total", "amount", "count_name", "count", "product")
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["mode"],
    "additionalProperties": False,
    "properties": {
        "mode": {"enum": ["item", "unit_times_quantity"]},
        "strip_words": {"type": "array", "items": {"type": "string"}},
    },
}
compile = compile_identity


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    if total is None or total <= 0:
        return
    if params["mode"] == "item":
        over = [row for row in ctx.rows
                if is_cost(row) and is_money_total(row) and row.parsed.yuan > total]  # type: ignore[operator]
        if over and is_unit_mix(ctx):
            return  # one 万元/元 slip: FUND003's finding says so, an item "over the total" would repeat it
        for row in over:
            yield row_hit(row, amount=yuan_text(row.parsed.yuan), total=yuan_text(total))
        return
    pairs = priced_counts(ctx, tuple(params.get("strip_words", PRICE_STRIP_WORDS)))
    shared = shared_counts(pairs)
    for price, count, times, product in pairs:
        if product > total and id(count) not in shared:  # a tier or a part times every recipient: no bound
            shown = count.value if times == 1 else f"{count.value} × {times}"  # 元/人·月: twelve months
            yield row_hit(price, count_name=count.name, count=shown, product=yuan_text(product),
                          total=yuan_text(total))

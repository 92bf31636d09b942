"""amount-limit: no single cost can exceed the project's funds.

``mode: item`` — one money cost item is larger than 年度资金总额.
``mode: unit_times_quantity`` — a unit price (元/人) times the matching count (…人数 in 人 or 人次)
exceeds 年度资金总额. Price and count are matched by the words they share (校园招聘补贴标准 ↔
校园招聘补贴人数); an unmatched price is skipped, not guessed.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import (Hit, Row, TableContext, compile_identity, is_cost, is_money_total, name_stem, row_hit,
                                     shares_run, yuan_text)

NAME = "amount-limit"
SCOPES = ("table",)
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
_DEFAULT_STRIP = ("标准", "单价", "人数", "人次", "数量", "金额", "补助", "发放", "享受")
# A price per person goes with a count of people in 人 or 人次 (tables write either for the same
# beneficiaries: 培训补贴标准 1500元/人, 培训人数 ≥500人次).
_SAME_HEADS = {"人": ("人", "人次"), "人次": ("人次", "人")}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    if total is None or total <= 0:
        return
    if params["mode"] == "item":
        for row in ctx.rows:
            if is_cost(row) and is_money_total(row) and row.parsed.yuan > total:  # type: ignore[operator]
                yield row_hit(row, amount=yuan_text(row.parsed.yuan), total=yuan_text(total))
        return
    strip = tuple(params.get("strip_words", _DEFAULT_STRIP))
    counts = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.number is not None]
    for price in ctx.rows:
        parsed = price.parsed
        if not (is_cost(price) and parsed.kind == "per_unit" and parsed.yuan is not None and parsed.per):
            continue
        stem = name_stem(price.name, strip)
        units = _SAME_HEADS.get(parsed.per, (parsed.per,))
        match: Row | None = next((c for c in counts if c.parsed.unit in units
                                  and shares_run(stem, name_stem(c.name, strip), 3)), None)
        if match is None:
            continue
        product = parsed.yuan * match.parsed.number  # type: ignore[operator]
        if product > total:
            yield row_hit(price, count_name=match.name, count=match.value, product=yuan_text(product),
                          total=yuan_text(total))

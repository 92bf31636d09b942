"""amount-limit: no single cost can exceed the project's funds.

``mode: item`` — one money cost item is larger than 年度资金总额; not reported when the costs and
the total are exactly 10,000 times apart (sum-matches' ``unit_mix`` reports that one mistake), nor
when that item alone is the one written in the wrong unit (sum-matches' ``cost_items`` names it).
``mode: unit_times_quantity`` — a unit price (元/X) times the quantity counted in X exceeds
年度资金总额 (variant ``default``) or far exceeds the cost line that pays for it (``over_line``).
Prices and quantities are paired by :mod:`ggtlint.primitives.pricing` (a price per person per day
counts the table's one count of days too). A firm pair (three characters of the names shared) is
reported above the total; a looser pair, and any pair against its cost line, only at more than
twice the amount: a ceiling price times a floor count may overshoot a little, and a loose pair may
be the wrong one (a price per 人 times a count of 人次).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost,
                                     is_money_total, longest_run, name_stem, row_hit, yuan_text)
from ggtlint.primitives.pricing import GENERIC_WORDS, PRICE_STRIP_WORDS, Priced, priced_quantities, unique_best
from ggtlint.primitives.sum_matches import TEN_THOUSAND, cost_money_rows, is_unit_mix, unit_slip

NAME = "amount-limit"
SCOPES = ("table",)
VARIANTS = ("default", "over_line")
# mode item gives amount and total; unit_times_quantity gives count_name, count, product and total,
# and, against the cost line, that line and how many times it the product is
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("total", "amount", "count_name", "count", "product"),
                "over_line": ROW_PLACEHOLDERS + ("total", "count_name", "count", "product", "line_name", "line",
                                                 "ratio")}
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

#: how far a loosely paired product, or one compared with its cost line, must go before it is told
MARGIN = Decimal(2)
_EXACT_MARGIN, _FLOOR_MARGIN = Decimal("1.02"), Decimal("1.1")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    if total is None or total <= 0:
        return
    if params["mode"] == "item":
        over = [row for row in ctx.rows
                if is_cost(row) and is_money_total(row) and row.parsed.yuan > total]  # type: ignore[operator]
        if not over:
            return  # most tables: nothing to weigh, no sums to make
        if is_unit_mix(ctx):
            return  # one 万元/元 slip: FUND003's finding says so, an item "over the total" would repeat it
        slip = unit_slip(ctx)
        for row in over:
            if slip is None or slip[0] is not row:  # the one line in the wrong unit: FUND004 names it
                yield row_hit(row, amount=yuan_text(row.parsed.yuan), total=yuan_text(total))
        return
    strip = tuple(params.get("strip_words", PRICE_STRIP_WORDS))
    priced = priced_quantities(ctx, strip)
    uses: dict[int, int] = {}  # by identity: rows compare field by field
    for item in priced:
        uses[id(item.count)] = uses.get(id(item.count), 0) + 1
    lines = cost_money_rows(ctx)
    for item in priced:
        if uses[id(item.count)] > 1:
            continue  # parts or tiers of one cost per head: one price times the whole count bounds nothing
        common = {"count_name": item.count.name, "count": item.shown, "product": yuan_text(item.product),
                  "total": yuan_text(total)}
        if item.product > (total if item.firm else total * MARGIN):
            if not _fewer_periods(item, lines):
                yield row_hit(item.price, **common)
            continue
        if any(other.parsed.yuan is not None and abs(other.parsed.yuan - item.product) <= item.product / 100
               for other in lines):
            continue  # a cost line is the product itself (就业补助资金 45万 = 1500元/人 × 300人): it pays for it
        line = _cost_line(item, lines, strip)
        if line is None:
            continue
        amount = line.parsed.yuan
        if abs(amount * TEN_THOUSAND - item.product) <= Decimal("0.01"):  # type: ignore[operator]
            continue  # the line is in the wrong unit (72元 for 72万元): FUND004 names it
        if item.product > amount * _line_margin(item):  # type: ignore[operator]
            ratio = (item.product / amount).quantize(Decimal("0.1"))  # type: ignore[operator]
            yield row_hit(item.price, variant="over_line", line_name=line.name, line=line.shown,
                          ratio=f"{ratio.normalize():f}", **common)


def _fewer_periods(item: Priced, lines: list[Row]) -> bool:
    """Whether a cost line named as the price is (three characters in a row) pays it for a whole
    number of months (or quarters) short of the year's: 见习补贴资金 1,200,000元 = 2000元/人·月 × 150人
    × 4, a four-month placement."""
    if item.periods <= 1:
        return False
    one = item.product / item.periods
    for line in lines:
        if longest_run(item.price.name, line.name) < 3:
            continue  # another line that happens to equal some months (见习人员保险费) pays for something else
        amount = line.parsed.yuan
        if amount and one:
            times = amount / one
            if times == times.to_integral_value() and 1 <= times < item.periods:
                return True
    return False


def _line_margin(item: Priced) -> Decimal:
    """How far over its cost line a product may go before it is told: a ceiling price times a
    floor quantity may overshoot what was budgeted (MARGIN); an exact price times an exact count
    is what was budgeted (2% for rounding), times a floor quantity a little more (10%)."""
    exact_price = item.price.parsed.op in ("=", None)
    count_op = item.count.parsed.op
    if exact_price and count_op in ("=", None):
        return _EXACT_MARGIN
    if exact_price and count_op in ("≥", ">"):
        return _FLOOR_MARGIN
    return MARGIN


def _cost_line(item: Priced, lines: list[Row], strip: tuple[str, ...]) -> Row | None:
    """The money cost line that pays for the priced quantity (法律文书送达费 for 单件法院专递送达成本):
    the one sharing most with the price's name, two characters at least, when no other line shares
    as much. (Not by the quantity's name: a price paired with the wrong quantity would then be held
    against that quantity's line.)"""
    words = GENERIC_WORDS + strip
    price = name_stem(item.price.name, words)
    line = unique_best([(longest_run(price, name_stem(line.name, words)), line) for line in lines], 2)
    return line if line is not None and line.parsed.yuan else None

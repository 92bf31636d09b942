"""price-note: a cost block's unit price or standard against the rate a cost note computes with.

A table giving a price line (第三方评估服务单价 ＝6000元/家) and a cost line whose note multiplies a rate in the
same unit (委托第三方评估服务费, 40家×5000元/家) says two prices for one thing: one of them is wrong. So does a
ceiling above the standard its own note names (培训费综合定额标准 ≤550元/人·天, 按…二类培训标准（400元/人·天）
控制). A ceiling (≤) is told only when the note's rate is over it (a line paid at less keeps within it) or its
own note's standard is under it; a floor (≥: 低保标准, 补偿标准) is a minimum and not read. A price pairs with
another line's note only by the words their names share beyond generic ones (培训, 第三方评估), and only when
that note gives one rate in the unit; one finding per price line.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, is_cost, is_money_total, longest_run, \
    name_stem, row_hit
from ggtlint.primitives.pricing import GENERIC_WORDS, LOOSE_FIGURE_WORDS, NOTE_PRICE, bare_unit, unit_prices

NAME = "price-note"
SCOPES = ("table",)
VARIANTS = ("own_note", "other_note")
PLACEHOLDERS = ROW_PLACEHOLDERS + ("line", "rate")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return params


# prices read: exact (＝) or a ceiling (≤, ＜); a floor is a minimum another line may exceed
_EXACT = ("=", "＝", None)
_CEILING = ("≤", "<", "＜")


def _rates(note: str) -> list[tuple[Decimal, str, str]]:
    """The rates a note computes with: (元, what it is per, as written); none from a loose note (约, 以上)."""
    if not note or any(word in note for word in LOOSE_FIGURE_WORDS):
        return []
    found = []
    for rate in NOTE_PRICE.finditer(note):
        yuan = Decimal(rate.group("n")) * (10000 if rate.group("money") == "万元" else 1)
        found.append((yuan, bare_unit(rate.group("per")), rate.group(0)))
    return found


def _one_rate(note: str, per: str) -> tuple[Decimal, str] | None:
    """The one rate a note gives in ``per``; None when it gives none or several."""
    same = [(yuan, shown) for yuan, unit, shown in _rates(note) if unit == per]
    return same[0] if len(same) == 1 else None


def _told(price: Decimal, rate: Decimal, op: str | None, own: bool) -> bool:
    """Whether a price and a note's rate disagree: an exact price differs; a ceiling is under another line's
    rate, or over its own note's standard."""
    if op in _EXACT:
        return abs(price - rate) > max(price, rate) / 100
    if op in _CEILING:
        return rate < price if own else rate > price
    return False


def _stem(name: str) -> str:
    return name_stem(name, GENERIC_WORDS)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    prices = list(unit_prices(ctx))
    if not prices:
        return
    noted = [row for row in ctx.rows if is_cost(row) and is_money_total(row) and row.indicator.note]
    for price in prices:
        parsed = price.parsed
        per = bare_unit(parsed.per or "")
        if parsed.yuan is None or not per:
            continue
        own = _one_rate(price.indicator.note or "", per)
        if own is not None and _told(parsed.yuan, own[0], parsed.op, True):
            yield _hit(price, "own_note", price.name, own[1])
            continue
        stem = _stem(price.name)
        # other kinds priced in the unit (普查员 2000元/人 and 普查指导员 2500元/人, 小学 and 初中): a note
        # computing with another price line's figure is that line's
        others = {other.parsed.yuan for other in prices if other is not price and bare_unit(other.parsed.per or "") == per}
        scored = []
        for line in noted:
            rate = _one_rate(line.indicator.note or "", per)
            run = longest_run(stem, _stem(line.name)) if rate is not None else 0
            if rate is not None and run >= 2:
                scored.append((run, line, rate))
        if not scored:
            continue
        best = max(run for run, _line, _rate in scored)
        closest = [(line, rate) for run, line, rate in scored if run == best]
        if len(closest) != 1:
            continue  # two lines as near: which one the price is for is not sure
        line, rate = closest[0]
        if rate[0] not in others and _told(parsed.yuan, rate[0], parsed.op, False):
            yield _hit(price, "other_note", line.name, rate[1])


def _hit(price: Row, variant: str, line: str, rate: str) -> Hit:
    return row_hit(price, variant, line=line, rate=rate)

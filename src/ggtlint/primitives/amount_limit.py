"""amount-limit: no single cost can exceed the project's funds.

``mode: item`` — one money cost item is larger than 年度资金总额; not reported when the costs and
the total are exactly 10,000 times apart (sum-matches' ``unit_mix`` reports that one mistake), nor
when that item alone is the one written in the wrong unit (sum-matches' ``cost_items`` names it).
``mode: unit_times_quantity`` — a unit price (元/X) times the quantity counted in X exceeds
年度资金总额 (variant ``default``) or far exceeds the cost line that pays for it (``over_line``).
A price per person per day (元/人·天) is multiplied by a count of people and the table's one count
of days. Price and quantity are paired by the words they share (校园招聘补贴标准 ↔ 校园招聘补贴人数,
a run of three characters: a firm pair), or, less firmly, by two characters (人均培训成本 ↔ 培训干部人次)
or by the only quantity of 数量指标 in that unit (苗种平均单价 元/尾 ↔ 放流苗种数量 ≥600万尾; a count
of people or households never, a table counts several); an unmatched price is skipped. A firm pair
is reported above the total; a looser pair, and any pair against its cost line, only at more than
twice the amount: a ceiling price times a floor count may overshoot a little.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import (PERIODS_A_YEAR, PRICE_STRIP_WORDS, ROW_PLACEHOLDERS, Hit, Row, TableContext,
                                     compile_identity, is_cost, is_money_total, longest_run, name_stem, row_hit,
                                     yuan_text)
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
# Counts a price per head goes with (tables write 人 or 人次 for the same people; 元/生 is per pupil).
_HEADS = {"人": ("人", "人次"), "人次": ("人次", "人"), "生": ("人", "人次"), "场": ("场", "场次"),
          "场次": ("场次", "场"), "户": ("户", "户次"), "户次": ("户次", "户")}
# Heads a table counts several kinds of (beneficiaries, trainees, staff; 个, 项 and 次 count anything):
# never paired by unit alone.
_MANY_KINDS = frozenset(_HEADS) | {"个", "项", "次"}
# A cap on one item (单台套补贴额上限 ≤15万元/台套) is no price of every item: its product bounds nothing.
_CAP_WORDS = ("上限", "最高", "封顶")
# A price per head per day (元/人·天) is multiplied by the table's count of days too; per month or
# year, by base.PERIODS_A_YEAR (700元/人·月 is 8,400 元 a person).
_DAYS = ("天", "日")
_SEPARATORS = "·/.・．"
# Words too common to pair a price with a quantity or a cost line on two characters alone.
_GENERIC = ("标准", "单价", "定额", "综合", "平均", "人均", "户均", "单件", "单台", "单套", "单位", "每", "成本",
            "补贴", "补助", "资金", "经费", "费用", "项目", "服务", "工作", "完成", "开展", "实施", "数量", "人数",
            "人次", "金额", "发放", "享受", "年度", "全年", "其中", "费")


@dataclass(slots=True)
class _Priced:
    price: Row
    count: Row
    product: Decimal
    shown: str      # the quantity as multiplied: "≥15000人", "≥150人 × 12", "≥2100人 × ≥7天"
    firm: bool      # paired by a run of three characters of the names


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
    priced = _priced_quantities(ctx, strip)
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


def _line_margin(item: _Priced) -> Decimal:
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


def _split_per(per: str) -> tuple[str, str]:
    """元/人·天 → (人, 天); 元/人/天 and 元/人天 alike; 元/车公里 → (车公里, "")."""
    for separator in _SEPARATORS:
        if separator in per:
            head, _, period = per.partition(separator)
            return head, period
    if len(per) > 1 and per[-1] in _DAYS and per[:-1] in _HEADS:
        return per[:-1], per[-1]
    return per, ""


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)


def _unique_best(scored: list[tuple[int, Row]], least: int) -> Row | None:
    """The row with the highest score, when it is at least ``least`` and no other has it."""
    if not scored:
        return None
    best = max(score for score, _ in scored)
    winners = [row for score, row in scored if score == best]
    return winners[0] if best >= least and len(winners) == 1 else None


def _days_count(ctx: TableContext) -> Row | None:
    """The table's one count of days of 数量指标 (全年供餐天数 ≥200天, 培训天数 ＝7天), or None."""
    days = [row for row in ctx.rows if row.parsed.unit in _DAYS and row.parsed.number
            and row.parsed.kind in ("count", "duration")
            and (row.level2 == "数量指标" or "天数" in row.name or "日数" in row.name)]
    return days[0] if len(days) == 1 else None


def _priced_quantities(ctx: TableContext, strip: tuple[str, ...]) -> list[_Priced]:
    counts = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.number]  # ＝0起 buys nothing
    found = []
    for price in ctx.rows:
        parsed = price.parsed
        if not (is_cost(price) and parsed.kind == "per_unit" and parsed.yuan is not None and parsed.per) \
                or any(word in price.name for word in _CAP_WORDS):
            continue
        head, period = _split_per(parsed.per)
        days: Row | None = None
        units = _HEADS.get(head, (head,))
        if period in _DAYS:
            # person-days counted as such (≥14700人天), else people × the table's days
            joined = tuple(f"{unit}{sep}{period}" for unit in units for sep in ("", "·"))
            if any(row.parsed.unit in joined for row in counts):
                units, times = joined, 1
            else:
                days = _days_count(ctx)
                if days is None:
                    continue
                times = 1
        elif period in PERIODS_A_YEAR:
            times = PERIODS_A_YEAR[period]
        else:
            continue
        same_unit = [row for row in counts if row.parsed.unit in units]
        match, firm = _pair(price, head, same_unit, strip)
        if match is None:
            continue
        product = parsed.yuan * match.parsed.number * times  # type: ignore[operator]
        shown = match.shown if times == 1 else f"{match.shown} × {times}"  # 元/人·月: twelve months
        if days is not None:
            product *= days.parsed.number  # type: ignore[operator]
            shown = f"{match.shown} × “{days.name}”{days.shown}"
        found.append(_Priced(price, match, product, shown, firm))
    return found


def _pair(price: Row, head: str, same_unit: list[Row], strip: tuple[str, ...]) -> tuple[Row | None, bool]:
    """The quantity a price multiplies, and whether the pair is firm (three characters shared)."""
    stem = name_stem(price.name, strip)
    runs = [(longest_run(stem, name_stem(row.name, strip)), -index, row) for index, row in enumerate(same_unit)]
    best = max(runs, key=lambda item: item[:2], default=None)
    if best is not None and best[0] >= 3:
        return best[2], True
    # looser: only quantities of 数量指标, and not one that is part of another (放流珍稀土著鱼类苗种数量
    # 5万尾 within 放流苗种数量 600万尾: the larger's name, in order, within the smaller's)
    output = [row for row in same_unit if row.level2 == "数量指标"]
    output = [row for row in output if not any(
        other is not row and other.parsed.number > row.parsed.number  # type: ignore[operator]
        and (row.name.startswith("其中") or _is_subsequence(other.name, row.name)) for other in output)]
    loose = name_stem(price.name, _GENERIC + strip)
    match = _unique_best([(longest_run(loose, name_stem(row.name, _GENERIC + strip)), row) for row in output], 2)
    if match is None and len(output) == 1 and head not in _MANY_KINDS:
        match = output[0]  # the only thing counted in 尾, 件, 车公里
    return match, False


def _cost_line(item: _Priced, lines: list[Row], strip: tuple[str, ...]) -> Row | None:
    """The money cost line that pays for the priced quantity (法律文书送达费 for 单件法院专递送达成本):
    the one sharing most with the price's name, two characters at least, when no other line shares
    as much. (Not by the quantity's name: a price paired with the wrong quantity would then be held
    against that quantity's line.)"""
    words = _GENERIC + strip
    price = name_stem(item.price.name, words)
    line = _unique_best([(longest_run(price, name_stem(line.name, words)), line) for line in lines], 2)
    return line if line is not None and line.parsed.yuan else None

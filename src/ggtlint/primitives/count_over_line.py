"""count-over-line: a count above the units its cost line buys at the table's own price for one.

A cost block that gives a price per unit (委托检验单批次平均费用 ≤400元/批次, 监督抽检单价 ≤2000元/台, 专家技术服务费
标准 ≤1500元/人次) and the line that pays for the work (食品监督抽检检验费 ≤960000元) says how many units are bought:
960000 ÷ 400 = 2400 batches. A count of that work above it (监督抽检批次 ≥3000批次) promises units nobody pays for.

A ceiling price (≤400元/批次) could be undercut, so it is held to only when the line is a whole number of units at
it (960000 = 2400 × 400: the line was worked out at that price), and when the count is not so far over that
FUND007 (amount-limit's ``over_line``, at twice the line) already tells it. A range of price (以案定补标准 300-500元/件)
is held at its low end: even the cheapest unit times the count is over the line. The price and the count are paired
as FUND007 pairs them (:func:`ggtlint.primitives.pricing.priced_quantities`; a range, by a count in its unit whose
name shares two characters in a row with the price's); the line is the money line sharing most with the price's
name, when no other shares as much: three characters in a row, or two when the line shares three with the count.
A unit cost of the whole work (亩均修复成本), a count of a part (其中) and a price naming kinds of the work (民事、行政案件
办案补贴标准) is for those only, and the others' cost is not known: not read.

A ceiling price that pairing leaves without a count (b424: 委托检验单批次平均费用 beside three counts in 批次, none
named like it) is paired through its line: the line sharing most with the price's name (two characters in a row),
and the one count in the price's unit, no rate per head (每千人…), sharing three with the line (食品监督抽检检验费 and
食品安全监督抽检批次). FUND007 does not see such a pair, so a count far over the line is told here too. A
procurement's ceiling price (课桌椅采购最高限价 ≤800元/套) is read on this path too (careful s27b): FUND007 leaves it
as a cap (最高), yet every unit bought costs at most that much. Where no count shares three characters with the line,
the one count naming nothing but a thing the line's and the price's names both hold, past a word of buying or fitting
it (新装路灯 for 路灯采购安装费 and 路灯采购最高限价: s28), is the line's. A count saying it holds what others bring or a
part counted apart (新装路灯（含社会捐赠60盏）, 新装消防栓（含开发商配建20个）) is not read on this path (s28).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import PER_UNIT, ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, \
    is_breakdown, is_cost, is_money_total, longest_run, name_stem, row_hit
from ggtlint.primitives.pricing import GENERIC_WORDS, PRICE_STRIP_WORDS, priced_quantities, split_per, unique_best, \
    unit_prices
from ggtlint.lazyregex import lazy_pattern

NAME = "count-over-line"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("price_name", "price", "line_name", "line", "bought")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# FUND007 tells a ceiling price times its count above twice the line (amount-limit's MARGIN)
_FUND007_MARGIN = Decimal(2)
_ROUNDING = Decimal("1.02")
_FLOORS = ("≥", ">", "＝", "=", None)
_WORDS = GENERIC_WORDS + PRICE_STRIP_WORDS


def _line(price: Row, count: Row, lines: list[Row]) -> Row | None:
    """The line paying for the priced work: sharing most with the price's name, three characters in a row, or two
    when it shares three with the count's too (食品监督抽检检验费 for 委托检验单批次平均费用 and 食品安全监督抽检批次;
    not 仓房隔热保温屋面改造费 for 仓房空调控温设备购置及安装总费用, a line of other work in the same 仓房); none when
    another line shares three characters in a row with the price's name too (s25b)."""
    stem = name_stem(price.name, _WORDS)
    runs = [(longest_run(stem, name_stem(line.name, _WORDS)), line) for line in lines]
    line = unique_best(runs, 2)
    if line is None or line is count:
        return None
    if longest_run(stem, name_stem(line.name, _WORDS)) < 3 and longest_run(line.name, count.name) < 3:
        return None
    if any(run >= 3 and other is not line for run, other in runs):
        return None  # the price pays two lines' work (食品监督抽检检验费 and 农产品抽检检测费): the count may be both's
    return line


# a unit cost of the whole work (亩均修复成本, 人均成本): the sum of several lines, not the price one line pays at
_WHOLE_COST = lazy_pattern(r"[亩人户件台吨米]均|成本")
# a count's note setting a part of it apart as paid otherwise (其中省级下达免费检验600批次, 其中上级承担200台)
_PART_PAID_ELSEWHERE = lazy_pattern(r"其中[^。；;]{0,12}?(?:免费|下达|承担|另行|自筹|配套)")


def _read(price: Row, count: Row) -> bool:
    """Whether a price holds its count to the line at all: not a price for some kinds only (民事、行政案件办案补贴标准
    of all cases: the others cost otherwise), a cost of the whole work (亩均修复成本) or a count of a part (其中,
    which another line may pay, in the name or set apart in the note: 其中省级下达免费检验600批次). Asked of ceiling
    prices and ranges alike."""
    if "、" in price.name and "、" not in count.name:
        return False
    if _PART_PAID_ELSEWHERE.search(count.indicator.note or ""):
        return False
    if "限价" in price.name and any(word in price.name for word in _SUBSIDY_WORDS):
        return False  # (农机购置补贴限价: a cap on each machine's subsidy, many paid less, like 单台补贴上限)
    return not (_WHOLE_COST.search(price.name) or is_breakdown(count.name))


def _ranges(ctx: TableContext, lines: list[Row]) -> Iterator[tuple[Row, Row, Decimal]]:
    """Each range of price per unit (300-500元/件) with the one count in its unit named alike, and its low end."""
    for price in ctx.rows:
        parsed = price.parsed
        if not (is_cost(price) and parsed.kind == "range" and parsed.base_kind == "per_unit" and parsed.low
                and parsed.unit and parsed.unit.startswith("元/")):
            continue
        head = split_per(parsed.unit[2:])[0]
        stem = name_stem(price.name, _WORDS)
        counts = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.unit == head
                  and row.parsed.number and longest_run(stem, name_stem(row.name, _WORDS)) >= 2]
        if len(counts) == 1:
            yield price, counts[0], parsed.low


def _ceiling_prices(ctx: TableContext) -> Iterator[Row]:
    """The cost block's prices per unit, and a procurement's ceiling price (课桌椅采购最高限价 ≤800元/套), which
    unit_prices leaves out with the caps on one item's subsidy (单台套补贴额上限, 最高): a 限价 is what every unit
    bought may cost at most, so its line's count is read as a price's."""
    yield from unit_prices(ctx)
    for price in ctx.rows:
        parsed = price.parsed
        if "限价" in price.name and is_cost(price) and parsed.kind == "per_unit" and parsed.yuan is not None \
                and parsed.per and not any(word in price.name for word in _SUBSIDY_WORDS):
            yield price


# a cap on a subsidy per item (补贴限价) is no price paid for every unit
_SUBSIDY_WORDS = ("补贴", "补助", "奖补", "奖励")


# words of buying or fitting a thing, naming none (新装路灯 counts the 路灯 a 路灯采购安装费 buys)
_BUYING_WORDS = ("新装", "安装", "新增", "采购", "购置", "购买", "配置")
# a count saying it holds what other money or old stock brings (新装路灯（含社会捐赠60盏）, 新增垃圾箱（含企业捐赠30个）), or
# a part it counts apart (新装消防栓（含开发商配建20个）): the line may pay for the rest only (s28; not every 含: 采购课桌椅
# （含讲台） names what a unit holds)
_OTHERS_IN = lazy_pattern(r"含[^）)，,]{0,6}?(?:上年|往年|结转|利旧|原有|捐赠|自筹|调拨|配套|[0-9])")


def _names_the_thing(name: str, line_words: str, price_words: str) -> bool:
    """Whether a count names nothing but a thing, past words of buying or fitting it, that both the line's and the
    price's names hold (新装路灯 for 路灯采购安装费 and 路灯采购最高限价): two characters at least, no other deed on it
    (维修路灯, 路灯巡查) nor a kind of it the line does not name (新装太阳能路灯)."""
    thing = name_stem(name_stem(name, _WORDS), _BUYING_WORDS)
    return len(thing) >= 2 and thing in line_words and thing in price_words


def _bridged(ctx: TableContext, paired: set[int], lines: list[Row]) -> Iterator[tuple[Row, Row, Decimal]]:
    """Each ceiling price FUND007's pairing left without a count (b424: three counts in 批次, none named like 委托检验
    单批次平均费用), with the one count its line names: the line shares two characters in a row with the price's
    name, more than any other line, and three with the count's (食品监督抽检检验费: 检验 of the price, 监督抽检 of
    食品安全监督抽检批次); the count in the price's unit, no rate per head (每千人食品抽检量) nor part, and no other
    such count sharing three with the line. Yields (price, count, product)."""
    for price in _ceiling_prices(ctx):
        parsed = price.parsed
        head, period = split_per(parsed.per or "")
        if id(price) in paired or period or parsed.op not in ("≤", "<", "＜") or not parsed.yuan:
            continue
        stem = name_stem(price.name, _WORDS)
        line = unique_best([(longest_run(stem, name_stem(row.name, _WORDS)), row) for row in lines], 2)
        if line is None:
            continue
        words = name_stem(line.name, _WORDS)
        in_unit = [row for row in ctx.rows if not is_cost(row) and row.parsed.kind == "count"
                   and row.parsed.unit == head and row.parsed.number and row.parsed.op in _FLOORS and not PER_UNIT.search(row.name)
                   and not _OTHERS_IN.search(row.name)]
        counts = [row for row in in_unit if longest_run(words, row.name) >= 3]
        if not counts:
            # a count naming only the thing past a word of buying or fitting it (新装路灯: 路灯 of 路灯采购安装费 and
            # 路灯采购最高限价, s28)
            counts = [row for row in in_unit if _names_the_thing(row.name, words, stem)]
        if len(counts) == 1 and not is_breakdown(counts[0].name):
            yield price, counts[0], parsed.yuan * counts[0].parsed.number


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    lines = [row for row in ctx.rows if is_cost(row) and is_money_total(row) and row.parsed.yuan]
    if not lines:
        return
    items = priced_quantities(ctx)
    # FUND007 sees only its own pairs: a bridged pair far over its line is told here too (no margin left to it)
    pairs: list[tuple[Row, Row, Decimal, int, Decimal | None]] = [
        (item.price, item.count, item.product, item.periods, _FUND007_MARGIN) for item in items]
    pairs += [(price, count, product, 1, None) for price, count, product
              in _bridged(ctx, {id(item.price) for item in items}, lines)]
    for price, count, product, periods, margin in pairs:
        if price.parsed.op not in ("≤", "<", "＜") or count.parsed.op not in _FLOORS or periods != 1:
            continue  # an exact price against its line is FUND007's, held to 2%
        if not _read(price, count):
            continue
        line = _line(price, count, lines)
        if line is None:
            continue
        amount, each = line.parsed.yuan, price.parsed.yuan
        if amount is None or not each:
            continue  # a price of nothing (≤0元/批次) buys no count to hold
        bought = amount / each
        if bought != bought.to_integral_value() or bought < 2:
            continue  # the line was not worked out at this price: a cheaper unit may buy the count
        if amount * _ROUNDING < product and (margin is None or product <= amount * margin):
            yield row_hit(count, price_name=price.name, price=price.shown, line_name=line.name, line=line.shown,
                          bought=f"{bought.normalize():f}")
    for price, count, low in _ranges(ctx, lines):
        if not _read(price, count):
            continue
        line = _line(price, count, lines)
        if line is None or count.parsed.op not in _FLOORS or count.parsed.number is None:
            continue
        amount = line.parsed.yuan
        assert amount is not None
        if low * count.parsed.number > amount * _ROUNDING:
            bought = (amount / low).quantize(Decimal(1), rounding="ROUND_FLOOR")
            yield row_hit(count, price_name=price.name, price=price.shown, line_name=line.name, line=line.shown,
                          bought=f"{bought.normalize():f}")


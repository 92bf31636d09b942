"""cost-quantity-alignment: in an itemised budget, each paid item has a quantity and back.

Only tables whose cost block is itemised are looked at: at least two money items, at least
one of which shares words with a 数量 indicator. Then a money item sharing no word (two
characters after removing generic words such as 费用/经费) with any 数量 name is reported
(variant ``cost_without_quantity``), and so is a 数量 indicator matching no money item
(``quantity_without_cost``) unless a catch-all item (其他…) exists.

A cost and a quantity also match:

- through a unit price of the same cost block (``price_links``): 单站通信链路年租费 ＝12000元/个
  ties 通信链路租赁费 (a run of three characters shared with the price, or exactly price ×
  count) to the counts in 个 (运维台站数量 ＝18个站点), or in another unit of its measure (200公顷 for
  500元/亩, converted: the lexicon's ``measures``); for a price per person only the counts of
  people whose names share words with the price;
- through ``related`` words, for a cost named by what it buys and a quantity by what it yields:
  劳务协作资金 ↔ 转移就业人数, 师资费 ↔ 开发课程;
- through the cost line's note, when it works the amount out from a count the table gives:
  康复评估费 ＝60000元 noted "120人×500元/人" is 开展康复评估 ≥120人's partner; and so through the
  standard in its name: 办公设备购置费（每所2万元） ≤24万元 times 规范化建设基层法律服务所 ＝12个.

Left out because they never have a partner of their own: ancillary costs (勘察设计费, 工程监理费,
项目前期费; ``ancillary_words``) and catch-all lines (…及其他费用); quantities that cost nothing
by themselves (缴获毒品数量, 发表论文; ``free_words``, or names matching ``free_name``: the places a named
work is carried out in, 开展统防统治乡镇), a breakdown of the row above (其中…),
per-capita measures (人均参训学时; ``per_capita_words``), how often work is done (巡检 每月1次),
and people reached by the whole spending rather than bought by one line (受益购机户数, 年客运量:
a count in ``people_units`` whose name holds one of ``reach_words``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (HARM_COST_LEVEL2, ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns,
                                     is_breakdown, is_cost, is_frequency, is_money_total, name_stem, row_hit,
                                     shares_run)
from ggtlint.primitives.pricing import (PERIODS_A_YEAR, PRICE_STRIP_WORDS, count_factor, name_standard_a_year,
                                       note_standard_a_year, split_per)
from ggtlint.primitives.sum_matches import TEN_THOUSAND
from ggtlint.regexsafety import search
from ggtlint.values import Lexicon
from ggtlint.values.normalize import decimal_text

NAME = "cost-quantity-alignment"
SCOPES = ("table",)
VARIANTS = ("cost_without_quantity", "quantity_without_cost")
PLACEHOLDERS = ROW_PLACEHOLDERS
_WORDS = {"type": "array", "items": {"type": "string"}}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "generic_words": _WORDS,
        "catch_all_words": _WORDS,
        "catch_all_prefixes": _WORDS,  # the earlier name: words a catch-all line starts with (其他费用)
        "quantity_level2": {"type": "string"},
        "ancillary_words": _WORDS,
        "free_words": _WORDS,
        "free_name": {"type": "string"},
        "per_capita_words": _WORDS,
        "reach_words": _WORDS,
        "people_units": _WORDS,
        "related": {"type": "object", "additionalProperties": _WORDS},
        "price_links": {"type": "boolean"},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("free_name",))


_GENERIC = ("费用", "经费", "资金", "支出", "费", "金额", "项目", "人数", "数量", "个数", "次数", "单位", "人员")
_PEOPLE = ("人", "人次", "名", "户", "户次")
# words a unit price and its total differ by, which must not tie unrelated lines (…亏损补贴 and
# …运营补贴标准 share 补贴 only)
_PRICE_WORDS = PRICE_STRIP_WORDS + ("补贴", "上限", "费用", "经费", "资金", "费")
# price × count within this share of a cost line is that line (12000元/个 × 18个 = 216000元)
_PRODUCT_TOLERANCE = Decimal("0.005")
def _price_links(costs: list[Row], prices: list[Row], quantities: list[Row], generic: tuple[str, ...],
                 people: tuple[str, ...], lexicon: Lexicon, total: Decimal | None = None) -> tuple[set[int], set[int]]:
    """The money rows and quantity rows (by ``id``) that a unit price ties together: every count
    in the price's unit (not the one :mod:`~ggtlint.primitives.pricing` multiplies), since what is
    asked here is whether a line and a quantity have a partner, not what the price adds up to.
    A price whose product with a count is the year's ``total`` (2000元/个 × 208个 = the funds)
    ties that count to the whole budget: it needs no line of its own."""
    words = tuple(dict.fromkeys(generic + _PRICE_WORDS))
    linked_costs: set[int] = set()
    linked_quantities: set[int] = set()
    for price in prices:
        head, period = split_per(price.parsed.per or "")
        stem = name_stem(price.name, words)
        # each count in the price's unit, by id, with its number in that unit (200公顷 at 元/亩: 3000)
        counts: dict[int, Decimal] = {}
        for q in quantities:
            factor = count_factor(q.parsed.unit, head, lexicon, partner=True) if q.parsed.kind == "count" else None
            if factor is not None and q.parsed.number is not None:
                counts[id(q)] = q.parsed.number * factor
        if head in people:  # a table counts several kinds of people: only those the price names
            named = {id(q) for q in quantities if shares_run(stem, name_stem(q.name, words), 2)}
            counts = {key: number for key, number in counts.items() if key in named}
        if not counts:
            continue

        def product_is(cost: Row) -> bool:
            amount = cost.parsed.yuan
            return bool(amount) and any(
                abs(price.parsed.yuan * number - amount) <= amount * _PRODUCT_TOLERANCE  # type: ignore[operator]
                for number in counts.values())

        paid = [c for c in costs if shares_run(stem, name_stem(c.name, words), 3) or product_is(c)]
        if paid:
            linked_costs.update(id(c) for c in paid)
            linked_quantities.update(counts)
        elif total and period in PERIODS_A_YEAR:  # a price per month counts twelve times (per day: not told)
            year_price = price.parsed.yuan * PERIODS_A_YEAR[period]  # type: ignore[operator]
            linked_quantities.update(key for key, number in counts.items()
                                     if abs(year_price * number - total) <= total * _PRODUCT_TOLERANCE)
    return linked_costs, linked_quantities


# one person counted, as a note and its quantity may each write it (按1800名×每名100元 beside 受益残疾人 ≥1800人)
_PERSONS = ("人", "名")


def _written_in(note: str, figure: str) -> bool:
    """Whether ``figure`` (120人) stands in ``note`` as a figure of its own, not the end of another
    (1120人, 0.120人)."""
    at = note.find(figure)
    while at >= 0:
        if at == 0 or not (note[at - 1].isdigit() or note[at - 1] in ".,"):
            return True
        at = note.find(figure, at + 1)
    return False


def _note_links(costs: list[Row], quantities: list[Row]) -> tuple[set[int], set[int]]:
    """The cost rows and quantity rows (by ``id``) tied by a cost's note that works its amount out
    from a count of the table (120人×500元/人 beside 开展康复评估 ≥120人; 2万亩×每亩100元 beside ≥2万亩)."""
    linked_costs: set[int] = set()
    linked_quantities: set[int] = set()
    # each count in units and in 万 of them, as a note may write either (按2万亩×每亩100元 beside 治理面积 ≥2万亩,
    # 不少于2万亩 or ≥20000亩, all read as 20000亩)
    counts = [(q, figure + unit) for q in quantities
              if q.parsed.number is not None and q.parsed.unit
              for unit in (_PERSONS if q.parsed.unit in _PERSONS else (q.parsed.unit,))
              for figure in (decimal_text(q.parsed.number), decimal_text(q.parsed.number / TEN_THOUSAND) + "万")]
    for cost in costs:
        note = cost.indicator.note
        if not note:
            continue
        for quantity, figure in counts:
            if _written_in(note, figure):
                linked_costs.add(id(cost))
                linked_quantities.add(id(quantity))
    return linked_costs, linked_quantities


def _standard_links(costs: list[Row], quantities: list[Row]) -> tuple[set[int], set[int]]:
    """The cost rows and quantity rows (by ``id``) tied by the standard in a cost's name whose product with a
    count is the line (办公设备购置费（每所2万元） ≤24万元 beside 规范化建设基层法律服务所 ＝12个), or in its note
    (裁判劳务费 ≤30万元, 每个比赛项目2.5万元, beside 设置比赛项目 ＝12个): the count is what the line pays for,
    whatever words each uses."""
    linked_costs: set[int] = set()
    linked_quantities: set[int] = set()
    for cost in costs:
        standard = name_standard_a_year(cost.name) or note_standard_a_year(cost.indicator.note or "")
        amount = cost.parsed.yuan
        if standard is None or not amount:
            continue
        for quantity in quantities:
            number = quantity.parsed.number if quantity.parsed.kind == "count" else None
            if number is not None and abs(standard * number - amount) <= amount * _PRODUCT_TOLERANCE:
                linked_costs.add(id(cost))
                linked_quantities.add(id(quantity))
    return linked_costs, linked_quantities


def _wholes_of_paired_parts(quantities: list[Row], paired: set[int]) -> set[int]:
    """The quantity rows (by ``id``) broken down in full by 其中 lines below that all have a cost: the
    lines that pay for the parts pay for the whole (培育高素质农民 ＝900人; 其中：经营管理型 ＝300人 and
    其中：专业生产型 ＝600人, each beside its training line); a part alone leaves the rest unpaid."""
    parts_of: dict[int, tuple[Row, list[Row]]] = {}
    whole: Row | None = None
    for row in quantities:
        if not is_breakdown(row.name):
            whole = row
            parts_of[id(row)] = (row, [])
        elif whole is not None:
            parts_of[id(whole)][1].append(row)
    wholes: set[int] = set()
    for key, (row, parts) in parts_of.items():
        paid = [part.parsed.number for part in parts if id(part) in paired
                and part.parsed.unit == row.parsed.unit and part.parsed.number is not None]
        if parts and len(paid) == len(parts) and sum(paid) == row.parsed.number:
            wholes.add(key)
    return wholes


# a Latin abbreviation between a name's Chinese words (ICU, CCU, NICU of 新增ICU床位): the kind of a thing, not the thing;
# only between two Chinese characters, so that a related word that is itself Latin (AED) still reads the name as written
_LATIN = lazy_pattern(r"(?<=[\u4e00-\u9fff])[A-Za-z]{2,6}(?=[\u4e00-\u9fff])")
# a quantity of things acquired for a work, which the line of the work's related words does not pay for
_ACQUIRED = lazy_pattern(r"购买|购置|采购|印制|聘请|聘用|租用|建设[\u4e00-\u9fff]{0,6}(?:系统|平台)")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    generic = tuple(params.get("generic_words", _GENERIC))
    catch_all = tuple(params.get("catch_all_words", ["其他", "其它"]))
    catch_all_starts = tuple(params.get("catch_all_prefixes", ()))  # a user pack's, as it always meant
    quantity_level2 = params.get("quantity_level2", "数量指标")
    related: dict[str, list[str]] = params.get("related", {})
    # a harm priced at none (向养殖户收取使用费 ＝0元 under 社会成本) pays for nothing: it asks for no quantity
    costs = [row for row in ctx.rows if is_cost(row) and is_money_total(row)
             and not (row.level2 in HARM_COST_LEVEL2 and row.parsed.yuan == 0)]
    quantities = [row for row in ctx.rows if row.level2 == quantity_level2]
    if len(costs) < 2 or not quantities:
        return
    stems = {id(row): name_stem(row.name, generic) for row in costs + quantities}
    # the ``related`` words each cost line names, looked up once per line rather than once per pair
    related_to = {id(cost): [others for word, others in related.items() if word in cost.name] for cost in costs}
    # each quantity's name as the related words are looked for in it, also without a Latin abbreviation of a ward or
    # kind between its words (新增ICU床位 is 新增床位 of the ICU: s26); once per quantity, not per pair
    readings = {id(quantity): (quantity.name, _LATIN.sub("", quantity.name)) if _LATIN.search(quantity.name)
                else (quantity.name,) for quantity in quantities}

    def pair(cost: Row, quantity: Row) -> bool:
        if shares_run(stems[id(cost)], stems[id(quantity)], 2):  # a shared run of two is shared both ways
            return True
        # a line pays for the work its related words name, not for things bought, hired or built for that work
        # (执法车辆运行费 and 印制巡查记录本, 哨点医院监测工作补助 and 购置病例样本运输箱: second opinion s23b)
        return not _ACQUIRED.search(quantity.name) \
            and any(other in name for others in related_to[id(cost)] for other in others
                    for name in readings[id(quantity)])

    pairs = [(cost, quantity) for cost in costs for quantity in quantities if pair(cost, quantity)]  # once
    itemised = {id(cost) for cost, _quantity in pairs}
    # a block is itemised when a line and a quantity share words: a pair by ``related`` words alone (a
    # works line, 工程建设费用, and what it builds) does not make the table an itemised budget
    if not any(shares_run(stems[id(cost)], stems[id(quantity)], 2) for cost, quantity in pairs):
        return
    paired_quantities = {id(quantity) for _cost, quantity in pairs}
    people = tuple(params.get("people_units", _PEOPLE))
    total = ctx.table.funds.in_yuan(ctx.table.funds.total)
    if params.get("price_links", True):
        prices = [row for row in ctx.rows if is_cost(row) and row.parsed.kind == "per_unit"
                  and row.parsed.yuan is not None and row.parsed.per]
        linked_costs, linked_quantities = _price_links(costs, prices, quantities, generic, people, ctx.lexicon, total)
        itemised |= linked_costs
        paired_quantities |= linked_quantities
    for linked_costs, linked_quantities in (_note_links(costs, quantities), _standard_links(costs, quantities)):
        itemised |= linked_costs
        paired_quantities |= linked_quantities
    paired_quantities |= _wholes_of_paired_parts(quantities, paired_quantities)
    ancillary = tuple(params.get("ancillary_words", ()))
    # a catch-all line (其他…, …及其他费用) pays for what the other lines do not name
    has_catch_all = False
    for row in costs:
        # (a line that is the whole year's funds, 高标准农田建设财政投入 ＝3000万元, pays for everything too)
        if any(word in row.name for word in catch_all) or row.name.startswith(catch_all_starts) \
                or (total and row.parsed.yuan == total):
            has_catch_all = True
            continue
        if id(row) in itemised or is_breakdown(row.name):  # by identity: rows compare field by field
            continue  # (a 其中 line breaks down the line above: that line's partner is its own)
        if any(word in row.name for word in ancillary):
            continue
        yield row_hit(row, variant="cost_without_quantity", key=True)
    if has_catch_all:
        return
    free = tuple(params.get("free_words", ()))
    free_name = params.get("free_name")
    per_capita = tuple(params.get("per_capita_words", ()))
    reach = tuple(params.get("reach_words", ()))
    for row in quantities:
        if id(row) in paired_quantities or is_breakdown(row.name):
            continue
        # how often work is done (设备巡检 每月1次): the lines paying the work pay its rounds
        if any(word in row.name for word in free + per_capita) or is_frequency(row) \
                or (free_name is not None and search(free_name, row.name)):
            continue
        # people the whole spending reaches (受益户数, 客运量), not a purchase of one line
        if row.parsed.unit in people and any(word in row.name for word in reach):
            continue
        yield row_hit(row, variant="quantity_without_cost", key=True)

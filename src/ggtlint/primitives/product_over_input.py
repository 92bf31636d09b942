"""product-over-input: a product made from named inputs given more weight than the inputs themselves.

Composting, milling or drying takes water, husk or stalk out of what goes in: 有机肥 weighs less than the 畜禽粪污
(and 秸秆, 菌渣 …) it is made from, 大米 less than its 稻谷. A row of the product made (生产有机肥 ≥7万吨: a word of
making, 生产, 加工, 年产, or a 产量, and a weight) above the weight the goal or a row gives for every input it may be
made from (年资源化处理畜禽粪污6万吨) promises more out than goes in: one of the two figures is wrong. Each product
and every input it may be made from are the lexicon's (units-of-things.yaml, made_from). Sound only when all that
goes in is weighed: an input named with no weight (处理秸秆), or with 等 after it (粪污等农业废弃物), or only by
volume (6万立方米) leaves the product unchecked; inputs named twice (the goal's 6万吨 and a row's) are one input,
counted at the larger figure, and inputs of different names are added up.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown,
                                     row_hit, without_qualifiers)
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.values import Lexicon
from ggtlint.values.lexicon import alternation

NAME = "product-over-input"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("product", "inputs")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_FLOORS = ("≥", "=", ">")
# a product row names the making (生产有机肥, 年产大米) or its output (有机肥产量)
_MAKING = lazy_pattern(r"生产|加工|产出|制成|制作|年产|产量")
_PRODUCT_TAIL = r"(?:生产量|加工量|产量|总量|量)?$"
# a weight written after an input in the goal, in its clause (畜禽粪污6万吨以上, 粪污约6万吨)
_AFTER = r"(?P<gap>[^0-9，。；;,、\n]{{0,8}}?)(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<mul>万|千|亿)?(?P<unit>{units})"
# … or before it (利用6万吨畜禽粪污)
_BEFORE = r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<mul>万|千|亿)?(?P<unit>{units})[\u4e00-\u9fff]{{0,4}}$"
_MORE = lazy_pattern(r"[^，。；;,\n]{0,2}?等")  # 粪污等农业废弃物: inputs not all named
# a weight per day or per 亩 is no year's input: a capacity (日处理畜禽粪污200吨, 日均收运餐厨垃圾50吨) or a yield
# (稻谷亩产达到550公斤, 单产每亩500公斤) read as the whole input held a year's product above it (s25b); such a figure
# leaves the input unweighed, as a name with no weight does
_PER = lazy_pattern(r"日|每(?!年)|亩产|单产|[亩人户]均")
# … said just before the input in the goal (建设日处理畜禽粪污, 日均收运餐厨垃圾)
_PER_BEFORE = lazy_pattern(r"(?:日|每天|每日|日均)[\u4e00-\u9fff]{0,4}$")
_MULTIPLIER = {"万": Decimal(10000), "千": Decimal(1000), "亿": Decimal(100000000)}


class _Compiled:
    """What the check reads with, compiled once per lexicon: the units of weight, the goal's weight after and
    before an input, and for each product the patterns of its name, of its inputs named, and of a name ending
    with an input (年处理畜禽粪污, 粪污处理量)."""

    __slots__ = ("mass", "after", "before", "products")

    def __init__(self, lexicon: Lexicon, ton: tuple[int, Decimal]) -> None:
        self.mass = frozenset(unit for unit, (measure, _) in lexicon.measures.items() if measure == ton[0])
        units = alternation(self.mass)
        self.after = re.compile(_AFTER.format(units=units))
        self.before = re.compile(_BEFORE.format(units=units))
        # an input's row ends with it or with it and a word of amount (年处理畜禽粪污, 粪污处理量): the lexicon's
        amounts = f"(?:{alternation(lexicon.substance_amounts)})?" if lexicon.substance_amounts else ""
        self.products = tuple(
            (product, re.compile(re.escape(product) + _PRODUCT_TAIL), re.compile(alternation(inputs)),
             re.compile(f"(?:{alternation(inputs)}){amounts}$"))
            for product, inputs in lexicon.made_from)


def _compiled(lexicon: Lexicon) -> _Compiled | None:
    """The lexicon's patterns (see _Compiled); None when it names no product or has no measure holding 吨."""
    memo: dict[str, Any] = lexicon.memo
    if "product_over_input" not in memo:
        ton = lexicon.measures.get("吨")
        memo["product_over_input"] = _Compiled(lexicon, ton) if ton is not None and lexicon.made_from else None
    found: _Compiled | None = memo["product_over_input"]
    return found


def _kilograms(row: Row, mass: frozenset[str], lexicon: Lexicon) -> Decimal | None:
    """A floor or an exact weight in 千克 (≥7万吨: 70000000); None for any other value."""
    parsed = row.parsed
    if parsed.kind != "count" or parsed.op not in _FLOORS or parsed.number is None or parsed.unit not in mass:
        return None
    factor = lexicon.conversion(parsed.unit, "千克")
    return None if factor is None else parsed.number * factor


def _inputs_weighed(ctx: TableContext, compiled: _Compiled, product: str, named: re.Pattern[str],
                    ends: re.Pattern[str], skip: set[int]) -> dict[str, tuple[Decimal, str]] | None:
    """Every input named in the goal or a row's name, by its last two characters (畜禽粪污 and 粪污 are one), with its
    largest weight in 千克 and the words giving it; None when one is named with no weight or with 等 after it."""
    mass, after, before = compiled.mass, compiled.after, compiled.before
    weights: dict[str, tuple[Decimal, str] | None] = {}

    def weigh(key: str, kilograms: Decimal | None, said: str) -> None:
        known = weights.get(key)
        if kilograms is None:
            weights.setdefault(key, None)
        elif known is None or kilograms > known[0]:
            weights[key] = (kilograms, said)

    goal = ctx.goal[:MAX_MATCH_INPUT]
    for found in named.finditer(goal):
        key = found.group()[-2:]
        if _MORE.match(goal, found.end()):
            return None
        figure = after.match(goal, found.end())
        if figure is not None and product in figure.group("gap"):
            figure = None
        per_day = _PER_BEFORE.search(goal, max(found.start() - 6, 0), found.start()) is not None
        if per_day or (figure is not None and _PER.search(figure.group("gap"))):
            weigh(found.group()[-2:], None, found.group())
            continue
        text = found.group() + (figure.group() if figure is not None else "")
        if figure is None:
            figure = before.search(goal, max(found.start() - 16, 0), found.start())
            text = (figure.group() if figure is not None else "") + found.group()
        kilograms = None
        if figure is not None:
            factor = ctx.lexicon.conversion(figure.group("unit"), "千克")
            if factor is not None:
                times = _MULTIPLIER.get(figure.group("mul") or "", Decimal(1))
                kilograms = Decimal(figure.group("num")) * times * factor
        weigh(key, kilograms, text)
    for index, row in enumerate(ctx.rows):
        if index in skip:
            continue
        name = without_qualifiers(row.name)
        for found in named.finditer(name):
            whole = ends.fullmatch(name, found.start())
            kilograms = _kilograms(row, mass, ctx.lexicon) if whole is not None and not _PER.search(name) else None
            weigh(found.group()[-2:], kilograms, f"{row.name} {row.value}")
    if not weights or any(weight is None for weight in weights.values()):
        return None
    return {key: weight for key, weight in weights.items() if weight is not None}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    # the rows naming a making by weight, found in one pass: most tables have none and stop here, before the
    # lexicon's patterns are compiled (a short run then never compiles them)
    making = [(index, row, name) for index, row in enumerate(ctx.rows) if _MAKING.search(row.name)
              for name in [without_qualifiers(row.name)] if not is_breakdown(name) and _MAKING.search(name)]
    if not making:
        return
    lexicon = ctx.lexicon
    compiled = _compiled(lexicon)
    if compiled is None:
        return
    for product, tail, named, ends in compiled.products:
        made: list[tuple[int, Row, Decimal]] = []
        for index, row, name in making:
            if tail.search(name) is None:
                continue
            kilograms = _kilograms(row, compiled.mass, lexicon)
            if kilograms is not None:
                made.append((index, row, kilograms))
        if not made:
            continue
        weights = _inputs_weighed(ctx, compiled, product, named, ends, {index for index, _, _ in made})
        if not weights:
            continue
        total = sum((kilograms for kilograms, _ in weights.values()), Decimal(0))
        for _, row, kilograms in made:
            if kilograms > total:
                yield row_hit(row, product=product, inputs="、".join(said for _, said in weights.values()))

"""goal-sources-sum: the goal splitting the project's money by where it comes from (项目总投资185万元，其中上级补助
资金150万元、村集体自筹20万元) into parts that do not add up to it: the total or a part is wrong.

Only a split whose every part names a source (``sources``, a regular expression: 上级, 中央, 县级, 自筹, 配套 …) is
read: a 其中 listing what the money buys (其中劳务报酬135万元、培训费6万元) may leave the rest out, and so may a
split naming one source only (其中中央资金120万元).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_patterns, is_money_unit, yuan_text
from ggtlint.regexsafety import MAX_MATCH_INPUT, search
from ggtlint.values.normalize import decimal_text
from ggtlint.lazyregex import lazy_pattern

NAME = "goal-sources-sum"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ("said", "total", "parts_sum", "total_yuan", "parts_sum_yuan")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "required": ["sources"],
                 "properties": {"sources": {"type": "string"}}}

# an amount and the 其中 that splits it, up to the clause's end (a part per unit, 元/亩, is no part)
_SPLIT = lazy_pattern(r"(?P<total>[0-9]+(?:\.[0-9]+)?)(?P<unit>亿元|万元|元)[，,]?其中[：:]?(?P<parts>[^。；;：:\n]{4,160})")
# an amount, a part or one said before the split (not one per a unit: 500元/亩)
_AMOUNT_TEXT = r"(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<unit>亿元|万元|元)(?![/每])"
_AMOUNT = lazy_pattern(_AMOUNT_TEXT)
_PART = lazy_pattern(r"(?P<words>[^0-9，,、和及与（(]{1,24}?)" + _AMOUNT_TEXT)
# parts joined by 、 和 及 与 (a comma may open another clause: 其中中央资金150万元，带动社会投资500万元)
_JOINER = lazy_pattern(r"^[、和及与]*$")
# a list of sources going on past a comma (其中：中央资金120万元、县级46万元，村集体自筹20万元)
_COMMA_JOINER = lazy_pattern(r"^[，,][、和及与]*$")
# a listed part whose words hold a joining word _PART cannot (、村集体及农户自筹10万元): its first words, read with it
_CUT_WORDS = lazy_pattern(r"^[、和及与]+(?P<words>[^0-9，,、和及与（(]{1,12}[和及与])$")
# a part's own breakdown in brackets (上级补助80万元（含省级30万元、市级50万元）) is no part
_BRACKETED = lazy_pattern(r"[（(][^（）()]*[）)]")


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("sources",))


def _yuan(number: str, unit: str, ctx: TableContext) -> Decimal | None:
    info = ctx.lexicon.units.get(unit)
    if info is None or not is_money_unit(info):
        return None
    try:
        return Decimal(number) * info.to_yuan  # type: ignore[operator]
    except InvalidOperation:
        return None


def _said_before(goal: str, start: int, ctx: TableContext) -> Decimal:
    """The amounts earlier in the sentence: a 其中 after several (本金9600万元，利息5720万元、服务费280万元，其中…)
    splits them all."""
    sentence = goal[max(goal.rfind(end, 0, start) for end in "。；;\n") + 1:start]
    return sum((_yuan(found.group("number"), found.group("unit"), ctx) or Decimal(0)
                for found in _AMOUNT.finditer(sentence)), Decimal(0))


def _sources_past_comma(text: str, end: int, ctx: TableContext, params: dict[str, Any]) -> Decimal:
    """The sources after the split's comma (…县级46万元，村集体自筹20万元): the split may go on there, so a sum
    reaching the total with them is no slip."""
    more = Decimal(0)
    for part in _PART.finditer(text, end):
        amount = _yuan(part.group("number"), part.group("unit"), ctx)
        joined = _JOINER.match(text[end:part.start()]) or _COMMA_JOINER.match(text[end:part.start()])
        if not joined or amount is None or search(params["sources"], part.group("words")) is None:
            break
        more += amount
        end = part.end()
    return more


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal[:MAX_MATCH_INPUT]
    for split in _SPLIT.finditer(goal):
        total = _yuan(split.group("total"), split.group("unit"), ctx)
        parts, end = [], 0
        text = _BRACKETED.sub("", split.group("parts"))
        for part in _PART.finditer(text):
            cut = _CUT_WORDS.match(text[end:part.start()]) if parts else None
            if not cut and not _JOINER.match(text[end:part.start()]):
                break  # the split has ended (or, before its first part, never began)
            if search(params["sources"], (cut.group("words") if cut else "") + part.group("words")) is None:
                parts = []
                break
            parts.append(_yuan(part.group("number"), part.group("unit"), ctx))
            end = part.end()
        if total is None or len(parts) < 2 or None in parts:
            continue
        parts_sum = sum(parts, Decimal(0))  # type: ignore[arg-type]
        if parts_sum + _sources_past_comma(text, end, ctx, params) == total:
            continue
        if parts_sum != total and parts_sum != _said_before(goal, split.start(), ctx) + total:
            said = goal[split.start():split.start("parts")] + text[:end]  # (its brackets left out)
            # in the goal's own unit for the officer (170万元 against 185万元), in 元 for the English text
            in_unit = _yuan("1", split.group("unit"), ctx) or Decimal(1)
            yield Hit("/goal", {"said": said, "total": split.group("total") + split.group("unit"),
                                "parts_sum": decimal_text(parts_sum / in_unit) + split.group("unit"),
                                "total_yuan": yuan_text(total), "parts_sum_yuan": yuan_text(parts_sum)},
                      value=said, find=goal[split.start():split.start("parts")])
            return

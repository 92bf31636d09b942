"""benefit-per-head: a benefit per head times its heads should come near the benefit's own total.

A benefit given per head in money (项目区农户户均增收 ≥1200元, the head the name's ``heads`` word: 户 of 户均)
beside the same benefit's total (项目区农户增收总额 ≥72万元, a name with a ``total_words`` word) and a count
of those heads (受益农户 ≥6000户) says the same thing twice: 1200元 × 6000户 is 720万, ten times the total, so
one of the three figures is wrong. The total and the count are each the one sharing most with the per-head
name once its head word is taken out (two characters in a row at least, no other sharing as much; a count
sharing as long a run is weighed by the characters it shares besides); the periods their names give (月, 季,
年) must agree, and the product must fall outside ``factor`` times the total either way: floors of three
figures need not multiply out exactly.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, name_stem, \
    row_hit, yuan_text
from ggtlint.primitives.pricing import unique_best

NAME = "benefit-per-head"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("count_name", "count", "product", "total_name", "total")
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["heads", "total_words", "factor"],
    "additionalProperties": False,
    "properties": {
        # the per-head word and the unit its heads are counted in: {户均: 户, 人均: 人}
        "heads": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
        "total_words": _WORDS,
        "factor": {"type": "number", "exclusiveMinimum": 1},
    },
}
compile = compile_identity
_BENEFIT = "效益指标"
_PERIODS = ("月", "季", "年")
# people or grades named by age, whose 年 is no period (老年人人均增收 is a year's, as 增收总额 is)
_AGE_WORDS = lazy_pattern(r"[老青少中成]年|年[龄轻级]")
_RUN = 100  # a shared run outweighs any number of characters shared apart


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    money = [row for row in ctx.rows if row.level1 == _BENEFIT and row.parsed.kind == "money"
             and row.parsed.yuan is not None]
    if len(money) < 2:
        return  # most tables: no benefit per head beside its total
    totals = [row for row in money if any(word in row.name for word in params["total_words"])]
    factor = Decimal(str(params["factor"]))
    for row in money:
        head_word = next((word for word in params["heads"] if word in row.name), None)
        if head_word is None or any(row is total for total in totals):
            continue
        stem = name_stem(row.name, (head_word,))
        total = unique_best([(longest_run(stem, other.name), other) for other in totals
                             if _periods(other.name) == _periods(row.name)], 2)
        unit = params["heads"][head_word]
        count = unique_best([(_likeness(stem, other.name), other) for other in ctx.rows
                             if other.parsed.kind == "count" and other.parsed.unit == unit
                             and other.parsed.number is not None], 2 * _RUN)
        if total is None or count is None or not total.parsed.yuan:
            continue
        product = row.parsed.yuan * count.parsed.number  # type: ignore[operator]
        if product > total.parsed.yuan * factor or product * factor < total.parsed.yuan:
            yield row_hit(row, count_name=count.name, count=count.value, product=yuan_text(product),
                          total_name=total.name, total=total.value)


def _likeness(stem: str, name: str) -> int:
    """How much a count's name shares with the per-head name: the longest run first, then the characters
    shared (就业退役军人 is nearer 培训后实现就业的退役军人 than 获得职业技能等级证书的退役军人)."""
    return longest_run(stem, name) * _RUN + len(set(stem) & set(name))


def _periods(name: str) -> tuple[str, ...]:
    """The periods a name gives its amount in (人均月增收: 月), which a product's parts must share."""
    name = _AGE_WORDS.sub("", name)
    return tuple(period for period in _PERIODS if period in name)

"""unique: the same indicator must not appear twice in one table.

Names are compared as the cross-table rules compare them (:func:`ggtlint.primitives.corpus.name_key`:
full-width folded, spaces and punctuation removed); ``with_value`` also requires the same
value. The second and later occurrences are reported, pointing at the first. A cost named after
the quantity it pays for (数量 坡耕地改梯田 ≥1800亩, 成本 坡耕地改梯田 ≤360万元) is no repeat:
costs are compared with costs, other indicators with each other.
Variant ``reworded``: the same two parts swapped with the same value, in one 二级
(改造老旧小区数量 ≥12个, 老旧小区改造个数 ≥12个), the measure word (数量, 个数 …) set aside.
Variant ``contradicts``: the repeat's target cannot hold together with the first's (质量 三、四级手术占比
≥45%, 效益 三、四级手术占比 ≤40%): one of the two was not updated.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_cost, row_hit
from ggtlint.primitives.corpus import name_key
from ggtlint.values.parse import CEILING_OPS, FLOOR_OPS, ParsedValue
from ggtlint.lazyregex import lazy_pattern

NAME = "unique"
SCOPES = ("table",)
VARIANTS = ("default", "reworded", "contradicts")
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("first_level2", "first_name"),
                "reworded": ROW_PLACEHOLDERS + ("first_level2", "first_name"),
                "contradicts": ROW_PLACEHOLDERS + ("first_level2", "first_name", "first_value")}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {"with_value": {"type": "boolean"}}}
compile = compile_identity


# words that say how a thing is counted, not what: 改造老旧小区数量 and 老旧小区改造个数 count the same
# (and 改造雨污分流管网 and 雨污分流管网改造长度)
_MEASURE_WORDS = lazy_pattern(r"数量|个数|人数|次数|件数|户数|长度|数")


@lru_cache(maxsize=4096)  # pure, and bulk runs meet the same names in thousands of tables
def counted_words(name: str) -> str:
    """A name's words as compared for a rewording: folded, the measure word (数量, 个数 …) set aside."""
    return _MEASURE_WORDS.sub("", name_key(name))


def is_rewording(words: str, other: str) -> bool:
    """Whether two names' counted words are the same two parts swapped (改造老旧小区 / 老旧小区改造),
    not merely the same characters in any order (乡镇到村 / 村到乡镇 are two directions), and long
    enough to tell a rewording from two things."""
    return len(words) >= 4 and len(words) == len(other) and words != other and words in other + other


def contradicts(one: ParsedValue, other: ParsedValue) -> bool:
    """Whether two targets of one thing cannot both be met: a floor above the other's ceiling
    (≥45% and ≤40%), in the same unit."""
    if one.number is None or other.number is None or one.unit != other.unit:
        return False
    for floor, ceiling in ((one, other), (other, one)):
        if floor.op in FLOOR_OPS and ceiling.op in CEILING_OPS and floor.number > ceiling.number:
            return True
    return False


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    first: dict[tuple[str, str, bool], tuple[str, str, ParsedValue]] = {}
    reordered: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    # only a value met twice in one 二级 can be a rewording: most tables have none, and skip the sorting
    values = Counter((row.indicator.level2, row.parsed.text) for row in ctx.rows)
    repeated = {key for key, times in values.items() if times > 1}
    for row in ctx.rows:
        name = name_key(row.name)
        if not name:
            continue
        key = (name, row.parsed.text if params.get("with_value") else "", is_cost(row))
        if key in first:
            level2, first_name, first_value = first[key]
            if contradicts(row.parsed, first_value):
                yield row_hit(row, variant="contradicts", key=True, first_level2=level2, first_name=first_name,
                              first_value=first_value.text)
            else:
                yield row_hit(row, key=True, first_level2=level2, first_name=first_name)
            continue
        first[key] = (row.indicator.level2, row.name, row.parsed)
        if (row.indicator.level2, row.parsed.text) not in repeated or is_cost(row) or row.parsed.number is None:
            continue
        words = counted_words(row.name)
        if len(words) < 4:
            continue  # too short to tell a rewording from two things
        again = (row.indicator.level2, "".join(sorted(words)), row.parsed.text)
        earlier = reordered.get(again)
        if earlier is not None and (words == earlier[2] or is_rewording(words, earlier[2])):
            yield row_hit(row, variant="reworded", key=True, first_level2=earlier[0], first_name=earlier[1])
        elif earlier is None:
            reordered[again] = (row.indicator.level2, row.name, words)

"""benefit-over-output: a benefit may not count more people than the outputs it comes of reach.

A 效益 indicator counting people (实现稳定就业的就业困难人员 ≥260人) names those the project's outputs reached
and some result they got; it cannot count more of them than the outputs do (享受社会保险补贴的就业困难人员
≥200人). Two ways of pairing them:

* people with people: the benefit's group (its name after the last 的, the rule's ``fillers`` such as 保障 or
  享受 set aside) and an output's end in the same ``min_shared`` characters or more, the last of them a
  ``people`` word (就业困难人员, 低保对象), in the same unit (人 and 名 alike). What stands before the shared
  words must not make the output's group another than the benefit's: the output's qualifier is none or
  within the benefit's (服务老年人 for 失能老年人), or the benefit's is a union (城乡, the ``unions`` words) and
  the outputs name every part of it (城市低保对象 + 农村低保对象 = 城乡低保对象). All such outputs are added up:
  overlapping outputs only make the sum larger, so the benefit is told only over the most they can reach.
* people with beds: a benefit naming people who move into beds (``bed_words``: 入住) against the outputs'
  beds counted in 张 (新增护理床位 ≥80张): a bed holds one person.

Left alone, as a benefit may rightly reach more than an output counts: a benefit whose name widens it
(``wider``: 带动, 辐射, 受益, 惠及, 累计, 全县, 家庭成员), any output of the group counted in another unit
(户 against 人, 人次 against 人: households or visits say nothing of heads), a ceiling (≤), and a 其中 line
(a part of an output, not an output).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, is_breakdown, \
    is_cost, row_hit
from ggtlint.primitives.unique import counted_words
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import CEILING_OPS
from ggtlint.lazyregex import lazy_pattern

NAME = "benefit-over-output"
SCOPES = ("table",)
VARIANTS = ("default", "beds")
PLACEHOLDERS = ROW_PLACEHOLDERS + ("outputs", "reached")
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["people", "wider"],
    "additionalProperties": False,
    "properties": {
        # words a group of people ends in (人员, 对象, 老年人)
        "people": _WORDS,
        # a regular expression of words that widen a benefit past those the outputs reach (带动, 受益, 累计)
        "wider": {"type": "string", "minLength": 1},
        # deeds between a group's qualifier and its noun, set aside to compare (城市低保保障对象: 城市低保对象)
        "fillers": _WORDS,
        # qualifiers naming a union and the parts that make it up ({城乡: [[城市, 城镇, 城区], [农村, 乡村]]})
        "unions": {"type": "object", "additionalProperties": {"type": "array", "items": _WORDS}},
        # words of a benefit's people moving into beds (入住)
        "bed_words": _WORDS,
        "min_shared": {"type": "integer", "minimum": 2},
        # deeds an output's name may open with or end in around its group, with no 的 (培训农村劳动力,
        # 特困人员提供集中供养服务): set aside to find the group
        "deeds": _WORDS,
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("wider",))


_OUTPUT, _BENEFIT = "产出指标", "效益指标"
_HEADS = ("人", "名")  # one person each; 人次 and 户 are other things
_BED_UNIT, _BED = "张", "床"
_EACH = ("每", "单个", "平均")  # a bed count per site (每个设施护理床位) is no total
# an output counting only those newly taken in, where the benefit counts all of the group (s22 second opinion)
_FOR = ("为", "对", "向")  # 为特困人员提供…: the group after the word of whom the deed is for
_NEW = lazy_pattern(r"新增|新纳入|新认定|新识别|新申领")


def _group(name: str, fillers: tuple[str, ...]) -> str:
    """The people a name counts: its words after the last 的, the fillers set aside (基本生活得到保障的城乡低保对象:
    城乡低保对象)."""
    words = counted_words(name)
    words = words[words.rfind("的") + 1:]
    for filler in fillers:
        words = words.replace(filler, "")
    return words


def _output_group(name: str, fillers: tuple[str, ...], people: tuple[str, ...], deeds: tuple[str, ...]) -> str:
    """The people an output counts: as :func:`_group`, and where the name has no 的, a deed it opens with
    (培训农村劳动力: 农村劳动力) or one following its group (为特困人员提供集中供养服务: 特困人员) set aside."""
    words = _group(name, fillers)
    if not deeds or "的" in counted_words(name):
        return words
    if not words.endswith(people):
        ends = [at + len(word) for word in people for at in [words.find(word)] if at >= 0
                and words.startswith(deeds, at + len(word))]
        if not ends:
            return words
        words = words[:min(ends)]
        if words.startswith(_FOR):
            words = words[1:]
    for deed in deeds:
        if words.startswith(deed) and words[len(deed):].endswith(people):
            return words[len(deed):]
    return words


def _shared_end(a: str, b: str) -> int:
    """How many characters two names end in alike."""
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    return size


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    wider = params["wider"]
    benefits = [row for row in ctx.rows if row.level1 == _BENEFIT and row.parsed.kind == "count"
                and row.parsed.number is not None and row.parsed.unit in _HEADS
                and row.parsed.op not in CEILING_OPS and not wider.search(row.name)]
    if not benefits:
        return  # most tables: no benefit counted in people
    outputs = [row for row in ctx.rows if row.level1 == _OUTPUT and not is_cost(row) and not is_breakdown(row.name)
               and row.parsed.kind == "count" and row.parsed.number is not None]
    bed_words = tuple(params.get("bed_words", ()))
    for benefit in benefits:
        if any(word in benefit.name for word in bed_words):
            yield from _over_beds(benefit, outputs)
        else:
            yield from _over_people(benefit, outputs, params)


def _over_beds(benefit: Row, outputs: list[Row]) -> Iterator[Hit]:
    """People moving into beds, more than the beds the outputs add (入住失能老年人 ≥120人 of 新增护理床位 ≥80张)."""
    beds = [row for row in outputs if row.parsed.unit == _BED_UNIT and _BED in row.name
            and not row.name.startswith(_EACH)]
    if beds and _BED in benefit.name:
        yield from _told(benefit, beds, "beds")


def _over_people(benefit: Row, outputs: list[Row], params: dict[str, Any]) -> Iterator[Hit]:
    """People of a group, more than the outputs reach of that group (or of the parts of it, added up)."""
    fillers = tuple(params.get("fillers", ()))
    people = tuple(params["people"])
    deeds = tuple(params.get("deeds", ()))
    least = params.get("min_shared", 4)
    group = _group(benefit.name, fillers)
    if not group.endswith(people):
        return
    unions: dict[str, list[list[str]]] = params.get("unions", {})
    reached: list[Row] = []
    whole = False  # an output of the benefit's whole group (or a wider one), not only of parts of a union
    union_parts: list[list[str]] | None = None
    for output in outputs:
        other = _output_group(output.name, fillers, people, deeds)
        shared = _shared_end(group, other)
        if shared < least or not group[-shared:].endswith(people):
            continue  # another group
        if output.parsed.unit not in _HEADS:
            return  # the group counted in households or visits too: how many heads it holds is unknown
        if _NEW.search(output.name) and not _NEW.search(benefit.name):
            return  # the year's newcomers (新增发放高龄津贴的…老年人) against all the group: more is no gap
        own, theirs = group[:-shared], other[:-shared]
        if theirs in own:
            whole = True
            reached.append(output)
        elif own in unions:
            union_parts = unions[own]
            reached.append(output)
    if not reached:
        return
    if not whole and union_parts is not None:
        # only parts of a union (城乡): every part named by some output (城市 and 农村), else some are not counted
        qualifiers = [_group(row.name, fillers) for row in reached]
        if not all(any(word in text for text in qualifiers for word in part) for part in union_parts):
            return
    yield from _told(benefit, reached, "default")


def _told(benefit: Row, reached: list[Row], variant: str) -> Iterator[Hit]:
    """The finding, when the benefit counts more than the outputs reach together."""
    total = sum((row.parsed.number for row in reached), Decimal(0))  # type: ignore[misc]
    if benefit.parsed.number > total:  # type: ignore[operator]
        outputs = "、".join(f"“{row.name}”（{row.shown}）" for row in reached)
        unit = reached[0].parsed.unit or ""
        yield row_hit(benefit, variant=variant, outputs=outputs, reached=f"{decimal_text(total)}{unit}")

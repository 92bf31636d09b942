"""part-over-whole: a 其中 line may not count more than the line it breaks down.

In a 数量 (or other non-cost) block, "其中：…" breaks down the indicator above it (培训人次 ≥2000人次,
其中：脱贫劳动力 ≥500人次). A part whose figure, in the same unit, is larger than its whole's
(偿付到期债券 ≥28笔, 其中：再融资债券 ＝32笔) cannot be a part of it: one of the two figures is
wrong. Parts are not summed (其中女性, 其中脱贫人口 may overlap); money lines are FUND004's. In 个,
which counts anything, a part not naming what the whole counts (停车场 ≥5个, 其中：停车泊位 ≥800个)
is what the whole holds, not a share of it.

Variant ``parts_sum``: two or more 其中 lines of one whole, none over it alone, adding up to more than it
(购置垃圾收运车辆 ≥20辆, 其中：压缩式收运车 ≥12辆, 其中：勾臂式转运车 ≥10辆): kinds of the whole's things share
it out. Not when a part names a trait the others' things may have too (the rule's ``overlapping`` words:
其中女性, 其中脱贫人口 may be the same people), nor a part within another part (其中：示范村, 其中：省级示范村), nor parts
dividing the whole twice (by type 8, 16 and 12 of 36辆, which add up to it, then by fuel 30).

Variant ``part_as_whole``: a 其中 line with its whole's own figure (购置新能源环卫车辆 ＝36辆, 其中：纯电动车辆
＝36辆) breaks nothing down: it is the whole over again in other words, or one of the two figures is wrong.

Variant ``named_part``: with no 其中, a line named as another with words before it (参赛运动员 ≥5000人次,
青少年参赛运动员 ≥6000人次) counts some of the other's, and may not count more; not a total over
more than the year or the whole (累计, 全年, 总, 合计, 全县), nor others joined to it (幼儿园及中小学教师培训).

Variant ``part_by_definition``: the same, for a pair the rule marks ``sure``: a part by definition or by law
(永久基本农田保护面积 of 耕地保有量: permanent basic farmland is cultivated land), a warning; not a part joined to
others (永久基本农田及生态保护红线面积).

Variant ``other_words``: a count named by what befalls only some of another's things, in other words
(培训专职消防队员 ≤300人, 培训考核合格人数 ≥320人; 实施项目 10个, 完成验收项目 12个), may not count more. The
words are the rule's ``part_names``: a part word alone (结业, 验收) or, for a word with other senses (合格,
就业), beside one of the whole's words (培训合格, 培训后就业). Only when one line names the whole in the unit
(or one of several shares the part's words), and not a part named as a total (累计) or with more (含上年结转).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Iterator, Sequence

from ggtlint.findings import Severity
from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown, \
    is_cost, name_stem, row_hit, shares_run
from ggtlint.primitives.pricing import GENERIC_WORDS, HEADS
from ggtlint.primitives.unique import counted_words
from ggtlint.values.lexicon import alternation
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import CEILING_OPS

NAME = "part-over-whole"
SCOPES = ("table",)
VARIANTS = ("default", "parts_sum", "part_as_whole", "named_part", "other_words", "part_by_definition")
# other_words: a lexicon's word pairs in free wording (管护保存行道树 of 新栽植行道树 is none), misread in 2 of 5
# held-out look-alikes: a notice
# parts_sum: whether two parts may be the same things is read from a word list (村党组织书记 and 致富带头人,
# 通组硬化路 and 产业路 may be), misread in 2 of 5 held-out look-alikes: a notice
# part_as_whole: no careful table has a 其中 line of its whole's figure; a notice all the same, as a part may
# rightly be all of it (其中：农村妇女 of a screening of rural women)
LEVELS = {"other_words": Severity.INFO, "parts_sum": Severity.INFO, "part_as_whole": Severity.INFO}
_OF_A_WHOLE = ROW_PLACEHOLDERS + ("whole_name", "whole_value")
PLACEHOLDERS = {"default": _OF_A_WHOLE, "parts_sum": _OF_A_WHOLE + ("parts_sum",), "part_as_whole": _OF_A_WHOLE,
                "named_part": _OF_A_WHOLE,
                "other_words": _OF_A_WHOLE, "part_by_definition": _OF_A_WHOLE}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {"part_names": {"type": "array", "items": {
    "type": "object", "required": ["wholes"], "additionalProperties": False,
    # parts: words naming a part alone (结业); with_whole: only beside a whole's word (培训合格); shared: the
    # characters in a row the two names' things must share (2 unless given); sure: a part by definition (永久基本农田
    # of 耕地), told as such (part_by_definition), a warning
    "properties": {"wholes": _WORDS, "parts": _WORDS, "with_whole": _WORDS,
                   "shared": {"type": "integer", "minimum": 2}, "sure": {"type": "boolean"}}}},
    # traits a part's things may share with another part's (女性, 脱贫): such parts are not added up
    "overlapping": _WORDS}}
compile = compile_identity
_COUNTED = ("count", "number")
_ANY_THING = ("个",)
# words before a name that widen it, not narrow it: a total over more (累计服务群众 of 服务群众),
# or others joined to it (幼儿园及中小学教师 of 中小学教师), or a whole place's (全县老年人)
_WIDER = lazy_pattern(r"累计|全年|总|合计|共计|全部|所有|及|和|与|、|全[县区市省州镇乡]|辖区")
# others joined to a name (永久基本农田及生态保护红线, 耕地和林地)
_JOINED = lazy_pattern(r"及|和|与|、|以及|并")
# a part named with more than the year's own (完成验收项目（含上年结转）): the whole need not hold it
_MORE_THAN_THE_YEAR = lazy_pattern(r"累计|含|结转|历年|往年|以前年度")
_WHOLE_WORDS = 4  # a shorter name (培训) is too general to hold the longer one's things


def _counts_what_the_whole_does(part: Row, whole: Row) -> bool:
    """Whether a part counts the whole's thing: always so in a unit of its own (笔, 人), in 个 when
    the part names the thing the whole's name ends with (服务站点 ≥10个, 其中：新建服务站点) or a kind of it,
    ending as it does with words between (充电桩 ≥60个, 其中：直流快充桩); not a thing a whole holds
    (停车场, 其中：停车泊位; 行政村, 其中：自然村)."""
    if whole.parsed.unit not in _ANY_THING:
        return True
    thing, words = counted_words(whole.name)[-3:], counted_words(part.name)
    return thing[-2:] in words or (len(thing) == 3 and words.endswith(thing[-1]) and thing[0] in words)


def counted_lines(ctx: TableContext) -> list[Row]:
    """The table's lines counting things with a figure, neither a cost nor a 其中 line: what both the named-part
    and the other-words passes read (listed once per table)."""
    return [row for row in ctx.rows if not is_cost(row) and not is_breakdown(row.name)
            and row.parsed.kind in _COUNTED and row.parsed.number is not None]


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    counted = counted_lines(ctx)
    yield from _named_parts(counted)
    yield from _parts_in_other_words(counted, params.get("part_names", ()))
    if not any(is_breakdown(row.name) for row in ctx.rows):
        return  # most tables have no 其中 line
    overlapping = params.get("overlapping", ())
    whole: Row | None = None
    parts: list[Row] = []
    for row in ctx.rows:
        if is_cost(row) or not is_breakdown(row.name):  # the parts of the whole before it end here
            yield from _parts_over_whole(whole, parts, overlapping)
            parts = []
            whole = row if not is_cost(row) and row.parsed.kind in _COUNTED and row.parsed.number is not None else None
            continue
        part = row.parsed
        if (whole is not None and whole.level2 == row.level2 and part.kind in _COUNTED
                and part.number is not None and part.unit == whole.parsed.unit
                and part.op not in CEILING_OPS and _counts_what_the_whole_does(row, whole)):
            parts.append(row)
            if part.number > whole.parsed.number:  # type: ignore[operator]
                yield row_hit(row, whole_name=whole.name, whole_value=whole.value)
            elif part.number == whole.parsed.number:
                yield row_hit(row, variant="part_as_whole", whole_name=whole.name, whole_value=whole.value,
                              severity=LEVELS["part_as_whole"])
    yield from _parts_over_whole(whole, parts, overlapping)


def _parts_over_whole(whole: Row | None, parts: list[Row], overlapping: Sequence[str]) -> Iterator[Hit]:
    """Parts of one whole, each within it, adding up to more (≥12辆 and ≥10辆 of ≥20辆): told at the part the
    sum passes the whole at. Not parts that may be the same things (其中女性, 其中脱贫人口: a trait of the
    ``overlapping`` words), one part within another (其中：示范村, 其中：省级示范村), nor the whole divided twice."""
    if (whole is None or len(parts) < 2 or any(word in row.name for row in parts for word in overlapping)
            or any(row.parsed.number > whole.parsed.number for row in parts)):  # type: ignore[operator]
        return  # (a part over the whole alone is told as such)
    words = [counted_words(row.name).removeprefix("其中") for row in parts]
    if any(a != b and a in b for a in words for b in words) \
            or _two_breakdowns([row.parsed.number for row in parts], whole.parsed.number):  # type: ignore[misc]
        return
    total = Decimal(0)
    for row in parts:
        total += row.parsed.number  # type: ignore[operator]
        if total > whole.parsed.number:  # type: ignore[operator]
            yield row_hit(row, variant="parts_sum", whole_name=whole.name, whole_value=whole.value,
                          parts_sum=f"{decimal_text(total)}{whole.parsed.unit or ''}", severity=LEVELS["parts_sum"])
            return


def _two_breakdowns(numbers: list[Decimal], whole: Decimal) -> bool:
    """Parts dividing the whole two ways (洗扫车 8, 压缩车 16, 保洁车 12 of 36辆, then 纯电动 30): the lines
    up to one add up to the whole exactly and the rest to no more, or the other way round."""
    for cut in range(1, len(numbers)):
        first, rest = sum(numbers[:cut], Decimal(0)), sum(numbers[cut:], Decimal(0))
        if (first == whole and rest <= whole) or (rest == whole and first <= whole):
            return True
    return False


def _named_parts(rows: list[Row]) -> Iterator[Hit]:
    """A line named as another with words before it, and more of them (青少年参赛运动员 over 参赛运动员);
    ``rows`` are the table's counted_lines."""
    counted = [(row, counted_words(row.name)) for row in rows]
    for whole, whole_words in counted:
        if len(whole_words) < _WHOLE_WORDS:
            continue
        for part, part_words in counted:
            if len(part_words) <= len(whole_words) or not part_words.endswith(whole_words):
                continue  # most pairs: no words before the whole's name
            qualifier = part_words[:-len(whole_words)]
            if (part is not whole and part.level2 == whole.level2
                    and not _WIDER.search(qualifier) and not _joined(part.name, whole.name)
                    and part.parsed.unit == whole.parsed.unit
                    and part.parsed.number > whole.parsed.number  # type: ignore[operator]
                    and part.parsed.op not in CEILING_OPS):
                yield row_hit(part, variant="named_part", whole_name=whole.name, whole_value=whole.value)


def _joined(part_name: str, whole_name: str) -> bool:
    """Whether the longer name lists others with the whole's things (监测对象、脱贫人口), a mark
    its folded words lose."""
    return "、" in part_name and "、" not in whole_name


def _parts_in_other_words(counted: list[Row], groups: Any) -> Iterator[Hit]:
    """A count named by what befalls only some of another's things (培训考核合格人数 of 培训专职消防队员,
    完成验收项目 of 实施项目), and more of them; ``counted`` as for _named_parts."""
    told: set[int] = set()
    for group in groups:
        wholes = tuple(group["wholes"])
        alone, with_whole = tuple(group.get("parts", ())), tuple(group.get("with_whole", ()))
        # each word list as one search (any of its words in a name), built once per list, not a generator per row
        any_alone, any_with_whole, any_whole = _any_word(alone), _any_word(with_whole), _any_word(wholes)
        for part in counted:
            name = part.name
            # (the group's words first: most names have none, and the search is dearer)
            if id(part) in told or part.parsed.op in CEILING_OPS or not (
                    any_alone(name) is not None
                    or (any_with_whole(name) is not None and any_whole(name) is not None)) \
                    or _MORE_THAN_THE_YEAR.search(name):
                continue
            if group.get("sure") and _JOINED.search(name):
                continue  # others joined to a part by definition (永久基本农田及生态保护红线面积) make it none (re-read s28 A)
            # wholes in the part's unit or its other form (人次 for 人): a training counted in 人次 beside one in
            # 人 leaves the part's whole unknown
            units = (part.parsed.unit, *HEADS.get(part.parsed.unit or "", ()))
            candidates = [row for row in counted if row is not part and row.parsed.unit in units
                          and any(word in row.name for word in wholes)
                          and not any(word in row.name for word in alone + with_whole)
                          and _counts_what_the_whole_does(part, row)]
            deeds = wholes + alone + with_whole
            whole = _the_whole(part, candidates, deeds)
            if (whole is not None and whole.parsed.unit == part.parsed.unit
                    and part.parsed.number > whole.parsed.number  # type: ignore[operator]
                    and _of_the_same_things(part, whole, deeds, group.get("shared", 2))):
                told.add(id(part))
                yield row_hit(part, whole_name=whole.name, whole_value=whole.value,
                              **({"variant": "part_by_definition"} if group.get("sure") else
                                 {"variant": "other_words", "severity": LEVELS["other_words"]}))


def _none(_text: str) -> None:
    return None


@lru_cache(maxsize=256)  # a pack's word lists: a closed set
def _any_word(words: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """A search finding any of ``words`` in a text (None where none is in it): ``any(word in text for word in
    words)`` as one pass; no words, none found."""
    return re.compile(alternation(words)).search if words else _none


def _the_whole(part: Row, candidates: list[Row], deeds: tuple[str, ...]) -> Row | None:
    """The one line the part is of: the only one naming the whole, else the only one sharing two
    characters with the part's name once the group's words are set aside (培训农民 and 培训村干部 beside
    培训合格人数: which one is not told)."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    own = _things(part.name, deeds)
    sharing = [row for row in candidates if shares_run(own, _things(row.name, deeds), 2)]
    return sharing[0] if len(sharing) == 1 else None


def _things(name: str, deeds: tuple[str, ...]) -> str:
    """What a name counts, its deeds and generic words set aside (改造果园成活果树: 改造果园果树)."""
    return name_stem(counted_words(name), GENERIC_WORDS + deeds)


def _of_the_same_things(part: Row, whole: Row, deeds: tuple[str, ...], shared: int = 2) -> bool:
    """Whether two lines may count the same things: their names share ``shared`` characters in a row once the
    deeds are set aside, unless one names nothing more (培训结业人数 of 适应性培训退役军人); not 改造果园成活果树
    of 种植经果林苗木, nor 热线回访老年人 of 提供助餐服务."""
    own, other = _things(part.name, deeds), _things(whole.name, deeds)
    return len(own) < 2 or len(other) < 2 or shares_run(own, other, shared)

"""note-cadence: a count whose 备注 gives how often it is done, and so how many a year, fewer than it.

举办全民健身赛事活动 ≥15场 noted 按每月举办1场安排 comes to 12 a year; 储备粮库存质量检查 ≥6次 noted
每季度检查1次, to 4. The target cannot be met as the note plans it: one of the two is wrong. Only a
note that says a cadence through the whole year: not one naming part of it (下半年, 汛期, 5—9月), a
number of periods (共10个月) or a total of its own (合计, 全年共), which may rightly differ, nor one per
place or head (每个乡镇每月1场, 6个社区×每月1场), which the count multiplies; nor a floor or more besides (每月至少1场,
另在节点集中开展, 随时召开), nor the rate of another deed (督查检查 noted 每季度通报1次).

Variant ``note_more``: the other way round, a value half or less of what its own note plans (服务机构督导检查
≥1次 noted 按季度…开展督导检查, 保密知识抽查频次 每年1次 noted 按季度…抽查): the target is set under the work planned.
按月, 按季度 with no figure is once a period, and the note's last word must be the name's deed (检查, 抽查).

A count per place (市政消火栓巡检 ＝4次/座 noted 680座，每月1次) is the rounds each place has a year, read against
the note's cadence as a count is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, note_hit
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import CEILING_OPS, parse_value

NAME = "note-cadence"
SCOPES = ("indicator",)
VARIANTS = ("default", "note_more")
# a target under its note's plan may be a floor kept low on purpose: a notice
LEVELS = {"note_more": Severity.INFO}
PLACEHOLDERS = ROW_PLACEHOLDERS + ("note", "yearly")
ROW_PURE = True  # check_row reads only the row (see Engine._check_rows)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# 每月1场, 每季度检查1次, 每周开展2次: the period, what is done, and the figure with its unit
_CADENCE = lazy_pattern(r"每(?P<period>个月|季度|半年|月|季|周|年)(?P<deed>[\u4e00-\u9fff]{0,8}?)"
                        r"(?P<figure>[0-9一二两三四五六七八九十]+(?:场次|场|次|期|批|轮))")
# a part of the year, a count of periods or a total of its own: the year's figure is not the cadence's;
# nor is it for a cadence per place or head (每个乡镇每月1场, 各村每季度1次, 每人每年1次, 6个社区×每月1场),
# which the count multiplies
_PART_OF_YEAR = lazy_pattern(r"上半年|下半年|汛期|旺季|淡季|寒假|暑假|学期|起|至|[—~-]|共|合计|累计|全年|个月内|[0-9]+个月|"
                             r"每(?!个月|季度|半年|月|季|周|年)|各|[×*]")
# a floor, or more besides the cadence (每月至少1场, 每季度不少于1次, 另在节点集中开展, 视情况增加, 随时召开)
_AT_LEAST = lazy_pattern(r"至少|不少于|不低于|以上|另|加密|增加|随时|不定期|视情")
# the usual verbs of doing it: any other deed in the note is of another thing (每季度通报1次 of 督查检查)
_GENERIC_DEEDS = lazy_pattern(r"开展|举办|组织|进行|实施|安排|举行")
# 按月检查, 按季度…开展抽查: once a period, the deed being the note's last two characters
_BY_PERIOD = lazy_pattern(r"^按(?P<period>个月|季度|半年|月|季|周)(?![0-9一二两三四五六七八九十])")
_DEED_UNITS = ("次", "场", "场次", "期", "批", "轮")
_CLAUSES = lazy_pattern(r"[，,、；;。]")
# a floor a little under the plan leaves room (≥10场 for 每月1场); half of it or less is another figure
_FAR_MORE = 2
_PER_YEAR = {"个月": 12, "月": 12, "季度": 4, "季": 4, "半年": 2, "周": 52, "年": 1}
_SAME_UNIT = {"场次": "场"}
# the places a count per place is of (＝4次/座): each has the note's cadence (680座，每月1次)
_PLACES = ("座", "处", "个", "台", "套", "栋", "幢", "口", "眼", "站", "点")


def _yearly_value(row: Row) -> tuple[Decimal, str] | None:
    """The value as a count a year with its unit: ≥4次, or 每年1次 (read as 1 次/年)."""
    parsed = row.parsed
    if parsed.number is None or parsed.op in CEILING_OPS:
        return None
    if parsed.kind == "count":
        return parsed.number, parsed.unit or ""
    if parsed.kind == "per_unit" and (parsed.unit or "").endswith("/年"):
        return parsed.number, (parsed.unit or "")[:-2]
    return None


def _once_a_period(row: Row, note: str, unit: str) -> Decimal | None:
    """How many a year a note's 按月, 按季度 plans, if it is one clause whose last two characters are the
    name's deed (not 按月巡查，发现问题及时维修 of 维修, nor 按季度检查、年终考核 of 考核)."""
    by_period = _BY_PERIOD.search(note)
    if by_period is None or unit not in _DEED_UNITS or _CLAUSES.search(note.rstrip("。；; ")):
        return None
    if _PART_OF_YEAR.search(note) or _AT_LEAST.search(note):
        return None
    deed = note.rstrip("。；; ")[-2:]
    if len(deed) < 2 or deed not in row.name:
        return None
    return Decimal(_PER_YEAR[by_period.group("period")])


def _counted(row: Row) -> tuple[Decimal, str] | None:
    """The value as a count with its unit: ≥15场, or the rounds each place has (市政消火栓巡检 ＝4次/座, read as 4次:
    the note's cadence is each place's, 680座，每月1次); not a ceiling."""
    parsed = row.parsed
    if parsed.number is None or parsed.op in CEILING_OPS:
        return None
    if parsed.kind == "count":
        return parsed.number, parsed.unit or ""
    if parsed.kind == "per_unit" and parsed.unit is not None:
        rounds, _, place = parsed.unit.partition("/")
        if rounds in _DEED_UNITS and place in _PLACES:
            return parsed.number, rounds
    return None


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    note = row.indicator.note
    parsed = row.parsed
    if not note:
        return
    value = _yearly_value(row)
    if value is not None:
        planned = _once_a_period(row, note, value[1])
        if planned is not None:
            if planned >= value[0] * _FAR_MORE:
                yield note_hit(row, "note_more", LEVELS["note_more"], yearly=f"{decimal_text(planned)}{value[1]}")
            return
    counted = _counted(row)
    if counted is None:
        return
    if "每" not in note:
        return  # most notes give no cadence
    cadence = _CADENCE.search(note)
    if cadence is None or _PART_OF_YEAR.search(note) or _AT_LEAST.search(note):
        return
    deed = _GENERIC_DEEDS.sub("", cadence.group("deed"))
    if deed and deed not in row.name:
        return
    each = parse_value(cadence.group("figure"))
    if each.number is None or _SAME_UNIT.get(each.unit or "", each.unit) != _SAME_UNIT.get(counted[1], counted[1]):
        return
    yearly = each.number * Decimal(_PER_YEAR[cadence.group("period")])
    if yearly < counted[0]:
        yield note_hit(row, "default", yearly=f"{decimal_text(yearly)}{each.unit}")
    elif yearly >= counted[0] * _FAR_MORE:
        yield note_hit(row, "note_more", LEVELS["note_more"], yearly=f"{decimal_text(yearly)}{each.unit}")

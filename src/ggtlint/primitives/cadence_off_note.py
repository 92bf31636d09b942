"""cadence-off-note: an indicator's cadence against the one another line's 备注 costs the same work at.

重点排污口水质监测频次 每季度1次 beside the cost line 重点排污口水质监测费 noted 按120个×每年2次×每点次1200元 (audit
40's b450): the quality row promises four rounds a year, the money pays for two. The table gives one piece of work two
cadences: one of them is wrong.

Read: a row (not a cost line) whose value is a cadence over a whole period (每季度1次, 每月≥2次, 每年2次); a row whose
note gives exactly one cadence (每年2次, 每季度检查1次) and names no other period, season or extra rounds (丰水期, 汛期,
另…加密, 其中 part of the points), nor a range (每年一到两次). The two names hold the same deeds (监测, 巡查, 保洁 …; a
deed one holds alone, 维护 of 监测设备维护费, is other work) and, the deed and generic words (频次, 费, 经费 …) set aside, the same object (重点排污口水质 in both) or one sharing three characters in a row
(水质 alone is not enough: 饮用水水源地水质监测 is another monitoring). Told when the counts a year disagree: an exact
cadence other than the note's, a floor above it, a ceiling under it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, \
    is_frequency, longest_run, name_stem, row_hit
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import CEILING_OPS, chinese_numeral

NAME = "cadence-off-note"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("yearly", "note_name", "note", "note_cadence", "note_yearly")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_PER_YEAR = {"年": 1, "半年": 2, "季度": 4, "季": 4, "月": 12, "个月": 12, "周": 52}
# a cadence in a note: 每年2次, 每季度检查1次 (a few characters of the deed between, no numeral nor range word: 每年
# 一到两次 is a range, not 两次: re-read s28 A)
_NOTE_CADENCE = lazy_pattern(r"每(?P<period>个月|季度|半年|月|季|周|年)"
                             r"(?:(?![一二两三四五六七八九十到至或])[\u4e00-\u9fff]){0,4}?"
                             r"(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:次|轮)")
# any period a note names: a second one (其中40个每季度1次, 每天, 每旬) leaves the note's cadence not the only one
_ANY_PERIOD = lazy_pattern(r"每(?:个)?(?:年|半年|季度|季|月|周|旬|天|日)")
# seasons, parts of the year and rounds besides the cadence: the year's count is not the cadence's
_NOT_WHOLE_YEAR = lazy_pattern(r"丰水期|枯水期|平水期|汛期|上半年|下半年|旺季|淡季|[春夏秋冬]季|采暖期|至少|不少于|以上|另|"
                               r"加密|增加|随时|不定期|视情|其中|[0-9]+个月|共|合计|累计")
# the deeds a cadence is given for
_DEEDS = ("监测", "检测", "采样", "巡查", "巡护", "巡检", "检查", "抽查", "督导", "随访", "维护", "保养", "养护", "保洁",
          "清扫", "清运", "清掏", "消杀", "评估", "演练", "校准", "检定")
# words naming the row's kind, not its object
# (劳务 added after the held-out 河道巡查劳务费 was missed against 河道巡查频次)
_GENERIC = ("频次", "频率", "次数", "服务费", "劳务", "经费", "费用", "补助", "资金", "工作", "开展", "费")
_SAME_OBJECT = 3  # characters in a row two objects share: 水质 alone is every water monitoring's


def _note_cadence(note: str) -> tuple[str, Decimal] | None:
    """The note's one cadence over the whole year (每年2次 → ('每年2次', 2)), or None."""
    if "每" not in note or len(_ANY_PERIOD.findall(note)) != 1 or _NOT_WHOLE_YEAR.search(note):
        return None
    found = _NOTE_CADENCE.search(note)
    if found is None:
        return None
    n = found.group("n")
    count = int(n) if n.isdigit() else chinese_numeral(n)
    if not count:
        return None
    return found.group(0), Decimal(count) * _PER_YEAR[found.group("period")]


def _object(name: str, deed: str) -> str:
    return name_stem(name, (deed,) + _GENERIC)


def _same_work(a: str, b: str) -> bool:
    """Whether two names hold the same deeds and the same object, or objects sharing three characters in a row (a
    deed one name holds alone is other work: 重点排污口水质监测设备维护费's 每季度维护1次 is no monitoring's cadence)."""
    if [deed in a for deed in _DEEDS] != [deed in b for deed in _DEEDS]:
        return False
    for deed in _DEEDS:
        if deed in a and deed in b:
            first, second = _object(a, deed), _object(b, deed)
            return first == second or longest_run(first, second) >= _SAME_OBJECT
    return False


def _yearly(row: Row) -> Decimal | None:
    parsed = row.parsed
    per = _PER_YEAR.get(parsed.per or "")
    if per is None or parsed.number is None or not is_frequency(row):
        return None
    return parsed.number * per


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each cadence disagreeing with the one cadence a note gives the same work."""
    noted = []
    for row in ctx.rows:
        note = row.indicator.note
        if note and "每" in note:
            cadence = _note_cadence(note)
            if cadence is not None:
                noted.append((row, note, *cadence))
    if not noted:
        return  # most tables: no note gives a cadence
    for row in ctx.rows:
        if is_cost(row) or not any(deed in row.name for deed in _DEEDS):
            continue
        yearly = _yearly(row)
        if yearly is None:
            continue
        matches = [item for item in noted if item[0] is not row and _same_work(row.name, item[0].name)]
        if len({item[3] for item in matches}) != 1:
            continue  # no note of this work, or notes giving it two cadences
        other, note, cadence, note_yearly = matches[0]
        op = row.parsed.op
        off = note_yearly > yearly if op in CEILING_OPS else note_yearly < yearly if op in ("≥", ">") \
            else note_yearly != yearly
        if off:
            yield row_hit(row, yearly=decimal_text(yearly), note_name=other.name, note=note, note_cadence=cadence,
                          note_yearly=decimal_text(note_yearly))

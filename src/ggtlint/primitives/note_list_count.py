"""note-list-count: a count of items, kinds or sorts against the items its own note lists.

An indicator 免除基本殡葬服务项目 ＝3项 noted 遗体接运、暂存、火化、骨灰寄存 lists four services and counts three;
覆盖行业 ＝4类 noted 公交、景区、医疗、文体、餐饮 lists five; 补贴对象类别 ＝3类 noted 城乡低保家庭、特困供养人员
lists two. The count and its own list state one thing twice, and they disagree: one of them is wrong.

Read only where the note plainly enumerates: the whole note a 、-separated list, or the list after 包括, 含, 即 or a
colon up to the end of its clause, and not after words naming a selection (重点检查：, 主要包括: some of the
items). Each item is short (at most twelve characters, brackets set aside), holds no figure and no 和, 及, 与, 或 (a
pair read as one item or two); a list with 等, 其他, 其中 or 若干 is open and not read. The value
is a plain count in 项, 类 or 种: told when exact (＝) and not the list's size, or a floor (≥) above it.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit

NAME = "note-list-count"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("listed", "size")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
ROW_PURE = True
compile = compile_identity

_UNITS = ("项", "类", "种")
_BRACKETS = lazy_pattern(r"[（(][^（）()]{0,30}[)）]")
# where a list starts inside a longer note: 包括A、B, 含A、B, 即A、B, 服务项目：A、B
_LEAD = lazy_pattern(r"包括|含|即|[：:]")
# a lead naming a selection, not the whole (重点检查：A、B、C of ≥5项; 主要包括A、B): the list is open
_SOME = lazy_pattern(r"重点|主要|例如|比如|诸如|部分|突出|优先")
# what ends the list's clause
_END = lazy_pattern(r"[，,。；;！!？?\s]")
# an open list, or one item that may be two
_OPEN = lazy_pattern(r"等|其他|其它|其中|若干|以及|[和及与或]|[0-9０-９]")
# a count the note says of its own list (A、B、C三类): set aside, the list is counted
_OWN_COUNT = lazy_pattern(r"(?:共|计)?[一二两三四五六七八九十]+(?:项|类|种|个)$")


def _listed(note: str) -> list[str] | None:
    """The items the note plainly enumerates, or None."""
    text = _BRACKETS.sub("", note).strip().rstrip("。；;")
    if "、" not in text:
        return None
    first = text.index("、")
    leads = [lead for lead in _LEAD.finditer(text) if lead.end() <= first]
    if leads:
        clause = max((m.end() for m in _END.finditer(text, 0, leads[-1].start())), default=0)
        if _SOME.search(text, clause, leads[-1].end()):
            return None
        text = text[leads[-1].end():]  # the last lead before the list
    elif _END.search(text):
        return None  # no lead, and the note is more than a list
    end = _END.search(text)
    if end is not None:
        text = text[:end.start()]
    items = [_OWN_COUNT.sub("", item).strip() for item in text.split("、")]
    if len(items) < 2 or any(not item or len(item) > 12 or _OPEN.search(item) for item in items):
        return None
    return items


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    note = row.indicator.note or ""
    if parsed.kind != "count" or parsed.unit not in _UNITS or parsed.number is None or "、" not in note:
        return
    if parsed.op not in ("=", "≥"):
        return
    items = _listed(note)
    if items is None:
        return
    size = len(items)
    if (parsed.op == "=" and parsed.number != size) or (parsed.op == "≥" and parsed.number > size):
        yield row_hit(row, listed="、".join(items), size=str(size))

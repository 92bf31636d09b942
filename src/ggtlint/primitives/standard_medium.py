"""standard-medium: a standard cited for an indicator of another medium (air, water, noise, soil).

治理后尾矿库周边地表水总锰达标率 noted 按GB 3096—2008《声环境质量标准》, or 出境断面水质 达到Ⅱ类 noted 按GB 3095—2012
《环境空气质量标准》: the standard named governs another medium than the indicator measures, so the target has no
basis it can be checked against (the note was copied from another line).

The standard's medium is read from its number (GB 3838 地表水, GB 3095 环境空气, GB 3096 声环境, …) or, for a number
not listed, from its title in 《》 when the title names one medium; a standard of two media (GB 18918, a sewage
plant's effluent and its boundary's air) is not read. The indicator's medium is read from its name; a
name of two media, or a note citing a standard of the name's own medium beside another, is not judged.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit

NAME = "standard-medium"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("standard", "medium", "standard_medium", "medium_en", "standard_medium_en")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
ROW_PURE = True
compile = compile_identity

# as a message names them: 衡量的是水质, 却是空气（废气）的标准 (水 and 大气 alone read as the things, not what is measured)
_ZH = {"water": "水质", "air": "空气（废气）", "noise": "噪声", "soil": "土壤"}
_EN = {"water": "water", "air": "air", "noise": "noise", "soil": "soil"}
# national standards of one medium each (leachate and incineration standards, of two, are left out)
_NUMBERED = {"3838": "water", "14848": "water", "5749": "water", "3097": "water", "8978": "water",
             "3095": "air", "16297": "air", "37822": "air", "13271": "air", "14554": "air", "13223": "air",
             "3096": "noise", "12348": "noise", "12523": "noise", "22337": "noise",
             "15618": "soil", "36600": "soil"}
# standards of two media, not judged by their number nor their title: GB 18918 (城镇污水处理厂污染物排放标准) sets the
# plant's effluent and its boundary's air (厂界恶臭)
_SEVERAL = frozenset({"18918"})
_STANDARD = lazy_pattern(r"GB(?:/T)?\s*(?P<num>[0-9]{4,5})(?:\s*[—–\-]\s*[0-9]{4})?\s*(?:《(?P<title>[^《》]{2,40})》)?"
                         r"|《(?P<bare>[^《》]{2,40}标准)》")
# what the words of a name or a standard's title tell of its medium
_MEDIUM_WORDS = (
    ("water", lazy_pattern(r"水质|地表水|地下水|饮用水|水源|断面|污水|出水|水污染|水环境|海水|氨氮|总磷|化学需氧量|"
                           r"溶解氧|高锰酸盐")),
    ("air", lazy_pattern(r"空气|大气|废气|排气筒|烟气|PM2\.5|PM10|颗粒物|二氧化硫|二氧化氮|臭氧|非甲烷总烃|VOCs|"
                         r"挥发性有机物|扬尘|恶臭")),
    ("noise", lazy_pattern(r"噪声|声环境|分贝|dB")),
    ("soil", lazy_pattern(r"土壤|农用地|建设用地")),
)


def _media(text: str) -> set[str]:
    return {medium for medium, words in _MEDIUM_WORDS if words.search(text)}


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    """The row when its name is of one medium and every standard its note or value cites is of another."""
    cited = f"{row.indicator.note or ''} {row.value}"
    if "GB" not in cited and "《" not in cited:
        return
    own = _media(row.name)
    if len(own) != 1:
        return
    (medium,) = own
    standards = []
    for match in _STANDARD.finditer(cited):
        if match.group("num") in _SEVERAL:
            continue
        title = match.group("title") or match.group("bare") or ""
        by_title = _media(title)
        known = _NUMBERED.get(match.group("num") or "")
        of = known or (next(iter(by_title)) if len(by_title) == 1 else None)
        if of is not None:
            standards.append((of, match.group(0).strip()))
    if not standards or any(of == medium for of, _ in standards):
        return
    of, shown = standards[0]
    yield row_hit(row, standard=shown, medium=_ZH[medium], standard_medium=_ZH[of], medium_en=_EN[medium],
                  standard_medium_en=_EN[of])

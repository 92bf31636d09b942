"""note-listed-amounts: a cost line over the amounts its own note lists, one for each of the things it counts.

尾矿库坝体加固及截排水工程费 ≤742万元 noted 2座，长兴库452万元、木树库330万元 (audit 40's b454): the note gives the
two reservoirs' amounts, 782万元 together, over the line's cap. The line and its own note state one sum twice, and
they disagree: one of them is wrong.

Read only where the note plainly lists: a count of things first (2座, 3个, 两处, 2栋, 3段) and a comma or colon,
then exactly that many items, each a name (its number may lead: 1号厂房) and one amount of money (长兴库452万元),
、 or ， between them and nothing else; not the money's sources or parts (其中中央资金452万元、省级330万元), nor a
price for each (每间15万元, 单口20万元). The value
is an amount of money in the cost block: told when the items add up to more than a ceiling (≤, <), or to another sum
than an exact amount (＝ or none).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, note_hit
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import CEILING_OPS

NAME = "note-listed-amounts"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("note", "count", "listed")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
ROW_PURE = True  # check_row reads only the row
compile = compile_identity

# the count the note opens with, then its list (2座，长兴库452万元、木树库330万元)
_HEAD = lazy_pattern(r"^\s*(?:按|共|计)?(?P<n>[0-9]{1,2}|[一二两三四五六七八九十])(?P<unit>[个座处所家项台套条宗块栋幢段口间])"
                     r"[，,：:]\s*(?P<items>[^，,：:；;。]+(?:[、，,][^、，,：:；;。]+)+)[。；;]?\s*$")
# one item: a name with no figure but its number (长兴库, 1号厂房), and one amount of money (长兴库452万元)
_ITEM = lazy_pattern(r"(?P<name>(?:[0-9]{1,3}号)?[\u4e00-\u9fffA-Za-z（）()]{1,16})(?P<amount>[0-9]+(?:\.[0-9]+)?)(?P<money>万元|元)")
_SEPARATOR = lazy_pattern(r"[、，,]")
# items that are the money's sources or parts, not the things counted (其中中央资金452万元、省级330万元), or a price
# for each of them (2间，每间15万元、公共部位5万元: 35万元, not 20)
_NOT_THINGS = lazy_pattern(r"其中|资金|配套|补助|中央|省级|市级|州级|县级|区级|自筹|结转|预留|不可预见"
                           r"|每|单[个座处所家项台套条宗块栋幢段口间]")
_CHINESE_COUNT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_YUAN = {"万元": Decimal(10000), "元": Decimal(1)}
_EXACT_OPS = ("=", None)


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    note, parsed = row.indicator.note, row.parsed
    if not note or parsed.kind != "money" or parsed.yuan is None or not is_cost(row):
        return
    if parsed.op not in CEILING_OPS and parsed.op not in _EXACT_OPS:
        return  # a floor (≥) may be passed
    head = _HEAD.match(note)
    if head is None or _NOT_THINGS.search(head.group("items")):
        return
    count = _CHINESE_COUNT.get(head.group("n")) or int(head.group("n"))
    items = [_ITEM.fullmatch(item.strip()) for item in _SEPARATOR.split(head.group("items"))]
    if len(items) != count or count < 2 or any(item is None for item in items):
        return  # not one amount for each thing counted
    total = sum((Decimal(item.group("amount")) * _YUAN[item.group("money")] for item in items if item), Decimal(0))
    if total > parsed.yuan or (parsed.op in _EXACT_OPS and total != parsed.yuan):
        unit = "万元" if all(item and item.group("money") == "万元" for item in items) else "元"
        shown = total / _YUAN[unit]
        yield note_hit(row, "default", count=head.group("n") + head.group("unit"),
                       listed=f"{decimal_text(shown)}{unit}")

"""unit-column: the unit inside 指标值 must agree with the 计量单位 column.

"28.8万元" with 计量单位 "%" is a contradiction, and so is "≤1350万元" with 计量单位 "元": read by
the column, the amount is 10,000 times off. 月 and 个月 agree, as do 日 and 天, and 工作日 and 个工作日;
人 and 人次 only when written the same; and a unit with 万 or 亿 in front (计量单位 万亩 over ≥1.5, read as 15000亩) agrees
with the unit itself (not 万元 with 元: money has a unit of its own for each scale); a column naming
the unit's variant in brackets (台（套）) agrees with the unit before it (≥6台); and so does a column of the
unit a rate per period is counted in when the name says the period (每周免费开放时间, 每周不少于42小时, 小时).

Two scales of money (≤5万元 or 20-30万元 under a column of 元) are the ``money_scale`` variant, a
warning: the value says plainly what it means, but a system that reads the figure by the column is 10,000
times off, so the two must still be made to agree. Any other conflict (28.8万元 under %) is an
error: the target's meaning is unknown. With no column, a scale of money the name ends on in brackets
(贴息资金（万元） over ≤2100000元) is the ``name_unit`` variant, a warning as ``money_scale``; other
brackets in a name (补助学生人次（两个学期）) are no unit column and are left alone. A price per period the name
ends on in brackets (随访补助标准（元/人·年） over ＝300元/人·月) held against a value per another period is the
``name_period`` variant, a warning: a year's and a month's amounts differ many times over; per the same period in
another scale of money (（元/人·月） over ≤0.02万元/人·月) it is ``name_unit``.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit
from ggtlint.values.lexicon import without_variant
from ggtlint.values.normalize import decimal_text, normalize
from ggtlint.lazyregex import lazy_pattern

NAME = "unit-column"
SCOPES = ("indicator",)
VARIANTS = ("default", "money_scale", "name_unit", "name_period")
LEVELS = {"money_scale": Severity.WARNING, "name_unit": Severity.WARNING, "name_period": Severity.WARNING}
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("column", "unit"),
                "money_scale": ROW_PLACEHOLDERS + ("column", "unit", "figure", "factor_zh", "factor_en"),
                "name_unit": ROW_PLACEHOLDERS + ("column", "unit", "figure", "factor_zh", "factor_en"),
                "name_period": ROW_PLACEHOLDERS + ("column", "unit")}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity
_FAMILIES = ({"%", "％", "百分比"}, {"月", "个月"}, {"日", "天"}, {"工作日", "个工作日"})
_MONEY = {"元": 1, "千元": 1_000, "万元": 10_000, "亿元": 100_000_000}
_NAME_MONEY_UNIT = lazy_pattern(r"[（(](元|千元|万元|亿元)[）)]$")
# a price per period a name ends on (（元/人·年）, （元/人/年）, （元/年）), and the period a value's price is per (人·月,
# 人/月 as 每人每月 is read, 月)
_NAME_PRICE_UNIT = lazy_pattern(r"[（(]((?:元|千元|万元)/(?:[^（）()·/]{1,3}[·/])?(年|月|季度|季|天|日|周))[）)]$")
_PERIOD_OF_PER = lazy_pattern(r"(?:^|[·/])(年|月|季度|季|天|日|周)$")
_SAME_PERIOD = {"日": "天", "季": "季度"}


def _times_zh(factor: int) -> str:
    """10000 as an officer says it: 1万 (10万, 1亿); under 10,000 as written."""
    if factor >= 100_000_000:
        return f"{factor // 100_000_000}亿"
    return f"{factor // 10_000}万" if factor >= 10_000 else str(factor)


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if any(a in family and b in family for family in _FAMILIES):
        return True
    if a in _MONEY and b in _MONEY:
        return False  # ≤1350万元 under a column of 元: 10,000 times off when read by the column
    # 万亩 over 亩, 万人次 over 人次: the column's multiple was read into the figure
    return len(a) > 1 and a[0] in "万亿千" and a[1:] == b or len(b) > 1 and b[0] in "万亿千" and b[1:] == a


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    column = (row.indicator.unit or "").strip()
    written = row.parsed.unit
    if not column and written in _MONEY:
        yield from _name_unit(row, written)
        return
    if not column and row.parsed.kind == "per_unit":
        yield from _name_period(row)
        return
    if not column or not written:
        return
    if _same(column, written):
        return
    if _same(without_variant(normalize(column)), written):
        return  # a column naming the unit's variant in brackets (台（套）) counts in the unit before it
    per = row.parsed.per
    if per and f"每{per}" in row.name and _same(column, written.split("/")[0]):
        return  # 每周免费开放时间 over 每周不少于42小时 in 小时: the name says per week, the column the hours
    figure = _figure(row.parsed)
    if column in _MONEY and written in _MONEY and figure is not None:
        yield row_hit(row, variant="money_scale", severity=LEVELS["money_scale"], column=column, unit=written,
                      figure=figure, **_money_scale(column, written))
        return
    yield row_hit(row, column=column, unit=written)


def _money_scale(column: str, written: str) -> dict[str, str]:
    factor = max(_MONEY[column], _MONEY[written]) // min(_MONEY[column], _MONEY[written])
    return {"factor_zh": _times_zh(factor), "factor_en": f"{factor:,}"}


def _name_unit(row: Row, written: str) -> Iterator[Hit]:
    """贴息资金（万元） over ≤2100000元: the name's own unit of money, read by a system as the column's."""
    match = _NAME_MONEY_UNIT.search(row.name.strip())
    figure = _figure(row.parsed)
    if match is None or match.group(1) == written or figure is None:
        return
    column = match.group(1)
    yield row_hit(row, variant="name_unit", severity=LEVELS["name_unit"], column=column, unit=written,
                  figure=figure, **_money_scale(column, written))


def _name_period(row: Row) -> Iterator[Hit]:
    """随访补助标准（元/人·年） over ＝300元/人·月: the name's price per a year, the value's per a month."""
    named = _NAME_PRICE_UNIT.search(row.name.strip())
    per = _PERIOD_OF_PER.search(row.parsed.per or "")
    if named is None or per is None:
        return
    if _SAME_PERIOD.get(named.group(2), named.group(2)) != _SAME_PERIOD.get(per.group(1), per.group(1)):
        yield row_hit(row, variant="name_period", severity=LEVELS["name_period"], column=named.group(1),
                      unit=row.parsed.unit or "")
        return
    # the same period, another scale of money (（元/人·月） over ≤0.02万元/人·月): 10,000 times off, as 贴息资金（万元）
    named_money, written_money = named.group(1).split("/")[0], (row.parsed.unit or "").split("/")[0]
    figure = _figure(row.parsed)
    if named_money != written_money and written_money in _MONEY and figure is not None:
        yield row_hit(row, variant="name_unit", severity=LEVELS["name_unit"], column=named.group(1),
                      unit=row.parsed.unit or "", figure=figure, **_money_scale(named_money, written_money))


def _figure(parsed: Any) -> str | None:
    """The figure as written, for a bound (≤5万元: 5) or a range (20-30万元: 20-30)."""
    if parsed.number is not None:
        return decimal_text(parsed.number)
    if parsed.kind == "range" and parsed.low is not None and parsed.high is not None:
        return f"{decimal_text(parsed.low)}-{decimal_text(parsed.high)}"
    return None

"""bounded-pair: an amount above the amount of the same projects or firms that bounds it.

Some money figures can never exceed another of the same scope: money arrived (到位资金) is part of the money signed
for (签约投资) for the same projects, and the tax firms pay (税收) is part of what they sell or make (产值, 营业收入).
签约项目实际到位资金 ≥60亿元 beside 签约项目投资总额 ≥50亿元, or 园区入驻企业新增税收 ≥1.5亿元 beside 入驻企业年产值
≥1.2亿元, disagree: reaching the first needs at least as much of the second, which asks less (most often a 万元
figure taken for 亿元, or a figure copied from a wider total).

Only two indicator rows are read (the goal restates them), both money, not cost rows. The bounded row (到位, 税收)
must be a floor or exact figure, and the bounding row (签约…投资/总额/金额, 产值/营业收入/销售收入) a floor, exact or ceiling.
They must plainly be of the same scope: the bounded row's subject (its name before the keyword, time words and 实际
set aside; 合同金额 read whole, so 新签约项目合同金额's subject is 新签约项目) is the bounding row's or narrows it with
words naming no wider place (园区 of 园区入驻企业 for 入驻企业; not 全县, 全市) and adding no other projects (签约及续建项目:
及, 和, 续建, 在建); a 到位 row naming no subject (实际到位资金: every project's, signed this year or before) is left
alone. A row over several years (累计, 历年, 三年) is no year's figure, and a new tax (新增税收) is read only against
a whole output (年产值) or a new one, never a whole tax against a new output.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, NamedTuple

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, row_hit, \
    plain_name
from ggtlint.lazyregex import lazy_pattern

NAME = "bounded-pair"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("bound_name", "bound_value", "relation", "relation_en")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_FLOORS = ("≥", "=", "＝", ">")
_BOUNDS = ("≥", "=", "＝", "≤", "<")


class _Family(NamedTuple):
    """A pair of quantities: the bounded one's keyword, the bounding one's, what set aside to read each subject,
    and the relation for the message (Chinese and English)."""

    lower: re.Pattern[str]
    upper: re.Pattern[str]
    upper_needs: re.Pattern[str]
    drop: re.Pattern[str]
    relation: str
    relation_en: str


_FAMILIES = (
    # money arrived is part of the money signed for: 签约项目实际到位资金 ≤ 签约项目投资总额
    _Family(lazy_pattern(r"到位"), lazy_pattern(r"合同金额|合同额|投资|总额|金额|资金|签约额"), lazy_pattern(r"签约"),
            lazy_pattern(r"签约|实际|全年|当年|年度|本年"), "到位资金 ≤ 签约投资",
            "money arrived ≤ money signed"),
    # the tax firms pay is part of what they make or sell: 入驻企业新增税收 ≤ 入驻企业年产值
    _Family(lazy_pattern(r"税收|纳税|缴税|税金"), lazy_pattern(r"产值|营业收入|销售收入|主营业务收入|营收|销售额"),
            lazy_pattern(r""), lazy_pattern(r"新增|实现|带动|预计|全年|当年|年度|本年|年"), "税收 ≤ 产值（营业收入）",
            "tax ≤ output or revenue"),
)
# a figure over several years or a stock is no year's figure to set against another
_MANY_YEARS = lazy_pattern(r"累计|历年|总计|[0-9两三四五]年|20[0-9]{2}")
# words widening a subject past the bounding row's (全县入驻企业 is more than the project's 入驻企业; 签约及续建项目
# adds other projects to the signed ones)
_WIDER = lazy_pattern(r"全|[县市省州]|各|所有|域|[及和与、]|续建|在建")
_NEW = lazy_pattern(r"新增|增加")


def _subject(name: str, key: re.Pattern[str], drop: re.Pattern[str]) -> str | None:
    """The row's subject: its name before the keyword, time words set aside; None without the keyword."""
    found = key.search(name)
    if found is None:
        return None
    return drop.sub("", name[:found.start()])


def _same_scope(lower: str, upper: str) -> bool:
    """Whether the bounded row's subject is the bounding row's, or that narrowed by words naming no wider place."""
    if not upper or not lower.endswith(upper):
        return False
    return _WIDER.search(lower[:len(lower) - len(upper)]) is None


def _money(ctx: TableContext) -> list[tuple[Row, str]]:
    return [(row, plain) for row in ctx.rows
            if not is_cost(row) and row.parsed.kind == "money" and row.parsed.yuan is not None and row.parsed.yuan > 0
            for plain in (plain_name(row.name),) if not _MANY_YEARS.search(plain)]


# the bounded rows' keywords as plain text: most tables name none, and are left before any name is read further
_LOWER_WORDS = ("到位", "税收", "纳税", "缴税", "税金")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if not any(word in row.name for row in ctx.rows for word in _LOWER_WORDS):
        return
    rows = _money(ctx)
    if len(rows) < 2:
        return
    for family in _FAMILIES:
        for low, low_name in rows:
            if low.parsed.op not in _FLOORS:
                continue
            low_subject = _subject(low_name, family.lower, family.drop)
            if low_subject is None:
                continue
            for high, high_name in rows:
                if high is low or high.parsed.op not in _BOUNDS or family.lower.search(high_name) \
                        or not family.upper_needs.search(high_name):
                    continue
                high_subject = _subject(high_name, family.upper, family.drop)
                if high_subject is None or not _same_scope(low_subject, high_subject):
                    continue
                if _NEW.search(high_name) and not _NEW.search(low_name):
                    continue  # a whole tax may well exceed a new output
                if low.parsed.yuan > high.parsed.yuan:  # type: ignore[operator]
                    yield row_hit(low, bound_name=high.name, bound_value=high.shown, relation=family.relation,
                                  relation_en=family.relation_en)
                    break

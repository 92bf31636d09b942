"""unit-cost-short: a unit cost line whose price times the output's count is at most half the cost of that work.

Beside 路基路面修复费 ≤336万元 and 修复路基路面 ≥28公里, a line 路基路面修复单位成本 ≤3万元/公里 prices the work at
84万元: a quarter of what the table pays for it, so the unit cost, the count or the amount is wrong (12万元/公里
is the table's own). The price line is a cost line per a unit (元/公里, 万元/座); the output is the one 数量
indicator counted in that unit whose name shares a run of two characters with the price line's; the amount is
the cost line of money (not a price) named most like the price line (two characters in a row at least), and
sharing three in a row with the output's name (not 县级应急广播平台建设费 for 乡镇适配器单价 and 配置乡镇应急广播适配器),
or holding all the output's words in another order (清淤河道 / 河道清淤工程费, s24), a place word of the output's
(农村, 城区, 全县) set aside when the amount names no other place (改造农村户厕 / 户厕改造补助资金, s25); 单盏, 每公里 (单 or 每 with the
price's unit) are cost words like 单价;
the price's name, its cost words set aside, made of the output's and the amount's words (not 小型水库维修养护标准
beside 完成水库安全鉴定 and 水库安全鉴定费); an amount joining another work to it (路基路面修复及附属设施费) pays
for more than the price counts and is left, as is a bare 单价 of the thing alone (路灯单价 beside 安装路灯:
the lamp's own price). Told when price × count is at most half that amount; a price above it is FUND007's.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_cost, is_money_total,
                                     longest_run, made_of, name_stem, row_hit, yuan_text)
from ggtlint.lazyregex import lazy_pattern

NAME = "unit-cost-short"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("count_name", "count_value", "amount_name", "amount_value", "product")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the words of a price line that name no work (单位里程年养护成本: 养护 is the work)
_PRICE_WORDS = ("单位", "长度", "里程", "成本", "造价", "费用", "单价", "标准", "综合", "平均", "年均", "每", "单座", "单个",
                "单处", "单户", "年")
# an output and an amount naming the same work in another word order (清淤河道 / 河道清淤工程费, 安装路灯 / 路灯安装费)
# share no run of three: the output's whole name made of the amount's words, two words at least, pairs them too
_SWAPPED_LEAST = 4
_HALF = Decimal("0.5")
# where the work is done, not what it is (改造农村户厕 is the work 户厕改造补助资金 pays): set aside in the pairing
_PLACE = lazy_pattern(r"农村|乡村|城乡|城区|城镇|城市|县城|全县|全市|全区|全镇|全乡|县域|辖区")
# words saying a price is what a piece of the work costs built or done, not the thing's own price
_BUILT_WORDS = ("造价", "成本", "综合")
# an amount naming the priced work and another joined to it (路基路面修复及附属设施费) pays for more than the price
# counts: each part must share two characters in a row with the price's name (second opinion s23b)
_JOINED = lazy_pattern(r"及|和|与|、|以及|并")
_AMOUNT_WORDS = ("工程费", "费用", "资金", "经费", "费", "工程", "建设", "项目")


def _pays_for_more(amount: str, stem: str) -> bool:
    """Whether the amount's name joins to the price's work another the price does not name."""
    parts = [name_stem(part, _AMOUNT_WORDS) for part in _JOINED.split(amount)]
    return len(parts) > 1 and any(part and longest_run(part, stem) < 2 for part in parts)


def _price_stem(name: str, per: str) -> str:
    """The price line's name with its cost words set aside, and a one-of-its-unit word first (单盏路灯造价, 每公里造价:
    路灯 of 单盏, for a price per 盏), whatever the unit is."""
    return name_stem(name.replace("单" + per, "").replace("每" + per, ""), _PRICE_WORDS)


def _same_work(count: str, amount: str) -> bool:
    """Whether an output and an amount name one work: a run of three characters shared, or the output's words all
    in the amount's name in another order (清淤河道 / 河道清淤工程费), a place word of the output's set aside
    (改造农村户厕 / 户厕改造补助资金, s25) when the amount names no place the output does not."""
    if longest_run(count, amount) >= 3:
        return True
    places = _PLACE.findall(count)
    if any(place not in places for place in _PLACE.findall(amount)):
        return False  # another place's work (城区道路 / 农村道路改造费)
    work = _PLACE.sub("", count)
    return len(work) >= _SWAPPED_LEAST and made_of(work, amount)


def _things_price(name: str, stem: str, count: str, amount: str) -> bool:
    """Whether a price line gives the price of the thing alone: a bare 单价 naming the thing (路灯单价) where the
    output names a deed besides it that the amount pays for (安装路灯, 路灯安装工程费): the lamp's price, not what
    fitting one costs (造价, 成本 say that)."""
    deed = set(count) - set(stem)
    return "单价" in name and not any(word in name for word in _BUILT_WORDS) and len(deed) >= 2 \
        and deed <= set(amount)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    costs = [row for row in ctx.rows if is_cost(row)]
    prices = [row for row in costs if row.parsed.kind == "per_unit" and row.parsed.yuan and row.parsed.per
              and row.parsed.op in ("≤", "<", "=", "＝", None)]
    if not prices:
        return
    amounts = [row for row in costs if is_money_total(row)]
    counts = [row for row in ctx.rows if row.level2 == "数量指标" and row.parsed.number]
    for price in prices:
        stem = _price_stem(price.name, price.parsed.per)
        same_unit = [row for row in counts if row.parsed.unit == price.parsed.per and longest_run(stem, row.name) >= 2]
        if len(same_unit) != 1:
            continue  # no output, or several: which one the price is of is not read
        count = same_unit[0]
        # the amount of the price's own work: named most like the price, then like the output
        ranked = sorted(amounts, key=lambda row: (longest_run(stem, row.name), longest_run(count.name, row.name)),
                        reverse=True)
        if not ranked or longest_run(stem, ranked[0].name) < 2 or not _same_work(count.name, ranked[0].name):
            continue
        amount = ranked[0]
        if _things_price(price.name, stem, count.name, amount.name):
            continue
        if not made_of(stem, count.name + "|" + amount.name) or _pays_for_more(amount.name, stem):
            continue  # the price names work neither gives (小型水库维修养护标准 beside 水库安全鉴定费), or the amount
            # pays for more than the priced work
        product = price.parsed.yuan * count.parsed.number
        if product <= amount.parsed.yuan * _HALF:
            yield row_hit(price, count_name=count.name, count_value=count.value, amount_name=amount.name,
                          amount_value=amount.value, product=yuan_text(product))

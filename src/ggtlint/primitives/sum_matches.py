"""sum-matches: amounts that must add up, with 万元/元 converted before comparing.

Modes:
- ``fund_sources``: 年度资金总额 = 财政拨款 + 其他资金 (a missing 其他资金 counts as 0).
- ``fiscal_levels``: 财政拨款 = 中央 + 省级 + 市级 + 县级 (when a breakdown is given). Levels adding
  up to more is variant ``default`` (error); to less, when only higher levels are listed (其中：中央
  640 of 800), variant ``partial`` (warning): the rest may be the table's own level, not written.
  A breakdown naming the own level (by the department: 县级 for a 县, 州级 or 市级 for a 州 …, or
  本级) claims to be whole: less is ``default``.
  Cost lines named for one level's money (中央膳食补助资金, 省级补助…购置费) adding up to more than
  that level gives: variant ``cost_level`` (warning).
- ``cost_items``: the money totals in the cost block (unit prices, standards and rates
  excluded, and a line named for one of at most half the funds, 人均培训成本 ≤1500元, unless counting
  it makes the sum right) = 年度资金总额; variant ``over`` (error) or ``under`` (warning). Under is not
  reported when the unit prices times their counts make up the difference (4000元/场 × 120场),
  and names the amounts left out because they have no upper bound (≥600000元). When one line
  taken 10,000 times larger or smaller makes the sum right (苗种采购费 ≤72元 in a 万元 table), that
  line is named instead: variant ``unit_slip`` (error). A line that says it includes another
  (大坝维修加固费（含安全监测设施更新）) beside that other line of its own counts the same money
  twice: variant ``double`` (warning), whether or not the sum comes to the funds. Lines marked
  其中 that add up to more than the line above them (其中：火化费 180万 + 其中：接运费 108万 under
  减免资金 270万) are still parts of it, not counted again: variant ``parts_over`` (error).
- ``unit_mix``: the cost items are off from the total by exactly 10,000 — a 万元/元 mix-up.
  ``cost_items`` (and amount-limit's ``item``) leave such tables to this mode, so one mistake
  is reported once.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import partial
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (Hit, Row, TableContext, is_breakdown, is_cost, is_money_total, is_price_for_one,
                                     longest_run, name_stem, yuan_text)
from ggtlint.primitives.pricing import priced_quantities
from ggtlint.lazyregex import lazy_pattern

NAME = "sum-matches"
SCOPES = ("table",)
VARIANTS = ("default", "over", "under", "unit_slip", "partial", "double", "parts_over", "cost_level")
# costs over the total, or some money with no cost; one cost in the wrong unit; fiscal money of no named level
LEVELS = {"over": Severity.ERROR, "under": Severity.WARNING, "unit_slip": Severity.ERROR, "partial": Severity.WARNING,
          "double": Severity.WARNING, "parts_over": Severity.ERROR, "cost_level": Severity.WARNING}
# default is every mode but cost_items: fund_sources gives total, fiscal, other, sum, diff;
# fiscal_levels fiscal, parts, sum, diff; unit_mix total, sum, items, diff, count
PLACEHOLDERS = {"default": ("total", "fiscal", "other", "sum", "diff", "parts", "items", "count"),
                "over": ("total", "sum", "items", "diff", "count", "left_out_zh", "left_out_en"),
                "under": ("total", "sum", "items", "diff", "count", "left_out_zh", "left_out_en"),
                "unit_slip": ("total", "sum", "items", "diff", "count", "name", "value", "meant"),
                "partial": ("fiscal", "parts", "sum", "diff", "unlisted_zh", "unlisted_en", "own_zh", "own_en"),
                "double": ("total", "sum", "items", "diff", "count", "name", "value", "inner", "other", "other_value"),
                "parts_over": ("total", "sum", "items", "diff", "count", "name", "value", "parts", "parts_sum",
                               "parts_diff"),
                "cost_level": ("level", "fund", "items", "sum", "diff")}
# Levels of the fiscal breakdown, as written in 其中 (中央, 省级, 市（州）级, 县级 …). One naming the
# table's own level (县级, 区级, 乡镇, 本级, 市县 配套) says the breakdown is whole; without it the
# rest may be own-level money the officer did not list.
_OWN_LEVEL_WORDS = ("县", "区", "乡", "镇", "本级")
_LEVELS_ZH_EN = (("中央", "central"), ("省级", "provincial"), ("市级", "municipal"), ("县级", "county"))
# The table's own level, from where its department is: (level, in English, the words naming it in a
# breakdown), lowest first. A 州 bureau's own money is 州级 or 市级 (市州级); a county-level 市 or 区
# (都匀市) may write its own as 县级; a township's is 乡镇级 or 本级.
_OWN_LEVELS = (("乡镇", ("乡镇级", "township", ("乡", "镇", "本级"))), ("县", ("县级", "county", ("县", "本级"))),
               ("区", ("区级", "district", ("区", "县", "本级"))), ("市", ("市级", "municipal", ("市", "县", "本级"))),
               ("州", ("州级", "prefecture", ("州", "市", "本级"))), ("省", ("省级", "provincial", ("省", "本级"))))
# Place-name endings, so that 贵州省 is a province, 杭州市 a city and 市场监督管理局 no city at all.
_PLACE_LEVEL = lazy_pattern(r"(自治区|自治州|自治县|街道|[省州县区旗]|市(?![场容貌辖直])"
                            r"|(?<![城])乡(?![村镇])|(?<![城乡])镇(?!(?:宁|远|江|雄|平|安|康)(?:县|市|区|布依族|苗族)))")
_LEVEL_OF = {"自治区": "省", "自治州": "州", "自治县": "县", "旗": "县", "乡": "乡镇", "镇": "乡镇", "街道": "乡镇"}


def _own_level(project: Any) -> tuple[str, str, tuple[str, ...]] | None:
    """The level of government a table belongs to, read from its department (else its implementer
    or region): the lowest level its place names (贵州省黔南州荔波县民政局 → 县级; 黔南州人社局 →
    州级; 贵州省市场监督管理局 → 省级), or None when none says."""
    for part in (project.department, project.implementer, project.region):
        found = set()
        for match in _PLACE_LEVEL.finditer(part or ""):
            mark = match.group(1)
            following = part[match.end():match.end() + 2]
            if mark == "州" and following[:1] in ("市", "省") and following != "市场":
                continue  # 杭州市, 贵州省, 苏州市政府: the 州 is part of a name (not 黔南州市场监督管理局)
            if mark == "市" and part[max(0, match.start() - 1):match.start()] in ("城", "都"):
                continue  # 城市管理局
            found.add(_LEVEL_OF.get(mark, mark))
        for mark, level in _OWN_LEVELS:
            if mark in found:
                return level
    return None
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["mode"],
    "additionalProperties": False,
    "properties": {
        "mode": {"enum": ["fund_sources", "fiscal_levels", "cost_items", "unit_mix"]},
        "tolerance_yuan": {"type": "number", "minimum": 0},
    },
}
def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The tolerance as a Decimal once, not per table."""
    return {**params, "tolerance": Decimal(str(params.get("tolerance_yuan", 0.01)))}
TEN_THOUSAND = Decimal(10000)


def cost_money_rows(ctx: TableContext) -> list[Row]:
    return [row for row in ctx.rows if is_cost(row) and (is_money_total(row) or _is_yearly_total(row))
            and row.parsed.op in ("=", "≤", "<", None, "≈")]


def _is_yearly_total(row: Row) -> bool:
    """A line named as a whole and given per year (平台运维总费用 ≤180000元/年): in a year's table, the year's
    amount (FUND012 leaves it alone too); not a price per year (补助标准 6000元/年, a head's)."""
    parsed = row.parsed
    return parsed.kind == "per_unit" and parsed.per in ("年", "年度") and parsed.yuan is not None \
        and any(word in row.name for word in _TOTAL_LINE)


# words of a line that totals the others (项目总成本, 成本合计, 项目经费总额)
_TOTAL_LINE = ("总成本", "合计", "总计", "小计", "总额", "总经费", "总费用")


def summed_cost_rows(ctx: TableContext, tolerance: Decimal = Decimal("0.01")) -> list[Row]:
    """The money cost lines that add up to the project's cost. A breakdown (其中：专职网格员补贴)
    of the money line above it, its parts not exceeding that line, is part of it; a total line
    first or last in the block (项目总成本, 成本合计) is the others' sum when, left out, the lines
    come to the funds and, counted, do not. Counting either would count the same money twice.
    Worked out once per table (three money rules ask)."""
    key = ("summed_cost_rows", tolerance)
    if key not in ctx.memo:
        ctx.memo[key] = _summed_cost_rows(ctx, tolerance)
    return ctx.memo[key]


def _summed_cost_rows(ctx: TableContext, tolerance: Decimal) -> list[Row]:
    rows = cost_money_rows(ctx)
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    # a price for one (人均培训成本 ≤1500元) is no part of the sum, unless counting it makes the sum the funds
    # (生均公用经费 ＝40万元, a programme's name)
    prices = [row for row in rows if is_price_for_one(row, total)]
    counted = sum((row.parsed.yuan for row in rows), Decimal(0))  # type: ignore[misc]
    if prices and not _close(counted, total, tolerance):  # type: ignore[arg-type]
        rows = [row for row in rows if all(row is not price for price in prices)]
    if not any("其中" in row.name or "总" in row.name or "计" in row.name for row in rows):
        return rows  # most tables: plain cost lines
    dropped: set[int] = set()
    parent: Row | None = None  # the last money line that is no breakdown (a price or a rate between is skipped)
    parts: list[Row] = []

    over: list[tuple[Row, list[Row], Decimal]] = []  # 其中 lines adding up to more than their line

    def close_parts() -> None:
        if parent is None or not parts:
            return
        summed_parts = sum((part.parsed.yuan for part in parts), Decimal(0))  # type: ignore[misc]
        if summed_parts > parent.parsed.yuan + tolerance:  # type: ignore[operator]
            over.append((parent, list(parts), summed_parts))  # said so (``parts_over``), and still parts of it
        dropped.update(id(part) for part in parts)

    summed_ids = {id(row) for row in rows}
    for row in (row for row in ctx.rows if is_cost(row)):  # in table order: a part follows its line
        if id(row) not in summed_ids:
            if is_breakdown(row.name) or row.parsed.kind in ("per_unit", "rate") or row.hint.expects == "per_unit" \
                    or is_price_for_one(row, total):
                continue  # a price or a rate between is skipped
            close_parts()  # a line not summed (≥, no money unit): its parts are nobody else's
            parent, parts = None, []
        elif is_breakdown(row.name):
            if parent is not None:
                parts.append(row)
        else:
            close_parts()
            parent, parts = row, []
    close_parts()
    ctx.memo[("breakdown_over", tolerance)] = over
    kept = [row for row in rows if id(row) not in dropped]
    summed = sum((row.parsed.yuan for row in kept), Decimal(0))  # type: ignore[misc]
    if total is None or _close(summed, total, tolerance):
        return kept
    for row in (kept[0], kept[-1]) if len(kept) > 1 else ():
        if any(word in row.name for word in _TOTAL_LINE) and _close(summed - row.parsed.yuan, total, tolerance) \
                and _close(summed - row.parsed.yuan, row.parsed.yuan, tolerance):  # type: ignore[operator]
            return [other for other in kept if other is not row]
    return kept


def breakdowns_over(ctx: TableContext, tolerance: Decimal = Decimal("0.01")) -> list[tuple[Row, list[Row], Decimal]]:
    """The lines whose 其中 lines add up to more than they do, with those parts and their sum
    (worked out with :func:`summed_cost_rows`, which keeps such parts out of the sum all the same)."""
    summed_cost_rows(ctx, tolerance)
    return ctx.memo.get(("breakdown_over", tolerance), [])


# a cost line naming one level's money: the level then the money (省级补助…购置费, 县级配套…经费), or a
# line of 资金 (中央膳食补助资金); not a thing of that level (县级物流配送中心建设补助), 市政, 县城 or two
# levels (中央和省级补助资金)
_COST_OF_A_LEVEL = lazy_pattern(r"^(中央|[省市州县区](?=级|财政|补助|配套|专项|奖补))级?(?![和及与、])"
                                r"(?:(?=财政|补助|配套|专项|奖补)|.*资金$)")


def _costs_over_their_level(ctx: TableContext, tolerance: Decimal) -> Iterator[Hit]:
    """Cost lines named for one level adding up to more than that level gives (中央补助资金 ＝420万 of
    中央 384万): the money is not costed by its source. Less is a level's money spent on lines
    named otherwise, which is fair."""
    funds = ctx.table.funds
    by_level: dict[str, list[Row]] = {}
    for row in summed_cost_rows(ctx, tolerance):
        match = _COST_OF_A_LEVEL.match(row.name)
        if match is not None:
            by_level.setdefault(match.group(1), []).append(row)
    for mark, rows in by_level.items():
        sources = [(name, value) for name, value in funds.fiscal_sources.items()
                   if value is not None and name.startswith(mark)]
        if len(sources) != 1:
            continue  # the table does not give that level alone: nothing to hold the lines to
        fund = funds.in_yuan(sources[0][1])
        spent = sum((row.parsed.yuan for row in rows), Decimal(0))  # type: ignore[misc]
        if fund is not None and spent > fund + tolerance:
            shown = partial(in_table_unit, funds)
            yield Hit(rows[0].indicator.value_pointer,
                      {"level": sources[0][0], "fund": shown(fund), "sum": shown(spent), "diff": shown(spent - fund),
                       "items": "、".join(f"{row.name} {row.shown}" for row in rows)},
                      value=f"{sources[0][0]}|{spent}", variant="cost_level", severity=LEVELS["cost_level"])


def _close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    return abs(a - b) <= tolerance


def _is_unit_mix(summed: Decimal, total: Decimal, tolerance: Decimal) -> bool:
    return _close(summed * TEN_THOUSAND, total, tolerance) or _close(summed, total * TEN_THOUSAND, tolerance)


def is_unit_mix(ctx: TableContext, tolerance: Decimal = Decimal("0.01")) -> bool:
    """Whether the table's money costs and its total are exactly 10,000 times apart: the 万元/元
    mix-up ``unit_mix`` reports, which other money checks leave to it (one mistake, one finding)."""
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    rows = summed_cost_rows(ctx)
    if not total or not rows:
        return False
    return _is_unit_mix(sum((row.parsed.yuan for row in rows), Decimal(0)), total, tolerance)  # type: ignore[misc]


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    mode = params["mode"]
    tolerance = params["tolerance"]
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    if mode == "fund_sources":
        fiscal, other = funds.in_yuan(funds.fiscal), funds.in_yuan(funds.other)
        if total is None or fiscal is None:
            return
        summed = fiscal + (other or Decimal(0))
        if not _close(total, summed, tolerance):
            shown = partial(in_table_unit, funds)  # the header's amounts as the officer typed them
            yield Hit("/funds/total", {"total": shown(total), "fiscal": shown(fiscal),
                                       "other": shown(other or Decimal(0)), "sum": shown(summed),
                                       "diff": shown(abs(total - summed))}, value=f"{total}|{summed}")
    elif mode == "fiscal_levels":
        fiscal = funds.in_yuan(funds.fiscal)
        amounts = [funds.in_yuan(v) for v in funds.fiscal_sources.values() if v is not None]
        if fiscal is None or not amounts:
            return
        yield from _costs_over_their_level(ctx, tolerance)
        summed = sum(amounts, Decimal(0))
        if not _close(fiscal, summed, tolerance):
            shown = partial(in_table_unit, funds)
            parts = " + ".join(f"{name} {shown(funds.in_yuan(v))}" for name, v in funds.fiscal_sources.items()
                               if v is not None)
            values = {"fiscal": shown(fiscal), "parts": parts, "sum": shown(summed), "diff": shown(abs(fiscal - summed))}
            names = [name.replace("自治区", "省") for name, v in funds.fiscal_sources.items() if v is not None]
            own = _own_level(ctx.table.project)
            own_words = own[2] if own is not None else _OWN_LEVEL_WORDS
            if summed < fiscal and not any(word in name for name in names for word in own_words):
                # 其中：中央 640 of 800: a part listed, the rest (likely own-level money) not
                unlisted = ([own[:2]] if own is not None else
                            [(zh, en) for zh, en in _LEVELS_ZH_EN if not any(zh[0] in name for name in names)])
                values["unlisted_zh"] = "、".join(zh for zh, _ in unlisted) or "本级"
                values["unlisted_en"] = ", ".join(en for _, en in unlisted) or "own level"
                values["own_zh"], values["own_en"] = (own[0], own[1]) if own is not None else ("本级", "own level")
                yield Hit("/funds/fiscal", values, value=f"{fiscal}|{summed}", variant="partial",
                          severity=LEVELS["partial"])
                return
            yield Hit("/funds/fiscal", values, value=f"{fiscal}|{summed}")
    else:
        rows = summed_cost_rows(ctx)
        if total is None or not rows or total == 0:
            return
        summed = sum((row.parsed.yuan for row in rows), Decimal(0))  # type: ignore[misc]
        if mode == "cost_items":
            for whole, parts, parts_sum in breakdowns_over(ctx):
                yield Hit(parts[0].indicator.value_pointer,
                          {**_cost_values(rows, total, summed), "name": whole.name, "value": whole.shown,
                           "parts": "、".join(f"{part.name} {part.shown}" for part in parts),
                           "parts_sum": yuan_text(parts_sum), "parts_diff": yuan_text(parts_sum - whole.parsed.yuan)},
                          value=f"{whole.name}|{parts_sum}", variant="parts_over", severity=LEVELS["parts_over"])
            twice = _counted_twice(rows)
            if twice is not None:
                whole, inner, part = twice
                yield Hit(part.indicator.value_pointer, {**_cost_values(rows, total, summed), "name": whole.name,
                                                         "value": whole.shown, "inner": inner, "other": part.name,
                                                         "other_value": part.shown},
                          value=f"{whole.name}|{part.name}", variant="double", severity=LEVELS["double"])
        unit_mix = _is_unit_mix(summed, total, tolerance)
        if mode == "unit_mix":
            if unit_mix:
                yield Hit(_cost_block(rows), _cost_values(rows, total, summed), value=f"{total}|{summed}", key=True)
        elif not unit_mix and not _close(summed, total, tolerance):
            slip = _slipped_line(rows, summed, total, tolerance)
            if slip is not None:
                row, meant = slip
                yield Hit(row.indicator.value_pointer, {**_cost_values(rows, total, summed), "name": row.name,
                                                        "value": row.shown, "meant": yuan_text(meant)},
                          value=f"{total}|{summed}", variant="unit_slip", severity=LEVELS["unit_slip"])
                return
            over = summed > total
            if not over:
                priced = sum((item.product for item in priced_quantities(ctx)), Decimal(0))
                if priced and _close(summed + priced, total, tolerance):
                    return  # 4000元/场 × 送戏下乡 120场 + 培训经费 60,000 元 = 540,000 元
            values = _cost_values(rows, total, summed)
            counted = {id(row) for row in cost_money_rows(ctx)}  # by identity: rows compare field by field
            left_out = [row for row in ctx.rows if is_cost(row) and is_money_total(row) and id(row) not in counted]
            # figures with no money unit (FUND010's): not counted either, and the likeliest reason
            unitless = [row for row in ctx.rows if is_cost(row) and row.parsed.kind == "number" and row.parsed.unit is None
                        and row.parsed.number is not None]
            # said beside the sum they are missing from, with what to do about them
            values["left_out_zh"] = "".join((
                f"（写成“≥”“＞”的金额没有上限，未计入合计，应改为“≤”或“＝”："
                f"{'、'.join(f'{r.name} {r.shown}' for r in left_out)}）" if left_out else "",
                f"（没有金额单位的未计入合计，应写明元或万元：{'、'.join(f'{r.name} {r.shown}' for r in unitless)}）"
                if unitless else ""))
            values["left_out_en"] = "".join((
                f" (amounts written with ≥ or > have no upper limit and are not counted; write them "
                f"with ≤ or =: {', '.join(f'{r.name} {r.shown}' for r in left_out)})" if left_out else "",
                f" (figures with no money unit are not counted; give them 元 or 万元: "
                f"{', '.join(f'{r.name} {r.shown}' for r in unitless)})" if unitless else ""))
            yield Hit(_cost_block(rows), values, value=f"{total}|{summed}", key=True,
                      variant="over" if over else "under", severity=LEVELS["over" if over else "under"])


# a line that says what it includes: 大坝及溢洪道维修加固费（含安全监测设施更新）
_INCLUDES = lazy_pattern(r"[（(]\s*(?:含|包含|包括)(?P<inner>[^）)]{2,30})[）)]")
_COST_WORDS = ("费用", "经费", "资金", "费", "补助", "补贴")


def _counted_twice(rows: list[Row]) -> tuple[Row, str, Row] | None:
    """A cost line that includes another thing (…（含安全监测设施更新）) and a line of that thing's
    own (安全监测设施更新费): the same money in both. Four characters in a row of the included
    words make the match, after the generic cost words are cut."""
    for whole in rows:
        match = _INCLUDES.search(whole.name)
        if match is None:
            continue
        inner = name_stem(match.group("inner"), _COST_WORDS)
        if len(inner) < 2:
            continue  # （含运费）, （含补贴资金）: nothing left to tell a line by
        for part in rows:
            if part is whole or is_breakdown(part.name):
                continue
            # the other line's own words, not what it says it includes (…（含安装调试） twice)
            own = name_stem(_INCLUDES.sub("", part.name), _COST_WORDS)
            run = longest_run(own, inner)
            if run >= min(4, len(inner)) and 2 * run >= len(own):
                return whole, match.group("inner"), part
    return None


def _slipped_line(rows: list[Row], summed: Decimal, total: Decimal, tolerance: Decimal) -> tuple[Row, Decimal] | None:
    """The one cost line which, taken 10,000 times larger (72元 for 72万元) or smaller, makes the sum
    the total, with the amount it would then be; None when no line or several do."""
    found = []
    for row in rows:
        amount: Decimal = row.parsed.yuan  # type: ignore[assignment]
        for meant in (amount * TEN_THOUSAND, amount / TEN_THOUSAND):
            if _close(summed - amount + meant, total, tolerance):
                found.append((row, meant))
    return found[0] if len(found) == 1 else None


def unit_slip(ctx: TableContext, tolerance: Decimal = Decimal("0.01")) -> tuple[Row, Decimal] | None:
    """The one cost line written in the wrong unit that ``cost_items`` names (``unit_slip``), with
    the amount meant; other money checks leave that line to it (one mistake, one finding)."""
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    rows = summed_cost_rows(ctx)
    if not total or not rows:
        return None
    summed = sum((row.parsed.yuan for row in rows), Decimal(0))  # type: ignore[misc]
    if _close(summed, total, tolerance) or _is_unit_mix(summed, total, tolerance):
        return None
    return _slipped_line(rows, summed, total, tolerance)


def in_table_unit(funds: Any, yuan: Decimal) -> str:
    """An amount of the header in the table's own unit: 52,360 万元 for a table in 万元, as typed."""
    if funds.unit != "万元":
        return yuan_text(yuan)
    amount = yuan / TEN_THOUSAND
    return f"{amount:,.0f} 万元" if amount == amount.to_integral() else f"{amount.normalize():,f} 万元"


def _cost_block(rows: list[Row]) -> str:
    """The pointer of the cost block the rows are in (their parent's)."""
    return rows[0].indicator.pointer.rsplit("/", 1)[0]


def _cost_values(rows: list[Row], total: Decimal, summed: Decimal) -> dict[str, Any]:
    """Placeholders of a cost-sum finding (made only when there is one: most tables add up)."""
    return {"total": yuan_text(total), "sum": yuan_text(summed), "items": "、".join(f"{row.name} {row.shown}" for row in rows),
            "diff": yuan_text(abs(total - summed)), "count": len(rows)}

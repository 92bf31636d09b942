"""stock-as-target: a running total the goal says was already reached before the year, set as the year's target.

A goal may give the stock the year adds to (截至2026年底全市已累计建成高标准农田45万亩); a 累计 indicator held at that
figure or below it (全市累计建成高标准农田面积 ≥45万亩) is met on the first day of the year, whatever the year's work:
last year's running total copied as this year's target, where the stock after the year's work (45万亩 + 3万亩)
was meant. The stock is a goal clause with 累计 and a figure, dated to a year before the budget year (截至2026年底,
到2025年末) or written as done (已累计) with no later year; the indicator names 累计, shares three characters in a
row with what the clause says was done, is a floor or exact (≥, ＝) in a unit of the same measure (万亩 and 公顷
compare), not a 其中 line. A running total to the end of the budget year (到2027年底累计建成48万亩) is a target, not
a stock, and is left to REL008.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown,
                                     leading_multiplier, longest_run, row_hit, unit_at)
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.lazyregex import lazy_pattern

NAME = "stock-as-target"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("said", "stock")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_CLAUSE = lazy_pattern(r"[^，。；;,\n]+")
# the date a stock is counted to (截至2026年底, 到2025年末, 至2026年): before 累计 in the clause
_DATE = lazy_pattern(r"(?:截至|截止|到|至)(?P<year>20[0-9]{2})年")
_ANY_YEAR = lazy_pattern(r"20[0-9]{2}")
# what was done and how much: 累计建成高标准农田45万亩
_TOTAL = lazy_pattern(r"累计(?P<what>[^0-9]{1,20}?)(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<unit>[\u4e00-\u9fff]{1,5})")
_FLOORS = ("≥", "=", ">")
# a total within the year (全年累计培训, 本年度累计救治, 2027年累计新建): the year's own sum, not a running total since
# the start (s25b); the budget year's number is matched in check_table
_IN_YEAR = lazy_pattern(r"(?:全年|年内|本年度|本年|当年|(?<![0-9])年度)累计")  # not 到2027年度累计: a total to its end
_YEAR_BEFORE = lazy_pattern(r"(?<![至到止])(?P<year>20[0-9]{2})年度?累计")  # not 截至2027年累计: a total to its end


def _stocks(ctx: TableContext, year: int) -> list[tuple[str, str, Decimal, str, str]]:
    """Each stock the goal gives: (its clause, what was done, the figure, its unit, the figure as written)."""
    stocks = []
    for clause in _CLAUSE.finditer(ctx.goal[:MAX_MATCH_INPUT]):
        text = clause.group()
        total = _TOTAL.search(text)
        if total is None:
            continue
        date = _DATE.search(text, 0, total.start())
        if date is not None:
            if int(date.group("year")) >= year:
                continue  # a total to the year's end (到2027年底累计建成): a target
        elif not text[:total.start()].endswith("已") or any(int(y) >= year for y in _ANY_YEAR.findall(text)):
            continue  # a running total not said to be reached (累计建成48万亩): may be the target
        factor, rest = leading_multiplier(total.group("unit"), ctx.lexicon)
        unit = unit_at(rest, ctx.lexicon, lambda info: info.kind == "count")
        if unit is None:
            continue
        written = total.group("num") + total.group("unit")[:len(total.group("unit")) - len(rest) + unit[0]]
        stocks.append((text, total.group("what"), Decimal(total.group("num")) * factor, rest[:unit[0]], written))
    return stocks


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None or "累计" not in ctx.goal:
        return
    stocks = None
    for row in ctx.rows:
        parsed = row.parsed
        if "累计" not in row.name or parsed.kind != "count" or parsed.op not in _FLOORS or parsed.number is None \
                or parsed.unit is None or is_breakdown(row.name):
            continue
        if stocks is None:
            stocks = _stocks(ctx, year)
        said_year = _YEAR_BEFORE.search(row.name)
        if _IN_YEAR.search(row.name) or (said_year is not None and int(said_year.group("year")) == year):
            continue  # the year's own sum
        named = row.name.replace("累计", "")
        for said, what, figure, unit, written in stocks:
            factor = ctx.lexicon.conversion(parsed.unit, unit)
            if factor is not None and parsed.number * factor <= figure and longest_run(named, what) >= 3:
                yield row_hit(row, said=said, stock=written)
                break

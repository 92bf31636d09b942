"""last-year-actual: an output target below what the goal says was actually done last year (资助2100人（2025年
实际资助2260人） against 资助普通高中家庭经济困难学生 ＝2100人).

The goal quoting last year's actual (2025年实际体检2.2万人, 上年实际开展210场) sets the floor a budget committee
reads this year's target against: a count target in the same unit below it, for the same work (the indicator's
name shares a two-character word with what the goal says was done), plans less with no reason given. Told at
the count (产出, not a 其中 line, ＝ or ≥); a goal that gives a reason (因, 调减, 减少, 压减, 下降) is left alone, and
so is a stock rather than the year's work (截至2025年已建成服务站120个, 2025年已累计培训3000人, 共) and a count of
the year's additions (新建, 新增) held to it: what exists is not what was done in the year.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown, longest_run,
                                     row_hit)
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.lazyregex import lazy_pattern

NAME = "last-year-actual"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("said", "actual")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_UNITS = "人次|人|名|场|剂|例|所|个|户|次|册|份"
# 2025年实际资助2260人, 上年实际开展210场, 2025年已完成体检2.2万人: what was done and how much
_ACTUAL = lazy_pattern(r"(?P<year>20[0-9]{2}年|上年|上一年)(?:度)?(?:实际|已)(?P<done>[\u4e00-\u9fff]{1,10}?)"
                       r"(?P<figure>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?(?P<unit>" + _UNITS + r")")
_REASON = lazy_pattern(r"因|调减|减少|压减|下降|缩减|收缩")
# a stock to a date or a running total, not last year's work (截至2025年已建成…, 已累计…, 已共…)
_STOCK_BEFORE = lazy_pattern(r"(?:截至|截止|至)$")
_STOCK_DONE = lazy_pattern(r"累计|^共|^有")
# a count of what the year adds (新建服务站, 新增管理患者): no match for a whole that exists
_ADDED = lazy_pattern(r"新建|新增|新纳入|新认定")
_SAME_UNIT = {"名": "人"}
_TEN_THOUSAND = Decimal(10000)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    goal = ctx.goal[:MAX_MATCH_INPUT]
    if year is None or _REASON.search(goal):
        return
    actuals = []
    # every match says 实际 or 已: a goal with neither is not searched
    for found in _ACTUAL.finditer(goal) if "已" in goal or "实际" in goal else ():
        if found.group("year").startswith("20") and found.group("year") != f"{year - 1}年":
            continue
        if _STOCK_DONE.search(found.group("done")) or _STOCK_BEFORE.search(goal, 0, found.start()):
            continue
        figure = Decimal(found.group("figure")) * (_TEN_THOUSAND if found.group("wan") else 1)
        unit = found.group("unit")
        actuals.append((found, figure, _SAME_UNIT.get(unit, unit)))
    if not actuals:
        return
    for row in ctx.rows:
        parsed = row.parsed
        if row.level1 != "产出指标" or parsed.kind != "count" or parsed.number is None or parsed.op not in ("=", "≥") \
                or is_breakdown(row.name) or _ADDED.search(row.name):
            continue
        unit = _SAME_UNIT.get(parsed.unit or "", parsed.unit)
        for found, figure, said_unit in actuals:
            if unit == said_unit and parsed.number < figure and longest_run(found.group("done"), row.name) >= 2:
                yield row_hit(row, said=found.group(), actual=f"{found.group('figure')}{found.group('wan') or ''}"
                              f"{found.group('unit')}")
                break

"""over-stated-basis: a benefit above what the basis the goal itself states for it gives.

A goal that says how a benefit figure was worked out gives its upper end: 按设备投资1:3的投入产出比测算 with 设备投资不少于
4000万元 makes 新增产值 about 1.2亿元, so 项目企业新增产值 ≥3亿元 was not worked out that way; 新增就业岗位400个（6家企业投资
协议约定用工合计300人） explains 400 jobs by agreements for 300. One of the figures is wrong.

Two forms are read:

* ratio: the goal's 按〈input〉a:b的投入产出比 (or 按〈input〉的投入产出比a:b), the input ending in 投资, 投入 or 资金; its
  figure is the largest a non-cost money row naming the input, or the goal after the input, gives (a floor may be
  exceeded, so the largest is taken); a money row of 新增…产值 (a floor or exact figure) above input × b ÷ a, with
  5% to spare, is told. A ratio naming no input (投入产出比1:3: of the funds? of the investment?) is left alone, as is
  an output that is not new (年产值 counts the firms' old output too).
* agreed: a count of jobs in the goal (就业, 岗位, 用工 before it) followed by a bracket naming 约定, 协议 or 合同 and one
  smaller count of people or posts, with no word making it a part (其中, 含, 首批, 已): the row of jobs giving the
  goal's figure is told.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, YUAN_PER, Hit, TableContext, compile_identity, is_cost, \
    plain_name, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "over-stated-basis"
SCOPES = ("table",)
VARIANTS = ("ratio", "agreed")
PLACEHOLDERS = {"ratio": ROW_PLACEHOLDERS + ("basis", "input", "input_value", "most"),
                "agreed": ROW_PLACEHOLDERS + ("basis", "most")}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_FLOORS = ("≥", "=", "＝", ">")
_NUM = r"[0-9]+(?:\.[0-9]+)?"
_INPUT = r"(?P<input>[\u4e00-\u9fff]{1,8}?(?:投资|投入|资金))"
_RATIO = (r"(?P<a>" + _NUM + r")\s*[:：∶比]\s*(?P<b>" + _NUM + r")")
# 按设备投资1:3的投入产出比, 按设备投资的投入产出比1:3
_RATIO_CLAUSES = (lazy_pattern(r"按" + _INPUT + _RATIO + r"的?投入产出比"),
                  lazy_pattern(r"按" + _INPUT + r"的?投入产出比(?:为|约)?" + _RATIO))
# the input's figure in the goal: 设备投资不少于4000万元, 设备投资4000万元以上
# (matched right after each place the goal names the input: one pattern, not one compiled per input word)
_AFTER_INPUT = lazy_pattern(r"(?:额|总额)?(?:不少于|不低于|达到|达|超过|约|合计|共)?(?P<num>" + _NUM
                            + r")(?P<unit>亿元|万元|元)")
_NEW_OUTPUT = lazy_pattern(r"新增[\u4e00-\u9fff]{0,4}?产值")
_SLACK = Decimal("1.05")

# a count of jobs, then a bracket: 新增就业岗位400个（6家企业投资协议约定用工合计300人）
_JOBS = lazy_pattern(r"(?:就业|岗位|用工)[\u4e00-\u9fff]{0,4}?(?P<num>[0-9]+)(?P<unit>个|人|名)(?:以上)?"
                     r"[（(](?P<inside>[^（）()]{1,40})[）)]")
_AGREED = lazy_pattern(r"约定|协议|合同")
_PART = lazy_pattern(r"其中|含|包括|另|首批|一期|已|除|以外|部分|至少")
_PEOPLE = lazy_pattern(r"(?P<num>[0-9]+)(?:个|人|名)")
_JOB_ROW = lazy_pattern(r"就业|岗位|用工")


def _input_amount(ctx: TableContext, word: str) -> Decimal | None:
    """The largest figure a money row naming the input, or the goal after it, gives; None when none does."""
    amounts = [row.parsed.yuan for row in ctx.rows
               if not is_cost(row) and row.parsed.kind == "money" and row.parsed.yuan is not None
               and row.parsed.op in _FLOORS and word in plain_name(row.name)]
    at = ctx.goal.find(word)
    while at >= 0:
        found = _AFTER_INPUT.match(ctx.goal, at + len(word))
        if found is not None:
            amounts.append(Decimal(found.group("num")) * YUAN_PER[found.group("unit")])
        at = ctx.goal.find(word, at + len(word))
    amounts = [amount for amount in amounts if amount is not None and amount > 0]
    return max(amounts) if amounts else None


def _ratio_hits(ctx: TableContext) -> Iterator[Hit]:
    for pattern in _RATIO_CLAUSES:
        clause = pattern.search(ctx.goal)
        if clause is None:
            continue
        a, b = Decimal(clause.group("a")), Decimal(clause.group("b"))
        if a <= 0 or b <= 0:
            return
        word = clause.group("input")
        amount = _input_amount(ctx, word)
        if amount is None:
            return
        most = amount * b / a
        for row in ctx.rows:
            if is_cost(row) or row.parsed.kind != "money" or row.parsed.op not in _FLOORS \
                    or row.parsed.yuan is None or not _NEW_OUTPUT.search(plain_name(row.name)):
                continue
            if row.parsed.yuan > most * _SLACK:
                yield row_hit(row, "ratio", basis=clause.group(), input=word, input_value=_yuan(amount),
                              most=_yuan(most))
        return


def _yuan(amount: Decimal) -> str:
    """An amount in the unit a goal would write it: 1.2亿元, 4000万元, 500元."""
    for unit in ("亿元", "万元"):
        if amount >= YUAN_PER[unit]:
            return f"{(amount / YUAN_PER[unit]).normalize():f}{unit}"
    return f"{amount.normalize():f}元"


def _agreed_hits(ctx: TableContext) -> Iterator[Hit]:
    for found in _JOBS.finditer(ctx.goal):
        inside = found.group("inside")
        if not _AGREED.search(inside) or _PART.search(inside):
            continue
        people = list(_PEOPLE.finditer(inside))
        if len(people) != 1:
            continue
        stated, agreed = Decimal(found.group("num")), Decimal(people[0].group("num"))
        if agreed >= stated:
            continue
        for row in ctx.rows:
            if not is_cost(row) and row.parsed.kind == "count" and row.parsed.op in _FLOORS \
                    and row.parsed.number == stated and _JOB_ROW.search(row.name):
                yield row_hit(row, "agreed", basis=inside, most=people[0].group())


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if not ctx.goal:
        return
    # plain-text prechecks: most goals state neither form, and are not searched
    if "投入产出比" in ctx.goal:
        yield from _ratio_hits(ctx)
    if any(word in ctx.goal for word in ("约定", "协议", "合同")):
        yield from _agreed_hits(ctx)

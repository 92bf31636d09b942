"""payout-done-early: a benefit the goal pays every month or quarter, its year's payment said done months early.

A goal that pays a living allowance 按月发放 (or 按季度) pays the year's last instalment in its last month (or its last
quarter): 全年救助供养金发放完成时间 2027年9月30日前 leaves October to December unpaid, or moves three months' money
forward. Read: the goal's cadence of payment (按月/每月 or 按季度/每季度 within a clause before 发放/发放到/打卡), and a
time indicator about paying out (发放, 兑付, 打卡; 拨付, 支付 only of the whole year, 全年: 资金拨付到位时间 is the money's
allocation to the department, done early in the year) the whole year (全年, 全部, 完成, 完毕, 到位, 发放完) dated in the
budget year before the first day of the last instalment's period (1 December for monthly, 1 October for quarterly).
A first payment, a new applicant's, a half-year's or a quarter's own deadline is not the year's. A row naming a
benefit (its words beside 发放, 完成, 时间) is held only to the cadence clauses sharing two characters in a row with it
(节日慰问金 to none of 按月发放救助供养金), and a cadence within a span of months (2027年1—6月按月发放) ends in that span's
last month.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (DATE_PLACEHOLDERS, ROW_PLACEHOLDERS, Hit, TableContext, compile_identity,
                                     date_values, longest_run, row_hit)

NAME = "payout-done-early"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + DATE_PLACEHOLDERS + ("cadence", "last", "cadence_en", "last_en")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# a cadence of paying out, not a price by the month (按每车每月100元支付): no 元 between
_CADENCE = lazy_pattern(r"(?P<c>按月|每月|逐月|按季度|每季度|按季)[^，,；;。\n元]{0,14}?(?:发放|打卡|支付|拨付到|兑付)")
_PAY = lazy_pattern(r"发放|兑付|打卡")
# allocating the money (资金拨付到位时间, 2027年3月31日前) is not paying it out; only the whole year's is (全年补贴拨付)
_ALLOT = lazy_pattern(r"拨付|支付")
_WHOLE = lazy_pattern(r"全年|全部|完成|完毕|到位|发放完|年度")
# not the year's last payment: the first, a new one's, a part of the year's
# the clause a cadence stands in, and a span of months it pays in (2027年1—9月…按月发放: the last instalment in September)
_CLAUSE_BREAK = lazy_pattern(r"[，,；;。\n]")
_SPAN_END = lazy_pattern(r"(?:[0-9]{1,2}月)?[—\-~～至到](?P<m>[0-9]{1,2})月")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# words of a row's name naming no benefit: what remains names the benefit it pays (节日慰问金 is not the 救助供养金)
_GENERIC = lazy_pattern(r"全年|全部|资金|发放|兑付|打卡|拨付|支付|完成|完毕|到位|时间|时限|年度|及时率|[0-9]+年")
_PART = lazy_pattern(r"首次|首月|首批|首季|新增|新申请|新纳入|一季度|二季度|三季度|上半年|第[一二三]|春节|元旦|一次性|预拨|提前")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each whole-year payout deadline before the last instalment of the goal's one cadence."""
    year = ctx.budget_year
    goal = ctx.goal
    if year is None or ("月" not in goal and "季" not in goal):
        return
    found = list(_CADENCE.finditer(goal))
    if not found:
        return
    cadences = {m.group("c") for m in found}
    monthly = any("月" in c for c in cadences)
    quarterly = any("季" in c for c in cadences)
    if monthly and quarterly:
        return  # two cadences: which benefit the indicator pays is not known
    clauses = []
    spans = []
    for match in found:
        begin = max((m.end() for m in _CLAUSE_BREAK.finditer(goal, 0, match.start())), default=0)
        end = _CLAUSE_BREAK.search(goal, match.end())
        clauses.append(goal[begin:end.start() if end else len(goal)])
        span = _SPAN_END.search(goal, begin, match.start())
        spans.append(int(span.group("m")) if span is not None else 12)
    # a cadence paying within a span of months the goal names (1—9月) pays its last instalment in the span's last month
    if not all(1 <= month <= 12 for month in spans) or (quarterly and min(spans) != 12):
        return
    for row in ctx.rows:
        deadline = row.parsed.deadline
        if deadline is None or deadline.year != year:
            continue
        text = row.name + row.value
        pays = _PAY.search(text) is not None or ("全年" in text and _ALLOT.search(text) is not None)
        if not pays or not _WHOLE.search(text) or _PART.search(text + (row.indicator.note or "")):
            continue
        # the benefit the row names is paid by the clauses naming it (节日慰问金 by none of the 救助供养金's; 临时价格
        # 补贴 by its own 1—6月 clause, not the 低保金's); a row naming none is held to the latest
        named = _GENERIC.sub("", row.name)
        own = [month for clause, month in zip(clauses, spans) if longest_run(named, clause) >= 2] \
            if len(named) >= 2 else spans
        if not own:
            continue  # another benefit than the one paid by the cadence
        last = _dt.date(year, max(own), 1) if monthly else _dt.date(year, 10, 1)
        if deadline >= last:
            continue
        yield row_hit(row, cadence="按月" if monthly else "按季度", last=f"{last.month}月" if monthly else "第四季度",
                      cadence_en="monthly" if monthly else "quarterly",
                      last_en=_MONTHS[last.month - 1] if monthly else "the fourth quarter", **date_values(deadline))

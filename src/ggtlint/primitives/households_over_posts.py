"""households-over-posts: a benefit counting households whose income the posts raise, above the posts paid.

A project whose money is all one pay line for posts (生态护林员劳务补助资金 ≤3072000元, 320人×9600元/人·年) raises
the income of the households its post-holders live in and no others: each paid person is of one household, so
带动脱贫家庭增收户数 ≥350户 counts households no post reaches, and the households, the posts or the pay is wrong.
Read only where that is sure: the one pay line of the table naming a post (a title ending in 员, as FUND023 reads
it) holds the funds' total but a twentieth at most; the heads it pays are its note's (320人×…), else its amount
over the standard per head (a price line's, else the goal's, as FUND023 reads them); the benefit is a 效益 count
in 户 (not 人: family members are more than posts), a floor or exact, named for income (增收, 收入) and for a group
the goal names too (脱贫, 监测对象, 低收入), not 累计 nor a 其中 line. Told when it is above the heads paid by one
or more.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown, row_hit, \
    yuan_text
from ggtlint.primitives.posts_over_pay import heads_text, is_pay_line, paid_heads, post_roles
from ggtlint.lazyregex import lazy_pattern

NAME = "households-over-posts"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("pay_name", "pay_value", "paid", "basis")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_BENEFIT = "效益指标"
_INCOME = lazy_pattern(r"增收|收入")
# households counted over years or beyond the project's own posts (累计带动, 辐射带动)
_WIDER = lazy_pattern(r"累计|辐射|间接")
# the groups posts are chosen from: the benefit's must be the goal's too
_GROUPS = ("脱贫", "监测对象", "低收入", "贫困", "困难")
_FLOOR_OPS = ("≥", ">", "＝", "=", None)
# the pay line holds the money but this share at most besides (a twentieth: a small 工作经费 beside it is no income)
_REST = Decimal("0.05")
# posts held in turns (每期6个月，分两期聘用; 轮岗): one post pays several people a year, each of another household, so
# the heads a line pays at a year's standard are posts, not households (s25b)
_TURNS = lazy_pattern(r"每期|分[两二三四五六2-6]期|轮岗|轮换|轮流")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    benefits = [row for row in ctx.rows if row.level1 == _BENEFIT and row.parsed.kind == "count"
                and row.parsed.unit == "户" and row.parsed.number and row.parsed.op in _FLOOR_OPS
                and _INCOME.search(row.name) and not _WIDER.search(row.name) and not is_breakdown(row.name)
                and any(group in row.name and group in ctx.goal for group in _GROUPS)]
    if not benefits:
        return  # most tables: no households' income counted
    if _TURNS.search(ctx.goal):
        return  # posts held in turns: more households than posts
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    lines = [row for row in ctx.rows if is_pay_line(row) and post_roles(row.name)]
    if total is None or total <= 0 or len(lines) != 1:
        return
    line = lines[0]
    roles = post_roles(line.name)
    if line.parsed.yuan is None or line.parsed.yuan < total * (1 - _REST) or len(roles) != 1:
        return  # other money may raise other households' income
    read = paid_heads(ctx, line, roles.pop(), {})
    if read is None:
        return
    paid, basis = read
    for row in benefits:
        number = row.parsed.number
        assert number is not None
        if number >= paid + 1:
            yield row_hit(row, pay_name=line.name, pay_value=yuan_text(line.parsed.yuan), paid=heads_text(paid),
                          basis=basis)

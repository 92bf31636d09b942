"""posts-over-pay: a count of hired people above the posts the table's pay line pays for.

Forest rangers, river cleaners and village vaccinators are paid by the head: 护林员劳务补助 ≤151.2万元 at 每人每年
3600元 pays 420 rangers, 河道保洁员劳务补助 ≤165.6万元 noted 92名×1.8万元/名 pays 92. A 数量 target of more of
them (聘用生态护林员人数 ≥460人, 聘用河道保洁员 ≥110名) hires people nobody pays, so the count, the pay line or the
standard is wrong. The people are named by a word ending in 员 (three characters: 护林员, 保洁员, 防疫员) that both the
count's name and the one pay line's name hold (a line of 补助, 劳务, 报酬, not 防护用品购置费 or 培训费); the heads the line pays are its note's (92名×…), else the line's
amount over a standard per head per month or year: a price line of the table naming the same word (防疫员补助标准
300元/人·月), else the goal's sentence naming the word (每人每年3600元, 每人每月800元). A breakdown (其中), a count of
places (防疫员配备乡镇数), a title of no post (特困人员), a line for some of them only (村级灾害信息员工作补助 beside
配备灾害信息员: the line's words before the title missing from the count's name, the budget year opening it set aside:
2027年生态护林员劳务补助 is the rangers' pay) and two pay lines naming the title are not read, nor a line paying part
of the year against a yearly standard (护林员劳务补助（7—12月）). Told when the count is above the heads paid by one
or more.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown, \
    is_cost, is_money_total, row_hit, yuan_text
from ggtlint.lazyregex import lazy_pattern

NAME = "posts-over-pay"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("pay_name", "pay_value", "paid", "basis")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_ROLE = lazy_pattern(r"[\u4e00-\u9fff]{2}员")
_PEOPLE = ("人", "名")
# 人员, 成员 … name no post (特困人员, 村民小组成员)
_NO_POST = ("人员", "成员", "党员", "会员", "委员", "学员", "动员", "社员", "队员", "职员", "官员")
# a count of the places the people serve (防疫员配备乡镇数), not of them
_PLACES = lazy_pattern(r"[乡镇村户所站点区]数")
_NOTE_HEADS = lazy_pattern(r"([0-9]+)\s*[名人]\s*[×xX*]")
# a standard per head per month or year, as the goal writes it (每人每年3600元, 每名每月800元, 按每人每月300元)
_GOAL_RATE = lazy_pattern(r"每(?:人|名)(?:每)?(?P<period>月|年)(?P<amount>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?元")
# a line paying the people (补助, 劳务, 报酬), not what they are given or taught (防护用品购置费, 培训费)
_PAY = lazy_pattern(r"补助|劳务|报酬|工资|补贴|薪酬|津贴")
_NOT_PAY = lazy_pattern(r"购置|用品|培训|装备|保险|服装|体检|设备")
# a year opening a name (2027年, 2027年度)
_YEAR = lazy_pattern(r"^(?P<year>20[0-9]{2})\s*(?:年度|年)")
_SENTENCE_END = lazy_pattern(r"[。；;\n]")
# a line paying part of the year (护林员劳务补助（7—12月）, 下半年, 6个月; not 12个月 or 1—12月, the whole year): a
# yearly standard does not give its heads
_MONTH_DASH = r"\s*(?:—|–|-|~|～|至|到)\s*"
_PART_OF_YEAR = lazy_pattern(r"(?<![0-9])(?!0?1" + _MONTH_DASH + r"12\s*月)[0-9]{1,2}" + _MONTH_DASH + r"[0-9]{1,2}\s*月"
                             r"|(?<![0-9一二三四五六七八九十])"
                             r"(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)个月|[上下]半年"
                             r"|第?[一二三四1-4]季度")
_MONTHS = {"月": Decimal(12), "年": Decimal(1)}


def _row_rate(ctx: TableContext, role: str) -> tuple[Decimal, str] | None:
    """The yearly pay per head a price line naming the role gives (300元/人·月 → 3600), with its text."""
    for row in ctx.rows:
        parsed = row.parsed
        if role in row.name and parsed.kind == "per_unit" and parsed.yuan and parsed.per in ("人·月", "名·月", "人·年", "名·年"):
            return parsed.yuan * _MONTHS[parsed.per[-1]], f"{row.name} {row.shown}"
    return None


def _goal_rate(goal: str, role: str) -> tuple[Decimal, str] | None:
    """The yearly pay per head the goal's sentence naming the role gives (每人每年3600元), with its text."""
    for sentence in _SENTENCE_END.split(goal):
        if role not in sentence:
            continue
        rates = list(_GOAL_RATE.finditer(sentence))
        if len(rates) != 1:
            continue
        match = rates[0]
        try:
            amount = Decimal(match.group("amount")) * (Decimal(10000) if match.group("wan") else 1)
        except InvalidOperation:
            continue
        return amount * _MONTHS[match.group("period")], match.group()
    return None


def post_roles(name: str) -> set[str]:
    """The titles of posts a name holds (生态护林员 → 护林员), not words of no post (特困人员)."""
    if "员" not in name:  # every title ends so: most names are not searched
        return set()
    return {match.group() for match in _ROLE.finditer(name) if match.group()[1:] not in _NO_POST}


def is_pay_line(row: Row) -> bool:
    """A money line paying people (补助, 劳务, 报酬), not what they are given or taught (防护用品购置费, 培训费)."""
    return is_cost(row) and is_money_total(row) and bool(_PAY.search(row.name)) and not _NOT_PAY.search(row.name)


def paid_heads(ctx: TableContext, line: Row, role: str,
               standards: dict[str, tuple[Decimal, str] | None]) -> tuple[Decimal, str] | None:
    """The heads a pay line naming the role pays and what says so: its note's N名×…, else its amount over the
    yearly standard of a price line or of the goal (``standards`` keeps each role's, looked up once a table)."""
    heads = _NOTE_HEADS.findall(line.indicator.note or "")
    if len(heads) == 1:
        return Decimal(heads[0]), line.indicator.note or ""
    if _PART_OF_YEAR.search(line.name):  # 护林员劳务补助（7—12月）: half a year's pay is no year's heads
        return None
    if role not in standards:
        standards[role] = _row_rate(ctx, role) or _goal_rate(ctx.goal, role)
    rate = standards[role]
    if rate is None or not rate[0] or line.parsed.yuan is None:
        return None
    return line.parsed.yuan / rate[0], rate[1]


def heads_text(paid: Decimal) -> str:
    """Heads paid for a message: whole when within a hundredth of a whole, else to one place."""
    whole = abs(paid - paid.to_integral_value()) < Decimal("0.01")
    return str(paid.quantize(Decimal(1)) if whole else paid.quantize(Decimal("0.1")))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    counts = [row for row in ctx.rows if row.level2 == "数量指标" and row.parsed.kind == "count"
              and row.parsed.unit in _PEOPLE and row.parsed.number and row.parsed.op in ("≥", ">", "＝", "=", None)
              and not is_breakdown(row.name) and not _PLACES.search(row.name)]
    if not counts:
        return
    pays = [row for row in ctx.rows if is_pay_line(row)]
    standards: dict[str, tuple[Decimal, str] | None] = {}  # a role's standard, looked up once a table
    for count in counts:
        for role in post_roles(count.name):
            lines = [row for row in pays if role in row.name]
            if len(lines) != 1:
                continue
            line = lines[0]
            # a line for some of them only (村级灾害信息员工作补助 beside 配备灾害信息员, village and town ones): the
            # words before the title in the line's name must be the count's too
            # (the budget year opening the line's name, 2027年生态护林员劳务补助, names no kind of them, s25; another
            # year's, 2025年护林员劳务补助 in a 2026 table, pays other posts and is kept as a qualifier)
            qualifier = line.name[:line.name.index(role)]
            year = _YEAR.match(qualifier)
            if year and ctx.budget_year is not None and year.group("year") == str(ctx.budget_year):
                qualifier = qualifier[year.end():]
            if qualifier and qualifier not in count.name:
                continue
            read = paid_heads(ctx, line, role, standards)
            if read is None:
                continue
            paid, basis = read
            number = count.parsed.number
            assert number is not None
            if number >= paid + 1:
                yield row_hit(count, pay_name=line.name, pay_value=yuan_text(line.parsed.yuan), paid=heads_text(paid),
                              basis=basis)
                break

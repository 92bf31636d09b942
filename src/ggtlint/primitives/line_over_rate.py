"""line-over-rate: a subsidy line above the rate the table pays it at times the base it pays on.

A subsidy paid as a share of something (按设备投资额的8%给予奖补, 按服务合同金额的20%兑付) is bounded by that share of the
thing's amount: with 带动企业技术改造设备投资不少于4000万元 the award is 320万元, so 技术改造项目奖补资金 ≤480万元 pays
money no enterprise can claim (or the base, or the rate, is wrong: most often one was changed and the other not).

The rate is read after 按 (or 比例为) in the goal and in the cost lines (奖补比例 按设备投资额的8%; a line's note 按设备
投资4000万元的8%计), with the paying word after it (给予奖补, 兑付, 补助) or, in a row, in its name. The base's amount is
the one written in the rate itself (按财政投入3500000元的6%), else the one money figure the goal or an indicator gives
right after the base's words (设备投资不少于4000万元, 合同金额4000万元以上), or, where those give none, after the base
named in other words (实际支付费用 as 企业支付检验检测费用600万元: 实际 and 发生 set aside, the rest whole or its first
two characters and its last two with at most six between; 贷款实际发生利息 as 贷款利息支出400万元, 支出 read before the
amount: s28); a figure of one project or firm (单个项目设备投资500万元, 完成设备投资500万元以上的企业: who may apply) is
no base. The line is the one cost line naming the paying word (技术改造项目奖补资金), not a cap, standard or rate (单个
项目奖补上限). Left alone: a rate of a floor (按不低于…的8%, 8%以上), a base of other words than the rate's (总投资 for
设备投资额), two bases of different amounts, two lines naming the word, a line holding other years' money (含上年结转:
s28). A line two rates may pay (8% for 技术改造, 12% for 智能化改造 of the same 奖补) is held to the larger. A range of
rate or base is held at its top, a range of line at its bottom.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown, \
    is_cost, row_hit, yuan_text, YUAN_PER

NAME = "line-over-rate"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("rate_text", "base_text", "bound")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_NUM = r"[0-9]+(?:\.[0-9]+)?"
# 按设备投资额的8%, 按不超过项目设备投资额的10%, 按财政投入3500000元的6%, 补助比例为设备投资额的20%; the lead is
# bounded, so the lazy run stays linear
_RATE = lazy_pattern(r"(?:按|比例为?)(?P<lead>[^，,；;。、：:（）()%\n]{2,24}?)的(?P<rate>" + _NUM + r")%"
                     r"(?:[-—~～至到](?P<high>" + _NUM + r")%)?")
# a rate that is a floor (按不低于…的8%, 8%以上) bounds nothing from above; 的 always stands right before the rate, so
# the floor word opens the lead (不低于8% after 的 is no rate the pattern reads)
_FLOOR_LEAD = lazy_pattern(r"^(?:不低于|不少于|至少)")
_FLOOR_AFTER = lazy_pattern(r"^(?:以上|及以上|起)")
_CAP_LEAD = lazy_pattern(r"^(?:不超过|不高于|最高|最多)")
# the money figure written inside the rate's lead (财政投入3500000元)
_LEAD_FIGURE = lazy_pattern(r"(?P<num>" + _NUM + r")(?P<unit>亿元|万元|元)$")
# what pays the subsidy, in the words after the rate or the row's name
_PAYS = lazy_pattern(r"奖补|补助|补贴|资助|奖励|兑付|贴息|扶持")
_CLAUSE_END = lazy_pattern(r"[，,；;。\n]")
# the words a base may end with beyond its core (设备投资额 → 设备投资, 服务合同金额 → 服务合同)
_BASE_TAIL = lazy_pattern(r"(?:总额|金额|额|总量|总值)$")
# a base's amount after its words: 设备投资不少于4000万元, 合同金额4000万元以上, 设备投资约3000-4000万元
_AFTER_CORE = lazy_pattern(r"(?:总额|金额|额)?(?:为|达到|达|不少于|不低于|超过|约|合计|共|总计|计)?约?"
                           r"(?:(?P<low>" + _NUM + r")[-—~～至到])?(?P<num>" + _NUM + r")(?P<unit>亿元|万元|元)")
# a figure of whom may apply (500万元以上的企业) or of one (单个项目, 每家)
_QUALIFIER_AFTER = lazy_pattern(r"(?:及?以上|以下|以内)?的")
_ONE_BEFORE = lazy_pattern(r"单个|单家|单项|每个|每家|每项|每户|单笔|单户")
# cost lines that are no amount paid out: caps, standards, rates
_NOT_A_LINE = lazy_pattern(r"上限|最高|单个|单家|单项|每|标准|比例|单价|限额")
_SLACK = Decimal("1.005")
# a line holding other years' money (含上年结转100万元, 清算往年贴息): the year's rate and base bound only a part (s28)
_CARRIED = lazy_pattern(r"结转|上年|往年|以前年度|清算")
_YEAR = lazy_pattern(r"(20[0-9]{2})年")


def _yuan(num: str, unit: str) -> Decimal:
    return Decimal(num) * YUAN_PER[unit]


def _row_text(row: Row) -> str:
    note = row.indicator.note or ""
    return f"{row.name}：{row.value}" + (f"（{note}）" if note else "")


def _bases(ctx: TableContext, core: str) -> set[Decimal]:
    """The amounts the goal and the indicators give right after the base's words (not of one project, not a
    threshold)."""
    found: set[Decimal] = set()
    goal = ctx.goal
    at = goal.find(core)
    while at >= 0:
        after = _AFTER_CORE.match(goal, at + len(core))
        if after is not None and not _QUALIFIER_AFTER.match(goal, after.end()):
            start = max((m.end() for m in _CLAUSE_END.finditer(goal, 0, at)), default=0)
            if not _ONE_BEFORE.search(goal, start, at):
                found.add(_yuan(after.group("num"), after.group("unit")))
        at = goal.find(core, at + 1)
    for row in ctx.rows:
        if is_cost(row) or core not in row.name or _ONE_BEFORE.search(row.name):
            continue
        parsed = row.parsed
        if parsed.kind == "money" and parsed.yuan is not None and parsed.op in ("≥", "=", "＝", None):
            found.add(parsed.yuan)
    return found


def _lines(ctx: TableContext, word: str) -> list[Row]:
    """The cost lines paying out ``word`` (奖补, 兑付): money totals, not caps, standards, parts or fees for work done
    about the payment (兑付材料第三方审核服务费)."""
    return [row for row in ctx.rows if is_cost(row) and word in row.name and not _NOT_A_LINE.search(row.name)
            and not row.name.endswith("费") and not is_breakdown(row.name) and row.parsed.kind in ("money", "range")]


def _line_low(row: Row) -> Decimal | None:
    """The least the line pays: its amount, or the bottom of a range of money."""
    parsed = row.parsed
    if parsed.kind == "money":
        return parsed.yuan if parsed.op in ("≤", "=", "＝", None) else None
    if parsed.base_kind == "money" and parsed.low is not None and parsed.unit in YUAN_PER:
        return parsed.low * YUAN_PER[parsed.unit]
    return None


def _rates(text: str) -> Iterator[tuple[re.Match[str], str, Decimal, Decimal | None, str]]:
    """Each rate of a base in ``text``: the match, the base's words, the rate (the top of a range), the amount written
    in the rate itself, and the words after it up to the clause's end."""
    if "的" not in text or "%" not in text:
        return  # every _RATE match holds 的 and %: no search, and no compiling
    for match in _RATE.finditer(text):
        if _FLOOR_LEAD.match(match.group("lead")) or _FLOOR_AFTER.match(text[match.end():match.end() + 3]):
            continue
        lead = _CAP_LEAD.sub("", match.group("lead"))
        inline = None
        figure = _LEAD_FIGURE.search(lead)
        if figure is not None:
            inline = _yuan(figure.group("num"), figure.group("unit"))
            lead = lead[:figure.start()]
        rate = Decimal(match.group("high") or match.group("rate"))
        end = _CLAUSE_END.search(text, match.end())
        yield match, lead, rate, inline, text[match.end():end.start() if end else len(text)]


# words saying a base is what was really spent (实际支付费用, 贷款实际发生利息), which the figure's words leave out
_ACTUAL = lazy_pattern(r"实际|发生")


def _loose_bases(goal: str, core: str, year: int | None) -> set[Decimal]:
    """The amounts after the base named in other words, where its own words give none: 实际支付费用 of the rate is the
    goal's 企业支付检验检测费用600万元 (实际 and 发生 set aside, the rest whole or the core's first two characters and its
    last two with at most six between, in one clause; 贷款实际发生利息 is 贷款利息支出400万元's, 支出 before the amount,
    s28); not one of a clause naming another year (2026年企业支付…600万元 is last year's)."""
    core = _ACTUAL.sub("", core)
    found: set[Decimal] = set()
    if len(core) < 4:
        return found
    head, tail = core[:2], core[-2:]
    at = goal.find(head)
    while at >= 0:
        # the core itself, its words of actuality set aside (贷款利息 of 贷款实际发生利息, s28), or its ends with words
        # between
        end = at + len(core) - 2 if goal.startswith(core, at) else goal.find(tail, at + 3, at + 2 + 6 + 2)
        if end >= 0 and not _CLAUSE_END.search(goal, at, end):
            # (支出 may stand before the amount: 贷款利息支出400万元, s28)
            after = _AFTER_CORE.match(goal, end + 4 if goal.startswith("支出", end + 2) else end + 2)
            start = max((m.end() for m in _CLAUSE_END.finditer(goal, 0, at)), default=0)
            years = {int(y) for y in _YEAR.findall(goal, start, at)}
            if after is not None and not _QUALIFIER_AFTER.match(goal, after.end()) \
                    and not _ONE_BEFORE.search(goal, start, end) and years <= {year}:
                found.add(_yuan(after.group("num"), after.group("unit")))
        at = goal.find(head, at + 1)
    return found


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if "%" not in ctx.goal and not any(is_cost(row) and "%" in _row_text(row) for row in ctx.rows):
        return
    sources: list[tuple[str, Row | None]] = [(ctx.goal, None)]
    sources += [(_row_text(row), row) for row in ctx.rows if is_cost(row) and "的" in _row_text(row)]
    # each line's bounds, one per rate read: a line two rates may pay (8% for 技术改造, 12% for 智能化改造 of the same
    # 奖补) is held to the larger
    bounds: dict[str, list[tuple[Decimal, Row, str, Decimal]]] = {}
    for text, own in sources:
        for match, lead, rate, inline, after in _rates(text):
            pays = _PAYS.search(after) or (_PAYS.search(own.name) if own is not None else None)
            if pays is None:
                continue
            core = _BASE_TAIL.sub("", lead)
            if len(core) < 2:
                continue
            if inline is not None:
                bases = {inline}
            else:
                bases = _bases(ctx, core) or _loose_bases(ctx.goal, core, ctx.budget_year)
            if len(bases) != 1:
                continue
            base = bases.pop()
            # a row's own rate is its own line's; the goal's is the one line naming the paying word
            lines = [own] if own is not None and own.parsed.kind == "money" else _lines(ctx, pays.group())
            if len(lines) != 1:
                continue
            bounds.setdefault(lines[0].pointer, []).append((base * rate / 100, lines[0], match.group(), base))
    for found in bounds.values():
        bound, line, rate_text, base = max(found, key=lambda one: one[0])
        paid = _line_low(line)
        if paid is None or paid <= bound * _SLACK or _CARRIED.search(line.name + (line.indicator.note or "")):
            continue
        yield row_hit(line, rate_text=rate_text, base_text=yuan_text(base), bound=yuan_text(bound))

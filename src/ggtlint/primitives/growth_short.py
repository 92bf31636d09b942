"""growth-short: a level target below what its own base and growth rate give.

A clause that gives last year's figure, a growth rate and this year's level states one target three ways:
农村网络零售额达到8亿元（2026年7.5亿元）、同比增长15%以上 cannot all hold, since 7.5亿元 × 1.15 = 8.625亿元 and 8亿元
is a growth of 6.7%. Met as the level, the growth is missed (or the base is wrong). The clause is read in the annual
goal (split at stops and at commas outside brackets) and in one indicator with its note (受惠企业研发投入 ≥3.4亿元,
noted 较2026年（3.2亿元）增长10%以上).

The base is a figure dated the year before the budget year (2026年, 2026年底, 上年) in money or a count; the level the
only other figure of its unit in the clause, after 达到/达/突破 (in the goal) or the indicator's floor; the growth the
only 增长…% in the clause. A clause with two of any is left alone, as is a level above the base × growth (a level may
outrun the rate it names as a floor). A clause that is only a level (，达到52亿元) is read with the one before it; a
growth naming another thing in its own 、 part (有进出口实绩企业达到130家、进出口总额增长20%) is not the level's; a
growth said as about (增长15%左右) holds within a point.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, YUAN_PER, Hit, TableContext, compile_identity, is_cost, row_hit

NAME = "growth-short"
SCOPES = ("table",)
VARIANTS = ("goal", "row")
_SAID = ("clause", "base", "rate", "level", "made")
PLACEHOLDERS = {"goal": _SAID, "row": ROW_PLACEHOLDERS + _SAID}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_NUM = r"[0-9]+(?:\.[0-9]+)?"
_UNIT = r"亿元|万元|元|人次|家|个|件|项|人|名|户"
_GROWTH = lazy_pattern(r"增长(?:率)?(?:达到|达|不低于|超过)?(?P<rate>" + _NUM + r")%")
_FIGURE = lazy_pattern(r"(?P<num>" + _NUM + r")(?P<unit>" + _UNIT + r")")
# last year's figure: 2026年7.5亿元, 2026年底（230家）, 2026年合计20亿元, 上年为40亿元
_BASE_LEAD = lazy_pattern(r"(?:(?P<year>20[0-9]{2})年(?:底|末|全年|度)?|上年|去年)[^0-9，,；;。（）()、]{0,8}?[（(]?"
                          r"(?:合计|共|为|约|达)?$")
# this year's level in the goal: 达到260家, 突破50亿元
_LEVEL_LEAD = lazy_pattern(r"(?:达到|达|突破|超过)(?:约)?$")
_LEVEL_LEAD_WORDS = lazy_pattern(r"达到|达|突破|超过")
_STOPS = lazy_pattern(r"[；;。\n]")
# a fall is no growth; an 新增/累计 figure is no level of the same thing
_FALL = lazy_pattern(r"下降|减少|降低")
_SLACK = Decimal("0.995")
# a growth said as about (增长15%左右, 增长约8%) holds within a point
_ABOUT_AFTER = lazy_pattern(r"^(?:左右|上下)")
_ABOUT_POINTS = Decimal(1)
# a clause that is only a level (达到52亿元), joined to the clause before it holding the base and the growth
_LEVEL_ONLY = lazy_pattern(r"^(?:力争|预计|全年)?(?:达到|达|突破)")
# what may stand before 增长 in its own 、 part without naming another thing grown (同比, 较2026年（50亿元）)
_GROWTH_LEAD = lazy_pattern(r"20[0-9]{2}年(?:底|末|度)?|[（(][^（）()]*[)）]|同比|环比|较上年|比上年|较|比|年均|力争|预计|实现|"
                            r"确保|以上|左右|约|、|，|,|\s")


def _clauses(text: str) -> Iterator[str]:
    """The text's clauses: split at stops, and at commas outside brackets."""
    for sentence in _STOPS.split(text):
        depth, start = 0, 0
        for i, char in enumerate(sentence):
            if char in "（(":
                depth += 1
            elif char in "）)":
                depth = max(depth - 1, 0)
            elif char in "，," and depth == 0:
                yield sentence[start:i]
                start = i + 1
        yield sentence[start:]


def _part(clause: str, at: int) -> tuple[int, int]:
    """The bounds of the 、 part of a clause holding a position (、 inside brackets set aside)."""
    depth, start = 0, 0
    for i, char in enumerate(clause):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(depth - 1, 0)
        elif char == "、" and depth == 0:
            if i >= at:
                return start, i
            start = i + 1
    return start, len(clause)


def _same_thing(clause: str, growth: re.Match[str], level_at: int) -> bool:
    """Whether a level and the growth beside it are of one thing: in the same 、 part, or the growth's part naming no
    thing (同比增长), or the level's naming none of its own (、达到50亿元) or the growth's (有进出口实绩企业达到130家、进出口
    总额增长20% are two things)."""
    g_start, g_end = _part(clause, growth.start())
    l_start, _ = _part(clause, level_at)
    if l_start == g_start:
        return True
    subject = _GROWTH_LEAD.sub("", clause[g_start:growth.start()])
    if not subject:
        return True
    lead = _LEVEL_LEAD_WORDS.search(clause, l_start, level_at)
    own = _GROWTH_LEAD.sub("", clause[l_start:lead.start() if lead else level_at])
    return not own or subject in own


def _joined(clauses: Iterator[str]) -> Iterator[str]:
    """The clauses, each followed by one that is only a level (较2026年（50亿元）增长8%，达到52亿元 read as one)."""
    items = list(clauses)
    for index, clause in enumerate(items):
        if index + 1 < len(items) and _LEVEL_ONLY.match(items[index + 1].strip()) and "增长" in clause \
                and "增长" not in items[index + 1] and not _LEVEL_LEAD.search(clause):
            yield clause + "，" + items[index + 1]
        else:
            yield clause


def _amount(num: str, unit: str) -> tuple[Decimal, str]:
    if unit in YUAN_PER:
        return Decimal(num) * YUAN_PER[unit], "元"
    return Decimal(num), unit


def _read(clause: str, year: int, level_given: tuple[Decimal, str] | None) -> dict[str, Any] | None:
    growths = list(_GROWTH.finditer(clause))
    if len(growths) != 1 or _FALL.search(clause):
        return None
    bases, levels = [], []
    for match in _FIGURE.finditer(clause):
        head = clause[max(match.start() - 16, 0):match.start()]
        lead = _BASE_LEAD.search(head)
        amount = _amount(match.group("num"), match.group("unit"))
        if lead is not None and (lead.group("year") is None or int(lead.group("year")) == year - 1):
            bases.append((amount, match.group()))
        elif level_given is None and _LEVEL_LEAD.search(head) and _same_thing(clause, growths[0], match.start()):
            levels.append((amount, match.group()))
    if len(bases) != 1:
        return None
    (base, unit), base_text = bases[0]
    if level_given is not None:
        levels = [(level_given, "")]
    levels = [item for item in levels if item[0][1] == unit]
    if len(levels) != 1 or base <= 0:
        return None
    (level, _), level_text = levels[0]
    rate = floor = Decimal(growths[0].group("rate"))
    if _ABOUT_AFTER.match(clause[growths[0].end():]) or clause[max(growths[0].start() - 1, 0):growths[0].start()] == "约":
        floor -= _ABOUT_POINTS  # 增长15%左右: 14% meets it (the message still says the goal's 15%)
    needed = base * (1 + floor / 100)
    if level >= needed * _SLACK:
        return None
    made = (level / base - 1) * 100
    return {"clause": clause.strip(), "base": base_text, "rate": f"{rate.normalize():f}%",
            "level": level_text or "", "made": f"{made:.1f}%"}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    if "增长" in ctx.goal:
        for clause in _joined(_clauses(ctx.goal)):
            said = _read(clause, year, None)
            if said is not None:
                yield Hit("/goal", said, value=said["clause"], find=said["clause"], variant="goal")
    for row in ctx.rows:
        note = row.indicator.note or ""
        if is_cost(row) or "增长" not in row.name + note or row.parsed.op not in ("≥", "=", "＝"):
            continue
        parsed = row.parsed
        if parsed.kind == "money" and parsed.yuan is not None:
            given = (parsed.yuan, "元")
        elif parsed.kind == "count" and parsed.number is not None and parsed.unit:
            given = (parsed.number, parsed.unit)
        else:
            continue
        said = _read(f"{row.name}（{note}）", year, given)
        if said is not None:
            said["level"] = row.shown
            yield row_hit(row, variant="row", **said)

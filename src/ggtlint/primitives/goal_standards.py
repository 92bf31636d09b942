"""The standards per head a 年度总体目标 sets, and which of them an indicator names (a helper, no primitive).

A standard is an amount per person or household, for a period or none: 每人每月760元, 每户每年600元, 600元/户·年. Each
is read as what the goal makes of it: ``plain`` (按每户每年600元标准…), ``floor`` (不低于每人每月900元, 每人每月不低于900元)
or ``raised`` (由每人每月700元提高到每人每月760元, 从700元提高至760元, 提标至每人每月760元: ``old`` the figure left,
None where the goal does not give it). FUND027 (standard-below-goal), VAL046 (standard-head-unit) and REL008's
``standard`` variant read them; they are read once a table (``ctx.memo``).

An indicator names a standard by its name's own words (its payment and whom it pays, the per-head and payment words
set aside) shared with the words of the standard's clause: a run of three characters at least, and more than with any
other standard's. Where a clause gives several standards (城市…不低于每人每月1200元、农村不低于每人每月900元), each is
read with its own 、-piece, the first piece's words lent to the later ones less their place (农村 borrows 特困人员基本生活
标准); a name of one place (农村) never names a standard of the other (城市) alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import TableContext, clause_around, longest_run
from ggtlint.primitives.pricing import PERIODS_A_YEAR

# heads a standard is per: people (名, 位 and 生 counted as people) or households
HEAD_FAMILY = {"人": "人", "名": "人", "位": "人", "生": "人", "户": "户", "家": "户"}
# periods of the year, and how many of each a year holds (天: the days are not known; none said: not a period)
PER_YEAR = {period: times for period, times in PERIODS_A_YEAR.items() if period}
_NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
_PER = r"每(?P<{h}>[人户生名位])(?:每(?P<{p}>年|月|季度|季|天|日))?"
_UNIT = r"/(?P<{h}>[人户])(?:[·.](?P<{p}>年|月|季度|季|天|日))?"
# one standard: 每人每月(不低于)760元 or 760元/人·月
_EACH = lazy_pattern(_PER.format(h="head", p="period") + r"(?P<bound>不低于|不少于|最低)?(?P<n>" + _NUM
                     + r")(?P<wan>万)?元|(?P<n2>" + _NUM + r")(?P<wan2>万)?元" + _UNIT.format(h="head2", p="period2"))
# a standard raised: 由(每人每月)700元(/人·月)提高到(每人每月)760元, 提标至760元; the per-head words on either side
_RAISE = lazy_pattern(r"(?:[由从](?:" + _PER.format(h="ha", p="pa") + r")?(?P<a>" + _NUM + r")元(?:"
                      + _UNIT.format(h="hu", p="pu") + r")?(?:的?标准)?(?:提高|提升|上调|调高|调整|增加)|提标)"
                      r"[到至为](?:" + _PER.format(h="hb", p="pb") + r")?(?P<b>" + _NUM + r")元(?:"
                      + _UNIT.format(h="hv", p="pv") + r")?")
# a floor's words right before a standard (不低于每人每月900元)
_FLOOR_AHEAD = lazy_pattern(r"(?:不低于|不少于|不得低于|最低)$")
# a cap's words after or before it: no standard paid (每户最高补助2万元 is not read; 最高每户2000元, 不得超过每户2000元
# neither)
_CAP_NEAR = lazy_pattern(r"(?:最高|超过|不高于|上限|封顶)$")
_CLAUSE_BREAK = lazy_pattern(r"[，。；;\n]|,(?![0-9]{3})")
_BRACKET = lazy_pattern(r"[（(][^（）()]*[)）]")
# places a standard may be set for apart: a name of one never names the other's
_TOWN = ("城市", "城镇", "城区", "市区")
_COUNTRY = ("农村", "乡村")
# words any standard's name holds: set aside before the name's own are compared
_NAME_GENERIC = lazy_pattern(r"标准|补助|补贴|津贴|资金|经费|金额|发放|保障|人均|户均|每[人户月年]|全年|年度|[（(][^（）()]*[)）]")
_LEAST_RUN = 3


@dataclass(frozen=True, slots=True)
class GoalStandard:
    """A standard the goal sets: where it is written, per whom and what period, how much, what the goal makes of it
    and the words it is read with."""

    start: int
    end: int
    head: str            # 人 or 户
    period: str          # 年, 月, 季度, 天 or "" (none said)
    amount: Decimal      # in 元
    kind: str            # plain, floor or raised
    old: Decimal | None  # a raised standard's figure before, if the goal gives it
    text: str            # the words it is read with (its clause, or its 、-piece and the first piece's words)
    said: str            # as the goal writes it, for a message


def goal_standards(ctx: TableContext) -> list[GoalStandard]:
    """The goal's standards, read once a table."""
    key = "goal_standards"
    if key not in ctx.memo:
        goal = ctx.goal
        ctx.memo[key] = _read(goal) if "元" in goal and ("每" in goal or "/" in goal) else []
    return list(ctx.memo[key])


def _yuan(number: str, wan: str | None) -> Decimal:
    return Decimal(number.replace(",", "")) * (10000 if wan else 1)


def period_of(text: str | None) -> str:
    """A period as the standards name it (季 is 季度, 日 is 天; none is "")."""
    return {"季": "季度", "日": "天"}.get(text or "", text or "")


def _read(goal: str) -> list[GoalStandard]:
    found: list[GoalStandard] = []
    raised_spans: list[tuple[int, int]] = []
    for match in _RAISE.finditer(goal):
        heads = [match.group(name) for name in ("ha", "hu", "hb", "hv") if match.group(name)]
        periods = [match.group(name) for name in ("pa", "pu", "pb", "pv") if match.group(name)]
        if not heads:
            continue  # (提高到80元: whom it is per is not said)
        old = _yuan(match.group("a"), None) if match.group("a") else None
        start = match.start()
        found.append(GoalStandard(start, match.end(), HEAD_FAMILY[heads[0]], period_of(periods[0] if periods else None),
                                  _yuan(match.group("b"), None), "raised", old, "", match.group()))
        raised_spans.append((start, match.end()))
    for match in _EACH.finditer(goal):
        if any(start <= match.start() < end for start, end in raised_spans):
            continue
        if _CAP_NEAR.search(goal, max(0, match.start() - 3), match.start()):
            continue
        after = goal[match.end():match.end() + 2]
        if after.startswith(("最高", "以内", "以下", "封顶")):
            continue
        if match.group("n"):
            head, period, amount = match.group("head"), match.group("period"), _yuan(match.group("n"), match.group("wan"))
            bound = match.group("bound")
        else:
            head, period, amount = match.group("head2"), match.group("period2"), _yuan(match.group("n2"),
                                                                                       match.group("wan2"))
            bound = None
        ahead = _FLOOR_AHEAD.search(goal, max(0, match.start() - 4), match.start())
        floor = bool(bound) or ahead is not None
        said = (ahead.group() if ahead else "") + match.group()
        found.append(GoalStandard(match.start(), match.end(), HEAD_FAMILY[head], period_of(period), amount,
                                  "floor" if floor else "plain", None, "", said))
    found.sort(key=lambda each: each.start)
    return [_with_text(goal, each, found) for each in found]


def _pieces(goal: str, start: int, end: int) -> list[tuple[int, int]]:
    """A clause's 、-pieces, a 、 within brackets no break."""
    pieces, depth, begin = [], 0, start
    for at in range(start, end):
        char = goal[at]
        if char in "（(":
            depth += 1
        elif char in "）)" and depth:
            depth -= 1
        elif char == "、" and depth == 0:
            pieces.append((begin, at))
            begin = at + 1
    pieces.append((begin, end))
    return pieces


def _with_text(goal: str, standard: GoalStandard, every: list[GoalStandard]) -> GoalStandard:
    start, end = clause_around(goal, standard.start, standard.start, _CLAUSE_BREAK)
    text = goal[start:end]
    if sum(start <= other.start < end for other in every) > 1:
        pieces = _pieces(goal, start, end)
        own = next(((begin, stop) for begin, stop in pieces if begin <= standard.start < stop), (start, end))
        text = goal[own[0]:own[1]]
        if own[0] > pieces[0][0]:  # a later piece borrows the first's words, less its place
            first = goal[pieces[0][0]:pieces[0][1]]
            for place in _TOWN + _COUNTRY:
                first = first.replace(place, "")
            text = text + "|" + first
    return GoalStandard(standard.start, standard.end, standard.head, standard.period, standard.amount, standard.kind,
                        standard.old, _BRACKET.sub("", text) or text, standard.said)


def _places(text: str) -> tuple[bool, bool]:
    return any(word in text for word in _TOWN), any(word in text for word in _COUNTRY)


def named_standard(name: str, standards: list[GoalStandard]) -> GoalStandard | None:
    """The one standard of the goal an indicator's name names, or None (none, or several alike)."""
    own = _NAME_GENERIC.sub("", name)
    if len(own) < _LEAST_RUN:
        return None
    town, country = _places(name)
    scored = []
    for standard in standards:
        its_town, its_country = _places(standard.text)
        if (town and not its_town and its_country) or (country and not its_country and its_town):
            continue  # (农村…基本生活费 never names the city's standard)
        scored.append((longest_run(own, standard.text), standard))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    winners = [standard for score, standard in scored if score == best]
    return winners[0] if best >= _LEAST_RUN and len(winners) == 1 else None


def named_standard_in(ctx: TableContext, name: str) -> GoalStandard | None:
    """``named_standard(name, goal_standards(ctx))``, worked out once a table and name (``ctx.memo``): the rules
    reading a row's standard (FUND027, VAL046) ask it of the same row in turn."""
    named = ctx.memo.get("named_standard")
    if named is None:
        named = ctx.memo["named_standard"] = {}
    if name not in named:
        named[name] = named_standard(name, goal_standards(ctx))
    return named[name]


def a_year(amount: Decimal, period: str) -> Decimal | None:
    """An amount per period as a year's (760元 a month is 9120元), None for a period that does not convert."""
    times = PER_YEAR.get(period)
    return amount * times if times else None


def same_period_amounts(first: Decimal, first_period: str, second: Decimal,
                        second_period: str) -> tuple[Decimal, Decimal] | None:
    """Two amounts per period set side by side: as written when the periods are one, else both a year's; None when
    they do not convert (a day's, or one of no period beside one of a period)."""
    if first_period == second_period:
        return first, second
    one, other = a_year(first, first_period), a_year(second, second_period)
    return (one, other) if one is not None and other is not None else None


def note_standard(note: str) -> tuple[str, str, Decimal] | None:
    """The one standard per head a note gives (head family, period, amount in 元), or None (none, or several)."""
    found = set()
    for match in _EACH.finditer(note):
        if match.group("n"):
            found.add((HEAD_FAMILY[match.group("head")], period_of(match.group("period")),
                       _yuan(match.group("n"), match.group("wan"))))
        else:
            found.add((HEAD_FAMILY[match.group("head2")], period_of(match.group("period2")),
                       _yuan(match.group("n2"), match.group("wan2"))))
    return found.pop() if len(found) == 1 else None


_LOOSE = lazy_pattern(r"约|左右|最高|不超过|不高于|分档|其中|平均|以上|至")


def is_loose(note: str) -> bool:
    """Whether a note's figure is no one rate (约, 最高, 不超过, 分档, 其中)."""
    return _LOOSE.search(note) is not None

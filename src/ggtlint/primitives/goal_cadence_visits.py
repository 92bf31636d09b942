"""goal-cadence-visits: visits or checks counted once per person where the goal repeats them through the year.

A goal that names its people (共计5300人, 为全市240名…儿童, 新增优待合作商户60家) and says they are visited or checked
again and again (每季度对救助供养对象开展一次动态核查, 儿童主任每季度入户走访1次, 每季度走访优待合作商户1次) makes
the year's visits the people times the times a year: 5300 × 4 = 21200人次. An indicator of that act in 人次 (家次, 户次)
equal to the people themselves (动态核查 ≥5300人次) counts one visit each: met at that, three of the four quarters'
visits are missed.

Read only where the goal says it plainly: a comma clause with a cadence of the year (每月 12, 每两个月 6, 每季度 4,
每半年 2) and one of a short list of acts (走访, 核查, 探访, 回访, 随访, 巡访, 家访, 入户, 巡查, 探视), the times per
period as written (一次, 1次, 2次; one when none is written), and no share or sample (10%, 抽查). The indicator is a
floor or exact count in 人次, 家次 or 户次 whose name holds that act, neither 累计, 其中 nor per period (每季度, 月均);
told when its figure is a count of people (人, 名), places (家) or households (户) the goal gives, of the unit its
次 is counted in, and the goal's times a year are more than one. Where the cadence clause gives a count of its own (每月
走访50户), that count is the people visited and the figure must be it. Two cadences of the act are left alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown, row_hit
from ggtlint.primitives.visits_over_sessions import people_counts, session_count

NAME = "goal-cadence-visits"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "people", "times", "needed")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_ACTS = ("走访", "核查", "探访", "回访", "随访", "巡访", "家访", "入户", "巡查", "探视")
# the year's periods a cadence names, and how many of each a year holds
_CADENCE = lazy_pattern(r"每(?P<period>月|两个月|季度|季|半年)")
_PER_YEAR = {"月": 12, "两个月": 6, "季度": 4, "季": 4, "半年": 2}
# times per period: 一次, 1次, 2次 (not the tail of 12次)
_TIMES = lazy_pattern(r"(?<![0-9.一两二三四五六七八九十])(?P<k>[0-9]{1,2}|[一两二三四五六七八九十])次")
# a count of places or households (60家, 3200户; not 家次, 户次, nor 每户)
_PLACES = lazy_pattern(r"(?<![0-9.])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?(?P<unit>家|户)(?![次庭])")
# a sample or a share: not everyone each time
_SAMPLE = lazy_pattern(r"%|％|抽查|抽检|抽取|抽样|随机|比例")
_SENTENCE = lazy_pattern(r"[。；;\n]")
_CLAUSE = lazy_pattern(r"[，,：:]")
_BRACKETS = lazy_pattern(r"[（(][^（）()]{0,60}[)）]")
_PER_PERIOD = lazy_pattern(r"每|季度|月均|半年|累计|人均|平均|户均")
_FLOOR_OPS = ("≥", ">", "＝", "=")
_BASE_UNIT = {"人次": "人", "家次": "家", "户次": "户"}


def _counts(text: str, unit: str) -> list[Decimal]:
    """The counts of a unit (人 taking 名 too, 家, 户) a text gives, not said per something (每户, 每期100人)."""
    if unit == "人":
        return people_counts(text)
    found = []
    for match in _PLACES.finditer(text):
        if match.group("unit") == unit and "每" not in text[max(0, match.start() - 4):match.start()]:
            found.append(Decimal(match.group("n")) * (10000 if match.group("wan") else 1))
    return found


Cadence = tuple[str, str, int]


def _cadences(goal: str) -> list[Cadence]:
    """(clause, act, times a year) for each clause that repeats an act of the list through the year."""
    found: list[Cadence] = []
    for sentence in _SENTENCE.split(goal):
        for clause in _CLAUSE.split(sentence):
            cadence = _CADENCE.search(clause)
            if cadence is None or _SAMPLE.search(clause):
                continue
            acts = [act for act in _ACTS if act in clause[cadence.end():]]
            if not acts:
                continue
            times = _TIMES.search(clause, cadence.end())
            per_period = session_count(times.group("k")) if times else 1
            for act in acts:
                found.append((clause, act, per_period * _PER_YEAR[cadence.group("period")]))
    return found


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    rows = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.unit in _BASE_UNIT
            and row.parsed.number and row.parsed.op in _FLOOR_OPS and not is_breakdown(row.name)
            and not _PER_PERIOD.search(row.name + row.value) and any(act in row.name for act in _ACTS)]
    if not rows:
        return  # most tables: no visits counted
    cadences = _cadences(ctx.goal)
    if not cadences:
        return
    goal = _BRACKETS.sub("", ctx.goal)
    for row in rows:
        fitting = [cadence for cadence in cadences if cadence[1] in row.name]
        if len({(clause, times) for clause, _act, times in fitting}) != 1:
            continue  # no cadence of this act, or two
        clause, _act, times = fitting[0]
        unit = _BASE_UNIT[row.parsed.unit]
        number = row.parsed.number
        assert number is not None
        own = _counts(_BRACKETS.sub("", clause), unit)
        people = own if own else _counts(goal, unit)
        if times < 2 or number not in people or (own and len(own) != 1):
            continue
        yield row_hit(row, goal_clause=clause.strip(), people=f"{number.normalize():f}{unit}", times=str(times),
                      needed=f"{(number * times).normalize():f}{row.parsed.unit}")

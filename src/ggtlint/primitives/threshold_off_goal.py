"""threshold-off-goal: an indicator's age or duration threshold other than the goal's for the same people.

The goal names who a benefit reaches by a threshold (80周岁以上高龄老人, 年满16周岁的困难残疾人, 经营6个月以上的创业
实体, 培训后6个月内实现就业); an indicator that counts them under another threshold counts other people or another
result: 受益70周岁以上老人人数 widens the group to people the project does not pay, 培训后12个月内实现就业 measures a
looser result. A narrower group is a fair part of the whole (其中90周岁以上) unless the indicator gives it the whole
group's count: 70周岁以上特困老年人 ≥2600人 against the goal's 60周岁以上特困老年人2600名.

Thresholds read: ages (N周岁以上/及以上, 年满N周岁, 未满N周岁, N周岁以下, N至M周岁) and durations in months or years
(N个月以上, N个月内, N年以上). The goal's thresholds of a kind near words the indicator's name shares (a run of
two characters within twelve either side) that overlap its own are its groups; the indicator's threshold is told when it lies outside
all of them (wide) or inside one with that group's count as its value (whole_count).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator, NamedTuple

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, row_hit

NAME = "threshold-off-goal"
SCOPES = ("table",)
VARIANTS = ("wide", "whole_count")
_SAID = ("threshold", "goal_threshold")
PLACEHOLDERS = {"wide": ROW_PLACEHOLDERS + _SAID, "whole_count": ROW_PLACEHOLDERS + _SAID + ("count",)}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_INF = Decimal(10 ** 6)
_N = r"[0-9]{1,3}"
# one threshold: kind (age/months), its interval [low, high] and the text; years of a duration become months
_THRESHOLD = lazy_pattern(
    r"(?P<range>(?P<r1>" + _N + r")(?:至|到|-|—|～|~)(?P<r2>" + _N + r")(?P<runit>周岁|个月))"
    r"|(?P<full>年满(?P<f1>" + _N + r")周岁(?:及以上|以上)?)"
    r"|(?P<under>未满(?P<u1>" + _N + r")周岁)"
    r"|(?P<bound>(?<![0-9年月.])(?P<b1>" + _N + r")(?P<bunit>周岁|个月|年)(?P<side>及以上|以上|以下|以内|内))")
_COUNT = lazy_pattern(r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?(?:名|人|户)")
_CLAUSE_BREAK = lazy_pattern(r"[，,；;。、\n]")
# words any threshold's context has: no sign of the same people
_GENERIC = lazy_pattern(r"周岁|个月|以上|以下|以内|年满|未满|人数|[0-9（）()≥≤＝%]")


class Threshold(NamedTuple):
    """One threshold read from a goal or a name: its kind (age, months), the interval it admits and where it is."""

    kind: str
    low: Decimal
    high: Decimal
    text: str
    start: int
    end: int


def _thresholds(text: str) -> list[Threshold]:
    out = []
    for m in _THRESHOLD.finditer(text):
        if m.group("range"):
            low, high = Decimal(m.group("r1")), Decimal(m.group("r2"))
            kind = "age" if m.group("runit") == "周岁" else "months"
        elif m.group("full"):
            low, high, kind = Decimal(m.group("f1")), _INF, "age"
        elif m.group("under"):
            low, high, kind = Decimal(0), Decimal(m.group("u1")) - Decimal("0.01"), "age"
        else:
            n, unit, side = Decimal(m.group("b1")), m.group("bunit"), m.group("side")
            kind = "age" if unit == "周岁" else "months"
            if unit == "年":
                if n > 10:
                    continue
                n *= 12
            low, high = (n, _INF) if "以上" in side else (Decimal(0), n)
        if low > high:
            continue
        out.append(Threshold(kind, low, high, m.group(), m.start(), m.end()))
    return out


def _runs(text: str) -> set[str]:
    plain = _GENERIC.sub(" ", text)
    return {plain[i:i + 2] for i in range(len(plain) - 1) if " " not in plain[i:i + 2]}


def _count_near(goal: str, item: Threshold) -> Decimal | None:
    """The count the goal gives the threshold's group: right after it in its clause, else right before."""
    after = _CLAUSE_BREAK.split(goal[item.end:item.end + 24], 1)[0]
    before = _CLAUSE_BREAK.split(goal[max(item.start - 8, 0):item.start])[-1]
    for part, take in ((after, 0), (before, -1)):
        found = list(_COUNT.finditer(part))
        if found:
            m = found[take]
            return Decimal(m.group("num")) * (10000 if m.group("wan") else 1)
    return None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    if "周岁" not in goal and "个月" not in goal and "年以上" not in goal:
        return
    groups = [(item, _runs(goal[max(item.start - 12, 0):item.start] + " " + goal[item.end:item.end + 12]))
              for item in _thresholds(goal)]
    if not groups:
        return
    for row in ctx.rows:
        if is_cost(row) or not any(word in row.name for word in ("周岁", "个月", "年")):
            continue
        for mine in _thresholds(row.name):
            words = _runs(row.name[:mine.start] + " " + row.name[mine.end:])
            # the same people: words shared near the goal's threshold, and groups that overlap (0至6周岁儿童
            # beside 65周岁以上老年人 are other people, not another threshold for them)
            same = [(item, run) for item, run in groups if item.kind == mine.kind and words & run
                    and mine.low <= item.high and item.low <= mine.high]
            if not same:
                continue
            inside = [item for item, _ in same if item.low <= mine.low and mine.high <= item.high]
            if not inside:
                shown = "、".join(dict.fromkeys(item.text for item, _ in same))
                yield row_hit(row, variant="wide", threshold=mine.text, goal_threshold=shown)
                break
            if (mine.low, mine.high) in {(item.low, item.high) for item in inside}:
                continue
            number = row.parsed.number
            for item in inside:
                count = _count_near(goal, item)
                if count is not None and number is not None and count == number and row.parsed.op in ("≥", "＝", "="):
                    yield row_hit(row, variant="whole_count", threshold=mine.text, goal_threshold=item.text,
                                  count=row.shown)
                    break
            else:
                continue
            break

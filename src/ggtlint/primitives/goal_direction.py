"""goal-direction: an indicator bounding the goal's figure from the side opposite to the goal's.

The goal says 治理后水体溶解氧大于2mg/L and the indicator 治理后水体溶解氧 ＜2mg/L; the goal says 臭氧超标天数比上年减少3天
以上 and the indicator ≤3天: the same figure, a floor in one place and a ceiling in the other. Met by the indicator, the
goal is missed.

Read in the goal: a figure with its unit after 大于, 高于, 超过, 多于, 至少 (a floor) or 小于, 低于, 少于 (a ceiling), or
before 以上 (a floor) or 以下, 以内 (a ceiling); the negated forms (不低于, 不得超过, 严禁超过) are REL008's. The indicator's value is
the same figure and unit after ≥ or ＞ (a floor) or ≤ or ＜ (a ceiling), and its name shares two pairs of characters
in a row with the goal's clause before the figure (实训课程开出率 and 实训设备完好率 share one: other things). A figure the goal gives twice with both sides is not judged, nor one followed by 的, which picks what
the work covers or a group (对排放浓度高于50mg/m³的燃气锅炉实施低氮改造: the boilers, not the result; 超过3天的投诉). A rate is read too, though VAL006 and
VAL015 tell many a reversed rate by its name alone: they miss a rate whose name does not say its side
(城镇污水收集率 ≤70% against the goal's 70%以上). A unit spelt two ways is one (mg/l and mg/L, ug/m3 and μg/m³:
values.normalize.unit_key).
"""

from __future__ import annotations

from typing import Any, Iterator, NamedTuple

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit
from ggtlint.values.normalize import unit_key

NAME = "goal-direction"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "side", "side_en")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_NUM = r"[0-9]+(?:\.[0-9]+)?"
# a unit: letters, a few symbols, or up to four CJK unit characters (not words like 以上)
_UNIT = r"(?:[a-zA-Zμµ%‰/³²·]+[0-9³²]?(?:/[a-zA-Z³²]+)?|(?:个工作日|个月|万?[元人名户家个座处条次天日年吨亩米台件所起项份次分]|平方米|立方米|公里|千米|公顷|小时|分钟|厘米|毫米|分贝))"
# a word negated (不低于, 不得低于, 不应超过, 严禁超过, 禁止超过) bounds the other side: not read (REL008's)
_GOAL_FIGURE = lazy_pattern(
    r"(?P<pre>(?<![不禁])(?<!不[得应能会宜可准许要])(?<!禁止)(?:大于|高于|超过|多于|至少|小于|低于|少于))\s*(?P<n1>" + _NUM + r")\s*(?P<u1>" + _UNIT + r")"
    r"|(?<![0-9.])(?P<n2>" + _NUM + r")\s*(?P<u2>" + _UNIT + r")\s*(?P<post>以上|以下|以内|内(?![容部]))")
_FLOOR_WORDS = ("大于", "高于", "超过", "多于", "至少", "以上")
_VALUE = lazy_pattern(r"^\s*(?P<op>≥|＞|>|≤|＜|<)\s*(?P<num>" + _NUM + r")\s*(?P<unit>" + _UNIT + r")\s*$")
_BREAK = lazy_pattern(r"[，,；;。、\n]")
_CJK_PAIR = lazy_pattern(r"(?=([\u4e00-\u9fff]{2}))")
# pairs any figure's clause has: no sign of the same thing
_GENERIC = frozenset({"以上", "以下", "以内", "大于", "小于", "高于", "低于", "超过", "达到", "全年", "完成", "比上", "上年",
                      "年度", "实现", "确保", "保持", "稳定", "不少", "至少"})


class Bound(NamedTuple):
    """One figure the goal bounds: its number and unit, whether a floor, the clause before it and the bound as written."""

    num: str
    unit: str
    floor: bool
    clause: str
    said: str


def _bounds(goal: str) -> list[Bound]:
    out = []
    for m in _GOAL_FIGURE.finditer(goal):
        # a bound followed by 的 picks what the work covers (对排放浓度高于50mg/m³的锅炉实施改造, 坡度25度以上的坡耕地),
        # not a result the goal promises: an indicator of the result may bound the same figure from the other side
        if goal.startswith("的", m.end()):
            continue
        word = m.group("pre") or m.group("post")
        num, unit = (m.group("n1"), m.group("u1")) if m.group("pre") else (m.group("n2"), m.group("u2"))
        breaks = [b.end() for b in _BREAK.finditer(goal, 0, m.start())]
        clause = goal[breaks[-1] if breaks else 0:m.start()]
        # the unit in one spelling (mg/l is mg/L, ug/m3 μg/m³), as the indicator's is read
        out.append(Bound(num.rstrip("0").rstrip(".") if "." in num else num, unit_key(unit), word in _FLOOR_WORDS, clause,
                         m.group(0)))
    return out


def _pairs(text: str) -> set[str]:
    return {p for p in _CJK_PAIR.findall(text) if p not in _GENERIC}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each indicator bounding a figure of the goal from the side opposite to the goal's."""
    goal = ctx.goal
    if not goal or not any(word in goal for word in ("于", "以上", "以下", "内", "至少", "超过")):
        return
    bounds = _bounds(goal)
    if not bounds:
        return
    sides: dict[tuple[str, str], set[bool]] = {}
    for b in bounds:
        sides.setdefault((b.num, b.unit), set()).add(b.floor)
    for row in ctx.rows:
        m = _VALUE.match(row.value)
        if m is None:
            continue
        num = m.group("num")
        num = num.rstrip("0").rstrip(".") if "." in num else num
        key = (num, unit_key(m.group("unit")))
        if len(sides.get(key, ())) != 1:
            continue
        floor = m.group("op") in ("≥", "＞", ">")
        name_pairs = _pairs(row.name)
        for b in bounds:
            if (b.num, b.unit) == key and b.floor != floor and len(name_pairs & _pairs(b.clause)) >= 2:
                word = "下限" if b.floor else "上限"
                yield row_hit(row, goal_clause=b.clause + b.said, side=word,
                              side_en="floor" if b.floor else "ceiling")
                break

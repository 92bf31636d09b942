"""points-short: a rate whose own change in percentage points and last year's rate disagree with its target.

An indicator written 两项补贴申请全程网办率 ≥80%（较上年提高10个百分点）, noted 2026年为75%, states one target twice:
75% raised by 10 points is 85%, and ≥80% is a raise of 5. Met at 80%, the promised raise is missed (or last year's
figure is wrong). A fall alike: 证件信息差错率 ≤0.5%（较上年下降0.5个百分点）, noted 2026年为0.8%, allows 0.5% where the
fall gives 0.3%.

Read in one indicator's name, value and note: the rate the value gives (≥, ＝ for a raise; ≤, ＝ for a fall), one
较上年/比上年/较{year-1}年 提高/下降 N个百分点, and one rate dated the year before the budget year (2026年为75%,
上年为75%, 2026年底75%). Two changes or two bases are left alone; so is a target beyond what the change gives (the
change is a floor).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, row_hit

NAME = "points-short"
SCOPES = ("indicator",)
VARIANTS = ("up", "down")
_SAID = ("base", "points", "target", "gap", "gap_en")
PLACEHOLDERS = {"up": ROW_PLACEHOLDERS + _SAID, "down": ROW_PLACEHOLDERS + _SAID}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
ROW_PURE = True
compile = compile_identity

_NUM = r"[0-9]+(?:\.[0-9]+)?"
_TARGET = lazy_pattern(r"^\s*(?P<op>≥|≤|＝|=|不低于|不高于|不超过|达到)?\s*(?P<num>" + _NUM + r")\s*%")
_CHANGE = lazy_pattern(r"(?:较|比)(?:上年|去年|(?P<year>20[0-9]{2})年)(?:度|底|末)?(?:同期)?"
                       r"(?P<dir>提高|提升|增长|增加|上升|下降|降低|减少)(?:了)?(?P<num>" + _NUM + r")个百分点")
_BASE = lazy_pattern(r"(?:(?P<year>20[0-9]{2})年|上年|去年)(?:度|底|末|全年)?[^0-9%，,；;。（）()]{0,6}?"
                     r"(?:为|是|达到|达|约|实际)?(?P<num>" + _NUM + r")%")
_UP = ("提高", "提升", "增长", "增加", "上升")
_RAISE_OPS = ("≥", "＝", "=", "不低于", "达到", None)
_FALL_OPS = ("≤", "＝", "=", "不高于", "不超过", None)


def _said(row: Row, year: int) -> dict[str, Any] | None:
    target = _TARGET.match(row.value)
    if target is None:
        return None
    text = f"{row.name}（{row.value}）（{row.indicator.note or ''}）"
    changes = [m for m in _CHANGE.finditer(text) if m.group("year") is None or int(m.group("year")) == year - 1]
    if len(changes) != 1:
        return None
    # last year's rate: dated the year before, outside the change phrase itself
    bases = [m for m in _BASE.finditer(text)
             if (m.group("year") is None or int(m.group("year")) == year - 1)
             and not (changes[0].start() <= m.start() < changes[0].end())]
    if len(bases) != 1:
        return None
    change, base = changes[0], Decimal(bases[0].group("num"))
    points, value = Decimal(change.group("num")), Decimal(target.group("num"))
    up = change.group("dir") in _UP
    if up and target.group("op") in _RAISE_OPS and value < base + points:
        needed = base + points
    elif not up and target.group("op") in _FALL_OPS and value > base - points:
        needed = base - points
    else:
        return None
    if needed < 0 or needed > 100:
        return None
    return {"variant": "up" if up else "down", "base": f"{base.normalize():f}%",
            "points": f"{points.normalize():f}", "target": f"{needed.normalize():f}%", **_gap(value - base, up)}


def _gap(made: Decimal, up: bool) -> dict[str, str]:
    """How far the target moves from last year's rate, in the message's words: a raise short of the promise, none, or
    a move the other way (≥80% on last year's 85% is 5 points below it, not above)."""
    size = f"{abs(made).normalize():f}"
    if made == 0:
        return {"gap": "与上年持平", "gap_en": "no change on last year"}
    if (made > 0) is up:
        return {"gap": f"只比上年{'高' if up else '低'}{size}个百分点",
                "gap_en": f"only {size} points {'above' if up else 'below'} last year"}
    return {"gap": f"反而比上年{'低' if up else '高'}{size}个百分点",
            "gap_en": f"{size} points {'below' if up else 'above'} last year"}


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None or is_cost(row) or "百分点" not in row.name + row.value + (row.indicator.note or ""):
        return
    said = _said(row, year)
    if said is not None:
        variant = said.pop("variant")
        yield row_hit(row, variant=variant, **said)

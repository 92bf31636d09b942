"""goal-coverage: concrete things promised in the 年度总体目标 should have an indicator.

Params: ``patterns`` — regular expressions run on the goal; each match's named group
``item`` (e.g. 总站, 败诉率) must appear in some indicator name, else the promise has no
indicator other than a cost line (its last ``tail`` characters, or the named group ``key`` where
a pattern has one). The patterns are data so a bureau can add its own (they are
vetted for safety).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.bilingual import BilingualError
from ggtlint.lazyregex import is_compiled, lazy_pattern, pattern_source
from ggtlint.primitives.base import Hit, TableContext, is_cost, longest_run
from ggtlint.regexneeds import could_match, needs
from ggtlint.regexsafety import compile_safe

NAME = "goal-coverage"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ("item", "phrase")
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["patterns"],
    "additionalProperties": False,
    "properties": {
        "patterns": {"type": "array", "items": {"type": "string"}},
        "tail": {"type": "integer", "minimum": 1},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    patterns = [compile_safe(p) for p in params["patterns"]]
    for pattern in patterns:
        # a built-in pack's patterns are compiled when a goal could match them (tests/test_lazy_compiles.py
        # checks their groups); a user pack's are compiled here, and checked
        if is_compiled(pattern) and "item" not in pattern.groupindex:
            raise BilingualError(f"goal-coverage 的正则需要命名分组 (?P<item>…)：{pattern.pattern}",
                                 f"the pattern needs a named group (?P<item>…): {pattern.pattern}")
    # what each pattern needs (regexneeds), read when first asked and kept: not looked up again for every goal
    return {"patterns": patterns, "tail": params.get("tail", 3), "needs": [None] * len(patterns)}


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    if not goal:
        return
    # a cost line pays for the promise, it does not measure it (社区科普e站建设补助 for 新建e站15个)
    names = "\n".join(row.name for row in ctx.rows if not is_cost(row))
    seen: set[str] = set()
    text = goal[:5000]
    needed = params["needs"]
    for at, pattern in enumerate(params["patterns"]):
        clauses = needed[at]
        if clauses is None:
            clauses = needed[at] = needs(*pattern_source(pattern))
        if not could_match(clauses, text):  # a character every match holds is absent
            continue
        for match in pattern.finditer(text):
            item = match.group("item")
            # a pattern may name the words that must be measured (龙头企业 of 县域商业龙头企业)
            key = match.group("key") if "key" in pattern.groupindex and match.group("key") else item[-params["tail"]:]
            if key in seen or key in names or _timed_alike(key, names) or _as_share(item, params["tail"], names) \
                    or (len(item) > params["tail"] and _with_one_more(item[-params["tail"] - 1:], names)) \
                    or _counted_as_promised(goal, match.end(), item, ctx):
                continue
            seen.add(key)
            phrase = match.group(0).lstrip("，。；、,; \n")  # a pattern may start at the clause's punctuation
            yield Hit("/goal", {"item": item, "phrase": phrase}, value=item, find=phrase)


_FIGURE = lazy_pattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")
# a growth on last year with the figure it comes to (较上年增长10%、达到450人次; by a count or points too, 增加50人次、
# 达到450人次, 提高2个百分点、达到95%): that figure is the promise's
_GROWTH_REACHING = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?(?:[%％]|个百分点|[\u4e00-\u9fff]{1,3}?)[，、,]?(?:达到|达|增至|增长到|提高到|提升到|增加到|至|到)")


def _counted_as_promised(goal: str, end: int, item: str, ctx: TableContext) -> bool:
    """The figure the goal gives right after the item (改造卫生间给排水24间) is an indicator's, in its
    unit, and the indicator shares two characters with the item (改造卫生间 ＝24间): the same work; after a
    growth, the figure it reaches (垫付人次较上年增长10%、达到450人次 by 垫付抢救费和丧葬费 ≥450人次)."""
    reaching = _GROWTH_REACHING.match(goal, end)
    return _given_at(goal, end, item, ctx) or (reaching is not None and _given_at(goal, reaching.end(), item, ctx))


def _given_at(goal: str, start: int, item: str, ctx: TableContext) -> bool:
    """Whether the figure the goal gives at ``start`` for the item is an indicator's (see _counted_as_promised)."""
    figure = _FIGURE.match(goal, start)
    if figure is None:
        return False
    try:
        number = Decimal(figure.group().replace(",", ""))
    except ArithmeticError:
        return False
    after = goal[figure.end():figure.end() + 4]
    if after.startswith(("%", "％")) and item.endswith(("率", "度")):
        # a rate is given by a rate of its kind only (满意率 by …满意度 ≥90%): 100% is every rate's
        # commonest figure, so 资格复核率100% is not given by 补贴资金足额发放率 ＝100%
        kind = item[-3:-1]
        return any(row.parsed.number == number and row.name.endswith((kind + "率", kind + "度"))
                   for row in ctx.rows if not is_cost(row))
    return any(row.parsed.number == number and row.parsed.unit and after.startswith(row.parsed.unit)
               and longest_run(item, row.name) >= 2 for row in ctx.rows if not is_cost(row))


def _with_one_more(key: str, names: str) -> bool:
    """The item's last words named with one more character inside them (修建产业路: 产业路 in
    产业道路修建里程; 监测站 in 监测子站): officers lengthen a short word in the indicator's name.
    Three characters at least, so that two do not meet by chance (普及率 is not 及时率)."""
    for cut in range(1, len(key)):
        head, tail = key[:cut], key[cut:]
        start = names.find(head)
        while start >= 0:
            if names.startswith(tail, start + cut + 1) and names[start + cut] != "\n":
                return True
            start = names.find(head, start + 1)
    return False


def _as_share(item: str, tail: int, names: str) -> bool:
    """A rate the goal names (生态安葬率) measured as a share (生态安葬占全部安葬比例, …占比)."""
    if not item.endswith("率") or len(item) <= tail:
        return False
    stem = item[:-1][-tail:]
    return any(f"{stem}" in line and ("比例" in line or "占比" in line) for line in names.split("\n"))


_TIMED = lazy_pattern(r"(?:时间|时长|天数)$")


def _timed_alike(key: str, names: str) -> bool:
    """A time promised (培训时间, 每周开放时间) measured under another word for it (培训天数, 开放时长)."""
    if _TIMED.search(key) is None or len(key) < 4:
        return False
    return re.search(re.escape(key[:-2]) + r"(?:时间|时长|天数|小时|时数|学时|日数)", names) is not None

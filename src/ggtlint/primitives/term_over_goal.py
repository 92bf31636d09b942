"""term-over-goal: a term an indicator grants longer than the one the goal caps for the same thing.

A goal that pays for a service over a term caps it where it names the service: 骨灰寄存（3年内）, 免费寄存不超过3年,
遗体暂存（3天内). An indicator giving that term (骨灰免费寄存期限 ＝5年) longer than the cap promises what the funds do
not pay for, or the goal is wrong: one of the two must change.

Read: the goal's caps (a figure, in digits or a Chinese numeral, in 年, 个月, 天 or 日 written as a limit: 3年内,
十二个月内, 不超过3年, 不得超过3年, 最长6个月, 最长为3年; not a date's day, 6月30日内) with the six characters before
and after each in its clause; an indicator, not a cost line, whose name ends in a term's word (期限, 年限, 工期, 期)
and whose value is a duration. The name's act (its last two characters once the term's word and 免费 are set aside:
寄存 of 骨灰免费寄存期限, 施工 of 施工工期) must stand in a cap's near words; the indicator is told when its
term is longer than the loosest such cap (years and months as months, a day as a thirtieth of a month). A floor the
goal sets (满3年以上) caps nothing and is not read, nor a limit counted from an event (质保期满后30日内支付尾款: a
deadline for the payment, not a term of the warranty); a time limit to do a thing (时限, 时间) is REL008's and REL036's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, clause_around, compile_identity, is_cost, \
    row_hit, without_qualifiers
from ggtlint.values import chinese_numeral

NAME = "term-over-goal"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_term", "act")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# months in one of each unit a term is written in
_MONTHS: dict[str, Decimal] = {"年": Decimal(12), "个月": Decimal(1), "月": Decimal(1), "天": Decimal(1) / 30,
                               "日": Decimal(1) / 30}
# a cap: 3年内, （3天内）, 十二个月内, 不超过3年, 不得超过3年, 最长6个月, 最长为3年 (not a date's day: 6月30日内, 十二月内;
# not 每年; not the last digits of a numeral, 二十三天内 read whole)
_CAP = lazy_pattern(r"(?P<pre>不超过|不超|不得超过|不应超过|最长为?|最多)?(?<![0-9.月年每第〇零一两二三四五六七八九十百千])"
                    r"(?P<n>[0-9]+(?:\.[0-9]+)?|[一两二三四五六七八九十]{1,3})(?P<unit>个月|年|天|日)(?P<post>以内|之内|内)?")
_CLAUSE_BREAK = lazy_pattern(r"[，,；;。、：:\n]")
# a term's name: the last word of 骨灰免费寄存期限, 设计使用年限, 质保期, and 工期 (施工工期, 建设工期: the act is
# 施工 or 建设, not 工工 or 设工); 施工期 keeps 期 as its word
_TERM_NAME = lazy_pattern(r"(?:期限|年限|(?<!施)工期|期)$")
# words of a term's name that say nothing of its act
_ASIDE = lazy_pattern(r"免费|最长|最短|平均|累计")
_NEAR = 6


def _caps(goal: str) -> list[tuple[Decimal, str, str]]:
    """The goal's caps on a term: (months, the cap as written, the words near it in its clause)."""
    out = []
    for m in _CAP.finditer(goal):
        if not (m.group("pre") or m.group("post")):
            continue
        # a limit counted from an event (质保期满后30日内支付尾款, 申请后30天内发放) times a task; it is no term of
        # the service named before the event
        if not m.group("pre") and goal[max(0, m.start() - 1):m.start()] in ("后", "起"):
            continue
        figure = m.group("n")
        spoken = chinese_numeral(figure) if not figure[0].isdigit() else None
        if spoken is None and not figure[0].isdigit():
            continue  # 三五年内: three or five, no one figure
        number = Decimal(spoken) if spoken is not None else Decimal(figure)
        begin, end = clause_around(goal, m.start(), m.end(), _CLAUSE_BREAK)
        near = goal[max(begin, m.start() - _NEAR):m.start()] + "|" + goal[m.end():min(end, m.end() + _NEAR)]
        out.append((number * _MONTHS[m.group("unit")], m.group().strip(), near))
    return out


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each term indicator longer than the loosest of the goal's caps near its act."""
    goal = ctx.goal
    if "内" not in goal and "超过" not in goal and "不超" not in goal and "最" not in goal:
        return
    caps: list[tuple[Decimal, str, str]] | None = None
    for row in ctx.rows:
        parsed = row.parsed
        if parsed.kind != "duration" or parsed.number is None or parsed.unit not in _MONTHS or is_cost(row):
            continue
        name = without_qualifiers(row.name)
        term = _TERM_NAME.search(name)
        if term is None:
            continue
        act = _ASIDE.sub("", name[:term.start()])[-2:]
        if len(act) < 2:
            continue
        if caps is None:
            caps = _caps(goal)
        mine = [cap for cap in caps if act in cap[2]]
        if not mine:
            continue
        months, written, _near = max(mine, key=lambda cap: cap[0])
        if parsed.number * _MONTHS[parsed.unit] > months:
            yield row_hit(row, goal_term=written, act=act)

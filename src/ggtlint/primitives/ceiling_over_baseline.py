"""ceiling-over-baseline: a ceiling of deaths or accidents above the year-before figure the goal says is to fall.

A safety goal often names last year's count and promises it falls: 生产安全事故死亡人数较2026年（7人）下降, 较上年
（2026年9人）下降, 2026年全市火灾死亡12人，力争2027年下降. An indicator of that count whose ceiling is above the
figure (≤8人 against 7人) lets the year pass with more deaths than the year before, the opposite of the goal.

Read where the goal says it plainly: the figure in brackets after 较上年 or 较<the year before> followed by 下降 or
减少 (the subject is the words before 较 in its clause), or <the year before>年<subject><figure> of a thing one wants
fewer of (事故, 死亡, 火灾, 案件, 投诉 …) followed within twenty characters by 下降 or 减少, with no 上升, 增长 or 不超过
there. The indicator is a ceiling (≤, <) count in the same unit (人, 起, 例, 件, 宗, 次), not a rate (万, 每, 率) nor
a 其中 line, whose name, its closing 人数/起数/数 set aside, is held whole in the subject (生产安全事故死亡 of
生产安全事故死亡人数; not 道路交通事故死亡); told when the ceiling is above the figure. The name must count the same
thing as the subject less its place and 发生 (not a wider 全县事故死亡人数 nor a narrower 较大事故死亡人数; a bare
死亡人数 is the goal's own).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown, row_hit

NAME = "ceiling-over-baseline"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "base_year", "base")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_UNITS = "人|名|起|例|件|宗|次"
# 较2026年（7人）下降, 较上年（2026年9人）有所下降
_BRACKETED = lazy_pattern(r"较(?:上年|上一年|(?P<year>20[0-9]{2})年)度?[（(](?:(?P<year2>20[0-9]{2})年)?(?:的|为|共)?"
                          r"(?P<n>[0-9]+)(?P<unit>" + _UNITS + r")[)）](?:有所|明显|持续|进一步|实现)?(?:下降|减少)")
# 2026年全市生产安全事故死亡12人 …下降 (the year's own figure, the fall said later in the sentence)
_STATED = lazy_pattern(r"(?P<year>20[0-9]{2})年(?:度)?(?P<subject>[\u4e00-\u9fff]{2,20}?)(?P<n>[0-9]+)(?P<unit>"
                       + _UNITS + r")(?![次0-9])")
_SENTENCE = lazy_pattern(r"[。；;\n]")
_CLAUSE_START = lazy_pattern(r"[，,、：:]")
_FALL = lazy_pattern(r"下降|减少")
# what a stated year's figure must count to be read as one the goal wants fewer of (not 培训200人)
_ADVERSE = lazy_pattern(r"事故|死亡|伤亡|火灾|发案|案件|中毒|投诉|亡人")
# how far after the stated figure its fall may be said (the next clause or so: 死亡12人，力争2027年下降)
_NEAR = 20
_RISE = lazy_pattern(r"上升|增长|增加|不超过|控制在|以内")
_LEAD = lazy_pattern(r"^(?:20[0-9]{2}年|全年|确保|力争|全市|全县|全区|实现)+")
# the words before the thing counted in the goal's subject: place, year and 发生 (全县发生生产安全事故死亡 counts
# 生产安全事故死亡)
_PLACE = lazy_pattern(r"^(?:20[0-9]{2}年度?|全年|确保|力争|全市|全县|全区|全省|全州|全镇|全乡|本县|本市|本区|辖区内?|实现|"
                      r"共发生|发生|共)+")
# a kind of event: a name naming one must name the goal's own (事故死亡 is wider than 生产安全事故死亡; a bare 死亡
# 人数 in the table of that goal is its count)
_KIND = lazy_pattern(r"事故|火灾|交通|溺水|中毒|案件|发案")
_TAIL = lazy_pattern(r"(?:人数|起数|总数|数量|数)$")
_RATE = lazy_pattern(r"万|每|率|亿元")
_CEILING = ("≤", "<", "＜")
_SAME_UNIT = {"名": "人"}


def _baselines(goal: str, year: int) -> list[tuple[str, str, Decimal, str]]:
    """(clause, subject, figure, unit) for each year-before count the goal says is to fall."""
    last = str(year - 1)
    found = []
    for sentence in _SENTENCE.split(goal):
        for match in _BRACKETED.finditer(sentence):
            if (match.group("year") or last) != last or (match.group("year2") or last) != last:
                continue
            start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, match.start())), default=0)
            subject = sentence[start:match.start()]
            found.append((sentence[start:match.end()], subject, Decimal(match.group("n")), match.group("unit")))
        if not _FALL.search(sentence):
            continue
        for match in _STATED.finditer(sentence):
            rest = sentence[match.end():match.end() + _NEAR]
            if match.group("year") != last or not _FALL.search(rest) or _RISE.search(rest) \
                    or not _ADVERSE.search(match.group("subject")):
                continue
            found.append((sentence.strip(), match.group("subject"), Decimal(match.group("n")), match.group("unit")))
    return found


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None or str(year - 1) not in ctx.goal and "上年" not in ctx.goal:
        return
    rows = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.op in _CEILING
            and row.parsed.number is not None and row.parsed.unit and not _RATE.search(row.name)
            and not is_breakdown(row.name)]
    if not rows:
        return
    bases = _baselines(ctx.goal, year)
    for row in rows:
        unit = _SAME_UNIT.get(row.parsed.unit or "", row.parsed.unit)
        stem = _TAIL.sub("", _LEAD.sub("", row.name))
        if len(stem) < 2:
            continue
        for clause, subject, figure, base_unit in bases:
            # the same thing counted, not one wider (全县事故死亡人数 holds road and fire deaths beside the goal's
            # 生产安全事故死亡) nor narrower
            core = _TAIL.sub("", _PLACE.sub("", subject))
            if _SAME_UNIT.get(base_unit, base_unit) != unit or not (
                    stem == core or core.endswith(stem) and not _KIND.search(stem)):
                continue
            number = row.parsed.number
            assert number is not None
            if number > figure:
                yield row_hit(row, goal_clause=clause.strip(), base_year=str(year - 1),
                              base=f"{figure}{base_unit}")
                break

"""looser-limit: an indicator holding to a looser limit than the one the goal sets for the same thing.

The goal of an ecology project often quotes the limit it must keep: 断面水质稳定达到Ⅲ类, 出水达到一级B标准,
工地周界PM10小时浓度执行80微克/立方米的排放限值.
An indicator of the same thing held to a looser one (水质类别 达到Ⅳ类, 出水水质 二级标准, PM10 ≤150微克/立方米)
lets through what the goal forbids. Three kinds are read:

- a surface-water class (Ⅰ–Ⅴ, 劣Ⅴ): the indicator's class (in its value, its name about 水质 or 断面; 优于Ⅳ类 is
  Ⅲ or better, 达到或优于Ⅳ类 Ⅳ) above the goal's (read the same way: 优于Ⅲ类 is Ⅱ), in a clause about 水质 or 断面
  sharing two characters in a row with the name;
- a discharge grade (一级A, 一级B, 二级, 三级, each with 标准): the indicator's (its name about 出水 or 排放) below
  the goal's, in a clause sharing two characters in a row with the name (not 镇区污水处理站执行一级A标准 for 村级站点
  出水水质 beside 其余站点执行一级B标准);
- a ceiling (≤ or <) in the unit of a figure a goal clause gives as a standard's limit (限值: 执行80微克/立方米的
  排放限值, 浓度限值不超过…), the clause sharing two characters in a row with the name, set higher than the goal's
  figure (排放限值为400毫克/升 too: the figure after 限值为). A money total (a cost line) is no limit of this kind,
  and a cap on money per item or a plain 不超过 is REL008's (cap_over, differs); a goal naming the indicator's own
  figure too (其余不超过…) is left alone, and so is a clause limiting another pollutant than the indicator's (颗粒物
  against 氮氧化物, PM2.5 against PM10).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_money_total, \
    longest_run, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "looser-limit"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "goal_limit")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_CLAUSE_END = lazy_pattern(r"[。；;，,：:\n]")
_CLASS = lazy_pattern(r"(?P<worst>劣)?(?P<roman>Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|II|IV|V|I)\s*类")
# a class a text says it betters (优于Ⅳ类: Ⅲ or better), so one class stricter than the one written; not 达到或优于Ⅳ类
# (Ⅳ or better: the class itself), on the goal's side as on the indicator's
_BETTER_AHEAD = lazy_pattern(r"(?<!或)(?:优于|好于)$")
_ROMAN = {"Ⅰ": 1, "I": 1, "Ⅱ": 2, "II": 2, "Ⅲ": 3, "III": 3, "Ⅳ": 4, "IV": 4, "Ⅴ": 5, "V": 5}
_WATER_NAME = lazy_pattern(r"水质|断面|水体")
_GRADE = lazy_pattern(r"(?P<grade>一级\s*A|一级\s*B|二级|三级)\s*(?:排放)?标准")
_GRADE_ORDER = {"一级A": 1, "一级B": 2, "二级": 3, "三级": 4}
_DISCHARGE_NAME = lazy_pattern(r"出水|排放|尾水")
# a figure the goal bounds from above: the words before it, or after it
# (排放限值为400毫克/升: the limit's figure after 限值 and its 为 or 是; not 限值由500…收严为400, a limit changed; a
# colon ends the clause, _CLAUSE_END, so 排放限值：400毫克/升 is not read)
_CAP_BEFORE = lazy_pattern(r"(?:不超过|不高于|不大于|低于|小于|控制在|上限为?|最高(?:不超过)?|限值(?:为|是))"
                           r"[^0-9，。；]{0,6}$")
_CAP_AFTER = lazy_pattern(r"^\s*(?:以内|以下|之内|的?(?:排放)?限值|为上限|封顶)")
_NUMBER = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?")
_GENERIC = ("标准", "比例", "上限", "平均", "单台", "指标", "控制", "达到")
# the pollutant a limit is for, its short names brought to one: a clause limiting one (颗粒物 ≤5毫克/立方米) says
# nothing of another the row names (氮氧化物 ≤30, beside 氮氧化物不超过30 in the next clause; PM10 against PM2.5)
_SUBSTANCE = lazy_pattern(r"PM2\.5|PM10|颗粒物|烟尘|粉尘|二氧化硫|SO2|氮氧化物|NOx|化学需氧量|COD|生化需氧量|BOD|氨氮|总磷|总氮"
                          r"|悬浮物|臭氧|一氧化碳|挥发性有机物|VOCs", re.I)
_SAME_SUBSTANCE = {"so2": "二氧化硫", "nox": "氮氧化物", "cod": "化学需氧量", "bod": "生化需氧量", "vocs": "挥发性有机物"}


def _class_of(text: str) -> int | None:
    """The water class an indicator's value holds to (Ⅳ类 → 4, 劣Ⅴ类 → 6, 优于Ⅳ类 → 3); None for none."""
    match = _CLASS.search(text)
    return None if match is None else _worth(text, match)


def _worth(text: str, match: re.Match[str]) -> int:
    """The class a match of _CLASS holds to: its own, or one stricter after 优于 (优于Ⅲ类 → 2, 达到或优于Ⅲ类 → 3)."""
    worth = 6 if match.group("worst") else _ROMAN[match.group("roman")]
    return worth - 1 if _BETTER_AHEAD.search(text, 0, match.start()) else worth


def _grade_of(text: str) -> int | None:
    """The discharge grade an indicator's value names (一级A → 1 … 三级 → 4); None for none."""
    match = _GRADE.search(text)
    return _GRADE_ORDER[re.sub(r"\s", "", match.group("grade"))] if match else None


def _classes(text: str) -> list[int]:
    """The distinct water classes a text holds to (a clause naming two is not read; 优于Ⅲ类 is Ⅱ, as an indicator's)."""
    return sorted({_worth(text, m) for m in _CLASS.finditer(text)})


def _grades(text: str) -> list[int]:
    """The distinct discharge grades a text names with 标准."""
    return sorted({_GRADE_ORDER[re.sub(r"\s", "", m.group("grade"))] for m in _GRADE.finditer(text)})


def _limit_text(pattern: re.Pattern[str], clause: str) -> str:
    """The class or grade as the goal's clause writes it, for the message."""
    match = pattern.search(clause)
    return match.group(0) if match else ""


def _shares(name: str, clause: str) -> bool:
    """Whether the name and the clause share a run of two characters that is not a generic word."""
    for size in range(min(len(name), 8), 1, -1):
        for at in range(len(name) - size + 1):
            run = name[at:at + size]
            if run in clause and run not in _GENERIC:
                return True
    return False


def _substances(text: str) -> set[str]:
    """The pollutants a text names, each by one name (COD → 化学需氧量)."""
    return {_SAME_SUBSTANCE.get(m.group(0).lower(), m.group(0).upper()) for m in _SUBSTANCE.finditer(text)}


def _base_unit(row: Any) -> str | None:
    """The unit a ceiling is written in (微克/立方米, %; a rate per unit by its first part); None for none."""
    parsed = row.parsed
    if parsed.kind == "rate":
        return "%"
    if parsed.unit is None:
        return None
    return parsed.unit.split("/")[0] if parsed.kind == "per_unit" else parsed.unit


@lru_cache(maxsize=256)
def _figure_in(unit: str) -> re.Pattern[str]:
    """A figure written in the unit (80微克/立方米), compiled once per unit, not per row and clause."""
    return re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*" + re.escape(unit))


def _caps(clause: str, unit: str) -> list[Decimal]:
    """The figures in the clause, written in the unit, that the clause bounds from above."""
    found = []
    for match in _figure_in(unit).finditer(clause):
        if _CAP_BEFORE.search(clause[max(0, match.start() - 12):match.start()]) \
                or _CAP_AFTER.search(clause[match.end():match.end() + 8]):
            try:
                found.append(Decimal(match.group(1)))
            except InvalidOperation:
                continue
    return found


def _looser_than_all(name: str, mine: int, held: list[tuple[str, int]]) -> str | None:
    """The clause closest to the name (longest run shared) when the row's class or grade is looser than every
    clause it may be held to, else None: a goal naming one section Ⅱ类 and the rest Ⅲ类 (羊昌河国控断面…Ⅱ类，其余
    省控、市控断面…不低于Ⅲ类) allows a Ⅲ类 row on the others."""
    if not held or any(mine <= theirs for _, theirs in held):
        return None
    return max(held, key=lambda pair: longest_run(name, pair[0]))[0]


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    # a class (Ⅲ类), a grade (一级A标准) or a limit (限值) in the goal, or nothing to hold a row to: most tables stop here
    if not goal or not any(word in goal for word in ("类", "标准", "限值")):
        return
    clauses = [c for c in _CLAUSE_END.split(goal) if c.strip()]
    for row in ctx.rows:
        text = row.value
        if _WATER_NAME.search(row.name) and (mine := _class_of(text)) is not None:
            held = [(clause, theirs[0]) for clause in clauses
                    if len(theirs := _classes(clause)) == 1 and _WATER_NAME.search(clause)
                    and longest_run(row.name, clause) >= 2]
            if (clause := _looser_than_all(row.name, mine, held)) is not None:
                yield row_hit(row, goal_clause=clause, goal_limit=_limit_text(_CLASS, clause))
            continue
        if _DISCHARGE_NAME.search(row.name) and (mine := _grade_of(text)) is not None:
            held = [(clause, theirs[0]) for clause in clauses
                    if len(theirs := _grades(clause)) == 1 and longest_run(row.name, clause) >= 2]
            if (clause := _looser_than_all(row.name, mine, held)) is not None:
                yield row_hit(row, goal_clause=clause, goal_limit=_limit_text(_GRADE, clause))
            continue
        parsed = row.parsed
        if parsed.op not in ("≤", "<") or parsed.number is None or is_money_total(row) or parsed.change:
            continue
        unit = _base_unit(row)
        if not unit:
            continue
        number = parsed.number
        polluting = _substances(row.name)
        for clause in clauses:
            # only a standard's limit (排放限值, 浓度限值): a cap on money or on a count is REL008's (cap_over, differs)
            if unit not in clause or "限值" not in clause or not _shares(row.name, clause):
                continue
            limited = _substances(clause)
            if polluting and limited and not polluting & limited:
                continue  # another pollutant's limit
            caps = _caps(clause, unit)
            stated = [Decimal(m) for m in _NUMBER.findall(clause)]
            if caps and all(cap < number for cap in caps) and number not in stated:
                yield row_hit(row, goal_clause=clause, goal_limit=f"{min(caps)}{unit}")
                break

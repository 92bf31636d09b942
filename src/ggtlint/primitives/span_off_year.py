"""span-off-year: an indicator measured over a span that is not the budget year.

A year's target counts the budget year's work. Two spans written into an indicator's name or value say it counts
something else:

``earlier`` — a span opening in an earlier year and closing in the budget year (2026年10月至2027年9月以案定补案件数,
运维服务期 2026年12月1日至2027年11月30日 in a 2027 table): last year's months are counted as this year's, most
often a contract's or a round's year copied in place of the budget year. Spans that straddle the turn of the year by
nature (a heating season, a school year, a winter; a school year's months, 2026年9月—2027年7月, in a table or row about
schooling, though not named 学年) and a loan's interest period (贴息计息期 2022年12月21日至2023年12月20日:
banks settle interest on the 20th) are left alone.

``part`` — a rate (%) measured only over the year's first months (截至2027年9月底法律援助案件结案率, 2027年上半年
前端设备完好率, 2027年前三季度食品监督抽检合格率): the year's result is left out, and a rate of cases closed, of
defects found or of samples passed can only be judged on the whole year. Progress rates, which a mid-year milestone
is meant to measure (资金支出进度, 执行率, 拨付率, 完成率, 开工率), and 时效 rows are not read.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, \
    is_percent, row_hit

NAME = "span-off-year"
SCOPES = ("table",)
VARIANTS = ("earlier", "part")
PLACEHOLDERS = ROW_PLACEHOLDERS + ("span", "budget_year")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_DASH = r"\s*(?:至|到|—|－|-|~|～|–)\s*"
# 2026年10月至2027年9月, 2026年12月1日—2027年11月30日
_SPAN = lazy_pattern(r"(?P<y1>20[0-9]{2})年(?P<m1>[0-9]{1,2})月(?:[0-9]{1,2}日)?" + _DASH +
                     r"(?P<y2>20[0-9]{2})年(?P<m2>[0-9]{1,2})月(?:[0-9]{1,2}日)?")
# seasons and terms that straddle the year by nature: their span says what season, not which year's work
# (s25b: 清洁取暖, a sugar mill's 榨季, 冬修 of water works, 防火紧要期 and 防火戒严期 too)
_STRADDLING = lazy_pattern(r"供暖|采暖|供热|取暖|冬季|冬春|冬修|学年|学期|越冬|雪季|枯水期|榨季|防火(?:紧要|戒严)?期|计息|结息"
                           r"|贴息")
# the first months of a year: 截至2027年9月底, 2027年1—9月, 2027年上半年, 2027年前三季度, 2027年第一季度
_PART = lazy_pattern(r"截至(?P<y1>20[0-9]{2})年(?P<m1>[0-9]{1,2})月"
                     r"|(?P<y2>20[0-9]{2})年(?:1|一)月?" + _DASH + r"(?P<m2>[0-9]{1,2})月"
                     r"|(?P<y3>20[0-9]{2})年(?:度)?(?P<q>上半年|前三季度|前两季度|一季度|第一季度|前(?P<m3>[0-9]{1,2})个月)")
# rates a milestone during the year is meant to measure
_PROGRESS = lazy_pattern(r"进度|执行率|支出率|拨付率|完成率|到位率|开工率|序时|兑付率|发放率|下达率")
# a rate of spring work (2027年上半年春季集中免疫抗体合格率, 春耕期间农资抽检合格率): the season's campaign is over in the
# year's first months, and its rate is the whole of it (s25b)
_SPRING = lazy_pattern(r"春季|春耕|春播|春防")


# a school year's span (2026年9月—2027年7月: autumn term's start to summer's end) in a table of schools or pupils,
# said by its project, department or implementer (某县教育局, 2027年学生资助项目) or by the row itself (资助学生人数): a school
# year not named 学年 (s26)
_SCHOOL_START, _SCHOOL_END = (8, 9), (6, 7, 8)
_SCHOOLING = lazy_pattern(r"教育局|教体局|教育和体育|教育体育|义务教育|学校|学院|大学|中学|小学|幼儿|学前|学生|在校|教师|校园")


def _school_year(match: re.Match[str], school: bool) -> bool:
    """Whether a span is a school year (from August or September to the June, July or August after) of a table or
    row about schooling."""
    return school and int(match.group("y2")) == int(match.group("y1")) + 1 \
        and int(match.group("m1")) in _SCHOOL_START and int(match.group("m2")) in _SCHOOL_END


def _earlier(row: Row, year: int, school: bool = False) -> str | None:
    """The span opening before the budget year and closing in it, in the row's name or value; None when there is
    none or the name or value says it is a season straddling the year (补贴期间 2026年11月15日至2027年3月15日供暖期),
    or it is a school year of a table about schooling (``school``, or the row's name says so)."""
    for text in (row.name, row.value):
        if text.count("年") < 2:  # a span names two years: most names and values stop here
            continue
        for match in _SPAN.finditer(text[:200]):
            if int(match.group("y1")) < year == int(match.group("y2")):
                straddles = _STRADDLING.search(row.name) or _STRADDLING.search(row.value[:200])
                # the row's own words are read only for a span found (most rows have none)
                school = school or _SCHOOLING.search(row.name) is not None
                return None if straddles or _school_year(match, school) else match.group()
    return None


def _part(row: Row, year: int) -> str | None:
    """The first months of the budget year a rate (not a progress rate, not a spring campaign's, not a 时效 row) is
    measured over, or None."""
    if row.level2 == "时效指标" or not is_percent(row) or _PROGRESS.search(row.name) or _SPRING.search(row.name):
        return None
    for text in (row.name, row.value):
        if "年" not in text[:200]:
            continue  # every _PART match holds 年
        for match in _PART.finditer(text[:200]):
            said = match.group("y1") or match.group("y2") or match.group("y3")
            if int(said) != year:
                continue
            month = match.group("m1") or match.group("m2") or match.group("m3")
            if month is not None and int(month) >= 12:
                continue  # up to December (截至2027年12月, 1—12月, 前12个月): the whole year
            return match.group()
    return None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    project = ctx.table.project
    school = any(_SCHOOLING.search(text or "") for text in (project.name, project.department, project.implementer))
    for row in ctx.rows:
        if is_cost(row):
            continue
        span = _earlier(row, year, school)
        if span is not None:
            yield row_hit(row, variant="earlier", span=span, budget_year=str(year))
            continue
        span = _part(row, year)
        if span is not None:
            yield row_hit(row, variant="part", span=span, budget_year=str(year))

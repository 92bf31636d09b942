"""season-deadline: work the goal says is done before a season of farm, forest or weather, given a deadline past it.

The goal of a farm, forest or countryside project often ties a piece of work to a season rather than a date: 田间工程
须在春耕前完工 (the fields must be tilled), 补贴于春耕前兑付到户 (farmers buy seed with it), 森林防火期（3月1日起）到来前
建成防火隔离带, 供暖期前完成管网改造. A 时效 deadline of that same work after the latest start of the season anywhere
in the country plans it too late: 春耕 (春播) starts by May in the far north, so a deadline after 31 May; 秋播 (秋种)
after 31 October; 雨季 after 15 July; 供暖期 (采暖期) after 15 November; 封冻 (上冻, 入冬) after 30 November; a
防火期 only where the goal dates its start (（3月1日起）, （1月1日至4月30日）, （2027年3月1日起） when that is the budget
year: a later year's season is not this year's deadline), after that date (a fire season's
start differs too much between provinces to assume one). The deadline's name, its time words set aside, must be made
of the words of the goal's clause (with 工程, 项目, 建设 …), as for the flood season (TIME015, which reads 汛期); a
clause of next year's season (次年春耕前, 秋收后至春耕前) gives none; a season alone before a comma (在森林防火期
（2027年2月1日起）到来前，完成防火隔离带清理) is read with the next clause, the work's. A name saying it is the whole (全部工程完工时间,
整体建设完成时间) is read only against a clause saying the whole too (项目于春耕前全部完工): a clause naming a part
(田间道路和渠系工程于春耕前完成) leaves the whole its own later finish; so is a generic name (工程完工时间, 项目完工时间)
when the goal gives the whole its own date (田间工程于春耕前完成，2027年11月30日前全部完工), and a generic name is never
held to a clause naming a part of the works (工程 with a qualifier the project's name does not hold: 田间工程于春耕前完成).

A 时效 deadline named for a spring campaign (春季集中免疫完成时间, 春防完成时间) dated after June is told too (variant
named): the spring is over by then. A name of a check after the work (春季造林成活率调查, 春季学期) is left alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, clause_around, compile_identity, made_of, \
    name_stem, row_hit
from ggtlint.values.before_month import strictly_before

NAME = "season-deadline"
SCOPES = ("table",)
VARIANTS = ("default", "named")
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "season")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# a season and the latest day (month, day) it starts anywhere in the country; a 防火期 takes the goal's own start
_SEASON = lazy_pattern(
    r"(?P<season>春耕(?:备耕|春播|生产)?|春播|秋播|秋种|雨季|供暖季|供暖期|采暖期|封冻|上冻|入冬|"
    r"(?:森林)?(?:草原)?防火(?:紧要)?期(?:[（(](?:(?P<dated>20[0-9]{2})年)?(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日[^）)]{0,12}[）)])?)"
    r"(?:来临|到来)?(?:以前|之前|前)(?!后)")
_LATEST_START = {"春耕": (5, 31), "春播": (5, 31), "秋播": (10, 31), "秋种": (10, 31), "雨季": (7, 15),
                 "供暖": (11, 15), "采暖": (11, 15), "封冻": (11, 30), "上冻": (11, 30), "入冬": (11, 30)}
# (秋收后至春耕前, 入冬后至春播前: a span over the year's turn, so next year's spring)
_NEXT_SEASON = lazy_pattern(r"(?:次年|明年|来年|下一?年度?|(?P<year>20[0-9]{2})年(?:度)?|秋收后?至|秋冬季?至|入冬后?至|冬季?至)"
                            r"(?:春季|冬季|秋季)?$")
# the longest of those words before the season (2028年度春季): a shorter look cut 2028年春季春耕前 to 028年春季
_NEXT_SEASON_REACH = 9
# a clause ends at a stop or a comma, not at a bracket (通过“一卡（折）通”于春耕前兑付到户 is one clause)
_CLAUSE_END = lazy_pattern(r"[。；;，,：:]")
# what may stand before a season that has a clause to itself (在, 须在, 确保在 …)
_LEAD_IN = lazy_pattern(r"(?:确保|务必|必须|须|要|力争|争取|赶)?(?:在|于)?")
_TIME_WORDS = ("完成时间", "完工时间", "时间", "日期", "时限", "节点")
_WHOLE = "|工程|项目|整体|全部|建设|施工|完成"
# a name saying it is the whole (全部工程完工时间, 整体建设完成时间) is not the part a clause ties to the season
# (田间道路和渠系工程于春耕前完成, 2027年11月30日前全部完工): only a clause that says the whole too is read for it
_ALL_OF_IT = lazy_pattern(r"全部|整体|全面|所有|总体")
# the whole's own date a goal gives beside a part's season (田间工程于春耕前完成，2027年11月30日前全部完工): a clause
# saying the whole and a day of a year by which it is finished
_WHOLE_BY = lazy_pattern(r"(?P<y>20[0-9]{2})年(?P<m>1[0-2]|[1-9])月(?:(?P<d>[1-3]?[0-9])日)?(?:底|末)?(?:以前|之前|前)")
_FINISHED = lazy_pattern(r"完工|完成|建成|竣工|投用|投入使用")
_LINE_BREAK = lazy_pattern(r"\s*\n\s*")
# a part of the works a clause names (田间工程, 田间道路和渠系工程, 主体工程): 工程 with the words before it, the whole of
# the subject or object (not 高标准农田1万亩并, whose 工程 is none); and the words around it that name none
_PART_WORKS = lazy_pattern(r"^(?P<qualifier>[\u4e00-\u9fff]{2,12}?)工程(?:建设|施工)?$")
_LEAD_IN_END = lazy_pattern(r"(?:确保|务必|必须|须|要|力争|争取|赶)?(?:在|于)?$")
_DONE_START = lazy_pattern(r"^(?:全面|全部)?(?:完成|建成|完工)?")
# the dates a fire season's name carries (森林防火期（3月1日起）): the message names the season alone
_SEASON_DATES = lazy_pattern(r"[（(].*")
# a deadline named for the spring campaign, and the checks after it that may well come later
_SPRING_NAME = lazy_pattern(r"春季|春防|春播|春耕")
_AFTER_WORK = lazy_pattern(r"学期|调查|核查|验收|检查|评估|监测|复查|成活|保存|考核|结算|审计|总结")


def _season_start(match: re.Match[str], year: int) -> date | None:
    """The latest start of the matched season in the budget year; None for a 防火期 the goal does not date."""
    season = match.group("season")
    if "防火" in season:
        if match.group("month") is None:
            return None
        # a start dated with its year (（2027年3月1日起）) is read in that year: a later year's season (or last
        # winter's) is no deadline of this year's work
        if match.group("dated") is not None and int(match.group("dated")) != year:
            return None
        try:
            return date(year, int(match.group("month")), int(match.group("day")))
        except ValueError:
            return None
    for word, (month, day) in _LATEST_START.items():
        if season.startswith(word):
            return date(year, month, day)
    return None


def _names_a_part(clause: str, season_at: int, season_end: int, project: str) -> bool:
    """Whether the work a clause ties to a season is a named part of the works (田间工程于春耕前完成, 在春耕前完成灌排工程):
    its subject before the season, or its object after a season that opens the clause, is 工程 with a qualifier of its
    own that the project's name does not hold (田间, 主体, 田间道路和渠系; not 高标准农田 of 高标准农田建设项目)."""
    subject = _LEAD_IN_END.sub("", clause[:season_at])
    if not subject:
        subject = _DONE_START.sub("", clause[season_end:])
    found = _PART_WORKS.search(subject)
    if found is None:
        return False
    qualifier = name_stem(found.group("qualifier"), tuple(_WHOLE.split("|")[1:]))
    return bool(qualifier) and qualifier not in project


def _clauses(goal: str, year: int, project: str = "") -> list[tuple[str, date, str, bool]]:
    """The goal's clauses that say work is done before a season, each with the season's latest start, its name and
    whether the work is a named part of the works (``_names_a_part``)."""
    found = []
    if "前" not in goal:
        return found  # every _SEASON match ends in 前 (以前, 之前): no search, no compiling
    for match in _SEASON.finditer(goal):
        later = _NEXT_SEASON.search(goal, max(0, match.start() - _NEXT_SEASON_REACH), match.start())
        if later and later.group("year") != str(year):
            continue
        start_day = _season_start(match, year)
        if start_day is None:
            continue
        start, end = clause_around(goal, match.start(), match.end(), _CLAUSE_END)
        if end == match.end() and _LEAD_IN.fullmatch(goal, start, match.start()):
            # the season alone before a comma (在森林防火期（2027年2月1日起）到来前，完成防火隔离带清理): the work is the
            # next clause's
            after = _CLAUSE_END.search(goal, end + 1)
            end = after.start() if after else len(goal)
        season = _SEASON_DATES.sub("", match.group("season"))
        found.append((goal[start:end], start_day, season,
                      _names_a_part(goal[start:end], match.start() - start, match.end() - start, project)))
    return found


def _whole_date(goal: str, year: int) -> date | None:
    """The latest day of the budget year the goal says the whole is finished by (2027年11月30日前全部完工), or None."""
    days = []
    for clause in _CLAUSE_END.split(goal):
        if _ALL_OF_IT.search(clause) is None or _FINISHED.search(clause) is None or _SEASON.search(clause):
            continue
        for found in _WHOLE_BY.finditer(clause):
            if int(found.group("y")) != year:
                continue
            month = int(found.group("m"))
            try:
                day = date(year, month, int(found.group("d"))) if found.group("d") else \
                    (date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31))
            except ValueError:
                continue
            days.append(day)
    return max(days, default=None)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    deadlines = [row for row in ctx.rows if row.level2 == "时效指标" and row.parsed.deadline is not None
                 and row.parsed.deadline.year == year and row.parsed.op in ("≤", "<", None)]
    if not deadlines:
        return
    goal = _LINE_BREAK.sub("", ctx.goal) if ctx.goal else ""
    clauses = _clauses(goal, year, ctx.table.project.name or "") if goal else []
    whole_by = _whole_date(goal, year) if clauses else None
    for row in deadlines:
        assert row.parsed.deadline is not None
        # before December (12月前) is by 30 November, not the reader's month's end (s26)
        deadline = strictly_before(row.value, row.parsed.deadline)
        stem = name_stem(row.name, _TIME_WORDS)
        whole = _ALL_OF_IT.search(stem)
        # a generic name (工程完工时间, 项目完工时间) is the whole when the goal gives the whole its own date: read only
        # against a clause saying the whole, not a part's season (the date itself is not compared here)
        generic = made_of(stem, _WHOLE)
        held_to_whole = whole is not None or (whole_by is not None and generic)
        told = False
        for clause, start_day, season, part in clauses:
            if held_to_whole and _ALL_OF_IT.search(clause) is None:
                continue
            # nor is a generic name the part a clause names when the goal gives the whole no date (田间工程于春耕前完成
            # and 工程完工时间): the whole may finish after its part, s26
            if generic and part:
                continue
            if deadline > start_day and made_of(stem, clause + _WHOLE):
                yield row_hit(row, goal_clause=clause, season=season)
                told = True
                break
        if not told and _SPRING_NAME.search(row.name) and not _AFTER_WORK.search(row.name) \
                and deadline > date(year, 6, 30):
            yield row_hit(row, "named", goal_clause="", season="春季")

"""heating-season-works: heat-network works given a deadline past the start of the heating season the goal dates.

A heat-supply project's goal often dates the heating season (供暖期（11月15日至次年3月15日）, 采暖期自10月15日起): the
pipes, exchange stations and boilers cannot be dug up or changed while they carry heat, so the works are planned to be
done before it starts. A 时效 deadline of those works in the budget year after the season's start (管网改造完工时间
2027年12月31日前 against 供暖期（11月15日至次年3月15日）) has them run into the season, cutting homes off in winter or
leaving the deadline untrue. Only a goal that dates the season's start is read (a season's start differs between
cities); only a row naming the heat works (管网, 换热站, 锅炉, 热源 …) and their finish (完工, 竣工, 建成, 投用, 交付; 完成
only beside a building act, 改造, 新建, 更换 …), not a subsidy paid, a complaint handled, a check, test, survey,
report, design or tender in the season. A deadline in a later year is TIME001's.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, date_values, is_cost, \
    row_hit

NAME = "heating-season-works"
SCOPES = ("table",)
VARIANTS = ("default",)
# start: the season's start in the budget year for English text (2027-11-15), start_zh as the goal writes it (11月15日)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("season", "start", "start_zh")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the season with its start dated: 供暖期（11月15日至次年3月15日）, 采暖期自10月15日起, 供暖期为11月1日—次年3月31日
_SEASON_START = lazy_pattern(r"(?P<season>供暖期|采暖期|供热期)[（(为自从是:：\s]{0,3}(?P<month>1[0-2]|[1-9])月"
                             r"(?P<day>[1-3][0-9]|[1-9])日(?:起|至|到|—|－|-|～|~)")
# the heat works a row finishes, and the finish itself
_WORKS = lazy_pattern(r"管网|管道|一次网|二次网|换热站|热力站|换热机组|锅炉|热源|供热设施|供热工程|热网")
_FINISH = lazy_pattern(r"完工|竣工|完成|建成|投用|交付")
# 完成 names no works by itself: it needs a building act beside it (热源厂运行数据报送完成时间 is no works)
_WORKS_FINISH = lazy_pattern(r"完工|竣工|建成|投用|交付")
_BUILDING = lazy_pattern(r"改造|新建|建设|铺设|敷设|安装|更换|改建|扩建|施工|工程|迁改|替换")
# a payment, a service, a check or paperwork in the season or before the works, no works (安全检查, 能效测试, 管网普查,
# 改造设计, 工程招标, 水力平衡调试: re-read s28 A)
_NOT_WORKS = lazy_pattern(r"补贴|补助|发放|拨付|投诉|缴费|收费|巡检|抢修|维修时限|验收|归档|结算|决算|审计|评价|检查|检测|"
                          r"测试|普查|排查|调查|摸底|监测|巡查|报送|上报|报告|统计|数据|设计|方案|招标|评审|调试|培训|宣传")
# another network's pipes (燃气管网, 供水管道) carry no heat, unless the name says heat too (燃气锅炉, 供热管网)
_OTHER_NETWORK = lazy_pattern(r"燃气|天然气|供水|给水|排水|污水|雨水|电力|通信")
_HEAT = lazy_pattern(r"锅炉|换热|热源|热力|供热|供暖|采暖|热网|一次网|二次网")


def _season_start(goal: str, year: int) -> tuple[str, date] | None:
    """The season the goal dates and its start in the budget year."""
    match = _SEASON_START.search(goal)
    if match is None:
        return None
    try:
        return match.group("season"), date(year, int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None  # a day the month does not have: VAL012's to tell in a row, not a start to read here


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each heat works' deadline in the budget year after the start of the heating season the goal dates."""
    if ctx.budget_year is None or "期" not in ctx.goal:
        return
    found = _season_start(ctx.goal, ctx.budget_year)
    if found is None:
        return
    season, start = found
    for row in ctx.rows:
        deadline = row.parsed.deadline
        if deadline is None or deadline.year != ctx.budget_year or deadline <= start or is_cost(row):
            continue
        name = row.name
        if not (_WORKS.search(name) and _FINISH.search(name)) or _NOT_WORKS.search(name):
            continue
        if _WORKS_FINISH.search(name) is None and _BUILDING.search(name) is None:
            continue
        if _OTHER_NETWORK.search(name) is None or _HEAT.search(name):
            yield row_hit(row, season=season, start=date_values(start)["date"], start_zh=f"{start.month}月{start.day}日")

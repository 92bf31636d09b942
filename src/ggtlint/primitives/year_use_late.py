"""year-use-late: a benefit counting the budget year's use of works finished only in its last month.

Works finished by 2026年12月20日 serve a few days of 2026: a benefit named as the year's actual or total use of
them (2026年度实际节约灌溉用水量, 新增停车位2026年累计停放车辆, 改造候车亭2026年累计服务候车乘客) cannot be reached,
most often a design year's figure written as this year's. Read: the completion time of the whole works (a 时效
indicator named 完工, 建成 or 竣工 with no object but the works themselves: 工程完工时间, 改造完工验收时间, not
渠首建筑物完工时间 nor 竣工验收时间) in December of the budget year; the benefit a count whose name gives the budget
year (2026年, 2026年度, 当年, 本年度) and 累计 or 实际. Not a capacity (能力, 设计), a year after the works (建成后,
改造后), nor what building itself brings (务工, 就业, 用工); nor any benefit when a first batch or phase of the works
(首批, 第一批, 一期) is due in the budget year by September: the works are then in use in batches.
With no whole works' completion in the table, a named works' (泵站工程完工时间, 水厂建成时间) is read when every such
completion the table gives falls in December: none of its works is done before then (s24); with no completion time at
all, the goal's own December finish of the works (…，12月20日前完工; 年底前全部建成), not a piece's nor an acceptance.
A named works' main structure (桥梁主体完工时间) is read before the other named works: an approach road (引道) done in
October serves nothing before the bridge. 12月前 (before December, in a value or the goal) is no December finish (s25).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit

NAME = "year-use-late"
SCOPES = ("table",)
VARIANTS = ("default", "goal")  # goal: the finish is the goal's own clause, no indicator's
PLACEHOLDERS = ROW_PLACEHOLDERS + ("finish_name", "finish_value")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the whole works' completion: only generic words before 完工 (工程, 改造, 项目, 全部), not a piece's
_WHOLE_DONE = lazy_pattern(r"^(?:(?:项目|工程|改造|提质|建设|施工|整体|全部|主体)(?:工程)?){0,3}(?:完工|建成|竣工)"
                           r"(?:时间|日期|时限)?$")
_COMPLETION = lazy_pattern(r"完工验收")
# a named works' completion (泵站工程完工时间, 水厂主体建成时间): the works' own words before it, no acceptance but 完工验收
_NAMED_DONE = lazy_pattern(r"^[\u4e00-\u9fff]{1,10}?(?:工程)?(?:完工|建成)(?:验收)?(?:时间|日期|时限)?$")
# the goal's December finish of the works, a clause of its own (…，12月20日前完工; 工程于2026年12月底前全部建成): not a
# piece's (渠首建筑物12月底前完工) nor an acceptance (年底前完成竣工验收); nor 12月前完工 (before December: by November)
_GOAL_FINISH = lazy_pattern(r"(?:^|(?<=[，,；;。]))(?:本?工程|本?项目|全部工程)?(?:于|在)?(?:(?P<year>20[0-9]{2})年)?"
                            r"(?:12月(?P<day>[1-3]?[0-9]日|底|末)|年底|年末)(?:以前|之前|前)(?:全部|全面|整体)?"
                            r"(?:完工|建成)(?!验收)")
# a value naming no day of December, only "before December" (2026年12月前, 12月以前): the value reader reads it as the
# month's end, but the works are then done by November
_BEFORE_DECEMBER = lazy_pattern(r"12月(?:以前|之前|前)")
# a named works' main structure (桥梁主体完工时间): without it none of the works is in use, whatever part (引道,
# 附属工程) is done before it
_MAIN = "主体"
_USE = lazy_pattern(r"累计|实际")
_NOT_USE = lazy_pattern(r"能力|设计|后|务工|就业|用工|施工")
# a first batch or phase of the works with its own deadline (首批中压管道完成时间, 一期工程完工时间): works done in
# batches serve from the first one's completion (careful round g728); not the 一期 of 第十一期 (an eleventh
# round) or of 统一期限/同一期 (one and the same period)
_BATCH = lazy_pattern(r"首批|第一批|(?<![十统同])一期")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    late = _late_finish(ctx, year)
    if late is None:
        return
    if any(row.level2 == "时效指标" and row.parsed.deadline is not None and _BATCH.search(row.name)
           and date(year, 1, 1) <= row.parsed.deadline < date(year, 10, 1) for row in ctx.rows):
        return  # a first batch in use by September: the year's reach and use are of the batches done
    finish_name, finish_value = late
    variant = "default" if finish_name else "goal"
    named = f"{year}年"
    for row in ctx.rows:
        if row.level1 == "效益指标" and row.parsed.kind == "count" and row.parsed.number \
                and (named in row.name or "当年" in row.name or "本年" in row.name) and _USE.search(row.name) and not _NOT_USE.search(row.name):
            yield row_hit(row, variant, finish_name=finish_name, finish_value=finish_value)


def _late_finish(ctx: TableContext, year: int) -> tuple[str, str] | None:
    """The works' completion in the budget year's December, as (name, value): the whole works' latest; else the
    earliest of the named works' when all of them fall in December; else, with no completion time, the goal's
    (its name empty: the goal is no indicator, and the messages name it in their own words)."""
    dated = [row for row in ctx.rows if row.level2 == "时效指标" and row.parsed.deadline is not None]
    whole = [row for row in dated if _whole_works(row.name)]
    named = [row for row in dated if _NAMED_DONE.match(row.name) is not None and "竣工" not in row.name]
    main = [row for row in named if _MAIN in row.name]
    if whole:
        finish = max(whole, key=_done_by)
    elif main or named:
        # the main structures' (or, with none, every named works') earliest: all in December, or none is late
        finish = min(main or named, key=_done_by)
    else:
        return _goal_finish(ctx.goal, year)
    done = _done_by(finish)
    if done < date(year, 12, 1) or done.year != year:
        return None
    return finish.name, finish.value


def _done_by(row: Any) -> date:
    """The day a completion indicator's works are done by: its deadline, or the end of November when the value says
    only 12月前 (before December)."""
    deadline: date = row.parsed.deadline
    if deadline.month == 12 and _BEFORE_DECEMBER.search(row.value):
        return date(deadline.year, 11, 30)
    return deadline


def _goal_finish(goal: str, year: int) -> tuple[str, str] | None:
    """The goal's clause finishing the works in the budget year's December, and its date; None when it gives none."""
    if "前" not in goal:
        return None  # every _GOAL_FINISH match holds 前 (以前, 之前, 前)
    for match in _GOAL_FINISH.finditer(goal):
        if match.group("year") is None or int(match.group("year")) == year:
            return "", match.group().lstrip("本工程项目全部于在")
    return None


def _whole_works(name: str) -> bool:
    """Whether a time indicator names the whole works' completion (工程完工时间, 改造完工验收时间)."""
    return _WHOLE_DONE.match(name) is not None or (_COMPLETION.search(name) is not None
                                                   and _WHOLE_DONE.match(name.replace("验收", "")) is not None)

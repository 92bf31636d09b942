"""year-use-late: a benefit counting the budget year's use of works finished only in its last month.

Works finished by 2026年12月20日 serve a few days of 2026: a benefit named as the year's actual or total use of
them (2026年度实际节约灌溉用水量, 新增停车位2026年累计停放车辆, 改造候车亭2026年累计服务候车乘客) cannot be reached,
most often a design year's figure written as this year's. Read: the completion time of the whole works (a 时效
indicator named 完工, 建成 or 竣工 with no object but the works themselves: 工程完工时间, 改造完工验收时间, not
渠首建筑物完工时间 nor 竣工验收时间) in December of the budget year; the benefit a count whose name gives the budget
year (2026年, 2026年度, 当年, 本年度) and 累计 or 实际. Not a capacity (能力, 设计), a year after the works (建成后,
改造后), nor what building itself brings (务工, 就业, 用工).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit

NAME = "year-use-late"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("finish_name", "finish_value")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the whole works' completion: only generic words before 完工 (工程, 改造, 项目, 全部), not a piece's
_WHOLE_DONE = re.compile(r"^(?:(?:项目|工程|改造|提质|建设|施工|整体|全部|主体)(?:工程)?){0,3}(?:完工|建成|竣工)"
                         r"(?:时间|日期|时限)?$")
_COMPLETION = re.compile(r"完工验收")
_USE = re.compile(r"累计|实际")
_NOT_USE = re.compile(r"能力|设计|后|务工|就业|用工|施工")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None:
        return
    finish = None
    for row in ctx.rows:
        if row.level2 == "时效指标" and row.parsed.deadline is not None and _whole_works(row.name):
            if finish is None or row.parsed.deadline > finish.parsed.deadline:
                finish = row
    if finish is None or finish.parsed.deadline < date(year, 12, 1) or finish.parsed.deadline.year != year:
        return
    named = f"{year}年"
    for row in ctx.rows:
        if row.level1 == "效益指标" and row.parsed.kind == "count" and row.parsed.number \
                and (named in row.name or "当年" in row.name or "本年" in row.name) and _USE.search(row.name) and not _NOT_USE.search(row.name):
            yield row_hit(row, finish_name=finish.name, finish_value=finish.value)


def _whole_works(name: str) -> bool:
    """Whether a time indicator names the whole works' completion (工程完工时间, 改造完工验收时间)."""
    return _WHOLE_DONE.match(name) is not None or (_COMPLETION.search(name) is not None
                                                   and _WHOLE_DONE.match(name.replace("验收", "")) is not None)

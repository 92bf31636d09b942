"""office-work: the managing body's own paperwork counted as a transfer or subsidy project's output.

A 数量指标 counting the bureau's or township's own reviewing of applications (县农业农村局审核扶持申报材料 ≥260份,
县畜牧站入户核查奖补申报材料 ≥1600份), its documents issued (乡人民政府印发项目实施方案 ＝1份) or its meetings
called (召开项目调度会 ≥4次), in a table whose money goes to works or to people (奖补, 补助, 扶持, 维修, 建设…): the
paperwork is how the bureau does its job, not what the money buys. Left alone: a project whose substance is such
work (审计, 督查, 评审, 信息系统运维, 工作经费…: its name says so), a service bought from others (第三方审核…), a
value that is no count (a rate or a deadline is another check's).

Params: ``acts`` — the office work's words (a regular expression; its match is quoted as {act}); ``managing`` —
a project name whose substance is management work (left alone); ``substance`` — what the goal or the project
name must name for the money to go elsewhere (works, aid); ``bought`` — a name that says the work is bought.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, row_hit
from ggtlint.regexsafety import search

NAME = "office-work"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("act",)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["acts", "managing", "substance"],
    "properties": {
        "acts": {"type": "string"},
        "managing": {"type": "string"},
        "substance": {"type": "string"},
        "bought": {"type": "string"},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("acts", "managing", "substance", "bought"))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    counted = [row for row in ctx.rows if row.level2 == "数量指标" and row.parsed.kind == "count"]
    if not counted:
        return
    project = ctx.table.project.name or ""
    # the project's substance is itself management work (审计, 督查, 系统运维): its paperwork is its output
    if search(params["managing"], project) is not None:
        return
    if search(params["substance"], project) is None and search(params["substance"], ctx.goal) is None:
        return
    for row in counted:
        act = search(params["acts"], row.name)
        if act is None:
            continue
        if "bought" in params and search(params["bought"], row.name) is not None:
            continue
        yield row_hit(row, key=True, act=act.group(0))

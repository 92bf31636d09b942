"""unbacked-gain: an economic benefit in money the project cannot bring about.

A benefit naming money the project sets going (带动, 拉动) as output, consumption or income (产值, 消费, 增收) is fair
for a project whose substance is the market (产业扶持, 招商, 消费券, 赛事); told here, where it is not:
- ``aid``: the project pays aid to people in need (高龄津贴, 康复救助, 临时救助: its name says so): money paid to the
  elderly or the disabled is no industry policy, and 带动县域康复产业新增产值 ≥2000万元 has no way to come about;
- ``scale``: the figure is many times the project's whole budget (带动沿线农村居民增收总额 ≥2亿元 from 4200万元 of
  water works) and the goal names no such gain, so nothing in the table says how it would come.
A per-head figure (户均, 人均, 亩均增收) is no total and is left alone, as is a benefit counted in anything but money.

Params: ``drives`` — the words that a benefit is set going by the project (带动, 拉动); ``gains`` — what it is in
money (产值, 消费, 增收…); ``per_unit`` — a per-head or per-area figure; ``aid`` — a project name of aid paid to
people; ``market`` — a project name or goal whose substance is the market (left alone); ``times`` — how many times
the budget a benefit must reach for ``scale``.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, row_hit, yuan_text
from ggtlint.regexsafety import search
from ggtlint.values import decimal_text

NAME = "unbacked-gain"
SCOPES = ("table",)
VARIANTS = ("aid", "scale")
PLACEHOLDERS = {"aid": ROW_PLACEHOLDERS + ("gain",), "scale": ROW_PLACEHOLDERS + ("gain", "total", "times")}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["drives", "gains", "per_unit", "aid", "market", "times"],
    "properties": {
        "drives": {"type": "string"},
        "gains": {"type": "string"},
        "per_unit": {"type": "string"},
        "aid": {"type": "string"},
        "market": {"type": "string"},
        "times": {"type": "integer", "minimum": 2},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The params with their patterns compiled once (and vetted like every pattern of a pack)."""
    return compile_patterns(params, ("drives", "gains", "per_unit", "aid", "market"))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    # the benefits first: few tables have a 带动 benefit in money, and the project's words are read only then
    found = []
    for row in ctx.rows:
        if not row.level1.startswith("效益") or row.parsed.kind != "money" or row.parsed.yuan is None \
                or row.parsed.op not in ("≥", ">", "＝", "=", None):
            continue
        drive = search(params["drives"], row.name)
        # the gain after the word that sets it going (带动…增收), not a gain named before it
        gain = search(params["gains"], row.name[drive.end():]) if drive is not None else None
        if gain is not None and search(params["per_unit"], row.name) is None:
            found.append((row, gain.group(0)))
    if not found:
        return
    project = ctx.table.project.name or ""
    if search(params["market"], project) is not None or search(params["market"], ctx.goal) is not None:
        return
    aid = search(params["aid"], project) is not None
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    for row, gain in found:
        if aid:
            yield row_hit(row, "aid", gain=gain)
        elif total is not None and total > 0 and row.parsed.yuan >= total * params["times"] \
                and search(params["gains"], ctx.goal) is None:
            times = int(row.parsed.yuan / total) if row.parsed.yuan < total * 100 else 100
            # the total as the table gives it (4200万元), not in 元 (42,000,000 元), as the officer wrote it
            shown = f"{decimal_text(funds.total)}{funds.unit}" if funds.unit else yuan_text(total)
            yield row_hit(row, "scale", gain=gain, total=shown, times=str(times))

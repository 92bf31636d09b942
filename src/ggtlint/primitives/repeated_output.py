"""repeated-output: a 效益 indicator that gives the very figure of an 产出 quantity.

报废更新老旧农机 ≥80台 under 数量 and 报废老旧高耗能农机数量 ≥80台 again under 生态效益 say the same
thing twice: the benefit is what the output brings about (the share of old machines retired, the
fuel saved), not the output counted once more. Counts and amounts only, in the same unit and
at least ``min_number`` (``＝1个``, ``≥2次`` repeat by chance), and only where the two names share
a run of ``min_shared`` characters (老旧农机): 重点项目绩效评价个数 ≥15个 and 评价结果与预算安排挂钩项目数
≥15个 are two things that happen to be equal; or where the benefit names as reached (受益, 惠及) what the output's
name ends in (受益企业 ≥120家, 出口信用保险保费补助企业 ≥120家); not where the benefit counts those that reached a level
its name sets (收入达到10万元以上的扶持村 ＝20个). Rates (100%) repeat too often to say anything.
``repeat_in`` and ``repeat_of`` (a 一级 or 二级 each, by default 效益指标 and 产出指标) set where the figure is
told again and where it is first: CAT020 tells a 质量 indicator giving a 数量 indicator's count again (科普讲座完成
场次 ≥60场 beside 科普讲座 ≥60场); with ``restated_with`` (a regular expression of words such as 完成, 开展,
场次) only a name made of the first's characters and those words is told: 含全科医生的家庭医生团队 ≥120个 beside
组建家庭医生团队 ≥120个 adds a standard each team meets, a quality told as a count.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_patterns, is_cost, longest_run, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "repeated-output"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("first_name", "first_value")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"min_number": {"type": "number", "minimum": 0}, "min_shared": {"type": "integer", "minimum": 1},
                   "repeat_in": {"type": "string"}, "repeat_of": {"type": "string"}, "restated_with": {"type": "string"}},
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("restated_with",))


_OUTPUT, _BENEFIT = "产出指标", "效益指标"
_KINDS = ("count", "money")
_REACHED = ("受益", "惠及")
# a level the benefit's name says its count reached (收入达到10万元以上的扶持村 ＝20个 beside 扶持村数量 ＝20个):
# those that got there, a result, not the output counted again; not an age (60周岁以上), which says who they are
_LEVEL_IN_NAME = lazy_pattern(r"\d[^\d岁]{0,4}?以[上下]")


def _reached_again(benefit: str, output: str) -> bool:
    """A benefit naming as reached the very thing the output counts (受益企业 for 出口信用保险保费补助企业): the
    output's people or firms counted again, whatever the words before them."""
    rest = benefit[2:] if benefit.startswith(_REACHED) else ""
    return len(rest) >= 2 and output.endswith(rest)


def _level_reached(benefit: str, output: str) -> bool:
    """Whether the benefit counts those that reached a level (达到10万元以上的) the output's name does not set."""
    level = _LEVEL_IN_NAME.search(benefit)
    return level is not None and level.group() not in output


def _restated(name: str, first: str, words: Any) -> bool:
    """Whether ``name`` says nothing ``first`` does not, but for ``words`` (完成, 场次): no words given, any name."""
    if words is None:
        return True
    return all(char in first for char in words.sub("", name))


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    least = params.get("min_number", 10)
    shared = params.get("min_shared", 3)
    repeat_in, repeat_of = params.get("repeat_in", _BENEFIT), params.get("repeat_of", _OUTPUT)
    outputs: dict[tuple[str, Any, str | None], list[Any]] = {}
    for row in ctx.rows:
        parsed = row.parsed
        if repeat_of in (row.level1, row.level2) and parsed.kind in _KINDS and parsed.number is not None \
                and not is_cost(row):
            outputs.setdefault((parsed.kind, parsed.number, parsed.unit), []).append(row)
    if not outputs:
        return
    for row in ctx.rows:
        parsed = row.parsed
        if repeat_in not in (row.level1, row.level2) or parsed.kind not in _KINDS or parsed.number is None \
                or parsed.number < least:
            continue
        first = next((output for output in outputs.get((parsed.kind, parsed.number, parsed.unit), ())
                      if (longest_run(row.name, output.name) >= shared or _reached_again(row.name, output.name))
                      and _restated(row.name, output.name, params.get("restated_with"))
                      and not _level_reached(row.name, output.name)), None)
        if first is not None:
            yield row_hit(row, first_name=first.name, first_value=first.shown)

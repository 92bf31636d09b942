"""multi-year: an annual table should not set multi-year or open-ended targets.

Hits a value that is a horizon (长期, 持续), a duration in years (1年, 3年内), a target over years
(三年内达到100%), or a name with a multi-year window (3年内…, 多年, 2023—2025年累计…, 到2025年… in an
earlier year's table). Variants ``horizon``, ``years`` and ``name``. A 时效 limit of one
year ("1年内") is within the budget year, not a multi-year target: deadline-form tells it.
Variant ``paid_ahead``: a cost line whose name names a year after the budget year (授权费（2026—2027年两年）,
补助（含2027年1—6月）): this year's money paying for next year's work. Variant ``short_lasting``: a 可持续影响
indicator said to last only to a year not after the budget year (持续至2026年6月底 in a 2026 table): no lasting effect.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_cost, row_hit
from ggtlint.values.parse import CEILING_OPS
from ggtlint.lazyregex import lazy_pattern

NAME = "multi-year"
SCOPES = ("indicator",)
VARIANTS = ("horizon", "years", "name", "paid_ahead", "short_lasting")
# a cost paid ahead may be a bundle the reviewer accepts: a notice
LEVELS = {"paid_ahead": Severity.INFO, "short_lasting": Severity.INFO}
PLACEHOLDERS = {"horizon": ROW_PLACEHOLDERS, "years": ROW_PLACEHOLDERS + ("years",),
                "name": ROW_PLACEHOLDERS + ("phrase",), "paid_ahead": ROW_PLACEHOLDERS + ("phrase",),
                "short_lasting": ROW_PLACEHOLDERS + ("phrase",)}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"check_names": {"type": "boolean"}},
}
compile = compile_identity
# Anchored at the start: "3年内因就业问题…" sets a multi-year target, while "离校2年内高校毕业生"
# only describes who is eligible.
# (长期 and 多年 as a horizon, not in the name of a class of people or things: 长期滞留人员,
# 长期护理保险, 长期卧床, 多年生牧草, 长期监测点 (a fixed station, set up this year), 长期保存 (the
# preservation kept for records and digital resources: 数字资源长期保存率 is this year's share))
_NAME_YEARS = lazy_pattern(r"^(?:[0-9]+|[两二三四五六七八九十]+)\s*年(?:内|以内|之内|来|间)|^(?:未来|今后)(?:[0-9]+|[两二三四五六七八九十]+)\s*年|多年(?!生)"
                           r"|长期(?!滞留|护理|照护|卧床|处方|租赁|借款|股权|待摊|投资|失业|在外|监测点|观测点|定位监测|定位观测|保存)|跨年度")
# a span of years counted together (2023—2025年累计培训人次), or a year to reach after the budget
# year (到2025年…达标率 in a 2022 table): not a plan's title (2021—2025年规划) nor a date of this year
_NAME_SPAN = lazy_pattern(r"20[0-9]{2}\s*年?\s*(?:—|–|-|~|～|至|到)+\s*20[0-9]{2}\s*年(?:度)?(?:累计|合计|共计|共|期间|内|间)")
# (in a 可持续影响 row too, unlike TIME002's bare 2030年… there, on purpose: 到 says a target reached over the years
# between, R19's multi-year target, which the reference tells in that row as well; see TIME004's comment, careful s25)
_NAME_BY_YEAR = lazy_pattern(r"(?<![较比与截])(?:到|至)\s*(?P<y>20[0-9]{2})\s*年(?!度?[0-9一二三四五六七八九十]|底前|末前)")
# a cost paying whole years or a later year's months (授权费（2026—2027年两年）, 补助（含2027年1—6月）): paid ahead;
# not a policy or school year (2025—2026年度, 2026—2027学年), a later year's own enrolment (参加2027年度医保),
# a service year of months (2026年7月至2027年6月) nor upkeep bundled with a purchase (含2027年维保); the months
# are quoted without their 含, a space after it allowed as before (含 2027年1—6月)
_PAID_YEARS = lazy_pattern(r"20[0-9]{2}\s*(?:—|–|-|~|～|至|到)\s*(?P<y>20[0-9]{2})\s*年\s*(?:[两二三四五六七八九十]|[2-9])\s*年"
                           r"|(?:(?<=含)|(?<=含\s))(?P<y2>20[0-9]{2})\s*年\s*[0-9]+\s*(?:—|–|-|~|～|至)\s*[0-9]+\s*月")
# this year's share of a plan to a later year (到2025年森林覆盖率目标年度分解任务完成率)
_THIS_YEARS_PART = lazy_pattern(r"年度分解|分解任务|年度任务|本年度|当年")
_YEAR_UNITS = ("年",)
# a lasting effect said to end in a year (持续至2026年6月底, 安全运行持续时间 至2026年6月); not a year's end
# set for building it (到2026年底建立长效管护机制), nor a stock counted at a day (截至2026年底)
_LASTING = lazy_pattern(r"持续|保持|维持|期限|有效期")
_LASTS_TO = lazy_pattern(r"(?<![较比与截])(?:至|到)\s*(?P<y>20[0-9]{2})\s*年(?:\s*[0-9]{1,2}\s*月)?(?:底|末)?")


def _one_year_limit(row: Row) -> bool:
    """A 时效 value of at most one year ("1年内", "≤1年"): a deadline by the year's end."""
    parsed = row.parsed
    return row.level2 == "时效指标" and parsed.horizon_years == 1 and parsed.op in CEILING_OPS


def _short_lasting(ctx: TableContext, row: Row) -> re.Match[str] | None:
    """The end, within the budget year, of an effect a 可持续影响 indicator says lasts (持续至2026年6月底)."""
    if row.level2 != "可持续影响指标" or ctx.budget_year is None or not _LASTING.search(row.name):
        return None
    ends = (_LASTS_TO.search(text) for text in (row.name, row.value))
    return next((end for end in ends if end is not None and int(end.group("y")) <= ctx.budget_year), None)


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if (end := _short_lasting(ctx, row)) is not None:
        yield row_hit(row, variant="short_lasting", severity=LEVELS["short_lasting"], phrase=end.group(0))
        return
    if _one_year_limit(row):
        return  # "1年内" as a 时效 limit is within the year (TIME003 asks for the date)
    if parsed.kind == "horizon" and parsed.horizon_years is None:
        yield row_hit(row, variant="horizon")
    elif parsed.horizon_years is not None and (parsed.horizon_years > 1 or parsed.kind in ("duration", "horizon")):
        yield row_hit(row, variant="years", years=parsed.horizon_years)
    elif params.get("check_names", True):
        if is_cost(row) and ctx.budget_year is not None:
            paid_later = next((span for span in _PAID_YEARS.finditer(row.name)
                               if int(span.group("y") or span.group("y2")) > ctx.budget_year), None)
            if paid_later is not None:
                yield row_hit(row, variant="paid_ahead", severity=LEVELS["paid_ahead"], key=True,
                              phrase=paid_later.group(0))
                return
        match = _NAME_YEARS.search(row.name) or _NAME_SPAN.search(row.name)
        if match is None and ctx.budget_year is not None:
            # (every match holds 到 or 至 and 年: most names are not searched)
            by_year = (_NAME_BY_YEAR.search(row.name)
                       if "年" in row.name and ("到" in row.name or "至" in row.name) else None)
            if by_year is not None and int(by_year.group("y")) > ctx.budget_year and not _THIS_YEARS_PART.search(row.name):
                match = by_year
        if match:
            yield row_hit(row, variant="name", key=True, phrase=match.group(0))

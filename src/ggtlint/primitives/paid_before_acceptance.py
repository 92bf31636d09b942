"""paid-before-acceptance: a subsidy the goal says is paid once the work is accepted (先建后补, 验收合格后兑付,
经验收存栏后兑付) with a payment deadline before the acceptance's or the works' finish in the same table
(奖补资金拨付到户时间 2026年6月30日前 beside 到户产业验收完成时间 2026年10月31日前): the money would go out before
anything is accepted, against the rule the goal itself quotes.

Only deadlines under 时效 are compared. A payment is a row naming paying (拨付, 兑付, 支付, 发放, 兑现) and none of
what may go out early: an advance or first batch (预拨, 预付, 首批, 第一批, 进度款, 启动资金), or money passed down a
level (下达, 分配, 到乡镇, 财政所), which the township pays on after acceptance itself; nor a first part the goal
lets go early (第一笔, 30%, 先行), last year's works (上年, an earlier year named) or what is no subsidy (设计监理费,
以工代赈劳务报酬: the name must say 资金, 奖补, 补助, 补贴 or 奖励). An acceptance is a row naming
验收, 完工, 竣工 or 建成 and no paying nor a phase or batch of its own (一期, 首批); the payment is told when it falls
before the earliest of them. The rule is read in the goal, else in a payment row's own value (蜂箱补助兑付时限
验收合格后30日内): variant ``rule_in_row`` then names that row, not the goal.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.lazyregex import lazy_pattern

NAME = "paid-before-acceptance"
SCOPES = ("table",)
VARIANTS = ("default", "rule_in_row")
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("later_name", "later_value", "rule"),
                "rule_in_row": ROW_PLACEHOLDERS + ("later_name", "later_value", "rule", "rule_row")}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# the goal's (or a payment row's value's) rule: paid after the work is accepted or finished
_AFTER_ACCEPTANCE = lazy_pattern(r"先建后补|(?:验收|完工|竣工|建成)[^，,；;。\n]{0,4}?(?:后|之后)[^，,；;。\n]{0,12}?"
                                 r"(?:拨付|兑付|支付|发放|拨款|兑现)")
_PAYING = lazy_pattern(r"拨付|兑付|支付|发放|兑现")
# what may go out before acceptance: an advance, a first batch, money passed down a level
_EARLY = lazy_pattern(r"预拨|预付|首批|第一批|[一二三1-3]期|进度款|启动资金|前期|下达|分配|到乡|到镇|乡镇|财政所|工作经费"
                      # s22 second opinion: a first part the goal may advance (第一笔, 30%, 先行拨付) and the last
                      # year's accepted works paid this spring (上年度奖补资金兑付)
                      r"|第一笔|首笔|[0-9０-９]+%|先行|上年|往年|结转")
# the subsidy itself, not a fee or wage paid as the works go (设计监理费, 以工代赈劳务报酬)
_SUBSIDY = lazy_pattern(r"资金|奖补|补助|补贴|奖励|奖金")
# a year named in the payment's name (2025年度验收项目奖补资金): before the budget year, last year's works
_NAMED_YEAR = lazy_pattern(r"(20[0-9]{2})年")
_ACCEPTED = lazy_pattern(r"验收|完工|竣工|建成")
_PHASE = lazy_pattern(r"[一二三四五六七八九十0-9]+(?:期|批)|首批|标段|部分")


def _earlier_year(name: str, budget_year: int | None) -> bool:
    """Whether the name gives a year before the budget year (2025年度验收项目奖补资金兑付时间 in 2026's table)."""
    return budget_year is not None and any(int(year) < budget_year for year in _NAMED_YEAR.findall(name))


def _deadline_rows(ctx: TableContext) -> list[Row]:
    return [row for row in ctx.rows if row.level2 == "时效指标" and row.parsed.deadline is not None
            and row.parsed.op in ("≤", "<", None)]


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    timed = _deadline_rows(ctx)
    if len(timed) < 2:
        return
    payments = [row for row in timed if _PAYING.search(row.name) and _SUBSIDY.search(row.name)
                and not _EARLY.search(row.name) and not _earlier_year(row.name, ctx.budget_year)]
    accepted = [row for row in timed if _ACCEPTED.search(row.name) and not _PAYING.search(row.name)
                and not _PHASE.search(row.name)]
    if not payments or not accepted:
        return
    rule = _AFTER_ACCEPTANCE.search(ctx.goal[:MAX_MATCH_INPUT])
    rule_row: Row | None = None
    if rule is None:  # the rule in a payment row's own value (蜂箱补助兑付时限 验收合格后30日内)
        rule_row, rule = next(((row, found) for row in ctx.rows if _PAYING.search(row.name)
                               for found in [_AFTER_ACCEPTANCE.search(row.value[:MAX_MATCH_INPUT])] if found),
                              (None, None))
    if rule is None:
        return
    first = min(accepted, key=lambda row: row.parsed.deadline)  # type: ignore[arg-type, return-value]
    # the message says where the rule is written: the goal, or the row whose value gives it (s22 re-read)
    where = {} if rule_row is None else {"variant": "rule_in_row", "rule_row": rule_row.name}
    for row in payments:
        if row.parsed.deadline < first.parsed.deadline:  # type: ignore[operator]
            yield row_hit(row, later_name=first.name, later_value=first.value, rule=rule.group(), **where)

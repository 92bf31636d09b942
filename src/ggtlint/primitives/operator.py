"""operator: the comparison a value uses (≥ ≤ ＝ …) must suit what it measures.

Params: ``forbid_ops`` (e.g. ≥ and > on a cost: no upper limit), ``flag_missing`` (no
operator at all; not a bare 100%, which can only mean ＝100%), ``flag_approx`` (左右/约: cannot be judged met or missed;
a bound stated "in principle" or "as a rule", 原则上不超过30分钟, 一般不少于200人, is variant
``hedged``), ``kinds`` (only
values of these kinds), ``only_negative`` (only reverse indicators such as 失业率, 损失率; a value
written as a decrease, 较上年下降≥5%, is one already), ``missing_not_negative`` (a reverse
indicator's missing operator is left to the rule for reverse indicators), ``forbid_not_negative``
(a reverse indicator, 新增违法建设, rightly takes the ceiling forbidden to others), ``missing_ok_kinds``
(kinds whose bare figure is already a limit: a duration, 15个工作日), ``undirected_only`` (only values
that name no direction: 下降≥15% under 较上年变化 says which way), ``not_frequency`` (not how often work is
done, 洒水降尘 ≥2次/日, which is no price), ``not_time_per_period`` (not how long work runs per
period, 雾炮机降尘作业 ≥4小时/日, nor any other time per unit: no price either). ``names`` (a regular
expression): only names it finds, besides the benefits below. ``benefit_names``: a benefit (under
效益指标) whose name it finds, and ``benefit_not_names`` does not, is better the more it is
(带动就业, 亩均节本增效): its value of ``benefit_kinds`` is held to ``forbid_ops`` too (variant
``benefit``), whatever ``names`` and ``kinds`` say.

A value with no operator, or an approximate one, is given ``{suggested}``: its figure with the
comparison that suits the indicator (≤ for a cost or a reverse indicator, ＝ for 100% and 0,
≥ otherwise).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, is_cost,
                                     is_frequency, is_ratio, row_hit)
from ggtlint.regexsafety import search
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import hedge_of
from ggtlint.lazyregex import lazy_pattern


NAME = "operator"
SCOPES = ("indicator",)
VARIANTS = ("approx", "missing", "forbidden", "hedged", "benefit")
PLACEHOLDERS = {"approx": ROW_PLACEHOLDERS + ("op", "suggested"), "missing": ROW_PLACEHOLDERS + ("op", "suggested"),
                "forbidden": ROW_PLACEHOLDERS + ("op", "suggested"), "hedged": ROW_PLACEHOLDERS + ("op", "hedge", "suggested"),
                "benefit": ROW_PLACEHOLDERS + ("op", "suggested")}
# a bound stated "in principle" or "as a rule" (原则上不超过30分钟, 一般不少于200人): read, but approximate
# (``hedged``, not ``approx``); not on a cost, where it is how policies word a cap
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "forbid_ops": {"type": "array", "items": {"enum": ["≥", "≤", "=", ">", "<", "≈"]}},
        "flag_missing": {"type": "boolean"},
        "flag_approx": {"type": "boolean"},
        "kinds": {"type": "array", "items": {"type": "string"}},
        "only_negative": {"type": "boolean"},
        "missing_not_negative": {"type": "boolean"},
        "forbid_not_negative": {"type": "boolean"},
        # kinds whose bare figure is a limit as it stands: 办理时限 15个工作日 is "within 15 days"
        "missing_ok_kinds": {"type": "array", "items": {"type": "string"}},
        "undirected_only": {"type": "boolean"},
        "not_frequency": {"type": "boolean"},
        "not_time_per_period": {"type": "boolean"},
        "names": {"type": "string"},
        "benefit_names": {"type": "string"},
        "benefit_not_names": {"type": "string"},
        "benefit_kinds": {"type": "array", "items": {"type": "string"}},
    },
}
_BENEFIT = "效益指标"
# a benefit's ceiling is a notice: names alone miss some benefits to raise (3 of 5 unseen ones found)
LEVELS = {"benefit": Severity.INFO}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The name patterns compiled once (and vetted like every pattern of a pack)."""
    return compile_patterns(params, ("names", "benefit_names", "benefit_not_names"))


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if _benefit_to_raise(row, params):
        if parsed.op in params.get("forbid_ops", ()):
            yield row_hit(row, variant="benefit", op=parsed.op, suggested=_suggested(row), severity=LEVELS["benefit"])
        return
    kinds = params.get("kinds")  # before the names: a kind is cheaper to test than a pattern
    if kinds and parsed.kind not in kinds:
        return
    names = params.get("names")
    if names is not None and not search(names, row.name):
        return
    if params.get("not_frequency") and is_frequency(row):
        return
    if params.get("not_time_per_period") and _time_per_period(ctx, row):
        return
    if params.get("only_negative") and (not row.hint.negative or parsed.change == "down"):
        return
    if params.get("undirected_only") and parsed.change is not None:
        return
    hedge = hedge_of(parsed.text) if parsed.approx and parsed.op != "≈" else None
    hedged = hedge is not None
    if hedged and is_cost(row):
        return  # 人均培训费原则上不超过500元: the policy's own wording of a cost cap, a ceiling all the same
    if params.get("flag_approx") and (parsed.approx or parsed.op == "≈"):
        if hedge is not None:
            yield row_hit(row, variant="hedged", op=parsed.op or "", hedge=hedge.group(), suggested=_suggested(row))
        else:
            yield row_hit(row, variant="approx", op=parsed.op or "", suggested=_suggested(row))
    elif params.get("flag_missing") and parsed.op is None:
        # a change says its direction (较上年提高2个百分点: up by that much), no bound is missing
        # and a bare 100% of a share can only mean ＝100%: no share goes above it (a growth rate can)
        if (parsed.change is None and not (params.get("missing_not_negative") and row.hint.negative)
                and parsed.kind not in params.get("missing_ok_kinds", ())
                and not (parsed.kind == "rate" and parsed.percent == 100 and not _CAN_EXCEED.search(row.name))):
            yield row_hit(row, variant="missing", op="", suggested=_suggested(row))
    elif parsed.op is not None and parsed.op in params.get("forbid_ops", ()) \
            and not (params.get("forbid_not_negative") and row.hint.negative):
        yield row_hit(row, variant="forbidden", op=parsed.op, suggested=_suggested(row))


def variants_met(params: dict[str, Any]) -> tuple[str, ...]:
    """The variants a rule's params let it report: only a rule with ``benefit_names`` reports
    ``benefit``, whose level is its own (LEVELS)."""
    return tuple(variant for variant in VARIANTS if variant != "benefit" or "benefit_names" in params)


def _benefit_to_raise(row: Row, params: dict[str, Any]) -> bool:
    """A benefit whose name says more is better (带动就业 ≥1200人, not at most): not a reverse
    indicator (减少农药使用量), nor one written as a fall (较上年下降)."""
    names, not_names = params.get("benefit_names"), params.get("benefit_not_names")
    return (names is not None and row.level1 == _BENEFIT and row.parsed.kind in params.get("benefit_kinds", ())
            and not row.hint.negative and row.parsed.change != "down" and search(names, row.name) is not None
            and (not_names is None or search(not_names, row.name) is None))


# rates that may go above 100%: growth, leverage
_CAN_EXCEED = lazy_pattern(r"增长|增幅|增速|提高|提升|增加|撬动|带动|放大|杠杆")


def _time_per_period(ctx: TableContext, row: Row) -> bool:
    """Whether a per-unit value is a time (4小时/日, and per anything else too: 8小时/台), not a price (80元/人)."""
    info = ctx.lexicon.units.get((row.parsed.unit or "").split("/")[0])
    return row.parsed.kind == "per_unit" and info is not None and info.kind == "duration"


def _suggested(row: Row) -> str:
    """The value with the comparison that suits its indicator: "1000人" → "≥1000人" for people
    trained, "15万元" → "≤15万元" for a cost, "5.5%左右" → "≤5.5%" for 失业率."""
    parsed = row.parsed
    op = "≤" if is_cost(row) or row.hint.negative else "≥"
    if parsed.number == 0 or (parsed.kind == "rate" and parsed.percent == 100):
        op = "＝"  # ≥100% can only be met as ＝100% (VAL004), and ≤0 only as ＝0
    if parsed.number is None or is_ratio(row):
        return op + row.value.strip()  # a ratio stays as written: 1:30, not 0.0333333
    return f"{op}{decimal_text(parsed.number)}{parsed.unit or ''}"

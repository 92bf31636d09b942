"""value-kind: the kind of value an indicator may (or may not) have in its category.

Params: ``allow`` (kinds accepted; anything else is a hit) or ``forbid`` (kinds rejected);
``exempt_qualities`` (qualitative values of these classes are left to other rules, e.g.
immediate/external deadlines); ``exempt_qualities_under`` (by 二级: classes accepted there only,
e.g. a yes/no "达标" under 质量指标); ``forbid_under`` (by 二级: kinds rejected there though ``allow``
takes them elsewhere, e.g. "按实际申请人数", a policy, as a quantity); ``report_qualities_under`` (by 二级:
classes ``exempt_qualities`` leaves elsewhere but not there, e.g. a season, 2026年春季, as a quantity). ``percent`` counts ranges of percentages as rates. In
``forbid``, ``money_per_unit`` names a price (50元/人) as against other per-unit values (4万吨/日).
``exempt_name`` (a regular expression): indicators whose name it finds are left alone.
``exempt_note`` (a regular expression): indicators whose 备注 it finds are left alone (a workbook's
value cell holds only the number, and what qualifies it, 自合同签订之日起, goes in 备注).
``unitless_only``: only a figure with no unit at all is a hit (≥300, not ≥90分 nor a ratio 1:30);
``unitless_only_under`` (二级 names): the same there only (a 2021 ecological cost 施工噪声 ≤70分贝 is a
harm in its own unit, where ≤45 under 经济成本指标 is money without its unit).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, is_ratio, row_hit
from ggtlint.regexsafety import search
from ggtlint.values.parse import KIND_WORDS

NAME = "value-kind"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("kind", "kind_en")
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
_KINDS = {"type": "array", "items": {"type": "string"}}
# a figure that is no date's part (1次 of 汛期前1次, not 2026 of 2026年春季, nor 6 of 6-9月汛期前): a count,
# said with its time
_COUNT_FIGURE = lazy_pattern(r"[0-9]+(?![0-9.年月日号\-－~～至到])")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"allow": _KINDS, "forbid": _KINDS, "exempt_qualities": _KINDS, "exempt_kinds": _KINDS,
                   "exempt_qualities_under": {"type": "object", "additionalProperties": _KINDS},
                   "forbid_under": {"type": "object", "additionalProperties": _KINDS},
                   "report_qualities_under": {"type": "object", "additionalProperties": _KINDS},
                   "exempt_name": {"type": "string"}, "exempt_values": {"type": "string"}, "exempt_note": {"type": "string"},
                   "unitless_only": {"type": "boolean"}, "unitless_only_under": _KINDS},
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The name pattern compiled once (and vetted like every pattern of a pack)."""
    return compile_patterns(params, ("exempt_name", "exempt_values", "exempt_note"))

KIND_ZH = {kind: zh for kind, (zh, _en) in KIND_WORDS.items()}


def _kind(row: Row) -> str:
    parsed = row.parsed
    if parsed.kind == "range" and parsed.base_kind:
        return parsed.base_kind
    return parsed.kind


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    kind = _kind(row)
    if row.parsed.kind in ("empty", "placeholder") or kind in params.get("exempt_kinds", ()):
        return  # blank values are required-fields' finding
    exempt = params.get("exempt_name")
    if exempt is not None and search(exempt, row.name) and (
            "exempt_values" not in params or search(params["exempt_values"], row.parsed.text)):
        return
    if "exempt_note" in params and search(params["exempt_note"], row.indicator.note or "") is not None:
        return
    if (params.get("unitless_only") or row.level2 in params.get("unitless_only_under", ())) \
            and (row.parsed.unit is not None or is_ratio(row)):
        return
    quality = row.parsed.quality
    reported = quality in params.get("report_qualities_under", {}).get(row.level2, ()) \
        and _COUNT_FIGURE.search(row.parsed.text) is None
    if quality is not None and ((quality in params.get("exempt_qualities", ()) and not reported)
                                or quality in params.get("exempt_qualities_under", {}).get(row.level2, ())):
        return
    allow, forbid = params.get("allow"), params.get("forbid")
    if kind == "per_unit" and row.parsed.yuan is not None and forbid is not None and "money_per_unit" in forbid:
        kind = "money_per_unit"  # 50元/人, not 4万吨/日
    if (allow is not None and kind not in allow) or (forbid is not None and kind in forbid) \
            or kind in params.get("forbid_under", {}).get(row.level2, ()):
        shown = "per_unit" if kind == "money_per_unit" else kind
        yield row_hit(row, kind=KIND_ZH.get(shown, shown), kind_en=shown)

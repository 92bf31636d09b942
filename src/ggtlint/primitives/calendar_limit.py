"""calendar-limit: a count of time longer than the span it is counted in.

A year has at most 366 days and 12 months, a day 24 hours, a week 7 days: "全年供餐天数 ≥400天",
"补贴发放月数 ≥14个月", "每日值守时长 ≥25小时", "≥26小时/天" cannot be done. Params: ``limits``, a
list of {``units`` (the value's units), ``above`` (the most the span holds), ``name`` (a regular
expression the name must match to say the span, 全年 or 每日; none when the unit says it, 小时/天)}.
A ceiling (≤400天) promises nothing impossible and is left alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, row_hit
from ggtlint.regexsafety import compile_safe, search
from ggtlint.values.parse import CEILING_OPS

NAME = "calendar-limit"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS
ROW_PURE = True  # check_row reads only the row
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["limits"],
    "additionalProperties": False,
    "properties": {
        "limits": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["units", "above"],
                "additionalProperties": False,
                "properties": {
                    "units": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    "above": {"type": "number"},
                    "name": {"type": "string"},
                },
            },
        },
    },
}

def compile(params: dict[str, Any]) -> dict[str, Any]:
    return {"limits": [{"units": set(limit["units"]), "above": Decimal(str(limit["above"])),
                        "name": compile_safe(limit["name"]) if "name" in limit else None}
                       for limit in params["limits"]]}


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if parsed.number is None or parsed.op in CEILING_OPS:
        return
    for limit in params["limits"]:
        if parsed.unit in limit["units"] and parsed.number > limit["above"] \
                and (limit["name"] is None or search(limit["name"], row.name)):
            yield row_hit(row)
            return

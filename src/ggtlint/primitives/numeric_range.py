"""range: a number that must stay within bounds.

Params: ``field`` (percent, number or yuan), ``below`` (a value under it is a hit),
``above`` (a value over it is a hit), ``at_least`` (a value at or over it is a hit, used
for ≥100%), ``at_most`` (a value at or under it is a hit, used for ≥0), ``not_whole`` (a value
with a fractional part is a hit: 350.5卷 of things counted whole), ``units`` (only values in these
units), ``skip_negative`` (a reverse indicator is left to the rule for reverse indicators),
``skip_changes`` (a change, 提高0.5个百分点, is left alone), ``only_up_to`` (a value over it is
left to another rule), ``ops`` (only for these operators, null for none), ``exempt_name`` (a regular expression: names
that may exceed, such as 增长率; those get the ``exempt`` variant at info level instead, or
nothing with ``report_exempt: false``), ``bare_fraction`` (a unitless figure up to 1, ≥0.95,
read as a percentage: a rate's fraction written without %).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, is_ratio, row_hit
from ggtlint.regexsafety import search

NAME = "range"
SCOPES = ("indicator",)
VARIANTS = ("default", "exempt")
LEVELS = {"exempt": Severity.INFO}  # a rate the name allows past 100% (增长率): only noted
PLACEHOLDERS = ROW_PLACEHOLDERS + ("number",)
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["field"],
    "additionalProperties": False,
    "properties": {
        "field": {"enum": ["percent", "number", "yuan"]},
        "below": {"type": "number"},
        "above": {"type": "number"},
        "at_least": {"type": "number"},
        "at_most": {"type": "number"},
        "skip_negative": {"type": "boolean"},
        "units": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "not_whole": {"type": "boolean"},
        "only_up_to": {"type": "number"},
        # null: a value written with no operator (a bare 100%)
        "ops": {"type": "array", "items": {"enum": ["≥", "≤", "=", ">", "<", "≈", None]}},
        "exempt_name": {"type": "string"},
        "report_exempt": {"type": "boolean"},
        # a change (较上年提高0.5个百分点, ≥0.5个百分点) is no level: not checked
        "skip_changes": {"type": "boolean"},
        # operators whose values are left alone (a ceiling, ≤0.5%, on VAL016's rates)
        "skip_ops": {"type": "array", "items": {"enum": ["≥", "≤", "=", ">", "<", "≈"]}},
        # with field percent: a bare figure of at most 1 with no unit (≥0.95) is read as that
        # fraction written for a percentage (the rules using it select names of rates)
        "bare_fraction": {"type": "boolean"},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    compiled = compile_patterns(params, ("exempt_name",))
    for key in ("below", "above", "at_least", "at_most", "only_up_to"):
        if key in params:
            compiled[key] = Decimal(str(params[key]))
    return compiled


def _values(row: Row, field: str) -> list[Decimal]:
    parsed = row.parsed
    if parsed.kind == "range" and parsed.low is not None and parsed.high is not None:
        if field == "percent" and parsed.base_kind != "rate":
            return []
        return [parsed.low, parsed.high]
    value = getattr(parsed, field)
    return [value] if value is not None else []


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    ops = params.get("ops")
    if ops and row.parsed.op not in ops:
        return
    if row.parsed.op in params.get("skip_ops", ()):
        return
    if params.get("skip_negative") and row.hint.negative:
        return
    if "units" in params and row.parsed.unit not in params["units"]:
        return
    if params.get("skip_changes") and (row.parsed.change is not None or (row.parsed.unit or "").endswith("百分点")):
        return
    numbers = _values(row, params["field"])
    parsed = row.parsed
    if not numbers and params.get("bare_fraction") and params["field"] == "percent" and parsed.kind == "number" \
            and parsed.unit is None and parsed.number is not None and 0 < parsed.number <= 1 and not is_ratio(row):
        numbers = [parsed.number]
    for number in numbers:
        out = ("below" in params and number < params["below"]) or ("above" in params and number > params["above"]) \
            or ("at_least" in params and number >= params["at_least"]) \
            or ("at_most" in params and number <= params["at_most"]) \
            or (params.get("not_whole", False) and number != number.to_integral_value())
        if not out or ("only_up_to" in params and number > params["only_up_to"]):
            continue
        exempt = params.get("exempt_name")
        if exempt is not None and search(exempt, row.name):
            if params.get("report_exempt", True):
                yield row_hit(row, variant="exempt", number=number, severity=LEVELS["exempt"])
        else:
            yield row_hit(row, number=number)
        return

"""value-problem: a value that was read but cannot be what its writer meant.

The value parser notes what is wrong with a value it could still read (``ParsedValue.problem``):
a date that does not exist (2023年2月30日), a range whose lower end is above its upper end
(90%-80%), two operators that contradict each other (≥10个以下), a service window beyond
7天×24小时, digits grouped in the wrong place (1,0000元). Each is reported as its own variant.
Params: ``problems`` (which variants to report; default all).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import Hit, Row, TableContext, row_hit
from ggtlint.values.parse import (
    CONTRADICTING_OPS,
    INVALID_DATE,
    MISPLACED_SEPARATOR,
    REVERSED_RANGE,
    WINDOW_TOO_LONG,
    problem_parts,
)

NAME = "value-problem"
SCOPES = ("indicator",)
ROW_PURE = True  # check_row reads only the row (see Engine._check_rows)

# variant -> the problem it reports (one of values.parse.PROBLEMS), and its level when not the rule's own
_VARIANTS: dict[str, tuple[str, Severity | None]] = {
    "invalid_date": (INVALID_DATE, None),
    "reversed_range": (REVERSED_RANGE, None),
    "contradicting_ops": (CONTRADICTING_OPS, None),
    "window": (WINDOW_TOO_LONG, None),
    "separator": (MISPLACED_SEPARATOR, Severity.WARNING),  # the figure is readable, only maybe not meant
}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"problems": {"type": "array", "items": {"enum": list(_VARIANTS)}, "minItems": 1}},
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    wanted = params.get("problems", list(_VARIANTS))
    return {"by_problem": {problem: (variant, severity) for variant, (problem, severity) in _VARIANTS.items()
                           if variant in wanted}}


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    if row.parsed.problem is None:
        return
    by_problem = params["by_problem"]
    for problem, detail in problem_parts(row.parsed.problem):
        found = by_problem.get(problem)
        if found is not None:
            variant, severity = found
            yield row_hit(row, variant=variant, severity=severity, detail=detail)  # detail: "≥…以下" of a contradiction

"""value-problem: a value that was read but cannot be what its writer meant.

The value parser notes what is wrong with a value it could still read (``ParsedValue.problems``):
a date that does not exist (2023年2月30日), a range whose lower end is above its upper end
(90%-80%), two operators that contradict each other (≥10个以下), a service window beyond
7天×24小时, digits grouped in the wrong place (1,0000元), a whole grade scale with no grade
chosen (优/良/中/差), two targets in one cell (≥200人，≥300人次), one bound said twice (≥98%以上, a
notice). Each is reported as its own variant.
Params: ``problems`` (which variants to report; default all).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, row_hit
from ggtlint.values.parse import DOUBLED_OPS, GRADE_SCALE, MISPLACED_SEPARATOR, PROBLEMS, TWO_TARGETS

NAME = "value-problem"
SCOPES = ("indicator",)
ROW_PURE = True  # check_row reads only the row (see Engine._check_rows)

# Each variant is the parser's problem code of that name (values.parse.PROBLEMS); its level
# where it is not the rule's own:
# the figure is readable, only maybe not meant; a scale is a grade, only not chosen; of two targets each is one;
# a bound said twice (≥98%以上) is clear, only sloppy
LEVELS = {MISPLACED_SEPARATOR: Severity.WARNING, GRADE_SCALE: Severity.WARNING, TWO_TARGETS: Severity.WARNING,
          DOUBLED_OPS: Severity.INFO}
_LEVELS: dict[str, Severity | None] = {code: LEVELS.get(code) for code in PROBLEMS}
VARIANTS = PROBLEMS  # one per problem code of the parser
PLACEHOLDERS = ROW_PLACEHOLDERS + ("detail",)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"problems": {"type": "array", "items": {"enum": list(_LEVELS)}, "minItems": 1}},
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    wanted = params.get("problems", list(_LEVELS))
    return {"levels": {code: level for code, level in _LEVELS.items() if code in wanted}}


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    levels = params["levels"]
    for code, detail in row.parsed.problems:
        if code in levels:  # not the parser's internal failure, which is no problem of the value
            yield row_hit(row, variant=code, severity=levels[code], detail=detail)  # detail: "≥…以下" of a contradiction

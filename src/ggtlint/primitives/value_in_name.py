"""value-in-name: the name repeats the target figure ("开展2次…培训 ＝2次").

The figure belongs in 指标值 only; when the target changes, a name that repeats it goes stale.
A figure in the name in the value's own unit that is another number (开展燃气安全宣传培训20场
≥30场) is the stale name already: variant ``differs``, a warning.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import PER_UNIT, ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "value-in-name"
SCOPES = ("indicator",)
VARIANTS = ("default", "differs")
LEVELS = {"differs": Severity.WARNING}  # two targets for one indicator
PLACEHOLDERS = ROW_PLACEHOLDERS + ("figure",)
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity
# before the figure, a unit it is per (每户安装1台: PER_UNIT) or a threshold (每期不少于50人): what is
# counted, not a second target
_THRESHOLD = lazy_pattern(r"不少于|不低于|至少|以上")
_NUMBER_UNIT = lazy_pattern(r"([0-9]+(?:\.[0-9]+)?)\s*([^\s0-9.，,、。]{1,2})")
# a price per item in the name (1辆×168万元/辆): the figure the total is worked out from, not the total
_PRICE = lazy_pattern(r"[0-9.]+\s*[^\s0-9.，,、。/／]{1,2}[/／]")


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if parsed.number is None or parsed.kind not in ("count", "money", "rate", "number"):
        return
    differs = None
    for match in _NUMBER_UNIT.finditer(row.name):
        try:
            number = Decimal(match.group(1))
        except InvalidOperation:
            continue
        unit = match.group(2)
        if parsed.unit and "/" not in parsed.unit and _PRICE.match(row.name, match.start(1)):
            continue
        if number == parsed.number and (parsed.unit is None or unit.startswith(parsed.unit)):
            yield row_hit(row, key=True, figure=f"{match.group(1)}{parsed.unit or ''}")
            return
        # the name ending in a figure in the value's unit (…宣传培训20场 ≥30场): its target, not a
        # figure describing what is counted (覆盖3个乡镇的站点数 ≥20个)
        if differs is None and parsed.kind == "count" and parsed.unit \
                and row.name.endswith(match.group(1) + parsed.unit) and match.end(1) + len(parsed.unit) == len(row.name) \
                and not PER_UNIT.search(row.name, 0, match.start(1)) \
                and not _THRESHOLD.search(row.name, 0, match.start(1)):
            differs = f"{match.group(1)}{parsed.unit}"
    if differs is not None:
        yield row_hit(row, key=True, variant="differs", figure=differs, severity=LEVELS["differs"])

"""nature-column: the 指标性质 column must agree with the value it describes.

Templates of the 2021 budget system give each indicator a 指标性质: 定量 (a figure to reach) or
定性 (a grade or a yes/no). A count, rate or amount, or one per unit, with its comparison (≥1500个,
≥95%, ≤30万元, ≤200元/个) marked 定性 is scored as a judgement instead of against its figure. Dates,
durations and text are left alone: tables mark them either way; so is a count of nothing (安全事故
＝0起), which happened or did not, as 零发生 says.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit

NAME = "nature-column"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("nature",)
ROW_PURE = True  # check_row reads only the row (see Engine._check_rows)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity
_FIGURES = ("count", "rate", "money", "per_unit")  # per_unit: a price or a frequency (≤200元/个, ≥4次/年)


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    nature = (row.indicator.nature or "").strip()
    if nature == "定性" and row.parsed.kind in _FIGURES and row.parsed.op is not None and row.parsed.number != 0:
        yield row_hit(row, nature=nature)

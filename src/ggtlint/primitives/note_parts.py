"""note-parts: a count made up in its note of figures in other units.

禁毒宣传及尿检工作量 ≥1920人次 noted 开展禁毒宣传活动120场、尿检1800人次: 120 and 1800 add up to the value,
but 场 and 人次 count different things, so their sum counts nothing. Told only when the note's figures add up to
the value exactly and not all are in the value's unit (其中城区120人、农村80人 for ≥200人 is a breakdown).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, note_hit
from ggtlint.primitives.goal_figures import counts_in

NAME = "note-parts"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("note", "units")
ROW_PURE = True  # check_row reads only the row and ctx.lexicon (see Engine._check_rows)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity
# units written for one another: equipment in 台, 件, 套, 组 or 架 (计算机2000台、移动存储介质1200件 for ≥3200台（件）;
# 音响24组、电子琴48架), sessions in 场 or 期 (线上2场、线下2期), cases in 人次 or 例
_ONE_MEASURE = {"件": "台", "套": "台", "组": "台", "架": "台", "期": "场", "场次": "场", "例": "人次"}


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    note, parsed = row.indicator.note, row.parsed
    if not note or parsed.kind != "count" or parsed.number is None:
        return
    counts = counts_in(note, ctx)
    units = list(dict.fromkeys(unit for _number, unit in counts))
    measures = {_ONE_MEASURE.get(unit, unit) for unit in units}
    if len(counts) >= 2 and len(measures) >= 2 and sum(number for number, _unit in counts) == parsed.number:
        yield note_hit(row, "default", units="、".join(units))

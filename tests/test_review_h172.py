"""h172, a re-read of the hour's merged change (REL008 time units and rates per 10万, REL018 每年1次, VAL035,
VAL036, the period's readers): what it found wrong, each with the case that showed it.
"""

from __future__ import annotations

from typing import Any

from test_review_h132 import _findings

TIMELINESS = ("产出指标", "时效指标")


def test_rel008_reads_no_time_limit_in_a_week_counted(engine: Any) -> None:
    """第4周内 is the fourth week of the year, no limit of four weeks: ≤4天 is no unit written wrong."""
    found = _findings(engine, "REL008", goal="2026年第4周内完成群众投诉处置。",
                      rows={TIMELINESS: [{"name": "群众投诉处置时限", "value": "≤4天"}]})
    assert not found, [f.message_zh for f in found]

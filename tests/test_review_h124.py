"""A re-read of base.ITEM_NUMBER, amount_limit._note_product, cost_qty_alignment._note_links, goal_figures'
_NAMED_PERIOD and _YEAR_AS_MONTHS, repeated_output._LEVEL_IN_NAME and below_standard's _MEASURE_CHANGED and
_SET_NOT_REACHED: the problems found, each pinned.

- a note's count in 万 (按2万亩×每亩100元) was tied to its quantity only when the value wrote ≥2万亩: 不少于2万亩,
  2万亩以上 and ≥20000亩 drew REL002 (a notice: no cost for 酸化耕地治理面积); cost_qty_alignment._note_links now
  writes each count in 万 too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine_helpers import edited_findings

G545 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g545-*.yaml"))


@pytest.mark.parametrize(("value", "told"), [
    ("≥2万亩", False),
    ("不少于2万亩", False),
    ("2万亩以上", False),
    ("≥20000亩", False),
    ("≥3万亩", True),  # a count the note does not price
])
def test_a_notes_count_in_wan_ties_the_quantity_however_written(engine, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = edited_findings(engine, G545, "value: ≥2万亩", f"value: {value}")
    assert any(f.rule_id == "REL002" and "酸化耕地治理面积" in f.message_zh for f in findings) is told

"""g492–g503, a careful round of the whole pack: the causes of false findings fixed.

- a note pricing a length in another unit than its count (按12公里×每米300元 of 生态拦截沟渠建设费用 ≤360万元) is
  the count in the price's unit: 12000米 × 300元 (FUND007 note, a warning; primitives/amount_limit.py
  _note_product converts with the lexicon's measures, unless the note writes the conversion itself, as
  600公顷×15亩/公顷×500元/亩 of g307, g309, g314 does). Read as 12 × 300元 = 3,600元 before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ggtlint.load import load_text

G492 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g492-*.yaml"))


@pytest.mark.parametrize(("note", "told"), [
    ("按12公里×每米300元", False),
    ("按12000米×每米300元", False),
    ("按12公里×300元/米", False),
    ("按12公里×每公里30万元", False),
    ("按1.2万米×每公里30万元", False),
    ("按12公里×1000米/公里×每米300元", False),  # the note converts it itself: not again
    ("按12公里×每米30元", True),  # a tenth of the line: the price or the amount is wrong
    ("按12公里×每米3000元", True),  # ten times the ceiling
    ("按12个×每米300元", True),  # a count in no unit of length: nothing to convert
])
def test_a_note_pricing_a_length_in_another_unit(engine, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = G492.read_text(encoding="utf-8")
    written = "note: 按12公里×每米300元"
    assert text.count(written) == 1
    text = text.replace(written, f"note: {note}")
    findings = engine.check_source(load_text(text, G492.name)).findings
    assert any(f.rule_id == "FUND007" and "生态拦截沟渠建设费用" in f.message_zh for f in findings) is told

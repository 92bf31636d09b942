"""g546–g553, a last careful round: the cause of a false finding fixed.

- the fall in a bad thing (偷倒乱倒投诉降幅 ≥20%) is more-is-better, like 投诉下降率, but 投诉 in the name made
  it a reverse indicator (VAL006; negative-direction.yaml exception 降幅).
"""

from __future__ import annotations

from pathlib import Path

from engine_helpers import edited_findings

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
G552 = next(SECTORS.glob("g552-*.yaml"))


def _reverse(engine, written: str, replacement: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message_zh for f in edited_findings(engine, G552, written, replacement) if f.rule_id == "VAL006"]


def test_a_fall_in_complaints_is_no_reverse_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """投诉降幅 ≥20% draws nothing; a rise in complaints (投诉增幅 ≥20%) is still a reverse indicator."""
    row = "- name: 偷倒乱倒投诉降幅"
    assert not _reverse(engine, row, row)
    [message] = _reverse(engine, row, "- name: 偷倒乱倒投诉增幅")
    assert "偷倒乱倒投诉增幅" in message


def test_complaints_counted_stay_a_reverse_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """The same row as a count of complaints (偷倒乱倒投诉 ≥20件) keeps its warning."""
    assert _reverse(engine, "- name: 偷倒乱倒投诉降幅\n        value: ≥20%", "- name: 偷倒乱倒投诉\n        value: ≥20件")

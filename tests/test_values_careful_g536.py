"""g536–g545, a last careful round of the session: the causes of false findings fixed.

- a cost's note giving the count in 万 as its quantity writes it (按2万亩×每亩100元 beside 酸化耕地治理面积 ≥2万亩)
  was held against 20000亩 only, so neither line had a partner (REL002; cost_qty_alignment.py _note_links).
- a dredging line (山塘清淤扩容工程费) pays for the storage it wins back (新增蓄水能力): REL002 ``related`` 清淤.
- a count of patrols about noise (中高考考点周边噪声巡查 ≥44点次) was read as noise itself, a reverse
  indicator (VAL006; negative-direction.yaml exception 巡查).
"""

from __future__ import annotations

from pathlib import Path

from engine_helpers import edited_findings

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
G541 = next(SECTORS.glob("g541-*.yaml"))
G544 = next(SECTORS.glob("g544-*.yaml"))
G545 = next(SECTORS.glob("g545-*.yaml"))


def _findings(engine, path: Path, old: str, new: str, rule: str):  # type: ignore[no-untyped-def]
    return [f for f in edited_findings(engine, path, old, new) if f.rule_id == rule]


def test_a_note_counting_in_wan_links_its_quantity(engine) -> None:  # type: ignore[no-untyped-def]
    """按2万亩 ties the line to ≥2万亩; with 按3万亩 the area has no cost (the line still pairs with 物料施用 by words)."""
    note = "note: 按2万亩×每亩100元"
    assert not _findings(engine, G545, note, note, "REL002")
    [found] = _findings(engine, G545, note, "note: 按3万亩×每亩100元", "REL002")
    assert "“酸化耕地治理面积”" in found.message_zh


def test_a_note_in_wan_does_not_match_a_longer_figure(engine) -> None:  # type: ignore[no-untyped-def]
    """按12万亩 is no 2万亩."""
    [found] = _findings(engine, G545, "note: 按2万亩×每亩100元", "note: 按12万亩×每亩100元", "REL002")
    assert "“酸化耕地治理面积”" in found.message_zh


def test_dredging_pays_for_the_storage_won(engine) -> None:  # type: ignore[no-untyped-def]
    """新增蓄水能力 pairs with 山塘清淤扩容工程费; under another line's name it has no partner."""
    line = "- name: 山塘清淤扩容工程费"
    assert not _findings(engine, G544, line, line, "REL002")
    found = _findings(engine, G544, line, "- name: 山塘扩容工程费", "REL002")
    assert any("新增蓄水能力" in f.message_zh for f in found)


def test_noise_patrols_are_no_reverse_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """噪声巡查 ≥44点次 draws nothing; 噪声投诉 ≥44件 is still a reverse indicator."""
    row = "- name: 中高考考点周边噪声巡查"
    assert not _findings(engine, G541, row, row, "VAL006")
    assert _findings(engine, G541, row, "- name: 中高考考点周边噪声投诉", "VAL006")

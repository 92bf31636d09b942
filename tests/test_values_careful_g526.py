"""g526–g535, a second opinion on the last hour's checks: the causes of false findings fixed.

- a note pricing per thousand of the unit it counts (按80万字×每千字300元 for ≤24万元) was read as 300元 a 字,
  2.4亿元 (FUND007, a warning; primitives/amount_limit.py _note_product).
- 五一、 of 五一、国庆期间 was read as a numbered item's mark (item 51) and cut from the goal's words REL008 quotes,
  which then named 国庆 alone (primitives/base.py ITEM_NUMBER).
"""

from __future__ import annotations

from pathlib import Path

from ggtlint.load import load_text

from engine_helpers import edited_findings

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
G527 = next(SECTORS.glob("g527-*.yaml"))
G534 = next(SECTORS.glob("g534-*.yaml"))


def _findings(engine, path: Path, old: str, new: str, rule: str):  # type: ignore[no-untyped-def]
    return [f for f in edited_findings(engine, path, old, new) if f.rule_id == rule]


def test_a_note_priced_per_thousand_of_its_unit(engine) -> None:  # type: ignore[no-untyped-def]
    """80万字 at 每千字300元 is 24万元: the table's line is not told, a line of 20万元 is, at 240,000 元."""
    row = "文字翻译费\n        value: ≤24万元"
    assert not _findings(engine, G527, row, row, "FUND007")
    [found] = _findings(engine, G527, row, "文字翻译费\n        value: ≤20万元", "FUND007")
    assert "240,000 元" in found.message_zh


def test_a_holiday_the_clause_opens_with_is_quoted(engine) -> None:  # type: ignore[no-untyped-def]
    """五一、国庆期间…60场 is quoted whole, not from 国庆 on; a numbered item's mark is still left out."""
    row = "开展职工读书分享活动\n        value: ≥60场"
    fewer = "开展职工读书分享活动\n        value: ≥50场"
    [found] = _findings(engine, G534, row, fewer, "REL008")
    assert "“五一、国庆期间开展职工读书分享活动60场”" in found.message_zh
    text = G534.read_text(encoding="utf-8").replace(row, fewer)
    numbered = text.replace("五一、国庆期间", "二、国庆期间")
    result = engine.check_source(load_text(numbered, G534.name))
    [found] = [f for f in result.findings if f.rule_id == "REL008"]
    assert "“国庆期间开展职工读书分享活动60场”" in found.message_zh

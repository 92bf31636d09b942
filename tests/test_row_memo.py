"""The engine's memo of which rules a row content hits (Engine._check_rows): bounded, it keeps
the rows met most recently, and a run through it finds exactly what a run without it finds."""

from __future__ import annotations

from pathlib import Path

import ggtlint.engine as engine_module
from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.load import load_file

SECTORS = Path(__file__).resolve().parent.parent / "fixtures" / "sectors"


def _findings(engine: Engine, path: Path) -> list[tuple[object, ...]]:
    result = engine.check_source(load_file(path, str(path)))
    return [(f.rule_id, f.line, f.column, f.message_zh, f.message_en, f.severity) for f in result.findings]


def test_a_memo_trimmed_again_and_again_changes_no_finding(monkeypatch) -> None:
    files = sorted(SECTORS.glob("*.yaml"))[:20] * 2  # the second round meets every row again
    monkeypatch.setattr(engine_module, "_ROW_MEMO_MAX", 30)
    remembering = Engine.build(Config())
    seen = [_findings(remembering, path) for path in files]
    forgetting = Engine.build(Config())

    def fresh_findings(path: Path) -> list[tuple[object, ...]]:
        forgetting._row_memo.clear()  # an empty memo for every file
        return _findings(forgetting, path)

    fresh = [fresh_findings(path) for path in files]
    assert seen == fresh
    assert any(seen)
    assert len(remembering._row_memo) <= 30 + max(len(load_file(p, str(p)).tables[0].indicators) for p in files)


def test_a_full_memo_drops_its_older_half_only(monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "_ROW_MEMO_MAX", 30)
    engine = Engine.build(Config())
    memo = engine._row_memo
    for number in range(31):  # one past the cap, oldest first
        memo[("earlier row", number)] = frozenset()
    path = sorted(SECTORS.glob("g*.yaml"))[0]
    engine.check_source(load_file(path, str(path)))
    left = {key[1] for key in memo if key[0] == "earlier row"}
    assert left == set(range(15, 31))  # the 15 oldest went; the rest are still remembered


def test_the_selector_memo_refuses_what_each_selector_refuses() -> None:
    """Engine._refused answers, per row content, what the rules' selectors answer row by row; a
    row met again in another table is not asked again."""
    engine = Engine.build(Config())
    paths = sorted(SECTORS.glob("*.yaml"))[:12]
    contexts = [engine.context(table) for path in paths for table in load_file(path, str(path)).tables]
    asked_every_time = [[frozenset(position for position, wanted in engine._selectors if not wanted(row))
                         for row in ctx.rows] for ctx in contexts]
    assert [engine._refused(ctx.rows) for ctx in contexts] == asked_every_time
    assert any(refused for table in asked_every_time for refused in table)  # some selector refuses some row
    entries = len(engine._select_memo)
    engine._refused(contexts[0].rows)
    assert len(engine._select_memo) == entries

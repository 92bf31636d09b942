"""The snapshot of the built-in packs' parse (ggtlint.engine.snapshot): current, read back as the
YAML reads, and passed over whenever it does not hold a pack's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ggtlint.engine import snapshot
from ggtlint.engine.pack import builtin_pack_files, load_pack
from ggtlint.yamldata import load_located


def test_the_snapshot_is_current() -> None:
    written = snapshot.snapshot_path().read_text(encoding="utf-8")
    assert written == snapshot.snapshot_text(builtin_pack_files()), \
        "rules/parsed-packs.json is stale: run python -m ggtlint.docs"


@pytest.mark.parametrize("path", builtin_pack_files(), ids=lambda path: path.name)
def test_every_pack_reads_back_as_its_yaml_parses(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    from_snapshot = snapshot.parsed_pack(path, text)
    parsed = load_located(text, str(path), scan=False)
    assert from_snapshot is not None, "every built-in pack is in the snapshot"
    assert from_snapshot.data == parsed.data and from_snapshot.lines == parsed.lines


def test_a_pack_edited_since_is_parsed_from_its_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [values] = [path for path in builtin_pack_files() if path.name == "values.yaml"]
    edited = tmp_path / "values.yaml"
    edited.write_text(values.read_text(encoding="utf-8").replace("id: VAL001", "id: VAL901", 1), encoding="utf-8")
    assert snapshot.parsed_pack(edited, edited.read_text(encoding="utf-8")) is None
    pack = load_pack(edited, trusted=True)
    assert "VAL901" in {rule.info.id for rule in pack.rules} and "VAL001" not in {rule.info.id for rule in pack.rules}


@pytest.mark.parametrize("damage", ["", "{not json", json.dumps({"format": 99, "packs": {}}), "[]"])
def test_a_damaged_snapshot_only_means_parsing_the_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      damage: str) -> None:
    (tmp_path / snapshot.SNAPSHOT_NAME).write_text(damage, encoding="utf-8")
    monkeypatch.setattr(snapshot, "snapshot_path", lambda: tmp_path / snapshot.SNAPSHOT_NAME)
    snapshot._snapshot.cache_clear()
    try:
        [path] = [path for path in builtin_pack_files() if path.name == "time.yaml"]
        assert snapshot.parsed_pack(path, path.read_text(encoding="utf-8")) is None
        assert {rule.info.id for rule in load_pack(path, trusted=True).rules} >= {"TIME001", "TIME006"}
    finally:
        snapshot._snapshot.cache_clear()


def test_a_pack_from_the_snapshot_is_the_pack_from_its_yaml(builtin_packs_both_ways) -> None:  # type: ignore[no-untyped-def]
    """Rules, parameters, selectors and the lines errors point at: the same either way. The packs are the session's
    (conftest): each loaded as the engine loads it, from the snapshot, and as a user's pack is, from its YAML."""
    for path, from_yaml, trusted in builtin_packs_both_ways:
        assert snapshot.parsed_pack(path, path.read_text(encoding="utf-8")) is not None, path.name  # (the fast path)
        assert [(r.info.id, r.line, r.params, r.selector, r.messages) for r in trusted.rules] == \
            [(r.info.id, r.line, r.params, r.selector, r.messages) for r in from_yaml.rules], path.name
        assert trusted.override_lines == from_yaml.override_lines

"""The result cache: warm runs give identical output; any change of input invalidates; bad entries are harmless."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bulk_helpers import check_json
from conftest import SEED_DIR


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "targets"
    folder.mkdir()
    for path in sorted(SEED_DIR.glob("t*.yaml"))[:8]:
        shutil.copy(path, folder / path.name)
    return folder


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "v1").rglob("*.json"))


def _run_api(folder: Path, cache_dir: Path, **config: object):  # type: ignore[no-untyped-def]
    """A run through the library API; returns (results, cache) so hits can be counted."""
    from ggtlint.cache import ResultCache, engine_key
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.parallel import iter_results
    from ggtlint.run import RunOptions, collect_files

    engine = Engine.build(Config(**config))  # type: ignore[arg-type]
    files = collect_files(engine, RunOptions(paths=[folder], base=folder))
    cache = ResultCache(cache_dir, engine_key(engine, DEFAULT_LIMITS))
    results = list(iter_results(engine, files, DEFAULT_LIMITS, jobs=1, cache=cache))
    return results, cache


def test_warm_run_gives_identical_output(work: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = check_json(tmp_path, str(work), "--cache-dir", str(cache), "--jobs", "1", name="cold.json")
    assert len(_entries(cache)) == 8
    assert (cache / "CACHEDIR.TAG").is_file()
    warm = check_json(tmp_path, str(work), "--cache-dir", str(cache), name="warm.json")
    uncached = check_json(tmp_path, str(work), "--no-cache", name="none.json")
    assert cold == warm == uncached
    assert (tmp_path / "cold.json").read_bytes() == (tmp_path / "warm.json").read_bytes()


def test_warm_run_reads_every_file_from_the_cache(work: Path, tmp_path: Path) -> None:
    cold, first = _run_api(work, tmp_path / "c")
    assert first.hits == 0 and first.writes == 8
    warm, second = _run_api(work, tmp_path / "c")
    assert second.hits == 8 and second.writes == 0
    assert [r.findings for r in cold] == [r.findings for r in warm]
    # the cross-table pass runs on cached digests too
    assert [r.path for r in warm if r.cross_table] == [r.path for r in cold if r.cross_table]


def test_changed_file_is_checked_again(work: Path, tmp_path: Path) -> None:
    _run_api(work, tmp_path / "c")
    target = work / "t04-jiuye-buzhu-2023.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("≥150人", "有效提升"), encoding="utf-8")
    results, cache = _run_api(work, tmp_path / "c")
    assert cache.hits == 7 and cache.writes == 1
    changed = next(r for r in results if r.path.endswith("t04-jiuye-buzhu-2023.yaml") and not r.cross_table)
    assert any("有效提升" in f.message_zh or f.value.endswith("有效提升") for f in changed.findings)
    assert len(_entries(tmp_path / "c")) == 8  # overwritten in place: one entry per file


def test_changed_configuration_invalidates(work: Path, tmp_path: Path) -> None:
    _run_api(work, tmp_path / "c")
    _results, cache = _run_api(work, tmp_path / "c", select=["VAL"])
    assert cache.hits == 0
    _results, cache = _run_api(work, tmp_path / "c", select=["VAL"], budget_year=2024)
    assert cache.hits == 0
    _results, cache = _run_api(work, tmp_path / "c", select=["VAL"], budget_year=2024)
    assert cache.hits == 8


def test_changed_pack_invalidates(work: Path, tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    rule = (
        "pack: {name: mine, version: '1'}\n"
        "rules:\n"
        "  - id: MY001\n    name: no-long-names\n    severity: info\n    selector: {scope: indicator}\n"
        "    check: name-pattern\n    params: {max_length: LIMIT}\n"
        "    message: {zh: 名称太长, en: name too long}\n    summary: {zh: 名称, en: name}\n"
        "    rationale: {zh: 名称, en: name}\n    fix: {zh: 改短, en: shorten}\n"
    )
    pack.write_text(rule.replace("LIMIT", "30"), encoding="utf-8")
    _run_api(work, tmp_path / "c", packs=[pack])
    _results, cache = _run_api(work, tmp_path / "c", packs=[pack])
    assert cache.hits == 8
    pack.write_text(rule.replace("LIMIT", "10"), encoding="utf-8")
    results, cache = _run_api(work, tmp_path / "c", packs=[pack])
    assert cache.hits == 0
    assert any(f.rule_id == "MY001" for r in results for f in r.findings)


def test_corrupt_entries_are_ignored_and_rewritten(work: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "c"
    cold, _ = _run_api(work, cache_dir)
    entries = _entries(cache_dir)
    entries[0].write_bytes(b"\x00garbage")
    entries[1].write_bytes(entries[1].read_bytes()[:40])            # truncated
    first_line = entries[2].read_bytes().split(b"\n", 1)[0]
    entries[2].write_bytes(first_line + b"\n{\"not\": \"a result\"}")  # right key, wrong body
    warm, cache = _run_api(work, cache_dir)
    assert [r.findings for r in warm] == [r.findings for r in cold]
    assert cache.hits == 5 and cache.writes == 3
    again, cache = _run_api(work, cache_dir)
    assert cache.hits == 8


def test_unwritable_cache_folder_is_not_fatal(work: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    data = check_json(tmp_path, str(work), "--cache-dir", str(blocker / "sub"))
    assert data["summary"]["files"] == 8


def test_a_file_edited_during_the_run_is_not_cached(work: Path, tmp_path: Path) -> None:
    """The content hashed at the start no longer matches: the result is not stored under it."""
    import os

    from ggtlint.cache import ResultCache, content_hash
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.run import check_one

    engine = Engine.build(Config())
    target = sorted(work.glob("*.yaml"))[0]
    key = content_hash(target)
    cache = ResultCache(tmp_path / "cache", "k")
    result = check_one(engine, target, target.name, DEFAULT_LIMITS)
    cache.store(target.name, key, result, target)  # untouched since the run began: stored
    assert cache.probe(target.name, key)

    edited = ResultCache(tmp_path / "cache2", "k")
    target.write_text(target.read_text(encoding="utf-8") + "# 修改\n", encoding="utf-8")
    os.utime(target, ns=(edited.started_ns + 1, edited.started_ns + 1))  # modified after the run began
    edited.store(target.name, key, result, target)
    assert not edited.probe(target.name, key) and _entries(tmp_path / "cache2") == []

"""The result cache: warm runs give identical output; any change of input invalidates; a broken cache is harmless."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bulk_helpers import check_json, make_corpus
from conftest import SEED_DIR, python_m_ggtlint


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "targets"
    folder.mkdir()
    for path in sorted(SEED_DIR.glob("t*.yaml"))[:8]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture()
def shared_goal(tmp_path: Path) -> Path:
    """The seed tables 7–10 and 19, 20: T19 and T20 repeat T9's goal (XT002 twice)."""
    folder = tmp_path / "xt"
    folder.mkdir()
    for path in sorted(SEED_DIR.glob("t*.yaml")):
        if path.name[1:3] in {"07", "08", "09", "10", "19", "20"}:
            shutil.copy(path, folder / path.name)
    return folder


def _database(cache: Path) -> Path:
    return cache / "v2" / "results.sqlite"


def _rows(cache: Path, table: str = "files") -> int:
    with sqlite3.connect(_database(cache)) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _forget_outputs(cache: Path) -> None:
    """Drop the stored outputs, so the next unchanged run reads the results database."""
    shutil.rmtree(cache / "v2" / "outputs", ignore_errors=True)


def _run_api(folder: Path, cache_dir: Path, jobs: int = 1, **config: object):  # type: ignore[no-untyped-def]
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
    results = list(iter_results(engine, files, DEFAULT_LIMITS, jobs=jobs, cache=cache))
    return results, cache


def _findings(results) -> list:  # type: ignore[no-untyped-def]
    return [(r.path, r.cross_table, r.findings, r.lines, r.tables, r.suppressed) for r in results]


def test_warm_run_gives_identical_output(work: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = check_json(tmp_path, str(work), "--cache-dir", str(cache), "--jobs", "1", name="cold.json")
    assert _rows(cache) == 8 and _rows(cache, "runs") == 1
    assert (cache / "CACHEDIR.TAG").is_file() and (cache / ".gitignore").read_text(encoding="utf-8") == "*\n"
    _forget_outputs(cache)  # this test is about the stored results (test_output_cache.py: the outputs)
    warm = check_json(tmp_path, str(work), "--cache-dir", str(cache), name="warm.json")
    uncached = check_json(tmp_path, str(work), "--no-cache", name="none.json")
    assert cold == warm == uncached
    assert (tmp_path / "cold.json").read_bytes() == (tmp_path / "warm.json").read_bytes()


def test_warm_run_serves_the_cross_table_results_too(shared_goal: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ggtlint.engine import Engine

    cold, first = _run_api(shared_goal, tmp_path / "c")
    assert first.hits == 0 and first.writes == 6
    assert [r.path for r in cold if r.cross_table and any(f.rule_id == "XT002" for f in r.findings)] == [
        "t09-zhongzhi-jingzhun-fupin.yaml", "t19-zhongzhi-zhuxuejin.yaml", "t20-zhongzhi-mianxuefei.yaml"]

    def no_pass(self, digests):  # type: ignore[no-untyped-def]
        raise AssertionError("the cross-table pass ran on a warm run")

    monkeypatch.setattr(Engine, "check_corpus", no_pass)
    warm, second = _run_api(shared_goal, tmp_path / "c")
    assert second.hits == 6 and second.writes == 0
    assert _findings(warm) == _findings(cold)
    assert all(not r.digests for r in warm)


def test_changed_file_is_checked_again(work: Path, tmp_path: Path) -> None:
    _run_api(work, tmp_path / "c")
    target = work / "t04-jiuye-buzhu-2023.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("≥150人", "有效提升"), encoding="utf-8")
    results, cache = _run_api(work, tmp_path / "c")
    assert cache.hits == 7 and cache.writes == 1
    changed = next(r for r in results if r.path.endswith("t04-jiuye-buzhu-2023.yaml") and not r.cross_table)
    assert any("有效提升" in f.message_zh or f.value.endswith("有效提升") for f in changed.findings)
    assert _rows(tmp_path / "c") == 8  # replaced in place: one row per file


def test_one_changed_file_recomputes_the_cross_table_pass(shared_goal: Path, tmp_path: Path) -> None:
    """T7 given T8's goal: a new XT002 appears on the warm run, exactly as without the cache."""
    def t08_shares_a_goal(data: dict) -> bool:  # type: ignore[type-arg]
        return any(f["rule_id"] == "XT002" and f["file"].endswith("t08-chuangye-danbao-tiexi.yaml")
                   for f in data["findings"])

    cache = tmp_path / "c"
    before = check_json(tmp_path, str(shared_goal), "--cache-dir", str(cache), name="before.json")
    assert not t08_shares_a_goal(before)
    t07, t08 = shared_goal / "t07-renshi-kaoshi.yaml", shared_goal / "t08-chuangye-danbao-tiexi.yaml"
    table = yaml.safe_load(t08.read_text(encoding="utf-8"))
    table["goal"] = yaml.safe_load(t07.read_text(encoding="utf-8"))["goal"]
    table["project"]["department"] = yaml.safe_load(t07.read_text(encoding="utf-8"))["project"]["department"]
    t08.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")
    warm = check_json(tmp_path, str(shared_goal), "--cache-dir", str(cache), name="warm.json")
    uncached = check_json(tmp_path, str(shared_goal), "--no-cache", name="none.json")
    assert warm == uncached
    assert t08_shares_a_goal(warm)
    assert _rows(cache, "runs") == 2  # both sets of inputs are kept


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


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other-layout", "folder"])
def test_a_broken_database_is_made_again(work: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "c"
    cold = check_json(tmp_path, str(work), "--cache-dir", str(cache), name="cold.json")
    database = _database(cache)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    if damage == "garbage":
        database.write_bytes(b"\x00not a database" * 500)
    elif damage == "truncated":
        data = database.read_bytes()
        database.write_bytes(data[:len(data) // 3])
    elif damage == "empty":
        database.write_bytes(b"")
    elif damage == "other-layout":
        database.unlink()
        with sqlite3.connect(database) as db:
            db.execute("CREATE TABLE files (path TEXT, result BLOB)")
            db.execute("INSERT INTO files VALUES ('t01-zhuwai-laowu-xiezuo.yaml', x'00')")
            db.execute("PRAGMA user_version = 7")
    else:  # a folder where the database should be: the cache cannot be used, the run goes on
        database.unlink()
        database.mkdir()
    _forget_outputs(cache)
    warm = check_json(tmp_path, str(work), "--cache-dir", str(cache), name="warm.json")
    assert warm == cold
    if damage == "folder":
        return
    assert _rows(cache) == 8 and _rows(cache, "runs") == 1  # made again and filled by that run
    _forget_outputs(cache)
    assert check_json(tmp_path, str(work), "--cache-dir", str(cache), name="again.json") == cold


def test_corrupt_rows_are_misses_and_are_rewritten(work: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "c"
    cold, _ = _run_api(work, cache_dir)
    with sqlite3.connect(_database(cache_dir)) as db:
        paths = [row[0] for row in db.execute("SELECT path FROM files ORDER BY path")]
        db.execute("UPDATE files SET result = '{\"not\": \"a result\"' WHERE path = ?", (paths[0],))
        db.execute("UPDATE files SET result = '[[], [], [1, 2]]' WHERE path = ?", (paths[1],))
        db.execute("UPDATE files SET result = substr(result, 1, 40) WHERE path = ?", (paths[2],))
        db.execute("UPDATE files SET key = 'stale' WHERE path = ?", (paths[3],))
    warm, cache = _run_api(work, cache_dir)
    assert _findings(warm) == _findings(cold)
    assert cache.hits == 4 and cache.writes == 4
    again, cache = _run_api(work, cache_dir)
    assert cache.hits == 8 and _findings(again) == _findings(cold)


def test_a_corrupt_cross_table_part_falls_back_to_the_pass(shared_goal: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from ggtlint.engine import Engine

    cache_dir = tmp_path / "c"
    cold, _ = _run_api(shared_goal, cache_dir)
    with sqlite3.connect(_database(cache_dir)) as db:
        db.execute("UPDATE corpus SET results = '[[], [], [[\"x\"' ")
    warm, cache = _run_api(shared_goal, cache_dir)
    assert _findings(warm) == _findings(cold) and cache.hits == 6

    def no_pass(self, digests):  # type: ignore[no-untyped-def]
        raise AssertionError("the cross-table pass ran although its results were stored again")

    monkeypatch.setattr(Engine, "check_corpus", no_pass)
    again, _ = _run_api(shared_goal, cache_dir)  # the pass's results were stored again: served
    assert _findings(again) == _findings(cold)


def test_unwritable_cache_folder_is_not_fatal(work: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    data = check_json(tmp_path, str(work), "--cache-dir", str(blocker / "sub"), name="blocked.json")
    uncached = check_json(tmp_path, str(work), "--no-cache", name="uncached.json")
    assert data["summary"]["files"] == 8 and data["findings"] == uncached["findings"] != []


def _unprivileged() -> list[str] | None:
    """A command prefix under which permissions bind (root without the capabilities that skip
    them), [] when not root, None when neither is possible."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run([setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--", "true"],
                           check=False, capture_output=True)
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"] if probe.returncode == 0 \
        else None


def test_read_only_cache_folder_is_not_fatal(work: Path, tmp_path: Path) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("no way to run without the permission-skipping privileges")
    from ci_helpers import SRC

    def run(cache: Path, name: str) -> dict:  # type: ignore[type-arg]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
        proc = subprocess.run([*prefix, sys.executable, "-m", "ggtlint", "check", str(work), "--format", "json",
                               "-o", str(tmp_path / name), "--cache-dir", str(cache)],
                              cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
        assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
        return json.loads((tmp_path / name).read_text(encoding="utf-8"))

    cache = tmp_path / "c"
    cold = run(cache, "cold.json")
    folders = [cache, cache / "v2"]
    for path in [*(cache / "v2").iterdir(), *folders]:
        path.chmod(0o555 if path in folders else 0o444)
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o555)
    try:
        assert run(cache, "warm.json") == cold
        assert run(empty, "empty.json") == cold  # nothing to read, nothing can be written
        (work / "t01-zhuwai-laowu-xiezuo.yaml").write_text("project: {}\n", encoding="utf-8")
        assert run(cache, "changed.json")["summary"]["files"] == 8
    finally:
        for path in [*folders, empty]:
            path.chmod(0o755)


def test_a_locked_database_only_skips_caching(work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ggtlint.cache

    monkeypatch.setattr(ggtlint.cache, "_TIMEOUT", 0.05)
    cache_dir = tmp_path / "c"
    cold, _ = _run_api(work, cache_dir)
    (work / "t01-zhuwai-laowu-xiezuo.yaml").write_text("project: {}\n", encoding="utf-8")
    other = sqlite3.connect(_database(cache_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another run holds the write lock for the whole run
    try:
        warm, cache = _run_api(work, cache_dir)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert cache.hits == 7 and cache.writes == 0
    assert _findings(warm)[1:] == _findings(cold)[1:len(warm)]
    _results, cache = _run_api(work, cache_dir)
    assert cache.hits == 7 and cache.writes == 1  # the next run stores what the locked one could not


def test_parallel_run_fills_the_cache(tmp_path: Path) -> None:
    from ggtlint.parallel import PARALLEL_MIN_FILES

    folder = tmp_path / "corpus"
    files = make_corpus(folder, 130)
    assert len(files) >= PARALLEL_MIN_FILES
    first, cold_cache = _run_api(folder, tmp_path / "api", jobs=2)
    assert cold_cache.writes == len(files) == _rows(tmp_path / "api")
    second, warm_cache = _run_api(folder, tmp_path / "api", jobs=2)
    assert warm_cache.hits == len(files) and warm_cache.writes == 0
    assert _findings(first) == _findings(second)

    cache = tmp_path / "c"
    cold = check_json(tmp_path, str(folder), "--cache-dir", str(cache), "--jobs", "2", name="cold.json")
    assert _rows(cache) == len(files)
    assert any(f["rule_id"].startswith("XT") for f in cold["findings"])
    _forget_outputs(cache)
    assert check_json(tmp_path, str(folder), "--cache-dir", str(cache), "--jobs", "2", name="warm.json") == cold
    assert check_json(tmp_path, str(folder), "--no-cache", "--jobs", "1", name="none.json") == cold


def test_a_file_edited_during_the_run_is_not_cached(work: Path, tmp_path: Path) -> None:
    """The content hashed at the start no longer matches: the result is not stored under it."""
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
    cache.flush()
    assert cache.lookup([(target.name, key)]) == [True]
    assert next(cache.load_many([(target.name, key)])).findings == result.findings  # type: ignore[union-attr]

    edited = ResultCache(tmp_path / "cache2", "k")
    target.write_text(target.read_text(encoding="utf-8") + "# 修改\n", encoding="utf-8")
    os.utime(target, ns=(edited.started_ns + 1, edited.started_ns + 1))  # modified after the run began
    edited.store(target.name, key, result, target)
    edited.close()
    assert edited.lookup([(target.name, key)]) == [False] and edited.writes == 0

    # A USB drive's file system (FAT, exFAT) keeps modification times in 2-second steps: an edit
    # made during the run can read as a second before it began.
    coarse = ResultCache(tmp_path / "cache3", "k")
    before = coarse.started_ns - 1_000_000_000
    os.utime(target, ns=(before, before))
    coarse.store(target.name, key, result, target)
    coarse.close()
    assert coarse.lookup([(target.name, key)]) == [False] and coarse.writes == 0


def test_content_hash_does_not_hang_on_special_files(tmp_path: Path) -> None:
    from ggtlint.cache import content_hash

    assert content_hash(tmp_path / "missing.yaml") is None
    assert content_hash(tmp_path) is None
    if os.name == "posix":
        fifo = tmp_path / "pipe.yaml"
        os.mkfifo(fifo)
        assert content_hash(fifo) is None
        assert content_hash(Path("/dev/zero")) is None
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"x" * 100_000)
    b.write_bytes(b"x" * 99_999 + b"y")
    assert content_hash(a) and content_hash(a) != content_hash(b)


def test_results_round_trip_through_json(work: Path) -> None:
    """Every field of every finding survives, including extras and missing tables."""
    from dataclasses import replace

    from ggtlint.cache import decode_result, encode_result
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.run import check_one

    engine = Engine.build(Config())
    result = check_one(engine, sorted(work.glob("*.yaml"))[3], "t.yaml", DEFAULT_LIMITS)
    assert result.findings and result.digests
    result.findings[0] = replace(result.findings[0], extra={"note": ["a", 1]}, table=None, file="other.yaml")
    encoded = encode_result(result)
    assert encoded is not None
    back = decode_result(*encoded)
    assert back.findings == result.findings and back.lines == result.lines
    assert [d.to_json() for d in back.digests] == [d.to_json() for d in result.digests]
    assert decode_result(encoded[0]).digests == []
    result.findings[0] = replace(result.findings[0], extra={"object": object()})
    assert encode_result(result) is None  # not plain data: not cached


def test_the_cache_folder_can_be_set_in_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GGTLINT_CACHE_DIR (CI jobs keep caches outside the checkout); --cache-dir beats it."""
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", tmp_path / "t04.yaml")
    monkeypatch.setenv("GGTLINT_CACHE_DIR", str(tmp_path / "from-env"))
    first = check_json(tmp_path, str(tmp_path / "t04.yaml"), name="one.json")
    assert (tmp_path / "from-env" / "v2" / "results.sqlite").is_file()
    check_json(tmp_path, str(tmp_path / "t04.yaml"), "--cache-dir", str(tmp_path / "given"), name="two.json")
    assert (tmp_path / "given" / "v2" / "results.sqlite").is_file()
    assert first["summary"]["findings"] == 4


@pytest.mark.parametrize("warm", ["results", "output"])
def test_per_file_ignores_follow_the_configuration_when_it_moves(tmp_path: Path, warm: str) -> None:
    """per_file_ignores patterns are read from the configuration's folder: the same text moved
    one folder down no longer matches, and a shared cache must not hand back the old result
    (neither a file's result nor the stored output of the run)."""
    legacy = tmp_path / "targets" / "legacy"
    legacy.mkdir(parents=True)
    shutil.copy(SEED_DIR / "t10-jiuye-buzhu.yaml", legacy)
    config = tmp_path / ".ggtlint.yaml"
    config.write_text('per_file_ignores:\n  "targets/legacy/*.yaml": [REL005, TIME]\n', encoding="utf-8")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    # "results": the second run writes JSON elsewhere, so only the files' results can be reused
    second_name = "again.json" if warm == "results" else "out.json"

    def count(*args: str, name: str = "out.json") -> int:
        cwd = os.getcwd()
        os.chdir(tmp_path)
        try:
            return check_json(tmp_path, "targets/legacy", *args, name=name)["summary"]["findings"]
        finally:
            os.chdir(cwd)

    ignored = count(*cache)
    config.rename(tmp_path / "targets" / ".ggtlint.yaml")  # same text, one folder down: the pattern misses
    assert count(*cache, name=second_name) == count("--no-cache", name="plain.json") > ignored


@pytest.mark.parametrize("given", ["", ".", "targets"])
def test_a_folder_of_ones_own_is_not_made_a_cache(work: Path, tmp_path: Path, given: str) -> None:
    """--cache-dir "" (the current folder) wrote CACHEDIR.TAG, which backup tools skip, and a
    .gitignore of "*" among the tables: refused, and nothing is written."""
    from ci_helpers import SRC

    cwd = work if given in ("", ".") else tmp_path
    before = sorted(os.listdir(work))
    proc = python_m_ggtlint("check", work, "--cache-dir", given, cwd=cwd, text=True,
                            env={**os.environ, "PYTHONPATH": str(SRC)})
    assert proc.returncode == 2 and "不是 ggtlint 的缓存" in proc.stderr, proc.stderr
    assert sorted(os.listdir(work)) == before
    fresh = python_m_ggtlint("check", work, "--cache-dir", tmp_path / "c", text=True,
                             env={**os.environ, "PYTHONPATH": str(SRC)})
    again = python_m_ggtlint("check", work, "--cache-dir", tmp_path / "c", text=True,
                             env={**os.environ, "PYTHONPATH": str(SRC)})
    assert fresh.returncode == again.returncode == 1 and fresh.stdout == again.stdout  # its own cache is used again


def test_a_cached_run_turning_preview_on_and_off_gives_each_its_findings(tmp_path: Path) -> None:
    """Preview rules (VAL020, CAT011 on b100) are part of what a cached result and a stored
    output were made under: a run with --preview is not answered from one without, nor back."""
    from conftest import ROOT

    folder = tmp_path / "t"
    folder.mkdir()
    shutil.copy(next((ROOT / "fixtures" / "sectors").glob("b100-*.yaml")), folder / "b100.yaml")
    cache = tmp_path / "cache"

    def previews(*args: str) -> set[str]:
        data = check_json(tmp_path, str(folder), "--cache-dir", str(cache), *args)
        return {f["rule_id"] for f in data["findings"]} & {"VAL020", "CAT011"}

    for stored_outputs in (True, False):  # the output cache, then the results database alone
        for args, expected in ((), set()), (("--preview",), {"VAL020", "CAT011"}), ((), set()), \
                              (("--select", "VAL020"), {"VAL020"}), (("--preview",), {"VAL020", "CAT011"}):
            if not stored_outputs:
                _forget_outputs(cache)
            assert previews(*args) == expected, (stored_outputs, args)

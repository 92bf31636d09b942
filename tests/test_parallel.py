"""Parallel checking gives exactly the output of a single-process run, in the same order."""

from __future__ import annotations

import pickle
import shutil
import time
from pathlib import Path

import pytest

from bulk_helpers import check_json, make_corpus
from conftest import BAD_DIR, SEED_DIR, python_m_ggtlint


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and bad fixtures plus 50 generated tables, in one folder."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEED_DIR, root / "seed")
    shutil.copytree(BAD_DIR, root / "bad")
    make_corpus(root / "generated", 50)
    return root


@pytest.fixture()
def parallel_small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a run of ~80 files use worker processes (normally it would stay in-process)."""
    import ggtlint.parallel

    monkeypatch.setattr(ggtlint.parallel, "PARALLEL_MIN_FILES", 2)


def test_jobs_2_output_is_identical_to_jobs_1(corpus: Path, tmp_path: Path, parallel_small_runs: None) -> None:
    one = check_json(tmp_path, str(corpus), "--jobs", "1", "--no-cache", name="one.json")
    two = check_json(tmp_path, str(corpus), "--jobs", "2", "--no-cache", name="two.json")
    generated = sum(1 for _ in (corpus / "generated").rglob("*.yaml"))
    bad = sum(1 for p in BAD_DIR.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    assert one["summary"]["files"] == 20 + bad + generated
    assert one == two
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    # The generated corpus has the copies the cross-table rules are for, in both runs alike.
    assert {"XT001", "XT002", "XT003"} <= {f["rule_id"] for f in two["findings"]}


def test_results_come_in_input_order(corpus: Path, tmp_path: Path, parallel_small_runs: None) -> None:
    data = check_json(tmp_path, str(corpus), "--jobs", "2", "--no-cache")
    per_file = [f["file"] for f in data["findings"] if not f["rule_id"].startswith("XT")]
    runs: list[str] = []
    for file in per_file:
        if not runs or runs[-1] != file:
            assert file not in runs, f"{file} reported in two places: results out of order"
            runs.append(file)
    # cross-table findings come last, after every file's own findings
    kinds = [f["rule_id"].startswith("XT") for f in data["findings"]]
    assert kinds == sorted(kinds)


def test_parallel_with_more_jobs_than_files(tmp_path: Path, parallel_small_runs: None) -> None:
    files = sorted(SEED_DIR.glob("t0[1-3]*.yaml"))
    one = check_json(tmp_path, *map(str, files), "--jobs", "1", "--no-cache", name="a.json")
    many = check_json(tmp_path, *map(str, files), "--jobs", "8", "--no-cache", name="b.json")
    assert one == many


def test_config_pickles_for_spawned_workers() -> None:
    """Workers that are not forked rebuild the engine from the run's Config."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    config = Config(select=["VAL", "XT"], budget_year=2023)
    clone = pickle.loads(pickle.dumps(config))
    engine = Engine.build(clone)
    expected = [r.info.id for r in Engine.build(config).rules]
    assert [r.info.id for r in engine.rules] == expected
    assert {rule_id[:3] for rule_id in expected} == {"VAL", "XT0"} and clone.budget_year == 2023


def test_spawned_worker_checks_a_chunk(tmp_path: Path) -> None:
    """The worker functions themselves, as a spawned worker runs them (engine built from Config)."""
    from ggtlint import parallel
    from ggtlint.engine.config import Config
    from ggtlint.limits import DEFAULT_LIMITS

    parallel._INHERITED.clear()
    parallel._init_worker(Config(), DEFAULT_LIMITS, False)
    try:
        path = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"
        [(result, encoded)] = parallel._check_chunk([(str(path), "t04.yaml", None)])
    finally:
        parallel._WORKER.clear()
    from ggtlint.engine import Engine
    from ggtlint.run import check_one

    alone = check_one(Engine.build(Config()), path, "t04.yaml", DEFAULT_LIMITS)
    assert result.path == "t04.yaml" and result.tables == 1 and encoded is None  # no content hash: not cached
    assert [(f.rule_id, f.line, f.message_zh) for f in result.findings] == \
        [(f.rule_id, f.line, f.message_zh) for f in alone.findings] != []
    assert [d.to_json() for d in result.digests] == [d.to_json() for d in alone.digests]
    assert result.digests[0].quantities


def test_closing_a_parallel_run_before_its_first_result_stops_the_workers(corpus: Path, engine) -> None:  # type: ignore[no-untyped-def]
    """A Ctrl-C can land after the pool exists and before the first result is asked for."""
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.parallel import run_parallel

    files = [(str(path), path.name, None) for path in sorted((corpus / "seed").glob("*.yaml"))]
    results = run_parallel(engine, files, DEFAULT_LIMITS, jobs=2)
    workers = list(results._pool._processes.values())
    assert workers
    results.close()
    deadline = time.monotonic() + 10
    # (exitcode may read None for a moment while the pool's own thread reaps the killed worker)
    while any(worker.exitcode is None for worker in workers) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [worker.exitcode for worker in workers] == [-9] * len(workers)  # killed, not left running



@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a pseudo-terminal")
def test_findings_print_above_the_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal, a long run draws a progress bar on stderr while findings stream to stdout:
    every line of the findings comes out whole and in order, as without the bar."""
    import os
    import re
    import subprocess
    import sys

    from conftest import ROOT

    folder = tmp_path / "many"
    make_corpus(folder, 230)
    args = [sys.executable, "-m", "ggtlint", "check", str(folder), "--no-color", "--no-cache", "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TERM": "xterm", "COLUMNS": "10000"}
    for name in ("CI", "NO_COLOR", "GGTLINT_DEBUG"):
        env.pop(name, None)
    # the run without a terminal: a fork of this process is what a new interpreter would print (conftest)
    plain = python_m_ggtlint(*args[3:], env=env, encoding="utf-8", timeout=300).stdout
    main, child = os.openpty()
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=child, stderr=child, env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # the terminal's other end closed: the run is over
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    assert proc.wait(timeout=300) == 1
    screen = b"".join(chunks).decode("utf-8", "replace").replace("\r", "")
    assert "检查中" in screen  # the bar was drawn, so findings went the bar's way
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    position = 0
    lines = [line for line in plain.splitlines() if line.strip()]
    assert len(lines) > 2000
    for line in lines:
        found = text.find(line, position)
        assert found >= 0, f"missing or out of order: {line!r}"
        position = found + len(line)


def test_workers_run_the_preview_rules_when_the_run_does(tmp_path: Path, parallel_small_runs: None) -> None:
    """--preview reaches the workers (forked, and built from the pickled Config when spawned)."""
    import pickle

    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    sectors = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
    files = [str(next(sectors.glob(f"{key}-*.yaml"))) for key in ("b100", "b104", "b107", "g04")]
    one = check_json(tmp_path, *files, "--preview", "--jobs", "1", "--no-cache", name="one.json")
    two = check_json(tmp_path, *files, "--preview", "--jobs", "2", "--no-cache", name="two.json")
    assert one == two and {"VAL020", "CAT011"} <= {f["rule_id"] for f in two["findings"]}
    off = check_json(tmp_path, *files, "--jobs", "2", "--no-cache", name="off.json")
    assert not {"VAL020", "CAT011"} & {f["rule_id"] for f in off["findings"]}
    clone = pickle.loads(pickle.dumps(Config(preview=True)))
    assert "VAL020" in {rule.info.id for rule in Engine.build(clone).rules}

"""Shared test fixtures: paths to the repository, the seed fixtures and the shared data copies."""

from __future__ import annotations

import atexit
import locale
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from fork_runner import forkable, run_forked

ROOT = Path(__file__).resolve().parents[1]
# Copies of what the tests need from the team's shared folder (the OASIS SARIF schema and the seed
# PDF text), so a fresh clone runs every test; test_shared_copies checks them against ../shared.
SHARED = ROOT / "tests" / "data" / "shared"
SEED_DIR = ROOT / "fixtures" / "seed"
BAD_DIR = ROOT / "fixtures" / "bad"

# Every ggtlint the tests run (in this process or a child) keeps its result cache here, not in
# the checkout, so no test reads what an earlier run or a developer left behind.
_CACHE_DIR = tempfile.mkdtemp(prefix="ggtlint-test-cache-")
os.environ["GGTLINT_CACHE_DIR"] = _CACHE_DIR
atexit.register(shutil.rmtree, _CACHE_DIR, True)
# and its compiled-pattern store (ggtlint.regexcache) here, not in the user's home
_REGEX_DIR = tempfile.mkdtemp(prefix="ggtlint-test-regex-")
os.environ["GGTLINT_REGEX_CACHE_DIR"] = _REGEX_DIR
atexit.register(shutil.rmtree, _REGEX_DIR, True)

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

# Property tests assert behaviour, never speed: Hypothesis's per-example deadline (200 ms) and
# its "too slow" check fail on a loaded machine (a first call compiles the parser's patterns).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ggtlint", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ggtlint")


def run_ggtlint(*args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None,
                timeout: float = 120, fresh: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m ggtlint ARGS`` in a child process, with this checkout's sources.

    Colour off and a wide terminal unless ``env`` says otherwise; the developer's
    GGTLINT_DEBUG never leaks in (it would turn handled errors into tracebacks).

    The child is a fork of this process (tests/fork_runner.py), which has ggtlint imported
    already: it gets the environment, working directory, stdin and pipes, signal handlers,
    warnings, exit handlers and stdio encodings a new interpreter would have, runs the module
    as ``-m`` does and ends as the interpreter ends (exit code, traceback, flush), so its
    exit code and output are those of ``python -m ggtlint`` (tests/test_fork_runner.py
    compares the two). An ``env`` that changes how an interpreter starts (PYTHON*, LANG, LC_*)
    gets a real new process. Ask for one with ``fresh=True`` when the start itself is the
    point: imports, start-up time, sys.path, signals sent from outside.
    """
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", "COLUMNS": "200"}
    full_env.pop("GGTLINT_DEBUG", None)
    full_env.update(env or {})
    return python_m_ggtlint(*args, cwd=cwd, env=full_env, encoding="utf-8", timeout=timeout, fresh=fresh)


def python_m_ggtlint(*args: str | Path, cwd: str | Path | None = None, env: dict[str, str] | None = None,
                     input: bytes | None = None, stdin: Any = None, text: bool = False, encoding: str | None = None,
                     timeout: float | None = None, fresh: bool = False) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run([sys.executable, "-m", "ggtlint", *args], capture_output=True, ...)`` with
    these arguments, in a fork of this process when that is the same (see run_ggtlint)."""
    argv = [str(a) for a in args]
    env = dict(os.environ) if env is None else env
    if fresh or not forkable(env):
        return subprocess.run([sys.executable, "-m", "ggtlint", *argv], cwd=cwd, env=env, input=input, stdin=stdin,
                              capture_output=True, text=text, encoding=encoding, timeout=timeout)
    done = run_forked(argv, cwd=os.getcwd() if cwd is None else cwd, env=env, input=input, stdin=stdin,
                      timeout=timeout)
    if not (text or encoding):
        return done
    encoding = encoding or locale.getpreferredencoding(False)  # what subprocess.run decodes text with
    return subprocess.CompletedProcess(done.args, done.returncode, _as_text(done.stdout, encoding),
                                       _as_text(done.stderr, encoding))


def _as_text(data: bytes, encoding: str) -> str:
    """Output as ``subprocess.run`` decodes it in text mode: line ends made \\n."""
    return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")


@pytest.fixture(scope="session")
def engine():
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    return Engine.build(Config())


@pytest.fixture(scope="session")
def preview_engine():
    """Every rule, the preview ones too (``--preview``): for the tests that pin what they find."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    return Engine.build(Config(preview=True))


@pytest.fixture(scope="session")
def builtin_packs_both_ways() -> list[tuple[Path, Any, Any]]:
    """Each built-in pack file with the pack loaded as a user's pack is (schema, safety scan, every
    pattern vetted) and as the engine loads it (trusted, from the parse snapshot). test_rule_examples,
    test_pack_validation and test_pack_snapshot compare the two, each on its own fields; vetting every
    pattern is slow (~10 s), so it is done once for all three."""
    from ggtlint.engine.pack import builtin_pack_files, load_pack
    from ggtlint.regexsafety import trusted_patterns

    loaded = []
    for path in builtin_pack_files():
        checked = load_pack(path)
        with trusted_patterns():
            trusted = load_pack(path, trusted=True)
        loaded.append((path, checked, trusted))
    assert loaded  # a test over no pack would pass on nothing
    return loaded


@pytest.fixture(scope="session")
def careful_sector_findings(engine) -> dict[str, list[Any]]:  # type: ignore[no-untyped-def]
    """The built-in rules' findings (default engine) on each careful sector table (fixtures/sectors/g*,
    YAML and JSON), keyed by file name. test_sector_rules and test_funds_audit each sweep all of
    them; the ~700 tables are checked once here for both."""
    from ggtlint.load import load_file

    sectors = ROOT / "fixtures" / "sectors"
    paths = sorted([*sectors.glob("g*.yaml"), *sectors.glob("g*.json")])
    return {path.name: engine.check_source(load_file(path, path.name)).findings for path in paths}


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    files = sorted(SEED_DIR.glob("t*.yaml"))
    assert len(files) == 20
    return files


def assert_bilingual_notes(tables) -> int:
    """Assert every import note of ``tables`` (importer ImportedTable objects) says its reason in
    Chinese and in English, the English really English and not the Chinese copied; return how
    many notes there were, so a test can also insist that it met some."""
    import re

    seen = 0
    for item in tables:
        for pointer, note in item.notes.items():
            seen += 1
            assert note.message_zh.strip() and note.message_en.strip(), pointer
            assert re.search(r"[A-Za-z]{3}", note.message_en), (pointer, note.message_en)
            assert note.message_en != note.message_zh, pointer
    return seen


def one_workbook_table(data: bytes, name: str = "表.xlsx"):  # type: ignore[no-untyped-def]
    """The one table an .xlsx (as bytes) imports to, with no import problem and every note in both
    languages."""
    from ggtlint.importers.xlsx import read_workbook

    result = read_workbook(data, name)
    assert len(result.tables) == 1 and not result.problems, [p.message_zh for p in result.problems]
    assert_bilingual_notes(result.tables)
    return result.tables[0]


def cell_of(item, pointer: str) -> str:  # type: ignore[no-untyped-def]
    """The cell (B7) that a finding on ``pointer`` of an imported table points at."""
    from ggtlint.importers import cell_name

    span = item.table.span(pointer)
    assert span is not None
    return cell_name(span.line, span.column)

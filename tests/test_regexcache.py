"""The compiled-pattern store (ggtlint.regexcache): the patterns it hands back are the ones
re.compile makes, a run with it reports what a run without it reports, and a damaged, missing
or unwritable store costs only time."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from conftest import SEED_DIR, run_ggtlint

SEED = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"


def _store(folder: Path) -> Path:
    files = list(folder.glob("regex-*.bin"))
    assert len(files) == 1, files
    return files[0]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A new interpreter's run with an empty store: it compiles every pattern and stores them."""
    folder = tmp_path_factory.mktemp("regex-store")
    done = run_ggtlint("check", "--no-cache", "--format", "json", SEED,
                       env={"GGTLINT_REGEX_CACHE_DIR": str(folder)}, fresh=True)
    assert done.returncode == 0, done.stderr  # warnings only: exit 0
    return folder, done.stdout


def test_a_new_interpreter_stores_the_patterns_of_the_run(first_run: tuple[Path, str]) -> None:
    patterns = marshal.loads(_store(first_run[0]).read_bytes())["patterns"]
    # the pack's and those of the primitives and value parser this table reaches (module patterns are compiled only
    # when first used: tests/test_lazy_compiles.py); 187 on this seed table
    assert len(patterns) > 150
    assert any("\\u4e00-\\u9fff" in pattern or "\u4e00-\u9fff" in pattern for pattern, _, _ in patterns)


def test_stored_patterns_are_the_ones_re_compile_makes(first_run: tuple[Path, str]) -> None:
    import _sre

    for pattern, flags, entry in marshal.loads(_store(first_run[0]).read_bytes())["patterns"]:
        rebuilt = _sre.compile(entry[0], entry[1], entry[2], entry[3], entry[4], tuple(entry[5]))
        compiled = re.compile(pattern, flags)
        # a pattern's equality compares its source, flags and opcodes
        assert rebuilt == compiled, pattern
        assert (rebuilt.groups, rebuilt.groupindex) == (compiled.groups, compiled.groupindex), pattern


def test_a_run_from_the_store_reports_the_same_and_leaves_it_as_it_was(first_run: tuple[Path, str]) -> None:
    folder, first_output = first_run
    store = _store(folder)
    before = (store.stat().st_mtime_ns, store.read_bytes())
    again = run_ggtlint("check", "--no-cache", "--format", "json", SEED,
                        env={"GGTLINT_REGEX_CACHE_DIR": str(folder)}, fresh=True)
    assert (again.returncode, again.stdout, again.stderr) == (0, first_output, "")
    assert (store.stat().st_mtime_ns, store.read_bytes()) == before  # nothing new compiled: not rewritten


def test_a_damaged_store_is_compiled_around_and_mended(first_run: tuple[Path, str], tmp_path: Path) -> None:
    folder, first_output = first_run
    data = marshal.loads(_store(folder).read_bytes())
    # one entry's opcodes broken (the engine refuses them), the rest intact
    broken_pattern, flags, entry = data["patterns"][0]
    data["patterns"][0] = (broken_pattern, flags, (*entry[:2], [9999, 1, 2], *entry[3:]))
    target = tmp_path / _store(folder).name
    target.write_bytes(marshal.dumps(data))
    done = run_ggtlint("check", "--no-cache", "--format", "json", SEED,
                       env={"GGTLINT_REGEX_CACHE_DIR": str(tmp_path)}, fresh=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, first_output, "")
    mended = {pattern: entry for pattern, _, entry in marshal.loads(target.read_bytes())["patterns"]}
    assert mended[broken_pattern][2] != [9999, 1, 2]

    target.write_bytes(b"\x00{not marshal")
    done = run_ggtlint("check", "--no-cache", "--format", "json", SEED, env={"GGTLINT_REGEX_CACHE_DIR": str(tmp_path)})
    assert (done.returncode, done.stdout, done.stderr) == (0, first_output, "")


def test_an_unwritable_or_switched_off_store_costs_only_time(tmp_path: Path, first_run: tuple[Path, str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    done = run_ggtlint("check", "--no-cache", "--format", "json", SEED,
                       env={"GGTLINT_REGEX_CACHE_DIR": str(blocker / "store")})
    assert (done.returncode, done.stdout, done.stderr) == (0, first_run[1], "")

    home = tmp_path / "cache-home"
    done = run_ggtlint("check", "--no-cache", "--format", "json", SEED,
                       env={"GGTLINT_REGEX_CACHE_DIR": "off", "XDG_CACHE_HOME": str(home)})
    assert (done.returncode, done.stdout) == (0, first_run[1])
    assert not home.exists()


def test_main_called_by_a_program_leaves_its_re_alone() -> None:
    from ggtlint.cli import main

    before = re.compile
    with pytest.raises(SystemExit):
        main(["rules", "--format", "json"])
    assert re.compile is before
    assert "ggtlint.regexcache" not in sys.modules or sys.modules["ggtlint.regexcache"]._STORE.original_compile is None

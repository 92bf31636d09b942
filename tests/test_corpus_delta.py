"""The cross-table pass over a few changed files (ggtlint.corpus_delta) gives a full run's output.

A generated corpus is checked with a cache, then changed step by step (a table joins a
same-quantity group, one leaves it, a goal is made another's, a table is copied, files are
added, removed, renamed, broken, a comment is added): after each step the cached run, which
starts from the previous run's cross-table results, must write exactly what a ``--no-cache``
run writes, as JSON and as the terminal layout (both written by one run); the cached runs use
two processes, the full ones one. Each step also checks that the previous results were in fact
reused (the pass ran with a focus smaller than the run, or did not run at all).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from bulk_helpers import check, make_corpus


def _read(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _write(path: Path, table: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _quantities(table: dict[str, Any]) -> list[dict[str, Any]]:
    return table["indicators"]["产出指标"]["数量指标"]


def _tables(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for path in sorted(folder.rglob("*.yaml")):
        try:
            table = _read(path)
        except yaml.YAMLError:
            continue
        if isinstance(table, dict) and isinstance(table.get("indicators"), dict) and \
                isinstance(table["indicators"].get("产出指标", {}).get("数量指标"), list):
            found.append((path, table))
    return found


def _partners(folder: Path) -> tuple[tuple[Path, dict[str, Any]], tuple[Path, dict[str, Any]]]:
    """Two tables of one department and year, far apart in the input order."""
    tables = _tables(folder)
    for path, table in tables:
        for other_path, other in reversed(tables):
            if other_path != path and other["project"]["department"] == table["project"]["department"] \
                    and other["project"]["year"] == table["project"]["year"]:
                return (path, table), (other_path, other)
    raise AssertionError("no two tables of one department")


def join_quantity_group(folder: Path) -> None:
    (path, table), (_, other) = _partners(folder)
    _quantities(table)[0] = dict(_quantities(other)[-1])  # the same name and value: double counting
    _write(path, table)


def leave_quantity_group(folder: Path) -> None:
    (path, table), _ = _partners(folder)
    _quantities(table)[0]["value"] = "≥987653人"  # the value it shared is its own now
    _write(path, table)


def same_goal(folder: Path) -> None:
    tables = _tables(folder)
    (path, table), (_, other) = tables[3], next(item for item in tables[40:]
                                                if item[1]["project"]["year"] == tables[3][1]["project"]["year"])
    table["goal"] = other["goal"]
    _write(path, table)


def copy_table(folder: Path) -> None:
    path, table = _tables(folder)[7]
    table["project"]["name"] += "（续）"
    _write(folder / "d00" / "copied.yaml", table)


def copy_indicators(folder: Path) -> None:
    tables = _tables(folder)
    (path, table), (_, other) = tables[11], tables[60]
    table["indicators"] = other["indicators"]
    _write(path, table)


def remove_file(folder: Path) -> None:
    _tables(folder)[5][0].unlink()


def rename_file(folder: Path) -> None:
    path = _tables(folder)[9][0]
    path.rename(path.with_name("zz-" + path.name))


def break_file(folder: Path) -> None:
    path = _tables(folder)[13][0]
    path.write_text(path.read_text(encoding="utf-8") + "indicators: [\n", encoding="utf-8")


def add_comment(folder: Path) -> None:
    path = _tables(folder)[20][0]
    path.write_text(path.read_text(encoding="utf-8") + "# 已复核\n", encoding="utf-8")


def suppress_copied(folder: Path) -> None:
    """The copy made above switches XT003 off for its file: the table it copies is told of the
    shared quantities again (XT001 leaves out only pairs that XT003 reports)."""
    path = folder / "d00" / "copied.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# ggtlint: disable-file=XT003\n", encoding="utf-8")


def several(folder: Path) -> None:
    """Several changes at once: an edit, an addition and a removal."""
    join_quantity_group(folder)
    copy_table(folder)
    _tables(folder)[30][0].unlink()


STEPS: list[Callable[[Path], None]] = [join_quantity_group, leave_quantity_group, same_goal, copy_table,
                                       copy_indicators, remove_file, rename_file, break_file, add_comment,
                                       suppress_copied, several]


@pytest.fixture()
def passes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int | None, int]]:
    """(focus size or None, tables) of every cross-table pass run."""
    from ggtlint.engine import Engine

    seen: list[tuple[int | None, int]] = []
    original = Engine.check_corpus

    def recording(self: Engine, digests: Any, focus: set[int] | None = None) -> Any:
        seen.append((None if focus is None else len(focus), len(digests)))
        return original(self, digests, focus)

    monkeypatch.setattr(Engine, "check_corpus", recording)
    return seen


def test_incremental_cross_table_output_is_a_full_runs(tmp_path: Path,
                                                       passes: list[tuple[int | None, int]]) -> None:
    folder = tmp_path / "corpus"
    make_corpus(folder, 240, seed=11)

    def run(name: str, *options: str) -> tuple[bytes, bytes]:
        """One run writing both outputs: (JSON, terminal layout)."""
        json_out, text_out = tmp_path / f"{name}.json", tmp_path / f"{name}.txt"
        check(str(folder), "--format", f"json:{json_out}", "--format", f"rich:{text_out}", "--no-color", *options)
        return json_out.read_bytes(), text_out.read_bytes()

    # the cached runs on two processes (the first fills the cache in parallel; each step then starts
    # from the last), the full ones on one
    cached = ["--jobs", "2", "--cache-dir", str(tmp_path / "cache")]
    run("fill", *cached)
    for step in STEPS:
        step(folder)
        full = run("full", "--jobs", "1", "--no-cache")
        passes.clear()
        incremental = run("cached", *cached)
        assert incremental == full, step.__name__
        if step is add_comment:  # the tables read the same: the previous results, no pass
            assert passes == [], step.__name__
        else:  # the pass ran only over the tables the change can touch
            assert len(passes) == 1 and passes[0][0] is not None and 0 < passes[0][0] < passes[0][1], \
                (step.__name__, passes)
    assert all(rule.encode() in full[0] and rule.encode() in full[1] for rule in ("XT001", "XT002", "XT003"))


def test_many_changes_run_the_full_pass(tmp_path: Path, passes: list[tuple[int | None, int]]) -> None:
    folder = tmp_path / "corpus"
    files = make_corpus(folder, 120, seed=5)
    cache = ["--cache-dir", str(tmp_path / "cache"), "--format", "json", "--jobs", "1"]
    check(str(folder), *cache, "-o", str(tmp_path / "a.json"))
    for path in files[:20]:  # a sixth of the files: past MAX_CHANGED_SHARE
        path.write_text(path.read_text(encoding="utf-8").replace("≥", "＞", 1), encoding="utf-8")
    passes.clear()
    check(str(folder), *cache, "-o", str(tmp_path / "b.json"))
    assert passes and all(focus is None for focus, _ in passes)
    check(str(folder), "--no-cache", "--format", "json", "--jobs", "1", "-o", str(tmp_path / "c.json"))
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "c.json").read_bytes()


@pytest.mark.parametrize("edit", [join_quantity_group, add_comment])
def test_damaged_stored_results_give_the_full_pass(tmp_path: Path, edit: Callable[[Path], None],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored part of the previous run's results that no longer reads: the pass is run after all."""
    import sqlite3

    from ggtlint import corpus_delta

    full_passes: list[int] = []
    original = corpus_delta._full

    def recording(*args: Any) -> Any:
        full_passes.append(args[-1])  # results served before the part went bad
        return original(*args)

    monkeypatch.setattr(corpus_delta, "_full", recording)

    folder = tmp_path / "corpus"
    make_corpus(folder, 120, seed=3)
    cache = ["--cache-dir", str(tmp_path / "cache"), "--format", "json", "--jobs", "1"]
    check(str(folder), *cache, "-o", str(tmp_path / "a.json"))
    with sqlite3.connect(tmp_path / "cache" / "v2" / "results.sqlite") as db:
        assert db.execute("UPDATE corpus SET results = 'damaged' WHERE part = 0").rowcount == 1
    edit(folder)
    check(str(folder), *cache, "-o", str(tmp_path / "b.json"))
    assert full_passes == [0]
    check(str(folder), "--no-cache", "--format", "json", "--jobs", "1", "-o", str(tmp_path / "c.json"))
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "c.json").read_bytes()

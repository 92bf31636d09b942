"""The output cache: an unchanged re-run writes the stored output; any change, or a damaged record, runs the check."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from bulk_helpers import check
from conftest import SEED_DIR, run_ggtlint


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "targets"
    folder.mkdir()
    for path in sorted(SEED_DIR.glob("t*.yaml"))[:8] + sorted(SEED_DIR.glob("t*.yaml"))[18:]:
        shutil.copy(path, folder / path.name)
    return folder


class Runs:
    """Counts the runs that really checked files (the rest were written from a record)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import ggtlint.parallel

        self.count = 0
        original = ggtlint.parallel.iter_results

        def counted(*args: Any, **kwargs: Any) -> Iterator[Any]:
            self.count += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(ggtlint.parallel, "iter_results", counted)


@pytest.fixture()
def runs(monkeypatch: pytest.MonkeyPatch) -> Runs:
    return Runs(monkeypatch)


def _records(cache: Path) -> list[Path]:
    folder = cache / "v2" / "outputs"
    return sorted(folder.glob("*.out")) if folder.is_dir() else []


def _github(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = check(*args, "--format", "github")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_unchanged_rerun_writes_the_stored_output(work: Path, tmp_path: Path, runs: Runs,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    cache = ["--cache-dir", str(tmp_path / "c")]
    first = _github(capsys, str(work), *cache)
    assert runs.count == 1 and len(_records(tmp_path / "c")) == 1
    assert first[0] == 1 and first[1].count("::error ") == 6 and "title=XT002" in first[1]
    second = _github(capsys, str(work), *cache)
    assert runs.count == 1  # nothing was checked
    assert second == first
    uncached = _github(capsys, str(work), "--no-cache")
    assert uncached == first


def test_every_output_of_a_run_is_written_again_byte_for_byte(work: Path, tmp_path: Path, runs: Runs) -> None:
    def run(name: str, *extra: str) -> int:
        return check(str(work), "--cache-dir", str(tmp_path / "c"), "--format", "json",
                     "--format", f"sarif:{tmp_path / (name + '.sarif')}", "--format",
                     f"junit:{tmp_path / (name + '.xml')}", "-o", str(tmp_path / (name + ".json")), *extra)

    assert run("cold") == 1 and runs.count == 1
    assert run("warm") == 1 and runs.count == 1
    for suffix in (".json", ".sarif", ".xml"):
        cold, warm = (tmp_path / f"cold{suffix}").read_bytes(), (tmp_path / f"warm{suffix}").read_bytes()
        assert cold == warm and len(cold) > 1000
    # The exit code is worked out again from the stored counts: these options do not change the output.
    assert run("lenient", "--exit-zero") == 0 and runs.count == 1
    errors = json.loads((tmp_path / "cold.json").read_text(encoding="utf-8"))["summary"]["errors"]
    assert errors > 0
    assert check(str(work), "--cache-dir", str(tmp_path / "c"), "--format", "github", "-o", os.devnull,
                 "--fail-on", "error", "--max-warnings", "100000") == 1


@pytest.mark.parametrize("change", ["edit a file", "add a file", "remove a file", "lang", "fail-on", "quiet",
                                    "statistics", "format", "select", "budget-year"])
def test_any_change_checks_again(work: Path, tmp_path: Path, runs: Runs, change: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(work), "--cache-dir", str(tmp_path / "c")]
    _github(capsys, *args)
    extra: list[str] = []
    if change == "edit a file":
        target = work / "t04-jiuye-buzhu-2023.yaml"
        target.write_text(target.read_text(encoding="utf-8").replace("≥150人", "有效提升"), encoding="utf-8")
    elif change == "add a file":
        shutil.copy(sorted(SEED_DIR.glob("t*.yaml"))[10], work / "new.yaml")
    elif change == "remove a file":
        (work / "t04-jiuye-buzhu-2023.yaml").unlink()
    elif change == "format":
        extra = ["--format", "json"]
    else:
        extra = {"lang": ["--lang", "en"], "fail-on": ["--fail-on", "warning"], "quiet": ["--quiet"],
                 "statistics": ["--statistics"], "select": ["--select", "VAL"],
                 "budget-year": ["--budget-year", "2024"]}[change]
    if change == "format":
        code = check(*args, *extra)
        capsys.readouterr()
    else:
        code, out, _ = _github(capsys, *args, *extra)
        uncached = _github(capsys, *[a for a in args if a not in ("--cache-dir", str(tmp_path / "c"))],
                           "--no-cache", *extra)
        assert (code, out) == uncached[:2]
    assert runs.count == 2 + (change != "format")
    assert len(_records(tmp_path / "c")) == 2


def test_runs_that_write_more_than_their_outputs_are_not_stored(work: Path, tmp_path: Path, runs: Runs,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "c"
    for _ in range(2):
        check(str(work), "--cache-dir", str(cache), "--format", "github", "-o", os.devnull,
              "--report", str(tmp_path / "review.html"))  # the page carries the time it was made
    check(str(work), "--cache-dir", str(cache), "--format", "github", "-o", os.devnull,
          "--write-baseline", str(tmp_path / "baseline.json"))
    check(str(work), "--no-cache", "--format", "github", "-o", os.devnull)
    capsys.readouterr()
    assert runs.count == 4 and _records(cache) == []


def test_the_terminal_layout_is_stored_with_its_colour(work: Path, tmp_path: Path, runs: Runs,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    def terminal(*extra: str) -> tuple[int, str]:
        code = check(str(work), "--cache-dir", str(tmp_path / "c"), *extra)
        return code, capsys.readouterr().out

    plain = terminal("--no-color")
    assert "\x1b[" not in plain[1] and "共检查 10 个文件" in plain[1]
    assert terminal("--no-color") == plain and runs.count == 1
    coloured = terminal("--color")
    assert "\x1b[" in coloured[1] and runs.count == 2
    assert terminal("--color") == coloured and runs.count == 2
    assert terminal() == plain and runs.count == 2  # not a terminal: no colour, as with --no-color
    assert len(_records(tmp_path / "c")) == 2


def test_a_baseline_is_part_of_the_key_and_its_notes_are_replayed(work: Path, tmp_path: Path, runs: Runs,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "baseline.json"
    check(str(work), "--no-cache", "--write-baseline", str(baseline))
    capsys.readouterr()
    (work / "t04-jiuye-buzhu-2023.yaml").unlink()  # its entries are now stale
    args = [str(work), "--cache-dir", str(tmp_path / "c"), "--baseline", str(baseline)]
    first = _github(capsys, *args)
    assert "t04-jiuye-buzhu-2023.yaml" in first[2] and first[0] == 0
    assert _github(capsys, *args) == first and runs.count == 2
    entries = json.loads(baseline.read_text(encoding="utf-8"))
    first_file = sorted(entries["files"])[0]
    entries["files"][first_file] = entries["files"][first_file][1:]  # one finding no longer in the baseline
    baseline.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    changed = _github(capsys, *args)
    assert runs.count == 3 and changed != first


def test_a_baseline_file_deleted_outside_the_run_is_not_replayed_as_present(
        work: Path, tmp_path: Path, runs: Runs, capsys: pytest.CaptureFixture[str]) -> None:
    """The stale notes name baseline entries of files that are gone, checked or not: deleting a
    file the run does not check changes them, so the stored output is not written again."""
    baseline = tmp_path / "baseline.json"
    check(str(work), "--no-cache", "--write-baseline", str(baseline))
    capsys.readouterr()
    one = work / "t01-zhuwai-laowu-xiezuo.yaml"
    args = [str(one), "--cache-dir", str(tmp_path / "c"), "--baseline", str(baseline)]
    first = _github(capsys, *args)
    assert "::notice" not in first[1] and runs.count == 2  # writing the baseline, then this run
    assert _github(capsys, *args) == first and runs.count == 2  # nothing changed: replayed
    (work / "t04-jiuye-buzhu-2023.yaml").unlink()  # not checked by this run, but its entries are now stale
    after = _github(capsys, *args)
    assert runs.count == 3  # checked again, not replayed
    assert after == _github(capsys, *args[:1], "--no-cache", *args[3:])
    assert "::notice title=ggtlint::" in after[1] and "t04-jiuye-buzhu-2023.yaml" in after[2]


@pytest.mark.parametrize("damage", ["truncated", "flipped", "header", "empty"])
def test_a_damaged_record_only_means_checking_again(work: Path, tmp_path: Path, runs: Runs, damage: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(work), "--cache-dir", str(tmp_path / "c")]
    first = _github(capsys, *args)
    [record] = _records(tmp_path / "c")
    data = record.read_bytes()
    if damage == "truncated":
        record.write_bytes(data[:-40])
    elif damage == "flipped":
        record.write_bytes(data[:-40] + bytes([data[-40] ^ 0xFF]) + data[-39:])
    elif damage == "header":
        record.write_bytes(b"{not json\n" + data.split(b"\n", 1)[1])
    else:
        record.write_bytes(b"")
    assert _github(capsys, *args) == first and runs.count == 2
    assert record.read_bytes() == data  # written again by that run
    assert _github(capsys, *args) == first and runs.count == 2


def test_a_file_edited_during_the_run_leaves_no_record(work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import ggtlint.parallel

    original = ggtlint.parallel.iter_results
    target = work / "t04-jiuye-buzhu-2023.yaml"

    def edit_then_check(*args: Any, **kwargs: Any) -> Iterator[Any]:
        target.write_text(target.read_text(encoding="utf-8").replace("≥150人", "有效提升"), encoding="utf-8")
        return original(*args, **kwargs)

    monkeypatch.setattr(ggtlint.parallel, "iter_results", edit_then_check)
    _github(capsys, str(work), "--cache-dir", str(tmp_path / "c"))
    assert _records(tmp_path / "c") == []


def test_only_the_latest_records_are_kept(work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ggtlint.output_cache import _KEEP

    cache = tmp_path / "c"
    for year in range(2020, 2020 + _KEEP + 2):
        _github(capsys, str(work), "--cache-dir", str(cache), "--budget-year", str(year))
        records = _records(cache)
        for age, record in enumerate(sorted(records, key=lambda p: p.stat().st_mtime)):
            os.utime(record, (1_000_000 + age, 1_000_000 + age))  # distinct ages, oldest first
    assert len(_records(cache)) == _KEEP


def test_the_replayed_run_is_the_same_program_output(work: Path, tmp_path: Path) -> None:
    """In a child process, as a CI job runs it: stdout, stderr and exit code all the same."""
    args = ["check", str(work), "--format", "github", "--cache-dir", str(tmp_path / "c")]
    first, second = run_ggtlint(*args), run_ggtlint(*args)
    assert len(_records(tmp_path / "c")) == 1
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert first.returncode == 1 and first.stdout.startswith("::")


def test_a_record_gives_back_exactly_the_text_written(tmp_path: Path) -> None:
    """Large (several blocks, characters split across block ends) and odd (a lone surrogate)
    text, written out through bytes (a UTF-8 stream) and through text (any other stream)."""
    import io
    import random

    from ggtlint.output_cache import OutputCache

    rng = random.Random(5)
    pieces = ["::error file=表.yaml,line=3::指标值“有效提升”不可衡量\n", "a" * 70_000, "\ud800", "\n", "≥200人 " * 9]
    text = "".join(rng.choice(pieces) for _ in range(3000))
    assert len(text.encode("utf-8", "surrogatepass")) > 3 * (1 << 21)  # more than one block of output
    cache = OutputCache(tmp_path, "k" * 64, started_ns=0)
    recorded = cache.record(io.StringIO())
    for start in range(0, len(text), 4099):
        recorded.write(text[start:start + 4099])
    cache.commit({"errors": 1}, ["note"], [])
    assert OutputCache(tmp_path, "k" * 64, started_ns=0).lookup(2, ["errors"]) is None  # not what was stored
    assert OutputCache(tmp_path, "k" * 64, started_ns=0).lookup(1, ["errors", "files"]) is None
    record = OutputCache(tmp_path, "k" * 64, started_ns=0).lookup(1, ["errors"])
    assert record is not None and record.summary == {"errors": 1} and record.notes == ["note"]
    as_text = io.StringIO()
    record.write(0, as_text)
    assert as_text.getvalue() == text
    as_bytes = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogatepass", newline="")
    record.write(0, as_bytes)  # not strict: written as text
    as_bytes.flush()
    assert as_bytes.buffer.getvalue() == text.encode("utf-8", "surrogatepass")
    clean = text.replace("\ud800", "")
    strict = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    cache = OutputCache(tmp_path, "c" * 64, started_ns=0)
    cache.record(io.StringIO()).write(clean)
    cache.commit({}, [], [])
    OutputCache(tmp_path, "c" * 64, started_ns=0).lookup(1, []).write(0, strict)  # type: ignore[union-attr]
    strict.flush()
    assert strict.buffer.getvalue() == clean.encode("utf-8")


def test_a_run_with_a_time_out_is_not_stored(work: Path, tmp_path: Path, runs: Runs,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Whether a file runs out of time depends on the machine's load: such a run is checked again."""
    args = [str(work), "--cache-dir", str(tmp_path / "c"), "--timeout", "0.000001"]
    first = _github(capsys, *args)
    assert "time limit" in first[1] or "时间上限" in first[1]
    assert _records(tmp_path / "c") == []
    _github(capsys, *args)
    assert runs.count == 2

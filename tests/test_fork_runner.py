"""The forked ``python -m ggtlint`` (tests/fork_runner.py, behind conftest.run_ggtlint) against a
real new interpreter: the same exit code and the same bytes on stdout and stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED_DIR, run_ggtlint
from fork_runner import forkable, run_forked

T01 = SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"
T04 = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", "COLUMNS": "200", **extra}
    env.pop("GGTLINT_DEBUG", None)
    return env


def _fresh(args: list[str], cwd: Path, env: dict[str, str], data: bytes | None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "ggtlint", *args], cwd=cwd, env=env, input=data,
                          capture_output=True, timeout=120)


CASES = {
    "usage error": (["check", "--bogus"], {}, None),
    "no command": (["--lang", "en"], {}, None),
    "findings as json": (["check", str(T04), "-f", "json", "--no-cache"], {}, None),
    "missing file": (["check", "nope.yaml", "--no-cache"], {}, None),
    "english": (["--lang", "en", "check", str(T01), "--no-cache"], {}, None),
    "language from the environment": (["check", str(T01), "--no-cache"], {"GGTLINT_LANG": "en"}, None),
    "a bad GGTLINT_LANG": (["check", str(T01), "--no-cache"], {"GGTLINT_LANG": "fr"}, None),
    "narrow terminal": (["show", str(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml")], {"COLUMNS": "60"}, None),
    "table on stdin": (["check", "-", "--stdin-filename", "targets/t01.yaml", "-f", "github", "--no-cache"], {},
                       T01.read_bytes()),
    "stdin left as the test's": (["check", "-", "--no-cache"], {}, None),
    "worker processes": (["check", str(SEED_DIR), "-j", "2", "--no-cache", "-f", "json"], {}, None),
    "version": (["--version"], {}, None),
}


@pytest.mark.parametrize("name", CASES)
def test_a_forked_run_is_byte_for_byte_a_new_interpreters(name: str, tmp_path: Path) -> None:
    args, extra, data = CASES[name]
    env = _env(TMPDIR=str(tmp_path), **extra)
    assert forkable(env)
    forked = run_forked(args, cwd=ROOT, env=env, input=data, timeout=120)
    fresh = _fresh(args, ROOT, env, data)
    assert (forked.returncode, forked.stdout, forked.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)
    assert fresh.stdout or fresh.stderr


def test_files_written_by_a_forked_run_are_a_new_interpreters(tmp_path: Path) -> None:
    import shutil

    work, outputs = tmp_path / "work", {}
    for how in ("forked", "fresh"):  # in the same folder: the SARIF log names it
        shutil.rmtree(work, ignore_errors=True)
        (work / "in").mkdir(parents=True)
        (work / "in" / "t04.yaml").write_bytes(T04.read_bytes())
        args = ["check", "in", "--no-cache", "-f", "sarif", "-o", "out.sarif", "--report", "r.html"]
        done = (run_forked(args, cwd=work, env=_env(), timeout=120) if how == "forked"
                else _fresh(args, work, _env(), None))
        outputs[how] = (done.returncode, done.stdout, done.stderr, (work / "out.sarif").read_bytes(),
                        (work / "r.html").read_bytes(), sorted(path.name for path in work.iterdir()))
    assert outputs["forked"] == outputs["fresh"]


def test_what_changes_how_an_interpreter_starts_gets_a_new_one(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not forkable(_env(LANG="en_US.UTF-8")) and not forkable(_env(LC_ALL="C"))
    assert not forkable(_env(PYTHONIOENCODING="latin-1")) and not forkable(_env(PYTHONUTF8="0"))
    assert forkable(_env(GGTLINT_LANG="en", TMPDIR="/tmp", PYTHONPATH="elsewhere"))
    monkeypatch.setenv("PYTHONIOENCODING", "latin-1")  # this process started without it
    assert not forkable(_env())
    monkeypatch.undo()
    english = run_ggtlint("check", T01, "--no-cache", env={"LANG": "en_US.UTF-8"})
    assert english.returncode == 1 and "共检查 1 个文件" in english.stdout


def test_an_uncaught_error_ends_the_fork_as_it_ends_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """The "no traceback" tests must be able to fail: an error ggtlint lets through prints its
    traceback and exits 1 (GGTLINT_DEBUG=1 lets it through; the fork inherits the patch)."""
    import ggtlint.cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(ggtlint.cli.cli, "main", broken)
    debugging = run_ggtlint("check", T01, env={"GGTLINT_DEBUG": "1"})
    assert debugging.returncode == 1, debugging.stderr
    assert debugging.stderr.startswith("Traceback (most recent call last):")
    assert debugging.stderr.endswith("RuntimeError: boom\n") and debugging.stdout == ""
    handled = run_ggtlint("check", T01)
    assert handled.returncode == 2 and "内部错误：RuntimeError: boom" in handled.stderr
    assert "Traceback" not in handled.stderr
    real = run_ggtlint("check", T01, "--no-cache", fresh=True)  # a new interpreter: the patch is not there
    assert real.returncode == 1 and "共检查 1 个文件" in real.stdout


def test_the_forks_exit_is_the_interpreters(monkeypatch: pytest.MonkeyPatch) -> None:
    import ggtlint.cli

    def leave(code: object):  # type: ignore[no-untyped-def]
        def main(*args: object, **kwargs: object) -> None:
            raise SystemExit(code)
        return main

    for code, returncode, stderr in ((None, 0, ""), (3, 3, ""), ("bye", 1, "bye\n")):
        monkeypatch.setattr(ggtlint.cli, "main", leave(code))
        done = run_ggtlint("--version")
        assert (done.returncode, done.stderr) == (returncode, stderr)
    monkeypatch.undo()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ggtlint.cli.cli, "main", interrupted)
    done = run_ggtlint("check", T01)
    assert done.returncode == 130 and done.stderr == "\nggtlint: 已中断\n"


def test_the_test_process_is_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork neither runs the test process's exit handlers nor its finalizers (the session's
    cache folder and a temporary folder of the test's stay) nor changes its directory,
    environment or streams."""
    import tempfile

    import ggtlint.cli

    held = tempfile.TemporaryDirectory()  # removed by a finalizer when the test process ends
    before = (os.getcwd(), dict(os.environ), sys.stdout, sys.stderr, sys.stdin)
    done = run_ggtlint("check", "-", "--no-cache", cwd=tmp_path, env={"GGTLINT_LANG": "en"})
    assert done.returncode in (0, 1, 2)
    assert (os.getcwd(), dict(os.environ), sys.stdout, sys.stderr, sys.stdin) == before
    assert Path(os.environ["GGTLINT_CACHE_DIR"]).is_dir()
    # a child that makes a temporary folder of its own runs the finalizers at its exit: its own only
    monkeypatch.setattr(ggtlint.cli, "main", tempfile.TemporaryDirectory)
    assert run_ggtlint("--version").returncode == 0
    assert Path(held.name).is_dir()
    held.cleanup()


def test_a_run_that_outlives_its_timeout_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import ggtlint.cli

    monkeypatch.setattr(ggtlint.cli.cli, "main", lambda *args, **kwargs: time.sleep(60))
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        run_ggtlint("--version", timeout=1)
    assert time.monotonic() - started < 30


def test_the_fork_finds_the_interpreter_a_new_process_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streams, signal handlers, warnings, hooks, logging, temporary folder, working directory,
    environment and room below the recursion limit, as tests/fork_probe.py reports them: in a
    new ``python -m`` process, and in a fork running the probe in place of ggtlint's main."""
    import json

    import fork_probe
    import ggtlint.cli

    env = _env(TMPDIR=str(tmp_path))
    fresh = subprocess.run([sys.executable, "-m", "fork_probe"], cwd=tmp_path, capture_output=True, timeout=120,
                           env={**env, "PYTHONPATH": str(Path(fork_probe.__file__).parent)})
    monkeypatch.setattr(ggtlint.cli, "main", fork_probe.main)
    forked = run_forked([], cwd=tmp_path, env=env, timeout=120)
    assert forked.returncode == fresh.returncode == 0, forked.stderr
    seen = {how: json.loads(done.stdout) for how, done in (("forked", forked), ("fresh", fresh))}
    rooms = [seen[how].pop("recursion_room") for how in ("forked", "fresh")]
    assert abs(rooms[0] - rooms[1]) <= 2, rooms  # runpy.run_module takes a call more than -m does
    assert seen["forked"] == seen["fresh"]
    for done in (forked, fresh):  # the warning reached stderr: not recorded by pytest, not filtered
        assert b"UserWarning: a warning a new interpreter shows on stderr" in done.stderr

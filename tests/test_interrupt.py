"""Ctrl-C: exit status 130, no traceback, no half-written file, no stray temporary file.

``ggtlint check`` runs in a child process in its own session (process group); SIGINT goes to
the whole group, as a terminal's Ctrl-C does, once the output's temporary file exists (so
the interpreter is past start-up and the check is under way). A SIGINT during interpreter
start-up, before ggtlint's code runs, is Python's own business and is not tested here.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ci_helpers import SRC
from conftest import SEED_DIR

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process groups and SIGINT delivery are POSIX")

COPIES = 40  # 40 × 20 seed tables = 800 files: a few seconds of work, time enough to interrupt


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("interrupt-corpus")
    seeds = sorted(SEED_DIR.glob("*.yaml"))
    for copy in range(COPIES):
        for seed in seeds:
            shutil.copy(seed, root / f"{copy:03d}-{seed.name}")
    return root


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH", "")])),
                PYTHONIOENCODING="utf-8")


def _temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def interrupt(args: list[str], cwd: Path, after: float, wait_for: str, signum: int = signal.SIGINT,
              tmp: Path | None = None) -> tuple[int, str]:
    """Start ``ggtlint ARGS``; once ``cwd`` holds a temporary ``wait_for`` file, wait ``after``
    seconds and send SIGINT to the process group (another ``signum`` to ggtlint's own process
    only, as CI runners and ``timeout`` do). Returns exit status and stderr."""
    env = _env() if tmp is None else {**_env(), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-m", "ggtlint", *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    started = time.monotonic()
    try:
        while not any(name.startswith(f".{wait_for}.") for name in os.listdir(cwd)):
            if proc.poll() is not None or time.monotonic() - started > 60:
                raise AssertionError(f"the run ended (status {proc.returncode}) before it could be interrupted")
            time.sleep(0.005)
        time.sleep(after)
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signal.SIGINT)
        else:
            os.kill(proc.pid, signum)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker process outlived the run
    return proc.returncode, err.decode("utf-8", "replace")


def _complete_run(args: list[str], cwd: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ggtlint", *args], cwd=cwd, env=_env(), capture_output=True, timeout=300)
    assert done.returncode == 1, done.stderr


def test_sigint_keeps_the_previous_output_and_exits_130(corpus: Path, tmp_path: Path) -> None:
    outputs = ["--format", "json", "-o", "out.json", "--report", "report.html", "--no-cache", "--jobs", "1"]
    _complete_run(["check", str(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"), *outputs], tmp_path)  # the previous run
    args = ["check", str(corpus), *outputs]
    previous = (tmp_path / "out.json").read_bytes()
    previous_report = (tmp_path / "report.html").read_bytes()
    for after in (0.0, 0.3):
        code, err = interrupt(args, tmp_path, after, "out.json")
        assert code == 130, err
        assert "Traceback" not in err and "已中断" in err, err
        # the complete file of the run before, byte for byte, and no temporary file left
        assert (tmp_path / "out.json").read_bytes() == previous
        assert (tmp_path / "report.html").read_bytes() == previous_report
        assert _temporaries(tmp_path) == []


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_leave_nothing_behind(corpus: Path, tmp_path: Path, signum: int, code: int) -> None:
    """A cancelled CI job, docker stop or timeout sends SIGTERM: it ended the process on the spot,
    leaving the output's temporary file and the cross-table store in the temporary folder."""
    (tmp_path / "work").mkdir()
    (tmp_path / "tmp").mkdir()
    args = ["check", str(corpus), "--format", "json", "-o", "out.json", "--no-cache", "--jobs", "2"]
    status, err = interrupt(args, tmp_path / "work", 0.3, "out.json", signum, tmp_path / "tmp")
    assert status == code and "Traceback" not in err and "已终止" in err, err
    assert os.listdir(tmp_path / "work") == [] and os.listdir(tmp_path / "tmp") == []


def test_sigint_before_any_output_leaves_no_file(corpus: Path, tmp_path: Path) -> None:
    code, err = interrupt(["check", str(corpus), "--format", "sarif", "-o", "out.sarif", "--no-cache", "--jobs", "1"],
                          tmp_path, 0.2, "out.sarif")
    assert code == 130 and "Traceback" not in err, err
    assert not (tmp_path / "out.sarif").exists()
    assert _temporaries(tmp_path) == []


def test_sigint_while_writing_a_baseline(corpus: Path, tmp_path: Path) -> None:
    code, err = interrupt(["check", str(corpus), "--write-baseline", "baseline.json", "--format", "json", "-o", "out.json",
                           "--no-cache", "--jobs", "1"], tmp_path, 0.2, "out.json")
    assert code == 130 and "Traceback" not in err, err
    assert not (tmp_path / "baseline.json").exists() and not (tmp_path / "out.json").exists()
    assert _temporaries(tmp_path) == []


@pytest.mark.parametrize("after", [0.0, 0.05, 0.4])
def test_sigint_in_a_parallel_run(corpus: Path, tmp_path: Path, after: float) -> None:
    """Workers ignore Ctrl-C (no traceback of theirs); the parent stops them and exits 130."""
    code, err = interrupt(["check", str(corpus), "--format", "json", "-o", "out.json", "--no-cache", "--jobs", "4"],
                          tmp_path, after, "out.json")
    assert code == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert not (tmp_path / "out.json").exists() and _temporaries(tmp_path) == []


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_ctrl_c_while_the_temporary_file_is_made_leaves_nothing(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C that lands between the temporary file's creation and its name reaching
    atomic_write (the moment the parallel-run test above may hit) must not leave the file."""
    import tempfile

    from ggtlint import atomic

    real = tempfile.mkstemp

    def interrupted_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        made = real(*args, **kwargs)  # type: ignore[call-overload]
        os.kill(os.getpid(), signal.SIGINT)  # delivered before the name is returned, unless held
        return made  # type: ignore[no-any-return]

    monkeypatch.setattr(atomic.tempfile, "mkstemp", interrupted_mkstemp)
    with pytest.raises(KeyboardInterrupt):
        with atomic.atomic_write(tmp_path / "out.json") as handle:
            handle.write("never written")
    assert list(tmp_path.iterdir()) == []
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == set()  # nothing left held


def test_a_ctrl_c_another_thread_takes_while_the_temporary_file_is_made_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel hands a Ctrl-C to any thread not masking it (a progress bar's refresh thread,
    a test runner's I/O thread); Python still runs it in the main thread, at once. Held all the
    same until the temporary file's name is known, then raised."""
    import tempfile
    import threading

    from ggtlint import atomic

    real = tempfile.mkstemp
    go, sent = threading.Event(), []

    def refresh() -> None:  # started before the write, as a progress bar's thread is: nothing masked
        go.wait()
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        sent.append(signal.SIGINT)

    other = threading.Thread(target=refresh)
    other.start()

    def interrupted_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        made = real(*args, **kwargs)  # type: ignore[call-overload]
        go.set()
        other.join()  # the signal has come by now; its handler runs in this thread
        return made  # type: ignore[no-any-return]

    monkeypatch.setattr(atomic.tempfile, "mkstemp", interrupted_mkstemp)
    with pytest.raises(KeyboardInterrupt):
        with atomic.atomic_write(tmp_path / "out.json") as handle:
            handle.write("never written")
    assert sent == [signal.SIGINT]
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler put back


def test_an_output_closed_by_the_interrupt_still_exits_130(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C while an output is being closed: the clean-up closes the stream, and a last write to it
    fails with EBADF while the interrupt is handled. The run was interrupted (130), not an output
    error (2), as a loaded machine showed once."""
    import ggtlint.cli as cli

    def interrupted_while_closing(*_args: object, **_kwargs: object) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise OSError(9, "Bad file descriptor")

    monkeypatch.setattr(cli.cli, "main", interrupted_while_closing)

    def leave(code: int) -> None:
        raise SystemExit(code)

    monkeypatch.setattr(cli.os, "_exit", leave)
    with pytest.raises(SystemExit) as left:
        cli.main(["check", "x.yaml"])
    assert left.value.code == 130 and "已中断" in capsys.readouterr().err
    # an output error of its own is still one
    monkeypatch.setattr(cli.cli, "main", lambda *_a, **_k: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(SystemExit) as left:
        cli.main(["check", "x.yaml"])
    assert left.value.code == 2


def test_a_ctrl_c_before_the_output_s_exit_is_registered_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A Ctrl-C that lands after ExitStack entered the output's atomic write but before it
    registered the exit: no clean-up runs while unwinding, and the process leaves with os._exit
    (no finalizers). The temporary file was left behind on a loaded machine; the interrupted
    exit now removes it."""
    import contextlib

    import ggtlint.cli as cli
    from ggtlint import atomic

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(contextlib.ExitStack, "_push_cm_exit", interrupted)
    kept = []
    with pytest.raises(KeyboardInterrupt):
        with contextlib.ExitStack() as stack:
            writer = atomic.atomic_write(tmp_path / "out.json")
            kept.append(writer)  # held, as the frames of an unwinding run hold it
            stack.enter_context(writer)
    assert _temporaries(tmp_path) != []

    def leave(code: int) -> None:
        raise SystemExit(code)

    monkeypatch.setattr(cli.os, "_exit", leave)
    with pytest.raises(SystemExit) as left:
        cli._leave_interrupted(KeyboardInterrupt())
    assert left.value.code == 130 and list(tmp_path.iterdir()) == []
    capsys.readouterr()


def test_a_ctrl_c_python_dropped_keeps_the_output_from_being_put_in_place(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C landing in a weakref callback (an import releasing its module lock) is printed as
    "Exception ignored" and dropped: the parallel run above once went on, wrote out.json and exited 1.
    The handler records it; the output is not put in place, and the interrupt is raised there again."""
    from ggtlint import atomic, interrupts

    monkeypatch.setattr(interrupts, "_RECEIVED", [])
    dropped = interrupts.received(KeyboardInterrupt())  # raised by the handler, swallowed by Python
    with pytest.raises(KeyboardInterrupt) as raised:
        with atomic.atomic_write(tmp_path / "out.json") as handle:
            handle.write("{}")
    assert raised.value is dropped and list(tmp_path.iterdir()) == []


def test_the_command_records_ctrl_c_as_it_raises_it() -> None:
    # run as the program, ggtlint's own SIGINT handler replaces Python's, and raises KeyboardInterrupt as it did
    code = ("import os, signal; from ggtlint import cli, interrupts; cli._terminate_as_ctrl_c()\n"
            "try:\n    os.kill(os.getpid(), signal.SIGINT); signal.pause() if hasattr(signal, 'pause') else None\n"
            "except KeyboardInterrupt:\n    print(type(interrupts.first_received()).__name__)")
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "KeyboardInterrupt", done.stderr


def test_a_dropped_ctrl_c_prints_no_exception_ignored_traceback() -> None:
    # the parallel run's stderr showed "Exception ignored in: <function _get_module_lock…> KeyboardInterrupt";
    # other exceptions Python drops are still printed
    code = ("import gc; from ggtlint import cli; cli._terminate_as_ctrl_c()\n"
            "class Dropping:\n    def __init__(self, exc): self.exc = exc\n"
            "    def __del__(self): raise self.exc\n"
            "Dropping(KeyboardInterrupt()); Dropping(ValueError('other')); gc.collect()")
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60)
    assert "KeyboardInterrupt" not in done.stderr and "ValueError: other" in done.stderr, done.stderr


def test_a_run_that_dropped_a_ctrl_c_ends_as_interrupted(tmp_path: Path) -> None:
    # a run writing to standard output only puts no file in place: the dropped interrupt is heeded at its end
    code = ("import sys; from ggtlint import cli, interrupts\n"
            "interrupts.received(KeyboardInterrupt())  # as the handler records one Python then drops\n"
            "sys.argv = ['ggtlint', '--version']; cli.main()")
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60,
                          cwd=tmp_path)
    assert done.returncode == 130 and "已中断" in done.stderr, (done.returncode, done.stderr)

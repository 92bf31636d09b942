"""``python -m ggtlint`` run in a forked copy of the test process instead of a new interpreter.

A new interpreter spends ~0.25 s starting and importing ggtlint and its dependencies; the suite
runs the command hundreds of times. A fork of the test process has all of that already, so the
child only has to become what a fresh ``python -m ggtlint`` would be at the moment it calls
``ggtlint.cli.main``, and end as that interpreter ends:

- environment (os.environ, TZ, the temporary folder), working directory and ``sys.path[0]``;
- file descriptors 0/1/2 (pipes, or the inherited stdin) and sys.stdin/stdout/stderr rebuilt
  over them as the interpreter builds them (encoding, errors, buffering, line buffering);
- signal handlers, warnings filters, exception hooks, the root logger, atexit and weakref
  finalizers as a new interpreter has them: nothing of pytest's or of the earlier tests';
- the entry point run the way ``-m`` runs it (runpy, ``sys.argv[0]`` the ``__main__.py`` path),
  with as much room below the recursion limit as there;
- the end as the interpreter's: SystemExit's code (None 0, an int, anything else printed and
  1), an uncaught exception's traceback through sys.excepthook and exit 1, an uncaught Ctrl-C
  killing the process with SIGINT; then non-daemon threads joined, atexit handlers run and
  stdout/stderr flushed (a failing flush exits 120).

What the fork cannot reproduce is the interpreter's own start: its command-line options, the
variables it reads while starting (PYTHON*, the locale ones), and which modules get imported.
``forkable`` refuses a run whose environment changes one of those; the caller then starts a
real process, as it must for a test whose subject is the start itself (import time, installed
entry points, sys.path, signals sent from outside).
"""

from __future__ import annotations

import contextlib
import io
import os
import select
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Mapping, NoReturn, Sequence

SRC = Path(__file__).resolve().parents[1] / "src"

# Read by the interpreter while it starts (stdio encoding, locale, hash seed, warnings, -X
# options, buffering) or by gettext (LANGUAGE): a child started with other values of these is
# not the fork of this process. PYTHONPATH is left out: it only decides where ggtlint is imported
# from, and ``forkable`` checks that this process has it from this checkout.
_LOCALE_VARIABLES = ("LANG", "LANGUAGE")


def _shapes_the_interpreter(name: str) -> bool:
    """Whether the environment variable ``name`` is read while an interpreter starts."""
    return (name.startswith("PYTHON") and name != "PYTHONPATH") or name in _LOCALE_VARIABLES \
        or name.startswith("LC_")


# as this interpreter found them when it started (a test may change os.environ since)
_AT_START = {name: value for name, value in os.environ.items() if _shapes_the_interpreter(name)}


def forkable(env: Mapping[str, str]) -> bool:
    """Whether a fork of this process is what ``python -m ggtlint`` started with ``env`` is."""
    if not hasattr(os, "fork") or sys.platform != "linux":
        return False
    flags = sys.flags
    if flags.isolated or flags.ignore_environment or flags.dev_mode or sys.warnoptions or sys._xoptions:
        return False  # this interpreter was started with options a plain child would not have
    if None in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        return False  # the encodings a child would choose are not known
    import ggtlint

    if ggtlint.__file__ is None or Path(ggtlint.__file__).resolve().parent != SRC / "ggtlint":
        return False  # the child would import it from PYTHONPATH, i.e. from SRC
    return {name: value for name, value in env.items() if _shapes_the_interpreter(name)} == _AT_START


def run_forked(args: Sequence[str], *, cwd: str | os.PathLike[str], env: Mapping[str, str],
               input: bytes | None = None, stdin: int | IO[bytes] | IO[str] | None = None,
               timeout: float | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m ggtlint ARGS`` as ``subprocess.run(..., capture_output=True)`` would run it:
    ``input`` bytes are fed on stdin; else ``stdin`` (a file, a descriptor or
    ``subprocess.DEVNULL``) is the child's, or by default this process's own. Raises
    ``subprocess.TimeoutExpired`` (the child killed) as subprocess.run does."""
    _preload()
    command = [sys.executable, "-m", "ggtlint", *args]
    ends: list[int] = []
    try:
        out_read, out_write = _pipe(ends)
        err_read, err_write = _pipe(ends)
        in_read = in_write = None
        if input is not None:
            in_read, in_write = _pipe(ends)
        elif stdin == subprocess.DEVNULL:
            in_read = os.open(os.devnull, os.O_RDONLY)
            ends.append(in_read)
        elif stdin is not None:
            in_read = stdin if isinstance(stdin, int) else stdin.fileno()
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:  # else the child's clean-up could write what was buffered
                stream.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            _become_ggtlint(list(args), os.fspath(cwd), dict(env), in_read, out_write, err_write,
                            [fd for fd in ends if fd not in (in_read, out_write, err_write)])
        for fd in (out_write, err_write, in_read if in_write is not None or stdin == subprocess.DEVNULL else None):
            if fd is not None:
                os.close(fd)
                ends.remove(fd)
        try:
            out, err = _communicate(out_read, err_read, in_write, input, ends, timeout)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise subprocess.TimeoutExpired(command, timeout) from None
        _, status = os.waitpid(pid, 0)
        return subprocess.CompletedProcess(command, os.waitstatus_to_exitcode(status), out, err)
    finally:
        for fd in ends:
            os.close(fd)


_PRELOADED: list[bool] = []


def _preload() -> None:
    """Every module of ggtlint imported here once (and the built-in lexicon read), so that no fork
    has to do it again: copied on write, a fork's imports and reads are lost when it ends."""
    if _PRELOADED:
        return
    import importlib
    import pkgutil

    import ggtlint
    from ggtlint.values import default_lexicon

    for module in pkgutil.walk_packages(ggtlint.__path__, "ggtlint."):
        if module.name != "ggtlint.__main__":  # running it is the child's business
            importlib.import_module(module.name)
    default_lexicon()  # cached for the process; read from the checkout's files, which no test changes
    _PRELOADED.append(True)


def _pipe(ends: list[int]) -> tuple[int, int]:
    read, write = os.pipe()
    ends.extend((read, write))
    return read, write


def _communicate(out_read: int, err_read: int, in_write: int | None, data: bytes | None, ends: list[int],
                 timeout: float | None) -> tuple[bytes, bytes]:
    """Feed ``data`` and read both outputs to their end, as Popen.communicate does."""
    deadline = None if timeout is None else time.monotonic() + timeout
    chunks: dict[int, list[bytes]] = {out_read: [], err_read: []}
    offset, view = 0, memoryview(data or b"")
    with selectors.DefaultSelector() as selector:
        for fd in chunks:
            selector.register(fd, selectors.EVENT_READ)
        if in_write is not None:
            if view:
                selector.register(in_write, selectors.EVENT_WRITE)
            else:
                os.close(in_write)
                ends.remove(in_write)
        while selector.get_map():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise subprocess.TimeoutExpired("ggtlint", timeout or 0)
            for key, _ in selector.select(left):
                if key.fd == in_write:
                    try:
                        offset += os.write(in_write, view[offset:offset + select.PIPE_BUF])
                    except BrokenPipeError:  # the child did not read it all: as communicate does
                        offset = len(view)
                    if offset >= len(view):
                        selector.unregister(in_write)
                        os.close(in_write)
                        ends.remove(in_write)
                    continue
                chunk = os.read(key.fd, 1 << 16)
                if chunk:
                    chunks[key.fd].append(chunk)
                else:
                    selector.unregister(key.fd)
    return b"".join(chunks[out_read]), b"".join(chunks[err_read])


# -- in the child ----------------------------------------------------------------------------------

def _become_ggtlint(args: list[str], cwd: str, env: dict[str, str], in_read: int | None, out_write: int,
                    err_write: int, others: list[int]) -> NoReturn:
    """In the forked child: take the pipes as fds 0/1/2, become what a fresh interpreter would be,
    run ``python -m ggtlint ARGS`` and end the process with its exit code (never returns)."""
    code = 1
    try:
        if in_read is not None:
            os.dup2(in_read, 0)
        os.dup2(out_write, 1)
        os.dup2(err_write, 2)
        for fd in {in_read, out_write, err_write, *others} - {None, 0, 1, 2}:
            os.close(fd)  # type: ignore[arg-type]
        _fresh_interpreter_state(cwd, env)
        _fresh_stdio(env)
        _fresh_ggtlint_state()
        code = _run_as_python_m(args)
    except BaseException:  # a fault of this runner, not of ggtlint's: say it and leave
        with contextlib.suppress(Exception):
            import traceback

            os.write(2, ("fork_runner: " + traceback.format_exc()).encode("utf-8", "replace"))
        code = 70
    finally:
        os._exit(code)


def _fresh_interpreter_state(cwd: str, env: dict[str, str]) -> None:
    import atexit
    import faulthandler
    import importlib
    import tempfile
    import threading
    import warnings
    import weakref

    os.environ.clear()
    os.environ.update(env)
    time.tzset()
    tempfile.tempdir = None  # computed again from TMPDIR on first use, as a new process does
    os.chdir(cwd)
    sys.path.insert(0, os.getcwd())  # as -m puts it first
    sys.argv = ["-m"]
    # handlers as a new interpreter installs them
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for name in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    for name in ("SIGPIPE", "SIGXFSZ"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    faulthandler.disable()
    # pytest records warnings and filters them its own way; the module's first state is the
    # interpreter's (filters from the untouched list _warnings keeps, shown on stderr)
    importlib.reload(warnings)
    warnings._filters_mutated()  # type: ignore[attr-defined]
    sys.excepthook = sys.__excepthook__
    sys.unraisablehook = sys.__unraisablehook__
    threading.excepthook = threading.__excepthook__
    if "logging" in sys.modules:
        import logging

        logging.root.handlers.clear()  # pytest's capturing handlers
        logging.root.setLevel(logging.WARNING)
        logging.disable(logging.NOTSET)
    # exit handlers: none of the test process's (its temporary folders are not the child's)
    atexit._clear()
    weakref.finalize._registry.clear()  # type: ignore[attr-defined]
    weakref.finalize._registered_with_atexit = False  # type: ignore[attr-defined]
    if "logging" in sys.modules:
        atexit.register(sys.modules["logging"].shutdown)  # as importing logging registers it
    if "multiprocessing.util" in sys.modules:  # as multiprocessing's own forked children do
        util = sys.modules["multiprocessing.util"]
        process = sys.modules["multiprocessing.process"]
        util._finalizer_registry.clear()
        process._children = set()
        atexit.register(util._exit_function)
    if "rich" in sys.modules:
        sys.modules["rich"]._console = None  # built from the environment when first asked for


_REPLACED_STREAMS: list[object] = []


def _fresh_stdio(env: dict[str, str]) -> None:
    """sys.stdin/stdout/stderr as the interpreter makes them (Python/pylifecycle.c create_stdio):
    the encoding and errors it chose for this process (the variables deciding them are the same,
    ``forkable`` made sure), buffered unless PYTHONUNBUFFERED, line-buffered on a terminal and for
    stderr, no newline translation."""
    buffered = not env.get("PYTHONUNBUFFERED")
    # the test process's streams stay referenced: freed, they would flush what they hold into the pipes
    _REPLACED_STREAMS.extend([sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__])
    encoding = sys.__stdout__.encoding  # type: ignore[union-attr]
    errors = sys.__stdout__.errors  # type: ignore[union-attr]
    streams = []
    for fd, name, write in ((0, "<stdin>", False), (1, "<stdout>", True), (2, "<stderr>", True)):
        buffer = io.open(fd, "wb" if write else "rb", 0 if write and not buffered else -1, closefd=False)
        raw = buffer if isinstance(buffer, io.FileIO) else buffer.raw
        raw.name = name  # type: ignore[misc]
        stream = io.TextIOWrapper(buffer, encoding, "backslashreplace" if fd == 2 else errors, "\n",
                                  line_buffering=buffered and (raw.isatty() or fd == 2), write_through=not buffered)
        stream.mode = "w" if write else "r"  # type: ignore[misc]
        streams.append(stream)
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams  # type: ignore[misc]


def _fresh_ggtlint_state() -> None:
    """What ggtlint keeps for the life of a process and an earlier in-process test may have set."""
    cli = sys.modules.get("ggtlint.cli")
    if cli is not None:
        cli._TEMPORARY.clear()
    sys.modules.pop("ggtlint.__main__", None)


def _run_as_python_m(args: list[str]) -> int:
    """Run the module as ``python -m ggtlint`` does and end as that interpreter would."""
    import atexit
    import runpy
    import threading

    sys.argv = ["-m", *args]
    # the test's calls below this one count against the recursion limit: as much room as a new
    # interpreter has at this point (runpy's one call)
    sys.setrecursionlimit(sys.getrecursionlimit() + _depth_in_use() - 1)
    interrupted = False
    try:
        runpy.run_module("ggtlint", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as exc:
        code = _system_exit_code(exc)
    except BaseException as exc:  # noqa: BLE001 - printed as the interpreter prints it
        if exc.__traceback__ is not None:  # from runpy on, without this frame
            exc.__traceback__ = exc.__traceback__.tb_next
        sys.excepthook(type(exc), exc, exc.__traceback__)
        code, interrupted = 1, isinstance(exc, KeyboardInterrupt)
    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except Exception as exc:  # noqa: BLE001
        sys.unraisablehook(_unraisable(exc, sys.stdout))
        code = 120
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    if interrupted:  # as Python ends on an uncaught KeyboardInterrupt: killed by SIGINT
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return code


def _depth_in_use() -> int:
    """How deep the calls below the caller go, as the recursion limit counts them (C calls too)."""
    def deeper(depth: int) -> int:
        try:
            return deeper(depth + 1)
        except RecursionError:
            return depth

    return sys.getrecursionlimit() - deeper(1)


def _system_exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code & 0xFF
    with contextlib.suppress(Exception):
        sys.stderr.write(f"{exc.code}\n")
    return 1


def _unraisable(exc: BaseException, stream: object):  # type: ignore[no-untyped-def]
    import types

    return types.SimpleNamespace(exc_type=type(exc), exc_value=exc, exc_traceback=exc.__traceback__,
                                 err_msg="Exception ignored in", object=stream)

"""What a program run as ``python -m`` finds of its interpreter, as JSON on stdout: run as
``python -m fork_probe`` in a new interpreter, or called in place of ggtlint's main in a fork
(tests/test_fork_runner.py compares the two)."""

from __future__ import annotations

import faulthandler
import json
import logging
import os
import signal
import sys
import tempfile
import threading
import warnings
from typing import Any


def _recursion_room() -> int:
    def deeper(depth: int) -> int:
        try:
            return deeper(depth + 1)
        except RecursionError:
            return depth

    return deeper(0)


def facts() -> dict[str, Any]:
    streams = {name: [getattr(stream, "encoding", None), getattr(stream, "errors", None),
                      getattr(stream, "line_buffering", None), getattr(stream, "write_through", None),
                      stream.isatty(), getattr(stream, "mode", None), getattr(stream.buffer, "raw", stream.buffer).name, stream.fileno()]
               for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout), ("stderr", sys.stderr))}
    handlers = {name: str(signal.getsignal(getattr(signal, name)))
                for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGPIPE", "SIGXFSZ", "SIGCHLD", "SIGUSR1")}
    warnings.warn("a warning a new interpreter shows on stderr", UserWarning, stacklevel=1)
    return {
        "streams": streams,
        "std_same_as_dunder": [sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__],
        "signals": handlers,
        "warning_filters": [[action, str(message), category.__name__, str(module), line]
                            for action, message, category, module, line in warnings.filters],
        "faulthandler": faulthandler.is_enabled(),
        "hooks": [sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__,
                  threading.excepthook is threading.__excepthook__],
        "root_logger": [len(logging.root.handlers), logging.root.level, logging.root.manager.disable],
        "tempdir": tempfile.gettempdir(),
        "cwd": os.getcwd(),
        "path0": sys.path[0],
        "environ": sorted(key for key in os.environ if key != "PYTHONPATH"),
        "threads": threading.active_count(),
        "main_thread": threading.current_thread() is threading.main_thread(),
        "recursion_room": _recursion_room(),
    }


def main() -> None:
    print(json.dumps(facts(), ensure_ascii=False))


if __name__ == "__main__":
    main()

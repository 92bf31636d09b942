"""The interrupts (Ctrl-C, SIGTERM, SIGHUP) ggtlint's own process has received.

Python raises a signal's handler's exception wherever the main thread is, and one that lands in a
weakref callback or a ``__del__`` (an import releasing its module lock) is printed as "Exception
ignored" and dropped: the run would go on and put its outputs in place after all. The handlers
record each interrupt here as they raise it, and :func:`ggtlint.atomic.atomic_write` raises a
recorded one again instead of putting an output in place. Imports nothing: the CLI installs the
handlers before a check has loaded anything.
"""

from __future__ import annotations

_RECEIVED: list[KeyboardInterrupt] = []


def received(interrupt: KeyboardInterrupt) -> KeyboardInterrupt:
    """Record ``interrupt`` (raised by a signal handler) and return it, for the handler to raise."""
    _RECEIVED.append(interrupt)
    return interrupt


def first_received() -> KeyboardInterrupt | None:
    """The first interrupt this process received, if any (raised or dropped)."""
    return _RECEIVED[0] if _RECEIVED else None

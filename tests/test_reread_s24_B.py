"""Second reading of s24's time and funds checks and of the run's plumbing (reviewer B): each
test pins a slip found on re-reading, told or mended."""

from __future__ import annotations

import signal
import threading

import pytest

from ggtlint import atomic

_MAIN = threading.current_thread() is threading.main_thread()


@pytest.mark.skipif(not _MAIN, reason="signal handlers are set in the main thread only")
def test_a_ctrl_c_while_the_handlers_are_put_back_leaves_none_swapped(monkeypatch: pytest.MonkeyPatch) -> None:
    """signal.signal() runs a signal already come before it sets the handler, and raises what that
    raises: a Ctrl-C landing once SIGINT's handler is back must not leave SIGTERM and SIGHUP
    swapped for the handler that only notes them (they would be ignored for the rest of the run)."""
    real = signal.signal
    before = {signum: signal.getsignal(signum) for signum in atomic._INTERRUPTS}
    held = atomic.hold_interrupts()
    calls: list[int] = []

    def ctrl_c_pending_on_the_second(signum: int, handler: object) -> object:
        calls.append(signum)
        if len(calls) == 2:  # as CPython's signal.signal does with a Ctrl-C waiting
            raise KeyboardInterrupt
        return real(signum, handler)  # type: ignore[arg-type]

    monkeypatch.setattr(signal, "signal", ctrl_c_pending_on_the_second)
    try:
        with pytest.raises(KeyboardInterrupt):
            atomic.release_interrupts(held)
    finally:
        monkeypatch.undo()
        after = {signum: signal.getsignal(signum) for signum in atomic._INTERRUPTS}
        for signum, handler in before.items():  # never leave this process's handlers swapped
            real(signum, handler)  # type: ignore[arg-type]
    assert len(before) >= 2
    assert after == before

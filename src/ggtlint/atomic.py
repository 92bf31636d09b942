"""Atomic file writes: a temporary file beside the target, then a rename.

An interrupted run (Ctrl-C, crash, full disk) leaves the old file or nothing, never half a
file, and no temporary file behind. Every file ggtlint writes (outputs, reports, baselines,
imported tables, cache entries) goes through here. Also here: :class:`Spool`, the anonymous
temporary file an output keeps its rows in until it can write them.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import stat
import tempfile
import threading
from array import array
from pathlib import Path
from typing import IO, Iterator

from ggtlint.interrupts import first_received

# The process umask, read once (reading it means setting it) so new files get the usual
# permissions: mkstemp would otherwise leave every output readable by its owner only.
_UMASK = os.umask(0)
os.umask(_UMASK)


class OutputError(OSError):
    """A file could not be written where it was asked for (a missing or read-only folder, a
    full disk …): the user's to fix, said in words (:meth:`reasons`), never a traceback. An
    OSError still, so that callers for whom a failed write is harmless (the caches) go on."""

    def __init__(self, path: str | os.PathLike[str], error: OSError) -> None:
        super().__init__(error.errno, error.strerror, os.fspath(path))
        self.path = os.fspath(path)
        self.error = error

    def reasons(self) -> tuple[str, str]:
        """What happened, in Chinese and in English."""
        zh, en = write_error(self.error)
        if self.error.errno == errno.ENOENT and os.path.isdir(os.path.dirname(os.path.abspath(self.path))):
            # the folder is there, but no file can be made in it (/proc, a mount that refuses new files)
            zh, en = "这个位置不能新建文件", "no file can be created there"
        return f"无法写入 {self.path}：{zh}", f"cannot write {self.path}: {en}"


def write_error(error: OSError) -> tuple[str, str]:
    """(Chinese, English) reason a file could not be written."""
    return _WRITE_ERRORS.get(error.errno or 0) or (
        f"系统提示“{error.strerror or type(error).__name__}”", error.strerror or str(error))


# Why a file could not be written, in a budget officer's words
_WRITE_ERRORS = {
    errno.ENOENT: ("它所在的文件夹不存在", "its folder does not exist"),
    errno.ENOTDIR: ("路径中有一段是文件而不是文件夹", "part of the path is a file, not a folder"),
    errno.EEXIST: ("路径中有一段是文件而不是文件夹", "part of the path is a file, not a folder"),  # from mkdir
    errno.EISDIR: ("这是一个文件夹", "it is a folder"),
    errno.EACCES: ("没有在这里写文件的权限", "there is no permission to write there"),
    errno.EPERM: ("没有在这里写文件的权限", "there is no permission to write there"),
    errno.ENOSPC: ("磁盘已满", "the disk is full"),
    errno.EROFS: ("这个位置是只读的", "the place is read-only"),
    errno.ENAMETOOLONG: ("文件名或路径太长", "the file name or path is too long"),
    errno.EFBIG: ("文件超过了系统允许的大小", "the file is larger than the system allows"),
    errno.EIO: ("磁盘写入出错", "the disk could not be written"),
    **{code: ("磁盘空间配额已用完", "the disk quota is used up") for code in [getattr(errno, "EDQUOT", None)] if code},
}


def _final_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)  # replacing a file keeps its permissions
    except OSError:
        return 0o666 & ~_UMASK


def _keep_owner(temp_name: str, target: Path) -> None:
    """Give the new file the owner and group of the one it replaces: a file rewritten by root
    (--fix in a container) must stay its owner's to edit. Only root may give a file away; for
    anyone else the new file is theirs, as any editor's save would make it."""
    try:
        info = os.stat(target)
        if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            os.chown(temp_name, info.st_uid, info.st_gid)
    except (OSError, AttributeError):  # no such file yet, not permitted, or no owners (Windows)
        pass


def _is_special(target: Path) -> bool:
    """Whether ``target`` exists as something other than a regular file or a folder."""
    try:
        mode = os.stat(target).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], binary: bool = False, encoding: str = "utf-8",
                 fsync: bool = True) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; rename it over ``path`` on success.

    On any exception, KeyboardInterrupt included, the temporary file is removed and ``path``
    is left as it was. ``fsync=False`` skips the flush to disk, for caches whose loss is harmless.
    A ``path`` that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a named
    pipe) is written into as it is: renaming over it would replace the device with a file.
    """
    target = Path(path)
    if _is_special(target):
        try:
            special = open(target, "wb") if binary else open(target, "w", encoding=encoding, newline="")
        except OSError as exc:
            raise OutputError(path, exc) from None
        with special as handle:
            yield handle
        return
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(path, exc) from None
    fd: int | None = None
    temp_name: str | None = None
    held = hold_interrupts()
    try:
        try:
            fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
            _OPEN_TEMPORARIES.add(temp_name)
        except OSError as exc:
            raise OutputError(path, exc) from None
        finally:
            release_interrupts(held)  # a Ctrl-C held back arrives here, when the name is known
        if binary:
            handle: IO = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline="")
        fd = None  # the handle owns it now
        with handle:
            yield handle
            try:
                handle.flush()
                if fsync:
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise OutputError(path, exc) from None
        with contextlib.suppress(OSError):  # e.g. a file system without permissions
            os.chmod(temp_name, _final_mode(target))
        _keep_owner(temp_name, target)
        interrupt = first_received()
        if interrupt is not None:  # a Ctrl-C the run dropped (see ggtlint.interrupts): no output is put in place
            raise interrupt
        try:
            os.replace(temp_name, target)
        except OSError as exc:
            raise OutputError(path, exc) from None
        _OPEN_TEMPORARIES.discard(temp_name)
    except BaseException:
        if fd is not None:
            os.close(fd)
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            _OPEN_TEMPORARIES.discard(temp_name)
        raise


# Temporary files of writes still under way. A Ctrl-C that lands just after a ``with`` (or an
# ExitStack) entered atomic_write, but before its exit was registered, unwinds without running
# the clean-up above; a process that then leaves with os._exit removes these instead.
_OPEN_TEMPORARIES: set[str] = set()


def remove_temporaries() -> None:
    """Remove the temporary files of writes that were cut short (see _OPEN_TEMPORARIES)."""
    for name in list(_OPEN_TEMPORARIES):
        with contextlib.suppress(OSError):
            os.unlink(name)
        _OPEN_TEMPORARIES.discard(name)


_INTERRUPTS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


def hold_interrupts() -> object:
    """Hold Ctrl-C (and SIGTERM, SIGHUP) back while a temporary file or folder is created: an
    interrupt between its creation and its name reaching the caller would leave it behind.
    Release in a ``finally`` once the name is where the clean-up finds it; an interrupt that
    came meanwhile is raised then. Returns what :func:`release_interrupts` needs (None where
    handlers cannot be set: not the main thread).

    The signals' handlers are swapped for one that only notes them, rather than the signals
    masked: a mask holds back only the thread that sets it, and the kernel hands a signal sent
    to the process to any thread not masking it (a progress bar's refresh thread), whose
    arrival Python then runs in the main thread all the same."""
    if threading.current_thread() is not threading.main_thread():
        return None
    received: list[int] = []
    previous: dict[int, object] = {}
    try:
        for signum in _INTERRUPTS:
            handler = signal.getsignal(signum)
            if handler is None:  # set outside Python: cannot be put back, so left alone
                continue
            previous[signum] = handler
            signal.signal(signum, lambda number, _frame: received.append(number))
    except BaseException:
        _put_back(previous)
        raise
    return previous, received


def release_interrupts(held: object) -> None:
    """Put the handlers back and raise, through them, any interrupt noted while held."""
    if held is None:
        return
    previous, received = held  # type: ignore[misc]
    _put_back(previous)
    for signum in dict.fromkeys(received):  # each signal once, in the order it came
        signal.raise_signal(signum)


def _put_back(previous: dict[int, object]) -> None:
    """Put every handler in ``previous`` back, even when an interrupt is raised on the way.

    signal.signal() first runs the handlers of signals already come but not yet handled, and
    raises what they raise, before it sets anything: a Ctrl-C landing just after SIGINT's own
    handler was put back would otherwise leave SIGTERM and SIGHUP noted and ignored for the
    rest of the run. The first such exception is raised once all are back."""
    raised: BaseException | None = None
    for signum, handler in previous.items():
        for _attempt in range(_PUT_BACK_ATTEMPTS):
            try:
                signal.signal(signum, handler)  # type: ignore[arg-type]
                break
            except BaseException as exc:  # a handler's interrupt: set the rest all the same
                raised = raised or exc
    if raised is not None:
        raise raised


# Tries per handler: each failed one has run (and so cleared) the signals waiting; a handler
# that cannot be set at all (an OSError from the system) is not tried for ever
_PUT_BACK_ATTEMPTS = 4


def write_text_atomic(path: str | os.PathLike[str], text: str, fsync: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_write(path, fsync=fsync) as handle:
        handle.write(text)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, fsync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, binary=True, fsync=fsync) as handle:
        handle.write(data)


def _write_all(handle: IO[bytes], data: bytes) -> None:
    view = memoryview(data)
    while view:  # an unbuffered write may take only part of the data
        written = handle.write(view)
        if not written:
            raise OSError(errno.ENOSPC, "nothing written")
        view = view[written:]


class Spool:
    """Records (bytes) an output must hold until the end of a run, read back by number.

    They go to an anonymous temporary file (gone when closed or when the process ends), a few
    hundred KiB at a time, or to memory when no temporary folder can be written or the
    temporary disk fills up; memory keeps 8 bytes per record.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None  # opened with the first batch
        self._ends = array("q")  # where each record ends; it starts where the one before ends
        self._written = 0  # bytes in the file; the records after them wait in _batch
        self._batch: list[bytes] = []
        self._appending = True  # the file position is at its end (nothing read since the last write)
        self._in_memory = False

    def __len__(self) -> int:
        return len(self._ends)

    def append(self, data: bytes) -> int:
        """Put ``data`` aside; returns its number (0, 1, …)."""
        end = (self._ends[-1] if self._ends else 0) + len(data)
        self._ends.append(end)
        self._batch.append(data)
        if end - self._written >= _SPOOL_BATCH:
            self._write_batch()
        return len(self._ends) - 1

    def _write_batch(self) -> None:
        """Write the waiting records in one call (one system call for hundreds of findings)."""
        data = b"".join(self._batch)
        self._batch = []
        if self._file is None:
            try:
                # unbuffered: a full disk shows in write(), here, not in a later flush
                self._file = tempfile.TemporaryFile(buffering=0)
            except OSError:
                self._file, self._in_memory = io.BytesIO(), True
        elif not self._appending:
            self._file.seek(0, io.SEEK_END)
            self._appending = True
        try:
            _write_all(self._file, data)
        except OSError:  # the temporary disk is full or gone: go on in memory, nothing lost
            if self._in_memory:
                raise
            self._into_memory()
            self._file.write(data)
        self._written += len(data)

    def _into_memory(self) -> None:
        assert self._file is not None
        self._file.seek(0)
        memory = io.BytesIO(self._file.read(self._written))  # what a failed write left after it is dropped
        self._file.close()
        memory.seek(0, io.SEEK_END)
        self._file, self._in_memory = memory, True

    def read(self, number: int) -> bytes:
        """Record ``number``, as it was appended."""
        assert 0 <= number < len(self._ends)
        if self._batch:
            self._write_batch()
        assert self._file is not None
        start = self._ends[number - 1] if number else 0
        self._appending = False
        self._file.seek(start)
        return self._file.read(self._ends[number] - start)

    def close(self) -> None:
        """Drop every record (the temporary file goes)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._ends = array("q")
        self._written = 0
        self._batch = []
        self._appending = True
        self._in_memory = False


_SPOOL_BATCH = 1 << 18  # bytes of records written to a Spool's file at a time

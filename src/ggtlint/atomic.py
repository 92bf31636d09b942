"""Atomic file writes: a temporary file beside the target, then a rename.

An interrupted run (Ctrl-C, crash, full disk) leaves the old file or nothing, never half a
file, and no temporary file behind. Every file ggtlint writes (outputs, reports, baselines,
imported tables, cache entries) goes through here. Also here: :func:`spool`, the anonymous
temporary file an output keeps its rows in until it can write them.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterator

# The process umask, read once (reading it means setting it) so new files get the usual
# permissions: mkstemp would otherwise leave every output readable by its owner only.
_UMASK = os.umask(0)
os.umask(_UMASK)


def _final_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)  # replacing a file keeps its permissions
    except OSError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], binary: bool = False, encoding: str = "utf-8",
                 fsync: bool = True) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; rename it over ``path`` on success.

    On any exception, KeyboardInterrupt included, the temporary file is removed and ``path``
    is left as it was. ``fsync=False`` skips the flush to disk, for caches whose loss is harmless.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        if binary:
            handle: IO = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline="")
        with handle:
            yield handle
            handle.flush()
            if fsync:
                os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # e.g. a file system without permissions
            os.chmod(temp_name, _final_mode(target))
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str, fsync: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_write(path, fsync=fsync) as handle:
        handle.write(text)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, fsync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, binary=True, fsync=fsync) as handle:
        handle.write(data)


def spool() -> IO[bytes]:
    """An anonymous temporary file (gone when closed or when the process ends) for rows an output
    must hold until the end of a run; memory when no temporary folder can be written."""
    try:
        return tempfile.TemporaryFile()
    except OSError:
        import io

        return io.BytesIO()

"""Reading the text files ggtlint is pointed at besides tables: configurations, rule packs,
lexicons, baselines.

Only ordinary files are read: a pipe or a device named as ``--config`` would block the run for
ever (tables have the same guard in ``ggtlint.load``). Why a file could not be read is given in
plain words in both languages, for the caller's own message.
"""

from __future__ import annotations

import errno
import os
import stat


class NotOrdinaryFile(OSError):
    """The path is a pipe, a device or a folder, not a file to read."""


def read_text(path: str | os.PathLike[str], encoding: str = "utf-8-sig") -> str:
    """The file's text; OSError (NotOrdinaryFile for a pipe or device) or UnicodeDecodeError."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on the open file
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", closefd=True) as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotOrdinaryFile(errno.EINVAL, "not an ordinary file", os.fspath(path))
        return handle.read().decode(encoding)


def read_problem(error: OSError | UnicodeDecodeError) -> tuple[str, str]:
    """Why a text file could not be read: (Chinese, English), in plain words."""
    if isinstance(error, UnicodeDecodeError):
        return ("不是 UTF-8 编码的文字（请用记事本或 WPS “另存为”，编码选 UTF-8）",
                "it is not UTF-8 text (save it as UTF-8 in Notepad or WPS)")
    if isinstance(error, NotOrdinaryFile):
        return "不是普通文件（可能是管道或设备）", "it is not an ordinary file (a pipe or a device, say)"
    from ggtlint.load import read_error

    return read_error(error)

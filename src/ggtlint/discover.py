"""Find the target files under the paths given on the command line."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterator
from ggtlint.lazyregex import lazy_pattern

#: Excel workbooks (a macro-enabled .xlsm is read as data; its macros never run).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
#: Tables written as YAML or JSON documents, read as they are (not imported).
DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json")
TARGET_SUFFIXES = DOCUMENT_SUFFIXES + WORKBOOK_SUFFIXES
#: Read as PDF-extracted text only when asked (``ggtlint check --text-input``).
TEXT_SUFFIXES = (".txt",)
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".ggtlint_cache", ".venv", "venv"})


# What departments also submit that ggtlint cannot read as it is (old Excel and WPS sheets,
# PDF, Word, CSV, text without --text-input): found in a folder, it is named, not silently passed over.
SUBMISSION_SUFFIXES = (".xls", ".et", ".pdf", ".doc", ".docx", ".wps", ".ofd", ".csv", ".txt")


# Plain text and CSV are everywhere (README.txt, requirements.txt): one is named only when its
# beginning reads like a target table.
_SNIFFED_SUFFIXES = (".txt", ".csv")
_TABLE_WORDS = ("绩效目标", "绩效指标", "项目名称", "一级指标")
_SNIFF_BYTES = 8192


def looks_like_submission(path: str) -> bool:
    """Whether a file ggtlint cannot read looks like a department's submission: any .xls, .pdf,
    .doc …, and a .txt or .csv whose first few KiB hold words of a target table."""
    if not path.lower().endswith(_SNIFFED_SUFFIXES):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return reads_like_a_table(head)


def reads_like_a_table(data: bytes) -> bool:
    """Whether the first few KiB of ``data`` hold words of a target table (in UTF-8 or GBK)."""
    head = data[:_SNIFF_BYTES]
    for encoding in ("utf-8", "gb18030"):
        text = head.decode(encoding, "ignore")
        if any(word in text for word in _TABLE_WORDS):
            return True
    return False


# Files that may hold a configuration (a pyproject.toml only with a [tool.ggtlint] section);
# the ones without a dot would otherwise be walked as tables
CONFIG_FILE_NAMES = (".ggtlint.yaml", ".ggtlint.yml", "ggtlint.yaml", "ggtlint.yml", "pyproject.toml")
_VISIBLE_CONFIG_NAMES = frozenset({"ggtlint.yaml", "ggtlint.yml"})


def iter_target_files(paths: list[Path], suffixes: tuple[str, ...] = TARGET_SUFFIXES,
                      passed_over: list[str] | None = None,
                      configs: list[str] | None = None) -> Iterator[tuple[str, Path, str]]:
    """(path, its folder, its name) of each file named on the command line, as given, and of
    each target file in the folders, walked in sorted order.

    Symlinked folders are not followed (no loops); a file reached twice (named twice, or
    through a symbolic link to a file also found by its own name) is read once. Folders whose
    names start with a dot (.git, .github, .vscode …) are hidden and not walked, as files whose
    names do are skipped; named on the command line, they are checked. Paths are plain strings
    and each folder one Path object: a bulk run lists tens of thousands of files. Files in
    the folders that look like submissions ggtlint cannot read (``SUBMISSION_SUFFIXES``) are
    added to ``passed_over``, and configuration files met in the folders to ``configs``, when given.
    """
    seen: set[str] = set()
    for path in paths:
        if path.is_dir():
            for root, files in _folders(str(path)):
                folder = Path(root)
                # once per folder, not per file; resolved, so that a folder reached through a
                # link and by its own name gives its files the same identity
                absolute = os.path.realpath(root)
                for entry in files:
                    name = entry.name
                    if (name.lower().endswith(suffixes) and not name.startswith((".", "~$"))  # ~$x.xlsx: Excel's lock file
                            and name not in _VISIBLE_CONFIG_NAMES):
                        key = os.path.join(absolute, name)
                        # a link: where it leads (the directory entry says so, no system call)
                        key = os.path.normcase(os.path.realpath(key) if entry.is_symlink() else key)
                        if key not in seen:
                            seen.add(key)
                            yield os.path.join(root, name), folder, name
                    elif (passed_over is not None and name.lower().endswith(SUBMISSION_SUFFIXES)
                          and not name.startswith((".", "~$"))):
                        passed_over.append(os.path.join(root, name))
                    elif configs is not None and name in CONFIG_FILE_NAMES:
                        configs.append(os.path.join(root, name))
        else:
            key = os.path.normcase(os.path.realpath(path))
            if key not in seen:
                seen.add(key)
                yield str(path), path.parent, path.name


def _folders(top: str) -> Iterator[tuple[str, list[os.DirEntry[str]]]]:
    """(folder, its files in name order) of ``top`` and every folder under it, depth first in
    name order; symbolic links to folders are not followed, hidden and tool folders not entered.
    A folder that cannot be listed is passed over. (os.walk would do, but gives names only,
    and telling a link then costs a system call per file.)"""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        files, folders = [], []
        for entry in entries:
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
                if not is_folder and entry.is_symlink() and entry.is_dir():
                    continue  # a link to a folder: not followed, and no file either
            except OSError:
                is_folder = False
            if not is_folder:
                files.append(entry)
            elif entry.name not in _SKIP_DIRS and not entry.name.startswith("."):
                folders.append(entry.path)
        yield folder, files
        stack.extend(reversed(folders))  # the first in name order is walked next


def display_path(path: Path, base: Path | None = None) -> str:
    """The path as shown in reports: relative to ``base`` (default cwd) when inside it, with '/'."""
    base = base or Path.cwd()
    try:
        shown = os.path.relpath(path, base)
        if shown.startswith(".."):
            shown = str(path)
    except ValueError:
        shown = str(path)
    return printable_path(shown.replace(os.sep, "/"))


def printable_path(shown: str) -> str:
    """A path as reports show it: bytes that are not UTF-8 (an old GBK-named file on a UTF-8
    system) as ``\\xNN`` escapes, since JSON, SARIF and HTML cannot carry them raw."""
    try:
        shown.encode("utf-8")
    except UnicodeEncodeError:
        return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return shown


_ESCAPED_BYTE = lazy_pattern(rb"\\x([0-9a-f]{2})")


def path_bytes(shown: str) -> bytes:
    """The bytes of a path as :func:`printable_path` shows it (``\\xff`` back to the byte 0xFF):
    what a URI must encode to name the file on disk."""
    raw = shown.encode("utf-8")
    return _ESCAPED_BYTE.sub(lambda match: bytes([int(match.group(1), 16)]), raw) if b"\\x" in raw else raw

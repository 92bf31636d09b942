"""Compiled regular expressions kept between runs of the command, as Python keeps bytecode.

Python's regular-expression compiler is written in Python, and a check of one table compiles
some 200 patterns (the pack's and those of the primitives the table reaches; module patterns are
compiled on first use, see lazyregex): without the store, a large part of a small file's run. What the compiler
hands the C engine (``_sre.compile``'s arguments: the pattern, its flags, the opcode list and
the group names) depends only on the pattern, its flags and the interpreter. The ``ggtlint``
command (:func:`install`, called by the console script only, never on import) records those
arguments the first time a pattern is compiled and, on later runs, hands them straight to the
engine, which checks the opcodes itself before it builds the pattern. The result is the same
pattern object ``re.compile`` would give (equal to it), made in microseconds.

The store is one file per interpreter build, in ``marshal`` form as Python's bytecode is, in
the user's cache folder (``$XDG_CACHE_HOME/ggtlint`` or ``~/.cache/ggtlint``;
``GGTLINT_REGEX_CACHE_DIR`` moves it, ``off`` turns it off). It is written atomically at the end
of a run that compiled something new, and silently not when the folder cannot be written. It is
not the result cache (``--no-cache``): it holds nothing of the tables, only what Python would
compute again from the patterns. A missing, stale or damaged store only means patterns are
compiled as usual: an entry the engine refuses is dropped and compiled the ordinary way.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, Callable

# Kept at most: a run of the built-in pack records a few hundred; custom packs add their own.
_MAX_ENTRIES = 4000
_FORMAT = 1
# GGTLINT_REGEX_CACHE_DIR values that turn the store off
_OFF = ("off", "0", "no", "false", "none")


class _Store:
    """The recorded compiler outputs of this interpreter, and what this run added to them."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.built: dict[tuple[str, int], re.Pattern[Any]] = {}
        self.added = 0
        self.path: Path | None = None
        self.original_compile: Callable[..., re.Pattern[Any]] | None = None
        self.engine: Any = None
        self.recording = threading.local()


_STORE = _Store()


def store_path() -> Path | None:
    """The file this interpreter's compiled patterns are kept in, or None without a home folder."""
    folder = os.environ.get("GGTLINT_REGEX_CACHE_DIR")
    if folder and folder.strip().lower() in _OFF:
        return None
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(os.path.expanduser("~"), ".cache")
                                                    if os.path.expanduser("~") != "~" else "")
        if not base:
            return None
        folder = os.path.join(base, "ggtlint")
    engine = sys.modules.get("_sre")
    magic = getattr(engine, "MAGIC", 0)
    # the opcodes are the interpreter's own: one store per build of it
    tag = hashlib.sha256(f"{sys.version}|{sys.implementation.cache_tag}|{magic}|{_FORMAT}".encode()).hexdigest()[:16]
    return Path(folder) / f"regex-{tag}.bin"


class _RecordingEngine:
    """Stands in for ``_sre`` inside ``re``'s compiler: passes every call on and keeps the
    arguments of ``compile`` for the pattern being compiled."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:
        compiled = self._engine.compile(*args)
        key = getattr(_STORE.recording, "key", None)
        if key is not None and args and args[0] == key[0]:
            _STORE.recording.key = None
            try:
                pattern, flags, code, groups, groupindex, indexgroup = args
                # the opcodes are int subclasses (named constants) that marshal does not take
                entry = (pattern, int(flags), [int(op) for op in code], int(groups), dict(groupindex),
                         tuple(indexgroup))
                marshal.dumps(entry)
            except (TypeError, ValueError):
                return compiled  # a shape this was not written for: compiled every run, as usual
            _STORE.entries[key] = entry
            _STORE.added += 1
        return compiled


def _cached_compile(pattern: Any, flags: int | re.RegexFlag = 0) -> re.Pattern[Any]:
    """``re.compile``, answered from the store when the pattern was compiled before."""
    original = _STORE.original_compile
    assert original is not None
    if type(pattern) is not str or flags & re.DEBUG:  # DEBUG prints the compiler's work: let it
        return original(pattern, flags)
    try:
        key = (pattern, int(flags))
    except (TypeError, ValueError):
        return original(pattern, flags)
    built = _STORE.built.get(key)
    if built is not None:  # compiled again in a loop: the same (immutable) pattern, as re's own cache gives
        return built
    entry = _STORE.entries.get(key)
    if entry is not None:
        try:
            built = _STORE.engine.compile(entry[0], entry[1], entry[2], entry[3], entry[4], tuple(entry[5]))
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: forget it, compile as usual
            del _STORE.entries[key]
        else:
            _STORE.built[key] = built
            return built
    _STORE.recording.key = key
    try:
        return original(pattern, flags)
    finally:
        _STORE.recording.key = None


def install() -> bool:
    """Answer this process's ``re.compile`` calls from the store; True when it is in place.
    Does nothing where the interpreter's compiler is not the one this was written against."""
    if _STORE.original_compile is not None:
        return True
    compiler = getattr(re, "_compiler", None) or sys.modules.get("sre_compile")
    engine = getattr(compiler, "_sre", None)
    if compiler is None or engine is None or not callable(getattr(engine, "compile", None)):
        return False
    path = store_path()
    if path is None:
        return False
    _STORE.path, _STORE.engine = path, engine
    _STORE.entries = _read(path)
    _STORE.original_compile = re.compile
    compiler._sre = _RecordingEngine(engine)  # type: ignore[union-attr]
    re.compile = _cached_compile  # type: ignore[assignment]
    return True


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        data = marshal.loads(path.read_bytes())
        return {(pattern, flags): entry for pattern, flags, entry in data["patterns"]
                if type(pattern) is str and type(flags) is int and type(entry) is tuple and len(entry) == 6}
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return {}


def save() -> None:
    """Write the store if this run compiled patterns it did not hold (atomically; quietly not
    when the folder cannot be written). PYTHONDONTWRITEBYTECODE does not stop it: the store has
    its own switch, ``GGTLINT_REGEX_CACHE_DIR=off``."""
    if not _STORE.added or _STORE.path is None:
        return
    from ggtlint.atomic import write_bytes_atomic

    entries = list(_STORE.entries.items())[-_MAX_ENTRIES:]
    payload = {"format": _FORMAT, "python": sys.version,
               "patterns": [(pattern, flags, entry) for (pattern, flags), entry in entries]}
    try:
        _STORE.path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(_STORE.path, marshal.dumps(payload), fsync=False)
    except OSError:
        return
    _STORE.added = 0

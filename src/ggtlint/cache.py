"""The result cache: a re-run over unchanged files reads each file's result instead of checking it.

An entry is valid for one exact input: the file's bytes (SHA-256), the rule packs and lexicons
(their bytes), the configuration that shapes results, the limits, the ggtlint version and a
stamp of ggtlint's own code. Modification times are never used: CI checkouts reset them.

Layout: ``<dir>/v1/<2 hex>/<30 hex>.json``, one entry per checked path (the name is a hash of
the path), holding the key it was made for on its first line and the FileResult (with its
cross-table digests) as JSON on the second. A changed file overwrites its own entry, so the
cache holds at most one entry per file ever checked, in 256 shard folders. JSON, not pickle:
a cache folder restored from somewhere else must not be able to run code.

Writes go to a temporary file beside the entry and are renamed into place (atomic for readers;
no fsync: a lost entry only costs a re-check). A missing, stale, truncated or corrupt entry is
a miss and is rewritten; no cache problem ever fails a run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import stat
import time
from pathlib import Path
from typing import Any

from ggtlint import __version__
from ggtlint.atomic import write_bytes_atomic, write_text_atomic
from ggtlint.findings import Finding, Severity
from ggtlint.results import FileResult

CACHE_DIR_NAME = ".ggtlint_cache"
FORMAT = "v1"
_FINDING_FIELDS = tuple(f.name for f in dataclasses.fields(Finding))
_RESULT_FIELDS = tuple(f.name for f in dataclasses.fields(FileResult))
_CODE_DIR = Path(__file__).resolve().parent


def default_cache_dir(config: Any) -> Path:
    """``.ggtlint_cache`` beside the configuration file, or in the current folder."""
    root = Path(config.root) if getattr(config, "file", None) else Path.cwd()
    return root / CACHE_DIR_NAME


def _hash_files(digest: Any, paths: list[Path]) -> None:
    for path in sorted(set(paths)):
        digest.update(str(path.name).encode("utf-8"))
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")


def _code_stamp() -> str:
    """Size and mtime of ggtlint's own modules: a developer's edit must not reuse old results.

    (Installed releases change only with the version; this is for source checkouts.)
    """
    stamp = hashlib.blake2b(digest_size=16)
    for path in sorted(_CODE_DIR.rglob("*.py")):
        with contextlib.suppress(OSError):
            info = path.stat()
            stamp.update(f"{path.relative_to(_CODE_DIR)}:{info.st_size}:{info.st_mtime_ns};".encode())
    return stamp.hexdigest()


def engine_key(engine: Any, limits: Any, extra: str = "") -> str:
    """What every entry of one run shares: packs, lexicons, configuration, limits, version."""
    from ggtlint.resources import lexicons_dir

    digest = hashlib.sha256()
    digest.update(f"ggtlint {__version__} {FORMAT} {_code_stamp()}\n".encode())
    digest.update(repr((_FINDING_FIELDS, _RESULT_FIELDS)).encode())
    pack_files = [Path(pack.file) for pack in engine.packs]
    lexicon_files: list[Path] = []
    folders = [lexicons_dir()] + [Path(p.lexicon_dir) for p in engine.packs if p.lexicon_dir]
    folders += [Path(p) for p in engine.config.lexicons]
    for folder in folders:
        if folder.is_dir():
            lexicon_files.extend(p for p in folder.rglob("*") if p.is_file())
        elif folder.is_file():
            lexicon_files.append(folder)
    _hash_files(digest, pack_files)
    _hash_files(digest, lexicon_files)
    config = engine.config
    shaping = {  # the configuration that changes results (not output options such as lang)
        "select": config.select, "ignore": config.ignore,
        "severity": {k: v.value for k, v in sorted(config.severity.items())},
        "framework": config.framework, "budget_year": config.budget_year, "params": config.params,
        "per_file_ignores": config.per_file_ignores, "require_satisfaction": config.require_satisfaction,
        "limits": repr(limits), "extra": extra,
    }
    digest.update(json.dumps(shaping, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    return digest.hexdigest()


def content_hash(path: Path) -> str | None:
    """SHA-256 of the file's bytes, or None when it cannot be read (such files are not cached)."""
    try:
        # non-blocking open and a type check: hashing a FIFO or /dev/zero would never return
        with open(path, "rb", opener=lambda name, flags: os.open(name, flags | getattr(os, "O_NONBLOCK", 0))) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            return hashlib.file_digest(handle, "sha256").hexdigest() if hasattr(hashlib, "file_digest") \
                else hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


# -- (de)serialising a FileResult ------------------------------------------------------------

def _finding_row(finding: Finding) -> list[Any]:
    row = [getattr(finding, name) for name in _FINDING_FIELDS]
    row[_FINDING_FIELDS.index("severity")] = finding.severity.value
    return row


def _finding_from_row(row: list[Any]) -> Finding:
    values = dict(zip(_FINDING_FIELDS, row))
    values["severity"] = Severity(values["severity"])
    return Finding(**values)


def result_to_json(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path, "tables": result.tables, "table_labels": result.table_labels,
        "departments": result.departments, "lines": {str(k): v for k, v in result.lines.items()},
        "suppressed": result.suppressed, "findings": [_finding_row(f) for f in result.findings],
        "digests": [d.to_json() for d in result.digests],
    }


def result_from_json(data: dict[str, Any]) -> FileResult:
    from ggtlint.primitives.corpus import TableDigest

    return FileResult(
        path=data["path"], findings=[_finding_from_row(row) for row in data["findings"]],
        tables=int(data["tables"]), table_labels=list(data["table_labels"]),
        departments=list(data["departments"]), lines={int(k): v for k, v in data["lines"].items()},
        suppressed=int(data["suppressed"]), digests=[TableDigest.from_json(d) for d in data["digests"]],
    )


class ResultCache:
    """One run's view of the cache folder: entries valid for ``key`` (see :func:`engine_key`)."""

    def __init__(self, directory: Path, key: str, started_ns: int | None = None) -> None:
        self.directory = Path(directory)
        self.key = key
        # When the run began: a file not modified since then still has the content hashed at
        # the start, so storing its result needs a stat, not a second read and hash.
        self.started_ns = time.time_ns() if started_ns is None else started_ns
        self.root = self.directory / FORMAT
        self.hits = 0
        self.writes = 0
        self._ready = False

    def _entry(self, shown: str) -> Path:
        name = hashlib.blake2b(shown.encode("utf-8"), digest_size=16).hexdigest()
        return self.root / name[:2] / f"{name[2:]}.json"

    def full_key(self, content: str) -> str:
        return f"{self.key}:{content}"

    def probe(self, shown: str, content: str | None) -> bool:
        """True when a valid entry exists (reads only its first line)."""
        if content is None:
            return False
        try:
            with open(self._entry(shown), "rb") as handle:
                return handle.readline().rstrip(b"\n").decode("ascii", "replace") == self.full_key(content)
        except OSError:
            return False

    def load(self, shown: str, content: str | None) -> FileResult | None:
        """The cached result for this path and content, or None (missing, stale or corrupt)."""
        if content is None:
            return None
        try:
            with open(self._entry(shown), "rb") as handle:
                if handle.readline().rstrip(b"\n").decode("ascii", "replace") != self.full_key(content):
                    return None
                result = result_from_json(json.loads(handle.read()))
        except Exception:  # noqa: BLE001 - any unreadable entry is a miss, never an error
            return None
        if result.path != shown:
            return None
        self.hits += 1
        return result

    def store(self, shown: str, content: str | None, result: FileResult, source: Path | None = None) -> None:
        """Write the entry atomically; skipped when the file changed while it was being checked."""
        if content is None:
            return
        if any(f.rule_id == "LOAD008" for f in result.findings):
            return  # over a limit (a time-out depends on the machine's load): check again next time
        if source is not None and self._maybe_edited(source) and content_hash(source) != content:
            return  # edited during the run: this result belongs to neither version for sure
        try:
            payload = json.dumps(result_to_json(result), ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError):
            return  # something in the result is not plain data (an importer's extra); do not cache it
        target = self._entry(shown)
        try:
            self._prepare()
            # atomic (temporary file, rename); no fsync: a lost cache entry is only a miss
            write_bytes_atomic(target, self.full_key(content).encode("ascii") + b"\n" + payload.encode("utf-8"),
                               fsync=False)
            self.writes += 1
        except OSError:
            return  # read-only folder, full disk …: the run goes on without caching

    def _maybe_edited(self, source: Path) -> bool:
        try:
            return os.stat(source).st_mtime_ns >= self.started_ns
        except OSError:
            return True

    def _prepare(self) -> None:
        """Create the folder once, marked as a cache for backup tools and for git."""
        if self._ready:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            with contextlib.suppress(OSError):
                write_text_atomic(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                                  "# This folder is a cache made by ggtlint; it can be deleted.\n", fsync=False)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            with contextlib.suppress(OSError):
                write_text_atomic(ignore, "*\n", fsync=False)
        self._ready = True

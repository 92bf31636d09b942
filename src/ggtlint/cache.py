"""The result cache: a re-run over unchanged files reads each file's result instead of checking it.

An entry is valid for one exact input: the file's bytes (BLAKE2b), the rule packs and lexicons
(their bytes), the configuration that shapes results, the limits, the ggtlint version and a
stamp of ggtlint's own code. Modification times are never used: CI checkouts reset them.

Layout: one SQLite database, ``<dir>/v2/results.sqlite`` (with ``CACHEDIR.TAG`` and a
``.gitignore`` in ``<dir>``), holding three tables:

- ``files``: one row per checked path (the path as shown in the output): the key it was made
  for (engine key + content hash), the FileResult as compact JSON and, in a column of their
  own, its cross-table digests as JSON. A changed file replaces its own row.
- ``runs`` and ``corpus``: the cross-table results of a whole run, keyed by the engine key and
  the ordered (path, content hash) list of every file of the run, in parts of a few hundred
  results (written and read a part at a time: memory stays flat). When every file of a run
  is a hit and its ``runs`` row exists, the digests are never read and the pass does not run.
  The latest few runs are kept, each with its engine key and its list of (path, input): a run
  over a few changed files starts from the latest such run (:mod:`ggtlint.corpus_delta`).

Payloads are JSON, not pickle or marshal: a cache folder restored from somewhere else must not
be able to run code (and the database is opened with ``trusted_schema`` off and its schema
compared with ours before use).

Only the main process writes, in batches (one transaction per few hundred results; the workers
send their results back anyway). The database is in WAL mode, so another run may read while
this one writes; a lock held longer than a few seconds only turns caching off for this run.
A missing, stale or corrupt row is a miss and is rewritten; a file at the database path that
is not a usable database (garbage, truncated, another layout) is deleted and made again.
No cache problem ever fails a run: any error only turns the cache off.

When nothing at all changed since a run with the same outputs, the run does not even read
results: :mod:`ggtlint.output_cache` writes that run's stored output again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Tuple

from ggtlint import __version__
from ggtlint.atomic import write_text_atomic
from ggtlint.findings import Finding, Severity
from ggtlint.results import FileResult
from ggtlint.lazyregex import lazy_pattern

CACHE_DIR_NAME = ".ggtlint_cache"
FORMAT = "v2"
DB_NAME = "results.sqlite"
_FINDING_FIELDS = tuple(f.name for f in dataclasses.fields(Finding))
_RESULT_FIELDS = tuple(f.name for f in dataclasses.fields(FileResult))
_CODE_DIR = Path(__file__).resolve().parent

_SCHEMA_VERSION = 2  # PRAGMA user_version of the layout below
_SCHEMA = (
    "CREATE TABLE files (path TEXT PRIMARY KEY, key TEXT NOT NULL, result TEXT NOT NULL, digests TEXT NOT NULL)",
    "CREATE TABLE corpus (run TEXT NOT NULL, part INTEGER NOT NULL, results TEXT NOT NULL, PRIMARY KEY (run, part))",
    # engine, files: the engine key and the run's [path, input] list (JSON), so that a later run of
    # the same command over a few changed files can start from these results (ggtlint.corpus_delta)
    "CREATE TABLE runs (run TEXT PRIMARY KEY, parts INTEGER NOT NULL, made INTEGER NOT NULL, engine TEXT NOT NULL, "
    "files TEXT NOT NULL)",
)
_TIMEOUT = 3.0   # seconds to wait for another run's write lock; then this run stops caching
_BATCH = 256     # results per write transaction
_CHUNK = 256     # paths per ``IN (…)`` query (below the 999 parameters of old SQLite builds)
_KEEP_RUNS = 8   # runs whose cross-table results are kept (a few sets of files checked with one cache)
_READ_SLICE = 1 << 24  # bytes per read when hashing: one read for any table, flat memory for huge files
# A file's modification time may read up to this much earlier than the edit: FAT and exFAT (USB
# drives) keep it in 2-second steps, and the kernel stamps files from a coarse clock.
_MTIME_SLACK_NS = 2_000_000_000
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
               | getattr(os, "O_CLOEXEC", 0))

# What a result becomes in the cache: (result JSON, digests JSON), or None when it is not cached.
Encoded = Optional[Tuple[str, str]]



def default_cache_dir(config: Any) -> Path:
    """``.ggtlint_cache`` beside the configuration file, or in the current folder."""
    root = Path(config.root) if getattr(config, "file", None) else Path.cwd()
    return root / CACHE_DIR_NAME


_OWN_ENTRY = lazy_pattern(r"CACHEDIR\.TAG|\.gitignore|v\d+")  # what a cache folder of ggtlint holds


def foreign_entries(directory: Path) -> list[str]:
    """The names in ``directory`` that no ggtlint cache puts there (sorted; [] when it is new,
    empty or a cache): a folder holding them is someone's own, not to be marked as a cache
    (CACHEDIR.TAG makes backup tools skip it, the .gitignore hides it from git)."""
    try:
        return sorted(entry.name for entry in directory.iterdir() if not _OWN_ENTRY.fullmatch(entry.name))
    except OSError:
        return []


def open_result_cache(engine: Any, limits: Any, cache_dir: Path | None = None,
                      text_input: bool = False) -> "ResultCache":
    """The cache as ``ggtlint check`` uses it: in ``cache_dir``, or ``.ggtlint_cache`` beside
    the configuration file (else in the current folder)."""
    config = engine.config
    return ResultCache(cache_dir or default_cache_dir(config), engine_key(engine, limits, extra=f"text_input={text_input}"),
                       place=config.relative if config.per_file_ignores else None)


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
    digest.update(f"ggtlint {__version__} {FORMAT}.{_SCHEMA_VERSION} {_code_stamp()}\n".encode())
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
        "preview": config.preview,
        "departments": config.departments,
        "limits": repr(limits), "extra": extra,
    }
    digest.update(json.dumps(shaping, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    return digest.hexdigest()


def content_hash(path: Path) -> str | None:
    """BLAKE2b-128 of the file's bytes, or None when it cannot be read (such files are not cached)."""
    try:
        # non-blocking open and a type check: hashing a FIFO or /dev/zero would never return
        handle = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            return None
        digest = hashlib.blake2b(digest_size=16)
        want = min(info.st_size + 1, _READ_SLICE)  # +1: the usual table is read whole in one call
        total = 0
        while True:
            block = os.read(handle, want)
            if not block:
                return digest.hexdigest()
            digest.update(block)
            total += len(block)
            if total == info.st_size and len(block) < want:
                return digest.hexdigest()  # all of it, and no more: no second call to see the end
    except OSError:
        return None
    finally:
        os.close(handle)


def changed_since_hashed(path: Path | str, content: str | None, started_ns: int) -> bool:
    """Whether ``path`` may no longer hold the bytes hashed as ``content`` by a run that began
    at ``started_ns``: a stat, and a second hash only when the modification time is too recent
    to tell (a result or output made from an edited file must not be stored under the old hash)."""
    try:
        recent = os.stat(path).st_mtime_ns >= started_ns - _MTIME_SLACK_NS
    except OSError:
        return True
    return recent and content_hash(Path(path)) != content


# -- (de)serialising a FileResult ------------------------------------------------------------
# A row's JSON is [rules, places, result] (a corpus part: [rules, places, [result, …]]), where
# a result is [path, tables, table_labels, departments, [[line, text], …], suppressed_in (documents),
# [finding, …], table_documents] and a finding is [rule, message_zh, message_en, place, line, column, end_line,
# end_column, path, document, value(, extra)]: ``rule`` indexes ``rules`` (rule id, name,
# severity as its index in _SEVERITY_ORDER, suggestions in both languages), ``place`` indexes
# ``places`` (file, table), and ``extra`` is left out when empty. What repeats is stored once
# per row; one json.loads per row, no per-field work but a few lookups.

_EXPECTED_FIELDS = ("rule_id", "rule_name", "severity", "message_zh", "message_en", "file", "line", "column",
                    "end_line", "end_column", "path", "table", "document", "value", "suggestion_zh",
                    "suggestion_en", "extra", "variant")
# (``variant``, the kind of finding, is not stored: only the yields read it, and they are settled before a
# result is cached; a finding read back has "default")
# _Decoder spells this order out (for speed): a changed Finding must change both
assert _FINDING_FIELDS == _EXPECTED_FIELDS, "ggtlint.cache: update the finding (de)serialisation"
_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_SEVERITY_CODE = {severity: code for code, severity in enumerate(_SEVERITY_ORDER)}


class _Encoder:
    """Results to JSON-ready lists, sharing the rule and place tables of one row."""

    def __init__(self) -> None:
        self.rules: dict[tuple[Any, ...], int] = {}
        self.places: dict[tuple[Any, ...], int] = {}

    def result(self, result: FileResult) -> list[Any]:
        rules, places = self.rules, self.places
        rows = []
        for f in result.findings:
            rule = rules.setdefault((f.rule_id, f.rule_name, _SEVERITY_CODE[f.severity], f.suggestion_zh,
                                     f.suggestion_en), len(rules))
            place = places.setdefault((f.file, f.table), len(places))
            row = [rule, f.message_zh, f.message_en, place, f.line, f.column, f.end_line, f.end_column, f.path,
                   f.document, f.value]
            if f.extra:
                row.append(f.extra)
            rows.append(row)
        return [result.path, result.tables, result.table_labels, result.departments, list(result.lines.items()),
                result.suppressed_in, rows, result.table_documents]

    def dumps(self, data: Any) -> str:
        return _dumps([list(self.rules), list(self.places), data])


class _Decoder:
    """The tables of one row, to turn its results back into FileResults."""

    def __init__(self, rules: list[Any], places: list[Any]) -> None:
        self.rules = [(rule_id, name, _SEVERITY_ORDER[severity], fix_zh, fix_en)
                      for rule_id, name, severity, fix_zh, fix_en in rules]
        self.places = [(file, table) for file, table in places]

    def result(self, data: list[Any], cross_table: bool = False) -> FileResult:
        path, tables, labels, departments, lines, suppressed_in, rows, documents = data
        rules, places = self.rules, self.places
        findings = []
        append = findings.append
        for row in rows:
            rule_id, name, severity, fix_zh, fix_en = rules[row[0]]
            file, table = places[row[3]]
            finding = Finding(rule_id, name, severity, row[1], row[2], file, row[4], row[5], row[6], row[7], row[8],
                              table, row[9], row[10], fix_zh, fix_en)
            if len(row) > 11:
                finding.extra = row[11]
            append(finding)
        return FileResult(path=path, findings=findings, tables=int(tables), table_labels=labels,
                          departments=departments, table_documents=documents,
                          lines={int(k): v for k, v in lines}, suppressed_in=[int(d) for d in suppressed_in],
                          cross_table=cross_table)


# compact JSON; one encoder for every result (json.dumps with options would build one per call)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode_result(result: FileResult) -> Encoded:
    """The result as (result JSON, digests JSON), or None when it must not be cached.

    Runs where the result is made (in a worker for a parallel run), so the main process does
    not serialise every result itself.
    """
    if any(f.rule_id == "LOAD008" for f in result.findings):
        return None  # over a limit (a time-out depends on the machine's load): check again next time
    try:
        encoder = _Encoder()
        return encoder.dumps(encoder.result(result)), _dumps([d.to_json() for d in result.digests])
    except (TypeError, ValueError):
        return None  # something in the result is not plain data (an importer's extra)


def decode_result(payload: str, digests: str | None = None) -> FileResult:
    """The FileResult of :func:`encode_result`'s output (digests only when asked for)."""
    rules, places, data = json.loads(payload)
    result = _Decoder(rules, places).result(data)
    if digests is not None:
        from ggtlint.primitives.corpus import TableDigest

        result.digests = [TableDigest.from_json(d) for d in json.loads(digests)]
    return result


def _encode_part(results: list[FileResult]) -> str | None:
    encoder = _Encoder()
    try:
        return encoder.dumps([encoder.result(r) for r in results])
    except (TypeError, ValueError):
        return None


def _decode_part(payload: str) -> list[FileResult]:
    rules, places, items = json.loads(payload)
    decoder = _Decoder(rules, places)
    return [decoder.result(item, cross_table=True) for item in items]


# -- the database ----------------------------------------------------------------------------

def _is_corrupt(exc: BaseException) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB: the file must be replaced (not a lock, not a full disk)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (11, 26)
    return type(exc) is sqlite3.DatabaseError  # Python < 3.11: these two have no subclass of their own


class ResultCache:
    """One run's view of the cache folder: entries valid for ``key`` (see :func:`engine_key`).

    Look-ups are batched (:meth:`lookup`, :meth:`load_many`); :meth:`store` queues results
    and writes them a batch at a time; :meth:`close` writes what is queued. Every method
    swallows cache problems: the worst outcome is a miss.
    """

    def __init__(self, directory: Path, key: str, started_ns: int | None = None,
                 place: Callable[[str], str] | None = None) -> None:
        self.directory = Path(directory)
        self.key = key
        # Where a shown path lies for per_file_ignores (the path from the configuration's
        # folder), when the configuration has any: the same text in another folder, or a moved
        # configuration, gives another result for the same file.
        self.place = place
        # When the run began: a file not modified since then (allowing for coarse modification
        # times) still has the content hashed at the start, so storing its result needs a stat,
        # not a second read and hash.
        self.started_ns = time.time_ns() if started_ns is None else started_ns
        self.root = self.directory / FORMAT
        self.path = self.root / DB_NAME
        self.hits = 0
        self.writes = 0
        self._db: sqlite3.Connection | None = None
        self._off = False       # no reads, no writes (unusable database, folder not creatable …)
        self._no_writes = False  # read-only folder, full disk, a lock held too long …
        self._reset_done = False
        self._marked = False
        self._pending: list[tuple[str, str, str, str]] = []
        self._pending_parts: list[tuple[str, int, str]] = []
        self._pending_runs: list[tuple[str, int, str]] = []
        self._pending_copies: list[tuple[str, str]] = []  # (run, the run whose parts it shares)

    def full_key(self, shown: str, content: str) -> str:
        if self.place is None:
            return f"{self.key}:{content}"
        return f"{self.key}:{content}:{self.place(shown)}"

    # -- connection ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._off:
            return self._db
        for _attempt in range(2):
            try:
                self._db = self._open()
                return self._db
            except (sqlite3.Error, OSError) as exc:
                if not (isinstance(exc, sqlite3.Error) and _is_corrupt(exc) and self._discard()):
                    break
        self._off = True
        return None

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            self.root.mkdir(parents=True, exist_ok=True)
            self._mark_folder()
        db = sqlite3.connect(str(self.path), timeout=_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA trusted_schema=OFF")  # no SQL functions called from the file's schema
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION or not _schema_is_ours(db):
                self._create(db)
            db.execute("PRAGMA synchronous=NORMAL")  # WAL: no fsync per commit, still never corrupt
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _create(db: sqlite3.Connection) -> None:
        """Make the layout in place (empty file or another version's), in one transaction."""
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION or not _schema_is_ours(db):
                objects = db.execute("SELECT type, name FROM sqlite_master "
                                     "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'").fetchall()
                for kind, name in objects:  # the triggers and indexes go with their tables
                    db.execute(f'DROP {kind.upper()} IF EXISTS "{name.replace(chr(34), chr(34) * 2)}"')
                for statement in _SCHEMA:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    def _discard(self) -> bool:
        """Delete a database file that is not a database (or is corrupt); True when it is gone."""
        if self._reset_done:
            return False  # once per run: a file that stays corrupt is not worth a loop
        self._reset_done = True
        self._close_db()
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):  # a stale -wal would be replayed into the new file
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.path}{suffix}")
        except OSError:
            return False
        return True

    def _corrupt(self) -> None:
        """A query found the database corrupt: start a fresh one for this run's writes."""
        if not self._discard():
            self._off = True

    def _failed(self, exc: sqlite3.Error, writing: bool) -> None:
        if _is_corrupt(exc):
            self._corrupt()
        elif writing:
            self._no_writes = True
        else:
            self._off = True
            self._close_db()

    def _close_db(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def release(self) -> None:
        """Write what is queued and close the connection (before forking worker processes)."""
        self.flush()
        self._close_db()

    def drop_pending(self) -> None:
        """Forget what is queued (a run that stops early does not wait for a write)."""
        self._pending, self._pending_parts, self._pending_runs, self._pending_copies = [], [], [], []

    def close(self) -> None:
        """Write what is queued and close; the cache can still be used afterwards (it reopens)."""
        self.release()

    def _mark_folder(self) -> None:
        """Mark the folder as a cache for backup tools and for git (once per run)."""
        if self._marked:
            return
        self._marked = True
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            with contextlib.suppress(OSError):
                write_text_atomic(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                                  "# This folder is a cache made by ggtlint; it can be deleted.\n", fsync=False)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            with contextlib.suppress(OSError):
                write_text_atomic(ignore, "*\n", fsync=False)

    # -- reading ---------------------------------------------------------------------------

    def _select(self, columns: str, paths: list[str]) -> dict[str, tuple[Any, ...]]:
        """``path → (columns…)`` for the rows of these paths; {} when the cache cannot be read."""
        db = self._connect()
        if db is None or not paths:
            return {}
        found: dict[str, tuple[Any, ...]] = {}
        paths = [path for path in paths if _text_ok(path)]
        try:
            for start in range(0, len(paths), _CHUNK):
                chunk = paths[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for row in db.execute(f"SELECT path, {columns} FROM files WHERE path IN ({marks})", chunk):
                    found[row[0]] = row[1:]
        except sqlite3.Error as exc:
            self._failed(exc, writing=False)
            return {}
        return found

    def lookup(self, entries: list[tuple[str, str | None]]) -> list[bool]:
        """For each (shown path, content hash): is there a row made for exactly this input?"""
        if self._off:
            return [False] * len(entries)
        keys = self._select("key", [shown for shown, content in entries if content is not None])
        return [content is not None and keys.get(shown, ("",))[0] == self.full_key(shown, content)
                for shown, content in entries]

    def load_many(self, entries: list[tuple[str, str | None]], digests: bool = True) -> Iterator[FileResult | None]:
        """The cached result of each (shown path, content hash), in order, None for a miss.

        Rows are fetched a chunk at a time, so memory stays flat; ``digests=False`` leaves the
        cross-table digests unread (the run's cross-table results came from the cache).
        """
        columns = "key, result, digests" if digests else "key, result"
        for start in range(0, len(entries), _CHUNK):
            chunk = entries[start:start + _CHUNK]
            rows = self._select(columns, [shown for shown, content in chunk if content is not None])
            for shown, content in chunk:
                row = rows.get(shown)
                result = None
                if row is not None and content is not None and row[0] == self.full_key(shown, content):
                    try:
                        result = decode_result(row[1], row[2] if digests else None)
                    except Exception:  # noqa: BLE001 - a row that does not decode is a miss, never an error
                        result = None
                    if result is not None and result.path != shown:
                        result = None
                if result is not None:
                    self.hits += 1
                yield result

    # -- writing ---------------------------------------------------------------------------

    def store(self, shown: str, content: str | None, result: FileResult, source: Path | None = None) -> None:
        """Queue the result; skipped when the file changed while it was being checked."""
        if content is None or self._off or self._no_writes:
            return
        self.store_encoded(shown, content, encode_result(result), source)

    def store_encoded(self, shown: str, content: str | None, encoded: Encoded, source: Path | None = None) -> None:
        """:meth:`store` for a result already encoded (by the worker that checked it)."""
        if content is None or encoded is None or self._off or self._no_writes:
            return
        if source is not None and changed_since_hashed(source, content, self.started_ns):
            return  # edited during the run: this result belongs to neither version for sure
        self._pending.append((shown, self.full_key(shown, content), encoded[0], encoded[1]))
        if len(self._pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what is queued in one transaction (dropped if the cache cannot be written)."""
        rows, self._pending = self._pending, []
        parts, self._pending_parts = self._pending_parts, []
        runs, self._pending_runs = self._pending_runs, []
        copies, self._pending_copies = self._pending_copies, []
        if not (rows or parts or runs):
            return
        if self._write(rows, parts, runs, copies):
            self.writes += len(rows)

    def _write(self, rows: list[tuple[str, str, str, str]], parts: list[tuple[str, int, str]],
               runs: list[tuple[str, int, str]], copies: list[tuple[str, str]] | None = None) -> bool:
        for _attempt in range(2):  # a second time only into a database made again after corruption
            if self._no_writes:
                return False
            db = self._connect()
            if db is None:
                return False
            self._mark_folder()
            try:
                db.execute("BEGIN IMMEDIATE")  # take the write lock now: no deadlock with another run
                try:
                    _insert(db, "INSERT OR REPLACE INTO files (path, key, result, digests) VALUES (?, ?, ?, ?)", rows)
                    _insert(db, "INSERT OR REPLACE INTO corpus (run, part, results) VALUES (?, ?, ?)", parts)
                    for run, previous in copies or ():
                        db.execute("INSERT OR REPLACE INTO corpus (run, part, results) "
                                   "SELECT ?, part, results FROM corpus WHERE run = ?", (run, previous))
                    for run, count, files in runs:
                        # complete now: stale parts beyond the end go, and so do the oldest runs
                        db.execute("DELETE FROM corpus WHERE run = ? AND part >= ?", (run, count))
                        db.execute("INSERT OR REPLACE INTO runs (run, parts, made, engine, files) VALUES (?, ?, ?, ?, ?)",
                                   (run, count, time.time_ns(), self.key, files))
                        old = [row[0] for row in db.execute("SELECT run FROM runs ORDER BY made DESC LIMIT -1 OFFSET ?",
                                                            (_KEEP_RUNS,))]
                        db.executemany("DELETE FROM runs WHERE run = ?", [(r,) for r in old])
                        db.executemany("DELETE FROM corpus WHERE run = ?", [(r,) for r in old])
                    db.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        db.execute("ROLLBACK")
                    raise
                return True
            except sqlite3.Error as exc:
                self._failed(exc, writing=True)
                if not _is_corrupt(exc):
                    return False
        return False

    # -- the cross-table pass --------------------------------------------------------------

    def input_token(self, shown: str, content: str) -> str:
        """What a run's file list records of one file: its content hash, and its place when
        per_file_ignores depend on it."""
        return content if self.place is None else f"{content}\x02{self.place(shown)}"

    def run_key(self, entries: list[tuple[str, str | None]]) -> str | None:
        """The key of a whole run's cross-table results, or None when a file has no content hash."""
        digest = hashlib.blake2b(digest_size=20)
        digest.update(self.key.encode("ascii", "replace"))
        for shown, content in entries:
            if content is None:
                return None
            digest.update(b"\x00" + shown.encode("utf-8", "surrogateescape") + b"\x01" + content.encode("ascii"))
            if self.place is not None:
                digest.update(b"\x02" + self.place(shown).encode("utf-8", "surrogateescape"))
        return digest.hexdigest()

    def corpus_parts(self, run: str) -> int | None:
        """How many parts the stored cross-table results of this run have; None when not stored."""
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT parts FROM runs WHERE run = ?", (run,)).fetchone()
        except sqlite3.Error as exc:
            self._failed(exc, writing=False)
            return None
        return row[0] if row is not None and isinstance(row[0], int) and row[0] >= 0 else None

    def load_corpus(self, run: str, parts: int) -> Iterator[FileResult | None]:
        """The stored cross-table results of a run, a part at a time (memory stays flat).

        Yields None and stops when a part is missing or unreadable: the caller then runs the
        pass after all.
        """
        for part in range(parts):
            db = self._connect()
            if db is None:
                yield None
                return
            try:
                row = db.execute("SELECT results FROM corpus WHERE run = ? AND part = ?", (run, part)).fetchone()
            except sqlite3.Error as exc:
                self._failed(exc, writing=False)
                row = None
            try:
                results = _decode_part(row[0]) if row is not None else None
            except Exception:  # noqa: BLE001 - a corrupt row is a miss
                results = None
            if results is None:
                yield None
                return
            yield from results

    def previous_runs(self) -> Iterator[tuple[str, int, list[tuple[str, str]]]]:
        """(run, parts, [(shown path, input token), …]) of the stored runs made with this
        engine key, the latest first."""
        db = self._connect()
        if db is None:
            return
        try:
            rows = db.execute("SELECT run, parts, files FROM runs WHERE engine = ? ORDER BY made DESC",
                              (self.key,)).fetchall()
        except sqlite3.Error as exc:
            self._failed(exc, writing=False)
            return
        for run, parts, files in rows:
            try:
                listed = [(shown, token) for shown, token in json.loads(files)]
            except (TypeError, ValueError):
                continue
            if isinstance(parts, int) and parts >= 0:
                yield run, parts, listed

    def load_digests(self, entries: list[tuple[str, str | None]]) -> Iterator[list[Any] | None]:
        """The cached cross-table digests of each (shown path, content hash), in order (None for
        a miss), without decoding the results."""
        from ggtlint.primitives.corpus import TableDigest

        for start in range(0, len(entries), _CHUNK):
            chunk = entries[start:start + _CHUNK]
            rows = self._select("key, digests", [shown for shown, content in chunk if content is not None])
            for shown, content in chunk:
                row = rows.get(shown)
                digests = None
                if row is not None and content is not None and row[0] == self.full_key(shown, content):
                    try:
                        digests = [TableDigest.from_json(d) for d in json.loads(row[1])]
                    except Exception:  # noqa: BLE001 - a row that does not decode is a miss
                        digests = None
                yield digests

    def store_corpus(self, run: str, results: Iterator[FileResult],
                     files: list[tuple[str, str]] | None = None) -> Iterator[FileResult]:
        """Pass ``results`` (a run's cross-table results) through, storing them part by part;
        ``files`` is the run's (shown path, content hash) list, kept with them.

        The run's entry counts only once its last part is written (with the ``runs`` row, in
        one transaction): a run stopped half way leaves nothing that could be served.
        """
        part: list[FileResult] = []
        count = 0
        storing = True
        for result in results:
            yield result
            part.append(result)
            if len(part) >= _BATCH:
                storing = storing and self._queue_part(run, count, part)
                count += 1
                part = []
        if part:
            storing = storing and self._queue_part(run, count, part)
            count += 1
        if storing and not (self._off or self._no_writes):
            listed = [[shown, self.input_token(shown, content)] for shown, content in files or ()]
            self._pending_runs.append((run, count, _dumps(listed)))
            self.flush()

    def copy_corpus(self, run: str, previous: str, files: list[tuple[str, str]]) -> None:
        """Store the cross-table results of run ``previous`` (read whole by this run) as those of
        ``run`` too, whose list of files is ``files``: its parts are copied in the database."""
        if self._off or self._no_writes:
            return
        parts = self.corpus_parts(previous)
        if parts is None:
            return
        listed = [[shown, self.input_token(shown, content)] for shown, content in files]
        self._pending_copies.append((run, previous))
        self._pending_runs.append((run, parts, _dumps(listed)))
        self.flush()

    def _queue_part(self, run: str, number: int, results: list[FileResult]) -> bool:
        if self._off or self._no_writes:
            return False
        payload = _encode_part(results)
        if payload is None:
            return False
        self._pending_parts.append((run, number, payload))
        if len(self._pending_parts) >= 4:  # parts are a few MB at most: write them out soon
            self.flush()
        return True


def _text_ok(text: str) -> bool:
    """SQLite takes the text (not so a path with undecodable bytes, kept as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _insert(db: sqlite3.Connection, statement: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert the rows; one with text SQLite cannot take is left out, not the whole batch."""
    try:
        db.executemany(statement, rows)
    except ValueError:
        for row in rows:  # (rows already inserted are replaced by themselves)
            with contextlib.suppress(ValueError):
                db.execute(statement, row)


_OUR_SCHEMA: list[tuple[Any, ...]] = []


def _schema_is_ours(db: sqlite3.Connection) -> bool:
    """The file holds exactly our tables and indexes (nothing added: no triggers, no views)."""
    if not _OUR_SCHEMA:
        model = sqlite3.connect(":memory:")
        for statement in _SCHEMA:
            model.execute(statement)
        _OUR_SCHEMA.extend(sorted(model.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                                  key=repr))
        model.close()
    found = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return sorted(found, key=repr) == _OUR_SCHEMA

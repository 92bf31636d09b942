"""The cross-table digests of a whole run, kept in a temporary SQLite file so memory stays flat.

A bureau's run meets tens of thousands of tables and the cross-table rules (XT) compare them
all. Kept in Python objects, the digests, the rules' working sets (groups of equal goals,
buckets of equal quantities, which tables hold each indicator) and the hits waiting for their
file's turn grow with the run. Here they live in a throw-away SQLite database in the temporary
folder: the run adds each table's digest as its result streams past (:meth:`DigestStore.add`),
the corpus primitives read it through the query methods below (each returns rows in a fixed
order, so results do not depend on the database), except that each table's indicator pairs are
also kept in memory as packed arrays (:class:`PairIndex`, a few bytes a pair) because comparing
every table's indicators with its likeliest sources needs random access; hits are written back
(:meth:`DigestStore.add_hits`, in marshal form: the run's own throw-away data, read back by the
same interpreter) and read out file by file, each with the table it is on (:meth:`DigestStore.hits`).

A run over a few changed files (:mod:`ggtlint.corpus_delta`) sets a *focus*
(:meth:`DigestStore.set_focus`): the tables whose findings are made again. The query methods
then yield only the groups and buckets holding a focused table, whole and in the same order as
without a focus, so each rule's hits on those tables come out as in a full pass.

The database is deleted by :meth:`DigestStore.close`. Where no temporary folder can be written,
or the temporary disk fills up or fails during the run, the store is kept in (or moved into)
memory instead: the results are the same, only memory is no longer flat.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import shutil
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ggtlint.primitives.base import Hit
from ggtlint.primitives.corpus import CorpusHit, Quantity, TableDigest, value_number

if TYPE_CHECKING:  # pragma: no cover - sqlite3 is imported when the first digests are written
    import sqlite3

_BATCH = 512  # digests (or hits) written per transaction
_NAMES_KEPT = 4096  # (project, file, document) of the tables that messages name

# A throw-away file needs no journal and no fsync. The heap limit is process-wide: above it,
# SQLite gives back cache memory (this store's and the result cache's), so memory stays flat.
_PRAGMAS = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -1024;
PRAGMA soft_heap_limit = 4000000;
"""
_SCHEMA = """
CREATE TABLE digest (
    idx INTEGER PRIMARY KEY, file_no INTEGER, file TEXT, document INTEGER, project TEXT,
    department TEXT, goal TEXT, goal_length INTEGER, pair_count INTEGER, distinct_pairs INTEGER,
    set_hash INTEGER, spans TEXT, directives TEXT, sheet TEXT, year INTEGER);
CREATE TABLE quantity (
    idx INTEGER, seq INTEGER, department TEXT, year INTEGER, name_key TEXT, value_key TEXT, number REAL,
    pointer TEXT, name TEXT, value TEXT);
CREATE TABLE pair (idx INTEGER, pair INTEGER);
CREATE TABLE hit (file_no INTEGER, rule INTEGER, seq INTEGER, idx INTEGER, hit BLOB);
CREATE TABLE focus (idx INTEGER PRIMARY KEY);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS digest_by_goal ON digest (goal);
"""
# Compact JSON, one encoder each for the whole run (json.dumps with options builds one per call)
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# Pages the on-disk file may grow to (None: as the disk allows). Tests set it to play a full disk.
_DISK_PAGES: int | None = None


def _storable(value: Any) -> Any:
    """Text SQLite cannot take (lone surrogates) as bytes that :func:`_text` turns back into it."""
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass")
    return value


def _text(value: Any) -> Any:
    """A value read back: bytes stored by :func:`_storable` are text again."""
    return value.decode("utf-8", "surrogatepass") if type(value) is bytes else value


class DigestStore:
    """Every table digest of one run, in input order (index 0, 1, …), on disk."""

    def __init__(self) -> None:
        self._pending: list[TableDigest] = []
        self._count = 0
        self._file: str | None = None  # the file of the last digest added, and its number
        self._file_no = -1
        # Each table's distinct indicator pairs, sorted, one after another (XT003 compares them
        # in memory: 8 bytes a pair, under 1 MiB for 10,000 tables)
        self._pairs = array("q")
        self._offsets = array("q", [0])
        self._departments: list[str] = []
        self._years = array("l")
        self._commented: set[int] = set()  # tables whose suppression comments name a cross-table rule
        self._db: sqlite3.Connection | None = None
        self._folder: str | None = None
        self._finished = False
        self._names: dict[int, TableDigest] = {}
        self._file_numbers = array("l")  # each table's file, numbered in input order
        self._hit_seq = 0
        self._retired: list[Any] = []  # the on-disk connection, once the store moved into memory
        #: the tables whose findings are made (sorted), or None: every table's
        self.focus: list[int] | None = None
        self._pair_indexes: dict[int, PairIndex] = {}  # by min_pairs: the affected tables and the pass share one

    def __len__(self) -> int:
        return self._count

    # -- filling -----------------------------------------------------------------------------
    def add(self, digest: TableDigest) -> None:
        self._pending.append(digest)
        self._count += 1
        if len(self._pending) >= _BATCH:
            self._flush()

    def extend(self, digests: Iterable[TableDigest]) -> None:
        for digest in digests:
            self.add(digest)

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            import sqlite3  # not for a run of one file, which never writes a digest

            from ggtlint.atomic import hold_interrupts, release_interrupts

            try:
                held = hold_interrupts()
                try:
                    self._folder = tempfile.mkdtemp(prefix="ggtlint-xt-")
                finally:
                    release_interrupts(held)  # a Ctrl-C held back arrives now: close() removes the folder
                self._db = sqlite3.connect(os.path.join(self._folder, "digests.sqlite"), isolation_level=None)
                # sorts spill to files in the temporary folder too: memory stays flat
                self._db.executescript(_PRAGMAS + "PRAGMA temp_store = FILE;" + _SCHEMA)
                if _DISK_PAGES is not None:
                    self._db.execute(f"PRAGMA max_page_count = {int(_DISK_PAGES)}")
            except (OSError, sqlite3.Error):  # no writable temporary folder: keep it in memory
                self._remove_folder()
                self._db = sqlite3.connect(":memory:", isolation_level=None)
                self._db.executescript(_PRAGMAS + "PRAGMA temp_store = MEMORY;" + _SCHEMA)
        return self._db

    def _into_memory(self) -> bool:
        """Move the store from its file into memory, after the temporary disk failed (full,
        gone). False when it is in memory already: the failure is then not the disk's."""
        import sqlite3

        if self._db is None or self._folder is None or self._retired:
            return False
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("COMMIT")  # whatever the failed statement left open
        memory = sqlite3.connect(":memory:", isolation_level=None)
        self._db.backup(memory)  # reading the file still works on a full disk
        memory.executescript(_PRAGMAS + "PRAGMA temp_store = MEMORY;")
        # kept open until close(): a rule may still be reading through one of its cursors
        self._retired.append(self._db)
        self._db = memory
        return True

    def _write(self, statements: list[tuple[str, list[tuple[Any, ...]]]], undo: tuple[str, int]) -> None:
        """Run inserts (SQL, rows) in one transaction. Text SQLite cannot take is stored as
        bytes (see _storable); a failing disk moves the store into memory and the batch is
        written again there, ``undo`` (a DELETE and its parameter) first removing what part
        of it was written."""
        import sqlite3

        for attempt in (1, 2):
            db = self._connect()
            try:
                db.execute("BEGIN")
                if attempt == 2:
                    for table in (("digest", "quantity", "pair") if undo[0] == "idx" else ("hit",)):
                        db.execute(f"DELETE FROM {table} WHERE {undo[0]} >= ?", (undo[1],))
                for sql, rows in statements:
                    if not rows:
                        continue
                    try:
                        db.executemany(sql, rows)
                    except UnicodeEncodeError:  # a lone surrogate (an undecodable file name, a YAML "\ud800")
                        table = sql.split()[2]
                        db.execute(f"DELETE FROM {table} WHERE {undo[0]} >= ?", (undo[1],))  # written before it
                        db.executemany(sql, [tuple(_storable(value) for value in row) for row in rows])
                db.execute("COMMIT")
                return
            except sqlite3.OperationalError:
                if attempt == 2 or not self._into_memory():
                    raise

    def _flush(self) -> None:
        if not self._pending:
            return
        digests, self._pending = self._pending, []
        start = self._count - len(digests)
        digest_rows, quantity_rows, pair_rows = [], [], []
        for idx, table in enumerate(digests, start):
            if table.file != self._file:  # a file's tables come one after another
                self._file, self._file_no = table.file, self._file_no + 1
            file_no = self._file_no
            self._file_numbers.append(file_no)
            distinct = sorted(set(table.pairs))
            self._pairs.extend(distinct)
            self._offsets.append(len(self._pairs))
            self._departments.append(table.department)
            self._years.append(table.year)
            if table.directives:
                self._commented.add(idx)
            digest_rows.append((
                idx, file_no, table.file, table.document, table.project, table.department, table.goal,
                table.goal_length, len(table.pairs), len(distinct), set_hash(distinct),
                _compact(table.spans), _compact(table.directives), table.sheet, table.year,
            ))
            for seq, quantity in enumerate(table.quantities):
                quantity_rows.append((idx, seq, table.department, table.year, quantity.name_key, quantity.value_key,
                                      value_number(quantity.value_key), quantity.pointer, quantity.name,
                                      quantity.value))
            pair_rows.extend((idx, pair) for pair in distinct)
        self._write([("INSERT INTO digest VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", digest_rows),
                     ("INSERT INTO quantity VALUES (?,?,?,?,?,?,?,?,?,?)", quantity_rows),
                     ("INSERT INTO pair VALUES (?,?)", pair_rows)], ("idx", start))

    def finish(self) -> None:
        """Write what is pending and index it: call once every digest has been added."""
        if self._finished:
            return
        self._flush()
        import sqlite3

        try:
            self._connect().executescript(_INDEXES)
        except sqlite3.OperationalError:
            if not self._into_memory():
                raise
            self._connect().executescript(_INDEXES)
        self._finished = True

    def close(self) -> None:
        self._pair_indexes = {}
        for db in [self._db, *self._retired]:
            if db is not None:
                with contextlib.suppress(Exception):  # sqlite3.Error, without importing it for nothing
                    db.close()
        self._db = None
        self._retired = []
        self._remove_folder()

    def _remove_folder(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> "DigestStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------
    def _query(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        """Run a query; a sort that the temporary disk cannot hold moves the store into memory.

        (SQLite sorts when the first row is asked for, inside execute(), so that is where a
        full disk shows.)"""
        import sqlite3

        self.finish()
        try:
            return self._connect().execute(sql, tuple(params))
        except sqlite3.OperationalError:
            if not self._into_memory():
                raise
            return self._connect().execute(sql, tuple(params))

    @staticmethod
    def _head(row: tuple[Any, ...]) -> TableDigest:
        """A digest without its quantities and pairs, from its row: what a finding or message names."""
        file, document, project, department, goal, goal_length, spans, directives, sheet = map(_text, row)
        return TableDigest(
            file=file, document=document, project=project, department=department, goal=goal,
            goal_length=goal_length,
            spans=json.loads(spans),
            directives=tuple((kind, tuple(ids), line, column, end) for kind, ids, line, column, end
                             in json.loads(directives)),
            sheet=sheet,
        )

    def names(self, idx: int) -> TableDigest:
        """Digest ``idx`` with only what a message says of it (project, file, document)."""
        found = self._names.get(idx)
        if found is None:
            file, document, project = map(_text, self._query(
                "SELECT file, document, project FROM digest WHERE idx = ?", (idx,)).fetchone())
            found = TableDigest(file=file, document=document, project=project, department="")
            if len(self._names) >= _NAMES_KEPT:  # the first tables of many groups: often the same few
                self._names.clear()
            self._names[idx] = found
        return found

    def commented(self, idx: int) -> bool:
        """Whether table ``idx`` has suppression comments naming a cross-table rule (few do: the
        others need no look at theirs)."""
        return idx in self._commented

    def head(self, idx: int) -> TableDigest:
        """Digest ``idx`` without its quantities and pairs: what a finding on it needs (its
        positions and suppression comments too)."""
        return self._head(self._query(
            "SELECT file, document, project, department, goal, goal_length, spans, directives, sheet "
            "FROM digest WHERE idx = ?", (idx,)).fetchone())

    def set_focus(self, tables: Iterable[int]) -> None:
        """Make only the findings of ``tables`` (indexes): the queries below keep to the groups
        and buckets that hold one of them."""
        self.finish()
        self.focus = sorted(set(tables))
        self._write([("INSERT OR IGNORE INTO focus VALUES (?)", [(idx,) for idx in self.focus])], ("idx", self._count))

    def file_tables(self, tables: Iterable[int]) -> set[int]:
        """Every table of the files that hold ``tables``: a file's cross-table result is made whole."""
        file_numbers = self._file_numbers
        wanted = {file_numbers[idx] for idx in tables}
        return {idx for idx, file_no in enumerate(file_numbers) if file_no in wanted}

    def files_of(self, tables: Iterable[int]) -> set[str]:
        """The files (as shown) of ``tables``."""
        wanted = {self._file_numbers[idx] for idx in tables}
        return {_text(file) for file, in self._query("SELECT DISTINCT file FROM digest WHERE file_no IN (%s)"
                                                      % ",".join(map(str, sorted(wanted))))} if wanted else set()

    def goal_members(self, goals: Iterable[tuple[str, str]], min_length: int, same_department: bool) -> set[int]:
        """The tables whose goal is one of ``goals`` ((department or '', goal hash)), at least
        ``min_length`` long."""
        found: set[int] = set()
        for department, goal in set(goals):
            sql = "SELECT idx FROM digest WHERE goal = ? AND goal_length >= ?"
            params: tuple[Any, ...] = (goal, min_length)
            if same_department:
                sql, params = sql + " AND department = ?", params + (department,)
            found.update(idx for idx, in self._query(sql, params))
        return found

    def quantity_members(self, buckets: Iterable[tuple[str, str]], min_number: float, same_department: bool) -> set[int]:
        """The tables holding a quantity of one of ``buckets`` ((department or '', value key)),
        as :meth:`quantities` buckets them."""
        department = "department" if same_department else "''"
        where = " AND department != ''" if same_department else ""
        wanted = sorted(set(buckets))
        found: set[int] = set()
        for start in range(0, len(wanted), 200):  # below the 999 parameters of old SQLite builds
            chunk = wanted[start:start + 200]
            values = ",".join("(?,?)" for _ in chunk)
            found.update(idx for idx, in self._query(
                f"SELECT DISTINCT idx FROM quantity WHERE number >= ?{where} AND ({department}, value_key) IN "
                f"(VALUES {values})", (min_number, *(part for bucket in chunk for part in bucket))))
        return found

    def same_set_members(self, set_hashes: Iterable[int]) -> set[int]:
        """The tables whose set of pairs hashes as one of ``set_hashes`` (see :func:`set_hash`)."""
        found: set[int] = set()
        for value in set(set_hashes):
            found.update(idx for idx, in self._query("SELECT idx FROM digest WHERE set_hash = ?", (value,)))
        return found

    def _in_focus(self, table: str, key: str) -> str:
        """A condition keeping a query to the groups (``key``'s columns of ``table``) of the focused tables."""
        if self.focus is None:
            return ""
        return f" AND ({key}) IN (SELECT {key} FROM {table} WHERE idx IN (SELECT idx FROM focus))"

    def goals(self, min_length: int, same_department: bool) -> Iterator[tuple[Any, int, str, int]]:
        """(group key, index, goal hash, budget year) of every goal at least ``min_length`` long,
        grouped, in input order; a group is one goal (of one department, when asked)."""
        department = "department" if same_department else "''"
        sql = (f"SELECT {department}, goal, idx, year FROM digest WHERE goal IS NOT NULL AND goal_length >= ? "
               f"{self._in_focus('digest', department + ', goal')} ORDER BY {department}, goal, idx")
        for department_key, goal, idx, year in self._query(sql, (min_length,)):
            yield (department_key, goal), idx, goal, year or 0

    def quantities(self, min_number: float, same_department: bool) -> Iterator[tuple[Any, int, Quantity, int]]:
        """(bucket key, index, quantity, budget year) of every quantity worth comparing, by bucket,
        in input order. A bucket is one value (and, with ``same_department``, one department:
        tables without a department are then left out).
        """
        department = "department" if same_department else "''"
        where = " AND department != ''" if same_department else ""
        sql = (f"SELECT {department}, idx, name_key, value_key, pointer, name, value, year FROM quantity "
               f"WHERE number >= ?{where}{self._in_focus('quantity', department + ', value_key')} "
               f"ORDER BY {department}, value_key, idx, seq")
        for row in self._query(sql, (min_number,)):
            department_key, idx, name_key, value_key, pointer, name, value, year = map(_text, row)
            yield (department_key, value_key), idx, Quantity(name_key, value_key, pointer, name, value), year or 0

    def pair_index(self, min_pairs: int) -> "PairIndex":
        """Who holds which indicator pair, for comparing tables' indicators (XT003)."""
        made = self._pair_indexes.get(min_pairs)
        if made is None:
            made = self._pair_indexes[min_pairs] = self._pair_index(min_pairs)
        return made

    def _pair_index(self, min_pairs: int) -> "PairIndex":
        by_pair, holders = array("q"), array("q")
        for pair, idx in self._query("SELECT pair, idx FROM pair ORDER BY pair, idx"):
            by_pair.append(pair)
            holders.append(idx)
        same: dict[int, list[int]] = {}
        for members in self._query("SELECT group_concat(idx) FROM digest WHERE pair_count >= ? "
                                   "GROUP BY set_hash HAVING count(*) > 1", (min_pairs,)):
            group = sorted(int(idx) for idx in members[0].split(","))
            for idx in group:
                same[idx] = group
        return PairIndex(self._pairs, self._offsets, self._departments, self._years, by_pair, holders, same)

    # -- hits --------------------------------------------------------------------------------
    def add_hits(self, rule: int, hits: Iterable[CorpusHit]) -> None:
        """Keep the hits of rule number ``rule`` (its place in the engine's corpus rules)."""
        self.finish()
        batch: list[tuple[int, int, int, int, str]] = []
        file_numbers = self._file_numbers

        def write() -> None:
            self._write([("INSERT INTO hit VALUES (?,?,?,?,?)", batch)], ("seq", self._hit_seq - len(batch) + 1))
            batch.clear()

        for corpus_hit in hits:
            hit = corpus_hit.hit
            self._hit_seq += 1
            batch.append((file_numbers[corpus_hit.index], rule, self._hit_seq, corpus_hit.index, _packed_hit(hit)))
            if len(batch) >= _BATCH:
                write()
        if batch:
            write()

    def hits(self) -> Iterator[tuple[TableDigest, int, Hit]]:
        """(table, rule number, Hit) of every kept hit: by file in input order, then rule, then as
        made. The table is its digest without quantities and pairs (what a finding names), read in
        the same query: a file's hits name only its own few tables, each decoded once."""
        from ggtlint.findings import Severity

        tables: dict[int, TableDigest] = {}  # the current file's tables
        file_now = -1
        for file_no, rule, idx, payload, *head in self._query(
                "SELECT hit.file_no, hit.rule, hit.idx, hit.hit, digest.file, digest.document, digest.project, "
                "digest.department, digest.goal, digest.goal_length, digest.spans, digest.directives, digest.sheet "
                "FROM hit JOIN digest ON digest.idx = hit.idx ORDER BY hit.file_no, hit.rule, hit.seq"):
            if file_no != file_now:
                tables.clear()
                file_now = file_no
            table = tables.get(idx)
            if table is None:
                table = tables[idx] = self._head(tuple(head))
            pointer, values, value, variant, severity, key, find = marshal.loads(payload)
            yield table, rule, Hit(pointer, values, value, variant,
                                   Severity(severity) if severity is not None else None, key, find)


def set_hash(distinct: list[int]) -> int:
    """A hash of a table's distinct pairs, sorted: tables with the same indicators share it."""
    return hash(tuple(distinct))


def _packed_hit(hit: Hit) -> bytes:
    """A hit as bytes to keep until its file's turn. Placeholder values marshal cannot take (a
    Decimal) are kept as their text, which is how a message shows them."""
    packed = (hit.pointer, hit.values, hit.value, hit.variant,
              hit.severity.value if hit.severity is not None else None, hit.key, hit.find)
    try:
        return marshal.dumps(packed)
    except ValueError:
        return marshal.dumps((*packed[:1], {name: _plain(value) for name, value in hit.values.items()}, *packed[2:]))


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(item) for item in value]
    return value if value is None or type(value) in (str, int, float, bool) else str(value)


class PairIndex:
    """Every table's distinct (name, value) pairs and, sorted by pair, the tables holding each.

    Parallel arrays and binary search instead of dicts of lists: a few bytes per pair, so the
    comparison of tens of thousands of tables stays small.
    """

    def __init__(self, pairs: array, offsets: array, departments: list[str], years: array, by_pair: array,
                 holders: array, same_set: dict[int, list[int]]) -> None:
        self._pairs = pairs
        self._offsets = offsets
        self.departments = departments
        self.years = years
        self._by_pair = by_pair
        self._holders = holders
        self._same_set = same_set

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def pairs_of(self, idx: int) -> array:
        """Table ``idx``'s distinct pairs, sorted."""
        return self._pairs[self._offsets[idx]:self._offsets[idx + 1]]

    def holders(self, pair: int) -> array:
        """The tables holding ``pair``, in input order."""
        return self._holders[bisect_left(self._by_pair, pair):bisect_right(self._by_pair, pair)]

    def held_count(self, pair: int) -> int:
        return bisect_right(self._by_pair, pair) - bisect_left(self._by_pair, pair)

    def same_set(self, idx: int) -> list[int]:
        """Tables whose set of pairs hashes as table ``idx``'s does (a collision only adds a comparison)."""
        return self._same_set.get(idx, [])

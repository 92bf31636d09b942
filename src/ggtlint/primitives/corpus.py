"""What the cross-table (corpus) primitives see of each table: a small, picklable digest.

A bulk run does not keep tables in memory. While a table is checked (in whichever worker
process), ``digest(ctx)`` keeps the few facts the XT rules compare across tables: department,
budget year (a project's table of next year may repeat this year's), project, a hash of the normalised 年度总体目标, the normalised name/value of each quantity
indicator with its JSON Pointer, a stable hash of every (name, value) pair, and the source
positions of the fields a cross-table finding may point at. The main process collects the
digests in input order (in a :class:`ggtlint.corpus_store.DigestStore`, on disk) and runs the
corpus rules on them at the end of the run.

Digests go to the cache as JSON lists (``to_json`` / ``from_json``); hashes are computed with
blake2b, never ``hash()``, which differs between processes.
"""

from __future__ import annotations

import hashlib
import re
import sys
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from ggtlint.primitives.base import Hit, normalized_goal
from ggtlint.values.normalize import decimal_text
from ggtlint.lazyregex import lazy_pattern

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.primitives.base import TableContext

# Spaces and punctuation that differ between transcriptions of the same indicator name.
_NOISE = lazy_pattern(r"[\s，,。.、；;：:“”\"'‘’（）()《》【】\[\]\-—_·/\\]+")
_GOAL_NOISE = lazy_pattern(r"[\s，,。.、；;：:“”\"'‘’（）()《》【】\[\]]+")


@lru_cache(maxsize=8192)  # names repeat across a bureau's tables; bounded: memory stays flat
def name_key(name: str) -> str:
    """An indicator or 主管部门 name for comparison: full-width folded, spaces and punctuation
    removed (黔南州 人社局 and 黔南州人社局 are one department)."""
    from ggtlint.values import normalize

    return sys.intern(_NOISE.sub("", normalize(name)))


def quantity_key(parsed: Any) -> str | None:
    """``≥15000人`` and ``15000 人`` → ``15000人``; money in 元 (``164.6万元`` = ``1646000元``).

    The operator is left out on purpose: ``≥2台`` in one table and ``＝2台`` in another are the
    same quantity for double counting. None for anything that is not a plain quantity.
    """
    if parsed.kind == "money" and parsed.yuan is not None and parsed.per is None:
        return sys.intern(decimal_text(parsed.yuan) + "元")
    if parsed.kind == "count" and parsed.number is not None:
        return sys.intern(decimal_text(parsed.number) + (parsed.unit or ""))
    return None


_LEADING_NUMBER = lazy_pattern(r"\d+(?:\.\d+)?")


def value_number(value_key: str) -> float:
    """The number a quantity key starts with (``15000人`` → 15000.0), 0.0 when none."""
    match = _LEADING_NUMBER.match(value_key)
    return float(match.group(0)) if match else 0.0


def stable_hash(*parts: str) -> int:
    """A 63-bit hash that is the same in every process and every run."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def goal_key(goal: str | None) -> tuple[str | None, int]:
    """Hash and length of the goal with spaces and punctuation removed (None when empty)."""
    if not goal:
        return None, 0
    text = _GOAL_NOISE.sub("", normalized_goal(goal))
    if not text:
        return None, 0
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest(), len(text)


@lru_cache(maxsize=4096)  # the same indicators recur in table after table
def _pair_hash(name: str, value: str) -> int:
    return stable_hash(name, value)


Span4 = tuple[int, int, int, int]
_BITS = 24  # per coordinate of a packed span: lines and columns below 16 million
_MASK = (1 << _BITS) - 1


def pack_span(span: Span4) -> int:
    """(line, column, end line, end column) as one int: tens of thousands of digests stay small."""
    line, column, end_line, end_column = span
    if max(span) > _MASK:
        line, column, end_line, end_column = (min(v, _MASK) for v in span)
    return (((line << _BITS | column) << _BITS | end_line) << _BITS) | end_column


def unpack_span(packed: int) -> Span4:
    mask = (1 << _BITS) - 1
    return (packed >> 3 * _BITS, packed >> 2 * _BITS & mask, packed >> _BITS & mask, packed & mask)


@dataclass(slots=True)
class Quantity:
    """One quantity indicator: its comparison keys and how to show and locate it."""

    name_key: str
    value_key: str
    pointer: str
    name: str
    value: str


@dataclass(slots=True)
class TableDigest:
    """The facts of one table that the cross-table rules compare."""

    file: str
    document: int
    project: str
    department: str
    goal: str | None = None            # blake2b of the normalised goal
    goal_length: int = 0
    quantities: list[Quantity] = field(default_factory=list)
    pairs: array = field(default_factory=lambda: array("q"))  # stable hashes of every (name, value)
    spans: dict[str, int] = field(default_factory=dict)         # pointer -> packed span
    directives: tuple[tuple[str, tuple[str, ...], int, int, int], ...] = ()
    sheet: str | None = None  # the worksheet of a table read from a workbook (findings name its cells)
    year: int = 0  # the budget year the table was checked for (0: none could be told)

    @property
    def label(self) -> str:
        return self.project or f"#{self.document + 1}"

    def span(self, pointer: str) -> Span4:
        packed = self.spans.get(pointer) or self.spans.get("")
        return unpack_span(packed) if packed else (1, 1, 1, 2)

    def to_json(self) -> list[Any]:
        return [self.file, self.document, self.project, self.department, self.goal, self.goal_length,
                [[q.name_key, q.value_key, q.pointer, q.name, q.value] for q in self.quantities],
                self.pairs.tolist(), self.spans,
                [[kind, list(ids), line, column, end] for kind, ids, line, column, end in self.directives],
                self.sheet, self.year]

    @classmethod
    def from_json(cls, data: list[Any]) -> "TableDigest":
        (file, document, project, department, goal, goal_length, quantities, pairs, spans, directives) = data[:10]
        sheet = data[10] if len(data) > 10 else None  # digests stored before sheets were kept have none
        year = int(data[11]) if len(data) > 11 and data[11] else 0
        intern = sys.intern
        return cls(
            file=file, document=int(document), project=project, department=intern(department), goal=goal,
            goal_length=int(goal_length),
            quantities=[Quantity(intern(a), intern(b), intern(c), intern(d), intern(e)) for a, b, c, d, e in quantities],
            pairs=array("q", (int(p) for p in pairs)),
            spans={intern(k): int(v) for k, v in spans.items()},
            directives=tuple((kind, tuple(ids), int(line), int(col), int(end)) for kind, ids, line, col, end in directives),
            sheet=sheet, year=year,
        )


def _span4(table: Any, pointer: str) -> Span4 | None:
    """Where a cross-table finding on ``pointer`` points: the key when the loader kept it."""
    span = table.key_span(pointer) or table.span(pointer)
    return None if span is None else (span.line, span.column, span.end_line, span.end_column)


def digest(ctx: TableContext, directives: tuple[tuple[str, tuple[str, ...], int, int, int], ...] = (),
           department: str | None = None) -> TableDigest:
    """The digest of one checked table (values parsed once, by the engine's context);
    ``department`` is its 主管部门 as the configuration names it (default: as written)."""
    table = ctx.table
    project = table.project
    goal, goal_length = goal_key(table.goal)
    intern = sys.intern
    department = project.department if department is None else department
    result = TableDigest(
        file=table.file, document=table.document, project=project.name or "",
        department=name_key(department) if department else "", goal=goal, goal_length=goal_length,
        directives=directives, year=ctx.budget_year or 0,
    )
    spans: dict[str, int] = {}
    for pointer in ("/project/name", "/goal", "/indicators"):
        found = _span4(table, pointer)
        if found is not None:
            spans[pointer] = pack_span(found)
    spans[""] = spans.get("/project/name") or spans.get("/indicators") or pack_span((1, 1, 1, 2))
    pairs = result.pairs
    for row in ctx.rows:
        key = name_key(row.name)
        if not key:
            continue
        pairs.append(_pair_hash(key, row.parsed.text))
        quantity = quantity_key(row.parsed)
        if quantity is not None:
            pointer = intern(row.indicator.name_pointer)
            # Names and values repeat across a bureau's tables: interned, each is stored once.
            result.quantities.append(Quantity(key, quantity, pointer, intern(row.name), intern(row.value)))
            found = _span4(table, pointer)
            if found is not None:
                spans[pointer] = pack_span(found)
    result.spans = spans
    return result


def year_groups(items: list[Any], year_of: Callable[[Any], int]) -> list[list[Any]]:
    """``items`` (the tables of one goal, of one value …) by budget year, for the rules that compare
    tables of one year: a table whose year could not be told (0) goes with every year."""
    known = sorted({year_of(item) for item in items} - {0})
    if len(known) <= 1:
        return [items]
    return [[item for item in items if year_of(item) in (year, 0)] for year in known]


def changed_tables(before: list[TableDigest], after: list[TableDigest],
                   facts: Callable[[TableDigest], Any]) -> list[TableDigest]:
    """The tables of ``before`` (a run's digests of some tables) and ``after`` (a later run's)
    but those of a file and document whose ``facts`` (what one rule reads of a table and names
    of it) are the same in both: such a table changes nothing for that rule."""
    was = {(table.file, table.document): facts(table) for table in before}
    now = {(table.file, table.document): facts(table) for table in after}
    same = {place for place, read in was.items() if place in now and now[place] == read}
    return [table for table in before + after if (table.file, table.document) not in same]


@dataclass(slots=True)
class CorpusHit:
    """A cross-table hit: which digest (by index in the run) and the Hit to report on it, and
    the one other table it names when it is about a pair (-1 otherwise)."""

    index: int
    hit: Hit
    other: int = -1


#: The placeholders other_values() gives.
OTHER_PLACEHOLDERS: tuple[str, ...] = ("other_project", "other_file", "other_document")


def other_values(other: TableDigest) -> dict[str, Any]:
    """Placeholders naming the other table: {other_project}, {other_file}."""
    return {"other_project": other.label, "other_file": other.file, "other_document": other.document + 1}

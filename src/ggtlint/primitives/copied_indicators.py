"""copied-indicators: a table whose indicators are mostly another table's (XT003).

A table is reported when at least ``threshold`` (default 70%) of its indicators, compared by
normalised name and normalised value, also appear in one other table, and it has at least
``min_indicators`` indicators. When two tables copy each other (each passes the threshold
against the other), both are reported, each naming the other: which one copied cannot be told.

Finding the other table must stay fast over tens of thousands of tables, so candidates come
from each table's ``probe`` rarest indicators (an indicator shared by more than
``max_common`` tables, such as "项目或定额成本控制率 ＝100%", says nothing about where a table
was copied from); tables with exactly the same indicators are always compared. The share
itself is then computed exactly over all indicators. With ``same_year`` (the default) only tables
of one budget year are compared: a recurring project keeps its indicators from year to year.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Iterator

from ggtlint.primitives.base import Hit, compile_identity
from ggtlint.primitives.corpus import OTHER_PLACEHOLDERS, CorpusHit, TableDigest, changed_tables, other_values

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.corpus_store import DigestStore

NAME = "copied-indicators"
SCOPES = ("corpus",)
VARIANTS = ("default",)
PLACEHOLDERS = ("percent", "shared", "total") + OTHER_PLACEHOLDERS
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "threshold": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "min_indicators": {"type": "integer", "minimum": 1},
        "max_common": {"type": "integer", "minimum": 2},
        "probe": {"type": "integer", "minimum": 1},
        "same_department": {"type": "boolean"},
        "same_year": {"type": "boolean"},
    },
}
compile = compile_identity


def _settings(params: dict[str, Any]) -> tuple[float, int, int, int, bool, bool]:
    return (float(params.get("threshold", 0.7)), int(params.get("min_indicators", 5)),
            int(params.get("max_common", 50)), int(params.get("probe", 6)), params.get("same_department", False),
            params.get("same_year", True))


def affected_by(store: DigestStore, params: dict[str, Any], before: list[TableDigest],
                after: list[TableDigest]) -> set[int]:
    """The tables whose findings can change when the tables ``before`` became ``after``.

    A table's candidates come from the holders of its rare pairs (held by at most
    ``max_common`` tables) and from the tables with exactly its pairs; the count of a pair
    decides whether it is rare and where it ranks. So a table is affected only when it holds a
    pair of a changed table that is rare before or after the change (a pair common both times
    is never probed, and its count does not move the rare ones), or has the same pairs as one.
    """
    from ggtlint.corpus_store import set_hash

    _, min_indicators, max_common, _, _, _ = _settings(params)
    index_of = store.pair_index(min_indicators)
    changed = changed_tables(before, after, _facts)
    before, after = [table for table in before if table in changed], [table for table in after if table in changed]
    delta: Counter[int] = Counter()  # how many more tables hold each pair now than before
    for sign, tables in ((1, after), (-1, before)):
        for table in tables:
            for pair in set(table.pairs):
                delta[pair] += sign
    found: set[int] = set()
    for pair, more in delta.items():
        now = index_of.held_count(pair)
        if min(now, now - more) <= max_common:
            found.update(index_of.holders(pair))
    return found | store.same_set_members(set_hash(sorted(set(table.pairs))) for table in changed if table.pairs)


def _facts(table: TableDigest) -> tuple[Any, ...]:
    return sorted(set(table.pairs)), len(table.pairs), table.department, table.year, table.label


def check_corpus(store: DigestStore, params: dict[str, Any]) -> Iterator[CorpusHit]:
    threshold, min_indicators, max_common, probe, same_department, same_year = _settings(params)
    index_of = store.pair_index(min_indicators)
    departments, years = index_of.departments, index_of.years
    for index in range(len(index_of)) if store.focus is None else store.focus:
        pairs = index_of.pairs_of(index)
        if len(pairs) < min_indicators:
            continue
        department, year = departments[index], years[index]
        rare = sorted((index_of.held_count(pair), pair) for pair in pairs)
        counter: Counter[int] = Counter()
        for count, pair in rare[:probe]:
            if count > max_common:
                break
            counter.update(index_of.holders(pair))
        candidates = {other for other, _ in counter.most_common(probe + 1)}
        candidates.update(index_of.same_set(index))  # tables with exactly the same indicators
        candidates.discard(index)
        mine = frozenset(pairs)
        best: tuple[float, int, int] | None = None  # (share, -other, shared)
        for other in candidates:
            # a table whose year cannot be told (0) is compared with every year's
            if (same_department and departments[other] != department) or (
                    same_year and year and years[other] and years[other] != year):
                continue
            other_pairs = index_of.pairs_of(other)
            shared = len(mine.intersection(other_pairs))
            share = shared / len(mine)
            if share < threshold:
                continue
            key = (share, -other, shared)
            if best is None or key > best:
                best = key
        if best is None:
            continue
        share, negative_other, shared = best
        other_table = store.names(-negative_other)
        values = {"percent": round(share * 100), "shared": shared, "total": len(mine), **other_values(other_table)}
        yield CorpusHit(index, Hit("/indicators", values, value=other_table.label, key=True), -negative_other)

"""copied-indicators: a table whose indicators are mostly another table's (XT003).

A table is reported when at least ``threshold`` (default 70%) of its indicators, compared by
normalised name and normalised value, also appear in one other table, and it has at least
``min_indicators`` indicators. When two tables copy each other (each passes the threshold
against the other), only the later one in input order is reported, naming the earlier.

Finding the other table must stay fast over tens of thousands of tables, so candidates come
from each table's ``probe`` rarest indicators (an indicator shared by more than
``max_common`` tables, such as "项目或定额成本控制率 ＝100%", says nothing about where a table
was copied from); tables with exactly the same indicators are always compared. The share
itself is then computed exactly over all indicators.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterator

from ggtlint.primitives.base import Hit, compile_identity
from ggtlint.primitives.corpus import CorpusHit, TableDigest, other_values

NAME = "copied-indicators"
SCOPES = ("corpus",)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "threshold": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "min_indicators": {"type": "integer", "minimum": 1},
        "max_common": {"type": "integer", "minimum": 2},
        "probe": {"type": "integer", "minimum": 1},
        "same_department": {"type": "boolean"},
    },
}
compile = compile_identity


def check_corpus(digests: list[TableDigest], params: dict[str, Any]) -> Iterator[CorpusHit]:
    threshold = float(params.get("threshold", 0.7))
    min_indicators = int(params.get("min_indicators", 5))
    max_common = int(params.get("max_common", 50))
    probe = int(params.get("probe", 6))
    same_department = params.get("same_department", False)
    # Which tables hold each pair: an int for one table (most pairs), a list for several.
    holders: dict[int, Any] = {}
    same_set: dict[int, list[int]] = {}  # hash of the set of pairs -> tables with exactly that set
    for index, table in enumerate(digests):
        for pair in set(table.pairs):
            held = holders.get(pair)
            if held is None:
                holders[pair] = index
            elif type(held) is int:
                holders[pair] = [held, index]
            else:
                held.append(index)
        if len(table.pairs) >= min_indicators:
            same_set.setdefault(hash(tuple(sorted(set(table.pairs)))), []).append(index)

    def held_by(pair: int) -> list[int]:
        held = holders[pair]
        return [held] if type(held) is int else held

    sets: dict[int, frozenset[int]] = {}  # built only for the tables being compared

    def pairs_of(index: int) -> frozenset[int]:
        found = sets.get(index)
        if found is None:
            if len(sets) > 4096:
                sets.clear()
            found = sets[index] = frozenset(digests[index].pairs)
        return found

    for index, table in enumerate(digests):
        pairs = frozenset(table.pairs)
        if len(pairs) < min_indicators:
            continue
        department = table.department
        rare = sorted((len(held_by(pair)), pair) for pair in pairs)
        counter: Counter[int] = Counter()
        for count, pair in rare[:probe]:
            if count > max_common:
                break
            counter.update(held_by(pair))
        candidates = {other for other, _ in counter.most_common(probe + 1)}
        candidates.update(same_set.get(hash(tuple(sorted(pairs))), ()))  # a collision is only one more compare
        candidates.discard(index)
        best: tuple[float, int, int] | None = None  # (share, -other, shared)
        for other in candidates:
            if same_department and digests[other].department != department:
                continue
            other_pairs = pairs_of(other)
            shared = len(pairs & other_pairs)
            share = shared / len(pairs)
            if share < threshold:
                continue
            if other > index and other_pairs and shared / len(other_pairs) >= threshold:
                continue  # a mutual copy: the later table is the one reported
            key = (share, -other, shared)
            if best is None or key > best:
                best = key
        if best is None:
            continue
        share, negative_other, shared = best
        other_table = digests[-negative_other]
        values = {"percent": round(share * 100), "shared": shared, "total": len(pairs), **other_values(other_table)}
        yield CorpusHit(index, Hit("/indicators", values, value=other_table.label, key=True))

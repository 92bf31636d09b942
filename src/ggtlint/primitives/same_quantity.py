"""same-quantity-across-tables: one department's projects repeat a quantity target (XT001).

Two projects of the same 主管部门 that both promise "校园招聘补贴 ≥15000人" probably count the
same people twice (R39, cross-table part). Quantity indicators (counts and money totals) are
compared by a normalised name and value (see :func:`ggtlint.primitives.corpus.quantity_key`:
operator left out, 万元 converted to 元). Names match when equal after removing spaces and
punctuation, or when one is the other plus at most ``max_tail`` characters and the shorter has
at least ``min_name`` characters: this catches a measure word added in one table ("校园招聘补贴"
/ "校园招聘补贴人数") and a name cut short by the PDF extraction ("下一代防火" / "下一代防火墙").
Values below ``min_number`` (0 and 1: "＝0件", "≥1个") are too common to mean anything. With
``same_year`` (the default) only tables of one budget year are compared (a table whose year cannot
be told with every year): next year's table of a continuing project counts next year's people.

Every table that has it is reported, naming the first other table (in input order) that has it
too: input order says nothing about which project copied, and both departments must look.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Iterator

from ggtlint.primitives.base import Hit, compile_identity
from ggtlint.primitives.corpus import (OTHER_PLACEHOLDERS, CorpusHit, Quantity, TableDigest, changed_tables,
                                      other_values, value_number, year_groups)

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.corpus_store import DigestStore

NAME = "same-quantity-across-tables"
SCOPES = ("corpus",)
VARIANTS = ("default", "several")  # several: more than one other table has it
PLACEHOLDERS = ("name", "value", "other_name", "other_value", "count") + OTHER_PLACEHOLDERS
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_number": {"type": "number", "minimum": 0},
        "max_tail": {"type": "integer", "minimum": 0, "maximum": 4},
        "min_name": {"type": "integer", "minimum": 1},
        "same_department": {"type": "boolean"},
        "same_year": {"type": "boolean"},
    },
}
compile = compile_identity


def _settings(params: dict[str, Any]) -> tuple[float, int, int, bool, bool]:
    return (float(params.get("min_number", 2)), int(params.get("max_tail", 2)), int(params.get("min_name", 4)),
            params.get("same_department", True), params.get("same_year", True))


def affected_by(store: DigestStore, params: dict[str, Any], before: list[TableDigest],
                after: list[TableDigest]) -> set[int]:
    """The tables whose findings can change when the tables ``before`` became ``after``: every
    table of a bucket (department and value) they had or have a quantity in."""
    min_number, _, _, same_department, _ = _settings(params)
    buckets = [(table.department if same_department else "", quantity.value_key)
               for table in changed_tables(before, after, _facts) if table.department or not same_department
               for quantity in table.quantities if value_number(quantity.value_key) >= min_number]
    return store.quantity_members(buckets, min_number, same_department)


def _facts(table: TableDigest) -> tuple[Any, ...]:
    return table.department, table.year, table.label, [
        (quantity.name_key, quantity.value_key, quantity.name, quantity.value) for quantity in table.quantities]


def check_corpus(store: DigestStore, params: dict[str, Any]) -> Iterator[CorpusHit]:
    min_number, max_tail, min_name, same_department, same_year = _settings(params)
    # The store yields one bucket (department, year and value) after another, each in input order;
    # only one bucket is in memory at a time.
    for _key, rows in groupby(store.quantities(min_number, same_department), key=itemgetter(0)):
        items = [(index, quantity, year) for _, index, quantity, year in rows]
        told: set[tuple[int, str]] = set()  # a table of no known year goes with every year: told once
        for group in year_groups(items, itemgetter(2)) if same_year else [items]:
            bucket: dict[str, list[tuple[int, Quantity]]] = {}
            for index, quantity, _ in group:
                bucket.setdefault(quantity.name_key, []).append((index, quantity))
            for hit in _bucket_hits(store, bucket, max_tail, min_name):
                if (hit.index, hit.hit.pointer) not in told:
                    told.add((hit.index, hit.hit.pointer))
                    yield hit


def _bucket_hits(store: DigestStore, bucket: dict[str, list[tuple[int, Quantity]]], max_tail: int,
                 min_name: int) -> Iterator[CorpusHit]:
    """name -> [(digest index, quantity)] of one value: a hit for every table sharing it with another."""
    if not bucket or (len(bucket) == 1 and len({index for index, _ in next(iter(bucket.values()))}) < 2):
        return  # the common case: one table holds this value
    for group in _name_groups(bucket, max_tail, min_name):
        occurrences = sorted((item for name in group for item in bucket[name]), key=lambda item: item[0])
        tables = {index for index, _ in occurrences}
        if len(tables) < 2:
            continue
        names: dict[int, Any] = {}
        for index, quantity in occurrences:
            # every table is told, naming the first other table: which one copied is not known
            other_index, other_quantity = next(item for item in occurrences if item[0] != index)
            if other_index not in names:
                names[other_index] = store.names(other_index)
            values = {"name": quantity.name, "value": quantity.value, "other_name": other_quantity.name,
                      "other_value": other_quantity.value, "count": len(tables) - 1,
                      **other_values(names[other_index])}
            yield CorpusHit(index, Hit(quantity.pointer, values, value=f"{quantity.name}\x1f{quantity.value}",
                                       variant="default" if len(tables) == 2 else "several", key=True),
                            other_index if len(tables) == 2 else -1)


def _name_groups(bucket: dict[str, list[Any]], max_tail: int, min_name: int) -> list[list[str]]:
    """Names of one bucket joined when equal or one extends the other by ≤ max_tail characters."""
    parent = {name: name for name in bucket}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for name in bucket:
        for cut in range(1, max_tail + 1):
            shorter = name[:-cut]
            if len(shorter) >= min_name and shorter in bucket:
                parent[root(name)] = root(shorter)
    groups: dict[str, list[str]] = {}
    for name in bucket:
        groups.setdefault(root(name), []).append(name)
    return list(groups.values())

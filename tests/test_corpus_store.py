"""The on-disk store of a run's digests: cross-table results over many tables, order, clean-up.

The XT rules' meaning is tested in test_crosstable.py (seed tables, command line); here the
store itself: many synthetic tables (more holders of one indicator than ``max_common``), files
in input order, identical indicator sets, the temporary folder removed, and a run that cannot
write a temporary folder.
"""

from __future__ import annotations

import tempfile
from array import array
from pathlib import Path

import pytest

from ggtlint.corpus_store import DigestStore
from ggtlint.primitives.corpus import Quantity, TableDigest, pack_span, stable_hash


def _digest(number: int, pairs: list[int], department: str = "甲局", goal: str | None = None,
            quantities: tuple[Quantity, ...] = ()) -> TableDigest:
    return TableDigest(
        file=f"f{number:03d}.yaml", document=0, project=f"项目{number}", department=department,
        goal=goal, goal_length=40 if goal else 0, quantities=list(quantities), pairs=array("q", pairs),
        spans={"": pack_span((1, 1, 1, 2)), "/indicators": pack_span((5, 1, 5, 11)),
               "/goal": pack_span((4, 1, 4, 7))},
    )


def _corpus() -> list[TableDigest]:
    """80 tables: 10 own pairs each plus one pair every table holds (too common to say anything)."""
    common = stable_hash("成本控制率", "=100%")
    tables = [_digest(n, [stable_hash(f"指标{n}-{k}", "≥1") for k in range(10)] + [common]) for n in range(80)]
    # table 61 took 9 of table 17's 11 indicators: reported, naming 17 (and 17, naming 61)
    tables[61] = _digest(61, list(tables[17].pairs[:9]) + [stable_hash("自有", "1"), stable_hash("自有", "2")])
    # tables 70 and 75 are the same table twice: both are reported
    tables[75] = _digest(75, list(tables[70].pairs))
    # table 40 repeats table 3's goal: both are reported
    tables[3] = _digest(3, list(tables[3].pairs), goal="a" * 20)
    tables[40] = _digest(40, list(tables[40].pairs), goal="a" * 20)
    return tables


# in input order; which table of a pair copied cannot be told, so both are told
_EXPECTED = [("f003.yaml", "XT002"), ("f017.yaml", "XT003"), ("f040.yaml", "XT002"), ("f061.yaml", "XT003"),
             ("f070.yaml", "XT003"), ("f075.yaml", "XT003")]


def _run(engine, digests):  # type: ignore[no-untyped-def]
    store = engine.corpus_store()
    store.extend(digests)
    return list(engine.check_corpus(store))


def test_many_tables_give_the_expected_cross_table_findings(engine) -> None:  # type: ignore[no-untyped-def]
    results = _run(engine, _corpus())
    found = [(r.path, f.rule_id) for r in results for f in r.findings]
    assert found == _EXPECTED
    copy = next(r for r in results if r.path == "f061.yaml").findings[0]
    assert "项目17" in copy.message_zh and "f017.yaml" in copy.message_zh
    assert (copy.line, copy.column) == (5, 1)  # the position kept in the digest


def test_results_follow_the_input_order_whatever_the_rule(engine) -> None:  # type: ignore[no-untyped-def]
    quantity = Quantity("校园招聘补贴", "15000人", "/indicators/产出指标/数量指标/0/name", "校园招聘补贴", "≥15000人")
    tables = _corpus()
    tables[10] = _digest(10, list(tables[10].pairs), quantities=(quantity,))
    tables[65] = _digest(65, list(tables[65].pairs), quantities=(quantity,))
    paths = [r.path for r in _run(engine, tables)]
    assert paths == sorted(paths) and "f065.yaml" in paths


def test_the_temporary_folder_is_removed(engine, monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert _run(engine, _corpus())
    assert list(tmp_path.iterdir()) == []
    store = engine.corpus_store()
    store.extend(_corpus())
    results = engine.check_corpus(store)
    next(results)  # stopped early (Ctrl-C, a broken pipe): the folder still goes
    results.close()
    assert list(tmp_path.iterdir()) == []


def test_no_writable_temporary_folder_keeps_the_store_in_memory(engine, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    found = [(r.path, f.rule_id) for r in _run(engine, _corpus()) for f in r.findings]
    assert found == _EXPECTED


def test_pair_index_answers_from_packed_arrays() -> None:
    with DigestStore() as store:
        store.extend([_digest(0, [5, 3, 3]), _digest(1, [3, 9]), _digest(2, [9, 5, 3])])
        index = store.pair_index(min_pairs=2)
        assert len(index) == 3
        assert list(index.pairs_of(0)) == [3, 5] and list(index.pairs_of(2)) == [3, 5, 9]
        assert list(index.holders(3)) == [0, 1, 2] and index.held_count(9) == 2 and index.held_count(4) == 0
        assert index.same_set(0) == []


def test_names_sqlite_cannot_store_come_back_unchanged(engine) -> None:  # type: ignore[no-untyped-def]
    """An undecodable file name (surrogate escapes) or a YAML "\\ud800" escape in a name."""
    odd = Quantity("补贴\ud800", "15000人", "/indicators/产出指标/数量指标/0/name", "补贴\ud800人数", "≥15000人")
    tables = [_digest(n, [stable_hash(f"x{n}-{k}", "1") for k in range(6)], goal="g" * 20, quantities=(odd,))
              for n in range(2)]
    tables[1].file = "b-\udcff.yaml"
    tables[1].project = "项目\udcfe"
    results = _run(engine, tables)
    assert [(r.path, sorted(f.rule_id for f in r.findings)) for r in results] == [
        ("f000.yaml", ["XT001", "XT002"]), ("b-\udcff.yaml", ["XT001", "XT002"])]
    assert all("补贴\ud800人数" in f.message_zh for r in results for f in r.findings if f.rule_id == "XT001")
    assert all("b-\udcff.yaml" in f.message_zh and "项目\udcfe" in f.message_zh for f in results[0].findings)


def test_a_full_temporary_disk_moves_the_store_into_memory(engine, monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The on-disk file may not grow past a few pages (as on a full disk): same results, no folder left."""
    import ggtlint.corpus_store

    expected = [(r.path, [f.message_zh for f in r.findings]) for r in _run(engine, _corpus())]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    moved: list[tuple[int, bool]] = []
    into_memory = DigestStore._into_memory

    def spy(store: DigestStore) -> bool:
        moved.append((pages, store._finished))
        return into_memory(store)

    monkeypatch.setattr(DigestStore, "_into_memory", spy)
    for pages in (3, 13):  # the file fills up while the digests are written / while they are indexed
        monkeypatch.setattr(ggtlint.corpus_store, "_DISK_PAGES", pages)
        found = [(r.path, [f.message_zh for f in r.findings]) for r in _run(engine, _corpus())]
        assert found == expected, pages
        assert list(tmp_path.iterdir()) == []
    assert moved == [(3, False), (13, False)]


def test_kept_hits_come_back_as_made_and_decimals_as_their_text() -> None:
    """Hits wait in the store (marshal form) until their file's turn; each comes back with its table."""
    from decimal import Decimal

    from ggtlint.findings import Severity
    from ggtlint.primitives.base import Hit
    from ggtlint.primitives.corpus import CorpusHit

    made = [CorpusHit(1, Hit("/goal", {"count": 2, "other_project": "项目\ud800"}, value="目标", variant="several",
                             severity=Severity.WARNING, key=True)),
            CorpusHit(0, Hit("/indicators", {"amount": Decimal("1.50"), "names": (Decimal(2), "甲")}, find="甲"))]
    with DigestStore() as store:
        store.extend([_digest(0, [1, 2]), _digest(1, [2, 3])])
        store.add_hits(0, made)
        back = list(store.hits())
    assert [(table.file, table.project, rule) for table, rule, _ in back] == [("f000.yaml", "项目0", 0),
                                                                            ("f001.yaml", "项目1", 0)]
    assert back[1][2] == made[0].hit
    assert back[0][2].values == {"amount": "1.50", "names": ["2", "甲"]} and back[0][2].find == "甲"

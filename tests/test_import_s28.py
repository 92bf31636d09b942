"""Importer gaps of session 28, each pinned failing before it was fixed, on real LibreOffice-printed PDF text and
the openpyxl workbooks it was printed from (``tests/data/pdftext/s28-*``, made by ``tests/data/pdftext/s28_make.py``):

1. The library entry ``import_path`` (and ``load_imported``, ``import_command``) raised on a ``str`` path: it took
   ``.read_bytes()`` and ``.suffix`` of it. A ``str`` or any ``os.PathLike`` is taken now.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ggtlint.importers import ImportedTable, import_path

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "pdftext"
UNREAD = "不属于绩效目标表的任何一栏"


def _unread(item: ImportedTable) -> str:
    note = item.notes.get("/project")
    return note.message("zh") if note is not None and UNREAD in note.message("zh") else ""


# -- 1. a str path ---------------------------------------------------------------------------------------------

class _Pathish:
    """An os.PathLike that is neither str nor Path (as a caller's own path type may be)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def __fspath__(self) -> str:
        return str(self._path)


@pytest.mark.parametrize("name", ["s27-blank-bond.xlsx", "s27-blank-bond-layout.txt"])
def test_import_path_takes_a_str_and_any_path_like(name: str) -> None:
    path = DATA / name
    as_text = name.endswith(".txt") or None
    want = import_path(path, as_text=as_text)
    for given in (str(path), _Pathish(path)):
        got = import_path(given, as_text=as_text)
        assert got.path == str(path) and not got.problems
        assert [t.table.project.name for t in got.tables] == [t.table.project.name for t in want.tables] != []


def test_a_str_path_s_suffix_still_tells_a_renamed_file() -> None:
    got = import_path(str(DATA / "s27-blank-bond-layout.txt"), as_text=None, shown="x")
    assert got.path == "x" and got.tables  # text read as text
    renamed = import_path(str(DATA / "sheet_cells.py"), as_text=False)
    assert [p.code for p in renamed.problems] == ["LOAD004"]


def test_a_missing_str_path_is_a_problem_not_an_exception() -> None:
    got = import_path(os.path.join(str(DATA), "no-such-file.xlsx"))
    assert [p.code for p in got.problems] == ["LOAD001"]


def test_load_imported_and_import_command_take_str_paths(tmp_path: Path) -> None:
    from ggtlint.importers import import_command, load_imported

    source, sheets = load_imported(str(DATA / "s27-blank-bond.xlsx"), "shown.xlsx")
    assert len(source.tables) == 1 and sheets != [None]
    said: list[str] = []
    code = import_command([str(DATA / "s27-blank-bond.xlsx")], str(tmp_path), echo=said.append)  # type: ignore[list-item]
    assert code == 0 and len(list(tmp_path.glob("*.yaml"))) == 1, said

"""The careful workbooks' generator (tests/data/workbooks_careful/make_workbooks.py) for the test modules
that write their own tables with it, and the check they run on them."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from ggtlint.limits import DEFAULT_LIMITS
from ggtlint.run import load_source

from conftest import ROOT

FOLDER = ROOT / "tests" / "data" / "workbooks_careful"


@lru_cache(maxsize=1)
def maker() -> Any:
    """The generator module: its tables as written, its layouts and its ``_write``."""
    spec = importlib.util.spec_from_file_location("make_workbooks", FOLDER / "make_workbooks.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def check_written(engine: Any, tables: dict[str, dict], folder: Path) -> dict[str, tuple[Any, Any]]:
    """Each table written as a workbook in ``folder``, read back and checked: by the name's key (s1 of
    s1-fushe-jiance), the table as read and the file's result."""
    found = {}
    for name, table in tables.items():
        path = folder / f"{name}.xlsx"
        maker()._write(table, path)
        source = load_source(path, path.name, DEFAULT_LIMITS)[0]
        found[name.split("-")[0]] = (source.tables[0], engine.check_source(source))
    return found


def read_as_written(checked: dict[str, tuple[Any, Any]]) -> dict[tuple[str, str], tuple[Any, Any, Any]]:
    """(book, indicator name) → (value, unit, note) as the importer read them."""
    return {(book, indicator.name): (indicator.value, indicator.unit, indicator.note)
            for book, (table, _result) in checked.items() for indicator in table.indicators}

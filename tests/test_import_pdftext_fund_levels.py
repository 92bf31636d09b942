"""A bare level of government with its amount in the 资金 block of PDF text (中央    1142.40): a fiscal source.

The careful workbook w15 lists its 财政拨款 by level in cells of their own (中央 | 1142.40, 县级 | 285.60),
which the workbook importer reads as ``funds.fiscal_sources``. Its PDF text
(tests/data/pdftext/careful-w15-layout.txt, from careful_make.py) prints them as lines of a level and an
amount under 财政拨款, the 资金情况（万元） heading on a line of its own between; the importer dropped them
without a word, since in PDF text a bare level is no label (it may be a fragment of a wrapped name or
goal). Now the layout decides: right after 财政拨款, a fiscal source or the 资金 heading, such a line is a
source; anywhere else in the header it is told as an unread fund row (LOAD013), never dropped.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from ggtlint.importers import ImportedTable, import_path
from ggtlint.limits import DEFAULT_LIMITS
from ggtlint.run import load_source

from conftest import ROOT, assert_bilingual_notes

W15_TEXT = ROOT / "tests" / "data" / "pdftext" / "careful-w15-layout.txt"
W15_BOOK = next((ROOT / "tests" / "data" / "workbooks_careful").glob("w15-*.xlsx"))
# the 资金 block of w15 as pdftotext -layout prints it
BLOCK = ("            财政拨款                                     1428.00\n资金情况（万元）\n"
         "            中央                                       1142.40\n"
         "            县级                                        285.60\n"
         "            其他资金                                        0.00\n")


def _w15(tmp_path: Path, block: str | None = None) -> tuple[Path, ImportedTable]:
    """w15's PDF text, its 资金 block printed as ``block`` (as printed when None)."""
    text = W15_TEXT.read_text(encoding="utf-8")
    assert BLOCK in text
    path = tmp_path / "w15.txt"
    path.write_text(text if block is None else text.replace(BLOCK, block), encoding="utf-8")
    result = import_path(path, as_text=True)
    assert not result.problems and len(result.tables) == 1
    return path, result.tables[0]


def test_the_levels_under_fiscal_funds_are_read_as_the_workbook_reads_them(tmp_path: Path) -> None:
    _path, item = _w15(tmp_path)
    funds = item.table.funds
    assert funds.fiscal_sources == {"中央": Decimal("1142.40"), "县级": Decimal("285.60")}
    assert funds.fiscal_sources == import_path(W15_BOOK).tables[0].table.funds.fiscal_sources
    assert (funds.total, funds.fiscal, funds.other) == (Decimal("1428.00"), Decimal("1428.00"), Decimal("0.00"))
    assert not [pointer for pointer in item.notes if pointer.startswith("/funds")]
    # each source points at its own line
    table = item.table
    assert (table.span("/funds/fiscal_sources/中央").line, table.span("/funds/fiscal_sources/县级").line) == (12, 13)


def test_a_level_mistyped_in_the_pdf_text_is_told_as_in_the_workbook(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What reading the sources is for: levels that do not add up to 财政拨款 (县级 258.60 for 285.60) are
    FUND002's error, which the dropped lines hid."""
    path, _item = _w15(tmp_path, BLOCK.replace("285.60", "258.60"))
    source = load_source(path, path.name, DEFAULT_LIMITS, text_input=True)[0]
    assert Counter(f.rule_id for f in engine.check_source(source).findings) == Counter({"FUND002": 1})


def test_the_heading_printed_on_a_level_line_leaves_it_a_source(tmp_path: Path) -> None:
    """The 资金情况（万元） heading, centred on the block, may fall on a level's line."""
    block = BLOCK.replace("资金情况（万元）\n            中央", "资金情况（万元）    中央")
    _path, item = _w15(tmp_path, block)
    assert item.table.funds.fiscal_sources == {"中央": Decimal("1142.40"), "县级": Decimal("285.60")}
    assert "/funds" not in item.notes


@pytest.mark.parametrize("block", [
    # after 其他资金: not the 财政拨款's
    "            财政拨款                                     1428.00\n资金情况（万元）\n"
    "            其他资金                                        0.00\n"
    "            中央                                       1142.40\n"
    "            县级                                        285.60\n",
    # above the whole block, right under the project's lines
    "            中央                                       1142.40\n"
    "            县级                                        285.60\n"
    "            财政拨款                                     1428.00\n资金情况（万元）\n"
    "            其他资金                                        0.00\n",
], ids=["after-other", "above-fiscal"])
def test_a_level_out_of_the_fiscal_block_is_told_not_dropped(tmp_path: Path, block: str) -> None:
    path, item = _w15(tmp_path, block)
    assert item.table.funds.fiscal_sources == {}
    note = item.notes["/funds"]
    assert "“中央”的 1142.4万元" in note.message_zh and "“县级”的 285.6万元" in note.message_zh
    assert "没有读入" in note.message_zh and '"中央"' in note.message_en
    assert_bilingual_notes([item])


def test_a_bare_level_in_the_goal_stays_the_goals(tmp_path: Path) -> None:
    """After the goal's label a level and a figure are the goal's words, no fund row."""
    text = ("项目名称      农村公路养护\n年度资金总额（万元）     150\n财政拨款     150\n"
            "年度总体目标   完成养护，其中\n              中央       100\n"
            "一级指标      二级指标      三级指标      指标值\n产出指标      数量指标      养护里程      ≥100公里\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    item = import_path(path, as_text=True).tables[0]
    assert item.table.funds.fiscal_sources == {} and "/funds" not in item.notes

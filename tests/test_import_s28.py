"""Importer gaps of session 28, each pinned failing before it was fixed, on real LibreOffice-printed PDF text and
the openpyxl workbooks it was printed from (``tests/data/pdftext/s28-*``, made by ``tests/data/pdftext/s28_make.py``):

1. The library entry ``import_path`` (and ``load_imported``, ``import_command``) raised on a ``str`` path: it took
   ``.read_bytes()`` and ``.suffix`` of it. A ``str`` or any ``os.PathLike`` is taken now.
2. A workbook's remark row holding a number (备注 | 30: a label cell and a number cell) lost the number in silence:
   a whole number from 1 to 99 in the header is passed over as a page or sheet number. A number with a remark's label
   left of it on its row is no page number: it is the remark's text and is noted with the header's text unread, as
   the same text in a text cell (备注 | "30") already was.
3. A funds sub-line with its amount on one line (其中：债券资金 0.00, one cell or a label and an amount cell) was glued
   to the goal on the plain path (a table printed without its header labels), in pdftotext's -layout text and in its
   raw text alike. It is now read as a fund row, as the labelled path reads 债券资金  0 on one line: a 其中 row that
   the amounts add up without is a breakdown and quiet, any other row is noted at /funds with its amount (0 is an
   amount, zero; a blank row has none). On the labelled path's raw text (no -layout) a label and its amount print
   with a blank line between (债券资金 / (blank) / 0): the label was dropped as a blank row and a bare 0 noted; the
   pair is noted whole now, as on -layout text (the neighbour lines are the header's, not the text's next line).
4. A 资金来源 field row whose value is money text with no amount (资金来源 | 财政拨款: a label cell, then the text
   across the next columns) was passed over in silence by PDF text on -layout and raw text alike: the text is a
   label's word (财政拨款), read as a second, empty label. The workbook did not note it either, as the brief assumed
   it did: it took 财政拨款 for a row of labels and read the goal's cell below as its value (LOAD005, 不是金额). A
   money label alone after the 资金 heading on its row (or, in raw text, on the line after it), with no amount beside
   or under it, is now the heading's text: noted with the header's text unread in both readers, no field read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ggtlint.importers import ImportedTable, import_path

from conftest import ROOT
from workbook_helpers import road_upkeep_book

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
    code = import_command([str(DATA / "s27-blank-bond.xlsx")], str(tmp_path), echo=said.append)
    assert code == 0 and len(list(tmp_path.glob("*.yaml"))) == 1, said


# -- 2. a remark row holding a number in a workbook ------------------------------------------------------------

@pytest.mark.parametrize("cells, quoted", [
    ([("A7", "备注"), ("B7", 30)], "B7“30”"),
    ([("A7", "备注："), ("B7", 30)], "B7“30”"),
    ([("A7", "说明"), ("C7", 2)], "C7“2”"),
    ([("A7", "附注"), ("B7", 30), ("C7", "万元")], "B7“30”"),
])
def test_a_number_beside_a_remark_s_label_is_noted_not_taken_for_a_page_number(
        cells: list[tuple[str, object]], quoted: str) -> None:
    item = road_upkeep_book(cells)
    assert quoted in _unread(item)
    assert item.table.goal == "目标1：完成养护。" and item.table.funds.total == 160


def test_the_number_is_noted_as_the_same_text_in_a_text_cell_is() -> None:
    as_number, as_text = _unread(road_upkeep_book([("A7", "备注"), ("B7", 30)])), _unread(road_upkeep_book([("A7", "备注"), ("B7", "30")]))
    assert as_number == as_text != ""  # (both quiet would pass a bare equality)


# look-alikes: a lone small number (a page or sheet number), one left of the remark's label, one on a row of its own
# below a remark, a remark's label alone: no note
@pytest.mark.parametrize("cells", [
    [("D7", 3)],
    [("A7", 1), ("B7", "备注")],
    [("A7", "备注"), ("B8", 2)],
    [("A7", "备注")],
    [("A7", "备注："), ("B7", None)],
    [("D1", 1)],
])
def test_a_lone_small_number_stays_a_page_number(cells: list[tuple[str, object]]) -> None:
    assert _unread(road_upkeep_book(cells)) == ""


# held out: written after the change, not used while making it (5 of 5 passed when first run)
@pytest.mark.parametrize("cells, noted", [
    ([("A7", "备 注"), ("B7", 5)], "B7“5”"),
    ([("C7", 2), ("D7", "备注")], ""),
    ([("A7", "联系人"), ("B7", 3)], ""),
    ([("A7", "备注"), ("B7", 30), ("A8", "第1页")], "B7“30”"),
    ([("A7", "说明："), ("B7", 1), ("C7", 2)], "B7“1”、C7“2”"),
])
def test_held_out_numbers_beside_labels(cells: list[tuple[str, object]], noted: str) -> None:
    unread = _unread(road_upkeep_book(cells))
    assert (noted in unread) if noted else unread == ""


# -- 3. a funds sub-line with its amount -----------------------------------------------------------------------

GOAL = "完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。"


def _read(name: str) -> ImportedTable:
    result = import_path(DATA / name, as_text=name.endswith(".txt"))
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


@pytest.mark.parametrize("name", ["s28-plain-bond-zero-layout.txt", "s28-plain-bond-zero-one-cell-layout.txt",
                                  "s28-plain-bond-zero-one-cell-plain.txt", "s28-plain-bond-amount-layout.txt"])
def test_a_plain_fund_sub_line_with_its_amount_is_a_fund_row_not_the_goal_s(name: str) -> None:
    item = _read(name)
    assert (item.table.goal or "").strip() == GOAL
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (1600000, 1600000, 0)
    assert _unread(item) == "" and "/funds" not in item.notes  # a breakdown of 财政拨款: nothing lost
    assert len(item.table.indicators) == 6


def _plain_with(line: str, name: str = "s28-plain-bond-zero-one-cell-layout.txt") -> ImportedTable:
    from ggtlint.importers.pdftext import read_text

    text = (DATA / name).read_text(encoding="utf-8").replace("其中：债券资金 0.00", line)
    return read_text(text, "probe.txt").tables[0]


@pytest.mark.parametrize("line, quoted", [
    ("债券资金 0.00", "第 15 行“债券资金”的 0元"),
    ("上年结转 20.00", "第 15 行“上年结转”的 20元"),
    ("其中：债券资金 2,000,000.00", "第 15 行“其中：债券资金”的 2000000元"),
])
def test_a_plain_fund_row_no_breakdown_is_noted_at_the_funds(line: str, quoted: str) -> None:
    item = _plain_with(line)
    assert (item.table.goal or "").strip() == GOAL and _unread(item) == ""
    assert quoted in item.notes["/funds"].message("zh")


def test_the_labelled_raw_text_notes_the_row_s_label_with_its_amount() -> None:
    # session 28b (tests/test_import_s28b.py): the pair, noted as the header's text here first, is read as the row on
    # one line is (债券资金  0 in -layout text and the workbook): noted at /funds
    item = _read("s28-bond-zero-plain.txt")
    assert (item.table.goal or "").strip() == GOAL
    assert _unread(item) == "" and "“债券资金”的 0万元" in item.notes["/funds"].message("zh")
    assert (item.table.funds.total, item.table.funds.fiscal) == (160, 160)


@pytest.mark.parametrize("name", ["s28-bond-zero-layout.txt", "s28-bond-zero.xlsx", "s28-bond-zero-text.xlsx"])
def test_a_labelled_fund_row_of_zero_is_a_fund_row_in_the_workbook_and_its_text(name: str) -> None:
    item = _read(name)
    assert (item.table.goal or "").strip() == GOAL
    assert "“债券资金”的 0万元" in item.notes["/funds"].message("zh")  # zero is an amount, noted; not a blank


# look-alikes on the plain path: a goal's first line holding money words and a number that is no fund row with its
# amount (a percentage, a count, a rate's name, a goal's number); they stay the goal's, nothing noted at /funds
@pytest.mark.parametrize("line", [
    "确保专项资金 100%到位",
    "争取上级资金 3 项",
    "其中资金到位率 100%",
    "资金使用合规率 95",
    "目标1：债券资金 50",
    "专项资金 按时拨付",
])
def test_a_goal_line_with_money_words_and_a_number_stays_the_goal_s(line: str) -> None:
    item = _plain_with(line)
    assert (item.table.goal or "").startswith(line + GOAL) and "/funds" not in item.notes


# held out: written after the change, not used while making it. 其中：中央资金 failed when first run (3 of 4 passed): a
# fiscal source's label is a header label, which the plain fund row refused, so the line was glued to the goal; it is
# now read as the source (its amount in fiscal_sources), as the labelled path reads it. It stays, no longer held out.
@pytest.mark.parametrize("line, goal_kept, funds_note", [
    ("其中：中央资金 500,000.00", False, ""),
    ("自筹资金 0", False, "“自筹资金”的 0元"),
    ("落实配套资金 2 亿元", True, ""),
    ("上年结转资金 30.00", False, "“上年结转资金”的 30元"),
])
def test_held_out_plain_lines_after_the_amounts(line: str, goal_kept: bool, funds_note: str) -> None:
    item = _plain_with(line)
    assert (item.table.goal or "").startswith(line + GOAL if goal_kept else GOAL)
    note = item.notes.get("/funds")
    assert (funds_note in note.message("zh")) if funds_note else note is None
    assert _unread(item) == ""


def test_held_out_labelled_raw_text_other_row() -> None:
    from ggtlint.importers.pdftext import read_text

    text = (DATA / "s28-bond-zero-plain.txt").read_text(encoding="utf-8").replace("债券资金\n\n0\n", "其中：上年结转\n\n20\n")
    item = read_text(text, "probe.txt").tables[0]
    # session 28b: read as the row on one line is (it was the pair noted as the header's text): a 其中 row the amounts
    # add up without, a breakdown, quiet
    assert "/funds" not in item.notes and _unread(item) == ""
    assert (item.table.goal or "").strip() == GOAL


def test_a_plain_fiscal_source_with_its_amount_is_read_as_the_source() -> None:
    item = _plain_with("其中：中央资金 500,000.00")
    assert item.table.funds.fiscal_sources == {"中央": 500000}
    assert (item.table.goal or "").strip() == GOAL


# -- 4. a 资金来源 field row with money text and no amount --------------------------------------------------------

@pytest.mark.parametrize("name", ["s28-funds-source-field-layout.txt", "s28-funds-source-field-plain.txt",
                                  "s28-funds-source-field.xlsx", "s28-funds-source-field-two-layout.txt",
                                  "s28-funds-source-field-two.xlsx"])
def test_a_funds_source_row_s_money_text_is_noted_in_both_readers(name: str) -> None:
    item = _read(name)
    unread = _unread(item)
    assert "财政拨款" in unread and "年度总体目标" not in unread
    assert (item.table.goal or "").strip() == GOAL
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (160, None, None)
    assert not any(note.rejected for note in item.notes.values())  # the goal's cell is no 财政拨款 amount


def test_the_pdf_text_quotes_the_heading_with_its_text() -> None:
    assert "第 13 行的“资金来源 财政拨款”" in _unread(_read("s28-funds-source-field-layout.txt"))
    assert "B7“财政拨款”" in _unread(_read("s28-funds-source-field.xlsx"))


def _source_text(name: str, old: str, new: str) -> ImportedTable:
    from ggtlint.importers.pdftext import read_text

    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    return read_text(text.replace(old, new), "probe.txt").tables[0]


# look-alikes: the heading with a money label whose amount is beside it, under it, or across a row of labels over a
# row of amounts, in -layout and raw text; the amount is read, nothing noted
@pytest.mark.parametrize("name, new, fiscal, other", [
    ("s28-funds-source-field-layout.txt", "        资金来源     财政拨款     160", 160, None),
    ("s28-funds-source-field-layout.txt", "        资金来源     财政拨款\n                     160", 160, None),
    ("s28-funds-source-field-layout.txt", "   资金来源（万元）   财政拨款     其他资金\n                   160         0", 160, 0),
    ("s28-funds-source-field-layout.txt", "        资金来源", None, None),
    ("s28-funds-source-field-layout.txt", "        财政拨款     160", 160, None),
    ("s28-funds-source-field-plain.txt", "资金来源\n\n财政拨款\n\n160", 160, None),
    ("s28-funds-source-field-plain.txt", "资金来源\n\n财政拨款\n\n其他资金", None, None),
    # the funds block's field left blank above its next row (the shared seed's T2 prints 资金规模（万元） / 年度资金总额 /
    # 财政拨款 628; tests/test_import_pdftext.py caught the first version of the change noting it)
    ("s28-funds-source-field-plain.txt", "资金来源\n\n财政拨款\n\n中央资金 160", None, None),
    ("s28-funds-source-field-layout.txt", "        资金来源     财政拨款\n        其中：上年结转   20", None, None),
])
def test_a_funds_heading_over_a_money_label_with_its_amount_is_not_noted(
        name: str, new: str, fiscal: int | None, other: int | None) -> None:
    old = "        资金来源     财政拨款" if name.endswith("layout.txt") else "资金来源\n\n财政拨款"
    item = _source_text(name, old, new)
    assert _unread(item) == "" and (item.table.goal or "").strip() == GOAL
    assert (item.table.funds.fiscal, item.table.funds.other) == (fiscal, other)


def _source_book(cells: list[tuple[str, object]]) -> ImportedTable:
    """The goal moved a row down (A8), 资金来源 at A7 before it, then ``cells``."""
    return road_upkeep_book([("A6", None), ("B6", None), ("A8", "年度总体目标"), ("B8", "目标1：完成养护。"), ("A7", "资金来源"),
                  *cells])


@pytest.mark.parametrize("cells, fiscal, other", [
    ([("B7", "财政拨款"), ("C7", 160)], 160, None),
    ([("A6", "资金来源（万元）"), ("B6", "财政拨款"), ("C6", "其他资金"), ("A7", None), ("B7", 160), ("C7", 0)], 160, 0),
    ([("B7", "财政拨款"), ("C7", "160")], 160, None),
])
def test_a_workbook_s_funds_heading_over_a_money_label_with_its_amount_is_not_noted(
        cells: list[tuple[str, object]], fiscal: int | None, other: int | None) -> None:
    item = _source_book(cells)
    assert _unread(item) == "" and not any(note.rejected for note in item.notes.values())
    assert (item.table.funds.fiscal, item.table.funds.other) == (fiscal, other)


# held out: written after the change, not used while making it (5 of 5 passed when first run, with the one below)
@pytest.mark.parametrize("name, new, quoted", [
    ("s28-funds-source-field-layout.txt", "        资金来源     其他资金", "“资金来源 其他资金”"),
    ("s28-funds-source-field-layout.txt", "        资金来源     中央资金", "“资金来源 中央资金”"),
    ("s28-funds-source-field-layout.txt", "   资金来源（万元）    财政拨款", "财政拨款”"),
    ("s28-funds-source-field-plain.txt", "资金来源\n\n其他资金", "“其他资金”"),
])
def test_held_out_funds_heading_texts(name: str, new: str, quoted: str) -> None:
    old = "        资金来源     财政拨款" if name.endswith("layout.txt") else "资金来源\n\n财政拨款"
    item = _source_text(name, old, new)
    assert quoted in _unread(item) and (item.table.goal or "").strip() == GOAL


def test_held_out_workbook_funds_heading_text() -> None:
    item = _source_book([("B7", "其他资金")])
    assert "B7“其他资金”" in _unread(item) and item.table.funds.other is None
    assert not any(note.rejected for note in item.notes.values())

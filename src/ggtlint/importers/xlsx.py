"""Excel workbooks (.xlsx): import the usual 绩效目标申报表 layouts, and export clean templates.

Import reads what departments actually fill in, without fixed cell addresses:

* header fields are found by their **labels** (项目名称, 项目编码, 主管部门, 实施单位, 项目类别,
  年度资金总额 / 财政拨款 / 其他资金, 中央/省级/市级/县级资金, 年度总体目标, 单位：元 / 资金规模（万元）…);
  a label's value is the next non-empty cell to its right, or the cell below it when the
  labels form a header row; a label whose value cell is blank makes the field empty *at that
  cell*, as ``implementer: ""`` does in a target file; the budget year is also read from the
  title ("…绩效目标表（2024年）") and the line under it ("（2024年度）", "填报单位：… 2024年度 单位：万元");
* the indicator grid is found by its **header row** (一级指标 | 二级指标 | 三级指标 | 指标值, plus
  指标性质 / 计量单位 / 权重 / 备注 / 运算符 when present); a merged 一级/二级 cell applies to every
  row it spans, blank rows are skipped; a 指标方向 column (正向/反向) is not part of the value,
  only a real operator column is joined to it; the 财预〔2015〕88号 申报表, which prints the 中期
  and the 年度 indicators side by side, gives its 年度 set; the grid ends at the footer (填报人：…,
  注：1.…, 单位（盖章）：), a label alone or before a colon, never at a row with a name and a value;
* cells read as the text they show: a number through its number format (``0"人"`` → 200人,
  ``"≥"0%`` → ≥98%, the East-Asian built-in date formats → 2023年12月31日), a format that cannot
  be rendered is noted; a weight shown as 20% is 20 (percentage points), as a typed 20 is;
  what Excel made of a value typed the usual way is noted at the cell with what to type instead
  (``=100%`` became a formula showing 100%; a date in a 常规 cell shows 45626);
* a unit written with an amount (``30万元``, ``年度资金总额（万元）``) is that amount's and wins over a
  pre-filled ``金额单位：元``: the amount is converted into the table's unit;
* labels are compared after NFKC (full-width letters, colons and brackets) and without spaces,
  against the one vocabulary both importers share (:data:`ggtlint.importers.labels.LABELS`);
* several tables on one sheet (each 项目名称 starts one; a 金额单位 line over one holds for those
  under it that state no unit) and one table per sheet both work; rows
  are looked up by bisection, so the time grows in proportion to the number of tables on a sheet.

Every field keeps its cell (Span.line = Excel row, Span.column = column number) so findings
can say ``Sheet1!D12``; whatever the importer had to guess is a note (pointer → :class:`Note`,
in Chinese and English).

The workbook is read in openpyxl's read-only mode (fast, and it never builds cells that are
not there), every stored row whatever the saved used range (``<dimension>``, often stale) says;
the merged ranges that carry the 一级/二级 labels, which that mode does not expose, are read
from the sheet XML and kept as column intervals on the rows that hold data (a merge over whole
columns costs nothing).

Export (:func:`write_workbook`) writes tables into a clean template the importer reads back
exactly: one sheet per table, header label/value rows, funds, goal, and the indicator grid
with merged 一级/二级 cells.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import os
import re
import warnings
import zipfile
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ggtlint.english import counted
from ggtlint.lazyregex import lazy_pattern
from ggtlint.importers import (
    DEFAULT_LEVEL2, FRAMEWORK_WORDS, Draft, DraftRow, ImportResult, Note, Problem, assemble, canonical_level1,
    cell_name, convert_amount, fund_row_label, in_a_breakdown, is_operator_only, join_operator, merged_name_note,
    missing_period_note, unread_funds_note, unread_period_note, without_code,
    level1_of, note_missing_unit, open_end_note, read_amount, read_weight, set_amount, set_source_or_framework, take_title, take_units, units_in, year_in,
    take_attribute, header_noise, is_contact_label, is_page_number, is_remark, listed_pieces, opens_unread_value, quote_en, quote_zh,
    split_glued_remarks, PIECES_MAX,
    unread_header_note, year_mark)
from ggtlint.importers.labels import (
    MONEY_KEYS, WORKBOOK_LABELS, beyond_unit, is_marker, is_title, label_part, nfkc, period_goes_on, period_in_sentence,
    period_value, shown_label, squash_label)
from ggtlint.importers.numfmt import (
    as_decimal, builtin_format, is_date_format, is_shown_date_format, is_unknown_builtin, render_date, render_number,
    shows_percent, shows_whole_date)
from ggtlint.model import Span, Table, field_word
from ggtlint.values import parse_value
from ggtlint.values.normalize import decimal_text

__all__ = ["export_command", "read_workbook", "workbook_bytes", "write_workbook"]

# A zip whose members unpack to more than this is refused (zip bombs); real templates are tiny.
_MAX_UNPACKED = 256 * 1024 * 1024
_MAX_CELLS = 2_000_000
# Header fields of the project that a label names (a blank one is pointed at, see _empty_field).
_PROJECT_FIELDS = frozenset({"name", "code", "category", "attribute", "period", "year", "department", "implementer",
                            "region"})
# Merged ranges are kept per row that holds data; more (range, row) pairs than this are ignored.
_MAX_MERGE_ROWS = 2_000_000

def _add_note(notes: dict[str, Note], key: str, note: Note) -> None:
    """Add ``note`` for ``key``; a second note on the same field is appended, not lost."""
    earlier = notes.get(key)
    if earlier is None:
        notes[key] = note
    else:
        notes[key] = Note(f"{earlier.message_zh}；{note.message_zh}", f"{earlier.message_en}; {note.message_en}")


# -- reading cells -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Cell:
    value: Any
    number_format: str
    #: a built-in format number openpyxl could not name (its format is then "General")
    unknown_format: int = 0


def _read_cell(cell: Any, value: Any, epoch: _dt.datetime) -> _Cell:
    """One openpyxl cell as stored here: numbers keep the format they are shown with.

    The East-Asian built-in formats (numFmtId 27–36, 50–58: yyyy"年"m"月"d"日" …) are referred to
    by number only; openpyxl names them "General" and leaves their dates as serial numbers.
    """
    number_format = getattr(cell, "number_format", None) or "General"
    if isinstance(value, str) or isinstance(value, bool):
        return _Cell(value, number_format)
    unknown = 0
    format_id = getattr(getattr(cell, "style_array", None), "numFmtId", 0) or 0
    builtin = builtin_format(format_id)
    if builtin is not None and number_format == "General":
        number_format = builtin
    elif is_unknown_builtin(format_id, number_format):
        unknown = format_id
    if isinstance(value, (int, float)) and is_date_format(number_format):
        from openpyxl.utils.datetime import from_excel  # openpyxl is imported only when a workbook is read

        try:
            value = from_excel(value, epoch)
        except (ValueError, OverflowError, TypeError):
            pass  # not a date Excel can show either: kept as the number
    return _Cell(value, number_format, unknown)


class _Sheet:
    """The non-empty cells of one worksheet, with merged ranges resolved."""

    def __init__(self, title: str, rows: Iterable[Iterable[Any]], merges: Iterable[tuple[int, int, int, int]],
                 epoch: _dt.datetime, formulas: dict[tuple[int, int], str] | None = None,
                 hidden_columns: frozenset[int] = frozenset()) -> None:
        self.title = title
        #: columns hidden in Excel (an old 指标值 kept out of sight): a visible column heads the grid first
        self.hidden_columns = hidden_columns
        self.epoch = epoch
        #: cell → the constant formula it holds ("100%" for a typed =100%), see _constant_formulas
        self.formulas = formulas or {}
        self.cells: dict[tuple[int, int], _Cell] = {}
        for row in rows:
            for cell in row:
                value = getattr(cell, "value", None)
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue
                self.cells[(cell.row, cell.column)] = _read_cell(cell, value, epoch)
        for at, formula in self.formulas.items():
            # Saved without its result (written by a program, never opened in Excel): the
            # constant is what Excel will show.
            self.cells.setdefault(at, _Cell(formula, "General"))
        self.rows = sorted({r for r, _ in self.cells})
        self.by_row: dict[int, list[int]] = {}
        for r, c in sorted(self.cells):
            self.by_row.setdefault(r, []).append(c)
        self._texts: dict[tuple[int, int], str] = {}
        # Merged ranges, kept as column intervals on the rows that hold data: a range is never
        # expanded cell by cell (F1:XFD1048576 covers 17 billion cells), and only rows with
        # data are ever looked at. row → [(first column, last column, top-left cell)].
        self._merges: dict[int, list[tuple[int, int, tuple[int, int]]]] = {}
        #: top-left cell of a merged range → its bottom-right cell (to name the range in notes)
        self.merge_end: dict[tuple[int, int], tuple[int, int]] = {}
        last_col = max((c for _r, c in self.cells), default=0)
        budget = _MAX_MERGE_ROWS
        for min_row, min_col, max_row, max_col in merges:
            if min_col > last_col or (min_row == max_row and min_col == max_col):
                continue  # right of all data, or a single cell
            top = (min_row, min_col)
            self.merge_end[top] = (max_row, max_col)
            for row_no in self.rows[bisect_left(self.rows, min_row):bisect_right(self.rows, max_row)]:
                self._merges.setdefault(row_no, []).append((min_col, min(max_col, last_col), top))
                budget -= 1
            if budget <= 0:
                break  # a hostile file: more merged rows than any table has; the rest are ignored

    def merged_top(self, row: int, col: int) -> tuple[int, int] | None:
        """The top-left cell of the merged range covering (row, col), unless it is that cell."""
        for first, last, top in self._merges.get(row, ()):
            if first <= col <= last and (row, col) != top:
                return top
        return None

    def starts_merge(self, row: int, col: int) -> bool:
        """Whether (row, col) is the top-left cell of a merged range."""
        return any(top == (row, col) for _first, _last, top in self._merges.get(row, ()))

    def range_name(self, row: int, col: int) -> str:
        """The cell, or the merged range it starts, as Excel names it ("A25" or "A25:A27")."""
        end = self.merge_end.get((row, col))
        return cell_name(row, col) if end is None else f"{cell_name(row, col)}:{cell_name(*end)}"

    def raw(self, row: int, col: int) -> Any:
        cell = self.cells.get((row, col))
        return None if cell is None else cell.value

    def text(self, row: int, col: int) -> str | None:
        cached = self._texts.get((row, col))
        if cached is not None:
            return cached
        cell = self.cells.get((row, col))
        if cell is None:
            return None
        text = self._texts[(row, col)] = _cell_text(cell)[0]
        return text

    def value_or_merged(self, row: int, col: int) -> tuple[str | None, bool]:
        """The cell's text, or the text of the merge covering it (second item True then)."""
        text = self.text(row, col)
        if text is not None:
            return text, False
        top = self.merged_top(row, col)
        if top is not None:
            return self.text(*top), True
        return None, False

    def row_cells(self, row: int) -> list[tuple[int, str]]:
        return [(c, self.text(row, c) or "") for c in self.by_row.get(row, ())]

    # Row lookups bisect the sorted row numbers: a sheet holding hundreds of tables one below the
    # other must not be scanned whole for each table (that made the import quadratic).
    def rows_between(self, first: int, last: int) -> list[int]:
        """The non-empty rows strictly between ``first`` and ``last``."""
        return self.rows[bisect_right(self.rows, first):bisect_left(self.rows, last)]

    def row_above(self, row: int, floor: int) -> int | None:
        """The last non-empty row before ``row`` and after ``floor``, else None."""
        index = bisect_left(self.rows, row) - 1
        return self.rows[index] if index >= 0 and self.rows[index] > floor else None

    def cells_in_rows(self, first: int, end: int) -> Iterator[tuple[tuple[int, int], _Cell]]:
        """The cells of rows [first, end), row by row, left to right."""
        for row in self.rows[bisect_left(self.rows, first):bisect_left(self.rows, end)]:
            for col in self.by_row[row]:
                yield (row, col), self.cells[(row, col)]


# Merged ranges are read from the sheet XML directly: openpyxl's read-only mode (16x faster than
# its normal mode, which also restyles every merged cell) does not expose them.
_MERGE_REF = re.compile(rb'<(?:[A-Za-z0-9_]+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# <col min="4" max="5" hidden="1" …/> in the <cols> part before <sheetData>.
_COL_ELEMENT = re.compile(rb'<(?:[A-Za-z0-9_]+:)?col\b([^>]{0,400})>')
_COL_ATTRIBUTE = re.compile(rb'\b(min|max|hidden)="([^"]{0,10})"')


def _col_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its XML member in the zip (via xl/workbook.xml and its relationships)."""
    import xml.etree.ElementTree as ET

    try:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError, OSError, zipfile.BadZipFile):
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    paths: dict[str, str] = {}
    for element in book.iter():
        if element.tag.endswith("}sheet") or element.tag == "sheet":
            target = targets.get(element.get(_REL_NS))
            if target:
                paths[element.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return paths


def _sheet_xml(archive: zipfile.ZipFile, member: str | None) -> bytes:
    if not member:
        return b""
    try:
        return archive.read(member)
    except (KeyError, OSError, zipfile.BadZipFile):
        return b""


# A cell holding a formula with its text: <c r="D18" s="9"><f>100%</f><v>1</v></c>.
_FORMULA_CELL = re.compile(rb'<(?:[A-Za-z0-9_]+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*>\s*'
                           rb'<(?:[A-Za-z0-9_]+:)?f\b[^>/]*>([^<]{1,64})</(?:[A-Za-z0-9_]+:)?f>')
# A formula that is a bare number, the "=100%" or "=95" a person types meaning ＝100%, ＝95.
_CONSTANT = re.compile(r"^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*%?\s*$")


def _constant_formulas(data: bytes) -> dict[tuple[int, int], str]:
    """Cells whose formula is a bare number ("100%"): Excel shows 100% and the "=" is gone.
    Read from the sheet XML, which read-only openpyxl (reading results) does not expose."""
    import html

    if b"<f" not in data and b":f" not in data:
        return {}
    found: dict[tuple[int, int], str] = {}
    for match in _FORMULA_CELL.finditer(data):
        letters, row, text = match.groups()
        formula = html.unescape(text.decode("utf-8", "replace"))
        if _CONSTANT.match(formula):
            found[(int(row), _col_number(letters))] = formula.strip()
    return found


def _hidden_columns(data: bytes) -> frozenset[int]:
    """The columns the sheet XML hides (read-only openpyxl does not expose them)."""
    cols_part = data[:data.find(b"<sheetData")] if b"<sheetData" in data else b""
    hidden: set[int] = set()
    for match in _COL_ELEMENT.finditer(cols_part):
        attributes = dict(_COL_ATTRIBUTE.findall(match.group(1)))
        if attributes.get(b"hidden") in (b"1", b"true") and attributes.get(b"min", b"").isdigit():
            first = int(attributes[b"min"])
            last = int(attributes[b"max"]) if attributes.get(b"max", b"").isdigit() else first
            hidden.update(range(first, min(last, first + 16384) + 1))
    return frozenset(hidden)


def _merges(data: bytes) -> list[tuple[int, int, int, int]]:
    found = []
    for match in _MERGE_REF.finditer(data):
        c1, r1, c2, r2 = match.groups()
        first_col, first_row = _col_number(c1), int(r1)
        last_col, last_row = (_col_number(c2), int(r2)) if c2 else (first_col, first_row)
        found.append((first_row, first_col, last_row, last_col))
    return found


# A line break typed (Alt+Enter) between two CJK characters of a name or value, or before the bracket
# of its breakdown (劳务补助\n（120人×0.5万元/人）): a wrap for a narrow column, not meaning ("群众满\n意度"
# is 群众满意度); breaks before "2." or "（2）" and the like stay.
_TYPED_WRAP = re.compile(r"(?<=[\u3400-\u9fff])[ \t\u3000]*\r?\n[ \t\u3000]*"
                         r"(?=[\u3400-\u9fff]|[（(](?![0-9一二三四五六七八九十]{1,3}[）)]))")


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks typed inside a word taken out (see _TYPED_WRAP)."""
    return _TYPED_WRAP.sub("", text)


def _cell_text(cell: _Cell) -> tuple[str, Note | None]:
    """A cell as the text a person sees (its number format applied), and a note when the
    conversion was a guess."""
    value, number_format = cell.value, cell.number_format
    if isinstance(value, str):
        return value, None
    if isinstance(value, bool):
        return ("是" if value else "否"), Note("单元格内容是 TRUE/FALSE（逻辑值），按“是/否”读取", "The cell is TRUE/FALSE; read as 是/否")
    if isinstance(value, (int, float, Decimal)):
        number = as_decimal(value)
        shown = None if cell.unknown_format else render_number(value, number_format)
        if shown is not None:
            return shown, None
        text = decimal_text(number * 100) + "%" if shows_percent(value, number_format) else decimal_text(number)
        shown_format = f"Excel 内置格式 {cell.unknown_format}" if cell.unknown_format else number_format
        shown_format_en = f"Excel's built-in format {cell.unknown_format}" if cell.unknown_format else number_format
        return text, Note(f"无法确定此单元格在 Excel 中显示的文字（货币、条件或科学计数等格式），"
                          f"按单元格中存的数值读作“{text}”，请对照 Excel 中的显示核对（格式：{shown_format}）",
                          "Could not tell what this cell shows in Excel (a currency, conditional or scientific "
                          f'format, say); read the stored number as "{text}": compare with what Excel shows '
                          f"(format: {shown_format_en})")
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)) and is_shown_date_format(number_format):
        # Written with 年/月/日 (or 时/分): the text shown is the date as typed, nothing to guess.
        shown = render_date(value, number_format)
        if shown:
            return shown, None
    if isinstance(value, (_dt.datetime, _dt.date)):
        text = f"{value.year}年{value.month}月{value.day}日"
        if shows_whole_date(number_format) and not (isinstance(value, _dt.datetime) and value.time() != _dt.time()):
            return text, None  # 2024-12-31, 2024/12/31: the day shown, in other words; nothing is in doubt
        return text, Note(f"单元格是日期格式，已写成文字“{text}”", f'The cell is a date; written as the text "{text}"')
    if isinstance(value, _dt.time):
        text = value.strftime("%H:%M")
        return text, Note(f"单元格是时间格式，已写成文字“{text}”", f'The cell is a time of day; written as the text "{text}"')
    return str(value), None


def _amount_shown(cell: _Cell) -> Any:
    """An amount as read: the number itself, with the unit its format shows (0.00"万元" → 30万元)."""
    value = cell.value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) and cell.number_format != "General":
        shown = render_number(value, cell.number_format)
        unit = read_amount(shown)[1] if shown else None
        if unit is not None:
            return f"{decimal_text(as_decimal(value))}{unit}"
    return value


# -- one sheet -> tables -----------------------------------------------------------------------

class _SheetReader:
    def __init__(self, sheet: _Sheet, file: str) -> None:
        self.sheet = sheet
        self.file = file
        # Every header label on the sheet, found once: (row, col) → (field, inline value).
        self.labels_at: dict[tuple[int, int], tuple[str, str]] = {}
        stops: list[tuple[int, int, tuple[str, str]]] = []  # 实施期限：….: the field's, unless in the goal's text
        for (row, col), cell in sheet.cells.items():
            if isinstance(cell.value, str):
                found = WORKBOOK_LABELS.header(cell.value)
                if found is not None and found[0] == "period" and period_in_sentence(found[1]):
                    if not period_in_sentence(found[1], in_goal=False):
                        stops.append((row, col, found))
                    continue  # 项目实施期限内完成…: a sentence
                if found is not None:
                    self.labels_at[(row, col)] = found
        for row, col, found in stops:
            if not self._continues_goal(row, col):  # not 实施期限：2026年3月至11月完成…。 under the goal's cell
                self.labels_at[(row, col)] = found
        self.label_rows = sorted({row for row, _col in self.labels_at})
        #: row → how many of its cells are grid column headings (一级指标, 指标值 …)
        self.headings_in_row: dict[int, int] = {}
        #: header row → the columns of a second 二级/三级/指标值 set beside the first (88号 申报表)
        self.second_set: dict[int, dict[str, int]] = {}
        #: header row → the columns read from the 符号 | 数值 | 单位 headings under its 指标值
        self.split_below: dict[int, set[int]] = {}
        self.grids = self.header_rows()
        #: the last 金额单位 line read on the sheet (not a label's "（万元）"), for a table under it that has none
        self.unit_line: tuple[str, Span] | None = None
        self.grid_rows = [row for row, _cols in self.grids]
        #: row → column of a label that ended the goal above it (另附资料 | 3): a number right of it is its value
        self.goal_enders: dict[int, int] = {}

    def _continues_goal(self, row: int, col: int) -> bool:
        """Whether the cell at (row, col) is or goes on with the goal's text: it is the cell beside a 年度总体目标
        label (the goal's own cell opening with 实施期限：…。), or the cells above it in its column, up to one
        beside a 年度总体目标 label, are all filled and none is a label."""
        sheet = self.sheet
        left = [c for c in sheet.by_row.get(row, ()) if c < col]
        if left and self.labels_at.get((row, left[-1]), ("",))[0] == "goal":
            return True
        r = row - 1
        while (r, col) in sheet.cells and (r, col) not in self.labels_at:
            if any(self.labels_at.get((r, c), ("",))[0] == "goal" for c in sheet.by_row.get(r, ()) if c < col):
                return True
            r -= 1
        return False

    def header_rows(self) -> list[tuple[int, dict[str, int]]]:
        """Rows that head an indicator grid, with the column of each grid field."""
        found = []
        names_only: list[tuple[int, dict[str, int]]] = []
        for row in self.sheet.rows:
            columns: dict[str, int] = {}
            again: dict[str, int] = {}  # a heading printed a second time: its last column
            headings = 0
            hidden = self.sheet.hidden_columns
            for col, text in self.sheet.row_cells(row):
                key = WORKBOOK_LABELS.column(text)
                if key:
                    headings += 1
                    if key in columns and columns[key] in hidden and col not in hidden:
                        columns[key] = col  # the old values kept in a hidden column are not the table's
                    elif key in columns:
                        again[key] = col
                    columns.setdefault(key, col)
            if headings:
                self.headings_in_row[row] = headings
            if "l3" in columns and "value" not in columns:
                for key, col in self._headings_merged_down(row).items():
                    columns.setdefault(key, col)
            if "value" in columns:
                columns.update(self._value_split_below(row, columns["value"]))
            if "l3" in columns and "value" in columns and ("l1" in columns or "l2" in columns):
                found.append((row, columns))
                if "l3" in again and "value" in again:
                    self.second_set[row] = again
            elif "l3" in columns and ("l1" in columns or "l2" in columns):
                names_only.append((row, columns))
        # a form with no 指标值 column, each value typed after its name (受益人数≥500人): its grid
        # only when the sheet has no other and the first name under the heading holds a value
        return found or [(row, dict(columns, value=columns["l3"])) for row, columns in names_only
                         if self._name_holds_value(row, columns["l3"])]

    def _name_holds_value(self, row: int, col: int) -> bool:
        """Whether the first 三级指标 cell under ``row`` holds a value after the name."""
        from ggtlint.importers.pdftext import name_and_value  # only for a form with no 指标值 column: 77 ms to load
        for later in self.sheet.rows:
            text = (self.sheet.text(later, col) or "").strip() if later > row else ""
            if text:
                return bool(name_and_value(text)[1])
        return False

    def _value_split_below(self, row: int, col: int) -> dict[str, int]:
        """The columns of a 指标值 heading merged across several, with 符号 | 数值 | 单位 in the row
        under it: the value is written in three cells, its number under 数值 (empty if none)."""
        end = self.sheet.merge_end.get((row, col))
        if end is None or end[0] != row or end[1] == col:
            return {}
        found: dict[str, int] = {}
        for sub in range(col, end[1] + 1):
            key = WORKBOOK_LABELS.column(self.sheet.text(row + 1, sub) or "")
            if key in ("op", "value", "unit"):
                found.setdefault(key, sub)
        if "value" not in found:
            return {}
        self.split_below[row] = set(found.values())
        return found

    def _headings_merged_down(self, row: int) -> dict[str, int]:
        """Headings of the row above merged down over ``row``: a two-row grid header has 指标值
        (备注 …) over both rows, beside 绩效指标 over the 一级/二级/三级 headings under it."""
        above = self.sheet.row_above(row, 0)
        found: dict[str, int] = {}
        for col, text in self.sheet.row_cells(above) if above is not None else ():
            end = self.sheet.merge_end.get((above, col))
            key = WORKBOOK_LABELS.column(text)
            if key and end is not None and end[0] >= row:
                found.setdefault(key, col)
        return found

    def name_rows(self) -> list[int]:
        """Rows holding a 项目名称 label, top to bottom."""
        return sorted({row for (row, _col), (key, _inline) in self.labels_at.items() if key == "name"})

    def _title_like(self, row: int) -> bool:
        for _col, text in self.sheet.row_cells(row):
            squashed = squash_label(text)
            if not (is_title(squashed) or is_marker(squashed) or units_in(text) or year_mark(text)):
                return False
        return True

    def segments(self) -> list[tuple[int, int]]:
        """Row ranges [start, end), one per table: each 项目名称 label (with the title above it)
        starts one; a grid header after another grid's rows starts one too."""
        names = self.name_rows()
        grids = self.grid_rows
        starts: list[int] = []  # kept sorted
        for row in names:
            starts.append(self._with_title_above(row, starts[-1] if starts else 0))
        # A grid with no 项目名称 of its own starts a table when header labels (项目编码, 主管部门 …)
        # stand between it and the previous grid; a header row repeated after a page break
        # with nothing in between continues the same table.
        for index, grid in enumerate(grids):
            at = bisect_right(starts, grid)
            owner = starts[at - 1] if at else None
            if owner is None:
                insort(starts, grid)
                continue
            previous_grid = grids[index - 1] if index and grids[index - 1] >= owner else None
            if previous_grid is not None and self._labels_between(previous_grid, grid):
                insort(starts, self._block_start(previous_grid, grid))
        starts = sorted(set(starts))
        if not starts:
            return []
        # Whatever is above the first table (title, 附表 number, unit) belongs to it.
        starts[0] = min(starts[0], self.sheet.rows[0])
        bounds = []
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else (self.sheet.rows[-1] + 1 if self.sheet.rows else start)
            bounds.append((start, end))
        return bounds

    def _first_label_row(self, first: int, last: int) -> int | None:
        """The first row strictly between ``first`` and ``last`` that holds a header label."""
        index = bisect_right(self.label_rows, first)
        if index < len(self.label_rows) and self.label_rows[index] < last:
            return self.label_rows[index]
        return None

    def _labels_between(self, first: int, last: int) -> bool:
        return self._first_label_row(first, last) is not None

    def _block_start(self, previous_grid: int, grid: int) -> int:
        """The first row of the header block that precedes ``grid`` (after the previous grid)."""
        labelled = self._first_label_row(previous_grid, grid)
        return self._with_title_above(labelled if labelled is not None else grid, previous_grid)

    def _with_title_above(self, start: int, floor: int) -> int:
        """``start`` moved up over the rows right above it that hold only the title, the 附表
        number, the unit or the year, staying below ``floor``."""
        while True:
            above = self.sheet.row_above(start, floor)
            if above is None or not self._title_like(above):
                return start
            start = above

    def read(self) -> list[Draft]:
        drafts = []
        for start, end in self.segments():
            at = bisect_left(self.grid_rows, start)
            grid = self.grids[at] if at < len(self.grids) and self.grid_rows[at] < end else None
            draft = self.read_segment(start, end, grid)
            if draft is not None:
                drafts.append(draft)
        return drafts

    # -- header ------------------------------------------------------------------------------
    def read_segment(self, start: int, end: int, grid: tuple[int, dict[str, int]] | None) -> Draft | None:
        sheet = self.sheet
        draft = Draft(sheet=sheet.title)
        self.weak: set[str] = set()  # fields read from the title, which an explicit label overrides
        head_end = grid[0] if grid else end
        head = list(sheet.cells_in_rows(start, head_end))
        labels = {at: self.labels_at[at] for at, _cell in head if at in self.labels_at}
        has_name = any(key == "name" for key, _ in labels.values())
        if not has_name and grid is None:
            return None
        units: list[tuple[str, Span]] = []
        for (row, col), cell in head:
            if not isinstance(cell.value, str):
                continue
            squashed = squash_label(cell.value)
            if draft.project.title is None and is_title(squashed) and (row, col) not in labels:
                # as printed (full-width brackets kept), as PDF text reads it; only the spaces go
                self.weak.update(take_title(draft, shown_label(cell.value), _cell_span(row, col)))
            year = year_mark(cell.value) if draft.project.year is None and (row, col) not in labels else None
            if year is not None:
                # "（2024年度）" under the title, or "2024年度" beside 填报单位 and the unit: the
                # budget year (an explicit 预算年度 label wins).
                draft.project.year = year
                draft.spans["/project/year"] = _cell_span(row, col)
                self.weak.add("year")
            # Only the heading over the amount rows ("资金规模（万元）") states the unit of all of
            # them; "年度资金总额（万元）" states its own amount's (see set_amount).
            amount_label = (row, col) in labels and labels[(row, col)][0] == "scale"
            units += [(unit, _cell_span(row, col)) for unit in units_in(cell.value, amount_label=amount_label)]
        take_units(draft, units, _place)
        line_units = [found for found in units if (found[1].line, found[1].column) not in labels]
        if line_units:
            self.unit_line = line_units[0]
        elif not units and self.unit_line is not None:
            # one 金额单位 line over the first of the tables on the sheet, none over this one: it is the sheet's
            take_units(draft, [self.unit_line], _place)
        goal_cell: tuple[int, int] | None = None
        medium = self._medium_amounts(head, labels)
        taken: set[tuple[int, int]] = set(labels)  # labels and the cells read as their values
        by_design: set[tuple[int, int]] = set()  # the 中期 goal's and amounts' cells: an annual table reads none
        for (row, col), (key, inline) in sorted(labels.items()):
            if key == "medium" or (row, col) in medium:
                if (where := self._value_of(row, col, inline, labels, head_end)) is not None:
                    by_design.add(where[1:])
            if key == "scale" and beyond_unit(inline):
                # 资金来源：财政拨款 in one cell: the heading has no value of its own, so what follows its colon is
                # read by no field; the header note quotes the cell. A unit there (资金规模：（万元）) is the unit's
                # reader's, not text left unread
                taken.discard((row, col))
            if key in ("scale", "stamp", "medium") or (row, col) in medium:  # labels without a value of their own
                continue
            where = self._value_of(row, col, inline, labels, head_end)
            if key in MONEY_KEYS and not inline and where is not None and where[1] != row \
                    and read_amount(where[0])[0] is None and self._headed_money(row, col, labels):
                # 资金来源 | 财政拨款 with no amount beside it, and text that is no amount under it (another row's: the
                # goal's, say): the heading's money text, read by no field; the header note quotes it. With nothing
                # beside or under it, it is a blank field (项目资金 | 年度资金总额 | blank: the template's row unfilled)
                taken.discard((row, col))
                continue
            if where is None:
                self._empty_field(draft, key, row, col, labels)
                continue
            value, vrow, vcol = where
            taken.add((vrow, vcol))
            if key == "goal":
                goal_cell = (vrow, vcol)
            self._set_field(draft, key, value, vrow, vcol, label_part(sheet.cells[(row, col)].value, inline),
                            _cell_span(row, col))
        if goal_cell is not None:
            self._goal_rows(draft, goal_cell, labels, head_end)
        self._unplaced_funds(draft, head, taken)
        self._note_unread_header(draft, head, taken | by_design)
        # Amounts that do not add up are a defect for the rules to report, not an import guess.
        note_missing_unit(draft, _place)
        if not has_name:
            draft.notes["/project/name"] = Note("这张表没有“项目名称”一栏", "The table has no 项目名称 (project name) field")
        if grid is None:
            draft.notes["/indicators"] = Note("没有找到指标表的表头行（一级指标、二级指标、三级指标、指标值）",
                                              "No header row of the indicator grid found (一级指标, 二级指标, "
                                              "三级指标, 指标值)")
        else:
            self._grid(draft, self._annual_columns(draft, grid, head), end)
        if draft.source is None:
            draft.source = f"Excel 工作簿 {os.path.basename(self.file)} 工作表“{sheet.title}”（ggtlint import）"
        draft.origin = draft.origin_en = f"{sheet.title}!{cell_name(start, 1)}"
        return draft

    def _note_unread_header(self, draft: Draft, head: list[tuple[tuple[int, int], _Cell]],
                            taken: set[tuple[int, int]]) -> None:
        """Note the header's cells that nothing read (填报单位（盖章）：某县财政局, a lone 2024年1月 above 实施期限, a
        number or a date beside no label: 2024, 350000), with their cells, as the PDF text reader does: not a label or
        a value read, not in a cell a read field spans (a period over cells, the goal's rows), not the title, the unit,
        the year, a sheet marker, a page number, a fund row (noted of its own) nor only what a template always prints
        (template_blank: 填报单位（盖章）： blank); not right of a contact or footer label on its row (its value: 联系电话
        0371-…, 填报日期 2024-03-01) unless a remark's label opens the cell (备注：…)."""
        # not the unit's span: a cell holding 单位：万元 may hold more (填报单位：某县财政局  单位：万元), for header_noise
        spans = [span for pointer, span in draft.spans.items() if pointer != "/funds/unit"]
        unread: list[tuple[int, int, str]] = []
        valued: set[int] = set()  # rows whose cells right of a contact or footer label are that label's value
        # rows a remark's label opens (备注 | 本项目含上年结转资金30万元): the cells after it are the remark's text, not a
        # fund row's label left blank
        remarked = {row for (row, _col), cell in head if isinstance(cell.value, str) and is_remark(cell.value)}
        # the first column of each row holding a remark's label: a number right of it is the remark's text (备注 | 30),
        # no page number, and is noted whatever its size
        labelled: dict[int, int] = {}
        for (row, col), cell in head:
            if row in remarked and row not in labelled and isinstance(cell.value, str) and is_remark(cell.value):
                labelled[row] = col
        for row, col in self.goal_enders.items():
            labelled.setdefault(row, col)
        for (row, col), cell in head:
            value = cell.value
            if (row, col) in taken or value is None or isinstance(value, bool) \
                    or isinstance(value, str) and not value.strip():
                continue
            text = value if isinstance(value, str) else None
            if row in valued:
                if text is None or not is_remark(text):
                    continue
                valued.discard(row)  # 联系电话 0371-… 备注：…: the remark is no longer the phone's
            if text is not None and opens_unread_value(text):
                valued.add(row)
            if any(s.line <= row <= s.end_line and s.column <= col < max(s.end_column, s.column + 1) for s in spans):
                continue
            if text is None:
                # a number or a date: a page or sheet number (1, 2) says nothing; any other is a value lost
                if not _small_whole_number(value) or labelled.get(row, col) < col:
                    unread.append((row, col, self.sheet.text(row, col) or str(value)))
                continue
            # the unit is judged by header_noise, not _furniture: text beside 单位：万元 in its cell is not the unit
            if (year_mark(text) or is_title(squash_label(text)) or is_marker(squash_label(text)) or is_page_number(text)
                    or header_noise(text, draft.project)
                    or self._fund_text(row, col) is not None and not _holds_remark(text) and row not in remarked
                    and not self._headed_money(row, col, self.labels_at)
                    or WORKBOOK_LABELS.column(text)):
                continue
            unread.append((row, col, shown_label(text)))
        if not unread:
            return
        row, col, _text = unread[0]
        draft.spans.setdefault("/project", _cell_span(row, col))
        before = draft.notes.get("/project")
        draft.notes["/project"] = unread_header_note([f"{cell_name(r, c)}{quote_zh(text)}" for r, c, text in unread],
                                                     [f"{quote_en(text)} ({cell_name(r, c)})" for r, c, text in unread],
                                                     before)

    def _annual_columns(self, draft: Draft, grid: tuple[int, dict[str, int]],
                        head: list[tuple[tuple[int, int], _Cell]]) -> tuple[int, dict[str, int]]:
        """The grid columns to read. The 财预〔2015〕88号 申报表 prints the 中期 indicators and,
        to their right, the 年度 ones under the same headings; an annual table takes the 年度 set
        (as its funds and goal come from the 年度 side), and says so."""
        row, cols = grid
        second = self.second_set.get(row)
        if second is None or not any(isinstance(cell.value, str) and "中期" in cell.value for _at, cell in head):
            return grid
        first, last = (cell_name(1, col)[:-1] for col in (min(second.values()), max(second.values())))  # letters
        draft.notes["/indicators"] = Note(
            f"表中并列中期目标和年度目标两组指标（财预〔2015〕88号 申报表），按年度表读取右侧年度一组（{first}–{last} 列）",
            f"The table gives medium-term and annual indicators side by side (the 财预〔2015〕88号 form); "
            f"read the annual set on the right (columns {first}–{last}), as for an annual table")
        return row, {**cols, **second}

    def _value_of(self, row: int, col: int, inline: str, labels: dict, head_end: int) -> tuple[Any, int, int] | None:
        """The value cell of a label: inline text, else the next non-empty cell to the right
        (not another label), else the cell below."""
        sheet = self.sheet
        if inline:
            return inline, row, col
        in_row = sheet.by_row.get(row, [])
        for c in in_row[bisect_right(in_row, col):]:
            if sheet.merged_top(row, c) is not None:  # covered by the label's own merge, or a value's
                continue
            if (row, c) in labels or self._furniture(row, c) or self._fund_row_label(row, c):
                break  # another label (one the vocabulary lacks too), or the unit or year beside the header
            return sheet.raw(row, c), row, c
        else:
            if (lower := self._beside_lower_rows(row, col, labels)) is not None:
                return lower
        below = (row + 1, col)
        # Only a row of labels has its values below it: beside a value ("项目名称 | 某项目 | 项目编码 |
        # (blank)") the cell below a label is the next row's, whatever it holds.
        if row + 1 < head_end and below in sheet.cells and below not in labels and self._label_row(row, labels) \
                and (self._labels_in_row(row, labels) > 1 or self._alone_in_row(*below)):
            # A label alone in its row with nothing beside it ("实施期限 | (blank)") is no row of labels when the
            # row below is a label and its value ("项目负责人 | 王德明"): that row is read as what it is.
            return sheet.raw(*below), row + 1, col
        return None

    def _beside_lower_rows(self, row: int, col: int, labels: dict) -> tuple[Any, int, int] | None:
        """The value of a label merged down over rows (实施期限 in A4:A5) written beside a lower row of the merge
        (B5) when nothing is beside its first: the first cell right of the merge on those rows, alone in its row
        and neither a label, the unit nor the year."""
        sheet = self.sheet
        end = sheet.merge_end.get((row, col))
        if end is None or end[0] == row:
            return None
        for r in sheet.rows[bisect_right(sheet.rows, row):bisect_right(sheet.rows, end[0])]:
            in_row = sheet.by_row.get(r, [])
            for c in in_row[bisect_right(in_row, end[1]):]:
                if sheet.merged_top(r, c) is not None:
                    continue
                if (r, c) in labels or self._furniture(r, c) or self._fund_row_label(r, c) \
                        or not self._alone_in_row(r, c):
                    return None  # not 项目负责人 | 王德明 beside the merge: a label and its value of their own
                return sheet.raw(r, c), r, c
        return None

    def _labels_in_row(self, row: int, labels: dict) -> int:
        """How many of the row's cells are labels."""
        return sum((row, c) in labels for c in self.sheet.by_row.get(row, ()))

    def _alone_in_row(self, row: int, col: int) -> bool:
        """True when (row, col) is the only cell of its row that is not covered by a merge."""
        return all(c == col or self.sheet.merged_top(row, c) is not None for c in self.sheet.by_row.get(row, ()))

    def _furniture(self, row: int, col: int) -> bool:
        """True for a cell that names the unit ("单位：万元"), the year or the title: never a value."""
        cell = self.sheet.cells.get((row, col))
        if cell is None or not isinstance(cell.value, str):
            return False
        return bool(units_in(cell.value) or year_mark(cell.value) or is_title(squash_label(cell.value)))

    def _label_row(self, row: int, labels: dict) -> bool:
        """True when the row holds labels only (and the title, the unit or the year); a fund
        label the vocabulary lacks (单位自有资金 over its amount) is one too."""
        return all((row, c) in labels or self.sheet.merged_top(row, c) is not None or self._furniture(row, c)
                   or self._fund_row_label(row, c) for c in self.sheet.by_row.get(row, ()))

    # -- rows of the 资金 block the vocabulary does not know ------------------------------------
    def _headed_money(self, row: int, col: int, labels: dict) -> bool:
        """Whether the 资金 heading (资金来源, 资金规模) is the cell left of (row, col) on its row, bar the heading's own
        merged cells: text after it with no amount is the heading's (资金来源 | 财政拨款、单位自筹)."""
        in_row = self.sheet.by_row.get(row, [])
        for c in reversed(in_row[:bisect_left(in_row, col)]):
            if self.sheet.merged_top(row, c) is not None:
                continue
            found = labels.get((row, c))
            return found is not None and found[0] == "scale" and not beyond_unit(found[1])
        return False

    def _fund_text(self, row: int, col: int) -> str | None:
        """The text of a short cell that names money but no field the vocabulary knows
        (其中：以前年度结转, 债券资金, 社会资本), else None."""
        cell = self.sheet.cells.get((row, col))
        if cell is None or not isinstance(cell.value, str) or (row, col) in self.labels_at:
            return None
        if (not fund_row_label(squash_label(cell.value)) or WORKBOOK_LABELS.column(cell.value)
                or self._furniture(row, col)):
            return None
        return shown_label(cell.value)

    def _amount_cell(self, row: int, col: int) -> bool:
        cell = self.sheet.cells.get((row, col))
        return cell is not None and read_amount(_amount_shown(cell))[0] is not None

    def _amount_beside(self, row: int, col: int) -> tuple[int, int] | None:
        """Where the amount of a fund label is: the next cell to its right, else the cell below
        when the row below holds no label (a row of labels over a row of amounts)."""
        sheet = self.sheet
        in_row = sheet.by_row.get(row, [])
        for c in in_row[bisect_right(in_row, col):]:
            if sheet.merged_top(row, c) is not None:
                continue  # the label's own merged cells
            if self._amount_cell(row, c):
                return row, c
            break
        below = row + 1
        if self._amount_cell(below, col) and not any((below, c) in self.labels_at for c in sheet.by_row.get(below, ())):
            return below, col
        return None

    def _fund_row_label(self, row: int, col: int) -> bool:
        """Whether (row, col) labels an amount of the 资金 block that the vocabulary does not know."""
        return self._fund_text(row, col) is not None and self._amount_beside(row, col) is not None

    def _medium_amounts(self, head: list[tuple[tuple[int, int], _Cell]], labels: dict) -> set[tuple[int, int]]:
        """Amount labels under a 中期资金总额 heading (财预〔2015〕88号 申报表, 中期 left of 年度):
        the medium-term amounts, which an annual table does not read when the 年度 ones are given."""
        tops = self._medium_tops(head)
        medium = {(row, col) for (row, col), (key, _inline) in labels.items()
                  if key in _AMOUNT_KEYS and col in tops and row >= tops[col]}
        annual = {key for at, (key, _inline) in labels.items() if key in _AMOUNT_KEYS and at not in medium}
        return {at for at in medium if labels[at][0] in annual}

    @staticmethod
    def _medium_tops(head: list[tuple[tuple[int, int], _Cell]]) -> dict[int, int]:
        """Column → row of a 中期资金总额 heading: the medium-term amounts are under it."""
        tops: dict[int, int] = {}
        for (row, col), cell in head:
            text = cell.value if isinstance(cell.value, str) else ""
            if "中期" in text and ("资金" in text or "总额" in text):
                tops.setdefault(col, row)
        return tops

    def _unplaced_funds(self, draft: Draft, head: list[tuple[tuple[int, int], _Cell]],
                        taken: set[tuple[int, int]]) -> None:
        """Rows of the 资金 block whose label names no field (其中：以前年度结转 20, 社会资本 200):
        其他资金 by kind (单位自有资金, 社会资本 …) are read into ``other`` when the table has no
        其他资金 of its own or its amounts add up only with them; every other one is noted, with
        its cell, label and amount, so that no amount is lost in silence."""
        tops = self._medium_tops(head)
        found: list[tuple[tuple[int, int], str, tuple[int, int], Decimal, str]] = []
        # the first column of a remark on each row (备注：资金已下达 | 3, 备注 | 资金已下达 | 3): its cell and those right
        # of it are the remark's text, no fund row's label with its amount; the number is noted as the remark's
        remarks: dict[int, int] = {}
        for (row, col), cell in head:
            if row not in remarks and isinstance(cell.value, str) and _holds_remark(cell.value):
                remarks[row] = col
        for (row, col), _cell in head:
            in_medium = col in tops and row >= tops[col]  # 中期资金总额 and the rows under it: not this year's
            if remarks.get(row, col + 1) <= col:
                continue
            label = self._fund_text(row, col) if (row, col) not in taken and not in_medium else None
            at = self._amount_beside(row, col) if label is not None else None
            if label is None or at is None or at in taken:
                continue
            amount, unit = read_amount(_amount_shown(self.sheet.cells[at]))
            if amount is not None:
                taken.add(at)
                found.append(((row, col), label, at, amount, unit or draft.funds.unit))
        if not found:
            return
        funds = draft.funds
        # 创业担保贷款贴息资金 is a subsidy paid by the budget, not money of another kind; a 其中 row
        # is read into 其他资金 only where the amounts do not add up without it (below)
        others = [item for item in found if _OTHER_KIND.search(squash_label(item[1]))
                  and not _FISCAL_KIND.search(squash_label(item[1]))]
        extra = sum((convert_amount(amount, unit, funds.unit) for *_x, amount, unit in others), Decimal(0))
        had_other = "/funds/other" in draft.spans
        adds_up = (funds.total is not None and funds.fiscal is not None and funds.other is not None
                   and funds.total != funds.fiscal + funds.other and funds.total == funds.fiscal + funds.other + extra)
        within = funds.total is not None and funds.fiscal is not None and funds.total == funds.fiscal + (funds.other or 0)
        if others and ((not had_other and not within) or adds_up):  # within: the amounts add up without them
            self._read_as_other(draft, others, extra, had_other)
            found = [item for item in found if item not in others]
        found = [item for item in found
                 if not in_a_breakdown(funds, squash_label(item[1]), convert_amount(item[3], item[4], funds.unit))]
        if not found:
            return
        pieces_zh, pieces_en = _fund_pieces(found)
        draft.spans["/funds"] = _cell_span(*found[0][0])
        _add_note(draft.notes, "/funds", unread_funds_note(pieces_zh, pieces_en, len(found), workbook=True))

    def _read_as_other(self, draft: Draft, others: list[tuple[tuple[int, int], str, tuple[int, int], Decimal, str]],
                       extra: Decimal, had_other: bool) -> None:
        """Take the amounts of 单位自有资金, 社会资本 … into 其他资金, and say so at the first of them."""
        funds = draft.funds
        pieces_zh, pieces_en = _fund_pieces(others)
        unit = funds.unit
        if had_other:
            before = funds.other or Decimal(0)
            where = cell_name(draft.spans["/funds/other"].line, draft.spans["/funds/other"].column)
            funds.other = before + extra
            zh = (f"{pieces_zh}不在“其他资金”（{where}）之内：年度资金总额等于财政拨款、其他资金与它们之和，"
                  f"按其他资金合计 {decimal_text(funds.other)}{unit} 读取。若不对，请在 Excel 中改正“其他资金”一栏")
            en = (f"{pieces_en} are not in 其他资金 ({where}): the total is fiscal plus other plus them, so other was "
                  f"read as {decimal_text(funds.other)} {unit}. If that is wrong, correct the 其他资金 row in the workbook")
        else:
            funds.other = extra
            draft.spans["/funds/other"] = _cell_span(*others[0][2])
            zh = (f"表中没有“其他资金”一栏，{pieces_zh}属于其他资金，按其他资金 {decimal_text(extra)}{unit} 读取。"
                  "若不对，请在 Excel 中加一行“其他资金”写明金额")
            en = (f"The table has no 其他资金 row; {pieces_en} are other funds, read as 其他资金 {decimal_text(extra)} "
                  f"{unit}. If that is wrong, add a 其他资金 row with its amount in the workbook")
        _add_note(draft.notes, "/funds/other", Note(zh, en))

    def _empty_field(self, draft: Draft, key: str, row: int, col: int, labels: dict) -> None:
        """A label whose value cell is blank: the field is empty, and that cell is where, as
        ``implementer: ""`` in a target file (so a finding points at the blank cell)."""
        if key == "period" and draft.project.period is None:
            draft.notes.setdefault("/project/period", missing_period_note())
        if key in ("total", "fiscal", "other"):
            pointer = f"/funds/{key}"
        elif key == "goal":
            pointer = "/goal"
        elif key in _PROJECT_FIELDS:
            pointer = f"/project/{key}"
        else:
            return  # a fund source, 来源说明 or 指标体系 left blank: nothing to point at
        if pointer in draft.spans:
            return  # given elsewhere (or an earlier blank)
        if self.sheet.starts_merge(row, col + 1) and (row, col + 1) not in labels:
            draft.spans[pointer] = _cell_span(row, col + 1)  # the merged value cell beside the label
            return
        if self._label_row(row, labels) and (row + 1, col) not in labels:
            draft.spans[pointer] = _cell_span(row + 1, col)
            return
        target = col + 1
        while self.sheet.merged_top(row, target) == (row, col):
            target += 1  # the label's own merged cells
        draft.spans[pointer] = _cell_span(row, target)

    def _set_field(self, draft: Draft, key: str, value: Any, row: int, col: int, label: str,
                   label_span: Span) -> None:
        project = draft.project
        span = _cell_span(row, col)
        cell = self.sheet.cells.get((row, col))
        if cell is None or cell.value is not value:
            cell = _Cell(value, "General")  # an inline value ("项目编码：P-7")
        if key in ("total", "fiscal", "other", "fund_source"):
            set_amount(draft, key, label, _amount_shown(cell), span, label_span=label_span)
            return
        if key in self.weak:
            # Taken from the title so far: an explicit label says it better.
            self.weak.discard(key)
            setattr(project, key, None)
        if key == "year":
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                project.year = int(value)
            else:
                year = year_in(str(value))
                if year is None:
                    draft.notes["/project/year"] = Note(f"预算年度“{value}”不是年份",
                                                        f'The budget year "{value}" is not a year', rejected=True)
                    draft.spans["/project/year"] = span  # the note points at the cell
                    return
                project.year = year
            draft.spans["/project/year"] = span
            return
        text, note = _cell_text(cell)
        if key == "period" and (run := self._period_run(row, col, cell)) is not None:
            text, run_note, span = run
            note = run_note or note
        if key == "goal":
            draft.goal = text
            draft.spans["/goal"] = span
            return
        if set_source_or_framework(draft, key, text, span):
            return
        if key == "attribute":
            take_attribute(draft, text, span)
            if note:
                draft.notes.setdefault("/project/attribute", note)
            return
        if getattr(project, key) is not None:
            shown = shown_label(label)
            draft.notes.setdefault(f"/project/{key}", Note(f"表中有多个“{shown}”，取第一个",
                                                           f'The table has more than one "{shown}"; took the first'))
            return
        text = text.strip()
        if key in ("department", "implementer"):
            text = without_code(text)
        if key == "period":
            text = period_value(text)  # 2026年1月至2026年12月。 without its 。; 2024年1月至\n今年12月 joined
            if (end := self._period_end_below(row, col, text)) is not None:
                text = f"{text}{end[0]}"  # 2024年1月至 | (row below) 今年12月: one value whose row wrapped
                span = Span(span.line, span.column, span.end_line + 1, span.end_column)
                if end[1]:  # 2024年1月至 | (row below) 2026.1 in a number cell: October's 0 may be lost
                    lost = _lost_zero_note([end[0]])
                    note = lost if note is None else Note(f"{note.message_zh}；{lost.message_zh}",
                                                          f"{note.message_en}; {lost.message_en}")
            note = unread_period_note(text, open_end_note(text, note))  # 2024年1月至今: kept, no end made up, and said
        setattr(project, key, text)
        draft.spans[f"/project/{key}"] = span
        if note:
            draft.notes[f"/project/{key}"] = note

    def _period_end_below(self, row: int, col: int, text: str) -> tuple[str, bool] | None:
        """The rest of a period (``text``, at (row, col)) cut where its row wrapped, written in the cell below,
        alone in its row and no label (2024年1月至 over 今年12月 or 2026年12月; 2026年1月 over 至2026年12月), and
        whether it is a number cell showing month 1 (2026.1, maybe October with its 0 lost); None when there is
        none."""
        below = (row + 1, col)
        cell = self.sheet.cells.get(below)
        if cell is None or below in self.labels_at or not self._alone_in_row(*below):
            return None
        words = _cell_text(cell)[0].strip()
        return (words, _lost_zero(cell, words)) if period_goes_on(text, words) else None

    def _period_run(self, row: int, col: int, first: _Cell) -> tuple[str, Note | None, Span] | None:
        """A 实施期限 given over the cells of its row: a start and an end (2026/3/1 | 2026/11/30, or typed as
        text: 2026年3月1日 | 2026年11月30日, 2026.3 | 2026.11), maybe with a 至 / — cell between them and a 自
        cell before (自 | 2026年3月1日 | 至 | 2026年11月30日). The period as one text (start, joiner, end), a
        note where a number cell may have lost a trailing 0 (2026.1 for 2026.10; not a start whose end, in its
        year before October, rules October out), and the cells' span; a 自 cell
        and a start with no end give that start with its 自 (自2026年3月1日); None when the cells from ``col`` on
        are no such run. ``first`` is the value at ``col`` (the text after the
        label's colon when the label cell holds it: 实施期限：2026年3月 | 至 | 2026年11月)."""
        sheet = self.sheet
        in_row = sheet.by_row.get(row, [])
        run: list[int] = []
        for c in in_row[bisect_left(in_row, col):]:
            if c != col and sheet.merged_top(row, c) is not None:
                continue  # covered by the label's merge or a value's
            if (c != col and (row, c) in self.labels_at) or len(run) == 4:
                break
            run.append(c)
        if not run or run[0] != col:
            return None
        cells = [first, *(sheet.cells[(row, c)] for c in run[1:])]
        kinds = "".join(_period_kind(cell) for cell in cells)
        shape = _PERIOD_SHAPE.match(kinds)
        if shape is None:
            if kinds.startswith("fd"):  # 自 | 2026年3月1日 and no end: the start kept with its 自, not 自 alone
                text, note = _cell_text(cells[1])
                return f"{squash_label(str(first.value))}{text}", note, Span(row, col, row, run[1] + 1)
            return None
        cells = cells[:shape.end()]
        if kinds.startswith("f"):
            cells = cells[1:]  # 自: the start follows
        span = Span(row, col, row, run[shape.end() - 1] + 1)
        if kinds[shape.end() - 1] in "ot":  # 2026年3月 | 至今, 2026年3月 | 至 | 今: open at its end, no end date
            text, note = _cell_text(cells[0])
            if _lost_zero(cells[0], text):  # 2026.1 | 至今: the start may be October, as before a dated end
                note = _lost_zero_note([text])
            return f"{text}至今", note, span
        start, *between, end = cells
        joiner = "至" if between and squash_label(str(between[0].value)) in ("至", "到") else "-"
        shown = [_cell_text(cell) for cell in (start, end)]
        note = next((found for _text, found in shown if found is not None), None)
        dropped = [_lost_zero(cell, text) for cell, (text, _n) in zip((start, end), shown)]
        if dropped == [True, False] and _before_october(shown[0][0], shown[1][0]):
            dropped = [False, False]  # 2026.1 | 2026.6: October would start after the end, so the start is January
        # by cell, not by text: a text start 2026.1 beside a number end 2026.1 (maybe 2026.10) is the end's note
        lost = [text for (text, _n), maybe in zip(shown, dropped) if maybe]
        if lost:
            note = _lost_zero_note(lost)
        return f"{shown[0][0]}{joiner}{shown[1][0]}", note, span

    def _goal_rows(self, draft: Draft, cell: tuple[int, int], labels: dict, head_end: int) -> None:
        """A goal written over several rows (目标1 / 目标2 in cells below): join them."""
        row, col = cell
        label_rows = {label_row for label_row, _label_col in labels}
        parts = [self._goal_line(row, col, draft.goal or "")]
        r = row + 1
        while r < head_end:
            if r in label_rows or (r, col) not in self.sheet.cells or self._remark_row(r, col):
                break
            left = self._row_label_left(r, col)
            if left is not None:
                self.goal_enders[r] = left  # 另附资料 | 3: a row of its own; the 3 is the label's, noted, no page number
                break
            parts.append(self._goal_line(r, col, self.sheet.text(r, col) or ""))
            r += 1
        if parts[0] != (draft.goal or "") or len(parts) > 1:
            draft.goal = "\n".join(p.rstrip("\n") for p in parts)
            draft.spans["/goal"] = Span(row, col, r - 1, col + 1)

    def _row_label_left(self, row: int, col: int) -> int | None:
        """The column of a label opening ``row`` under the goal, left of the goal's column ``col`` (另附资料 | 3, 附件： |
        实施方案): a short cell ending in a colon or a label's word (资料, 附件, 名称, 日期 …, see _ROW_LABEL), or a fund
        row's label with its amount (其中：债券资金 | 3, noted at /funds). Such a row is its own, no row of the goal (the
        goal would take its value: a 3 glued under 完成养护。). A goal's row keeps its number or its own words there (目标2,
        2, 说明书 | 目标2：编印说明书。), and a cell naming a goal or a task (产出目标：, 主要任务：) is the goal's. None when no
        such label opens the row."""
        for c in self.sheet.by_row.get(row, ()):
            if c >= col:
                return None
            text = self.sheet.text(row, c) if self.sheet.merged_top(row, c) is None else None
            if text and text.strip():
                label = _ROW_LABEL.fullmatch("".join(nfkc(text).split())) or self._fund_row_label(row, c)
                return c if label else None
        return None

    def _remark_row(self, row: int, col: int) -> bool:
        """Whether ``row`` under the goal opens, left of the goal's column ``col``, with a remark's or a contact's
        label (备注 | 本项目含…, 联系人 | 王五): its own row, no row of the goal; its text is judged as the header's (a
        remark noted, a contact quiet), as the PDF text reader judges such a line."""
        for c in self.sheet.by_row.get(row, ()):
            text = self.sheet.text(row, c) if c < col else None
            if text and text.strip():
                return is_remark(text) or is_contact_label(text)
        return False

    def _goal_line(self, row: int, col: int, text: str) -> str:
        """One line of the goal: a bare number in its own cell ("目标1" | 完成…) with the text
        written in the next cell to its right."""
        number = text.strip()
        if not _GOAL_NUMBER.fullmatch(nfkc(number)):
            return text
        in_row = self.sheet.by_row.get(row, [])
        for c in in_row[bisect_right(in_row, col):]:
            if self.sheet.merged_top(row, c) is None and (words := self.sheet.text(row, c)):
                return f"{number}{'' if nfkc(number)[-1] in '.、:' else '：'}{words}"
        return text

    # -- grid ----------------------------------------------------------------------------------
    def _grid(self, draft: Draft, grid: tuple[int, dict[str, int]], end: int) -> None:
        sheet = self.sheet
        header_row, cols = grid
        # The columns' headings as the sheet prints them, for notes ("比较符" rather than "运算符").
        split = self.split_below.get(header_row, set())  # 符号 | 数值 | 单位: headed in the row under it
        self._headings = {col: shown_label(sheet.text(*self._origin(header_row + (col in split), col)) or "")
                          for col in cols.values()}
        # the grid's heading row stands for the indicators as a whole (a missing 一级 is told there)
        draft.spans.setdefault("/indicators", Span(header_row, min(cols.values()), header_row,
                                                   max(cols.values()) + 1))
        self._unread_columns(draft, header_row, cols, end)
        level1: str | None = None
        level2: str | None = None
        noted: set[tuple[str, ...]] = set()
        for row in sheet.rows_between(header_row, end):
            present = sheet.row_cells(row)
            first_text = next((t for _c, t in present if t.strip()), "")
            if _TOTAL_ROW.fullmatch(squash_label(first_text)) and not self._indicator_row(row, cols):
                if self._block_follows(row, cols, end):
                    continue  # a 小计 after each block: a row of the form, and the grid goes on
                break  # 合计 under the last block: what follows is no indicator
            if WORKBOOK_LABELS.footer(first_text) and not self._indicator_row(row, cols):
                break  # 填报人：…, 注：1.…, 单位（盖章）： below the grid: the form ends
            if self.headings_in_row.get(row, 0) >= 2:
                continue  # the header printed again (second header row, page break)
            cells = {key: sheet.value_or_merged(row, col) for key, col in cols.items()}
            content = self._has_row_content(cells)
            l1_text = (cells.get("l1", (None, False))[0] or "").strip() or None
            l2_text = (cells.get("l2", (None, False))[0] or "").strip() or None
            if "l1" in cols and "l2" in cols and self._origin(row, cols["l2"]) == self._origin(row, cols["l1"]):
                l2_text = None  # 满意度指标 merged over the 一级 and 二级 cells: no 二级 was written
            if l1_text is not None:
                if l1_text != level1:
                    level1, level2 = l1_text, None
                    draft.add_category(level1, None)
                    draft.label_spans.setdefault(level1, _cell_span(*self._origin(row, cols["l1"])))
            elif "l1" in cols and level1 is not None and (content or l2_text):
                inferred = self._blank_level1(draft, row, cols, level1, l2_text, noted)
                if inferred is not None:
                    level1, level2 = inferred, None
            if l2_text is not None:
                if l2_text != level2:
                    level2 = l2_text
                    if "l1" not in cols:
                        guess = level1_of(level2) or level1 or "产出指标"
                        if guess != level1:
                            level1 = guess
                            draft.add_category(level1, None)
                            draft.notes[(level1,)] = Note(
                                f"表中没有一级指标列，按二级指标“{level2}”推断为“{level1}”",
                                f'The table has no level-1 column; inferred "{level1}" from the level-2 "{level2}"')
                    if level1 is not None:
                        draft.add_category(level1, level2)
                        draft.label_spans.setdefault((level1, level2), _cell_span(*self._origin(row, cols["l2"])))
            elif "l2" in cols and level2 is not None and content and (level1, level2) not in noted:
                noted.add((level1, level2))  # type: ignore[arg-type]
                at = self._origin(row, cols["l2"])
                where = sheet.range_name(*at)
                if sheet.starts_merge(*at):  # an empty merged range: "not merged" would be wrong
                    note = Note(f"二级指标单元格 {where} 是合并单元格但没有填写，沿用上方的“{level2}”",
                                f'The level-2 cells {where} are merged but empty; kept "{level2}" from above')
                else:
                    note = Note(f"二级指标单元格为空且未合并（{where}），沿用上方的“{level2}”",
                                f'The level-2 cell is empty and not merged ({where}); kept "{level2}" from above')
                draft.notes.setdefault((level1, level2), note)
            if not content:
                continue
            name_text, name_merged = cells.get("l3", (None, False))
            name_note = None
            if name_merged and name_text and name_text.strip():
                # one 三级 cell merged over rows each with a value of its own: every row is that indicator's,
                # not an indicator with no name (a value's words continued in the row below would be one)
                where = sheet.range_name(*self._origin(row, cols["l3"]))
                shown = _unwrapped(name_text)
                name_note = merged_name_note(shown, f"三级指标单元格 {where} 是合并单元格",
                                             f"The indicator name cells {where} are merged")
            self._row(draft, row, cols, level1, level2, None if name_merged and name_note is None else name_text,
                      sheet.raw(row, cols["value"]), name_note)

    def _block_follows(self, row: int, cols: dict[str, int], end: int) -> bool:
        """Whether the next row with content after ``row`` starts or goes on with a block of the grid:
        a known 一级 or 二级 in its cells."""
        for later in self.sheet.rows_between(row, end):
            texts = [(self.sheet.text(later, cols[key]) or "").strip() for key in ("l1", "l2") if key in cols]
            if not any(texts) and not (self.sheet.text(later, cols["l3"]) or "").strip():
                continue
            return any(canonical_level1(text) in _KNOWN_LEVEL1 or level1_of(text) is not None for text in texts if text)
        return False

    def _unread_columns(self, draft: Draft, header_row: int, cols: dict[str, int], end: int) -> None:
        """Columns of the grid under a heading the format has no field for (指标值设定依据, 历史值),
        with something written in them: noted once, so that what they hold is not lost unsaid. A hidden
        column (the template's helper codes) was kept out of the table by the department: not noted."""
        sheet = self.sheet
        known = set(cols.values())
        rows = sheet.rows_between(header_row, end)
        unread = [(col, shown_label(text)) for col, text in sheet.row_cells(header_row)
                  if col not in known and col not in sheet.hidden_columns and text.strip()
                  and sheet.merged_top(header_row, col) is None
                  and WORKBOOK_LABELS.column(text) is None and min(known) < col
                  and not _NOT_TARGET_COLUMN.fullmatch(re.sub(r"\s", "", text))
                  and any((sheet.text(row, col) or "").strip() for row in rows)]
        if not unread:
            return
        # quoted and listed as the header note is (cut at QUOTE_MAX characters, at most PIECES_MAX headings)
        zh, en = listed_pieces([f"{cell_name(header_row, col)}{quote_zh(text)}" for col, text in unread],
                               [f"{quote_en(text)} ({cell_name(header_row, col)})" for col, text in unread], "列")
        these = "这一列" if len(unread) == 1 else "这几列" if len(unread) <= PIECES_MAX else ""
        _add_note(draft.notes, "/indicators", Note(
            f"指标表中{zh}{these}没有读入：ggtlint 只读取每条指标的名称、指标值、"
            "计量单位、指标性质、权重和备注。需要保留的内容，请在 Excel 中写进“备注”一列",
            f"The column{'s' if len(unread) > 1 else ''} {en} of the indicator grid {'were' if len(unread) > 1 else 'was'} "
            "not read: an indicator in a target file has only its name, value, unit, nature, weight and note. "
            "Put what must be kept in the 备注 (note) column"))

    def _blank_level1(self, draft: Draft, row: int, cols: dict[str, int], level1: str, l2_text: str | None,
                      noted: set[tuple[str, ...]]) -> str | None:
        """A row with content whose 一级 cell is blank: blank and not merged, or an empty merged
        range (what is left when the merge above swallowed the label, 合并过头). Returns the 一级
        inferred from the row's 二级 when that belongs to another 一级 than the one above
        (社会效益指标 after 产出指标), else None (the 一级 above is kept). Either way noted, naming
        the blank cell and, when the merge above ran into another 一级's rows, that merge."""
        sheet = self.sheet
        at = self._origin(row, cols["l1"])  # the blank cell, or the top of the empty merge it is in
        where = sheet.range_name(*at)
        top = cell_name(*at)
        merged = sheet.starts_merge(*at)
        guess = level1_of(l2_text) if l2_text else None
        # Only between the known 一级: a table with 一级 of its own naming is left as written.
        if guess is not None and canonical_level1(level1) in _KNOWN_LEVEL1 and guess != canonical_level1(level1):
            # The name as the table writes it, when this 一级 was already given.
            name = next((known for known in draft.level1_order if canonical_level1(known) == guess), guess)
            draft.add_category(name, None)
            draft.label_spans.setdefault(name, _cell_span(*at))
            noted.add((name,))
            blank_zh = f"一级指标单元格 {where} 是合并单元格但没有填写" if merged else f"一级指标单元格 {where} 为空"
            blank_en = (f"The level-1 cells {where} are merged but empty" if merged
                        else f"The level-1 cell {where} is empty")
            swallowed = self._swallowed(draft, level1, guess, cols)
            one_merge = merged and draft.label_spans.get(level1) == _cell_span(*at)
            if one_merge:
                # The 一级 above was itself read from this empty merge: it spans the rows of two 一级.
                row_cell = cell_name(row, at[1])
                zh = (f"{blank_zh}，却跨了两类一级指标的行：第 {row} 行的二级指标“{l2_text}”属于“{name}”，按它读作"
                      f"“{name}”。请取消 {where} 的合并，分别填写每类一级指标（{row_cell} 填“{name}”）")
                en = (f'{blank_en} and span the rows of two level-1 categories: the level-2 "{l2_text}" in row {row} '
                      f'belongs to "{name}", and was read so. Unmerge {where} and write each level-1 category '
                      f'("{name}" in {row_cell})')
            elif swallowed is not None:
                above, first_row, first_l2 = swallowed
                label = draft.label_spans[level1]
                new_range = f"{cell_name(first_row, at[1])}:{cell_name(*sheet.merge_end.get(at, at))}"
                zh = (f"{blank_zh}；上方“{level1}”的合并单元格 {above} 合并过了头，把第 {first_row} 行属于"
                      f"“{name}”的二级指标“{first_l2}”也并了进去。按二级指标把 {where} 读作“{name}”。"
                      f"请取消 {above} 的合并，重新合并 {cell_name(label.line, label.column)}:"
                      f"{cell_name(first_row - 1, at[1])} 为“{level1}”，合并 {new_range} 并填写“{name}”")
                en = (f'{blank_en}; the merged "{level1}" cells {above} above run too far, over row {first_row}, '
                      f'whose level-2 "{first_l2}" belongs to "{name}". Read {where} as "{name}" from the level-2 '
                      f"categories. Unmerge {above}, merge {cell_name(label.line, label.column)}:"
                      f'{cell_name(first_row - 1, at[1])} as "{level1}", and merge {new_range} and write "{name}" '
                      "in it")
            else:
                zh = f"{blank_zh}，按二级指标“{l2_text}”读作“{name}”：请在 {top} 填写“{name}”"
                en = f'{blank_en}; read as "{name}" from the level-2 "{l2_text}": write "{name}" in {top}'
            _add_note(draft.notes, (name,), Note(zh, en))  # type: ignore[arg-type]
            return name
        if (level1,) in noted:
            return None
        if not merged and guess is not None and guess == canonical_level1(level1):
            return None  # 一级 written once per block, the rest left blank: the 二级 confirms it, nothing is in doubt
        # Most likely meant as "same as above", but say so.
        noted.add((level1,))
        if merged:
            note = Note(f"一级指标单元格 {where} 是合并单元格但没有填写，沿用上方的“{level1}”：请在 {top} 填写一级指标",
                        f'The level-1 cells {where} are merged but empty; kept "{level1}" from above: write the '
                        f"level-1 category in {top}")
        else:
            note = Note(f"一级指标单元格为空且未合并（{where}），沿用上方的“{level1}”",
                        f'The level-1 cell is empty and not merged ({where}); kept "{level1}" from above')
        draft.notes.setdefault((level1,), note)
        return None

    def _swallowed(self, draft: Draft, level1: str, guess: str, cols: dict[str, int]) -> tuple[str, int, str] | None:
        """When the merged cell of ``level1`` runs over rows whose 二级 belongs to ``guess``: that
        merge ("A16:A24"), the first such row and its 二级."""
        label = draft.label_spans.get(level1)
        if label is None or (label.line, label.column) not in self.sheet.merge_end:
            return None
        end_row = self.sheet.merge_end[(label.line, label.column)][0]
        for row in self.sheet.rows_between(label.line - 1, end_row + 1):
            text = (self.sheet.text(row, cols["l2"]) or "").strip() if "l2" in cols else ""
            if text and level1_of(text) == guess:
                return self.sheet.range_name(label.line, label.column), row, text
        return None

    def _join_operator(self, row: int, col: int, value_col: int, value: str, notes: dict[str, Note]) -> str:
        """``value`` with the operator of an operator column in front (:func:`join_operator`), the
        columns named by the sheet's own headings."""
        joined, note = join_operator(self.sheet.text(row, col) or "", value, self._headings[col],
                                     self._headings[value_col])
        if note is not None:
            _add_note(notes, "value", note)
        return joined

    def _mistyped(self, row: int, col: int, cell: _Cell, shown: str, level2: str,
                  name: str) -> tuple[Note, str | None] | None:
        """What Excel made of a value typed the usual way, when the importer can tell, and the
        value to read instead if any: "=100%" became a formula showing 100% (the ＝ is lost), a
        date in a 常规 cell shows as 45626 (read as that date, so the deadline is checked)."""
        formula = self.sheet.formulas.get((row, col))
        if formula is not None:
            return Note(f"单元格里是公式“={formula}”（在 Excel 中输入以“=”开头的内容会变成公式），读到的是它显示的"
                        f"“{shown}”，没有“＝”：请改为输入全角的“＝{formula}”，或先输入英文单引号，写成“'={formula}”",
                        f'The cell holds the formula "={formula}" (Excel turns anything typed with a leading "=" '
                        f'into a formula); read as what it shows, "{shown}", without the "=": type a full-width '
                        f'"＝{formula}" instead, or start with an apostrophe: \'={formula}'), None
        value = cell.value
        if (isinstance(value, (int, float)) and not isinstance(value, bool) and cell.number_format == "General"
                and _DATE_SERIALS[0] <= value <= _DATE_SERIALS[1] and float(value).is_integer()
                and ("时效" in level2 or _ABOUT_TIME.search(name))):
            from openpyxl.utils.datetime import from_excel

            try:
                day = from_excel(value, self.sheet.epoch)
            except (ValueError, OverflowError, TypeError):
                return None
            text = f"{day.year}年{day.month}月{day.day}日"
            return Note(f"单元格显示的是数字“{shown}”，像是日期 {text} 的单元格格式被设成了“常规”，按这个日期检查：请直接"
                        f"输入文字，如“{text}前”",
                        f'The cell shows the number "{shown}": probably the date {day:%Y-%m-%d} with its cell '
                        f'format set to General, and checked as that date; type it as text instead, e.g. "{text}前"'), text
        return None

    def _indicator_row(self, row: int, cols: dict[str, int]) -> bool:
        """True when the row has a 三级 name and a value that are no footer text ("审核人：李四",
        "联系电话：…"): a row named "负责人" with a value of its own is an indicator, not the end
        of the form."""
        name, value = ((self.sheet.text(row, cols[key]) or "").strip() for key in ("l3", "value"))
        if not (name and value) or WORKBOOK_LABELS.footer(value):
            return False
        label = WORKBOOK_LABELS.footer(name)
        return label is None or squash_label(name) == label  # "审核人：李四" is no name

    def _origin(self, row: int, col: int) -> tuple[int, int]:
        return self.sheet.merged_top(row, col) or (row, col)

    def _has_row_content(self, cells: dict[str, tuple[str | None, bool]]) -> bool:
        for key in ("l3", "value", "unit", "nature", "weight", "note", "op"):
            text, merged = cells.get(key, (None, False))
            if text is not None and not merged and str(text).strip():
                return True
        return False

    def _row(self, draft: Draft, row: int, cols: dict[str, int], level1: str | None, level2: str | None,
             name: str | None, value_raw: Any, name_note: Note | None = None) -> None:
        sheet = self.sheet
        notes: dict[str, Note] = {} if name_note is None else {"name": name_note}
        if level1 is None:
            level1 = level1_of(level2 or "") or "产出指标"
            draft.add_category(level1, None)
            notes[""] = Note(f"此行之前没有一级指标，按“{level1}”处理",
                             f'No level-1 category before this row; filed under "{level1}"')
        if level2 is None:
            level2 = DEFAULT_LEVEL2.get(canonical_level1(level1), level1)
            notes.setdefault("", Note(f"此行没有二级指标，暂归入“{level2}”",
                                      f'The row has no level-2 category; filed under "{level2}" for now'))
        draft.add_category(level1, level2)
        value_col = cols["value"]
        if value_raw is None and "op" in cols and sheet.merged_top(row, value_col) == (row, cols["op"]):
            # 符号 and 数值 merged into one cell for a date or a phrase: that cell holds the whole value
            value_col = cols["op"]
            value_raw = sheet.raw(row, value_col)
        if value_raw is None:
            value = ""
        else:
            cell = sheet.cells[(row, value_col)]
            value, note = _cell_text(cell)
            value = _unwrapped(value)
            if note:
                _add_note(notes, "value", note)
            typed = self._mistyped(row, value_col, cell, value, level2, name or "")
            if typed is not None:
                _add_note(notes, "value", typed[0])
                if typed[1] is not None:  # a date that lost its format: checked as the date the note names
                    value = typed[1]
        if value_col == cols["l3"]:  # no 指标值 column: the value typed after the name in its cell
            from ggtlint.importers.pdftext import name_and_value  # only such forms need the PDF-text reader
            name, value = name_and_value(value)
        # 预算一体化 exports put the comparison in the 指标性质 column (≥, ≤, ＝): it is the value's,
        # joined before a 指标方向 column is looked at (which asks for one when the value has none)
        nature_text = (sheet.text(row, cols["nature"]) or "").strip() if "nature" in cols else ""
        nature_is_operator = "op" not in cols and is_operator_only(nature_text)
        if nature_is_operator:
            value = self._join_operator(row, cols["nature"], value_col, value, notes)
        for key in ("op", "direction"):
            if key in cols and cols[key] != value_col:
                value = self._join_operator(row, cols[key], value_col, value, notes)
        if name is None or not name.strip():
            notes["name"] = Note("三级指标名称为空", "The indicator name (三级指标) is empty")
            name = name or ""
        result = DraftRow(level1=level1, level2=level2, name=_unwrapped(name), value=value, notes=notes)
        result.spans["name"] = _cell_span(row, cols["l3"])
        result.spans[""] = result.spans["name"]
        result.spans["value"] = _cell_span(row, value_col)
        for key in ("unit", "nature", "note"):
            if key in cols and not (key == "nature" and nature_is_operator):
                text = sheet.text(row, cols[key])
                if text is not None and text.strip():
                    setattr(result, key, text)
                    result.spans[key] = _cell_span(row, cols[key])
        if "weight" in cols:
            cell = sheet.cells.get((row, cols["weight"]))
            raw = None if cell is None else cell.value
            if raw is not None:
                amount, note = read_weight(raw)
                if amount is not None and not isinstance(raw, str) and shows_percent(raw, cell.number_format):
                    amount = Decimal(decimal_text(amount * 100))  # 0.2 shown as 20% is 20 points
                if note is not None:
                    notes["weight"] = note
                else:
                    result.weight = amount
                    result.spans["weight"] = _cell_span(row, cols["weight"])
        draft.rows.append(result)


# 其他资金 by kind: the unit's own money, social capital, loans, donations, its own income.
_OTHER_KIND = re.compile(r"自有|自筹|社会资本|社会资金|社会投资|贷款|捐赠|事业收入|经营收入|其他收入|单位资金")
_FISCAL_KIND = re.compile(r"贴息|补贴|补助|财政|奖补")
_TOTAL_ROW = re.compile(r"(?:权重|分值)?(?:合计|小计|总计)")
# The number of one line of the goal in a cell of its own, its text in the next cell: 目标1, 目标一, 1.
_GOAL_NUMBER = re.compile(r"(?:目标)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、:]?")
# A row's own label left of the goal's column under the goal (on NFKC text without spaces): a short run of Chinese
# words, a bracket after it (另附资料(份)), ending in a colon or a label's word; none naming a goal (产出目标：, a
# goal's own row). 说明书 | 目标2：… ends in neither and stays the goal's.
_ROW_LABEL = lazy_pattern(
    r"(?!.*(?:目标|任务))[\u4e00-\u9fff]{0,8}(?:资料|材料|附件|清单|名称|编码|编号|代码|单位|部门|人|电话|方式|地址|日期|时间"
    r"|依据|意见|情况|类别|类型|份数|页数)(?:\([\u4e00-\u9fff]{1,4}\))?:?"
    r"|(?!.*(?:目标|任务))[\u4e00-\u9fff]{2,10}(?:\([\u4e00-\u9fff]{1,4}\))?:")
_AMOUNT_KEYS = frozenset({"total", "fiscal", "other", "fund_source"})
_KNOWN_LEVEL1 = frozenset(DEFAULT_LEVEL2)  # 产出指标, 效益指标, 满意度指标, 成本指标
# Excel date serials from 2000-01-01 to 2050-12-31: a bare whole number in this range under a
# time indicator is a date shown in a 常规 (General) cell, not a count.
_DATE_SERIALS = (36526, 54789)
_ABOUT_TIME = re.compile(r"时间|日期|时限|期限|截止|完成时")


def _is_day(cell: _Cell) -> bool:
    """A date cell (a datetime is a date too), or a text cell holding one date alone (2026年11月30日, not
    2026年11月30日前 nor a span)."""
    if isinstance(cell.value, _dt.date):
        return True
    if not isinstance(cell.value, str):
        return False
    parsed = parse_value(cell.value)
    return parsed.kind == "deadline" and parsed.op is None and parsed.deadline is not None


# the cells of a period over a row, one letter each: f 自 / 从, d a date, j a joiner (至, —), o 至今 (an open end),
# t 今 (after a joiner: 至 | 今), n anything else
_PERIOD_SHAPE = re.compile(r"f?d(?:j?d|o|jt)")
_OPEN_END_CELL = frozenset({"至今", "到今", "迄今"})
_FROM_CELL = frozenset({"自", "从"})
_JOIN_CELL = frozenset({"至", "到", "-", "—", "–", "~", "～", "——", "－"})
# a year and month with a dot, as a text cell or a number cell shows it (2026.3, 2026.11)
_DOTTED_MONTH = re.compile(r"20[0-9]{2}[./](?:0?[1-9]|1[0-2])")


def _period_kind(cell: _Cell) -> str:
    """The letter of one cell of a period (see _PERIOD_SHAPE)."""
    value = cell.value
    if isinstance(value, str):
        squashed = squash_label(value)
        if squashed in _FROM_CELL:
            return "f"
        if squashed in _JOIN_CELL:
            return "j"
        if squashed in _OPEN_END_CELL:
            return "o"
        if squashed == "今":
            return "t"
        if _DOTTED_MONTH.fullmatch(nfkc(squashed)):
            return "d"
    elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return "d" if _DOTTED_MONTH.fullmatch(_cell_text(cell)[0]) else "n"
    return "d" if _is_day(cell) else "n"


# a year and a month at the start of a shown date: 2026.6, 2026年6月30日, 2026/6/30, 2026-06
_YEAR_MONTH = re.compile(r"(20[0-9]{2})[./年-]([0-9]{1,2})")


def _before_october(start: str, end: str) -> bool:
    """True when ``end`` (as shown) falls in ``start``'s year before October: a start shown as month 1
    (2026.1) then cannot be 2026.10 with its 0 dropped, as the period would end before it starts."""
    first, last = _YEAR_MONTH.match(nfkc(start)), _YEAR_MONTH.match(nfkc(end))
    return (first is not None and last is not None and first[1] == last[1]
            and 1 <= int(last[2]) < 10)


def _lost_zero_note(lost: list[str]) -> Note:
    """The note for a period's number cells shown as month 1 (``lost``: 2026.1), which may be October typed
    2026.10 with its 0 dropped by Excel."""
    words = "、".join(lost)
    return Note(f"实施期限写在数值单元格中（{words}），按{words}读取：Excel 不显示数值末尾的 0，写作 2026.10 的"
                "10月也显示为 2026.1。若指10月，请把单元格设为文本，写“2026.10”或“2026年10月”",
                f"The period is in number cells ({', '.join(lost)}), read as shown: Excel drops a number's "
                "trailing 0, so October typed as 2026.10 shows as 2026.1. If October is meant, make the cell "
                "text and write 2026.10 or 2026年10月")


def _lost_zero(cell: _Cell, shown: str) -> bool:
    """True for a number cell showing a month 1 (2026.1): typed 2026.10, it shows the same."""
    return (isinstance(cell.value, (int, float, Decimal)) and not isinstance(cell.value, bool)
            and shown.endswith(".1"))


def _fund_pieces(rows: list[tuple[tuple[int, int], str, tuple[int, int], Decimal, str]]) -> tuple[str, str]:
    """Fund rows as notes name them: label cell, label, amount and its cell (A8“其中：以前年度结转”的 20万元（B8）)."""
    zh = "、".join(f"{cell_name(*at)}“{label}”的 {decimal_text(amount)}{unit}（{cell_name(*amount_at)}）"
                  for at, label, amount_at, amount, unit in rows)
    en = ", ".join(f'"{label}" ({cell_name(*at)}): {decimal_text(amount)} {unit} ({cell_name(*amount_at)})'
                   for at, label, amount_at, amount, unit in rows)
    return zh, en


def _holds_remark(text: str) -> bool:
    """Whether a cell's ``text`` holds a remark's label, opening it or after a contact's value (联系人：王五  备注：资金
    已下达, 手机：139…；备注：…): a remark naming money is the writer's word, not a fund row's label (which the funds
    note names only beside an amount, so taking it for one dropped it unsaid)."""
    return any(is_remark(piece) for spaced in nfkc(text).split() for piece in split_glued_remarks(spaced))


# A page or sheet number a header prints (1, 2 …): below this, a whole number beside no label says nothing to note
_PAGE_NUMBER_MAX = 100


def _small_whole_number(value: object) -> bool:
    """Whether a header cell's ``value`` is a whole number from 1 to 99 (a page or sheet number), not a date."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return False
    # a cell of a damaged or hand-made file may hold 1E999 (read as inf) or NaN, which int() refuses: no page number
    if not (value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)):
        return False
    return value == int(value) and 0 < value < _PAGE_NUMBER_MAX


def _cell_span(row: int, col: int) -> Span:
    return Span(row, col, row, col + 1)


def _place(span: Span) -> tuple[str, str]:
    """A cell as notes name it (A1), in both languages."""
    name = cell_name(span.line, span.column)
    return name, name


# -- the workbook -------------------------------------------------------------------------------

def _unreadable(shown: str, zh: str, en: str, code: str = "LOAD012") -> ImportResult:
    return ImportResult(path=shown, kind="xlsx", problems=[Problem(code, zh, en)])


# How the table is scored at evaluation (指标解释, 评（扣）分标准), a column of the provincial template,
# and what the reviewing department wrote against each row (审核意见): no part of the target, left
# out without a note as the PDF text importer leaves the scoring.
_NOT_TARGET_COLUMN = re.compile(r"指标解释|评[（(]?扣[）)]?分标准|评分(?:标准|规则|办法)|扣分标准"
                                r"|(?:主管部门|财政部门|部门|财政)?审核意见(?:[（(][^）)]{0,12}[）)])?")
# Sheets a template holds besides the table: how to fill it in (填表须知, 填报指引 too), its cover and
# contents, the lists its drop-down cells choose from (下拉选项).
_INSTRUCTIONS = re.compile(r"(说明|须知|指引|指南|注意事项|填报要求|填表要求|指标解释|目录|封面|下拉选项|下拉列表)$")
# Sheets a template brings with a table of its own: a filled example, the indicator library.
_EXAMPLE_SHEET = re.compile(r"示例|样表|范例|范本|指标库|参考指标|指标参考")
# A summary sheet (项目汇总: a line per project with its name, department and amount) in front of a
# sheet per project lists the tables the other sheets hold: with no indicator grid anywhere on it,
# not a table (a batch export's 汇总 sheet of whole tables is read as ever).
_SUMMARY_SHEET = re.compile(r"汇总")
# Sheets of workings that departments attach (资金测算, 支出明细, 采购清单): skipped unless they
# hold something of a target table (see _target_sign), so they give no note on every run.
_SUPPORTING = re.compile(r"测算|明细|清单|依据|计算")
_GRID_SIGNS = frozenset({"l1", "l2", "l3", "value"})


def _target_sign(sheet: _Sheet) -> tuple[tuple[int, int], str] | None:
    """The first cell of a sheet without a table that a target table would have (its title,
    项目名称, a 一级指标 … 指标值 heading), with its text; None when there is none."""
    for at, cell in sheet.cells_in_rows(0, sheet.rows[-1] + 1 if sheet.rows else 0):
        value = cell.value
        if not isinstance(value, str):
            continue
        header = WORKBOOK_LABELS.header(value)
        if (WORKBOOK_LABELS.column(value) in _GRID_SIGNS or (header is not None and header[0] == "name")
                or is_title(squash_label(value))):
            return at, value.strip()
    return None


def read_workbook(data: bytes, shown: str) -> ImportResult:
    """Every table in an .xlsx workbook (bytes); problems are returned, never raised."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return _unreadable(shown, "工作簿已损坏或不完整（可能下载或复制时被截断），请重新下载或在 Excel 中另存一份。",
                           "The workbook is damaged or incomplete (perhaps cut short while downloading or "
                           "copying): download it again or save a new copy in Excel.")
    if "xl/workbook.xml" not in names and not any(n.lower() == "xl/workbook.xml" for n in names):
        return _unreadable(shown, "文件不是 Excel 工作簿（内容像是 Word 文件或普通压缩包），可能是改了扩展名的"
                                  "其他文件。请把表格在 Excel 中另存为 .xlsx 后再试。",
                           "The file is not an Excel workbook (its content looks like a Word file or an ordinary "
                           "archive): probably another file given a new name. Save the table as .xlsx in Excel, "
                           "then try again.")
    if unpacked > _MAX_UNPACKED:
        return _unreadable(shown, f"工作簿内容过大（解压后超过 {_MAX_UNPACKED // 1048576} MiB），出于安全原因不予读取。",
                           f"The workbook is too large (over {_MAX_UNPACKED // 1048576} MiB once unpacked); "
                           "not read, for safety.",
                           code="LOAD008")
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a declared dependency
        return _unreadable(shown, "读取 .xlsx 需要 openpyxl：pip install openpyxl。",
                           "Reading .xlsx needs openpyxl: pip install openpyxl.")
    paths = _sheet_paths(archive)
    sheets: list[_Sheet] = []
    hidden_sheets: set[str] = set()
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, conditional formats):
            # irrelevant here, and they would clutter the report.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                for ws in workbook.worksheets:
                    if ws.sheet_state != "visible":
                        hidden_sheets.add(ws.title)
                    # The saved used range (<dimension>) is often stale or "A1" (WPS, export
                    # libraries); read-only openpyxl would stop reading at it and drop rows.
                    ws.reset_dimensions()
                    xml = _sheet_xml(archive, paths.get(ws.title))
                    sheets.append(_Sheet(ws.title, ws.iter_rows(), _merges(xml), workbook.epoch,
                                         _constant_formulas(xml), _hidden_columns(xml)))
            finally:
                workbook.close()
    except Exception:  # noqa: BLE001 - openpyxl raises many types on damaged input
        return _unreadable(shown, "工作簿无法打开（已损坏或格式不对），请在 Excel 中打开后另存为 .xlsx 再试。",
                           "The workbook cannot be opened (damaged, or not a proper .xlsx file): open it in "
                           "Excel, save it as .xlsx and try again.")
    result = ImportResult(path=shown, kind="xlsx")
    drafts: list[Draft] = []
    empty: list[str] = []  # sheets with nothing on them, or instructions for filling in (no table)
    cells = 0
    for sheet in sheets:
        cells += len(sheet.cells)
        if cells > _MAX_CELLS:
            result.problems.append(Problem("LOAD008", f"工作簿单元格超过 {_MAX_CELLS} 个，其余工作表未读取。",
                                           f"The workbook has more than {_MAX_CELLS} cells; the other sheets were not read.",
                                           sheet=sheet.title))
            break
        if not sheet.cells:
            empty.append(sheet.title)
            continue
        found = _SheetReader(sheet, shown).read()
        title = sheet.title.replace(" ", "")
        sign = None if found else _target_sign(sheet)
        if not found and (_INSTRUCTIONS.search(title) or (_SUPPORTING.search(title) and sign is None)):
            # 填表说明, 目录: the template's own pages; 资金测算, 支出明细: the workings behind the
            # amounts, named so and holding nothing of a target table. Nothing to report.
            empty.append(sheet.title)
        elif not found and sign is not None:
            (row, col), text = sign
            result.problems.append(Problem(
                "LOAD004",
                f"工作表“{sheet.title}”的 {cell_name(row, col)} 写有“{text}”，像是绩效目标表，但没有读出来：表中既没有"
                "“项目名称”一栏，也没有完整的“一级指标、二级指标、三级指标、指标值”表头行。",
                f"Sheet '{sheet.title}' has \"{text}\" in {cell_name(row, col)}, as a target table does, but no table "
                "was read from it: it has neither a 项目名称 field nor a whole header row 一级指标, 二级指标, "
                "三级指标, 指标值.",
                sheet=sheet.title, line=row, column=col))
        elif not found:
            result.problems.append(Problem(
                "LOAD004",
                f"工作表“{sheet.title}”中没有找到绩效目标表（既没有“项目名称”一栏，也没有“一级指标、二级指标、三级指标、指标值”表头行）。",
                f"No target table on sheet '{sheet.title}' (no 项目名称 field, and no header row "
                "一级指标, 二级指标, 三级指标, 指标值).",
                sheet=sheet.title))
        drafts.extend(found)
    # A hidden sheet (the blank template, last year's copy), the template's filled example (填报示例)
    # and its indicator library (指标库) are not what the department filled in; nor is a summary of
    # the projects the other sheets hold.
    set_aside = hidden_sheets | {sheet.title for sheet in sheets if _EXAMPLE_SHEET.search(sheet.title.replace(" ", ""))}
    gridded = {draft.sheet for draft in drafts if draft.rows}
    set_aside |= {draft.sheet for draft in drafts if draft.sheet and draft.sheet not in gridded
                  and _SUMMARY_SHEET.search(draft.sheet.replace(" ", ""))}
    if any(draft.sheet not in set_aside for draft in drafts):
        drafts = [draft for draft in drafts if draft.sheet not in set_aside]
        result.problems = [problem for problem in result.problems if problem.sheet not in set_aside]
    for index, draft in enumerate(drafts):
        result.tables.append(assemble(draft, shown, index))
    if not drafts and not result.problems:
        result.problems.append(Problem("LOAD004", "工作簿中没有任何内容，没有绩效目标表。",
                                       "The workbook is empty: it holds no target table."))
    elif not drafts and empty:
        result.problems.append(Problem("LOAD004", "工作簿中没有找到绩效目标表。", "No target table in the workbook."))
    return result


# -- export ------------------------------------------------------------------------------------

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(name: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub("", name).strip("' ") or "绩效目标表"
    base = base[:31]
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(title.lower())
    return title


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write a value; text is always stored as text (a value "=100%" is not a formula)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        cell.data_type = "s"
    elif isinstance(value, Decimal):
        as_float = float(value)
        if as_decimal(as_float) == value:
            cell.value = as_float
            cell.number_format = "#,##0.00" if value != value.to_integral() or value.as_tuple().exponent < 0 else "#,##0"
        else:  # more digits than a double holds: keep the exact text
            cell.value = format(value, "f")
            cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _fill_sheet(ws: Any, table: Table) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    extras = [key for key in ("unit", "nature", "weight", "note")
              if any(getattr(ind, key) is not None for ind in table.indicators)]
    width = 4 + len(extras)
    row = 1
    if table.project.title:
        cell = _put(ws, row, 1, table.project.title)
        cell.font = Font(bold=True, size=14)
        cell.alignment = centre
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        ws.row_dimensions[row].height = 28
        row += 1
    # The form's own wording, not field_word("funds.unit") ("单位"): "金额单位：" is what the
    # importers read as the unit of the amounts.
    _put(ws, row, 1, f"金额单位：{table.funds.unit}")
    row += 1
    project, funds = table.project, table.funds
    header: list[tuple[str, Any]] = [
        (field_word(f"project.{key}"), getattr(project, key))
        for key in ("name", "code", "category", "attribute", "period", "year", "department", "implementer", "region")
        if key not in ("attribute", "period") or getattr(project, key) is not None]  # most tables give neither: no blank row
    framework_label = field_word("project.framework")
    if project.framework:
        # In words an officer reads (旧版 / 2021版 …), not the code; the importer reads both.
        header.append((framework_label, FRAMEWORK_WORDS.get(project.framework, project.framework)))
    if table.source:
        header.append((field_word("source"), table.source))
    header += [(field_word(f"funds.{key}"), getattr(funds, key)) for key in ("total", "fiscal", "other")]
    for name, amount in funds.fiscal_sources.items():
        label = name if name.endswith("资金") else f"{name}资金"
        header.append((label, amount))
    goal_label = field_word("goal")
    header.append((goal_label, table.goal))
    for label, value in header:
        cell = _put(ws, row, 1, label)
        cell.font = bold
        cell.fill = fill
        cell.alignment = wrap
        cell.border = border
        if value is not None:
            target = _put(ws, row, 2, value)
        else:
            target = ws.cell(row=row, column=2)
        target.alignment = wrap
        target.border = border
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
        if label == framework_label:
            _framework_choices(ws, target.coordinate)
        if label == goal_label and isinstance(value, str):
            ws.row_dimensions[row].height = 2 * _LINE_POINTS  # room to write in a blank form; _fit_rows grows it
        row += 1
    row += 1  # a blank row before the grid
    # 一级指标 and 二级指标 are keys, with no field_word; the unit column is headed 计量单位 as on
    # the forms, not field_word("unit") ("单位"), which reads like the 金额单位.
    titles = ["一级指标", "二级指标", field_word("indicator"), field_word("value")] + [
        "计量单位" if key == "unit" else field_word(key) for key in extras]
    for col, title in enumerate(titles, start=1):
        cell = _put(ws, row, col, title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = centre
        cell.border = border
    row += 1
    for level1, level2s in table.indicator_tree():
        l1_start = row
        if not level2s:
            _put(ws, row, 1, level1)
            row += 1
        for level2, rows in level2s:
            l2_start = row
            _put(ws, row, 1, level1) if row == l1_start else None
            _put(ws, row, 2, level2)
            if not rows:
                row += 1
            for ind in rows:
                _put(ws, row, 3, ind.name)
                if ind.value != "":
                    _put(ws, row, 4, ind.value)
                for offset, key in enumerate(extras, start=5):
                    value = getattr(ind, key)
                    if value is not None:
                        _put(ws, row, offset, value)
                row += 1
            if row - 1 > l2_start:
                ws.merge_cells(start_row=l2_start, start_column=2, end_row=row - 1, end_column=2)
        if row - 1 > l1_start:
            ws.merge_cells(start_row=l1_start, start_column=1, end_row=row - 1, end_column=1)
        for r in range(l1_start, row):
            for col in range(1, width + 1):
                cell = ws.cell(row=r, column=col)
                cell.border = border
                cell.alignment = centre if col <= 2 else wrap
    sizes = [16, 18, 44, 24] + [12] * len(extras)
    for col, size in enumerate(sizes, start=1):
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(col)].width = size
    _fit_rows(ws, sizes)


_LINE_POINTS = 16  # one line of the default 11-point text, Chinese included


def _fit_rows(ws: Any, sizes: list[int]) -> None:
    """Make each row as tall as its longest wrapped cell: Excel and LibreOffice keep a row one line
    high when a file sets wrapping without a height, and print a three-line 备注 as its middle line."""
    from ggtlint.reports import display_width

    merges = {(merge.min_row, merge.min_col): merge for merge in ws.merged_cells.ranges}
    for cells in ws.iter_rows():
        lines = 1
        for cell in cells:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            merge = merges.get((cell.row, cell.column))
            first, last = (merge.min_col, merge.max_col) if merge else (cell.column, cell.column)
            rows = merge.max_row - merge.min_row + 1 if merge else 1
            per_line = max(1, sum(sizes[first - 1:last]) - 1)  # a column-width unit is one Latin character
            needed = sum(max(1, -(-display_width(part) // per_line)) for part in cell.value.rstrip("\n").split("\n"))
            lines = max(lines, -(-needed // rows))  # a label merged down shares its rows' height
        row = cells[0].row
        if lines > 1 and _LINE_POINTS * lines > (ws.row_dimensions[row].height or 0):
            ws.row_dimensions[row].height = min(409, _LINE_POINTS * lines)


def _framework_choices(ws: Any, coordinate: str) -> None:
    """A drop-down of the two frameworks, in words, on the 指标体系 cell (typing something else
    is allowed: the importer notes what it cannot read)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    choices = ",".join(FRAMEWORK_WORDS.values())
    check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True, showErrorMessage=False,
                           showInputMessage=True, promptTitle="指标体系",
                           prompt="旧版：成本指标在产出指标下；2021版：财预〔2021〕101号，成本指标为一级指标")
    check.add(coordinate)
    ws.add_data_validation(check)


def _print_on_a4(ws: Any) -> None:
    """Print (and save as PDF) one A4 page wide: the columns are wider than a portrait page, and
    a grid split over two pages, names on one and values on the other, cannot be read back."""
    ws.page_setup.paperSize = 9  # A4 in the OOXML numbering (openpyxl names it as text)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True


def workbook_bytes(tables: Iterable[Table]) -> bytes:
    """The tables as an .xlsx workbook, one sheet per table."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    count = 0
    for table in tables:
        ws = workbook.create_sheet(_sheet_title(table.project.name or f"表{count + 1}", used))
        _fill_sheet(ws, table)
        _print_on_a4(ws)
        count += 1
    if not count:
        workbook.create_sheet("绩效目标表")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_workbook(tables: Iterable[Table], path: str | os.PathLike[str]) -> None:
    """Write the tables to ``path`` atomically (a temporary file, then a rename)."""
    from ggtlint.atomic import write_bytes_atomic

    write_bytes_atomic(path, workbook_bytes(tables))


# The indicator frame of a blank table: 一级 → its 二级, one empty row each (rows are inserted
# in Excel as needed). fw2021 as 财预〔2021〕101号 lists them (成本 a 一级 of its own).
_BLANK_FRAMES = {
    "legacy": {"产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
               "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
               "满意度指标": ["服务对象满意度指标"]},
    "fw2021": {"成本指标": ["经济成本指标", "社会成本指标", "生态环境成本指标"],
               "产出指标": ["数量指标", "质量指标", "时效指标"],
               "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
               "满意度指标": ["服务对象满意度指标"]},
}


def blank_table(framework: str = "legacy") -> Table:
    """A table with every field empty and the framework's 一级/二级 indicators, one empty row each:
    the form a department fills in (``ggtlint export --blank``)."""
    import yaml

    from ggtlint.load import load_text

    document = {
        "version": 1,
        "project": {"name": "", "code": "", "category": "", "year": None, "department": "", "implementer": "",
                    "framework": framework},
        "funds": {"unit": "元", "total": None, "fiscal": None, "other": None},
        "goal": "",
        "indicators": {level1: {level2: [{"name": "", "value": ""}] for level2 in level2s}
                       for level1, level2s in _BLANK_FRAMES[framework].items()},
    }
    [table] = load_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "blank.yaml").tables
    return table


def _output_refused(out: Path, source: Path | None, force: bool, say: Callable[[str, str], None]) -> bool:
    """Whether the workbook may not be written at ``out`` (said why): not .xlsx, the input
    itself, a folder, or an existing file without ``force``."""
    if out.suffix.lower() != ".xlsx":
        say(f"✗ 输出文件应以 .xlsx 结尾：{out}", f"✗ The output file must end in .xlsx: {out}")
    elif source is not None and os.path.realpath(out) == os.path.realpath(source):
        say(f"✗ 输出文件 {out} 就是输入文件，拒绝覆盖。", f"✗ {out} is the input file; refusing to overwrite it.")
    elif out.is_dir():
        say(f"✗ 输出路径 {out} 是一个目录。", f"✗ The output path {out} is a folder.")
    elif out.exists() and not force:
        say(f"✗ {out} 已存在（用 --force 覆盖）。", f"✗ {out} exists (use --force to overwrite).")
    else:
        return False
    return True


def write_blank(table: Table, out: Path, *, force: bool = False, echo: Callable[[str], None] = print,
                lang: str = "zh") -> int:
    """``ggtlint export --blank``: a blank table as a workbook; 0 written, 2 refused."""
    def say(zh: str, en: str) -> None:
        echo(en if lang == "en" else zh)

    if _output_refused(out, None, force, say):
        return 2
    write_workbook([table], out)
    say(f"已导出空白的绩效目标表到 {out}。在 Excel 或 WPS 中填写（每个二级指标下可插入多行），"
        f"填好后用 ggtlint check {out} 检查。",
        f"Exported a blank table to {out}. Fill it in with Excel or WPS (insert rows under a 二级 "
        f"indicator as needed), then check it with ggtlint check {out}.")
    return 0


def export_command(source: Path, out: Path, *, force: bool = False, as_text: bool = False,
                   echo: Callable[[str], None] = print, lang: str = "zh") -> int:
    """``ggtlint export``: the tables of a target file (or workbook, or PDF text) as a clean .xlsx.

    Returns the exit code: 0 written, 1 the input holds no readable table, 2 refused (the
    output exists without ``force``, is the input, or is not named .xlsx).
    """
    import errno

    from ggtlint.importers import import_path
    from ggtlint.load import load_file
    from ggtlint.textfile import NotOrdinaryFile, read_problem

    def say(zh: str, en: str) -> None:
        echo(en if lang == "en" else zh)

    if _output_refused(out, source, force, say):
        return 2
    head = b""
    try:
        if source.exists() and not source.is_file():  # a pipe would block the read for ever
            raise NotOrdinaryFile(errno.EINVAL, "not an ordinary file", str(source))
        with open(source, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        zh, en = read_problem(exc)
        say(f"✗ {source}：文件无法读取：{zh}。", f"✗ {source}: cannot be read: {en}.")
        return 1
    tables: list[Table]
    messages: list[tuple[str, str]]
    if as_text or head.startswith((b"PK", b"\xd0\xcf\x11\xe0")) or source.suffix.lower() in (".xlsx", ".txt"):
        result = import_path(source, str(source), as_text=True if as_text or source.suffix.lower() == ".txt" else None)
        tables = [item.table for item in result.tables]
        messages = [(p.message_zh, p.message_en) for p in result.problems]
    else:
        loaded = load_file(source, str(source))
        tables = loaded.tables
        messages = [(f.message_zh, f.message_en) for f in loaded.findings if f.severity.value == "error"]
    for zh, en in messages[:10]:
        say(f"! {source}：{zh}", f"! {source}: {en}")
    if not tables:
        say(f"✗ {source} 中没有可导出的绩效目标表。", f"✗ {source} holds no table to export.")
        return 1
    write_workbook(tables, out)
    say(f"已把 {len(tables)} 张表导出到 {out}（每张表一个工作表）。",
        f"Exported {counted(len(tables), 'table')} to {out} (one sheet per table).")
    return 0

"""The project's period (实施期限, project.period) in workbooks the way departments' templates carry it.

Over three or four cells of its row: 实施期限 | 2026年3月 | 至 | 2026年11月, 自 | 2026年3月1日 | 至 |
2026年11月30日, two date cells with a 至 or — cell between. Before, the start alone was kept (2026年3月, or 自
itself). As text with dots: 2026.3-2026.11, 2026.03.01-2026.11.30, 2026.3.1至2026.11.30 in one cell, or 2026.3 |
2026.11 in two text cells (the end was lost). In number cells 2026.3 | 2026.11 the months are read as Excel shows
them; a month shown as 1 (2026.1) may be 2026.10 with its 0 dropped by Excel, and the import says so. The period
read is checked with read_period (its first and last day). The export writes the period back as one text cell.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.importers.xlsx import export_command, read_workbook, workbook_bytes  # noqa: E402
from ggtlint.primitives.deadline_after_period import read_period  # noqa: E402

from conftest import one_workbook_table  # noqa: E402

HEAD = [("项目名称", "2026年狂犬病防控"), ("主管部门", "锦屏县农业农村局"), ("实施单位", "锦屏县动物疫病预防控制中心")]
TAIL = [("金额单位：万元",), ("年度资金总额", 25), ("年度总体目标", "为全县犬只免疫狂犬病疫苗2万只。")]
GRID = [("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "犬只免疫数量", "≥2万只")]
MARCH_TO_NOVEMBER = (dt.date(2026, 3, 1), dt.date(2026, 11, 30))


def _bytes(period: tuple[Any, ...], number_format: str | None = None) -> bytes:
    """A workbook whose 实施期限 row holds these cells (dates and numbers in ``number_format``)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [*HEAD, period, *TAIL, *GRID]:
        ws.append(list(row))
    if number_format is not None:
        for cell in ws[len(HEAD) + 1][1:]:
            if not isinstance(cell.value, str):
                cell.number_format = number_format
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _read(period: tuple[Any, ...], number_format: str | None = None) -> Any:
    """The one table of that workbook."""
    return one_workbook_table(_bytes(period, number_format))


D = dt.datetime


@pytest.mark.parametrize(("cells", "number_format", "read"), [
    (("实施期限", "2026年3月", "至", "2026年11月"), None, "2026年3月至2026年11月"),
    (("实施期限", "自", "2026年3月1日", "至", "2026年11月30日"), None, "2026年3月1日至2026年11月30日"),
    (("项目期限", "2026年3月1日", "—", "2026年11月30日"), None, "2026年3月1日-2026年11月30日"),
    (("实施期限", D(2026, 3, 1), "至", D(2026, 11, 30)), "yyyy/m/d", "2026年3月1日至2026年11月30日"),
    (("实施期限", D(2026, 3, 1), "—", D(2026, 11, 30)), 'yyyy"年"m"月"d"日"', "2026年3月1日-2026年11月30日"),
    (("实施期限", "从", D(2026, 3, 1), "到", D(2026, 11, 30)), "yyyy-mm-dd", "2026年3月1日至2026年11月30日"),
    (("实施期限", D(2026, 3, 1), D(2026, 11, 30)), "yyyy/m/d", "2026年3月1日-2026年11月30日"),  # as before
    (("实施期限：2026年3月1日", "至", "2026年11月30日"), None, "2026年3月1日至2026年11月30日"),  # the start after the colon
], ids=["months-to", "from-days-to", "text-dash", "dates-to", "dates-dash-shown", "from-dates-to", "two-dates",
        "inline-start"])
def test_a_period_over_the_cells_of_its_row_is_joined(cells: tuple[Any, ...], number_format: str | None,
                                                      read: str) -> None:
    item = _read(cells, number_format)
    assert item.table.project.period == read
    assert read_period(read, 2026) == MARCH_TO_NOVEMBER
    assert "/project/period" not in item.notes
    span = item.table.span("/project/period")
    assert span is not None and span.end_column == len(cells) + 1  # the cells from the start to the end


@pytest.mark.parametrize("written", ["2026.3-2026.11", "2026.03.01-2026.11.30", "2026.3.1至2026.11.30",
                                    "2026.03-2026.11", "自2026年3月1日至2026年11月30日"])
def test_a_period_with_dots_in_one_text_cell_is_kept_and_read(written: str) -> None:
    item = _read(("实施期限", written))
    assert item.table.project.period == written
    assert read_period(written, 2026) == MARCH_TO_NOVEMBER
    assert "/project/period" not in item.notes


def test_two_text_cells_with_dots_are_joined() -> None:
    item = _read(("实施期限", "2026.3", "2026.11"))
    assert item.table.project.period == "2026.3-2026.11"
    assert read_period(item.table.project.period, 2026) == MARCH_TO_NOVEMBER
    assert "/project/period" not in item.notes


def test_number_cells_are_read_as_shown() -> None:
    # 2026.3 and 2026.11 in General cells: no month but 3 and 11 shows so; nothing to guess
    item = _read(("实施期限", 2026.3, "至", 2026.11))
    assert item.table.project.period == "2026.3至2026.11"
    assert read_period(item.table.project.period, 2026) == MARCH_TO_NOVEMBER
    assert "/project/period" not in item.notes
    # a format with two decimals shows the 0 (2026.10): October, nothing dropped
    item = _read(("实施期限", 2026.03, 2026.1), "0.00")
    assert item.table.project.period == "2026.03-2026.10"
    assert "/project/period" not in item.notes


def test_a_number_cell_showing_month_one_is_noted() -> None:
    # typed 2026.10 in a General cell, Excel stores and shows 2026.1: read as shown, and said
    item = _read(("实施期限", 2026.3, "至", 2026.1))
    assert item.table.project.period == "2026.3至2026.1"
    note = item.notes["/project/period"]
    assert "2026.1" in note.message_zh and "2026.10" in note.message_zh and "October" in note.message_en
    assert read_period(item.table.project.period, 2026) is None  # ends before it starts: no dates taken


@pytest.mark.parametrize(("cells", "read"), [
    (("实施期限", "2026年11月30日前"), "2026年11月30日前"),  # a deadline, one cell
    (("实施期限", "2026年3月-2026年11月", "至", "2026年12月"), "2026年3月-2026年11月"),  # the start is a span already
    (("实施期限", "1年", "至", "2026年12月"), "1年"),
    # 至 | 今 and 至今 are an open end, joined and noted now (tests/test_import_period_leftovers.py); 至今年12月 is not
    (("实施期限", "2026年3月", "至今年12月"), "2026年3月"),
    (("实施期限", "自", "2026年3月1日"), "自2026年3月1日"),  # no end: the start with its 自 (it was 自 alone)
    (("实施期限", "2026年3月", "项目负责人", "张三"), "2026年3月"),  # the next label's row goes on
    (("实施期限", "2026年3月", "至", "2026年11月", "2026年12月"), "2026年3月至2026年11月"),  # four at most
    (("实施期限", 2026, 2027), "2026"),  # years as numbers: no month to join
    (("实施期限", "2026.3", "备注"), "2026.3"),
    (("实施期限", 3, "至", 11), "3"),
], ids=["deadline", "span-first", "length", "to-now", "no-end", "next-label", "five", "years", "remark",
        "bare-months"])
def test_look_alikes_are_not_joined(cells: tuple[Any, ...], read: str) -> None:
    assert _read(cells).table.project.period == read


@pytest.mark.parametrize(("cells", "number_format", "read"), [
    (("实施期限", "自", "2026年3月1日"), None, "自2026年3月1日"),
    (("实施期限", "从", D(2026, 3, 1)), "yyyy/m/d", "从2026年3月1日"),
    (("实施期限", "自", "2026年3月1日", "备注", "按进度拨付"), None, "自2026年3月1日"),
])
def test_a_start_with_no_end_keeps_its_date(cells: tuple[Any, ...], number_format: str | None, read: str) -> None:
    # before, the period was 自 alone and the start's date was lost with no note; no end, so no dates are read
    item = _read(cells, number_format)
    assert item.table.project.period == read
    assert read_period(read, 2026) is None
    span = item.table.span("/project/period")
    assert span is not None and span.end_column == 4  # the 自 cell and the date's


def test_the_export_keeps_a_joined_period() -> None:
    for cells in [("实施期限", "自", "2026年3月1日", "至", "2026年11月30日"), ("实施期限", 2026.3, "至", 2026.11),
                  ("实施期限", "2026.3.1至2026.11.30")]:
        table = _read(cells).table
        [again] = read_workbook(workbook_bytes([table]), "t.xlsx").tables
        assert again.table.project.period == table.project.period
        assert read_period(again.table.project.period, 2026) == MARCH_TO_NOVEMBER


def test_ggtlint_export_of_the_workbook_keeps_the_period(tmp_path: Any) -> None:
    # the department's workbook (自 | 2026年3月1日 | 至 | 2026年11月30日) exported as the clean template
    source, out = tmp_path / "部门.xlsx", tmp_path / "clean.xlsx"
    source.write_bytes(_bytes(("实施期限", "自", D(2026, 3, 1), "至", D(2026, 11, 30)), "yyyy/m/d"))
    assert export_command(source, out, echo=lambda _line: None) == 0
    [again] = read_workbook(out.read_bytes(), out.name).tables
    assert again.table.project.period == "2026年3月1日至2026年11月30日"
    assert "/project/period" not in again.notes


# written after the joining was done, not used while making it: all five joined and read
@pytest.mark.parametrize(("cells", "number_format", "read", "dates"), [
    (("实施期限", "2026年4月", "～", "2026年10月"), None, "2026年4月-2026年10月",
     (dt.date(2026, 4, 1), dt.date(2026, 10, 31))),
    (("建设期限", "2026.04", "至", "2027.06"), None, "2026.04至2027.06", (dt.date(2026, 4, 1), dt.date(2027, 6, 30))),
    (("实施周期", D(2026, 1, 1), "-", D(2026, 12, 31)), "yyyy-m-d", "2026年1月1日-2026年12月31日",
     (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
    (("起止年限", "自", "2026.5.1", "至", "2026.9.30"), None, "2026.5.1至2026.9.30",
     (dt.date(2026, 5, 1), dt.date(2026, 9, 30))),
    (("实施期限", "2026年5月", "到", "2026年9月底"), None, "2026年5月至2026年9月底",
     (dt.date(2026, 5, 1), dt.date(2026, 9, 30))),
])
def test_held_out_periods_over_cells(cells: tuple[Any, ...], number_format: str | None, read: str,
                                     dates: tuple[dt.date, dt.date]) -> None:
    item = _read(cells, number_format)
    assert item.table.project.period == read
    assert read_period(read, 2026) == dates

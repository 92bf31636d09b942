"""Merged cells of a workbook.

A 三级指标 cell merged over rows that each hold a value of their own (犬只免疫数量 over ≥2万只 and
≥1万只（春防）). The rows under the merge's first were read as indicators with no name and the note 三级指标名称为空,
though the name is written: each row is now read under the merged name, with a note saying so (and that a value
continued in the row below belongs in one cell). Level cells merged over rows, and names written in every row,
import as before.

A header label merged down over rows (实施期限 in A4:A5) with its value beside a lower row (B5), nothing beside
the first: the value was not found (the field blank); it is read, unless that cell has a label or more beside it.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from conftest import one_workbook_table  # noqa: E402

_HEAD = [("项目名称", "2026年狂犬病防控"), ("主管部门", "锦屏县农业农村局"), ("实施单位", "锦屏县动物疫病预防控制中心"),
         ("金额单位：万元",), ("年度资金总额", 25), ("年度总体目标", "为全县犬只免疫狂犬病疫苗2万只。"),
         ("一级指标", "二级指标", "三级指标", "指标值")]
FIRST = len(_HEAD) + 1  # the first indicator row


def _table(rows: list[tuple[Any, ...]], merges: list[str]) -> Any:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [*_HEAD, *rows]:
        sheet.append(list(row))
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return one_workbook_table(buffer.getvalue())


def _read(item: Any) -> list[tuple[str, str, str, str]]:
    return [(i.level2, i.name, i.value, item.notes.get(f"{i.pointer}/name", None) and "merged") for i in
            item.table.indicators]


def test_rows_under_a_merged_name_are_that_indicators() -> None:
    item = _table([("产出指标", "数量指标", "犬只免疫数量", "≥2万只"), (None, None, None, "≥1万只（春防）")],
                  [f"A{FIRST}:A{FIRST + 1}", f"B{FIRST}:B{FIRST + 1}", f"C{FIRST}:C{FIRST + 1}"])
    assert _read(item) == [("数量指标", "犬只免疫数量", "≥2万只", None),
                           ("数量指标", "犬只免疫数量", "≥1万只（春防）", "merged")]
    note = item.notes[f"{item.table.indicators[1].pointer}/name"]
    assert f"C{FIRST}:C{FIRST + 1}" in note.message_zh and "merged" in note.message_en


def test_three_rows_under_one_merged_name() -> None:
    item = _table([("产出指标", "数量指标", "免疫数量", "≥2万只"), (None, None, None, "≥500头"), (None, None, None, "≥300羽")],
                  [f"C{FIRST}:C{FIRST + 2}"])
    assert [i.name for i in item.table.indicators] == ["免疫数量"] * 3
    assert [i.value for i in item.table.indicators] == ["≥2万只", "≥500头", "≥300羽"]


@pytest.mark.parametrize(("rows", "merges", "names"), [
    # level cells merged over rows, a name in each: as before, no name note
    ([("产出指标", "数量指标", "犬只免疫数量", "≥2万只"), (None, None, "免疫针次", "≥4万针")],
     [f"A{FIRST}:A{FIRST + 1}", f"B{FIRST}:B{FIRST + 1}"], ["犬只免疫数量", "免疫针次"]),
    # a name and its value both merged over two rows: one indicator
    ([("产出指标", "数量指标", "犬只免疫数量", "≥2万只"), (None, None, None, None)],
     [f"C{FIRST}:C{FIRST + 1}", f"D{FIRST}:D{FIRST + 1}"], ["犬只免疫数量"]),
    # a blank name not merged: still an indicator with no name
    ([("产出指标", "数量指标", "犬只免疫数量", "≥2万只"), (None, None, None, "≥1万只")], [], ["犬只免疫数量", ""]),
])
def test_look_alikes_import_as_before(rows: list[tuple[Any, ...]], merges: list[str], names: list[str]) -> None:
    item = _table(rows, merges)
    assert [i.name for i in item.table.indicators] == names
    assert not any("合并" in note.message_zh for pointer, note in item.notes.items() if pointer.endswith("/name"))


# -- a header label merged down over rows, its value beside a lower row -----------------------------------------

_TOP = [("项目名称", "2026年狂犬病防控"), ("主管部门", "锦屏县农业农村局"), ("实施单位", "锦屏县动物疫病预防控制中心")]
_REST = [("金额单位：万元",), ("年度资金总额", 25), ("年度总体目标", "为全县犬只免疫狂犬病疫苗2万只。"),
         ("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "犬只免疫数量", "≥2万只")]


def _head(rows: list[tuple[Any, ...]], merges: list[str]) -> Any:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [*_TOP, *rows, *_REST]:
        sheet.append(list(row))
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return one_workbook_table(buffer.getvalue())


def test_a_value_beside_the_lower_row_of_a_merged_label_is_read() -> None:
    item = _head([("实施期限", None), (None, "2026年1月至2026年12月")], ["A4:A5"])
    assert item.table.project.period == "2026年1月至2026年12月"
    assert "/project/period" not in item.notes
    span = item.table.span("/project/period")
    assert span is not None and (span.line, span.column) == (5, 2)


def test_a_value_beside_the_third_row_of_a_merged_label_is_read() -> None:
    item = _head([("实施期限", None), (None, None), (None, "2026年全年")], ["A4:A6"])
    assert item.table.project.period == "2026年全年"


@pytest.mark.parametrize(("rows", "merges", "period"), [
    ([("实施期限", "2026年1月至2026年12月"), (None, "（分两期）")], ["A4:A5"], "2026年1月至2026年12月"),  # first row's
    ([("实施期限", None), (None, "项目负责人", "王德明")], ["A4:A5"], None),  # a label and its value beside it
    ([("实施期限", None), ("项目负责人", "王德明")], [], None),  # not merged: that row is its own
])
def test_look_alikes_beside_a_merged_label(rows: list[tuple[Any, ...]], merges: list[str], period: str | None) -> None:
    assert _head(rows, merges).table.project.period == period


def test_held_out_a_value_beside_the_middle_row_of_a_merged_label() -> None:
    """Written after the change, not used while making it (1 of 1)."""
    assert _head([("实施期限", None), (None, "2026年1月-12月"), (None, None)], ["A4:A6"]).table.project.period == \
        "2026年1月-12月"

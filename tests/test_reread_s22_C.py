"""Round s22's re-read (C) of the importers' period reading: what it found wrong, pinned.

* Workbook: whether a start shown as 2026.1 before an end in the same year before October is January was
  decided on the texts, so a text start 2026.1 beside a number end 2026.1 (maybe 2026.10, Excel's 0 dropped)
  lost the end's note; it is decided by cell now.
* Workbook: a start in a number cell shown as 2026.1 before 至今 (2026.1 | 至今) lost the note that it may be
  2026.10: the open end's branch skipped it. Both notes are given now.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from conftest import one_workbook_table  # noqa: E402

_HEAD = [("项目名称", "2026年狂犬病防控"), ("主管部门", "锦屏县农业农村局"), ("实施单位", "锦屏县动物疫病预防控制中心")]
_TAIL = [("金额单位：万元",), ("年度资金总额", 25), ("年度总体目标", "为全县犬只免疫狂犬病疫苗2万只。"),
         ("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "犬只免疫数量", "≥2万只")]


def _workbook(period: tuple[Any, ...]) -> Any:
    """The one table of a workbook with this 实施期限 row."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in [*_HEAD, period, *_TAIL]:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return one_workbook_table(buffer.getvalue())


def _october_noted(item: Any) -> bool:
    note = item.notes.get("/project/period")
    return note is not None and "2026.10" in note.message_zh and "October" in note.message_en


def test_a_number_end_shown_as_month_one_is_noted_beside_a_text_start_alike() -> None:
    item = _workbook(("实施期限", "2026.1", "至", 2026.1))  # the end may be 2026.10
    assert item.table.project.period == "2026.1至2026.1"
    assert _october_noted(item)


@pytest.mark.parametrize(("cells", "noted"), [
    (("实施期限", 2026.1, "至", 2026.6), False),  # a number start, January: as before, not noted
    (("实施期限", "2026.1", "至", 2026.6), False),  # text cells say what they say
    (("实施期限", 2026.1, "至", "2026.1"), False),  # a text end in January: October would start after it
    (("实施期限", 2026.1, "至", "2026.12"), True),  # a text end in December: the number start may be October
])
def test_month_one_notes_around_it_are_unchanged(cells: tuple[Any, ...], noted: bool) -> None:
    assert _october_noted(_workbook(cells)) is noted


@pytest.mark.parametrize("cells", [("实施期限", 2026.1, "至今"), ("实施期限", 2026.1, "至", "今")])
def test_a_number_start_shown_as_month_one_before_an_open_end_gets_both_notes(cells: tuple[Any, ...]) -> None:
    item = _workbook(cells)
    assert item.table.project.period == "2026.1至今"
    note = item.notes["/project/period"]
    assert _october_noted(item)
    assert "至今" in note.message_zh and "open" in note.message_en  # the open end's note kept after it


def test_a_text_start_before_an_open_end_gets_only_the_open_end_note() -> None:
    item = _workbook(("实施期限", "2026.1", "至今"))
    assert item.table.project.period == "2026.1至今"
    assert not _october_noted(item) and "至今" in item.notes["/project/period"].message_zh

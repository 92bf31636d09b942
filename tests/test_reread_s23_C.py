"""Re-read of round s23's importer changes (period stops, wrapped periods, merged names, PDF layouts): each test
here failed before its fix.

1. A goal's own cell (beside 年度总体目标) opening with 实施期限：… and ending in 。 was taken for the period's
   label: the goal was lost (None, no note) and its words became the period. The goal keeps it, as before the
   change.
2. A period's cell of two lines was joined with no break whenever both lines were a period's words, so two whole
   dates ran together (2026.1 / 2026.12 became 2026.12026.12, the table's text misquoted). Lines are joined only
   where the second goes on with the first (after 至, the joiner first, the rest of a date), as on PDF lines.
3. A blank 实施期限 kept its note (“实施期限”一栏为空，未读到项目的起止时间) when another period label (实施周期) gave
   the period: the table said both that the period was read and that it was not. The note goes.
4. A 三级 name merged over two rows' values: the workbook and the PDF importer each wrote their own note; they
   share importers.merged_name_note now, so the officer reads the same advice from both.
5. A period's end in the cell below read from a number cell showing month 1 (2024年1月至 over 2026.1) had no note,
   though Excel shows October typed 2026.10 the same; a period over the cells of a row says so. It does now.
6. 今年 in words that are no period (实施期限：今年内完成。, 当年完成) drew the note that it is read as the budget year,
   beside the note that no start or end can be read: the two said opposite things. Only a period's own words get it.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from ggtlint.importers.labels import period_value
from ggtlint.importers.pdftext import read_text

from conftest import one_workbook_table  # noqa: E402

_HEAD = [("项目名称", "2026年狂犬病防控"), ("预算年度", 2026), ("主管部门", "锦屏县农业农村局"),
         ("实施单位", "锦屏县动物疫病预防控制中心")]
_GRID = [("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "犬只免疫数量", "≥2万只")]


_PDF = """项目名称            剑河县第二中学教学楼新建工程
主管部门            剑河县教育和科技局
实施单位            剑河县第二中学
预算年度            2026年
{period}
年度资金总额                                 800
年度总体目标        新建教学楼1栋。
一级指标      二级指标      三级指标                指标值
产出指标      数量指标      新建教学楼              ＝1栋
"""


def _pdf(period: str) -> Any:
    """The one table of the PDF text with these period lines."""
    [item] = read_text(_PDF.format(period=period), "period.txt").tables
    return item


def _book_bytes(rows: list[tuple[Any, ...]], merges: tuple[str, ...] = ()) -> bytes:
    """An .xlsx of these rows and merged ranges, as bytes."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _workbook(*rows: tuple[Any, ...], goal: tuple[tuple[Any, ...], ...]) -> Any:
    """The one table of a workbook with these rows after its head and these goal rows."""
    return one_workbook_table(_book_bytes([*_HEAD, *rows, ("金额单位：万元",), ("年度资金总额", 25), *goal, *_GRID]))


# -- 1. the goal's own cell opening with 实施期限 ---------------------------------------------------------------

@pytest.mark.parametrize("goal", [
    "实施期限：2026年3月至11月完成主体结构封顶。",
    "实施期限：2026年3月至2026年11月。",
])
def test_the_goals_own_cell_opening_with_the_period_label_stays_the_goal(goal: str) -> None:
    item = _workbook(goal=(("年度总体目标", goal),))
    assert item.table.goal == goal
    assert item.table.project.period is None


def test_look_alike_a_period_cell_of_its_own_after_the_goal_is_read() -> None:
    item = _workbook(goal=(("年度总体目标", "新建教学楼1栋。"), ("实施期限：2026年1月至2026年12月。",)))
    assert item.table.project.period == "2026年1月至2026年12月"
    assert item.table.goal == "新建教学楼1栋。"


# -- 2. a period's cell of two lines -------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["2026.1\n2026.12", "2026年1月\n2026年12月", "2026年\n2027年"])
def test_two_whole_dates_on_two_lines_do_not_run_together(cell: str) -> None:
    assert period_value(cell) == cell
    assert _workbook(("实施期限", cell), goal=(("年度总体目标", "新建教学楼1栋。"),)).table.project.period == cell


@pytest.mark.parametrize(("cell", "period"), [
    ("2026年1月\n至\n2026年12月", "2026年1月至2026年12月"),
    ("2026年1月\n至2026年12月", "2026年1月至2026年12月"),
    ("2026年1月至2026\n年12月", "2026年1月至2026年12月"),
    ("2026年1月至2026年12月。\n", "2026年1月至2026年12月"),
])
def test_look_alike_a_wrapped_period_is_still_joined(cell: str, period: str) -> None:
    assert period_value(cell) == period


# -- 3. a blank 实施期限 beside a period given under another label -----------------------------------------------

_GOAL = (("年度总体目标", "新建教学楼1栋。"),)


@pytest.mark.parametrize("item", [
    lambda: _workbook(("实施期限",), ("项目负责人", "王德明"), ("实施周期", "2026年全年"), goal=_GOAL),
    lambda: _workbook(("实施期限", None, "实施周期", "2026年全年"), goal=_GOAL),
    lambda: _pdf("实施期限\n项目负责人  王德明\n实施周期            2026年全年"),
    lambda: _pdf("实施期限：          实施周期：2026年全年"),
], ids=["wb-rows", "wb-one-row", "pdf-lines", "pdf-one-line"])
def test_a_blank_period_label_beside_a_period_read_leaves_no_blank_note(item: Any) -> None:
    table = item()
    assert table.table.project.period == "2026年全年"
    assert "/project/period" not in table.notes


@pytest.mark.parametrize("item", [
    lambda: _workbook(("实施期限",), ("项目负责人", "王德明"), goal=_GOAL),
    lambda: _pdf("实施期限：\n说明：本项目为续建"),
], ids=["wb", "pdf"])
def test_look_alike_a_blank_period_alone_keeps_its_note(item: Any) -> None:
    table = item()
    assert table.table.project.period is None
    assert "为空" in table.notes["/project/period"].message_zh


# -- 4. one note for a merged 三级 name, in both importers -----------------------------------------------------

_ADVICE_ZH = "此行的指标值按“免疫数量”读取；若此行是相邻一行指标值的续写，请把指标值写在一个单元格里"
_ADVICE_EN = 'this row\'s value is read as "免疫数量"\'s; if it goes on with the value of the row next to it'


def test_a_merged_name_is_noted_alike_in_a_workbook_and_in_pdf_text() -> None:
    # rows: head 1-4, unit 5, total 6, goal 7, grid heading 8, the indicators 9 and 10 under C9:C10
    sheet_rows = [*_HEAD, ("金额单位：万元",), ("年度资金总额", 25), *_GOAL, _GRID[0],
                  ("产出指标", "数量指标", "免疫数量", "≥2万只"), (None, None, None, "≥500头")]
    xlsx = one_workbook_table(_book_bytes(sheet_rows, ("C9:C10",)))
    indicator = xlsx.table.indicators[1]
    note = xlsx.notes[f"{indicator.pointer}/name"]
    assert indicator.name == "免疫数量" and "C9:C10" in note.message_zh
    assert _ADVICE_ZH in note.message_zh and _ADVICE_EN in note.message_en
    pdf = read_text(_PDF.format(period="实施期限            2026年全年").replace(
        "产出指标      数量指标      新建教学楼              ＝1栋\n",
        "                                                  ≥2万只\n产出指标      数量指标      免疫数量\n"
        "                                                  ≥500头\n"), "merged.txt").tables[0]
    named = [i for i in pdf.table.indicators if i.name == "免疫数量"]
    notes = [pdf.notes[f"{i.pointer}/name"] for i in named if f"{i.pointer}/name" in pdf.notes]
    assert len(named) == 2 and len(notes) == 1
    assert _ADVICE_ZH in notes[0].message_zh and _ADVICE_EN in notes[0].message_en


# -- 5. an end below in a number cell showing month 1 -----------------------------------------------------------

def test_an_end_below_in_a_number_cell_showing_month_1_is_noted() -> None:
    item = _workbook(("实施期限", "2024年1月至"), (None, 2026.1), goal=_GOAL)
    assert item.table.project.period == "2024年1月至2026.1"
    assert "Excel 不显示数值末尾的 0" in item.notes["/project/period"].message_zh


def test_look_alike_an_end_below_in_a_number_cell_of_another_month_has_no_note() -> None:
    item = _workbook(("实施期限", "2024年1月至"), (None, 2026.12), goal=_GOAL)
    assert item.table.project.period == "2024年1月至2026.12"
    assert "/project/period" not in item.notes


# -- 6. 今年 in words that are no period --------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    lambda: _workbook(("实施期限：今年内完成。",), goal=_GOAL),
    lambda: _workbook(("实施期限", "当年完成"), goal=_GOAL),
    lambda: _pdf("实施期限            本年度内实施完毕。"),
], ids=["wb-sentence", "wb-words", "pdf-sentence"])
def test_this_year_in_words_that_are_no_period_is_not_said_to_be_read(item: Any) -> None:
    note = item().notes.get("/project/period")
    assert note is None or "按预算年度" not in note.message_zh


def test_look_alike_this_year_in_a_period_is_still_said_to_be_read() -> None:
    item = _workbook(("实施期限", "2024年1月至今年12月"), goal=_GOAL)
    assert "按预算年度2026年读取" in item.notes["/project/period"].message_zh

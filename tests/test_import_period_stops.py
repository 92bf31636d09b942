"""The project's period (实施期限) where the importers dropped or misread it, and look-alikes that import as before.

1. A period after its label's colon (or beside it on a PDF line) ending in 。 (实施期限：2026年1月至2026年12月。) was
   taken for a goal's sentence and dropped with no note. Outside the goal it is the period, read without its 。;
   words that are no period (实施期限：按合同约定执行。) are kept as written with a note, never dropped. On a line
   or cell that goes on with the goal's text it stays the goal's.
2. A period wrapped after 至 (2024年1月至 / 今年12月: on the next PDF line, the next line of its cell or the cell
   below) was read as an open start: the halves are joined, and 今年 is the budget year, which a note says.
3. A blank 实施期限 took the next row's or line's text (项目负责人, 说明：…) for the period: it stays blank, with a
   note, and that text is read as what it is.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from ggtlint.importers.pdftext import read_text
from ggtlint.primitives.deadline_after_period import read_period

from conftest import one_workbook_table  # noqa: E402

_PDF_HEAD = """项目名称            剑河县第二中学教学楼新建工程
主管部门            剑河县教育和科技局
实施单位            剑河县第二中学
预算年度            2026年
{period}
年度资金总额                                 800
财政拨款                                     800
其他资金                                       0
年度总体目标        {goal}
一级指标      二级指标      三级指标                指标值
产出指标      数量指标      新建教学楼              ＝1栋
"""
_HEAD = [("项目名称", "2026年狂犬病防控"), ("预算年度", 2026), ("主管部门", "锦屏县农业农村局"),
         ("实施单位", "锦屏县动物疫病预防控制中心")]
_GRID = [("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "犬只免疫数量", "≥2万只")]
_GOAL = (("年度总体目标", "为全县犬只免疫狂犬病疫苗2万只。"),)
YEAR_2026 = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
FROM_2024 = (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


def _pdf(period: str, goal: str = "新建教学楼1栋。") -> Any:
    """The one table of the PDF text with these period lines and this goal."""
    [item] = read_text(_PDF_HEAD.format(period=period, goal=goal), "period.txt").tables
    return item


def _workbook(*rows: tuple[Any, ...], goal: tuple[tuple[Any, ...], ...] = _GOAL) -> Any:
    """The one table of a workbook with these rows between its head and its funds, and these goal rows."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [*_HEAD, *rows, ("金额单位：万元",), ("年度资金总额", 25), *goal, *_GRID]:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return one_workbook_table(buffer.getvalue())


def _note(item: Any) -> str:
    note = item.notes.get("/project/period")
    return "" if note is None else note.message_zh


# -- 1. a period ending in 。 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    lambda: _workbook(("实施期限：2026年1月至2026年12月。",)),
    lambda: _workbook(("实施期限", "2026年1月至2026年12月。")),
    lambda: _workbook(goal=(*_GOAL, ("实施期限：2026年1月至2026年12月。",))),  # after the goal, in the label column
    lambda: _pdf("实施期限：2026年1月至2026年12月。"),
    lambda: _pdf("实施期限            2026年1月至2026年12月。"),
], ids=["wb-colon", "wb-cell", "wb-after-goal", "pdf-colon", "pdf-beside"])
def test_a_period_ending_in_a_full_stop_is_read(item: Any) -> None:
    table = item()
    assert table.table.project.period == "2026年1月至2026年12月"
    assert read_period(table.table.project.period, 2026) == YEAR_2026
    assert not _note(table)


@pytest.mark.parametrize("item", [
    lambda: _workbook(("实施期限：按合同约定执行。",)),
    lambda: _pdf("实施期限：按合同约定执行。"),
], ids=["wb", "pdf"])
def test_a_sentence_after_the_period_label_is_kept_and_noted(item: Any) -> None:
    table = item()
    assert table.table.project.period == "按合同约定执行。"
    assert "读不出起止时间" in _note(table) and "sentence" in table.notes["/project/period"].message_en


def test_look_alike_a_goal_cell_naming_the_period_stays_the_goals() -> None:
    item = _workbook(goal=(("年度总体目标", "新建教学楼1栋，"), ("", "实施期限：2026年3月至11月。")))
    assert item.table.project.period is None
    assert "实施期限：2026年3月至11月。" in item.table.goal


@pytest.mark.parametrize("goal", [
    "新建教学楼1栋，项目\n                    实施期限：2026年3月至11月。",  # the goal's cell wrapped before it
    "新建教学楼1栋，\n                    实施期限：2026年全年。",
])
def test_look_alike_a_goal_line_naming_the_period_stays_the_goals(goal: str) -> None:
    item = _pdf("", goal)
    assert item.table.project.period is None and not _note(item)


def test_look_alike_a_sentence_opening_with_the_label_is_no_period() -> None:
    item = _pdf("实施期限内完成主体结构封顶。")
    assert item.table.project.period is None


# -- 2. a period wrapped after 至 ----------------------------------------------------------------------------

@pytest.mark.parametrize(("item", "period"), [
    (lambda: _pdf("实施期限            2024年1月至\n                    今年12月"), "2024年1月至今年12月"),
    (lambda: _pdf("实施期限            2024年1月至\n                    2026年12月"), "2024年1月至2026年12月"),
    (lambda: _workbook(("实施期限", "2024年1月至\n今年12月")), "2024年1月至今年12月"),  # one cell, two lines
    (lambda: _workbook(("实施期限", "2024年1月至\n2026年12月")), "2024年1月至2026年12月"),
    (lambda: _workbook(("实施期限", "2024年1月至"), ("", "今年12月")), "2024年1月至今年12月"),  # the cell below
    (lambda: _workbook(("实施期限", "2024年1月至"), ("", "2026年12月")), "2024年1月至2026年12月"),
], ids=["pdf-this-year", "pdf-year", "cell-this-year", "cell-year", "below-this-year", "below-year"])
def test_a_wrapped_period_is_joined(item: Any, period: str) -> None:
    table = item()
    assert table.table.project.period == period
    assert read_period(period, table.table.project.year) == FROM_2024
    assert ("预算年度2026年" in _note(table)) is ("今年" in period)  # the year inferred is said
    assert "至今" not in _note(table)  # no open end


def test_this_year_with_no_budget_year_is_noted_as_unread() -> None:
    text = _PDF_HEAD.replace("预算年度            2026年\n", "").format(
        period="实施期限            2024年1月至\n                    今年12月", goal="新建教学楼1栋。")
    [item] = read_text(text, "period.txt").tables
    assert item.table.project.period == "2024年1月至今年12月" and item.table.project.year is None
    assert "没有预算年度" in _note(item)


@pytest.mark.parametrize(("rows", "period"), [
    ((("实施期限", "2026年1月"), ("", "2026年12月")), "2026年1月"),  # no 至: the row below is not its end
    ((("实施期限", "2024年1月至"), ("", "2026年12月", "备注")), "2024年1月至"),  # the row below holds more
    ((("实施期限", "2024年1月至今"),), "2024年1月至今"),  # an open end stays one
])
def test_look_alike_workbook_periods_are_not_joined(rows: tuple[tuple[Any, ...], ...], period: str) -> None:
    assert _workbook(*rows).table.project.period == period


def test_look_alike_pdf_line_after_a_cut_period_that_is_no_end() -> None:
    item = _pdf("实施期限            2024年1月至\n                    今年计划完成主体工程")
    assert item.table.project.period == "2024年1月至"


# -- 3. a blank 实施期限 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    lambda: _workbook(("实施期限",), ("项目负责人", "王德明")),
    lambda: _workbook(("实施期限",), ("建设地点", "剑河县")),
    lambda: _pdf("实施期限：\n说明：本项目为续建"),
    lambda: _pdf("实施期限"),
], ids=["wb-unread-label", "wb-unknown-label", "pdf-colon-line", "pdf-bare"])
def test_a_blank_period_stays_blank_and_is_noted(item: Any) -> None:
    table = item()
    assert table.table.project.period is None
    assert "为空" in _note(table) and "blank" in table.notes["/project/period"].message_en
    assert table.table.project.implementer in ("锦屏县动物疫病预防控制中心", "剑河县第二中学")


@pytest.mark.parametrize(("item", "period"), [
    (lambda: _workbook(("实施期限",), ("2024年1月至2026年12月",)), "2024年1月至2026年12月"),  # the value below, alone
    (lambda: _workbook(("项目编码", "实施期限"), ("P-7", "2026年全年")), "2026年全年"),  # a row of labels over values
    (lambda: _pdf("实施期限\n                    2026年1月-12月"), "2026年1月-12月"),
], ids=["wb-below", "wb-label-row", "pdf-below"])
def test_look_alike_values_below_their_label_stay_read(item: Any, period: str) -> None:
    table = item()
    assert table.table.project.period == period and not _note(table)


# -- 4. a period wrapped before its 至, or inside a date ----------------------------------------------------

@pytest.mark.parametrize("item", [
    lambda: _pdf("实施期限            2026年1月\n                    至2026年12月"),
    lambda: _pdf("实施期限            2026年1月至2026\n                    年12月"),
    lambda: _workbook(("实施期限", "2026年1月\n至2026年12月")),
    lambda: _workbook(("实施期限", "2026年1月至2026\n年12月")),
    lambda: _workbook(("实施期限", "2026年1月"), ("", "至2026年12月")),
    lambda: _workbook(("实施期限", "2026年1月至2026"), ("", "年12月")),
], ids=["pdf-joiner", "pdf-in-date", "cell-joiner", "cell-in-date", "below-joiner", "below-in-date"])
def test_a_period_wrapped_before_its_joiner_or_in_a_date_is_joined(item: Any) -> None:
    table = item()
    assert table.table.project.period == "2026年1月至2026年12月"
    assert read_period(table.table.project.period, 2026) == YEAR_2026


@pytest.mark.parametrize(("rows", "period"), [
    ((("实施期限", "2026年1月至2026年12月"), ("", "至今")), "2026年1月至2026年12月"),  # a second 至: no rest of it
    ((("实施期限", "2026年1月至12月，\n分两期实施"),), "2026年1月至12月，\n分两期实施"),  # words: kept as written
    ((("实施期限", "三年"), ("", "年度资金按进度拨付")), "三年"),
])
def test_look_alike_rows_after_a_whole_period_stay_apart(rows: tuple[tuple[Any, ...], ...], period: str) -> None:
    assert _workbook(*rows).table.project.period == period


def test_look_alike_pdf_line_after_a_whole_period_stays_apart() -> None:
    item = _pdf("实施期限            2026年1月至2026年12月\n                    年度内完成")
    assert item.table.project.period == "2026年1月至2026年12月"


# -- held out: written after the changes above, not used while making them: 12 of 12 ---------------------------

@pytest.mark.parametrize(("item", "period"), [
    (lambda: _pdf("项目期限：2026年3月1日至2026年11月30日。"), "2026年3月1日至2026年11月30日"),
    (lambda: _workbook(("建设期限", "2026.03-2027.06。")), "2026.03-2027.06"),
    (lambda: _workbook(("实施周期：一年。",)), "一年"),
    (lambda: _pdf("实施期限            2025年7月-\n                    今年6月"), "2025年7月-今年6月"),
    (lambda: _workbook(("实施期限", "2026年3月到\n2026年11月")), "2026年3月到2026年11月"),
    (lambda: _workbook(("实施期限", "2025年9月至"), ("", "本年8月")), "2025年9月至本年8月"),
    (lambda: _pdf("实施期限：\n联系人：李明"), None),
    (lambda: _workbook(("实施期限",), ("备注", "无")), None),
    (lambda: _pdf("", "完成主体工程，\n                    建设期限：2026年全年。"), None),
    (lambda: _workbook(goal=(("年度总体目标", "完成主体工程；"), ("", "项目期限：2026年1月至12月。"))), None),
    (lambda: _workbook(("实施期限", "2026年3月\n—2026年11月")), "2026年3月—2026年11月"),
])
def test_held_out_periods(item: Any, period: str | None) -> None:
    assert item().table.project.period == period

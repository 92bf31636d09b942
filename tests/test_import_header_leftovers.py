"""What the importers did not read of a table's header, and a period printed with the goal, read right.

The texts ``tests/data/pdftext/layout-{goal-period-first,period-after-goal,header-leftovers,header-blanks}-layout.txt``
are pdftotext -layout output of PDFs LibreOffice Calc saved from the workbooks ``tests/data/pdftext/layouts_make.py``
makes (the same script makes the workbooks read here with openpyxl's help):

* ``goal-period-first``: the goal's cell opens with 实施期限：2024年1月至12月。 on the goal label's line, and the table
  has no 实施期限 field of its own: the goal is the cell's whole text (as the workbook reader reads it);
* ``period-after-goal``: 实施期限 in the row under the goal's: the period's, no line of the goal;
* ``header-leftovers``: a lone 2024年1月 above 实施期限 (no field's), 填报单位（盖章）：某县交通运输局 (the department's
  name again), 单位：万元: a note names the month only;
* ``header-blanks``: 填报单位（盖章）：, 填报日期： and 单位：万元, the blanks every template prints: no note.

Noise (no note): a template's blank labels and stamps, contact and footer labels with their values (项目负责人  张三,
填报人：李四: the format has no field for them by design), the filing unit when it is the department or implementer
read, the title, the year, the unit, 附件 markers. Anything else above the goal that no label reads is noted at
/project, in both importers.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ggtlint.importers import ImportedTable, import_bytes, import_path

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "pdftext"
UNREAD = "不属于绩效目标表的任何一栏"
GOAL = "完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。"


def _text(name: str) -> ImportedTable:
    result = import_path(DATA / f"layout-{name}-layout.txt", as_text=True)
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


def test_goal_opening_with_the_period_on_its_label_line_is_read() -> None:
    table = _text("goal-period-first").table
    assert (table.goal or "").strip() == "实施期限：2024年1月至12月。" + GOAL
    assert len(table.indicators) == 6


def test_period_row_under_the_goal_is_no_line_of_the_goal() -> None:
    table = _text("period-after-goal").table
    assert (table.goal or "").strip() == GOAL
    assert table.project.period == "2024年1月至2024年12月"


_GOAL_HEAD = (
    "                    2024年项目支出绩效目标表\n"
    "  项目名称    2024年农村公路养护工程\n"
    "  主管部门    某县交通运输局\n"
    "  实施单位    某县公路管理段\n"
    "年度资金总额（万元） 160\n"
    " 年度总体目标   完成全县320公里农村公路日常养护，\n"
    "{after}\n"
    "  一级指标               二级指标            三级指标           指标值\n"
    "                     数量指标       养护农村公路里程          ≥320公里\n"
    "  产出指标           时效指标       养护任务完成时间          2024年12月31日前\n"
    "  满意度指标          服务对象满意度指标      沿线群众满意度            ≥90%\n"
)


def _goal_and_period(after: str) -> tuple[str, str | None]:
    from ggtlint.importers.pdftext import read_text
    result = read_text(_GOAL_HEAD.format(after=after), "probe.txt")
    assert len(result.tables) == 1
    table = result.tables[0].table
    return (table.goal or "").replace("\n", ""), table.project.period


def test_goal_lines_at_the_goal_column_stay_in_the_goal() -> None:
    # the period's words in the goal's column: the goal's sentence, read whole
    goal, period = _goal_and_period("                实施期限：2024年3月至11月，路面优良率达到80%以上。")
    assert goal.endswith("路面优良率达到80%以上。") and period is None
    goal, period = _goal_and_period("                项目实施期限内完成全部养护任务。")
    assert goal.endswith("完成全部养护任务。") and period is None


def test_a_field_left_of_the_goal_column_ends_the_goal() -> None:
    goal, period = _goal_and_period("  实施期限    2024年1月至2024年12月")
    assert goal == "完成全县320公里农村公路日常养护，" and period == "2024年1月至2024年12月"


# -- header text no field reads ---------------------------------------------------------------------------------

def _unread(notes: dict) -> str:
    note = notes.get("/project")
    return note.message("zh") if note is not None and UNREAD in note.message("zh") else ""


def test_a_lone_month_above_the_period_is_noted_in_the_text() -> None:
    item = _text("header-leftovers")
    assert item.table.project.period == "2024年1月至2024年12月"
    unread = _unread(item.notes)
    assert "第 10 行的“2024年1月”" in unread and "填报单位" not in unread and "万元" not in unread


def test_the_blanks_a_template_prints_are_not_noted_in_the_text() -> None:
    assert _unread(_text("header-blanks").notes) == ""


def _workbook(cells: list[tuple[str, object]]) -> dict:
    """The notes of the one table of a workbook with ``cells`` (A1-style address, value) over a plain table."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2024年项目支出绩效目标表"
    fields = [("项目名称", "2024年农村公路养护工程"), ("主管部门", "某县交通运输局"), ("实施单位", "某县公路管理段"),
              ("实施期限", "2024年1月至2024年12月"), ("年度资金总额（万元）", 160), ("年度总体目标", GOAL)]
    for r, (label, value) in enumerate(fields, 4):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    for k, heading in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(11, k, heading)
    ws.append(["产出指标", "数量指标", "养护农村公路里程", "≥320公里"])
    ws.append(["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"])
    for at, value in cells:
        ws[at] = value
    out = io.BytesIO()
    wb.save(out)
    result = import_bytes(out.getvalue(), "probe.xlsx")
    assert not result.problems and len(result.tables) == 1
    return result.tables[0].notes


def test_header_text_no_label_reads_is_noted_in_a_workbook() -> None:
    unread = _unread(_workbook([("A2", "填报单位（盖章）：某县财政局"), ("B3", "2024年1月")]))
    assert "A2“填报单位（盖章）：某县财政局”" in unread and "B3“2024年1月”" in unread


# look-alikes: what every template prints there, or what the format leaves out by design; no note
@pytest.mark.parametrize("cells", [
    [("A2", "填报单位（盖章）：")],
    [("A2", "填报单位（盖章）：某县交通运输局")],                 # the department again
    [("A2", "填报单位：某县公路管理段"), ("D2", "单位：万元")],     # the implementer again, the unit
    [("A2", "填报单位（盖章）：            填报日期：    年   月   日")],
    [("A2", "（盖章）")],
    [("A2", "附件2")],
    [("A2", "（2024年度）")],
    [("A3", "项目负责人"), ("B3", "张三"), ("C3", "联系电话"), ("D3", "0851-1234567")],
    [("A3", "填报人：李四")],
    [("C4", "项目编码"), ("D4", "")],
    [("A3", "中期目标（2024—2026年）"), ("B3", "三年养护农村公路900公里")],  # 中期: an annual table reads none
])
def test_template_blanks_and_contact_lines_are_not_noted_in_a_workbook(cells: list[tuple[str, object]]) -> None:
    assert _unread(_workbook(cells)) == ""


# held out: written after the change, not used while making it
_TEXT = (
    "                    2024年项目支出绩效目标表\n"
    "{above}\n"
    "  项目名称    2024年农村公路养护工程\n"
    "  主管部门    某县交通运输局\n"
    "  实施单位    某县公路管理段\n"
    "  实施期限    2024年1月至2024年12月\n"
    "年度资金总额（万元） 160\n"
    " 年度总体目标   完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。\n"
    "  一级指标               二级指标            三级指标           指标值\n"
    "  产出指标           数量指标       养护农村公路里程          ≥320公里\n"
    "  满意度指标          服务对象满意度指标      沿线群众满意度            ≥90%\n"
)


def _text_notes(above: str) -> dict:
    from ggtlint.importers.pdftext import read_text
    result = read_text(_TEXT.format(above=above), "probe.txt")
    assert len(result.tables) == 1
    return result.tables[0].notes


@pytest.mark.parametrize("cells, noted", [
    ([("A2", "本表经局党组会议审议通过")], True),
    ([("B3", "（续建项目，2023年立项）")], True),
    ([("A2", "编制单位（盖章）：某县公路管理段")], False),
    ([("A2", "填报日期：2024年3月1日")], False),
])
def test_held_out_workbook_header_text(cells: list[tuple[str, object]], noted: bool) -> None:
    assert bool(_unread(_workbook(cells))) == noted


@pytest.mark.parametrize("above, noted", [
    ("                2025年3月", True),
    ("  联系人：王五           联系电话：13800000000", False),
    ("  本项目为2023年续建项目", True),
    ("填报单位（盖章）：某县交通运输局            单位：万元", False),
])
def test_held_out_text_header_lines(above: str, noted: bool) -> None:
    assert bool(_unread(_text_notes(above))) == noted

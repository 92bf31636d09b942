"""What the importers did not read of a table's header, and a period printed with the goal, read right.

The texts ``tests/data/pdftext/layout-{goal-period-first,period-after-goal,header-leftovers,header-blanks}-layout.txt``
are pdftotext -layout output of PDFs LibreOffice Calc saved from the workbooks ``tests/data/pdftext/layouts_make.py``
makes (the same script makes the workbooks read here with openpyxl's help):

* ``goal-period-first``: the goal's cell opens with 实施期限：2024年1月至12月。 on the goal label's line, and the table
  has no 实施期限 field of its own: the goal is the cell's whole text (as the workbook reader reads it);
* ``period-after-goal``: 实施期限 in the row under the goal's: the period's, no line of the goal;
"""

from __future__ import annotations

from ggtlint.importers import ImportedTable, import_path

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "pdftext"
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

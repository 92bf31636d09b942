"""Re-read of s24's importer changes (the unread-header note): what the re-read found wrong, pinned.

* The unit (单位：万元) in a cell or on a line hid the text beside it: a cell holding 填报单位（盖章）：某县财政局 and
  单位：万元 or a remark ending in the unit was dropped in silence (the workbook reader's unit span claimed the cell,
  template_blank called any text naming a unit blank).
* A workbook cell holding two footer labels with their values (填报单位（盖章）：某县交通运输局    填报日期：2024年3月1日),
  what many templates print in one merged cell, was noted as unread (the date was read as part of the unit's name);
  the PDF text reader, which sees the two apart, said nothing.
"""

from __future__ import annotations

import pytest

from ggtlint.importers.pdftext import read_text

# the probe tables and the note reader of the change's own tests
from test_import_header_leftovers import GOAL, _text_notes, _unread
from test_import_header_leftovers import _workbook as _workbook_notes


def _workbook(cells: list[tuple[str, object]]) -> str:
    """The unread-header note of a plain workbook table with ``cells`` (A1-style address, value) set too."""
    return _unread(_workbook_notes(cells))


def _text(above: str) -> str:
    """The unread-header note of a plain PDF-text table with the line ``above`` over its fields."""
    return _unread(_text_notes(above))


@pytest.mark.parametrize("value, shown", [
    ("填报单位（盖章）：某县财政局          单位：万元", "某县财政局"),
    ("本项目由县财政局统筹安排，单位：万元", "本项目由县财政局统筹安排"),
])
def test_text_beside_the_unit_in_a_cell_is_noted(value: str, shown: str) -> None:
    assert shown in _workbook([("A2", value)])


def test_text_beside_the_unit_on_a_line_is_noted() -> None:
    assert "本项目由县财政局统筹安排" in _text("本项目由县财政局统筹安排，单位：万元")


@pytest.mark.parametrize("value", [
    "单位：万元",
    "金额单位：万元",
    "填报单位（盖章）：某县交通运输局          单位：万元",
    "填报单位（盖章）：某县交通运输局          填报日期：2024年3月1日",
    "填报单位（盖章）：某县公路管理段    联系人：王五    联系电话：0851-1234567",
    "填报单位：                 填报日期：    年   月   日          单位：万元",
])
def test_the_unit_and_footer_labels_with_their_values_in_one_cell_are_not_noted(value: str) -> None:
    assert _workbook([("A2", value)]) == ""


@pytest.mark.parametrize("above", [
    "填报单位（盖章）：某县交通运输局          填报日期：2024年3月1日",
    "                                          单位：万元",
])
def test_the_same_lines_are_not_noted_in_pdf_text(above: str) -> None:
    assert _text(above) == ""


# A field's row under the goal ends the goal (s24): a line after that row the goal no longer takes was dropped.
_AFTER_GOAL = (
    "                    2024年项目支出绩效目标表\n"
    "  项目名称    2024年农村公路养护工程\n"
    "  主管部门    某县交通运输局\n"
    "  实施单位    某县公路管理段\n"
    " 年度总体目标   完成全县320公里农村公路日常养护，\n"
    "                路面技术状况优良率达到80%以上。\n"
    "  实施期限    2024年1月至2024年12月\n"
    "{after}"
    "  一级指标               二级指标            三级指标           指标值\n"
    "  产出指标           数量指标       养护农村公路里程          ≥320公里\n"
    "  满意度指标          服务对象满意度指标      沿线群众满意度            ≥90%\n"
)


def _after_goal(after: str) -> tuple[str, str | None, str]:
    item = read_text(_AFTER_GOAL.format(after=after), "probe.txt").tables[0]
    return (item.table.goal or "").strip(), item.table.project.period, _unread(item.notes)


def test_a_line_under_the_field_that_ended_the_goal_is_noted() -> None:
    goal, period, unread = _after_goal("                另：完成桥梁检测。\n")
    assert goal == GOAL and period == "2024年1月至2024年12月"
    assert "第 8 行的“另：完成桥梁检测。”" in unread


def test_fields_under_the_goal_draw_no_note() -> None:
    goal, period, unread = _after_goal("年度资金总额（万元） 160\n")
    assert goal == GOAL and period == "2024年1月至2024年12月" and unread == ""


# -- REL031's batch exception (careful round g728): only a first batch or phase ---------------------------------

_BATCH_TABLE = """\
project: {{name: 2027年城市燃气老旧管网更新改造项目, year: 2027, department: 某市住房和城乡建设局}}
funds: {{unit: 万元, total: 1260, fiscal: 1260}}
goal: 2027年更新改造燃气管道30公里，分批实施。
indicators:
  产出指标:
    时效指标:
      - {{name: "{batch}", value: 2027年6月30日前}}
      - {{name: 工程完工时间, value: 2027年12月15日前}}
  效益指标:
    社会效益指标:
      - {{name: 2027年累计受益居民, value: ≥2800户}}
"""


@pytest.mark.parametrize("batch, told", [
    ("第十一期管道巡检完成时间", True),   # the eleventh round of a recurring task: no first phase
    ("统一期限内整改完成时间", True),
    ("一期工程完工时间", False),          # the first phase, as before
])
def test_rel031_batch_is_a_first_batch_or_phase_only(engine: object, batch: str, told: bool) -> None:
    from ggtlint.load import load_text

    findings = engine.check_source(load_text(_BATCH_TABLE.format(batch=batch), "batch.yaml")).findings  # type: ignore[attr-defined]
    assert ("REL031" in {f.rule_id for f in findings}) is told


# -- REL030's cross-section exception (careful round g728): a deed making a size greater is no cross-section ---------

_AREA_TABLE = """version: 1
project: {{name: 2027年某县堤防工程, year: 2027, department: 某县水务局}}
funds: {{unit: 万元, total: 800, fiscal: 800}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
      - {{name: "{name}", value: "{value}"}}
"""


@pytest.mark.parametrize("goal, name, value, told", [
    # 5.2 km treated × 8 m = 41600 m²: 10 万平方米 is past it (was left: 培厚 read as a thickness before the length)
    ("2027年堤防加高培厚5.2公里、堤顶宽8米。", "堤防加固面积", "≥10万平方米", True),
    ("2027年道路拓宽3公里、宽12米。", "道路拓宽铺装面积", "≥8万平方米", True),
    ("2027年加固堤防，堤顶宽度6米、防汛道路宽4米。", "堤顶防汛道路硬化面积", "≥1.6万平方米", False),  # still left
])
def test_rel030_a_deed_making_a_size_greater_is_no_cross_section(engine: object, goal: str, name: str, value: str,
                                                                  told: bool) -> None:
    from ggtlint.load import load_text

    text = _AREA_TABLE.format(goal=goal, name=name, value=value)
    findings = engine.check_source(load_text(text, "area.yaml")).findings  # type: ignore[attr-defined]
    assert ("REL030" in {f.rule_id for f in findings}) is told

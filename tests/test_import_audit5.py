"""Import audit 5: PDF-text layouts as published PDFs print them, read back as the PDF shows them.

The texts in ``tests/data/pdftext/audit5-*-layout.txt`` are pdftotext -layout output (poppler) of
PDFs that LibreOffice Calc saved from the workbooks ``tests/data/pdftext/audit5_make.py`` makes
(column widths, wrapped text, merged labels, rows as tall as their text):

* ``medium-goal``: the 财预〔2015〕88号 申报表, 中期目标 and 年度目标 headed side by side over their
  texts, 中期指标值 beside 年度指标值; ``medium-goal-right``: 年度目标 left of 中期目标, the two texts
  printed one space apart;
* ``landscape-narrow``: landscape, 计量单位, and 指标解释 / 指标值确定依据 wrapping in narrow columns;
* ``cost-first``: the 2021 framework with the 成本指标 block first;
* ``wrapped-names-three``: 三级指标 names over three lines in a narrow column;
* ``long-notes`` and ``notes-every-row``: a 备注 column of notes over one to three lines;
* ``wrapped-names-values``: names and values wrapped in narrow columns, with notes, one value
  printed by pdftotext left of its column;
* ``page-break-in-block``: a page break inside the merged 产出指标 / 数量指标 cells, the heading row
  printed again, with 产出指标 printed over its 一级指标 heading.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ggtlint.importers import ImportedTable, import_path

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "pdftext"
# the rows the workbooks were made with (tests/data/pdftext/audit5_rows.py), loaded by path
_spec = importlib.util.spec_from_file_location("audit5_rows", DATA / "audit5_rows.py")
assert _spec is not None and _spec.loader is not None
_made = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_made)
ROWS, COST_ROWS, WRAPPED_ROWS, WRAPPED_VALUE_ROWS = _made.ROWS, _made.COST_ROWS, _made.WRAPPED_ROWS, _made.WRAPPED_VALUE_ROWS



def _read(path: Path) -> ImportedTable:
    result = import_path(path, as_text=True)
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


def _text(name: str) -> ImportedTable:
    return _read(DATA / f"audit5-{name}-layout.txt")


def _rows(item: ImportedTable) -> list[tuple]:
    return [(i.level1, i.level2, i.name, i.value) for i in item.table.indicators]


# -- the goal beside the medium-term one -------------------------------------------------------------

def test_medium_and_annual_goals_side_by_side_give_the_annual_column() -> None:
    item = _text("medium-goal")
    assert item.table.goal == "目标1：新建集中供水工程6处，改造配水管网42公里。\n目标2：巩固提升2.1万农村人口供水保障水平。\n"
    assert _rows(item) == ROWS  # the 年度指标值, not the 中期 ones


def test_the_annual_goal_left_of_the_medium_one_printed_one_space_apart() -> None:
    assert _text("medium-goal-right").table.goal == "新建集中供水工程6处，改造配水管网42公里，巩固提升2.1万农村人口供水保障水平。\n"


def test_the_medium_column_fixture_of_audit4_gives_the_annual_goal() -> None:
    assert _read(DATA / "audit4-medium-column-layout.txt").table.goal == "完成养护100公里\n"


HEADER = "项目名称       农村公路养护\n主管部门       某县交通运输局\n年度资金总额（万元）                      10\n"
GRID = ("一级指标       二级指标                    三级指标          指标值\n"
        "产出指标       数量指标                    养护里程          ≥100公里\n")


@pytest.mark.parametrize(("goal", "expected"), [
    # look-alikes: a goal in two columns with no 中期目标 heading beside it keeps both
    ("年度总体目标     目标1：完成养护100公里          目标2：优良路率达85%以上\n",
     "目标1：完成养护100公里\n目标2：优良路率达85%以上\n"),
    # 中期目标 in a row of its own above the 年度目标 row: the annual row, as before
    ("中期目标       三年完成养护300公里\n年度目标       完成养护100公里\n", "完成养护100公里\n"),
    # the headings side by side, the texts under them
    ("总体目标   中期目标（2024-2026年）   年度目标（2024年）\n           三年完成养护300公里       完成养护100公里\n",
     "完成养护100公里\n"),
], ids=["two-columns-no-medium", "medium-row-above", "medium-beside"])
def test_a_goal_is_read_in_the_annual_column_only_beside_a_medium_heading(tmp_path: Path, goal: str,
                                                                            expected: str) -> None:
    path = tmp_path / "t.txt"
    path.write_text(HEADER + goal + GRID, encoding="utf-8")
    assert _read(path).table.goal == expected


# -- grids ----------------------------------------------------------------------------------------



@pytest.mark.parametrize(("name", "rows"), [
    ("cost-first", COST_ROWS + ROWS), ("wrapped-names-three", WRAPPED_ROWS), ("long-notes", ROWS), ("notes-every-row", ROWS)])
def test_grid_layouts_read_as_printed(name: str, rows: list[tuple]) -> None:
    assert _rows(_text(name)) == rows


def test_landscape_with_units_and_wrapped_explanations_reads_only_the_rows() -> None:
    item = _text("landscape-narrow")
    assert [(i.name, i.value, i.unit) for i in item.table.indicators] == [
        ("新建集中供水工程", "≥6", "处"), ("改造配水管网长度", "≥42", "公里"), ("工程验收合格率", "100", "%"),
        ("工程完工时间", "2024年11月30日前", None), ("巩固提升受益人口", "≥2.1", "万人"), ("工程设计使用年限", "≥20", "年"),
        ("受益群众满意度", "≥90", "%")]
    assert [i.note for i in item.table.indicators] == [None] * 7


def test_notes_over_several_lines_stay_with_their_rows() -> None:
    assert [i.note for i in _text("notes-every-row").table.indicators] == [
        "续建2处", "按竣工图计，含入户支管，不含水厂厂区内管道。",
        "由第三方检测机构抽检，抽检比例不低于30%，不合格的限期整改后复检，复检仍不合格的扣减补助资金。", "以竣工验收时间为准",
        "按2023年底户籍人口统计，含易地搬迁安置点人口。", "按设计文件", "委托第三方机构开展问卷调查，样本不少于300户。"]


# as read: an empty 备注 cell is no note
WRAPPED_VALUES = [(*row[:4], row[4] or None) for row in WRAPPED_VALUE_ROWS]
SHIFTED = "                 社会效益指标                  较上年提高1个百分点以上 按县统计年鉴口径"


@pytest.mark.parametrize(("line", "value", "note"), [
    # as printed: the value left of its column after the label, the note one space after it
    (SHIFTED, "较上年提高1个百分点以上", "按县统计年鉴口径"),
    # the value so, with no note after it
    ("                 社会效益指标                  较上年提高1个百分点以上", "较上年提高1个百分点以上", None),
    # look-alike: both at their columns
    ("                 社会效益指标                           较上年提高1个百分点以上 按县统计年鉴口径",
     "较上年提高1个百分点以上", "按县统计年鉴口径"),
], ids=["shifted", "shifted-alone", "at-columns"])
def test_a_value_printed_left_of_its_column_after_a_label_keeps_the_cells_after_it_apart(
        tmp_path: Path, line: str, value: str, note: str | None) -> None:
    text = (DATA / "audit5-wrapped-names-values-layout.txt").read_text(encoding="utf-8")
    assert SHIFTED in text
    path = tmp_path / "t.txt"
    path.write_text(text.replace(SHIFTED, line), encoding="utf-8")
    rows = [(i.level1, i.level2, i.name, i.value, i.note) for i in _read(path).table.indicators]
    expected = list(WRAPPED_VALUES)
    expected[5] = (*expected[5][:3], value, note)
    assert rows == expected


def test_a_label_printed_over_the_repeated_heading_line_keeps_that_line_a_heading() -> None:
    text = (DATA / "audit5-page-break-in-block-layout.txt").read_text(encoding="utf-8")
    assert "\n一级指标\n产出指标      二级指标" in text  # as pdftotext printed it
    villages = ["东风", "红旗", "前进", "胜利", "和平", "团结", "新华", "光明"]
    assert _rows(_text("page-break-in-block")) == [
        *[("产出指标", "数量指标", f"{name}村供水管网改造长度", f"≥{k + 2}公里") for k, name in enumerate(villages)],
        ("产出指标", "质量指标", "工程验收合格率", "100%"), ROWS[4], ROWS[6]]

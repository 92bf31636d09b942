"""Import audit 4: workbook and PDF-text layouts departments really use, read as they print.

Each workbook is built here with openpyxl; the PDF texts in ``tests/data/pdftext/audit4-*`` are
pdftotext -layout output (poppler) of PDFs that LibreOffice Calc saved from such workbooks, with
column widths, borders and wrapping set as a department sets them:

* ``direction-unit``: the 2021 预算一体化 layout, 指标方向 (≥, ≤, ＝, 定性) | 指标值 | 度量单位, the
  figures aligned right against the left-aligned units;
* ``score-columns``: 分值, 指标解释 and 评（扣）分标准 beside the values, and a 合计 row;
* ``medium-column``: 中期指标值 beside 年度指标值;
* ``goal-numbered-cells``: 目标1 / 目标2 in cells of their own, the goal's label centred between;
* ``fund-rows-above-goal``: a 资金情况 block of 一般公共预算, 政府性基金预算, 上年结转 rows right above
  the goal's label;
* ``fund-sources-across``: a 资金来源 row printed across (资金总额 | 一般公共预算 | 政府性基金 |
  上年结转 | 其他资金), the amounts on the line below;
* ``three-pages``: a grid over three pages with its heading row repeated and page numbers, each
  page's columns placed apart by pdftotext.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.importers import ImportedTable, import_path  # noqa: E402
from ggtlint.importers.xlsx import read_workbook  # noqa: E402

from conftest import ROOT, assert_bilingual_notes  # noqa: E402

DATA = ROOT / "tests" / "data" / "pdftext"
HEAD = [["项目名称", "农村公路养护"], ["主管部门", "某县交通运输局"], ["实施单位", "某县公路事业发展中心"],
        ["年度资金总额（万元）", 10]]


def _book(rows: list[list], *, change=None) -> bytes:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is not None:
                ws.cell(r, c, value)
    if change is not None:
        change(workbook, ws)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _tables(data: bytes) -> list[ImportedTable]:
    return read_workbook(data, "f.xlsx").tables


def _one(data: bytes) -> ImportedTable:
    tables = _tables(data)
    assert len(tables) == 1
    return tables[0]


def _rows(item: ImportedTable) -> list[tuple]:
    return [(i.level1, i.level2, i.name, i.value) for i in item.table.indicators]


def _text(name: str) -> ImportedTable:
    result = import_path(DATA / f"audit4-{name}-layout.txt", as_text=True)
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


# -- workbooks -----------------------------------------------------------------------------------

def _merge(*refs: str):
    def change(_workbook, ws) -> None:
        for ref in refs:
            ws.merge_cells(ref)
    return change


def test_a_two_row_grid_header_with_the_value_heading_merged_down_finds_the_grid() -> None:
    rows = HEAD + [["年度总体目标", "完成养护10公里"],
                   ["绩效指标", None, None, "指标值", "备注"], ["一级指标", "二级指标", "三级指标"],
                   ["产出指标", "数量指标", "养护里程", "≥10公里", None],
                   ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷调查"]]
    item = _one(_book(rows, change=_merge("A6:C6", "D6:D7", "E6:E7")))
    assert _rows(item) == [("产出指标", "数量指标", "养护里程", "≥10公里"),
                           ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
    assert item.table.indicators[1].note == "问卷调查"


def test_a_value_heading_above_that_is_not_merged_down_heads_no_grid() -> None:
    rows = HEAD + [["年度总体目标", "完成养护"], [None, None, None, "指标值"], ["一级指标", "二级指标", "三级指标"],
                   ["产出指标", "数量指标", "养护里程", "≥10公里"]]
    item = _one(_book(rows))
    assert item.table.indicators == []
    assert "表头行" in item.notes["/indicators"].message_zh


def _hide(column: str):
    def change(_workbook, ws) -> None:
        ws.column_dimensions[column].hidden = True
    return change


def test_a_hidden_column_of_old_values_gives_way_to_the_visible_one() -> None:
    rows = HEAD + [["年度总体目标", "完成养护"], ["一级指标", "二级指标", "三级指标", "指标值", "指标值"],
                   ["产出指标", "数量指标", "养护里程", "≥8公里", "≥10公里"]]
    assert _rows(_one(_book(rows, change=_hide("D")))) == [("产出指标", "数量指标", "养护里程", "≥10公里")]
    # both visible: the first, as before; the only 指标值 column hidden: still read
    assert _rows(_one(_book(rows)))[0][3] == "≥8公里"
    only = HEAD + [["年度总体目标", "完成养护"], ["一级指标", "二级指标", "三级指标", "指标值"],
                   ["产出指标", "数量指标", "养护里程", "≥8公里"]]
    assert _rows(_one(_book(only, change=_hide("D"))))[0][3] == "≥8公里"


def _hidden_template(state: str, filled: bool):
    def change(workbook, ws) -> None:
        template = workbook.create_sheet("模板")
        for r, row in enumerate([["项目名称", None], ["年度资金总额（万元）", None], ["年度总体目标", None],
                                 ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标"]], 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    template.cell(r, c, value)
        template.sheet_state = state
        if not filled:
            ws.title = "封面"  # a visible cover beside it, no table of its own
    return change


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_template_sheet_beside_the_filled_one_is_not_a_table(state: str) -> None:
    rows = HEAD + [["年度总体目标", "完成养护"], ["一级指标", "二级指标", "三级指标", "指标值"],
                   ["产出指标", "数量指标", "养护里程", "≥10公里"]]
    result = read_workbook(_book(rows, change=_hidden_template(state, True)), "f.xlsx")
    assert [t.sheet for t in result.tables] == ["Sheet"] and not result.problems


def test_a_table_only_on_a_hidden_sheet_is_still_read() -> None:
    result = read_workbook(_book([["2024年部门预算"]], change=_hidden_template("hidden", False)), "f.xlsx")
    assert [t.sheet for t in result.tables] == ["模板"]


def test_a_level1_merged_over_the_level2_cell_has_no_level2_of_that_name() -> None:
    rows = HEAD + [["年度总体目标", "完成养护"], ["一级指标", "二级指标", "三级指标", "指标值"],
                   ["产出指标", "数量指标", "养护里程", "≥10公里"],
                   ["满意度指标", None, "群众满意度", "≥90%"], [None, None, "商户满意度", "≥85%"],
                   ["效益指标", "社会效益指标", "通行条件", "改善"]]
    item = _one(_book(rows, change=_merge("A8:B9")))
    assert _rows(item) == [("产出指标", "数量指标", "养护里程", "≥10公里"),
                           ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
                           ("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%"),
                           ("效益指标", "社会效益指标", "通行条件", "改善")]
    assert "没有二级指标" in item.notes["/indicators/满意度指标/服务对象满意度指标/0"].message_zh
    assert assert_bilingual_notes([item]) >= 1


def test_the_annual_goal_headed_with_its_year_beside_the_medium_term_one_is_read() -> None:
    rows = HEAD + [["总体目标", "中期目标（2024-2026年）", "年度目标（2024年）"],
                   [None, "三年完成养护300公里", "完成养护100公里"],
                   ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
                   ["产出指标", "数量指标", "养护里程", "≥300公里", "≥100公里"]]
    item = _one(_book(rows))
    assert item.table.goal == "完成养护100公里"
    assert _rows(item) == [("产出指标", "数量指标", "养护里程", "≥100公里")]


@pytest.mark.parametrize(("first", "second", "goal"), [
    # the number in a cell of its own, its text in the next: joined as typed
    (["目标1", "完成养护10公里"], [None, "目标2", "优良路率达85%以上"], "目标1：完成养护10公里\n目标2：优良路率达85%以上"),
    (["目标一、", "完成养护10公里"], [None, "目标二、", "优良路率达85%以上"], "目标一、完成养护10公里\n目标二、优良路率达85%以上"),
    # look-alikes: numbered in the text itself, or a number with nothing beside it, stay as written
    (["目标1：完成养护10公里"], [None, "目标2：优良路率达85%以上"], "目标1：完成养护10公里\n目标2：优良路率达85%以上"),
    (["完成养护10公里"], [None, "1"], "完成养护10公里\n1"),
])
def test_goal_lines_numbered_in_a_cell_of_their_own(first: list, second: list, goal: str) -> None:
    rows = HEAD + [["年度总体目标", *first], second, ["一级指标", "二级指标", "三级指标", "指标值"],
                   ["产出指标", "数量指标", "养护里程", "≥10公里"]]
    assert _one(_book(rows, change=_merge("A5:A6"))).table.goal == goal


def test_a_fund_source_row_of_the_budgets_is_read_for_its_total_and_told() -> None:
    rows = [["单位：万元"]] + HEAD[:3] + [["资金来源", "资金总额", "一般公共预算", "政府性基金", "上年结转", "其他资金"],
                                      [None, 150, 100, 30, 20, 0], ["年度总体目标", "完成养护"],
                                      ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "养护里程", "≥10公里"]]
    item = _one(_book(rows))
    funds = item.table.funds
    assert (funds.unit, funds.total, funds.fiscal, funds.other) == ("万元", Decimal(150), None, Decimal(0))
    note = item.notes["/funds"]
    assert "C5“一般公共预算”的 100万元（C6）" in note.message_zh and "政府性基金预算" in note.message_zh
    assert "general-budget" in note.message_en
    # a project whose name has 预算 in it is no fund row
    named = _one(_book([["项目名称", "一般公共预算绩效管理"], ["年度资金总额（万元）", 10]]))
    assert named.table.project.name == "一般公共预算绩效管理" and "/funds" not in named.notes


def test_qualitative_in_a_direction_column_is_no_note_and_quantitative_asks_for_the_operator() -> None:
    rows = HEAD + [["年度总体目标", "完成养护"], ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"],
                   ["产出指标", "数量指标", "养护里程", "≥", 120, "公里"],
                   ["效益指标", "社会效益指标", "出行条件", "定性", "明显改善", None],
                   ["产出指标", "质量指标", "优良率", "定量", 85, "%"]]
    item = _one(_book(rows))
    assert [i.value for i in item.table.indicators] == ["≥120", "85", "明显改善"]
    assert set(item.notes) == {"/indicators/产出指标/质量指标/0/value"}
    note = item.notes["/indicators/产出指标/质量指标/0/value"]
    assert "“指标方向”列为“定量”" in note.message_zh and "which way" not in note.message_en


# -- PDF text --------------------------------------------------------------------------------------

def test_pdf_text_direction_value_and_unit_read_as_the_workbook_does() -> None:
    item = _text("direction-unit")
    assert [(i.level1, i.level2, i.name, i.value, i.unit) for i in item.table.indicators] == [
        ("产出指标", "数量指标", "养护里程", "≥120", "公里"),
        ("产出指标", "质量指标", "优良路率", "≥85", "%"),
        ("产出指标", "时效指标", "完成时间", "2024年12月底前", None),
        ("成本指标", "经济成本指标", "每公里养护成本", "≤1.6", "万元/公里"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善", None),
        ("效益指标", "经济效益指标", "投诉数", "＝0件", None),  # 0 and 件 printed together
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90", "%")]
    assert not item.notes


def test_pdf_text_with_score_and_criteria_columns_reads_each_row_once() -> None:
    item = _text("score-columns")
    assert [(i.level1, i.level2, i.name, i.value, i.weight) for i in item.table.indicators] == [
        ("产出指标", "数量指标", "养护里程", "≥50公里", Decimal(20)),
        ("产出指标", "质量指标", "合格率", "≥95%", Decimal(20)),
        ("效益指标", "社会效益指标", "通行条件", "改善", Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", Decimal(30))]
    assert item.table.funds.total == Decimal(50) and item.table.goal == "完成养护50公里\n"


def test_pdf_text_with_a_medium_term_value_column_reads_the_annual_values() -> None:
    item = _text("medium-column")
    assert [(i.level1, i.level2, i.name, i.value) for i in item.table.indicators] == [
        ("产出指标", "数量指标", "养护里程", "≥100公里")]


def test_pdf_text_goal_numbered_in_cells_of_their_own() -> None:
    assert _text("goal-numbered-cells").table.goal == "目标1：完成养护10公里\n目标2：优良路率达85%以上\n"


def test_pdf_text_fund_rows_above_a_centred_goal_label_are_no_goal_and_are_told() -> None:
    item = _text("fund-rows-above-goal")
    table = item.table
    assert table.goal == "目标\n" and table.funds.total == Decimal(150)
    assert [(i.name, i.value) for i in table.indicators] == [("养护里程", "≥10公里")]
    note = item.notes["/funds"]
    assert "第 6 行“其中：一般公共预算”的 100万元" in note.message_zh and "第 9 行“上年结转”的 20万元" in note.message_zh
    assert "导入得到的目标文件" in note.message_zh and '"上年结转" (line 9): 20 万元' in note.message_en


def test_pdf_text_fund_sources_across_with_amounts_below_are_read_by_order() -> None:
    item = _text("fund-sources-across")
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (Decimal(150), None, Decimal(0))
    assert "“政府性基金”的 30万元" in item.notes["/funds"].message_zh
    assert "/funds/total" not in item.notes


def _pdf_text(tmp_path: Path, funds: str) -> ImportedTable:
    text = ("项目名称      农村公路养护\n" + funds + "年度总体目标   完成养护\n"
            "一级指标      二级指标      三级指标      指标值\n产出指标      数量指标      养护里程      ≥100公里\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return import_path(path, as_text=True).tables[0]


def test_pdf_text_a_fund_row_without_a_field_is_told_unless_it_is_a_breakdown(tmp_path: Path) -> None:
    told = _pdf_text(tmp_path, "年度资金总额（万元）     150\n其中：财政拨款     100\n其中：以前年度结转     50\n")
    assert "第 4 行“其中：以前年度结转”的 50万元没有读入" in told.notes["/funds"].message_zh
    # the amounts add up without it: a 其中 row within 财政拨款, nothing lost
    within = _pdf_text(tmp_path, "年度资金总额（万元）     150\n其中：财政拨款     150\n其中：上级补助结转     50\n")
    assert "/funds" not in within.notes and within.table.funds.fiscal == Decimal(150)
    # only known fund rows: no note
    plain = _pdf_text(tmp_path, "年度资金总额（万元）     150\n其中：财政拨款     150\n")
    assert "/funds" not in plain.notes


def test_pdf_text_grid_over_three_pages_reads_every_row_at_its_columns() -> None:
    table = _text("three-pages").table
    rows = [(i.level1, i.level2, i.name, i.value) for i in table.indicators]
    assert len(rows) == 33
    assert rows[:29] == [("产出指标", "数量指标", f"资助困难群众参加城乡居民基本医疗保险人数（第{k}类人员含特困低保返贫致贫）",
                          f"≥{100 + k}人") for k in range(1, 30)]
    # each row prints its own labels: the 产出指标 and 数量指标 copies make one block each, over
    # all their rows, and the rows after the last copy of 数量指标 stay under 产出指标
    assert rows[29:] == [
        ("产出指标", "数量指标", "资助困难群众参加城乡居民基本医疗保险人数（第30类人员含特困低保返贫致贫）", "≥130人"),
        ("产出指标", "时效指标", "补助资金拨付时间", "2024年12月31日前"),
        ("效益指标", "社会效益指标", "困难群众医疗费用负担减轻情况", "有效减轻"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%")]
    assert table.goal.startswith("目标1：全年资助") and "\n" not in table.goal.rstrip("\n")


def test_pdf_text_look_alike_a_line_ending_in_a_figure_stays_in_the_goal(tmp_path: Path) -> None:
    """A goal line printed above its centred label that ends in its own words, not a lone figure,
    is the goal's."""
    text = ("项目名称      农村公路养护\n年度资金总额（万元）     10\n"
            "              完成农村公路养护100公里，\n年度总体目标\n              优良路率达到85%以上。\n"
            "一级指标      二级指标      三级指标      指标值\n产出指标      数量指标      养护里程      ≥100公里\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = import_path(path, as_text=True)
    assert result.tables[0].table.goal == "完成农村公路养护100公里，优良路率达到85%以上。\n"

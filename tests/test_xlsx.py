"""Excel import and export: round trips, the layouts departments really fill in, broken files."""

from __future__ import annotations

import io
import json
import re
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.importers import content_of, import_path  # noqa: E402
from ggtlint.importers.xlsx import read_workbook, workbook_bytes  # noqa: E402
from ggtlint.load import load_file  # noqa: E402

from conftest import ROOT, SEED_DIR, assert_bilingual_notes, run_ggtlint  # noqa: E402

FIXTURES = sorted(SEED_DIR.glob("*.yaml"))


_run = run_ggtlint


def _save(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# -- round trip --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_tables():
    return [load_file(path).tables[0] for path in FIXTURES]


def test_round_trip_every_fixture_through_one_workbook(seed_tables) -> None:
    data = workbook_bytes(seed_tables)
    result = read_workbook(data, "all.xlsx")
    assert result.problems == []
    assert len(result.tables) == len(seed_tables) == 20
    for original, imported in zip(seed_tables, result.tables):
        assert content_of(imported.table) == content_of(original), original.project.name
        assert imported.notes == {}
    sheets = openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    assert len(sheets) == 20 and len(set(sheets)) == 20


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_round_trip_each_fixture(path: Path) -> None:
    table = load_file(path).tables[0]
    result = read_workbook(workbook_bytes([table]), path.name)
    assert [content_of(t.table) for t in result.tables] == [content_of(table)]


def test_export_template_has_merged_grid_labels(seed_tables) -> None:
    data = workbook_bytes([seed_tables[6]])  # T7
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    merged = [str(r) for r in ws.merged_cells.ranges]
    header = next(row for row in range(1, ws.max_row + 1) if ws.cell(row, 1).value == "一级指标")
    first_l1 = f"A{header + 1}"
    assert any(r.startswith(first_l1 + ":") for r in merged)  # 产出指标 spans its rows
    assert any(r.startswith(f"B{header + 1}:") for r in merged)  # 数量指标 spans its six rows
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    assert ws.cell(header + 1, 3).alignment.wrap_text
    # Values are stored as text, never as formulas or numbers.
    assert ws.cell(header + 1, 4).data_type == "s"


def test_export_rows_are_as_tall_as_their_longest_wrapped_note() -> None:
    """g457: a three-line 备注 (执行GB 37822—2019《…》及地方排放标准) was printed as its middle line
    only: the export set wrapping but no row height, and a row stays one line high unless told."""
    table = load_file(next((ROOT / "fixtures" / "sectors").glob("g457-*.yaml"))).tables[0]
    ws = openpyxl.load_workbook(io.BytesIO(workbook_bytes([table]))).active
    header = next(row for row in range(1, ws.max_row + 1) if ws.cell(row, 1).value == "一级指标")
    note_col = next(col for col in range(1, ws.max_column + 1) if ws.cell(header, col).value == "备注")
    rows = {ws.cell(row, 3).value: row for row in range(header + 1, ws.max_row + 1)}
    long_note, no_note = rows["排气筒非甲烷总烃排放浓度"], rows["更换活性炭碘值"]
    assert ws.cell(long_note, note_col).value.startswith("执行GB 37822")
    assert ws.cell(long_note, note_col).alignment.wrap_text and ws.cell(long_note, 3).alignment.wrap_text
    one_line = ws.row_dimensions[no_note].height or ws.sheet_format.defaultRowHeight
    assert ws.row_dimensions[long_note].height >= 3 * one_line


def test_values_that_look_like_formulas_stay_text(seed_tables) -> None:
    table = load_file(FIXTURES[0]).tables[0]
    table.indicators[0].value = "=100%"
    table.indicators[1].value = "100"
    result = read_workbook(workbook_bytes([table]), "f.xlsx")
    values = [i.value for i in result.tables[0].table.indicators[:2]]
    assert values == ["=100%", "100"]


def test_import_is_fast(seed_tables) -> None:
    data = workbook_bytes(seed_tables)
    start = time.process_time()  # CPU time: a loaded machine must not fail it
    read_workbook(data, "all.xlsx")
    assert time.process_time() - start < 3  # 20 tables; one table takes a few milliseconds


# -- workbooks as departments fill them in -----------------------------------------------------

def realistic_workbook():
    """A 申报表 with merged cells, blank rows, full-width text, 万元, extra columns and a footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws["A1"] = "附表2"
    ws.merge_cells("A2:I2")
    ws["A2"] = "项目支出绩效目标申报表"
    ws["A3"] = "（２０２４年度）"
    ws["H3"] = "金额单位：万元"
    ws["A4"] = "项目名称："
    ws.merge_cells("B4:I4")
    ws["B4"] = "职业技能提升行动"
    ws["A5"] = "主 管 部 门"
    ws["B5"] = "某州人力资源和社会保障局"
    ws["D5"] = "实施单位"
    ws.merge_cells("E5:I5")
    ws["E5"] = "某州职业技能鉴定中心"
    ws.merge_cells("A6:A8")
    ws["A6"] = "项目资金（万元）"
    ws["B6"], ws["C6"] = "年度资金总额：", 120
    ws["B7"], ws["C7"] = "其中：财政拨款", 100
    ws["B8"], ws["C8"] = "其他资金", "２０"
    ws["A9"] = "年度总体目标"
    ws.merge_cells("B9:I9")
    ws["B9"] = "目标1：完成培训。\n目标2：提高技能。"
    ws.merge_cells("A11:A19")
    ws["A11"] = "绩效指标"
    for col, title in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质", "权重（％）", "备注"], start=2):
        ws.cell(11, col, title)
    ws.merge_cells("B12:B16")
    ws["B12"] = "产出指标"
    ws.merge_cells("C12:C14")
    ws["C12"] = "数量指标"
    ws["D12"], ws["E12"], ws["F12"], ws["G12"], ws["H12"] = "培训人次", "≥5000", "人次", "定量", 20
    ws["D13"], ws["E13"], ws["F13"], ws["G13"], ws["H13"] = "鉴定人数", "≥3000", "人", "定量", 10
    # row 14: blank inside the merged 数量指标 cell
    ws["C15"], ws["D15"], ws["E15"] = "质量指标", "鉴定合格率", 0.9
    ws["E15"].number_format = "0%"
    ws["C16"], ws["D16"], ws["E16"], ws["I16"] = "时效指标", "完成时限", "２０２４年１２月底前", "按年度计划"
    ws.merge_cells("B17:B18")
    ws["B17"], ws["C17"], ws["D17"], ws["E17"] = "效益指标", "社会效益指标", "参训人员就业率", "≥90%"
    ws["C18"], ws["D18"], ws["E18"] = "可持续影响指标", "技能人才队伍", "持续壮大"
    ws["B19"], ws["C19"], ws["D19"], ws["E19"] = "满意度指标", "服务对象满意度指标", "培训对象满意度", "≥95%"
    ws["A21"] = "填报人：张三"
    ws["E21"] = "联系电话：123"
    return wb


def test_fund_sources_named_after_the_level_of_government() -> None:
    workbook = realistic_workbook()
    sheet = workbook["申报表"]
    sheet["B7"], sheet["C7"] = "其中：中央资金", 60  # in place of 财政拨款 and 其他资金
    sheet["B8"], sheet["C8"] = "省级财政资金（万元）", 40
    item = read_workbook(_save(workbook), "r.xlsx").tables[0]
    assert item.table.funds.fiscal_sources == {"中央": Decimal(60), "省级": Decimal(40)}


def test_realistic_layout() -> None:
    result = read_workbook(_save(realistic_workbook()), "r.xlsx")
    assert result.problems == []
    assert len(result.tables) == 1
    item = result.tables[0]
    table = item.table
    assert item.sheet == "申报表"
    assert table.project.name == "职业技能提升行动"
    assert table.project.department == "某州人力资源和社会保障局"
    assert table.project.implementer == "某州职业技能鉴定中心"
    assert table.project.title == "项目支出绩效目标申报表"
    assert table.project.year == 2024
    assert table.funds.unit == "万元"
    assert (table.funds.total, table.funds.fiscal, table.funds.other) == (Decimal(120), Decimal(100), Decimal(20))
    assert table.goal == "目标1：完成培训。\n目标2：提高技能。"
    rows = [(i.level1, i.level2, i.name, i.value) for i in table.indicators]
    assert rows == [
        ("产出指标", "数量指标", "培训人次", "≥5000"),
        ("产出指标", "数量指标", "鉴定人数", "≥3000"),
        ("产出指标", "质量指标", "鉴定合格率", "90%"),
        ("产出指标", "时效指标", "完成时限", "２０２４年１２月底前"),  # values exactly as written
        ("效益指标", "社会效益指标", "参训人员就业率", "≥90%"),
        ("效益指标", "可持续影响指标", "技能人才队伍", "持续壮大"),
        ("满意度指标", "服务对象满意度指标", "培训对象满意度", "≥95%"),
    ]
    first = table.indicators[0]
    assert (first.unit, first.nature, first.weight) == ("人次", "定量", Decimal(20))
    assert table.indicators[3].note == "按年度计划"
    # Positions are cells: line = Excel row, column = Excel column number.
    assert (table.span(first.value_pointer).line, table.span(first.value_pointer).column) == (12, 5)
    assert table.span("/project/name").line == 4
    assert table.span("/indicators/产出指标/数量指标").line == 12
    assert item.notes == {}  # merged cells are not guesses


def test_unmerged_blank_labels_and_missing_level2_are_marked() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append(["主管部门", "某局"])
    ws.append([])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "甲", "≥1个"])
    ws.append([None, None, "乙", "≥2个"])        # blank, not merged: "same as above"
    ws.append(["效益指标", None, "丙", "明显提升"])  # 一级 changes, 二级 missing
    result = read_workbook(_save(wb), "m.xlsx")
    item = result.tables[0]
    rows = [(i.level1, i.level2, i.name) for i in item.table.indicators]
    assert rows == [("产出指标", "数量指标", "甲"), ("产出指标", "数量指标", "乙"), ("效益指标", "社会效益指标", "丙")]
    assert "/indicators/产出指标" in item.notes
    assert "/indicators/产出指标/数量指标" in item.notes
    assert "/indicators/效益指标/社会效益指标/0" in item.notes
    assert "/funds/unit" not in item.notes  # no amounts at all: nothing to say about the unit


def test_labels_in_a_header_row_with_values_below() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "项目编码", "项目类别"])
    ws.append(["表头在上", "P-001", "特定目标"])
    ws.append(["年度资金总额(元)", "财政拨款", "其他资金"])
    ws.append(["1,000.50", 1000.5, 0])
    ws.append(["二级指标", "三级指标", "指标值"])  # no 一级 column: inferred and marked
    ws.append(["数量指标", "甲", "≥1个"])
    ws.append(["社会效益指标", "乙", "有效提升"])
    item = read_workbook(_save(wb), "h.xlsx").tables[0]
    table = item.table
    assert (table.project.name, table.project.code, table.project.category) == ("表头在上", "P-001", "特定目标")
    assert table.funds.total == Decimal("1000.50") and table.funds.fiscal == Decimal("1000.5")
    assert table.funds.unit == "元"
    assert [(i.level1, i.level2) for i in table.indicators] == [("产出指标", "数量指标"), ("效益指标", "社会效益指标")]
    assert "/indicators/产出指标" in item.notes and "/indicators/效益指标" in item.notes


def _small_table(ws, top: int, name: str, rows: list[tuple[str, str, str, str]]) -> None:
    ws.cell(top, 1, "某县2024年项目支出绩效目标表")
    ws.cell(top + 1, 1, "项目名称")
    ws.cell(top + 1, 2, name)
    ws.cell(top + 2, 1, "年度资金总额")
    ws.cell(top + 2, 2, 5)
    ws.cell(top + 3, 1, "单位：万元")
    header = top + 4
    for col, title in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], start=1):
        ws.cell(header, col, title)
    for offset, row in enumerate(rows, start=1):
        for col, value in enumerate(row, start=1):
            if value:
                ws.cell(header + offset, col, value)


def test_a_sheet_with_two_tables_and_a_sheet_without() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "两张表"
    _small_table(ws, 1, "第一个项目", [("产出指标", "数量指标", "甲", "≥1个"), ("满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    _small_table(ws, 10, "第二个项目", [("产出指标", "时效指标", "完成时间", "2024年12月31日前")])
    ws.merge_cells("A6:A6")  # a harmless single-cell merge must not confuse anything
    notes = wb.create_sheet("草稿")  # no table, and not the template's instructions (说明): noted
    notes["A1"] = "本工作簿包含两张表。"
    wb.create_sheet("空白")
    result = read_workbook(_save(wb), "two.xlsx")
    assert [t.table.project.name for t in result.tables] == ["第一个项目", "第二个项目"]
    assert [t.table.document for t in result.tables] == [0, 1]
    first, second = (t.table for t in result.tables)
    assert [i.name for i in first.indicators] == ["甲", "满意度"]
    assert [i.name for i in second.indicators] == ["完成时间"]
    assert second.project.region == "某县" and second.project.year == 2024
    assert first.funds.unit == second.funds.unit == "万元"
    assert second.span("/project/name").line == 11
    assert [(p.code, p.sheet) for p in result.problems] == [("LOAD004", "草稿")]
    assert "草稿" in result.problems[0].message_zh


def test_repeated_grid_header_continues_and_a_new_header_block_starts_a_table() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "甲项目"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "人数", "≥1人"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])  # printed again after a page break
    ws.append(["效益指标", "社会效益指标", "就业", "明显提升"])
    ws.append([])
    ws.append(["某县2024年项目支出绩效目标表"])
    ws.append(["项目编码", "P2"])  # a header block without 项目名称
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["满意度指标", "服务对象满意度指标", "满意度", "≥90%"])
    result = read_workbook(_save(wb), "blocks.xlsx")
    first, second = result.tables
    assert [i.name for i in first.table.indicators] == ["人数", "就业"]
    assert first.notes == {}
    assert (second.table.project.code, second.table.project.title) == ("P2", "某县2024年项目支出绩效目标表")
    assert [i.name for i in second.table.indicators] == ["满意度"]
    assert "/project/name" in second.notes


def _many_tables_workbook(count: int) -> bytes:
    """``count`` tables one below the other on one sheet, mixing the layouts a batch export has:
    every third table repeats its grid header after a page break, every fifth has 项目编码 but
    no 项目名称 (its header block, title included, still starts a table)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    top = 1
    for k in range(count):
        rows = [("产出指标", "数量指标", f"培训人数{k}", f"≥{k + 1}人"),
                ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%")]
        _small_table(ws, top, f"项目{k:04d}", rows)
        if k % 5 == 2:
            ws.cell(top + 1, 1, "项目编码")
            ws.cell(top + 1, 2, f"P{k:04d}")
        height = 4 + 1 + len(rows)
        if k % 3 == 1:  # the header printed again between the two rows
            ws.move_range(f"A{top + 6}:D{top + 6}", rows=1)
            for col, title in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], start=1):
                ws.cell(top + 6, col, title)
            height += 1
        top += height + 2
    return _save(wb)


def test_many_tables_on_one_sheet_are_each_imported() -> None:
    count = 240
    result = read_workbook(_many_tables_workbook(count), "many.xlsx")
    assert result.problems == []
    assert len(result.tables) == count
    for k, item in enumerate(result.tables):
        table = item.table
        assert item.sheet == "汇总" and table.document == k
        if k % 5 == 2:
            assert (table.project.name, table.project.code) == (None, f"P{k:04d}")
            assert set(item.notes) == {"/project/name"}
        else:
            assert table.project.name == f"项目{k:04d}"
            assert item.notes == {}
        assert (table.project.title, table.project.region, table.project.year) == (
            "某县2024年项目支出绩效目标表", "某县", 2024)
        assert (table.funds.total, table.funds.unit) == (Decimal(5), "万元")
        assert [(i.level1, i.level2, i.name, i.value) for i in table.indicators] == [
            ("产出指标", "数量指标", f"培训人数{k}", f"≥{k + 1}人"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%")]
    # Positions are the table's own rows, not those of a neighbour.
    tenth = result.tables[10].table
    assert tenth.span("/funds/total").line == tenth.span("/project/title").line + 2


def _lines_run(action: Callable[[], object]) -> int:
    """How many lines of the workbook importer ``action`` runs: a measure of work that, unlike
    time, does not depend on the machine or its load."""
    import ggtlint.importers.xlsx as module

    count = 0

    def in_module(frame, event, arg):  # noqa: ARG001 - the signature sys.settrace expects
        nonlocal count
        if event == "line":
            count += 1
        return in_module

    def on_call(frame, event, arg):  # noqa: ARG001
        return in_module if frame.f_code.co_filename == module.__file__ else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        action()
    finally:
        sys.settrace(previous)
    return count


def test_many_tables_on_one_sheet_take_linear_work() -> None:
    """Twice the tables on one sheet, about twice the work. Each table used to rescan every row
    and cell of the sheet, so 1,000 tables took half a minute."""
    work = {}
    for count in (40, 80):
        data = _many_tables_workbook(count)
        work[count] = _lines_run(lambda: read_workbook(data, "many.xlsx"))
    assert work[80] < 2.2 * work[40], work


def test_a_label_without_value_is_not_taken_as_a_value() -> None:
    """单位（盖章） is a label (where the form is stamped): it is not the value of the label
    before it, and it sets no field."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append(["项目编码", None, "单位（盖章）：某局"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "甲", "≥1个"])
    item = read_workbook(_save(wb), "stamp.xlsx").tables[0]
    assert item.table.project.code is None
    assert item.table.project.department is None


def test_a_label_holding_a_colon_with_its_value_inline() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append(["金额单位：万元"])
    ws.append(["其中：财政拨款：8"])
    ws.append(["其中：中央资金：6"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "甲", "≥1个"])
    funds = read_workbook(_save(wb), "inline.xlsx").tables[0].table.funds
    assert funds.fiscal == Decimal(8) and funds.fiscal_sources == {"中央": Decimal(6)}


def test_every_exception_in_the_label_table_says_why() -> None:
    from ggtlint.importers.labels import LABELS, PDF_TEXT, WORKBOOK

    narrowed = [label for label in LABELS if set(label.sources) != {WORKBOOK, PDF_TEXT}]
    assert narrowed and all(label.why for label in narrowed)


# Header labels once known to only one of the two importers, and some known to both: the same
# label must give the same field in a workbook and in PDF text.
SHARED_LABELS = [
    ("项目属性", "特定目标", lambda t: t.project.category),
    ("项目类型", "特定目标", lambda t: t.project.category),
    ("项目编号", "P-1", lambda t: t.project.code),
    ("项目年度", "2024", lambda t: t.project.year),
    ("预算年度", "2024", lambda t: t.project.year),
    ("主管部门名称", "某局", lambda t: t.project.department),
    ("州级主管部门", "某局", lambda t: t.project.department),
    ("实施单位名称", "某中心", lambda t: t.project.implementer),
    ("地区", "某县", lambda t: t.project.region),
    ("行政区划", "某县", lambda t: t.project.region),
    ("指标体系", "fw2021", lambda t: t.project.framework),
    ("来源说明", "某局公开文件", lambda t: t.source),
    ("资金合计", "10", lambda t: t.funds.total),
    ("年度资金总额（元）", "10", lambda t: (t.funds.total, t.funds.unit)),
    ("财政资金", "8", lambda t: t.funds.fiscal),
    ("财政拨款资金", "8", lambda t: t.funds.fiscal),
    ("其中：财政拨款", "8", lambda t: t.funds.fiscal),
    ("其他资金（万元）", "2", lambda t: (t.funds.other, t.funds.unit)),
    ("市级补助资金", "6", lambda t: t.funds.fiscal_sources),
    ("年度绩效目标", "完成任务。", lambda t: (t.goal or "").rstrip("\n")),
    ("总体目标", "完成任务。", lambda t: (t.goal or "").rstrip("\n")),
]
SHARED_EXPECTED = {
    "项目年度": 2024, "预算年度": 2024, "资金合计": Decimal(10), "年度资金总额（元）": (Decimal(10), "元"),
    "财政资金": Decimal(8), "财政拨款资金": Decimal(8), "其中：财政拨款": Decimal(8),
    "其他资金（万元）": (Decimal(2), "万元"), "市级补助资金": {"市级": Decimal(6)},
}


@pytest.mark.parametrize("label,value,read", SHARED_LABELS, ids=[case[0] for case in SHARED_LABELS])
def test_a_label_means_the_same_in_a_workbook_and_in_pdf_text(label: str, value: str, read) -> None:
    from ggtlint.importers.pdftext import read_text

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append([label, value])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "人数", "≥10人"])
    text = f"项目绩效目标表\n项目名称 测试项目\n{label} {value}\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 人数 ≥10人\n"
    from_workbook = read_workbook(_save(wb), "l.xlsx").tables[0].table
    from_text = read_text(text, "l.txt").tables[0].table
    expected = SHARED_EXPECTED.get(label, value)
    assert read(from_workbook) == expected
    assert read(from_text) == expected


def test_a_sheet_with_no_table_at_all() -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "只有一段文字"
    result = read_workbook(_save(wb), "none.xlsx")
    assert result.tables == []
    assert result.problems and result.problems[0].code == "LOAD004"
    assert "没有找到绩效目标表" in result.problems[0].message_zh


def test_xlsx_is_detected_by_content(tmp_path: Path, seed_tables) -> None:
    disguised = tmp_path / "table.bin"
    disguised.write_bytes(workbook_bytes(seed_tables[:1]))
    result = import_path(disguised)
    assert result.kind == "xlsx" and len(result.tables) == 1


# -- the command line --------------------------------------------------------------------------

def test_check_points_at_sheet_and_cell(tmp_path: Path) -> None:
    (tmp_path / "r.xlsx").write_bytes(_save(realistic_workbook()))
    done = _run("check", "r.xlsx", "--no-color", cwd=tmp_path)
    assert "Traceback" not in done.stderr
    assert "申报表!E15" in done.stdout  # "90%" without a comparator, reported at its cell
    assert "申报表!B9" in done.stdout  # the goal's cell
    assert done.returncode == 1  # the workbook has no 成本指标 (STR002, an error)
    plain = _run("check", "r.xlsx", "--format", "json", cwd=tmp_path)
    assert plain.returncode == done.returncode
    located = {(f["rule_id"], f["sheet"], f["cell"]) for f in json.loads(plain.stdout)["findings"]}
    assert ("VAL005", "申报表", "E15") in located and ("STR006", "申报表", "B9") in located


def _workbook_with_guesses() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws.append(["项目名称", "测试项目"])
    ws.append(["年度资金总额", 10])  # no unit written anywhere
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "甲", "≥1个"])
    ws.append([None, None, "乙", True])  # blank, not merged; a TRUE/FALSE cell
    return _save(wb)


def test_import_notes_follow_lang(tmp_path: Path) -> None:
    (tmp_path / "g.xlsx").write_bytes(_workbook_with_guesses())
    english = _run("check", "g.xlsx", "--no-color", "--exit-zero", "--lang", "en", cwd=tmp_path)
    assert "Uncertain import: The level-1 cell is empty and not merged" in english.stdout
    assert "Uncertain import: The table gives no unit for its amounts" in english.stdout
    assert "Uncertain import: The cell is TRUE/FALSE" in english.stdout
    assert not re.search(r"沿用上方|没有写明|逻辑值", english.stdout)
    chinese = _run("check", "g.xlsx", "--no-color", "--exit-zero", cwd=tmp_path)
    assert "导入时不确定：一级指标单元格为空且未合并" in chinese.stdout
    as_json = json.loads(_run("check", "g.xlsx", "--format", "json", "--lang", "en", cwd=tmp_path).stdout)
    notes = [f for f in as_json["findings"] if f["rule_id"] == "LOAD013"]
    assert len(notes) == 4 and all(f["message"] == f["message_en"] for f in notes)
    assert all(f["message_zh"].startswith("导入时不确定：") for f in notes)
    listed = _run("import", "g.xlsx", "-o", "out", "--lang", "en", cwd=tmp_path)
    assert "4 uncertain fields" in listed.stdout and "1 table imported" in listed.stdout and "kept \"产出指标\" from above" in listed.stdout
    assert "沿用上方" not in listed.stdout
    assert "      funds › unit: The table gives no unit" in listed.stdout  # fields named in words
    assert "      产出指标 › 数量指标 › item 2 › target value: The cell is TRUE/FALSE" in listed.stdout


def test_every_workbook_note_has_an_english_text() -> None:
    workbooks = [_workbook_with_guesses(), _many_tables_workbook(3)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "甲"])
    ws.append(["项目名称", "乙"])
    ws.append(["预算年度", "明年"])
    ws.append(["年度资金总额", "很多"])
    ws.append(["财政拨款", "5万元"])
    ws.append(["其他资金", 3])  # no unit, beside an amount in 万元 under 单位：元
    ws.append(["单位：元"])
    ws.append(["二级指标", "三级指标", "运算符", "指标值", "权重"])
    ws.append(["数量指标", None, "待定", "1个", "高"])  # no operator: noted
    ws.append([None, "时间", None, openpyxl.utils.datetime.from_excel(45000)])
    workbooks.append(_save(wb))
    seen = sum(assert_bilingual_notes(read_workbook(data, "n.xlsx").tables) for data in workbooks)
    assert seen >= 15


def test_dates_and_times_say_what_they_were_written_as() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "时效指标", "完成日期", openpyxl.utils.datetime.from_excel(45000)])
    ws.append(["产出指标", "时效指标", "每日开放时间", openpyxl.utils.datetime.from_excel(0.375)])
    item = read_workbook(_save(wb), "d.xlsx").tables[0]
    assert [i.value for i in item.table.indicators] == ["2023年3月15日", "09:00"]
    date_note, time_note = (item.notes[i.value_pointer] for i in item.table.indicators)
    assert "日期" in date_note.message_zh and "“2023年3月15日”" in date_note.message_zh
    assert '"2023年3月15日"' in date_note.message_en
    assert "时间" in time_note.message_zh and "“09:00”" in time_note.message_zh
    assert '"09:00"' in time_note.message_en


def test_a_number_cell_becomes_the_decimal_it_shows() -> None:
    """as_decimal: a float by its shortest repr (the digits Excel shows), ints and Decimals exactly;
    a bool as an int (read_amount refuses TRUE/FALSE first); NaN and infinities carry over."""
    from ggtlint.importers import read_amount
    from ggtlint.importers.numfmt import as_decimal

    assert as_decimal(7) == Decimal(7) and as_decimal(12345678901234567890) == Decimal("12345678901234567890")
    assert str(as_decimal(0.1)) == "0.1" and as_decimal(0.1) != Decimal(0.1)  # not 0.1000000000000000055…
    assert str(as_decimal(2.675)) == "2.675" and str(as_decimal(1e20)) == "1E+20"
    assert str(as_decimal(Decimal("1.10"))) == "1.10"  # a Decimal passes through, its digits kept
    assert all(isinstance(as_decimal(value), Decimal) for value in (7, 0.1, Decimal("1.10"), True))
    assert as_decimal(True) == Decimal(1) and as_decimal(False) == Decimal(0)
    assert read_amount(True) == (None, None) and read_amount(0.1) == (Decimal("0.1"), None)
    assert as_decimal(float("nan")).is_nan()
    assert as_decimal(float("inf")) == Decimal("Infinity") and as_decimal(float("-inf")) == Decimal("-Infinity")


def test_both_importers_give_the_same_note_on_the_unit() -> None:
    """A table without 金额单位 and one with both 元 and 万元: the same words from a workbook
    and from PDF text."""
    from ggtlint.importers.pdftext import read_text

    def workbook(*unit_cells: str):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["项目名称", "测试项目"])
        for cell in unit_cells:
            ws.append([cell])
        ws.append(["年度资金总额", 10])
        ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
        ws.append(["产出指标", "数量指标", "人数", "≥10人"])
        return read_workbook(_save(wb), "u.xlsx").tables[0].notes["/funds/unit"]

    def text(*unit_lines: str):
        lines = ["项目绩效目标表", "项目名称 测试项目", *unit_lines, "年度资金总额 10",
                 "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 人数 ≥10人"]
        return read_text("\n".join(lines) + "\n", "u.txt").tables[0].notes["/funds/unit"]

    assert workbook() == text()
    assert "没有写明金额单位" in workbook().message_zh
    # the same words, each naming its own places: cells in a workbook, lines in PDF text
    both = workbook("单位：元", "金额单位：万元"), text("单位：元", "金额单位：万元")
    assert [note.message_zh for note in both] == [
        "表中同时出现“元”和“万元”两种金额单位，取第一个“元”（A2）；A3写的是“万元”：请改正不对的一处",
        "表中同时出现“元”和“万元”两种金额单位，取第一个“元”（第 3 行）；第 4 行写的是“万元”：请改正不对的一处"]


def _from_both(rows: list[list]) -> tuple:
    """The tables read from a workbook holding ``rows`` and from the same rows as lines of PDF
    text (the non-empty cells of a row, separated by spaces)."""
    from ggtlint.importers.pdftext import read_text

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    text = "".join(" ".join(str(cell) for cell in row if cell is not None) + "\n" for row in rows)
    return read_workbook(_save(wb), "b.xlsx").tables, read_text(text, "b.txt").tables


_GRID = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "人数", "≥10人"]]


@pytest.mark.parametrize("marker,title,region", [
    ("附件二：", "某县2024年项目支出绩效目标审核表", "某县"),  # a number in Chinese: was PDF text's only
    ("附表７", "某县2024年项目绩效目标自评表", "某县"),  # any ending up to 6 characters: was the workbook's only
    ("附件 12", "贵州省黔南布依族苗族自治州人力资源和社会保障局关于印发2024年度部门项目支出绩效目标表", None),
])
def test_titles_and_attachment_numbers_read_the_same_from_both_importers(marker: str, title: str, region) -> None:
    """One pair of patterns for what stands above a table: the attachment number starts the
    table in both importers, and the title gives the same year and region (a title with more
    than 30 characters before 绩效目标 was read only from a workbook)."""
    rows: list[list] = []
    for name in ("甲项目", "乙项目"):
        rows += [[marker], [title], ["单位：元"], ["项目名称", name], ["年度资金总额", 10], *_GRID]
    from_workbook, from_text = _from_both(rows)
    for tables in (from_workbook, from_text):
        assert [t.table.project.name for t in tables] == ["甲项目", "乙项目"]
        assert [(t.table.project.title, t.table.project.year, t.table.project.region) for t in tables] == [
            (title, 2024, region)] * 2
        assert all(t.notes == {} for t in tables)
    # the second table starts at its attachment number, row 8 or line 8
    assert from_workbook[1].origin.endswith("!A8") and from_text[1].origin.startswith("第 8–")


def test_a_title_with_full_width_digits_gives_its_year_in_both_importers() -> None:
    rows = [["某市２０２４年项目支出绩效目标表"], ["项目名称", "测试项目"], *_GRID]
    for tables in _from_both(rows):
        assert (tables[0].table.project.year, tables[0].table.project.region) == (2024, "某市")


def test_both_importers_collect_the_unit_of_the_amounts_alike() -> None:
    """The unit in brackets after an amount's own label is that amount's, in both importers: under
    a pre-filled "单位：元" the 8 of "财政拨款（万元）" is 80000 元, with nothing to note (it was 8 元,
    with a note that both units were named); the note on a missing unit needs an amount."""
    both = _from_both([["项目名称", "测试项目"], ["单位：元"], ["财政拨款（万元）", 8], *_GRID])
    for tables in both:
        assert (tables[0].table.funds.unit, tables[0].table.funds.fiscal) == ("元", Decimal(80000))
        assert tables[0].notes == {}
    # no amounts at all: nothing to say about their unit (PDF text used to say it)
    for tables in _from_both([["项目名称", "测试项目"], *_GRID]):
        assert tables[0].notes == {}
    # a fund source is an amount too (the workbook importer did not count it)
    for tables in _from_both([["项目名称", "测试项目"], ["中央资金", 6], *_GRID]):
        assert "没有写明金额单位" in tables[0].notes["/funds/unit"].message_zh


def test_both_importers_place_a_category_by_the_lexicon() -> None:
    """Which 一级 a 二级 belongs to is the lexicon's in both importers (the workbook importer had
    its own table, which put 经济成本指标 under 产出指标), and a row without 二级 is filed under
    the same default 二级."""
    no_level1 = _from_both([["项目名称", "测试项目"], ["二级指标", "三级指标", "指标值"], ["经济成本指标", "培训费", "≤5万元"]])
    for tables in no_level1:
        assert [(i.level1, i.level2) for i in tables[0].table.indicators] == [("成本指标", "经济成本指标")]
    for level1, level2 in (("成本指标", "经济成本指标"), ("满意度", "服务对象满意度指标"), ("效益指标", "社会效益指标")):
        rows = [["项目名称", "测试项目"], ["一级指标", "二级指标", "三级指标", "指标值"], [level1], [None, None, "人数", "≥10人"]]
        for tables in _from_both(rows):
            assert [(i.level1, i.level2) for i in tables[0].table.indicators] == [(level1, level2)], level1


def test_a_workbook_too_large_once_unpacked_says_mib_like_the_loader(monkeypatch) -> None:
    from ggtlint.importers import xlsx

    monkeypatch.setattr(xlsx, "_MAX_UNPACKED", 1048576)
    buffer = io.BytesIO(_save(openpyxl.Workbook()))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/big.bin", bytes(2 * 1048576))
    [problem] = read_workbook(buffer.getvalue(), "big.xlsx").problems
    assert problem.code == "LOAD008"
    assert "超过 1 MiB" in problem.message_zh and "over 1 MiB once unpacked" in problem.message_en


def test_an_amount_written_with_its_unit_reads_the_same_from_both_importers() -> None:
    """"年度资金总额 628万元" in a table that names no unit: 628, in 万元, with no note saying that
    no unit is written (the workbook importer said so, and PDF text did not read it at all)."""
    from ggtlint.importers.pdftext import read_text

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["项目名称", "测试项目"], ["年度资金总额", "628万元"], ["财政拨款", "600"],
                ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "人数", "≥10人"]):
        ws.append(row)
    lines = ["项目绩效目标表", "项目名称 测试项目", "年度资金总额 628万元", "财政拨款 600",
             "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 人数 ≥10人"]
    for imported in (read_workbook(_save(wb), "u.xlsx").tables[0], read_text("\n".join(lines) + "\n", "u.txt").tables[0]):
        funds = imported.table.funds
        assert (funds.total, funds.fiscal, funds.unit) == (Decimal("628"), Decimal("600"), "万元")
        assert "/funds/unit" not in imported.notes and "/funds/total" not in imported.notes
    # a unit that differs from the table's own: the amount is converted (628万元 is 6280000 元);
    # the bare 600 beside it is read in 元, and that is noted where it stands, naming both lines
    lines[1:1] = ["金额单位：元"]
    item = read_text("\n".join(lines) + "\n", "u.txt").tables[0]
    funds = item.table.funds
    assert (funds.unit, funds.total, funds.fiscal) == ("元", Decimal(6280000), Decimal(600))
    assert set(item.notes) == {"/funds/fiscal"}
    assert item.notes["/funds/fiscal"].message_zh == (
        "第 5 行的金额没写单位，按第 2 行的金额单位“元”读作 600元；而第 4 行写的是“万元”。"
        "若也是万元，把第 2 行改为“金额单位：万元”，或在第 5 行写“600万元”")


def test_an_amount_that_is_not_one_is_marked_at_its_own_field_in_both_importers() -> None:
    """"其中：中央资金：很多": the note sits on the 中央 entry (PDF text put it on the whole
    fiscal_sources mapping, so ``check`` showed it at line 1) and quotes the label without the
    value that follows it."""
    from ggtlint.importers.pdftext import read_text

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append(["其中：中央资金：很多"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "人数", "≥10人"])
    from_workbook = read_workbook(_save(wb), "a.xlsx").tables[0]
    text = "项目绩效目标表\n项目名称 测试项目\n其中：中央资金：很多\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 人数 ≥10人\n"
    from_text = read_text(text, "a.txt").tables[0]
    pointer = "/funds/fiscal_sources/中央"
    for item in (from_workbook, from_text):
        assert item.table.funds.fiscal_sources == {"中央": None}
        assert set(item.notes) - {"/funds/unit"} == {pointer}
        assert item.notes[pointer].message_zh == "“其中：中央资金”的值“很多”不是金额"
        assert item.table.span(pointer).line == (3 if item is from_text else 2)  # its row or line
    assert from_workbook.notes[pointer] == from_text.notes[pointer]


def test_an_unknown_framework_is_left_out_in_a_workbook() -> None:
    """As in PDF text: an 指标体系 that names no framework ggtlint knows sets nothing; the note
    at its cell says what the checks take the table for, and what to write instead."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "测试项目"])
    ws.append(["指标体系", "新体系"])
    ws.append(["来源说明", "某局公开文件"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "人数", "≥10人"])
    item = read_workbook(_save(wb), "f.xlsx").tables[0]
    assert item.table.project.framework is None and item.table.source == "某局公开文件"
    assert set(item.notes) == {"/project/framework"} and item.table.span("/project/framework").line == 2
    assert "“新体系”认不出" in item.notes["/project/framework"].message_zh
    assert "按表中的指标判断为旧版" in item.notes["/project/framework"].message_zh


def test_check_finds_xlsx_in_folders(tmp_path: Path, seed_tables) -> None:
    (tmp_path / "a.xlsx").write_bytes(workbook_bytes(seed_tables[:2]))
    done = _run("check", ".", "--no-color", "--exit-zero", cwd=tmp_path)
    assert "1 个文件、2 张表" in done.stdout


BROKEN = {
    "truncated.xlsx": lambda data: data[: len(data) // 3],
    "renamed.xlsx": lambda data: "这不是工作簿\n项目名称 无\n".encode("utf-8"),
    "encrypted.xlsx": lambda data: bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 1024,
    "docx-like.xlsx": lambda data: _zip_without_workbook(),
}


BROKEN_SAYS = {
    "truncated.xlsx": "重新下载",
    "renamed.xlsx": "改了扩展名",
    "encrypted.xlsx": "打开密码",
    "docx-like.xlsx": "改了扩展名",
}


def _zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_workbooks_give_a_finding_not_a_traceback(tmp_path: Path, seed_tables, name: str) -> None:
    good = workbook_bytes(seed_tables[:1])
    (tmp_path / name).write_bytes(BROKEN[name](good))
    (tmp_path / "ok.yaml").write_bytes(FIXTURES[0].read_bytes())
    done = _run("check", name, "ok.yaml", "--no-color", cwd=tmp_path)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 1
    assert "LOAD012" in done.stdout
    assert "2 个文件" in done.stdout  # the other file was still checked
    # what happened and what to do, in words: no Python exception text in the Chinese message
    assert BROKEN_SAYS[name] in done.stdout, done.stdout
    assert not re.search(r"[A-Za-z]+(Error|Exception)|zip file|xml|OLE2", done.stdout)
    english = _run("check", name, "--no-color", "--lang", "en", cwd=tmp_path)
    assert "LOAD012" in english.stdout and "Traceback" not in english.stderr
    assert not re.search(r"[A-Za-z]+(Error|Exception)|zip file|xml|OLE2", english.stdout), english.stdout
    imported = _run("import", name, "-o", "out", cwd=tmp_path)
    assert imported.returncode == 1
    assert "Traceback" not in imported.stderr + imported.stdout
    assert name in imported.stdout
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_encrypted_message_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "e.xlsx").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 512)
    done = _run("check", "e.xlsx", "--no-color", cwd=tmp_path)
    assert "加密" in done.stdout and "另存为 .xlsx" in done.stdout
    english = _run("check", "e.xlsx", "--no-color", "--lang", "en", cwd=tmp_path)
    assert "password" in english.stdout


def test_text_file_without_table(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("会议纪要\n没有表格\n", encoding="utf-8")
    done = _run("import", "notes.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1 and "没有找到绩效目标表" in done.stdout
    assert "Traceback" not in done.stderr
    checked = _run("check", "--text-input", "notes.txt", "--no-color", cwd=tmp_path)
    assert checked.returncode == 1 and "LOAD004" in checked.stdout


def test_import_and_export_commands(tmp_path: Path) -> None:
    (tmp_path / "r.xlsx").write_bytes(_save(realistic_workbook()))
    done = _run("import", "r.xlsx", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    target = tmp_path / "out" / "职业技能提升行动.yaml"
    assert target.is_file()
    assert "0 处不确定" in done.stdout
    refused = _run("import", "r.xlsx", "-o", "out", cwd=tmp_path)
    assert refused.returncode == 2 and "--force" in refused.stdout
    assert _run("import", "r.xlsx", "-o", "out", "--force", cwd=tmp_path).returncode == 0
    # Never over its own input, even with --force.
    (tmp_path / "职业技能提升行动.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "职业技能提升行动.xlsx").write_bytes(_save(realistic_workbook()))
    own = _run("import", "职业技能提升行动.xlsx", "职业技能提升行动.yaml", "-o", ".", "--force", cwd=tmp_path)
    assert own.returncode == 2
    assert (tmp_path / "职业技能提升行动.yaml").read_text(encoding="utf-8") == "x: 1\n"
    # Export the imported file back to a workbook, then import that: the same table.
    exported = _run("export", "out/职业技能提升行动.yaml", "-o", "back.xlsx", cwd=tmp_path)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    again = _run("export", "out/职业技能提升行动.yaml", "-o", "back.xlsx", cwd=tmp_path)
    assert again.returncode == 2
    assert _run("export", "out/职业技能提升行动.yaml", "-o", "back.xlsx", "--force", cwd=tmp_path).returncode == 0
    original = read_workbook((tmp_path / "r.xlsx").read_bytes(), "r.xlsx").tables[0].table
    back = read_workbook((tmp_path / "back.xlsx").read_bytes(), "back.xlsx").tables[0].table
    assert content_of(back) == content_of(original)


def test_import_names_do_not_collide(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    _small_table(ws, 1, "同名/项目", [("产出指标", "数量指标", "甲", "≥1个")])
    _small_table(ws, 10, "同名/项目", [("产出指标", "数量指标", "乙", "≥2个")])
    (tmp_path / "dup.xlsx").write_bytes(_save(wb))
    done = _run("import", "dup.xlsx", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["同名项目-2.yaml", "同名项目.yaml"]


def test_export_several_tables_one_sheet_each(tmp_path: Path) -> None:
    stream = "---\n".join(path.read_text(encoding="utf-8") for path in FIXTURES[:3])
    (tmp_path / "three.yaml").write_text(stream, encoding="utf-8")
    done = _run("export", "three.yaml", "-o", "three.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(openpyxl.load_workbook(tmp_path / "three.xlsx").sheetnames) == 3
    refused = _run("export", "three.yaml", "-o", "three.yaml", "--force", cwd=tmp_path)
    assert refused.returncode == 2


def test_a_folder_walk_finds_macro_enabled_workbooks(tmp_path: Path, seed_tables) -> None:
    """A .xlsm named on the command line was checked but skipped inside a folder."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "申报表.xlsm").write_bytes(workbook_bytes(seed_tables[:1]))
    done = _run("check", "in", "--no-color", cwd=tmp_path)
    assert "Traceback" not in done.stderr
    assert "in/申报表.xlsm" in done.stdout and "共检查 1 个文件、1 张表" in done.stdout


@pytest.mark.parametrize("stored", [float("inf"), float("-inf"), "inf", "NaN"])
def test_an_amount_no_sum_can_use_is_not_an_amount(seed_tables, tmp_path: Path, stored: object) -> None:
    """A funds cell stored as 1E999 (Excel keeps it; openpyxl reads infinity) or the text "inf":
    the table is checked (no internal error: a sum with infinity has no meaning). The number
    leaves the field empty; the text is not an amount, said as a target file's would be (LOAD005,
    an error) and not called empty as well."""
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes([seed_tables[0]])))  # T1: total 300000
    sheet = workbook.active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value in (300000, "300000", "300000.00")]
    assert cells  # the 年度资金总额 cell (and 财政拨款, the same amount)
    for cell in cells:
        cell.value = stored
    path = tmp_path / "t01.xlsx"
    workbook.save(path)
    result = run_ggtlint("check", path, "--no-cache", "--format", "json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    empty = [f for f in findings if f["rule_id"] == "STR005" and "年度资金总额" in f["message_zh"]]
    if isinstance(stored, str):  # text is quoted back
        assert any(f["rule_id"] == "LOAD005" and f"“年度资金总额”的值“{stored}”不是金额" in f["message_zh"]
                   and f["severity"] == "error" for f in findings)
        assert not empty
    else:
        assert empty


@pytest.mark.parametrize("framework", ["legacy", "fw2021"])
def test_a_blank_table_filled_in_reads_back_and_is_checked(tmp_path: Path, framework: str) -> None:
    """``export --blank``: the form a department fills in; filled as an officer does (a value in
    every row, a row inserted under 数量指标), it reads back whole and is checked."""
    path = tmp_path / "模板.xlsx"
    made = run_ggtlint("export", "--blank", "--framework", framework, "-o", path)
    assert made.returncode == 0 and "填好后用 ggtlint check" in made.stdout
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    labels = {sheet.cell(row, 1).value: row for row in range(1, sheet.max_row + 1)}
    for label, value in (("项目名称", "职业技能培训补贴"), ("主管部门", "某县人力资源和社会保障局"),
                         ("预算年度", "2023"), ("年度资金总额", "100000"), ("财政拨款", "100000"),
                         ("其他资金", "0"), ("年度总体目标", "全年开展职业技能培训200人次，培训合格率不低于95%。")):
        sheet.cell(labels[label], 2).value = value
    header = labels["一级指标"]
    rows = {sheet.cell(row, 2).value: row for row in range(header + 1, sheet.max_row + 1)}
    assert set(rows) >= {"数量指标", "质量指标", "时效指标", "服务对象满意度指标"}
    filled = {"数量指标": ("培训人数", "≥200人"), "质量指标": ("培训合格率", "≥95%"),
              "时效指标": ("完成时间", "2023年12月31日前"), "成本指标": ("培训补贴", "＝100000元"),
              "经济成本指标": ("培训补贴", "＝100000元"), "社会效益指标": ("培训后就业率", "≥60%"),
              "服务对象满意度指标": ("培训学员满意度", "≥90%")}
    for level2, (name, value) in filled.items():
        if level2 in rows:
            sheet.cell(rows[level2], 3).value, sheet.cell(rows[level2], 4).value = name, value
    sheet.insert_rows(rows["数量指标"] + 1)  # one more 数量指标 row, as Excel inserts it
    sheet.cell(rows["数量指标"] + 1, 3).value, sheet.cell(rows["数量指标"] + 1, 4).value = "培训场次", "≥10场"
    workbook.save(path)
    shown = json.loads(run_ggtlint("show", path, "--format", "json").stdout)["tables"][0]
    assert shown["project"]["name"] == "职业技能培训补贴" and shown["funds"]["total"] is not None
    assert shown["framework"] == framework
    names = {(row["level2"], row["name"]) for row in shown["indicators"]}
    assert {("数量指标", "培训人数"), ("数量指标", "培训场次"), ("服务对象满意度指标", "培训学员满意度")} <= names
    checked = run_ggtlint("check", path, "--no-cache", "--format", "json")
    rules = {f["rule_id"] for f in json.loads(checked.stdout)["findings"]}
    assert not rules & {"LOAD003", "LOAD005", "STR001", "STR002", "FUND004"}, rules


def test_a_blank_tables_empty_fields_are_told_at_their_value_cells(tmp_path: Path) -> None:
    """The empty goal of a blank table pointed at the row below its label; it is the merged cell beside it."""
    path = tmp_path / "模板.xlsx"
    assert run_ggtlint("export", "--blank", "-o", path).returncode == 0
    sheet = openpyxl.load_workbook(path).active
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "年度总体目标")
    findings = json.loads(run_ggtlint("check", path, "--no-cache", "--format", "json").stdout)["findings"]
    cells = {f["message_zh"]: f["cell"] for f in findings if f["rule_id"] == "STR005"}
    assert cells["“年度总体目标”为空。"] == f"B{row}" and cells["“项目名称”为空。"] == "B2"


def test_export_needs_a_file_or_blank(tmp_path: Path) -> None:
    proc = run_ggtlint("export", "-o", tmp_path / "x.xlsx")
    assert proc.returncode == 2 and "或用 --blank 导出一张空白的绩效目标表" in proc.stderr
    proc = run_ggtlint("export", SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml", "--blank", "-o", tmp_path / "x.xlsx")
    assert proc.returncode == 2 and "不能同时给出要导出的文件" in proc.stderr
    proc = run_ggtlint("export", SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml", "--framework", "fw2021",
                       "-o", tmp_path / "x.xlsx")
    assert proc.returncode == 2 and "--framework 只用于 --blank" in proc.stderr and not (tmp_path / "x.xlsx").exists()


def test_a_missing_first_level_category_is_told_at_the_grids_heading(seed_tables, tmp_path: Path) -> None:
    """STR001 on a workbook pointed at the first indicator's name cell; it is the grid's heading row."""
    path = tmp_path / "t.xlsx"
    path.write_bytes(workbook_bytes([seed_tables[0]]))
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    header = next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == "一级指标")
    satisfaction = next(row for row in range(header, sheet.max_row + 1) if sheet.cell(row, 1).value == "满意度指标")
    for merged in [str(r) for r in sheet.merged_cells.ranges if r.min_row >= satisfaction]:
        sheet.unmerge_cells(merged)
    sheet.delete_rows(satisfaction, sheet.max_row - satisfaction + 1)  # the officer left it out
    workbook.save(path)
    findings = json.loads(run_ggtlint("check", path, "--no-cache", "--format", "json").stdout)["findings"]
    [missing] = [f for f in findings if f["rule_id"] == "STR001"]
    assert "缺少一级指标“满意度指标”" in missing["message_zh"] and missing["cell"] == f"A{header}"


def test_a_sheet_of_instructions_beside_the_table_is_no_finding(seed_tables, tmp_path: Path) -> None:
    """Templates carry 填表说明 (填表须知, 填报指引), 目录 and 下拉选项 sheets: not tables, and not worth a
    note either; a sheet named otherwise that holds no table is still noted."""
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes([seed_tables[0]])))
    for title in ("填表说明", "填表须知", "填报指引", "目录", "下拉选项", "附件1"):
        workbook.create_sheet(title).cell(1, 1).value = "1. 指标值应量化，写明比较符。"
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    findings = json.loads(run_ggtlint("check", path, "--no-cache", "--format", "json").stdout)["findings"]
    noted = [f["message_zh"] for f in findings if f["rule_id"].startswith("LOAD")]
    assert len(noted) == 1 and "附件1" in noted[0]

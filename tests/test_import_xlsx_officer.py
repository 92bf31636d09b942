"""Workbook import as a county budget officer fills the template in Excel.

Each test builds the workbook with openpyxl as the officer typed it (the template of
``ggtlint export --blank``: 金额单位 in A1, labels in column A, the grid from row 15) and asserts
what the import reads and notes, or what ``ggtlint check`` then reports at which cell.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.importers import WORKBOOK_NOTE_FIX, load_imported  # noqa: E402
from ggtlint.importers.xlsx import read_workbook  # noqa: E402

from conftest import cell_of, one_workbook_table, run_ggtlint  # noqa: E402

HEADER = {"A1": "金额单位：元", "A2": "项目名称", "B2": "2024年农村公路养护补助资金", "A3": "项目编码",
          "A4": "项目类别", "B4": "特定目标类", "A5": "预算年度", "B5": 2024, "A6": "主管部门", "B6": "某县交通运输局",
          "A7": "实施单位", "B7": "某县农村公路管理所", "A8": "地区", "B8": "某县", "A9": "指标体系", "B9": "legacy",
          "A10": "年度资金总额", "A11": "财政拨款", "A12": "其他资金", "A13": "年度总体目标",
          "B13": "完成全县农村公路日常养护120公里，保障农村公路安全畅通。"}
# The grid, rows 15–24: (一级, 二级, 三级, 指标值); a None 一级/二级 is covered by the merge above.
GRID = [("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥120公里"),
        (None, "质量指标", "养护工程验收合格率", "≥95%"),
        (None, "时效指标", "项目完成时间", "2024年11月30日前"),
        (None, "成本指标", "养护补助资金", "≤30万元"),
        ("效益指标", "经济效益指标", "降低群众出行成本", "≥5%"),
        (None, "社会效益指标", "群众到乡镇平均出行时间", "≤30分钟"),
        (None, "生态效益指标", "养护路段扬尘投诉", "≤2次"),
        (None, "可持续影响指标", "农村公路养护覆盖率", "＝100%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]
MERGES = ["A16:A19", "A20:A23"]


def _form(cells: dict[str, Any] | None = None, merges: list[str] | None = None, *,
          formats: dict[str, str] | None = None, extra_sheets: dict[str, dict[str, Any]] | None = None) -> bytes:
    """The filled template; ``cells`` overrides (None clears a cell), ``merges`` replaces the grid's."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "表1"
    for row, values in enumerate(GRID, start=15):
        for col, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row, col).value = value
    for ref, value in {**HEADER, "B10": 300000, "B11": 300000, "B12": 0, **(cells or {})}.items():
        ws[ref] = value
    for ref, number_format in (formats or {}).items():
        ws[ref].number_format = number_format
    for ref in ([f"B{row}:D{row}" for row in range(2, 14)] + (MERGES if merges is None else merges)):
        ws.merge_cells(ref)
    for title, sheet_cells in (extra_sheets or {}).items():
        other = workbook.create_sheet(title)
        for ref, value in sheet_cells.items():
            other[ref] = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_one = one_workbook_table
_cell = cell_of


def _findings(tmp_path: Path, data: bytes) -> list[dict]:
    path = tmp_path / "表.xlsx"
    path.write_bytes(data)
    done = run_ggtlint("check", path, "--no-cache", "--format", "json")
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)["findings"]


# -- 1: the unit written with an amount wins over the template's pre-filled 金额单位：元 -------------

def test_an_amount_typed_in_wan_under_the_prefilled_yuan_is_converted(tmp_path: Path) -> None:
    """总额写万元.xlsx: B10/B11 typed "30万元" under A1 "金额单位：元" were read as 30 元 (FUND003:
    the 30万元 cost is "10,000 times" the total); they are 300000 元, with nothing to note."""
    data = _form({"B10": "30万元", "B11": "30万元", "B12": "0"})
    item = _one(data)
    funds = item.table.funds
    assert (funds.unit, funds.total, funds.fiscal, funds.other) == ("元", Decimal(300000), Decimal(300000), 0)
    assert not [pointer for pointer in item.notes if pointer.startswith("/funds")]
    rules = {f["rule_id"] for f in _findings(tmp_path, data)}
    assert not rules & {"FUND003", "FUND006", "LOAD013"}, rules


def test_a_unit_on_the_amounts_own_label_is_that_amounts() -> None:
    """单位冲突.xlsx: the labels say 年度资金总额（万元） while A1 still says 金额单位：元: each label
    states its own row's unit, so 30 is 300000 元 (it was 30 元, with "取第一个“元”")."""
    item = _one(_form({"A10": "年度资金总额（万元）", "A11": "财政拨款（万元）", "A12": "其他资金（万元）",
                       "B10": 30, "B11": 30, "B12": 0}))
    funds = item.table.funds
    assert (funds.unit, funds.total, funds.fiscal, funds.other) == ("元", Decimal(300000), Decimal(300000), 0)
    assert item.notes == {}


def test_a_bare_amount_beside_one_in_wan_is_noted_with_the_cells_to_change() -> None:
    """Only B10 says 万元; B11's bare 30 is read in A1's 元, and the note at B11 says which cells to
    change (A1, or B11 itself)."""
    item = _one(_form({"B10": "30万元", "B11": 30}))
    assert (item.table.funds.total, item.table.funds.fiscal) == (Decimal(300000), Decimal(30))
    note = item.notes["/funds/fiscal"]
    assert _cell(item, "/funds/fiscal") == "B11"
    assert note.message_zh == ("B11 的金额没写单位，按 A1 的金额单位“元”读作 30元；而 B10 写的是“万元”。"
                               "若也是万元，把 A1 改为“金额单位：万元”，或在 B11 写“30万元”")
    assert "change A1" in note.message_en


def test_two_units_in_the_header_are_noted_naming_both_cells() -> None:
    item = _one(_form({"C1": "单位：万元"}))
    assert _cell(item, "/funds/unit") == "A1"
    assert "A1" in item.notes["/funds/unit"].message_zh and "C1写的是“万元”" in item.notes["/funds/unit"].message_zh


def test_no_unit_anywhere_is_noted_at_the_first_amount_not_the_project_name() -> None:
    item = _one(_form({"A1": None}))
    assert "没有写明金额单位" in item.notes["/funds/unit"].message_zh
    assert _cell(item, "/funds/unit") == "B10"


# -- 2: the 指标体系 cell ---------------------------------------------------------------------------

@pytest.mark.parametrize("written,framework", [
    ("新版", "fw2021"), ("2021版", "fw2021"), ("财预〔2021〕101号", "fw2021"), ("财预[2021]101号", "fw2021"),
    ("2021版（财预〔2021〕101号，成本指标为一级指标）", "fw2021"), ("fw2021", "fw2021"),
    ("旧版", "legacy"), ("旧版（成本指标在产出指标下）", "legacy"), ("财预〔2015〕88号", "legacy"), ("legacy", "legacy"),
])
def test_the_ways_an_officer_writes_the_framework_are_read(written: str, framework: str) -> None:
    item = _one(_form({"B9": written}))
    assert item.table.project.framework == framework
    assert "/project/framework" not in item.notes


@pytest.mark.parametrize("written", ["新体系", "2015版改2021版", "按要求"])
def test_an_unread_framework_is_noted_at_its_cell_with_what_was_assumed(written: str) -> None:
    """体系新版.xlsx: an 指标体系 ggtlint cannot read was checked as the older framework in silence."""
    item = _one(_form({"B9": written}))
    assert item.table.project.framework is None  # the checks detect it, as the note says
    assert _cell(item, "/project/framework") == "B9"
    note = item.notes["/project/framework"]
    assert f"指标体系“{written}”认不出" in note.message_zh and "按表中的指标判断为旧版" in note.message_zh
    assert "“旧版”" in note.message_zh and "“2021版”" in note.message_zh
    # with 成本指标 as a 一级, the note says the 2021 framework is assumed
    fw2021 = _one(_form({"B9": written, "A19": "成本指标", "B19": "经济成本指标"}, merges=["A16:A18", "A20:A23"]))
    assert "按表中的指标判断为2021版" in fw2021.notes["/project/framework"].message_zh


@pytest.mark.parametrize("framework,words", [("legacy", "旧版（成本指标在产出指标下）"),
                                             ("fw2021", "2021版（财预〔2021〕101号，成本指标为一级指标）")])
def test_the_blank_template_offers_the_frameworks_in_words(tmp_path: Path, framework: str, words: str) -> None:
    """``export --blank`` wrote the code "legacy" in the 指标体系 cell; it writes words an officer
    reads, with both choices in a drop-down, and they read back as the framework."""
    path = tmp_path / "模板.xlsx"
    assert run_ggtlint("export", "--blank", "--framework", framework, "-o", path).returncode == 0
    sheet = openpyxl.load_workbook(path).active
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "指标体系")
    assert sheet.cell(row, 2).value == words
    [choices] = [v for v in sheet.data_validations.dataValidation if f"B{row}" in str(v.sqref)]
    assert "旧版" in choices.formula1 and "2021版" in choices.formula1 and choices.prompt
    [item] = read_workbook(path.read_bytes(), "模板.xlsx").tables
    assert item.table.project.framework == framework and "/project/framework" not in item.notes


# -- 3: what Excel makes of a value typed the usual way -----------------------------------------

def _with_cached_result(data: bytes, cell: str, result: str) -> bytes:
    """The workbook as Excel saves it: the formula of ``cell`` with its result."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet1"):
                content = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/>'.encode(),
                                 rf"\1\2<v>{result}</v>".encode(), content)
            zout.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize("cached", [False, True])
def test_a_typed_equals_100_percent_that_became_a_formula_is_noted(cached: bool) -> None:
    """公式单元格.xlsx: "=100%" typed in D17 is a formula showing 100%; the ＝ is lost (so VAL005
    says "no comparator"): the note at the cell says to type ＝100% or '=100%."""
    data = _form({"D17": "=100%"}, formats={"D17": "0%"})
    if cached:
        data = _with_cached_result(data, "D17", "1")
    item = _one(data)
    [row] = [i for i in item.table.indicators if i.name == "养护工程验收合格率"]
    assert row.value == "100%"
    note = item.notes[row.value_pointer]
    assert _cell(item, row.value_pointer) == "D17"
    assert "公式“=100%”" in note.message_zh and "“＝100%”" in note.message_zh and "“'=100%”" in note.message_zh


def test_a_formula_that_computes_an_amount_is_no_note() -> None:
    """公式合计.xlsx: =B11+B12 in the total is a real formula, not a mistyped ＝."""
    item = _one(_with_cached_result(_form({"B10": "=B11+B12"}), "B10", "300000"))
    assert item.table.funds.total == Decimal(300000) and item.notes == {}


def test_a_date_shown_as_a_number_in_a_general_cell_is_noted() -> None:
    """A completion date whose cell was set to 常规 shows 45626: say it looks like 2024年11月30日
    and to type the date as text, and check it as that date (≥45626 was suggested, and a date of
    another year got past TIME001); a count of 45626 under 数量指标 is left alone."""
    item = _one(_form({"D18": 45626, "D16": 45626}))
    rows = {i.name: i for i in item.table.indicators}
    deadline, count = rows["项目完成时间"], rows["农村公路日常养护里程"]
    assert deadline.value == "2024年11月30日" and _cell(item, deadline.value_pointer) == "D18"
    assert count.value == "45626"
    note = item.notes[deadline.value_pointer]
    assert "2024年11月30日" in note.message_zh and "“2024年11月30日前”" in note.message_zh
    assert count.value_pointer not in item.notes


# -- 4: where the notes stand -------------------------------------------------------------------

def test_a_merge_that_swallowed_the_next_label_is_told_at_the_empty_merge(tmp_path: Path) -> None:
    """合并过头.xlsx: 产出指标 merged over A16:A20 takes in 经济效益指标's row, leaving A21:A23 merged
    but empty. The note said "A16 … 为空且未合并" and STR001 "缺少一级指标效益指标" stood at A15;
    now A21:A23 is read as 效益指标 and the note there names both merges and what to change."""
    data = _form({"A20": None}, merges=["A16:A20", "A21:A23"])
    item = _one(data)
    assert [(i.level1, i.level2) for i in item.table.indicators][4:6] == [
        ("产出指标", "经济效益指标"), ("效益指标", "社会效益指标")]
    note = item.notes["/indicators/效益指标"]
    assert _cell(item, "/indicators/效益指标") == "A21"
    assert note.message_zh.startswith("一级指标单元格 A21:A23 是合并单元格但没有填写；上方“产出指标”的合并单元格 A16:A20")
    assert "请取消 A16:A20 的合并，重新合并 A16:A19 为“产出指标”，合并 A20:A23 并填写“效益指标”" in note.message_zh
    findings = _findings(tmp_path, data)
    assert not [f for f in findings if f["rule_id"] == "STR001"]
    assert ("STR004", "B20") in {(f["rule_id"], f["cell"]) for f in findings}  # 经济效益指标 under 产出指标
    [load] = [f for f in findings if f["rule_id"] == "LOAD013"]
    assert load["cell"] == "A21"


def test_a_blank_level1_cell_is_named_in_its_note() -> None:
    """A blank, unmerged 一级 cell whose 二级 fits the 一级 above keeps it, with no note: writing the 一级
    once per block is the common way to fill the form, and the 二级 confirms it. Without a 二级 to
    confirm it, the note names the cell."""
    item = _one(_form({}, merges=["A16:A18", "A20:A23"]))  # A19 (成本指标's row) left out of the merge
    assert [i.level1 for i in item.table.indicators if i.level2 == "成本指标"] == ["产出指标"]
    assert "/indicators/产出指标" not in item.notes
    item = _one(_form({"B19": None}, merges=["A16:A18", "A20:A23"]))
    assert item.notes["/indicators/产出指标"].message_zh == "一级指标单元格为空且未合并（A19），沿用上方的“产出指标”"


# -- 5: advice for someone fixing the workbook; sheets of workings ------------------------------

def test_the_advice_on_a_workbook_note_is_to_fix_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "表.xlsx"
    path.write_bytes(_form({"B9": "新体系"}))
    source, _sheets = load_imported(path, str(path))
    [note] = [f for f in source.findings if f.rule_id == "LOAD013"]
    assert (note.suggestion_zh, note.suggestion_en) == WORKBOOK_NOTE_FIX
    assert "ggtlint import" not in note.suggestion_zh and "单元格" in note.suggestion_zh
    text = tmp_path / "表.txt"  # PDF text cannot be edited: converting it with import does help there
    text.write_text("项目绩效目标表\n项目名称 测试项目\n指标体系 新体系\n一级指标 二级指标 三级指标 指标值\n"
                    "产出指标 数量指标 人数 ≥10人\n", encoding="utf-8")
    source, _sheets = load_imported(text, str(text), as_text=True)
    assert all("ggtlint import" in f.suggestion_zh for f in source.findings if f.rule_id == "LOAD013")


def test_a_sheet_of_workings_beside_the_table_gives_no_note() -> None:
    """带说明页.xlsx: 资金测算 (项目 | 金额（万元）) is no target table, and was noted on every run."""
    result = read_workbook(_form(extra_sheets={"填表说明": {"A1": "填表说明"},
                                               "资金测算": {"A1": "项目", "B1": "金额（万元）", "A2": "养护费", "B2": 30}}),
                           "表.xlsx")
    assert len(result.tables) == 1 and result.problems == []


def test_a_sheet_with_part_of_a_target_table_is_noted_at_that_cell() -> None:
    """A sheet named like workings that holds grid headings may be a table the importer missed:
    it is still noted, once, at the heading."""
    result = read_workbook(_form(extra_sheets={"资金测算": {"A1": "说明", "B3": "三级指标", "C3": "目标"}}), "表.xlsx")
    [problem] = result.problems
    assert problem.sheet == "资金测算" and (problem.line, problem.column) == (3, 2)
    assert "B3 写有“三级指标”" in problem.message_zh


def test_the_officers_workbook_reads_with_no_note_at_all() -> None:
    """The template filled in plainly: nothing uncertain, nothing noted."""
    item = _one(_form({"B9": "旧版", "D18": dt.datetime(2024, 11, 30)}, formats={"D18": 'yyyy"年"m"月"d"日"'}))
    assert item.notes == {}

"""Re-read of s25's importer changes (helper C): what the fresh eyes found, each pinned failing before its fix.

1. a workbook header cell holding 1E999 (read as infinity) or NaN raised in the page-number test (int() of it): an
   importer must never raise on a user's file; the cell is now noted as any other number beside no label;
2. a remark's label with nothing after it (备注：, the template's blank beside 联系人：王五) was noted, in both
   readers, since s25 cut a contact's value at a remark: nothing written, nothing lost, so no note;
3. a remark naming money after a contact's value in one workbook cell (联系人：王五  备注：资金已下达) was taken for a
   fund row's label, which the funds note names only beside an amount: it was dropped unsaid;
4. (a careful-round fix) FUND023's guard for a pay line of part of the year read （1—12月）, the whole year, as a part.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ggtlint.importers import import_path
from ggtlint.load import load_text

from test_import_header_leftovers import _text_notes, _unread, _workbook


# -- 1. a number cell no int() takes ------------------------------------------------------------------------------

@pytest.mark.parametrize("stored, shown", [("1E999", "Infinity"), ("-1E999", "Infinity")])
def test_an_infinite_header_number_is_noted_not_raised(tmp_path: Path, stored: str, shown: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2024年项目支出绩效目标表"
    ws["C2"] = 123456789
    for r, (label, value) in enumerate([("项目名称", "2024年农村公路养护工程"), ("主管部门", "某县交通运输局"),
                                        ("年度资金总额（万元）", 160), ("年度总体目标", "完成全县320公里农村公路日常养护。")], 4):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    for k, heading in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(11, k, heading)
    ws.append(["产出指标", "数量指标", "养护农村公路里程", "≥320公里"])
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "inf.xlsx"
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>123456789</v>", f"<v>{stored}</v>".encode())
            zout.writestr(item, data)
    result = import_path(path)
    assert len(result.tables) == 1
    assert "C2" in _unread(result.tables[0].notes) and shown in _unread(result.tables[0].notes)


# -- 2. a remark's label left blank ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "联系人：王五    备注：",
    "联系电话：0371-12345678    备注：",
    "手机：13912345678；备注：",
    "备注：",
    "附注：",
])
def test_a_blank_remark_label_is_not_noted(text: str) -> None:
    assert _unread(_workbook([("A2", text)])) == ""
    assert _unread(_text_notes("  " + text)) == ""


# look-alikes: a remark with its text, also printed apart from its label, is still noted with the label
@pytest.mark.parametrize("text, quoted", [
    ("联系人：王五    备注：续建项目", "续建项目"),
    ("联系人：王五    备注：    续建项目", "续建项目"),
    ("备注：  续建项目", "续建项目"),
])
def test_a_remark_with_its_text_is_still_noted(text: str, quoted: str) -> None:
    assert quoted in _unread(_workbook([("A2", text)]))
    unread = _unread(_text_notes("  " + text))
    assert quoted in unread and "备注" in unread and "王五" not in unread


# -- 3. a remark naming money after a contact in one cell -----------------------------------------------------------

@pytest.mark.parametrize("text", ["联系人：王五  备注：资金已下达", "联系电话：0371-12345678  说明：上年结转资金"])
def test_a_remark_naming_money_after_a_contact_is_noted(text: str) -> None:
    assert text.split("：")[-1] in _unread(_workbook([("A2", text)]))


def test_a_fund_label_with_no_amount_stays_quiet() -> None:
    # a template's fund row left blank (其中：债券资金 with no amount) is no remark: not noted, as before
    assert _unread(_workbook([("A2", "其中：债券资金")])) == ""


# -- 4. FUND023's part-of-year guard (s25, for a pay line of 7—12月) took 1—12月, the whole year, for a part ----------

def _fund023(engine: Any, pay_line: str) -> bool:
    from test_careful_s25 import table_2027

    goal = "2027年选聘生态护林员520人，按每人每年1万元发放劳务补助。"
    rows = {"costs": [(pay_line, "≤520万元")], "counts": [("选聘生态护林员", "＝600人")]}
    text = table_2027(goal, **rows)
    return any(f.rule_id == "FUND023" for f in engine.check_source(load_text(text, "probe.yaml")).findings)


@pytest.mark.parametrize("pay_line, told", [
    ("生态护林员劳务补助（1—12月）", True),
    ("生态护林员劳务补助（1-12月）", True),
    ("生态护林员劳务补助（01—12月）", True),
    ("生态护林员劳务补助（7—12月）", False),
    ("生态护林员劳务补助（11—12月）", False),
])
def test_a_whole_years_pay_line_is_still_held_to_the_yearly_standard(engine: Any, pay_line: str, told: bool) -> None:
    assert _fund023(engine, pay_line) == told

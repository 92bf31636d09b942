"""Workbook import: the ways real forms and real generators differ from the clean template.

Each test builds its workbook in memory (or in ``tmp_path``) with openpyxl, then changes what
openpyxl cannot write (a stale used range, built-in East-Asian number formats) in the saved
XML, as other generators leave it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.importers import ImportedTable  # noqa: E402
from ggtlint.importers.xlsx import read_workbook  # noqa: E402

from conftest import assert_bilingual_notes  # noqa: E402


def _save(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    """The workbook ``data`` with each member passed through ``change(name, content)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, change(item.filename, zin.read(item.filename)))
    return out.getvalue()


def _with_dimension(data: bytes, ref: str) -> bytes:
    """The workbook with every sheet's saved used range set to ``ref`` (stale, as some generators leave it)."""
    def change(name: str, content: bytes) -> bytes:
        if name.startswith("xl/worksheets/sheet"):
            return re.sub(rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>'.encode(), content)
        return content
    return _rezip(data, change)


def _form(rows: list[list], *, title: str = "表") -> bytes:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = title
    for row in rows:
        ws.append(row)
    return _save(workbook)


HEAD = [["项目名称", "公益性岗位补贴"], ["主管部门", "某县人力资源和社会保障局"], ["实施单位", "某县就业服务中心"],
        ["年度资金总额（万元）", 30], ["年度总体目标", "安置就业困难人员200人。"]]
GRID = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [["产出指标", "数量指标", "安置人数", "≥200人"],
        ["产出指标", "时效指标", "发放时间", "2024年12月底前"],
        ["效益指标", "社会效益指标", "收入增加", "≥1000元/人·月"],
        ["满意度指标", "服务对象满意度指标", "安置人员满意度", "≥90%"]]


def _one(data: bytes) -> ImportedTable:
    result = read_workbook(data, "f.xlsx")
    assert len(result.tables) == 1, [p.message_zh for p in result.problems]
    return result.tables[0]


def _rows(item: ImportedTable) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.value) for i in item.table.indicators]


# -- 1: the saved used range -------------------------------------------------------------------

@pytest.mark.parametrize("ref", ["A1", "A1:D7", "C3:D9"])  # each cuts off indicator rows
def test_a_stale_used_range_loses_no_row(ref: str) -> None:
    data = _form(HEAD + [[], GRID] + ROWS + [[], ["填报人：张三"]])
    item = _one(_with_dimension(data, ref))
    assert item.table.project.name == "公益性岗位补贴"
    assert item.table.project.department == "某县人力资源和社会保障局"
    assert _rows(item) == [tuple(r) for r in ROWS]


# -- 2: 指标方向 is not an operator ---------------------------------------------------------------

def test_a_direction_column_stays_out_of_the_value() -> None:
    grid = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)", "指标方向"]
    rows = [["产出指标", "数量指标", "培训人次", "定量", "≥1000", "人次", 20, "正向"],
            ["产出指标", "成本指标", "人均培训补贴", "定量", "≤500", "元/人", 10, "反向"],
            ["效益指标", "社会效益指标", "投诉事件数", "定量", 2, "件", 10, "反向"],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "定量", "≥90%", None, 10, "≥"],
            # an operator after the figure, a range, a date and words set no direction to ask about
            ["产出指标", "质量指标", "培训合格率", "定量", "80%以上", None, 10, "正向"],
            ["产出指标", "质量指标", "就业率", "定量", "90%-95%", None, 10, "正向"],
            ["产出指标", "时效指标", "完成时间", "定性", "2023年12月31日前", None, 10, "正向"],
            ["效益指标", "可持续影响指标", "持续影响", "定性", "长期", None, 10, "正向"]]
    item = _one(_form(HEAD + [grid] + rows))
    values = {i.name: i.value for i in item.table.indicators}
    assert [values[n] for n in ("培训人次", "人均培训补贴", "投诉事件数", "学员满意度")] == ["≥1000", "≤500", "2", "≥90%"]
    notes = {pointer: note.message_zh for pointer, note in item.notes.items()}
    # Only the bare number says that its direction was left out, naming the sheet's heading.
    assert set(notes) == {"/indicators/效益指标/社会效益指标/0/value"}
    assert "“指标方向”列为“反向”" in notes["/indicators/效益指标/社会效益指标/0/value"]
    assert "没有写比较符号（≥、≤）" in notes["/indicators/效益指标/社会效益指标/0/value"]
    assert assert_bilingual_notes([item]) == 1


def test_an_operator_column_is_joined_and_named_by_its_heading() -> None:
    grid = ["一级指标", "二级指标", "三级指标", "比较符", "目标值"]
    rows = [["产出指标", "数量指标", "培训人次", "≥", "1000人次"],
            ["产出指标", "数量指标", "鉴定人数", "不少于", "300人"],
            ["产出指标", "质量指标", "合格率", "正向", "≥90%"],
            ["产出指标", "质量指标", "通过率", "待定", "95%"],
            # the parser's words are operators too; a value with its own (after the figure) is kept
            ["产出指标", "质量指标", "达标率", "达到", "98%"],
            ["产出指标", "质量指标", "完成率", "≤", "90%以上"],
            # the column saying what the value's own words say (≤ beside a day's 前) leaves nothing in doubt
            ["产出指标", "质量指标", "覆盖率", "≥", "不低于95%"],
            ["产出指标", "时效指标", "完成时间", "≤", "2026年6月30日前"]]
    item = _one(_form(HEAD + [grid] + rows))
    assert [i.value for i in item.table.indicators] == ["≥1000人次", "不少于300人", "≥90%", "95%", "达到98%", "90%以上",
                                                      "不低于95%", "2026年6月30日前"]
    assert "已带比较符号" in item.notes["/indicators/产出指标/质量指标/3/value"].message_zh
    assert "/indicators/产出指标/质量指标/4/value" not in item.notes
    assert "/indicators/产出指标/时效指标/0/value" not in item.notes
    # a plain join is what the column says: no note on every row (a careful table got 13 notices)
    assert "/indicators/产出指标/数量指标/0/value" not in item.notes
    assert '"比较符"' in item.notes["/indicators/产出指标/质量指标/3/value"].message_en
    assert "不是比较符号" in item.notes["/indicators/产出指标/质量指标/1/value"].message_zh
    assert "/indicators/产出指标/质量指标/0/value" not in item.notes


def test_a_comparison_in_the_nature_column_is_the_values() -> None:
    """预算一体化 exports put ≥/≤/＝ in the 指标性质 column, the figure in 指标值 and the unit in
    度量单位: the sign is the value's (15 careful rows were told they had no comparison), while
    定量/定性 there stay the indicator's nature; a 指标方向性 column beside it asks for no sign."""
    grid = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标方向性"]
    rows = [["产出指标", "数量指标", "培训人数", "≥", 200, "人", "正向"],
            ["产出指标", "质量指标", "考核合格率", "≥", 0.95, "%", "正向"],
            ["产出指标", "时效指标", "完成时间", "≤", "2024年12月31日", None, "反向"],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "＝", "90%", None, "正向"],
            ["效益指标", "社会效益指标", "就业率", "定量", "≥80%", None, "正向"]]
    item = _one(_form(HEAD + [grid] + rows))
    values = [(i.value, i.unit, i.nature) for i in item.table.indicators]
    assert values[0] == ("≥200", "人", None) and values[2][:2] == ("≤2024年12月31日", None)
    assert values[3][0] == "＝90%" and values[4] == ("≥80%", None, "定量")
    assert not [p for p in item.notes if p.endswith("/value")]


@pytest.mark.parametrize("first,second,names", [
    ("中央资金", "县级配套资金", ["中央", "县级"]), ("上级补助资金", "本级财政资金", ["上级", "本级"]),
    ("中央财政", "省级财政", ["中央", "省级"]), ("中央预算内投资", "县本级资金", ["中央", "县本级"]),
    ("市县配套资金", "中央资金", ["市县", "中央"]),
    # 配套 and 自筹 without 资金, as a 资金来源 block lists them beside 中央补助: they were left unread
    ("中央补助", "县级配套", ["中央", "县级"]), ("省级补助", "县级自筹", ["省级", "县级"]),
    # a township's own share (as ggtlint export writes fiscal_sources 乡级, 镇级): was told as an unread fund row
    ("县级资金", "乡级资金", ["县级", "乡级"]), ("县级资金", "镇级配套资金", ["县级", "镇级"]),
    ("县级补助资金", "乡镇级资金", ["县级", "乡镇级"]),
])
def test_the_ways_a_fiscal_source_is_labelled_are_read(first: str, second: str, names: list[str]) -> None:
    """县级配套资金 was dropped without a word, and FUND002 then said the levels did not add up."""
    head = [["项目名称", "残疾人两项补贴"], ["主管部门", "某县残疾人联合会"], ["单位：万元"], ["年度资金总额", 1176],
            ["财政拨款", 1176], [first, 705.6], [second, 470.4]]
    item = _one(_form(head + [GRID] + ROWS))
    assert list(item.table.funds.fiscal_sources) == names
    assert sum(item.table.funds.fiscal_sources.values()) == Decimal("1176.0")


@pytest.mark.parametrize("heading", ["权(分)值", "权重（分）", "指标权重(%)"])
def test_the_ways_a_weight_column_is_headed_are_read(heading: str) -> None:
    """权(分)值 and 权重（分） columns were dropped without a note: the imported file lost them."""
    item = _one(_form(HEAD + [GRID + [heading]] + [row + [10] for row in ROWS]))
    assert {i.weight for i in item.table.indicators} == {Decimal(10)}


# -- 4: number formats -----------------------------------------------------------------------

def _formatted(values: list[tuple[str, object, str]], head: list[list] | None = None):
    """A workbook whose 指标值 cells are numbers or dates shown through number formats."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in (head if head is not None else HEAD) + [GRID]:
        ws.append(row)
    for name, value, number_format in values:
        ws.append(["产出指标", "数量指标", name, value])
        ws.cell(ws.max_row, 4).number_format = number_format
    return workbook


def test_a_number_reads_as_the_text_its_format_shows() -> None:
    workbook = _formatted([("安置人数", 200, '0"人"'), ("在岗率", 95, '0"%"'), ("发放率", 0.98, '"≥"0%'),
                           ("补贴资金", 30, '0.00"万元"'), ("月收入", 1800, '"≥"#,##0"元"'),
                           ("合格率", 0.9, "0.0%"), ("排名", 3, 'G/通用格式"名"'), ("出错", -2, '0;[红色]"减少"0')])
    item = _one(_save(workbook))
    assert [i.value for i in item.table.indicators] == [
        "200人", "95%", "≥98%", "30.00万元", "≥1,800元", "90.0%", "3名", "减少2"]
    assert item.notes == {}


def test_a_format_that_cannot_be_rendered_is_noted() -> None:
    # (a quoted "%" in a conditional format is no percentage: 95 stays 95, it was read as 9500%)
    workbook = _formatted([("人数", 150, '[>=100]0"人";0"个"'), ("比例", 0.5, "# ?/?"),
                           ("合格率", 95, '[>=90]0"%";0"%"')])
    item = _one(_save(workbook))
    assert [i.value for i in item.table.indicators] == ["150", "0.5", "95"]
    first = item.notes["/indicators/产出指标/数量指标/0/value"]
    assert "无法确定此单元格在 Excel 中显示的文字" in first.message_zh and '[>=100]0"人";0"个"' in first.message_zh
    assert assert_bilingual_notes([item]) == 3


def test_a_locale_dependent_built_in_format_is_noted() -> None:
    code = '#,##0.00"元"'
    data = _with_builtin_format(_save(_formatted([("补贴标准", 1500, code)])), code, 7)  # a currency format
    item = _one(data)
    assert [i.value for i in item.table.indicators] == ["1500"]
    note = item.notes["/indicators/产出指标/数量指标/0/value"]
    assert "Excel 内置格式 7" in note.message_zh and "built-in format 7" in note.message_en


def _with_builtin_format(data: bytes, number_format: str, format_id: int) -> bytes:
    """The workbook with the custom ``number_format`` replaced by the built-in ``format_id``, which
    Chinese Excel and WPS give a date typed as 2023年12月31日 and never spell out in styles.xml."""
    def change(name: str, content: bytes) -> bytes:
        if name != "xl/styles.xml":
            return content
        code = number_format.replace('"', "&quot;").encode()
        found = re.search(rb'<numFmt numFmtId="(\d+)" formatCode="' + re.escape(code) + rb'"\s*/>', content)
        assert found, content[:400]
        content = content.replace(found.group(0), b"")
        return content.replace(b'numFmtId="' + found.group(1) + b'"', f'numFmtId="{format_id}"'.encode())
    return _rezip(data, change)


@pytest.mark.parametrize(("format_id", "shown"), [(31, "2023年12月31日"), (57, "2023年12月"), (58, "12月31日")])
def test_east_asian_built_in_date_formats_read_as_the_date_shown(format_id: int, shown: str) -> None:
    code = 'yyyy"年"m"月"d"日"'
    data = _save(_formatted([("完成时间", dt.date(2023, 12, 31), code)]))
    item = _one(_with_builtin_format(data, code, format_id))
    assert [i.value for i in item.table.indicators] == [shown]
    assert item.notes == {}  # the cell shows a Chinese date: nothing was guessed


def test_a_date_with_a_custom_chinese_format_and_an_amount_with_its_unit() -> None:
    head = [["项目名称", "甲"], ["年度资金总额", 30], ["其中：财政拨款", 30]]
    workbook = _formatted([("完成时间", dt.datetime(2024, 6, 30), 'yyyy"年"m"月"d"日"'),
                           ("开放时间", dt.time(8, 30), 'h"时"mm"分"')], head=head)
    workbook.active["B2"].number_format = workbook.active["B3"].number_format = '#,##0.00"万元"'
    item = _one(_save(workbook))
    assert [i.value for i in item.table.indicators] == ["2024年6月30日", "8时30分"]
    funds = item.table.funds
    assert (funds.unit, funds.total, funds.fiscal) == ("万元", Decimal(30), Decimal(30))
    assert item.notes == {}


# -- 5 and 13: what ends the grid ------------------------------------------------------------

def test_a_name_starting_with_a_footer_word_does_not_end_the_grid() -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in HEAD + [GRID]:
        ws.append(row)
    top = ws.max_row + 1
    for row in [["产出指标", "数量指标", "热线服务时长", "≥2000小时"],
                [None, "质量指标", "负责人员培训覆盖率", "＝100%"],  # first cell of its row: under merges
                [None, None, "制表规范率", "100%"],
                [None, None, "负责人", "≥1人"],  # a footer word, but a row with a value
                ["效益指标", "社会效益指标", "群众诉求解决率", "≥90%"],
                ["满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%"],
                ["填报人：张三", None, "联系电话：0854-1234567"],
                ["产出指标", "数量指标", "页脚以下", "1个"]]:
        ws.append(row)
    ws.merge_cells(f"A{top}:A{top + 3}")
    ws.merge_cells(f"B{top + 1}:B{top + 3}")
    item = _one(_save(workbook))
    assert [i.name for i in item.table.indicators] == [
        "热线服务时长", "负责人员培训覆盖率", "制表规范率", "负责人", "群众诉求解决率", "来电群众满意度"]
    assert item.notes == {}


@pytest.mark.parametrize("below", [
    [["注：1.指标值应量化；2.本表金额单位为元。"], ["单位（盖章）：", None, "填报日期：2023年3月1日"]],
    [["注1.指标值应量化。"]],
    [["说明：本表由项目单位填写。"]],
    [["单位（盖章）"], ["审核人：李四", None, "制表人：王五"]],
    [[None, None, "填报日期：2024年1月5日"]],
])
def test_notes_and_stamps_under_the_grid_end_it(below: list[list]) -> None:
    item = _one(_form(HEAD + [GRID] + ROWS + [[]] + below))
    assert _rows(item) == [tuple(r) for r in ROWS]
    assert item.table.level1_order == ["产出指标", "效益指标", "满意度指标"]
    assert item.notes == {}


# -- 14: the unit of the amounts -------------------------------------------------------------

@pytest.mark.parametrize("place", ["元谋县", "元阳县", "元江县", "元氏县"])
def test_a_place_name_starting_with_yuan_is_not_the_unit(place: str) -> None:
    from ggtlint.importers.pdftext import read_text

    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws["A1"] = f"{place}2024年项目支出绩效目标表"
    ws["A2"], ws["D2"] = f"填报单位：{place}人力资源和社会保障局", "金额单位：万元"
    for row in HEAD[:3] + [["年度资金总额", 120], GRID] + ROWS:
        ws.append(row)
    item = _one(_save(workbook))
    assert item.table.funds.unit == "万元"
    assert "/funds/unit" not in item.notes
    text = (f"{place}2024年项目支出绩效目标表\n填报单位：{place}人力资源和社会保障局    金额单位：万元\n"
            "项目名称 公益性岗位补贴\n主管部门 某局\n年度资金总额 120\n一级指标 二级指标 三级指标 指标值\n"
            "产出指标 数量指标 安置人数 ≥200人\n")
    from_text = read_text(text, "t.txt").tables[0]
    assert from_text.table.funds.unit == "万元" and "/funds/unit" not in from_text.notes


# -- 19: the budget year above the table -----------------------------------------------------

@pytest.mark.parametrize(("title", "under"), [
    ("项目支出绩效目标表（2024年）", None),
    ("项目支出绩效目标表（2024年度）", None),
    ("项目支出绩效目标表", "填报单位：某县民政局        2024年度        单位：万元"),
    ("项目支出绩效目标表", "（ 2024 年度）"),
    # one of several tables on a sheet, numbered: its year was lost (TIME002, "the title has no year")
    ("项目支出绩效目标表（2024年）（二）", None),
    ("2024年项目支出绩效目标表（一）", None),
    ("2024年项目支出绩效目标表之三", None),
])
def test_the_budget_year_printed_with_the_title(title: str, under: str | None) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws["A1"] = title
    if under is not None:
        ws["A2"] = under
    ws["D2"] = ws["D2"].value or "单位：万元"
    for row in HEAD + [GRID] + ROWS:
        ws.append(row)
    item = _one(_save(workbook))
    assert item.table.project.year == 2024
    assert item.table.project.title == title  # as printed: "（2024年）", not "(2024年)"
    assert item.table.funds.unit == "万元"
    assert _rows(item) == [tuple(r) for r in ROWS]
    assert item.notes == {}


# -- 12: 中期 and 年度 side by side (财预〔2015〕88号) ------------------------------------------------

def _form_88():
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws["A1"], ws["A2"] = "项目支出绩效目标申报表", "（2024年度）"
    ws["A3"], ws["B3"] = "项目名称", "高校毕业生就业见习补贴"
    ws["A4"], ws["B4"], ws["E4"], ws["F4"] = "主管部门及代码", "某市人力资源和社会保障局", "实施单位", "某市就业服务中心"
    ws["A6"] = "项目资金（万元）"
    ws.merge_cells("A6:A8")
    ws["B6"], ws["D6"], ws["E6"], ws["G6"] = "中期资金总额：", 900, "年度资金总额：", 300
    ws["B7"], ws["D7"], ws["E7"], ws["G7"] = "其中：财政拨款", 900, "其中：财政拨款", 300
    ws["A9"], ws["B9"], ws["E9"] = "总体目标", "中期目标（2024年-2026年）", "年度目标"
    ws.merge_cells("B9:D9")
    ws.merge_cells("E9:H9")
    ws["B10"], ws["E10"] = "目标1：三年组织见习3000人。", "目标1：全年组织见习1000人。"
    ws.merge_cells("B10:D10")
    ws.merge_cells("E10:H10")
    for col, heading in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"], start=2):
        ws.cell(11, col, heading)
    rows = [("产出指标", "数量指标", "见习人数", "≥3000人", "数量指标", "见习人数", "≥1000人"),
            ("效益指标", "社会效益指标", "促进就业", "见习后就业率≥80%", "社会效益指标", "见习后就业率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "服务对象满意度指标", "见习人员满意度", "≥95%")]
    for offset, row in enumerate(rows, start=12):
        for col, value in enumerate(row, start=2):
            ws.cell(offset, col, value)
    return workbook


def test_an_annual_table_takes_the_annual_indicators_of_a_medium_term_form() -> None:
    item = _one(_save(_form_88()))
    table = item.table
    assert (table.funds.total, table.funds.fiscal) == (Decimal(300), Decimal(300))
    assert table.goal == "目标1：全年组织见习1000人。"
    assert _rows(item) == [("产出指标", "数量指标", "见习人数", "≥1000人"),
                           ("效益指标", "社会效益指标", "见习后就业率", "≥80%"),
                           ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥95%")]
    assert table.span(table.indicators[0].value_pointer).column == 8  # column H
    note = item.notes["/indicators"]
    assert "年度" in note.message_zh and "F–H" in note.message_zh and "annual" in note.message_en


# -- 18: merged ranges over whole columns ----------------------------------------------------

def _with_merges(data: bytes, refs: list[str]) -> bytes:
    """The workbook with more merged ranges, as selecting whole columns and merging them gives."""
    extra = "".join(f'<mergeCell ref="{ref}"/>' for ref in refs).encode()

    def change(name: str, content: bytes) -> bytes:
        if not name.startswith("xl/worksheets/sheet"):
            return content
        if b"<mergeCells" in content:
            return re.sub(rb'<mergeCells count="(\d+)"\s*>',
                          lambda m: b'<mergeCells count="%d">' % (int(m.group(1)) + len(refs)) + extra, content)
        return content.replace(b"</sheetData>", b'</sheetData><mergeCells count="%d">' % len(refs) + extra
                               + b"</mergeCells>")
    return _rezip(data, change)


def test_whole_column_merges_are_read_in_little_time_and_memory() -> None:
    import time
    import tracemalloc

    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in HEAD + [GRID] + ROWS:
        ws.append(row)
    ws.merge_cells("A7:A8")  # 产出指标 over its two rows
    plain = _save(workbook)
    for refs in (["F1:H1048576"], ["F1:XFD1048576", "A40:XFD1048576", "E3:XFD5"]):
        data = _with_merges(plain, refs)
        tracemalloc.start()
        started = time.process_time()  # CPU time: a loaded machine must not fail it
        item = _one(data)
        elapsed = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert _rows(item) == [tuple(r) for r in ROWS]
        assert elapsed < 5 and peak < 40 * 1024 * 1024, (refs, elapsed, peak)


# -- 20 and 17: blank header cells ---------------------------------------------------------------

def test_a_blank_code_does_not_take_the_cell_below() -> None:
    rows = [["项目名称", "困难群众临时救助", "项目编码", None],
            ["主管部门", "某县民政局", "项目负责人", "张三"],
            ["实施单位", "某县民政局", "联系电话", "0851-1234567"],
            ["年度资金总额（万元）", 200, "财政拨款（万元）", 200],
            ["年度总体目标", "救助800人次。"], GRID] + ROWS
    item = _one(_form(rows))
    project = item.table.project
    assert (project.name, project.code, project.department) == ("困难群众临时救助", None, "某县民政局")
    assert item.table.span("/project/code").line == 1 and item.table.span("/project/code").column == 4


def test_a_header_row_still_has_its_values_below() -> None:
    rows = [["项目名称", "项目编码", "单位：万元"], ["表头在上", "P-001"], ["主管部门", "某局"], GRID] + ROWS
    item = _one(_form(rows))
    assert (item.table.project.name, item.table.project.code, item.table.funds.unit) == ("表头在上", "P-001", "万元")


def test_a_blank_field_is_reported_at_its_blank_cell(tmp_path: Path) -> None:
    import json

    from conftest import run_ggtlint

    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "申报表"
    ws["A1"], ws["A2"], ws["E2"] = "附件3", "某县2024年项目支出绩效目标申报表", "单位：万元"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "项目名称", "困难群众临时救助", "项目编码", "5227012024000123"
    ws["A6"], ws["B6"], ws["D6"] = "主管部门", "某县民政局", "实施单位"  # 实施单位 left blank
    ws.merge_cells("D6:E6")  # the label over two columns: the blank value cell is F6
    ws["A7"], ws["B7"] = "项目资金", "年度资金总额"  # no amount
    ws["B8"], ws["C8"] = "其中：财政拨款", 200
    ws["A10"], ws["B10"] = "年度总体目标", "救助不少于800人次。"
    for row in [GRID] + ROWS:
        ws.append(row)
    item = _one(_save(workbook))
    spans = {pointer: (item.table.span(pointer).line, item.table.span(pointer).column)
             for pointer in ("/project/implementer", "/funds/total")}
    assert spans == {"/project/implementer": (6, 6), "/funds/total": (7, 3)}
    (tmp_path / "blank.xlsx").write_bytes(_save(workbook))
    done = run_ggtlint("check", "blank.xlsx", "--format", "json", "--no-cache", cwd=tmp_path)
    found = {(f["rule_id"], f["cell"], f["message_zh"]) for f in json.loads(done.stdout)["findings"]
             if f["rule_id"] == "STR005"}
    assert ("STR005", "F6", "“实施单位”为空。") in found
    assert ("STR005", "C7", "“年度资金总额”为空。") in found


# -- 21: weights in percentage points ----------------------------------------------------------

def test_a_weight_formatted_as_a_percentage_reads_as_points() -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in HEAD + [GRID + ["权重"]]:
        ws.append(row)
    weights = [(0.2, "0%"), (20, "General"), ("20%", "General"), ("２０％", "General"), (0.125, "0.0%"), (20, '0"%"')]
    for index, (weight, number_format) in enumerate(weights):
        ws.append(["产出指标", "数量指标", f"指标{index}", "≥1个", weight])
        ws.cell(ws.max_row, 5).number_format = number_format
    item = _one(_save(workbook))
    assert [i.weight for i in item.table.indicators] == [Decimal(20)] * 4 + [Decimal("12.5"), Decimal(20)]
    assert item.notes == {}


def test_an_amount_in_scientific_format_is_not_read_as_a_date() -> None:
    """0.00E+00 has an E, which is also a date code (the era year): 150000 in that format was
    read as the date 2310-09-07. Scientific notation is not rendered: the bare number, with a note."""
    from ggtlint.importers.numfmt import is_date_format

    assert not is_date_format("0.00E+00") and not is_date_format("##0.0E-0")
    workbook = _formatted([("人数", 150000, "0.00E+00")])
    item = _one(_save(workbook))
    assert [i.value for i in item.table.indicators] == ["150000"]
    assert "无法确定此单元格在 Excel 中显示的文字" in item.notes["/indicators/产出指标/数量指标/0/value"].message_zh


def test_formats_never_raise_on_odd_numbers() -> None:
    """A crafted workbook can hold NaN or an infinity in a number cell; shows_percent raised
    InvalidOperation on NaN (found by fuzzing the format renderer)."""
    from ggtlint.importers.numfmt import render_number, shows_percent

    for value in (float("nan"), float("inf"), float("-inf")):
        for code in ("0%", "0.00%", '0"%"', "#,##0.00", "?a,#?M6r3$1", "General"):
            assert shows_percent(value, code) is False and render_number(value, code) is None
    for value in (10 ** 40, Decimal("1E+30")):  # huge but finite: shown, or not rendered; never raising
        assert render_number(value, "#,##0.00") in (None, f"{10 ** 40:,}.00", f"{10 ** 30:,}.00")
        assert shows_percent(value, "0.00%") is True


def test_a_budget_year_that_is_no_year_is_named_at_its_cell(tmp_path: Path) -> None:
    """预算年度 written 二〇二三 was noted at A1, not at its cell; and a total written 三十万 was
    noted and also called empty (STR005). Each is a LOAD005 error at its cell now, as a target
    file's would be."""
    import json
    import subprocess
    import sys

    from ci_helpers import SRC

    head = [HEAD[0], ["预算年度", "二〇二三"], *HEAD[1:3], ["年度资金总额（万元）", "三十万"], HEAD[4]]
    item = _one(_form(head + [[], GRID] + ROWS))
    assert item.notes["/project/year"].rejected and item.table.span("/project/year").line == 2
    path = tmp_path / "f.xlsx"
    path.write_bytes(_form(head + [[], GRID] + ROWS))
    proc = subprocess.run([sys.executable, "-m", "ggtlint", "check", str(path), "--no-cache", "-f", "json"],
                          capture_output=True, text=True, env={"PYTHONPATH": str(SRC), "PATH": ""})
    found = [(f["rule_id"], f.get("cell"), f["message_zh"]) for f in json.loads(proc.stdout)["findings"]
             if f["rule_id"] in ("LOAD005", "LOAD013", "STR005")]
    assert found == [("LOAD005", "B2", "预算年度“二〇二三”不是年份。"),
                     ("LOAD005", "B5", "“年度资金总额（万元）”的值“三十万”不是金额。")], proc.stderr


# -- 指标值 written in three cells: 符号 | 数值 | 单位 ------------------------------------------------

_SPLIT_ROWS = [["成本指标", "经济成本指标", "工程建设费", "≤", 700, "万元"],
               ["成本指标", "生态环境成本指标", "对周边生态环境的影响", None, "无明显负面影响", None],
               ["产出指标", "质量指标", "工程验收合格率", "＝", 100, "%"],
               # typed into 符号 | 数值 | 单位 merged into one cell (see _split_form)
               ["产出指标", "时效指标", "完工时间", "2025年11月30日前", None, None],
               ["满意度指标", "服务对象满意度指标", "受益农户满意度", "正向", 90, "%"]]


def _split_form(two_rows: bool) -> bytes:
    """A provincial grid whose 指标值 is written as 符号 | 数值 | 单位: under a 指标值 heading merged
    over the three (the other headings merged down over both heading rows), or in one heading row."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in HEAD:
        ws.append(row)
    top = len(HEAD) + 1
    if two_rows:
        ws.append(["一级指标", "二级指标", "三级指标", "指标值", None, None])
        ws.append([None, None, None, "符号", "数值", "单位"])
        ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=6)
        for col in (1, 2, 3):
            ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    else:
        ws.append(["一级指标", "二级指标", "三级指标", "符号", "数值", "单位"])
    for row in _SPLIT_ROWS:
        ws.append(row)
        if row[2] == "完工时间":
            ws.merge_cells(start_row=ws.max_row, start_column=4, end_row=ws.max_row, end_column=6)
    return _save(workbook)


@pytest.mark.parametrize("two_rows", [True, False])
def test_a_value_written_as_symbol_number_and_unit_is_read_whole(two_rows: bool) -> None:
    item = _one(_split_form(two_rows))
    read = [(i.name, i.value, i.unit) for i in item.table.indicators]
    assert read == [("工程建设费", "≤700", "万元"), ("对周边生态环境的影响", "无明显负面影响", None),
                    ("工程验收合格率", "＝100", "%"), ("完工时间", "2025年11月30日前", None),
                    ("受益农户满意度", "90", "%")]
    # the one note names the column by the heading written over it, 符号, not the 指标值 merged above
    assert list(item.notes) == ["/indicators/满意度指标/服务对象满意度指标/0/value"]
    assert 'the "符号" column says "正向"' in item.notes["/indicators/满意度指标/服务对象满意度指标/0/value"].message_en
    assert item.table.span("/indicators/产出指标/时效指标/0/value").column == 4  # the merged cell, where it is typed


@pytest.mark.parametrize("heading", ["审核意见", "主管部门审核意见", "审核意见（主管部门填写）"])
def test_a_review_column_is_left_out_without_a_note(heading: str) -> None:
    """审核意见 is the reviewing department's word on each row, no part of the target: it is not
    noted as a column the format cannot hold (that note asked to move it into 备注)."""
    grid = GRID + ["计量单位", heading, "指标值设定依据"]
    rows = [row + [None, "同意", None] for row in ROWS]
    item = _one(_form(HEAD + [grid] + rows))
    assert _rows(item) == [tuple(r) for r in ROWS]
    assert item.notes == {}
    rows[0][-1] = "上年完成180人"  # a column without a field, with something in it, is still noted
    item = _one(_form(HEAD + [grid] + rows))
    assert "指标值设定依据" in item.notes["/indicators"].message_zh
    assert "审核意见" not in item.notes["/indicators"].message_zh


def _stacked(first_head: list[list], second_head: list[list]) -> list[ImportedTable]:
    """Two tables one under another on one sheet, each with its title; ``first_head`` and
    ``second_head`` are their unit lines and amounts."""
    second = [["项目名称", "临时救助资金"], ["主管部门", "某县民政局"], ["实施单位", "某县民政局"]] + second_head
    rows = ([["2025年项目支出绩效目标表"]] + first_head + HEAD[:3] + HEAD[4:] + [GRID] + ROWS + [["填报人：张三"], []]
            + [["2025年项目支出绩效目标表"]] + second + [["年度总体目标", "救助1200人次。"], GRID]
            + [["产出指标", "成本指标", "临时救助资金支出", "≤120万元"]])
    result = read_workbook(_form(rows), "f.xlsx")
    assert len(result.tables) == 2, [p.message_zh for p in result.problems]
    return result.tables


def test_a_unit_line_over_the_first_table_of_a_sheet_holds_for_those_under_it() -> None:
    first, second = _stacked([["金额单位：万元"], ["年度资金总额", 30]], [["年度资金总额", 120]])
    assert (first.table.funds.unit, second.table.funds.unit) == ("万元", "万元")
    assert (first.table.funds.total, second.table.funds.total) == (Decimal(30), Decimal(120))
    assert "/funds/unit" not in second.notes
    # a table that states its own unit keeps it
    _first, second = _stacked([["金额单位：万元"], ["年度资金总额", 30]], [["金额单位：元"], ["年度资金总额", 1200000]])
    assert (second.table.funds.unit, second.table.funds.total) == ("元", Decimal(1200000))
    # a unit on the first table's own label is that amount's, not the sheet's: the second states none
    first, second = _stacked([["年度资金总额（万元）", 30]], [["年度资金总额", 120]])
    assert (first.table.funds.unit, second.table.funds.unit) == ("万元", "元")
    assert "没有写明金额单位" in second.notes["/funds/unit"].message_zh


def test_the_templates_example_and_indicator_library_are_not_the_departments_table() -> None:
    """A 填报示例 sheet (the province's filled example) and a 指标库 sheet hold tables of their own:
    checking them drew STR001/STR002 errors on a table nobody submitted."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "绩效目标表"
    for row in HEAD + [GRID] + ROWS:
        workbook.active.append(row)
    example = workbook.create_sheet("填报示例", 0)
    for row in [["项目名称", "XX项目"], ["年度资金总额（万元）", 10], GRID, ["产出指标", "数量指标", "XX数量", "≥N个"]]:
        example.append(row)
    library = workbook.create_sheet("共性指标库")
    for row in [GRID, ["产出指标", "质量指标", "验收合格率", "≥N%"]]:
        library.append(row)
    result = read_workbook(_save(workbook), "f.xlsx")
    assert [(item.sheet, item.table.project.name) for item in result.tables] == [("绩效目标表", "公益性岗位补贴")]
    assert result.problems == []
    # the department's own table typed into the 样表 sheet, the only one: read
    del workbook["绩效目标表"], workbook["共性指标库"]
    workbook["填报示例"].title = "样表"
    assert [item.table.project.name for item in read_workbook(_save(workbook), "f.xlsx").tables] == ["XX项目"]

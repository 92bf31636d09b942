"""Workbook import audit 3: the 资金 block as county officers lay it out, and dates as dates.

Each test builds the workbook with openpyxl as the officer filled it in and asserts what the
import reads and notes: no amount of the 资金 block is dropped without a note.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.importers import load_imported  # noqa: E402

from conftest import cell_of, one_workbook_table  # noqa: E402

# A grid every table below shares, rows 12–16.
GRID = [("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "资助参保人数", "≥12000人"),
        (None, "时效指标", "救助资金拨付时间", "2024年12月31日前"),
        ("效益指标", "社会效益指标", "困难群众住院费用自付比例", "≤20%"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%")]


def _book(cells: dict[str, Any], *, merges: tuple[str, ...] = (), formats: dict[str, str] | None = None,
          grid_at: int = 12) -> bytes:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "表"
    for row, values in enumerate(GRID, start=grid_at):
        for col, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row, col).value = value
    for ref, value in cells.items():
        ws[ref] = value
    for ref, number_format in (formats or {}).items():
        ws[ref].number_format = number_format
    for ref in merges:
        ws.merge_cells(ref)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_one = one_workbook_table
_cell = cell_of


HEAD = {"A1": "金额单位：万元", "A2": "项目名称", "B2": "2024年城乡居民医疗救助资金", "A3": "主管部门", "B3": "某县医疗保障局",
        "A4": "实施单位", "B4": "某县医疗保障事务中心", "A10": "年度总体目标", "B10": "对困难群众实施医疗救助。"}


# -- task 1: a row of the 资金 block whose label names no field ---------------------------------

@pytest.mark.parametrize("label,level", [("其中：中央财政补助", "中央"), ("上级转移支付", "上级"), ("县级财政配套", "县级"),
                                         ("本级安排", "本级"), ("省级专项资金", "省级")])
def test_fiscal_sources_as_counties_label_them_are_read(label: str, level: str) -> None:
    """其中：中央财政补助, 上级转移支付, 本级安排 …: fiscal sources by level, which were dropped (one with
    no note at all), so FUND002 said 财政拨款 200,000 ≠ 各级资金之和 30,000 on a table that added up."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "A6": "财政拨款", "B6": 300, "A7": label, "B7": 300}))
    assert dict(item.table.funds.fiscal_sources) == {level: 300} and "/funds" not in item.notes

@pytest.mark.parametrize("label", ["其中：以前年度结转", "债券资金", "上年结余资金"])
def test_an_unknown_fund_row_is_noted_with_its_cell_label_and_amount(tmp_path: Path, label: str) -> None:
    """医疗救助.xlsx: "其中：以前年度结转 | 20" under 财政拨款 was dropped without a word, and FUND001
    then said 320 ≠ 300 + 0 with nothing to explain it."""
    data = _book({**HEAD, "A5": "年度资金总额", "B5": 320, "A6": "其中：财政拨款", "B6": 300,
                  "A7": label, "B7": 20, "A8": "其他资金", "B8": 0})
    item = _one(data)
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other, funds.fiscal_sources) == (320, 300, 0, {})
    note = item.notes["/funds"]
    assert note.message_zh.startswith(f"A7“{label}”的 20万元（B7）没有读入")
    assert "并入它所属的一栏" in note.message_zh and "not read" in note.message_en
    assert _cell(item, "/funds") == "A7"
    # ggtlint check on the workbook reports it at the label's cell
    path = tmp_path / "表.xlsx"
    path.write_bytes(data)
    source, _sheets = load_imported(path, "表.xlsx")
    [finding] = [f for f in source.findings if f.path == "/funds"]
    assert (finding.rule_id, finding.extra["cell"]) == ("LOAD013", "A7")


def test_several_unknown_fund_rows_are_one_note_naming_each() -> None:
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 350, "A6": "财政拨款", "B6": 300,
                       "A7": "以前年度结转", "B7": 20, "A8": "债券资金", "B8": "30万元"}))
    note = item.notes["/funds"].message_zh
    assert "A7“以前年度结转”的 20万元（B7）、A8“债券资金”的 30万元（B8）没有读入" in note
    assert "这些金额" in note


def test_a_project_name_ending_in_zijin_is_no_fund_row() -> None:
    """The name 某某救助资金 beside its label, and a goal mentioning 资金, stay what they are."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "A6": "财政拨款", "B6": 300, "A7": "其他资金", "B7": 0,
                       "B10": "统筹使用救助资金，对困难群众实施医疗救助。"}))
    assert item.table.project.name == "2024年城乡居民医疗救助资金"
    assert not [pointer for pointer in item.notes if pointer.startswith("/funds")]


# -- a row of labels over a row of amounts -------------------------------------------------------

def _label_row_book(**extra: Any) -> bytes:
    return _book({"A1": "单位：万元", "A2": "项目名称", "B2": "义务教育学校营养改善计划", "A3": "主管部门", "B3": "某县教育局",
                  "A4": "实施单位", "B4": "各义务教育学校",
                  "A5": "资金总额", "B5": "财政拨款", "C5": "其中：中央", "D5": "单位自有资金", "E5": "其他资金",
                  "A6": 860, "B6": 800, "C6": 640, "D6": 60, "E6": 0,
                  "A10": "年度总体目标", "B10": "为农村义务教育学生提供营养膳食补助。", **extra})


def test_a_label_row_with_a_label_the_vocabulary_lacks_keeps_its_amounts() -> None:
    """营养改善.xlsx: one unknown label (单位自有资金) in the row of labels made the importer stop
    reading the amounts below: 年度资金总额 was empty (STR005), 财政拨款 "其中：中央" (not an amount)."""
    item = _one(_label_row_book())
    funds = item.table.funds
    assert (funds.unit, funds.total, funds.fiscal) == ("万元", 860, 800)
    assert funds.fiscal_sources == {"中央": 640}
    assert (_cell(item, "/funds/total"), _cell(item, "/funds/fiscal"), _cell(item, "/funds/fiscal_sources/中央")) == (
        "A6", "B6", "C6")


def test_the_own_money_beside_a_zero_other_is_other_when_the_amounts_then_add_up() -> None:
    """860 = 800 + 0 + 单位自有资金 60: the 60 is 其他资金 in the target format, and said so."""
    item = _one(_label_row_book())
    assert item.table.funds.other == 60
    note = item.notes["/funds/other"].message_zh
    assert note.startswith("D5“单位自有资金”的 60万元（D6）不在“其他资金”（E6）之内") and "合计 60万元" in note
    assert "/funds" not in item.notes


def test_the_own_money_inside_other_is_not_counted_twice() -> None:
    """其他资金 60, 其中：单位自有资金 60: already in 其他资金 (860 = 800 + 60), so it is not added, and
    (the amounts adding up) not noted either: a breakdown loses no money."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 860, "A6": "财政拨款", "B6": 800, "A7": "其他资金", "B7": 60,
                       "A8": "其中：单位自有资金", "B8": 60}))
    assert item.table.funds.other == 60
    assert "/funds" not in item.notes and "/funds/other" not in item.notes


def test_a_subsidy_under_the_fiscal_row_is_not_read_as_other_money() -> None:
    """其中：创业担保贷款贴息资金 200 under 财政拨款 200 (total 200): part of 财政拨款, not a loan of other
    money; read into 其他资金 it made a false FUND001 (200 ≠ 200 + 200). And 县级自筹资金 is the county's
    own part of 财政拨款, a fiscal source."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 200, "A6": "财政拨款", "B6": 200,
                       "A7": "其中：创业担保贷款贴息资金", "B7": 200}))
    assert (item.table.funds.total, item.table.funds.fiscal, item.table.funds.other) == (200, 200, None)
    assert "/funds" not in item.notes
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 100, "A6": "财政拨款", "B6": 100, "A7": "其中：中央资金",
                       "B7": 80, "A8": "县级自筹资金", "B8": 20}))
    assert item.table.funds.other is None and dict(item.table.funds.fiscal_sources) == {"中央": 80, "县级": 20}


def test_a_horizontal_fund_row_reads_social_capital_as_other_and_notes_bonds() -> None:
    """老旧小区.xlsx: 资金总额 2000 | 财政拨款 1200 | 债券资金 600 | 社会资本 200 in one row: the last two
    were dropped (FUND001: 2000 ≠ 1200 + 0, unexplained)."""
    item = _one(_book({**HEAD, "A5": "资金总额", "B5": 2000, "C5": "财政拨款", "D5": 1200, "E5": "债券资金", "F5": 600,
                       "G5": "社会资本", "H5": 200}))
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (2000, 1200, 200)
    assert _cell(item, "/funds/other") == "H5"
    assert item.notes["/funds/other"].message_zh.startswith("表中没有“其他资金”一栏，G5“社会资本”的 200万元（H5）属于其他资金")
    assert item.notes["/funds"].message_zh.startswith("E5“债券资金”的 600万元（F5）没有读入")


# -- the 财预〔2015〕88号 申报表: medium-term amounts beside the annual ones --------------------------

@pytest.mark.parametrize("medium_col,annual_col", [("C", "E"), ("E", "C")])
def test_medium_term_amounts_are_not_read_nor_noted(medium_col: str, annual_col: str) -> None:
    """中期资金总额 3000 / 财政拨款 2500 / 其他资金 500 beside 年度资金总额 1200 / 1000 / 200: the annual
    ones are read whichever side they stand (the medium-term 财政拨款 on the right overwrote the
    annual one), and the medium-term ones are no unread fund rows."""
    def pair(col: str) -> str:
        return chr(ord(col) + 1)

    cells = {**HEAD, "A5": "项目资金（万元）",
             f"{medium_col}5": "中期资金总额", f"{pair(medium_col)}5": 3000,
             f"{medium_col}6": "其中：财政拨款", f"{pair(medium_col)}6": 2500,
             f"{medium_col}7": "其他资金", f"{pair(medium_col)}7": 500,
             f"{annual_col}5": "年度资金总额", f"{pair(annual_col)}5": 1200,
             f"{annual_col}6": "其中：财政拨款", f"{pair(annual_col)}6": 1000,
             f"{annual_col}7": "其他资金", f"{pair(annual_col)}7": 200}
    item = _one(_book(cells))
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (1200, 1000, 200)
    assert _cell(item, "/funds/fiscal") == f"{pair(annual_col)}6"
    assert not [pointer for pointer in item.notes if pointer.startswith("/funds")]


# -- dates stored as dates -------------------------------------------------------------------------

@pytest.mark.parametrize("number_format", ["yyyy-mm-dd", "yyyy/m/d", "mm-dd-yy"])
def test_a_date_shown_whole_is_read_without_a_note(number_format: str) -> None:
    """高标准农田.xlsx: 2024-12-31 typed as a date was read as 2024年12月31日 with the note "单元格是日期
    格式，已写成文字…", which asks nothing of the officer: the day shown is the day read."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "A6": "财政拨款", "B6": 300, "A7": "其他资金", "B7": 0,
                       "D14": dt.datetime(2024, 12, 31)}, formats={"D14": number_format}))
    [deadline] = [i for i in item.table.indicators if i.name == "救助资金拨付时间"]
    assert deadline.value == "2024年12月31日"
    assert not [pointer for pointer in item.notes if pointer.startswith(deadline.pointer)]


@pytest.mark.parametrize("number_format", ["m/d", "yyyy-mm-dd hh:mm"])
def test_a_date_shown_in_part_is_still_noted(number_format: str) -> None:
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "A6": "财政拨款", "B6": 300, "A7": "其他资金", "B7": 0,
                       "D14": dt.datetime(2024, 12, 31, 17, 30)}, formats={"D14": number_format}))
    [deadline] = [i for i in item.table.indicators if i.name == "救助资金拨付时间"]
    assert "单元格是日期格式" in item.notes[f"{deadline.pointer}/value"].message_zh


# -- an empty merged 一级 cell over the rows of two 一级 ------------------------------------------

def test_an_empty_merge_over_two_level1_blocks_is_not_called_the_merge_above() -> None:
    """A15:A16 merged and left empty over 社会效益指标 (效益) and 服务对象满意度指标 (满意度): the note at
    the second said "上方“效益指标”的合并单元格 A15:A16 合并过了头 … 重新合并 A15:A15", as if 效益指标
    were written above; no label is there, the one merge spans two 一级."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "A6": "财政拨款", "B6": 300, "A7": "其他资金", "B7": 0,
                       "A14": None, "A15": None, "A16": None}, merges=("A13:A14", "A15:A16")))
    assert [(i.level1, i.level2) for i in item.table.indicators][2:] == [
        ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]
    note = item.notes["/indicators/满意度指标"].message_zh
    assert "合并过了头" not in note and "A15:A15" not in note
    assert "跨了两类一级指标的行" in note and "请取消 A15:A16 的合并" in note and "A16 填“满意度指标”" in note


# -- the grid's headings as counties spell them, and the rows printed under it --------------------

@pytest.mark.parametrize("l3,value", [("三级指标（具体指标）", "指标值"), ("三级指标内容", "2025年度指标值"),
                                      ("具体指标", "年度指标"), ("三级指标", "预期目标")])
def test_grid_headings_with_a_year_or_a_gloss_find_the_grid(l3: str, value: str) -> None:
    """2025年度指标值 or 三级指标（具体指标）: the grid was not found, and three STR001 errors said the
    产出, 效益 and 满意度 indicators were missing from a complete table."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "C12": l3, "D12": value}))
    assert [i.name for i in item.table.indicators] == [row[2] for row in GRID[1:]]


@pytest.mark.parametrize("cells", [{"A17": "合计", "E17": 100}, {"C17": "合计", "E17": 100},
                                   {"A17": "权重合计", "E17": 100}, {"A17": "主管部门审核意见", "C17": "同意"}])
def test_a_total_or_a_reviewers_row_under_the_grid_is_no_indicator(cells: dict[str, Any]) -> None:
    """合计 | … | 100 under the weights, 主管部门审核意见 | 同意: read as indicators, they made STR004 and
    STR005 errors (an indicator without a category, without a value)."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "E12": "权重", **cells}))
    assert [i.name for i in item.table.indicators] == [row[2] for row in GRID[1:]]


def test_a_total_under_the_last_block_still_ends_the_grid() -> None:
    """合计 under the last block, then an appendix: the text below is no indicator."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "E12": "权重", "A17": "合计", "E17": 100,
                       "A19": "附：项目实施方案要点", "B19": "分三个阶段实施", "C20": "第一阶段", "D20": "2024年6月底前"}))
    assert [i.name for i in item.table.indicators] == [row[2] for row in GRID[1:]]


def test_a_subtotal_row_between_blocks_does_not_end_the_grid() -> None:
    """A 小计 of the weights after each 一级 block: the grid goes on below it (ending there lost the
    blocks after it in silence, and STR001 said they were missing)."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "E12": "权重", "A17": "小计", "E17": 30,
                       "A18": "满意度指标", "B18": "服务对象满意度指标", "C18": "家属满意度", "D18": "≥90%"}))
    assert [i.name for i in item.table.indicators] == [row[2] for row in GRID[1:]] + ["家属满意度"]


@pytest.mark.parametrize("written", ["[112]宣汉县文化广播电视和旅游局", "宣汉县文化广播电视和旅游局（112）"])
def test_a_department_written_with_its_code_is_read_without_it(written: str) -> None:
    """主管部门及代码 "[112]宣汉县…局": with the code kept, the cross-table rules and the review report
    took it for another department than the same bureau's other tables."""
    item = _one(_book({**HEAD, "A3": "主管部门及代码", "B3": written, "A5": "年度资金总额", "B5": 300}))
    assert item.table.project.department == "宣汉县文化广播电视和旅游局"


def test_a_grid_column_the_format_has_no_field_for_is_noted_once() -> None:
    """指标值设定依据 and 历史值 beside the values were dropped without a word."""
    rows = {f"F{12 + i}": f"依据{i}" for i in range(1, 5)}
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 300, "F12": "指标值设定依据", "G12": "历史值", "G13": "≥11000人",
                       "H12": "空列", **rows}))
    note = item.notes["/indicators"]
    assert note.message_zh.startswith("指标表中F12“指标值设定依据”、G12“历史值”这几列没有读入")
    assert "空列" not in note.message_zh  # a heading over nothing loses nothing


def test_a_qizhong_row_of_own_money_that_makes_the_amounts_add_up_is_other_money() -> None:
    """年度资金总额 860, 财政拨款 800, 其中：单位自筹资金 60 and no 其他资金 row: the 60 is other money (860 =
    800 + 60); left out, FUND001 said 860 ≠ 800 + 0."""
    item = _one(_book({**HEAD, "A5": "年度资金总额", "B5": 860, "A6": "财政拨款", "B6": 800,
                       "A7": "其中：单位自筹资金", "B7": 60}))
    assert (item.table.funds.total, item.table.funds.fiscal, item.table.funds.other) == (860, 800, 60)

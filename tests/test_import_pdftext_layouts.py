"""PDF-text import: the layouts pdftotext and PDF viewers really give, beyond the seed.

Titles with the year after them, labels and values on separate lines, labels spaced out
character by character, page furniture inside a table, columns run together. Every input is
written here as text; nothing depends on files outside the repository.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ggtlint.importers import ImportedTable
from ggtlint.importers.pdftext import read_text

from conftest import assert_bilingual_notes  # noqa: E402

#: A labelled table (附件2 style) as a county publishes it; {title} and {year} are filled in.
LABELLED = """\
{title}
{year}
项目名称 {name}
主管部门 某县人力资源和社会保障局
实施单位 某县就业服务中心
资金规模（万元）
年度资金总额 120
财政拨款 120
其他资金 0
年度总体目标
    开发公益性岗位200个，安置就业困难人员200人。
一级指标 二级指标 三级指标 指标值
产出指标
数量指标 安置就业困难人员人数 ≥200人
质量指标 补贴发放准确率 ＝100%
成本指标 岗位补贴资金 ≤120万元
效益指标
社会效益指标 就业困难人员月收入 ≥1800元
满意度指标
服务对象满意度指标 安置人员满意度 ≥90%
"""
ROWS = [("产出指标", "数量指标", "安置就业困难人员人数", "≥200人"),
        ("产出指标", "质量指标", "补贴发放准确率", "＝100%"),
        ("产出指标", "成本指标", "岗位补贴资金", "≤120万元"),
        ("效益指标", "社会效益指标", "就业困难人员月收入", "≥1800元"),
        ("满意度指标", "服务对象满意度指标", "安置人员满意度", "≥90%")]


def _labelled(title: str = "项目支出绩效目标表", year: str = "", name: str = "公益性岗位补贴") -> str:
    return LABELLED.format(title=title, year=year, name=name)


def _rows(item: ImportedTable) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.value) for i in item.table.indicators]


def _check_table(item: ImportedTable, name: str = "公益性岗位补贴") -> None:
    table = item.table
    assert (table.project.name, table.project.department, table.project.implementer) == (
        name, "某县人力资源和社会保障局", "某县就业服务中心")
    assert (table.funds.unit, table.funds.total, table.funds.fiscal) == ("万元", Decimal(120), Decimal(120))
    assert (table.goal or "").strip() == "开发公益性岗位200个，安置就业困难人员200人。"
    assert _rows(item) == ROWS


# -- 6 and 19: titles and the budget year ------------------------------------------------------

@pytest.mark.parametrize("title", ["项目支出绩效目标表（2024年度）", "项目支出绩效目标表(2024年)",
                                   "项目支出绩效目标表 （ 2024 年度 ）"])
def test_a_title_followed_by_its_year_starts_a_table(title: str) -> None:
    text = _labelled(title) + "\n" + _labelled(title, name="就业见习补贴")
    result = read_text(text, "t.txt")
    assert [t.table.project.name for t in result.tables] == ["公益性岗位补贴", "就业见习补贴"]
    for item, name in zip(result.tables, ["公益性岗位补贴", "就业见习补贴"]):
        _check_table(item, name)
        assert item.table.project.year == 2024
        assert item.notes == {}


@pytest.mark.parametrize("year", ["（2024年度）", "2024年度", "(２０２４年)",
                                  "填报单位：某县人力资源和社会保障局    2024年度    单位：万元"])
def test_the_year_under_the_title_is_the_budget_year(year: str) -> None:
    item = read_text(_labelled(year=year), "t.txt").tables[0]
    _check_table(item)
    assert item.table.project.year == 2024
    assert item.table.span("/project/year").line == 2
    assert item.notes == {}


# -- 7: a label on one line, its value on the next -------------------------------------------

def _label_above_value(text: str) -> str:
    for label in ("项目名称", "主管部门", "实施单位", "年度资金总额", "财政拨款", "其他资金"):
        text = text.replace(f"\n{label} ", f"\n{label}\n")
    return text


def test_a_value_printed_under_its_label() -> None:
    text = _label_above_value(_labelled())
    assert "\n项目名称\n公益性岗位补贴\n" in text
    item = read_text(text, "t.txt").tables[0]
    _check_table(item)
    assert item.table.span("/project/name").line == 4  # the value's own line
    assert item.notes == {}


def test_a_label_without_value_does_not_take_the_next_label_or_the_goal() -> None:
    text = _labelled().replace("其他资金 0\n年度总体目标\n    开发", "其他资金\n开发公益性岗位200个。\n年度总体目标\n    开发")
    text = text.replace("实施单位 某县就业服务中心\n", "实施单位\n资金规模（万元）\n")
    item = read_text(text, "t.txt").tables[0]
    table = item.table
    assert table.project.implementer == "某县人力资源和社会保障局"  # from the department, and noted
    # the line under the blank 其他资金 is no field's value: said so, not dropped in silence
    assert set(item.notes) == {"/project/implementer", "/project"}
    assert "第 11 行的“开发公益性岗位200个。”" in item.notes["/project"].message_zh
    assert table.funds.other is None and table.funds.total == Decimal(120)


# -- 8: labels spaced out character by character -----------------------------------------------

def test_labels_with_spaces_between_their_characters() -> None:
    text = _labelled(year="（2024年度）")
    for label in ("项目名称", "主管部门", "实施单位", "年度资金总额", "年度总体目标"):
        text = text.replace(label, " ".join(label))
    text = text.replace("财政拨款 120", "其 中 ： 财 政 拨 款 120")
    assert "项 目 名 称 公益性岗位补贴" in text
    item = read_text(text, "t.txt").tables[0]
    _check_table(item)
    assert item.table.project.year == 2024
    assert item.table.span("/project/department").column == 1
    assert item.notes == {}


def test_a_spaced_label_with_its_value_inline_and_under_it() -> None:
    text = _labelled().replace("项目名称 公益性岗位补贴", "项 目 名 称：公益性岗位补贴")
    text = text.replace("主管部门 某县人力资源和社会保障局", "主 管 部 门\n某县人力资源和社会保障局")
    item = read_text(text, "t.txt").tables[0]
    _check_table(item)


# -- 9: page furniture inside a table ----------------------------------------------------------

def _page_break(text: str, before: str, foot: list[str], top: tuple[str, ...] = ()) -> str:
    """``text`` with a page break before the line ``before``: the ``foot`` lines of one page, a
    form feed, then the ``top`` lines of the next (a running title)."""
    assert f"\n{before}\n" in text
    page = "\n".join(foot) + "\n\f" + "".join(f"{line}\n" for line in top)
    return text.replace(f"\n{before}\n", f"\n{page}{before}\n", 1)


@pytest.mark.parametrize("furniture", [
    ["", "                 - 1 -"], ["— 1 —"], ["－1－"], ["第 1 页"], ["第1页 共3页"], ["第 1 页，共 2 页"],
    ["共2页 第1页"],
])
def test_page_numbers_inside_the_grid_are_no_rows(furniture: list[str]) -> None:
    text = _page_break(_labelled("某县2024年项目支出绩效目标表"), "效益指标", furniture)
    item = read_text(text, "t.txt").tables[0]
    _check_table(item)
    assert item.notes == {}


@pytest.mark.parametrize("before", ["效益指标", "质量指标 补贴发放准确率 ＝100%"])
def test_a_running_title_at_the_top_of_a_page_does_not_split_the_table(before: str) -> None:
    title = "某县2024年项目支出绩效目标表"
    text = _page_break(_labelled(title), before, ["", "第 1 页，共 2 页"], (title, ""))
    assert text.count(title) == 2
    result = read_text(text + "\n" + _labelled(title, name="就业见习补贴"), "t.txt")
    assert [t.table.project.name for t in result.tables] == ["公益性岗位补贴", "就业见习补贴"]
    for item, name in zip(result.tables, ["公益性岗位补贴", "就业见习补贴"]):
        _check_table(item, name)
        assert item.notes == {}


def test_a_running_title_over_the_rest_of_a_wrapped_row() -> None:
    title = "某县2024年项目支出绩效目标表"
    text = _labelled(title).replace("时效指标", "").replace(
        "质量指标 补贴发放准确率 ＝100%\n",
        f"质量指标 补贴发放准确率 ＝100%\n时效指标\n\n第 1 页，共 2 页\n\f{title}\n\n补贴按月发放\n及时率\n\n≥95%\n")
    item = read_text(text, "t.txt").tables[0]
    rows = _rows(item)
    assert ("产出指标", "时效指标", "补贴按月发放及时率", "≥95%") in rows
    assert len(rows) == len(ROWS) + 1 and item.notes == {}


def test_sub_numbered_attachment_markers_start_tables() -> None:
    text = "附表7-1\n" + _labelled() + "\n附表7-2\n" + _labelled(name="就业见习补贴")
    result = read_text(text, "t.txt")
    assert [t.table.project.name for t in result.tables] == ["公益性岗位补贴", "就业见习补贴"]
    for item, name in zip(result.tables, ["公益性岗位补贴", "就业见习补贴"]):
        _check_table(item, name)


# -- 10: columns run together --------------------------------------------------------------------

def test_a_name_and_its_value_run_together_are_split_at_the_operator() -> None:
    text = _labelled()
    for name, value in [("安置就业困难人员人数", "≥200人"), ("补贴发放准确率", "＝100%"), ("安置人员满意度", "≥90%")]:
        text = text.replace(f"{name} {value}", f"{name}{value}")
    text = text.replace("服务对象满意度指标 安置人员满意度", "服务对象满意\n度指标\n安置人员满意度")  # a wrapped label before
    assert "安置就业困难人员人数≥200人" in text
    item = read_text(text, "t.txt").tables[0]
    _check_table(item)
    assert item.notes == {}


def test_rows_run_together_on_lines_of_their_own() -> None:
    text = _labelled().replace("数量指标 安置就业困难人员人数 ≥200人\n",
                               "数量指标\n笔试人数≥6000人\n面试人数6000人\n完成时限2024年12月31日前\n")
    item = read_text(text, "t.txt").tables[0]
    rows = [(i.name, i.value) for i in item.table.indicators]
    assert rows[:3] == [("笔试人数", "≥6000人"), ("面试人数", "6000人"), ("完成时限", "2024年12月31日前")]
    # Split at a figure, where the name ends is a guess: said so.
    assert set(item.notes) == {"/indicators/产出指标/数量指标/1/value", "/indicators/产出指标/数量指标/2/value"}
    assert "面试人数6000人" in item.notes["/indicators/产出指标/数量指标/1/value"].message_zh
    assert assert_bilingual_notes([item]) == 2


@pytest.mark.parametrize("name", [["开展2次劳务监察", "业务培训"], ["见习申请的离校2年", "内高校毕业生"],
                                  ["全年开展3次培训"], ["年龄≥60岁人员", "参保率"]])
def test_a_wrapped_name_holding_a_figure_is_not_split(name: list[str]) -> None:
    wrapped = "\n".join(name)
    text = _labelled().replace("数量指标 安置就业困难人员人数 ≥200人\n", f"数量指标\n{wrapped}\n≥4次\n")
    item = read_text(text, "t.txt").tables[0]
    assert (item.table.indicators[0].name, item.table.indicators[0].value) == ("".join(name), "≥4次")
    assert item.notes == {}


def test_column_headings_run_together_are_not_part_of_the_goal() -> None:
    text = _labelled().replace("一级指标 二级指标 三级指标 指标值", "一级指标二级指标三级指标指标值计量单位")
    item = read_text(text, "t.txt").tables[0]
    _check_table(item)
    assert item.notes == {}


# -- 13: notes under the grid ------------------------------------------------------------------

@pytest.mark.parametrize("below", ["注：1.指标值应量化；2.本表金额单位为万元。", "注1.指标值应量化。",
                                   "单位（盖章）：          填报日期：2024年1月5日", "说明：本表由项目单位填写。"])
def test_notes_under_the_grid_end_it(below: str) -> None:
    item = read_text(_labelled() + below + "\n", "t.txt").tables[0]
    _check_table(item)
    assert item.notes == {}


def test_form_feeds_between_pages_do_not_shift_line_numbers(tmp_path: Path) -> None:
    """pdftotext ends each page with a form feed, which str.splitlines counts as a line break and
    editors and grep do not: every finding after the first page was a line too far."""
    from conftest import SHARED, run_ggtlint

    text = (SHARED / "seeds" / "000_65b3e8a41352e276.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    paged = "\n".join("\f" + line if number % 40 == 0 else line for number, line in enumerate(lines))
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    (tmp_path / "paged.txt").write_text(paged, encoding="utf-8")
    found = {}
    for name in ("plain.txt", "paged.txt"):
        proc = run_ggtlint("check", "--text-input", tmp_path / name, "-f", "json", "--no-cache", "--select", "VAL,LOAD")
        found[name] = [(f["rule_id"], f["line"], f["column"]) for f in json.loads(proc.stdout)["findings"]]
    assert found["plain.txt"] and found["paged.txt"] == found["plain.txt"]


# -- 14: a laid-out grid with an operator column ---------------------------------------------------

def _laid_out(rows: list[list[str]], columns: list[int]) -> str:
    """Lines with each cell's text at its column, as pdftotext -layout prints a grid."""
    lines = []
    for cells in rows:
        line = ""
        for column, cell in zip(columns, cells):
            line = line.ljust(column) + cell
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def test_a_laid_out_operator_column_is_joined_to_the_value_and_the_direction_left_out() -> None:
    """As in a workbook: 运算符 before 指标值 is joined to a value without an operator of its own
    (noted); one that disagrees with the value's own is noted, not joined; 指标方向 is no value."""
    grid = _laid_out([["一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位", "指标方向"],
                      ["产出指标", "数量指标", "安置就业困难人员人数", "≥", "200", "人", "正向"],
                      ["效益指标", "社会效益指标", "就业困难人员月收入", "不少于", "1800元", "", "正向"],
                      ["满意度指标", "服务对象满意度指标", "安置人员满意度", "≥", "≤90%", "", "正向"]],
                     [0, 12, 26, 44, 52, 62, 72])
    text = _labelled().split("一级指标")[0] + grid
    item = read_text(text, "t.txt").tables[0]
    rows = [(i.level1, i.level2, i.name, i.value, i.unit) for i in item.table.indicators]
    assert rows == [("产出指标", "数量指标", "安置就业困难人员人数", "≥200", "人"),
                    ("效益指标", "社会效益指标", "就业困难人员月收入", "不少于1800元", None),
                    ("满意度指标", "服务对象满意度指标", "安置人员满意度", "≤90%", None)]
    notes = {pointer: note.message_zh for pointer, note in item.notes.items()}
    assert "/indicators/产出指标/数量指标/0/value" not in notes  # a plain join: nothing in doubt
    assert "已带比较符号" in notes["/indicators/满意度指标/服务对象满意度指标/0/value"]
    assert assert_bilingual_notes([item]) == 1


def test_a_value_naming_its_measure_stays_one_cell_beside_a_sparse_unit_column() -> None:
    """A laid-out grid whose 计量单位 column holds one "人": the "≥95%" of "合格率 ≥95%" (one value,
    a single space inside it) had been taken for where that column starts, leaving the value
    "合格率" (a false VAL001 whose fix says to write what was written) and a unit "≥95%"."""
    path = Path(__file__).parent / "data" / "pdftext" / "measure-named-value-layout.txt"
    [table] = read_text(path.read_text(encoding="utf-8"), path.name).tables
    rows = {i.name: i for i in table.table.indicators}
    assert (rows["培训合格率"].value, rows["培训合格率"].unit) == ("合格率 ≥95%", None)
    assert (rows["培训人数"].value, rows["培训人数"].unit) == ("≥100", "人")


# -- 15: labels the format has no field for, on a header line ------------------------------------

def test_labels_without_a_field_end_the_value_before_them_on_its_line() -> None:
    """项目负责人：张三 and 项目期限：… printed after 主管部门's or 实施单位's value (a form with more
    fields than the target format) were glued onto it: 实施单位 read "某县就业服务中心项目负责人：张三
    项目期限：2023年1月-2023年12月". They end the value; what they hold is noted as not read (项目期限, since
    the format has a field for it, is read as the project's period)."""
    text = _labelled().replace(
        "主管部门 某县人力资源和社会保障局",
        "主管部门 某县人力资源和社会保障局    负责处室：就业促进科").replace(
        "实施单位 某县就业服务中心",
        "实施单位 某县就业服务中心    项目负责人：张三    项目期限：2023年1月-2023年12月").replace(
        "项目名称 公益性岗位补贴", "项目名称 公益性岗位补贴    联系电话 0854-1234567")
    [item] = read_text(text, "t.txt").tables
    project = item.table.project
    assert (project.name, project.department, project.implementer) == (
        "公益性岗位补贴", "某县人力资源和社会保障局", "某县就业服务中心")
    assert _rows(item) == ROWS
    notes = {pointer: note for pointer, note in item.notes.items()}
    assert set(notes) == {"/project/name", "/project/department", "/project/implementer"}
    assert "“项目负责人：张三”" in notes["/project/implementer"].message_zh
    assert project.period == "2023年1月-2023年12月"
    assert "未读取" in notes["/project/department"].message_zh and "负责处室：就业促进科" in notes[
        "/project/department"].message_zh
    assert "0854-1234567" in notes["/project/name"].message_en
    assert item.table.span("/project/implementer").end_column == len("实施单位 某县就业服务中心") + 1
    assert assert_bilingual_notes([item]) == 3


def test_a_label_without_a_field_on_the_next_line_is_no_value_of_the_label_above() -> None:
    """A label alone on its line takes the next line as its value, but not a line that starts with
    项目负责人：…; the field is then empty, as it is in the form."""
    text = _labelled().replace("项目名称 公益性岗位补贴", "项目名称 公益性岗位补贴\n项目类别\n项目负责人：张三")
    [item] = read_text(text, "t.txt").tables
    assert item.table.project.category is None
    assert item.table.project.name == "公益性岗位补贴"


def test_a_department_printed_with_its_code_is_read_without_it() -> None:
    """主管部门及代码 "[112]宣汉县…局" in PDF text, as in a workbook: the name alone."""
    from ggtlint.importers import without_code

    assert without_code("[112]宣汉县文化广播电视和旅游局") == "宣汉县文化广播电视和旅游局"
    assert without_code("宣汉县第2中学") == "宣汉县第2中学"


def test_a_total_line_in_pdf_text_is_no_indicator() -> None:
    """合计 100 under the grid (or 小计 50 inside it) was read as an indicator named 合计."""
    from ggtlint.importers.pdftext import _without_furniture

    assert _without_furniture(["三级指标 指标值", "合计 100", "小计 50", "权重合计 100", "合计发放人数 ≥50人"]) == [
        "三级指标 指标值", "", "", "", "合计发放人数 ≥50人"]

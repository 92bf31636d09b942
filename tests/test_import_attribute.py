"""项目属性 in imported workbooks and PDF text: 新增项目 / 延续项目 (or 经常性项目 / 一次性项目) is the
project's attribute (``project.attribute``), not its category; a 项目属性 that holds a category
(特定目标类) is still the category; an explicit 项目类别 always wins, and a 项目属性 beside it that is
neither is kept as written, with a note.

The careful workbook w15 (tests/data/workbooks_careful) and its PDF text
(tests/data/pdftext/careful-w15-layout.txt, from careful_make.py) print 项目属性 延续项目 above
项目类别 特定目标-民生保障.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.engine import Engine  # noqa: E402
from ggtlint.engine.config import Config  # noqa: E402
from ggtlint.importers import import_path  # noqa: E402
from ggtlint.importers.pdftext import read_text  # noqa: E402
from ggtlint.importers.xlsx import read_workbook, workbook_bytes  # noqa: E402
from ggtlint.limits import DEFAULT_LIMITS  # noqa: E402
from ggtlint.load import load_text  # noqa: E402
from ggtlint.run import load_source  # noqa: E402
from ggtlint.writer import write_table  # noqa: E402

from conftest import ROOT, assert_bilingual_notes, one_workbook_table  # noqa: E402

CAREFUL = ROOT / "tests" / "data" / "workbooks_careful"
W15_TEXT = ROOT / "tests" / "data" / "pdftext" / "careful-w15-layout.txt"
HEAD = [("项目名称", "测试项目"), ("主管部门", "某局"), ("实施单位", "某中心")]
TAIL = [("年度资金总额", "10"), ("年度总体目标", "完成任务。")]
GRID = [("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "培训人数", "≥10人")]


def _workbook(fields: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """The one table of a workbook with these header fields, one per row, and a one-row grid."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [*HEAD, *fields, *TAIL, *GRID]:
        ws.append(list(row))
    buffer = io.BytesIO()
    wb.save(buffer)
    return one_workbook_table(buffer.getvalue())


def _text(fields: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """The same table as PDF text, "标签 值" lines."""
    lines = ["项目绩效目标表", *(" ".join(row) for row in [*HEAD, *fields, *TAIL, *GRID])]
    result = read_text("\n".join(lines) + "\n", "t.txt")
    assert len(result.tables) == 1 and not result.problems
    assert_bilingual_notes(result.tables)
    return result.tables[0]


READERS = [pytest.param(_workbook, id="workbook"), pytest.param(_text, id="pdf-text")]
CONTINUING = [("项目属性", "延续项目"), ("项目类别", "特定目标-专项业务")]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("fields", [CONTINUING, CONTINUING[::-1]], ids=["attribute-first", "category-first"])
def test_continuing_is_the_attribute_and_the_category_its_own(read, fields) -> None:  # type: ignore[no-untyped-def]
    item = read(fields)
    project = item.table.project
    assert (project.category, project.attribute) == ("特定目标-专项业务", "延续项目")
    assert not [pointer for pointer in item.notes if pointer.startswith("/project")]
    assert item.table.span("/project/attribute") != item.table.span("/project/category")


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("label,value", [("项目属性", "新增项目"), ("项目属性", "一次性项目"), ("项目属性", "经常性"),
                                         ("项目类型", "延续")])
def test_new_continuing_one_off_and_recurring_are_attributes(read, label: str,  # type: ignore[no-untyped-def]
                                                             value: str) -> None:
    project = read([(label, value)]).table.project
    assert (project.category, project.attribute) == (None, value)


@pytest.mark.parametrize("read", READERS)
def test_continuing_and_recurring_in_two_cells_are_both_kept(read) -> None:  # type: ignore[no-untyped-def]
    project = read([("项目属性", "延续项目"), ("项目类型", "经常性项目"), ("项目类别", "特定目标类")]).table.project
    assert (project.category, project.attribute) == ("特定目标类", "延续项目、经常性项目")


@pytest.mark.parametrize("read", READERS)
def test_a_category_in_the_attribute_cell_is_the_category(read) -> None:  # type: ignore[no-untyped-def]
    item = read([("项目属性", "特定目标类")])
    assert (item.table.project.category, item.table.project.attribute) == ("特定目标类", None)
    assert not item.notes.get("/project/category")
    # the same category in both cells is said once
    item = read([("项目属性", "特定目标类"), ("项目类别", "特定目标类")])
    assert (item.table.project.category, item.table.project.attribute) == ("特定目标类", None)
    assert not [pointer for pointer in item.notes if pointer.startswith("/project")]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("fields", [[("项目属性", "民生实事"), ("项目类别", "特定目标-专项业务")],
                                    [("项目类别", "特定目标-专项业务"), ("项目属性", "民生实事")]],
                         ids=["attribute-first", "category-first"])
def test_an_unknown_attribute_beside_a_category_is_kept_and_noted(read, fields) -> None:  # type: ignore[no-untyped-def]
    item = read(fields)
    project = item.table.project
    assert (project.category, project.attribute) == ("特定目标-专项业务", "民生实事")
    note = item.notes["/project/attribute"]
    assert "民生实事" in note.message_zh and "特定目标-专项业务" in note.message_zh
    assert "民生实事" in note.message_en


@pytest.mark.parametrize("read", READERS)
def test_an_unknown_type_beside_continuing_and_a_category_is_kept_and_noted(read) -> None:  # type: ignore[no-untyped-def]
    # 项目类型 特定目标类 was dropped without a word when 项目属性 had said 延续项目
    item = read([("项目属性", "延续项目"), ("项目类型", "特定目标类"), ("项目类别", "专项业务类")])
    project = item.table.project
    assert (project.category, project.attribute) == ("专项业务类", "延续项目、特定目标类")
    note = item.notes["/project/attribute"]
    assert "特定目标类" in note.message_zh and "专项业务类" in note.message_zh


def test_the_attribute_is_written_loaded_and_exported_back() -> None:
    item = _workbook(CONTINUING)
    text = write_table(item.table)
    assert "  category: 特定目标-专项业务\n  attribute: 延续项目\n" in text
    loaded = load_text(text, "t.yaml")
    assert not loaded.findings  # a known key of the format (LOAD011 would name an unknown one)
    assert loaded.tables[0].project.attribute == "延续项目"
    again = read_workbook(workbook_bytes(loaded.tables), "x.xlsx").tables[0]
    assert (again.table.project.category, again.table.project.attribute) == ("特定目标-专项业务", "延续项目")
    assert not again.notes.get("/project/attribute")


def _careful_rows() -> list[tuple]:
    from careful_workbooks import maker

    return maker().TABLES["w15-yiwu-jiaoyu-gongyong-jingfei"]["rows"]


def test_the_pdf_text_of_w15_reads_as_the_workbook(engine) -> None:  # type: ignore[no-untyped-def]
    result = import_path(W15_TEXT, as_text=True)
    assert not result.problems and len(result.tables) == 1
    item = result.tables[0]
    project = item.table.project
    assert (project.category, project.attribute) == ("特定目标-民生保障", "延续项目")
    assert not [pointer for pointer in item.notes if pointer.startswith("/project")]
    # value as printed (number and unit apart), as the workbook has them
    assert [(i.level2, i.name, i.value, i.unit) for i in item.table.indicators] == [
        (row[1], row[2], str(row[3]), row[4]) for row in _careful_rows()]
    for path, text_input in ((W15_TEXT, True), (next(CAREFUL.glob("w15-*.xlsx")), False)):
        source = load_source(path, path.name, DEFAULT_LIMITS, text_input=text_input)[0]
        assert Counter(f.rule_id for f in engine.check_source(source).findings) == Counter(), path.name


def test_a_category_rule_fires_on_the_category_not_the_attribute(tmp_path: Path) -> None:
    """BUR011 (a bureau's rule for 信息化 projects only) reads the 项目类别: with 延续项目 taken as
    the category it went silent."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [*HEAD, ("项目属性", "延续项目"), ("项目类别", "其他运转-信息化系统运行维护"), *TAIL, GRID[0],
                ("产出指标", "数量指标", "走访慰问用户", "≥200人")]:
        ws.append(list(row))
    path = tmp_path / "it.xlsx"
    wb.save(path)
    engine = Engine.build(Config(packs=[ROOT / "tests" / "data" / "bureau-project-conditions.yaml"], select=["BUR"]))
    found = engine.check_source(load_source(path, path.name, DEFAULT_LIMITS)[0]).findings
    assert [f.rule_id for f in found] == ["BUR011"]

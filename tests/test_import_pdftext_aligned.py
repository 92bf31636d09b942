"""PDF text of target tables whose 指标值 column holds figures aligned right, with the comparison
and the unit in columns of their own (指标性质 or 符号 or 运算符: ≥, ≤, ＝; 计量单位), and labels
the format has no field for (项目负责人, 联系电话) or has (项目期限) beside the header fields.

The files ``tests/data/pdftext/aligned-*`` are workbooks made by ``aligned_make.py`` (beside them),
saved as PDF by LibreOffice and extracted with poppler's pdftotext, with ``-layout``
(``…-layout.txt``) and without (``…-plain.txt``):

* ``aligned-xingzhi``: 预算一体化 style, the comparison in 指标性质, figures stored as numbers;
  项目负责人 beside 项目名称.
* ``aligned-fuhao``: a 符号 column, figures typed as text and aligned right, a 备注; 项目负责人
  beside 主管部门 and 项目期限 (read as ``project.period``) beside 实施单位.
* ``aligned-yunsuanfu``: 运算符 and 指标方向 columns, narrow value column; 项目负责人 beside 实施单位.
* ``aligned-weight``: 指标性质 comparisons and a 权重 column of figures aligned right.
* ``aligned-mixed``: figures and words in one 指标值 column, 计量单位 and 指标性质 (定量/定性) after it;
  a 项目负责人 / 联系电话 line of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ggtlint.importers import import_path
from ggtlint.importers.pdftext import read_text

from conftest import run_ggtlint  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "pdftext"
LAYOUTS = ["aligned-xingzhi", "aligned-fuhao", "aligned-yunsuanfu", "aligned-weight"]


def _report(path: Path, *extra: str) -> list[dict]:
    proc = run_ggtlint("check", path, "--format", "json", "--no-cache", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def _findings(path: Path, *extra: str) -> list[tuple[str, str, str]]:
    """(rule, pointer, message) of every finding but the importer's notes (LOAD013), sorted."""
    return sorted((f["rule_id"], f["path"], f["message"]) for f in _report(path, *extra) if f["rule_id"] != "LOAD013")


def _read(path: Path, as_text: bool):
    result = import_path(path, as_text=as_text)
    assert not result.problems
    [item] = result.tables
    return item


def _indicators(item) -> list[tuple]:
    return [(i.level1, i.level2, i.name, i.value, i.unit, i.nature, i.weight) for i in item.table.indicators]


def _header(item) -> tuple:
    table = item.table
    project, funds = table.project, table.funds
    return (project.name, project.department, project.implementer, funds.total, funds.fiscal, funds.other)


@pytest.mark.parametrize("name", LAYOUTS)
def test_figures_aligned_right_are_read_in_their_rows_as_in_the_workbook(name: str) -> None:
    """Figures aligned right start past the middle of the 指标值 heading: counted as where the column
    starts, they moved the 计量单位 column in front of them (the units then joined the value,
    "35     公里", or the figures went to 计量单位 and four rows of eleven were left), and the
    comparison in 指标性质 stayed out of the value (VAL005 on every row)."""
    text = _read(DATA / f"{name}-layout.txt", as_text=True)
    workbook = _read(DATA / f"{name}.xlsx", as_text=False)
    assert _indicators(text) == _indicators(workbook)
    assert _header(text) == _header(workbook)


@pytest.mark.parametrize("name", ["aligned-xingzhi", "aligned-yunsuanfu", "aligned-weight"])
def test_layout_text_checks_as_its_workbook_does(name: str) -> None:
    """The text gave 10 (xingzhi), 10 (yunsuanfu) and 18 (weight) findings where the workbook has
    0, 1 and 3: VAL005 for the comparisons left out, VAL011 for weights read as units …"""
    assert _findings(DATA / f"{name}-layout.txt", "--text-input") == _findings(DATA / f"{name}.xlsx")


def test_comparison_in_the_nature_column_is_joined_to_the_value() -> None:
    rows = {i.name: (i.value, i.unit, i.nature) for i in _read(DATA / "aligned-xingzhi-layout.txt", True).table.indicators}
    assert rows["新建灌排渠道长度"] == ("≥35", "公里", None)
    assert rows["工程验收合格率"] == ("＝100", "%", None)
    assert rows["亩均建设成本"] == ("≤1000", "元/亩", None)
    weights = [(i.value, i.unit, i.weight) for i in _read(DATA / "aligned-weight-layout.txt", True).table.indicators]
    assert weights[:2] == [("≥18000", "人", 20), ("＝46", "所", 10)]


def test_labels_beside_the_header_fields_end_their_values_and_are_noted() -> None:
    """项目负责人 张三 / 项目期限 2023年1月-2023年12月 printed after 主管部门's and 实施单位's values were
    glued onto them ("某市职业技能鉴定指导中心项目期限 2023年1月-2023年12月"); now each value ends
    there, and a note at the field says what was not read."""
    item = _read(DATA / "aligned-fuhao-layout.txt", True)
    project = item.table.project
    assert (project.name, project.department, project.implementer) == (
        "2023年职业技能提升行动", "某市人力资源和社会保障局", "某市职业技能鉴定指导中心")
    notes = {pointer: note for pointer, note in item.notes.items()}
    # 项目期限 is read as the project's period (it was noted as not read before there was a field for it)
    assert project.period == "2023年1月-2023年12月"
    assert set(notes) == {"/project/department"}
    assert "项目负责人 张三" in notes["/project/department"].message_zh
    assert "未读取" in notes["/project/department"].message_zh
    assert "not read" in notes["/project/department"].message_en
    name = _read(DATA / "aligned-xingzhi-layout.txt", True).table.project.name
    assert name == "2024年高标准农田建设项目"  # was "2024年高标准农田建设项目项目负责人李四"


@pytest.mark.parametrize("name", [*LAYOUTS, "aligned-mixed"])
def test_plain_text_of_a_grid_printed_column_by_column_is_refused(name: str) -> None:
    """Plain pdftotext gives each column's heading and cells in a run of its own (三级指标 and the
    names, then 指标性质 and the ≥, then 指标值 …), the header labels and values apart: it made 13 to
    19 rows out of names, operators and figures (up to 63 findings). Now one LOAD004, no table."""
    text = (DATA / f"{name}-plain.txt").read_text(encoding="utf-8")
    result = read_text(text, f"{name}.txt")
    assert result.tables == []
    [problem] = result.problems
    assert problem.code == "LOAD004"
    assert text.splitlines()[problem.line - 1].strip() in ("一级指标", "二级指标", "三级指标", "指标值")
    assert "按列提取" in problem.message_zh and "pdftotext -layout" in problem.message_zh
    assert "column by column" in problem.message_en and "pdftotext -layout" in problem.message_en


def test_laid_out_grid_whose_rows_cannot_be_placed_is_refused_not_made_up() -> None:
    """Three value cells missing (not printed): the names around them had no value to pair with and
    ran together into rows holding two or three ≥ each. Such a grid is refused, with one LOAD004 at
    the row that took several; nothing made up."""
    text = (DATA / "aligned-yunsuanfu-layout.txt").read_text(encoding="utf-8")
    for cell in ("       120", "        3.6", "       100"):
        assert cell in text
        text = text.replace(cell, " " * len(cell), 1)
    result = read_text(text, "missing.txt")
    assert result.tables == []
    [problem] = result.problems
    assert problem.code == "LOAD004" and problem.line > 10
    assert "无法按行对齐" in problem.message_zh and "cannot be placed" in problem.message_en


# -- tables exported by ggtlint, printed by LibreOffice, read back (a round trip) ----------------

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


@pytest.mark.parametrize("name", ["g06-culture-wenwu-xiushan", "g05-env-wushuichang"])
def test_an_exported_table_printed_to_pdf_reads_back_with_its_values(name: str) -> None:
    """``ggtlint export`` → LibreOffice PDF → ``pdftotext -layout``: g06's wrapped value ≥1800平方米 over
    a two-line name tipped the grid to top-aligned cells (two values read wrong, two false VAL001
    errors); g05's "GB 18918" lost its space where the cell wrapped."""
    from ggtlint.load import load_file

    own = load_file(SECTORS / f"{name}.yaml").tables[0]
    result = read_text((DATA / f"roundtrip-{name[:3]}-layout.txt").read_text(encoding="utf-8"), f"{name}.txt")
    [table] = [item.table for item in result.tables]
    assert [(i.name, i.value) for i in table.indicators] == [(i.name, i.value) for i in own.indicators]

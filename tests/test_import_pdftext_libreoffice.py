"""PDF text of a table printed from a spreadsheet: what a department gets from LibreOffice or
Excel "save as PDF", read back with pdftotext.

The texts in ``tests/data/pdftext`` are real pdftotext output (poppler 22) of seed table T4
exported with ``ggtlint export`` and saved as PDF by LibreOffice Calc: ``-layout`` keeps the
rows (its merged category cells are printed vertically centred, in the middle of their
blocks); plain pdftotext gives the grid column by column, labels first and values after them.
``…-layout-empty-fields.txt`` is the -layout text with six header values deleted (an unfinished
table).
The last test makes that PDF again, when LibreOffice and pdftotext are installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ggtlint.importers.pdftext import read_text

from conftest import ROOT, SEED_DIR, run_ggtlint  # noqa: E402

DATA = ROOT / "tests" / "data" / "pdftext"
SEED_T4 = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"


def _rule_findings(path: Path, *extra: str) -> list[tuple[str, str]]:
    """(rule, message) of every finding but the importer's notes (LOAD013), in order."""
    proc = run_ggtlint("check", path, "--format", "json", "--no-cache", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    return [(f["rule_id"], f["message"]) for f in json.loads(proc.stdout)["findings"] if f["rule_id"] != "LOAD013"]


def test_text_extracted_column_by_column_is_refused_with_what_to_do(tmp_path: Path) -> None:
    text = (DATA / "t04-libreoffice-raw.txt").read_text(encoding="utf-8")
    result = read_text(text, "t04.txt")
    assert result.tables == []  # no table made up from values that cannot be matched to labels
    [problem] = result.problems
    assert problem.code == "LOAD004"
    assert problem.line == 3  # the first of the labels printed one under another
    assert "按列提取" in problem.message_zh and "pdftotext -layout" in problem.message_zh
    assert "column by column" in problem.message_en and "pdftotext -layout" in problem.message_en

    proc = run_ggtlint("check", "--text-input", DATA / "t04-libreoffice-raw.txt", "--format", "json", "--no-cache")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert [(f["rule_id"], f["line"], f["severity"]) for f in report["findings"]] == [("LOAD004", 3, "error")]
    proc = run_ggtlint("import", DATA / "t04-libreoffice-raw.txt", "-o", tmp_path / "out")
    assert proc.returncode == 1 and "pdftotext -layout" in proc.stdout + proc.stderr
    assert not list(tmp_path.rglob("*.yaml"))


def test_layout_text_with_vertically_centred_category_labels_checks_as_the_table_does() -> None:
    """效益指标 is printed after the first 社会效益 row and 数量指标 mid-block: the blocks are
    still read under their own 一级, so no finding is made up (STR004 was)."""
    result = read_text((DATA / "t04-libreoffice-layout.txt").read_text(encoding="utf-8"), "t04.txt")
    [item] = result.tables
    placed = {(i.name, i.level1, i.level2) for i in item.table.indicators}
    assert ("因就业问题发生重大群体性事件数", "效益指标", "社会效益指标") in placed
    assert ("2023年高校毕业生就业率稳定", "效益指标", "可持续影响指标") in placed
    assert ("校园招聘补贴", "产出指标", "数量指标") in placed
    assert ("公共就业服务满意度", "满意度指标", "服务对象满意度指标") in placed
    notes = " ".join(note.message_zh for note in item.notes.values())
    assert "出现在一级指标" not in notes and "原文缺少一级指标标签" not in notes
    assert _rule_findings(DATA / "t04-libreoffice-layout.txt", "--text-input") == _rule_findings(SEED_T4)


def test_layout_text_of_a_table_with_empty_fields_is_read_not_refused() -> None:
    """-layout text of an unfinished table (项目类别 … 来源说明 left empty) prints six labels in a
    row without values too; its 项目名称 carries its value, so the rows were kept."""
    text = (DATA / "t04-libreoffice-layout-empty-fields.txt").read_text(encoding="utf-8")
    result = read_text(text, "t04.txt")
    assert not result.problems and len(result.tables) == 1
    assert result.tables[0].table.project.name == "2023年就业补助资金"
    rules = [rule for rule, _ in _rule_findings(DATA / "t04-libreoffice-layout-empty-fields.txt", "--text-input")]
    assert "LOAD004" not in rules and rules.count("STR005") == 2  # 主管部门 and 实施单位: really empty


def test_an_empty_template_printed_as_text_is_not_taken_for_column_by_column() -> None:
    """Labels one under another and no value anywhere: a blank form, reported field by field."""
    raw = (DATA / "t04-libreoffice-raw.txt").read_text(encoding="utf-8").splitlines()
    labels = raw[:raw.index("其他资金") + 1]
    result = read_text("\n".join([*labels, "", "年度总体目标", "", "一级指标 二级指标 三级指标 指标值"]), "blank.txt")
    assert not result.problems and len(result.tables) == 1  # read as a table, not refused
    project = result.tables[0].table.project
    assert (project.name, project.department, project.implementer) == (None, None, None)  # every field empty


def test_exported_workbook_prints_one_a4_page_wide(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "t04.xlsx"
    assert run_ggtlint("export", SEED_T4, "-o", out).returncode == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.page_setup.paperSize == 9  # A4 in the OOXML numbering


def _programs() -> tuple[str, str] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    return (soffice, pdftotext) if soffice and pdftotext else None


@pytest.mark.skipif(_programs() is None, reason="LibreOffice or pdftotext is not on PATH (Debian: apt-get install -y "
                                                "libreoffice-calc-nogui poppler-utils); no PDF is made")
def test_export_saved_as_pdf_and_extracted_checks_as_the_table_does(tmp_path: Path) -> None:
    soffice, pdftotext = _programs()  # type: ignore[misc]
    workbook = tmp_path / "t04.xlsx"
    assert run_ggtlint("export", SEED_T4, "-o", workbook).returncode == 0
    proc = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(workbook)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = tmp_path / "t04.txt"
    subprocess.run([pdftotext, "-layout", str(tmp_path / "t04.pdf"), str(text)], check=True, timeout=60)
    pages = text.read_text(encoding="utf-8").count("\f")
    assert pages == 1  # one page wide: a grid split over two pages cannot be read back
    assert _rule_findings(text, "--text-input") == _rule_findings(SEED_T4)

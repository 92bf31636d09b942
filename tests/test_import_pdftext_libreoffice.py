"""PDF text of a table printed from a spreadsheet: what a department gets from LibreOffice or
Excel "save as PDF", read back with pdftotext.

The texts in ``tests/data/pdftext`` are real pdftotext output (poppler 22) of PDFs that
LibreOffice Calc saved:

* ``t04-libreoffice-…`` and ``t01-libreoffice-layout.txt``: seed tables T4 and T1 exported with
  ``ggtlint export``. ``-layout`` keeps the rows (merged category cells are printed vertically
  centred, in the middle of their blocks; rows of a block printed above its labels); plain
  pdftotext gives the grid column by column, labels first and values after them.
  ``…-layout-empty-fields.txt`` is the -layout text with six header values deleted (an
  unfinished table).
* ``t05-libreoffice-layout-bottom.txt``, ``t08-libreoffice-layout-top.txt``: the export with
  every cell set to the bottom or the top of its row; ``t10-libreoffice-layout-narrow.txt``: with
  narrow name and value columns, so names and values wrap (two pages, the 产出指标 label printed
  on both).
* ``t10-side-columns…``: the seed's T10 with 计量单位, 指标性质, 权重 and 备注 (the YAML beside it),
  exported; the weights are figures aligned right.
* ``officer-…``: a workbook a department filled in (计量单位 and 指标性质 columns, merged cells)
  and its PDF's text, with and without -layout.

The last tests make such PDFs again, when LibreOffice and pdftotext are installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from ggtlint.importers import import_path
from ggtlint.importers.pdftext import read_text

from conftest import ROOT, SEED_DIR, run_ggtlint  # noqa: E402

DATA = ROOT / "tests" / "data" / "pdftext"
SEED_T4 = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"
SEEDS = sorted(SEED_DIR.glob("*.yaml"))


def _report(path: Path, *extra: str) -> list[dict]:
    proc = run_ggtlint("check", path, "--format", "json", "--no-cache", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def _rule_findings(path: Path, *extra: str) -> list[tuple[str, str]]:
    """(rule, message) of every finding but the importer's notes (LOAD013), in order."""
    return [(f["rule_id"], f["message"]) for f in _report(path, *extra) if f["rule_id"] != "LOAD013"]


def _findings(path: Path, *extra: str) -> list[tuple[str, str, str]]:
    """(rule, pointer, message) of every finding but the importer's notes (LOAD013), sorted: a
    workbook and a text report the same finding at other places (a cell, a line)."""
    return sorted((f["rule_id"], f["path"], f["message"]) for f in _report(path, *extra) if f["rule_id"] != "LOAD013")


def _notes(path: Path) -> list[str]:
    """The importer's notes (LOAD013) on a text: what it had to guess."""
    return [f["message"] for f in _report(path, "--text-input") if f["rule_id"] == "LOAD013"]


def _table(path: Path):
    """The one table of a text, read as ``ggtlint check --text-input`` reads it (form feeds out)."""
    result = import_path(path, as_text=True)
    assert not result.problems
    [item] = result.tables
    return item


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
    still read under their own 一级, so no finding is made up (STR004 was). The first 社会效益
    row, printed above both labels, is in their block (it was filed under 成本指标, with a note
    that moved it there), and the first 数量指标 row above its label is no guess either."""
    result = read_text((DATA / "t04-libreoffice-layout.txt").read_text(encoding="utf-8"), "t04.txt")
    [item] = result.tables
    placed = [(i.name, i.level1, i.level2) for i in item.table.indicators]
    assert ("因就业问题发生重大群体性事件数", "效益指标", "社会效益指标") in placed
    assert ("困难就业家庭帮扶率", "效益指标", "社会效益指标") in placed
    assert ("2023年高校毕业生就业率稳定", "效益指标", "可持续影响指标") in placed
    assert ("校园招聘补贴", "产出指标", "数量指标") in placed
    assert ("公共就业服务满意度", "满意度指标", "服务对象满意度指标") in placed
    assert placed[:3] == [("就业见习补贴人数", "产出指标", "数量指标"), ("校园招聘补贴", "产出指标", "数量指标"),
                          ("就业创业服务补助", "产出指标", "数量指标")]
    assert item.notes == {}
    assert _findings(DATA / "t04-libreoffice-layout.txt", "--text-input") == _findings(SEED_T4)


def test_goal_lines_printed_above_a_vertically_centred_label_are_the_goal() -> None:
    """目标1 and 目标2 are printed above the 年度总体目标 label (centred beside the goal's cell),
    目标3 beside it: all three are the goal (only 目标3 was read)."""
    result = read_text((DATA / "t04-libreoffice-layout.txt").read_text(encoding="utf-8"), "t04.txt")
    table = result.tables[0].table
    goal = (table.goal or "").splitlines()
    assert [line[:4] for line in goal] == ["目标1：", "目标2：", "目标3："]
    assert goal[0].endswith("高技能人才培养补助等支出。") and "年度总体目标" not in table.goal  # type: ignore[operator]
    assert (table.span("/goal").line, table.span("/goal").end_line) == (14, 17)


def test_rows_printed_above_both_labels_of_their_block_stay_in_it() -> None:
    """The seed's T1 as LibreOffice prints it: the first 满意度 row stands above the line with
    满意度指标 and 服务对象满意度指标. It was filed under 社会效益指标, so the SAT rules missed it,
    VAL009 was made up and STR007 (效益指标 has one row) lost."""
    item = _table(DATA / "t01-libreoffice-layout.txt")
    placed = [(i.name, i.level1, i.level2) for i in item.table.indicators]
    assert placed[-3:] == [
        ("为黔南籍在外务工人员提供跟踪服务，确保黔南劳动力能够输得出、稳得住、能致富", "效益指标", "社会效益指标"),
        ("黔南籍在外务工人员", "满意度指标", "服务对象满意度指标"),
        ("联系对接企业", "满意度指标", "服务对象满意度指标")]
    assert item.notes == {}
    seed = SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"
    # The goal's two lines above its label and two from it on; its line break after "作用。" shows
    # as a line ending short of the cell's width.
    assert item.table.goal == yaml.safe_load(seed.read_text(encoding="utf-8"))["goal"]
    found = _findings(DATA / "t01-libreoffice-layout.txt", "--text-input")
    assert found == _findings(seed)
    assert ("STR007", "/indicators/效益指标", "“效益指标”只有 1 条三级指标，建议至少 2 条。") in found
    assert not [f for f in found if f[0] == "VAL009"]


@pytest.mark.parametrize("name", ["officer-mine", "officer-fixed-space"])
def test_layout_text_with_unit_and_nature_columns_checks_as_its_workbook_does(name: str) -> None:
    """A department's form with 计量单位 and 指标性质 columns, saved as PDF: the text gave 9 errors
    where the workbook has 2 ("人" read as a name with the value "定量" …); now the same findings,
    and nothing guessed."""
    text = DATA / f"{name}-layout.txt"
    assert _findings(text, "--text-input") == _findings(DATA / f"{name}.xlsx")
    assert _notes(text) == []


def test_unit_and_nature_columns_are_the_rows_unit_and_nature() -> None:
    table = _table(DATA / "officer-mine-layout.txt").table
    rows = {i.name: (i.level1, i.level2, i.value, i.unit, i.nature) for i in table.indicators}
    assert list(rows) == ["培训农村劳动力人数", "开展培训班期数", "培训合格率", "培训质量", "培训完成时间",
                          "培训补贴资金", "场地租赁费", "培训后转移就业人数", "农村劳动力就业能力"]
    # A name wrapped around its row's line (培训农村劳动力人 / ≥1000 人 定量 / 数), a value around
    # its name's (2023年12月 / 培训完成时间 定量 / 底前).
    assert rows["培训农村劳动力人数"] == ("产出指标", "数量指标", "≥1000", "人", "定量")
    assert rows["开展培训班期数"] == ("产出指标", "数量指标", "10", "期", "定量")  # printed left of its column
    assert rows["培训完成时间"] == ("产出指标", "时效指标", "2023年12月底前", None, "定量")
    assert rows["培训补贴资金"] == ("产出指标", "成本指标", "≤15", "万元", "定量")
    assert rows["农村劳动力就业能力"] == ("效益指标", "社会效益指标", "有效提升", None, "定性")
    unit = table.span("/indicators/产出指标/数量指标/0/unit")
    assert (unit.line, unit.column) == (13, 38)  # the 人 on the row's middle line

    table = _table(DATA / "officer-fixed-space-layout.txt").table
    rows = {i.name: (i.value, i.unit, i.nature) for i in table.indicators}
    assert rows["培训质量"] == ("合格率 ≥95%", None, "定量")  # the space inside the cell kept
    assert rows["农村劳动力就业能力"] == ("就业率提高≥2个百分点", None, "定量")  # both wrapped
    assert ("满意度指标", "服务对象满意度指标") == (table.indicators[-1].level1, table.indicators[-1].level2)


def test_weights_aligned_right_and_notes_are_read_into_their_fields() -> None:
    """A narrow 权重 column of figures aligned right ends where the 备注 column starts."""
    item = _table(DATA / "t10-side-columns-libreoffice-layout.txt")
    written = yaml.safe_load((DATA / "t10-side-columns.yaml").read_text(encoding="utf-8"))
    expected = [(l1, l2, row["name"], str(row["value"]), row.get("unit"), row.get("nature"), row.get("weight"),
                 row.get("note")) for l1, blocks in written["indicators"].items() for l2, rows in blocks.items()
                for row in rows]
    read = [(i.level1, i.level2, i.name, i.value, i.unit, i.nature, None if i.weight is None else int(i.weight), i.note)
            for i in item.table.indicators]
    assert read == expected and item.notes == {}
    assert _findings(DATA / "t10-side-columns-libreoffice-layout.txt", "--text-input") == _findings(
        DATA / "t10-side-columns.yaml")


@pytest.mark.parametrize(("text", "seed"), [
    ("t05-libreoffice-layout-bottom.txt", "t05-liudong-renyuan-dangan.yaml"),  # labels at the bottom of their blocks
    ("t08-libreoffice-layout-top.txt", "t08-chuangye-danbao-tiexi.yaml"),  # at the top
    ("t10-libreoffice-layout-narrow.txt", "t10-jiuye-buzhu.yaml"),  # names and values wrapped, two pages
])
def test_layout_text_of_cells_set_otherwise_checks_as_the_table_does(text: str, seed: str) -> None:
    assert _findings(DATA / text, "--text-input") == _findings(SEED_DIR / seed)
    notes = _notes(DATA / text)
    if text.startswith("t10"):
        # the narrow layout loses two header lines printed above their labels (来源说明's value, the goal's first
        # line beside 财政拨款's): not read right yet, but no longer in silence: one note names both
        [note] = notes
        assert "第 10 行的“黔南州人社局2023年项目支出绩效目标批复表（附表7），种子表”" in note
        assert "第 15 行的“目标1：资金按规定用于职业培训补贴" in note and "未读取" in note
    else:
        assert notes == []


def test_plain_text_of_a_grid_with_unit_and_nature_columns_is_refused() -> None:
    """Plain pdftotext of the department's form: the header comes out label, value, label …, so
    the column-by-column check (labels in a run) did not see it, and the grid one cell per line,
    the 计量单位 and 指标性质 cells among the names and values: 7 made-up errors. Now one LOAD004."""
    result = read_text((DATA / "officer-mine-plain.txt").read_text(encoding="utf-8"), "mine.txt")
    assert result.tables == []
    [problem] = result.problems
    assert (problem.code, problem.line) == ("LOAD004", 20)  # 一级指标, the first heading on a line of its own
    assert "逐格提取" in problem.message_zh and "pdftotext -layout" in problem.message_zh
    assert "one cell per line" in problem.message_en and "pdftotext -layout" in problem.message_en
    report = _report(DATA / "officer-mine-plain.txt", "--text-input")
    assert [(f["rule_id"], f["line"], f["severity"]) for f in report] == [("LOAD004", 20, "error")]


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


# What a PDF cannot show: the seed's T17 has the value "成果显著 ", ending in a space, which no PDF
# text keeps (the YAML's REL007 on it cannot be found in the text, whose messages quote "成果显著").
_UNPRINTABLE = {"t17-wen-jiuye": ("“成果显著 ”", "“成果显著”")}


def _as_printed(findings: list[tuple[str, str, str]], seed: Path) -> list[tuple[str, str, str]]:
    if seed.stem not in _UNPRINTABLE:
        return findings
    written, printed = _UNPRINTABLE[seed.stem]
    return sorted((rule, pointer, message.replace(written, printed)) for rule, pointer, message in findings
                  if not (rule == "REL007" and written in message))


@pytest.fixture(scope="module")
def exported_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every seed exported, saved as PDF by LibreOffice (one run for all) and extracted with
    pdftotext -layout: seed name → text."""
    programs = _programs()
    if programs is None:
        pytest.skip("LibreOffice or pdftotext is not on PATH")
    soffice, pdftotext = programs
    folder = tmp_path_factory.mktemp("exported")
    for seed in SEEDS:
        assert run_ggtlint("export", seed, "-o", folder / f"{seed.stem}.xlsx").returncode == 0
    proc = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                           "--convert-to", "pdf", "--outdir", str(folder), *(str(folder / f"{seed.stem}.xlsx") for seed in SEEDS)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    texts = {}
    for seed in SEEDS:
        text = folder / f"{seed.stem}.txt"
        subprocess.run([pdftotext, "-layout", str(folder / f"{seed.stem}.pdf"), str(text)], check=True, timeout=60)
        texts[seed.stem] = text
    return texts


@pytest.mark.skipif(_programs() is None, reason="LibreOffice or pdftotext is not on PATH (Debian: apt-get install -y "
                                                "libreoffice-calc-nogui poppler-utils); no PDF is made")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: seed.stem)
def test_export_saved_as_pdf_and_extracted_checks_as_the_table_does(seed: Path, exported_texts: dict[str, Path]) -> None:
    """Each seed round-trips: YAML → ggtlint export → LibreOffice PDF → pdftotext -layout →
    check gives the YAML's findings (rows above their labels, goals above theirs, wrapped cells)."""
    text = exported_texts[seed.stem]
    pages = text.read_text(encoding="utf-8").count("\f")
    assert pages == 1  # one page wide: a grid split over two pages cannot be read back
    assert _findings(text, "--text-input") == _as_printed(_findings(seed), seed)
    assert _notes(text) == []

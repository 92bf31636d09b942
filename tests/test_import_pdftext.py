"""The PDF-text importer against the real seed: it must rebuild the 20 hand-made fixtures.

Every field is compared with the fixture except the places the importer marks as uncertain.
Those places are listed here explicitly (UNCERTAIN): a new guess, or a guess that went away,
fails the test, so uncertainty stays visible and few.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ggtlint.importers import content_of
from ggtlint.importers.pdftext import read_text
from ggtlint.load import load_file, load_text
from ggtlint.writer import NOTE_PREFIX, write_table

from conftest import SEED_DIR, SHARED, assert_bilingual_notes, run_ggtlint  # noqa: E402

SEED = SHARED / "seeds" / "000_65b3e8a41352e276.txt"
FIXTURES = sorted(SEED_DIR.glob("*.yaml"))

# Table number (1-based, as in the fixtures' T1…T20) → pointers the importer marks uncertain.
UNCERTAIN: dict[int, set[str]] = {
    # 附件2: "州级主管部门 黔南州人力资源和社会保障局 州财政局" (second column dropped), no 实施单位 row,
    # and a title without year or region (taken from the rest of the batch).
    2: {"/project/department", "/project/implementer", "/project/year", "/project/region"},
    # The header line printed twice with two readings of the category; the three 考试费用 rows
    # printed before the "成本指标" label and moved under it.
    7: {"/project/category", "/indicators/产出指标/成本指标/0", "/indicators/产出指标/成本指标/1",
        "/indicators/产出指标/成本指标/2"},
    10: {"/project/category"},  # "就业补助资金" and "就业补助资金-一般"
    18: {"/project/category"},  # as T7
}

# Only the tests that read the shared seed text need it; the others run everywhere.
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="the shared seed text (../shared/seeds) is not available")


@pytest.fixture(scope="module")
def imported():
    if not SEED.is_file():
        pytest.skip("the shared seed text (../shared/seeds) is not available")
    return read_text(SEED.read_text(encoding="utf-8"), str(SEED))


@pytest.fixture(scope="module")
def fixtures():
    tables = []
    for path in FIXTURES:
        source = load_file(path)
        assert len(source.tables) == 1, path
        tables.append(source.tables[0])
    return tables


def _expected(table) -> dict:
    content = content_of(table)
    # The fixtures write `code: null`; depending on the YAML parser in use the loader may hand
    # that back as the text "null". Either way it means "no code".
    if content["project"]["code"] == "null":
        content["project"]["code"] = None
    return content


def test_twenty_tables_and_no_problems(imported) -> None:
    assert len(imported.tables) == 20
    assert imported.problems == []
    assert len(FIXTURES) == 20


def test_uncertain_places_are_exactly_the_listed_ones(imported) -> None:
    found = {n: set(t.notes) for n, t in enumerate(imported.tables, start=1) if t.notes}
    assert found == UNCERTAIN
    assert sum(len(v) for v in found.values()) <= 12  # few, and each one explained
    assert assert_bilingual_notes(imported.tables) == sum(len(v) for v in UNCERTAIN.values())


@pytest.mark.parametrize("number", range(1, 21), ids=[f"T{n}" for n in range(1, 21)])
def test_table_matches_fixture(imported, fixtures, number: int) -> None:
    got_table = imported.tables[number - 1].table
    got, want = content_of(got_table), _expected(fixtures[number - 1])
    uncertain = UNCERTAIN.get(number, set())
    for section in ("project", "funds"):
        for key, expected in want[section].items():
            if f"/{section}/{key}" in uncertain:
                continue
            assert got[section][key] == expected, f"T{number} {section}.{key}"
    # Goal texts are rejoined paragraphs; only a trailing newline may differ.
    assert (got["goal"] or "").rstrip("\n") == (want["goal"] or "").rstrip("\n")
    got_rows = [(i.level1, i.level2, i.name, i.value) for i in got_table.indicators]
    want_rows = [row[:4] for row in want["indicators"]]
    assert len(got_rows) == len(want_rows)
    for indicator, got_row, want_row in zip(got_table.indicators, got_rows, want_rows):
        if indicator.pointer in uncertain:
            # Marked rows must still carry the right name and value; only the placement was a guess.
            assert got_row[2:] == want_row[2:]
            continue
        assert got_row == want_row, f"T{number} {indicator.pointer}"
    assert [(c[0], c[1]) for c in got["categories"]] == [(c[0], c[1]) for c in want["categories"]]


def test_uncertain_values_are_still_the_fixture_values(imported, fixtures) -> None:
    """The listed guesses happen to be right on the seed; this pins them down too."""
    t2 = content_of(imported.tables[1].table)
    assert t2["project"]["department"] == "黔南州人力资源和社会保障局"
    assert t2["project"]["implementer"] == "黔南州人力资源和社会保障局"
    assert t2["project"]["year"] == 2023 and t2["project"]["region"] == "黔南州"
    assert imported.tables[6].table.project.category == "特定目标-非税成本性支出项目"


def test_hard_cases(imported) -> None:
    t1, t2, t5, t17 = (imported.tables[i].table for i in (0, 1, 4, 16))
    values = {i.name: i.value for i in t1.indicators}
    assert values["高质量服务黔南籍在外务工人员"] == "达到要求服务质量水平"  # value wrapped over a blank line
    assert t2.funds.unit == "万元" and t2.funds.total is None and t2.funds.fiscal == Decimal("628")
    assert t2.funds.fiscal_sources == {"中央": Decimal("339"), "省级": Decimal("289")}
    assert [c.level2 for c in t2.categories][:3] == ["数量", "质量", "时效"]  # kept as printed
    assert t5.project.name == "2023年流动人员人事档案公共管理服务经费"  # name wrapped in the header
    assert [c.level2 for c in t17.categories if c.level1 == "产出指标"] == ["数量指标", "成本指标", "质量指标", "时效指标"]
    assert t17.goal.count("\n") == 4  # 目标1…目标4, one per line
    assert "成果显著 " in {i.value for i in t17.indicators}


def test_positions_point_at_the_seed_lines(imported) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    t1 = imported.tables[0].table
    span = t1.span("/project/name")
    assert "驻外劳务协作服务工作站办公经费" in lines[span.line - 1]
    first = t1.indicators[0]
    value_span = t1.span(first.value_pointer)
    assert lines[value_span.line - 1].strip() == "≥200人"
    assert lines[t1.span(first.name_pointer).line - 1].strip() == "对黔南籍在粤"
    t20 = imported.tables[19].table
    assert lines[t20.span("/funds/total").line - 1].strip() == "1,626,000.00"


def test_written_files_keep_the_notes_and_load_back(imported) -> None:
    item = imported.tables[6]
    text = write_table(item.table, item.note_texts())
    assert text.count(NOTE_PREFIX) == len(item.notes)
    source = load_text(text, "t07.yaml")
    assert content_of(source.tables[0]) == content_of(item.table)


# -- smaller texts -----------------------------------------------------------------------------

def test_text_without_a_table() -> None:
    result = read_text("这是一份通知。\n\n请各单位按时报送。\n", "note.txt")
    assert result.tables == []
    assert [p.code for p in result.problems] == ["LOAD004"]


MINI = """\
某县2024年项目支出绩效目标批复表
单位：元
特定目标-单位发展专项 培训经费
某县人力资源和社会保障局
某县人力资源和社会保障局
50,000.00
50,000.00
0.00
目标1：开展培训。
产出指标
数量指标 培训人数 ≥100人
质量指标
培训合格率 ≥90%
时效指标 完成时间 2024年12月31日前
培训费 ＝30000元
其他费用 ＝20000元
成本指标
项目或定额成本控制率 ＝100%
效益指标
社会效益指
标
就业能力提
升
明显提升
满意度指标 服务对象满意度指标 学员满意度 ≥90%
"""


def test_a_table_without_marker_and_with_labels_out_of_place() -> None:
    result = read_text(MINI, "mini.txt")
    assert len(result.tables) == 1
    item = result.tables[0]
    table = item.table
    assert (table.project.region, table.project.year, table.project.name) == ("某县", 2024, "培训经费")
    assert table.funds.total == Decimal("50000.00")
    rows = [(i.level2, i.name, i.value) for i in table.indicators]
    assert ("成本指标", "培训费", "＝30000元") in rows and ("成本指标", "其他费用", "＝20000元") in rows
    assert ("社会效益指标", "就业能力提升", "明显提升") in rows  # wrapped label and wrapped name
    moved = [p for p, reason in item.notes.items() if "成本指标" in reason.message_zh]
    assert len(moved) == 2


def test_amounts_that_do_not_add_up_are_marked() -> None:
    text = MINI.replace("50,000.00\n50,000.00\n0.00", "50,000.00\n40,000.00\n0.00")
    notes = read_text(text, "mini.txt").tables[0].notes
    assert {"/funds/total", "/funds/fiscal", "/funds/other"} <= set(notes)


def test_unrecognised_value_is_marked_not_dropped() -> None:
    text = MINI.replace("培训合格率 ≥90%", "培训效果 良好且持续")
    item = read_text(text, "mini.txt").tables[0]
    row = next(i for i in item.table.indicators if i.name == "培训效果")
    assert row.value == "良好且持续"
    assert row.value_pointer in item.notes


LABELLED = """\
附件2：
项目绩效目标表
单位（盖章）：        项目编码：P-7
项目名称 测试项目
主管部门 某局
实施单位 某中心
资金规模（万元）
年度资金总额 10
财政拨款 10
年度总体目标 目标1：甲乙丙
丁。
一级指标 二级指标 三级指标 指标值
产出 数量 人数 ≥ 10人
满意度指标 服务对象满意度指标 满意度 ≥90%
"""


def test_labelled_layout_inline_goal_and_bare_labels() -> None:
    item = read_text(LABELLED, "l.txt").tables[0]
    table = item.table
    assert (table.project.name, table.project.code, table.project.department, table.project.implementer) == (
        "测试项目", "P-7", "某局", "某中心")
    assert table.funds.unit == "万元" and table.funds.total == Decimal(10)
    assert table.goal == "目标1：甲乙丙丁。\n"
    rows = [(i.level1, i.level2, i.name, i.value) for i in table.indicators]
    # "产出 数量" are labels (start of line, after a 一级); the "满意度" after a 二级 label is a name.
    assert rows == [("产出", "数量", "人数", "≥ 10人"), ("满意度指标", "服务对象满意度指标", "满意度", "≥90%")]
    assert item.notes == {}


def test_fund_sources_with_the_amount_on_the_label_line() -> None:
    """"中央资金：339" used to end the run with an internal error."""
    text = LABELLED.replace("财政拨款 10\n", "财政拨款 10\n中央资金：6\n省级财政资金 4\n")
    item = read_text(text, "l.txt").tables[0]
    assert item.table.funds.fiscal_sources == {"中央": Decimal(6), "省级": Decimal(4)}
    assert item.notes == {}


def test_grid_column_headings_beyond_the_four_are_dropped() -> None:
    """计量单位 / 指标性质 / 权重（%） in the grid header are headings, not an indicator row."""
    text = LABELLED.replace("一级指标 二级指标 三级指标 指标值", "一级指标 二级指标 三级指标名称 年度目标值 计量单位 指标性质 权重（%）")
    item = read_text(text, "l.txt").tables[0]
    assert [i.name for i in item.table.indicators] == ["人数", "满意度"]
    assert item.notes == {}


def test_a_footer_ends_the_grid() -> None:
    text = MINI + "填报人：张三 联系电话：0854-1234567\n"
    text = text.replace("满意度指标 服务对象满意度指标 学员满意度 ≥90%",
                        "满意度指标 服务对象满意度指标 学员满意度 ≥90%\n负责人员满意度 ≥95%")
    item = read_text(text, "mini.txt").tables[0]
    names = [i.name for i in item.table.indicators]
    assert names[-2:] == ["学员满意度", "负责人员满意度"]  # a name may start like a footer label
    assert not any("填报人" in i.name or "联系电话" in i.value for i in item.table.indicators)
    assert all("联系电话" not in note.message_zh for note in item.notes.values())


@pytest.mark.parametrize("goal_line", ["年度总体目标：目标1：甲乙丙", "年度总体目标:目标1：甲乙丙", "年度总体目标 目标1：甲乙丙"])
def test_goal_printed_after_its_label_keeps_its_first_line(goal_line: str) -> None:
    """"年度总体目标：目标1：…" with no space after the colon is one fragment; the goal's first
    line used to be cut off with the label, silently."""
    item = read_text(LABELLED.replace("年度总体目标 目标1：甲乙丙", goal_line), "l.txt").tables[0]
    assert item.table.goal == "目标1：甲乙丙丁。\n"
    assert item.table.span("/goal").line == 10
    assert item.notes == {}


def test_an_unknown_framework_is_left_out_and_a_source_kept() -> None:
    """指标体系 only names a framework ggtlint knows; 来源说明 replaces the generated source."""
    text = LABELLED.replace("实施单位 某中心\n", "实施单位 某中心\n指标体系 新体系\n来源说明 某局公开文件\n")
    item = read_text(text, "l.txt").tables[0]
    assert item.table.project.framework is None
    assert item.table.source == "某局公开文件"
    assert item.table.project.implementer == "某中心"


def test_a_bare_performance_target_heading_is_a_section_title() -> None:
    """In a workbook a 绩效目标 cell labels the goal; in PDF text the word printed alone (here
    down the merged left-hand cell) is the title over goal and indicators, not a label."""
    text = LABELLED.replace("一级指标 二级指标 三级指标 指标值", "绩\n效\n目\n标\n一级指标 二级指标 三级指标 指标值")
    table = read_text(text, "l.txt").tables[0].table
    assert table.goal == "目标1：甲乙丙丁。\n"
    assert [i.name for i in table.indicators] == ["人数", "满意度"]


def test_every_note_has_an_english_text() -> None:
    texts = [MINI, MINI.replace("50,000.00\n50,000.00\n0.00", "50,000.00\n40,000.00\n0.00"),
             MINI.replace("培训合格率 ≥90%", "培训效果 良好且持续"), MINI.replace("单位：元\n", ""),
             LABELLED.replace("主管部门 某局\n实施单位 某中心\n", "主管部门 某局 某财政局\n")]
    seen = sum(assert_bilingual_notes(read_text(text, "mini.txt").tables) for text in texts)
    assert seen >= 15


# -- the command line --------------------------------------------------------------------------

_run = run_ggtlint


@needs_seed
def test_check_text_input_points_at_the_text_lines(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    done = _run("check", "--text-input", "seed.txt", "--no-color", cwd=tmp_path)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr  # the seed has real errors (e.g. T2 has no 成本 indicator)
    assert "LOAD013" in done.stdout and "VAL001" in done.stdout
    assert " │ 达到要求服务质量水" in done.stdout  # the source line of the text is shown


def test_import_notes_follow_lang(tmp_path: Path) -> None:
    (tmp_path / "mini.txt").write_text(MINI, encoding="utf-8")
    english = _run("check", "--text-input", "mini.txt", "--no-color", "--exit-zero", "--lang", "en", cwd=tmp_path)
    assert "Uncertain import: The text prints this row before the" in english.stdout
    assert "因指标值是金额，归入" not in english.stdout
    chinese = _run("check", "--text-input", "mini.txt", "--no-color", "--exit-zero", cwd=tmp_path)
    assert "导入时不确定：原文中此行印在" in chinese.stdout
    listed = _run("import", "mini.txt", "-o", "out", "--lang", "en", cwd=tmp_path)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert "[lines 1–25]" in listed.stdout and "filed under" in listed.stdout
    assert "因指标值是金额，归入" not in listed.stdout
    # The written file is the Chinese table: its comments stay Chinese.
    written = next((tmp_path / "out").glob("*.yaml")).read_text(encoding="utf-8")
    assert "因指标值是金额，归入" in written


def test_text_with_binary_data_is_reported_as_such_in_both_languages(tmp_path: Path) -> None:
    """A NUL byte past the first 4 KiB reaches the text decoder: the file is binary, not a text
    in an unknown encoding (the English message used to say the latter)."""
    (tmp_path / "scan.txt").write_bytes(MINI.encode("utf-8") * 20 + b"\x00binary")
    chinese = _run("import", "scan.txt", "-o", "out", cwd=tmp_path)
    assert chinese.returncode == 1 and "LOAD" not in chinese.stdout
    assert "文件是二进制数据" in chinese.stdout and "编码" not in chinese.stdout
    english = _run("import", "scan.txt", "-o", "out", "--lang", "en", cwd=tmp_path)
    assert english.returncode == 1
    assert "The file is binary data" in english.stdout
    assert "encoding" not in english.stdout and "NUL" not in english.stdout


@needs_seed
def test_txt_is_only_read_as_pdf_text_when_asked(tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    plain = _run("check", ".", "--no-color", "--exit-zero", cwd=tmp_path)
    assert "0 个文件" in plain.stdout or "0 files" in plain.stdout
    named = _run("check", "seed.txt", "--format", "json", cwd=tmp_path)  # named, but without --text-input
    [finding] = json.loads(named.stdout)["findings"]
    # (its words are a table's: whatever the parser would make of it, it is PDF text to read with --text-input)
    assert finding["rule_id"] == "LOAD009" and "需加 --text-input 才按绩效目标表读取" in finding["message_zh"]
    assert finding["message_en"] == "The file is text extracted from a PDF: check it with --text-input to read it as a table."
    asked = _run("check", ".", "--text-input", "--no-color", "--exit-zero", cwd=tmp_path)
    assert "20 张表" in asked.stdout


@needs_seed
def test_import_command_writes_one_file_per_table(tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    done = _run("import", "seed.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    written = sorted((tmp_path / "out").glob("*.yaml"))
    assert len(written) == 20
    assert "共导入 20 张表，10 处不确定" in done.stdout
    # each uncertain field is named as the table names it, not by its data path
    assert "      产出指标 › 成本指标 › 第 1 条：原文中此行印在" in done.stdout
    assert "      项目信息 › 预算年度：本表标题没有年度" in done.stdout
    assert "/indicators/" not in done.stdout and "/project/" not in done.stdout
    t07 = (tmp_path / "out" / "2023年人事考试专项经费.yaml").read_text(encoding="utf-8")
    assert t07.count(NOTE_PREFIX) == 4
    again = _run("import", "seed.txt", "-o", "out", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stdout
    forced = _run("import", "seed.txt", "-o", "out", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    checked = _run("check", "out", "--no-color", "--exit-zero", cwd=tmp_path)
    assert "20 个文件、20 张表" in checked.stdout

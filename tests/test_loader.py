"""The loader: encodings, positions in code points on Chinese lines, and shape findings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ggtlint.load import load_file, load_text

from conftest import BAD_DIR, SEED_DIR

TABLE = """\
version: 1
project:
  name: 人才引进专项资金
  department: 某市人社局
  implementer: 某市人才中心
  year: 2023
funds:
  unit: 元
  total: "1,600,000.00"
  fiscal: 1600000
goal: |
  目标1：引进人才。
  目标2：服务企业。
indicators:
  产出指标:
    质量指标:
      - name: 准确提供引才岗位信息
        value: 准确提供
"""


def test_positions_are_code_points_on_chinese_lines() -> None:
    source = load_text(TABLE, "t.yaml")
    table = source.tables[0]
    assert source.findings == []
    # "        value: 准确提供" — the value starts after 15 ASCII characters, is 4 hanzi long.
    span = table.span("/indicators/产出指标/质量指标/0/value")
    assert (span.line, span.column, span.end_line, span.end_column) == (18, 16, 18, 20)
    name = table.span("/indicators/产出指标/质量指标/0/name")
    assert (name.line, name.column, name.end_column) == (17, 15, 15 + len("准确提供引才岗位信息"))
    key = table.key_span("/indicators/产出指标")
    assert (key.line, key.column, key.end_column) == (15, 3, 3 + len("产出指标"))


def test_rule_finding_points_at_the_value_after_hanzi(engine) -> None:  # type: ignore[no-untyped-def]
    result = engine.check_source(load_text(TABLE, "t.yaml"))
    vague = [f for f in result.findings if f.rule_id == "VAL001"]
    assert len(vague) == 1
    f = vague[0]
    assert (f.line, f.column, f.end_line, f.end_column) == (18, 16, 18, 20)
    assert result.lines[18][f.column - 1:f.end_column - 1] == "准确提供"


def test_amounts_with_thousands_separators_and_exact_value_text() -> None:
    table = load_text(TABLE, "t.yaml").tables[0]
    assert str(table.funds.total) == "1600000.00"
    assert table.indicators[0].value == "准确提供"
    assert table.goal == "目标1：引进人才。\n目标2：服务企业。\n"


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""),
                                          ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(bom + TABLE.encode(encoding))
    source = load_file(path)
    assert source.findings == []
    assert source.tables[0].project.name == "人才引进专项资金"
    assert source.tables[0].span("/indicators/产出指标/质量指标/0/value").column == 16


def test_gbk_fixture_loads() -> None:
    source = load_file(BAD_DIR / "gbk-encoded.yaml")
    assert source.encoding == "gb18030"
    assert source.tables and not [f for f in source.findings if f.rule_id.startswith("LOAD")]


EXPECTED_BAD = {
    "broken.yaml": {"LOAD003"},
    "empty.yaml": {"LOAD007"},
    "not-a-table.yaml": {"LOAD004"},
    "scalar.yaml": {"LOAD004"},
    "list.json": {"LOAD004"},
    "wrong-types.yaml": {"LOAD005", "LOAD006"},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_BAD))
def test_bad_fixtures_become_findings(name: str) -> None:
    source = load_file(BAD_DIR / name, name)
    codes = {f.rule_id for f in source.findings}
    assert EXPECTED_BAD[name] <= codes
    for finding in source.findings:
        assert finding.message_zh and finding.message_en
        assert finding.line >= 1 and finding.column >= 1


def test_syntax_error_position() -> None:
    source = load_file(BAD_DIR / "broken.yaml")
    [finding] = source.findings
    assert finding.rule_id == "LOAD003"
    assert finding.line == 8


def test_wrong_types_are_reported_with_positions() -> None:
    source = load_file(BAD_DIR / "wrong-types.yaml")
    by_path = {f.path: f for f in source.findings}
    assert "/fund" in by_path and by_path["/fund"].rule_id == "LOAD006"
    assert "funds" in by_path["/fund"].message_zh  # suggests the right key
    types = [f for f in source.findings if f.rule_id == "LOAD005"]
    assert {f.path for f in types} >= {"/project/year", "/funds/total"}


@pytest.mark.parametrize(("written", "field"), [
    ("  预算年度: 2025", "year"), ("  budget_year: 2025", "year"), ("  项目名称: 城乡居民养老保险补贴", "name"),
    ("  主管部门: 某县人社局", "department"), ("  实施单位: 某县社保中心", "implementer"),
])
def test_a_field_written_in_other_words_is_named(written: str, field: str) -> None:
    """A key in the printed table's words or a developer's (预算年度, budget_year): the message names the key."""
    text = TABLE.replace("project:\n", "project:\n" + written + "\n", 1)
    [unknown] = [f for f in load_text(text, "t.yaml").findings if f.rule_id == "LOAD006"]
    assert f"这一栏在目标文件中写作“{field}”" in unknown.message_zh
    assert f"the format writes this field as '{field}'" in unknown.message_en


def test_an_indicators_fields_in_the_printed_tables_words_are_named() -> None:
    text = TABLE + "    数量指标:\n      - {指标名称: 培训人数, 指标值: ≥200人, 分值: 10, 计量单位: 人}\n"
    named = {f.value: f.message_zh for f in load_text(text, "t.yaml").findings if f.rule_id == "LOAD006"}
    assert {key: message.rsplit("写作", 1)[-1] for key, message in named.items()} == {
        "指标名称": "“name”。", "指标值": "“value”。", "分值": "“weight”。", "计量单位": "“unit”。"}


def test_a_key_naming_no_field_or_a_spelling_slip_is_told_as_before() -> None:
    text = TABLE.replace("project:\n", "project:\n  备注说明: 无\n  departmnt: 某县人社局\n", 1)
    told = {f.value: f.message_zh for f in load_text(text, "t.yaml").findings if f.rule_id == "LOAD006"}
    assert told == {"备注说明": "未知字段“备注说明”，其内容不会被检查。",
                    "departmnt": "未知字段“departmnt”，其内容不会被检查；是否应为“department”？"}


def test_duplicate_keys_and_unsafe_tags() -> None:
    text = TABLE + "  产出指标:\n    数量指标: []\n"
    source = load_text(text, "dup.yaml")
    assert [f.rule_id for f in source.findings] == ["LOAD011"]
    tagged = TABLE.replace("name: 人才引进专项资金", "name: !!python/object/apply:os.system ['true']")
    source = load_text(tagged, "tag.yaml")
    assert "LOAD010" in {f.rule_id for f in source.findings}


def test_multi_document_files_keep_every_table() -> None:
    source = load_text(TABLE + "---\n" + TABLE.replace("人才引进专项资金", "第二个项目"), "multi.yaml")
    assert [t.project.name for t in source.tables] == ["人才引进专项资金", "第二个项目"]
    assert source.tables[1].document == 1
    assert source.tables[1].span("/project/name").line == 22


def test_every_seed_fixture_loads_without_findings() -> None:
    for path in sorted(SEED_DIR.glob("*.yaml")):
        source = load_file(path)
        assert source.findings == [], path.name
        assert len(source.tables) == 1


def test_a_list_where_fields_belong_is_named_as_it_was_written() -> None:
    """'实际是列表' alone does not tell a budget officer what to look for: the message says how the
    list was written, with "-" lines or in square brackets."""
    from ggtlint.load import load_text

    block = load_text("project:\n  - 测试项目\n", "t.yaml").findings
    flow = load_text("project: [测试项目]\n", "t.yaml").findings
    assert [f.message_zh for f in block if f.rule_id == "LOAD005" and f.path == "/project"] == ["“项目信息”（project）应为一组“字段: 值”行，实际是以“-”开头的列表。"]
    assert [f.message_zh for f in flow if f.rule_id == "LOAD005" and f.path == "/project"] == ["“项目信息”（project）应为一组“字段: 值”行，实际是方括号 [ ] 写成的列表。"]


@pytest.mark.parametrize("name,data,words", [
    ("a.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x00", "--text-input"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "另存为 .xlsx"),
    ("a.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml\x00\x00\x00", "Word 文档"),
    # their bytes read as text: named by what the name says (they were an encoding error, a YAML
    # directive and "not a table", with advice about Notepad)
    ("text.pdf", b"%PDF-1.4 1 0 obj", "--text-input"),
    ("text.xls", "项目名称\t就业补助".encode("gbk") + b"\x81", "另存为 .xlsx"),
    ("text.docx", b"x", "Word 文档"),
    ("table.et", b"abc", "WPS"),
])
def test_a_file_of_another_kind_is_named_with_what_to_do(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    """A PDF, an old .xls or a Word file named on the command line: LOAD009 says what it is and
    how to get a table out of it, not only "binary data"."""
    path = tmp_path / name
    path.write_bytes(data)
    [finding] = load_file(path, name).findings
    assert finding.rule_id == "LOAD009" and words in finding.message_zh, finding.message_zh
    assert "binary data" not in finding.message_en


@pytest.mark.parametrize("line,written,key", [
    (18, "  total：300000.00", "total"),  # the parser complains on the next line ("missing ':'")
    (26, "    数量指标：", "数量指标"),  # ... or a line on ("mapping values are not allowed")
    (27, "      - name：对黔南籍在粤务工人员进行走访慰问", "name"),
])
def test_a_full_width_colon_is_named_on_its_own_line(line: int, written: str, key: str) -> None:
    """What a Chinese input method types after a key: the error is told where it is, with the fix."""
    from ggtlint.load import load_text

    lines = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8").splitlines()
    lines[line - 1] = written
    [finding] = [f for f in load_text("\n".join(lines) + "\n", "t.yaml").findings if f.rule_id == "LOAD003"]
    assert (finding.line, finding.column) == (line, written.index("：") + 1)
    assert f"“{key}：”用了全角冒号“：”，应改为半角冒号“:”并在后面加一个空格" in finding.message_zh
    assert f"'{key}：' has a full-width colon" in finding.message_en


def test_a_full_width_colon_in_text_is_not_blamed_for_another_error() -> None:
    """A full-width colon inside a goal is text: an unclosed bracket further down is told as itself."""
    from ggtlint.load import load_text

    [finding] = load_text("goal: |\n  今年：完成任务\nproject: [\n", "t.yaml").findings
    assert finding.rule_id == "LOAD003" and "全角" not in finding.message_zh

def test_a_syntax_error_is_told_in_plain_english_too() -> None:
    """The English message said only PyYAML's words ("while parsing a block mapping: did not find
    expected key"); now the same plain words as the Chinese, with the parser's after them."""
    [finding] = load_file(BAD_DIR / "broken.yaml", "broken.yaml").findings
    assert finding.rule_id == "LOAD003" and "缩进不一致或缺少字段名" in finding.message_zh
    assert "inconsistent indentation or a missing field name (parser: " in finding.message_en


@pytest.mark.parametrize("name,data,words", [
    ("a.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "pdftotext -layout"),
    ("old.xls", b"abc", "另存为 .xlsx"),
    ("a.docx", b"x", "Word 文档"),
])
def test_import_of_a_file_of_another_kind_says_what_to_do(name: str, data: bytes, words: str) -> None:
    """ggtlint import a.pdf said "no table in the text", as if the PDF had been read."""
    from ggtlint.importers import import_bytes

    [problem] = import_bytes(data, name, suffix=Path(name).suffix).problems
    assert problem.code == "LOAD009" and words in problem.message_zh, problem.message_zh


def test_pdf_text_named_without_text_input_says_to_add_it(tmp_path: Path) -> None:
    """pdftotext output named alone was a YAML syntax error (U+000C, the page break) with advice
    about indentation; in a folder it was already named as PDF text."""
    sample = Path(__file__).parent / "data" / "pdftext" / "officer-fixed-space-layout.txt"
    (tmp_path / "批复表.txt").write_bytes(sample.read_bytes())
    [finding] = load_file(tmp_path / "批复表.txt", "批复表.txt").findings
    assert finding.rule_id == "LOAD009" and "--text-input" in finding.message_zh
    (tmp_path / "readme.txt").write_text("hello\n", encoding="utf-8")
    assert [f.rule_id for f in load_file(tmp_path / "readme.txt", "readme.txt").findings] == ["LOAD004"]

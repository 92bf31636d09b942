"""YAML slips a budget officer makes, told on their own line in words the officer can act on.

Each case is a real seed table changed the way an officer changed it in review (a ">=" typed for
"≥", a Tab, a full-width space, an unclosed quote, a second table pasted in …); the message,
its line and its column are what the officer reads.
"""

from __future__ import annotations

import pytest

from ggtlint.findings import Finding
from ggtlint.load import load_text

from conftest import SEED_DIR

SEED = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
SECOND = (SEED_DIR / "t02-sanzhi-yifu-buzhu-2022.yaml").read_text(encoding="utf-8")
LINES = SEED.splitlines()


def edited(line: int, written: str) -> str:
    """The seed with line ``line`` (1-based) replaced by ``written``, as the officer typed it."""
    lines = list(LINES)
    lines[line - 1] = written
    return "\n".join(lines) + "\n"


def only(text: str, rule_id: str) -> Finding:
    """The one finding ``rule_id`` of ``text``'s load."""
    found = [f for f in load_text(text, "t.yaml").findings if f.rule_id == rule_id]
    assert len(found) == 1, [(f.rule_id, f.line, f.message_zh) for f in found]
    return found[0]


def test_the_seed_lines_edited_below_are_the_ones_expected() -> None:
    assert LINES[27] == "        value: ≥200人"
    assert LINES[28] == "      - name: 组织各县市驻外劳务协作站召开工作会议"
    assert LINES[29] == "        value: ＝2次"
    assert LINES[17] == "  total: 300000.00"


# -- 1. a value that starts with one of YAML's symbols ---------------------------------------


@pytest.mark.parametrize("line,value,symbol,alternative", [
    (28, ">=200人", ">", "或改用符号“≥”（如 value: ≥200人）"),  # ">=" is how people type ≥
    (28, ">200人", ">", "或改用全角“＞”（如 value: ＞200人）"),
    (30, "*按实际*", "*", ""),  # an alias to YAML
    (30, "*ab", "*", ""),  # an alias to YAML, defined nowhere
    (30, "!2次", "!", ""),  # a tag to YAML
    (30, "- ≥2次", "-", "或删去开头的“- ”（如 value: ≥2次）"),
    (30, "@2次", "@", ""),  # said "often a Tab" before
    (30, "`2次", "`", ""),
    (30, "|2次", "|", ""),
    (30, "%2次", "%", ""),
    (30, "&2次", "&", ""),
    (30, "[2次", "[", ""),  # the parser fails a line further down
])
def test_a_value_starting_with_a_yaml_symbol_is_told_to_be_quoted(line: int, value: str, symbol: str,
                                                                   alternative: str) -> None:
    finding = only(edited(line, f"        value: {value}"), "LOAD003")
    assert (finding.line, finding.column) == (line, 16)
    assert f"值“{value}”以“{symbol}”开头" in finding.message_zh
    assert f"以“>”“*”“!”“@”等符号开头的值要加引号（如 value: \"{value}\"）" in finding.message_zh
    if alternative:
        assert alternative in finding.message_zh
    else:  # nothing to write instead of quoting: no alternative offered
        assert "或改用" not in finding.message_zh and "或删去" not in finding.message_zh
    assert "Tab" not in finding.message_zh and "while scanning" not in finding.message_zh
    assert f"the value '{value}' starts with '{symbol}'" in finding.message_en
    assert "(parser: " in finding.message_en  # the parser's own words stay in the English


def test_a_value_with_a_comment_is_quoted_without_it() -> None:
    finding = only(edited(28, "        value: >=200人  # 去年 180 人"), "LOAD003")
    assert '（如 value: ">=200人"）' in finding.message_zh


def test_a_quoted_value_with_a_leading_symbol_is_read_as_written() -> None:
    """What the message advises works: the quoted value is the text, with no finding."""
    source = load_text(edited(28, '        value: ">=200人"'), "t.yaml")
    assert not [f for f in source.findings if f.rule_id.startswith("LOAD")]
    assert source.tables[0].indicators[0].value == ">=200人"


def test_a_block_text_header_is_not_blamed_for_an_error_below_it() -> None:
    """``goal: |`` is right: a broken line inside the file is told as itself."""
    finding = only(SEED.replace("  total: 300000.00", "  total:300000.00"), "LOAD003")
    assert finding.line == 18 and "“total:”后缺空格" in finding.message_zh
    assert "goal" not in finding.message_zh


def test_a_tag_like_value_that_parses_says_how_to_keep_it() -> None:
    finding = only(edited(30, "        value: !abc"), "LOAD010")
    assert "如果“!”是值的一部分，请给整个值加引号（如 \"!abc\"）" in finding.message_zh


# -- 2. a Tab --------------------------------------------------------------------------------


@pytest.mark.parametrize("line,written,shown", [
    (29, "\t  - name: 组织各县市驻外劳务协作站召开工作会议", "⇥  - name: 组织各县市驻外劳务协作站召…"),
    (31, "\t质量指标:", "⇥质量指标:"),
    (28, "\t\tvalue: ≥200人", "⇥⇥value: ≥200人"),
    (30, "    \t  value: ＝2次", "⇥  value: ＝2次"),
])
def test_a_tab_is_named_with_its_line_and_made_visible(line: int, written: str, shown: str) -> None:
    finding = only(edited(line, written), "LOAD003")
    assert (finding.line, finding.column) == (line, written.index("\t") + 1)
    assert f"第 {line} 行有 Tab 制表符（“{shown}”中的“⇥”）" in finding.message_zh
    assert "请把 Tab 换成空格" in finding.message_zh
    assert f"line {line} has a Tab" in finding.message_en and "(parser: " in finding.message_en


def test_a_tab_after_a_colon_is_no_error() -> None:
    """YAML takes a Tab as the blank after a colon: nothing to report."""
    source = load_text(edited(30, "        value:\t＝2次"), "t.yaml")
    assert not [f for f in source.findings if f.rule_id == "LOAD003"]


# -- 3. a slip told on the line after it, or as another cause ----------------------------------


def test_no_space_after_a_colon_is_told_on_its_own_line() -> None:
    """Was "缺少冒号" on line 31."""
    finding = only(edited(30, "        value:＝2次"), "LOAD003")
    assert (finding.line, finding.column) == (30, 15)
    assert "“value:”后缺空格：冒号后要加一个空格，如 value: ＝2次" in finding.message_zh
    assert "a space is missing after 'value:'" in finding.message_en


def test_a_full_width_space_after_a_colon_is_named() -> None:
    """Was "缺少冒号" on line 29."""
    finding = only(edited(28, "        value:\u3000≥200人"), "LOAD003")
    assert (finding.line, finding.column) == (28, 15)
    assert "“value:”后面是全角空格“　”：冒号后要用半角空格" in finding.message_zh
    assert "full-width space (U+3000)" in finding.message_en


@pytest.mark.parametrize("written,column", [
    ("      \u3000value: ≥200人", 7),  # was "列表项缩进不一致"
    ("\u3000\u3000\u3000\u3000value: ≥200人", 1),  # was "mapping values are not allowed" on line 29
])
def test_a_full_width_space_in_the_indentation_is_named(written: str, column: int) -> None:
    finding = only(edited(28, written), "LOAD003")
    assert (finding.line, finding.column) == (28, column)
    assert "缩进中有全角空格“　”" in finding.message_zh
    assert "full-width space (U+3000" in finding.message_en


def test_a_full_width_space_before_a_key_that_parses_is_named() -> None:
    finding = only(edited(6, "  \u3000name: 驻外劳务协作服务工作站办公经费"), "LOAD006")
    assert "字段名“　name”前后多了全角空格“　”" in finding.message_zh and "写成“name”" in finding.message_zh


@pytest.mark.parametrize("line,written,quote,example", [
    (30, '        value: "＝2次', '"', 'value: "＝2次"'),  # was told at a comment three lines down
    (30, "        value: '≥2次", "'", "value: '≥2次'"),  # was told past the end of the file
    (6, '  name: "驻外劳务协作服务工作站办公经费', '"', 'name: "驻外劳务协作服务工作站办…"'),
])
def test_an_unclosed_quote_is_told_where_it_opens(line: int, written: str, quote: str, example: str) -> None:
    finding = only(edited(line, written), "LOAD003")
    assert (finding.line, finding.column) == (line, written.index(quote) + 1)
    assert f"引号“{quote}”没有闭合：值的结尾要用同样的引号收尾（如 {example}）" in finding.message_zh
    assert f"the quote {quote} is never closed" in finding.message_en


@pytest.mark.parametrize("written,words", [
    ("      -name: 组织各县市驻外劳务协作站召开工作会议", "列表项的“-”后缺空格"),
    ("      — name: 组织各县市驻外劳务协作站召开工作会议", "列表项开头用了“—”（中文破折号或全角减号）：应为半角减号“-”加一个空格"),
    ("      － name: 组织各县市驻外劳务协作站召开工作会议", "列表项开头用了“－”"),
])
def test_a_list_dash_without_a_space_or_a_chinese_dash_is_named(written: str, words: str) -> None:
    """Was "列表项缩进不一致"."""
    finding = only(edited(29, written), "LOAD003")
    assert (finding.line, finding.column) == (29, 7)
    assert words in finding.message_zh and "如 - name: " in finding.message_zh
    assert "缩进不一致" not in finding.message_zh


def test_a_slip_that_is_none_of_these_keeps_the_plain_words() -> None:
    finding = only(edited(30, "      value: ＝2次"), "LOAD003")  # really a wrong indentation
    assert "缩进" in finding.message_zh and "(parser: " in finding.message_en


# -- 4. a repeated key, and a second table pasted in without "---" ----------------------------


def test_a_repeated_key_says_the_first_is_read() -> None:
    text = SEED.replace("  other: 0.00\n", "  other: 0.00\n  total: 100.00\n")
    source = load_text(text, "t.yaml")
    [finding] = [f for f in source.findings if f.rule_id == "LOAD011"]
    assert finding.line == 21
    assert finding.message_zh == ("“total”在同一层重复出现（第 18 行已有）：只读取第 18 行的内容，"
                                  "这里的内容被忽略，没有检查。请合并成一处或删去一处。")
    assert "only line 18's is read; this one is ignored" in finding.message_en
    assert str(source.tables[0].funds.total) == "300000.00"  # what the message says: the first


def test_two_tables_without_a_separator_are_said_once() -> None:
    text = SEED + SECOND
    second_start = len(SEED.splitlines()) + SECOND.splitlines().index("version: 1") + 1
    source = load_text(text, "t.yaml")
    [finding] = [f for f in source.findings if f.rule_id == "LOAD011"]  # not one per section
    assert finding.line == second_start
    assert f"从第 {second_start} 行起像是第二张绩效目标表" in finding.message_zh
    assert "第二张表没有被检查" in finding.message_zh and "单独加一行 ---" in finding.message_zh
    assert "the second was not checked" in finding.message_en
    assert finding.suggestion_zh is not None and "---" in finding.suggestion_zh
    assert len(source.tables) == 1


def test_a_section_only_the_second_table_has_is_not_read_into_the_first() -> None:
    """The first table lacks its funds; the second, pasted below with no ---, has them: they are
    the second table's, not the first's (its 628万元 were read as the first table's funds)."""
    start, end = SEED.index("\nfunds:\n") + 1, SEED.index("\ngoal:")
    without_funds = SEED[:start] + SEED[end + 1:]
    assert "funds:" not in without_funds and "\nfunds:" in SECOND
    [table] = load_text(without_funds + SECOND, "t.yaml").tables
    assert table.funds.total is None and table.funds.fiscal_sources == {}
    assert table.project.name in SEED


def test_two_tables_with_a_separator_are_both_read() -> None:
    source = load_text(SEED + "---\n" + SECOND, "t.yaml")
    assert not [f for f in source.findings if f.rule_id == "LOAD011"]
    assert len(source.tables) == 2


def test_one_repeated_section_is_not_taken_for_a_second_table() -> None:
    text = SEED + "goal: 重复的目标\n"
    [finding] = [f for f in load_text(text, "t.yaml").findings if f.rule_id == "LOAD011"]
    assert "“goal”在同一层重复出现" in finding.message_zh


# -- 5. an amount written with 万 or 元 ------------------------------------------------------


@pytest.mark.parametrize("unit_line,total,advice", [
    ("  unit: 元", "30万", "写数字 total: 300000（表中 unit: 元），或把 unit 改为 万元 并写 total: 30"),
    ("", "30万元", "写数字 total: 300000（按元），或在 funds 下加一行 unit: 万元 并写 total: 30。"),
    ("  unit: 万元", "30万", "表中已写 unit: 万元，金额只写数字：total: 30。"),
    ("  unit: 元", "1.5万", "写数字 total: 15000（表中 unit: 元）"),
    ("  unit: 元", "300000元", "去掉“元”，只写数字：total: 300000"),
])
def test_an_amount_in_wan_says_what_to_write(unit_line: str, total: str, advice: str) -> None:
    text = SEED.replace("  unit: 元\n", unit_line + "\n" if unit_line else "").replace(
        "  total: 300000.00", f"  total: {total}")
    finding = only(text, "LOAD005")
    assert finding.path == "/funds/total"
    assert f"实际是文本“{total}”：金额只写数字，单位（元或万元）写在 funds 的 unit 中" in finding.message_zh
    assert finding.suggestion_zh is not None and advice in finding.suggestion_zh
    assert finding.suggestion_en is not None and "total: " in finding.suggestion_en
    assert "按提示补全字段" not in finding.suggestion_zh


def test_a_fiscal_source_in_wan_is_advised_under_its_own_name() -> None:
    text = SEED.replace("  other: 0.00\n", "  other: 0.00\n  fiscal_sources:\n    中央: 20万\n")
    finding = only(text, "LOAD005")
    assert finding.suggestion_zh is not None and "写数字 中央: 200000" in finding.suggestion_zh


# -- never a traceback ------------------------------------------------------------------------

_SLIPS = (
    lambda line: "\t" + line,
    lambda line: "\u3000" + line,
    lambda line: line.replace(": ", ":", 1),
    lambda line: line.replace(": ", ":\u3000", 1),
    lambda line: line.replace(": ", ': "', 1),
    lambda line: line.replace(": ", ": '", 1),
    lambda line: line.replace(": ", ": >=", 1),
    lambda line: line.replace(": ", ": *", 1),
    lambda line: line.replace("- ", "-", 1),
    lambda line: line.replace("- ", "— ", 1),
)


@pytest.mark.parametrize("slip", range(len(_SLIPS)))
def test_every_slip_on_every_line_is_told_in_words_without_a_crash(slip: int) -> None:
    for number, line in enumerate(LINES, 1):
        text = edited(number, _SLIPS[slip](line))
        for finding in load_text(text, "t.yaml").findings:
            assert finding.message_zh and finding.message_en
            assert 1 <= finding.line <= len(LINES) + 1 and finding.column >= 1


def test_a_file_far_larger_than_a_table_is_not_parsed_again_for_its_slip() -> None:
    """Testing mends parses the text again, up to two dozen times: a file of hundreds of thousands
    of characters (no officer's table) is told its slip in the parser's words at once."""
    from ggtlint.load.yamlparse import _MENDABLE

    rows = "".join(f"      - name: 指标{number}\n        value: ≥{number}人\n" for number in range(_MENDABLE // 30))
    text = SEED.replace("    数量指标:\n", "    数量指标:\n" + rows, 1) + "  extra:\n    value:＝2次\n    other: 1\n"
    assert len(text) > _MENDABLE
    finding = only(text, "LOAD003")
    assert "“value:”后缺空格" not in finding.message_zh and "此处不能出现" in finding.message_zh
    # the same slip in a table's size is found on its own line
    small = SEED + "  extra:\n    value:＝2次\n    other: 1\n"
    assert "“value:”后缺空格" in only(small, "LOAD003").message_zh

"""The target-file writer: Table → YAML text that loads back to the same table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ggtlint.importers import content_of
from ggtlint.load import load_file, load_text
from ggtlint.model import Category, Funds, Indicator, Project, Table
from ggtlint.writer import NOTE_PREFIX, write_table, write_tables

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seed").glob("*.yaml"))


def _reload(text: str):
    source = load_text(text, "written.yaml")
    assert len(source.tables) == 1, [f.message_zh for f in source.findings]
    return source, source.tables[0]


def _findings(source) -> set[tuple[str, str]]:
    return {(f.rule_id, f.path) for f in source.findings}


def test_there_are_twenty_fixtures() -> None:
    assert len(FIXTURES) == 20


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_round_trip_every_fixture(path: Path) -> None:
    original = load_file(path)
    assert original.tables
    table = original.tables[0]
    text = write_table(table)
    again, reloaded = _reload(text)
    assert content_of(reloaded) == content_of(table)
    assert reloaded.source == table.source
    assert reloaded.level1_order == table.level1_order
    # Writing adds no problem the original did not have.
    assert _findings(again) <= _findings(original)
    # Writing is stable: the written file writes itself again unchanged.
    assert write_table(reloaded) == text


@pytest.mark.parametrize("path", FIXTURES[:3], ids=[p.stem for p in FIXTURES[:3]])
def test_keys_in_documented_order(path: Path) -> None:
    text = write_table(load_file(path).tables[0])
    top = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert top == ["version", "source", "project", "funds", "goal", "indicators"]
    project_keys = [line.strip().split(":")[0] for line in text.split("project:\n")[1].split("funds:")[0].splitlines()]
    order = ["name", "code", "category", "year", "department", "implementer", "region", "title", "framework"]
    assert project_keys == [key for key in order if key in project_keys]
    assert "goal: |" in text


def _table(**changes) -> Table:
    table = Table(file="t.yaml", document=0, project=Project(name="测试项目", department="某局", implementer="某局"),
                  funds=Funds(unit="元", total=Decimal("300000.00"), fiscal=Decimal("300000.00"), other=Decimal("0.00")),
                  goal="目标1：甲。\n目标2：乙。\n")
    rows = changes.pop("rows", [("产出指标", "数量指标", "培训人数", "≥200人")])
    for index, (l1, l2, name, value) in enumerate(rows):
        if l1 not in table.level1_order:
            table.level1_order.append(l1)
        if not any(c.level1 == l1 and c.level2 == l2 for c in table.categories):
            table.categories.append(Category(l1, l2, f"/indicators/{l1}/{l2}"))
        table.indicators.append(Indicator(l1, l2, name, value, f"/indicators/{l1}/{l2}/{index}"))
    for key, value in changes.items():
        setattr(table, key, value)
    return table


TRICKY = ["null", "~", "yes", "No", "100", "1_000", "0x10", "2023-12-31", "12:30", "成果显著 ", " 前导空格",
          "- 列表", "a: b", "#号开头", "带 #注释", "结尾冒号:", "＝100%", "", "换行\n之后", "制表\t符",
          "“三支一扶”人员满意度", "'单引号'", '"双引号"', "反斜杠\\n", "%百分号", "@at", "`反引号",
          "[方括号]", "{花括号}", "*星号", "&锚", "!感叹", "|竖线", ">大于", "?问号", "≥95%", "行\u2028分隔",
          "\ufeffBOM", "控制\x07字符", "全角　空格", "𠀀扩展字"]


@pytest.mark.parametrize("value", TRICKY)
def test_values_are_written_exactly_as_text(value: str) -> None:
    table = _table(rows=[("产出指标", "数量指标", value or "名称", value)])
    _source, reloaded = _reload(write_table(table))
    assert reloaded.indicators[0].value == value
    assert reloaded.indicators[0].name == (value or "名称")


@pytest.mark.parametrize("key", ["数量: 指标", "null", "- 一级", "100", "服务对像满意度"])
def test_category_names_that_need_quotes(key: str) -> None:
    table = _table(rows=[(key, key, "名称", "≥1人")])
    _source, reloaded = _reload(write_table(table))
    assert reloaded.indicators[0].level1 == key
    assert reloaded.indicators[0].level2 == key


@pytest.mark.parametrize("goal", [
    "一段。\n", "没有结尾换行", "两个结尾换行\n\n", "  前导空格的目标\n", "\n开头空行\n", "中间\n\n空行\n",
    "含 # 号: 和冒号\n", "带\r回车\n", "只有空格的行\n   \n之后\n", "\n", "制表\t符\n", "\t制表开头\n",
    "　　目标1：全角空格缩进。\n　　目标2：乙。\n", "　\n",
])
def test_goal_block_scalar_round_trip(goal: str) -> None:
    table = _table(goal=goal)
    text = write_table(table)
    _source, reloaded = _reload(text)
    assert reloaded.goal == goal


def test_goal_is_a_literal_block() -> None:
    text = write_table(_table())
    assert "goal: |\n  目标1：甲。\n  目标2：乙。\n" in text
    # paragraphs indented with full-width spaces, as official documents are, stay a readable block
    text = write_table(_table(goal="　　目标1：甲。\n　　目标2：乙。\n"))
    assert "goal: |\n  　　目标1：甲。\n  　　目标2：乙。\n" in text


def test_amounts_are_plain_numbers_keeping_their_scale() -> None:
    table = _table()
    table.funds.fiscal_sources = {"中央": Decimal("339"), "省级": Decimal("289.50")}
    text = write_table(table)
    assert "  total: 300000.00\n" in text
    assert "  other: 0.00\n" in text
    assert "    中央: 339\n" in text
    _source, reloaded = _reload(text)
    assert reloaded.funds.fiscal_sources == {"中央": Decimal("339"), "省级": Decimal("289.50")}
    assert str(reloaded.funds.total) == "300000.00"


def test_missing_optional_fields_are_left_out() -> None:
    table = _table(goal=None)
    table.funds = Funds(unit="万元", total=None)
    text = write_table(table)
    assert "code:" not in text and "category:" not in text and "goal:" not in text
    assert "fiscal:" not in text and "  total: null\n" in text
    _source, reloaded = _reload(text)
    assert content_of(reloaded) == content_of(table)


def test_notes_become_comments_on_their_fields() -> None:
    table = _table(rows=[("产出指标", "数量指标", "甲", "≥1人"), ("产出指标", "成本指标", "乙", "＝5元")])
    notes = {
        "/project/name": "名称跨行",
        "/funds/total": "金额没有列名",
        "/goal": "目标被截断",
        "/indicators/产出指标/成本指标/0": "原在时效指标下",
        "/indicators/产出指标/数量指标/0/value": "值跨行\n合并",
        "/indicators/产出指标": "一级缺失",
        "/indicators/效益指标/社会效益指标/3": "未写出的字段",
    }
    text = write_table(table, notes)
    lines = text.splitlines()

    def above(fragment: str) -> str:
        index = next(i for i, line in enumerate(lines) if fragment in line)
        return lines[index - 1].strip()

    assert above("name: 测试项目") == f"{NOTE_PREFIX}名称跨行"
    assert above("total: 300000.00") == f"{NOTE_PREFIX}金额没有列名"
    assert above("goal: |") == f"{NOTE_PREFIX}目标被截断"
    assert above("- name: 乙") == f"{NOTE_PREFIX}原在时效指标下"
    assert above("value: ≥1人") == f"{NOTE_PREFIX}值跨行 合并"  # a note never breaks the line
    assert above("  产出指标:") == f"{NOTE_PREFIX}一级缺失"
    assert lines[0] == f"{NOTE_PREFIX}（效益指标 › 社会效益指标 › 第 4 条）未写出的字段"
    assert text.count("ggtlint-import:") == len(notes)
    _source, reloaded = _reload(text)
    assert content_of(reloaded) == content_of(table)


def test_note_comments_are_not_suppressions() -> None:
    text = write_table(_table(), {"/project/name": "disable=GGT-C103"})
    source = load_text(text, "n.yaml")
    assert not [f for f in source.findings if f.rule_id == "META001"]


def test_schema_modeline_and_comments_are_optional() -> None:
    plain = write_table(_table())
    assert plain.startswith("version: 1\n")
    text = write_table(_table(), schema="./target-v1.schema.json", comments=["由测试生成", "第二行"])
    assert text.splitlines()[:3] == ["# yaml-language-server: $schema=./target-v1.schema.json", "# 由测试生成", "# 第二行"]
    _source, reloaded = _reload(text)
    assert content_of(reloaded) == content_of(_table())


def test_several_tables_as_one_stream() -> None:
    tables = [load_file(path).tables[0] for path in FIXTURES[:3]]
    text = write_tables([(table, None) for table in tables])
    source = load_text(text, "stream.yaml")
    assert [content_of(t) for t in source.tables] == [content_of(t) for t in tables]


def test_any_text_round_trips() -> None:
    """Property: whatever a value, a name, a category or the goal holds, it reads back the same."""
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    text = st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                     st.text(alphabet=" \t\n\r\u3000\u2028a中#:-'\"", max_size=10))

    @hypothesis.settings(max_examples=300, deadline=None, database=None)
    @hypothesis.given(text, text, text)
    def check(value: str, goal: str, name: str) -> None:
        table = _table(rows=[(name or "一级", "数量指标", value or "名称", value)], goal=goal)
        _source, reloaded = _reload(write_table(table, {"/goal": goal}))
        assert reloaded.goal == goal
        assert reloaded.indicators[0].value == value
        assert reloaded.indicators[0].level1 == (name or "一级")

    check()

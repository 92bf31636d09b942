"""Leftovers of the careful-workbook audit (w16–w21), on a workbook made as the careful ones are.

The table is w18 (农村公路养护, which draws no finding) as a department might also type it: a word
broken over two lines of its cell with Alt+Enter (群众满␊意度, 持续␊保持), a title with the project in
brackets after it (…绩效目标表（农村公路养护）), and the levels of 财政拨款 numbered (1.中央资金,
（2）省级资金, ③县级资金). Each was a false finding or a silent loss: SAT002 on the broken name (the
value was read with its break), TIME002 (no year) on the title, 1.中央资金 dropped without a word and
the other two levels with a note (LOAD013). The PDF-text counterpart is w15's text
(tests/data/pdftext/careful-w15-layout.txt) with the same title and numbered levels; PDF text has no
line break inside a cell (a wrapped name comes as fragments, joined there already).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("openpyxl")

from ggtlint.importers import import_path  # noqa: E402
from ggtlint.limits import DEFAULT_LIMITS  # noqa: E402
from ggtlint.run import load_source  # noqa: E402

from careful_workbooks import FOLDER, maker  # noqa: E402
from conftest import ROOT  # noqa: E402

W15_TEXT = ROOT / "tests" / "data" / "pdftext" / "careful-w15-layout.txt"
TITLE = "2025年项目支出绩效目标表（农村公路养护）"
LEVELS = {"中央": Decimal(500), "省级": Decimal(200), "县级": Decimal(160)}



def _w18(path: Path, **changes: Any) -> Path:
    """w18 written to ``path`` with ``changes`` to its table."""
    generator = maker()
    generator._write(dict(generator.TABLES["w18-nongcun-gonglu-yanghu"], **changes), path)
    return path


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    generator = maker()
    table = dict(generator.TABLES["w18-nongcun-gonglu-yanghu"])
    table["title"] = TITLE
    # a goal's paragraphs are its own: the break between 完工 and 农村 stays
    table["goal"] = table["goal"].replace("完工；", "完工\n")
    table["funds"] = [("年度资金总额", 860), ("财政拨款", 860), ("1.中央资金", 500), ("（2）省级资金", 200),
                      ("③县级资金", 160), ("其他资金", 0)]
    rows = [row for row in table["rows"] if row[2] != "群众满意度"]
    rows.insert(-1, (generator.E, "可持续影响指标", "四好农村路示范县达标状态", "持续\n保持", None, None))
    rows.append((generator.S, generator.SAT, "群众满\n意度", "≥90", "%", "抽样问卷调查"))
    table["rows"] = rows
    path = tmp_path_factory.mktemp("leftovers") / "w18-typed.xlsx"
    generator._write(table, path)
    return path


@pytest.fixture(scope="module")
def checked(engine, workbook: Path):  # type: ignore[no-untyped-def]
    source = load_source(workbook, workbook.name, DEFAULT_LIMITS)[0]
    return source.tables[0], engine.check_source(source)


def test_a_word_typed_over_two_lines_of_its_cell_is_one_word(checked) -> None:  # type: ignore[no-untyped-def]
    table, result = checked
    read = {i.name: i.value for i in table.indicators}
    assert read["群众满意度"] == "≥90"  # SAT002 said the name has no 满意度
    assert read["四好农村路示范县达标状态"] == "持续保持"  # as the rules' examples spell a state kept
    assert read["农村公路安全生命防护工程实施里程"] == "≥45"
    assert "前完工\n农村公路" in table.goal  # the goal's own line breaks are kept
    found = Counter(f.rule_id for f in result.findings)
    assert not found["SAT002"] and not found["VAL013"], found


def test_a_title_with_words_after_it_gives_the_year(checked) -> None:  # type: ignore[no-untyped-def]
    table, result = checked
    assert (table.project.title, table.project.year) == (TITLE, 2025)
    assert "TIME002" not in {f.rule_id for f in result.findings}


def test_numbered_fund_levels_are_read(checked) -> None:  # type: ignore[no-untyped-def]
    table, result = checked
    assert table.funds.fiscal_sources == LEVELS
    assert "LOAD013" not in {f.rule_id for f in result.findings}


def test_a_numbered_fund_row_the_table_has_no_field_for_is_told(tmp_path: Path) -> None:
    """The "." of "2.以前年度结转" is no sentence's: the row is told (LOAD013), not lost in silence."""
    path = _w18(tmp_path / "w18-carried.xlsx", funds=[
        ("年度资金总额", 860), ("财政拨款", 860), ("1.中央资金", 500), ("2.以前年度结转", 200), ("县级", 160),
        ("其他资金", 0)])
    item = import_path(path).tables[0]
    assert item.table.funds.fiscal_sources == {"中央": Decimal(500), "县级": Decimal(160)}
    assert "2.以前年度结转" in item.notes["/funds"].message()


def test_the_workbook_draws_what_w18_draws(checked) -> None:  # type: ignore[no-untyped-def]
    """Nothing: w18 draws no finding, and typing it so changes none of its meaning."""
    assert Counter(f.rule_id for f in checked[1].findings) == Counter()


def test_pdf_text_title_with_words_after_it_and_numbered_levels(tmp_path: Path) -> None:
    text = W15_TEXT.read_text(encoding="utf-8")
    title = text.splitlines()[0].strip()
    block = ("            中央                                       1142.40\n"
             "            县级                                        285.60\n")
    assert title.endswith("绩效目标申报表") and block in text
    text = text.replace(title, title + "（义务教育公用经费）", 1).replace(block, (
        "            1.中央资金                                 1142.40\n"
        "            ②县级资金                                   285.60\n"
        "            3.以前年度结转                               20.00\n"))
    path = tmp_path / "w15.txt"
    path.write_text(text, encoding="utf-8")
    result = import_path(path, as_text=True)
    assert not result.problems and len(result.tables) == 1
    item = result.tables[0]
    assert (item.table.project.title, item.table.project.year) == (title + "（义务教育公用经费）", 2025)
    assert item.table.funds.fiscal_sources == {"中央": Decimal("1142.40"), "县级": Decimal("285.60")}
    # the row the table has no field for is told, as in the workbook (it was lost in silence)
    assert [pointer for pointer in item.notes if pointer.startswith("/funds")] == ["/funds"]
    assert "“3.以前年度结转”的 20万元没有读入" in item.notes["/funds"].message()

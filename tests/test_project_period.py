"""The project's period (实施期限, 项目期限, 项目周期) as a field of its own, ``project.period``: kept as written
by the YAML loader, the writer, the Excel and PDF-text importers and the export; read into its first and last
day by deadline_after_period.read_period; and, when it gives dates, the period TIME008 and TIME009 hold the
indicators to, before the one the goal states."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text
from ggtlint.primitives.deadline_after_period import read_period
from ggtlint.writer import write_table

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
# 2026, 高标准农田: its goal opens with 项目建设期2026年3月至2027年6月 and it gives 工程完工率 ＝100% (TIME009)
CROPLAND = next(SECTORS.glob("b293-*.yaml"))
# 2025, 红十字应急救护培训: no period anywhere
RED_CROSS = next(SECTORS.glob("g100-*.yaml"))
GOAL_PERIOD = "项目建设期2026年3月至2027年6月，"


def _with_period(path: Path, period: str | None, goal_period: bool = True) -> str:
    text = path.read_text(encoding="utf-8")
    if not goal_period:
        assert text.count(GOAL_PERIOD) == 1
        text = text.replace(GOAL_PERIOD, "")
    if period is not None:
        assert text.count("  category:") == 1  # the period goes in the project block, before its category
        text = text.replace("  category:", f"  period: {period}\n  category:")
    return text


def _rules(engine: Any, text: str, name: str) -> list[str]:
    return [finding.rule_id for finding in engine.check_source(load_text(text, name)).findings]


@pytest.mark.parametrize(("written", "dates"), [
    ("2026年1月-2026年12月", (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026年3月1日-2026年11月30日", (date(2026, 3, 1), date(2026, 11, 30))),
    ("2026年3月至2027年6月", (date(2026, 3, 1), date(2027, 6, 30))),
    ("2026.03-2027.06", (date(2026, 3, 1), date(2027, 6, 30))),
    ("2026/3/1-2026/11/30", (date(2026, 3, 1), date(2026, 11, 30))),
    ("3月-11月", (date(2026, 3, 1), date(2026, 11, 30))),  # the budget year's
    ("三年（2026-2028年）", (date(2026, 1, 1), date(2028, 12, 31))),
    ("2026-2028年", (date(2026, 1, 1), date(2028, 12, 31))),
    ("1年", None),  # a length, no dates
    ("长期", None),
    ("2026年1月1日-2026年2月30日", None),  # no such day
    ("2026年10月-3月", None),  # ends before it starts
    ("", None),
])
def test_a_period_is_read_into_its_first_and_last_day(written: str, dates: tuple[date, date] | None) -> None:
    assert read_period(written, 2026) == dates


def test_the_field_is_kept_by_the_loader_and_the_writer() -> None:
    table = load_text(_with_period(CROPLAND, "2026年3月-2027年6月"), CROPLAND.name).tables[0]
    assert table.project.period == "2026年3月-2027年6月"
    assert table.span("/project/period") is not None
    again = load_text(write_table(table), "again.yaml").tables[0]
    assert again.project.period == "2026年3月-2027年6月"


def test_the_export_writes_the_field_and_the_importer_reads_it_back() -> None:
    pytest.importorskip("openpyxl")
    from ggtlint.importers.xlsx import read_workbook, workbook_bytes

    table = load_text(_with_period(CROPLAND, "2026年3月-2027年6月"), CROPLAND.name).tables[0]
    [item] = read_workbook(workbook_bytes([table]), "t.xlsx").tables
    assert item.table.project.period == "2026年3月-2027年6月"
    plain = load_text(_with_period(CROPLAND, None), CROPLAND.name).tables[0]
    [item] = read_workbook(workbook_bytes([plain]), "t.xlsx").tables
    assert item.table.project.period is None  # no 实施期限 row written for a table without one


def test_a_pdf_text_label_alone_on_its_line_gives_the_period() -> None:
    from test_import_pdftext_layouts import _labelled

    from ggtlint.importers.pdftext import read_text

    text = _labelled().replace("实施单位 某县就业服务中心", "实施单位 某县就业服务中心\n实施期限\n2026年3月-2026年11月")
    [item] = read_text(text, "t.txt").tables
    assert item.table.project.period == "2026年3月-2026年11月"
    assert item.table.project.implementer == "某县就业服务中心"
    assert not item.notes


def test_time009_reads_a_period_given_only_in_the_field(engine) -> None:  # type: ignore[no-untyped-def]
    assert "TIME009" not in _rules(engine, _with_period(CROPLAND, None, goal_period=False), CROPLAND.name)
    assert "TIME009" in _rules(engine, _with_period(CROPLAND, "2026年3月-2027年6月", goal_period=False), CROPLAND.name)
    assert "TIME009" in _rules(engine, _with_period(CROPLAND, "三年（2026-2028年）", goal_period=False), CROPLAND.name)
    # in the budget year: the works may well be finished
    assert "TIME009" not in _rules(engine, _with_period(CROPLAND, "2026年3月1日-2026年11月30日", goal_period=False),
                                   CROPLAND.name)


def test_the_field_goes_before_the_goal_and_an_unreadable_one_leaves_the_goal(engine) -> None:  # type: ignore[no-untyped-def]
    # the 实施期限 ends in the year: the goal's 2027 is not the project's end
    assert "TIME009" not in _rules(engine, _with_period(CROPLAND, "2026年3月-2026年11月"), CROPLAND.name)
    found = engine.check_source(load_text(_with_period(CROPLAND, "1年"), CROPLAND.name)).findings
    [told] = [finding for finding in found if finding.rule_id == "TIME009"]
    assert "项目建设期2026年3月至2027年6月" in told.message_zh and "年度总体目标" in told.message_zh


def test_time009_names_the_field_it_read(engine) -> None:  # type: ignore[no-untyped-def]
    found = engine.check_source(load_text(_with_period(CROPLAND, "2026年3月-2027年6月", goal_period=False),
                                          CROPLAND.name)).findings
    [told] = [finding for finding in found if finding.rule_id == "TIME009"]
    assert told.message_zh.startswith("实施期限栏写明项目在预算年度以后才结束（“2026年3月-2027年6月”）")
    assert "the project period field" in told.message_en


def test_time008_reads_the_field(preview_engine) -> None:  # type: ignore[no-untyped-def]
    text = RED_CROSS.read_text(encoding="utf-8")
    anchor = "    时效指标:\n"
    assert text.count(anchor) == 1
    text = text.replace(anchor, anchor + '      - name: 救护培训完成时间\n        value: "2025年11月30日前"\n')
    assert "TIME008" not in _rules(preview_engine, text, RED_CROSS.name)
    told = _rules(preview_engine, text.replace("  category:", "  period: 2025年1月-2025年6月\n  category:", 1),
                  RED_CROSS.name)
    assert "TIME008" in told
    later = text.replace("  category:", "  period: 2025年1月-2025年12月\n  category:", 1)
    assert "TIME008" not in _rules(preview_engine, later, RED_CROSS.name)

"""Re-read h162 of the morning's changes (REL018 one_date, VAL015's paying-out rates): each case a slip the re-read
found, with a test that fails without its fix."""

from __future__ import annotations

from typing import Any

from engine_helpers import SECTORS, edited_findings
from ggtlint.load import load_text

_MONITORED_MONTHLY = """version: 1
project: {name: 2026年县级水源地水质监测, year: 2026}
goal: 2026年对全县12个县级水源地开展水质监测，县级水源地水质每月监测1次，保障饮水安全。
indicators:
  产出指标:
    时效指标:
      - {name: 县级水源地水质监测时间, value: 2026年12月31日前}
"""


def test_one_year_end_date_for_monthly_monitoring_is_told_as_monitoring_not_as_a_payment(engine: Any) -> None:
    found = [f for f in engine.check_source(load_text(_MONITORED_MONTHLY, "t.yaml")).findings if f.rule_id == "REL018"]
    assert len(found) == 1
    assert "按月监测" in found[0].message_zh and "paid" not in found[0].message_en and "payment" not in found[0].message_en


def test_a_lunar_festival_in_quotes_after_its_year_is_its_day() -> None:
    # as a fixed festival in quotes is (2026年“八一”前); a yearless “春节”前 stays the lexicon's
    from ggtlint.values import parse_value
    assert str(parse_value("2026年“春节”前", budget_year=2026).deadline) == "2026-02-17"
    assert parse_value("“春节”前", budget_year=2026).deadline is None


def test_a_name_cell_holding_a_value_alone_reads_as_that_value_with_no_name() -> None:
    # a form with no 指标值 column (xlsx header_rows) whose 三级指标 cell is only the value
    from ggtlint.importers.pdftext import name_and_value
    assert name_and_value("≥500人") == ("", "≥500人")
    assert name_and_value("受益人数≥500人") == ("受益人数", "≥500人")
    assert name_and_value("受益人数") == ("受益人数", "")


def test_a_province_wide_benefit_in_a_township_table_is_not_called_a_county_city_or_district(engine: Any) -> None:
    base = next(SECTORS.glob("g270-*.yaml"))
    findings = edited_findings(engine, base, "- name: 村级党组织标准化", "- name: 全省村级党组织标准化")
    [found] = [f for f in findings if f.rule_id == "REL017"]
    assert "across 全省" in found.message_en and "province" in found.message_en

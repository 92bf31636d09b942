"""Second reading of s25's time, funds and value checks (reviewer B): each case here was mishandled as merged —
a crash on an odd value, a guard the docstring promised but one path skipped, a whole year read as part of it."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年监督抽检经费, year: 2027, department: 县市场监管局}}
funds: {{unit: 元, total: 960000, fiscal: 960000}}
goal: "{goal}"
indicators:
  成本指标:
    经济成本指标:
{costs}
  产出指标:
    数量指标:
{counts}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _findings(engine: Any, costs: list[tuple[str, str]], counts: list[tuple[str, str]],
              goal: str = "2027年完成监督抽检工作。") -> list[Any]:
    def rows(pairs: list[tuple[str, str]]) -> str:
        return "\n".join(f'      - {{name: "{name}", value: "{value}"}}' for name, value in pairs) or "      []"
    text = TABLE.format(goal=goal, costs=rows(costs), counts=rows(counts))
    return list(engine.check_source(load_text(text, "reread_b.yaml")).findings)


def _rules(engine: Any, costs: list[tuple[str, str]], counts: list[tuple[str, str]], goal: str = "2027年完成监督抽检工作。"
           ) -> set[str]:
    return {finding.rule_id for finding in _findings(engine, costs, counts, goal)}


def test_fund024_a_price_of_nothing_does_not_raise(engine) -> None:  # type: ignore[no-untyped-def]
    # ≤0元/批次 divided the line by zero (DivisionByZero out of the whole table's check)
    told = _rules(engine, [("委托检验单批次平均费用", "≤0元/批次"), ("食品监督抽检检验费", "≤960000元")],
                  [("食品安全监督抽检批次", "≥3000批次")])
    assert "FUND024" not in told


@pytest.mark.parametrize(("price", "line", "count", "told"), [
    ("以案定补标准", "以案定补经费", "以案定补案件数", True),  # the range path itself still reads
    ("案件办案补贴标准", "案件办案补贴", "法律援助案件数", True),
    ("民事、行政案件办案补贴标准", "案件办案补贴", "法律援助案件数", False),  # a price for some kinds only
    ("以案定补亩均成本", "以案定补经费", "以案定补案件数", False),  # a unit cost of the whole work
    ("以案定补标准", "以案定补经费", "其中：以案定补案件数", False),  # a part another line may pay
])
def test_fund024_a_range_of_price_keeps_the_ceiling_prices_guards(engine, price: str, line: str,  # type: ignore[no-untyped-def]
                                                                  count: str, told: bool) -> None:
    # the docstring and the rule's description leave these three alone; the range path read them all
    found = _rules(engine, [(price, "300-500元/件"), (line, "≤800000元")], [(count, "≥3200件")])
    assert ("FUND024" in found) is told


RANGER_GOAL = "2027年聘用生态护林员200名，每人每年10000元。"


@pytest.mark.parametrize(("line", "told"), [
    ("生态护林员劳务补助", True),
    ("生态护林员劳务补助（1—12月）", True),  # January to December is the whole year, its yearly standard applies
    ("生态护林员劳务补助（01-12月）", True),
    ("生态护林员劳务补助（7—12月）", False),  # half a year's pay is no year's heads
    ("生态护林员劳务补助（1-6月）", False),
])
def test_fund023_january_to_december_is_the_whole_year(engine, line: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _rules(engine, [(line, "≤1000000元")], [("聘用生态护林员", "≥200人")], RANGER_GOAL)
    assert ("FUND023" in found) is told


@pytest.mark.parametrize(("name", "told"), [
    ("2027年前9个月抽检合格率", True),
    ("2027年前12个月抽检合格率", False),  # the first twelve months are the whole year
    ("截至2027年12月底抽检合格率", False),
])
def test_time017_the_first_twelve_months_are_the_year(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _rules(engine, [], [("抽检批次", "≥100批次"), (name, "≥95%")])
    assert ("TIME017" in found) is told


@pytest.mark.parametrize(("goal", "row", "told"), [
    ("2027年对2027年度首次认定的高新技术企业40家每家奖补10万元。", "奖补资金拨付时间", True),
    ("2027年对2027年度获评示范企业的给予一次性奖励。", "奖励资金兑现时间", True),
    # a service to the year's firms, paid when done: no award waits on the year's results
    ("2027年对2027年度首次认定的高新技术企业开展培训辅导。", "培训经费拨付时间", False),
    ("2027年对2027年度完成设备投资的企业开展诊断服务；按季拨付服务费。", "服务费拨付时间", False),
])
def test_time018_reads_only_an_award(engine, goal: str, row: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _rules(engine, [], [("服务企业数", "≥40家"), (row, "2027年6月30日前")], goal)
    assert ("TIME018" in found) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("运维服务期", "2026年12月1日至2027年11月30日", True),
    ("供暖期补贴期间", "2026年11月15日至2027年3月15日", False),
    # the season named in the value, not the name: it straddles the year by nature all the same
    ("补贴期间", "2026年11月15日至2027年3月15日供暖期", False),
])
def test_time017_a_season_named_in_the_value_straddles_the_year(engine, name: str, value: str,  # type: ignore[no-untyped-def]
                                                                told: bool) -> None:
    found = _rules(engine, [], [("集中供热补贴面积", "≥120万平方米"), (name, value)])
    assert ("TIME017" in found) is told

"""Forms that careful tables g650–g659 (fixtures/sectors: 垃圾焚烧发电厂, 标准化厂房二期, 中医医院迁建一期, 城乡供水一体化,
事实无人抚养儿童, 老党员生活补贴, 精减退职老职工, 应急指挥中心, 高危孕产妇, 茶园产业路), a second opinion on the morning's
checks, wrote and that drew false findings; the defects those checks were made for keep theirs.

- VAL001 (an error) on 产后两月内 (g658): two months after an event read as text, though 两月内 alone and 产后两个月内
  are ≤2个月 (parse.py _after_event, _TWO_MONTHS_WITHIN);
- TIME009 (a warning) on 物资储备库建成率 ＝100% in a project running into 2027 whose goal has that part built within the
  year (物资储备库于2026年11月30日前建成, g657: period_completion.py _part_finished_in_year);
- found in single-line variants: REL003 on a bond repaid 以污水处理费收入实现融资收益平衡, the revenue read as
  污水处理费收入实现融资收益 (hygiene.yaml); 2026年“春节”前, a lunar festival in quotes, read as text (parse.py
  _FESTIVAL_BEFORE); SAT002 on 离任村干部满意度, former cadres paid a subsidy read as those doing the work
  (satisfaction.yaml forbid_unless_served).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_rule_counts, sector_rule_counts
from ggtlint.values import parse_value

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


def _rules(engine: Any, number: str, old: str = "", new: str = "") -> dict[str, int]:
    return edited_rule_counts(engine, next(SECTORS.glob(f"g{number}-*.yaml")), old, new)




@pytest.mark.parametrize("number", [str(n) for n in range(650, 660)])
def test_the_careful_tables_draw_nothing(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    assert _rules(engine, number) == {}


@pytest.mark.parametrize("value", ["产后两月内", "出院后两月以内", "两月内"])
def test_two_months_after_an_event_is_a_limit(value: str) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number, parsed.unit) == ("duration", "≤", 2, "个月")


def test_two_months_with_no_limit_stays_text(engine) -> None:  # type: ignore[no-untyped-def]
    assert parse_value("产后两月", budget_year=2026).kind == "qualitative"
    assert _rules(engine, "658", "value: 产后两月内", "value: 产后两月").get("VAL001") == 1


@pytest.mark.parametrize(("value", "day"), [("2026年“春节”前", date(2026, 2, 17)), ('2026年"中秋"前', date(2026, 9, 25))])
def test_a_lunar_festival_in_quotes_is_its_day(value: str, day: date) -> None:
    assert parse_value(value, budget_year=2026).deadline == day


def test_a_part_the_goal_finishes_within_the_year_may_be_all_done(engine) -> None:  # type: ignore[no-untyped-def]
    assert "TIME009" not in _rules(engine, "657")
    # the same part finished only next year, or the whole works, is still told
    assert _rules(engine, "657", "物资储备库于2026年11月30日前建成", "物资储备库于2027年3月31日前建成").get("TIME009") == 1
    assert _rules(engine, "657", "物资储备库于2026年11月30日前建成",
                  "物资储备库于2026年11月完成主体、2027年3月建成").get("TIME009") == 1
    assert _rules(engine, "657", "      - name: 物资储备库建成率\n", "      - name: 工程建成率\n").get("TIME009") == 1


def test_a_bond_balanced_by_a_revenue_names_the_revenue(engine) -> None:  # type: ignore[no-untyped-def]
    repaid, balanced = "专项债券以垃圾处理费和上网电费收入偿还本息", "专项债券以垃圾处理费和上网电费收入实现融资收益平衡"
    no_cover = ("      - name: 项目收益对专项债券本息覆盖倍数\n        value: ≥1.2倍\n", "")
    # the revenues are given (年垃圾处理费收入, 年上网电费收入), though no indicator says 收益
    assert "REL003" not in sector_rule_counts(engine, "650", (repaid, balanced), no_cover)
    # with no indicator giving the revenue, it is still told
    no_revenue = ("        value: ≥1900万元\n      - name: 项目建成后年上网电费收入\n        value: ≥4200万元\n",
                  "        value: ≥1900万元\n")
    revenue_named = ("      - name: 项目建成后年垃圾处理费收入\n", "      - name: 项目建成后年垃圾处理量\n")
    assert sector_rule_counts(engine, "650", (repaid, balanced), no_cover, no_revenue, revenue_named).get("REL003") == 1


@pytest.mark.parametrize(("group", "told"), [("离任村干部", False), ("退职村干部", False), ("村干部", True)])
def test_former_village_cadres_are_paid_not_working(engine, group: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    # g656's goal names no cadres: serving ones are told as those doing the work, former ones are not
    assert ("SAT002" in _rules(engine, "656", "      - name: 补助对象满意度\n", f"      - name: {group}满意度\n")) is told

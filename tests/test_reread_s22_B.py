"""Round s22 re-read (time, fund and satisfaction checks): what the re-read found wrong, pinned.

TIME012 named the goal as the source of its paid-after-acceptance rule when the rule stood in a payment row's
value; TIME002's later-date reading took a span's start as a date when 底, 末 or 前 stood before 至; FUND021 and
TIME013, warnings, were described as notices; TIME006's length_goal_dated read sentences with a second copy of the
module's sentence marks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ggtlint.load import load_text
from ggtlint.primitives.stage_order import _sentence

RULES = Path(__file__).resolve().parents[1] / "rules"

TABLE = """version: 1
project: {{name: 2026年村内道路硬化奖补项目, year: 2026, department: 县农业农村局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
{rows}
"""


def _findings(engine: Any, goal: str, rows: list[tuple[str, str]], rule: str) -> list[Any]:
    body = "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)
    table = load_text(TABLE.format(goal=goal, rows=body), "reread_s22_b.yaml")
    return [f for f in engine.check_source(table).findings if f.rule_id == rule]


_PAID_EARLY = [("奖补资金拨付时间", "2026年5月31日前"), ("奖补项目验收完成时间", "2026年10月31日前")]


def test_time012_rule_in_a_row_names_the_row_not_the_goal(engine: Any) -> None:
    rows = _PAID_EARLY + [("蜂箱补助兑付时限", "验收合格后30日内兑付")]
    found = _findings(engine, "2026年实施村内道路硬化奖补项目20个。", rows, "TIME012")
    assert len(found) == 1
    assert "指标“蜂箱补助兑付时限”写明“验收合格后30日内兑付”" in found[0].message()
    assert "年度总体目标" not in found[0].message()
    assert "the indicator 蜂箱补助兑付时限 says" in found[0].message("en")
    assert "annual goal" not in found[0].message("en")


def test_time012_rule_in_the_goal_still_names_the_goal(engine: Any) -> None:
    found = _findings(engine, "2026年实施奖补项目20个，采取先建后补方式，验收合格后拨付奖补资金。", _PAID_EARLY, "TIME012")
    assert len(found) == 1
    assert "年度总体目标写明“先建后补”" in found[0].message()


@pytest.mark.parametrize(("name", "told"), [
    ("2028年6月底前道路完好率", True),
    ("截至2028年6月道路完好率", True),
    ("2027年6月底至2028年6月道路完好率", False),  # a span's start, its 底 before 至
    ("2027年6月末至年底道路完好率", False),
    ("2027年6月前至年底道路完好率", False),
    ("2027年6月至2028年6月道路完好率", False),
])
def test_time002_later_date_not_a_spans_start(engine: Any, name: str, told: bool) -> None:
    found = _findings(engine, "2026年开展道路养护。", [(name, "≥95%")], "TIME002")
    assert bool(found) is told


@pytest.mark.parametrize(("text", "at", "sentence"), [
    ("2026年开展。自4月1日起用150天完成鉴定；年底前验收", 8, "自4月1日起用150天完成鉴定"),
    ("11月30日前完成安全鉴定", 3, "11月30日前完成安全鉴定"),
    ("甲;乙\n丙", 2, "乙"),
])
def test_length_goal_dated_sentence(text: str, at: int, sentence: str) -> None:
    assert _sentence(text, at) == sentence


@pytest.mark.parametrize(("pack", "rule_id"), [("funds", "FUND021"), ("time", "TIME013")])
def test_warnings_described_as_warnings(pack: str, rule_id: str) -> None:
    rules = yaml.safe_load((RULES / f"{pack}.yaml").read_text(encoding="utf-8"))["rules"]
    rule = next(rule for rule in rules if rule["id"] == rule_id)
    assert rule["severity"] == "warning"
    assert rule["description"]["en"].startswith("Warns")
    assert "告警" in rule["description"]["zh"] and "时提示" not in rule["description"]["zh"]

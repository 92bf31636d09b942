"""Re-read of session 26's funds, time and value checks (letter B): what the re-read found wrong, pinned.

VAL043 said a target below last year's rate was "only N points above" it; TIME019 read a fund allocation
(资金拨付到位时间) as the year's payout to people and put Chinese words (按月, 12月) into its English message."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text
from test_recall_audit39 import GOAL, TABLE  # the audit's own one-row table and goal

MONTHLY = "2027年为全市3200名特困人员按月发放救助供养金。"
QUARTERLY = "2027年为全市1.41万名高龄老人发放高龄津贴，津贴按季度发放。"


def _findings(engine: Any, rule: str, name: str, value: str, note: str = "", goal: str = GOAL,
              level2: str = "质量指标") -> list[Any]:
    text = TABLE.format(goal=goal, name=name, value=value, note=note, level2=level2)
    return [f for f in engine.check_source(load_text(text, "reread_b.yaml")).findings if f.rule_id == rule]


@pytest.mark.parametrize(("value", "note", "zh", "en"), [
    ("≥80%（较上年提高10个百分点）", "2026年为75%", "只比上年高5个百分点", "only 5 points above last year"),
    ("≥80%（较上年提高5个百分点）", "2026年为85%", "反而比上年低5个百分点", "5 points below last year"),
    ("≥85%（较上年提高5个百分点）", "2026年为85%", "与上年持平", "no change on last year"),
    ("≤1%（较上年下降0.5个百分点）", "2026年为0.8%", "反而比上年高0.2个百分点", "0.2 points above last year"),
    ("≤0.6%（较上年下降0.5个百分点）", "2026年为0.8%", "只比上年低0.2个百分点", "only 0.2 points below last year"),
])
def test_points_short_says_which_way_the_target_moves(engine, value: str, note: str, zh: str,  # type: ignore[no-untyped-def]
                                                      en: str) -> None:
    found = _findings(engine, "VAL043", "网办率", value, note)
    assert len(found) == 1
    assert zh in found[0].message_zh and en in found[0].message_en


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # the money's allocation to the department, early in the year: not the payout to people
    (MONTHLY, "资金拨付到位时间", "2027年3月31日前", False),
    (MONTHLY, "资金拨付完成时间", "2027年6月30日前", False),
    (MONTHLY, "中央资金下达拨付完成时间", "2027年6月30日前", False),
    (QUARTERLY, "补贴资金支付完成时间", "2027年6月30日前", False),
    # the year's payout, said with 拨付 and 全年, or with 发放/兑付, is still told
    (MONTHLY, "全年救助供养金拨付完成时间", "2027年9月30日前", True),
    (MONTHLY, "救助供养金兑付完成时间", "2027年9月30日前", True),
    (MONTHLY, "全年救助供养金发放完成时间", "2027年9月30日前", True),
])
def test_payout_not_an_allocation(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_findings(engine, "TIME019", name, value, goal=goal, level2="时效指标")) is told


@pytest.mark.parametrize(("goal", "cadence", "last"), [(MONTHLY, "monthly", "December"),
                                                       (QUARTERLY, "quarterly", "the fourth quarter")])
def test_payout_message_in_english(engine, goal: str, cadence: str, last: str) -> None:  # type: ignore[no-untyped-def]
    found = _findings(engine, "TIME019", "全年发放完成时间", "2027年9月30日前", goal=goal, level2="时效指标")
    assert len(found) == 1
    assert cadence in found[0].message_en and last in found[0].message_en
    assert "12月" not in found[0].message_en and "第四季度" not in found[0].message_en
    assert last in found[0].suggestion_en


FUND_TABLE = """version: 1
project: {{name: 2027年某市企业发展奖补项目, year: 2027, department: 某市工业和信息化局}}
funds: {{unit: 万元, total: 500, fiscal: 500}}
goal: "{goal}"
indicators:
  成本指标:
    经济成本指标:
      - {{name: 项目补助资金, value: "≤30万元"}}
  产出指标:
    数量指标:
      - {{name: 补助项目, value: ≥3个}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受补助企业满意度, value: ≥90%}}
"""


@pytest.mark.parametrize(("goal", "told"), [
    # a floor of the rate opening its words (按不低于…的6%): at least 21万元, so 30万元 is within it
    ("2027年按不低于财政投入350万元的6%给予补助。", False),
    ("2027年按不少于财政投入350万元的6%给予补助。", False),
    # a cap, or a plain rate, bounds the line: 30万元 above 21万元
    ("2027年按不超过财政投入350万元的6%给予补助。", True),
    ("2027年按财政投入350万元的6%给予补助。", True),
])
def test_line_over_rate_floor_in_the_lead(engine, goal: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = FUND_TABLE.format(goal=goal)
    rules = {f.rule_id for f in engine.check_source(load_text(text, "reread_b_rate.yaml")).findings}
    assert ("FUND026" in rules) is told

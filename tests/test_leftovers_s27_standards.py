"""Audit 39's leftovers about standards, told in session 27, each against the look-alikes it was measured on and the
cases held out (written after the check, not tuned on): a standard kept at the goal's old figure or set below the
goal's floor in a value or a cost note (FUND027), a household's standard given per person or the reverse (VAL046),
and REL008 kept from pairing a standard with another clause's (b445)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年城乡社会救助资金, year: 2027, department: 市民政局}}
funds: {{unit: 万元, total: 5000, fiscal: 5000}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 救助对象, value: ≥1000人}}
  成本指标:
    经济成本指标:
      - {{name: "{name}", value: "{value}", note: "{note}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 救助对象满意度, value: ≥90%}}
"""


def _rules(engine: Any, goal: str, name: str, value: str, note: str = "") -> set[str]:
    text = TABLE.format(goal=goal, name=name, value=value, note=note)
    return {f.rule_id for f in engine.check_source(load_text(text, "s27.yaml")).findings}


RAISED = "2027年将特困人员基本生活标准由每人每月700元提高到每人每月760元，为全市3200名特困人员按月发放救助供养金。"
FLOOR = ("2027年为特困人员5300人按月发放基本生活费，城市特困人员基本生活标准不低于每人每月1200元、农村不低于每人每月900元"
         "（全年分别为14400元、10800元）。")


# FUND027: the planted forms (b436, b437), look-alikes, then five held out
@pytest.mark.parametrize(("goal", "name", "value", "note", "told"), [
    (RAISED, "特困人员基本生活标准", "≥700元/人·月", "", True),  # b436: the old figure kept
    (FLOOR, "农村特困人员基本生活费", "≤4800万元", "按5000人×每人每月800元×12个月", True),  # b437: below the floor
    (RAISED, "特困人员基本生活标准", "≥730元/人·月", "", True),  # between the old figure and the new
    (RAISED, "特困人员基本生活标准", "≥760元/人·月", "", False),  # the new standard
    (RAISED, "特困人员基本生活标准", "≥9120元/人·年", "", False),  # the new standard a year
    (RAISED, "照料护理补贴标准（全护理）", "＝700元/人·月", "", False),  # another benefit's standard
    (FLOOR, "农村特困人员基本生活费", "≤5400万元", "按5000人×每人每月900元×12个月", False),  # the floor met
    (FLOOR, "城市特困人员基本生活费", "≤432万元", "按300人×每人每月1200元×12个月", False),  # the city's met
    (FLOOR, "农村特困人员基本生活费", "≤5700万元", "按5000人×每人每月950元×12个月", False),  # above the floor
    (FLOOR, "失能特困人员照料护理补贴", "≤576万元", "按800人×每人每月600元×12个月", False),  # another benefit
    ("2026年特困人员基本生活标准已由每人每月650元提高到每人每月700元，2027年继续按每人每月700元按月发放。",
     "特困人员基本生活标准", "＝700元/人·月", "", False),  # raised last year, kept this year
    ("2027年将特困人员照料护理补贴由每人每月400元提高到每人每月500元，基本生活标准保持每人每月700元。",
     "特困人员基本生活标准", "＝700元/人·月", "", False),  # another benefit raised
    ("2027年城乡低保标准不低于每人每月650元，为3000名低保对象按月发放低保金。", "城乡低保金", "≤2340万元",
     "按3000人×每人每月650元×12个月", False),  # a floor met exactly
    ("2027年城乡低保标准不低于每人每月650元，为3000名低保对象按月发放低保金。", "临时救助金", "≤100万元",
     "按500人次×每人次2000元", False),  # another payment in the note
    (FLOOR, "特困人员基本生活费", "≤5000万元", "按5300人×每人每月800元×12个月", False),  # which floor is not said
])
def test_standard_below_goal(engine, goal: str, name: str, value: str, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("FUND027" in _rules(engine, goal, name, value, note)) is told


HOUSEHOLD = ("2027年按每户每年600元标准为3200户城乡低保家庭发放冬季取暖补贴，按每人每年800元标准为680名特困供养人员"
             "发放取暖补贴。")


# VAL046: the planted form (b445), look-alikes, then five held out
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (HOUSEHOLD, "低保家庭取暖补贴标准", "＝600元/人·年", True),  # b445
    ("2027年按每人每月80元标准为1500名重度残疾人发放护理补贴。", "重度残疾人护理补贴标准", "＝80元/户·月", True),
    (HOUSEHOLD, "低保家庭取暖补贴标准", "＝600元/户·年", False),
    (HOUSEHOLD, "特困供养人员取暖补贴标准", "＝800元/人·年", False),  # per person, as the goal
    (HOUSEHOLD, "特困供养人员取暖补贴标准", "＝600元/人·年", False),  # another figure: REL008's
    (HOUSEHOLD, "低保家庭取暖补贴标准", "＝50元/户·月", False),  # a year's 600 a month
    ("2027年按每人每月80元标准为1500名重度残疾人发放护理补贴。", "重度残疾人护理补贴标准", "＝80元/人·月", False),
    ("2027年按每户每年600元标准为3200户低保家庭发放取暖补贴。", "低保家庭取暖补贴标准", "＝600元/人·年", True),
    ("2027年按每户每年600元标准为3200户低保家庭发放取暖补贴，按每人每年600元为特困人员发放取暖补贴。", "取暖补贴标准",
     "＝600元/人·年", False),  # per person is the other standard's
    ("2027年按每户每年600元标准为3200户低保家庭发放取暖补贴。", "低保对象医疗救助标准", "＝600元/人·年",
     False),  # another benefit
    ("2027年按每户每年600元标准为3200户低保家庭发放取暖补贴。", "受助家庭户均减少取暖支出", "≥600元/人", False),
    ("2027年按每户每年1000元标准为3200户低保家庭发放慰问金。", "低保家庭人均慰问金", "≥300元/人·年", False),
    ("2027年按每户每年600元标准为3200户低保家庭发放取暖补贴。", "低保家庭取暖补贴标准", "≤600元/人·年", False),  # a cap
])
def test_standard_head_unit(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("VAL046" in _rules(engine, goal, name, value)) is told


def test_b445_rel008_quiet_on_another_clause(engine) -> None:  # type: ignore[no-untyped-def]
    """REL008 paired b445's 低保家庭取暖补贴标准 ＝600元/人·年 with the 特困 clause's 每人每年800元 by its unit's head; the
    row names the 低保家庭 clause, whose standard is per household: VAL046's finding, not REL008's."""
    told = _rules(engine, HOUSEHOLD, "低保家庭取暖补贴标准", "＝600元/人·年")
    assert "REL008" not in told and "VAL046" in told
    # a standard the row names, at another amount, is still REL008's
    assert "REL008" in _rules(engine, HOUSEHOLD, "特困供养人员取暖补贴标准", "＝700元/人·年")


@pytest.mark.parametrize(("goal", "name", "value", "note", "told"), [
    # held out
    ("2027年将城乡低保标准从每人每月620元提高至每人每月680元，按月足额发放低保金。", "城乡低保标准", "≥620元/人·月", "",
     True),
    ("2027年孤儿基本生活费提标至每人每月1500元，为全县120名孤儿按月发放。", "孤儿基本生活费", "≤216万元",
     "按120人×每人每月1400元×12个月", True),
    ("2027年困难残疾人生活补贴标准不低于每人每月90元，为3000名困难残疾人按月发放。", "困难残疾人生活补贴", "≤324万元",
     "按3000人×每人每月90元×12个月", False),
    ("2027年将高龄津贴由每人每月100元提高到每人每月150元。", "重度残疾人护理补贴标准", "＝100元/人·月", "", False),
    ("2027年城市低保标准不低于每人每月800元、农村低保标准不低于每人每月600元。", "农村低保金", "≤1440万元",
     "按2000人×每人每月600元×12个月", False),
])
def test_standard_below_goal_held_out(engine, goal: str, name: str, value: str, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("FUND027" in _rules(engine, goal, name, value, note)) is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # held out
    ("2027年按每户每年1200元标准为500户脱贫监测户发放产业奖补。", "脱贫监测户产业奖补标准", "＝1200元/人·年", True),
    ("2027年按每人每月200元标准为350名留守儿童发放关爱补助。", "留守儿童关爱补助标准", "＝200元/户·月", True),
    ("2027年按每户每年3000元标准为200户分散供养特困家庭发放生活补助。", "分散供养特困家庭生活补助标准", "＝250元/人·月",
     True),
    ("2027年按每人每年500元标准为1000名困难群众购买意外保险，并按每户每年300元为低保户发放物价补贴。", "困难群众意外保险标准",
     "＝500元/人·年", False),
    ("2027年按每户每年800元标准为2000户低保户发放救助金。", "低保户救助金标准", "≥800元/户", False),
])
def test_standard_head_unit_held_out(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("VAL046" in _rules(engine, goal, name, value)) is told

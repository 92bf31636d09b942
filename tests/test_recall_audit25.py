"""The twenty-fifth recall audit's checks (b296–b305), each against some of the look-alikes it was measured on:
a goal's standard per head against the indicator giving it (REL008 standard)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text


def _table(goal: str, rows: list[tuple[str, str, str]], project: str = "2026年民生补助资金") -> str:
    """A 2026 table of 9000000元 with ``goal`` and each (二级, name, value) of ``rows`` under 产出指标."""
    by_level: dict[str, str] = {}
    for level2, name, value in rows:
        by_level[level2] = by_level.get(level2, "") + f'      - name: "{name}"\n        value: "{value}"\n'
    return (f"version: 1\nproject: {{name: {project}, year: 2026}}\n"
            f"funds: {{unit: 元, total: 9000000, fiscal: 9000000}}\ngoal: {goal}\nindicators:\n  产出指标:\n"
            + "".join(f"    {level2}:\n{lines}" for level2, lines in by_level.items()))


def _findings(engine: Any, goal: str, costs: list[tuple[str, str]]) -> list[Any]:
    text = _table(goal, [("成本指标", name, value) for name, value in costs])
    return engine.check_source(load_text(text, "audit25.yaml")).findings


_SPECIAL = "为独生子女伤残家庭120人按每人每月590元、死亡家庭80人按每人每月730元发放特别扶助金。"
_REWARD = "2026年为农村部分计划生育家庭3500人按每人每年1000元发放奖励扶助金；" + _SPECIAL
_ORPHANS = "按集中供养孤儿每人每月不低于1800元、社会散居孤儿和事实无人抚养儿童每人每月不低于1400元的标准按月发放基本生活费。"


@pytest.mark.parametrize(("goal", "costs", "told"), [
    # a standard among several for kinds named at length: the one clause holding the payment's words
    (_REWARD, [("奖励扶助标准", "＝960元/人·年")], "奖励扶助标准"),
    ("2026年为符合条件的退役士兵600人按每人每年3000元发放自主就业补助金；为伤残军人150人按每人每月400元发放伤残抚恤补助。",
     [("自主就业补助标准", "＝2800元/人·年")], "自主就业补助标准"),
    ("2026年为城市特困人员300人按每人每年13200元发放基本生活费；为农村特困人员900人按每人每年9600元发放基本生活费。",
     [("农村特困人员基本生活费标准", "＝9000元/人·年"), ("城市特困人员基本生活费标准", "＝13200元/人·年")],
     "农村特困人员基本生活费标准"),
    (_REWARD, [("奖励扶助标准", "＝1000元/人·年"), ("特别扶助标准（伤残）", "＝590元/人·月"),
               ("特别扶助标准（死亡）", "＝730元/人·月")], None),
    (_SPECIAL, [("特别扶助标准（伤残）", "＝590元/人·月")], None),  # 伤残 is the other clause's
    (_REWARD, [("扶助标准", "≥590元/人·月")], None),  # names no one standard's payment
    # a floor below the goal's floor for the kind the indicator names
    (_ORPHANS, [("社会散居孤儿和事实无人抚养儿童保障标准", "不低于1300元/人·月")], "社会散居孤儿和事实无人抚养儿童保障标准"),
    ("重度残疾人护理补贴按每人每月不低于1000元的标准按月发放。", [("重度残疾人护理补贴标准", "≥10000元/人·年")],
     "重度残疾人护理补贴标准"),
    (_ORPHANS, [("集中供养孤儿保障标准", "不低于1800元/人·月"),
                ("社会散居孤儿和事实无人抚养儿童保障标准", "不低于1400元/人·月")], None),
    ("社会散居孤儿每人每月不低于1000元的标准发放基本生活费。", [("社会散居孤儿保障标准", "≥12000元/人·年")], None),
    ("按每人每月1400元发放社会散居孤儿基本生活费。", [("社会散居孤儿保障标准", "不低于1300元/人·月")], None),  # no floor
    ("集中供养孤儿每人每月不低于1800元的标准按月发放基本生活费。", [("社会散居孤儿保障标准", "不低于1400元/人·月")],
     None),  # another kind's floor
    ("自7月起社会散居孤儿保障标准由每人每月不低于1300元提高到每人每月不低于1400元。",
     [("社会散居孤儿保障标准", "不低于1300元/人·月")], None),  # raised mid-year: two floors
])
def test_a_goal_standard_against_the_indicator_giving_it(engine, goal: str,  # type: ignore[no-untyped-def]
                                                         costs: list[tuple[str, str]], told: str | None) -> None:
    hits = [f for f in _findings(engine, goal, costs) if f.rule_id == "REL008" and "补助标准，必有一处写错" in f.message_zh]
    assert [f.message_zh.split("指标“")[1].split("”")[0] for f in hits] == ([told] if told else [])


def _counted(engine: Any, goal: str, quantities: list[tuple[str, str]], benefit: tuple[str, str] | None) -> list[str]:
    text = _table(goal, [("数量指标", name, value) for name, value in quantities])
    if benefit:
        text += f'  效益指标:\n    可持续影响指标:\n      - name: "{benefit[0]}"\n        value: "{benefit[1]}"\n'
    findings = engine.check_source(load_text(text, "audit25.yaml")).findings
    return [f.message_zh.split("指标“")[1].split("”")[0] for f in findings
            if f.rule_id == "REL008" and "应写成一致" in f.message_zh]


_MEALS = "2026年按每生每天5元标准，为全县农村义务教育阶段学生1.86万人提供营养膳食补助。"


@pytest.mark.parametrize(("goal", "quantities", "benefit", "told"), [
    (_MEALS, [("受益学生人数", "≥16800人")], ("享受营养膳食补助学生人数", "≥18600人"), "受益学生人数"),
    ("为城乡困难群众3200人发放临时救助金。", [("受助群众人数", "≥3000人")], None, "受助群众人数"),
    ("资助家庭经济困难学生1500人。", [("受资助学生人数", "≥1200人")], None, "受资助学生人数"),
    (_MEALS, [("受益学生人数", "≥18600人")], ("享受营养膳食补助学生人数", "≥18600人"), None),
    ("为全县学生1.86万人提供营养膳食补助。", [("受益寄宿学生人数", "≥6200人")], None, None),  # a part
    ("全县义务教育阶段学生1.86万人，为其中农村学生1.2万人提供营养膳食补助。", [("受益学生人数", "≥12000人")], None,
     None),  # the county's whole only stated
    ("全年服务学生1.86万人次。", [("受益学生人数", "≥16800人")], None, None),  # another unit
])
def test_those_reached_named_as_the_goals_words(engine, goal: str,  # type: ignore[no-untyped-def]
        quantities: list[tuple[str, str]], benefit: tuple[str, str] | None, told: str | None) -> None:
    assert _counted(engine, goal, quantities, benefit) == ([told] if told else [])


def _priced(engine: Any, goal: str, rows: list[tuple[str, str, str]]) -> list[str]:
    findings = engine.check_source(load_text(_table(goal, rows, "2026年补助资金"), "audit25.yaml")).findings
    return [f.message_zh.split("”")[0].lstrip("“") for f in findings if f.rule_id == "FUND007"]


_HEIRS = "2026年对120名州级非物质文化遗产代表性传承人按每人每年5000元给予传习补助。"


@pytest.mark.parametrize(("goal", "rows", "told"), [
    (_HEIRS, [("数量指标", "补助州级代表性传承人", "＝120人"), ("成本指标", "传承人传习补助", "≤500000元"),
              ("成本指标", "传习补助标准", "＝5000元/人·年")], "传习补助标准"),
    ("2026年为80名退休教师按每人每月500元发放生活补助。", [("数量指标", "补助退休教师", "＝80人"),
     ("成本指标", "退休教师生活补助", "≤400000元"), ("成本指标", "生活补助标准", "＝500元/人·月")], "生活补助标准"),
    (_HEIRS, [("数量指标", "补助州级代表性传承人", "＝120人"), ("成本指标", "传承人传习补助", "≤600000元"),
              ("成本指标", "传习补助标准", "＝5000元/人·年")], None),
    (_HEIRS, [("数量指标", "补助州级代表性传承人", "≥130人"), ("成本指标", "传承人传习补助", "≤500000元"),
              ("成本指标", "传习补助标准", "＝5000元/人·年")], None),  # not the goal's count
    ("2026年对120名州级传承人按每人每年5000元、60名县级传承人按每人每年3000元给予传习补助。",
     [("数量指标", "补助州级代表性传承人", "＝120人"), ("数量指标", "补助县级代表性传承人", "＝60人"),
      ("成本指标", "传承人传习补助", "≤780000元"), ("成本指标", "州级传习补助标准", "＝5000元/人·年")], None),
])
def test_a_standards_count_in_the_goals_clause(engine, goal: str,  # type: ignore[no-untyped-def]
                                               rows: list[tuple[str, str, str]], told: str | None) -> None:
    assert _priced(engine, goal, rows) == ([told] if told else [])

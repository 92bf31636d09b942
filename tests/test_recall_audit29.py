"""The twenty-ninth recall audit's checks (b336–b345), each against some of the look-alikes it was measured on:
a rate to raise whose name brackets its other word or speaks of kindergarten entry (VAL015), and a goal's
应助尽助 beside the rate named with it (REL008)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年学生资助资金, year: 2026, department: 县教育局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    质量指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受助学生满意度, value: ≥90%}}
"""


def _rules(engine: Any, name: str, value: str, goal: str = "2026年资助家庭经济困难学生1000人。") -> set[str]:
    text = TABLE.format(goal=goal, name=name, value=value)
    return {f.rule_id for f in engine.check_source(load_text(text, "audit29.yaml")).findings}


@pytest.mark.parametrize(("name", "value", "told"), [
    ("全县学前三年毛入园率", "≤92%", True),
    ("学生体质健康达标（合格）率", "≤92%", True),
    ("中职毕业生就业（升学）率", "≤90%", True),
    ("学前三年毛入园率", "≥92%", False),
    ("学生体质健康不达标（不合格）率", "≤8%", False),  # the bracket names the reverse too
    ("体质测试不合格（含缺测）率", "≤5%", False),
    ("幼儿园超额入园（超班额）率", "≤5%", False),  # over the places, kept down
    ("违规入园率", "≤1%", False),
    ("检测结果误差（偏差）率", "≤3%", False),
])
def test_a_rate_to_raise_capped(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("VAL015" in _rules(engine, name, value)) is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2026年确保家庭经济困难幼儿应助尽助。", "家庭经济困难幼儿应助尽助率", "≥95%", True),
    ("2026年义务教育阶段家庭经济困难寄宿生应助尽助。", "寄宿生应助尽助率", "≥95%", True),
    ("2026年确保家庭经济困难学生应助尽助。", "家庭经济困难学生应助尽助率", "＝100%", False),
    ("2026年确保家庭经济困难学生应助尽助。", "残疾学生应助尽助率", "≥95%", False),  # another group
    ("2026年确保家庭经济困难学生应助尽助。", "家庭经济困难学生资助覆盖率", "≥95%", False),  # not the goal's words
    ("到2028年实现家庭经济困难学生应助尽助。", "家庭经济困难学生应助尽助率", "≥95%", False),  # a later year's
])
def test_aid_to_all_who_qualify_against_its_rate(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                                 told: bool) -> None:
    assert ("REL008" in _rules(engine, name, value, goal)) is told

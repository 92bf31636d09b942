"""Session 26: the pinned misses and leftovers of session 25's warnings, each fix with the look-alikes it must leave
quiet and cases held out after it (written once the change was made, not tuned on):
1. FUND019 (note_count.py): a line whose words past a leading qualifier are one word (学生校服购置费 of 为学生购置校服
   800套 beside 购置校服) pairs with the output naming that word alone; a goal counting the thing for two groups
   ties it to neither (为教师…300人次，为学生…500人次)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_leftovers_s25_audit37 import FUND_TABLE


def _fund_rules(engine: Any, goal: str, line: str, note: str, output: str, value: str) -> set[str]:
    text = FUND_TABLE.format(goal="2027年" + goal, line=line, note=note, output=output, value=value)
    return {f.rule_id for f in engine.check_source(load_text(text, "s26_fund.yaml")).findings}


# (goal, line, its note, output, its value, told)
_UNIFORMS = [
    ("为学生购置校服800套。", "学生校服购置费", "按500套×每套150元", "购置校服", "≥800套", True),
    # look-alikes: the note at the count, a part, no count in the goal, another thing, two groups, a ceiling
    ("为学生购置校服800套。", "学生校服购置费", "按800套×每套150元", "购置校服", "≥800套", False),
    ("为学生购置校服800套。", "学生校服购置费", "按500套×每套150元", "校服洗涤服务", "≥800套", False),
    ("为学生购置校服。", "学生校服购置费", "按500套×每套150元", "购置校服", "≥800套", False),
    ("购置校服800套，其中为贫困学生免费配发300套。", "学生校服购置费", "按300套×每套150元", "购置校服", "≥800套", False),
    ("为教师开展培训300人次，为学生开展培训500人次。", "教师培训费", "按300人次×每人次200元", "开展培训", "≥800人次", False),
    ("为学生购置校服800套。", "学生校服购置费", "按500套×每套150元", "购置校服", "≤800套", False),
    ("为学生购置校服800套。", "学生课桌购置费", "按500套×每套150元", "购置校服", "≥800套", False),
    ("为学生购置校服800套。", "学生校服购置费", "按500件×每件150元", "购置校服", "≥800套", False),
    ("为学生购置校服800套、课桌椅800套。", "学生校服购置费", "按500套×每套150元", "购置学生用品", "≥1600套", False),
    ("为学生购置校服800套。", "学生校服购置费", "按790套×每套150元", "购置校服", "≥800套", False),
]
# held out, written after the change
_UNIFORMS_HELD = [
    ("为村医购置药箱120个。", "村医药箱购置费", "按100个×每个300元", "购置药箱", "≥120个", True),
    ("为环卫工人购置工装600套。", "环卫工人工装购置费", "按600套×每套200元", "购置工装", "≥600套", False),
    ("为网格员配发手机200部，为村干部配发手机300部。", "网格员手机购置费", "按200部×每部1500元", "配发手机", "≥500部", False),
    pytest.param("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "＝60顶", True,
                 marks=pytest.mark.xfail(strict=True, reason="held out, missed: 配发 is no generic word, so the output "
                                                             "names more than 头盔")),
    ("为学生购置校服800套。", "学生校服购置费", "按500套×每套150元", "校服购置及发放", "≥800套", False),
]


@pytest.mark.parametrize(("goal", "line", "note", "output", "value", "told"), _UNIFORMS + _UNIFORMS_HELD)
def test_fund019_one_word_past_the_qualifier(engine: Any, goal: str, line: str, note: str, output: str, value: str,
                                             told: bool) -> None:
    assert ("FUND019" in _fund_rules(engine, goal, line, note, output, value)) is told

"""Reread of session 25's goal and relevance checks (helper A): each case a slip found reading the changed code,
failing before its fix."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某县专项工作经费, year: 2027, department: 某县应急管理局}}
funds: {{unit: 元, total: 900000, fiscal: 900000}}
goal: "{goal}"
indicators:
  成本指标:
    经济成本指标:
      - {{name: 项目工作经费, value: ≤900000元}}
  产出指标:
    数量指标:
{counts}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _rules(engine: Any, goal: str, counts: list[tuple[str, str]]) -> set[str]:
    lines = "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in counts)
    text = TABLE.format(goal=goal, counts=lines)
    return {f.rule_id for f in engine.check_source(load_text(text, "reread_s25_A.yaml")).findings}


# REL037: a count of sessions is read whole, not as the tail of a longer figure (120次培训 was read as 20 sessions,
# 十二期 as 二期, capping the visits far below what the goal allows)
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2027年组织150名网格员开展120次培训。", "网格员培训", "≥5000人次", False),  # 150 × 120: told as 150 × 20 before
    ("2027年组织150名网格员开展12次培训。", "网格员培训", "≥5000人次", True),  # 150 × 12 = 1800
    ("2027年为40名队员分十二期培训。", "队员培训", "≥300人次", False),  # 40 × 12: told as 40 × 2 before
    ("2027年为40名队员分三期培训。", "队员培训", "≥300人次", True),  # 40 × 3 = 120
])
def test_visits_read_the_whole_count_of_sessions(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL037" in _rules(engine, goal, [(name, value)])) is told


# REL036: a date's day (2027年6月30日之内) is no limit of 30 days
@pytest.mark.parametrize(("goal", "value", "told"), [
    ("2027年对200个点位进行维护，2027年6月30日之内完成设备修复。", "≤5周", False),  # told before
    ("2027年对200个点位进行维护，30日之内完成设备修复。", "≤5周", True),
])
def test_a_dates_day_is_no_time_limit(engine: Any, goal: str, value: str, told: bool) -> None:
    assert ("REL036" in _rules(engine, goal, [("设备修复时间", value)])) is told

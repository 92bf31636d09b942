"""Re-read of round s22's goal and relevance checks (REL008's period figures, REL024): slips found on a second
reading, each a case that was told wrongly before its fix, beside the true case that must stay told."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年县惠民项目, year: 2026, department: 县农业农村局{period}}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 群众满意度, value: ≥90%}}
"""


def _rules(engine: Any, goal: str, name: str, value: str, period: str = "") -> list[str]:
    text = TABLE.format(goal=goal, name=name, value=value, period=f", period: {period}" if period else "")
    return [finding.rule_id for finding in engine.check_source(load_text(text, "reread.yaml")).findings]


# REL024: a stock to a date or a running total is not last year's work, and the year's additions are not held to it
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2025年实际资助2260人，2026年资助学生2100人。", "资助学生", "＝2100人", True),
    ("上年实际开展义诊210场，2026年开展义诊180场。", "开展义诊场次", "≥180场", True),
    ("截至2025年已建成村级服务站120个，2026年新建村级服务站20个。", "新建村级服务站", "≥20个", False),
    ("截至2025年已建成村级服务站120个，2026年建设村级服务站20个。", "建设村级服务站", "≥20个", False),
    ("2025年已累计培训农民3000人，2026年培训农民500人。", "培训农民人数", "≥500人", False),
    ("上年已纳入管理高血压患者5200人，本年新增管理高血压患者300人。", "新增管理高血压患者", "≥300人", False),
])
def test_last_year_actual_not_a_stock(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL024" in _rules(engine, goal, name, value)) is told


# REL008 period_as_year: how often work recurs (每两年一次, 三年一轮) is no project of several years
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("分两年普查农户6000户，2026年普查农户3000户。", "普查农户", "≥6000户", True),
    ("每两年开展一次普查，2026年普查农户3000户。", "普查农户", "≥6000户", False),
    ("农村妇女两癌筛查两年一轮，2026年筛查农村妇女3000人。", "筛查农村妇女人数", "≥6000人", False),
])
def test_frequency_is_no_period(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL008" in _rules(engine, goal, name, value)) is told

"""Re-read of the goal-reading checks (goal_figures, goal_cadence, goal_none_allowed, pricing, goal_sources,
foreign_project, goal_coverage, township): each test here failed before its fix."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

_TABLE = """version: 1
project: {{name: 2026年电子政务外网运行维护, year: 2026}}
goal: "2026年全年不发生重大网络安全事件。"
indicators:
  产出指标:
    质量指标:
      - {{name: 重大网络安全事件, value: "{value}"}}
"""


@pytest.mark.parametrize(("value", "told"), [("<3起", True), ("＜2起", True), ("<1起", False)])
def test_rel019_reads_a_strict_ceiling_above_one_as_allowing_some(engine: Any, value: str, told: bool) -> None:
    # <3起 allows two: only <1起 is none
    findings = engine.check_source(load_text(_TABLE.format(value=value), "t.yaml")).findings
    assert ("REL019" in [finding.rule_id for finding in findings]) is told

"""The re-read of REL008's quoting of the goal (h112): the goal's words are quoted for a finding only, and the quote's
clause is the one ``_clause_to`` reads."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.primitives import goal_figures


def _told(engine: Any, goal: str, rows: list[tuple[str, str]], level2: str = "数量指标") -> list[Any]:
    fragment = {"goal": goal, "indicators": {"产出指标": {level2: [{"name": name, "value": value} for name, value in rows]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


def test_the_goals_words_are_read_only_for_a_finding(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    quoted: list[tuple[int, int]] = []
    real = goal_figures._goal_said

    def counted(goal: str, start: int, end: int, figure: str | None = None) -> dict[str, str]:
        quoted.append((start, end))
        return real(goal, start, end, figure)

    monkeypatch.setattr(goal_figures, "_goal_said", counted)
    goal = "新建村级公路18公里，改造危桥6座，群众满意度达到90%以上。"
    rows = [("新建村级公路里程", "≥18公里"), ("改造危桥数量", "≥6座")]
    # every figure given: nothing told, nothing quoted (each figure of every table was quoted before)
    assert _told(engine, goal, rows) == [] and quoted == []
    # a slip told: its own figure quoted, once
    [found] = _told(engine, goal, [("新建村级公路里程", "≥1.8公里"), ("改造危桥数量", "≥6座")])
    assert "“新建村级公路18公里”" in found.message_zh and len(quoted) == 1

"""A re-read of the hour's changes (VAL034 … the value reader's tiers): each problem found, held here."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import parse_value


@pytest.mark.parametrize("value", ["城区不少于每日2次，农村不少于每周1次", "汛期不低于每日1次，非汛期不低于每周1次"])
def test_a_tier_label_does_not_swallow_its_comparison(value: str) -> None:
    # the floor (不少于) is no part of the tier's name: reading 城区不少于 as the tier left ＝2次/日, an exact target
    parsed = parse_value(value)
    assert parsed.number is None or parsed.op == "≥"


def _goal_told(engine: Any, goal: str, name: str, value: str) -> list[Any]:
    fragment = {"goal": goal, "indicators": {"效益指标": {"社会效益指标": [{"name": name, "value": value}]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


@pytest.mark.parametrize("goal", [
    "受益人口由上年的2000人增加到3000～3500人。",  # the range's upper end, its baseline before the lower end
    "受益人口由上年的2000人增加到3500人。",
    "受益人口增加到3000～3500人。",
])
def test_a_range_after_a_baseline_is_the_target(engine: Any, goal: str) -> None:
    # 3500人 beside ≥350人 is a 0 too few; the baseline before the range made its upper end a baseline too
    assert any("“3500人”" in f.message_zh for f in _goal_told(engine, goal, "受益人口", "≥350人"))

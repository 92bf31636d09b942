"""g680–g687, a last careful round on the newest checks: the false findings the tables drew, each with the case
that showed it, and the defect beside it still told.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_review_h132 import _findings

QUANTITY = ("产出指标", "数量指标")


@pytest.mark.parametrize(("goal", "value", "told"), [
    # the rounds counted after the work's object, past the verb's reach: 36 a year both ways (g685)
    ("2026年每旬巡查水厂消毒设备运行1次。", "每月3次", False),
    # the same goal with rounds a year that differ is still told
    ("2026年每旬巡查水厂消毒设备运行1次。", "每月2次", True),
])
def test_rel018_counts_rounds_said_after_the_works_object(engine: Any, goal: str, value: str, told: bool) -> None:
    found = _findings(engine, "REL018", goal=goal,
                      rows={QUANTITY: [{"name": "消毒设备运行巡查频次", "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("name", "told"), [
    # fitted for the audience it names, counted in person-times (g680)
    ("为听障观众配置助听讲解设备", False),
    ("为困难群众配置康复辅助器械", False),
    # a device bought with no one named is still told
    ("配置助听讲解设备", True),
])
def test_val036_leaves_a_device_fitted_for_an_audience_it_names(engine: Any, name: str, told: bool) -> None:
    found = _findings(engine, "VAL036", rows={QUANTITY: [{"name": name, "value": "≥500人次"}]})
    assert bool(found) is told, [f.message_zh for f in found]

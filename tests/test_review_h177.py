"""Re-read of the timing round and REL018's rounds (h177): each case a fix was made for."""

from __future__ import annotations

from typing import Any

import pytest

from test_review_h132 import _findings

QUANTITY = ("产出指标", "数量指标")


@pytest.mark.parametrize(("goal", "value", "told"), [
    # 十二次 is twelve rounds, not the 二次 at its end: 48 a year both ways
    ("2026年每月巡查水厂十二次。", "每季度36次", False),
    ("2026年每月巡查水厂十二次。", "每季度6次", True),
    # 十次 counted too (360 a year both ways)
    ("2026年每旬巡查水厂十次。", "每月30次", False),
    ("2026年每月巡查水厂两次。", "每季度6次", False),
    ("2026年每月巡查水厂三次。", "每季度6次", True),
])
def test_rel018_reads_the_goals_rounds_in_words_whole(engine: Any, goal: str, value: str, told: bool) -> None:
    found = _findings(engine, "REL018", goal=goal, rows={QUANTITY: [{"name": "水厂巡查频次", "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("goal", "value", "told"), [
    # the 3次 is the monthly report's, not the quarterly round's: quarterly against monthly is told
    ("2026年每季度巡查水厂并每月通报3次。", "每月1次", True),
    # rounds counted before the next cadence are still the first's
    ("2026年每季度巡查水厂3次并每月通报1次。", "每月1次", False),
])
def test_rel018_counts_a_cadences_rounds_only_up_to_the_next_cadence(engine: Any, goal: str, value: str,
                                                                     told: bool) -> None:
    found = _findings(engine, "REL018", goal=goal, rows={QUANTITY: [{"name": "水厂巡查频次", "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("name", "told"), [
    # the goal's monthly cadence is the report's (通报), said first after it, not the inspection's (巡查)
    ("水厂巡查频次", False),
    ("水厂巡查结果通报频次", True),
])
def test_rel018_gives_a_cadence_to_the_first_verb_after_it(engine: Any, name: str, told: bool) -> None:
    found = _findings(engine, "REL018", goal="2026年每月通报水厂巡查结果1次。",
                      rows={QUANTITY: [{"name": name, "value": "每季度1次"}]})
    assert bool(found) is told, [f.message_zh for f in found]


@pytest.mark.parametrize(("name", "told"), [
    # the share of places keeping the bad thing under a line: the more the better (left for the lead by h177)
    ("布雷图指数控制在5以下的社区比例", False),
    ("事故发生率低于1%的乡镇比例", False),
    ("投诉率控制在1%以下的窗口比例", False),
    # the bad thing's own share is still a reverse indicator
    ("空气质量超标天数占比", True),
    ("PM2.5浓度超标的站点比例", True),
])
def test_val006_leaves_the_share_of_places_under_a_line(engine: Any, name: str, told: bool) -> None:
    found = _findings(engine, "VAL006", rows={("效益指标", "社会效益指标"): [{"name": name, "value": "≥90%"}]})
    assert bool(found) is told, [f.message_zh for f in found]

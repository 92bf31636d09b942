"""Forms that careful tables g364–g375 (fixtures/sectors: 船舶污染物接收, 危房改造, 地下管线普查, 灌区改造,
人民陪审员, 戏曲进乡村, 危险废物评估, 空气自动站, 森林生态效益补偿, 校园足球, 高中助学金, 山洪灾害) use that
drew false findings; look-alikes keep theirs.

- a range in the goal (参审案件800至900件, 满意度85%至95%) was read as its upper end alone, so an indicator
  asking the range's floor or within it (≥800件, ≥850件, ≥90%) was told as asking less than the goal (REL008
  ``differs``); the goal promises at least the lower end.
"""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _rel008(engine: Any, goal: str, name: str, value: str) -> bool:
    """Whether REL008 tells the indicator ``name`` ``value`` against ``goal``."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年人民陪审员履职经费"
    document["project"].pop("title", None)
    document["goal"] = goal
    level2 = "数量指标" if value.endswith("件") else "质量指标"
    document["indicators"].setdefault("产出指标", {}).setdefault(level2, []).append({"name": name, "value": value})
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    findings = engine.check_source(load_text(text, "t.yaml")).findings
    return any(finding.rule_id == "REL008" and finding.value.split("\x1f")[-1] == value for finding in findings)


_CASES = "2026年保障86名人民陪审员履职，全年陪审员参审案件800至900件。"
_RATE = "2026年保障86名人民陪审员履职，陪审案件服判息诉率85%-95%。"


def test_a_goal_range_is_read_from_its_lower_end(engine: Any) -> None:
    assert not _rel008(engine, _CASES, "陪审员参审案件", "≥800件")
    assert not _rel008(engine, _CASES, "陪审员参审案件", "≥850件")
    assert not _rel008(engine, _RATE, "陪审案件服判息诉率", "≥90%")
    assert not _rel008(engine, _RATE, "陪审案件服判息诉率", "≥85%")


def test_an_indicator_below_the_ranges_floor_is_still_told(engine: Any) -> None:
    assert _rel008(engine, _CASES, "陪审员参审案件", "≥700件")
    assert _rel008(engine, _RATE, "陪审案件服判息诉率", "≥80%")
    assert _rel008(engine, "2026年保障86名人民陪审员履职，全年陪审员参审案件900件。", "陪审员参审案件", "≥800件")

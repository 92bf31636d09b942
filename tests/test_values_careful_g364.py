"""Forms that careful tables g364–g375 (fixtures/sectors: 船舶污染物接收, 危房改造, 地下管线普查, 灌区改造,
人民陪审员, 戏曲进乡村, 危险废物评估, 空气自动站, 森林生态效益补偿, 校园足球, 高中助学金, 山洪灾害) use that
drew false findings; look-alikes keep theirs.

- a range in the goal (参审案件800至900件, 满意度85%至95%) was read as its upper end alone, so an indicator
  asking the range's floor or within it (≥800件, ≥850件, ≥90%) was told as asking less than the goal (REL008
  ``differs``); the goal promises at least the lower end.
- a per-head quantity named with 每名 (每名护林员每月巡山 ≥20天) was told as a quantity with no cost line
  (REL002), as 人均 is not; a count of all the work (护林员巡山 ≥38000人天) still is.
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


def _rel002_quantity(engine: Any, name: str, value: str) -> bool:
    """Whether REL002 tells the quantity ``name`` ``value`` beside two itemised costs of forest upkeep."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年森林生态效益补偿资金"
    document["project"].pop("title", None)
    document["goal"] = "2026年对国家级公益林50万亩安排森林生态效益补偿，聘用护林员160人。"
    document["indicators"]["产出指标"] = {
        "数量指标": [{"name": "国家级公益林补偿面积", "value": "＝50万亩"}, {"name": "聘用公益林护林员", "value": "≥160人"},
                 {"name": name, "value": value}],
        "成本指标": [{"name": "国家级公益林补偿", "value": "＝787.5万元"}, {"name": "公共管护支出", "value": "＝12.5万元"}],
    }
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    findings = engine.check_source(load_text(text, "t.yaml")).findings
    return any(finding.rule_id == "REL002" and name in finding.message_zh for finding in findings)


def test_a_quantity_per_head_named_with_meiming_needs_no_cost(engine: Any) -> None:
    assert not _rel002_quantity(engine, "每名护林员每月巡山", "≥20天")
    assert not _rel002_quantity(engine, "护林员人均每月巡山", "≥20天")


def test_a_count_of_all_the_work_still_needs_its_cost(engine: Any) -> None:
    assert _rel002_quantity(engine, "护林员巡山", "≥38000人天")

"""Forms that careful tables g358–g363 (fixtures/sectors: 园区标准厂房, 农村公路养护, 农贸市场改造, 外墙保温,
应急避难场所, 农村电商) use that drew false findings; look-alikes keep theirs.

- a cost line naming the goal's standard in brackets and giving the sum as its value (农贸市场提质改造补助
  （每个市场45万元） ＝3600000元, the goal 每个市场补助45万元) was told as giving the standard another amount
  (REL008 ``standard``); the bracketed standard is what agrees with the goal or not.
"""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _rel008_standard(engine: Any, name: str, value: str) -> bool:
    """Whether REL008 tells a cost line ``name`` ``value`` against the goal's standard of 每个市场补助45万元."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年乡镇农贸市场提质改造补助资金"
    document["project"].pop("title", None)
    document["goal"] = "2026年对8个乡镇农贸市场实施提质改造，每个市场补助45万元。"
    document["indicators"].setdefault("产出指标", {}).setdefault("成本指标", []).append({"name": name, "value": value})
    document["indicators"]["产出指标"].setdefault("数量指标", []).append({"name": "提质改造农贸市场", "value": "＝8个"})
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    findings = engine.check_source(load_text(text, "t.yaml")).findings
    return any(finding.rule_id == "REL008" and finding.value.split("\x1f")[-1] == value for finding in findings)


def test_a_line_naming_the_goals_standard_in_brackets_gives_its_sum(engine: Any) -> None:
    assert not _rel008_standard(engine, "农贸市场提质改造补助（每个市场45万元）", "＝3600000元")
    assert not _rel008_standard(engine, "农贸市场提质改造补助（每个市场450000元）", "＝360万元")


def test_a_bracketed_or_per_head_standard_of_another_amount_is_still_told(engine: Any) -> None:
    assert _rel008_standard(engine, "农贸市场提质改造补助（每个市场40万元）", "＝3600000元")
    assert _rel008_standard(engine, "每个市场提质改造补助标准", "＝40万元")

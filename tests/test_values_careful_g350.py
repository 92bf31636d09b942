"""Forms that careful tables g350–g357 (fixtures/sectors: 碳汇造林, 巾帼家政培训, 油茶低改, 退耕还林补助, 粮食烘干,
林下黄精, 公共充电桩, 人工影响天气) use, or phrasings probed beside them, that drew false findings; look-alikes keep theirs.

- the environment's worth valued in money (新增森林生态服务价值 ≥450万元, 生态产品价值, GEP) under 生态效益 was told
  as money saved or earned (CAT018), where carbon-trade income, a price or a bill saved still is;
- a span by months (2026年1月至12月, 2026年1-12月) or a whole year (2026年度) under 数量 was told as a completion
  date (CAT017), where one by days (2026年1月1日至12月31日) was already left alone.
"""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _rules(engine: Any, level1: str, level2: str, rows: list[dict[str, str]]) -> dict[str, set[str]]:
    """Rule ids by the value or name reported, the rows added under ``level1``/``level2`` of the clean example table."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年林业碳汇造林项目"
    document["project"].pop("title", None)
    document["goal"] = "2026年营造碳汇林3000亩，造林当年成活率达到85%以上。"
    document["indicators"].setdefault(level1, {}).setdefault(level2, []).extend(rows)
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    found: dict[str, set[str]] = {}
    for finding in engine.check_source(load_text(text, "t.yaml")).findings:
        found.setdefault(finding.value.split("\x1f")[-1], set()).add(finding.rule_id)
    return found


_ECOLOGICAL_WORTH = {"新增森林生态服务价值": "≥450万元", "森林生态系统服务功能价值": "≥460万元",
                     "生态系统生产总值（GEP）增加": "≥300万元", "新增生态产品价值": "≥200万元"}
_MONEY_EARNED_OR_SAVED = {"林业碳汇交易额": "≥7.5万元", "公共机构年节约电费": "≥27万元", "碳汇交易价格": "≥50元/吨"}


def test_the_environments_worth_in_money_is_an_ecological_benefit_but_money_earned_is_not(engine: Any) -> None:
    rows = [{"name": name, "value": value} for name, value in {**_ECOLOGICAL_WORTH, **_MONEY_EARNED_OR_SAVED}.items()]
    found = _rules(engine, "效益指标", "生态效益指标", rows)
    told = {value for value in {**_ECOLOGICAL_WORTH, **_MONEY_EARNED_OR_SAVED}.values()
            if "CAT018" in found.get(value, set())}
    assert told == set(_MONEY_EARNED_OR_SAVED.values())


_SPANS = ["2026年1月至12月", "2026年1-12月", "2026年1月-12月", "2026年度", "2026年1月1日至12月31日"]
_DEADLINES = ["2026年11月30日前", "2026年12月31日", "截至2026年6月30日", "2026-11-30前", "2026年度内完成"]


def test_a_span_by_months_or_a_year_under_quantity_is_no_completion_date(engine: Any) -> None:
    rows = [{"name": f"林下种植技术服务{index}", "value": value} for index, value in enumerate(_SPANS + _DEADLINES)]
    found = _rules(engine, "产出指标", "数量指标", rows)
    told = {value for value in _SPANS + _DEADLINES if "CAT017" in found.get(value, set())}
    assert told == set(_DEADLINES)

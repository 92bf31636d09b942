"""Forms that careful tables g284–g293 (fixtures/sectors: transport, energy and utilities) use and that drew
false findings. Look-alikes keep their own reading, so each fix stops where it should.

- a transformer's capacity in 千伏安 was read as 千 × 伏安 (≥32000千伏安 → 32000000 伏安), and with 万 before it
  (≥3.2万千伏安, g289) as text: VAL001, an error;
- a pressure (管网末梢服务压力 ≥0.14MPa, g291) was text: VAL001, an error;
- a charging pile's power (补助新建公共充电桩额定功率 ≥12000千瓦, g288) was a rate by its 功率: VAL009;
- the capacity and the 台区 a transformer line pays for (新增配变容量, 治理低电压台区 beside 配电变压器购置安装,
  g289) were told they had no cost: REL002;
- a price per 千瓦 beside a power written in kW (≤200元/千瓦, ≥12000kW) was told its units differ: FUND007;
- a substation's capacity in MVA or 兆伏安 (新增主变容量 ≥100MVA, a probe) was text: VAL001, an error;
- a parking space's turnover per day (停车泊位日均周转率 ≥3次/日, g285) was a rate with no percentage: VAL009.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from value_helpers import assert_form_reads, row_findings

from ggtlint.load import load_text
from ggtlint.values import name_hint, parse_value

SECTOR_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "sectors"
D = Decimal

FIXED: list[tuple[str, dict[str, Any]]] = [
    ("≥32000千伏安", {"kind": "count", "op": "≥", "number": D(32000), "unit": "千伏安"}),
    ("≥3.2万千伏安", {"kind": "count", "op": "≥", "number": D(32000), "unit": "千伏安"}),
    ("≥2.8千伏安", {"kind": "count", "number": D("2.8"), "unit": "千伏安"}),
    ("≥0.14MPa", {"kind": "number", "op": "≥", "number": D("0.14"), "unit": "MPa"}),
    ("≤0.4兆帕", {"kind": "number", "op": "≤", "number": D("0.4"), "unit": "兆帕"}),
    ("≥280千帕", {"kind": "number", "number": D(280), "unit": "千帕"}),
    ("≥140kPa", {"kind": "number", "number": D(140), "unit": "kPa"}),
    ("≥100MVA", {"kind": "count", "op": "≥", "number": D(100), "unit": "MVA"}),
    ("≥50兆伏安", {"kind": "count", "number": D(50), "unit": "兆伏安"}),
]


@pytest.mark.parametrize(("text", "expected"), FIXED, ids=[f[0] for f in FIXED])
def test_careful_form_reads(text: str, expected: dict[str, Any]) -> None:
    assert_form_reads(text, 2024, expected)


@pytest.mark.parametrize(("text", "unit"), [
    ("≥12000千瓦", "千瓦"),  # as before: 千瓦 was a unit of its own
    ("≥1200万千瓦时", "千瓦时"),
    ("≥2.8kVA", "kVA"),
])
def test_look_alikes_keep_their_reading(text: str, unit: str) -> None:
    assert parse_value(text, budget_year=2024).unit == unit


@pytest.mark.parametrize(("name", "value"), [("新增配变容量", "≥3.2万千伏安"), ("管网末梢服务压力", "≥0.14MPa"),
                                             ("燃气中压管网运行压力", "≤0.4兆帕"), ("新增主变容量", "≥100MVA")])
def test_capacity_and_pressure_are_quantified(engine, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Each drew VAL001's "not quantified" (an error); a unit the lexicon lacks is still text."""
    assert "VAL001" not in row_findings(engine, "产出指标", "质量指标", name, value)
    assert "VAL001" in row_findings(engine, "产出指标", "质量指标", name, "≥0.14兆牛顿")


@pytest.mark.parametrize("name", ["补助新建公共充电桩额定功率", "光伏电站装机功率", "充电桩总功率"])
def test_power_is_no_rate(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name_hint(name).expects is None
    assert "VAL009" not in row_findings(engine, "产出指标", "数量指标", name, "≥12000千瓦")


@pytest.mark.parametrize("name", ["创业成功率", "额定功率利用率"])
def test_a_rate_holding_gong_lv_is_a_rate(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    """成功率 holds 功率 and is a rate; so is a rate of the power."""
    assert name_hint(name).expects == "rate"
    assert "VAL009" in row_findings(engine, "产出指标", "质量指标", name, "≥12000千瓦")


def _rule_ids(engine: Any, text: str, name: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for finding in engine.check_source(load_text(text, name)).findings:
        found[finding.rule_id] = found.get(finding.rule_id, 0) + 1
    return found


def test_transformer_line_pays_for_its_capacity_and_areas(engine) -> None:  # type: ignore[no-untyped-def]
    """g289: 配变 is how grid staff shorten 配电变压器; the 台区 are the areas the transformers serve. A quantity
    no line pays for is still told."""
    text = (SECTOR_DIR / "g289-nongwang-gaizao-peitao.yaml").read_text(encoding="utf-8")
    assert "REL002" not in _rule_ids(engine, text, "g289.yaml")
    unpaid = text.replace("      - name: 新增配变容量\n", "      - name: 新建开闭所\n").replace("≥3.2万千伏安", "≥2座")
    assert _rule_ids(engine, unpaid, "g289.yaml").get("REL002") == 1


def test_power_in_kw_beside_a_price_per_kilowatt(engine) -> None:  # type: ignore[no-untyped-def]
    """kW is 千瓦: a price per 千瓦 and a power in kW are one unit; beside a capacity in 千伏安, another measure,
    it is still told."""
    document = json.loads((SECTOR_DIR / "g288-chongdianzhuang-jianshe-buzhu.json").read_text(encoding="utf-8"))
    counts = document["indicators"]["产出指标"]["数量指标"]
    counts[0]["value"] = "≥12000kW"
    assert "FUND007" not in _rule_ids(engine, json.dumps(document, ensure_ascii=False), "g288.json")
    counts[0]["value"] = "≥12000千伏安"
    assert "FUND007" in _rule_ids(engine, json.dumps(document, ensure_ascii=False), "g288.json")


@pytest.mark.parametrize("name", ["停车泊位日均周转率", "公共停车场泊位周转率"])
def test_turnover_per_day_is_no_percentage(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    """A turnover is the times a space is used in a period, as a 频率 is; a count per year under another
    rate's name is still told."""
    assert "VAL009" not in row_findings(engine, "效益指标", "社会效益指标", name, "≥3次/日")
    assert "VAL009" in row_findings(engine, "效益指标", "社会效益指标", "就业率", "≥500人/年")

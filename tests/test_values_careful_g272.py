"""Value forms that careful tables g272–g283 (fixtures/sectors) use and that drew false findings: each is how
officers of that sector write a checkable target, and each was read as text. Look-alikes keep their own reading.

- a figure and its tolerance (展厅温度 20±2℃, 相对湿度 50%±5%, and in a 计量单位 column 20±2 + ℃) was text:
  VAL001 (an error) under 质量, while 18℃—22℃ was a range;
- a network's delay in milliseconds (骨干网络平均时延 ≤20毫秒, ≤500ms) was text: VAL001 (an error), while ≤2s was
  a figure in seconds;
- bandwidth in Gbps and storage in PB (互联网统一出口带宽 ≥10Gbps, ≥2PB) were text: VAL001, while Mbps and TB
  were counts;
- samples counted per person, per sentinel site (哨点监测样本量 ≥400人份/哨点) were text: VAL001 (an error), while
  ≥400份/哨点 was read per site;
- energy per head or per square metre in standard coal (办公区人均综合能耗 ≤300千克标准煤/人, ≤8.5kgce/㎡) was text:
  VAL013 under benefits (VAL001, an error, under 质量), while ≤25千瓦时/平方米·年 was read;
- a daily or monthly cadence of updates or backups (监测数据更新频率 按日更新, 每天备份, 按月更新) was text: VAL001 (an
  error) under 时效, while 按月报送 was a period as 按季度 is;
- 研发投入强度 ≥3% (R&D spending's share, as statistics define it) was told its name says no rate (VAL009);
- the stops of a touring exhibition with 次 in brackets (＝10站（次）) were text: VAL001 (an error), while ≥10篇（次）
  was a count;
- a laboratory's accreditation named by its mark (通过CMA资质认定, 通过CNAS认可, 符合BSL-2实验室要求) was text:
  VAL001 (an error) under 质量, while 通过验收 was met or not;
- how often in figures (消防设施检测频次 1年2次) was text: VAL001 (an error), while 一年两次 was twice a year;
- a date the contract or task letter sets (按合同约定时间完成) was text: VAL001 (an error) under 时效, while
  按上级要求时间完成 was a deadline set elsewhere (TIME003's notice, as for it);
- two months each once (检查质量督导频次 每年4月、10月各1次) was text: VAL001 (an error), while 上、下半年各1次 was
  twice in the year;
- a service window with the service after it (运维服务保障 7×24小时驻场服务, 提供7×24小时运维服务) was text: VAL001 (an
  error) under 时效, while 7×24小时 was a window;
- a published mean as the bar (全市艾滋病报告发病率 低于全省平均水平, 高于全国平均水平) was ungraded text: VAL013 under
  benefits, while 低于近五年平均水平 was a level.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import yaml
from value_helpers import assert_form_reads, row_findings

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import parse_value

D = Decimal

FIXED: list[tuple[str, dict[str, Any]]] = [
    ("20±2℃", {"kind": "range", "low": D(18), "high": D(22), "unit": "℃"}),
    ("（20±2）℃", {"kind": "range", "low": D(18), "high": D(22), "unit": "℃"}),
    ("20℃±2℃", {"kind": "range", "low": D(18), "high": D(22), "unit": "℃"}),
    ("50%±5%", {"kind": "range", "low": D(45), "high": D(55), "unit": "%", "base_kind": "rate"}),
    ("45%±5%", {"kind": "range", "low": D(40), "high": D(50), "unit": "%"}),
    ("2±0.5米", {"kind": "range", "low": D("1.5"), "high": D("2.5"), "unit": "米"}),
    ("20±2", {"kind": "range", "low": D(18), "high": D(22), "unit": None, "base_kind": "number"}),
    ("≤20毫秒", {"kind": "number", "op": "≤", "number": D(20), "unit": "毫秒"}),
    ("≤500ms", {"kind": "number", "op": "≤", "number": D(500), "unit": "ms"}),
    ("≥10Gbps", {"kind": "count", "op": "≥", "number": D(10), "unit": "Gbps"}),
    ("≥2PB", {"kind": "count", "op": "≥", "number": D(2), "unit": "PB"}),
    ("≥400人份/哨点", {"kind": "per_unit", "op": "≥", "number": D(400), "unit": "人份/哨点", "per": "哨点"}),
    ("≥30万人份", {"kind": "count", "op": "≥", "number": D(300000), "unit": "人份"}),  # (as before: the unit alone)
    ("≤300千克标准煤/人", {"kind": "per_unit", "op": "≤", "number": D(300), "unit": "千克标准煤/人", "per": "人"}),
    ("≤12千克标准煤/平方米", {"kind": "per_unit", "op": "≤", "number": D(12), "per": "平方米"}),
    ("≤8.5kgce/㎡", {"kind": "per_unit", "op": "≤", "number": D("8.5"), "unit": "kgce/㎡"}),
    ("≥1.2万吨标准煤", {"kind": "count", "op": "≥", "number": D(12000), "unit": "吨标准煤"}),  # (as before)
    ("按日更新", {"kind": "qualitative", "quality": "recurring", "op": None}),
    ("每日更新", {"kind": "qualitative", "quality": "recurring"}),
    ("每天备份", {"kind": "qualitative", "quality": "recurring"}),
    ("按月更新", {"kind": "qualitative", "quality": "recurring"}),
    ("每日上报", {"kind": "qualitative", "quality": "recurring"}),
    ("＝10站（次）", {"kind": "count", "op": "=", "number": D(10), "unit": "站"}),
    ("通过CMA资质认定", {"kind": "qualitative", "quality": "standard"}),
    ("通过CNAS认可", {"kind": "qualitative", "quality": "standard"}),
    ("通过ISO9001质量管理体系认证", {"kind": "qualitative", "quality": "standard"}),
    ("符合BSL-2实验室要求", {"kind": "qualitative", "quality": "standard"}),
    ("1年2次", {"kind": "per_unit", "number": D(2), "unit": "次/年", "per": "年"}),
    ("1年不少于2次", {"kind": "per_unit", "op": "≥", "number": D(2), "per": "年"}),
    ("1周3次", {"kind": "per_unit", "number": D(3), "per": "周"}),
    ("按合同约定时间完成", {"kind": "qualitative", "quality": "external"}),
    ("按任务书约定期限", {"kind": "qualitative", "quality": "external"}),
    ("每年4月、10月各1次", {"kind": "count", "op": "=", "number": D(2), "unit": "次"}),
    ("4月和10月各开展1次", {"kind": "count", "op": "=", "number": D(2)}),
    ("7×24小时驻场服务", {"kind": "duration", "unit": "小时", "window": (7, 24)}),
    ("提供7×24小时运维服务", {"kind": "duration", "window": (7, 24)}),
    ("7×24小时不间断值守", {"kind": "duration", "window": (7, 24)}),
    ("5×8小时驻场", {"kind": "duration", "window": (5, 8)}),
    ("低于全省平均水平", {"kind": "qualitative", "quality": "standard"}),
    ("高于全国平均水平", {"kind": "qualitative", "quality": "standard"}),
    ("不低于全省同期平均水平", {"kind": "qualitative", "quality": "standard"}),
]


@pytest.mark.parametrize(("text", "expected"), FIXED, ids=[f[0] for f in FIXED])
def test_careful_form_reads(text: str, expected: dict[str, Any]) -> None:
    assert_form_reads(text, 2024, expected)


@pytest.mark.parametrize(("text", "kind"), [
    ("±2℃", "qualitative"),  # a tolerance with no figure it is around: no range
    ("≥2s", "number"),  # seconds as before
    ("≥100Mbps", "count"),
    ("≥2000TB", "count"),
    ("18℃—22℃", "range"),
    ("按日", "qualitative"),  # a day's cadence with no deed stays text (below)
    ("每日2次", "per_unit"),
    ("≥3个监测站", "count"),
    ("通过资质认定", "qualitative"),  # no body or code named: still text (quality below)
    ("1月2次", "qualitative"),  # may be January: left as it was
    ("1年", "duration"),
    ("4月、10月、12月各1次", "qualitative"),  # three months: not read as two
    ("7×24小时驻场并巡检", "qualitative"),  # a second deed: still text
    ("全省平均水平", "qualitative"),  # a level with no comparison (quality below)
])
def test_look_alikes_keep_their_reading(text: str, kind: str) -> None:
    assert parse_value(text, budget_year=2024).kind == kind


@pytest.mark.parametrize(("name", "value"), [("展厅温度", "20±2℃"), ("展厅相对湿度", "50%±5%"), ("库房温度", "（20±2）℃"),
                                             ("骨干网络平均时延", "≤20毫秒"), ("接口平均响应时间", "≤500ms")])
def test_a_tolerance_or_a_delay_is_quantified(engine, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Each drew VAL001's "not quantified" (an error) under 质量; a tolerance with no figure it is around is
    still text."""
    assert "VAL001" not in row_findings(engine, "产出指标", "质量指标", name, value)
    assert "VAL001" in row_findings(engine, "产出指标", "质量指标", "展厅温度", "±2℃")


@pytest.mark.parametrize("value", ["≥10Gbps", "≥2PB", "≥400人份/哨点", "＝10站（次）"])
def test_bandwidth_storage_and_samples_are_counts(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """Each drew VAL001 (an error) under 数量 (the example table pays for none of them: REL002 may say so); a unit
    of three characters or more that the lexicon lacks is still text."""
    assert "VAL001" not in row_findings(engine, "产出指标", "数量指标", "互联网统一出口带宽", value)
    assert "VAL001" in row_findings(engine, "产出指标", "数量指标", "互联网统一出口带宽", "≥10G字节")


@pytest.mark.parametrize(("level1", "level2", "rule"), [("效益指标", "生态效益指标", "VAL013"), ("产出指标", "质量指标", "VAL001")])
def test_energy_in_standard_coal_is_quantified(engine, level1: str, level2: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    """g279's 人均综合能耗 ≤300千克标准煤/人 drew VAL013 under 生态效益; under 质量 it was VAL001's error."""
    for value in ("≤300千克标准煤/人", "≤12千克标准煤/平方米"):
        assert rule not in row_findings(engine, level1, level2, "办公区人均综合能耗", value), value


def test_an_accreditation_by_its_mark_is_a_standard(engine) -> None:  # type: ignore[no-untyped-def]
    """g275's 通过CMA资质认定 drew VAL001 (an error) under 质量; an accreditation naming no mark is still text."""
    assert parse_value("通过资质认定").quality == "text"
    for value in ("通过CMA资质认定", "通过CNAS认可", "符合BSL-2实验室要求"):
        assert not row_findings(engine, "产出指标", "质量指标", "学科公共检测平台资质", value), value
    assert "VAL001" in row_findings(engine, "产出指标", "质量指标", "学科公共检测平台资质", "通过资质认定")


@pytest.mark.parametrize("value", ["按日更新", "每日更新", "按月更新", "每天备份"])
def test_a_cadence_of_updates_is_a_period(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """g281's 按日更新 drew VAL001's "not quantified" (an error) under 时效; a name asking how often needs no day
    (no TIME003), and 按日 with no deed is still text."""
    assert not row_findings(engine, "产出指标", "时效指标", "监测数据更新频率", value)
    assert "VAL001" in row_findings(engine, "产出指标", "时效指标", "监测数据更新频率", "按日")


def test_how_often_in_figures_is_read_as_in_words(engine) -> None:  # type: ignore[no-untyped-def]
    """g279's 1年2次 drew VAL001 (an error) under 时效, while 一年两次 drew nothing."""
    assert not row_findings(engine, "产出指标", "时效指标", "消防设施检测频次", "1年2次")
    assert parse_value("1年2次").unit == parse_value("一年两次").unit


def test_two_months_each_once_is_twice_a_year(engine) -> None:  # type: ignore[no-untyped-def]
    """g277's 每年4月、10月各1次 drew VAL001 (an error) under 时效; it draws what 上、下半年各1次 draws."""
    found = row_findings(engine, "产出指标", "时效指标", "检查质量督导频次", "每年4月、10月各1次")
    assert found == {}
    assert row_findings(engine, "产出指标", "时效指标", "检查质量督导频次", "上、下半年各1次") == {}


@pytest.mark.parametrize("value", ["7×24小时驻场服务", "提供7×24小时运维服务", "7×24小时值守"])
def test_a_service_window_with_its_service_is_a_window(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """g280's 7×24小时驻场服务 drew VAL001 (an error) under 时效; a window longer than a week is still told (VAL012)."""
    assert not row_findings(engine, "产出指标", "时效指标", "运维服务保障", value)
    assert "VAL012" in row_findings(engine, "产出指标", "时效指标", "运维服务保障", "7×25小时驻场服务")


@pytest.mark.parametrize("value", ["低于全省平均水平", "高于全国平均水平", "不低于全省同期平均水平"])
def test_a_published_mean_is_a_bar(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """g276's 低于全省平均水平 drew VAL013 (a warning) under 社会效益; a level with no comparison is still ungraded."""
    assert not row_findings(engine, "效益指标", "社会效益指标", "全市艾滋病报告发病率", value)
    assert parse_value("全省平均水平").quality == "text"
    assert "VAL013" in row_findings(engine, "效益指标", "社会效益指标", "全市艾滋病报告发病率", "全省平均水平")


def test_a_date_set_by_the_contract_is_set_elsewhere(engine) -> None:  # type: ignore[no-untyped-def]
    """按合同约定时间完成 drew VAL001 (an error); now TIME003's notice, as 按上级要求时间完成 draws."""
    found = row_findings(engine, "产出指标", "时效指标", "设备安装调试完成时间", "按合同约定时间完成")
    assert set(found) == set(row_findings(engine, "产出指标", "时效指标", "设备安装调试完成时间", "按上级要求时间完成"))
    assert "VAL001" not in found and "TIME003" in found


@pytest.mark.parametrize(("name", "value", "unit"), [("展厅温度", "20±2", "℃"), ("展厅相对湿度", "50±5", "百分比")])
def test_a_tolerance_beside_its_unit_column_is_quantified(  # type: ignore[no-untyped-def]
        engine, name: str, value: str, unit: str) -> None:
    """g272 writes 20±2 under 指标值 and ℃ under 计量单位: VAL001 said it was text (an error)."""
    document = example_document({})
    document["indicators"]["产出指标"]["质量指标"].append({"name": name, "value": value, "unit": unit})
    findings = engine.check_source(load_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "t.yaml")).findings
    assert not [f.rule_id for f in findings if f.value.split("\x1f")[-1] in (name, value)]

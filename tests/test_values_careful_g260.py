"""Forms that careful tables g260–g271 (fixtures/sectors: economic departments and townships) use and that
drew false findings. Look-alikes keep their own reading, so each fix stops where it should.

- the scheme's level assessment with 第 (通过第三级测评, g265) was text: VAL001 (an error), while 通过三级测评
  and 通过第三级等保测评 named a standard;
- a settlement day in the month after each period (每季度次月10日前, 每季度结束后次月10日前, g267) was text:
  VAL001, while 每季度首月10日前 and 次月10日前 were read;
- a due date at each period's end in words (每季度结束前, a probe of g267's 每季度末) was text: VAL001, while
  每季度末前 was read;
- a recurring due date with its deed in two words or its destination (每月5日前完成上报, 每季度首月15日前拨付到村,
  每月10日前发放到户; g263, g270) was text: VAL001, while 每月5日前上报 and 2024年6月30日前拨付到村 were read;
- an assessment passed (通过市级评估, g263) was text under benefits: VAL013, while 通过市级验收 was a yes/no; so
  was its grade named by 等次 (达到合格等次, 良好等次以上), while 合格等级 was graded;
- a tea season of a year written, its date in brackets (2024年秋茶采摘前（9月30日前）, g271) was text: VAL001, an
  error, while 2024年春耕前（3月31日前） was that date;
- a rate per week whose name says the week (每周免费开放时间, 每周不少于42小时) under a 计量单位 of 小时 (g269)
  was told its unit 小时/周 conflicts with the column: VAL011, an error;
- a grant for a standard written (主导制定国家标准资助, 标准化试点示范项目资助, g268) was taken by its 标准 for a
  unit price and left out of the cost sum: FUND004 (the costs short of the total by nearly all of it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from value_helpers import assert_form_reads, assert_reads, row_findings

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import name_hint, parse_value

SECTOR_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "sectors"

FIXED: list[tuple[str, dict[str, Any]]] = [
    ("通过第三级测评", {"kind": "qualitative", "quality": "standard"}),
    ("符合第二级测评要求", {"kind": "qualitative", "quality": "standard"}),
    ("每季度次月10日前", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每季度结束后次月10日前", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每季度末次月15日前拨付", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每半年终了后次月10日前发放", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每季度结束前", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每学期结束前完成", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每月5日前完成上报", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每季度首月10日前完成拨付", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每季度首月15日前拨付到村", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每月10日前足额发放到户", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每月10日前发放到位", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("通过市级评估", {"kind": "qualitative", "quality": "yesno"}),
    ("顺利通过评估", {"kind": "qualitative", "quality": "yesno"}),
    ("达到合格等次", {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("良好等次以上", {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("2024年秋茶采摘前（9月30日前）", {"kind": "deadline", "deadline": dt.date(2024, 9, 30), "year_inferred": False}),
    ("2025年春茶开采前（3月10日前）", {"kind": "deadline", "deadline": dt.date(2025, 3, 10)}),
    ("秋茶采摘前", {"kind": "qualitative", "quality": "external"}),  # set by the weather, as 春耕前 (TIME003 tells it)
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_careful_form_reads(text: str, expected: dict[str, Any]) -> None:
    assert_form_reads(text, 2025, expected)


# look-alikes: a level with no scheme and no assessment names no standard; the month after a period
# with no day is still a period with no due date (TIME003 tells it)
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("第三级", {"kind": "qualitative", "quality": "text"}),
    ("通过第三级", {"kind": "qualitative", "quality": "text"}),
    ("每季度次月", {"kind": "qualitative", "quality": "recurring", "op": None}),
    ("每季度结束后次月", {"kind": "qualitative", "quality": "recurring", "op": None}),
    ("每季度结束", {"kind": "qualitative", "quality": "text"}),  # no 前: no bound said
    ("按月发放到户", {"kind": "qualitative", "quality": "recurring", "op": None}),  # no day: TIME003 tells it
    ("每月10日前打卡发放", {"kind": "qualitative", "quality": "text"}),
    ("评估", {"kind": "qualitative", "quality": "text"}),
    ("通过评估后拨付", {"kind": "qualitative", "quality": "text"}),
    ("等次", {"kind": "qualitative", "quality": "text"}),  # the word with no grade
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alike_keeps_its_reading(text: str, expected: dict[str, Any]) -> None:
    assert_reads(parse_value(text, budget_year=2025), expected)


@pytest.mark.parametrize(("level2", "name", "value"), [
    ("质量指标", "网络安全等级保护测评", "通过第三级测评"),
    ("时效指标", "协税补助发放时间", "每季度次月10日前"),
    ("时效指标", "村干部报酬拨付时间", "每季度结束后次月10日前"),
    ("时效指标", "涉税信息传递时间", "每季度结束前"),
    ("时效指标", "上月账页收集及数据上报时间", "每月5日前完成上报"),
    ("时效指标", "特困人员基本生活费发放时间", "每月10日前发放到户"),
    ("时效指标", "项目竣工验收时间", "2023年秋茶采摘前（9月30日前）"),
])
def test_careful_form_draws_nothing(engine, level2: str, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Each drew VAL001 (not quantified, an error)."""
    assert not row_findings(engine, "产出指标", level2, name, value)


@pytest.mark.parametrize("name", ["主导制定国家标准资助", "参与制修订行业标准奖励", "团体标准制定补助",
                                  "标准化试点示范项目资助", "新建标准化厂房"])
def test_a_standard_written_is_no_price(name: str) -> None:
    assert name_hint(name).expects is None


@pytest.mark.parametrize(("name", "expects"), [
    ("农村低保地方标准", "per_unit"),  # at the end: the standard paid
    ("国家助学金平均资助标准", "per_unit"),
    ("培训补贴标准", "per_unit"),
    ("地名标志设置符合国家标准率", "rate"),
])
def test_a_price_named_by_its_standard_keeps_its_hint(name: str, expects: str) -> None:
    assert name_hint(name).expects == expects


def test_grants_for_standards_are_summed(engine) -> None:  # type: ignore[no-untyped-def]
    """g268's five grants (≤80万元 for 主导制定国家标准资助 …) are costs: one more 万元 on its last line
    puts the sum over the total by that much, not short of it by 235万元."""
    path = next(SECTOR_DIR.glob("g268-*.json"))
    text = path.read_text(encoding="utf-8")
    line = '{"name": "资助申报材料专家评审费", "value": "≤1万元"}'
    assert line in text
    findings = engine.check_source(load_text(text.replace(line, line.replace("≤1万元", "≤2万元")), path.name)).findings
    [found] = [f for f in findings if f.rule_id == "FUND004"]
    assert "合计 2,370,000 元 超过年度资金总额 2,360,000 元" in found.message_zh, found.message_zh


def _unit_column_findings(engine, name: str, value: str, unit: str) -> list[str]:  # type: ignore[no-untyped-def]
    document = example_document({})
    document["indicators"]["产出指标"]["质量指标"].append({"name": name, "value": value, "unit": unit})
    findings = engine.check_source(load_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "t.yaml")).findings
    return [f.rule_id for f in findings if f.value.split("\x1f")[-1] == value]


@pytest.mark.parametrize("value", ["每周不少于42小时", "≥42小时/周", "每周开放≥42小时"])
def test_a_rate_per_week_named_by_its_week_agrees_with_a_column_of_hours(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _unit_column_findings(engine, "每周免费开放时间", value, "小时") == []


@pytest.mark.parametrize(("name", "value", "unit"), [
    ("免费开放时间", "每周不少于42小时", "小时"),  # the column read alone loses the week
    ("开展流动文化服务进村", "每月1次", "次"),
    ("每周免费开放时间", "每周不少于42小时", "天"),
])
def test_a_rate_per_period_keeps_its_conflict_otherwise(engine, name: str, value: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert _unit_column_findings(engine, name, value, unit) == ["VAL011"]


def test_an_assessment_passed_is_a_benefit_met(engine) -> None:  # type: ignore[no-untyped-def]
    """g263's 通过市级评估 drew VAL013 ("neither quantified nor graded")."""
    assert not row_findings(engine, "效益指标", "社会效益指标", "住户调查数据质量评估结果", "通过市级评估")
    assert not row_findings(engine, "效益指标", "社会效益指标", "住户调查数据质量评估等次", "达到合格等次")

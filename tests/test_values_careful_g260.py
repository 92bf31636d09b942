"""Forms that careful tables g260–g271 (fixtures/sectors: economic departments and townships) use and that
drew false findings. Look-alikes keep their own reading, so each fix stops where it should.

- the scheme's level assessment with 第 (通过第三级测评, g265) was text: VAL001 (an error), while 通过三级测评
  and 通过第三级等保测评 named a standard;
- a settlement day in the month after each period (每季度次月10日前, 每季度结束后次月10日前, g267) was text:
  VAL001, while 每季度首月10日前 and 次月10日前 were read;
- a grant for a standard written (主导制定国家标准资助, 标准化试点示范项目资助, g268) was taken by its 标准 for a
  unit price and left out of the cost sum: FUND004 (the costs short of the total by nearly all of it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from value_helpers import assert_form_reads, assert_reads, row_findings

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
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alike_keeps_its_reading(text: str, expected: dict[str, Any]) -> None:
    assert_reads(parse_value(text, budget_year=2025), expected)


@pytest.mark.parametrize(("level2", "name", "value"), [
    ("质量指标", "网络安全等级保护测评", "通过第三级测评"),
    ("时效指标", "协税补助发放时间", "每季度次月10日前"),
    ("时效指标", "村干部报酬拨付时间", "每季度结束后次月10日前"),
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

"""VAL024 output-restates-funds: an output or effect whose amount is the table's own funds over again.

The base tables of the rule examples have funds of 500,000 元 (legacy) and 36万元, 财政 30万元 (2021).
Look-alikes are money outputs that are not the funds (part of them, money drawn in or brought about,
cost lines, standards); the held-out tables restate the funds in words and units not in the pack.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _told(engine: Any, fragment: dict[str, Any]) -> list[Any]:
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "VAL024"]


def _output(name: str, value: str, level2: str = "数量指标") -> dict[str, Any]:
    return {"indicators": {"产出指标": {level2: [{"name": "职业技能培训人次", "value": "≥2000人次"},
                                                 {"name": name, "value": value}]}}}


def _benefit(name: str, value: str, level2: str = "经济效益指标") -> dict[str, Any]:
    return {"indicators": {"效益指标": {level2: [{"name": name, "value": value}]}}}


LOOK_ALIKES = {
    "part of the funds paid out": _output("发放培训补贴资金", "≥450000元"),
    "investment beyond the funds": _output("完成项目投资额", "≥1200万元"),
    "social investment at 1:1": _benefit("撬动社会投资", "≥500000元"),
    "income brought about, equal by chance": _benefit("带动农户增收", "≥50万元"),
    "loans guaranteed, equal by chance": _output("发放创业担保贷款", "≥500000元"),
    "losses won back, equal by chance": _benefit("为群众挽回经济损失", "≥500000元", "社会效益指标"),
    "sales brought about": _benefit("带动农产品销售收入", "≥500000元"),
    "a standard per head": _output("人均培训补贴标准", "＝250元/人"),
    "a legacy cost line of all the funds": {"indicators": {"产出指标": {"成本指标": [
        {"name": "培训补贴资金", "value": "＝500000元"}]}}},
    "a 2021 economic cost of all the funds": {"base": "fw2021", "indicators": {"成本指标": {"经济成本指标": [
        {"name": "设备购置费", "value": "≤36万元"}]}}},
}

HELD_OUT = {
    "2021, the total in 元 at ≥": {"base": "fw2021", "indicators": {"产出指标": {"数量指标": [
        {"name": "完成设备购置投资", "value": "≥360000元"}]}}},
    "2021, the fiscal funds paid at ＝": {"base": "fw2021", "indicators": {"产出指标": {"数量指标": [
        {"name": "拨付项目资金", "value": "＝30万元"}]}}},
    "an effect of the whole budget": _benefit("项目资金投入", "≥500000元"),
    "a cap at ≤ in 万元": _output("兑现培训补贴", "≤50万元"),
    "under quality": _output("补贴资金足额发放", "＝500000元", "质量指标"),
}


@pytest.mark.parametrize("fragment", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_money_that_is_not_the_funds_is_left_alone(engine, fragment) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, fragment) == []


@pytest.mark.parametrize("fragment", HELD_OUT.values(), ids=HELD_OUT.keys())
def test_the_funds_over_again_are_told(engine, fragment) -> None:  # type: ignore[no-untyped-def]
    assert len(_told(engine, fragment)) == 1


def test_money_told_to_move_to_the_cost_block_is_not_told_twice(engine) -> None:  # type: ignore[no-untyped-def]
    """项目资金 is no money paid out: VAL010 tells it to move (an error), VAL024 adds nothing."""
    fragment = _output("项目资金", "＝500000元")
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    told = [f.rule_id for f in engine.check_source(load_text(text, "t.yaml")).findings]
    assert "VAL010" in told and "VAL024" not in told


def test_the_message_says_where_the_money_belongs_in_each_framework(engine) -> None:  # type: ignore[no-untyped-def]
    [legacy] = _told(engine, _output("发放培训补贴", "＝500000元"))
    assert "年度资金总额（500,000 元）" in legacy.message_zh and "没有一级成本指标" in legacy.message_zh
    [fw2021] = _told(engine, HELD_OUT["2021, the fiscal funds paid at ＝"])
    assert "财政资金（300,000 元）" in fw2021.message_zh and "2021年版指标体系中资金写在一级“成本指标”" in fw2021.message_zh
    assert fw2021.severity.value == "info"


# money paid out above the table's 500,000 元 (the above variant), and money over it that is no payment of the funds
PAID_ABOVE_LOOK_ALIKES = {
    "a sum to date": _output("累计发放培训补贴", "≥300万元"),
    "loans paid out": _output("发放创业担保贷款", "≥600万元"),
    "a transfer passed down": _output("下达培训补贴资金", "≥80万元"),
    "a cap above the funds": _output("拨付培训补贴", "≤60万元"),
    "social investment drawn in": _benefit("撬动社会资本投入", "≥100万元"),
    "consumption drawn in by vouchers paid out": _benefit("发放消费券拉动消费", "≥500万元"),
    "investment, not paid out": _output("完成项目投资额", "≥1200万元"),
}
PAID_ABOVE = {
    "拨付 at ≥ in 万元": _output("拨付培训补贴资金", "≥60万元"),
    "兑现 at ＝ in 元": _output("兑现培训补贴", "＝600000元"),
    "发放 at >, an effect": _benefit("发放临时救助金", ">50.5万元", "社会效益指标"),
}


@pytest.mark.parametrize("fragment", PAID_ABOVE_LOOK_ALIKES.values(), ids=PAID_ABOVE_LOOK_ALIKES.keys())
def test_money_above_the_funds_that_is_not_paid_out_of_them_is_left_alone(engine, fragment) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, fragment) == []


@pytest.mark.parametrize("fragment", PAID_ABOVE.values(), ids=PAID_ABOVE.keys())
def test_money_paid_out_above_the_funds_is_noted(engine, fragment) -> None:  # type: ignore[no-untyped-def]
    [finding] = _told(engine, fragment)
    assert "超过本表年度资金总额（500,000 元）" in finding.message_zh and finding.severity.value == "info"

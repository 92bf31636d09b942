"""The twenty-third recall audit's checks (b276–b285), each against some of the look-alikes it was measured on:
a careful table (g20, 2024: 不动产登记, 2021 framework) with one row put under a cost draws the rule or leaves it
alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

BASE = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g20-*.yaml"))


def _findings(engine: Any, level2: str, name: str, value: str) -> list[Any]:
    text = BASE.read_text(encoding="utf-8")
    if f"    {level2}:\n" not in text:
        text = text.replace("  产出指标:\n", f"    {level2}:\n  产出指标:\n", 1)
    anchor = f"    {level2}:\n"
    assert text.count(anchor) == 1
    text = text.replace(anchor, anchor + f'      - name: {name}\n        value: "{value}"\n')
    return engine.check_source(load_text(text, BASE.name)).findings


@pytest.mark.parametrize(("level2", "name", "value", "told"), [
    ("社会成本指标", "开展不动产登记政策宣传", "≥12场", True),  # work done
    ("生态环境成本指标", "服务站周边绿化面积", "≥450平方米", True),
    ("社会成本指标", "群众防灾避险知识知晓率", "≥90%", True),  # an effect
    ("生态环境成本指标", "空气质量优良天数比例", "≥90%", True),
    ("社会成本指标", "施工扰民投诉", "≤5件", False),  # a harm kept down
    ("生态环境成本指标", "施工扬尘防治措施落实率", "≥95%", False),  # a measure against the harm
    ("社会成本指标", "被征地群众补偿安置到位率", "≥98%", False),
    ("生态环境成本指标", "临时用地复垦率", "≥95%", False),
    ("社会成本指标", "单次停水时长", "≥24小时", False),  # a harm the wrong way round: VAL006's
    ("经济成本指标", "宣传资料印制费", "≥20000元", False),  # money: FUND008's
])
def test_a_floor_under_a_social_or_ecological_cost(engine, level2: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                                    told: bool) -> None:
    findings = _findings(engine, level2, name, value)
    assert any(f.rule_id == "CAT022" for f in findings) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("证书印制费支付时间", "2026年6月30日前", True),
    ("工程款拨付时限", "交工验收后30日内", True),
    ("经费拨付时限", "≤30日", True),
    ("成本控制周期", "2026年1-12月", True),
    ("12个月物业服务费", "≤360000元", False),  # a time in the name, money as the value
    ("上半年运维费", "≤190000元", False),
    ("专家咨询费", "≤800元/人·天", False),
    ("资金拨付进度", "≥90%", False),
])
def test_a_time_under_an_economic_cost(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, "经济成本指标", name, value)
    assert any(f.rule_id == "CAT023" for f in findings) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("受保护群众人数", "≤8000人", True),
    ("古树名木保护宣传受众", "≤5000人次", True),
    ("惠及困难群众", "≤300人", True),
    ("受益脱贫户", "≤120户", True),
    ("受益群众", "≥2600人", False),  # a floor, as it should be
    ("受益群众人均负担", "≤50元", False),  # a burden, kept down
    ("受益老人走失人数", "≤1人", False),  # a harm between the word and the group
    ("受保护对象信息泄露人数", "≤1人", False),
    ("受益村居民因项目引发的纠纷", "≤2起", False),
])
def test_a_ceiling_on_the_people_a_benefit_reaches(engine, name: str, value: str,  # type: ignore[no-untyped-def]
                                                   told: bool) -> None:
    findings = _findings(engine, "社会效益指标", name, value)
    assert any(f.rule_id == "VAL015" and name in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("level2", "name", "value", "told"), [
    ("生态环境成本指标", "施工场地洒水降尘频次", "≥2次/日", False),  # a frequency, no price
    ("生态环境成本指标", "施工期水质监测频次", "≥1次/月", False),
    ("经济成本指标", "人均培训费", "≥500元/人", True),
    ("经济成本指标", "宣传资料印制费", "≥20000元", True),
])
def test_a_floor_on_a_cost_is_on_money_or_a_price(engine, level2: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                                  told: bool) -> None:
    findings = _findings(engine, level2, name, value)
    assert any(f.rule_id == "FUND008" for f in findings) is told

"""Forms that careful tables g316–g327 (fixtures/sectors: 医保, 住培, 老年助餐, 中小河流治理, 受污染耕地, 防止返贫监测,
粮食质检, 军休, 地震预警, 气象为农, 律师参与信访, 驻村第一书记) use, or their phrasing variants, and that drew false
findings; look-alikes keep their findings.

- 不造成新的水土流失 under 生态环境成本 was text (VAL001, an error), while 不造成破坏 was a none-happened target;
- 落实到位 and 全面落实 (待遇落实到位; 全面落实到位 and 全部落实到位 too) under 效益 were ungraded text (VAL013) and 合规 (资金使用合规性) under 质量 was
  text (VAL001, an error): all are reached or not, as 达标 and 符合 are; 持续发挥 and 规范 still say nothing checkable;
- a 2021 social cost graded by its weight after what it weighs on (影响较小, 对周边群众影响较小) or said to disturb
  nothing (不影响正常诊疗秩序) was text (VAL001, an error), while 较小 alone was graded; 影响群众 still says nothing;
- a rate named again in the value after the span of its forecast (24小时晴雨预报准确率≥85%) was text (VAL001, an
  error), while 24小时内 is still a limit;
- a none-happened target inside a pledge (守住不发生规模性返贫底线, 确保不发生重大安全事故) was ungraded text (VAL013),
  while 守住底线 and 确保资金安全 name nothing that happens or not;
- advances each period settled at the year's end (按季度预拨、年底清算) were text (VAL001, an error), where 按季度拨付
  is a cadence with no day (TIME003's notice); 年底清算 alone is no cadence;
- petitions and cases handled or passed on (办理信访事项 ≥800件次, 交办转送信访事项, 移送问题线索) were reverse
  indicators (VAL006), while 信访事项 itself, 重复信访 and 逾期办理率 still are;
- money raised or found by an audit (筹集城乡居民医保基金 ≥2.6亿元, 审计查出问题金额 ≥1.5亿元) under 数量 was told to
  move to the costs (VAL010, an error), while a fee still is.
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.values import name_hint, parse_value

from engine_helpers import rules_by_value


@pytest.mark.parametrize("value", ["不造成新的水土流失", "无水土流失", "落实到位", "全面落实", "全面落实到位", "全部落实到位", "合规",
                                   "守住不发生规模性返贫底线", "守住不发生规模性返贫的底线", "确保不发生重大安全事故"])
def test_reached_or_not_values_are_yes_no(value: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.quality) == ("qualitative", "yesno")


@pytest.mark.parametrize(("value", "quality"), [("持续发挥", "text"), ("规范", "vague"), ("基本落实", "text"),
                                                ("造成水土流失", "text"), ("守住底线", "text"), ("确保资金安全", "text")])
def test_look_alikes_stay_unchecked_text(value: str, quality: str) -> None:
    """Not reached-or-not: 规范 is vague wording (VAL002), the others ungraded text."""
    parsed = parse_value(value)
    assert (parsed.kind, parsed.quality) == ("qualitative", quality)


@pytest.mark.parametrize(("value", "kind", "op"), [("24小时晴雨预报准确率≥85%", "rate", "≥"), ("72小时预报准确率达到80%以上", "rate", "≥"),
                                               ("24小时内", "duration", "≤")])
def test_a_forecasts_span_before_its_rate(value: str, kind: str, op: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.op) == (kind, op)


@pytest.mark.parametrize("value", ["影响较小", "影响程度较小", "对周边群众影响较小"])
def test_a_weight_after_what_it_weighs_on_is_graded(value: str) -> None:
    assert parse_value(value).quality == "graded"


@pytest.mark.parametrize(("value", "quality"), [("对区域经济影响良好", "vague"), ("影响良好", "vague"), ("影响较大", "text"),
                                                ("对经济发展影响较大", "text"), ("影响优秀", "text")])
def test_a_benefit_said_to_weigh_well_is_no_grade(value: str, quality: str) -> None:
    """Only a cost's small weight (较小, 低) after 影响 is its grade; 影响良好 stays vague (VAL002), 影响较大 ungraded."""
    assert parse_value(value).quality == quality


@pytest.mark.parametrize(("value", "quality"), [("不影响正常诊疗秩序", "yesno"), ("未影响群众正常生活", "yesno"),
                                                ("影响群众", "text"), ("对周边群众影响", "text")])
def test_disturbing_nothing_is_yes_no(value: str, quality: str) -> None:
    assert parse_value(value).quality == quality


@pytest.mark.parametrize("value", ["按季度预拨、年底清算", "按月预拨，年终结算", "按季度预拨"])
def test_advances_settled_at_year_end_are_a_cadence(value: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.quality, parsed.op) == ("qualitative", "recurring", None)


@pytest.mark.parametrize("value", ["年底清算", "按季度预拨、年底清算完毕"])
def test_a_settlement_alone_is_no_cadence(value: str) -> None:
    assert parse_value(value).quality == "text"


@pytest.mark.parametrize("name", ["办理信访事项", "律师参与办理信访事项", "办结信访事项", "交办转送信访事项",
                                  "移送违纪违法问题线索"])
def test_cases_handled_are_a_workload(name: str) -> None:
    assert name_hint(name).negative is False


@pytest.mark.parametrize("name", ["信访事项", "重复信访事项", "信访事项逾期办理率", "超期办结案件",
                                  # left undone or done wrong (found by the re-read): the handling is the bad count
                                  "未办结信访事项", "超期未办结案件", "差错办理件数"])
def test_petitions_themselves_stay_reverse(name: str) -> None:
    assert name_hint(name).negative is True


@pytest.mark.parametrize("name", ["粮食储备损耗率", "成品粮储存损耗率", "气象观测数据缺测率", "水文遥测站数据缺测率",
                                  "违规办理率", "不动产登记违规办理率", "信访事项违规办理率"])
def test_grain_lost_data_missing_and_cases_handled_against_the_rules_are_reverse(name: str) -> None:
    assert name_hint(name).negative is True


@pytest.mark.parametrize("name", ["违规查处率", "违规问题查处率", "粮食储存损耗控制达标率", "缺测数据补测率",
                                  "违规办理事项整改率", "信访事项办理率", "损耗率较上年下降"])
def test_the_loss_controlled_gaps_filled_or_violations_dealt_with_are_not(name: str) -> None:
    assert name_hint(name).negative is False


def test_money_raised_or_found_by_audit_is_an_output(engine: Any) -> None:
    found = rules_by_value(engine, "数量指标", [{"name": "筹集城乡居民医保基金", "value": "≥2.6亿元"},
                                      {"name": "审计查出问题金额", "value": "≥1.5亿元"},
                                      {"name": "基金筹集服务费", "value": "≤30万元"}])
    assert "VAL010" not in found.get("≥2.6亿元", set()) | found.get("≥1.5亿元", set())
    assert "VAL010" in found["≤30万元"]


def test_yes_no_values_pass_where_text_is_told(engine: Any) -> None:
    found = rules_by_value(engine, "质量指标", [{"name": "资金使用合规性", "value": "合规"},
                                      {"name": "档案移交", "value": "规范"}])
    assert "VAL001" not in found.get("合规", set())
    assert "VAL001" in found["规范"]

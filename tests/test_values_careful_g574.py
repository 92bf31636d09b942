"""g574–g583, a second opinion on audit 21's checks: the causes of the false findings fixed.

- a cost named, then what it is paid by (讲座专家劳务费按实际授课场次 ≤60000元, g582) was read as a cost named as
  a quantity (CAT021; placement.yaml exempt_name);
- money paid after the project's period (项目资金支付完成时间, 工程款支付, 付款, g574) and a survey of those
  served (游客满意度调查完成时间, g578) were told as work due after the period (TIME008, preview; time.yaml
  exempt_name), as 拨付 and 清算 already were not;
- money paid for a purchase after the installing (AED设备采购款支付完成时间 2026年12月15日前 beside AED设备安装完成时间
  2026年8月31日前, g574) was read as the buying stage due after the installing (TIME006, a warning;
  stage_order.py _PAID);
- a wait cut (群众办事平均等候时间缩短比例 ≥20%, g579) was read as a reverse indicator (VAL006;
  negative-direction.yaml exception 缩短).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine_helpers import edited_findings

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


def _table(key: str) -> Path:
    return next(SECTORS.glob(f"{key}-*.yaml"))


def _rule(engine, key: str, written: str, replacement: str, rule_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message_zh for f in edited_findings(engine, _table(key), written, replacement) if f.rule_id == rule_id]


@pytest.mark.parametrize("name", ["讲座专家劳务费按实际授课场次", "讲座专家劳务费，按实际场次", "讲座专家劳务费 按场次"])
def test_a_cost_named_then_its_basis_is_no_quantity_named_cost(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    row = "- name: 讲座专家劳务费按实际授课场次\n"
    assert not _rule(engine, "g582", row, f"- name: {name}\n", "CAT021")


def test_a_quantity_named_cost_is_still_told(engine) -> None:  # type: ignore[no-untyped-def]
    """The same line named for the lectures held (专家授课场次 ≤60000元) keeps its notice."""
    [message] = _rule(engine, "g582", "- name: 讲座专家劳务费按实际授课场次\n", "- name: 专家授课场次\n", "CAT021")
    assert "专家授课场次" in message


@pytest.mark.parametrize("name", ["项目资金支付完成时间", "工程款支付完成时间", "改造工程付款完成时间", "游客跟踪回访完成时间",
                                  "群众满意度调查完成时间"])
def test_money_paid_or_a_survey_after_the_period_is_no_late_work(preview_engine, name: str) -> None:  # type: ignore[no-untyped-def]
    row = "- name: 项目资金清算完成时间\n"
    assert not _rule(preview_engine, "g578", row, f"- name: {name}\n", "TIME008")


def test_work_after_the_period_is_still_told(preview_engine) -> None:  # type: ignore[no-untyped-def]
    """The installing of the guide screens due on 15 December, after a period ending in October, keeps its notice."""
    [message] = _rule(preview_engine, "g578", "- name: 项目资金清算完成时间\n", "- name: 导览设备安装完成时间\n", "TIME008")
    assert "2026年10月31日" in message


def test_a_wait_cut_is_no_reverse_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """等候时间缩短比例 ≥20% draws nothing; the wait itself (平均等候时间 ≥20分钟) is still a reverse indicator."""
    row = "- name: 群众办事平均等候时间缩短比例\n        value: ≥20%"
    assert not _rule(engine, "g579", row, row, "VAL006")
    [message] = _rule(engine, "g579", row, "- name: 群众办事平均等候时间\n        value: ≥20分钟", "VAL006")
    assert "群众办事平均等候时间" in message


@pytest.mark.parametrize("name", ["AED设备采购款支付完成时间", "AED设备采购尾款支付时间", "AED设备采购合同款结算时间"])
def test_money_paid_for_a_purchase_is_no_stage_before_installing(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    row = "- name: AED设备采购款支付完成时间\n"
    assert not _rule(engine, "g574", row, f"- name: {name}\n", "TIME006")


def test_buying_due_after_installing_is_still_told(engine) -> None:  # type: ignore[no-untyped-def]
    """The purchase itself due on 15 December, after the installing on 31 August, keeps its warning."""
    [message] = _rule(engine, "g574", "- name: AED设备采购款支付完成时间\n", "- name: AED设备采购完成时间\n", "TIME006")
    assert "AED设备安装完成时间" in message

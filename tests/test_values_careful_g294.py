"""Forms that careful tables g294–g303 (fixtures/sectors: 街道/社区 and 政法) use and that drew false findings;
look-alikes keep their findings.

- events a grid worker takes in and reports (采集上报网格事件 ≥24000件) were a reverse indicator: VAL006, while
  事件上报漏报率 and 事件逾期上报率 still are;
- money stopped or frozen on its way to fraudsters (止付冻结涉案资金 ≥2亿元), and losses won back, were a misplaced
  cost: VAL010 (an error), while a fee with 冻结 in it still is;
- 15个工作日 under a 计量单位 of 工作日 was a conflict of units: VAL011 (an error), while 15天 under 小时 still is;
- a cadence multiplied by the places it is kept in (≥72场 noted 6个社区×每月1场) was told it comes to 12 a year:
  REL010, while 每月开展2次 against ≥48次 still is.
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.values import name_hint

from engine_helpers import rules_by_value


@pytest.mark.parametrize("name", ["采集上报网格事件", "网格员上报矛盾纠纷事件", "采集社区治安事件信息"])
def test_events_recorded_are_a_workload(name: str) -> None:
    assert name_hint(name).negative is False


@pytest.mark.parametrize("name", ["网格事件上报漏报率", "事件逾期上报率", "突发事件数", "安全生产事故"])
def test_events_themselves_stay_reverse(name: str) -> None:
    assert name_hint(name).negative is True


def test_money_stopped_or_won_back_is_an_output(engine: Any) -> None:
    found = rules_by_value(engine, "数量指标", [{"name": "止付冻结涉案资金", "value": "≥2亿元"},
                                      {"name": "为群众挽回经济损失", "value": "≥3000万元"},
                                      {"name": "冻结账户查询服务费", "value": "≤30万元"}])
    assert "VAL010" not in found.get("≥2亿元", set()) | found.get("≥3000万元", set())
    assert "VAL010" in found["≤30万元"]


def test_working_days_with_their_measure_word_agree(engine: Any) -> None:
    found = rules_by_value(engine, "时效指标", [{"name": "公证事项出证时限", "value": "受理之日起15个工作日内", "unit": "工作日"},
                                      {"name": "复核办理时限", "value": "≤15工作日", "unit": "个工作日"},
                                      {"name": "现场处置时限", "value": "≤15天", "unit": "小时"}])
    assert "VAL011" not in found.get("受理之日起15个工作日内", set()) | found.get("≤15工作日", set())
    assert "VAL011" in found["≤15天"]


def test_a_cadence_per_place_is_multiplied(engine: Any) -> None:
    found = rules_by_value(engine, "数量指标", [{"name": "开展治安防范宣传", "value": "≥72场", "note": "6个社区×每月1场"},
                                      {"name": "开展入户走访", "value": "≥48次", "note": "每季度1次*12个村"},
                                      {"name": "开展巡查", "value": "≥36次", "note": "每月开展2次"}])
    # (REL010 is reported at the note)
    assert "REL010" not in found.get("6个社区×每月1场", set()) | found.get("每季度1次*12个村", set())
    assert "REL010" in found["每月开展2次"]

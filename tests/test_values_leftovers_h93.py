"""Leftovers of the value reader and the cost sums, each measured on look-alikes.

- 次日办结 and 受理后次日办结 (the day after, its deed with no 前) were read as text and drew VAL001: a limit
  kept every day, as 次日12时前办结 is; 当日受理、次日办结 (two limits) stays as it was read.
- two tiers with no comparison (汛期每日1次，非汛期每周1次; 初级每人1200元、中级每人2000元) were text and drew
  VAL001 (an error), while 汛期≤24小时，非汛期≤72小时 is two targets (VAL012): read as two targets too. A list of
  places with one figure (城区、乡镇各1个) is no two tiers; 春秋两季各1次 stays ＝2次.
- VAL032: a year, a date or a rate in the note was already left out of its figures; a time (全年12个月, 20个
  工作日, read as 12个) and an ordinal (第2期) entered the sum and hid the mix of units.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import parse_value


def _findings(engine: Any, level2: str, line: dict[str, str], rule_id: str) -> list[Any]:
    """The findings of ``rule_id`` on a 2026 table whose 产出指标 has ``line`` added under ``level2``."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年测试项目资金"
    document["project"].pop("title", None)
    document["goal"] = "2026年完成年度任务。"
    document["indicators"].setdefault("产出指标", {}).setdefault(level2, []).append(line)
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


@pytest.mark.parametrize("value", ["次日办结", "受理后次日办结", "次日完成", "次日反馈", "接报后次日完成上报"])
def test_the_day_after_with_its_deed_is_a_daily_limit(engine: Any, value: str) -> None:
    parsed = parse_value(value)
    assert (parsed.op, parsed.quality) == ("≤", "recurring")
    assert not _findings(engine, "时效指标", {"name": "群众诉求办理时限", "value": value}, "VAL001")


@pytest.mark.parametrize("value", ["当日受理、次日办结", "当日受理次日办结"])
def test_two_limits_of_two_days_stay_as_read(value: str) -> None:
    assert parse_value(value).quality == "immediate"  # not checkable as one limit


@pytest.mark.parametrize("value", ["次日", "每日办结", "次日办结率"])
def test_the_day_after_alone_or_a_daily_deed_is_no_limit(value: str) -> None:
    assert parse_value(value).quality != "recurring"


@pytest.mark.parametrize(("value", "second"), [
    ("汛期每日1次，非汛期每周1次", "非汛期每周1次"),
    ("初级每人1200元、中级每人2000元", "中级每人2000元"),
    ("城区每日1次，乡镇每周1次", "乡镇每周1次"),
])
def test_two_tiers_with_no_comparison_are_two_targets(engine: Any, value: str, second: str) -> None:
    assert parse_value(value).problems == (("two_targets", second),)
    line = {"name": "河道巡查频次", "value": value}
    assert not _findings(engine, "数量指标", line, "VAL001")
    assert len(_findings(engine, "数量指标", line, "VAL012")) == 1


@pytest.mark.parametrize("value", ["城区、乡镇各1个", "城区、乡镇每月1次", "每日1次、每周1次", "城区120人、农村80人"])
def test_one_figure_or_untiered_figures_are_no_two_tiers(value: str) -> None:
    assert not parse_value(value).problems


def test_both_seasons_once_each_is_still_two_times() -> None:
    parsed = parse_value("春秋两季各1次")
    assert (parsed.kind, parsed.op, parsed.number, parsed.problems) == ("count", "=", 2, ())


@pytest.mark.parametrize("note", [
    "2026年开展禁毒宣传活动120场、尿检1800人次",
    "2026年12月31日前开展禁毒宣传活动120场、尿检1800人次，覆盖率100%",
    "全年12个月开展禁毒宣传活动120场、尿检1800人次",
    "第2期起开展禁毒宣传活动120场、尿检1800人次",
    "20个工作日内开展禁毒宣传活动120场、尿检1800人次",
])
def test_years_dates_rates_times_and_ordinals_are_no_parts_of_the_sum(engine: Any, note: str) -> None:
    line = {"name": "禁毒宣传及尿检工作量", "value": "≥1920人次", "note": note}
    assert len(_findings(engine, "数量指标", line, "VAL032")) == 1

"""A re-read of the day's value reader: forms its patterns' comments name that the patterns missed."""

from __future__ import annotations

import pytest

from ggtlint.values import parse_value


@pytest.mark.parametrize("value", ["每日下班前", "每日中午前", "每日中午12时前", "次日中午12时前", "每天下班前报送"])
def test_a_daily_limit_at_noon_or_the_days_end_is_kept_every_day(value: str) -> None:
    # 次日下班前 was read so already; 每日 asked for an hour or 上午/下午/晚上 only
    parsed = parse_value(value)
    assert (parsed.op, parsed.quality) == ("≤", "recurring")


@pytest.mark.parametrize("value", ["每日内", "每日前", "每日下班"])
def test_each_day_with_no_time_is_no_limit(value: str) -> None:
    assert parse_value(value).quality == "text"

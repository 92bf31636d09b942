"""A re-read of the hour's changes (VAL034 … the value reader's tiers): each problem found, held here."""

from __future__ import annotations

import pytest

from ggtlint.values import parse_value


@pytest.mark.parametrize("value", ["城区不少于每日2次，农村不少于每周1次", "汛期不低于每日1次，非汛期不低于每周1次"])
def test_a_tier_label_does_not_swallow_its_comparison(value: str) -> None:
    # the floor (不少于) is no part of the tier's name: reading 城区不少于 as the tier left ＝2次/日, an exact target
    parsed = parse_value(value)
    assert parsed.number is None or parsed.op == "≥"

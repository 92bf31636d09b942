"""base.is_frequency: how often work is done, per one period or several (FUND008's not_frequency and
cost-quantity-alignment leave it out: it is no price and buys nothing)."""

from types import SimpleNamespace

import pytest

from ggtlint.primitives.base import is_frequency
from ggtlint.values import parse_value


@pytest.mark.parametrize("value, frequency", [
    ("≥2次/日", True),
    ("每月1次", True),
    # per several periods: as often as 每日, 每月 (施工场地洒水降尘频次 ≥1次/2日 was held to be a price with no ceiling)
    ("≥1次/2日", True),
    ("每2天≥1次", True),
    ("每2个月1次", True),
    ("每两月一次", True),
    ("≥1次/3周", True),
    # a price or things bought per period are no frequency
    ("≥2元/2日", False),
    ("≤300元/次", False),
    ("≥12次", False),
])
def test_is_frequency(value: str, frequency: bool) -> None:
    assert is_frequency(SimpleNamespace(parsed=parse_value(value, budget_year=2026))) is frequency


@pytest.mark.parametrize("value", ["每两月≥1次", "每两月不少于1次", "每两月一次", "每两个月≥1次", "每2个月≥1次"])
def test_every_two_months_is_one_spelling_with_a_comparison_too(value: str) -> None:
    # 每两月≥1次 was read 次/两月 while 每两月一次 was 次/2个月 (values/parse.py _per_word)
    assert parse_value(value).unit == "次/2个月"

"""read_period reads an end written with no month (2024年1月至今年底, 2024年3月至2026年底) as December of that
year, as the PDF importer now reads the period wrapped 2024年1月至 / 今年底; a 年底 that is no period's end
gives no dates."""

from __future__ import annotations

from datetime import date

import pytest

from ggtlint.primitives.deadline_after_period import read_period


@pytest.mark.parametrize("text, first, last", [
    ("2024年1月至今年底", date(2024, 1, 1), date(2024, 12, 31)),   # the layout-period-wrapped table's
    ("2024年1月至2026年底", date(2024, 1, 1), date(2026, 12, 31)),
    ("2024年3月至年底", date(2024, 3, 1), date(2024, 12, 31)),       # the start's year
    ("2024年至2026年底", date(2024, 1, 1), date(2026, 12, 31)),
    ("2024年1月至今年末", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024.01-2025年底", date(2024, 1, 1), date(2025, 12, 31)),
    ("2024年1月至今年底止", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024年1月至2024年12月底", date(2024, 1, 1), date(2024, 12, 31)),  # as before
])
def test_year_end_is_december(text: str, first: date, last: date) -> None:
    assert read_period(text, 2024) == (first, last)


@pytest.mark.parametrize("text", [
    "2026年底",            # an end with no start
    "至2026年底",
    "年底前完成",
    "2024年1月至今",        # an open end
    "2024年1月至年中",
    "2024年底至2025年6月",   # 年底 as the start: no month it names
    "2023年底至今年底",
    "2024年度",
    "2024年1月至2026年底前后",
    "2024年1月至年底前完成验收",
])
def test_year_end_look_alikes_give_no_dates(text: str) -> None:
    assert read_period(text, 2024) is None


# held out: written after the change, not used while making it
@pytest.mark.parametrize("text, first, last", [
    ("2025年3月至2027年末", date(2025, 3, 1), date(2027, 12, 31)),
    ("2024年6月—今年底", date(2024, 6, 1), date(2024, 12, 31)),
    ("自2024年1月至当年底", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024/03-本年底", date(2024, 3, 1), date(2024, 12, 31)),
    ("2024年2月到年末", date(2024, 2, 1), date(2024, 12, 31)),
])
def test_held_out_year_ends(text: str, first: date, last: date) -> None:
    assert read_period(text, 2024) == (first, last)

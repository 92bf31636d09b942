"""g468–g479, a second opinion on the eighteenth session's checks: a value form a careful writer reaches for.

- a season with its month in brackets and the year written before it (2026年主汛期（6月）前) is that year's
  6月前, as 主汛期（6月）前 is the budget year's (values/parse.py _named_day). It was text (VAL001, an error) while
  the form without the year drew only TIME003's notice asking for the year: writing the year made it worse.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ggtlint.values import parse_value

FORMS: list[tuple[str, dict[str, Any]]] = [
    ("2026年主汛期（6月）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30), "year_inferred": False}),
    ("2026年主汛期（6月）前完成", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30)}),
    ("2027年主汛期（6月）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2027, 6, 30)}),
    ("2026年烈士纪念日（9月30日）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 9, 30)}),
]

# look-alikes, read the same before and after
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("主汛期（6月）前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 6, 30), "year_inferred": True}),
    ("2026年汛期（6月）", {"kind": "qualitative", "quality": "text"}),
    ("2026年汛期前", {"kind": "qualitative", "quality": "external"}),
]


@pytest.mark.parametrize(("value", "expected"), FORMS + LOOK_ALIKES, ids=[form[0] for form in FORMS + LOOK_ALIKES])
def test_a_named_season_is_read(value: str, expected: dict[str, Any]) -> None:
    parsed = parse_value(value, budget_year=2026)
    for field, want in expected.items():
        assert getattr(parsed, field) == want, (value, field, parsed)

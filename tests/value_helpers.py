"""A check shared by the value-form tests: a parsed value has the attributes a case expects."""

from __future__ import annotations

from typing import Any


def assert_reads(parsed: Any, expected: dict[str, Any]) -> None:
    """Each attribute named in ``expected`` has its value in ``parsed`` (the rest are not asked)."""
    for name, value in expected.items():
        assert getattr(parsed, name) == value, (name, parsed)

"""Checks shared by the value-form tests: a parsed value has the attributes a case expects; an
audit's form reads as pinned, and its look-alike keeps its own reading; what the rules say of one value."""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import parse_value


def assert_reads(parsed: Any, expected: dict[str, Any]) -> None:
    """Each attribute named in ``expected`` has its value in ``parsed`` (the rest are not asked)."""
    for name, value in expected.items():
        assert getattr(parsed, name) == value, (name, parsed)


def assert_form_reads(text: str, year: int | None, expected: dict[str, Any]) -> None:
    """An audit's form reads as pinned, with no problem told."""
    parsed = parse_value(text, budget_year=year)
    assert_reads(parsed, expected)
    assert parsed.problems == (), parsed


def assert_look_alike(reads: dict[str, tuple[int | None, dict[str, Any]]], form: str, look_alike: str,
                      expected: dict[str, Any]) -> None:
    """``form`` still reads as its audit pinned it (``reads``: text → (budget year, attributes)),
    and ``look_alike`` as ``expected``, in the form's budget year or 2024: the fix stops where it should."""
    year, reading = reads[form]
    assert_reads(parse_value(form, budget_year=year), reading)
    assert_reads(parse_value(look_alike, budget_year=year or 2024), expected)


def row_findings(engine: Any, level1: str, level2: str, name: str, value: str) -> dict[str, list[Any]]:
    """The findings, by rule, on one indicator (found by its value) added under ``level1``/``level2`` to the
    clean legacy example table (budget year 2023): what the rules say of one value form."""
    document = example_document({})
    document["indicators"].setdefault(level1, {}).setdefault(level2, []).append({"name": name, "value": value})
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    found: dict[str, list[Any]] = {}
    for finding in engine.check_source(load_text(text, "t.yaml")).findings:
        if finding.value.split("\x1f")[-1] == value:
            found.setdefault(finding.rule_id, []).append(finding)
    return found

"""Re-read h149 of the last changes (FUND007's payday, FUND017's sources, REL016's titles): each case a slip the
re-read found, with the table it was found on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"

_POSTS = """version: 1
project: {name: 2025年公益性岗位补贴, year: 2025, department: 某县人力资源和社会保障局}
funds: {unit: 元, total: 250000, fiscal: 250000, other: 0}
goal: 2025年开发公益性岗位12个，按月发放岗位补贴。
indicators:
  产出指标:
    数量指标: [{name: 公益性岗位开发数量, value: ≥12人}]
    成本指标: [{name: 公益性岗位补贴, value: ≤250000元, note: "NOTE"}]
"""


@pytest.mark.parametrize(("note", "told"), [
    # a month of the year it is paid by multiplies nothing: 2000 × 12 × 12 = 288000, over the line
    ("按每人每月2000元标准发放，每年12月31日前发放完毕", True),
    ("按2000元/人·月发放，每年12月底前发放", True),
    ("按2000元/人·月发放，每人每年12个月", False),  # a count of months each head, a factor of its own
])
def test_a_notes_month_of_payment_leaves_its_rate_to_be_multiplied(engine: Any, note: str, told: bool) -> None:
    found = engine.check_source(load_text(_POSTS.replace("NOTE", note), "posts.yaml")).findings
    assert any(finding.rule_id == "FUND007" for finding in found) == told

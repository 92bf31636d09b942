"""g718–g727, a careful round aimed at the checks added lately (REL008's period and plan variants and cap_over,
REL020–REL025, TIME011–TIME013, FUND019–FUND021): the one false finding the ten tables drew (FUND021 on g724's
template sum row, 经济成本合计, at the foot of its cost lines), with the case that showed it, its look-alikes and
held-out cases, and the restated budgets beside it still told.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_recall_audit34 import _PARTS, _cost_rules


def _told(engine: Any, costs: list[tuple[str, str]], total: str = "182") -> bool:
    """FUND021 tells a table of ``total`` 万元 whose cost lines are ``costs``, in that order."""
    return "FUND021" in _cost_rules(engine, costs, total)


# -- a template's sum row at the foot of the cost lines is the form's own 合计, not a cost restating the budget ----

def test_fund021_leaves_the_template_sum_row_at_the_foot(engine: Any) -> None:
    # the case that showed it (g724: four priced lines, then 经济成本合计 ≤48万元)
    assert not _told(engine, _PARTS + [("经济成本合计", "≤182万元")])


# the probe: look-alikes, none to be told (before the fix: 8 of 10 told; 小计 was never a word of the whole)
@pytest.mark.parametrize(("name", "value"), [
    ("经济成本合计", "＝182万元"),
    ("成本合计", "≤182万元"),
    ("合计", "＝182万元"),
    ("小计", "≤182万元"),
    ("经济成本小计", "≤182万元"),
    ("经济成本指标合计", "≤182万元"),
    ("成本指标合计", "＝1820000元"),
    ("经济成本总计", "≤182万元"),
    ("总计", "≤182万元"),
    ("成本总计", "＝182万元"),
])
def test_fund021_leaves_sum_rows_by_their_template_names(engine: Any, name: str, value: str) -> None:
    assert not _told(engine, _PARTS + [(name, value)])


# still told where the rule is right: the budget named as the project's or the funds' whole, and a sum row put
# first, where it reads as one more cost line rather than the form's foot
@pytest.mark.parametrize("costs", [
    _PARTS + [("HPV疫苗接种项目成本合计", "≤182万元")],
    _PARTS + [("全年资金合计", "＝182万元")],
    [("经济成本合计", "≤182万元")] + _PARTS,
])
def test_fund021_still_tells_the_budget_restated(engine: Any, costs: list[tuple[str, str]]) -> None:
    assert _told(engine, costs)


# held out, written after the fix
@pytest.mark.parametrize(("costs", "told"), [
    (_PARTS + [("成本小计", "≤182万元")], False),
    (_PARTS + [("经济成本指标总计", "＝182万元")], False),
    (_PARTS + [("疫苗接种经费合计", "≤182万元")], True),
    ([("合计", "≤182万元")] + _PARTS, True),
    (_PARTS + [("接种项目总成本", "≤182万元")], True),
])
def test_fund021_held_out_after_the_sum_row_fix(engine: Any, costs: list[tuple[str, str]], told: bool) -> None:
    assert _told(engine, costs) is told

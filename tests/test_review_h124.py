"""A re-read of base.ITEM_NUMBER, amount_limit._note_product, cost_qty_alignment._note_links, goal_figures'
_NAMED_PERIOD and _YEAR_AS_MONTHS, repeated_output._LEVEL_IN_NAME and below_standard's _MEASURE_CHANGED and
_SET_NOT_REACHED: the problems found, each pinned.

- a note's count in 万 (按2万亩×每亩100元) was tied to its quantity only when the value wrote ≥2万亩: 不少于2万亩,
  2万亩以上 and ≥20000亩 drew REL002 (a notice: no cost for 酸化耕地治理面积); cost_qty_alignment._note_links now
  writes each count in 万 too.
- FUND016 read 补助 (added last round) without 拨付's look-ahead: 全部由中央财政补助到户 (how it is paid out) was read as
  all the money being the government's, and 由省级财政全额补助 was not read at all (rules/funds.yaml said).
- base.ITEM_NUMBER read a scale or a time at a line's start (1:500地形图, 8:30至17:30) as item 1 or 8, so a goal wrapped
  before it was not joined (engine/context.py joined_goal); a colon is an item's only when no figure follows it, a
  year (1：2026年6月前…) aside.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine_helpers import edited_findings
from test_h120_review import _fund016  # a goal with other funds 20 of 120万元: its FUND016 findings

G545 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g545-*.yaml"))


@pytest.mark.parametrize(("value", "told"), [
    ("≥2万亩", False),
    ("不少于2万亩", False),
    ("2万亩以上", False),
    ("≥20000亩", False),
    ("≥3万亩", True),  # a count the note does not price
])
def test_a_notes_count_in_wan_ties_the_quantity_however_written(engine, value: str,  # type: ignore[no-untyped-def]
                                                                  told: bool) -> None:
    findings = edited_findings(engine, G545, "value: ≥2万亩", f"value: {value}")
    assert any(f.rule_id == "REL002" and "酸化耕地治理面积" in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("said", "told"), [
    ("项目所需资金全部由省级财政补助", True),
    ("项目资金由省级财政全额补助", True),  # 财政全额 with 补助 as with 拨付
    ("补助资金全部由中央财政补助到户", False),  # how it is paid out, as 拨付到户
    ("补助资金全部由县财政补助给农户", False),
])
def test_fund016_reads_subsidy_as_it_reads_payment(engine, said: str,  # type: ignore[no-untyped-def]
                                                    told: bool) -> None:
    assert bool(_fund016(engine, f"2026年设置地名标志1200块；{said}。")) is told


@pytest.mark.parametrize(("goal", "joined"), [
    ("2026年完成地形图测绘，比例尺为\n1:500，面积5平方公里。", True),  # a scale, not item 1
    ("2026年图书馆每日开馆，开馆时间为\n8:30至17:30。", True),  # a time
    ("2026年完成以下任务\n1：2026年6月前完成设计", False),  # an item opening with a year
    ("2026年完成以下任务\n1：新建站点10个", False),
    ("2026年完成以下任务\n2.完成验收", False),
])
def test_a_scale_or_a_time_is_no_item_number(goal: str, joined: bool) -> None:
    from ggtlint.engine.context import joined_goal

    assert ("\n" not in joined_goal(goal)) is joined

"""Forms that careful tables g606–g615 (fixtures/sectors: 院感防控培训, 乡镇社保经办, 职工心理健康, 古镇夜间文旅,
重点项目前期工作, 雨污分流二期, 小微企业质量帮扶, 安宁疗护, 单亲困难母亲帮扶, 老年人智能技术培训) use, or their
phrasing variants, and that drew false findings; look-alikes keep theirs.

- a 2021 social cost of debt there is none of (前期工作新增政府债务 / 不新增债务; 不新增政府隐性债务, 无新增债务) was
  text (VAL001, an error), while 不增加群众负担 and 不收取任何费用 were already reached-or-not values;
- a note giving one head's sum as a product (按每人8课时×每课时20元) was held to the whole line (FUND007, a warning:
  160元 against ≤240000元), as 按每人8课时、每课时20元标准 no longer was (amount_limit.py _note_product);
- a goal naming one of the projects it serves before their count (实施…第二水厂及配套管网项目等12个重点项目前期工作)
  was taken for a goal copied from another project (REL015): tests/test_goal_foreign_project.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_findings
from ggtlint.values import parse_value

G615 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g615-*.yaml"))
NOTE = "        note: 按每人8课时、每课时20元标准\n"
G610 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g610-*.yaml"))
SOCIAL = "      - name: 前期工作新增政府债务\n        value: 不新增债务"


@pytest.mark.parametrize("value", ["不新增债务", "不新增政府隐性债务", "未新增政府债务", "无新增债务", "零新增债务"])
def test_no_new_debt_is_yes_no(value: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.quality) == ("qualitative", "yesno")


@pytest.mark.parametrize("value", ["新增债务", "不新增建设用地", "化解债务"])
def test_debt_itself_or_other_additions_stay_text(value: str) -> None:
    assert parse_value(value).quality != "yesno"


def _val001(engine: Any, value: str) -> list[Any]:
    findings = edited_findings(engine, G610, SOCIAL, f"      - name: 前期工作新增政府债务\n        value: {value}")
    return [f for f in findings if f.rule_id == "VAL001"]


@pytest.mark.parametrize(("value", "told"), [("不新增债务", False), ("无新增隐性债务", False), ("新增债务", True)])
def test_a_social_cost_of_debt_there_is_none_of(engine, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_val001(engine, value)) == told


@pytest.mark.parametrize(("note", "told"), [
    ("按每人8课时×每课时20元", False),
    ("按每户2次×每次500元", False),
    # the heads counted: the line's sum, held to it
    ("按1500人×每人8课时×每课时20元", False),
    ("按1500人×每人8课时×每课时25元", True),
    ("按每人8课时×每课时25元×1500人", True),
])
def test_one_heads_sum_is_not_the_lines(engine, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in edited_findings(engine, G615, NOTE, f"        note: {note}\n") if f.rule_id == "FUND007"]
    assert bool(found) == told

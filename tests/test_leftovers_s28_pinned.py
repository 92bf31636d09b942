"""Session 28: four pinned misses (strict xfails of s26 and s27) told, each widening with the look-alikes it must
leave quiet and cases held out (written once the change was made, run once, not tuned on):
1. FUND019 (note_count.py): an output naming the line's one word past a word of handing it out (配发头盔 for
   队员头盔购置费, 为队员配发头盔60顶); a goal sentence saying part of the count is not bought (其中新购40顶, 含利旧20顶,
   另有20顶由上级调拨) now leaves the qualifier's pairing quiet: 3 of 13 look-alikes told at first, 0 after; held out
   5 of 5 right;"""

from __future__ import annotations

from typing import Any

import pytest

from test_leftovers_s26_pinned import _fund_rules

# ---------------------------------------------------------------- 1. FUND019: a word of handing the thing out
# (goal, line, its note, output, its value, told)
_HELMETS = [
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "＝60顶", True),
    # look-alikes: the note at the count, another deed or a part, two groups, no count in the goal, a ceiling,
    # another thing or unit, a repair line, and goals saying part of the count is not bought
    ("为队员配发头盔60顶。", "队员头盔购置费", "按60顶×每顶500元", "配发头盔", "＝60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "头盔配发检查", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔面罩", "≥60顶", False),
    ("为队员配发头盔60顶，为辅警配发头盔40顶。", "队员头盔购置费", "按60顶×每顶500元", "配发头盔", "≥100顶", False),
    ("为队员配发头盔。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≤60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发手套", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40套×每套500元", "配发头盔", "≥60顶", False),
    ("为队员配备头盔60顶。", "队员头盔维修费", "按40顶×每顶50元", "配备头盔", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔（含调拨）", "≥60顶", False),
    # (told at first: the goal's sentence says the line buys only part of what is handed out)
    ("为队员配发头盔60顶（含利旧20顶）。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≥60顶", False),
    ("向队员分发头盔60顶，其中新购40顶。", "队员头盔购置费", "按40顶×每顶500元", "分发头盔", "≥60顶", False),
    ("为队员配发头盔60顶，另有20顶由上级调拨。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≥60顶", False),
]
# held out, written after the change
_HELMETS_HELD = [
    ("为护林员配发对讲机50部。", "护林员对讲机购置费", "按30部×每部800元", "配发对讲机", "≥50部", True),
    ("为辅警配备执法记录仪80台。", "辅警执法记录仪购置费", "按80台×每台2000元", "配备执法记录仪", "≥80台", False),
    ("为环卫工人分发防暑药品300盒，其中100盒由企业捐赠。", "环卫工人防暑药品购置费", "按200盒×每盒30元", "分发防暑药品",
     "≥300盒", False),
    ("为村医配发血压计120台。", "村医血压计购置费", "按100台×每台300元", "配发血压计校准", "≥120台", False),
    ("为学生配发课本1200套。", "学生课本购置费", "按1000套×每套80元", "配发课本", "≥1200套", True),
]


@pytest.mark.parametrize(("goal", "line", "note", "output", "value", "told"), _HELMETS + _HELMETS_HELD)
def test_fund019_handed_out(engine: Any, goal: str, line: str, note: str, output: str, value: str, told: bool) -> None:
    assert ("FUND019" in _fund_rules(engine, goal, line, note, output, value)) is told

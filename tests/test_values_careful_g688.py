"""g688–g697, a careful round in sectors the fixtures covered least: the false finding the tables drew, with the
case that showed it, and the defect beside it still told.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_review_h132 import _findings

COST = ("产出指标", "成本指标")
# two standards, each listed after the count of whom it pays (g689)
TWO_KINDS = "2026年资助困难新生150名，其中本科新生90名、每人5000元，专科新生60名、每人4000元；9月10日前发放到账。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # each kind at its own standard: the kind is the count before the 、, not the clause after the standard (g689)
    (TWO_KINDS, "专科新生资助标准", "＝4000元/人", False),
    (TWO_KINDS, "本科新生资助标准", "＝5000元/人", False),
    # a kind given the other kind's standard is still told
    (TWO_KINDS, "专科新生资助标准", "＝5000元/人", True),
    (TWO_KINDS, "本科新生资助标准", "＝4000元/人", True),
    # one standard listed after its count, given another amount, is still told
    ("2026年资助家庭经济困难新生150名、每人5000元。", "新生资助标准", "＝4000元/人", True),
    ("2026年资助家庭经济困难新生150名、每人5000元。", "新生资助标准", "＝5000元/人", False),
])
def test_rel008_reads_a_standard_after_a_count_as_that_counts_kind(engine: Any, goal: str, name: str, value: str,
                                                                  told: bool) -> None:
    found = _findings(engine, "REL008", goal=goal, rows={COST: [{"name": name, "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]


# the probe of the fix: look-alikes, each standard listed after the count of whom it pays and given right (none told)
ELDERLY = "为80-89周岁老人1200名、每人每月50元，90周岁以上老人300名、每人每月100元发放高龄津贴。"
BOARDERS = "2026年补助小学寄宿生800名、每生每年1000元，初中寄宿生600名、每生每年1250元。"
DISABLED = "为重度残疾人2100名、每人每月90元发放护理补贴，为困难残疾人1500名、每人每月80元发放生活补贴。"
LOOK_ALIKES = [
    (TWO_KINDS, "专科新生资助标准", "＝4000元/人"),
    (ELDERLY, "90周岁以上老人高龄津贴标准", "＝100元/人·月"),
    (ELDERLY, "80-89周岁老人高龄津贴标准", "＝50元/人·月"),
    (BOARDERS, "初中寄宿生生活补助标准", "＝1250元/人·年"),
    (BOARDERS, "小学寄宿生生活补助标准", "＝1000元/人·年"),
    ("为村级防疫员120名、每人每月500元发放防疫补助，并为乡镇兽医站8个、每站每年3万元安排运行经费。",
     "村级防疫员补助标准", "＝500元/人·月"),
    ("资助脱贫家庭学生300名、每人每学期1500元。", "每生每学期资助标准", "＝1500元/人·学期"),
    (DISABLED, "重度残疾人护理补贴标准", "＝90元/人·月"),
    (DISABLED, "困难残疾人生活补贴标准", "＝80元/人·月"),
    ("对培训合格的家政服务员200名、每人补贴1500元。", "家政服务员培训补贴标准", "＝1500元/人"),
]


@pytest.mark.parametrize(("goal", "name", "value"), LOOK_ALIKES)
def test_rel008_leaves_standards_listed_after_their_counts(engine: Any, goal: str, name: str, value: str) -> None:
    found = _findings(engine, "REL008", goal=goal, rows={COST: [{"name": name, "value": value}]})
    assert not found, [f.message_zh for f in found]


# held out, written after the fix and not used to tune it: 5 of 5 right (3 quiet; 2 told, each a kind given
# another amount than its own standard)
ALLOWANCE = "为城市低保对象3200名、每人每月650元，农村低保对象8600名、每人每月480元发放低保金。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("资助高中困难学生500名、每生每年2000元，中职困难学生300名、每生每年2000元。", "高中困难学生资助标准",
     "＝2000元/人·年", False),
    ("为护林员65名、每人每月1000元发放管护补助。", "护林员管护补助标准", "＝800元/人·月", True),
    (ALLOWANCE, "农村低保保障标准", "＝650元/人·月", True),
    (ALLOWANCE, "城市低保保障标准", "＝650元/人·月", False),
    ("安排公益性岗位人员150名、每人每月1800元岗位补贴。", "公益性岗位补贴标准", "＝1800元/人·月", False),
])
def test_rel008_standards_after_counts_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    found = _findings(engine, "REL008", goal=goal, rows={COST: [{"name": name, "value": value}]})
    assert bool(found) is told, [f.message_zh for f in found]

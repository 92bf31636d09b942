"""REL020 (benefit-over-output): a benefit counting more people than the outputs reach of the same group, or
than the beds they add; the look-alikes it was measured on (none may be told) and the cases held out, written
after the check was (not used to tune it)."""

from __future__ import annotations

import pytest

from engine_helpers import benefit_over_output_count

TOLD = [
    # the three of the thirty-second audit (b370, b372, b367)
    ([("享受社会保险补贴的就业困难人员", "≥200人")], "实现稳定就业的就业困难人员", "≥260人"),
    ([("城市低保保障对象", "≥1100人"), ("农村低保保障对象", "≥9800人")], "基本生活得到保障的城乡低保对象", "≥12000人"),
    ([("新增护理床位", "≥80张"), ("每个设施护理床位", "10-15张")], "新增护理床位入住失能老年人", "≥120人"),
]

# written before the check was tuned: none may be told
LOOK_ALIKES = [
    # households against people
    ([("低保保障对象", "≥3000户")], "基本生活得到保障的低保对象", "≥8000人"),
    # visits against people: the visits may reach more heads than the other output counts
    ([("建档失能老年人", "≥600人"), ("上门服务失能老年人", "≥5000人次")], "生活质量改善的失能老年人", "≥800人"),
    # an infrastructure project's people reached
    ([("新建村组道路", "≥12公里")], "受益群众", "≥8000人"),
    # a wider group brought along
    ([("培训新型职业农民", "≥300人")], "辐射带动周边农民", "≥2000人"),
    # the output counts only the rural side of the benefit's group
    ([("农村低保对象", "≥9800人")], "基本生活得到保障的低保对象", "≥12000人"),
    # urban and rural against the urban output alone
    ([("城市低保保障对象", "≥1100人")], "基本生活得到保障的城乡低保对象", "≥12000人"),
    # another group sharing only 学生
    ([("资助家庭经济困难学生", "≥1000人")], "顺利完成学业的在校学生", "≥3000人"),
    # beds turned over in the year, in visits
    ([("新增护理床位", "≥80张")], "全年入住老年人", "≥3000人次"),
    # hospital beds: patients treated, not people moving in
    ([("新增病床", "≥50张")], "年收治患者", "≥3000人"),
    # fewer than the outputs reach
    ([("享受补贴的就业困难人员", "≥200人")], "实现稳定就业的就业困难人员", "≥180人"),
    # family members of households aided
    ([("救助困难家庭", "≥500户")], "生活改善的困难家庭成员", "≥1500人"),
    # only those newly covered counted as the output
    ([("新增纳入低保对象", "≥500人")], "基本生活得到保障的低保对象", "≥12000人"),
]


@pytest.mark.parametrize(("outputs", "name", "value"), TOLD)
def test_told(engine, outputs: list[tuple[str, str]], name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert benefit_over_output_count(engine, outputs, name, value) == 1


@pytest.mark.parametrize(("outputs", "name", "value"), LOOK_ALIKES)
def test_look_alikes_not_told(engine, outputs: list[tuple[str, str]], name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert benefit_over_output_count(engine, outputs, name, value) == 0


# held out: written after the check was, run once, not used to tune it: 3 of 5 right, no look-alike told; the two
# missed were pinned as missed (the output's group carries a qualifier the benefit's lacks, 建档立卡; the output's
# name ends in its deed, 提供集中供养, not in the people); the deed is set aside since s23 (tests/test_slips_s23.py)
HELD_OUT = [
    # (outputs, benefit's name, value, whether it should be told, whether it is)
    ([("资助建档立卡家庭经济困难学生", "≥1500人")], "因资助顺利完成学业的家庭经济困难学生", "≥1800人", True, False),
    ([("为特困供养人员提供集中供养", "≥350人")], "生活得到保障的特困供养人员", "≥420人", True, True),
    ([("开展残疾人康复训练", "≥300人")], "受益残疾人家庭", "≥300户", False, False),
    ([("新建农村幸福院床位", "≥60张")], "幸福院日间照料老年人", "≥400人", False, False),
    ([("救助流浪乞讨人员", "≥120人")], "护送返乡的流浪乞讨人员", "≥150人", True, True),
]


@pytest.mark.parametrize(("outputs", "name", "value", "should", "told"), HELD_OUT)
def test_held_out(engine, outputs: list[tuple[str, str]], name: str, value: str, should: bool,  # type: ignore[no-untyped-def]
                  told: bool) -> None:
    assert benefit_over_output_count(engine, outputs, name, value) == int(told)
    assert told or not should or name in MISSED
    assert not told or should  # no look-alike told


MISSED = {"因资助顺利完成学业的家庭经济困难学生", "生活得到保障的特困供养人员"}

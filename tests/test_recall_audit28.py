"""The twenty-eighth recall audit's checks (b326–b335, culture, tourism and sports tables), each against some of the
look-alikes and held-out cases it was measured on: a reach or an audience given in money (VAL037), a guide's,
coach's, performer's or referee's satisfaction as the only one (SAT002), parking spaces in an area unit (VAL018), a
time to reach the scene with ≥ (VAL006)."""

from __future__ import annotations

from typing import Any

import pytest

from test_recall_audit27 import _told as audit27_told


def _told(engine: Any, rule: str, rows: list[tuple[str, str]], level: str,
          goal: str = "2026年县博物馆全年免费开放不少于306天，接待观众18万人次以上。") -> list[str]:
    return audit27_told(engine, rule, goal, rows, level, project="2026年县博物馆免费开放补助资金", total=50)


@pytest.mark.parametrize(("name", "value", "told"), [
    ("赛事全网曝光量", "≥1亿元", True),
    ("旅游宣传短视频播放量", "≥300万元", True),
    ("非遗展览参观人次", "≥10万元", True),
    ("送戏下乡观众人数", "≥3万元", True),
    ("赛事全网曝光量", "≥1亿次", False),
    ("线上展览浏览量", "≥5万人次", False),
    ("带动住宿、餐饮、旅游消费", "≥8000万元", False),  # what the reach brings
    ("观众消费带动金额", "≥200万元", False),
    ("景区门票收入", "≥300万元", False),
])
def test_a_reach_given_in_money(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_told(engine, "VAL037", [(name, value)], "效益指标:\n    社会效益指标")) is told


@pytest.mark.parametrize(("names", "told"), [
    (["讲解员满意度"], True),
    (["赛事裁判员满意度"], True),
    (["送戏下乡演职人员满意度"], True),
    (["社会体育教练员满意度"], True),
    (["讲解员满意度", "观众满意度"], False),  # beside the served's own: an addition
    (["受训讲解员满意度"], False),  # those a training serves
    (["观众对演员表演满意度"], False),  # the audience asked about the show
    (["参赛运动员满意度"], False),
])
def test_the_satisfaction_of_those_giving_the_service(engine, names: list[str],  # type: ignore[no-untyped-def]
                                                      told: bool) -> None:
    hits = _told(engine, "SAT002", [(name, "≥90%") for name in names], "满意度指标:\n    服务对象满意度指标")
    assert bool(hits) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("新增停车位", "≥400平方米", True),
    ("码头新增泊位", "≥800平方米", True),
    ("景区新建停车位", "≥2亩", True),
    ("新增停车位", "≥400个", False),
    ("新建生态停车场面积", "≥6000平方米", False),
    ("改造停车位面积", "≥3000平方米", False),
])
def test_parking_spaces_in_an_area_unit(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_told(engine, "VAL018", [(name, value)], "产出指标:\n    数量指标")) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("医疗救护到达现场时间", "≥4分钟", True),
    ("消防车到场时间", "≥8分钟", True),
    ("景区救援人员到达现场时间", "不少于15分钟", True),
    ("医疗救护到达现场时间", "≤4分钟", False),
    ("医疗救护人员到场人数", "≥40人", False),
    ("到场观众", "≥5万人次", False),
])
def test_a_time_to_reach_the_scene_with_a_floor(engine, name: str, value: str,  # type: ignore[no-untyped-def]
                                                told: bool) -> None:
    assert bool(_told(engine, "VAL006", [(name, value)], "产出指标:\n    时效指标")) is told

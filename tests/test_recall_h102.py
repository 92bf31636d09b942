"""Four defects recall audits planted and the rules did not tell (h102): a 万 dropped from the goal's figure, a
range's floor ten times the indicator, full coverage of a system set up, and a piece of the building at 全年
where the goal dates the project's finish. Each against look-alikes it was measured on."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.load import load_text


def _table(goal: str, rows: list[tuple[str, str, str, str]], project: str = "2025年项目") -> str:
    tree: dict[str, dict[str, list[dict[str, str]]]] = {}
    for level1, level2, name, value in rows:
        tree.setdefault(level1, {}).setdefault(level2, []).append({"name": name, "value": value})
    return yaml.safe_dump({"version": 1, "project": {"name": project, "year": 2025, "framework": "fw2021"},
                           "goal": goal, "indicators": tree}, allow_unicode=True, sort_keys=False)


def _told(engine: Any, text: str, rule: str) -> list[str]:
    return [f.message_zh for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == rule]


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2025年新改建乡村道路12公里，惠及沿线群众3万余。", "惠及沿线群众", "≥3人", True),
    ("2025年改造沿线道路12公里，受益居民约8万。", "沿线受益居民", "≥8人", True),
    ("辖区常住人口约12万，2025年开展义诊活动12场。", "开展义诊活动", "≥12场", False),  # another count's figure
    ("2025年改造沿线道路12公里，受益居民约8万。", "沿线受益居民", "≥8万人", False),
    ("2025年每户补助2万，补助困难家庭2户以上。", "补助困难家庭", "≥2户", False),
])
def test_a_ten_thousand_dropped(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _told(engine, _table(goal, [("效益指标", "社会效益指标", name, value)]), "REL008")
    assert bool([message for message in found if "10000 倍" in message]) is told


@pytest.mark.parametrize(("goal", "value", "told"), [
    ("2025年新改建农村公路1200至1300公里。", "≥120公里", True),
    ("2025年服务群众12至13万人。", "≥1.2万人", True),  # the floor in the upper end's 万: 12万
    ("2025年新改建农村公路1200至1300公里。", "≥1200公里", False),
    ("2025年服务群众12至13万人。", "≥12万人", False),
])
def test_a_ranges_floor_ten_times(engine, goal: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    name = "新改建农村公路里程" if "公路" in goal else "服务群众人数"
    found = _told(engine, _table(goal, [("产出指标", "数量指标", name, value)]), "REL008")
    assert bool([message for message in found if "10 倍" in message]) is told
    if told:  # the range quoted whole and its floor named, so the factor reads against the floor
        floor = "1200公里" if "公路" in goal else "12万人"
        assert [message for message in found if f"与范围的下限“{floor}”正好相差 10 倍" in message], found


@pytest.mark.parametrize(("goal", "name", "told"), [
    ("2025年实现单位内部控制制度建立全覆盖。", "内部控制制度覆盖率", True),
    ("2025年实现全县中小学校园安保制度落实全覆盖。", "校园安保制度覆盖率", True),
    ("2025年实现城区公厕导视标识建设全覆盖。", "城区公厕覆盖率", False),  # the signs, not the toilets
    ("2025年实现村级卫生室标准化建设全覆盖。", "卫生室建设覆盖率", False),
])
def test_full_coverage_of_a_thing_set_up(engine, goal: str, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _told(engine, _table(goal, [("效益指标", "社会效益指标", name, "≥95%")]), "REL008")
    assert bool([message for message in found if "全覆盖" in message]) is told


@pytest.mark.parametrize(("goal", "name", "told"), [
    ("2025年建设智慧城管平台，完成视频监控资源整合接入，平台于9月30日前上线运行。", "视频监控资源整合接入完成时间", True),
    ("2025年为160户家庭实施无障碍改造，户均补助4500元，\n10月31日前全部完工。", "改造完工时间", True),
    ("2025年建设数字档案馆，10月31日前上线运行，全年完成历史档案数字化加工50万页。", "历史档案数字化加工完成时间", False),
    ("2025年建设政务服务平台，10月31日前上线运行，全年提供运行维护服务。", "平台运行维护服务时间", False),
    ("2025年实施农村道路硬化12公里，12月31日前全部完工。", "道路硬化完成时间", False),
])
def test_a_piece_at_the_whole_year_after_the_finish(engine, goal: str, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _told(engine, _table(goal, [("产出指标", "时效指标", name, "全年")]), "TIME006")
    assert bool(found) is told


@pytest.mark.parametrize(("project", "told"), [("2025年在线监管系统二期建设项目", True), ("2025年在线监管系统建设项目", False)])
def test_a_phase_the_project_is_named_for_is_the_whole(engine, project: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    goal = "2025年完成系统与省级平台的数据对接，二期于2025年10月31日前上线运行。"
    text = _table(goal, [("产出指标", "时效指标", "与省级平台数据对接完成时间", "全年")], project)
    assert bool(_told(engine, text, "TIME006")) is told

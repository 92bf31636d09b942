"""The twenty-second recall audit's checks (b266–b275), each against some of the look-alikes it was measured on:
a careful township table (g270, 2025: 龙门镇村级组织运转经费) with one row put in, or its goal opened with a
clause, draws the rule or leaves it alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
BASE = next(SECTORS.glob("g270-*.yaml"))


def _findings(engine: Any, rows: dict[str, list[tuple[str, str]]] | None = None, goal_opening: str = "",
              base: Path = BASE) -> list[Any]:
    text = base.read_text(encoding="utf-8")
    for level2, added in (rows or {}).items():
        anchor = f"    {level2}:\n"
        assert text.count(anchor) == 1
        text = text.replace(anchor, anchor + "".join(f'      - name: {name}\n        value: "{value}"\n'
                                                     for name, value in added))
    if goal_opening:
        assert text.count("goal: |\n  ") == 1
        text = text.replace("goal: |\n  ", "goal: |\n  " + goal_opening)
    return engine.check_source(load_text(text, base.name)).findings


@pytest.mark.parametrize(("opening", "told"), [
    ("2025年保障高观镇12个村运转，", True),
    ("为坪坝镇60名村干部发放报酬，", True),
    ("在岚天乡开展服务群众活动，", True),
    ("完成龙门镇至明中乡村道维修，", False),  # a road between two places
    ("辐射带动周边河鱼乡，", False),
    ("保障原东安乡撤并后的6个村，", False),
    ("安置明中乡、河鱼乡搬迁群众，", False),
    ("借用明中乡卫生院场地开展体检，", False),  # drawn on, not worked in
    ("参照明中乡做法建立村级事务清单，", False),
    ("组织各乡镇村干部培训，推进乡村振兴，开展科技下乡活动，", False),  # no township's name
    ("改善龙门镇中心小学周边环境，", False),  # the table's own
])
def test_a_goal_naming_another_township(engine, opening: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(f.rule_id == "REL016" for f in _findings(engine, goal_opening=opening)) is told


def test_a_project_name_naming_another_township(engine) -> None:  # type: ignore[no-untyped-def]
    [found] = [f for f in engine.check_source(load_text(
        (SECTORS / "b267-xieshui-huzheng.yaml").read_text(encoding="utf-8"), "b267.yaml")).findings
        if f.rule_id == "REL016"]
    assert "白鹤镇" in found.message_zh and "青山镇" in found.message_zh


@pytest.mark.parametrize(("name", "told"), [
    ("全县村级党组织标准化规范化建设达标率", True),
    ("全市村级组织运转保障率", True),
    ("全镇村级党组织标准化达标率", False),
    ("带动全县村级组织规范化建设", False),  # not the county's figure as a whole
    ("村级组织服务全县考核排名", False),
])
def test_a_township_claiming_the_countys_figure(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"社会效益指标": [(name, "≥90%")]})
    assert any(f.rule_id == "REL017" for f in findings) is told


def test_a_county_departments_table_may_speak_of_the_county(engine) -> None:  # type: ignore[no-untyped-def]
    base = next(SECTORS.glob("g133-*.yaml"))  # 长顺县水务局: no township of its own
    findings = _findings(engine, {"社会效益指标": [("全县小型水库安全度汛率", "＝100%")]}, base=base)
    assert not any(f.rule_id == "REL017" for f in findings)


@pytest.mark.parametrize(("opening", "told"), [
    ("项目资金117.6万元，其中市级补助60万元、县级配套67.6万元；", True),
    ("总投资300万元，其中中央资金200万元、村民自筹50万元；", True),
    ("项目资金45万元，其中上级补助资金40万元和镇级配套资金10万元；", True),
    ("项目资金117.6万元，其中市级补助60万元、县级配套57.6万元；", False),
    ("项目资金117.6万元，其中市级资金60万元；", False),  # one source: the rest may be left out
    ("项目资金500万元，其中劳务报酬135万元、培训费6万元；", False),  # what it buys
    ("争取资金200万元，其中中央资金150万元，带动社会投资500万元；", False),  # the next clause
    ("项目资金100万元，其中上级补助80万元（含省级30万元、市级50万元）、自筹20万元；", False),
    ("本金9600万元，利息5720万元、服务费280万元，其中省级债券资金8500万元、县本级6100万元、上年结转1000万元；", False),
])
def test_a_goals_sources_not_adding_up(engine, opening: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(f.rule_id == "FUND017" for f in _findings(engine, goal_opening=opening)) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("项目竣工验收时间", "≤150天", True),
    ("特聘农技员招募完成时间", "60天", True),
    ("示范基地建成时间", "≤6个月", True),
    ("单个项目竣工验收时间", "≤30天", False),  # each item's
    ("每户改厕验收时间", "≤7天", False),
    ("竣工验收时间", "竣工后30天内", False),  # counted from its start
    ("项目竣工验收时间", "2026年9月30日前", False),
    ("样品检测完成时间", "≤15天", False),  # each sample's: not a 竣工, 验收 or 招募 time
])
def test_a_finishing_time_given_as_a_length(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"时效指标": [(name, value)]})
    assert any(f.rule_id == "TIME007" for f in findings) is told


@pytest.mark.parametrize(("opening", "row", "told"), [
    ("村级公益性岗位补贴按月发放，", ("公益性岗位补贴发放时间", "每季度首月10日前"), True),
    ("低保金按季度发放，", ("低保金发放时间", "每月10日前"), True),
    ("村级环境卫生每周保洁2次，", ("村级环境卫生保洁频次", "每月2次"), True),
    ("按每人每月300元发放误工补贴，", ("误工补贴发放时间", "每季度末月25日前"), False),  # a standard per month
    ("按月统计村级事务台账、按季度拨付办公经费，", ("村级办公经费拨付时间", "每季度首月15日前"), False),
    ("文物保护单位每月巡查，", ("巡查员补贴发放时间", "每季度末前"), False),  # its work is 发放, not 巡查
])
def test_the_goals_cadence_against_the_indicators(engine, opening: str, row: tuple[str, str],  # type: ignore[no-untyped-def]
                                                  told: bool) -> None:
    findings = _findings(engine, {"时效指标": [row]}, goal_opening=opening)
    assert any(f.rule_id == "REL018" for f in findings) is told


def test_fund017_speaks_in_the_goal_s_own_unit(engine: Any) -> None:
    # b268's goal splits 185万元: the officer reads 170万元 against 185万元, as the goal writes them
    path = next(SECTORS.glob("b268-*.yaml"))
    [found] = [f for f in engine.check_source(load_text(path.read_text(encoding="utf-8"), path.name)).findings
               if f.rule_id == "FUND017"]
    assert "各来源合计170万元，与所说的185万元不符" in found.message_zh
    assert "add up to 1,700,000" in found.message_en and "万" not in found.message_en.split('":')[1]

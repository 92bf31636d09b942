"""Session 28's re-read (helper A) of the day's new rules and widenings: each fix pinned by the case it was found on,
with the look-alikes it must leave quiet and the cases held out (written after the fix, not tuned on)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

HEAD = """version: 1
project: {{name: 2027年某县城建项目, year: 2027, department: 某县住房和城乡建设局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
"""
_LEVEL1 = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
           "社会效益指标": "效益指标", "可持续影响指标": "效益指标"}
Rows = list[tuple[str, str, str, str]]


def _findings(engine: Any, rows: Rows, goal: str) -> list[Any]:
    """The findings on a table of ``goal`` and ``rows`` (二级 block, name, value, note: '' for none)."""
    tree: dict[str, dict[str, list[str]]] = {"产出指标": {"数量指标": ["      - {name: 完成项目任务, value: ≥1项}"]}}
    for block, name, value, note in rows:
        line = f'      - {{name: "{name}", value: "{value}"' + (f', note: "{note}"' if note else "") + "}"
        tree.setdefault(_LEVEL1[block], {}).setdefault(block, []).append(line)
    tree["满意度指标"] = {"服务对象满意度指标": ["      - {name: 服务对象满意度, value: ≥90%}"]}
    body = "\n".join(f"  {l1}:\n" + "\n".join(f"    {l2}:\n" + "\n".join(lines) for l2, lines in l2s.items())
                     for l1, l2s in tree.items())
    return list(engine.check_source(load_text(HEAD.format(goal=goal) + body + "\n", "reread_s28_A.yaml")).findings)


def _rules(engine: Any, rows: Rows, goal: str = "2027年完成年度项目任务。") -> list[str]:
    return [finding.rule_id for finding in _findings(engine, rows, goal)]


# TIME021: a check, test, survey, report, design or tender of the heat network is no works that cut the heat; 完成
# alone names no works (found on re-reading: each of these was told)
HEAT = "2027年改造城区老旧供热管网16公里，供暖期（11月15日至次年3月15日）居民室温不低于18℃。"
HEAT_QUIET = ["供热设施安全检查完成时间", "锅炉能效测试完成时间", "热源厂运行数据报送完成时间", "供热管网普查完成时间",
              "老旧供热管网改造设计完成时间", "供热管网改造工程招标完成时间", "管网隐患排查完成时间",
              "供热管网改造方案编制完成时间", "锅炉房烟气检测完成时间", "热网水力平衡调试完成时间"]
# held out, written after the fix: works still told (5 of 5), and five more look-alikes quiet (5 of 5)
HEAT_HELD_OUT = [("二次网管道更换完成时间", True), ("新建换热站投用时间", True), ("热源厂锅炉房改建竣工时间", True),
                 ("供热管网铺设完成时间", True), ("换热机组安装完成时间", True),
                 ("供热管网测绘完成时间", False), ("换热站运行人员培训完成时间", False),
                 ("锅炉房安全评估报告完成时间", False), ("供热管网地理信息数据更新完成时间", False),
                 ("换热站设备采购评审完成时间", False)]


@pytest.mark.parametrize("name", HEAT_QUIET)
def test_heat_network_paperwork_is_no_works(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    assert "TIME021" not in _rules(engine, [("时效指标", name, "2027年12月31日前", "")], HEAT)


@pytest.mark.parametrize(("name", "told"), HEAT_HELD_OUT)
def test_heat_works_held_out(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME021" in _rules(engine, [("时效指标", name, "2027年12月31日前", "")], HEAT)) is told


def test_heat_season_start_in_english_text(engine) -> None:  # type: ignore[no-untyped-def]
    """The season's start is the goal's 11月15日 in Chinese text, a date in English text (it was 11月15日 in both)."""
    found = [f for f in _findings(engine, [("时效指标", "管网改造完工时间", "2027年12月31日前", "")], HEAT)
             if f.rule_id == "TIME021"]
    assert len(found) == 1
    assert "11月15日" in found[0].message_zh and "11月15日" not in found[0].message_en
    assert "2027-11-15" in found[0].message_en and "2027-11-15" in found[0].suggestion_en


# REL049: a note's range (每年一到两次) is no one cadence, and a line naming a deed the row does not (监测设备维护费's
# 每季度维护1次 against 水质监测频次) costs other work (found on re-reading: both were told)
MONITOR = "重点排污口水质监测频次"
CADENCE_QUIET: list[Rows] = [
    [("质量指标", MONITOR, "每年1次", ""), ("成本指标", "重点排污口水质监测费", "≤5万元", "按120个×每年一到两次×1200元")],
    [("质量指标", MONITOR, "每年1次", ""), ("成本指标", "重点排污口水质监测费", "≤5万元", "按120个×每年一至两次×1200元")],
    [("质量指标", MONITOR, "每月1次", ""),
     ("成本指标", "重点排污口水质监测设备维护费", "≤5万元", "按10台×每季度维护1次×1250元")],
]
# held out, written after the fix: 3 of 3 told, 2 of 2 quiet
CADENCE_HELD_OUT: list[tuple[Rows, bool]] = [
    ([("质量指标", MONITOR, "每季度1次", ""), ("成本指标", "重点排污口水质监测费", "≤5万元", "按120个×每年两次×1200元")],
     True),
    ([("质量指标", "河道巡查频次", "每月1次", ""), ("成本指标", "河道巡查劳务费", "≤5万元", "按10人×每月巡查二十次×100元")],
     True),
    ([("质量指标", "监测站设备维护频次", "每月1次", ""),
      ("成本指标", "监测站设备维护费", "≤5万元", "按8个站×每季度1次×1500元")], True),
    ([("质量指标", "公园绿地养护频次", "每月2次", ""),
      ("成本指标", "公园绿地养护及病虫害监测费", "≤5万元", "按每年4次监测×1万元")], False),
    ([("质量指标", "公厕保洁频次", "每天2次", ""), ("成本指标", "公厕保洁费", "≤5万元", "按30座×每年一或两次深度保洁")], False),
]


@pytest.mark.parametrize("rows", CADENCE_QUIET)
def test_cadence_note_range_or_other_deed(engine, rows: Rows) -> None:  # type: ignore[no-untyped-def]
    assert "REL049" not in _rules(engine, rows)


@pytest.mark.parametrize(("rows", "told"), CADENCE_HELD_OUT)
def test_cadence_held_out(engine, rows: Rows, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL049" in _rules(engine, rows)) is told


# VAL048: a water pressure in metres of head (服务水头) is the usual way to give it (it was told as a radius's unit),
# and a unit of length is named 距离's in the message, not 半径's
@pytest.mark.parametrize(("name", "value", "told"), [
    ("最不利点供水压力", "≥28米", False), ("管网末梢水压", "≥14米", False),  # found on re-reading
    # held out, written after the fix: 4 of 4
    ("二次供水用户端水压", "≥10m", False), ("供水管网服务压力", "≥0.28MPa", False),
    ("消火栓出水压力", "≥0.10千克", True), ("城区公厕服务半径", "≤500平方米", True),
])
def test_water_pressure_in_metres_of_head(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("VAL048" in _rules(engine, [("质量指标", name, value, "")])) is told


def test_a_length_unit_named_as_a_distance(engine) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in _findings(engine, [("质量指标", "屋顶光伏装机容量", "≥500米", "")], "2027年完成年度项目任务。")
             if f.rule_id == "VAL048"]
    assert len(found) == 1 and "距离的单位" in found[0].message_zh and "半径" not in found[0].message_zh


def test_heat_works_before_the_season_told_once(engine) -> None:  # type: ignore[no-untyped-def]
    """A goal saying the works are done before the season (于供暖期前完成) and dating it: TIME016 tells the row, TIME021
    yields (both were told)."""
    goal = "2027年于供暖期前完成供热管网改造16公里，供暖期（11月15日至次年3月15日）室温达标。"
    told = _rules(engine, [("时效指标", "供热管网改造完成时间", "2027年12月31日前", "")], goal)
    assert "TIME016" in told and "TIME021" not in told


@pytest.mark.xfail(strict=True, reason="REL050 reads no report with a year before 年度, the budget year's own too")
def test_annual_report_of_the_budget_year_named_with_its_year(engine) -> None:  # type: ignore[no-untyped-def]
    """A pinned miss (its docstring now says so; it said only other years' reports were left): the goal's
    2027年度监测报告 dated in December against the row's 2027年6月30日前."""
    goal = "2027年开展生物多样性监测，2027年12月15日前形成2027年度监测报告。"
    assert "REL050" in _rules(engine, [("时效指标", "2027年度监测报告完成时间", "2027年6月30日前", "")], goal)


# REL009's part_by_definition: others joined to the part by law make it none (永久基本农田及生态保护红线面积 was told
# against 耕地保有量); held out after the fix: 2 of 2 quiet, 1 of 1 told
@pytest.mark.parametrize(("part", "told"), [
    ("永久基本农田及生态保护红线面积", False),  # found on re-reading
    ("永久基本农田和耕地后备资源面积", False), ("永久基本农田、生态公益林面积", False),
    ("永久基本农田保护面积", True),
])
def test_part_by_definition_joined_to_others(engine, part: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    rows = [("社会效益指标", "耕地保有量", "≥52.3万亩", ""), ("社会效益指标", part, "≥55.6万亩", "")]
    assert ("REL009" in _rules(engine, rows)) is told

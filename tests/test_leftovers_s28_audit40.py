"""The fortieth recall audit's leftovers (session 28): an indicator's cadence against the one another line's note
costs the same work at (REL049, b450's 每季度1次 of 每年2次), a later stage or a part by law above its whole (REL009's
part_names widened: b455's 扫描 of 整理, b447's 永久基本农田 of 耕地保有量), a plan's horizon off the goal's own
(TIME022, b446's 2021—2030年 of 规划期至2035年) and the year's annual report due mid-year where the goal dates it at the
year's end (REL050, b449). Each against the look-alikes it was measured on and the cases held out (written after the
change, not tuned on)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

HEAD = """version: 1
project: {{name: 2027年某县自然资源和生态环境项目, year: 2027, department: 某县生态环境局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
"""
GOAL = "2027年完成年度项目任务。"
_LEVEL1 = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
           "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标"}
Rows = list[tuple[str, str, str, str]]


def _rules(engine: Any, rows: Rows, goal: str = GOAL) -> list[str]:
    """The rule of each finding in a table of ``goal`` and ``rows`` (二级 block, name, value, note: '' for none)."""
    tree: dict[str, dict[str, list[str]]] = {"产出指标": {"数量指标": ["      - {name: 完成项目任务, value: ≥1项}"]}}
    for block, name, value, note in rows:
        line = f'      - {{name: "{name}", value: "{value}"' + (f', note: "{note}"' if note else "") + "}"
        tree.setdefault(_LEVEL1[block], {}).setdefault(block, []).append(line)
    tree["满意度指标"] = {"服务对象满意度指标": ["      - {name: 服务对象满意度, value: ≥90%}"]}
    body = "\n".join(f"  {l1}:\n" + "\n".join(f"    {l2}:\n" + "\n".join(lines) for l2, lines in l2s.items())
                     for l1, l2s in tree.items())
    source = load_text(HEAD.format(goal=goal) + body + "\n", "s28_audit40.yaml")
    return [f.rule_id for f in engine.check_source(source).findings]


# an indicator's cadence against the one another line's note costs the same work at (b450)
MONITOR = ("成本指标", "重点排污口水质监测费", "≤288000元", "按120个×每年2次×每点次1200元")
CADENCE_CASES: list[tuple[Rows, bool]] = [
    ([("质量指标", "重点排污口水质监测频次", "每季度1次", ""), MONITOR], True),  # b450
    ([("质量指标", "重点排污口水质监测频次", "每半年1次", ""), MONITOR], False),  # twice a year either way
    ([("质量指标", "重点排污口水质监测频次", "每年2次", ""), MONITOR], False),
    ([("质量指标", "重点排污口水质监测频次", "每季度≤1次", ""), MONITOR], False),  # at most 4: 2 keeps it
    ([("质量指标", "排污口巡查频次", "每季度1次", ""), MONITOR], False),  # another deed
    ([("质量指标", "饮用水水源地水质监测频次", "每月1次", ""), MONITOR], False),  # another thing monitored
    ([("质量指标", "重点排污口水质监测频次", "每季度1次", ""),
      ("成本指标", "重点排污口水质监测费", "≤288000元", "按120个×丰水期每月1次、枯水期每年2次")], False),  # seasons
    ([("质量指标", "重点排污口水质监测频次", "每季度1次", ""),
      ("成本指标", "重点排污口水质监测费", "≤288000元", "每年2次常规监测，另每季度加密监测")], False),  # more besides
    ([("质量指标", "公厕保洁频次", "每天2次", ""),
      ("成本指标", "公厕保洁费", "≤20万元", "按30座×每座每月2000元")], False),  # a price per month, no cadence
    ([("质量指标", "设备维护保养频次", "每月1次", ""),
      ("成本指标", "设备维护保养费", "≤12万元", "按每年12次×每次1万元")], False),  # the same twelve
    ([("质量指标", "巡护监测频次", "每月≥2次", ""),
      ("成本指标", "巡护监测补助", "≤12万元", "按每月4次×每次2500元")], False),  # more than the floor
    ([("质量指标", "重点排污口水质监测频次", "每季度1次", ""),
      ("成本指标", "重点排污口水质监测费", "≤288000元", "按120个×每年2次×每点次1200元，其中40个每季度1次")],
     False),  # two cadences: some points are quarterly
]


@pytest.mark.parametrize(("rows", "told"), CADENCE_CASES)
def test_cadence_against_another_lines_note(engine, rows: Rows, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL049" in _rules(engine, rows)) is told


# held out: written after REL049 was built, not tuned on; 4 of 5 at first: 河道巡查劳务费 was missed (劳务 not set
# aside as a generic word, so 河道劳务 and 河道 shared two characters only), told since 劳务 was added
CADENCE_HELD_OUT: list[tuple[Rows, bool]] = [
    ([("质量指标", "河道巡查频次", "每月2次", ""),
      ("成本指标", "河道巡查劳务费", "≤9.6万元", "按10名巡查员×每月1次×800元")], True),
    ([("质量指标", "地下水监测井水位监测频次", "每月1次", ""),
      ("成本指标", "地下水水位监测费", "≤6万元", "按50眼×每季度1次×300元")], True),
    ([("质量指标", "饮用水水源地水质监测频次", "每月1次", ""),
      ("成本指标", "饮用水水源地水质监测费", "≤7.2万元", "按3个水源地×每季度1次×6000元")], True),
    ([("质量指标", "空气自动站运维巡检频次", "每周1次", ""),
      ("成本指标", "空气自动站第三方运维费", "≤30万元", "按5个站×每年1次比对校准×6万元")], False),
    ([("质量指标", "公共厕所保洁频次", "每天2次", ""),
      ("成本指标", "公共厕所保洁费", "≤20万元", "按每年2次深度保洁×每次1万元")], False),
]


@pytest.mark.parametrize(("rows", "told"), CADENCE_HELD_OUT)
def test_cadence_against_another_lines_note_held_out(engine, rows: Rows, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL049" in _rules(engine, rows)) is told


def _part_told(engine: Any, rows: Rows) -> bool:
    """Whether REL009 tells a part in other words (its message: 数的只是…中的一部分) in a table of ``rows``."""
    lines = [(block, name, value, "") for block, name, value in rows]  # type: ignore[misc]
    return "REL009" in _rules(engine, lines)


# a later stage above the earlier stage of the same things (b455), a part above its whole by law (b447)
PART_CASES: list[tuple[list[tuple[str, str, str]], bool]] = [
    ([("数量指标", "整理不动产登记存量档案", "≥8万卷"), ("数量指标", "存量档案扫描数字化挂接", "≥10万卷")], True),  # b455
    ([("社会效益指标", "耕地保有量", "≥52.3万亩"), ("社会效益指标", "永久基本农田保护面积", "≥55.6万亩")], True),  # b447
    ([("数量指标", "整理不动产登记存量档案", "≥8万卷"), ("数量指标", "存量档案扫描数字化挂接", "≥8万卷")], False),
    ([("数量指标", "整理不动产登记存量档案", "≥8万卷"), ("数量指标", "存量档案扫描", "≥6万卷")], False),
    ([("数量指标", "整理纸质档案", "≥8万卷"), ("数量指标", "购置档案扫描仪", "≥2台")], False),  # another unit
    ([("数量指标", "整理不动产登记存量档案", "≥8万卷"),
      ("数量指标", "扫描挂接登记档案（含上年结转）", "≥10万卷")], False),  # with last year's
    ([("数量指标", "整理会计档案", "≥8万卷"), ("数量指标", "扫描婚姻档案", "≥10万卷")], False),  # other archives
    ([("数量指标", "整理不动产登记存量档案", "≥8万卷"), ("数量指标", "存量档案扫描", "≥10万页")], False),  # pages
    ([("社会效益指标", "耕地保有量", "≥52.3万亩"), ("社会效益指标", "永久基本农田保护面积", "≥45万亩")], False),
    ([("数量指标", "新增耕地面积", "≥1500亩"), ("数量指标", "永久基本农田补划面积", "≥2000亩")], False),  # not the stock
    ([("社会效益指标", "全县耕地保有量", "≥52.3万亩"),
      ("社会效益指标", "全市永久基本农田保护面积", "≥300万亩")], False),  # another place's
    ([("社会效益指标", "耕地保有量", "≥52.3万亩"), ("社会效益指标", "高标准农田面积", "≥60万亩")], False),  # no word pair
]


@pytest.mark.parametrize(("rows", "told"), PART_CASES)
def test_later_stage_or_part_over_whole(engine, rows: list[tuple[str, str, str]], told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _part_told(engine, rows) is told


# held out: written after the two word pairs were added, not tuned on
PART_HELD_OUT: list[tuple[list[tuple[str, str, str]], bool]] = [
    ([("数量指标", "整理历史文书档案", "≥5000卷"), ("数量指标", "历史文书档案数字化扫描", "≥6000卷")], True),
    ([("数量指标", "整理城建档案", "≥2万卷"), ("数量指标", "城建档案扫描", "≥1.5万卷")], False),
    ([("数量指标", "耕地保有量", "≥38万亩"), ("数量指标", "永久基本农田", "≥40万亩")], True),
    ([("社会效益指标", "永久基本农田保护面积", "≥30万亩"), ("社会效益指标", "耕地保有量", "≥38万亩")], False),
    ([("数量指标", "整理归档文件", "≥3000件"), ("数量指标", "扫描挂接电子文件", "≥5000件")], False),  # other files
]


@pytest.mark.parametrize(("rows", "told"), PART_HELD_OUT)
def test_later_stage_or_part_over_whole_held_out(engine, rows: list[tuple[str, str, str]], told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _part_told(engine, rows) is told


# a plan's horizon off the one the goal gives it (b446)
PLAN = "2027年完成8个乡镇国土空间总体规划（规划期至2035年）编制；完成村庄规划编制40个。"
HORIZON_CASES: list[tuple[str, str, str, bool]] = [
    (PLAN, "乡镇国土空间总体规划期限", "2021—2030年", True),  # b446
    (PLAN, "乡镇国土空间总体规划期限", "2021—2035年", False),
    (PLAN, "乡镇国土空间总体规划期限", "至2035年", False),
    ("2027年完成8个乡镇国土空间总体规划编制。", "乡镇国土空间总体规划期限", "2021—2030年", False),  # no horizon
    (PLAN, "村庄规划期限", "2021—2025年", False),  # another plan
    (PLAN, "近期规划期限", "2021—2025年", False),  # the near term
    ("2027年完成县国土空间总体规划编制，规划期至2035年，近期至2025年。", "规划期限", "2021—2025年", False),
    ("2027年完成县国土空间总体规划编制，规划期限为2021—2035年。", "规划期限", "2021—2035年", False),
    (PLAN, "规划编制完成时间", "2027年12月31日前", False),  # a deadline, not the horizon
    (PLAN, "规划基期年", "2020年", False),
    ("2027年完成国土空间总体规划（规划期至2035年）编制，编制交通专项规划（2026—2030年）。", "交通专项规划期限",
     "2026—2030年", False),  # another plan's own horizon
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), HORIZON_CASES)
def test_plan_horizon_off_the_goals(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME022" in _rules(engine, [("可持续影响指标", name, value, "")], goal)) is told


# held out: written after TIME022 was built, not tuned on; 3 of 5 at first: the two told were missed (a comma before
# 规划期 ended the goal's clause short of the plan it dates), told since the sentence is read
HORIZON_HELD_OUT: list[tuple[str, str, str, bool]] = [
    ("2027年编制县级国土空间生态修复规划，规划期限为2021—2035年。", "生态修复规划期限", "2021—2030年", True),
    ("2027年编制矿产资源总体规划（规划期2021—2025年）。", "矿产资源规划期限", "2021—2025年", False),
    ("2027年完成城区控制性详细规划编制（规划期至2035年）。", "规划年限", "2035年", False),
    ("2027年完成林地保护利用规划编制，规划期至2035年。", "林地保护利用规划期限", "2021—2030年", True),
    ("2027年完成20个村庄规划编制，规划期至2030年，与乡镇国土空间总体规划衔接。", "乡镇国土空间总体规划期限",
     "2021—2035年", False),  # the goal dates the village plans, not the township's
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), HORIZON_HELD_OUT)
def test_plan_horizon_off_the_goals_held_out(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME022" in _rules(engine, [("可持续影响指标", name, value, "")], goal)) is told


# an annual report of the budget year due mid-year, the goal dating the same report at the year's end (b449)
SURVEY = "2027年在保护区开展日常巡护和生物多样性监测，2027年12月15日前形成年度监测报告，主要保护对象种群数量保持稳定。"
REPORT_CASES: list[tuple[str, str, str, bool]] = [
    (SURVEY, "年度监测报告完成时间", "2027年6月30日前", True),  # b449
    (SURVEY, "年度监测报告完成时间", "2027年12月15日前", False),
    (SURVEY, "年度监测报告完成时间", "2027年11月30日前", False),  # earlier, still after the year's monitoring
    (SURVEY, "上年度监测报告报送时间", "2027年3月31日前", False),  # last year's report
    (SURVEY, "2026年度监测报告报送时间", "2027年3月31日前", False),
    (SURVEY, "红外相机布设完成时间", "2027年5月31日前", False),  # other work
    (SURVEY, "半年监测报告完成时间", "2027年6月30日前", False),  # a half-year's report
    ("2027年开展生物多样性监测，全年巡护里程不少于12000公里。", "年度监测报告完成时间", "2027年6月30日前",
     False),  # the goal dates no report: it may be last year's
    ("2027年开展生物多样性监测，2027年6月30日前报送上年度监测报告。", "年度监测报告报送时间", "2027年6月30日前",
     False),  # the goal's report is last year's
    ("2027年开展生物多样性监测，2027年12月15日前形成年度监测报告。", "年度绩效自评报告完成时间", "2027年3月31日前",
     False),  # another report
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), REPORT_CASES)
def test_annual_report_due_mid_year(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL050" in _rules(engine, [("时效指标", name, value, "")], goal)) is told


# held out: written after REL050 was built, not tuned on
REPORT_HELD_OUT: list[tuple[str, str, str, bool]] = [
    ("2027年开展城市供水水质监测，12月15日前完成年度监测报告报送。", "年度监测报告报送时间", "2027年7月31日前", True),
    ("2027年完成辐射环境监测，年度辐射环境质量报告于2027年12月20日前完成。", "年度辐射环境质量报告完成时间",
     "2027年9月30日前", True),
    ("2027年开展城市供水水质监测，12月15日前完成年度监测报告报送。", "年度监测报告报送时间", "2027年12月10日前", False),
    ("2027年开展耕地质量监测，2027年12月15日前形成年度监测报告；2027年4月30日前报送上年度监测报告。",
     "上年度监测报告报送时间", "2027年4月30日前", False),
    ("2027年开展重点实验室运行评估，2027年12月15日前报送年度运行报告。", "年度监测报告完成时间", "2027年6月30日前",
     False),  # another report
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), REPORT_HELD_OUT)
def test_annual_report_due_mid_year_held_out(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL050" in _rules(engine, [("时效指标", name, value, "")], goal)) is told

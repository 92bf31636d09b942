"""Session 24: the held-out misses of audit 35's newest checks, told, each against the look-alikes that must stay
quiet (written with the change) and five cases held out, written after it: FUND022 pairing an output and an amount
named in the same words turned about (清淤河道 / 河道清淤工程费) and reading 单盏, 每公里 as a price's one-of-its-unit
word; REL031 reading a named works' completion (泵站工程完工时间) when the table gives no whole works' one, and the
goal's own December finish; REL029's 巡查便道; TIME006's 竣工验收备案."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: "{project}", year: 2026, department: 某县水务局, implementer: 某县水利工程管理站}}
funds: {{unit: 万元, total: 480, fiscal: 480}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
      - {{name: 工程验收合格率, value: ＝100%}}
    时效指标:
{times}
    成本指标:
{costs}
  效益指标:
    社会效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""
_GOAL = "2026年实施工程建设，完善配套设施。"


def _lines(rows: list[tuple[str, ...]]) -> str:
    """Indicator lines, a third item of a row its 备注."""
    return "\n".join(f"      - {{name: \"{row[0]}\", value: \"{row[1]}\""
                     + (f", note: \"{row[2]}\"" if len(row) > 2 else "") + "}" for row in rows)


def _rules(engine: Any, project: str = "2026年某县水利工程项目", goal: str = _GOAL,
           counts: list[tuple[str, str]] = [("完成工程建设", "＝1项")],
           times: list[tuple[str, str]] = [("工程完工时间", "2026年10月31日前")],
           costs: list[tuple[str, ...]] = [("工程建设费", "≤480万元")],
           benefits: list[tuple[str, str]] = [("群众生产生活条件改善", "明显改善")]) -> set[str]:
    text = TABLE.format(project=project, goal=goal, counts=_lines(counts), times=_lines(times), costs=_lines(costs),
                        benefits=_lines(benefits))
    return {f.rule_id for f in engine.check_source(load_text(text, "s24.yaml")).findings}


# FUND022: audit 35's two held-out misses (told now, flipped in tests/test_recall_audit35.py), eleven look-alikes
# written with the change (0 told), five held out written after it: 4 of 5 right
_LAMPS = [("安装路灯", "＝300盏")]
_DREDGE = [("清淤河道", "≥12公里")]
_UNIT_COST = [
    (_DREDGE, [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], True),
    (_LAMPS, [("路灯安装费", "≤90万元"), ("单盏路灯造价", "≤0.1万元/盏")], True),
    (_LAMPS, [("路灯安装费", "≤90万元"), ("路灯单盏安装成本", "≤1000元/盏")], True),
    # look-alikes
    (_DREDGE, [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤20万元/公里")], False),  # the amount's price
    (_LAMPS, [("路灯安装费", "≤90万元"), ("单盏路灯造价", "≤0.3万元/盏")], False),
    (_LAMPS, [("路灯安装费", "≤90万元"), ("单盏路灯造价", "≤0.2万元/盏")], False),  # over half
    (_DREDGE + [("疏浚河道", "≥8公里")], [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], False),
    (_DREDGE, [("河道清淤及护岸工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], False),  # pays for more
    ([("清淤河道", "≥12万立方米")], [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], False),
    ([("管护河道", "≥12公里")], [("河道清淤工程费", "≤240万元"), ("河道清淤单位成本", "≤5万元/公里")], False),  # another work
    ([("维护路灯", "＝300盏")], [("路灯安装费", "≤90万元"), ("单盏路灯造价", "≤0.1万元/盏")], False),
    (_LAMPS, [("路灯及电缆安装费", "≤90万元"), ("单盏路灯造价", "≤0.1万元/盏")], False),
    (_LAMPS, [("路灯安装费", "≤90万元"), ("单盏路灯年电费", "≤0.05万元/盏")], False),  # another cost of the lamps
    ([("新建污水管网", "≥6公里")], [("污水管网建设费", "≤900万元"), ("污水管网每公里造价", "≤150万元/公里")], False),
    # held out, written after the change
    ([("硬化道路", "≥5公里")], [("道路硬化工程费", "≤400万元"), ("道路硬化单位造价", "≤20万元/公里")], True),
    ([("安装监控摄像头", "＝200个")], [("摄像头安装费", "≤60万元"), ("单个摄像头安装成本", "≤0.3万元/个")], False),
    ([("维修水闸", "＝4座")], [("水闸维修费", "≤200万元"), ("单座水闸维修成本", "≤10万元/座")], True),
    ([("种植行道树", "≥1200株")], [("行道树种植费", "≤36万元"), ("单株行道树种植成本", "≤0.03万元/株")], False),
    # merge of s24's helpers: a bare 单价 of the thing alone (路灯单价) beside an output naming a deed (安装路灯) is the
    # thing's price (second opinion s23b's lamp); a bare 单价 naming the deed too is still the work's
    (_LAMPS, [("路灯安装费", "≤90万元"), ("路灯单价", "≤0.1万元/盏")], False),
    (_DREDGE, [("河道清淤工程费", "≤240万元"), ("河道清淤单价", "≤5万元/公里")], True),
    (_LAMPS, [("路灯安装费", "≤90万元"), ("路灯安装单价", "≤0.1万元/盏")], True),
    # missed at first (农村 of the output not in the amount's name), told since s25 sets a place word aside
    # (tests/test_leftovers_s25_funds.py)
    ([("改造农村户厕", "≥500户")], [("户厕改造补助资金", "≤100万元"), ("每户改造补助标准", "≤0.1万元/户")], True),
]


@pytest.mark.parametrize(("counts", "costs", "told"), _UNIT_COST)
def test_unit_cost_short_words_turned_about(engine: Any, counts: list[tuple[str, str]],
                                            costs: list[tuple[str, str]], told: bool) -> None:
    assert ("FUND022" in _rules(engine, counts=counts, costs=costs)) is told


# REL031: audit 35's held-out miss (泵站工程完工时间, flipped in tests/test_audit35_leftovers.py), a named works'
# completion and the goal's own December finish; twelve look-alikes written with the change (0 told), five held out
# written after it: 4 of 5 right
_NOT_DONE = [("资金拨付完成时间", "2026年12月31日前")]
_PUMP = "2026年新建排涝泵站1座，"
_YEAR_USE = [
    ([("泵站工程完工时间", "2026年12月15日前")], _GOAL, "2026年累计提水灌溉量", True),
    ([("水厂建成时间", "2026年12月20日前")], _GOAL, "2026年实际供水量", True),
    (_NOT_DONE, _PUMP + "12月20日前完工。", "2026年累计排涝量", True),
    ([("招标完成时间", "2026年5月31日前")], "2026年改造供水管网15公里，工程于2026年12月底前全部建成。", "2026年累计供水量",
     True),
    # look-alikes
    ([("泵站工程完工时间", "2026年12月15日前"), ("渠道衬砌完工时间", "2026年6月30日前")], _GOAL, "2026年累计提水灌溉量",
     False),  # a work done in June
    ([("工程完工时间", "2026年8月31日前"), ("泵站完工时间", "2026年12月15日前")], _GOAL, "2026年累计提水灌溉量", False),
    ([("泵站竣工验收时间", "2026年12月15日前")], _GOAL, "2026年累计提水灌溉量", False),  # an acceptance
    ([("泵站竣工决算完成时间", "2026年12月31日前")], _GOAL, "2026年累计提水灌溉量", False),
    ([("泵站工程完工时间", "2026年11月30日前")], _GOAL, "2026年累计提水灌溉量", False),  # November
    ([("泵站工程完工时间", "2026年12月15日前")], _GOAL, "泵站年设计提水能力", False),  # a capacity
    (_NOT_DONE, _PUMP + "8月底前完工，年底前完成竣工验收。", "2026年累计排涝量", False),
    (_NOT_DONE, _PUMP + "渠首建筑物12月底前完工。", "2026年累计排涝量", False),  # a piece's
    (_NOT_DONE, _PUMP + "2027年12月底前完工。", "2026年累计排涝量", False),  # next year's
    ([("工程完工时间", "2026年9月30日前")], _PUMP + "12月20日前完工。", "2026年累计排涝量", False),  # the table's own date
    (_NOT_DONE, _PUMP + "12月20日前完工。", "泵站建成后年排涝量", False),  # a year after the works
    (_NOT_DONE, _PUMP + "12月底前完成设备采购。", "2026年累计排涝量", False),  # no completion
    # held out, written after the change
    ([("污水处理站建成时间", "2026年12月25日前")], _GOAL, "2026年累计处理污水量", True),
    ([("设计完成时间", "2026年4月30日前")], "2026年新建村级文化广场3个，年底前全部建成。", "2026年累计开展文化活动", True),
    # missed at first: two named works, one done in October; the bridge's main structure (主体) finishing in December is
    # read as the works' since s25 (tests/test_leftovers_s25_works.py)
    ([("桥梁主体完工时间", "2026年12月20日前"), ("引道工程完工时间", "2026年10月31日前")], _GOAL, "2026年累计通行车辆",
     True),
    (_NOT_DONE, "2026年实施灌区节水改造，12月底前完工并通水。", "2026年度实际节约用水量", True),
    ([("泵站工程完工时间", "2026年12月15日前")], _GOAL, "2026年累计完成投资", False),
]


def _use_value(name: str) -> str:
    return {"2026年累计开展文化活动": "≥30场次", "2026年累计完成投资": "≥480万元"}.get(name, "≥50万立方米")


@pytest.mark.parametrize(("times", "goal", "name", "told"), _YEAR_USE)
def test_a_years_use_of_works_named_or_goal_finished_late(engine: Any, times: list[tuple[str, str]], goal: str,
                                                          name: str, told: bool) -> None:
    benefits = [("群众生产生活条件改善", "明显改善"), (name, _use_value(name))]
    assert ("REL031" in _rules(engine, goal=goal, times=times, benefits=benefits)) is told


# REL029: audit 35's held-out miss (新建河道巡查便道, flipped in tests/test_recall_audit35.py), paths built to stay;
# ten look-alikes written with the change (0 told), five held out written after it: 5 of 5 right
_CARE = "2026年河道管护项目"
_PARK = "2026年公园绿地日常养护项目"
_NEW_PATH = [
    (_CARE, "新建河道巡查便道", "≥2公里", True),
    (_PARK, "新建健身步道", "≥1.5公里", True),
    ("2026年景区设施维护项目", "新建观景栈道", "≥800米", True),
    # look-alikes
    ("2026年农村公路水毁修复项目", "新建施工便道", "≥1公里", False),  # the repair's own temporary road
    ("2026年桥梁维修项目", "新建临时便道", "≥0.5公里", False),
    (_CARE, "修复河道巡查便道", "≥2公里", False),
    (_CARE, "新建和修复巡查便道", "≥2公里", False),
    ("2026年河道综合治理及管护项目", "新建河道巡查便道", "≥2公里", False),  # a project that builds
    (_CARE, "新建便道警示牌", "＝20块", False),  # a sign of the path
    (_PARK, "步道日常保洁", "≥1.5公里", False),
    (_PARK, "新建步道照明设施", "＝30套", False),
    ("2026年景区设施维护项目", "维护观景栈道", "≥800米", False),
    ("2026年公园提升改造项目", "新建健身步道", "≥1.5公里", False),
    # held out, written after the change
    ("2026年水库日常管护项目", "新建坝顶巡查便道", "≥1.2公里", True),
    ("2026年城市绿道养护项目", "新建滨河步道", "≥3公里", True),
    ("2026年水毁道路抢修项目", "新建抢修施工便道", "≥0.8公里", False),
    ("2026年森林防火设施维护项目", "新建防火巡护步道", "≥5公里", True),
    (_PARK, "新建步道休息座椅", "＝40个", False),
]


@pytest.mark.parametrize(("project", "name", "value", "told"), _NEW_PATH)
def test_a_new_path_in_an_upkeep_project(engine: Any, project: str, name: str, value: str, told: bool) -> None:
    assert ("REL029" in _rules(engine, project=project, counts=[(name, value)])) is told


# TIME006: audit 35's held-out miss (竣工验收备案 before 交工验收, flipped in tests/test_recall_audit35.py): the filing
# follows the whole works' acceptance; eight look-alikes written with the change (0 told), five held out after it: 5 of 5
_FILING = [
    ([("竣工验收备案时间", "2026年10月31日前"), ("交工验收时间", "2026年11月30日前")], True),
    ([("工程竣工验收备案", "2026年9月30日前"), ("工程完工验收", "2026年10月31日前")], True),
    # look-alikes
    ([("交工验收时间", "2026年10月31日前"), ("竣工验收备案时间", "2026年11月30日前")], False),  # in order
    ([("竣工验收备案时间", "2026年11月30日前"), ("交工验收时间", "2026年11月30日前")], False),  # same day
    ([("桥梁竣工验收备案时间", "2026年10月31日前"), ("道路交工验收时间", "2026年11月30日前")], False),  # another work
    ([("施工许可备案时间", "2026年3月31日前"), ("交工验收时间", "2026年11月30日前")], False),
    ([("上年工程竣工验收备案时间", "2026年6月30日前"), ("交工验收时间", "2026年11月30日前")], False),  # carried over
    ([("竣工验收备案时间", "2026年10月31日前"), ("二期工程交工验收时间", "2026年11月30日前")], False),  # a phase
    ([("合同备案时间", "2026年3月31日前"), ("交工验收时间", "2026年11月30日前")], False),
    ([("竣工验收备案时间", "2026年12月31日前"), ("合同工程完工验收时间", "2026年11月30日前")], False),
    # held out, written after the change
    ([("项目竣工验收备案时间", "2026年9月30日前"), ("项目交工验收时间", "2026年10月31日前")], True),
    ([("竣工验收备案", "2026年8月31日前"), ("合同工程完工验收", "2026年9月30日前")], True),
    ([("招标文件备案时间", "2026年4月30日前"), ("交工验收时间", "2026年11月30日前")], False),
    ([("竣工验收备案时间", "2027年3月31日前"), ("交工验收时间", "2026年11月30日前")], False),
    ([("泵站竣工验收备案时间", "2026年10月31日前"), ("渠道交工验收时间", "2026年11月30日前")], False),
]


@pytest.mark.parametrize(("times", "told"), _FILING)
def test_a_completion_filing_before_handover(engine: Any, times: list[tuple[str, str]], told: bool) -> None:
    assert ("TIME006" in _rules(engine, times=times)) is told


# FUND019 (the note's count against the output's), the same two misses: a line named X工程费 (河道清淤工程费, 工程费
# naming no thing) against the output in words turned about (清淤河道), and a rate written 单盏3000元 (单 or 每 before
# the money); eight look-alikes written with the change (0 told), five held out written after it: 4 of 5 right
_NOTED = [
    (_DREDGE, ("河道清淤工程费", "≤240万元", "10公里×24万元/公里"), True),
    (_LAMPS, ("路灯安装费", "≤60万元", "200盏×单盏3000元"), True),
    (_LAMPS, ("路灯安装费", "≤60万元", "200盏×单价3000元"), True),
    # look-alikes
    (_DREDGE, ("河道清淤工程费", "≤240万元", "12公里×20万元/公里"), False),  # the output's count
    (_DREDGE, ("河道清淤工程费", "≤240万元", "15公里×16万元/公里"), False),  # more than the floor
    (_LAMPS, ("路灯安装费", "≤90万元", "300盏×单盏3000元"), False),
    ([("管护河道", "≥12公里")], ("河道清淤工程费", "≤240万元", "10公里×24万元/公里"), False),  # another work
    (_DREDGE, ("河道清淤工程费", "≤240万元", "其中10公里×24万元/公里"), False),  # a part
    (_DREDGE + [("疏浚河道", "≥8公里")], ("河道疏浚清淤工程费", "≤240万元", "10公里×24万元/公里"), False),
    (_LAMPS, ("路灯安装费", "≤60万元", "首批200盏×单盏3000元"), False),  # a phase
    (_LAMPS, ("路灯电费", "≤60万元", "200盏×单盏3000元"), False),  # the lamps' power, not their fitting
    # held out, written after the change
    ([("维修水闸", "＝4座")], ("水闸维修工程费", "≤30万元", "3座×10万元/座"), True),
    ([("硬化道路", "≥5公里")], ("道路硬化工程费", "≤400万元", "4公里×单价100万元"), True),
    ([("安装监控摄像头", "＝200个")], ("摄像头安装费", "≤60万元", "200个×单个3000元"), False),
    # missed at first (建设 of 污水管网建设工程费 not in 新建污水管网), told since s25 reads 建设, 新建 as a deed's words
    # (tests/test_leftovers_s25_funds.py)
    ([("新建污水管网", "≥6公里")], ("污水管网建设工程费", "≤900万元", "5公里×150万元/公里"), True),
    ([("种植行道树", "≥1200株")], ("行道树种植工程费", "≤36万元", "1200株×单株300元"), False),
]


@pytest.mark.parametrize(("counts", "cost", "told"), _NOTED)
def test_note_count_words_turned_about(engine: Any, counts: list[tuple[str, str]], cost: tuple[str, str, str],
                                       told: bool) -> None:
    assert ("FUND019" in _rules(engine, counts=counts, costs=[cost])) is told

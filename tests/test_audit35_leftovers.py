"""The thirty-fifth recall audit's leftovers (b396–b405), each check against the look-alikes it was measured on
and the cases held out, written after it: a design figure or a rate the goal sets a floor for, the indicator lower
(REL008's ``differs``, widened to a 质量 figure named as the goal's floor, and to a rate the goal raises past a
quoted standard), an area over the length × width the goal gives (REL030), and a year's use counted of works
finished only in the year's last month (REL031)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: {project}, year: 2026, department: 某县交通运输局, implementer: 某县公路管理所}}
funds: {{unit: 万元, total: 480, fiscal: 480}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
{quality}
    时效指标:
{times}
    成本指标:
      - {{name: 工程建设费, value: ≤480万元}}
  效益指标:
    社会效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线群众满意度, value: ≥90%}}
"""
_PROJECT = "2026年某县道路改造项目"
_COUNTS = [("改造道路长度", "≥4.2公里")]
_QUALITY = [("工程验收合格率", "＝100%")]
_TIMES = [("工程完工时间", "2026年10月31日前")]
_BENEFITS = [("道路通行条件改善", "明显改善")]


def _lines(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)


def _rules(engine: Any, goal: str, project: str = _PROJECT, counts: list[tuple[str, str]] = _COUNTS,
           quality: list[tuple[str, str]] = _QUALITY, times: list[tuple[str, str]] = _TIMES,
           benefits: list[tuple[str, str]] = _BENEFITS) -> set[str]:
    text = TABLE.format(project=project, goal=goal, counts=_lines(counts), quality=_lines(quality),
                        times=_lines(times), benefits=_lines(benefits))
    return {f.rule_id for f in engine.check_source(load_text(text, "audit35l.yaml")).findings}


# REL008 (differs, a notice): the audit's two (b396, b397), eleven look-alikes it was measured on (0 told), five held
# out: 4 of 5 right
_GUARD = "2026年治理隐患点段45处，增设波形护栏等安全设施（波形护栏立柱埋深不低于1.4米）。"
_ROAD = "2026年养护农村公路1800公里，优良中等路率高于省定不低于75%的标准，达到80%以上。"
_STANDARD = [
    (_GUARD, "波形护栏立柱埋深", "≥1.1米", True),
    (_ROAD, "优良中等路率", "≥75%", True),
    # look-alikes
    (_GUARD, "波形护栏立柱埋深", "≥1.4米", False),
    (_GUARD, "波形护栏立柱埋深", "≥1.5米", False),  # above
    (_GUARD, "护栏立柱间距", "≤4米", False),  # another figure of the works
    ("2026年改造道路4.2公里，路面宽8米。", "路面宽度", "≥7米", False),  # a figure only said, no floor set
    ("2026年新建通组公路12公里，混凝土路面厚度不小于20厘米。", "混凝土路面厚度", "≥20厘米", False),
    ("2026年新建通组公路12公里，混凝土路面厚度不小于20厘米。", "混凝土路面厚度", "≥22厘米", False),
    (_ROAD, "优良中等路率", "≥80%", False),
    (_ROAD, "优良中等路率", "≥85%", False),
    ("2026年养护农村公路1800公里，优良中等路率不低于省定75%的标准。", "优良中等路率", "≥75%", False),  # the standard met
    ("2026年养护农村公路1800公里，列养率高于省定95%的要求，达到100%。", "农村公路列养率", "＝100%", False),
    (_ROAD, "桥梁技术状况评定合格率", "≥75%", False),  # another rate
    # held out, written after the change
    # missed until s24, when 厘米 and 毫米 joined the lexicon's 米 measure (tests/test_recall_leftovers_s24.py)
    ("2026年新建通组公路12公里，水泥混凝土路面厚度不低于18厘米。", "水泥混凝土路面厚度", "≥15厘米", True),
    ("2026年养护国省干线286公里，公路优良路率高于全省不低于70%的要求，达到78%以上。", "公路优良路率", "≥70%", True),
    ("2026年新建堤防2公里，堤顶道路宽度不低于6米。", "堤顶道路宽度", "≥6米", False),
    ("2026年改造道路3公里，路基压实度不低于96%。", "路基压实度", "≥96%", False),
    ("2026年改造道路3公里，路基压实度不低于96%，路面平整度合格率达到95%。", "路面平整度合格率", "≥98%", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _STANDARD)
def test_a_standard_below_the_goals(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL008" in _rules(engine, goal, quality=[("工程验收合格率", "＝100%"), (name, value)])) is told


# REL030: the audit's three (b398, b401, b405), ten look-alikes it was measured on (0 told), five held out: 5 of 5
# right
_CANAL = "2026年改造干支渠道28.6公里（平均衬砌宽度2.5米），新建渠系建筑物120座。"
_ESTATE = "2026年改造老旧小区12个，改造小区内道路总长4.2公里（平均宽度5米），新增停车位300个。"
_OVERLAY = "2026年对长6公里、宽8米的破损路段实施沥青罩面，处治路面病害2.6万平方米。"
_AREA = [
    (_CANAL, "渠道衬砌面积", "≥15万平方米", True),
    (_ESTATE, "小区道路改造面积", "≥4.2万平方米", True),
    (_OVERLAY, "破损路段沥青罩面面积", "≥9.6万平方米", True),
    # look-alikes
    (_CANAL, "渠道衬砌面积", "≥7.15万平方米", False),  # the product
    (_CANAL, "渠道衬砌面积", "≥7.5万平方米", False),  # a little over: rounding, bends
    (_ESTATE, "外墙保温改造面积", "≥4.2万平方米", False),  # another work
    (_ESTATE, "小区道路改造面积", "≥1.8万平方米", False),  # below
    (_OVERLAY, "处治路面病害", "≥2.6万平方米", False),  # the goal's own area
    ("2026年新建道路3公里，路面宽度不低于6米。", "道路路面面积", "≥2.4万平方米", False),  # a width's floor
    ("2026年改造道路4.2公里（宽5米），改造面积4.2万平方米（含人行道和停车场）。", "道路改造面积", "≥4.2万平方米", False),
    ("2026年新建道路2公里，两侧人行道宽3米。", "人行道铺装面积", "≥1.2万平方米", False),  # another clause
    (_CANAL, "渠道衬砌长度", "≥28.6公里", False),  # a length
    ("2026年新建城市主干道4公里（双向四车道，宽24米）。", "主干道路面面积", "≥9.6万平方米", False),
    # held out, written after the check
    ("2026年硬化通组公路12公里（路面宽4.5米）。", "通组公路硬化面积", "≥8万平方米", True),
    ("2026年疏浚河道长3.5公里、宽20米。", "河道疏浚面积", "≥10万平方米", True),
    ("2026年改造人行道1.6公里（宽3米）。", "人行道改造面积", "≥4800平方米", False),
    ("2026年铺设沥青路面长2公里、宽7米。", "沥青路面铺设面积", "≥1.5万平方米", False),
    ("2026年整治沟渠5公里（宽1.5米），沿线种植绿化。", "沿线绿化面积", "≥2万平方米", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _AREA)
def test_an_area_over_the_goals_length_by_width(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL030" in _rules(engine, goal, counts=[("改造长度", "≥1公里"), (name, value)])) is told


# REL031: the audit's three (b398, b401, b403), ten look-alikes it was measured on (0 told), five held out: 4 of 5
# right; 5 of 5 since s24 (a named works' completion read when no whole works' one is given: tests/test_held_out_s24.py)
_LATE = [("工程完工时间", "2026年12月31日前")]
_YEAR_USE = [
    (_LATE, "2026年度实际节约灌溉用水量", "≥300万立方米", True),
    ([("改造工程完工时间", "2026年12月20日前")], "新增停车位2026年累计停放车辆", "≥10万辆次", True),
    ([("改造完工验收时间", "2026年12月25日前")], "改造候车亭2026年累计服务候车乘客", "≥300万人次", True),
    # look-alikes
    ([("改造完工验收时间", "2026年6月30日前")], "改造候车亭2026年累计服务候车乘客", "≥300万人次", False),  # done early
    (_LATE, "年新增节水能力", "≥300万立方米", False),  # a capacity
    (_LATE, "改造后年服务乘客", "≥300万人次", False),  # a year after the works
    (_LATE, "2027年累计服务乘客", "≥300万人次", False),  # next year's
    (_LATE, "2026年施工安全事故", "＝0起", False),  # no use
    ([("年度养护任务完成时间", "2026年12月31日前")], "2026年累计安全通行车辆", "≥50万辆次", False),  # upkeep all year
    (_LATE, "2026年受益群众", "≥2万人", False),  # those the works serve, no year's use
    (_LATE, "2026年累计吸纳当地群众务工", "≥300人次", False),  # the building itself
    ([("工程完工时间", "2026年9月30日前"), ("竣工验收时间", "2026年12月31日前")], "2026年累计通行车辆", "≥20万辆次",
     False),  # done in September, accepted later
    ([("渠首建筑物完工时间", "2026年12月31日前"), ("工程完工时间", "2026年8月31日前")], "2026年度实际节约用水量",
     "≥100万立方米", False),  # a piece finished late
    # held out, written after the check
    # missed at first: 泵站 names the works, read as a piece's completion; told since s24 (the table's only completion)
    ([("泵站工程完工时间", "2026年12月15日前")], "2026年累计提水灌溉量", "≥50万立方米", True),
    ([("项目完工时间", "2026年12月31日前")], "2026年全年累计接待游客", "≥5万人次", True),
    ([("工程完工时间", "2026年11月30日前")], "2026年累计服务群众", "≥1万人次", False),
    ([("工程完工时间", "2026年12月31日前")], "工程建成后年均节约用水量", "≥300万立方米", False),
    ([("工程完工时间", "2026年12月31日前")], "2026年度工程带动就业人次", "≥200人次", False),
]


@pytest.mark.parametrize(("times", "name", "value", "told"), _YEAR_USE)
def test_a_years_use_of_works_finished_at_its_end(engine: Any, times: list[tuple[str, str]], name: str, value: str,
                                                   told: bool) -> None:
    goal = "2026年实施改造工程，完善配套设施。"
    assert ("REL031" in _rules(engine, goal, times=times, benefits=[("道路通行条件改善", "明显改善"), (name, value)])) is told

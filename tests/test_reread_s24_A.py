"""A second reading of s24's goal, relevance and satisfaction checks (REL008, REL026, REL030, REL032): each case a
table the change plainly mishandled, told or kept quiet now, beside one that must keep its old answer."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: "{project}", year: 2027, department: 某县局, implementer: 某县局}}
funds: {{unit: 元, total: 3000000, fiscal: 3000000}}
goal: {goal}
indicators:
  成本指标:
    经济成本指标:
      - {{name: 项目工作经费, value: ≤3000000元}}
  产出指标:
    数量指标:
{counts}
    质量指标:
{quality}
    时效指标:
      - {{name: 资金拨付完成时间, value: 2027年12月31日前}}
  效益指标:
    社会效益指标:
      - {{name: 服务对象受益情况, value: 持续受益}}
    可持续影响指标:
{lasting}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
Row = tuple[str, str]


def _lines(rows: list[Row]) -> str:
    return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)


def _rules(engine: Any, goal: str, counts: list[Row] | None = None, quality: list[Row] | None = None,
           lasting: list[Row] | None = None, project: str = "2027年某县项目") -> set[str]:
    text = TABLE.format(project=project, goal=goal,
                        counts=_lines(counts or [("开展项目工作", "≥1项")]),
                        quality=_lines(quality or [("资金使用合规率", "＝100%")]),
                        lasting=_lines(lasting or [("长效管护机制", "健全")]))
    return {f.rule_id for f in engine.check_source(load_text(text, "reread_s24_a.yaml")).findings}


# REL032: a class the value says it betters (优于Ⅳ类) is the next class up, Ⅲ or better: no looser than Ⅲ类
_RIVER = "2027年落实河长制，国控、省控断面水质稳定达到Ⅲ类。"
_SEWAGE = "2027年乡镇污水处理厂出水执行一级A标准。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (_RIVER, "国控省控断面水质类别", "优于Ⅳ类", False),  # told before: Ⅲ or better
    (_RIVER, "国控省控断面水质类别", "好于Ⅳ类", False),
    (_RIVER, "国控省控断面水质类别", "优于Ⅴ类", True),  # Ⅳ or better is still looser than Ⅲ
    (_RIVER, "国控省控断面水质类别", "Ⅳ类", True),
    (_SEWAGE, "污水处理厂出水水质", "二级标准", True),
])
def test_a_class_bettered_is_the_next_one_up(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL032" in _rules(engine, goal, quality=[(name, value)])) is told


# REL026: a 可持续影响 row with no figure is a trend (稳步提高), but a figure in words (达到八十岁, read as 80岁) is a
# year's target like ＝79岁
@pytest.mark.parametrize(("value", "told"), [
    ("达到八十岁", True),  # quiet before: no digit
    ("≥七十九岁", True),
    ("＝79岁", True),
    ("稳步提高", False),
    ("逐年提高", False),
])
def test_a_figure_in_words_is_no_trend(engine: Any, value: str, told: bool) -> None:
    rules = _rules(engine, "2027年开展居民健康管理服务。", lasting=[("居民人均预期寿命", value)])
    assert ("REL026" in rules) is told


# REL030: a figure right after 宽 is a size of the cross-section only in metres (路基宽6.5米、路面宽4.5米); one in
# 公里 is the length widened (道路拓宽3公里（宽12米）: 36000平方米), as before s24's careful round
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2027年实施城区道路拓宽3公里（宽12米）。", "道路拓宽面积", "≥6万平方米", True),  # quiet before
    ("2027年实施城区道路拓宽3公里（宽12米）。", "道路拓宽面积", "≥3.6万平方米", False),  # the product
    ("2027年改造通村公路，路基宽6.5米、路面宽4.5米。", "路面硬化面积", "≥3万平方米", False),  # two widths
    ("2027年新建防火隔离带20公里、宽20米。", "防火隔离带建设面积", "≥60公顷", True),
    ("2027年新建高标准农田1万亩（配套机耕路12公里、路面宽4.5米）。", "高标准农田建设面积", "≥1万亩", False),
])
def test_a_width_in_kilometres_is_a_length(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL030" in _rules(engine, goal, counts=[(name, value)])) is told


# REL008 coverage_short: the rest done before (其余已于2026年完成) keeps the year's share from a shortfall; the rest
# only made ready (其余已完成招标, 已完成前期工作) does not: the whole is not covered
_CLINICS = "全县共有村卫生室60个，2027年为其中40个更新设备（{rest}）。"


@pytest.mark.parametrize(("rest", "told"), [
    ("其余已完成招标，将于2028年完成更新", True),  # quiet before
    ("其余20个已完成前期工作", True),
    ("其余已于2026年完成", False),
    ("其余20个已于2026年更新完成", False),
    ("其余已列入2028年计划", True),
])
def test_the_rest_made_ready_is_not_done(engine: Any, rest: str, told: bool) -> None:
    rules = _rules(engine, _CLINICS.format(rest=rest), counts=[("更新设备村卫生室", "≥40个")],
                   quality=[("村卫生室设备配备覆盖率", "＝100%")])
    assert ("REL008" in rules) is told


# REL008 unit_slip: since 厘米 and 毫米 joined the 米 measure, a goal's size across (管径300毫米) met a length of the
# same figure in 米 (铺设供水管道 ≥300米) and was told as a unit a thousand times off; a size across is no length
@pytest.mark.parametrize(("goal", "counts", "quality", "told"), [
    ("2027年铺设管径300毫米的供水管道。", [("铺设供水管道", "≥300米")], [], False),  # told before
    ("2027年新建排水沟，沟深50厘米。", [("新建排水沟", "≥50米")], [], False),
    ("2027年硬化村组道路，路面厚度不低于20厘米。", [("硬化村组道路", "≥20米")], [], False),
    # still told: the same figure of the same thing, a thousand times off
    ("2027年新建通村道路86公里。", [("新建通村道路长度", "＝86米")], [], True),
    ("2027年建设雨量站3个，监测降雨量达到50毫米时预警。", [("建设雨量站", "≥3个")], [("预警降雨量", "50米")], True),
])
def test_a_size_across_is_no_length(engine: Any, goal: str, counts: list[Row], quality: list[Row],
                                    told: bool) -> None:
    assert ("REL008" in _rules(engine, goal, counts=counts, quality=quality)) is told


# REL031: the finish read from the goal (…，12月20日前完工) has no indicator to name; its message said so in Chinese
# inside the English text ((年度总体目标)): now a message of its own, naming the annual goal in each language
_PUMP_TABLE = """version: 1
project: {name: 2026年排涝泵站建设项目, year: 2026, department: 某县水务局}
funds: {unit: 万元, total: 800, fiscal: 800}
goal: 2026年新建排涝泵站1座，12月20日前完工。
indicators:
  产出指标:
    数量指标:
      - {name: 新建排涝泵站, value: ＝1座}
    时效指标:
      - {name: 资金拨付完成时间, value: 2026年12月31日前}
  效益指标:
    经济效益指标:
      - {name: 2026年累计排涝量, value: ≥500万立方米}
"""


def test_a_finish_the_goal_gives_is_named_in_english(engine: Any) -> None:
    found = [f for f in engine.check_source(load_text(_PUMP_TABLE, "reread_pump.yaml")).findings
             if f.rule_id == "REL031"]
    assert len(found) == 1
    assert "annual goal" in found[0].message_en and "12月20日前完工" in found[0].message_en
    assert "年度总体目标" not in found[0].message_en
    assert "年度总体目标写明“12月20日前完工”" in found[0].message_zh

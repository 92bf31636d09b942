"""Three of the thirty-sixth recall audit's leftovers (b406–b408), each against the look-alikes it was measured on
and the cases held out after it was written: a substance counted in another thing's unit (VAL041: 柴油 in 台, 粪污
in 头), a product made from a named input above that input (REL034: 有机肥 ≥7万吨 from 6万吨 of 粪污), and a
cumulative total the goal says was already reached before the year given as the year's target (REL035: 累计建成
高标准农田 ≥45万亩 against 截至2026年底已累计建成45万亩)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某县农业农村项目, year: 2027, department: 某县农业农村局, implementer: 某县农业农村局}}
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
      - {{name: 资金使用合规率, value: ＝100%}}
    时效指标:
      - {{name: 资金拨付完成时间, value: 2027年12月31日前}}
  效益指标:
    生态效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
Row = tuple[str, str]


def _lines(rows: list[Row]) -> str:
    return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)


def _rules(engine: Any, goal: str, counts: list[Row] | None = None, benefits: list[Row] | None = None) -> set[str]:
    text = TABLE.format(goal=goal, counts=_lines(counts or [("开展项目工作", "≥1项")]),
                        benefits=_lines(benefits or [("服务对象受益情况", "持续受益")]))
    return {f.rule_id for f in engine.check_source(load_text(text, "leftovers36.yaml")).findings}


# VAL041: the audit's two (b407 柴油 in 台, b408 粪污 in 头), eleven look-alikes it was measured on, five held out
_GOAL = "2027年实施农机报废更新和畜禽粪污资源化利用。"
_THING_UNIT = [
    ("报废老旧农机年减少柴油消耗", "≥120台", True),
    ("年资源化处理畜禽粪污", "≥6万头", True),
    # look-alikes
    ("报废老旧农机年减少柴油消耗", "≥120吨", False),
    ("年资源化处理畜禽粪污", "≥6万吨", False),
    ("年处理畜禽粪污", "≥6万立方米", False),  # a volume is the substance's too
    ("粪污处理设备", "≥40台", False),  # the machines counted
    ("报废老旧柴油农机", "≥80台", False),
    ("柴油消耗量降低", "≥10%", False),
    ("发放化肥", "≥500袋", False),  # a sack of it
    ("推广有机肥替代化肥", "≥5000亩", False),  # the area of a practice
    ("淘汰国三及以下柴油货车", "≥120辆", False),
    ("病死畜禽无害化处理", "≥6万头", False),  # animals, no substance
    ("畜禽粪污处理能力", "≥6万头", False),  # a capacity in head of stock
    # held out, written after the check
    ("年减少化肥使用量", "≥300台", True),
    ("餐厨垃圾收运量", "≥12辆", True),
    ("配备农药喷洒无人机", "≥20架", False),
    ("回收废旧农膜", "≥500户", False),
    ("年节约柴油", "≥300辆", True),
]


@pytest.mark.parametrize(("name", "value", "told"), _THING_UNIT)
def test_substance_in_another_things_unit(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("VAL041" in _rules(engine, _GOAL, benefits=[(name, value)])) is told


# REL034: the audit's one (b408), eleven look-alikes it was measured on, five held out
_MANURE = "2027年支持规模养殖场建设粪污处理设施，年资源化处理畜禽粪污6万吨以上。"
_PRODUCT = [
    (_MANURE, [("生产有机肥", "≥7万吨")], True),
    # look-alikes
    (_MANURE, [("生产有机肥", "≥1.5万吨")], False),
    (_MANURE, [("生产有机肥", "≥6万吨")], False),  # not above
    (_MANURE, [("生产有机肥", "≤7万吨")], False),  # a ceiling promises nothing
    (_MANURE, [("推广施用有机肥", "≥7万吨")], False),  # fertiliser used, not made from it
    ("2027年处理畜禽粪污6万吨、农作物秸秆3万吨，生产有机肥。", [("生产有机肥", "≥7万吨")], False),  # two inputs
    ("2027年处理畜禽粪污等农业废弃物6万吨。", [("生产有机肥", "≥7万吨")], False),  # 等: more inputs
    ("2027年处理畜禽粪污6万立方米。", [("生产有机肥", "≥7万吨")], False),  # a volume
    ("2027年处理畜禽粪污，生产商品有机肥。", [("生产有机肥", "≥7万吨")], False),  # no figure
    ("2027年支持规模养殖场覆盖生猪6万头。", [("生产有机肥", "≥7万吨")], False),  # animals, no input
    (_MANURE, [("生产有机肥", "≥5000000千克")], False),  # 5000吨
    ("2027年建设秸秆饲料加工点3个。", [("年处理畜禽粪污", "≥6万吨"), ("生产有机肥", "≥5万吨")], False),
    # held out, written after the check
    ("2027年收储稻谷5000吨，加工成品大米。", [("加工大米", "≥6000吨")], True),
    ("2027年采摘茶园鲜叶800吨。", [("生产干茶", "≥200吨")], False),
    ("2027年处理畜禽粪污4万吨、菌渣1万吨，建设有机肥厂1个。", [("年产有机肥", "≥6万吨")], True),
    ("2027年处理畜禽粪污4万吨、菌渣1万吨。", [("有机肥产量", "≥4.5万吨")], False),
    ("2027年处理畜禽粪污6万吨。", [("商品有机肥销售量", "≥7万吨")], False),  # sold, not said to be made
]


@pytest.mark.parametrize(("goal", "counts", "told"), _PRODUCT)
def test_product_above_its_input(engine: Any, goal: str, counts: list[Row], told: bool) -> None:
    assert ("REL034" in _rules(engine, goal, counts=counts)) is told


# REL035: the audit's one (b406), eleven look-alikes it was measured on, five held out
_STOCK = "2027年建设高标准农田3万亩；截至2026年底全市已累计建成高标准农田45万亩。"
_CUMULATIVE = [
    (_STOCK, [("全市累计建成高标准农田面积", "≥45万亩")], True),
    # look-alikes
    (_STOCK, [("全市累计建成高标准农田面积", "≥48万亩")], False),
    (_STOCK, [("建设高标准农田面积", "≥3万亩")], False),  # the year's work
    ("2027年建设高标准农田3万亩，到2027年底全市累计建成高标准农田48万亩。",
     [("全市累计建成高标准农田面积", "≥48万亩")], False),  # the year's end
    (_STOCK, [("全市累计建成高标准农田面积", "≥32000公顷")], False),  # 48万亩
    (_STOCK, [("全市累计建成高标准农田面积", "≤45万亩")], False),  # a ceiling
    (_STOCK, [("累计建设田间道路", "≥45公里")], False),  # another thing
    ("2027年培训高素质农民300人，截至2026年底已累计培训高素质农民3000人。",
     [("累计培训高素质农民", "≥3300人")], False),
    ("2027年培训高素质农民300人，截至2026年底已累计培训高素质农民3000人。",
     [("培训高素质农民", "≥300人")], False),
    ("2026年新建高标准农田3万亩，2027年续建3万亩。", [("累计建成高标准农田", "≥6万亩")], False),  # no stock
    ("2027年建设高标准农田3万亩，累计建成高标准农田48万亩。", [("累计建成高标准农田面积", "≥45万亩")], False),
    (_STOCK, [("其中：累计建成高效节水灌溉面积", "≥10万亩")], False),
    # held out, written after the check
    ("2027年新建村级光伏电站5座；截至2026年底全县已累计建成村级光伏电站120座。", [("累计建成村级光伏电站", "≥120座")],
     True),
    ("截至2026年底全县已累计建成村级光伏电站120座。", [("累计建成村级光伏电站", "≥125座")], False),
    ("全县已累计培训高素质农民3000人，2027年再培训300人。", [("累计培训高素质农民", "≥3000人")], True),
    ("截至2025年底累计治理水土流失面积80平方公里，2027年新增治理5平方公里。", [("累计治理水土流失面积", "≥8000公顷")],
     True),
    ("到2027年底全县累计建成村级光伏电站125座。", [("累计建成村级光伏电站", "≥120座")], False),  # a target: REL008's
]


@pytest.mark.parametrize(("goal", "counts", "told"), _CUMULATIVE)
def test_stock_given_as_the_years_target(engine: Any, goal: str, counts: list[Row], told: bool) -> None:
    assert ("REL035" in _rules(engine, goal, counts=counts)) is told

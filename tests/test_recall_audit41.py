"""The forty-first recall audit's checks (b456–b465), each against the look-alikes it was measured on and the cases
held out after it was written: a quantity in a unit of another (VAL048: energy in power, power in energy, a radius in
an area, a pressure in a mass) and a time limit in the goal's own unit but longer (REL048)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年城区市政设施运行维护经费, year: 2027, department: 区住房和城乡建设局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    质量指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 市民满意度, value: ≥90%}}
"""

GOAL = "2027年对城区市政设施开展日常维护。"


def _rules(engine: Any, name: str, value: str, goal: str = GOAL) -> set[str]:
    text = TABLE.format(goal=goal, name=name, value=value)
    return {f.rule_id for f in engine.check_source(load_text(text, "audit41.yaml")).findings}


@pytest.mark.parametrize(("name", "value"), [
    ("年节约用电", "≥80万千瓦"),  # b456
    ("充电桩年充电量", "≥30万千瓦"),  # b463
    ("单个充电桩额定功率", "≥7千瓦时"),  # b463
    ("城区公厕服务半径", "≤500平方米"),  # b459
    ("市政消火栓出水压力", "≥0.10千克"),  # b461
])
def test_a_quantity_in_another_quantitys_unit(engine, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert "VAL048" in _rules(engine, name, value)


# look-alikes, measured while writing VAL048: 0 of 12 told
@pytest.mark.parametrize(("name", "value"), [
    ("年节约用电", "≥80万千瓦时"),
    ("年节约用电量", "≥80万度"),
    ("节约用电", "≥15%"),  # a share: no listed unit
    ("单个充电桩额定功率", "≥7千瓦"),
    ("光伏装机容量", "≥500千瓦"),
    ("城区消火栓保护半径", "≤150米"),
    ("新建市政消火栓间距", "≤120米"),
    ("市政消火栓出水压力", "≥0.10MPa"),
    ("二次供水用户端水压", "≥0.14兆帕"),
    ("步行到达距离", "≤15分钟"),  # a 15-minute walk: minutes are no listed unit
    ("管网改造长度", "≥25000平方米"),  # VAL018's, not this rule's too
    ("年减少二氧化碳排放", "≥640吨"),  # a mass of no listed measure's name
])
def test_a_quantity_in_its_own_unit_stays_quiet(engine, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert "VAL048" not in _rules(engine, name, value)


# held out, written after VAL048 was tuned: told as written, 5 of 5
@pytest.mark.parametrize(("name", "value"), [
    ("路灯年用电量", "≤120万千瓦"),
    ("污水处理厂年耗电", "≤300万千瓦"),
    ("新建充电站总功率", "≥1200千瓦时"),
    ("垃圾转运站服务半径", "≤2平方公里"),
    ("供水管网末梢水压", "≥0.14千克"),
])
def test_held_out_quantities_in_another_unit(engine, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert "VAL048" in _rules(engine, name, value)

"""The forty-first recall audit's checks (b456–b465), each against the look-alikes it was measured on and the cases
held out after it was written: a quantity in a unit of another (VAL048: energy in power, power in energy, a radius in
an area, a pressure in a mass), a time limit in the goal's own unit but longer (REL048) and heat works due after
the start of the heating season the goal dates (TIME021)."""

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


TIMED = """version: 1
project: {{name: 2027年城区市政设施运行维护经费, year: 2027, department: 区住房和城乡建设局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 市民满意度, value: ≥90%}}
"""

LAMPS = "2027年对城区1.86万盏路灯实施日常维护，故障灯具接报后24小时内修复。"


def _timed(engine: Any, goal: str, name: str, value: str) -> set[str]:
    text = TIMED.format(goal=goal, name=name, value=value)
    return {f.rule_id for f in engine.check_source(load_text(text, "audit41t.yaml")).findings}


@pytest.mark.parametrize(("goal", "name", "value"), [
    (LAMPS, "故障灯具修复时限", "接报后48小时内"),  # b456
    ("2027年对排查出的疑似危房开展安全鉴定，鉴定为D级的危房在48小时内组织人员撤离。", "D级危房人员撤离时限",
     "发现D级危房后72小时内"),  # b462
])
def test_a_time_limit_in_the_goals_unit_but_longer(engine, goal: str, name: str,  # type: ignore[no-untyped-def]
                                                   value: str) -> None:
    assert "REL048" in _timed(engine, goal, name, value)


# look-alikes, measured while writing REL048: 0 of 10 told (two of them, g195's and g489's, were told at first)
@pytest.mark.parametrize(("goal", "name", "value"), [
    (LAMPS, "故障灯具修复时限", "接报后24小时内"),  # the goal's
    (LAMPS, "故障灯具修复时限", "≤12小时"),  # tighter
    (LAMPS, "路灯巡查响应时限", "≤48小时"),  # another act
    (LAMPS, "故障灯具修复时限", "≤2天"),  # another unit: REL036's
    (LAMPS, "故障灯具修复时长", "≥48小时"),  # a floor
    # another object of the same act (g195)
    ("2027年合同审查在收到材料后3个工作日内完成。", "重大行政决策合法性审查时限", "收到材料后7个工作日内"),
    # an average of freeing against a limit on arriving (g489)
    ("2027年救援人员30分钟内到达现场解救被困乘客。", "电梯困人平均解救时间", "≤40分钟"),
    ("2027年一般隐患15日内整改到位。", "重大隐患整改时限", "≤30日"),  # another grade
    ("2027年城区接警后30分钟内到达现场。", "农村地区到达现场时间", "≤60分钟"),  # another place
    # a term the goal caps: TIME020's and REL008's, not this rule's too
    ("2027年加装电梯40部，单部电梯施工工期不超过60天。", "单部电梯施工工期", "≤90天"),
])
def test_a_time_limit_the_goal_allows_stays_quiet(engine, goal: str, name: str,  # type: ignore[no-untyped-def]
                                                  value: str) -> None:
    assert "REL048" not in _timed(engine, goal, name, value)


# held out, written after REL048 was tuned: told as written, 5 of 5
@pytest.mark.parametrize(("goal", "name", "value"), [
    ("2027年供暖期供热投诉受理后24小时内处理。", "供热投诉处理时限", "受理后48小时内"),
    ("2027年修补破损路面1.5万平方米，路面坑槽接报后2个工作日内修复。", "路面坑槽修复时限", "接报后5个工作日内"),
    ("2027年对城区186座公厕保洁管护，设施故障接报后24小时内维修。", "公厕设施故障维修时限", "≤36小时"),
    ("2027年燃气泄漏接到报告后30分钟内到达现场处置。", "燃气泄漏现场处置时限", "≤60分钟"),
    ("2027年维修更换损坏消火栓120座，损坏消火栓报修后7日内修复。", "损坏消火栓报修后修复时限", "≤10日"),
])
def test_held_out_time_limits_over_the_goals(engine, goal: str, name: str,  # type: ignore[no-untyped-def]
                                             value: str) -> None:
    assert "REL048" in _timed(engine, goal, name, value)


HEAT = "2027年改造城区老旧供热管网16公里，供暖期（11月15日至次年3月15日）居民室温不低于18℃。"


@pytest.mark.parametrize(("goal", "name", "value"), [
    (HEAT, "管网改造完工时间", "2027年12月31日前"),  # b457
])
def test_heat_works_due_in_the_heating_season(engine, goal: str, name: str,  # type: ignore[no-untyped-def]
                                              value: str) -> None:
    assert "TIME021" in _timed(engine, goal, name, value)


# look-alikes, measured while writing TIME021: 0 of 10 told
@pytest.mark.parametrize(("goal", "name", "value"), [
    (HEAT, "管网改造完工时间", "2027年10月31日前"),
    (HEAT, "二次网改造完工时间", "2027年11月15日前"),  # on the season's first day
    (HEAT, "采暖补贴发放时间", "2027年12月31日前"),  # a payment in the season
    (HEAT, "供热管网巡检完成时间", "2027年12月31日前"),  # a patrol in the season
    (HEAT, "管网改造工程竣工验收资料归档时间", "2027年12月31日前"),  # paperwork after the works
    (HEAT, "燃气管网改造完工时间", "2027年12月31日前"),  # another network's pipes
    (HEAT, "管网改造完工时间", "2028年6月30日前"),  # a later year: TIME001's
    # no start dated: a season's start differs between cities (and 供暖期前 is TIME015's reading)
    ("2027年改造城区老旧供热管网16公里，供暖期居民室温不低于18℃。", "管网改造完工时间", "2027年12月31日前"),
    ("2027年新建燃气锅炉房1座，采暖期自10月15日起。", "燃气锅炉房建成时间", "2027年10月1日前"),
    ("2027年对城区12个老旧小区实施改造，供暖期（11月15日至次年3月15日）前完成。", "老旧小区改造完工时间",
     "2027年12月31日前"),  # no heat works named
])
def test_heat_works_before_the_season_stay_quiet(engine, goal: str, name: str,  # type: ignore[no-untyped-def]
                                                 value: str) -> None:
    assert "TIME021" not in _timed(engine, goal, name, value)


# held out, written after TIME021 was tuned: told as written, 5 of 5 (the 燃气锅炉房 one written after a gas boiler
# room was let back in as heat works, which the first draft's other-network words had shut out)
@pytest.mark.parametrize(("goal", "name", "value"), [
    ("2027年改造换热站8座，采暖期自10月15日起，室温达标率98%以上。", "换热站改造完工时间", "2027年11月30日前"),
    ("2027年改造一次网5公里，供暖期（11月1日至次年3月31日）稳定供热。", "一次网改造完成时间", "2027年11月20日前"),
    ("2027年新建燃气锅炉房1座，供热期为11月15日—次年3月15日。", "燃气锅炉房建成投用时间", "2027年12月15日前"),
    (HEAT, "老旧供热管道更换完工时间", "2027年11月30日前"),
    ("2027年实施热源厂锅炉超低排放改造，供暖期（11月15日至次年3月15日）达标排放。", "热源厂锅炉超低排放改造完成时间",
     "2027年12月20日前"),
])
def test_held_out_heat_works_into_the_season(engine, goal: str, name: str,  # type: ignore[no-untyped-def]
                                             value: str) -> None:
    assert "TIME021" in _timed(engine, goal, name, value)


def _term_messages(engine: Any, goal: str, name: str, value: str) -> list[str]:
    text = TABLE.format(goal=goal, name=name, value=value)
    findings = engine.check_source(load_text(text, "audit41.yaml")).findings
    return [f.message_zh for f in findings if f.rule_id == "TIME020"]


@pytest.mark.parametrize(("goal", "name", "value", "act"), [
    # b458's message quoted the act as 工工 (the last two characters before 期)
    ("2027年加装电梯40部，单部电梯施工工期不超过60天。", "单部电梯施工工期", "≤90天", "施工"),
    ("2027年改造老旧小区12个，每个小区建设工期不超过6个月。", "小区建设工期", "≤8个月", "建设"),
    # 施工期 keeps 期 as its term word, 施工 as its act
    ("2027年实施道路大修3条，每条道路施工期不超过3个月。", "道路施工期", "≤4个月", "施工"),
])
def test_a_term_over_the_goal_names_its_act(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                           act: str) -> None:
    messages = _term_messages(engine, goal, name, value)
    assert len(messages) == 1 and f"“{act}”以" in messages[0], messages


@pytest.mark.parametrize(("name", "value", "said"), [
    # the message names the measure the name's word is of, not the word itself (节约用电 → 电量, 半径 → 距离)
    ("年节约用电", "≥80万千瓦", "量的是电量"),
    ("城区公厕服务半径", "≤500平方米", "量的是距离"),
    ("修补破损路面", "≥1.5万米", "量的是面积"),  # VAL018's surface
])
def test_a_unit_of_another_quantity_names_the_names_measure(engine, name: str,  # type: ignore[no-untyped-def]
                                                            value: str, said: str) -> None:
    text = TABLE.format(goal=GOAL, name=name, value=value)
    messages = [f.message_zh for f in engine.check_source(load_text(text, "audit41.yaml")).findings
                if f.rule_id in ("VAL018", "VAL048")]
    assert len(messages) == 1 and said in messages[0], messages

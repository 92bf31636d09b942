"""Precision leftovers, second round (s28b): three readings that told correct rows.

CAT011 (--preview) held a design standard under 质量指标 (新建市政消火栓间距 ≤120米, audit 41's b461) a count of work
done; TIME001 held a plan's horizon or a lasting effect's year under 可持续影响指标 (规划实施期限 至2035年) a deadline
past the budget year; REL008's floor_reversed held a row of one clause to another clause's floor where a goal's
sentence gives the same thing two floors (实施前公示不少于7日，竣工后公示不少于15日). Each: look-alikes that must stay
quiet and the true cases that must still be told.

Before the fixes: CAT011 told 9 of its 10 look-alikes, TIME001 7 of 7, floor_reversed 7 of 10; after, 0 of each, every
true case still told. Held out, written after each fix: CAT011 7 of 7 right; TIME001 5 of 7 (two fixed), then 5 of 5;
floor_reversed 6 of 7 (a tie of 每天 and 体育 missed, kept as a strict xfail).
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年项目, year: 2027, department: 县住房和城乡建设局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
      - {{name: 项目实施数量, value: ＝1个}}
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 群众满意度, value: ≥90%}}
"""

BENEFIT = """version: 1
project: {{name: 2027年项目, year: 2027, department: 县自然资源局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
      - {{name: 编制规划, value: ＝1个}}
  效益指标:
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 群众满意度, value: ≥90%}}
"""


def _told(engine: Any, rule: str, text: str) -> list[Any]:
    return [f for f in engine.check_source(load_text(text, "s28b.yaml")).findings if f.rule_id == rule]


# 1. CAT011: a spacing, radius, distance or other design standard of what is built is no count of work
@pytest.mark.parametrize(("name", "value", "told"), [
    ("新建市政消火栓间距", "≤120米", False),  # b461's, at the GB 50974 limit
    ("新建市政消火栓间距", "≤300米", False),
    ("新建消火栓保护半径", "≤150米", False),
    ("新建公厕服务半径", "≤500米", False),
    ("新建污水管道坡度", "≥3‰", False),
    ("新建人行道宽度", "≥2.5米", False),
    ("新建道路路面厚度", "≥20厘米", False),
    ("安装护栏高度", "≥1.1米", False),
    ("新建取水井与污染源距离", "≥30米", False),
    ("新建排水管道管径", "≥400毫米", False),
    ("新建市政消火栓", "≥60座", True),  # the count of work itself is still told
    ("维修更换市政消火栓", "≥120个", True),
    ("安装路灯", "≥200盏", True),
    # held out, written after the change: 7 of 7 right at the first run
    ("新建自行车道宽度", "≥1.5米", False),
    ("新建检查井间距", "≤40米", False),
    ("安装监控摄像头高度", "≥3米", False),
    ("新建停车场距学校出入口距离", "≥50米", False),
    ("深度巡查河道", "≥24次", True),  # 深度 of the deed, not a measure ending the name
    ("巡查距离", "≥300公里", True),  # a patrol's distance is work done
    ("新建雨水管网长度", "≥5公里", True),  # a length built is a count of work
])
def test_cat011_design_standard(preview_engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = TABLE.format(goal="2027年新建市政消火栓60座。", level2="质量指标", name=name, value=value)
    assert bool(_told(preview_engine, "CAT011", text)) is told


# 2. TIME001: a plan's horizon or an effect's lasting year under 可持续影响指标 is no deadline of this year's work
@pytest.mark.parametrize(("level2", "name", "value", "told"), [
    ("可持续影响指标", "规划实施期限", "至2035年", False),  # g788's replaced row
    ("可持续影响指标", "乡镇国土空间总体规划期限", "2021—2035年", False),
    ("可持续影响指标", "规划期", "2035年", False),
    ("可持续影响指标", "规划年限", "2027—2035年", False),
    ("可持续影响指标", "防洪设施发挥效益", "持续至2040年", False),
    ("可持续影响指标", "村庄规划指导建设", "到2035年", False),
    ("可持续影响指标", "管护机制持续运行", "至2030年底", False),
    # a dated deadline of work under 可持续影响 is still this year's work set late
    ("可持续影响指标", "长效管护机制建立时间", "2028年6月30日前", True),
    # a horizon that ended before the budget year is still told
    ("可持续影响指标", "规划实施期限", "2016—2025年", True),
    # elsewhere nothing changes: a deadline past the year under 时效
    ("时效指标", "规划实施期限", "至2035年", True),
    # held out, written after the change: 5 of 7 right at the first run (the two marked wrong then, right since)
    ("可持续影响指标", "公厕长效管护", "至2030年", False),
    ("可持续影响指标", "设施设计使用年限", "2027—2046年", False),
    ("可持续影响指标", "工程效益持续发挥时间", "至2035年", False),  # wrong then: read as a deadline's name
    ("可持续影响指标", "国土空间规划目标年", "2035年", False),  # wrong then: no horizon's name
    ("可持续影响指标", "管护制度建立完成时间", "2028年3月31日前", True),
    ("可持续影响指标", "村庄规划期限", "至2035年", False),
    ("可持续影响指标", "农村供水工程运行管护期", "2027—2036年", False),
    # held out after that fix: 5 of 5 right at the first run
    ("可持续影响指标", "水土保持效益持续时间", "至2032年", False),
    ("可持续影响指标", "长效机制建立时间", "至2028年6月", True),  # a deed's time
    ("可持续影响指标", "规划目标年份", "2035年", False),
    ("可持续影响指标", "项目运营期", "2027—2041年", False),
    ("可持续影响指标", "设施投入使用时间", "到2028年", True),
])
def test_time001_horizon_under_lasting_effect(engine, level2: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                              told: bool) -> None:
    template = TABLE if level2 == "时效指标" else BENEFIT
    text = template.format(goal="2027年编制村庄规划1个，规划期至2035年。", level2=level2, name=name, value=value)
    assert bool(_told(engine, "TIME001", text)) is told


# 3. REL008 floor_reversed: a row is held to the floor whose own clause it names
_PUBLICITY = "2027年实施村内道路硬化项目，项目实施前公示不少于7日，竣工后公示不少于15日。"
_TRAINING = "2027年培训农村实用人才200人，理论培训不少于3天，实操培训不少于5天。"
_SLEEP = "2027年开展课后服务，小学每天服务不少于2小时，初中每天服务不少于3小时。"
_SUBSIDY = "2027年发放耕地地力保护补贴，补贴名单公示不少于7日，资金发放前公示不少于5日。"
_HOME_TEACHING = "2027年为重度残疾儿童开展送教上门，每周送教不少于1次，每次送教不少于2小时。"
_MEALS = "2027年开展老年人助餐服务，午餐供应不少于300天，晚餐供应不少于200天。"
_OUTDOORS = "2027年幼儿每天户外活动不少于2小时，其中体育活动不少于1小时。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (_PUBLICITY, "项目实施前公示时间", "≤15日", False),  # the 15日 is 竣工后's floor
    (_PUBLICITY, "项目竣工后公示时间", "≤7日", False),  # and the 7日 实施前's
    (_PUBLICITY, "公示时间", "≤15日", False),  # bare: whose floor cannot be told
    (_PUBLICITY, "项目实施前公示时间", "≥7日", False),
    (_PUBLICITY, "项目竣工后公示时间", "≥15日", False),
    (_TRAINING, "理论培训天数", "≤5天", False),
    (_TRAINING, "实操培训天数", "≤3天", False),
    (_TRAINING, "理论培训天数", "≥3天", False),
    (_SLEEP, "小学每天服务时长", "≤3小时", False),
    (_SLEEP, "初中每天服务时长", "≤2小时", False),
    # the true cases: a row set at its own clause's floor as a ceiling
    (_PUBLICITY, "项目竣工后公示时间", "≤15日", True),
    (_TRAINING, "理论培训天数", "≤3天", True),
    (_SLEEP, "初中每天服务时长", "≤3小时", True),
    # one floor in the sentence: the thing named before it still counts (课后服务 of 每天不少于2小时)
    ("2027年开展课后服务，每天不少于2小时。", "每天课后服务时长", "≤2小时", True),
    # held out, written after the fix: 6 of 7 right (3 of 7 before it)
    (_SUBSIDY, "资金发放前公示时间", "≤7日", False),
    (_SUBSIDY, "补贴名单公示时间", "≤7日", True),
    (_HOME_TEACHING, "每次送教时长", "≤2小时", True),
    (_MEALS, "晚餐供应天数", "≤300天", False),
    (_MEALS, "供应天数", "≤300天", False),
    (_OUTDOORS, "每天户外活动时间", "≤1小时", False),
    # missed: 每天 fits the first clause as well as 体育 the second, a tie, so no floor holds the row
    pytest.param(_OUTDOORS, "每天体育活动时间", "≤1小时", True,
                 marks=pytest.mark.xfail(strict=True, reason="a tie between a shared frame word and the clause's own")),
])
def test_floor_reversed_per_clause(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = TABLE.format(goal=goal, level2="时效指标", name=name, value=value)
    found = [f for f in _told(engine, "REL008", text) if f.variant == "floor_reversed"]
    assert bool(found) is told

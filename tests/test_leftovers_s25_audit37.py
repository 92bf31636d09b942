"""Recall audit 37's leftovers told in session 25: 人次 counted above the goal's people × sessions (REL037) and a
ceiling of deaths or accidents above the year-before figure the goal says is to fall (REL038), each against the
look-alikes it was measured on and the cases held out after it was written."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

# a 2027 county project's table, counts and benefits set by the case: the audit 36 leftovers' builder
from test_leftovers_s25_audit36 import _rules


# REL037: the audit's five (b418, b419, b420, b422, b425), look-alikes it was measured on, five held out after it
_VISITS = [
    ("2027年保障全区人民调解委员会运转，分3期培训人民调解员213人（每个调委会1人）。", "培训人民调解员", "≥800人次", True),
    ("2027年为50名有需要的社区矫正对象提供职业技能培训帮扶，每人2期。", "职业技能培训帮扶", "≥150人次", True),
    ("2027年组织全县45名执法人员业务培训2期，购置执法记录仪10台。", "执法人员业务培训", "≥120人次", True),
    ("2027年对32支队伍320名队员开展业务培训，每人3期，开展实战演练32场。", "队员业务培训", "≥1200人次", True),
    ("2027年培训特种设备安全管理和作业人员200人、每人2次、电梯困人应急救援演练4次。", "安全管理和作业人员培训", "≥600人次",
     True),
    # look-alikes
    ("2027年对32支队伍320名队员开展业务培训，每人3期。", "队员业务培训", "≥960人次", False),  # at the cap
    ("2027年举办村干部培训班3期，每期100人。", "村干部培训", "≥300人次", False),  # people per session
    ("2027年举办村干部培训班3期，每期100人。", "村干部培训", "≥280人次", False),
    ("2027年培训基层干部300人，开展应急演练6次。", "应急演练参与", "≥1000人次", False),  # the sessions of another act
    ("2027年组织45名执法人员业务培训2期，开展执法检查360家次。", "执法检查", "≥400人次", False),  # another act
    ("2027年为200名残疾人提供康复训练，每人2次，开展健康体检。", "健康体检服务", "≥600人次", False),
    ("2027年分3期培训人民调解员213人。", "累计培训人民调解员", "≥800人次", False),  # a running total
    ("2027年分3期培训人民调解员213人。", "培训人民调解员", "≤800人次", False),  # a ceiling
    ("2027年分3期培训人民调解员213人。", "培训人民调解员", "≥800人", False),  # heads, not visits
    ("2027年培训3期共600人次，覆盖基层调解员213人。", "培训人民调解员", "≥600人次", False),  # visits the goal gives
    ("2027年每季度培训网格员1次，全县网格员300名。", "网格员培训", "≥1200人次", False),  # sessions per quarter
    # held out, written after the check
    ("2027年组织全市网格员1500名开展业务轮训，每人2轮。", "网格员业务轮训", "≥3500人次", True),
    ("2027年分2批集训民兵应急分队队员120人。", "民兵应急分队集训", "≥300人次", True),
    ("2027年为80名困难群众提供就业帮扶，每人1次，开展技能培训4期。", "就业帮扶", "≥80人次", False),
    ("2027年开展消防安全培训6期，每期培训50人。", "消防安全培训", "≥300人次", False),
    ("2027年为全县1200名65岁以上老人开展健康体检1次。", "老年人健康体检", "≥1500人次", True),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _VISITS)
def test_visits_above_people_times_sessions(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL037" in _rules(engine, goal, counts=[(name, value)])) is told


# REL038: the audit's two (b420, b421), look-alikes it was measured on, five held out after it
_BASE = [
    ("2027年全年不发生较大及以上生产安全事故，生产安全事故死亡人数较2026年（7人）下降。", "生产安全事故死亡人数", "≤8人", True),
    ("2027年补充储备救灾物资3000件，生产安全事故死亡人数较上年（2026年9人）下降。", "生产安全事故死亡人数", "≤10人", True),
    # look-alikes
    ("2027年生产安全事故死亡人数较2026年（7人）下降。", "生产安全事故死亡人数", "≤6人", False),  # below it
    ("2027年生产安全事故死亡人数较2026年（7人）下降。", "生产安全事故死亡人数", "≤7人", False),  # at it
    ("2027年生产安全事故死亡人数较2025年（7人）下降。", "生产安全事故死亡人数", "≤8人", False),  # another base year
    ("2027年生产安全事故死亡人数较2026年（7人）下降。", "生产安全事故起数", "≤8起", False),  # another unit
    ("2027年生产安全事故死亡人数较2026年（7人）下降。", "万台特种设备死亡人数", "≤8人", False),  # a rate per 10,000
    ("2027年生产安全事故死亡人数较2026年（7人）下降。", "道路交通事故死亡人数", "≤20人", False),  # another count
    ("2027年生产安全事故死亡人数较2026年（7人）上升不超过1人。", "生产安全事故死亡人数", "≤8人", False),  # allowed a rise
    ("2027年生产安全事故死亡人数较2026年（7人）下降。", "生产安全事故死亡人数", "≥8人", False),  # a floor: another slip
    ("2027年火灾起数较2026年（30起）下降，火灾死亡人数控制在3人以内。", "火灾死亡人数", "≤3人", False),
    ("2027年生产安全事故起数较2026年（12起）下降。", "其中：工矿商贸事故起数", "≤13起", False),  # a 其中 line
    # held out, written after the check
    ("2027年道路交通事故死亡人数较2026年（15人）下降10%以上。", "道路交通事故死亡人数", "≤16人", True),
    ("2027年全县火灾起数较上年（2026年42起）有所减少。", "火灾起数", "≤45起", True),
    ("2026年全市生产安全事故死亡12人，力争2027年实现下降。", "死亡人数", "≤15人", True),
    ("2027年食品安全事故较2026年（3起）下降。", "食品安全事故", "≤3起", False),
    ("2027年全县火灾起数较2026年（20起）下降。", "较大火灾起数", "≤25起", False),  # another count
    # a look-alike added after the held-out cases, for the guard it led to (a stated figure of a thing one wants more
    # of is no baseline to fall; told before the guard)
    ("2026年全县培训消防安全员200人，2027年力争火灾起数下降。", "培训消防安全员", "≤300人", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _BASE)
def test_ceiling_above_the_baseline_to_fall(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL038" in _rules(engine, goal, benefits=[(name, value)])) is told


FUND_TABLE = """version: 1
project: {{name: 2027年某县专项工作经费, year: 2027, department: 某县消防救援大队, implementer: 某县消防救援大队}}
funds: {{unit: 元, total: 900000, fiscal: 900000}}
goal: {goal}
indicators:
  成本指标:
    经济成本指标:
      - {{name: "{line}", value: ≤900000元, note: "{note}"}}
  产出指标:
    数量指标:
      - {{name: "{output}", value: "{value}"}}
    质量指标:
      - {{name: 资金使用合规率, value: ＝100%}}
  效益指标:
    社会效益指标:
      - {{name: 服务对象受益情况, value: 持续受益}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


# FUND019 (widened): a line whose words stand in the output's name in another order but a leading qualifier the
# goal ties to the output's thing in one clause (队员个人防护装备更新费 of 为队员更新个人防护装备30套: b423); look-alikes
# it was measured on, cases held out after it
_QUALIFIED = [
    ("为队员更新个人防护装备30套。", "队员个人防护装备更新费", "按30套×每套8000元", "更新个人防护装备", "＝36套", True),
    # look-alikes
    ("为队员更新个人防护装备36套。", "队员个人防护装备更新费", "按36套×每套8000元", "更新个人防护装备", "＝36套", False),
    ("更新个人防护装备36套，其中为新招队员配备6套。", "队员个人防护装备更新费", "按30套×每套8000元", "更新个人防护装备",
     "＝36套", False),  # the goal ties 队员 to no clause of the thing: a part
    ("为女队员更新个人防护装备，全队更新36套。", "女队员个人防护装备更新费", "按6套×每套8000元", "更新个人防护装备", "＝36套",
     False),  # the qualifier's clause counts nothing: its 6套 may be a part of the 36
    ("为教师开展培训。", "教师培训费", "按200人次×每人次300元", "开展培训", "≥300人次", False),  # one word left
    ("为队员更新个人防护装备30套。", "队员个人防护装备更新费", "按30套×每套8000元", "更新个人防护装备", "≥30套", False),
    # held out, written after the change
    # (missed when held out, the words left past 学生 one, 校服: told since s26, the output naming that word alone)
    ("为学生购置校服800套。", "学生校服购置费", "按500套×每套150元", "购置校服", "≥800套", True),
    ("为网格员配发巡查执法记录仪40台。", "网格员执法记录仪购置费", "按30台×每台2000元", "配发巡查执法记录仪", "＝40台", True),
    ("为新招队员配发个人防护装备6套，全队更新36套。", "新招队员个人防护装备费", "按6套×每套8000元", "更新个人防护装备",
     "＝36套", False),  # a part
    ("为队员更新个人防护装备30套。", "队员个人防护装备更新费", "按30套×每套8000元", "更新个人防护装备", "≥28套", False),
    ("为村医更新诊疗设备50台。", "村医诊疗设备更新费", "按40台×每台5000元", "更新诊疗设备", "≥50台", True),
]


@pytest.mark.parametrize(("goal", "line", "note", "output", "value", "told"), _QUALIFIED)
def test_note_count_of_a_qualified_line(engine: Any, goal: str, line: str, note: str, output: str, value: str,
                                         told: bool) -> None:
    text = FUND_TABLE.format(goal="2027年" + goal, line=line, note=note, output=output, value=value)
    rules = {f.rule_id for f in engine.check_source(load_text(text, "s25_audit37_fund.yaml")).findings}
    assert ("FUND019" in rules) is told

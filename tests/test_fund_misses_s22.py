"""Fund and cost misses left by earlier recall audits (round s22): a cost note counting fewer than its output
promises when the two name the same thing in another word order (FUND019: 干部培训 / 培训基层干部, 路灯安装 /
安装路灯), and a timeliness length with no start for work the goal dates (TIME006 length_goal_dated: b271's
安全鉴定完成时间 120天 beside 11月30日前完成…安全鉴定). Each with the look-alikes it was measured on and the cases held
out until the check was tuned."""

from __future__ import annotations

from typing import Any

import pytest

from engine_helpers import cost_note_findings
from ggtlint.load import load_text

def _count_told(engine: Any, name: str, value: str, note: str, outputs: tuple[tuple[str, str], ...]) -> bool:
    found = cost_note_findings(engine, name, value, note, outputs, department="县委组织部")
    return any(f.rule_id == "FUND019" for f in found)


@pytest.mark.parametrize(("name", "value", "note", "outputs", "told"), [
    # the words of the cost line in another order within the output's name
    ("干部培训费", "≤60000元", "200人×300元/人", (("培训基层干部人数", "≥300人"),), True),
    # audit 30's held-out misses, now told
    ("路灯安装费", "≤45万元", "150盏×3000元/盏", (("安装路灯", "≥200盏"),), True),
    ("宣传册印制费", "≤20000元", "5000册×4元/册", (("印制宣传册", "≥8000册"),), True),
    # look-alikes: every word of the line is not in the output, in any order, or the output is another's
    ("村干部培训费", "≤60000元", "200人×300元/人", (("培训村级后备干部", "≥300人"),), False),  # 村干部 is not 村级后备干部
    ("干部培训费", "≤60000元", "200人×300元/人", (("培训基层干部人数", "≥300人"), ("培训机关干部人数", "≥100人")),
     False),  # two outputs fit: not guessed
    ("路灯维修费", "≤45万元", "150盏×3000元/盏", (("安装路灯", "≥200盏"),), False),  # repair is not installing
    ("宣传海报印制费", "≤20000元", "5000份×4元/份", (("印制宣传折页", "≥8000份"),), False),
    ("干部培训费", "≤60000元", "200人×300元/人", (("培训基层干部人数", "≥300人次"),), False),  # 人次, not 人
    ("干部培训费", "≤60000元", "200人×300元/人", (("培训基层干部人数", "≤300人"),), False),  # at most
    ("干部培训费", "≤60000元", "其中首批200人×300元/人", (("培训基层干部人数", "≥300人"),), False),  # a part
    ("路灯安装费", "≤60万元", "200盏×3000元/盏", (("安装路灯", "≥200盏"),), False),  # the same count
    ("路灯安装费", "≤75万元", "250盏×3000元/盏", (("安装路灯", "≥200盏"),), False),  # over a floor
    ("农民培训费", "≤60000元", "200人×300元/人", (("培训农民工", "≥300人"), ("其中：返乡农民工", "≥100人")),
     False),  # the output split into parts
    ("培训费", "≤60000元", "200人×300元/人", (("培训基层干部人数", "≥300人"),), False),  # names no one
    # held out (written after the change, not tuned on)
    ("垃圾桶配置费", "≤60000元", "300个×200元/个", (("配置分类垃圾桶", "≥500个"),), True),
    ("标识牌制作费", "≤40000元", "80块×500元/块", (("制作安装标识牌", "≥100块"),), True),
    ("井盖更换费", "≤50000元", "100个×500元/个", (("更换破损井盖", "≥150个"),), True),
    ("教师培训费", "≤90000元", "300人×300元/人", (("培训中小学教师", "≥300人"),), False),
    ("监控维修费", "≤30000元", "60个×500元/个", (("新装监控点位", "≥100个"),), False),
])
def test_a_note_counting_fewer_than_its_output_in_other_words(engine, name: str, value: str,  # type: ignore[no-untyped-def]
                                                             note: str, outputs: tuple[tuple[str, str], ...],
                                                             told: bool) -> None:
    assert _count_told(engine, name, value, note, outputs) is told


TIMED = """version: 1
project: {{name: 2026年小型水库安全运行管护经费, year: 2026, department: 县水务局, category: 特定目标-专项业务}}
funds: {{unit: 万元, total: 144, fiscal: 144}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""


def _length_told(engine: Any, goal: str, name: str, value: str) -> bool:
    text = TIMED.format(goal=goal, name=name, value=value)
    found = engine.check_source(load_text(text, "fund_misses_s22_time.yaml")).findings
    return any(f.rule_id == "TIME006" and "时长" in f.message_zh for f in found)


_B271 = "2026年对全县36座小型水库实施专业化管护；11月30日前完成6座到期水库安全鉴定，工程验收合格率100%。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # b271: a length where the goal gives the work's date
    (_B271, "安全鉴定完成时间", "120天", True),
    (_B271, "水库安全鉴定完成时间", "≤120天", True),
    # look-alikes: a date, a length from a start, per case, or work the goal gives no date
    (_B271, "安全鉴定完成时间", "2026年11月30日前", False),
    (_B271, "安全鉴定报告出具时间", "鉴定完成后30天内", False),
    (_B271, "单座水库安全鉴定时间", "≤20天", False),
    (_B271, "险情报告时限", "≤1小时", False),
    (_B271, "鉴定意见办理时限", "≤10个工作日", False),
    (_B271, "维修养护完成时间", "60天", False),  # the goal dates no upkeep
    ("2026年完成6座到期水库安全鉴定，工程验收合格率100%。", "安全鉴定完成时间", "120天", False),  # no date given
    ("2026年其中2座水库于6月30日前完成安全鉴定。", "安全鉴定完成时间", "120天", False),  # a part's date
    (_B271, "安全鉴定周期", "≤6年", False),  # how often, not when
    # held out (written after the change, not tuned on)
    ("2026年9月30日前完成全县120座农村危房安全鉴定。", "危房安全鉴定完成时间", "≤90天", True),
    ("10月31日前完成监测站点设备安装调试，站点运行率95%以上。", "设备安装调试完成时间", "60天", True),
    ("8月31日前完成200户农村改厕。", "改厕完成时间", "≤120天", True),
    ("6月30日前完成培训教材印制。", "培训组织完成时间", "≤30天", False),
    ("11月30日前完成水库安全鉴定。", "鉴定结论报送时限", "≤15天", False),
])
def test_a_length_where_the_goal_dates_the_work(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                               told: bool) -> None:
    assert _length_told(engine, goal, name, value) is told

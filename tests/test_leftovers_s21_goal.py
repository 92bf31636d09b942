"""Leftovers of recall audits 29–30 where an indicator contradicts the table's own goal (REL008): a head count in
万 written a thousandth (约4.2万名学生, ≥4200人) or bare (约8万居民, ≥8人), and a floor of the goal (每天不少于2小时)
set as a ceiling (≤2小时); each with look-alikes that must stay quiet and cases held out after tuning."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年教育民生项目, year: 2026, department: 县教育局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    {level2}:
      - {{name: {name}, value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _told(engine: Any, goal: str, name: str, value: str, level2: str = "数量指标") -> bool:
    text = TABLE.format(goal=goal, name=name, value=value, level2=level2)
    return any(f.rule_id == "REL008" for f in engine.check_source(load_text(text, "s21.yaml")).findings)


STUDENTS = "2026年为全县168所学校约4.2万名学生提供营养膳食补助。"
AFTER_SCHOOL = "2026年在42所学校开展课后服务，覆盖有需求的学生约1.4万人，每周5天、每天不少于2小时。"
RESIDENTS = "2026年建成绿道12公里，建成后为沿线约8万居民提供休闲健身空间。"
AID = "2026年按照每生每年1000元的标准，资助家庭经济困难幼儿1500人。"
MEALS = "2026年按每生每天5元、全年260天的标准，为全县168所学校约4.2万名学生提供营养膳食补助。"
TWO_TERMS = "2026年按每生每年2000元的标准资助家庭经济困难学生，春秋两学期各发放1000元。"


@pytest.mark.parametrize(("goal", "name", "value", "level2"), [
    (STUDENTS, "受益学生人数", "≥4200人", "数量指标"),  # b339
    (AFTER_SCHOOL, "参加课后服务学生", "≥1400人", "数量指标"),  # b342
    (RESIDENTS, "沿线受益居民", "≥8人", "数量指标"),  # b219
    (AFTER_SCHOOL, "每天课后服务时长", "≤2小时", "质量指标"),  # b342
    (AID, "资助标准", "按省定标准每生每学期1000元", "成本指标"),  # b336
    (AID, "生均资助标准", "＝1000元/生·学期", "成本指标"),
    (MEALS, "膳食补助标准", "＝4元/生·天", "成本指标"),  # b339: the clause read past 、全年260天的标准
])
def test_told(engine: Any, goal: str, name: str, value: str, level2: str) -> None:
    assert _told(engine, goal, name, value, level2)


# look-alikes written before tuning: none may be told
@pytest.mark.parametrize(("goal", "name", "value", "level2"), [
    (STUDENTS, "受益学生人数", "≥4.2万人", "数量指标"),  # agrees
    (STUDENTS, "培训教师人数", "≥4200人", "数量指标"),  # another group
    (STUDENTS, "家庭经济困难学生人数", "≥4200人", "数量指标"),  # a part the goal does not name
    (STUDENTS, "受益学生人数", "≥42000人", "数量指标"),  # the same, written out
    (STUDENTS, "配备学生营养餐具", "≥4200套", "数量指标"),  # not people
    (STUDENTS, "生均补助标准", "≤4200元", "数量指标"),  # money
    (AFTER_SCHOOL, "参加课后服务学生", "≥1.4万人", "数量指标"),
    (AFTER_SCHOOL, "每天课后服务时长", "≥2小时", "质量指标"),  # the same direction
    (AFTER_SCHOOL, "单次服务时长", "≤3小时", "质量指标"),  # another thing, another figure
    (AFTER_SCHOOL, "单次托管服务时长", "≤2小时", "质量指标"),  # not named 每天
    (AFTER_SCHOOL, "每天课后服务时长", "≤3小时", "质量指标"),  # another figure
    (RESIDENTS, "沿线受益居民", "≥8万人", "数量指标"),
    (RESIDENTS, "绿道建设长度", "≥12公里", "数量指标"),
    (AID, "资助标准", "按省定标准每生每学期500元", "成本指标"),  # the same year's pay
    (AID, "生均资助标准", "＝500元/生·学期", "成本指标"),
    (AID, "生均资助标准", "＝1000元/生·年", "成本指标"),  # agrees
    (AID, "教师培训补助标准", "＝1000元/人·学期", "成本指标"),  # another payment
    (TWO_TERMS, "春季学期资助标准", "＝1000元/生·学期", "成本指标"),  # one term of 2000元
    (MEALS, "膳食补助标准", "＝5元/生·天", "成本指标"),  # agrees
    (MEALS, "教师午餐补助标准", "＝4元/人·天", "成本指标"),  # another payment
    ("2026年按每生每天5元、每生每天6元两档标准，为学生提供营养膳食补助。", "膳食补助标准", "＝6元/生·天", "成本指标"),
])
def test_look_alikes_quiet(engine: Any, goal: str, name: str, value: str, level2: str) -> None:
    assert not _told(engine, goal, name, value, level2)


# held out: written after the checks were tuned, run once, not tuned on; what they gave is pinned as found
HEALTH = "2026年为全镇约2.6万名群众开展免费健康体检。"
FARMERS = "2026年推广测土配方施肥，惠及约3万户农户。"
PATROL = "2026年对全县河道开展巡查，每月不少于4次，发现问题及时整改。"


@pytest.mark.parametrize(("goal", "name", "value", "level2", "told"), [
    (HEALTH, "体检群众人数", "≥2600人", "数量指标", True),
    (FARMERS, "受益农户", "≥3户", "数量指标", True),
    # missed: a frequency (≤4次 under 每月) is not read as the goal's floor's unit
    (PATROL, "每月河道巡查次数", "≤4次", "数量指标", False),
    (HEALTH, "培训村医人数", "≥2600人", "数量指标", False),
    # was a false positive (another thing done each day shares the floor's 每天); quiet since the name's other words
    # must be in the floor's sentence (tests/test_slips_s22.py)
    (AFTER_SCHOOL, "每天户外活动时间", "≤2小时", "质量指标", False),
])
def test_held_out(engine: Any, goal: str, name: str, value: str, level2: str, told: bool) -> None:
    assert _told(engine, goal, name, value, level2) is told


# held out for a term's standard given the year's amount, written after it was tuned, pinned as found
GRANT = "2026年按每生每年1500元的标准发放国家助学金，资助学生800人。"
BOARDING = "2026年按每生每年800元标准为寄宿生发放生活补助。"
LEVELS = "2026年按小学每生每年1000元、初中每生每年1250元的标准发放寄宿生生活费补助。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (GRANT, "国家助学金标准", "＝1500元/生·学期", True),
    # missed: the value read otherwise than as a policy's words or an amount per 生·学期
    (BOARDING, "寄宿生生活补助标准", "每生每学期800元", False),
    (GRANT, "生均公用经费", "＝1500元/生·学期", False),
    (GRANT, "学费减免标准", "＝750元/生·学期", False),
    (LEVELS, "初中寄宿生补助标准", "＝625元/生·学期", False),
])
def test_term_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _told(engine, goal, name, value, "成本指标") is told


def _cadence_told(engine: Any, goal: str, name: str, value: str, level2: str = "数量指标") -> bool:
    text = TABLE.format(goal=goal, name=name, value=value, level2=level2)
    return any(f.rule_id == "REL018" for f in engine.check_source(load_text(text, "s21.yaml")).findings)


SCREENING = "2026年对全县3.6万名在校学生开展视力筛查，每学期筛查1次，建档率达到95%以上。"
TERM_PAY = "2026年按每生每学期500元标准资助家庭经济困难学生，每学期发放1次。"
VECTORS = "2026年4月至11月每旬开展1次伊蚊监测，每季度开展1次鼠密度监测。"


def test_cadence_told(engine: Any) -> None:  # b343: REL018, a term's cadence against once a year
    assert _cadence_told(engine, SCREENING, "视力筛查频次", "每年1次")


@pytest.mark.parametrize(("goal", "name", "value", "level2"), [
    (SCREENING, "视力筛查频次", "每年2次", "数量指标"),  # two terms' rounds
    (SCREENING, "视力筛查频次", "每学期1次", "数量指标"),
    (SCREENING, "近视防控宣传频次", "每年1次", "数量指标"),  # other work
    (TERM_PAY, "春季学期资助资金发放时间", "2026年6月30日前", "时效指标"),
    (TERM_PAY, "秋季学期资助资金发放时间", "2026年12月31日前", "时效指标"),  # a term's date, not the year's
    (TERM_PAY, "资助资金发放时间", "2026年12月31日前", "时效指标"),
    ("2026年按每生每学期500元标准资助家庭经济困难学生。", "资助资金发放频次", "每年1次", "数量指标"),  # a standard
    (VECTORS, "伊蚊监测频次", "每月3次", "数量指标"),  # 每旬's, not the next clause's quarter
    ("2026年为学生建立屈光档案，每学期更新1次。", "视力筛查频次", "每年1次", "数量指标"),
    ("2026年每月巡查校园周边1次，每学期通报1次巡查结果。", "校园周边巡查频次", "每月1次", "数量指标"),
])
def test_cadence_look_alikes_quiet(engine: Any, goal: str, name: str, value: str, level2: str) -> None:
    assert not _cadence_told(engine, goal, name, value, level2)


# held out for the term's cadence and the clause before a cadence, written after tuning, pinned as found
@pytest.mark.parametrize(("goal", "name", "value", "level2", "told"), [
    ("2026年对辖区饮用水源开展水质监测，每季度监测1次。", "水质监测频次", "每年1次", "数量指标", True),
    ("2026年为在校学生开展口腔检查，每学期检查1次。", "学生口腔检查频次", "每年1次", "数量指标", True),
    ("2026年开展食堂食品安全检查，每学期检查2次。", "食堂检查频次", "每季度1次", "数量指标", False),  # 4 a year both
    ("2026年开展视力筛查，每学期筛查1次；开展近视防控宣传，每月1次。", "近视防控宣传活动", "每年1次", "数量指标", False),
    ("2026年每学期开学初发放教材，确保课前到书。", "教材发放时间", "2026年12月31日前", "时效指标", False),
])
def test_cadence_held_out(engine: Any, goal: str, name: str, value: str, level2: str, told: bool) -> None:
    assert _cadence_told(engine, goal, name, value, level2) is told


# held out for a standard's clause read past its listed terms, written after tuning, pinned as found
CARE = "2026年按每人每月300元、每年12个月的标准，为全县残疾人发放护理补贴。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2026年按每生每年1500元、全年10个月的标准，为全县寄宿生发放生活补助。", "寄宿生生活补助标准", "＝1200元/生·年", True),
    (CARE, "护理补贴标准", "＝200元/人·月", True),
    (CARE, "生活补贴标准", "＝200元/人·月", False),
    ("2026年按每生每天4元、全年200天的标准，为学生提供营养膳食补助。", "膳食补助标准", "＝800元/生·年", False),
    (MEALS, "学生营养餐补助标准", "＝1300元/生·年", False),
])
def test_listed_terms_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _told(engine, goal, name, value, "成本指标") is told


def _quoted(engine: Any, goal: str, name: str, value: str, level2: str = "数量指标") -> list[str]:
    text = TABLE.format(goal=goal, name=name, value=value, level2=level2)
    return [f.message_zh for f in engine.check_source(load_text(text, "s21.yaml")).findings if f.rule_id == "REL008"]


@pytest.mark.parametrize(("goal", "name", "value", "words"), [
    (STUDENTS, "受益学生人数", "≥4200人", "“约4.2万名学生”"),
    ("2026年（2021年框架）为约2.4万名学生提供营养膳食补助。", "受益学生人数", "≥2400人", "“约2.4万名学生”"),
    (RESIDENTS, "沿线受益居民", "≥8人", "“约8万居民”"),
    (AFTER_SCHOOL, "参加课后服务学生", "≥1400人", "“覆盖有需求的学生约1.4万人”"),  # the people before: the clause
])
def test_head_count_quotes_its_own_words(engine: Any, goal: str, name: str, value: str, words: str) -> None:
    # the people the figure counts, not the clause before it (2026年（2021年框架）为约2.4万名)
    messages = _quoted(engine, goal, name, value)
    assert len(messages) == 1 and words in messages[0]


@pytest.mark.parametrize(("goal", "name", "value", "words"), [
    (GRANT, "国家助学金标准", "＝1500元/生·学期", "“每生每年1500元”"),  # not 2026年按每生每年1500元
    (AID, "资助标准", "按省定标准每生每学期1000元", "“每生每年1000元”"),  # not 2026年按照…
    ("2026年按每人次200元标准开展职业卫生培训。", "职业卫生培训补助标准", "＝300元/人·次", "“每人次200元”"),
    (LEVELS, "初中寄宿生补助标准", "＝1500元/生·年", "“初中每生每年1250元”"),  # a listed item: its kind
])
def test_standard_quotes_its_own_words(engine: Any, goal: str, name: str, value: str, words: str) -> None:
    # the standard without the year and 按 before it, which the goal's opening preposition carries
    messages = _quoted(engine, goal, name, value, "成本指标")
    assert len(messages) == 1 and words in messages[0]


def test_floor_reversed_message(engine: Any) -> None:
    # a ceiling met below the floor misses the goal; met at the figure itself it does not (not 恰好不满足)
    messages = _quoted(engine, AFTER_SCHOOL, "每天课后服务时长", "≤2小时", "质量指标")
    assert len(messages) == 1 and "“每天不少于2小时”（下限）" in messages[0] and "也可能达不到" in messages[0]


@pytest.mark.parametrize(("goal", "name", "value"), [
    ("2026年开展健康义诊，服务群众3万人次。", "服务群众人数", "≥3000人"),  # visits, not heads
    ("2026年开展健康义诊，服务群众3万人次。", "服务群众", "≥3人"),
    ("2026年走访慰问困难群众1万户次。", "走访困难群众户数", "≥1000户"),
])
def test_visits_in_ten_thousand_are_no_head_count(engine: Any, goal: str, name: str, value: str) -> None:
    # (found in review: 3万人次 had been read as 3万人, and quoted so)
    assert not _told(engine, goal, name, value)

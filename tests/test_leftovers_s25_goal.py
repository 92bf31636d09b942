"""Round s25: the goal-side leftovers of s24, each told or kept quiet now, beside the look-alikes that must keep
their answer (the false-positive probe) and cases held out, written after the change: REL026 a registry's count
of the new cases it takes in (恶性肿瘤新发病例数 ≥1200例), REL008 coverage_short pairing two groups on a shared head
word (糖尿病患者 for the whole's 高血压患者), REL008 unit_slip a size across in 厘米 given in 毫米 by the indicator
naming the same size (路面厚度不低于18厘米, 路面厚度 ≥18毫米), REL008's rest of a whole done only later
(其余已确定于2028年完成: not done), and SAT005 the parents named first with 其 (家长及其0-6岁儿童满意度)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_recall_leftovers_s24 import COVER, HEALTH, ROAD, _lines
from test_reread_s24_A import _rules as _reread_rules
from test_second_opinion_s23a import SATISFIED

Row = tuple[str, str]


def _rules(engine: Any, text: str) -> set[str]:
    """The rule ids the built-in pack tells on a table written as YAML text."""
    return {f.rule_id for f in engine.check_source(load_text(text, "leftovers_s25_goal.yaml")).findings}


# ---------------------------------------------------------------- 1. REL026: a floor on new cases is an intake
_REGISTRY = ("2026年某县肿瘤登记随访项目", "2026年开展全县肿瘤登记报告和随访。")
_HPV = ("2026年某县适龄女孩HPV疫苗接种项目", "2026年为13周岁女孩免费接种HPV疫苗3000人。")
_HBV = ("2026年某县新生儿乙肝疫苗接种项目", "2026年为新生儿接种乙肝疫苗2800人。")
# (project and goal, name, value, told)
INCIDENCE = [
    (_REGISTRY, "恶性肿瘤新发病例数", "≥1200例", False),  # the s24 leftover (told wrongly)
    (_REGISTRY, "癌症新发病例数", "不少于800例", False),
    (_REGISTRY, "全县恶性肿瘤新发病例数", ">1000例", False),
    # look-alikes that stay told: the incidence to lower, a ceiling, a level, a fall, a fall counted in cases
    (_HPV, "全县宫颈癌新发病例数", "较上年减少≥10%", True),
    (_HBV, "全县肝癌新发病例数", "≤120例", True),
    (_HPV, "宫颈癌发病人数", "较上年下降", True),
    (_HPV, "全县宫颈癌新发病例数", "＝120例", True),
    (_HPV, "全县宫颈癌新发病例数", "较上年减少≥20例", True),
    (_HPV, "宫颈癌新发病例数", "<100例", True),
    (_HPV, "宫颈癌发病率", "≥0.5‱", True),  # a rate: the floor rule is the count's alone
    # look-alikes that stay quiet
    (_REGISTRY, "恶性肿瘤新发病例报告及时率", "≥95%", False),
    (_REGISTRY, "恶性肿瘤新发病例登记数", "≥1200例", False),
]


@pytest.mark.parametrize(("project", "name", "value", "told"), INCIDENCE)
def test_a_floor_on_new_cases_is_an_intake(engine: Any, project: tuple[str, str], name: str, value: str,
                                          told: bool) -> None:
    text = HEALTH.format(project=project[0], goal=project[1], level2="社会效益指标", name=name, value=value)
    assert ("REL026" in _rules(engine, text)) is told


# ---------------------------------------------------------------- 2. REL008 coverage_short: another group
_HYPERTENSION = "2026年全县共有高血压患者2.1万人，为其中1.5万人提供规范管理。"
_LEFT_BEHIND = "2026年全县共有农村留守儿童3000人，为其中1000人开展关爱服务。"
_MENTAL = "2026年全县共有严重精神障碍患者1500人，全年开展随访服务1200人。"
# (goal, counts, rates, told)
GROUPS = [
    (_HYPERTENSION, [("糖尿病患者规范管理服务", "≥15000人")], [("高血压患者规范管理覆盖率", "＝100%")], False),  # s24
    (_LEFT_BEHIND, [("困境儿童关爱服务", "≥1000人")], [("农村留守儿童关爱服务覆盖率", "＝100%")], False),
    ("2026年全县共有失能老人2400人，为其中800人提供上门护理。", [("高龄老人上门护理", "≥800人")],
     [("失能老人上门护理覆盖率", "＝100%")], False),
    # look-alikes that stay told: the group's own count, a deed before the head, the group named in short
    (_HYPERTENSION, [("高血压患者规范管理服务", "≥15000人")], [("高血压患者规范管理覆盖率", "＝100%")], True),
    (_LEFT_BEHIND, [("留守儿童关爱服务", "≥1000人")], [("农村留守儿童关爱服务覆盖率", "＝100%")], True),
    (_MENTAL, [("随访管理患者", "≥1200人")], [("严重精神障碍患者随访管理覆盖率", "＝100%")], True),
    ("2026年全县共有0-6岁儿童1.8万人，为其中9000人开展眼保健检查。", [("眼保健检查儿童", "≥9000人")],
     [("0-6岁儿童眼保健检查覆盖率", "＝100%")], True),
    # the larger group the whole is part of, named after a part's words (b244): its count still, short of the whole
    ("2026年帮助农村劳动力转移就业8000人（其中脱贫人口3000人以上，全县有劳动能力脱贫人口3800人）。",
     [("其中帮助脱贫人口就业人数", "≥3000人")], [("有劳动能力脱贫人口就业帮扶覆盖率", "＝100%")], True),
    # look-alikes that stay quiet: the whole reached, another group's count beside the group's own reaching it
    (_HYPERTENSION, [("高血压患者规范管理服务", "≥21000人")], [("高血压患者规范管理覆盖率", "＝100%")], False),
    (_HYPERTENSION, [("高血压患者规范管理服务", "≥21000人"), ("糖尿病患者规范管理服务", "≥15000人")],
     [("高血压患者规范管理覆盖率", "＝100%")], False),
]


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), GROUPS)
def test_another_group_is_no_count_of_the_whole(engine: Any, goal: str, counts: list[Row], rates: list[Row],
                                                told: bool) -> None:
    text = COVER.format(goal=goal, counts=_lines(counts), rates=_lines(rates))
    assert ("REL008" in _rules(engine, text)) is told


# ---------------------------------------------------------------- 3. REL008 unit_slip: a size across, ten times off
_SLAB = "2026年新建通组公路12公里，水泥混凝土路面厚度不低于18厘米。"
_COVERING = "2026年改造城区道路3公里，钢筋保护层厚度不小于25毫米。"
# (goal, quality rows, told)
ACROSS = [
    (_SLAB, [("水泥混凝土路面厚度", "≥18毫米")], True),  # the s24 re-reader's case
    (_COVERING, [("钢筋保护层厚度", "≥25厘米")], True),
    ("2026年新建人行道2公里，透水砖铺装厚度不低于6厘米。", [("透水砖铺装厚度", "≥6毫米")], True),
    # look-alikes that stay quiet: the same size, another size across, another thing's size, a length
    (_SLAB, [("水泥混凝土路面厚度", "≥18厘米")], False),
    (_SLAB, [("水泥混凝土路面厚度", "≥180毫米")], False),
    (_SLAB, [("水泥混凝土路面宽度", "≥18毫米")], False),
    ("2026年新建通组公路12公里，路面宽度6米，路面厚度不低于20厘米。", [("路面厚度", "≥6厘米")], False),
    ("2026年新建通组公路12公里，路基宽度不低于5米，路面厚度不低于20厘米。", [("路基宽度", "≥20厘米")], False),
    ("2026年铺设管径300毫米的供水管道。", [("供水管道长度", "≥300米")], False),
    ("2026年新建排水沟，沟深50厘米。", [("新建排水沟长度", "≥50米")], False),
]


def _unit_slipped(engine: Any, text: str) -> bool:
    """Whether REL008 tells the same figure in a unit ten or more times apart (its unit_slip message); a floor
    asked lower (路面厚度 ≥6厘米 of 不低于20厘米) is its ``differs`` notice, not counted here."""
    return any(f.rule_id == "REL008" and "单位相差" in f.message_zh
               for f in engine.check_source(load_text(text, "leftovers_s25_goal.yaml")).findings)


@pytest.mark.parametrize(("goal", "quality", "told"), ACROSS)
def test_a_size_across_in_another_unit(engine: Any, goal: str, quality: list[Row], told: bool) -> None:
    assert _unit_slipped(engine, ROAD.format(goal=goal, quality=_lines(quality))) is told


# ---------------------------------------------------------------- 4. REL008: the rest done only later is not done
_CLINICS = "全县共有村卫生室60个，2027年为其中40个更新设备（{rest}）。"  # (a 2027 table)
# (rest, told)
REST = [
    ("其余已确定于2028年完成", True),  # the re-reader's find: a later completion counted as done
    ("其余已完成招标将于2028年完成更新", True),
    ("其余已部署2028年底前完成", True),
    ("其余将于2028年完成", True),
    ("其余计划2028年完成", True),
    # look-alikes that stay quiet: done before, done this year, done with no year
    ("其余已于2026年完成", False),
    ("其余20个已于2025年更新完成", False),
    ("其余已于2027年上半年完成", False),
    ("其余已在上年完成", False),
    ("其余已全部完成", False),
]


@pytest.mark.parametrize(("rest", "told"), REST)
def test_the_rest_done_later_is_not_done(engine: Any, rest: str, told: bool) -> None:
    rules = _reread_rules(engine, _CLINICS.format(rest=rest), counts=[("更新设备村卫生室", "≥40个")],
                          quality=[("村卫生室设备配备覆盖率", "＝100%")])
    assert ("REL008" in rules) is told


# ---------------------------------------------------------------- 5. SAT005: the parents named first, with 其
# (name, note, told)
CARERS = [
    ("家长及其0-6岁儿童满意度", "", False),  # the s24 leftover
    ("监护人及其婴幼儿满意度", "", False),
    ("家属与其失智老人满意度", "", False),
    # look-alikes that stay told: no one named who answers, someone else named first
    ("0-6岁儿童满意度", "", True),
    ("教师及其0-6岁儿童满意度", "", True),
    ("新生儿满意度", "", True),
    ("其0-6岁儿童满意度", "", True),
    # look-alikes that stay quiet
    ("家长及0～6岁儿童满意度", "", False),
    ("0-6岁儿童及其家长满意度", "", False),
    ("家长及其子女满意度", "", False),
]


@pytest.mark.parametrize(("name", "note", "told"), CARERS)
def test_the_parents_named_first_with_their_children(engine: Any, name: str, note: str, told: bool) -> None:
    assert ("SAT005" in _rules(engine, SATISFIED.format(name=name, note=note))) is told


# ---------------------------------------------------------------- held out: written after the five changes, run once
HELD_INCIDENCE = [
    (("2026年某县肿瘤医院诊疗能力提升项目", "2026年提升县肿瘤医院诊疗能力。"), "肺癌新发病例数", "≥300例", False),
    (("2026年某县胃癌早诊早治项目", "2026年开展胃镜筛查2000人。"), "全县胃癌新发病例数", "较上年下降5%", True),
    (("2026年某县肝癌防治项目", "2026年为乙肝感染者提供抗病毒治疗800人。"), "全县肝癌新发病人数", "≤90人", True),
    (_REGISTRY, "乳腺癌新发病例数", "不低于200例", False),
    (_HPV, "宫颈癌新发病例数", "低于上年", True),
]
HELD_GROUPS = [
    ("2026年全县共有脑卒中患者3200人，为其中2000人开展康复指导。", [("冠心病患者康复指导", "≥2000人")],
     [("脑卒中患者康复指导覆盖率", "＝100%")], False),
    ("2026年全县共有困境儿童860人，为其中500人开展心理辅导。", [("困境儿童心理辅导", "≥500人")],
     [("困境儿童心理辅导覆盖率", "＝100%")], True),
    ("2026年全县共有肺结核患者280人，全年开展督导服药200人。", [("督导服药患者", "≥200人")],
     [("肺结核患者督导服药覆盖率", "＝100%")], True),
    ("2026年全县共有空巢老人5000人，为其中3000人提供探访服务。", [("独居老人探访服务", "≥3000人")],
     [("空巢老人探访服务覆盖率", "＝100%")], False),
    ("2026年全县共有计划生育特殊家庭老人600人，为其中400人开展家庭医生签约。", [("签约服务老人", "≥400人")],
     [("计划生育特殊家庭老人家庭医生签约覆盖率", "＝100%")], True),
]
HELD_ACROSS = [
    ("2026年新建村组道路8公里，路面厚度不低于20厘米。", [("路面厚度", "≥20毫米")], True),
    ("2026年改造排水管网5公里，管道壁厚不小于8毫米。", [("管道壁厚", "≥8厘米")], True),
    ("2026年新建村组道路8公里，路面宽度不低于4.5米。", [("路面宽度", "≥4.5厘米")], True),
    ("2026年新建村组道路8公里，路面厚度不低于20厘米。", [("路基宽度", "≥20米")], False),
    ("2026年新建排水沟3公里，沟深不低于60厘米。", [("排水沟长度", "≥60米")], False),
]
HELD_REST = [
    ("其余已明确于2029年前完成", True),
    ("其余已于今年上半年完成", False),
    ("其余已争取2028年完成", True),
    ("剩余20个已于2026年底配齐", False),
    ("其余已启动后续将于2028年完成", True),
]
HELD_CARERS = [
    ("监护人与其新生儿满意度", "", False),
    ("家属及其痴呆老人满意度", "", False),
    ("医生及其0-6岁儿童满意度", "", True),
    ("家长和其幼儿满意度", "", False),
    ("5岁以下儿童满意度", "", True),
]
HELD_WRONG: dict[str, str] = {}


@pytest.mark.parametrize(("project", "name", "value", "told"), HELD_INCIDENCE)
def test_held_incidence(engine: Any, project: tuple[str, str], name: str, value: str, told: bool) -> None:
    text = HEALTH.format(project=project[0], goal=project[1], level2="社会效益指标", name=name, value=value)
    fired = "REL026" in _rules(engine, text)
    assert (fired is told) is (f"REL026:{name}" not in HELD_WRONG)


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), HELD_GROUPS)
def test_held_groups(engine: Any, goal: str, counts: list[Row], rates: list[Row], told: bool) -> None:
    fired = "REL008" in _rules(engine, COVER.format(goal=goal, counts=_lines(counts), rates=_lines(rates)))
    assert (fired is told) is (f"REL008:{counts[0][0]}" not in HELD_WRONG)


@pytest.mark.parametrize(("goal", "quality", "told"), HELD_ACROSS)
def test_held_across(engine: Any, goal: str, quality: list[Row], told: bool) -> None:
    fired = _unit_slipped(engine, ROAD.format(goal=goal, quality=_lines(quality)))
    assert (fired is told) is (f"REL008:{goal}:{quality[0][0]}" not in HELD_WRONG)


@pytest.mark.parametrize(("rest", "told"), HELD_REST)
def test_held_rest(engine: Any, rest: str, told: bool) -> None:
    fired = "REL008" in _reread_rules(engine, _CLINICS.format(rest=rest), counts=[("更新设备村卫生室", "≥40个")],
                                      quality=[("村卫生室设备配备覆盖率", "＝100%")])
    assert (fired is told) is (f"REL008:{rest}" not in HELD_WRONG)


@pytest.mark.parametrize(("name", "note", "told"), HELD_CARERS)
def test_held_carers(engine: Any, name: str, note: str, told: bool) -> None:
    fired = "SAT005" in _rules(engine, SATISFIED.format(name=name, note=note))
    assert (fired is told) is (f"SAT005:{name}" not in HELD_WRONG)

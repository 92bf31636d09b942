"""Round s25, the goal side's second leftovers, each told or kept quiet now, beside the look-alikes that must keep
their answer (the false-positive probe) and cases held out, written after the change: REL008 unit_slip naming the
goal's words with a qualifier put between them (补贴耕地面积 ≥35200亩 for 补贴面积52.8万亩（35200公顷）: b413), REL008
coverage_short pairing two groups on a shared head longer than two characters (农村低保对象 for the whole's 城镇低保
对象), SAT005 the parents named first before an age span of infants (家长及0-3岁婴幼儿满意度), and REL002 a sickbed
line and the beds it buys (医疗设备及病床购置费, 新增住院床位)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_recall_leftovers_s24 import COVER, _lines
from test_second_opinion_s23a import SATISFIED

Row = tuple[str, str]


def _findings(engine: Any, text: str) -> list[Any]:
    return list(engine.check_source(load_text(text, "leftovers_s25_goal2.yaml")).findings)


def _rules(engine: Any, text: str) -> set[str]:
    """The rule ids the built-in pack tells on a table written as YAML text."""
    return {f.rule_id for f in _findings(engine, text)}


# ---------------------------------------------------------------- 1. REL008 unit_slip: a qualifier between the words
AREA = """version: 1
project: {{name: 2026年某县农业补贴项目, year: 2026, department: 某县农业农村局}}
funds: {{unit: 万元, total: 500, fiscal: 500}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
      - {{name: 资金使用合规率, value: ＝100%}}
  效益指标:
    社会效益指标:
      - {{name: 农民种粮积极性, value: 有效提高}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 补贴对象满意度, value: ≥90%}}
"""
_SUBSIDY = "2026年发放耕地地力保护补贴，补贴面积52.8万亩（35200公顷），补贴农户8.6万户。"
_ROADS = "2026年新建道路长度86公里，惠及沿线群众。"


def _unit_slipped(engine: Any, goal: str, counts: list[Row]) -> bool:
    """Whether REL008 tells a goal figure given in a unit ten or more times apart (its unit_slip message)."""
    return any(f.rule_id == "REL008" and "单位相差" in f.message_zh
               for f in _findings(engine, AREA.format(goal=goal, counts=_lines(counts))))


# (goal, counts, told)
INSERTED = [
    (_SUBSIDY, [("补贴耕地面积", "≥35200亩")], True),  # b413
    ("2026年完成造林面积1.2万亩（800公顷）。", [("造林绿化面积", "≥800亩")], True),
    (_ROADS, [("新建乡村道路长度", "≥86米")], True),
    # look-alikes that stay quiet: the goal's unit, the words split otherwise, another thing, a per-unit figure,
    # a size across, the words in another order, only one of them named
    (_SUBSIDY, [("补贴耕地面积", "≥35200公顷")], False),
    (_SUBSIDY, [("补贴耕地面积", "≥52.8万亩")], False),
    (_SUBSIDY, [("耕地撂荒面积", "≤35200亩")], False),
    (_SUBSIDY, [("亩均补贴面积", "≥35200亩")], False),
    (_SUBSIDY, [("面积补贴耕地", "≥35200亩")], False),
    (_SUBSIDY, [("补贴农户耕地", "≥35200亩")], False),
    (_SUBSIDY, [("退耕还林面积", "≥35200亩")], False),
    (_ROADS, [("新建道路宽度", "≥86米")], False),
    (_ROADS, [("新建道路单段长度", "≥86米")], False),
    (_SUBSIDY, [("补贴设施农用地面积", "≥35200亩")], False),  # (five between: another land)
    (_ROADS, [("新建道路长度", "≥86公里")], False),
]


@pytest.mark.parametrize(("goal", "counts", "told"), INSERTED)
def test_the_goals_words_with_a_qualifier_between(engine: Any, goal: str, counts: list[Row], told: bool) -> None:
    assert _unit_slipped(engine, goal, counts) is told


# ---------------------------------------------------------------- 2. REL008 coverage_short: another group, longer head
_TOWN = "2026年全县共有城镇低保对象2000人，为其中1200人开展入户核查。"
_RURAL = "2026年全县共有农村留守老人3000人，为其中1500人提供关爱服务。"
# (goal, counts, rates, told)
GROUPS = [
    (_TOWN, [("农村低保对象入户核查", "≥1200人")], [("城镇低保对象入户核查覆盖率", "＝100%")], False),
    (_RURAL, [("城镇留守老人关爱服务", "≥1500人")], [("农村留守老人关爱服务覆盖率", "＝100%")], False),
    ("2026年全县共有农村适龄妇女3.2万人，为其中1.5万人开展两癌筛查。", [("城镇适龄妇女两癌筛查", "≥15000人")],
     [("农村适龄妇女两癌筛查覆盖率", "＝100%")], False),
    # look-alikes that stay told: the group's own count, in short, with its place, a deed before the head
    (_TOWN, [("城镇低保对象入户核查", "≥1200人")], [("城镇低保对象入户核查覆盖率", "＝100%")], True),
    (_TOWN, [("低保对象入户核查", "≥1200人")], [("城镇低保对象入户核查覆盖率", "＝100%")], True),
    (_TOWN, [("入户核查低保对象", "≥1200人")], [("城镇低保对象入户核查覆盖率", "＝100%")], True),
    (_TOWN, [("全县低保对象入户核查", "≥1200人")], [("城镇低保对象入户核查覆盖率", "＝100%")], True),
    (_RURAL, [("留守老人关爱服务", "≥1500人")], [("农村留守老人关爱服务覆盖率", "＝100%")], True),
    (_RURAL, [("农村留守老人关爱服务", "≥1500人")], [("农村留守老人关爱服务覆盖率", "＝100%")], True),
    (_RURAL, [("关爱服务留守老人", "≥1500人")], [("农村留守老人关爱服务覆盖率", "＝100%")], True),
    # look-alikes that stay quiet: the whole reached
    (_TOWN, [("城镇低保对象入户核查", "≥2000人")], [("城镇低保对象入户核查覆盖率", "＝100%")], False),
]


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), GROUPS)
def test_another_group_on_a_longer_head(engine: Any, goal: str, counts: list[Row], rates: list[Row],
                                        told: bool) -> None:
    text = COVER.format(goal=goal, counts=_lines(counts), rates=_lines(rates))
    assert ("REL008" in _rules(engine, text)) is told


# ---------------------------------------------------------------- 3. SAT005: the parents before an age span of infants
# (name, told)
INFANTS = [
    ("家长及0-3岁婴幼儿满意度", False),
    ("家长及其3岁以下婴幼儿满意度", False),
    ("监护人及0～3周岁婴幼儿满意度", False),
    # look-alikes that stay told: no one named who answers, someone else named first
    ("0-3岁婴幼儿满意度", True),
    ("3岁以下婴幼儿满意度", True),
    ("婴幼儿满意度", True),
    ("教师及0-3岁婴幼儿满意度", True),
    ("托育机构0-3岁婴幼儿满意度", True),
    ("其3岁以下婴幼儿满意度", True),
    ("家长及0-3岁婴幼儿照护服务机构满意度", False),  # (the institution's: 满意 not right after the group)
    # look-alikes that stay quiet: the parents after, the parents' own
    ("0-3岁婴幼儿家长满意度", False),
    ("3岁以下婴幼儿及其家长满意度", False),
]


@pytest.mark.parametrize(("name", "told"), INFANTS)
def test_the_parents_named_before_an_age_span(engine: Any, name: str, told: bool) -> None:
    assert ("SAT005" in _rules(engine, SATISFIED.format(name=name, note=""))) is told


# ---------------------------------------------------------------- 4. REL002: a sickbed line and the beds it buys
HOSPITAL = """version: 1
project: {{name: 2026年某县人民医院能力提升项目, year: 2026, department: 某县卫生健康局}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: 2026年提升县人民医院住院服务能力。
indicators:
  产出指标:
    数量指标:
      - {{name: 购置医疗设备, value: ≥20台}}
{counts}
      - {{name: 改造病房面积, value: ≥1200平方米}}
    成本指标:
      - {{name: 医疗设备及病床购置费, value: ≤600万元}}
      - {{name: 病房改造工程费, value: ≤300万元}}
  效益指标:
    社会效益指标:
      - {{name: 住院服务能力, value: 明显提升}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 住院患者满意度, value: ≥90%}}
"""


def _unpaid(engine: Any, count: Row) -> bool:
    """Whether REL002 finds no cost line for the quantity."""
    text = HOSPITAL.format(counts=_lines([count]))
    return any(f.rule_id == "REL002" and f"“{count[0]}”" in f.message_zh for f in _findings(engine, text))


# (quantity, told: no cost line pays for it)
BEDS = [
    (("新增住院床位", "≥50张"), False),  # the leftover
    (("新增病床", "≥50张"), False),
    (("更新住院病床", "≥50张"), False),
    # look-alikes that stay told: what no line buys, even beside a bed
    (("床位周转次数", "≥30次"), True),
    (("出院患者床位随访", "≥800人次"), True),
    (("开展床旁检查", "≥500人次"), True),
    (("培训医护人员", "≥60人"), True),
    (("新增家庭病床", "≥50张"), False),  # (a sickbed still: 病床 shared)
]


@pytest.mark.parametrize(("count", "told"), BEDS)
def test_a_sickbed_line_buys_the_beds(engine: Any, count: Row, told: bool) -> None:
    assert _unpaid(engine, count) is told


# ---------------------------------------------------------------- held out: written after the four changes, run once
HELD_INSERTED = [
    ("2026年完成林地补植面积600亩（40公顷）。", [("补植苗木面积", "≥40亩")], True),
    ("2026年完成退化草原改良面积3万亩（2000公顷）。", [("退化天然草原改良面积", "≥2000亩")], True),
    ("2026年完成林地补植面积600亩（40公顷）。", [("补植苗木面积", "≥40公顷")], False),
    (_SUBSIDY, [("补贴其他作物种植面积", "≥35200亩")], False),
    # (written expecting quiet; told before the change as well, sharing 补植面积: the goal's 40公顷 in 亩, a true slip)
    ("2026年完成林地补植面积600亩（40公顷）。", [("苗木补植面积", "≥40亩")], True),
]
HELD_GROUPS = [
    ("2026年全县共有农村特困人员900人，为其中600人提供集中供养。", [("城市特困人员集中供养", "≥600人")],
     [("农村特困人员集中供养覆盖率", "＝100%")], False),
    ("2026年全县共有城乡低保对象5000人，为其中3000人开展入户核查。", [("农村低保对象入户核查", "≥3000人")],
     [("城乡低保对象入户核查覆盖率", "＝100%")], True),
    ("2026年全县共有农村困境儿童800人，为其中500人开展探访。", [("农村困境儿童探访", "≥500人")],
     [("农村困境儿童探访覆盖率", "＝100%")], True),
    ("2026年全县共有城镇残疾人3000人，为其中1000人开展康复服务。", [("农村残疾人康复服务", "≥1000人")],
     [("城镇残疾人康复服务覆盖率", "＝100%")], False),
    # (told when first run: the two places share 区, so the shared head was 区留守儿童; fixed by reading the places)
    ("2026年全县共有山区留守儿童1200人，为其中800人开展关爱服务。", [("库区留守儿童关爱服务", "≥800人")],
     [("山区留守儿童关爱服务覆盖率", "＝100%")], False),
]
HELD_INFANTS = [
    ("父母及0-3岁婴儿满意度", False),
    ("家属与1岁以下婴儿满意度", False),
    ("1-3岁幼儿满意度", True),
    ("监护人及其0至3岁婴幼儿满意度", False),
    ("保育员及0-3岁婴幼儿满意度", True),
]
HELD_BEDS = [
    (("增设康复床位", "≥20张"), False),
    (("床位使用天数", "≥9000天"), True),
    (("新增ICU床位", "≥8张"), False),  # (missed when held out, the ward named in Latin letters: paired since s26)
    (("开放床位数", "≥200张"), False),
    (("购置病床", "≥50张"), False),
]


@pytest.mark.parametrize(("goal", "counts", "told"), HELD_INSERTED)
def test_held_out_qualifier(engine: Any, goal: str, counts: list[Row], told: bool) -> None:
    assert _unit_slipped(engine, goal, counts) is told


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), HELD_GROUPS)
def test_held_out_groups(engine: Any, goal: str, counts: list[Row], rates: list[Row], told: bool) -> None:
    text = COVER.format(goal=goal, counts=_lines(counts), rates=_lines(rates))
    assert ("REL008" in _rules(engine, text)) is told


@pytest.mark.parametrize(("name", "told"), HELD_INFANTS)
def test_held_out_infants(engine: Any, name: str, told: bool) -> None:
    assert ("SAT005" in _rules(engine, SATISFIED.format(name=name, note=""))) is told


@pytest.mark.parametrize(("count", "told"), HELD_BEDS)
def test_held_out_beds(engine: Any, count: Row, told: bool) -> None:
    assert _unpaid(engine, count) is told

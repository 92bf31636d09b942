"""Round s24: the recall leftovers pinned as missed in s23 (tests/test_audit35_leftovers.py,
tests/test_second_opinion_s23a.py), each fix with the look-alikes it must leave quiet and the cases held out,
written after it: REL008 a design floor in 厘米 (路面厚度不低于18厘米 against ≥15厘米), TIME009 a period told as
开工…竣工 or in dotted dates (实施周期2026.3-2027.6), REL026 a cancer's incidence counted as 新发病例数, REL027 a gain
set going by 促进 (促进县域老年消费增长 in a 高龄津贴 table), REL008 coverage_short of a whole with an age span
(共有0-6岁儿童1.8万人) or reached by a count naming only the rate's deed (中医药健康管理服务), and REL030 an area in 亩
or 公顷 over the goal's length × width in 米. Cases the checks still get wrong are pinned in HELD_WRONG, not tuned away."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_second_opinion_s23a import GAIN


def _rules(engine: Any, text: str) -> set[str]:
    """The rule ids the built-in pack tells on a table written as YAML text."""
    return {f.rule_id for f in engine.check_source(load_text(text, "recall_leftovers_s24.yaml")).findings}


def _lines(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)


# ---------------------------------------------------------------- 1. REL008: a design floor in 厘米 or 毫米
ROAD = """version: 1
project: {{name: 2026年某县道路改造项目, year: 2026, department: 某县交通运输局, implementer: 某县公路管理所}}
funds: {{unit: 万元, total: 480, fiscal: 480}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 改造道路长度, value: ≥4.2公里}}
    质量指标:
      - {{name: 工程验收合格率, value: ＝100%}}
{quality}
    时效指标:
      - {{name: 工程完工时间, value: 2026年10月31日前}}
    成本指标:
      - {{name: 工程建设费, value: ≤480万元}}
  效益指标:
    社会效益指标:
      - {{name: 道路通行条件改善, value: 明显改善}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线群众满意度, value: ≥90%}}
"""
_SLAB = "2026年新建通组公路12公里，水泥混凝土路面厚度不低于18厘米。"
_COVER = "2026年改造城区道路3公里，钢筋保护层厚度不小于25毫米。"
# (goal, quality rows, told)
CENTIMETRES = [
    (_SLAB, [("水泥混凝土路面厚度", "≥15厘米")], True),  # the s23 leftover (test_audit35_leftovers.py)
    (_COVER, [("钢筋保护层厚度", "≥20毫米")], True),
    # look-alikes: the floor met or raised, the same in another unit, a size only said, another layer, a ceiling
    (_SLAB, [("水泥混凝土路面厚度", "≥18厘米")], False),
    (_SLAB, [("水泥混凝土路面厚度", "≥20厘米")], False),
    (_SLAB, [("水泥混凝土路面厚度", "≥0.18米")], False),
    (_SLAB, [("水泥混凝土路面厚度", "≥180毫米")], False),
    ("2026年新建通组公路12公里，水泥混凝土路面厚18厘米。", [("水泥混凝土路面厚度", "≥15厘米")], False),
    ("2026年新建通组公路12公里，水泥稳定碎石基层厚度不低于18厘米。", [("水泥混凝土面层厚度", "≥15厘米")], False),
    (_SLAB, [("路面厚度检测合格率", "≥95%")], False),
    (_COVER, [("钢筋保护层厚度", "≥2.5厘米")], False),
    ("2026年新建人行道2公里，人行道宽度不低于2米，透水砖铺装厚度不低于6厘米。", [("人行道宽度", "≥2米")], False),
    ("2026年改造城区道路3公里，路面平整度偏差不大于5毫米。", [("路面平整度偏差", "≤8毫米")], False),
]


@pytest.mark.parametrize(("goal", "quality", "told"), CENTIMETRES)
def test_a_design_floor_in_centimetres(engine: Any, goal: str, quality: list[tuple[str, str]], told: bool) -> None:
    assert ("REL008" in _rules(engine, ROAD.format(goal=goal, quality=_lines(quality)))) is told


# ---------------------------------------------------------------- 5. TIME009: 开工…竣工, dotted dates
WORKS = """version: 1
project: {{name: 2026年某县综合服务中心建设项目, year: 2026, department: 某县发展和改革局, period: "{period}"}}
funds: {{unit: 万元, total: 3000, fiscal: 3000}}
goal: {goal}
indicators:
  产出指标:
    质量指标:
      - {{name: "{name}", value: ＝100%}}
    时效指标:
      - {{name: 主体结构完成时间, value: {deadline}}}
"""
_STALE = "2024年1月-2025年6月"
# (period field, goal, rate name, told)
PERIODS = [
    (_STALE, "项目计划于2026年3月开工，2027年9月竣工，2026年完成主体结构。", "工程完工率", True),  # the s23 leftovers
    (_STALE, "实施周期2026.3-2027.6，2026年完成土建工程。", "项目整体完成率", True),
    ("", "本项目于2026年4月开工建设，预计2027年10月建成投用。", "工程竣工率", True),
    ("", "项目建设周期2026.04-2027.12，2026年完成主体工程。", "工程完工率", True),
    # look-alikes: the works done within the year, a part's dates, a plan or money in dots, a guarantee running on
    (_STALE, "项目计划于2026年3月开工，2026年11月竣工。", "工程完工率", False),
    (_STALE, "实施周期2026.3-2026.11，2026年完成全部建设内容。", "项目整体完成率", False),
    ("", "一期工程于2026年3月开工，2027年9月竣工，2026年完成一期主体。", "工程完工率", False),
    ("", "2026年新建综合楼1栋，其中配套道路2026年3月开工，2027年6月完工。", "工程完工率", False),
    ("", "项目于2026年3月开工，2026年10月底前竣工，质保期至2027年10月。", "工程竣工率", False),
    ("", "项目总投资2026.5万元，2026年完成全部建设内容。", "工程完工率", False),
    ("", "项目于2025年3月开工，2026年9月竣工。", "工程竣工率", False),
    ("", "项目计划于2026年3月开工，2027年9月竣工，2026年完成主体结构。", "年度建设任务完成率", False),
    ("", "项目于2026年3月开工，2026年9月竣工，2027年6月前完成竣工决算。", "工程竣工率", False),
    ("", "对2024.3-2025.6期间建成的设施开展维护，2026年完成全部维护任务。", "工程完工率", False),
]


@pytest.mark.parametrize(("period", "goal", "name", "told"), PERIODS)
def test_a_period_told_by_its_start_and_end(engine: Any, period: str, goal: str, name: str, told: bool) -> None:
    text = WORKS.format(period=period, goal=goal, name=name, deadline="2026年12月20日前")
    assert ("TIME009" in _rules(engine, text)) is told


# ---------------------------------------------------------------- 3. REL026: a cancer's incidence as 新发病例数
HEALTH = """version: 1
project: {{name: {project}, year: 2026, department: 某县卫生健康局}}
funds: {{unit: 万元, total: 80, fiscal: 80}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 服务对象人数, value: ≥3000人}}
    时效指标:
      - {{name: 年度任务完成时间, value: 2026年12月31日前}}
  效益指标:
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
_HPV = ("2026年某县适龄女孩HPV疫苗接种项目", "2026年为13周岁女孩免费接种HPV疫苗3000人。")
_SCREEN = ("2026年某县两癌筛查项目", "2026年为农村适龄妇女开展宫颈癌和乳腺癌筛查3000人。")
_REGISTRY = ("2026年某县肿瘤登记随访项目", "2026年开展全县肿瘤登记报告和随访。")
_AID = ("2026年某县癌症患者医疗救助项目", "2026年对困难癌症患者实施医疗救助300人。")
# (project and goal, level2, name, value, told)
INCIDENCE = [
    (_HPV, "社会效益指标", "全县宫颈癌新发病例数", "较上年减少≥10%", True),  # the s23 leftover (second opinion)
    (("2026年某县新生儿乙肝疫苗接种项目", "2026年为新生儿接种乙肝疫苗2800人。"), "社会效益指标", "全县肝癌新发病例数",
     "≤120例", True),
    (_HPV, "社会效益指标", "宫颈癌发病人数", "较上年下降", True),
    # look-alikes: cases a screening finds, a registry's reporting, aid or treatment of new patients, another disease,
    # the long term where it belongs
    (_SCREEN, "社会效益指标", "筛查发现宫颈癌新发病例数", "≥10例", False),
    (_SCREEN, "社会效益指标", "乳腺癌新发病例检出数", "≥5例", False),
    (_SCREEN, "社会效益指标", "宫颈癌新发病例确诊率", "≥90%", False),
    (_REGISTRY, "社会效益指标", "恶性肿瘤新发病例报告及时率", "≥95%", False),
    (_REGISTRY, "社会效益指标", "癌症新发病例登记率", "≥95%", False),
    (_REGISTRY, "社会效益指标", "恶性肿瘤新发病例随访管理率", "≥90%", False),
    (_REGISTRY, "社会效益指标", "癌症新发病例数据上报完整率", "≥95%", False),
    (_AID, "社会效益指标", "救助癌症新发患者人数", "≥100人", False),
    (_AID, "社会效益指标", "癌症新发病例规范治疗率", "≥90%", False),
    (("2026年某县结核病防治项目", "2026年开展肺结核患者发现和治疗管理。"), "社会效益指标", "肺结核新发病例数", "≤300例",
     False),
    (_HPV, "可持续影响指标", "宫颈癌新发病例数（2035年目标）", "持续下降", False),
]


@pytest.mark.parametrize(("project", "level2", "name", "value", "told"), INCIDENCE)
def test_a_cancers_incidence_in_new_cases(engine: Any, project: tuple[str, str], level2: str, name: str, value: str,
                                          told: bool) -> None:
    text = HEALTH.format(project=project[0], goal=project[1], level2=level2, name=name, value=value)
    assert ("REL026" in _rules(engine, text)) is told


# ---------------------------------------------------------------- 4. REL027: 促进 sets a gain going
# the one-benefit table of the s23 second opinion's REL027 probe (GAIN), here with 促进 in the benefit
# (project, total, goal, name, value, told)
PROMOTED = [
    ("2026年高龄津贴", 1386, "2026年按月为全县80周岁以上老年人发放高龄津贴。", "促进县域老年消费增长", "≥2000万元", True),
    ("2026年城区公厕改造工程", 300, "2026年改造城区公厕20座。", "促进周边商户营业额增长", "≥3000万元", True),
    ("2026年农村饮水安全巩固提升工程", 4200, "2026年新建集中供水工程12处，改造管网86公里。", "促进沿线农户增收",
     "≥2亿元", True),
    # look-alikes: the market's own projects, a per-head gain, a gain the goal names, a gain under three times the
    # funds, no money, another word before the gain
    ("2026年农产品产销对接项目", 200, "2026年组织农产品产销对接活动10场。", "促进农产品销售额增长", "≥2000万元", False),
    ("2026年乡村旅游提升项目", 300, "2026年改造乡村旅游接待设施5处。", "促进乡村旅游收入增长", "≥3000万元", False),
    ("2026年城乡低保资金", 1500, "2026年保障城乡低保对象1.2万人。", "促进低保家庭人均增收", "≥500元", False),
    ("2026年村级光伏电站运维项目", 100, "2026年运维村级光伏电站32座。", "促进村集体经济增收", "≥500万元", False),
    ("2026年小型水库除险加固工程", 200, "2026年完成小型水库除险加固3座。", "促进下游灌区农民增收", "≥300万元", False),
    ("2026年农村公路建设项目", 2000, "2026年新建农村公路20公里，带动沿线群众增收。", "促进沿线群众增收", "≥8000万元",
     False),
    ("2026年高龄津贴", 1386, "2026年按月为全县80周岁以上老年人发放高龄津贴。", "促进老年人就业人数", "≥50人", False),
    ("2026年县域消费券发放项目", 500, "2026年发放惠民消费券500万元。", "促进消费额", "≥5000万元", False),
    ("2026年招商引资专项经费", 300, "2026年开展招商推介活动6场。", "促进县域经济增长", "≥5亿元", False),
    ("2026年高龄津贴", 1386, "2026年按月为全县80周岁以上老年人发放高龄津贴。", "高龄津贴发放金额", "≥1386万元", False),
]


@pytest.mark.parametrize(("project", "total", "goal", "name", "value", "told"), PROMOTED)
def test_a_gain_promoted(engine: Any, project: str, total: int, goal: str, name: str, value: str, told: bool) -> None:
    text = GAIN.format(project=project, total=total, goal=goal, name=name, value=value)
    assert ("REL027" in _rules(engine, text)) is told


# ---------------------------------------------------------------- 2. REL008 coverage_short: an age span, a deed's count
COVER = """version: 1
project: {{name: 2026年某县基本公共卫生服务项目, year: 2026, department: 某县卫生健康局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
{rates}
  效益指标:
    社会效益指标:
      - {{name: 群众获得感, value: 有效提升}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
_ELDERLY = "2026年全县共有65岁以上老年人2.4万人，全年开展中医药健康管理服务18000人次。"
# (goal, counts, rates, told)
WHOLES = [
    # the s23 leftovers (test_audit34_leftovers.py, test_second_opinion_s23a.py)
    ("2026年全县共有0-6岁儿童1.8万人，为其中9000人开展眼保健检查。", [("眼保健检查儿童", "≥9000人")],
     [("0-6岁儿童眼保健检查覆盖率", "＝100%")], True),
    (_ELDERLY, [("中医药健康管理服务", "≥18000人次")], [("65岁以上老年人中医药健康管理覆盖率", "＝100%")], True),
    ("2026年全县共有3至6周岁儿童8000人，为其中5000人开展视力筛查。", [("视力筛查儿童", "≥5000人")],
     [("3至6周岁儿童视力筛查覆盖率", "＝100%")], True),
    ("2026年全县共有孕产妇6000人，全年提供产后访视服务4500人次。", [("产后访视服务", "≥4500人次")],
     [("孕产妇产后访视覆盖率", "＝100%")], True),
    # look-alikes: the whole reached, another group's count, another deed, a count of the year's additions, a span
    # that is no age, a part picked out
    ("2026年全县共有0-6岁儿童1.8万人，为全部儿童开展眼保健检查。", [("眼保健检查儿童", "≥18000人")],
     [("0-6岁儿童眼保健检查覆盖率", "＝100%")], False),
    (_ELDERLY, [("中医药健康管理服务", "≥24000人次")], [("65岁以上老年人中医药健康管理覆盖率", "＝100%")], False),
    (_ELDERLY, [("孕产妇健康管理服务", "≥3000人")], [("65岁以上老年人健康管理覆盖率", "＝100%")], False),
    (_ELDERLY, [("健康知识讲座", "≥18000人次")], [("65岁以上老年人中医药健康管理覆盖率", "＝100%")], False),
    ("2026年全县共有65岁以上老年人2.4万人，新增中医药健康管理服务5000人次。", [("新增中医药健康管理服务", "≥5000人次")],
     [("65岁以上老年人中医药健康管理覆盖率", "＝100%")], False),
    # (written as a look-alike, read again as true once it fired: 体质辨识 is another deed, so the first count is the
    # rate's own and short of the whole)
    (_ELDERLY, [("中医药健康管理服务", "≥18000人次"), ("中医体质辨识服务", "≥12000人次")],
     [("65岁以上老年人中医药健康管理覆盖率", "＝100%")], True),
    (_ELDERLY, [("城区中医药健康管理服务", "≥12000人次"), ("农村中医药健康管理服务", "≥12000人次")],
     [("65岁以上老年人中医药健康管理覆盖率", "＝100%")], False),  # parts adding up to the whole
    ("2026年全县共有0-6岁儿童1.8万人，其中3岁以下婴幼儿6000人。", [("婴幼儿托育服务", "≥3000人")],
     [("3岁以下婴幼儿托育服务覆盖率", "＝100%")], False),
    ("2026年全县共有0-6岁儿童1.8万人，为其中9000人开展眼保健检查。", [("眼保健检查儿童", "≥9000人")],
     [("0-6岁儿童健康档案建档覆盖率", "＝100%")], False),  # another deed
    ("2026年全县共有2020-2025年退役军人3200人，为其中1200人提供就业培训。", [("就业培训退役军人", "≥1200人")],
     [("退役军人就业培训参训率", "≥90%")], False),  # no coverage rate
    ("2026年全县共有65岁以上老年人2.4万人，为其中失能老年人3000人开展中医药健康管理服务。",
     [("中医药健康管理服务", "≥3000人次")], [("失能老年人中医药健康管理覆盖率", "＝100%")], False),  # the part's
]


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), WHOLES)
def test_coverage_short_of_a_whole(engine: Any, goal: str, counts: list[tuple[str, str]],
                                   rates: list[tuple[str, str]], told: bool) -> None:
    assert ("REL008" in _rules(engine, COVER.format(goal=goal, counts=_lines(counts), rates=_lines(rates)))) is told


# ---------------------------------------------------------------- 6. REL030: an area in 亩 or 公顷 over length × width
AREA = """version: 1
project: {{name: 2026年某县生态建设项目, year: 2026, department: 某县林业局}}
funds: {{unit: 万元, total: 600, fiscal: 600}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
      - {{name: 工程验收合格率, value: ＝100%}}
  效益指标:
    生态效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 周边群众满意度, value: ≥90%}}
"""
_BREAK = "2026年新建森林防火隔离带20公里（平均宽度20米）。"  # 40公顷, 600亩
_BELT = "2026年新建农田防护林带5公里（林带宽30米）。"  # 15万平方米, 225亩
# (goal, counts, benefits, told)
AREAS = [
    (_BREAK, [("防火隔离带建设面积", "≥60公顷")], [("森林火灾受害率", "≤0.9‰")], True),
    (_BELT, [("防护林带造林面积", "≥500亩")], [("农田防护效果", "明显提升")], True),
    (_BELT, [("防护林带造林面积", "≥0.05万亩")], [("农田防护效果", "明显提升")], True),
    # look-alikes: the product or a little over, another work's area, a clause giving its own area, an area served,
    # a width's floor or an estimate, a benefit, the goal's own area
    (_BREAK, [("防火隔离带建设面积", "≥40公顷")], [("森林火灾受害率", "≤0.9‰")], False),
    (_BREAK, [("防火隔离带建设面积", "≥45公顷")], [("森林火灾受害率", "≤0.9‰")], False),
    (_BREAK, [("防火隔离带建设面积", "≥600亩")], [("森林火灾受害率", "≤0.9‰")], False),
    ("2026年新建森林防火隔离带20公里（平均宽度20米），完成人工造林800亩。", [("人工造林面积", "≥800亩")],
     [("森林火灾受害率", "≤0.9‰")], False),
    ("2026年新建高标准农田1万亩（配套机耕路12公里、路面宽4.5米）。", [("高标准农田建设面积", "≥1.2万亩")],
     [("亩均增产粮食", "≥50公斤")], False),
    (_BELT, [("林带防护农田面积", "≥5000亩")], [("农田防护效果", "明显提升")], False),
    ("2026年新建农田防护林带5公里，林带宽度不低于30米。", [("防护林带造林面积", "≥300亩")],
     [("农田防护效果", "明显提升")], False),
    ("2026年新建农田防护林带约5公里（林带宽30米）。", [("防护林带造林面积", "≥300亩")], [("农田防护效果", "明显提升")],
     False),
    (_BELT, [("新建防护林带长度", "≥5公里")], [("林带覆盖农田面积", "≥3000亩")], False),
    ("2026年新建农田防护林带5公里（林带宽30米），造林面积300亩。", [("防护林带造林面积", "≥300亩")],
     [("农田防护效果", "明显提升")], False),
]


@pytest.mark.parametrize(("goal", "counts", "benefits", "told"), AREAS)
def test_an_area_in_mu_over_length_by_width(engine: Any, goal: str, counts: list[tuple[str, str]],
                                            benefits: list[tuple[str, str]], told: bool) -> None:
    text = AREA.format(goal=goal, counts=_lines(counts), benefits=_lines(benefits))
    assert ("REL030" in _rules(engine, text)) is told


# ---------------------------------------------------------------- held out: written after the four changes, run once
HELD_CENTIMETRES = [
    ("2026年新建村组道路8公里，路基宽度不低于5米，路面厚度不低于20厘米。", [("路面厚度", "≥16厘米")], True),
    ("2026年改造供水管网12公里，管道壁厚不小于6毫米。", [("管道壁厚", "≥5毫米")], True),
    ("2026年新建村组道路8公里，路面厚度不低于20厘米。", [("路面厚度", "≥200毫米")], False),
    ("2026年新建村组道路8公里，路面厚度不低于20厘米。", [("路基压实度", "≥94%")], False),
    ("2026年硬化村内道路5公里，硬化厚度约15厘米。", [("硬化厚度", "≥12厘米")], False),
]
HELD_PERIODS = [
    ("", "项目拟于2026年5月开工，2027年12月完工，当年完成投资3000万元。", "工程完工率", True),
    ("2023年", "建设周期2026.6-2027.9，年内完成基础工程。", "工程竣工率", True),
    ("", "项目于2026年2月开工，2026年8月竣工，9月至12月开展运行维护。", "工程完工率", False),
    ("", "二期工程计划于2026年4月开工，2027年5月竣工。", "二期工程完工率", False),
    ("", "实施周期2026.1-2026.12，完成全部建设内容。", "工程竣工率", False),
]
HELD_INCIDENCE = [
    (("2026年某县农村妇女两癌检查项目", "2026年为农村妇女开展两癌检查5000人。"), "社会效益指标", "全县乳腺癌新发病人数",
     "较上年减少5%", True),
    (_SCREEN, "社会效益指标", "宫颈癌新发病例早诊早治率", "≥80%", False),
    (_REGISTRY, "社会效益指标", "恶性肿瘤新发病例数", "≥1200例", False),
    (_AID, "社会效益指标", "新发癌症患者救助覆盖率", "≥90%", False),
    (_HPV, "社会效益指标", "HPV疫苗接种后宫颈癌新发病例数", "下降", True),
]
HELD_PROMOTED = [
    ("2026年困难残疾人生活补贴", 600, "2026年为困难残疾人发放生活补贴。", "促进残疾人用品消费", "≥1000万元", True),
    ("2026年老旧小区改造项目", 1000, "2026年改造老旧小区8个。", "促进小区周边商业营业收入", "≥5000万元", True),
    ("2026年电商进农村综合示范项目", 500, "2026年建设村级电商服务站30个。", "促进农村网络零售额增长", "≥3亿元", False),
    ("2026年城区排水管网改造", 800, "2026年改造排水管网10公里。", "促进城区经济发展", "明显", False),
    ("2026年特困人员供养资金", 900, "2026年保障特困人员1500人。", "促进特困人员人均消费", "≥3000元", False),
]
# written after the coverage change (item 2), run once
HELD_WHOLES = [
    ("2026年全县共有0～3岁婴幼儿5200人，为其中3000人提供发育监测。", [("发育监测婴幼儿", "≥3000人")],
     [("0～3岁婴幼儿发育监测覆盖率", "＝100%")], True),
    ("2026年全县共有严重精神障碍患者1500人，全年开展随访服务1200人次。", [("随访服务", "≥1200人次")],
     [("严重精神障碍患者随访服务覆盖率", "＝100%")], True),
    ("2026年全县共有严重精神障碍患者1500人，全年开展随访服务6000人次。", [("随访服务", "≥6000人次")],
     [("严重精神障碍患者随访服务覆盖率", "＝100%")], False),
    ("2026年全县共有高血压患者2.1万人，为其中1.5万人提供规范管理。", [("糖尿病患者规范管理服务", "≥15000人")],
     [("高血压患者规范管理覆盖率", "＝100%")], False),
    ("2026年全县共有6-12岁儿童2.4万人，为其中4000名小学一年级学生开展窝沟封闭。", [("窝沟封闭", "≥4000人")],
     [("小学一年级学生窝沟封闭覆盖率", "＝100%")], False),
]
# written after the area change (item 6), run once
HELD_AREAS = [
    ("2026年新建生态隔离林带8公里（平均宽度25米）。", [("生态隔离林带造林面积", "≥50公顷")], True),
    ("2026年实施河道生态修复3公里（河道平均宽40米）。", [("河道生态修复面积", "≥300亩")], True),
    ("2026年新建生态隔离林带8公里（平均宽度25米）。", [("生态隔离林带造林面积", "≥300亩")], False),
    ("2026年新建生态隔离林带8公里（平均宽度25米），同步完成退化林修复1200亩。", [("退化林修复面积", "≥1200亩")], False),
    ("2026年实施河道生态修复3公里（河道平均宽40米）。", [("河道整治受益农田面积", "≥2000亩")], False),
]
HELD_WRONG: dict[str, str] = {
    # (both held-out cases told wrongly here are right since s25, tests/test_leftovers_s25_goal.py: a registry's count
    # of new cases given a floor, ≥1200例, is the cases taken in; 糖尿病患者 shares only the head word 患者 with the
    # whole's 高血压患者, another group, no count of it)
}


@pytest.mark.parametrize(("goal", "quality", "told"), HELD_CENTIMETRES)
def test_held_centimetres(engine: Any, goal: str, quality: list[tuple[str, str]], told: bool) -> None:
    fired = "REL008" in _rules(engine, ROAD.format(goal=goal, quality=_lines(quality)))
    assert (fired is told) is (f"REL008:{quality[0][0]}" not in HELD_WRONG)


@pytest.mark.parametrize(("period", "goal", "name", "told"), HELD_PERIODS)
def test_held_periods(engine: Any, period: str, goal: str, name: str, told: bool) -> None:
    fired = "TIME009" in _rules(engine, WORKS.format(period=period, goal=goal, name=name, deadline="2026年12月20日前"))
    assert (fired is told) is (f"TIME009:{goal[:12]}" not in HELD_WRONG)


@pytest.mark.parametrize(("project", "level2", "name", "value", "told"), HELD_INCIDENCE)
def test_held_incidence(engine: Any, project: tuple[str, str], level2: str, name: str, value: str, told: bool) -> None:
    fired = "REL026" in _rules(engine, HEALTH.format(project=project[0], goal=project[1], level2=level2, name=name,
                                                    value=value))
    assert (fired is told) is (f"REL026:{name}" not in HELD_WRONG)


@pytest.mark.parametrize(("project", "total", "goal", "name", "value", "told"), HELD_PROMOTED)
def test_held_promoted(engine: Any, project: str, total: int, goal: str, name: str, value: str, told: bool) -> None:
    fired = "REL027" in _rules(engine, GAIN.format(project=project, total=total, goal=goal, name=name, value=value))
    assert (fired is told) is (f"REL027:{name}" not in HELD_WRONG)


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), HELD_WHOLES)
def test_held_wholes(engine: Any, goal: str, counts: list[tuple[str, str]], rates: list[tuple[str, str]],
                     told: bool) -> None:
    fired = "REL008" in _rules(engine, COVER.format(goal=goal, counts=_lines(counts), rates=_lines(rates)))
    assert (fired is told) is (f"REL008:{rates[0][0]}" not in HELD_WRONG)


@pytest.mark.parametrize(("goal", "counts", "told"), HELD_AREAS)
def test_held_areas(engine: Any, goal: str, counts: list[tuple[str, str]], told: bool) -> None:
    fired = "REL030" in _rules(engine, AREA.format(goal=goal, counts=_lines(counts),
                                                   benefits=_lines([("生态环境改善", "明显改善")])))
    assert (fired is told) is (f"REL030:{counts[0][0]}" not in HELD_WRONG)

"""A second opinion on checks added in round s23, with look-alikes and true cases written independently of their
authors' probes (tests/test_audit34_leftovers.py, tests/test_audit32_leftovers.py): REL026 an effect years away,
SAT005 a satisfaction asked of those who cannot answer, REL008 coverage_short of a 共有/共 whole, in 万 or reached in
人次, REL027 an economic gain the project cannot cause, and TIME009 reading the goal's period behind a stale 实施期限.
Each row says whether the check should tell it; rows the checks still get wrong are listed in STILL_WRONG with the
reason, so a later fix shows up as a failing pin to update."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text


def _rules(engine: Any, text: str) -> set[str]:
    """The rule ids the built-in pack tells on a table written as YAML text."""
    return {f.rule_id for f in engine.check_source(load_text(text, "second_opinion_s23a.yaml")).findings}


# ---------------------------------------------------------------- REL026 effect-years-away
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
      - {{name: "{name}", value: "{value}", note: "{note}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""

# (project, goal, level2, name, value, note, told)
REL026_CASES = [
    # look-alikes: a long-term outcome put in 可持续影响 with its period; registries and screenings; a thing's life;
    # an orphan placed on coming of age this year
    ("2026年某县家庭医生签约服务项目", "2026年为重点人群提供签约服务3000人。", "可持续影响指标", "辖区居民人均预期寿命",
     "2030年达到80岁", "健康县城建设中长期目标", False),
    ("2026年某县适龄女孩HPV疫苗接种项目", "2026年为13周岁女孩免费接种HPV疫苗3000人。", "可持续影响指标",
     "宫颈癌发病率（2035年目标）", "持续下降", "", False),
    ("2026年某县肿瘤登记随访项目", "2026年开展全县肿瘤登记报告和随访。", "社会效益指标", "恶性肿瘤发病率数据上报完整率",
     "≥95%", "", False),
    ("2026年某县肿瘤登记随访项目", "2026年开展全县肿瘤登记报告和随访。", "社会效益指标", "癌症发病率、死亡率统计报告及时率",
     "≥95%", "", False),
    ("2026年某县癌症早诊早治项目", "2026年对高危人群开展上消化道癌筛查3000人。", "社会效益指标", "上消化道癌早诊率", "≥60%",
     "", False),
    ("2026年某县癌症早诊早治项目", "2026年对高危人群开展上消化道癌筛查3000人。", "社会效益指标",
     "筛查发现癌前病变及早期癌治疗率", "≥90%", "", False),
    ("2026年某县孤儿基本生活保障项目", "2026年保障全县孤儿基本生活，做好孤儿成年后安置。", "社会效益指标",
     "孤儿成年后安置率", "＝100%", "当年年满18周岁的孤儿", False),
    ("2026年某县基层医疗机构设备更新项目", "2026年为乡镇卫生院配备除颤仪和储能电源。", "社会效益指标", "储能电源预期寿命",
     "≥8年", "", False),
    ("2026年某县普通高中国家助学金", "2026年资助家庭经济困难普通高中学生1200人。", "社会效益指标", "受助学生高考本科上线率",
     "≥40%", "", False),
    ("2026年某县农村义务教育阶段特岗教师计划", "2026年为义务教育学校招聘特岗教师120名。", "社会效益指标",
     "招聘特岗教师中高校毕业后两年内人员占比", "≥80%", "", False),
    ("2026年某县癌症患者医疗救助项目", "2026年对困难癌症患者实施医疗救助300人。", "社会效益指标", "救助癌症患者住院死亡率",
     "≤3%", "", False),
    ("2026年某县两癌筛查项目", "2026年为农村适龄妇女开展宫颈癌和乳腺癌筛查3000人。", "社会效益指标",
     "宫颈癌筛查随访管理率", "≥95%", "", False),
    # true cases in new phrasings
    ("2026年某县义务教育阶段寄宿生生活补助", "2026年为家庭经济困难寄宿生发放生活补助3000人。", "社会效益指标",
     "受助学生大学毕业后平均月收入", "≥4000元", "", True),
    ("2026年某县学前教育幼儿资助项目", "2026年资助家庭经济困难幼儿3000人。", "社会效益指标", "受助幼儿成年后升学率", "≥60%",
     "", True),
    ("2026年某县基本公共卫生服务项目", "2026年为辖区居民提供基本公共卫生服务。", "社会效益指标", "全县居民平均期望寿命",
     "≥80岁", "", True),
    ("2026年某县适龄女孩HPV疫苗接种项目", "2026年为13周岁女孩免费接种HPV疫苗3000人。", "社会效益指标",
     "全县宫颈癌新发病例数", "较上年减少≥10%", "", True),
]


def _rel026(engine: Any, project: str, goal: str, level2: str, name: str, value: str, note: str) -> bool:
    text = HEALTH.format(project=project, goal=goal, level2=level2, name=name, value=value, note=note)
    return "REL026" in _rules(engine, text)


# ---------------------------------------------------------------- SAT005 satisfaction of those who cannot answer
SATISFIED = """version: 1
project: {{name: 2026年某县妇幼健康服务项目, year: 2026, department: 某县卫生健康局}}
funds: {{unit: 万元, total: 60, fiscal: 60}}
goal: 2026年为辖区妇女儿童提供健康服务。
indicators:
  产出指标:
    数量指标:
      - {{name: 服务人数, value: ≥3000人}}
  效益指标:
    社会效益指标:
      - {{name: 健康知识知晓率, value: ≥85%}}
  满意度指标:
    服务对象满意度指标:
      - {{name: "{name}", value: ≥90%, note: "{note}"}}
"""

# (name, note, told)
SAT005_CASES = [
    # look-alikes: parents, families or carers answer; people who can answer; a service named before 满意度
    ("婴幼儿照护服务家庭满意度", "", False),
    ("在园幼儿家长满意度", "", False),
    ("0-6岁儿童满意度", "由儿童家长填写问卷", False),  # parent-answered, said in the note
    ("0-3岁婴幼儿满意度（家长代评）", "", False),
    ("失能老人满意度", "", False),  # the disabled elderly can answer
    ("失能半失能老年人满意度", "", False),
    ("失智老人家属满意度", "", False),
    ("新生儿疾病筛查服务满意度", "", False),  # a service, its families asked
    ("遗体捐献者家属满意度", "", False),
    ("9-12岁儿童满意度", "", False),
    ("留守儿童满意度", "", False),
    ("老年痴呆患者照护者满意度", "", False),
    # true cases in new phrasings
    ("入园幼儿满意度", "", True),
    ("3-6岁儿童满意度", "", True),
    ("老年痴呆患者满意度", "", True),
    ("住院新生儿满意度", "", True),
]


# ---------------------------------------------------------------- REL008 coverage_short
COVER = """version: 1
project: {{name: 2026年某县民生服务项目, year: 2026, department: 某县卫生健康局}}
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

# (goal, counts, rates, told)
REL008_CASES = [
    # look-alikes: a whole truly reached, 人次 beside a separate head count, another whole or another deed
    ("2026年全县共有行政村186个，实现村级综合服务站全覆盖。", (("建成村级综合服务站", "＝186个"),),
     (("行政村综合服务站覆盖率", "＝100%"),), False),
    ("2026年辖区常住居民共3.2万人，全年巡诊服务40000人次以上，签约服务3.2万人。",
     (("巡诊服务", "≥40000人次"), ("签约服务居民", "≥32000人")), (("常住居民签约服务覆盖率", "＝100%"),), False),
    ("2026年全县共有在校学生1.5万人，为全部学生购买校方责任险。", (("参保学生", "≥1.5万人"),),
     (("在校学生校方责任险覆盖率", "＝100%"),), False),
    ("2026年全县共有耕地12万亩，其中高标准农田8万亩，新建高标准农田1万亩。", (("新建高标准农田", "≥1万亩"),),
     (("高标准农田上图入库覆盖率", "＝100%"),), False),
    ("2026年全县共有农村低保户5200户，低保金全部社会化发放，全年开展入户核查2000户。", (("入户核查低保户", "≥2000户"),),
     (("低保金社会化发放覆盖率", "＝100%"),), False),
    ("2026年全县共有寄宿生1.2万人，其中家庭经济困难寄宿生4000人全部享受补助。", (("享受补助寄宿生", "≥4000人"),),
     (("家庭经济困难寄宿生补助覆盖率", "＝100%"),), False),
    ("2026年全县共有中小学126所、学生3.1万人，为全部学校配备急救设备。",
     (("配备急救设备学校", "＝126所"), ("受益学生", "≥31000人")), (("学校急救设备配备覆盖率", "＝100%"),), False),
    ("2026年全县共有农村人口28.6万人，巩固提升农村供水保障。", (("受益农村人口", "≥28万人"),),
     (("农村人口供水保障覆盖率", "＝100%"),), False),  # a floor rounded down
    ("2026年共开展义诊活动60场，服务群众8000人次。", (("义诊服务群众", "≥8000人次"),),
     (("义诊活动乡镇覆盖率", "＝100%"),), False),  # 共 of a deed, no whole
    ("2026年全县共有重度残疾人1800人，全年开展上门康复服务3600人次。",
     (("上门康复服务", "≥3600人次"), ("服务重度残疾人", "≥1800人")), (("重度残疾人康复服务覆盖率", "＝100%"),), False),
    ("2026年全县共有65岁以上老年人4.8万人，新增纳入健康管理老年人5000人。", (("新增健康管理老年人", "≥5000人"),),
     (("65岁以上老年人健康档案覆盖率", "＝100%"),), False),  # the year's additions
    ("2026年全县共有村卫生室120个，2026年为其中40个更新设备（其余已于2025年完成）。", (("更新设备村卫生室", "≥40个"),),
     (("村卫生室设备配备覆盖率", "＝100%"),), False),  # the rest done before (quiet since precision s24)
    # true cases in new phrasings
    ("2026年全县共有农村留守儿童2400人，为其中1500人提供关爱服务。", (("关爱服务留守儿童", "≥1500人"),),
     (("农村留守儿童关爱服务覆盖率", "＝100%"),), True),
    ("2026年辖区共有孕产妇1.1万人，为孕产妇提供健康管理服务。", (("健康管理孕产妇", "≥8000人"),),
     (("孕产妇健康管理覆盖率", "＝100%"),), True),
    ("2026年全县共有65岁以上老年人2.4万人，全年开展中医药健康管理服务18000人次。", (("中医药健康管理服务", "≥18000人次"),),
     (("65岁以上老年人中医药健康管理覆盖率", "＝100%"),), True),
    ("2026年全乡共有脱贫户860户，为其中500户发放产业奖补。", (("发放产业奖补脱贫户", "≥500户"),),
     (("脱贫户产业奖补覆盖率", "＝100%"),), True),
]


def _rel008(engine: Any, goal: str, counts: tuple[tuple[str, str], ...], rates: tuple[tuple[str, str], ...]) -> bool:
    def rows(pairs: tuple[tuple[str, str], ...]) -> str:
        return "\n".join(f'      - {{name: "{n}", value: "{v}"}}' for n, v in pairs)
    return "REL008" in _rules(engine, COVER.format(goal=goal, counts=rows(counts), rates=rows(rates)))


# ---------------------------------------------------------------- REL027 unbacked economic gain
GAIN = """version: 1
project: {{name: {project}, year: 2026, department: 某县商务局}}
funds: {{unit: 万元, total: {total}, fiscal: {total}}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 服务对象, value: ≥500人}}
  效益指标:
    经济效益指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""

# (project, total, goal, name, value, told)
REL027_CASES = [
    # look-alikes: industry, consumption, logistics or energy projects claiming 带动; 带动就业 counts; per-head gains
    ("2026年县域商业体系建设项目", 300, "2026年改造乡镇商贸中心5个。", "带动乡镇商贸中心销售额增长", "≥3000万元", False),
    ("2026年家政服务提质扩容项目", 200, "2026年培训家政服务人员500人，建设家政服务网点10个。", "带动家政服务消费",
     "≥1000万元", False),
    ("2026年新能源汽车下乡购车补贴", 1000, "2026年对购买新能源汽车的个人给予一次性补贴，补贴车辆2000辆。", "带动汽车销售额",
     "≥3亿元", False),
    ("2026年村级光伏电站运维项目", 100, "2026年运维村级光伏电站32座，保障发电收益分配到村。", "带动村集体增收",
     "≥500万元", False),
    ("2026年以工代赈项目", 500, "2026年实施以工代赈项目8个，吸纳当地群众务工。", "发放劳务报酬带动群众增收", "≥150万元",
     False),
    ("2026年高龄津贴", 1386, "2026年按月为全县80周岁以上老年人发放高龄津贴。", "带动就业人数", "≥50人", False),
    ("2026年城乡低保资金", 1500, "2026年保障城乡低保对象1.2万人。", "带动低保家庭月均增收", "≥300元", False),
    ("2026年县城冷链物流中心建设项目", 2000, "2026年建成冷库1万吨。", "带动农产品流通产值", "≥2亿元", False),
    ("2026年农产品地理标志保护工程", 150, "2026年开展地理标志产品品牌宣传推介。", "带动地标产品销售收入", "≥5000万元",
     False),
    ("2026年乡村振兴衔接资金公益性岗位补贴", 300, "2026年开发乡村公益性岗位500个。", "带动脱贫人口务工增收",
     "≥300万元", False),
    ("2026年城区夜间经济街区提升工程", 400, "2026年改造夜市街区1条，增设摊位200个。", "带动街区营业额",
     "≥5000万元", False),
    ("2026年残疾人托养服务补贴", 200, "2026年为500名残疾人提供托养服务。", "带动托养机构吸纳就业", "≥30人", False),
    # true cases in new phrasings
    ("2026年孤儿基本生活保障金", 300, "2026年为全县孤儿和事实无人抚养儿童发放基本生活费。", "带动县域儿童用品销售额",
     "≥500万元", True),
    ("2026年残疾人两项补贴资金", 800, "2026年为困难残疾人和重度残疾人发放两项补贴。", "拉动残疾人辅具消费", "≥1000万元",
     True),
    ("2026年城区公厕改造工程", 300, "2026年改造城区公厕20座。", "带动周边商户营业额增长", "≥3000万元", True),
    ("2026年高龄津贴", 1386, "2026年按月为全县80周岁以上老年人发放高龄津贴。", "促进县域老年消费增长", "≥2000万元", True),
]


def _rel027(engine: Any, project: str, total: int, goal: str, name: str, value: str) -> bool:
    return "REL027" in _rules(engine, GAIN.format(project=project, total=total, goal=goal, name=name, value=value))


# ---------------------------------------------------------------- TIME009 the goal's period behind a stale field
WORKS = """version: 1
project: {{name: 2026年某县综合服务中心建设项目, year: 2026, department: 某县发展和改革局, period: "{period}"}}
funds: {{unit: 万元, total: 3000, fiscal: 3000}}
goal: {goal}
indicators:
  产出指标:
    质量指标:
      - {{name: "{name}", value: ＝100%}}
    时效指标:
      - {{name: 主体结构完成时间, value: 2026年12月20日前}}
"""

# (period, goal, name, told)
TIME009_CASES = [
    # look-alikes: the goal's period also ended or ends within the year; a guarantee, a bond or a plan running on
    ("2024年3月-2025年6月", "项目建设期2024年3月至2025年6月，2026年完成竣工结算。", "项目整体完成率", False),
    ("2025年1月-2025年12月", "项目实施期2025年10月至2026年9月，2026年完成剩余工程并竣工。", "工程完工率", False),
    ("2025年3月-2025年12月", "项目建设期2025年3月至2026年12月，2026年完成剩余工程，项目全面竣工。", "工程竣工率", False),
    ("2024年1月-2025年6月", "项目于2026年10月建成投用，设备质保期2026年10月至2028年10月。", "工程完工率", False),
    ("2024年1月-2025年6月", "项目申请专项债券资金2000万元，债券期限2026年至2036年，2026年完成全部建设内容。",
     "项目整体完成率", False),
    ("2024年1月-2025年6月", "项目实施期为2026年3月至2026年11月，是全县2026-2028年三年行动的首批项目。", "工程完工率", False),
    ("2024年1月-2025年6月", "项目建成后运营期2026年7月至2036年6月，2026年6月底前完工。", "工程完工率", False),
    ("2024年4月-2025年6月", "项目实施期为2026年4月至2027年6月，2026年完成主体工程。", "2026年度工程形象进度", False),
    ("2024年4月-2025年6月", "项目实施期为2026年4月至2027年6月，2026年完成一期工程。", "一期工程完工率", False),
    ("2025年1月-2025年12月", "上年结转项目，实施期2025年1月至2026年6月，2026年6月完成竣工验收。", "项目整体完成率", False),
    ("2024年4月-2025年6月", "项目实施期为2026年4月至2027年6月，2026年完成主体工程。", "主体工程完工率", False),
    ("2024年4月-2025年6月", "项目实施期为2026年4月至2027年6月，2026年完成主体工程。", "年度投资计划完成率", False),
    # true cases in new phrasings
    ("2023年1月-2025年12月", "本项目建设周期为2026年5月—2027年12月，2026年完成地下室及主体结构。", "项目总体形象进度", True),
    ("2025年", "项目实施期限：2026年1月至2028年12月，2026年完成一标段建设。", "工程竣工率", True),
    ("2024年1月-2025年6月", "项目计划于2026年3月开工，2027年9月竣工，2026年完成主体结构。", "工程完工率", True),
    ("2024年1月-2025年6月", "实施周期2026.3-2027.6，2026年完成土建工程。", "项目整体完成率", True),
]


def _time009(engine: Any, period: str, goal: str, name: str) -> bool:
    return "TIME009" in _rules(engine, WORKS.format(period=period, goal=goal, name=name))


# ---------------------------------------------------------------- what is still wrong (pinned with the reason)
# (right since s24, tests/test_recall_leftovers_s24.py: REL026 新发病例数, REL027 促进, TIME009 开工…竣工 and dotted dates,
# REL008 a count naming the rate's deed but not the whole)
STILL_WRONG: dict[str, str] = {
}


def _check(key: str, fired: bool, told: bool) -> None:
    if key in STILL_WRONG:
        assert fired is not told, f"{key} is right now: drop it from STILL_WRONG ({STILL_WRONG[key]})"
    else:
        assert fired is told


@pytest.mark.parametrize(("project", "goal", "level2", "name", "value", "note", "told"), REL026_CASES)
def test_rel026(engine: Any, project: str, goal: str, level2: str, name: str, value: str, note: str,
                told: bool) -> None:
    _check(f"REL026:{name}", _rel026(engine, project, goal, level2, name, value, note), told)


@pytest.mark.parametrize(("name", "note", "told"), SAT005_CASES)
def test_sat005(engine: Any, name: str, note: str, told: bool) -> None:
    _check(f"SAT005:{name}", "SAT005" in _rules(engine, SATISFIED.format(name=name, note=note)), told)


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), REL008_CASES)
def test_rel008_coverage(engine: Any, goal: str, counts: tuple[tuple[str, str], ...],
                         rates: tuple[tuple[str, str], ...], told: bool) -> None:
    _check(f"REL008:{rates[0][0]}:{goal[:14]}", _rel008(engine, goal, counts, rates), told)


@pytest.mark.parametrize(("project", "total", "goal", "name", "value", "told"), REL027_CASES)
def test_rel027(engine: Any, project: str, total: int, goal: str, name: str, value: str, told: bool) -> None:
    _check(f"REL027:{name}", _rel027(engine, project, total, goal, name, value), told)


@pytest.mark.parametrize(("period", "goal", "name", "told"), TIME009_CASES)
def test_time009(engine: Any, period: str, goal: str, name: str, told: bool) -> None:
    _check(f"TIME009:{name}:{goal[:14]}", _time009(engine, period, goal, name), told)


def test_every_pin_names_a_case() -> None:
    keys = {f"REL026:{c[3]}" for c in REL026_CASES} | {f"SAT005:{c[0]}" for c in SAT005_CASES}
    keys |= {f"REL008:{c[2][0][0]}:{c[0][:14]}" for c in REL008_CASES}
    keys |= {f"REL027:{c[3]}" for c in REL027_CASES}
    keys |= {f"TIME009:{c[2]}:{c[1][:14]}" for c in TIME009_CASES}
    assert set(STILL_WRONG) <= keys


# ---------------------------------------------------------------- held out: written after the fixes, run once
# (REL026 4 of 5 right, SAT005 2 of 3, REL008 2 of 3 (coverage_short itself 3 of 3), REL027 3 of 3); the wrong ones
# are pinned in HELD_WRONG, not tuned away
HELD_REL026 = [
    ("2026年某县肿瘤防治项目", "2026年开展肿瘤登记和防治宣传。", "社会效益指标", "癌症发病率与死亡率监测点覆盖率", "＝100%", "",
     False),
    ("2026年某县城区照明提升项目", "2026年更换LED路灯800盏。", "社会效益指标", "LED路灯预期寿命", "≥5万小时", "", False),
    # (a trend with no figure in a 可持续影响 row: quiet since precision s24, tests/test_precision_s24.py)
    ("2026年某县健康促进项目", "2026年开展全民健康生活方式行动。", "可持续影响指标", "居民健康期望寿命", "稳步提高", "", False),
    ("2026年某县健康促进项目", "2026年开展全民健康生活方式行动。", "社会效益指标", "辖区居民健康预期寿命", "≥70岁", "", True),
    ("2026年某县家庭医生签约服务项目", "2026年为重点人群提供签约服务3000人。", "可持续影响指标", "人均预期寿命", "＝79岁", "",
     True),
]
HELD_SAT005 = [
    ("0-6岁儿童满意度（监护人填报）", "", False),
    ("新生儿满意度", "抽样调查产妇", False),  # (the mothers answer: quiet since precision s24)
    ("3岁以下婴幼儿满意度", "", True),
]
HELD_REL008 = [
    ("2026年全县共有养老机构32家，为其中20家配备消防设施。", (("配备消防设施养老机构", "≥20家"),),
     (("养老机构消防设施配备覆盖率", "＝100%"),), True),
    ("2026年全县共有适龄儿童3.6万人，为适龄儿童接种免疫规划疫苗。", (("接种疫苗适龄儿童", "≥3.5万人"),),
     (("适龄儿童免疫规划疫苗接种覆盖率", "＝100%"),), True),
    ("2026年全县共有农村人口42.3万人，巩固农村饮水安全。", (("饮水安全受益农村人口", "≥42万人"),),
     (("农村人口饮水安全覆盖率", "＝100%"),), False),
]
HELD_REL027 = [
    ("2026年村级集体经济发展项目", 100, "2026年扶持5个村发展村级集体经济。", "带动村集体经济增收", "≥600万元", False),
    ("2026年特困人员供养服务设施改造", 200, "2026年改造敬老院3所。", "带动县域养老护理行业产值", "≥2000万元", True),
    ("2026年城区背街小巷改造工程", 800, "2026年改造背街小巷12条。", "带动沿街商户营业收入", "≥1亿元", True),
]
HELD_WRONG: dict[str, str] = {
    # told by REL008's differs (not coverage_short, which is quiet): ≥42万人 against the goal's 42.3万人, a notice
    "REL008:农村人口饮水安全覆盖率": "told by differs: a whole rounded down to 万 is read as another figure",
}


@pytest.mark.parametrize(("project", "goal", "level2", "name", "value", "note", "told"), HELD_REL026)
def test_held_rel026(engine: Any, project: str, goal: str, level2: str, name: str, value: str, note: str,
                     told: bool) -> None:
    key = f"REL026:{name}"
    assert (_rel026(engine, project, goal, level2, name, value, note) is told) is (key not in HELD_WRONG)


@pytest.mark.parametrize(("name", "note", "told"), HELD_SAT005)
def test_held_sat005(engine: Any, name: str, note: str, told: bool) -> None:
    fired = "SAT005" in _rules(engine, SATISFIED.format(name=name, note=note))
    assert (fired is told) is (f"SAT005:{name}" not in HELD_WRONG)


@pytest.mark.parametrize(("goal", "counts", "rates", "told"), HELD_REL008)
def test_held_rel008(engine: Any, goal: str, counts: tuple[tuple[str, str], ...], rates: tuple[tuple[str, str], ...],
                     told: bool) -> None:
    assert (_rel008(engine, goal, counts, rates) is told) is (f"REL008:{rates[0][0]}" not in HELD_WRONG)


@pytest.mark.parametrize(("project", "total", "goal", "name", "value", "told"), HELD_REL027)
def test_held_rel027(engine: Any, project: str, total: int, goal: str, name: str, value: str, told: bool) -> None:
    assert (_rel027(engine, project, total, goal, name, value) is told) is (f"REL027:{name}" not in HELD_WRONG)

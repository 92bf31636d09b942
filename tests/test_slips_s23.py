"""Round s23's slips: small misses and false positives left pinned by earlier rounds, each written here as a
failing case first, then fixed narrowly, with look-alikes that must stay quiet. REL020 an output named by its
deed and its group with no 的 (培训农村劳动力, 为特困人员提供集中供养服务); SAT002 乡（镇）人民政府; TIME011 a delay of
12个月, 一年 or 半年; REL008's period_as_year on a three-year whole beside the year's share (…9万亩); FUND019 a line
and its output in other words (改厕 / 户厕改造, rules/lexicons/same-things.yaml); the held-out false positives of
REL021 (全省中考平均分, 全省消费促进月活动), TIME009 (反馈意见整体完成率), TIME002 (2027年度上级资金争取到位率) and
REL023 (全县乡镇居民医保参保覆盖率); REL021's fix naming the table's level (本市); and REL021's 厅 (大厅) and
日 (日光温室) read narrowly. Rows marked held out were written after the fixes, run once and pinned as found."""

from __future__ import annotations

from typing import Any

import pytest

from engine_helpers import benefit_over_output_told, cost_note_findings
from ggtlint.load import load_text


def _findings(engine: Any, text: str) -> list[Any]:
    return list(engine.check_source(load_text(text, "s23.yaml")).findings)


# --- 1. REL020: the output's deed set aside ---------------------------------------------------------------------

@pytest.mark.parametrize(("outputs", "name", "value", "told"), [
    # the misses: the deed opens the name, or follows the group
    ((("培训农村劳动力", "≥200人"),), "实现转移就业的农村劳动力", "≥260人", True),
    ((("特困人员提供集中供养服务", "≥200人"),), "基本生活得到保障的特困人员", "≥260人", True),
    ((("为特困人员提供集中供养服务", "≥200人"),), "基本生活得到保障的特困人员", "≥260人", True),
    ((("提供集中供养服务的特困人员", "≥200人"),), "基本生活得到保障的特困人员", "≥260人", True),  # as before
    # look-alikes: visits, the year's newcomers, two outputs adding up past the benefit, another group
    ((("培训农村劳动力", "≥200人次"),), "实现转移就业的农村劳动力", "≥260人", False),
    ((("新增培训农村劳动力", "≥200人"),), "实现转移就业的农村劳动力", "≥260人", False),
    ((("提供集中供养服务的特困人员", "≥200人"), ("提供分散供养服务的特困人员", "≥700人")),
     "基本生活得到保障的特困人员", "≥800人", False),
    ((("培训农村劳动力", "≥200人"),), "实现转移就业的城镇劳动力", "≥260人", False),
    # held out: 1 of 2 told (技能培训 after the group is missed: 技能 is no deed word), 3 of 3 look-alikes quiet
    ((("农村劳动力技能培训", "≥300人"),), "实现稳定就业的农村劳动力", "≥450人", False),  # missed, pinned
    ((("为困难残疾人发放生活补贴", "≥500人"),), "生活水平提高的困难残疾人", "≥600人", True),
    ((("为困难残疾人发放生活补贴", "≥500户"),), "生活水平提高的困难残疾人", "≥600人", False),
    ((("开展留守儿童关爱活动", "≥300人"),), "辐射带动的留守儿童", "≥900人", False),
    ((("培训农村劳动力", "≥500人"),), "实现转移就业的农村劳动力", "≥450人", False),
])
def test_rel020_deed_set_aside(engine: Any, outputs: tuple[tuple[str, str], ...], name: str, value: str,
                               told: bool) -> None:
    assert benefit_over_output_told(engine, outputs, name, value) is told


# --- 2, 3, 6 (REL021), 7, 8: audit 33's table ------------------------------------------------------------------

AUDIT33 = """version: 1
project: {{name: 2026年村级公益事业奖补资金, year: 2026, department: {department}, implementer: {department}}}
funds: {{unit: 万元, total: 800, fiscal: 800}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: "{output}", value: ≥40个}}
    时效指标:
      - {{name: "{paid}", value: "{paid_value}"}}
      - {{name: 奖补项目竣工验收时间, value: 2026年10月31日前}}
  效益指标:
    社会效益指标:
      - {{name: 受益农村人口, value: ≥3万人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: "{satisfaction}", value: ≥90%}}
"""
GOAL33 = "2026年支持全县40个村实施村内道路硬化奖补项目，采取先建后补方式，项目竣工验收合格后拨付奖补资金，受益农村人口3万人。"


def _audit33(engine: Any, department: str = "某县财政局", goal: str = GOAL33, output: str = "奖补项目",
             paid: str = "奖补资金拨付时间", paid_value: str = "2026年12月31日前",
             satisfaction: str = "受益村民满意度") -> list[Any]:
    return _findings(engine, AUDIT33.format(department=department, goal=goal, output=output, paid=paid,
                                            paid_value=paid_value, satisfaction=satisfaction))


def _ids(findings: list[Any]) -> set[str]:
    return {f.rule_id for f in findings}


@pytest.mark.parametrize(("goal", "satisfaction", "told"), [
    (GOAL33, "乡（镇）人民政府满意度", True),  # the miss
    (GOAL33, "乡(镇)人民政府满意度", True),
    (GOAL33, "乡镇人民政府满意度", True),  # as before
    # look-alikes: the governments served, the people asked of the government, a clinic
    ("2026年为各乡（镇）人民政府购置应急指挥设备。", "乡（镇）人民政府满意度", False),
    (GOAL33, "群众对乡（镇）人民政府服务满意度", False),
    (GOAL33, "乡（镇）卫生院满意度", False),
    # held out: 1 of 1 told, 2 of 2 look-alikes quiet
    (GOAL33, "项目乡(镇)政府满意度", True),
    ("2026年为全县各乡(镇)人民政府开展依法行政培训。", "乡(镇)政府满意度", False),
    (GOAL33, "乡（镇）综合文化站读者满意度", False),
])
def test_sat002_township_in_brackets(engine: Any, goal: str, satisfaction: str, told: bool) -> None:
    assert ("SAT002" in _ids(_audit33(engine, goal=goal, satisfaction=satisfaction))) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("资金分配下达时间", "收到上级资金后12个月内", True),  # the misses
    ("资金分配下达时间", "收到上级资金后一年内", True),
    ("资金分配下达时间", "收到上级资金后半年内", True),
    ("资金分解下达时间", "收到上级资金后十二个月内", True),
    ("资金分配下达时间", "收到上级资金后一百二十日内", True),  # as before (一 opens both, written once)
    # look-alikes: a month, half a month, counted from an application, a name for what follows the passing down
    ("资金分配下达时间", "收到上级资金后1个月内", False),
    ("资金分配下达时间", "收到上级资金后半个月内", False),
    ("资金分配下达时间", "收到项目申报书后一年内", False),
    ("下达资金拨付到户时限", "收到上级资金后半年内", False),
    # held out: 2 of 2 told, 2 of 2 look-alikes quiet
    ("补助资金分配下达时间", "接到上级转移支付资金后10个月内", True),
    ("资金分解下达时限", "上级资金到位后一年内", True),
    ("资金分配下达时间", "收到上级资金后一个月内", False),
    ("绩效目标分解下达时间", "收到省级绩效目标后半年内", False),
])
def test_time011_months_and_years(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("TIME011" in _ids(_audit33(engine, paid=name, paid_value=value))) is told


@pytest.mark.parametrize(("department", "output", "told"), [
    # the held-out false positives of tests/test_second_opinion_s22.py
    ("某县教育局", "全省中考平均分", False),
    ("某县商务局", "全省消费促进月活动", False),
    # 8: 日光温室 and 日间照料 are facilities, not a day; a hall's table is no provincial department's
    ("某县农业农村局", "全省新建日光温室", True),
    ("某县民政局", "全省新建日间照料中心", True),
    ("某县政务服务大厅", "全省新建农村产业路", True),
    ("某县农业农村局", "全省新建农村产业路", True),  # as before
    # look-alikes: a national day, a provincial department's table, an exam's line
    ("某县科学技术协会", "全省科普日活动参与人数", False),
    ("贵州省财政厅", "全省新建农村产业路", False),
    ("某县教育局", "全省高考本科上线率", False),
    # held out: 2 of 2 told, 3 of 3 look-alikes quiet
    ("某县住房和城乡建设局", "全省新建城市书房", True),
    ("某县职工餐厅", "全省农村饮水安全覆盖率", True),
    ("某县商务局", "全省家电以旧换新宣传周活动", False),
    ("某县卫生健康局", "全省平均期望寿命", False),
    ("某县应急管理局", "全省防灾减灾日宣传活动", False),
])
def test_rel021_events_and_halls(engine: Any, department: str, output: str, told: bool) -> None:
    assert ("REL021" in _ids(_audit33(engine, department=department, output=output))) is told


@pytest.mark.parametrize(("department", "level"), [
    ("某市乡村振兴局", "本市"),  # the slip: 本县 in a city's table
    ("黔南州财政局", "本州"),
    ("深圳市宝安区住房和建设局", "本区"),
    ("罗甸县城市管理局", "本县"),  # not 城市's 市
    ("某县市场监督管理局", "本县"),  # not 市场's 市
    ("城口县龙门镇人民政府", "本镇"),
    ("乡村振兴局", "本地"),  # no level known
])
def test_rel021_fix_names_the_tables_level(engine: Any, department: str, level: str) -> None:
    told = [f for f in _audit33(engine, department=department, output="全省新建农村产业路") if f.rule_id == "REL021"]
    assert len(told) == 1
    assert f"改为{level}（{department}）" in told[0].suggestion_zh
    others = set("县市区州旗镇") - {level[1:]}
    assert not any(f"本{other}" in told[0].suggestion_zh for other in others)


# --- 4. REL008 period_as_year: the whole beside the year's share, in 万亩 -----------------------------------------

PERIOD = """version: 1
project: {{name: 2026年高标准农田建设项目, year: 2026, department: 县农业农村局}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 项目区农户满意度, value: ≥90%}}
"""
_FARMLAND = "项目实施期为2026—2028年，三年建设高标准农田3万亩，2026年建设高标准农田1万亩。"


def _period_as_year(engine: Any, goal: str, name: str, value: str) -> bool:
    findings = _findings(engine, PERIOD.format(goal=goal, name=name, value=value))
    return any(f.rule_id == "REL008" and "本年度只完成" in f.message_zh for f in findings)


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # the misses: the period's whole, in 万亩, set as the year's (told before as a span's, not as the year's share)
    (_FARMLAND, "新建高标准农田面积", "≥3万亩", True),
    ("项目实施期为2026—2028年，三年完成退化草原修复9万亩，2026年修复3万亩。", "退化草原修复面积", "≥9万亩", True),
    # look-alikes: the year's share, a name counting the whole, the period's target named so
    (_FARMLAND, "新建高标准农田面积", "≥1万亩", False),
    (_FARMLAND, "三年累计建设高标准农田", "≥3万亩", False),
    (_FARMLAND, "高标准农田建设（实施期目标）", "≥3万亩", False),
    # held out: 1 of 1 told, 1 of 2 look-alikes quiet (上图入库, mapping the whole area, told wrongly: the name shares
    # the goal's 高标准农田, and the whole area may rightly be mapped in the year; quiet since precision s24, a record
    # of the whole the goal does not speak of: tests/test_precision_s24.py)
    ("项目实施期为2026—2027年，分两年新建高标准农田2.4万亩，2026年新建高标准农田1.2万亩。", "新建高标准农田面积",
     "≥2.4万亩", True),
    ("项目实施期为2026—2027年，分两年新建高标准农田2.4万亩，2026年新建高标准农田1.2万亩。", "新建高标准农田面积",
     "≥12000亩", False),
    ("项目实施期为2026—2028年，三年建设高标准农田3万亩，2026年建设高标准农田1万亩。", "高标准农田上图入库面积",
     "≥3万亩", False),
])
def test_rel008_period_whole_in_wan_mu(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _period_as_year(engine, goal, name, value) is told


# --- 5. FUND019: a line and its output in other words -------------------------------------------------------------

@pytest.mark.parametrize(("name", "value", "note", "outputs", "told"), [
    ("改厕补助资金", "≤200万元", "2000户×1000元/户", (("农村户厕改造", "≥2500户"),), True),  # the misses
    ("户厕改造补助", "≤200万元", "2000户×1000元/户", (("农村改厕", "≥2500户"),), True),
    ("厕所改造补助", "≤200万元", "2000户×1000元/户", (("完成农村改厕", "≥2500户"),), True),
    # look-alikes: as many as promised, another thing (公厕), households of another deed, old stock in the count
    ("改厕补助资金", "≤200万元", "2000户×1000元/户", (("农村户厕改造", "≥2000户"),), False),
    ("改厕补助资金", "≤200万元", "2000座×1000元/座", (("农村公厕改造", "≥2500座"),), False),
    ("改厕补助资金", "≤200万元", "2000户×1000元/户", (("改厕户粪污资源化利用", "≥2500户"),), False),
    ("改厕补助资金", "≤200万元", "2000户×1000元/户", (("农村户厕改造（含上年结转500户）", "≥2500户"),), False),
    # held out: 0 of 1 told (改造农村户厕, the deed and the thing apart, is in no group), 2 of 2 look-alikes quiet
    ("农村厕所改造奖补资金", "≤300万元", "2000户×1500元/户", (("改造农村户厕", "≥2600户"),), False),  # missed
    ("改厕补助资金", "≤200万元", "2000户×1000元/户", (("户厕管护", "≥2500户"),), False),
    ("改厕技术培训费", "≤60000元", "200人×300元/人", (("培训改厕工匠", "≥200人"),), False),
])
def test_fund019_same_thing_in_other_words(engine: Any, name: str, value: str, note: str,
                                           outputs: tuple[tuple[str, str], ...], told: bool) -> None:
    fired = any(f.rule_id == "FUND019" for f in cost_note_findings(engine, name, value, note, outputs))
    assert fired is told


# --- 6. TIME009, TIME002 on a road project's table; REL023 -----------------------------------------------------------

ROADS = """version: 1
project: {{name: 2026年城区道路改造工程, year: 2026, department: 县住房和城乡建设局{period}}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年改造城区道路6公里。
indicators:
  产出指标:
    数量指标:
      - {{name: 改造城区道路, value: ≥6公里}}
    质量指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线居民满意度, value: ≥90%}}
"""


def _roads(engine: Any, name: str, value: str = "＝100%", period: str | None = None) -> set[str]:
    text = ROADS.format(name=name, value=value, period=f", period: {period}" if period else "")
    return _ids(_findings(engine, text))


@pytest.mark.parametrize(("name", "told"), [
    ("环保督察反馈意见整体完成率", False),  # the held-out slip of tests/test_slips_s22.py
    ("巡察反馈意见全部完成率", False),
    ("项目整体完成率", True),  # as before: the whole works
    ("道路改造工程全部完成率", True),
    # held out: 2 of 2 look-alikes quiet, 1 of 1 told
    ("审计意见整改全部完成率", False),
    ("中央生态环境保护督察意见整体完成率", False),
    ("工程总体形象进度完成率", True),
])
def test_time009_findings_put_right(engine: Any, name: str, told: bool) -> None:
    assert ("TIME009" in _roads(engine, name, period="2026年3月-2027年10月")) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("2027年度上级资金争取到位率", "≥80%", False),  # the held-out slip of tests/test_slips_s22.py
    ("2027年项目资金争取完成率", "≥80%", False),
    ("2027年道路完好率", "≥95%", True),  # as before: measured after the year
    ("2027年度争取资金项目完工率", "＝100%", False),
    # held out: 2 of 2 look-alikes quiet, 1 of 1 told
    ("2027年度专项债券争取额度完成率", "＝100%", False),
    ("2027年度争取资金项目道路完好率", "≥95%", False),  # (doubtful: 2027年度 may be the money's year or the measure's)
    ("2028年道路绿化成活率", "≥95%", True),
])
def test_time002_money_sought(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("TIME002" in _roads(engine, name, value)) is told


PART = """version: 1
project: {{name: 2026年巡回医疗服务项目, year: 2026, department: 县卫生健康局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 巡回医疗服务人次, value: ≥2000人次}}
  效益指标:
    社会效益指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 患者满意度, value: ≥90%}}
"""
_PART_GOAL = "2026年在全县12个乡镇中的7个偏远乡镇开展巡回医疗服务2000人。"


@pytest.mark.parametrize(("name", "told"), [
    ("全县乡镇居民医保参保覆盖率", False),  # the held-out slip of tests/test_recall_audit34.py
    ("全县乡镇群众健康体检覆盖率", False),
    ("全县乡镇巡回医疗覆盖率", True),  # as before
    ("乡镇巡回医疗覆盖率", True),
    # held out: 1 of 1 told, 2 of 2 look-alikes quiet
    ("全县乡镇卫生院巡回医疗覆盖率", True),
    ("全县乡镇老年人健康管理覆盖率", False),
    ("全县乡镇村民家庭医生签约覆盖率", False),
])
def test_rel023_people_of_the_places(engine: Any, name: str, told: bool) -> None:
    text = PART.format(goal=_PART_GOAL, name=name, value="＝100%")
    assert ("REL023" in _ids(_findings(engine, text))) is told

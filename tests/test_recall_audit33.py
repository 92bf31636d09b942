"""The thirty-third recall audit's checks (b376–b385, a county's transfer payments to townships and villages), each
against the look-alikes it was measured on and the cases held out after it was written: a transfer passed down more
than 30 days after receipt (TIME011), a subsidy paid before the acceptance the goal pays on (TIME012), the
province's target in a county's table (REL021), and a satisfaction asked of the governments and finance offices
that pass the money on (SAT002)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年村级公益事业奖补资金, year: 2026, department: {department}, implementer: {department}}}
funds: {{unit: 万元, total: 800, fiscal: 800}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: {output}, value: ≥40个}}
    时效指标:
      - {{name: {paid}, value: {paid_value}}}
      - {{name: {accepted}, value: 2026年10月31日前}}
  效益指标:
    社会效益指标:
      - {{name: 受益农村人口, value: ≥3万人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: {satisfaction}, value: ≥90%}}
"""
_GOAL = "2026年支持全县40个村实施村内道路硬化奖补项目，采取先建后补方式，项目竣工验收合格后拨付奖补资金，受益农村人口3万人。"


def _rules(engine: Any, department: str = "某县财政局", goal: str = _GOAL, output: str = "奖补项目",
           paid: str = "奖补资金拨付时间", paid_value: str = "2026年12月31日前",
           accepted: str = "奖补项目竣工验收时间", satisfaction: str = "受益村民满意度") -> set[str]:
    text = TABLE.format(department=department, goal=goal, output=output, paid=paid, paid_value=paid_value,
                        accepted=accepted, satisfaction=satisfaction)
    return {f.rule_id for f in engine.check_source(load_text(text, "audit33.yaml")).findings}


# TIME011: the audit's three, ten look-alikes it was measured on (0 told), five held out written after (5 of 5 right)
_PASSED_DOWN = [
    ("奖补资金分配下达时间", "收到上级资金后90日内", True),
    ("省级补助资金分配下达时间", "收到省级资金后60日内", True),
    ("奖补资金分配下达时间", "收到中央资金后60日内", True),
    ("奖补资金分配下达时间", "收到上级资金后30日内", False),
    ("资金分配下达时间", "接到上级资金后15个工作日内", False),
    ("资金分配下达时间", "2026年5月31日前", False),
    ("资金下达后项目开工时限", "下达后90日内", False),  # counted from 下达
    ("奖补资金拨付时间", "收到上级资金后60日内", True),  # no 下达 in the name: selector leaves it (see below)
    ("资金分解下达时间", "收到后20日内", False),
    ("项目计划下达时间", "收到申报材料后30日内", False),
    ("资金下达时限", "收到上级指标文件后1个月内", False),
    ("奖补资金分配下达及时率", "≥95%", False),
    ("奖补资金下达至乡镇时间", "2026年6月30日前", False),
    # held out, written after the check
    ("专项资金分配下达时间", "接到省级资金后45日内", True),
    ("资金分解下达时限", "收到上级资金后3个月内", True),
    ("资金分配下达时间", "收到上级资金后30个自然日内", False),
    ("资金下达后拨付到户时限", "下达后60日内", False),
    ("补助资金分配下达时间", "收到市级资金文件后10日内", False),
]


@pytest.mark.parametrize(("name", "value", "told"), _PASSED_DOWN)
def test_transfer_passed_down_late(engine: Any, name: str, value: str, told: bool) -> None:
    fired = "TIME011" in _rules(engine, paid=name, paid_value=value)
    # a name without 下达 or 分解 is another check's to read
    assert fired is (told and ("下达" in name or "分解" in name))


# TIME012: the audit's five (b377, b379, b381, b383, b385), ten look-alikes (0 told), five held out (5 of 5 right)
_PAID_EARLY = [
    (_GOAL, "奖补资金拨付时间", "2026年5月31日前", "奖补项目竣工验收时间", True),
    (_GOAL.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "奖补资金验收合格后30日内兑付"),
     "奖补资金兑付完成时间", "2026年6月30日前", "奖补项目竣工验收时间", True),
    # look-alikes
    (_GOAL, "奖补资金拨付时间", "2026年12月31日前", "奖补项目竣工验收时间", False),  # after
    (_GOAL, "奖补资金预拨时间", "2026年5月31日前", "奖补项目竣工验收时间", False),  # an advance
    (_GOAL, "首批奖补资金拨付时间", "2026年5月31日前", "奖补项目竣工验收时间", False),
    (_GOAL, "奖补资金下达至乡镇时间", "2026年5月31日前", "奖补项目竣工验收时间", False),  # passed down
    (_GOAL, "奖补资金拨付至乡镇财政所时间", "2026年5月31日前", "奖补项目竣工验收时间", False),
    (_GOAL, "工程进度款拨付时间", "2026年5月31日前", "奖补项目竣工验收时间", False),
    (_GOAL.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "按工程进度拨付资金"),
     "奖补资金拨付时间", "2026年5月31日前", "奖补项目竣工验收时间", False),  # no rule in the goal
    (_GOAL, "奖补资金拨付时间", "2026年5月31日前", "一期工程竣工验收时间", False),  # a phase's acceptance
    (_GOAL, "奖补资金拨付时间", "验收合格后30日内", "奖补项目竣工验收时间", False),  # no date
    (_GOAL, "奖补项目开工时间", "2026年5月31日前", "奖补项目竣工验收时间", False),  # no paying
    # held out, written after the check
    (_GOAL.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "以奖代补资金在项目建成后兑付"),
     "以奖代补资金兑付时间", "2026年7月31日前", "奖补项目建成时间", True),
    (_GOAL, "奖补资金发放到村时间", "2026年8月31日前", "奖补项目完工时间", True),
    (_GOAL, "奖补资金清算拨付时间", "2026年12月20日前", "奖补项目竣工验收时间", False),
    (_GOAL, "村级项目启动资金拨付时间", "2026年3月31日前", "奖补项目竣工验收时间", False),
    (_GOAL.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "资金于2026年3月下达"),
     "奖补资金拨付时间", "2026年6月30日前", "奖补项目竣工验收时间", False),
]


@pytest.mark.parametrize(("goal", "paid", "paid_value", "accepted", "told"), _PAID_EARLY)
def test_paid_before_acceptance(engine: Any, goal: str, paid: str, paid_value: str, accepted: str,
                                told: bool) -> None:
    assert ("TIME012" in _rules(engine, goal=goal, paid=paid, paid_value=paid_value, accepted=accepted)) is told


# REL021: the audit's three (b376, b379, b383), ten look-alikes (0 told), five held out (5 of 5 right)
_PROVINCE = [
    ("某县财政局", "全省受益行政村个数", True),
    ("黔南州财政局", "全省新建农村产业路", True),
    ("某县猫场镇人民政府", "全省新建村内道路", True),
    # look-alikes
    ("贵州省财政厅", "全省受益行政村个数", False),  # a province's own table
    ("某县财政局", "全省一事一议考核本县排名", False),
    ("某县财政局", "全国放鱼日集中放流", False),  # 全国 opens names of days and events
    ("某县财政局", "全省青少年锦标赛参赛", False),
    ("某县财政局", "全省统一平台项目录入率", False),
    ("某县财政局", "全县受益行政村个数", False),
    ("某县财政局", "省级奖补项目", False),
    ("某县财政局", "全省农村公路管理系统数据录入", False),
    ("某县财政局", "受益行政村占全省比例", False),
    ("某县财政局", "全省科普日主场活动", False),
    # held out, written after the check
    ("某县农业农村局", "全省村级集体经济强村", True),
    ("某市住房和城乡建设局", "省域农房改造户数", True),
    ("某县农业农村局", "全省乡村振兴考核位次", False),
    ("四川省农业农村厅", "全省高标准农田建设", False),
    ("某县农业农村局", "全国农民丰收节活动", False),
]


@pytest.mark.parametrize(("department", "output", "told"), _PROVINCE)
def test_province_target_in_a_county_table(engine: Any, department: str, output: str, told: bool) -> None:
    assert ("REL021" in _rules(engine, department=department, output=output)) is told


# SAT002: the audit's four (b376, b378, b380, b381), ten look-alikes (0 told), five held out (5 of 5 right)
_GOVERNMENTS = [
    ("某县财政局", _GOAL, "县（市）财政局满意度", True),
    ("某县财政局", _GOAL, "镇党委政府满意度", True),
    ("某县财政局", _GOAL, "村“两委”干部满意度", True),
    ("某县财政局", _GOAL, "乡政府满意度", True),
    # look-alikes
    ("某县财政局", _GOAL, "受益村民满意度", False),
    ("某县财政局", _GOAL, "受益群众满意度", False),
    ("某县财政局", "2026年为全县18个乡镇财政所开展业务培训，培训财政所干部200人次。", "乡镇财政所满意度", False),
    ("某县财政局", "2026年为全县18个乡镇人民政府提供政务外网接入服务。", "乡镇人民政府满意度", False),
    ("某县财政局", _GOAL, "政府采购供应商满意度", False),
    ("某县财政局", _GOAL, "对镇政府服务的群众满意度", False),
    ("某县财政局", _GOAL, "离任村干部满意度", False),
    ("某县财政局", _GOAL, "农村居民满意度", False),
    ("某县财政局", "2026年为全县村“两委”干部开展履职培训400人次。", "参训村“两委”干部满意度", False),
    ("某县财政局", _GOAL, "受益农户满意度", False),
    # held out, written after the check
    ("某县财政局", _GOAL, "县财政局满意度", True),
    ("某县财政局", _GOAL, "乡镇政府满意度", True),
    ("某县财政局", _GOAL, "村两委成员满意度", True),
    ("某县财政局", "2026年为全县各乡镇政府购置应急广播设备。", "乡镇政府满意度", False),
    ("某县财政局", _GOAL, "项目村村民满意度", False),
]


@pytest.mark.parametrize(("department", "goal", "satisfaction", "told"), _GOVERNMENTS)
def test_satisfaction_of_the_governments_passing_it_on(engine: Any, department: str, goal: str, satisfaction: str,
                                                       told: bool) -> None:
    assert ("SAT002" in _rules(engine, department=department, goal=goal, satisfaction=satisfaction)) is told

"""Precision leftovers of session 28: a yield per kind of finding (SAT001's range notice stays beside
VAL003), units spelt in another case compared as one (REL046), Latin parameter names read as words
(VAL045), a cap on the term read from the goal (TIME020), and 断面次 read as a unit (VAL001)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.engine import Engine, PackError
from ggtlint.engine.config import Config
from ggtlint.engine.yields import drop_yielded
from ggtlint.findings import Finding, Severity
from ggtlint.load import load_text

SATISFACTION = """version: 1
project: {{name: 2026年学生资助资金, year: 2026, department: 县教育局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年资助家庭经济困难学生1000人。
indicators:
  满意度指标:
    服务对象满意度指标:
      - {{name: 受助学生满意度, value: "{value}"}}
"""


def _sat(engine: Any, value: str) -> list[tuple[str, str]]:
    findings = engine.check_source(load_text(SATISFACTION.format(value=value), "sat.yaml")).findings
    return [(f.rule_id, f.variant) for f in findings if f.rule_id in ("SAT001", "VAL003")]


@pytest.mark.parametrize(("value", "told"), [
    ("90%-105%", [("SAT001", "range"), ("VAL003", "default")]),  # write the floor: no word of VAL003's
    ("≥105%", [("VAL003", "default")]),  # above 100%: VAL003's, SAT001's exact_100 yields
    ("105%", [("VAL003", "default")]),
    ("＝100%", [("SAT001", "exact_100")]),  # VAL003 silent: nothing to yield to
    ("90%-95%", [("SAT001", "range")]),
    ("≥95%", []),
])
def test_satisfaction_yields_only_its_notice_that_val003_tells(engine: Any, value: str, told: list[Any]) -> None:
    assert sorted(_sat(engine, value)) == told


def _finding(rule: str, severity: Severity, variant: str = "default") -> Finding:
    return Finding(rule_id=rule, rule_name=rule, severity=severity, message_zh="问题", message_en="issue",
                   file="t.yaml", path="/indicators/满意度指标/服务对象满意度指标/0/value", variant=variant)


def test_drop_keeps_a_kind_that_does_not_yield() -> None:
    made = [_finding("B001", Severity.ERROR), _finding("A001", Severity.INFO, "range"),
            _finding("A001", Severity.INFO, "exact_100")]
    yields = {"A001": frozenset({"B001"})}
    assert [f.variant for f in drop_yielded(made, yields, {"A001": frozenset({"exact_100"})})] == ["default", "range"]
    assert [f.variant for f in drop_yielded(made, yields)] == ["default"]  # no kinds given: every kind yields


def test_the_variant_is_neither_compared_nor_fingerprinted() -> None:
    one, two = _finding("A001", Severity.INFO, "range"), _finding("A001", Severity.INFO, "exact_100")
    assert one == two and one.fingerprint == two.fingerprint


PACK = """pack: {name: bureau, version: "1"}
rules:
  - id: BUR001
    name: low-satisfaction
    severity: warning
    selector: {scope: indicator}
    check: satisfaction-target
    message: {zh: "“{name}”满意度不当。", en: "{name}: satisfaction."}
    summary: {zh: 满意度。, en: Satisfaction.}
    rationale: {zh: 本局要求。, en: Bureau policy.}
    fix: {zh: 改写。, en: Rewrite.}
YIELDS"""


@pytest.mark.parametrize(("yields", "zh", "en"), [
    ("    yields_to: [VAL003]\n    yields_variants: []\n", "yields_variants 是空列表", "yields_variants is an empty list"),
    ("    yields_to: [VAL003]\n    yields_variants: [Exact100]\n", "应是本规则的一种问题", "should be a kind of this rule's"),
    ("    yields_to: [VAL003]\n    yields_variants: [exact_10]\n", "不是检查 satisfaction-target 报告的问题种类",
     "did you mean exact_100"),
    ("    yields_variants: [exact_100]\n", "写了 yields_variants 却没有 yields_to", "without yields_to"),
])
def test_a_wrong_yields_variants_is_said_in_the_officers_words(tmp_path: Path, yields: str, zh: str, en: str) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK.replace("YIELDS", yields), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        Engine.build(Config(packs=[path]))
    assert zh in caught.value.message and en in caught.value.message_en, caught.value
    assert "does not match" not in caught.value.message and "should have at least" not in caught.value.message_en


def test_a_right_yields_variants_loads_and_is_documented(tmp_path: Path, engine: Any) -> None:
    from ggtlint.docs import yields_note

    path = tmp_path / "pack.yaml"
    path.write_text(PACK.replace("YIELDS", "    yields_to: [VAL003]\n    yields_variants: [exact_100, range]\n"),
                    encoding="utf-8")
    assert Engine.build(Config(packs=[path])).info("BUR001").yields_variants == ("exact_100", "range")
    sat = engine.info("SAT001")
    # (with no words for the kinds given, their names; the docs give their messages: tests/test_reread_s28_B.py)
    assert "只有这类问题让位：exact_100。" in yields_note(sat, "zh") and "of the kind exact_100 yield" in yields_note(sat, "en")


TIMELY = """version: 1
project: {{name: {project}, year: 2026, department: 县大数据发展局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
      - {{name: {name}, value: "{value}"}}
"""
PLATFORM = ("2026年在线监管系统二期建设项目", "2026年完成系统与省级平台的数据对接，二期于2026年10月31日前上线运行。",
            "与省级平台数据对接完成时间")
LIGHTS = ("2026年路灯改造项目", "LED改造于2026年9月30日前完成。", "LED改造完成时间")


@pytest.mark.parametrize(("case", "value", "told"), [
    # 全年 read as the year's end by both, TIME006 saying that end is past the goal's date: one finding
    (PLATFORM, "全年", [("TIME006", "whole_year_after_finish")]),
    (PLATFORM, "全年度", [("TIME006", "whole_year_after_finish")]),
    (LIGHTS, "全年", [("TIME006", "after_goal")]),
    # the form's notices (no 前, no year) are no word of TIME006's: both stay
    (LIGHTS, "2026年12月31日", [("TIME003", "no_before"), ("TIME006", "after_goal")]),
    (LIGHTS, "12月底前", [("TIME003", "year_inferred"), ("TIME006", "after_goal")]),
    # TIME006 silent (no date in the goal for it): TIME003's reading stays
    (("2026年路灯改造项目", "2026年完成LED路灯改造300盏。", "LED改造完成时间"), "全年", [("TIME003", "whole_year")]),
    (PLATFORM, "年内", [("TIME003", "year_inferred")]),
])
def test_time003_yields_its_whole_year_reading_to_time006(engine: Any, case: tuple[str, str, str], value: str,
                                                          told: list[tuple[str, str]]) -> None:
    project, goal, name = case
    text = TIMELY.format(project=project, goal=goal, name=name, value=value)
    findings = engine.check_source(load_text(text, "time.yaml")).findings
    assert sorted((f.rule_id, f.variant) for f in findings if f.rule_id in ("TIME003", "TIME006")) == told


GOAL_TABLE = """version: 1
project: {{name: 2026年农村黑臭水体治理项目, year: 2026, department: 市生态环境局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  效益指标:
    生态效益指标:
      - {{name: {name}, value: "{value}"}}
"""


@pytest.fixture(scope="module")
def rel046_alone() -> Engine:
    """REL046's own reading: the rules it yields to on the same indicator switched off."""
    return Engine.build(Config(ignore=["VAL006", "VAL015"]))


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # one unit spelt two ways: the same figure
    ("2026年治理后水体溶解氧大于2mg/L。", "治理后水体溶解氧", "＜2mg/l", True),
    ("2026年治理后水体溶解氧大于2mg/l。", "治理后水体溶解氧", "＜2mg/L", True),
    ("2026年城区PM2.5年均浓度低于35ug/m3。", "城区PM2.5年均浓度", "≥35μg/m³", True),
    ("2026年城区PM2.5年均浓度低于35μg/m³。", "城区PM2.5年均浓度", "≥35µg/m3", True),
    ("2026年城区PM2.5年均浓度低于35μg/m3。", "城区PM2.5年均浓度", "≥35ug/m³", True),
    ("2026年新增调蓄池容积大于500m3。", "新增调蓄池容积", "＜500m³", True),
    # look-alikes: the same side, another figure, another unit, other things
    ("2026年治理后水体溶解氧大于2mg/L。", "治理后水体溶解氧", "＞2mg/l", False),
    ("2026年治理后水体溶解氧大于2mg/L。", "治理后水体溶解氧", "＜3mg/l", False),
    ("2026年治理后水体溶解氧大于2mg/L。", "治理后水体溶解氧", "＜2mg/m³", False),
    ("2026年城区PM2.5年均浓度低于35ug/m3。", "城区PM2.5年均浓度", "≤35μg/m³", False),
    ("2026年城区PM2.5年均浓度低于35ug/m3。", "城区PM2.5年均浓度", "≥35mg/m³", False),
    ("2026年城区PM2.5年均浓度低于35ug/m3。", "城区噪声投诉处理", "≥35μg/m³", False),
    ("2026年新增调蓄池容积大于500m3。", "新增调蓄池容积", "＜500m²", False),
    ("2026年新增调蓄池容积大于500m3。", "新增调蓄池容积", "＞500m³", False),
    # held out, written after the change: 4 of 4 look-alikes quiet, 2 of 2 told
    ("2026年治理后水体氨氮小于1.5mg/L。", "治理后水体氨氮", "≤1.5mg/l", False),
    ("2026年城区PM10年均浓度低于70ug/m3。", "城区PM10年均浓度", "≤70μg/m³", False),
    ("2026年新建蓄水池容积大于200m3。", "新建蓄水池容积", "≥200m³", False),
    ("2026年城区SO2年均浓度低于20ug/m3，NO2年均浓度低于40μg/m³。", "城区NO2年均浓度", "≤40ug/m3", False),
    ("2026年治理后出水总磷低于0.3mg/L。", "治理后出水总磷", "≥0.3mg/l", True),
    ("2026年新增供水能力大于500m3/d。", "新增供水能力", "＜500m³/d", True),
])
def test_rel046_reads_one_unit_spelt_two_ways_as_one(rel046_alone: Engine, goal: str, name: str, value: str,
                                                     told: bool) -> None:
    text = GOAL_TABLE.format(goal=goal, name=name, value=value)
    found = {f.rule_id for f in rel046_alone.check_source(load_text(text, "rel046.yaml")).findings}
    assert ("REL046" in found) is told


@pytest.mark.parametrize(("written", "key"), [
    ("mg/l", "mg/L"), ("mg/L", "mg/L"), ("ug/m3", "μg/m³"), ("µg/m³", "μg/m³"), ("m3", "m³"), ("m2", "m²"),
    ("ug/L", "μg/L"), ("mg/m³", "mg/m³"), ("kW", "kW"), ("MW", "MW"), ("万元", "万元"), ("t", "t"), ("lx", "lx"),
])
def test_unit_key(written: str, key: str) -> None:
    from ggtlint.values.normalize import unit_key

    assert unit_key(written) == key


MEDIUM_TABLE = """version: 1
project: {{name: 2026年污染治理项目, year: 2026, department: 市生态环境局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年完成污染治理。
indicators:
  效益指标:
    生态效益指标:
      - {{name: {name}, value: "{value}"}}
"""


@pytest.mark.parametrize(("name", "value", "told"), [
    ("治理后水体COD浓度", "≤20mg/m³", True),
    ("污水处理厂出水CODcr浓度", "≤30mg/m³", True),
    ("污水处理厂出水CODMn", "≤6mg/m3", True),
    ("出水BOD5浓度", "≤10mg/m³", True),
    ("城区PM10年均浓度", "≤70mg/L", True),
    ("城区PM2.5年均浓度", "≤35μg/L", True),
    # a Latin word holding the letters: no parameter
    ("QRCODE赋码车间废气排放浓度", "≤20mg/m³", False),
    ("BARCODE打印车间废气排放浓度", "≤20mg/m³", False),
    ("BODYSHOP车间废气排放浓度", "≤20mg/m³", False),
    ("DECODER机房废气排放浓度", "≤20mg/m³", False),
    ("APM10型除尘设备出水悬浮物", "≤20mg/L", False),
    ("PM100型监测仪出水悬浮物浓度", "≤20mg/L", False),
    # held out, written after the change: 2 of 2 told, 4 of 4 quiet
    ("COD、氨氮排放浓度", "≤50mg/m³", True),
    ("PM2.5浓度（城区）", "≤35mg/L", True),
    ("CODEX平台机房废气浓度", "≤10mg/m³", False),
    ("ABOD储罐区废气浓度", "≤10mg/m³", False),
    ("SPM10型设备出水浓度", "≤10mg/L", False),
    ("出水COD", "≤50mg/L", False),
])
def test_val045_reads_latin_parameters_as_words(engine: Any, name: str, value: str, told: bool) -> None:
    text = MEDIUM_TABLE.format(name=name, value=value)
    found = {f.rule_id for f in engine.check_source(load_text(text, "val045.yaml")).findings}
    assert ("VAL045" in found) is told


LOAN = "创业担保贷款期限{cap}，财政全额贴息，扶持创业300户。"
ASHES = "对逝者免除遗体火化、骨灰寄存（{cap}）基本殡葬服务费用，预计惠及2000具。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (LOAN.format(cap="不得超过3年"), "创业担保贷款期限", "＝5年", True),
    (LOAN.format(cap="最长为3年"), "创业担保贷款期限", "＝5年", True),
    (LOAN.format(cap="最长3年"), "创业担保贷款期限", "＝5年", True),
    (ASHES.format(cap="十二个月内"), "骨灰免费寄存期限", "＝24个月", True),
    (ASHES.format(cap="三十天内"), "骨灰免费寄存期限", "＝2个月", True),
    # look-alikes: within the cap, a floor, a cap of another act, a numeral of a date or a count
    (LOAN.format(cap="不得超过3年"), "创业担保贷款期限", "≤3年", False),
    (LOAN.format(cap="最长为3年"), "创业担保贷款期限", "＝2年", False),
    (ASHES.format(cap="十二个月内"), "骨灰免费寄存期限", "＝12个月", False),
    (ASHES.format(cap="三十天内"), "骨灰免费寄存期限", "＝30天", False),
    ("创业担保贷款不得少于3年，扶持创业300户。", "创业担保贷款期限", "＝5年", False),
    ("项目建设期不得超过2年，质保期另计。", "设备质保期", "≥5年", False),
    ("十二月内完成骨灰堂改造，惠及2000具。", "骨灰免费寄存期限", "＝3年", False),
    ("免费寄存骨灰十二具以内，寄存期满后30日内领回。", "骨灰免费寄存期限", "＝1年", False),
    # held out, written after the change: 2 of 2 told, 4 of 4 quiet
    ("对符合条件的困难群众提供免费法律咨询，援助期限不应超过六个月。", "法律援助期限", "＝12个月", True),
    ("为退役军人提供免费技能培训，培训补贴期限最长为二年。", "培训补贴期限", "＝3年", True),
    ("为退役军人提供免费技能培训，培训补贴期限最长为二年。", "培训补贴期限", "＝24个月", False),
    ("新建公租房3年内不得转让，租赁合同期限不得少于5年。", "公租房租赁合同期限", "＝5年", False),
    ("二十三天内完成全部设备安装，设备质保期另计。", "设备质保期", "＝1年", False),
    ("对特困人员提供临时住所，住所安置十五天内，惠及200人。", "临时住所安置期", "＝10天", False),
])
def test_time020_reads_more_caps_in_the_goal(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    text = GOAL_TABLE.format(goal=goal, name=name, value=value).replace("生态效益指标", "社会效益指标")
    found = {f.rule_id for f in engine.check_source(load_text(text, "time020.yaml")).findings}
    assert ("TIME020" in found) is told


OUTPUT_TABLE = """version: 1
project: {{name: 2026年地表水环境质量监测项目, year: 2026, department: 市生态环境局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年完成全市30个地表水断面每月1次水质监测。
indicators:
  产出指标:
    数量指标:
      - {{name: {name}, value: "{value}"}}
"""


@pytest.mark.parametrize(("name", "value", "told"), [
    # a count of sections times the rounds each is sampled: a unit, as 人次 and 户次 are
    ("地表水断面水质监测", "≥360断面次", False),
    ("地表水断面水质监测", "≥360断面·次", False),
    ("地表水断面水质监测", "＝360断面次", False),
    ("地表水监测点位采样", "≥120点位次", False),
    # words, no figure: still text
    ("地表水断面水质监测", "按断面次监测", True),
    ("地表水断面水质监测", "断面次全覆盖", True),
    ("地表水断面水质监测", "每断面次达标", True),
    ("地表水断面水质监测", "断面水质达标", True),
    ("地表水断面水质监测", "监测点位次序合理", True),
    ("地表水断面水质监测", "完成各断面监测", True),
    # held out, written after the change: 3 of 3 read as counts, 3 of 3 still text
    ("国控断面水质监测", "≥720断面次", False),
    ("国控断面水质监测", "不少于360断面次", False),
    ("国控断面水质监测", "360断面次", False),
    ("国控断面水质监测", "断面次数达标", True),
    ("国控断面水质监测", "按月监测各断面次", True),
    ("国控断面水质监测", "断面次均值达标", True),
])
def test_val001_reads_sections_times_rounds_as_a_count(engine: Any, name: str, value: str, told: bool) -> None:
    text = OUTPUT_TABLE.format(name=name, value=value)
    found = {f.rule_id for f in engine.check_source(load_text(text, "val001.yaml")).findings}
    assert ("VAL001" in found) is told


@pytest.mark.parametrize(("text", "unit"), [("≥360断面次", "断面次"), ("≥360断面·次", "断面·次"), ("≥120点位次", "点位次"),
                                            ("≥30断面", "断面"), ("≥30个断面", "个断面"), ("≥500人次", "人次")])
def test_the_reader_takes_a_count_unit(text: str, unit: str) -> None:
    from ggtlint.values import parse_value

    parsed = parse_value(text)
    assert (parsed.kind, parsed.unit) == ("count", unit)

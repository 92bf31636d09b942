"""Re-read of session 27's new checks (reviewer A): each case a check plainly mishandled before its fix, beside the
case it must still tell."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某县民生项目, year: 2027, department: 某县民政局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
      - {{name: "{name}", value: "{value}", note: "{note}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _rules(engine: Any, goal: str, name: str, value: str, note: str = "") -> set[str]:
    text = TABLE.format(goal=goal, name=name, value=value, note=note)
    return {f.rule_id for f in engine.check_source(load_text(text, "reread_s27_A.yaml")).findings}


@pytest.fixture(scope="module")
def direction_engine() -> Engine:
    """REL046's own reading: VAL006 and VAL015, which it yields to on the same indicator, switched off (the yield is
    tests/test_yields_to.py's)."""
    return Engine.build(Config(ignore=["VAL006", "VAL015"]))


# TIME020: a numeral of two characters (三十天, 十二个月) was read by its last one (十天, 二个月)
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("对遗体暂存（三十天内）免收费用，惠及1500具。", "遗体免费暂存期限", "＝20天", False),  # was read as 十天内
    ("骨灰寄存最长十二个月内免费。", "骨灰免费寄存期限", "＝6个月", False),  # was read as 二个月内
    ("对遗体暂存（十天内）免收费用，惠及1500具。", "遗体免费暂存期限", "＝20天", True),
    ("对遗体暂存（7天内）免收费用，惠及1500具。", "遗体免费暂存期限", "＝20天", True),
])
def test_term_numeral_of_two_characters(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("TIME020" in _rules(engine, goal, name, value)) is told


# REL046: a bound negated by more than 不 (不得低于, 不应低于, 严禁超过) was read as its opposite side
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2027年治理后水体溶解氧不得低于2mg/L。", "治理后水体溶解氧", "≥2mg/L", False),
    ("2027年治理后水体溶解氧不应低于2mg/L。", "治理后水体溶解氧", "≥2mg/L", False),
    ("2027年治理后水体溶解氧不能小于2mg/L。", "治理后水体溶解氧", "≥2mg/L", False),
    ("2027年群众投诉处理时间严禁超过3天。", "群众投诉处理时间", "≤3天", False),
    ("2027年群众投诉处理时间禁止超过3天。", "群众投诉处理时间", "≤3天", False),
    ("2027年治理后水体溶解氧大于2mg/L。", "治理后水体溶解氧", "＜2mg/L", True),
    ("2027年群众投诉处理时间少于3天。", "群众投诉处理时间", "≥3天", True),
])
def test_direction_negated_bound(direction_engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL046" in _rules(direction_engine, goal, name, value)) is told


STARTUP = "对困难家庭给予一次性临时救助，补贴120户。"


# FUND029: a cap per period written 不得超过 (not 不超过) was read as a price per period
@pytest.mark.parametrize(("note", "told"), [
    ("每户每年不得超过5000元", False),
    ("每户每年原则上不得超过5000元", False),
    ("每户每年不超过5000元", False),
    ("按每户每年5000元发放", True),
])
def test_one_off_cap_not_a_price(engine: Any, note: str, told: bool) -> None:
    assert ("FUND029" in _rules(engine, STARTUP, "一次性临时救助资金", "≤60万元", note)) is told


# VAL046 (goal_standards): a cap written 不得超过 before a standard was read as a standard paid
@pytest.mark.parametrize(("goal", "told"), [
    ("2027年按不得超过每户每年600元标准为3200户低保家庭发放取暖补贴。", False),
    ("2027年按不超过每户每年600元标准为3200户低保家庭发放取暖补贴。", False),
    ("2027年按每户每年600元标准为3200户低保家庭发放取暖补贴。", True),
])
def test_goal_standard_cap_not_read(engine: Any, goal: str, told: bool) -> None:
    assert ("VAL046" in _rules(engine, goal, "低保家庭取暖补贴标准", "＝600元/人·年")) is told


def test_standard_medium_message_names_what_is_measured(engine: Any) -> None:
    """REL045's message says what the indicator measures (水质) and whose the standard is (空气（废气）), not 水, 大气."""
    text = TABLE.format(goal="2027年完成入河排污口排查整治。", name="出境断面水质", value="达到Ⅱ类",
                        note="按GB 3095—2012《环境空气质量标准》")
    found = [f for f in engine.check_source(load_text(text, "reread_s27_A.yaml")).findings if f.rule_id == "REL045"]
    assert len(found) == 1
    assert "衡量的是水质" in found[0].message_zh and "却是空气（废气）的标准" in found[0].message_zh
    assert "改引水质的适用标准" in found[0].suggestion_zh
    assert "measures water" in found[0].message_en


# REL046: a bound naming a group (超过3天的投诉, 500人以上的企业) sets no target and was read as one
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2027年投诉处理超过3天的予以督办，办结率达到95%以上。", "投诉处理时限", "≤3天", False),
    ("2027年对企业用工人数500人以上的企业开展用工指导。", "企业用工人数", "≤500人", False),
    ("2027年群众投诉处理超过3天的，纳入督办。", "群众投诉处理时限", "≤3天", False),
    ("2027年投诉处理时间少于3天。", "投诉处理时限", "≥3天", True),
])
def test_direction_bound_naming_a_group(direction_engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL046" in _rules(direction_engine, goal, name, value)) is told


# FUND029: 一次性 of disposable goods (一次性医用耗材, 一次性餐具) was read as a one-off payment
@pytest.mark.parametrize(("goal", "name", "value", "note", "told"), [
    ("2027年为辖区医疗机构配备一次性医用耗材。", "一次性医用耗材采购费", "≤5000元/月", "", False),
    ("2027年保障机关食堂运转。", "一次性餐具采购费", "≤3000元", "每月300元", False),
    ("2027年保障机关食堂运转。", "一次性餐具消毒费", "≤300元/月", "", False),
    ("对首次创业的高校毕业生给予一次性创业补贴。", "一次性创业补贴标准", "＝6000元/人·月", "", True),
    ("对困难家庭给予临时救助。", "一次性临时救助资金", "≤60万元", "按每户每月500元发放", True),
])
def test_one_off_of_goods_not_a_payment(engine: Any, goal: str, name: str, value: str, note: str, told: bool) -> None:
    assert ("FUND029" in _rules(engine, goal, name, value, note)) is told


# REL045: GB 18918 sets a sewage plant's effluent and its boundary's air (厂界恶臭): it was read as water's only
@pytest.mark.parametrize(("name", "note", "told"), [
    ("厂界恶臭污染物排放达标率", "按GB 18918—2002《城镇污水处理厂污染物排放标准》表4", False),
    ("出水水质达标率", "按GB 18918—2002《城镇污水处理厂污染物排放标准》", False),
    ("厂界恶臭污染物排放达标率", "按GB 3838—2002《地表水环境质量标准》", True),
    ("出水水质达标率", "按GB 3095—2012", True),
])
def test_standard_of_two_media(engine: Any, name: str, note: str, told: bool) -> None:
    assert ("REL045" in _rules(engine, "2027年完成污水处理厂提标改造。", name, "＝100%", note)) is told

"""Value forms the careful round g456–g467 probed and found read as unquantified text (VAL001, an error) or
wrongly; look-alikes keep their readings (each run before and after the change).

- a study trip's length in days and nights (2天1晚, 3天2晚) is its days (_NIGHTS, in _respelt).
- a limit after an event whose deed was not listed (来电结束后24小时内回访, 企业申请后20个工作日内兑现,
  合同签订后10个工作日内开通) or with a Latin letter in the event (发现D级危房后48小时内) is the limit, as
  发现危房后48小时内 (_DEED: 回访, 兑现, 开通; _AFTER_EVENT).
- a quality check passed (通过州级质检, 通过州级质量检查) and a pass at the first attempt (一次性通过验收) are
  yes/no, as 通过省级验收 (_PASSED).
- a title with brackets of its own in a note (≥90%（按《技术规范（2020年版）》）) is the figure (_with_remark).
- a density per a round area (≥1个/100平方公里) is per that area, as ≥1个/平方公里 (_PER_PERIODS).
- an average per day, month or year (日均≥55人次, 月均≥1场, 年均≥2000份) is per that period (_PER_PREFIX); a
  share in ten thousand (≤万分之五) is ≤0.05% (_CN_PERCENT_OF).
- 全天24小时 is hours a day, as 每天24小时; 100%准确 is 100%, as 100%合格; 12月底前支出100% is all spent by
  the date (_DEED 支出); two spans of months of a year (2026年4—6月、9—11月) are done by the later end
  (_dates_listed); a standard per one with its sum (2万元/栋，共180万元) is the standard (_TOTAL_AFTER); T is a
  figure in T (tonnes as officers write them, or a magnet's tesla: units.yaml, never converted).
- rates for two places with no comparison (县级100%、乡镇90%) are two targets (VAL012), as 汛期≤24小时，
  非汛期≤72小时; counts for two places (城区120人、农村80人) add up and stay as read (_two_targets).
- a change with a remark on how it is counted (减少≥500吨（折纯）, 昼间≤70dB（A）) is the change, as
  减少≥500吨 (_with_remark reads its body with the rewrites).

Left as read: 出行前15日 and 活动开展前7个工作日 were already external (TIME003) as 开班前5个工作日; 保持29人
keeps VAL005 as 29人 does (a level held says neither ≥ nor ＝; 保持100% is a rate that can only be ＝100%);
接报后2小时内到场、24小时内处置 stays two targets (VAL012).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest

from engine_helpers import line_findings
from ggtlint.values import parse_value
from ggtlint.values.parse import TWO_TARGETS


def assert_reads(value: str, expected: dict[str, Any]) -> None:
    parsed = parse_value(value, budget_year=2026)
    for field, want in expected.items():
        assert getattr(parsed, field) == want, (value, field, parsed)


FORMS: list[tuple[str, dict[str, Any]]] = [
    ("2天1晚", {"kind": "duration", "number": D(2), "unit": "天"}),
    ("3天2晚", {"kind": "duration", "number": D(3), "unit": "天"}),
    ("来电结束后24小时内回访", {"kind": "duration", "op": "≤", "number": D(24), "unit": "小时"}),
    ("企业申请后20个工作日内兑现", {"kind": "duration", "op": "≤", "number": D(20), "unit": "个工作日"}),
    ("合同签订后10个工作日内开通", {"kind": "duration", "op": "≤", "number": D(10), "unit": "个工作日"}),
    ("发现D级危房后48小时内", {"kind": "duration", "op": "≤", "number": D(48), "unit": "小时"}),
    ("鉴定为D级后48小时内", {"kind": "duration", "op": "≤", "number": D(48), "unit": "小时"}),
    ("通过州级质检", {"kind": "qualitative", "quality": "yesno"}),
    ("通过州级质量检查", {"kind": "qualitative", "quality": "yesno"}),
    ("一次性通过验收", {"kind": "qualitative", "quality": "yesno"}),
    ("≥90%（按《技术规范（2020年版）》）", {"kind": "rate", "op": "≥", "number": D(90)}),
    ("≥1个/100平方公里", {"kind": "per_unit", "op": "≥", "number": D(1), "per": "100平方公里"}),
    ("日均≥55人次", {"kind": "per_unit", "op": "≥", "number": D(55), "unit": "人次/日", "per": "日"}),
    ("月均≥1场", {"kind": "per_unit", "op": "≥", "number": D(1), "unit": "场/月"}),
    ("年均≥2000份", {"kind": "per_unit", "op": "≥", "number": D(2000), "unit": "份/年"}),
    ("≤万分之五", {"kind": "rate", "op": "≤", "percent": D("0.05")}),
    ("全天24小时", {"kind": "per_unit", "number": D(24), "unit": "小时/天"}),
    ("100%准确", {"kind": "rate", "number": D(100)}),
    ("昼间≤70dB（A）", {"kind": "number", "op": "≤", "number": D(70), "unit": "dB"}),
    ("12月底前支出100%", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 12, 31)}),
    ("2万元/栋，共180万元", {"kind": "per_unit", "yuan": D(20000), "per": "栋"}),
    ("2026年4—6月、9—11月", {"kind": "deadline", "op": "≤", "deadline": dt.date(2026, 11, 30)}),
    ("≥60T", {"kind": "count", "op": "≥", "number": D(60), "unit": "T"}),
    ("县级100%、乡镇90%", {"kind": "rate", "number": D(100), "problems": ((TWO_TARGETS, "乡镇90%"),)}),
    ("减少≥500吨（折纯）", {"kind": "count", "op": "≥", "number": D(500), "unit": "吨", "change": "down"}),
]


@pytest.mark.parametrize(("value", "expected"), FORMS, ids=[form[0] for form in FORMS])
def test_a_real_form_is_read(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


# look-alikes, read the same before and after
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("2天1次", {"kind": "qualitative", "quality": "text"}),
    ("每2天1次", {"kind": "per_unit", "number": D(1), "per": "2天"}),
    ("1晚", {"kind": "count", "number": D(1), "unit": "晚"}),
    ("发现危房后48小时内", {"kind": "duration", "op": "≤", "number": D(48)}),
    ("D级后48小时", {"kind": "qualitative", "quality": "text"}),
    ("24小时内回访率≥90%", {"kind": "rate", "op": "≥", "number": D(90)}),
    ("会议召开前3天", {"kind": "qualitative", "quality": "external"}),
    ("出行前15日", {"kind": "qualitative", "quality": "external"}),
    ("活动开展前7个工作日", {"kind": "qualitative", "quality": "external"}),
    ("争取通过验收", {"kind": "qualitative", "quality": "text"}),
    ("通过州级质检并整改", {"kind": "qualitative", "quality": "text"}),
    ("≥90%（按《规范》（2020年版））", {"kind": "qualitative", "quality": "text"}),
    ("《技术规范（2020年版）》", {"kind": "qualitative", "quality": "text"}),
    ("≥1个/150平方公里", {"kind": "qualitative", "quality": "text"}),
    ("3场/500人", {"kind": "qualitative", "quality": "text"}),
    ("≥2台/100人", {"kind": "qualitative", "quality": "text"}),
    ("年均增长≥500万元", {"kind": "money", "op": "≥", "change": "up"}),
    ("日均客流量≥500人次", {"kind": "count", "op": "≥", "number": D(500)}),
    ("≤千分之五", {"kind": "rate", "op": "≤", "number": D(5), "unit": "‰"}),
    # (every hour of the day, a service window as 全天24小时, not a 24-hour limit: read so since h115)
    ("全天候24小时", {"kind": "per_unit", "number": D(24), "unit": "小时/天", "per": "天"}),
    ("全天24小时值守", {"kind": "qualitative", "quality": "text"}),
    ("数据准确", {"kind": "qualitative", "quality": "text"}),
    ("12月底前支出80%", {"kind": "qualitative", "quality": "text"}),
    ("6月底前完成50%、12月底前完成100%", {"kind": "deadline", "deadline": dt.date(2026, 12, 31)}),
    ("4—6月、9—11月", {"kind": "qualitative", "quality": "text"}),
    ("2026年4—6月、9—13月", {"kind": "qualitative", "quality": "text"}),
    ("≥100户，共180万元", {"kind": "qualitative", "quality": "text"}),
    ("≥60t", {"kind": "count", "op": "≥", "number": D(60), "unit": "t"}),
    ("城区120人、农村80人", {"kind": "qualitative", "quality": "text", "problems": ()}),
    ("开展培训2次、发放资料500份", {"kind": "qualitative", "quality": "text"}),
    ("95%、100%", {"kind": "qualitative", "quality": "text"}),
    ("减少（折纯）", {"kind": "qualitative", "quality": "text"}),
    ("增加（≥5%）", {"kind": "qualitative", "quality": "text"}),
    ("接报后2小时内到场、24小时内处置", {"kind": "duration", "number": D(2), "problems": ((TWO_TARGETS, "24小时内处置"),)}),
    ("保持29人", {"kind": "count", "op": None, "number": D(29)}),
]


@pytest.mark.parametrize(("value", "expected"), LOOK_ALIKES, ids=[form[0] for form in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(value: str, expected: dict[str, Any]) -> None:
    assert_reads(value, expected)


@pytest.mark.parametrize(("level2", "name", "value"), [("时效指标", "研学活动时长", "2天1晚"),
                                                       ("时效指标", "回访及时性", "来电结束后24小时内回访"),
                                                       ("质量指标", "成果质量", "通过州级质检"),
                                                       ("数量指标", "便民网点覆盖密度", "≥1个/100平方公里")])
def test_val001_leaves_the_forms_read(engine: Any, level2: str, name: str, value: str) -> None:
    assert not line_findings(engine, level2, {"name": name, "value": value}, "VAL001")


def test_val012_tells_rates_for_two_places(engine: Any) -> None:
    line = {"name": "基层覆盖率", "value": "县级100%、乡镇90%"}
    assert not line_findings(engine, "质量指标", line, "VAL001")
    assert len(line_findings(engine, "质量指标", line, "VAL012")) == 1

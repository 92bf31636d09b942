"""Value forms that careful tables g248–g259 (fixtures/sectors) use and that drew false findings: each
is how officers of that sector write a checkable target, and each was read as text or as a template
blank. Look-alikes below keep their own reading, so each fix stops where it should.

- the security protection scheme's level in its other wordings (符合网络安全等级保护第三级要求, 达到等保三级要求,
  通过第三级等级保护测评) was text: VAL001 (an error), while 通过等保三级测评 read as a grade;
- a deed after a response limit that the deed list lacked (接警后10分钟内出动, 发现后24小时内发布) was text: VAL001;
- a recurring settlement day with 结清 (每月15日前结清上月费用) was text: VAL001, while 结算 was read;
- how often in a season named by its months (4—9月每周1次) was text: VAL001, while 高发期每周1次 was read;
- the last games or championship as the bar (不低于上届), or a few years' mean (低于近五年平均水平), was text: VAL013
  under benefits, as 不低于上年 was not;
- a season or festival of a year written, its date in brackets (2024年春节前（2月9日前）, 2024年“八一”前（7月31日前）),
  was "not a checkable time" (TIME003) or text (VAL001), while 春节前（2024年2月9日前） was read; a festival of
  visits and allowances alone (八一前, 重阳节前) was text (VAL001, an error), not a date set elsewhere as 春节前 is;
- a half year with its day in brackets (2024年上半年（6月30日前）) was told it had no 前 (TIME003), the 前 being in the
  brackets; a period of two days with no year (7月1日至8月20日) was text (VAL001, an error), while 9月30日前 is a
  date of the budget year;
- a service window with 天 after the days (7天×24小时, 5天*8小时) was text, or with * a template blank
  (STR005, an error); the year round (365天×24小时) was text: VAL001.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from value_helpers import assert_form_reads, assert_reads, row_findings

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import parse_value

FIXED: list[tuple[str, dict[str, Any]]] = [
    ("符合网络安全等级保护第三级要求", {"kind": "qualitative", "quality": "standard"}),
    ("达到等保三级要求", {"kind": "qualitative", "quality": "standard"}),
    ("符合等级保护三级要求", {"kind": "qualitative", "quality": "standard"}),
    ("通过第三级等级保护测评", {"kind": "qualitative", "quality": "standard"}),
    ("接警后10分钟内出动", {"kind": "duration", "op": "≤", "unit": "分钟"}),
    ("发现后24小时内发布", {"kind": "duration", "op": "≤", "unit": "小时"}),
    ("每月15日前结清上月费用", {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("4—9月每周1次", {"kind": "per_unit", "per": "周", "unit": "次/周"}),
    ("5月至9月每月2次", {"kind": "per_unit", "per": "月", "unit": "次/月"}),
    ("7天×24小时", {"kind": "duration", "window": (7, 24)}),
    ("7天*24小时", {"kind": "duration", "window": (7, 24)}),
    ("5天*8小时", {"kind": "duration", "window": (5, 8)}),
    ("365天×24小时", {"kind": "duration", "window": (7, 24)}),
    ("全年365天24小时", {"kind": "duration", "window": (7, 24)}),
    ("不低于上届", {"kind": "qualitative", "quality": "standard"}),
    ("2024年春节前（2月9日前）", {"kind": "deadline", "deadline": dt.date(2024, 2, 9), "year_inferred": False}),
    ("2024年“八一”前（7月31日前）", {"kind": "deadline", "deadline": dt.date(2024, 7, 31)}),
    ("2026年春节前（2月16日前）", {"kind": "deadline", "deadline": dt.date(2026, 2, 16)}),  # the next year's, as written
    ("2024年汛期前（5月31日前）", {"kind": "deadline", "deadline": dt.date(2024, 5, 31)}),
    ("2024年上半年（6月30日前）", {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 6, 30)}),
    ("7月1日至8月20日", {"kind": "deadline", "op": "≤", "deadline": dt.date(2025, 8, 20), "year_inferred": True}),
    ("八一前", {"kind": "deadline", "deadline": dt.date(2025, 8, 1), "year_inferred": True}),  # a fixed day (h115)
    ("重阳节前", {"kind": "qualitative", "quality": "external"}),
    ("≥上届水平", {"kind": "qualitative", "quality": "standard"}),
    ("低于近五年平均水平", {"kind": "qualitative", "quality": "standard"}),
    ("≤近三年平均", {"kind": "qualitative", "quality": "standard"}),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_careful_form_reads(text: str, expected: dict[str, Any]) -> None:
    assert_form_reads(text, 2025, expected)


# look-alikes: a scheme or a level alone names no standard; a lone * is still a blank; a window of
# more days than a week is still the slip VAL012 reports
LOOK_ALIKES: list[tuple[str, dict[str, Any]]] = [
    ("符合等级保护要求", {"kind": "qualitative", "quality": "text"}),
    ("达到第三级要求", {"kind": "qualitative", "quality": "text"}),
    ("下达到第三级单位", {"kind": "qualitative", "quality": "text"}),
    ("*天", {"kind": "placeholder"}),
    ("5天*", {"kind": "placeholder"}),
    ("每月5日前报送上月数据分析报告", {"kind": "qualitative", "quality": "text"}),
    ("365天", {"kind": "duration", "number": 365, "window": None}),
    ("上届", {"kind": "qualitative", "quality": "text"}),
    ("近三年平均", {"kind": "qualitative", "quality": "text"}),
    ("低于近三年", {"kind": "qualitative", "quality": "text"}),
    ("八一", {"kind": "qualitative", "quality": "text"}),
    ("2024年明显改善（2024年底前）", {"kind": "qualitative", "quality": "vague"}),
    ("2024年底（6月底前完成采购）", {"kind": "deadline", "op": None, "deadline": dt.date(2024, 12, 31)}),
    ("8月20日至7月1日", {"kind": "qualitative", "quality": "text"}),
    ("3-5月", {"kind": "qualitative", "quality": "text"}),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alike_keeps_its_reading(text: str, expected: dict[str, Any]) -> None:
    assert_reads(parse_value(text, budget_year=2025), expected)


def test_a_window_of_more_days_than_a_week_is_still_a_slip() -> None:
    assert parse_value("8天×24小时").problems


@pytest.mark.parametrize(("level2", "name", "value"), [
    ("质量指标", "平台网络安全等级保护", "符合网络安全等级保护第三级要求"),
    ("时效指标", "搜救艇接警后出动时限", "接警后10分钟内出动"),
    ("时效指标", "赤潮预警信息发布时限", "发现后24小时内发布"),
    ("时效指标", "救助资金与定点医疗机构结算时间", "每月15日前结清上月费用"),
    ("数量指标", "高发期加密监测频次", "4—9月每周1次"),
    ("时效指标", "搜救值守时间", "7天×24小时"),
    ("时效指标", "民营企业服务热线接听时段", "5天*8小时"),
    ("时效指标", "风险监测预警平台服务时段", "365天×24小时"),
    ("时效指标", "春节走访慰问完成时间", "2023年春节前（1月21日前）"),
    ("时效指标", "上半年培训班结业时间", "2023年上半年（6月30日前）"),
    ("时效指标", "“八一”走访慰问完成时间", "2023年“八一”前（7月31日前）"),
])
def test_careful_form_draws_nothing(engine, level2: str, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Each drew VAL001 (not quantified) or STR005 (a template blank, told by the indicator's name), both errors, or
    TIME003 (not a checkable time, a warning)."""
    document = example_document({})
    document["indicators"]["产出指标"].setdefault(level2, []).append({"name": name, "value": value})
    findings = engine.check_source(load_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "t.yaml")).findings
    assert not [(f.rule_id, f.value) for f in findings if f.value.split("\x1f")[-1] in (name, value)]


@pytest.mark.parametrize(("level2", "name", "value"), [
    ("社会效益指标", "全省青少年锦标赛团体总分", "不低于上届"),
    ("经济效益指标", "赤潮灾害造成养殖直接经济损失", "低于近五年平均水平"),
])
def test_a_past_level_as_the_bar_is_graded(engine, level2: str, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """g252's 不低于上届 and g257's 低于近五年平均水平 drew VAL013 ("neither quantified nor graded"), as 不低于上年 did not."""
    assert not row_findings(engine, "效益指标", level2, name, value)


def test_a_period_with_no_year_is_a_date_of_the_budget_year(engine) -> None:  # type: ignore[no-untyped-def]
    """7月1日至8月20日 drew VAL001 ("not quantified", an error); now the notice 9月30日前 draws: no year written."""
    assert list(row_findings(engine, "产出指标", "时效指标", "夏令营举办时间", "7月1日至8月20日")) == ["TIME003"]


@pytest.mark.parametrize(("level1", "level2", "name"), [
    ("满意度指标", "服务对象满意度指标", "台胞台企满意度"),
    ("产出指标", "质量指标", "台胞诉求办结率"),
])
def test_a_percent_column_written_in_words_makes_the_figure_a_percentage(  # type: ignore[no-untyped-def]
        engine, level1: str, level2: str, name: str) -> None:
    """g248's 计量单位 column says 百分比 beside ≥90 and ≥98: SAT001 and VAL009 said the value was no percentage
    (warnings), though VAL011 already took 百分比 for %."""
    document = example_document({})
    document["indicators"].setdefault(level1, {}).setdefault(level2, []).append(
        {"name": name, "value": "≥90", "unit": "百分比"})
    findings = engine.check_source(load_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "t.yaml")).findings
    assert not [f.rule_id for f in findings if f.value.split("\x1f")[-1] in (name, "≥90")]

"""A re-read of the hour's changes (VAL034 … the value reader's tiers): each problem found, held here."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import parse_value
from ggtlint.values.hints import name_hint


@pytest.mark.parametrize("value", ["城区不少于每日2次，农村不少于每周1次", "汛期不低于每日1次，非汛期不低于每周1次"])
def test_a_tier_label_does_not_swallow_its_comparison(value: str) -> None:
    # the floor (不少于) is no part of the tier's name: reading 城区不少于 as the tier left ＝2次/日, an exact target
    parsed = parse_value(value)
    assert parsed.number is None or parsed.op == "≥"


def _goal_told(engine: Any, goal: str, name: str, value: str) -> list[Any]:
    fragment = {"goal": goal, "indicators": {"效益指标": {"社会效益指标": [{"name": name, "value": value}]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


@pytest.mark.parametrize("goal", [
    "受益人口由上年的2000人增加到3000～3500人。",  # the range's upper end, its baseline before the lower end
    "受益人口由上年的2000人增加到3500人。",
    "受益人口增加到3000～3500人。",
])
def test_a_range_after_a_baseline_is_the_target(engine: Any, goal: str) -> None:
    # 3500人 beside ≥350人 is a 0 too few; the baseline before the range made its upper end a baseline too
    # (the goal's words quoted end with the figure told)
    assert any("3500人”" in f.message_zh for f in _goal_told(engine, goal, "受益人口", "≥350人"))


@pytest.mark.parametrize(("name", "per_one"), [
    ("每学期生活补助", False),  # a term's, as 每年运维费 is the year's: no price for one
    ("每学年助学金", False),
    ("每学员培训成本", True),  # per trainee
])
def test_a_term_is_a_period_not_one(name: str, per_one: bool) -> None:
    assert name_hint(name).per_one is per_one


def test_a_terms_payment_stays_in_the_cost_sum(engine: Any) -> None:
    # 每学期生活补助 ≤60万元 of 120万元 was left out as a price for one: FUND004 gave a gap of 700,000 for 100,000
    fragment = {"funds": {"unit": "万元", "total": 120, "fiscal": 120, "other": 0},
                "indicators": {"产出指标": {"成本指标": [{"name": "每学期生活补助", "value": "≤60万元"},
                                                    {"name": "宿舍维修费", "value": "≤50万元"}]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    [under] = [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "FUND004"]
    assert "1,100,000 元" in under.message_zh


@pytest.mark.parametrize(("goal", "told"), [
    ("履行全市消防救援职责，每月15日前报送装备维护情况，保障人民群众生命财产安全。", True),  # a day each month
    ("履行全市消防救援职责，2023年1-6月完成政府采购，保障人民群众生命财产安全。", True),  # a span of months
    ("履行全市消防救援职责，每月开展15次巡查，保障人民群众生命财产安全。", False),  # a figure
])
def test_duties_with_dates_only(engine: Any, goal: str, told: bool) -> None:
    text = yaml.safe_dump(example_document({"goal": goal}), allow_unicode=True, sort_keys=False)
    found = [f for f in engine.check_source(load_text(text, "t.yaml")).findings
             if f.rule_id == "STR006" and "部门职责" in f.message_zh]
    assert bool(found) is told


@pytest.mark.parametrize(("name", "per_one"), [
    ("基本公共卫生均等化服务经费", False),  # 生均 of 卫生均等化: no amount for one
    ("学生均衡发展经费", False),
    ("生均公用经费", True),
    ("小学生均公用经费基准定额", True),
])
def test_evenly_is_no_amount_for_one(name: str, per_one: bool) -> None:
    assert name_hint(name).per_one is per_one


@pytest.mark.parametrize(("goal", "name", "told"), [
    ("2023年排查整治安全隐患120处，隐患整改率100%。", "就诊患者满意度", True),  # 隐患 names no patients
    ("2023年完成绩效考核，培训安全员120人次。", "考生满意度", True),  # 考核 names no examinees
    ("2023年新建文化产业园1处，推动文化产业发展。", "观众满意度", True),  # 发展 names no audience
    ("2023年为村党支部书记配备办公设备120套。", "读者满意度", True),  # 书记 names no readers
    ("2023年治理河道上游12公里。", "游客满意度", True),  # 上游 names no tourists
    ("2023年举办书画展出12场。", "观众满意度", False),
    ("2023年为县人民医院购置CT 1台，设备投用后年服务3万人次。", "就诊患者满意度", False),
    ("2023年组织中考考务工作，设置考点12个。", "考生满意度", False),
])
def test_a_group_named_by_a_word_of_its_kind_not_by_a_character(engine: Any, goal: str, name: str,
                                                                 told: bool) -> None:
    fragment = {"goal": goal, "indicators": {"满意度指标": {"服务对象满意度指标": [{"name": name, "value": "≥90%"}]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    found = [f for f in engine.check_source(load_text(text, "t.yaml")).findings
             if f.rule_id == "SAT002" and "调查的是" in f.message_zh]
    assert bool(found) is told


@pytest.mark.parametrize("value", ["控制在3-5个之间", "3-5个之间", "控制在3-5人之间"])
def test_between_is_no_part_of_a_ranges_unit(value: str) -> None:
    # 控制在3-5个之间 was read ≤ in 个之间, while 控制在80%-90%之间 was a range in %
    parsed = parse_value(value)
    assert (parsed.kind, parsed.op, parsed.unit, parsed.low, parsed.high) == ("range", None, value[-3], 3, 5)


def test_a_thousands_comma_is_no_clause_break(engine: Any) -> None:
    # the comma of 1,200户 cut the words before 15,000户 to 200户增加到, so it was held to no indicator
    goal = "受益农户由上年的1,200户增加到15,000户。"
    assert any("“受益农户由上年的1,200户增加到15,000户”" in f.message_zh for f in _goal_told(engine, goal, "受益农户", "≥1500户"))


@pytest.mark.parametrize(("goal", "told"), [
    ("农村卫生厕所普及率由上年的85%到90%。", True),  # 85% last year's after 由上年的, not a range's floor
    ("农村卫生厕所普及率由上年的80%提高到85%～90%。", False),  # a range after a baseline: ≥88% meets its floor
    ("农村卫生厕所普及率保持在85%至90%。", False),
])
def test_a_baseline_after_its_year_is_no_range_floor(engine: Any, goal: str, told: bool) -> None:
    found = [f for f in _goal_told(engine, goal, "农村卫生厕所普及率", "≥88%") if f"“{goal[:-1]}”" in f.message_zh]
    assert bool(found) is told

"""Forms that careful tables g396–g407 (fixtures/sectors: 养老护理员培训, 城市体检, 社会信用, 地下水超采,
养殖尾水, 历史文化街区, 留守老年人巡访, 预防接种门诊, 食品小作坊, 城市书房, 危化品监测预警, 机动车排放) use
that drew false findings; look-alikes keep theirs.

- a count of questionnaires (居民满意度调查问卷 ≥3000份) was taken for a rate by the 满意度 inside its name
  (VAL009): a name ending in 问卷 counts questionnaires; a rate of them (问卷回收率) is still a rate.
- how long records are kept (监测预警数据保存期限 ≥1年) was told as a span of years no year end can judge
  (TIME004): a retention period is a setting checked on the system, as a design life is at acceptance.
- a fishery standard named by its number only (符合SC/T 9101—2007二级标准) was read as unquantified text (VAL001),
  as 达到GB 18918—2002一级A标准 is not: SC (水产), with LY, QX and DZ, joins the codes of standards.
- a price for each after the word for the people (留守老年人每人每年360元) was told as a doubled word 人每人每
  (REL007): a doubling that ends in 每 is a word followed by 每人每年, no slip.
"""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text

from engine_helpers import line_findings




def test_questionnaires_are_counted_not_a_rate(engine: Any) -> None:
    assert not line_findings(engine, "数量指标", {"name": "居民满意度调查问卷", "value": "≥3000份"}, "VAL009")


def test_a_rate_of_questionnaires_is_still_a_rate(engine: Any) -> None:
    found = line_findings(engine, "质量指标", {"name": "满意度调查问卷回收率", "value": "≥3000份"}, "VAL009")
    assert len(found) == 1


def test_a_retention_period_is_no_span_beyond_the_year(engine: Any) -> None:
    assert not line_findings(engine, "质量指标", {"name": "监测预警数据保存期限", "value": "≥1年"}, "TIME004")


def test_a_span_of_years_kept_up_is_still_told(engine: Any) -> None:
    found = line_findings(engine, "质量指标", {"name": "监测预警系统稳定运行", "value": "≥3年"}, "TIME004")
    assert len(found) == 1


def test_a_fishery_standard_by_its_number_is_a_standard(engine: Any) -> None:
    line = {"name": "养殖尾水排放", "value": "符合SC/T 9101—2007二级标准"}
    assert not line_findings(engine, "质量指标", line, "VAL001")


def test_meeting_requirements_unnamed_is_still_text(engine: Any) -> None:
    assert len(line_findings(engine, "质量指标", {"name": "养殖尾水排放", "value": "符合相关要求"}, "VAL001")) == 1


def _goal_findings(engine: Any, goal: str, rule_id: str) -> list[Any]:
    """The findings of ``rule_id`` on a 2026 table whose 年度总体目标 is ``goal``."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年测试项目资金"
    document["project"].pop("title", None)
    document["goal"] = goal
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


def test_a_price_for_each_after_the_people_is_no_doubled_word(engine: Any) -> None:
    goal = "2026年按特殊困难留守老年人每人每年360元标准购买巡访服务，完成年度任务。"
    assert not _goal_findings(engine, goal, "REL007")


def test_a_doubled_word_in_the_goal_is_still_told(engine: Any) -> None:
    goal = "2026年完成全县网络网络改造，完成年度任务。"
    assert len(_goal_findings(engine, goal, "REL007")) == 1


def test_the_rounds_value_forms_left_to_the_lead_are_read() -> None:
    """全省县级前3位 (a ranking with the level of the places ranked, g398: VAL013), 较上年回升≥0.2米 (回升 as
    a rise), 不低于省下达目标（95%） (the floor in words: VAL005 asked an operator), 保持在2℃至8℃之间 (VAL001)."""
    from decimal import Decimal

    from ggtlint.values.parse import parse_value

    assert parse_value("全省县级前3位").quality == "graded"
    assert parse_value("保持全省县级前三位").quality == "graded"
    rise = parse_value("较上年回升≥0.2米")
    assert (rise.op, rise.number, rise.unit) == ("≥", Decimal("0.2"), "米")
    floor = parse_value("不低于省下达目标（95%）")
    assert (floor.kind, floor.op, floor.number) == ("rate", "≥", Decimal(95))
    kept = parse_value("保持在2℃至8℃之间")
    assert (kept.kind, kept.low, kept.high, kept.unit) == ("range", Decimal(2), Decimal(8), "℃")

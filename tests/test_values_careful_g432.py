"""Forms that careful tables g432–g443 (fixtures/sectors: 农村公益性公墓, 社区嵌入式养老, 基层法律服务所, 校外培训监管,
耕地质量监测, 家庭农场培育, 公共就业服务信息化, 流动人口服务, …) use that drew false findings; look-alikes keep
theirs.

- a target completed or reached with its figure in brackets (流动人口登记率 完成省下达目标（95%）, g439) was read
  with no comparison, and VAL005 asked for one: completing or reaching a target is its figure at least, as 达到95%
  is (values/parse.py _bracketed); the target named with no verb (省下达目标（95%）) still has none.
- a cost line whose name's standard times a count is the line (办公及档案设备购置费（每所2万元） ≤24万元 beside
  规范化建设基层法律服务所 ＝12个, g434) had no partner for REL002, their words differing: the standard ties them
  (cost_qty_alignment.py _standard_links), as a note's product does; a standard whose product is no count's is
  still told.
- the cases a legal service office takes on (代理民事诉讼和非诉讼案件 ≥200件, g434), which no line pays for, and
  the elders the new facilities serve (服务老年人 ≥40000人次, g433), people the whole spending reaches, were each
  told as a quantity wanting its cost (REL002; hygiene.yaml free_words 诉讼案件, reach_words 服务老年人).

Probes of single lines beside them:

- a content in soil or produce (土壤有机质含量 ≥20克/千克, 镉含量 ≤0.3mg/kg) was read as a sentence (VAL013, VAL001):
  克/千克, g/kg, 毫克/千克 and mg/kg join the lexicon's measurements (units.yaml other), as 毫克/升 is.
- two tiers of a time limit written with 内 (一般故障24小时内，重大故障72小时内) were text (VAL001, an error), while
  汛期≤24小时，非汛期≤72小时 is two targets (VAL012): read as two targets too (values/parse.py _two_targets); two
  limits with no tier named (24小时内，72小时内) stay text.
- a limit after an event with the budget year before it (2026年春节后1个月内) was text (VAL001), while 春节后1个月内
  is ≤1个月: the year is the event's (values/parse.py _after_event); another year's (2025年春节后…) is no limit.
"""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text
from ggtlint.values import parse_value


def test_a_target_completed_with_its_figure_in_brackets_is_a_floor() -> None:
    for value, figure in (("完成省下达目标（95%）", 95), ("达到省定目标（95%）", 95), ("实现市下达任务（90%）", 90)):
        parsed = parse_value(value)
        assert (parsed.kind, parsed.op, parsed.number) == ("rate", "≥", figure), value


def test_a_target_with_no_verb_or_its_own_sign_keeps_what_it_says() -> None:
    assert parse_value("省下达目标（95%）").op is None
    assert parse_value("完成市下达任务（≤5%）").op == "≤"


_TABLE = """\
version: 1
project: {{name: 2026年测试区流动人口服务管理经费, year: 2026, department: 测试区公安分局}}
funds: {{unit: 元, total: 96000, fiscal: 96000, other: 0}}
goal: 2026年开展流动人口居住登记，流动人口登记率完成省下达目标（95%）。
indicators:
  产出指标:
    质量指标:
      - {{name: 流动人口登记率, value: {value}}}
    成本指标:
      - {{name: 居住证制作费, value: ≤96000元}}
"""


def _val005(engine: Any, value: str) -> list[Any]:
    text = _TABLE.format(value=value)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == "VAL005"]


def test_a_rate_completing_the_target_set_above_needs_no_sign(engine: Any) -> None:
    assert not _val005(engine, "完成省下达目标（95%）")


def test_a_rate_of_the_target_named_with_no_verb_is_still_told(engine: Any) -> None:
    assert len(_val005(engine, "省下达目标（95%）")) == 1


_ALIGNED = """\
version: 1
project: {{name: 2026年测试县基层法律服务所规范化建设经费, year: 2026, department: 测试县司法局}}
funds: {{unit: 万元, total: 30, fiscal: 30, other: 0}}
goal: 2026年推进12个基层法律服务所规范化建设，培训基层法律服务工作者60人次。
indicators:
  产出指标:
    数量指标:
      - {{name: 规范化建设基层法律服务所, value: ＝12个}}
      - {{name: 培训基层法律服务工作者, value: ≥60人次}}
{more}
    成本指标:
      - {{name: 办公及档案设备购置费（每所2万元）, value: ≤{line}万元}}
      - {{name: 法律服务工作者培训费, value: ≤6万元}}
"""


def _rel002(engine: Any, line: int, more: str = "") -> list[str]:
    text = _ALIGNED.format(line=line, more=more)
    return [finding.message_zh for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == "REL002"]


def test_a_standard_in_a_cost_name_times_a_count_is_the_lines_partner(engine: Any) -> None:
    assert not _rel002(engine, 24)


def test_a_standard_whose_product_is_no_count_is_still_told(engine: Any) -> None:
    found = _rel002(engine, 20)
    assert len(found) == 1 and "办公及档案设备购置费" in found[0]


def test_cases_taken_on_need_no_line_of_their_own(engine: Any) -> None:
    assert not _rel002(engine, 24, "      - {name: 代理民事诉讼和非诉讼案件, value: ≥200件}")


def test_the_elders_served_are_reached_by_the_whole_spending(engine: Any) -> None:
    assert not _rel002(engine, 24, "      - {name: 服务老年人, value: ≥40000人次}")


def test_a_count_bought_by_no_line_is_still_told(engine: Any) -> None:
    found = _rel002(engine, 24, "      - {name: 印制宣传资料, value: ≥5000份}")
    assert len(found) == 1 and "印制宣传资料" in found[0]


def test_a_content_per_kilogram_is_a_measurement() -> None:
    for value, unit in (("≥20克/千克", "克/千克"), ("≤0.3mg/kg", "mg/kg"), ("≤0.5毫克/千克", "毫克/千克")):
        parsed = parse_value(value)
        assert (parsed.kind, parsed.unit) == ("number", unit), value


def test_two_tiers_of_a_limit_written_with_nei_are_two_targets() -> None:
    parsed = parse_value("一般故障24小时内，重大故障72小时内")
    assert (parsed.kind, parsed.op, parsed.number) == ("duration", "≤", 24)
    assert [problem for problem, _rest in parsed.problems] == ["two_targets"]
    assert parse_value("24小时内，72小时内").kind == "qualitative"


def test_a_limit_after_an_event_of_the_budget_year_is_a_limit() -> None:
    parsed = parse_value("2026年春节后1个月内", budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.number, parsed.unit) == ("duration", "≤", 1, "个月")
    assert parse_value("2025年春节后1个月内", budget_year=2026).kind == "qualitative"


def test_a_target_of_100_percent_completed_is_met_in_full() -> None:
    """完成省下达目标（100%） (g452's 省下达党员教育培训任务完成率) is ＝100%, not ≥100%, which VAL004 told as
    meaning nothing more than ＝100%; 完成省下达目标（95%） stays ≥95%."""
    from decimal import Decimal

    from ggtlint.values.parse import parse_value

    full = parse_value("完成省下达目标（100%）")
    assert (full.kind, full.op, full.number) == ("rate", "=", Decimal(100))
    assert parse_value("完成省下达目标（95%）").op == "≥"

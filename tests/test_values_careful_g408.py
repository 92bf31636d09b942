"""Forms that careful tables g408–g419 (fixtures/sectors: 农膜回收, 儿童口腔, 免费教科书, 互助幸福院, 入河排污口,
产品质量抽查, 普法, 灾害信息员, 社会体育指导员, 林草生态监测, 声环境监测, 生源地助学贷款) use that drew false
findings; look-alikes keep theirs.

- a standard per person per year in a cost line's name (村级灾害信息员工作补助（每人每年500元）) was multiplied by
  the training count in 人次 (培训灾害信息员 ≥988人次), since the people it pays were counted in 名 (FUND007): in a
  table counting no one in 人, 名 counts the people (one counting in 人 keeps 名 for others: 家庭医生团队成员
  ＝120名 beside 签约居民 ≥10000人 is not what 每人每年30元 pays); and the 其中 line naming them with a bracketed gloss (其中：村（社区）灾害信息员
  ＝934名) is the part the price pays, not the whole (配备灾害信息员 ＝988名) that shares as long a run.
- a medical-device standard named by its number only (封闭剂 符合YY 0622—2008标准, probed beside g409) was read
  as unquantified text (VAL001), as 符合WS/T 470—2015 is not: YY (医药), with AQ, GA, MZ, JT and JJG, joins the
  codes of standards; 符合行业标准 names none and is still text.
- the upper end of a range per unit in the goal (每个幸福院日均服务老年人15～30人, g411) was held to a count of all
  (受益农村老年人 ≥3000人) as a slip of two zeros (REL008): the range's upper end has the words before its lower
  end, 每个 among them, as the lower end has; a range of the whole (全年服务农村老年人2000～3000人) is still held.
- a loan's term (生源地信用助学贷款期限 最长22年, probed beside g419 and written in since) was told as a span of
  years no year end can judge (TIME004): it is a term of the contracts signed this year, as a retention period
  is a setting; years of repayment kept up are still told.
"""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text

_TABLE = """\
version: 1
project: {{name: 2026年测试县灾害信息员队伍建设经费, year: 2026, department: 测试县应急管理局, framework: fw2021}}
funds: {{unit: 元, total: {total}, fiscal: {total}, other: 0}}
goal: 2026年配备灾害信息员，村级灾害信息员按每人每年500元给予工作补助。
indicators:
  成本指标:
    经济成本指标:
      - {{name: 村级灾害信息员工作补助（每人每年500元）, value: ≤{line}元}}
  产出指标:
    数量指标:
{counts}
"""


def _fund007(engine: Any, counts: list[tuple[str, str]], line: int) -> list[Any]:
    rows = "\n".join(f"      - {{name: {name}, value: {value}}}" for name, value in counts)
    text = _TABLE.format(total=line, line=line, counts=rows)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == "FUND007"]


def test_people_counted_in_ming_are_what_a_price_per_person_pays(engine: Any) -> None:
    counts = [("村级灾害信息员", "＝934名"), ("培训村级灾害信息员", "≥988人次")]
    assert not _fund007(engine, counts, 467000)


def test_a_price_per_person_over_its_line_counted_in_ming_is_still_told(engine: Any) -> None:
    found = _fund007(engine, [("村级灾害信息员", "＝934名")], 400000)
    assert len(found) == 1 and "934名" in found[0].message_zh


def test_staff_in_ming_beside_people_in_ren_are_not_what_a_price_per_person_pays(engine: Any) -> None:
    text = _TABLE.format(total=300000, line=300000, counts="      - {name: 签约居民, value: ≥10000人}\n"
                         "      - {name: 家庭医生团队成员, value: ＝120名}")
    text = text.replace("村级灾害信息员工作补助（每人每年500元）", "家庭医生签约服务补助（每人每年30元）")
    assert not [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
                if finding.rule_id == "FUND007"]


_PARTS = [("配备灾害信息员", "＝988名"), ("其中：村（社区）灾害信息员", "＝934名"),
          ("其中：乡镇（街道）灾害信息员", "＝54名")]


def test_a_part_with_a_bracketed_gloss_is_what_the_price_pays(engine: Any) -> None:
    assert not _fund007(engine, _PARTS, 467000)


def test_the_part_over_its_line_is_still_told(engine: Any) -> None:
    found = _fund007(engine, _PARTS, 400000)
    assert len(found) == 1 and "934名" in found[0].message_zh


def _quality_value_findings(engine: Any, value: str) -> list[Any]:
    text = _TABLE.format(total=467000, line=467000, counts="      - {name: 村级灾害信息员, value: ＝934名}")
    text += f"    质量指标:\n      - {{name: 窝沟封闭剂, value: {value}}}\n"
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == "VAL001"]


def test_a_medical_device_standard_by_its_number_is_a_standard(engine: Any) -> None:
    assert not _quality_value_findings(engine, "符合YY 0622—2008标准")


def test_a_standard_named_by_no_number_is_still_text(engine: Any) -> None:
    assert len(_quality_value_findings(engine, "符合行业标准")) == 1


_GOAL_TABLE = """\
version: 1
project: {{name: 2026年测试县农村互助幸福院运营补助资金, year: 2026, department: 测试县民政局}}
funds: {{unit: 万元, total: 80, fiscal: 80, other: 0}}
goal: 2026年对40个互助幸福院给予运营补助，{goal}。
indicators:
  产出指标:
    数量指标:
      - {{name: 运营补助互助幸福院, value: ＝40个}}
    成本指标:
      - {{name: 互助幸福院运营补助（每个每年2万元）, value: ≤80万元}}
  效益指标:
    社会效益指标:
      - {{name: {name}, value: {value}}}
"""


def _rel008(engine: Any, goal: str, name: str, value: str) -> list[Any]:
    text = _GOAL_TABLE.format(goal=goal, name=name, value=value)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == "REL008"]


def test_the_upper_end_of_a_range_per_unit_is_per_unit_too(engine: Any) -> None:
    # g411's goal: 30人 a day at each 幸福院 is no count of all the elders served
    assert not _rel008(engine, "每个幸福院日均服务老年人15～30人", "受益农村老年人", "≥3000人")


def test_a_range_of_the_whole_off_by_a_power_of_ten_is_still_told(engine: Any) -> None:
    found = _rel008(engine, "全年服务农村老年人2000～3000人", "服务农村老年人", "≥300人")
    assert len(found) == 1


def _time004(engine: Any, name: str, value: str) -> list[Any]:
    text = _GOAL_TABLE.format(goal="每个幸福院日均服务老年人15～30人", name="受益农村老年人", value="≥3000人")
    text += f"    可持续影响指标:\n      - {{name: {name}, value: {value}}}\n"
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == "TIME004"]


def test_a_loan_term_is_no_span_beyond_the_year(engine: Any) -> None:
    assert not _time004(engine, "生源地信用助学贷款期限", "最长22年")


def test_a_span_of_years_of_repayment_is_still_told(engine: Any) -> None:
    assert len(_time004(engine, "助学贷款按期还款持续", "≥3年")) == 1


def test_the_rounds_values_left_to_the_lead_are_read() -> None:
    """A grade with its scale's word (声环境质量 保持二级（较好）: VAL002 read 较好 as vague), a monthly report by a
    day (每月15日前发布上月月报: VAL001), a standard named with the body that issued it (符合省教育厅《…目录》:
    VAL001) are read as what they are; a vague word in brackets after no grade stays vague."""
    from ggtlint.values.parse import parse_value

    assert parse_value("保持二级（较好）").quality == "graded"
    assert parse_value("有效提升（较好）").quality == "vague"
    monthly = parse_value("每月15日前发布上月月报", budget_year=2026)
    assert (monthly.quality, monthly.op) == ("recurring", "≤")
    assert parse_value("符合省教育厅《2026年中小学教学用书目录》").quality == "standard"
    assert parse_value("符合要求").quality != "standard"

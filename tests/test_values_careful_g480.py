"""The careful round g480–g491 (fixtures/sectors: 农村学校运动场改造, 农机深松整地, 村级寄递物流站, 财政干部培训,
劳模疗休养, 城镇房屋安全鉴定, “十五五”专项规划, 森林防火视频监控, 有机肥替代化肥, 电梯应急处置平台, 污泥干化车间,
村级医保服务站), a second opinion on the nineteenth audit's checks: the false findings its tables drew.

- a standard per one that states its own sum (疑似危房安全鉴定费 2万元/栋，共180万元, with 疑似危房安全鉴定 ＝90栋,
  g485) was held against another line sharing two characters of its name (危房警示标识及临时围挡费 ≤24万元) and
  told as 7.5 times that line (FUND007 over_line): the sum it states is its own cost line
  (parse.py stated_sum, amount_limit.py check_table).

Probed, then kept as tests:

- a standard in the goal for one thing (对新购置深松机具的按每台3万元补贴, beside g481's 深松整地作业10万亩) was
  multiplied by the one count in its unit that counts another thing (安装使用远程监测终端 ≥120台) and told as over
  the funds (FUND007 goal_price): the count must name what the standard's clause, or the clause before it, pays
  for (amount_limit.py _counts_the_standards_thing).
- the implementing unit's own staff asked in a project the goal says is for them (卫生健康局干部职工满意度 of a
  机关食堂改造 为本局120名干部职工提供就餐服务; 财政局职工满意度 of g483's training of 本局干部职工) was a warning
  (SAT002), as it was only where the project's name named them: where only the goal names them, the notice that
  asks whether the project serves them (name_pattern.py _forbidden, staff_term).
- a density per an area that is no power of ten (雨量站密度 ≥1个/50平方公里, beside g487's ≥1个/100平方公里) was text
  (VAL001, an error): any round area is one (parse.py _PER_PERIODS).
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text
from ggtlint.values.parse import parse_value, stated_sum

_PRICED = """\
version: 1
project: {{name: 2026年测试市房屋安全鉴定项目, year: 2026, department: 测试市住房和城乡建设局, framework: fw2021}}
funds: {{unit: 万元, total: 300, fiscal: 300, other: 0}}
indicators:
  成本指标:
    经济成本指标:
      - {{name: 疑似危房安全鉴定费, value: "{price}"}}
      - {{name: 危房警示标识及临时围挡费, value: ≤24万元}}
  产出指标:
    数量指标:
      - {{name: 疑似危房安全鉴定, value: ＝90栋}}
"""


def _fund007(engine: Any, price: str) -> list[Any]:
    source = load_text(_PRICED.format(price=price), "t.yaml")
    return [finding for finding in engine.check_source(source).findings if finding.rule_id == "FUND007"]


@pytest.mark.parametrize(("value", "total"), [("2万元/栋，共180万元", 1800000), ("2000元/户，合计18000元", 18000),
                                              ("2万元/栋", None), ("≥90栋", None)])
def test_stated_sum_reads_the_sum_after_a_standard(value: str, total: int | None) -> None:
    assert stated_sum(parse_value(value)) == (None if total is None else total)


def test_fund007_holds_a_standard_to_the_sum_it_states(engine: Any) -> None:
    assert not _fund007(engine, "2万元/栋，共180万元")
    # without its sum the standard is still held to the line its name shares most with
    assert _fund007(engine, "2万元/栋")


_GOAL_PRICED = """\
version: 1
project: {{name: 2026年测试县农机深松整地作业补助项目, year: 2026, department: 测试县农业农村局}}
funds: {{unit: 万元, total: 330, fiscal: 330, other: 0}}
goal: 2026年实施农机深松整地作业10万亩，按每亩30元的标准给予补助，{standard}，全部作业地块安装远程监测终端。
indicators:
  产出指标:
    数量指标:
      - {{name: 深松整地作业面积, value: ≥10万亩}}
      - {{name: {count}, value: ≥120台}}
"""


@pytest.mark.parametrize(("standard", "count", "told"), [
    ("对新购置深松机具的按每台3万元补贴", "安装使用远程监测终端", False),
    ("对新购置深松机具的按每台3万元补贴", "补贴新购置深松机具", True),
    ("新购置深松机具120台，按每台3万元补贴", "补贴新购置深松机具", True)])
def test_fund007_goal_price_counts_what_the_standard_pays_for(engine: Any, standard: str, count: str,
                                                               told: bool) -> None:
    source = load_text(_GOAL_PRICED.format(standard=standard, count=count), "t.yaml")
    findings = [finding for finding in engine.check_source(source).findings if finding.rule_id == "FUND007"]
    assert bool(findings) is told


_OWN_STAFF = """\
version: 1
project: {{name: {project}, year: 2026, department: 黎平县卫生健康局, implementer: 黎平县卫生健康局, region: 黎平县}}
goal: {goal}
indicators:
  满意度指标:
    服务对象满意度指标:
      - {{name: 卫生健康局干部职工满意度, value: ≥90%}}
"""


@pytest.mark.parametrize(("project", "goal", "severity"), [
    ("2026年黎平县卫生健康局机关食堂改造项目", "改造本局机关食堂，为120名干部职工提供安全卫生的就餐服务。", "info"),
    ("2026年黎平县卫生健康局业务能力提升培训项目", "组织本局干部职工业务培训6期。", "info"),
    ("2026年黎平县卫生健康局办公用房维修项目", "维修办公用房1200平方米。", "warning"),
    ("2026年黎平县卫生健康局干部职工培训项目", "组织本局干部职工业务培训6期。", None)])
def test_sat002_own_staff_the_goal_names_is_a_notice(engine: Any, project: str, goal: str,
                                                      severity: str | None) -> None:
    source = load_text(_OWN_STAFF.format(project=project, goal=goal), "t.yaml")
    told = [finding.severity.value for finding in engine.check_source(source).findings if finding.rule_id == "SAT002"]
    assert told == ([] if severity is None else [severity])


@pytest.mark.parametrize(("value", "per"), [("≥1个/50平方公里", "50平方公里"), ("≥1座/200公顷", "200公顷"),
                                            ("≥1个/100平方公里", "100平方公里")])
def test_a_density_per_a_round_area(value: str, per: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.per) == ("per_unit", per)


def test_a_count_per_heads_is_still_no_density() -> None:
    assert parse_value("3场/500人").kind == "qualitative"  # may be two targets

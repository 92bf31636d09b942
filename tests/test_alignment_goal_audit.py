"""REL002 cost-quantity-alignment and STR006 annual-goal-quantified on the shapes a reviewer's
careful tables of new sectors (地震台网, 农机补贴, 公交补贴, 保障性租赁住房, 党校培训, 东西部协作)
drew wrongly, and the ones they must keep.

REL002 pairs a cost with its quantity through a unit price of the same table, through a few fixed
pairs of words, and asks no cost for people the whole spending reaches, a 其中… breakdown, a
per-capita measure or seconded cadres. STR006 warns of a goal with no figure that promises results
only in vague words (进一步提高, 有效促进: S10's 模糊化).
"""

from __future__ import annotations

import pytest

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.findings import Severity
from ggtlint.load import load_text

_TABLE = """\
version: 1
project:
  name: 2024年专项经费
  year: 2024
  department: 某州某局
funds:
  unit: {unit}
  total: {total}
  fiscal: {total}
  other: 0
goal: {goal}
indicators:
  产出指标:
    数量指标:
{quantities}
    质量指标:
      - name: 验收合格率
        value: ＝100%
    时效指标:
      - name: 完成时间
        value: 2024年11月30日前
    成本指标:
{costs}
  效益指标:
    社会效益指标:
      - name: 服务对象覆盖率
        value: ≥95%
  满意度指标:
    服务对象满意度指标:
      - name: 服务对象满意度
        value: ≥90%
"""


def _rows(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"      - name: {name}\n        value: {value}" for name, value in rows)


def _table(quantities: list[tuple[str, str]], costs: list[tuple[str, str]], *, total: int = 0,
           unit: str = "元", goal: str = "2024年完成全部任务，验收合格率达到100%。") -> str:
    return _TABLE.format(quantities=_rows(quantities), costs=_rows(costs), total=total or 1, unit=unit, goal=goal)


def _findings(engine: Engine, text: str, rule: str) -> list:  # type: ignore[type-arg]
    result = engine.check_source(load_text(text, "table.yaml"))
    return [f for f in result.findings if f.rule_id == rule]


def _named(engine: Engine, text: str) -> set[str]:
    """The indicator names REL002 reports (its messages quote them first)."""
    return {f.message_zh.split("“")[1].split("”")[0] for f in _findings(engine, text, "REL002")}


# -- REL002: a unit price ties a cost to its count ---------------------------------------------

def test_a_price_per_station_ties_the_lease_to_the_stations(engine: Engine) -> None:
    # a02: 单站通信链路年租费 ＝12000元/个 × 运维台站 ＝18个站点 = 通信链路租赁费 216000元
    text = _table(
        [("运维地震监测台站数量", "＝18个站点"), ("更换老化观测设备数量", "≥12台套"), ("观测环境保护巡查次数", "≥4次")],
        [("台站运维费", "≤620000元"), ("通信链路租赁费", "＝216000元"), ("单站通信链路年租费", "＝12000元/个"),
         ("观测设备及备件购置费", "≤284000元"), ("观测环境保护巡查费", "≤160000元")], total=1280000)
    assert _named(engine, text) == set()


def test_price_times_count_ties_a_cost_whose_name_differs(engine: Engine) -> None:
    # no three characters shared with the price, but 12000元/个 × 18个 is exactly the 216000元 line
    text = _table(
        [("运维台站数量", "＝18个"), ("更换观测设备数量", "≥12台")],
        [("观测设备购置费", "≤284000元"), ("通信链路租赁费", "＝216000元"), ("每站年租金", "＝12000元/个")],
        total=500000)
    assert _named(engine, text) == set()


def test_prices_per_flat_tie_the_counts_of_flats(engine: Engine) -> None:
    # a07: 单套补助标准 (万元/套) tie 新建/改建 补助 to every count in 套; 前期及监管费 is an overhead
    text = _table(
        [("筹建保障性租赁住房套数", "≥3000套"), ("其中新建套数", "≥1800套"), ("其中改建套数", "≥1200套"),
         ("基本建成套数", "≥1500套")],
        [("新建项目建设补助", "≤6300万元"), ("新建项目单套补助标准", "≤3.5万元/套"), ("改建项目补助", "≤2400万元"),
         ("改建项目单套补助标准", "≤2万元/套"), ("项目前期及质量安全监管费", "≤300万元")], total=9000, unit="万元")
    assert _named(engine, text) == set()


def test_a_price_per_person_pairs_only_the_people_it_names(engine: Engine) -> None:
    # 1500元/人 is the training subsidy: it says nothing of the paid interns
    text = _table(
        [("职业技能培训人数", "≥200人"), ("见习生人数", "＝10人")],
        [("职业技能培训补贴", "＝300000元"), ("培训补贴标准", "＝1500元/人"), ("培训场地租赁费", "＝50000元")],
        total=350000)
    assert _named(engine, text) == {"见习生人数"}


# -- REL002: counts no single line pays for ----------------------------------------------------

def test_people_reached_by_the_whole_subsidy_need_no_cost_line(engine: Engine) -> None:
    # a05 受益购机户数, a06 年客运量: outcomes of all the money, not purchases of one line
    text = _table(
        [("补贴农业机具数量", "≥1200台套"), ("受益购机户数", "≥900户"), ("报废更新老旧农机数量", "≥80台"),
         ("年客运量", "≥12000万人次")],
        [("农机购置与应用补贴资金", "≤1520万元"), ("农机报废更新补贴资金", "≤110万元"),
         ("补贴机具核验及信息化管理费", "≤20万元")], total=1650, unit="万元")
    assert _named(engine, text) == set()


def test_breakdowns_per_capita_measures_papers_and_seconded_cadres(engine: Engine) -> None:
    # a12, a10, a09: 其中… is in the row above; 人均…学时 is no count; 论文 and 挂职干部 cost nothing by themselves
    text = _table(
        [("实施产业帮扶项目个数", "≥45个"), ("其中帮助脱贫人口就业人数", "≥3000人"), ("互派党政挂职干部", "≥60人次"),
         ("人均参训学时", "≥56学时"), ("发表高水平学术论文", "≥120篇")],
        [("产业帮扶项目资金", "≤7200万元"), ("消费帮扶资金", "≤600万元")], total=7800, unit="万元")
    assert _named(engine, text) == set()


def test_use_and_result_in_other_words_are_paired(engine: Engine) -> None:
    # a12 劳务协作资金 pays for 转移就业; a10 师资费 for the courses, 教材 for the training
    text = _table(
        [("实施产业帮扶项目个数", "≥45个"), ("帮助农村劳动力转移就业人数", "≥8000人"), ("培训干部人次", "≥2100人次"),
         ("开发精品课程", "≥10门")],
        [("产业帮扶项目资金", "≤7200万元"), ("劳务协作资金", "≤1800万元"), ("师资费", "≤30万元"),
         ("教材及学习资料费", "≤12万元")], total=9042, unit="万元")
    assert _named(engine, text) == set()


def test_a_catch_all_line_anywhere_in_the_name(engine: Engine) -> None:
    # g34: 工程检测、审计及其他费用 pays for what the other lines do not name
    text = _table(
        [("维修改造学校数量", "＝23所"), ("维修改造校舍面积", "≥4.6万平方米")],
        [("校舍维修改造工程费", "≤1380万元"), ("工程设计及监理费", "≤72万元"), ("工程检测、审计及其他费用", "≤48万元")],
        total=1500, unit="万元")
    assert _named(engine, text) == set()


# -- REL002: the notices that are right stay ---------------------------------------------------

def test_a_loss_subsidy_with_no_riders_counted_is_still_reported(engine: Engine) -> None:
    # a06's first draft: 优惠乘车政策性亏损补贴 and no count of the riders it pays for; 年客运量 is
    # all passengers, reached by the whole subsidy, and is not reported
    text = _table(
        [("运营公交线路条数", "≥86条"), ("运营公交车辆数", "≥1150辆"), ("年运营里程", "≥6500万车公里"),
         ("年客运量", "≥12000万人次")],
        [("优惠乘车政策性亏损补贴", "≤2600万元"), ("新能源公交车运营补贴", "≤3400万元"), ("偏远线路运营补贴", "≤800万元"),
         ("新能源公交车每车公里运营补贴标准", "≤0.52元/车公里")], total=6800, unit="万元")
    findings = _findings(engine, text, "REL002")
    assert [(f.message_zh.split("“")[1].split("”")[0], f.severity) for f in findings] == [
        ("优惠乘车政策性亏损补贴", Severity.INFO)]


def test_purchases_and_paid_people_with_no_cost_are_still_reported(engine: Engine) -> None:
    # the seed's T12/T16 kind: equipment bought and interns paid, no line for either
    text = _table(
        [("边界路由器", "＝2台"), ("网络态势感知系统", "＝1套"), ("见习生人数", "＝10人")],
        [("边界路由器费用", "＝80000元"), ("上网行为管理", "＝70000元")], total=150000)
    assert _named(engine, text) == {"网络态势感知系统", "见习生人数", "上网行为管理"}


# -- STR006: a goal of vague words and no figure -----------------------------------------------

_VAGUE_GOAL = "认真落实农机购置与应用补贴政策，进一步提高农业机械化水平，有效促进农业增效、农民增收，推动乡村振兴。"


def test_a_long_goal_of_vague_words_without_a_figure_is_warned(engine: Engine) -> None:
    text = _table([("补贴农业机具数量", "≥1200台套")], [("补贴资金", "≤1520万元")], total=1520, unit="万元",
                  goal=_VAGUE_GOAL)
    findings = _findings(engine, text, "STR006")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity == Severity.WARNING
    assert "“进一步提高”“有效促进”" in finding.message_zh and "没有一个数字" in finding.message_zh
    assert "进一步提高" in (finding.suggestion_zh or "")
    # the caret is on the first vague phrase, on the goal's line
    assert finding.end_column - finding.column == len("进一步提高")


def test_a_short_vague_goal_is_told_it_is_vague(engine: Engine) -> None:
    text = _table([("补贴农业机具数量", "≥1200台套")], [("补贴资金", "≤1520万元")], total=1520, unit="万元",
                  goal="有效提升农业机械化水平。")
    findings = _findings(engine, text, "STR006")
    assert [(f.severity, "有效提升" in f.message_zh) for f in findings] == [(Severity.WARNING, True)]


@pytest.mark.parametrize("goal", [
    # a figure anywhere makes the goal measurable enough for this rule, vague words or not
    "2024年补贴农机具1200台套，进一步提高农业机械化水平，农作物耕种收综合机械化率达到78%。",
    "资助三十名困难学生完成学业，有效促进教育公平。",
    # long, no figure, but no vague word either: a narrative the rule leaves alone
    "实现省、州、县金保工程网络边界防护，抵御外部木马、病毒、恶意程序等攻击。",
])
def test_goals_with_a_figure_or_without_vague_words_pass(engine: Engine, goal: str) -> None:
    text = _table([("补贴农业机具数量", "≥1200台套")], [("补贴资金", "≤1520万元")], total=1520, unit="万元", goal=goal)
    assert _findings(engine, text, "STR006") == []


def test_the_vague_goal_check_can_be_turned_off() -> None:
    engine = Engine.build(Config(params={"STR006": {"vague": False}}))
    text = _table([("补贴农业机具数量", "≥1200台套")], [("补贴资金", "≤1520万元")], total=1520, unit="万元",
                  goal=_VAGUE_GOAL)
    assert _findings(engine, text, "STR006") == []


def test_listing_still_wins_over_vague(engine: Engine) -> None:
    # a list of uses ending in 等 is the listing defect, even with a vague word in it
    goal = "用于宣传、招募、培训、就业指导、慰问等，有效提升服务水平等"
    text = _table([("补贴农业机具数量", "≥1200台套")], [("补贴资金", "≤1520万元")], total=1520, unit="万元", goal=goal)
    assert [f.message_zh for f in _findings(engine, text, "STR006")] == ["年度总体目标只罗列了资金用途，没有可衡量的目标。"]

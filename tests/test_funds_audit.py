"""Money rules on the defects of a reviewer's careful tables (FUND002, FUND004, FUND006, FUND007).

FUND007 paired only prices per person with head counts: 0.5元/尾 × 600万尾, 150元/件 × 30000件,
元/车公里 × 万车公里 and 元/人·天 × people × days went unchecked, and a product far above its own cost
line (送达费) was not compared with it. FUND002 called a partial 其中 (中央 640 of 800) an error.
FUND004 told a sum short by one line written 72元 for 72万元 without naming that line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text

ROOT = Path(__file__).resolve().parents[1]


def _check(engine: Any, fragment: dict[str, Any], prefix: str = "FUND") -> list[Any]:
    """The findings of rules starting with ``prefix`` on the example base table with ``fragment``."""
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id.startswith(prefix)]


def _costs(quantities: list[dict[str, str]], costs: list[dict[str, str]], total: int = 500000) -> dict[str, Any]:
    return {"funds": {"total": total, "fiscal": total, "other": 0},
            "indicators": {"产出指标": {"数量指标": quantities, "成本指标": costs}}}


# -- FUND007: any unit, people × days, and the cost line ----------------------------------------

FISH = [{"name": "放流苗种数量", "value": "≥600万尾"}, {"name": "放流珍稀土著鱼类苗种数量", "value": "≥5万尾"},
        {"name": "放流水域数量", "value": "＝4处"}]
FISH_COSTS = [{"name": "苗种采购费", "value": "≤72万元"}, {"name": "苗种平均单价", "value": "≤0.5元/尾"},
              {"name": "放流活动组织及宣传费", "value": "≤8万元"}]


def test_a_price_per_fish_is_multiplied_by_the_fish_released(engine) -> None:  # type: ignore[no-untyped-def]
    """d04: 0.5元/尾 × 600万尾 = 3,000,000 元 against 800,000 元. The names share only 苗种, but 600万尾 is
    the one quantity in 尾 (the 5万尾 of rare fish are part of it; ＝0尾 of diseased fish buys nothing)."""
    fragment = _costs(FISH, FISH_COSTS, total=800000)
    fragment["indicators"]["效益指标"] = {"生态效益指标": [{"name": "外来物种及病害苗种放流数量", "value": "＝0尾"}]}
    [found] = [f for f in _check(engine, fragment) if f.rule_id == "FUND007"]
    assert found.severity.value == "info"
    assert "“苗种平均单价”≤0.5元/尾 × “放流苗种数量”≥600万尾 = 3,000,000 元" in found.message_zh
    assert "800,000 元" in found.message_zh
    # the careful table's 0.12元/尾 comes to its 72万元 of 苗种采购费: nothing to say
    careful = _costs(FISH, [dict(FISH_COSTS[0]), {"name": "苗种平均单价", "value": "≤0.12元/尾"}, FISH_COSTS[2]],
                     total=800000)
    assert not [f for f in _check(engine, careful) if f.rule_id == "FUND007"]


def test_a_price_per_item_far_above_its_own_cost_line_is_told(engine) -> None:  # type: ignore[no-untyped-def]
    """d15: 150元/件 × 30000件 = 4,500,000 元: 1.5 times the total (a ceiling price times a floor count
    may overshoot that much), but 6 times the 法律文书送达费 of 750,000 元 it should come to."""
    quantities = [{"name": "完成法律文书送达件数", "value": "≥30000件"}, {"name": "12368热线接听处理人次", "value": "≥20000人次"}]
    costs = [{"name": "诉讼服务中心及12368热线运行费", "value": "≤680000元"}, {"name": "法律文书送达费", "value": "≤750000元"},
             {"name": "单件法院专递送达成本", "value": "≤150元/件"}, {"name": "执行查控及网拍辅助服务费", "value": "≤1550000元"}]
    [found] = [f for f in _check(engine, _costs(quantities, costs, total=2980000)) if f.rule_id == "FUND007"]
    assert "是对应成本“法律文书送达费”≤750000元 的 6 倍" in found.message_zh
    assert "4,500,000 元" in found.message_zh and "法律文书送达费" in found.suggestion_zh
    assert "6 times its own cost line 法律文书送达费" in found.message_en
    costs[2] = {"name": "单件法院专递送达成本", "value": "≤25元/件"}  # the careful table: 25 × 30000 = 750,000
    assert not [f for f in _check(engine, _costs(quantities, costs, total=2980000)) if f.rule_id == "FUND007"]


def test_a_price_per_vehicle_kilometre_is_multiplied_by_ten_thousands_of_them(engine) -> None:  # type: ignore[no-untyped-def]
    """a06's first draft: 2.1元/车公里 × 6500万车公里 = 136,500,000 元 against 68,000,000 元."""
    quantities = [{"name": "运营公交车辆数", "value": "≥1150辆"}, {"name": "年运营里程", "value": "≥6500万车公里"}]
    costs = [{"name": "优惠乘车政策性亏损补贴", "value": "≤2600万元"}, {"name": "新能源公交车运营补贴", "value": "≤4200万元"},
             {"name": "新能源公交车每车公里运营补贴标准", "value": "≤2.1元/车公里"}]
    [found] = [f for f in _check(engine, _costs(quantities, costs, total=68000000)) if f.rule_id == "FUND007"]
    assert "× “年运营里程”≥6500万车公里 = 136,500,000 元" in found.message_zh
    costs[2] = {"name": "新能源公交车每车公里运营补贴标准", "value": "≤0.52元/车公里"}  # as the table has it
    assert not [f for f in _check(engine, _costs(quantities, costs, total=68000000)) if f.rule_id == "FUND007"]


@pytest.mark.parametrize("price", ["≤400元/人·天", "≤400元/人/天", "≤400元/人天"])
def test_a_price_per_person_per_day_is_multiplied_by_people_and_days(engine, price: str) -> None:  # type: ignore[no-untyped-def]
    """a10's first draft: 400元/人·天 × 2100人次 × 7天 = 5,880,000 元 against 1,860,000 元."""
    quantities = [{"name": "举办主体班次", "value": "≥24期"}, {"name": "培训干部人次", "value": "≥2100人次"},
                  {"name": "人均培训天数", "value": "≥7天"}]
    costs = [{"name": "主体班次培训费", "value": "≤1260000元"}, {"name": "师资费", "value": "≤600000元"},
             {"name": "培训综合定额标准", "value": price}]
    [found] = [f for f in _check(engine, _costs(quantities, costs, total=1860000)) if f.rule_id == "FUND007"]
    assert "× “培训干部人次”≥2100人次 × “人均培训天数”≥7天 = 5,880,000 元" in found.message_zh
    # 85元 a person a day comes to 1,249,500 元, within the 培训费
    costs[2] = {"name": "培训综合定额标准", "value": price.replace("400", "85")}
    assert not [f for f in _check(engine, _costs(quantities, costs, total=1860000)) if f.rule_id == "FUND007"]
    # two counts of days: which one is meant cannot be told, so nothing is multiplied
    costs[2] = {"name": "培训综合定额标准", "value": price}
    two = quantities + [{"name": "现场教学天数", "value": "≥2天"}]
    assert not [f for f in _check(engine, _costs(two, costs, total=1860000)) if f.rule_id == "FUND007"]


def test_a_cap_per_item_and_a_generic_unit_are_not_multiplied(engine) -> None:  # type: ignore[no-untyped-def]
    """a05's 单台套补贴额上限 ≤15万元/台套 caps one machine's subsidy: × 1200台套 says nothing. a01's
    单站建设成本 ≤12万元/个 would pair by its unit with 更新气象灾害风险区划乡镇数 ＝18个: 个 counts anything."""
    machines = _costs([{"name": "补贴农业机具数量", "value": "≥1200台套"}],
                      [{"name": "农机购置与应用补贴资金", "value": "≤1520万元"}, {"name": "单台套补贴额上限", "value": "≤15万元/台套"}],
                      total=16500000)
    assert not [f for f in _check(engine, machines) if f.rule_id == "FUND007"]
    stations = _costs([{"name": "新建区域自动气象站数量", "value": "＝10个站点"}, {"name": "更新气象灾害风险区划乡镇数", "value": "＝18个"}],
                      [{"name": "新建区域自动气象站费用", "value": "≤90万元"}, {"name": "气象灾害风险区划更新费", "value": "≤10万元"},
                       {"name": "单站建设成本", "value": "≤12万元/个"}], total=1000000)  # 12万 × 18 = 216万
    assert not [f for f in _check(engine, stations) if f.rule_id == "FUND007"]


def test_a_yearly_limit_per_person_is_not_multiplied(engine) -> None:  # type: ignore[no-untyped-def]
    """g258's 住院救助年度限额 ＝3万元/人 is the most one person may get in the year: × 2400人次 (72,000,000 元
    above the 21,000,000 元 total) said nothing true, as 单台套补贴额上限 does not. A price it is not."""
    aid = _costs([{"name": "住院救助人次", "value": "≥2400人次"}],
                 [{"name": "住院救助资金", "value": "≤624万元"}, {"name": "住院救助年度限额", "value": "＝3万元/人"}],
                 total=6240000)
    assert not [f for f in _check(engine, aid) if f.rule_id == "FUND007"]
    aid["indicators"]["产出指标"]["成本指标"][1]["name"] = "住院救助人均标准"  # a price per head is multiplied
    assert [f for f in _check(engine, aid) if f.rule_id == "FUND007"]


def test_careful_sector_tables_get_no_new_price_finding(careful_sector_findings) -> None:  # type: ignore[no-untyped-def]
    """Of the careful tables of fixtures/sectors only g23 (20000元/人·年 × 150人 above its total) is told."""
    # the default engine's findings on every careful table, checked once (conftest) for this and test_sector_rules
    yaml_names = sorted(path.name for path in (ROOT / "fixtures" / "sectors").glob("g*.yaml"))
    assert yaml_names and set(yaml_names) <= set(careful_sector_findings)
    told = [name[:3] for name in yaml_names for f in careful_sector_findings[name] if f.rule_id == "FUND007"]
    assert told == ["g23"]


# -- FUND004 and FUND006: one line in the wrong unit ---------------------------------------------

def test_one_cost_line_in_the_wrong_unit_is_named(engine) -> None:  # type: ignore[no-untyped-def]
    """fn_misc4: 苗种采购费 ≤72元 in a 万元 table. The sum, 80,072 元, was said to be short of 800,000 元;
    now the line is named and pointed at, with the amount that makes the sum right."""
    costs = [{"name": "苗种采购费", "value": "≤72元"}, {"name": "放流活动组织及宣传费", "value": "≤3.5万元"},
             {"name": "苗种检验检疫费", "value": "≤1.5万元"}, {"name": "放流效果跟踪监测费", "value": "≤3万元"}]
    fragment = _costs(FISH[:1], costs, total=800000)
    fragment["funds"] = {"unit": "万元", "total": 80, "fiscal": 80, "other": 0}
    found = _check(engine, fragment)
    assert [(f.rule_id, f.severity.value) for f in found] == [("FUND004", "error")]
    assert "“苗种采购费”≤72元 若为 720,000 元，合计正好等于年度资金总额" in found[0].message_zh
    assert "80,072 元" in found[0].message_zh and "“苗种采购费”" in found[0].suggestion_zh
    assert found[0].path == "/indicators/产出指标/成本指标/0/value"
    # a price whose product is that line in 万元 (0.12元/尾 × 600万尾 = 72万元) does not say it again
    fragment["indicators"]["产出指标"]["成本指标"] = costs + [{"name": "苗种采购单价", "value": "≤0.12元/尾"}]
    assert [f.rule_id for f in _check(engine, fragment)] == ["FUND004"]


def test_an_item_over_the_total_by_its_wrong_unit_is_one_finding(engine) -> None:  # type: ignore[no-untyped-def]
    """＝450000万元 for 450000元 beside 50000元: FUND004 names the line; it is not also an item
    larger than the total (FUND006)."""
    costs = [{"name": "培训补贴资金", "value": "＝450000万元"}, {"name": "培训场地租赁费", "value": "＝50000元"}]
    found = _check(engine, _costs([{"name": "培训人数", "value": "≥300人"}], costs))
    assert [f.rule_id for f in found] == ["FUND004"] and "450,000 元" in found[0].message_zh
    # two lines that could each be the slip (the same amount): neither is named, the sum is told
    costs = [{"name": "培训补贴资金", "value": "＝5元"}, {"name": "培训场地租赁费", "value": "＝5元"},
             {"name": "培训教材费", "value": "＝450000元"}]
    [found] = _check(engine, _costs([{"name": "培训人数", "value": "≥300人"}], costs))
    assert found.rule_id == "FUND004" and "少于年度资金总额" in found.message_zh


# -- FUND002: a partial 其中 ------------------------------------------------------------------

def _fiscal(sources: dict[str, Any], fiscal: int = 800) -> dict[str, Any]:
    return {"funds": {"unit": "万元", "total": fiscal + 60, "fiscal": fiscal, "other": 60, "fiscal_sources": sources}}


def test_a_partial_breakdown_of_fiscal_funds_is_a_warning_naming_the_rest(engine) -> None:  # type: ignore[no-untyped-def]
    """wb8: 财政拨款 800 万元, 其中：中央 640 万元. The rest may be the table's own money, not listed:
    a warning saying 160 万元 has no level and what to write, not an error. The own level is the
    department's (a 市 here)."""
    [found] = _check(engine, _fiscal({"中央": 640}), "FUND002")
    assert found.severity.value == "warning"
    assert found.message_zh == ("财政拨款 800 万元 中只列明了 640 万元 的来源（中央 640 万元），"
                                "其余 160 万元 没有写明来自哪一级财政（未列出：市级）。")
    assert "“市级资金”，金额填 160 万元" in found.suggestion_zh and "160 万元" in found.message_en
    # levels adding up to more than the fiscal funds: an error, whatever is listed
    [found] = _check(engine, _fiscal({"中央": 640, "省级": 200}), "FUND002")
    assert found.severity.value == "error" and "相差 40 万元" in found.message_zh
    # the county's own money listed and still short: the breakdown is meant whole, an error
    [found] = _check(engine, _fiscal({"中央": 640, "县级": 100}), "FUND002")
    assert found.severity.value == "error" and "≠ 各级资金之和 740 万元" in found.message_zh
    assert not _check(engine, _fiscal({"中央": 640, "县级": 160}), "FUND002")


@pytest.mark.parametrize("department,level", [("贵州省市场监督管理局", "省级"), ("贵州省黔南州荔波县民政局", "县级"),
                                              ("黔南布依族苗族自治州教育局", "州级"), ("都匀市民政局", "市级"),
                                              ("某镇人民政府", "乡镇级"), ("荔波县住房和城乡建设局", "县级"),
                                              ("黔南州市场监督管理局", "州级"), ("镇宁布依族苗族自治县民政局", "县级"),
                                              ("某街道办事处", "乡镇级"), ("某县城关镇安全生产监督管理站", "乡镇级"),
                                              ("苏州市政府办公室", "市级")])
def test_the_tables_own_level_is_read_from_its_departments_place_names(department: str, level: str) -> None:
    """贵州省… is a province (not a 州), 市场监督管理局 no city, a county's name the lowest level it gives."""
    from ggtlint.model import Project
    from ggtlint.primitives.sum_matches import _own_level

    own = _own_level(Project(department=department))
    assert own is not None and own[0] == level


# -- one pairing of prices and quantities (primitives/pricing.py) for FUND004, FUND007 and REL002 --

def test_a_per_day_price_closes_the_cost_sum_as_fund007_pairs_it(engine) -> None:  # type: ignore[no-untyped-def]
    """FUND004 asks whether prices times quantities make up what the money lines leave of the total;
    it pairs them as FUND007 does, so 100元/人·天 × 200人 × 5天 = 100,000 元 is counted (the pairing
    it had of its own skipped prices per day)."""
    quantities = [{"name": "培训人数", "value": "＝200人"}, {"name": "培训天数", "value": "＝5天"}]
    money = {"name": "培训场地租赁费", "value": "≤40000元"}
    price = {"name": "培训伙食补助标准", "value": "＝100元/人·天"}
    assert not [f for f in _check(engine, _costs(quantities, [money, price], total=140000)) if f.rule_id == "FUND004"]
    assert [f for f in _check(engine, _costs(quantities, [money], total=140000)) if f.rule_id == "FUND004"]


def test_a_price_per_pupil_ties_its_cost_to_the_pupils_counted(engine) -> None:  # type: ignore[no-untyped-def]
    """REL002 reads 元/生 as a price per person, as FUND007 does: 800元/生 × 1000人 is the 80万元 of
    营养膳食补助资金, so neither that line nor 受助学生人数 lacks a partner."""
    quantities = [{"name": "受助学生人数", "value": "＝1000人"}, {"name": "维修校舍面积", "value": "＝500平方米"}]
    costs = [{"name": "营养膳食补助资金", "value": "＝80万元"}, {"name": "校舍维修费", "value": "＝20万元"},
             {"name": "膳食补助标准", "value": "＝800元/生"}]
    assert not _check(engine, _costs(quantities, costs, total=1000000), prefix="REL002")
    per_head = [dict(costs[0]), dict(costs[1])]  # without the price: two rows with no partner
    assert len(_check(engine, _costs(quantities, per_head, total=1000000), prefix="REL002")) == 2


def test_a_rate_in_a_cost_lines_note_is_multiplied_by_its_quantity(engine) -> None:  # type: ignore[no-untyped-def]
    """b141: 物业服务费 ≤2800000元 priced in its note at 2.5元/平方米·月: × 12万平方米 × 12 = 3,600,000 元,
    more than the line. The rate's own line is the one compared, whatever the names share."""
    quantities = [{"name": "服务面积", "value": "＝12万平方米"}, {"name": "维修公共设施", "value": "≥40处"}]
    costs = [{"name": "物业服务费", "value": "≤2800000元", "note": "按2.5元/平方米·月标准测算，含保洁、秩序维护"},
             {"name": "公共设施维修费", "value": "≤200000元"}]
    [found] = [f for f in _check(engine, _costs(quantities, costs, total=3000000)) if f.rule_id == "FUND007"]
    assert found.severity.value == "info" and found.path.endswith("/note")
    assert "按这个单价乘以“服务面积”＝12万平方米 × 12 是 3,600,000 元，超过这项成本“≤2800000元”" in found.message_zh
    assert found.message_en.startswith("The note of 物业服务费 gives the rate it is paid at")
    assert "times 服务面积 ＝12万平方米 × 12 that comes to 3,600,000" in found.message_en
    # the careful table's line of 3,600,000 元 is the product: nothing to say
    costs[0]["value"], costs[1]["value"] = "≤3600000元", "≤400000元"
    assert not [f for f in _check(engine, _costs(quantities, costs, total=4000000)) if f.rule_id == "FUND007"]


@pytest.mark.parametrize("note", ["按约2.5元/平方米·月测算", "按2.5元/平方米·天测算", "分档计费，加权平均不高于2.5元/平方米·月"])
def test_a_loose_rate_or_one_per_day_in_a_note_is_not_multiplied(engine, note: str) -> None:  # type: ignore[no-untyped-def]
    """约, 分档, 平均 or a rate per day (for how many days is not written): no product to hold the line to."""
    quantities = [{"name": "服务面积", "value": "＝12万平方米"}]
    costs = [{"name": "物业服务费", "value": "≤2800000元", "note": note}, {"name": "公共设施维修费", "value": "≤200000元"}]
    assert not [f for f in _check(engine, _costs(quantities, costs, total=3000000)) if f.rule_id == "FUND007"]


def test_a_monthly_rate_in_a_note_for_a_whole_number_of_months_is_a_term(engine) -> None:  # type: ignore[no-untyped-def]
    """2080元/人·月 × 150人 is 312,000 元 a month: a line of 9 months of it (2,808,000 元) is a term, not a slip;
    one of 2,800,000 元 is no whole number of months (b142)."""
    quantities = [{"name": "公益性岗位人数", "value": "≥150人"}, {"name": "开展岗位培训", "value": "＝4次"}]
    for amount, told in (("≤2808000元", False), ("≤2800000元", True)):
        costs = [{"name": "公益性岗位补贴", "value": amount, "note": "按2080元/人·月发放"}]
        found = [f for f in _check(engine, _costs(quantities, costs, total=3000000)) if f.rule_id == "FUND007"]
        assert bool(found) == told, amount


def test_a_monthly_price_over_the_total_is_a_term_when_its_paying_line_is_whole_months(engine) -> None:  # type: ignore[no-untyped-def]
    """15元/平方米·月 × 4000平方米 × 12 = 720,000 元 is over the 300,000 元 total, but 防汛物资仓储费 (the line
    sharing 仓储 with 临时仓储单价, two characters only) is 240,000 元, four months of it: a term. A line of
    250,000 元 is no whole number of months: the product over the total is told."""
    quantities = [{"name": "临时仓储面积", "value": "＝4000平方米"}, {"name": "搬运防汛物资", "value": "≥500吨"}]
    for amount, rest, told in (("≤240000元", "≤60000元", False), ("≤250000元", "≤50000元", True)):
        costs = [{"name": "临时仓储单价", "value": "＝15元/平方米·月"}, {"name": "防汛物资仓储费", "value": amount},
                 {"name": "物资搬运费", "value": rest}]
        found = [f for f in _check(engine, _costs(quantities, costs, total=300000)) if f.rule_id == "FUND007"]
        assert bool(found) == told, amount

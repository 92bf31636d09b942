"""Forms that careful tables g376–g387 (fixtures/sectors: 适老化改造, 公共自行车, 柴油货车淘汰, 辐射环境监测,
种质资源, 取用水计量, 餐厨垃圾, 城乡低保, 心理健康教育, 专职消防队, 乡村医生, 中职免学费) use that drew false
findings; look-alikes keep theirs.

- a standard in a cost line's name (重型柴油货车淘汰补贴（每辆3.5万元）) was multiplied by the whole count
  (淘汰…柴油货车 ＝110辆), which shares a longer run of words, not by the 其中 line it names (其中：重型货车
  ＝40辆) (FUND007); a price naming the whole in full still goes with the whole.
- a total whose bracket gives the standard after a word or two (农村低保金（年人均补差3600元）) was told as a
  per-head amount holding the total (FUND011), as 补贴（每人每月80元） and 人均3600元 are not.
- a 低保 line (城市低保标准 ≥890元/人·月) was multiplied by the people it covers and told as over the funds
  (FUND007): only the gap to the line is paid (补差); a standard paid in full (孤儿保障标准) still is.
- a rate of all the work (餐厨垃圾收运处置综合单价 200元/吨 × 14600吨, the year's funds) was held to the one
  cost line its name shares most with (收运费（每吨80元）) and told as 2.5 times it (FUND007 ``over_line``).
- a meter's error in percent (计量设施计量误差 ≤2.5%) was told as a percentage with no rate named (VAL009).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _findings(engine: Any, total: int, output: dict[str, list[dict[str, str]]], rule_id: str) -> list[Any]:
    """The findings of ``rule_id`` on a 2026 table of ``total`` 元 whose 产出指标 is ``output``."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年测试项目资金"
    document["project"].pop("title", None)
    document["funds"].update(total=total, fiscal=total)
    document["goal"] = "2026年完成年度任务。"
    document["indicators"]["产出指标"] = output
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


def _trucks(heavy_line: str, price_name: str = "重型柴油货车淘汰补贴（每辆3.5万元）",
            whole: str = "淘汰国三及以下排放标准营运柴油货车", part: str = "其中：重型货车") -> dict[str, Any]:
    return {
        "数量指标": [{"name": whole, "value": "＝110辆"},
                 {"name": part, "value": "＝40辆"}, {"name": "其中：轻型货车", "value": "＝70辆"}],
        "质量指标": [{"name": "补贴对象资格审核准确率", "value": "＝100%"}],
        "时效指标": [{"name": "补贴资金发放时间", "value": "2026年11月30日前"}],
        "成本指标": [{"name": price_name, "value": heavy_line}],
    }


def test_a_standard_goes_with_the_qizhong_line_its_name_holds(engine: Any) -> None:
    assert not _findings(engine, 2400000, _trucks("≤140万元"), "FUND007")


def test_a_wrong_standard_of_a_part_is_still_told(engine: Any) -> None:
    found = _findings(engine, 2400000, _trucks("≤100万元"), "FUND007")
    assert len(found) == 1 and "其中：重型货车" in found[0].message_zh


def test_a_price_naming_the_whole_in_full_goes_with_the_whole(engine: Any) -> None:
    # 营运货车 is in the price's name too, but so is the whole, in full: the price pays for all 110
    found = _findings(engine, 2400000, _trucks("≤100万元", "淘汰营运柴油货车补贴（每辆2万元）", "淘汰营运柴油货车",
                                               "其中：营运货车"), "FUND007")
    assert len(found) == 1 and "＝110辆" in found[0].message_zh


def _allowance(name: str, value: str, standard: tuple[str, str] | None = None) -> dict[str, Any]:
    costs = [{"name": name, "value": value}]
    if standard is not None:
        costs.insert(0, {"name": standard[0], "value": standard[1]})
    return {
        "数量指标": [{"name": "城市低保保障对象", "value": "≥1100人"}, {"name": "集中供养孤儿", "value": "≥300人"}],
        "质量指标": [{"name": "低保金发放准确率", "value": "＝100%"}],
        "时效指标": [{"name": "低保金按月发放时间", "value": "每月10日前"}],
        "成本指标": costs,
    }


def test_a_total_whose_bracket_gives_its_standard_is_no_per_head_amount(engine: Any) -> None:
    assert not _findings(engine, 6864000, _allowance("城市低保金（月人均补差520元）", "＝6864000元"), "FUND011")


def test_a_per_head_name_over_the_total_is_still_told(engine: Any) -> None:
    assert _findings(engine, 6864000, _allowance("人均低保金", "＝6864000元"), "FUND011")


def test_a_dibao_line_is_not_multiplied_by_the_people_it_covers(engine: Any) -> None:
    output = _allowance("城市低保金（月人均补差520元）", "＝6864000元", ("城市低保标准", "≥890元/人·月"))
    assert not _findings(engine, 6864000, output, "FUND007")


def test_a_standard_paid_in_full_is_still_multiplied(engine: Any) -> None:
    output = _allowance("孤儿基本生活费", "＝6864000元", ("集中供养孤儿保障标准", "≥2000元/人·月"))
    assert _findings(engine, 6864000, output, "FUND007")


def _meter(name: str, value: str) -> dict[str, Any]:
    return {
        "数量指标": [{"name": "新装在线计量监测设施", "value": "＝40套"}],
        "质量指标": [{"name": name, "value": value}],
        "时效指标": [{"name": "设施安装完成时间", "value": "2026年9月30日前"}],
        "成本指标": [{"name": "在线计量监测设施购置安装费", "value": "≤480000元"}],
    }


def test_a_meters_error_in_percent_names_its_measure(engine: Any) -> None:
    assert not _findings(engine, 480000, _meter("计量设施计量误差", "≤2.5%"), "VAL009")


def test_a_percentage_naming_no_measure_is_still_told(engine: Any) -> None:
    assert _findings(engine, 480000, _meter("计量设施检定", "≥95%"), "VAL009")


def _kitchen_waste(rate: str) -> dict[str, Any]:
    return {
        "数量指标": [{"name": "全年收运处置餐厨垃圾", "value": "≥14600吨"}],
        "质量指标": [{"name": "餐厨垃圾无害化处理率", "value": "＝100%"}],
        "时效指标": [{"name": "投诉处理时限", "value": "≤24小时"}],
        "成本指标": [{"name": "餐厨垃圾收运费（每吨80元）", "value": "≤1168000元"},
                 {"name": "餐厨垃圾处置费（每吨120元）", "value": "≤1752000元"},
                 {"name": "餐厨垃圾收运处置综合单价", "value": rate}],
    }


def test_a_rate_of_all_the_work_is_held_to_the_funds_not_to_one_line(engine: Any) -> None:
    assert not _findings(engine, 2920000, _kitchen_waste("200元/吨"), "FUND007")


def test_a_rate_over_its_line_and_short_of_the_funds_is_still_told(engine: Any) -> None:
    assert _findings(engine, 2920000, _kitchen_waste("180元/吨"), "FUND007")


# -- the causes the round and its probes left to the lead (values/, goal_figures.py) -----------------------


def test_a_deviation_either_way_is_the_error_allowed(engine: Any) -> None:
    """±2.5%以内 (计量设施计量误差, g381) and its forms bounded in words are at most 2.5% off (VAL001 read them as
    text); a bare ±2% is too under a name of a deviation (误差, 精度), not under a temperature with its centre
    left out (展厅温度 ±2℃, still VAL001); a figure with its tolerance (20±2℃) stays the range it allows."""
    from ggtlint.values.parse import parse_value

    for text in ("±2.5%以内", "≤±2.5%", "不超过±2.5%", "控制在±2.5%以内"):
        parsed = parse_value(text)
        assert (parsed.kind, parsed.op, parsed.number) == ("rate", "≤", Decimal("2.5")), text
    assert parse_value("±2.5%").kind == "qualitative"  # the name decides
    assert parse_value("20±2℃").kind == "range"
    meters = {"质量指标": [{"name": "计量设施计量误差", "value": "±2%"}, {"name": "温控精度", "value": "±0.5℃"},
                       {"name": "展厅温度", "value": "±2℃"}]}
    told = _findings(engine, 480000, {**_meter("计量设施检定", "≥95%"), **meters}, "VAL001")
    assert [finding.value.split("\x1f")[0] for finding in told] == ["展厅温度"]


def test_environmental_monitoring_units_and_limits_are_read() -> None:
    """Radiation and field limits (≤200nGy/h, ≤0.4W/m², ≤12V/m), a same-day clearance (日产日清), a limit counted
    from an event into the next month or day (审核通过后次月底前) were text, and VAL001 told them unquantified."""
    from ggtlint.values.parse import parse_value

    for text, unit in (("≤200nGy/h", "nGy/h"), ("≤0.4W/m²", "W/m²"), ("≤12V/m", "V/m"), ("≤100μT", "μT")):
        parsed = parse_value(text)
        assert (parsed.kind, parsed.op, parsed.unit) == ("number", "≤", unit), text
    same_day = parse_value("日产日清")
    assert (same_day.kind, same_day.op, same_day.number) == ("duration", "≤", 1)
    for text in ("审核通过后次月底前", "接报后次日12时前"):
        parsed = parse_value(text)
        assert (parsed.quality, parsed.op) == ("recurring", "≤"), text
    assert parse_value("验收后次月").op is None  # no day: no limit


def test_a_dose_rate_or_an_emission_standard_is_no_share_or_price() -> None:
    """剂量率 (环境γ辐射空气吸收剂量率监测点位 ＝24个, g379) is a physical quantity, as 功率 is: VAL009 asked a
    percentage; 国三及以下排放标准柴油货车淘汰补贴 names the standard met, no price (FUND004 left it out of the sum)."""
    from ggtlint.values import name_hint

    assert name_hint("环境γ辐射空气吸收剂量率监测点位").expects != "rate"
    assert name_hint("国三及以下排放标准柴油货车淘汰补贴").expects != "per_unit"
    assert name_hint("垃圾处理达标率").expects == "rate"
    assert name_hint("农村低保地方标准").expects == "per_unit"


def test_a_terms_line_is_not_held_to_a_years_standard(engine: Any) -> None:
    """其中：春季学期（每生1000元） ＝1430000元 beside the goal's 每生每年2000元（每学期1000元） (g387): one term's
    pay; REL008 told it as the year's standard written otherwise. A line giving a year's standard still is."""
    from conftest import ROOT

    path = next((ROOT / "fixtures" / "sectors").glob("g387-*.yaml"))
    text = path.read_text(encoding="utf-8")
    assert not [f for f in engine.check_source(load_text(text, str(path))).findings if f.rule_id == "REL008"]
    wrong = text.replace("其中：春季学期（每生1000元）", "其中：全年补助（每生1500元）", 1)
    assert wrong != text
    assert [f for f in engine.check_source(load_text(wrong, str(path))).findings if f.rule_id == "REL008"]


def test_a_bare_deviation_takes_its_unit_column_and_an_operator_column_joins_a_named_target() -> None:
    """A workbook's ±5 with % in its 计量单位 column, under 校准相对误差, is ≤5% (the unit was lost); ≥ in the
    运算符 column joined to 完成省下达目标（95%） is ≥95% (VAL001 read ≥完成省下达目标（95%） as text)."""
    from types import SimpleNamespace

    from ggtlint.engine.context import _with_unit_column
    from ggtlint.values.lexicon import default_lexicon
    from ggtlint.values.parse import parse_value

    row = SimpleNamespace(value="±5", unit="%", name="剂量率仪校准相对误差")
    read = _with_unit_column(row, parse_value("±5"), 2026, default_lexicon())
    assert (read.kind, read.op, read.number, read.unit, read.raw) == ("rate", "≤", Decimal(5), "%", "±5%")
    joined = parse_value("≥完成省下达目标（95%）")
    assert (joined.kind, joined.op, joined.number) == ("rate", "≥", Decimal(95))

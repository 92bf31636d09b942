"""Units that mean the same, or one measure at an exact factor, in the price checks (FUND007, REL002).

A price per 千瓦 and a capacity in kW, per 公斤 and a weight in kg, per 公里 and a length in km or 千米
were taken for different units: the price was not multiplied, so a product many times the funds went
untold. A price per 亩 and an area in 公顷 (1 公顷 = 15 亩) were not converted, and REL002 told such a
price's cost line and its area as having no partner. The lexicon's ``measures`` (units.yaml) now says
which units measure one thing and what each is worth.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values.lexicon import LexiconError, default_lexicon, load_lexicon


def _findings(engine: Any, quantities: list[dict[str, str]], costs: list[dict[str, str]], rule: str,
              total: int = 1000000) -> list[Any]:
    fragment = {"funds": {"total": total, "fiscal": total, "other": 0},
                "indicators": {"产出指标": {"数量指标": quantities, "成本指标": costs}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == rule]


def test_one_reading_of_a_count_in_a_prices_unit() -> None:
    """FUND004, FUND007 and REL002 ask one helper whether a count is in a price's unit, and how many of it."""
    from ggtlint.primitives.pricing import count_factor

    lexicon = default_lexicon()
    assert count_factor("人次", "人", lexicon) == 1  # the units a head of people goes with
    assert count_factor("户", "人", lexicon) is None  # and no other, not even by conversion
    assert count_factor("人天", "人", lexicon, ("人天", "人·天")) == 1  # the caller's own units (person-days)
    assert count_factor("个站点", "个", lexicon, partner=True) == 1  # the head with the thing it counts: a partner
    assert count_factor("亩次", "亩", lexicon) is None  # but no product: passes over land are no area
    assert count_factor("亩次", "亩", lexicon, partner=True) == 1
    assert count_factor("飞行小时", "飞行小时包干", lexicon) == 1  # a note's head with words after the unit
    assert count_factor("公顷", "亩", lexicon) == 15  # another unit of the measure
    assert count_factor("吨", "亩", lexicon) is None
    assert count_factor(None, "亩", lexicon) is None and count_factor("亩", "", lexicon) is None


def test_passes_over_land_are_not_multiplied_as_an_area(engine: Any) -> None:
    """10元/亩 for 30000亩次 of spraying passes is no 300,000 元 over the funds: 亩次 counts passes, not land."""
    quantities = [{"name": "飞防作业面积", "value": "≥30000亩次"}]
    costs = [{"name": "飞防作业补助标准", "value": "＝10元/亩"}, {"name": "飞防作业补助", "value": "≤100000元"}]
    assert _findings(engine, quantities, costs, "FUND007", total=100000) == []
    quantities = [{"name": "飞防作业面积", "value": "≥30000亩"}]  # an area is multiplied
    assert _findings(engine, quantities, costs, "FUND007", total=100000)


def test_the_lexicon_converts_units_of_one_measure_only() -> None:
    lexicon = default_lexicon()
    assert lexicon.conversion("公顷", "亩") == 15
    assert lexicon.conversion("平方米", "亩") == Decimal("0.0015")
    assert lexicon.conversion("kW", "千瓦") == 1
    assert lexicon.conversion("千米", "公里") == 1
    assert lexicon.conversion("km", "米") == 1000
    assert lexicon.conversion("t", "公斤") == 1000
    assert lexicon.conversion("m³", "立方米") == 1
    assert lexicon.conversion("人", "人") == 1
    assert lexicon.conversion("千瓦时", "千瓦") is None  # energy is no power
    assert lexicon.conversion("吨", "亩") is None
    assert lexicon.conversion("人", "人次") is None  # heads are the price checks' own (HEADS), not a measure


@pytest.mark.parametrize(("price", "count", "shown"), [
    ("＝5000元/千瓦", "≥1.2万kW", "≥1.2万kW = 60,000,000 元"),
    ("＝4元/公斤", "≥50万kg", "≥50万kg = 2,000,000 元"),
    ("＝80元/吨", "≥2万t", "≥2万t = 1,600,000 元"),
    ("＝12元/平方米", "≥10万㎡", "≥10万㎡ = 1,200,000 元"),
    ("＝40元/立方米", "≥5万m³", "≥5万m³ = 2,000,000 元"),
    ("＝2万元/公里", "≥120km", "≥120km = 2,400,000 元"),
    ("＝2万元/公里", "≥120千米", "≥120千米 = 2,400,000 元"),
    ("＝500元/亩", "≥200公顷", "≥200公顷（3000亩） = 1,500,000 元"),
    ("＝12元/平方米", "≥200亩", "≥200亩（133333.33平方米） = 1,600,000 元"),
    ("＝20元/米", "≥100公里", "≥100公里（100000米） = 2,000,000 元"),
])
def test_a_price_multiplies_a_count_in_another_unit_of_its_measure(engine, price: str, count: str,  # type: ignore[no-untyped-def]
                                                                   shown: str) -> None:
    """The price times the count, converted, is over the 1,000,000 元 of funds: told as in one unit."""
    [found] = _findings(engine, [{"name": "项目建设规模", "value": count}],
                        [{"name": "项目建设费", "value": "＝100万元"}, {"name": "项目建设单价", "value": price}], "FUND007")
    assert shown in found.message_zh
    assert "超过年度资金总额 1,000,000 元" in found.message_zh


def test_a_converted_product_is_weighed_against_its_own_cost_line(engine) -> None:  # type: ignore[no-untyped-def]
    """500元/亩 × 200公顷 = 1,500,000 元, 1.5 times the 造林补助资金 it pays; at 20 公顷 it is that line."""
    quantities = [{"name": "造林补助面积", "value": "≥200公顷"}]
    costs = [{"name": "造林补助资金", "value": "＝100万元"}, {"name": "造林补助标准", "value": "＝500元/亩"}]
    [found] = _findings(engine, quantities, costs, "FUND007", total=2000000)
    assert "“造林补助标准”＝500元/亩 × “造林补助面积”≥200公顷（3000亩） = 1,500,000 元" in found.message_zh
    assert "“造林补助资金”＝100万元 的 1.5 倍" in found.message_zh
    careful = [{"name": "造林补助面积", "value": "≥20公顷"}]
    assert not _findings(engine, careful, [{"name": "造林补助资金", "value": "＝15万元"}, costs[1]], "FUND007",
                         total=150000)


def test_a_part_in_another_unit_is_weighed_in_the_prices_unit(engine) -> None:  # type: ignore[no-untyped-def]
    """其中 1000 亩 is part of 200 公顷 (3000 亩), not larger than it: the price pays for the whole, the
    one quantity left; 500元/亩 × 3000亩 = 1,500,000 元, three times the funds."""
    quantities = [{"name": "造林面积", "value": "≥200公顷"}, {"name": "其中：退耕还林面积", "value": "≥1000亩"}]
    costs = [{"name": "项目资金", "value": "＝50万元"}, {"name": "苗木补助标准", "value": "＝500元/亩"}]
    [found] = _findings(engine, quantities, costs, "FUND007", total=500000)
    assert "“造林面积”≥200公顷（3000亩） = 1,500,000 元" in found.message_zh


def test_a_count_of_another_measure_is_still_a_unit_that_differs(engine) -> None:  # type: ignore[no-untyped-def]
    """A price per 亩 and a weight in 吨: no factor, nothing multiplied, told as units that differ."""
    quantities = [{"name": "秸秆还田数量", "value": "≥2000吨"}]
    costs = [{"name": "秸秆还田补助资金", "value": "≤40万元"}, {"name": "秸秆还田补助单价", "value": "≤20元/亩"}]
    [found] = _findings(engine, quantities, costs, "FUND007")
    assert "按“亩”计价" in found.message_zh and "≥2000吨" in found.message_zh


def test_a_price_per_kw_beside_a_power_in_qianwa_has_its_count(engine) -> None:  # type: ignore[no-untyped-def]
    """800元/kW beside 充电设施总功率 ≥1440千瓦 (one unit written two ways) and 建设直流充电桩 ＝12台: the price
    has its count, so it is not told as priced in a unit nothing is counted in; with the power in 吨 it is."""
    costs = [{"name": "充电设施建设资金", "value": "≤1152000元"}, {"name": "充电设施建设单价", "value": "≤800元/kW"}]
    for power, told in (("≥1440千瓦", False), ("≥1440kW", False), ("≥1440吨", True)):
        quantities = [{"name": "建设直流充电桩", "value": "＝12台"}, {"name": "充电设施总功率", "value": power}]
        found = [f for f in _findings(engine, quantities, costs, "FUND007", total=1152000) if "按“kW”计价" in f.message_zh]
        assert bool(found) == told, power


def test_a_rate_in_a_note_multiplies_a_count_in_another_unit_of_its_measure(engine) -> None:  # type: ignore[no-untyped-def]
    """按500元/亩 for 100公顷 (1500 亩) is 750,000 元, over the line's 500,000 元."""
    quantities = [{"name": "人工造林面积", "value": "≥100公顷"}]
    costs = [{"name": "造林补助资金", "value": "≤50万元", "note": "按500元/亩"}, {"name": "苗木采购费", "value": "≤50万元"}]
    [found] = _findings(engine, quantities, costs, "FUND007")
    assert "按这个单价乘以“人工造林面积”≥100公顷（1500亩） 是 750,000 元" in found.message_zh


def test_a_price_ties_its_cost_line_to_a_count_in_another_unit_of_its_measure(engine) -> None:  # type: ignore[no-untyped-def]
    """REL002: 500元/亩 × 200公顷 (3000 亩) is the 林地建设资金 of 1,500,000 元, so the line and the area
    are partners, as they are when the area is written 3000亩."""
    costs = [{"name": "林地建设资金", "value": "＝150万元"}, {"name": "苗木采购费", "value": "＝10万元"},
             {"name": "补助标准", "value": "＝500元/亩"}]
    for area in ("＝200公顷", "＝3000亩"):
        quantities = [{"name": "退耕还林面积", "value": area}, {"name": "苗木采购数量", "value": "≥1万株"}]
        assert not _findings(engine, quantities, costs, "REL002", total=1600000), area


def test_a_users_group_naming_a_known_unit_extends_its_measure(tmp_path: Path) -> None:
    (tmp_path / "units.yaml").write_text("quantity: [公亩]\nmeasures:\n  - {公顷: 1, 公亩: 0.01}\n"
                                         "  - {公顷: 15, 亩: 1}\n", encoding="utf-8")
    lexicon = load_lexicon([tmp_path])
    assert lexicon.conversion("公亩", "亩") == Decimal("0.15")  # 0.01 of the 公顷 of its own group, 15 亩 each
    assert lexicon.conversion("公顷", "亩") == 15  # the same worth written again is no conflict


@pytest.mark.parametrize(("units", "why"), [
    ("measures:\n  - {亩: 1, 英亩: 6}\n", "不在 quantity 列表中"),
    ("measures:\n  - {亩: 1, 公顷: 10}\n", "换算与前面的不一致"),
    ("measures:\n  - {吨: 1, 千瓦: 1}\n", "换算与前面的不一致"),  # two measures joined
    ("measures:\n  - {亩: 1, 公顷: 0}\n", "正数"),
])
def test_a_users_measures_must_name_known_units_at_one_worth(tmp_path: Path, units: str, why: str) -> None:
    (tmp_path / "units.yaml").write_text(units, encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        load_lexicon([tmp_path])
    assert why in raised.value.message


@pytest.mark.parametrize(("rule", "param"), [("REL008", "unit_scales"), ("FUND007", "convertible_units")])
def test_a_configuration_giving_the_retired_unit_parameters_is_told_where_they_went(tmp_path: Path, rule: str,
                                                                                   param: str) -> None:
    from conftest import run_ggtlint

    (tmp_path / ".ggtlint.yaml").write_text(f"params:\n  {rule}:\n    {param}: [{{米: 1, 公里: 1000}}]\n",
                                            encoding="utf-8")
    (tmp_path / "t.yaml").write_text("version: 1\n", encoding="utf-8")
    done = run_ggtlint("check", "t.yaml", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"“{param}”这个字段已不再使用" in done.stderr and "units.yaml 的 measures" in done.stderr

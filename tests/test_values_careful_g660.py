"""Forms that careful tables g660–g669 (fixtures/sectors: 医保信息平台运维, 不动产登记系统等保, 教育云资源租用, 农业农村
大数据平台, 城乡特困人员救助供养, 高龄老人津贴, 家庭经济困难学生生活补助, 人民医院住院综合楼, 地下停车场, 数字城管平台),
a second opinion on the last hour's checks, drew in single-line variants; the tables themselves drew none.

- REL019 on a whole city's control figure (全市政务数据泄露事件 ≤2起) beside a goal promising no leak of its own platform
  (杜绝平台数据泄露事件, g669): goal_none_allowed.py _AREA, _clause;
- FUND007 on 百岁老人长寿津贴标准 ＝500元/人·月 times 80至89周岁老人 ≥12600人, the first of two quantities sharing 岁老人
  alike (g665 with its counts named by age only): pricing.py _pair;
- VAL015 missed 网络可用率 ≤99.9%, 可用 read only after 网 (values.yaml rates_to_raise);
- REL008 missed 城市特困人员基本生活标准 ≥1100元/人·月 against the goal's 不低于每人每月1200元, the floor word before 每
  (goal_figures.py _floor_before).
"""

from __future__ import annotations

from typing import Any

import pytest

from engine_helpers import sector_rule_counts


@pytest.mark.parametrize("number", [str(n) for n in range(660, 670)])
def test_the_careful_tables_draw_nothing(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, number) == {}


_LEAK = "      - name: 平台数据泄露事件\n        value: ＝0起"


def test_a_whole_citys_control_figure_is_not_the_goals_own_platform(engine) -> None:  # type: ignore[no-untyped-def]
    extra = _LEAK + "\n      - name: 全市政务数据泄露事件\n        value: ≤2起"
    assert "REL019" not in sector_rule_counts(engine, "669", (_LEAK, extra))


def test_the_platforms_own_leak_allowed_is_still_told(engine) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, "669", (_LEAK, _LEAK.replace("＝0起", "≤1起"))).get("REL019") == 1


def test_an_area_the_goals_clause_names_is_still_told(engine) -> None:  # type: ignore[no-untyped-def]
    goal = ("全年不发生平台数据泄露事件", "全市全年不发生政务数据泄露事件")
    extra = _LEAK + "\n      - name: 全市政务数据泄露事件\n        value: ≤2起"
    assert sector_rule_counts(engine, "669", goal, (_LEAK, extra)).get("REL019") == 1


_AGES = (("80至89周岁享受津贴老人", "80至89周岁老人"), ("90至99周岁享受津贴老人", "90至99周岁老人"),
         ("100周岁以上享受津贴老人", "100周岁以上老人"), ("      - name: 80至89周岁津贴标准\n        value: ＝600元/人·年\n", ""))


def test_a_standard_is_not_paired_with_the_first_of_two_alike_counts(engine) -> None:  # type: ignore[no-untyped-def]
    assert "FUND007" not in sector_rule_counts(engine, "665", *_AGES)


def test_a_standard_paired_with_its_one_count_is_still_weighed(engine) -> None:  # type: ignore[no-untyped-def]
    # 百岁老人长寿津贴标准 ＝500元/人·月 × 百岁老人 ≥4200人 × 12 is 25,200,000 元, over the year's 9,612,000
    count = ("      - name: 100周岁以上享受津贴老人\n        value: ≥42人", "      - name: 百岁老人\n        value: ≥4200人")
    assert sector_rule_counts(engine, "665", count).get("FUND007") == 1


_AVAILABILITY = "      - name: 平台可用率\n        value: ≥99.9%"


@pytest.mark.parametrize("name", ["网络可用率", "平台可用率"])
def test_a_networks_availability_as_a_ceiling_is_told(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    edit = (_AVAILABILITY, f"      - name: {name}\n        value: ≤99.9%")
    assert sector_rule_counts(engine, "662", edit).get("VAL015") == 1


def test_a_networks_availability_as_a_floor_is_not(engine) -> None:  # type: ignore[no-untyped-def]
    assert "VAL015" not in sector_rule_counts(engine, "662", (_AVAILABILITY, _AVAILABILITY.replace("平台", "网络")))


_CITY_FLOOR = "      - name: 城市特困人员基本生活标准\n        value: ≥1200元/人·月"


@pytest.mark.parametrize("value, told", [("≥1100元/人·月", 1), ("≥1200元/人·月", None), ("≥1300元/人·月", None)])
def test_a_floor_opening_the_goals_standard_holds_the_indicators_floor(engine, value: str, told: Any) -> None:  # type: ignore[no-untyped-def]
    # the goal's 城市特困人员基本生活标准不低于每人每月1200元: 不低于 before 每, not after the period
    edit = (_CITY_FLOOR, _CITY_FLOOR.replace("≥1200元/人·月", value))
    assert sector_rule_counts(engine, "664", edit).get("REL008") == told

"""Forms that careful tables g670–g679 (fixtures/sectors: 狂犬病暴露处置, 高血压糖尿病基层管理, 乡镇院前急救站点,
危重孕产妇和新生儿救治中心, 病媒生物监测与防制, 供水管网抢修, 企业诉求直通车, 食品快检装备购置, 县医院感染性疾病病区
专项债券, 医共体远程影像运维), a second opinion on the last hour's checks, drew as written or in single-line variants.

- REL018 on 伊蚊监测频次 每月3次 beside the goal's 每旬开展1次伊蚊监测 (g674): the same rounds a year said another way
  (goal_cadence.py _rounds_a_year).

Misses in the variants, fixed:
- REL018 missed 重点企业走访频次 每年1次 or 每月1次 against 每季度走访重点企业1次 (g676): the work's object after the verb
  was not read (goal_cadence.py _goal_cadences);
- VAL036 missed 购置食品安全快检车 ＝2台次 (g677): 台次, 辆次, 车次 are units of times (values.yaml);
- VAL006 missed 布雷图指数 ≥5 (g674): the Aedes larval indices are kept down (negative-direction.yaml).
"""

from __future__ import annotations

import pytest

from engine_helpers import sector_rule_counts


def _value(name: str, old: str, new: str) -> tuple[str, str]:
    return f"name: {name}\n        value: {old}\n", f"name: {name}\n        value: {new}\n"


@pytest.mark.parametrize("number", [str(n) for n in range(670, 680)])
def test_the_careful_tables_draw_nothing(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, number) == {}


@pytest.mark.parametrize("value", ["每月3次", "每旬1次"])
def test_three_rounds_a_month_are_one_a_ten_days(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    assert "REL018" not in sector_rule_counts(engine, "674", _value("伊蚊监测频次", "每月3次", value))


@pytest.mark.parametrize("value", ["每月1次", "每月2次", "每季度1次"])
def test_other_rounds_than_the_goals_are_still_told(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, "674", _value("伊蚊监测频次", "每月3次", value)).get("REL018") == 1


def test_a_goal_cadence_without_a_count_is_held_by_its_period(engine) -> None:  # type: ignore[no-untyped-def]
    goal = ("4月至11月每旬开展1次伊蚊监测", "4月至11月每旬开展伊蚊监测")
    assert sector_rule_counts(engine, "674", goal).get("REL018") == 1


@pytest.mark.parametrize("value", ["每年1次", "每月1次"])
def test_the_works_object_after_the_verb_is_read(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, "676", _value("重点企业走访频次", "每年4次", value)).get("REL018") == 1


def test_the_goals_quarterly_visit_said_as_four_a_year_is_left(engine) -> None:  # type: ignore[no-untyped-def]
    assert "REL018" not in sector_rule_counts(engine, "676", _value("重点企业走访频次", "每年4次", "每季度1次"))


@pytest.mark.parametrize("unit", ["台次", "辆次"])
def test_a_vehicle_bought_in_vehicle_times_is_told(engine, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, "677", _value("购置食品安全快检车", "＝2辆", f"＝2{unit}")).get("VAL036") == 1


def test_a_larval_index_raised_is_told(engine) -> None:  # type: ignore[no-untyped-def]
    assert sector_rule_counts(engine, "674", _value("布雷图指数", "≤5", "≥5")).get("VAL006") == 1


def test_a_larval_index_watched_is_not(engine) -> None:  # type: ignore[no-untyped-def]
    added = ("name: 布雷图指数\n        value: ≤5\n",
             "name: 布雷图指数\n        value: ≤5\n      - name: 布雷图指数监测覆盖率\n        value: ＝100%\n")
    assert "VAL006" not in sector_rule_counts(engine, "674", added)

"""Forms that careful tables g596–g605 (fixtures/sectors: 茶园产业路, 太阳能路灯, 村庄保洁员, 烟叶烤房, 尾矿库治理,
背街小巷, 上门助浴, 二次供水, 审批帮办代办, 旱改水), a second opinion on audits 22 and 23's checks, wrote and that
drew false findings; the defects those checks were made for keep theirs.

- REL016 on a neighbour joined with 的 (连接线同时为邻近的孟彦镇2个村茶农运送鲜叶, g596): 邻近明中乡 was read, 邻近的
  明中乡 not;
- REL017 on a township's own standing measured county-wide (全县农村人居环境整治季度考评本镇排名 ≤10名, g598);
- CAT022 on measures against a harm under 社会成本/生态环境成本 the word list missed (表土剥离回覆率, 水土保持方案执行率
  in g605; 裸露土方苫盖率 in g600; 群众诉求及时回应率, 建筑垃圾分类收集率, 施工噪声监测 in g601);
- TIME007 on a 竣工验收 time whose name says it counts from the end of works (完工后竣工验收时间 ≤30日, g601);
- FUND008 (a warning) on hours of work a day (雾炮机降尘作业时长 ≥4小时/日, g600) and on a compensation standard set
  by policy (青苗补偿标准 ≥1500元/亩, g605), a floor as 低保、补助 standards are;
- FUND017 (a warning) on a goal's sources listed on past a comma (…县级配套80万元，产权单位自筹40万元, g603).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_rule_counts

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


def _rules(engine: Any, number: str, old: str = "", new: str = "") -> dict[str, int]:
    return edited_rule_counts(engine, next(SECTORS.glob(f"g{number}-*.yaml")), old, new)


@pytest.mark.parametrize("number", ["596", "597", "598", "599", "600", "601", "602", "603", "604", "605"])
def test_the_careful_tables_draw_nothing(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    assert _rules(engine, number) == {}


NEIGHBOUR = "连接线同时为邻近的孟彦镇2个村茶农运送鲜叶"


@pytest.mark.parametrize(("new", "told"), [(NEIGHBOUR, False), ("连接线同时为周边的孟彦镇2个村茶农运送鲜叶", False),
                                           ("连接线同时为孟彦镇2个村茶农运送鲜叶", True)])
def test_a_neighbour_the_work_reaches(engine, new: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL016" in _rules(engine, "596", NEIGHBOUR, new)) == told


RANK = "全县农村人居环境整治季度考评本镇排名\n        value: ≤10名"


@pytest.mark.parametrize(("new", "told"), [
    (RANK, False),
    ("全县农村人居环境整治季度考评水口镇排名\n        value: ≤10名", False),
    ("全县农村人居环境整治达标率\n        value: ≥90%", True),
])
def test_a_townships_own_standing_in_the_county(engine, new: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL017" in _rules(engine, "598", RANK, new)) == told


TOPSOIL = "表土剥离回覆率\n        value: ≥95%"


@pytest.mark.parametrize(("name", "told"), [
    ("表土剥离回覆率", False), ("水土保持方案执行率", False), ("裸露土方苫盖率", False), ("群众诉求及时回应率", False),
    ("建筑垃圾分类收集率", False), ("施工噪声监测次数", False), ("沿线绿化补植率", False), ("施工围挡设置率", False),
    ("出场车辆冲洗率", False), ("弃土弃渣规范堆放率", False),
    ("群众防灾避险知识知晓率", True), ("项目区绿化面积占比", True),
])
def test_a_measure_against_harm_takes_a_floor(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("CAT022" in _rules(engine, "605", TOPSOIL, f"{name}\n        value: ≥95%")) == told


AFTER_WORKS = "完工后竣工验收时间\n        value: ≤30日"


@pytest.mark.parametrize(("name", "told"), [("完工后竣工验收时间", False), ("竣工后验收时间", False),
                                            ("竣工验收时间", True)])
def test_a_time_counted_from_the_end_of_works(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("TIME007" in _rules(engine, "601", AFTER_WORKS, f"{name}\n        value: ≤30日")) == told


@pytest.mark.parametrize(("number", "old", "new", "told"), [
    ("600", "雾炮机降尘作业时长\n        value: ≥4小时/日", "雾炮机降尘作业时长\n        value: ≥4小时/日", False),
    ("600", "雾炮机降尘作业时长\n        value: ≥4小时/日", "雾炮机租赁费\n        value: ≥400元/日", True),
    ("605", "青苗补偿标准\n        value: ≥1500元/亩", "青苗补偿标准\n        value: ≥1500元/亩", False),
    ("605", "青苗补偿标准\n        value: ≥1500元/亩", "最高青苗补偿标准\n        value: ≥1500元/亩", True),
])
def test_no_price_and_a_policy_floor_under_costs(engine, number: str, old: str, new: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("FUND008" in _rules(engine, number, old, new)) == told


SELF_RAISED = "县级配套80万元，产权单位自筹40万元。"


@pytest.mark.parametrize(("new", "told"), [(SELF_RAISED, False), ("县级配套80万元，产权单位自筹30万元。", True)])
def test_sources_listed_past_a_comma(engine, new: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("FUND017" in _rules(engine, "603", SELF_RAISED, new)) == told

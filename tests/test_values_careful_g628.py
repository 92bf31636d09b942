"""Forms that careful tables g628–g637 (fixtures/sectors: 河塘清淤, 党群服务中心, 村集体冷库, 中蜂养殖, 渗滤液处理,
芦笙节, 民宿提升, 茶叶清洁化加工, 村级活动场所维修, 远程心电诊断), a last careful round on today's new rules, wrote and
that drew false findings; the defects those checks were made for keep theirs.

- FUND004 (a warning) and REL002 on 标准蜂箱及蜂群补助 ≤60万元 (g631): a standard-built thing opening the name read
  as a price (补助标准), so left out of the cost sum;
- VAL001 (an error) on 更新灭火器及应急照明灯 ≥24具（套） (g636): 具 was no listed unit, and a figure before a bracket
  is read only in listed units;
- REL016 on a township downstream (清淤后可为下游的瓦寨镇2个村提供灌溉水源, g628), a neighbour as 邻近的 is;
- REL015 on a goal building on a finished project's results (为巩固2025年中央财政中蜂产业提升项目成果, g631);
- CAT022 on complaints settled under 社会成本 (周边居民异味投诉办结率 ≥95%, g632), a measure against the harm as
  群众诉求及时回应率 is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_rule_counts
from ggtlint.values.hints import name_hint
from ggtlint.values.parse import parse_value

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


def _rules(engine: Any, number: str, old: str = "", new: str = "") -> dict[str, int]:
    return edited_rule_counts(engine, next(SECTORS.glob(f"g{number}-*.yaml")), old, new)


@pytest.mark.parametrize("number", [str(n) for n in range(628, 638)])
def test_the_careful_tables_draw_nothing(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    assert _rules(engine, number) == {}


@pytest.mark.parametrize(("name", "per_unit"), [
    ("标准蜂箱及蜂群补助", False), ("高标准农田建设补助", False), ("新建标准厂房", False),
    ("每箱补助标准", True), ("补助资金标准", True), ("标准蜂箱补助标准", True),
    # a standard sum, or the highest or raised one, opening the name is the price still
    ("标准补助", True), ("标准定额补助", True), ("最高标准补助", True), ("提高标准补助", True),
])
def test_a_standard_built_thing_is_no_price(name: str, per_unit: bool) -> None:
    assert (name_hint(name).expects == "per_unit") == per_unit


HIVES = "      - name: 标准蜂箱及蜂群补助\n        value: ≤60万元"


def test_a_standard_built_thing_counts_toward_the_funds(engine) -> None:  # type: ignore[no-untyped-def]
    assert "FUND004" not in _rules(engine, "631")
    assert "FUND004" in _rules(engine, "631", HIVES, "      - name: 标准蜂箱及蜂群补助\n        value: ≤50万元")


@pytest.mark.parametrize("text", ["≥24具（套）", "≥24具"])
def test_extinguishers_counted_in_ju(text: str) -> None:
    value = parse_value(text)
    assert (value.kind, value.number, value.unit) == ("count", 24, "具")


DOWNSTREAM = "清淤后可为下游的瓦寨镇2个村提供灌溉水源"


@pytest.mark.parametrize(("new", "told"), [(DOWNSTREAM, False), ("清淤后可为上游的瓦寨镇2个村提供灌溉水源", False),
                                           ("清淤后可为瓦寨镇2个村提供灌溉水源", True)])
def test_a_township_downstream(engine, new: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL016" in _rules(engine, "628", DOWNSTREAM, new)) == told


BUILT_ON = "为巩固2025年中央财政中蜂产业提升项目成果，"


@pytest.mark.parametrize(("new", "told"), [(BUILT_ON, False), ("为确保2025年中央财政中蜂产业提升项目顺利实施，", True)])
def test_a_finished_projects_results_built_on(engine, new: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("REL015" in _rules(engine, "631", BUILT_ON, new)) == told


SETTLED = "周边居民异味投诉办结率\n        value: ≥95%"


@pytest.mark.parametrize(("name", "told"), [("周边居民异味投诉办结率", False), ("群众信访诉求办结率", False),
                                            ("周边居民垃圾分类知晓率", True)])
def test_complaints_settled_take_a_floor(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("CAT022" in _rules(engine, "632", SETTLED, f"{name}\n        value: ≥95%")) == told

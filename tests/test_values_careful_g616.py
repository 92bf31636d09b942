"""Forms that careful tables g616–g627 (fixtures/sectors: 街道综治中心, 农产品区域公用品牌, 森林防火瞭望塔, 全民健身
中心, 老年人助浴, 控辍保学, 农业信贷担保费补助, 公交候车亭, 社区微型消防站, 柑橘黄龙病防控, 青年人才公寓, 农村宅基地)
use and that drew false findings; look-alikes keep theirs.

- a share of those who signed a contract (新入住青年人才签订3年以上劳动合同比例 ≥90%) read its 合同比例 as 同比, a
  year compared with, so the name said no rate (VAL009, a notice): hints.py _YEAR_ON_YEAR;
- a 2021 cost charged or harmed none of with whom named or trees spared (不向企业收取品牌使用费, 不砍伐林木, variants
  of g617's 不收取任何费用 and g618's 不破坏林地植被) was text (VAL001, an error): parse.py _NO_EFFECT;
- a count of the places a named work is carried out in (开展统防统治乡镇 ＝8个, g625) was told as a quantity no cost
  line pays for (REL002, a notice): hygiene.yaml free_name; places the money builds (新建村级植保服务站) still are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_findings
from ggtlint.values import parse_value
from ggtlint.values.hints import name_hint

G626 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g626-*.yaml"))
NAME = "      - name: 新入住青年人才签订3年以上劳动合同比例\n"


@pytest.mark.parametrize(("name", "expects"), [
    ("新入住青年人才签订3年以上劳动合同比例", "rate"),
    ("签订劳动合同比例", "rate"),
    # the same share (同比例, 相同比例) is a share, no year compared with
    ("地方配套同比例", "rate"),
    ("按相同比例配套", "rate"),
    # a year compared with, whatever changes: no rate named
    ("接待游客同比", None),
    ("营业收入同比", None),
])
def test_contract_share_is_a_rate(name: str, expects: str | None) -> None:
    assert name_hint(name).expects == expects


@pytest.mark.parametrize(("name", "told"), [
    ("新入住青年人才签订3年以上劳动合同比例", False),
    ("新入住青年人才签订3年以上劳动合同", True),
])
def test_contract_share_takes_a_percentage(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in edited_findings(engine, G626, NAME, f"      - name: {name}\n") if f.rule_id == "VAL009"]
    assert bool(found) == told


@pytest.mark.parametrize(("value", "quality"), [
    ("不向企业收取品牌使用费", "yesno"),
    ("未向农户收取任何费用", "yesno"),
    ("不砍伐林木", "yesno"),
    # the verb alone, as 不收取 and 不影响 are read
    ("不砍伐", "yesno"),
    ("不向农户收取", "yesno"),
    # a deed not done, no cost spared: text still
    ("不向社会公开", "text"),
    ("向企业收取费用", "text"),
])
def test_nothing_charged_or_felled_is_yes_no(value: str, quality: str) -> None:
    assert parse_value(value).quality == quality


G617 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g617-*.yaml"))


@pytest.mark.parametrize(("value", "told"), [("不向企业收取品牌使用费", False), ("向企业收取品牌使用费", True)])
def test_a_social_cost_charging_no_one(engine, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in edited_findings(engine, G617, "value: 不收取任何费用", f"value: {value}") if f.rule_id == "VAL001"]
    assert bool(found) == told


G625 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g625-*.yaml"))
SITES = "      - name: 开展统防统治乡镇\n        value: ＝8个\n"


def _rel002(engine: Any, line: str) -> list[Any]:
    """The REL002 findings of g625 with its count of towns (SITES) replaced by ``line``."""
    return [f for f in edited_findings(engine, G625, SITES, line) if f.rule_id == "REL002"]


# a count of the places a named work is carried out in costs nothing by itself (REL002, a notice; hygiene.yaml
# free_name); a count of places the money builds or equips is still told
@pytest.mark.parametrize(("name", "told"), [
    ("开展统防统治乡镇", False),
    ("开展果园巡查的村", False),
    ("实施农技服务的行政村", False),
    ("开展入户指导的村（社区）", False),
    ("全年开展技术培训的乡镇", False),
    ("实施科学用药指导的乡镇个数", False),
    ("开展安全用药宣传社区", False),
    ("新建村级植保服务站", True),
    ("改造乡镇农技推广站", True),
    ("实施乡镇农技站改造", True),
    ("新增村级气象观测站", True),
    ("配备乡镇植保服务中心", True),
])
def test_places_the_work_is_carried_out_in(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _rel002(engine, f"      - name: {name}\n        value: ＝8个\n")
    assert bool(found) == told


# the visits a work makes to the places (送戏进村, 宣传进社区) are shows and sessions a line pays for: still told
@pytest.mark.parametrize("name", ["开展送戏进村", "开展法律宣传进社区"])
def test_visits_to_the_places_are_no_places(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _rel002(engine, f"      - name: {name}\n        value: ≥20场\n")

"""Forms that careful tables g584–g595 (fixtures/sectors: 水语广播, 石漠化治理, 稻渔综合种养, 定向医学生, 劳动教育基地,
社区戒毒康复, 交通事故救助基金, 乡镇应急救援队, 健康素养, 职业技能大赛, 地质灾害避险搬迁, 游泳培训) use, or their
phrasing variants, and that drew false findings; look-alikes keep theirs.

- a 2021 social or ecological cost said to harm, take or charge nothing (不破坏生态环境, 不占用基本农田, 不收取任何费用;
  the bare 不占用 and 不收费 under a name saying what), a none-happened 不发生群体性上访 and 达标排放 were text (VAL001,
  errors), while 不造成破坏, 不影响… and 无 were already reached-or-not values;
- a note giving a rate per 课时 beside each head's 课时 (按每人10课时、每课时18元标准) was held to the rate times one
  head's 10课时 (FUND007: 180元 against ≤540000元), where the note gives two factors, not one rate to multiply (so
  with 18元/课时);
- a deadline a day after the goal's for the same work (2026年国庆节前, read as 10月1日, for the goal's 9月30日前全部入住)
  was told as later (TIME006 after_goal): 国庆节前 and 10月1日前 say before the day, 9月30日前 by it;
- a goal opening with the project it builds on or belongs to (依托…项目, 作为…项目的组成部分, 衔接…项目) or saying what
  this project is (本项目为2026年中央财政…石漠化治理项目) was taken for a goal copied from another project (REL015):
  tests/test_goal_foreign_project.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_findings
from ggtlint.values import parse_value

G594 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g594-*.yaml"))
ECOLOGICAL = "      - name: 安置点建设占用基本农田\n        value: 不占用"


@pytest.mark.parametrize("value", ["不破坏生态环境", "未破坏周边植被", "不占用基本农田", "不占用", "不收取任何费用",
                                   "不收费", "不损害群众合法权益", "不发生群体性上访", "无越级上访", "达标排放"])
def test_no_harm_done_is_yes_no(value: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.quality) == ("qualitative", "yesno")


@pytest.mark.parametrize("value", ["破坏生态环境", "占用基本农田", "收取费用", "上访", "排放"])
def test_the_harm_itself_stays_text(value: str) -> None:
    assert parse_value(value).quality != "yesno"


def _val001(engine: Any, name: str, value: str) -> list[Any]:
    findings = edited_findings(engine, G594, ECOLOGICAL, f"      - name: {name}\n        value: {value}")
    return [f for f in findings if f.rule_id == "VAL001"]


@pytest.mark.parametrize(("name", "value", "told"), [
    ("安置点建设对生态环境的影响", "不破坏生态环境", False),
    ("安置点建设占用基本农田", "不占用", False),
    ("安置点生活污水排放", "达标排放", False),
    ("安置点建设对生态环境的影响", "较大破坏", True),
    ("安置点建设占用基本农田", "占用", True),
])
def test_an_ecological_cost_there_is_none_of(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_val001(engine, name, value)) == told


G595 = next(G594.parent.glob("g595-*.yaml"))
NOTE = "        note: 按每人10课时、每课时18元标准"


@pytest.mark.parametrize(("note", "told"), [
    (NOTE, False),
    ("        note: 按每人10课时、18元/课时", False),
    # one rate alone is still held to its quantity: 每人18元 times 3000人 is a tenth of the line
    ("        note: 按每人18元标准", True),
])
def test_a_rate_beside_a_figure_per_head_is_not_multiplied_alone(engine, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = edited_findings(engine, G595, NOTE, note)
    assert any(f.rule_id == "FUND007" for f in found) == told


ENTRY = "      - name: 搬迁户入住完成时间\n        value: 2026年9月30日前"


@pytest.mark.parametrize(("value", "told"), [("2026年国庆节前", False), ("2026年10月1日前", False),
                                             ("2026年10月2日前", True), ("2026年10月31日前", True)])
def test_a_deadline_a_day_after_the_goals_is_the_same(engine, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = edited_findings(engine, G594, ENTRY, ENTRY.replace("2026年9月30日前", value))
    assert any(f.rule_id == "TIME006" for f in found) == told

"""Forms that careful tables g638–g649 (fixtures/sectors: 基层文化志愿者, 森林防火检查站, 城乡环卫一体化, 儿童之家,
课桌椅更新, 红白理事会, 反家暴庇护, 工伤预防培训, 救灾备荒种子, 污染源执法监测, 党史编纂出版, 道路积水点改造), a
careful round of the whole pack, wrote and that drew false findings; the defects those checks were made for keep theirs.

- VAL006 (a warning) on 环境违法行为发现率较上年提高 ≥5个百分点 (g647): the share of violations an inspection finds is
  more-is-better, as 查处率 is, though 违法 is a reverse word (negative-direction.yaml exceptions: 发现率); so, in
  variants of that line, are the bad thing acted on as a share (投诉举报件回访率, 家庭暴力事件干预率, 火灾隐患督改率,
  违法失信企业联合惩戒率, 举报违法线索奖励兑现率, 交通事故快处快赔率: exceptions 回访, 干预, 督改, 惩戒, 兑现, 快处快赔);
- FUND017 (a warning) on a goal's split by source with a part whose words hold 及 (…乡级配套30万元、村集体及农户自筹
  10万元, g640), read only up to it (goal_sources.py _CUT_WORDS), and with the rest named last (…镇级配套8万元，其余4万元由
  村集体自筹, g643: funds.yaml sources 其余);
- SAT002 on 读者满意度 in a 党史编纂出版 table whose lines name no 图书 (g648 with 印制党史图书 written
  《中国共产党石阡县历史》第三卷印制): a book published (出版, 书稿) has readers (satisfaction.yaml kin).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_rule_counts

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


def _rules(engine: Any, number: str, old: str = "", new: str = "") -> dict[str, int]:
    return edited_rule_counts(engine, next(SECTORS.glob(f"g{number}-*.yaml")), old, new)


@pytest.mark.parametrize("number", [str(n) for n in range(638, 650)])
def test_the_careful_tables_draw_nothing(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    assert _rules(engine, number) == {}


@pytest.mark.parametrize(("name", "told"), [
    ("安全隐患发现率", False), ("超标排放问题发现率", False),
    # the bad thing acted on, as a share: more is better
    ("投诉举报件回访率", False), ("家庭暴力事件干预率", False), ("火灾隐患督改率", False),
    ("违法失信企业联合惩戒率", False), ("举报违法线索奖励兑现率", False), ("交通事故快处快赔率", False),
    # the bad thing itself, or the act done late, is still a reverse measure
    ("环境违法行为发生率", True), ("环境违法行为未及时发现率", True), ("家庭暴力事件发生率", True),
    ("投诉回访不满意率", True), ("未及时回访率", True),
])
def test_a_bad_thing_found_or_acted_on_is_more_is_better(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _rules(engine, "647", "      - name: 环境违法行为发现率较上年提高\n        value: ≥5个百分点\n",
                   f"      - name: {name}\n        value: ≥90%\n")
    assert ("VAL006" in found) is told


def test_a_published_book_has_readers(engine) -> None:  # type: ignore[no-untyped-def]
    assert "SAT002" not in _rules(engine, "648", "      - name: 印制党史图书\n",
                                  "      - name: 《中国共产党石阡县历史》第三卷印制\n")
    # readers in a table with no book, library or reading are still told
    assert _rules(engine, "649", "      - name: 沿线居民和商户满意度\n", "      - name: 读者满意度\n").get("SAT002") == 1


G640_SPLIT = "其中：县级城乡环卫一体化补助资金80万元、乡级配套30万元、村集体自筹10万元。"
G643_SPLIT = "其中县级文明创建资金18万元、镇级配套8万元、村集体自筹4万元。"


@pytest.mark.parametrize(("number", "old", "new", "told"), [
    ("640", G640_SPLIT, "其中：县级城乡环卫一体化补助资金80万元、乡级配套30万元、村集体及农户自筹10万元。", False),
    ("643", G643_SPLIT, "其中县级文明创建资金18万元、镇级配套8万元，其余4万元由村集体自筹。", False),
    ("643", G643_SPLIT, "其中县级文明创建资金18万元、其余12万元由镇村两级筹集。", False),
    # the parts read so still add up wrong
    ("640", G640_SPLIT, "其中：县级城乡环卫一体化补助资金80万元、乡级配套30万元、村集体及农户自筹15万元。", True),
    ("643", G643_SPLIT, "其中县级文明创建资金18万元、镇级配套8万元，其余6万元由村集体自筹。", True),
    ("643", G643_SPLIT, "其中县级文明创建资金18万元、其余10万元由镇村两级筹集。", True),
])
def test_a_split_by_source_read_past_a_joined_part_and_the_rest(engine, number: str, old: str, new: str,  # type: ignore[no-untyped-def]
                                                                 told: bool) -> None:
    assert ("FUND017" in _rules(engine, number, old, new)) is told

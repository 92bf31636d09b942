"""Re-read of session 28 (reviewer C): REL008's exact count over the goal's exact one (`_a_goal_total`) and what the
fixes found on the re-read hold.

REL008's total: a count that is the goal's figure plus any other figure of the goal in its unit was left quiet, so
消除2处…隐患 ＝4处 beside 完成2处…闭库治理 (audit 40's b454 defect) and 新建公厕 ＝30座 beside 新建公厕10座、改造公厕20座
went untold; a total is now only a whole the goal says is there already (已建成的15座, 全县共有) plus the new ones it
names after it (新建工程3座)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# (goal, rows by place, the row REL008 tells or None)
EXACT: list[tuple[str, dict[str, list[Row]], str | None]] = [
    # told before session 28's total, quiet with it, told again
    ("2027年完成2处尾矿库闭库治理，消除2处尾矿库环境风险隐患。",
     {"benefits": [("消除尾矿库环境风险隐患", "＝4处")]}, "消除尾矿库环境风险隐患"),
    ("2027年新建公厕10座、改造公厕20座。", {"counts": [("新建公厕", "＝30座"), ("改造公厕", "＝20座")]}, "新建公厕"),
    ("2027年新建公厕10座、改造公厕20座。", {"counts": [("新建公厕", "＝10座"), ("改造公厕", "＝30座")]}, "改造公厕"),
    ("2027年消除2处地质灾害隐患，搬迁受威胁群众36户，治理滑坡1处。",
     {"benefits": [("消除地质灾害隐患", "＝3处")]}, "消除地质灾害隐患"),
    # a whole there already and the year's new ones: all there will be (careful s28's held out), quiet
    ("2027年对已建成的15座农村饮水工程开展水质检测，新建工程3座。", {"counts": [("水质检测农村饮水工程", "＝18座")]}, None),
    ("2027年对已排查的320个入河排污口开展溯源，新发现排污口20个一并溯源。",
     {"counts": [("完成溯源的入河排污口", "＝340个")]}, None),
    ("2027年全县共有农村公厕120座，新建农村公厕30座，全部纳入管护。",
     {"counts": [("管护农村公厕", "＝150座"), ("新建农村公厕", "＝30座")]}, None),
]


@pytest.mark.parametrize(("goal", "rows", "told"), EXACT, ids=[f"exact-{n}" for n in range(len(EXACT))])
def test_an_exact_count_is_a_total_only_of_a_whole_and_its_new_ones(engine: Any, goal: str,
                                                                    rows: dict[str, list[Row]],
                                                                    told: str | None) -> None:
    findings = engine.check_source(load_text(table_2027(goal, **rows), "reread_s28_C.yaml")).findings
    named = [f.value.split("\x1f")[0] for f in findings if f.rule_id == "REL008"]
    assert named == ([told] if told else []), named

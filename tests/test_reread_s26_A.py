"""Re-read A of session 26's goal and relevance checks: what the re-read found plainly wrong, each pinned here.

REL041's English message quoted its relation in Chinese (到位资金 ≤ 签约投资) beside the names it quotes from the table;
VAL042 reported a growth said as about (增长15%左右) at the point it allows (14%), not the goal's 15%; REL042 read the
input's amount after each place the goal names it (one pattern, not one compiled per input word)."""

from __future__ import annotations

import re
from typing import Any

from ggtlint.load import load_text

_CJK = re.compile(r"[\u4e00-\u9fff（）]")

TABLE = """version: 1
project: {{name: 2027年招商引资与产业发展项目, year: 2027, department: 县商务局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  效益指标:
    经济效益指标:
{rows}
"""


def _findings(engine: Any, goal: str, rows: list[tuple[str, str]], rule: str) -> list[Any]:
    listed = "\n".join(f'      - {{name: {name}, value: "{value}"}}' for name, value in rows)
    source = load_text(TABLE.format(goal=goal, rows=listed), "reread_s26_a.yaml")
    return [found for found in engine.check_source(source).findings if found.rule_id == rule]


def test_bounded_pair_english_message_quotes_only_the_table(engine: Any) -> None:
    rows = [("签约项目投资总额", "≥50亿元"), ("签约项目实际到位资金", "≥60亿元"),
            ("园区入驻企业新增税收", "≥1.5亿元"), ("入驻企业年产值", "≥1.2亿元")]
    found = _findings(engine, "2027年开展招商引资。", rows, "REL041")
    assert len(found) == 2
    for finding in found:
        english = finding.message_en
        for name, value in rows:  # what the table says may be quoted as it is written
            english = english.replace(name, "").replace(value, "")
        assert not _CJK.search(english), finding.message_en
        assert "≤" in english and "（" not in finding.message_en  # the relation is still said, in English
    assert "到位资金 ≤ 签约投资" in found[0].message_zh


def test_growth_about_is_reported_at_the_goals_rate(engine: Any) -> None:
    goal = "2027年全县农村网络零售额较2026年（10亿元）增长15%左右，达到11亿元。"
    found = _findings(engine, goal, [("带动就业", "≥100人")], "VAL042")
    assert len(found) == 1
    assert "增长15%与" in found[0].message_zh and "达不到15%" in found[0].message_zh, found[0].message_zh
    assert "14%" not in found[0].message_zh + found[0].message_en
    # within the point 左右 allows: quiet (11.4亿元 is 14%)
    assert not _findings(engine, goal.replace("11亿元", "11.4亿元"), [("带动就业", "≥100人")], "VAL042")


def test_stated_basis_reads_the_input_after_each_mention(engine: Any) -> None:
    # the second mention gives the input's amount (4000万元 × 3 = 1.2亿元, 1.3亿元 above it by more than 5%)
    goal = "2027年支持企业设备更新，设备投资不少于4000万元，按设备投资1:3的投入产出比测算新增产值。"
    found = _findings(engine, goal, [("项目企业新增产值", "≥1.3亿元")], "REL042")
    assert len(found) == 1 and "4000万元" in found[0].message_zh and "1.2亿元" in found[0].message_zh
    # the largest of two mentions is the input's (5000万元 × 3 = 1.5亿元: 1.3亿元 is within it)
    more = goal.replace("。", "，其中设备投资5000万元。")
    assert not _findings(engine, more, [("项目企业新增产值", "≥1.3亿元")], "REL042")
    assert not _findings(engine, goal, [("项目企业新增产值", "≥1.2亿元")], "REL042")

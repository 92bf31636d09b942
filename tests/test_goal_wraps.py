"""A goal typed into a block (goal: |) or a cell wraps where the line is full; the rules read it joined, so a
figure cut off the words naming it (新改建农村⏎公路1200公里) is still compared with its indicator."""

from __future__ import annotations

import pytest

from ggtlint.engine.context import joined_goal
from ggtlint.load import load_text


@pytest.mark.parametrize(("goal", "read"), [
    ("2026年新改建农村\n公路1200公里，受益群众\n12万人。\n", "2026年新改建农村公路1200公里，受益群众12万人。\n"),
    ("帮助转移就业8000人\n（其中脱贫人口3000人以上）", "帮助转移就业8000人（其中脱贫人口3000人以上）"),
    ("按每人每月800元标准\u3000\n  增加照护补助", "按每人每月800元标准增加照护补助"),
    # breaks that end something stay: a sentence's end, a blank line, a numbered item
    ("完成A。\n完成B", "完成A。\n完成B"),
    ("完成A；\n完成B", "完成A；\n完成B"),
    ("完成A\n\n完成B", "完成A\n\n完成B"),
    ("目标1：完成培训\n目标2：提高能力", "目标1：完成培训\n目标2：提高能力"),
    ("任务：\n1、完成A\n2、完成B", "任务：\n1、完成A\n2、完成B"),
    ("任务：\n1.完成A\n2．完成B", "任务：\n1.完成A\n2．完成B"),
    # a figure's decimal point is no numbered item's (h104)
    ("改造农村公路\n12.5公里，受益群众\n3.5万人次", "改造农村公路12.5公里，受益群众3.5万人次"),
    ("（一）完成A\n（二）完成B", "（一）完成A\n（二）完成B"),
    ("完成A\n①完成B", "完成A\n①完成B"),
    ("一行写完的目标", "一行写完的目标"),
])
def test_a_goal_is_read_with_its_mid_sentence_wraps_joined(goal: str, read: str) -> None:
    assert joined_goal(goal) == read


def _table(goal: str) -> str:
    return ("version: 1\nproject: {name: 农村公路建设, year: 2026}\ngoal: |\n"
            + "".join(f"  {line}\n" for line in goal.splitlines())
            + "indicators:\n  产出指标:\n    数量指标:\n      - {name: 新改建农村公路里程, value: ≥120公里}\n")


def test_a_figure_wrapped_away_from_its_words_is_still_compared(engine) -> None:  # type: ignore[no-untyped-def]
    def told(goal: str) -> list[str]:
        return [f.message_zh for f in engine.check_source(load_text(_table(goal), "t.yaml")).findings
                if f.rule_id == "REL008"]

    assert told("2026年新改建农村公路1200公里。")  # on one line, as before
    wrapped = told("2026年新改建农村\n公路1200公里。")
    assert wrapped and "1200公里" in wrapped[0] and "10 倍" in wrapped[0]

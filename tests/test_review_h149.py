"""Re-read h149 of the last changes (FUND007's payday, FUND017's sources, REL016's titles): each case a slip the
re-read found, with the table it was found on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine_helpers import edited_findings
from ggtlint.load import load_text
from test_review_h145 import _POSTS

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"


@pytest.mark.parametrize(("note", "told"), [
    # a month of the year it is paid by multiplies nothing: 2000 × 12 × 12 = 288000, over the line
    ("按每人每月2000元标准发放，每年12月31日前发放完毕", True),
    ("按2000元/人·月发放，每年12月底前发放", True),
    ("按2000元/人·月发放，每人每年12个月", False),  # a count of months each head, a factor of its own
])
def test_a_notes_month_of_payment_leaves_its_rate_to_be_multiplied(engine: Any, note: str, told: bool) -> None:
    found = engine.check_source(load_text(_POSTS.replace("NOTE", note), "posts.yaml")).findings
    assert any(finding.rule_id == "FUND007" for finding in found) == told


_G270 = next(SECTORS.glob("g270-*.yaml"))


def _g270_rules(engine: Any, old: str, new: str) -> list[str]:
    return [finding.rule_id for finding in edited_findings(engine, _G270, old, new)]


@pytest.mark.parametrize(("split", "told"), [
    ("其中财政资金80万元、群众投工投劳30万元", True),  # labour the people give is a source, as before h143
    ("其中财政补助80万元、受益群众投劳30万元", True),
    ("其中县级为80万元、乡镇为30万元", True),  # a level bare, 为 before its sum
    ("其中县级医院80万元、乡镇卫生院30万元", False),  # where the money goes
])
def test_fund017_reads_labour_given_and_a_level_with_wei_as_sources(engine: Any, split: str, told: bool) -> None:
    found = _g270_rules(engine, "2025年保障全镇", f"2025年安排资金120万元，{split}，保障全镇")
    assert ("FUND017" in found) == told


@pytest.mark.parametrize(("goal", "told"), [
    ("为平安镇12个村开展党员教育", True),  # 平安镇 is a township's name
    ("为明中乡12个村开展党员教育", True),
    ("为创建国家卫生镇开展党员教育", False),  # a title
])
def test_rel016_tells_a_township_named_like_a_title(engine: Any, goal: str, told: bool) -> None:
    assert ("REL016" in _g270_rules(engine, "为12个村开展党员教育", goal)) == told


_G593 = next(SECTORS.glob("g593-*.yaml"))


@pytest.mark.parametrize(("note", "told"), [
    ("每个比赛项目2.5万元", False),  # 2.5万元 × 12 items is the line: 设置比赛项目 ＝12个 its partner
    ("每月2.5万元", True),  # a rate per month counts no thing: the 12 is months, not the items
    ("每人每天2.5万元", True),
])
def test_rel002_takes_no_standard_per_a_span_of_time_for_a_partner(engine: Any, note: str, told: bool) -> None:
    found = edited_findings(engine, _G593, "note: 按12个项目×每个项目2.5万元", f"note: {note}")
    assert any(finding.rule_id == "REL002" and "裁判及工作人员劳务费" in finding.message_zh
               for finding in found) == told


_RESCUE = """version: 1
project: {name: 2026年道路交通事故社会救助基金项目, year: 2026, department: 某市财政局}
funds: {unit: 万元, total: 100, fiscal: 100}
goal: GOAL
indicators:
  产出指标:
    数量指标: [{name: NAME, value: ≥450人次}]
  满意度指标:
    服务对象满意度指标: [{name: 受助群众满意度, value: ≥90%}]
"""


@pytest.mark.parametrize(("goal", "name", "told"), [
    ("全年垫付人次较上年增加50人次、达到450人次。", "垫付抢救费和丧葬费", False),  # a growth by a count, then its figure
    ("全年垫付人次较上年增长2个百分点、达到450人次。", "垫付抢救费和丧葬费", False),
    ("全年垫付人次较上年增加50人次。", "垫付抢救费和丧葬费", True),  # the growth alone
    ("全年垫付人次较上年增加50人次、达到450人次。", "受理救助申请", True),  # a figure of other work
])
def test_rel003_reads_the_figure_a_growth_by_a_count_reaches(engine: Any, goal: str, name: str, told: bool) -> None:
    text = _RESCUE.replace("GOAL", goal).replace("NAME", name)
    found = engine.check_source(load_text(text, "rescue.yaml")).findings
    assert any(finding.rule_id == "REL003" for finding in found) == told


_G615 = next(SECTORS.glob("g615-*.yaml"))
_G615_NOTE = "        note: 按每人8课时、每课时20元标准\n"


@pytest.mark.parametrize(("note", "told"), [
    # one head's sum however the head is written (160元 against ≤240000元): not the line's
    ("按每人每年8课时×每课时20元", False),
    ("按每名学员8课时×每课时20元", False),
    ("按每人次8课时×每课时20元", False),
    # the heads counted: the line's sum, held to it
    ("按1500人×每人每年8课时×每课时25元", True),
    ("按每名学员8课时×每课时25元×1500名", True),
])
def test_fund007_leaves_one_heads_sum_however_the_head_is_written(engine: Any, note: str, told: bool) -> None:
    found = edited_findings(engine, _G615, _G615_NOTE, f"        note: {note}\n")
    assert any(finding.rule_id == "FUND007" for finding in found) == told


def test_time001_names_the_latest_period_the_name_gives(engine: Any) -> None:
    # the end month is the latest period's (第三季度: 9月30日), and so is the period the message names
    from test_review_h132 import _findings

    found = _findings(engine, "TIME001", rows={("产出指标", "时效指标"): [
        {"name": "第三季度和上半年补植完成时间", "value": "2026年12月31日前"}]})
    assert len(found) == 1 and "说的是第三季度的工作" in found[0].message_zh \
        and "比第三季度结束（2026年9月30日）晚" in found[0].message_zh, [f.message_zh for f in found]

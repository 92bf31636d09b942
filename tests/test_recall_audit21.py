"""The twenty-first recall audit's checks (b256–b265), each against some of the look-alikes it was measured on:
a careful table (g100, 2025: 红十字应急救护培训及人道救助) with one row put in, or its goal opened with a project
period, draws the rule or leaves it alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

BASE = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g100-*.yaml"))


def _findings(engine: Any, rows: dict[str, list[tuple[str, str]]], goal_opening: str = "",
              note: tuple[str, str] | None = None) -> list[Any]:
    text = BASE.read_text(encoding="utf-8")
    for level2, added in rows.items():
        anchor = f"    {level2}:\n"
        assert text.count(anchor) == 1
        text = text.replace(anchor, anchor + "".join(f'      - name: {name}\n        value: "{value}"\n'
                                                     for name, value in added))
    if goal_opening:
        assert text.count("goal: |\n  ") == 1
        text = text.replace("goal: |\n  ", "goal: |\n  " + goal_opening)
    if note is not None:
        line, written = note
        assert text.count(line) == 1
        text = text.replace(line, f"{line}\n        note: {written}")
    return engine.check_source(load_text(text, BASE.name)).findings


@pytest.mark.parametrize(("name", "value", "told"), [
    ("AED设备采购数量", "≤450000元", True),
    ("宣传折页印制份数", "≤9000元", True),
    ("体检车辆租赁天数", "≤30000元", True),
    ("按实际人数结算的培训补助", "≤50000元", False),  # named for the money
    ("绿地养护单价（按面积）", "≤1.6元/平方米·年", False),
    ("培训费（按人次）", "≤30000元", False),
    ("采购设备数量", "≤20台", False),  # a count as the value is CAT013's
])
def test_a_cost_line_named_as_a_quantity(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"成本指标": [(name, value)]})
    assert any(f.rule_id == "CAT021" for f in findings) is told


@pytest.mark.parametrize(("name", "told"), [
    ("项目满意度", True),
    ("满意度", True),
    ("综合满意度", True),
    ("满意度（%）", True),
    ("服务对象满意度", False),
    ("公共就业服务满意度", False),
    ("项目区群众满意度", False),
    ("综合服务对象满意度", False),
])
def test_a_satisfaction_naming_no_one(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"服务对象满意度指标": [(name, "≥90%")]})
    assert any(f.rule_id == "SAT003" for f in findings) is told


@pytest.mark.parametrize(("written", "told"), [
    ("按每户3000元标准发放", True),  # × ≥200户 = 60万 over ≤480000元
    ("每户3000元", True),
    ("每户2400元", False),  # 48万: the line itself
    ("最高每户3000元", False),  # a cap, no rate of the whole line
    ("其中每户补助3000元", False),
])
def test_a_standard_written_out_in_a_cost_note(engine, written: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {}, note=("      - name: 人道救助金\n        value: ≤480000元", written))
    assert any(f.rule_id == "FUND007" and "人道救助金" in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("开展防范非法集资宣传", "≥100场", True),
    ("获得省级以上媒体正面宣传", "≥5次", False),  # coverage won, a result
    ("反诈宣传", "≥3万人", False),
])
def test_publicity_done_under_benefits(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"社会效益指标": [(name, value)]})
    assert any(f.rule_id == "CAT006" and name in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("period", "name", "value", "told"), [
    ("项目实施期为2025年1月至2025年9月。", "救护培训完成时间", "2025年11月30日前", True),
    ("项目执行期限为2025年1月至2025年6月。", "技术培训完成时间", "2025年9月30日前", True),
    ("项目实施期为2025年1月至2025年9月。", "救护培训完成时间", "2025年10月31日前", False),  # the month after
    ("项目实施期为2025年1月至2025年9月。", "项目绩效自评报告报送时间", "2025年11月30日前", False),
    ("项目实施期为2025年1月至2025年9月。", "补助资金清算时间", "2025年11月30日前", False),
    ("项目实施期为2025年3月至2026年2月。", "救护培训完成时间", "2025年12月31日前", False),  # into the next year
    ("项目实施期为2025年1月至2025年6月，9月至12月为后期管护期。", "设备管护完成时间", "2025年12月31日前", False),
    # a piece of work's time is no project period (h142: it was read as one), a clause's own still is
    ("全年开展救护培训，其中场地改造工程实施时间为2025年4月至2025年6月。", "救护培训完成时间", "2025年11月30日前", False),
    ("全年开展救护培训，实施时间为2025年1月至2025年6月。", "救护培训完成时间", "2025年11月30日前", True),
    ("本项目周期为2025年1月至2025年6月。", "救护培训完成时间", "2025年11月30日前", True),
    # a name's own period ending by the project's is TIME001's (after_period), not told twice; a later one is
    ("项目实施期为2025年1月至2025年9月。", "上半年救护培训完成时间", "2025年11月30日前", False),
    ("项目实施期为2025年1月至2025年6月。", "第三季度救护培训完成时间", "2025年11月30日前", True),
])
def test_a_deadline_after_the_goals_project_period(engine, preview_engine, period: str, name: str,  # type: ignore[no-untyped-def]
                                                   value: str, told: bool) -> None:
    rows = {"时效指标": [(name, value)]}
    # (the table's own “博爱家园”项目完成时间 2025.11.30前 is after some of these periods too)
    assert any(f.rule_id == "TIME008" and name in f.message_zh for f in _findings(preview_engine, rows, period)) is told
    assert not any(f.rule_id == "TIME008" for f in _findings(engine, rows, period))  # a preview rule

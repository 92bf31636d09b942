"""The eighteenth recall audit's checks (b226–b235), each against some of the look-alikes it was measured on:
a careful table (g50, 2025: 人防工程, implemented by 贵阳市人民防空工程管理站) with one row put in draws the
rule or leaves it alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

BASE = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g50-*.yaml"))


def _findings(engine: Any, rows: dict[str, list[tuple[str, str]]]) -> list[Any]:
    text = BASE.read_text(encoding="utf-8")
    for level2, added in rows.items():
        anchor = f"    {level2}:\n"
        assert text.count(anchor) == 1
        text = text.replace(anchor, anchor + "".join(f'      - name: {name}\n        value: "{value}"\n'
                                                     for name, value in added))
    return engine.check_source(load_text(text, BASE.name)).findings


@pytest.mark.parametrize(("name", "value", "told"), [
    ("维修养护工程完工时间", "每月1次", True),
    ("年度考核完成时间", "每年一次", True),
    ("监管平台上线时间", "每周1次", True),
    ("设备巡检时间", "每周1次", False),  # recurring work asked by its time, not a finishing date
    ("补贴发放时间", "每月1次", False),
    ("监测完成频率", "每月1次", False),  # the name asks how often
])
def test_a_frequency_where_the_name_asks_when_work_is_finished(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    findings = _findings(engine, {"时效指标": [(name, value)]})
    assert any(f.rule_id == "TIME003" and "做多少次的频次" in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("name", "told"), [
    ("人防工程管理站职工满意度", True),  # 贵阳市人民防空工程管理站 by its last five characters
    ("贵阳市人民防空工程管理站全体干部职工满意度", True),
    ("入驻单位干部职工满意度", False),  # another unit's staff, who may be the ones served
    ("乡镇卫生院职工满意度", False),  # not this table's unit
    ("街道党群服务中心工作人员满意度", False),
])
def test_the_implementing_units_own_staff_asked(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"服务对象满意度指标": [(name, "≥90%")]})
    assert any(f.rule_id == "SAT002" and name in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("quantity", "quality", "value", "told"), [
    ("开展技能培训", "技能培训完成人次", "≥600人次", True),
    ("新建污水管网", "完成污水管网建设长度", "≥12公里", True),
    ("组建家庭医生团队", "含全科医生的家庭医生团队", "≥120个", False),  # a standard each team meets
    ("村卫生室标准化建设", "标准化达标村卫生室", "＝120个", False),
    ("配备救生器材", "救生器材经检验可用", "≥50套", False),
])
def test_a_quality_giving_a_quantitys_count_again(engine, quantity: str, quality: str,  # type: ignore[no-untyped-def]
        value: str, told: bool) -> None:
    findings = _findings(engine, {"数量指标": [(quantity, value)], "质量指标": [(quality, value)]})
    assert any(f.rule_id == "CAT020" and quality in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("goal", "sources", "told"), [
    ("2025年使用中央资金50万元、县级资金200万元，", "    中央: 50\n    县级: 200\n", False),
    ("2025年使用中央资金50万元、县级资金200万元，", "    省级: 50\n    县级: 200\n", True),
    ("2025年使用中央资金50万元、县级资金200万元，", "    上级补助: 50\n    县级: 200\n", False),  # may hold 中央's
    ("2025年安排上年结转中央资金50万元，", "    省级: 50\n    县级: 200\n", False),  # not the year's funds
    ("2025年使用市级资金250万元，", "    县级: 250\n", False),  # a region ending in 市 may be a 县级市, its own money 县级 in the form
])
def test_a_level_the_goal_puts_money_in_that_the_sources_do_not_give(engine, goal: str,  # type: ignore[no-untyped-def]
        sources: str, told: bool) -> None:
    text = BASE.read_text(encoding="utf-8")
    text = text.replace("funds:\n  unit: 元\n  total: 2450000.00\n  fiscal: 2450000.00\n  other: 0.00\n",
                        "funds:\n  unit: 万元\n  total: 250\n  fiscal: 250\n  other: 0\n  fiscal_sources:\n" + sources)
    text = text.replace("goal: |\n  2025年", f"goal: |\n  {goal}", 1)
    assert goal in text and "fiscal_sources" in text
    findings = engine.check_source(load_text(text, BASE.name)).findings
    assert any(f.rule_id == "REL008" and "却是 0 元" in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("project", "told"), [
    ("2026年人防工程管理站干部职工教育培训", False),  # the staff are the ones the project serves
    ("2026年人防工程管理站职工疗休养", False),
    ("2026年人防工程维护管理经费", True),
])
def test_the_units_own_staff_in_a_project_for_them(engine, project: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = BASE.read_text(encoding="utf-8")
    name_line = next(line for line in text.splitlines() if line.startswith("  name: "))
    text = text.replace(name_line, f"  name: {project}", 1)
    anchor = "    服务对象满意度指标:\n"
    text = text.replace(anchor, anchor + '      - name: 人防工程管理站干部职工满意度\n        value: "≥90%"\n')
    findings = engine.check_source(load_text(text, BASE.name)).findings
    assert any(f.rule_id == "SAT002" and "人防工程管理站干部职工" in f.message_zh for f in findings) is told


def test_a_frequency_for_recurring_work_is_told_how_to_write_each_periods_day(engine) -> None:  # type: ignore[no-untyped-def]
    """保洁养护考核验收时间 每月1次 may be work done again each month: the fix offers each period's day as well."""
    [found] = [f for f in _findings(engine, {"时效指标": [("保洁养护考核验收时间", "每月1次")]})
               if f.rule_id == "TIME003" and "做多少次的频次" in f.message_zh]
    assert "每月××日前" in found.message_zh and "每月××日前" in found.suggestion_zh
    assert "each month by day N" in found.message_en and "each month by day N" in found.suggestion_en

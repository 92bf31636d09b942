"""The sixteenth recall audit's new checks (b206–b215), each against the look-alikes it was measured on:
a careful table (g226, 2024) with one row put in under the named 二级 draws the rule or leaves it alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.load import load_text

BASE = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g226-*.yaml"))


def _told(engine: Any, level2: str, name: str, value: str, rule: str, words: str = "") -> bool:
    text = BASE.read_text(encoding="utf-8")
    anchor = f"    {level2}:\n"
    assert text.count(anchor) == 1
    text = text.replace(anchor, f'{anchor}      - name: {name}\n        value: "{value}"\n')
    findings = engine.check_source(load_text(text, BASE.name)).findings
    return any(f.rule_id == rule and words in f.message_zh for f in findings)


@pytest.mark.parametrize(("name", "value", "told"), [
    ("培训考核合格人数", "≥855人", True),
    ("结业考核合格学员", "≥850人次", True),
    ("考核不合格人数", "≤5人", False),  # those who failed: a ceiling on harm
    ("验收合格项目", "≥12个", False),  # works passed: CAT011's judgement
    ("培训考核合格率", "≥95%", False),
])
def test_a_count_of_people_passed_under_quality(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, "质量指标", name, value, "CAT019") is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("本局农民培训工作效率提升", "≥20%", True),
    ("部门自身履职能力增强", "明显增强", True),
    ("基本单位名录库更新效率提升", "≥20%", False),  # 本单位 inside another word
    ("本地农民职业技能水平提升", "≥20%", False),  # the place, not the unit
    ("基层农技推广服务能力提升", "明显提升", False),
])
def test_a_benefit_to_the_unit_itself(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, "社会效益指标", name, value, "REL014") is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("学员户均收入较上年变化", "≥5%", True),
    ("农村集体经济收入较上年变化率", "＝5%", True),
    ("粮食价格较上年变化幅度", "≤5%", False),  # a ceiling asks for steadiness
    ("学员户均收入较上年增长", "≥5%", False),
])
def test_a_change_with_no_direction(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, "社会效益指标", name, value, "VAL033") is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("学员跟踪服务持续至2024年9月", "≥900人", True),
    ("培训效果保持时间", "到2024年底", True),
    ("培训基地持续使用期限", "至2029年", False),  # after the budget year
    ("到2024年底建立学员跟踪服务长效机制", "建立", False),  # built by the year's end, no lasting said
    ("截至2024年12月学员合作社存续率", "≥90%", False),
])
def test_a_lasting_effect_ending_within_the_year(engine, name: str, value: str,  # type: ignore[no-untyped-def]
        told: bool) -> None:
    assert _told(engine, "可持续影响指标", name, value, "TIME004", "不晚于预算年度") is told

"""The twenty-seventh recall audit's checks (b316–b325, health tables), each against some of the look-alikes and
held-out cases it was measured on: a goal's rate per 10万 written in % (REL008 unit_slip), the goal's quarterly 督导
or 随访 against once a year (REL018), a death rate set at none (VAL035), a pest density or 县外转诊率 with ≥
(VAL006), a vehicle or device bought counted in times (VAL036)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text


def _told(engine: Any, rule: str, goal: str, rows: list[tuple[str, str]],
          level: str = "效益指标:\n    社会效益指标", project: str = "2026年卫生健康项目", total: int = 100) -> list[str]:
    """The messages of ``rule`` on a 2026 table of ``total`` 万元 with ``goal`` and ``rows`` under ``level``
    (一级:\n    二级)."""
    lines = "".join(f'      - name: "{name}"\n        value: "{value}"\n' for name, value in rows)
    text = (f"version: 1\nproject: {{name: {project}, year: 2026}}\n"
            f"funds: {{unit: 万元, total: {total}, fiscal: {total}}}\ngoal: {goal}\nindicators:\n  {level}:\n{lines}")
    return [f.message_zh for f in engine.check_source(load_text(text, "audit.yaml")).findings if f.rule_id == rule]


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2026年肺结核报告发病率控制在45/10万以下。", "肺结核报告发病率", "≤45%", True),
    ("2026年孕产妇死亡率不高于12/十万。", "孕产妇死亡率", "≤12‰", True),
    ("2026年重点人群自杀死亡率低于8/万。", "重点人群自杀死亡率", "≤8%", True),
    ("2026年孕产妇死亡率控制在15/10万以下。", "孕产妇死亡率", "≤15/10万", False),
    ("2026年孕产妇死亡率控制在15/10万以下。", "孕产妇死亡率", "≤0.015%", False),  # converted right
    ("2026年孕产妇死亡率控制在15/10万以下，剖宫产率不高于15%。", "剖宫产率", "≤15%", False),  # another rate
])
def test_a_rate_per_population_written_in_percent(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                                  told: bool) -> None:
    hits = [m for m in _told(engine, "REL008", goal, [(name, value)]) if "单位相差" in m]
    assert bool(hits) is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2026年每季度对康复对象随访1次。", "康复对象随访频次", "每年1次", True),
    ("2026年督导接种单位120个并每季度对各接种单位督导1次。", "接种单位督导频次", "每年1次", True),
    ("2026年按季度对签约居民随访。", "签约居民随访频次", "每年一次", True),
    ("2026年每季度对接种单位督导1次。", "接种单位督导频次", "每年4次", False),
    ("2026年每年开展1次随访。", "随访频次", "每年1次", False),
    ("2026年对高血压患者每季度面对面随访1次，每年进行1次较全面的健康检查。", "高血压患者健康检查频次", "每年1次", False),
    ("2026年对严重精神障碍患者每季度随访1次。", "随访档案年度质控", "每年1次", False),  # shares no words
])
def test_the_goal_cadence_against_once_a_year(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                                              told: bool) -> None:
    assert bool(_told(engine, "REL018", goal, [(name, value)], "产出指标:\n    时效指标")) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("孕产妇死亡率", "＝0/10万", True),
    ("院前急救转运途中患者死亡率", "＝0%", True),
    ("急诊患者病死率", "＝0%", True),
    ("新生儿死亡率", "≤0‰", True),
    ("孕产妇死亡率", "≤15/10万", False),
    ("施工安全事故死亡率", "＝0%", False),
    ("学生溺水死亡率", "＝0%", False),
    ("新生儿破伤风发病率", "＝0/10万", False),
])
def test_a_death_rate_of_none(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_told(engine, "VAL035", "2026年提升救治能力。", [(name, value)])) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("城区鼠密度（粉迹法）", "≥3%", True),
    ("住院患者县外转诊率", "≥8%", True),
    ("重症患者外转率", "≥10%", True),
    ("城区鼠密度（粉迹法）", "≤3%", False),
    ("双向转诊率", "≥90%", False),
    ("婚检发现疾病人员转诊率", "＝100%", False),
])
def test_pests_and_patients_sent_out_as_reverse_indicators(engine, name: str, value: str,  # type: ignore[no-untyped-def]
                                                           told: bool) -> None:
    assert bool(_told(engine, "VAL006", "2026年开展爱国卫生和专科建设。", [(name, value)])) is told


@pytest.mark.parametrize(("name", "value", "told"), [
    ("购置负压救护车", "＝2次", True),
    ("购置专科设备", "≥6人次", True),
    ("为乡镇卫生院配备流动巡诊车", "＝4次", True),
    ("购置负压救护车", "＝2辆", False),
    ("救护车出车", "≥5000次", False),
    ("购买设备维保服务", "≥4次", False),
    ("疫苗采购批次", "≥12次", False),
    ("配置智能安全监护设备", "＝100户", False),  # the households fitted (g376)
])
def test_a_purchase_counted_in_times(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(_told(engine, "VAL036", "2026年购置设备。", [(name, value)], "产出指标:\n    数量指标")) is told

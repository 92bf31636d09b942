"""g504–g513, a second opinion on the twentieth audit's checks: the causes of false findings fixed.

- a standard per head in the goal (按每人每月200元标准发放护理补贴) is another payment's than an indicator's
  naming its own (上门健康评估补助标准 ＝150元/人·年) when the name's payment (评估) is not the clause's (护理), even
  where the clause shares the word elsewhere (经评估认定的): REL008 standard, a warning, held the two as one
  standard (primitives/goal_figures.py _pays_what_the_clause_does).
- a name ending in 服务 is a cut 服务器 only where the words saying equipment stand just before it (网络设备升级：
  核心交换), not at the other end of the name (设备安装调试期间停止供血服务): REL007, a notice
  (primitives/text_hygiene.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ggtlint.load import load_text

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
G504 = next(SECTORS.glob("g504-*.yaml"))
G509 = next(SECTORS.glob("g509-*.yaml"))


@pytest.mark.parametrize(("name", "value", "told"), [
    ("上门健康评估补助标准（元/人·年）", "＝150元/人·年", False),  # another payment: 评估, not 护理
    ("失能老年人护理补贴标准（元/人·月）", "＝250元/人·月", True),  # the goal's own standard, written otherwise
    ("护理补贴标准（元/人·年）", "＝2000元/人·年", True),  # 200元 a month is 2400元 a year
    ("护理补贴标准（元/人·年）", "＝2400元/人·年", False),
])
def test_a_standard_for_another_payment(engine, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = G504.read_text(encoding="utf-8")
    written = "      - name: 上门健康评估补助标准（元/人·年）\n        value: ＝150元/人·年\n"
    assert text.count(written) == 1
    text = text.replace(written, f"      - name: {name}\n        value: {value}\n")
    findings = engine.check_source(load_text(text, G504.name)).findings
    assert any(f.rule_id == "REL008" and name in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("name", "told"), [
    ("设备安装调试期间停止供血服务", False),  # 设备 names another matter, far back
    ("输血科网络设备购置：服务", True),  # equipment bought, 服务 right after: a cut 服务器
])
def test_a_name_ending_in_a_whole_service(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = G509.read_text(encoding="utf-8")
    written = "      - name: 设备安装调试期间停止供血服务\n"
    assert text.count(written) == 1
    text = text.replace(written, f"      - name: {name}\n")
    findings = engine.check_source(load_text(text, G509.name)).findings
    assert any(f.rule_id == "REL007" and "截断" in f.message_zh for f in findings) is told

"""Re-read of the day's time checks (TIME002, TIME006, TIME008, TIME009, TIME010) and the helpers they share:
each test pins a fix made on the re-read."""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text
from ggtlint.primitives.base import made_of

TABLE = """version: 1
project: {{name: 2026年城区道路改造工程, year: 2026, department: 县住房和城乡建设局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年改造城区道路6公里。
indicators:
  产出指标:
    数量指标:
      - {{name: 改造城区道路, value: ≥6公里}}
    质量指标:
      - {{name: {name}, value: "≥98%"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线居民满意度, value: ≥90%}}
"""


def test_made_of_takes_runs_of_two_or_more() -> None:
    assert made_of("改造施工", "开展施工改造")
    assert not made_of("改造验收", "开展施工改造")  # 验收 is not the clause's
    assert not made_of("改", "开展施工改造")  # a single character is no run
    assert not made_of("", "开展施工改造")


def test_indicator_after_has_its_own_fix(engine: Any) -> None:
    # it fell back to the rule's default fix (核对项目所属年度；结转项目…), which speaks of the project's year
    text = TABLE.format(name="2028年城市管理案件按期结案率")
    found = [f for f in engine.check_source(load_text(text, "review.yaml")).findings if f.rule_id == "TIME002"]
    assert len(found) == 1
    assert "2026 年末" in found[0].suggestion_zh and "2028 年" in found[0].suggestion_zh
    assert "end of 2026" in found[0].suggestion_en

"""The careful round g480–g491 (fixtures/sectors: 农村学校运动场改造, 农机深松整地, 村级寄递物流站, 财政干部培训,
劳模疗休养, 城镇房屋安全鉴定, “十五五”专项规划, 森林防火视频监控, 有机肥替代化肥, 电梯应急处置平台, 污泥干化车间,
村级医保服务站), a second opinion on the nineteenth audit's checks: the false findings its tables drew.

- a standard per one that states its own sum (疑似危房安全鉴定费 2万元/栋，共180万元, with 疑似危房安全鉴定 ＝90栋,
  g485) was held against another line sharing two characters of its name (危房警示标识及临时围挡费 ≤24万元) and
  told as 7.5 times that line (FUND007 over_line): the sum it states is its own cost line
  (parse.py stated_sum, amount_limit.py check_table).
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text
from ggtlint.values.parse import parse_value, stated_sum

_PRICED = """\
version: 1
project: {{name: 2026年测试市房屋安全鉴定项目, year: 2026, department: 测试市住房和城乡建设局, framework: fw2021}}
funds: {{unit: 万元, total: 300, fiscal: 300, other: 0}}
indicators:
  成本指标:
    经济成本指标:
      - {{name: 疑似危房安全鉴定费, value: "{price}"}}
      - {{name: 危房警示标识及临时围挡费, value: ≤24万元}}
  产出指标:
    数量指标:
      - {{name: 疑似危房安全鉴定, value: ＝90栋}}
"""


def _fund007(engine: Any, price: str) -> list[Any]:
    source = load_text(_PRICED.format(price=price), "t.yaml")
    return [finding for finding in engine.check_source(source).findings if finding.rule_id == "FUND007"]


@pytest.mark.parametrize(("value", "total"), [("2万元/栋，共180万元", 1800000), ("2000元/户，合计18000元", 18000),
                                              ("2万元/栋", None), ("≥90栋", None)])
def test_stated_sum_reads_the_sum_after_a_standard(value: str, total: int | None) -> None:
    assert stated_sum(parse_value(value)) == (None if total is None else total)


def test_fund007_holds_a_standard_to_the_sum_it_states(engine: Any) -> None:
    assert not _fund007(engine, "2万元/栋，共180万元")
    # without its sum the standard is still held to the line its name shares most with
    assert _fund007(engine, "2万元/栋")

"""TIME002's indicator_after and a 可持续影响 row: a later year there names the lasting effect (REL026 reads the row
the same way), while the same name among the year's other benefits or outputs is still told (careful round g728's
open question, settled in s24)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """\
project: {{name: 2027年结直肠癌早诊早治项目, department: 某县卫生健康局, implementer: 某县疾病预防控制中心, year: 2027}}
funds: {{unit: 万元, total: 50}}
goal: 2027年为全县50-74岁居民开展结直肠癌初筛1万人，早诊早治，逐步提高患者生存率。
indicators:
  产出指标:
    数量指标:
      - {{name: 结直肠癌初筛人数, value: ≥10000人}}
    质量指标:
      - {{name: 初筛阳性者肠镜检查率, value: ≥60%}}
    时效指标:
      - {{name: 初筛完成时间, value: 2027年10月31日前}}
    成本指标:
      - {{name: 初筛试剂及检测费, value: ≤50万元}}
  效益指标:
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 筛查对象满意度, value: ≥90%}}
"""


def _told(engine: Any, level2: str, name: str, value: str) -> bool:
    text = TABLE.format(level2=level2, name=name, value=value)
    findings = engine.check_source(load_text(text, "lasting.yaml")).findings
    return any(f.rule_id == "TIME002" and name in f.message_zh for f in findings)


CASES = [
    # in a 可持续影响 row: the lasting effect, quiet
    ("可持续影响指标", "2031年全县结直肠癌五年生存率", "≥60%", False),
    ("可持续影响指标", "2030年居民健康素养水平", "≥35%", False),
    ("可持续影响指标", "2029年早诊早治长效机制覆盖乡镇", "＝12个", False),
    # the same names among the year's own benefits: still told
    ("社会效益指标", "2031年全县结直肠癌五年生存率", "≥60%", True),
    ("社会效益指标", "2030年居民健康素养水平", "≥35%", True),
    ("经济效益指标", "2029年患者人均医疗费用下降", "≥10%", True),
]


@pytest.mark.parametrize(("level2", "name", "value", "told"), CASES)
def test_a_later_year_in_a_lasting_row(engine: Any, level2: str, name: str, value: str, told: bool) -> None:
    assert _told(engine, level2, name, value) is told

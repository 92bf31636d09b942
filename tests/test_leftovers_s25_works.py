"""Session 25, works side: the held-out and re-read leftovers of s24's works checks, told or left, each against
look-alikes that must stay as they are (written with the change) and five cases held out (written after it).

* REL032 (looser_limit.py): a limit written after 限值 (排放限值为400毫克/升) is a standard's ceiling; the goal's
  优于Ⅲ类 is Ⅱ or better, as on the indicator's side, while 达到或优于Ⅲ类 is Ⅲ or better on either side.
* REL031 (year_use_late.py): 12月前完工 is a finish before December, not in it; the 主体 (main structure) of a named
  works done in December is the works' completion though an ancillary part (引道) is done before.
* REL030 (area_over_size.py): a width opening the clause after the one ending in the length (改造道路3.2公里，路面宽
  8米) is that length's, when it is the same works' (its own words, or 路面/路基 of a road).
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年某县基础设施项目, year: 2026, department: 某县水务局, implementer: 某县水务局}}
funds: {{unit: 万元, total: 480, fiscal: 480}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
{counts}
    质量指标:
{quality}
    时效指标:
{times}
    成本指标:
      - {{name: 工程建设费, value: ≤480万元}}
  效益指标:
    社会效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""
Row = tuple[str, str]
_GOAL = "2026年实施工程建设，完善配套设施。"


def _lines(rows: list[Row]) -> str:
    return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)


def _rules(engine: Any, goal: str = _GOAL, counts: list[Row] | None = None, quality: list[Row] | None = None,
           times: list[Row] | None = None, benefits: list[Row] | None = None) -> set[str]:
    text = TABLE.format(goal=goal,
                        counts=_lines(counts or [("完成工程建设", "＝1项")]),
                        quality=_lines(quality or [("工程验收合格率", "＝100%")]),
                        times=_lines(times or [("资金拨付完成时间", "2026年12月31日前")]),
                        benefits=_lines(benefits or [("群众生产生活条件改善", "明显改善")]))
    return {f.rule_id for f in engine.check_source(load_text(text, "s25_works.yaml")).findings}


# ---------------------------------------------------------------------------------- REL032: 限值为N, goal's 优于
_COD = "2026年养殖场废水经处理后化学需氧量排放限值为400毫克/升。"
_NOISE = "2026年厂界噪声排放限值为昼间60分贝、夜间50分贝。"
_BETTER = "2026年国控断面水质优于Ⅲ类。"
_AT_LEAST = "2026年国控断面水质达到或优于Ⅲ类。"
_LIMIT = [
    # the leftovers (audit 36's held-out miss; the re-read's goal-side 优于), told now
    (_COD, "养殖废水化学需氧量排放浓度", "≤500毫克/升", True),
    (_BETTER, "国控断面水质类别", "达到Ⅲ类", True),
    ("2026年国控断面水质稳定达到Ⅲ类。", "国控断面水质类别", "达到或优于Ⅳ类", True),  # Ⅳ or better: looser
    # (told before too: kept)
    (_BETTER, "国控断面水质类别", "达到Ⅳ类", True),
    (_AT_LEAST, "国控断面水质类别", "达到Ⅳ类", True),
    # look-alikes
    (_COD, "养殖废水化学需氧量排放浓度", "≤400毫克/升", False),  # the limit itself
    (_COD, "养殖废水化学需氧量排放浓度", "≤300毫克/升", False),  # stricter
    (_COD, "化学需氧量去除率", "≥80%", False),  # no ceiling
    (_COD, "化学需氧量排放总量", "≤500吨", False),  # another unit
    (_NOISE, "厂界昼间噪声", "≤60分贝", False),  # a figure the goal names too
    ("2026年化学需氧量排放限值由500毫克/升收严为400毫克/升。", "化学需氧量排放浓度", "≤500毫克/升", False),  # 限值由
    (_AT_LEAST, "国控断面水质类别", "达到Ⅲ类", False),  # 达到或优于Ⅲ类 is Ⅲ or better
    (_AT_LEAST, "国控断面水质类别", "达到或优于Ⅲ类", False),
    (_BETTER, "国控断面水质类别", "达到Ⅱ类", False),
    (_BETTER, "国控断面水质类别", "优于Ⅲ类", False),
    (_BETTER, "国控断面水质类别", "达到或优于Ⅱ类", False),
    # held out, written after the change
    ("2026年污水处理站出水总磷排放限值为0.5毫克/升。", "污水处理站出水总磷浓度", "≤1毫克/升", True),
    ("2026年河流出境断面水质优于Ⅳ类。", "出境断面水质类别", "Ⅳ类", True),
    ("2026年饮用水水源地水质达到或优于Ⅱ类。", "水源地水质类别", "达到Ⅱ类", False),
    ("2026年锅炉烟尘排放限值为：30毫克/立方米。", "锅炉烟尘排放浓度", "≤20毫克/立方米", False),
    ("2026年工地夜间噪声排放限值是55分贝。", "工地夜间噪声", "≤70分贝", True),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _LIMIT)
def test_limit_after_xianzhi_and_goal_better_than(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL032" in _rules(engine, goal, quality=[(name, value)])) is told

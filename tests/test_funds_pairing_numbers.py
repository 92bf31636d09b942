"""FUND007 pairs a price with the count it multiplies by the words their names share; names that hold numbers
sharing none (90周岁以上高龄津贴标准 against 按月领取高龄津贴的80周岁以上老年人) count another group and are no pair
(recall audit 32's b366, where the planted benefit repeated the output's count under another name)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年高龄津贴, year: 2026, department: 县民政局}}
funds: {{unit: 万元, total: 1386, fiscal: 1386}}
goal: 2026年按月为全县80周岁以上老年人发放高龄津贴，惠及18950人。
indicators:
  产出指标:
    数量指标:
      - {{name: 享受高龄津贴老年人数, value: ≥18950人}}
    成本指标:
      - {{name: 80-89周岁高龄津贴标准, value: ＝50元/人·月}}
      - {{name: {price}, value: ＝100元/人·月}}
  效益指标:
    社会效益指标:
      - {{name: {count}, value: ≥18950人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 补贴对象满意度, value: ≥95%}}
"""


def _fund007(engine: Any, price: str, count: str) -> int:
    text = TABLE.format(price=price, count=count)
    return sum(f.rule_id == "FUND007" for f in engine.check_source(load_text(text, "pairing.yaml")).findings)


@pytest.mark.parametrize(("price", "count", "told"), [
    # another age group's count: no pair, so no product over the funds
    ("90周岁以上高龄津贴标准", "按月领取高龄津贴的80周岁以上老年人", 0),
    # the same group's count, numbers shared: 100元 × 18950人 × 12 = 2274万 over 1386万
    ("90周岁以上高龄津贴标准", "按月领取高龄津贴的90周岁以上老年人", 1),
])
def test_names_with_numbers_sharing_none_are_no_pair(engine, price: str, count: str,  # type: ignore[no-untyped-def]
                                                     told: int) -> None:
    assert _fund007(engine, price, count) == told

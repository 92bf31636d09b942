"""Value forms from the audit of the target-value parser (misreads.tsv of the seventh audit).

Each case was misread before its fix: a date written as a figure (2023.12, 20231231), a deadline
followed by the deed done by it (…前完成验收), 控制在 without its ≤, a satisfaction value naming its
measure, a range with the multiplier on the upper bound only, a figure followed by its breakdown,
Latin units, operator words and signs, grades after ≥, 生均/户均/亩均, 人民币 and ¥, other date
spellings, 百/十 as multipliers. The last test pairs each form with its nearest look-alike that
must keep its old reading, so the fixes are seen to stop where they should.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from value_helpers import assert_reads

from ggtlint.values import parse_value

D = Decimal

# (value, budget year, expected attributes)
AUDIT_FORMS: list[tuple[str, int | None, dict[str, Any]]] = [
    # 1. a date written as a figure, its year near the budget year (TIME001 was hidden)
    ("2023.12", 2023, {"kind": "deadline", "op": None, "deadline": dt.date(2023, 12, 31)}),
    ("2023.10", 2023, {"kind": "deadline", "deadline": dt.date(2023, 10, 31)}),  # not 2023.1
    ("2023.6", 2023, {"kind": "deadline", "deadline": dt.date(2023, 6, 30)}),
    ("2024.06", 2023, {"kind": "deadline", "deadline": dt.date(2024, 6, 30)}),
    ("≤2024.06", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 6, 30), "text": "≤2024.06"}),
    ("20231231", 2023, {"kind": "deadline", "deadline": dt.date(2023, 12, 31)}),
    ("20240630", 2023, {"kind": "deadline", "deadline": dt.date(2024, 6, 30)}),
    # 2. a deadline and what is done by it (VAL001's error on the commonest 时效 wording)
    ("2023年12月31日前完成验收", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2023年12月底前完成拨付", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2023年12月31日前拨付到位", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("12月底前完成资金拨付", 2023, {"kind": "deadline", "deadline": dt.date(2023, 12, 31), "year_inferred": True}),
    ("2023年12月31日之前完成", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2023年12月底以前完成", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("资金于2023年12月底前拨付", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2024年6月30日前完成验收", 2023, {"kind": "deadline", "deadline": dt.date(2024, 6, 30)}),
    ("年底前完成资金拨付", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("6月底前完成50%，12月底前完成100%", 2023, {"kind": "deadline", "deadline": dt.date(2023, 12, 31)}),
    ("4月底前完成50%，2024年3月底前完成100%", 2023, {"kind": "deadline", "deadline": dt.date(2024, 3, 31)}),
    # 3. 控制在 is ≤ when the figure follows it at once
    ("控制在5%", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("控制在0.5%", None, {"kind": "rate", "op": "≤", "percent": D("0.5")}),
    ("控制在50万元", None, {"kind": "money", "op": "≤", "yuan": D(500000)}),
    ("控制在500人", None, {"kind": "count", "op": "≤", "number": D(500)}),
    ("控制在19:1", None, {"kind": "number", "op": "≤", "number": D(19)}),
    # 4. a satisfaction value naming its measure (SAT001 said "not a percentage")
    ("满意度≥90%", None, {"kind": "rate", "op": "≥", "percent": D(90)}),
    ("群众满意度≥90%", None, {"kind": "rate", "op": "≥", "percent": D(90)}),
    ("满意度达90%以上", None, {"kind": "rate", "op": "≥", "percent": D(90)}),
    ("≥90%满意", None, {"kind": "rate", "op": "≥", "percent": D(90), "text": "≥90%满意"}),
    ("90%满意度", None, {"kind": "rate", "op": None, "percent": D(90)}),
    # 5. the multiplier on the upper bound only (VAL012's false "下限大于上限")
    ("5000-1万元", None, {"kind": "range", "low": D("0.5"), "high": D(1), "unit": "万元", "problems": ()}),
    ("5000-1万元/公里·年", None, {"kind": "range", "low": D("0.5"), "high": D(1), "base_kind": "per_unit",
                               "problems": ()}),
    ("5000-1万人", None, {"kind": "range", "low": D(5000), "high": D(10000), "unit": "人", "problems": ()}),
    ("5000元-1万元/公里·年", None, {"kind": "range", "low": D("0.5"), "high": D(1), "unit": "万元/公里·年"}),
    ("800元-1200元/人", None, {"kind": "range", "low": D(800), "high": D(1200), "unit": "元/人"}),
    ("5000元/人-1万元/人", None, {"kind": "range", "low": D("0.5"), "high": D(1), "problems": ()}),
    # 6. a figure, then its breakdown (VAL001's error, FUND004's shortfall)
    ("≥1860公里（县道320公里、乡道560公里、村道980公里）", None, {"kind": "count", "op": "≥", "number": D(1860),
                                                "unit": "公里"}),
    ("≤138万元（县道40万元、乡道48万元、村道50万元）", None, {"kind": "money", "op": "≤", "yuan": D(1380000)}),
    ("≥20台（蒸吨以下燃煤锅炉，单台10蒸吨以下）", None, {"kind": "count", "op": "≥", "number": D(20)}),
    ("≤1242万元，其中中央资金800万元", None, {"kind": "money", "op": "≤", "yuan": D(12420000)}),
    ("≥1000人，其中贫困户≥200人", None, {"kind": "count", "op": "≥", "number": D(1000)}),
    # 7. units in Latin letters and signs
    ("≥1860km", None, {"kind": "count", "op": "≥", "number": D(1860), "unit": "km"}),
    ("≥500m", None, {"kind": "count", "number": D(500), "unit": "m"}),
    ("≥20kg", None, {"kind": "count", "number": D(20), "unit": "kg"}),
    ("≤120t", None, {"kind": "count", "op": "≤", "number": D(120), "unit": "t"}),
    ("≥10000m³", None, {"kind": "count", "number": D(10000), "unit": "m³"}),
    ("≥10000m3", None, {"kind": "count", "number": D(10000), "unit": "m³"}),
    ("≥1.2万m³/日", None, {"kind": "per_unit", "number": D(12000), "per": "日"}),
    ("≥500kg/亩", None, {"kind": "per_unit", "number": D(500), "per": "亩"}),
    ("≥3000kVA", None, {"kind": "count", "number": D(3000), "unit": "kVA"}),
    ("≤25ug/m³", None, {"kind": "number", "op": "≤", "number": D(25)}),
    ("≤25μg/m3", None, {"kind": "number", "op": "≤", "number": D(25), "unit": "μg/m³"}),
    ("≤25\u00b5g/m³", None, {"kind": "number", "op": "≤", "number": D(25), "unit": "μg/m³"}),  # the micro sign
    ("≤25微克/m³", None, {"kind": "number", "op": "≤", "number": D(25)}),
    ("PM2.5≤25微克/立方米", None, {"kind": "number", "op": "≤", "number": D(25), "unit": "微克/立方米"}),
    ("COD≤50mg/L", None, {"kind": "number", "op": "≤", "number": D(50), "unit": "mg/L"}),
    ("≤30min", None, {"kind": "duration", "op": "≤", "number": D(30)}),
    ("≤2hrs", None, {"kind": "duration", "op": "≤", "number": D(2)}),
    ("≤2个小时", None, {"kind": "duration", "op": "≤", "number": D(2)}),
    ("≤7个自然日", None, {"kind": "duration", "op": "≤", "number": D(7)}),
    ("≤10日历天", None, {"kind": "duration", "op": "≤", "number": D(10)}),
    # 8. operator words and signs
    ("逾500人", None, {"kind": "count", "op": ">", "number": D(500)}),
    ("超500人", None, {"kind": "count", "op": ">", "number": D(500)}),
    ("近500人", None, {"kind": "count", "op": "≈", "approx": True, "number": D(500)}),
    ("最少200人", None, {"kind": "count", "op": "≥", "number": D(200)}),
    ("最低95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("下限95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("最高5%", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("不超5%", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("上限50万元", None, {"kind": "money", "op": "≤", "yuan": D(500000)}),
    ("≮95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("≯5%", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("95%+", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("8000+人", None, {"kind": "count", "op": "≥", "number": D(8000), "unit": "人"}),
    ("均≥95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("全部≥95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("保持100%", None, {"kind": "rate", "op": None, "percent": D(100)}),
    # 9. grades after ≥, and grade names
    ("≥良好", None, {"kind": "qualitative", "quality": "graded", "op": "≥", "vague_terms": ()}),
    ("≥优良", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("≥合格", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("≥B级", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("≥Ⅱ级", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("三级甲等", None, {"kind": "qualitative", "quality": "graded"}),
    ("二级甲等", None, {"kind": "qualitative", "quality": "graded"}),
    ("三甲", None, {"kind": "qualitative", "quality": "graded"}),
    ("地表水Ⅲ类以上", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("Ⅲ类水质", None, {"kind": "qualitative", "quality": "graded", "op": None}),
    ("劣Ⅴ类", None, {"kind": "qualitative", "quality": "graded"}),
    # 10. per-unit amounts of other averages than 人均
    ("生均720元", None, {"kind": "per_unit", "yuan": D(720), "per": "生", "unit": "元/生"}),
    ("生均≥5000元", None, {"kind": "per_unit", "op": "≥", "yuan": D(5000), "per": "生"}),
    ("生均1万元", None, {"kind": "per_unit", "yuan": D(10000), "per": "生"}),
    ("户均2000元", None, {"kind": "per_unit", "yuan": D(2000), "per": "户"}),
    ("亩均≥100元", None, {"kind": "per_unit", "op": "≥", "yuan": D(100), "per": "亩"}),
    # 11. the currency named (not a count in the unit 人民币)
    ("≤人民币500万元", None, {"kind": "money", "op": "≤", "yuan": D(5000000)}),
    ("≤¥500万元", None, {"kind": "money", "op": "≤", "yuan": D(5000000)}),
    ("≤￥500万元", None, {"kind": "money", "op": "≤", "yuan": D(5000000)}),
    ("≤500万人民币", None, {"kind": "money", "op": "≤", "yuan": D(5000000)}),
    ("≥500人民币", None, {"kind": "money", "op": "≥", "yuan": D(500)}),
    ("≤1242万圆", None, {"kind": "money", "op": "≤", "yuan": D(12420000)}),
    # 12. other spellings of a date
    ("23年12月底前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31), "text": "23年12月底前"}),
    ("24年3月底前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 3, 31)}),
    ("2023年12月31前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2023.12月底前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("12.31前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31), "year_inferred": True}),
    ("6.30前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 6, 30)}),
    ("12/31前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("12月初", 2023, {"kind": "deadline", "deadline": dt.date(2023, 12, 10)}),
    ("2023年12月初前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 10)}),
    ("2023年12月31日17:00前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2023年12月31日24时前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("Q3", 2023, {"kind": "deadline", "deadline": dt.date(2023, 9, 30)}),
    ("2024年Q1", 2023, {"kind": "deadline", "deadline": dt.date(2024, 3, 31), "year_inferred": False}),
    ("每年3月底前", 2023, {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    ("每年6月30日前", 2023, {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    # 13. 百 and 十 after digits, 万亿
    ("≥3百人", None, {"kind": "count", "op": "≥", "number": D(300), "unit": "人"}),
    ("≥2十台", None, {"kind": "count", "number": D(20), "unit": "台"}),
    ("≥5百元", None, {"kind": "money", "yuan": D(500)}),
    ("≥1.2万亿元", None, {"kind": "money", "yuan": D(1200000000000)}),
    ("≥1万千瓦", None, {"kind": "count", "number": D(10000), "unit": "千瓦"}),  # as ≥10万千瓦时 is scaled
]


@pytest.mark.parametrize(("text", "year", "expected"), AUDIT_FORMS, ids=[f[0] for f in AUDIT_FORMS])
def test_audit_form(text: str, year: int | None, expected: dict[str, Any]) -> None:
    parsed = parse_value(text, budget_year=year)
    assert_reads(parsed, expected)
    if "problems" not in expected:
        assert parsed.problems == (), parsed


# Each pair: a form the audit's fixes read (as above), and its nearest look-alike that keeps its
# reading (in the budget year of the form's case).
READS = {text: (year, expected) for text, year, expected in AUDIT_FORMS}
LOOK_ALIKES: list[tuple[str, str, dict[str, Any]]] = [
    # a figure far from the budget year, with a unit, or with no such month or day stays a figure
    ("2024.06", "2030.06", {"kind": "number", "number": D("2030.06")}),
    ("2023.12", "2023.13", {"kind": "number"}),
    ("2023.6", "2023.6万元", {"kind": "money", "yuan": D(20236000)}),
    ("20231231", "20231232", {"kind": "number"}),
    ("2023.12", "1500.5", {"kind": "number"}),
    # the deed is cut only after a date: without one the text stays
    ("12月底前完成资金拨付", "限期内完成整改", {"kind": "qualitative"}),
    # 控制在 before a sign is filler, as before
    ("控制在5%", "控制在≤5%", {"kind": "rate", "op": "≤"}),
    # a reversed range beyond the multiplier's reach is still reversed
    ("5000-1万元", "50-10万元", {"kind": "range", "problems": (("reversed_range", ""),)}),
    # 近 before years is "the last years", a period
    ("近500人", "近3年", {"kind": "qualitative"}),
    # a water class reached names a standard, as it did
    ("Ⅲ类水质", "水质达到Ⅲ类", {"kind": "qualitative", "quality": "standard"}),
    # a month and day without 前 stays a figure: 12.31 may be an amount
    ("12.31前", "12.31", {"kind": "number"}),
    # a two-digit year far from the budget year is no date
    ("24年3月底前", "10年6月底前", {"kind": "qualitative"}),
    # two parts of a month together are no one day (3月中下旬 is text); its start is
    ("12月初", "3月中下旬", {"kind": "qualitative"}),
]


@pytest.mark.parametrize(("form", "look_alike", "expected"), LOOK_ALIKES, ids=[f"{f[0]}|{f[1]}" for f in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(form: str, look_alike: str, expected: dict[str, Any]) -> None:
    year, reading = READS[form]
    parsed_form = parse_value(form, budget_year=year)
    assert all(getattr(parsed_form, name) == value for name, value in reading.items()), parsed_form
    assert_reads(parse_value(look_alike, budget_year=year), expected)


def test_a_date_written_as_a_figure_needs_the_budget_year() -> None:
    """Without a budget year 2023.12 stays a figure: the importers ask whether a fragment has a
    value's shape (a figure has; a date only with 月, 日 or 前)."""
    assert parse_value("2023.12", budget_year=2023).kind == "deadline"
    assert parse_value("2023.12").kind == "number"

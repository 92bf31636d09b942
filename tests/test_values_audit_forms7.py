"""Value forms from the seventh audit of the target-value parser: forms the sixth left misread or unread.

Fixed: a count in a counting word with what it counts after it (≥400名退役军人, ≥30名学员) drew VAL008's
"no people unit" under a 人数 name (the parser keeps the noun, as in ≥2万名学生, so that a price per 名学员
finds its count; the rule now judges the counting word, 名); 0差错 and 0事故 were a count of 差错 with no
comparison (VAL005, or VAL006 under a reverse name) where 零差错 is met or not, and are read as 零差错 is;
100%通过 was text (VAL001, an error) where 100%合格 and 通过率100% are a rate; how often in twelve months
with a bound (12个月不少于两次) stayed text (VAL001) because the hint that sends a value to the respellings
stopped at seven characters before 次; a cap on a benefit named as a standard (最高医疗救助标准 不低于3万元/人)
was let off FUND008 as a policy floor, though a cap is a ceiling by its name (住院救助年度限额 with ≥ was
told already, and stays told).
Kept, with their reasons pinned below: satisfaction in 分 (≥90分) is still SAT001's "not a percentage"
(R34: a satisfaction target is a percentage with ≥; b38 and b78 plant it so), and a 救助标准 written
不低于 is still no FUND008 (a floor set by policy, as 低保标准 ≥720元/人·月 is).
The look-alike test pairs each fix with its nearest look-alike that keeps its old reading; the table
tests show the finding each fix changed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from value_helpers import assert_form_reads, assert_look_alike, row_findings

from ggtlint.values import parse_value

D = Decimal

# (value, budget year, expected attributes)
AUDIT_FORMS: list[tuple[str, int | None, dict[str, Any]]] = [
    # 1. A counting word with what it counts after it: the reading keeps the noun (as ≥2万名学生)
    ("≥400名退役军人", None, {"kind": "count", "op": "≥", "number": D(400), "unit": "名退役军人"}),
    ("≥30名学员", None, {"kind": "count", "op": "≥", "number": D(30), "unit": "名学员"}),
    ("≥12家企业", None, {"kind": "count", "op": "≥", "number": D(12), "unit": "家企业"}),
    # 2. None of the kind, the prefix 零 written as a figure: as 零差错, 零事故
    ("0差错", None, {"kind": "qualitative", "quality": "yesno", "number": None, "unit": None}),
    ("0事故", None, {"kind": "qualitative", "quality": "yesno", "number": None}),
    ("0投诉", None, {"kind": "qualitative", "quality": "yesno", "number": None}),
    ("全年0事故", None, {"kind": "qualitative", "quality": "yesno", "number": None}),
    # 3. A share with the word it is reached by after it: as 100%合格
    ("100%通过", None, {"kind": "rate", "op": None, "percent": D(100)}),
    ("≥95%通过", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    # 4. How often in twelve months, with a bound: as 6个月不少于两次
    ("12个月不少于两次", None, {"kind": "per_unit", "op": "≥", "number": D(2), "unit": "次/12个月", "per": "12个月"}),
    ("十二个月不少于12次", None, {"kind": "per_unit", "op": "≥", "number": D(12), "per": "12个月"}),
    ("12个月≥2次", None, {"kind": "per_unit", "op": "≥", "number": D(2), "per": "12个月"}),
]


@pytest.mark.parametrize(("text", "year", "expected"), AUDIT_FORMS, ids=[f[0] for f in AUDIT_FORMS])
def test_audit_form(text: str, year: int | None, expected: dict[str, Any]) -> None:
    assert_form_reads(text, year, expected)


def test_zero_written_as_a_figure_reads_as_the_word() -> None:
    """(2) 0差错 and 零差错 are one target, read alike."""
    for figure, word in (("0差错", "零差错"), ("0事故", "零事故"), ("0投诉", "零投诉")):
        assert parse_value(figure).to_json() == parse_value(word).to_json(), figure


READS = {text: (year, expected) for text, year, expected in AUDIT_FORMS}
LOOK_ALIKES: list[tuple[str, str, dict[str, Any]]] = [
    # (1) a counting word alone, and a price per it, as before
    ("≥30名学员", "≥30名", {"kind": "count", "number": D(30), "unit": "名"}),
    ("≥30名学员", "每名学员1000元", {"kind": "per_unit", "yuan": D(1000), "per": "名学员"}),
    ("≥400名退役军人", "≥2万名学生", {"kind": "count", "number": D(20000), "unit": "名学生"}),
    # (2) zero in a unit, zero with its comparison, or another figure before the word: a count as before
    ("0差错", "0起", {"kind": "count", "op": None, "number": D(0), "unit": "起"}),
    ("0差错", "≤0事故", {"kind": "count", "op": "≤", "number": D(0), "unit": "事故"}),
    ("0差错", "＝0事故", {"kind": "count", "op": "=", "number": D(0), "unit": "事故"}),
    ("0差错", "10差错", {"kind": "count", "number": D(10), "unit": "差错"}),
    ("0差错", "0.5差错", {"kind": "count", "number": D("0.5"), "unit": "差错"}),
    ("0差错", "0容忍", {"kind": "count", "number": D(0), "unit": "容忍"}),  # no event: a way of acting
    # (3) the rate named first is a rate as before; 通过 alone is passed or not
    ("100%通过", "通过率100%", {"kind": "rate", "percent": D(100)}),
    ("100%通过", "通过", {"kind": "qualitative", "quality": "yesno"}),
    ("100%通过", "100人通过", {"kind": "count", "number": D(100), "unit": "人"}),
    # (4) a return period of years stays text; a limit of months is a duration
    ("12个月不少于两次", "20年不少于两次", {"kind": "qualitative"}),
    ("12个月不少于两次", "12个月内", {"kind": "duration", "op": "≤", "number": D(12), "unit": "个月"}),
    ("12个月不少于两次", "6个月不少于两次", {"kind": "per_unit", "op": "≥", "number": D(2), "per": "6个月"}),
]


@pytest.mark.parametrize(("form", "look_alike", "expected"), LOOK_ALIKES, ids=[f"{f[0]}|{f[1]}" for f in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(form: str, look_alike: str, expected: dict[str, Any]) -> None:
    assert_look_alike(READS, form, look_alike, expected)


# --------------------------------------------------------------------------------------------
# What the rules say of each form, on one indicator added to the clean legacy example table
# (budget year 2023): the finding the fix changed.


@pytest.mark.parametrize(("name", "value"), [("培训退役军人人数", "≥400名退役军人"), ("培训学员人数", "≥30名学员"),
                                             ("培训退役军人人次", "≥400名退役军人")])
def test_people_counted_by_a_counting_word_and_a_noun_are_people(engine, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """(1) drew VAL008's "应以人为单位" with the unit 名退役军人: the counting word 名 counts people."""
    assert "VAL008" not in row_findings(engine, "产出指标", "数量指标", name, value)


def test_a_counting_word_of_no_people_is_still_told(engine) -> None:  # type: ignore[no-untyped-def]
    """(1) the counting word decides either way: 家 under a 人数 name, 名 under a count of firms."""
    [firms] = row_findings(engine, "产出指标", "数量指标", "带动就业人数", "≥12家企业")["VAL008"]
    assert "应以人为单位" in firms.message_zh and "家企业" in firms.message_zh
    [people] = row_findings(engine, "产出指标", "数量指标", "帮扶企业数", "≥12名企业负责人")["VAL008"]
    assert "数的是企业" in people.message_zh


def test_zero_mistakes_draws_what_none_of_them_draws(engine) -> None:  # type: ignore[no-untyped-def]
    """(2) 0差错 drew VAL006 (a reverse name wants ≤) or VAL005 (no comparison); 零差错 drew nothing. A count
    of zero in a unit is still told as before (0起 under a reverse name: VAL006)."""
    for name in ("账务处理差错", "财务核算质量"):
        assert row_findings(engine, "产出指标", "质量指标", name, "0差错") == {}, name
        assert row_findings(engine, "产出指标", "质量指标", name, "零差错") == {}, name
    assert "VAL006" in row_findings(engine, "产出指标", "质量指标", "安全事故发生数", "0起")


@pytest.mark.parametrize("value", ["100%通过", "≥95%通过", "通过率100%"])
def test_a_pass_rate_written_after_its_share_is_quantified(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """(3) 100%通过 was VAL001's "not quantified" (an error) under 质量."""
    assert row_findings(engine, "产出指标", "质量指标", "培训通过率", value) == {}


def test_satisfaction_in_points_is_still_no_percentage(engine) -> None:  # type: ignore[no-untyped-def]
    """Kept: ≥90分 is a score, read as such (≥ 90 分); R34 asks satisfaction as a percentage with ≥, so
    SAT001 tells it (as b38 and b78 pin), and the same floor as a percentage draws nothing."""
    parsed = parse_value("≥90分")
    assert (parsed.kind, parsed.op, parsed.number, parsed.unit) == ("number", "≥", D(90), "分")
    [points] = row_findings(engine, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90分")["SAT001"]
    assert "不是百分比" in points.message_zh
    assert row_findings(engine, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%") == {}


@pytest.mark.parametrize("value", ["12个月不少于两次", "十二个月不少于12次"])
def test_how_often_in_twelve_months_is_quantified(engine, value: str) -> None:  # type: ignore[no-untyped-def]
    """(4) was VAL001's "not quantified" (an error) under 时效, where 6个月不少于两次 drew nothing."""
    assert row_findings(engine, "产出指标", "时效指标", "巡检频次", value) == {}


def test_a_cap_written_as_a_floor_is_told_a_benefit_standard_is_not(engine) -> None:  # type: ignore[no-untyped-def]
    """(5) A 救助标准 is a floor set by policy: 不低于 is how it is written (no FUND008). A cap is a ceiling
    by its name (限额, 最高): ≥ on it leaves the cost none, whether it is called 限额 (told before) or a
    highest standard (let off before as a 救助标准); the cap as set (＝3万元/人) draws nothing."""
    cost = ("产出指标", "成本指标")
    assert "FUND008" not in row_findings(engine, *cost, "医疗救助标准", "不低于3万元/人")
    for cap in ("住院救助年度限额", "最高医疗救助标准", "医疗救助标准上限"):
        [told] = row_findings(engine, *cost, cap, "不低于3万元/人")["FUND008"]
        assert "没有上限" in told.message_zh, cap
    assert "FUND008" not in row_findings(engine, *cost, "住院救助年度限额", "＝3万元/人")

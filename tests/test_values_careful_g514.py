"""g514–g525, a careful round of the whole pack: the causes of false findings fixed.

- a benefit counting those that reached a level its name sets (集体经营性收入达到10万元以上的扶持村 ＝20个 beside
  扶持村数量 ＝20个, g519) is a result, though every one got there, not the output counted again (CAT005, a notice;
  primitives/repeated_output.py _level_reached; a CAT005 example).
- probed: a note counting people in 名 beside a quantity in 人 (入户评估及跟踪回访费用 noted 按1800名×每名100元 beside
  受益残疾人 不少于1800人, g515) is the quantity's price (REL002, a notice; primitives/cost_qty_alignment.py _PERSONS).
- probed: a count its name gives per quarter (每季度开展优待政策宣传 ≥3场) against the goal's year (开展优待政策宣传12场,
  g514) is no slip (REL008 differs, a notice; primitives/goal_figures.py _per_shorter_period).
- probed: 十一前, as officers call 国庆节, was text (VAL001, an error): by 10月1日 (values/parse.py _FIXED_FESTIVALS).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ggtlint.load import load_text
from ggtlint.values import parse_value

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
G515 = next(SECTORS.glob("g515-*.yaml"))
G519 = next(SECTORS.glob("g519-*.yaml"))


def _findings(engine, path: Path, written: str, instead: str) -> list:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    assert text.count(written) == 1
    return engine.check_source(load_text(text.replace(written, instead), path.name)).findings


@pytest.mark.parametrize(("name", "told"), [
    ("集体经营性收入达到10万元以上的扶持村", False),
    ("集体经营性收入10万元及以上的扶持村", False),
    ("扶持村数量合计", True),  # the output's count again, no level reached
])
def test_a_benefit_counting_those_that_reached_a_level(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, G519, "name: 集体经营性收入达到10万元以上的扶持村", f"name: {name}")
    assert any(f.rule_id == "CAT005" for f in findings) is told


G348 = next(SECTORS.glob("g348-*.yaml"))


@pytest.mark.parametrize(("name", "told"), [
    ("受益低保、特困老年人", True),
    ("受益60周岁以上低保、特困老年人", True),  # an age says who they are, no level reached
    ("年收入达到1万元以上的低保、特困老年人", False),
])
def test_an_age_is_no_level_reached(engine, name: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    """CAT005: the benefit counting the output's 6800 insured again, an age in its name or not."""
    written = "      - name: 获得理赔老年人\n"
    findings = _findings(engine, G348, written, f"      - name: {name}\n        value: ＝6800人\n{written}")
    assert any(f.rule_id == "CAT005" and name in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("value", "told"), [
    ("不少于1800人", False),
    ("≥1800名", False),
    ("≥1800户", True),  # households: not the note's persons
])
def test_a_note_counting_persons_in_another_word(engine, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, G515, "name: 受益残疾人\n        value: ≥1800名",
                         f"name: 受益残疾人\n        value: {value}")
    assert any(f.rule_id == "REL002" and "入户评估及跟踪回访费用" in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("value", "deadline"), [
    ("十一前", dt.date(2026, 10, 1)),
    ("2026年十一前", dt.date(2026, 10, 1)),
    ("国庆节前", dt.date(2026, 10, 1)),
    # with 完成 after it, as 10月1日前完成 (h129)
    ("十一前完成", dt.date(2026, 10, 1)),
    ("国庆节前完成", dt.date(2026, 10, 1)),
])
def test_national_day_as_officers_call_it(value: str, deadline: dt.date) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", "≤", deadline), parsed


@pytest.mark.parametrize("value", ["十一前后", "国庆节前3天"])
def test_national_day_with_other_words_is_external(value: str) -> None:
    """十一前 with other words than a deed after it (前后, 前3天): the lexicon's external term, not text (with a
    deed, 十一前全部完成, it is the day's deadline: tests/test_review_h133.py)."""
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.quality) == ("qualitative", "external"), parsed


def test_november_is_no_festival() -> None:
    parsed = parse_value("2026年十一月前", budget_year=2026)
    assert parsed.deadline == dt.date(2026, 11, 30), parsed


G514 = next(SECTORS.glob("g514-*.yaml"))


@pytest.mark.parametrize(("row", "told"), [
    ("name: 每季度开展优待政策宣传\n        value: ≥3场", False),
    ("name: 每月开展优待政策宣传\n        value: ≥1场", False),
    ("name: 每周开展优待政策宣传\n        value: ≥1场", False),  # a week and a half-year are periods too
    ("name: 每半年开展优待政策宣传\n        value: ≥6场", False),
    ("name: 每年开展优待政策宣传\n        value: ≥3场", True),
    ("name: 开展优待政策宣传\n        value: ≥3场", True),  # the year's 12场 asked as 3
])
def test_a_count_named_per_quarter(engine, row: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, G514, "name: 开展优待政策宣传\n        value: 每季度不少于3场", row)
    assert any(f.rule_id == "REL008" and "优待政策宣传" in f.message_zh for f in findings) is told

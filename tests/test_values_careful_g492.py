"""g492–g503, a careful round of the whole pack: the causes of false findings fixed.

- a note pricing a length in another unit than its count (按12公里×每米300元 of 生态拦截沟渠建设费用 ≤360万元) is
  the count in the price's unit: 12000米 × 300元 (FUND007 note, a warning; primitives/amount_limit.py
  _note_product converts with the lexicon's measures, unless the note writes the conversion itself, as
  600公顷×15亩/公顷×500元/亩 of g307, g309, g314 does). Read as 12 × 300元 = 3,600元 before.
- two levels' money in one amount (争取中央和省级资金96万元) where the sources give both (中央 70, 省级 26) is held to
  the two added, not to the first level alone (REL008 funds, a warning: 表中中央资金却是 700,000 元;
  primitives/goal_figures.py _funds_named).
- donations received (接收社会捐赠物资 ≥3万件) are bought by no line, and the needy a charity shop serves
  (向困难群众发放生活物资 ≥15000人次) and the households a per-box subsidy supports (扶持中蜂养殖户 ≥600户) are
  the reach of the whole spending (REL002, a notice; rules/hygiene.yaml free_words 社会捐赠, reach_words 扶持,
  困难群众).
- probed, not in the tables: under 社会成本, a cost put on others (增加农户生产成本 ＝0元) and a deposit asked of them
  (读者借阅押金 ＝0元) are the harm priced in money, as 收取 and 自付 are (CAT009, a warning; rules/placement.yaml);
  增加企业申报负担 / 不增加 says none of what the name names, as 不影响 does (VAL001, an error; yesno-terms.yaml).
- probed: 氧化还原电位 ＞50mV was text (VAL001, an error; units.yaml other: mV, 毫伏); 灭螺后钉螺死亡率 ≥85% a reversed
  indicator (VAL006, a warning; negative-direction.yaml exceptions 钉螺死亡率); 有机质含量 ≥30% and 水分含量 ≤23% a
  percentage with no rate word (VAL009, a notice; values.yaml change_words 含量).
- probed: 2026年2月16日（除夕）前 and 2026年7月25日至31日 were text (VAL001, an error): a day's name in brackets
  before 前 (values/parse.py _named_day) and a span ending on a day of the start's month (_date_span).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ggtlint.load import load_text
from ggtlint.values import parse_value

from engine_helpers import edited_findings

G492 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g492-*.yaml"))


@pytest.mark.parametrize(("note", "told"), [
    ("按12公里×每米300元", False),
    ("按12000米×每米300元", False),
    ("按12公里×300元/米", False),
    ("按12公里×每公里30万元", False),
    ("按1.2万米×每公里30万元", False),
    ("按12公里×1000米/公里×每米300元", False),  # the note converts it itself: not again
    ("按12公里×每米30元", True),  # a tenth of the line: the price or the amount is wrong
    ("按12公里×每米3000元", True),  # ten times the ceiling
    ("按12个×每米300元", True),  # a count in no unit of length: nothing to convert
])
def test_a_note_pricing_a_length_in_another_unit(engine, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = edited_findings(engine, G492, "note: 按12公里×每米300元",
                               f"note: {note}")
    assert any(f.rule_id == "FUND007" and "生态拦截沟渠建设费用" in f.message_zh for f in findings) is told


G495 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g495-*.yaml"))
G496 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g496-*.yaml"))


def _with_row(engine, table: Path, written: str, name: str, value: str) -> list:  # type: ignore[no-untyped-def]
    """The findings of ``table`` with the indicator named ``written`` (its name and value lines) replaced."""
    text = table.read_text(encoding="utf-8")
    assert text.count(f"name: {written}\n") == 1
    start = text.index(f"name: {written}\n")
    line_end = text.index("\n", text.index("value:", start))
    text = text[:start] + f"name: {name}\n        value: {value}" + text[line_end:]
    return engine.check_source(load_text(text, table.name)).findings


@pytest.mark.parametrize(("table", "written", "name", "value", "told"), [
    # donations received are not bought (rules/hygiene.yaml REL002 free_words 社会捐赠)
    (G496, "接收社会捐赠物资", "接收社会捐赠物资", "≥3万件", False),
    (G496, "接收社会捐赠物资", "购置慰问物资", "≥3万件", True),
    # the needy served and the households supported are the reach of the whole spending (reach_words)
    (G496, "向困难群众发放生活物资", "向困难群众发放生活物资", "≥15000人次", False),
    (G496, "向困难群众发放生活物资", "向困难群众发放生活物资", "≥15000件", True),  # goods, not people
    (G495, "扶持中蜂养殖户", "扶持中蜂养殖户", "≥600户", False),
    (G495, "扶持中蜂养殖户", "发放中蜂养殖手册", "≥600册", True),
])
def test_quantities_no_line_buys(engine, table: Path, written: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = _with_row(engine, table, written, name, value)
    assert any(f.rule_id == "REL002" and name in f.message_zh for f in findings) is told


G502 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g502-*.yaml"))


@pytest.mark.parametrize(("opening", "told"), [
    ("2026年争取中央和省级资金96万元，", False),  # 中央 70 and 省级 26: the two added
    ("2026年争取中央及省级补助资金96万元，", False),
    ("2026年争取中央和省级资金100万元，", True),
    ("2026年争取中央资金96万元，", True),  # 中央 alone is 70
    ("2026年争取中央资金70万元，", False),
])
def test_two_levels_money_against_both_sources(engine, opening: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    text = G502.read_text(encoding="utf-8")
    assert text.count("  2026年在历史流行区") == 1 and "    中央: 70\n    省级: 26\n" in text
    text = text.replace("  2026年在历史流行区", f"  {opening}在历史流行区")
    findings = engine.check_source(load_text(text, G502.name)).findings
    assert any(f.rule_id == "REL008" and "资金" in f.message_zh and "却是" in f.message_zh for f in findings) is told


G498 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g498-*.yaml"))


@pytest.mark.parametrize(("name", "value", "rule", "told"), [
    # a cost put on others or a deposit asked of them, priced in money, is the harm itself (rules/placement.yaml CAT009)
    ("增加企业生产成本", "＝0元", "CAT009", False),
    ("企业申报押金", "＝0元", "CAT009", False),
    ("奖补资金复核费", "≤18万元", "CAT009", True),  # the project's own spending: an economic cost
    ("企业申报误工补助", "＝0元", "CAT009", True),
    # what must not grow, its words in the name (yesno-terms.yaml negative 不增加), as 不影响
    ("增加企业申报负担", "不增加", "VAL001", False),
    ("企业申报负担", "不增加", "VAL001", False),
    ("企业申报负担", "不明显", "VAL001", True),
])
def test_social_costs_as_written(engine, name: str, value: str, rule: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    findings = edited_findings(engine, G498, "      - name: 向企业收取申报费用\n        value: ＝0元\n",
                               f"      - name: {name}\n        value: {value}\n")
    assert any(f.rule_id == rule and name in f.message_zh for f in findings) is told


G503 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g503-*.yaml"))


@pytest.mark.parametrize(("table", "written", "name", "value", "rule", "told"), [
    # a water's redox potential in mV (黑臭水体: 氧化还原电位 ＞50mV) is a measurement (units.yaml other)
    (G503, "治理后水体透明度", "治理后水体氧化还原电位", "＞50mV", "VAL001", False),
    (G503, "治理后水体透明度", "治理后水体氧化还原电位", "＞50毫伏", "VAL001", False),
    (G503, "治理后水体透明度", "治理后水体氧化还原电位", "较高", "VAL001", True),
    # snails killed by molluscicide: more is better (negative-direction.yaml exceptions)
    (G502, "查螺质量抽查合格率", "灭螺后钉螺死亡率", "≥85%", "VAL006", False),
    (G502, "查螺质量抽查合格率", "家畜查病死亡率", "≥85%", "VAL006", True),
    # a content in % is a mass fraction (values.yaml VAL009 change_words 含量)
    (G492, "有机肥质量抽检合格率", "有机肥有机质含量", "≥30%", "VAL009", False),
    (G495, "补助蜂群越冬存活率", "蜂蜜水分含量", "≤23%", "VAL009", False),
    (G492, "有机肥质量抽检合格率", "有机肥质量", "≥30%", "VAL009", True),
])
def test_measurements_read_as_written(engine, table: Path, written: str, name: str, value: str, rule: str,  # type: ignore[no-untyped-def]
                                      told: bool) -> None:
    findings = _with_row(engine, table, written, name, value)
    assert any(f.rule_id == rule and name in f.message_zh for f in findings) is told


@pytest.mark.parametrize(("value", "deadline"), [
    # the day's name in brackets after its date, then 前 (values/parse.py _named_day)
    ("2026年2月16日（除夕）前", dt.date(2026, 2, 16)),
    ("2026年9月30日（烈士纪念日）前", dt.date(2026, 9, 30)),
    ("2026年2月16日(除夕)之前", dt.date(2026, 2, 16)),
    # a span's end written as a day alone, in the start's month (values/parse.py _date_span)
    ("2026年7月25日至31日", dt.date(2026, 7, 31)),
    ("2026年7月25日—31日", dt.date(2026, 7, 31)),
    ("2026年7月25日至8月5日", dt.date(2026, 8, 5)),  # read so before
])
def test_a_deadline_as_written(value: str, deadline: dt.date) -> None:
    parsed = parse_value(value, budget_year=2026)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", "≤", deadline), parsed


@pytest.mark.parametrize("value", ["2026年7月25日至20日", "2026年（全年）前"])  # an end before the start; no date
def test_no_deadline_read_into(value: str) -> None:
    assert parse_value(value, budget_year=2026).kind == "qualitative"

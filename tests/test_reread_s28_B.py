"""Re-read of session 28's change (helper B): units spelt two ways compared as one (a litre's prefix too),
the water monitor's count units in both spellings, and what the engine, the importers and the speed changes
must keep doing."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.load import load_text
from ggtlint.values import parse_value
from ggtlint.values.normalize import unit_key

GOAL_TABLE = """version: 1
project: {{name: 2026年无偿献血推广项目, year: 2026, department: 市卫生健康委员会}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  效益指标:
    社会效益指标:
      - {{name: {name}, value: "{value}"}}
"""


# a litre's prefix before a small l (ml, dl, μl) is the same unit as before a capital one; the l of lx, lm stays
@pytest.mark.parametrize(("written", "key"), [
    ("ml", "mL"), ("mL", "mL"), ("μl", "μL"), ("ul", "μL"), ("mg/dl", "mg/dL"), ("ml/min", "mL/min"),
    ("lx", "lx"), ("lm", "lm"), ("km2", "km²"), ("mm2", "mm²"), ("mg/Nm3", "mg/Nm³"), ("kWh", "kWh"),
])
def test_unit_key_reads_a_litre_s_prefix(written: str, key: str) -> None:
    assert unit_key(written) == key


@pytest.fixture(scope="module")
def rel046_alone() -> Engine:
    """REL046's own reading: the rules it yields to on the same indicator switched off."""
    return Engine.build(Config(ignore=["VAL006", "VAL015"]))


@pytest.mark.parametrize(("goal", "value", "told"), [
    ("2026年单人单次献血量大于400ml。", "＜400mL", True),   # ml and mL: one unit, against the goal
    ("2026年单人单次献血量大于400mL。", "＜400ml", True),
    # look-alikes (probe: 0 of 10 told): the goal's side, another figure, another unit or prefix
    ("2026年单人单次献血量大于400ml。", "≥400mL", False),
    ("2026年单人单次献血量大于400ml。", "＞400mL", False),
    ("2026年单人单次献血量大于400ml。", "＜300mL", False),
    ("2026年单人单次献血量大于400ml。", "＜400L", False),
    ("2026年单人单次献血量大于400ml。", "＜400dL", False),
    ("2026年单人单次献血量大于400ml。", "＜400μL", False),
    ("2026年单人单次献血量大于400ml。", "＜400m³", False),
    ("2026年单人单次献血量大于5mg/dl。", "＜5mg/L", False),
    ("2026年单人单次献血量大于400cl。", "＜400mL", False),
    ("2026年单人单次献血量大于400L。", "＜400mL", False),
    # held out, written after the change: 5 of 5 right at the first run
    ("2026年单人单次献血量大于200mL。", "＜200ml", True),
    ("2026年单人单次献血量大于10dl。", "＜10dL", True),
    ("2026年单人单次献血量大于0.5l。", "＜0.5L", True),
    ("2026年单人单次献血量大于200ml。", "≥200ml", False),
    ("2026年单人单次献血量大于200ml。", "＜200mg", False),
])
def test_rel046_reads_ml_as_ml(rel046_alone: Engine, goal: str, value: str, told: bool) -> None:
    text = GOAL_TABLE.format(goal=goal, name="单人单次献血量", value=value)
    found = {f.rule_id for f in rel046_alone.check_source(load_text(text, "rel046.yaml")).findings}
    assert ("REL046" in found) is told


# 点位·次 beside 断面·次: a monitor's points times rounds in both spellings, as 人·次 is
@pytest.mark.parametrize(("text", "unit"), [("≥120点位·次", "点位·次"), ("≥120点位・次", "点位·次"), ("≥360断面·次", "断面·次")])
def test_points_times_rounds_is_a_count_in_both_spellings(text: str, unit: str) -> None:
    parsed = parse_value(text)
    assert (parsed.kind, parsed.unit) == ("count", unit)


def test_the_rules_list_says_which_kinds_of_findings_yield(engine: Any) -> None:
    import json

    from ggtlint.docs import rules_json

    rules = {rule["id"]: rule for rule in json.loads(rules_json(engine))["rules"]}
    assert rules["SAT001"]["yields_to"] == ["VAL003"] and rules["SAT001"]["yields_variants"] == ["exact_100"]
    assert rules["VAL001"]["yields_variants"] == []


_PACK = """pack: {name: bureau, version: "1"}
rules:
  - id: BUR001
    name: low-satisfaction
    severity: warning
    selector: {scope: indicator}
    check: satisfaction-target
    message: {zh: "“{name}”满意度不当。", en: "{name}: satisfaction."}
    summary: {zh: 满意度。, en: Satisfaction.}
    rationale: {zh: 本局要求。, en: Bureau policy.}
    fix: {zh: 改写。, en: Rewrite.}
    yields_to: [VAL003]
    yields_variants: [exact100]
"""


@pytest.mark.parametrize(("lang", "said"), [("zh", "是否想写 exact_100"), ("en", "did you mean exact_100")])
def test_a_pack_s_wrong_yields_variants_exits_2_with_its_words_from_the_command_line(
        tmp_path: Any, monkeypatch: Any, capsys: Any, lang: str, said: str) -> None:
    from ggtlint import cli

    (tmp_path / "pack.yaml").write_text(_PACK, encoding="utf-8")
    (tmp_path / "cfg.yaml").write_text("packs: [pack.yaml]\n", encoding="utf-8")
    (tmp_path / "t.yaml").write_text(GOAL_TABLE.format(goal="2026年献血。", name="献血量", value="≥400mL"),
                                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as done:  # main turns every failure into a message and an exit code
        cli.main(["--lang", lang, "check", "t.yaml", "--no-cache", "--config", "cfg.yaml"])
    said_out = capsys.readouterr()
    assert done.value.code == 2 and said in said_out.err and "/rules/0/yields_variants/0" in said_out.err, said_out
    assert "Traceback" not in said_out.err + said_out.out


def test_the_kinds_that_yield_are_told_by_their_messages_not_their_names(engine: Any) -> None:
    from ggtlint.docs import rules_markdown, yielding_kinds, yields_note

    sat = engine.info("SAT001")
    zh = yields_note(sat, "zh", (), yielding_kinds(engine, sat, "zh"))
    en = yields_note(sat, "en", (), yielding_kinds(engine, sat, "en"))
    assert "只有这类问题让位：满意度“××”定为 ××，难以核实" in zh and "exact_100" not in zh
    assert 'of the kind "Satisfaction … is set at …' in en and "exact_100" not in en
    assert "只有这类问题让位：满意度“××”定为 ××" in rules_markdown(engine)

"""Re-read of session 27's yields_to (reviewer C): a finding yields only to one at its level or a
worse one, so a warning is never dropped for a notice (REL046's 带动就业 ≤1200人 against the goal's
1200人以上 stays beside VAL015's notice), nor for a rule the configuration lowered; a wrong yields_to
entry of a user's pack is told in words, not the schema's pattern."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ggtlint.engine import Engine, PackError
from ggtlint.engine.config import Config
from ggtlint.engine.yields import drop_yielded
from ggtlint.findings import Finding, Severity
from ggtlint.load import load_text

TABLE = """version: 1
project: {name: 2026年就业帮扶项目, year: 2026, department: 县人力资源和社会保障局}
funds: {unit: 万元, total: 100, fiscal: 100}
goal: 2026年开展技能培训2000人次，带动就业1200人以上，新生儿出生缺陷发生率控制在1.1%以下。
indicators:
  产出指标:
    数量指标:
      - {name: 开展技能培训人次, value: ≥2000人次}
  效益指标:
    社会效益指标:
      - {name: 带动就业人数, value: ≤1200人}
      - {name: 新生儿出生缺陷发生率, value: ≥1.1%}
"""


def _told(engine: Engine) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity.value, f.path.rsplit("/", 2)[1])
            for f in engine.check_source(load_text(TABLE, "t.yaml")).findings if f.rule_id in ("REL046", "VAL006", "VAL015")]


def test_a_warning_does_not_yield_to_a_notice(engine: Any) -> None:
    # 带动就业: VAL015's notice (a count under benefits) leaves REL046's warning; 发生率: VAL006's warning takes it
    assert _told(engine) == [("REL046", "warning", "0"), ("VAL015", "info", "0"), ("VAL006", "warning", "1")]


def test_a_rule_yielded_to_lowered_by_the_configuration_silences_no_warning() -> None:
    lowered = Engine.build(Config(severity={"VAL006": Severity.INFO}))
    assert ("REL046", "warning", "1") in _told(lowered) and ("VAL006", "info", "1") in _told(lowered)
    raised = Engine.build(Config(severity={"VAL015": Severity.WARNING}))
    assert [told for told in _told(raised) if told[2] == "0"] == [("VAL015", "warning", "0")]


def _finding(rule: str, path: str, severity: Severity, document: int = 0) -> Finding:
    return Finding(rule_id=rule, rule_name=rule, severity=severity, message_zh="问题", message_en="issue",
                   file="t.yaml", path=path, document=document)


def test_drop_compares_the_worst_level_told_at_the_place() -> None:
    yields = {"A001": frozenset({"B001"})}
    row = "/indicators/效益指标/社会效益指标/0"
    made = [_finding("B001", row + "/name", Severity.INFO), _finding("B001", row + "/value", Severity.WARNING),
            _finding("A001", row + "/value", Severity.WARNING),
            _finding("A001", row + "/value", Severity.WARNING, document=1),  # another table of the file
            _finding("A001", "/indicators/效益指标/社会效益指标/1/value", Severity.INFO),  # another row
            _finding("A001", "/goal", Severity.INFO)]  # no row: its field, which B001 did not report
    kept = drop_yielded(made, yields)
    assert [(f.rule_id, f.document, f.path) for f in kept] == [
        ("B001", 0, row + "/name"), ("B001", 0, row + "/value"), ("A001", 1, row + "/value"),
        ("A001", 0, "/indicators/效益指标/社会效益指标/1/value"), ("A001", 0, "/goal")]
    error = [_finding("A001", row, Severity.ERROR)]  # worse than anything B001 told there: kept
    assert drop_yielded(made[:2] + error, yields)[-1].rule_id == "A001"


PACK = """pack: {name: bureau, version: "1"}
rules:
  - id: BUR001
    name: no-visit
    severity: warning
    selector: {scope: indicator}
    check: forbid-terms
    params: {field: name, match: any, terms: [走访]}
    message: {zh: "“{name}”含“{terms}”。", en: "{name} contains {terms}."}
    summary: {zh: 不写走访。, en: No visits.}
    rationale: {zh: 本局要求。, en: Bureau policy.}
    fix: {zh: 改写。, en: Rewrite.}
    yields_to: YIELDS
"""


@pytest.mark.parametrize(("yields", "zh", "en"), [
    ("[]", "yields_to 是空列表：不让位于任何规则时删去这一项", "yields_to is an empty list"),
    ("[val006]", "应是一条规则的编号（大写字母加三位数字，如 VAL006），现为 'val006'", "should be a rule's id"),
    ("[XT003]", "XT003 是跨表规则", "XT003 is a cross-table rule"),
])
def test_a_wrong_yields_to_is_said_in_the_officers_words(tmp_path: Path, yields: str, zh: str, en: str) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK.replace("YIELDS", yields), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        Engine.build(Config(packs=[path]))
    assert zh in caught.value.message and en in caught.value.message_en, caught.value
    assert "does not match" not in caught.value.message and "should have at least" not in caught.value.message_en


def test_the_yields_note_reads_for_one_rule_or_several(engine: Any) -> None:
    from ggtlint.docs import yields_note

    one, two = engine.info("SAT001"), engine.info("REL046")
    assert "中该规则对同一张表" in yields_note(one, "zh") and "where it reports" in yields_note(one, "en")
    assert "中其中任一规则对" in yields_note(two, "zh") and "where one of them reports" in yields_note(two, "en")
    assert "级别不低于本规则" in yields_note(two, "zh") and "at this rule's level or a worse one" in yields_note(two, "en")

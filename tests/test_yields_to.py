"""yields_to: a rule's finding on an indicator is dropped when a rule it yields to reports the same
indicator in the same run (REL046 against VAL006's and VAL015's reversed figures: one defect, one
finding); a rule yielded to that did not run silences nothing, one whose finding a suppression or a
baseline hides still does; parallel and cached runs give the same; the pack check refuses an
entry naming no rule, the rule itself, a cross-table rule or a cycle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run_ggtlint
from ggtlint.engine import Engine, PackError
from ggtlint.engine.config import Config
from ggtlint.load import load_text

# 发生率 says its side (VAL006 tells ≥1.1%, and REL046 against the goal's 1.1%以下); 收集率 does not (only REL046)
TABLE = """version: 1
project: {{name: 2026年妇幼健康项目, year: 2026, department: 县卫生健康局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年新生儿出生缺陷发生率控制在1.1%以下，城镇污水收集率达到70%以上。
indicators:
  产出指标:
    数量指标:
      - {{name: 孕产妇系统管理人数, value: ≥2000人}}
  效益指标:
    社会效益指标:
      - {{name: 新生儿出生缺陷发生率, value: ≥1.1%}}{comment}
      - {{name: 城镇污水收集率, value: ≤70%}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 孕产妇满意度, value: ≥90%}}
"""


def _table(comment: str = "") -> str:
    return TABLE.format(comment=comment)


def _told(engine: Engine, text: str) -> list[tuple[str, str]]:
    """(rule, indicator) of the findings on the two 社会效益 rows."""
    return [(f.rule_id, f.value.split("\x1f")[0][:6]) for f in engine.check_source(load_text(text, "t.yaml")).findings
            if f.rule_id in ("REL046", "VAL006", "VAL015")]


def test_reversed_figure_is_told_once_by_the_rule_yielded_to(engine: Any) -> None:
    assert engine.info("REL046").yields_to == ("VAL006", "VAL015")
    # 发生率: VAL006 alone; 收集率 (VAL015 misses a rate whose name does not say its side): REL046 still
    assert _told(engine, _table()) == [("VAL006", "新生儿出生缺"), ("REL046", "城镇污水收集")]


def test_order_and_fingerprints_of_the_others_unchanged(engine: Any) -> None:
    made = Engine.build(Config())
    made._yields = {}  # the same run with no yields: what the rules made
    source = load_text(_table(), "t.yaml")
    every = made.check_source(source).findings
    kept = engine.check_source(load_text(_table(), "t.yaml")).findings
    dropped = [f for f in every if f.rule_id == "REL046" and f.value.startswith("新生儿")]
    assert len(dropped) == 1
    assert [f.fingerprint for f in kept] == [f.fingerprint for f in every if f is not dropped[0]]


@pytest.mark.parametrize("config", [{"ignore": ["VAL006"]}, {"select": ["REL", "VAL015"]},
                                    {"per_file_ignores": {"t.yaml": ["VAL00"]}}])
def test_a_rule_yielded_to_that_did_not_run_silences_nothing(config: dict[str, Any]) -> None:
    engine = Engine.build(Config(**config))
    assert ("REL046", "新生儿出生缺") in _told(engine, _table())
    assert ("VAL006", "新生儿出生缺") not in _told(engine, _table())


def test_a_suppressed_finding_of_the_rule_yielded_to_still_silences(engine: Any) -> None:
    text = _table("  # ggtlint: disable=VAL006")
    result = engine.check_source(load_text(text, "t.yaml"))
    assert [(f.rule_id, f.value[:6]) for f in result.findings if f.rule_id in ("REL046", "VAL006", "META001")] == [
        ("REL046", "城镇污水收集")]  # no VAL006, no REL046 on 发生率, and the comment is not stale
    # suppressing the yielding rule alone leaves the other's finding as it was
    text = _table("  # ggtlint: disable=REL046")
    assert _told(engine, text) == [("VAL006", "新生儿出生缺"), ("REL046", "城镇污水收集")]


def test_a_baselined_finding_of_the_rule_yielded_to_still_silences(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(_table(), encoding="utf-8")
    (tmp_path / "base.yaml").write_text(_table().replace("城镇污水收集率, value: ≤70%", "城镇污水收集率, value: ≥70%"),
                                        encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    run_ggtlint("check", "base.yaml", "--write-baseline", baseline, "--no-cache", cwd=tmp_path)
    entries = baseline.read_text(encoding="utf-8")
    assert "VAL006" in entries and "REL046" not in entries  # 发生率 told once; 收集率 right (≥70%) here
    (tmp_path / "base.yaml").unlink()
    (tmp_path / "t.yaml").rename(tmp_path / "base.yaml")
    done = run_ggtlint("check", "base.yaml", "--baseline", baseline, "--no-cache", "--format", "json", cwd=tmp_path)
    told = [(f["rule_id"], f["path"]) for f in json.loads(done.stdout)["findings"]
            if f["rule_id"] in ("REL046", "VAL006")]
    assert told == [("REL046", "/indicators/效益指标/社会效益指标/1/value")]  # the new 收集率 ≤70% only


def test_parallel_and_cached_runs_give_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ggtlint.parallel
    from ggtlint.cache import ResultCache, engine_key
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.parallel import iter_results
    from ggtlint.run import RunOptions, collect_files

    folder = tmp_path / "tables"
    folder.mkdir()
    for number in range(4):  # the projects differ: no copied-table findings
        (folder / f"t{number}.yaml").write_text(_table().replace("妇幼健康项目", f"妇幼健康项目{number}"), encoding="utf-8")
    monkeypatch.setattr(ggtlint.parallel, "PARALLEL_MIN_FILES", 2)  # workers for a few files
    engine = Engine.build(Config())
    files = collect_files(engine, RunOptions(paths=[folder], base=folder))

    def run(jobs: int, cache: Any = None) -> list[Any]:
        return [(r.path, r.cross_table, [(f.rule_id, f.fingerprint, f.line) for f in r.findings])
                for r in iter_results(engine, files, DEFAULT_LIMITS, jobs=jobs, cache=cache)]

    one = run(1)
    per_file = [found for _, cross, found in one if not cross]
    assert len(per_file) == 4 and all(("VAL006" in str(found)) for found in per_file)
    assert sum(rule == "REL046" for found in per_file for rule, _, _ in found) == 4  # 收集率 only, each table
    assert run(2) == one
    cache = ResultCache(tmp_path / "cache", engine_key(engine, DEFAULT_LIMITS))
    assert run(1, cache) == one  # cold
    assert run(2, cache) == one  # warm


PACK = """pack: {{name: bureau, version: "1"}}
rules:
  - id: BUR001
    name: no-visit
    severity: warning
    selector: {{scope: indicator}}
    check: forbid-terms
    params: {{field: name, match: any, terms: [走访]}}
    message: {{zh: "“{{name}}”含“{{terms}}”。", en: "{{name}} contains {{terms}}."}}
    summary: {{zh: 不写走访。, en: No visits.}}
    rationale: {{zh: 本局要求。, en: Bureau policy.}}
    fix: {{zh: 改写。, en: Rewrite.}}
    yields_to: {yields}
  - id: BUR002
    name: no-visit-again
    severity: info
    selector: {{scope: indicator}}
    check: forbid-terms
    params: {{field: name, match: any, terms: [走访]}}
    message: {{zh: "“{{name}}”含“{{terms}}”。", en: "{{name}} contains {{terms}}."}}
    summary: {{zh: 不写走访。, en: No visits.}}
    rationale: {{zh: 本局要求。, en: Bureau policy.}}
    fix: {{zh: 改写。, en: Rewrite.}}
    yields_to: {back}
"""


def _pack(tmp_path: Path, yields: str, back: str = "[VAL001]") -> Engine:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK.format(yields=yields, back=back), encoding="utf-8")
    return Engine.build(Config(packs=[path]))


def test_a_user_pack_rule_yields_to_its_other_rule(tmp_path: Path) -> None:
    engine = _pack(tmp_path, "[VAL001]", back="[BUR001]")  # BUR002, a notice, yields to BUR001's warning
    text = _table().replace("孕产妇系统管理人数", "入户走访孕产妇人数")
    told = [f.rule_id for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id.startswith("BUR")]
    assert told == ["BUR001"]


@pytest.mark.parametrize(("yields", "back", "said"), [
    ("[VAL999]", "[VAL001]", "yields_to names an unknown rule VAL999"),
    ("[VAL0O6]", "[VAL001]", "/rules/0/yields_to/0"),  # not an id at all: the schema's pattern
    ("[BUR001]", "[VAL001]", "cannot yield to itself"),
    ("[BUR002]", "[BUR001]", "leads back to itself"),
    ("[XT003]", "[VAL001]", "cross-table"),
])
def test_the_pack_check_refuses_a_wrong_entry(tmp_path: Path, yields: str, back: str, said: str) -> None:
    with pytest.raises(PackError) as caught:
        _pack(tmp_path, yields, back)
    text = str(caught.value)
    assert said in text and "pack.yaml" in text and "/rules/" in text, text


def test_an_unknown_id_is_pointed_at_its_line_with_the_closest(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        _pack(tmp_path, "[VAL060]")
    assert caught.value.line == 13 and caught.value.field == "/rules/0/yields_to/0"
    assert "did you mean" in caught.value.message_en, caught.value.message_en


@pytest.mark.parametrize(("value", "told"), [
    ("≥105%", ["VAL003"]),  # above 100%: VAL003's error; SAT001's notice (难以核实) yields to it
    ("＝100%", ["SAT001"]),  # VAL003 silent: SAT001 tells it
    ("≥75%", ["SAT001"]),
])
def test_a_satisfaction_above_100_is_told_once(engine: Any, value: str, told: list[str]) -> None:
    text = _table().replace("孕产妇满意度, value: ≥90%", f"孕产妇满意度, value: \"{value}\"")
    found = [f.rule_id for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id in ("SAT001", "VAL003")]
    assert found == told

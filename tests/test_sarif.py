"""SARIF output: valid against the official OASIS 2.1.0 schema, and shaped the way GitHub
code scanning needs it (the schema does not check ids, indexes, URIs or limits)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import jsonschema
import pytest
from ci_helpers import BAD, LOADER_ONLY, REPO, SARIF_SCHEMA, SEED, json_findings, run_check, with_wrong_type

from ggtlint.engine.rule import RuleInfo, Text
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.reporters import ReportOptions
from ggtlint.reporters import sarif as sarif_module
from ggtlint.reporters.sarif import SarifReporter
from ggtlint.results import FileResult

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# The schema is draft-04, whose format checker knows "uri" but not the "uri-reference" that
# artifact locations use; check those with the full checker (rfc3986-validator, from the
# jsonschema[format-nongpl] extra).
URI_CHECKER = jsonschema.FormatChecker()


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    if not SARIF_SCHEMA.is_file():
        pytest.fail(f"the OASIS SARIF schema is missing: {SARIF_SCHEMA}")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def assert_valid(validator: jsonschema.Draft4Validator, log: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def assert_github_ready(log: dict[str, Any]) -> None:
    """What GitHub code scanning requires beyond the schema."""
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "ggtlint" and (driver.get("version") or driver.get("semanticVersion"))
    rules = driver["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids)), "duplicate rule ids are rejected by upload-sarif"
    for rule in rules:
        assert rule["id"].strip()
        assert 0 < len(rule["name"]) <= 255
        for key in ("shortDescription", "fullDescription"):
            assert 0 < len(rule[key]["text"].strip()) and len(rule[key]["text"]) <= 1024
        assert rule["help"]["text"].strip() and rule["help"]["markdown"].strip()
        assert rule["helpUri"].startswith("https://")
        assert rule["defaultConfiguration"]["level"] in ("note", "warning", "error")
        assert len(rule["properties"]["tags"]) <= 20
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["automationDetails"]["id"].startswith("ggtlint/")
    assert run["invocations"][0]["executionSuccessful"] is True
    base_uri = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base_uri.endswith("/") and URI_CHECKER.conforms(base_uri, "uri")
    assert isinstance(run["results"], list)
    assert len(run["results"]) <= sarif_module.MAX_RESULTS
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("note", "warning", "error")
        assert result["message"]["text"].strip() and "\n" not in result["message"]["text"]
        assert result["locations"], "GitHub needs a location on every result"
        physical = result["locations"][0]["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not uri.startswith(("/", "file:")) and ".." not in uri.split("/")
        assert uri == quote(unquote(uri), safe="/"), f"not percent-encoded: {uri}"
        assert uri.isascii() and URI_CHECKER.conforms(uri, "uri-reference"), uri
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
        fingerprints = result["partialFingerprints"]
        assert set(fingerprints) == {"ggtlint/v1"}, "leave primaryLocationLineHash to upload-sarif"


def sarif_run(tmp_path: Path, *args: object, cwd: Path) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    """Run once with SARIF and JSON outputs; return (exit code, SARIF log, JSON findings)."""
    sarif_path, json_path = tmp_path / "out.sarif", tmp_path / "out.json"
    run = run_check(*args, "--format", f"sarif:{sarif_path}", "--format", f"json:{json_path}", cwd=cwd)
    assert run.code in (0, 1), run.err
    raw = sarif_path.read_bytes()
    log = json.loads(raw.decode("utf-8"))
    return run.code, log, json_findings(json_path)


def test_seed_and_bad_fixtures_validate(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    code, log, findings = sarif_run(tmp_path, "fixtures/seed", "fixtures/bad", cwd=REPO)
    assert_valid(validator, log)
    assert_github_ready(log)
    results = log["runs"][0]["results"]
    # Every finding is one result, in order, with the same rule, place and fingerprint.
    assert [(r["ruleId"], unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]),
             r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["partialFingerprints"]["ggtlint/v1"]) for r in results] == \
           [(f["rule_id"], f["file"], f["line"], f["fingerprint"]) for f in findings]
    assert {"LOAD003", "LOAD004", "LOAD005", "LOAD007"} <= {r["ruleId"] for r in results}
    assert code == 1


def test_every_active_rule_listed_once_with_levels(tmp_path: Path) -> None:
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    _, log, _ = sarif_run(tmp_path, "fixtures/bad/empty.yaml", cwd=REPO)
    infos = Engine.build(Config()).rule_infos()
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(dict.fromkeys(info.id for info in infos))
    by_id = {r["id"]: r for r in rules}
    for info in infos:
        assert by_id[info.id]["defaultConfiguration"]["level"] == LEVEL[info.severity.value]
        assert by_id[info.id]["helpUri"] == info.help_uri
        assert info.family in by_id[info.id]["properties"]["tags"] or not info.family


def test_defects_with_chinese_file_names(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    work = tmp_path / "repo"
    (work / "项目 A").mkdir(parents=True)
    shutil.copy(BAD / "wrong-types.yaml", work / "人才引进.yaml")
    table = (SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")
    (work / "项目 A" / "表#1.yaml").write_text(with_wrong_type(table), encoding="utf-8")
    code, log, findings = sarif_run(tmp_path, ".", *LOADER_ONLY, cwd=work)
    assert code == 1
    assert_valid(validator, log)
    assert_github_ready(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {quote("人才引进.yaml"), "%E9%A1%B9%E7%9B%AE%20A/%E8%A1%A8%231.yaml"}
    assert {unquote(u) for u in uris} == {f["file"] for f in findings}
    # %SRCROOT% is the folder the paths are relative to.
    base = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert unquote(base).rstrip("/").endswith(str(work.resolve()).replace("\\", "/").lstrip("/"))
    # Columns are code points: "  total: " is 9 characters, so the value starts at 10.
    wrong = next(r for r in log["runs"][0]["results"] if r["locations"][0].get("logicalLocations", [{}])[0]
                 .get("fullyQualifiedName") == "/funds/total" and "A/" in r["locations"][0]["physicalLocation"]
                 ["artifactLocation"]["uri"])
    region = wrong["locations"][0]["physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"]) == (10, 10 + len("十五万元整"))


def test_format_checkers_are_active(validator: jsonschema.Draft4Validator) -> None:
    """Guards the checks above: formats are really checked, not silently passed."""
    assert not URI_CHECKER.conforms("人才 引进.yaml", "uri-reference"), \
        "install jsonschema[format-nongpl] so URI formats are checked"
    assert URI_CHECKER.conforms(quote("人才 引进.yaml"), "uri-reference")
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "not a uri"}},
                                         "results": []}]}
    assert list(validator.iter_errors(log)), "the draft-04 format checker should reject a bad 'uri'"


def test_clean_run_has_empty_results(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    (tmp_path / "empty-folder").mkdir()
    code, log, _ = sarif_run(tmp_path, "empty-folder", cwd=tmp_path)
    assert code == 0
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["tool"]["driver"]["rules"], "rules are listed even when nothing fired"
    assert_valid(validator, log)
    assert_github_ready(log)


def test_english_run(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    _, log, findings = sarif_run(tmp_path, "fixtures/bad/wrong-types.yaml", "--lang", "en", cwd=REPO)
    run = log["runs"][0]
    assert run["language"] == "en"
    assert [r["message"]["text"] for r in run["results"]] == [f["message_en"] for f in findings]
    assert_valid(validator, log)


def test_output_is_utf8_not_escaped(tmp_path: Path) -> None:
    run_check("fixtures/bad/wrong-types.yaml", "-f", "sarif", "-o", tmp_path / "o.sarif", cwd=REPO)
    text = (tmp_path / "o.sarif").read_bytes().decode("utf-8")
    assert "年度资金总额" in text and "\\u" not in text


def test_stable_automation_id_and_fingerprints(tmp_path: Path) -> None:
    first = sarif_run(tmp_path, "fixtures/bad", cwd=REPO)[1]["runs"][0]
    second = sarif_run(tmp_path, "fixtures/bad", cwd=REPO)[1]["runs"][0]
    assert first["automationDetails"] == second["automationDetails"]
    assert [r["partialFingerprints"] for r in first["results"]] == \
           [r["partialFingerprints"] for r in second["results"]]
    # pinned: a changed fingerprint would turn every baselined or dismissed alert into a new one
    t01 = sarif_run(tmp_path, "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", "--select", "VAL001", cwd=REPO)[1]
    [result] = t01["runs"][0]["results"]
    assert result["partialFingerprints"] == {"ggtlint/v1": "8c0e7f87a89e56226c5c955f1675137c"}


# -- the reporter on its own: levels, the results cap, odd inputs ------------------------

def _info(rule_id: str, severity: Severity, summary: str = "检查一件事。", description: str = "") -> RuleInfo:
    return RuleInfo(id=rule_id, name=rule_id.lower(), severity=severity, summary=Text(summary, "Checks a thing."),
                    description=Text(description or summary, "Checks a thing."), rationale=Text("因为。", "Because."),
                    fix=Text("改掉。", "Fix it."), source="财预〔2021〕101号", refs=("R1",), family="GGT")


def _finding(rule_id: str, severity: Severity, line: int, file: str = "a.yaml") -> Finding:
    return Finding(rule_id=rule_id, rule_name=rule_id.lower(), severity=severity, message_zh=f"问题 {line}",
                   message_en=f"problem {line}", file=file, line=line, column=1, end_line=line, end_column=3,
                   path=f"/indicators/{line}", value=str(line))


def _log(rules: list[RuleInfo], results: list[FileResult], **options: Any) -> dict[str, Any]:
    stream = io.StringIO()
    reporter = SarifReporter(stream, ReportOptions(base_dir=options.pop("base_dir", "."), **options))
    reporter.begin(rules)
    for result in results:
        reporter.file(result)
    reporter.end(Summary())
    return json.loads(stream.getvalue())


def test_level_mapping() -> None:
    rules = [_info("GGT001", Severity.ERROR), _info("GGT002", Severity.WARNING), _info("GGT003", Severity.INFO)]
    findings = [_finding("GGT001", Severity.ERROR, 1), _finding("GGT002", Severity.WARNING, 2),
                _finding("GGT003", Severity.INFO, 3), _finding("GGT003", Severity.ERROR, 4)]
    log = _log(rules, [FileResult("a.yaml", findings)])
    run = log["runs"][0]
    assert [r["defaultConfiguration"]["level"] for r in run["tool"]["driver"]["rules"]] == ["error", "warning", "note"]
    # A result's level is its own (a severity override), not necessarily the rule default.
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note", "error"]
    assert [r["ruleIndex"] for r in run["results"]] == [0, 1, 2, 2]


def test_results_cap_keeps_the_worst(monkeypatch: pytest.MonkeyPatch, validator: jsonschema.Draft4Validator) -> None:
    monkeypatch.setattr(sarif_module, "MAX_RESULTS", 5)
    rules = [_info("GGT001", Severity.ERROR), _info("GGT002", Severity.WARNING), _info("GGT003", Severity.INFO)]
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.ERROR,
             Severity.WARNING, Severity.INFO, Severity.WARNING, Severity.ERROR, Severity.INFO, Severity.WARNING,
             Severity.INFO]
    ids = {Severity.ERROR: "GGT001", Severity.WARNING: "GGT002", Severity.INFO: "GGT003"}
    files = [FileResult(f"f{i}.yaml", [_finding(ids[s], s, i + 1, f"f{i}.yaml")]) for i, s in enumerate(order[:3])]
    files.append(FileResult("big.yaml", [_finding(ids[s], s, i + 1, "big.yaml") for i, s in enumerate(order[3:])]))
    log = _log(rules, files)
    assert_valid(validator, log)
    results = log["runs"][0]["results"]
    assert len(results) == 5
    # all three errors, then the two earliest warnings; written in run order
    assert sorted(r["level"] for r in results) == ["error"] * 3 + ["warning"] * 2
    lines = [(unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]),
              r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results]
    assert lines == [("f1.yaml", 2), ("f2.yaml", 3), ("big.yaml", 1), ("big.yaml", 3), ("big.yaml", 7)]
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "8" in notes[0]["message"]["text"] and "5" in notes[0]["message"]["text"]


def test_long_texts_duplicates_and_unknown_rules(validator: jsonschema.Draft4Validator) -> None:
    long_rule = _info("GGT001", Severity.ERROR, summary="很长" * 700, description="更长" * 900)
    log = _log([long_rule, _info("GGT001", Severity.WARNING)],
               [FileResult("a.yaml", [_finding("XYZ999", Severity.WARNING, 1), _finding("GGT001", Severity.ERROR, 2)])])
    assert_valid(validator, log)
    assert_github_ready(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["GGT001", "XYZ999"]
    assert len(rules[0]["shortDescription"]["text"]) <= 1024 and len(rules[0]["fullDescription"]["text"]) <= 1024
    assert "财预〔2021〕101号" in rules[0]["help"]["text"] and "R1" in rules[0]["properties"]["tags"]


def test_files_outside_base_get_absolute_uris(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    inside, outside = tmp_path / "base", tmp_path / "elsewhere" / "表.yaml"
    inside.mkdir()
    log = _log([_info("GGT001", Severity.ERROR)],
               [FileResult(str(outside), [_finding("GGT001", Severity.ERROR, 1, str(outside))])], base_dir=str(inside))
    assert_valid(validator, log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"].startswith("file:///") and "uriBaseId" not in location
    assert unquote(location["uri"]).endswith("elsewhere/表.yaml")


def _replaced(text: str, replacements: list[dict[str, Any]]) -> str:
    """``text`` with SARIF replacements made (one-line regions; columns in code points)."""
    lines = text.split("\n")
    for change in sorted(replacements, key=lambda r: (r["deletedRegion"]["startLine"],
                                                      r["deletedRegion"]["startColumn"]), reverse=True):
        region = change["deletedRegion"]
        number = region["startLine"] - 1
        line = lines[number]
        lines[number] = (line[:region["startColumn"] - 1] + change["insertedContent"]["text"]
                         + line[region["endColumn"] - 1:])
    return "\n".join(lines)


def test_fixes_are_the_changes_fix_makes(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    """Each fix --fix would make is a SARIF fix too, and making the SARIF replacements gives the
    very text --fix --unsafe-fixes writes (the seed's real slips: category names, a trailing
    space, a doubled word, a name cut short)."""
    folder = tmp_path / "seed"
    shutil.copytree(REPO / "fixtures" / "seed", folder)
    _, log, _ = sarif_run(tmp_path, folder, cwd=tmp_path)
    assert_valid(validator, log)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for result in log["runs"][0]["results"]:
        for fix in result.get("fixes", []):
            (change,) = fix["artifactChanges"]
            by_file.setdefault(unquote(change["artifactLocation"]["uri"]), []).extend(change["replacements"])
    assert sorted(Path(name).name for name in by_file) == [
        "t02-sanzhi-yifu-buzhu-2022.yaml", "t12-jinbao-wangluo-anquan.yaml", "t13-shiye-danwei-dengbao.yaml",
        "t17-wen-jiuye.yaml"]
    expected = {name: _replaced((folder / Path(name).name).read_text(encoding="utf-8"), changes)
                for name, changes in by_file.items()}
    run_check(folder, "--fix", "--unsafe-fixes", "--no-cache", cwd=tmp_path)
    for name, text in expected.items():
        assert (folder / Path(name).name).read_text(encoding="utf-8") == text


def test_a_syntax_slip_s_fix_is_a_sarif_fix(tmp_path: Path, validator: jsonschema.Draft4Validator) -> None:
    """The mend of a slip that stops the file being read (value: >=200人) is a SARIF fix too, and
    making it gives what --fix writes."""
    table = tmp_path / "t.yaml"
    table.write_text((REPO / "fixtures" / "seed" / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
                     .replace("value: ≥", "value: >=", 1), encoding="utf-8")
    _, log, _ = sarif_run(tmp_path, table, cwd=tmp_path)
    assert_valid(validator, log)
    (slip,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "LOAD003"]
    (change,) = slip["fixes"][0]["artifactChanges"]
    expected = _replaced(table.read_text(encoding="utf-8"), change["replacements"])
    run_check(table, "--fix", "--no-cache", cwd=tmp_path)
    assert table.read_text(encoding="utf-8") == expected and 'value: ">=' in expected

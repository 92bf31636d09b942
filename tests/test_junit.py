"""JUnit XML output, read back with junitparser (a real JUnit consumer)."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from ci_helpers import BAD, LOADER_ONLY, REPO, SEED, json_findings, run_check, with_wrong_type

junitparser = pytest.importorskip("junitparser", reason="junitparser is a test dependency: pip install -e '.[test]'")
from junitparser import Failure, JUnitXml  # noqa: E402

SEVERITY_WORD = {"error": "错误", "warning": "警告", "info": "提示"}


def junit_run(tmp_path: Path, *args: object, cwd: Path) -> tuple[int, JUnitXml, list[dict], dict]:
    xml_path, json_path = tmp_path / "junit.xml", tmp_path / "out.json"
    run = run_check(*args, "-f", f"junit:{xml_path}", "-f", f"json:{json_path}", cwd=cwd)
    assert run.code in (0, 1), run.err
    summary = json.loads(json_path.read_text(encoding="utf-8"))["summary"]
    return run.code, JUnitXml.fromfile(str(xml_path)), json_findings(json_path), summary


def failure_lines(case) -> list[str]:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for result in case.result:
        if isinstance(result, Failure):
            lines += [line for line in (result.text or "").splitlines() if line.strip()]
    return lines


def test_counts_match_the_run(tmp_path: Path) -> None:
    code, xml, findings, summary = junit_run(tmp_path, "fixtures/seed", "fixtures/bad", cwd=REPO)
    suites = list(xml)
    assert len(suites) == summary["files"]
    by_file = Counter(f["file"] for f in findings if f["severity"] == "error")
    total_cases = failed_cases = 0
    for suite in suites:
        cases = list(suite)
        assert suite.tests == len(cases) >= 1
        failing = [c for c in cases if not c.is_passed]
        assert suite.failures == len(failing)
        total_cases += len(cases)
        failed_cases += len(failing)
        # failures carry exactly the file's error-level findings (plus any lesser ones beside them)
        errors_listed = sum(1 for c in failing for line in failure_lines(c) if f" {SEVERITY_WORD['error']} " in line)
        assert errors_listed == by_file.get(suite.name, 0), suite.name
        if suite.name not in by_file:
            assert all(c.is_passed for c in cases), f"{suite.name} has no errors but a failing testcase"
    xml.update_statistics()
    assert xml.tests == total_cases and xml.failures == failed_cases
    assert failed_cases >= 6  # every bad fixture except the (valid) GBK file
    assert code == (1 if by_file else 0)


def test_failures_carry_rule_message_and_position(tmp_path: Path) -> None:
    _, xml, findings, _ = junit_run(tmp_path, "fixtures/bad/wrong-types.yaml", *LOADER_ONLY, cwd=REPO)
    (suite,) = list(xml)
    (case,) = list(suite)
    failure = next(r for r in case.result if isinstance(r, Failure))
    assert "LOAD005" in failure.type
    lines = failure_lines(case)
    expected = [f"{f['line']}:{f['column']} {SEVERITY_WORD[f['severity']]} {f['rule_id']} {f['rule_name']}: "
                f"{f['message']}" for f in findings]
    assert len(lines) == len(expected)
    for line, start in zip(lines, expected):
        assert line.startswith(start)
    assert failure.message.startswith(f"{len(findings)} 个问题")


def test_clean_tables_pass_and_multi_table_files_split(tmp_path: Path) -> None:
    table = (SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")
    other = (SEED / "t10-jiuye-buzhu.yaml").read_text(encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    (work / "clean.yaml").write_text(table, encoding="utf-8")
    # three tables in one file; only the second has a defect
    (work / "multi.yaml").write_text(f"{table}\n---\n{with_wrong_type(other)}\n---\n{table}", encoding="utf-8")
    _, xml, findings, summary = junit_run(tmp_path, ".", *LOADER_ONLY, cwd=work)
    suites = {s.name: list(s) for s in xml}
    assert set(suites) == {"clean.yaml", "multi.yaml"}
    assert [c.is_passed for c in suites["clean.yaml"]] == [True]
    assert [c.is_passed for c in suites["multi.yaml"]] == [True, False, True]
    assert "LOAD005" in failure_lines(suites["multi.yaml"][1])[0]
    assert summary["tables"] == 4


def test_warnings_pass_unless_fail_on_warning(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    table = (SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")
    (work / "warn.yaml").write_text(table.replace("goal: |", "goals_extra: 1\ngoal: |", 1), encoding="utf-8")
    _, xml, _, _ = junit_run(tmp_path, ".", *LOADER_ONLY, cwd=work)
    (case,) = list(next(iter(xml)))
    assert case.is_passed and "LOAD006" in (case.system_out or "")
    _, xml, _, _ = junit_run(tmp_path, ".", *LOADER_ONLY, "--fail-on", "warning", cwd=work)
    (case,) = list(next(iter(xml)))
    assert not case.is_passed and "LOAD006" in failure_lines(case)[0]


def test_special_characters_are_escaped(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    table = (SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")
    key = 'a<b>&"c"'
    (work / "x&y.yaml").write_text(table.replace("goal: |", f"'{key}': 1\ngoal: |", 1), encoding="utf-8")
    shutil.copy(BAD / "broken.yaml", work / "broken.yaml")
    _, xml, findings, _ = junit_run(tmp_path, ".", *LOADER_ONLY, "--fail-on", "warning", cwd=work)
    suites = {s.name: list(s) for s in xml}
    assert "x&y.yaml" in suites
    assert any(key in line for line in failure_lines(suites["x&y.yaml"][0]))

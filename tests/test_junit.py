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


# -- the hand-written XML is what ElementTree wrote ------------------------------------------

def _element_tree_junit(results: list, options) -> str:  # type: ignore[no-untyped-def]
    """The XML as the reporter wrote it with ElementTree before it streamed suites to disk
    (the element building kept as it was): the reference the text writer must match byte for byte."""
    import io
    import xml.etree.ElementTree as ET

    from ggtlint.reporters.junit import _WORDS, JunitReporter, finding_line, problem_count, xml_safe

    helper = JunitReporter(io.StringIO(), options)  # for its testcase split, which is not under test
    lang = helper.lang
    root = ET.Element("testsuites", {"name": "ggtlint"})
    suites: dict = {}
    tests = failures = 0
    for result in results:
        path = xml_safe(result.path)
        suite = suites.get(path) if result.cross_table else None
        if suite is None:
            suite = ET.SubElement(root, "testsuite", {"name": path})
            suites[path] = suite
        failed = failures_before = int(suite.get("failures", "0"))
        earlier = int(suite.get("tests", "0"))
        cases = ([(_WORDS[lang]["cross"], list(result.findings))] if result.cross_table
                 else helper._cases(result))
        for name, findings in cases:
            case = ET.SubElement(suite, "testcase", {"name": xml_safe(name), "classname": path, "file": path,
                                                     "time": "0"})
            failing = [f for f in findings if f.severity.rank >= options.fail_rank]
            lines = xml_safe("\n".join(finding_line(f, lang) for f in findings))
            if failing:
                failed += 1
                first = failing[0]
                message = (f"{problem_count(len(findings), lang)}: "
                           f"{first.rule_id} {' '.join(first.message(lang).split())}")
                failure = ET.SubElement(case, "failure", {"type": " ".join(sorted({f.rule_id for f in failing})),
                                                          "message": xml_safe(message)})
                failure.text = lines
            elif findings:
                ET.SubElement(case, "system-out").text = lines
        for key, value in (("tests", earlier + len(cases)), ("failures", failed), ("errors", 0), ("skipped", 0),
                           ("time", 0)):
            suite.set(key, str(value))
        tests += len(cases)
        failures += failed - failures_before
    for key, value in (("tests", tests), ("failures", failures), ("errors", 0), ("time", 0)):
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _awkward_results() -> list:  # type: ignore[no-untyped-def]
    """Results no fixture gives: markup, quotes, line breaks and tabs in paths, labels and
    messages; characters XML cannot carry; two paths that read the same once those are replaced;
    a file with no finding; cross-table findings joining earlier suites."""
    from ggtlint.findings import Finding, Severity
    from ggtlint.results import FileResult

    def finding(file: str, severity: Severity, message: str, document: int = 0) -> Finding:
        return Finding("VAL001", "名称 <&>", severity, message, message + " (en)", file, 3, 5, 3, 9, "/goal",
                       None, document, "v", "", "", {})

    odd = 'x "引号" <&> \'单\'\t制表.yaml'
    return [
        FileResult(path=odd, findings=[finding(odd, Severity.ERROR, "行一\n行二\r\n\t缩进 ]]> &amp;")],
                   tables=1, table_labels=['标签 "甲" <乙>\n第二行']),
        FileResult(path="a\x01.yaml", findings=[finding("a\x01.yaml", Severity.ERROR, "响\x07铃 \x1b[31m 孤\ud800")],
                   tables=1, table_labels=["A"]),
        FileResult(path="a\x02.yaml", findings=[finding("a\x02.yaml", Severity.WARNING, "警告")], tables=1,
                   table_labels=["B"]),
        FileResult(path="clean.yaml", tables=2, table_labels=["一", "二"]),
        FileResult(path="two.yaml", tables=2, table_labels=["一", "二"],
                   findings=[finding("two.yaml", Severity.INFO, "提示", 1), finding("two.yaml", Severity.ERROR, "错", 3)]),
        FileResult(path="a\x01.yaml", findings=[finding("a\x01.yaml", Severity.ERROR, "跨表")], cross_table=True),
        FileResult(path=odd, findings=[finding(odd, Severity.INFO, "跨表 <提示>")], cross_table=True),
        FileResult(path="new-in-the-cross-pass.yaml", findings=[finding("x", Severity.WARNING, "w")], cross_table=True),
    ]


@pytest.mark.parametrize("lang, fail_on", [("zh", "error"), ("en", "warning"), ("zh", "info")])
def test_the_xml_is_byte_identical_to_element_tree(lang: str, fail_on: str) -> None:
    """Every seed and bad fixture (with the cross-table results of the run) and awkward results."""
    import io

    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.findings import Severity, Summary
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.parallel import iter_results
    from ggtlint.reporters import ReportOptions
    from ggtlint.reporters.junit import JunitReporter
    from ggtlint.run import RunOptions, collect_files

    engine = Engine.build(Config())
    files = collect_files(engine, RunOptions(paths=[SEED, BAD], base=REPO))
    results = list(iter_results(engine, files, DEFAULT_LIMITS, jobs=1)) + _awkward_results()
    assert any(r.cross_table for r in results) and any(r.tables > 1 for r in results)
    options = ReportOptions(lang=lang, fail_rank=Severity(fail_on).rank)
    for batch in (results, []):
        out = io.StringIO()
        reporter = JunitReporter(out, options)
        reporter.begin(engine.rule_infos())
        for result in batch:
            reporter.file(result)
        reporter.end(Summary())
        assert out.getvalue() == _element_tree_junit(batch, options)


def test_files_whose_names_read_the_same_keep_a_suite_each(tmp_path: Path) -> None:
    """Two names that differ only in a character XML cannot carry: both files keep their suite,
    and the counts of the root match the suites written."""
    import io

    from ggtlint.findings import Summary
    from ggtlint.reporters import ReportOptions
    from ggtlint.reporters.junit import JunitReporter

    out = io.StringIO()
    reporter = JunitReporter(out, ReportOptions())
    for result in _awkward_results():
        reporter.file(result)
    reporter.end(Summary())
    (tmp_path / "j.xml").write_text(out.getvalue(), encoding="utf-8")
    xml = JUnitXml.fromfile(str(tmp_path / "j.xml"))
    suites = [(suite.name, suite.tests, suite.failures) for suite in xml]
    assert [s for s in suites if s[0] == "a\ufffd.yaml"] == [("a\ufffd.yaml", 1, 1), ("a\ufffd.yaml", 2, 1)]
    assert xml.tests == sum(s[1] for s in suites) == 11 and xml.failures == sum(s[2] for s in suites)


def test_files_in_the_folders_that_could_not_be_read_are_failed_tests(tmp_path: Path) -> None:
    """A folder with a clean table and an .xls ggtlint cannot read: the run exits 1, and the JUnit
    report said tests="1" failures="0" (GitLab showed a green report on a red job)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "t04-jiuye-buzhu-2023.yaml", folder / "t04.yaml")
    (folder / "旧表.xls").write_bytes(b"x")
    run = run_check("in", "--no-cache", "--select", "VAL", "-f", "junit:out.xml", cwd=tmp_path)
    assert run.code == 1
    suites = {suite.name: suite for suite in JUnitXml.fromfile(str(tmp_path / "out.xml"))}
    unread = suites["in/旧表.xls"]
    assert (unread.tests, unread.failures) == (1, 1)
    [case] = list(unread)
    assert isinstance(case.result[0], Failure) and "另存为 .xlsx" in case.result[0].message
    lenient = run_check("in", "--no-cache", "--select", "VAL", "-f", "junit:lenient.xml", "--exit-zero", cwd=tmp_path)
    assert lenient.code == 0
    skipped = {suite.name: suite for suite in JUnitXml.fromfile(str(tmp_path / "lenient.xml"))}["in/旧表.xls"]
    assert (skipped.failures, skipped.skipped) == (0, 1)

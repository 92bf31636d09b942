"""JUnit XML output for CI systems that show test reports (GitLab ``artifacts:reports:junit``).

One ``<testsuite>`` per checked file. A file with one table (or none, when it could not be
loaded) is one ``<testcase>``; a file with several tables gets one testcase per table. A
testcase fails when it has findings at or above the fail level: its single ``<failure>``
carries the rule ids and lists every finding as ``line:col level RULE name: message``.
Findings below the fail level leave the testcase passing and are listed in
``<system-out>``. The XML is built with ElementTree, which does the escaping.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import IO

from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.reporters import ReportOptions
from ggtlint.results import FileResult

_WORDS = {
    "zh": {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示",
           "count": "{n} 个问题", "table": "表", "cross": "跨表检查 cross-table"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info",
           "count": "{n} problem(s)", "table": "table", "cross": "cross-table"},
}

# Characters XML 1.0 cannot hold even escaped (a binary file's bytes can reach a message).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def finding_line(finding: Finding, lang: str) -> str:
    """One finding as one line of failure text."""
    words = _WORDS[lang]
    where = f" [{finding.path}]" if finding.path else ""
    return (f"{finding.line}:{finding.column} {words[finding.severity]} {finding.rule_id} "
            f"{finding.rule_name}: {' '.join(finding.message(lang).split())}{where}")


class JunitReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = "en" if options.lang == "en" else "zh"
        self.root = ET.Element("testsuites", {"name": "ggtlint"})
        self.tests = 0
        self.failures = 0
        self._suites: dict[str, ET.Element] = {}

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def _cases(self, result: FileResult) -> list[tuple[str, list[Finding]]]:
        """(testcase name, findings) for each table of the file, or one for the whole file."""
        if result.tables <= 1:
            name = result.table_labels[0] if result.table_labels and result.tables == 1 else result.path
            return [(name, list(result.findings))]
        by_document: dict[int, list[Finding]] = defaultdict(list)
        for finding in result.findings:
            by_document[finding.document].append(finding)
        documents = sorted(set(range(result.tables)) | set(by_document))
        # table_labels follow the tables, which match document numbers only when every
        # document is a table; otherwise name a testcase after its findings' table.
        labels_match = max(documents) < len(result.table_labels)
        cases = []
        for document in documents:
            found = by_document.get(document, [])
            label = next((f.table for f in found if f.table), None)
            if label is None and labels_match:
                label = result.table_labels[document]
            title = f"{_WORDS[self.lang]['table']} {document + 1}"
            cases.append((f"{title}: {label}" if label else title, found))
        return cases

    def file(self, result: FileResult) -> None:
        path = xml_safe(result.path)
        # Cross-table findings (XT rules, after every file) join the file's own suite as one more
        # testcase, so there is still one suite per checked file.
        suite = self._suites.get(path) if result.cross_table else None
        if suite is None:
            suite = ET.SubElement(self.root, "testsuite", {"name": path})
            self._suites[path] = suite
        failed = failures_before = int(suite.get("failures", "0"))
        earlier = int(suite.get("tests", "0"))
        cases = ([(_WORDS[self.lang]["cross"], list(result.findings))] if result.cross_table
                 else self._cases(result))
        for name, findings in cases:
            case = ET.SubElement(suite, "testcase", {
                "name": xml_safe(name), "classname": path, "file": path, "time": "0"})
            failing = [f for f in findings if f.severity.rank >= self.options.fail_rank]
            lines = xml_safe("\n".join(finding_line(f, self.lang) for f in findings))
            if failing:
                failed += 1
                rule_ids = sorted({f.rule_id for f in failing})
                first = failing[0]
                message = (f"{_WORDS[self.lang]['count'].format(n=len(findings))}: "
                           f"{first.rule_id} {' '.join(first.message(self.lang).split())}")
                failure = ET.SubElement(case, "failure", {"type": " ".join(rule_ids), "message": xml_safe(message)})
                failure.text = lines
            elif findings:
                ET.SubElement(case, "system-out").text = lines
        suite.set("tests", str(earlier + len(cases)))
        suite.set("failures", str(failed))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        suite.set("time", "0")
        self.tests += len(cases)
        self.failures += failed - failures_before

    def end(self, summary: Summary) -> None:
        self.root.set("tests", str(self.tests))
        self.root.set("failures", str(self.failures))
        self.root.set("errors", "0")
        self.root.set("time", "0")
        ET.indent(self.root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(self.root, encoding="unicode"))
        self.stream.write("\n")

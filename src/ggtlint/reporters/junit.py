"""JUnit XML output for CI systems that show test reports (GitLab ``artifacts:reports:junit``).

One ``<testsuite>`` per checked file. A file with one table (or none, when it could not be
loaded) is one ``<testcase>``; a file with several tables gets one testcase per table. A
testcase fails when it has findings at or above the fail level: its single ``<failure>``
carries the rule ids and lists every finding as ``line:col level RULE name: message``.
Findings below the fail level leave the testcase passing and are listed in
``<system-out>``. The XML is written here as text, one suite at a time (the same bytes
ElementTree would write, indented); finished suites wait in a temporary file until the root's
counts are known, so memory does not grow with the run.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from typing import IO

from ggtlint.atomic import spool
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
        self.tests = 0
        self.failures = 0
        # Each file's suite, serialised, waits in a temporary file until the end (the root's
        # counts come first in the XML): memory stays flat however many files a run checks.
        # path -> (offset, length, tests, failures) of its suite there, in the order the suites
        # were made.
        self._spool: IO[bytes] = spool()
        self._suites: dict[str, tuple[int, int, int, int]] = {}

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
        cases = ([(_WORDS[self.lang]["cross"], list(result.findings))] if result.cross_table
                 else self._cases(result))
        body, failed = self._testcases(path, cases)
        self.tests += len(cases)
        self.failures += failed
        # Cross-table findings (XT rules, after every file) join the file's own suite as one more
        # testcase, so there is still one suite per checked file: its stored testcases are extended.
        stored = self._suites.get(path) if result.cross_table else None
        tests, failures = len(cases), failed
        if stored is not None:
            offset, length, earlier, failed_before = stored
            self._spool.seek(offset)
            old = self._spool.read(length).decode("utf-8")
            body = old[old.index(">") + 1:-len(_SUITE_END)] + body  # the old start tag goes: its counts change
            tests, failures = earlier + tests, failed_before + failures
        data = (f'<testsuite name="{_attribute(path)}" tests="{tests}" failures="{failures}" errors="0" '
                f'skipped="0" time="0">{body}{_SUITE_END}').encode("utf-8")
        self._spool.seek(0, io.SEEK_END)  # a rewritten suite goes to the end; its old bytes are skipped
        self._suites[path] = (self._spool.tell(), len(data), tests, failures)
        self._spool.write(data)

    def _testcases(self, path: str, cases: list[tuple[str, list[Finding]]]) -> tuple[str, int]:
        """The ``<testcase>`` elements of each (name, findings), indented, and how many fail."""
        out: list[str] = []
        failed = 0
        where = _attribute(path)
        for name, findings in cases:
            head = f'\n    <testcase name="{_attribute(xml_safe(name))}" classname="{where}" file="{where}" time="0"'
            failing = [f for f in findings if f.severity.rank >= self.options.fail_rank]
            lines = _text(xml_safe("\n".join(finding_line(f, self.lang) for f in findings)))
            if failing:
                failed += 1
                rule_ids = sorted({f.rule_id for f in failing})
                first = failing[0]
                message = (f"{_WORDS[self.lang]['count'].format(n=len(findings))}: "
                           f"{first.rule_id} {' '.join(first.message(self.lang).split())}")
                out.append(f'{head}>\n      <failure type="{_attribute(" ".join(rule_ids))}" '
                           f'message="{_attribute(xml_safe(message))}">{lines}</failure>\n    </testcase>')
            elif findings:
                out.append(f"{head}>\n      <system-out>{lines}</system-out>\n    </testcase>")
            else:
                out.append(f"{head} />")
        return "".join(out), failed

    def end(self, summary: Summary) -> None:
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        root = f'<testsuites name="ggtlint" tests="{self.tests}" failures="{self.failures}" errors="0" time="0"'
        if not self._suites:
            self.stream.write(root + " />\n")
            return
        self.stream.write(root + ">")
        for offset, length, _tests, _failures in self._suites.values():
            self._spool.seek(offset)
            self.stream.write("\n  " + self._spool.read(length).decode("utf-8"))
        self.stream.write("\n</testsuites>\n")
        self._spool.close()


_SUITE_END = "\n  </testsuite>"


def _attribute(text: str) -> str:
    """An attribute value escaped for double quotes; line breaks and tabs as character references."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("\r", "&#13;"),
                           ("\n", "&#10;"), ("\t", "&#09;")):
        if plain in text:
            text = text.replace(plain, escaped)
    return text


def _text(text: str) -> str:
    """Element text escaped."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        if plain in text:
            text = text.replace(plain, escaped)
    return text

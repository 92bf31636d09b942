"""JUnit XML output for CI systems that show test reports (GitLab ``artifacts:reports:junit``).

One ``<testsuite>`` per checked file. A file with one table (or none, when it could not be
loaded) is one ``<testcase>``; a file with several tables gets one testcase per table. A
testcase fails when it has findings at or above the fail level: its single ``<failure>``
carries the rule ids and lists every finding as ``line:col level RULE name: message`` (``Sheet!Cell`` for a workbook).
Findings below the fail level leave the testcase passing and are listed in
``<system-out>``. The XML is written here as text, one suite at a time (the same bytes
ElementTree would write, indented); finished suites wait in a temporary file until the root's
counts are known, so memory does not grow with the run.
"""

from __future__ import annotations

import re

from collections import defaultdict
from typing import IO

from ggtlint.atomic import Spool
from ggtlint.engine.rule import RuleInfo
from ggtlint.english import counted
from ggtlint.findings import Finding, Summary
from ggtlint.reporters import NOT_XML, ReportOptions, not_checked_message, xml_attribute, xml_text
from ggtlint.results import FileResult
from ggtlint.lazyregex import lazy_pattern

_UNNAMED = lazy_pattern(r"#\d+")  # how a table without a project name is labelled (Table.label)
_WORDS = {
    "zh": {"table": "表", "cross": "跨表检查 cross-table"},
    "en": {"table": "table", "cross": "cross-table"},
}


def xml_safe(text: str) -> str:
    """``text`` with each character XML cannot carry replaced by U+FFFD."""
    return NOT_XML.sub("\ufffd", text)


def problem_count(count: int, lang: str) -> str:
    """How many findings a failing test case has, at the head of its failure message."""
    return counted(count, "problem") if lang == "en" else f"{count} 个问题"


def finding_line(finding: Finding, lang: str) -> str:
    """One finding as one line of failure text."""
    where = f" [{finding.path}]" if finding.path else ""
    return (f"{finding.place} {finding.severity.word(lang)} {finding.rule_id} "
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
        # Per suite, in output order: (its record in the spool, tests, failures).
        self._spool = Spool()
        self._suites: list[tuple[int, int, int]] = []
        self._latest: dict[str, int] = {}  # path -> its (latest) suite, which cross-table findings join

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def _cases(self, result: FileResult) -> list[tuple[str, list[Finding]]]:
        """(testcase name, findings) for each table of the file, or one for the whole file."""
        if result.tables <= 1:
            label = result.table_labels[0] if result.table_labels and result.tables == 1 else ""
            # a table without a project name is labelled by its position ("#1"): the file names it better
            return [(label if label and not _UNNAMED.fullmatch(label) else result.path, list(result.findings))]
        by_document: dict[int, list[Finding]] = defaultdict(list)
        for finding in result.findings:
            by_document[finding.document].append(finding)
        label_of = dict(zip(result.documents_of_tables(), result.table_labels))
        documents = sorted(set(label_of) | set(by_document))
        cases = []
        for document in documents:
            found = by_document.get(document, [])
            label = label_of.get(document) or next((f.table for f in found if f.table), None)
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
        tests, failures = len(cases), failed
        # Cross-table findings (XT rules, after every file) join the file's own suite as one more
        # testcase, so there is still one suite per checked file: its stored testcases are extended.
        suite = self._latest.get(path) if result.cross_table else None
        if suite is not None:
            record, earlier, failed_before = self._suites[suite]
            old = self._spool.read(record).decode("utf-8")
            body = old[old.index(">") + 1:-len(_SUITE_END)] + body  # the old start tag goes: its counts change
            tests, failures = earlier + tests, failed_before + failures
        record = self._spool.append((f'<testsuite name="{xml_attribute(path)}" tests="{tests}" failures="{failures}" '
                                     f'errors="0" skipped="0" time="0">{body}{_SUITE_END}').encode("utf-8"))
        if suite is None:
            self._latest[path] = len(self._suites)
            self._suites.append((record, tests, failures))
        else:  # the rewritten suite keeps its place; its old record is skipped
            self._suites[suite] = (record, tests, failures)

    def _testcases(self, path: str, cases: list[tuple[str, list[Finding]]]) -> tuple[str, int]:
        """The ``<testcase>`` elements of each (name, findings), indented, and how many fail."""
        out: list[str] = []
        failed = 0
        where = xml_attribute(path)
        for name, findings in cases:
            head = f'\n    <testcase name="{xml_attribute(xml_safe(name))}" classname="{where}" file="{where}" time="0"'
            failing = [f for f in findings if f.severity.rank >= self.options.fail_rank]
            lines = xml_text(xml_safe("\n".join(finding_line(f, self.lang) for f in findings)))
            if failing:
                failed += 1
                rule_ids = sorted({f.rule_id for f in failing})
                first = failing[0]
                message = (f"{problem_count(len(findings), self.lang)}: "
                           f"{first.rule_id} {' '.join(first.message(self.lang).split())}")
                out.append(f'{head}>\n      <failure type="{xml_attribute(" ".join(rule_ids))}" '
                           f'message="{xml_attribute(xml_safe(message))}">{lines}</failure>\n    </testcase>')
            elif findings:
                out.append(f"{head}>\n      <system-out>{lines}</system-out>\n    </testcase>")
            else:
                out.append(f"{head} />")
        return "".join(out), failed

    def _not_checked(self) -> list[str]:
        """A suite for each file in the folders that ggtlint could not read: a failed test when
        the run fails with it (a report passing on a failing run hid it), else a skipped one."""
        suites = []
        fails = self.options.unread_fails
        for path, zh, en in self.options.not_checked:
            where = xml_attribute(xml_safe(path))
            said = xml_attribute(xml_safe(not_checked_message(zh, en, self.lang)))
            inner = f'<failure type="not-checked" message="{said}" />' if fails else f'<skipped message="{said}" />'
            suites.append(f'<testsuite name="{where}" tests="1" failures="{int(fails)}" errors="0" '
                          f'skipped="{int(not fails)}" time="0">\n    <testcase name="{where}" classname="{where}" '
                          f'file="{where}" time="0">\n      {inner}\n    </testcase>{_SUITE_END}')
        self.tests += len(suites)
        self.failures += len(suites) if fails else 0
        return suites

    def end(self, summary: Summary) -> None:
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        unread = self._not_checked()
        root = f'<testsuites name="ggtlint" tests="{self.tests}" failures="{self.failures}" errors="0" time="0"'
        try:
            if not self._suites and not unread:
                self.stream.write(root + " />\n")
                return
            self.stream.write(root + ">")
            for record, _tests, _failures in self._suites:
                self.stream.write("\n  " + self._spool.read(record).decode("utf-8"))
            for suite in unread:
                self.stream.write("\n  " + suite)
            self.stream.write("\n</testsuites>\n")
        finally:
            self._spool.close()


_SUITE_END = "\n  </testsuite>"

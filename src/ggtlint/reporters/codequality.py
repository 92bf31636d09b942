"""GitLab Code Quality report: a JSON array of issues, shown in a merge request's widget and its diff.

A finance bureau or department that keeps its target files in a self-hosted GitLab gets each finding
beside the changed line: the job writes the report and declares it under ``artifacts: reports:
codequality``. GitLab reads a subset of the Code Climate issue format: ``description``,
``check_name``, ``fingerprint``, ``severity`` (``info``, ``minor``, ``major``, ``critical``,
``blocker``) and ``location`` (``path`` relative to the repository, ``lines.begin``).

GitLab tells new findings from fixed ones by comparing fingerprints between the merge request's
pipeline and its target branch's, and shows only the first issue of a fingerprint. So each is the
file's path and the finding's own fingerprint (rule, table, field, value: not the line, which moves
when rows are added above), with a count for the rare finding made twice on one field. The array is
streamed, one issue a line, so a bulk run holds nothing for the whole run. An empty report is ``[]``, which
a later run walking the folder cannot tell from any other empty list: write it outside the checked folders.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import IO

from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.reporters import ReportOptions, not_checked_message
from ggtlint.results import FileResult

# an error sends the table back (major); a warning is asked to be fixed (minor); a notice is for reading
SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
NOT_CHECKED = "ggtlint/not-checked"
# first in every issue, as the Code Climate format has them (GitLab passes them over): they also tell a later
# run walking the folder that the file is ggtlint's report, not a table (ggtlint.own_files)
_HEAD = {"type": "issue", "engine_name": "ggtlint"}


def report_path(file: str, base_dir: str) -> str:
    """``file`` as GitLab names it: relative to ``base_dir`` (the repository, where the job runs) with
    '/' separators; a file outside it keeps its absolute path (GitLab shows it, unlinked)."""
    base = os.path.abspath(base_dir)
    absolute = os.path.abspath(file if os.path.isabs(file) else os.path.join(base, file))
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        return absolute
    if relative.split(os.sep)[0] == os.pardir:
        return absolute
    return relative.replace(os.sep, "/")


def issue_fingerprint(path: str, own: str, repeat: int) -> str:
    """A fingerprint unique in the report and stable while the file's other rows move: the report path,
    the finding's own fingerprint, and how many findings of that fingerprint came before it in the file."""
    return hashlib.md5(f"{path}\0{own}\0{repeat}".encode("utf-8", "surrogateescape"), usedforsecurity=False).hexdigest()


class CodeQualityReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.english = options.lang == "en"
        self.count = 0

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def _write(self, issue: dict[str, object]) -> None:
        self.stream.write(("[\n" if not self.count else ",\n") + json.dumps(issue, ensure_ascii=False))
        self.count += 1

    def file(self, result: FileResult) -> None:
        lang = "en" if self.english else "zh"
        path = report_path(result.path, self.options.base_dir)
        seen: dict[str, int] = {}
        for finding in result.findings:
            own = finding.fingerprint
            repeat = seen.get(own, 0)
            seen[own] = repeat + 1
            self._write(self._issue(finding, lang, path, issue_fingerprint(path, own, repeat)))

    def _issue(self, finding: Finding, lang: str, path: str, fingerprint: str) -> dict[str, object]:
        description = f"{finding.rule_id} {finding.message(lang)}"
        hint = finding.suggestion(lang)
        if hint:
            description += (" Fix: " if self.english else " 建议：") + hint
        lines: dict[str, int] = {"begin": max(finding.line, 1)}
        if finding.end_line > lines["begin"]:
            lines["end"] = finding.end_line
        return {**_HEAD, "description": description, "check_name": finding.rule_id, "fingerprint": fingerprint,
                "severity": SEVERITIES[finding.severity], "location": {"path": path, "lines": lines}}

    def end(self, summary: Summary) -> None:
        # a submission in the folders ggtlint could not read fails the run: it is an issue of its own
        for file, zh, en in self.options.not_checked:
            path = report_path(file, self.options.base_dir)
            self._write({**_HEAD, "description": not_checked_message(zh, en, self.options.lang), "check_name": NOT_CHECKED,
                         "fingerprint": issue_fingerprint(path, NOT_CHECKED, 0),
                         "severity": "major" if self.options.unread_fails else "minor",
                         "location": {"path": path, "lines": {"begin": 1}}})
        self.stream.write("\n]\n" if self.count else "[]\n")

"""Recognise files ggtlint itself wrote: review workbooks, baselines, and its outputs in every format.

A bureau writes its reports next to the tables it reviews (``check 各部门/ --report
各部门/审核.xlsx``), and the next run walks the same folder. Such a file is not a department's
table: it is passed over, with a note, instead of being checked (and reported as "no table").
And a file at an output's path that ggtlint did *not* write (a department's workbook of the
same name) is never written over.

Only the first and last KiB of a file, and the workbook part listing the sheets of an .xlsx
file, are read.
"""

from __future__ import annotations

import re
from ggtlint.lazyregex import lazy_pattern

# ggtlint's JSON output starts {"tool": {"name": "ggtlint"; its SARIF names ggtlint as the
# driver of its first run, within its first few hundred bytes.
_JSON_OUTPUT = lazy_pattern(rb'\A\s*\{\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"ggtlint"')
_SARIF_OUTPUT = lazy_pattern(rb'\A\s*\{\s*"\$schema"\s*:\s*"[^"]*sarif[^"]*"\s*,\s*"version"\s*:\s*"2\.1\.0"\s*,'
                             rb'\s*"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"ggtlint"')
# its GitLab Code Quality report: an array of issues, each opening {"type": "issue", "engine_name": "ggtlint"
_CODEQUALITY_OUTPUT = lazy_pattern(rb'\A\[\s*\{\s*"type"\s*:\s*"issue"\s*,\s*"engine_name"\s*:\s*"ggtlint"')
_JUNIT_OUTPUT = lazy_pattern(rb'\A<\?xml[^>]*\?>\s*<testsuites name="ggtlint"')
# a baseline (--write-baseline) begins {"version": 1, "tool": "ggtlint"
_BASELINE = lazy_pattern(rb'\A\s*\{\s*"version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"ggtlint"')
# the last line of the terminal and GitHub outputs: the run's summary, in either language
_SUMMARY_LINE = lazy_pattern(r"(?:^|\n)(?:共检查 \d+ 个文件、\d+ 张表|Checked \d+ files?, \d+ tables?)[^\n]*\n?\Z")
_HEAD_BYTES = 1024
_WORKBOOK_PART_MAX = 1 << 20  # the sheet list of a review workbook is well under 1 KiB


def made_by_ggtlint(path: str) -> bool:
    """Whether ``path`` is something ggtlint wrote, whatever its name: a review workbook, a JSON,
    SARIF, JUnit or GitLab Code Quality output, a baseline, or the terminal or GitHub text (which ends
    with the run's summary). False for anything else, and for a file that cannot be read."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
            if head.startswith(b"PK"):
                return _is_review_workbook(path)
            if (_JSON_OUTPUT.match(head) or _SARIF_OUTPUT.match(head) or _JUNIT_OUTPUT.match(head)
                    or _CODEQUALITY_OUTPUT.match(head) or _BASELINE.match(head)):
                return True
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _HEAD_BYTES))
            tail = handle.read(_HEAD_BYTES).decode("utf-8", "ignore")
    except (OSError, ValueError, RuntimeError):
        return False
    return _SUMMARY_LINE.search(tail) is not None


def _is_review_workbook(path: str) -> bool:
    import zipfile  # only for a file that starts like one: checking a table does not need it

    from ggtlint.reports.xlsx import FINDINGS_SHEET, SUMMARY_SHEET

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > _WORKBOOK_PART_MAX:
                return False
            listing = archive.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError):  # damaged, or not a workbook
        return False
    return f'name="{SUMMARY_SHEET}"' in listing and f'name="{FINDINGS_SHEET}"' in listing

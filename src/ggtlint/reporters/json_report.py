"""JSON output: ``{"findings": [...], "summary": {...}}`` for scripts and other tools.

The document is the one ``json.dump(document, indent=2, ensure_ascii=False)`` writes, byte for
byte. But it is streamed, for bulk runs: each finding is encoded to its indented text block as
it arrives (its flat values with the C string encoder) and written at once, so nothing is held
for the whole run (the summary comes last in the document anyway). json's indented encoder is
pure Python, one write per token, and it needed every finding in memory: for 10,000 tables that
was most of a run's output time and hundreds of MiB. A file given with ``-o`` is written
atomically, so a failed run never leaves half a document there.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import IO, Any

from ggtlint import __version__
from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Summary
from ggtlint.reporters import ReportOptions
from ggtlint.results import FileResult

_INDENT = "    "  # a finding sits two levels deep: document → "findings" list → object


_ENCODERS: dict[type, Any] = {
    str: encode_basestring, int: int.__repr__, type(None): lambda _value: "null",
    bool: lambda value: "true" if value else "false",
}


def _scalar(value: Any) -> str | None:
    """A JSON scalar as json.dumps writes it, or None for anything else."""
    encoder = _ENCODERS.get(type(value))
    return encoder(value) if encoder is not None else None


def _block(data: dict[str, Any]) -> str:
    """One finding object, indented as inside the document."""
    lines = []
    for key, value in data.items():
        text = _scalar(value)
        if text is None:  # nested or unusual value: let json do it, re-indented to this depth
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + _INDENT + "  ")
        lines.append(f"{_INDENT}  {encode_basestring(key)}: {text}")
    if not lines:
        return _INDENT + "{}"
    return _INDENT + "{\n" + ",\n".join(lines) + "\n" + _INDENT + "}"


class JsonReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.count = 0

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def _head(self) -> str:
        head = json.dumps({"tool": {"name": "ggtlint", "version": __version__}}, ensure_ascii=False, indent=2)
        return head[:-2] + ",\n"  # drop the closing "\n}" and continue the object

    def file(self, result: FileResult) -> None:
        lang = self.options.lang
        write = self.stream.write
        # each finding's 主管部门 (as the configuration's departments: name it), for grouping as
        # the review reports do: its table's, or for a cross-table finding the one it carries
        department_of = dict(zip(result.table_documents or range(len(result.departments)), result.departments))
        named = {department for department in result.departments if department}
        whole_file = next(iter(named)) if len(named) == 1 else None  # a part that is no table, or the file
        for finding in result.findings:
            # The findings array is written as it grows: nothing is held for the whole run.
            write(self._head() + '  "findings": [\n' if not self.count else ",\n")
            data = finding.to_json(lang)
            if result.cross_table:
                data["department"] = finding.extra.get("department")
            else:
                data["department"] = department_of.get(finding.document) or whole_file
            write(_block(data))
            self.count += 1

    def end(self, summary: Summary) -> None:
        english = self.options.lang == "en"
        # submissions in the folders that could not be read: not in the findings, yet the run
        # does not pass with them
        not_checked = [{"file": path, "reason": en if english else zh} for path, zh, en in self.options.not_checked]
        tail = json.dumps({"not_checked": not_checked, "summary": summary.to_json()}, ensure_ascii=False, indent=2)
        self.stream.write("\n  ],\n" if self.count else self._head() + '  "findings": [],\n')
        self.stream.write(tail[2:])  # drop the opening "{\n"
        self.stream.write("\n")

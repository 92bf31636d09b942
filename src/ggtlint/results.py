"""What a checked file hands to the reporters: its findings and the source lines they point at.

Only the referenced lines are kept, so a bulk run does not hold every file's text in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ggtlint.findings import Finding
from ggtlint.lazyregex import lazy_pattern

# The line breaks str.splitlines() knows, so line numbers agree with it everywhere.
_LINE_BREAK = lazy_pattern("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(slots=True)
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    tables: int = 0
    table_labels: list[str] = field(default_factory=list)
    departments: list[str | None] = field(default_factory=list)
    # each table's document in the file (0-based; in table_labels order): the i-th table is not
    # document i when a document before it is not a table
    table_documents: list[int] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)
    # The document of each finding a suppression comment hid, and of each the baseline held back:
    # a report tells each department how many of its findings it does not list.
    suppressed_in: list[int] = field(default_factory=list)
    baselined_in: list[int] = field(default_factory=list)
    # Per-table digests for the cross-table rules (ggtlint.primitives.corpus.TableDigest); the
    # run collects them and drops them before reporting. Empty when no corpus rule is enabled.
    digests: list[Any] = field(default_factory=list)
    # True for the extra results of the cross-table pass at the end of a run (XT findings,
    # grouped per file); such a result is not a second check of the file.
    cross_table: bool = False

    @property
    def suppressed(self) -> int:
        """How many findings suppression comments hid."""
        return len(self.suppressed_in)

    def documents_of_tables(self) -> list[int]:
        """Each table's document (in ``table_labels`` order); 0, 1, … for a result made
        without them."""
        if len(self.table_documents) == len(self.table_labels):
            return list(self.table_documents)
        return list(range(len(self.table_labels)))

    @classmethod
    def from_lines(cls, path: str, lines: list[str], findings: list[Finding], **kwargs: object) -> "FileResult":
        """Like from_text, for a file whose lines are already split."""
        kept = {f.line: lines[f.line - 1] for f in findings if 0 < f.line <= len(lines)}
        return cls(path=path, findings=findings, lines=kept, **kwargs)  # type: ignore[arg-type]

    @classmethod
    def from_text(cls, path: str, text: str, findings: list[Finding], **kwargs: object) -> "FileResult":
        wanted = {f.line for f in findings}
        lines: dict[int, str] = {}
        if wanted and text:
            last = max(wanted)
            start = number = 0
            # str.splitlines() one line at a time, stopping at the last line wanted: a finding
            # on line 3 of a 50 MB file does not split the whole file
            for number, match in enumerate(_LINE_BREAK.finditer(text), start=1):
                if number in wanted:
                    lines[number] = text[start:match.start()]
                start = match.end()
                if number >= last:
                    break
            else:
                if start < len(text) and number + 1 in wanted:  # the last line has no line break
                    lines[number + 1] = text[start:]
        return cls(path=path, findings=findings, lines=lines, **kwargs)  # type: ignore[arg-type]

"""Inline suppressions written as YAML comments.

    value: 12月底前  # ggtlint: disable=TIME003
    # ggtlint: disable-next-line=VAL001
    # ggtlint: disable-file=REL004,REL005

A suppression that silences nothing is itself reported (META001), like ruff's RUF100, so
stale ones do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ggtlint.engine.rule import rule_matches
from ggtlint.findings import Finding

_DIRECTIVE = re.compile(r"#\s*ggtlint:\s*(disable-file|disable-next-line|disable)\s*=\s*([A-Za-z0-9_,\s-]+?)\s*$")


@dataclass(slots=True)
class Directive:
    kind: str
    ids: tuple[str, ...]
    line: int
    column: int
    end_column: int
    used: set[str] = field(default_factory=set)

    def covers(self, rule_id: str) -> str | None:
        for entry in self.ids:
            if rule_matches(entry, rule_id):
                return entry
        return None


def parse_directives(text: str) -> list[Directive]:
    if "ggtlint:" not in text:
        return []
    directives: list[Directive] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "ggtlint:" not in line:
            continue
        match = _DIRECTIVE.search(line)
        if match is None:
            continue
        ids = tuple(part.strip() for part in match.group(2).split(",") if part.strip())
        directives.append(Directive(match.group(1), ids, number, match.start() + 1, len(line) + 1))
    return directives


def apply_directives(findings: list[Finding], directives: list[Directive]) -> tuple[list[Finding], int]:
    """Drop suppressed findings; return the kept ones and how many were dropped."""
    if not directives:
        return findings, 0
    kept: list[Finding] = []
    dropped = 0
    for finding in findings:
        if finding.rule_id.startswith("LOAD"):
            kept.append(finding)  # a file that does not load cannot suppress its own load errors
            continue
        hit = False
        for directive in directives:
            if directive.kind == "disable-file":
                applies = True
            elif directive.kind == "disable":
                applies = finding.line == directive.line
            else:
                applies = finding.line == directive.line + 1
            if applies:
                entry = directive.covers(finding.rule_id)
                if entry is not None:
                    directive.used.add(entry)
                    hit = True
        if hit:
            dropped += 1
        else:
            kept.append(finding)
    return kept, dropped


def unused(directives: list[Directive]) -> list[tuple[Directive, str]]:
    """Each (directive, id) pair that suppressed nothing."""
    return [(d, entry) for d in directives for entry in d.ids if entry not in d.used]

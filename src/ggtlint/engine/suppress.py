"""Inline suppressions written as YAML comments.

    value: 12月底前  # ggtlint: disable=TIME003
    # ggtlint: disable-next-line=VAL001
    # ggtlint: disable-file=REL004,REL005
    value: ≥95%  # ggtlint: disable=VAL003 已与财政局沟通

A suppression that silences nothing is itself reported (META001), like ruff's RUF100, so
stale ones do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ggtlint.engine.rule import rule_matches
from ggtlint.findings import Finding
from ggtlint.lazyregex import lazy_pattern

# "# ggtlint: disable=VAL001, TIME003  已与财政局沟通": a full-width colon, equals sign or comma
# (typed with a Chinese input method) reads as the ASCII one; the ids may be lower case; a
# reason may follow (after a space, "--" or directly in Chinese).
_HEAD = lazy_pattern(r"#\s*ggtlint\s*[:：]\s*(disable-file|disable-next-line|disable)\s*[=＝]\s*", re.IGNORECASE)
# what looks like a directive, written wrong: "# ggtlint: disabled=", "# ggtlint disable=",
# "# ggtlint: disable-nextline=" (the comments ggtlint import writes, "# ggtlint-import: …",
# "# 由 ggtlint import 从 … 导入", are no attempt at one); one after a full-width "＃", which YAML
# reads as part of the value, not as a comment
_ATTEMPT = lazy_pattern(r"[#＃]\s*ggtlint\s*[:：]?\s*[A-Za-z][A-Za-z_-]*\s*[=＝]", re.IGNORECASE)
_ID = lazy_pattern(r"[A-Za-z0-9]+")  # read whole, so that a misspelt id (VAL0O1) is reported as one
# after a space only a whole rule id continues the list ("VAL001 TIME003"); anything else is the
# reason ("agreed", "OK", "R&D项目", "S级项目")
_SPACED_ID = lazy_pattern(r"[A-Z]{2,6}[0-9]{3}(?=[\s,，、]|$)")
_COMMA = lazy_pattern(r"\s*[,，、]\s*")
_SPACE = lazy_pattern(r"\s+")


def _read_ids(line: str, start: int) -> tuple[str, ...]:
    """The rule ids a directive names, from ``start``; the text after them is its reason."""
    found = _ID.match(line, start)
    if found is None:
        return ()
    ids = [found.group().upper()]
    position = found.end()
    while True:
        separator = _COMMA.match(line, position)
        pattern = _ID
        if separator is None:
            separator = _SPACE.match(line, position)
            pattern = _SPACED_ID
        if separator is None:
            break
        found = pattern.match(line, separator.end())
        if found is None:
            break
        ids.append(found.group().upper())
        position = found.end()
    return tuple(ids)


@dataclass(frozen=True, slots=True)
class Malformed:
    """A comment that looks like a suppression but is not one (it silences nothing)."""

    line: int
    column: int
    end_column: int
    written: str


@dataclass(slots=True)
class Directive:
    kind: str
    ids: tuple[str, ...]
    line: int
    column: int
    end_column: int
    used: set[str] = field(default_factory=set)

    def applies_at(self, line: int) -> bool:
        """Whether this comment reaches a finding on ``line``."""
        if self.kind == "disable-file":
            return True
        if self.kind == "disable":
            return line == self.line
        return line == self.line + 1  # disable-next-line

    def covers(self, rule_id: str) -> str | None:
        for entry in self.ids:
            if rule_matches(entry, rule_id):
                return entry
        return None


_NAMED = lazy_pattern("ggtlint", re.IGNORECASE)  # "# GGTLINT: DISABLE=…" is read too


def read_directives(text: str) -> tuple[list[Directive], list[Malformed]]:
    """The suppression comments of ``text``, and the comments written as one that cannot be read
    as one ("# ggtlint: disabled=STR003" silenced nothing, and said nothing either): one pass
    over the lines that name ggtlint, none at all for a file that does not."""
    directives: list[Directive] = []
    malformed: list[Malformed] = []
    if _NAMED.search(text) is None:
        return directives, malformed
    for number, line in enumerate(text.splitlines(), start=1):
        if _NAMED.search(line) is None:
            continue
        match = _HEAD.search(line)
        if match is None:
            attempt = _ATTEMPT.search(line)
            if attempt is not None:
                malformed.append(Malformed(number, attempt.start() + 1, len(line) + 1,
                                           line[attempt.start():].strip()[:60]))
            continue
        ids = _read_ids(line, match.end())
        if ids:
            directives.append(Directive(match.group(1).lower(), ids, number, match.start() + 1, len(line) + 1))
    return directives, malformed


def apply_directives(findings: list[Finding], directives: list[Directive],
                     protected: frozenset[str] = frozenset()) -> tuple[list[Finding], list[int]]:
    """Drop suppressed findings; return the kept ones and the document of each one dropped.
    Findings of the ``protected`` rules are always kept (a file that did not load cannot
    suppress its own load errors)."""
    if not directives:
        return findings, []
    kept: list[Finding] = []
    dropped: list[int] = []
    for finding in findings:
        if finding.rule_id in protected:
            kept.append(finding)
            continue
        hit = False
        for directive in directives:
            if directive.applies_at(finding.line):
                entry = directive.covers(finding.rule_id)
                if entry is not None:
                    directive.used.add(entry)
                    hit = True
        if hit:
            dropped.append(finding.document)
        else:
            kept.append(finding)
    return kept, dropped


def unused(directives: list[Directive]) -> list[tuple[Directive, str]]:
    """Each (directive, id) pair that suppressed nothing."""
    return [(d, entry) for d in directives for entry in d.ids if entry not in d.used]

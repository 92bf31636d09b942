"""Findings: what a check reports, in the one shape every reporter reads."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; used for --fail-on and sorting."""
        return _RANK[self]

    def word(self, lang: str) -> str:
        """The level as a budget officer reads it: 错误/警告/提示, or error/warning/info."""
        return _WORDS[lang == "en"][self]

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls(text.lower())
        except ValueError:
            raise ValueError(f"unknown severity {text!r}: use error, warning or info") from None


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}
_WORDS = ({Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"},
          {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"})


@dataclass(slots=True)
class Finding:
    """One problem found in one file.

    Lines and columns are 1-based; columns count Unicode code points; ``end_column`` is
    exclusive. ``path`` is a JSON Pointer to the field inside the table's document.
    """

    rule_id: str
    rule_name: str
    severity: Severity
    message_zh: str
    message_en: str
    file: str
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1
    path: str = ""
    table: str | None = None
    document: int = 0
    value: str = ""
    suggestion_zh: str | None = None
    suggestion_en: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    #: the kind of finding its rule made (the message variant: SAT001's ``range``), read by the
    #: yields (a rule may yield only some kinds); neither shown, fingerprinted nor compared
    variant: str = field(default="default", compare=False, repr=False)

    def message(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" else self.message_zh

    def suggestion(self, lang: str = "zh") -> str | None:
        return self.suggestion_en if lang == "en" else self.suggestion_zh

    @property
    def fingerprint(self) -> str:
        """Stable key for baselines: rule + document + field path + the offending value.

        Line numbers are left out on purpose: they move when unrelated lines are edited. A
        finding on an indicator's name is about the name: its value is left out, so editing
        the value does not make it a new finding.
        """
        value = self.value
        if "\x1f" in value and self.path.endswith("/name"):  # value is "name\x1fvalue"
            value = value.partition("\x1f")[0]
        return _fingerprint(self.rule_id, self.document, self.path, value)

    @property
    def earlier_fingerprint(self) -> str | None:
        """The fingerprint earlier builds gave this finding, where it differs (a name's finding
        took its value in too), so that baselines they wrote still match."""
        if "\x1f" in self.value and self.path.endswith("/name"):
            return _fingerprint(self.rule_id, self.document, self.path, self.value)
        return None

    @property
    def place(self) -> str:
        """Where the finding is, as a reader finds it: ``申报表!E15`` in a workbook (its lines are
        those of the imported table, which is nowhere on disk), else ``line:column``."""
        sheet, cell = self.extra.get("sheet"), self.extra.get("cell")
        if sheet is not None and cell:
            return f"{sheet}!{cell}"
        return f"{self.line}:{self.column}"

    def sort_key(self) -> tuple[str, int, int, int, str]:
        return (self.file, self.document, self.line, self.column, self.rule_id)

    def to_json(self, lang: str = "zh") -> dict[str, object]:
        data: dict[str, object] = {
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "severity": self.severity.value,
            "message": self.message(lang),
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "path": self.path,
            "table": self.table,
            "document": self.document,
            "fingerprint": self.fingerprint,
        }
        hint = self.suggestion(lang)
        if hint:
            data["suggestion"] = hint
        for key in ("sheet", "cell"):  # workbook findings also say where in Excel
            if key in self.extra:
                data[key] = self.extra[key]
        fix = self.extra.get("fix")
        if fix:  # [pointer, old, new, safe, key, line, column]: see ggtlint.fixes.Fix
            if fix[5]:  # a text edit: from that line and column to the end of the line
                data["fix"] = {"line": fix[5], "column": fix[6], "old": fix[1], "new": fix[2], "safe": fix[3],
                               "target": "text"}
            else:
                data["fix"] = {"pointer": fix[0], "old": fix[1], "new": fix[2], "safe": fix[3],
                               "target": "key" if fix[4] else "value"}
        return data


def _fingerprint(rule_id: str, document: int, path: str, value: str) -> str:
    key = "\x1f".join((rule_id, str(document), path, value))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class Summary:
    """Counts for the end of a run."""

    files: int = 0
    tables: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    suppressed: int = 0
    baselined: int = 0
    # files from which no table was read (unreadable, not a table, empty): a bureau chases these first
    files_without_tables: int = 0

    def add(self, finding: Finding) -> None:
        if finding.severity is Severity.ERROR:
            self.errors += 1
        elif finding.severity is Severity.WARNING:
            self.warnings += 1
        else:
            self.infos += 1

    def add_all(self, findings: list[Finding]) -> None:
        errors = warnings = 0
        for finding in findings:
            severity = finding.severity
            if severity is Severity.ERROR:
                errors += 1
            elif severity is Severity.WARNING:
                warnings += 1
        self.errors += errors
        self.warnings += warnings
        self.infos += len(findings) - errors - warnings

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.infos

    def to_json(self) -> dict[str, int]:
        return {
            "files": self.files,
            "tables": self.tables,
            "findings": self.total,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "suppressed": self.suppressed,
            "baselined": self.baselined,
            "files_without_tables": self.files_without_tables,
        }

"""What a checked file hands to the reporters: its findings and the source lines they point at.

Only the referenced lines are kept, so a bulk run does not hold every file's text in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ggtlint.findings import Finding


@dataclass(slots=True)
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    tables: int = 0
    table_labels: list[str] = field(default_factory=list)
    departments: list[str | None] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)
    suppressed: int = 0

    @classmethod
    def from_text(cls, path: str, text: str, findings: list[Finding], **kwargs: object) -> "FileResult":
        wanted = {f.line for f in findings}
        lines: dict[int, str] = {}
        if wanted and text:
            for number, line in enumerate(text.splitlines(), start=1):
                if number in wanted:
                    lines[number] = line
        return cls(path=path, findings=findings, lines=lines, **kwargs)  # type: ignore[arg-type]

"""JSON output: ``{"findings": [...], "summary": {...}}`` for scripts and other tools."""

from __future__ import annotations

import json
from typing import IO

from ggtlint import __version__
from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Summary
from ggtlint.reporters import ReportOptions
from ggtlint.results import FileResult


class JsonReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.findings: list[dict[str, object]] = []

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def file(self, result: FileResult) -> None:
        self.findings.extend(f.to_json(self.options.lang) for f in result.findings)

    def end(self, summary: Summary) -> None:
        document = {
            "tool": {"name": "ggtlint", "version": __version__},
            "findings": self.findings,
            "summary": summary.to_json(),
        }
        json.dump(document, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")

"""The terminal report: findings grouped by file, the source line with a marker, a summary.

Markers are placed by display width (a hanzi takes two terminal cells), while the
``line:column`` shown is in code points, as everywhere else in ggtlint.

rich decides whether the stream gets colour (terminal, NO_COLOR, --color/--no-color); the
lines themselves are written directly with a handful of ANSI styles, because a bulk run
prints tens of thousands of findings and rich's markup rendering costs about 1 ms a line.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import IO

from rich.cells import cell_len

from ggtlint.engine.rule import RuleInfo
from ggtlint.english import counted
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.reporters import ReportOptions, terminal_safe
from ggtlint.results import FileResult

_MAX_MESSAGE = 1000   # characters of one message shown on the terminal
_MAX_SNIPPET = 160    # characters of a long source line shown around the caret
_SNIPPET_BEFORE = 60

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SGR = {"bold red": "1;31", "yellow": "33", "cyan": "36", "dim": "2", "bold": "1", "green": "32",
        "bold underline": "1;4", "bold reverse": "1;7"}
_WORDS = {
    "zh": {"hint": "建议", "table": "表", "clean": "未发现问题", "stats": "按规则统计"},
    "en": {"hint": "fix", "table": "table", "clean": "no problems found", "stats": "findings per rule"},
}


def summary_line(summary: Summary, lang: str) -> str:
    without = summary.files_without_tables
    if lang == "en":
        return (f"Checked {counted(summary.files, 'file')}, {counted(summary.tables, 'table')}"
                + (f" ({without} of the files gave no table)" if without else "") + ": "
                f"{counted(summary.errors, 'error')}, {counted(summary.warnings, 'warning')}, "
                f"{counted(summary.infos, 'info')}"
                + (f" ({summary.suppressed} suppressed)" if summary.suppressed else "")
                + (f" ({summary.baselined} in baseline)" if summary.baselined else "") + ".")
    return (f"共检查 {summary.files} 个文件、{summary.tables} 张表"
            + (f"（其中 {without} 个文件没有读出表格）" if without else "")
            + f"：错误 {summary.errors} 个，警告 {summary.warnings} 个，提示 {summary.infos} 个"
            + (f"（已抑制 {summary.suppressed} 个）" if summary.suppressed else "")
            + (f"（基线中 {summary.baselined} 个）" if summary.baselined else "") + "。")


def wants_color(stream: IO[str], forced: bool | None) -> bool:
    """Colour on a terminal unless told otherwise (``--color``/``--no-color``, NO_COLOR, FORCE_COLOR, TERM=dumb).

    Decided here rather than by rich's Console, whose import alone costs a small run ~20 ms.
    """
    if forced is not None:
        return forced
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class RichReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.options = options
        self.color = wants_color(stream, options.color)
        self.stream = stream
        self.lang = options.lang if options.lang in ("zh", "en") else "zh"
        self.counts: Counter[str] = Counter()
        self.names: dict[str, str] = {}
        self._cross_heading = False

    def _s(self, style: str, text: str) -> str:
        """``text`` in ``style`` when the stream takes colour, else as it is."""
        return f"\x1b[{_SGR[style]}m{text}\x1b[0m" if self.color else text

    def _line(self, text: str = "") -> None:
        self.stream.write(text + "\n")

    def begin(self, rules: list[RuleInfo]) -> None:
        self.names = {rule.id: rule.name for rule in rules}

    def file(self, result: FileResult) -> None:
        findings = result.findings  # --quiet has already dropped the findings below the fail level
        for f in findings:
            self.counts[f.rule_id] += 1
        if not findings:
            return
        if result.cross_table and not self._cross_heading:
            # Cross-table results (XT rules) come after every file, under one heading.
            self._cross_heading = True
            self._line(self._s("bold reverse", " cross-table " if self.lang == "en" else " 跨表检查 ") + "  "
                       + self._s("dim", "findings from comparing the tables with each other" if self.lang == "en"
                                 else "比较多张表之间发现的问题") + "\n")
        self._line(self._s("bold underline", terminal_safe(result.path, keep="")))
        current_table: tuple[int, str | None] | None = None
        for finding in findings:
            if (result.tables > 1 or result.cross_table) and (finding.document, finding.table) != current_table:
                current_table = (finding.document, finding.table)
                name = f": {terminal_safe(finding.table, keep='')}" if finding.table else ""  # no name: the number only
                self._line("  " + self._s("dim", f"{_WORDS[self.lang]['table']} {finding.document + 1}{name}"))
            self._finding(finding, result.lines.get(finding.line))
        self._line()

    def _finding(self, finding: Finding, line_text: str | None) -> None:
        style = _STYLE[finding.severity]
        label = finding.severity.word(self.lang)
        position = f"{finding.line}:{finding.column}"
        if line_text is None and finding.extra.get("sheet") is not None and finding.extra.get("cell"):
            # Tables imported from a workbook: point at the sheet and cell, as Excel names them.
            position = terminal_safe(f"{finding.extra['sheet']}!{finding.extra['cell']}", keep="")
        message = terminal_safe(finding.message(self.lang), keep="")
        if len(message) > _MAX_MESSAGE:  # a value quoted in full could be megabytes long
            message = message[:_MAX_MESSAGE] + "…"
        self._line(f"  {self._s('dim', f'{position:>7}')}  {self._s(style, label)}  {self._s('bold', finding.rule_id)} "
                   f"{self._s('dim', finding.rule_name)}  {message}")
        if line_text is not None:
            # one visible character per control character keeps the caret in place
            line_text = terminal_safe(line_text, keep="\t")
            gutter = f"{finding.line:>7} │ "
            start = max(finding.column - 1, 0)
            if finding.end_line == finding.line:
                end = max(finding.end_column - 1, start + 1)
            else:
                end = len(line_text.rstrip())
            end = max(min(end, len(line_text)), start + 1)
            # a minified JSON line can be megabytes: show a window around the caret
            offset = max(0, start - _SNIPPET_BEFORE) if len(line_text) > _MAX_SNIPPET else 0
            head = "…" if offset else ""
            visible = line_text[offset:offset + _MAX_SNIPPET]
            tail = "…" if offset + _MAX_SNIPPET < len(line_text) else ""
            shown = head + visible.expandtabs(4) + tail
            self._line(self._s("dim", gutter) + shown)
            start, end = start - offset, min(end - offset, len(visible))
            end = max(end, start + 1)
            # measured on the line as shown, tabs expanded: a tab inside the marked text widens it
            # as much as one before it moves it
            pad = cell_len(head + visible[:start].expandtabs(4))
            width = max(cell_len(head + visible[:end].expandtabs(4)) - pad, 1)
            self._line(self._s("dim", f"{' ' * 7} │ ") + " " * pad + self._s(style, "^" * width))
        hint = finding.suggestion(self.lang)
        if hint:
            hint = terminal_safe(hint, keep="")
            word = _WORDS[self.lang]["hint"]
            self._line(f"          {self._s('green', word + '：')}{hint}" if self.lang == "zh"
                       else f"          {self._s('green', word + ':')} {hint}")

    def end(self, summary: Summary) -> None:
        if self.options.statistics and self.counts:
            self._line(self._s("bold", _WORDS[self.lang]["stats"]))
            for rule_id, count in sorted(self.counts.items(), key=lambda item: (-item[1], item[0])):
                self._line(f"  {count:>6}  {rule_id:<8} {self.names.get(rule_id, '')}")
            self._line()
        if self.options.quiet and summary.total == 0:
            return
        worst = Severity.ERROR if summary.errors else Severity.WARNING if summary.warnings else None
        style = _STYLE[worst] if worst else "green"
        self._line(self._s(style, summary_line(summary, self.lang)))

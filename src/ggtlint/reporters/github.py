"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

GitHub turns these lines of the job log into annotations on the changed files. Escaping
follows the runner's rules: in the message ``%``, CR and LF are percent-encoded; in
property values (``file=``, ``title=``) also ``:`` and ``,``, which would otherwise end the
value. Columns may only be given when the annotation starts and ends on the same line (the
runner rejects them otherwise), and ``endColumn`` is inclusive there, so our exclusive end
is turned into the last character's column.
"""

from __future__ import annotations

from typing import IO

from ggtlint.baseline import stale_message
from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.reporters import ReportOptions, not_checked_message, terminal_safe
from ggtlint.results import FileResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}



def escape_data(text: str) -> str:
    """Escape a workflow-command message (the part after ``::``)."""
    if text.isprintable():  # the common case (no CR, LF or control character): one scan for "%"
        return text.replace("%", "%25") if "%" in text else text
    # control characters (ESC from a YAML "\e" escape) would drive the log viewer's terminal
    text = terminal_safe(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (``file=…``, ``title=…``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, lang: str = "zh") -> str:
    """The workflow-command line for one finding."""
    return _Lines(lang).line(finding)[:-1]


class _Lines:
    """Annotation lines, with what repeats worked out once: the command and ``file=`` of a
    file, the ``title=`` of a rule, the escaped fix text (the same for most findings of a rule)."""

    def __init__(self, lang: str) -> None:
        self.english = lang == "en"
        self.label = "%0AFix: " if self.english else "%0A建议："
        self.heads: dict[tuple[str, Severity], str] = {}
        self.titles: dict[tuple[str, str], str] = {}
        self.hints: dict[str, str] = {}

    def line(self, finding: Finding) -> str:
        """The line for ``finding``, newline included."""
        head = self.heads.get((finding.file, finding.severity))
        if head is None:
            if len(self.heads) > 64:  # a bulk run meets each file once: keep this small
                self.heads.clear()
            head = self.heads[(finding.file, finding.severity)] = (
                f"::{COMMANDS[finding.severity]} file={escape_property(finding.file)},")
        title = self.titles.get((finding.rule_id, finding.rule_name))
        if title is None:
            title = self.titles[(finding.rule_id, finding.rule_name)] = (
                f",title={escape_property(f'{finding.rule_id} {finding.rule_name}'.strip())}::")
        line = finding.line if finding.line > 1 else 1
        end_line = finding.end_line if finding.end_line > line else line
        if end_line == finding.line:
            column = finding.column if finding.column > 1 else 1
            last = finding.end_column - 1 if finding.end_column - 1 > column else column
            where = f"line={line},col={column},endLine={end_line},endColumn={last}"
        else:
            where = f"line={line},endLine={end_line}"
        if self.english:
            message, hint = finding.message_en, finding.suggestion_en
        else:
            message, hint = finding.message_zh, finding.suggestion_zh
        if finding.extra and finding.extra.get("cell"):
            # a workbook: its lines are the imported table's, so the cell is said, not a line
            head, where, message = head.rstrip(","), "", f"{finding.place} {message}"
        if hint:  # escaped apart from the message: each is usually printable and skips the translation
            fix = self.hints.get(hint)
            if fix is None:
                if len(self.hints) > 4096:
                    self.hints.clear()
                fix = self.hints[hint] = self.label + escape_data(hint)
            return f"{head}{where}{title}{escape_data(message)}{fix}\n"
        return f"{head}{where}{title}{escape_data(message)}\n"


class GithubReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = "en" if options.lang == "en" else "zh"
        self._lines = _Lines(self.lang)

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def file(self, result: FileResult) -> None:
        line = self._lines.line  # --quiet has already dropped the findings below the fail level
        lines = [line(finding) for finding in result.findings]
        if lines:
            self.stream.write("".join(lines))

    def end(self, summary: Summary) -> None:
        from ggtlint.reporters.rich_text import summary_line

        baseline = getattr(self.options, "baseline", None)
        stale = baseline.stale_count() if baseline is not None else 0
        if stale:
            self.stream.write(f"::notice title=ggtlint::{escape_data(stale_message(stale, self.lang))}\n")
        command = "error" if self.options.unread_fails else "warning"
        for path, zh, en in self.options.not_checked:  # a submission in the folders ggtlint could not read
            said = not_checked_message(zh, en, self.lang)
            self.stream.write(f"::{command} file={escape_property(path)},title=ggtlint::{escape_data(said)}\n")
        # A plain line (not a command) for the log; annotations are the commands above.
        self.stream.write(summary_line(summary, self.lang) + "\n")

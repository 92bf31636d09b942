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

from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.reporters import ReportOptions, terminal_safe
from ggtlint.results import FileResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

_STALE = {
    "zh": "基线中有 {count} 个问题已不再出现，可重新运行 --write-baseline 清理基线文件。",
    "en": "{count} baseline entries no longer occur; run --write-baseline again to prune the baseline file.",
}


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
    head = f"::{COMMANDS[finding.severity]} file={escape_property(finding.file)},"
    title = escape_property(f"{finding.rule_id} {finding.rule_name}".strip())
    return _annotation(finding, head, title, lang)[:-1]


def _annotation(finding: Finding, head: str, title: str, lang: str) -> str:
    """The line (newline included) for ``finding``; ``head`` is its command and file, ``title`` escaped.

    A bulk run repeats the head for every finding of a file and the title for every finding
    of a rule: the reporter works them out once.
    """
    line = finding.line if finding.line > 1 else 1
    end_line = finding.end_line if finding.end_line > line else line
    if end_line == finding.line:
        column = finding.column if finding.column > 1 else 1
        last = finding.end_column - 1 if finding.end_column - 1 > column else column
        where = f"line={line},col={column},endLine={end_line},endColumn={last}"
    else:
        where = f"line={line},endLine={end_line}"
    if lang == "en":
        message, hint, label = finding.message_en, finding.suggestion_en, "%0AFix: "
    else:
        message, hint, label = finding.message_zh, finding.suggestion_zh, "%0A建议："
    message = escape_data(message)
    if hint:  # escaped apart from the message: each is usually printable and skips the translation
        message += label + escape_data(hint)
    return f"{head}{where},title={title}::{message}\n"


class GithubReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = "en" if options.lang == "en" else "zh"
        self._titles: dict[tuple[str, str], str] = {}  # (rule id, name) -> escaped title=

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def file(self, result: FileResult) -> None:
        heads: dict[tuple[str, Severity], str] = {}
        titles = self._titles
        quiet, fail_rank, lang = self.options.quiet, self.options.fail_rank, self.lang
        lines = []
        for finding in result.findings:
            if quiet and finding.severity.rank < fail_rank:
                continue
            head = heads.get((finding.file, finding.severity))
            if head is None:
                head = heads[(finding.file, finding.severity)] = (
                    f"::{COMMANDS[finding.severity]} file={escape_property(finding.file)},")
            title = titles.get((finding.rule_id, finding.rule_name))
            if title is None:
                title = titles[(finding.rule_id, finding.rule_name)] = escape_property(
                    f"{finding.rule_id} {finding.rule_name}".strip())
            lines.append(_annotation(finding, head, title, lang))
        if lines:
            self.stream.write("".join(lines))

    def end(self, summary: Summary) -> None:
        from ggtlint.reporters.rich_text import summary_line

        baseline = getattr(self.options, "baseline", None)
        stale = baseline.stale_count() if baseline is not None else 0
        if stale:
            self.stream.write(f"::notice title=ggtlint::{escape_data(_STALE[self.lang].format(count=stale))}\n")
        # A plain line (not a command) for the log; annotations are the commands above.
        self.stream.write(summary_line(summary, self.lang) + "\n")

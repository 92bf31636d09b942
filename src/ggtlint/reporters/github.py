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
    # control characters (ESC from a YAML "\e" escape) would drive the log viewer's terminal
    text = terminal_safe(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (``file=…``, ``title=…``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, lang: str = "zh", file_property: str | None = None,
               title_property: str | None = None) -> str:
    """The workflow-command line for one finding.

    ``file_property``/``title_property`` are the escaped ``file=``/``title=`` values when the
    caller already has them (a bulk run repeats them for every finding of a file or rule).
    """
    if file_property is None:
        file_property = escape_property(finding.file)
    props = f"file={file_property},line={max(finding.line, 1)}"
    end_line = max(finding.end_line, finding.line, 1)
    if end_line == finding.line:
        column = max(finding.column, 1)
        last = max(finding.end_column - 1, column)
        props += f",col={column},endLine={end_line},endColumn={last}"
    else:
        props += f",endLine={end_line}"
    if title_property is None:
        title_property = escape_property(f"{finding.rule_id} {finding.rule_name}".strip())
    message = escape_data(finding.message(lang))
    hint = finding.suggestion(lang)
    if hint:  # escaped apart from the message: each is usually printable and skips the translation
        message += ("%0A建议：" if lang != "en" else "%0AFix: ") + escape_data(hint)
    return f"::{COMMANDS[finding.severity]} {props},title={title_property}::{message}"


class GithubReporter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = "en" if options.lang == "en" else "zh"
        self._titles: dict[tuple[str, str], str] = {}  # (rule id, name) -> escaped title=

    def begin(self, rules: list[RuleInfo]) -> None:
        pass

    def file(self, result: FileResult) -> None:
        files: dict[str, str] = {}
        titles = self._titles
        lines = []
        for finding in result.findings:
            if self.options.quiet and finding.severity.rank < self.options.fail_rank:
                continue
            file = files.get(finding.file)
            if file is None:
                file = files[finding.file] = escape_property(finding.file)
            title = titles.get((finding.rule_id, finding.rule_name))
            if title is None:
                title = titles[(finding.rule_id, finding.rule_name)] = escape_property(
                    f"{finding.rule_id} {finding.rule_name}".strip())
            lines.append(annotation(finding, self.lang, file, title) + "\n")
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

"""Output formats. Each reporter lives in its own module and only formats: it never judges.

A reporter receives ``begin(rules)``, then ``file(result)`` for each checked file in order,
then ``end(summary)``; it writes to the text stream it was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Any, Callable, Protocol

from ggtlint.engine.rule import RuleInfo
from ggtlint.findings import Summary
from ggtlint.results import FileResult


@dataclass(frozen=True, slots=True)
class ReportOptions:
    lang: str = "zh"
    color: bool | None = None       # None: decide from the terminal and NO_COLOR
    quiet: bool = False
    statistics: bool = False
    fail_rank: int = 3              # findings at or above this rank make the run fail
    base_dir: str = "."             # what artifact paths are relative to (SARIF %SRCROOT%)
    tool_version: str = ""
    # The --baseline in use (ggtlint.baseline.Baseline), or None. Reporters may call its
    # stale_count() / stale_entries() in end() to mention entries that no longer occur.
    baseline: Any = None
    # Files in the checked folders that look like submissions ggtlint cannot read (.xls, .pdf …):
    # (shown path, what to do in Chinese, in English). They fail the run unless ``unread_fails``
    # is off (--exit-zero, --write-baseline); machine outputs say so, as stderr does.
    not_checked: tuple[tuple[str, str, str], ...] = ()
    unread_fails: bool = True


def not_checked_message(zh: str, en: str, lang: str) -> str:
    """What the machine outputs say of a file in the folders that ggtlint could not read, with
    what to do (``zh``, ``en``), in the run's language."""
    return f"ggtlint did not check this file: {en}" if lang == "en" else f"ggtlint 没有检查这个文件：{zh}"


class Reporter(Protocol):
    def begin(self, rules: list[RuleInfo]) -> None: ...
    def file(self, result: FileResult) -> None: ...
    def end(self, summary: Summary) -> None: ...


ReporterFactory = Callable[[IO[str], ReportOptions], Reporter]


def _rich(stream: IO[str], options: ReportOptions) -> Reporter:
    from ggtlint.reporters.rich_text import RichReporter

    return RichReporter(stream, options)


def _json(stream: IO[str], options: ReportOptions) -> Reporter:
    from ggtlint.reporters.json_report import JsonReporter

    return JsonReporter(stream, options)


def _sarif(stream: IO[str], options: ReportOptions) -> Reporter:
    from ggtlint.reporters.sarif import SarifReporter

    return SarifReporter(stream, options)


def _junit(stream: IO[str], options: ReportOptions) -> Reporter:
    from ggtlint.reporters.junit import JunitReporter

    return JunitReporter(stream, options)


def _github(stream: IO[str], options: ReportOptions) -> Reporter:
    from ggtlint.reporters.github import GithubReporter

    return GithubReporter(stream, options)


_C1_AND_DEL = {code: "\ufffd" for code in range(0x80, 0xA0)} | {0x7F: "\u2421"}


def terminal_safe(text: str, keep: str = "\t\n") -> str:
    """Control characters made visible, so a hostile value cannot drive the terminal.

    ESC, BEL and CSI (``\\e[2J``, ``\\e]0;title\\a``) come in through YAML escapes; each is
    replaced by one visible character (C0 by its control picture, e.g. ESC by U+241B), so
    columns and carets stay where they were.
    """
    if text.isprintable():
        return text
    table = _TABLES.get(keep)
    if table is None:
        table = _TABLES[keep] = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in keep} | _C1_AND_DEL
    return text.translate(table)


_TABLES: dict[str, dict[int, str]] = {}


# -- XML, for the outputs written as text (JUnit, the xlsx report) ------------------------------

#: Characters XML 1.0 cannot carry even escaped (control characters, lone surrogates, U+FFFE,
#: U+FFFF): a binary file's bytes or a YAML escape can bring them into a message.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_XML_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# as ElementTree writes an attribute: line breaks and tabs as character references
_XML_ATTRIBUTE = _XML_TEXT + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def xml_text(text: str) -> str:
    """Element text escaped (the text must hold no character of :data:`NOT_XML`)."""
    for plain, escaped in _XML_TEXT:
        if plain in text:
            text = text.replace(plain, escaped)
    return text


def xml_attribute(text: str) -> str:
    """An attribute value escaped for double quotes (no character of :data:`NOT_XML` either)."""
    for plain, escaped in _XML_ATTRIBUTE:
        if plain in text:
            text = text.replace(plain, escaped)
    return text


# Explicit registry: format name -> factory (imports are lazy to keep start-up fast).
REPORTERS: dict[str, ReporterFactory] = {
    "rich": _rich,
    "json": _json,
    "sarif": _sarif,
    "junit": _junit,
    "github": _github,
}

"""Output formats. Each reporter lives in its own module and only formats: it never judges.

A reporter receives ``begin(rules)``, then ``file(result)`` for each checked file in order,
then ``end(summary)``; it writes to the text stream it was given.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import IO, Any, Callable, Protocol

from ggtlint.engine.rule import RuleInfo
from ggtlint.english import counted
from ggtlint.findings import Summary
from ggtlint.lazyregex import lazy_pattern
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
    # What the exit code is decided by, so that the terminal layout can say whether the run
    # passes and why (see :func:`verdict`): --max-warnings, where the fail level was set
    # ("--fail-on", a configuration file's name, or None for the default) and the option that
    # makes the exit code 0 whatever is found ("--exit-zero", "--write-baseline").
    max_warnings: int | None = None
    fail_on_source: str | None = None
    zero_exit: str | None = None
    # The terminal's width for the terminal layout to wrap its long lines to; None (a file, a
    # pipe) leaves every line whole, for grep and for machines.
    width: int | None = None


def not_checked_message(zh: str, en: str, lang: str) -> str:
    """What the machine outputs say of a file in the folders that ggtlint could not read, with
    what to do (``zh``, ``en``), in the run's language."""
    return f"ggtlint did not check this file: {en}" if lang == "en" else f"ggtlint 没有检查这个文件：{zh}"


def terminal_width(stream: IO[str]) -> int | None:
    """The width to wrap the terminal layout to: the terminal's (COLUMNS first, as everywhere),
    or None when ``stream`` is a file or a pipe, whose lines are left whole for grep and machines.
    Here, not in the rich_text module, so that a run writing JSON does not import rich for it."""
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return max(shutil.get_terminal_size().columns, 20)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a run passes (its exit code is 0 by its findings) and why, in both languages.

    ``checked`` is False when no table was read at all: nothing can be said to pass."""

    passed: bool
    checked: bool
    reasons_zh: tuple[str, ...]
    reasons_en: tuple[str, ...]


_LEVEL = {3: "error", 2: "warning", 1: "info"}


def verdict(summary: Summary, fail_rank: int = 3, max_warnings: int | None = None, unread: int = 0,
            fail_on_source: str | None = None) -> Verdict:
    """The run's verdict by its counts: the one rule the exit code and the terminal layout both
    follow, so that what the summary says and the exit code never disagree. ``unread`` is how
    many submissions in the folders could not be read (they fail the run)."""
    zh: list[str] = []
    en: list[str] = []
    level = _LEVEL.get(fail_rank, "error")
    if fail_on_source == "--fail-on":
        by_zh, by_en = f"按 --fail-on {level} 判为不通过", f"which fail the run under --fail-on {level}"
    elif fail_on_source:
        by_zh = f"按配置 {fail_on_source} 中的 fail_on: {level} 判为不通过"
        by_en = f"which fail the run under fail_on: {level} in {fail_on_source}"
    else:
        by_zh = by_en = ""
    if summary.errors:
        zh.append(f"有 {summary.errors} 个错误")
        en.append(counted(summary.errors, "error"))
    below = [(count, word_zh, noun) for count, word_zh, noun, rank in
             ((summary.warnings, "警告", "warning", 2), (summary.infos, "提示", "info", 1))
             if count and rank >= fail_rank]
    if below:  # warnings (or infos) fail the run only because the fail level was lowered
        zh.append("有 " + "、".join(f"{count} 个{word}" for count, word, _ in below) + (f"，{by_zh}" if by_zh else ""))
        en.append(" and ".join(counted(count, noun) for count, _, noun in below) + (f", {by_en}" if by_en else ""))
    if not below and max_warnings is not None and summary.warnings > max_warnings:
        zh.append(f"警告 {summary.warnings} 个，超过 --max-warnings 允许的 {max_warnings} 个")
        en.append(f"{counted(summary.warnings, 'warning')}, more than the {max_warnings} --max-warnings allows")
    if unread:
        zh.append(f"{unread} 个文件 ggtlint 无法读取，没有经过检查")
        en.append(f"{counted(unread, 'file')} ggtlint could not read and did not check")
    # no table read (an empty folder, files that hold none): "passes" would claim too much
    return Verdict(passed=not zh, checked=summary.tables > 0, reasons_zh=tuple(zh), reasons_en=tuple(en))


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


def _codequality(stream: IO[str], options: ReportOptions) -> Reporter:
    from ggtlint.reporters.codequality import CodeQualityReporter

    return CodeQualityReporter(stream, options)


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
NOT_XML = lazy_pattern("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
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
    "codequality": _codequality,
}

"""The terminal report: findings grouped by file, the source line with a marker, a summary.

Markers are placed by display width (a hanzi takes two terminal cells), while the
``line:column`` shown is in code points, as everywhere else in ggtlint.

rich decides whether the stream gets colour (terminal, NO_COLOR, --color/--no-color); the
lines themselves are written directly with a handful of ANSI styles, because a bulk run
prints tens of thousands of findings and rich's markup rendering costs about 1 ms a line.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import IO

from rich.cells import cell_len, get_character_cell_size

from ggtlint.engine.rule import RuleInfo
from ggtlint.english import counted
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.fixes import Fix, describe, fix_of
from ggtlint.reporters import ReportOptions, Verdict, terminal_safe, verdict
from ggtlint.results import FileResult
from ggtlint.lazyregex import lazy_pattern

_MAX_MESSAGE = 1000   # characters of one message shown on the terminal
_MAX_SNIPPET = 160    # characters of a long source line shown around the caret
_SNIPPET_BEFORE = 60
_MOST_FILES = 20      # files listed as not passing at the end (a screenful; a bulk run says how many more)
_INDENT = 10          # where a finding's continuation lines and its 建议 start
_NARROWEST = 12       # fewer cells than this left after a prefix: the text starts on the next line

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SGR = {"bold red": "1;31", "yellow": "33", "cyan": "36", "dim": "2", "bold": "1", "green": "32",
        "bold underline": "1;4", "bold reverse": "1;7"}
_WORDS = {
    "zh": {"hint": "建议", "table": "表", "clean": "未发现问题", "stats": "按规则统计"},
    "en": {"hint": "fix", "table": "table", "clean": "no problems found", "stats": "findings per rule"},
}

# Line breaking for a narrow terminal: not before closing punctuation, not after opening
# punctuation; a run of ASCII (a number, an English word, "≥90%"'s digits) is never split.
_NO_BREAK_BEFORE = frozenset("，。、；：？！）》」』】〕”’,.;:?!)]}%…")
_NO_BREAK_AFTER = frozenset("（《「『【〔“‘([{")
_UNITS = lazy_pattern(r"[!-~]+|[ \t]+|.", re.S)


def wrap_cells(text: str, first: int, rest: int) -> list[str]:
    """``text`` broken into lines of at most ``first`` terminal cells, then ``rest`` cells
    (a hanzi takes two). Breaks fall between hanzi or at spaces, never inside an ASCII run
    unless the run is wider than a line."""
    units: list[str] = []
    for unit in _UNITS.findall(text):
        if units and not unit.isspace() and not units[-1].isspace() and (
                unit[0] in _NO_BREAK_BEFORE or units[-1][-1] in _NO_BREAK_AFTER):
            units[-1] += unit  # keep “ with its word and ， after it
        else:
            units.append(unit)
    lines: list[str] = []
    current, used, limit = "", 0, max(first, 1)
    for unit in units:
        width = cell_len(unit)
        if unit.isspace():
            if current and used + width < limit:
                current, used = current + unit, used + width
            elif current:  # the space is where the line breaks
                lines.append(current.rstrip())
                current, used, limit = "", 0, max(rest, 1)
            continue
        if used + width > limit and current:
            lines.append(current.rstrip())
            current, used, limit = "", 0, max(rest, 1)
        while used + width > limit:  # wider than a whole line: cut it where the line ends
            cut = taken = 0
            while cut < len(unit) and taken + get_character_cell_size(unit[cut]) <= limit - used:
                taken += get_character_cell_size(unit[cut])
                cut += 1
            cut = max(cut, 1)
            lines.append(current + unit[:cut])
            unit = unit[cut:]
            width = cell_len(unit)
            current, used, limit = "", 0, max(rest, 1)
        current, used = current + unit, used + width
    if current or not lines:
        lines.append(current.rstrip())
    return lines


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
        # findings per (rule, severity): a rule made stricter in the configuration counts apart
        self.counts: Counter[tuple[str, Severity]] = Counter()
        self.names: dict[str, str] = {}
        self.fixable: Counter[bool] = Counter()  # findings --fix can correct, by whether the fix is safe
        self._cross_heading = False
        # errors, warnings, infos shown per file (its cross-table findings included), for the
        # list of the files that do not pass at the end
        self._tally: dict[str, list[int]] = {}
        self.width = options.width if options.width and options.width > 0 else None

    def _s(self, style: str, text: str) -> str:
        """``text`` in ``style`` when the stream takes colour, else as it is."""
        return f"\x1b[{_SGR[style]}m{text}\x1b[0m" if self.color else text

    def _line(self, text: str = "") -> None:
        self.stream.write(text + "\n")

    def _wrapped(self, plain_prefix: str, styled_prefix: str, text: str, indent: int) -> None:
        """``styled_prefix`` and ``text``, broken to the terminal's width with later lines
        indented by ``indent`` (a hanging indent); one line as it is when not on a terminal."""
        width = self.width
        if width is None:  # a file or a pipe (and a bulk run's usual case): nothing to measure
            self._line(styled_prefix + text)
            return
        used = cell_len(plain_prefix)
        if used + cell_len(text) <= width:
            self._line(styled_prefix + text)
            return
        rest = max(width - indent, _NARROWEST)
        if width - used < _NARROWEST:  # the prefix leaves no room: the text goes below it
            self._line(styled_prefix.rstrip())
            lines = wrap_cells(text, rest, rest)
        else:
            lines = wrap_cells(text, width - used, rest)
            self._line(styled_prefix + lines.pop(0))
        for line in lines:
            self._line(" " * indent + line)

    def begin(self, rules: list[RuleInfo]) -> None:
        self.names = {rule.id: rule.name for rule in rules}

    def file(self, result: FileResult) -> None:
        findings = result.findings  # --quiet has already dropped the findings below the fail level
        if not findings:
            return
        tally = self._tally.setdefault(result.path, [0, 0, 0])
        for f in findings:
            self.counts[(f.rule_id, f.severity)] += 1
            tally[3 - f.severity.rank] += 1
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
        self._wrapped(f"  {position:>7}  {label}  {finding.rule_id} {finding.rule_name}  ",
                      f"  {self._s('dim', f'{position:>7}')}  {self._s(style, label)}  "
                      f"{self._s('bold', finding.rule_id)} {self._s('dim', finding.rule_name)}  ",
                      message, _INDENT)
        if line_text is not None:
            self._source(finding, line_text, style)
        hint = finding.suggestion(self.lang)
        if hint:
            hint = terminal_safe(hint, keep="")
            word = _WORDS[self.lang]["hint"] + ("：" if self.lang == "zh" else ":")
            prefix = " " * _INDENT + word + ("" if self.lang == "zh" else " ")
            # the hint's later lines start under its first word (a hanging indent), unless that
            # leaves too little of a very narrow terminal
            indent = cell_len(prefix)
            if self.width is not None and self.width - indent < _NARROWEST:
                indent = _INDENT
            self._wrapped(prefix, " " * _INDENT + self._s("green", word) + prefix[_INDENT + len(word):], hint, indent)
        fix = fix_of(finding)
        if fix is not None:
            self.fixable[fix.safe] += 1
            self._fix_line(fix)

    def _fix_line(self, fix: Fix) -> None:
        """The exact change ``--fix`` would make, and the option that makes it."""
        en = self.lang == "en"
        how = "ggtlint check --fix" + ("" if fix.safe else " --unsafe-fixes")
        if en:
            text = f"{describe(fix, 'en')} ({how}" + ("" if fix.safe else "; look at it first") + ")"
        else:
            text = f"{describe(fix)}（{how}" + ("" if fix.safe else "，请先核对") + "）"
        text = terminal_safe(text, keep="")
        word = "autofix:" if en else "可自动修复："
        prefix = " " * _INDENT + word + (" " if en else "")
        self._wrapped(prefix, " " * _INDENT + self._s("cyan", word) + prefix[_INDENT + len(word):], text, _INDENT)

    def _source(self, finding: Finding, line_text: str, style: str) -> None:
        """The source line and a caret under the marked text."""
        # one visible character per control character keeps the caret in place
        line_text = terminal_safe(line_text, keep="\t")
        gutter = f"{finding.line:>7} │ "
        start = max(finding.column - 1, 0)
        if finding.end_line == finding.line:
            end = max(finding.end_column - 1, start + 1)
        else:
            end = len(line_text.rstrip())
        end = max(min(end, len(line_text)), start + 1)
        room = self.width - len(gutter) if self.width is not None else None
        if room is not None and room >= _NARROWEST and cell_len(line_text.expandtabs(4)) > room:
            # on a narrow terminal: a window of the line that fits, around the caret
            offset, size = _window(line_text, start, room)
        else:
            # a minified JSON line can be megabytes: show a window around the caret
            offset = max(0, start - _SNIPPET_BEFORE) if len(line_text) > _MAX_SNIPPET else 0
            size = _MAX_SNIPPET
        head = "…" if offset else ""
        visible = line_text[offset:offset + size]
        tail = "…" if offset + size < len(line_text) else ""
        shown = head + _tabs_shown(visible) + tail
        self._line(self._s("dim", gutter) + shown)
        start, end = start - offset, min(end - offset, len(visible))
        end = max(end, start + 1)
        # measured on the line as shown, tabs expanded: a tab inside the marked text widens it
        # as much as one before it moves it
        pad = cell_len(head + _tabs_shown(visible[:start]))
        width = max(cell_len(head + _tabs_shown(visible[:end])) - pad, 1)
        self._line(self._s("dim", f"{' ' * 7} │ ") + " " * pad + self._s(style, "^" * width))

    def end(self, summary: Summary) -> None:
        if self.options.statistics and self.counts:
            self._statistics()
        if self.options.quiet and summary.total == 0:
            return
        self._not_passing(summary)
        self._fixable_line()
        # One last line: the counts, then whether the run passes and why. One line, so that the
        # last line of the layout is still the summary (ggtlint.own_files recognises its outputs so).
        worst = Severity.ERROR if summary.errors else Severity.WARNING if summary.warnings else None
        said = verdict(summary, self.options.fail_rank, self.options.max_warnings,
                       len(self.options.not_checked) if self.options.unread_fails else 0, self.options.fail_on_source)
        colour = "yellow" if not said.checked and said.passed else "green" if said.passed else "bold red"
        counts = summary_line(summary, self.lang)
        said_text = verdict_line(said, summary, self.options, self.lang)
        joined = counts + (" " if self.lang == "en" else "") + said_text
        lines = self._fit(joined)
        if len(lines) == 1:
            self._line(self._s(_STYLE[worst] if worst else "green", counts) + joined[len(counts):len(joined) - len(said_text)]
                       + self._s(colour, said_text))
        else:  # a narrow terminal: the counts, then the verdict from a line of its own (结论 kept whole)
            for line in self._fit(counts):
                self._line(self._s(_STYLE[worst] if worst else "green", line))
            for line in self._fit(said_text):
                self._line(self._s(colour, line))

    def _fixable_line(self) -> None:
        """How many of the findings ``--fix`` can correct (ruff's "[*] fixable" count)."""
        safe, unsafe = self.fixable[True], self.fixable[False]
        if not safe and not unsafe:
            return
        if self.lang == "en":
            text = (f"{counted(safe, 'finding')} can be fixed with ggtlint check --fix" if safe else "")
            if unsafe:
                text += ("; " if safe else "") + f"{counted(unsafe, 'more finding')} with --fix --unsafe-fixes (look at them first)"
            text += "."
        else:
            text = (f"其中 {safe} 个问题可用 ggtlint check --fix 自动修复" if safe else "")
            if unsafe:
                text += ("；另有 " if safe else "其中 ") + f"{unsafe} 个可加 --unsafe-fixes 修复（请先核对）"
            text += "。"
        for line in self._fit(text):
            self._line(self._s("cyan", line))

    def _fit(self, text: str) -> list[str]:
        """A line of the summary, broken to the terminal's width (whole when not on a terminal)."""
        if self.width is None or cell_len(text) <= self.width:
            return [text]
        return wrap_cells(text, self.width, self.width)

    def _statistics(self) -> None:
        """Findings per rule, worst level first, each with its level."""
        self._line(self._s("bold", _WORDS[self.lang]["stats"]))
        words = {severity: severity.word(self.lang) for severity in Severity}
        wide = max(cell_len(word) for word in words.values())
        for (rule_id, severity), count in sorted(self.counts.items(),
                                                 key=lambda item: (-item[0][1].rank, -item[1], item[0][0])):
            word = words[severity]
            self._line(f"  {count:>6}  {rule_id:<8} {self._s(_STYLE[severity], word)}{' ' * (wide - cell_len(word))}  "
                       f"{self.names.get(rule_id, '')}")
        self._line()

    def _not_passing(self, summary: Summary) -> None:
        """The files that do not pass, worst first, with their counts: a folder of 30 tables
        prints hundreds of lines, and this is what the person must act on. Only for more than
        one file; capped at _MOST_FILES, saying how many more there are."""
        unread = self.options.not_checked if self.options.unread_fails else ()
        if summary.files + len(unread) < 2:
            return
        rank = self.options.fail_rank
        failing = sorted(((-tally[0], -tally[1], -tally[2], path) for path, tally in self._tally.items()
                          if tally[0] or (rank <= 2 and tally[1]) or (rank <= 1 and tally[2])))
        if not failing and not unread:
            return
        en = self.lang == "en"
        # the levels that count towards failing; without --quiet the warnings too (what to fix next)
        levels = [severity for severity in Severity
                  if severity.rank >= rank or (not self.options.quiet and severity is Severity.WARNING)]
        total = len(failing) + len(unread)
        self._line(self._s("bold", f"Files that do not pass ({total}, most errors first):" if en
                           else f"不通过的文件（{total} 个，错误多的在前）："))
        digits = len(str(max([0] + [-item[0] for item in failing] + [-item[1] for item in failing]
                             + [-item[2] for item in failing])))
        block = sum(cell_len(severity.word(self.lang)) + 1 + digits for severity in levels) + 2 * (len(levels) - 1)
        shown = 0
        for name, zh, english in unread:  # not read at all: nothing in them was checked
            if shown == _MOST_FILES:
                break
            word = "not checked" if en else "未检查"
            reason = english if en else zh
            pad = max(block - cell_len(word), 0) if failing else 0  # in line with the counts below
            self._line(f"  {self._s('bold red', word)}{' ' * pad}  "
                       f"{terminal_safe(name, keep='')}{': ' if en else '：'}{terminal_safe(reason, keep='')}")
            shown += 1
        for errors, warnings, infos, path in failing:
            if shown == _MOST_FILES:
                break
            count = {Severity.ERROR: -errors, Severity.WARNING: -warnings, Severity.INFO: -infos}
            cells = "  ".join(self._s(_STYLE[severity] if count[severity] else "dim",
                                      f"{severity.word(self.lang)} {count[severity]:>{digits}}") for severity in levels)
            self._line(f"  {cells}  {terminal_safe(path, keep='')}")
            shown += 1
        if total > shown:
            more = total - shown
            self._line(self._s("dim", f"  … and {counted(more, 'more file')} that do not pass (see above)" if en
                               else f"  ……另有 {more} 个文件不通过（见上文）"))
        self._line()


def _window(line: str, start: int, room: int) -> tuple[int, int]:
    """(offset, length) of a part of ``line`` at most ``room`` cells wide, ellipses included,
    beginning about a third of the room before ``start`` (a tab counted as its widest, 4)."""
    def cells(char: str) -> int:
        return 4 if char == "\t" else get_character_cell_size(char)

    offset = start = min(start, len(line))
    before = 0
    while offset > 0 and before + cells(line[offset - 1]) <= room // 3:
        offset -= 1
        before += cells(line[offset])
    budget = room - (1 if offset else 0) - 1  # the "…" either side
    size = used = 0
    while offset + size < len(line) and used + cells(line[offset + size]) <= budget:
        used += cells(line[offset + size])
        size += 1
    return offset, max(size, 1)


def verdict_line(said: Verdict, summary: Summary, options: ReportOptions, lang: str) -> str:
    """The last line: whether the checked tables pass, in the run's own terms (its fail level,
    --max-warnings, a baseline), and why not. It is ggtlint's verdict, not the bureau's."""
    en = lang == "en"
    rank = options.fail_rank
    if said.passed and not said.checked:
        if en:
            return ("Verdict: no table was checked" + (" (there was no file to check)" if not summary.files
                    else " (no table could be read from the files)") + ", so nothing can be said to pass.")
        return ("结论：没有检查任何表格" + ("（没有要检查的文件）" if not summary.files
                else "（这些文件中没有读出表格）") + "，无从判断能否提交。")
    if not said.passed:
        exit_note = (f"{options.zero_exit}: the exit code is still 0" if options.zero_exit else "exit code 1") if en \
            else (f"{options.zero_exit}：退出码仍为 0" if options.zero_exit else "退出码 1")
        if en:
            return f"Verdict: does not pass — {'; '.join(said.reasons_en)} ({exit_note})."
        reasons = "；".join(said.reasons_zh)
        if reasons.endswith("判为不通过"):  # "有 3 个警告，按 --fail-on warning 判为不通过" says it already
            return f"结论：{reasons}（{exit_note}）。"
        return f"结论：不通过——{reasons}（{exit_note}）。"
    if options.zero_exit == "--write-baseline":  # the findings went into the baseline: no verdict on the tables
        if en:
            return (f"Verdict: none — {counted(summary.baselined, 'finding')} recorded in the baseline "
                    "(--write-baseline: exit code 0); this run does not say whether the tables pass.")
        return f"结论：本次把 {summary.baselined} 个问题记入基线（--write-baseline：退出码为 0），不判断表格能否提交。"
    # passes: say what was not found (by the fail level) and what is left below it
    found = {3: ("未发现错误", "found no errors"), 2: ("未发现错误或警告", "found no errors or warnings"),
             1: ("未发现问题", "found nothing")}[max(1, min(rank, 3))]
    left = [(count, word, noun) for count, word, noun, level in
            ((summary.warnings, "警告", "warning", 2), (summary.infos, "提示", "info", 1)) if count and level < rank]
    notes_zh: list[str] = []
    notes_en: list[str] = []
    if left:
        within = options.max_warnings is not None and rank > 2  # the warnings are within --max-warnings
        notes_zh.append("另有 " + "、".join(f"{count} 个{word}" + (
            f"（未超过 --max-warnings 允许的 {options.max_warnings} 个）" if within and noun == "warning" else "")
            for count, word, noun in left) + "，建议修改")
        notes_en.append(" and ".join(counted(count, noun) + (
            f" (within the {options.max_warnings} --max-warnings allows)" if within and noun == "warning" else "")
            for count, _, noun in left) + (" are" if sum(count for count, _, _ in left) > 1 else " is")
            + " worth fixing")
    if summary.baselined:
        # findings the baseline holds may be errors: the run passes, the tables are not "ready"
        found_zh, found_en = found[0].replace("未发现", "未发现基线之外的"), found[1] + " beyond the baseline"
        said_zh = f"结论：ggtlint {found_zh}，本次检查通过" + "".join(f"；{note}" for note in notes_zh)
        said_en = f"Verdict: ggtlint {found_en}, the run passes" + "".join(f"; {note}" for note in notes_en)
        if en:
            return (f"{said_en}; the {counted(summary.baselined, 'finding')} recorded in the baseline "
                    f"{'is' if summary.baselined == 1 else 'are'} not counted.")
        return f"{said_zh}；基线中已记录的 {summary.baselined} 个问题不计，是否合格以财政部门审核为准。"
    if en:
        return (f"Verdict: ggtlint {found[1]}, ready to submit" + "".join(f"; {note}" for note in notes_en)
                + " (the finance bureau's review decides).")
    # "ggtlint 未发现…": the linter's verdict, and the bureau's review still decides
    return f"结论：ggtlint {found[0]}，可以提交" + "".join(f"；{note}" for note in notes_zh) + "（以财政部门审核为准）。"


def _tabs_shown(text: str) -> str:
    """``text`` with each Tab shown as "⇥" and the blanks up to the next tab stop (every 4
    characters, as expandtabs(4)): a terminal draws a Tab as blanks, and a Tab in YAML's
    indentation is the very thing a finding points at."""
    if "\t" not in text:
        return text
    out: list[str] = []
    column = 0
    for char in text:
        if char == "\t":
            size = 4 - column % 4
            out.append("⇥" + " " * (size - 1))
            column += size
        else:
            out.append(char)
            column += 1
    return "".join(out)

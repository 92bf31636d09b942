"""Whole-run reports for a reviewer (``ggtlint check --report review.html --report review.xlsx``).

Unlike the reporters, which stream to a terminal or a machine, a report is written once at the
end: it lists every finding, grouped and ordered by table, and every table checked. The
:class:`ReportCollector` keeps a compact row per finding (no Finding objects, no source lines)
in a temporary file, and in memory only its counts and a few bytes of index per finding, so
memory does not grow with the run. The format comes from the file's suffix: ``.html`` (one
self-contained page, :mod:`ggtlint.reports.html`) or ``.xlsx`` (a workbook,
:mod:`ggtlint.reports.xlsx`); a folder (``审核/``) gets one workbook per department
(:class:`DepartmentView`, :mod:`ggtlint.reports.departments`), so each department can be sent its
own rows and nobody else's. The reports of a run are written together: each to a temporary
file first, then all renamed into place at once, so an interrupted run leaves either every new
report or none (never one new report beside a stale one).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Container, Iterable, Sequence

from ggtlint.atomic import OutputError, Spool, atomic_write, hold_interrupts, release_interrupts, write_error
from ggtlint.bilingual import BilingualError
from ggtlint.english import counted
from ggtlint.findings import Severity, Summary
from ggtlint.model import field_label
from ggtlint.lazyregex import lazy_pattern

# the levels in the order of every count a report keeps: [errors, warnings, infos]
LEVELS = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_LEVEL_INDEX = {level.value: index for index, level in enumerate(LEVELS)}
NO_DEPARTMENT = "（未填主管部门）"
NO_DEPARTMENT_EN = "(no department given)"
# A file that could not be read names no department: booking it to "not filled in" would blame
# a department for a field nobody could see.
UNKNOWN_DEPARTMENT = "部门未知（文件无法读取）"
UNKNOWN_DEPARTMENT_EN = "department unknown (file could not be read)"
# What a report row stands for: a table, a file that did not load, or one part of a file (a
# YAML document, between "---" lines) that is not a table (``just a note`` between two tables).
TABLE, FILE, DOCUMENT = "table", "file", "document"
_SHOWN_PATHS = 10  # checked paths named in a report's header; past that, "and N more"
_FRAMEWORKS = {"legacy": ("旧版指标体系（产出含成本）", "pre-2021 framework (costs under outputs)"),
               "fw2021": ("财预〔2021〕101号指标体系", "the 2021 framework (财预〔2021〕101号)")}
# where a rule's one-line summary ends its first clause: the rest is detail, not its title
_TITLE_END = lazy_pattern(r"[，。；：（(]")


def say(lang: str, zh: str, en: str) -> str:
    """The report's own words in its language."""
    return en if lang == "en" else zh


def level_plural(level: Severity, lang: str, heading: bool = False) -> str:
    """A level naming a count of its findings (错误 3, errors 3): :meth:`Severity.word`, which
    English puts in the plural, capitalised as a ``heading`` (Errors); Chinese has neither."""
    word = level.word(lang)
    if lang != "en":
        return word
    return (word[:1].upper() + word[1:] if heading else word) + "s"


def display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet or a fixed layout: a Chinese character (wide or
    full-width) takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


class ReportError(BilingualError):
    """The report cannot be written (bad suffix, unwritable path); why, in both languages."""


_REPORT_SUFFIXES = (".html", ".htm", ".xlsx")


def is_report_folder(path: str | Path) -> bool:
    """Whether ``path`` names a folder for per-department workbooks: it ends in a separator
    (``/``, or ``\\`` as typed on Windows)."""
    text = str(path)
    # "" (an unset "$OUT") is no name at all; the separator is asked for even when the folder
    # exists: "--report 审核" mistyped for 审核.xlsx must not fill 审核/ with workbooks
    return bool(text.strip()) and text.endswith(("/", "\\"))


def report_format(path: str | Path) -> str:
    """``html`` or ``xlsx`` from the suffix, ``folder`` for a folder (one workbook per
    department); ReportError for anything else."""
    if is_report_folder(path):
        return "folder"
    name = Path(path).name.lower()
    if name in _REPORT_SUFFIXES:  # Python reads ".html" as a name without a suffix
        raise ReportError(f"报告文件 '{path}' 缺少文件名，请写成如 review{name}",
                          f"the report '{path}' needs a file name before {name}, e.g. review{name}")
    suffix = Path(path).suffix.lower()
    if suffix not in _REPORT_SUFFIXES and str(path).strip() and Path(path).is_dir():
        raise ReportError(f"报告路径 {path} 是一个目录（要给每个主管部门各写一个工作簿，请写成 {path}/）",
                          f"the report path {path} is a folder; for one workbook per department, write {path}/")
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".xlsx":
        return "xlsx"
    raise ReportError(f"不支持的报告格式 '{suffix or path}'，请使用 .html 或 .xlsx，或以 / 结尾的文件夹（每个主管部门一个工作簿）",
                      f"unsupported report format '{suffix or path}': use .html or .xlsx, or a folder ending in / "
                      "for one workbook per department")


class ReportsNotWritten(OutputError):
    """A report of the run could not be written: says which reports were written and which not
    (none of them is left half written)."""

    def __init__(self, path: str, error: OSError, written: Sequence[str], not_written: Sequence[str]) -> None:
        super().__init__(path, error)
        self.written = list(written)
        self.not_written = list(not_written)

    def reasons(self) -> tuple[str, str]:
        zh, en = write_error(self.error)
        done_zh = "、".join(self.written) if self.written else "无"
        done_en = ", ".join(self.written) if self.written else "none"
        return (f"无法写入报告 {self.path}：{zh}。已写入的报告：{done_zh}；未写入的报告：{'、'.join(self.not_written)}",
                f"cannot write the report {self.path}: {en}. Reports written: {done_en}; "
                f"not written: {', '.join(self.not_written)}")


def _discard(pending: Sequence[tuple[str, Any, Any]], error: BaseException) -> None:
    """Drop the temporary files (or staging folders) of reports not put in place (their targets
    stay as they were)."""
    for _path, writing, _handle in reversed(pending):
        with contextlib.suppress(Exception):  # a full disk again while closing: the file is gone all the same
            writing.__exit__(type(error), error, error.__traceback__)


def _reason(error: OSError) -> OSError:
    """The system's error under an OutputError (which already names the path)."""
    return error.error if isinstance(error, OutputError) else error


# one encoder for every row (json.dumps with options would build one per call)
_ROW_JSON = json.JSONEncoder(ensure_ascii=False).encode


def table_documents(result: Any) -> tuple[list[int], set[int]]:
    """The document number of each of a file's tables (in ``result.table_labels`` order), and
    the documents with findings that are not tables (``project: …`` / ``just a note`` /
    ``project: …``: the second table is document 3)."""
    documents = result.documents_of_tables()
    return documents, {f.document for f in result.findings} - set(documents)


@dataclass(slots=True)
class TableRow:
    """One table (or one file that did not load, or one document that is not a table) and its counts."""

    file: str
    document: int
    label: str
    department: str
    kind: str = TABLE  # TABLE, FILE or DOCUMENT
    counts: list[int] = field(default_factory=lambda: [0, 0, 0])  # errors, warnings, infos
    unlisted: int = 0  # findings --quiet leaves out of the report: the table is not clean
    parts: bool = False  # its file holds more than one document ("---"): name which part it is

    @property
    def loaded(self) -> bool:
        """Whether the row is a table (a file that did not load, or a document that is not a
        table, is not: its findings count, it does not)."""
        return self.kind == TABLE

    @property
    def unreadable(self) -> bool:
        """Whether the row is a file that could not be read as a table at all."""
        return self.kind == FILE

    def where(self, lang: str = "zh") -> str:
        """Which part of its file the row is (the parts a file's tables are separated into by
        "---", counted as the 表序号 column counts them), for a reader; "" for a file of one part."""
        part = self.document + 1
        if self.kind == DOCUMENT:
            return say(lang, f"文件第 {part} 部分，不是绩效目标表", f"part {part} of the file, not a target table")
        if self.kind == TABLE and (self.document or self.parts):
            return say(lang, f"文件第 {part} 部分", f"part {part} of the file")
        return ""

    @property
    def worst_key(self) -> tuple[int, int, int]:
        return (-self.counts[0], -self.counts[1], -self.counts[2])

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(slots=True)
class Tally:
    """What the reports need of a department's findings that its tables' counts do not hold:
    counts per rule, findings ``--quiet`` left out by level, findings a suppression comment or
    the baseline hid, the widest cell named. Each finding is counted in its department's tally
    only; a run's or a workbook's is its departments' merged."""

    rules: dict[str, list[int]] = field(default_factory=dict)
    unlisted: list[int] = field(default_factory=lambda: [0, 0, 0])
    suppressed: int = 0
    baselined: int = 0
    place_width: int = 0

    def merge(self, other: Tally) -> None:
        """Add the counts of ``other`` (another department of one workbook) to these."""
        for rule_id, counts in other.rules.items():
            mine = self.rules.setdefault(rule_id, [0, 0, 0])
            for level in range(3):
                mine[level] += counts[level]
        for level in range(3):
            self.unlisted[level] += other.unlisted[level]
        self.suppressed += other.suppressed
        self.baselined += other.baselined
        self.place_width = max(self.place_width, other.place_width)

    def by_rule(self) -> list[tuple[str, list[int]]]:
        """(rule id, [errors, warnings, infos]) most findings first."""
        return sorted(self.rules.items(), key=lambda item: (-sum(item[1]), item[0]))


@dataclass(slots=True)
class FindingRow:
    """What a report shows of one finding."""

    table: int          # index into ReportCollector.tables
    rule_id: str
    level: str          # error / warning / info
    message: str
    suggestion: str
    line: int
    column: int
    path: str
    cross_table: bool
    place: str = ""     # 申报表!E15 for a workbook's finding (its line and column are the import's)


def department_order(table: TableRow) -> tuple[bool, str, str, int]:
    """The order a department reads its own rows in: files that could not be read first, then
    by department, file and part."""
    return (not table.unreadable, table.department, table.file, table.document)


def worst_first(tables: Iterable[TableRow]) -> list[TableRow]:
    """The tables with findings: files that could not be read first (nothing else of theirs is
    known), then worst first (errors, then warnings, then infos), then by file."""
    rows = [t for t in tables if t.total]
    return sorted(rows, key=lambda t: (not t.unreadable, t.worst_key, t.file, t.document))


def count_unreadable(tables: Iterable[TableRow]) -> int:
    """How many of the rows are files that could not be read as tables at all."""
    return sum(1 for t in tables if t.unreadable)


def count_clean(tables: Iterable[TableRow]) -> int:
    """How many tables have no finding at all (listed or left out by ``--quiet``)."""
    return sum(1 for t in tables if is_clean(t))


def is_clean(table: TableRow) -> bool:
    """A table read with no finding at all, listed or left out by ``--quiet``."""
    return table.loaded and not table.total and not table.unlisted


def by_department(tables: Iterable[TableRow]) -> list[tuple[str, int, int, list[int]]]:
    """(department, tables, tables with errors, [errors, warnings, infos]) worst first."""
    counted_tables: Counter[str] = Counter()
    failing: Counter[str] = Counter()
    counts: dict[str, list[int]] = {}
    for table in tables:
        if table.loaded:  # a file that did not load (or a document that is not a table) is no table:
            # its errors count, it does not
            counted_tables[table.department] += 1
            if table.counts[0]:
                failing[table.department] += 1
        bucket = counts.setdefault(table.department, [0, 0, 0])
        for i in range(3):
            bucket[i] += table.counts[i]
    rows = [(name, counted_tables[name], failing[name], counts[name]) for name in counts]
    return sorted(rows, key=lambda r: (-r[3][0], -r[3][1], -r[3][2], r[0]))


class ReportCollector:
    """A reporter (begin/file/end) that keeps compact rows and writes the reports at the end.

    ``checked`` are the paths given on the command line, as typed; ``selection`` says how they
    were checked (keys ``select``, ``ignore``, ``fail_on``, ``framework``, ``budget_year``):
    both are shown at the top of every report, so a report forwarded alone says what it covers.
    """

    def __init__(self, paths: list[str], lang: str = "zh", tool_version: str = "", base_dir: str = ".",
                 quiet_rank: int | None = None, checked: Sequence[str] = (),
                 selection: dict[str, Any] | None = None,
                 not_checked: Sequence[tuple[str, str, str]] = (), reserved: Sequence[str] = ()) -> None:
        for path in paths:
            report_format(path)
        self.paths = paths
        # with --quiet, the rank below which findings are left out (given every finding, so that
        # a table with only warnings is still known not to be clean)
        self.quiet_rank = quiet_rank
        self.lang = lang
        self.tool_version = tool_version
        self.base_dir = base_dir
        self.checked = list(checked)
        self.selection = dict(selection or {})
        # files in the checked folders that were not checked: (path, why in Chinese, in English)
        self.not_checked = list(not_checked)
        # the run's other outputs (-o, the baseline): a department's workbook never takes their name
        self.reserved = [os.path.abspath(path) for path in reserved]
        self.created = _dt.datetime.now()
        self.rules: dict[str, Any] = {}
        self.tables: list[TableRow] = []
        # per department, a few counts per rule (not per finding); the run's are these merged
        self._tallies: dict[str, Tally] = {}
        self.scope = ""  # whom the report is for, when not the whole run (a department's workbook)
        self.workbooks: dict[str, int] = {}  # a report folder -> how many workbooks went into it
        # (department, file name) of workbooks that could not take their department's own name
        self.renamed: list[tuple[str, str]] = []
        # a report folder -> workbooks of an earlier run there whose departments this run did not meet
        self.left_over: dict[str, list[str]] = {}
        self._index: dict[tuple[str, int], int] = {}
        self._folder_departments: dict[str, str] | None = None  # worked out once, at the end
        self.files = 0
        self.summary: Summary | None = None
        # The rows, as JSON, in a temporary file; per finding, its record there and its table
        # (8 + 4 bytes in memory).
        self._rows = Spool()
        self._table_of = array("l")
        self._starts: array | None = None  # per table, where its findings begin in _order
        self._order: array | None = None
        self._labels: dict[str, str] = {}  # path -> field_label(path), for the paths met

    # -- reporter protocol -------------------------------------------------------------
    def begin(self, rules: list[Any]) -> None:
        self.rules = {rule.id: rule for rule in rules}

    def file(self, result: Any) -> None:
        # table_labels and departments count tables, findings count documents: the i-th table
        # is not document i when a document before it is not a table
        documents, not_tables = table_documents(result)
        if not result.cross_table:
            self.files += 1
            parts = len(set(documents) | not_tables) > 1 or any(documents)
            for number, document in enumerate(documents):
                department = result.departments[number] if number < len(result.departments) else None
                index = self._table(result.path, document, result.table_labels[number], department)
                self.tables[index].parts = parts
        # a file of one document that is not a table is named as a file, one of several as a document
        several = bool(result.table_labels) or any(f.document for f in result.findings)
        # a part that is not a table belongs to the department of the file's tables, when they share one
        named = {department for department in result.departments if department}
        file_department = next(iter(named)) if len(named) == 1 else None
        for finding in result.findings:
            index = self._index.get((finding.file, finding.document))
            if index is None:  # a file that did not load, or a document that is not a table
                kind = DOCUMENT if several and finding.document in not_tables and not result.cross_table else FILE
                label = finding.table or Path(finding.file).name
                index = self._table(finding.file, finding.document, label,
                                    file_department if kind == DOCUMENT else None, kind=kind)
            if self.quiet_rank is not None and finding.severity.rank < self.quiet_rank:
                self.tables[index].unlisted += 1
                self._department_tally(index).unlisted[_LEVEL_INDEX[finding.severity.value]] += 1
                continue
            self.add(FindingRow(
                table=index, rule_id=finding.rule_id, level=finding.severity.value, message=finding.message(self.lang),
                suggestion=finding.suggestion(self.lang) or "", line=finding.line, column=finding.column,
                path=finding.path, cross_table=bool(result.cross_table),
                place=finding.place if finding.extra.get("cell") else "",
            ))
        # findings not listed because a suppression comment or the baseline hid them: booked to
        # their table's department, as a listed finding would be
        for documents, baselined in ((result.suppressed_in, False), (result.baselined_in, True)):
            for document in documents:
                index = self._index.get((result.path, document))
                if index is None:  # a file that did not load, or a part that is not a table: its row,
                    # made as a listed finding's would be, so some workbook counts it
                    kind = DOCUMENT if several and document in not_tables and not result.cross_table else FILE
                    index = self._table(result.path, document, Path(result.path).name,
                                        file_department if kind == DOCUMENT else None, kind=kind)
                tally = self._department_tally(index)
                if baselined:
                    tally.baselined += 1
                else:
                    tally.suppressed += 1

    def add(self, row: FindingRow) -> None:
        """Count one finding's row and put it aside for the report."""
        level = _LEVEL_INDEX[row.level]
        self.tables[row.table].counts[level] += 1
        tally = self._department_tally(row.table)
        tally.rules.setdefault(row.rule_id, [0, 0, 0])[level] += 1
        if row.place:
            tally.place_width = max(tally.place_width, display_width(row.place))
        fields = [row.rule_id, row.level, row.message, row.suggestion, row.line, row.column, row.path, row.cross_table,
                  row.place]
        try:
            data = _ROW_JSON(fields).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: written as an escape, read back the same
            data = json.dumps(fields).encode("utf-8")
        self._rows.append(data)
        self._table_of.append(row.table)

    def _department_tally(self, table: int) -> Tally:
        """The tally of table ``table``'s department, made on first use."""
        return self._tally_named(self.tables[table].department)

    def _tally_named(self, department: str) -> Tally:
        tally = self._tallies.get(department)
        if tally is None:
            tally = self._tallies[department] = Tally()
        return tally

    def end(self, summary: Summary) -> None:
        self.summary = summary
        self.created = _dt.datetime.now()
        try:
            self.write_reports()
        finally:
            self.close()

    def write_reports(self) -> None:
        """Write every report to a temporary file beside it, then rename them all into place at
        once: a Ctrl-C or a failure before the renames leaves no new report (the old ones stay
        as they were), and Ctrl-C is held back while they are renamed. A report that cannot be
        written raises :class:`ReportsNotWritten`, naming which were written and which not."""
        from ggtlint.reports.departments import StagedWorkbooks, write_department_workbooks
        from ggtlint.reports.html import write_html
        from ggtlint.reports.xlsx import write_xlsx

        writers = {"html": write_html, "xlsx": write_xlsx, "folder": write_department_workbooks}
        # (path, its atomic_write or StagedWorkbooks, the temporary file or the staging folder)
        pending: list[tuple[str, Any, Any]] = []
        current = ""
        try:
            for path in self.paths:
                current = path
                writing = StagedWorkbooks(path) if report_format(path) == "folder" else atomic_write(path, binary=True)
                pending.append((path, writing, writing.__enter__()))
            for path, _writing, handle in pending:
                current = path
                writers[report_format(path)](self, handle)
        except BaseException as exc:
            _discard(pending, exc)
            if isinstance(exc, OSError):
                raise ReportsNotWritten(current, _reason(exc), [], self.paths) from exc
            raise
        written: list[str] = []
        held = hold_interrupts()
        try:
            for number, (path, writing, _handle) in enumerate(pending):
                try:
                    writing.__exit__(None, None, None)  # flushes, then renames into place
                except BaseException as exc:
                    _discard(pending[number + 1:], exc)
                    if isinstance(exc, OSError):
                        raise ReportsNotWritten(path, _reason(exc), written, [p for p, *_ in pending[number:]]) from exc
                    raise
                written.append(path)
        finally:
            release_interrupts(held)

    # -- aggregation for the writers ---------------------------------------------------
    def _table(self, file: str, document: int, label: str, department: str | None, kind: str = TABLE) -> int:
        """The row of ``file``'s document ``document``, made on first use; ``kind`` says what
        the row stands for (see :data:`TABLE`)."""
        key = (file, document)
        index = self._index.get(key)
        if index is None:
            index = len(self.tables)
            self._index[key] = index
            if kind == TABLE and (not label or label == f"#{document + 1}"):  # the model's name for no name
                label = say(self.lang, f"（未填项目名称，表序号 {document + 1}）", f"(no project name, table #{document + 1})")
            department = (department or "").strip()
            if kind == FILE:
                department = say(self.lang, UNKNOWN_DEPARTMENT, UNKNOWN_DEPARTMENT_EN)
            elif not department:
                department = say(self.lang, NO_DEPARTMENT, NO_DEPARTMENT_EN)
            self.tables.append(TableRow(file, document, label or Path(file).name, department, kind))
        return index

    def tally_of(self, departments: Container[str] | None = None) -> Tally:
        """The tallies of ``departments`` (of every department by default), merged."""
        merged = Tally()
        for department, tally in self._tallies.items():
            if departments is None or department in departments:
                merged.merge(tally)
        return merged

    @property
    def finding_count(self) -> int:
        """How many findings the report lists."""
        return len(self._table_of)

    @property
    def unlisted_counts(self) -> list[int]:
        """Errors, warnings and infos ``--quiet`` left out of the report."""
        return self.tally_of().unlisted

    @property
    def place_width(self) -> int:
        """The widest workbook cell named (申报表!E15), for the xlsx column."""
        return self.tally_of().place_width

    def worst_tables(self) -> list[TableRow]:
        """Tables with findings, unreadable files first, then worst first (:func:`worst_first`)."""
        return worst_first(self.tables)

    def checked_tables(self) -> list[TableRow]:
        """Every row, as a department reads its own (:func:`department_order`)."""
        return sorted(self.tables, key=department_order)

    def clean_table_rows(self) -> list[TableRow]:
        """The tables with no finding at all, by department and file."""
        clean = (t for t in self.tables if is_clean(t))
        return sorted(clean, key=department_order)

    def unlisted_only_rows(self) -> list[TableRow]:
        """The tables whose every finding ``--quiet`` left out (they are not clean)."""
        return sorted((t for t in self.tables if not t.total and t.unlisted), key=department_order)

    def unreadable_files(self) -> int:
        """How many files could not be read as tables at all."""
        return count_unreadable(self.tables)

    def by_rule(self) -> list[tuple[str, list[int]]]:
        """(rule id, [errors, warnings, infos]) most findings first."""
        return self.tally_of().by_rule()

    def rows_of(self, table: int) -> list[FindingRow]:
        """Table ``table``'s rows in report order: cross-table last, then line, column and rule."""
        if not self.finding_count:
            return []
        if self._order is None:
            self._group()
        assert self._order is not None and self._starts is not None
        rows = [self._row(table, self._order[position])
                for position in range(self._starts[table], self._starts[table + 1])]
        rows.sort(key=lambda r: (r.cross_table, r.line, r.column, r.rule_id))
        return rows

    def _group(self) -> None:
        """Each table's findings, in the order they came: a counting sort into two arrays."""
        starts = array("q", bytes(8 * (len(self.tables) + 1)))
        for table in self._table_of:
            starts[table + 1] += 1
        for index in range(len(self.tables)):
            starts[index + 1] += starts[index]
        order, filled = array("q", bytes(8 * self.finding_count)), array("q", starts)
        for number, table in enumerate(self._table_of):
            order[filled[table]] = number
            filled[table] += 1
        self._starts, self._order = starts, order

    def _row(self, table: int, number: int) -> FindingRow:
        rule_id, level, message, suggestion, line, column, path, cross, place = json.loads(self._rows.read(number))
        return FindingRow(table, rule_id, level, message, suggestion, line, column, path, cross, place)

    def close(self) -> None:
        """Drop the rows put aside (the temporary file goes)."""
        self._rows.close()

    # -- one workbook per department ------------------------------------------------------
    def department_tables(self) -> list[tuple[str | None, list[int]]]:
        """(department, its tables' indexes) for each department, by name; the rows with no
        department (files that could not be read, tables without 主管部门) come first, under None."""
        unknown = {say(self.lang, UNKNOWN_DEPARTMENT, UNKNOWN_DEPARTMENT_EN),
                   say(self.lang, NO_DEPARTMENT, NO_DEPARTMENT_EN)}
        groups: dict[str | None, list[int]] = {}
        for index, table in enumerate(self.tables):
            groups.setdefault(None if table.department in unknown else table.department, []).append(index)
        return sorted(groups.items(), key=lambda item: (item[0] is not None, item[0] or ""))

    def where_written(self) -> tuple[str, str]:
        """Where the reports went, (Chinese, English): each path, and for a folder how many workbooks."""
        zh, en = [], []
        for path in self.paths:
            count = self.workbooks.get(path)
            zh.append(path if count is None else f"{path}（{count} 个部门工作簿）")
            en.append(path if count is None else f"{path} ({counted(count, 'department workbook')})")
        said_zh, said_en = "、".join(zh), ", ".join(en)
        if self.renamed:  # a clerk attaching 都匀市公安局.xlsx must know the workbook is 都匀市公安局-2.xlsx
            said_zh += "；其中" + "、".join(f"“{department}”的工作簿名为 {name}" for department, name in self.renamed) \
                + "（原名已被占用）"
            said_en += "; of them, " + ", ".join(f"{department}'s workbook is {name}" for department, name in self.renamed) \
                + " (its own name was taken)"
        for folder, names in self.left_over.items():  # left as they are: the bureau decides
            said_zh += (f"；{folder} 中另有早先写出的 {len(names)} 个工作簿，本次没有这些部门的表，未改动："
                        + "、".join(names))
            said_en += (f"; {folder} also holds {counted(len(names), 'workbook')} of an earlier run for "
                        f"departments this run did not meet, left as they are: " + ", ".join(names))
        return said_zh, said_en

    def field_label(self, row: FindingRow) -> str:
        """Where a finding is, in words (:func:`ggtlint.model.field_label`, in the report's
        language), worked out once per path; a file that holds no table is named as a file."""
        path = row.path
        kind = self.tables[row.table].kind
        if not path and kind == FILE:
            return say(self.lang, "整个文件", "the whole file")
        if not path and kind == DOCUMENT:
            return say(self.lang, "这一部分整体", "the whole part")
        label = self._labels.get(path)
        if label is None:
            label = field_label(path, self.lang)
            if len(path) <= 300:  # a bureau's tables share a few hundred short paths; a long one is rare
                if len(self._labels) >= 4096:
                    self._labels.clear()
                self._labels[path] = label
        return label

    def clean_tables(self) -> int:
        """How many tables have no finding at all (listed or left out by ``--quiet``)."""
        return count_clean(self.tables)

    def by_department(self) -> list[tuple[str, int, int, list[int]]]:
        """(department, tables, tables with errors, [errors, warnings, infos]) worst first."""
        return by_department(self.tables)

    def rule_name(self, rule_id: str) -> str:
        info = self.rules.get(rule_id)
        return info.name if info is not None else ""

    def rule_title(self, rule_id: str) -> str:
        """A rule's short title in the report's language: under zh the first clause of its
        Chinese summary (文件无法读取, 百分数须在 0–100% 之间), under en its name."""
        info = self.rules.get(rule_id)
        if info is None:
            return ""
        if self.lang == "en" or not info.summary.zh:
            return info.name
        return _TITLE_END.split(info.summary.zh, maxsplit=1)[0].strip() or info.name

    def rule_summary(self, rule_id: str) -> str:
        info = self.rules.get(rule_id)
        return info.summary.get(self.lang) if info is not None else ""

    def totals(self) -> dict[str, int]:
        summary = self.summary or Summary()
        return {"files": summary.files, "tables": summary.tables, "errors": summary.errors,
                "warnings": summary.warnings, "infos": summary.infos, "suppressed": summary.suppressed,
                "baselined": summary.baselined}

    # -- what the run was: said at the top of every report -------------------------------
    def nothing_checked(self) -> bool:
        """Whether the run checked no file at all (a report of it must not read as a clean review)."""
        return not self.totals()["files"] and not self.tables

    def not_checked_rows(self) -> list[tuple[str, str]]:
        """(path, why) of each file in the checked folders that was not checked, in the report's language."""
        return [(path, say(self.lang, zh, en)) for path, zh, en in self.not_checked]

    def folder_departments(self) -> dict[str, str]:
        """Each folder whose tables all have one 主管部门 (named), and that department: a bureau
        keeps each department's submission in a folder of its own. (Asked by every department's
        workbook, once the run is over: worked out once.)"""
        if self._folder_departments is None:
            found: dict[str, set[str]] = {}
            for table in self.tables:
                if table.kind == TABLE:
                    found.setdefault(os.path.dirname(table.file), set()).add(table.department)
            placeholders = {NO_DEPARTMENT, NO_DEPARTMENT_EN}
            self._folder_departments = {folder: next(iter(names)) for folder, names in found.items()
                                        if len(names) == 1 and not names & placeholders}
        return self._folder_departments

    def nothing_checked_note(self) -> str:
        return say(self.lang, "没有检查任何文件：所给路径下没有可检查的表，这份报告不说明任何表合格。",
                   "No file was checked: no table was found under the paths given; this report "
                   "does not say that any table passed.")

    def quiet_note(self, unlisted: Sequence[int] | None = None) -> str:
        """Under --quiet, which levels are listed and how many findings (``unlisted``: errors,
        warnings, infos; the run's by default) are not; "" otherwise."""
        if self.quiet_rank is None or self.quiet_rank <= 1:
            return ""
        if unlisted is None:
            unlisted = self.unlisted_counts
        listed = [level for level in LEVELS if level.rank >= self.quiet_rank]
        left = [(level, unlisted[index]) for index, level in enumerate(LEVELS) if level.rank < self.quiet_rank]
        if self.lang == "en":
            levels = " and ".join('"' + level.word("en") + '"' for level in listed)
            rest = " and ".join(f"{count} {level_plural(level, 'en') if count != 1 else level.word('en')}"
                                for level, count in left)
            return f"Only findings of level {levels} are listed (--quiet); {rest} are not listed."
        levels = "".join(f"“{level.word('zh')}”" for level in listed)
        rest = "、".join(f"{level.word('zh')} {count} 个" for level, count in left)
        return f"仅列出{levels}级别的问题（--quiet）；另有{rest}未列出"

    def run_facts(self) -> list[tuple[str, str]]:
        """(what, value) pairs saying what was checked and how, in the report's language."""
        lang = self.lang
        facts: list[tuple[str, str]] = []
        if self.checked:
            shown = [str(path) for path in self.checked[:_SHOWN_PATHS]]
            more = len(self.checked) - len(shown)
            paths = say(lang, "、", ", ").join(shown)
            if more:
                paths += say(lang, f" 等 {len(self.checked)} 个", f" and {more} more")
            facts.append((say(lang, "检查对象", "Checked"), paths))
        select, ignore = list(self.selection.get("select") or []), list(self.selection.get("ignore") or [])
        if select or ignore:
            parts = []
            if select:
                parts.append(say(lang, "仅检查：", "only ") + say(lang, "、", ", ").join(select))
            if ignore:
                parts.append(say(lang, "不检查：", "not ") + say(lang, "、", ", ").join(ignore))
            facts.append((say(lang, "规则选择", "Rules chosen"), say(lang, "；", "; ").join(parts)))
        if self.selection.get("preview"):  # the findings of rules still on trial are among the listed
            facts.append((say(lang, "预览规则", "Preview rules"),
                          say(lang, "已运行（--preview，尚在试用的规则）", "run (--preview: rules still on trial)")))
        fail_on = self.selection.get("fail_on")
        if fail_on:
            word = Severity(fail_on).word(lang)
            facts.append((say(lang, "判为不通过的级别", "Fails on"),
                          say(lang, f"“{word}”及以上（--fail-on {fail_on}）", f"{word} and above (--fail-on {fail_on})")))
        framework = self.selection.get("framework")
        if framework:
            zh, en = _FRAMEWORKS.get(framework, (framework, framework))
            facts.append((say(lang, "指标体系", "Framework"), say(lang, zh, en)))
        year = self.selection.get("budget_year")
        if year:
            facts.append((say(lang, "预算年度", "Budget year"), str(year)))
        baseline = self.selection.get("baseline")
        if baseline:  # what "无问题" means: a table may have findings the baseline hides
            facts.append((say(lang, "基线", "Baseline"),
                          say(lang, f"{baseline}（其中记录的问题不列出，相应的表可能显示为无问题）",
                              f"{baseline} (the findings it records are not listed; their tables may show as clean)")))
        facts.append((say(lang, "工具", "Tool"), say(lang, f"ggtlint {self.tool_version}，规则 {len(self.rules)} 条",
                                                  f"ggtlint {self.tool_version}, {len(self.rules)} rules")))
        facts.append((say(lang, "生成时间", "Created"), self.created.strftime("%Y-%m-%d %H:%M")))
        return facts

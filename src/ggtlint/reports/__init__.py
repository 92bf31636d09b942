"""Whole-run reports for a reviewer (``ggtlint check --report review.html --report review.xlsx``).

Unlike the reporters, which stream to a terminal or a machine, a report is written once at the
end: it lists every finding, grouped and ordered by table. The :class:`ReportCollector` keeps a
compact row per finding (no Finding objects, no source lines) in a temporary file, and in
memory only its counts and a few bytes of index per finding, so memory does not grow with the
run. The format comes from the file's suffix: ``.html`` (one self-contained page,
:mod:`ggtlint.reports.html`) or ``.xlsx`` (a workbook, :mod:`ggtlint.reports.xlsx`). Each is
written atomically, so an interrupted run never leaves half a report.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ggtlint.atomic import Spool
from ggtlint.findings import Summary
from ggtlint.model import field_label

_RANK_LEVEL = {3: "error", 2: "warning", 1: "info"}
_LEVEL_INDEX = {"error": 0, "warning": 1, "info": 2}
NO_DEPARTMENT = "（未填主管部门）"
# What a report row stands for: a table, a file that did not load, or one part of a file (a
# YAML document, between "---" lines) that is not a table (``just a note`` between two tables).
TABLE, FILE, DOCUMENT = "table", "file", "document"


class ReportError(Exception):
    """The report cannot be written (bad suffix, unwritable path)."""


def report_format(path: str | Path) -> str:
    """``html`` or ``xlsx`` from the suffix; ReportError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".xlsx":
        return "xlsx"
    raise ReportError(f"不支持的报告格式 '{suffix or path}'，请使用 .html 或 .xlsx "
                      f"(unsupported report format; use .html or .xlsx)")


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

    @property
    def loaded(self) -> bool:
        """Whether the row is a table (a file that did not load, or a document that is not a
        table, is not: its findings count, it does not)."""
        return self.kind == TABLE

    @property
    def where(self) -> str:
        """Which part of its file the row is (the parts a file's tables are separated into by
        "---", counted as the 表序号 column counts them), for a reader; "" for a file's first."""
        if self.kind == DOCUMENT:
            return f"文件第 {self.document + 1} 部分，不是绩效目标表 part {self.document + 1}, not a target table"
        if self.kind == TABLE and self.document:
            return f"文件第 {self.document + 1} 部分 part {self.document + 1}"
        return ""

    @property
    def worst_key(self) -> tuple[int, int, int]:
        return (-self.counts[0], -self.counts[1], -self.counts[2])

    @property
    def total(self) -> int:
        return sum(self.counts)


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


class ReportCollector:
    """A reporter (begin/file/end) that keeps compact rows and writes the reports at the end."""

    def __init__(self, paths: list[str], lang: str = "zh", tool_version: str = "", base_dir: str = ".",
                 quiet_rank: int | None = None) -> None:
        for path in paths:
            report_format(path)
        self.paths = paths
        # with --quiet, the rank below which findings are left out (given every finding, so that
        # a table with only warnings is still known not to be clean)
        self.quiet_rank = quiet_rank
        self.lang = lang
        self.tool_version = tool_version
        self.base_dir = base_dir
        self.rules: dict[str, Any] = {}
        self.tables: list[TableRow] = []
        self.finding_count = 0
        self._rule_counts: dict[str, list[int]] = {}
        self._index: dict[tuple[str, int], int] = {}
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
            for number, document in enumerate(documents):
                department = result.departments[number] if number < len(result.departments) else None
                self._table(result.path, document, result.table_labels[number], department)
        # a file of one document that is not a table is named as a file, one of several as a document
        several = bool(result.table_labels) or any(f.document for f in result.findings)
        for finding in result.findings:
            index = self._index.get((finding.file, finding.document))
            if index is None:  # a file that did not load, or a document that is not a table
                kind = DOCUMENT if several and finding.document in not_tables and not result.cross_table else FILE
                label = finding.table or Path(finding.file).name
                index = self._table(finding.file, finding.document, label, None, kind=kind)
            if self.quiet_rank is not None and finding.severity.rank < self.quiet_rank:
                self.tables[index].unlisted += 1
                continue
            self.add(FindingRow(
                table=index, rule_id=finding.rule_id, level=finding.severity.value, message=finding.message(self.lang),
                suggestion=finding.suggestion(self.lang) or "", line=finding.line, column=finding.column,
                path=finding.path, cross_table=bool(result.cross_table),
                place=finding.place if finding.extra.get("cell") else "",
            ))

    def add(self, row: FindingRow) -> None:
        """Count one finding's row and put it aside for the report."""
        level = _LEVEL_INDEX[row.level]
        self.tables[row.table].counts[level] += 1
        self._rule_counts.setdefault(row.rule_id, [0, 0, 0])[level] += 1
        fields = [row.rule_id, row.level, row.message, row.suggestion, row.line, row.column, row.path, row.cross_table,
                  row.place]
        try:
            data = _ROW_JSON(fields).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: written as an escape, read back the same
            data = json.dumps(fields).encode("utf-8")
        self._rows.append(data)
        self._table_of.append(row.table)
        self.finding_count += 1

    def end(self, summary: Summary) -> None:
        self.summary = summary
        try:
            for path in self.paths:
                if report_format(path) == "html":
                    from ggtlint.reports.html import write_html

                    write_html(self, path)
                else:
                    from ggtlint.reports.xlsx import write_xlsx

                    write_xlsx(self, path)
        finally:
            self.close()

    # -- aggregation for the writers ---------------------------------------------------
    def _table(self, file: str, document: int, label: str, department: str | None, loaded: bool = True,
               kind: str | None = None) -> int:
        """The row of ``file``'s document ``document``, made on first use (``loaded=False``: a
        file that did not load; ``kind`` says so exactly, see :data:`TABLE`)."""
        key = (file, document)
        index = self._index.get(key)
        if index is None:
            index = len(self.tables)
            self._index[key] = index
            self.tables.append(TableRow(file, document, label or f"#{document + 1}",
                                        (department or "").strip() or NO_DEPARTMENT,
                                        kind or (TABLE if loaded else FILE)))
        return index

    def worst_tables(self) -> list[TableRow]:
        """Tables with findings, worst first (errors, then warnings, then infos), then by file."""
        rows = [t for t in self.tables if t.total]
        return sorted(rows, key=lambda t: (t.worst_key, t.file, t.document))

    def by_rule(self) -> list[tuple[str, list[int]]]:
        """(rule id, [errors, warnings, infos]) most findings first."""
        return sorted(self._rule_counts.items(), key=lambda item: (-sum(item[1]), item[0]))

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

    def field_label(self, row: FindingRow) -> str:
        """Where a finding is, in words (:func:`ggtlint.model.field_label`, in the report's
        language), worked out once per path; a file that holds no table is named as a file."""
        path = row.path
        kind = self.tables[row.table].kind
        if not path and kind == FILE:
            return "the whole file" if self.lang == "en" else "整个文件"
        if not path and kind == DOCUMENT:
            return "the whole part" if self.lang == "en" else "这一部分整体"
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
        return sum(1 for t in self.tables if t.loaded and not t.total and not t.unlisted)

    def by_department(self) -> list[tuple[str, int, int, list[int]]]:
        """(department, tables, tables with errors, [errors, warnings, infos]) worst first."""
        tables: Counter[str] = Counter()
        failing: Counter[str] = Counter()
        counts: dict[str, list[int]] = {}
        for table in self.tables:
            if table.loaded:  # a file that did not load (or a document that is not a table) is no table:
                # its errors count, it does not
                tables[table.department] += 1
                if table.counts[0]:
                    failing[table.department] += 1
            bucket = counts.setdefault(table.department, [0, 0, 0])
            for i in range(3):
                bucket[i] += table.counts[i]
        rows = [(name, tables[name], failing[name], counts[name]) for name in counts]
        return sorted(rows, key=lambda r: (-r[3][0], -r[3][1], -r[3][2], r[0]))

    def rule_name(self, rule_id: str) -> str:
        info = self.rules.get(rule_id)
        return info.name if info is not None else ""

    def rule_summary(self, rule_id: str) -> str:
        info = self.rules.get(rule_id)
        return info.summary.get(self.lang) if info is not None else ""

    def totals(self) -> dict[str, int]:
        summary = self.summary or Summary()
        return {"files": summary.files, "tables": summary.tables, "errors": summary.errors,
                "warnings": summary.warnings, "infos": summary.infos, "suppressed": summary.suppressed,
                "baselined": summary.baselined}

"""One review workbook per department (``ggtlint check 各部门/ --report 审核/``).

A bureau forwards each department its own findings; the one workbook of a run holds every
department's, and forwarded as it is shows each department the others'. Given a folder,
:func:`write_department_workbooks` writes into it ``<主管部门>.xlsx`` for every department, in
the layout of :mod:`ggtlint.reports.xlsx` (its sheet writers, not a copy of them), holding only
that department's tables and findings; files that could not be read and tables without 主管部门
go to ``部门未知.xlsx``. A department whose tables are all clean gets its workbook too: that is
the answer it waits for.

Memory stays flat: a :class:`DepartmentView` is the run's collector seen through one
department's tables. It reads that department's rows from the run's one temporary file, by the
index the collector already keeps per table, so nothing is copied and every row is read once
over all the workbooks. The workbooks are written into a staging folder inside the report folder,
each closed as soon as it is written (a province has more departments than a process may hold
files open), and moved into place with the run's other reports, all or none.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from types import TracebackType
from typing import Sequence

from ggtlint.atomic import OutputError, hold_interrupts, release_interrupts
from ggtlint.reports import FindingRow, ReportCollector, TableRow, by_department, count_clean, count_unreadable, \
    department_order, say, worst_first
from ggtlint.lazyregex import lazy_pattern

UNKNOWN_WORKBOOK = ("部门未知", "department-unknown")
_UNSAFE = lazy_pattern(r'[/\\:*?"<>|\x00-\x1f\x7f]')
# Windows takes these for devices whatever follows the first dot (NUL.txt is NUL)
_RESERVED = lazy_pattern(r"(?i)(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?")
_MOST_CHARACTERS = 80  # "under ~100": room for "-12.xlsx"
_MOST_BYTES = 200  # Linux takes 255 bytes a name; a Chinese character is 3 in UTF-8


def safe_file_name(name: str, empty: str = "未命名部门") -> str:
    """``name`` as a file name Windows and Linux both take: the characters either refuses
    (``/ \\ : * ? " < > |``, control characters) become ``_``, spaces and dots go from its ends
    (Windows drops a trailing one), a reserved device name (``CON``, ``NUL`` …) gets ``_``, and
    it is cut to 80 characters and 200 bytes (about 66 Chinese characters)."""
    text = _UNSAFE.sub("_", name).strip(" .\u3000")
    text = text[:_MOST_CHARACTERS]
    while len(text.encode("utf-8")) > _MOST_BYTES:
        text = text[:-1]
    text = text.rstrip(" .\u3000")
    reserved = _RESERVED.fullmatch(text)
    if reserved:  # the mark goes before the first dot: CON.txt_ would still be CON
        text = reserved.group(1) + "_" + (reserved.group(2) or "")
    return text or empty


def _stem(department: str, lang: str) -> str:
    """The file name a department's workbook takes when nothing else has it (without .xlsx)."""
    return safe_file_name(department, say(lang, "未命名部门", "unnamed-department"))


def workbook_names(departments: Sequence[str | None], lang: str = "zh",
                   taken: frozenset[str] = frozenset()) -> list[str]:
    """The file name (``….xlsx``) of each department's workbook, None standing for the rows of
    no department; two departments whose safe names come out the same (or differ only in case,
    which Windows does not tell apart), or a name in ``taken`` (casefolded), get ``-2``, ``-3`` …"""
    used = set(taken)
    names = []
    for department in departments:
        stem = say(lang, *UNKNOWN_WORKBOOK) if department is None else _stem(department, lang)
        name, number = f"{stem}.xlsx", 1
        while name.casefold() in used:
            number += 1
            name = f"{stem}-{number}.xlsx"
        used.add(name.casefold())
        names.append(name)
    return names


class DepartmentView:
    """The run's collector seen through one department's tables (or the rows of no department):
    exactly what :func:`ggtlint.reports.xlsx.write_xlsx` reads.

    Its tables, rows and counts are that department's; the rest (language, rules, what was
    checked and how) it asks of the run. It says whom it is for; its totals are its own, down to
    the findings a suppression comment or the baseline hid in its tables. The files not checked
    (with what to do) go to the workbook of no department.
    """

    def __init__(self, run: ReportCollector, department: str | None, tables: list[int]) -> None:
        self._run = run
        self._run_tables = tables  # this view's table i is the run's table tables[i]
        self.department = department
        self.tables = [run.tables[index] for index in tables]
        self.scope = department if department is not None else say(
            run.lang, "部门未知（无法读取的文件、未填主管部门的表）",
            "department unknown (files that could not be read, tables without a department)")
        self._tally = run.tally_of({table.department for table in self.tables})
        self.finding_count = sum(table.total for table in self.tables)

    # -- the run's: its language, rules and what it checked ---------------------------------
    @property
    def lang(self) -> str:
        return self._run.lang

    def rule_name(self, rule_id: str) -> str:
        return self._run.rule_name(rule_id)

    def rule_title(self, rule_id: str) -> str:
        return self._run.rule_title(rule_id)

    def run_facts(self) -> list[tuple[str, str]]:
        return [(say(self.lang, "主管部门", "Department"), self.scope), *self._run.run_facts()]

    def nothing_checked(self) -> bool:
        return self._run.nothing_checked()

    def nothing_checked_note(self) -> str:
        return self._run.nothing_checked_note()

    def not_checked_rows(self) -> list[tuple[str, str]]:
        """The files not checked, with what to do: all of them for the workbook of no department;
        for a department, those in its own folders (where all the tables are its), so that the
        workbook it is sent does not read as all it submitted (they stay counted with no department)."""
        run = self._run
        if self.department is None:
            return run.not_checked_rows()
        folders = run.folder_departments()
        mine = [(path, why) for path, why in run.not_checked_rows()
                if folders.get(os.path.dirname(path)) == self.department]
        unreadable = say(self.lang, "文件无法读取，未检查（见“部门未知”工作簿）",
                         "could not be read and was not checked (see the department-unknown workbook)")
        mine += [(table.file, unreadable) for table in run.tables
                 if table.unreadable and folders.get(os.path.dirname(table.file)) == self.department]
        return mine

    def quiet_note(self) -> str:
        return self._run.quiet_note(self._tally.unlisted)

    # -- the department's own: its tables, rows and counts -----------------------------------
    @property
    def place_width(self) -> int:
        return self._tally.place_width

    def totals(self) -> dict[str, int]:
        counts = [sum(table.counts[level] for table in self.tables) + self._tally.unlisted[level] for level in range(3)]
        return {"files": len({table.file for table in self.tables}),
                "tables": sum(1 for table in self.tables if table.loaded),
                "errors": counts[0], "warnings": counts[1], "infos": counts[2],
                "suppressed": self._tally.suppressed, "baselined": self._tally.baselined}

    def by_rule(self) -> list[tuple[str, list[int]]]:
        return self._tally.by_rule()

    def by_department(self) -> list[tuple[str, int, int, list[int]]]:
        return by_department(self.tables)

    def worst_tables(self) -> list[TableRow]:
        return worst_first(self.tables)

    def checked_tables(self) -> list[TableRow]:
        return sorted(self.tables, key=department_order)

    def unreadable_files(self) -> int:
        return count_unreadable(self.tables)

    def clean_tables(self) -> int:
        return count_clean(self.tables)

    def rows_of(self, table: int) -> list[FindingRow]:
        return self._run.rows_of(self._run_tables[table])

    def field_label(self, row: FindingRow) -> str:
        return self._run.field_label(row)  # the row's table is the run's


class StagedWorkbooks:
    """A report folder being written: the workbooks go into a staging folder inside it, each
    closed once written; on success (``__exit__`` with no error) they are moved into place, on
    any failure or interrupt the staging folder goes and the report folder is as it was. Used
    as :func:`ggtlint.atomic.atomic_write` is, by :meth:`ReportCollector.write_reports`."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.folder = path.rstrip("/\\") or path
        self.staging: str | None = None
        self.names: list[str] = []
        self.made: list[str] = []  # folders made here, removed again when nothing goes into them

    def __enter__(self) -> StagedWorkbooks:
        missing = []
        folder = os.path.abspath(self.folder)
        while not os.path.exists(folder) and os.path.dirname(folder) != folder:
            missing.append(folder)
            folder = os.path.dirname(folder)
        try:
            os.makedirs(self.folder, exist_ok=True)
        except OSError as exc:
            raise OutputError(self.path, exc) from None
        self.made = missing  # deepest first
        held = hold_interrupts()  # the staging folder's name must reach self before a Ctrl-C
        try:
            self.staging = tempfile.mkdtemp(prefix=".ggtlint-", suffix=".tmp", dir=self.folder)
        except OSError as exc:
            raise OutputError(self.path, exc) from None
        finally:
            release_interrupts(held)
        return self

    def taken(self) -> frozenset[str]:
        """Names (casefolded) of files in the folder ggtlint did not write: never written over
        (a department's own file, when the folder is one of those checked)."""
        from ggtlint.own_files import made_by_ggtlint

        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return frozenset()
        return frozenset(entry.name.casefold() for entry in entries
                         if not entry.name.startswith(".ggtlint-")
                         and (not entry.is_file() or not made_by_ggtlint(entry.path)))

    def write(self, name: str, view: DepartmentView) -> None:
        """Write one department's workbook into the staging folder, to disk, and close it."""
        from ggtlint.reports.xlsx import write_xlsx

        assert self.staging is not None
        target = os.path.join(self.staging, name)
        try:
            with open(target, "wb") as handle:
                self.names.append(name)
                write_xlsx(view, handle)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise OutputError(os.path.join(self.folder, name), exc) from None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        assert self.staging is not None
        try:
            if kind is None:
                for name in self.names:
                    try:
                        os.replace(os.path.join(self.staging, name), os.path.join(self.folder, name))
                    except OSError as exc:
                        raise OutputError(os.path.join(self.folder, name), exc) from None
        finally:
            with contextlib.suppress(OSError):
                shutil.rmtree(self.staging)
            if kind is not None:  # a failed or interrupted run leaves no folder it made
                for folder in self.made:
                    with contextlib.suppress(OSError):
                        os.rmdir(folder)  # only when empty


def write_department_workbooks(collector: ReportCollector, staged: StagedWorkbooks) -> None:
    """Write one workbook per department of ``collector``'s run into ``staged``: a department's
    tables (clean ones too) and findings only. The files not checked go with the rows of no
    department."""
    groups = collector.department_tables()
    not_checked = collector.not_checked  # the run's own workbooks are none of them (see cli)
    if not groups or not_checked and groups[0][0] is not None:
        # files the bureau must chase though no table lacks a department, or a run that checked
        # nothing (its workbook says so)
        groups.insert(0, (None, []))
    # the run's other outputs that go into this folder are taken too (-o, a report, the baseline)
    here = os.path.abspath(staged.folder)
    others = frozenset(os.path.basename(path).casefold() for path in [*collector.reserved, *collector.paths]
                       if os.path.dirname(os.path.abspath(path)) == here)
    names = workbook_names([department for department, _tables in groups], collector.lang, staged.taken() | others)
    for name, (department, tables) in zip(names, groups):
        staged.write(name, DepartmentView(collector, department, tables))
        if department is not None and name != f"{_stem(department, collector.lang)}.xlsx":
            collector.renamed.append((department, name))
    collector.workbooks[staged.path] = len(names)
    earlier = _earlier_workbooks(staged.folder, set(names))
    if earlier:
        collector.left_over[staged.path] = earlier


def _earlier_workbooks(folder: str, written: set[str]) -> list[str]:
    """Review workbooks already in ``folder`` that this run does not write again (departments an
    earlier run met and this one did not): named, never removed."""
    from ggtlint.own_files import made_by_ggtlint

    try:
        entries = sorted(os.listdir(folder))
    except OSError:  # the folder is new
        return []
    return [name for name in entries if name.lower().endswith(".xlsx") and name not in written
            and os.path.isfile(os.path.join(folder, name)) and made_by_ggtlint(os.path.join(folder, name))]

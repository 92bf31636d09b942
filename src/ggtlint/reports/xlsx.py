"""The Excel review report: the workbook a finance bureau forwards to its departments.

Three sheets:

- ``汇总 Summary``: what was checked and how (paths, rule selection, fail level, framework,
  budget year, tool, time; a plain statement when ``--quiet`` left findings out or when no file
  was checked), the run's totals, then counts by rule, by department and by table (files that
  could not be read first, then worst first), each block under its own heading row.
- ``问题清单 Findings``: one row per finding (file, table/project, department, rule, severity,
  message, line, column, cell, field, fix, cross-table), by department, file, table and
  position, with an autofilter and a frozen header row, so each department can filter out its
  own rows. Line and column are numbers, the workbook cell (申报表!E15) text, each in its column.
- ``已检查的表 Tables``: every table checked, clean ones too, with its counts and result.

The same sheets make each department's workbook (:mod:`ggtlint.reports.departments`): given a
:class:`~ggtlint.reports.departments.DepartmentView` instead of the run's collector, they see
that department's tables only, and name it in the title.

Column widths come from the text written (a Chinese character counts two columns), capped;
headers and long texts wrap. The workbook is written here as SpreadsheetML, row by row into the
zip archive, not through openpyxl: a bulk run's findings sheet has over a million cells, and
openpyxl's cell objects added 32 s to a run with 133,000 findings where writing the XML
directly adds about 5. The package is the minimal one Excel, LibreOffice and openpyxl read
(workbook, styles, worksheets with inline strings); the tests read every report back with
openpyxl. It goes into the temporary file :meth:`ggtlint.reports.ReportCollector.write_reports`
renames into place.
"""

from __future__ import annotations

import zipfile
from typing import IO, Any, Iterable, Iterator

from ggtlint.findings import Severity
from ggtlint.reporters import NOT_XML, xml_text
from ggtlint.reports import LEVELS, department_order, display_width, level_plural, say


def _level_titles(heading: bool = False) -> list[tuple[str, str]]:
    """The three level columns' titles (under zh, under en): 错误 errors and Errors; as a
    sheet's header row has them (``heading``), 错误 Errors and Errors."""
    return [(f"{level_plural(level, 'zh')} {level_plural(level, 'en', heading)}",
             level_plural(level, "en", heading=True)) for level in LEVELS]


SUMMARY_SHEET = "汇总 Summary"
FINDINGS_SHEET = "问题清单 Findings"
TABLES_SHEET = "已检查的表 Tables"
# (under zh, under en): a sheet's header row is Chinese with the English beside it, or English
FINDINGS_HEADER = (("文件 File", "File"), ("表序号 Table #", "Table #"), ("项目名称 Project", "Project"),
                   ("主管部门 Department", "Department"), ("规则 Rule", "Rule"), ("规则名称 Rule name", "Rule name"),
                   ("级别 Severity", "Severity"), ("问题描述 Message", "Message"), ("行 Line", "Line"),
                   ("列 Column", "Column"), ("单元格 Cell", "Cell"), ("字段 Field", "Field"), ("修改建议 Fix", "Fix"),
                   ("跨表 Cross-table", "Cross-table"))
TABLES_HEADER = (("主管部门 Department", "Department"), ("文件 File", "File"), ("表序号 Table #", "Table #"),
                 ("项目名称 Project", "Project"), *_level_titles(heading=True), ("结果 Result", "Result"))
_SUMMARY_COLUMNS = 7
_MAX_WIDTH = 60  # columns: a longer text wraps or is cut off at the cell's edge
# No formula-injection guard (a leading apostrophe) is needed: every text cell is written as an
# inline string (t="inlineStr", see _text_cell), which Excel and LibreOffice show as text and
# never evaluate, so "=SUM(A1)" stays exactly what the table says.

# Cell styles, indexes into cellXfs of _STYLES
PLAIN, TITLE, HEADER, WRAP, NOTE, ALARM = 0, 1, 2, 3, 4, 5

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

_STYLES = (
    f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="13"/><color rgb="FFC62828"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE6F0"/><bgColor indexed="64"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    # headers wrap between words: "表序号 Table #" shows whole in a narrow column
    '<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


_MAX_CELL_TEXT = 32_767  # Excel's limit: a longer text makes it "repair" the whole workbook


def _cell(value: Any) -> Any:
    """Text as a cell may hold it: no character XML cannot carry, not too long."""
    if isinstance(value, str):
        if NOT_XML.search(value):
            value = NOT_XML.sub("", value)
        return value if len(value) <= _MAX_CELL_TEXT else value[:_MAX_CELL_TEXT - 1] + "…"
    return value


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


_LETTERS = [_column(index) for index in range(32)]


def _row_xml(number: int, cells: Iterable[Any], texts: dict[tuple[str, int], str]) -> str:
    """One ``<row>``: a cell is a value (text, int, None) or (value, style).

    ``texts`` remembers the XML of short text cells (after the cell reference): a findings
    sheet repeats the same file, project, department, rule and fix on row after row.
    """
    parts = [f'<row r="{number}">']
    for index, cell in enumerate(cells):
        style = PLAIN
        if type(cell) is tuple:
            cell, style = cell
        if cell is None or cell == "":
            continue
        if isinstance(cell, int) and not isinstance(cell, bool):
            parts.append(f'<c r="{_LETTERS[index]}{number}"{_STYLED[style]}><v>{cell}</v></c>')
            continue
        tail = texts.get((cell, style))
        if tail is None:
            tail = _text_cell(cell, style)
            if type(cell) is str and len(cell) <= _MEMO_TEXT:
                if len(texts) >= _MEMO_CELLS:
                    texts.clear()
                texts[(cell, style)] = tail
        parts.append(f'<c r="{_LETTERS[index]}{number}"{tail}')
    parts.append("</row>")
    return "".join(parts)


def _text_cell(value: Any, style: int) -> str:
    """A text cell's XML after its reference (``<c r="A1"`` comes before it): always an inline
    string, never a formula (see the note above _cell)."""
    text = str(_cell(value))
    breaks = "\n" in text or "\r" in text
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() or breaks else ""
    text = xml_text(text)
    if "\r" in text:  # as a character reference: an XML reader turns a raw CR (and CR LF) into LF
        text = text.replace("\r", "&#13;")
    return f'{_STYLED[style]} t="inlineStr"><is><t{space}>{text}</t></is></c>'


_STYLED = {PLAIN: "", **{style: f' s="{style}"' for style in (TITLE, HEADER, WRAP, NOTE, ALARM)}}
_MEMO_TEXT = 300  # characters: longer texts (most messages) are rarely repeated
_MEMO_CELLS = 4096


def _sheet(out: IO[bytes], rows: Iterable[Iterable[Any]], widths: tuple[int, ...], used: str, frozen: bool = False,
           filter_ref: str | None = None) -> None:
    """Stream a worksheet (``used``: the range its rows fill): a batch of rows at a time goes into the archive."""
    head = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'<dimension ref="{used}"/>']
    if frozen:
        head.append('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                    'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                    'sqref="A2"/></sheetView></sheetViews>')
    head.append("<cols>" + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                                   for i, w in enumerate(widths, start=1)) + "</cols><sheetData>")
    out.write("".join(head).encode("utf-8"))
    batch: list[str] = []
    texts: dict[tuple[str, int], str] = {}
    for number, cells in enumerate(rows, start=1):
        batch.append(_row_xml(number, cells, texts))
        if len(batch) >= 512:
            out.write("".join(batch).encode("utf-8"))
            batch = []
    batch.append("</sheetData>")
    if filter_ref:
        batch.append(f'<autoFilter ref="{filter_ref}"/>')
    batch.append("</worksheet>")
    out.write("".join(batch).encode("utf-8"))


def _headers(lang: str, titles: Iterable[tuple[str, str]]) -> list[tuple[str, int]]:
    """A header row from its titles (under zh, under en)."""
    return [(say(lang, zh, en), HEADER) for zh, en in titles]


def _summary_rows(collector: Any) -> Iterator[list[Any]]:
    lang = collector.lang
    totals = {**collector.totals(), "unreadable": collector.unreadable_files(), "clean": collector.clean_tables()}
    title = say(lang, "项目支出绩效目标表检查报告 Performance target review", "Performance target review")
    if collector.scope:  # one department's workbook: whom it is for, first
        title += say(lang, f"：{collector.scope}", f": {collector.scope}")
    yield [(title, TITLE)]
    if collector.nothing_checked():
        yield [(collector.nothing_checked_note(), ALARM)]
    quiet_note = collector.quiet_note()
    if quiet_note:
        yield [(quiet_note, NOTE)]
    yield []
    yield _headers(lang, (("本次检查 This run", "This run"), ("", "")))
    for what, value in collector.run_facts():
        yield [what, value]
    yield []
    yield _headers(lang, (("总计 Totals", "Totals"), ("数量 Count", "Count")))
    levels = _level_titles()
    level_totals = [(key, *title) for key, title in zip(("errors", "warnings", "infos"), levels)]
    for key, zh, en in (("files", "文件 files", "Files"), ("tables", "表 tables", "Tables"),
                        ("unreadable", "无法读取的文件 unreadable files", "Unreadable files"), *level_totals,
                        ("clean", "无问题的表 clean tables", "Clean tables"), ("suppressed", "已抑制（表中注释要求不列出的问题） suppressed",
                                                                          "Suppressed (by comments in the tables)"),
                        ("baselined", "基线中（以前检查已记下、本次不列出的问题） baselined",
                         "Baselined (recorded by an earlier check, not listed)")):
        if key in totals:
            yield [say(lang, zh, en), totals[key]]
    not_checked = collector.not_checked_rows()
    if not_checked:
        yield [say(lang, "未检查的文件 files not checked", "Files not checked"), len(not_checked)]
    yield []
    if not_checked:  # what the folders held that was not checked: a bureau must chase it too
        yield _headers(lang, (("未检查的文件 Files not checked", "Files not checked"),
                              ("原因和做法 Why, and what to do", "Why, and what to do")))
        for path, why in not_checked:
            yield [path, why]
        yield []
    yield _headers(lang, (("按规则 By rule", "By rule"), ("规则名称 Rule name", "Rule name"), *levels,
                          ("合计 total", "Total")))
    for rule_id, counts in collector.by_rule():
        name, title = collector.rule_name(rule_id), collector.rule_title(rule_id)
        yield [rule_id, f"{title}（{name}）" if title and title != name else name, *counts, sum(counts)]
    yield []
    yield _headers(lang, (("按主管部门 By department", "By department"), ("表 tables", "Tables"),
                          ("有错误的表 with errors", "With errors"), *levels))
    for name, count, failing, counts in collector.by_department():
        yield [name, count, failing, *counts]
    yield []
    yield _headers(lang, (("按表（无法读取的文件在前，其余问题最多的在前） By table, unreadable files first, then worst first",
                           "By table, unreadable files first, then worst first"), ("文件 File", "File"),
                          ("主管部门 department", "Department"), *levels))
    for table in collector.worst_tables():
        yield [_table_label(table, lang), table.file, table.department, *table.counts]


def _table_label(table: Any, lang: str) -> str:
    """How the summary names a row: its project (and which part of its file), or what it is."""
    where = table.where(lang)
    if table.unreadable:
        return say(lang, "（文件无法读取）", "(file could not be read)")
    if not table.loaded:
        return say(lang, f"（{where}）", f"({where})")
    return say(lang, f"{table.label}（{where}）", f"{table.label} ({where})") if where else table.label


def _project(table: Any) -> str:
    """The 项目名称 cell: a project's name; empty for a file or part that is no table (the file
    column names it)."""
    return table.label if table.loaded else ""


def _finding_rows(collector: Any) -> Iterator[list[Any]]:
    lang = collector.lang
    yield _headers(lang, FINDINGS_HEADER)
    tables = collector.tables
    cross = say(lang, "是", "yes")
    # by department, file and part, as a department filters its own; a table's cross-table findings stay with it
    for index in sorted(range(len(tables)), key=lambda i: department_order(tables[i])):
        table = tables[index]
        if not table.total:
            continue
        project = _project(table)
        for row in collector.rows_of(index):
            in_workbook = bool(row.place)  # its line and column are the import's, not the file's
            yield [table.file, table.document + 1, project, table.department, row.rule_id,
                   collector.rule_name(row.rule_id), Severity(row.level).word(lang), (row.message, WRAP),
                   None if in_workbook else row.line, None if in_workbook else row.column, row.place,
                   (collector.field_label(row), WRAP), (row.suggestion, WRAP), cross if row.cross_table else ""]


def _result(table: Any, lang: str) -> str:
    """What the check found in a table, in a word."""
    if table.unreadable:
        return say(lang, "文件无法读取", "file could not be read")
    if not table.loaded:
        return say(lang, "不是绩效目标表", "not a target table")
    if table.counts[0]:
        return say(lang, "有错误", "has errors")
    if table.counts[1]:
        return say(lang, "有警告", "has warnings")
    if table.counts[2]:
        return say(lang, "仅有提示", "infos only")
    if table.unlisted:
        return say(lang, "仅有未列出的问题（--quiet）", "only findings --quiet leaves out")
    return say(lang, "无问题", "no findings")


def _table_rows(collector: Any, rows: list[Any]) -> Iterator[list[Any]]:
    yield _headers(collector.lang, TABLES_HEADER)
    for table in rows:
        yield [table.department, table.file, table.document + 1, _project(table), *table.counts,
               _result(table, collector.lang)]


def _fit(header: str, texts: Iterable[str], least: int = 6) -> int:
    """A column's width from the text actually written in it (a Chinese character counts two),
    at least its header's longest word (headers wrap between words), at most _MAX_WIDTH."""
    widest = max((display_width(text) for text in texts), default=0)
    word = max((display_width(part) for part in header.split()), default=0)
    return min(_MAX_WIDTH, max(least, widest, word) + 2)


def _finding_widths(collector: Any) -> tuple[int, ...]:
    """The findings sheet's column widths, from the table-level texts written in them; the
    long texts (message, field, fix) wrap at a fixed width instead."""
    tables = [t for t in collector.tables if t.total]
    rules = [rule_id for rule_id, _counts in collector.by_rule()]
    written: dict[str, Iterable[str]] = {
        "文件 File": (t.file for t in tables), "表序号 Table #": (str(t.document + 1) for t in tables),
        "项目名称 Project": (_project(t) for t in tables), "主管部门 Department": (t.department for t in tables),
        "规则 Rule": rules, "规则名称 Rule name": (collector.rule_name(r) for r in rules),
        "级别 Severity": (level.word(collector.lang) for level in LEVELS),
        "跨表 Cross-table": [say(collector.lang, "是", "yes")]}
    wrapped = {"问题描述 Message": 80, "字段 Field": 40, "修改建议 Fix": 60}
    # a column is as wide as its bilingual title's longest word, under en too
    return tuple(wrapped.get(title) or _fit(title, written.get(title, ()),
                                            least=collector.place_width if title == "单元格 Cell" else 6)
                 for title, _english in FINDINGS_HEADER)


def _widths_of(rows: list[list[Any]], columns: int) -> tuple[int, ...]:
    """Each column's width from the rows' cells; a row of one cell (a title, a note) spills into
    the empty cells beside it and is not counted, and a header counts its longest word (it wraps)."""
    texts: list[list[str]] = [[] for _ in range(columns)]
    for row in rows:
        if len(row) < 2:
            continue
        for index, cell in enumerate(row[:columns]):
            if type(cell) is tuple:
                value, style = cell
                texts[index].extend(str(value).split() if style == HEADER else [str(value)])
            elif cell is not None:
                texts[index].append(str(cell))
    return tuple(_fit("", column, least=8) for column in texts)


def write_xlsx(collector: Any, out: IO[bytes]) -> None:
    """Write the workbook into ``out`` (a report's temporary file)."""
    sheets = (SUMMARY_SHEET, FINDINGS_SHEET, TABLES_SHEET)
    checked = collector.checked_tables()
    last_column, last_row = _column(len(FINDINGS_HEADER) - 1), collector.finding_count + 1
    tables_used = f"A1:{_column(len(TABLES_HEADER) - 1)}{len(checked) + 1}"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_TYPE}"/>'
                  for n in range(1, len(sheets) + 1))
        + "</Types>")
    package_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PACKAGE_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    filters = ((1, FINDINGS_SHEET, f"$A$1:${last_column}${last_row}"),
               (2, TABLES_SHEET, f"$A$1:${_column(len(TABLES_HEADER) - 1)}${len(checked) + 1}"))
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<bookViews><workbookView activeTab="0"/></bookViews><sheets>'
        + "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(sheets, start=1))
        + "</sheets><definedNames>"
        + "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{sheet}" hidden="1">'
                  f"'{name}'!{ref}</definedName>" for sheet, name, ref in filters)
        + "</definedNames></workbook>")
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PACKAGE_REL}">'
        + "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                  for n in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", package_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        archive.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + _STYLES)
        summary = list(_summary_rows(collector))  # its size heads the sheet; a row per rule, department, table
        widths = _widths_of(summary, _SUMMARY_COLUMNS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            _sheet(sheet, summary, widths, f"A1:{_column(_SUMMARY_COLUMNS - 1)}{len(summary)}")
        with archive.open("xl/worksheets/sheet2.xml", "w") as sheet:
            used = f"A1:{last_column}{last_row}"
            _sheet(sheet, _finding_rows(collector), _finding_widths(collector), used, frozen=True, filter_ref=used)
        table_rows = list(_table_rows(collector, checked))
        with archive.open("xl/worksheets/sheet3.xml", "w") as sheet:
            _sheet(sheet, table_rows, _widths_of(table_rows, len(TABLES_HEADER)), tables_used, frozen=True,
                   filter_ref=tables_used)

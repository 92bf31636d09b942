"""The Excel review report: the workbook a finance bureau forwards to its departments.

Two sheets:

- ``汇总 Summary``: the run's totals, then counts by rule, by department and by table (worst
  first), each block under its own heading row.
- ``问题清单 Findings``: one row per finding (file, table/project, department, rule, severity,
  message, line, path, fix, cross-table), with an autofilter and a frozen header row, so each
  department can filter out its own rows.

Written with openpyxl in write-only mode (rows stream to the file; memory stays small) to a
temporary file that is then renamed into place.
"""

from __future__ import annotations

from typing import Any

from ggtlint.atomic import atomic_write
from ggtlint.model import field_label
from ggtlint.reports import LEVEL_ZH

SUMMARY_SHEET = "汇总 Summary"
FINDINGS_SHEET = "问题清单 Findings"
FINDINGS_HEADER = ("文件 File", "表序号 Table #", "项目名称 Project", "主管部门 Department", "规则 Rule",
                   "规则名称 Rule name", "级别 Severity", "问题描述 Message", "行 Line", "列 Column",
                   "位置 Field", "修改建议 Fix", "跨表 Cross-table")
_WIDTHS = (34, 8, 34, 30, 9, 26, 9, 80, 7, 7, 36, 60, 9)
# Text that Excel would read as a formula must not start with one of these (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        if value.startswith(_FORMULA_START):
            return "'" + value
        # Control characters are not allowed in xlsx XML.
        return "".join(ch for ch in value if ch >= " " or ch in "\n\t")
    return value


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(collector: Any, path: str) -> None:
    """Write the workbook atomically."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    heading = Font(bold=True, size=13)
    fill = PatternFill("solid", fgColor="DDE6F0")
    wrap = Alignment(wrap_text=True, vertical="top")

    def styled(sheet: Any, value: Any, font: Any = None, background: Any = None) -> Any:
        cell = WriteOnlyCell(sheet, value=_cell(value))
        if font is not None:
            cell.font = font
        if background is not None:
            cell.fill = background
        return cell

    # -- summary ---------------------------------------------------------------------------
    summary = workbook.create_sheet(SUMMARY_SHEET)
    for letter, width in zip("ABCDEFG", (44, 40, 12, 12, 12, 12, 12)):
        summary.column_dimensions[letter].width = width
    totals = collector.totals()
    summary.append([styled(summary, "项目支出绩效目标表检查报告 Performance target review", heading)])
    summary.append([f"ggtlint {collector.tool_version}"])
    summary.append([])
    summary.append([styled(summary, "总计 Totals", bold, fill), styled(summary, "数量 Count", bold, fill)])
    for key, label in (("files", "文件 files"), ("tables", "表 tables"), ("errors", "错误 errors"),
                       ("warnings", "警告 warnings"), ("infos", "提示 infos"), ("suppressed", "已抑制 suppressed"),
                       ("baselined", "基线中 baselined")):
        summary.append([label, totals[key]])
    summary.append([])
    summary.append([styled(summary, "按规则 By rule", bold, fill), styled(summary, "规则名称 Rule name", bold, fill),
                    *(styled(summary, h, bold, fill) for h in ("错误 errors", "警告 warnings", "提示 infos", "合计 total"))])
    for rule_id, counts in collector.by_rule():
        summary.append([rule_id, collector.rule_name(rule_id), *counts, sum(counts)])
    summary.append([])
    summary.append([styled(summary, "按主管部门 By department", bold, fill), styled(summary, "表 tables", bold, fill),
                    *(styled(summary, h, bold, fill)
                      for h in ("有错误的表 with errors", "错误 errors", "警告 warnings", "提示 infos"))])
    for name, count, failing, counts in collector.by_department():
        summary.append([_cell(name), count, failing, *counts])
    summary.append([])
    summary.append([styled(summary, "按表（问题最多的在前） By table, worst first", bold, fill),
                    styled(summary, "文件 File", bold, fill),
                    *(styled(summary, h, bold, fill) for h in ("主管部门 department", "错误 errors", "警告 warnings",
                                                               "提示 infos"))])
    for table in collector.worst_tables():
        label = table.label if not table.document else f"{table.label}（第 {table.document + 1} 张表）"
        summary.append([_cell(label), _cell(table.file), _cell(table.department), *table.counts])

    # -- findings --------------------------------------------------------------------------
    sheet = workbook.create_sheet(FINDINGS_SHEET)
    for index, width in enumerate(_WIDTHS):
        sheet.column_dimensions[_column(index)].width = width
    sheet.freeze_panes = "A2"
    last_row = len(collector.findings) + 1
    sheet.auto_filter.ref = f"A1:{_column(len(FINDINGS_HEADER) - 1)}{last_row}"
    sheet.append([styled(sheet, title, bold, fill) for title in FINDINGS_HEADER])
    tables = collector.tables
    ordered = sorted(range(len(collector.findings)),
                     key=lambda i: (tables[collector.findings[i].table].file, tables[collector.findings[i].table].document,
                                    collector.findings[i].cross_table, collector.findings[i].line,
                                    collector.findings[i].column, collector.findings[i].rule_id))
    for i in ordered:
        row = collector.findings[i]
        table = tables[row.table]
        message = WriteOnlyCell(sheet, value=_cell(row.message))
        message.alignment = wrap
        sheet.append([_cell(table.file), table.document + 1, _cell(table.label), _cell(table.department),
                      row.rule_id, _cell(collector.rule_name(row.rule_id)), LEVEL_ZH[row.level], message,
                      row.line, row.column, _cell(field_label(row.path)), _cell(row.suggestion), "是" if row.cross_table else ""])
    with atomic_write(path, binary=True) as handle:
        workbook.save(handle)

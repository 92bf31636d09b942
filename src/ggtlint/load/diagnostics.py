"""The loader's own findings (LOAD family): files that cannot be read or are not valid tables.

They are not rule-pack rules: no pack can switch off "this file is not YAML". Each carries
the same documentation fields as a pack rule so ``ggtlint explain`` and SARIF can list them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ggtlint.findings import Severity


@dataclass(frozen=True, slots=True)
class LoadDiagnostic:
    id: str
    name: str
    severity: Severity
    summary_zh: str
    summary_en: str
    fix_zh: str
    fix_en: str


_ALL = (
    LoadDiagnostic("LOAD001", "file-unreadable", Severity.ERROR,
                   "文件无法读取（不存在、无权限、在检查过程中被删除或是一个目录链接循环）。",
                   "The file cannot be read (missing, no permission, deleted during the run, or a link loop).",
                   "检查文件路径和读取权限。", "Check the path and read permission."),
    LoadDiagnostic("LOAD002", "encoding", Severity.ERROR,
                   "文件的文字编码无法识别（既不是常用的 UTF-8，也不是 GBK/GB18030），读不出其中的文字。",
                   "Unknown text encoding: not UTF-8, UTF-16 with BOM, or GB18030/GBK.",
                   "用记事本或 WPS 打开后“另存为”，编码选 UTF-8。",
                   "Open it in Notepad or WPS, choose Save As and pick UTF-8 as the encoding."),
    LoadDiagnostic("LOAD003", "yaml-syntax", Severity.ERROR,
                   "文件书写格式有误（YAML/JSON 语法错误），无法读取。",
                   "YAML/JSON syntax error: the file cannot be parsed.",
                   "按提示的行列修正缩进、引号或冒号。", "Fix the indentation, quotes or colons at the position shown."),
    LoadDiagnostic("LOAD004", "not-a-table", Severity.ERROR,
                   "文件内容不是绩效目标表：缺少项目信息（project）、绩效指标（indicators）等部分。",
                   "The document is not a performance target table (no project / indicators).",
                   "检查的应是绩效目标表：Excel 工作簿可直接检查，ggtlint export --blank 可导出一张空白表填写；"
                   "已有的表可用 ggtlint import 从 Excel 转成目标文件。",
                   "Check a performance target table: workbooks are read directly and ggtlint export --blank "
                   "gives a blank one to fill in; ggtlint import turns a workbook into a target file."),
    LoadDiagnostic("LOAD005", "field-type", Severity.ERROR,
                   "字段缺失或类型不对（如金额不是数字、指标值缺失）。",
                   "A field is missing or has the wrong type (e.g. an amount that is not a number).",
                   "按提示补全字段或改成正确类型。", "Add the field or give it the right type."),
    LoadDiagnostic("LOAD006", "unknown-key", Severity.WARNING,
                   "未知字段：拼写错误的字段会被忽略，其中的内容不会被检查。",
                   "Unknown key: a misspelt key is ignored and its content is not checked.",
                   "改成格式中规定的字段名。", "Use a key from the format."),
    LoadDiagnostic("LOAD007", "empty-file", Severity.ERROR,
                   "文件为空，没有任何绩效目标表。", "The file is empty: it holds no table.",
                   "填写绩效目标表内容或删除该文件。", "Fill in the table or remove the file."),
    LoadDiagnostic("LOAD008", "limit-exceeded", Severity.ERROR,
                   "文件超出安全限制（文件大小、嵌套层数、内容条目数、“*名称”引用次数或检查时间），未予检查。",
                   "The file exceeds a safety limit (size, nesting, nodes, aliases or time) and was not checked.",
                   "拆分文件，或用 --max-file-size、--max-depth、--max-aliases、--timeout（或配置中的 limits:）放宽限制。",
                   "Split the file, or raise the limit with --max-file-size, --max-depth, --max-aliases, "
                   "--timeout (or limits: in the config)."),
    LoadDiagnostic("LOAD009", "binary-file", Severity.ERROR,
                   "文件不是 ggtlint 能读的文本或 .xlsx 工作簿（PDF、Word、旧版 Excel 等文件或其他二进制数据）。",
                   "The file is not text or an .xlsx workbook ggtlint can read (a PDF, a Word file, an old "
                   "Excel file or other binary data).",
                   "确认选中的是绩效目标表文件；PDF、Word、旧版 Excel 等按提示转换后再检查。",
                   "Make sure this is a target file; convert a PDF, Word or old Excel file as the message says."),
    LoadDiagnostic("LOAD010", "unsafe-tag", Severity.ERROR,
                   "文件中有以“!”开头的特殊写法（如 !!python/object），可能被用来执行程序，出于安全原因不予读取。",
                   "Special notation starting with '!' (e.g. !!python/object) could be used to run programs: "
                   "not read, for safety.",
                   "删去以“!”开头的写法，只写普通文字和数字。", "Remove that notation; write plain text and numbers."),
    LoadDiagnostic("LOAD011", "duplicate-key", Severity.ERROR,
                   "同一层出现重复的字段或指标类别：只读取第一处，后面重复的内容被忽略、不会被检查。",
                   "A key appears twice at the same level: only the first is read; the repeat is ignored and not checked.",
                   "合并或删除重复的字段；一个文件放多张表时，表与表之间单独写一行 ---。",
                   "Merge or remove the duplicate; in a file holding several tables, put a line '---' between them."),
    LoadDiagnostic("LOAD012", "xlsx-unreadable", Severity.ERROR,
                   "Excel 工作簿无法读取：文件被截断或损坏、设置了打开密码（加密），或不是 .xlsx。",
                   "The Excel workbook cannot be read: truncated or damaged, password-protected "
                   "(encrypted), or not an .xlsx file.",
                   "在 Excel 中打开原文件（如有密码先取消），“另存为 .xlsx”；或重新下载文件。",
                   "Open the original in Excel (removing any password) and save it as .xlsx, or download it again."),
    LoadDiagnostic("LOAD013", "import-uncertain", Severity.INFO,
                   "从 Excel 或 PDF 文本导入时不能确定的地方（如跨行断开的名称、缺失的标签），请核对原表。",
                   "Something the importer (Excel or PDF text) was not sure of, such as a wrapped name "
                   "or a missing label; check it against the original table.",
                   "核对所指的单元格或行；确认无误后可用 ggtlint import 转成目标文件再修改。",
                   "Check the cell or line; then convert with ggtlint import and edit the target file."),
)

# Reported by the engine, not the loader, but equally built in: a suppression comment that
# silences nothing (like ruff's RUF100).
_META = (
    LoadDiagnostic("META001", "unused-suppression", Severity.WARNING,
                   "“# ggtlint: disable=…”注释没有抑制任何问题，可能已经过时。",
                   "A '# ggtlint: disable=…' comment suppresses nothing; it is probably stale.",
                   "删除这条注释，或改成实际需要抑制的规则编号。",
                   "Remove the comment or name the rule it should suppress."),
)

LOAD_DIAGNOSTICS: dict[str, LoadDiagnostic] = {d.id: d for d in _ALL + _META}

# Why each matters (``explain``'s 为什么 and SARIF's help): most LOAD findings mean the file was
# not checked at all; these four are about a table that was checked.
_NOT_CHECKED = ("无法读取或解析的文件不能被检查，必须先修正。", "A file that cannot be read or parsed cannot be checked at all.")
RATIONALE: dict[str, tuple[str, str]] = {
    "LOAD005": ("类型不对或缺失的字段无法检查，表的其余部分照常检查；这部分的问题可能被漏掉。",
                "A missing field or one of the wrong type cannot be checked; the rest of the table is, so "
                "problems in that part may be missed."),
    "LOAD006": ("拼错的字段会被忽略，其中的内容没有被检查，问题可能被漏掉。",
                "A misspelt key is ignored: its content was not checked, so problems in it may be missed."),
    "LOAD011": ("重复的字段只有一处被读取，另一处的内容没有被检查，也不会出现在报送的表中。",
                "Only one of the repeated keys is read: the other's content was not checked and would be lost."),
    "LOAD013": ("导入时拿不准的地方可能读错，检查结果取决于读得对不对，请对照原表核对。",
                "What the importer was not sure of may have been misread, and the findings depend on it: "
                "check it against the original table."),
    "META001": ("过时的抑制注释会掩盖将来出现的问题。", "Stale suppressions hide future problems."),
}


#: What ``check --fix`` corrects of a load finding, as a check's FIXES say it: (safe, Chinese, English)
FIXES: dict[str, dict[str, tuple[bool, str, str]]] = {
    "LOAD003": {
        "quote": (True, "以“>”“*”“-”等符号开头的值（加引号，原样保留）", "values that start with >, *, - and the like "
                  "(put in quotes as written)"),
        "colon": (True, "全角冒号、冒号后缺空格或用了全角空格", "full-width colons, and colons without a plain space after them"),
        "dash": (True, "列表项的“-”后缺空格或用了中文破折号（-name:）", "list items whose dash has no space or is a Chinese dash "
                 "(-name:)"),
        "indent": (False, "缩进中的 Tab 和全角空格（与上一行对齐）", "Tabs and full-width spaces in the indentation (lined up "
                   "with the line above)"),
        "open_quote": (False, "没有闭合的引号（在行尾补上）", "quotes never closed (closed at the end of the line)"),
    },
    "LOAD005": {
        "amount": (True, "资金中连单位写的金额（120万元 → 1200000，按表中 unit 的单位只写数字）",
                   "amounts in funds written with their unit (120万元 → 1200000: the number in the table's unit)"),
    },
    "LOAD006": {
        "words": (True, "用表上的栏目名或别的说法写的字段名（预算年度 → year，年度总体目标 → goal）、字段名前后的全角空格",
                  "keys written as the printed table's labels or in other words (预算年度 → year, 年度总体目标 → goal), "
                  "and full-width spaces around a key"),
        "spelling": (False, "拼错的字段名（改成最接近的字段名）", "misspelt keys (the closest key)"),
    },
}


def rationale(code: str) -> tuple[str, str]:
    """(Chinese, English) why the finding ``code`` matters."""
    return RATIONALE.get(code, _NOT_CHECKED)
#: Load findings about a table that did load (a field's type, an unknown or repeated field, an
#: import note): like any rule, --select/--ignore, severity, per_file_ignores and suppression
#: comments apply to them. The others mean the file could not be checked at all, which nothing
#: switches off.
CONTROLLABLE_LOAD = frozenset({"LOAD005", "LOAD006", "LOAD011", "LOAD013"})

"""Load target files: read bytes, decode, parse YAML/JSON with positions, build tables.

``load_file`` never raises for a bad input: every problem becomes a LOAD finding on the
returned SourceFile, so the run goes on with the other files.
"""

from __future__ import annotations

import errno
import re
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from ggtlint.findings import Finding
from ggtlint.limits import DEFAULT_LIMITS, LIMIT_WORDS, Limits, TimeBudgetExceeded, check_deadline
from ggtlint.load.build import build_tables
from ggtlint.load.decode import DecodeError, decode
from ggtlint.load.diagnostics import LOAD_DIAGNOSTICS
from ggtlint.load.yamlparse import (ParseProblem, compose_documents, line_body, problem_words, split_lines,
                                    syntax_cause)
from ggtlint.model import Table
from ggtlint.lazyregex import lazy_pattern

__all__ = ["SourceFile", "is_timeout", "load_file", "load_text", "timeout_finding"]


@dataclass(slots=True)
class SourceFile:
    """One input file: its text (for carets and suppressions), tables and LOAD findings."""

    path: str
    text: str = ""
    encoding: str = "utf-8"
    tables: list[Table] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # monotonic time by which the whole file (load and rules) must be done; None: no limit
    deadline: float | None = None

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


def _file_finding(code: str, path: str, zh: str, en: str, line: int = 1, column: int = 1,
                  extra: dict[str, object] | None = None) -> Finding:
    diag = LOAD_DIAGNOSTICS[code]
    return Finding(
        rule_id=code, rule_name=diag.name, severity=diag.severity,
        message_zh=zh, message_en=en, file=path,
        line=line, column=column, end_line=line, end_column=column + 1,
        suggestion_zh=diag.fix_zh, suggestion_en=diag.fix_en, extra=extra or {},
    )


def _limit_finding(problem: ParseProblem, path: str, limits: Limits) -> Finding:
    """LOAD008 for a structural or time limit hit while parsing."""
    if problem.kind == "time":
        return timeout_finding(path, limits.max_seconds, problem.line, problem.column)
    zh, en, attr = LIMIT_WORDS.get(problem.kind, LIMIT_WORDS["depth"])
    limit = getattr(limits, attr)
    return _file_finding(
        "LOAD008", path,
        f"{zh}超过上限 {limit}（第 {problem.line} 行），文件未予检查。",
        f"{en[:1].upper()}{en[1:]} over the limit of {limit} (line {problem.line}); the file was not checked.",
        problem.line, problem.column)


def timeout_finding(path: str, seconds: float | None = None, line: int = 1, column: int = 1) -> Finding:
    """LOAD008 for a file whose loading or checking went over the time limit (``seconds``, when known)."""
    limit_zh = f" {seconds:g} 秒" if seconds is not None else ""
    limit_en = f" of {seconds:g} s" if seconds is not None else ""
    return _file_finding(
        "LOAD008", path,
        f"检查该文件超过时间上限{limit_zh}，已停止，结果不完整（可用 --timeout 放宽）。",
        f"Checking the file went over the time limit{limit_en}; it was stopped and its results are incomplete "
        "(raise the limit with --timeout).",
        line, column, extra={"timeout": True})


def is_timeout(finding: Finding) -> bool:
    """Whether ``finding`` says a file ran out of time: it depends on the machine's load, so no
    cache keeps it."""
    return finding.rule_id == "LOAD008" and finding.extra.get("timeout") is True


# A key followed by a full-width colon (what a Chinese input method types): "total：100000",
# "- name：培训人数", "数量指标：". YAML takes it for text, and the parser fails a line or two later.
_FULL_WIDTH_KEY = lazy_pattern(r"^(?P<indent>\s*(?:-\s+)?)(?P<key>[^\s#'\"：:][^#'\"：:]*?)\s*：")
_FULL_WIDTH_REACH = 3  # lines above the parser's complaint that are looked at
_FULL_WIDTH_MENDABLE = 1_000_000  # characters: a larger file is not parsed again to test a mend


def _full_width_colon(text: str, problem: ParseProblem) -> tuple[int, int, str, str] | None:
    """(line, column, key, the line mended) of the full-width colon that caused ``problem``, if
    one did: the nearest above it whose mending (a plain colon and a space) gets the parser past
    it. A full-width colon inside text (a goal's "今年：完成") is left alone."""
    if len(text) > _FULL_WIDTH_MENDABLE:
        return None
    lines = split_lines(text)  # numbered as the parser numbers them
    for number in range(min(problem.line, len(lines)), max(problem.line - _FULL_WIDTH_REACH, 1) - 1, -1):
        line = line_body(lines[number - 1])
        match = _FULL_WIDTH_KEY.match(line)
        if match is None:
            continue
        mended = line[:match.end() - 1] + ": " + line[match.end():]
        _, after = compose_documents("".join(lines[:number - 1]) + mended + lines[number - 1][len(line):]
                                     + "".join(lines[number:]), DEFAULT_LIMITS)
        if after is None or after.line > problem.line:
            return number, match.end(), match.group("key"), mended
    return None


def _syntax_finding(problem: ParseProblem, text: str, path: str, deadline: float | None = None) -> Finding:
    """LOAD003 in words a budget officer can act on; a full-width colon, or another usual slip
    (see yamlparse.syntax_cause), is named on its own line."""
    from ggtlint.fixes import syntax_fix

    colon = _full_width_colon(text, problem)
    if colon is not None:
        line, column, key, mended = colon
        # the line is a key's, as the parser now reads it: the plain colon keeps what was meant
        fix = syntax_fix(text, line, (mended,), sure=True)
        return _file_finding(
            "LOAD003", path,
            f"YAML/JSON 语法错误（第 {line} 行第 {column} 列）：“{key}：”用了全角冒号“：”，"
            f"应改为半角冒号“:”并在后面加一个空格（如“{key}: …”）",
            f"YAML/JSON syntax error at line {line}, column {column}: '{key}：' has a full-width colon; "
            f"write a plain colon and a space ('{key}: …')", line, column,
            extra={"fix": fix.to_data()} if fix else None)
    cause = syntax_cause(text, problem, deadline)
    if cause is not None:  # the usual slip, on its own line; the parser's words stay in the English
        fix = syntax_fix(text, cause.line, cause.mends, cause.sure) if cause.mends else None
        return _file_finding(
            "LOAD003", path,
            f"YAML/JSON 语法错误（第 {cause.line} 行第 {cause.column} 列）：{cause.zh}",
            f"YAML/JSON syntax error at line {cause.line}, column {cause.column}: {cause.en} "
            f"(parser: {problem.problem})", cause.line, cause.column,
            extra={"fix": fix.to_data()} if fix else None)
    words_zh, words_en = problem_words(problem.problem)
    return _file_finding(
        "LOAD003", path,
        f"YAML/JSON 语法错误（第 {problem.line} 行第 {problem.column} 列）：{problem.problem_zh or words_zh}",
        f"YAML/JSON syntax error at line {problem.line}, column {problem.column}: {words_en}",
        problem.line, problem.column)


def load_text(text: str, path: str, limits: Limits = DEFAULT_LIMITS, encoding: str = "utf-8",
              deadline: float | None = None) -> SourceFile:
    """Parse already-decoded text as a target file named ``path``.

    ``deadline`` (monotonic seconds) is checked between stages; it is kept on the returned
    SourceFile so the engine stops at the same time.
    """
    source = SourceFile(path=path, text=text, encoding=encoding, deadline=deadline)
    if not text or text.isspace():  # (strip() would copy a 50 MB text)
        source.findings.append(_file_finding(
            "LOAD007", path, "文件为空，没有任何绩效目标表。", "The file is empty: it holds no table."))
        return source
    documents, problem = compose_documents(text, limits, deadline)
    if problem is not None:
        if problem.kind == "syntax":
            source.findings.append(_syntax_finding(problem, text, path, deadline))
        else:  # over a limit: nothing was composed
            source.findings.append(_limit_finding(problem, path, limits))
            return source
    documents = [doc for doc in documents if doc is not None]
    if not documents and problem is None:
        source.findings.append(_file_finding(
            "LOAD007", path, "文件中没有任何 YAML 文档（只有注释或空白）。",
            "The file holds no YAML document (only comments or blanks)."))
        return source
    try:
        check_deadline(deadline, "compose")
    except TimeBudgetExceeded:
        source.findings.append(timeout_finding(path, limits.max_seconds))
        return source
    source.tables, findings = build_tables(documents, path, limits)
    source.findings.extend(findings)
    return source


# Why the system could not read a file, in words a budget officer knows (the system's own text
# is English and technical); an error not listed here keeps the system's text.
_READ_ERRORS = {
    errno.ELOOP: ("符号链接（快捷方式）互相指向，找不到真正的文件", "its shortcuts (symbolic links) point at each other"),
    errno.EISDIR: ("这是一个文件夹", "it is a folder"),
    errno.ENAMETOOLONG: ("文件名或路径太长", "the file name or path is too long"),
    errno.EIO: ("磁盘读取出错", "the disk could not be read"),
    errno.EBUSY: ("文件正被其他程序占用", "another program is using it"),
    errno.ENOTDIR: ("路径中有一段不是文件夹", "part of the path is not a folder"),
    errno.ENOENT: ("文件不存在（可能在检查过程中被删除）", "the file does not exist (it may have been deleted during the run)"),
    errno.EACCES: ("没有读取该文件的权限", "there is no permission to read the file"),
    errno.EPERM: ("没有读取该文件的权限", "there is no permission to read the file"),
    errno.EMFILE: ("同时打开的文件太多（可减少 --jobs 后重试）", "too many files are open at once (retry with fewer --jobs)"),
    errno.ENFILE: ("系统同时打开的文件太多，请稍后重试", "the system has too many files open; retry later"),
    errno.ENOMEM: ("内存不足", "there is not enough memory"),
    errno.ENXIO: ("文件所在的设备不存在或未连接", "the device it is on is missing or not connected"),
    errno.ETIMEDOUT: ("网络磁盘没有及时响应", "the network drive did not answer in time"),
    **{code: ("网络磁盘上的文件已失效（请重新连接网络磁盘）", "the file on the network drive is stale (reconnect the drive)")
       for code in [getattr(errno, "ESTALE", None)] if code is not None},
}


def read_error(exc: OSError) -> tuple[str, str]:
    """(Chinese, English) reason an OSError gives for a file that cannot be read."""
    known = _READ_ERRORS.get(exc.errno or 0)
    if known is not None:
        return known
    reason = exc.strerror or type(exc).__name__
    number = f"错误号 {exc.errno}：" if exc.errno else ""
    return f"系统提示“{number}{reason}”，请确认该文件能正常打开后重试", reason


_PDF = ("文件是 PDF：ggtlint 不直接读 PDF。请先提取其中的文字（如 pdftotext -layout），"
        "再加 --text-input 检查，或用 ggtlint import 导入提取出的文字。",
        "The file is a PDF, which ggtlint does not read directly: extract its text first "
        "(pdftotext -layout, say), then check it with --text-input or convert the text with ggtlint import.")
_OLD_EXCEL = ("文件是旧版 Excel（.xls）或设置了打开密码的工作簿：请在 Excel 中打开（如有密码先取消），"
              "“另存为 .xlsx”后再检查。",
              "The file is an old Excel workbook (.xls) or one with a password to open it: open it in "
              "Excel (remove the password), save it as .xlsx and check that.")
_WORD = ("文件是 Word 文档：ggtlint 读不了 Word。请把表格复制到 Excel 另存为 .xlsx，"
         "或把文字另存为 .txt 后加 --text-input 检查。",
         "The file is a Word document, which ggtlint cannot read: copy the table into Excel and "
         "save it as .xlsx, or save the text as .txt and check it with --text-input.")
_PDF_TEXT = ("文件是从 PDF 提取的文本：需加 --text-input 才按绩效目标表读取（ggtlint check --text-input 文件）。",
             "The file is text extracted from a PDF: check it with --text-input to read it as a table.")
# What a file's name says it is, for files named on the command line whatever their bytes (a
# folder's are named in a note instead, see discover.SUBMISSION_SUFFIXES).
_BY_SUFFIX = {
    ".pdf": _PDF, ".xls": _OLD_EXCEL, ".doc": _WORD, ".docx": _WORD,
    ".et": ("文件是 WPS 表格（.et）：请在 WPS 中“另存为 .xlsx”后再检查。",
            "The file is a WPS spreadsheet (.et): save it as .xlsx in WPS and check that."),
    ".wps": ("文件是 WPS 文字文档：请把表格复制到 Excel 另存为 .xlsx 后再检查。",
             "The file is a WPS text document: copy the table into Excel, save it as .xlsx and check that."),
    ".ofd": ("文件是 OFD 版式文件：请转为 PDF 后用 pdftotext -layout 提取文字，再加 --text-input 检查。",
             "The file is an OFD document: convert it to PDF, extract the text with pdftotext -layout and "
             "check that with --text-input."),
}


def other_format(suffix: str, data: bytes) -> tuple[str, str] | None:
    """What a file ggtlint cannot read is, and what to do with it, when its name (.pdf, .xls,
    .docx …) or its first bytes (%PDF) say so, whatever else its bytes are; else None."""
    return _BY_SUFFIX.get(suffix.lower()) or (_PDF if data.startswith(b"%PDF") else None)


def _binary_kind(data: bytes) -> tuple[str, str]:
    """What a binary file most likely is, and what to do with it, from its first bytes."""
    if data.startswith(b"%PDF"):
        return _PDF
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _OLD_EXCEL
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return _WORD
    return ("文件是二进制数据（如图片、压缩包或 Word 文件），不是文本表格。",
            "The file is binary data (a picture, an archive or a Word file, say), not a text table.")


def load_file(path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> SourceFile:
    """Read and load one target file; problems become findings."""
    shown = display if display is not None else str(path)
    started = time.monotonic()
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on the
        # open descriptor, so a file swapped for a pipe after a stat() cannot hang the run.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as handle:
            info = os.fstat(handle.fileno())
            size = info.st_size
            if not stat.S_ISREG(info.st_mode):
                # a pipe or device would block the read or never end (/dev/zero)
                return SourceFile(path=shown, findings=[_file_finding(
                    "LOAD001", shown, "不是普通文件（可能是文件夹或特殊的系统文件），未予读取。",
                    "Not an ordinary file (perhaps a folder or a special system file); it was not read.")])
            if size > limits.max_file_bytes:
                return SourceFile(path=shown, findings=[_file_finding(
                    "LOAD008", shown,
                    f"文件大小 {size / 1048576:.1f} MiB 超过上限 {limits.max_file_bytes / 1048576:.1f} MiB，未予检查。",
                    f"The file is {size / 1048576:.1f} MiB, over the {limits.max_file_bytes / 1048576:.1f} MiB limit; not checked.")])
            # the size fstat() gave, plus one byte to notice a file that grew meanwhile (asking
            # for the whole limit would allocate, and free, 10 MiB for every small file)
            data = handle.read(min(size, limits.max_file_bytes) + 1)
            if len(data) > size:  # it grew: read on up to the limit
                data += handle.read(limits.max_file_bytes + 1 - len(data))
    except (FileNotFoundError, PermissionError) as exc:  # said as they are, without "cannot be read:"
        zh, en = read_error(exc)
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD001", shown, f"{zh}。", f"{en[0].upper()}{en[1:]}.")])
    except OSError as exc:
        zh, en = read_error(exc)
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD001", shown, f"文件无法读取：{zh}。", f"The file cannot be read: {en}.")])
    if len(data) > limits.max_file_bytes:
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD008", shown, "文件在读取时超过大小上限，未予检查。",
            "The file grew past the size limit while being read; not checked.")])
    suffix = os.path.splitext(str(path))[1]
    kind = other_format(suffix, data)
    if kind is None and suffix.lower() == ".txt":  # (with --text-input it is imported, not loaded here)
        from ggtlint.discover import reads_like_a_table

        kind = _PDF_TEXT if reads_like_a_table(data) else None  # a table's text, as pdftotext gives it
    if kind is not None:  # a submission ggtlint cannot read, even when its bytes decode as text
        return SourceFile(path=shown, findings=[_file_finding("LOAD009", shown, *kind)])
    try:
        decoded = decode(data)
    except DecodeError as exc:
        if exc.binary:
            zh, en = _binary_kind(data)
            return SourceFile(path=shown, findings=[_file_finding("LOAD009", shown, zh, en)])
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD002", shown, f"文件编码无法识别：{exc.reason_zh}。", f"Unknown encoding: {exc.reason}.")])
    del data  # the bytes are not needed once decoded: do not hold a large file twice
    return load_text(decoded.text, shown, limits, decoded.encoding, limits.deadline(started))

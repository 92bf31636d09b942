"""Load target files: read bytes, decode, parse YAML/JSON with positions, build tables.

``load_file`` never raises for a bad input: every problem becomes a LOAD finding on the
returned SourceFile, so the run goes on with the other files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ggtlint.findings import Finding
from ggtlint.limits import DEFAULT_LIMITS, Limits
from ggtlint.load.build import build_tables
from ggtlint.load.decode import DecodeError, decode
from ggtlint.load.diagnostics import LOAD_DIAGNOSTICS
from ggtlint.load.yamlparse import compose_documents
from ggtlint.model import Table

__all__ = ["SourceFile", "load_file", "load_text"]


@dataclass(slots=True)
class SourceFile:
    """One input file: its text (for carets and suppressions), tables and LOAD findings."""

    path: str
    text: str = ""
    encoding: str = "utf-8"
    tables: list[Table] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


def _file_finding(code: str, path: str, zh: str, en: str, line: int = 1, column: int = 1) -> Finding:
    diag = LOAD_DIAGNOSTICS[code]
    return Finding(
        rule_id=code, rule_name=diag.name, severity=diag.severity,
        message_zh=zh, message_en=en, file=path,
        line=line, column=column, end_line=line, end_column=column + 1,
        suggestion_zh=diag.fix_zh, suggestion_en=diag.fix_en,
    )


def load_text(text: str, path: str, limits: Limits = DEFAULT_LIMITS, encoding: str = "utf-8") -> SourceFile:
    """Parse already-decoded text as a target file named ``path``."""
    source = SourceFile(path=path, text=text, encoding=encoding)
    if not text.strip():
        source.findings.append(_file_finding(
            "LOAD007", path, "文件为空，没有任何绩效目标表。", "The file is empty: it holds no table."))
        return source
    documents, problem = compose_documents(text, limits)
    if problem is not None:
        if problem.kind == "syntax":
            source.findings.append(_file_finding(
                "LOAD003", path,
                f"YAML/JSON 语法错误（第 {problem.line} 行第 {problem.column} 列）：{problem.problem}",
                f"YAML/JSON syntax error at line {problem.line}, column {problem.column}: {problem.problem}",
                problem.line, problem.column))
        else:
            source.findings.append(_file_finding(
                "LOAD008", path,
                f"嵌套层数超过上限 {limits.max_depth}（第 {problem.line} 行），文件未予检查。",
                f"Nesting deeper than {limits.max_depth} (line {problem.line}); the file was not checked.",
                problem.line, problem.column))
    documents = [doc for doc in documents if doc is not None]
    if not documents and problem is None:
        source.findings.append(_file_finding(
            "LOAD007", path, "文件中没有任何 YAML 文档（只有注释或空白）。",
            "The file holds no YAML document (only comments or blanks)."))
        return source
    source.tables, findings = build_tables(documents, path, limits)
    source.findings.extend(findings)
    return source


def load_file(path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> SourceFile:
    """Read and load one target file; problems become findings."""
    shown = display if display is not None else str(path)
    try:
        size = os.stat(path).st_size
        if size > limits.max_file_bytes:
            return SourceFile(path=shown, findings=[_file_finding(
                "LOAD008", shown,
                f"文件大小 {size / 1048576:.1f} MiB 超过上限 {limits.max_file_bytes / 1048576:.1f} MiB，未予检查。",
                f"The file is {size / 1048576:.1f} MiB, over the {limits.max_file_bytes / 1048576:.1f} MiB limit; not checked.")])
        with open(path, "rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD001", shown, "文件不存在（可能在检查过程中被删除）。",
            "The file does not exist (it may have been deleted during the run).")])
    except PermissionError:
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD001", shown, "没有读取该文件的权限。", "No permission to read the file.")])
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD001", shown, f"文件无法读取：{reason}。", f"The file cannot be read: {reason}.")])
    if len(data) > limits.max_file_bytes:
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD008", shown, "文件在读取时超过大小上限，未予检查。",
            "The file grew past the size limit while being read; not checked.")])
    try:
        decoded = decode(data)
    except DecodeError as exc:
        if exc.binary:
            return SourceFile(path=shown, findings=[_file_finding(
                "LOAD009", shown, "文件是二进制数据（含 NUL 字节），不是文本表格。",
                "The file is binary data (it has NUL bytes), not a text table.")])
        return SourceFile(path=shown, findings=[_file_finding(
            "LOAD002", shown, f"文件编码无法识别（既不是 UTF-8 也不是 GB18030/GBK）：{exc.reason}。",
            f"Unknown encoding (neither UTF-8 nor GB18030/GBK): {exc.reason}.")])
    return load_text(decoded.text, shown, limits, decoded.encoding)

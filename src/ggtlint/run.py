"""Run a check over many files: discover → load → engine → FileResult, in input order.

``check_one`` is the per-file unit of work; ``parallel.py`` runs it in this process or in
worker processes and yields the results in input order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ggtlint.discover import (TARGET_SUFFIXES, TEXT_SUFFIXES, WORKBOOK_SUFFIXES, display_path, iter_target_files,
                              looks_like_submission, printable_path)
from ggtlint.engine import Engine
from ggtlint.limits import DEFAULT_LIMITS, Limits
from ggtlint.load import SourceFile, load_file
from ggtlint.results import FileResult


@dataclass(slots=True)
class RunOptions:
    paths: list[Path]
    limits: Limits = DEFAULT_LIMITS
    base: Path = field(default_factory=Path.cwd)
    text_input: bool = False  # also read .txt files, as text extracted from published PDFs


def load_source(path: Path | str, shown: str, limits: Limits, text_input: bool = False) -> tuple[SourceFile, Any]:
    """One file as tables, whatever it is; never raises for a bad input. Returns the source and,
    for workbooks (.xlsx) and, with ``text_input``, PDF text (.txt) — imported in memory — where
    each part of the table came from (for :func:`ggtlint.importers.locate_findings`), else None."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES or (text_input and suffix in TEXT_SUFFIXES):
        from ggtlint.importers import load_imported

        return load_imported(path, shown, limits, as_text=suffix in TEXT_SUFFIXES)
    return load_file(path, shown, limits), None


def check_one(engine: Engine, path: Path | str, shown: str, limits: Limits, text_input: bool = False) -> FileResult:
    """Load and check one file; never raises for a bad input. Findings in an imported file name
    the sheet and cell."""
    source, sheets = load_source(path, shown, limits, text_input)
    if sheets is None:
        return engine.check_source(source)
    from ggtlint.importers import locate_findings

    result = engine.check_source(source, deadline=limits.deadline())  # the rules' per-file time budget
    locate_findings(result.findings, sheets)
    for finding in result.findings:  # --fix rewrites YAML and JSON only: the original is corrected by hand
        finding.extra.pop("fix", None)
    for digest in result.digests:  # so the cross-table findings name cells too
        if 0 <= digest.document < len(sheets):
            digest.sheet = sheets[digest.document]
    return result


STDIN_NAME = "stdin.yaml"  # how standard input is named without --stdin-filename


def save_stdin(folder: Path, name: str | None, limits: Limits, stream: IO[bytes]) -> tuple[str, str]:
    """Standard input as a file in ``folder``, so that it is checked as any file is (encodings,
    workbooks, size limit); returns (path, path as shown). Only up to one byte past the size
    limit is read: the check then reports the file as too large."""
    path = folder / (Path(name or STDIN_NAME).name or STDIN_NAME)
    # shown as the same file named on the command line would be (relative to here when inside
    # it, './' dropped); a name that is not UTF-8 is shown escaped, as on disk
    shown = display_path(Path(name)) if name else STDIN_NAME
    with open(path, "wb") as out:
        remaining = limits.max_file_bytes + 1
        while remaining > 0:
            block = stream.read(min(remaining, 1 << 20))
            if not block:
                break
            out.write(block)
            remaining -= len(block)
    return str(path), shown


def target_suffixes(text_input: bool) -> tuple[str, ...]:
    """The suffixes of the files a run checks (text extracted from PDFs only with --text-input)."""
    return TARGET_SUFFIXES + TEXT_SUFFIXES if text_input else TARGET_SUFFIXES


def collect_files(engine: Engine, options: RunOptions, passed_over: list[str] | None = None,
                  configs: list[str] | None = None) -> list[tuple[str, str]]:
    """(path, path as shown in reports) of every target file, in order; paths as plain strings
    (a Path object per file would cost a bulk run of 10,000 files some 3 MiB). Files in the
    folders that ggtlint cannot read as they are (.xls, .pdf …) go to ``passed_over``, and the
    configuration files met there to ``configs``."""
    files: list[tuple[str, str]] = []
    suffixes = target_suffixes(options.text_input)
    folders: dict[Path, str] = {}  # folder -> how it is shown: worked out once, not per file
    config = engine.config
    # folder -> its path from the config's folder (exclude patterns are matched against that)
    from_config: dict[Path, str] | None = {} if config.exclude else None
    for path, parent, name in iter_target_files(options.paths, suffixes, passed_over, configs):
        folder = folders.get(parent)
        if folder is None:
            folder = folders[parent] = display_path(parent, options.base)
        if from_config is not None:
            where = from_config.get(parent)
            if where is None:
                where = from_config[parent] = config.relative(str(parent))
            if config.excluded_relative(name if where == "." else f"{where}/{name}"):
                continue
        name = printable_path(name)
        shown = name if folder == "." else folder + name if folder.endswith("/") else f"{folder}/{name}"
        files.append((path, shown))
    if passed_over:  # what the configuration excludes is not to be converted either
        passed_over[:] = [path for path in passed_over
                          if not (config.exclude and config.excluded(path)) and looks_like_submission(path)]
    return files


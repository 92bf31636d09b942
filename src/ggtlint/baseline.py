"""Baselines: record today's findings so that only new ones fail a CI run.

A baseline is keyed by file, rule, field path (JSON Pointer) and the finding's fingerprint
(rule + document + path + offending value), never by line number, so inserting comments
or reordering keys does not turn old findings into new ones. Each key carries a count,
like eslint's bulk suppressions: two identical findings need two entries' worth of count,
and a third identical one is new.

File paths in the baseline are relative to the baseline file's own folder, so the same
file works whether ggtlint runs from the repository root or a sub-folder.

    {
      "version": 1,
      "tool": "ggtlint",
      "files": {
        "targets/人才引进.yaml": [
          {"rule": "LOAD005", "path": "/funds/total", "fingerprint": "…", "count": 1}
        ]
      }
    }

Entries that no longer occur in the files that were checked (or whose file is gone) are
"stale": ``ggtlint check --baseline`` reports them so the file can be pruned by writing
the baseline again.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable

from ggtlint.atomic import OutputError, write_text_atomic
from ggtlint.bilingual import BilingualError
from ggtlint.english import counted
from ggtlint.findings import Finding
from ggtlint.load.diagnostics import CONTROLLABLE_LOAD
from ggtlint.results import FileResult
from ggtlint.textfile import read_problem, read_text

BASELINE_VERSION = 1


class BaselineError(BilingualError):
    """The baseline file is missing, unreadable or not a ggtlint baseline (exit 2); why, in
    Chinese and English."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One baseline key and how many findings it covers."""

    file: str
    rule: str
    path: str
    fingerprint: str
    count: int = 1


def baselinable(finding: Finding) -> bool:
    """Whether a baseline may hold ``finding``: not a file that could not be checked at all (a
    syntax error, an unreadable or unsafe file …), which no baseline, like no suppression
    comment, switches off."""
    return not finding.rule_id.startswith("LOAD") or finding.rule_id in CONTROLLABLE_LOAD


def _key_path(file: str, base_dir: str, baseline_dir: str) -> str:
    """A finding's file as the baseline names it: relative to the baseline's folder, '/'."""
    absolute = os.path.abspath(file if os.path.isabs(file) else os.path.join(base_dir, file))
    try:
        relative = os.path.relpath(absolute, baseline_dir)
    except ValueError:  # another drive on Windows: keep it absolute
        relative = absolute
    return relative.replace(os.sep, "/")


def _entry_key(entry: Entry) -> tuple[str, str]:
    return (entry.file, entry.fingerprint)


def _validate(data: Any, where: str) -> dict[tuple[str, str], Entry]:
    """Check the parsed JSON document and return its entries by (file, fingerprint)."""
    def fail(detail_zh: str, detail_en: str) -> BaselineError:
        return BaselineError(f"基线文件 {where} 无效：{detail_zh}", f"invalid baseline file {where}: {detail_en}")

    if not isinstance(data, dict) or "version" not in data:
        raise fail("不是 ggtlint 基线（缺少 version 字段）", "not a ggtlint baseline: no version field")
    if type(data["version"]) is not int or data["version"] != BASELINE_VERSION:  # true == 1 in Python
        raise fail(f"不支持的版本 {data['version']!r}，应为 {BASELINE_VERSION}",
                   f"unsupported version {data['version']!r}, expected {BASELINE_VERSION}")
    files = data.get("files")
    if not isinstance(files, dict):
        raise fail("files 应为 文件 → 问题列表 的映射", "'files' must map file paths to lists of entries")
    entries: dict[tuple[str, str], Entry] = {}
    for file, items in files.items():
        if not isinstance(items, list):
            raise fail(f"files/{file} 应为列表", f"files/{file} must be a list")
        for number, item in enumerate(items):
            ok = (isinstance(item, dict)
                  and isinstance(item.get("rule"), str) and isinstance(item.get("fingerprint"), str)
                  and isinstance(item.get("path", ""), str)
                  and isinstance(item.get("count", 1), int) and not isinstance(item.get("count", 1), bool)
                  and item.get("count", 1) >= 1)
            if not ok:
                raise fail(f"files/{file}/{number} 应含 rule、fingerprint 和正整数 count",
                           f"files/{file}/{number} needs rule, fingerprint and a positive count")
            entry = Entry(file, item["rule"], item.get("path", ""), item["fingerprint"], item.get("count", 1))
            key = _entry_key(entry)
            if key in entries:  # tolerate hand-merged files: counts add up
                entry = replace(entry, count=entries[key].count + entry.count)
            entries[key] = entry
    return entries


def dumps(entries: Iterable[Entry]) -> str:
    """The baseline file text: stable order, so regenerating it gives clean diffs."""
    files: dict[str, list[dict[str, Any]]] = {}
    for entry in sorted(entries, key=lambda e: (e.file, e.rule, e.path, e.fingerprint)):
        files.setdefault(entry.file, []).append(
            {"rule": entry.rule, "path": entry.path, "fingerprint": entry.fingerprint, "count": entry.count})
    document = {"version": BASELINE_VERSION, "tool": "ggtlint", "files": files}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class Baseline:
    """A loaded baseline, applied file by file during a run.

    ``apply`` hides the findings the baseline covers (the first ones of each key, in file
    order) and remembers what was used; after the run ``stale_entries`` lists what was not.
    """

    def __init__(self, entries: dict[tuple[str, str], Entry], baseline_dir: str, base_dir: str = ".",
                 runs: Callable[[str, str], bool] | None = None, cross_table: frozenset[str] = frozenset()) -> None:
        self.entries = entries
        # whether this run makes a rule's findings on a file (rule id, path): an entry of a rule
        # switched off (--select, --ignore, per_file_ignores) cannot be judged stale
        self.runs = runs
        self.cross_table = cross_table  # rules comparing tables: judged only over the whole baseline
        self.baseline_dir = os.path.abspath(baseline_dir)
        self.base_dir = os.path.abspath(base_dir)
        self.remaining: Counter[tuple[str, str]] = Counter({key: e.count for key, e in entries.items()})
        self.checked: set[str] = set()
        self._stale: list[Entry] | None = None  # worked out once, when the run is over
        self._last_file: str | None = None
        self._last_key = ""

    @classmethod
    def load(cls, path: str | os.PathLike[str], base_dir: str = ".",
             runs: Callable[[str, str], bool] | None = None, cross_table: frozenset[str] = frozenset()) -> "Baseline":
        """Read a baseline file; raise BaselineError with a clear message when it is unusable."""
        where = os.fspath(path)
        try:
            text = read_text(path)  # a BOM, as Windows Notepad saves it, is taken
        except FileNotFoundError:
            raise BaselineError(f"基线文件不存在：{where}（可先用 --write-baseline 生成）",
                                f"baseline file not found: {where} (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            zh, en = read_problem(exc)
            raise BaselineError(f"无法读取基线文件 {where}：{zh}", f"cannot read the baseline file {where}: {en}") from None
        try:
            data = json.loads(text)
        except RecursionError:  # '[' nested 100,000 deep
            raise BaselineError(f"基线文件 {where} 嵌套过深，不是 ggtlint 写出的基线",
                                f"the baseline file {where} is nested too deeply to be a ggtlint baseline") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"基线文件 {where} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）：{exc.msg}",
                                f"the baseline file {where} is not valid JSON (line {exc.lineno}, column {exc.colno}): "
                                f"{exc.msg}") from None
        return cls(_validate(data, where), os.path.dirname(os.path.abspath(where)), base_dir, runs, cross_table)

    def key_path(self, file: str) -> str:
        if file != self._last_file:  # a file's findings come together: worked out once per file
            self._last_file, self._last_key = file, _key_path(file, self.base_dir, self.baseline_dir)
        return self._last_key

    def apply(self, result: FileResult) -> tuple[FileResult, int]:
        """The result without the findings this baseline covers, and how many were hidden."""
        file_key = self.key_path(result.path)
        if result.tables or result.cross_table:  # a file that did not load was not checked: its entries are not stale
            self.checked.add(file_key)
        self._stale = None
        kept: list[Finding] = []
        hidden: list[int] = []  # the document of each finding held back
        for finding in result.findings:
            if not baselinable(finding):
                kept.append(finding)
                continue
            file = self.key_path(finding.file)
            key = (file, finding.fingerprint)
            if self.remaining[key] <= 0:
                earlier = finding.earlier_fingerprint
                if earlier is not None and self.remaining[(file, earlier)] > 0:
                    key = (file, earlier)  # an entry written before names' findings left their values out
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
                hidden.append(finding.document)
            else:
                kept.append(finding)
        if not hidden:
            return result, 0
        return replace(result, findings=kept, baselined_in=result.baselined_in + hidden), len(hidden)

    def stale_entries(self) -> list[Entry]:
        """Entries (with the unmatched count) that did not occur in this run.

        Only files that were checked, or that no longer exist, count: a run over one file
        says nothing about the baseline entries of the others. Nor do entries of rules this run
        switched off, or cross-table entries unless every file of the baseline was checked
        (another table of the pair may be the one left out).
        """
        if self._stale is not None:  # every output asks (SARIF, GitHub, the notes on stderr)
            return self._stale
        stale = []
        # a checked file exists; only the others are looked for on disk
        gone = {file: file not in self.checked and not os.path.exists(os.path.join(self.baseline_dir, file))
                for file in {entry.file for entry in self.entries.values()}}
        whole_corpus = all(file in self.checked or missing for file, missing in gone.items())
        for key, left in self.remaining.items():
            if left <= 0:
                continue
            entry = self.entries[key]
            if gone[entry.file]:
                stale.append(replace(entry, count=left))
            elif entry.file in self.checked and self._judged(entry, whole_corpus):
                stale.append(replace(entry, count=left))
        self._stale = sorted(stale, key=lambda e: (e.file, e.rule, e.path, e.fingerprint))
        return self._stale

    def _judged(self, entry: Entry, whole_corpus: bool) -> bool:
        if entry.rule in self.cross_table and not whole_corpus:
            return False
        return self.runs is None or self.runs(entry.rule, os.path.join(self.baseline_dir, entry.file))

    def files_gone(self) -> list[str]:
        """The files the baseline names that no longer exist (its stale entries depend on them
        even when they are not checked, so a stored output is replayed only while they match)."""
        return sorted(file for file in {entry.file for entry in self.entries.values()}
                      if not os.path.exists(os.path.join(self.baseline_dir, file)))

    def stale_count(self) -> int:
        return sum(entry.count for entry in self.stale_entries())


def stale_message(count: int, lang: str = "zh") -> str:
    """What every output says when ``count`` baseline entries no longer occur."""
    if lang == "en":
        verb = "occurs" if count == 1 else "occur"
        return (f"{counted(count, 'baseline entry')} no longer {verb}; run --write-baseline again to prune "
                "the baseline file.")
    return f"基线中有 {count} 个问题已不再出现，可重新运行 --write-baseline 清理基线文件。"


class BaselineWriter:
    """Collects every finding of a run and writes them as a new baseline.

    An earlier baseline at the same path keeps what this run could not have found again: the
    entries of files it did not check (that still exist), of rules it did not run on a file
    (``--select``, ``--ignore``, per_file_ignores), and, when it did not check every file of the
    baseline, cross-table entries (the other table of a pair may be one left out): writing the
    baseline from one folder or one rule family must not drop the rest of it.
    """

    def __init__(self, path: str | os.PathLike[str], base_dir: str = ".",
                 runs: Callable[[str, str], bool] | None = None, cross_table: frozenset[str] = frozenset(),
                 known: frozenset[str] | None = None) -> None:
        self.path = os.fspath(path)
        self.baseline_dir = os.path.dirname(os.path.abspath(self.path))
        self.base_dir = os.path.abspath(base_dir)
        self.runs = runs
        self.cross_table = cross_table
        self.known = known  # every rule id of the packs in use: an entry of any other rule is dropped
        self.counts: Counter[tuple[str, str, str, str]] = Counter()
        self.checked: set[str] = set()
        self.kept_count = 0        # findings kept from the earlier baseline (after write())
        self.kept_file_count = 0  # and the files they are in

    def add(self, result: FileResult) -> tuple[FileResult, int]:
        """Record the result's findings; return it without them, as a run with this baseline
        would see it (a file that cannot be checked is never recorded: it stays in the result)."""
        if result.tables or result.cross_table:  # a file that did not load keeps its earlier entries
            self.checked.add(_key_path(result.path, self.base_dir, self.baseline_dir))
        keys: dict[str, str] = {}  # a file's findings share its path: worked out once
        left: list[Finding] = []
        recorded: list[int] = []
        for finding in result.findings:
            if not baselinable(finding):
                left.append(finding)
                continue
            key = keys.get(finding.file)
            if key is None:
                key = keys[finding.file] = _key_path(finding.file, self.base_dir, self.baseline_dir)
            self.counts[(key, finding.rule_id, finding.path, finding.fingerprint)] += 1
            recorded.append(finding.document)
        if not recorded:
            return result, 0
        return replace(result, findings=left, baselined_in=result.baselined_in + recorded), len(recorded)

    def entries(self) -> list[Entry]:
        return [Entry(file, rule, path, fingerprint, count)
                for (file, rule, path, fingerprint), count in self.counts.items()]

    def _kept_from_earlier(self) -> Counter[tuple[str, str, str, str]]:
        """The earlier baseline's entries this run could not have found again (see the class)."""
        kept: Counter[tuple[str, str, str, str]] = Counter()
        if not os.path.isfile(self.path):
            return kept
        try:
            earlier = Baseline.load(self.path)
        except BaselineError:  # not a baseline: the command refused to write over it already
            return kept
        exists = {file: file in self.checked or os.path.exists(os.path.join(self.baseline_dir, file))
                  for file in {entry.file for entry in earlier.entries.values()}}
        whole = all(file in self.checked for file, present in exists.items() if present)
        for entry in earlier.entries.values():
            if not exists[entry.file] or (self.known is not None and entry.rule not in self.known):
                continue  # the file is gone, or the rule (renamed, its pack no longer used): so are its findings
            key = (entry.file, entry.rule, entry.path, entry.fingerprint)
            if entry.file not in self.checked:
                kept[key] = entry.count
            elif self.runs is not None and not self.runs(entry.rule, os.path.join(self.baseline_dir, entry.file)):
                kept[key] = entry.count
            elif entry.rule in self.cross_table and not whole:
                kept[key] = max(0, entry.count - self.counts[key])  # found again here: counted once
        return +kept

    def write(self) -> int:
        """Write the baseline atomically; return the number of findings recorded by this run
        (``kept_count`` and ``kept_file_count`` then say what was kept from the earlier baseline)."""
        kept = self._kept_from_earlier()
        self.kept_count = sum(kept.values())
        self.kept_file_count = len({file for file, _rule, _path, _fingerprint in kept})
        merged = self.counts + kept
        entries = [Entry(file, rule, path, fingerprint, count)
                   for (file, rule, path, fingerprint), count in merged.items()]
        try:
            write_text_atomic(self.path, dumps(entries))
        except OutputError as exc:
            raise BaselineError(*exc.reasons()) from None
        except OSError as exc:  # while writing, not opening: a disk that filled up
            raise BaselineError(f"无法写入基线文件 {self.path}：{exc}", f"cannot write the baseline file {self.path}: {exc}") from None
        return sum(self.counts.values())

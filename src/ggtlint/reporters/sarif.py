"""SARIF 2.1.0 output, shaped for GitHub code scanning (``upload-sarif``).

One run per log. Every rule of the active packs is listed once in ``tool.driver.rules``
(not only the rules that fired), and each result points at its rule by ``ruleId`` and a
matching ``ruleIndex``. Artifact URIs are relative to the base directory, percent-encoded
(Chinese file names are common) and anchored at ``%SRCROOT%``; columns are Unicode code
points. GitHub accepts at most 25,000 results per run, so the worst ones are kept and a
tool notification says how many were left out. ``primaryLocationLineHash`` is left to
upload-sarif; our own line-independent key goes under ``ggtlint/v1``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from ggtlint import __version__
from ggtlint.baseline import stale_message
from ggtlint.discover import path_bytes
from ggtlint.engine.rule import RuleInfo, Text
from ggtlint.findings import Finding, Severity, Summary
from ggtlint.fixes import Fix, changed_part, describe, edit_within, fix_of
from ggtlint.reporters import ReportOptions, not_checked_message
from ggtlint.results import FileResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/ggtlint/ggtlint"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "ggtlint/v1"

# GitHub code scanning limits (docs: "results-exceed-limit"); module constants so tests can
# shrink them instead of generating tens of thousands of findings.
MAX_RESULTS = 25_000
MAX_DESCRIPTION = 1024
MAX_NAME = 255
MAX_TAGS = 20

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub's own severity scale for non-security alerts.
PROBLEM_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}

_HEADINGS = {
    "zh": {"what": "检查内容", "why": "为什么重要", "source": "依据", "fix": "如何修改", "docs": "规则文档"},
    "en": {"what": "What it checks", "why": "Why it matters", "source": "Basis", "fix": "How to fix",
           "docs": "Rule documentation"},
}
_NOTES = {
    "zh": {
        "capped": "结果共 {total} 个，超过 GitHub 每次运行 {cap} 个的上限；已保留最严重的 {cap} 个，省略 {left} 个。",
    },
    "en": {
        "capped": "{total} results exceed GitHub's limit of {cap} per run; kept the {cap} most severe and left out {left}.",
    },
}


def _clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters, marking the cut (GitHub rejects longer texts)."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def artifact_uri(file: str, base_dir: str) -> tuple[str, bool]:
    """The URI of a reported file: (uri, relative?).

    Relative to ``base_dir`` with '/' separators and percent-encoded segments, so that
    ``人才引进.yaml`` becomes ``%E4%BA%BA…yaml`` (RFC 3986 allows ASCII only). A file outside
    ``base_dir`` cannot be relative to ``%SRCROOT%``; it gets an absolute ``file:`` URI.
    """
    base = os.path.abspath(base_dir)
    absolute = os.path.abspath(file if os.path.isabs(file) else os.path.join(base, file))
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        relative = ""
    if not relative or relative == os.curdir or relative.split(os.sep)[0] == os.pardir:
        if os.sep == "/":  # the file's own bytes, even where its name is not UTF-8 (shown as \xNN)
            return "file://" + quote(path_bytes(absolute), safe="/"), False
        return Path(absolute).as_uri(), False
    return quote(path_bytes(relative.replace(os.sep, "/")), safe="/"), True


def _base_uri(base_dir: str) -> str:
    uri = Path(os.path.abspath(base_dir)).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _region(finding: Finding) -> dict[str, int]:
    # SARIF regions are 1-based and end-exclusive; keep them well-formed even when a
    # producer hands over an empty or inverted span.
    start_line = max(finding.line, 1)
    start_column = max(finding.column, 1)
    end_line = max(finding.end_line, start_line)
    end_column = max(finding.end_column, 1)
    if end_line == start_line and end_column < start_column:
        end_column = start_column
    return {"startLine": start_line, "startColumn": start_column, "endLine": end_line, "endColumn": end_column}


def _help(info: RuleInfo, lang: str) -> tuple[str, str]:
    """Plain-text and Markdown help: what / why / source / fix."""
    words = _HEADINGS.get(lang, _HEADINGS["zh"])
    sep = "：" if lang != "en" else ": "
    summary = info.summary.get(lang).strip() or info.name or info.id
    description = info.description.get(lang).strip()
    sections = [
        # The summary already opens the help; repeat the description only if it says more.
        (words["what"], description if description != summary else ""),
        (words["why"], info.rationale.get(lang)),
        # the basis in plain words (the pack's "source" is its authors' shorthand, kept in properties)
        (words["source"], info.basis.get(lang) or info.source),
        (words["fix"], "\n".join(info.fix_lines(lang))),
    ]
    sections = [(title, body.strip()) for title, body in sections if body and body.strip()]
    text = "\n".join([summary, ""] + [f"{title}{sep}{body}" for title, body in sections])
    markdown = [f"**{info.id} {info.name}**: {summary}", ""]
    for title, body in sections:
        if "\n" in body:  # a fix per variant, a line each: a list in Markdown (lines would run together)
            body = "\n".join(f"- {line}" for line in body.split("\n"))
        markdown += [f"### {title}", "", body, ""]
    markdown.append(f"[{words['docs']}]({info.help_uri})")
    return text.strip(), "\n".join(markdown).strip()


def rule_descriptor(info: RuleInfo, lang: str) -> dict[str, Any]:
    """One ``reportingDescriptor`` for ``tool.driver.rules``."""
    short = _clip(_one_line(info.summary.get(lang)) or info.name or info.id, MAX_DESCRIPTION)
    full = _clip(info.description.get(lang) or info.summary.get(lang) or short, MAX_DESCRIPTION)
    help_text, help_markdown = _help(info, lang)
    tags = []
    for tag in (info.family, *info.refs, info.pack):
        if tag and tag not in tags:  # the schema wants distinct tags
            tags.append(tag)
    properties: dict[str, Any] = {
        "tags": tags[:MAX_TAGS],
        "precision": "very-high",  # rules are deterministic checks, not heuristics
        "problem.severity": PROBLEM_SEVERITY[info.severity],
    }
    if info.source:
        properties["source"] = info.source
    return {
        "id": info.id,
        "name": _clip(info.name or info.id, MAX_NAME),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_markdown},
        "helpUri": info.help_uri,
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": properties,
    }


class SarifReporter:
    """Collects results while files are checked and writes the whole log at the end."""

    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        self.stream = stream
        self.options = options
        self.lang = "en" if options.lang == "en" else "zh"
        self.rules: list[dict[str, Any]] = []
        self.rule_index: dict[str, int] = {}
        self._uris: dict[str, tuple[str, bool]] = {}
        # (sort key, result); pruned to the worst MAX_RESULTS as it grows so a huge run
        # does not hold every result in memory.
        self.results: list[tuple[tuple[int, int], dict[str, Any]]] = []
        self.total = 0
        self.dropped = 0

    # -- rules -------------------------------------------------------------------------
    def begin(self, rules: list[RuleInfo]) -> None:
        for info in rules:
            self._add_rule(info)

    def _add_rule(self, info: RuleInfo) -> int:
        # upload-sarif rejects duplicate rule ids; the first definition wins.
        if info.id not in self.rule_index:
            self.rule_index[info.id] = len(self.rules)
            self.rules.append(rule_descriptor(info, self.lang))
        return self.rule_index[info.id]

    def _index_for(self, finding: Finding) -> int:
        index = self.rule_index.get(finding.rule_id)
        if index is None:
            # A finding from a rule the engine did not announce: describe it from the
            # finding itself so ruleIndex still points at a real descriptor.
            text = Text(finding.rule_name or finding.rule_id, finding.rule_name or finding.rule_id)
            index = self._add_rule(RuleInfo(
                id=finding.rule_id, name=finding.rule_name or finding.rule_id, severity=finding.severity,
                summary=text, description=text, rationale=Text("", ""), fix=Text(
                    finding.suggestion_zh or "", finding.suggestion_en or ""),
            ))
        return index

    # -- results -----------------------------------------------------------------------
    def _result(self, finding: Finding, line: str | None = None) -> dict[str, Any]:
        uris = self._uris  # a file's findings come together: its URI is worked out once
        if finding.file not in uris:
            uris.clear()
            uris[finding.file] = artifact_uri(finding.file, self.options.base_dir)
        uri, relative = uris[finding.file]
        artifact: dict[str, Any] = {"uri": uri}
        if relative:
            artifact["uriBaseId"] = SRCROOT
        cell = finding.extra.get("cell") if finding.extra else None
        # a workbook's lines are those of the imported table, which is nowhere on disk: the
        # location is the file, and the sheet and cell are said in the result's properties
        physical = {"artifactLocation": artifact} if cell else {"artifactLocation": artifact, "region": _region(finding)}
        location: dict[str, Any] = {"physicalLocation": physical}
        if finding.path:
            location["logicalLocations"] = [{
                # The last pointer segment, unescaped (RFC 6901: ~1 is '/', ~0 is '~').
                "name": (finding.path.rsplit("/", 1)[-1] or finding.path).replace("~1", "/").replace("~0", "~"),
                "fullyQualifiedName": finding.path,
            }]
        message = _one_line(finding.message(self.lang)) or finding.rule_name or finding.rule_id
        result: dict[str, Any] = {
            "ruleId": finding.rule_id,
            "ruleIndex": self._index_for(finding),
            "level": LEVELS[finding.severity],
            "message": {"text": message},
            "locations": [location],
            "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        }
        properties: dict[str, Any] = {"document": finding.document}
        if finding.table:
            properties["table"] = finding.table
        if cell:
            properties["sheet"], properties["cell"] = finding.extra.get("sheet"), cell
            result["message"]["text"] = f"{finding.place} {message}"
        result["properties"] = properties
        fix = fix_of(finding) if finding.extra and not cell else None
        if fix is not None and line is not None:
            change = _fix_object(finding, line, fix, artifact, self.lang)
            if change is not None:
                result["fixes"] = [change]
        return result

    def file(self, result: FileResult) -> None:
        for finding in result.findings:
            # Worst first, then in run order: the key decides which results survive the cap.
            key = (-finding.severity.rank, self.total)
            self.total += 1
            self.results.append((key, self._result(finding, result.lines.get(finding.line))))
        if len(self.results) >= 2 * MAX_RESULTS:
            self._prune()

    def _prune(self) -> None:
        if len(self.results) > MAX_RESULTS:
            self.results.sort(key=lambda item: item[0])
            self.dropped += len(self.results) - MAX_RESULTS
            del self.results[MAX_RESULTS:]

    # -- the log -----------------------------------------------------------------------
    def _notifications(self) -> list[dict[str, Any]]:
        notes = _NOTES[self.lang]
        out: list[dict[str, Any]] = []
        if self.dropped:
            out.append({
                "descriptor": {"id": "ggtlint/results-capped"},
                "level": "warning",
                "message": {"text": notes["capped"].format(total=self.total, cap=MAX_RESULTS, left=self.dropped)},
            })
        for path, zh, en in self.options.not_checked:  # a submission in the folders ggtlint could not read
            uri, relative = artifact_uri(path, self.options.base_dir)
            artifact: dict[str, Any] = {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}
            out.append({
                "descriptor": {"id": "ggtlint/not-checked"},
                "level": "error" if self.options.unread_fails else "warning",
                "message": {"text": not_checked_message(zh, en, self.lang)},
                "locations": [{"physicalLocation": {"artifactLocation": artifact}}],
            })
        baseline = getattr(self.options, "baseline", None)
        stale = baseline.stale_count() if baseline is not None else 0
        if stale:
            out.append({
                "descriptor": {"id": "ggtlint/baseline-stale"},
                "level": "note",
                "message": {"text": stale_message(stale, self.lang)},
            })
        return out

    def _automation_id(self) -> str:
        # Category "ggtlint" (what GitHub keys alerts on); the run id after the last '/'
        # names the rule set, so it is stable between runs of the same configuration.
        digest = hashlib.sha256("\n".join(r["id"] for r in self.rules).encode("utf-8")).hexdigest()[:12]
        return f"ggtlint/{digest}"

    def log(self) -> dict[str, Any]:
        """The complete SARIF log as a JSON-ready dict."""
        self._prune()
        # Kept results go out in run order (file by file), not in severity order.
        results = [result for _, result in sorted(self.results, key=lambda item: item[0][1])]
        language = "en" if self.lang == "en" else "zh-CN"
        version = self.options.tool_version or __version__
        invocation: dict[str, Any] = {"executionSuccessful": True}
        notifications = self._notifications()
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        run: dict[str, Any] = {
            "tool": {"driver": {
                "name": "ggtlint",
                "version": version,
                "semanticVersion": version,
                "informationUri": INFORMATION_URI,
                "language": language,
                "rules": self.rules,
            }},
            "automationDetails": {"id": self._automation_id()},
            "invocations": [invocation],
            "originalUriBaseIds": {SRCROOT: {"uri": _base_uri(self.options.base_dir)}},
            "language": language,
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
        return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}

    def end(self, summary: Summary) -> None:
        json.dump(self.log(), self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


def _fix_object(finding: Finding, line: str, fix: Fix, artifact: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The SARIF ``fix`` of a finding whose field sits on one line: the characters ``--fix``
    changes there, as a replacement (columns in code points, as the run says). A fix that
    cannot be said as such a replacement (a field over several lines, an escape in the way) is
    left to ``--fix``, which proves each change by reading the file again."""
    if fix.text_edit:  # a syntax slip: the rest of its line, from the fix's own column
        if fix.line != finding.line:  # (only the finding's own line is at hand)
            return None
        start = fix.column - 1
        written = line[start:].rstrip("\r\n")
        edited = fix.new if written == fix.old else None
        number = fix.line
    elif finding.end_line != finding.line:
        return None
    else:
        start, end = finding.column - 1, finding.end_column - 1
        written = line[start:end]
        edited = edit_within(written, fix.old, fix.new) if written else None
        number = finding.line
    if edited is None:
        return None
    first, end_old, end_new = changed_part(written, edited)
    words = describe(fix, lang)
    if not fix.safe:
        words += " (look at it first)" if lang == "en" else "（请先核对）"
    return {"description": {"text": words},
            "artifactChanges": [{"artifactLocation": artifact, "replacements": [{
                "deletedRegion": {"startLine": number, "startColumn": start + first + 1,
                                  "endLine": number, "endColumn": start + end_old + 1},
                "insertedContent": {"text": edited[first:end_new]}}]}]}

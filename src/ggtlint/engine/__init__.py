"""The rule engine: compiled rule packs run over loaded tables, producing findings.

``Engine.build(config)`` loads the built-in pack plus user packs once; ``check_source``
runs every enabled rule on every table of one file, applies suppressions and severity
overrides, and returns a FileResult. Rules never print; the engine never formats output.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

import jsonschema

from ggtlint.engine.config import Config, ConfigError
from ggtlint.engine.context import build_context
from ggtlint.engine.pack import Pack, PackError, PackRule, builtin_pack_files, load_pack
from ggtlint.engine.rule import RuleInfo, Text
from ggtlint.engine.suppress import apply_directives, parse_directives, unused
from ggtlint.findings import Finding, Severity
from ggtlint.limits import TimeBudgetExceeded, check_deadline
from ggtlint.load import SourceFile
from ggtlint.load.diagnostics import LOAD_DIAGNOSTICS
from ggtlint.model import Table
from ggtlint.primitives import PRIMITIVES
from ggtlint.primitives.base import Hit, Row, TableContext
from ggtlint.regexsafety import search
from ggtlint.results import FileResult

__all__ = ["Engine", "PackError", "ConfigError"]

# Families in the order a reader meets them: loading, structure, money, time, values ...
FAMILY_ORDER = ("LOAD", "META", "STR", "FUND", "TIME", "VAL", "CAT", "SAT", "REL", "XT")


def _family_rank(rule_id: str) -> tuple[int, str]:
    family = re.match(r"[A-Z]+", rule_id)
    name = family.group(0) if family else rule_id
    return (FAMILY_ORDER.index(name) if name in FAMILY_ORDER else len(FAMILY_ORDER), rule_id)


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _format_value(value: Any) -> str:
    if isinstance(value, Decimal):
        if value == value.to_integral():
            return f"{value.quantize(Decimal(1)):,}" if abs(value) >= 10000 else str(value.quantize(Decimal(1)))
        return f"{value.normalize():f}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(str(v) for v in value)
    return str(value)


def render(template: str, values: dict[str, Any]) -> str:
    """Fill ``{name}`` placeholders; no attribute access or format specs (packs are untrusted)."""
    return _PLACEHOLDER.sub(lambda m: _format_value(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


def _diagnostic_info(code: str) -> RuleInfo:
    diag = LOAD_DIAGNOSTICS[code]
    return RuleInfo(
        id=diag.id, name=diag.name, severity=diag.severity,
        summary=Text(diag.summary_zh, diag.summary_en), description=Text(diag.summary_zh, diag.summary_en),
        rationale=Text("无法读取或解析的文件不能被检查，必须先修正。" if code.startswith("LOAD") else "过时的抑制注释会掩盖将来出现的问题。",
                       "A file that cannot be read or parsed cannot be checked at all." if code.startswith("LOAD") else "Stale suppressions hide future problems."),
        fix=Text(diag.fix_zh, diag.fix_en), family=code[:4], check="builtin", pack="ggtlint-builtin",
    )


class Engine:
    """A compiled set of rules and the configuration they run under."""

    def __init__(self, config: Config, packs: list[Pack], lexicon: Any) -> None:
        self.config = config
        self.lexicon = lexicon
        self.packs = packs
        overrides: dict[str, Severity] = {}
        for pack in packs:
            overrides.update(pack.overrides)
        overrides.update(config.severity)
        # An overridden rule reports every finding at the chosen level, variant levels included.
        self.overridden = frozenset(overrides)
        rules: list[PackRule] = []
        for pack in packs:
            for rule in pack.rules:
                if not config.rule_enabled(rule.info.id):
                    continue
                if rule.info.id in overrides:
                    rule = replace(rule, info=replace(rule.info, severity=overrides[rule.info.id]))
                if rule.info.id in config.params:
                    rule = self._with_params(rule, config.params[rule.info.id])
                rules.append(rule)
        rules.sort(key=lambda rule: _family_rank(rule.info.id))
        self.rules = rules
        self.table_rules = [r for r in rules if r.selector.scope == "table"]
        self.indicator_rules = [r for r in rules if r.selector.scope == "indicator"]
        self.corpus_rules = [r for r in rules if r.selector.scope == "corpus"]
        self.builtin = {code: _diagnostic_info(code) for code in LOAD_DIAGNOSTICS}
        for code, level in overrides.items():
            if code in self.builtin and code.startswith("META"):
                self.builtin[code] = replace(self.builtin[code], severity=level)

    @classmethod
    def build(cls, config: Config) -> "Engine":
        """Load the built-in pack(s) and the user's packs; raise PackError/ConfigError."""
        from ggtlint.values import load_lexicon

        packs = [load_pack(path) for path in builtin_pack_files()]
        packs += [load_pack(path) for path in config.packs]
        known = {rule.info.id for pack in packs for rule in pack.rules}
        for pack in packs:
            for rule_id in pack.overrides:
                if rule_id not in known:
                    raise PackError(pack.file, 1, "/overrides", f"覆盖了不存在的规则 (override names an unknown rule) {rule_id}")
        builtin_count = len(packs) - len(config.packs)
        extra_lexicons = [p.lexicon_dir for p in packs[builtin_count:] if p.lexicon_dir] + list(config.lexicons)
        lexicon = load_lexicon(tuple(extra_lexicons))
        return cls(config, packs, lexicon)

    @staticmethod
    def _with_params(rule: PackRule, override: dict[str, Any]) -> PackRule:
        primitive = PRIMITIVES[rule.check]
        params = {**rule.params, **override}
        errors = list(jsonschema.Draft7Validator(primitive.PARAMS_SCHEMA).iter_errors(params))
        if errors:
            raise ConfigError("config", 1, f"/params/{rule.info.id}", errors[0].message)
        return replace(rule, params=params, compiled=primitive.compile(params))

    # -- metadata ------------------------------------------------------------------
    def rule_infos(self, include_builtin: bool = True) -> list[RuleInfo]:
        infos = [rule.info for rule in self.rules]
        if include_builtin:
            infos = list(self.builtin.values()) + infos
        return infos

    def info(self, rule_id: str) -> RuleInfo | None:
        for info in self.rule_infos():
            if info.id == rule_id.upper() or info.name == rule_id:
                return info
        return None

    # -- checking --------------------------------------------------------------------
    def check_source(self, source: SourceFile, deadline: float | None = None) -> FileResult:
        """Run the rules on every table of ``source``; never raises for a bad input.

        ``deadline`` (monotonic seconds; default: the one the loader put on ``source``) is
        checked between tables, rules and rows: past it the file gets a LOAD008 finding and
        keeps the findings made so far.
        """
        deadline = deadline if deadline is not None else getattr(source, "deadline", None)
        findings = [self._retag_builtin(f) for f in source.findings]
        lines = source.text.splitlines() if source.tables else []
        try:
            for table in source.tables:
                check_deadline(deadline, "tables")
                self._check_table_into(findings, table, (), lines, deadline)
        except TimeBudgetExceeded:
            findings.append(self._timeout_finding(source.path))
        findings = [f for f in findings if not self.config.ignored_for_file(source.path, f.rule_id)]
        directives = parse_directives(source.text)
        findings, suppressed = apply_directives(findings, directives)
        if directives and "META001" in self.builtin and self.config.rule_enabled("META001"):
            info = self.builtin["META001"]
            for directive, entry in unused(directives):
                findings.append(Finding(
                    rule_id="META001", rule_name=info.name, severity=info.severity,
                    message_zh=f"抑制注释中的“{entry}”没有抑制任何问题，可以删除。",
                    message_en=f"'{entry}' in this suppression comment suppresses nothing; remove it.",
                    file=source.path, line=directive.line, column=directive.column,
                    end_line=directive.line, end_column=directive.end_column, value=entry,
                    suggestion_zh=info.fix.zh, suggestion_en=info.fix.en,
                ))
        findings.sort(key=Finding.sort_key)
        return FileResult.from_text(
            source.path, source.text, findings, tables=len(source.tables),
            table_labels=[t.label for t in source.tables],
            departments=[t.project.department for t in source.tables], suppressed=suppressed,
        )

    def _retag_builtin(self, finding: Finding) -> Finding:
        info = self.builtin.get(finding.rule_id)
        if info is not None and info.severity is not finding.severity:
            finding.severity = info.severity
        return finding

    def context(self, table: Table, siblings: tuple[str, ...] = ()) -> TableContext:
        return build_context(table, self.config, self.lexicon, siblings)

    def check_table(self, table: Table, siblings: tuple[str, ...] = (), lines: list[str] | None = None) -> list[Finding]:
        findings: list[Finding] = []
        self._check_table_into(findings, table, siblings, lines, None)
        return findings

    def _check_table_into(self, findings: list[Finding], table: Table, siblings: tuple[str, ...],
                          lines: list[str] | None, deadline: float | None) -> None:
        """Append the table's findings to ``findings`` as they are made, so a time-out keeps them."""
        ctx = self.context(table, siblings)
        self._lines = lines or []
        self._deadline = deadline
        for rule in self.table_rules:
            if ctx.framework not in rule.info.frameworks:
                continue
            check_deadline(deadline, rule.info.id)
            primitive = PRIMITIVES[rule.check]
            findings.extend(self._to_findings(rule, ctx, primitive.check_table(ctx, rule.compiled)))
        for rule in self.indicator_rules:
            if ctx.framework not in rule.info.frameworks:
                continue
            check_deadline(deadline, rule.info.id)
            primitive = PRIMITIVES[rule.check]
            selector = rule.selector
            for index, row in enumerate(ctx.rows):
                if index & 255 == 255:  # a look at the clock every 256 rows costs nothing measurable
                    check_deadline(deadline, rule.info.id)
                if _selected(selector, row):
                    findings.extend(self._to_findings(rule, ctx, primitive.check_row(ctx, row, rule.compiled)))

    def _timeout_finding(self, path: str) -> Finding:
        info = self.builtin["LOAD008"]
        return Finding(
            rule_id="LOAD008", rule_name=info.name, severity=info.severity,
            message_zh="检查该文件超过每个文件的时间上限（--timeout），已停止，结果不完整。",
            message_en="Checking the file went over the per-file time limit (--timeout); it was stopped "
                       "and its results are incomplete.",
            file=path, line=1, column=1, end_line=1, end_column=2,
            suggestion_zh=info.fix.zh, suggestion_en=info.fix.en,
        )

    def _to_findings(self, rule: PackRule, ctx: TableContext, hits: Iterable[Hit]) -> Iterable[Finding]:
        table = ctx.table
        deadline = getattr(self, "_deadline", None)
        for hit in hits:
            check_deadline(deadline, rule.info.id)  # a table rule yields hits as it goes
            span = (table.key_positions.get(hit.pointer) if hit.key else None) or table.span(hit.pointer)
            if hit.find and span is not None:
                span = _locate(self._lines, span, hit.find) or span
            template = rule.messages.get(hit.variant) or next(iter(rule.messages.values()))
            values = {"project": table.project.name or "", "year": ctx.budget_year or "", **hit.values}
            severity = rule.info.severity if rule.info.id in self.overridden else (hit.severity or rule.info.severity)
            yield Finding(
                rule_id=rule.info.id, rule_name=rule.info.name, severity=severity,
                message_zh=render(template.zh, values), message_en=render(template.en, values),
                file=table.file,
                line=span.line if span else 1, column=span.column if span else 1,
                end_line=span.end_line if span else 1, end_column=span.end_column if span else 2,
                path=hit.pointer, table=table.project.name, document=table.document, value=hit.value,
                suggestion_zh=render(rule.info.fix.zh, values), suggestion_en=render(rule.info.fix.en, values),
            )


def _locate(lines: list[str], span: Any, text: str) -> Any:
    """The exact span of ``text`` inside a multi-line field, or None when not found verbatim."""
    from ggtlint.model import Span

    for number in range(span.line, min(span.end_line, len(lines)) + 1):
        column = lines[number - 1].find(text)
        if column >= 0:
            return Span(number, column + 1, number, column + 1 + len(text))
    return None


def _selected(selector: Any, row: Row) -> bool:
    if selector.level1 and row.level1 not in selector.level1:
        return False
    if selector.level2 and row.level2 not in selector.level2:
        return False
    if row.level1 in selector.not_level1 or row.level2 in selector.not_level2:
        return False
    if selector.kinds and row.parsed.kind not in selector.kinds:
        return False
    if selector.name_matches is not None and search(selector.name_matches, row.name) is None:
        return False
    if selector.name_not_matches is not None and search(selector.name_not_matches, row.name) is not None:
        return False
    return True

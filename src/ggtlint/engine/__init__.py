"""The rule engine: compiled rule packs run over loaded tables, producing findings.

``Engine.build(config)`` loads the built-in pack plus user packs once; ``check_source``
runs every enabled rule on every table of one file, applies suppressions and severity
overrides, and returns a FileResult. Rules never print; the engine never formats output.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from decimal import Decimal
from functools import partial
from itertools import islice
from typing import Any, Callable, Iterator

from ggtlint.engine.config import Config, ConfigError, names_a_rule
from ggtlint.engine.context import build_context
from ggtlint.engine.pack import Pack, PackError, PackRule, builtin_pack_files, load_builtin_pack, load_pack
from ggtlint.engine.rule import PLACEHOLDER, RuleInfo, Text, rule_matches
from ggtlint.engine.suppress import apply_directives, read_directives, unused
from ggtlint.engine.yields import check_yields, drop_yielded, yield_map, yield_variants
from ggtlint.findings import Finding, Severity
from ggtlint.limits import TimeBudgetExceeded, check_deadline
from time import monotonic
from ggtlint.load import SourceFile, timeout_finding
from ggtlint.load.diagnostics import CONTROLLABLE_LOAD, LOAD_DIAGNOSTICS
from ggtlint.load.diagnostics import rationale as diagnostic_rationale
from ggtlint.model import Table
from ggtlint.primitives import PRIMITIVES
from ggtlint.primitives.base import Hit, Row, TableContext
from ggtlint.regexsafety import search
from ggtlint.results import FileResult
from ggtlint.schemacheck import validate
from ggtlint.values.normalize import decimal_text
from ggtlint.lazyregex import lazy_pattern

__all__ = ["Engine", "PackError", "ConfigError"]

# Families in the order a reader meets them: loading, structure, money, time, values ...
FAMILY_ORDER = ("LOAD", "META", "STR", "FUND", "TIME", "VAL", "CAT", "SAT", "REL", "XT")


def _family_rank(rule_id: str) -> tuple[int, str]:
    family = re.match(r"[A-Z]+", rule_id)
    name = family.group(0) if family else rule_id
    return (FAMILY_ORDER.index(name) if name in FAMILY_ORDER else len(FAMILY_ORDER), rule_id)


# Row contents whose rule hits are remembered (see Engine._check_rows); bounded so a run of any
# size stays within a few MiB: a forgotten row only costs running its rules again. 2,000 generated
# tables hold about 4,400 distinct rows: at 2,048 the memo was emptied every few hundred tables.
_ROW_MEMO_MAX = 8192



def _format_value(value: Any) -> str:
    if type(value) is str:  # the common case, first: this runs for every placeholder of every finding
        return value
    if isinstance(value, Decimal):
        if value == value.to_integral():  # formatted as Decimal (quantize() fails past 28 digits)
            return f"{value:,.0f}" if abs(value) >= 10000 else f"{value:.0f}"
        return decimal_text(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(str(v) for v in value)
    return str(value)


# Templates split once into [literal, name, literal, name, ..., literal], with each placeholder's
# (position, name, whether the message quotes it: “{name}”); they come from the packs, a closed set,
# but the memo is capped anyway.
_TEMPLATE_PARTS: dict[str, tuple[list[str], tuple[tuple[int, str, bool], ...]]] = {}
_ABSENT = object()  # a placeholder the values do not fill: left as written


_INNER_QUOTES = str.maketrans("“”", "‘’")
# a value whose first quotation mark closes the message's (进一步提高”“有效促进): the message's own marks
_CLOSES_FIRST = lazy_pattern(r"[^“]*”")


def _template_parts(template: str) -> tuple[list[str], tuple[tuple[int, str, bool], ...]]:
    """The template split at its placeholders, and each placeholder's place, name and quoting."""
    parts = PLACEHOLDER.split(template)
    slots = tuple((index, parts[index], parts[index - 1].endswith("“") and parts[index + 1].startswith("”"))
                  for index in range(1, len(parts), 2))
    return parts, slots


def render(template: str, values: dict[str, Any]) -> str:
    """Fill ``{name}`` placeholders; no attribute access or format specs (packs are untrusted)."""
    if "{" not in template:
        return template
    found = _TEMPLATE_PARTS.get(template)
    if found is None:
        found = _template_parts(template)
        if len(_TEMPLATE_PARTS) < 4096:
            _TEMPLATE_PARTS[template] = found
    parts, slots = found
    out = parts.copy()  # the literals in place; each placeholder's slot is filled below
    for index, name, quoted in slots:
        value = values.get(name, _ABSENT)
        if type(value) is str:  # the common case, first: this runs for every placeholder of every finding
            text = value
        elif value is _ABSENT:
            text = "{" + name + "}"
        else:
            text = _format_value(value)
        # a name's own quotes (“十四五”期末…) inside the message's quotes around it: single ones; not a list the
        # message quotes item by item (进一步提高”“有效促进, its quotes the message's own)
        if quoted and "“" in text and not _CLOSES_FIRST.match(text):
            text = text.translate(_INNER_QUOTES)
        out[index] = text
    return "".join(out)


def _diagnostic_info(code: str) -> RuleInfo:
    diag = LOAD_DIAGNOSTICS[code]
    return RuleInfo(
        id=diag.id, name=diag.name, severity=diag.severity,
        summary=Text(diag.summary_zh, diag.summary_en), description=Text(diag.summary_zh, diag.summary_en),
        rationale=Text(*diagnostic_rationale(code)),
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
        # So does a rule of a user's pack: its author wrote one severity and expects it (the
        # built-in rules vary some levels by what was found, e.g. SAT001's ＝100% is a notice).
        own = frozenset(rule.info.id for pack in packs if not _is_builtin(pack) for rule in pack.rules)
        self.overridden = frozenset(overrides) | own
        rules: list[PackRule] = []
        for pack in packs:
            for rule in pack.rules:
                if not config.rule_enabled(rule.info.id, preview=rule.info.preview):
                    continue
                if rule.info.id in overrides:
                    rule = replace(rule, info=replace(rule.info, severity=overrides[rule.info.id]))
                if rule.info.id in config.params:
                    rule = self._with_params(rule, config.params[rule.info.id], config)
                if rule.info.id not in self.overridden:
                    rule = replace(rule, info=replace(rule.info, levels=_finding_levels(rule)))
                rules.append(rule)
        rules.sort(key=lambda rule: _family_rank(rule.info.id))
        self.rules = rules
        self.table_rules = [r for r in rules if r.selector.scope == "table"]
        self.indicator_rules = [r for r in rules if r.selector.scope == "indicator"]
        self.corpus_rules = [r for r in rules if r.selector.scope == "corpus"]
        # (rule, the primitive's check function, its project condition), resolved once, not per table
        self._table_plan = [(r, PRIMITIVES[r.check].check_table, r.selector.project) for r in self.table_rules]
        # A rule with a project condition is not "pure": whether it runs depends on the table, so
        # what it found on a row's content is not remembered for other tables; nor is one given a
        # param its primitive reads the table for (ROW_IMPURE_PARAMS). Row plan: (rule, check, row
        # predicate, pure, project condition).
        self._row_plan = [(r, PRIMITIVES[r.check].check_row, _row_filter(r.selector),
                           bool(getattr(PRIMITIVES[r.check], "ROW_PURE", False)) and r.selector.project is None
                           and not set(getattr(PRIMITIVES[r.check], "ROW_IMPURE_PARAMS", ())) & set(r.params),
                           r.selector.project) for r in self.indicator_rules]
        self._row_memo: dict[tuple[Any, ...], frozenset[int]] = {}  # row content -> plan positions that hit
        # (plan position, row predicate) of the row rules with a selector, and what they refused (_refused)
        self._selectors = [(position, plan[2]) for position, plan in enumerate(self._row_plan) if plan[2] is not None]
        self._select_memo: dict[tuple[Any, ...], frozenset[int]] = {}
        #: (rule id, variant) -> its message, its fix and whether an override fixes its level (_make_finding)
        self._variant_texts: dict[tuple[str, str], tuple[Any, Any, bool]] = {}
        #: framework -> (the table plan, the row plan, their entries that run under it): see _plans
        self._framework_plans: dict[str, tuple[Any, Any, list[Any], list[tuple[int, Any]]]] = {}
        self.builtin = {code: _diagnostic_info(code) for code in LOAD_DIAGNOSTICS}
        self._builtin_ids = frozenset(self.builtin)
        self._running = frozenset(rule.info.id for rule in rules)
        self._running_per_file = frozenset(rule.info.id for rule in rules if rule.selector.scope != "corpus")
        #: running rule -> the running rules it yields to (engine/yields.py)
        self._yields = yield_map(rules)
        #: a yielding rule -> the only kinds of its findings that yield (``yields_variants``)
        self._yield_variants = yield_variants(rules)
        #: preview rules left out only because preview is off: not in this run's set of rules, so a
        #: suppression comment naming a family is judged by the family's other rules
        self.previews_off = frozenset(rule.info.id for pack in packs for rule in pack.rules
                                       if rule.info.preview and rule.info.id not in self._running
                                       and config.rule_enabled(rule.info.id))
        #: every rule id there is, run or not: what --select, --ignore and the config may name
        self.known_ids = frozenset(rule.info.id for pack in packs for rule in pack.rules) | self._builtin_ids
        for code, level in overrides.items():
            if code in self.builtin and (code.startswith("META") or code in CONTROLLABLE_LOAD):
                self.builtin[code] = replace(self.builtin[code], severity=level)
        # load findings that nothing switches off: the file could not be checked at all
        self._always_reported = frozenset(code for code in self.builtin
                                          if code.startswith("LOAD") and code not in CONTROLLABLE_LOAD)

    @classmethod
    def build(cls, config: Config) -> "Engine":
        """Load the built-in pack(s) and the user's packs; raise PackError/ConfigError."""
        from ggtlint.values import load_lexicon

        from ggtlint.regexsafety import trusted_patterns

        with trusted_patterns():  # shipped patterns are vetted in tests/test_regexsafety.py
            packs = [load_builtin_pack(path) for path in builtin_pack_files()]
        packs += [load_pack(path) for path in config.packs]
        first: dict[str, PackRule] = {}
        for pack in packs:  # one id, one rule: select, ignore, baselines and suppressions name it
            for rule in pack.rules:
                earlier = first.setdefault(rule.info.id, rule)
                if earlier is not rule:
                    raise PackError(rule.file, rule.line, "/rules",
                                    f"规则编号 {rule.info.id} 已由 {earlier.file}（第 {earlier.line} 行）使用；请另取编号，"
                                    "或用 severity、params、ignore 调整原规则",
                                    f"rule id {rule.info.id} is taken by {earlier.file}, line {earlier.line}: "
                                    "choose another id, or adjust that rule with severity, params or ignore")
        known = set(first)
        for pack in packs:
            for rule_id in pack.overrides:
                if rule_id not in known:  # pointed at its own line under overrides:
                    from ggtlint.load.build import closest
                    from ggtlint.model import escape_pointer_token

                    near = closest(rule_id, sorted(known))
                    raise PackError(pack.file, pack.override_lines.get(rule_id, 1),
                                    "/overrides/" + escape_pointer_token(rule_id),
                                    f"覆盖了不存在的规则 {rule_id}" + (f"，是否想写 {near}？" if near else ""),
                                    f"override names an unknown rule {rule_id}" + (f": did you mean {near}?" if near else ""))
        check_yields(packs, PackError)
        builtin_count = len(packs) - len(config.packs)
        extra_lexicons = [p.lexicon_dir for p in packs[builtin_count:] if p.lexicon_dir] + list(config.lexicons)
        lexicon = load_lexicon(tuple(extra_lexicons))
        return cls(config, packs, lexicon)

    @staticmethod
    def _with_params(rule: PackRule, override: dict[str, Any], config: Config) -> PackRule:
        from ggtlint.bilingual import reasons

        primitive = PRIMITIVES[rule.check]
        params = {**rule.params, **override}
        pointer = f"/params/{rule.info.id}"
        lines = config.lines
        errors = validate(params, primitive.PARAMS_SCHEMA)
        if errors:
            line = next((lines[p] for p in (pointer + "/" + "/".join(map(str, errors[0].path)), pointer) if p in lines), 1)
            raise ConfigError(config.file or "config", line, pointer, errors[0].message_zh or errors[0].message,
                              errors[0].english)
        try:
            compiled = primitive.compile(params)
        except ValueError as exc:  # what the schema cannot say: a refused pattern, a combination
            raise ConfigError(config.file or "config", lines.get(pointer, 1), pointer, *reasons(exc)) from None
        return replace(rule, params=params, compiled=compiled)

    # -- metadata ------------------------------------------------------------------
    def rule_infos(self) -> list[RuleInfo]:
        """Every active rule: the built-in LOAD/META diagnostics, then the packs' rules."""
        return list(self.builtin.values()) + [rule.info for rule in self.rules]

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
        contexts: list[TableContext] = []  # kept only for the cross-table digests
        try:
            for table in source.tables:
                check_deadline(deadline, "tables")
                ctx = self._check_table_into(findings, table, lines, deadline)
                if self.corpus_rules:
                    contexts.append(ctx)
        except TimeBudgetExceeded:
            findings.append(self._retag_builtin(timeout_finding(source.path)))
            timed_out = True
        else:
            timed_out = False
        always = self._always_reported if source.tables else self._builtin_ids  # no table loaded: all stay
        findings = [f for f in findings if f.rule_id in always or self._reported(f.rule_id, source.path)]
        if self._yields:  # one defect, one finding: after per-file ignores, before suppressions
            findings = drop_yielded(findings, self._yields, self._yield_variants)
        directives, malformed = read_directives(source.text)
        digests = self._digests(contexts, directives) if contexts else []
        findings, suppressed = apply_directives(findings, directives, always)
        # an entry that hit nothing is stale only if every rule it names ran to the end here
        if (directives or malformed) and source.tables and self._reported("META001", source.path):
            for directive, entry in unused(directives) if not timed_out else ():
                known = names_a_rule(entry, self.known_ids)
                if known and not self._ran_every_rule(entry, source.path):
                    continue  # switched off here, or cross-table (those come at the end of the run)
                words_zh, words_en = (("没有抑制任何问题，可以删除", "suppresses nothing; remove it") if known else
                                      ("不是任何规则的编号（是否写错了？ggtlint rules 列出全部规则）",
                                       "names no rule (misspelt? ggtlint rules lists them)"))
                near = _nearby_line(findings, entry, directive.line) if known and directive.kind != "disable-file" else None
                if near is not None:  # on the name's line, the value's finding one line down
                    words_zh, words_en = (f"没有抑制任何问题：该问题报告在第 {near} 行，注释应写在那一行末尾，"
                                          f"或用 disable-next-line= 写在它上面一行",
                                          f"suppresses nothing: the finding is on line {near}; put the comment at "
                                          f"the end of that line, or use disable-next-line= on the line above it")
                findings.append(self._meta_finding(source.path, directive, entry, f"抑制注释中的“{entry}”{words_zh}。",
                                                   f"'{entry}' in this suppression comment {words_en}."))
            for wrong in malformed:  # written as a suppression, read as none
                if wrong.written.startswith("＃"):  # typed by an input method: YAML reads it as part of the value
                    findings.append(self._meta_finding(
                        source.path, wrong, wrong.written,
                        f"“{wrong.written}”以全角“＃”开头，不是注释：这段文字成了所在字段的内容，不会抑制任何问题。",
                        f"'{wrong.written}' starts with a full-width '＃', which is no comment: the text became part "
                        "of the field's value and suppresses nothing.",
                        ("改用半角“#”（英文输入法），并在它前面留一个空格：“  # ggtlint: disable=规则编号”。",
                         "Use a plain '#' (typed in English input mode), with a space before it: "
                         "'  # ggtlint: disable=RULE'.")))
                    continue
                findings.append(self._meta_finding(
                    source.path, wrong, wrong.written, f"“{wrong.written}”不是有效的抑制注释，不会抑制任何问题。",
                    f"'{wrong.written}' is not a suppression comment ggtlint reads; it suppresses nothing.",
                    ("写成“# ggtlint: disable=规则编号”，或 disable-next-line=、disable-file=（冒号、等号不可省略）。",
                     "Write '# ggtlint: disable=RULE' (or disable-next-line=, disable-file=), "
                     "with the colon and the equals sign.")))
        findings.sort(key=Finding.sort_key)
        extra = dict(tables=len(source.tables), table_labels=[t.label for t in source.tables],
                     table_documents=[t.document for t in source.tables],
                     departments=[self.config.department(t.project.department) for t in source.tables],
                     suppressed_in=suppressed,
                     digests=digests)
        if source.tables:  # the lines were split once already, for the rules
            return FileResult.from_lines(source.path, lines, findings, **extra)
        return FileResult.from_text(source.path, source.text, findings, **extra)

    def _reported(self, rule_id: str, path: str) -> bool:
        """Whether findings of ``rule_id`` in the file ``path`` are reported (pack rules that
        are switched off do not run at all; load and META findings are made regardless)."""
        if rule_id in self.builtin and not self.config.rule_enabled(rule_id):
            return False
        return not self.config.ignored_for_file(path, rule_id)

    def runs(self, rule_id: str, path: str, corpus: bool = True) -> bool:
        """Whether findings of ``rule_id`` on the file ``path`` are made and reported in this run
        (not switched off, not ignored for the file; with ``corpus`` False, cross-table rules,
        which run at the end of the run, do not count)."""
        if rule_id in self._always_reported:
            return True
        if rule_id in self.builtin:
            return self._reported(rule_id, path)
        running = self._running if corpus else self._running_per_file
        return rule_id in running and not self.config.ignored_for_file(path, rule_id)

    def _ran_every_rule(self, entry: str, path: str) -> bool:
        """Whether every rule ``entry`` names ran on ``path`` in this pass (cross-table rules
        run at the end of the run)."""
        return all(self.runs(rule_id, path, corpus=False) for rule_id in self.known_ids
                   if rule_matches(entry, rule_id) and (rule_id == entry or rule_id not in self.previews_off))

    def _retag_builtin(self, finding: Finding) -> Finding:
        info = self.builtin.get(finding.rule_id)
        if info is not None and info.severity is not finding.severity:
            finding.severity = info.severity
        return finding

    def context(self, table: Table) -> TableContext:
        return build_context(table, self.config, self.lexicon)

    def _plans(self, framework: str) -> tuple[list[Any], list[tuple[int, Any]]]:
        """The table plan and the row plan (with each entry's position in it) of the rules that run
        under ``framework``: filtered once per framework, not rule by rule for every table. Made again
        when the plans were replaced (bench/bench_rules.py wraps their checks in timers)."""
        found = self._framework_plans.get(framework)
        if found is None or found[0] is not self._table_plan or found[1] is not self._row_plan:
            found = (self._table_plan, self._row_plan,
                     [entry for entry in self._table_plan if framework in entry[0].info.frameworks],
                     [(position, entry) for position, entry in enumerate(self._row_plan)
                      if framework in entry[0].info.frameworks])
            self._framework_plans[framework] = found
        return found[2], found[3]

    def _check_table_into(self, findings: list[Finding], table: Table, lines: list[str],
                          deadline: float | None) -> TableContext:
        """Append the table's findings to ``findings`` as they are made, so a time-out keeps them."""
        ctx = self.context(table)
        self._lines = lines
        framework = ctx.framework
        # with no budget year a fix reads "写成“××××年××月××日前”", not "“年××月××日前”"
        base = {"project": table.project.name or "", "year": ctx.budget_year or "××××"}
        make = self._finding
        table_plan, _ = self._plans(framework)
        for rule, check_table, project in table_plan:
            if project is not None and not project.holds(table):
                continue
            # check_deadline's test, inline: it runs for every rule of every table
            if deadline is not None and monotonic() > deadline:
                raise TimeBudgetExceeded(rule.info.id)
            for hit in check_table(ctx, rule.compiled):
                check_deadline(deadline, rule.info.id)  # a table rule yields hits as it goes
                findings.append(make(rule, ctx, hit, base))
        self._check_rows(findings, ctx, base, deadline)
        return ctx

    def _check_rows(self, findings: list[Finding], ctx: TableContext, base: dict[str, Any],
                    deadline: float | None) -> None:
        """Run the indicator rules over the rows: the engine's hot path (rules × rows per table).

        Bulk runs meet the same indicator (name, value, category) in thousands of tables, and
        most rules find nothing in most rows. So for "pure" rules (their primitive's check_row
        reads only the row, the budget year, the year its title contradicts it with and whether
        the table has a time limit, ``ROW_PURE``: the memo's key) the engine remembers, per row
        content, which rules hit; a row seen before runs only those. Findings and their order
        are the same as running every rule on every row.
        """
        rows = ctx.rows
        if not rows:
            return
        framework = ctx.framework
        memo = self._row_memo
        if len(memo) > _ROW_MEMO_MAX:  # bounded (memory stays flat on huge runs); a miss only costs a full pass
            for key in list(islice(memo, len(memo) // 2)):  # the older half: recent rows are likelier to recur
                del memo[key]
        keys = [(framework, ctx.budget_year, ctx.contradicted_year, ctx.has_time_limit,
                 row.indicator.level1, row.indicator.level2,
                 row.name, row.value,
                 row.indicator.unit, row.indicator.nature, row.indicator.note, row.indicator.weight) for row in rows]
        known: list[frozenset[int] | None] = [memo.get(key) for key in keys]
        fresh = [index for index, seen in enumerate(known) if seen is None]
        refused = self._refused(rows)
        hit_by: dict[int, set[int]] = {index: set() for index in fresh}
        rerun: dict[int, list[int]] = {}  # plan position -> known rows that this rule hit before
        for index, seen in enumerate(known):
            if seen:
                for position in seen:
                    rerun.setdefault(position, []).append(index)
        make = self._finding
        _, row_plan = self._plans(framework)
        for position, (rule, check_row, wanted, pure, project) in row_plan:
            if pure:  # (a pure rule has no project condition)
                if position in rerun:
                    indexes = sorted(fresh + rerun[position])
                elif fresh:
                    indexes = fresh
                else:
                    continue  # every row met before, none hit by this rule: most rules of most tables
            else:
                if project is not None and not project.holds(ctx.table):
                    continue
                indexes = range(len(rows))
            compiled = rule.compiled
            for count, index in enumerate(indexes):
                # a look at the clock every 256 rows (check_deadline's test, inline)
                if count & 255 == 0 and deadline is not None and monotonic() > deadline:
                    raise TimeBudgetExceeded(rule.info.id)
                if wanted is not None and position in refused[index]:
                    continue
                for hit in check_row(ctx, rows[index], compiled):
                    findings.append(make(rule, ctx, hit, base))
                    if index in hit_by:
                        hit_by[index].add(position)
        for index in fresh:
            memo[keys[index]] = frozenset(hit_by[index])

    def _refused(self, rows: list[Row]) -> list[frozenset[int]]:
        """For each row, the row plan's positions whose selector leaves it out.

        A selector reads only the row's categories, value kind and name, and bulk runs meet the same
        indicator in thousands of tables: each selector is asked once per such content (about 60 of
        them, some searching the name), not once per rule and row of every table.
        """
        memo = self._select_memo
        if len(memo) > _ROW_MEMO_MAX:  # bounded as the row memo is
            for key in list(islice(memo, len(memo) // 2)):
                del memo[key]
        refused: list[frozenset[int]] = []
        for row in rows:
            key = (row.level1, row.level2, row.parsed.kind, row.indicator.name)
            left_out = memo.get(key)
            if left_out is None:
                left_out = memo[key] = frozenset(position for position, wanted in self._selectors if not wanted(row))
            refused.append(left_out)
        return refused

    # -- cross-table (corpus) rules ---------------------------------------------------------
    def _names_corpus_rule(self, entry: str) -> bool:
        return entry != "ALL" and any(rule_matches(entry, rule.info.id)
                                      for rule in self.corpus_rules)

    def _digests(self, contexts: list[TableContext], directives: list[Any]) -> list[Any]:
        """The cross-table digest of each checked table, with the file's XT suppressions."""
        from ggtlint.primitives.corpus import digest

        kept = tuple((d.kind, d.ids, d.line, d.column, d.end_column) for d in directives
                     if any(entry == "ALL" or self._names_corpus_rule(entry) for entry in d.ids))
        department = self.config.department
        return [digest(ctx, kept, department(ctx.table.project.department)) for ctx in contexts]

    def corpus_store(self) -> Any:
        """A new on-disk store for a run's digests (see :mod:`ggtlint.corpus_store`)."""
        from ggtlint.corpus_store import DigestStore

        return DigestStore()

    def corpus_focus(self, store: Any, before: list[Any], after: list[Any]) -> set[int] | None:
        """The tables (indexes in ``store``, whole files) whose cross-table findings can differ
        once the tables ``before`` (digests of the previous run) became ``after`` (their digests
        in ``store``): each rule's primitive tells (``affected_by``); None when one cannot."""
        found: set[int] = set()
        for rule in self.corpus_rules:
            affected_by = getattr(PRIMITIVES[rule.check], "affected_by", None)
            if affected_by is None:
                return None
            found |= affected_by(store, rule.compiled, before, after)
        return store.file_tables(found)

    def check_corpus(self, digests: Any, focus: set[int] | None = None) -> Iterator[FileResult]:
        """Run the cross-table rules over the digests of a whole run (in input order).

        ``digests`` is a :class:`ggtlint.corpus_store.DigestStore` (a bulk run fills one as
        results stream past; it is closed here) or a list of digests. Yields one FileResult
        (``cross_table=True``) per file with cross-table findings, in the order the files were
        checked; per-file ignores and the file's suppression comments apply as they do to the
        other rules. Hits wait in the store, not in memory, until their file's turn. With
        ``focus`` (indexes of whole files' tables), only those files' results are made, each
        as the full pass makes it.
        """
        store = digests
        if isinstance(digests, list):
            store = self.corpus_store()
            store.extend(digests)
        try:
            if not self.corpus_rules or len(store) < 2:
                return
            if focus is not None:
                store.set_focus(focus)
            # A table found copied from another (copied-indicators) is not told again, one indicator
            # at a time, that it shares a quantity with that table (same-quantity): that rule runs after.
            order = sorted(range(len(self.corpus_rules)),
                           key=lambda position: self.corpus_rules[position].check != COPIED)
            copied: set[tuple[int, int]] = set()  # (table, the table its XT003 names)
            for position in order:
                rule = self.corpus_rules[position]
                hits = PRIMITIVES[rule.check].check_corpus(store, rule.compiled)
                if focus is not None:  # the other tables of the focused groups are told as before
                    hits = (hit for hit in hits if hit.index in focus)
                if rule.check == COPIED:
                    # a pair counts only where the finding will be reported (not ignored for the file
                    # nor switched off by a comment in it): else the shared quantities are told
                    reported = partial(self._corpus_hit_reported, store, rule.info.id)
                    hits = _noting_pairs(hits, copied, reported)
                elif rule.check == SAME_QUANTITY and copied:
                    hits = (hit for hit in hits if (hit.index, hit.other) not in copied)
                store.add_hits(position, hits)
            file: str | None = None
            pending: list[Finding] = []
            directives: tuple[Any, ...] = ()
            for table, position, hit in store.hits():
                rule = self.corpus_rules[position]
                if table.file != file:
                    result = self._corpus_result(file, pending, directives)
                    if result is not None:
                        yield result
                    file, pending, directives = table.file, [], ()
                if table.directives:
                    directives = table.directives
                if self.config.ignored_for_file(table.file, rule.info.id):
                    continue
                pending.append(self._corpus_finding(rule, table, hit))
            result = self._corpus_result(file, pending, directives)
            if result is not None:
                yield result
        finally:
            store.close()

    def _meta_finding(self, file: str, where: Any, value: str, zh: str, en: str,
                      fix: tuple[str, str] | None = None) -> Finding:
        """META001 on the suppression comment at ``where`` (its line and columns)."""
        info = self.builtin["META001"]
        fix_zh, fix_en = fix or (info.fix.zh, info.fix.en)
        return Finding(rule_id="META001", rule_name=info.name, severity=info.severity, message_zh=zh, message_en=en,
                       file=file, line=where.line, column=where.column, end_line=where.line,
                       end_column=where.end_column, value=value, suggestion_zh=fix_zh, suggestion_en=fix_en)

    def _corpus_hit_reported(self, store: Any, rule_id: str, hit: Any) -> bool:
        """Whether a cross-table finding of ``rule_id`` (a CorpusHit) is reported for its table's
        file: not ignored there (per_file_ignores) nor switched off by a suppression comment."""
        from ggtlint.engine.suppress import Directive

        if self.config.ignored_for_file(store.names(hit.index).file, rule_id):
            return False
        if not store.commented(hit.index):
            return True
        table = store.head(hit.index)
        line = table.span(hit.hit.pointer)[0]
        comments = [Directive(kind, tuple(ids), at, column, end) for kind, ids, at, column, end in table.directives]
        return not any(comment.applies_at(line) and comment.covers(rule_id) for comment in comments)

    @staticmethod
    def _corpus_result(file: str | None, findings: list[Finding], directives: tuple[Any, ...]) -> FileResult | None:
        """One file's cross-table findings, with its suppression comments applied."""
        from ggtlint.engine.suppress import Directive

        if file is None:
            return None
        findings, suppressed = apply_directives(
            findings, [Directive(kind, tuple(ids), line, column, end) for kind, ids, line, column, end in directives])
        findings.sort(key=Finding.sort_key)
        if not (findings or suppressed):
            return None
        return FileResult(path=file, findings=findings, suppressed_in=suppressed, cross_table=True)

    def _corpus_finding(self, rule: PackRule, table: Any, hit: Hit) -> Finding:
        finding = self._make_finding(rule, hit, {"project": table.project, **hit.values}, table.file,
                                     table.span(hit.pointer), table.project or None, table.document)
        finding.extra = {"department": table.department or None}  # the machine outputs group by it
        if table.sheet is not None:  # a table read from a workbook: its rows are the sheet's rows
            from ggtlint.importers import cell_name

            finding.extra = {**finding.extra, "sheet": table.sheet,
                             "cell": cell_name(max(finding.line, 1), max(finding.column, 1))}
        return finding

    def _finding(self, rule: PackRule, ctx: TableContext, hit: Hit, base: dict[str, Any]) -> Finding:
        """One hit on a table as a Finding, pointing at its field (or at the text it names)."""
        table = ctx.table
        span = (table.key_span(hit.pointer) if hit.key else None) or table.span(hit.pointer)
        if hit.find and span is not None:
            span = _locate(self._lines, span, hit.find) or span
        finding = self._make_finding(rule, hit, {**base, **hit.values}, table.file, span or (1, 1, 1, 2),
                                     table.project.name, table.document)
        if hit.fix is not None:
            finding.extra = {"fix": hit.fix.to_data()}
        return finding

    def _make_finding(self, rule: PackRule, hit: Hit, values: dict[str, Any], file: str,
                      span: tuple[int, int, int, int], table: str | None, document: int) -> Finding:
        """Messages rendered in both languages, severity settled (an override beats a variant's level)."""
        info = rule.info
        # the message, the fix and whether the level is fixed, worked out once per rule and kind of finding
        texts = self._variant_texts.get((info.id, hit.variant))
        if texts is None:
            template = rule.messages.get(hit.variant) or next(iter(rule.messages.values()))
            fix = (rule.fixes.get(hit.variant) or rule.fixes.get("default") or info.fix) if rule.fixes else info.fix
            texts = self._variant_texts[(info.id, hit.variant)] = (template, fix, info.id in self.overridden)
        template, fix, overridden = texts
        severity = info.severity if overridden else (hit.severity or info.severity)
        line, column, end_line, end_column = span
        return Finding(
            rule_id=info.id, rule_name=info.name, severity=severity,
            message_zh=render(template.zh, values), message_en=render(template.en, values),
            file=file, line=line, column=column, end_line=end_line, end_column=end_column,
            path=hit.pointer, table=table, document=document, value=hit.value,
            suggestion_zh=render(fix.zh, values), suggestion_en=render(fix.en, values), variant=hit.variant,
        )


COPIED, SAME_QUANTITY = "copied-indicators", "same-quantity-across-tables"


def _finding_levels(rule: PackRule) -> tuple[Severity, ...]:
    """The levels a built-in rule's findings come at, worst first, when its check gives some
    kinds of finding (variants) a level of their own (the primitive's LEVELS); else ()."""
    primitive = PRIMITIVES[rule.check]
    fixed = getattr(primitive, "LEVELS", {})
    # the variants the rule words a message for are those it meets (VAL008 counts, VAL009 rates); with
    # one message, those its params let it meet when the primitive tells them (FUND008: no benefit)
    met = getattr(primitive, "variants_met", lambda params: primitive.VARIANTS)
    variants = [variant for variant in rule.messages if variant in primitive.VARIANTS] or met(rule.params)
    levels = {fixed.get(variant, rule.info.severity) for variant in variants}
    if levels == {rule.info.severity}:
        return ()
    return tuple(sorted(levels, key=lambda level: -level.rank))


def _nearby_line(findings: list[Finding], entry: str, line: int) -> int | None:
    """The line of a finding ``entry`` names within two lines of a suppression comment on
    ``line`` that reached none (written on the indicator's other line), or None."""
    lines = sorted({f.line for f in findings if f.line != line and abs(f.line - line) <= 2
                    and rule_matches(entry, f.rule_id)}, key=lambda other: abs(other - line))
    return lines[0] if lines else None


def _noting_pairs(hits: Iterator[Any], pairs: set[tuple[int, int]], reported: Callable[[Any], bool]) -> Iterator[Any]:
    """``hits`` as they are, each (table, other table) they name added to ``pairs`` when the hit
    is ``reported`` for its table."""
    for hit in hits:
        if reported(hit):
            pairs.add((hit.index, hit.other))
        yield hit


def _is_builtin(pack: Pack) -> bool:
    """Whether ``pack`` is one of ggtlint's own packs (rules/ of the installed package)."""
    from ggtlint.resources import builtin_rules_dir

    return os.path.dirname(os.path.realpath(pack.file)) == os.path.realpath(builtin_rules_dir())


def _locate(lines: list[str], span: Any, text: str) -> Any:
    """The exact span of ``text`` inside a multi-line field, or None when not found verbatim."""
    from ggtlint.model import Span

    for number in range(span.line, min(span.end_line, len(lines)) + 1):
        column = lines[number - 1].find(text)
        if column >= 0:
            return Span(number, column + 1, number, column + 1 + len(text))
    return None


def _row_filter(selector: Any) -> Callable[[Row], bool] | None:
    """The selector as one predicate over rows, or None when it selects every row."""
    if not (selector.level1 or selector.level2 or selector.not_level1 or selector.not_level2
            or selector.kinds or selector.name_matches is not None or selector.name_not_matches is not None):
        return None
    if (selector.level2 and not (selector.level1 or selector.not_level1 or selector.not_level2 or selector.kinds)
            and selector.name_matches is None and selector.name_not_matches is None):
        level2 = selector.level2  # the most common selector: one or more 二级
        return lambda row: row.level2 in level2
    return lambda row: _selected(selector, row)


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

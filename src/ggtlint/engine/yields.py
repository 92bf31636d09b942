"""A rule that yields to others: one defect, one finding.

Two rules may tell the same defect of the same indicator in their own words: REL046 reads
溶解氧 ＜2mg/L against the goal's 溶解氧大于2mg/L, and where the indicator's name tells its side
(…发生率 ≥1.1%) VAL006 says the same thing first. A rule's pack entry may name the rules it
yields to (``yields_to: [VAL006, VAL015]``); its finding is then dropped when one of them reports
the same place of the same table in the same run. The place is the indicator (its row: a finding
on its name and one on its value are about the same indicator), or, for a finding on no
indicator, the field it points at (the goal, a funds line).

What a user expects, and so what is done:

- a rule yielded to that does not run (switched off by the configuration, --select/--ignore, a
  per-file ignore, preview off, another framework) silences nothing: it reported nothing;
- a rule yielded to whose finding a suppression comment or a baseline then hides still silences
  the yielding one: its finding was made, the officer has seen that indicator's defect (the drop
  comes before suppressions and baselines);
- the findings are read once, as made: a rule yielded to that itself yields to a third still
  silences the first (the third tells the place); the yields form no cycle (the pack check
  refuses one, which would silence every rule of it); every other finding, its order and its
  fingerprint stay as they were;
- a finding yields only to one at its level or a worse one: VAL015 tells 带动就业 ≤1200人 as a
  notice, REL046 the same figure against the goal's 1200人以上 as a warning; dropping the warning
  for the notice would let the defect pass --fail-on warning and vanish from --quiet, so both stay
  (the same when a configuration lowers the level of the rule yielded to);
- a rule whose findings are of several kinds (its message variants) may yield only those the
  rules yielded to tell (``yields_variants: [exact_100]``): SAT001's notice on ≥105% says what
  VAL003 says (above 100%), its notice on the band 90%-105% says to write the floor, which VAL003
  does not, so that one stays beside VAL003's;
- cross-table rules run at the end of a run, after each file's findings are settled, so neither
  side of a yield may be one (the pack check refuses it).
"""

from __future__ import annotations

from typing import Any, Iterable

from ggtlint.findings import Finding
from ggtlint.load.build import closest

__all__ = ["yield_map", "yield_variants", "check_yields", "drop_yielded", "place"]


def place(finding: Finding) -> tuple[int, str]:
    """Where a finding is, as yields compare it: its table and indicator row
    (``/indicators/<一级>/<二级>/<n>``), or the field it points at when it is on no indicator."""
    path = finding.path
    if path.startswith("/indicators/"):
        parts = path.split("/", 5)  # "", indicators, 一级, 二级, n[, field]
        if len(parts) >= 5:
            return finding.document, "/".join(parts[:5])
    return finding.document, path


def yield_map(rules: Iterable[Any]) -> dict[str, frozenset[str]]:
    """Each running rule that yields, with the running rules it yields to (a rule not running
    silences nothing); empty when no running rule yields."""
    rules = list(rules)
    running = frozenset(rule.info.id for rule in rules)
    out: dict[str, frozenset[str]] = {}
    for rule in rules:
        targets = frozenset(rule.info.yields_to) & running
        if targets:
            out[rule.info.id] = targets
    return out


def yield_variants(rules: Iterable[Any]) -> dict[str, frozenset[str]]:
    """Each yielding rule that yields only some kinds of its findings, with those kinds
    (``yields_variants``); a rule not in it yields every kind."""
    return {rule.info.id: frozenset(rule.info.yields_variants) for rule in rules
            if rule.info.yields_to and rule.info.yields_variants}


def drop_yielded(findings: list[Finding], yields: dict[str, frozenset[str]],
                 variants: dict[str, frozenset[str]] | None = None) -> list[Finding]:
    """``findings`` (one file's, as made) without those a yielding rule made on a place that a
    rule it yields to reports too, at the same level or a worse one; the list itself when neither
    a yielding rule nor a rule yielded to reported anything (else a new list). ``variants``: a
    yielding rule -> the only kinds of its findings that yield (a finding of another kind stays)."""
    if not any(finding.rule_id in yields for finding in findings):
        return findings
    targets = frozenset().union(*yields.values())
    told: dict[tuple[str, int, str], int] = {}  # (rule, place) -> the worst level it reported there
    for finding in findings:
        if finding.rule_id in targets:
            key = (finding.rule_id, *place(finding))
            told[key] = max(told.get(key, 0), finding.severity.rank)
    if not told:
        return findings
    kept = []
    for finding in findings:
        others = yields.get(finding.rule_id)
        kinds = variants.get(finding.rule_id) if variants else None
        if others is not None and (kinds is None or finding.variant in kinds):
            where = place(finding)
            rank = finding.severity.rank
            if any(told.get((other, *where), 0) >= rank for other in others):
                continue
        kept.append(finding)
    return kept


def check_yields(packs: list[Any], error: type[Exception]) -> None:
    """Raise ``error`` (PackError: file, line, field, zh, en) for a ``yields_to`` entry naming no
    loaded rule, the rule itself, or a cross-table rule (or written on one), or closing a cycle."""
    rules = {rule.info.id: rule for pack in packs for rule in pack.rules}
    for rule in rules.values():
        for index, other in enumerate(rule.info.yields_to):
            line = rule.yields_lines[index] if index < len(rule.yields_lines) else rule.line
            pointer = f"{rule.pointer}/yields_to/{index}"
            if other not in rules:
                near = closest(other, sorted(rules))
                raise error(rule.file, line, pointer,
                            f"yields_to 中的 {other} 不是任何已加载规则的编号" + (f"，是否想写 {near}？" if near else ""),
                            f"yields_to names an unknown rule {other}" + (f": did you mean {near}?" if near else ""))
            if other == rule.info.id:
                raise error(rule.file, line, pointer, f"规则 {other} 不能让位于自身",
                            f"rule {other} cannot yield to itself")
            if "corpus" in (rule.selector.scope, rules[other].selector.scope):
                cross = rule.info.id if rule.selector.scope == "corpus" else other
                raise error(rule.file, line, pointer,
                            f"{cross} 是跨表规则（scope: corpus），在整次检查结束时才运行，不能让位或被让位",
                            f"{cross} is a cross-table rule (scope: corpus), run at the end of the run: it can "
                            "neither yield nor be yielded to")
        _check_variants(rule, error)
    for start in rules.values():  # a cycle would drop every finding of it: each yields to another
        seen, stack = set(), list(start.info.yields_to)
        while stack:
            current = stack.pop()
            if current == start.info.id:
                raise error(start.file, start.yields_lines[0] if start.yields_lines else start.line,
                            f"{start.pointer}/yields_to",
                            f"规则 {current} 的 yields_to 经其他规则又回到它自身：互相让位时两条都不报告",
                            f"rule {current}'s yields_to leads back to itself: rules yielding to each other "
                            "would all stay silent")
            if current not in seen:
                seen.add(current)
                stack.extend(rules[current].info.yields_to)


def _check_variants(rule: Any, error: type[Exception]) -> None:
    """``yields_variants`` only beside ``yields_to``, and each entry a kind of finding the rule's
    check makes (one of its primitive's variants)."""
    from ggtlint.primitives import PRIMITIVES

    kinds = rule.info.yields_variants
    if not kinds:
        return
    lines = rule.yields_variant_lines
    if not rule.info.yields_to:
        raise error(rule.file, lines[0] if lines else rule.line, f"{rule.pointer}/yields_variants",
                    "写了 yields_variants 却没有 yields_to：不让位于任何规则时删去这一项",
                    "yields_variants is written without yields_to: leave it out when the rule yields to none")
    primitive = PRIMITIVES.get(rule.check)
    known = tuple(getattr(primitive, "VARIANTS", ("default",)))
    for index, kind in enumerate(kinds):
        if kind not in known:
            near = closest(kind, sorted(known))
            raise error(rule.file, lines[index] if index < len(lines) else rule.line,
                        f"{rule.pointer}/yields_variants/{index}",
                        f"yields_variants 中的 {kind} 不是检查 {rule.check} 报告的问题种类（{'、'.join(known)}）"
                        + (f"，是否想写 {near}？" if near else ""),
                        f"yields_variants names {kind}, no kind of finding check {rule.check} makes "
                        f"({', '.join(known)})" + (f": did you mean {near}?" if near else ""))

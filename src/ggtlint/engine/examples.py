"""Run a rule's good/bad examples (semgrep/sqlfluff style): each example is a base table with
the example's fields merged in; a bad example must raise the rule, a good one must not.
A cross-table rule's example is ``{corpus: [table, table, ...]}``: the tables are checked
together, as one run, and the rule must (not) be among the cross-table findings.

Used by the test suite for every built-in rule and by ``ggtlint test-pack`` for user packs.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from ggtlint.engine.rule import PLACEHOLDER, RuleInfo
from ggtlint.resources import builtin_rules_dir

BASES = {"legacy": "base-legacy.yaml", "fw2021": "base-fw2021.yaml"}


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule_id: str
    kind: str          # "bad" or "good"
    index: int
    ok: bool
    found: int         # findings of this rule on the example
    detail: str        # what went wrong, or the first finding's message
    detail_zh: str = ""  # the same in Chinese (default: ``detail``)

    def said(self, lang: str = "zh") -> str:
        return self.detail if lang == "en" or not self.detail_zh else self.detail_zh


@lru_cache(maxsize=4)
def base_table(name: str) -> dict[str, Any]:
    path = builtin_rules_dir() / "examples" / BASES[name]
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def merge(base: Any, patch: Any) -> Any:
    """Mappings merge key by key, a null deletes the key, anything else replaces."""
    if not isinstance(base, dict) or not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(base)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        elif key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def example_document(example: dict[str, Any]) -> dict[str, Any]:
    patch = dict(example)
    base = patch.pop("base", "legacy")
    return merge(base_table(base if base in BASES else "legacy"), patch)


def run_examples(engine: Any, info: RuleInfo) -> list[ExampleResult]:
    from ggtlint.load import load_text

    results: list[ExampleResult] = []
    for kind in ("bad", "good"):
        for index, example in enumerate(info.examples.get(kind) or []):
            if isinstance(example.get("corpus"), list):
                # A cross-table example: several tables checked together as one run.
                all_findings = _run_corpus(engine, example["corpus"], f"{info.id}-{kind}-{index}")
            else:
                document = example_document(example)
                text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
                all_findings = engine.check_source(load_text(text, f"{info.id}-{kind}-{index}.yaml")).findings
            load_errors = [f for f in all_findings if f.rule_id.startswith("LOAD")]
            mine = [f for f in all_findings if f.rule_id == info.id]
            if load_errors:
                results.append(ExampleResult(info.id, kind, index, False, len(mine),
                                             f"example does not load: {load_errors[0].message_en}",
                                             f"示例无法读取：{load_errors[0].message_zh}"))
                continue
            ok = bool(mine) if kind == "bad" else not mine
            detail = mine[0].message_zh if mine else ("no finding" if kind == "bad" else "")
            detail_zh = detail if mine else ("没有报告问题" if kind == "bad" else "")
            if kind == "good" and mine:
                detail, detail_zh = f"unexpected: {mine[0].message_zh}", f"合格示例却报告了问题：{mine[0].message_zh}"
            # render() leaves a placeholder nobody filled as written
            unfilled = sorted({"{" + name + "}" for f in mine
                               for text in (f.message_zh, f.message_en, f.suggestion_zh or "", f.suggestion_en or "")
                               for name in PLACEHOLDER.findall(text)})
            if unfilled:  # the message names a placeholder the primitive does not give
                ok = False
                detail = f"unfilled placeholder {'、'.join(unfilled)}: {mine[0].message_zh}"
                detail_zh = (f"消息中的占位符 {'、'.join(unfilled)} 没有被填入（这条规则所用的检查不提供它）："
                             f"{mine[0].message_zh}")
            results.append(ExampleResult(info.id, kind, index, ok, len(mine), detail, detail_zh))
    return results


def _run_corpus(engine: Any, tables: list[Any], stem: str) -> list[Any]:
    """Check each table of a ``corpus`` example as its own file, then the cross-table rules."""
    from ggtlint.load import load_text

    findings: list[Any] = []
    digests: list[Any] = []
    for number, table in enumerate(tables):
        text = yaml.safe_dump(example_document(table if isinstance(table, dict) else {}),
                              allow_unicode=True, sort_keys=False)
        result = engine.check_source(load_text(text, f"{stem}-{number}.yaml"))
        findings.extend(result.findings)
        digests.extend(result.digests)
    for result in engine.check_corpus(digests):
        findings.extend(result.findings)
    return findings

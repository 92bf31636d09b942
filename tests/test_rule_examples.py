"""Every built-in rule's good and bad examples run here (sqlfluff/semgrep style)."""

from __future__ import annotations

import pytest
import yaml

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.engine.examples import base_table, run_examples
from ggtlint.load import load_text

_ENGINE = Engine.build(Config(preview=True))  # preview rules' examples run too
_RULES = [rule.info for rule in _ENGINE.rules if rule.info.examples]


@pytest.mark.parametrize("base", ["legacy", "fw2021"])
def test_example_base_tables_are_clean(base: str) -> None:
    text = yaml.safe_dump(base_table(base), allow_unicode=True, sort_keys=False)
    result = _ENGINE.check_source(load_text(text, f"base-{base}.yaml"))
    assert [(f.rule_id, f.message_zh) for f in result.findings] == []


def test_builtin_packs_pass_the_checks_user_packs_get(builtin_packs_both_ways) -> None:  # type: ignore[no-untyped-def]
    """The engine loads its own packs as trusted (no schema check, no safety scan): this is that check."""
    # checked: schema, safety scan and regex vetting, as for a user's pack (conftest loads both once)
    for path, checked, trusted in builtin_packs_both_ways:
        assert [(r.info, r.params, r.messages) for r in checked.rules] == \
            [(r.info, r.params, r.messages) for r in trusted.rules], path.name


def test_every_pack_rule_has_a_bad_and_a_good_example() -> None:
    for rule in _ENGINE.rules:
        if rule.selector.scope == "corpus":
            continue  # cross-table rules are tested in test_crosstable.py
        assert rule.info.examples.get("bad"), f"{rule.info.id} has no bad example"
        assert rule.info.examples.get("good"), f"{rule.info.id} has no good example"


@pytest.mark.parametrize("info", _RULES, ids=[info.id for info in _RULES])
def test_rule_examples(info) -> None:  # type: ignore[no-untyped-def]
    results = run_examples(_ENGINE, info)
    assert results, f"{info.id}: no examples ran"
    failures = [f"{r.kind}[{r.index}]: {r.detail}" for r in results if not r.ok]
    assert not failures, f"{info.id}: " + "; ".join(failures)


def test_harness_detects_a_rule_that_does_not_fire() -> None:
    """A bad example that is in fact clean must be reported as a failure (the harness can fail)."""
    info = next(r.info for r in _ENGINE.rules if r.info.id == "VAL001")
    from dataclasses import replace

    broken = replace(info, examples={"bad": [{}], "good": []})
    results = run_examples(_ENGINE, broken)
    assert [r.ok for r in results] == [False]

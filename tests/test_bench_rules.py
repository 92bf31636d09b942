"""bench/bench_rules.py times each rule by wrapping the engine's plans: the wrapped engine must
find exactly what the plain one finds, and the figures must add up."""

from __future__ import annotations

from pathlib import Path

import bulk_helpers  # noqa: F401  (puts bench/ on the path)


def test_the_rule_timer_changes_no_finding_and_its_figures_add_up(tmp_path: Path) -> None:
    from bench_bulk import generate_corpus
    from bench_rules import measure

    files = generate_corpus(tmp_path / "corpus", 40, broken=False)
    figures = measure(files)
    assert figures["tables"] >= 40 and figures["findings"] > 40  # the generator plants defects
    assert figures["wrapped_findings"] == figures["findings"]
    spent = dict(figures["spent"])
    assert spent.pop("(context)") > 0
    assert set(spent) <= set(figures["rule_ids"])  # only rules that are enabled are timed
    assert {"STR005", "REL008", "VAL001"} <= set(spent)  # table and row rules alike
    assert sum(spent.values()) < figures["wrapped"]
    assert figures["bare"] > 0 and figures["load"] > 0 and figures["check"] > 0

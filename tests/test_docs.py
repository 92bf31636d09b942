"""Generated documentation stays in step with the rule packs."""

from __future__ import annotations

from ggtlint.docs import rules_markdown

from conftest import ROOT


def test_rules_md_is_current(engine) -> None:  # type: ignore[no-untyped-def]
    on_disk = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert on_disk == rules_markdown(engine), "docs/rules.md is stale: run `ggtlint rules --format markdown > docs/rules.md`"


def test_every_rule_is_documented_in_full(engine) -> None:  # type: ignore[no-untyped-def]
    for info in engine.rule_infos():
        for text in (info.summary, info.description, info.rationale, info.fix):
            assert text.zh.strip() and text.en.strip(), info.id
        if info.check != "builtin":
            assert info.refs or info.family == "XT", f"{info.id} names no reference rule"
            assert info.source, f"{info.id} cites no source"

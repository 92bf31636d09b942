"""Generated documentation stays in step with the rule packs."""

from __future__ import annotations

import json
from pathlib import Path

from ggtlint.docs import rules_markdown

from conftest import ROOT


def test_rules_md_is_current(preview_engine) -> None:  # type: ignore[no-untyped-def]
    on_disk = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    # `ggtlint rules` lists every rule, the preview ones too
    assert on_disk == rules_markdown(preview_engine), "docs/rules.md is stale: run `ggtlint rules --format markdown > docs/rules.md`"


def test_every_rule_is_documented_in_full(preview_engine) -> None:  # type: ignore[no-untyped-def]
    for info in preview_engine.rule_infos():
        for text in (info.summary, info.description, info.rationale, info.fix):
            assert text.zh.strip() and text.en.strip(), info.id
        if info.check != "builtin":
            # a rule with no reference rule behind it says so in its source, for the reader to weigh
            assert info.refs or info.family == "XT" or info.source.startswith("⚠inferred (no rule in the reference"), \
                f"{info.id} names no reference rule"
            assert info.source, f"{info.id} cites no source"


def test_no_text_keeps_a_backslash_its_plain_scalar_did_not_read(preview_engine) -> None:  # type: ignore[no-untyped-def]
    """A \\" in a plain YAML scalar stays as written (FUND013's rationale read A bare \\"other costs\\" line)."""
    for info in preview_engine.rule_infos():
        for text in (info.summary, info.description, info.rationale, info.fix):
            assert '\\"' not in text.zh + text.en, info.id


def test_the_config_example_in_the_docs_is_a_valid_config(tmp_path: Path) -> None:
    """docs/config.md shows every key: its example loads, and every rule it names exists."""
    import re

    from ggtlint.engine import Engine
    from ggtlint.engine.config import check_rule_names, load_config

    page = (ROOT / "docs" / "config.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", page, re.S).group(1)
    # the user's own packs and lexicons are not here: their keys are shown, not loaded
    example = "\n".join(line for line in example.splitlines() if not line.startswith(("packs:", "lexicons:")))
    (tmp_path / ".ggtlint.yaml").write_text(example, encoding="utf-8")
    config = load_config(tmp_path / ".ggtlint.yaml")
    check_rule_names(config, Engine.build(config).known_ids)
    schema_keys = set(json.loads((ROOT / "src" / "ggtlint" / "schema" /
                                  "config-v1.schema.json").read_text(encoding="utf-8"))["properties"])
    shown = set(re.findall(r"^(\w+):", page.split("```yaml")[1].split("```")[0], re.M))
    assert shown == schema_keys, schema_keys ^ shown


def test_the_reference_part_of_packs_md_is_current() -> None:
    from ggtlint.docs import packs_doc_with_reference

    on_disk = (ROOT / "docs" / "packs.md").read_text(encoding="utf-8")
    assert on_disk == packs_doc_with_reference(on_disk), "docs/packs.md is stale: run `python -m ggtlint.docs`"
    from ggtlint.primitives import PRIMITIVES

    assert all(f"#### `{name}`" in on_disk for name in PRIMITIVES)


def test_the_example_pack_in_packs_md_passes_its_own_examples(tmp_path: Path) -> None:
    """The pack a bureau copies from docs/packs.md loads and passes test-pack."""
    import re

    from conftest import run_ggtlint

    text = (ROOT / "docs" / "packs.md").read_text(encoding="utf-8")
    pack = next(block for block in re.findall(r"```yaml\n(.*?)```", text, re.S) if block.startswith("pack:"))
    pack = re.sub(r"\n  lexicons: .*", "", pack)  # the example's lexicon folder is not shipped
    (tmp_path / "bureau.yaml").write_text(pack, encoding="utf-8")
    proc = run_ggtlint("test-pack", tmp_path / "bureau.yaml", "--lang", "en")
    assert proc.returncode == 0 and "2 passed, 0 failed" in proc.stdout, proc.stdout + proc.stderr

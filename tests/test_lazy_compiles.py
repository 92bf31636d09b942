"""A short run's start compiles few patterns: module-level patterns that most tables never reach are
``lazy_pattern``s (ggtlint.lazyregex), compiled on first use, and a built-in pack's patterns are compiled
when a table could match them. Compiling costs about a millisecond per class of Chinese characters, and
was over half of a one-file run's wall time; a new eager pattern at module level is caught here."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from ggtlint.lazyregex import is_compiled, lazy_pattern, pattern_source
from ggtlint.regexneeds import needs

ROOT = Path(__file__).resolve().parents[1]

# Counts, in a new interpreter, the distinct patterns compiled by ggtlint's own modules while it
# imports what a run of ``ggtlint check`` imports.
_COUNT = r"""
import json, re, sys
compile_ = re._compile
seen = set()
def counting(pattern, flags):
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename.endswith("lazyregex.py")
                                 or "/re/" in frame.f_code.co_filename.replace("\\", "/")):
        frame = frame.f_back
    if frame is not None and "ggtlint" in frame.f_code.co_filename:
        seen.add((str(pattern), flags))
    return compile_(pattern, flags)
re._compile = counting
import ggtlint.cli, ggtlint.engine, ggtlint.primitives, ggtlint.reporters
print(json.dumps(len(seen)))
"""

# Just above the count (11) when the last eager patterns at module level were made lazy: regexsafety's
# eight one-class probes and three patterns told apart by `match.re is …` (goal_cadence, year_mismatch);
# raise it only for a pattern every table needs.
MAX_IMPORT_COMPILES = 15


def test_importing_ggtlint_compiles_few_patterns() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", _COUNT], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120, check=True)
    count = json.loads(run.stdout.strip().splitlines()[-1])
    assert 0 < count <= MAX_IMPORT_COMPILES, count


def test_a_lazy_patterns_source_is_read_without_compiling_it() -> None:
    pattern = lazy_pattern(r"(?:提高|降低)(?P<item>[\u4e00-\u9fff]{1,10}?率)")
    assert pattern_source(pattern) == (r"(?:提高|降低)(?P<item>[\u4e00-\u9fff]{1,10}?率)", 0)
    assert not is_compiled(pattern)
    compiled = re.compile(pattern_source(pattern)[0])
    # what a precheck reads off the source is what it read off the compiled pattern
    assert needs(*pattern_source(pattern)) == needs(compiled.pattern, compiled.flags) != ()
    assert pattern.search("提高就业率").group("item") == "就业率"
    assert is_compiled(pattern) and is_compiled(compiled)
    assert pattern_source(pattern) == (compiled.pattern, compiled.flags)


def test_every_built_in_goal_coverage_pattern_names_its_item() -> None:
    # goal-coverage checks a user pack's patterns for (?P<item>…) as it loads them; the built-in
    # pack's are compiled only when a goal could match them, so they are checked here
    found = 0
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        for rule in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules", []):
            if rule.get("check") == "goal-coverage":
                for source in rule["params"]["patterns"]:
                    found += 1
                    assert "item" in re.compile(source).groupindex, (rule["id"], source)
    assert found >= 10

"""Helpers shared by the bulk-run tests: run ``ggtlint check`` in-process, make a corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from conftest import ROOT

if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))


def check(*args: str) -> int:
    """``ggtlint check ARGS`` in this process (no interpreter start-up); the exit code."""
    from ggtlint.cli import cli

    code = cli.main(args=["check", *args], prog_name="ggtlint", standalone_mode=False)
    return int(code or 0)


def check_json(tmp: Path, *args: str, name: str = "out.json") -> dict[str, Any]:
    """Run ``check ARGS --format json`` into a file under ``tmp`` and return the document."""
    out = tmp / name
    check(*args, "--format", "json", "-o", str(out))
    return json.loads(out.read_text(encoding="utf-8"))


def make_corpus(folder: Path, count: int = 50, seed: int = 7) -> list[Path]:
    """``count`` generated tables (bench/bench_bulk.py's generator, fixed seed)."""
    from bench_bulk import generate_corpus

    return generate_corpus(folder, count, seed=seed)

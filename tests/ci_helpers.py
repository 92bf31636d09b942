"""Helpers shared by the CI-gate tests (SARIF, JUnit, GitHub annotations, baseline, pre-commit).

``run_check`` runs ``ggtlint check`` in-process through ``ggtlint.cli.main`` — the same
entry point as the console script, so exit codes and error handling are the real ones —
with stdout/stderr captured and the working directory switched to ``cwd`` (reported paths
are relative to it). ``run_subprocess`` runs ``python -m ggtlint`` for end-to-end checks.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SEED = REPO / "fixtures" / "seed"
BAD = REPO / "fixtures" / "bad"
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "shared" / "schemas" / "sarif-schema-2.1.0.json"

# Loader findings only: keeps a test's expectations independent of the rule pack, which
# grows over time (pack rules are switched off; LOAD diagnostics always run).
LOADER_ONLY = ("--select", "LOAD")


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_check(*args: object, cwd: Path) -> Run:
    """``ggtlint check ARGS`` in ``cwd``; returns the exit code and captured output."""
    from ggtlint.cli import main

    out, err = io.StringIO(), io.StringIO()
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main(["check", *(str(a) for a in args)])
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        os.chdir(previous)
    return Run(code, out.getvalue(), err.getvalue())


def run_subprocess(*args: object, cwd: Path) -> Run:
    """``python -m ggtlint ARGS`` in a child process (the real console entry point)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH", "")]))
    env.setdefault("PYTHONIOENCODING", "utf-8")
    proc = subprocess.run([sys.executable, "-m", "ggtlint", *(str(a) for a in args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def json_findings(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["findings"]


def with_wrong_type(text: str) -> str:
    """A seed table with one loader defect: the total amount written in words."""
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("  total:"):
            lines[index] = "  total: 十五万元整\n"
            return "".join(lines)
    raise AssertionError("no funds total line in this table")

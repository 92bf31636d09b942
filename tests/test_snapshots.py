"""Snapshot of the rich terminal report (ruff style): the exact text a budget officer sees.

Regenerate after an intended change with:  GGTLINT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py
"""

from __future__ import annotations

import io
import os

import pytest

from ggtlint.findings import Summary
from ggtlint.load import load_file
from ggtlint.reporters import ReportOptions
from ggtlint.reporters.rich_text import RichReporter

from conftest import ROOT, SEED_DIR

SNAPSHOTS = ROOT / "tests" / "snapshots"
CASES = ["t02-sanzhi-yifu-buzhu-2022", "t10-jiuye-buzhu", "t19-zhongzhi-zhuxuejin"]


def render(engine, name: str, lang: str) -> str:  # type: ignore[no-untyped-def]
    path = SEED_DIR / f"{name}.yaml"
    result = engine.check_source(load_file(path, f"fixtures/seed/{name}.yaml"))
    stream = io.StringIO()
    reporter = RichReporter(stream, ReportOptions(lang=lang, color=False))
    reporter.begin(engine.rule_infos())
    reporter.file(result)
    summary = Summary(files=1, tables=result.tables)
    for finding in result.findings:
        summary.add(finding)
    reporter.end(summary)
    return stream.getvalue()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", CASES)
def test_rich_report_snapshot(engine, name: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = render(engine, name, lang)
    snapshot = SNAPSHOTS / f"{name}.{lang}.txt"
    if os.environ.get("GGTLINT_UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert snapshot.exists(), f"missing snapshot {snapshot.name}: run with GGTLINT_UPDATE_SNAPSHOTS=1"
    assert text == snapshot.read_text(encoding="utf-8")


def test_caret_covers_marked_text_that_holds_a_tab(engine) -> None:  # type: ignore[no-untyped-def]
    """The marker spans the marked text as shown, tabs expanded, not its raw width: a tab (and a
    hanzi outside the BMP) inside a quoted name must not leave the ``^^^`` short. A tab is shown
    as ⇥: YAML forbids it in indentation, and blanks would hide it."""
    from rich.cells import cell_len

    from ggtlint.load import load_text

    source = (SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_text(encoding="utf-8").split("\n")
    assert source[29] == "      - name: 免学费受助学生人数"
    source[29] = '      - name:\t"免学费\t受助𠀀学生人数"'
    result = engine.check_source(load_text("\n".join(source), "t.yaml"))
    [finding] = [f for f in result.findings if f.line == 30 and f.end_line == 30]
    stream = io.StringIO()
    RichReporter(stream, ReportOptions(lang="zh", color=False)).file(result)
    lines = stream.getvalue().split("\n")
    shown = next(n for n, line in enumerate(lines) if line.startswith("     30 │ "))
    text, caret = lines[shown][len("     30 │ "):], lines[shown + 1][len(" " * 7 + " │ "):]
    marked = source[29][finding.column - 1:finding.end_column - 1]
    assert marked == '"免学费\t受助𠀀学生人数"'
    start = cell_len(source[29][:finding.column - 1].expandtabs(4))
    end = cell_len(source[29][:finding.end_column - 1].expandtabs(4))
    # each tab is shown (⇥, then blanks to the tab stop), as wide as expandtabs(4) makes it
    assert text.count("⇥") == 2 and cell_len(text) == cell_len(source[29].expandtabs(4))
    assert text.replace("⇥", " ") == source[29].expandtabs(4)
    assert caret == " " * start + "^" * (end - start)  # from the opening quote to the closing one

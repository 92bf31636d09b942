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

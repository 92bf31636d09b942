"""Which files ggtlint recognises as its own: every output format and the review workbook,
whatever the file is called, and nothing a department wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from ggtlint.own_files import made_by_ggtlint

from conftest import SEED_DIR, run_ggtlint

SEED_T01 = SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"


@pytest.mark.parametrize("fmt", ["rich", "json", "sarif", "junit", "github", "codequality"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_output_format_is_recognised_under_any_name(tmp_path: Path, fmt: str, lang: str) -> None:
    out = tmp_path / "out.yaml"  # a name a table could have
    run_ggtlint("--lang", lang, "check", SEED_T01, "-f", fmt, "-o", out, "--no-cache", "--statistics")
    assert out.stat().st_size > 0 and made_by_ggtlint(str(out))


def test_review_workbooks_are_recognised_and_departments_files_are_not(tmp_path: Path) -> None:
    run_ggtlint("check", SEED_T01, "--report", tmp_path / "r.xlsx", "--no-cache", "-f", "github")
    assert made_by_ggtlint(str(tmp_path / "r.xlsx"))
    assert run_ggtlint("export", SEED_T01, "-o", tmp_path / "表.xlsx").returncode == 0
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "a-folder.json").mkdir()
    (tmp_path / "binary.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "notes.txt").write_text("共检查 3 个文件、3 张表，详见附件。\n还有两张表没有交。\n", encoding="utf-8")
    for name in ("表.xlsx", "empty.json", "a-folder.json", "binary.xlsx", "notes.txt"):
        assert not made_by_ggtlint(str(tmp_path / name)), name
    assert not made_by_ggtlint(str(SEED_T01))

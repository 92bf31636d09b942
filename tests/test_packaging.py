"""The wheel ships the built-in rule packs and schemas, so an installed ggtlint finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.skip(f"could not build the wheel here (no build backend?): {proc.stderr[-300:]}")
    return next(out.glob("ggtlint-*.whl"))


def test_wheel_contains_rules_lexicons_and_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for pack in sorted((ROOT / "rules").glob("*.yaml")):
        assert f"ggtlint/_rules/{pack.name}" in names
    assert "ggtlint/_rules/lexicons/vague-terms.yaml" in names
    assert "ggtlint/_rules/examples/base-legacy.yaml" in names
    assert "ggtlint/_rules/parsed-packs.json" in names  # what a start reads instead of the packs' YAML
    assert "ggtlint/schema/target-v1.schema.json" in names
    assert "ggtlint/schema/pack-v1.schema.json" in names


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, timeout=300)
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", "import ggtlint.resources as r; print(r.builtin_rules_dir())"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()).is_relative_to(target)
    sample = tmp_path / "t.yaml"
    sample.write_text((ROOT / "fixtures" / "seed" / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "ggtlint", "check", "t.yaml", "--format", "json"],
                          capture_output=True, text=True, cwd=tmp_path, env={**env, "PYTHONPATH": f"{target}:{':'.join(sys.path[1:])}"},
                          timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert '"VAL001"' in proc.stdout

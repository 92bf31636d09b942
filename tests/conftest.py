"""Shared test fixtures: paths to the repository, the seed fixtures and ../shared."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = ROOT / "fixtures" / "seed"
BAD_DIR = ROOT / "fixtures" / "bad"

# Every ggtlint the tests run (in this process or a child) keeps its result cache here, not in
# the checkout, so no test reads what an earlier run or a developer left behind.
_CACHE_DIR = tempfile.mkdtemp(prefix="ggtlint-test-cache-")
os.environ["GGTLINT_CACHE_DIR"] = _CACHE_DIR
atexit.register(shutil.rmtree, _CACHE_DIR, True)

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))


@pytest.fixture(scope="session")
def engine():
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    return Engine.build(Config())


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    files = sorted(SEED_DIR.glob("t*.yaml"))
    assert len(files) == 20
    return files

"""The copies in tests/data/shared are the team's shared files, byte for byte.

The tests read the OASIS SARIF 2.1.0 schema and the seed PDF text from tests/data/shared, so a
fresh clone runs every test without the team's ../shared folder; where that folder is beside the
checkout (as in CI), the copies must still be the same files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, SHARED

TEAM_SHARED = ROOT.parent / "shared"
COPIES = sorted(path.relative_to(SHARED) for path in SHARED.rglob("*") if path.is_file())


def test_the_copies_are_there() -> None:
    assert Path("schemas/sarif-schema-2.1.0.json") in COPIES
    assert any(path.parts[0] == "seeds" and path.suffix == ".txt" for path in COPIES)


@pytest.mark.skipif(not TEAM_SHARED.is_dir(), reason="the team's ../shared folder is not beside this checkout")
@pytest.mark.parametrize("relative", COPIES, ids=str)
def test_each_copy_matches_the_shared_file(relative: Path) -> None:
    assert (SHARED / relative).read_bytes() == (TEAM_SHARED / relative).read_bytes()

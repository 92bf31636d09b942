"""conftest's pytest_collection_modifyitems sends the tests that share a costly fixture to one
pytest-xdist worker (--dist loadgroup): each marked with one xdist_group, the others left alone."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def shared_here() -> str:
    return "built once for this module"


def test_a_test_using_a_module_fixture_is_grouped_by_its_module(request: pytest.FixtureRequest,
                                                               shared_here: str) -> None:
    marks = list(request.node.iter_markers("xdist_group"))
    assert [mark.args for mark in marks] == [("tests/test_xdist_groups.py",)]


def test_a_test_using_none_is_not_grouped(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("xdist_group") is None


def test_the_shared_session_fixtures_are_conftests() -> None:
    # a name listed there that no fixture has any more would group nothing, silently
    import conftest

    for name in conftest._SHARED_SESSION_FIXTURES:
        assert callable(getattr(conftest, name)), name

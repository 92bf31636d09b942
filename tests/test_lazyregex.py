"""Patterns compiled on first use: they behave as re.compile's, and none of ggtlint's is broken.

A lazily compiled pattern with a mistake in it would only fail when a rare value first reaches
it, in a user's run; so every lazy pattern of ggtlint's modules is compiled here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import ggtlint
from ggtlint.lazyregex import LazyPattern, lazy_pattern


def test_nothing_is_compiled_before_first_use() -> None:
    broken = lazy_pattern("(unclosed")  # re.compile would raise here
    with pytest.raises(re.error):
        broken.search("x")


def test_after_first_use_calls_go_straight_to_the_compiled_pattern() -> None:
    pattern = lazy_pattern(r"(?P<n>[0-9]+)人", re.ASCII)
    compiled = re.compile(r"(?P<n>[0-9]+)人", re.ASCII)
    assert pattern.search("培训≥200人").group("n") == "200"
    assert type(pattern.search.__self__) is re.Pattern  # type: ignore[attr-defined]
    assert "search" in vars(pattern)  # kept on the instance: no second look-up through __getattr__
    text = "≥3场，≥500人；共12人"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.sub("#", text) == compiled.sub("#", text)
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.fullmatch("12人") is not None and pattern.match("人") is None
    assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == \
        (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
    with pytest.raises(AttributeError):
        pattern.no_such_method  # noqa: B018 - the look-up is the test


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module_info in pkgutil.walk_packages(ggtlint.__path__, "ggtlint."):
        if module_info.name == "ggtlint.__main__":
            continue
        module = importlib.import_module(module_info.name)
        found += [(f"{module_info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, LazyPattern)]
    return found


def test_every_lazy_pattern_of_ggtlint_compiles() -> None:
    patterns = _lazy_patterns()
    assert len(patterns) > 90  # the value parser's and the XML reporters'
    for name, pattern in patterns:
        source, flags = pattern._source
        assert re.compile(source, flags).pattern == source, name


def test_a_lazy_pattern_equals_the_compiled_pattern_it_stands_for() -> None:
    """Packs compare equal whether their patterns were compiled at once (a user's) or lazily (built in)."""
    import re

    from ggtlint.lazyregex import lazy_pattern

    assert lazy_pattern("补助|补贴") == re.compile("补助|补贴") == lazy_pattern("补助|补贴")
    assert lazy_pattern("补助") != re.compile("补贴") and lazy_pattern("补助", re.I) != lazy_pattern("补助")
    assert hash(lazy_pattern("补助")) == hash(re.compile("补助"))

"""Regular expressions compiled when first used, not when their module is imported.

Compiling patterns is a large part of a short run's start: Python's regular-expression compiler
is written in Python and spends about a millisecond on every class of Chinese characters
(``[\\u4e00-\\u9fff]``), and the value parser holds ~90 patterns, most of them for rare forms
that a typical table never reaches. A :class:`LazyPattern` stands in for its compiled pattern
until one of its attributes is first looked up; it then keeps the compiled pattern's bound
methods as its own attributes, so every later call costs what a call on the compiled pattern
costs.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a LazyPattern hands over from its compiled pattern on first use.
_TAKEN_OVER = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
               "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A pattern's source, compiled on the first look-up of one of its attributes."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance lacks: before the first use, or for a name
        # a compiled pattern does not have either (AttributeError as usual).
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _TAKEN_OVER:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source[0]!r})"

    # equal to the compiled pattern it stands for, as two compiled patterns of one source are
    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = re.compile(*other._source)
        return re.compile(*self._source) == other if isinstance(other, re.Pattern) else NotImplemented

    def __hash__(self) -> int:
        return hash(re.compile(*self._source))


def pattern_source(pattern: re.Pattern[str]) -> tuple[str, int]:
    """A pattern's text and flags, read without compiling a lazy one that is not compiled yet (for
    a precheck such as ``regexneeds.needs`` that decides whether it is searched at all). The flags
    are those it was given; a compiled pattern's also hold ``re.UNICODE``, which ``re`` adds to
    every text pattern, so either reads the same to ``re``'s parser."""
    if isinstance(pattern, LazyPattern) and "pattern" not in pattern.__dict__:
        return pattern._source
    return pattern.pattern, pattern.flags


def is_compiled(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is compiled already (a compiled pattern, or a lazy one used once)."""
    return not isinstance(pattern, LazyPattern) or "pattern" in pattern.__dict__


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used. Typed as the compiled
    pattern it behaves as (its methods and ``pattern``/``flags``/``groups``/``groupindex``); it is
    not one for ``isinstance`` nor for ``re.sub(pattern, …)``: call its methods."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))

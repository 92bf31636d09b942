"""The characters a regular expression cannot match without: a cheap precheck before a search.

Many rule patterns open with an alternation that may match at every clause break
(``(?:^|[，。；]|确保)…率(?:达到|…)``), so ``re`` tries them at every position of the text, and
most goals hold no match at all. Every match of such a pattern contains some characters the
pattern writes literally (``率``), or one of a few (``较上年|比上年|同比``: 较, 比 or 同). When
the text lacks one of them the search cannot succeed and is skipped.

``needs(pattern)`` reads this off ``re``'s own parse tree, conservatively: only literals on
the pattern's required path count (not those inside lookarounds, optional parts, or a
branch one of whose alternatives needs none), and a pattern with IGNORECASE needs nothing.
The answer is a tuple of clauses; a text can match only if, for every clause, it contains
at least one of the clause's characters (``could_match``). It is remembered per pattern
text and flags (a compiled pattern's ``.flags``: IGNORECASE or VERBOSE given apart from the text change what it
needs), so the parse happens once per pattern, when first asked, not at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["could_match", "needs"]

Clauses = tuple[frozenset[str], ...]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)


def _literals(items: Any) -> frozenset[str] | None:
    """The characters of a set written as literals only (``[，。；]``), else None (a range, a class, a negation)."""
    chars = set()
    for op, arg in items:
        if op != _c.LITERAL:
            return None
        chars.add(chr(arg))
    return frozenset(chars)


def _clauses(items: Sequence[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The clauses every match of the sequence ``items`` satisfies (see the module's docstring)."""
    found: list[frozenset[str]] = []
    for op, arg in items:
        if op == _c.LITERAL:
            found.append(frozenset(chr(arg)))
        elif op == _c.IN:
            chars = _literals(arg)
            if chars:
                found.append(chars)
        elif op == _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            if not add_flags & re.IGNORECASE:
                found += _clauses(list(sub))
        elif op in _REPEATS:
            low, _high, sub = arg
            if low >= 1:
                found += _clauses(list(sub))
        elif _ATOMIC is not None and op == _ATOMIC:
            found += _clauses(list(arg))
        elif op == _c.BRANCH:
            # each alternative's first clause: any match holds a character of one of them
            alternatives = [_clauses(list(sub)) for sub in arg[1]]
            if alternatives and all(alternatives):
                found.append(frozenset().union(*(clauses[0] for clauses in alternatives)))
        # lookarounds, anchors, classes, back-references: nothing required
    return found


@lru_cache(maxsize=4096)
def needs(pattern: str, flags: int = 0) -> Clauses:
    """The clauses of characters every match of ``pattern`` (compiled with ``flags``: pass a compiled
    pattern's ``.flags``, as IGNORECASE or VERBOSE change what it matches) holds; () when nothing can be said."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return ()
    if (parsed.state.flags | flags) & re.IGNORECASE:
        return ()
    try:
        return tuple(dict.fromkeys(_clauses(list(parsed))))  # (once each, in order)
    except RecursionError:  # pragma: no cover - vetted patterns are not nested this deep
        return ()


def could_match(clauses: Clauses, text: str) -> bool:
    """False only when ``text`` lacks every character of some clause: then no match is possible."""
    for clause in clauses:  # plain loops, no any(generator): asked per pattern of every table's goal
        for char in clause:
            if char in text:
                break
        else:
            return False
    return True

"""Vet regular expressions from user rule packs before they run.

Python's ``re`` has no timeout, so a pattern with nested unbounded repetition such as
``(a+)+`` or ``(a|aa)*`` can take exponential time on a crafted value. Such patterns are
rejected when the pack loads; matching input is also capped in length by the callers.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_PATTERN_LENGTH = 500
MAX_MATCH_INPUT = 2000

_REPEATS = {_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT}
_POSSESSIVE = getattr(_sre_constants, "POSSESSIVE_REPEAT", None)


class RegexRejected(ValueError):
    """The pattern is invalid or could backtrack catastrophically."""


def _has_unbounded_repeat(items: object) -> bool:
    for op, arg in items:  # type: ignore[attr-defined]
        if op in _REPEATS:
            low, high, sub = arg
            if high == _sre_constants.MAXREPEAT or high > 100:
                return True
            if _has_unbounded_repeat(sub):
                return True
        elif op == _sre_constants.SUBPATTERN:
            if _has_unbounded_repeat(arg[-1]):
                return True
        elif op == _sre_constants.BRANCH:
            if any(_has_unbounded_repeat(branch) for branch in arg[1]):
                return True
    return False


def _has_branch(items: object) -> bool:
    for op, arg in items:  # type: ignore[attr-defined]
        if op == _sre_constants.BRANCH:
            return True
        if op == _sre_constants.SUBPATTERN and _has_branch(arg[-1]):
            return True
    return False


def _dangerous(items: object) -> bool:
    """True when an unbounded repeat contains another unbounded repeat or an alternation."""
    for op, arg in items:  # type: ignore[attr-defined]
        if op in _REPEATS:
            low, high, sub = arg
            unbounded = high == _sre_constants.MAXREPEAT or high > 100
            if unbounded and (_has_unbounded_repeat(sub) or _has_branch(sub)):
                return True
            if _dangerous(sub):
                return True
        elif op == _sre_constants.SUBPATTERN:
            if _dangerous(arg[-1]):
                return True
        elif op == _sre_constants.BRANCH:
            if any(_dangerous(branch) for branch in arg[1]):
                return True
        elif op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            if _dangerous(arg[1]):
                return True
        elif op == _sre_constants.GROUPREF:
            raise RegexRejected("不允许反向引用 (back-references are not allowed)")
    return False


def compile_safe(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` or raise RegexRejected with a bilingual reason."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RegexRejected(f"正则表达式过长 (pattern longer than {MAX_PATTERN_LENGTH} characters)")
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error as exc:
        raise RegexRejected(f"正则表达式无效 (invalid regular expression): {exc}") from None
    if _dangerous(parsed):
        raise RegexRejected(
            f"正则表达式可能导致灾难性回溯，已拒绝 (pattern may backtrack catastrophically): {pattern}")
    return re.compile(pattern)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Search with the input capped, so even an accepted pattern stays cheap."""
    return pattern.search(text[:MAX_MATCH_INPUT])

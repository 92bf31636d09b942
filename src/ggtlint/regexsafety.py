"""Vet regular expressions from user rule packs and lexicons before they run.

Python's ``re`` has no timeout and cannot be interrupted, so a pattern that backtracks
catastrophically would hang the whole run on one crafted value. Patterns are therefore
checked statically when the pack loads, on the tree ``re``'s own parser produces, and
rejected when

1. they use back-references (matching with them is NP-hard in general);
2. inside a repetition that can iterate (``*``, ``+``, ``{2,}``, ``{20}``), some part may or
   may not take a character that the rest of the iteration, or the next iteration, could
   also take: ``(a+)+``, ``([a-z]+)*$``, ``(\\w+\\s?)*$``, ``(.*a){20}``, ``(a|aa)*``,
   ``(a|a)*``. These take exponential time (or time to the power of the repeat count);
3. two or more unbounded repetitions over overlapping characters follow each other with
   nothing in between that stops the first from sliding into the second, and something
   after them can still fail: ``\\d+\\d+x``, ``.*a.*b``, ``.*?\\d+人``, ``\\w+(?=\\w+)x``. Each
   such link multiplies the work by the text length; counted with the implicit "try every
   start position" of a search, two links already cost n³ (8·10⁹ steps on 2,000 characters);
4. many small ambiguous choices come one after another (``(a|a)(a|a)…``, ``a?a?…aaa``,
   a repeated assertion): their numbers of ways multiply.

Lookarounds are checked as patterns of their own too. These are conservative heuristics,
not a proof: they reject some harmless patterns (which can nearly always be rewritten,
``a.*b`` instead of ``.*a.*b``), and tests/test_regexsafety.py runs random patterns
through them to check that whatever they accept stays fast on long adversarial text.
Matching is also capped at MAX_MATCH_INPUT characters by ``search``, and Python's ``re``
does honour signals, so a future per-file alarm could stop a match; none is needed today.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from ggtlint.bilingual import BilingualError

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["MAX_MATCH_INPUT", "MAX_PATTERN_LENGTH", "RegexRejected", "compile_safe", "search", "vet"]

MAX_PATTERN_LENGTH = 500
MAX_MATCH_INPUT = 2000
# A repeat whose longest match is at most this many characters is cheap to backtrack over.
_SHORT = 64
# Links of overlapping unbounded repeats allowed, counting the search loop (n² total).
_MAX_DEGREE = 2

_INF = float("inf")
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_STARTS = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}

# Characters tried when deciding whether two character sets overlap, besides the ends of
# every range and the literals of both sets: enough to tell \d, \w, \s, . and CJK apart.
_SAMPLE = tuple(chr(code) for code in range(0x80)) + tuple(
    "\x85\xa0éßΩж中年月日人元万，。、％（）０９Ａ\u3000٣\u2028—…𠀀")

_CATEGORY_RE = {
    name: re.compile(pattern) for name, pattern in (
        ("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"),
        ("CATEGORY_SPACE", r"\s"), ("CATEGORY_NOT_SPACE", r"\S"),
        ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W"),
        ("CATEGORY_LINEBREAK", r"\n"), ("CATEGORY_NOT_LINEBREAK", r"[^\n]"),
    )
}


class RegexRejected(BilingualError):
    """The pattern is invalid or could backtrack catastrophically (the reason in both languages)."""


# -- character sets ------------------------------------------------------------------------
# An "atom" is one parsed element that matches a single character: (op, arg) as sre gives it.
Atom = tuple[Any, Any]


def _in_items(items: Sequence[Atom], ch: str) -> bool:
    negate = False
    hit = False
    for op, arg in items:
        if op == _c.NEGATE:
            negate = True
        elif op == _c.LITERAL:
            hit = hit or ch == chr(arg)
        elif op == _c.RANGE:
            hit = hit or arg[0] <= ord(ch) <= arg[1]
        elif op == _c.CATEGORY:
            matcher = _CATEGORY_RE.get(str(arg))
            hit = hit or matcher is None or matcher.fullmatch(ch) is not None
        else:  # an item this module does not know: assume it matches
            hit = True
    return hit != negate


def _member_exact(atom: Atom, ch: str) -> bool:
    op, arg = atom
    if op == _c.LITERAL:
        return ch == chr(arg)
    if op == _c.NOT_LITERAL:
        return ch != chr(arg)
    if op == _c.IN:
        return _in_items(arg, ch)
    return True  # ANY and anything unknown


def _member(atoms: Iterable[Atom], ch: str) -> bool:
    # case variants too: (?i) may be set anywhere, and assuming it only rejects more
    variants = {ch, ch.lower(), ch.upper()}
    return any(_member_exact(atom, v) for atom in atoms for v in variants if len(v) == 1)


def _candidates(atoms: Iterable[Atom]) -> set[str]:
    out: set[str] = set()
    for op, arg in atoms:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            out.add(chr(arg))
        elif op == _c.IN:
            for item_op, item_arg in arg:
                if item_op == _c.LITERAL:
                    out.add(chr(item_arg))
                elif item_op == _c.RANGE:
                    out.update((chr(item_arg[0]), chr(item_arg[1])))
    return out


def _overlap(a: Sequence[Atom], b: Sequence[Atom]) -> bool:
    """Whether some character is matched by both sets (checked on a generous sample).

    Two ranges that overlap always share the larger of their lower ends, so testing every
    literal and range end of both sets plus the sample is exact for ranges and literals.
    """
    if not a or not b:
        return False
    for ch in _candidates(a) | _candidates(b) | set(_SAMPLE):
        if _member(a, ch) and _member(b, ch):
            return True
    return False


# -- lengths and first characters ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Info:
    low: float                 # shortest match, in characters
    high: float                # longest match (_INF when unbounded)
    first: tuple[Atom, ...]    # what the first character can be
    chars: tuple[Atom, ...]    # what any character can be

    @property
    def nullable(self) -> bool:
        return self.low == 0

    @property
    def variable(self) -> bool:
        return self.low != self.high


_EMPTY = _Info(0, 0, (), ())
_ANY_ATOM: Atom = (_c.ANY, None)


def _seq_info(items: Sequence[Atom]) -> _Info:
    low = high = 0.0
    first: list[Atom] = []
    chars: list[Atom] = []
    open_start = True
    for op, arg in items:
        info = _node_info(op, arg)
        low += info.low
        high += info.high
        chars.extend(info.chars)
        if open_start:
            first.extend(info.first)
            open_start = info.nullable
    return _Info(low, high, tuple(first), tuple(chars))


def _union(infos: Sequence[_Info]) -> _Info:
    if not infos:
        return _EMPTY
    return _Info(min(i.low for i in infos), max(i.high for i in infos),
                 tuple(a for i in infos for a in i.first), tuple(a for i in infos for a in i.chars))


def _alternatives(op: Any, arg: Any) -> list[Sequence[Atom]]:
    if op == _c.BRANCH:
        return list(arg[1])
    return [arg[1], arg[2] or []]  # GROUPREF_EXISTS: (group, yes, no)


def _node_info(op: Any, arg: Any) -> _Info:
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
        atom = (op, arg)
        return _Info(1, 1, (atom,), (atom,))
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY
    if op == _c.SUBPATTERN:
        return _seq_info(arg[-1])
    if op == _ATOMIC:
        return _seq_info(arg)
    if op in (_c.BRANCH, _c.GROUPREF_EXISTS):
        return _union([_seq_info(alt) for alt in _alternatives(op, arg)])
    if op in _REPEATS:
        lo, hi, body = arg
        inner = _seq_info(body)
        top = _INF if hi == _c.MAXREPEAT else hi
        high = 0 if inner.high == 0 else top * inner.high
        return _Info(lo * inner.low, high, inner.first, inner.chars)
    if op == _c.GROUPREF:
        raise RegexRejected("不允许反向引用", "back-references are not allowed")
    return _Info(0, _INF, (_ANY_ATOM,), (_ANY_ATOM,))  # unknown: assume the worst


# -- check 2: ambiguity inside an iterating repeat -----------------------------------------

_NESTED = ("重复中的一部分可多可少、与其后内容能匹配相同字符（如 (a+)+、(a|aa)*、(.*a){20}），可能导致灾难性回溯，已拒绝",
           "ambiguous repetition inside a repetition, e.g. (a+)+, (a|aa)*, (.*a){20}: may backtrack catastrophically")
_BRANCHES = ("重复中的分支可以匹配相同的文本（如 (a|a)*、(ab|ac)*），可能导致灾难性回溯，已拒绝",
             "alternatives inside a repetition can match the same text, e.g. (a|a)*: may backtrack catastrophically")


def _iterating(hi: int) -> bool:
    # a zero-width body counts too: ((?=a)|(?=a)){20} tries 2^20 ways to match nothing
    return hi == _c.MAXREPEAT or hi > 1


def _check_loops(items: Sequence[Atom], loop_follow: tuple[Atom, ...] | None) -> None:
    """Raise when a repeat body can split the same text in more than one way.

    ``loop_follow`` is what may come right after ``items`` inside the innermost enclosing
    iterating repeat (the rest of that iteration, or the start of the next one); None
    outside any such repeat.
    """
    for index, (op, arg) in enumerate(items):
        in_loop = loop_follow is not None
        follow: tuple[Atom, ...] = ()
        if in_loop:
            rest = _seq_info(items[index + 1:])
            follow = rest.first + (loop_follow if rest.nullable else ())  # type: ignore[operator]
        if op == _c.SUBPATTERN:
            _check_loops(arg[-1], follow if in_loop else None)
        elif op == _ATOMIC:
            _check_loops(arg, follow if in_loop else None)
        elif op in (_c.BRANCH, _c.GROUPREF_EXISTS):
            alternatives = [_seq_info(alt) for alt in _alternatives(op, arg)]
            if in_loop:
                for i, one in enumerate(alternatives):
                    for other in alternatives[i + 1:]:
                        if _overlap(one.first, other.first) or (one.nullable and other.nullable):
                            raise RegexRejected(*_BRANCHES)
                # the first characters now decide the alternative, unless one may match nothing:
                # (|a) after prefix factoring of (a|aa) is a choice to take "a" or not, as with a?
                if any(alt.nullable for alt in alternatives):
                    taken = tuple(atom for alt in alternatives for atom in alt.first)
                    if _overlap(taken, follow):
                        raise RegexRejected(*_NESTED)
            for alt in _alternatives(op, arg):
                _check_loops(alt, follow if in_loop else None)
        elif op in _REPEATS:
            lo, hi, body = arg
            inner = _seq_info(body)
            if in_loop and lo != hi and (inner.high == 0 or _overlap(inner.first, follow)):
                raise RegexRejected(*_NESTED)  # (a+)+, or an assertion repeated a variable number of times
            if _iterating(hi):
                # inside: the next iteration may start right after the body, and whatever
                # may follow this repeat in an enclosing loop
                _check_loops(body, inner.first + follow)
            else:
                _check_loops(body, follow if in_loop else None)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _check_loops(arg[1], None)  # a lookaround is a pattern of its own


# -- check 3: chains of overlapping unbounded repeats --------------------------------------

_CHAINED = ("多个可重叠的不定长重复相连（如 \\d+\\d+、.*a.*b、.*?\\d+人），在长文本上会极慢，已拒绝；"
            "可去掉开头的 .* 或用不重叠的字符类",
            "chained overlapping repetitions, e.g. \\d+\\d+, .*a.*b, .*?\\d+人, are too slow on long text; "
            "drop a leading .* or use disjoint character classes")


def _can_fail(items: Sequence[Atom]) -> bool:
    """Whether matching ``items`` can fail (so that what comes before must backtrack)."""
    for op, arg in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return True
        info = _node_info(op, arg)
        if not info.nullable:
            return True
        if op in (_c.SUBPATTERN, _ATOMIC, _c.BRANCH, _c.GROUPREF_EXISTS):
            bodies = [arg[-1]] if op == _c.SUBPATTERN else [arg] if op == _ATOMIC else _alternatives(op, arg)
            if any(_can_fail(body) for body in bodies):
                return True
    return False


class _Chains:
    """Walks a pattern tracking which unbounded repeats could still slide into the next one."""

    def __init__(self) -> None:
        self.longest = 0

    def walk(self, items: Sequence[Atom], open_: list[tuple[tuple[Atom, ...], int]],
             after_fail: bool) -> list[tuple[tuple[Atom, ...], int]]:
        for index, (op, arg) in enumerate(items):
            rest_fail = after_fail or _can_fail(items[index + 1:])
            info = _node_info(op, arg)
            if op == _c.SUBPATTERN:
                open_ = self.walk(arg[-1], open_, rest_fail)
            elif op == _ATOMIC:
                open_ = self.walk(arg, open_, rest_fail)
            elif op in (_c.BRANCH, _c.GROUPREF_EXISTS):
                merged: list[tuple[tuple[Atom, ...], int]] = []
                for alt in _alternatives(op, arg):
                    merged += self.walk(alt, list(open_), rest_fail)
                open_ = merged
            elif op in _REPEATS:
                lo, hi, body = arg
                if hi <= 1:  # x? is "x or nothing": both paths go on
                    taken = self.walk(body, list(open_), rest_fail)
                    open_ = open_ + [o for o in taken if o not in open_] if lo == 0 else taken
                    continue
                self.walk(body, [], True)  # chains wholly inside the body
                if info.high > _SHORT:
                    if rest_fail:  # only a repeat that something later can make give back costs
                        link = 1 + max((n for chars, n in open_ if _overlap(chars, info.chars)), default=0)
                        self.longest = max(self.longest, link)
                        open_ = open_ + [(info.chars, link)]
                elif info.low == 0:  # optional and short: either skipped or a short barrier
                    taken = [o for o in open_ if _overlap(o[0], info.chars)]
                    open_ = open_ + [o for o in taken if o not in open_]
                else:
                    open_ = [o for o in open_ if _overlap(o[0], info.chars)]
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                self.walk(arg[1], [], True)
                body = _seq_info(arg[1])
                if body.high > _SHORT and rest_fail:
                    # a lookaround that reads far ahead runs again each time an open repeat
                    # before it gives back a character: it is one more link of the chain
                    link = 1 + max((n for chars, n in open_ if _overlap(chars, body.first)), default=0)
                    self.longest = max(self.longest, link)
            elif op == _c.AT:
                continue
            else:  # one character: an open repeat that cannot take it stops sliding here
                open_ = [o for o in open_ if _overlap(o[0], info.chars)]
        return open_


# -- check 4: many small choices in a row --------------------------------------------------

_MAX_CHOICES = 64  # ways a failing match may retry one stretch of text: (a|a)×6 or a?×6 before aaaaaa
_CHOICES = ("连续多个可以匹配相同文本的分支或可选项（如 (a|a)(a|a)…、a?a?…aa…），回溯次数成倍增长，已拒绝",
            "many ambiguous alternatives or optional parts in a row, e.g. (a|a)(a|a)… or a?a?…aa…: "
            "backtracking multiplies")


def _choices(items: Sequence[Atom], follow: tuple[Atom, ...]) -> float:
    """An upper bound on the ways ``items`` can match one stretch of text, with ``follow`` after."""
    total = 1.0
    for index, (op, arg) in enumerate(items):
        rest = _seq_info(items[index + 1:])
        after = rest.first + (follow if rest.nullable else ())
        if op == _c.SUBPATTERN:
            total *= _choices(arg[-1], after)
        elif op == _ATOMIC:
            total *= _choices(arg, after)
        elif op in (_c.BRANCH, _c.GROUPREF_EXISTS):
            alternatives = _alternatives(op, arg)
            infos = [_seq_info(alt) for alt in alternatives]
            # alternatives that can start alike (or both match nothing) are each tried in turn
            ways = max(sum(1 for other in infos if _overlap(one.first, other.first) or (one.nullable and other.nullable))
                       for one in infos)
            if any(info.nullable for info in infos) and _overlap(tuple(a for i in infos for a in i.first), after):
                ways = max(ways, 2)
            total *= ways * max(_choices(alt, after) for alt in alternatives)
        elif op in _REPEATS:
            lo, hi, body = arg
            inner = _seq_info(body)
            bounded = hi != _c.MAXREPEAT
            if lo < hi and inner.high == 0:
                total *= hi - lo + 1 if bounded else 2  # repeating an assertion: any count matches alike
            elif bounded and lo < hi and _overlap(inner.first, after):
                total *= hi - lo + 1  # x? or x{1,3}: take it or leave it to what follows
            total *= _choices(body, inner.first + after) ** (min(hi, 64) if bounded else 1)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            total *= _choices(arg[1], ())
        if total > 1e12:
            break
    return total


def _anchored(parsed: Any) -> bool:
    items = list(parsed)
    if not items or parsed.state.flags & re.MULTILINE:
        return False
    op, arg = items[0]
    return op == _c.AT and arg in _STARTS


# -- public API ----------------------------------------------------------------------------


def vet(pattern: str) -> None:
    """Raise RegexRejected (bilingual reason) when ``pattern`` is invalid or unsafe."""
    if not isinstance(pattern, str):
        raise RegexRejected("正则表达式应为文本", "pattern must be a string")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RegexRejected(f"正则表达式过长（超过 {MAX_PATTERN_LENGTH} 个字符）", f"pattern longer than {MAX_PATTERN_LENGTH} characters")
    try:
        parsed = _sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        raise RegexRejected(f"正则表达式无效：{exc}", f"invalid regular expression: {exc}") from None
    try:
        _seq_info(list(parsed))  # raises on back-references
        _check_loops(list(parsed), None)
        chains = _Chains()
        chains.walk(list(parsed), [], False)
        choices = _choices(list(parsed), ())
    except RecursionError:
        raise RegexRejected("正则表达式嵌套过深", "pattern nested too deeply") from None
    degree = chains.longest + (0 if _anchored(parsed) else 1)
    if degree > _MAX_DEGREE:
        raise RegexRejected(*_CHAINED)
    if choices > _MAX_CHOICES:
        raise RegexRejected(*_CHOICES)


# Set while the built-in packs load: their patterns are vetted by the test suite, and vetting
# on every start would cost more than checking one file.
_TRUSTED: contextvars.ContextVar[bool] = contextvars.ContextVar("ggtlint_trusted_patterns", default=False)


@contextlib.contextmanager
def trusted_patterns() -> Iterator[None]:
    token = _TRUSTED.set(True)
    try:
        yield
    finally:
        _TRUSTED.reset(token)


def compile_safe(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` or raise RegexRejected with a bilingual reason. A trusted pattern (the
    built-in packs', vetted by the test suite) is compiled when first used: a small run uses a
    part of them, and compiling them all cost its start about 50 ms."""
    if _TRUSTED.get():
        from ggtlint.lazyregex import lazy_pattern

        return lazy_pattern(pattern)
    vet(pattern)
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as exc:  # pragma: no cover - parse() caught it
        raise RegexRejected(f"正则表达式无效：{exc}", f"invalid regular expression: {exc}") from None


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Search with the input capped, so even an accepted pattern stays cheap."""
    return pattern.search(text[:MAX_MATCH_INPUT])

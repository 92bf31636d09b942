"""User-pack regular expressions: catastrophic patterns are refused at load, the rest stay fast.

Python's ``re`` cannot be interrupted from inside a match except by a signal, so every
timing check here runs under a CPU-time guard (SIGPROF): a pattern that slipped through fails the test
instead of hanging it.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggtlint.regexsafety import MAX_MATCH_INPUT, MAX_PATTERN_LENGTH, RegexRejected, compile_safe, search, vet

# Classic catastrophic patterns (OWASP ReDoS list and friends), and the polynomial ones that
# still take minutes on 2,000 characters. Each must be refused.
EVIL = [
    r"(a+)+", r"(a|a)*", r"(a|aa)*", r"(.*a){20}", r"([a-z]+)*$", r"(\w+\s?)*$",
    r"^(a+)+$", r"(a*)*$", r"(.+)+", r"(x+x+)+y", r"(a|b|ab)*c", r"(\s*\S+)*!",
    r"(\d{1,3},?)+x", r"(a{1,10}){1,10}$", r"(a?){25}a{25}", r"^(([a-z])+.)+[A-Z]([a-z])+$",
    r"(?=(a+)+b)", r"(?!(a|aa)*$)x", r"x(?=.*(\w+\s?)*$)",       # nested quantifiers in lookarounds
    r"\d+\d+x", r".*a.*b", r".*?\d+人", r"\d*\d*\d*x", r"\d+\s*\d+人",  # polynomial: n³ and worse
    "(?:a|a)" * 20 + "b", "a?" * 20 + "a" * 20, r"(?:(?=b)|(?=b)){20}!",  # exponential in the pattern's length
    r"\w+(?=\w+)x", r"(?:(?=\s){2,}){20}x",  # a lookahead re-read on every backtrack; repeated assertions
]

# Patterns a pack author writes in this domain; each must be accepted.
SAFE = [
    r"满意", r"满意度", r".*满意度.*", r"^(.*)(率|度)$", r"\d+(\.\d+)?%", r"^[^，,]+$", r"(培训|会议)",
    r"\d+年\d+月", r"[0-9]+(\.[0-9]+)?万元", r"(第[一二三四]季度|上半年|下半年)", r"增长率|增幅|增长|同比|环比|提高率",
    r"(报名|申请|咨询|来访|访问|求助|投保|参保)(的)?(人数|人次|量|数|户数|企业数)", r"(ab|a)*c", r"(foo|bar)*x",
    r"(\d+,)*x", r"(\d{4}-\d{2})+", r"\*\*", r"(?<![0-9])\*|\*(?![0-9])", r"[Xx×]{2,}", r"^[—–―\-/\\]+$",
    r"(?P<item>[\u4e00-\u9fff]{2,8})人次", r"\d+\s*人", r"^.*a.*b", r"(?i)abc", r"[^，]*，[^，]*，x", r"(ab?)+", r"(a|bc)*d", r"(?=.*满意)\S+率",
]

# Long inputs built from the characters these patterns use, with and without a failing tail.
PUMPS = ["a" * MAX_MATCH_INPUT, "ab" * (MAX_MATCH_INPUT // 2), "1" * MAX_MATCH_INPUT, "a1" * (MAX_MATCH_INPUT // 2),
         "a " * (MAX_MATCH_INPUT // 2), "中" * MAX_MATCH_INPUT, "1," * (MAX_MATCH_INPUT // 2), "，" * MAX_MATCH_INPUT]

HAVE_ALARM = hasattr(signal, "setitimer") and sys.platform != "win32"


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging) when the body uses more than ``seconds`` of CPU time: runaway
    backtracking burns CPU, while a loaded machine only stretches the wall clock."""
    if not HAVE_ALARM:  # pragma: no cover - Windows
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took longer than {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@pytest.mark.parametrize("pattern", EVIL)
def test_catastrophic_patterns_are_rejected(pattern: str) -> None:
    with pytest.raises(RegexRejected) as caught:
        compile_safe(pattern)
    reason = str(caught.value)
    assert re.search(r"[\u4e00-\u9fff]", reason) and re.search(r"[a-z]{4}", reason)  # Chinese and English


@pytest.mark.parametrize("pattern", SAFE)
def test_ordinary_patterns_are_accepted(pattern: str) -> None:
    assert compile_safe(pattern).pattern == pattern


@pytest.mark.skipif(not HAVE_ALARM, reason="needs SIGPROF to bound a runaway match")
@pytest.mark.parametrize("pattern", SAFE)
def test_accepted_patterns_stay_fast_on_long_input(pattern: str) -> None:
    compiled = compile_safe(pattern)
    # CPU time, not wall time: other processes on a loaded machine must not fail this (a
    # runaway match takes minutes of CPU; the alarm is only the backstop that ends one)
    started = time.process_time()
    with time_limit(60):
        for pump in PUMPS:
            for tail in ("", "!"):
                search(compiled, pump + tail)
    assert time.process_time() - started < 2.0


def test_builtin_pack_patterns_pass_the_vetting(engine) -> None:  # type: ignore[no-untyped-def]
    # Engine.build compiles every built-in regex through compile_safe; the placeholder
    # patterns of the built-in lexicon go through it too.
    assert engine.rules
    assert engine.lexicon.placeholder_patterns


def test_back_references_length_and_syntax_are_refused() -> None:
    for pattern, word in ((r"(a)\1", "反向引用"), (r"(?P<x>a)(?P=x)", "反向引用"),
                          ("a" * (MAX_PATTERN_LENGTH + 1), "过长"), ("(unclosed", "无效"), ("a{2,1}", "无效")):
        with pytest.raises(RegexRejected, match=word):
            vet(pattern)
    with pytest.raises(RegexRejected):
        vet(None)  # type: ignore[arg-type]


def test_matching_input_is_capped() -> None:
    pattern = compile_safe(r"x$")
    assert search(pattern, "a" * (MAX_MATCH_INPUT - 1) + "x") is not None
    assert search(pattern, "a" * MAX_MATCH_INPUT + "x") is None  # beyond the cap: not even looked at


# -- property: whatever the vetting accepts runs fast --------------------------------------

_ATOMS = st.sampled_from(["a", "b", r"\d", ".", "[ab]", "[^b]", r"\w", r"\s", "1", "中", ","])
_QUANTIFIERS = st.sampled_from(["*", "+", "?", "{2,}", "{1,5}", "{3}", "*?", "+?", "{20}"])


def _extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(inner, inner).map("".join),
        st.tuples(inner, _QUANTIFIERS).map(lambda t: f"(?:{t[0]}){t[1]}"),
        st.tuples(inner, inner).map(lambda t: f"(?:{t[0]}|{t[1]})"),
        inner.map(lambda t: f"(?={t})"),
    )


PATTERNS = st.tuples(st.sampled_from(["", "^"]), st.recursive(_ATOMS, _extend, max_leaves=10),
                     st.sampled_from(["", "$", "!", "x"])).map("".join)


@pytest.mark.skipif(not HAVE_ALARM, reason="needs SIGPROF to bound a runaway match")
@settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(PATTERNS)
def test_every_accepted_random_pattern_is_fast(pattern: str) -> None:
    try:
        compiled = compile_safe(pattern)
    except RegexRejected:
        return
    with time_limit(2):
        for pump in PUMPS:
            for tail in ("", "!"):
                search(compiled, pump + tail)


# -- packs: patterns are vetted when the pack loads ---------------------------------------

PACK = """pack:
  name: my-pack
  version: "1"
rules:
  - id: MY001
    name: my-rule
    severity: warning
    selector: {{scope: indicator, name_matches: {selector}}}
    check: name-pattern
    params: {{require: {require}}}
    message: {{zh: "“{{name}}”不合要求", en: "{{name}} is not right"}}
    summary: {{zh: 测试, en: test}}
    rationale: {{zh: 测试, en: test}}
    fix: {{zh: 测试, en: test}}
"""


def _quoted(text: str) -> str:
    """A YAML single-quoted scalar: backslashes stay as written."""
    return "'" + text.replace("'", "''") + "'"


@pytest.mark.parametrize("field,selector,require", [
    ("/rules/0/selector/name_matches", r"(\w+\s?)*$", "满意"),
    ("/rules/0/params", "满意", r"(a|aa)*"),
])
def test_a_pack_with_an_evil_pattern_is_rejected_naming_the_field(tmp_path: Path, field: str, selector: str,
                                                                  require: str) -> None:
    from ggtlint.engine.pack import PackError, load_pack

    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK.format(selector=_quoted(selector), require=_quoted(require)), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    assert caught.value.field == field and caught.value.line > 1
    assert "回溯" in caught.value.message


def test_a_safe_pack_loads(tmp_path: Path) -> None:
    from ggtlint.engine.pack import load_pack

    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK.format(selector=_quoted("人数$"), require=_quoted("满意")), encoding="utf-8")
    assert [rule.info.id for rule in load_pack(pack).rules] == ["MY001"]


def test_user_placeholder_patterns_are_vetted(tmp_path: Path) -> None:
    from ggtlint.values import LexiconError, load_lexicon

    folder = tmp_path / "lexicons"
    folder.mkdir()
    (folder / "placeholders.yaml").write_text("patterns:\n  - '(x+x+)+y'\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="回溯"):
        load_lexicon((folder,))
    (folder / "placeholders.yaml").write_text("patterns:\n  - '待[定补]'\n", encoding="utf-8")
    assert any(p.pattern == "待[定补]" for p in load_lexicon((folder,)).placeholder_patterns)


def test_every_shipped_pattern_passes_the_vetting() -> None:
    """The built-in packs load without vetting (start-up time); this is where they are vetted."""
    import yaml

    from ggtlint.regexsafety import vet

    from conftest import ROOT

    def patterns(node):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name_matches", "name_not_matches", "exempt_name", "free_name", "require") and isinstance(value, str):
                    yield value
                elif key == "patterns" and isinstance(value, list):
                    yield from value
                else:
                    yield from patterns(value)
        elif isinstance(node, list):
            for item in node:
                yield from patterns(item)

    # the packs and the lexicons (placeholders, standard markers), which start up trusted
    found = [p for path in sorted((ROOT / "rules").rglob("*.yaml")) for p in patterns(yaml.safe_load(path.read_text(encoding="utf-8")))]
    assert len(found) >= 5 and any("年一遇" in p for p in found)  # a lexicon's pattern is among them
    for pattern in dict.fromkeys(found):  # each once: a pattern shared by rules (an anchor) is one pattern
        vet(pattern)

"""Lexicon data for the value parser: loading, validating and merging the YAML word lists.

The word lists (vague terms, grade words, units, name hints, category aliases …) live in
``rules/lexicons/*.yaml`` so that a finance bureau can extend them without touching code. This
module reads the built-in folder plus any user folders, checks every file's shape (a broken file
raises :class:`LexiconError` naming the file), merges user entries into the built-in ones and
precompiles what the parser needs (unit table, term regexes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

import yaml

from ggtlint.bilingual import joined
from ggtlint.lazyregex import lazy_pattern
from ggtlint.regexsafety import RegexRejected, compile_safe
from ggtlint.resources import lexicons_dir
from ggtlint.textfile import read_problem, read_text

from .normalize import category_key, normalize

try:  # the C loader is several times faster; fall back when PyYAML was built without it
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

__all__ = ["HintRule", "Lexicon", "LexiconError", "UnitInfo", "default_lexicon", "load_lexicon"]

ONE = Decimal(1)

#: The kinds a name hint may expect.
HINT_KINDS = ("rate", "count", "deadline", "money", "per_unit")
#: Size classes of duration units (units.yaml ``time``).
TIME_CLASSES = ("minute", "hour", "day", "workday", "week", "month", "quarter", "year")


class LexiconError(Exception):
    """A lexicon file is missing, unreadable or has the wrong shape; why, in Chinese
    (``message``) and English (``message_en``)."""

    def __init__(self, path: Path | str, message: str, message_en: str) -> None:
        self.path = Path(path)
        self.message = message
        self.message_en = message_en
        super().__init__(joined(self.in_language("zh"), self.in_language("en")))

    def in_language(self, lang: str) -> str:
        """Which file and why, in ``lang`` ("zh" or "en")."""
        if lang == "en":
            return f"lexicon file {self.path.name}: {self.message_en} [{self.path}]"
        return f"词表文件 {self.path.name} 有误：{self.message} [{self.path}]"


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What a unit written after a number means.

    ``scale`` turns the written number into ``ParsedValue.number`` (15万张 → ×10000);
    ``to_yuan``/``to_percent`` convert money/rates; ``per`` is the denominator of a per-unit.
    """

    kind: str
    unit: str | None
    scale: Decimal = ONE
    to_yuan: Decimal | None = None
    to_percent: Decimal | None = None
    time: str | None = None
    per: str | None = None


@dataclass(frozen=True, slots=True)
class HintRule:
    """One ordered name-hint rule: a name that ends with / contains one of ``words`` → ``kind``."""

    match: str  # "suffix" or "contains"
    kind: str
    words: tuple[str, ...]


# Where a rule parameter listing units of one measure went (REL008 unit_scales, FUND007 convertible_units):
# what a configuration still giving one is told
MEASURES_MOVED = ("同一种量的单位及其换算写在词表 units.yaml 的 measures 中（在自己的词表文件夹中放同名文件即可增补）",
                  "units of one measure and their worth are the lexicon's measures (units.yaml; add to them with a "
                  "file of that name in your own lexicon folder)")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The merged, validated lexicon with precompiled lookups. Immutable; safe to share."""

    sources: tuple[Path, ...]
    vague_terms: tuple[str, ...]
    vague_exact: frozenset[str]
    grades: tuple[str, ...]
    yes_terms: frozenset[str]
    no_terms: frozenset[str]
    #: "none happened" values written out: prefix … event (无重大安全事故); prefixes longest first
    none_prefixes: tuple[str, ...]
    none_events: tuple[str, ...]
    none_not_after: tuple[str, ...]
    #: a quality met by a named standard or class: verb [qualifier] pattern (达到《…》一级A标准)
    standard_verbs: tuple[str, ...]
    standard_qualifiers: tuple[str, ...]
    standard_patterns: tuple[re.Pattern[str], ...]
    immediate_terms: tuple[str, ...]
    external_terms: tuple[str, ...]
    horizon_terms: frozenset[str]
    placeholder_patterns: tuple[re.Pattern[str], ...]
    placeholder_terms: frozenset[str]
    multipliers: Mapping[str, Decimal]
    hint_rules: tuple[HintRule, ...]
    people_terms: tuple[str, ...]
    negative_terms: tuple[str, ...]
    negative_exceptions: tuple[str, ...]
    negative_manner: tuple[str, ...]
    negative_reductions: tuple[str, ...]
    negative_records: tuple[str, ...]
    #: variant (and canonical) 一级 name → canonical name
    level1_aliases: Mapping[str, str]
    #: variant (and canonical) 二级 name → canonical name (typos included)
    level2_aliases: Mapping[str, str]
    #: canonical 二级 name → {"legacy": (一级, …), "fw2021": (一级, …)}
    level2_parents: Mapping[str, Mapping[str, tuple[str, ...]]]
    #: misspelt category name → canonical name (R43 reports these)
    category_typos: Mapping[str, str]
    # --- precompiled, derived from the lists above ---
    units: Mapping[str, UnitInfo] = field(repr=False, default_factory=dict)
    #: a quantity unit → (its measure, what one of it is worth in that measure): 公顷 → (area, 15)
    measures: Mapping[str, tuple[int, Decimal]] = field(repr=False, default_factory=dict)
    vague_re: re.Pattern[str] | None = field(repr=False, default=None)
    graded_re: re.Pattern[str] | None = field(repr=False, default=None)
    immediate_re: re.Pattern[str] | None = field(repr=False, default=None)
    external_re: re.Pattern[str] | None = field(repr=False, default=None)
    policy_re: re.Pattern[str] | None = field(repr=False, default=None)
    policy_phrase_re: re.Pattern[str] | None = field(repr=False, default=None)
    #: words naming one thing in other words (改厕 for 户厕改造), each (word, the group's first word), longest
    #: word first: a cost line and its output are compared in the first word (same-things.yaml)
    same_things: tuple[tuple[str, str], ...] = ()
    #: things measured by weight or volume (柴油, 粪污), the words of amount their names may end with (消耗, 处理量),
    #: the units counting whole bodies that are never theirs (台, 头), and each product with every input it may be
    #: made from (有机肥 from 粪污, 秸秆 …): units-of-things.yaml
    substances: tuple[str, ...] = ()
    substance_amounts: tuple[str, ...] = ()
    body_units: frozenset[str] = frozenset()
    made_from: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: per-lexicon caches owned by the parser and hint modules (keyed by their own names)
    memo: dict[str, Any] = field(repr=False, default_factory=dict)

    def unit_info(self, unit: str) -> UnitInfo | None:
        """Look up a unit as written (万元, 元/人·月, 个村 …); None if unknown."""
        memo: dict[str, UnitInfo | None] = self.memo.setdefault("unit_info", {})
        try:
            return memo[unit]
        except KeyError:
            pass
        info = self._resolve_unit(unit)
        if len(memo) < 4096:  # units are a small closed set in practice; do not grow unbounded
            memo[unit] = info
        return info

    def conversion(self, unit: str, into: str) -> Decimal | None:
        """How many ``into`` one ``unit`` is, for units of one measure (公顷 into 亩: 15; kW into 千瓦: 1;
        a unit into itself: 1); None for units measuring different things or not listed in ``measures``."""
        if unit == into:
            return ONE
        have, want = self.measures.get(unit), self.measures.get(into)
        if have is None or want is None or have[0] != want[0]:
            return None
        return have[1] / want[1]

    def _resolve_unit(self, unit: str) -> UnitInfo | None:
        info = self.units.get(unit)
        if info is not None:
            return info
        if "/" in unit:
            # a per-unit value: "元/人", "万元/个", "次/年", "元/人·月"
            left, _, per = unit.partition("/")
            per = without_variant(per)  # 元/台（套）: per 台, the bracket names its variant
            base = self.units.get(left)
            if base is None or not per or base.kind in ("rate", "number"):
                return None
            # a multiplier is applied to the number, so it leaves the unit: 4万吨/日 is 40000 吨/日
            shown = f"{base.unit}/{per}" if base.scale is not None and base.unit else f"{left}/{per}"
            return UnitInfo("per_unit", shown, base.scale, base.to_yuan, None, base.time, per)
        # a counting unit followed by a short noun: "个村", "名学生", "万名学生" (not a half hour or month:
        # 1个半小时 is an hour and a half, which the parser reads; 3个半天 is three half days; nor a time
        # with its deed: 个工作日内办理, 个月内完工 are a limit, read as one; nor with a count of times:
        # 6个月一次 is how often)
        for cut in range(min(len(unit) - 1, 6), 0, -1):
            base = self.units.get(unit[:cut])
            tail = unit[cut:]
            if base is not None and base.kind != "count":
                if tail.startswith(("内", "以内", "之内")) or tail.endswith(("次", "巡")):
                    return None  # a time and its limit (个月内整改) or how often in it (个月一次): no 个 with a noun
                continue  # (个月份 may still be 个 with a noun: a count of months)
            if base is not None and _CJK_TAIL.fullmatch(tail) and tail not in ("半小时", "半月"):
                return UnitInfo("count", f"{base.unit}{tail}", base.scale)
        return None


_CJK_TAIL = lazy_pattern(r"[\u4e00-\u9fff]{1,6}")
# a variant of a unit, in brackets after it: 元/台(套), 元/人(次), a 计量单位 of 台(套)
_VARIANT = lazy_pattern(r"\([\u4e00-\u9fff]{1,3}\)$")


def without_variant(unit: str) -> str:
    """The unit a variant in brackets qualifies (normalised text): 台(套) is 台; the unit as it is otherwise."""
    return _VARIANT.sub("", unit) or unit

# ---------------------------------------------------------------------------------------------
# File shapes. Each file is a mapping; every key is optional in a user file, unknown keys are
# errors (a misspelt key would otherwise silently drop the user's words).

_STR_LIST = "list of strings"
_NUM_MAP = "mapping of unit to number"
_STR_MAP = "mapping of unit to size class"
_HINT_LIST = "list of {kind, words}"
_CATEGORY_MAP = "mapping of category names"
_MEASURE_LIST = "list of mappings of unit to number"

_FILES: dict[str, dict[str, str]] = {
    "vague-terms.yaml": {"terms": _STR_LIST, "exact": _STR_LIST},
    "graded-terms.yaml": {"grades": _STR_LIST, "suffixes": _STR_LIST},
    "yesno-terms.yaml": {"affirmative": _STR_LIST, "negative": _STR_LIST, "none_prefixes": _STR_LIST,
                         "none_events": _STR_LIST, "none_not_after": _STR_LIST},
    "standard-markers.yaml": {"verbs": _STR_LIST, "qualifiers": _STR_LIST, "patterns": _STR_LIST},
    "immediate-terms.yaml": {"terms": _STR_LIST},
    "external-deadline-terms.yaml": {"terms": _STR_LIST},
    "horizon-terms.yaml": {"terms": _STR_LIST},
    "policy-markers.yaml": {"prefixes": _STR_LIST, "keywords": _STR_LIST, "phrases": _STR_LIST},
    "placeholders.yaml": {"patterns": _STR_LIST, "terms": _STR_LIST},
    "units.yaml": {
        "quantity": _STR_LIST,
        "multipliers": _NUM_MAP,
        "money": _NUM_MAP,
        "rate": _NUM_MAP,
        "time": _STR_MAP,
        "other": _STR_LIST,
        "measures": _MEASURE_LIST,
    },
    "name-hints.yaml": {"suffix": _HINT_LIST, "contains": _HINT_LIST, "people": _STR_LIST},
    "negative-direction.yaml": {"terms": _STR_LIST, "exceptions": _STR_LIST, "manner": _STR_LIST,
                                "reductions": _STR_LIST, "records": _STR_LIST},
    "category-aliases.yaml": {"level1": _CATEGORY_MAP, "level2": _CATEGORY_MAP},
    "same-things.yaml": {"groups": _STR_LIST},
    "units-of-things.yaml": {"substances": _STR_LIST, "amounts": _STR_LIST, "bodies": _STR_LIST,
                             "made_from": _STR_LIST},
}

def lexicon_files() -> dict[str, dict[str, str]]:
    """Every lexicon file name and the keys it may hold, with their shapes (for the docs)."""
    return {name: dict(keys) for name, keys in _FILES.items()}


_LEVEL1_KEYS = {"aliases"}
_LEVEL2_KEYS = {"parent", "parent_fw2021", "also_under", "aliases", "typos"}


def _canonical_name(path: Path) -> str:
    """``foo.yml`` is accepted for ``foo.yaml``."""
    return path.stem + ".yaml" if path.suffix == ".yml" else path.name


def _read_file(path: Path) -> dict[str, Any]:
    """Read and shape-check one lexicon file."""
    spec = _FILES.get(_canonical_name(path))
    if spec is None:
        raise LexiconError(path, f"未知的词表文件名，应为 {'、'.join(sorted(_FILES))} 之一",
                           f"unknown lexicon file; expected one of {', '.join(sorted(_FILES))}")
    try:
        text = read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        zh, en = read_problem(exc)
        raise LexiconError(path, f"无法读取：{zh}", f"cannot read: {en}") from None
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.load.yamlparse import problem_words, structure_problem

    problem = structure_problem(text, DEFAULT_LIMITS)  # before libyaml composes deep nesting
    if problem is not None:
        raise LexiconError(path, f"第 {problem.line} 行超出安全限制：{problem.problem}",
                           f"over a safety limit at line {problem.line}: {problem.problem}")
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where_zh = f"（第 {mark.line + 1} 行）" if mark is not None else ""
        where_en = f" at line {mark.line + 1}" if mark is not None else ""
        zh, en = problem_words(str(getattr(exc, "problem", None) or exc))
        raise LexiconError(path, f"YAML 格式错误{where_zh}：{zh}", f"invalid YAML{where_en}: {en}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(path, "顶层应为一组“字段: 值”", "the top level must be a mapping")
    for key, value in data.items():
        shape = spec.get(key) if isinstance(key, str) else None
        if shape is None:
            raise LexiconError(path, f"未知字段 {key!r}，可用：{'、'.join(spec)}",
                               f"unknown key {key!r}; allowed: {', '.join(spec)}")
        _check_shape(path, key, value, shape)
    return data


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _check_shape(path: Path, key: str, value: Any, shape: str) -> None:
    if shape == _STR_LIST:
        if not isinstance(value, list):
            raise LexiconError(path, f"字段 {key!r} 应为文字的列表", f"{key!r} should be a {shape}")
        for i, item in enumerate(value):
            if not _is_text(item):
                # YAML reads bare null/yes/no/123 as non-strings: say so, they need quotes
                raise LexiconError(path, f"{key}[{i}] = {item!r} 应为非空的文字（必要时加引号）",
                                   f"{key}[{i}] = {item!r} must be a non-empty string; quote it")
    elif shape == _NUM_MAP:
        if not isinstance(value, dict):
            raise LexiconError(path, f"字段 {key!r} 应为一组“名称: 值”", f"{key!r} should be a {shape}")
        for unit, number in value.items():
            if not _is_text(unit) or isinstance(number, bool) or not isinstance(number, (int, float, str)):
                raise LexiconError(path, f"字段 {key!r} 中 {unit!r} 的值应为数字",
                                   f"the value of {unit!r} under {key!r} should be a number ({shape})")
            try:
                ok = Decimal(str(number)) > 0
            except InvalidOperation:
                ok = False
            if not ok:
                raise LexiconError(path, f"字段 {key!r} 中 {unit!r} 的值应为正数",
                                   f"the value of {unit!r} under {key!r} should be a positive number ({shape})")
    elif shape == _MEASURE_LIST:
        if not isinstance(value, list):
            raise LexiconError(path, f"字段 {key!r} 应为列表", f"{key!r} should be a {shape}")
        for i, group in enumerate(value):
            _check_shape(path, f"{key}[{i}]", group, _NUM_MAP)
    elif shape == _STR_MAP:
        if not isinstance(value, dict):
            raise LexiconError(path, f"字段 {key!r} 应为一组“名称: 值”", f"{key!r} should be a {shape}")
        for unit, size in value.items():
            if not _is_text(unit) or size not in TIME_CLASSES:
                raise LexiconError(path, f"字段 {key!r} 中 {unit!r} 的值应为 {'/'.join(TIME_CLASSES)} 之一",
                                   f"the value of {unit!r} under {key!r} should be one of {'/'.join(TIME_CLASSES)}")
    elif shape == _HINT_LIST:
        if not isinstance(value, list):
            raise LexiconError(path, f"字段 {key!r} 应为列表", f"{key!r} should be a {shape}")
        for i, rule in enumerate(value):
            if not isinstance(rule, dict) or set(rule) != {"kind", "words"}:
                raise LexiconError(path, f"{key}[{i}] 应含且仅含 kind 与 words",
                                   f"{key}[{i}] should have kind and words, nothing else ({shape})")
            if rule["kind"] not in HINT_KINDS:
                raise LexiconError(path, f"{key}[{i}].kind 应为 {'/'.join(HINT_KINDS)} 之一，而不是 {rule['kind']!r}",
                                   f"{key}[{i}].kind should be one of {'/'.join(HINT_KINDS)}, not {rule['kind']!r}")
            if not isinstance(rule["words"], list) or not all(_is_text(w) for w in rule["words"]):
                raise LexiconError(path, f"{key}[{i}].words 应为非空文字的列表",
                                   f"{key}[{i}].words should be a list of non-empty strings")
    elif shape == _CATEGORY_MAP:
        if not isinstance(value, dict):
            raise LexiconError(path, f"字段 {key!r} 应为一组“名称: 值”", f"{key!r} should be a {shape}")
        allowed = _LEVEL1_KEYS if key == "level1" else _LEVEL2_KEYS
        for name, entry in value.items():
            if not _is_text(name):
                raise LexiconError(path, f"{key} 中的类别名称应为非空的文字",
                                   f"the category names under {key} should be non-empty strings")
            entry = entry or {}
            if not isinstance(entry, dict) or not set(entry) <= allowed:
                raise LexiconError(path, f"{key}.{name} 只能含 {'、'.join(sorted(allowed))}",
                                   f"{key}.{name} may only have {', '.join(sorted(allowed))}")
            for sub, val in entry.items():
                if sub in ("parent", "parent_fw2021"):
                    if not _is_text(val):
                        raise LexiconError(path, f"{key}.{name}.{sub} 应为一级指标名称",
                                               f"{key}.{name}.{sub} should be the name of a 一级 category")
                elif not isinstance(val, list) or not all(_is_text(v) for v in val):
                    raise LexiconError(path, f"{key}.{name}.{sub} 应为非空文字的列表",
                                           f"{key}.{name}.{sub} should be a list of non-empty strings")


def _merge(base: Any, extra: Any) -> Any:
    """User data extends built-in data: lists are extended, mappings merged key by key.

    Name-hint rules (lists of ``{kind, words}``) are merged by kind so that a user can add a word
    to an existing rule without changing the rule order.
    """
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        if all(isinstance(r, dict) and "kind" in r for r in base + extra):
            rules = [dict(r, words=list(r["words"])) for r in base]
            for rule in extra:
                same = next((r for r in rules if r["kind"] == rule["kind"]), None)
                if same is None:
                    rules.append(dict(rule, words=list(rule["words"])))
                else:
                    same["words"] = _merge(same["words"], rule["words"])
            return rules
        out_list = list(base)
        seen = {repr(v) for v in out_list}
        for value in extra:
            if repr(value) not in seen:
                seen.add(repr(value))
                out_list.append(value)
        return out_list
    return extra


@lru_cache(maxsize=1)
def _builtin_raw() -> tuple[tuple[Path, ...], dict[str, Any]]:
    folder = lexicons_dir()
    raw: dict[str, Any] = {}
    paths = []
    for name in _FILES:
        path = folder / name
        if not path.is_file():
            raise LexiconError(path, "内置词表缺失", "built-in lexicon file missing")
        raw[name] = _read_file(path)
        paths.append(path)
    return tuple(paths), raw


def _user_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise LexiconError(folder, "词表目录不存在", "lexicon folder not found")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml"))


def load_lexicon(extra_dirs: Sequence[Path] = ()) -> Lexicon:
    """The built-in lexicon, extended by the lexicon files found in ``extra_dirs``.

    A user file must have the name of a built-in file (``vague-terms.yaml`` …); its list entries
    are added to the built-in lists. The built-in lexicon alone is cached.
    """
    if not extra_dirs:
        return _builtin_lexicon()
    paths, raw = _builtin_raw()
    merged = dict(raw)
    sources = list(paths)
    for folder in extra_dirs:
        for path in _user_files(Path(folder)):
            data = _read_file(path)
            name = _canonical_name(path)
            merged[name] = _merge(merged[name], data)
            sources.append(path)
    return _build(tuple(sources), merged)


@lru_cache(maxsize=1)
def _builtin_lexicon() -> Lexicon:
    from ggtlint.regexsafety import trusted_patterns

    paths, raw = _builtin_raw()
    with trusted_patterns():  # shipped patterns are vetted in tests/test_regexsafety.py, not at every start
        return _build(paths, raw)


def default_lexicon() -> Lexicon:
    """The built-in lexicon (cached)."""
    return _builtin_lexicon()


# ---------------------------------------------------------------------------------------------


def _words(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list of words, normalised the way values are, without duplicates, order kept."""
    out: dict[str, None] = {}
    for word in data.get(key) or ():
        out.setdefault(normalize(word), None)
    return tuple(w for w in out if w)


def _same_things(groups: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Each word of the groups (户厕改造、改厕、厕所改造) and the group's first word, the longest word first, so
    that a longer word is put in its first word's place before a shorter one inside it could be."""
    pairs: dict[str, str] = {}
    for group in groups:
        words = [word.strip() for word in group.split("、") if word.strip()]
        for word in words[1:]:
            pairs.setdefault(word, words[0])
    return tuple(sorted(pairs.items(), key=lambda pair: len(pair[0]), reverse=True))


def _made_from(lines: Sequence[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each product and the inputs it may be made from, of lines "有机肥：粪污、秸秆" (normalised: the colon may be
    either width); a line with no colon or no input names nothing and is left out."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for line in lines:
        product, _, inputs = line.replace(":", "：").partition("：")
        words = tuple(word.strip() for word in inputs.split("、") if word.strip())
        if product.strip() and words:
            out.append((product.strip(), words))
    return tuple(out)


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, each escaped, longest first so that "明显提升" wins over a shorter word it
    contains (ties in code-point order, so the pattern is the same from run to run)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _build(sources: tuple[Path, ...], raw: dict[str, Any]) -> Lexicon:
    def src(name: str) -> Path:
        # the last file of that name: for a merged list, the user's file is the likelier culprit
        return next((p for p in reversed(sources) if _canonical_name(p) == name), Path(name))

    vague = raw["vague-terms.yaml"]
    graded = raw["graded-terms.yaml"]
    yesno = raw["yesno-terms.yaml"]
    policy = raw["policy-markers.yaml"]
    holders = raw["placeholders.yaml"]
    units_raw = raw["units.yaml"]
    hints = raw["name-hints.yaml"]
    negative = raw["negative-direction.yaml"]

    def safe_patterns(name: str, data: dict[str, Any]) -> list[re.Pattern[str]]:
        compiled = []
        for pattern in data.get("patterns") or ():
            try:
                # user lexicons are untrusted like packs: vetted against catastrophic backtracking
                compiled.append(compile_safe(pattern))
            except RegexRejected as exc:
                raise LexiconError(src(name), f"{exc.zh} {pattern!r}", f"{exc.en} {pattern!r}") from None
        return compiled

    patterns = safe_patterns("placeholders.yaml", holders)
    standards = raw["standard-markers.yaml"]

    def num_map(key: str) -> dict[str, Decimal]:
        return {normalize(k): Decimal(str(v)) for k, v in (units_raw.get(key) or {}).items()}

    quantity = _words(units_raw, "quantity")
    multipliers = num_map("multipliers")
    money = num_map("money")
    rate = num_map("rate")
    time = {normalize(k): v for k, v in (units_raw.get("time") or {}).items()}
    other = _words(units_raw, "other")

    # one table from every unit as written to its meaning; a unit may be in one list only
    units: dict[str, UnitInfo] = {}
    owner: dict[str, str] = {}

    def put(unit: str, info: UnitInfo, list_name: str, derived: bool = False) -> None:
        if unit in units:
            if derived:
                return  # an explicit entry beats a multiplier combination
            raise LexiconError(src("units.yaml"), f"单位 {unit!r} 同时出现在 {owner[unit]} 与 {list_name} 中",
                               f"unit {unit!r} is in both {owner[unit]} and {list_name}")
        units[unit] = info
        owner[unit] = list_name

    for unit in quantity:
        put(unit, UnitInfo("count", unit), "quantity")
    for unit, to_yuan in money.items():
        put(unit, UnitInfo("money", unit, to_yuan=to_yuan), "money")
    for unit, to_percent in rate.items():
        put(unit, UnitInfo("rate", unit, to_percent=to_percent), "rate")
    for unit, size in time.items():
        put(unit, UnitInfo("duration", unit, time=size), "time")
    for unit in other:
        put(unit, UnitInfo("number", unit), "other")
    for word, factor in multipliers.items():
        put(word, UnitInfo("number", None, factor), "multipliers")
    for word, factor in multipliers.items():
        for unit in quantity:
            put(word + unit, UnitInfo("count", unit, factor), "multipliers", derived=True)
        # hours and minutes of service or broadcast are counted in 万 too: ≥4.2万小时 is 42000 hours
        for unit, size in time.items():
            if size in ("hour", "minute"):
                put(word + unit, UnitInfo("duration", unit, factor, time=size), "multipliers", derived=True)
    units[""] = UnitInfo("number", None)

    # units of one measure, each worth its number in the measure's own scale (亩: 1, 公顷: 15); a group
    # naming a unit of an earlier one (a user's {公顷: 1, 公亩: 0.01}) extends that measure in its scale
    measures: dict[str, tuple[int, Decimal]] = {}
    for index, group in enumerate(units_raw.get("measures") or ()):
        worths = {normalize(written): Decimal(str(worth)) for written, worth in group.items()}
        known = next((unit for unit in worths if unit in measures), None)
        measure, scale = (index, ONE) if known is None else (measures[known][0], measures[known][1] / worths[known])
        for unit, worth in worths.items():
            if owner.get(unit) != "quantity":
                raise LexiconError(src("units.yaml"), f"measures 中的 {unit!r} 不在 quantity 列表中",
                                   f"{unit!r} under measures is not in the quantity list")
            if measures.setdefault(unit, (measure, worth * scale)) != (measure, worth * scale):
                raise LexiconError(src("units.yaml"), f"measures 中 {unit!r} 的换算与前面的不一致",
                                   f"the worth of {unit!r} under measures disagrees with an earlier group")

    rules: list[HintRule] = []
    for match in ("suffix", "contains"):
        for rule in hints.get(match) or ():
            words = tuple(w for w in (normalize(x) for x in rule["words"]) if w)
            rules.append(HintRule(match, rule["kind"], words))

    categories = raw["category-aliases.yaml"]
    level1_aliases, level2_aliases, parents, typos = _categories(src("category-aliases.yaml"), categories)

    grades = _words(graded, "grades")
    suffixes = _words(graded, "suffixes")
    # B+, A++: the grades of the national assessment of public hospitals
    grade = f"(?:{alternation(grades)})(?:\\+{{1,2}})?(?:{alternation(suffixes)})?" if grades else "(?!)"
    graded_re = re.compile(rf"{grade}(?:[/、,或和及]{grade})*(?P<ge>及以上|以上)?") if grades else None

    prefixes = _words(policy, "prefixes")
    keywords = _words(policy, "keywords")
    phrases = _words(policy, "phrases")

    def term_re(words: Sequence[str]) -> re.Pattern[str] | None:
        return re.compile(alternation(words)) if words else None

    vague_terms = _words(vague, "terms")
    immediate = _words(raw["immediate-terms.yaml"], "terms")
    external = _words(raw["external-deadline-terms.yaml"], "terms")
    return Lexicon(
        sources=sources,
        vague_terms=vague_terms,
        vague_exact=frozenset(_words(vague, "exact")),
        grades=grades,
        yes_terms=frozenset(_words(yesno, "affirmative")),
        no_terms=frozenset(_words(yesno, "negative")),
        none_prefixes=tuple(sorted(_words(yesno, "none_prefixes"), key=len, reverse=True)),  # longest first
        none_events=_words(yesno, "none_events"),
        none_not_after=_words(yesno, "none_not_after"),
        standard_verbs=_words(standards, "verbs"),
        standard_qualifiers=_words(standards, "qualifiers"),
        standard_patterns=tuple(safe_patterns("standard-markers.yaml", standards)),
        immediate_terms=immediate,
        external_terms=external,
        horizon_terms=frozenset(_words(raw["horizon-terms.yaml"], "terms")),
        placeholder_patterns=tuple(patterns),
        placeholder_terms=frozenset(_words(holders, "terms")),
        multipliers=MappingProxyType(multipliers),
        hint_rules=tuple(rules),
        people_terms=_words(hints, "people"),
        negative_terms=_words(negative, "terms"),
        negative_exceptions=_words(negative, "exceptions"),
        negative_manner=_words(negative, "manner"),
        negative_reductions=_words(negative, "reductions"),
        negative_records=_words(negative, "records"),
        level1_aliases=MappingProxyType(level1_aliases),
        level2_aliases=MappingProxyType(level2_aliases),
        level2_parents=MappingProxyType(parents),
        category_typos=MappingProxyType(typos),
        units=MappingProxyType(units),
        measures=MappingProxyType(measures),
        vague_re=term_re(vague_terms),
        graded_re=graded_re,
        immediate_re=term_re(immediate),
        external_re=term_re(external),
        policy_re=re.compile(rf"(?:{alternation(prefixes)}).*?(?:{alternation(keywords)})")
        if prefixes and keywords
        else None,
        policy_phrase_re=term_re(phrases),
        same_things=_same_things(_words(raw["same-things.yaml"], "groups")),
        substances=_words(raw["units-of-things.yaml"], "substances"),
        substance_amounts=_words(raw["units-of-things.yaml"], "amounts"),
        body_units=frozenset(_words(raw["units-of-things.yaml"], "bodies")),
        made_from=_made_from(_words(raw["units-of-things.yaml"], "made_from")),
    )


def _categories(
    path: Path, data: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str], dict[str, Mapping[str, tuple[str, ...]]], dict[str, str]]:
    """Alias maps and parent table of the indicator categories, with cross-checks."""

    key = category_key
    level1: dict[str, str] = {}
    for name, entry in (data.get("level1") or {}).items():
        canonical = key(name)
        for alias in [name, *((entry or {}).get("aliases") or ())]:
            _add_alias(path, "level1", level1, key(alias), canonical)
    level2: dict[str, str] = {}
    parents: dict[str, Mapping[str, tuple[str, ...]]] = {}
    typos: dict[str, str] = {}
    for name, entry in (data.get("level2") or {}).items():
        entry = entry or {}
        canonical = key(name)
        if "parent" not in entry:
            raise LexiconError(path, f"level2.{name} 缺少 parent（它所属的一级指标）",
                               f"level2.{name} has no parent (the 一级 it belongs under)")
        legacy = [key(entry["parent"])]
        fw2021 = [key(entry.get("parent_fw2021", entry["parent"]))]
        also = [key(p) for p in entry.get("also_under") or ()]
        for parent in legacy + fw2021 + also:
            if parent not in level1.values():
                raise LexiconError(path, f"level2.{name} 的上级 {parent!r} 不是 level1 中的一级指标",
                                   f"the parent {parent!r} of level2.{name} is not a 一级 category of level1")
        parents[canonical] = MappingProxyType(
            {"legacy": tuple(dict.fromkeys(legacy + also)), "fw2021": tuple(dict.fromkeys(fw2021 + also))}
        )
        for alias in [name, *(entry.get("aliases") or ())]:
            _add_alias(path, "level2", level2, key(alias), canonical)
        for typo in entry.get("typos") or ():
            _add_alias(path, "level2", level2, key(typo), canonical)
            typos[key(typo)] = canonical
    return level1, level2, parents, typos


def _add_alias(path: Path, level: str, table: dict[str, str], alias: str, canonical: str) -> None:
    if table.get(alias, canonical) != canonical:
        raise LexiconError(path, f"{level} 中的名称 {alias!r} 同时指向 {table[alias]!r} 与 {canonical!r}",
                           f"the name {alias!r} under {level} stands for both {table[alias]!r} and {canonical!r}")
    table[alias] = canonical

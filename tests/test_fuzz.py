"""Fuzzing the loader and the engine: no input makes them raise, every finding is well formed.

Four sources of input: random bytes (through ``load_file``), random YAML-ish text, small
random edits of a real seed table, and random but schema-valid tables generated from a
strategy that mirrors docs/format.md (values in the forms budget officers write, so the
value parser runs on them through the engine). The properties live in plain functions so
``bench/fuzz_long.py`` can run them for minutes instead of seconds.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEED_DIR

# -- what a well-formed result looks like ----------------------------------------------------


@lru_cache(maxsize=1)
def fuzz_engine() -> Any:
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config

    return Engine.build(Config())


@lru_cache(maxsize=1)
def known_rule_ids() -> frozenset[str]:
    return frozenset(info.id for info in fuzz_engine().rule_infos())


def assert_well_formed(findings: list[Any], text: str) -> None:
    """Positions inside the text (1-based), a JSON-Pointer path, a known rule, both languages."""
    from ggtlint.findings import Severity

    line_count = max(1, len(text.splitlines()) + 1)
    for f in findings:
        assert f.rule_id in known_rule_ids(), f.rule_id
        assert isinstance(f.severity, Severity)
        assert 1 <= f.line <= line_count and f.column >= 1, (f.rule_id, f.line, f.column)
        assert f.end_line > f.line or (f.end_line == f.line and f.end_column >= f.column), f
        assert f.path == "" or f.path.startswith("/"), f.path
        assert f.message_zh and f.message_en, f.rule_id


def check_text(text: str) -> Any:
    """Load ``text`` as a target file and run every rule; returns the FileResult."""
    from ggtlint.load import load_text

    source = load_text(text, "fuzz.yaml")
    assert_well_formed(source.findings, text)
    result = fuzz_engine().check_source(source)
    assert_well_formed(result.findings, text)
    return result


def check_bytes(data: bytes, folder: Path) -> None:
    """Write ``data`` to a file and check it the way ``ggtlint check`` does."""
    from ggtlint.load import load_file

    path = folder / "fuzz.yaml"
    path.write_bytes(data)
    source = load_file(path, "fuzz.yaml")
    assert all(f.rule_id.startswith("LOAD") for f in source.findings)
    assert_well_formed(source.findings, source.text)
    result = fuzz_engine().check_source(source)
    assert_well_formed(result.findings, source.text)


# -- strategies ------------------------------------------------------------------------------

_HANZI = "人才引进培训就业补贴服务满意度率元万年月日前内以上底及时有效提升长期完成项目资金社会经济效益质量数量时效成本对象"
_WORDS = st.text(alphabet=_HANZI + "0123456789.%％，、（）() ·/-", min_size=0, max_size=24)

# The value forms of the brief and the seed tables, and combinations of their parts.
VALUE_FORMS = [
    "≥200人", "＝300000元", "≧95%", "164.6万元", "2023年12月31日前", "12月底前", "即时办理", "7*24小时",
    "50元/人", "1200元左右", "有效提升", "长期", "≥**", "**元/人·月", "XX", "——", "待定", "100%", "≤5个工作日",
    "达到要求服务质量水平", "是", "否", "≥90%", "＜3%", "3-5人", "1,600,000.00元", "2024年6月", "第四季度", "",
]
_OPS = st.sampled_from(["", "≥", "≤", "＝", "=", ">", "<", "≧", "≦", "≥ ", "不低于", "不超过"])
_NUMBERS = st.one_of(st.integers(0, 10**9).map(str),
                     st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False).map(str))
_UNITS = st.sampled_from(["", "人", "人次", "%", "％", "元", "万元", "个", "次", "天", "个工作日", "元/人", "小时", "户"])
VALUES = st.one_of(
    st.sampled_from(VALUE_FORMS),
    st.builds(lambda op, n, u: f"{op}{n}{u}", _OPS, _NUMBERS, _UNITS),
    st.builds(lambda y, m, d, tail: f"{y}年{m}月{d}日{tail}", st.integers(2015, 2030), st.integers(1, 12),
              st.integers(1, 31), st.sampled_from(["前", "", "之前", "以前"])),
    _WORDS,
    st.integers(-5, 10**6),
)

LEVEL1 = st.one_of(st.sampled_from(["产出指标", "效益指标", "满意度指标", "成本指标", "产出", "效益", "满 意 度 指 标"]), _WORDS.filter(bool))
LEVEL2 = st.one_of(st.sampled_from(["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "经济效益指标",
                                    "生态效益指标", "可持续影响指标", "服务对象满意度指标", "服务对像满意度",
                                    "经济成本指标", "社会成本指标", "生态环境成本指标", "数量"]), _WORDS.filter(bool))
_AMOUNTS = st.one_of(st.none(), st.integers(0, 10**10),
                     st.decimals(0, 10**8, places=2, allow_nan=False, allow_infinity=False).map(float),
                     st.sampled_from(["1,600,000.00", "300000", " 628 "]))
_TEXT_OR_NONE = st.one_of(st.none(), _WORDS)

INDICATORS = st.fixed_dictionaries(
    {"name": st.one_of(_WORDS, st.integers(0, 999)), "value": VALUES},
    optional={"unit": _TEXT_OR_NONE, "nature": st.sampled_from(["定量", "定性", None]),
              "weight": st.one_of(st.none(), st.integers(0, 100)), "note": _TEXT_OR_NONE},
)

TABLES = st.fixed_dictionaries(
    {
        "project": st.fixed_dictionaries(
            {"name": _TEXT_OR_NONE, "department": _TEXT_OR_NONE, "implementer": _TEXT_OR_NONE},
            optional={"code": st.one_of(_TEXT_OR_NONE, st.integers(0, 10**6)), "category": _TEXT_OR_NONE,
                      "year": st.one_of(st.none(), st.integers(1990, 2100), st.integers(1990, 2100).map(str)),
                      "region": _TEXT_OR_NONE, "title": _TEXT_OR_NONE,
                      "framework": st.sampled_from(["legacy", "fw2021", None])}),
        "funds": st.fixed_dictionaries(
            {"total": _AMOUNTS},
            optional={"unit": st.sampled_from(["元", "万元", None]), "fiscal": _AMOUNTS, "other": _AMOUNTS,
                      "fiscal_sources": st.one_of(st.none(), st.dictionaries(
                          st.sampled_from(["中央", "省级", "市级", "县级"]), _AMOUNTS, max_size=4))}),
        "goal": st.one_of(st.none(), _WORDS, st.lists(_WORDS, max_size=4).map("\n".join)),
        "indicators": st.dictionaries(
            LEVEL1, st.one_of(st.none(), st.dictionaries(LEVEL2, st.one_of(st.none(), st.lists(INDICATORS, max_size=4)),
                                                         max_size=4)), max_size=4),
    },
    optional={"version": st.just(1), "source": _TEXT_OR_NONE},
)


def dump(table: dict[str, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(table, ensure_ascii=False, indent=2)
    return yaml.safe_dump(table, allow_unicode=True, sort_keys=False)


# Tokens rather than characters: random YAML-ish text needs keys, indentation and markers
YAMLISH = st.lists(st.sampled_from(
    list("[]{}:,-?*&!|>'\"#%@` \t\n\r") + list("ab01") + list("人≥%元")
    + ["project:", "indicators:", "name: ", "value: ", "  ", "- ", "---\n", "!!python/object:x", "&a ", "*a",
       "\\e", "\ufeff", "\x85", "\u2028"]), max_size=60).map("".join)

SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEED_DIR.glob("*.yaml"))[:5]]
_EDIT_CHARS = list("[]{}:,-?*&!|>'\"# \t\n") + ["  ", "\n  ", "- ", "人", "≥", "\x00", "\x1b", "\u2028"]


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed table with a few random insertions, deletions and replacements."""
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(1, 3))):
        position = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from(_EDIT_CHARS))
        span = draw(st.integers(1, 12))
        if kind == "insert":
            text = text[:position] + piece + text[position:]
        elif kind == "delete":
            text = text[:position] + text[position + span:]
        else:
            text = text[:position] + piece + text[position + span:]
    return text


@lru_cache(maxsize=1)
def target_validator() -> Any:
    import jsonschema

    schema = json.loads((ROOT / "src" / "ggtlint" / "schema" / "target-v1.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def check_schema_valid_table(table: dict[str, Any], as_json: bool) -> None:
    """A schema-valid table loads without shape findings and checks without raising."""
    errors = list(target_validator().iter_errors(json.loads(json.dumps(table))))
    assert errors == [], errors[0].message  # the strategy mirrors the published schema
    text = dump(table, as_json)
    result = check_text(text)
    shape = [f for f in result.findings if f.rule_id in ("LOAD003", "LOAD004", "LOAD005", "LOAD006", "LOAD010")]
    assert shape == [], [(f.rule_id, f.path, f.message_en) for f in shape]


# database=None: no .hypothesis folder written into the checkout
FAST = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# -- the tests -------------------------------------------------------------------------------


@settings(FAST, max_examples=80)
@given(st.binary(max_size=2048))
def test_loader_survives_random_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    check_bytes(data, _scratch(tmp_path_factory))


@settings(FAST, max_examples=60)
@given(st.binary(max_size=512).map(lambda b: b"\xff\xfe" + b), st.booleans())
def test_loader_survives_random_utf16_and_gbk_like_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                                          gbk: bool) -> None:
    if gbk:  # high bytes only: decodes as GB18030 more often than not
        data = bytes(0x81 + (b % 0x7e) for b in data[2:])
    check_bytes(data, _scratch(tmp_path_factory))


@settings(FAST, max_examples=150)
@given(YAMLISH)
def test_loader_and_engine_survive_yamlish_text(text: str) -> None:
    check_text(text)


@settings(FAST, max_examples=150)
@given(mutated_seed())
def test_engine_survives_edited_real_tables(text: str) -> None:
    check_text(text)


@settings(FAST, max_examples=120)
@given(TABLES, st.booleans())
def test_random_schema_valid_tables_check_cleanly(table: dict[str, Any], as_json: bool) -> None:
    check_schema_valid_table(table, as_json)


def test_the_table_strategy_reaches_the_value_parser() -> None:
    """The generated values are parsed into several kinds, so parse_value is really exercised."""
    from ggtlint.load import load_text

    kinds: set[str] = set()

    @settings(FAST, max_examples=60, derandomize=True)  # a fixed draw: the count must not depend on luck
    @given(TABLES)
    def collect(table: dict[str, Any]) -> None:
        for source_table in load_text(dump(table, False), "k.yaml").tables:
            for row in fuzz_engine().context(source_table).rows:
                kinds.add(row.parsed.kind)

    collect()
    assert len(kinds) >= 4, kinds


_SCRATCH: dict[str, Path] = {}


def _scratch(factory: pytest.TempPathFactory) -> Path:
    if "dir" not in _SCRATCH:
        _SCRATCH["dir"] = factory.mktemp("fuzz")
    return _SCRATCH["dir"]

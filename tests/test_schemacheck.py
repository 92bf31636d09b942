"""ggtlint's small JSON Schema validator agrees with jsonschema on every shipped schema."""

from __future__ import annotations

import copy
import json

import jsonschema
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggtlint.primitives import PRIMITIVES
from ggtlint.schemacheck import SUPPORTED, check_schema_keywords, validate

from conftest import ROOT, SEED_DIR

SCHEMA_DIR = ROOT / "src" / "ggtlint" / "schema"
SCHEMAS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.json")}
# the C loader when PyYAML has it: the same documents, read in a fifth of the time (every xdist worker
# reads the packs when it collects this module)
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PACKS = [yaml.load(p.read_text(encoding="utf-8"), Loader=_FAST_LOADER)
         for p in sorted((ROOT / "rules").glob("*.yaml"))]


def test_every_keyword_used_is_supported() -> None:
    for name, schema in SCHEMAS.items():
        assert check_schema_keywords(schema) <= SUPPORTED, name
    for name, primitive in PRIMITIVES.items():
        assert check_schema_keywords(primitive.PARAMS_SCHEMA) <= SUPPORTED, name


def _agree(instance: object, schema: dict) -> None:
    ours = not validate(instance, schema)
    theirs = jsonschema.Draft7Validator(schema).is_valid(instance)
    assert ours == theirs, (instance, validate(instance, schema))


def test_shipped_documents_agree() -> None:
    for pack in PACKS:
        _agree(pack, SCHEMAS["pack-v1.schema"])
        for rule in pack["rules"]:
            _agree(rule.get("params", {}), PRIMITIVES[rule["check"]].PARAMS_SCHEMA)
    for path in SEED_DIR.glob("*.yaml"):
        _agree(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMAS["target-v1.schema"])


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=6), st.sampled_from(["error", "warning", "info", "table", "indicator", "ABC123", "R01", "x-y"]),
                    st.lists(st.text(max_size=3), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, prefix + (index,))
    return found


_PACK = PACKS[0]
_PACK_PATHS = _paths(_PACK)
_CONFIG = {"select": ["VAL"], "ignore": ["SAT001"], "severity": {"VAL001": "warning"}, "framework": "auto",
           "budget_year": 2023, "params": {"SAT001": {"min": 85}}, "per_file_ignores": {"a/*": ["X"]}}
_CONFIG_PATHS = _paths(_CONFIG)


def _mutate(document: object, path: tuple, value: object) -> object:
    document = copy.deepcopy(document)
    if not path:
        return value
    parent = document
    for part in path[:-1]:
        parent = parent[part]  # type: ignore[index]
    parent[path[-1]] = value  # type: ignore[index]
    return document


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_PACK_PATHS), _VALUES)
def test_mutated_packs_agree(path: tuple, value: object) -> None:
    _agree(_mutate(_PACK, path, value), SCHEMAS["pack-v1.schema"])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_CONFIG_PATHS), _VALUES)
def test_mutated_configs_agree(path: tuple, value: object) -> None:
    _agree(_mutate(_CONFIG, path, value), SCHEMAS["config-v1.schema"])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(PRIMITIVES)), st.dictionaries(st.sampled_from(
    ["mode", "report", "field", "min", "max_length", "terms", "check", "forbid_ops", "allow", "level1", "pairs", "above"]), _VALUES, max_size=3))
def test_random_params_agree(name: str, params: dict) -> None:
    _agree(params, PRIMITIVES[name].PARAMS_SCHEMA)

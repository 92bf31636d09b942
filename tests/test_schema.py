"""The published JSON Schema (``ggtlint schema``) and the loader's own validator agree."""

from __future__ import annotations

import copy
import json

import jsonschema
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ggtlint.load import load_text
from ggtlint.resources import schema_path

from conftest import BAD_DIR, SEED_DIR

SCHEMA = json.loads(schema_path().read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
SHAPE_CODES = {"LOAD004", "LOAD005", "LOAD006", "LOAD011"}


def test_schema_is_valid_draft7() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_seed_fixtures_validate() -> None:
    for path in sorted(SEED_DIR.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert list(VALIDATOR.iter_errors(document)) == [], path.name


def test_wrong_types_fixture_fails_both() -> None:
    text = (BAD_DIR / "wrong-types.yaml").read_text(encoding="utf-8")
    assert list(VALIDATOR.iter_errors(yaml.safe_load(text)))
    assert {f.rule_id for f in load_text(text, "w.yaml").findings} & SHAPE_CODES


BASE = yaml.safe_load((SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8"))
_LEAVES: list[tuple[str, ...]] = []


def _collect(node: object, path: tuple[str, ...]) -> None:
    _LEAVES.append(path)
    if isinstance(node, dict):
        for key, value in node.items():
            _collect(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _collect(value, path + (index,))  # type: ignore[arg-type]


_collect(BASE, ())
_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 10**7), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=8), st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.sampled_from(["元", "万元", "legacy", "fw2021", "1,600,000.00", "≥200人", "2023"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_LEAVES), _VALUES)
def test_loader_and_schema_agree_on_mutated_tables(path: tuple, value: object) -> None:
    document = copy.deepcopy(BASE)
    if path:
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = value
    else:
        document = value
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    schema_ok = not list(VALIDATOR.iter_errors(document))
    source = load_text(text, "m.yaml")
    loader_shape_errors = {f.rule_id for f in source.findings} & SHAPE_CODES
    if schema_ok:
        assert not loader_shape_errors, (path, value, [f.message_en for f in source.findings])
    if loader_shape_errors:
        assert not schema_ok, (path, value)

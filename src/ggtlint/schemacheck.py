"""A small JSON Schema validator for ggtlint's own schemas (packs, configs, primitive params).

Why not jsonschema at run time: importing it costs from 0.1 s up to several seconds (its
format checkers load optional grammar libraries), which would dominate checking one file.
This covers the keywords ggtlint's schemas use — type, enum, const, required, properties,
additionalProperties, propertyNames, minProperties, items, minItems, maxItems, minLength, maxLength, pattern,
minimum, maximum, exclusiveMinimum, exclusiveMaximum, oneOf, $ref to local definitions — and a test checks it agrees with
jsonschema on every shipped schema and on mutated documents.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
    "integer": (int,), "number": (int, float), "null": (type(None),),
}


@dataclass(frozen=True, slots=True)
class SchemaError:
    path: tuple[Any, ...]   # where in the instance
    validator: str          # the keyword that failed
    message: str            # English, short
    message_zh: str = ""    # the same in Chinese, for people writing a config file
    plain_en: str = ""      # the same in plain English where ``message`` is the validator's jargon

    @property
    def text(self) -> str:
        """Chinese first, the English after it: "应为整数，现为 '2023' ('2023' is not of type integer)"."""
        return f"{self.message_zh} ({self.message})" if self.message_zh else self.message

    @property
    def english(self) -> str:
        """The error for a person reading English."""
        return self.plain_en or self.message


# JSON Schema types in a reader's words
_TYPE_EN = {"integer": "a whole number", "number": "a number", "string": "text", "boolean": "true or false",
            "array": "a list", "object": "a mapping of 'field: value'", "null": "empty"}
_TYPE_ZH = {"integer": "整数", "number": "数字", "string": "文字", "boolean": "true 或 false", "array": "列表",
            "object": "一组“字段: 值”", "null": "空值"}


@lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _is_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


# keyword, "the value is outside", wording of the error in English and Chinese
_BOUNDS: tuple[tuple[str, Callable[[Any, Any], bool], str], ...] = (
    ("minimum", lambda value, bound: value < bound, "is less than the minimum of", "不能小于"),
    ("maximum", lambda value, bound: value > bound, "is greater than the maximum of", "不能大于"),
    ("exclusiveMinimum", lambda value, bound: value <= bound, "must be greater than", "应大于"),
    ("exclusiveMaximum", lambda value, bound: value >= bound, "must be less than", "应小于"),
)


def validate(instance: Any, schema: dict[str, Any]) -> list[SchemaError]:
    """Every error of ``instance`` against ``schema`` (empty list when valid)."""
    errors: list[SchemaError] = []
    _check(instance, schema, schema, (), errors)
    return errors


def _check(value: Any, schema: Any, root: dict[str, Any], path: tuple[Any, ...], errors: list[SchemaError]) -> None:
    if schema is True or schema == {}:
        return
    if schema is False:
        errors.append(SchemaError(path, "false", "no value is allowed here", "这里不能有值"))
        return
    if "$ref" in schema:
        ref = schema["$ref"]
        target: Any = root
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        _check(value, target, root, path, errors)
        return
    kind = schema.get("type")
    if kind is not None:
        names = kind if isinstance(kind, list) else [kind]
        if not any(_is_type(value, name) for name in names):
            errors.append(SchemaError(path, "type", f"{value!r} is not of type {' or '.join(names)}",
                                      f"应为{'或'.join(_TYPE_ZH.get(n, n) for n in names)}，现为 {value!r}",
                                      f"should be {' or '.join(_TYPE_EN.get(n, n) for n in names)}, not {value!r}"))
            return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(SchemaError(path, "enum", f"{value!r} is not one of {schema['enum']!r}",
                                  f"{value!r} 不是可选的值，应为 {'、'.join(map(str, schema['enum']))} 之一",
                                  f"{value!r} is not an allowed value; use one of {', '.join(map(str, schema['enum']))}"))
    if "const" in schema and value != schema["const"]:
        errors.append(SchemaError(path, "const", f"{value!r} is not {schema['const']!r}", f"应为 {schema['const']!r}"))
    if "oneOf" in schema:
        failing = [_sub(value, option, root, path) for option in schema["oneOf"]]
        passing = sum(1 for found in failing if not found)
        closest = _closest_form(failing, path) if passing == 0 else None
        if closest is not None:  # what is wrong with the form the value was meant to take
            errors.extend(closest)
        elif passing != 1:
            shown = _short(value)
            errors.append(SchemaError(path, "oneOf", f"{shown} is not valid under exactly one of the allowed forms",
                                      f"{shown} 不符合允许的写法"))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(SchemaError(path, "minLength", f"{value!r} is too short", f"{value!r} 太短"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(SchemaError(path, "maxLength", f"{value!r} is too long", f"{value!r} 太长"))
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            errors.append(SchemaError(path, "pattern", f"{value!r} does not match {schema['pattern']!r}",
                                      f"{value!r} 的写法不对"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        for keyword, outside, words, words_zh in _BOUNDS:
            if keyword in schema and outside(value, schema[keyword]):
                errors.append(SchemaError(path, keyword, f"{value!r} {words} {schema[keyword]}",
                                          f"{value!r} {words_zh} {schema[keyword]}"))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(SchemaError(path, "minItems", f"{value!r} should have at least {schema['minItems']} items",
                                      f"至少要有 {schema['minItems']} 项"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(SchemaError(path, "maxItems", f"{value!r} has more than {schema['maxItems']} items",
                                      f"最多 {schema['maxItems']} 项"))
        if "items" in schema:
            for index, item in enumerate(value):
                _check(item, schema["items"], root, path + (index,), errors)
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                errors.append(SchemaError(path, "required", f"'{key}' is a required property", f"缺少字段“{key}”"))
        if len(value) < schema.get("minProperties", 0):
            errors.append(SchemaError(path, "minProperties", "too few properties", "字段太少"))
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        names = schema.get("propertyNames")
        for key, item in value.items():
            if names is not None:
                _check(key, names, root, path + (key,), errors)
            if key in properties:
                _check(item, properties[key], root, path + (key,), errors)
            elif extra is False and key in schema.get("x-retired", {}):  # a field that was, and where it went
                zh, en = schema["x-retired"][key]
                errors.append(SchemaError(path, "additionalProperties",
                                          f"Additional properties are not allowed ('{key}' was unexpected)",
                                          f"“{key}”这个字段已不再使用：{zh}", f"the field '{key}' is no longer used: {en}"))
            elif extra is False:
                near = difflib.get_close_matches(str(key), list(properties), n=1, cutoff=0.6)
                errors.append(SchemaError(path, "additionalProperties",
                                          f"Additional properties are not allowed ('{key}' was unexpected)",
                                          f"没有“{key}”这个字段" + (f"，是否想写“{near[0]}”？" if near else "（是否写错了？）"),
                                          f"there is no field '{key}'" + (f": did you mean '{near[0]}'?" if near
                                                                          else " (misspelt?)")))
            elif isinstance(extra, dict):
                _check(item, extra, root, path + (key,), errors)


def _closest_form(failing: list[list[SchemaError]], path: tuple[Any, ...]) -> list[SchemaError] | None:
    """The errors of the allowed form a value comes closest to: of the forms whose type it has,
    the one with the fewest errors, then the shallowest ({zh: …} without en is a text missing
    its en, not a per-variant mapping whose zh is not a text). None when it has no form's type."""
    typed = [found for found in failing
             if not any(error.validator == "type" and error.path == path for error in found)]
    if not typed:
        return None
    return min(typed, key=lambda found: (len(found), min(len(error.path) for error in found)))


def _short(value: Any) -> str:
    """A value for an error message, cut short: not a whole mapping of a YAML file."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _sub(value: Any, schema: Any, root: dict[str, Any], path: tuple[Any, ...]) -> list[SchemaError]:
    errors: list[SchemaError] = []
    _check(value, schema, root, path, errors)
    return errors


def check_schema_keywords(schema: Any) -> set[str]:
    """The keywords a schema uses (the test asserts they are all supported here)."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key in ("examples", "enum", "const", "required", "description", "title", "x-retired"):
                continue  # values, not schemas
            if key in ("properties", "definitions"):
                for sub in value.values():
                    found |= check_schema_keywords(sub)
            elif isinstance(value, (dict, list)):
                found |= check_schema_keywords(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= check_schema_keywords(item)
    return found


SUPPORTED = frozenset({
    "$schema", "$id", "title", "description", "examples", "type", "enum", "const", "required", "properties",
    "additionalProperties", "propertyNames", "minProperties", "items", "minItems", "minLength", "pattern",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "maxLength", "maxItems", "oneOf", "$ref",
    "definitions",
    "x-retired",  # ours: a field no longer used, and where its content went (jsonschema ignores it)
})

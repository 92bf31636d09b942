"""Load and validate a YAML rule pack into rule definitions.

A pack is data only. It is validated against ``schema/pack-v1.schema.json``, each rule's
params against its primitive's own schema, and its regular expressions for safety; any
mistake raises PackError naming file, line and field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ggtlint.engine.rule import RuleInfo, Text
from ggtlint.findings import Severity
from ggtlint.regexsafety import RegexRejected, compile_safe
from ggtlint.resources import builtin_rules_dir
from ggtlint.schemacheck import SchemaError, validate
from ggtlint.yamldata import DataError, load_located, pointer_of

_SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "pack-v1.schema.json"


class PackError(DataError):
    """A rule pack is broken: one line naming file, line and field."""


@lru_cache(maxsize=1)
def _pack_schema() -> dict[str, Any]:
    return json.loads(_SCHEMA_FILE.read_text(encoding="utf-8"))


@dataclass(slots=True)
class Selector:
    scope: str = "table"
    level1: frozenset[str] = frozenset()
    level2: frozenset[str] = frozenset()
    not_level1: frozenset[str] = frozenset()
    not_level2: frozenset[str] = frozenset()
    name_matches: re.Pattern[str] | None = None
    name_not_matches: re.Pattern[str] | None = None
    kinds: frozenset[str] = frozenset()


@dataclass(slots=True)
class PackRule:
    """One rule as declared in a pack, with its params validated and compiled."""

    info: RuleInfo
    selector: Selector
    check: str
    params: dict[str, Any]
    messages: dict[str, Text]
    file: str
    line: int
    compiled: Any = None  # what the primitive's compile() returned


@dataclass(slots=True)
class Pack:
    name: str
    version: str
    description: str
    file: str
    rules: list[PackRule] = field(default_factory=list)
    overrides: dict[str, Severity] = field(default_factory=dict)
    lexicon_dir: Path | None = None


def builtin_pack_files() -> list[Path]:
    return sorted(builtin_rules_dir().glob("*.yaml"))


def load_pack(path: Path, trusted: bool = False) -> Pack:
    """Read, validate and compile one pack file.

    ``trusted`` (the built-in packs, which the test suite validates) skips the safety scan and
    the schema check: they cost a small run about 12 ms.
    """
    from ggtlint.primitives import PRIMITIVES

    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(shown, 1, "", f"无法读取规则包 (cannot read the pack): {exc}") from None
    try:
        located = load_located(text, shown, scan=not trusted)
    except DataError as exc:
        raise PackError(exc.file, exc.line, exc.field, exc.message) from None
    data = located.data
    errors = [] if trusted else validate(data, _pack_schema())
    if errors:
        error = max(errors, key=lambda e: len(e.path))  # the deepest error is the most specific
        pointer = pointer_of(error.path)
        raise PackError(shown, located.line_of(pointer), pointer or "/", _schema_message(error))
    meta = data["pack"]
    pack = Pack(meta["name"], str(meta["version"]), meta.get("description", ""), shown)
    if "lexicons" in meta:
        lexicon_dir = (path.parent / meta["lexicons"]).resolve()
        home = path.parent.resolve()
        if not lexicon_dir.is_dir() or not _inside(lexicon_dir, home):
            raise PackError(shown, located.line_of("/pack/lexicons"), "/pack/lexicons",
                            "词表目录不存在或不在规则包所在目录内 (lexicon folder missing or outside the pack's folder)")
        # a symlinked file inside the folder must not lead outside it either
        for entry in lexicon_dir.iterdir():
            if entry.suffix in (".yaml", ".yml") and not _inside(entry.resolve(), home):
                raise PackError(shown, located.line_of("/pack/lexicons"), "/pack/lexicons",
                                f"词表文件链接到规则包目录之外 (lexicon file links outside the pack's folder): {entry.name}")
        pack.lexicon_dir = lexicon_dir
    pack.overrides = {rid: Severity(level) for rid, level in data.get("overrides", {}).items()}
    seen: set[str] = set()
    for index, raw in enumerate(data["rules"]):
        pointer = f"/rules/{index}"
        line = located.line_of(pointer)
        if raw["id"] in seen:
            raise PackError(shown, located.line_of(pointer + "/id"), pointer + "/id", f"规则编号重复 (duplicate rule id) {raw['id']}")
        seen.add(raw["id"])
        primitive = PRIMITIVES.get(raw["check"])
        if primitive is None:
            raise PackError(shown, located.line_of(pointer + "/check"), pointer + "/check",
                            f"未知的检查原语 (unknown check primitive) '{raw['check']}'; 可用 (known): {', '.join(sorted(PRIMITIVES))}")
        selector = _selector(raw.get("selector", {}), shown, located, pointer + "/selector")
        if selector.scope not in primitive.SCOPES:
            raise PackError(shown, located.line_of(pointer + "/selector"), pointer + "/selector/scope",
                            f"检查原语 {raw['check']} 只能用于 (only works on) {', '.join(primitive.SCOPES)}")
        params = raw.get("params", {})
        param_errors = validate(params, primitive.PARAMS_SCHEMA)
        if param_errors:
            error = param_errors[0]
            ptr = pointer + "/params" + pointer_of(error.path)
            raise PackError(shown, located.line_of(ptr), ptr, _schema_message(error))
        try:
            compiled = primitive.compile(params)
        except (ValueError, RegexRejected) as exc:
            raise PackError(shown, located.line_of(pointer + "/params"), pointer + "/params", str(exc)) from None
        messages = _messages(raw["message"])
        info = RuleInfo(
            id=raw["id"], name=raw["name"], severity=Severity(raw["severity"]),
            summary=_text(raw["summary"]), description=_text(raw.get("description", raw["summary"])),
            rationale=_text(raw["rationale"]), fix=_text(raw["fix"]),
            source=raw.get("source", ""), basis=_note(raw.get("basis")), refs=tuple(raw.get("refs", ())),
            family=re.match(r"[A-Z]+", raw["id"]).group(0),  # type: ignore[union-attr]
            frameworks=tuple(raw.get("frameworks", ("legacy", "fw2021"))),
            check=raw["check"], pack=pack.name, examples=raw.get("examples", {}),
            deterministic_note=_note(raw.get("note")),
        )
        pack.rules.append(PackRule(info, selector, raw["check"], params, messages, shown, line, compiled))
    return pack


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
        return True
    except ValueError:
        return False


def _text(raw: dict[str, str]) -> Text:
    return Text(raw["zh"], raw["en"])


def _note(raw: Any) -> Text:
    """A note is {zh, en}; a plain string (older packs) stands for both languages."""
    if isinstance(raw, dict):
        return _text(raw)
    return Text(raw or "", raw or "")


def _messages(raw: dict[str, Any]) -> dict[str, Text]:
    if "zh" in raw and isinstance(raw["zh"], str):
        return {"default": _text(raw)}
    return {variant: _text(text) for variant, text in raw.items()}


def _selector(raw: dict[str, Any], file: str, located: Any, pointer: str) -> Selector:
    def pattern(key: str) -> re.Pattern[str] | None:
        if key not in raw:
            return None
        try:
            return compile_safe(raw[key])
        except RegexRejected as exc:
            raise PackError(file, located.line_of(f"{pointer}/{key}"), f"{pointer}/{key}", str(exc)) from None

    return Selector(
        scope=raw.get("scope", "table"),
        level1=frozenset(raw.get("level1", ())), level2=frozenset(raw.get("level2", ())),
        not_level1=frozenset(raw.get("not_level1", ())), not_level2=frozenset(raw.get("not_level2", ())),
        name_matches=pattern("name_matches"), name_not_matches=pattern("name_not_matches"),
        kinds=frozenset(raw.get("kinds", ())),
    )


def _schema_message(error: SchemaError) -> str:
    validator = error.validator
    if validator == "required":
        return f"缺少必填字段 (missing required field): {error.message.split(' ')[0]}"
    if validator == "additionalProperties":
        return f"未知字段 (unknown field): {error.message}"
    if validator == "enum":
        return f"取值不在允许范围内 (not one of the allowed values): {error.message}"
    if validator == "pattern":
        return f"格式不对 (does not match the required pattern): {error.message}"
    if validator == "type":
        return f"类型不对 (wrong type): {error.message}"
    return error.message

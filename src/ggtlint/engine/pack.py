"""Load and validate a YAML rule pack into rule definitions.

A pack is data only. It is validated against ``schema/pack-v1.schema.json``, each rule's
params against its primitive's own schema, and its regular expressions for safety; its
selector's names (categories, value kinds) and its messages' variants and placeholders against
what the lexicon and the primitive know. Any mistake raises PackError naming file, line and field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from ggtlint.bilingual import reasons
from ggtlint.engine.rule import PLACEHOLDER, RuleInfo, Text
from ggtlint.findings import Severity
from ggtlint.load.build import closest
from ggtlint.model import escape_pointer_token
from ggtlint.regexsafety import RegexRejected, compile_safe, search
from ggtlint.resources import builtin_rules_dir
from ggtlint.schemacheck import SchemaError, validate
from ggtlint.textfile import read_problem, read_text
from ggtlint.yamldata import DataError, load_located, pointer_of

_SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "pack-v1.schema.json"


class PackError(DataError):
    """A rule pack is broken: one line naming file, line and field."""


#: What the engine gives every finding of a rule of this scope besides its primitive's
#: PLACEHOLDERS (Engine._check_table_into's ``base``; Engine._corpus_finding).
SCOPE_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "table": ("project", "year"), "indicator": ("project", "year"), "corpus": ("project",),
}
# Selector keys that pick rows: only an indicator rule's rows are picked (Engine._row_filter); a
# table or corpus rule runs on the whole table and would ignore them.
ROW_SELECTOR_KEYS = ("level1", "level2", "not_level1", "not_level2", "name_matches", "name_not_matches", "kinds")
# The text fields of a rule, in a reader's words, for the schema's errors
_TEXT_FIELDS = {"message": ("消息", "message"), "summary": ("摘要", "summary"), "description": ("说明", "description"),
                "rationale": ("理由", "rationale"), "fix": ("修改方法", "fix"), "basis": ("依据", "basis"),
                "note": ("局限说明", "note")}
_TEXT_POINTER = (r"^/rules/\d+/(message|summary|description|rationale|fix|basis|note)"
                 r"(?:/(?!(?:zh|en)$)([^/]+))?(?:/(zh|en))?$")  # a message's variant, a language
_LANGUAGES = {"zh": ("中文文本", "Chinese text"), "en": ("英文文本", "English text")}


@lru_cache(maxsize=1)
def _pack_schema() -> dict[str, Any]:
    return json.loads(_SCHEMA_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class ProjectCondition:
    """Which tables a rule applies to, by what the table says of its project: a category or
    主管部门 matching a pattern, 年度资金总额 (in 元) at least or below an amount. All given must hold."""

    category_matches: re.Pattern[str] | None = None
    department_matches: re.Pattern[str] | None = None
    total_at_least: Decimal | None = None
    total_below: Decimal | None = None

    def holds(self, table: Any) -> bool:
        project = table.project
        if self.category_matches is not None and not search(self.category_matches, project.category or ""):
            return False
        if self.department_matches is not None and not search(self.department_matches, project.department or ""):
            return False
        if self.total_at_least is not None or self.total_below is not None:
            total = table.funds.in_yuan(table.funds.total)
            if total is None:  # no amount: neither above nor below
                return False
            if self.total_at_least is not None and total < self.total_at_least:
                return False
            if self.total_below is not None and total >= self.total_below:
                return False
        return True


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
    project: ProjectCondition | None = None  # only tables whose project meets it


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
    # A fix per variant (empty: the one fix of ``info.fix`` serves every finding); a variant
    # without its own takes "default", else the documentation's (every fix, a line each).
    fixes: dict[str, Text] = field(default_factory=dict)
    #: the line of each entry of ``info.yields_to``, and the rule's pointer in its pack (/rules/3),
    #: for the engine's check that they name rules (ggtlint.engine.yields.check_yields)
    yields_lines: tuple[int, ...] = ()
    pointer: str = ""
    #: the line of each entry of ``info.yields_variants`` (the same check)
    yields_variant_lines: tuple[int, ...] = ()


@dataclass(slots=True)
class Pack:
    name: str
    version: str
    description: str
    file: str
    rules: list[PackRule] = field(default_factory=list)
    overrides: dict[str, Severity] = field(default_factory=dict)
    lexicon_dir: Path | None = None
    override_lines: dict[str, int] = field(default_factory=dict)  # rule id -> its line under overrides:


def builtin_pack_files() -> list[Path]:
    return sorted(builtin_rules_dir().glob("*.yaml"))


# The built-in packs as loaded, by file and its size and modification time: a process that builds
# engines again and again (a test suite, an editor's server) parses them once. Packs are not
# changed once loaded (an engine's parameters make new rules), so one object serves every engine.
_BUILTIN_LOADED: dict[tuple[str, int, int], "Pack"] = {}


def load_builtin_pack(path: Path) -> Pack:
    """A built-in pack (trusted: vetted by the test suite), parsed once per process while its file stays the same."""
    info = path.stat()
    key = (str(path), info.st_mtime_ns, info.st_size)
    pack = _BUILTIN_LOADED.get(key)
    if pack is None:
        pack = _BUILTIN_LOADED[key] = load_pack(path, trusted=True)
    return pack


def load_pack(path: Path, trusted: bool = False) -> Pack:
    """Read, validate and compile one pack file.

    ``trusted`` (the built-in packs, which the test suite validates) skips the safety scan, the
    schema check and the checks of selector names and message placeholders: they cost a small
    run about 12 ms.
    """
    from ggtlint.primitives import PRIMITIVES

    shown = str(path)
    try:
        text = read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        zh, en = read_problem(exc)
        raise PackError(shown, 1, "", f"无法读取规则包：{zh}", f"cannot read the pack: {en}") from None
    located = None
    if trusted:  # a built-in pack: read back from the snapshot of its parse when the text is the same
        from ggtlint.engine.snapshot import parsed_pack

        located = parsed_pack(path, text)
    if located is None:
        try:
            located = load_located(text, shown, scan=not trusted)
        except DataError as exc:
            raise PackError(exc.file, exc.line, exc.field, exc.message, exc.message_en) from None
    data = located.data
    errors = [] if trusted else validate(data, _pack_schema())
    if errors:
        error = max(errors, key=lambda e: len(e.path))  # the deepest error is the most specific
        pointer = pointer_of(error.path)
        raise PackError(shown, located.line_of(pointer), pointer or "/", *_schema_message(error, pointer))
    meta = data["pack"]
    pack = Pack(meta["name"], str(meta["version"]), meta.get("description", ""), shown)
    if "lexicons" in meta:
        lexicon_dir = (path.parent / meta["lexicons"]).resolve()
        home = path.parent.resolve()
        if not lexicon_dir.is_dir() or not _inside(lexicon_dir, home):
            raise PackError(shown, located.line_of("/pack/lexicons"), "/pack/lexicons",
                            "词表目录不存在或不在规则包所在目录内", "lexicon folder missing or outside the pack's folder")
        # a symlinked file inside the folder must not lead outside it either
        for entry in lexicon_dir.iterdir():
            if entry.suffix in (".yaml", ".yml") and not _inside(entry.resolve(), home):
                raise PackError(shown, located.line_of("/pack/lexicons"), "/pack/lexicons",
                                f"词表文件链接到规则包目录之外：{entry.name}",
                                f"lexicon file links outside the pack's folder: {entry.name}")
        pack.lexicon_dir = lexicon_dir
    pack.overrides = {rid: Severity(level) for rid, level in data.get("overrides", {}).items()}
    pack.override_lines = {rid: located.line_of("/overrides/" + escape_pointer_token(rid)) for rid in pack.overrides}
    lexicons: list[Any] = []  # the categories' names, loaded for the first selector that names one

    def lexicon() -> Any:
        if not lexicons:
            from ggtlint.values import load_lexicon

            # the built-in lexicon is cached; the pack's folder costs a load only when it names categories
            folder = pack.lexicon_dir
            own = folder is not None and any((folder / name).is_file()
                                             for name in ("category-aliases.yaml", "category-aliases.yml"))
            lexicons.append(load_lexicon((folder,) if own else ()))
        return lexicons[0]

    seen: set[str] = set()
    for index, raw in enumerate(data["rules"]):
        pointer = f"/rules/{index}"
        line = located.line_of(pointer)
        if raw["id"] in seen:
            raise PackError(shown, located.line_of(pointer + "/id"), pointer + "/id", f"规则编号重复：{raw['id']}",
                            f"duplicate rule id {raw['id']}")
        seen.add(raw["id"])
        primitive = PRIMITIVES.get(raw["check"])
        if primitive is None:
            raise PackError(shown, located.line_of(pointer + "/check"), pointer + "/check",
                            f"未知的检查原语“{raw['check']}”；可用：{'、'.join(sorted(PRIMITIVES))}",
                            f"unknown check primitive '{raw['check']}'; known: {', '.join(sorted(PRIMITIVES))}")
        selector = _selector(raw.get("selector", {}), shown, located, pointer + "/selector")
        if selector.scope not in primitive.SCOPES:
            raise PackError(shown, located.line_of(pointer + "/selector"), pointer + "/selector/scope",
                            f"检查原语 {raw['check']} 只能用于 scope: {'、'.join(primitive.SCOPES)}",
                            f"check primitive {raw['check']} only works with scope: {', '.join(primitive.SCOPES)}")
        if not trusted:  # the built-in packs are checked the same way by the test suite
            selector = _checked_selector(selector, raw.get("selector", {}), lexicon, shown, located,
                                         pointer + "/selector")
        params = raw.get("params", {})
        param_errors = validate(params, primitive.PARAMS_SCHEMA)
        if param_errors:
            error = param_errors[0]
            ptr = pointer + "/params" + pointer_of(error.path)
            raise PackError(shown, located.line_of(ptr), ptr, *_schema_message(error))
        try:
            compiled = primitive.compile(params)
        except (ValueError, RegexRejected) as exc:
            raise PackError(shown, located.line_of(pointer + "/params"), pointer + "/params", *reasons(exc)) from None
        if not trusted:
            _check_messages(raw, primitive, selector.scope, shown, located, pointer)
        messages = _messages(raw["message"])
        fixes = _messages(raw["fix"])
        info = RuleInfo(
            id=raw["id"], name=raw["name"], severity=Severity(raw["severity"]),
            summary=_text(raw["summary"]), description=_text(raw.get("description", raw["summary"])),
            rationale=_text(raw["rationale"]), fix=_all_fixes(fixes),
            source=raw.get("source", ""), basis=_note(raw.get("basis")), refs=tuple(raw.get("refs", ())),
            family=re.match(r"[A-Z]+", raw["id"]).group(0),  # type: ignore[union-attr]
            frameworks=tuple(raw.get("frameworks", ("legacy", "fw2021"))),
            check=raw["check"], pack=pack.name, examples=raw.get("examples", {}),
            deterministic_note=_note(raw.get("note")), preview=raw.get("preview", False),
            yields_to=tuple(raw.get("yields_to", ())), yields_variants=tuple(raw.get("yields_variants", ())),
        )
        pack.rules.append(PackRule(info, selector, raw["check"], params, messages, shown, line, compiled,
                                   fixes if len(fixes) > 1 or "default" not in fixes else {},
                                   tuple(located.line_of(f"{pointer}/yields_to/{n}") for n in range(len(info.yields_to))),
                                   pointer, tuple(located.line_of(f"{pointer}/yields_variants/{n}")
                                                  for n in range(len(info.yields_variants)))))
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
    """A message (or fix): one {zh, en} for every variant ("default"), or one per variant."""
    if "zh" in raw and isinstance(raw["zh"], str):
        return {"default": _text(raw)}
    return {variant: _text(text) for variant, text in raw.items()}


def _all_fixes(fixes: dict[str, Text]) -> Text:
    """The rule's fix as its documentation shows it: the one fix, or each variant's on a line of
    its own (a finding gets its variant's)."""
    if len(fixes) == 1:
        return next(iter(fixes.values()))
    return Text("\n".join(dict.fromkeys(text.zh for text in fixes.values())),
                "\n".join(dict.fromkeys(text.en for text in fixes.values())))


def _pattern(raw: dict[str, Any], key: str, file: str, located: Any, pointer: str) -> re.Pattern[str] | None:
    """``raw[key]`` compiled as a vetted regular expression (None when absent); a refused one is a PackError."""
    if key not in raw:
        return None
    try:
        return compile_safe(raw[key])
    except RegexRejected as exc:
        raise PackError(file, located.line_of(f"{pointer}/{key}"), f"{pointer}/{key}", exc.zh, exc.en) from None


def _selector(raw: dict[str, Any], file: str, located: Any, pointer: str) -> Selector:
    def pattern(key: str) -> re.Pattern[str] | None:
        return _pattern(raw, key, file, located, pointer)

    project = None
    if "project" in raw:
        condition = raw["project"]
        project_pointer = f"{pointer}/project"
        if raw.get("scope") == "corpus":
            raise PackError(file, located.line_of(project_pointer), project_pointer,
                            "跨表规则（scope: corpus）比较全部表，不能按项目条件筛选",
                            "a cross-table rule (scope: corpus) compares every table: it takes no project condition")

        def condition_pattern(key: str) -> re.Pattern[str] | None:
            return _pattern(condition, key, file, located, project_pointer)

        project = ProjectCondition(
            category_matches=condition_pattern("category_matches"),
            department_matches=condition_pattern("department_matches"),
            total_at_least=Decimal(str(condition["total_at_least"])) if "total_at_least" in condition else None,
            total_below=Decimal(str(condition["total_below"])) if "total_below" in condition else None,
        )
    return Selector(
        scope=raw.get("scope", "table"),
        level1=frozenset(raw.get("level1", ())), level2=frozenset(raw.get("level2", ())),
        not_level1=frozenset(raw.get("not_level1", ())), not_level2=frozenset(raw.get("not_level2", ())),
        name_matches=pattern("name_matches"), name_not_matches=pattern("name_not_matches"),
        kinds=frozenset(raw.get("kinds", ())), project=project,
    )


def _checked_selector(selector: Selector, raw: dict[str, Any], lexicon: Any, file: str, located: Any,
                      pointer: str) -> Selector:
    """The selector with its category names made canonical (数量 → 数量指标, as the engine reads
    tables); a key the rule's scope ignores, an unknown category or value kind is a PackError."""
    for key in ROW_SELECTOR_KEYS:
        if key in raw and selector.scope != "indicator":
            raise PackError(file, located.line_of(f"{pointer}/{key}"), f"{pointer}/{key}",
                            f"选择器的 {key} 只对逐条指标检查的规则（scope: indicator）起作用，scope: {selector.scope} "
                            "的规则会忽略它，检查的仍是整张表；请删去，或改用检查原语的参数",
                            f"selector key {key} only works with scope: indicator; a {selector.scope} rule ignores "
                            "it and still checks the whole table: remove it, or use the check primitive's params")
    if "kinds" in raw:
        from ggtlint.values import KINDS

        for index, kind in enumerate(raw["kinds"]):
            if kind not in KINDS:
                near = closest(kind, KINDS)
                raise PackError(file, located.line_of(f"{pointer}/kinds/{index}"), f"{pointer}/kinds/{index}",
                                f"未知的取值类型“{kind}”{f'，是否想写“{near}”？' if near else '；'}可用：{'、'.join(KINDS)}",
                                f"unknown value kind '{kind}'{f': did you mean {near}?' if near else ';'} "
                                f"known: {', '.join(KINDS)}")
    changed: dict[str, frozenset[str]] = {}
    for key in ("level1", "level2", "not_level1", "not_level2"):
        if key in raw:
            names = [_category(name, key, lexicon(), file, located, f"{pointer}/{key}/{index}")
                     for index, name in enumerate(raw[key])]
            changed[key] = frozenset(names)
    return replace(selector, **changed) if changed else selector


def _category(name: str, key: str, lexicon: Any, file: str, located: Any, pointer: str) -> str:
    """The canonical name of a 一级 (level1, not_level1) or 二级 category, as the engine
    canonicalises a table's (engine/context.py); PackError for a name the lexicon does not know."""
    from ggtlint.values import category_key

    level = "level1" if key.endswith("level1") else "level2"
    aliases, others = ((lexicon.level1_aliases, lexicon.level2_aliases) if level == "level1"
                       else (lexicon.level2_aliases, lexicon.level1_aliases))
    written = category_key(name)
    canonical = aliases.get(written)
    if canonical is not None:
        return canonical
    level_zh, other_zh, other_key = (("一级", "二级", key.replace("level1", "level2")) if level == "level1"
                                     else ("二级", "一级", key.replace("level2", "level1")))
    known = list(dict.fromkeys(aliases.values()))
    if written in others:  # 数量指标 under level1
        hint_zh, hint_en = (f"，它是{other_zh}指标，应写在 {other_key} 下；",
                            f": it is a {other_zh} category, to go under {other_key}; ")
    else:
        near = closest(written, aliases)
        near = aliases[near] if near else None
        hint_zh, hint_en = (f"，是否想写“{near}”？", f": did you mean {near}? ") if near else ("；", "; ")
    raise PackError(file, located.line_of(pointer), pointer,
                    f"未知的{level_zh}指标名称“{name}”{hint_zh}可用：{'、'.join(known)}（新的名称可写入规则包词表目录的 "
                    "category-aliases.yaml）",
                    f"unknown {level_zh} category name '{name}'{hint_en}known: {', '.join(known)}; "
                    "a new name goes in category-aliases.yaml of the pack's lexicons folder")


def variant_placeholders(primitive: Any) -> dict[str, tuple[str, ...]]:
    """Each variant of a primitive with the placeholders its hits give (its own declaration:
    PLACEHOLDERS is one tuple for every variant, or {variant: tuple})."""
    declared = primitive.PLACEHOLDERS
    if isinstance(declared, dict):
        return {variant: tuple(declared.get(variant, ())) for variant in primitive.VARIANTS}
    return {variant: tuple(declared) for variant in primitive.VARIANTS}


def _check_messages(raw: dict[str, Any], primitive: Any, scope: str, file: str, located: Any, pointer: str) -> None:
    """Every message (and fix) variant is one the primitive reports, and every {placeholder} of
    the messages and fixes one it fills in (a single message or fix, every variant's, may use a
    name any variant gives: a rule's params decide which variants it meets)."""
    check = raw["check"]
    own = variant_placeholders(primitive)
    given = {variant: tuple(dict.fromkeys(names + SCOPE_PLACEHOLDERS[scope])) for variant, names in own.items()}
    anywhere = tuple(dict.fromkeys([name for names in own.values() for name in names] + list(SCOPE_PLACEHOLDERS[scope])))
    texts: list[tuple[str, str, str | None, dict[str, str]]] = []  # (field, pointer, variant, {zh, en})
    for field_name in ("message", "fix"):
        block = raw[field_name]
        if "zh" in block and isinstance(block["zh"], str):
            texts.append((field_name, f"{pointer}/{field_name}", None, block))
            continue
        for variant, text in block.items():
            where = f"{pointer}/{field_name}/{escape_pointer_token(variant)}"
            if variant not in given and not (field_name == "fix" and variant == "default"):
                near = closest(variant, given)
                known = ", ".join(given)
                raise PackError(file, located.line_of(where), where,
                                f"检查原语 {check} 没有“{variant}”这种情形{f'，是否想写“{near}”？' if near else '；'}"
                                f"它的情形：{'、'.join(given)}",
                                f"check primitive {check} has no variant '{variant}'"
                                f"{f': did you mean {near}?' if near else ';'} its variants: {known}")
            texts.append((field_name, where, variant if variant in given else None, text))
    for field_name, where, variant, text in texts:
        allowed = given[variant] if variant else anywhere
        for lang in ("zh", "en"):
            for name in PLACEHOLDER.findall(text[lang]):
                if name in allowed:
                    continue
                near = closest(name, allowed)
                what_zh, what_en = ("修改方法", "the fix") if field_name == "fix" else ("消息", "the message")
                for_zh, for_en = (f"在情形 {variant} 下", f" for variant {variant}") if variant else ("", "")
                shown = ", ".join("{" + n + "}" for n in allowed)
                raise PackError(file, located.line_of(f"{where}/{lang}"), f"{where}/{lang}",
                                f"{what_zh}中的占位符 {{{name}}} 不是检查原语 {check} {for_zh}提供的，会原样显示"
                                f"{f'，是否想写 {{{near}}}？' if near else '；'}可用：{'、'.join('{' + n + '}' for n in allowed)}",
                                f"placeholder {{{name}}} in {what_en} is not given by check primitive {check}{for_en} "
                                f"and would be printed as written{f': did you mean {{{near}}}?' if near else ';'} "
                                f"available: {shown}")


def _text_message(error: SchemaError, field_name: str, variant: str | None, lang: str | None) -> tuple[str, str]:
    """A schema error of a rule's text (message, summary, fix …) in a pack author's words: what
    is missing and where ("消息（情形 below_min）缺少英文文本 en"), in Chinese and English."""
    zh, en = _TEXT_FIELDS[field_name]
    if variant is not None:  # /rules/0/message/below_min: the message of one variant
        zh, en = f"{zh}（情形 {variant}）", f"{en} for variant {variant}"
    if error.validator == "pattern" and variant is not None:  # the schema's propertyNames: a variant's name
        return (f"消息的情形名“{variant}”写法不对，应为小写英文字母、数字和下划线",
                f"message variant name '{variant}' should be lower-case letters, digits and _")
    if lang is not None:  # /rules/0/message/zh: one language of the text
        lang_zh, lang_en = _LANGUAGES[lang]
        if error.validator == "minLength":
            return f"{zh}的{lang_zh} {lang} 是空的", f"the {en}'s {lang_en} '{lang}' is empty"
        return f"{zh}的{lang_zh} {lang} 应为一段文字", f"the {en}'s {lang_en} '{lang}' should be text"
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        missing_zh, missing_en = _LANGUAGES.get(missing, ("字段", "field"))
        return f"{zh}缺少{missing_zh} {missing}", f"the {en} has no {missing_en} '{missing}'"
    if error.validator == "additionalProperties":
        found = re.search(r"\('(.*)' was unexpected\)", error.message)
        key = found.group(1) if found else "?"
        if field_name in ("message", "fix") and variant is None:
            return (f"{zh}中的“{key}”：{zh}要么写成一个 {{zh, en}}，要么按情形各写一个 {{zh, en}}，不能混写",
                    f"{en} key '{key}': a {en} is one {{zh, en}}, or one {{zh, en}} per variant, not both")
        return f"{zh}中没有“{key}”这个字段，只能写 zh 和 en", f"{en}: unknown key '{key}', only zh and en go here"
    form_zh, form_en = "{zh: 中文, en: English}", "{zh: …, en: …}"
    if field_name in ("message", "fix") and variant is None:
        form_zh, form_en = form_zh + "，或按情形各写一个 {zh, en}", form_en + ", or one {zh, en} per variant"
    elif field_name == "note":
        form_zh, form_en = form_zh + "，或一段文字", form_en + ", or one text"
    return f"{zh}应写成 {form_zh}", f"the {en} should be {form_en}"


def _schema_message(error: SchemaError, pointer: str = "") -> tuple[str, str]:
    """A schema error of a pack in Chinese and English."""
    validator = error.validator
    text = re.match(_TEXT_POINTER, pointer)
    if text is not None and validator in ("required", "additionalProperties", "type", "minLength", "minProperties",
                                          "oneOf", "pattern"):
        return _text_message(error, text.group(1), text.group(2), text.group(3))
    if re.match(r"^/rules/\d+/yields_variants(?:/\d+)?$", pointer) and validator in ("pattern", "minItems"):
        if validator == "minItems":
            return ("yields_variants 是空列表：各类问题都让位时删去这一项",
                    "yields_variants is an empty list: leave it out when every kind of finding yields")
        written = error.message.split(" does not match")[0]
        return (f"yields_variants 的每一项应是本规则的一种问题（message 的变体名，如 exact_100），现为 {written}",
                f"each entry of yields_variants should be a kind of this rule's finding (a message variant, "
                f"e.g. exact_100), not {written}")
    if re.match(r"^/rules/\d+/yields_to(?:/\d+)?$", pointer) and validator in ("pattern", "minItems"):
        if validator == "minItems":  # an empty list: the schema's words would be "[] should have at least 1 items"
            return ("yields_to 是空列表：不让位于任何规则时删去这一项",
                    "yields_to is an empty list: leave it out when the rule yields to none")
        written = error.message.split(" does not match")[0]
        return (f"yields_to 的每一项应是一条规则的编号（大写字母加三位数字，如 VAL006），现为 {written}",
                f"each entry of yields_to should be a rule's id (capital letters and three digits, e.g. VAL006), "
                f"not {written}")
    if validator == "required":
        missing = error.message.split(" ")[0]
        return f"缺少必填字段：{missing}", f"missing required field: {missing}"
    if validator == "additionalProperties":
        return error.message_zh, error.english
    if validator == "enum":
        return f"取值不在允许范围内：{error.message}", f"not one of the allowed values: {error.message}"
    if validator == "pattern":
        return f"格式不对：{error.message}", f"does not match the required pattern: {error.message}"
    if validator == "type":
        return f"类型不对：{error.message_zh or error.message}", f"wrong type: {error.english}"
    return error.message_zh or error.message, error.english

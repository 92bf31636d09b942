"""User configuration: ``.ggtlint.yaml`` or ``[tool.ggtlint]`` in ``pyproject.toml``.

Found by walking up from the checked path (like yamllint and ruff), or named with
``--config``. A broken config raises ConfigError (exit 2) naming file, line and field.
"""

from __future__ import annotations

import fnmatch
import json
import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ggtlint.engine.rule import rule_matches
from ggtlint.findings import Severity
from ggtlint.limits import DEFAULT_LIMITS, Limits
from ggtlint.model import escape_pointer_token
from ggtlint.schemacheck import validate
from ggtlint.textfile import read_problem, read_text
from ggtlint.yamldata import DataError, load_located, pointer_of
from ggtlint.lazyregex import lazy_pattern

# in this order within a folder; the names without the dot too, as other linters take
# ruff.toml beside .ruff.toml (an officer who writes ggtlint.yaml gets it read, not checked as a table)
CONFIG_NAMES = (".ggtlint.yaml", ".ggtlint.yml", "ggtlint.yaml", "ggtlint.yml")
_SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "config-v1.schema.json"


class ConfigError(DataError):
    """The configuration file is broken."""


@dataclass(slots=True)
class Config:
    file: str | None = None
    root: Path = field(default_factory=Path.cwd)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    framework: str = "auto"
    budget_year: int | None = None
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)
    lexicons: list[Path] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    fail_on: str | None = None
    lang: str | None = None
    require_satisfaction: bool = True
    #: run the preview rules (those still on trial) too
    preview: bool = False
    limits: Limits = DEFAULT_LIMITS
    #: 主管部门 names as the bureau knows them -> the other ways tables write them
    departments: dict[str, list[str]] = field(default_factory=dict)
    #: the line of each field in the config file (JSON Pointer → line), for error messages
    lines: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def rule_enabled(self, rule_id: str, preview: bool = False) -> bool:
        """select/ignore by full id or family prefix; the longest matching entry wins. A
        ``preview`` rule runs only with preview on, or when select names its full id (as in
        ruff: ``--select VAL`` leaves it off, ``--select VAL020`` runs it)."""
        def best(entries: list[str]) -> int:
            return max((len(e) for e in entries if rule_matches(e, rule_id)), default=-1)

        selected = best(self.select) if self.select else 0
        if selected < 0:
            return False
        if preview and not self.preview and rule_id not in self.select:
            return False
        ignored = best(self.ignore)
        return ignored < 0 or selected > ignored

    # which rule ids per_file_ignores names for a file, by path (bounded: a bulk run has many files)
    _file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    # each alias (and canonical name), compared as name_key gives it -> the canonical name
    _department_of: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def department(self, name: str | None) -> str | None:
        """The 主管部门 ``name`` as the configuration's ``departments`` names it (黔南州人社局 →
        黔南布依族苗族自治州人力资源和社会保障局); ``name`` itself when no entry lists it."""
        if not name or not self.departments:
            return name
        from ggtlint.primitives.corpus import name_key

        if self._department_of is None:  # made by load_config; a Config made in code makes it here
            self._department_of = department_map(self.departments)
        return self._department_of.get(name_key(name), name)

    def relative(self, path: str) -> str:
        """``path`` (as given, or relative to the current folder) from the config's folder, with
        '/': what ``exclude`` and ``per_file_ignores`` patterns are matched against."""
        try:
            return os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        except ValueError:  # another drive (Windows): no pattern of this config can mean it
            return path.replace(os.sep, "/")

    def ignored_for_file(self, path: str, rule_id: str) -> bool:
        if not self.per_file_ignores:
            return False
        ids = self._file_ignores.get(path)
        if ids is None:
            relative = self.relative(path)
            ids = tuple(i for pattern, named in self.per_file_ignores.items() if path_matches(pattern, relative)
                        for i in named)
            if len(self._file_ignores) >= 4096:
                self._file_ignores.clear()
            self._file_ignores[path] = ids
        return any(rule_matches(i, rule_id) for i in ids)

    def excluded(self, path: str) -> bool:
        return self.excluded_relative(self.relative(path))

    def excluded_relative(self, relative: str) -> bool:
        """:meth:`excluded` for a path already relative to the config's folder."""
        return any(path_matches(pattern, relative) for pattern in self.exclude)


def path_matches(pattern: str, relative: str) -> bool:
    """Whether an ``exclude`` / ``per_file_ignores`` pattern names a file, as .gitignore does:
    a pattern without '/' matches a file's or any of its folders' name (``t.yaml``, ``drafts``,
    ``*草稿*``); one with '/' (``drafts/*``, ``2023/草稿``, ``/drafts``) matches the path from the
    config's folder; ``**/`` at its start matches at any depth; a folder matched takes
    everything in it; a trailing '/' matches folders only."""
    pattern = pattern.strip()
    while pattern.startswith("./"):
        pattern = pattern[2:]
    folders_only = pattern.endswith("/")
    pattern = pattern.rstrip("/")
    anchored = "/" in pattern
    if pattern.startswith("**/"):
        pattern, anchored = pattern[3:], False
    pattern = pattern.lstrip("/")
    if not pattern:
        return False
    parts = relative.split("/")
    last = len(parts) - 1 if folders_only else len(parts)  # how far a match may end
    if not anchored and "/" not in pattern:
        return any(fnmatch.fnmatch(name, pattern) for name in parts[:last])
    starts = [0] if anchored else range(last)
    return any(fnmatch.fnmatch("/".join(parts[start:end]), pattern)
               for start in starts for end in range(start + 1, last + 1))


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(_SCHEMA_FILE.read_text(encoding="utf-8"))


def find_config(start: Path) -> Path | None:
    """The nearest config walking up from ``start``: in each folder .ggtlint.yaml (or one of the
    other ``CONFIG_NAMES``) first, then pyproject.toml."""
    try:
        current = start.resolve()
    except (OSError, RuntimeError):  # a link loop (Python 3.11 raises RuntimeError): its own folder
        current = start.absolute().parent
    if current.is_file():
        current = current.parent
    for folder in (current, *current.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and pyproject_section(pyproject) is not None:
            return pyproject
    return None


_TOML_HEADER = lazy_pattern(r"\s*\[\[?([^\[\]]+)\]\]?\s*(?:#.*)?$")  # [table] and [[array.of.tables]]
_TOML_PART = r"(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)"
_TOML_KEY = lazy_pattern(rf"\s*({_TOML_PART}(?:\s*\.\s*{_TOML_PART})*)\s*=")  # key, or dotted.key


def _toml_lines(text: str, section: tuple[str, ...]) -> dict[str, int]:
    """JSON pointer of each key under ``section`` → its line, so a bad value in a TOML config is
    told at its line, as in YAML (tomllib keeps no positions). Dotted keys and inline tables are
    placed at the line of their first part."""
    lines: dict[str, int] = {}
    table: tuple[str, ...] | None = () if not section else None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TOML_HEADER.match(line)
        if header is not None:
            parts = tuple(part.strip().strip('"').strip("'") for part in header.group(1).split("."))
            table = parts[len(section):] if parts[:len(section)] == section else None
            if table is not None and table:
                lines.setdefault("/" + "/".join(table), number)
            continue
        key = _TOML_KEY.match(line)
        if key is not None and table is not None:
            names = tuple(part.strip().strip('"').strip("'") for part in re.findall(_TOML_PART, key.group(1)))
            for depth in range(1, len(names) + 1):  # severity.VAL001 = …: /severity and /severity/VAL001
                lines.setdefault("/" + "/".join((*table, *names[:depth])), number)
    return lines


def pyproject_section(path: Path) -> dict[str, Any] | None:
    try:
        import tomllib
    except ImportError:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        # broken: ours if it has our section, so that loading it says what is wrong rather
        # than the settings being lost without a word
        return {} if "[tool.ggtlint" in text else None
    tool = data.get("tool")
    section = tool.get("ggtlint") if isinstance(tool, dict) else None
    return section if isinstance(section, dict) else None


# Fields of a table that people look for in the configuration: what to do instead.
_DEPARTMENT_HERE = ("配置文件不设主管部门：主管部门写在每张表的 project.department（表中“主管部门”）；要把同一部门的"
                    "几种写法归为一个，写 departments: {规范名称: [别名, …]}",
                    "the configuration sets no department: each table gives its own (project.department, "
                    "主管部门); to join several spellings of one department, write departments: {name: [alias, …]}")
_TABLE_FIELDS = {
    "/department": _DEPARTMENT_HERE, "/主管部门": _DEPARTMENT_HERE,
    "/year": ("配置文件中预算年度写作 budget_year（如 budget_year: 2024），它会代替每张表自己的预算年度",
              "the configuration's budget year is budget_year (budget_year: 2024); it takes the place of each "
              "table's own"),
}


def load_config(path: Path | None) -> Config:
    """Load ``path`` (or return the defaults when None)."""
    if path is None:
        return Config()
    shown = str(path)
    if path.suffix.lower() == ".toml":  # pyproject.toml, or any TOML file given with --config
        try:
            text = read_text(path)
        except (OSError, UnicodeDecodeError) as exc:
            zh, en = read_problem(exc)
            raise ConfigError(shown, 1, "", f"无法读取配置：{zh}", f"cannot read the config: {en}") from None
        try:
            import tomllib
            document = tomllib.loads(text)
        except Exception as exc:  # tomllib's errors
            where = re.search(r"at line (\d+)", str(exc))
            raise ConfigError(shown, int(where.group(1)) if where else 1, "", f"无法读取配置：{exc}",
                              f"cannot read the config: {exc}") from None
        tool = document.get("tool")
        section = tool.get("ggtlint") if isinstance(tool, dict) else None
        # [tool.ggtlint] in pyproject.toml; a TOML file of its own may hold the keys at its top
        data = section if section is not None or path.name == "pyproject.toml" else document
        data = data or {}
        lines = _toml_lines(text, ("tool", "ggtlint") if section is not None else ())
    else:
        try:
            text = read_text(path)
        except (OSError, UnicodeDecodeError) as exc:
            zh, en = read_problem(exc)
            raise ConfigError(shown, 1, "", f"无法读取配置：{zh}", f"cannot read the config: {en}") from None
        try:
            located = load_located(text, shown)
        except DataError as exc:
            raise ConfigError(exc.file, exc.line, exc.field, exc.message, exc.message_en) from None
        data, lines = located.data or {}, located.lines
    errors = validate(data, _schema())
    if errors:
        error = errors[0]
        pointer = pointer_of(error.path)
        message_zh, message_en = error.message_zh or error.message, error.english
        unknown = re.search(r"\('(.*)' was unexpected\)", error.message) if error.validator == "additionalProperties" else None
        if unknown is not None:  # told at the key's own line, not its parent's
            pointer = f"{pointer}/{escape_pointer_token(unknown.group(1))}"
            if pointer in _TABLE_FIELDS:
                message_zh, message_en = _TABLE_FIELDS[pointer]
        raise ConfigError(shown, _line(lines, pointer), pointer or "/", message_zh, message_en)
    base = path.parent
    config = Config(file=shown, root=base)
    config.lines = lines
    config.select = rule_names(data.get("select", []))
    config.ignore = rule_names(data.get("ignore", []))
    config.severity = {rule_name(rid): Severity(level) for rid, level in data.get("severity", {}).items()}
    config.framework = data.get("framework", "auto")
    config.budget_year = data.get("budget_year")
    config.params = {rule_name(rid): dict(values) for rid, values in data.get("params", {}).items()}
    config.packs = [(base / p) for p in data.get("packs", [])]
    config.lexicons = [(base / p) for p in data.get("lexicons", [])]
    config.per_file_ignores = {k: rule_names(v) for k, v in data.get("per_file_ignores", {}).items()}
    config.exclude = list(data.get("exclude", []))
    config.fail_on = data.get("fail_on")
    config.lang = data.get("lang")
    config.require_satisfaction = data.get("require_satisfaction", True)
    config.preview = data.get("preview", False)
    config.departments = {canonical: list(aliases) for canonical, aliases in data.get("departments", {}).items()}
    config._department_of = department_map(config.departments, shown, _line(lines, "/departments"))
    for key, value in data.get("limits", {}).items():
        if isinstance(value, float) and not math.isfinite(value):  # YAML's .inf and .nan
            raise ConfigError(shown, _line(lines, f"/limits/{key}"), f"/limits/{key}",
                              f"应为具体的数值（如 10），不能是无穷大或非数值 {value}",
                              f"must be a finite number, not {value}")
    config.limits = _limits(data.get("limits", {}))
    seen: set[str] = set()
    for index, pack in enumerate(config.packs):
        where = f"/packs/{index}"
        if pack.is_dir():
            raise ConfigError(shown, _line(lines, where), where,
                              f"{pack} 是文件夹；packs 中请逐个写出规则包文件（.yaml）",
                              f"{pack} is a folder: list each pack file, .yaml, under packs")
        if not pack.is_file():
            raise ConfigError(shown, _line(lines, where), where, f"规则包文件不存在：{pack}", f"pack file not found: {pack}")
        real = os.path.realpath(pack)
        if real in seen:  # listed twice, every finding of its rules would be made twice
            raise ConfigError(shown, _line(lines, where), where,
                              f"规则包 {pack} 重复列出", f"pack listed twice: {pack}")
        seen.add(real)
    return config


def department_map(departments: dict[str, list[str]], shown: str = "", line: int = 0) -> dict[str, str]:
    """Each way of writing a 主管部门 (its name too), compared as name_key gives it -> the name to
    report under. Each may stand for one department only: an alias under two names, or one that
    is another entry's name, would make the grouping depend on the order of the entries
    (ConfigError)."""
    from ggtlint.primitives.corpus import name_key

    owner: dict[str, str] = {name_key(canonical): canonical for canonical in departments}
    for canonical, aliases in departments.items():
        for alias in aliases:
            other = owner.setdefault(name_key(alias), canonical)
            if other != canonical:
                raise ConfigError(shown, line, "/departments",
                                  f"“{alias}”同时归入“{other}”和“{canonical}”，每个写法只能对应一个主管部门",
                                  f"'{alias}' stands for both '{other}' and '{canonical}'; a name may stand "
                                  "for one department only")
    return owner


def rule_name(entry: str) -> str:
    """A rule id or family as written by a person: " val001 " means VAL001 (ids are upper case)."""
    return entry.strip().upper()


def rule_names(entries: Any) -> list[str]:
    """Rule ids or families from a list, or from comma-separated text ("VAL001, TIME003")."""
    items = entries.split(",") if isinstance(entries, str) else entries
    return [rule_name(item) for item in items if item.strip()]


def check_rule_names(config: Config, known: frozenset[str]) -> None:
    """Every rule id or family the config file names must name at least one rule: a misspelt
    ``select`` would otherwise quietly run nothing and pass."""
    named: list[tuple[str, str]] = [(f"/select/{i}", entry) for i, entry in enumerate(config.select)]
    named += [(f"/ignore/{i}", entry) for i, entry in enumerate(config.ignore)]
    named += [(f"/severity/{entry}", entry) for entry in config.severity]
    named += [(f"/params/{entry}", entry) for entry in config.params]
    named += [(f"/per_file_ignores/{pattern}", entry) for pattern, ids in config.per_file_ignores.items() for entry in ids]
    for pointer, entry in named:
        exact = pointer.startswith(("/severity/", "/params/"))  # one rule's level or parameters
        if not names_a_rule(entry, known, exact=exact):
            # the line is looked up by the escaped pointer (sub~1*.yaml); the message shows the pattern as written
            head, _, key = pointer[1:].partition("/")
            raise ConfigError(config.file or "config", _line(config.lines, f"/{head}/{escape_pointer_token(key)}"),
                              pointer, *unknown_rule_message(entry, exact))


def names_a_rule(entry: str, known: frozenset[str], exact: bool = False) -> bool:
    """Whether ``entry`` (ALL, an id, or with ``exact`` False a family prefix) names a known rule."""
    if exact:
        return entry in known
    return any(rule_matches(entry, rule_id) for rule_id in known)


def unknown_rule_message(entry: str, exact: bool = False) -> tuple[str, str]:
    """Why ``entry`` names no rule: (Chinese, English)."""
    if exact:
        return (f"没有编号为“{entry}”的规则，这里要写一条规则的完整编号（ggtlint rules 列出全部规则）",
                f"no rule is numbered {entry}; give one rule's full id here (ggtlint rules lists them)")
    return (f"没有编号为“{entry}”的规则，也没有以它开头的规则类别（ggtlint rules 列出全部规则）",
            f"no rule or rule family is named {entry} (ggtlint rules lists them)")


def _limits(raw: dict[str, Any]) -> Limits:
    """The ``limits:`` section (already schema-checked) as Limits; absent keys keep the defaults."""
    from dataclasses import replace

    names = {"max_file_size": "max_file_bytes", "max_depth": "max_depth", "max_nodes": "max_nodes",
             "max_aliases": "max_aliases", "timeout": "max_seconds"}
    changes: dict[str, Any] = {names[key]: value for key, value in raw.items()}
    if "max_file_bytes" in changes:
        changes["max_file_bytes"] = int(changes["max_file_bytes"] * 1024 * 1024)  # MiB in the file
    return replace(DEFAULT_LIMITS, **changes) if changes else DEFAULT_LIMITS


def _line(lines: dict[str, int], pointer: str) -> int:
    while pointer not in lines and pointer:
        pointer = pointer.rsplit("/", 1)[0]
    return lines.get(pointer, 1)

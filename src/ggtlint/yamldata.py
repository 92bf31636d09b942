"""Load small trusted-shape YAML files (rule packs, configs) as plain data plus positions.

Used where ggtlint must say "file, line, field" about a mistake: every value's 1-based
line and column is kept under its JSON Pointer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from ggtlint.bilingual import joined
from ggtlint.model import escape_pointer_token

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class DataError(Exception):
    """A data file is broken; carries where, and why in Chinese (``message``) and English
    (``message_en``; the Chinese text when there is no English one)."""

    def __init__(self, file: str, line: int, field: str, message: str, message_en: str | None = None) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.message_en = message_en or message
        super().__init__(self.said(joined(message, self.message_en)))

    def said(self, reason: str) -> str:
        """``reason`` after where: "file:line: field: reason"."""
        where = f"{self.file}:{self.line}: {self.field}: " if self.field else f"{self.file}:{self.line}: "
        return where + reason

    def in_language(self, lang: str) -> str:
        """Where and why, in ``lang`` ("zh" or "en")."""
        return self.said(self.message_en if lang == "en" else self.message)


@dataclass(slots=True)
class Located:
    data: Any
    lines: dict[str, int]
    file: str

    def line_of(self, pointer: str) -> int:
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return 1
            pointer = pointer.rsplit("/", 1)[0]


_CONSTRUCTOR = yaml.SafeLoader("")
_STR = "tag:yaml.org,2002:str"
_MAX_NODES = 200_000


def load_located(text: str, file: str, scan: bool = True) -> Located:
    """Parse one YAML document; raise DataError with a position on syntax errors.

    ``scan=False`` skips the structural safety scan: only for files shipped with ggtlint.
    """
    from ggtlint.limits import DEFAULT_LIMITS, LIMIT_WORDS
    from ggtlint.load.yamlparse import problem_words, structure_problem

    # packs are untrusted: a 100,000-deep flow list would crash the composer itself
    problem = structure_problem(text, DEFAULT_LIMITS) if scan else None
    if problem is not None:
        zh, en, attr = LIMIT_WORDS.get(problem.kind, ("", "", ""))
        limit = getattr(DEFAULT_LIMITS, attr) if attr else None
        raise DataError(file, problem.line, "", f"超出安全限制：{zh}超过 {limit}" if zh else f"超出安全限制：{problem.problem}",
                        f"over a safety limit: {en} over {limit}" if en else f"over a safety limit: {problem.problem}")
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        zh, en = problem_words(str(exc.problem or exc.context or ""))
        raise DataError(file, (mark.line + 1) if mark else 1, "", f"YAML 语法错误：{zh}",
                        f"YAML syntax error: {en}") from None
    except yaml.YAMLError as exc:
        raise DataError(file, 1, "", f"YAML 错误：{exc}", f"YAML error: {exc}") from None
    lines: dict[str, int] = {}
    if node is None:
        return Located(None, lines, file)
    return Located(_construct(node, "", lines, file, 0), lines, file)


def _construct(node: yaml.Node, pointer: str, lines: dict[str, int], file: str, depth: int) -> Any:
    if depth > 64:
        raise DataError(file, node.start_mark.line + 1, pointer, "嵌套过深", "nesting too deep")
    lines[pointer] = node.start_mark.line + 1
    if len(lines) > _MAX_NODES:  # every visit has its own pointer, so aliases re-walked count too
        raise DataError(file, node.start_mark.line + 1, pointer,
                        f"展开“*名称”引用后数据项超过 {_MAX_NODES} 个",
                        f"more than {_MAX_NODES} nodes once aliases are expanded")
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise DataError(file, key_node.start_mark.line + 1, pointer, "键必须是文本", "keys must be text")
            key = key_node.value
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in result:
                raise DataError(file, key_node.start_mark.line + 1, child, "重复的键", "duplicate key")
            result[key] = _construct(value_node, child, lines, file, depth + 1)
            # a value is told at its key's line: a block under the key starts on the next one
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, f"{pointer}/{i}", lines, file, depth + 1) for i, item in enumerate(node.value)]
    if not node.tag.startswith("tag:yaml.org,2002:") or "python" in node.tag:
        raise DataError(file, node.start_mark.line + 1, pointer, f"不支持的标签 {node.tag}", f"unsupported tag {node.tag}")
    if node.tag == _STR:  # most scalars of a pack: no constructor needed
        return node.value
    return _CONSTRUCTOR.construct_object(node, deep=True)


def pointer_of(path: Any) -> str:
    """JSON Pointer of a jsonschema error's absolute_path."""
    return "".join("/" + escape_pointer_token(str(part)) for part in path)

"""Parse YAML text into PyYAML nodes (positions kept), with guards against hostile input.

Nodes are composed, never constructed: no tag can run code, and aliases stay shared nodes
(no billion-laughs expansion). libyaml's composer recurses in C, so nesting depth is checked
before composing: a deeply nested flow collection would otherwise crash the interpreter.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache

import yaml

from ggtlint.limits import Limits

try:  # the C parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

HAVE_LIBYAML = _BaseLoader is not yaml.SafeLoader

# Tag resolution (is this plain scalar an int, a date, text …?) is PyYAML's Python code, called
# by libyaml's composer for every node; it depends only on its arguments, and a bureau's tables
# repeat the same keys and short values, so the answers are remembered. The memo is functools'
# C-level LRU cache, called straight from the composer (no Python frame on a hit), bounded so
# memory stays flat; PyYAML's own resolver answers a miss (it keeps no state for plain nodes).
_RESOLVER = yaml.resolver.Resolver()


@lru_cache(maxsize=2048)
def _resolve(kind: type, value: str | None, implicit: object) -> str:
    return yaml.resolver.Resolver.resolve(_RESOLVER, kind, value, implicit)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    resolve = staticmethod(_resolve)
    # The composer also calls these two for every node, for path resolvers (add_path_resolver),
    # which ggtlint never registers; PyYAML's versions then return at once, but each call is a
    # Python frame. Built-ins that take the same arguments and have no effect cost no frame
    # (composing gets about 8% faster).
    descend_resolver = staticmethod(slice)  # (parent node, index) -> discarded
    ascend_resolver = staticmethod(tuple)  # () -> discarded


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """Why the text could not be parsed, and where (1-based, code points)."""

    kind: str  # "syntax", "depth", "aliases", "nodes", "time"
    problem: str  # in English (PyYAML's words, or ours)
    line: int
    column: int
    problem_zh: str = ""  # in Chinese, where the English one is ours and carries details


# A node needs at least about one character, so only text this long can hold more nodes than
# the limit allows; smaller files skip the extra scan (it costs about as much as parsing).
_NODE_SCAN_FACTOR = 2
_CLOCK_EVERY = 4096  # events between two looks at the clock


@lru_cache(maxsize=8)
def _block_reach(max_depth: int) -> re.Pattern[str]:
    """A line whose content starts far enough right to be nested ``max_depth`` deep."""
    return re.compile(r"^[ \t-]{%d}" % max(max_depth - 2, 1), re.MULTILINE)


def _needs_scan(text: str, limits: Limits) -> bool:
    """Cheap counts that decide whether the event scan can find anything."""
    if len(text) * _NODE_SCAN_FACTOR > limits.max_nodes:
        return True
    if text.count("[") + text.count("{") > limits.max_depth:
        return True
    # Block nesting needs indentation (or "- - -"): each level moves its content at least a
    # column right of every other level, give or take the two of a mapping in a list item; so
    # a file with no line starting that far right cannot nest past the limit.
    if _block_reach(limits.max_depth).search(text) is not None:
        return True
    return text.count("*") > limits.max_aliases


def _scan_events(text: str, limits: Limits, deadline: float | None) -> ParseProblem | None:
    """Walk the event stream (no tree is built) and stop at the first limit exceeded.

    libyaml's parser keeps its nesting on the heap, unlike its composer, so this is safe on
    100,000-deep input, and memory stays flat however many nodes the text has.
    """
    depth = nodes = aliases = 0
    for count, event in enumerate(yaml.parse(text, Loader=_Loader)):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            nodes += 1
            if depth > limits.max_depth:
                mark = event.start_mark
                return ParseProblem("depth", f"nesting deeper than {limits.max_depth}", mark.line + 1, mark.column + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.max_aliases:
                mark = event.start_mark
                return ParseProblem("aliases", f"more than {limits.max_aliases} aliases",
                                    mark.line + 1, mark.column + 1)
        if nodes > limits.max_nodes:
            mark = event.start_mark
            return ParseProblem("nodes", f"more than {limits.max_nodes} nodes", mark.line + 1, mark.column + 1)
        if count % _CLOCK_EVERY == 0 and deadline is not None and time.monotonic() > deadline:
            mark = event.start_mark
            return ParseProblem("time", "time limit reached while parsing", mark.line + 1, mark.column + 1)
    return None


def structure_problem(text: str, limits: Limits, deadline: float | None = None) -> ParseProblem | None:
    """The first structural limit ``text`` exceeds (depth, aliases, nodes, time), or None.

    Must run before anything composes the text: composing a 100,000-deep flow collection
    crashes the interpreter, and composing 5 million nodes takes gigabytes. Syntax errors
    are left for the composer to report (with the documents before them kept).
    """
    if not _needs_scan(text, limits):
        return None
    try:
        return _scan_events(text, limits, deadline)
    except yaml.MarkedYAMLError as exc:
        # libyaml 0.2.5+ refuses flow nesting past 1000 levels itself, possibly before the
        # parser has handed us the event that crosses our own (lower) limit.
        problem = _syntax_problem(exc)
        return problem if problem.kind == "depth" else None
    except yaml.YAMLError:
        return None


def compose_documents(text: str, limits: Limits,
                      deadline: float | None = None) -> tuple[list[yaml.Node], ParseProblem | None]:
    """All documents of ``text`` as nodes, plus the problem that stopped parsing, if any.

    Documents before a syntax error are kept so they can still be checked. A file over a
    structural limit yields no documents at all.
    """
    problem = structure_problem(text, limits, deadline)
    if problem is not None:
        return [], problem
    documents: list[yaml.Node] = []
    try:
        for node in yaml.compose_all(text, Loader=_Loader):
            documents.append(node)
    except yaml.MarkedYAMLError as exc:
        return documents, _syntax_problem(exc)
    except yaml.reader.ReaderError as exc:
        return documents, _reader_problem(exc, text)
    except yaml.YAMLError as exc:
        return documents, ParseProblem("syntax", str(exc), 1, 1)
    except RecursionError:
        return documents, ParseProblem("depth", "nesting too deep", 1, 1)
    return documents, None


# PyYAML's problems in the words a budget officer can act on, in both languages; the parser's
# own text follows in brackets in the English message.
_PROBLEMS = (
    ("did not find expected key", "缩进不一致或缺少字段名", "inconsistent indentation or a missing field name"),
    ("mapping values are not allowed", "此处不能出现“字段: 值”（冒号后缺空格、缩进错误或值中含“: ”需加引号）",
     "a 'field: value' cannot stand here (a missing space after the colon, wrong indentation, or a value "
     "containing ': ' that needs quotes)"),
    ("found character that cannot start any token", "出现了不能开始内容的字符（常见原因：用 Tab 缩进，YAML 只能用空格）",
     "a character that cannot start anything here (often a Tab used for indentation; YAML takes spaces only)"),
    ("unexpected end of stream", "文件意外结束（引号或括号没有闭合）", "the file ends too early (an unclosed quote or bracket)"),
    ("found undefined alias", "“*名称”引用的内容在前面没有用“&名称”定义", "'*name' refers to nothing defined earlier with '&name'"),
    ("expected <block end>", "缩进不一致", "inconsistent indentation"),
    ("while scanning a quoted scalar", "引号没有闭合", "an unclosed quote"),
    ("unknown escape character", "双引号内反斜杠“\\”后的字符无法识别（可改用单引号，或把“\\”写成“\\\\”）",
     "an unknown character after a backslash in double quotes (use single quotes, or write the backslash twice)"),
    ("could not find expected ':'", "缺少冒号“:”", "a missing colon ':'"),
    ("unacceptable character", "含有不允许的控制字符", "a control character that is not allowed"),
    ("did not find expected ',' or ']'", "方括号列表没有正确结束（缺少“,”或“]”）", "a [ ] list not closed properly (a missing ',' or ']')"),
    ("did not find expected ',' or '}'", "花括号“{ }”没有正确结束（缺少“,”或“}”）", "a { } mapping not closed properly (a missing ',' or '}')"),
    ("did not find expected '-' indicator", "列表项缩进不一致", "list items indented inconsistently"),
    ("found duplicate anchor", "同一个“&名称”定义了两次", "the same '&name' defined twice"),
)


def problem_words(problem: str) -> tuple[str, str]:
    """The parser's problem in plain words: (Chinese, English with the parser's own words after it);
    the parser's text as it is when it is none of the known ones."""
    for english, chinese, plain in _PROBLEMS:
        if english in problem:
            return chinese, f"{plain} (parser: {problem})"
    return problem, problem


_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # libyaml's line breaks


def _reader_problem(exc: yaml.reader.ReaderError, text: str) -> ParseProblem:
    """A character YAML forbids (control characters): say which and where, not a byte offset."""
    position = exc.position
    if HAVE_LIBYAML:  # libyaml counts UTF-8 bytes, the Python reader code points
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    before = text[:position]
    breaks = list(_BREAK.finditer(before))
    line = len(breaks) + 1
    column = position - (breaks[-1].end() if breaks else 0) + 1
    character = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return ParseProblem("syntax", f"character U+{character:04X} is not allowed in YAML ({exc.reason})", line, column,
                        f"不允许的字符 U+{character:04X}（YAML 文件中不能有控制字符）")


def _syntax_problem(exc: yaml.MarkedYAMLError) -> ParseProblem:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "syntax error"
    if exc.context and exc.problem:
        problem = f"{exc.context}: {exc.problem}"
    kind = "depth" if "maximum nesting depth" in problem else "syntax"
    if mark is None:
        return ParseProblem(kind, problem, 1, 1)
    return ParseProblem(kind, problem, mark.line + 1, mark.column + 1)

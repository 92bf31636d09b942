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

from ggtlint.limits import DEFAULT_LIMITS, Limits
from ggtlint.lazyregex import lazy_pattern

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
# own text follows in brackets in the English message. Order matters: the first match wins.
_QUOTE_SYMBOLS_ZH = "以“>”“*”“!”“@”等符号开头的值要加引号（如 \">=200人\"）"
_QUOTE_SYMBOLS_EN = "a value that starts with >, *, !, @ and the like needs quotes (\">=200人\")"
_PROBLEMS = (
    ("did not find expected key", "缩进不一致或缺少字段名", "inconsistent indentation or a missing field name"),
    ("mapping values are not allowed", "此处不能出现“字段: 值”（冒号后缺空格、缩进错误或值中含“: ”需加引号）",
     "a 'field: value' cannot stand here (a missing space after the colon, wrong indentation, or a value "
     "containing ': ' that needs quotes)"),
    ("found a tab character", "用了 Tab（制表符）缩进，YAML 只能用空格：请把 Tab 换成空格",
     "a Tab used for indentation; YAML takes spaces only: replace the Tab with spaces"),
    # an "@", "`" or "%" opening a value is as common as a Tab: name both, not just the Tab
    ("found character that cannot start any token",
     "出现了不能开始内容的字符：缩进只能用空格（不能用 Tab），以“@”“`”“%”等符号开头的值要加引号",
     "a character that cannot start anything here: indent with spaces (no Tab), and put a value that "
     "starts with @, ` or % in quotes"),
    ("unexpected end of stream", "文件意外结束（引号或括号没有闭合）", "the file ends too early (an unclosed quote or bracket)"),
    ("found undefined alias", "“*名称”引用的内容在前面没有用“&名称”定义；若“*”是值的一部分，值要加引号",
     "'*name' refers to nothing defined earlier with '&name'; if the '*' is part of a value, quote the value"),
    # ">=200人": ">" and "|" start a block of text in YAML; "≥" is what was meant
    ("while scanning a block scalar", f"{_QUOTE_SYMBOLS_ZH}，或改用符号“≥”",
     f"{_QUOTE_SYMBOLS_EN}, or write the sign '≥'"),
    ("while scanning an alias", _QUOTE_SYMBOLS_ZH, _QUOTE_SYMBOLS_EN),
    ("while scanning an anchor", _QUOTE_SYMBOLS_ZH, _QUOTE_SYMBOLS_EN),
    ("while scanning a tag", _QUOTE_SYMBOLS_ZH, _QUOTE_SYMBOLS_EN),
    ("block sequence entries are not allowed", "此处不能以“- ”开始列表项（缩进不对，或以“-”开头的值要加引号）",
     "a list item ('- ') cannot start here (wrong indentation, or a value starting with '-' needs quotes)"),
    ("mapping keys are not allowed", "此处不能以“? ”开头（以“?”开头的值要加引号）",
     "'? ' cannot start here (a value starting with '?' needs quotes)"),
    ("did not find expected node content", "此处缺少内容（以“,”“]”“}”等符号开头的值要加引号）",
     "content is missing here (a value starting with ',', ']' or '}' needs quotes)"),
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


_BREAK = lazy_pattern("\r\n|[\r\n\x85\u2028\u2029]")  # libyaml's line breaks


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


# -- where a syntax error really is ------------------------------------------------------------
# libyaml often notices a slip a line or more after it (a missing space after a colon is found
# on the next key, an unclosed quote at the end of the file) and words it in its own terms. These
# find the slips budget officers make, on their own line, and say them in words they can act on.
# A guessed slip is only named when mending it gets the parser past the place it failed.


@dataclass(frozen=True, slots=True)
class SyntaxCause:
    """The slip that most likely caused a syntax error: where it is (1-based, code points) and
    what to do, in Chinese and English (without the parser's words)."""

    line: int
    column: int
    zh: str
    en: str
    # the line as it should read, the likeliest first (the mends that got the parser past the
    # problem), and whether such a mend keeps what was meant (see ggtlint.fixes.syntax_fix)
    mends: tuple[str, ...] = ()
    sure: bool = False


_CAUSE_REACH = 3  # lines above the parser's complaint looked at for a slip on its own line
_QUOTE_TRIES = 6  # far slips (unclosed quotes, full-width indents) tried, nearest first
# A table is a few thousand characters; a file far larger is no officer's table, and parsing it
# again and again to test mends would take many times the parse: its slip is told in the parser's
# words. The time allowed grows with the text, about as long again as parsing it.
_MENDABLE = 200_000  # characters
_MEND_TRIES = 24  # parses spent testing mends, at most
_MEND_SECONDS_BASE = 0.1  # and time: this much, plus
_MEND_SECONDS_PER_CHAR = 1e-6  # this much per character of the text

# "key: value" or "- value" (any number of "- "), the value starting where the parser's
# indicators would see it; a key is plain text up to the first ": " (quoted keys are left alone).
_VALUE_LINE = lazy_pattern(r"(?P<lead>[ \t]*(?:-[ \t]+)*(?:(?P<key>[^\s#'\"\-?:][^#]*?):[ \t]+)?)(?P<value>\S.*)")
_INDICATORS = frozenset(">|*!&@`%?,[]{}-")
_COMMENT = lazy_pattern(r"[ \t]+#")
_BLOCK_HEADER = lazy_pattern(r"[|>][-+0-9]*(?:[ \t]+#.*)?")
# a key with no plain space after its colon: "value:＝2次", "value:　≥200人"
_TIGHT_COLON = lazy_pattern(r"(?P<lead>[ \t]*(?:-[ \t]+)*)(?P<key>[^\s#'\"\-:：][^\s:#：]*):(?P<gap>\u3000*)(?P<rest>\S.*)?")
_NO_SPACE_DASH = lazy_pattern(r"(?P<indent>[ \t]*)-(?P<rest>[^\s\-].*)")
# what a Chinese input method gives for "-": em dash, full-width hyphen-minus, en dash, …
_WIDE_DASH = lazy_pattern(r"(?P<indent>[ \t]*)(?P<dash>[—－–―‒−﹣‐‑])[ \t\u3000]*(?P<rest>\S.*)?")
_LEADING = lazy_pattern(r"[ \t\u3000]*")
_OPEN_QUOTE = lazy_pattern(r"(?P<lead>[ \t]*(?:-[ \t]+)*(?:[^\s#'\"\-?:][^#]*?:[ \t]+)?)(?P<quote>[\"'])")


def clip_text(text: str, limit: int = 24) -> str:
    """``text`` cut to ``limit`` characters with "…", for quoting a line or a value in a message."""
    return text if len(text) <= limit else text[:limit] + "…"


def split_lines(text: str) -> list[str]:
    """The lines as libyaml numbers them, each with its break (so joining gives the text back)."""
    lines: list[str] = []
    start = 0
    for match in _BREAK.finditer(text):
        lines.append(text[start:match.end()])
        start = match.end()
    lines.append(text[start:])
    return lines


def line_body(line: str) -> str:
    """A line without its break."""
    return _BREAK.sub("", line)


def indentation(line: str) -> str:
    """The blanks a line starts with: spaces, and the Tabs and full-width spaces typed for them."""
    return _LEADING.match(line).group()  # type: ignore[union-attr]


def _quoted(value: str) -> str:
    """``value`` in the quotes YAML takes it in as written."""
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


class _Mender:
    """Tests guessed mends of one file's lines against the problem the parser gave, within a
    budget of parses and time (the report must not take much longer than the parse did)."""

    def __init__(self, lines: list[str], problem: ParseProblem, deadline: float | None) -> None:
        self.lines = lines
        self.problem = problem
        self.tries = _MEND_TRIES
        size = sum(len(line) for line in lines)
        until = time.monotonic() + _MEND_SECONDS_BASE + size * _MEND_SECONDS_PER_CHAR
        self.deadline = until if deadline is None else min(until, deadline)

    def passes(self, number: int, mended: str) -> bool:
        """Whether writing ``mended`` for line ``number`` gets the parser past the problem.

        Only the text up to just past the problem is parsed again: whatever comes after cannot
        decide whether this line caused it, and a cut-off end can only fail beyond the problem."""
        if self.tries <= 0 or time.monotonic() > self.deadline:
            return False
        self.tries -= 1
        problem = self.problem
        keep = self.lines[:problem.line + 1]
        if not 1 <= number <= len(keep):
            return False
        tail = keep[number - 1][len(line_body(keep[number - 1])):]
        keep[number - 1] = mended + tail
        try:
            _, after = compose_documents("".join(keep), DEFAULT_LIMITS)
        except Exception:  # noqa: BLE001 - a test of a guess must never break the report
            return False
        return after is None or (after.kind == "syntax" and after.line > problem.line)

    def any_passes(self, number: int, mends: str | list[str] | tuple[str, ...]) -> bool:
        return any(self.passes(number, mend) for mend in ([mends] if isinstance(mends, str) else mends))


def _tab_cause(lines: list[str], problem: ParseProblem) -> SyntaxCause | None:
    """A Tab in the indentation (or where the parser stopped), shown as "⇥" in the message, since
    a terminal shows a Tab as blanks."""
    def at(number: int, index: int) -> SyntaxCause:
        line = line_body(lines[number - 1])
        shown = clip_text(line.lstrip(" ")[:40].replace("\t", "⇥"))
        return SyntaxCause(
            number, index + 1,
            f"第 {number} 行有 Tab 制表符（“{shown}”中的“⇥”）：YAML 只能用空格缩进，请把 Tab 换成空格，与上下行对齐",
            f"line {number} has a Tab (the '⇥' in '{shown}'): YAML indents with spaces only; replace the Tab "
            "with spaces, lined up with the lines around it", _indent_mends(lines, number))

    last = min(problem.line, len(lines))
    if last < 1:
        return None
    tab_problem = "tab character" in problem.problem
    for number in range(last, max(last - _CAUSE_REACH, 1) - 1, -1):
        leading = _LEADING.match(line_body(lines[number - 1]))
        if leading is not None and "\t" in leading.group():
            return at(number, leading.group().index("\t"))
        if not tab_problem:
            break  # only the parser's own line, unless it said a Tab was the trouble
    line = line_body(lines[last - 1]) if problem.line <= len(lines) else ""
    if 0 < problem.column <= len(line) and line[problem.column - 1] == "\t":
        return at(last, problem.column - 1)
    return None


def _indent_mends(lines: list[str], number: int) -> tuple[str, ...]:
    """Line ``number`` with the Tabs and full-width spaces of its indentation made plain spaces,
    the likeliest first: lined up with the line above (with the key after its "- ", or with
    its start), with the line below, or as a Tab stop of 4, 8 or 2 would show it. Which one
    was meant no parse can tell (several may read, as different tables)."""
    line = line_body(lines[number - 1])
    indent = indentation(line)
    content = line[len(indent):]
    if not content or indent.strip(" ") == "":  # (a Tab further on the line is no indentation)
        return ()
    widths = []
    above, below = _written_line(lines, number, -1), _written_line(lines, number, 1)
    if above is not None:
        widths += [" " * len(_ITEM_LEAD.match(above).group()), indentation(above)]  # type: ignore[union-attr]
    if below is not None:
        widths.append(indentation(below))
    # a full-width space is as wide as two, or was typed in front of the right ones
    widths += [" " * len(indent.replace("\u3000", wide).expandtabs(size)) for wide in ("  ", "") for size in (4, 8, 2)]
    return tuple(dict.fromkeys(blanks + content for blanks in widths if not blanks.strip(" ")))


_ITEM_LEAD = lazy_pattern(r" *(?:- +)*")


def _written_line(lines: list[str], number: int, step: int) -> str | None:
    """The nearest line above (``step`` -1) or below (1) line ``number`` that holds more than a comment."""
    number += step
    while 1 <= number <= len(lines):
        body = line_body(lines[number - 1])
        if body.strip() and not body.lstrip().startswith("#"):
            return body
        number += step
    return None


def _indicator_cause(line: str) -> tuple[int, str, str, str] | None:
    """(column, mended line, zh, en) for a value that starts with a YAML indicator: ">=200人"."""
    match = _VALUE_LINE.fullmatch(line)
    if match is None or (match.group("key") is None and "-" not in match.group("lead")):
        return None
    value = match.group("value")
    if _BLOCK_HEADER.fullmatch(value):  # "goal: |" is right as it is
        return None
    first = value[0]
    if first not in _INDICATORS or (first in "-?" and len(value) > 1 and not value[1].isspace()):
        return None
    comment = _COMMENT.search(value)
    written = (value[:comment.start()] if comment else value).rstrip()
    remark = value[len(written):]  # the blanks and comment after it, left as they are
    lead = match.group("lead")
    mended = lead + _quoted(written) + remark
    key = match.group("key")
    example = f"{key}: {_quoted(written)}" if key else f"- {_quoted(written)}"
    alternative = ""
    if written.startswith(">="):
        alternative = "≥" + written[2:].lstrip()
    elif first == ">":
        alternative = "＞" + written[1:].lstrip()
    elif first in "-?" and written[1:].strip():
        alternative = written[1:].strip()
    zh = (f"值“{clip_text(written)}”以“{first}”开头，YAML 会把“{first}”当作特殊符号："
          f"以“>”“*”“!”“@”等符号开头的值要加引号（如 {example}）")
    en = (f"the value '{clip_text(written)}' starts with '{first}', which YAML reads as special notation: "
          f"put a value that starts with >, *, !, @ and the like in quotes ({example})")
    if len(alternative) > 1 and not (alternative[0] in _INDICATORS or alternative[0] in "\"'#"):
        shown = f"{key}: {alternative}" if key else f"- {alternative}"
        if first == ">":
            # ≥ is a sign of its own; ＞ the full-width form of >
            wide_zh, wide_en = ("符号", "the sign") if alternative[0] == "≥" else ("全角", "the full-width")
            zh += f"，或改用{wide_zh}“{alternative[0]}”（如 {shown}）"
            en += f", or write {wide_en} '{alternative[0]}' ({shown})"
        else:
            zh += f"，或删去开头的“{first} ”（如 {shown}）"
            en += f", or drop the leading '{first} ' ({shown})"
    return match.start("value") + 1, mended, zh, en


def _colon_cause(line: str) -> tuple[int, str, str, str] | None:
    """A key whose colon has no plain space after it: "value:＝2次" or "value:　≥200人"."""
    match = _TIGHT_COLON.fullmatch(line)
    if match is None or (match.group("rest") is None and not match.group("gap")):
        return None
    key, rest = match.group("key"), match.group("rest") or ""
    mended = f"{match.group('lead')}{key}: {rest}"
    example = f"{key}: {clip_text(rest)}"
    column = match.start("gap") + 1
    if match.group("gap"):
        return (column, mended,
                f"“{key}:”后面是全角空格“　”：冒号后要用半角空格（英文输入法下的空格），如 {example}",
                f"'{key}:' is followed by a full-width space (U+3000): write a plain space after the colon ({example})")
    return (column, mended,
            f"“{key}:”后缺空格：冒号后要加一个空格，如 {example}",
            f"a space is missing after '{key}:': put one space after the colon ({example})")


def _dash_cause(line: str) -> tuple[int, str, str, str] | None:
    """A list item whose "-" has no space after it, or is a Chinese dash."""
    match = _NO_SPACE_DASH.fullmatch(line)
    if match is not None:
        rest = match.group("rest")
        example = f"- {clip_text(rest, 12)}"
        return (len(match.group("indent")) + 1, f"{match.group('indent')}- {rest}",
                f"列表项的“-”后缺空格：“-”和后面的内容之间要有一个空格，如 {example}",
                f"a space is missing after the list item's '-': write '{example}'")
    match = _WIDE_DASH.fullmatch(line)
    if match is not None:
        rest, dash = match.group("rest") or "", match.group("dash")
        example = f"- {clip_text(rest, 12)}"
        return (len(match.group("indent")) + 1, f"{match.group('indent')}- {rest}",
                f"列表项开头用了“{dash}”（中文破折号或全角减号）：应为半角减号“-”加一个空格，如 {example}",
                f"the list item starts with '{dash}' (a Chinese dash or full-width minus): write a plain '-' "
                f"and a space ('{example}')")
    return None


def _wide_indent_cause(line: str) -> tuple[int, list[str], str, str] | None:
    """A full-width space (U+3000, what a Chinese input method types) in the indentation."""
    leading = _LEADING.match(line)
    if leading is None or "\u3000" not in leading.group():
        return None
    indent = leading.group()
    # typed for two spaces, or in front of the right ones: either mend may line it up
    mends = [indent.replace("\u3000", blank) + line[len(indent):] for blank in ("  ", "", " ")]
    return (indent.index("\u3000") + 1, mends,
            "缩进中有全角空格“　”（中文输入法下的空格）：缩进只能用半角空格，请删去全角空格，重新用空格对齐",
            "the indentation holds a full-width space (U+3000, what a Chinese input method types): "
            "indent with plain spaces only")


def _quote_cause(mender: _Mender) -> SyntaxCause | None:
    """A value whose opening quote is never closed on its line: the parser reads on to the next
    quote, often many lines down, or to the end of the file."""
    lines, tries = mender.lines, 0
    for number in range(min(mender.problem.line, len(lines)), 0, -1):
        line = line_body(lines[number - 1])
        match = _OPEN_QUOTE.match(line)
        if match is None:
            continue
        quote, rest = match.group("quote"), line[match.end():]
        closed = (re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None if quote == '"'
                  else re.search(r"'", rest.replace("''", "")) is not None)
        if closed:
            continue
        tries += 1
        if tries > _QUOTE_TRIES:
            return None
        written = rest.rstrip()
        # closed at the end of the line, or never opened (a value running over lines)
        mends = (line.rstrip() + quote, line[:match.start("quote")] + rest)
        if mender.any_passes(number, mends):
            key = match.group("lead").strip()
            example = f"{key} {quote}{clip_text(written, 12)}{quote}".lstrip()
            return SyntaxCause(
                number, match.start("quote") + 1,
                f"引号“{quote}”没有闭合：值的结尾要用同样的引号收尾（如 {example}），或去掉开头的引号",
                f"the quote {quote} is never closed: end the value with the same quote ({example}) "
                "or remove the opening one", mends)  # where the value was meant to end: a guess
    return None


def _far_wide_indent(mender: _Mender, start: int) -> SyntaxCause | None:
    """A full-width space before a key further up: the key it makes ("　产出指标") can end the
    mapping it was meant to be in, and the parser fails only many lines later."""
    lines, tries = mender.lines, 0
    for number in range(min(start, len(lines)), 0, -1):
        found = _wide_indent_cause(line_body(lines[number - 1]))
        if found is None:
            continue
        tries += 1
        if tries > _QUOTE_TRIES:
            return None
        column, mends, zh, en = found
        if mender.any_passes(number, mends):
            return SyntaxCause(number, column, zh, en, _indent_mends(lines, number))
    return None


# "name: …" after a list item's dash: the line was meant as an item with that key
_KEY_AFTER_DASH = lazy_pattern(r"[ \t]*[-—－–―‒−﹣‐‑][ \t\u3000]*[^\s#'\"\-:：][^\s:：]*:(?:[ \t]|$)")


def _keeps_meaning(detect: object, line: str) -> bool:
    """Whether the mend of a slip found by ``detect`` on ``line`` keeps what was meant: a value
    put in quotes reads as written, a space after a key's colon makes it the key it looks like;
    a dash is a list item's only when a key follows it ("-name: …"; "-5%" may be a value)."""
    if detect is _dash_cause:
        return _KEY_AFTER_DASH.match(line) is not None
    return detect in (_indicator_cause, _colon_cause)


def syntax_cause(text: str, problem: ParseProblem, deadline: float | None = None) -> SyntaxCause | None:
    """The budget officer's slip behind ``problem``, on its own line, when it is one of the
    usual ones; else None (the parser's words, in plain terms, are said instead). Mends are
    tested until ``deadline`` (monotonic seconds) at the latest."""
    if problem.kind != "syntax" or problem.problem_zh or len(text) > _MENDABLE:
        return None
    lines = split_lines(text)
    mender = _Mender(lines, problem, deadline)
    cause = _tab_cause(lines, problem)
    if cause is not None:
        return cause
    last = min(problem.line, len(lines))
    for number in range(last, max(last - _CAUSE_REACH, 1) - 1, -1):
        line = line_body(lines[number - 1])
        for detect in (_indicator_cause, _colon_cause, _dash_cause, _wide_indent_cause):
            found = detect(line)
            if found is None:
                continue
            column, mended, zh, en = found
            # a full-width space in the indentation of the parser's own line is the slip even
            # when no mend lines it up
            sure = detect is _wide_indent_cause and number == problem.line
            if sure or mender.any_passes(number, mended):
                if detect is _wide_indent_cause:
                    return SyntaxCause(number, column, zh, en, _indent_mends(lines, number))
                return SyntaxCause(number, column, zh, en, (mended,), sure=_keeps_meaning(detect, line))
    cause = _far_wide_indent(mender, last - _CAUSE_REACH - 1) or _quote_cause(mender)
    if cause is not None:
        return cause
    if "cannot start any token" in problem.problem and problem.line <= len(lines):
        line = line_body(lines[problem.line - 1])
        if 0 < problem.column <= len(line):
            character = line[problem.column - 1]
            return SyntaxCause(
                problem.line, problem.column,
                f"字符“{character}”不能出现在这里：如果它是值的一部分，请给整个值加引号（如 \"{character}…\"）",
                f"the character '{character}' cannot stand here: if it is part of a value, put the whole value "
                f"in quotes (\"{character}…\")")
    return None

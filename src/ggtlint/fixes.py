"""Automatic fixes (``check --fix`` / ``--diff``): the change a finding offers, and making it.

A check that knows the exact correction (a typo from the pack's list, stray spaces around a
name, a category's standard name) attaches a :class:`Fix` to its finding: in one table's
document, the text at a JSON Pointer (a value, or with ``key`` the mapping key there: a
category name) that reads ``old`` becomes ``new``. A safe fix keeps the meaning; an unsafe one
(a doubled word, a name that looks cut short) is a guess a person should look at, made only
with ``--unsafe-fixes`` (ruff's split).

Making a fix is surgery on the text as written: only the changed characters of that one scalar
are rewritten, so comments, quotes, key order, encoding and line endings stay. Every change is
proved by parsing the new text: its data must equal the old data with exactly that change, or
the fix is not made and the file keeps its text.
"""

from __future__ import annotations

import difflib
import json
import os
import stat
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterator, NamedTuple

import yaml

from ggtlint.findings import Finding


class Fix(NamedTuple):
    pointer: str       # JSON Pointer inside the table's document ("" for a text edit)
    old: str           # the text there now (a fix whose text has changed since is not made)
    new: str           # the text it becomes
    safe: bool = True  # keeps the meaning; unsafe fixes need --unsafe-fixes
    key: bool = False  # the mapping key at ``pointer`` (a category name), not its value
    # a text edit (a syntax slip, in a file that does not parse): ``old`` at this line and
    # column (1-based, code points, as the parser counts them) to the end of the line
    line: int = 0
    column: int = 0

    @property
    def text_edit(self) -> bool:
        return self.line > 0

    def to_data(self) -> list[Any]:
        """Plain data, as findings carry it (``extra["fix"]``) through caches and workers."""
        return [self.pointer, self.old, self.new, self.safe, self.key, self.line, self.column]


def fix_of(finding: Finding) -> Fix | None:
    """The fix a finding offers, if any."""
    data = finding.extra.get("fix") if finding.extra else None
    if not isinstance(data, (list, tuple)) or len(data) != 7:
        return None
    pointer, old, new, safe, key, line, column = data
    if not (isinstance(pointer, str) and isinstance(old, str) and isinstance(new, str)
            and isinstance(line, int) and isinstance(column, int)):
        return None
    return Fix(pointer, old, new, bool(safe), bool(key), line, column)


def changed_part(old: str, new: str) -> tuple[int, int, int]:
    """(start, end in old, end in new) of the part of ``old`` that ``new`` changes."""
    start = 0
    shortest = min(len(old), len(new))
    while start < shortest and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old, end_new


_SHOWN = 24  # characters of context a description shows at most


def describe(fix: Fix, lang: str = "zh") -> str:
    """What the fix changes, as a reader sees it: “服务对像”→“服务对象”, with a little context."""
    old, new = fix.old, fix.new
    if len(old) > _SHOWN or len(new) > _SHOWN:
        start, end_old, end_new = changed_part(old, new)
        left, right = max(start - 3, 0), 3
        old = ("…" if left else "") + old[left:end_old + right] + ("…" if end_old + right < len(old) else "")
        new = ("…" if left else "") + new[left:end_new + right] + ("…" if end_new + right < len(new) else "")
    if fix.text_edit:  # a Tab shows as blanks
        old, new = old.replace("\t", "⇥"), new.replace("\t", "⇥")
    if lang == "en":
        return f"'{old}' -> '{new}'"
    return f"“{old}”→“{new}”"


# -- finding and rewriting the scalar -------------------------------------------------------

def _documents(text: str) -> list[yaml.Node] | None:
    """The text's documents as nodes (empty ones left out, as the loader does), or None."""
    try:
        return [node for node in yaml.compose_all(text, Loader=yaml.CSafeLoader) if node is not None]
    except (yaml.YAMLError, RecursionError):
        return None


def _data(text: str) -> list[Any] | None:
    """The text's documents as plain data, every scalar a string (no type guessing: a fix
    that turned 是 into a boolean or 2023-12-31 into a date must still show)."""
    try:
        return [data for data in yaml.load_all(text, Loader=yaml.CBaseLoader) if data is not None]
    except (yaml.YAMLError, RecursionError):
        return None


def _tokens(pointer: str) -> list[str]:
    """A JSON Pointer's reference tokens, unescaped (RFC 6901: ~1 is '/', ~0 is '~')."""
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:]]


def _list_index(token: str, length: int) -> int | None:
    """The list index a pointer token names (ASCII digits only, as RFC 6901 has it), or None."""
    return int(token) if token.isascii() and token.isdigit() and int(token) < length else None


def _step(container: Any, token: str) -> int | str | None:
    """The index or key ``token`` names in ``container`` (a list or a mapping), or None."""
    if isinstance(container, list):
        return _list_index(token, len(container))
    return token if isinstance(container, dict) and token in container else None


def _node_at(document: yaml.Node, tokens: list[str], key: bool) -> tuple[yaml.Node, bool] | None:
    """The scalar node at ``tokens`` (its key node with ``key``), and whether it sits in a
    flow collection ([…] or {…}), where a plain scalar may not hold , [ ] { }."""
    node, in_flow = document, False
    for depth, token in enumerate(tokens):
        last = depth == len(tokens) - 1
        in_flow = in_flow or bool(getattr(node, "flow_style", False))
        if isinstance(node, yaml.MappingNode):
            pairs = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == token]
            if len(pairs) != 1:  # absent, or a repeated key (the loader reads the first; leave it to a person)
                return None
            node = pairs[0][0] if last and key else pairs[0][1]
        elif isinstance(node, yaml.SequenceNode) and not key \
                and (index := _list_index(token, len(node.value))) is not None:
            node = node.value[index]
        else:
            return None
    return (node, in_flow) if isinstance(node, yaml.ScalarNode) else None


def _changed_data(data: list[Any], document: int, tokens: list[str], fix: Fix) -> list[Any] | None:
    """``data`` with the fix made, or None when the data there is not ``fix.old``."""
    if document >= len(data) or not tokens:
        return None
    changed = list(data)
    copy = changed[document] = _copy_along(data[document], tokens[:-1])
    if copy is None:
        return None
    parent, last = copy, tokens[-1]
    for token in tokens[:-1]:
        parent = parent[_step(parent, token)]  # the path exists: _copy_along walked it
    if fix.key:
        if not isinstance(parent, dict) or last != fix.old or fix.old not in parent or fix.new in parent:
            return None  # renaming onto a name already there would merge two categories
        if "<<" in parent:
            return None  # a merge key (<<: *anchor) may bring the new name in: the renamed one would hide it
        items = list(parent.items())
        parent.clear()
        parent.update((fix.new if name == fix.old else name, value) for name, value in items)
        return changed
    step = _step(parent, last)
    if step is None or parent[step] != fix.old:
        return None
    parent[step] = fix.new
    return changed


def _copy_along(data: Any, tokens: list[str]) -> Any:
    """A copy of ``data`` in which the containers on the path are new (the rest shared)."""
    if isinstance(data, dict):
        copy: Any = dict(data)
    elif isinstance(data, list):
        copy = list(data)
    else:
        return None
    if tokens:
        step = _step(copy, tokens[0])
        inner = None if step is None else _copy_along(copy[step], tokens[1:])
        if inner is None:
            return None
        copy[step] = inner
    return copy


def _edits(source: str, old: str, new: str) -> Iterator[str]:
    """The scalar's source with ``old`` → ``new`` made inside it: the changed characters
    replaced where they occur once, widened by their neighbours until they do (none when
    they never occur once: an escape or a line break stands in the way)."""
    start, end_old, end_new = changed_part(old, new)
    left, right = start, 0
    while True:
        old_part, new_part = old[left:end_old + right], new[left:end_new + right]
        if old_part and source.count(old_part) == 1:
            yield source.replace(old_part, new_part)
            return
        if left == 0 and end_old + right >= len(old):
            return
        if left > 0:
            left -= 1
        if end_old + right < len(old):
            right += 1


def edit_within(source: str, old: str, new: str) -> str | None:
    """``source`` (the written text of a field, or part of it) with the fix's change made in
    place, or None where that cannot be done by replacing characters that occur once."""
    return next(_edits(source, old, new), None)


def _plain_safe(text: str, in_flow: bool) -> bool:
    """Whether ``text`` can stand unquoted as a value and still read as itself."""
    if not text or text != text.strip() or "\n" in text or (in_flow and any(c in text for c in ",[]{}")):
        return False
    try:
        return yaml.load("k: " + text, Loader=yaml.CBaseLoader) == {"k": text}
    except yaml.YAMLError:
        return False


def _rewrites(text: str, node: yaml.Node, fix: Fix, in_flow: bool) -> Iterator[str]:
    """Candidate new texts of the file, the least change first."""
    start, end = node.start_mark.index, node.end_mark.index
    source = text[start:end]
    for edited in _edits(source, fix.old, fix.new):
        yield text[:start] + edited + text[end:]
    if node.style in (None, "") and _plain_safe(fix.new, in_flow):
        yield text[:start] + fix.new + text[end:]
    if node.style == '"' and source.isascii() and "\\u" in source:
        # written with \u escapes (JSON with ensure_ascii): the new text is written so too
        yield text[:start] + json.dumps(fix.new) + text[end:]
    # JSON's string form is also a YAML double-quoted scalar (one line, escapes as JSON writes them)
    yield text[:start] + json.dumps(fix.new, ensure_ascii=False) + text[end:]


def apply_fix(text: str, document: int, fix: Fix) -> str | None:
    """``text`` with ``fix`` made in its ``document``-th document, or None when it cannot be
    made exactly (the text there changed, the change would touch anything else)."""
    if fix.text_edit:
        return _apply_text_edit(text, fix)
    documents, data = _documents(text), _data(text)
    if documents is None or data is None or len(documents) != len(data) or document >= len(documents):
        return None
    tokens = _tokens(fix.pointer)
    found = _node_at(documents[document], tokens, fix.key)
    if found is None or found[0].value != fix.old:
        return None
    expected = _changed_data(data, document, tokens, fix)
    if expected is None:
        return None
    node, in_flow = found
    for candidate in _rewrites(text, node, fix, in_flow):
        if _data(candidate) == expected:
            return candidate
    return None


# -- syntax slips: edits of the text itself ------------------------------------------------

def _syntax_problem(text: str) -> tuple[int, int] | None:
    """(line, column) where the text stops parsing, or None when it parses (a limit hit is no
    syntax problem a text edit can mend: it counts as parsing here, the loader says it)."""
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.load.yamlparse import compose_documents

    _, problem = compose_documents(text, DEFAULT_LIMITS)
    return (problem.line, problem.column) if problem is not None and problem.kind == "syntax" else None


def _edited_line(text: str, line: int, column: int, old: str, new: str) -> str | None:
    """``text`` with line ``line`` read from ``column`` on as ``new`` instead of ``old`` (its line
    break kept), or None when it does not read ``old`` there."""
    from ggtlint.load.yamlparse import line_body, split_lines

    lines = split_lines(text)
    if not 1 <= line <= len(lines):
        return None
    body = line_body(lines[line - 1])
    if column < 1 or body[column - 1:] != old:
        return None
    lines[line - 1] = body[:column - 1] + new + lines[line - 1][len(body):]
    return "".join(lines)


def syntax_fix(text: str, line: int, mends: tuple[str, ...], sure: bool) -> Fix | None:
    """The text edit that mends a syntax slip on ``line``: the first of ``mends`` (the line as it
    should read) with which the whole text parses, or failing that the parser gets further
    (another slip below, mended in a later round). ``sure``: the mend keeps what was meant
    (a value put in quotes as written); a guess (which column a Tab stood for) is unsafe."""
    from ggtlint.load.yamlparse import indentation, line_body, split_lines

    before = _syntax_problem(text)
    lines = split_lines(text)
    if before is None or not 1 <= line <= len(lines):
        return None
    body = line_body(lines[line - 1])
    further: Fix | None = None
    for mend in mends[:_MENDS_TRIED]:
        # the edit runs from the first written character (from the line's start when the
        # indentation is what changes) to the end of the line
        start = len(indentation(body)) if indentation(mend) == indentation(body) else 0
        fix = Fix("", body[start:], mend[start:], sure, line=line, column=start + 1)
        mended = _edited_line(text, line, fix.column, fix.old, fix.new)
        after = _syntax_problem(mended) if mended is not None else before
        if after is None:
            return fix
        if after > before and further is None:
            further = fix
    return further


_MENDS_TRIED = 8  # each is a parse of the whole text


def _apply_text_edit(text: str, fix: Fix) -> str | None:
    """``text`` with the slip mended: only when it does not parse as it is and the edit gets the
    parser further (to the end, or to a slip further down, mended in a later round)."""
    before = _syntax_problem(text)
    edited = _edited_line(text, fix.line, fix.column, fix.old, fix.new) if before is not None else None
    if edited is None:
        return None
    after = _syntax_problem(edited)
    return edited if after is None or after > before else None


# -- one file, round after round ------------------------------------------------------------

@dataclass(slots=True)
class FileFixes:
    """What fixing one file's text made, and what it could not."""

    text: str
    made: list[Fix] = field(default_factory=list)
    left: list[Fix] = field(default_factory=list)     # offered in the end but not made
    unsafe_left: int = 0                                # unsafe fixes not asked for


def fix_text(text: str, check: Callable[[str], list[Finding]], unsafe: bool = False,
             rounds: int = 100, known: list[Finding] | None = None) -> FileFixes:
    """Check ``text``, make the fixes its findings offer, and check again, until no fix is left
    that can be made (a fix can uncover another: stray spaces first, then the typo; a file with
    a syntax slip on every row gets one mended a round). ``check`` gives the findings of a text,
    as the run reports them (selection and suppressions applied); ``known``, when given, are
    ``text``'s findings already, so the first round need not check it again."""
    result = FileFixes(text)
    refused: set[tuple[int, Fix]] = set()
    for _ in range(rounds):
        made_now = False
        targets: set[tuple[int, str, bool]] = set()
        offered: list[tuple[int, Fix]] = []
        unsafe_left = 0
        findings = known if known is not None else check(result.text)
        known = None
        for finding in findings:
            fix = fix_of(finding)
            if fix is None:
                continue
            if not fix.safe and not unsafe:
                unsafe_left += 1
                continue
            offered.append((finding.document, fix))
        waiting: list[Fix] = []
        if any(fix.text_edit for _, fix in offered):  # the text does not parse: mend it first, the rest wait
            waiting = [fix for _, fix in offered if not fix.text_edit]
            offered = [(document, fix) for document, fix in offered if fix.text_edit]
        for document, fix in offered:
            target = (document, fix.pointer, fix.key)
            if target in targets or (document, fix) in refused:
                continue  # one change per field a round: the next round sees the field as changed
            targets.add(target)
            fixed = apply_fix(result.text, document, fix)
            if fixed is None:
                refused.add((document, fix))
                continue
            result.text = fixed
            result.made.append(fix)
            made_now = True
        result.unsafe_left = unsafe_left
        if not made_now:
            refused_now = [fix for document, fix in offered if (document, fix) in refused]
            result.left = list(dict.fromkeys(refused_now + waiting))
            break
    else:  # out of rounds (fixes that undo each other): what is still offered is left undone
        still = [fix for fix in map(fix_of, check(result.text)) if fix is not None]
        result.left = list(dict.fromkeys(fix for fix in still if fix.safe or unsafe))
        result.unsafe_left = sum(not (fix.safe or unsafe) for fix in still)
    return result


# -- a run's files --------------------------------------------------------------------------

@dataclass(slots=True)
class FixRun:
    """What ``--fix`` / ``--diff`` did over a run's files."""

    made: int = 0
    files_changed: int = 0
    written: list[str] = field(default_factory=list)  # the paths rewritten (not with --diff)
    left: int = 0          # fixes offered that could not be made exactly
    unsafe_left: int = 0   # unsafe fixes not asked for
    imported: int = 0      # workbooks and PDF text: not rewritten
    unwritable: list[tuple[str, str, str]] = field(default_factory=list)  # (shown, why in Chinese, in English)


def _not_to_replace(path: str, info: os.stat_result, read: bytes) -> tuple[str, str] | None:
    """Why the file at ``path`` must keep its text, (Chinese, English), or None. A file marked
    read-only is left as it is (the rename that writes it would pass over the mark, for root
    too); so is one changed since it was read (the fixes are of the old text), and one with
    other hard links (the new file the rename puts in place would be this name's alone)."""
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return "文件是只读的（已设为不可修改），没有改动", "the file is marked read-only; it was left as it is"
    if info.st_nlink > 1:
        return (f"文件另有 {info.st_nlink - 1} 个硬链接，改写后它们仍是旧内容，没有改动（请手工修改）",
                f"the file has {info.st_nlink - 1} other hard link(s), which would keep the old text; "
                "it was left as it is (correct it by hand)")
    try:
        with open(path, "rb") as handle:
            now = handle.read()
    except OSError:
        now = None
    if now != read:
        return ("检查期间文件被修改过，没有改动（请重新运行 --fix）",
                "the file changed while it was being checked; it was left as it is (run --fix again)")
    return None


def fix_files(files: list[tuple[str, str]], check_text: Callable[[str, str, str], list[Finding]], *,
              unsafe: bool, write: bool, diff: IO[str] | None, max_bytes: int,
              known: dict[str, list[Finding]] | None = None) -> FixRun:
    """Fix each target file (``(path, shown)``); ``check_text(text, shown, encoding)`` gives a
    text's findings; ``known`` (by path), the findings the run has just given a file, serve as its
    first round's (a fix made of them whose text has changed since is refused, as any is). With
    ``write`` each changed file is replaced atomically (through a symbolic link, the file it
    points at); with ``diff`` a unified diff is written there instead. A file that cannot be read
    or decoded is left to the check, which reports it."""
    from ggtlint.atomic import OutputError, write_bytes_atomic
    from ggtlint.discover import DOCUMENT_SUFFIXES
    from ggtlint.load.decode import DecodeError, decode, encode

    run = FixRun()
    for path, shown in files:
        if not path.lower().endswith(DOCUMENT_SUFFIXES):  # workbooks and PDF text are corrected in the original
            run.imported += 1
            continue
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
                continue
            with open(path, "rb") as handle:
                raw = handle.read()
            decoded = decode(raw)
        except (OSError, DecodeError):
            continue
        outcome = fix_text(decoded.text, lambda text: check_text(text, shown, decoded.encoding), unsafe,
                           known=(known or {}).get(path))
        run.left += len(outcome.left)
        run.unsafe_left += outcome.unsafe_left
        if not outcome.made:
            continue
        try:
            data = encode(outcome.text, decoded.encoding)
        except UnicodeEncodeError:  # a GBK file cannot hold every character of a fix
            run.left += len(outcome.made)
            continue
        if diff is not None:
            for line in difflib.unified_diff(decoded.text.splitlines(keepends=True),
                                             outcome.text.splitlines(keepends=True), shown, shown):
                # as git writes it: a last line without its line break says so
                diff.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        if write:
            why = _not_to_replace(path, info, raw)
            if why is not None:
                run.unwritable.append((shown, *why))
                continue
            try:
                write_bytes_atomic(os.path.realpath(path), data)
            except OutputError as exc:
                zh, en = exc.reasons()
                run.unwritable.append((shown, zh, en))
                continue
            run.written.append(path)
        run.made += len(outcome.made)
        run.files_changed += 1
    return run

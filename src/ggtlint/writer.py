"""Write tables as target files (format v1, see docs/format.md): Table → YAML text.

The importers (Excel, PDF text) and ``ggtlint import`` use this to hand users a file they can
edit and check. Keys come in the documented order, values are written exactly as text (quoted
only where YAML would otherwise change them), amounts as plain numbers and the goal as a ``|``
block. A note per JSON Pointer becomes a ``# ggtlint-import: 不确定：…`` comment on that field,
so whatever an importer guessed is visible in the file. ``load_text(write_table(t))`` gives
back a table with the same content (the tests check this on every seed fixture).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Mapping, Sequence

import yaml

from ggtlint.model import Indicator, Table, escape_pointer_token, field_label
from ggtlint.lazyregex import lazy_pattern

__all__ = ["NOTE_PREFIX", "SCHEMA_MODELINE", "format_amount", "scalar", "write_table", "write_tables"]

#: How an importer's uncertainty is introduced in the written file.
NOTE_PREFIX = "# ggtlint-import: 不确定："
#: The editor modeline of docs/format.md; pass ``schema=`` to write it.
SCHEMA_MODELINE = "# yaml-language-server: $schema={schema}"

_INDENT = "  "
# Characters PyYAML accepts in a stream; anything else must be escaped in a double-quoted scalar.
_PRINTABLE = lazy_pattern("[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Line breaks for YAML 1.1 besides \n and \r: a plain or literal scalar would break on them.
_ODD_BREAKS = frozenset("\x85\u2028\u2029")
_INDICATOR_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _plain_ok(text: str) -> bool:
    """True when ``text`` can be written unquoted and reads back as the same string."""
    if not text or text != text.strip(" \t") or text[0] in _INDICATOR_START:
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    for char in text:
        if char in "\n\r" or char in _ODD_BREAKS or char == "\ufeff" or not _PRINTABLE.match(char):
            return False
    # "null", "yes", "2023-01-01", "1_000" … would be read as something else than text.
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG


def _double_quoted(text: str) -> str:
    out = ['"']
    for char in text:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif char in _ODD_BREAKS or char == "\ufeff" or not _PRINTABLE.match(char) or char == "\x7f":
            code = ord(char)
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def scalar(text: str) -> str:
    """A YAML scalar (flow context) that reads back as exactly ``text``."""
    return text if _plain_ok(text) else _double_quoted(text)


def format_amount(amount: Decimal | None) -> str:
    """Amounts as plain numbers, keeping the written scale (300000.00 stays 300000.00)."""
    if amount is None:
        return "null"
    if not amount.is_finite():
        return _double_quoted(str(amount))
    return format(amount, "f")


def _literal_block(text: str, indent: str) -> str | None:
    """``|`` block scalar lines for ``text``, or None when only a quoted scalar is exact."""
    if any(ch in _ODD_BREAKS or ch == "\r" or ch == "\ufeff" or (not _PRINTABLE.match(ch)) for ch in text):
        return None
    if not text.strip("\n"):
        return None
    body = text[:-1] if text.endswith("\n") else text
    trailing = len(text) - len(text.rstrip("\n"))
    chomp = "-" if trailing == 0 else "" if trailing == 1 else "+"
    lines = body.split("\n") if trailing <= 1 else text.rstrip("\n").split("\n") + [""] * (trailing - 1)
    # A literal block cannot start with blank lines followed by more-indented text without an
    # explicit indentation indicator; give one whenever the first content line starts with a space.
    # (YAML's blanks are space and tab only: the full-width 　 that indents Chinese paragraphs is text)
    if any(line[:1] == "\t" for line in lines) or any(line.strip(" ") and not line.strip(" \t") for line in lines):
        return None  # a tab opening a line reads as indentation: quote instead
    first = next((line for line in lines if line.strip(" ")), "")
    if first.startswith(" ") or any(line and not line.strip(" ") for line in lines):
        header = f"|{len(indent)}{chomp}"
    else:
        header = f"|{chomp}"
    rendered = [header]
    for line in lines:
        rendered.append(indent + line if line else "")
    return "\n".join(rendered)


def _comment_text(text: str) -> str:
    """One line of comment text: a comment is still part of the stream, so line breaks become
    spaces and characters YAML refuses are shown escaped."""
    flat = " ".join(text.split())
    return "".join(ch if _PRINTABLE.match(ch) and ch not in _ODD_BREAKS and ch != "\ufeff"
                   else ascii(ch)[1:-1] for ch in flat)


def _comment(note: str, indent: str) -> str:
    return f"{indent}{NOTE_PREFIX}{_comment_text(note)}"


class _Out:
    """Lines being written, with the notes still to place."""

    def __init__(self, notes: Mapping[str, str] | None) -> None:
        self.lines: list[str] = []
        self.notes = dict(notes or {})

    def note(self, pointer: str, indent: str) -> None:
        text = self.notes.pop(pointer, None)
        if text:
            self.lines.append(_comment(text, indent))

    def add(self, line: str) -> None:
        self.lines.append(line)


def _text_field(out: _Out, pointer: str, key: str, value: str | None, indent: str) -> None:
    out.note(pointer, indent)
    out.add(f"{indent}{key}: {'null' if value is None else scalar(value)}")


def write_table(table: Table, notes: Mapping[str, str] | None = None, *, schema: str | None = None,
                comments: Sequence[str] = ()) -> str:
    """One table as a target-file YAML document (text ending in a newline).

    ``notes`` maps JSON Pointers (``/project/name``, ``/indicators/产出指标/数量指标/0/value``)
    to what the importer was unsure of; each is written as a comment just above its field.
    Notes whose field is not written end up at the top of the document. ``comments`` are
    free lines written at the top (without the leading ``#``).
    """
    out = _Out(notes)
    if schema:
        out.add(SCHEMA_MODELINE.format(schema=_comment_text(schema)))
    for line in comments:
        out.add(f"# {_comment_text(str(line))}".rstrip())
    header_at = len(out.lines)
    out.note("", "")
    out.add("version: 1")
    if table.source is not None:
        _text_field(out, "/source", "source", table.source, "")
    project = table.project
    out.note("/project", "")
    out.add("project:")
    ind = _INDENT
    # Optional fields that are unknown are left out rather than written as null: absent and
    # null mean the same to the format, and absent cannot be misread. Notes on them go on top.
    _text_field(out, "/project/name", "name", project.name, ind)
    for key in ("code", "category", "attribute", "period"):
        if getattr(project, key) is not None:
            _text_field(out, f"/project/{key}", key, getattr(project, key), ind)
    if project.year is not None:
        out.note("/project/year", ind)
        out.add(f"{ind}year: {int(project.year)}")
    _text_field(out, "/project/department", "department", project.department, ind)
    _text_field(out, "/project/implementer", "implementer", project.implementer, ind)
    for key in ("region", "title", "framework"):
        if getattr(project, key) is not None:
            _text_field(out, f"/project/{key}", key, getattr(project, key), ind)
    funds = table.funds
    out.note("/funds", "")
    out.add("funds:")
    out.note("/funds/unit", ind)
    out.add(f"{ind}unit: {scalar(funds.unit)}")
    for key in ("total", "fiscal", "other"):
        # total is always written (a missing total is itself a finding); the others only when known.
        if key == "total" or getattr(funds, key) is not None:
            out.note(f"/funds/{key}", ind)
            out.add(f"{ind}{key}: {format_amount(getattr(funds, key))}")
    if funds.fiscal_sources:
        out.note("/funds/fiscal_sources", ind)
        out.add(f"{ind}fiscal_sources:")
        for name, amount in funds.fiscal_sources.items():
            out.note(f"/funds/fiscal_sources/{escape_pointer_token(name)}", ind * 2)
            out.add(f"{ind * 2}{scalar(name)}: {format_amount(amount)}")
    if table.goal is not None:
        out.note("/goal", "")
        block = _literal_block(table.goal, ind)
        if block is None:
            out.add(f"goal: {_double_quoted(table.goal)}")
        else:
            out.add(f"goal: {block}")
    _write_indicators(out, table)
    if out.notes:  # fields that were not written (e.g. a row dropped): keep the notes visible
        leftovers = [_comment(f"（{field_label(pointer)}）{text}", "") for pointer, text in out.notes.items()]
        out.lines[header_at:header_at] = leftovers
    return "\n".join(out.lines) + "\n"


def _write_indicators(out: _Out, table: Table) -> None:
    groups = table.indicator_tree()
    out.note("/indicators", "")
    if not groups:
        out.add("indicators: {}")
        return
    out.add("indicators:")
    ind = _INDENT
    for level1, level2s in groups:
        l1_ptr = f"/indicators/{escape_pointer_token(level1)}"
        out.note(l1_ptr, ind)
        if not level2s:
            out.add(f"{ind}{scalar(level1)}: {{}}")
            continue
        out.add(f"{ind}{scalar(level1)}:")
        for level2, rows in level2s:
            l2_ptr = f"{l1_ptr}/{escape_pointer_token(level2)}"
            out.note(l2_ptr, ind * 2)
            if not rows:
                out.add(f"{ind * 2}{scalar(level2)}: []")
                continue
            out.add(f"{ind * 2}{scalar(level2)}:")
            for index, row in enumerate(rows):
                _write_row(out, row, f"{l2_ptr}/{index}", row.pointer, ind * 3)


def _write_row(out: _Out, row: Indicator, pointer: str, old_pointer: str, indent: str) -> None:
    # Notes may be keyed by the row's own pointer (the table's) or by its written position.
    for ptr in {pointer, old_pointer}:
        out.note(ptr, indent)
    fields: list[tuple[str, str]] = [("name", scalar(row.name)), ("value", scalar(row.value))]
    for key in ("unit", "nature"):
        value = getattr(row, key)
        if value is not None:
            fields.append((key, scalar(value)))
    if row.weight is not None:
        fields.append(("weight", format_amount(row.weight)))
    if row.note is not None:
        fields.append(("note", scalar(row.note)))
    first = True
    for key, text in fields:
        child_indent = indent + _INDENT
        if not first:
            for ptr in {f"{pointer}/{key}", f"{old_pointer}/{key}"}:
                out.note(ptr, child_indent)
            out.add(f"{child_indent}{key}: {text}")
        else:
            # A comment cannot sit between "- " and the first key: put it above the item.
            for ptr in {f"{pointer}/{key}", f"{old_pointer}/{key}"}:
                out.note(ptr, indent)
            out.add(f"{indent}- {key}: {text}")
            first = False


def write_tables(items: Iterable[tuple[Table, Mapping[str, str] | None]], *, schema: str | None = None) -> str:
    """Several tables as one multi-document stream (``---`` between documents)."""
    parts = [write_table(table, notes, schema=schema if index == 0 else None)
             for index, (table, notes) in enumerate(items)]
    return "---\n".join(parts)

"""forbid-terms: wording that makes a target unverifiable.

Params: ``source`` — ``vague`` (the vague-terms lexicon, as classified by the value parser)
or ``list`` (the ``terms`` given here; the default when ``terms`` are given); ``field`` — value, name or note
(the 备注: a finding on it points at the note); ``pattern`` — a regular expression to find instead of the terms
(with ``source: list``; a note saying no survey was held, 未开展满意度调查, which no fixed word list covers; its
first match is quoted as {terms}, and ``match`` does not apply); ``match`` — ``all`` (the
text says nothing but such terms, e.g. a value that is only "有效提升") or ``any`` (it
contains one); ``exempt_note`` — a pattern: a row whose 备注 matches it is left alone (其他费用 whose
note breaks it down, 含…印制6000元), with terms or a pattern alike.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.bilingual import BilingualError
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, note_hit, row_hit
from ggtlint.regexsafety import search

NAME = "forbid-terms"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("terms", "note")
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "source": {"enum": ["vague", "list"]},
        "terms": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "field": {"enum": ["value", "name", "note"]},
        "pattern": {"type": "string"},
        "match": {"enum": ["all", "any"]},
        "exempt_note": {"type": "string"},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """``terms`` without ``source`` means ``source: list`` (they were silently ignored)."""
    if "terms" in params and params.get("source") == "vague":
        raise BilingualError("forbid-terms：给了 terms 就应写 source: list（source: vague 用内置的模糊词表）",
                             "forbid-terms: terms go with source: list; source: vague uses the built-in "
                             "vague-terms lexicon")
    if "terms" in params and "source" not in params:
        params = {**params, "source": "list"}
    return compile_patterns(params, ("exempt_note", "pattern"))


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    field = params.get("field", "value")
    if field == "note":
        text = (row.indicator.note or "").strip()
    else:
        text = (row.value if field == "value" else row.name).strip()
    if not text:
        return
    if "exempt_note" in params and search(params["exempt_note"], row.indicator.note or "") is not None:
        return
    if "pattern" in params:
        # a pattern stands for the terms: the first match is the term the message quotes
        match = search(params["pattern"], text)
        if match is not None:
            yield _hit(row, field, match.group(0))
        return
    if params.get("source", "vague") == "vague" and field == "value":
        parsed = row.parsed
        if parsed.quality != "vague":
            return
        terms = parsed.vague_terms or (text,)
        if params.get("match", "all") == "all" and parsed.kind != "qualitative":
            return
        yield _hit(row, field, "、".join(terms))
        return
    terms = params.get("terms", [])
    found = [term for term in terms if term in text]
    if not found:
        return
    if params.get("match", "any") == "all" and "".join(found) != text:
        return
    yield _hit(row, field, "、".join(found))


def _hit(row: Row, field: str, terms: str) -> Hit:
    """The finding on the field read: a note's points at the note (and gives the fingerprint), a name's at the name;
    every one fills {note}, which the primitive declares."""
    if field == "note":
        return note_hit(row, "default", terms=terms)
    return row_hit(row, terms=terms, key=field == "name", note=row.indicator.note or "")

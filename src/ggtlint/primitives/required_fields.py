"""required-fields: header fields and every 三级指标 must be filled in (not blank, not "≥**").

Params: ``fields`` — dotted names among project.name, project.department,
project.implementer, project.code, project.category, funds.total, funds.fiscal, goal;
``indicators`` (default true) — also every indicator's name and value. A goal that is written
but still holds a template placeholder (为全市XX名重点人群提供签约服务) is variant ``goal_placeholder``.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.model import field_word
from ggtlint.primitives.base import Hit, TableContext, compile_identity, normalized_goal
from ggtlint.lazyregex import pattern_source
from ggtlint.regexneeds import could_match, needs
from ggtlint.lazyregex import lazy_pattern

NAME = "required-fields"
SCOPES = ("table",)
VARIANTS = ("missing", "empty", "empty_name", "empty_value", "placeholder", "goal_placeholder")
PLACEHOLDERS = {"missing": ("field", "field_en"), "empty": ("field", "field_en"),
                "empty_name": ("field", "field_en", "value"), "empty_value": ("field", "field_en", "name", "value"),
                "placeholder": ("field", "field_en", "name", "value"),
                "goal_placeholder": ("field", "field_en", "value")}
# characters of the goal shown on each side of a placeholder left in it (为全市XX名重点人群)
_AROUND = 4
_CLAUSE_END = lazy_pattern(r"[，。；、,;\n]")
FIELDS = ("project.name", "project.department", "project.implementer", "project.code", "project.category",
          "funds.total", "funds.fiscal", "goal")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "fields": {"type": "array", "items": {"enum": sorted(FIELDS)}},
        "indicators": {"type": "boolean"},
    },
}
compile = compile_identity


def _value(ctx: TableContext, dotted: str) -> Any:
    table = ctx.table
    if dotted == "goal":
        return table.goal
    section, _, attr = dotted.partition(".")
    return getattr(table.project if section == "project" else table.funds, attr)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    for dotted in params.get("fields", []):
        value = _value(ctx, dotted)
        if value is None or (isinstance(value, str) and not value.strip()):
            pointer = "/" + dotted.replace(".", "/")
            if pointer in ctx.table.unread:
                continue  # written, but not as the field needs: the loader's finding says so
            present = pointer in ctx.table.positions
            yield Hit(pointer if present else "/" + dotted.split(".")[0],
                      {"field": field_word(dotted), "field_en": field_word(dotted, "en")}, value=dotted,
                      variant="empty" if present else "missing", key=not present)
        elif dotted == "goal" and isinstance(value, str):
            shown = _placeholder_in(value, ctx)
            if shown is not None:
                yield Hit("/goal", {"field": field_word(dotted), "field_en": field_word(dotted, "en"), "value": shown},
                          value=shown, variant="goal_placeholder", find=shown)
    if params.get("indicators", True):
        for row in ctx.rows:
            if not row.name.strip() and row.indicator.name_pointer not in ctx.table.unread:
                yield Hit(row.indicator.name_pointer, {"field": "三级指标名称", "field_en": "indicator name", "value": row.value},
                          value=row.pointer, variant="empty_name")
            if row.parsed.kind in ("empty", "placeholder") and row.indicator.value_pointer not in ctx.table.unread:
                yield Hit(row.indicator.value_pointer, {"field": field_word("value"), "field_en": field_word("value", "en"),
                                                         "name": row.name, "value": row.value},
                          value=row.name, variant="placeholder" if row.parsed.kind == "placeholder" else "empty_value")


def _placeholder_in(goal: str, ctx: TableContext) -> str | None:
    """The words around a template placeholder left in the goal (为全市XX名重点人群提供…), or None."""
    text = normalized_goal(goal[:5000])  # ＸＸ and ＊＊ as the values' placeholders are read (the digest reads it too)
    for pattern in ctx.lexicon.placeholder_patterns:
        if not could_match(needs(*pattern_source(pattern)), text):  # most goals hold no X, * or _ at all
            continue
        match = pattern.search(text)
        if match is None or not match.group().strip() or match.group().strip() == "*":
            continue  # (a lone * in running text marks a footnote: 2000人次*…（*含线上培训）)
        start, end = match.start(), match.end()
        before = _CLAUSE_END.split(text[max(0, start - _AROUND):start])[-1]
        after = _CLAUSE_END.split(text[end:end + _AROUND])[0]
        return before + match.group() + after
    return None

"""required-fields: header fields and every 三级指标 must be filled in (not blank, not "≥**").

Params: ``fields`` — dotted names among project.name, project.department,
project.implementer, project.code, project.category, funds.total, funds.fiscal, goal;
``indicators`` (default true) — also every indicator's name and value.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.model import field_word
from ggtlint.primitives.base import Hit, TableContext, compile_identity

NAME = "required-fields"
SCOPES = ("table",)
VARIANTS = ("missing", "empty", "empty_name", "empty_value", "placeholder")
PLACEHOLDERS = {"missing": ("field", "field_en"), "empty": ("field", "field_en"),
                "empty_name": ("field", "field_en", "value"), "empty_value": ("field", "field_en", "name", "value"),
                "placeholder": ("field", "field_en", "name", "value")}
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
    if params.get("indicators", True):
        for row in ctx.rows:
            if not row.name.strip() and row.indicator.name_pointer not in ctx.table.unread:
                yield Hit(row.indicator.name_pointer, {"field": "三级指标名称", "field_en": "indicator name", "value": row.value},
                          value=row.pointer, variant="empty_name")
            if row.parsed.kind in ("empty", "placeholder") and row.indicator.value_pointer not in ctx.table.unread:
                yield Hit(row.indicator.value_pointer, {"field": field_word("value"), "field_en": field_word("value", "en"),
                                                         "name": row.name, "value": row.value},
                          value=row.name, variant="placeholder" if row.parsed.kind == "placeholder" else "empty_value")

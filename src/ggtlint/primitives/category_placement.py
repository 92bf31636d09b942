"""category-placement: every 二级 sits under a 一级 it belongs to, and every name is known.

Parents come from the category lexicon (``category-aliases.yaml``), per framework. Variants:
``unknown_level1``, ``unknown_level2``, ``wrong_parent``, ``alias`` (a short or older name such
as 数量 for 数量指标), ``legacy_cost`` (成本 as a 产出 二级 in a 2021-framework table; a warning,
``declared_cost``, when the table itself says it follows the 2021 framework) and
``legacy_satisfaction`` (满意度 as a 效益 二级, as older templates have it: accepted, and noted).
Misspelt names are left to text-hygiene.
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.fixes import Fix
from ggtlint.model import escape_pointer_token
from ggtlint.primitives.base import Hit, TableContext, compile_identity
from ggtlint.values import category_key

NAME = "category-placement"
SCOPES = ("table",)
VARIANTS = ("unknown_level1", "unknown_level2", "wrong_parent", "alias", "legacy_cost", "declared_cost",
            "legacy_satisfaction")
LEVELS = {"unknown_level1": Severity.ERROR, "unknown_level2": Severity.WARNING, "alias": Severity.INFO,
          "legacy_cost": Severity.INFO, "declared_cost": Severity.WARNING, "legacy_satisfaction": Severity.INFO}
PLACEHOLDERS = {
    "unknown_level1": ("category", "known"),
    "unknown_level2": ("category", "parent"),
    "wrong_parent": ("category", "parent", "expected"),
    "alias": ("category", "canonical"),
    "legacy_cost": ("category", "parent"),
    "declared_cost": ("category", "parent"),
    "legacy_satisfaction": ("category", "parent"),
}
_SATISFACTION = "服务对象满意度指标"
_BENEFIT = "效益指标"
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"report_aliases": {"type": "boolean"}},
}
compile = compile_identity
# what ``check --fix`` corrects (see text_hygiene.FIXES)
FIXES = {"alias": (True, "类别简称改为规范名称（数量→数量指标）", "short category names to the standard ones")}


def _known_level1(lexicon: Any) -> str:
    """The standard 一级 names for a message (worked out once per lexicon)."""
    found = lexicon.memo.get("known_level1")
    if found is None:
        found = lexicon.memo["known_level1"] = "、".join(sorted(set(lexicon.level1_aliases.values())))
    return found


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    lexicon = ctx.lexicon
    reported_level1: set[str] = set()
    for written in ctx.table.level1_order:
        canonical = lexicon.level1_aliases.get(category_key(written))
        pointer = "/indicators/" + escape_pointer_token(written)
        if canonical is None:
            reported_level1.add(written)
            yield Hit(pointer, {"category": written, "known": _known_level1(lexicon)}, value=written,
                      variant="unknown_level1", key=True, severity=LEVELS["unknown_level1"])
        elif params.get("report_aliases", True) and category_key(written) != canonical:
            yield Hit(pointer, {"category": written, "canonical": canonical}, value=written,
                      variant="alias", key=True, severity=LEVELS["alias"],
                      fix=Fix(pointer, written, canonical, key=True))
    for category in ctx.table.categories:
        if category.level1 in reported_level1:
            continue
        written = category_key(category.level2)
        canonical = lexicon.level2_aliases.get(written)
        level1 = lexicon.level1_aliases.get(category_key(category.level1), category.level1)
        if canonical is None:
            yield Hit(category.pointer, {"category": category.level2, "parent": category.level1},
                      value=category.level2, variant="unknown_level2", key=True, severity=LEVELS["unknown_level2"])
            continue
        parents = lexicon.level2_parents.get(canonical, {}).get(ctx.framework, ())
        if level1 not in parents:
            if ctx.framework == "fw2021" and canonical == "成本指标" and level1 == "产出指标":
                # the older layout is read where it stands; a table that says it follows 2021 contradicts itself
                variant = "declared_cost" if ctx.table.project.framework == "fw2021" else "legacy_cost"
                yield Hit(category.pointer, {"category": category.level2, "parent": category.level1},
                          value=category.level2, variant=variant, key=True, severity=LEVELS[variant])
            else:
                yield Hit(category.pointer, {"category": category.level2, "parent": category.level1,
                                             "expected": "、".join(parents) or "—"},
                          value=category.level2, variant="wrong_parent", key=True)
        elif canonical == _SATISFACTION and level1 == _BENEFIT:
            yield Hit(category.pointer, {"category": category.level2, "parent": category.level1},
                      value=category.level2, variant="legacy_satisfaction", key=True, severity=LEVELS["legacy_satisfaction"])
        elif params.get("report_aliases", True) and written != canonical and written not in lexicon.category_typos:
            yield Hit(category.pointer, {"category": category.level2, "canonical": canonical},
                      value=category.level2, variant="alias", key=True, severity=LEVELS["alias"],
                      fix=Fix(category.pointer, category.level2, canonical, key=True))

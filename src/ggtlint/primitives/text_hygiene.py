"""text-hygiene: typos, doubled words, truncated names, stray spaces, unbalanced quotes.

Params: ``typos`` ({wrong: right}, applied to names, values and the goal; misspelt category
names come from the category lexicon), ``complete_terms`` (words whose cut-off start at the
end of a name suggests a truncated cell, e.g. 全过 for 全过程), ``equipment_terms`` (the same for
equipment, 防火墙, but only in a name holding one of ``truncation_context``: 森林防火 and 医疗服务
end in words of their own), ``checks`` (which variants
to run). Variants: category_typo, typo, doubled, truncated, whitespace, unbalanced.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.fixes import Fix
from ggtlint.model import field_word
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, row_hit
from ggtlint.values import category_key
from ggtlint.lazyregex import lazy_pattern

NAME = "text-hygiene"
SCOPES = ("table",)
VARIANTS = ("category_typo", "typo", "doubled", "truncated", "whitespace", "unbalanced",
            "goal_unbalanced", "goal_typo", "goal_doubled")
# the goal_ variants name the field (goal, or the project name for goal_doubled) as {name}, {name_en}
PLACEHOLDERS = {"category_typo": ("text", "right"), "typo": ROW_PLACEHOLDERS + ("text", "right"),
                "doubled": ROW_PLACEHOLDERS + ("text", "right"), "truncated": ROW_PLACEHOLDERS + ("text", "right"),
                "whitespace": ROW_PLACEHOLDERS + ("text", "field", "field_en"),
                "unbalanced": ROW_PLACEHOLDERS + ("text",),
                "goal_unbalanced": ("text", "name", "name_en"), "goal_typo": ("text", "right", "name", "name_en"),
                "goal_doubled": ("text", "right", "name", "name_en")}
# the kinds of finding ``check --fix`` can correct: (safe?, what, in Chinese and English), for the docs
FIXES = {"typo": (True, "错别字（按词表改正）", "typos (from the word list)"),
         "goal_typo": (True, "年度总体目标中的错别字", "typos in the annual goal"),
         "category_typo": (True, "类别名称的错别字", "misspelt category names"),
         "whitespace": (True, "名称、指标值首尾的空格和换行", "spaces and line breaks around names and values"),
         "doubled": (False, "重复的字词（“网络网络”）", "doubled words"),
         "goal_doubled": (False, "年度总体目标、项目名称中重复的字词", "doubled words in the goal and project name"),
         "truncated": (False, "疑似截断的名称（补全为词表中的词）", "names that look cut short (completed from the word list)")}
_CHECKS = ["category_typo", "typo", "doubled", "truncated", "whitespace", "unbalanced"]
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "typos": {"type": "object", "additionalProperties": {"type": "string"}},
        "complete_terms": {"type": "array", "items": {"type": "string", "minLength": 3}},
        "equipment_terms": {"type": "array", "items": {"type": "string", "minLength": 3}},
        "truncation_context": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "checks": {"type": "array", "items": {"enum": _CHECKS}},
    },
}
# not a word for whom before a price for each (老年人每人每年360元, 低保户每户每月): 人每人每 is no slip
_DOUBLED = lazy_pattern(r"([\u4e00-\u9fff]{2,4})(?<!每)\1")
_MEMO_MAX = 4096
_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("【", "】"))


_ANY_PAIR_CHAR = lazy_pattern("[" + re.escape("".join(left + right for left, right in _PAIRS)) + "]")


def _unbalanced(text: str) -> str | None:
    if _ANY_PAIR_CHAR.search(text) is None:  # most names have no brackets or quotes at all
        return None
    for left, right in _PAIRS:
        if text.count(left) != text.count(right):
            return left + right
    return None


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """Precompute the lookups: this rule reads every name and value of every table."""
    typos: dict[str, str] = dict(params.get("typos", {}))
    def cuts(terms: list[str]) -> list[tuple[str, str]]:
        return [(term, term[:k]) for term in terms for k in range(2, len(term))]

    truncation = cuts(params.get("complete_terms", []))
    equipment = cuts(params.get("equipment_terms", []))
    return {
        "equipment": equipment,
        "equipment_starts": tuple(start for _, start in equipment),
        "context": tuple(params.get("truncation_context", ())),
        "checks": frozenset(params.get("checks", _CHECKS)),
        "typos": typos,
        "typo_re": re.compile("|".join(re.escape(w) for w in sorted(typos, key=len, reverse=True))) if typos else None,
        "truncation": truncation,
        "starts": tuple(start for _, start in truncation),
        "memo": {},  # (name, value) -> its problems: the same indicators recur in table after table
    }


# The field a goal or project-name finding names, in each message's language
_GOAL = {"name": field_word("goal"), "name_en": field_word("goal", "en")}
_PROJECT_NAME = {"name": field_word("project.name"), "name_en": field_word("project.name", "en")}


def _row_problems(name: str, value: str, params: dict[str, Any]) -> Iterator[tuple[str, bool, dict[str, str]]]:
    """(variant, on the name?, placeholders) of each problem of one indicator's name and value."""
    checks = params["checks"]
    typos: dict[str, str] = params["typos"]
    typo_re = params["typo_re"] if "typo" in checks else None
    doubled = "doubled" in checks
    whitespace = "whitespace" in checks
    truncation, starts = params["truncation"], params["starts"]
    for key, text in ((True, name), (False, value)):
        if whitespace and text and text != text.strip():
            field = "name" if key else "value"
            yield "whitespace", key, {"text": text, "field": field_word(field), "field_en": field_word(field, "en")}
        if typo_re is not None:
            for wrong in dict.fromkeys(typo_re.findall(text)):
                yield "typo", key, {"text": wrong, "right": typos[wrong]}
        if doubled:
            match = _DOUBLED.search(text)
            if match:
                yield "doubled", key, {"text": match.group(0), "right": match.group(1)}
    stripped = name.strip()
    if "truncated" in checks:
        cut = _cut_term(stripped, truncation, starts)
        # 防火 ends 森林防火 as a word of its own: a cut 防火墙 only where the name speaks of equipment
        if cut is None and stripped.endswith(params["equipment_starts"] or ("\0",)) \
                and any(word in stripped[-_EQUIPMENT_CONTEXT_REACH:] for word in params["context"]):
            cut = _cut_term(stripped, params["equipment"], params["equipment_starts"])
        if cut is not None:
            yield "truncated", True, {"text": cut[1], "right": cut[0]}
    if "unbalanced" in checks:
        pair = _unbalanced(name)
        if pair:
            yield "unbalanced", True, {"text": pair}


# how far back from a cut equipment name the words saying equipment stand (网络设备升级：核心交换); further back they
# name another matter (设备安装调试期间停止供血服务 ends in a whole 服务)
_EQUIPMENT_CONTEXT_REACH = 10


def _cut_term(name: str, truncation: list[tuple[str, str]], starts: tuple[str, ...]) -> tuple[str, str] | None:
    """(term, the start the name ends in) when ``name`` ends in a term cut short."""
    if not starts or not name.endswith(starts):
        return None
    return next(((term, start) for term, start in truncation if name.endswith(start) and not name.endswith(term)), None)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    checks = params["checks"]
    typos: dict[str, str] = params["typos"]
    typo_re = params["typo_re"] if "typo" in checks else None
    if "category_typo" in checks:
        for category in ctx.table.categories:
            written = category_key(category.level2)
            if written in ctx.lexicon.category_typos:
                right = ctx.lexicon.category_typos[written]
                yield Hit(category.pointer, {"text": category.level2, "right": right},
                          value=category.level2, variant="category_typo", key=True,
                          fix=Fix(category.pointer, category.level2, right, key=True))
    memo: dict[tuple[str, str], tuple[tuple[str, bool, dict[str, str]], ...]] = params["memo"]
    for row in ctx.rows:
        problems = memo.get((row.name, row.value))
        if problems is None:
            problems = tuple(_row_problems(row.name, row.value, params))
            if len(memo) >= _MEMO_MAX:  # bounded: memory stays flat on huge runs
                memo.clear()
            memo[(row.name, row.value)] = problems
        for variant, key, extra in problems:
            hit = row_hit(row, variant=variant, key=key, **extra)
            hit.fix = _row_fix(hit.pointer, row.name if key else row.value, variant, extra)
            yield hit
    goal = ctx.table.goal or ""
    if goal:
        if "unbalanced" in checks and _unbalanced(goal):
            yield Hit("/goal", {"text": _unbalanced(goal), **_GOAL}, value="goal", variant="goal_unbalanced")
        if typo_re is not None:
            for wrong in dict.fromkeys(typo_re.findall(goal)):
                yield Hit("/goal", {"text": wrong, "right": typos[wrong], **_GOAL}, value=wrong,
                          variant="goal_typo", find=wrong, fix=Fix("/goal", goal, goal.replace(wrong, typos[wrong])))
        if "doubled" in checks:
            match = _DOUBLED.search(goal)
            if match:
                yield Hit("/goal", {"text": match.group(0), "right": match.group(1), **_GOAL},
                          value=match.group(0), variant="goal_doubled", find=match.group(0),
                          fix=_undoubled("/goal", goal, match))
    name = ctx.table.project.name or ""
    if "doubled" in checks:
        match = _DOUBLED.search(name)
        if match:
            yield Hit("/project/name", {"text": match.group(0), "right": match.group(1), **_PROJECT_NAME},
                      value=match.group(0), variant="goal_doubled", fix=_undoubled("/project/name", name, match))


def _undoubled(pointer: str, text: str, match: re.Match[str]) -> Fix:
    """The doubled words written once: unsafe, since some words are meant twice (讨论讨论)."""
    return Fix(pointer, text, text[:match.start()] + match.group(1) + text[match.end():], safe=False)


def _row_fix(pointer: str, text: str, variant: str, extra: dict[str, str]) -> Fix | None:
    """The correction of an indicator's name or value (``text``) for a problem of ``variant``."""
    if variant == "whitespace":
        return Fix(pointer, text, text.strip())
    if variant == "typo":
        return Fix(pointer, text, text.replace(extra["text"], extra["right"]))
    if variant == "doubled":
        match = _DOUBLED.search(text)
        return _undoubled(pointer, text, match) if match else None
    if variant == "truncated" and text == text.strip() and text.endswith(extra["text"]):
        # a guess at the word that was cut (防火 → 防火墙): a person should look
        return Fix(pointer, text, text[:len(text) - len(extra["text"])] + extra["right"], safe=False)
    return None

"""name-pattern: how a 三级指标 name should read.

Params: ``require`` (a regular expression the name must contain, e.g. 满意度), ``max_length``
(longer names read as sentences), ``forbid_chars`` (sentence punctuation such as 。，；).
Variants: ``missing_term``, ``too_long``, ``punctuation``; one hit per name at most.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, row_hit
from ggtlint.regexsafety import compile_safe, search

NAME = "name-pattern"
SCOPES = ("indicator",)
VARIANTS = ("missing_term", "punctuation", "too_long")
LEVELS = {"too_long": Severity.INFO}  # a long name is a style matter (the others: the rule's level)
PLACEHOLDERS = {"missing_term": ROW_PLACEHOLDERS + ("length",), "punctuation": ROW_PLACEHOLDERS + ("length",),
                "too_long": ROW_PLACEHOLDERS + ("length", "max")}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "require": {"type": "string"},
        "max_length": {"type": "integer", "minimum": 1},
        "forbid_chars": {"type": "string"},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    compiled = dict(params)
    if "require" in params:
        compiled["require"] = compile_safe(params["require"])
    return compiled


# Quotes, brackets and spaces: marks around words, not words (“三支一扶” is four characters long)
_MARKS = re.compile(r"[“”‘’\"'《》〈〉（）()【】\[\]\s]")
# A qualifier in brackets is part of an official name's definition, not of its words:
# 医疗服务收入（不含药品、耗材、检查、化验收入）占医疗收入比例 is a name of 15 characters.
_QUALIFIER = re.compile(r"[（(][^（）()]*[)）]")


def _words_length(name: str) -> int:
    return len(_MARKS.sub("", _QUALIFIER.sub("", name)))


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    name = row.name.strip()
    if not name:
        return
    if "require" in params and search(params["require"], name) is None:
        yield row_hit(row, variant="missing_term", key=True, length=len(name))
    elif "forbid_chars" in params and any(ch in params["forbid_chars"] for ch in name):
        yield row_hit(row, variant="punctuation", key=True, length=len(name))
    elif "max_length" in params and _words_length(name) > params["max_length"]:
        # A long name is a style matter; sentence punctuation is the real defect.
        yield row_hit(row, variant="too_long", key=True, length=_words_length(name), max=params["max_length"],
                      severity=LEVELS["too_long"])

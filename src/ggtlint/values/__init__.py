"""Parsing of 指标值 (target values) and hints from 三级指标 names — no rule logic.

``parse_value("＝164.6万元")`` says the value is money, "=", 1,646,000 元; ``name_hint("就业率")``
says a rate is expected. Word lists come from ``rules/lexicons/*.yaml`` (see :func:`load_lexicon`).
"""

from __future__ import annotations

from .hints import NameHint, name_hint
from .lexicon import Lexicon, LexiconError, UnitInfo, default_lexicon, load_lexicon
from .normalize import category_key, decimal_text, normalize
from .parse import KINDS, OPS, ParsedValue, chinese_numeral, parse_value

__all__ = [
    "KINDS",
    "OPS",
    "Lexicon",
    "LexiconError",
    "NameHint",
    "ParsedValue",
    "UnitInfo",
    "category_key",
    "chinese_numeral",
    "decimal_text",
    "default_lexicon",
    "load_lexicon",
    "name_hint",
    "normalize",
    "parse_value",
]

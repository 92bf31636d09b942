"""Text normalisation for 指标值 and indicator names.

Values in real tables mix full-width and half-width forms (``＝``/``=``, ``≧``/``≥``, ``％``),
carry line breaks and stray spaces from PDF extraction (``家庭经 济``) and trailing punctuation.
:func:`normalize` maps them onto one canonical spelling without changing the meaning, so that the
parser and the rules compare like with like. It is idempotent.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from functools import lru_cache

from ..lazyregex import lazy_pattern

__all__ = ["category_key", "decimal_text", "normalize", "unit_key"]

# Full-width ASCII block (！ … ～) → ASCII, plus the other look-alikes seen in tables.
_TABLE: dict[int, int | str | None] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TABLE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",  # no-break space
        0x2267: "≥",  # ≧
        0x2266: "≤",  # ≦
        0x2A7E: "≥",  # ⩾
        0x2A7D: "≤",  # ⩽
        0x2252: "≈",  # ≒ (used for "approximately" in CJK fonts)
        0x226E: "≥",  # ≮ "not less than"
        0x226F: "≤",  # ≯ "not greater than"
        0x00B5: "μ",  # micro sign → Greek mu, as the units list writes μg/m³
        0xFFE5: "¥",  # full-width yen sign (人民币)
        0xFE6A: "%",  # small percent sign
        0x301C: "~",  # wave dash
        0x2236: ":",  # ratio sign, as an input method types a ratio (护理员配比 1∶4)
        0x30FB: "·",  # katakana middle dot
        0x2022: "·",  # bullet
        0x2027: "·",  # hyphenation point
        0x2219: "·",  # bullet operator
        0x200B: None,  # zero-width space / joiners / BOM: invisible, delete
        0x200C: None,
        0x200D: None,
        0x2060: None,
        0xFEFF: None,
    }
)

# The same mapping as text: each character of _TABLE to its replacement. Text is rewritten
# through a regex over just these characters: str.translate looks up every character of a
# long goal, and most characters of Chinese text need nothing.
_REPLACEMENT = {chr(code): (chr(new) if isinstance(new, int) else new or "") for code, new in _TABLE.items()}
_TO_REPLACE = lazy_pattern("[" + re.escape("".join(_REPLACEMENT)) + "]")

_WS = lazy_pattern(r"\s+")
# a unit's power written as a plain digit, then a space and a figure (每m3 5元): the power is a
# superscript, or dropping the space would make it the figure's first digit (每m35元)
_POWER_THEN_FIGURE = lazy_pattern(r"(?<=[A-Za-z每/\s])m([23])\s+(?=[0-9])")
_SUPERSCRIPT = {"2": "²", "3": "³"}
_LETTER = lazy_pattern(r"[A-Za-z]")
# A run of comparison characters: ">=" "≥=" "=>" "==" … collapse to one operator.
_OP_RUN = lazy_pattern(r"[=<>≤≥]{2,}")
# × or x between digits is multiplication: 7×24小时 → 7*24小时
_TIMES = lazy_pattern(r"(?<=[0-9])[×xX✕✖](?=[0-9])")
_TRAILING = "。.,;、!?:"  # stripped from the end (the text has no whitespace left by then)
# One search that tells whether any of the rewrites below applies (most values need none).
_DIRTY = lazy_pattern(r"\s|[=<>≤≥]{2}|[0-9][×xX✕✖][0-9]|[。.,;、!?:]$")


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENT[match.group()]


def _superscript(match: re.Match[str]) -> str:
    return "m" + _SUPERSCRIPT[match.group(1)]


def _space(match: re.Match[str]) -> str:
    # Spaces carry meaning only between two Latin words ("N A"); elsewhere they are PDF noise.
    text, start, end = match.string, match.start(), match.end()
    if 0 < start and end < len(text) and _LETTER.match(text[start - 1]) and _LETTER.match(text[end]):
        return " "
    return ""


def _op_run(match: re.Match[str]) -> str:
    run = match.group()
    greater = ">" in run or "≥" in run
    less = "<" in run or "≤" in run
    if greater and less:
        return run  # "<>" and the like: not ours to reinterpret
    if greater:
        return "≥" if ("≥" in run or "=" in run) else ">"
    if less:
        return "≤" if ("≤" in run or "=" in run) else "<"
    return "="


def normalize(text: str) -> str:
    """Canonical spelling of a value or name: half-width, canonical operators, no stray spaces.

    ``＝164.6万元`` → ``=164.6万元``; ``≧95%`` → ``≥95%``; ``>=95 %`` → ``≥95%``;
    ``7×24小时`` → ``7*24小时``; ``"成果显著 "`` → ``成果显著``; ``有效提升。`` → ``有效提升``.
    """
    if _TO_REPLACE.search(text) is not None:
        text = _TO_REPLACE.sub(_replacement, text)
    if not _DIRTY.search(text):
        return text
    if _WS.search(text):
        if "m" in text:
            text = _POWER_THEN_FIGURE.sub(_superscript, text)
        text = _WS.sub(_space, text)
    if _OP_RUN.search(text):
        text = _OP_RUN.sub(_op_run, text)
    if "×" in text or "x" in text or "X" in text or "✕" in text or "✖" in text:
        text = _TIMES.sub("*", text)
    return text.rstrip(_TRAILING)


@lru_cache(maxsize=4096)  # 一级/二级 names are a small closed set, met in every table; bounded anyway
def category_key(name: str) -> str:
    """A 一级/二级 category name as the category lexicon is keyed: normalised, no spaces at all.

    The lexicon's aliases are stored under this key and every lookup must use it, so a name
    copied with a zero-width character or a full-width letter from a PDF still matches.
    """
    return normalize(name).replace(" ", "")


# A unit's spellings that name one unit: a power as a plain digit after a metre (m3, mg/m3, km2; a unit holds no
# figure, so a digit before the m is none of it), micro as u (ug/m³), a litre as l, alone or after its prefix (mg/l,
# ml, μl, mg/dl: not the l of lx)
_PLAIN_POWER = lazy_pattern(r"(?<![0-9])m([23])(?![0-9])")
_MICRO_AS_U = lazy_pattern(r"(?<![A-Za-z])u(?=[gLlm])")
_LITRE = lazy_pattern(r"(?<![A-Za-z])([mdcμ]?)l(?![A-Za-z])")


def _litre(match: re.Match[str]) -> str:
    return match.group(1) + "L"


@lru_cache(maxsize=1024)  # units are a small closed set
def unit_key(unit: str) -> str:
    """One spelling of a unit written several ways, for comparing two units: ``mg/l`` is ``mg/L``,
    ``ug/m3`` and ``µg/m³`` are ``μg/m³``, ``m3`` is ``m³``, ``ml`` is ``mL``. Other letters keep their case (MW is
    not mW)."""
    text = normalize(unit)  # µ to μ, full-width letters to ASCII
    if "m2" in text or "m3" in text:
        text = _PLAIN_POWER.sub(_superscript, text)
    if "u" in text:
        text = _MICRO_AS_U.sub("μ", text)
    if "l" in text:
        text = _LITRE.sub(_litre, text)
    return text


# Exact arithmetic for amounts: the default context (28 digits) would round a long amount
# while normalising or converting it (万元 to 元). Shared with the parser.
EXACT = Context(prec=200)


def decimal_text(value: Decimal) -> str:
    """A number's canonical text: no exponent, no trailing zeros, no "-0".

    ``Decimal("1646000.0")`` → ``1646000``; ``Decimal("1.50")`` → ``1.5``; ``Decimal("1E+3")`` → ``1000``.
    """
    text = format(value.normalize(EXACT), "f")
    return "0" if text == "-0" else text

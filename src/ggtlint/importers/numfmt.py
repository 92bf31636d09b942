"""Excel number formats: the text a number or date cell shows, as far as it can be worked out.

A workbook stores 95 and shows "95%" (format ``0"%"``), stores 30 and shows "30.00万元"
(``0.00"万元"``), stores 45291 and shows "2023年12月31日" (built-in format 31, which Chinese Excel
and WPS give a date typed that way). The target table means what the cell shows, so the workbook
importer reads that text: quoted and escaped literals, percent, decimals and digit grouping,
the sections for negative numbers and zero, and dates and times written with 年/月/日/时/分/秒.

What it cannot render reliably (conditions such as ``[>=100]``, fractions, scientific notation,
Chinese numerals ``[DBNum1]``, month names, elapsed times, the locale-dependent built-in
currency formats) gives None, and the importer falls back to the bare number with a note.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Sequence

from ggtlint.values.normalize import decimal_text

__all__ = ["as_decimal", "builtin_format", "is_date_format", "is_shown_date_format", "is_unknown_builtin",
           "render_date", "render_number", "shows_percent", "shows_whole_date"]

# The East-Asian built-in formats (ECMA-376 Part 1, 18.8.30), as Chinese (zh-CN) Excel and WPS
# show them. A file refers to them by number only, so openpyxl reports them as "General".
_EAST_ASIAN: dict[int, str] = {
    27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"',
    36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
    54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}
#: The first number of a format the file spells out; those below are built in.
_FIRST_CUSTOM = 164
#: Built-in currency formats: "¥1,500.00" in Chinese Excel, "$1,500.00" in American.
_LOCALE_CURRENCY = frozenset({5, 6, 7, 8, 42, 44})

# One token of a format section. Quoted text, escapes, fills and padding first; then brackets
# ([Red], [$¥-804], [>=100], [h]); then the codes.
_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?'
    r"|\\(?P<escaped>.)"
    r"|_(?P<pad>.)"
    r"|\*(?P<fill>.)"
    r"|\[(?P<bracket>[^\]]*)\]"
    r"|(?P<general>General)"
    r"|(?P<ampm>AM/PM|am/pm|A/P|a/p|上午/下午)"
    r"|(?P<exp>[Ee][+-])"  # scientific notation, before the date codes (E is also an era year)
    r"|(?P<date>y+|m+|d+|h+|s+|e+|g+|b+|aaa+)"
    r"|(?P<digit>[0#?])"
    r"|(?P<point>\.)"
    r"|(?P<comma>,)"
    r"|(?P<percent>%)"
    r"|(?P<other>.)",
    re.IGNORECASE | re.DOTALL)
# Chinese Excel and WPS write the General format as "G/通用格式".
_LOCAL_GENERAL = re.compile(r"G/通用格式", re.IGNORECASE)
# Colours, also as Chinese Excel writes them ([红色]).
_COLOR = re.compile(r"^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+|(?:红|黑|蓝|绿|白|黄|青|洋红|紫)色?"
                    r"|颜色\s*\d+)$", re.IGNORECASE)
_CURRENCY = re.compile(r"^\$([^-]*)(?:-[0-9A-Fa-f]+)?$")
# CJK date words a format prints: a date shown with them is exactly the text the person typed.
_CJK_DATE_WORDS = ("年", "月", "日", "时", "分", "秒")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str


def builtin_format(format_id: int) -> str | None:
    """The format code of an East-Asian built-in format number (27–36, 50–58), else None."""
    return _EAST_ASIAN.get(format_id)


def is_unknown_builtin(format_id: int, number_format: str) -> bool:
    """True for a built-in format number whose text cannot be known: one openpyxl could not name,
    or a currency format, which shows the currency of the reader's locale (openpyxl says "$")."""
    if not 0 < format_id < _FIRST_CUSTOM:
        return False
    return format_id in _LOCALE_CURRENCY or (number_format == "General" and format_id not in _EAST_ASIAN)


@lru_cache(maxsize=512)  # a workbook has a handful of formats and thousands of cells
def _split_sections(code: str) -> tuple[str, ...]:
    """The ``;``-separated sections of a format, semicolons in quotes and brackets kept."""
    code = _LOCAL_GENERAL.sub("General", code)
    sections, current, quoted, bracket, escaped = [], [], False, False, False
    for char in code:
        if escaped:
            escaped = False
        elif char == "\\" and not quoted:
            escaped = True
        elif char == '"' and not bracket:
            quoted = not quoted
        elif char == "[" and not quoted:
            bracket = True
        elif char == "]" and not quoted:
            bracket = False
        elif char == ";" and not quoted and not bracket:
            sections.append("".join(current))
            current = []
            continue
        current.append(char)
    sections.append("".join(current))
    return tuple(sections)


@lru_cache(maxsize=1024)
def _tokens(section: str) -> tuple[_Token, ...] | None:
    """The tokens of one section; None when it holds something this module does not render.
    Cached: a workbook uses a handful of formats for thousands of cells."""
    out: list[_Token] = []
    for match in _TOKEN.finditer(section):
        kind = match.lastgroup or "other"
        text = match.group(kind)
        if kind in ("pad", "fill"):
            continue  # alignment only: no text of its own
        if kind == "bracket":
            if _COLOR.match(text) or re.fullmatch(r"\$?-[0-9A-Fa-f]+", text):
                continue  # a colour, or a locale with no symbol ([$-804])
            currency = _CURRENCY.match(text)
            if currency:
                out.append(_Token("literal", currency.group(1)))
                continue
            return None  # a condition, elapsed time ([h]) or Chinese numerals ([DBNum1])
        if kind in ("quoted", "escaped", "other"):
            kind = "literal"
        out.append(_Token(kind, text))
    return tuple(out)


def is_date_format(code: str) -> bool:
    """True when the format shows a date or a time (codes y m d h s outside quotes)."""
    tokens = _tokens(_split_sections(code)[0])
    return tokens is not None and any(t.kind in ("date", "ampm") for t in tokens)


def is_shown_date_format(code: str) -> bool:
    """True for a date format that writes its parts with 年/月/日/时/分/秒 (yyyy"年"m"月"d"日"):
    the text it shows is a complete Chinese date, as typed."""
    tokens = _tokens(_split_sections(code)[0])
    return tokens is not None and any(t.kind == "literal" and t.text.strip() in _CJK_DATE_WORDS for t in tokens) \
        and any(t.kind == "date" for t in tokens)


def shows_whole_date(code: str) -> bool:
    """True for a date format that shows the year, the month and the day and no time of day
    (yyyy-mm-dd, yyyy/m/d, d.m.yyyy): the day it shows is the day stored, whatever the order."""
    tokens = _tokens(_split_sections(code)[0])
    if tokens is None:
        return False
    codes = [t.text.lower()[0] for t in tokens if t.kind == "date"]
    if any(t.kind == "ampm" for t in tokens) or "h" in codes or "s" in codes:
        return False  # a time is shown too, and m may be minutes
    return "y" in codes and "m" in codes and "d" in codes


# -- numbers -----------------------------------------------------------------------------------

def as_decimal(value: int | float | Decimal) -> Decimal:
    """A number cell's value as a Decimal: a float by its shortest repr (0.1 → Decimal('0.1'), not
    the binary 0.1000000000000000055…), an int or a Decimal exactly. A bool is an int here
    (True → Decimal('1')): callers that mean TRUE/FALSE check for bool first. NaN and infinities
    carry over (Decimal('NaN'), Decimal('Infinity')); callers that cannot show them check
    ``is_finite()``."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _section_for(sections: Sequence[str], number: Decimal) -> tuple[str, bool]:
    """The section that shows ``number``, and whether the minus sign must be added."""
    if number < 0 and len(sections) >= 2 and sections[1].strip():
        return sections[1], False
    if number == 0 and len(sections) >= 3 and sections[2].strip():
        return sections[2], False
    return sections[0], number < 0


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ",".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def _number_text(number: Decimal, placeholders: Sequence[_Token]) -> str | None:
    """``number`` (not negative) through the digit placeholders, points and commas of a format."""
    kinds = [t.kind for t in placeholders]
    if kinds.count("point") > 1:
        return None
    point = kinds.index("point") if "point" in kinds else len(kinds)
    integer, fraction = list(placeholders[:point]), list(placeholders[point + 1:])
    # Commas after the last digit placeholder scale by a thousand each (#,##0,, shows millions).
    scale = 0
    while integer and integer[-1].kind == "comma":
        integer.pop()
        scale += 1
    grouped = any(t.kind == "comma" for t in integer)
    if any(t.kind == "comma" for t in fraction):
        return None
    number = number / (Decimal(1000) ** scale)
    frac_digits = [t.text for t in fraction if t.kind == "digit"]
    places = len(frac_digits)
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, decimals = format(rounded, "f").partition(".")
    # Optional places (# and ?) drop their trailing zeros; the zeros the format asks for stay.
    required = sum(1 for d in frac_digits if d == "0")
    decimals = decimals.rstrip("0").ljust(required, "0") if places else ""
    min_whole = sum(1 for t in integer if t.kind == "digit" and t.text == "0")
    whole = whole.lstrip("0").rjust(min_whole, "0")
    if grouped and whole:
        whole = _group(whole)
    # "0.##" with nothing after the point shows "5." in Excel; the reader means 5.
    text = f"{whole}.{decimals}" if decimals else whole
    return text or "0"


def render_number(value: int | float | Decimal, code: str) -> str | None:
    """The text a number shows with format ``code``; None when the format cannot be rendered."""
    try:
        return _render_number(value, code)
    except (ArithmeticError, ValueError):  # 1E+300 to two places, infinities: shown as "###" anyway
        return None


def _render_number(value: int | float | Decimal, code: str) -> str | None:
    number = as_decimal(value)
    if not number.is_finite():
        return None
    sections = _split_sections(code)  # G/通用格式 already read as General
    if len(sections) == 1 and sections[0].strip().lower() in ("", "general", "@"):
        return decimal_text(number)
    section, minus = _section_for(sections, number)
    tokens = _tokens(section)
    if tokens is None or any(t.kind in ("date", "ampm", "exp") for t in tokens):
        return None
    digit_at = [i for i, t in enumerate(tokens) if t.kind == "digit"]
    if digit_at:
        first, last = digit_at[0], digit_at[-1]
        if first and tokens[first - 1].kind == "point":
            first -= 1  # ".00": no whole digits asked for
        while last + 1 < len(tokens) and tokens[last + 1].kind == "comma":
            last += 1  # scaling commas belong to the number
        body = tokens[first:last + 1]
        if any(t.kind not in ("digit", "point", "comma") for t in body):
            return None  # literals among the digits (000-0000), fractions (# ?/?)
        if any(t.kind == "literal" and t.text == "/" for t in tokens[last + 1:]) and \
                any(t.kind == "digit" for t in tokens[last + 1:]):
            return None
        before, after = tokens[:first], tokens[last + 1:]
    else:
        body, before, after = [], tokens, []
    percent = sum(1 for t in tokens if t.kind == "percent")
    shown = abs(number) * (Decimal(100) ** percent)
    parts: list[str] = []
    for token in before:
        parts.append(_plain(token, shown))
    if body:
        digits = _number_text(shown, body)
        if digits is None:
            return None
        parts.append(digits)
    for token in after:
        parts.append(_plain(token, shown))
    text = "".join(parts).strip()
    if minus and (body or any(t.kind == "general" for t in tokens)) and shown != 0:
        text = "-" + text
    return text


def shows_percent(value: int | float | Decimal, code: str) -> bool:
    """True when the format shows ``value`` a hundred times larger with a % sign (0%, 0.00%),
    not when it only prints a quoted "%" after it (0"%")."""
    number = as_decimal(value)
    if not number.is_finite():  # a NaN or infinity a crafted file may hold: no percentage
        return False
    tokens = _tokens(_section_for(_split_sections(code), number)[0])
    return tokens is not None and any(t.kind == "percent" for t in tokens)


def _plain(token: _Token, shown: Decimal) -> str:
    if token.kind == "percent":
        return "%"
    if token.kind == "general":
        return decimal_text(shown)
    if token.kind == "literal":
        return token.text
    return ""  # "@" and a stray point or comma outside the digits


# -- dates -------------------------------------------------------------------------------------

def render_date(value: dt.datetime | dt.date | dt.time, code: str) -> str | None:
    """The text a date or time shows with format ``code``; None when it cannot be rendered."""
    tokens = _tokens(_split_sections(code)[0])
    if tokens is None:
        return None
    if isinstance(value, dt.datetime):
        stamp = value
    elif isinstance(value, dt.date):
        stamp = dt.datetime(value.year, value.month, value.day)
    else:
        stamp = dt.datetime(1900, 1, 1, value.hour, value.minute, value.second)
    twelve = any(t.kind == "ampm" for t in tokens)
    codes = [i for i, t in enumerate(tokens) if t.kind == "date"]
    parts: list[str] = []
    for index, token in enumerate(tokens):
        if token.kind == "literal":
            parts.append(token.text)
        elif token.kind == "ampm":
            morning = stamp.hour < 12
            if token.text == "上午/下午":
                parts.append("上午" if morning else "下午")
            elif token.text.lower() == "am/pm":
                parts.append("AM" if morning else "PM")
            else:
                parts.append("A" if morning else "P")
        elif token.kind == "date":
            part = _date_part(token.text.lower(), stamp, twelve, tokens, codes, index)
            if part is None:
                return None
            parts.append(part)
        elif token.kind in ("point", "digit"):
            return None  # fractions of a second
        else:
            parts.append(_plain(token, Decimal(0)) if token.kind != "general" else "")
    return "".join(parts).strip()


def _date_part(code: str, stamp: dt.datetime, twelve: bool, tokens: Sequence[_Token], codes: list[int],
               index: int) -> str | None:
    letter, width = code[0], len(code)
    if letter in ("y", "e"):
        return str(stamp.year) if width >= 3 or letter == "e" else f"{stamp.year % 100:02d}"
    if letter == "d":
        if width > 2:
            return None  # weekday names
        return f"{stamp.day:0{width}d}"
    if letter == "h":
        hour = stamp.hour % 12 or 12 if twelve else stamp.hour
        return f"{hour:0{min(width, 2)}d}"
    if letter == "s":
        return f"{stamp.second:0{min(width, 2)}d}"
    if letter == "m":
        # m is the minute right after an hour or right before a second, else the month.
        at = codes.index(index)
        after_hour = at > 0 and tokens[codes[at - 1]].text.lower().startswith("h")
        before_second = at + 1 < len(codes) and tokens[codes[at + 1]].text.lower().startswith("s")
        if after_hour or before_second:
            return f"{stamp.minute:0{min(width, 2)}d}"
        if width > 2:
            return None  # month names
        return f"{stamp.month:0{width}d}"
    return None  # eras (g, b), weekdays (aaa)

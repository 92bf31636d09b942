"""Label text as both importers compare it (workbook cells and lines of PDF text).

Labels come with full-width letters and colons, stray spaces from PDF extraction and a leading
``*`` marking required cells; :func:`squash_label` removes all of that, so one pattern matches
every spelling. The fund-source labels (中央资金, 其中：省级财政资金 …) are read here too.
"""

from __future__ import annotations

import re
import unicodedata

# The levels of government a fiscal fund source is named after, longest first where one
# name begins another (省级 before 省).
FUND_PREFIX = "中央|省级|省|市级|市|州级|州|县级|县|区级|区"
# A fund-source label, squashed: "中央资金", "其中:省级财政资金", "市级补助资金(万元)".
FUND_SOURCE_LABEL = re.compile(rf"^(?:其中:?)?({FUND_PREFIX})(?:财政)?(?:资金|补助资金|拨款)(?:[(](?:万元|元)[)])?$")
_FUND_SOURCE_NAME = re.compile(rf"^(?:其中:?)?({FUND_PREFIX})")
_SPACES = re.compile(r"\s+")


def nfkc(text: str) -> str:
    """Full-width letters, digits, brackets and colons as their ASCII forms."""
    return unicodedata.normalize("NFKC", text)


def squash_label(text: str) -> str:
    """A label as compared: NFKC, no whitespace, no leading * (required field), no trailing colon."""
    return _SPACES.sub("", nfkc(text)).lstrip("*").rstrip(":")


def fund_source_name(label: str) -> str | None:
    """中央 for "中央资金", "其中：中央资金" and "中央资金：339" (the amount on the label's line);
    None when the label names no level of government."""
    found = _FUND_SOURCE_NAME.match(squash_label(label))
    return found.group(1) if found else None

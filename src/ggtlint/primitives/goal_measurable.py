"""goal-measurable: the 年度总体目标 should say what will be achieved, not only list uses.

Flags a goal with no figure at all that is short (< ``min_length`` characters) or only an
enumeration of spending uses: ending in 等 (e.g. "宣传、招募、培训、就业指导、慰问、调研等"), or
every clause saying what the money is used for ("目标1：用于…；目标2：用于…"). A goal of any
length with no figure at all that promises results in the lexicon's vague terms ("进一步提高农业
机械化水平，有效促进农业增效") is the 模糊化 reviewers return (variant ``vague``, a warning);
``vague: false`` turns it off. A goal with no figure but dates that states the department's standing duties
(履行全市消防救援职责，做好…工作) in place of what this money achieves is variant ``duties``.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import Hit, TableContext
from ggtlint.values.parse import has_cn_figure
from ggtlint.lazyregex import lazy_pattern

NAME = "goal-measurable"
SCOPES = ("table",)
VARIANTS = ("listing", "short", "vague", "duties")
# vague words with no figure at all are the defect reviewers name (进一步提高、有效促进): more than a style note
# and so is a goal copying the department's duties (0 of 10 look-alikes, 0 of 5 held out)
LEVELS = {"vague": Severity.WARNING, "duties": Severity.WARNING}
PLACEHOLDERS = {"listing": ("length",), "short": ("length",), "vague": ("length", "terms"),
                "duties": ("length", "duties")}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_length": {"type": "integer", "minimum": 1},
        "list_endings": {"type": "array", "items": {"type": "string"}},
        "vague": {"type": "boolean"},
        # words vague in a 指标值 but plain in a goal's sentence (及时足额发放, 按时完成)
        "not_vague_in_goal": {"type": "array", "items": {"type": "string"}},
    },
}
def compile(params: dict[str, Any]) -> dict[str, Any]:
    return {**params, "endings": tuple(params.get("list_endings", ["等"]))}
_DIGIT = lazy_pattern(r"[0-9０-９]")
_NUMBERING = lazy_pattern(r"目标\s*[0-9０-９一二三四五六七八九十]+\s*[:：]")
_TRAILING = "。；;，,.、 \n\t"
_CLAUSES = lazy_pattern(r"[。；;\n]+")
# the department's standing duties (履行全市消防救援职责) written as the project's goal
_DUTIES = lazy_pattern(r"履行[^，,；;。、\n]{0,16}?职责")
# a date, a span of months (1-6月) or a day of each month (每月15日前): no figure of what the money achieves
_DATE = lazy_pattern(r"(?:20\d\d年)?(?:(?:1[0-2]|[1-9])[-—–~～至到])?(?:1[0-2]|[1-9])月(?:[1-3]?[0-9][日号])?|20\d\d年"
                     r"|每月[1-3]?[0-9][日号]")
_USE_WORDS = ("用于", "主要用于", "资金用于", "该资金用于", "项目资金用于")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    if not goal or not goal.strip():
        return
    text = _NUMBERING.sub("", goal)  # "目标1：" is numbering, not a figure
    duties = _DUTIES.search(text)
    if duties and not _has_figure(_DATE.sub("", text), ctx):  # a date alone is no figure of what the money achieves
        body = goal.strip().rstrip(_TRAILING)  # the goal copies what the department does every year
        yield Hit("/goal", {"length": len(body), "duties": duties.group(0)}, value=body[:60], variant="duties",
                  severity=LEVELS["duties"], find=duties.group(0))
        return
    if _has_figure(text, ctx):  # 2000人, 资助三十名学生
        return
    body = goal.strip().rstrip(_TRAILING)
    endings = params["endings"]
    short = len(body) < params.get("min_length", 40)
    # "目标1：用于…；目标2：用于…": every clause says what the money is for, none what it achieves
    clauses = [clause.strip() for clause in _CLAUSES.split(text) if clause.strip()]
    uses_only = len(clauses) >= 2 and all(clause.startswith(_USE_WORDS) for clause in clauses)
    listing = (body.endswith(endings) and body.count("、") >= 2) or uses_only
    if listing:
        yield Hit("/goal", {"length": len(body)}, value=body[:60], variant="listing")
        return
    vague_re = ctx.lexicon.vague_re if params.get("vague", True) else None
    plain = set(params.get("not_vague_in_goal", ()))
    terms = tuple(term for term in dict.fromkeys(vague_re.findall(text)) if term not in plain) if vague_re else ()
    if terms:  # the figure-free goal says only "进一步提高…有效促进…": name the words to replace
        yield Hit("/goal", {"length": len(body), "terms": "”“".join(terms[:3])}, value=body[:60],
                  variant="vague", severity=LEVELS["vague"], find=terms[0])
    elif short:
        yield Hit("/goal", {"length": len(body)}, value=body[:60], variant="short")


def _has_figure(text: str, ctx: TableContext) -> bool:
    """Whether the text holds a figure, in digits or in Chinese numerals (资助三十名学生)."""
    return bool(_DIGIT.search(text)) or has_cn_figure(text, ctx.lexicon)

"""rate-over-counts: a rate above the share the table's own counts give.

A table that counts both the whole and the part a rate is taken over says what the rate will be: 受理维权援助申请
≥40件 and 办结维权援助案件 ≥30件 plan 75% closed, so 维权援助申请办结率 ≥95% beside them cannot both be the target;
培训企业负责人 ≥200人次 with 培训考核合格 ≥150人次 plan 75% passed, not the 培训考核合格率 ≥95% written. One of the
three figures is wrong (most often the part was set from last year's count, or the rate copied from a template).

A rate is read in two forms: a name ending in an act and 率 (办结率, 合格率, 开工率, 到岗率, 竣工验收合格率) whose
part is a count naming that act (办结…, …合格, …开工个数, …到岗); and a share (批发业企业占新增限上企业比例) whose part
is a count naming the share's subject. The whole is a count in the part's unit, not naming the act, above the part,
that is most like it by the character pairs they share (改造乡镇电商服务站 ＝12个 for 乡镇电商服务站验收合格 ≥10个). Only floors (≥, ＝) are
read: a ceiling whole or part bounds nothing, and a rate of failures (不合格, 未办结) is not a part; nor is a count
naming more after the act than the rate does (分志通过州级终审 beside 分志初稿一次评审通过率: another review).
Counts of another group or period are no pair either (办结上年结转案件 beside 案件办结率; a whole lacking the rate's
规上 or 规模以上), nor is a count of places inspected the whole of a rate of fixing what was found (整改达标率 over
检查企业).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown, \
    is_cost, is_percent, longest_run, plain_name, row_hit

NAME = "rate-over-counts"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("part_name", "part_value", "whole_name", "whole_value", "share")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_FLOORS = ("≥", "=", "＝", ">")
# the acts a completion rate is taken over: the part count names the same act
_ACT_RATE = lazy_pattern(r"(?P<act>办结|结案|合格|开工|投产|到岗|竣工|入驻|达标|建成|完工|结业|通过)率$")
# a share of a whole named on both sides: 批发业企业占新增限上企业比例 (not a bare 智能化改造项目占比: no whole named)
_SHARE = lazy_pattern(r"^(?P<part>.{2,12}?)占(?P<whole>.{2,14}?)(?:的)?(?:比例|比重)$")
# words that name no subject: left out when matching a share's subject to a count
_GENERIC = lazy_pattern(r"企业|单位|人员|人数|数量|个数|项目数|家数|数$|业$")
# words naming no subject, cut out before a rate's subject is looked for in its whole
_SUBJECTLESS = lazy_pattern(r"企业|单位|人员|人数|数量|个数|项目|家数")
# a count of failures is not the part a rate of success is taken over
_NEGATED = lazy_pattern(r"不|未|非")
# words naming a group or a period of works or cases: a part naming one the rate does not (办结上年结转案件 beside
# 案件办结率, 续建服务站建成 beside 新建服务站建成率) counts another group, and a whole lacking the rate's (入驻园区企业
# beside 规上企业达标率) is not what the rate is over
_GROUPS = ("新建", "续建", "改建", "扩建", "上年", "结转", "历史", "积案", "存量", "遗留", "往年", "规上", "限上", "重点", "问题",
           "隐患", "不合格")
# a group's long form, which names it as well (规模以上 for 规上)
_LONG = {"规上": "规模以上", "限上": "限额以上", "技改": "技术改造"}
# a rate of acts on what an inspection found (整改, 处置) is over the findings, not the places inspected
_ON_FINDINGS = lazy_pattern(r"整改|处置|核查|复查|销号|查处")
_INSPECTED = lazy_pattern(r"检查|抽检|抽查|巡查|排查|检测|监测|检验|督查")
# a rate and its counts agree within this many points (rounding a planned count)
_SLACK = Decimal("0.5")


def _counts(ctx: TableContext) -> list[Row]:
    return [row for row in ctx.rows if not is_cost(row) and row.parsed.kind == "count"
            and row.parsed.op in _FLOORS and row.parsed.number is not None and row.parsed.number > 0]


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _likeness(a: str, b: str) -> float:
    """How alike two names are: the share of character pairs they have in common (Dice), so that a long name sharing
    a word with the part (签约项目预计新增就业岗位) counts for less than a short one (新签约项目数)."""
    pairs_a, pairs_b = _bigrams(a), _bigrams(b)
    if not pairs_a or not pairs_b:
        return 0.0
    return 2 * len(pairs_a & pairs_b) / (len(pairs_a) + len(pairs_b))


def _best(candidates: list[tuple[Any, Row]]) -> Row | None:
    """The candidate sharing most words; None when two share as many and differ in figure (which is meant is
    unclear)."""
    if not candidates:
        return None
    top = max(score for score, _ in candidates)
    best = [row for score, row in candidates if score == top]
    figures = {row.parsed.number for row in best}
    return best[0] if len(figures) == 1 else None


def _pair(stem: str, key: str, counts: list[Row], rate_name: str) -> tuple[Row, Row] | None:
    """The part (a count naming ``key``) and its whole (a count in its unit, not naming it, above it)."""
    parts = [(longest_run(stem, plain_name(row.name)), row) for row in counts
             if key in plain_name(row.name) and not _NEGATED.search(plain_name(row.name).split(key)[0][-1:] or "")]
    part = _best([(score, row) for score, row in parts if score >= 2])
    if part is None:
        return None
    # what the part names after the act must be the rate's too: 分志通过州级终审 is another review than
    # 分志初稿一次评审通过率's
    after = _GENERIC.sub("", plain_name(part.name).split(key, 1)[1])
    if len(after) >= 2 and longest_run(after, rate_name) < 2:
        return None
    part_words = plain_name(part.name).replace(key, "")
    wholes = [(_likeness(part_words, plain_name(row.name)), row) for row in counts
              if row is not part and key not in row.name and not is_breakdown(row.name)
              and row.parsed.unit == part.parsed.unit and row.parsed.op != ">"
              and row.parsed.number > part.parsed.number]  # type: ignore[operator]
    whole = _best([(score, row) for score, row in wholes if score > 0])
    if whole is None or _another_group(stem, plain_name(part.name), plain_name(whole.name)) \
            or _groups_differ(rate_name, plain_name(part.name), plain_name(whole.name)):
        return None
    if _ON_FINDINGS.search(rate_name + plain_name(part.name)) and _INSPECTED.search(plain_name(whole.name)) \
            and not any(_names(plain_name(whole.name), group) for group in _GROUPS):
        return None  # 整改达标企业 of 检查企业: the rate is over the firms found wanting
    return part, whole


def _names(text: str, group: str) -> bool:
    """Whether a name names a group, by its short or its long form (规上, 规模以上)."""
    return group in text or (group in _LONG and _LONG[group] in text)


def _groups_differ(rate: str, part: str, whole: str) -> bool:
    """Whether the part names a group or period the rate does not (办结上年结转案件 of 案件办结率), or the rate one the
    whole does not (规上企业安全生产达标率 over 入驻园区企业)."""
    for group in _GROUPS:
        in_rate = _names(rate, group)
        if _names(part, group) and not in_rate:
            return True
        if in_rate and not _names(whole, group):
            return True
    return False


def _another_group(stem: str, part: str, whole: str) -> bool:
    """Whether the rate is over a group its counts do not name: the two characters before a word naming no subject
    in the rate (问题 of 问题企业整改达标率, 续建 of 续建项目开工率) in neither the part nor the whole (整改达标企业 of
    检查企业; 本年开工项目 of 新建项目), so the counts are of other firms or works (技改 of 技改项目竣工投产率 is in
    技改项目竣工投产: the same)."""
    for head in _SUBJECTLESS.finditer(stem):
        group = stem[max(head.start() - 2, 0):head.start()]
        if len(group) == 2 and group not in part and group not in whole:
            return True
    return False


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    rates = [row for row in ctx.rows if not is_cost(row) and is_percent(row) and row.parsed.op in _FLOORS
             and row.parsed.percent is not None and row.level2 != "时效指标"]
    if not rates:
        return
    counts = _counts(ctx)
    if len(counts) < 2:
        return
    for rate in rates:
        name = plain_name(rate.name)
        act = _ACT_RATE.search(name)
        if act is not None:
            pair = _pair(name[:act.start()] or act.group("act"), act.group("act"), counts, name)
        else:
            share = _SHARE.match(name)
            if share is None:
                continue
            subject = _GENERIC.sub("", share.group("part"))
            if len(subject) < 2:
                continue
            pair = _pair(share.group("whole"), subject[:2], counts, name)
        if pair is None:
            continue
        part, whole = pair
        share_of = part.parsed.number * 100 / whole.parsed.number  # type: ignore[operator]
        if share_of + _SLACK < rate.parsed.percent:  # type: ignore[operator]
            yield row_hit(rate, part_name=part.name, part_value=part.shown, whole_name=whole.name,
                          whole_value=whole.shown, share=f"{share_of:.1f}%".replace(".0%", "%"))

"""split-paid-whole: an award paid over several years budgeted whole in the budget year.

When the goal pays a standard over years (国家级每家50万元（分两年拨付，2027年拨付50%）, 按A类30万元/人…标准发放安家
补贴（分3年发放）, 每家奖励3万元（分两年兑付）), the year's line pays its first part: 3家 × 50万元 = 150万元 budgeted
this year is the whole award, twice what the year pays out, and the rest sits idle to be taken back at the year's end
(or is paid at once, against the policy the goal quotes).

The split is 分两年/分N年 … 拨付 (兑付, 发放, 支付, 兑现), or 分期 … with the year's part named (首期/首年/当年/2027年拨付
50%). It covers the standard it follows at once in brackets (每家50万元（分两年拨付）), else every standard per one of
its sentence before it (30万元/人, 每家3万元, 每人发放生活补贴12万元: up to six characters after 每人; not a cap,
最高不超过15万元/人); a clause opening with 每人 takes its words from the clause before it, whose people it pays
(引进博士研究生10名，每人…). A cost line is told when its name shares
the words before a standard (国家级, A类, 新入库企业) and its amount is a whole number of that standard, the count
being one the table gives: its note (按3家×每家50万元), a count of the same words (其中：A类人才 ≥2名) or the goal
(国家级…企业3家). Left alone: a line at the year's part (2027年拨付25万元, 50%: 3家 × 25万元), a split whose first
instalment fell in an earlier year (2026年起分两年拨付), instalments within the year (分两批, 分两次, 按进度分期拨付).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, is_breakdown, \
    is_cost, longest_run, row_hit, yuan_text, YUAN_PER

NAME = "split-paid-whole"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("split", "standard", "count", "whole")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_NUM = r"[0-9]+(?:\.[0-9]+)?"
_ACT = r"拨付|兑付|发放|支付|兑现"
# 分两年拨付, 分3年发放, 分三个年度兑付 (not 分两批, 分两次: within the year)
_SPLIT = lazy_pattern(r"分(?:[两二三四五2-5])个?年度?[^，,；;。（）()\n]{0,6}?(?:" + _ACT + ")")
# 分期拨付 holds only with the year's part named: 按进度分期拨付 is within the year
_INSTALMENTS = lazy_pattern(r"分期[^，,；;。（）()\n]{0,6}?(?:" + _ACT + ")")
_FIRST = lazy_pattern(r"(?:首年|首期|当年|本年度?|20[0-9]{2}年)(?:度)?(?:先行|先)?(?:" + _ACT + r")"
                      r"(?:[0-9]+(?:\.[0-9]+)?%|[一二三四五]分之[一二三四]|一半|半数)")
_YEAR = lazy_pattern(r"(20[0-9]{2})年")
_SENTENCE = lazy_pattern(r"[^。；;\n]+")
_CLAUSE_BREAK = lazy_pattern(r"[，,]")
_CLOSE = lazy_pattern(r"[）)]")
# a standard per one: 30万元/人, 每家50万元, 每家奖励3万元
_STANDARD = lazy_pattern(r"(?P<num>" + _NUM + r")(?P<unit>万元|元)(?P<per>/[人家个户项名件所座])?")
# (每人发放生活补贴12万元: up to six characters between the one and the amount)
_PER_BEFORE = lazy_pattern(r"每[家人个户项名件所座]?[^0-9，,、；;。（）()]{0,6}$")
_CAP_BEFORE = lazy_pattern(r"(?:最高|不超过|不高于|上限|封顶)[^0-9，,、；;。]{0,3}$")
# where a standard's words begin: after a stop, a comma or an enumeration mark
_LABEL_BREAK = lazy_pattern(r"[，,、；;。：:（）()\n按对]")
_LABEL_NOISE = lazy_pattern(r"^(?:其中|按照|按|对|给予|标准为?)|每[家人个户项名件所座]?.*$")
_COUNT_UNITS = "家人名个户项件所座"
# a clause naming whom the next clause's 每人 pays (2027年引进博士研究生10名，每人…): its year and count set aside
_YEAR_LEAD = lazy_pattern(r"^20[0-9]{2}年度?")
_COUNT_TAIL = lazy_pattern(r"[0-9]+[家人名个户项件所座]$")
# a count of the label's words in the goal: 国家级专精特新“小巨人”企业3家, A类人才2名
_COUNT_AFTER = lazy_pattern(r"[^0-9，,；;。\n]{0,16}?(?P<n>[0-9]+)[" + _COUNT_UNITS + "]")
_NOTE_COUNT = lazy_pattern(r"(?P<n>[0-9]+)\s*[" + _COUNT_UNITS + r"]?\s*[×xX*]")
# cost lines that are no amount paid out: caps, standards, rates
_NOT_A_LINE = lazy_pattern(r"上限|最高|标准|比例|单价|限额|每")


def _open_bracket(text: str, at: int) -> int:
    """Where the bracket holding ``text[at]`` opens, or -1 when it stands in none."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                return i
            depth -= 1
    return -1


def _splits(goal: str, year: int) -> Iterator[tuple[int, int, str]]:
    """Each split payment in the goal: where its scope begins and ends (its sentence up to its brackets, or up to it)
    and its words. A split whose bracket or clause names a year before the budget year (2026年起分两年拨付) began
    before and is not read."""
    for sentence in _SENTENCE.finditer(goal):
        text = sentence.group()
        found = _SPLIT.search(text)
        if found is None:
            instalments = _INSTALMENTS.search(text)
            if instalments is None or not _FIRST.search(text, instalments.start()):
                continue
            found = instalments
        opening = _open_bracket(text, found.start())
        if opening >= 0:
            closing = _CLOSE.search(text, found.end())
            around = text[opening:closing.end() if closing else len(text)]
        else:
            begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, found.start())), default=0)
            after = _CLAUSE_BREAK.search(text, found.end())
            around = text[begin:after.start() if after else len(text)]
        if any(int(y) < year for y in _YEAR.findall(around)):
            continue
        yield sentence.start(), sentence.start() + (opening if opening >= 0 else found.start()), found.group()


def _standards(goal: str, start: int, end: int) -> list[tuple[Decimal, str, str]]:
    """The standards per one the split covers: the one just before its brackets, else each of the sentence before it;
    with the words before each (A类, 国家级, 对新入库企业)."""
    out = []
    for match in _STANDARD.finditer(goal, start, end):
        head = goal[max(start, match.start() - 10):match.start()]
        if _CAP_BEFORE.search(head) or (match.group("per") is None and not _PER_BEFORE.search(head)):
            continue
        begin = max((m.end() for m in _LABEL_BREAK.finditer(goal, start, match.start())), default=start)
        label = _LABEL_NOISE.sub("", goal[begin:match.start()])
        if len(label) < 2 and goal.startswith("每", begin) and begin > start and goal[begin - 1] in "，,":
            # a clause opening with 每人 pays the people the clause before it names: their words are the label
            before = max((m.end() for m in _LABEL_BREAK.finditer(goal, start, begin - 1)), default=start)
            label = _COUNT_TAIL.sub("", _YEAR_LEAD.sub("", goal[before:begin - 1]))
        amount = Decimal(match.group("num")) * YUAN_PER[match.group("unit")]
        out.append((amount, label, match.group()))
    if out and goal[end - len(out[-1][2]):end] == out[-1][2]:
        return out[-1:]  # 每家50万元（分两年拨付）: the bracket is the last standard's own
    return out


def _counted(ctx: TableContext, line: Row, label: str, count: Decimal) -> bool:
    """Whether the table gives ``count`` as the number paid the line's standard: in the line's note, as a count of the
    label's words, or in the goal after them."""
    note = line.indicator.note or ""
    if any(Decimal(m.group("n")) == count for m in _NOTE_COUNT.finditer(note)):
        return True
    for row in ctx.rows:
        parsed = row.parsed
        if not is_cost(row) and parsed.kind == "count" and parsed.number == count \
                and (parsed.unit or "")[:1] in _COUNT_UNITS and longest_run(label, row.name) >= 2:
            return True
    at = ctx.goal.find(label) if len(label) >= 2 else -1
    while at >= 0:
        after = _COUNT_AFTER.match(ctx.goal, at + len(label))
        if after is not None and Decimal(after.group("n")) == count:
            return True
        at = ctx.goal.find(label, at + 1)
    return False


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    goal = ctx.goal
    if year is None or "分" not in goal:
        return
    told: set[str] = set()
    for start, end, split in _splits(goal, year):
        for standard, label, standard_text in _standards(goal, start, end):
            if len(label) < 2 or standard <= 0:
                continue
            for line in ctx.rows:
                parsed = line.parsed
                if not is_cost(line) or parsed.kind != "money" or parsed.yuan is None or line.pointer in told \
                        or _NOT_A_LINE.search(line.name) or is_breakdown(line.name) \
                        or longest_run(label, line.name) < 2:
                    continue
                count = parsed.yuan / standard
                if count < 1 or count != count.to_integral() or not _counted(ctx, line, label, count):
                    continue
                told.add(line.pointer)
                yield row_hit(line, split=split, standard=standard_text, count=f"{count.to_integral():f}",
                              whole=yuan_text(parsed.yuan))

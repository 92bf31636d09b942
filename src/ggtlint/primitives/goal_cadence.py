"""goal-cadence: the goal's cadence for a piece of work (补贴按月发放, 水质每月监测1次) against an indicator's for
the same work (工作补贴发放时间 每季度首月10日前, 水质监测频次 每季度1次): one of the two is wrong.

``verbs`` (words) are the work a cadence is given for (发放, 拨付, 监测); an indicator is the same work when the
last of them its name holds is the verb (the first said after the goal's cadence) and it shares more characters
running with the work's words of the goal's clause (before the cadence, and the object beside the verb, read after
it to the clause's end: 按月足额发放残疾人两项补贴) than with any other of the goal's cadences for that verb (a cadence
opening its clause takes the clause before as the work's words: 开展视力筛查，每学期筛查1次). A cadence
per term (每学期) is two rounds a year; it has no one-date variant, a term's work being dated each term. A standard
per month (每人每月500元) is no cadence, and nor is a year's (每年2次 may be 每半年1次); the same rounds a year said
another way (每旬1次, 每月3次) are no difference.

Variant ``day_short``: a cadence per day (保洁一日两次以上, 每日清扫两遍, 每天巡查1次), the verb said just before it or
after it, read only against an indicator's own per-day cadence (一日一次, 每天2次, ≥2次/日, 日清扫两遍) for the same
verb and told when it gives fewer rounds a day. A clause naming no object but the verb (保洁一日两次以上) takes the
sentence before it as the work's words (公厕每日开放…，保洁一日两次以上: 公厕); the verb itself is no shared word.

Variant ``one_date``: the indicator timing the work itself gives one date in December (特别扶助金发放时间
2026年12月31日前) against the goal's monthly or quarterly cadence.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.values.normalize import decimal_text
from ggtlint.values import chinese_numeral
from ggtlint.values.parse import CEILING_OPS
from ggtlint.lazyregex import lazy_pattern

NAME = "goal-cadence"
SCOPES = ("table",)
VARIANTS = ("default", "one_date", "day_short")
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("goal_words", "goal_cadence", "cadence", "goal_cadence_en", "cadence_en"),
                "one_date": ROW_PLACEHOLDERS + ("goal_words", "goal_cadence", "goal_cadence_en", "verb"),
                "day_short": ROW_PLACEHOLDERS + ("goal_words", "goal_rounds", "rounds")}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["verbs"],
    "properties": {"verbs": {"type": "array", "items": {"type": "string", "minLength": 1}}},
}
compile = compile_identity

# a cadence: 按月, 每季度, 每半年, 每月10日前 (not 每人每月500元, a standard per month, nor a word opening with the
# period's character: 按季节, 按周边, 按周期)
# compiled now: matches are told apart by `match.re is _CADENCE`, which a lazy stand-in would never be
_CADENCE = re.compile(r"(?:按|每)(?P<period>月|季度|季(?!节)|半年|周(?![边期])|旬|学期)(?![0-9０-９.]+(?:万元|元))"
                    r"(?![人户村生])")
_PERIOD = {"月": "月", "季": "季度", "季度": "季度", "半年": "半年", "周": "周", "旬": "旬", "学期": "学期"}
_PERIOD_EN = {"月": "month", "季度": "quarter", "半年": "half-year", "周": "week", "旬": "ten days", "年": "year",
              "学期": "term"}
# an indicator's once a year (随访频次 每年1次): no cadence of the goal's is yearly, so it differs from each of them
# (每年2次 may be 每半年1次, and is left)
_ONCE_A_YEAR = lazy_pattern(r"每年(?:1|一)次")
# how many rounds a cadence gives (每旬开展1次, 每月3次, 每月十二次): 每旬1次 is 每月3次 said another way; the whole
# numeral, not its last digit (十二次 is 12, not 2)
_ROUNDS = lazy_pattern(r"(?<![0-9一二两三四五六七八九十])(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})次")
_ROUNDS_A_YEAR = {"月": 12, "季度": 4, "半年": 2, "周": 52, "旬": 36, "学期": 2}
# what ends the goal's clause a cadence is said in
_CLAUSE_MARK = lazy_pattern(r"[，,；;。、\n]")
# a name that times the year's last payment or its completion, which a year-end date fits
_WHOLE_YEAR_NAME = lazy_pattern(r"全年|年度|完成|最后|末次|清算|结算|第四季度|四季度|12月|十二月|下半年|年底|年末")
# what may follow the verb in a name that times the work itself (发放时间, 发放到位时限)
_TIMES_THE_VERB = lazy_pattern(r"(?:到位|到户|到人|到卡|到账)?(?:时间|时限|日期)$")
# an object named beside a verb (鼠密度 of 开展1次鼠密度监测), not a count of rounds (1次)
_OBJECT = lazy_pattern(r"(?!次)[\u4e00-\u9fff]{2}")
# how near the verb follows the goal's cadence (补贴按月发放, 每月监测1次, 按季度拨付到村)
_VERB_REACH = 10
# how far the work's object after the verb is read (发放残疾人两项补贴), within its clause
_OBJECT_REACH = 16

# a cadence per day (保洁一日两次以上, 每日清扫两遍) with its rounds (次, 遍) said within a few characters, in the goal
_DAY = lazy_pattern(r"[每一][日天]")
_DAY_ROUNDS = lazy_pattern(r"(?<![0-9一二两三四五六七八九十])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})[次遍]")
_DAY_REACH = 8
# an indicator's per-day cadence at its value's start (一日一次, 日清扫两遍), or one parsed per day (≥2次/日)
_VALUE_DAY = lazy_pattern(r"[每一]?[日天][\u4e00-\u9fff]{0,4}?(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})[次遍]")
_DAY_UNITS = ("次/日", "次/天", "遍/日", "遍/天")
_SENTENCE_MARK = lazy_pattern(r"[。；;\n]")
# a floor said between the cadence and its rounds (每日不少于3次) is no object of the work
_FLOOR = lazy_pattern(r"不少于|不低于|至少|最少")


def _number(count: str) -> int | None:
    """A count written in digits or Chinese numerals (2, 两, 十二)."""
    return int(count) if count.isdigit() else chinese_numeral(count)


def _goal_daily(goal: str, verbs: list[str]) -> list[tuple[str, int, str, str]]:
    """The goal's per-day cadences: (verb, rounds a day, the work's words without the verb, the words said)."""
    found = []
    for day in _DAY.finditer(goal[:MAX_MATCH_INPUT]):
        after = goal[day.end():day.end() + _DAY_REACH]
        after = after[:m.start()] if (m := _CLAUSE_MARK.search(after)) else after
        if (rounds := _DAY_ROUNDS.search(after)) is None or (number := _number(rounds.group("n"))) is None:
            continue
        between = after[:rounds.start()]
        opening = max((mark.end() for mark in _CLAUSE_MARK.finditer(goal, 0, day.start())), default=0)
        before = goal[opening:day.start()]
        # the verb said between the cadence and its rounds (每日清扫两遍), else the one ending the words before it
        verb = min(((between.index(word), word) for word in verbs if word in between), default=(0, None))[1] \
            or next((word for word in verbs if before.endswith(word)), None)
        if verb is None:
            continue
        words = (before + "|" + _FLOOR.sub("|", between)).replace(verb, "|")
        if _OBJECT.search(words) is None:  # 保洁一日两次以上: the object is the sentence's (公厕每日开放…)
            start = max((mark.end() for mark in _SENTENCE_MARK.finditer(goal, 0, opening)), default=0)
            words = goal[start:opening].replace(verb, "|")
        found.append((verb, number, words, goal[opening:day.end() + len(after)]))
    return found


def _daily_rounds(row: Any) -> Decimal | None:
    """The rounds a day an indicator's value gives (一日一次, 每天2次, ≥2次/日, 日清扫两遍), not a ceiling's."""
    parsed = row.parsed
    if parsed.op in CEILING_OPS:
        return None
    if parsed.kind == "per_unit" and parsed.unit in _DAY_UNITS and parsed.number is not None:
        return Decimal(parsed.number)
    if (own := _VALUE_DAY.match(row.value)) is not None and (number := _number(own.group("n"))) is not None:
        return Decimal(number)
    return None


def _day_short(ctx: TableContext, daily: list[tuple[str, int, str, str]], verbs: list[str]) -> Iterator[Hit]:
    """Rows giving fewer rounds a day than the goal's per-day cadence for their verb."""
    for row in ctx.rows:
        if row.level2 not in ("时效指标", "数量指标", "质量指标") or (rounds := _daily_rounds(row)) is None:
            continue
        named = max(((row.name.rfind(verb), verb) for verb in verbs if verb in row.name), default=None)
        if named is None:
            continue
        same_work = sorted(((longest_run(words, row.name), number, said)
                            for verb, number, words, said in daily if verb == named[1]), key=lambda each: -each[0])
        if not same_work or same_work[0][0] < 2 or (len(same_work) > 1 and same_work[1][0] == same_work[0][0]):
            continue  # no clause of the goal, or no one clause, speaks of this work
        if rounds < same_work[0][1]:
            yield row_hit(row, "day_short", goal_words=same_work[0][2], goal_rounds=str(same_work[0][1]),
                          rounds=decimal_text(rounds))


def _rounds_a_year(period: str, text: str) -> int | None:
    """The rounds a year a cadence over ``period`` gives when ``text`` (what follows it) counts them, else None."""
    if (rounds := _ROUNDS.search(text)) is None:
        return None
    count = rounds.group("n")
    number = int(count) if count.isdigit() else chinese_numeral(count)
    return None if number is None else _ROUNDS_A_YEAR[period] * number


def _goal_cadences(goal: str, verbs: list[str]) -> list[tuple[str, str, str, str, int | None]]:
    """The goal's cadences: (verb, period, the clause's words before it, between it and the verb and after the verb,
    the words said, the rounds a year when the clause counts them before the next cadence)."""
    found = []
    for cadence in _CADENCE.finditer(goal[:MAX_MATCH_INPUT]):
        after = goal[cadence.end():cadence.end() + _VERB_REACH]
        after = after[:m.start()] if (m := _CLAUSE_MARK.search(after)) else after
        # the first verb said after it, whose cadence it is (每月通报水厂巡查结果: 通报's, not 巡查's)
        at, verb = min(((after.index(word), word) for word in verbs if word in after), default=(0, None))
        if verb is None:
            continue
        opening = max((mark.end() for mark in _CLAUSE_MARK.finditer(goal, 0, cadence.start())), default=0)
        before = goal[opening:cadence.start()]
        # a clause the cadence opens, naming no object of its own, says how often the one before is done
        # (开展视力筛查，每学期筛查1次; not 每季度开展1次鼠密度监测, nor after a clause of another cadence)
        if not before.strip() and not _OBJECT.search(after[:at] + "|" + after[at + len(verb):]):
            previous = max((mark.end() for mark in _CLAUSE_MARK.finditer(goal, 0, max(0, opening - 1))), default=0)
            if _CADENCE.search(goal, previous, opening) is None:
                before = goal[previous:opening]
        said = goal[opening:cadence.end() + at + len(verb)]
        # the work's words before the cadence, and its object between the cadence and the verb (每季度对康复对象随访)
        # or after the verb (每季度走访重点企业1次)
        period = _PERIOD[cadence.group("period")]
        # the object after the verb is read to the clause's end, past the verb's reach (按月足额发放残疾人两项补贴)
        tail = goal[cadence.end() + at + len(verb):cadence.end() + at + len(verb) + _OBJECT_REACH]
        tail = tail[:m.start()] if (m := _CLAUSE_MARK.search(tail)) else tail
        words = "|".join((before, after[:at], tail))
        # the rounds may be counted past the verb's reach, after the work's object (每旬巡查水厂消毒设备运行1次), up
        # to the clause's end or the next cadence, whose rounds they are (每季度巡查水厂并每月通报3次)
        clause = goal[cadence.end():MAX_MATCH_INPUT]
        clause = clause[:m.start()] if (m := _CLAUSE_MARK.search(clause)) else clause
        clause = clause[:m.start()] if (m := _CADENCE.search(clause)) else clause
        found.append((verb, period, words, said, _rounds_a_year(period, clause)))
    return found


def _year_end_date_only(row: Any) -> bool:
    """A timeliness row giving one date in the year's last month for the whole of the work (特别扶助金发放时间
    2026年12月31日前, 水质监测时间), not a last round or the year's completion (全年补贴资金发放完成时间, 第四季度补贴发放时间)."""
    return (row.level2 == "时效指标" and row.parsed.kind == "deadline" and row.parsed.deadline is not None
            and row.parsed.deadline.month == 12 and _WHOLE_YEAR_NAME.search(row.name) is None)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if not ctx.goal:
        return
    if daily := _goal_daily(ctx.goal, params["verbs"]):
        yield from _day_short(ctx, daily, params["verbs"])
    cadences = _goal_cadences(ctx.goal, params["verbs"])
    if not cadences:
        return
    for row in ctx.rows:
        if row.level2 not in ("时效指标", "数量指标"):
            continue
        own = _CADENCE.search(row.value) or _ONCE_A_YEAR.match(row.value)
        one_date = own is None and _year_end_date_only(row)
        if not one_date and (own is None or own.start() > 1):  # the value's own cadence, at its start (每季度首月10日前)
            continue
        # the work the name times is its last verb (巡查员补贴发放时间 times 发放, not 巡查)
        named = max(((row.name.rfind(verb), verb) for verb in params["verbs"] if verb in row.name), default=None)
        if named is None:
            continue
        same_work = [(longest_run(words, row.name), period, said, rounds)
                     for verb, period, words, said, rounds in cadences if verb == named[1]]
        if not same_work:
            continue
        same_work.sort(key=lambda each: -each[0])
        shared, period, said, rounds = same_work[0]
        if shared < 2 or (len(same_work) > 1 and same_work[1][0] == shared):
            continue  # no clause of the goal, or no one clause, speaks of this work
        if one_date and (period == "学期" or not _TIMES_THE_VERB.match(row.name, named[0] + len(named[1]))):
            # (a term's work has a date each term: 秋季学期资金发放时间 12月31日前 is the autumn term's)
            continue  # the date is of something done after the work (发放情况公示时间, 发放资料归档时间)
        if one_date:
            yield row_hit(row, "one_date", goal_words=said, goal_cadence=period, goal_cadence_en=_PERIOD_EN[period],
                          verb=named[1])
        elif period != (cadence := _PERIOD[own.group("period")] if own.re is _CADENCE else "年") and (
                cadence == "年" or rounds is None or rounds != _rounds_a_year(cadence, row.value[own.end():])):
            yield row_hit(row, goal_words=said, goal_cadence=period, cadence=cadence,
                          goal_cadence_en=_PERIOD_EN[period], cadence_en=_PERIOD_EN[cadence])

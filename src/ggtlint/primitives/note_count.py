"""note-count: a cost note's count against the count the outputs promise of the same thing.

A cost line whose note works it out from one count (研究生实验工位建设费, 120个×1万元/个; 零星维修费, 800件次×
250元/件次) beside a 数量指标 naming the same thing in the same unit (新增研究生实验工位 ≥100个; 完成零星维修
≥1200件次) says two counts for one output: the cost pays for another number than the output promises, or the
output is wrong. Read only where the reading is sure: a note that is a product of exactly one count besides its
periods (4期×60人×3天: 60人 is one phase's) and one rate; not a note of a part or a phase (其中, 首批, 一期) nor a
loose one (约, 以上); the output in the very unit (人次 is not 人), exact or a floor, paired by a run of three
characters the two names share beyond generic words that cover all the line's words but one, not an output
split into 其中 parts, with no other output
as near and no other line paired with it (parts of one output). A line whose words stand in the output's name in
another order (干部培训费 / 培训基层干部人数, 路灯安装费 / 安装路灯: words of two characters or more, all of
them) pairs too, when it is the one output of that unit so named; words the lexicon's same-things.yaml names one
thing in (改厕, 户厕改造) are compared as the group's first; 建设, 新建, 实施, 工程 are a deed's words
(污水管网建设工程费 is 新建污水管网's: each name, those set aside, made of the other's words). A line's words but a
leading qualifier (队员个人防护装备更新费 / 更新个人防护装备) pair when one clause of the goal holds the qualifier, the
other words and a count in the unit (为队员更新个人防护装备30套): the goal makes the thing the qualifier's, unless its
sentence says part of the count comes otherwise (其中新购40顶, 含利旧20顶, 由上级调拨); an output naming the one word
left may hand it out (配发头盔 for 队员头盔购置费, s28). 工程费
names no thing (河道清淤工程费 is 清淤河道's), and a rate may be written before its money (单盏3000元, 每人600元). Told only when the
note counts fewer than the output promises: more than a floor is room. Each cost line at most once.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, is_cost, is_money_total, \
    longest_run, made_of, name_stem, row_hit
from ggtlint.primitives.pricing import GENERIC_WORDS, LOOSE_FIGURE_WORDS, TIMES_SIGN, unique_best
from ggtlint.values.parse import CEILING_OPS

NAME = "note-count"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("count", "output", "promised")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return params


# one factor counting things: a figure and its unit, nothing else (120个, 800件次, 12人)
_COUNT = lazy_pattern(r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<unit>[\u4e00-\u9fff]{1,3})")
# one factor that is the rate: money per something (1万元/个, 每人每月600元)
# (单盏3000元, 单价3000元 too: s24)
_RATE = lazy_pattern(r"[0-9.]+(?:万元|元)/|[每单][\u4e00-\u9fff]{1,4}[0-9.]+(?:万元|元)")
# a factor counting time, not things (3天, 12个月, 2学期): a period the count is multiplied by; not a phase
# (4期×60人: a count of phases makes the other count one phase's, so the note has two counts and is not read)
_PERIOD_UNITS = ("个月", "月", "年", "季", "季度", "天", "日", "周", "学期", "小时", "课时", "工日")
# a note of a part, a phase or a round figure: its count is not the output's whole
_PART_WORDS = ("其中", "首批", "一期", "二期", "第一", "第二", "阶段", "部分", "试点", "分期", "含", "另")
# words naming no thing: a cost is a 费, an output 新增, 完成, 开展
# (the longer first: 建设费 goes whole before GENERIC_WORDS' 费 would leave its 建设)
# (工程费 too: 河道清淤工程费 is the cost of 清淤河道, s24)
_NAME_WORDS = ("建设费", "工程费", "经费", "费用", "资金", "新增", "完成", "开展", "购置", "采购", "实施", "组织", "举办",
               "数量", "个数", "次数", "人数") + GENERIC_WORDS + ("费",)
_SLACK = Decimal("0.02")
# words of building or doing a thing, naming none (污水管网建设工程费 is 新建污水管网's line, s25)
_DEED_WORDS = ("新建", "建设", "实施", "工程")
# an output whose count says it holds what other money or old stock brings (安装路灯（含上年结转50盏）, 配置垃圾桶
# （含利旧200个）, 制作标识牌（含社会捐赠20块）): the line pays for a part, fewer is no gap (s22 second opinion)
_OTHERS_IN = lazy_pattern(r"[（(]含|含(?:上年|往年|结转|利旧|原有|社会|捐赠|自筹)")
# a line's name read in another word order holds two words at least (干部 培训): one word is a run of its own
_SWAPPED_LEAST = 4
# what an output named by a same-things word may say after it: the thing done and no other deed on it (户厕改造任务,
# not 户厕改造后粪污清运, 户厕改造技术指导, 改厕问题排查整改: second opinion s23b)
_ONLY_THE_THING = lazy_pattern(r"(?:任务|数量|户数|数|工作|[（(][^）)]*[）)])*$")


def _note_count(note: str) -> tuple[Decimal, str, str] | None:
    """The one count a product note works with, (figure, unit, as written); None for any other note."""
    if not note or any(word in note for word in LOOSE_FIGURE_WORDS + _PART_WORDS):
        return None
    parts = TIMES_SIGN.split(note.strip().removeprefix("按"))
    if len(parts) < 2:
        return None
    counts, rates = [], 0
    for part in parts:
        part = part.strip().rstrip("；;。，,")
        if _RATE.search(part):
            rates += 1
            continue
        match = _COUNT.fullmatch(part)
        if match is None:
            return None  # a factor of another shape (a share, a word): not a plain product
        if match.group("unit") not in _PERIOD_UNITS:
            counts.append((Decimal(match.group("n")), match.group("unit"), part))
    return counts[0] if rates == 1 and len(counts) == 1 else None


def _short(count: Decimal, output: Row) -> bool:
    """Whether the note's count falls short of what the output promises (a floor or an exact count); more
    than a floor promises is room (听力筛查 3800人 for ≥3700人), not told."""
    promised = output.parsed.number
    return promised is not None and promised > 0 and count < promised * (1 - _SLACK)


def _split(output: Row, outputs: list[Row]) -> bool:
    """Whether the output is split into parts (其中：法人科技特派员 under 选派科技特派员): a line may pay one."""
    return any(row is not output and row.name.startswith("其中") and row.parsed.unit == output.parsed.unit
               for row in outputs)


def _swapped(stem: str, same_unit: list[Row], names: dict[int, str]) -> Row | None:
    """The one output whose name holds all the line's words in another order (培训基层干部人数 for 干部培训:
    干部, 培训), each word two characters or more (村干部 is no word of 培训村级后备干部); None when no output or
    more than one is so named."""
    if len(stem) < _SWAPPED_LEAST:
        return None
    named = [row for row in same_unit if made_of(stem, names[id(row)])]
    return named[0] if len(named) == 1 else None


def _built(stem: str, same_unit: list[Row], names: dict[int, str]) -> Row | None:
    """The one output naming the line's thing with only words of building or doing it besides (新建污水管网 for
    污水管网建设: 建设, 新建, 实施, 工程 name a deed, not a thing, s25), each name made of the other's words once they
    are set aside: an output naming another deed too (支持便民网点建设改造 for 新建便民网点) is not the line's."""
    core = name_stem(stem, _DEED_WORDS)
    if len(core) < 2 or core == stem and not any(word in names[id(row)] for row in same_unit for word in _DEED_WORDS):
        return None  # no deed word on either side: the pairing above has read it
    named = [row for row in same_unit
             if (other := name_stem(name_stem(names[id(row)], _NAME_WORDS), _DEED_WORDS))
             and made_of(core, other) and made_of(other, core)]
    return named[0] if len(named) == 1 else None


# a goal's clause, to find the one that ties a line's qualifier to the output's thing (为队员更新个人防护装备30套)
_GOAL_CLAUSE = lazy_pattern(r"[，,。；;、：:\n]")
_QUALIFIER_SIZES = (2, 3)
_FIGURE = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?")


# words of handing a bought thing out, naming none (配发头盔 is the helmets 队员头盔购置费 buys, s28): set aside only
# where an output must name the line's one word alone (校服 of 学生校服), not in the pairing by shared runs
_GIVING_WORDS = ("配发", "配备", "分发")


# a sentence saying part of the count is not bought (其中新购40顶, 含利旧20顶, 另有20顶由上级调拨: s28 look-alikes)
_ELSEWHERE = lazy_pattern(r"其中|含|另|利旧|调拨|调配|库存|现有|结转|捐赠|自筹|上级")
_SENTENCE = lazy_pattern(r"[。；;\n]")


def _from_elsewhere(goal: str, clause: str) -> bool:
    """Whether the goal's sentence holding ``clause`` says part of its count comes otherwise than bought (其中新购40顶,
    含利旧20顶, 由上级调拨): the line may then pay for fewer than the output hands out."""
    return any(clause in sentence and _ELSEWHERE.search(sentence) for sentence in _SENTENCE.split(goal))


def _names_alone(name: str, word: str) -> bool:
    """Whether an output's name is the one word past its generic words, and past one word of handing it out
    (购置校服, 配发头盔): not a part of it or another deed on it (校服洗涤, 头盔检测)."""
    stem = name_stem(name, _NAME_WORDS)
    return stem == word or name_stem(stem, _GIVING_WORDS) == word and len(stem) == len(word) + 2


def _qualified(stem: str, unit: str, same_unit: list[Row], names: dict[int, str], goal: str) -> Row | None:
    """The one output naming the line's words in any order but a leading qualifier of two or three characters
    (队员 of 队员个人防护装备更新 for 更新个人防护装备, s25; one word left, 校服 of 学生校服, only for an output naming
    that word alone past its generic words, 购置校服, s26, or past one word of handing it out, 配发头盔, s28), where one
    clause of the goal holds the qualifier, the line's other words and a count in the output's unit (为队员更新个人防护
    装备30套), no other clause counts the thing and its sentence says no part of the count comes otherwise (其中新购40顶,
    含利旧20顶: s28): the goal says the output's thing is the qualifier's, so the line pays for the whole, not a part.
    None otherwise."""
    for size in _QUALIFIER_SIZES:
        qualifier, rest = stem[:size], stem[size:]
        if len(rest) < 2:
            continue
        # one word left (校服 of 学生校服): only an output naming that thing alone, past its generic words (购置校服),
        # not one it is a part of (校服洗涤, 校服采购管理: s26)
        named = [row for row in same_unit if qualifier not in names[id(row)] and made_of(rest, names[id(row)])
                 and (len(rest) >= _SWAPPED_LEAST or _names_alone(names[id(row)], rest))]
        if len(named) != 1:
            continue
        # the clauses counting the thing in the unit: one only, the qualifier's (为教师开展培训300人次，为学生开展培训
        # 500人次 splits 开展培训 between two groups: the teachers' line pays a part, s26)
        counting = [clause for clause in _GOAL_CLAUSE.split(goal) if made_of(rest, clause)
                    and any(clause.startswith(unit, figure.end()) for figure in _FIGURE.finditer(clause))]
        if len(counting) == 1 and qualifier in counting[0] and not _from_elsewhere(goal, counting[0]):
            return named[0]
    return None


def _same_things_re(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    """The lexicon's same-things words as one pattern, longest first, compiled once (it is built per lexicon, not
    per name); None when the lexicon names none."""
    if not pairs:
        return None
    # (not a word naming households, 改厕户粪污资源化利用: those the deed was done for, another thing)
    return re.compile("(?:" + "|".join(re.escape(word) for word, _first in pairs) + ")(?!户)")


def _same_thing(text: str, pairs: tuple[tuple[str, str], ...], pattern: re.Pattern[str] | None) -> str:
    """A name with each word the lexicon's same-things.yaml groups put in its group's first word's place
    (改厕补助资金: 户厕改造补助资金), so that a line and its output named in other words pair."""
    if pattern is None:
        return text
    firsts = dict(pairs)
    return pattern.sub(lambda match: firsts[match.group()], text)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    noted = [(row, read) for row in ctx.rows if is_cost(row) and is_money_total(row)
             and (read := _note_count(row.indicator.note or "")) is not None]
    if not noted:
        return  # most tables: no product note, no outputs to pair
    outputs = [row for row in ctx.rows if row.level2 == "数量指标" and row.parsed.kind == "count"
               and row.parsed.number and row.parsed.op not in CEILING_OPS and not _OTHERS_IN.search(row.name)]
    paired: list[tuple[Row, Decimal, str, Row]] = []
    pairs = ctx.lexicon.same_things
    memo = ctx.lexicon.memo
    if "note_count.same_things" not in memo:
        memo["note_count.same_things"] = _same_things_re(pairs)
    pattern = memo["note_count.same_things"]
    names = {id(row): _same_thing(row.name, pairs, pattern) for row in outputs}  # (each output's once, not per line)
    firsts = {first for _word, first in pairs}
    for line, (count, unit, shown) in noted:
        same_unit = [row for row in outputs if row.parsed.unit == unit]
        stem = name_stem(_same_thing(line.name, pairs, pattern), _NAME_WORDS)
        output = unique_best([(longest_run(stem, name_stem(names[id(row)], _NAME_WORDS)), row) for row in same_unit],
                             3)
        # the line's own words within the output's name, but one character (培训费 of 保洁员 is not 聘用保洁员's
        # pay; 新建便民网点 is a part of 便民网点建设改造; 个人科技特派员 a part of 科技特派员)
        if output is None or longest_run(stem, names[id(output)]) < len(stem) - 1:
            # the same words in another order (路灯安装 / 安装路灯), or past words of building (污水管网建设 / 新建污水管网)
            output = _swapped(stem, same_unit, names) or _built(stem, same_unit, names) \
                or _qualified(stem, unit, same_unit, names, ctx.goal)
        # a line named in other words pairs only with an output naming the very thing (改厕 is 户厕改造, not the
        # 公厕改造 its first word shares three characters with)
        if output is not None and any(first in stem and (first not in names[id(output)]
                                                         or not _ONLY_THE_THING.match(names[id(output)].split(first, 1)[1]))
                                      for first in firsts):
            output = None
        if output is not None and not _split(output, outputs):
            paired.append((line, count, shown, output))
    for line, count, shown, output in paired:
        if sum(1 for other in paired if other[3] is output) > 1:
            continue  # lines paying parts of one output (大棚 800亩 and 露地 2200亩 of 3000亩)
        if _short(count, output):
            yield row_hit(line, count=shown, output=output.name, promised=output.shown)

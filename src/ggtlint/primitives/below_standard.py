"""below-standard: a rate set lower than the standard its own name or 备注 quotes.

综合电压合格率 ≥95% noted 国家标准要求农村电网综合电压合格率不低于99%: the target falls short of the floor
the table itself cites, so meeting it would still break the standard. Only a floor the standard sets
(不低于, 不少于, 达到, ≥), not a ceiling (不高于, ≤), and only a target with a floor of its own (≥, ＝, none)
below it; a note that goes on to a stage of its own (本年先完成, 分年度, 逐步) is left alone, and so is a floor
set for a later year than the table's (规划要求到2027年卫生厕所普及率达到85% in a 2026 table). Of floors set for
parts (城镇不低于95%，农村不低于90%), the one for the part the row's name names is compared; a class's or a
part's the name does not name (（一类分馆不低于95%）, 其中重点乡镇分馆不低于90%) is not the whole's.
Variant ``reached``: a rate set lower than its note says it reached the year before (在册患者规律服药率 ≥60% noted
2025年全县实际达到68% in a 2026 table): the target asks for less than was done already; not a rate where less is
better (孕产妇死亡率).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, longest_run, other_year,
                                     row_hit, without_breakdown_label)
from ggtlint.primitives.goal_figures import PART_NAMED
from ggtlint.values.normalize import decimal_text

NAME = "below-standard"
SCOPES = ("indicator",)
VARIANTS = ("default", "reached")
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("standard",),
                "reached": ROW_PLACEHOLDERS + ("reached", "reached_year")}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# a standard, a rule or a requirement (国家标准要求…, 《…办法》要求，…) and the floors it sets after it in its sentence;
# 标准化 is work done to a standard (分馆标准化建设达标率), no standard quoted
_STANDARD = lazy_pattern(r"(?:标准(?!化)|规范|办法|规定|规程|要求)")
_SENTENCE_END = lazy_pattern(r"[。；;]")
_FLOOR = lazy_pattern(r"(?:不低于|不少于|不得低于|达到|≥|>=)\s*(?P<figure>[0-9]+(?:\.[0-9]+)?)\s*[%％]")
_CLAUSE_BREAK = lazy_pattern(r"[，,]")
# the rate a standard names (…要求农村电网综合电压合格率不低于99%): the row's own only when the names share four
# characters in a row (电压合格率) or the row's name holds all of it (达标率 of 污水处理达标率), not 供电可靠率 or
# 验收合格率 quoted beside 综合电压合格率
_RATE_NAMED = lazy_pattern(r"[\u4e00-\u9fff]{2,}(?:率|比例|占比)")
_SAME_RATE = 4
# a name's rate word: two characters when a share's (就业比例, 分馆占比, 资金使用比率), else the two before 率 and 率
# (合格率, 覆盖率)
_SHARE_WORDS = ("比例", "占比", "比重", "比率")
# the table's own step towards the standard (本年先完成60%, 分年度达到, 逐步提高): not a shortfall
_STAGED = lazy_pattern(r"先|分年|分阶段|逐步|逐年|力争|过渡")
# the rate counted another way from now on (统计口径调整后重新测算, 本年改按常住人口计算): last year's figure is no floor;
# not 整改按期 (a correction made on time)
_MEASURE_CHANGED = lazy_pattern(r"口径|重新测算|新标准|(?<!整)改(?:为)?按")
# what was set, not reached (2025年目标为68%, 上年计划达到70%); the nation's or province's level is _ANOTHER_GROUP's
_SET_NOT_REACHED = lazy_pattern(r"目标|计划|任务|预计|预期|要求")
# what a year reached (2025年全县实际达到68%, 上年抽查完好率为98%): the year, the words naming what, the figure
_REACHED = lazy_pattern(r"(?:(?P<year>20[0-9]{2})年|上年|去年)(?:度|底|末)?(?P<what>[^，。；;,0-9]{0,12}?)(?:实际)?(?:已)?"
                        r"(?:达到|为|达)\s*(?P<figure>[0-9]+(?:\.[0-9]+)?)\s*[%％]")


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if parsed.kind != "rate" or parsed.percent is None or parsed.op not in ("≥", ">", "=", None):
        return
    text = row.name + " " + (row.indicator.note or "")
    if _STAGED.search(text):
        return
    floors = [(what, figure) for what, figure in _standard_floors(text)
              if _rate_of_the_row(what, row.name) and not _later_year(what, ctx.budget_year)
              and not _part_of_the_whole(what, row.name)]
    # several floors (城镇不低于95%，农村不低于90%): the one whose words the row's object shares most (农村自来水普及率:
    # 农村's), else the lowest, as which one is the row's is not said; the object is the name before its rate word, which
    # a whole's floor may repeat (要求分馆达标率不低于80%，其中城区分馆不低于90%: 城区分馆达标率 is the part's)
    shared = [_shared_words(what, _object_of(row.name)) for what, _ in floors]
    standard = min((figure for (_, figure), words in zip(floors, shared) if words == max(shared)), default=None)
    if standard is not None and parsed.percent < standard:
        yield row_hit(row, standard=decimal_text(standard) + "%")
    # (a change on last year, 较上年提高3个百分点, is no level to compare; nor a rate where less is better, 发病率)
    elif parsed.change is None and not (parsed.unit or "").endswith("百分点") and not row.hint.negative \
            and (reached := _reached_last_year(row.indicator.note or "", row.name, ctx.budget_year)) is not None \
            and parsed.percent < reached[1]:
        yield row_hit(row, variant="reached", reached=decimal_text(reached[1]) + "%", reached_year=reached[0])


# a target set below last year's on purpose, the note saying so (新增流入人口较多，目标适当下调), as the fix asks
_LOWERED = lazy_pattern(r"下调|调低|调减")
# a part or a wider area whose rate last year a note gives beside the row's (2025年城区实际达到85%, 全省平均达到80%):
# no floor for a row whose name does not name it
_ANOTHER_GROUP = lazy_pattern(r"城区|城镇|城市|农村|乡村|全省|全国|其中")


def _reached_last_year(note: str, name: str, budget_year: int | None) -> tuple[str, Decimal] | None:
    """The year before the table's (2025, also for 上年: the messages read it in either language) and the rate its
    note says was reached then (2025年全县实际达到68%), when the words name no rate, the row's own, or one of the
    row's rate word (抽查完好率 of 地名标志完好率: how it was found)."""
    if budget_year is None:
        return None
    word = _rate_word(name)
    if _MEASURE_CHANGED.search(note) or _LOWERED.search(note):
        return None
    for found in _REACHED.finditer(note):
        year, what = found.group("year"), found.group("what")
        group = _ANOTHER_GROUP.search(what)
        if group is not None and group.group() not in name:
            continue
        if (year is None or int(year) == budget_year - 1) and not _SET_NOT_REACHED.search(what) \
                and (_rate_of_the_row(what, name) or (bool(word) and what.endswith(word))):
            return str(budget_year - 1), Decimal(found.group("figure"))
    return None


def _standard_floors(text: str) -> Iterator[tuple[str, Decimal]]:
    """Each floor a standard sets (its figure and the words before it, since the standard or the floor before):
    one in the standard's clause, or in the next when that names a rate (标准》要求，达标率不低于90%; not
    标准》，学校每年测试覆盖学生达到100%), then each in the clause after the one before (城镇不低于95%，农村不低于90%);
    a floor further on is the table's own."""
    for sentence in _SENTENCE_END.split(text):
        if (standard := _STANDARD.search(sentence)) is None:
            continue
        start = standard.end()
        for floor in _FLOOR.finditer(sentence, start):
            what = sentence[start:floor.start()]
            clauses = _CLAUSE_BREAK.split(what)
            the_standards_own = start == standard.end()
            if len(clauses) > 2 or (len(clauses) == 2 and the_standards_own and not _RATE_NAMED.search(clauses[1])):
                break
            yield what, Decimal(floor.group("figure"))
            start = floor.end()


def _rate_of_the_row(what: str, name: str) -> bool:
    """Whether the floor's words name no rate or the row's own: sharing four characters in a row, or ending in the
    row's rate word with an object the row names too (要求乡镇分馆达标率 of 分馆建设达标率)."""
    if (rate := _RATE_NAMED.search(what)) is None or longest_run(rate.group(), name) >= min(_SAME_RATE, len(rate.group())):
        return True
    word = _rate_word(name)
    return bool(word) and rate.group().endswith(word) \
        and longest_run(rate.group()[:-len(word)], _object_of(name)) >= 2


def _rate_word(name: str) -> str:
    """The rate word a name ends in (合格率, 覆盖率; 比例, 占比), "" when it ends in none."""
    if name.endswith(_SHARE_WORDS):
        return name[-2:]
    return name[-3:] if name.endswith("率") else ""


def _object_of(name: str) -> str:
    """The name before its rate word: what the rate is of (分馆建设 of 分馆建设达标率, 残疾人就业 of 残疾人就业比例)."""
    return name[:len(name) - len(_rate_word(name))]


def _part_of_the_whole(what: str, name: str) -> bool:
    """Whether the floor is a part's the row's name does not name: one after 其中 whose first words the name lacks
    (其中城区分馆不低于90% or 其中：城区分馆… for 分馆建设达标率), or a class or key part (（一类分馆不低于95%）, 重点乡镇分馆),
    beside the whole's 不低于80%."""
    listed = without_breakdown_label(what[what.rfind("其中"):]) if "其中" in what else None
    return (listed is not None and listed[:2] not in name) \
        or any(part.group() not in name for part in PART_NAMED.finditer(what))


def _shared_words(what: str, name: str) -> int:
    """How many characters in a row the floor's words share with the row's name; one alone (率) is no sharing."""
    return run if (run := longest_run(what, name)) >= 2 else 0


def _later_year(what: str, budget_year: int | None) -> bool:
    """Whether the standard's floor is for a year after the table's (到2027年…达到85%): this year's is a step."""
    return budget_year is not None and (year := other_year(what, budget_year)) is not None and year > budget_year

"""What every check primitive shares: the Hit it yields and the Row/TableContext it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable

from ggtlint.findings import Severity
from ggtlint.lazyregex import lazy_pattern
from ggtlint.values.normalize import normalize

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.fixes import Fix
    from ggtlint.model import Indicator, Table
    from ggtlint.values import Lexicon, NameHint, ParsedValue, UnitInfo


@dataclass(slots=True)
class Hit:
    """One violation found by a primitive, before it becomes a Finding.

    ``values`` fill the rule's message placeholders; ``value`` is the offending text, part of
    the baseline fingerprint; ``variant`` picks one of the rule's messages.
    """

    pointer: str
    values: dict[str, Any] = field(default_factory=dict)
    value: str = ""
    variant: str = "default"
    severity: Severity | None = None
    key: bool = False  # point at the key rather than the value
    find: str | None = None  # text to point at inside a multi-line field (e.g. a phrase of the goal)
    fix: Fix | None = None  # the exact correction, where the check knows it (check --fix)


@dataclass(slots=True)
class Row:
    """An indicator with what the engine worked out about it.

    ``name``, ``value`` and ``cost`` are worked out once, when the row is made, and shared by
    every rule of the table: the rules read them about half a million times per 1,000 tables,
    and a property (or is_cost's three comparisons) at each read cost more than the reading.
    """

    indicator: Indicator
    level1: str          # canonical 一级 (aliases resolved), or the written name if unknown
    level2: str          # canonical 二级
    parsed: ParsedValue
    hint: NameHint
    name: str = field(init=False, repr=False, compare=False)    # the indicator's name, as written
    value: str = field(init=False, repr=False, compare=False)   # its 指标值, as written
    cost: bool = field(init=False, repr=False, compare=False)   # in the cost block (see is_cost)

    def __post_init__(self) -> None:
        indicator = self.indicator
        self.name = indicator.name
        self.value = indicator.value
        self.cost = self.level1 == COST or self.level2 == COST or self.level2 in COST_LEVEL2_2021

    @property
    def shown(self) -> str:
        """The value as it was read, for messages: with its 计量单位 column where that made a
        bare figure a measure ("≤40" and 万元 → "≤40万元"), else as written."""
        if self.indicator.unit and self.parsed.raw != self.indicator.value:
            return self.parsed.raw
        return self.indicator.value

    @property
    def pointer(self) -> str:
        return self.indicator.pointer


@dataclass(slots=True)
class TableContext:
    """Everything a primitive may read about one table."""

    table: Table
    framework: str
    budget_year: int | None
    lexicon: Lexicon
    rows: list[Row]
    level1_present: dict[str, str]          # canonical 一级 -> pointer
    level2_present: dict[tuple[str, str], str]  # (canonical 一级, canonical 二级) -> pointer
    options: dict[str, Any] = field(default_factory=dict)
    # the year the project name and the title both give when the 预算年度 written is another
    # (see contradicted_year): that 预算年度 is the doubtful one
    contradicted_year: int | None = None
    # whether a 时效 indicator gives a checkable deadline, limit or rate (2024年6月30日前, ≤2小时, 及时率
    # ≥95%): a service window beside one (7×24小时 值守) needs no other deadline
    has_time_limit: bool = False
    # what several rules of this one table work out alike (the cost lines that add up), kept once
    memo: dict[Any, Any] = field(default_factory=dict)
    # the 年度总体目标 as the rules read it: a line wrapped mid-sentence joined again (see joined_goal)
    goal: str = ""

    # rows_in's answers: several rules ask for the same category of a table (a row rule asks once per row)
    _rows_in: dict[tuple[str | None, str | None], list[Row]] = field(default_factory=dict, repr=False, compare=False)

    def rows_in(self, level1: str | None = None, level2: str | None = None) -> list[Row]:
        """The rows under ``level1`` and ``level2`` (canonical; None: any), in table order: a new list each call."""
        found = self._rows_in.get((level1, level2))
        if found is None:
            found = self._rows_in[(level1, level2)] = [
                r for r in self.rows if (level1 is None or r.level1 == level1) and (level2 is None or r.level2 == level2)]
        return found.copy()



def compile_identity(params: dict[str, Any]) -> dict[str, Any]:
    """Default compile step: params are used as given."""
    return params


def compile_patterns(params: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """The params with the regular expressions under ``keys`` compiled once (and vetted like every
    pattern of a pack); the rest as given."""
    from ggtlint.regexsafety import compile_safe

    compiled = dict(params)
    for key in keys:
        if key in params:
            compiled[key] = compile_safe(params[key])
    return compiled


# -- shared helpers for the primitives -------------------------------------------------------

# A year written in text ("2023年", also with full-width digits): the title's, a name's.
YEAR_IN_TEXT = lazy_pattern(r"((?:19|20)\d{2})\s*年")
# the year after the budget year in words (次年1月底前, 明年): a regex alternation, for patterns to embed
NEXT_YEAR_WORDS = r"次年|明年|下年|翌年|下一年"
# a numbered item's mark (2、, 2., 2：, （二）, （十二）, ①; not a figure's decimal point, 12.5公里, a scale or a time,
# 1:500地形图, 8:30前 (an item may open with a year, 1：2026年…), nor 五一、 of 五一、国庆期间, no number as items are
# numbered): a regex alternation, for patterns to embed
ITEM_NUMBER = (r"[（(]?(?:[0-9]{1,3}|[一二三四五六七八九十]|[一二三四五六七八九]?十[一二三四五六七八九]?)"
               r"(?:[）)、]|[:：](?![0-9]+(?![0-9年]))|[.．](?![0-9]))|[①-⑳]")
# words that make a figure one per unit (每座…4次, 各乡镇2名, 单场, 人均): not the total a count gives;
# 每年 is the year's own figure
PER_UNIT = lazy_pattern(r"每(?!年)|各|单[场次个项台]|平均|人均|户均")


_BOOK_TITLE = lazy_pattern(r"《[^《》]*》")
# a span of years (新建项目（2023—2025年）, 2021-2025年规划): consistent with any year within it
_YEAR_SPAN = lazy_pattern(r"((?:19|20)\d{2})\s*年?\s*(?:—|–|-|~|～|至|到)+\s*((?:19|20)\d{2})\s*年")


def other_year(text: str | None, budget_year: int) -> int | None:
    """The first year written in ``text`` that is not ``budget_year``, or None. A span of years
    holding ``budget_year`` counts as it; so does a text naming ``budget_year`` itself beside
    another (2024年秋季学期及2025年春季学期: a school year across two); the years in a title in
    《》 are the book's (《黔南州志（1978—2020年）》)."""
    text = text or ""
    if "年" not in text:
        return None  # most names: no year at all
    if "《" in text:
        text = _BOOK_TITLE.sub("", text)
    text = _YEAR_SPAN.sub(lambda span: "" if int(span[1]) <= budget_year <= int(span[2]) else span[0], text)
    years = [int(match.group(1)) for match in YEAR_IN_TEXT.finditer(text)]
    if budget_year in years:
        return None
    return years[0] if years else None


def contradicted_year(table: Any, budget_year: int | None) -> int | None:
    """The one year both the project name and the title give when the table's own 预算年度 is
    another (2022 written, 2023年就业补助资金 in 黔南州2023年…批复表): the written year is then
    the likelier slip. None otherwise, and when the budget year is not the table's own."""
    project = table.project
    if budget_year is None or project.year != budget_year:
        return None
    name, title = other_year(project.name, budget_year), other_year(project.title, budget_year)
    return name if name is not None and name == title else None

@lru_cache(maxsize=16)  # a table's goal, met by several checks of that table in turn (the placeholder check, the digest)
def normalized_goal(goal: str) -> str:
    """``normalize(goal)``, worked out once for the table being checked, not once by each check that reads it."""
    return normalize(goal)


COST = "成本指标"
COST_LEVEL2_2021 = frozenset({"经济成本指标", "社会成本指标", "生态环境成本指标"})
# the 2021 costs that are the harm a project may do, not money it spends
HARM_COST_LEVEL2 = frozenset({"社会成本指标", "生态环境成本指标"})


_PERIOD_YEAR = lazy_pattern(r"20[0-9]{2}")
_PERIOD_YEARS_COUNTED = lazy_pattern(r"(?<![0-9])[2-9]年$|[两三四五]年")


def several_years(period: str | None) -> bool:
    """Whether a project's period spans more than one year: two years named (2025年-2027年, 2026.01-2027.12) or
    a count of years (3年, 三年)."""
    if not period:
        return False
    return len(set(_PERIOD_YEAR.findall(period))) > 1 or _PERIOD_YEARS_COUNTED.search(period) is not None


def is_cost(row: Row) -> bool:
    """A row in the cost block (legacy 产出/成本指标 or a 2021 成本 一级): worked out once, when the row is made."""
    return row.cost


def is_percent(row: Row) -> bool:
    parsed = row.parsed
    return parsed.kind == "rate" or (parsed.kind == "range" and parsed.base_kind == "rate")


def is_money_total(row: Row) -> bool:
    """A money amount that counts toward the budget: not a unit price or a standard."""
    parsed = row.parsed
    return parsed.kind == "money" and parsed.yuan is not None and row.hint.expects != "per_unit"


def over_half_the_funds(row: Row, total: Decimal) -> bool:
    """Whether a money line is more than half the funds: named for one (人均坐席服务费 ＝1500000元 of 1800000元),
    it pays for one at most, so it is a total under a per-one name (FUND011), no price."""
    return row.parsed.yuan is not None and row.parsed.yuan * 2 > total


def is_price_for_one(row: Row, total: Decimal | None) -> bool:
    """A money line named for one (人均培训成本 ≤1500元, 每眼封井成本 ≤4万元) and not over half the funds: a price,
    as 培训人均成本 and ≤1500元/人 are, not a part of the cost's sum."""
    return row.hint.per_one and row.parsed.kind == "money" and total is not None and row.parsed.yuan is not None \
        and not over_half_the_funds(row, total)


#: The placeholders ind_values() (so every row_hit()) gives: a primitive's PLACEHOLDERS start with them.
ROW_PLACEHOLDERS: tuple[str, ...] = ("name", "value", "level1", "level2")
#: The placeholders date_values() gives.
DATE_PLACEHOLDERS: tuple[str, ...] = ("date", "date_zh")


def ind_values(row: Row, **extra: Any) -> dict[str, Any]:
    """Placeholders every indicator message may use."""
    return {"name": row.name, "value": row.shown, "level1": row.indicator.level1,
            "level2": row.indicator.level2, **extra}


def date_values(day: Any) -> dict[str, str]:
    """A date for messages: {date} as 2023-12-31 (English), {date_zh} as 2023年12月31日."""
    return {"date": day.isoformat(), "date_zh": f"{day.year}年{day.month}月{day.day}日"}


def row_hit(row: Row, variant: str = "default", key: bool = False, severity: Severity | None = None,
            **extra: Any) -> Hit:
    pointer = row.indicator.name_pointer if key else row.indicator.value_pointer
    return Hit(pointer=pointer, values=ind_values(row, **extra), value=f"{row.name}\x1f{row.value}",
               variant=variant, severity=severity)


def note_hit(row: Row, variant: str, severity: Severity | None = None, **extra: Any) -> Hit:
    """A finding on an indicator's 备注: pointed at the note, which fills {note} and the fingerprint."""
    note = row.indicator.note or ""
    return Hit(pointer=row.indicator.pointer + "/note", values=ind_values(row, note=note, **extra),
               value=f"{row.name}\x1f{note}", variant=variant, severity=severity)


_BREAKDOWN = lazy_pattern(r"^[\s（(【]*其中")


def is_breakdown(name: str) -> bool:
    """Whether an indicator name breaks down the line above it (其中：专职网格员补贴)."""
    return _BREAKDOWN.match(name) is not None


_BREAKDOWN_LABEL = lazy_pattern(r"^[\s（(【]*其中[\s:：,，、】）)]*")


def without_breakdown_label(name: str) -> str:
    """The name without its leading 其中： (其中：免学杂费学生 → 免学杂费学生): two parts share the label, not a thing."""
    return _BREAKDOWN_LABEL.sub("", name, count=1)


# a qualifier in brackets (村（社区）, 医疗服务收入（不含药品…）): a gloss on the name, not its words
_QUALIFIER = lazy_pattern(r"[（(][^（）()]*[)）]")


def without_qualifiers(name: str) -> str:
    """The name without its bracketed qualifiers (其中：村（社区）灾害信息员 → 其中：村灾害信息员)."""
    return _QUALIFIER.sub("", name)


def plain_name(name: str) -> str:
    """The name without its breakdown label and bracketed qualifiers (其中：村（社区）灾害信息员 → 村灾害信息员)."""
    return without_qualifiers(without_breakdown_label(name))


def name_stem(name: str, words: tuple[str, ...]) -> str:
    """An indicator name without the given generic words (e.g. 人数, 资金), to compare what is left."""
    for word in words:
        name = name.replace(word, "")
    return name


def shares_run(a: str, b: str, size: int) -> bool:
    """Whether ``b`` contains some ``size`` consecutive characters of ``a``."""
    return any(a[i:i + size] in b for i in range(max(len(a) - size + 1, 0)))


# 元 in one of each money unit a table writes, to compare amounts written in different units
YUAN_PER: dict[str, Decimal] = {"亿元": Decimal(100000000), "万元": Decimal(10000), "元": Decimal(1)}


def yuan_text(amount: Any) -> str:
    """An amount of 元 for a message: 1,646,000 元 / 1,646,000.5 元."""
    if amount is None:
        return "—"
    if amount == amount.to_integral():
        return f"{amount:,.0f} 元"  # Decimal's own formatting: no int() (Python caps its digits)
    return f"{amount:,.2f} 元"


_RATIO = lazy_pattern(r"[0-9][:比][0-9]")  # 1:30, 19比1


def is_ratio(row: Row) -> bool:
    """Whether the row's value is a ratio (1:30, 19比1): a figure with no unit, rightly."""
    parsed = row.parsed
    return parsed.kind == "number" and parsed.unit is None and _RATIO.search(parsed.text) is not None


def longest_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share."""
    longest = 0
    for start in range(len(a)):
        size = longest + 1
        while start + size <= len(a) and a[start:start + size] in b:
            longest = size
            size += 1
    return longest


def made_of(name: str, words: str) -> bool:
    """Whether ``name`` is made wholly of runs of two or more characters found in ``words`` (改造施工 of
    开展施工改造), taken greedily from the left; False for an empty name."""
    at = 0
    while at < len(name):
        size = 0
        while at + size < len(name) and name[at:at + size + 1] in words:
            size += 1
        if size < 2:
            return False
        at += size
    return bool(name)


def clause_around(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """Where the clause holding ``text[start:end]`` begins and ends: after the last break before it, up to the first
    break after it (``breaks`` matches one break: a stop, a comma…); the whole text when there is none."""
    begin = max((found.end() for found in breaks.finditer(text, 0, start)), default=0)
    after = breaks.search(text, end)
    return begin, after.start() if after else len(text)


def unit_at(text: str, lexicon: Lexicon, wanted: Callable[[UnitInfo], bool]) -> tuple[int, UnitInfo] | None:
    """The longest unit of the lexicon that ``text`` starts with and ``wanted`` takes (its length and
    its entry), cutting the words after it (名农村: 名; 万元/家: 万元); None when there is none.
    Dictionary look-ups only."""
    for end in range(len(text), 0, -1):
        info = lexicon.units.get(text[:end])
        if info is not None and wanted(info):
            return end, info
    return None


def leading_multiplier(text: str, lexicon: Lexicon) -> tuple[Decimal, str]:
    """万 or 亿 written before a unit (万人次 of 3.5万人次, 万亩): its worth and the unit after it; 1 and
    the text as it is otherwise (万 alone is no multiplier of a unit)."""
    if text[:1] in ("万", "亿") and len(text) > 1:
        return lexicon.multipliers[text[0]], text[1:]
    return Decimal(1), text


# how often work is done (设备巡检 每月1次, 每季度1场, 洒水降尘 ≥2次/日): rounds a period
_ROUNDS = ("次", "场", "场次", "轮")
_PERIODS = ("年", "半年", "季", "季度", "月", "旬", "周", "日", "天")
_SPAN_COUNT = lazy_pattern(r"^[0-9]+个?")  # per several periods (每2天1次, 每两月一次: 次/2天, 次/2个月)


def is_frequency(row: Row) -> bool:
    """Whether a value says how often per period or periods (每月1次, 每2天1次), not how many things are bought
    nor a price."""
    parsed = row.parsed
    return parsed.kind == "per_unit" and _SPAN_COUNT.sub("", parsed.per or "", count=1) in _PERIODS \
        and (parsed.unit or "").split("/")[0] in _ROUNDS


def is_money_unit(info: UnitInfo) -> bool:
    """Whether a unit is one of money that converts to 元 (万元, 元)."""
    return info.kind == "money" and info.to_yuan is not None

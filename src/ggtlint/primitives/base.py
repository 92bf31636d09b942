"""What every check primitive shares: the Hit it yields and the Row/TableContext it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ggtlint.findings import Severity

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.model import Indicator, Table
    from ggtlint.values import Lexicon, NameHint, ParsedValue


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


@dataclass(slots=True)
class Row:
    """An indicator with what the engine worked out about it."""

    indicator: Indicator
    level1: str          # canonical 一级 (aliases resolved), or the written name if unknown
    level2: str          # canonical 二级
    parsed: ParsedValue
    hint: NameHint

    @property
    def name(self) -> str:
        return self.indicator.name

    @property
    def value(self) -> str:
        return self.indicator.value

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

    def rows_in(self, level1: str | None = None, level2: str | None = None) -> list[Row]:
        return [r for r in self.rows if (level1 is None or r.level1 == level1) and (level2 is None or r.level2 == level2)]



def compile_identity(params: dict[str, Any]) -> dict[str, Any]:
    """Default compile step: params are used as given."""
    return params


# -- shared helpers for the primitives -------------------------------------------------------

# A year written in text ("2023年", also with full-width digits): the title's, a name's.
YEAR_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*年")


def other_year(text: str | None, budget_year: int) -> int | None:
    """The first year written in ``text`` that is not ``budget_year``, or None."""
    for match in YEAR_IN_TEXT.finditer(text or ""):
        year = int(match.group(1))
        if year != budget_year:
            return year
    return None


def contradicted_year(table: Any, budget_year: int | None) -> int | None:
    """The one year both the project name and the title give when the table's own 预算年度 is
    another (2022 written, 2023年就业补助资金 in 黔南州2023年…批复表): the written year is then
    the likelier slip. None otherwise, and when the budget year is not the table's own."""
    project = table.project
    if budget_year is None or project.year != budget_year:
        return None
    name, title = other_year(project.name, budget_year), other_year(project.title, budget_year)
    return name if name is not None and name == title else None

COST = "成本指标"
COST_LEVEL2_2021 = frozenset({"经济成本指标", "社会成本指标", "生态环境成本指标"})


def is_cost(row: Row) -> bool:
    """A row in the cost block (legacy 产出/成本指标 or a 2021 成本 一级)."""
    return row.level1 == COST or row.level2 == COST or row.level2 in COST_LEVEL2_2021


def is_percent(row: Row) -> bool:
    parsed = row.parsed
    return parsed.kind == "rate" or (parsed.kind == "range" and parsed.base_kind == "rate")


def is_money_total(row: Row) -> bool:
    """A money amount that counts toward the budget: not a unit price or a standard."""
    parsed = row.parsed
    return parsed.kind == "money" and parsed.yuan is not None and row.hint.expects != "per_unit"


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


def name_stem(name: str, words: tuple[str, ...]) -> str:
    """An indicator name without the given generic words (e.g. 人数, 资金), to compare what is left."""
    for word in words:
        name = name.replace(word, "")
    return name


def shares_run(a: str, b: str, size: int) -> bool:
    """Whether ``b`` contains some ``size`` consecutive characters of ``a``."""
    return any(a[i:i + size] in b for i in range(max(len(a) - size + 1, 0)))


def yuan_text(amount: Any) -> str:
    """An amount of 元 for a message: 1,646,000 元 / 1,646,000.5 元."""
    if amount is None:
        return "—"
    if amount == amount.to_integral():
        return f"{amount:,.0f} 元"  # Decimal's own formatting: no int() (Python caps its digits)
    return f"{amount:,.2f} 元"


_RATIO = re.compile(r"[0-9][:比][0-9]")  # 1:30, 19比1


def is_ratio(row: Row) -> bool:
    """Whether the row's value is a ratio (1:30, 19比1): a figure with no unit, rightly."""
    parsed = row.parsed
    return parsed.kind == "number" and parsed.unit is None and _RATIO.search(parsed.text) is not None


# Words a unit price and its count differ by (校园招聘补贴标准 / 校园招聘补贴人数).
PRICE_STRIP_WORDS = ("标准", "单价", "人数", "人次", "数量", "金额", "补助", "发放", "享受")
# A price per person goes with a count of people in 人 or 人次 (tables write either for the same
# beneficiaries: 培训补贴标准 1500元/人, 培训人数 ≥500人次); so for 场 and 场次, 户 and 户次.
_SAME_HEADS = {"人": ("人", "人次"), "人次": ("人次", "人"), "场": ("场", "场次"), "场次": ("场次", "场"),
               "户": ("户", "户次"), "户次": ("户次", "户")}


# A price per person per period, over the budget year: 700元/人·月 is 8,400 元 a person.
PERIODS_A_YEAR = {"": 1, "年": 1, "月": 12, "季": 4, "季度": 4}


def priced_counts(ctx: TableContext,
                  strip: tuple[str, ...] = PRICE_STRIP_WORDS) -> list[tuple[Row, Row, int, Decimal]]:
    """Each unit price of the cost block with the count it multiplies, the periods of a year the
    price is paid for, and the product in 元:
    校园招聘补贴标准 ＝50元/人 × 校园招聘补贴人数 ≥15000人. Paired by unit and by a run of three
    characters the names share (after ``strip``), the count sharing the longest run, or by its unit
    alone when one count is in it, it is no unit of people (人, 户: a table counts several kinds)
    and the price is exact (＝5200元/台; ≤1000元/件 is a ceiling that may cover some of the count
    only); a price matching no count is left out, not guessed. Several prices may share one count: parts of one cost per
    person (补助 500元/人 + 食宿 200元/人), or tiers of it whose split is not written (80-89周岁 50元,
    90周岁以上 100元, for 享受高龄津贴人数 in all): FUND007 leaves those alone.
    A price per period (元/人·月) counts for the whole budget year."""
    counts = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.number is not None]
    pairs = []
    for price in ctx.rows:
        parsed = price.parsed
        if not (is_cost(price) and parsed.kind == "per_unit" and parsed.yuan is not None and parsed.per):
            continue
        head, _, period = parsed.per.partition("·")  # 元/人·月: per person, per month
        times = PERIODS_A_YEAR.get(period)
        if times is None:
            continue
        stem = name_stem(price.name, strip)
        units = _SAME_HEADS.get(head, (head,))
        shared = [(longest_run(stem, name_stem(c.name, strip)), -number, c) for number, c in enumerate(counts)
                  if c.parsed.unit in units]
        best = max(shared, key=lambda item: item[:2], default=None)
        # the names share a run of three; or they share none, but the count is the table's only one
        # in the price's unit (平均单台补贴额 元/台 and 补贴机具 ≥4000台: nothing else is counted in 台)
        by_unit = len(shared) == 1 and head not in _SAME_HEADS and parsed.op in ("=", None)  # not a ceiling
        if best is not None and (best[0] >= 3 or by_unit):
            match = best[2]
            pairs.append((price, match, times, parsed.yuan * match.parsed.number * times))  # type: ignore[operator]
    return pairs


def longest_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share."""
    longest = 0
    for start in range(len(a)):
        size = longest + 1
        while start + size <= len(a) and a[start:start + size] in b:
            longest = size
            size += 1
    return longest

"""What every check primitive shares: the Hit it yields and the Row/TableContext it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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

    def rows_in(self, level1: str | None = None, level2: str | None = None) -> list[Row]:
        return [r for r in self.rows if (level1 is None or r.level1 == level1) and (level2 is None or r.level2 == level2)]



def compile_identity(params: dict[str, Any]) -> dict[str, Any]:
    """Default compile step: params are used as given."""
    return params


# -- shared helpers for the primitives -------------------------------------------------------

# A year written in text ("2023年", also with full-width digits): the title's, a name's.
YEAR_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*年")

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


def ind_values(row: Row, **extra: Any) -> dict[str, Any]:
    """Placeholders every indicator message may use."""
    return {"name": row.name, "value": row.value, "level1": row.indicator.level1,
            "level2": row.indicator.level2, **extra}


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
        return f"{int(amount):,} 元"
    return f"{amount:,.2f} 元"

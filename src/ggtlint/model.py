"""The in-memory model of a performance target table, as the loader understood it.

Everything downstream (engine, rules, reporters) reads these objects; nothing here parses
text or judges it. Positions are kept per JSON Pointer so any finding can point at the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ggtlint.values import ParsedValue


class Span(NamedTuple):
    """A region of the source: 1-based lines, 1-based columns in Unicode code points.

    ``end_column`` is exclusive (the character after the end), as in SARIF. A NamedTuple
    because the loader makes one per field and this is the fastest immutable record.
    """

    line: int
    column: int
    end_line: int
    end_column: int


def node_span(node: Any) -> Span:
    """The Span of a parsed YAML node (anything with 0-based ``start_mark``/``end_mark``)."""
    start, end = node.start_mark, node.end_mark
    line, column = start.line + 1, start.column + 1
    end_line, end_column = end.line + 1, end.column + 1
    # Block scalars end at the start of the next line; point at the last character instead.
    if end_column == 1 and end_line > line:
        end_line -= 1
        end_column = column + 1 if end_line == line else 2
    if end_line == line and end_column <= column:
        end_column = column + 1
    return Span(line, column, end_line, end_column)


@dataclass(slots=True)
class Project:
    name: str | None = None
    code: str | None = None
    category: str | None = None
    # 项目属性: 新增项目 / 延续项目 (new or continuing), or 经常性项目 / 一次性项目, as written
    attribute: str | None = None
    # 实施期限 / 项目期限, as written (2026年3月1日-2026年11月30日, 1年): see deadline_after_period.read_period
    period: str | None = None
    year: int | None = None
    department: str | None = None
    implementer: str | None = None
    region: str | None = None
    title: str | None = None
    framework: str | None = None


# No budget comes near a thousand trillion 元: a longer figure is a slip (or an attack on the
# arithmetic), not an amount
AMOUNT_LIMIT = Decimal(10) ** 15


def usable_amount(amount: Decimal) -> bool:
    """Whether ``amount`` can be a budget's amount: finite and under AMOUNT_LIMIT."""
    return amount.is_finite() and abs(amount) < AMOUNT_LIMIT


@dataclass(slots=True)
class Funds:
    unit: str = "元"
    total: Decimal | None = None
    fiscal: Decimal | None = None
    other: Decimal | None = None
    fiscal_sources: dict[str, Decimal | None] = field(default_factory=dict)

    @property
    def multiplier(self) -> Decimal:
        """How many 元 one unit of the table's amounts is."""
        return Decimal(10000) if self.unit == "万元" else Decimal(1)

    def in_yuan(self, amount: Decimal | None) -> Decimal | None:
        return None if amount is None else amount * self.multiplier


@dataclass(slots=True)
class Indicator:
    """One 三级指标 with its 指标值, and where it sits in the tree."""

    level1: str
    level2: str
    name: str
    value: str
    pointer: str
    unit: str | None = None
    nature: str | None = None
    weight: Decimal | None = None
    note: str | None = None
    parsed: ParsedValue | None = None

    @property
    def name_pointer(self) -> str:
        return self.pointer + "/name"

    @property
    def value_pointer(self) -> str:
        return self.pointer + "/value"


@dataclass(slots=True)
class Category:
    """A 二级指标 heading under a 一级, kept even when it has no rows."""

    level1: str
    level2: str
    pointer: str


@dataclass(slots=True)
class Table:
    """One performance target table (one YAML document)."""

    file: str
    document: int
    project: Project = field(default_factory=Project)
    funds: Funds = field(default_factory=Funds)
    goal: str | None = None
    source: str | None = None
    level1_order: list[str] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    # pointer -> where the field's value (``positions``) or its key (``key_positions``) is: a
    # Span, or the loader's YAML node, turned into a Span only when asked (most never are)
    positions: dict[str, Any] = field(default_factory=dict)
    key_positions: dict[str, Any] = field(default_factory=dict)
    # fields written with a value the loader could not take ("三十万" as the total): a loader
    # finding says so, and the rules do not call them empty as well
    unread: set[str] = field(default_factory=set)

    def indicator_tree(self) -> list[tuple[str, list[tuple[str, list[Indicator]]]]]:
        """一级 → [(二级, rows)] in the order written, empty categories included."""
        order: dict[str, dict[str, list[Indicator]]] = {}
        for level1 in self.level1_order:
            order.setdefault(level1, {})
        for category in self.categories:
            order.setdefault(category.level1, {}).setdefault(category.level2, [])
        for indicator in self.indicators:
            order.setdefault(indicator.level1, {}).setdefault(indicator.level2, []).append(indicator)
        return [(level1, list(level2s.items())) for level1, level2s in order.items()]

    @property
    def label(self) -> str:
        """How a person names this table in a report."""
        if self.project.name:
            return self.project.name
        return f"#{self.document + 1}"

    def span(self, pointer: str) -> Span | None:
        """The span of the field at ``pointer``, or of its nearest located ancestor."""
        while True:
            found = self.positions.get(pointer)
            if found is not None:
                return found if type(found) is Span else node_span(found)
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def key_span(self, pointer: str) -> Span | None:
        """The span of the key naming the field at ``pointer`` (None when not kept)."""
        found = self.key_positions.get(pointer)
        if found is None or type(found) is Span:
            return found
        return node_span(found)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view of the table (used by ``ggtlint show --format json``)."""
        return {
            "file": self.file,
            "document": self.document,
            "project": {k: getattr(self.project, k) for k in Project.__slots__},
            "funds": {
                "unit": self.funds.unit,
                "total": _num(self.funds.total),
                "fiscal": _num(self.funds.fiscal),
                "other": _num(self.funds.other),
                "fiscal_sources": {k: _num(v) for k, v in self.funds.fiscal_sources.items()},
            },
            "goal": self.goal,
            "indicators": [
                {
                    "level1": ind.level1,
                    "level2": ind.level2,
                    "name": ind.name,
                    "value": ind.value,
                    "unit": ind.unit,
                    "nature": ind.nature,
                    "weight": _num(ind.weight),
                    "note": ind.note,
                    "path": ind.pointer,
                    "parsed": ind.parsed.to_json() if ind.parsed is not None else None,
                }
                for ind in self.indicators
            ],
        }


def _num(value: Decimal | None) -> str | None:
    """Decimals go to JSON as strings so no precision is lost."""
    from ggtlint.values.normalize import decimal_text

    return None if value is None else decimal_text(value)


# The fields of a target file in a budget officer's words.
FIELD_ZH = {
    "version": "格式版本", "source": "来源说明", "project": "项目信息", "funds": "资金",
    "goal": "年度总体目标", "indicators": "绩效指标", "name": "名称", "code": "项目编码",
    "category": "项目类别", "attribute": "项目属性", "period": "实施期限", "year": "预算年度", "department": "主管部门",
    "implementer": "实施单位", "region": "地区", "title": "表名", "framework": "指标体系", "unit": "单位",
    "total": "年度资金总额", "fiscal": "财政拨款", "other": "其他资金",
    "fiscal_sources": "财政拨款来源", "value": "指标值", "nature": "指标性质",
    "weight": "权重", "note": "备注", "indicator": "三级指标",
}


FIELD_EN = {
    "version": "format version", "source": "source note", "project": "project", "funds": "funds",
    "goal": "annual goal", "indicators": "indicators", "name": "name", "code": "project code",
    "category": "project category", "attribute": "project attribute", "period": "project period",
    "year": "budget year",
    "department": "department", "implementer": "implementing unit", "region": "region", "title": "title",
    "framework": "indicator framework", "unit": "unit", "total": "total funds", "fiscal": "fiscal funds",
    "other": "other funds", "fiscal_sources": "fiscal fund sources", "value": "target value",
    "nature": "nature", "weight": "weight", "note": "note", "indicator": "level-3 indicator",
}


def field_word(dotted: str, lang: str = "zh") -> str:
    """One field's own name, by its dotted path: ``project.name`` → 项目名称 (project name),
    ``funds.total`` → 年度资金总额, ``goal`` → 年度总体目标 (``lang="en"``: English words)."""
    if dotted == "project.name":  # "名称" alone is an indicator's
        return "project name" if lang == "en" else "项目名称"
    return (FIELD_EN if lang == "en" else FIELD_ZH)[dotted.rpartition(".")[2]]


def field_label(pointer: str, lang: str = "zh") -> str:
    """A field's JSON Pointer as a reader names it: ``/indicators/产出指标/数量指标/0/value`` →
    ``产出指标 › 数量指标 › 第 1 条 › 指标值``; ``/funds/total`` → ``资金 › 年度资金总额``
    (``lang="en"``: ``产出指标 › 数量指标 › item 1 › target value``; category names stay as written)."""
    words_of = FIELD_EN if lang == "en" else FIELD_ZH
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    if parts[:1] == ["indicators"]:
        words = parts[1:3]  # 一级 and 二级 are names already
        if len(parts) > 3 and parts[3].isdigit():
            words.append(f"item {int(parts[3]) + 1}" if lang == "en" else f"第 {int(parts[3]) + 1} 条")
        words += [words_of.get(part, part) for part in parts[4:]]
        return " › ".join(words) or words_of["indicators"]
    if parts == ["project", "name"]:
        return f"{words_of['project']} › {field_word('project.name', lang)}"
    return " › ".join(words_of.get(part, part) for part in parts) or ("the whole table" if lang == "en" else "整张表")


def escape_pointer_token(token: str) -> str:
    """RFC 6901 escaping of one JSON Pointer reference token."""
    if "~" not in token and "/" not in token:  # the common case, kept cheap for the loader
        return token
    return token.replace("~", "~0").replace("/", "~1")

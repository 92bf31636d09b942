"""Per-table facts the rules share: framework, budget year, canonical categories, parsed values.

Computed once per table so no primitive re-parses a value or re-resolves an alias.
"""

from __future__ import annotations

import re
from dataclasses import replace

from typing import Any

from ggtlint.engine.config import Config
from ggtlint.model import Table, escape_pointer_token
from ggtlint.primitives.base import (COST, COST_LEVEL2_2021, ITEM_NUMBER, YEAR_IN_TEXT, Row, TableContext,
                                     contradicted_year)
from ggtlint.values import category_key
from ggtlint.values.parse import DATE_FIGURE, SUFFIX_WORDS
from ggtlint.lazyregex import lazy_pattern



def _canonical(name: str, aliases: Any, memo: dict[str, str]) -> str:
    found = memo.get(name)
    if found is None:
        key = category_key(name)
        found = aliases.get(key, key)
        if len(memo) < 10_000:  # category names are a small closed set; stay bounded anyway
            memo[name] = found
    return found


def _memo(lexicon: Any, name: str) -> dict[str, str]:
    found = lexicon.memo.get(name)
    if found is None:
        found = lexicon.memo[name] = {}
    return found


def canonical_level1(name: str, lexicon: Any) -> str:
    return _canonical(name, lexicon.level1_aliases, _memo(lexicon, "canonical_level1"))


def canonical_level2(name: str, lexicon: Any) -> str:
    return _canonical(name, lexicon.level2_aliases, _memo(lexicon, "canonical_level2"))


def detect_framework(table: Table, lexicon: Any) -> str:
    """fw2021 when 成本 is a 一级 or a 101号 cost 二级 is used; legacy otherwise."""
    for level1 in table.level1_order:
        if canonical_level1(level1, lexicon) == COST:
            return "fw2021"
    for category in table.categories:
        if canonical_level2(category.level2, lexicon) in COST_LEVEL2_2021:
            return "fw2021"
    return "legacy"


def budget_year_of(table: Table, config: Config) -> int | None:
    """--budget-year / config first, then the table's year, then a year in its title."""
    if config.budget_year:
        return config.budget_year
    if table.project.year:
        return table.project.year
    if table.project.title:
        match = YEAR_IN_TEXT.search(table.project.title)
        if match:
            return int(match.group(1))
    return None


# Units of the 计量单位 column written otherwise after a figure: ≤6 + 月 is six months, not June; ≥90 + 百分比
# is ≥90% (the column's word for %, as VAL011 reads it).
_AFTER_A_FIGURE = {"月": "个月", "日": "天", "百分比": "%"}


# a name measuring how far off something may be (计量误差, 温控精度, 水位偏差): its bare ±2% is at most 2% off
_DEVIATION_NAME = lazy_pattern(r"误差|偏差|精度|波动|允差|偏离")
_BARE_DEVIATION = lazy_pattern(r"±[0-9]+(?:\.[0-9]+)?")


def _with_unit_column(indicator: Any, parsed: Any, year: int | None, lexicon: Any) -> Any:
    """A bare figure read with its 计量单位 column: templates put "≤50" under 指标值 and "万元"
    under 计量单位, and the value means ≤50万元 (so 70以上 + % is 70%以上, 90-95 + % is 90%-95%).
    A bare ± under a name of a deviation (计量误差 ±2%) is the most it may be off: ≤2%."""
    if parsed.kind == "qualitative" and str(indicator.value or "").startswith("±") \
            and _DEVIATION_NAME.search(indicator.name or ""):
        from ggtlint.values import parse_value

        value = str(indicator.value)
        if indicator.unit and _BARE_DEVIATION.fullmatch(value):  # ±5 + % in the 计量单位 column is ±5%
            value += str(indicator.unit).strip()
        bounded = parse_value(f"{value}以内", budget_year=year, lexicon=lexicon)
        if bounded.kind != "qualitative":  # shown as written (with its unit column's unit, as joined figures are)
            return replace(bounded, raw=value, text=parsed.text if value == indicator.value else value)
    unit = indicator.unit or _unit_in_name(indicator.name, lexicon)
    if parsed.kind == "deadline" and _figure_read_as_date(indicator) and (_counted(indicator) or _measure_unit(unit, lexicon)):
        # ≤2024.5 read as May 2024, but a cost, a count or a 万元 column says it is a figure
        from ggtlint.values import parse_value

        parsed = parse_value(indicator.value, budget_year=None, lexicon=lexicon)
    if not unit or indicator.value is None:
        return parsed
    bare = parsed.kind == "number" and parsed.unit is None
    bare_range = parsed.kind == "range" and parsed.base_kind == "number"
    if not (bare or bare_range):
        return parsed
    from ggtlint.values import parse_value

    unit = str(unit).strip()
    unit = _AFTER_A_FIGURE.get(unit, unit)
    value = str(indicator.value).strip()
    # the unit goes before a comparison word after the figure (70以上 + % is 70%以上)
    suffix = next((word for word in SUFFIX_WORDS if value.endswith(word)), "")
    joined_text = f"{value[:len(value) - len(suffix)]}{unit}{suffix}"
    joined = parse_value(joined_text, budget_year=year, lexicon=lexicon)
    if joined.kind in ("qualitative", "number", "deadline") and joined.unit != unit:
        return parsed  # the unit does not make the figure a measure: keep what the value says
    return joined


_BRACKETED_END = lazy_pattern(r"[（(]([^（）()]{1,4})[)）]$")
# a figure alone, with a sign, that the parser may read as a date (2023.5, ≤2024.06, 20241015)
_LONE_FIGURE = lazy_pattern(r"[≥≤＞＜><=＝]?\s*(?P<figure>[0-9.]+)")


def _measure_unit(unit: Any, lexicon: Any) -> bool:
    """A 计量单位 of money or of things counted (万元, 吨, 个): not a time (年月, 季度)."""
    info = lexicon.unit_info(str(unit).strip()) if unit else None
    return info is not None and info.kind in ("money", "count")


def _figure_read_as_date(indicator: Any) -> bool:
    match = _LONE_FIGURE.fullmatch(str(indicator.value or "").strip())
    return match is not None and DATE_FIGURE.fullmatch(match.group("figure")) is not None


def _counted(indicator: Any) -> bool:
    """An amount or a count by its category (成本指标, 经济成本指标, 数量指标): never a date."""
    return any(word in (category or "") for category in (indicator.level1, indicator.level2) for word in ("成本", "数量"))


def _unit_in_name(name: str | None, lexicon: Any) -> str | None:
    """A unit the name ends with in brackets, as templates without a 计量单位 column have it:
    养护补助资金（万元） + 30 is 30万元. Only a unit the lexicon knows."""
    match = _BRACKETED_END.search(name or "")
    if match is None or lexicon.unit_info(match.group(1).strip()) is None:
        return None
    return match.group(1).strip()


def build_context(table: Table, config: Config, lexicon: Any) -> TableContext:
    from ggtlint.values import name_hint, parse_value

    if config.framework in ("legacy", "fw2021"):
        framework = config.framework
    elif table.project.framework in ("legacy", "fw2021"):
        framework = table.project.framework
    else:
        framework = detect_framework(table, lexicon)
    year = budget_year_of(table, config)
    level1_aliases, level1_memo = lexicon.level1_aliases, _memo(lexicon, "canonical_level1")
    level2_aliases, level2_memo = lexicon.level2_aliases, _memo(lexicon, "canonical_level2")
    rows = [
        Row(
            indicator=indicator,
            level1=level1_memo.get(indicator.level1) or _canonical(indicator.level1, level1_aliases, level1_memo),
            level2=level2_memo.get(indicator.level2) or _canonical(indicator.level2, level2_aliases, level2_memo),
            parsed=_with_unit_column(indicator, parse_value(indicator.value, budget_year=year, lexicon=lexicon),
                                     year, lexicon),
            hint=name_hint(indicator.name, lexicon),
        )
        for indicator in table.indicators
    ]
    level1_present: dict[str, str] = {}
    for level1 in table.level1_order:
        level1_present.setdefault(canonical_level1(level1, lexicon), "/indicators/" + escape_pointer_token(level1))
    level2_present: dict[tuple[str, str], str] = {}
    for category in table.categories:
        key = (canonical_level1(category.level1, lexicon), canonical_level2(category.level2, lexicon))
        level2_present.setdefault(key, category.pointer)
    return TableContext(
        table=table, framework=framework, budget_year=year, lexicon=lexicon, rows=rows,
        level1_present=level1_present, level2_present=level2_present,
        options={"require_satisfaction": config.require_satisfaction},
        contradicted_year=contradicted_year(table, year),
        has_time_limit=any(row.level2 == _TIMELINESS and _is_time_limit(row.parsed) for row in rows),
        goal=joined_goal(table.goal or ""),
    )


# A line break inside a sentence: not after the sentence's end, a blank line, nor before a numbered item (目标2：,
# 2、, 2., （二）, ①; not a figure's decimal point, 12.5公里). A goal typed into a block (goal: |) or a cell wraps
# where the line was full, and a wrap in the middle of 新改建农村⏎公路1200公里 would cut the figure off the words naming it.
_MID_SENTENCE_BREAK = lazy_pattern(
    r"(?<=[^。；;！？!?\s])[ \t\u3000]*\n[ \t\u3000]*"
    rf"(?![\s]|目标\s*[0-9一二三四五六七八九十]|{ITEM_NUMBER})")


def joined_goal(goal: str) -> str:
    """The goal with each line wrapped mid-sentence joined to the next (see _MID_SENTENCE_BREAK); a goal
    of one line, as most are, is returned as it is."""
    return _MID_SENTENCE_BREAK.sub("", goal) if "\n" in goal.strip() else goal


_TIMELINESS = "时效指标"


def _is_time_limit(parsed: Any) -> bool:
    """A timeliness value checkable at year end: a date (2024年6月30日前), a duration that is no
    service window (≤2小时, 15个工作日), a figure in seconds (接通时间 ≤15秒) or a rate (及时率 ≥95%)."""
    if parsed.kind == "deadline":
        return parsed.deadline is not None
    return parsed.kind in ("duration", "number", "rate") and parsed.window is None


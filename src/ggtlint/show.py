"""``ggtlint show``: the table as ggtlint understood it — header, funds, every indicator
with its canonical category and parsed value. For people (rich) and machines (json)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ggtlint.model import field_word
from ggtlint.values.parse import KIND_WORDS, problem_words

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ggtlint.engine.context import TableContext
    from ggtlint.load import SourceFile

# Not on a terminal (a file, a pipe) nothing is wrapped or cut: the width rich lays out in, far
# wider than any table; the rule over each table is drawn as wide as what is under it.
_UNBOUNDED = 100_000


def render_show(path: Path, fmt: str, lang: str, budget_year: int | None, no_color: bool,
                text_input: bool = False) -> int:
    """Print every table in ``path`` (read as ``check`` reads it: workbooks and, with
    ``text_input``, PDF text are imported first); exit 0, or 1 when the file did not load cleanly."""
    from ggtlint.engine.config import Config, find_config, load_config
    from ggtlint.engine.context import build_context
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.run import load_source
    from ggtlint.values import load_lexicon

    source, sheets = load_source(path, str(path), DEFAULT_LIMITS, text_input)
    if sheets is not None:
        from ggtlint.importers import locate_findings

        locate_findings(source.findings, sheets)
    config_file = find_config(path)
    config = load_config(config_file) if config_file else Config()
    if budget_year:
        config.budget_year = budget_year
    lexicon = load_lexicon(tuple(config.lexicons))
    contexts = [build_context(table, config, lexicon) for table in source.tables]
    for ctx in contexts:
        for row in ctx.rows:
            row.indicator.parsed = row.parsed
    load_errors = [f.to_json(lang) for f in source.findings]
    if fmt == "json":
        tables = []
        for ctx in contexts:
            data = ctx.table.as_dict()
            data["framework"] = ctx.framework
            data["budget_year"] = ctx.budget_year
            for item, row in zip(data["indicators"], ctx.rows):
                item["level1_canonical"] = row.level1
                item["level2_canonical"] = row.level2
                item["name_hint"] = row.hint.expects
            tables.append(data)
        json.dump({"file": str(path), "encoding": source.encoding, "tables": tables, "load_findings": load_errors},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 1 if load_errors else 0
    _show_rich(source, contexts, lang, no_color)
    return 1 if load_errors else 0


def _show_rich(source: SourceFile, contexts: list[TableContext], lang: str, no_color: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.measure import Measurement
    from rich.rule import Rule
    from rich.table import Table as RichTable

    from ggtlint.reporters.rich_text import wants_color

    try:
        terminal = sys.stdout.isatty()
    except (AttributeError, ValueError):
        terminal = False
    # the same decision as check's (NO_COLOR, FORCE_COLOR, TERM=dumb, --no-color): rich's own
    # no_color=False would override NO_COLOR, and its rules stay green
    color = wants_color(sys.stdout, False if no_color else None)
    console = Console(color_system="auto" if color else None, force_terminal=True if color else None,
                      highlight=False, width=None if terminal else _UNBOUNDED, soft_wrap=not terminal)
    en = lang == "en"
    for finding in source.findings:
        console.print(f"[red]{escape(finding.rule_id)}[/] {escape(finding.place)} {escape(finding.message(lang))}")
    for ctx in contexts:
        table = ctx.table
        project, funds = table.project, table.funds
        header = RichTable(show_header=False, box=None, padding=(0, 1))
        header.add_column(no_wrap=True)
        header.add_column(overflow="fold")
        framework = _FRAMEWORK[ctx.framework][en] if ctx.framework in _FRAMEWORK else ctx.framework
        fields: list[tuple[str, str | None]] = [("project.name", project.name)]
        if project.code:  # shown when the table gives them (most tables leave them out)
            fields.append(("project.code", project.code))
        fields.append(("project.category", project.category))
        if project.attribute:  # 新增项目 / 延续项目, when the table says
            fields.append(("project.attribute", project.attribute))
        if project.period:
            fields.append(("project.period", project.period))
        fields += [("project.department", project.department), ("project.implementer", project.implementer)]
        if project.region:
            fields.append(("project.region", project.region))
        fields += [("project.year", str(ctx.budget_year or "")), ("project.framework", framework),
                   ("funds.total", _money(funds.total, funds.unit)), ("funds.fiscal", _money(funds.fiscal, funds.unit)),
                   ("funds.other", _money(funds.other, funds.unit))]
        rows = [(_field_heading(field, lang), value) for field, value in fields]
        for name, amount in funds.fiscal_sources.items():
            rows.append((f"  {name}", _money(amount, funds.unit)))
        for label, value in rows:
            header.add_row(f"[bold]{label}[/]", escape(str(value) if value else "—"))
        notes = any(row.indicator.note for row in ctx.rows)
        grid = RichTable(show_lines=False)
        columns = [("一级", "Level 1"), ("二级", "Level 2"), ("三级指标", "Indicator"), ("指标值", "Value"),
                   ("类型", "Kind"), ("识别为", "Read as")] + ([("备注", "Note")] if notes else [])
        for column in columns:
            # a long name or value folds onto the next line of its cell rather than being cut
            grid.add_column(column[1] if en else column[0], overflow="fold")
        for row in ctx.rows:
            parsed = row.parsed.to_json()
            kind = KIND_WORDS.get(parsed["kind"], (parsed["kind"], parsed["kind"]))[en]
            cells = [escape(row.level1), escape(row.level2), escape(row.name), escape(row.value),
                     kind, escape(reading(parsed, "en" if en else "zh"))]
            if notes:
                cells.append(escape(row.indicator.note or ""))
            grid.add_row(*cells)
        title = Rule(f"[bold]{escape(table.label)}[/]")
        if terminal:
            console.print(title)
        else:  # as wide as the widest of what follows, at least the usual 80 columns
            widest = max(Measurement.get(console, console.options, part).maximum for part in (header, grid))
            console.print(title, width=max(80, widest))
        console.print(header)
        if table.goal:
            console.print(f"[bold]{_field_heading('goal', lang)}[/]")
            console.print(escape(table.goal.rstrip()))
        console.print(grid)


_FRAMEWORK = {"legacy": ("旧版（产出含成本）", "pre-2021 (costs under outputs)"),
              "fw2021": ("财预〔2021〕101号", "财预〔2021〕101号 (2021, costs on their own)")}

_QUALITY = {
    "vague": ("模糊表述", "vague wording"), "graded": ("等级", "grade"), "yesno": ("是/否", "yes/no"),
    "standard": ("达到具名标准或等级", "a named standard or class"),
    "recurring": ("按期时限", "recurring deadline"),
    "whole_year": ("整个年度（按年度末）", "the whole year (its end)"),
    "immediate": ("即时类时限", "immediate deadline"), "external": ("外部规定的时限", "deadline set by others"),
    "text": ("", ""),  # plain text: the kind (文字描述) says it all
}
def _field_heading(dotted: str, lang: str) -> str:
    word = field_word(dotted, lang)
    return word[:1].upper() + word[1:]


def reading_zh(parsed: dict) -> str:  # type: ignore[type-arg]
    """How the value was understood, in words: "≥ 200 人", "= 164.6 万元（1646000 元）", "截止 2023-12-31";
    what is wrong inside a recognised value follows: "10000 元；千分位分隔符位置不规范"."""
    return reading(parsed, "zh")


def reading(parsed: dict, lang: str) -> str:  # type: ignore[type-arg]
    """:func:`reading_zh` in ``lang`` ("zh" or "en"): "≥ 200 人", "by 2023-12-31", "10000 元; misplaced …"."""
    en = lang == "en"
    text = _reading(parsed, en)
    problem = problem_words(((p["code"], p["detail"]) for p in parsed.get("problems", ())), lang)
    if not problem:
        return text
    return f"{text}{'; ' if en else '；'}{problem}" if text else problem


def _reading(parsed: dict, en: bool) -> str:  # type: ignore[type-arg]
    unit = parsed.get("unit") or ""
    if parsed.get("deadline"):
        inferred = parsed.get("year_inferred")
        if en:
            return f"by {parsed['deadline']}" + (" (year taken from the budget year)" if inferred else "")
        return f"截止 {parsed['deadline']}" + ("（年份按预算年度推定）" if inferred else "")
    if parsed.get("low") is not None and parsed.get("high") is not None:
        return f"{parsed['low']} {'to' if en else '至'} {parsed['high']}{unit}"
    if parsed.get("window"):
        days, hours = parsed["window"].split("*")
        return f"{days} days a week, {hours} hours a day" if en else f"每周 {days} 天、每天 {hours} 小时"
    if parsed.get("number") is not None:
        # a change as the target: 较上年下降≥5% is down by ≥ 5 %, not a floor of 5 %
        change = {"up": ("up by", "增加"), "down": ("down by", "减少")}.get(parsed.get("change") or "", (None, None))
        text = " ".join(part for part in (change[0] if en else change[1], parsed.get("op"),
                                          f"{parsed['number']} {unit}".strip()) if part)
        yuan = parsed.get("yuan")
        if yuan is not None and yuan != parsed["number"]:  # 164.6 万元 is 1646000 元; 50 元/人 needs no gloss
            per = f"/{parsed['per']}" if parsed.get("per") else ""
            text += f" ({yuan} 元{per})" if en else f"（{yuan} 元{per}）"
        return text
    quality = parsed.get("quality")
    if quality:
        words = _QUALITY.get(quality, ("", ""))[en]
        terms = parsed.get("vague_terms") or []
        return words + ((": " if en else "：") + ("、".join(terms)) if terms else "")
    return ""


def _money(amount, unit: str) -> str | None:  # type: ignore[no-untyped-def]
    if amount is None:
        return None
    return f"{amount:,} {unit}"

"""``ggtlint show``: the table as ggtlint understood it — header, funds, every indicator
with its canonical category and parsed value. For people (rich) and machines (json)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ggtlint.load import load_file


def render_show(path: Path, fmt: str, lang: str, budget_year: int | None, no_color: bool) -> int:
    """Print every table in ``path``; exit 0, or 1 when the file did not load cleanly."""
    from ggtlint.engine.config import Config, find_config, load_config
    from ggtlint.engine.context import build_context
    from ggtlint.values import load_lexicon

    source = load_file(path, str(path))
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


def _show_rich(source, contexts, lang: str, no_color: bool) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table as RichTable

    console = Console(no_color=no_color, highlight=False)
    en = lang == "en"
    for finding in source.findings:
        console.print(f"[red]{escape(finding.rule_id)}[/] {finding.line}:{finding.column} {escape(finding.message(lang))}")
    for ctx in contexts:
        table = ctx.table
        project, funds = table.project, table.funds
        header = RichTable(show_header=False, box=None, padding=(0, 1))
        rows = [
            ("项目名称" if not en else "Project", project.name),
            ("项目类别" if not en else "Category", project.category),
            ("主管部门" if not en else "Department", project.department),
            ("实施单位" if not en else "Implementer", project.implementer),
            ("预算年度" if not en else "Budget year", str(ctx.budget_year or "")),
            ("指标体系" if not en else "Framework", {"legacy": "旧版（产出含成本）", "fw2021": "财预〔2021〕101号"}.get(ctx.framework, ctx.framework) if not en else ctx.framework),
            ("年度资金总额" if not en else "Total", _money(funds.total, funds.unit)),
            ("财政拨款" if not en else "Fiscal", _money(funds.fiscal, funds.unit)),
            ("其他资金" if not en else "Other", _money(funds.other, funds.unit)),
        ]
        for name, amount in funds.fiscal_sources.items():
            rows.append((f"  {name}", _money(amount, funds.unit)))
        for label, value in rows:
            header.add_row(f"[bold]{label}[/]", escape(value or "—"))
        console.rule(f"[bold]{escape(table.label)}[/]")
        console.print(header)
        if table.goal:
            console.print(f"[bold]{'年度总体目标' if not en else 'Annual goal'}[/]")
            console.print(escape(table.goal.rstrip()))
        grid = RichTable(show_lines=False)
        for column in (("一级", "Level 1"), ("二级", "Level 2"), ("三级指标", "Indicator"), ("指标值", "Value"),
                       ("类型", "Kind"), ("解析", "Parsed")):
            grid.add_column(column[1] if en else column[0])
        for row in ctx.rows:
            parsed = row.parsed.to_json()
            if en:
                kind = parsed["kind"]
                detail = ", ".join(f"{k}={v}" for k, v in parsed.items() if k != "kind" and v not in (None, False, [], ()))
            else:
                kind, detail = KIND_ZH.get(parsed["kind"], parsed["kind"]), reading_zh(parsed)
            grid.add_row(escape(row.level1), escape(row.level2), escape(row.name), escape(row.value),
                         kind, escape(detail))
        console.print(grid)


# The kinds of 指标值 the parser tells apart, in a budget officer's words.
KIND_ZH = {
    "count": "数量", "rate": "比率", "money": "金额", "deadline": "时限", "duration": "时长",
    "per_unit": "单价/标准", "range": "区间", "qualitative": "定性", "policy": "政策依据",
    "horizon": "长期表述", "empty": "空", "placeholder": "未填（占位）", "number": "数值",
}
_QUALITY_ZH = {"vague": "模糊表述", "graded": "等级", "yesno": "是/否"}


def reading_zh(parsed: dict) -> str:  # type: ignore[type-arg]
    """How the value was understood, in words: "≥ 200 人", "= 164.6 万元（1646000 元）", "截止 2023-12-31";
    what is wrong inside a recognised value follows: "10000 元；千分位分隔符位置不规范"."""
    reading, problem = _reading_zh(parsed), parsed.get("problem")
    if problem:
        return f"{reading}；{problem}" if reading else problem
    return reading


def _reading_zh(parsed: dict) -> str:  # type: ignore[type-arg]
    if parsed.get("deadline"):
        return f"截止 {parsed['deadline']}" + ("（年份按预算年度推定）" if parsed.get("year_inferred") else "")
    if parsed.get("low") is not None and parsed.get("high") is not None:
        return f"{parsed['low']} 至 {parsed['high']}{parsed.get('unit') or ''}"
    if parsed.get("number") is not None:
        text = " ".join(part for part in (parsed.get("op"), f"{parsed['number']} {parsed.get('unit') or ''}".strip()) if part)
        if parsed.get("yuan") is not None and parsed.get("unit") != "元":
            text += f"（{parsed['yuan']} 元）"
        return text
    quality = parsed.get("quality")
    if quality:
        terms = parsed.get("vague_terms") or []
        return _QUALITY_ZH.get(quality, quality) + (f"：{'、'.join(terms)}" if terms else "")
    return ""


def _money(amount, unit: str) -> str | None:  # type: ignore[no-untyped-def]
    if amount is None:
        return None
    return f"{amount:,} {unit}"

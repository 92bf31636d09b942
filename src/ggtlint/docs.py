"""Rule documentation generated from the registry: ``ggtlint rules``, ``ggtlint explain``
and ``docs/rules.md`` all come from here, so they cannot disagree."""

from __future__ import annotations

import json
from typing import Any

import yaml

from ggtlint.engine.rule import RuleInfo

FAMILIES = {
    "LOAD": ("读取与格式", "Loading and format"),
    "META": ("抑制注释", "Suppressions"),
    "STR": ("结构与完整性", "Structure and completeness"),
    "FUND": ("资金与成本核算", "Money arithmetic"),
    "TIME": ("时效与年度", "Time"),
    "VAL": ("指标值形式", "Value form and type"),
    "CAT": ("指标归类", "Category placement"),
    "SAT": ("满意度", "Satisfaction"),
    "REL": ("相关性、重复与文字规范", "Relevance, duplicates and hygiene"),
    "XT": ("跨表检查", "Cross-table"),
}


def _rule_dict(info: RuleInfo) -> dict[str, Any]:
    return {
        "id": info.id, "name": info.name, "severity": info.severity.value, "family": info.family,
        "refs": list(info.refs), "frameworks": list(info.frameworks), "check": info.check, "pack": info.pack,
        "summary": {"zh": info.summary.zh, "en": info.summary.en},
        "rationale": {"zh": info.rationale.zh, "en": info.rationale.en},
        "fix": {"zh": info.fix.zh, "en": info.fix.en},
        "source": info.source, "help_uri": info.help_uri,
    }


def rules_json(engine: Any, off: frozenset[str] = frozenset()) -> str:
    """Every rule as JSON; ``enabled`` is false for those the configuration switches off."""
    infos = engine.rule_infos()
    covered = sorted({ref for info in infos for ref in info.refs})
    return json.dumps({"rules": [{**_rule_dict(i), "enabled": i.id not in off} for i in infos],
                       "refs_covered": covered}, ensure_ascii=False, indent=2)


def rules_table(engine: Any, lang: str, off: frozenset[str] = frozenset()) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="ggtlint 规则" if lang == "zh" else "ggtlint rules")
    for column in (("编号", "ID"), ("名称", "Name"), ("级别", "Severity"), ("对应", "Refs"), ("检查内容", "Checks")):
        table.add_column(column[1] if lang == "en" else column[0], overflow="fold")  # wrapped, never cut
    switched_off = " (off here)" if lang == "en" else "（本配置已关闭）"
    for info in engine.rule_infos():
        table.add_row(info.id, info.name + (switched_off if info.id in off else ""), info.severity.word(lang),
                      ",".join(info.refs), escape(info.summary.get(lang)))
    Console(highlight=False).print(table)


def _example_yaml(example: Any) -> str:
    return yaml.safe_dump(example, allow_unicode=True, sort_keys=False, default_flow_style=False).rstrip()


# A good example of {} is the packs' example table unchanged (rules/examples/base-*.yaml).
_BASE_PASSES = ("没有上面问题的表即合格，如规则示例所用的基础表（rules/examples/）。",
                "A table without the problem above passes, such as the base table of the rule examples (rules/examples/).")


def _shown_example(info: RuleInfo, kind: str) -> dict[str, Any] | None:
    """The example to show: the first that changes the base table ({} when only the base table
    is given), or None when there is none."""
    examples = info.examples.get(kind) or []
    return next((e for e in examples if e), {} if examples else None)


def explain_rule(engine: Any, info: RuleInfo, lang: str, switched_off: bool = False) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    en = lang == "en"
    console.print(f"[bold]{info.id}[/] {info.name}  ([cyan]{info.severity.word(lang)}[/])"
                  + (f"  refs: {', '.join(info.refs)}" if info.refs else ""))
    if switched_off:
        console.print("The configuration here switches this rule off (select/ignore)." if en
                      else "当前配置（select/ignore）关闭了这条规则。")
    console.print()
    console.print(f"[bold]{'What it checks' if en else '检查内容'}[/]\n{escape(info.description.get(lang))}")
    console.print(f"\n[bold]{'Why' if en else '为什么'}[/]\n{escape(info.rationale.get(lang))}")
    if info.source:
        console.print(f"\n[bold]{'Source' if en else '依据'}[/]\n{escape(info.source)}")
    for kind, title in (("bad", ("不合格示例", "Bad example")), ("good", ("合格示例", "Good example"))):
        example = _shown_example(info, kind)
        if example is not None:
            console.print(f"\n[bold]{title[1] if en else title[0]}[/]")
            console.print(escape(_example_yaml(example)) if example else _BASE_PASSES[en])
    console.print(f"\n[bold]{'How to fix' if en else '修改方法'}[/]\n{escape(info.fix.get(lang))}")
    if info.deterministic_note:
        console.print(f"\n[bold]{'Limits' if en else '局限'}[/]\n{escape(info.deterministic_note)}")
    if engine is not None and info.frameworks != ("legacy", "fw2021"):
        console.print(f"\n{'Frameworks' if en else '适用指标体系'}: {', '.join(info.frameworks)}")


def rules_markdown(engine: Any) -> str:
    """docs/rules.md: one section per rule, grouped by family (a test keeps it current)."""
    infos = engine.rule_infos()
    out = ["# ggtlint 规则 / Rules", "",
           "Generated by `ggtlint rules --format markdown` from the rule packs; do not edit by hand.", ""]
    covered = sorted({ref for info in infos for ref in info.refs})
    out.append(f"{len(infos)} rules; domain reference rules covered: {len(covered)} ({', '.join(covered)}).")
    out.append("")
    out.append("| ID | name | severity | refs | checks |")
    out.append("|---|---|---|---|---|")
    for info in infos:
        out.append(f"| [{info.id}](#{info.id.lower()}) | {info.name} | {info.severity.value} | "
                   f"{', '.join(info.refs)} | {info.summary.zh} |")
    out.append("")
    notes = [info for info in infos if info.deterministic_note]
    if notes:
        out += ["## 判断取舍与局限 / Judgement calls and limits", "",
                "Where a reference rule needed a judgement to avoid findings a budget officer would dismiss, "
                "or cannot be checked fully by a deterministic rule, the choice is recorded here.", ""]
        out += [f"- **{info.id}** {info.name}: {info.deterministic_note}" for info in notes]
        out.append("")
    family = None
    for info in infos:
        if info.family != family:
            family = info.family
            zh, en = FAMILIES.get(family, (family, family))
            out += [f"## {family} — {zh} / {en}", ""]
        out += [f"### {info.id}", "",
                f"**{info.name}** · {info.severity.value}"
                + (f" · refs {', '.join(info.refs)}" if info.refs else "")
                + (f" · frameworks {', '.join(info.frameworks)}" if info.frameworks != ('legacy', 'fw2021') else ""), "",
                f"**检查内容**：{info.description.zh}", "", f"*What it checks:* {info.description.en}", "",
                f"**为什么**：{info.rationale.zh}", "", f"*Why:* {info.rationale.en}", ""]
        if info.source:
            out += [f"**依据 / Source**: {info.source}", ""]
        for kind, title in (("bad", "不合格示例 / Bad"), ("good", "合格示例 / Good")):
            example = _shown_example(info, kind)
            if example:
                out += [f"{title}:", "", "```yaml", _example_yaml(example), "```", ""]
            elif example is not None:
                out += [f"{title}: {_BASE_PASSES[0]} / {_BASE_PASSES[1]}", ""]
        out += [f"**修改方法**：{info.fix.zh}", "", f"*Fix:* {info.fix.en}", ""]
        if info.deterministic_note:
            out += [f"**局限 / Limits**: {info.deterministic_note}", ""]
    return "\n".join(out).rstrip() + "\n"

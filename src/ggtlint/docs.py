"""Rule documentation generated from the registry: ``ggtlint rules``, ``ggtlint explain``,
``docs/rules.md`` and the reference part of ``docs/packs.md`` (check primitives and lexicon files)
all come from here, so they cannot disagree with the code.

``python -m ggtlint.docs`` rewrites that part of docs/packs.md, and the snapshot of the built-in
packs' parse (:mod:`ggtlint.engine.snapshot`); tests keep both current."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from ggtlint.engine.rule import PLACEHOLDER, RuleInfo

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
        "levels": [level.value for level in info.levels or (info.severity,)],
        "refs": list(info.refs), "frameworks": list(info.frameworks), "check": info.check, "pack": info.pack,
        "summary": {"zh": info.summary.zh, "en": info.summary.en},
        "rationale": {"zh": info.rationale.zh, "en": info.rationale.en},
        "fix": {"zh": info.fix.zh, "en": info.fix.en},
        "source": info.source, "help_uri": info.help_uri, "preview": info.preview,
        "yields_to": list(info.yields_to),
        # the kinds of its findings that yield (empty: all): without it, a reader of this list would take SAT001's
        # every finding for dropped beside VAL003's
        "yields_variants": list(info.yields_variants),
    }


def yields_note(info: RuleInfo, lang: str, yielded_by: tuple[str, ...] = (), kinds: tuple[str, ...] = ()) -> str:
    """What the rule's yields mean for its findings (``yields_to``), and which rules yield to it
    (``yielded_by``); "" when neither. ``kinds``: the kinds that yield (``yields_variants``) in words, as
    :func:`yielding_kinds` gives them (their variant names when not given)."""
    parts = []
    if info.yields_to:
        one = len(info.yields_to) == 1
        if lang == "en":
            parts.append(f"Yields to {', '.join(info.yields_to)}: where {'it' if one else 'one of them'} reports the "
                         "same indicator (or the same field) of the same table in the run, at this rule's level or a "
                         "worse one, this rule's finding there is dropped, so one defect draws one finding; a rule "
                         "switched off or not run silences nothing.")
            if info.yields_variants:
                parts.append(f"Only its findings of the kind {'; '.join(kinds or info.yields_variants)} yield; its "
                             "other findings stay beside theirs.")
        else:
            parts.append(f"让位于 {'、'.join(info.yields_to)}：同一次检查中{'该规则' if one else '其中任一规则'}"
                         "对同一张表的同一条指标（或同一字段）报告了问题、且级别不低于本规则的问题时，本规则在该处"
                         "不再报告，一处问题只报一次；被关闭或未运行的规则不影响本规则。")
            if info.yields_variants:
                parts.append(f"只有这类问题让位：{'；'.join(kinds or info.yields_variants)}。本规则的其他问题照常报告。")
    if yielded_by:
        parts.append(f"Rules that yield to it: {', '.join(yielded_by)}." if lang == "en"
                     else f"让位于本规则的：{'、'.join(yielded_by)}。")
    return " ".join(parts) if lang == "en" else "".join(parts)


def yielding_kinds(engine: Any, info: RuleInfo, lang: str) -> tuple[str, ...]:
    """The kinds of the rule's findings that yield, as a reader knows them: each its message in ``lang``, with what a
    finding fills in shown as ×× (… in English; quoted there); a kind the rule words no message for, by its name."""
    if not info.yields_variants:
        return ()
    rule = next((each for each in getattr(engine, "rules", ()) if each.info.id == info.id), None)
    blank = "…" if lang == "en" else "××"
    out = []
    for kind in info.yields_variants:
        template = rule.messages.get(kind) if rule is not None else None
        if template is None:
            out.append(kind)
            continue
        words = PLACEHOLDER.sub(blank, template.get(lang)).rstrip("。.")
        out.append(f'"{words}"' if lang == "en" else words)
    return tuple(out)


def _yielded_by(infos: list[RuleInfo]) -> dict[str, tuple[str, ...]]:
    """Each rule with the rules that yield to it."""
    out: dict[str, list[str]] = {}
    for info in infos:
        for other in info.yields_to:
            out.setdefault(other, []).append(info.id)
    return {rule_id: tuple(ids) for rule_id, ids in out.items()}


def preview_note(rule_id: str, lang: str) -> str:
    """What a preview rule is and how to turn it on (``rule_id``: the one named in the example)."""
    if lang == "en":
        return ("Preview rules are still on trial and may draw more false findings, so they do not run by default: "
                f"add --preview to ggtlint check, write preview: true in the configuration, or name the rule's full "
                f"id in --select (--select {rule_id}).")
    return ("预览规则尚在试用，误报可能较多，默认不运行：检查时加 --preview，或在配置文件中写 preview: true，"
            f"或在 --select 中写出规则的完整编号（--select {rule_id}）。")


def rules_json(engine: Any, off: frozenset[str] = frozenset()) -> str:
    """Every rule as JSON; ``enabled`` is false for those ``off`` names: switched off by the
    configuration, or preview rules while preview is off (``preview`` says which rules are)."""
    infos = engine.rule_infos()
    covered = sorted({ref for info in infos for ref in info.refs})
    return json.dumps({"rules": [{**_rule_dict(i), "enabled": i.id not in off} for i in infos],
                       "refs_covered": covered}, ensure_ascii=False, indent=2)


def rules_table(engine: Any, lang: str, off: frozenset[str] = frozenset(),
                waiting: frozenset[str] = frozenset()) -> None:
    """The rules as a terminal table; ``off``: switched off by select/ignore, ``waiting``: preview
    rules that do not run because preview is off."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="ggtlint 规则" if lang == "zh" else "ggtlint rules")
    for column in (("编号", "ID"), ("名称", "Name"), ("级别", "Severity"), ("对应", "Refs"), ("检查内容", "Checks")):
        table.add_column(column[1] if lang == "en" else column[0], overflow="fold")  # wrapped, never cut
    switched_off = " (off here)" if lang == "en" else "（本配置已关闭）"
    preview, not_on = (" (preview)", " (preview, not on)") if lang == "en" else ("（预览）", "（预览，未开启）")
    infos = engine.rule_infos()
    for info in infos:
        mark = (not_on if info.id in waiting else preview if info.preview else "") + (switched_off if info.id in off else "")
        yields = ((f" (yields to {', '.join(info.yields_to)})" if lang == "en" else f"（让位于 {'、'.join(info.yields_to)}）")
                  if info.yields_to else "")
        table.add_row(info.id, info.name + mark, info.level_words(lang), ",".join(info.refs),
                      escape(info.summary.get(lang) + yields))
    console = Console(highlight=False)
    console.print(table)
    previews = [info.id for info in infos if info.preview]
    if previews:
        console.print(escape(preview_note(previews[0], lang)))


def _example_yaml(example: Any) -> str:
    return yaml.safe_dump(example, allow_unicode=True, sort_keys=False, default_flow_style=False).rstrip()


# An example of {} is the packs' example table unchanged (rules/examples/base-*.yaml).
_BASE_PASSES = ("没有上面问题的表即合格，如规则示例所用的基础表（rules/examples/）。",
                "A table without the problem above passes, such as the base table of the rule examples (rules/examples/).")
_BASE_FAILS = ("规则示例所用的基础表本身（rules/examples/，未作改动）。",
               "The base table of the rule examples itself, unchanged (rules/examples/).")


def _shown_example(info: RuleInfo, kind: str) -> dict[str, Any] | None:
    """The example to show: the first that changes the base table ({} when only the base table
    is given), or None when there is none."""
    examples = info.examples.get(kind) or []
    return next((e for e in examples if e), {} if examples else None)


def _example_lines(example: dict[str, Any], lang: str) -> list[str] | None:
    """An example as a budget officer reads a table, one field or indicator a line
    ("产出指标 › 数量指标 › 培训人数：1200人左右", "年度资金总额：500000"); None when it is more
    than fields and indicators (several tables of a cross-table rule), shown as YAML instead."""
    from ggtlint.model import field_word

    colon = ": " if lang == "en" else "："
    unfilled, none = ("(not filled in)", "(none)") if lang == "en" else ("（未填）", "（没有）")
    lines: list[str] = []
    tables = example.get("corpus")
    if isinstance(tables, list) and len(example) == 1:  # a cross-table rule's tables, one after another
        for number, table in enumerate(tables, 1):
            own = _example_lines(table, lang) if isinstance(table, dict) else None
            if own is None:
                return None
            lines.append(f"Table {number}" if lang == "en" else f"表 {number}")
            lines += [f"  {line}" for line in own]
        return lines
    for key, value in example.items():
        if key == "base":
            continue  # which base table: the framework, said apart
        if key in ("project", "funds") and isinstance(value, dict):
            for field, item in value.items():
                if isinstance(item, (dict, list)):
                    return None
                try:
                    label = field_word(f"{key}.{field}", lang)
                except KeyError:
                    return None
                lines.append(f"{label}{colon}{unfilled if item is None else item}")
        elif key == "goal" and not isinstance(value, (dict, list)):
            lines.append(f"{field_word('goal', lang)}{colon}{unfilled if value is None else value}")
        elif key == "indicators" and isinstance(value, dict):
            for level1, groups in value.items():
                if not isinstance(groups, dict) or not groups:
                    lines.append(f"{level1}{colon}{none}")
                    continue
                for level2, rows in groups.items():
                    if not isinstance(rows, list) or not rows:
                        lines.append(f"{level1} › {level2}{colon}{none}")
                        continue
                    for row in rows:
                        if not isinstance(row, dict):
                            return None
                        unit = row.get("unit")
                        shown_unit = "" if unit is None else (f" (unit: {unit})" if lang == "en" else f"（计量单位：{unit}）")
                        lines.append(f"{level1} › {level2} › {row.get('name', '')}{colon}{row.get('value', '')}{shown_unit}")
        else:
            return None
    return lines


def _example_findings(engine: Any, info: RuleInfo, example: dict[str, Any]) -> list[Any]:
    """The rule's findings on one of its examples, as a run would report them."""
    import yaml as _yaml

    from ggtlint.engine.examples import _run_corpus, example_document
    from ggtlint.load import load_text

    if isinstance(example.get("corpus"), list):
        findings = _run_corpus(engine, example["corpus"], f"{info.id}-example")
    else:
        text = _yaml.safe_dump(example_document(example), allow_unicode=True, sort_keys=False)
        findings = engine.check_source(load_text(text, f"{info.id}-example.yaml")).findings
    return [finding for finding in findings if finding.rule_id == info.id]


def explain_rule(engine: Any, info: RuleInfo, lang: str, switched_off: bool = False,
                 preview_off: bool = False) -> None:
    """``preview_off``: a preview rule that does not run here because preview is off."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    en = lang == "en"
    console.print(f"[bold]{info.id}[/] {info.name}  ([cyan]{info.level_words(lang)}[/])"
                  + ("  [magenta]preview[/]" if en else "  [magenta]预览[/]") * info.preview)
    if info.preview:
        state = (("A preview rule, not run here. " if en else "这是一条预览规则，当前没有运行。") if preview_off
                 else ("A preview rule. " if en else "这是一条预览规则。") if switched_off
                 else ("A preview rule, run here. " if en else "这是一条预览规则，当前配置已开启它。"))
        console.print(escape(state + preview_note(info.id, lang)))
    if switched_off:
        console.print("The configuration here switches this rule off (select/ignore)." if en
                      else "当前配置（select/ignore）关闭了这条规则。")
    console.print()
    console.print(f"[bold]{'What it checks' if en else '检查内容'}[/]\n{escape(info.description.get(lang))}")
    console.print(f"\n[bold]{'Why' if en else '为什么'}[/]\n{escape(info.rationale.get(lang))}")
    if info.basis.get(lang):
        console.print(f"\n[bold]{'Basis' if en else '依据'}[/]\n{escape(info.basis.get(lang))}")
    found: list[Any] = []
    for kind, title in (("bad", ("不合格示例", "Bad example")), ("good", ("合格示例", "Good example"))):
        example = _shown_example(info, kind)
        if example is None:
            continue
        console.print(f"\n[bold]{title[1] if en else title[0]}[/]")
        lines = _example_lines(example, lang) if example else None
        if not example:
            console.print((_BASE_PASSES if kind == "good" else _BASE_FAILS)[en])
        elif lines is not None:
            console.print("\n".join(f"  {escape(line)}" for line in lines))
        else:
            console.print(escape(_example_yaml(example)))
        if kind == "bad" and engine is not None:
            found = _example_findings(engine, info, example)
            if found:  # what the check says of it, as a run would
                console.print(f"  [dim]{'→ reported as: ' if en else '→检查结果：'}[/]"
                              f"{escape(found[0].message(lang))}")
    # a fix per variant, a line each: the bad example's with its placeholders filled in, the
    # others with what a finding fills in shown as ×× (…)
    suggested = found[0].suggestion(lang) if found else ""
    lines = [suggested if suggested and "{" in line and _fills(line, suggested) else shown
             for line, shown in zip(info.fix.get(lang).split("\n"), info.fix_lines(lang))]
    fix = lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
    console.print(f"\n[bold]{'How to fix' if en else '修改方法'}[/]\n{escape(fix)}")
    autofix = autofix_text(info, lang)
    if autofix:
        console.print(f"\n[bold]{'Autofix' if en else '自动修复'}[/]\n{escape(autofix)}")
    if info.deterministic_note.zh:
        console.print(f"\n[bold]{'Limits' if en else '局限'}[/]\n{escape(info.deterministic_note.get(lang))}")
    yielded_by = _yielded_by(engine.rule_infos()).get(info.id, ()) if engine is not None else ()
    if info.yields_to or yielded_by:
        kinds = yielding_kinds(engine, info, lang) if engine is not None else ()
        console.print(f"\n[bold]{'Yields' if en else '让位'}[/]\n{escape(yields_note(info, lang, yielded_by, kinds))}")
    if engine is not None and info.frameworks != ("legacy", "fw2021"):
        console.print(f"\n{'Frameworks' if en else '适用指标体系'}: {', '.join(info.frameworks)}")


def autofix_text(info: RuleInfo, lang: str) -> str:
    """What ``check --fix`` corrects of the rule's findings, or "" (its check's FIXES, or the
    loader's for a load finding)."""
    from ggtlint.load.diagnostics import FIXES as LOAD_FIXES
    from ggtlint.primitives import PRIMITIVES

    primitive = PRIMITIVES.get(info.check)
    fixes = getattr(primitive, "FIXES", None) if primitive is not None else LOAD_FIXES.get(info.id)
    if not fixes:
        return ""
    index = 2 if lang == "en" else 1
    safe = [words[index] for words in fixes.values() if words[0]]
    unsafe = [words[index] for words in fixes.values() if not words[0]]
    if lang == "en":
        parts = [f"ggtlint check --fix corrects {', '.join(safe)}"] if safe else []
        if unsafe:
            parts.append(f"with --unsafe-fixes also {', '.join(unsafe)} (look at these first)")
        return "; ".join(parts) + "."
    parts = [f"ggtlint check --fix 自动改正：{'、'.join(safe)}"] if safe else []
    if unsafe:
        parts.append(f"加 --unsafe-fixes 另改：{'、'.join(unsafe)}（请先核对）")
    return "；".join(parts) + "。"


def rules_markdown(engine: Any, lang: str | None = None) -> str:
    """docs/rules.md: one section per rule, grouped by family (a test keeps it current). Both
    languages by default; ``lang`` "en" (``ggtlint --lang en rules -f markdown``) English only."""
    infos = engine.rule_infos()
    en = lang == "en"

    def both(zh: str, english: str, *, label: str = "") -> list[str]:
        """A text in both languages (Chinese, then English in italics), or the English alone."""
        if en:
            return [f"**{label}:** {english}" if label else english, ""]
        return [f"**{_ZH_LABELS.get(label, label)}**：{zh}" if label else zh, "",
                f"*{label}:* {english}" if label else f"*{english}*", ""]

    out = ["# ggtlint rules" if en else "# ggtlint 规则 / Rules", "",
           "Generated by `ggtlint rules --format markdown` from the rule packs; do not edit by hand.", ""]
    covered = sorted({ref for info in infos for ref in info.refs})
    out.append(f"{len(infos)} rules; domain reference rules covered: {len(covered)} ({', '.join(covered)}).")
    out.append("")
    previews = [info.id for info in infos if info.preview]
    if previews:
        out += both(f"{'、'.join(previews)}。" + preview_note(previews[0], "zh"),
                    f"{', '.join(previews)}. " + preview_note(previews[0], "en"), label="Preview rules")
    out.append("| ID | name | severity | refs | checks |")
    out.append("|---|---|---|---|---|")
    for info in infos:
        out.append(f"| [{info.id}](#{info.id.lower()}) | {info.name}{' (preview)' * info.preview} | "
                   f"{info.level_words('en', True)} | "
                   f"{', '.join(info.refs)} | {info.summary.en if en else info.summary.zh} |")
    out.append("")
    notes = [info for info in infos if info.deterministic_note.zh]
    if notes:
        out += ["## Judgement calls and limits" if en else "## 判断取舍与局限 / Judgement calls and limits", "",
                "Where a reference rule needed a judgement to avoid findings a budget officer would dismiss, "
                "or cannot be checked fully by a deterministic rule, the choice is recorded here.", ""]
        out += [f"- **{info.id}** {info.name}: {info.deterministic_note.en}" if en else
                f"- **{info.id}** {info.name}: {info.deterministic_note.zh} *{info.deterministic_note.en}*"
                for info in notes]
        out.append("")
    yielded_by = _yielded_by(infos)
    family = None
    for info in infos:
        if info.family != family:
            family = info.family
            zh, english = FAMILIES.get(family, (family, family))
            out += [f"## {family} — {english}" if en else f"## {family} — {zh} / {english}", ""]
        out += [f"### {info.id}", "",
                f"**{info.name}** · {info.level_words('en', True)}"
                + (f" · refs {', '.join(info.refs)}" if info.refs else "")
                + (f" · frameworks {', '.join(info.frameworks)}" if info.frameworks != ('legacy', 'fw2021') else "")
                + (" · **preview**" if en else " · **预览 / preview**") * info.preview, ""]
        out += both(info.description.zh, info.description.en, label="What it checks")
        out += both(info.rationale.zh, info.rationale.en, label="Why")
        if info.basis.zh:  # in plain words (the pack's "source" is its authors' shorthand)
            out += both(info.basis.zh, info.basis.en, label="Basis")
        elif info.source:
            out += [f"**依据 / Source**: {info.source}", ""]
        for kind, titles in (("bad", ("不合格示例 / Bad", "Bad")), ("good", ("合格示例 / Good", "Good"))):
            title = titles[1] if en else titles[0]
            example = _shown_example(info, kind)
            if example:
                out += [f"{title}:", "", "```yaml", _example_yaml(example), "```", ""]
            elif example is not None:
                out += [f"{title}: {_BASE_PASSES[1]}" if en else f"{title}: {_BASE_PASSES[0]} / {_BASE_PASSES[1]}", ""]
        if en:
            out += [f"**Fix:** {_markdown_lines(info.fix_lines('en'))}".replace(" \n", "\n"), ""]
        else:
            out += [f"**修改方法**：{_markdown_lines(info.fix_lines('zh'))}", "",
                    f"*Fix:* {_markdown_lines(info.fix_lines('en'))}".replace(" \n", "\n"), ""]
        if autofix_text(info, "zh"):
            out += both(autofix_text(info, "zh"), autofix_text(info, "en"), label="Autofix")
        if info.deterministic_note.zh:
            out += both(info.deterministic_note.zh, info.deterministic_note.en, label="Limits")
        if info.yields_to or info.id in yielded_by:
            out += both(yields_note(info, "zh", yielded_by.get(info.id, ()), yielding_kinds(engine, info, "zh")),
                        yields_note(info, "en", yielded_by.get(info.id, ()), yielding_kinds(engine, info, "en")),
                        label="Yields")
    return "\n".join(out).rstrip() + "\n"


# the section labels of docs/rules.md in Chinese
_ZH_LABELS = {"What it checks": "检查内容", "Why": "为什么", "Basis": "依据", "Limits": "局限",
              "Preview rules": "预览规则", "Autofix": "自动修复", "Yields": "让位"}


PACKS_DOC_START = "<!-- generated: python -m ggtlint.docs -->"
PACKS_DOC_END = "<!-- end of generated part -->"


def _schema_words(schema: dict[str, Any]) -> str:
    """A parameter's JSON Schema in a few words: its type or choices."""
    if "enum" in schema:
        return " / ".join(f"`{'null' if choice is None else choice}`" for choice in schema["enum"])  # as YAML writes it
    kind = schema.get("type", "any")
    if kind == "array":
        items = schema.get("items", {})
        return f"list of {_schema_words(items)}" if items else "list"
    if kind == "object":
        inner = schema.get("additionalProperties")
        return f"mapping of {_schema_words(inner)}" if isinstance(inner, dict) else "mapping"
    bounds = [f"≥ {schema['minimum']}" if "minimum" in schema else "", f"≤ {schema['maximum']}" if "maximum" in schema else ""]
    return f"{kind}" + (f" ({', '.join(b for b in bounds if b)})" if any(bounds) else "")


def _message_words(module: Any) -> list[str]:
    """A primitive's variants and the placeholders each gives its messages (its VARIANTS and
    PLACEHOLDERS, with what the engine adds to every finding of its scope)."""
    from ggtlint.engine.pack import SCOPE_PLACEHOLDERS, variant_placeholders

    engine = tuple(dict.fromkeys(name for scope in module.SCOPES for name in SCOPE_PLACEHOLDERS[scope]))
    by_variant = {variant: [name for name in names if name not in engine]
                  for variant, names in variant_placeholders(module).items()}

    def shown(names: Any) -> str:
        return ", ".join(f"`{{{name}}}`" for name in names) or "—"

    out = [f"variants: {', '.join(f'`{variant}`' for variant in by_variant)}", ""]
    if len({tuple(names) for names in by_variant.values()}) == 1:
        out.append(f"placeholders: {shown(next(iter(by_variant.values())))}; every finding also has {shown(engine)}.")
    else:
        out += [f"placeholders by variant; every finding also has {shown(engine)}:", "",
                "| variant | placeholders |", "|---|---|"]
        out += [f"| `{variant}` | {shown(names)} |" for variant, names in by_variant.items()]
    return out + [""]


def primitives_markdown() -> str:
    """The reference of every check primitive (its docstring and parameters) and lexicon file."""
    from ggtlint.primitives import PRIMITIVES
    from ggtlint.values.lexicon import lexicon_files

    out = [PACKS_DOC_START, "", "### 检查原语 / Check primitives", "",
           f"{len(PRIMITIVES)} primitives. `scope` is the selector scope the primitive works on; a rule's "
           "`params` are checked against the parameters listed (an unknown one is an error). `variants` are "
           "the kinds of finding it reports (the keys of a per-variant `message`), `placeholders` the "
           "`{names}` its findings fill in, for a message and `fix`; any other variant or placeholder stops "
           "the pack.", ""]
    for name, module in sorted(PRIMITIVES.items()):
        doc = (module.__doc__ or "").strip()
        out += [f"#### `{name}`", "", f"scope: {', '.join(f'`{scope}`' for scope in module.SCOPES)}", "", doc, ""]
        out += _message_words(module)
        schema = module.PARAMS_SCHEMA
        properties = schema.get("properties", {})
        if properties:
            required = set(schema.get("required", ()))
            out += ["| param | takes | required |", "|---|---|---|"]
            out += [f"| `{param}` | {_schema_words(spec)} | {'yes' if param in required else ''} |"
                    for param, spec in properties.items()]
        else:
            out.append("No parameters.")
        out.append("")
    out += ["### 词表文件 / Lexicon files", "",
            "A pack's `lexicons:` folder (or the configuration's `lexicons:`) may hold files of these names; "
            "each key is optional, lists are added to the built-in ones and mappings merged into them "
            "(see the comments at the top of each built-in file in `rules/lexicons/`).", "",
            "| file | keys |", "|---|---|"]
    out += [f"| `{file}` | {', '.join(f'`{key}` ({shape})' for key, shape in keys.items())} |"
            for file, keys in lexicon_files().items()]
    out += ["", PACKS_DOC_END]
    return "\n".join(out) + "\n"


def packs_doc_with_reference(text: str) -> str:
    """docs/packs.md with its generated part made again."""
    head, _, rest = text.partition(PACKS_DOC_START)
    _, _, tail = rest.partition(PACKS_DOC_END)
    return head + primitives_markdown().rstrip("\n") + tail


if __name__ == "__main__":  # python -m ggtlint.docs: refresh the generated part of docs/packs.md
    from pathlib import Path

    from ggtlint.engine.pack import builtin_pack_files
    from ggtlint.engine.snapshot import snapshot_path, snapshot_text

    path = Path(__file__).resolve().parents[2] / "docs" / "packs.md"
    path.write_text(packs_doc_with_reference(path.read_text(encoding="utf-8")), encoding="utf-8")
    # and the snapshot of the built-in packs' parse, which a start reads instead of their YAML
    snapshot_path().write_text(snapshot_text(builtin_pack_files()), encoding="utf-8")


def _fills(template: str, text: str) -> bool:
    """Whether ``text`` is ``template`` with its {placeholders} filled in."""
    pattern = "".join(".+?" if PLACEHOLDER.fullmatch(part) else re.escape(part)
                      for part in re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", template))
    return re.fullmatch(pattern, text, re.S) is not None


def _markdown_lines(lines: list[str]) -> str:
    """A fix for the Markdown page: one line as it is, a fix per variant as a list."""
    return lines[0] if len(lines) == 1 else "\n\n" + "\n".join(f"- {line}" for line in lines)

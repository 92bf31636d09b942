"""Build the table model from composed YAML nodes, validating the shape as it goes.

This is ggtlint's schema validator: it walks each document once, records the position of
every field under its JSON Pointer, and turns every shape problem into a LOAD finding with
a Chinese message. The published JSON Schema (``ggtlint schema``) describes the same shape
for editors; a test keeps the two in agreement.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable, TypeVar

import yaml

from ggtlint.findings import Finding
from ggtlint.fixes import Fix
from ggtlint.limits import LIMIT_WORDS, Limits
from ggtlint.load.diagnostics import LOAD_DIAGNOSTICS
from ggtlint.load.yamlparse import clip_text
from ggtlint.model import (FIELD_ZH, Category, Indicator, Span, Table, escape_pointer_token, node_span,
                           usable_amount)
from ggtlint.values.normalize import decimal_text
from ggtlint.lazyregex import lazy_pattern

T = TypeVar("T")
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_SAFE_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _NULL, _BOOL, "tag:yaml.org,2002:timestamp"})
_SAFE_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap"})

TOP_KEYS = ("version", "source", "project", "funds", "goal", "indicators")
PROJECT_TEXT_KEYS = ("name", "code", "category", "attribute", "period", "department", "implementer", "region", "title")
PROJECT_KEYS = PROJECT_TEXT_KEYS + ("year", "framework")
FUNDS_AMOUNT_KEYS = ("total", "fiscal", "other")
FUNDS_KEYS = ("unit",) + FUNDS_AMOUNT_KEYS + ("fiscal_sources",)
INDICATOR_TEXT_KEYS = ("name", "value", "unit", "nature", "note")
INDICATOR_KEYS = INDICATOR_TEXT_KEYS + ("weight",)
FRAMEWORKS = ("legacy", "fw2021")
MONEY_UNITS = ("元", "万元")

_AMOUNT_TEXT = lazy_pattern(r"^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$")
_SIXTEEN_DIGITS = lazy_pattern(r"[+-]?\d{16}")



class _Builder:
    """One document's walk. Collects the table and its LOAD findings."""

    def __init__(self, file: str, document: int, limits: Limits) -> None:
        self.file = file
        self.document = document
        self.limits = limits
        self.table = Table(file=file, document=document)
        self.findings: list[Finding] = []
        self._seen: set[int] = set()
        self._nodes = 0
        self._aliases = 0
        self.aborted = False

    # -- reporting -------------------------------------------------------------------
    def report(self, code: str, node: yaml.Node | None, pointer: str, zh: str, en: str, value: str = "",
               fix: tuple[str, str] | None = None, autofix: Fix | None = None) -> None:
        """A LOAD finding at ``node``; ``fix`` (Chinese, English) replaces the diagnostic's
        generic advice where this finding knows exactly what to write; ``autofix`` is the change
        ``check --fix`` makes."""
        diag = LOAD_DIAGNOSTICS[code]
        fix_zh, fix_en = fix if fix is not None else (diag.fix_zh, diag.fix_en)
        span = node_span(node) if node is not None else Span(1, 1, 1, 2)
        self.findings.append(Finding(
            rule_id=code, rule_name=diag.name, severity=diag.severity,
            message_zh=zh, message_en=en, file=self.file,
            line=span.line, column=span.column, end_line=span.end_line, end_column=span.end_column,
            path=pointer, table=self.table.project.name, document=self.document, value=value,
            suggestion_zh=fix_zh, suggestion_en=fix_en,
            extra={"fix": autofix.to_data()} if autofix is not None else {},
        ))

    def _visit(self, node: yaml.Node, pointer: str) -> bool:
        """Count nodes and shared (aliased) nodes; False once a limit is hit."""
        if self.aborted:
            return False
        self._nodes += 1
        if id(node) in self._seen:
            self._aliases += 1
        else:
            self._seen.add(id(node))
        if self._nodes > self.limits.max_nodes or self._aliases > self.limits.max_aliases:
            zh, en, attr = LIMIT_WORDS["nodes" if self._nodes > self.limits.max_nodes else "aliases"]
            limit = getattr(self.limits, attr)
            self.report("LOAD008", node, pointer,
                        f"文档的{zh}超过上限 {limit}，停止检查该文档。",
                        f"The document has more {en} than the limit of {limit}; it was not checked further.")
            self.aborted = True
            return False
        tag = node.tag
        safe = _SAFE_SCALAR_TAGS if isinstance(node, yaml.ScalarNode) else _SAFE_COLLECTION_TAGS
        if tag not in safe:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            # "value: !重要" is text typed with a leading "!", not a type: say how to keep it
            written = f"{shown} {node.value}".strip() if isinstance(node, yaml.ScalarNode) else ""
            quote_zh = (f"如果“!”是值的一部分，请给整个值加引号（如 \"{clip_text(written)}\"）。"
                        if written and tag.startswith("!") and not tag.startswith("!!") else "")
            quote_en = (f" If the '!' is part of a value, put the whole value in quotes (\"{clip_text(written)}\")."
                        if quote_zh else "")
            self.report("LOAD010", node, pointer,
                        f"有以“!”开头的特殊写法 {shown}（可能被用来执行程序），出于安全原因不予读取。{quote_zh}",
                        f"Special notation {shown}, starting with '!' (it could be used to run programs): "
                        f"not read, for safety.{quote_en}", value=tag)
            return False
        return True

    def _type_error(self, node: yaml.Node, pointer: str, key: str, want_zh: str, want_en: str) -> None:
        label = FIELD_ZH.get(key)
        named = f"“{label}”（{key}）" if label else f"“{key}”"  # category names are already Chinese
        got = _describe(node)
        self.report("LOAD005", node, pointer,
                    f"{named}应为{want_zh}，实际是{got[0]}。",
                    f"'{key}' should be {want_en}, got {got[1]}.", value=_scalar_text(node))

    def _mapping_items(self, node: yaml.MappingNode, pointer: str, allowed: tuple[str, ...] | None,
                       quiet_duplicates: bool = False):
        """Yield (key, key_node, value_node, child_pointer); report duplicates (unless
        ``quiet_duplicates``: already said otherwise) and unknown keys. The first of repeated
        keys is the one read."""
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.report("LOAD005", key_node, pointer, "字段名必须是文本。", "Keys must be text.")
                continue
            key = key_node.value
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in seen:
                first = seen[key].start_mark.line + 1
                if not quiet_duplicates:
                    self.report("LOAD011", key_node, child,
                                f"“{key}”在同一层重复出现（第 {first} 行已有）：只读取第 {first} 行的内容，"
                                f"这里的内容被忽略，没有检查。请合并成一处或删去一处。",
                                f"'{key}' appears twice at this level (first on line {first}): only line {first}'s "
                                "is read; this one is ignored and was not checked. Merge the two or remove one.",
                                value=key)
                continue
            seen[key] = key_node
            if allowed is not None and key not in allowed:
                bare = key.strip()
                if bare in allowed:  # "　name": a full-width space the parser took for part of the key
                    wide = "全角空格“　”" if "\u3000" in key else "空格"
                    self.report("LOAD006", key_node, child,
                                f"字段名“{key}”前后多了{wide}，其内容不会被检查：请删去，写成“{bare}”（缩进只能用半角空格）。",
                                f"The key '{key}' has blanks around it"
                                + (" (a full-width space, U+3000, is not indentation)" if "\u3000" in key else "")
                                + f"; its content is not checked: write '{bare}'.", value=key,
                                autofix=Fix(child, key, bare, key=True))
                    continue
                hint = closest(key, allowed)
                named = None if hint else field_by_words(key, allowed)
                if named:  # the field in the printed table's words (年度总体目标), or in a developer's (budget_year)
                    zh_tail, en_tail = (f"：这一栏在目标文件中写作“{named}”。", f": the format writes this field as '{named}'.")
                elif hint:
                    zh_tail, en_tail = f"；是否应为“{hint}”？", f" (did you mean '{hint}'?)"
                else:
                    zh_tail, en_tail = "。", "."
                # the key renamed: sure for a field named in other words, a guess for a spelling slip
                self.report("LOAD006", key_node, child, f"未知字段“{key}”，其内容不会被检查{zh_tail}",
                            f"Unknown key '{key}'; its content is not checked{en_tail}", value=key,
                            autofix=Fix(child, key, named or hint, safe=bool(named), key=True) if named or hint else None)
                continue
            self.table.key_positions[child] = key_node
            yield key, key_node, value_node, child

    # -- typed fields ----------------------------------------------------------------
    def _typed(self, node: yaml.Node, pointer: str, key: str, convert: Callable[[yaml.ScalarNode], T],
               want_zh: str, want_en: str) -> T | None:
        """A scalar field: its position recorded, null as None, else ``convert`` or a LOAD005."""
        if not self._visit(node, pointer):
            return None
        self.table.positions[pointer] = node
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _NULL:
                return None
            try:
                return convert(node)
            except ValueError:
                pass
        self.table.unread.add(pointer)
        self._type_error(node, pointer, key, want_zh, want_en)
        return None

    def text(self, node: yaml.Node, pointer: str, key: str) -> str | None:
        return self._typed(node, pointer, key, _as_text, "文本", "text")

    def amount(self, node: yaml.Node, pointer: str, key: str) -> Decimal | None:
        return self._typed(node, pointer, key, _as_amount, "数字金额（如 300000.00）", "a number (e.g. 300000.00)")

    def money(self, node: yaml.Node, pointer: str, key: str, written: str, unit: str | None) -> Decimal | None:
        """An amount in ``funds`` (``written`` is its key as typed, ``unit`` funds.unit as typed):
        one written with its unit ("30万", "300000元") is told what to write instead, in the
        unit the table declares, since the generic advice does not say how 万 is written."""
        count = len(self.findings)
        amount = self.amount(node, pointer, key)
        if len(self.findings) == count + 1 and self.findings[-1].rule_id == "LOAD005":
            advice = _money_advice(_scalar_text(node), written, unit)
            if advice is not None:
                finding = self.findings[-1]
                finding.message_zh = finding.message_zh.rstrip("。") + f"：{advice[0]}"
                finding.message_en = finding.message_en.rstrip(".") + f": {advice[1]}"
                finding.suggestion_zh, finding.suggestion_en = advice[2], advice[3]
                if isinstance(node, yaml.ScalarNode):  # the number in the table's unit: the same amount exactly
                    finding.extra["fix"] = Fix(pointer, node.value, advice[4]).to_data()
        return amount

    def integer(self, node: yaml.Node, pointer: str, key: str) -> int | None:
        return self._typed(node, pointer, key, _as_integer, "整数（如 2023）", "an integer (e.g. 2023)")

    def mapping(self, node: yaml.Node, pointer: str, key: str) -> yaml.MappingNode | None:
        if not self._visit(node, pointer):
            return None
        self.table.positions[pointer] = node
        if isinstance(node, yaml.MappingNode):
            return node
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return None
        self._type_error(node, pointer, key, "一组“字段: 值”行", "a mapping")
        return None

    # -- sections --------------------------------------------------------------------
    def build(self, root: yaml.Node) -> Table | None:
        safe = _SAFE_SCALAR_TAGS if isinstance(root, yaml.ScalarNode) else _SAFE_COLLECTION_TAGS
        if root.tag not in safe:
            # say "unsafe tag" rather than "not a table" for e.g. a tagged !!python/object document
            self._visit(root, "")
            return None
        if not isinstance(root, yaml.MappingNode):
            got = _describe(root)
            pdf_text = isinstance(root, yaml.ScalarNode) and self.file.lower().endswith(".txt")
            self.report("LOAD004", root, "",
                        f"文档是{got[0]}，不是绩效目标表（应为含 project、funds、goal、indicators 的一组“字段: 值”）。"
                        + ("若是从 PDF 提取的文本，请加 --text-input 检查。" if pdf_text else ""),
                        f"The document is {got[1]}, not a target table (a mapping with project, funds, goal, indicators)."
                        + (" If it is text extracted from a PDF, check it with --text-input." if pdf_text else ""))
            return None
        keys = {k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
        if not keys & {"project", "indicators", "funds", "goal"}:
            self.report("LOAD004", root, "",
                        "文档不是绩效目标表：没有 project、funds、goal 或 indicators 字段。",
                        "The document is not a target table: it has no project, funds, goal or indicators.")
            return None
        if not self._visit(root, ""):
            return None
        self.table.positions[""] = root
        second = self._second_table(root)
        sections = {}
        for key, key_node, value_node, child in self._mapping_items(root, "", TOP_KEYS, second is not None):
            if second is not None and key_node.start_mark.line >= second:
                continue  # the second table, even its sections the first lacks, is not read into the first
            sections[key] = (value_node, child)
        for required in ("project", "indicators"):
            if required not in sections:
                self.report("LOAD005", root, "",
                            f"缺少“{FIELD_ZH[required]}”（{required}）部分。",
                            f"The '{required}' section is missing.")
        if "version" in sections:
            node, pointer = sections["version"]
            version = self.integer(node, pointer, "version")
            if version is not None and version != 1:
                self.report("LOAD005", node, pointer, f"不支持的格式版本 {version}，本版本只读 1。",
                            f"Unsupported format version {version}; this ggtlint reads version 1.")
        if "source" in sections:
            self.table.source = self.text(*sections["source"], "source")
        if "project" in sections:
            self._project(*sections["project"])
        if "funds" in sections:
            self._funds(*sections["funds"])
        if "goal" in sections:
            self.table.goal = self.text(*sections["goal"], "goal")
        if "indicators" in sections:
            self._indicators(*sections["indicators"])
        for finding in self.findings:
            finding.table = self.table.project.name
        return None if self.aborted else self.table

    def _second_table(self, root: yaml.MappingNode) -> int | None:
        """Where a second table pasted under the first with no "---" between them starts (two or
        more of project, funds, goal, indicators again at the top level; its 0-based line), or None;
        it is said once, there, instead of one duplicate-key finding per section."""
        seen: set[str] = set()
        repeated: list[yaml.ScalarNode] = []
        for key_node, _value in root.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            if key_node.value in seen:
                repeated.append(key_node)
            seen.add(key_node.value)
        sections = [k.value for k in repeated if k.value in ("project", "funds", "goal", "indicators")]
        if len(set(sections)) < 2:
            return None
        start = min(repeated, key=lambda k: (k.start_mark.line, k.start_mark.column))
        line = start.start_mark.line + 1
        names = list(dict.fromkeys(k.value for k in repeated))
        self.report("LOAD011", start, f"/{escape_pointer_token(start.value)}",
                    f"从第 {line} 行起像是第二张绩效目标表（{'、'.join(names)} 在文件顶层又出现了一次），但两张表之间没有用“---”隔开，"
                    f"只读取了第一张：第二张表没有被检查。请在第二张表开头（第 {line} 行之前）单独加一行 ---。",
                    f"From line {line} on this looks like a second target table ({', '.join(names)} "
                    "appear again at the top level) with no '---' between the two: only the first table was read, and "
                    f"the second was not checked. Put a line '---' on its own before the second table (above line {line}).",
                    value=start.value,
                    fix=("一个文件中放多张表时，每两张表之间单独写一行 ---。",
                         "In a file holding several tables, put a line '---' between each two."))
        return start.start_mark.line

    def _project(self, node: yaml.Node, pointer: str) -> None:
        mapping = self.mapping(node, pointer, "project")
        if mapping is None:
            return
        project = self.table.project
        for key, _k, value_node, child in self._mapping_items(mapping, pointer, PROJECT_KEYS):
            if key == "year":
                project.year = self.integer(value_node, child, key)
            elif key == "framework":
                framework = self.text(value_node, child, key)
                if framework is not None and framework not in FRAMEWORKS:
                    self.report("LOAD005", value_node, child,
                                f"指标体系应为 legacy（旧版）或 fw2021（财预〔2021〕101号），实际是“{framework}”。",
                                f"framework must be legacy or fw2021, got '{framework}'.", value=framework)
                    framework = None
                project.framework = framework
            else:
                setattr(project, key, self.text(value_node, child, key))

    def _funds(self, node: yaml.Node, pointer: str) -> None:
        mapping = self.mapping(node, pointer, "funds")
        if mapping is None:
            return
        funds = self.table.funds
        # the unit as written, wherever it stands: an amount above it is advised in it too
        declared = next((v.value.strip() for k, v in mapping.value if isinstance(k, yaml.ScalarNode)
                         and k.value == "unit" and isinstance(v, yaml.ScalarNode)), None)
        for key, _k, value_node, child in self._mapping_items(mapping, pointer, FUNDS_KEYS):
            if key == "unit":
                unit = self.text(value_node, child, key)
                if unit is not None and unit.strip() not in MONEY_UNITS:
                    self.report("LOAD005", value_node, child,
                                f"金额单位应为“元”或“万元”，实际是“{unit}”。",
                                f"funds.unit must be 元 or 万元, got '{unit}'.", value=unit)
                elif unit is not None:
                    funds.unit = unit.strip()
            elif key == "fiscal_sources":
                sources = self.mapping(value_node, child, key)
                if sources is None:
                    continue
                for name, _kn, amount_node, amount_ptr in self._mapping_items(sources, child, None):
                    funds.fiscal_sources[name] = self.money(amount_node, amount_ptr, key, name, declared)
            else:
                setattr(funds, key, self.money(value_node, child, key, key, declared))

    def _indicators(self, node: yaml.Node, pointer: str) -> None:
        mapping = self.mapping(node, pointer, "indicators")
        if mapping is None:
            return
        for level1, _k1, level2_node, l1_ptr in self._mapping_items(mapping, pointer, None):
            self.table.level1_order.append(level1)
            level2_map = self.mapping(level2_node, l1_ptr, level1)
            if level2_map is None:
                continue
            for level2, _k2, rows_node, l2_ptr in self._mapping_items(level2_map, l1_ptr, None):
                self.table.categories.append(Category(level1, level2, l2_ptr))
                if not self._visit(rows_node, l2_ptr):
                    continue
                self.table.positions[l2_ptr] = rows_node
                if isinstance(rows_node, yaml.ScalarNode) and rows_node.tag == _NULL:
                    continue
                if not isinstance(rows_node, yaml.SequenceNode):
                    self._type_error(rows_node, l2_ptr, level2, "三级指标列表（- name: … value: …）",
                                     "a list of indicators (- name: … value: …)")
                    continue
                for index, row in enumerate(rows_node.value):
                    self._indicator(row, level1, level2, f"{l2_ptr}/{index}")

    def _indicator(self, row: yaml.Node, level1: str, level2: str, pointer: str) -> None:
        if not self._visit(row, pointer):
            return
        self.table.positions[pointer] = row
        if not isinstance(row, yaml.MappingNode):
            self._type_error(row, pointer, "indicator", "含 name（名称）和 value（指标值）的一组“字段: 值”", "a mapping with name and value")
            return
        fields: dict[str, object] = {}
        for key, _k, value_node, child in self._mapping_items(row, pointer, INDICATOR_KEYS):
            if key == "weight":
                fields[key] = self.amount(value_node, child, key)
            elif key in ("name", "value"):
                fields[key] = self._indicator_text(value_node, child, key)
            else:
                fields[key] = self.text(value_node, child, key)
        missing = [key for key in ("name", "value") if key not in fields]
        if missing:
            names = "、".join(f"{FIELD_ZH[k]}（{k}）" for k in missing)
            self.report("LOAD005", row, pointer, f"三级指标缺少{names}。",
                        f"The indicator has no {' or '.join(missing)}.")
            return
        self.table.indicators.append(Indicator(
            level1=level1, level2=level2,
            name=fields["name"] or "", value=fields["value"] or "",  # type: ignore[arg-type]
            pointer=pointer, unit=fields.get("unit"), nature=fields.get("nature"),  # type: ignore[arg-type]
            weight=fields.get("weight"), note=fields.get("note"),  # type: ignore[arg-type]
        ))

    def _indicator_text(self, node: yaml.Node, pointer: str, key: str) -> str:
        """Names and values: any scalar is kept as its source text (``value: 100`` is "100")."""
        return self.text(node, pointer, key) or ""


def build_tables(documents: list[yaml.Node], file: str, limits: Limits) -> tuple[list[Table], list[Finding]]:
    """Every table in a file's documents, plus the LOAD findings of the ones that failed."""
    tables: list[Table] = []
    findings: list[Finding] = []
    for index, root in enumerate(documents):
        builder = _Builder(file, index, limits)
        table = builder.build(root)
        findings.extend(builder.findings)
        if table is not None:
            tables.append(table)
    return tables, findings


# an amount written with its unit, as on paper: "30万", "30 万元", "300000元", "1,600,000.00元"
_AMOUNT_WITH_UNIT = lazy_pattern(r"\s*(?P<number>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>万元|万|元)\s*")


def _money_advice(text: str, key: str, unit: str | None) -> tuple[str, str, str, str, str] | None:
    """(message zh, message en, fix zh, fix en, the number to write) for an amount written with 万 or
    元 after it, in the unit the table declares (funds.unit, 元 when absent); None for anything else."""
    import unicodedata

    match = _AMOUNT_WITH_UNIT.fullmatch(unicodedata.normalize("NFKC", text))
    if match is None:
        return None
    try:
        number = Decimal(match.group("number").replace(",", ""))
    except InvalidOperation:
        return None
    yuan = number * 10000 if match.group("unit") != "元" else number
    in_wan = unit == "万元"
    if in_wan:
        fix = (f"表中已写 unit: 万元，金额只写数字：{key}: {decimal_text(yuan / 10000)}。",
               f"The table already says unit: 万元, so write the number only: {key}: {decimal_text(yuan / 10000)}.")
    elif match.group("unit") == "元":
        fix = (f"去掉“元”，只写数字：{key}: {decimal_text(yuan)}（单位由 unit: 元 给出）。",
               f"Drop the 元 and write the number only: {key}: {decimal_text(yuan)} (unit: 元 gives the unit).")
    elif unit is None:
        fix = (f"写数字 {key}: {decimal_text(yuan)}（按元），或在 funds 下加一行 unit: 万元 并写 {key}: {decimal_text(yuan / 10000)}。",
               f"Write the number {key}: {decimal_text(yuan)} (in 元), or add unit: 万元 under funds and write {key}: "
               f"{decimal_text(yuan / 10000)}.")
    else:  # the table's unit is 元: so is the figure; or every amount goes over to 万元
        fix = (f"写数字 {key}: {decimal_text(yuan)}（表中 unit: 元），或把 unit 改为 万元 并写 {key}: {decimal_text(yuan / 10000)}"
               "（其他金额也都按万元写）。",
               f"Write the number {key}: {decimal_text(yuan)} (the table says unit: 元), or change unit to 万元 and write "
               f"{key}: {decimal_text(yuan / 10000)} (with every other amount in 万元 too).")
    return ("金额只写数字，单位（元或万元）写在 funds 的 unit 中",
            "write the amount as a number only; its unit (元 or 万元) goes in funds' unit", *fix,
            decimal_text(yuan / 10000 if in_wan else yuan))


def _as_text(node: yaml.ScalarNode) -> str:
    return node.value


def _as_amount(node: yaml.ScalarNode) -> Decimal:
    if node.tag in (_INT, _FLOAT) or (node.tag == _STR and _AMOUNT_TEXT.match(node.value)):
        text = node.value.replace(",", "").replace("_", "").strip()
        try:
            amount = Decimal(text)
        except InvalidOperation:
            pass
        else:
            # at most 15 digits before the point, as the schema says ("0000000000000001" too)
            if usable_amount(amount) and not _SIXTEEN_DIGITS.match(text):
                return amount
    raise ValueError(node.value)


def _as_integer(node: yaml.ScalarNode) -> int:
    text = node.value.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    raise ValueError(node.value)


def _describe(node: yaml.Node) -> tuple[str, str]:
    if isinstance(node, yaml.MappingNode):
        return "一组“字段: 值”", "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return ("方括号 [ ] 写成的列表" if node.flow_style else "以“-”开头的列表"), "a list"
    if node.tag == _NULL:
        return "空值", "null"
    if node.tag in (_INT, _FLOAT):
        digits = sum(character.isdigit() for character in node.value)
        if digits > 15:  # no amount of a budget: said by its length, not printed whole
            shown = clip_text(node.value, 20)
            return f" {digits} 位的数字 {shown}", f"a number of {digits} digits, {shown}"
        return f"数字 {node.value}", f"the number {node.value}"
    if node.tag == _BOOL:
        return f"是/否值 {node.value}", f"the boolean {node.value}"
    return f"文本“{clip_text(node.value, 20)}”", f"the text '{clip_text(node.value, 20)}'"


def _scalar_text(node: yaml.Node) -> str:
    return node.value if isinstance(node, yaml.ScalarNode) else ""


# What else officers and developers call a field, besides the printed table's label (FIELD_ZH)
_FIELD_WORDS = {"year": ("年度", "budget_year", "budgetyear", "fiscal_year"),
                "name": ("项目名称", "project_name", "指标名称", "三级指标", "三级指标名称"),
                "value": ("目标值", "年度指标值", "指标目标值"), "weight": ("分值", "指标分值", "权重分值"),
                "unit": ("计量单位", "度量单位"), "department": ("部门", "预算部门", "主管单位"),
                "implementer": ("执行单位", "项目实施单位"), "code": ("项目代码", "项目编号"),
                "total": ("资金总额", "总额", "合计"), "fiscal": ("财政资金",), "other": ("自筹资金",),
                "goal": ("总体目标", "年度目标", "绩效目标"), "indicators": ("指标",), "category": ("项目类型",),
                "title": ("标题",)}


def field_by_words(key: str, allowed: Iterable[str]) -> str | None:
    """The field a key names in other words (预算年度, budget_year: ``year``), among ``allowed``;
    None when it names none of them, or several."""
    bare = key.strip().lower().replace(" ", "_").replace("-", "_")
    named = {field for field in allowed
             if bare in _FIELD_WORDS.get(field, ()) or bare == FIELD_ZH.get(field)}
    return named.pop() if len(named) == 1 else None


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known name ``word`` most likely misspells, for an error message (a field name, a
    rule id, a category in a rule pack)."""
    import difflib

    match = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return match[0] if match else None

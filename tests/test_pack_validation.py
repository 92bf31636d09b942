"""A pack's mistakes that used to pass silently stop it at load, with file, line and field:
message variants and placeholders the check primitive does not have (each primitive declares
VARIANTS and PLACEHOLDERS), selector names nobody knows or keys its scope ignores, a broken
message block, an override of a rule that does not exist."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.engine.examples import _run_corpus, example_document, run_examples
from ggtlint.engine.pack import (SCOPE_PLACEHOLDERS, PackError, load_pack,
                                 variant_placeholders)
from ggtlint.load import load_file, load_text
from ggtlint.primitives import PRIMITIVES

from conftest import ROOT, SEED_DIR, run_ggtlint

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# -- the declarations ---------------------------------------------------------------------------

def test_every_primitive_declares_its_variants_and_placeholders() -> None:
    for name, module in PRIMITIVES.items():
        variants = module.VARIANTS
        assert isinstance(variants, tuple) and variants and len(set(variants)) == len(variants), name
        assert all(re.match(r"^[a-z][a-z0-9_]*$", v) for v in variants), name  # a message key the schema allows
        declared = module.PLACEHOLDERS
        if isinstance(declared, dict):
            assert list(declared) == list(variants), name  # one entry per variant, in the same order
        else:
            assert isinstance(declared, tuple), name
        for variant, names in variant_placeholders(module).items():
            assert names and all(_IDENTIFIER.match(n) for n in names) and len(set(names)) == len(names), (name, variant)


def test_builtin_packs_pass_the_checks_user_packs_get_selectors_included(builtin_packs_both_ways) -> None:  # type: ignore[no-untyped-def]
    """Loaded as a user's pack is (every check of this file), a built-in pack gives the same
    rules: its messages use only declared variants and placeholders, its selectors only
    standard category names (what the engine compares rows with) and known kinds."""
    for path, checked, trusted in builtin_packs_both_ways:  # loaded once for this and test_rule_examples
        assert [(r.info.id, r.selector, r.messages) for r in checked.rules] == \
            [(r.info.id, r.selector, r.messages) for r in trusted.rules], path.name


def test_trusted_packs_skip_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up stays cheap: the built-in packs are checked here, not at every run."""
    import ggtlint.engine.pack as pack_module

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("checked at load")

    monkeypatch.setattr(pack_module, "_check_messages", refuse)
    monkeypatch.setattr(pack_module, "_checked_selector", refuse)
    Engine.build(Config())


# Tables that make the variants the built-in examples and fixtures do not: each a fragment of
# the example base table (rules/examples/), as a rule example is.
_MORE = [
    # an event's deadline with its year, before the budget year (deadline-in-year's "year_before")
    {"indicators": {"产出指标": {"时效指标": [{"name": "防汛物资储备时间", "value": "2022年汛期前"}]}}},
    {"indicators": {"奇怪一级": {"数量指标": [{"name": "宣传人数", "value": "≥10人"}]},
                    "产出指标": {"奇怪二级": [{"name": "宣传场次", "value": "≥10场"}]}}},
    {"project": {"title": "某市2022年项目支出绩效目标表"},
     "indicators": {"产出指标": {"时效指标": [{"name": "补贴发放完成时间", "value": "2022年12月31日前"}]}}},
    {"indicators": {"效益指标": {"社会效益指标": [], "可持续影响指标": []}, "产出指标": {"质量指标": []}}},
    {"indicators": {"产出指标": {"数量指标": [{"name": "", "value": "≥2000人次"},
                                            {"name": "培训班开班场次", "value": ""}]}}},
    {"indicators": {"满意度指标": {"服务对象满意度指标": [{"name": "培训对象满意度", "value": "＝90%"}]}}},
    {"goal": "2023年按排职业技能培训2000人次，培训合格率达到90%以上，带动就业1200人。",
     "indicators": {"产出指标": {"数量指标": [{"name": "按排培训人次", "value": "≥2000人次"},
                                            {"name": "培训培训班次", "value": "≥40场"},
                                            {"name": "（职业技能培训场次", "value": "≥40场"}]}}},
]
_MORE_CORPUS = [[{"project": {"name": f"就业补助资金{n}", "department": "某市人力资源和社会保障局"},
                  "indicators": {"产出指标": {"数量指标": [{"name": "校园招聘补贴人数", "value": "≥15000人"}]}}}
                 for n in range(3)]]


def _hits_by_variant(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], list[frozenset[str]]]:
    """(primitive, variant) -> the placeholder names of each hit made on the built-in rules'
    examples, the fixture tables and the tables above."""
    seen: dict[tuple[str, str], list[frozenset[str]]] = defaultdict(list)
    original = Engine._make_finding

    def record(self: Engine, rule: Any, hit: Any, values: Any, *args: Any) -> Any:
        seen[(rule.check, hit.variant)].append(frozenset(hit.values))
        # the level a kind of finding has is the one its check declares (rules, explain and the
        # review page list the levels from the declaration)
        assert hit.severity == getattr(PRIMITIVES[rule.check], "LEVELS", {}).get(hit.variant), (rule.check, hit.variant)
        finding = original(self, rule, hit, values, *args)
        texts = (finding.message_zh, finding.message_en, finding.suggestion_zh or "", finding.suggestion_en or "")
        assert not any(re.search(r"\{[A-Za-z_]\w*\}", text) for text in texts), (rule.info.id, hit.variant, texts)
        return finding

    monkeypatch.setattr(Engine, "_make_finding", record)
    engine = Engine.build(Config(preview=True))  # a check only a preview rule uses (TIME008's) is declared too
    for rule in engine.rules:
        assert all(result.ok for result in run_examples(engine, rule.info)), rule.info.id
    digests = []
    for path in sorted(SEED_DIR.glob("*.yaml")) + sorted((ROOT / "fixtures" / "sectors").glob("*.yaml")):
        digests += engine.check_source(load_file(path)).digests
    list(engine.check_corpus(digests))
    for index, fragment in enumerate(_MORE):
        text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
        engine.check_source(load_text(text, f"more-{index}.yaml"))
    for tables in _MORE_CORPUS:
        _run_corpus(engine, tables, "more-corpus")
    # a budget year given to the run that is not the table's own (year-mismatch's "overridden")
    Engine.build(Config(budget_year=2024)).check_source(load_file(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"))
    # the 2021 framework asked of the run (not said by the table) over 成本 under 产出 ("legacy_cost")
    Engine.build(Config(framework="fw2021")).check_source(load_file(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"))
    return seen


def test_the_declarations_are_what_the_hits_give(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every finding of the built-in rules on their examples has its placeholders filled; each
    hit's variant is declared, and its names are the declared ones: none missing (a message
    using it would be refused) and none declared that no hit of the variant gives (a message
    using it would print it as written). Every variant of every primitive is made at least once."""
    seen = _hits_by_variant(monkeypatch)
    for (name, variant), hits in seen.items():
        module = PRIMITIVES[name]
        assert variant in module.VARIANTS, (name, variant)
        declared = set(variant_placeholders(module)[variant])
        for names in hits:
            assert names <= declared, (name, variant, sorted(names - declared))
        # A variant whose names depend on the params (sum-matches' default over its modes,
        # amount-limit's over its modes) declares what some hit gives: the union over the rules.
        given = frozenset().union(*hits)
        assert declared <= given, (name, variant, sorted(declared - given))
    unseen = [(name, variant) for name, module in PRIMITIVES.items() for variant in module.VARIANTS
              if (name, variant) not in seen]
    assert unseen == []


def test_the_reference_in_packs_md_lists_variants_and_placeholders() -> None:
    from ggtlint.docs import primitives_markdown

    reference = primitives_markdown()
    for name, module in PRIMITIVES.items():
        section = reference.split(f"#### `{name}`", 1)[1].split("#### ", 1)[0]
        assert "variants: " + ", ".join(f"`{v}`" for v in module.VARIANTS) in section, name
        scope_names = {n for scope in module.SCOPES for n in SCOPE_PLACEHOLDERS[scope]}
        for names in variant_placeholders(module).values():
            assert all(f"`{{{n}}}`" in section for n in set(names) | scope_names), name
    satisfaction = reference.split("#### `satisfaction-target`", 1)[1].split("#### ", 1)[0]
    assert "| `wrong_op` | `{name}`, `{value}`, `{level1}`, `{level2}`, `{min}`, `{op}` |" in satisfaction


# -- a user's pack ---------------------------------------------------------------------------------

_PACK = """pack: {{name: bureau, version: "1"}}
rules:
  - id: BUR001
    name: bureau-rule
    severity: warning
    selector: {selector}
    check: {check}
    params: {params}
    message: {message}
    summary: {{zh: 本局规则。, en: Bureau rule.}}
    rationale: {{zh: 本局要求。, en: Bureau policy.}}
    fix: {fix}
"""
_VISITS = dict(selector="{scope: indicator, level2: [数量指标]}", check="forbid-terms",
               params="{field: name, match: any, terms: [走访]}",
               message='{zh: "“{name}”含“{terms}”。", en: "{name} contains {terms}."}',
               fix="{zh: 写可计数的对象。, en: Name what is counted.}")
_SATISFACTION = dict(_VISITS, selector="{scope: indicator, level2: [服务对象满意度指标]}", check="satisfaction-target",
                     params="{min: 90}")


def _write(tmp_path: Path, **fields: str) -> Path:
    path = tmp_path / "bureau.yaml"
    path.write_text(_PACK.format(**{**_VISITS, **fields}), encoding="utf-8")
    return path


def _refused(tmp_path: Path, **fields: str) -> PackError:
    with pytest.raises(PackError) as caught:
        load_pack(_write(tmp_path, **fields))
    return caught.value


def test_a_placeholder_the_check_does_not_give_stops_the_pack(tmp_path: Path) -> None:
    """“{name}”含“{foo}” loaded and printed {foo} as written."""
    error = _refused(tmp_path, message='{zh: "“{name}”含“{foo}”。", en: "{name} contains {terms}."}')
    assert (error.line, error.field) == (9, "/rules/0/message/zh")
    assert error.message.startswith("消息中的占位符 {foo} 不是检查原语 forbid-terms 提供的")
    assert "{name}、{value}、{level1}、{level2}、{terms}、{note}、{project}、{year}" in error.message
    assert error.message_en.startswith("placeholder {foo} in the message is not given by check primitive forbid-terms")
    error = _refused(tmp_path, message='{zh: "“{name}”含“{terms}”。", en: "{name} contains {term}."}')
    assert error.field == "/rules/0/message/en" and "did you mean {terms}?" in error.message_en
    error = _refused(tmp_path, fix='{zh: "改为{suggested}", en: "Write {suggested}."}')
    assert (error.line, error.field) == (12, "/rules/0/fix/zh")
    assert error.message.startswith("修改方法中的占位符 {suggested}") and "in the fix" in error.message_en


def test_a_misspelt_variant_stops_the_pack(tmp_path: Path) -> None:
    """below_mn: was accepted, and its findings took another variant's message."""
    message = ('\n      below_mn: {zh: "“{name}”低于{min}%。", en: "{name} is below {min}%."}'
               '\n      no_op: {zh: "“{name}”缺少比较符。", en: "{name} has no operator."}')
    error = _refused(tmp_path, **{**_SATISFACTION, "message": message})
    assert (error.line, error.field) == (10, "/rules/0/message/below_mn")
    assert error.message == ("检查原语 satisfaction-target 没有“below_mn”这种情形，是否想写“below_min”？"
                             "它的情形：not_percent、below_min、wrong_op、no_op、exact_100、range")
    assert error.message_en == ("check primitive satisfaction-target has no variant 'below_mn': did you mean "
                                "below_min? its variants: not_percent, below_min, wrong_op, no_op, exact_100, range")
    # the single-message form is every variant's; as a key, "default" is a variant like the others
    error = _refused(tmp_path, **{**_SATISFACTION, "message": '\n      default: {zh: "“{name}”", en: "{name}"}'})
    assert error.field == "/rules/0/message/default"
    load_pack(_write(tmp_path, **{**_SATISFACTION, "message": message.replace("below_mn", "below_min")}))


def test_a_variants_message_may_use_only_that_variants_placeholders(tmp_path: Path) -> None:
    """{op} is given for wrong_op, not below_min; a single message (every variant's) and the fix
    may use a name some variant gives: the rule's params decide which variants it meets."""
    error = _refused(tmp_path, **{**_SATISFACTION, "message": '\n      below_min: {zh: "“{name}”是{op}。", en: "{name}"}'})
    assert error.field == "/rules/0/message/below_min/zh"
    assert "不是检查原语 satisfaction-target 在情形 below_min 下提供的" in error.message
    assert "for variant below_min" in error.message_en and "{min}" in error.message
    load_pack(_write(tmp_path, **{**_SATISFACTION, "message": '\n      wrong_op: {zh: "“{name}”是{op}。", en: "{name}"}'}))
    single = dict(selector="{scope: indicator}", check="operator", params="{flag_missing: true}",
                  message='{zh: "“{name}”没有比较符。", en: "{name} has no operator."}',
                  fix='{zh: "写成“{suggested}”。", en: "Write {suggested}."}')
    load_pack(_write(tmp_path, **single))
    load_pack(_write(tmp_path, **{**single, "message": '{zh: "“{name}”应为{suggested}（{project}，{year}年）", en: x}'}))


def test_a_fix_may_be_given_per_variant(tmp_path: Path) -> None:
    """One fix for every variant told a 满意度 of 较满意 to add a comparison; each variant now
    has its own, checked like a message's (its variant and placeholders)."""
    from ggtlint.load import load_text

    fixes = ('\n      not_percent: {zh: "写成百分比，如“≥{min}%”。", en: "Give a percentage (≥{min}%)."}'
             '\n      default: {zh: 按要求填写。, en: Fill it in as required.}')
    satisfaction = dict(_SATISFACTION, message='{zh: "“{name}”不合要求。", en: "{name} falls short."}')
    rule = load_pack(_write(tmp_path, **{**satisfaction, "fix": fixes})).rules[0]
    assert set(rule.fixes) == {"not_percent", "default"}
    assert rule.info.fix.zh == "写成百分比，如“≥{min}%”。\n按要求填写。"  # the documentation lists each
    engine = Engine.build(Config(packs=[_write(tmp_path, **{**satisfaction, "fix": fixes})], select=["BUR001"]))
    table = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    assert "      - name: 公共就业服务满意度\n        value: ≥90%" in table
    found = [f.suggestion_zh for f in engine.check_source(load_text(
        table.replace("      - name: 公共就业服务满意度\n        value: ≥90%", "      - name: 公共就业服务满意度\n        value: 较满意"),
        "t04.yaml")).findings]
    assert found == ["写成百分比，如“≥90%”。"]
    found = [f.suggestion_zh for f in engine.check_source(load_text(
        table.replace("      - name: 公共就业服务满意度\n        value: ≥90%", "      - name: 公共就业服务满意度\n        value: ≥85%"),
        "t04.yaml")).findings]
    assert found == ["按要求填写。"]  # below_min has none of its own: the default
    error = _refused(tmp_path, **{**satisfaction, "fix": '\n      below_mn: {zh: 提高, en: Raise it.}'})
    assert error.field == "/rules/0/fix/below_mn" and "是否想写“below_min”" in error.message
    load_pack(_write(tmp_path, **{**satisfaction, "fix": '\n      wrong_op: {zh: "改为“{min}%”", en: x}'}))
    error = _refused(tmp_path, **{**satisfaction, "fix": '\n      not_percent: {zh: "改为{op}", en: x}'})
    assert error.field == "/rules/0/fix/not_percent/zh" and "在情形 not_percent 下" in error.message


def test_placeholders_are_checked_for_the_rules_scope(tmp_path: Path) -> None:
    """A cross-table finding has {project} and the other table's names, not {year}."""
    corpus = dict(selector="{scope: corpus}", check="same-goal-across-tables", params="{}",
                  message='{zh: "与“{other_project}”（{other_file}）目标相同", en: "same goal as {other_project}"}')
    load_pack(_write(tmp_path, **corpus))
    error = _refused(tmp_path, **{**corpus, "message": '{zh: "{year}年与“{other_project}”目标相同", en: x}'})
    assert "{year}" in error.message and "{other_document}、{project}" in error.message


def test_selector_category_names_are_read_as_the_engine_reads_tables(tmp_path: Path) -> None:
    """level2: [数量] (an alias) never matched: rows carry the standard name 数量指标."""
    pack = load_pack(_write(tmp_path, selector="{scope: indicator, level2: [数量], not_level1: [效益]}"))
    assert pack.rules[0].selector.level2 == {"数量指标"} and pack.rules[0].selector.not_level1 == {"效益指标"}
    (tmp_path / ".ggtlint.yaml").write_text("packs: [bureau.yaml]\nselect: [BUR001]\n", encoding="utf-8")
    table = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "走访慰问" in table
    (tmp_path / "t.yaml").write_text(table, encoding="utf-8")
    proc = run_ggtlint("check", "t.yaml", "--no-cache", "-f", "json", cwd=tmp_path)
    assert '"rule_id": "BUR001"' in proc.stdout, proc.stderr


def test_an_unknown_category_name_stops_the_pack(tmp_path: Path) -> None:
    error = _refused(tmp_path, selector="{scope: indicator, level2: [数量指]}")
    assert (error.line, error.field) == (6, "/rules/0/selector/level2/0")
    assert error.message.startswith("未知的二级指标名称“数量指”，是否想写“数量指标”？可用：数量指标、质量指标、")
    assert error.message_en.startswith("unknown 二级 category name '数量指': did you mean 数量指标? known: 数量指标, 质量指标,")
    error = _refused(tmp_path, selector="{scope: indicator, level1: [产出指标, 数量指标]}")
    assert error.field == "/rules/0/selector/level1/1" and "它是二级指标，应写在 level2 下" in error.message
    error = _refused(tmp_path, selector="{scope: indicator, not_level2: [满意度指标]}")
    assert error.field == "/rules/0/selector/not_level2/0" and "应写在 not_level1 下" in error.message
    # a name the pack's own lexicon folder adds is known
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "category-aliases.yaml").write_text(
        "level2:\n  特色指标:\n    parent: 产出指标\n    aliases: [特色]\n", encoding="utf-8")
    path = _write(tmp_path, selector="{scope: indicator, level2: [特色]}")
    path.write_text(path.read_text(encoding="utf-8").replace('version: "1"}', 'version: "1", lexicons: lexicon}'),
                    encoding="utf-8")
    assert load_pack(path).rules[0].selector.level2 == {"特色指标"}


def test_an_unknown_value_kind_stops_the_pack(tmp_path: Path) -> None:
    error = _refused(tmp_path, selector="{scope: indicator, kinds: [rate, counts]}")
    assert (error.line, error.field) == (6, "/rules/0/selector/kinds/1")
    assert error.message.startswith("未知的取值类型“counts”，是否想写“count”？可用：count、rate、money、")
    assert error.message_en.startswith("unknown value kind 'counts': did you mean count? known: count, rate,")


@pytest.mark.parametrize("key,value", [("level2", "[数量指标]"), ("not_level1", "[效益指标]"), ("kinds", "[count]"),
                                       ("name_matches", "人数")])
def test_a_row_filter_on_a_rule_that_checks_whole_tables_stops_the_pack(tmp_path: Path, key: str, value: str) -> None:
    """The engine filters rows only for indicator rules: level2: on a table rule did nothing."""
    error = _refused(tmp_path, selector=f"{{scope: table, {key}: {value}}}", check="unique", params="{}",
                     message='{zh: "“{name}”重复。", en: "{name} repeats."}')
    assert (error.line, error.field) == (6, f"/rules/0/selector/{key}")
    assert error.message.startswith(f"选择器的 {key} 只对逐条指标检查的规则（scope: indicator）起作用，scope: table 的规则会忽略它")
    assert error.message_en.startswith(f"selector key {key} only works with scope: indicator; a table rule ignores it")
    corpus = dict(selector=f"{{scope: corpus, {key}: {value}}}", check="same-goal-across-tables", params="{}",
                  message='{zh: "同“{other_project}”", en: "as {other_project}"}')
    assert "scope: corpus 的规则会忽略它" in _refused(tmp_path, **corpus).message


@pytest.mark.parametrize("message,line,field,said", [
    ("{zh: '“{name}”含走访'}", 9, "/rules/0/message", "消息缺少英文文本 en (the message has no English text 'en')"),
    ("{en: '{name} has a visit'}", 9, "/rules/0/message", "消息缺少中文文本 zh (the message has no Chinese text 'zh')"),
    ("{zh: '“{name}”含走访', en: ''}", 9, "/rules/0/message/en",
     "消息的英文文本 en 是空的 (the message's English text 'en' is empty)"),
    ("\n      default: {zh: '“{name}”含走访'}", 10, "/rules/0/message/default",
     "消息（情形 default）缺少英文文本 en (the message for variant default has no English text 'en')"),
    ("\n      default: 含走访", 10, "/rules/0/message/default",
     "消息（情形 default）应写成 {zh: 中文, en: English} (the message for variant default should be {zh: …, en: …})"),
    # a block is told at its key's line (message:), not at the block's first line
    ("\n      zh: 含走访\n      en: visits\n      default: {zh: 含走访, en: visits}", 9, "/rules/0/message",
     "消息中的“default”：消息要么写成一个 {zh, en}，要么按情形各写一个 {zh, en}，不能混写 "
     "(message key 'default': a message is one {zh, en}, or one {zh, en} per variant, not both)"),
    ("含走访", 9, "/rules/0/message",
     "消息应写成 {zh: 中文, en: English}，或按情形各写一个 {zh, en} "
     "(the message should be {zh: …, en: …}, or one {zh, en} per variant)"),
])
def test_a_broken_message_block_is_named_in_both_languages(tmp_path: Path, message: str, line: int, field: str,
                                                           said: str) -> None:
    """It was "/rules/0/message: {'zh': '…'} is not valid under exactly one of the allowed forms"."""
    error = _refused(tmp_path, message=message)
    assert (error.line, error.field, f"{error.message} ({error.message_en})") == (line, field, said)


def test_other_texts_name_what_is_missing_too(tmp_path: Path) -> None:
    error = _refused(tmp_path, fix="{zh: 写可计数的对象。}")
    assert (error.field, error.message, error.message_en) == ("/rules/0/fix", "修改方法缺少英文文本 en",
                                                              "the fix has no English text 'en'")
    path = _write(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + "    note: {zh: 只看名称。}\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert (caught.value.message, caught.value.message_en) == ("局限说明缺少英文文本 en", "the note has no English text 'en'")


def test_an_override_of_an_unknown_rule_is_reported_at_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path)
    text = path.read_text(encoding="utf-8").replace("rules:\n", "overrides:\n  SAT001: error\n  SAT09: warning\nrules:\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        Engine.build(Config(packs=[path]))
    error = caught.value
    assert (error.line, error.field) == (4, "/overrides/SAT09")
    assert error.message.startswith("覆盖了不存在的规则 SAT09") and error.message_en.startswith("override names an unknown rule SAT09")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [bureau.yaml]\n", encoding="utf-8")
    proc = run_ggtlint("check", SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml", "--no-cache", "--config", ".ggtlint.yaml",
                       cwd=tmp_path)
    assert proc.returncode == 2 and "bureau.yaml:4: /overrides/SAT09: 覆盖了不存在的规则 SAT09" in proc.stderr
    assert "unknown rule" not in proc.stderr  # said once, in the run's language
    english = run_ggtlint("check", SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml", "--no-cache", "--config", ".ggtlint.yaml",
                          "--lang", "en", cwd=tmp_path)
    assert english.returncode == 2 and english.stderr.startswith("ggtlint: rule pack error: ")
    assert english.stderr.rstrip().endswith("bureau.yaml:4: /overrides/SAT09: override names an unknown rule SAT09: "
                                            "did you mean SAT005?"), english.stderr


def test_a_rule_can_apply_only_to_projects_of_a_category_or_an_amount(tmp_path: Path) -> None:
    """selector.project: "projects of 100万元 or more need 2 质量指标", "IT projects' quantity names
    must not say 走访". The same row in an IT and a non-IT table, in both orders (the engine
    remembers what pure rules found per row content: a conditional rule must not be remembered)."""
    import json
    import shutil

    from conftest import ROOT, SEED_DIR, run_ggtlint

    pack = ROOT / "tests" / "data" / "bureau-project-conditions.yaml"
    assert "失败 0 个" in run_ggtlint("test-pack", pack, cwd=tmp_path).stdout
    shutil.copy(pack, tmp_path / "bureau.yaml")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [bureau.yaml]\nselect: [BUR]\n", encoding="utf-8")
    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")  # 走访慰问 in 数量指标, 300000 元
    assert "category: 特定目标-单位发展专项" in text and "total: 300000.00" in text
    it = text.replace("category: 特定目标-单位发展专项", "category: 其他运转-信息化系统运行维护")
    big = text.replace("total: 300000.00", "total: 3000000.00")
    for order in (("a-it.yaml", "b-plain.yaml"), ("b-it.yaml", "a-plain.yaml")):
        folder = tmp_path / order[0][:1]
        folder.mkdir()
        (folder / order[0]).write_text(it, encoding="utf-8")
        (folder / order[1]).write_text(text, encoding="utf-8")
        (folder / "c-big.yaml").write_text(big, encoding="utf-8")
        found = json.loads(run_ggtlint("check", str(folder), "--no-cache", "-f", "json", "--config",
                                       str(tmp_path / ".ggtlint.yaml"), cwd=tmp_path).stdout)["findings"]
        by_file = sorted((Path(f["file"]).name, f["rule_id"]) for f in found)
        assert by_file == sorted([(order[0], "BUR011"), ("c-big.yaml", "BUR010")]), by_file


def test_a_cross_table_rule_takes_no_project_condition(tmp_path: Path) -> None:
    from conftest import run_ggtlint

    pack = tmp_path / "xt.yaml"
    pack.write_text("""pack: {name: x, version: "1"}
rules:
  - id: BUR020
    name: same-goal-it
    severity: info
    selector: {scope: corpus, project: {category_matches: 信息化}}
    check: same-goal-across-tables
    message: {zh: 目标相同。, en: Same goal.}
    summary: {zh: 目标相同。, en: Same goal.}
    rationale: {zh: 本局要求。, en: Policy.}
    fix: {zh: 重写。, en: Rewrite.}
""", encoding="utf-8")
    proc = run_ggtlint("test-pack", pack, cwd=tmp_path)
    assert proc.returncode == 2 and "xt.yaml:6: /rules/0/selector/project: 跨表规则" in proc.stderr


def test_a_pack_rule_may_be_a_preview_rule(tmp_path: Path) -> None:
    """preview: true in a user's pack as in the built-in ones: the rule runs only with preview on
    (or named in full by select); anything but true or false stops the pack at its line."""
    from ggtlint.load import load_text

    from conftest import SEED_DIR

    path = _write(tmp_path)
    text = path.read_text(encoding="utf-8").replace("    severity: warning\n", "    severity: warning\n    preview: true\n")
    path.write_text(text, encoding="utf-8")
    assert load_pack(path).rules[0].info.preview
    t01 = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")  # 走访慰问 in 数量指标

    def found(**settings: object) -> set[str]:
        engine = Engine.build(Config(packs=[path], **settings))  # type: ignore[arg-type]
        return {f.rule_id for f in engine.check_source(load_text(t01, "t01.yaml")).findings}

    assert "BUR001" not in found() and "BUR001" not in found(select=["BUR"])
    assert "BUR001" in found(preview=True) and found(select=["BUR001"]) == {"BUR001"}
    path.write_text(text.replace("preview: true", "preview: 是"), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert (caught.value.line, caught.value.field) == (6, "/rules/0/preview")


def test_the_product_terms_cat015_leaves_alone_are_time001s() -> None:
    """A product's own term (质保期, 疫苗有效期) is left alone by TIME001 and TIME005 (one YAML anchor in
    time.yaml) and by CAT015 in placement.yaml, where the anchor cannot reach: the two copies must
    not drift apart."""
    engine = Engine.build(Config(preview=True))
    excluded = {rule.info.id: rule.selector.name_not_matches.pattern for rule in engine.rules
                if rule.info.id in {"TIME001", "TIME005", "CAT015"}}
    assert len(excluded) == 3 and len(set(excluded.values())) == 1, excluded
    assert "质保期" in excluded["CAT015"]

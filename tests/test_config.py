"""Configuration, user rule packs, severity overrides and inline suppressions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ggtlint.engine import Engine
from ggtlint.engine.config import Config, find_config, load_config
from ggtlint.findings import Severity
from ggtlint.load import load_text

from conftest import SEED_DIR, run_ggtlint

T01 = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")


run = run_ggtlint


def ids(engine: Engine, text: str = T01) -> list[str]:
    return [f.rule_id for f in engine.check_source(load_text(text, "t01.yaml")).findings]


def test_a_config_named_without_the_dot_is_read_and_not_checked_as_a_table(tmp_path: Path) -> None:
    """ggtlint.yaml (as ruff.toml beside .ruff.toml) was walked as a table: "not a table", an
    error, and its settings silently unused."""
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    (tmp_path / "ggtlint.yaml").write_text("select: [SAT001]\n", encoding="utf-8")
    assert find_config(tmp_path / "t01.yaml") == tmp_path / "ggtlint.yaml"
    proc = run("check", ".", "-f", "json", cwd=tmp_path)
    findings = json.loads(proc.stdout)["findings"]
    assert {f["rule_id"] for f in findings} == {"SAT001"} and {f["file"] for f in findings} == {"t01.yaml"}
    (tmp_path / ".ggtlint.yaml").write_text("select: [STR]\n", encoding="utf-8")  # the dotted name first
    assert find_config(tmp_path) == tmp_path / ".ggtlint.yaml"


def test_config_found_upward_and_pyproject(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".ggtlint.yaml").write_text("ignore: [SAT]\n", encoding="utf-8")
    assert find_config(tmp_path / "a" / "b") == tmp_path / ".ggtlint.yaml"
    other = tmp_path / "p"
    other.mkdir()
    (other / "pyproject.toml").write_text("[tool.ggtlint]\nselect = ['VAL']\n", encoding="utf-8")
    config = load_config(find_config(other))
    assert config.select == ["VAL"]


def test_select_ignore_by_family_and_id() -> None:
    everything = ids(Engine.build(Config()))
    assert "SAT001" in everything and "VAL001" in everything
    no_sat = ids(Engine.build(Config(ignore=["SAT"])))
    assert "SAT001" not in no_sat and "SAT002" not in no_sat and "VAL001" in no_sat
    only = ids(Engine.build(Config(select=["SAT001"])))
    assert set(only) == {"SAT001"}
    # a more specific select beats a family ignore (ruff semantics)
    mixed = ids(Engine.build(Config(select=["SAT001", "VAL"], ignore=["SAT"])))
    assert "SAT001" in mixed and "SAT002" not in mixed


def test_severity_override_and_params(tmp_path: Path) -> None:
    config_file = tmp_path / ".ggtlint.yaml"
    config_file.write_text("severity: {SAT001: error}\nparams: {SAT001: {min: 95}}\n", encoding="utf-8")
    engine = Engine.build(load_config(config_file))
    t06 = (SEED_DIR / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")  # 满意度 ≥80%
    findings = [f for f in engine.check_source(load_text(t06, "t06.yaml")).findings if f.rule_id == "SAT001"]
    assert len(findings) == 1 and findings[0].severity.value == "error" and "95" in findings[0].message_zh


def test_satisfaction_can_be_optional() -> None:
    text = T01.split("  满意度指标:")[0]
    assert "STR001" in ids(Engine.build(Config()), text)
    assert "STR001" not in ids(Engine.build(Config(require_satisfaction=False)), text)


def test_budget_year_and_framework_overrides() -> None:
    with_year = ids(Engine.build(Config(budget_year=2024)))
    assert "TIME001" in with_year  # 2023年12月31日前 is before 2024
    fw2021 = ids(Engine.build(Config(framework="fw2021")))
    # a legacy table checked as 2021: its costs sit under 产出指标, which STR004 notes (info)
    assert "STR004" in fw2021 and "STR004" not in ids(Engine.build(Config()))


def test_inline_suppressions_and_unused_ones() -> None:
    engine = Engine.build(Config())
    text = T01.replace("value: 达到要求服务质量水平", "value: 达到要求服务质量水平  # ggtlint: disable=VAL001")
    result = engine.check_source(load_text(text, "t01.yaml"))
    assert "VAL001" not in [f.rule_id for f in result.findings] and result.suppressed == 1
    text = "# ggtlint: disable-file=SAT,TIME004\n" + T01
    found = ids(engine, text)
    assert not [i for i in found if i.startswith("SAT")]
    unused = [f for f in engine.check_source(load_text(text, "t01.yaml")).findings if f.rule_id == "META001"]
    assert len(unused) == 1 and "TIME004" in unused[0].message_zh and unused[0].line == 1


@pytest.mark.parametrize("comment", [
    "# ggtlint: disable=VAL001  已与财政局沟通",   # a reason after the id
    "# ggtlint: disable=VAL001 -- agreed with the bureau",
    "# ggtlint: disable=val001",                    # lower case
    "# ggtlint：disable＝VAL001，TIME004",           # full-width colon, equals sign and comma
    "# ggtlint: disable=VAL001, TIME004 已沟通",
    "# ggtlint: disable=VAL001已沟通",
    "# ggtlint: disable=VAL001 R&D项目，已与财政局沟通",  # a reason starting with capitals is no rule
    "# ggtlint: disable=VAL001 S级项目",
    "# ggtlint: disable=VAL001 OK",
    "# GGTLINT: DISABLE=VAL001",                    # upper case
])
def test_suppression_comments_read_as_people_type_them(comment: str) -> None:
    engine = Engine.build(Config())
    text = T01.replace("value: 达到要求服务质量水平", f"value: 达到要求服务质量水平  {comment}")
    result = engine.check_source(load_text(text, "t01.yaml"))
    assert "VAL001" not in [f.rule_id for f in result.findings] and result.suppressed == 1
    stale = [f.value for f in result.findings if f.rule_id == "META001"]
    assert stale == (["TIME004"] if "TIME004" in comment else []), stale


def test_a_suppression_of_a_rule_switched_off_here_is_not_called_stale(tmp_path: Path) -> None:
    """--ignore, --select, per_file_ignores and a time-out leave the comment alone: in a normal
    run it still suppresses something."""
    text = T01.replace("value: 达到要求服务质量水平", "value: 达到要求服务质量水平  # ggtlint: disable=VAL001")
    for config in (Config(ignore=["VAL001"]), Config(select=["SAT", "META"]),
                   Config(per_file_ignores={"t01.yaml": ["VAL"]})):
        found = ids(Engine.build(config), text)
        assert "META001" not in found and "VAL001" not in found, config
    timed_out = Engine.build(Config()).check_source(load_text(text, "t01.yaml"), deadline=0.0)
    assert [f.rule_id for f in timed_out.findings] == ["LOAD008"]


def test_a_suppression_naming_no_rule_says_so() -> None:
    text = T01.replace("value: 达到要求服务质量水平", "value: 达到要求服务质量水平  # ggtlint: disable=VAL0O1")
    meta = [f for f in Engine.build(Config()).check_source(load_text(text, "t01.yaml")).findings
            if f.rule_id == "META001"]
    assert len(meta) == 1 and "不是任何规则的编号" in meta[0].message_zh and "names no rule" in meta[0].message_en


@pytest.mark.parametrize("comment", ["# ggtlint: disabled=VAL001", "# ggtlint: disable-nextline=VAL001",
                                     "# ggtlint disable=VAL001", "# ggtlint: ignore=VAL001"])
def test_a_suppression_written_wrong_says_so(comment: str) -> None:
    """"disabled=", "disable-nextline=", no colon: silently no suppression, and no word of it."""
    text = T01.replace("value: 达到要求服务质量水平", f"value: 达到要求服务质量水平  {comment}")
    found = Engine.build(Config()).check_source(load_text(text, "t01.yaml")).findings
    assert "VAL001" in [f.rule_id for f in found]
    [meta] = [f for f in found if f.rule_id == "META001"]
    assert meta.message_zh == f"“{comment}”不是有效的抑制注释，不会抑制任何问题。"
    assert "disable-next-line=" in meta.suggestion_zh
    # what ggtlint import writes is no attempt at a directive
    imported = "# 由 ggtlint import 从 seed.txt（第 93–170 行）导入。\n" + T01.replace(
        "value: 达到要求服务质量水平", "value: 达到要求服务质量水平  # ggtlint-import: 不确定：名称跨行")
    assert "META001" not in ids(Engine.build(Config()), imported)


def test_load_findings_on_a_table_that_loaded_are_controlled_like_rules() -> None:
    """LOAD006 (an unknown field) can be ignored, re-levelled and suppressed; a file that did not
    load keeps its LOAD errors whatever the comments say."""
    text = T01.replace("goal:", "fund_note: 备注\ngoal:", 1)
    assert "LOAD006" in ids(Engine.build(Config()), text)
    assert "LOAD006" not in ids(Engine.build(Config(ignore=["LOAD006"])), text)
    assert "LOAD006" not in ids(Engine.build(Config(select=["VAL"])), text)
    assert "LOAD006" not in ids(Engine.build(Config(per_file_ignores={"*.yaml": ["LOAD006"]})), text)
    level = [f.severity for f in Engine.build(Config(severity={"LOAD006": Severity.INFO})).check_source(
        load_text(text, "t01.yaml")).findings if f.rule_id == "LOAD006"]
    assert level == [Severity.INFO]
    suppressed = ids(Engine.build(Config()), text.replace("fund_note: 备注", "fund_note: 备注  # ggtlint: disable=LOAD006"))
    assert "LOAD006" not in suppressed and "META001" not in suppressed
    broken = "# ggtlint: disable-file=LOAD\nproject: [\n"
    assert ids(Engine.build(Config(ignore=["LOAD"])), broken) == ["LOAD003"]


def test_a_rule_prefix_means_the_same_in_select_ignore_and_comments() -> None:
    """VAL00 names VAL001 … VAL009 in --select/--ignore, per-file ignores and suppression comments."""
    engine = Engine.build(Config())
    val00 = [i for i in ids(engine, T01) if i.startswith("VAL00")]
    assert val00  # T01 has VAL00x findings to suppress
    suppressed = engine.check_source(load_text("# ggtlint: disable-file=VAL00\n" + T01, "t01.yaml"))
    assert not [f for f in suppressed.findings if f.rule_id.startswith("VAL00") or f.rule_id == "META001"]
    assert suppressed.suppressed == len(val00)
    assert not [i for i in ids(Engine.build(Config(ignore=["VAL00"])), T01) if i.startswith("VAL00")]
    assert Config(per_file_ignores={"*.yaml": ["VAL00"]}).ignored_for_file("t01.yaml", "VAL001")


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "t01.yaml").write_text(T01, encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("per_file_ignores:\n  'legacy/*.yaml': [SAT, VAL001]\n", encoding="utf-8")
    proc = run("check", "legacy", "--format", "json", cwd=tmp_path)
    rule_ids = {f["rule_id"] for f in json.loads(proc.stdout)["findings"]}
    assert "VAL001" not in rule_ids and "SAT001" not in rule_ids and "REL003" in rule_ids


@pytest.mark.parametrize("pattern, relative, matches", [
    ("drafts", "drafts/t.yaml", True), ("drafts", "a/drafts/b/t.yaml", True), ("drafts/", "drafts/t.yaml", True),
    ("drafts/", "drafts", False),  # a file named drafts is no folder
    ("drafts/*", "drafts/t.yaml", True), ("drafts/*", "a/drafts/t.yaml", False),  # '/' anchors at the config
    ("t.yaml", "a/b/t.yaml", True), ("*草稿*", "2023/草稿/t.yaml", True), ("2023/草稿", "2023/草稿/t.yaml", True),
    ("legacy/*.yaml", "legacy/t01.yaml", True), ("legacy/*.yaml", "new/t01.yaml", False), ("", "t.yaml", False),
    ("/drafts", "drafts/t.yaml", True), ("/drafts", "sub/drafts/t.yaml", False),  # a leading '/' anchors
    ("**/drafts", "drafts/t.yaml", True), ("**/drafts/*.yaml", "a/b/drafts/t.yaml", True), ("./drafts", "drafts/t.yaml", True),
])
def test_exclude_and_per_file_patterns_match_like_gitignore(pattern: str, relative: str, matches: bool) -> None:
    from ggtlint.engine.config import path_matches

    assert path_matches(pattern, relative) is matches


def test_exclude_and_per_file_ignores_are_relative_to_the_config_wherever_ggtlint_runs(tmp_path: Path) -> None:
    """The same .ggtlint.yaml means the same files from its own folder, from above it, and for
    an absolute path (what an editor passes)."""
    project = tmp_path / "proj" / "a"
    (project / "drafts").mkdir(parents=True)
    (project / "t01.yaml").write_text(T01, encoding="utf-8")
    (project / "drafts" / "t01.yaml").write_text(T01, encoding="utf-8")
    (project / ".ggtlint.yaml").write_text("exclude: [drafts/]\nper_file_ignores:\n  t01.yaml: [VAL001]\n",
                                           encoding="utf-8")

    def checked(cwd: Path, *paths: str) -> tuple[list[str], set[str]]:
        data = json.loads(run("check", *paths, "--format", "json", "--no-cache", cwd=cwd).stdout)
        files = sorted({str((cwd / f["file"]).resolve().relative_to(project)) for f in data["findings"]})
        return files, {f["rule_id"] for f in data["findings"]}

    here = checked(project, ".")
    assert here == checked(tmp_path / "proj", "a") == checked(tmp_path, str(project))
    assert here[0] == ["t01.yaml"] and "VAL001" not in here[1] and here[1]  # drafts/ left out; VAL001 ignored
    assert "VAL001" not in checked(tmp_path, str(project / "t01.yaml"))[1]


@pytest.mark.parametrize("args, needle", [
    (("--select", "NOPE"), "--select：没有编号为“NOPE”的规则"),
    (("--ignore", "XT9"), "--ignore：没有编号为“XT9”的规则"),
    (("--select", "VAL001, TIMEX"), "“TIMEX”"),
])
def test_a_misspelt_rule_on_the_command_line_is_a_usage_error(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    """A misspelt --select used to run nothing and pass (exit 0)."""
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    proc = run("check", "t01.yaml", *args, cwd=tmp_path)
    assert proc.returncode == 2 and needle in proc.stderr, proc.stderr


def test_rule_names_are_read_as_people_write_them(tmp_path: Path) -> None:
    """Lower case and spaces after commas name the same rules as VAL001,TIME003."""
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    exact = run("check", "t01.yaml", "--select", "VAL001,TIME003", "-f", "json", cwd=tmp_path)
    loose = run("check", "t01.yaml", "--select", " val001, time003 ", "-f", "json", cwd=tmp_path)
    assert exact.returncode == loose.returncode and exact.stdout == loose.stdout
    assert json.loads(exact.stdout)["findings"]


@pytest.mark.parametrize("config, line, needle", [
    ("select: [val001, nope]\n", 1, "/select/1: 没有编号为“NOPE”的规则"),
    ("severity:\n  VAL00: info\n", 2, "/severity/VAL00: 没有编号为“VAL00”的规则，这里要写一条规则的完整编号"),
    ("params:\n  SAT999: {min: 80}\n", 2, "/params/SAT999"),
    ("per_file_ignores:\n  'a/*': [VAL001, XYZ]\n", 2, "“XYZ”"),
    ("budget_year: '2023'\n", 1, "应为整数，现为 '2023'"),
    ("framwork: legacy\n", 1, "没有“framwork”这个字段"),
    ("params:\n  SAT001:\n    min: high\n", 3, "应为数字，现为 'high'"),
    ("limits:\n  max_file_size: .inf\n", 2, "应为具体的数值（如 10），不能是无穷大"),
    # a key whose value is a block is told at the key's own line, not the block's first
    ("select: [VAL]\nrules:\n  VAL002:\n    severity: info\n", 2, "没有“rules”这个字段"),
    ("per_file_ignores:\n  'a/*':\n    - VAL001\n    - XYZ\n", 2, "/per_file_ignores/a/*: 没有编号为“XYZ”"),
])
def test_config_mistakes_name_the_file_line_and_field_in_chinese(tmp_path: Path, config: str, line: int,
                                                                   needle: str) -> None:
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text(config, encoding="utf-8")
    proc = run("check", "t01.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and f".ggtlint.yaml:{line}: " in proc.stderr and needle in proc.stderr, proc.stderr


@pytest.mark.parametrize("config", [
    "select: [val001, nope]\n", "budget_year: '2023'\n", "framwork: legacy\n", "params:\n  SAT001:\n    min: high\n",
    "limits:\n  max_file_size: .inf\n", "packs: [missing.yaml]\n", "select: [VAL001\n",
    "params:\n  VAL002: {source: vague, terms: [有效]}\n",
])
def test_config_mistakes_are_said_in_the_runs_language_only(tmp_path: Path, config: str) -> None:
    """They were said as "中文 (English)" in one line, even under --lang en."""
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text(config, encoding="utf-8")
    chinese = run("check", "t01.yaml", cwd=tmp_path)
    english = run("check", "t01.yaml", "--lang", "en", cwd=tmp_path)
    assert chinese.returncode == english.returncode == 2
    assert chinese.stderr.startswith("ggtlint: 配置错误: ") and ".ggtlint.yaml:" in chinese.stderr, chinese.stderr
    assert not re.search(r"\([a-z]+ [a-z]+", chinese.stderr), chinese.stderr
    assert english.stderr.startswith("ggtlint: config error: ") and ".ggtlint.yaml:" in english.stderr, english.stderr
    assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", english.stderr.replace("有效", "")), english.stderr
    if config.startswith("framwork"):  # plain words, not the validator's, in both languages
        assert chinese.stderr.rstrip().endswith("没有“framwork”这个字段，是否想写“framework”？")
        assert english.stderr.rstrip().endswith("there is no field 'framwork': did you mean 'framework'?")


USER_PACK = """\
pack:
  name: bureau-extra
  version: "0.1"
overrides:
  SAT001: error
rules:
  - id: BUR001
    name: no-wenzi-in-name
    severity: warning
    selector: {scope: indicator, level2: [数量指标]}
    check: forbid-terms
    params: {source: list, field: name, match: any, terms: [走访]}
    message: {zh: "“{name}”含“{terms}”。", en: "{name} contains {terms}."}
    summary: {zh: 数量指标不写走访。, en: No visits in quantity names.}
    rationale: {zh: 本局要求。, en: Bureau policy.}
    fix: {zh: 改写。, en: Rewrite.}
    examples:
      bad: [{indicators: {产出指标: {数量指标: [{name: 走访人数, value: ≥1人}]}}}]
      good: [{}]
"""


def test_user_pack_adds_a_rule_and_overrides_a_builtin_severity(tmp_path: Path) -> None:
    (tmp_path / "extra.yaml").write_text(USER_PACK, encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [extra.yaml]\n", encoding="utf-8")
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    proc = run("check", "t01.yaml", "--format", "json", cwd=tmp_path)
    findings = json.loads(proc.stdout)["findings"]
    assert [f["message"] for f in findings if f["rule_id"] == "BUR001"] == ["“对黔南籍在粤务工人员进行走访慰问”含“走访”。"]
    assert {f["severity"] for f in findings if f["rule_id"] == "SAT001"} == {"error"}
    proc = run("test-pack", "extra.yaml", "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 0 and "2 passed, 0 failed" in proc.stdout


def test_broken_pack_exits_2_with_one_line_naming_file_and_line(tmp_path: Path) -> None:
    broken = USER_PACK.replace("check: forbid-terms", "check: no-such-primitive")
    (tmp_path / "extra.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [extra.yaml]\n", encoding="utf-8")
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    proc = run("check", "t01.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "extra.yaml:11:" in lines[0] and "no-such-primitive" in lines[0]
    bad_params = USER_PACK.replace("match: any", "match: sometimes")
    (tmp_path / "extra.yaml").write_text(bad_params, encoding="utf-8")
    proc = run("check", "t01.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "extra.yaml:12:" in proc.stderr and "/params/match" in proc.stderr
    evil = USER_PACK.replace("level2: [数量指标]}", "name_matches: '(a+)+$'}")
    (tmp_path / "extra.yaml").write_text(evil, encoding="utf-8")
    proc = run("check", "t01.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "回溯" in proc.stderr


def test_broken_config_exits_2(tmp_path: Path) -> None:
    (tmp_path / ".ggtlint.yaml").write_text("select: [VAL]\nseverity: {VAL001: fatal}\n", encoding="utf-8")
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    proc = run("check", "t01.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and ".ggtlint.yaml:2:" in proc.stderr and "Traceback" not in proc.stderr


def test_a_broken_pyproject_section_is_reported_and_a_toml_config_is_read_as_toml(tmp_path: Path) -> None:
    """A pyproject.toml whose [tool.ggtlint] does not parse used to be skipped, its settings lost
    without a word; --config other.toml was read as YAML."""
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.ggtlint]\nselect = ["VAL"\n', encoding="utf-8")
    broken = run("check", "t01.yaml", cwd=tmp_path)
    assert broken.returncode == 2 and "pyproject.toml" in broken.stderr and "配置错误" in broken.stderr
    (tmp_path / "pyproject.toml").write_text("tool = 1\n", encoding="utf-8")  # not ours, not a table
    assert run("check", "t01.yaml", "--config", "pyproject.toml", cwd=tmp_path).returncode in (0, 1)
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / "ggtlint.toml").write_text('select = ["VAL001"]\n', encoding="utf-8")
    own = json.loads(run("check", "t01.yaml", "--config", "ggtlint.toml", "-f", "json", cwd=tmp_path).stdout)
    assert {f["rule_id"] for f in own["findings"]} == {"VAL001"}


def test_a_path_with_its_own_configuration_is_pointed_out_whatever_the_order(tmp_path: Path) -> None:
    """One run uses one configuration, found from the folder its paths have in common: a path
    with a nearer configuration of its own is named, so its settings are not lost without a
    word, and the same files in another order (what a pre-commit hook passes) give the same run."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "t01.yaml").write_text(T01, encoding="utf-8")
    (tmp_path / "b" / ".ggtlint.yaml").write_text("ignore: [ALL]\n", encoding="utf-8")
    runs = []
    for order in (("a/t01.yaml", "b/t01.yaml"), ("b/t01.yaml", "a/t01.yaml"), ("a", "b"), ("b", "a")):
        proc = run("check", *order, "-f", "json", "--no-cache", cwd=tmp_path)
        assert "b/t01.yaml 有自己的配置" in proc.stderr or "b 有自己的配置" in proc.stderr, proc.stderr
        assert "默认设置" in proc.stderr and "ggtlint check b" in proc.stderr
        runs.append(sorted((f["file"], f["rule_id"], f["line"]) for f in json.loads(proc.stdout)["findings"]))
    assert runs[0] and all(found == runs[0] for found in runs)  # b's "ignore everything" switched nothing off
    alone = run("check", "b", "-f", "json", "--no-cache", cwd=tmp_path)
    assert json.loads(alone.stdout)["findings"] == [] and "有自己的配置" not in alone.stderr


def test_a_configuration_inside_a_checked_folder_is_pointed_out(tmp_path: Path) -> None:
    """``check targets`` walks into targets/legacy, whose own configuration this run does not use."""
    legacy = tmp_path / "targets" / "legacy"
    legacy.mkdir(parents=True)
    (legacy / "t01.yaml").write_text(T01, encoding="utf-8")
    (legacy / ".ggtlint.yaml").write_text("ignore: [ALL]\n", encoding="utf-8")
    (tmp_path / "targets" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")  # not ours
    (tmp_path / ".ggtlint.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    proc = run("check", "targets", "-f", "json", "--no-cache", cwd=tmp_path)
    assert json.loads(proc.stdout)["findings"]
    assert proc.stderr.count("有自己的配置") == 1, proc.stderr
    assert "targets/legacy 有自己的配置 targets/legacy/.ggtlint.yaml" in proc.stderr
    assert "ggtlint check targets/legacy" in proc.stderr


def test_a_bad_value_in_a_toml_config_is_told_at_its_line(tmp_path: Path) -> None:
    """tomllib keeps no positions; the line of the key is found in the text (it said line 1)."""
    from ggtlint.engine.config import ConfigError

    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.ggtlint]\nlang = "zh"\nfail_on = "warnign"\n\n'
        '[tool.ggtlint.severity]\nVAL001 = "warning"\n"VAL002" = "bad"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "pyproject.toml")
    assert caught.value.line == 6 and caught.value.field == "/fail_on"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.ggtlint]\nfail_on = "warning"\n\n[tool.ggtlint.severity]\nVAL001 = "warning"\n"VAL002" = "bad"\n',
        encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "pyproject.toml")
    assert caught.value.line == 6 and caught.value.field == "/severity/VAL002"
    proc = run_ggtlint("check", SEED_DIR / "t04-jiuye-buzhu-2023.yaml", "--config", tmp_path / "nope.yaml")
    assert proc.returncode == 2 and "配置文件不存在" in proc.stderr and "Errno" not in proc.stderr


def test_terms_without_a_source_are_the_rules_own_list(tmp_path: Path) -> None:
    """A pack rule giving forbid-terms ``terms`` but no ``source`` ran on the built-in vague
    terms instead, ignoring them without a word; now terms mean source: list, and terms with
    source: vague are a pack error."""
    (tmp_path / "extra.yaml").write_text(USER_PACK.replace("{source: list, field: name,", "{field: name,"),
                                         encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [extra.yaml]\n", encoding="utf-8")
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    findings = json.loads(run("check", "t01.yaml", "--format", "json", cwd=tmp_path).stdout)["findings"]
    assert [f["message"] for f in findings if f["rule_id"] == "BUR001"] == ["“对黔南籍在粤务工人员进行走访慰问”含“走访”。"]
    (tmp_path / "extra.yaml").write_text(USER_PACK.replace("source: list", "source: vague"), encoding="utf-8")
    proc = run("check", "t01.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "source: list" in proc.stderr


def test_a_dotted_key_in_a_toml_config_is_told_at_its_line(tmp_path: Path) -> None:
    from ggtlint.engine.config import ConfigError

    (tmp_path / "a.toml").write_text('# top\nselect = [\n  "VAL001",   # a comment\n  "VAL002",\n]\n'
                                     'fail_on = "error"\nseverity.VAL001 = "bogus"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "a.toml")
    assert (caught.value.line, caught.value.field) == (7, "/severity/VAL001")


@pytest.mark.parametrize("entries", [
    "{A局: [黔南州人社局], B局: [黔南州 人社局]}",   # one way of writing under two departments
    "{A局: [黔南州人社局], 黔南州人社局: [C局]}",    # an alias that is another entry's name
    '{"": [黔南州人社局]}',                        # no name to report under
])
def test_departments_that_would_depend_on_their_order_are_refused(tmp_path: Path, entries: str) -> None:
    from ggtlint.engine.config import ConfigError, load_config

    path = tmp_path / ".ggtlint.yaml"
    path.write_text(f"fail_on: error\ndepartments: {entries}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "/departments" in str(caught.value) and ":2:" in str(caught.value)


@pytest.mark.parametrize("params,words", [
    ('VAL003: {exempt_name: "(a+)+$"}', "可能导致灾难性回溯"),  # a pattern the regex guard refuses
    ("VAL002: {terms: [较好]}", "给了 terms 就应写 source: list"),  # a combination the schema cannot say
])
def test_params_the_rule_cannot_use_are_a_configuration_error(tmp_path: Path, params: str, words: str) -> None:
    """They were an internal error (a traceback's last line, "请报告此问题"): now the file, line and key."""
    (tmp_path / ".ggtlint.yaml").write_text(f"params:\n  {params}\n", encoding="utf-8")
    (tmp_path / "t.yaml").write_text((SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    proc = run("check", "t.yaml", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2 and "内部错误" not in proc.stderr
    assert f"配置错误: {tmp_path / '.ggtlint.yaml'}:2: /params/" in proc.stderr and words in proc.stderr


def test_the_configurations_packs_and_lexicons_beside_the_tables_are_not_tables(tmp_path: Path) -> None:
    """packs: [rules/bureau.yaml] and lexicons: [lexicon/], as the docs lay them out beside
    .ggtlint.yaml: check . read both as tables (LOAD004, errors) and failed."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "vague-terms.yaml").write_text("terms: [稳步推进]\n", encoding="utf-8")
    (tmp_path / "rules" / "bureau.yaml").write_text(USER_PACK, encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [rules/bureau.yaml]\nlexicons: [lexicon/]\n", encoding="utf-8")
    (tmp_path / "t01.yaml").write_text(T01, encoding="utf-8")
    proc = run("check", ".", "--no-cache", "-f", "json", cwd=tmp_path)
    found = json.loads(proc.stdout)
    assert found["summary"]["files"] == 1 and not [f for f in found["findings"] if f["rule_id"] == "LOAD004"]
    named = run("check", "rules/bureau.yaml", "--no-cache", cwd=tmp_path)
    assert "rules/bureau.yaml 是配置中的规则包或词表文件，不作为绩效目标表检查" in named.stderr


def test_json_findings_carry_the_department_as_configured(tmp_path: Path) -> None:
    """A script grouping the JSON output by 主管部门 had to read every table again; with
    departments: aliases it could not know the grouping the review reports used."""
    seeds = [next(SEED_DIR.glob(f"{name}-*.yaml")) for name in ("t09", "t12", "t13", "t19")]  # XT pairs among them
    for number, seed in enumerate(seeds):
        text = seed.read_text(encoding="utf-8")
        department = re.search(r"department: (.+)", text).group(1).strip()
        written = "州人社局" if number % 2 else department
        (tmp_path / seed.name).write_text(text.replace(f"department: {department}", f"department: {written}"),
                                          encoding="utf-8")
    canonical = re.search(r"department: (.+)", seeds[0].read_text(encoding="utf-8")).group(1).strip()
    (tmp_path / ".ggtlint.yaml").write_text(f"departments:\n  {canonical}: [州人社局]\n", encoding="utf-8")
    found = json.loads(run("check", ".", "--no-cache", "-f", "json", cwd=tmp_path).stdout)["findings"]
    assert found and {f["department"] for f in found} == {canonical}
    assert any(f["rule_id"].startswith("XT") for f in found)  # the cross-table ones too


def test_a_table_field_looked_for_in_the_configuration_says_where_it_goes(tmp_path: Path) -> None:
    """An officer wrote department: in .ggtlint.yaml: told at that key's own line (it was the line
    of the file's first key) that each table gives its own, and what departments: is for; not
    "did you mean departments", whose advice then failed too."""
    from ggtlint.engine.config import ConfigError

    config = tmp_path / ".ggtlint.yaml"
    config.write_text("fail_on: error\nselect: [VAL]\nignore: [REL005]\nlang: zh\ndepartment: 都匀市教育局\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    assert caught.value.line == 5
    assert "主管部门写在每张表的 project.department" in caught.value.message and "departments:" in caught.value.message
    assert "each table gives its own" in caught.value.message_en
    config.write_text("fail_on: error\nfial_on: warning\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    assert caught.value.line == 2 and "是否想写“fail_on”" in caught.value.message


def test_preview_rules_run_only_when_turned_on_or_named_in_full(tmp_path: Path) -> None:
    """VAL020 and CAT011 are preview rules: off by default; --preview (preview: true) runs them,
    and so does select naming the full id, as in ruff; a family or ALL does not."""
    def running(**settings: object) -> set[str]:
        return {rule.info.id for rule in Engine.build(Config(**settings)).rules}  # type: ignore[arg-type]

    previews = {"VAL020", "CAT011"}
    assert not previews & running() and "VAL019" in running()
    assert previews <= running(preview=True)
    assert running(select=["VAL020"]) == {"VAL020"}
    assert not previews & running(select=["VAL", "CAT"]) and "VAL019" in running(select=["VAL"])
    assert not previews & running(select=["ALL"])
    assert previews <= running(select=["VAL", "CAT"], preview=True)
    assert "VAL020" in running(select=["VAL", "VAL020"])
    # ignore works on them as on any other rule
    assert "VAL020" not in running(preview=True, ignore=["VAL020"])
    assert not previews & running(preview=True, ignore=["VAL", "CAT"])
    config_file = tmp_path / ".ggtlint.yaml"
    config_file.write_text("preview: true\n", encoding="utf-8")
    assert previews <= {rule.info.id for rule in Engine.build(load_config(config_file)).rules}
    config_file.write_text("select: [VAL]\npreview: 1\n", encoding="utf-8")
    from ggtlint.engine.config import ConfigError

    with pytest.raises(ConfigError) as caught:
        load_config(config_file)
    assert caught.value.field == "/preview" and caught.value.line == 2


def test_suppressions_of_a_preview_rule_work_and_are_not_stale_when_it_is_off() -> None:
    """b100's ≤300人 of training (VAL020) suppressed on its line: hidden under --preview; without
    preview the comment is not told as suppressing nothing (its rule did not run)."""
    from conftest import ROOT

    path = next((ROOT / "fixtures" / "sectors").glob("b100-*.yaml"))
    text = path.read_text(encoding="utf-8")
    preview = Engine.build(Config(preview=True))
    [ceiling] = [f for f in preview.check_source(load_text(text, path.name)).findings if f.rule_id == "VAL020"]
    lines = text.splitlines(keepends=True)
    lines[ceiling.line - 1] = lines[ceiling.line - 1].rstrip("\n") + "  # ggtlint: disable=VAL020\n"
    commented = "".join(lines)
    assert not {"VAL020", "META001"} & {f.rule_id for f in preview.check_source(load_text(commented, path.name)).findings}
    assert preview.check_source(load_text(commented, path.name)).suppressed == 1
    default = {f.rule_id for f in Engine.build(Config()).check_source(load_text(commented, path.name)).findings}
    assert not {"VAL020", "META001"} & default and "TIME005" in default
    # a family is judged by the rules of it that run: without preview, disable=VAL there hides nothing
    family = commented.replace("disable=VAL020", "disable=VAL")
    assert "META001" not in {f.rule_id for f in preview.check_source(load_text(family, path.name)).findings}
    [stale] = [f for f in Engine.build(Config()).check_source(load_text(family, path.name)).findings
               if f.rule_id == "META001"]
    assert stale.line == ceiling.line and "没有抑制任何问题" in stale.message_zh

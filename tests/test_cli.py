"""The command line as a user runs it: exit codes, output formats, languages, errors."""

from __future__ import annotations

import json
import os
import shutil
import stat
import threading
from pathlib import Path

import pytest

from conftest import ROOT, SEED_DIR, python_m_ggtlint, run_ggtlint


run = run_ggtlint


def test_check_seed_fixtures_rich_report() -> None:
    proc = run("check", "fixtures/seed", "--no-color")
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml" in out
    assert "VAL001" in out and "达到要求服务质量水平" in out
    assert "共检查 20 个文件、20 张表" in out
    assert "\x1b[" not in out
    assert "Traceback" not in proc.stderr


def test_json_output_shape_and_counts() -> None:
    proc = run("check", "fixtures/seed", "--format", "json")
    data = json.loads(proc.stdout)
    summary = data["summary"]
    assert summary["files"] == 20 and summary["tables"] == 20
    assert summary["findings"] == len(data["findings"]) == summary["errors"] + summary["warnings"] + summary["infos"]
    for finding in data["findings"]:
        for key in ("rule_id", "severity", "message", "file", "line", "column", "end_line", "end_column", "path", "table"):
            assert key in finding
        assert finding["path"] == "" or finding["path"].startswith("/")


def test_english_messages() -> None:
    proc = run("check", "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", "--lang", "en", "--no-color")
    assert "Checked 1 file, 1 table" in proc.stdout
    assert "unquantified" in proc.stdout


def test_exit_codes_follow_fail_level(tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text((ROOT / "rules" / "examples" / "base-legacy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("check", str(clean)).returncode == 0
    t04 = str(SEED_DIR / "t04-jiuye-buzhu-2023.yaml")  # warnings and infos only
    assert run("check", t04).returncode == 0
    assert run("check", t04, "--fail-on", "warning").returncode == 1
    assert run("check", t04, "--max-warnings", "0").returncode == 1
    assert run("check", t04, "--max-warnings", "10").returncode == 0
    assert run("check", str(SEED_DIR), "--exit-zero").returncode == 0


def test_bad_inputs_are_findings_not_crashes() -> None:
    proc = run("check", "fixtures/bad", "--no-color")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    for code in ("LOAD003", "LOAD004", "LOAD005", "LOAD007"):
        assert code in proc.stdout
    assert "语法错误" in proc.stdout


def test_usage_errors_exit_2() -> None:
    proc = run("check", "does/not/exist.yaml")
    assert proc.returncode == 2 and "路径不存在" in proc.stderr
    assert run("check", "fixtures/seed", "--format", "pdf").returncode == 2
    assert run("explain", "NOPE999").returncode == 2
    assert run("check", "--no-such-option").returncode == 2


def test_output_file_is_written_and_never_over_an_input(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = run("check", "fixtures/seed", "--format", "json", "-o", str(out))
    assert proc.stdout == "" and json.loads(out.read_text(encoding="utf-8"))["summary"]["files"] == 20
    target = tmp_path / "t.yaml"
    target.write_text((SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = target.read_bytes()
    proc = run("check", str(target), "-o", str(target))
    assert proc.returncode == 2 and "拒绝覆盖" in proc.stderr
    assert target.read_bytes() == before
    os.link(target, tmp_path / "hard.json")  # another name for the same file
    (tmp_path / "soft.json").symlink_to(target)
    for other in ("hard.json", "soft.json"):
        proc = run("check", str(target), "--format", "json", "-o", str(tmp_path / other))
        assert proc.returncode == 2 and "拒绝覆盖" in proc.stderr, other
    assert target.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("report", [False, True])
def test_an_output_that_is_a_pipe_is_written_into_not_replaced(tmp_path: Path, report: bool) -> None:
    """``-o /dev/null`` or a named pipe: a rename over it would swap the device for a file
    (as root, /dev/null itself). A named pipe stands in for the device here."""
    pipe = tmp_path / ("review.html" if report else "out.json")
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    args = ["--report", str(pipe), "--format", "github"] if report else ["--format", "json", "-o", str(pipe)]
    proc = run("check", "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", *args, "--no-cache")
    reader.join(timeout=30)
    assert proc.returncode == 1, proc.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert received and (b"<html" in received[0] if report else json.loads(received[0])["summary"]["files"] == 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [pipe.name]  # no temporary file left beside it


def test_two_formats_in_one_run(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    proc = run("check", "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", "--format", "rich", "--format", f"json:{out}", "--no-color")
    assert "VAL001" in proc.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["tables"] == 1


def test_quiet_shows_only_failing_findings() -> None:
    proc = run("check", "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", "--quiet", "--no-color")
    assert "VAL001" in proc.stdout and "SAT002" not in proc.stdout


def test_no_color_env_and_forced_color() -> None:
    proc = run("check", "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", "--color", env={"NO_COLOR": ""})
    assert "\x1b[" in proc.stdout
    proc = run("check", "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml", env={"NO_COLOR": "1"})
    assert "\x1b[" not in proc.stdout


def test_show_json_has_parsed_values() -> None:
    proc = run("show", "fixtures/seed/t19-zhongzhi-zhuxuejin.yaml", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    table = json.loads(proc.stdout)["tables"][0]
    cost = next(i for i in table["indicators"] if i["value"] == "＝164.6万元")
    assert cost["parsed"]["kind"] == "money" and cost["parsed"]["yuan"] == "1646000"
    assert table["framework"] == "legacy" and table["budget_year"] == 2023
    proc = run("show", "fixtures/seed/t06-rencai-yinjin.yaml", "--format", "json")
    deadline = next(i for i in json.loads(proc.stdout)["tables"][0]["indicators"] if i["value"] == "12月底前")
    assert deadline["parsed"]["deadline"] == "2023-12-31"


def test_show_rich() -> None:
    proc = run("show", "fixtures/seed/t02-sanzhi-yifu-buzhu-2022.yaml", "--no-color")
    assert proc.returncode == 0
    assert "2022年高校毕业生" in proc.stdout and "中央" in proc.stdout and "万元" in proc.stdout
    # in Chinese the parsed value is told in words, not as the parser's field names
    proc = run("show", "fixtures/seed/t19-zhongzhi-zhuxuejin.yaml", "--no-color", env={"COLUMNS": "200"})
    assert "≥ 4115 人" in proc.stdout and "截止 2023-12-31" in proc.stdout and "（1646000 元）" in proc.stdout
    assert "长期表述" in proc.stdout and "op=" not in proc.stdout and "count" not in proc.stdout


def test_show_reads_workbooks_and_pdf_text_as_check_does(tmp_path: Path) -> None:
    """``show`` goes through check's loader: an exported workbook shows its table (it was LOAD009,
    "binary data"), and PDF text with --text-input shows every table of the seed text."""
    from conftest import SHARED

    workbook = tmp_path / "t19.xlsx"
    assert run("export", "fixtures/seed/t19-zhongzhi-zhuxuejin.yaml", "-o", str(workbook)).returncode == 0
    proc = run("show", str(workbook), "--format", "json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    table = json.loads(proc.stdout)["tables"][0]
    cost = next(i for i in table["indicators"] if i["value"] == "＝164.6万元")
    assert cost["parsed"]["yuan"] == "1646000" and table["budget_year"] == 2023
    text = SHARED / "seeds" / "000_65b3e8a41352e276.txt"
    shown = json.loads(run("show", str(text), "--text-input", "--format", "json").stdout)
    assert len(shown["tables"]) == 20
    assert "免学费" in run("show", str(text), "--text-input", "--no-color", env={"COLUMNS": "200"}).stdout


def test_schema_command_prints_the_published_schema() -> None:
    proc = run("schema")
    schema = json.loads(proc.stdout)
    assert schema["title"].startswith("项目支出绩效目标表")
    assert json.loads(run("schema", "--kind", "pack").stdout)["required"] == ["pack", "rules"]


def test_rules_and_explain() -> None:
    data = json.loads(run("rules", "--format", "json").stdout)
    ids = [rule["id"] for rule in data["rules"]]
    assert len(ids) == len(set(ids))
    refs = set(data["refs_covered"])
    assert len(refs & {f"R{n:02d}" for n in range(1, 44)}) >= 38
    proc = run("explain", "VAL001")
    assert proc.returncode == 0 and "为什么" in proc.stdout and "不合格示例" in proc.stdout
    assert "quantify" in run("explain", "quantify-output", "--lang", "en").stdout.lower()
    # a file that did not load is not checked; a misspelt key's table is (its "why" said otherwise)
    assert "cannot be checked at all" in run("explain", "LOAD003", "--lang", "en").stdout
    unknown_key = run("explain", "LOAD006", "--lang", "en").stdout
    assert "cannot be checked at all" not in unknown_key and "its content was not checked" in unknown_key



def test_explain_shows_its_examples_as_a_table_reads_and_what_the_check_says() -> None:
    """For a budget officer: indicator rows, not YAML; the finding the bad example gets; the fix with
    its placeholders filled for that example (VAL005's "{suggested}" was printed as it is)."""
    out = run("explain", "VAL005").stdout
    assert "效益指标 › 社会效益指标 › 培训后就业人数：1200人左右" in out and "indicators:" not in out
    assert "→检查结果：“培训后就业人数”的指标值“1200人左右”是约数" in out.replace("\n", "")
    assert "写成带比较符的目标，如“≥1200人”" in out.replace("\n", "") and "{suggested}" not in out
    assert "refs:" not in out and "⚠inferred" not in out  # research notes are the docs', not the officer's
    out = run("explain", "XT001").stdout  # a cross-table rule: its tables one after another
    assert "表 1" in out and "表 2" in out and "corpus:" not in out
    english = run("--lang", "en", "explain", "VAL005").stdout
    assert "→ reported as: " in english and 'e.g. "≥1200人"' in english.replace("\n", "")

def test_test_pack_command() -> None:
    proc = run("test-pack")
    assert proc.returncode == 0 and "失败 0 个" in proc.stdout



_BUREAU_RULE = """pack: {{name: bureau, version: "1"}}
rules:
  - id: {id}
    name: no-visits
    severity: warning
    selector: {{scope: indicator, level2: [数量指标]}}
    check: forbid-terms
    params: {{field: name, match: any, terms: [走访]}}
    message: {{zh: "“{{name}}”含“{{terms}}”。{message_extra}", en: "{{name}} contains {{terms}}."}}
    summary: {{zh: 数量指标不写走访。, en: No visits in quantity names.}}
    rationale: {{zh: 本局要求。, en: Bureau policy.}}
    fix: {{zh: 写可计数的对象。, en: Name what is counted.}}
    examples:
      bad: [{{indicators: {{产出指标: {{数量指标: [{{name: 走访慰问, value: ≥200人}}]}}}}}}]
"""


def test_a_pack_author_is_told_of_mistakes_before_a_bureau_runs_the_pack(tmp_path: Path) -> None:
    """A message naming a placeholder the check does not give stops the pack (it was printed as
    written, {foo}); a rule id of another pack, or one pack listed twice, stops the run."""
    pack = tmp_path / "bureau.yaml"
    pack.write_text(_BUREAU_RULE.format(id="BUR001", message_extra="{foo}"), encoding="utf-8")
    proc = run("test-pack", str(pack), cwd=tmp_path)
    assert proc.returncode == 2 and "bureau.yaml:9: /rules/0/message/zh: 消息中的占位符 {foo} 不是检查原语 " \
        "forbid-terms 提供的" in proc.stderr
    pack.write_text(_BUREAU_RULE.format(id="SAT001", message_extra=""), encoding="utf-8")
    proc = run("test-pack", str(pack), cwd=tmp_path)
    assert proc.returncode == 2 and "规则编号 SAT001 已由" in proc.stderr and "satisfaction.yaml" in proc.stderr
    pack.write_text(_BUREAU_RULE.format(id="BUR001", message_extra=""), encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [bureau.yaml, ./bureau.yaml]\n", encoding="utf-8")
    proc = run("check", str(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"), "--no-cache", "--config", ".ggtlint.yaml",
               cwd=tmp_path)
    assert proc.returncode == 2 and "重复列出" in proc.stderr
    (tmp_path / ".ggtlint.yaml").write_text("packs: [bureau.yaml]\nselect: [VAL]\n", encoding="utf-8")
    proc = run("test-pack", str(pack), cwd=tmp_path)  # listed by the configuration too: loaded once;
    assert proc.returncode == 0 and "示例 1 个：通过 1 个" in proc.stdout  # its select does not hide the rule



def test_a_pack_rule_reports_at_the_severity_its_author_wrote(tmp_path: Path) -> None:
    """satisfaction-target reports ＝100% as a notice in SAT001; a bureau's rule on it written
    severity: error reported it as a notice too, while rules and explain said 错误."""
    (tmp_path / "sat.yaml").write_text("""pack: {name: bureau, version: "1"}
rules:
  - id: BUR002
    name: satisfaction-90
    severity: error
    selector: {scope: indicator, level2: [服务对象满意度指标]}
    check: satisfaction-target
    params: {min: 90}
    message: {zh: "满意度“{name}”目标 {value} 不合本市要求。", en: "{name}: {value} is not what the city asks."}
    summary: {zh: 满意度不低于90%。, en: Satisfaction at least 90%.}
    rationale: {zh: 本市要求。, en: City policy.}
    fix: {zh: 写“≥90%”。, en: Write ≥90%.}
""", encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("packs: [sat.yaml]\nselect: [BUR002]\n", encoding="utf-8")
    table = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "value: ＝100%" in table  # T1's satisfaction targets
    (tmp_path / "t.yaml").write_text(table, encoding="utf-8")
    found = json.loads(run("check", "t.yaml", "--no-cache", "-f", "json", cwd=tmp_path).stdout)["findings"]
    assert found and {f["severity"] for f in found} == {"error"}

def test_test_pack_runs_a_pack_under_the_configurations_lexicons(tmp_path: Path) -> None:
    """A pack relying on the configuration's lexicon (a local vague word) passes test-pack as it works in check."""
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "vague-terms.yaml").write_text("terms: [扎实开展]\n", encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("lexicons: [lexicon/]\n", encoding="utf-8")
    pack = tmp_path / "vague.yaml"
    pack.write_text("""pack: {name: bureau-vague, version: "1"}
rules:
  - id: BUR005
    name: local-vague
    severity: warning
    selector: {scope: indicator}
    check: forbid-terms
    params: {field: value, source: vague}
    message: {zh: "“{name}”的指标值含模糊词。", en: "{name} is vague."}
    summary: {zh: 模糊词。, en: Vague.}
    rationale: {zh: 本局要求。, en: Bureau policy.}
    fix: {zh: 量化。, en: Quantify.}
    examples:
      bad: [{indicators: {效益指标: {社会效益指标: [{name: 就业工作, value: 扎实开展}]}}}]
""", encoding="utf-8")
    assert "失败 0 个" in run("test-pack", str(pack), cwd=tmp_path).stdout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".ggtlint.yaml").write_text("lang: zh\n", encoding="utf-8")
    assert "未通过 BUR005 不合格示例第 1 个：没有报告问题" in run("test-pack", str(pack), cwd=elsewhere).stdout

def test_version() -> None:
    from ggtlint import __version__

    assert run("--version").stdout.strip() == f"ggtlint, version {__version__}"


def test_quiet_applies_to_every_output(tmp_path: Path) -> None:
    """--quiet drops the findings below the fail level from every output and report (JSON, SARIF,
    JUnit, GitHub annotations, the HTML page and the workbook), while the summary still counts
    every finding (the exit code and totals do not change)."""
    from openpyxl import load_workbook

    seed = "fixtures/seed/t01-zhuwai-laowu-xiezuo.yaml"
    full, quiet = tmp_path / "full.json", tmp_path / "quiet.json"
    run("check", seed, "--format", f"json:{full}", "--no-cache")
    sarif, junit, github = tmp_path / "quiet.sarif", tmp_path / "quiet.xml", tmp_path / "quiet.txt"
    page, workbook = tmp_path / "quiet.html", tmp_path / "quiet.xlsx"
    run("check", seed, "--format", f"json:{quiet}", "--format", f"sarif:{sarif}", "--format", f"junit:{junit}",
        "--format", f"github:{github}", "--report", str(page), "--report", str(workbook), "--quiet", "--no-cache")
    everything, failing = json.loads(full.read_text(encoding="utf-8")), json.loads(quiet.read_text(encoding="utf-8"))
    levels = {finding["severity"] for finding in everything["findings"]}
    assert {"error", "warning"} <= levels  # the seed has both, so the filter has work to do
    errors = [f for f in everything["findings"] if f["severity"] == "error"]
    assert failing["findings"] == errors
    assert failing["summary"] == everything["summary"]
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert len(results) == len(errors) and {result["level"] for result in results} == {"error"}
    annotations = [line for line in github.read_text(encoding="utf-8").splitlines() if line.startswith("::")]
    assert len(annotations) == len(errors) and all(line.startswith("::error ") for line in annotations)
    xml = junit.read_text(encoding="utf-8")
    assert xml.count(" 错误 ") == len(errors) and " 警告 " not in xml and "<system-out>" not in xml
    html = page.read_text(encoding="utf-8")
    assert html.count('data-level="error"') == len(errors) and 'data-level="warning"' not in html
    rows = list(load_workbook(workbook)["问题清单 Findings"].iter_rows(min_row=2, values_only=True))
    assert [row[6] for row in rows] == ["错误"] * len(errors)


def test_a_folder_without_tables_says_so(tmp_path: Path) -> None:
    """Nothing to check is not an error, but the user is told which files ggtlint looks for."""
    (tmp_path / "notes.txt").write_text("不是目标表", encoding="utf-8")
    proc = run("check", str(tmp_path), "--no-cache")
    assert proc.returncode == 0 and "共检查 0 个文件" in proc.stdout
    assert "没有找到要检查的文件" in proc.stderr and ".xlsm" in proc.stderr and "--text-input" in proc.stderr
    assert "no files to check" not in proc.stderr  # Chinese only: English is --lang en's
    assert "no files to check" in run("--lang", "en", "check", str(tmp_path), "--no-cache").stderr
    proc = run("check", str(tmp_path), "--no-cache", "--text-input")  # the .txt is read as PDF text now
    assert "没有找到要检查的文件" not in proc.stderr


@pytest.mark.parametrize(("args", "chinese"), [
    (["check", "fixtures/seed", "--jobs", "-1"], "ggtlint: --jobs 的值不对：应为不小于 0 的整数。"),
    (["check", "fixtures/seed", "--fail-on", "fatal"], "ggtlint: --fail-on 的值不对：可选值为 error、warning、info。"),
    (["check", "fixtures/seed", "--budget-year", "1800"], "应为不小于 1990、不大于 2100 的整数"),
    (["check", "fixtures/seed", "--cache-dir", "README.md"], "--cache-dir 的值不对：应为文件夹，不能是文件。"),
    (["check", "fixtures/seed", "--colr"], "ggtlint: 没有 --colr 这个选项，是不是要用 --color、--no-color？"),
    (["explain"], "ggtlint: 缺少参数 RULE_ID。"),
    (["import", "x.xlsx"], "ggtlint: 缺少选项 --output。"),
    (["check", "fixtures/seed", "--format"], "ggtlint: 选项 --format 后面缺少值，或用法不对。"),
])
def test_command_line_mistakes_are_explained_in_chinese_first(args: list[str], chinese: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    first, english = proc.stderr.splitlines()[:2]
    assert chinese in first and first.startswith("ggtlint: ")
    assert english.strip()[0].isascii() and english.strip() != ""  # click's own words follow
    assert "Traceback" not in proc.stderr


def _stdin_run(data: bytes, *args: str, tmp: Path) -> tuple[int, str, str]:
    """``ggtlint ARGS`` with ``data`` on standard input (and TMPDIR in ``tmp``, to see what is left there)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", "TMPDIR": str(tmp)}
    env.pop("GGTLINT_DEBUG", None)
    proc = python_m_ggtlint(*args, input=data, cwd=ROOT, env=env, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_a_table_on_standard_input_is_checked_as_the_file_it_stands_for(tmp_path: Path) -> None:
    seed = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"
    shown = "fixtures/seed/t04-jiuye-buzhu-2023.yaml"
    from_file = run("check", shown, "--format", "json", "--no-cache")
    code, out, err = _stdin_run(seed.read_bytes(), "check", "-", "--stdin-filename", shown, "--format", "json",
                                tmp=tmp_path)
    assert (code, err) == (from_file.returncode, "")
    assert json.loads(out)["findings"] == json.loads(from_file.stdout)["findings"]
    assert json.loads(out)["findings"] and all(f["file"] == shown for f in json.loads(out)["findings"])
    # GBK bytes and no name: read all the same, shown as stdin.yaml
    code, out, _ = _stdin_run(seed.read_text(encoding="utf-8").encode("gbk"), "check", "-", "--format", "json",
                              tmp=tmp_path)
    assert {f["file"] for f in json.loads(out)["findings"]} == {"stdin.yaml"}
    assert len(json.loads(out)["findings"]) == len(json.loads(from_file.stdout)["findings"])
    assert list(tmp_path.iterdir()) == []  # the temporary copy is gone


def test_a_workbook_and_an_oversized_file_on_standard_input(tmp_path: Path) -> None:
    from test_xlsx import _save, realistic_workbook

    code, out, _ = _stdin_run(_save(realistic_workbook()), "check", "-", "--stdin-filename", "申报.xlsx",
                              "--format", "json", tmp=tmp_path)
    located = {(f["rule_id"], f.get("sheet"), f.get("cell")) for f in json.loads(out)["findings"]}
    assert code == 1 and ("VAL005", "申报表", "E15") in located
    code, out, _ = _stdin_run(b"a: " + b"x" * (2 * 1024 * 1024), "check", "-", "--max-file-size", "1",
                              "--format", "json", tmp=tmp_path)
    assert code == 1 and [f["rule_id"] for f in json.loads(out)["findings"]] == ["LOAD008"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("option", [["-o"], ["-f", "json:"], ["--report"]])
def test_an_output_never_replaces_the_file_standard_input_stands_for(tmp_path: Path, option: list[str]) -> None:
    """An editor pipes its buffer in and names the file: -o that file replaced the table with
    the findings (exit 0, nothing said)."""
    table = tmp_path / ("t19.xlsx" if option == ["--report"] else "t19.yaml")
    table.write_bytes((SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_bytes())
    before = table.read_bytes()
    target = [option[0], str(table)] if len(option) == 1 else [option[0], option[1] + str(table)]
    code, out, err = _stdin_run(before, "check", "-", "--stdin-filename", str(table), *target, tmp=tmp_path)
    assert code == 2 and "是被检查的输入文件，拒绝覆盖" in err, err
    assert table.read_bytes() == before


def test_standard_input_goes_alone(tmp_path: Path) -> None:
    code, _, err = _stdin_run(b"", "check", "-", "fixtures/seed", tmp=tmp_path)
    assert code == 2 and "标准输入" in err
    code, _, err = _stdin_run(b"", "check", "fixtures/seed", "--stdin-filename", "a.yaml", tmp=tmp_path)
    assert code == 2 and "--stdin-filename" in err


@pytest.mark.parametrize("fmt", ["sarif", "json", "github", "rich"])
def test_a_stdin_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path, fmt: str) -> None:
    """An editor may pass a file name in a legacy encoding: it is shown as \\xNN, as a file of
    that name on disk would be, and every output stays valid UTF-8 (it crashed SARIF and -o)."""
    seed = (SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_bytes()
    name = os.fsdecode(b"d\xffx.yaml")
    out_file = tmp_path / f"out.{fmt}"
    code, out, err = _stdin_run(seed, "check", "-", "--stdin-filename", name, "-f", fmt, "-o", str(out_file),
                                tmp=tmp_path)
    assert code in (0, 1) and "Traceback" not in err and "内部错误" not in err, err
    written = out_file.read_bytes().decode("utf-8")  # strict: valid UTF-8
    # SARIF names the file by URI: its own byte 0xFF, percent-encoded
    assert ("d%FFx.yaml" if fmt == "sarif" else "d\\xffx.yaml") in written.replace("\\\\", "\\")


def test_a_control_character_is_named_in_the_message_language() -> None:
    english = run("check", "fixtures/bad/control-chars.yaml", "--lang", "en", "-f", "json", "--no-cache")
    chinese = run("check", "fixtures/bad/control-chars.yaml", "-f", "json", "--no-cache")
    (en,) = [f["message"] for f in json.loads(english.stdout)["findings"]]
    (zh,) = [f["message"] for f in json.loads(chinese.stdout)["findings"]]
    assert "U+0007" in en and not any("\u4e00" <= c <= "\u9fff" for c in en), en
    assert "不允许的字符 U+0007（YAML 文件中不能有控制字符）" in zh, zh


@pytest.mark.parametrize("where, words", [
    ("afile/x.json", "路径中有一段是文件而不是文件夹"),
    ("/proc/ggtlint-nowhere/x.json", "它所在的文件夹不存在"),
    ("/proc/x.json", "这个位置不能新建文件"),  # the folder is there: it was called missing
])
@pytest.mark.parametrize("option", ["-o", "--report", "--write-baseline"])
def test_an_output_that_cannot_be_written_is_said_in_words(tmp_path: Path, where: str, words: str,
                                                           option: str) -> None:
    """A mistyped output path is the user's to fix: exit 2 and why, not an "internal error"."""
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", tmp_path / "t04.yaml")
    target = where.replace(".json", ".html") if option == "--report" else where
    args = ["-f", "json", option, target] if option == "-o" else [option, target]
    proc = run("check", "t04.yaml", *args, "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert f"ggtlint: 无法写入 {target}：{words}" in proc.stderr and "内部错误" not in proc.stderr, proc.stderr


def test_hidden_folders_links_and_a_file_named_dash(tmp_path: Path) -> None:
    """A CI workflow under .github is no table; a link to a table in the same tree is checked
    once (XT003 once called a table 100% copied from itself); "./-" is a file, "-" stdin."""
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text("on: push\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", tmp_path / "sub" / "t04.yaml")
    os.symlink("sub/t04.yaml", tmp_path / "alias.yaml")
    os.symlink("sub", tmp_path / "old.yaml")  # a link to a folder, named like a table: neither walked nor read
    data = json.loads(run("check", ".", "-f", "json", "--no-cache", cwd=tmp_path).stdout)
    assert data["summary"]["files"] == 1 and not [f for f in data["findings"] if f["rule_id"].startswith(("XT", "LOAD"))]
    named = json.loads(run("check", ".github/workflows/ci.yml", "-f", "json", "--no-cache", cwd=tmp_path).stdout)
    assert [f["rule_id"] for f in named["findings"]] == ["LOAD004"]  # named: checked
    os.symlink("sub", tmp_path / "linked")  # the same folder by a link and by its name: once
    both = json.loads(run("check", "linked", "sub", "-f", "json", "--no-cache", cwd=tmp_path).stdout)
    assert both["summary"]["files"] == 1
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", tmp_path / "-")
    dash = json.loads(run("check", "./-", "-f", "json", "--no-cache", cwd=tmp_path).stdout)
    assert dash["findings"] and {f["file"] for f in dash["findings"]} == {"-"}


def test_the_config_language_holds_for_every_command(tmp_path: Path) -> None:
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", tmp_path / "t04.yaml")
    (tmp_path / ".ggtlint.yaml").write_text("lang: en\n", encoding="utf-8")
    assert "Budget year" in run("show", "t04.yaml", cwd=tmp_path).stdout
    assert "what it checks" in run("explain", "VAL001", cwd=tmp_path).stdout.lower()
    assert "预算年度" in run("show", "t04.yaml", "--lang", "zh", cwd=tmp_path).stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_while_writing_is_said_in_words() -> None:
    proc = run("check", str(SEED_DIR / "t04-jiuye-buzhu-2023.yaml"), "-f", "json", "-o", "/dev/full", "--no-cache")
    assert proc.returncode == 2 and "磁盘已满" in proc.stderr and "内部错误" not in proc.stderr, proc.stderr


def test_rules_and_explain_describe_every_rule_whatever_the_config_selects(tmp_path: Path) -> None:
    """A folder whose configuration selects one rule: ``rules`` still lists all of them (marking the
    ones switched off here) and ``explain`` still explains a switched-off rule (it said "no such
    rule"); load findings, which nothing switches off, are not marked."""
    (tmp_path / ".ggtlint.yaml").write_text("select: [VAL001]\n", encoding="utf-8")
    every = json.loads(run("rules", "-f", "json").stdout)["rules"]
    here = json.loads(run("rules", "-f", "json", cwd=tmp_path).stdout)["rules"]
    assert [r["id"] for r in here] == [r["id"] for r in every]
    # without a configuration every rule runs but the preview ones (they need --preview)
    assert {r["id"] for r in every if not r["enabled"]} == {r["id"] for r in every if r["preview"]} \
        == {"VAL020", "VAL025", "VAL026", "CAT011", "CAT012", "REL011", "TIME008"}
    off = {r["id"] for r in here if not r["enabled"]}
    assert "SAT001" in off and "VAL001" not in off and "LOAD003" not in off
    proc = run("explain", "SAT001", cwd=tmp_path)
    assert proc.returncode == 0 and "当前配置（select/ignore）关闭了这条规则" in proc.stdout
    table = run("rules", cwd=tmp_path, env={"COLUMNS": "80"}).stdout
    assert "（本配置已关闭）" in table
    assert "环）。" in table  # LOAD001's summary wrapped to its end at 80 columns, not cut with "…"


def test_explain_speaks_one_language_and_shows_a_real_good_example() -> None:
    proc = run("explain", "VAL001")
    assert "(错误)" in proc.stdout.split("\n")[0] and "(error)" not in proc.stdout
    good = proc.stdout.split("合格示例")[-1]
    assert "出水水质" in good or "网络安全等级保护测评" in good  # not "{}"
    assert "{}" not in run("explain", "STR007").stdout
    assert "(warning/info)" in run("explain", "SAT001", "--lang", "en").stdout.split("\n")[0]  # ＝100% is a notice


def test_an_unsaved_buffer_gets_its_folders_config_and_exclude(tmp_path: Path) -> None:
    """An editor passes a new file's name (not on disk yet): the configuration of its folder
    applies (it was ignored), and a name the configuration excludes is not checked, with a note."""
    dept = tmp_path / "dept"
    dept.mkdir()
    (dept / ".ggtlint.yaml").write_text('select: [VAL001]\nexclude: ["*草稿*"]\n', encoding="utf-8")
    seed = (SEED_DIR / "t06-rencai-yinjin.yaml").read_bytes()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    code, out, _ = _stdin_run(seed, "check", "-", "--stdin-filename", str(dept / "new.yaml"), "-f", "json", tmp=tmp)
    assert code == 1 and {f["rule_id"] for f in json.loads(out)["findings"]} == {"VAL001"}
    code, out, err = _stdin_run(seed, "check", "-", "--stdin-filename", str(dept / "a草稿.yaml"), "-f", "json",
                                tmp=tmp)
    assert code == 0 and json.loads(out)["findings"] == [] and "exclude 排除" in err
    (dept / "b草稿.yaml").write_bytes(seed)
    proc = run("check", dept / "b草稿.yaml")
    assert proc.returncode == 0 and "exclude 排除" in proc.stderr and "没有找到要检查的文件" not in proc.stderr


def test_no_command_the_language_before_the_command_and_in_the_environment(tmp_path: Path) -> None:
    proc = run()
    assert proc.returncode == 2 and "Commands:" in proc.stdout and "缺少命令" in proc.stderr
    assert proc.stderr.count("Usage") == 0  # the help once, on stdout
    only_lang = run("--lang", "en")
    assert only_lang.returncode == 2 and "Commands:" in only_lang.stdout and "missing command" in only_lang.stderr
    t04 = str(SEED_DIR / "t04-jiuye-buzhu-2023.yaml")
    assert "Checked 1 file, 1 table" in run("--lang", "en", "check", t04).stdout
    assert "Checked 1 file" in run("check", t04, env={"GGTLINT_LANG": "en"}).stdout
    assert "共检查" in run("check", t04, "--lang", "zh", env={"GGTLINT_LANG": "en"}).stdout
    bad = run("check", t04, env={"GGTLINT_LANG": "fr"})
    assert bad.returncode == 2 and "环境变量 GGTLINT_LANG" in bad.stderr and "--lang 的值" not in bad.stderr
    assert "must be zh or en" in bad.stderr  # which language to say it in is unknown
    # the form locale settings take (LANG=en_US.UTF-8) names the language too
    assert "Checked 1 file" in run("check", t04, env={"GGTLINT_LANG": "en_US.UTF-8"}).stdout
    assert "共检查" in run("check", t04, env={"GGTLINT_LANG": "zh_CN.UTF-8"}).stdout


def test_a_missing_file_named_to_test_pack_is_said_to_be_missing() -> None:
    proc = run("test-pack", "nope.yaml")
    assert proc.returncode == 2 and "指定的文件不存在" in proc.stderr and "不能是文件夹" not in proc.stderr


def test_import_takes_text_input_as_check_does(tmp_path: Path) -> None:
    from conftest import SHARED

    text = SHARED / "seeds" / "000_65b3e8a41352e276.txt"
    proc = run("import", text, "--text-input", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert len(list((tmp_path / "out").glob("*.yaml"))) == 20


def test_a_part_that_is_no_table_is_headed_by_its_number_only(tmp_path: Path) -> None:
    """In the terminal a multi-table file's parts are headed 表 N: project; a part that is no table
    has no project and was headed "表 2: #2" (JUnit names it 表 2)."""
    seed = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "m.yaml").write_text(seed + "---\n- 这不是一张表\n---\n" + seed, encoding="utf-8")
    out = run("check", tmp_path / "m.yaml", "--no-color").stdout
    assert "  表 2\n" in out and "#2" not in out and "表 1: 2023年就业补助资金" in out


@pytest.mark.parametrize("args", [
    ("check", "nope.yaml"), ("explain", "NOPE"), ("check", "fixtures/seed", "-f", "bogus"), ("check", "--bogus"),
    ("check", "fixtures/seed/t04-jiuye-buzhu-2023.yaml", "--config", "nope.yaml"),
])
def test_errors_are_in_english_only_under_lang_en(args: tuple[str, ...]) -> None:
    """ggtlint's own errors were Chinese first whatever --lang said; in Chinese they keep the
    English after them, under --lang en (or GGTLINT_LANG=en) they are English alone."""
    import re

    cjk = re.compile(r"[\u4e00-\u9fff]")
    for proc in (run(*args, "--lang", "en"), run("--lang", "en", *args), run(*args, env={"GGTLINT_LANG": "en"})):
        assert proc.returncode == 2 and proc.stderr.startswith("ggtlint: ")
        assert not cjk.search(proc.stderr), proc.stderr
    chinese = run(*args)
    assert chinese.returncode == 2 and cjk.search(chinese.stderr)


def test_import_and_export_go_on_when_the_configuration_is_broken(tmp_path: Path) -> None:
    """They need the configuration only for its lang:, so a broken one is reported and passed
    over (it stopped them with exit 2); check, which needs it whole, still stops."""
    (tmp_path / ".ggtlint.yaml").write_text("select: [val001\n", encoding="utf-8")
    seed = tmp_path / "t04.yaml"
    seed.write_bytes((SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_bytes())
    exported = run("export", seed, "-o", tmp_path / "t04.xlsx", cwd=tmp_path)
    assert exported.returncode == 0 and "配置文件有误" in exported.stderr and (tmp_path / "t04.xlsx").is_file()
    imported = run("import", tmp_path / "t04.xlsx", "-o", tmp_path / "back", cwd=tmp_path)
    assert imported.returncode == 0 and list((tmp_path / "back").glob("*.yaml"))
    assert run("check", seed, cwd=tmp_path).returncode == 2


def test_import_to_standard_output_is_refused_not_made_a_folder(tmp_path: Path) -> None:
    """`import FILE -o -` made a folder named "-" holding the target file; now it says what to use."""
    proc = run("import", str(ROOT / "fixtures" / "seed" / "t01-zhuwai-laowu-xiezuo.yaml"), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 2 and "ggtlint show" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_rules_list_every_level_a_rules_findings_come_at(tmp_path: Path) -> None:
    """STR004 was listed as an error, and its 55 findings on a bureau's batch were all notices
    (short category names): the listing gives each level its kinds of finding have."""
    data = {rule["id"]: rule for rule in json.loads(run("rules", "--format", "json").stdout)["rules"]}
    assert data["STR004"]["severity"] == "error" and data["STR004"]["levels"] == ["error", "warning", "info"]
    assert data["VAL001"]["levels"] == ["error"]
    assert "错误/警告/提示" in run("rules").stdout and "(error/warning/info)" not in run("explain", "STR004").stdout
    assert "(error/warning/info)" in run("explain", "STR004", "--lang", "en").stdout
    # a level set in the configuration is every finding's
    (tmp_path / "strict.yaml").write_text("severity:\n  STR004: warning\n", encoding="utf-8")
    overridden = {rule["id"]: rule for rule in json.loads(run("rules", "--format", "json", "--config",
                                                               str(tmp_path / "strict.yaml")).stdout)["rules"]}
    assert overridden["STR004"]["levels"] == ["warning"]


def test_the_rules_page_in_english_is_english() -> None:
    """ggtlint --lang en rules -f markdown gave the bilingual page (Chinese headings and texts)."""
    page = run("--lang", "en", "rules", "--format", "markdown").stdout
    assert page.startswith("# ggtlint rules\n") and "**What it checks:**" in page and "**Fix:**" in page
    assert "检查内容" not in page and "修改方法" not in page and "为什么" not in page
    assert run("rules", "--format", "markdown").stdout == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def test_show_reads_a_change_as_a_change(tmp_path: Path) -> None:
    """T1's visits written 较上年下降≥5%: show reads it as a decrease of at least 5 %, not as a floor."""
    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "        value: ≥200人\n" in text
    (tmp_path / "t.yaml").write_text(text.replace("        value: ≥200人\n", "        value: 较上年下降≥5%\n"),
                                     encoding="utf-8")
    shown = run_ggtlint("show", tmp_path / "t.yaml").stdout
    assert "减少 ≥ 5 %" in shown
    assert "down by ≥ 5 %" in run_ggtlint("--lang", "en", "show", tmp_path / "t.yaml").stdout


# b100: 培训专职消防队员 ≤300人 (VAL020) and 维修更换消火栓 ≥120个 under 质量 (CAT011), both preview rules
_PREVIEW_TABLE = "fixtures/sectors/b100-xiaofang-zhuanzhidui.yaml"
_PREVIEWS = {"VAL020", "CAT011"}


def _rules_found(*args: str, cwd: Path = ROOT) -> set[str]:
    proc = run("check", *args, "--format", "json", "--no-cache", cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return {finding["rule_id"] for finding in json.loads(proc.stdout)["findings"]}


def test_preview_rules_run_with_preview_or_named_in_full(tmp_path: Path) -> None:
    default = _rules_found(_PREVIEW_TABLE)
    assert not _PREVIEWS & default and "TIME005" in default
    assert _rules_found(_PREVIEW_TABLE, "--preview") == default | _PREVIEWS
    assert _rules_found(_PREVIEW_TABLE, "--select", "VAL020") == {"VAL020"}
    # a family does not turn them on: only its rules that are not previews run
    assert _rules_found(_PREVIEW_TABLE, "--select", "VAL,CAT") == {rule for rule in default if rule.startswith(("VAL", "CAT"))}
    assert _rules_found(_PREVIEW_TABLE, "--select", "VAL", "--preview") == {"VAL020"}
    assert _rules_found(_PREVIEW_TABLE, "--preview", "--ignore", "VAL020") == default | {"CAT011"}
    # the configuration's preview: true, and --no-preview over it
    shutil.copy(ROOT / _PREVIEW_TABLE, tmp_path / "b100.yaml")
    (tmp_path / ".ggtlint.yaml").write_text("preview: true\n", encoding="utf-8")
    assert _rules_found("b100.yaml", cwd=tmp_path) == default | _PREVIEWS
    assert _rules_found("b100.yaml", "--no-preview", cwd=tmp_path) == default


def test_rules_and_explain_mark_preview_rules_and_say_how_to_turn_them_on() -> None:
    data = {rule["id"]: rule for rule in json.loads(run("rules", "--format", "json").stdout)["rules"]}
    assert data["VAL020"]["preview"] and not data["VAL020"]["enabled"]
    assert not data["VAL019"]["preview"] and data["VAL019"]["enabled"]
    table = run("rules").stdout.replace("\n", "")
    assert "预览，未开启" in table.replace("│", "").replace(" ", "") and "--preview" in table
    markdown = run("rules", "--format", "markdown").stdout
    assert "ceiling-on-an-output (preview)" in markdown and "preview: true" in markdown
    explained = run("explain", "VAL020").stdout.replace("\n", "")
    assert "这是一条预览规则，当前没有运行" in explained and "--select VAL020" in explained
    english = run("explain", "CAT011", "--lang", "en").stdout.replace("\n", " ")
    assert "A preview rule, not run here" in english and "--preview" in english
    assert "preview" not in run("explain", "VAL019", "--lang", "en").stdout
    assert "预览规则" in run("check", "--help").stdout


def test_rules_tell_a_preview_rule_waiting_for_preview_from_one_the_configuration_switches_off(tmp_path: Path) -> None:
    (tmp_path / ".ggtlint.yaml").write_text("select: [VAL]\n", encoding="utf-8")
    val020 = run("explain", "VAL020", cwd=tmp_path).stdout.replace("\n", "")
    assert "当前没有运行" in val020 and "select/ignore" not in val020
    cat011 = run("explain", "CAT011", cwd=tmp_path).stdout.replace("\n", "")
    assert "当前没有运行" not in cat011 and "当前配置（select/ignore）关闭了这条规则" in cat011
    (tmp_path / ".ggtlint.yaml").write_text("select: [VAL]\npreview: true\n", encoding="utf-8")
    assert "当前配置已开启它" in run("explain", "VAL020", cwd=tmp_path).stdout.replace("\n", "")

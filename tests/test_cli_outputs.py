"""Where a run's outputs and reports go, and what a folder holds besides tables.

A bureau writes its reports into the folders it reviews and runs again the next day; a CI job
writes several formats at once. These tests run the real command line on copies of the seed
tables: nothing a department submitted may be written over or silently left out, and a report
that cannot be written is found before the run, not after it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED_DIR, run_ggtlint

SEED_T01 = SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"
SEED_T03 = SEED_DIR / "t03-sanzhi-yifu-kaoshi.yaml"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A department's folder: two seed tables and, as departments submit them, a workbook."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(SEED_T01, inbox)
    shutil.copy(SEED_T03, inbox)
    assert run_ggtlint("export", SEED_DIR / "t04-jiuye-buzhu-2023.yaml", "-o", inbox / "申报表.xlsx").returncode == 0
    return inbox


def test_a_report_path_on_a_departments_workbook_is_refused(folder: Path, tmp_path: Path) -> None:
    workbook = folder / "申报表.xlsx"
    before = workbook.read_bytes()
    proc = run_ggtlint("check", "in", "--report", "in/申报表.xlsx", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "拒绝覆盖" in proc.stderr and "不是 ggtlint 写出的检查结果或报告" in proc.stderr
    assert workbook.read_bytes() == before
    proc = run_ggtlint("check", "in", "-f", "json", "-o", "in/t01-zhuwai-laowu-xiezuo.yaml", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2 and (folder / "t01-zhuwai-laowu-xiezuo.yaml").read_bytes() == SEED_T01.read_bytes()


def test_reports_of_earlier_runs_in_the_folder_are_not_checked_as_tables(folder: Path, tmp_path: Path) -> None:
    first = run_ggtlint("check", "in", "--report", "in/审核.xlsx", "-f", "json:in/结果.json", "--no-cache",
                        "-f", "github", cwd=tmp_path)
    assert first.returncode == 1 and (folder / "审核.xlsx").is_file()
    shutil.copy(folder / "审核.xlsx", folder / "上次审核.xlsx")  # an earlier report under another name
    shutil.copy(folder / "结果.json", folder / "上次结果.json")
    again = run_ggtlint("check", "in", "--report", "in/审核.xlsx", "-f", "json:in/结果.json", "--no-cache",
                        "-f", "github", cwd=tmp_path)
    assert again.returncode == first.returncode and again.stdout == first.stdout  # no LOAD004 for the reports
    assert "跳过 ggtlint 写出的文件 in/上次审核.xlsx、in/上次结果.json" in again.stderr
    summary = json.loads((folder / "结果.json").read_text(encoding="utf-8"))["summary"]
    assert summary["files"] == 3  # the two tables and the department's workbook


def test_a_baseline_written_into_the_checked_folder_is_not_a_table_next_time(folder: Path, tmp_path: Path) -> None:
    """check in/ --write-baseline in/baseline.json, then check in/: the baseline was read as a
    table (LOAD004, an error) and the run failed."""
    written = run_ggtlint("check", "in", "--write-baseline", "in/baseline.json", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    again = run_ggtlint("check", "in", "--no-cache", "-f", "json", cwd=tmp_path)
    assert not [f for f in json.loads(again.stdout)["findings"] if f["file"] == "in/baseline.json"]
    assert "跳过 ggtlint 写出的文件 in/baseline.json（检查结果、报告或基线，不是绩效目标表）" in again.stderr


def test_files_ggtlint_cannot_read_are_named_with_what_to_do(folder: Path, tmp_path: Path) -> None:
    for name in ("旧表.xls", "批复.pdf", "说明.docx"):
        (folder / name).write_bytes(b"x")
    (folder / "提取.txt").write_text("项目支出绩效目标表（2024年度）\n项目名称 某项目\n", encoding="utf-8")
    proc = run_ggtlint("check", "in", "--no-cache", "-f", "json", cwd=tmp_path)
    assert json.loads(proc.stdout)["summary"]["files"] == 3
    assert "没有检查 4 个 ggtlint 无法直接读取的文件" in proc.stderr
    assert "in/旧表.xls：请在 Excel 或 WPS 中另存为 .xlsx" in proc.stderr
    assert "in/批复.pdf：请用 pdftotext -layout 提取文本" in proc.stderr
    assert "in/提取.txt：从 PDF 提取的文本需加 --text-input" in proc.stderr
    english = run_ggtlint("--lang", "en", "check", "in", "--no-cache", "-f", "json", "--text-input", cwd=tmp_path)
    assert "not checked: 3 files ggtlint cannot read" in english.stderr and "提取.txt" not in english.stderr
    # the machine outputs name them too: the run fails with them (exit 1), and a CI log or a
    # script reading the JSON had no word of why
    assert proc.returncode == 1
    assert {"file": "in/旧表.xls", "reason": "请在 Excel 或 WPS 中另存为 .xlsx"} in json.loads(proc.stdout)["not_checked"]
    github = run_ggtlint("check", "in", "--no-cache", "-f", "github", "--lang", "en", cwd=tmp_path).stdout
    assert "::error file=in/旧表.xls,title=ggtlint::ggtlint did not check this file: save it as .xlsx in Excel or WPS" \
        in github
    sarif = json.loads(run_ggtlint("check", "in", "--no-cache", "-f", "sarif", cwd=tmp_path).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert sorted((n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for n in notes
                  if n["descriptor"]["id"] == "ggtlint/not-checked") == [
        ("error", "in/%E6%89%B9%E5%A4%8D.pdf"), ("error", "in/%E6%8F%90%E5%8F%96.txt"),
        ("error", "in/%E6%97%A7%E8%A1%A8.xls"), ("error", "in/%E8%AF%B4%E6%98%8E.docx")]
    passing = json.loads(run_ggtlint("check", "in", "--no-cache", "-f", "json", "--exit-zero", cwd=tmp_path).stdout)
    assert len(passing["not_checked"]) == 4


@pytest.mark.parametrize("args", [
    ["-f", "sarif:o1", "-f", "json:o1"],
    ["-f", "json:o3", "-o", "./o3", "-f", "sarif"],
    ["--report", "r.html", "--report", "./r.html"],
    ["-f", "json:r.xlsx", "--report", "r.xlsx"],
])
def test_two_outputs_of_one_run_may_not_share_a_file(folder: Path, tmp_path: Path, args: list[str]) -> None:
    proc = run_ggtlint("check", "in", "--no-cache", *args, cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "是同一个文件" in proc.stderr
    assert not [p.name for p in tmp_path.iterdir() if p.is_file()]  # nothing written


def test_ggtlints_own_files_named_on_the_command_line_are_not_tables(folder: Path, tmp_path: Path) -> None:
    """pre-commit names every staged file: a staged report.json (ggtlint's own output) or
    baseline was read as a table (LOAD004) and blocked the commit."""
    first = run_ggtlint("check", "in", "--no-cache", "-f", "json", "-o", "report.json",
                        "--write-baseline", "baseline.json", cwd=tmp_path)
    assert (tmp_path / "report.json").is_file() and (tmp_path / "baseline.json").is_file(), first.stderr
    named = run_ggtlint("check", "report.json", "baseline.json", "--no-cache", "-f", "json", cwd=tmp_path)
    assert named.returncode == 0 and json.loads(named.stdout)["findings"] == []
    assert "跳过 ggtlint 写出的文件 report.json、baseline.json" in named.stderr


def test_output_given_twice_is_refused(folder: Path, tmp_path: Path) -> None:
    """-o a -o b wrote b only, and a was never written, without a word."""
    proc = run_ggtlint("check", "in", "--no-cache", "-o", "a.txt", "-o", "b.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "-o 只能给一次" in proc.stderr and "-f 格式:文件" in proc.stderr
    assert not (tmp_path / "a.txt").exists() and not (tmp_path / "b.txt").exists()


def test_a_report_that_cannot_be_written_stops_the_run_before_checking(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    proc = run_ggtlint("check", "in", "--report", "ok.html", "--report", "a-file/r.html", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""  # not one finding printed: nothing was checked
    assert "无法写入 a-file/r.html：路径中有一段是文件而不是文件夹" in proc.stderr
    assert not (tmp_path / "ok.html").exists()
    written = run_ggtlint("check", "in", "--report", "out/r.html", "--no-cache", "-f", "github", cwd=tmp_path)
    assert written.returncode == 1 and "检查报告已写入 out/r.html" in written.stderr


def test_a_folder_whose_tables_are_all_excluded_says_so(tmp_path: Path) -> None:
    drafts = tmp_path / "targets" / "drafts"
    drafts.mkdir(parents=True)
    shutil.copy(SEED_T01, drafts)
    (tmp_path / ".ggtlint.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    proc = run_ggtlint("check", "targets/drafts", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0
    assert "targets/drafts 被配置" in proc.stderr and "exclude 排除" in proc.stderr
    assert "没有找到要检查的文件" not in proc.stderr


def test_standard_input_named_by_an_absolute_path_is_shown_as_the_file_would_be(tmp_path: Path) -> None:
    target = tmp_path / "targets" / "t01.yaml"
    target.parent.mkdir()
    shutil.copy(SEED_T01, target)
    as_file = run_ggtlint("check", "targets/t01.yaml", "-f", "github", "--no-cache", cwd=tmp_path)
    with open(target, encoding="utf-8") as stdin:
        env = {"PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", "PATH": "/usr/bin:/bin"}
        piped = subprocess.run([sys.executable, "-m", "ggtlint", "check", "-", "--stdin-filename", str(target),
                                "-f", "github"], stdin=stdin, capture_output=True, text=True, encoding="utf-8",
                               cwd=tmp_path, env=env, timeout=120)
    assert piped.stdout == as_file.stdout and "file=targets/t01.yaml," in piped.stdout


def test_junit_names_an_unnamed_table_after_its_file(tmp_path: Path) -> None:
    unnamed = tmp_path / "noname.yaml"
    unnamed.write_text(SEED_T03.read_text(encoding="utf-8").replace("  name: ", "  # name: ", 1), encoding="utf-8")
    proc = run_ggtlint("check", unnamed, "-f", "junit", "--no-cache")
    assert f'<testcase name="{unnamed}"' in proc.stdout and 'name="#1"' not in proc.stdout


def test_files_that_gave_no_table_are_counted_in_the_summary(folder: Path, tmp_path: Path) -> None:
    """A bureau must chase a file it could not review: the summary says how many gave no table."""
    bad = Path(SEED_DIR).parent / "bad"
    shutil.copy(bad / "broken.yaml", folder)
    shutil.copy(bad / "empty.yaml", folder)
    data = json.loads(run_ggtlint("check", "in", "--no-cache", "-f", "json", cwd=tmp_path).stdout)["summary"]
    assert (data["files"], data["tables"], data["files_without_tables"]) == (5, 3, 2)
    terminal = run_ggtlint("check", "in", "--no-cache", cwd=tmp_path).stdout.splitlines()[-1]
    assert terminal.startswith("共检查 5 个文件、3 张表（其中 2 个文件没有读出表格）：")
    english = run_ggtlint("--lang", "en", "check", "in", "--no-cache", cwd=tmp_path).stdout.splitlines()[-1]
    assert english.startswith("Checked 5 files, 3 tables (2 of the files gave no table): ")
    clean = json.loads(run_ggtlint("check", "in/t01-zhuwai-laowu-xiezuo.yaml", "--no-cache", "-f", "json",
                                   cwd=tmp_path).stdout)["summary"]
    assert clean["files_without_tables"] == 0


def test_a_report_says_what_the_command_checked_and_how(folder: Path, tmp_path: Path) -> None:
    proc = run_ggtlint("check", "in", "--select", "VAL,STR", "--budget-year", "2024", "--report", "r.html",
                       "--report", "r.xlsx", "--no-cache", "-f", "github", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    for words in ("检查对象：in<", "规则选择：仅检查：VAL、STR", "预算年度：2024", "--fail-on error"):
        assert words in page, words
    import openpyxl

    summary = {row[0]: row[1] for row in openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[0].iter_rows(
        max_row=12, values_only=True) if row[0]}
    assert (summary["检查对象"], summary["规则选择"], summary["预算年度"]) == ("in", "仅检查：VAL、STR", "2024")
    assert "预览规则" not in page
    # a run with the preview rules on says so: its findings include rules still on trial
    run_ggtlint("check", "in", "--preview", "--report", "p.html", "--no-cache", "-f", "github", cwd=tmp_path)
    assert "预览规则：已运行（--preview" in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_a_second_run_writes_its_own_text_output_again(folder: Path, tmp_path: Path) -> None:
    """An output ggtlint cannot recognise as its own (terminal text) is still the run's own: the
    second run neither refuses it nor names it as a submission to convert."""
    for _ in range(2):  # with --text-input, .txt files are read: out.txt is found in the folder
        proc = run_ggtlint("check", "in", "--text-input", "--no-cache", "-o", "in/out.txt", cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        assert "拒绝覆盖" not in proc.stderr and "没有检查" not in proc.stderr


def test_passed_over_files_leave_out_excluded_folders_and_ordinary_text(folder: Path, tmp_path: Path) -> None:
    (folder / "drafts").mkdir()
    (folder / "drafts" / "旧表.xls").write_bytes(b"x")
    (folder / "README.txt").write_text("How to submit your tables.\n", encoding="utf-8")
    (folder / "批复表.txt").write_text("项目支出绩效目标表\n项目名称 某项目\n", encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    proc = run_ggtlint("check", "in", "--no-cache", "-f", "json", cwd=tmp_path)
    assert "没有检查 1 个 ggtlint 无法直接读取的文件" in proc.stderr, proc.stderr
    assert "批复表.txt" in proc.stderr and "README" not in proc.stderr and "旧表.xls" not in proc.stderr


def test_a_baseline_may_not_share_a_file_with_an_output(folder: Path, tmp_path: Path) -> None:
    proc = run_ggtlint("check", "in", "-f", "json", "-o", "x.json", "--write-baseline", "x.json", cwd=tmp_path)
    assert proc.returncode == 2 and "是同一个文件" in proc.stderr and not (tmp_path / "x.json").exists()


def test_a_run_that_fails_before_checking_leaves_no_report_folder(folder: Path, tmp_path: Path) -> None:
    proc = run_ggtlint("check", "in", "--select", "NOPE999", "--report", "new/a/r.html", cwd=tmp_path)
    assert proc.returncode == 2 and not (tmp_path / "new").exists()


def test_a_folder_holding_only_earlier_outputs_says_there_is_no_table(tmp_path: Path) -> None:
    (tmp_path / "dept").mkdir()
    first = run_ggtlint("check", SEED_T01, "-f", "json", "-o", tmp_path / "dept" / "old.json", "--no-cache")
    assert first.returncode == 1
    proc = run_ggtlint("check", "dept", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0 and "跳过 ggtlint 写出的文件 dept/old.json" in proc.stderr


def test_an_unused_configuration_is_named_once(tmp_path: Path) -> None:
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        shutil.copy(SEED_T01, tmp_path / name / "t01.yaml")
    (tmp_path / "x" / ".ggtlint.yaml").write_text("ignore: [ALL]\n", encoding="utf-8")
    (tmp_path / "x" / "pyproject.toml").write_text("[tool.ggtlint]\nignore = ['VAL']\n", encoding="utf-8")
    proc = run_ggtlint("check", "x", "y", "--no-cache", "-f", "json", cwd=tmp_path)
    assert proc.stderr.count("有自己的配置") == 1 and "x/.ggtlint.yaml" in proc.stderr, proc.stderr
    assert "本次使用默认设置" in proc.stderr


def test_the_reports_list_the_files_that_were_not_checked(folder: Path, tmp_path: Path) -> None:
    """A bureau that reads only the report must see the submissions it could not check."""
    (folder / "旧表.xls").write_bytes(b"x")
    run_ggtlint("check", "in", "--report", "in/上次.xlsx", "--no-cache", "-f", "github", cwd=tmp_path)
    proc = run_ggtlint("check", "in", "--report", "r.html", "--report", "r.xlsx", "--no-cache", "-f", "github",
                       cwd=tmp_path)
    assert proc.returncode == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'id="not-checked"' in page and 'id="total-not_checked">2<' in page
    assert "<code>in/旧表.xls</code>" in page and "另存为 .xlsx" in page and "<code>in/上次.xlsx</code>" in page
    import openpyxl

    cells = [row[:2] for row in openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[0].iter_rows(values_only=True)]
    assert ("未检查的文件 files not checked", 2) in cells
    assert ("in/旧表.xls", "请在 Excel 或 WPS 中另存为 .xlsx") in cells
    clean = run_ggtlint("check", "in/t01-zhuwai-laowu-xiezuo.yaml", "--report", "c.html", "--no-cache", cwd=tmp_path)
    assert clean.returncode == 1 and 'id="not-checked"' not in (tmp_path / "c.html").read_text(encoding="utf-8")


def test_a_submission_that_cannot_be_read_fails_the_run(tmp_path: Path) -> None:
    """A folder of clean tables plus one .xls: named alone the .xls is a LOAD009 error; in a folder
    it was said on stderr and the run passed. Now it does not pass (exit 1), warm runs included,
    unless --exit-zero; a file that is not a submission (README.txt) changes nothing."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(ROOT / "fixtures" / "sectors" / "g26-caizheng-yusuan-jixiao.yaml", inbox)  # no finding at all
    (inbox / "README.txt").write_text("How to submit your tables.\n", encoding="utf-8")
    assert run_ggtlint("check", "in", "--cache-dir", "c", cwd=tmp_path).returncode == 0
    (inbox / "旧表.xls").write_bytes(b"x")
    for _ in range(2):  # the second run replays the first one's stored output
        proc = run_ggtlint("check", "in", "--cache-dir", "c", cwd=tmp_path)
        assert proc.returncode == 1 and "错误 0 个" in proc.stdout
        assert "这些文件没有经过检查，本次检查不算通过（退出码 1）" in proc.stderr
    quiet = run_ggtlint("check", "in", "--no-cache", "--exit-zero", cwd=tmp_path)
    assert quiet.returncode == 0 and "退出码 1" not in quiet.stderr and "本次检查不能说明它们合格" in quiet.stderr
    assert "没有找到要检查的文件" not in quiet.stderr
    english = run_ggtlint("--lang", "en", "check", "in", "--no-cache", cwd=tmp_path)
    assert "it was not checked, so the run does not pass (exit code 1); if it is not a target table" in english.stderr
    assert "可在配置文件 .ggtlint.yaml 的 exclude 中列出" in proc.stderr


# -- what a budget officer reads at the end of a run, and on a narrow terminal ----------------

SEED_T04 = SEED_DIR / "t04-jiuye-buzhu-2023.yaml"  # warnings and infos, no error
SEED_T19 = SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml"


def _counts(*args: str | Path, cwd: Path = ROOT) -> dict[str, int]:
    """The run's summary, as its JSON output gives it (the rule packs change; the counts are read)."""
    return json.loads(run_ggtlint("check", *args, "-f", "json", "--no-cache", cwd=cwd).stdout)["summary"]


def _on_terminal(*args: str | Path, columns: int, env: dict[str, str] | None = None,
                 cwd: Path = ROOT) -> tuple[int, str, str]:
    """``python -m ggtlint ARGS`` with its standard output on a pseudo-terminal ``columns`` wide
    (stderr piped, so no progress bar): (exit code, what the terminal showed, stderr)."""
    import os
    import pty

    master, slave = pty.openpty()
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", "COLUMNS": str(columns)}
    full_env.pop("GGTLINT_DEBUG", None)
    full_env.update(env or {})
    full_env = {key: value for key, value in full_env.items() if value is not None}
    proc = subprocess.Popen([sys.executable, "-m", "ggtlint", *(str(a) for a in args)], stdout=slave,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=full_env, cwd=cwd)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=120)
    err = proc.stderr.read().decode("utf-8") if proc.stderr else ""
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n"), err


def test_the_last_line_says_whether_the_run_passes_and_why(tmp_path: Path) -> None:
    """--fail-on warning exited 1 under a summary saying 错误 0 个, with no word of why."""
    counts = _counts(SEED_T04)
    assert counts["errors"] == 0 and counts["warnings"] > 0, counts
    warned = counts["warnings"]
    passing = run_ggtlint("check", SEED_T04, "--no-cache")
    last = passing.stdout.splitlines()[-1]
    assert passing.returncode == 0 and last.startswith("共检查 1 个文件、1 张表：错误 0 个")
    assert "结论：ggtlint 未发现错误，可以提交" in last and "以财政部门审核为准" in last  # the linter's verdict only
    assert f"另有 {warned} 个警告" in last

    failing = run_ggtlint("check", SEED_T04, "--fail-on", "warning", "--no-cache")
    assert failing.returncode == 1
    assert failing.stdout.splitlines()[-1].endswith(
        f"结论：有 {warned} 个警告，按 --fail-on warning 判为不通过（退出码 1）。")
    # a machine format on stdout carries no verdict line: stderr says why, as for --max-warnings
    machine = run_ggtlint("check", SEED_T04, "--fail-on", "warning", "--no-cache", "-f", "json")
    assert machine.returncode == 1
    assert f"ggtlint: 有 {warned} 个警告，按 --fail-on warning 判为不通过（退出码 1）" in machine.stderr
    english = run_ggtlint("--lang", "en", "check", SEED_T04, "--fail-on", "warning", "--no-cache")
    assert english.stdout.splitlines()[-1].endswith(
        f"Verdict: does not pass — {warned} warnings, which fail the run under --fail-on warning (exit code 1).")

    # the same from the configuration's fail_on, named as such
    shutil.copy(SEED_T04, tmp_path)
    (tmp_path / ".ggtlint.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    configured = run_ggtlint("check", SEED_T04.name, "--no-cache", cwd=tmp_path)
    assert configured.returncode == 1
    assert f"有 {warned} 个警告，按配置 .ggtlint.yaml 中的 fail_on: warning 判为不通过（退出码 1）。" \
        in configured.stdout.splitlines()[-1]

    over = run_ggtlint("check", SEED_T04, "--max-warnings", "0", "--no-cache")
    assert over.returncode == 1 and f"结论：不通过——警告 {warned} 个，超过 --max-warnings 允许的 0 个（退出码 1）。" \
        in over.stdout
    within = run_ggtlint("check", SEED_T04, "--max-warnings", "100", "--no-cache").stdout.splitlines()[-1]
    assert "可以提交" in within and "未超过 --max-warnings 允许的 100 个" in within
    lenient = run_ggtlint("check", SEED_T01, "--exit-zero", "--no-cache")
    assert lenient.returncode == 0
    assert lenient.stdout.splitlines()[-1].endswith("个错误（--exit-zero：退出码仍为 0）。")
    assert "结论：不通过——有 " in lenient.stdout.splitlines()[-1]


def test_a_baseline_run_passes_without_calling_the_tables_ready(folder: Path, tmp_path: Path) -> None:
    """Findings a baseline holds may be errors: the run passes, but 可以提交 would claim too much."""
    written = run_ggtlint("check", "in", "--write-baseline", "b.json", "--no-cache", cwd=tmp_path)
    assert written.returncode == 0
    assert "结论：本次把 " in written.stdout.splitlines()[-1] and "不判断表格能否提交" in written.stdout
    held = run_ggtlint("check", "in", "--baseline", "b.json", "--no-cache", cwd=tmp_path)
    last = held.stdout.splitlines()[-1]
    assert held.returncode == 0 and "结论：ggtlint 未发现基线之外的错误，本次检查通过" in last and "可以提交" not in last


def test_a_folder_run_lists_the_files_that_do_not_pass(tmp_path: Path) -> None:
    """A folder of 30 tables printed hundreds of lines and one total: which files to fix first?"""
    data = json.loads(run_ggtlint("check", "fixtures/seed", "-f", "json", "--no-cache").stdout)
    per_file: dict[str, list[int]] = {}
    for finding in data["findings"]:
        tally = per_file.setdefault(finding["file"], [0, 0])
        if finding["severity"] in ("error", "warning"):
            tally[finding["severity"] == "warning"] += 1
    with_errors = sorted(((-e, -w, path) for path, (e, w) in per_file.items() if e))
    assert len(with_errors) >= 2
    proc = run_ggtlint("check", "fixtures/seed", "--no-cache")
    lines = proc.stdout.splitlines()
    heading = lines.index(f"不通过的文件（{len(with_errors)} 个，错误多的在前）：")
    listed = lines[heading + 1:heading + 1 + len(with_errors)]
    digits = len(str(max(max(-e, -w) for e, w, _ in with_errors)))
    assert listed == [f"  错误 {-e:>{digits}}  警告 {-w:>{digits}}  {path}" for e, w, path in with_errors]
    assert lines[heading + 1 + len(with_errors)] == "" and lines[-1].startswith("共检查 20 个文件")
    # --quiet shows only the findings at the fail level: the list then counts only those
    quiet = run_ggtlint("check", "fixtures/seed", "-q", "--no-cache").stdout
    assert f"  错误 {-with_errors[0][0]:>{len(str(-with_errors[0][0]))}}  {with_errors[0][2]}" in quiet
    assert "警告 " not in quiet.split("不通过的文件")[1].split("\n\n")[0]
    # only the terminal layout, and not for a single file (the list would repeat it)
    assert "不通过的文件" not in run_ggtlint("check", "fixtures/seed", "-f", "github", "--no-cache").stdout
    assert "不通过的文件" not in run_ggtlint("check", SEED_T01, "--no-cache").stdout
    english = run_ggtlint("--lang", "en", "check", "fixtures/seed", "--no-cache").stdout
    assert f"Files that do not pass ({len(with_errors)}, most errors first):" in english

    # a bulk run: at most 20 files, then how many more
    inbox = tmp_path / "in"
    inbox.mkdir()
    for path in sorted(SEED_DIR.glob("t*.yaml")):
        shutil.copy(path, inbox)
    for index, path in enumerate(sorted(SEED_DIR.glob("t*.yaml"))[:5]):
        shutil.copy(path, inbox / f"copy{index}.yaml")
    bulk = run_ggtlint("check", "in", "--fail-on", "warning", "--no-cache", cwd=tmp_path)
    assert bulk.returncode == 1
    lines = bulk.stdout.splitlines()
    heading = next(n for n, line in enumerate(lines) if line.startswith("不通过的文件（25 个"))
    assert all(line.startswith("  错误 ") for line in lines[heading + 1:heading + 21])
    assert lines[heading + 21] == "  ……另有 5 个文件不通过（见上文）"


def test_a_folder_with_nothing_to_check_says_no_table_was_checked(tmp_path: Path) -> None:
    """An empty folder exits 0, as docs/ci.md promises, but must not read as a pass."""
    (tmp_path / "各项目").mkdir()
    proc = run_ggtlint("check", "各项目", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0
    assert "ggtlint: 文件夹 各项目 中没有找到要检查的文件，本次没有检查任何表格" in proc.stderr
    last = proc.stdout.splitlines()[-1]
    assert last == ("共检查 0 个文件、0 张表：错误 0 个，警告 0 个，提示 0 个。"
                    "结论：没有检查任何表格（没有要检查的文件），无从判断能否提交。")
    assert "可以提交" not in last.replace("无从判断能否提交", "")
    english = run_ggtlint("--lang", "en", "check", "各项目", "--no-cache", cwd=tmp_path)
    assert english.returncode == 0 and "no files to check in 各项目, so no table was checked" in english.stderr
    assert english.stdout.splitlines()[-1].endswith(
        "Verdict: no table was checked (there was no file to check), so nothing can be said to pass.")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_check_wraps_to_a_narrow_terminal_with_hanging_indents_but_not_in_a_pipe() -> None:
    from rich.cells import cell_len

    piped = run_ggtlint("check", SEED_T19, "--no-cache", env={"COLUMNS": "60"}).stdout
    assert piped == run_ggtlint("check", SEED_T19, "--no-cache").stdout  # a file or pipe: whole lines
    assert max(cell_len(line) for line in piped.splitlines()) > 100
    code, shown, err = _on_terminal("check", SEED_T19, "--no-cache", "--fail-on", "warning", columns=60)
    assert code == 1 and "\x1b[" not in shown
    lines = shown.splitlines()
    assert max(cell_len(line) for line in lines) <= 60, shown
    # every 建议 keeps its indent: later lines start under its first word, and nothing is lost
    hints_piped = [line[len("          建议："):] for line in piped.splitlines() if line.startswith("          建议：")]
    hints_shown = []
    for number, line in enumerate(lines):
        if line.startswith("          建议："):
            text = line[len("          建议："):]
            for more in lines[number + 1:]:
                if not more.startswith(" " * 16) or more[16:17] == " ":
                    break
                text += more[16:]
            hints_shown.append(text)
    assert len(hints_shown) == len(hints_piped) > 0
    assert [h.replace(" ", "") for h in hints_shown] == [h.replace(" ", "") for h in hints_piped]
    assert any(line.startswith(" " * 16) and line[16] != " " for line in lines)  # some hint did wrap
    # a message's later lines start at the 建议's column, not in column 1
    block = lines[lines.index(str(SEED_T19.relative_to(ROOT))) + 1:lines.index("")]
    assert len(block) > 10 and all(line.startswith(" ") for line in block), block
    assert any(line.startswith(" " * 10) and line[10] not in " 建" for line in block)  # a message did wrap
    # the verdict is on the screen: stderr does not repeat it
    assert "判为不通过" in shown and err == ""


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_show_is_whole_in_a_pipe_wraps_on_a_terminal_and_shows_code_region_and_note(tmp_path: Path) -> None:
    long_name = "高校毕业生和失业青年就业见习补贴发放人数"
    text = SEED_T04.read_text(encoding="utf-8").replace("  code: null", "  code: 522700-2023-0042", 1)
    text = text.replace("      - name: 就业见习补贴人数\n        value: ≥150人\n",
                        f"      - name: {long_name}\n        value: ≥150人\n        note: 按见习台账统计\n", 1)
    table = tmp_path / "t.yaml"
    table.write_text(text, encoding="utf-8")
    piped = run_ggtlint("show", table, env={"COLUMNS": "60"})
    assert piped.returncode == 0, piped.stderr
    out = piped.stdout
    assert "…" not in out and long_name in out and "按见习台账统计" in out
    assert "项目编码" in out and "522700-2023-0042" in out and "地区" in out and "黔南州" in out and "备注" in out
    english = run_ggtlint("--lang", "en", "show", table, env={"COLUMNS": "60"}).stdout
    assert "Project code" in english and "Region" in english and "Note" in english
    code, shown, _ = _on_terminal("show", table, columns=60)
    from rich.cells import cell_len

    assert code == 0 and "…" not in shown and "\x1b" not in shown  # NO_COLOR: not even the title's green
    assert max(cell_len(line) for line in shown.splitlines()) <= 60
    coloured = _on_terminal("show", table, columns=60, env={"NO_COLOR": None, "TERM": "xterm"})[1]  # type: ignore[dict-item]
    assert "\x1b[" in coloured  # the terminal still gets colour without NO_COLOR


def test_statistics_give_each_rules_level() -> None:
    proc = run_ggtlint("check", SEED_T01, "--statistics", "--no-cache")
    block = proc.stdout.split("按规则统计\n")[1].split("\n\n")[0].splitlines()
    import re

    rows = [re.match(r"^ +(\d+)  (\S+) +(错误|警告|提示)  (\S+)$", line) for line in block]
    assert all(rows) and len(rows) > 2, block
    levels = [row.group(3) for row in rows if row]
    assert levels == sorted(levels, key=["错误", "警告", "提示"].index)  # the worst first
    assert any(row.group(2) == "VAL001" and row.group(3) == "错误" for row in rows if row)
    english = run_ggtlint("--lang", "en", "check", SEED_T01, "--statistics", "--no-cache").stdout
    assert re.search(r"^ +1  VAL001 +error  +quantify-output$", english, re.M)

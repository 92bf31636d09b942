"""One review workbook per department (``--report DIR/``), as a bureau forwards them.

One run over a folder of real inputs (a generated corpus, the bad fixtures, the sector tables,
and a few copies of a clean sector table under awkward department names) writes both the one
workbook of the run and a folder of department workbooks; the tests read them back with
openpyxl and check that each department's workbook holds exactly its rows, that the counts add
up to the run's, where rows of no department go, that names are safe and distinct, that a
failing run leaves no half set, the English names, the pre-flight, and that a later run passes
the workbooks over.
"""

from __future__ import annotations

import errno
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bulk_helpers import check, check_json, make_corpus
from conftest import BAD_DIR, ROOT, SEED_DIR

SECTORS_DIR = ROOT / "fixtures" / "sectors"
CLEAN_TABLE = SECTORS_DIR / "g26-caizheng-yusuan-jixiao.yaml"  # 都匀市财政局: no finding at all
UNKNOWN = {"部门未知（文件无法读取）", "（未填主管部门）"}
# departments no file system takes as they are: two come out as one name
AWKWARD = ('都匀市财政局/预算科', '都匀市财政局:预算科', ' 都匀市"审计"局*? ..', "CON")
FINDINGS, TABLES, SUMMARY = "问题清单 Findings", "已检查的表 Tables", "汇总 Summary"
SUPPRESSED, BASELINED = "已抑制（表中注释要求不列出的问题） suppressed", "基线中（以前检查已记下、本次不列出的问题） baselined"


def _workbook(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}
    finally:
        book.close()


def _totals(book: dict[str, list[tuple[Any, ...]]]) -> dict[str, int]:
    """The summary's totals block: label -> count."""
    rows = book[SUMMARY]
    start = next(i for i, row in enumerate(rows) if row[0] in ("总计 Totals", "Totals"))
    totals = {}
    for row in rows[start + 1:]:
        if row[0] is None:
            break
        totals[row[0]] = row[1]
    return totals


def _folder_of_tables(folder: Path) -> None:
    make_corpus(folder / "corpus", 30)
    shutil.copytree(BAD_DIR, folder / "bad")
    shutil.copytree(SECTORS_DIR, folder / "sectors")
    text = CLEAN_TABLE.read_text(encoding="utf-8")
    for number, department in enumerate(AWKWARD):
        (folder / f"awkward-{number}.yaml").write_text(
            text.replace("department: 都匀市财政局", f"department: '{department}'"), encoding="utf-8")
    (folder / "旧表.xls").write_bytes(b"x")  # not checked: the bureau must chase it


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("departments")
    folder = tmp / "各部门"
    _folder_of_tables(folder)
    result = check_json(tmp, str(folder), "--no-cache", "--report", str(tmp / "all.xlsx"),
                        "--report", f"{tmp / '部门'}/")
    books = {path.name: _workbook(path) for path in sorted((tmp / "部门").iterdir())}
    return {"tmp": tmp, "folder": folder, "json": result, "all": _workbook(tmp / "all.xlsx"), "books": books}


def test_each_department_workbook_holds_exactly_its_rows(run: dict[str, Any]) -> None:
    books, whole = run["books"], run["all"]
    departments = {row[0] for row in whole[TABLES][1:]}
    assert len(books) == len(departments - UNKNOWN) + 1  # one per department, one for no department
    for sheet, column in ((FINDINGS, 3), (TABLES, 0)):
        together: Counter[tuple[Any, ...]] = Counter()
        for name, book in books.items():
            assert list(book) == [SUMMARY, FINDINGS, TABLES]  # the layout of the run's workbook
            assert book[sheet][0] == whole[sheet][0]
            rows = book[sheet][1:]
            owners = {row[column] for row in rows}
            if name == "部门未知.xlsx":
                assert owners == UNKNOWN
            else:
                assert len(owners) <= 1 and (not rows or f"{owners.pop()}" in book[SUMMARY][0][0])
            together.update(rows)
        assert together == Counter(whole[sheet][1:])  # every row once, in one workbook only
    # each workbook names its department: the title and the first fact
    book = books["都匀市教育局.xlsx"]
    assert book[SUMMARY][0][0] == "项目支出绩效目标表检查报告 Performance target review：都匀市教育局"
    assert ("主管部门", "都匀市教育局") in [row[:2] for row in book[SUMMARY]]
    assert {row[0] for row in book[TABLES][1:]} == {"都匀市教育局"}


def test_counts_add_up_to_the_run(run: dict[str, Any]) -> None:
    summary = run["json"]["summary"]
    whole = _totals(run["all"])
    added: Counter[str] = Counter()
    for book in run["books"].values():
        totals = _totals(book)
        added.update(totals)
    for words, key in (("表 tables", "tables"), ("错误 errors", "errors"), ("警告 warnings", "warnings"),
                       ("提示 infos", "infos"), ("文件 files", "files"), (SUPPRESSED, "suppressed"),
                       (BASELINED, "baselined")):
        assert added[words] == whole[words] == summary[key], words
    for words in ("无法读取的文件 unreadable files", "无问题的表 clean tables"):
        assert added[words] == whole[words]
    own = _totals(run["books"]["都匀市教育局.xlsx"])
    rows = [row for row in run["all"][TABLES][1:] if row[0] == "都匀市教育局"]
    assert own["表 tables"] == len(rows) and own["错误 errors"] == sum(row[4] for row in rows)



def test_each_workbook_counts_the_findings_hidden_in_its_own_tables(tmp_path: Path) -> None:
    """甲局's table suppresses all its findings, 乙局's are all in the baseline: each workbook says
    how many of its own findings it does not list, and not the other department's."""
    folder = tmp_path / "各部门"
    folder.mkdir()
    for name, seed in (("甲局", "t04-jiuye-buzhu-2023.yaml"), ("乙局", "t05-liudong-renyuan-dangan.yaml")):
        text = (SEED_DIR / seed).read_text(encoding="utf-8")
        text = text.replace("department: 黔南布依族苗族自治州人力资源和社会保障局", f"department: {name}", 1)
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    (folder / "broken.yaml").write_text("project: [\n", encoding="utf-8")  # LOAD003: of no department
    baseline = tmp_path / "baseline.json"
    check(str(folder / "乙局.yaml"), str(folder / "broken.yaml"), "--no-cache", "--write-baseline", str(baseline))
    with (folder / "甲局.yaml").open("a", encoding="utf-8") as file:
        file.write("# ggtlint: disable-file=ALL\n")
    summary = check_json(tmp_path, str(folder), "--no-cache", "--baseline", str(baseline),
                         "--report", f"{tmp_path / '部门'}/")["summary"]
    assert summary["suppressed"] > 0 and summary["baselined"] > 0
    own = {path.stem: _totals(_workbook(path)) for path in (tmp_path / "部门").iterdir()}
    assert set(own) == {"甲局", "乙局", "部门未知"}  # the broken file's LOAD003: never baselined
    assert (own["甲局"][SUPPRESSED], own["甲局"][BASELINED]) == (summary["suppressed"], 0)
    assert (own["乙局"][SUPPRESSED], own["乙局"][BASELINED]) == (0, summary["baselined"])
    assert (own["部门未知"][SUPPRESSED], own["部门未知"][BASELINED]) == (0, 0)

def test_rows_of_no_department_and_files_not_checked_go_to_one_workbook(run: dict[str, Any]) -> None:
    unknown = run["books"]["部门未知.xlsx"]
    files = {row[1] for row in unknown[TABLES][1:]}
    assert str(run["folder"] / "bad" / "broken.yaml") in files  # could not be read
    assert str(run["folder"] / "bad" / "python-tag.yaml") in files  # a table without 主管部门
    summary = [row[0] for row in unknown[SUMMARY]]
    assert str(run["folder"] / "旧表.xls") in summary  # the bureau chases it with the rest
    assert all(str(run["folder"] / "旧表.xls") not in [row[0] for row in book[SUMMARY]]
               for name, book in run["books"].items() if name != "部门未知.xlsx")


def test_a_department_with_no_findings_gets_its_workbook(run: dict[str, Any]) -> None:
    book = run["books"]["都匀市统计局.xlsx"]  # sectors/g19: a carefully filled table
    assert book[FINDINGS][1:] == []
    assert [(row[0], row[-1]) for row in book[TABLES][1:]] == [("都匀市统计局", "无问题")]
    assert _totals(book)["无问题的表 clean tables"] == 1


def test_unsafe_department_names_become_safe_and_distinct(run: dict[str, Any]) -> None:
    from ggtlint.reports.departments import safe_file_name, workbook_names

    names = set(run["books"])
    assert {"都匀市财政局_预算科.xlsx", "都匀市财政局_预算科-2.xlsx", '都匀市_审计_局__.xlsx', "CON_.xlsx"} <= names
    owners = {run["books"][name][TABLES][1][0] for name in ("都匀市财政局_预算科.xlsx", "都匀市财政局_预算科-2.xlsx")}
    assert owners == set(AWKWARD[:2])
    assert safe_file_name("局" * 300).__len__() <= 100 and len(safe_file_name("局" * 300).encode()) <= 200
    assert safe_file_name("a\tb\x7fc|d") == "a_b_c_d" and safe_file_name(" .. ") == "未命名部门"
    # Windows does not tell case apart; a name taken by a file ggtlint did not write is not used
    assert workbook_names(["Bureau", "BUREAU", None, "部门未知"], taken=frozenset({"bureau-2.xlsx"})) == \
        ["Bureau.xlsx", "BUREAU-3.xlsx", "部门未知.xlsx", "部门未知-2.xlsx"]
    assert workbook_names([None], lang="en") == ["department-unknown.xlsx"]


def test_a_later_run_passes_the_workbooks_over_and_never_replaces_a_departments_file(tmp_path: Path) -> None:
    folder = tmp_path / "各部门"
    shutil.copytree(SECTORS_DIR, folder)
    reviews, sent = folder / "审核", tmp_path / "发出"  # one inside the checked folder, one outside
    sent.mkdir()
    # a department's own workbook where 都匀市财政局's would go (it is no ggtlint report)
    (sent / "都匀市财政局.xlsx").write_bytes(b"PK not ggtlint's")
    first = check_json(tmp_path, str(folder), "--no-cache", "--report", f"{reviews}/", "--report", f"{sent}/",
                       name="1.json")
    assert (sent / "都匀市财政局.xlsx").read_bytes() == b"PK not ggtlint's"
    assert _workbook(sent / "都匀市财政局-2.xlsx")[TABLES][1][0] == "都匀市财政局"
    written = sorted(path.name for path in reviews.iterdir())
    # every sector table names its department (audit 30: 8 new; audit 32: 5; careful g698–g707: 8, two bureaus
    # already there; careful g708–g717: 6, four bureaus already there; careful g718–g727: 3, seven already there;
    # careful g728–g737: 5, five already there; careful g738–g747: 7, three already there; careful g748–g757: 4, six
    # already there; audit 39's b436–b445: 7, three already there; careful g758–g767: 5, five already there; audit
    # 40's b446–b455: 9, one already there; careful g768–g777: 7, three already there; careful g778–g787: 9, one
    # already there; audit 41's b456–b465: 10, each a county of its own; careful g788–g797: 6, four already there)
    assert "部门未知.xlsx" not in written and len(written) == 759
    second = check_json(tmp_path, str(folder), "--no-cache", "--report", f"{reviews}/", name="2.json")
    assert second["summary"]["files"] == first["summary"]["files"]  # the workbooks are not checked as tables
    # nor listed as files not checked, in a 部门未知.xlsx of their own
    assert sorted(path.name for path in reviews.iterdir()) == written
    assert not list(reviews.glob(".ggtlint-*"))


def test_a_failing_or_interrupted_run_leaves_no_half_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_reports_review import _collect

    from ggtlint.reports import xlsx

    files = [SEED_DIR / "t04-jiuye-buzhu-2023.yaml", BAD_DIR / "broken.yaml", CLEAN_TABLE]
    reviews = tmp_path / "部门"
    reviews.mkdir()
    collector = _collect(tmp_path, files[:2], ["部门/"])  # an earlier run: what must stay as it was
    collector.end(collector.summary)
    old = {path.name: path.read_bytes() for path in reviews.iterdir()}
    assert sorted(old) == ["部门未知.xlsx", "黔南布依族苗族自治州人力资源和社会保障局.xlsx"]
    (tmp_path / "review.html").write_text("old page", encoding="utf-8")
    real = xlsx.write_xlsx
    calls = []

    def fails_on_the_second(error: BaseException) -> Any:
        def write(collector: Any, out: Any) -> None:
            calls.append(collector.scope)
            if len(calls) == 2:
                raise error
            real(collector, out)
        return write

    def unchanged() -> None:
        assert {path.name: path.read_bytes() for path in reviews.iterdir()} == old  # no new one, no staging left
        assert (tmp_path / "review.html").read_text(encoding="utf-8") == "old page"

    monkeypatch.setattr(xlsx, "write_xlsx", fails_on_the_second(KeyboardInterrupt()))
    collector = _collect(tmp_path, files, ["review.html", "部门/"])
    with pytest.raises(KeyboardInterrupt):
        collector.end(collector.summary)
    unchanged()

    calls.clear()
    monkeypatch.setattr(xlsx, "write_xlsx", fails_on_the_second(OSError(errno.ENOSPC, "No space left on device")))
    collector = _collect(tmp_path, files, ["review.html", "部门/"])
    with pytest.raises(OSError) as caught:
        collector.end(collector.summary)
    assert "磁盘已满" in caught.value.reasons()[0] and caught.value.not_written == [str(tmp_path / "review.html"),
                                                                             f"{reviews}/"]
    unchanged()

    monkeypatch.setattr(xlsx, "write_xlsx", real)
    collector = _collect(tmp_path, files, ["review.html", "部门/"])
    collector.end(collector.summary)
    assert sorted(path.name for path in reviews.iterdir()) == ["部门未知.xlsx", "都匀市财政局.xlsx", "黔南布依族苗族自治州人力资源和社会保障局.xlsx"]
    assert collector.where_written() == (f"{tmp_path / 'review.html'}、{reviews}/（3 个部门工作簿）",
                                         f"{tmp_path / 'review.html'}, {reviews}/ (3 department workbooks)")


def test_english_workbooks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check(str(CLEAN_TABLE), str(BAD_DIR / "broken.yaml"), "--no-cache", "--lang", "en", "-f", "json",
          "-o", str(tmp_path / "out.json"), "--report", f"{tmp_path / 'by department'}/")
    assert "review reports written: " in capsys.readouterr().err
    names = sorted(path.name for path in (tmp_path / "by department").iterdir())
    assert names == ["department-unknown.xlsx", "都匀市财政局.xlsx"]
    unknown = _workbook(tmp_path / "by department" / "department-unknown.xlsx")
    assert list(unknown) == [SUMMARY, FINDINGS, TABLES]  # the sheet names stay: later runs know them
    assert unknown[SUMMARY][0][0].startswith("Performance target review: department unknown")
    assert ("Department", "都匀市财政局") in [row[:2] for row in _workbook(tmp_path / "by department" / names[1])[SUMMARY]]


def test_the_preflight_refuses_an_unwritable_folder_before_checking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from ggtlint import parallel
    from ggtlint.cli import UsageProblem

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("checked before the report folder was found unwritable")

    monkeypatch.setattr(parallel, "iter_results", never)
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    for report in (f"{tmp_path / 'a-file'}/", f"{tmp_path / 'a-file' / 'sub'}/"):
        with pytest.raises(UsageProblem, match="路径中有一段是文件而不是文件夹"):
            check(str(CLEAN_TABLE), "--no-cache", "--report", report)
    # a folder that does not exist yet is fine, and is not made before the run ends
    with pytest.raises(UsageProblem, match="路径不存在"):
        check(str(tmp_path / "missing.yaml"), "--no-cache", "--report", f"{tmp_path / 'new' / 'sub'}/")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file"]
    # a folder under a workbook's name is in the way of the workbook meant, not a report folder
    (tmp_path / "审核.xlsx").mkdir()
    with pytest.raises(UsageProblem, match="是一个目录"):
        check(str(CLEAN_TABLE), "--no-cache", "--report", str(tmp_path / "审核.xlsx"))
    # an existing folder, named without a trailing separator, is refused: "--report 审核" may be
    # a mistyped 审核.xlsx, and must not fill the folder with workbooks
    (tmp_path / "审核").mkdir()
    with pytest.raises(UsageProblem, match="请写成"):
        check(str(CLEAN_TABLE), "--no-cache", "--report", str(tmp_path / "审核"))
    assert not list((tmp_path / "审核").iterdir())


def test_a_department_workbook_never_takes_another_outputs_name(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """--report d/ with --report d/都匀市财政局.xlsx (or -o there): the run's workbook of every
    department must not end up under one department's name, nor be replaced by it."""
    out = tmp_path / "d"
    check(str(CLEAN_TABLE), str(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"), "--no-cache", "-f", "json",
          "-o", str(out / "黔南布依族苗族自治州人力资源和社会保障局.xlsx"),
          "--report", f"{out}/", "--report", str(out / "都匀市财政局.xlsx"))
    run_book = _workbook(out / "都匀市财政局.xlsx")
    assert len(run_book[TABLES]) == 3  # the run's: both tables (and the heading)
    assert _workbook(out / "都匀市财政局-2.xlsx")[TABLES][1][0] == "都匀市财政局"
    assert (out / "黔南布依族苗族自治州人力资源和社会保障局.xlsx").read_bytes().startswith(b"{")  # the JSON output
    assert _workbook(out / "黔南布依族苗族自治州人力资源和社会保障局-2.xlsx")[TABLES][1][0].startswith("黔南")
    said = capsys.readouterr().err
    assert ("；其中“都匀市财政局”的工作簿名为 都匀市财政局-2.xlsx、“黔南布依族苗族自治州人力资源和社会保障局”的工作簿名为 "
            "黔南布依族苗族自治州人力资源和社会保障局-2.xlsx（原名已被占用）") in said, said


def test_the_runs_own_workbooks_are_not_files_not_checked_in_its_other_reports(tmp_path: Path) -> None:
    folder = tmp_path / "各部门"
    folder.mkdir()
    for path in sorted(SECTORS_DIR.glob("*.yaml"))[::10]:  # tables of many departments
        shutil.copy(path, folder)
    args = [str(folder), "--no-cache", "--report", f"{folder / '审核'}/", "--report", str(folder / "审核.xlsx")]
    check_json(tmp_path, *args, name="1.json")
    check_json(tmp_path, *args, name="2.json")
    summary = [row[:2] for row in _workbook(folder / "审核.xlsx")[SUMMARY]]
    assert not any(row[0] and "未检查的文件" in str(row[0]) for row in summary), summary


def test_no_name_and_the_root_folder_are_refused_before_checking(tmp_path: Path) -> None:
    from ggtlint.cli import UsageProblem

    for report, words in (("", "不支持的报告格式"), ("/", "根目录")):
        with pytest.raises(UsageProblem, match=words):
            check(str(CLEAN_TABLE), "--no-cache", "--report", report, "--report", str(tmp_path / "ok.xlsx"))
    assert not (tmp_path / "ok.xlsx").exists()


def test_device_names_are_marked_before_their_first_dot() -> None:
    from ggtlint.reports.departments import safe_file_name

    assert [safe_file_name(name) for name in ("CON", "con.txt", "NUL.tar.gz", "COM¹", "CONIN$", "CONSOLE")] == [
        "CON_", "con_.txt", "NUL_.tar.gz", "COM¹_", "CONIN$_", "CONSOLE"]


def test_an_interrupted_run_leaves_no_folder_it_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from ggtlint.reports import xlsx

    def interrupted(collector: Any, out: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx, "write_xlsx", interrupted)
    with pytest.raises((KeyboardInterrupt, click.exceptions.Abort)):
        check(str(CLEAN_TABLE), "--no-cache", "-f", "json", "-o", str(tmp_path / "o.json"),
              "--report", f"{tmp_path / 'new' / '部门'}/")
    assert not (tmp_path / "new").exists()


def test_a_baseline_is_said_in_every_department_workbook(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    check(str(CLEAN_TABLE), str(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"), "--no-cache", "--write-baseline",
          str(baseline))
    check(str(CLEAN_TABLE), str(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"), "--no-cache", "-f", "json",
          "-o", str(tmp_path / "o.json"), "--baseline", str(baseline), "--report", f"{tmp_path / 'd'}/")
    for path in (tmp_path / "d").iterdir():
        facts = dict(row[:2] for row in _workbook(path)[SUMMARY] if row[0])
        assert str(baseline) in facts["基线"] and "可能显示为无问题" in facts["基线"]


def test_a_part_of_a_departments_file_that_is_no_table_goes_to_that_department(tmp_path: Path) -> None:
    """A note between two tables of one file is the department's to fix, not 部门未知's."""
    table = CLEAN_TABLE.read_text(encoding="utf-8")
    (tmp_path / "two.yaml").write_text(f"{table}\n---\njust a note\n---\n{table}", encoding="utf-8")
    check(str(tmp_path / "two.yaml"), "--no-cache", "-f", "json", "-o", str(tmp_path / "o.json"),
          "--report", f"{tmp_path / 'd'}/")
    assert sorted(path.name for path in (tmp_path / "d").iterdir()) == ["都匀市财政局.xlsx"]
    findings = _workbook(tmp_path / "d" / "都匀市财政局.xlsx")[FINDINGS]
    assert any(row[1] == 2 and row[3] == "都匀市财政局" for row in findings[1:]), findings


def test_workbooks_of_departments_a_later_run_did_not_meet_are_named_and_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second review of only 甲局's table leaves 乙局.xlsx of the first in the folder: said, not removed."""
    folder = tmp_path / "各部门"
    folder.mkdir()
    for name, seed in (("甲局", "t04-jiuye-buzhu-2023.yaml"), ("乙局", "t05-liudong-renyuan-dangan.yaml")):
        text = (SEED_DIR / seed).read_text(encoding="utf-8")
        (folder / f"{name}.yaml").write_text(
            text.replace("department: 黔南布依族苗族自治州人力资源和社会保障局", f"department: {name}", 1), encoding="utf-8")
    out = tmp_path / "发各部门"
    check(str(folder), "--no-cache", "--report", f"{out}/", "-q")
    assert sorted(path.name for path in out.iterdir()) == ["乙局.xlsx", "甲局.xlsx"]
    capsys.readouterr()
    (folder / "乙局.yaml").unlink()
    check(str(folder), "--no-cache", "--report", f"{out}/", "-q")
    said = capsys.readouterr().err
    assert "中另有早先写出的 1 个工作簿，本次没有这些部门的表，未改动：乙局.xlsx" in said
    assert sorted(path.name for path in out.iterdir()) == ["乙局.xlsx", "甲局.xlsx"]


def test_a_departments_folder_files_not_checked_are_named_in_its_workbook(tmp_path: Path) -> None:
    """A department's .xls and broken file, in its own folder, were named only in the workbook of
    no department: its own workbook, "no errors", read as all it had submitted."""
    folder = tmp_path / "各部门" / "都匀市财政局"
    folder.mkdir(parents=True)
    shutil.copy(CLEAN_TABLE, folder / "clean.yaml")
    (folder / "客运站建设.xls").write_bytes(b"x")
    (folder / "broken.yaml").write_text("project: [\n", encoding="utf-8")
    check_json(tmp_path, str(tmp_path / "各部门"), "--no-cache", "--report", f"{tmp_path / '部门'}/")
    own = _workbook(tmp_path / "部门" / "都匀市财政局.xlsx")
    listed = {row[0]: row[1] for row in own[SUMMARY] if row[0] and str(row[0]).startswith(str(folder))}
    assert listed == {str(folder / "客运站建设.xls"): "请在 Excel 或 WPS 中另存为 .xlsx",
                      str(folder / "broken.yaml"): "文件无法读取，未检查（见“部门未知”工作簿）"}
    assert _totals(own)["无法读取的文件 unreadable files"] == 0  # counted once, with no department
    unknown = _workbook(tmp_path / "部门" / "部门未知.xlsx")
    assert str(folder / "broken.yaml") in {row[1] for row in unknown[TABLES][1:]}

"""Whole-run reports: the xlsx read back by openpyxl and opened by LibreOffice, the HTML
rendered by a real browser.

Both are checked against the JSON output of the same run. The browser test needs Debian's
``chromium`` (``apt-get install -y chromium``), the spreadsheet test LibreOffice Calc
(``apt-get install -y libreoffice-calc-nogui``); each is skipped, saying so, when its program is
not on PATH (``.ci/run`` installs both).
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bulk_helpers import check, check_json
from conftest import BAD_DIR, SEED_DIR

LEVELS = {"错误": "error", "警告": "warning", "提示": "info"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run over the seed and the bad fixtures writing JSON, HTML and xlsx together."""
    tmp = tmp_path_factory.mktemp("reports")
    targets = tmp / "targets"
    shutil.copytree(SEED_DIR, targets / "seed")
    shutil.copytree(BAD_DIR, targets / "bad")
    data = check_json(tmp, str(targets), "--no-cache", "--report", str(tmp / "review.html"),
                      "--report", str(tmp / "review.xlsx"))
    return {"tmp": tmp, "json": data, "html": tmp / "review.html", "xlsx": tmp / "review.xlsx"}


def test_reports_are_written(run: dict[str, Any]) -> None:
    assert run["html"].stat().st_size > 10_000
    assert run["xlsx"].stat().st_size > 5_000
    assert not list(run["tmp"].glob(".*.tmp"))  # written atomically: no temporary files left


def _sheet_rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_xlsx_counts_match_the_json_output(run: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    data = run["json"]
    workbook = load_workbook(run["xlsx"])
    assert workbook.sheetnames == ["汇总 Summary", "问题清单 Findings", "已检查的表 Tables"]
    findings_sheet = workbook["问题清单 Findings"]
    rows = _sheet_rows(findings_sheet)
    header, body = rows[0], rows[1:]
    assert header[0] == "文件 File" and "问题描述 Message" in header
    assert findings_sheet.freeze_panes == "A2"
    assert findings_sheet.auto_filter.ref == f"A1:N{len(body) + 1}"
    assert len(body) == len(data["findings"]) == data["summary"]["findings"]
    column = {name: header.index(name) for name in header}
    by_rule = Counter(row[column["规则 Rule"]] for row in body)
    assert by_rule == Counter(f["rule_id"] for f in data["findings"])
    levels = Counter(LEVELS[row[column["级别 Severity"]]] for row in body)
    assert levels == Counter(f["severity"] for f in data["findings"])
    messages = Counter(row[column["问题描述 Message"]] for row in body)
    # xlsx cannot hold control characters (a hostile file's name may carry terminal escapes)
    assert messages == Counter(re.sub(r"[\x00-\x08\x0b-\x1f]", "", f["message"]) for f in data["findings"])
    cross = [row for row in body if row[column["跨表 Cross-table"]] == "是"]
    assert {row[column["规则 Rule"]] for row in cross} >= {"XT001", "XT002"}
    # a department can filter its own rows
    assert {row[column["主管部门 Department"]] for row in body} >= {"黔南布依族苗族自治州人力资源和社会保障局"}
    # where each finding is, in words (not a JSON Pointer), and how to fix it
    [t01_val001] = [row for row in body if row[column["文件 File"]].endswith("t01-zhuwai-laowu-xiezuo.yaml")
                    and row[column["规则 Rule"]] == "VAL001"]
    assert t01_val001[column["字段 Field"]] == "产出指标 › 质量指标 › 第 1 条 › 指标值"
    broken = next(row for row in body if row[column["文件 File"]].endswith("bad/broken.yaml"))
    assert broken[column["字段 Field"]] == "整个文件"  # it holds no table: not "整张表"
    assert all(row[column["修改建议 Fix"]] for row in body if row[column["规则 Rule"]].startswith(("VAL", "STR")))

    summary = _sheet_rows(workbook["汇总 Summary"])
    totals = {row[0]: row[1] for row in summary if row and row[0] and isinstance(row[1], int)}
    expected = data["summary"]
    assert totals["文件 files"] == expected["files"] and totals["表 tables"] == expected["tables"]
    assert (totals["错误 errors"], totals["警告 warnings"], totals["提示 infos"]) == \
        (expected["errors"], expected["warnings"], expected["infos"])
    start = next(i for i, row in enumerate(summary) if row and row[0] == "按规则 By rule")
    rule_rows = {}
    for row in summary[start + 1:]:
        if not row or row[0] is None:
            break
        rule_rows[row[0]] = row[5]
    assert rule_rows == dict(Counter(f["rule_id"] for f in data["findings"]))
    worst = next(i for i, row in enumerate(summary) if row and str(row[0]).startswith("按表"))
    table_rows = [row for row in summary[worst + 1:] if row and row[0]]
    unreadable = [row[0] == "（文件无法读取）" for row in table_rows]
    assert unreadable == sorted(unreadable, reverse=True) and any(unreadable)  # files that could not be read first
    weights = [(row[3], row[4], row[5]) for row in table_rows if row[0] != "（文件无法读取）"]
    assert weights == sorted(weights, reverse=True)  # then worst first


def _numbers(page: str, prefix: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(rf'id="{prefix}-(\w+)"[^>]*>(\d+)<', page)}


def test_html_is_self_contained(run: dict[str, Any]) -> None:
    page = run["html"].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing from the network
    assert "<link" not in page and "<svg" in page and "<style>" in page
    totals = _numbers(page, "total")
    summary = run["json"]["summary"]
    assert {k: totals[k] for k in ("files", "tables", "errors", "warnings", "infos")} == \
        {k: summary[k] for k in ("files", "tables", "errors", "warnings", "infos")}
    # every finding row sits in its table's section and links to its rule
    sections = re.findall(r'<section class="tbl" id="(t-\d+)".*?</section>', page, re.S)
    links = re.findall(r'<tr class="finding" id="f-\d+"[^>]*>.*?href="#r-(\w+)"', page)
    assert len(links) == summary["findings"] and len(sections) == len(set(sections))
    assert set(links) <= set(re.findall(r'<tr id="r-(\w+)"', page))
    assert "跨表 cross-table" in page and "主管部门" in page
    # each finding carries its fix, as a department reads the page sent back to it
    assert page.count('<div class="fix">建议：') == sum(1 for f in run["json"]["findings"] if f.get("suggestion"))
    assert "产出指标 › 质量指标 › 第 1 条 › 指标值" in page and "/indicators/" not in page


def test_html_lays_out_only_the_tables_in_view(run: dict[str, Any]) -> None:
    """A bureau's run lists a hundred thousand findings: the browser lays out a table's section only when it
    scrolls into view (on 10,000 generated tables the page opened in 120 s before, 11–17 s after), and
    prints every section."""
    page = run["html"].read_text(encoding="utf-8")
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)  # type: ignore[union-attr]
    section_rules = re.findall(r"(?<![\w.])section\.tbl\{([^}]*)\}", style)
    assert any("content-visibility:auto" in rule and "contain-intrinsic-size:auto" in rule for rule in section_rules)
    printed = re.search(r"@media print\{(.*)\}", style).group(1)  # type: ignore[union-attr]
    assert "section.tbl{content-visibility:visible}" in printed


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="chromium is not on PATH (Debian: apt-get install -y chromium); "
                                                "the HTML report is not checked in a browser")
def test_html_renders_in_headless_chromium(run: dict[str, Any], tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--virtual-time-budget=5000", "--dump-dom", run["html"].resolve().as_uri()],
        capture_output=True, text=True, timeout=120)
    dom = proc.stdout
    assert proc.returncode == 0 and "</html>" in dom, proc.stderr[-2000:]
    assert 'data-js="ready"' in dom, "the page's script did not run to the end"
    # window.onerror would have written "JS-ERROR: …" into #js-status; the script empties it at the end
    assert '<span id="js-status"></span>' in dom, re.findall(r'<span id="js-status".*?</span>', dom)
    console_errors = [line for line in proc.stderr.splitlines()
                      if "Uncaught" in line or ("CONSOLE" in line and "rror" in line)]
    assert not console_errors, console_errors
    summary = run["json"]["summary"]
    totals = _numbers(dom, "total")
    assert totals["files"] == summary["files"] and totals["tables"] == summary["tables"]
    # The script counted the finding rows it shows (all, unfiltered): they match the run.
    shown = {m.group(1): int(m.group(2)) for m in re.finditer(r'id="shown-(\w+)">(\d+)<', dom)}
    assert shown == {"total": summary["findings"], "error": summary["errors"],
                     "warning": summary["warnings"], "info": summary["infos"]}
    assert html.unescape(dom).count("校园招聘补贴人数") >= 1


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _libreoffice_sheets(workbook: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``workbook`` as LibreOffice Calc reads it (its CSV export: raw values, UTF-8)."""
    soffice = _soffice()
    assert soffice is not None
    out.mkdir(exist_ok=True)
    # fields: separator ",", quote '"', UTF-8, from row 1, …, values not as shown, every sheet to its own file
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    proc = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(out / 'profile').as_uri()}",
                           "--convert-to", csv_filter, "--outdir", str(out), str(workbook)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    sheets = {}
    for sheet in ("汇总 Summary", "问题清单 Findings", "已检查的表 Tables"):
        with open(out / f"{workbook.stem}-{sheet}.csv", encoding="utf-8", newline="") as handle:
            sheets[sheet] = list(csv.reader(handle))
    return sheets


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not on PATH (Debian: apt-get install -y "
                                               "libreoffice-calc-nogui); the workbook is not opened in a spreadsheet")
def test_xlsx_opens_in_libreoffice_with_the_counts_of_the_run(run: dict[str, Any], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sheets = _libreoffice_sheets(run["xlsx"], tmp_path)
    summary = run["json"]["summary"]
    totals = {row[0]: row[1] for row in sheets["汇总 Summary"] if len(row) > 1}
    assert totals["文件 files"] == str(summary["files"]) and totals["表 tables"] == str(summary["tables"])
    assert (totals["错误 errors"], totals["警告 warnings"], totals["提示 infos"]) == tuple(
        str(summary[key]) for key in ("errors", "warnings", "infos"))
    header, *body = sheets["问题清单 Findings"]
    assert header[0] == "文件 File" and len(body) == summary["findings"]
    # cell for cell what openpyxl reads (numbers as LibreOffice writes them)
    expected = [["" if cell is None else str(cell) for cell in row]
                for row in load_workbook(run["xlsx"])["问题清单 Findings"].iter_rows(min_row=2, values_only=True)]
    assert body == expected


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not on PATH")
def test_awkward_text_opens_in_libreoffice_as_written(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workbook = _awkward_workbook(tmp_path)
    body = _libreoffice_sheets(workbook, tmp_path / "lo")["问题清单 Findings"][1:]
    expected = [row[7] for row in _sheet_rows(load_workbook(workbook)["问题清单 Findings"])[1:]]
    # LibreOffice keeps a line break in a cell as LF: it reads a CR (or CR LF) as one LF
    expected = [text.replace("\r\n", "\n").replace("\r", "\n") for text in expected]
    assert [row[7] for row in body] == expected and len(expected) == len(AWKWARD)
    assert "=SUM(A1:A2)" in expected  # text, not a formula LibreOffice would have worked out


def test_report_suffix_is_checked(tmp_path: Path) -> None:
    from ggtlint.cli import UsageProblem

    with pytest.raises(UsageProblem):
        check(str(SEED_DIR / "t04-jiuye-buzhu-2023.yaml"), "--report", str(tmp_path / "review.pdf"))


def test_report_alone_with_default_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = check(str(SEED_DIR), "--no-cache", "--no-color", "--report", str(tmp_path / "r.xlsx"))
    assert code == 1 and (tmp_path / "r.xlsx").is_file()
    assert "共检查 20 个文件" in capsys.readouterr().out


AWKWARD = ["a < b && c > d", "两行\n文字", "  前后有空格  ", "=SUM(A1:A2)", "响\x07铃\x1b[31m", "孤\ud800立",
           "长" * 40_000, "回车\r\n换行\r", "-1+2", "@提示", "+86 电话"]


def _awkward_workbook(tmp_path: Path) -> Path:
    """A report whose findings carry every kind of text a cell finds hard (see AWKWARD)."""
    from ggtlint.findings import Summary
    from ggtlint.reports import FindingRow, ReportCollector

    collector = ReportCollector([str(tmp_path / "r.xlsx")])
    collector.begin([])
    index = collector._table("部门/<表>.yaml", 0, "项目 & 名称", "某局 <一>")
    for line, message in enumerate(AWKWARD, start=1):
        collector.add(FindingRow(table=index, rule_id="VAL001", level="error", message=message,
                                 suggestion="改 & 写", line=line, column=1, path="/goal", cross_table=False))
    collector.end(Summary(files=1, tables=1, errors=len(AWKWARD)))
    return tmp_path / "r.xlsx"


def test_xlsx_keeps_awkward_text_and_is_well_formed(tmp_path: Path) -> None:
    """Markup characters, line breaks (CR too), edge spaces, formula starts, characters XML cannot
    carry (control characters, a lone surrogate) and text past Excel's cell limit come out as
    openpyxl reads them, in a package whose every part is well-formed XML."""
    import xml.etree.ElementTree as ElementTree
    import zipfile

    from openpyxl import load_workbook

    workbook = _awkward_workbook(tmp_path)
    with zipfile.ZipFile(workbook) as archive:
        for name in archive.namelist():
            ElementTree.fromstring(archive.read(name))  # every part is well-formed XML
    rows = _sheet_rows(load_workbook(workbook)["问题清单 Findings"])[1:]
    # text that looks like a formula stays as written: an inline string is never a formula
    assert [row[7] for row in rows] == ["a < b && c > d", "两行\n文字", "  前后有空格  ", "=SUM(A1:A2)",
                                        "响铃[31m", "孤立", "长" * 32_766 + "…",  # Excel holds 32,767 at most
                                        "回车\r\n换行\r", "-1+2", "@提示", "+86 电话"]
    assert {(row[0], row[2], row[3], row[12]) for row in rows} == {("部门/<表>.yaml", "项目 & 名称", "某局 <一>", "改 & 写")}
    assert [row[8] for row in rows] == list(range(1, len(AWKWARD) + 1))  # numbers stay numbers


def test_spool_reads_records_back_between_appends() -> None:
    """Reports and JUnit keep their rows in a Spool: a record read between two appends (JUnit
    extending a suite) must not make the next append overwrite anything."""
    from ggtlint.atomic import Spool

    spool = Spool()
    assert len(spool) == 0
    records = ["第一条".encode(), b"", b"x" * 100_000, "末条 <&>".encode()]
    numbers = []
    for record in records:
        numbers.append(spool.append(record))
        assert spool.read(0) == records[0]  # a read between appends
    assert numbers == [0, 1, 2, 3] and len(spool) == 4
    assert [spool.read(n) for n in reversed(numbers)] == records[::-1]
    spool.close()
    assert len(spool) == 0 and spool.append(b"again") == 0 and spool.read(0) == b"again"
    spool.close()


def test_spool_moves_into_memory_when_the_temporary_disk_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full temporary disk in the middle of a run loses no record: the spool goes on in memory."""
    import io
    import tempfile

    from ggtlint.atomic import Spool

    class FillsUp(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            if self.tell() + len(data) > 250:
                super().write(data[:7])  # a part of the record gets written before the disk is full
                raise OSError(28, "No space left on device")
            return super().write(data)

    from ggtlint import atomic

    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *args, **kwargs: FillsUp())
    monkeypatch.setattr(atomic, "_SPOOL_BATCH", 100)  # a few batches reach the file before it fills
    spool = Spool()
    records = [f"第{n}条记录".encode() * 3 for n in range(40)]
    for record in records:
        spool.append(record)
    assert [spool.read(n) for n in range(len(records))] == records
    spool.close()


def test_a_report_names_fields_in_its_own_language(tmp_path: Path) -> None:
    from ggtlint.reports import FILE, FindingRow, ReportCollector

    for lang, expected in (("zh", ["产出指标 › 数量指标 › 第 2 条 › 指标值", "整个文件", "资金 › 年度资金总额",
                                   "项目信息 › 项目名称"]),
                           ("en", ["产出指标 › 数量指标 › item 2 › target value", "the whole file", "funds › total funds",
                                   "project › project name"])):
        collector = ReportCollector([str(tmp_path / "r.html")], lang=lang)
        table = collector._table("t.yaml", 0, "项目", "某局")
        broken = collector._table("bad.yaml", 0, "bad.yaml", None, kind=FILE)
        rows = [FindingRow(table, "VAL001", "error", "m", "", 1, 1, "/indicators/产出指标/数量指标/1/value", False),
                FindingRow(broken, "LOAD003", "error", "m", "", 1, 1, "", False),
                FindingRow(table, "FUND001", "error", "m", "", 1, 1, "/funds/total", False),
                FindingRow(table, "STR005", "error", "m", "", 1, 1, "/project/name", False)]
        assert [collector.field_label(row) for row in rows] == expected
        collector.close()


def _department_summary(workbook: Any) -> dict[str, tuple[Any, ...]]:
    """The summary sheet's department table: department -> (tables, with errors, errors,
    warnings, infos)."""
    rows = _sheet_rows(workbook["汇总 Summary"])
    start = next(i for i, row in enumerate(rows) if row[0] and str(row[0]).startswith("按主管部门"))
    departments = {}
    for row in rows[start + 1:]:
        if not row[0]:
            break
        departments[row[0]] = row[1:6]
    return departments


def test_tables_with_errors_never_outnumber_the_tables(run: dict[str, Any]) -> None:
    """The bad fixtures have no 主管部门 and do not load: their errors count for the department,
    but they are not tables, so "有错误的表" stays within "表"."""
    from openpyxl import load_workbook

    departments = _department_summary(load_workbook(run["xlsx"]))
    tables, failing, errors = departments["（未填主管部门）"][:3]
    assert failing <= tables and errors > failing  # the broken files' errors are still counted
    assert all(values[1] <= values[0] for values in departments.values())


def test_xlsx_text_cells_are_inline_strings_read_back_as_written(tmp_path: Path) -> None:
    """No text cell is a formula (each is t="inlineStr"), so text starting with = + - @ needs no
    apostrophe in front, and gets none: a department filters by its name as it wrote it."""
    import zipfile

    from openpyxl import load_workbook

    from ggtlint.findings import Summary
    from ggtlint.reports import FindingRow, ReportCollector

    collector = ReportCollector([str(tmp_path / "r.xlsx")])
    collector.begin([])
    index = collector._table("-a.yaml", 0, '=HYPERLINK("http://x")', "@某局")
    collector.add(FindingRow(table=index, rule_id="VAL001", level="error", message="+1 a:b\r\nX",
                             suggestion="=1+1", line=1, column=1, path="/goal", cross_table=False))
    collector.end(Summary(files=1, tables=1, errors=1))
    with zipfile.ZipFile(tmp_path / "r.xlsx") as archive:
        for name in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"):
            sheet = archive.read(name).decode("utf-8")
            assert "<f>" not in sheet and "<f " not in sheet
            # every cell is a number (<v>) or an inline string
            assert not re.findall(r'<c r="\w+"(?: s="\d+")?>(?!<v>)', sheet)
            assert not re.findall(r'<c r="\w+"(?: s="\d+")? t="(?!inlineStr")', sheet)
    workbook = load_workbook(tmp_path / "r.xlsx")
    [row] = workbook["问题清单 Findings"].iter_rows(min_row=2)
    values = [cell.value for cell in row]
    assert values[:4] == ["-a.yaml", 1, '=HYPERLINK("http://x")', "@某局"]
    assert values[7] == "+1 a:b\r\nX" and values[12] == "=1+1"
    assert all(cell.data_type in ("s", "n") for cell in row)  # text or number, never a formula


def _multi_document_file(folder: Path) -> Path:
    """The t19 table, a document that is not a table, then the t20 table, in one file."""
    path = folder / "multi.yaml"
    path.write_text((SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_text(encoding="utf-8")
                    + "---\njust a note\n---\n"
                    + (SEED_DIR / "t20-zhongzhi-mianxuefei.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_findings_of_a_multi_document_file_go_under_their_own_table(tmp_path: Path) -> None:
    """Table i is not document i once a document before it is not a table: every finding is
    listed under the table of its document, the non-table document's LOAD004 under the file and
    its tables' department, and the departments' table counts add up to the run's tables."""
    from openpyxl import load_workbook

    target = _multi_document_file(tmp_path)
    data = check_json(tmp_path, str(target), "--no-cache", "--report", str(tmp_path / "m.html"),
                      "--report", str(tmp_path / "m.xlsx"))
    assert data["summary"]["tables"] == 2
    findings = data["findings"]
    assert {f["document"] for f in findings if f["rule_id"] == "LOAD004"} == {1}
    t19, t20 = (next(f["table"] for f in findings if f["document"] == d) for d in (0, 2))
    project = {0: t19, 1: None, 2: t20}  # the part that is no table has no project
    department = "黔南布依族苗族自治州人力资源和社会保障局"

    workbook = load_workbook(tmp_path / "m.xlsx")
    header, *body = _sheet_rows(workbook["问题清单 Findings"])
    column = {name: header.index(name) for name in header}
    assert Counter((row[column["表序号 Table #"]], row[column["项目名称 Project"]], row[column["主管部门 Department"]],
                    row[column["规则 Rule"]]) for row in body) == \
        Counter((f["document"] + 1, project[f["document"]], department, f["rule_id"]) for f in findings)
    [load004] = [row for row in body if row[column["规则 Rule"]] == "LOAD004"]
    assert load004[column["字段 Field"]] == "这一部分整体"
    departments = _department_summary(workbook)
    # (tables, with errors, errors, warnings, infos): the LOAD004 error counts, its document is no
    # table, and it is the department's to fix (the file's tables are all its own)
    assert departments[department][:3] == (2, 0, 1)
    assert "（未填主管部门）" not in departments
    assert sum(values[0] for values in departments.values()) == data["summary"]["tables"]

    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    # the parts are named as the 表序号 column counts them, in words an officer reads
    assert "（文件第 2 部分，不是绩效目标表）" in page and "（文件第 3 部分）" in page
    assert "（文件第 1 部分）" in page  # the first table of the file is named as a part as well
    sections = re.findall(r'<section class="tbl" id="t-\d+" data-name="([^"]*)"[^>]*>(.*?)</section>', page, re.S)
    in_section = {html.unescape(name): Counter(re.findall(r'<a href="#r-(\w+)"><code>', body))
                  for name, body in sections}
    named = {**project, 1: "multi.yaml"}  # the page names that part by its file
    assert in_section == {name: Counter(f["rule_id"] for f in findings if named[f["document"]] == name)
                          for name in named.values()}
    html_departments = {html.unescape(name): int(count) for name, count in re.findall(
        r'<tr id="d-\d+"><td><a [^>]*>([^<]*)</a></td><td class="num">(\d+)</td>', page)}
    assert html_departments == {department: 2}


def test_each_table_knows_its_document_in_every_output(tmp_path: Path) -> None:
    """The run records which document each table is, so the JUnit cases and the report place
    the t20 table right, with or without a baseline (the non-table document's LOAD004 stays:
    a part that could not be checked is never baselined)."""
    import xml.etree.ElementTree as ET

    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.load import load_file

    target = _multi_document_file(tmp_path)
    result = Engine.build(Config()).check_source(load_file(target, "multi.yaml"))
    assert result.table_documents == [0, 2]
    assert check(str(target), "--select", "LOAD", "--write-baseline", str(tmp_path / "b.json")) == 0
    junit, page = tmp_path / "r.xml", tmp_path / "r.html"
    for extra in ((), ("--baseline", str(tmp_path / "b.json"))):
        check(str(target), "--no-cache", "-f", f"junit:{junit}", "--report", str(page), *extra)
        names = [case.get("name") for case in ET.parse(junit).getroot().iter("testcase")]
        t20 = next(name for name in names if name.startswith("表 3: "))
        assert "免学费" in t20 and "表 2" in names, names
        sections = re.findall(r'<section class="tbl" id="t-\d+" data-name="([^"]*)"', page.read_text(encoding="utf-8"))
        assert any("免学费" in html.unescape(name) for name in sections)


def _clean_card(page: str) -> str:
    match = re.search(r'id="total-clean">([^<]*)<', page)
    assert match is not None
    return match.group(1)


def test_quiet_report_does_not_count_tables_with_warnings_as_clean(tmp_path: Path) -> None:
    """--quiet leaves the warnings out of the rows, not out of the tables: a seed table with
    warnings is not clean, with or without -q."""
    data = check_json(tmp_path, str(SEED_DIR), "--no-cache", "--report", str(tmp_path / "all.html"))
    check(str(SEED_DIR), "--no-cache", "-q", "--report", str(tmp_path / "q.html"))
    check(str(SEED_DIR), "--no-cache", "-q", "--fail-on", "info", "--report", str(tmp_path / "qi.html"))
    with_findings = {(f["file"], f["document"]) for f in data["findings"]}
    clean = data["summary"]["tables"] - len(with_findings)
    assert _clean_card((tmp_path / "all.html").read_text(encoding="utf-8")) == str(clean) == "0"
    # -q drops the warnings and infos from the rows, but the report still sees them
    quiet = (tmp_path / "q.html").read_text(encoding="utf-8")
    assert _clean_card(quiet) == str(clean)
    errors = sum(f["severity"] == "error" for f in data["findings"])
    assert len(re.findall(r'data-level="error"', quiet)) == errors and 'data-level="warning"' not in quiet
    assert _clean_card((tmp_path / "qi.html").read_text(encoding="utf-8")) == str(clean)


# Characters an HTML page may not hold: controls (not tab, LF, FF, CR), C1, noncharacters, surrogates
NOT_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0010ffff]")


def test_html_report_replaces_characters_html_does_not_allow(tmp_path: Path) -> None:
    """A project name with NUL, BEL, ESC, C1 controls and noncharacters (YAML escapes allow any)
    comes out with U+FFFD in their place; tabs, line separators and the rest of the text stay."""
    source = (SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_text(encoding="utf-8")
    name = "  name: 中职教育学生资助-家庭经济困难学生国家助学金\n"
    assert name in source
    target = tmp_path / "c.yaml"
    target.write_text(source.replace(name, '  name: "助学金\\0N\\x01\\x7f\\x85\\u2028L\\uFFFE\\U0001FFFE\\t'
                                           '\\e]0;t\\a"\n'), encoding="utf-8")
    data = check_json(tmp_path, str(target), "--no-cache", "--report", str(tmp_path / "c.html"))
    assert {f["table"] for f in data["findings"]} == {"助学金\0N\x01\x7f\x85\u2028L\ufffe\U0001fffe\t\x1b]0;t\x07"}
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert not NOT_HTML.search(page)
    assert "助学金\ufffdN\ufffd\ufffd\ufffd\u2028L\ufffd\ufffd\t\ufffd]0;t\ufffd" in page
    # and a lone surrogate, which no YAML file can hold but a file name can
    from ggtlint.findings import Summary
    from ggtlint.reports import FindingRow, ReportCollector

    collector = ReportCollector([str(tmp_path / "s.html")])
    collector.begin([])
    index = collector._table("孤\udcff立.yaml", 0, "项\ud800目", "局\x00")
    collector.add(FindingRow(index, "VAL001", "error", "m\udfff\x1b", "", 1, 1, "", False))
    collector.end(Summary(files=1, tables=1, errors=1))
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert not NOT_HTML.search(page)
    assert "孤\ufffd立.yaml" in page and "项\ufffd目" in page and "局\ufffd" in page and "m\ufffd\ufffd" in page


def test_a_workbook_finding_is_placed_by_its_cell_in_every_output(tmp_path: Path) -> None:
    """A workbook's findings have the imported table's lines, which are nowhere on disk: JUnit,
    GitHub, the page and the workbook name the sheet and cell, as the terminal and JSON do."""
    from openpyxl import load_workbook
    from test_xlsx import _save, realistic_workbook

    book = tmp_path / "申报.xlsx"
    book.write_bytes(_save(realistic_workbook()))
    junit, github, page, sheet, sarif = (tmp_path / name for name in ("r.xml", "r.txt", "r.html", "r.xlsx", "r.sarif"))
    check(str(book), "--no-cache", "-f", f"junit:{junit}", "-f", f"github:{github}", "-f", f"sarif:{sarif}",
          "--report", str(page), "--report", str(sheet))
    [result] = [r for r in json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"] if r["ruleId"] == "VAL005"]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["properties"]["cell"] == "E15" and result["message"]["text"].startswith("申报表!E15 ")
    assert "申报表!E15 " in junit.read_text(encoding="utf-8")
    [annotation] = [line for line in github.read_text(encoding="utf-8").splitlines() if "VAL005" in line]
    assert "line=" not in annotation and "::申报表!E15 " in annotation
    assert '<td class="num">申报表!E15</td>' in page.read_text(encoding="utf-8")
    header, *body = _sheet_rows(load_workbook(sheet)["问题清单 Findings"])
    where = header.index("单元格 Cell")
    assert "申报表!E15" in {row[where] for row in body}

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
    assert workbook.sheetnames == ["汇总 Summary", "问题清单 Findings"]
    findings_sheet = workbook["问题清单 Findings"]
    rows = _sheet_rows(findings_sheet)
    header, body = rows[0], rows[1:]
    assert header[0] == "文件 File" and "问题描述 Message" in header
    assert findings_sheet.freeze_panes == "A2"
    assert findings_sheet.auto_filter.ref == f"A1:M{len(body) + 1}"
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
    weights = [(row[3], row[4], row[5]) for row in table_rows]
    assert weights == sorted(weights, reverse=True)  # worst first


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
    # every finding row links to its table section and its rule
    sections = set(re.findall(r'<section class="tbl" id="(t-\d+)"', page))
    links = re.findall(r'<tr class="finding" id="f-\d+"[^>]*>.*?href="#r-(\w+)".*?href="#(t-\d+)"', page)
    assert len(links) == summary["findings"]
    assert {table for _rule, table in links} <= sections
    assert {rule for rule, _table in links} <= set(re.findall(r'<tr id="r-(\w+)"', page))
    assert "跨表 cross-table" in page and "主管部门" in page
    # each finding carries its fix, as a department reads the page sent back to it
    assert page.count('<div class="fix">建议：') == sum(1 for f in run["json"]["findings"] if f.get("suggestion"))
    assert "产出指标 › 质量指标 › 第 1 条 › 指标值" in page and "/indicators/" not in page


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
    for sheet in ("汇总 Summary", "问题清单 Findings"):
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
    assert [row[7] for row in body] == expected and len(expected) == 7


def test_report_suffix_is_checked(tmp_path: Path) -> None:
    from ggtlint.cli import UsageProblem

    with pytest.raises(UsageProblem):
        check(str(SEED_DIR / "t04-jiuye-buzhu-2023.yaml"), "--report", str(tmp_path / "review.pdf"))


def test_report_alone_with_default_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = check(str(SEED_DIR), "--no-cache", "--no-color", "--report", str(tmp_path / "r.xlsx"))
    assert code == 1 and (tmp_path / "r.xlsx").is_file()
    assert "共检查 20 个文件" in capsys.readouterr().out


AWKWARD = ["a < b && c > d", "两行\n文字", "  前后有空格  ", "=SUM(A1:A2)", "响\x07铃\x1b[31m", "孤\ud800立",
           "长" * 40_000]


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
    """Markup characters, line breaks, edge spaces, formula starts, characters XML cannot carry
    (control characters, a lone surrogate) and text past Excel's cell limit come out as openpyxl
    reads them, in a package whose every part is well-formed XML."""
    import xml.etree.ElementTree as ElementTree
    import zipfile

    from openpyxl import load_workbook

    workbook = _awkward_workbook(tmp_path)
    with zipfile.ZipFile(workbook) as archive:
        for name in archive.namelist():
            ElementTree.fromstring(archive.read(name))  # every part is well-formed XML
    rows = _sheet_rows(load_workbook(workbook)["问题清单 Findings"])[1:]
    assert [row[7] for row in rows] == ["a < b && c > d", "两行\n文字", "  前后有空格  ", "'=SUM(A1:A2)",
                                        "响铃[31m", "孤立", "长" * 32_766 + "…"]  # Excel holds 32,767 at most
    assert {(row[0], row[2], row[3], row[11]) for row in rows} == {("部门/<表>.yaml", "项目 & 名称", "某局 <一>", "改 & 写")}
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
    from ggtlint.reports import FindingRow, ReportCollector

    for lang, expected in (("zh", ["产出指标 › 数量指标 › 第 2 条 › 指标值", "整个文件", "资金 › 年度资金总额",
                                   "项目信息 › 项目名称"]),
                           ("en", ["产出指标 › 数量指标 › item 2 › target value", "the whole file", "funds › total funds",
                                   "project › project name"])):
        collector = ReportCollector([str(tmp_path / "r.html")], lang=lang)
        table = collector._table("t.yaml", 0, "项目", "某局")
        broken = collector._table("bad.yaml", 0, "bad.yaml", None, loaded=False)
        rows = [FindingRow(table, "VAL001", "error", "m", "", 1, 1, "/indicators/产出指标/数量指标/1/value", False),
                FindingRow(broken, "LOAD003", "error", "m", "", 1, 1, "", False),
                FindingRow(table, "FUND001", "error", "m", "", 1, 1, "/funds/total", False),
                FindingRow(table, "STR005", "error", "m", "", 1, 1, "/project/name", False)]
        assert [collector.field_label(row) for row in rows] == expected
        collector.close()


def test_tables_with_errors_never_outnumber_the_tables(run: dict[str, Any]) -> None:
    """The bad fixtures have no 主管部门 and do not load: their errors count for the department,
    but they are not tables, so "有错误的表" stays within "表"."""
    from openpyxl import load_workbook

    rows = _sheet_rows(load_workbook(run["xlsx"])["汇总 Summary"])
    start = next(i for i, row in enumerate(rows) if row[0] and str(row[0]).startswith("按主管部门"))
    departments = {}
    for row in rows[start + 1:]:
        if not row[0]:
            break
        departments[row[0]] = row[1:6]
    tables, failing, errors = departments["（未填主管部门）"][:3]
    assert failing <= tables and errors > failing  # the broken files' errors are still counted
    assert all(values[1] <= values[0] for values in departments.values())

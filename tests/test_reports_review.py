"""The review reports as a finance bureau reads and forwards them.

Two runs over one folder of real inputs (a generated corpus of departments' tables, the bad
fixtures, the sector tables, a 申报表 workbook): one in Chinese with ``--quiet``, one in English
with every finding. Each test checks one thing a bureau relies on: files that could not be read
are named as such, the page's filter finds a department's tables, ``--quiet`` says what it left
out, an English report speaks English, clean tables are listed, the workbook is sorted and sized
for forwarding, links lead somewhere useful, reports of a run appear together or not at all, and
the charts tell rules and departments apart.
"""

from __future__ import annotations

import datetime as dt
import errno
import html
import json
import os
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from bulk_helpers import check, check_json, make_corpus
from ci_helpers import SRC
from conftest import BAD_DIR, ROOT, SEED_DIR, python_m_ggtlint

SECTORS_DIR = ROOT / "fixtures" / "sectors"
UNKNOWN = "部门未知（文件无法读取）"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The folder a bureau reviews, checked twice: Chinese with -q, and English with everything."""
    from test_xlsx import _save, realistic_workbook

    tmp = tmp_path_factory.mktemp("review")
    folder = tmp / "各部门"
    make_corpus(folder / "corpus", 60)
    shutil.copytree(BAD_DIR, folder / "bad")
    shutil.copytree(SECTORS_DIR, folder / "sectors")
    (folder / "申报.xlsx").write_bytes(_save(realistic_workbook()))
    zh = check_json(tmp, str(folder), "--no-cache", "-q", "--report", str(tmp / "zh.html"),
                    "--report", str(tmp / "zh.xlsx"), name="zh.json")
    en = check_json(tmp, str(folder), "--no-cache", "--lang", "en", "--report", str(tmp / "en.html"),
                    "--report", str(tmp / "en.xlsx"), name="en.json")
    return {"tmp": tmp, "folder": folder, "zh": zh, "en": en}


def _page(review: dict[str, Any], name: str) -> str:
    return (review["tmp"] / name).read_text(encoding="utf-8")


def _rows(review: dict[str, Any], name: str, sheet: str) -> list[tuple[Any, ...]]:
    """A sheet's rows (values). Each workbook is read once per ``review`` dict, every sheet of it:
    openpyxl takes seconds over the run's Findings sheet, and the fixture's workbooks are read by
    several tests and never written after the fixture. A copy of the list, so no test changes another's."""
    books = review.setdefault("books", {})
    if name not in books:
        from openpyxl import load_workbook

        book = load_workbook(review["tmp"] / name)
        books[name] = {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    return list(books[name][sheet])


def _width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _unreadable(findings: list[dict[str, Any]]) -> set[str]:
    """Files whose every finding is a LOAD finding outside any table: they could not be read."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for finding in findings:
        by_file.setdefault(finding["file"], []).append(finding)
    return {file for file, found in by_file.items()
            if all(f["rule_id"].startswith("LOAD") and not f["table"] for f in found)}


def _collect(tmp: Path, files: list[Path], reports: list[str], **options: Any) -> Any:
    """Check ``files`` with the engine and hand every result to a ReportCollector writing ``reports``."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.findings import Summary
    from ggtlint.load import load_file
    from ggtlint.reports import ReportCollector

    engine = Engine.build(Config())
    # a folder report keeps its trailing separator (Path would drop it)
    collector = ReportCollector([str(tmp / name) + ("/" if name.endswith("/") else "") for name in reports],
                                tool_version="9.9", **options)
    collector.begin(engine.rule_infos())
    summary = Summary()
    for path in files:
        result = engine.check_source(load_file(path, str(path)))
        summary.files += 1
        summary.tables += result.tables
        summary.add_all(result.findings)
        collector.file(result)
    collector.summary = summary
    return collector


# -- 2: files that could not be read ----------------------------------------------------------

def test_unreadable_files_come_first_and_are_booked_to_no_department(review: dict[str, Any]) -> None:
    unreadable = _unreadable(review["en"]["findings"])
    # the bad fixtures that hold no table, and the corpus's file that is not valid YAML
    assert {Path(file).name for file in unreadable} == {
        "alias-bomb.yaml", "broken.yaml", "control-chars.yaml", "deep-nesting.yaml", "empty.yaml",
        "list-document.yaml", "list.json", "not-a-table.yaml", "scalar.yaml", "t000018.yaml"}
    page = _page(review, "zh.html")
    assert f'id="total-unreadable">{len(unreadable)}<' in page
    by_table = re.search(r'<h2 id="by-table">.*?</table>', page, re.S).group(0)
    files = [html.unescape(f) for f in re.findall(r'<tr id="bt-\d+">.*?<code>([^<]*)</code>', by_table)]
    assert set(files[:len(unreadable)]) == unreadable  # listed first
    header, *body = _rows(review, "zh.xlsx", "问题清单 Findings")
    column = {name: header.index(name) for name in header}
    rows = [row for row in body if row[column["文件 File"]] in unreadable]
    assert {row[column["主管部门 Department"]] for row in rows} == {UNKNOWN}
    assert {row[column["项目名称 Project"]] for row in rows} == {None}  # the file column names the file
    assert UNKNOWN not in {row[column["主管部门 Department"]] for row in body if row not in rows}
    summary = {row[0]: row[1] for row in _rows(review, "zh.xlsx", "汇总 Summary") if row[0]}
    assert summary["无法读取的文件 unreadable files"] == len(unreadable)


# -- 4: the filter finds a department's and a file's findings ----------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _dom(page: Path, fragment: str, profile: Path) -> str:
    """The page as Chromium leaves it once its script has run, opened at ``#fragment``."""
    browser = _chromium()
    assert browser is not None
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", page.resolve().as_uri() + fragment],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and 'data-js="ready"' in proc.stdout, proc.stderr[-2000:]
    return proc.stdout


def _shown(dom: str) -> int:
    return int(re.search(r'id="shown-total">(\d+)<', dom).group(1))


@pytest.mark.skipif(_chromium() is None, reason="chromium is not on PATH (Debian: apt-get install -y chromium)")
def test_the_filter_finds_a_departments_and_a_files_findings(review: dict[str, Any], tmp_path: Path) -> None:
    from bench_bulk import DEPARTMENTS

    findings = review["en"]["findings"]
    page = review["tmp"] / "en.html"
    text = page.read_text(encoding="utf-8")
    # the department of a corpus file is its folder's (d15 is 贵定县民政局)
    department_of = {f["file"]: DEPARTMENTS[int(m.group(1))] for f in findings
                     if (m := re.search(r"/d(\d\d)/", f["file"]))}
    department = Counter(department_of[f["file"]] for f in findings if f["file"] in department_of).most_common(1)[0][0]
    # each row of 按主管部门统计 leads to the department's tables, and to no other's: a finding
    # of another department naming this one (a cross-table finding names the other table's
    # file) was listed too, as was a department whose name begins with this one's
    assert (f'href="#d={html.escape(quote(department))}" data-department-filter="{department}">{department}</a>'
            in text)
    # …and the sector tables of the same department (b249, b253 are 黔南州卫生健康局's too), by the department
    # the JSON output gives each finding
    in_corpus = sum(1 for f in findings if department_of.get(f["file"]) == department)
    expected = sum(1 for f in findings if department_of.get(f["file"], f.get("department")) == department)
    assert in_corpus and expected >= in_corpus
    assert _shown(_dom(page, f"#d={quote(department)}", tmp_path / "p1")) == expected
    # a file's name (t000012): its findings, and no other
    stem = Counter(Path(f["file"]).stem for f in findings if f["file"] in department_of).most_common(1)[0][0]
    assert not any(stem in f["message"] + (f.get("suggestion") or "") for f in findings)
    assert _shown(_dom(page, f"#q={stem}", tmp_path / "p2")) == sum(1 for f in findings if Path(f["file"]).stem == stem)


@pytest.mark.skipif(_chromium() is None, reason="chromium is not on PATH (Debian: apt-get install -y chromium)")
def test_a_departments_link_lists_no_department_whose_name_begins_with_its_own(tmp_path: Path) -> None:
    """黔南州生态环境局's link matched its name as text: 黔南州生态环境局都匀分局's tables came too."""
    text = (SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_text(encoding="utf-8")
    department = re.search(r"department: (.+)", text).group(1).strip()
    (tmp_path / "a.yaml").write_text(text.replace(department, "黔南州生态环境局"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text.replace(department, "黔南州生态环境局都匀分局").replace("中职", "都匀中职"),
                                     encoding="utf-8")
    proc = python_m_ggtlint("check", ".", "--no-cache", "-f", "json", "--report", "page.html", cwd=tmp_path,
                            text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    findings = json.loads(proc.stdout)["findings"]
    own = sum(1 for f in findings if f["file"] == "a.yaml")
    assert own and own < len(findings)
    assert _shown(_dom(tmp_path / "page.html", f"#d={quote('黔南州生态环境局')}", tmp_path / "p")) == own


# -- 5: what --quiet leaves out, and what was checked and how ---------------------------------

def test_a_quiet_report_says_what_it_leaves_out(review: dict[str, Any]) -> None:
    summary = review["zh"]["summary"]  # counts every finding, listed or not
    note = f"仅列出“错误”级别的问题（--quiet）；另有警告 {summary['warnings']} 个、提示 {summary['infos']} 个未列出"
    assert summary["warnings"] and summary["infos"]
    assert f'<p class="note" id="quiet-note">{note}</p>' in _page(review, "zh.html")
    assert (note,) == _rows(review, "zh.xlsx", "汇总 Summary")[1][:1]
    assert 'id="quiet-note"' not in _page(review, "en.html")  # nothing left out, nothing said


def test_reports_say_what_was_checked_and_how(tmp_path: Path) -> None:
    from ggtlint.findings import Severity

    files = [SEED_DIR / "t04-jiuye-buzhu-2023.yaml", BAD_DIR / "broken.yaml"]
    selection = {"select": ["VAL", "STR"], "ignore": ["REL005"], "fail_on": "warning", "framework": "fw2021",
                 "budget_year": 2024}
    for lang, expected in (("zh", ["检查对象：fixtures/seed、fixtures/bad/broken.yaml", "规则选择：仅检查：VAL、STR；不检查：REL005",
                                   "判为不通过的级别：“警告”及以上（--fail-on warning）", "指标体系：财预〔2021〕101号指标体系",
                                   "预算年度：2024", "另有提示 "]),
                           ("en", ["Checked: fixtures/seed, fixtures/bad/broken.yaml", "Rules chosen: only VAL, STR; not REL005",
                                   "Fails on: warning and above (--fail-on warning)", "Framework: the 2021 framework",
                                   "Budget year: 2024", 'Only findings of level "error" and "warning" are listed (--quiet); ']),):
        collector = _collect(tmp_path, files, [f"{lang}.html", f"{lang}.xlsx"], lang=lang, selection=selection,
                             checked=["fixtures/seed", "fixtures/bad/broken.yaml"], quiet_rank=Severity.WARNING.rank)
        collector.end(collector.summary)
        page = html.unescape((tmp_path / f"{lang}.html").read_text(encoding="utf-8"))
        assert all(text in page for text in expected), [text for text in expected if text not in page]
        summary = {row[0]: row[1] for row in _rows({"tmp": tmp_path}, f"{lang}.xlsx", "汇总 Summary") if row[0]}
        created = summary["生成时间" if lang == "zh" else "Created"]
        assert created.startswith(dt.date.today().isoformat()) or created.startswith(
            (dt.date.today() - dt.timedelta(days=1)).isoformat())  # a run just past midnight
        assert summary["预算年度" if lang == "zh" else "Budget year"] == "2024"
        assert summary["工具" if lang == "zh" else "Tool"].startswith("ggtlint 9.9")


# -- 6: an English report speaks English -------------------------------------------------------

def _data_texts(review: dict[str, Any]) -> set[str]:
    """Every text the English page takes from the tables or the rules (it may be Chinese)."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.model import field_label
    from ggtlint.reports.html import escape
    from ggtlint.run import load_source

    texts: set[str] = set()
    for finding in review["en"]["findings"]:
        texts |= {finding["message"], finding.get("suggestion") or "", finding["file"], finding["table"] or "",
                  field_label(finding["path"], "en")}
    texts.add(str(review["folder"]))  # the folder checked, as the report names it
    for path in review["folder"].rglob("*.*"):  # the tables' names and departments, as ggtlint reads them
        texts.add(str(path))
        for table in load_source(path, str(path), DEFAULT_LIMITS)[0].tables:
            texts |= {table.project.name or "", table.project.department or ""}
    for info in Engine.build(Config()).rule_infos():
        texts |= {info.summary.get("en"), info.rationale.get("en"), info.fix.get("en")}
    return {html.unescape(escape(text)) for text in texts if text}  # as the page shows them


def test_an_english_report_says_nothing_of_its_own_in_chinese(review: dict[str, Any]) -> None:
    page = _page(review, "en.html")
    assert "<title>Performance target review · ggtlint</title>" in page and 'lang="en"' in page
    # the charts' labels are rule ids and names, or departments' names (cut): data, checked apart
    charts = re.findall(r"<svg.*?</svg>", page, re.S)
    assert not CJK.search(re.sub(r'<text[^>]*><title>[^<]*</title>[^<]*</text>| data-department-filter="[^"]*"', "",
                                 "".join(charts)))
    rule_labels = re.findall(r'<a href="#r-\w+"><text[^>]*><title>([^<]*)</title>', charts[0])
    assert rule_labels and not any(CJK.search(label) for label in rule_labels)
    text = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", page, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    for data in sorted(_data_texts(review), key=len, reverse=True):
        text = text.replace(data, " ")
    text = re.sub(r"[^\s!]+![A-Z]+\d+", " ", text)  # a workbook's sheet and cell (申报表!E15)
    assert not [line for line in text.splitlines() if CJK.search(line)]
    header, *body = _rows(review, "en.xlsx", "问题清单 Findings")
    assert not CJK.search("".join(header))
    assert {row[header.index("Cross-table")] for row in body} == {None, "yes"}
    assert {row[header.index("Severity")] for row in body} == {"error", "warning", "info"}
    header, *tables = _rows(review, "en.xlsx", "已检查的表 Tables")  # the sheets keep their names: see own_files
    assert not CJK.search("".join(header)) and not any(CJK.search(row[header.index("Result")]) for row in tables)
    summary = _rows(review, "en.xlsx", "汇总 Summary")
    by_rule = next(i for i, row in enumerate(summary) if row[0] == "By rule")
    # the title, notes, facts' and totals' labels, and every block's headings
    labels = [row[0] for row in summary[:by_rule + 1] if row[0]] + [
        str(cell) for row in summary if row[0] in ("By rule", "By department") or str(row[0]).startswith("By table")
        for cell in row if cell]
    assert len(labels) > 20 and not [text for text in labels if CJK.search(text)]


# -- 7: clean tables, and a run that checked nothing -------------------------------------------

def test_clean_tables_are_listed_by_name(review: dict[str, Any]) -> None:
    findings = review["en"]["findings"]
    with_findings = {f["file"] for f in findings}
    clean_sectors = {str(path) for path in (review["folder"] / "sectors").glob("*.yaml")} - with_findings
    # 617: audit 30's 2026 sources g390, g500, g524 draw XT003 against their copies b351, b354, b355; 616: audit 32's
    # g383, g433, g548, g575, g653, g666 against b372, b367, b373, b370, b374, b371; 625: careful g698–g706 (g707 keeps
    # a REL002 notice); 616: audit 33's g423, g511, g519, g597, g598, g630, g631, g636, g659 against b384, b385, b379,
    # b382, b380, b378, b377, b381, b383; 606: audit 34's g374, g384, g392, g409, g428, g475, g505, g506, g546, g658
    # against b387, b392, b386, b394, b389, b391, b388, b395, b390, b393; 616: careful g708–g717, all clean; 609:
    # audit 35's g359, g367, g427, g478, g555, g623, g649 against b397, b398, b396, b400, b405, b403, b402 (g469 had a
    # notice already); 619: careful g718–g727, all clean; 629: careful g728–g737, all clean; 639: careful g738–g747, all
    # clean (after careful s25's fixes); 649: careful g748–g757, all clean (after careful s25b's fixes); 659: careful
    # g758–g767, all clean; 661: audit 40's b447 and b448, whose three planted defects each no rule tells; 660: b448's
    # 运行维护基准站 ＝12座 over the goal's 全县基准站由8座增至10座 told (REL008, session 27); 670: careful g768–g777, all
    # clean (after careful s27's fixes); 680: careful g778–g787, all clean (after careful s27b's fixes); 681: audit 41's
    # b460, whose three planted defects no rule tells; 680: b447's 永久基本农田 ≥55.6万亩 over 耕地保有量 ≥52.3万亩 told
    # (REL009's part_by_definition, session 28); 690: careful g788–g797, all clean (after careful s28's fix); 689:
    # b460 no longer clean (VAL008 tells its 覆盖居民户数 ≥18000人, audit 41's leftovers, session 28)
    assert len(clean_sectors) == 689
    page = _page(review, "zh.html")
    listed = re.search(r'<details class="checked" id="clean-tables">.*?</details>', page, re.S).group(0)
    files = {html.unescape(f) for f in re.findall(r'<tr class="checked".*?<code>([^<]*)</code>', listed, re.S)}
    assert clean_sectors <= files and not files & with_findings - clean_sectors
    clean_rows = listed.count('<tr class="checked"')
    assert f'id="total-clean">{clean_rows}<' in page
    header, *tables = _rows(review, "zh.xlsx", "已检查的表 Tables")
    result = {row[header.index("文件 File")]: row[header.index("结果 Result")] for row in tables}
    assert {result[file] for file in clean_sectors} == {"无问题"}
    assert len(tables) >= review["zh"]["summary"]["tables"]  # every table, clean or not


def test_a_run_that_checked_no_file_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for lang, words in (("zh", "没有检查任何文件"), ("en", "No file was checked")):
        check(str(empty), "--no-cache", "--lang", lang, "--report", str(tmp_path / f"{lang}.html"),
              "--report", str(tmp_path / f"{lang}.xlsx"))
        page = (tmp_path / f"{lang}.html").read_text(encoding="utf-8")
        assert re.search(rf'<p class="alarm" id="nothing-checked">{words}', page)
        assert _rows({"tmp": tmp_path}, f"{lang}.xlsx", "汇总 Summary")[1][0].startswith(words)


# -- 8: a workbook to forward ------------------------------------------------------------------

def test_the_findings_sheet_is_sorted_and_sized_for_forwarding(review: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(review["tmp"] / "zh.xlsx")["问题清单 Findings"]
    header, *body = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    column = {name: header.index(name) for name in header}
    keys = [(row[column["主管部门 Department"]] != UNKNOWN, row[column["主管部门 Department"]], row[column["文件 File"]],
             row[column["表序号 Table #"]]) for row in body]
    assert keys == sorted(keys)  # by department, file and table; unreadable files first
    # within a table, by position, its cross-table findings after its own
    for key in set(keys):
        rows = [row for row, row_key in zip(body, keys) if row_key == key]
        order = [(row[column["跨表 Cross-table"]] is not None, row[column["行 Line"]] or 0, row[column["列 Column"]] or 0)
                 for row in rows]
        assert order == sorted(order)
    # a line is a number, a workbook's cell text, each in its own column
    assert {type(row[column["行 Line"]]) for row in body} <= {int, type(None)}
    cells = {row[column["单元格 Cell"]] for row in body} - {None}
    assert cells and all(isinstance(cell, str) and "!" in cell for cell in cells)
    # widths from the text written, a Chinese character counted twice
    for name in ("文件 File", "项目名称 Project", "主管部门 Department", "规则名称 Rule name"):
        letter = chr(ord("A") + column[name])
        widest = max(_width(str(row[column[name]] or "")) for row in body)
        assert min(widest, 60) <= sheet.column_dimensions[letter].width <= 62, name
    assert sheet.column_dimensions[chr(ord("A") + column["主管部门 Department"])].width >= \
        _width("黔南布依族苗族自治州人力资源和社会保障局")
    # headers and fixes wrap
    assert all(cell.alignment.wrap_text for cell in sheet[1])
    assert all(row[column["修改建议 Fix"]].alignment.wrap_text for row in sheet.iter_rows(min_row=2, max_row=50))


# -- 10: links that lead somewhere -------------------------------------------------------------

def test_positions_are_plain_text_and_back_links_return_to_the_tables_row(review: dict[str, Any]) -> None:
    page = _page(review, "zh.html")
    positions = re.findall(r'<tr class="finding"[^>]*>(?:<td>.*?</td>){3}<td class="num">(.*?)</td>', page)
    assert len(positions) == review["zh"]["summary"]["errors"]
    assert not any("<a" in position for position in positions)
    sections = re.findall(r'<section class="tbl" id="t-(\d+)".*?<a href="#bt-(\d+)">↑ 按表统计</a>', page)
    assert sections and all(table == back for table, back in sections)
    rows = dict(re.findall(r'<tr id="bt-(\d+)"><td class="num">\d+</td><td><a href="#t-(\d+)">', page))
    assert all(rows[back] == table for table, back in sections)


# -- 11: all reports or none -------------------------------------------------------------------

def _seed_collector(tmp_path: Path) -> Any:
    return _collect(tmp_path, [SEED_DIR / "t04-jiuye-buzhu-2023.yaml", BAD_DIR / "broken.yaml"],
                    ["review.html", "review.xlsx"])


def test_an_interrupted_run_leaves_the_old_reports_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ggtlint.reports import xlsx

    (tmp_path / "review.html").write_text("old page", encoding="utf-8")

    def interrupted(collector: Any, out: Any) -> None:  # Ctrl-C while the workbook is written
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx, "write_xlsx", interrupted)
    collector = _seed_collector(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        collector.end(collector.summary)
    assert (tmp_path / "review.html").read_text(encoding="utf-8") == "old page"  # not the new page beside no workbook
    assert sorted(path.name for path in tmp_path.iterdir()) == ["review.html"]  # no temporary file left

    def disk_full(collector: Any, out: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsx, "write_xlsx", disk_full)
    collector = _seed_collector(tmp_path)
    with pytest.raises(OSError) as caught:
        collector.end(collector.summary)
    assert "磁盘已满" in caught.value.reasons()[0] and "已写入的报告：无" in caught.value.reasons()[0]
    assert caught.value.not_written == [str(tmp_path / "review.html"), str(tmp_path / "review.xlsx")]
    assert (tmp_path / "review.html").read_text(encoding="utf-8") == "old page"


def test_a_report_that_cannot_be_put_in_place_is_named(tmp_path: Path) -> None:
    (tmp_path / "review.xlsx").mkdir()  # a folder where the workbook should go
    collector = _seed_collector(tmp_path)
    with pytest.raises(OSError) as caught:
        collector.end(collector.summary)
    error = caught.value
    assert getattr(error, "written", None) == [str(tmp_path / "review.html")]
    assert error.not_written == [str(tmp_path / "review.xlsx")]
    assert f"已写入的报告：{tmp_path / 'review.html'}；未写入的报告：{tmp_path / 'review.xlsx'}" in error.reasons()[0]
    assert not list(tmp_path.glob(".*.tmp"))


# -- 12: charts --------------------------------------------------------------------------------

def _chart_bars(page: str, number: int) -> list[tuple[str, str, int]]:
    """(full name, label, total) of each bar of the page's ``number``-th chart."""
    chart = re.findall(r"<svg.*?</svg>", page, re.S)[number]
    labels = re.findall(r"<text[^>]*><title>([^<]*)</title>([^<]*)</text>", chart)
    totals = [int(n) for n in re.findall(r'<text x="[\d.]+" y="\d+" font-size="12">(\d+)</text>', chart)]
    return [(html.unescape(name), html.unescape(label), total) for (name, label), total in zip(labels, totals)]


def test_charts_name_rules_in_chinese_and_tell_departments_apart(review: dict[str, Any]) -> None:
    page = _page(review, "zh.html")
    rules = _chart_bars(page, 0)
    assert rules and all(CJK.search(label) for _name, label, _total in rules)  # the rule's Chinese title
    assert ("VAL001 数量、质量、时效、成本指标的指标值必须量化", "VAL001 数量、质量、时效、成本指标的指标…") in \
        {(name, label) for name, label, _total in rules}
    departments = _chart_bars(page, 1)
    labels = [label for _name, label, _total in departments]
    assert len(set(labels)) == len(labels) == 15
    totals = [total for *_rest, total in departments]
    assert totals == sorted(totals, reverse=True)  # ordered by what sizes the bars
    rows = re.findall(r'<tr id="d-\d+">.*?</tr>', page)
    with_findings = sum(1 for row in rows if sum(map(int, re.findall(r'<td class="num">(\d+)</td>', row)[2:])))
    assert 15 < with_findings < len(rows)  # a department whose tables are all clean gets no bar
    assert f"<h3>按主管部门 · findings per department（有问题的 {with_findings} 个中的前 15 个）</h3>" in page


def test_department_labels_drop_the_shared_region_and_keep_the_ends() -> None:
    from bench_bulk import DEPARTMENTS

    from ggtlint.reports import display_width
    from ggtlint.reports.html import department_labels

    prefecture = [name for name in DEPARTMENTS if name.startswith("黔南布依族苗族自治州")]
    labels, prefix = department_labels(prefecture)
    assert prefix == "黔南布依族苗族自治州" and "人力资源和社会保障局" in labels
    assert len(set(labels)) == len(labels)
    long_names = ["黔南布依族苗族自治州人力资源和社会保障局信息中心", "都匀市人力资源和社会保障局劳动保障监察大队"]
    labels, prefix = department_labels(long_names)
    assert prefix == "" and all(display_width(label) <= 40 for label in labels)
    assert labels[0].endswith("信息中心") and labels[1].endswith("劳动保障监察大队") and len(set(labels)) == 2


# -- 14: names -----------------------------------------------------------------------------------

def test_a_report_path_without_a_name_is_told_so(tmp_path: Path) -> None:
    from ggtlint.cli import UsageProblem

    for name in (".html", ".xlsx"):
        with pytest.raises(UsageProblem, match="缺少文件名"):
            check(str(SEED_DIR / "t04-jiuye-buzhu-2023.yaml"), "--report", str(tmp_path / name))


def test_a_table_without_a_project_name_is_named_so(review: dict[str, Any]) -> None:
    # bad/python-tag.yaml: a table with no project name (its first part), then a part that is no table
    unnamed = "（未填项目名称，表序号 1）"
    page = html.unescape(_page(review, "en.html"))
    assert "(no project name, table #1)" in page and ">#1<" not in page
    header, *body = _rows(review, "zh.xlsx", "问题清单 Findings")
    column = {name: header.index(name) for name in header}
    projects = {row[column["项目名称 Project"]] for row in body
                if row[column["文件 File"]].endswith("python-tag.yaml") and row[column["表序号 Table #"]] == 1}
    assert projects == {unnamed}
    summary = _rows(review, "zh.xlsx", "汇总 Summary")
    start = next(i for i, row in enumerate(summary) if row[0] == "按规则 By rule")
    names = {row[0]: row[1] for row in summary[start + 1:] if row[0]}
    assert names["VAL001"] == "数量、质量、时效、成本指标的指标值必须量化（quantify-output）"

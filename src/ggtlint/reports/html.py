"""The HTML review report: one self-contained page a finance bureau can open offline and send on.

Everything is inline (CSS, a little JavaScript, SVG charts); the page loads nothing from the
network. Sections: what was checked and how (in the header, with a plain statement when
``--quiet`` leaves findings out or when no file was checked); totals; two bar charts (findings
per rule and per department, by severity); counts by rule, by department and by table (files
that could not be read first, then worst first, anchor ``#bt-N``); then every finding, grouped
under its table (anchor ``#t-N``), each linking to its rule's explanation (``#r-ID``); then the
tables found clean. Under zh the page speaks Chinese with the English beside its headings;
under ``--lang en`` it speaks English only (the tables' own text stays as written).

The script only filters (text, matched against a finding and its table's project, file and
department; a department, matched exactly; and severity) and counts the rows it shows. ``#q=TEXT``
in the address fills the filter, ``#d=NAME`` lists one department's tables: a department's row
and bar link there. If the script fails, the page stays complete and
readable, and ``window.onerror`` writes the error into ``#js-status``.
"""

from __future__ import annotations

import json
import os
import re
from html import escape as _escape
from typing import IO, Any, Iterator
from urllib.parse import quote

from ggtlint.findings import Severity
from ggtlint.reports import LEVELS, NO_DEPARTMENT, NO_DEPARTMENT_EN, UNKNOWN_DEPARTMENT, UNKNOWN_DEPARTMENT_EN, \
    display_width, level_plural, say
from ggtlint.lazyregex import lazy_pattern

_COLORS = {"error": "#c62828", "warning": "#ef8f00", "info": "#1565c0"}
_LEVELS = tuple(level.value for level in LEVELS)  # as the page's classes, data and script name them
_MAX_BARS = 15
_LABEL_UNITS = 40  # display width (a Chinese character is 2) of a bar's label before it is cut
# where a shared prefix of department names may end: after the region it names (黔南布依族苗族自治州)
_REGION_END = "省市州盟县旗区"
_PLACEHOLDERS = {NO_DEPARTMENT, NO_DEPARTMENT_EN, UNKNOWN_DEPARTMENT, UNKNOWN_DEPARTMENT_EN}
# Characters an HTML page may not hold (parse errors; a browser drops NUL or shows them raw):
# controls other than tab, line feed, form feed and carriage return, C1 controls,
# noncharacters and lone surrogates. Table text is free to contain them.
_NOT_HTML = lazy_pattern(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                         + "".join(rf"\U{plane:04x}fffe\U{plane:04x}ffff" for plane in range(1, 17)) + "]")


def escape(text: str) -> str:
    """``text`` for HTML text or a quoted attribute: markup characters escaped, each character
    HTML does not allow replaced by U+FFFD (as JUnit does)."""
    return _escape(_NOT_HTML.sub("\ufffd", text))


_CSS = """
:root{--fg:#1f2328;--muted:#5d6670;--line:#d6dae0;--bg:#fff;--soft:#f5f7fa;--err:#c62828;--warn:#ef8f00;--info:#1565c0}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:20px 28px;background:#0d3b66;color:#fff}
header h1{margin:0 0 4px;font-size:22px}
header .meta{opacity:.85;font-size:13px}
main{padding:8px 28px 40px;max-width:1400px}
h2{margin:28px 0 10px;font-size:18px;border-bottom:2px solid var(--line);padding-bottom:4px}
h2 small,h3 small,th small{color:var(--muted);font-weight:normal;font-size:12px;margin-left:6px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{min-width:130px;padding:12px 16px;border:1px solid var(--line);border-radius:8px;background:var(--soft)}
.card .n{font-size:26px;font-weight:600;display:block}
.card .k{color:var(--muted);font-size:12px}
.card a{color:inherit;text-decoration:none}
.card.error .n{color:var(--err)}.card.warning .n{color:var(--warn)}.card.info .n{color:var(--info)}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.chart{flex:1 1 520px;min-width:380px}
.chart svg{width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:6px 0 14px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.lvl{display:inline-block;padding:0 6px;border-radius:4px;color:#fff;font-size:12px;white-space:nowrap}
.lvl.error{background:var(--err)}.lvl.warning{background:var(--warn)}.lvl.info{background:var(--info)}
.xt{display:inline-block;padding:0 5px;border:1px solid var(--muted);border-radius:4px;font-size:11px;color:var(--muted);margin-left:4px}
section.tbl{margin:18px 0;border:1px solid var(--line);border-radius:8px;padding:4px 14px 8px;
  content-visibility:auto;contain-intrinsic-size:auto 320px}
section.tbl h3{font-size:15px;margin:10px 0 4px}
.finding .fix{color:var(--muted);font-size:12px;margin-top:2px}
section.tbl .where{color:var(--muted);font-size:12px}
.toolbar{position:sticky;top:0;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);z-index:2}
.toolbar input[type=search]{width:320px;padding:4px 8px}
.toolbar label{margin-left:12px}
.toolbar .shown{margin-left:16px}
.hidden{display:none}
a{color:#0b5cad}
code{font-size:12px}
#js-status{font-size:12px;color:var(--muted)}
#js-status.js-error{color:var(--err);font-weight:600}
header .facts{margin:6px 0 0;font-size:13px;opacity:.9}
header .facts div{margin:1px 0}
header .note{margin:8px 0 0;padding:6px 10px;background:#fff3cd;color:#5c4400;border-radius:6px;font-size:14px}
header .alarm{margin:10px 0 0;padding:10px 14px;background:#c62828;color:#fff;border-radius:6px;font-size:18px;
  font-weight:600}
.chart h3{font-size:13px;margin:8px 0 2px}
details.checked summary{cursor:pointer;font-weight:600;margin:6px 0}
@media print{.toolbar{display:none}header{background:none;color:#000}section.tbl{content-visibility:visible}}
"""

_JS = """
(function(){
  var status = document.getElementById('js-status');
  window.onerror = function(message){
    status.textContent = 'JS-ERROR: ' + message;
    status.className = 'js-error';
  };
  var query = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.level'));
  // each table's project, file and department, matched as well as its rows' own text
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.tbl')).map(function(section){
    return {node: section, key: ['data-name', 'data-file', 'data-department'].map(function(name){
              return section.getAttribute(name) || '';
            }).join('\\n').toLowerCase(),
            rows: Array.prototype.slice.call(section.querySelectorAll('tr.finding'))};
  });
  // a row's text in lower case, read once: a bureau's run lists a hundred thousand rows
  function rowText(row){
    if (row.lowerText === undefined) { row.lowerText = row.textContent.toLowerCase(); }
    return row.lowerText;
  }
  var checked = Array.prototype.slice.call(document.querySelectorAll('tr.checked'));
  // a department's link lists its tables and no other's: its name is matched exactly
  var department = null;
  var chip = document.getElementById('department-chip');
  function apply(){
    var text = (query.value || '').trim().toLowerCase();
    var wanted = {};
    boxes.forEach(function(box){ wanted[box.value] = box.checked; });
    var shown = {error: 0, warning: 0, info: 0};
    sections.forEach(function(section){
      var mine = department === null || section.node.getAttribute('data-department') === department;
      var named = !text || section.key.indexOf(text) >= 0;
      var any = false;
      section.rows.forEach(function(row){
        var level = row.getAttribute('data-level');
        var ok = mine && wanted[level] && (named || rowText(row).indexOf(text) >= 0);
        row.classList.toggle('hidden', !ok);
        if (ok) { shown[level] += 1; any = true; }
      });
      section.node.classList.toggle('hidden', !any);
    });
    chip.hidden = department === null;
    document.getElementById('department-name').textContent = department || '';
    checked.forEach(function(row){
      var mine = department === null || row.getAttribute('data-department') === department;
      var ok = mine && (!text || (row.getAttribute('data-find') || '').toLowerCase().indexOf(text) >= 0);
      row.classList.toggle('hidden', !ok);
      if (ok && (text || department !== null)) { row.closest('details').open = true; }  // a clean department
    });
    ['error', 'warning', 'info'].forEach(function(level){
      document.getElementById('shown-' + level).textContent = shown[level];
    });
    document.getElementById('shown-total').textContent = shown.error + shown.warning + shown.info;
  }
  function filterBy(text, chosen){
    query.value = text;
    department = chosen === undefined ? null : chosen;
    apply();
    var findings = document.getElementById('findings');
    if (findings && findings.scrollIntoView) { findings.scrollIntoView(); }
  }
  // #q=TEXT in the address (a link someone sends) fills the filter; #d=NAME lists a department
  function fromAddress(){
    var hash = window.location.hash;
    var kind = hash.slice(0, 3);
    if (kind !== '#q=' && kind !== '#d=') { return false; }
    var text = hash.slice(3);
    try { text = decodeURIComponent(text); } catch (e) { /* shown as typed */ }
    if (kind === '#d=') { filterBy('', text); } else { filterBy(text); }
    return true;
  }
  Array.prototype.slice.call(document.querySelectorAll('[data-department-filter]')).forEach(function(link){
    link.addEventListener('click', function(){ filterBy('', link.getAttribute('data-department-filter')); });
  });
  document.getElementById('department-clear').addEventListener('click', function(){ filterBy(''); });
  // typing filters once a pause comes, not at every key (a long list takes a moment to go through)
  var typing = null;
  query.addEventListener('input', function(){
    if (typing !== null) { clearTimeout(typing); }
    typing = setTimeout(function(){ typing = null; apply(); }, 200);
  });
  boxes.forEach(function(box){ box.addEventListener('change', apply); });
  window.addEventListener('hashchange', fromAddress);
  if (!fromAddress()) { apply(); }
  status.textContent = '';
  document.body.setAttribute('data-js', 'ready');
})();
"""


def _level_badge(level: str, lang: str) -> str:
    return f'<span class="lvl {level}">{Severity(level).word(lang)}</span>'


def _heading(lang: str, zh: str, en: str) -> str:
    """A heading's text: Chinese with the English beside it, small, or the English alone."""
    return say(lang, f"{zh} <small>{en}</small>", en)


def _level_headers(lang: str) -> str:
    return "".join(f'<th class="num">{level_plural(level, lang, heading=True)}</th>' for level in LEVELS)


def _per_level(lang: str, values: list[str]) -> str:
    """Each level's name with its value beside it: 错误 3，警告 2，提示 1 / errors 3, warnings 2, infos 1."""
    return say(lang, "，", ", ").join(f"{level_plural(level, lang)} {value}" for level, value in zip(LEVELS, values))


def _department_link(department: str, shown: str) -> str:
    """A link that lists one department's tables, and no other's (``#d=…``, read by the script):
    the name matched exactly, not as text (a department whose name another's begins with, or
    one that a cross-table finding names, would bring in others' tables)."""
    return f'<a href="#d={escape(quote(department))}" data-department-filter="{escape(department)}">{shown}</a>'


def cut_label(label: str, limit: int = _LABEL_UNITS, tail_share: float = 0.0) -> str:
    """``label`` within ``limit`` display columns: cut at the end (``tail_share`` 0), or in the
    middle keeping that share of the room for its end, where department names differ."""
    if display_width(label) <= limit:
        return label
    room = limit - 1  # for the "…"
    tail_room = int(room * tail_share)
    head, width = "", 0
    for char in label:
        width += display_width(char)
        if width > room - tail_room:
            break
        head += char
    tail, width = "", 0
    for char in reversed(label[len(head):]):
        width += display_width(char)
        if width > tail_room:
            break
        tail = char + tail
    return f"{head}…{tail}"


def shared_prefix(names: list[str]) -> str:
    """The region every department name starts with (黔南布依族苗族自治州), cut where a region's
    name ends so no word is split; "" when the names share none or it would leave one empty."""
    real = [name for name in names if name not in _PLACEHOLDERS]
    if len(real) < 2:
        return ""
    prefix = os.path.commonprefix(real)
    prefix = prefix[:max(prefix.rfind(char) for char in _REGION_END) + 1]
    return "" if any(len(name) <= len(prefix) for name in real) else prefix


def department_labels(names: list[str]) -> tuple[list[str], str]:
    """Short labels that still tell the departments apart, and the prefix dropped from them."""
    prefix = shared_prefix(names)
    labels = [name if name in _PLACEHOLDERS else  # the report's own words, short enough
              cut_label(name[len(prefix):] if prefix and name.startswith(prefix) else name, tail_share=0.7)
              for name in names]
    repeated = {label for label, count in zip(labels, map(labels.count, labels)) if count > 1}
    if repeated:  # their ends are the same: keep as much of the end as fits
        labels = [cut_label(name, tail_share=1.0) if label in repeated else label for name, label in zip(names, labels)]
    return labels, prefix


def _bar_chart(title: str, rows: list[tuple[str, str, str, str, list[int]]], lang: str, note: str = "") -> str:
    """Horizontal stacked bars (errors, warnings, infos) as inline SVG, ordered and sized by the
    total, with its caption above; rows: (label, full name, link, department to list or "", counts).
    A row without findings (a department whose tables are all clean) gets no bar."""
    rows = [row for row in rows if sum(row[4])]
    if not rows:
        return ""
    count = len(rows)
    rows = sorted(rows, key=lambda row: (-sum(row[4]), -row[4][0], row[1]))[:_MAX_BARS]
    caption = escape(title)
    if count > _MAX_BARS:
        caption += escape(say(lang, f"（有问题的 {count} 个中的前 {_MAX_BARS} 个）", f" (top {_MAX_BARS} of the {count} with findings)"))
    if note:
        caption += f" <small>{escape(note)}</small>"
    label_width, bar_width, row_height = 280, 400, 24
    biggest = max(sum(counts) for *_rest, counts in rows) or 1
    height = 6 + row_height * len(rows)
    parts = [f"<h3>{caption}</h3>",
             f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_width + bar_width + 70} {height}" '
             f'role="img" aria-label="{escape(title)}">']
    for number, (label, name, link, filter_text, counts) in enumerate(rows):
        y = 2 + number * row_height
        data = f' data-department-filter="{escape(filter_text)}"' if filter_text else ""
        parts.append(f'<a href="{escape(link)}"{data}><text x="{label_width - 6}" y="{y + 15}" font-size="12" '
                     f'text-anchor="end"><title>{escape(name)}</title>{escape(label)}</text></a>')
        x = float(label_width)
        for level, amount in zip(_LEVELS, counts):
            if not amount:
                continue
            width = bar_width * amount / biggest
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(width, 1):.1f}" height="{row_height - 8}" '
                         f'fill="{_COLORS[level]}"><title>{Severity(level).word(lang)} {amount}</title></rect>')
            x += width
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12">{sum(counts)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(collector: Any) -> str:
    """The whole page as one string."""
    return "\n".join(_page(collector))


def _counts(lang: str, counts: list[int]) -> str:
    return _per_level(lang, [str(count) for count in counts])


def _page(collector: Any) -> Iterator[str]:
    """The page in pieces, to be joined with line breaks. A generator: a bulk run's page is
    tens of megabytes, written as it is made rather than built whole in memory."""
    lang = collector.lang
    totals = collector.totals()
    tables = collector.worst_tables()
    by_rule = collector.by_rule()
    by_department = collector.by_department()
    clean_rows = collector.clean_table_rows()
    table_number = {id(t): n for n, t in enumerate(tables, start=1)}  # #t-N (its findings), #bt-N (its row)
    title = say(lang, "绩效目标表检查报告", "Performance target review")
    yield from [
        "<!DOCTYPE html>", f'<html lang="{say(lang, "zh-CN", "en")}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title} · ggtlint</title>", f"<style>{_CSS}</style></head>",
        '<body data-js="no">',
        "<header><h1>" + say(lang, "项目支出绩效目标表检查报告 <small>Performance target review</small>",
                              "Performance target review of project spending tables") + "</h1>",
    ]
    facts = collector.run_facts()
    colon = say(lang, "：", ": ")
    # the tool and the time on the first line, then what was checked and how
    yield ('<div class="meta">' + " · ".join(f"{escape(what)}{colon}{escape(value)}" for what, value in facts[-2:])
           + f' <span id="js-status">{say(lang, "（脚本未运行）", "(script not run)")}</span></div>')
    yield ('<div class="facts" id="run-facts">'
           + "".join(f"<div>{escape(what)}{colon}{escape(value)}</div>" for what, value in facts[:-2]) + "</div>")
    if collector.nothing_checked():
        yield f'<p class="alarm" id="nothing-checked">{escape(collector.nothing_checked_note())}</p>'
    quiet_note = collector.quiet_note()
    if quiet_note:
        yield f'<p class="note" id="quiet-note">{escape(quiet_note)}</p>'
    yield "</header>"
    yield "<main>"
    yield f'<h2 id="totals">{_heading(lang, "总览", "Totals")}</h2><div class="cards">'
    totals = {**totals, "unreadable": collector.unreadable_files(), "clean": collector.clean_tables(),
              "not_checked": len(collector.not_checked)}
    level_cards = [(key, level.value, level_plural(level, "zh"), level_plural(level, "en"))
                   for key, level in zip(("errors", "warnings", "infos"), LEVELS)]
    cards = (("files", "", "文件", "files"), ("tables", "", "表", "tables"),
             ("unreadable", "", "无法读取的文件", "unreadable files"),
             ("not_checked", "", "未检查的文件", "files not checked"), *level_cards,
             ("clean", "", "无问题的表", "clean tables"))
    for key, css, zh, en in cards:
        number = f'<span class="n" id="total-{key}">{totals[key]}</span>'
        if key == "clean" and clean_rows:
            number = f'<a href="#clean">{number}</a>'
        if key == "not_checked" and not totals[key]:
            continue  # shown only when the folders held such files
        if key == "not_checked":
            number = f'<a href="#not-checked">{number}</a>'
        yield f'<div class="card {css}">{number}<span class="k">{say(lang, f"{zh} {en}", en)}</span></div>'
    if totals["suppressed"] or totals["baselined"]:
        hidden = say(lang, "未列出（表中注释要求不列出，或以前检查已记下） suppressed / baselined",
                     "not listed (suppressed by comments, or baselined)")
        yield (f'<div class="card"><span class="n">{totals["suppressed"] + totals["baselined"]}</span>'
               f'<span class="k">{hidden}</span></div>')
    yield "</div>"
    # charts
    yield '<div class="charts"><div class="chart">'
    rule_rows = []
    for rule_id, counts in by_rule:
        name = f"{rule_id} {collector.rule_title(rule_id)}".strip()
        rule_rows.append((cut_label(name), name, f"#r-{rule_id}", "", counts))
    yield _bar_chart(say(lang, "按规则 · findings per rule", "Findings per rule"), rule_rows, lang)
    yield '</div><div class="chart">'
    names = [name for name, *_rest in by_department]
    labels, prefix = department_labels(names)
    note = say(lang, f"省略了共同的前缀“{prefix}”", f"the shared prefix {prefix} is left out") if prefix else ""
    yield _bar_chart(say(lang, "按主管部门 · findings per department", "Findings per department"),
                     [(label, name, f"#d={quote(name)}", name, counts)
                      for label, (name, _t, _f, counts) in zip(labels, by_department)], lang, note)
    yield "</div></div>"
    # by rule
    yield (f'<h2 id="by-rule">{_heading(lang, "按规则统计", "By rule")}</h2><table><thead><tr>'
           f'<th>{_heading(lang, "规则", "Rule")}</th><th>{_heading(lang, "说明", "What it checks")}</th>'
           + _level_headers(lang) + f'<th class="num">{_heading(lang, "合计", "Total")}</th></tr></thead><tbody>')
    for rule_id, counts in by_rule:
        title_text = collector.rule_title(rule_id) if lang != "en" else ""
        name = f" <small>{escape(collector.rule_name(rule_id))}</small>" if title_text else ""
        yield (f'<tr><td><a href="#r-{escape(rule_id)}"><code>{escape(rule_id)}</code></a> '
               f'{escape(title_text or collector.rule_name(rule_id))}{name}</td>'
               f"<td>{escape(collector.rule_summary(rule_id))}</td>"
               + "".join(f'<td class="num">{c}</td>' for c in counts) + f'<td class="num">{sum(counts)}</td></tr>')
    yield "</tbody></table>"
    # by department: each name leads to the department's tables
    yield (f'<h2 id="by-department">{_heading(lang, "按主管部门统计", "By department")}</h2>'
           f'<p class="hint">{say(lang, "点击部门名称，列出该部门的表。", "Click a department to list its tables.")}</p>'
           f'<table><thead><tr><th>{_heading(lang, "主管部门", "Department")}</th>'
           f'<th class="num">{_heading(lang, "表", "Tables")}</th>'
           f'<th class="num">{_heading(lang, "有错误的表", "With errors")}</th>' + _level_headers(lang)
           + "</tr></thead><tbody>")
    for number, (name, count, failing, counts) in enumerate(by_department, start=1):
        yield (f'<tr id="d-{number}"><td>{_department_link(name, escape(name))}</td><td class="num">{count}</td>'
               f'<td class="num">{failing}</td>' + "".join(f'<td class="num">{c}</td>' for c in counts) + "</tr>")
    yield "</tbody></table>"
    # by table: files that could not be read first, then worst first
    by_table = _heading(lang, "按表统计（无法读取的文件在前，其余问题最多的在前）",
                        "By table, unreadable files first, then worst first")
    yield (f'<h2 id="by-table">{by_table}</h2>'
           f'<table><thead><tr><th class="num">#</th><th>{_heading(lang, "项目", "Project")}</th>'
           f'<th>{_heading(lang, "文件", "File")}</th><th>{_heading(lang, "主管部门", "Department")}</th>'
           + _level_headers(lang) + "</tr></thead><tbody>")
    unreadable = f' <span class="xt">{say(lang, "无法读取", "unreadable")}</span>'
    for table in tables:
        number = table_number[id(table)]
        yield (f'<tr id="bt-{number}"><td class="num">{number}</td><td><a href="#t-{number}">{escape(table.label)}'
               f'</a>{unreadable if table.unreadable else ""}</td><td><code>{escape(table.file)}</code>'
               f"{_document(table, lang)}</td><td>{escape(table.department)}</td>"
               + "".join(f'<td class="num">{c}</td>' for c in table.counts) + "</tr>")
    yield "</tbody></table>"
    # every finding, under its table
    levels = "".join(f'<label><input type="checkbox" class="level" value="{level}" checked> '
                     f"{Severity(level).word(lang)}</label>" for level in _LEVELS)
    shown_levels = _per_level(lang, [f'<b id="shown-{level}">…</b>' for level in _LEVELS])
    shown = say(lang, f'显示 <b id="shown-total">…</b> 条（{shown_levels}）',
                f'showing <b id="shown-total">…</b> ({shown_levels})')
    placeholder = say(lang, "筛选：项目、文件、主管部门、规则、问题…", "filter: project, file, department, rule, finding…")
    yield (f'<h2 id="findings">{_heading(lang, "问题明细", "Findings")}</h2>'
           f'<div class="toolbar"><input type="search" id="filter" placeholder="{placeholder}">{levels}'
           f' <span id="department-chip" hidden>{say(lang, "主管部门：", "department: ")}<b id="department-name"></b> '
           f'<a href="#findings" id="department-clear" title="{say(lang, "显示全部", "show all")}">×</a></span>'
           f' <span class="shown">{shown}</span></div>')
    cross = f'<span class="xt">{say(lang, "跨表 cross-table", "cross-table")}</span>'
    head = (f'<table><thead><tr><th>{say(lang, "级别", "Level")}</th><th>{_heading(lang, "规则", "Rule")}</th>'
            f'<th>{_heading(lang, "问题", "Finding")}</th><th class="num">{_heading(lang, "位置", "Line:col / cell")}</th>'
            f'<th>{_heading(lang, "字段", "Field")}</th></tr></thead><tbody>')
    back = say(lang, "↑ 按表统计", "↑ By table")
    index_of = {id(t): i for i, t in enumerate(collector.tables)}
    finding_number = 0
    for table in tables:
        number = table_number[id(table)]
        label, file, department = escape(table.label), escape(table.file), escape(table.department)
        yield (f'<section class="tbl" id="t-{number}" data-name="{label}" data-file="{file}" '
               f'data-department="{department}"><h3>{label}</h3>'
               f'<div class="where"><code>{file}</code>{_document(table, lang)} · {department}'
               f' · {_counts(lang, table.counts)} · <a href="#bt-{number}">{back}</a></div>' + head)
        for row in collector.rows_of(index_of[id(table)]):
            finding_number += 1
            yield (f'<tr class="finding" id="f-{finding_number}" data-level="{row.level}">'
                   f"<td>{_level_badge(row.level, lang)}</td>"
                   f'<td><a href="#r-{escape(row.rule_id)}"><code>{escape(row.rule_id)}</code></a>'
                   f'{cross if row.cross_table else ""}</td>'
                   f"<td>{escape(row.message)}{_fix(row.suggestion, lang)}</td>"
                   f'<td class="num">{escape(row.place) or f"{row.line}:{row.column}"}</td>'
                   f"<td>{escape(collector.field_label(row))}</td></tr>")
        yield "</tbody></table></section>"
    # the tables checked and found clean (and, under --quiet, those with only findings left out)
    yield f'<h2 id="clean">{_heading(lang, "无问题的表", "Tables with no findings")}</h2>'
    if not clean_rows:
        yield f'<p id="no-clean">{say(lang, "没有无问题的表。", "No table is free of findings.")}</p>'
    yield from _checked_list("clean-tables", say(lang, f"无问题的表 {len(clean_rows)} 张（点击展开）",
                                                 f"{len(clean_rows)} tables with no findings (click to open)"),
                             clean_rows, lang)
    unlisted_rows = collector.unlisted_only_rows()
    yield from _checked_list("unlisted-tables",
                             say(lang, f"只有未列出问题（--quiet）的表 {len(unlisted_rows)} 张",
                                 f"{len(unlisted_rows)} tables whose findings --quiet leaves out"), unlisted_rows, lang)
    # what the folders held that was not checked (a bureau reading only the report must see it)
    not_checked = collector.not_checked_rows()
    if not_checked:
        yield (f'<h2 id="not-checked">{_heading(lang, "未检查的文件", "Files not checked")}</h2>'
               f'<table><thead><tr><th>{_heading(lang, "文件", "File")}</th><th>{_heading(lang, "原因和做法", "Why, and what to do")}'
               "</th></tr></thead><tbody>")
        for path, why in not_checked:
            yield f"<tr><td><code>{escape(path)}</code></td><td>{escape(why)}</td></tr>"
        yield "</tbody></table>"
    # rule explanations
    yield (f'<h2 id="rules">{_heading(lang, "规则说明", "Rules")}</h2><table><thead><tr><th>{say(lang, "规则", "Rule")}</th>'
           f'<th>{_heading(lang, "检查什么", "What")}</th><th>{_heading(lang, "为什么", "Why")}</th>'
           f'<th>{_heading(lang, "怎么改", "How to fix")}</th></tr></thead><tbody>')
    for rule_id, _counts_of_rule in sorted(by_rule):
        info = collector.rules.get(rule_id)
        if info is None:
            continue
        title_text = collector.rule_title(rule_id) if lang != "en" else ""
        yield (f'<tr id="r-{escape(rule_id)}"><td><code>{escape(rule_id)}</code><br>'
               + (f"{escape(title_text)}<br>" if title_text else "") + f"{escape(info.name)}<br>"
               f"{' '.join(_level_badge(level.value, lang) for level in info.levels or (info.severity,))}</td>"
               f"<td>{escape(info.summary.get(lang))}</td>"
               f"<td>{escape(info.rationale.get(lang))}</td><td>{'<br>'.join(map(escape, info.fix_lines(lang)))}</td></tr>")
    yield "</tbody></table>"
    data = {"totals": totals, "tables_with_findings": len(tables), "findings": collector.finding_count,
            "unlisted": dict(zip(_LEVELS, collector.unlisted_counts))}
    yield ('<script type="application/json" id="report-data">'
           + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")
    yield f"</main><script>{_JS}</script></body></html>\n"


def _checked_list(anchor: str, summary: str, rows: list[Any], lang: str) -> Iterator[str]:
    """A collapsible list of tables (project, file, department); nothing when ``rows`` is empty."""
    if not rows:
        return
    yield (f'<details class="checked" id="{anchor}"><summary>{escape(summary)}</summary><table><thead><tr>'
           f'<th class="num">#</th><th>{_heading(lang, "项目", "Project")}</th><th>{_heading(lang, "文件", "File")}</th>'
           f'<th>{_heading(lang, "主管部门", "Department")}</th></tr></thead><tbody>')
    for number, table in enumerate(rows, start=1):
        find = "\n".join((table.label, table.file, table.department))
        yield (f'<tr class="checked" data-find="{escape(find)}" data-department="{escape(table.department)}">'
               f'<td class="num">{number}</td>'
               f"<td>{escape(table.label)}</td><td><code>{escape(table.file)}</code>{_document(table, lang)}</td>"
               f"<td>{escape(table.department)}</td></tr>")
    yield "</tbody></table></details>"


def _fix(suggestion: str, lang: str) -> str:
    """The fix under the message, as a department will read it when the report is sent back."""
    return f'<div class="fix">{say(lang, "建议：", "Fix: ")}{escape(suggestion)}</div>' if suggestion else ""


def _document(table: Any, lang: str) -> str:
    where = table.where(lang)
    if not where:
        return ""
    return say(lang, f" <small>（{escape(where)}）</small>", f" <small>({escape(where)})</small>")


def write_html(collector: Any, out: IO[bytes]) -> None:
    """Write the page into ``out`` (a report's temporary file), piece by piece."""
    pieces = _page(collector)
    out.write(next(pieces).encode("utf-8"))
    for piece in pieces:
        out.write(b"\n")
        out.write(piece.encode("utf-8"))

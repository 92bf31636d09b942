"""The HTML review report: one self-contained page a finance bureau can open offline and send on.

Everything is inline (CSS, a little JavaScript, SVG charts); the page loads nothing from the
network. Sections: totals; two bar charts (findings per rule and per department, by
severity); counts by rule, by department and by table (worst first); then every finding,
grouped under its table (anchor ``#t-N``), each linking to its rule's explanation (``#r-ID``).
Chinese UI text with the English alternative beside it.

The script only filters (text and severity) and counts the rows it shows; if it fails, the page
stays complete and readable, and ``window.onerror`` writes the error into ``#js-status``.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from html import escape as _escape
from typing import Any, Iterator

from ggtlint.atomic import atomic_write
from ggtlint.findings import Severity

_COLORS = {"error": "#c62828", "warning": "#ef8f00", "info": "#1565c0"}
_LEVELS = ("error", "warning", "info")
_MAX_BARS = 15
# Characters an HTML page may not hold (parse errors; a browser drops NUL or shows them raw):
# controls other than tab, line feed, form feed and carriage return, C1 controls,
# noncharacters and lone surrogates. Table text is free to contain them.
_NOT_HTML = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
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
section.tbl{margin:18px 0;border:1px solid var(--line);border-radius:8px;padding:4px 14px 8px}
section.tbl h3{font-size:15px;margin:10px 0 4px}
.finding .fix{color:var(--muted);font-size:12px;margin-top:2px}
section.tbl .where{color:var(--muted);font-size:12px}
.toolbar{position:sticky;top:0;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);z-index:2}
.toolbar input[type=search]{width:320px;padding:4px 8px}
.toolbar label{margin-left:12px}
.hidden{display:none}
a{color:#0b5cad}
code{font-size:12px}
#js-status{font-size:12px;color:var(--muted)}
#js-status.js-error{color:var(--err);font-weight:600}
@media print{.toolbar{display:none}header{background:none;color:#000}}
"""

_JS = """
(function(){
  var status = document.getElementById('js-status');
  window.onerror = function(message){
    status.textContent = 'JS-ERROR: ' + message;
    status.className = 'js-error';
  };
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.tbl'));
  var query = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.level'));
  function apply(){
    var text = (query.value || '').trim().toLowerCase();
    var wanted = {};
    boxes.forEach(function(box){ wanted[box.value] = box.checked; });
    var shown = {error: 0, warning: 0, info: 0};
    rows.forEach(function(row){
      var ok = wanted[row.getAttribute('data-level')] &&
               (!text || row.textContent.toLowerCase().indexOf(text) >= 0 ||
                row.closest('section').getAttribute('data-name').toLowerCase().indexOf(text) >= 0);
      row.classList.toggle('hidden', !ok);
      if (ok) { shown[row.getAttribute('data-level')] += 1; }
    });
    sections.forEach(function(section){
      section.classList.toggle('hidden', !section.querySelector('tr.finding:not(.hidden)'));
    });
    ['error', 'warning', 'info'].forEach(function(level){
      document.getElementById('shown-' + level).textContent = shown[level];
    });
    document.getElementById('shown-total').textContent = shown.error + shown.warning + shown.info;
  }
  query.addEventListener('input', apply);
  boxes.forEach(function(box){ box.addEventListener('change', apply); });
  apply();
  status.textContent = '';
  document.body.setAttribute('data-js', 'ready');
})();
"""


def _level_badge(level: str, lang: str) -> str:
    return f'<span class="lvl {level}">{Severity(level).word(lang)}</span>'


def _bar_chart(title: str, rows: list[tuple[str, str, list[int]]], lang: str) -> str:
    """Horizontal stacked bars (errors, warnings, infos) as inline SVG; rows: (label, link, counts)."""
    rows = rows[:_MAX_BARS]
    if not rows:
        return ""
    label_width, bar_width, row_height = 230, 420, 24
    biggest = max(sum(counts) for _, _, counts in rows) or 1
    height = 30 + row_height * len(rows)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_width + bar_width + 70} {height}" '
             f'role="img" aria-label="{escape(title)}">',
             f'<text x="0" y="16" font-size="13" font-weight="600">{escape(title)}</text>']
    for number, (label, link, counts) in enumerate(rows):
        y = 26 + number * row_height
        shown = label if len(label) <= 16 else label[:15] + "…"
        parts.append(f'<a href="{escape(link)}"><text x="{label_width - 6}" y="{y + 15}" font-size="12" '
                     f'text-anchor="end"><title>{escape(label)}</title>{escape(shown)}</text></a>')
        x = float(label_width)
        for level, count in zip(_LEVELS, counts):
            if not count:
                continue
            width = bar_width * count / biggest
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(width, 1):.1f}" height="{row_height - 8}" '
                         f'fill="{_COLORS[level]}"><title>{Severity(level).word(lang)} {count}</title></rect>')
            x += width
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12">{sum(counts)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(collector: Any) -> str:
    """The whole page as one string."""
    return "\n".join(_page(collector))


def _page(collector: Any) -> Iterator[str]:
    """The page in pieces, to be joined with line breaks. A generator: a bulk run's page is
    tens of megabytes, written as it is made rather than built whole in memory."""
    totals = collector.totals()
    tables = collector.worst_tables()
    by_rule = collector.by_rule()
    by_department = collector.by_department()
    clean = collector.clean_tables()
    table_anchor = {id(t): f"t-{n}" for n, t in enumerate(tables, start=1)}
    department_anchor = {name: f"d-{n}" for n, (name, *_rest) in enumerate(by_department, start=1)}
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    yield from [
        "<!DOCTYPE html>", f'<html lang="{"en" if collector.lang == "en" else "zh-CN"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>绩效目标表检查报告 · ggtlint</title>", f"<style>{_CSS}</style></head>",
        '<body data-js="no">',
        "<header><h1>项目支出绩效目标表检查报告 <small>Performance target review</small></h1>",
        f'<div class="meta">ggtlint {escape(collector.tool_version)} · 生成于 {now} · '
        f'规则 {len(collector.rules)} 条 <span id="js-status">（脚本未运行 / script not run）</span></div></header>',
        "<main>",
        '<h2 id="totals">总览 <small>Totals</small></h2><div class="cards">',
    ]
    cards = (("files", "文件", "files"), ("tables", "表", "tables"), ("errors", "错误", "errors"),
             ("warnings", "警告", "warnings"), ("infos", "提示", "infos"))
    for key, zh, en in cards:
        css = {"errors": "error", "warnings": "warning", "infos": "info"}.get(key, "")
        yield (f'<div class="card {css}"><span class="n" id="total-{key}">{totals[key]}</span>'
               f'<span class="k">{zh} {en}</span></div>')
    yield (f'<div class="card"><span class="n" id="total-clean">{clean}</span>'
           '<span class="k">无问题的表 clean tables</span></div>')
    if totals["suppressed"] or totals["baselined"]:
        yield (f'<div class="card"><span class="n">{totals["suppressed"] + totals["baselined"]}</span>'
               '<span class="k">已抑制或在基线中 suppressed / baselined</span></div>')
    yield "</div>"
    # charts
    yield '<div class="charts"><div class="chart">'
    yield _bar_chart("按规则 · findings per rule", [(f"{rid} {collector.rule_name(rid)}", f"#r-{rid}", counts)
                                                   for rid, counts in by_rule], collector.lang)
    yield '</div><div class="chart">'
    yield _bar_chart("按主管部门 · findings per department",
                     [(name, f"#{department_anchor[name]}", counts) for name, _t, _f, counts in by_department],
                     collector.lang)
    yield "</div></div>"
    # by rule
    yield ('<h2 id="by-rule">按规则统计 <small>By rule</small></h2><table><thead><tr>'
           '<th>规则 <small>rule</small></th><th>说明 <small>what it checks</small></th>'
           '<th class="num">错误</th><th class="num">警告</th><th class="num">提示</th>'
           '<th class="num">合计 <small>total</small></th></tr></thead><tbody>')
    for rule_id, counts in by_rule:
        yield (f'<tr><td><a href="#r-{escape(rule_id)}"><code>{escape(rule_id)}</code></a> '
               f'{escape(collector.rule_name(rule_id))}</td><td>{escape(collector.rule_summary(rule_id))}</td>'
               + "".join(f'<td class="num">{c}</td>' for c in counts) + f'<td class="num">{sum(counts)}</td></tr>')
    yield "</tbody></table>"
    # by department
    yield ('<h2 id="by-department">按主管部门统计 <small>By department</small></h2><table><thead><tr>'
           '<th>主管部门 <small>department</small></th><th class="num">表 <small>tables</small></th>'
           '<th class="num">有错误的表 <small>with errors</small></th><th class="num">错误</th>'
           '<th class="num">警告</th><th class="num">提示</th></tr></thead><tbody>')
    for name, count, failing, counts in by_department:
        yield (f'<tr id="{department_anchor[name]}"><td>{escape(name)}</td><td class="num">{count}</td>'
               f'<td class="num">{failing}</td>' + "".join(f'<td class="num">{c}</td>' for c in counts) + "</tr>")
    yield "</tbody></table>"
    # by table, worst first
    yield ('<h2 id="by-table">按表统计（问题最多的在前） <small>By table, worst first</small></h2>'
           '<table><thead><tr><th class="num">#</th><th>项目 <small>project</small></th>'
           '<th>文件 <small>file</small></th><th>主管部门 <small>department</small></th>'
           '<th class="num">错误</th><th class="num">警告</th><th class="num">提示</th></tr></thead><tbody>')
    for number, table in enumerate(tables, start=1):
        yield (f'<tr><td class="num">{number}</td><td><a href="#{table_anchor[id(table)]}">{escape(table.label)}'
               f'</a></td><td><code>{escape(table.file)}</code>{_document(table)}</td><td>{escape(table.department)}'
               "</td>" + "".join(f'<td class="num">{c}</td>' for c in table.counts) + "</tr>")
    yield "</tbody></table>"
    # every finding, under its table
    yield ('<h2 id="findings">问题明细 <small>Findings</small></h2>'
           '<div class="toolbar"><input type="search" id="filter" placeholder="筛选：项目、规则、问题… / filter">'
           + "".join(f'<label><input type="checkbox" class="level" value="{lv}" checked> {Severity(lv).word(collector.lang)}</label>'
                     for lv in _LEVELS)
           + ' <span class="shown">显示 <b id="shown-total">…</b> 条（错误 <b id="shown-error">…</b>，'
             '警告 <b id="shown-warning">…</b>，提示 <b id="shown-info">…</b>） shown</span></div>')
    index_of = {id(t): i for i, t in enumerate(collector.tables)}
    finding_number = 0
    for table in tables:
        anchor = table_anchor[id(table)]
        yield (f'<section class="tbl" id="{anchor}" data-name="{escape(table.label)}">'
               f"<h3>{escape(table.label)}</h3>"
               f'<div class="where"><code>{escape(table.file)}</code>{_document(table)} · {escape(table.department)}'
               f' · 错误 {table.counts[0]}，警告 {table.counts[1]}，提示 {table.counts[2]} · '
               '<a href="#by-table">↑ 按表统计</a></div>'
               '<table><thead><tr><th>级别</th><th>规则 <small>rule</small></th><th>问题 <small>finding</small></th>'
               '<th class="num">位置 <small>line:col / cell</small></th><th>字段 <small>field</small></th></tr></thead><tbody>')
        for row in collector.rows_of(index_of[id(table)]):
            finding_number += 1
            cross = '<span class="xt">跨表 cross-table</span>' if row.cross_table else ""
            yield (f'<tr class="finding" id="f-{finding_number}" data-level="{row.level}">'
                   f"<td>{_level_badge(row.level, collector.lang)}</td>"
                   f'<td><a href="#r-{escape(row.rule_id)}"><code>{escape(row.rule_id)}</code></a>{cross}</td>'
                   f"<td>{escape(row.message)}{_fix(row.suggestion, collector.lang)}</td>"
                   f"<td class=\"num\"><a href=\"#{anchor}\">{escape(row.place) or f'{row.line}:{row.column}'}</a></td>"
                   f"<td>{escape(collector.field_label(row))}</td></tr>")
        yield "</tbody></table></section>"
    # rule explanations
    yield ('<h2 id="rules">规则说明 <small>Rules</small></h2><table><thead><tr><th>规则</th>'
           '<th>检查什么 <small>what</small></th><th>为什么 <small>why</small></th>'
           '<th>怎么改 <small>how to fix</small></th></tr></thead><tbody>')
    for rule_id, _counts in sorted(by_rule):
        info = collector.rules.get(rule_id)
        if info is None:
            continue
        lang = collector.lang
        yield (f'<tr id="r-{escape(rule_id)}"><td><code>{escape(rule_id)}</code><br>{escape(info.name)}<br>'
               f"{_level_badge(info.severity.value, lang)}</td><td>{escape(info.summary.get(lang))}</td>"
               f"<td>{escape(info.rationale.get(lang))}</td><td>{escape(info.fix.get(lang))}</td></tr>")
    yield "</tbody></table>"
    data = {"totals": totals, "tables_with_findings": len(tables), "findings": collector.finding_count}
    yield ('<script type="application/json" id="report-data">'
           + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")
    yield f"</main><script>{_JS}</script></body></html>\n"


def _fix(suggestion: str, lang: str) -> str:
    """The fix under the message, as a department will read it when the report is sent back."""
    label = "Fix: " if lang == "en" else "建议："
    return f'<div class="fix">{label}{escape(suggestion)}</div>' if suggestion else ""


def _document(table: Any) -> str:
    where = table.where
    return f" <small>（{escape(where)}）</small>" if where else ""


def write_html(collector: Any, path: str) -> None:
    """Write the report atomically, piece by piece."""
    with atomic_write(path) as handle:
        pieces = _page(collector)
        handle.write(next(pieces))
        for piece in pieces:
            handle.write("\n")
            handle.write(piece)

"""Import the text of published PDFs (what pdftotext or a copy from the PDF viewer gives).

Budget bureaus publish target tables as PDF; the text they yield has lost the table grid:
cells wrap over several lines, labels of merged cells are printed out of place or split
("产出指\\n标"), header amounts lose their column labels. This module rebuilds the tables from
that text, and records every guess as a note (in Chinese and English) so nothing is silently
made up. Labels are those of the vocabulary both importers share
(:data:`ggtlint.importers.labels.LABELS`), read as PDF text reads them.

How a text is read:

* **Page furniture** is blanked first: page numbers (``- 1 -``, ``第1页 共3页``) and the title
  repeated at the top of a page inside a table (a running title), so neither becomes a row.
* **Tables** start at an ``附表7`` / ``附表7-2`` / ``附件2：`` line or at a title line
  (``…绩效目标批复表``, ``…绩效目标表（2024年度）``); a ``（2024年度）`` line under the title is
  the budget year.
* **Header**: either the 附表7 layout (a line "项目类别 项目名称", possibly wrapped, then the
  主管部门 and 实施单位 lines wrapped mid-word, then three bare amounts = 年度资金总额 / 财政拨款 /
  其他资金) or a labelled layout (附件2: "项目名称 …", "州级主管部门 …", "资金规模（万元）",
  "财政拨款 628", "中央资金 339" …). Labels may be spaced out ("项 目 名 称"), and a label alone
  on its line takes the next line as its value (what pdftotext gives for a label/value form). A
  label the format has no field for (项目负责人, 联系电话 …, or any short label before a colon after a
  value) ends the value before it on its line, and is noted as not read; 项目期限 (实施期限, 建设期限,
  项目周期, 实施周期, 起止年限) is read as the project's period, also when its cell wrapped after 至, 到
  or a dash (2026年3月至 / 2027年6月) and when its label wrapped in a narrow column (实施 / 期限, also
  spaced out: 实  施 / 期  限). A level of
  government alone with an amount ("中央    1142.40") is a fiscal source right under 财政拨款, a source
  or the 资金 heading; elsewhere it is noted as a fund row not read.
* **Goal**: the lines up to the indicator grid; PDF wraps are rejoined and a new paragraph
  starts at ``目标2：`` or after a blank line that follows a full stop (or, in a goal laid out
  in its cell, after a line that ends a sentence short of the cell's width). In the labelled
  layout, indented lines right above a ``年度总体目标`` label are the goal's first lines
  (pdftotext -layout prints a label vertically centred beside its cell on the cell's middle line);
  under ``中期目标`` and ``年度目标`` headed side by side, only the annual column is the goal.
* **Indicators**: a stream of fragments. 一级/二级 labels are recognised (also when wrapped),
  a 指标值 by its shape (operators ≥≧＝≤, number + unit, dates, 长期, known qualitative
  phrases from the lexicon); the fragments between two values form the 三级 name. Money rows
  printed just before a "成本指标" label (merged-cell label printed mid-block) are moved
  under 成本指标 and marked. Column headings (一级指标 … 计量单位, 权重（%）, also run together)
  and section titles (绩效指标, 绩效目标) are dropped; a footer line (填报人：…, 注：1.…) ends the
  grid. A name and value printed without a gap ("笔试人数≥6000人") are split at the operator, or
  at the figure after a measured word ("完成时限2024年12月31日前", noted).
* **Laid-out grids** (pdftotext -layout: the grid's heading line has its headings apart, at
  their columns) are read by column and by line instead (:class:`_LaidOutGrid`): fragments are
  placed in the 指标值 column and the columns beside it (计量单位, 指标性质, 权重, 备注 become the
  row's unit, nature, weight and note; a 指标性质 of ≥/＝ is the value's comparison) by where they
  start, bare figures (aligned right, each starting at its own column) not counted in where a column
  starts; value lines and name lines are paired
  into rows so that each cell stands where its row's other cells do (the middle of the row, or its
  top or bottom, whichever fits), joining a cell's wrapped lines; the lines of the columns beside
  them are shared out among the rows so that each row's wrapped cell is centred on it (a long
  备注's first line stands on the row above's line); and the rows are put into the
  blocks of the 一级/二级 labels so that each label stands in the middle of its block (or at its
  top or bottom), which is where a spreadsheet prints a merged cell's text.
* **Refused**: text that came out column by column (plain pdftotext of a spreadsheet's PDF: the
  header labels one under another, their values further down), or whose grid came out one cell
  per line or column by column with columns beside the value (计量单位, 指标性质 …, whose cells then
  stand among the names and values): one LOAD004 says to extract with -layout, and no table is made
  up. A laid-out grid with such columns whose rows cannot be placed (one row takes the ≥ or 定量 of
  several) is refused the same way, table by table.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterable

from ggtlint.english import counted
from ggtlint.lazyregex import lazy_pattern
from ggtlint.importers import (
    DEFAULT_LEVEL2, Draft, DraftRow, ImportResult, Note, Problem, assemble, canonical_level1, convert_amount,
    fund_row_label, in_a_breakdown, is_operator_only, join_operator, level1_of, YEAR_LINE, note_missing_unit,
    open_end_note, read_amount, read_weight, set_amount, set_source_or_framework, take_attribute, take_title, take_units,
    units_in, unread_funds_note, without_code, year_in, year_mark, merged_name_note, missing_period_note,
    unread_period_note, unread_header_note, header_noise, is_contact_label, is_page_number, is_remark,
    opens_unread_value, quote_en, quote_zh, split_glued_remarks, template_blank)
from ggtlint.importers.labels import (
    MONEY_KEYS, PDF_TEXT_LABELS, WORKBOOK_LABELS, beyond_unit, is_marker, is_title, label_part, nfkc, period_cut, period_end,
    period_goes_on, period_in_sentence, period_value, shown_label, squash_label)
from ggtlint.model import Span
from ggtlint.values import ParsedValue, default_lexicon, parse_value
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import names_its_measure

__all__ = ["read_text"]

_AMOUNT = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_GOAL_START = re.compile(r"^(?:目标\s*[0-9０-９一二三四五六七八九十]+\s*[：:.、]|[（(][0-9一二三四五六七八九十]+[）)])")
_GOAL_SPLIT = re.compile(r"\s+(?=目标\s*[0-9０-９]+\s*[：:])")
_SENTENCE_END = tuple("。；;！!？?")
# "目标1" printed in a cell of its own, its text in the next cell (a gap between): "目标1：" as typed.
_GOAL_NUMBER_CELL = re.compile(r"^(目标\s?[0-9０-９一二三四五六七八九十]{1,2})\s{2,}(?=\S)")
_OPERATOR_START = tuple("≥≧＝=≤≦＞＜><≈")
_PARTICLE_START = tuple("的、，,。；;）)%％")
_AGENCY_END = ("局", "厅", "委", "委员会", "办", "办公室", "中心", "院", "所", "站", "队", "会", "部", "处",
               "校", "学校", "小学", "幼儿园", "宫", "基地", "馆", "政府", "公司", "集团", "协会", "学会", "医院", "大学",
               "学院", "署", "台", "社会保障局")
_STRONG_KINDS = frozenset({"count", "rate", "money", "duration", "per_unit", "range", "horizon", "number", "policy"})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
# The most single characters a spaced-out label is read from ("其 中 ： 财 政 拨 款 资 金").
_SPACED_LABEL_MAX = 14
_CJK_SPACES = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")


@dataclass(slots=True)
class _Tok:
    text: str
    line: int      # 0-based index into the text's lines
    col: int       # 0-based column (code points)
    first: bool    # first fragment on its line
    last: bool     # last fragment on its line
    trail: str     # whitespace after the fragment when it is the last on its line
    blank_before: bool  # a blank line precedes this fragment's line (first fragments only)
    run_together: str = ""  # "op" or "figure": split off the name it was printed against


def _join(parts: Iterable[str]) -> str:
    """Rejoin wrapped fragments: CJK text joins directly; two Latin words, or a Latin word and a
    figure (GB 18918, COD 50), keep a space."""
    out = ""
    for part in parts:
        if out and part and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum() \
                and (out[-1].isalpha() or part[0].isalpha()):
            out += " "
        out += part
    return out


def _strip_cjk_spaces(text: str) -> str:
    """Drop spaces between two CJK characters: extraction artefacts inside one word ("家庭经 济")."""
    return _CJK_SPACES.sub("", text)


def _span(first: _Tok, last: _Tok | None = None) -> Span:
    last = last or first
    return Span(first.line + 1, first.col + 1, last.line + 1, last.col + len(last.text) + 1)


def _line_span(lines: list[str], index: int) -> Span:
    text = lines[index]
    start = len(text) - len(text.lstrip())
    return Span(index + 1, start + 1, index + 1, max(len(text.rstrip()), start + 1) + 1)


def _span_to_line_end(lines: list[str], first: int, last: int, column: int = 0) -> Span:
    """From ``column`` of line ``first`` to the end of the text of line ``last`` (both 0-based)."""
    return Span(first + 1, column + 1, last + 1, len(lines[last].rstrip()) + 1)


class _Labels:
    """Recognises 一级/二级 labels and values by their shape, using the lexicon's word lists."""

    def __init__(self) -> None:
        lex = default_lexicon()
        self.lex = lex
        self.level1 = dict(lex.level1_aliases)
        self.level2 = dict(lex.level2_aliases)
        self.strong_words = frozenset(lex.vague_terms) | frozenset(lex.immediate_terms) | frozenset(
            lex.external_terms) | frozenset(lex.horizon_terms)
        self.weak_words = frozenset(lex.vague_exact) | lex.yes_terms | lex.no_terms | frozenset(lex.grades)

    def label(self, key: str) -> tuple[str, str] | None:
        """("l1" | "l2" | "cost" | "noise", canonical name) for a label, given squashed
        (:func:`squash_label`, once: this runs for every few fragments of the grid), else None."""
        # Grid column headings and section titles (一级指标, 计量单位, 绩效指标 …) are dropped,
        # also run together when extraction lost the gaps ("一级指标二级指标三级指标指标值").
        if PDF_TEXT_LABELS.heading(key) or _heading_run(key):
            return ("noise", key)
        if key in ("成本指标", "成本"):
            return ("cost", "成本指标")
        if key in self.level1:
            return ("l1", self.level1[key])
        if key in self.level2:
            return ("l2", self.level2[key])
        return None

    def value_kind(self, text: str, joined: bool = False) -> str | None:
        """"strong", "weak" or None: how surely ``text`` is a 指标值 by its shape alone.

        A single fragment starting with an operator is a value; a ``joined`` (wrapped) one
        must also parse as one, so "≥15000人" + the next row's name is not taken as a value.
        """
        t = text.strip()
        if not t or len(t) > 40:
            return None
        if t.startswith(_OPERATOR_START) and not joined:
            return "strong"
        if t in self.strong_words:
            return "strong"
        if names_its_measure(t):  # "笔试人数≥6000人": a name's end printed against its value
            return None
        if t.startswith(("（", "(")) and t.endswith(("）", ")")):
            return None  # "（每张4.8元）": a name's bracketed basis wrapped onto a line of its own
        parsed = parse_value(t, lexicon=self.lex)
        if parsed.kind in _STRONG_KINDS:
            if parsed.kind == "policy" and len(t) < 4:
                return None
            return "strong"
        if parsed.kind == "deadline" and re.search(r"[月日底前内末]", t):
            return "strong"
        if parsed.quality == "recurring" and parsed.op == "≤":
            return "strong"  # "每月15日前", "每季度前15日": a deadline each period, bounded by its day
        if parsed.kind == "qualitative" and parsed.quality in ("immediate", "external") and t in self.strong_words:
            return "strong"
        if t in self.weak_words:
            return "weak"
        if parsed.kind == "qualitative" and parsed.quality in ("standard", "graded"):
            return "weak"  # "达到Ⅱ类", "二类及以上": a value where it stands alone in its cell
        return None


@lru_cache(maxsize=4096)
def _heading_run(key: str) -> bool:
    """True when ``key`` (squashed) is two or more grid headings with no gap between them."""
    if len(key) < 6 or "指标" not in key:
        return False
    # reach[i]: how many headings spell key[:i] (0 unreachable); headings are at most 12 long.
    reach = [0] * (len(key) + 1)
    reach[0] = 1
    for end in range(2, len(key) + 1):
        for start in range(max(0, end - 12), end - 1):
            if reach[start] and PDF_TEXT_LABELS.heading(key[start:end]):
                reach[end] = max(reach[end], reach[start] + 1)
    return reach[-1] > 2


_LABELS: _Labels | None = None


def _labels() -> _Labels:
    global _LABELS
    if _LABELS is None:
        _LABELS = _Labels()
    return _LABELS


# -- page furniture -------------------------------------------------------------------------
# What a PDF prints on every page rather than in the table: page numbers, and the title repeated
# at the top of each page (a running header). Such lines are blanked before anything is read, so
# they neither become indicator rows nor split a table; line numbers stay as they were. (is_page_number is shared
# with the workbook reader, whose unread-header note leaves page numbers out.)


def _continues_grid(lines: list[str], index: int) -> bool:
    """True when the lines after the title at ``index`` go on with an indicator grid: they reach
    a 一级/二级 label (or the grid's headings) with neither a header label (项目名称 …) nor a
    bare amount (the 附表7 header's 300,000.00) on the way."""
    for line in lines[index + 1:index + 40]:
        if not line.strip() or is_page_number(line) or units_in(line) or year_mark(line) is not None:
            continue
        key = squash_label(line)
        # the page may go on with a label and the first indicator on its line ("时效指标 完成时限 …")
        if _labels().label(key) is not None or _labels().label(squash_label(line.split()[0])) is not None:
            return True
        if is_marker(key) or is_title(key) or _AMOUNT.match(line.strip()):
            return False
        if any(PDF_TEXT_LABELS.header(word) is not None for word, _start, _end in _header_words(line)):
            return False
    return False


# A line that only states the unit of amounts (on NFKC text): "单位：元", "金额单位：万元".
_UNIT_LINE = re.compile(r"(?:金额|资金)?单位\s*:\s*(?:万元|元)")
_TOTAL_LINE = re.compile(r"(?:权重|分值)?(?:合计|小计|总计)[0-9.%分]*")


def _without_furniture(lines: list[str]) -> list[str]:
    """``lines`` with page numbers, 合计/小计 lines and running titles blanked.

    A running title is a title line the same as the one before it (and after no 附表 number),
    followed by more of the indicator grid rather than by a table header.
    """
    out = list(lines)
    title: str | None = None
    after_marker = False
    after_running_title = False
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if is_page_number(line) or _TOTAL_LINE.fullmatch(squash_label(line)):
            out[index] = ""  # 合计 100, 小计 50: a row of the form, not an indicator
            continue
        key = squash_label(line)
        if after_running_title and _UNIT_LINE.fullmatch(nfkc(line).strip()):
            out[index] = ""  # the title's 单位：元 repeated with it, not an indicator's name
            after_running_title = False
            continue
        after_running_title = False
        if is_title(key):
            if key == title and not after_marker and _continues_grid(lines, index):
                out[index] = ""
                after_running_title = True
            title = key
        after_marker = is_marker(key)
    return out


# -- splitting the text into tables --------------------------------------------------------

def _chunks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) line ranges, one per table."""
    starts: list[int] = []
    content_since_start = False
    marker_open = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        key = squash_label(line)
        if is_marker(key):
            starts.append(index)
            content_since_start = False
            marker_open = True
            continue
        if is_title(key):
            if not marker_open and (content_since_start or not starts):
                starts.append(index)
            marker_open = False
            content_since_start = False
            continue
        if not starts:
            starts.append(index)
        marker_open = False
        content_since_start = True
    bounds = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(lines)
        bounds.append((start, end))
    return bounds


def _tokens(lines: list[str], start: int, end: int) -> list[_Tok]:
    tokens: list[_Tok] = []
    blank = False
    for index in range(start, end):
        line = lines[index]
        found = list(_WORD.finditer(line))
        if not found:
            blank = True
            continue
        for pos, match in enumerate(found):
            is_last = pos == len(found) - 1
            tokens.append(_Tok(match.group(), index, match.start(), pos == 0, is_last,
                               line[match.end():] if is_last else "", blank and pos == 0))
        blank = False
    return _split_run_together(tokens)


# Where a value may start inside a fragment: an operator, or a figure after the text of a name.
_OPERATOR_AT = re.compile(r"[≥≧＝=≤≦＞＜><≈]")
_FIGURE_AT = re.compile(r"(?<=[^\W\d_A-Za-z０-９第近前约共每满超逾达至不于过年月日号时])[0-9０-９]")
# What a figure split off a name may be: a plain amount, count, rate, duration or date.
_FIGURE_KINDS = frozenset({"count", "rate", "money", "duration", "per_unit", "deadline"})
# How the name of what is measured ends (人数, 合格率, 时限 …).
_MEASURE_END = ("数", "率", "量", "额", "费", "金", "时间", "时限", "日期", "期限", "标准", "规模", "面积",
                "长度", "补贴", "补助", "比例", "占比", "成本", "资金", "收入", "周期", "人次")


def _ends_row(before: list[_Tok]) -> bool:
    """True when a row or a category label (wrapped too: "服务对象满意\n度指标") ends the fragments
    ``before``: a name may start right after them."""
    labels = _labels()
    last = before[-1]
    if last.run_together or labels.value_kind(last.text) == "strong":
        return True
    return any(labels.label(squash_label("".join(t.text for t in before[-n:]))) is not None
               for n in range(1, min(4, len(before)) + 1))


def _value_part(text: str) -> tuple[int, str] | None:
    """Where a value starts in a fragment printed against its name ("笔试人数≥6000人" → 4, "op"),
    else None."""
    labels = _labels()
    if len(text) < 3 or labels.value_kind(text) is not None:
        return None
    operator = _OPERATOR_AT.search(text, 1)
    if operator is not None:
        cut = operator.start()
        return (cut, "op") if labels.value_kind(text[cut:], joined=True) == "strong" else None
    figure = _FIGURE_AT.search(text, 2)
    # A figure ends a name only after the word for what is measured ("笔试人数6000人", "完成时限
    # 2024年…"); "开展2次", "离校2年" are the wrapped start of a longer name.
    if figure is None or not text[:figure.start()].endswith(_MEASURE_END):
        return None
    parsed = parse_value(text[figure.start():], lexicon=labels.lex)
    if parsed.kind not in _FIGURE_KINDS or len(parsed.unit or "") > 3:
        return None
    return figure.start(), "figure"


def name_and_value(text: str) -> tuple[str, str]:
    """A name and the value typed after it in one cell ("受益人数≥500人" → 受益人数, ≥500人; "完工时间：
    2026年11月30日前" → 完工时间, 2026年11月30日前), as forms with no 指标值 column are filled; the whole
    text and "" when no value follows the name, "" and the whole text when it is a value alone (≥500人)."""
    if _labels().value_kind(text) == "strong":  # the name left out: read as an empty name, not a name "≥500人"
        return "", text
    colon = min((at for at in (text.find(":"), text.find("：")) if at >= 0), default=-1)
    if colon > 0 and _labels().value_kind(text[colon + 1:]) == "strong":
        return text[:colon].strip(), text[colon + 1:].strip()
    found = _value_part(text)
    return (text[:found[0]].strip(), text[found[0]:].strip()) if found is not None else (text, "")


def _split_run_together(tokens: list[_Tok]) -> list[_Tok]:
    """Split "笔试人数≥6000人" (the gap between the name and value cells lost in extraction)
    into the name and the value.

    Only a fragment that ends its line and starts a row (after a value or a label), where the
    rest from an operator (or from a figure after the name: "完成时限2023年12月31日前") reads as
    a value, and whose next fragment is no value: "全年开展3次培训" followed by its value "≥4次"
    is a name.
    """
    out: list[_Tok] = []
    labels = _labels()
    for index, tok in enumerate(tokens):
        found = _value_part(tok.text) if tok.last else None
        if found is not None and out and _ends_row(out) and (
                index + 1 == len(tokens) or labels.value_kind(tokens[index + 1].text) != "strong"):
            cut, kind = found
            out.append(_Tok(tok.text[:cut], tok.line, tok.col, tok.first, False, "", tok.blank_before))
            out.append(_Tok(tok.text[cut:], tok.line, tok.col + cut, False, True, tok.trail, False, kind))
            continue
        out.append(tok)
    return out


# -- the indicator grid --------------------------------------------------------------------

class _Grid:
    """Reads the indicator section: labels, names and values from the fragment stream."""

    def __init__(self, lines: list[str], tokens: list[_Tok], draft: Draft) -> None:
        self.lines = lines
        self.tokens = tokens
        self.draft = draft
        self.labels = _labels()
        self.level1: str | None = None
        self.level2: str | None = None
        self.pending: list[_Tok] = []
        # kind of the label just read, while nothing else followed it ("l1", "l2", "cost")
        self.previous_label: str | None = None
        # index → the labels that the fragments from there spell; see labels_at
        self._labels_at: dict[int, list[tuple[int, str, bool, tuple[str, str]]]] = {}

    def labels_at(self, i: int) -> list[tuple[int, str, bool, tuple[str, str]]]:
        """(fragments used, printed, ends in 指标, label) for each label that 4, 3, 2 or 1
        fragments from ``i`` spell, longest first. The grid asks again for the same fragments
        (the label after a 成本指标, a value wrapped over lines), so each is squashed once."""
        found = self._labels_at.get(i)
        if found is None:
            tokens = self.tokens
            found = self._labels_at[i] = []
            for n in (4, 3, 2, 1):
                if i + n > len(tokens):
                    continue
                parts = tokens[i:i + n]
                if n > 1 and not all(a.last and b.first for a, b in zip(parts, parts[1:])):
                    continue
                printed = "".join(t.text for t in parts)
                key = squash_label(printed)
                label = self.labels.label(key)
                if label is not None:
                    found.append((n, printed, key.endswith("指标"), label))
        return found

    def match_label(self, i: int) -> tuple[str, str, str, int] | None:
        """(kind, canonical, printed, fragments used) for the longest label starting at ``i``."""
        for n, printed, named_as_such, (kind, canonical) in self.labels_at(i):
            # A bare "满意度" / "数量" without 指标 is a label only where a label can stand:
            # between rows, at the start of a line or right after a 一级 label. Elsewhere it
            # is (part of) a name ("申请资金企业\n满意度", "服务对象满意度指标 满意度 ≥90%").
            if kind != "noise" and not named_as_such:
                if self.pending:
                    continue
                after_l1 = self.previous_label == "l1" and kind in ("l2", "cost")
                if not (self.tokens[i].first or after_l1):
                    continue
            return kind, canonical, printed, n
        return None

    def match_value(self, i: int) -> tuple[str, int] | None:
        """(value text, fragments used) for a value starting at ``i``, joining wrapped cells."""
        tokens = self.tokens
        first = tokens[i]
        name = nfkc("".join(t.text for t in self.pending))
        if name.count("(") > name.count(")"):
            return None  # "窝沟封闭费（" / "每颗牙50元）": the name's bracket is still open
        if first.text in _OPERATOR_START and i + 1 < len(tokens) and tokens[i + 1].line == first.line:
            # "≥ 95%": an operator printed apart from its number is one value.
            return f"{first.text} {tokens[i + 1].text}", 2
        single = self.labels.value_kind(first.text)
        if single == "weak":
            # Short words (安全, 是, 合格) only count when they stand alone in their cell.
            alone = first.first and first.last
            prev_same_line = i > 0 and tokens[i - 1].line == first.line
            if not (alone and first.blank_before) and not prev_same_line:
                single = None
        best: tuple[str, int] | None = (first.text, 1) if single else None
        for n in (2, 3):
            if i + n > len(tokens):
                break
            parts = tokens[i:i + n]
            cont_tok = parts[-1]
            # A wrapped value continues on lines of its own.
            if not (parts[-2].last and cont_tok.first and cont_tok.last):
                break
            if self.match_label(i + n - 1):
                break
            cont = cont_tok.text
            name_end = "".join(t.text for t in self.pending[-1:] + parts[:-1])
            if best is None and name_end.endswith(_MEASURE_END) and self.labels.value_kind(cont) == "strong":
                # "时限" (or "…时" / "限") / "验收合格后20个工作日内": the name's wrapped end, then its value
                break
            # A complete value is only extended by a continuation that cannot start a name.
            if best is not None and not (cont.startswith(_PARTICLE_START) or len(cont) <= 2):
                break
            joined = _join(t.text for t in parts)
            if self.labels.value_kind(joined, joined=True) == "strong":
                best = (joined, n)
        if best is not None and not first.text.startswith(_OPERATOR_START) and self._name_goes_on(i + best[1]):
            return None
        return best

    def _name_goes_on(self, k: int) -> bool:
        """True when the lines from fragment ``k`` go on with a name (lines of their own, no gap
        before them) up to a value that starts with an operator, alone on its line after a gap or
        right after: then what looked like a value before ``k`` is the middle of that name
        ("培训学员就业" / "6个月后稳定" / "在岗率" / "≥70%"; "展活动不少于" / "2次的比例" / "≥95%")."""
        tokens, start = self.tokens, k
        while k < len(tokens) and tokens[k].first and tokens[k].last and not tokens[k].blank_before \
                and not tokens[k].text.startswith(_OPERATOR_START) and self.labels.value_kind(tokens[k].text) is None \
                and not self.match_label(k):
            k += 1
        if k >= len(tokens):
            return False
        tok = tokens[k]
        return tok.first and tok.last and tok.text.startswith(_OPERATOR_START) and (k == start or tok.blank_before) \
            and self.labels.value_kind(tok.text) == "strong"

    def run(self, start: int) -> None:
        tokens = self.tokens
        i = start
        while i < len(tokens):
            if tokens[i].first and _is_footer(tokens[i].text):
                break  # 填报人：… below the grid: the form ends
            found = self.match_label(i)
            if found is not None:
                self.flush()
                self.apply_label(found, i)
                self.previous_label = found[0] if found[0] != "noise" else self.previous_label
                i += found[3]
                continue
            self.previous_label = None
            if self.pending:
                value = self.match_value(i)
                if value is not None:
                    text, n = value
                    last = tokens[i + n - 1]
                    if last.last and last.trail.strip(" \u3000") == "" and last.trail:
                        text += last.trail.replace("\t", " ")
                    self.emit(text, tokens[i], last)
                    i += n
                    continue
            self.pending.append(tokens[i])
            i += 1
        self.flush()

    # -- labels ----------------------------------------------------------------------------
    def apply_label(self, found: tuple[str, str, str, int], at: int) -> None:
        """Take the label ``found`` at fragment ``at`` as the current 一级 or 二级."""
        kind, canonical, printed, n = found
        draft = self.draft
        span = _span(self.tokens[at], self.tokens[at + n - 1])
        if kind == "noise":
            return
        if kind == "cost":
            # 成本指标 is a 一级 under 财预〔2021〕101号 (then 经济成本指标 … follow) and a 二级
            # under 产出指标 in the older layout. Look at the next label to decide.
            nxt = self.next_label_after(at + n)
            if nxt is not None and nxt[0] == "l2" and level1_of(nxt[1]) == "成本指标":
                kind = "l1"
            elif self.level1 is None:
                kind = "l1"
            else:
                kind = "l2"
        if kind == "l1":
            if self.level1 is not None and canonical_level1(printed) == canonical_level1(self.level1):
                # A merged 一级 cell's label printed mid-block, after its first 二级 (what a
                # vertically centred label gives): the block goes on, and its 一级 is no guess.
                draft.notes.pop((self.level1,), None)
                draft.label_spans.setdefault(self.level1, span)
                return
            self.level1 = printed
            self.level2 = None
            draft.add_category(printed, None)
            draft.label_spans.setdefault(printed, span)
            return
        family = level1_of(canonical)
        if self.level1 is None:
            # The 一级 label was lost: infer it from the 二级 and say so.
            self.level1 = family or "产出指标"
            draft.add_category(self.level1, None)
            draft.notes[(self.level1,)] = Note(
                f"原文缺少一级指标标签，按二级指标“{printed}”推断为“{self.level1}”",
                f'No level-1 category label in the text; inferred "{self.level1}" from the level-2 label "{printed}"')
        elif family and canonical_level1(self.level1) != family and not (
                family == "满意度指标" and canonical_level1(self.level1) == "效益指标") and not (
                canonical == "成本指标" and canonical_level1(self.level1) == "成本指标"):
            following = self.next_label_after(at + n)
            if following is not None and following[0] == "l1" and canonical_level1(following[1]) == family:
                # The next 一级 label is this 二级's own, printed mid-block (a vertically
                # centred merged cell): the new block starts here, not under the old 一级.
                self.level1 = following[2]
                draft.add_category(self.level1, None)
            else:
                draft.notes.setdefault((self.level1, printed), Note(
                    f"二级指标“{printed}”出现在一级指标“{self.level1}”下，请核对原表",
                    f'The level-2 category "{printed}" stands under the level-1 "{self.level1}"; '
                    "check the original table"))
        self.level2 = printed
        draft.add_category(self.level1, printed)
        draft.label_spans.setdefault((self.level1, printed), span)

    def next_label_after(self, index: int) -> tuple[str, str, str, int] | None:
        """The first label (not a heading) within 12 fragments from ``index``."""
        for j in range(index, min(index + 12, len(self.tokens))):
            found = self.match_label(j)
            if found is not None and found[0] != "noise":
                return found
        return None

    # -- rows ------------------------------------------------------------------------------
    def emit(self, value: str, first: _Tok, last: _Tok) -> None:
        pending = self.pending
        self.pending = []
        # A name on the value's own line starts there ("校园招聘补贴标准 50元/人"); earlier
        # fragments then belong to a row whose value was not recognised.
        same_line = [t for t in pending if t.line == first.line]
        earlier = [t for t in pending if t.line != first.line]
        if same_line and earlier:
            self.leftover(earlier)
            pending = same_line
        notes: dict[str, Note] = {}
        if first.run_together == "figure" and pending:
            # Where a name ends and its value begins is a guess when a figure starts the value.
            name = _join(t.text for t in pending)
            notes["value"] = Note(f"原文中指标名称和指标值连在一起（“{name}{value}”），在数字前拆开，请核对",
                                  f'The name and the value are run together in the text ("{name}{value}"); '
                                  "split before the figure: check it")
        self.add_row(pending, value, first, last, notes)

    def add_row(self, name_toks: list[_Tok], value: str, vfirst: _Tok | None, vlast: _Tok | None,
                notes: dict[str, Note]) -> DraftRow:
        draft = self.draft
        level1, level2 = self.level1, self.level2
        notes = dict(notes)
        if level1 is None or level2 is None:
            guess1, guess2 = _guess_category(level1, value)
            if level1 is None:
                level1 = guess1
                notes.setdefault("", Note(f"原文此行之前没有指标类别标签，按指标值推断为“{guess1}/{guess2}”",
                                          f'No category label before this row in the text; inferred '
                                          f'"{guess1}/{guess2}" from the value'))
            else:
                notes.setdefault("", Note(f"原文此行之前没有二级指标标签，按指标值推断为“{guess2}”",
                                          f'No level-2 category label before this row in the text; '
                                          f'inferred "{guess2}" from the value'))
            level2 = guess2
            draft.add_category(level1, level2)
        name = _join(t.text for t in name_toks)
        row = DraftRow(level1=level1, level2=level2, name=name, value=value, notes=notes)
        if name_toks:
            row.spans["name"] = _span(name_toks[0], name_toks[-1])
            row.spans[""] = row.spans["name"]
        if vfirst is not None and vlast is not None:
            row.spans["value"] = _span(vfirst, vlast)
            row.spans.setdefault("", row.spans["value"])
        draft.rows.append(row)
        return row

    def leftover(self, toks: list[_Tok]) -> None:
        """Fragments with no recognisable value: name and value guessed from the layout."""
        if not toks:
            return
        lines = sorted({t.line for t in toks})
        # Prefer the last fragment of the last line that holds several fragments (name value).
        multi = [ln for ln in lines if sum(1 for t in toks if t.line == ln) > 1]
        if multi:
            ln = multi[-1]
            on_line = [t for t in toks if t.line == ln]
            cut = toks.index(on_line[-1])
        elif len(toks) > 1:
            cut = len(toks) - 1
        else:
            self.add_row(toks, "", None, None, {"value": Note(
                "未找到该行的指标值（原文可能漏印，或指标值的写法无法识别），请核对原表",
                "No value found for this row (left out of the text, or written in a way that is not "
                "recognised): check the original table")})
            return
        name_toks, value_toks = toks[:cut], toks[cut:]
        value = _join(t.text for t in value_toks)
        self.add_row(name_toks, value, value_toks[0], value_toks[-1],
                     {"value": Note(f"从写法上认不出哪一段是指标值（如“≥100人”“90%”），取该行末尾的“{value}”作为指标值，请核对",
                                    "Which part is the value cannot be told from how it is written (as "
                                    f'"≥100人" or "90%" can); took "{value}" by its position: check it')})

    def flush(self) -> None:
        if self.pending:
            toks, self.pending = self.pending, []
            self.leftover(toks)

    # -- a laid-out grid -------------------------------------------------------------------------
    def replay(self, events: list[_Event], headings: list[_Heading]) -> None:
        """Take the labels and rows of a laid-out grid (:class:`_LaidOutGrid`), each label before
        its block, as a table that prints labels above their rows would be read."""
        self.tokens = [tok for event in events for tok in event.tokens]  # what next_label_after reads
        self._labels_at = {}
        words = {h.field: h.text for h in headings}
        at = 0
        for event in events:
            label, row = event.label, event.row
            if label is not None:
                # 成本指标 is read as a 一级 or a 二级 by its column.
                kind = label.kind if label.kind != "cost" else ("l1" if label.level == 1 else "l2")
                self.apply_label((kind, label.canonical, "".join(t.text for t in label.toks), len(label.toks)), at)
            elif row is not None:
                self.laid_out_row(row, words)
            at += len(event.tokens)

    def laid_out_row(self, row: _LaidRow, words: dict[str, str]) -> None:
        """One row of a laid-out grid: its name, value and the cells beside them (``words``: the
        heading of each column, as printed)."""
        names = [t for cell in (row.names or row.merged_name or []) for t in cell.toks]
        value_toks = [t for cell in row.values for t in cell.toks]
        # A value's line as printed, spaces inside it kept ("合格率 ≥95%").
        value = _join(self.lines[cell.line][cell.toks[0].col:cell.toks[-1].col + len(cell.toks[-1].text)]
                      for cell in row.values)
        notes: dict[str, Note] = {}
        if row.merged_name:
            shown = _join(t.text for t in names)
            notes["name"] = merged_name_note(
                shown, f"此行没有自己的三级指标名称，“{shown}”印在此行与相邻一行的指标值之间（合并单元格）",
                f'This row has no indicator name of its own; "{shown}" is printed between its value and the next '
                "row's (a merged cell)")
        elif row.name_over_three and not names:
            shown = _join(t.text for t in (t for cell in row.name_over_three for t in cell.toks))
            notes["name"] = Note(
                f"此行没有三级指标名称。相邻三行中只有中间一行印有“{shown}”：若它是跨这三行合并的单元格，它也是此行的名称，"
                "但原文的版式与只有中间一行填写名称时完全相同，无法区分，未按此读取；请核对原表，若是合并单元格，请在每一行写明名称",
                f'This row has no indicator name. Of the three rows together only the middle one prints "{shown}": '
                "if that is a cell merged over all three rows, it is this row's name too, but the text prints exactly "
                "as when only the middle row is named, so it was not taken; check the original table, and if the cell "
                "is merged, write the name in each row")
        if value_toks:
            last = value_toks[-1]
            if last.last and last.trail.strip(" \u3000") == "" and last.trail:
                value += last.trail.replace("\t", " ")
            if value_toks[0].run_together == "figure" and names:
                name = _join(t.text for t in names)
                notes["value"] = Note(f"原文中指标名称和指标值连在一起（“{name}{value}”），在数字前拆开，请核对",
                                      f'The name and the value are run together in the text ("{name}{value}"); '
                                      "split before the figure: check it")
        side = {field: sorted(toks, key=lambda t: (t.line, t.col)) for field, toks in row.side.items()}
        op_field = "op"
        if "op" not in words and "nature" in side and is_operator_only(_join(t.text for t in side["nature"])):
            # 预算一体化 exports print the comparison in 指标性质 (≥, ＝): the value's, as a workbook reads it
            op_field = "nature"
        operator = side.pop("nature") if op_field == "nature" else side.get("op")
        # joined as the workbook importer joins an operator column, then a 指标方向 column (≥ or 正向)
        for field, cells in ((op_field, operator), ("direction", side.get("direction"))):
            if not cells:
                continue
            joined, note = join_operator(_join(t.text for t in cells), value, words[field], words["value"])
            if value.strip() or joined == value:  # an empty value takes no operator
                value = joined
                if note is not None:
                    notes["value"] = note
        draft_row = self.add_row(names, value, value_toks[0] if value_toks else None,
                                 value_toks[-1] if value_toks else None, notes)
        for field in ("unit", "nature", "note"):
            if field in side:
                setattr(draft_row, field, _join(t.text for t in side[field]))
                draft_row.spans[field] = _span(side[field][0], side[field][-1])
        if "weight" in side:
            amount, note = read_weight(_join(t.text for t in side["weight"]))
            if note is not None:
                draft_row.notes["weight"] = note
            else:
                draft_row.weight = amount
                draft_row.spans["weight"] = _span(side["weight"][0], side["weight"][-1])


def _guess_category(level1: str | None, value: str) -> tuple[str, str]:
    if level1 is not None:
        l1 = canonical_level1(level1)
        if l1 != "产出指标" and l1 in DEFAULT_LEVEL2:
            return level1, DEFAULT_LEVEL2[l1]
    # Under 产出指标 the value says more than the default: an amount is a cost, a date a deadline …
    kind = parse_value(value, lexicon=_labels().lex).kind
    l2 = {"money": "成本指标", "deadline": "时效指标", "duration": "时效指标", "rate": "质量指标"}.get(
        kind, DEFAULT_LEVEL2["产出指标"])
    return level1 or "产出指标", l2


def _move_money_rows(draft: Draft) -> None:
    """Money rows printed just before a "成本指标" label belong to 成本指标 (merged-label artefact)."""
    labels = _labels()
    cats = draft.categories
    for index, (level1, level2) in enumerate(cats[:-1]):
        nxt1, nxt2 = cats[index + 1]
        if nxt1 != level1 or labels.level2.get(squash_label(nxt2)) != "成本指标":
            continue
        if labels.level2.get(squash_label(level2)) not in _NOT_COST:
            continue
        block = [row for row in draft.rows if row.level1 == level1 and row.level2 == level2]
        moving: list[DraftRow] = []
        for row in reversed(block[1:]):  # keep at least the block's first row where it was printed
            if parse_value(row.value, lexicon=labels.lex).kind != "money":
                break
            moving.insert(0, row)
        for row in moving:
            row.level2 = nxt2
            row.notes[""] = Note(f"原文中此行印在“{nxt2}”标签之前（位于“{level2}”下），"
                                 f"因指标值是金额，归入“{nxt2}”，请核对",
                                 f'The text prints this row before the "{nxt2}" label (under "{level2}"); '
                                 f'filed under "{nxt2}" because its value is an amount: check it')


# -- the laid-out grid (pdftotext -layout) ---------------------------------------------------------
# pdftotext -layout keeps every cell's text at its column, and a spreadsheet prints the text of a
# cell vertically centred in its row (LibreOffice and Excel print the forms so): a merged 一级 or
# 二级 label stands in the middle of its block, a name wrapped over two lines has its one-line value
# between them, and the 计量单位 / 指标性质 columns sit on the same lines as names and values. Read
# as a stream of fragments, such a grid files the first rows of a block under the label before
# them and mixes those columns into names and values; read by column and by line, it is the table.
# It is read so when the grid's heading line is laid out (its headings apart, at their columns).

_HEADING_GAP = 2  # spaces at least between two headings of a laid-out heading line
_UNREAD_COLUMN = "unread"  # the field of a laid-out grid column that is read to be left out
# Columns a fragment may start left of its column's usual start: pdftotext places a line's text
# after a run of hanzi a little short of where the PDF has it ("开展培训班期数 10" vs "≥95%").
_DRIFT = 2
_FIGURE_ONLY = re.compile(r"^(?=.*\d)[0-9.,%]+$")  # a bare number (NFKC): what a spreadsheet aligns right; a lone % is a unit
_HAS_FIGURE = re.compile(r"[0-9０-９≥≧＝=≤≦＞＜><%％]")
_MAX_VALUE_LINES = 4   # lines one value cell wraps over, at most
_MAX_NAME_LINES = 8    # lines one name cell wraps over, at most
_LONE_CELL = 2.0       # cost of a row with no name or no value: a cell is rarely empty
_JOINED_LINE = 0.01    # cost of each line joined to a cell above: a tie goes to separate rows
_EMPTY_BLOCK = 3.0     # cost of a label with no row in its block
# cost of a row under a 二级 its value's kind does not stand under (see _NOT_HOME): less than a line, so
# it only settles what a label printed a line off its block's middle leaves open
_MISFIT = 0.6
# cost of a 二级 block under a 一级 it does not belong to: more than the half line a 一级 label printed on
# a line of its own a line off its block's middle makes (g448's 时效指标), and more than the line two
# neighbouring 一级 labels half a line off each make together (g647: 成本指标 on a wrapped 备注's line and
# 产出指标 on a line of its own took the one 生态环境成本指标 row into 产出指标, STR004)
_FOREIGN = 1.1
# Sharing a wrapped side cell's lines out among rows (see _side_cell_rows): how far from its row's
# lines (and from the cell's line before) a line may stand, what each line joined to a cell costs,
# a cell ending on a full line, going on after a short one, starting or ending inside a bracket or
# at a dash; and the most lines a cell is read over.
_SIDE_REACH = 3
_SIDE_JOINED = 0.6
_SIDE_FULL_END = 0.5
_SIDE_SHORT_INSIDE = 0.5
_SIDE_BROKEN = 1.5
_SIDE_CELL_LINES = 6
_NEAR_VALUES = 12  # columns left of the 指标值 column within which a figure after a name is a value
_OFF_MIDDLE = 1.0      # how much better labels set at the top or bottom of their blocks must fit
_FAR = 16              # lines between a value and a name, beyond which they are in no row together
# Where a cell's text stands in its row (and a merged label in its block): the middle, the top or
# the bottom. A tie goes to the middle, what the forms use.
_ALIGNMENTS = (0.5, 0.0, 1.0)


@dataclass(frozen=True, slots=True)
class _Heading:
    field: str  # the grid field ("l1", "value", "unit" …) or "section" (绩效指标 over the left column)
    start: int
    end: int
    text: str

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


def _laid_out_headings(line: str) -> list[_Heading] | None:
    """The grid's headings with their columns when ``line`` is the heading line of a laid-out grid:
    every fragment a heading (bare 备注, 单位 too: the line says what they are), two spaces or more
    between them, and a 一级 or 二级, the 三级 and the 指标值 heading in that order; else None."""
    found = list(_WORD.finditer(line))
    headings: list[_Heading] = []
    for k, match in enumerate(found):
        if k and match.start() - found[k - 1].end() < _HEADING_GAP:
            return None
        text = match.group()
        field = PDF_TEXT_LABELS.column(text) or WORKBOOK_LABELS.column(text)
        if field is None and PDF_TEXT_LABELS.section(text):
            field = "section"
        if field in ("value", None) and "中期" in text or field is None and "value" in (h.field for h in headings):
            # the 中期 values beside the 年度 ones (财预〔2015〕88号), or a column the format has no
            # field for right of the values (指标解释, 评（扣）分标准): its cells are read and left out
            field = f"{_UNREAD_COLUMN}{k}"
        if field is None:
            return None
        headings.append(_Heading(field, match.start(), match.end(), text))
    fields = [h.field for h in headings]
    if len(set(fields)) != len(fields) or "l3" not in fields or "value" not in fields:
        return None
    l3 = fields.index("l3")
    if l3 > fields.index("value") or not {"l1", "l2"} & set(fields[:l3]):
        return None
    return headings


@dataclass(slots=True)
class _Cell:
    """The fragments of one column on one line of a laid-out grid."""

    line: int
    toks: list[_Tok]

    @property
    def text(self) -> str:
        return _join(t.text for t in self.toks)

    @property
    def end(self) -> int:
        return self.toks[-1].col + len(self.toks[-1].text)


@dataclass(slots=True)
class _LaidRow:
    """One row of a laid-out grid: its value and name lines, and the fragments of the columns
    beside the value (计量单位 …) by field."""

    values: list[_Cell]
    names: list[_Cell]
    side: dict[str, list[_Tok]]
    # a row with no name of its own under a name cell merged over it and the next or previous row (the
    # name printed between the two rows' values): that row's name lines
    merged_name: list[_Cell] | None = None
    # a row with no name of its own above or below a named row printed between two such rows: that row's name lines,
    # which a 三级 cell merged over all three rows prints just so (kept unnamed, with a note: see _names_over_three)
    name_over_three: list[_Cell] | None = None

    @property
    def band(self) -> tuple[int, int]:
        lines = [cell.line for cell in (*self.values, *self.names)]
        return min(lines), max(lines)

    @property
    def tokens(self) -> list[_Tok]:
        return [t for cell in sorted((*self.names, *self.values), key=lambda c: c.line) for t in cell.toks]


@dataclass(slots=True)
class _LaidLabel:
    """A 一级 or 二级 label of a laid-out grid, with the lines it is printed on."""

    level: int  # 1 or 2
    kind: str   # "l1", "l2" or "cost"
    canonical: str
    toks: list[_Tok]
    top: float     # its first and last line (both half-way between its first and last copy
    bottom: float  # when it is printed again)

    def at(self, where: float) -> float:
        """The line that stands at ``where`` of its block: a wrapped label's first line when
        labels are set at the top, its last at the bottom, its middle when centred."""
        return self.top + where * (self.bottom - self.top)


@dataclass(slots=True)
class _Event:
    """What a laid-out grid gives, in table order: a label before its block, or a row."""

    tokens: list[_Tok]
    label: _LaidLabel | None = None
    row: _LaidRow | None = None


def _on_first_page_columns(lines: list[str], toks: list[_Tok], headings: list[_Heading],
                           repeated: set[int]) -> tuple[list[str], list[_Tok]]:
    """The grid's lines on the pages after the first laid out again at the first page's columns.

    pdftotext -layout places each page's text on a grid of its own: under the heading line
    printed again on the next page, the columns stand further left or right and closer together.
    A line under a repeated heading line has each fragment moved by where that page's headings
    stand against the first page's (in proportion between two headings); the words of one cell,
    a single space apart, stay so."""
    relaid = list(lines)
    fields = [h.field for h in headings]
    mapping: list[tuple[int, int]] | None = None
    blank_before: dict[int, bool] = {t.line: t.blank_before for t in toks if t.first}
    changed: list[int] = []
    last = max(t.line for t in toks)
    for index in range(min(repeated), last + 1):
        if index in repeated:
            again = _heading_line_again(lines[index].replace("\f", ""))  # a new page's line starts with a form feed
            on_first = {h.field: h for h in headings}
            pairs = [(h.start, on_first[h.field].start) for h in again or () if h.field in on_first]
            # the first page's headings in their order, but one a label was printed over
            same = again is not None and [h.field for h in again] == [f for f in fields if f in {h.field for h in again}]
            mapping = pairs if same and pairs != [(b, b) for _a, b in pairs] else None
        elif mapping is not None and lines[index].strip():
            relaid[index] = _relaid_line(lines[index], mapping)
            changed.append(index)
    if not changed:
        return lines, toks
    moved = set(changed)
    kept = [t for t in toks if t.line not in moved]
    for index in changed:
        for tok in _tokens(relaid, index, index + 1):
            tok.blank_before = tok.first and blank_before.get(index, False)
            kept.append(tok)
    return relaid, sorted(kept, key=lambda t: (t.line, t.col))


def _heading_line_again(line: str) -> list[_Heading] | None:
    """The headings of ``line`` when it is the grid's heading line printed again on a later page.

    A 一级/二级 label merged over the page break may stand on it: LibreOffice prints a merged cell's
    text in the middle of the whole cell, which can fall on the next page's heading row, over a
    heading (pdftotext then prints that heading on a line of its own). Such labels are left out."""
    def blank_label(match: re.Match[str]) -> str:
        return " " * len(match.group()) if _is_category_label(match.group()) else match.group()

    return _laid_out_headings(_WORD.sub(blank_label, line))


def _is_category_label(fragment: str) -> bool:
    """True for a 一级/二级 label's fragment (产出指标, 数量指标), not a heading (一级指标)."""
    found = _labels().label(squash_label(fragment))
    return found is not None and found[0] != "noise"


def _relaid_line(line: str, mapping: list[tuple[int, int]]) -> str:
    """``line`` with each fragment at the column ``mapping`` (this page's heading starts → the first
    page's) gives it; fragments one space apart stay one space apart, others two at least."""
    out = ""
    end: int | None = None
    for match in _WORD.finditer(line):
        at = match.start()
        k = next((k for k in range(len(mapping) - 1) if at < mapping[k + 1][0]), len(mapping) - 1)
        (here, there), following = mapping[k], mapping[k + 1] if k + 1 < len(mapping) else None
        scale = (following[1] - there) / (following[0] - here) if following and following[0] > here and at > here else 1
        target = round(there + (at - here) * scale)
        if end is not None:
            target = len(out) + 1 if at - end == 1 else max(target, len(out) + _HEADING_GAP)
        out = out.ljust(max(target, 0)) + match.group()
        end = match.end()
    return out


def _side_edges(headings: list[_Heading], toks: list[_Tok]) -> list[tuple[int, _Heading]]:
    """Where each column right of the 三级 names (指标值, 计量单位 … and a 运算符 before 指标值)
    starts, with its heading.

    A column's text starts where its cells do: between the heading before and the middle of its
    own heading, the first column that about as many fragments start at as at the commonest one
    (left-aligned text; numbers aligned right start further in, each at its own column). A column
    with no text starting there is half-way between the headings; when it holds figures aligned
    right (a narrow 权重 column), they start past its heading's middle, and the next column starts
    after the last of them ends.

    Only fragments that start a cell count: the first on a line or one after a gap of two or more
    spaces. A word after a single space is the same cell's ("合格率 ≥95%" is one value, whose
    "≥95%" must not pass for the start of a sparse 计量单位 column). Nor do bare figures: aligned
    right, each starts at its own column, past the middle of its heading (12000 and 35 under
    指标值 end together), and counted they would move the next column's start in front of them.
    """
    starts: Counter[int] = Counter()
    ends: dict[int, int] = {}  # line -> where its last fragment so far ended
    for t in toks:
        if (t.first or t.col - ends.get(t.line, -2) >= 2) and not _FIGURE_ONLY.match(nfkc(t.text)):
            starts[t.col] += 1
        ends[t.line] = t.col + len(t.text)
    at = next(k for k, h in enumerate(headings) if h.field == "l3") + 1
    edges: list[tuple[int, _Heading]] = []
    previous = headings[at - 1]
    floor = previous.centre
    for k, heading in enumerate(headings[at:], start=at):
        within = sorted(col for col in starts if floor < col <= heading.centre)
        if within:
            most = max(starts[col] for col in within)
            edge = next(col for col in within if starts[col] * 2 >= most) - _DRIFT
        else:
            edge = (previous.end + heading.start + 1) // 2
        edge = max(edge, int(floor) + 1)
        # Figures of the column before, aligned right, end together before this heading begins: this
        # column starts after them, though a cell of theirs run into its own ("0件") starts in front.
        before_heading = Counter(t.col + len(t.text) for t in toks
                                 if floor < t.col + len(t.text) <= heading.start and _FIGURE_ONLY.match(nfkc(t.text)))
        together = max(before_heading.items(), key=lambda item: (item[1], item[0]), default=(0, 0))
        if together[1] >= 2:
            edge = max(edge, together[0])
        edges.append((edge, heading))
        previous, floor = heading, max(heading.centre, edge)
        if not within and k + 1 < len(headings):
            figures = [t.col + len(t.text) for t in toks
                       if edge <= t.col < headings[k + 1].centre and _FIGURE_ONLY.match(nfkc(t.text))]
            if figures:
                floor = max(floor, max(figures) - 1)
    return edges


def _full(cell: _Cell, widest: int) -> bool:
    """True when ``cell``'s line reaches (about) as far right as the column's widest line: a line
    the cell's text wrapped from. A shorter line ended where its text did."""
    return cell.end >= widest - 2


def _value_join_costs(values: list[_Cell]) -> list[list[float]]:
    """costs[i][a - 1]: how unlikely value lines i … i+a-1 are one wrapped cell.

    A line continues the cell above when that one is full and it is no value by itself ("底前",
    "百分点"); one that is ("≥95%", "95%以上") starts a new cell, unless the two read as one
    value together ("2023年12月" + "31日"). A cell that is no value and holds no figure is what
    a wrapped value's last line looks like when taken alone.
    """
    labels = _labels()
    widest = max(cell.end for cell in values)
    costs: list[list[float]] = []
    for i in range(len(values)):
        text = values[i].text
        row = [_fragment_cost(text)]
        total = 0.0
        for k in range(i + 1, min(i + _MAX_VALUE_LINES, len(values))):
            more = values[k].text
            joined = _join([text, more])
            total += _JOINED_LINE
            if values[k].line - values[k - 1].line > 3:
                total += 4.0
            if not _full(values[k - 1], widest):
                total += 1.5
            kind = labels.value_kind(more)
            joined_kind = labels.value_kind(joined, joined=True)
            if kind == "strong":
                # "2023年12月" + "31日前" wraps one value; "≥95%" + "≥90%" are two.
                total += 0.3 if joined_kind == "strong" else 3.0
            elif kind == "weak":
                total += 0.5
            elif _HAS_FIGURE.search(more):
                total += 1.0 if joined_kind == "strong" else 2.0
            text = joined
            row.append(total + _fragment_cost(text))
        costs.append(row)
    return costs


def _fragment_cost(text: str) -> float:
    """0.5 for a value cell's text that is no value and holds no figure ("百分点"), else 0."""
    return 0.5 if _labels().value_kind(text) is None and not _HAS_FIGURE.search(text) else 0.0


def _name_spread_costs(names: list[_Cell]) -> list[list[float]]:
    """costs[j][b - 1]: how unlikely name lines j … j+b-1 are one wrapped cell: lines far apart, or
    a line that is not full before the next."""
    costs: list[list[float]] = []
    widest = max((cell.end for cell in names), default=0)
    for j in range(len(names)):
        row = [0.0]
        total = 0.0
        for k in range(j + 1, min(j + _MAX_NAME_LINES, len(names))):
            total += _JOINED_LINE
            if names[k].line - names[k - 1].line > 2:
                total += 2.0
            if not _full(names[k - 1], widest):
                total += 1.5
            row.append(total)
        costs.append(row)
    return costs


def _pair_rows(values: list[_Cell], names: list[_Cell], where: float) -> tuple[float, list[tuple[int, int, int, int]]]:
    """Split the value lines and the name lines, both in order, into rows, each cell standing at
    ``where`` (0.5: the middle) of its row; returns the cost and each row's (first value line,
    value lines, first name line, name lines) as indices."""
    value_costs, name_costs = _value_join_costs(values), _name_spread_costs(names)
    n_values, n_names = len(values), len(names)
    inf = float("inf")
    cost = [[inf] * (n_names + 1) for _ in range(n_values + 1)]
    back: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0][0] = 0.0
    for i in range(n_values + 1):
        for j in range(n_names + 1):
            here = cost[i][j]
            if here == inf:
                continue
            if i < n_values and j < n_names and abs(values[i].line - names[j].line) > _FAR:
                continue  # the next value and the next name are too far apart to pair up later
            for a in range(0, min(_MAX_VALUE_LINES, n_values - i) + 1):
                for b in range(0, min(_MAX_NAME_LINES, n_names - j) + 1):
                    if a == 0 and b == 0:
                        continue
                    if a and b:
                        first_value, last_value = values[i].line, values[i + a - 1].line
                        first_name, last_name = names[j].line, names[j + b - 1].line
                        offset = abs((1 - where) * (first_value - first_name) + where * (last_value - last_name))
                        if offset > 4:
                            continue
                        step = offset + value_costs[i][a - 1] + name_costs[j][b - 1]
                    elif a:
                        step = _LONE_CELL + value_costs[i][a - 1]
                    else:
                        step = _LONE_CELL + name_costs[j][b - 1]
                    if here + step < cost[i + a][j + b]:
                        cost[i + a][j + b] = here + step
                        back[(i + a, j + b)] = (i, j)
    rows: list[tuple[int, int, int, int]] = []
    at = (n_values, n_names)
    if cost[n_values][n_names] == inf:
        return inf, rows
    while at != (0, 0):
        i, j = back[at]
        rows.append((i, at[0] - i, j, at[1] - j))
        at = (i, j)
    rows.reverse()
    return cost[n_values][n_names], rows


_OPENING, _CLOSING = "《（(〔【[“", "》）)〕】]”"
# what a cell's text cannot start with, or end with: it goes on from the line before, or on the next
_GOES_ON_FROM = tuple(_CLOSING) + ("—", "×", "、", "，", "。", "；", "：")
_GOES_ON = ("—", "×", "、", "，")


def _broken_ends(text: str) -> tuple[bool, bool]:
    """Whether ``text`` (one line of a wrapped cell) starts inside what the line before began
    (a bracket it closes first, a dash) and whether it ends inside a bracket or after a dash."""
    depth, closes_first = 0, False
    for char in text:
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            if depth == 0:
                closes_first = True
            else:
                depth -= 1
    text = text.strip()
    return closes_first or text.startswith(_GOES_ON_FROM), depth > 0 or text.endswith(_GOES_ON)


def _side_chains(cells: list[_Cell], indices: list[int]) -> Iterable[tuple[int, ...]]:
    """The lines among ``indices`` one wrapped cell may be printed on: up to _SIDE_CELL_LINES, each
    within _SIDE_REACH lines of the one before."""
    def grow(chain: tuple[int, ...], rest: list[int]) -> Iterable[tuple[int, ...]]:
        yield chain
        if len(chain) < _SIDE_CELL_LINES:
            for n, i in enumerate(rest):
                if cells[i].line - cells[chain[-1]].line > _SIDE_REACH:
                    break
                yield from grow(chain + (i,), rest[n + 1:])
    for n, i in enumerate(indices):
        yield from grow((i,), indices[n + 1:])


def _side_cell_rows(cells: list[_Cell], bands: list[tuple[int, int]]) -> list[int]:
    """The row of each line of one column beside the values (``cells``, in order), rows by their
    first and last line (``bands``).

    A cell wrapped over k lines stands centred on its row: its lines start about (k - 1) / 2 lines
    above the row's middle, so its first line may stand on the row above's line, and the lines of
    two neighbouring rows' cells interleave ("按12000人×每人" twice, then each one's end). Row by row,
    each row takes some of the lines near it (none, one, or a wrapped cell's), so that each row's
    lines are centred on it, few lines are joined, and a cell neither ends on a full line (its text
    went on) nor goes on after a short one (its text ended there), and above all neither starts
    inside a bracket or after a dash nor ends in one (《淡水池塘养殖水排放要 / 求》（SC/T 9101 /
    —2007）二级标准: one cell, though each line stands on a row's own line).
    """
    widest = max(cell.end for cell in cells)
    full = [_full(cell, widest) for cell in cells]
    broken = [_broken_ends(cell.text) for cell in cells]

    def distance(i: int, k: int) -> int:
        top, bottom = bands[k]
        return max(top - cells[i].line, cells[i].line - bottom, 0)

    # the rows each line may go to: those within reach (looked up by line, not row by row), else the nearest
    within: dict[int, list[int]] = {}
    for k, (top, bottom) in enumerate(bands):
        for line in range(top - _SIDE_REACH, bottom + _SIDE_REACH + 1):
            within.setdefault(line, []).append(k)
    last_row = [0] * len(cells)
    near: list[list[int]] = [[] for _ in bands]
    for i, cell in enumerate(cells):
        rows = within.get(cell.line) or [min(range(len(bands)), key=lambda k: distance(i, k))]
        for k in rows:
            near[k].append(i)
        last_row[i] = max(rows)

    def row_cost(k: int, chain: tuple[int, ...]) -> float:
        lines = [cells[i].line for i in chain]
        top, bottom = bands[k]
        return (abs(sum(lines) / len(lines) - (top + bottom) / 2) + _SIDE_JOINED * (len(chain) - 1)
                + _SIDE_FULL_END * full[chain[-1]] + _SIDE_SHORT_INSIDE * sum(not full[i] for i in chain[:-1])
                + _SIDE_BROKEN * (broken[chain[0]][0] + broken[chain[-1]][1])
                + _JOINED_LINE * sum(not top <= line <= bottom for line in lines))

    # the first line a row may still take: the bits below it are shifted out, so that the sets stay as
    # small as the lines around one row, however long the text
    first_open = [len(cells)] * (len(bands) + 1)
    for i, k in enumerate(last_row):
        first_open[k] = min(first_open[k], i)
    for k in reversed(range(len(bands))):
        first_open[k] = min(first_open[k], first_open[k + 1])

    # states: the lines taken so far among those a later row may still take (a bit each, from the row's
    # first open line), with the least cost and the chains that give it (linked back to the row before's:
    # a list copied at each row costs the square of the rows)
    states: dict[int, tuple[float, tuple[Any, ...] | None]] = {0: (0.0, None)}
    for k in range(len(bands)):
        shift, base = first_open[k] - first_open[k - 1] if k else 0, first_open[k]
        states = {taken >> shift: state for taken, state in states.items()}
        chains = [(0, 0.0, ())] + [(sum(1 << (i - base) for i in chain), row_cost(k, chain), chain)
                                   for chain in _side_chains(cells, near[k])]
        # lines no later row may take: each must be taken by now
        due = sum(1 << (i - base) for i in near[k] if last_row[i] == k)
        later: dict[int, tuple[float, tuple[Any, ...] | None]] = {}
        for taken, (cost, plan) in states.items():
            for bits, step, chain in chains:
                if bits & taken or (taken | bits) & due != due:
                    continue
                key = (taken | bits) & ~due
                if key not in later or cost + step < later[key][0]:
                    later[key] = (cost + step, (k, chain, plan) if chain else plan)
        states = later
    if 0 not in states:  # lines no row can take together (a cell of more lines than read): each to its nearest
        return [min(within.get(cell.line) or range(len(bands)),
                    key=lambda k: (distance(i, k), abs(cell.line - sum(bands[k]) / 2))) for i, cell in enumerate(cells)]
    out = [0] * len(cells)
    plan = states[0][1]
    while plan is not None:
        k, chain, plan = plan
        for i in chain:
            out[i] = k
    return out


def _blocks(bands: list[tuple[float, float]], marks: list[float], where: float,
            misfits: list[list[float]] | None = None) -> tuple[float, list[int]]:
    """Split ``bands`` (first and last line of each row or block, in order) into one block of
    consecutive bands per label, each label printed at ``marks`` (its line, in order) and standing
    at ``where`` of its block (0.5: the middle); returns the cost and where each block starts.

    ``misfits[m][k]``: what it costs that band ``k`` stands under label ``m`` although its words
    say otherwise (时效指标 under 效益指标: _FOREIGN; an amount under 时效指标: _MISFIT).
    """
    if not marks:
        return 0.0, []
    inf = float("inf")
    n_bands, n_marks = len(bands), len(marks)
    cost = [[inf] * (n_bands + 1) for _ in range(n_marks + 1)]
    back: dict[tuple[int, int], int] = {}
    cost[0][0] = 0.0
    for m in range(1, n_marks + 1):
        mark = marks[m - 1]
        for end in range(n_bands + 1):
            if cost[m - 1][end] + _EMPTY_BLOCK < cost[m][end]:
                cost[m][end] = cost[m - 1][end] + _EMPTY_BLOCK
                back[(m, end)] = end
            bottom = -inf
            misfit = 0.0
            for start in range(end - 1, -1, -1):  # the block grows upwards
                bottom = max(bottom, bands[start][1])
                if misfits is not None:
                    misfit += misfits[m - 1][start]
                before = cost[m - 1][start]
                if before == inf:
                    continue
                top = bands[start][0]
                total = before + abs(mark - (top + where * (bottom - top))) + misfit
                if total < cost[m][end]:
                    cost[m][end] = total
                    back[(m, end)] = start
    if cost[n_marks][n_bands] == inf:
        return inf, []
    starts: list[int] = []
    end = n_bands
    for m in range(n_marks, 0, -1):
        end = back[(m, end)]
        starts.append(end)
    starts.reverse()
    return cost[n_marks][n_bands], starts


class _LaidOutGrid:
    """An indicator grid printed by pdftotext -layout, read by column and by line (see above)."""

    def __init__(self, lines: list[str], tokens: list[_Tok], headings: list[_Heading]) -> None:
        self.lines = lines
        self.tokens = tokens  # the grid's fragments below its heading line, up to the footer
        self.headings = headings
        self.labels = _labels()
        # the line of a row that took the cells of several (see _collapsed_row), once events() ran
        self.collapsed: int | None = None

    @classmethod
    def find(cls, lines: list[str], tokens: list[_Tok], start: int) -> _LaidOutGrid | None:
        """The grid from fragment ``start`` on, when its heading line (among its first three lines)
        is laid out; else None."""
        if start >= len(tokens):
            return None
        first = tokens[start].line
        for index in range(first, min(first + 3, len(lines))):
            headings = _laid_out_headings(lines[index])
            if headings is None:
                continue
            below: list[_Tok] = []
            for tok in tokens[start:]:
                if tok.line <= index:
                    continue
                if tok.first and _is_footer(tok.text):
                    break  # 填报人：… below the grid: the form ends
                below.append(tok)
            # A heading line again (the grid's headings repeated on the next page) is no row.
            repeated = {line for line in {t.line for t in below} if _heading_line_again(lines[line]) is not None}
            # each line looked at once; a label printed over a repeated heading line stays
            below = [t for t in below if t.line not in repeated or _is_category_label(t.text)]
            if repeated and below:
                lines, below = _on_first_page_columns(lines, below, headings, repeated)
            return cls(lines, below, headings)
        return None

    def events(self) -> list[_Event] | None:
        """The grid's labels and rows in table order, each label before its block; None when the
        grid has no value where its 指标值 column is (then it is not laid out as its headings are)."""
        edges = _side_edges(self.headings, self.tokens)
        side: dict[int, dict[str, list[_Tok]]] = {}
        left: list[_Tok] = []
        names_end, next_column = edges[0][0], edges[0][1].field  # where the names' column ends
        named: set[int] = set()  # lines with a fragment of a name (or of a label's unknown words)
        labelled: set[int] = set()  # lines with a 一级/二级 label (not a heading)
        # Columns the cells after a cell printed further left than usual stand left of theirs, by line.
        shifted: dict[int, int] = {}
        starts = {h.field: edge for edge, h in edges}
        for tok in self.tokens:
            col = tok.col + shifted.get(tok.line, 0)
            field = next((h.field for edge, h in reversed(edges) if col >= edge), None)
            after_name = tok.line in named
            if field is None and (after_name or tok.line in labelled):
                # After a name's full line (or labels), pdftotext prints the next cell further left
                # than usual; a name's own text goes on in the next line, not after a gap on the same.
                if after_name and tok.col >= names_end - _DRIFT:
                    field = next_column
                elif self.labels.value_kind(tok.text) == "strong" and tok.col >= names_end - _NEAR_VALUES:
                    field = "value"  # not a standard's number inside a name (GB 18918-2002 一级A标准)
                if field is not None:
                    # and the cells after it on the line as far left ("≥95% 问卷调查", one space apart)
                    shifted[tok.line] = starts[field] - tok.col
            if field is None and tok.col + len(tok.text) > names_end + 1 and not tok.run_together:
                # A name printed against its value ("笔试人数≥6000人") reaches into the value column.
                found = _value_part(tok.text)
                if found is not None:
                    cut, kind = found
                    left.append(_Tok(tok.text[:cut], tok.line, tok.col, tok.first, False, "", tok.blank_before))
                    tok = _Tok(tok.text[cut:], tok.line, tok.col + cut, False, tok.last, tok.trail, False, kind)
                    field = "value"
            if field is None and tok.run_together:
                field = "value"  # split off its name above, as printed against it
            if field is None:
                left.append(tok)
                label = self.labels.label(squash_label(tok.text))
                if label is None:
                    named.add(tok.line)
                elif label[0] != "noise":
                    labelled.add(tok.line)
            else:
                side.setdefault(tok.line, {}).setdefault(field, []).append(tok)
        values = [_Cell(line, fields["value"]) for line, fields in sorted(side.items()) if "value" in fields]
        if not values:
            return None
        found_labels, names = self._labels_and_names(left)
        rows = self._rows(values, names)
        if rows is None:
            return None
        self._place_side_cells(rows, side)
        self.collapsed = _collapsed_row(rows)
        if self.collapsed is not None:
            return None
        return self._in_table_order(found_labels, rows)

    # -- labels --------------------------------------------------------------------------------
    def _labels_and_names(self, left: list[_Tok]) -> tuple[list[_LaidLabel], list[_Cell]]:
        """The 一级/二级 labels among the fragments left of the 指标值 column, and the name lines.

        A label is a label's text (wrapped over lines too: "服务对象满意度指" above "标") printed
        left of where the names start; a label's words in the name column are a name.
        """
        labels = self.labels
        known = {id(t): labels.label(squash_label(t.text)) for t in left}
        name_starts = Counter(t.col for t in left if known[id(t)] is None)
        name_edge = min(name_starts, key=lambda col: (-name_starts[col], col)) if name_starts else None
        region = [t for t in left if name_edge is None or t.col < name_edge - 1]
        used: set[int] = set()
        found: list[tuple[list[_Tok], tuple[str, str]]] = []
        for index, tok in enumerate(region):
            if id(tok) in used:
                continue
            chain = [tok]
            for other in region[index + 1:]:
                if len(chain) == 4:
                    break
                gap = other.line - chain[-1].line
                if gap > 2:
                    break
                # A label's lines stand one under another, aligned left or centred; a label of
                # its own between them is another cell's (a merged cell's text wraps around it).
                aligned = abs(other.col - chain[-1].col) <= 2 or abs(_middle(other) - _middle(chain[-1])) <= 2
                if gap >= 1 and aligned and id(other) not in used and known[id(other)] is None:
                    chain.append(other)
            for n in range(len(chain), 0, -1):
                label = labels.label(squash_label("".join(t.text for t in chain[:n])))
                if label is not None:
                    used.update(id(t) for t in chain[:n])
                    if label[0] != "noise":
                        found.append((chain[:n], label))
                    break
        names: dict[int, list[_Tok]] = {}
        for tok in left:
            if id(tok) not in used:
                names.setdefault(tok.line, []).append(tok)
        return self._levels(found), [_Cell(line, toks) for line, toks in sorted(names.items())]

    def _levels(self, found: list[tuple[list[_Tok], tuple[str, str]]]) -> list[_LaidLabel]:
        """Each label with its level: 一级 or 二级 by its words, 成本指标 (either) by its column, or
        by the label after it when the headings do not tell (经济成本指标 after it: a 一级)."""
        columns = {h.field: h for h in self.headings if h.field in ("l1", "l2")}
        found = sorted(found, key=lambda item: (item[0][0].line, item[0][0].col))
        out: list[_LaidLabel] = []
        for index, (toks, (kind, canonical)) in enumerate(found):
            if kind == "cost":
                if len(columns) == 2:
                    middle = (toks[0].col + max(t.col + len(t.text) for t in toks)) / 2
                    level = 1 if abs(middle - columns["l1"].centre) < abs(middle - columns["l2"].centre) else 2
                else:
                    after = found[index + 1][1] if index + 1 < len(found) else None
                    level = 1 if after is not None and after[0] == "l2" and level1_of(after[1]) == "成本指标" else 2
            else:
                level = 1 if kind == "l1" else 2
            previous = next((label for label in reversed(out) if label.level == level), None)
            if previous is not None and previous.canonical == canonical:
                # The same label again, next at its level: a merged cell split by a page break,
                # printed on both pages near the break, or each row's own copy (one block either
                # way: the stream reader and assemble merge it too). It stands once, half-way
                # between its first copy and its last (not between the copies pair by pair, which
                # puts a label printed on every row near its block's last rows).
                first = (previous.toks[0].line + previous.toks[-1].line) / 2
                previous.top = previous.bottom = (first + (toks[0].line + toks[-1].line) / 2) / 2
                continue
            out.append(_LaidLabel(level, kind, canonical, toks, toks[0].line, toks[-1].line))
        return out

    # -- rows ----------------------------------------------------------------------------------
    def _rows(self, values: list[_Cell], names: list[_Cell]) -> list[_LaidRow] | None:
        """Names paired with their values, in whichever alignment of the cells fits the text best;
        None when they cannot be paired (names and values far apart: no laid-out grid)."""
        best: tuple[float, list[tuple[int, int, int, int]]] | None = None
        for where in _ALIGNMENTS:
            found = _pair_rows(values, names, where)
            # as with the labels: cells set at the top or bottom must fit clearly better, or one
            # ambiguous wrapped value (≥1800平方米 over a two-line name) tips the whole grid
            found = (found[0] + (0.0 if where == 0.5 else _OFF_MIDDLE), found[1])
            if best is None or found[0] < best[0]:
                best = found
        assert best is not None
        if best[0] == float("inf"):
            return None
        rows = _name_wrapped_over_three([_LaidRow(values[i:i + a], names[j:j + b], {}) for i, a, j, b in best[1]])
        _join_name_wrapped_between(rows)
        _share_merged_names(rows)
        _names_over_three(rows)
        return rows

    def _place_side_cells(self, rows: list[_LaidRow], side: dict[int, dict[str, list[_Tok]]]) -> None:
        """Give each 计量单位/指标性质/权重/备注 line to its row, column by column (see _side_cell_rows)."""
        bands = [row.band for row in rows]
        fields = sorted({field for on_line in side.values() for field in on_line if field != "value"})
        for field in fields:
            cells = [_Cell(line, on_line[field]) for line, on_line in sorted(side.items()) if field in on_line]
            for cell, k in zip(cells, _side_cell_rows(cells, bands)):
                rows[k].side.setdefault(field, []).extend(cell.toks)

    # -- blocks --------------------------------------------------------------------------------
    def _in_table_order(self, labels: list[_LaidLabel], rows: list[_LaidRow]) -> list[_Event]:
        """Rows under their labels: each label stands at the same place of its block (the middle,
        the top or the bottom; whichever fits all the labels best), 二级 blocks in 一级 blocks.

        The blocks are found both ways, 二级 blocks first and then the 一级 blocks they make up,
        or 一级 blocks first and then the 二级 blocks in each; the plan with the lower cost is
        taken (a label printed between two lines is a line off, which one level alone may not tell).
        """
        level1 = [label for label in labels if label.level == 1]
        level2 = [label for label in labels if label.level == 2]
        best: tuple[float, _Plan] | None = None
        bands = [(float(top), float(bottom)) for top, bottom in (row.band for row in rows)]
        # the figure with its 计量单位 (≤44 | 万元) when the unit has a column of its own
        values = [_join([cell.text for cell in row.values] + [t.text for t in row.side.get("unit", [])]) for row in rows]
        kinds = [_row_kind(parse_value(value, lexicon=self.labels.lex)) for value in values]
        for where in _ALIGNMENTS:
            for plan in (_level2_first, _level1_first):
                found = plan(sorted(level1, key=lambda label: label.at(where)),
                             sorted(level2, key=lambda label: label.at(where)), bands, where, kinds)
                if found is None:
                    continue
                # Labels set at the top or bottom must fit clearly better: where a label between two
                # lines is printed makes the middle look a line off here and there.
                cost = found[0] + (0.0 if where == 0.5 else _OFF_MIDDLE)
                if best is None or cost < best[0]:
                    best = (cost, found[1])
        assert best is not None
        events: list[_Event] = []
        for label1, blocks in best[1]:
            if label1 is not None:
                events.append(_Event(list(label1.toks), label=label1))
            for label2, members in blocks:
                if label2 is not None:
                    events.append(_Event(list(label2.toks), label=label2))
                events += [_Event(rows[k].tokens, row=rows[k]) for k in members]
        return events


# A grid's rows in blocks: (一级 label, [(二级 label, [row index …]) …]) …, a label None where the
# grid has none at that level.
_Plan = list[tuple["_LaidLabel | None", list[tuple["_LaidLabel | None", list[int]]]]]


# lines from one line of a wrapped name to its next, at most: the next line, or the one after a label's line between
_NAME_WRAP_GAP = 2


def _join_name_wrapped_between(rows: list[_LaidRow]) -> None:
    """Make one name of a 三级 cell merged over two rows, its name wrapped over two lines printed between the two
    rows' values (pdftext pairs one line with each value): the two rows next to each other, each name wholly on the
    other side of its value from the row's neighbour (the upper row's below its value, the lower row's above it),
    the name lines at most _NAME_WRAP_GAP apart (a 二级 label may be printed on a line between), and the first line
    left open (a bracket not closed, 、 or a dash at its end) or the second going on from it (a bracket closed
    first). The upper row keeps the whole name; the lower one shares it as a merged name, with its note. A row's
    own name beside its value is never taken; a name cut inside a word with nothing left open stays two names."""
    for upper, lower in zip(rows, rows[1:]):
        if not (upper.names and lower.names and upper.values and lower.values) or upper.merged_name \
                or lower.merged_name:
            continue
        if not (upper.values[-1].line < upper.names[0].line and lower.names[-1].line < lower.values[0].line
                and lower.names[0].line - upper.names[-1].line <= _NAME_WRAP_GAP):
            continue
        if _broken_ends(upper.names[-1].text)[1] or _broken_ends(lower.names[0].text)[0]:
            upper.names = upper.names + lower.names
            lower.merged_name, lower.names = upper.names, []


# what the value reader makes of text that states no figure, date or share of its own (以上, 公里, 31日前)
_NO_VALUE_KINDS = frozenset({"qualitative", "placeholder"})


def _name_wrapped_over_three(rows: list[_LaidRow]) -> list[_LaidRow]:
    """Three rows again where a 三级 name, wrapped onto two lines, is printed around the middle of three value lines
    (value, name, value, name, value: a cell merged over three rows, vertically centred, or a name in the middle
    row's cell only; LibreOffice prints both so) and pairing made two rows of them, one holding two of the values
    (修补里程 | 二期≥100公里 三期≥120公里). Both of that row's values must read as values on their own and not as one
    wrapped value (≥100公里 + 三期≥120公里, not 2024年12月 + 31日前), each name line next to the middle value. The
    middle row takes both name lines; the rows around it are left unnamed, and _names_over_three marks them."""
    out: list[_LaidRow] = []
    k = 0
    while k < len(rows):
        three = rows[k:k + 3]
        if len(three) == 3 and (split := _wrapped_three_paired_apart(*three)) is not None:
            out += split
            k += 3
            continue
        pair = rows[k:k + 2]
        split = _split_wrapped_three(*pair) if len(pair) == 2 else None
        if split is None:
            out.append(rows[k])
            k += 1
        else:
            out += split
            k += 2
    return out


def _wrapped_three_paired_apart(first: _LaidRow, middle: _LaidRow, last: _LaidRow) -> list[_LaidRow] | None:
    """The three rows of a name wrapped around the middle one (see _name_wrapped_over_three) when pairing gave each
    of them its value and the name's two lines to two of them (≥95% | –, ≥96% | 路面技术状况优良, ≥97% |
    率（分路段）): one line each, in the order value, name, value, name, value, each name line next to the middle
    value. With every cell one line, a row's own name prints on its value's line; a name line between two values is
    a taller cell's, and only a cell merged over (or centred in) the middle row prints two, one each side of it."""
    rows = (first, middle, last)
    names = [cell for row in rows for cell in row.names]
    if len(names) != 2 or any(len(row.values) != 1 or row.side or row.merged_name for row in rows):
        return None
    upper, lower = names
    top, centre, bottom = (row.values[0] for row in rows)
    if not (top.line < upper.line < centre.line < lower.line < bottom.line
            and centre.line - upper.line <= _NAME_WRAP_GAP and lower.line - centre.line <= _NAME_WRAP_GAP):
        return None
    return [_LaidRow([top], [], {}), _LaidRow([centre], [upper, lower], {}), _LaidRow([bottom], [], {})]


def _split_wrapped_three(first: _LaidRow, second: _LaidRow) -> list[_LaidRow] | None:
    """The three rows two paired rows (see _name_wrapped_over_three) stand for, else None."""
    values, names = first.values + second.values, first.names + second.names
    if len(values) != 3 or len(names) != 2 or first.side or second.side:
        return None
    top, middle, bottom = values
    upper, lower = names
    if not (top.line < upper.line < middle.line < lower.line < bottom.line
            and middle.line - upper.line <= _NAME_WRAP_GAP and lower.line - middle.line <= _NAME_WRAP_GAP):
        return None
    glued = first.values if len(first.values) == 2 else second.values
    lexicon = _labels().lex
    if len(glued) != 2 or any(parse_value(cell.text, lexicon=lexicon).kind in _NO_VALUE_KINDS for cell in glued) \
            or parse_value(_join(cell.text for cell in glued), lexicon=lexicon).kind not in _NO_VALUE_KINDS:
        return None
    return [_LaidRow([top], [], {}), _LaidRow([middle], names, {}), _LaidRow([bottom], [], {})]


def _share_merged_names(rows: list[_LaidRow]) -> None:
    """Give a row with a value but no name the name printed between its value and the value of the row
    next to it: a 三级 cell merged over two rows, each with a value of its own, is printed vertically centred,
    on a line between the two values, and pairs with one of them only. The name must lie strictly between
    the two rows' values and close to this row's (a row with no name elsewhere stays without one)."""
    for k, row in enumerate(rows):
        if row.names or not row.values or row.merged_name:
            continue
        top, bottom = row.values[0].line, row.values[-1].line
        for other in (rows[k - 1] if k else None, rows[k + 1] if k + 1 < len(rows) else None):
            if other is None or not other.names or not other.values or other.merged_name:
                continue
            first, last = other.names[0].line, other.names[-1].line
            if other.values[0].line > bottom:  # the named row is below: its name above its own value
                fits = bottom < first and last < other.values[0].line and first - bottom <= _MERGED_NAME_GAP
            else:  # the named row is above: its name below its own value
                fits = other.values[-1].line < first and last < top and top - last <= _MERGED_NAME_GAP
            if fits:
                row.merged_name = other.names
                break


# lines at most between a value and the name of a 三级 cell merged over its row and the next, printed between
_MERGED_NAME_GAP = 3


def _names_over_three(rows: list[_LaidRow]) -> None:
    """Mark the two rows with no name around a named row whose name lies between their values, close to both (a
    blank line apart): a 三级 cell merged over the three rows, vertically centred, prints its name on the middle row's
    line, exactly as a named row between two rows whose name cells are empty prints (LibreOffice's text of the two is
    the same, byte for byte). Nothing on the page tells them apart, and a row with no name is what the rules must see
    when it is one, so the rows stay unnamed; the mark gives them a note naming the name that may be theirs."""
    for up, mid, down in zip(rows, rows[1:], rows[2:]):
        if not (mid.names and mid.values) or mid.merged_name:
            continue
        if any(row.names or not row.values or row.merged_name for row in (up, down)):
            continue
        first, last = mid.names[0].line, mid.names[-1].line
        if up.values[-1].line < first and last < down.values[0].line \
                and first - up.values[-1].line <= _MERGED_NAME_GAP and down.values[0].line - last <= _MERGED_NAME_GAP:
            up.name_over_three = down.name_over_three = mid.names


def _level2_first(level1: list[_LaidLabel], level2: list[_LaidLabel], bands: list[tuple[float, float]],
                  where: float, kinds: list[str]) -> tuple[float, _Plan] | None:
    """二级 blocks of rows first, then 一级 blocks of those (of rows, when there is no 二级 label)."""
    cost2, starts2 = _blocks(bands, [label.at(where) for label in level2], where, _kind_misfits(level2, kinds))
    if level2:
        ends2 = starts2[1:] + [len(bands)]
        units = [(label, list(range(s, e))) for label, s, e in zip(level2, starts2, ends2)]
    else:
        units = [(None, [k]) for k in range(len(bands))]
    unit_bands = [_span_of([bands[k] for k in members], label.at(where) if label else 0)
                  for label, members in units]
    misfits = [[_FOREIGN if label2 is not None and not _belongs(label2, label1) else 0.0 for label2, _members in units]
               for label1 in level1]
    cost1, starts1 = _blocks(unit_bands, [label.at(where) for label in level1], where, misfits)
    if not level1:
        return cost2, [(None, units)]
    ends1 = starts1[1:] + [len(units)]
    return cost1 + cost2, [(label, units[s:e]) for label, s, e in zip(level1, starts1, ends1)]


def _level1_first(level1: list[_LaidLabel], level2: list[_LaidLabel], bands: list[tuple[float, float]],
                  where: float, kinds: list[str]) -> tuple[float, _Plan] | None:
    """一级 blocks of rows first, then the 二级 blocks in each, with the 二级 labels printed
    within (or nearest to) its lines."""
    if not level1 or not level2:
        return None
    cost, starts1 = _blocks(bands, [label.at(where) for label in level1], where)
    ends1 = starts1[1:] + [len(bands)]
    spans = [_span_of(bands[s:e], label.at(where)) for label, s, e in zip(level1, starts1, ends1)]
    # Where one 一级 block ends and the next begins: half-way between their rows.
    limits = [(spans[k][1] + spans[k + 1][0]) / 2 for k in range(len(spans) - 1)]
    inside: list[list[_LaidLabel]] = [[] for _ in level1]
    for label2 in level2:
        inside[sum(label2.at(where) > limit for limit in limits)].append(label2)
    plan: _Plan = []
    for label1, s, e, labels2 in zip(level1, starts1, ends1, inside):
        members = list(range(s, e))
        if not labels2:
            cost += _EMPTY_BLOCK if members else 0.0  # rows with no 二级 label in a grid that has them
            plan.append((label1, [(None, members)] if members else []))
            continue
        cost2, starts2 = _blocks(bands[s:e], [label.at(where) for label in labels2], where,
                                 _kind_misfits(labels2, kinds[s:e]))
        cost += cost2 + _FOREIGN * sum(not _belongs(label2, label1) for label2 in labels2)
        ends2 = starts2[1:] + [len(members)]
        plan.append((label1, [(label2, members[a:b]) for label2, a, b in zip(labels2, starts2, ends2)]))
    return cost, plan


def _middle(tok: _Tok) -> float:
    return tok.col + len(tok.text) / 2


def _belongs(level2: _LaidLabel, level1: _LaidLabel) -> bool:
    """False when the words of a 二级 label name another 一级 than ``level1`` (as apply_label
    tells: 服务对象满意度指标 may stand under 效益指标, the older framework's way)."""
    family = level1_of(level2.canonical)
    parent = canonical_level1(level1.canonical)
    return family is None or family == parent or (family == "满意度指标" and parent == "效益指标") or (
        level2.canonical == "成本指标" and parent == "成本指标")


def _kind_misfits(level2: list[_LaidLabel], kinds: list[str]) -> list[list[float]]:
    """What it costs that a row whose value is of ``kinds`` stands under each 二级 label: a misfit
    for an amount under 数量/质量/时效指标 (成本指标 is its block), for a count, rate or duration
    under 经济成本指标, whose rows are amounts (g459's 技术服务费 under 时效指标, g446's 在岗服务人员
    ＝300人 under 经济成本指标, each half a line nearer there), for a rate under 数量指标 and for a
    deadline under 数量/质量指标 (g554's 出厂水水质达标率, g555's 主要路段病害处治: a label a line off
    its block's middle leaves the row at two blocks' border as near to either)."""
    return [[_MISFIT if label.canonical in _NOT_HOME.get(kind, ()) else 0.0 for kind in kinds] for label in level2]


def _row_kind(value: ParsedValue) -> str:
    """The kind of a row's value, a count written as a floor (≥20个) apart: a social cost is harm
    held under a ceiling, so a floor there is an output (CAT022's); and an amount written as a
    ceiling (≤48000元) apart: a budget line, which no social cost (CAT009's) or benefit states."""
    if value.kind == "count" and value.op in ("≥", ">"):
        return "floor count"
    return "ceiling money" if value.kind == "money" and value.op in ("≤", "<") else value.kind


_NOT_COST = frozenset({"数量指标", "质量指标", "时效指标"})
# 二级 labels a row whose value is of the kind does not stand under in a careful table (an amount
# outside the cost block, CAT003's rate under 数量指标, CAT015's deadline under 质量指标, CAT022's
# floor count under 社会成本指标: g465's 培育粪肥还田服务主体 ≥20个; not under 生态环境成本指标, where a
# measure against the harm counts up: g601's 施工噪声监测 ≥6次; a ceiling amount under a social or
# ecological cost or a benefit other than the economic one: g639's 防火宣传物资及检查设备维护 ≤48000元
# under 社会效益指标, g647's 监测试剂及耗材 ≤100000元 under 社会成本指标)
_NOT_HOME = {"money": _NOT_COST,
             "ceiling money": _NOT_COST | {"社会成本指标", "生态环境成本指标", "社会效益指标", "生态效益指标",
                                           "可持续影响指标", "服务对象满意度指标"},
             "count": frozenset({"经济成本指标"}), "duration": frozenset({"经济成本指标"}),
             "floor count": frozenset({"经济成本指标", "社会成本指标"}),
             "rate": frozenset({"经济成本指标", "数量指标"}), "deadline": frozenset({"数量指标", "质量指标"})}


def _span_of(bands: list[tuple[float, float]], position: float) -> tuple[float, float]:
    """Where a block of rows starts and ends (its label's line when it has no row)."""
    if not bands:
        return position, position
    return bands[0][0], max(bottom for _top, bottom in bands)


# -- header and goal -----------------------------------------------------------------------

def _ends_agency(text: str) -> bool:
    return text.endswith(_AGENCY_END)


def _has_region(text: str) -> bool:
    return bool(re.match(r"^\S{1,10}?(?:省|市|州|县|区|自治区)", text))


def _partition_agencies(parts: list[tuple[str, bool]]) -> tuple[int, int, bool]:
    """Split header lines into name continuation | 主管部门 | 实施单位.

    ``parts`` are (text, directly_after_previous_line). Returns (c, i, sure): lines[:c] continue
    the name, lines[c:i] are the 主管部门, lines[i:] the 实施单位.
    """
    n = len(parts)
    best: tuple[float, int, int, bool] | None = None
    for c in range(0, n - 1):
        # A name continues only over lines printed right under it, or one wrapped block.
        for i in range(c + 1, n):
            dept = "".join(t for t, _ in parts[c:i])
            impl = "".join(t for t, _ in parts[i:])
            score = 0.0
            equal = dept == impl
            if equal:
                score += 10
            score += 3 * _ends_agency(dept) + 3 * _ends_agency(impl)
            score += _has_region(dept) + _has_region(impl)
            for t, direct in parts[:c]:
                score += 0.5 if direct else -1
            if c and _ends_agency("".join(t for t, _ in parts[:c])):
                score -= 3
            sure = equal or (n - c == 2 and _ends_agency(dept) and _ends_agency(impl))
            if best is None or score > best[0]:
                best = (score, c, i, sure)
    assert best is not None
    score, c, i, sure = best
    if not sure:
        # one agency wrapped ("…农业技术推广" / "站"): sure when no other cut after the same name
        # lines ends both the 主管部门 and the 实施单位 as an agency's name ends
        ends = [cut for cut in range(c + 1, n) if _ends_agency("".join(t for t, _ in parts[c:cut]))
                and _ends_agency("".join(t for t, _ in parts[cut:]))]
        sure = ends == [i]
    return c, i, sure


def _goal_text(lines: list[str], indices: list[int], skip: int = 0, label_line: int | None = None) -> str:
    """Rejoin a goal's PDF-wrapped lines; keep 目标1/目标2 and real paragraph breaks.

    ``skip`` characters of line ``label_line`` (the first line when None) are left out (a
    "年度总体目标" label before the text).
    """
    paragraphs: list[str] = []
    blank_before = False
    label_line = indices[0] if label_line is None and indices else label_line
    # The label blanked out, so each text keeps its columns.
    texts = [" " * skip + lines[index][skip:] if index == label_line else lines[index] for index in indices]
    # A goal laid out in its cell (pdftotext -layout: every line at the same column, right of the
    # label): a line ending a sentence well short of the cell's width ended where a line break in
    # the cell did, so the next line starts a paragraph.
    columns = {len(text) - len(text.lstrip()) for text in texts if text.strip()}
    widest = max((len(text.rstrip()) for text in texts), default=0)
    laid_out = len(columns) == 1 and min(columns) >= _GOAL_INDENT and sum(1 for text in texts if text.strip()) > 1
    short_before = False
    for raw in texts:
        if not raw.strip():
            blank_before = True
            continue
        pieces = _GOAL_SPLIT.split(_GOAL_NUMBER_CELL.sub(r"\1：", raw.strip()))
        for k, piece in enumerate(pieces):
            piece = piece.strip()
            if not piece:
                continue
            # "目标2：" starts a paragraph; so does text after a blank line (or, laid out, a short
            # line) that follows a full stop. Any other line is the PDF wrapping one paragraph.
            starts_new = bool(_GOAL_START.match(piece)) or k > 0
            ended = (blank_before or short_before) and bool(paragraphs) and paragraphs[-1].endswith(_SENTENCE_END)
            if not paragraphs or starts_new or ended:
                paragraphs.append(piece)
            else:
                paragraphs[-1] = _join([paragraphs[-1], piece])
        blank_before = False
        short_before = laid_out and len(raw.rstrip()) < widest - _GOAL_SHORT
    return "\n".join(paragraphs) + ("\n" if paragraphs else "")


def _in_goal_column(lines: list[str], indices: list[int], goal_middle: float, medium_middle: float) -> list[str]:
    """``lines`` with the goal's lines ``indices`` blanked outside the annual goal's column, its
    heading (middle ``goal_middle``) printed beside the 中期目标 one (``medium_middle``).

    The two cells' texts are apart by a run of columns blank on every line between the two
    headings' middles (a single space where pdftotext prints the texts closest); the widest such
    run is the border. With none, the lines stay whole."""
    low, high = sorted((goal_middle, medium_middle))
    texts = [lines[i] for i in indices if lines[i].strip()]
    blank = [col for col in range(int(low) + 1, int(high) + 1)
             if all(col >= len(text) or text[col] == " " for text in texts)]
    runs: list[list[int]] = []
    for col in blank:
        if runs and runs[-1][-1] == col - 1:
            runs[-1].append(col)
        else:
            runs.append([col])
    if not runs:
        return lines
    border = max(runs, key=len)
    shown = list(lines)
    for i in indices:
        text = lines[i]
        if goal_middle > medium_middle:
            shown[i] = " " * min(len(text), border[-1] + 1) + text[border[-1] + 1:]
        else:
            shown[i] = text[:border[0]]
    return shown


_GOAL_INDENT = 8  # columns a laid-out goal's cell starts at, at least (right of its label)
_GOAL_SHORT = 4   # columns short of the widest line that make a goal line end a paragraph


def _grid_start(grid: _Grid, tokens: list[_Tok], begin_line: int) -> int:
    """Index of the first fragment of the indicator section (its first label)."""
    for i, tok in enumerate(tokens):
        if tok.line < begin_line or not tok.first:
            continue
        found = grid.match_label(i)
        if found is not None:
            return i
    return len(tokens)


class _Chunk:
    """One table's lines → Draft."""

    def __init__(self, lines: list[str], start: int, end: int, file: str) -> None:
        self.lines = lines
        self.start = start
        self.end = end
        self.file = file
        self.draft = Draft()
        self.tokens = _tokens(lines, start, end)
        self.goal_above: list[int] = []  # lines of the goal printed above its label
        # The middles of the 年度目标 and 中期目标 headings when printed side by side on one line
        # (财预〔2015〕88号 申报表): the goal is read in the annual one's column only.
        self.goal_beside_medium: tuple[float, float] | None = None
        self.refused: int | None = None  # the line of a laid-out grid whose rows cannot be placed
        self.goal_end: int | None = None  # the line of a field's label under the goal's lines, if any

    def note(self, pointer: str, zh: str, en: str) -> None:
        self.draft.notes[pointer] = Note(zh, en)

    def parse(self) -> Draft | None:
        lines, draft = self.lines, self.draft
        nonblank = [i for i in range(self.start, self.end) if lines[i].strip()]
        if not nonblank:
            return None
        header: list[int] = []
        only_units = True  # every header line so far names only the unit: a year line may still come
        for i in nonblank:
            key = squash_label(lines[i])
            if is_marker(key):
                continue
            if draft.project.title is None and is_title(key):
                # The title as printed, without the spaces of the extraction (not NFKC'd).
                take_title(draft, _SPACES.sub("", lines[i]), _line_span(lines, i))
                continue
            # Only above the header proper (a unit line may come first).
            year = year_mark(lines[i]) if only_units else None
            if year is not None:
                # "（2024年度）" under the title (or beside 填报单位 and the unit): the budget year;
                # a year line on its own is no part of the header, whose first line is the name.
                if draft.project.year is None:
                    draft.project.year = year
                    draft.spans["/project/year"] = _line_span(lines, i)
                if YEAR_LINE.match(key):  # a line that holds only the year
                    continue
            header.append(i)
            only_units = only_units and bool(units_in(lines[i]))  # once per line, not per line after it
        grid = _Grid(lines, self.tokens, draft)
        begin = header[0] if header else self.end
        grid_at = _grid_start(grid, self.tokens, begin)
        grid_line = self.tokens[grid_at].line if grid_at < len(self.tokens) else self.end
        head = self._labels_wrapped_around_values([i for i in header if i < grid_line])
        self._unit(head)
        labelled = any(_starts_with_name_label(lines[i]) for i in head)
        if labelled:
            goal_lines = self._labelled_header(head)
        else:
            goal_lines = self._plain_header(head)
            if goal_lines is not None:
                self._contact_line_ends_plain_goal(head, goal_lines[0])
        note_missing_unit(draft)
        if goal_lines is not None:
            goal_at, skip = goal_lines
            # Lines of the goal printed above its label (a vertically centred label), if any.
            goal_indices = self.goal_above + list(range(goal_at, min(grid_line, self.goal_end or grid_line)))
            goal_source = lines
            if self.goal_beside_medium is not None and goal_indices:
                goal_source = _in_goal_column(lines, goal_indices, *self.goal_beside_medium)
            text = _goal_text(goal_source, goal_indices, skip, goal_at) if goal_indices else ""
            if text:
                draft.goal = text
                used = [i for i in goal_indices if lines[i].strip()]
                draft.spans["/goal"] = Span(used[0] + 1, 1, used[-1] + 1, len(lines[used[-1]]) + 1)
        if grid_at < len(self.tokens):
            laid_out = _LaidOutGrid.find(lines, self.tokens, grid_at)
            events = laid_out.events() if laid_out is not None else None
            if laid_out is not None and events is not None:
                grid.lines = laid_out.lines  # with the later pages' lines at the first page's columns
                grid.replay(events, laid_out.headings)
            elif laid_out is not None and (laid_out.collapsed is not None or _UNPLACEABLE_COLUMNS & {
                    h.field for h in laid_out.headings}):
                # Rows that cannot be placed by column, and the stream reader would mix the 计量单位 …
                # cells into names and values: no rows rather than wrong ones.
                self.refused = laid_out.collapsed if laid_out.collapsed is not None else grid_line
                return None
            else:
                grid.run(grid_at)
                _move_money_rows(draft)
        # Without a single indicator, only a title plus a table header makes this a table
        # (a cover page or an explanatory paragraph is not one).
        has_header = labelled or draft.funds.total is not None
        if not draft.rows and not (draft.project.title is not None and has_header):
            return None
        if draft.project.name is None:
            self.note("/project/name", "未找到项目名称", "No project name (项目名称) found")
        if not draft.rows:
            draft.notes.setdefault("/indicators", Note("未找到任何绩效指标", "No indicators found"))
        first, last = nonblank[0] + 1, nonblank[-1] + 1
        draft.origin = f"第 {first}–{last} 行"
        draft.origin_en = f"lines {first}–{last}"
        if draft.source is None:  # unless the table names its source (来源说明)
            draft.source = f"PDF 提取文本 {os.path.basename(self.file)} 第 {first}–{last} 行（ggtlint import）"
        return draft

    def _labels_wrapped_around_values(self, head: list[int]) -> list[int]:
        """``head`` with each label wrapped around its value put back on one line: a label cell too narrow for
        its label (年度资金总额（万 / 元）) printed over two lines, the value's one line between them (the label
        and the value vertically centred in a row of two lines), becomes "年度资金总额（万元）  160" on the
        label's first line, the two lines after it blanked and left out of ``head``. Only when the two halves
        joined are a header label and the first is none (the second no other field's), the second half under
        the first and the value right of both."""
        lines = self.lines
        out: list[int] = []
        k = 0
        while k < len(head):
            i = head[k]
            if k + 2 < len(head) and head[k + 2] - i <= 4:
                first, value, rest = (_header_words(lines[j]) for j in head[k:k + 3])
                if len(first) == 1 and len(value) == 1 and len(rest) == 1:
                    (w1, s1, e1), (w2, s2, _e2), (w3, s3, e3) = first[0], value[0], rest[0]
                    label = w1 + w3
                    found = PDF_TEXT_LABELS.header(label)
                    second = PDF_TEXT_LABELS.header(w3)  # 总额 is a label itself: of the same field, a half
                    if (found is not None and not found[1] and PDF_TEXT_LABELS.header(w1) is None
                            and (second is None or second == found) and PDF_TEXT_LABELS.header(w2) is None
                            and s1 - _LABEL_WRAP_SLACK <= s3 and e3 <= e1 + _LABEL_WRAP_SLACK and s2 > max(s1, e3)):
                        lines[i] = f"{lines[i][:s1]}{label}  {w2}"
                        lines[head[k + 1]] = lines[head[k + 2]] = ""
                        out.append(i)
                        k += 3
                        continue
            out.append(i)
            k += 1
        return out

    def _unit(self, head: list[int]) -> None:
        """The units the header lines name for all amounts ("单位：元"; "资金规模（万元）", the
        heading over the amounts, as a workbook reads it in that heading's cell)."""
        units: list[tuple[str, Span]] = []
        for i in head:
            line = self.lines[i]
            # as in a workbook: only the heading over the amounts (资金规模（万元）) states the
            # unit of all of them; 年度资金总额（万元） states its own amount's (set_amount)
            amount_label = any(found is not None and found[0] == "scale"
                               for found in (PDF_TEXT_LABELS.header(word) for word, _s, _e in _header_words(line)))
            units += [(unit, _line_span(self.lines, i)) for unit in units_in(line, amount_label=amount_label)]
        take_units(self.draft, units)

    # 附表7: "类别 名称" line, agency lines, three bare amounts, then the goal.
    def _plain_header(self, head: list[int]) -> tuple[int, int] | None:
        lines, draft = self.lines, self.draft
        body = [i for i in head if not units_in(lines[i]) or len(lines[i].strip()) > 12]
        if not body:
            return None
        first = body[0]
        words = lines[first].split()
        if len(words) >= 2:
            category, name = words[0], _strip_cjk_spaces(" ".join(words[1:]))
            draft.project.category = category
            cat_col = lines[first].index(category)
            draft.spans["/project/category"] = Span(first + 1, cat_col + 1, first + 1, cat_col + len(category) + 1)
            name_col = lines[first].index(words[1], cat_col + len(category))
        else:
            name = words[0]
            name_col = lines[first].index(name)
            self.note("/project/name", "原文这一行只有一段文字，无法区分项目类别和项目名称，整段作为项目名称",
                      "The line holds one piece of text, so the project category cannot be told from the "
                      "name; all of it is taken as the name")
        name_start = _span_to_line_end(lines, first, first, name_col)
        amounts = [i for i in body if _AMOUNT.match(lines[i].strip())]
        amount_at = amounts[0] if amounts else None
        middle = [i for i in body[1:] if amount_at is None or i < amount_at]
        if amount_at is None:
            # Without amounts the agencies cannot be told from the goal: take two wrapped lines each.
            middle = middle[:4]
        # Header lines printed twice ("特定目标-非税成本性支出 2023年人事考试专项经费"): skip them.
        parts: list[tuple[str, bool, int]] = []
        alternatives: list[str] = []
        previous = first
        unread_money: list[int] = []  # 资金来源：财政拨款 lines: money text no field reads, noted
        for i in middle:
            if self._money_text(i):
                unread_money.append(i)
                continue
            words_i = lines[i].split()
            if len(words_i) >= 2 and _strip_cjk_spaces(" ".join(words_i[1:])) == name:
                if words_i[0] != draft.project.category:
                    alternatives.append(words_i[0])
                previous = i
                continue
            direct = i == previous + 1
            parts.append((_strip_cjk_spaces(lines[i].strip()), direct, i))
            previous = i
        if alternatives:
            self.note("/project/category", "表头在原文中印了两次，第二次的项目类别是“%s”，取第一次的“%s”"
                      % ("、".join(alternatives), draft.project.category),
                      'The header is printed twice in the text, the second time with the category "%s"; '
                      'took the first, "%s"' % ("、".join(alternatives), draft.project.category))
        name_end = name_start
        if len(parts) >= 2:
            c, cut, sure = _partition_agencies([(t, d) for t, d, _ in parts])
        elif len(parts) == 1:
            c, cut, sure = 0, 1, False
        else:
            c, cut, sure = 0, 0, False
        if c:
            name = name + "".join(t for t, _, _ in parts[:c])
            last_line = parts[c - 1][2]
            name_end = _span_to_line_end(lines, last_line, last_line)
            if not sure:  # the agencies did not confirm where the name ends
                continued = "".join(t for t, _, _ in parts[:c])
                self.note("/project/name", "项目名称跨行，续行“%s”是否属于名称不确定" % continued,
                          'The project name wraps over lines; whether "%s" still belongs to it is a guess'
                          % continued)
        draft.project.name = name
        draft.spans["/project/name"] = Span(name_start.line, name_start.column, name_end.end_line, name_end.end_column)
        dept_parts = parts[c:cut]
        impl_parts = parts[cut:]
        if dept_parts:
            draft.project.department = "".join(t for t, _, _ in dept_parts)
            draft.spans["/project/department"] = _span_to_line_end(lines, dept_parts[0][2], dept_parts[-1][2])
        if impl_parts:
            draft.project.implementer = "".join(t for t, _, _ in impl_parts)
            draft.spans["/project/implementer"] = _span_to_line_end(lines, impl_parts[0][2], impl_parts[-1][2])
        elif draft.project.department is not None:
            draft.project.implementer = draft.project.department
            self.note("/project/implementer", "原文只找到一个单位名称，实施单位按主管部门填写",
                      "The text names only one agency; the implementing unit (实施单位) is taken to be "
                      "the department (主管部门)")
        if (dept_parts or impl_parts) and not sure and "/project/implementer" not in draft.notes:
            for pointer in ("/project/department", "/project/implementer"):
                self.note(pointer, "主管部门和实施单位在原文中跨行断开，拆分位置不确定",
                          "The department and the implementing unit wrap over lines in the text; "
                          "where one ends and the other begins is a guess")
        if not dept_parts and not impl_parts:
            self.note("/project/department", "原文中没有找到主管部门", "No department (主管部门) found in the text")
        if amount_at is None:
            self._note_money_text(unread_money)
            self.note("/funds/total", "原文中没有找到年度资金总额等金额",
                      "No amounts (年度资金总额 …) found in the text")
            return ((middle[-1] + 1) if middle else first + 1), 0
        run = [amount_at]
        for i in body[body.index(amount_at) + 1:]:
            if _AMOUNT.match(lines[i].strip()) and len(run) < 3:
                run.append(i)
            else:
                break
        goal_at = run[-1] + 1
        # money text under the amounts (资金来源：财政拨款, noted; 其中：债券资金 with no amount, a template's blank row)
        # is no line of the goal, which starts after it
        rest = body[body.index(run[-1]) + 1:]
        amount_of_row = None  # the line after a fund row's label holding only its amount (其中：债券资金 / 50.00)
        fund_rows: list[tuple[int, str, Decimal, str | None]] = []  # 其中：债券资金 0.00 on one line
        remark_to = -1  # the last line of a remark's row read under the amounts (备注：资金已下达), if any
        for at, i in enumerate(rest):
            if i == amount_of_row or i <= remark_to:
                goal_at = i + 1
                continue
            words = _header_words(lines[i]) if at < len(rest) - 1 else []
            if words and (_opens_remark(words) or _opens_contact_line(words)):
                # a remark's row between the amounts and the goal (备注：本项目资金已于2024年3月下达), or a contact's:
                # judged as the header's text (a remark noted, a contact's value not), not taken for the goal's first
                # line, which the label then ended at once (the goal was lost, its text noted as the header's)
                remark_to = self._plain_remark_end(rest, at, run) if _opens_remark(words) else i
                unread_money.extend(j for j in rest[at:] if j <= remark_to)
                goal_at = remark_to + 1
                continue
            row = self._plain_fund_row(i)
            if row is None and at + 2 < len(rest):  # the goal's line after the pair: no amount glued to the goal
                row = self._plain_fund_row_split(i, rest[at + 1])
                if row is not None:
                    # 其中：债券资金 / 50.00: the row on two lines (raw text prints cell after cell; -layout a row
                    # LibreOffice split) is read as on one line: the lone amount after a fund row's label alone, under
                    # the amounts, is no one else's (the plain layout prints nothing else there but the goal)
                    amount_of_row = rest[at + 1]
            if row is not None:
                # a fund row with its amount (0.00 is zero, an amount; a blank row has none): read as the labelled
                # path reads 债券资金  0, not glued to the goal, which starts after it
                if row[1]:
                    fund_rows.append(row)
                goal_at = i + 1
                continue
            money = self._money_text(i, blank_rows=True)
            # the last line before the grid is the goal's (争取上级资金 reads as a fund row's label): the goal
            # comes after the funds
            if money is None or money is False and at == len(rest) - 1:
                break
            if money is False and self._amount_alone(rest[at + 1]):
                # not blank: every cell prints on its own line here, the row's amount on the next; no field reads
                # the pair, so both are noted (as the header's text unread), and neither is the goal's
                amount_of_row = rest[at + 1]
                unread_money.extend((i, amount_of_row))
            elif money:
                unread_money.append(i)
            goal_at = i + 1
        self._note_money_text(unread_money)
        values = [read_amount(lines[i].strip())[0] for i in run]
        funds = draft.funds
        for key, value, i in zip(("total", "fiscal", "other"), values, run):
            setattr(funds, key, value)
            draft.spans[f"/funds/{key}"] = _line_span(lines, i)
        self._unread_fund_rows(fund_rows)  # after the amounts: a 其中 row they add up without is a breakdown
        if len(values) == 3:
            if None in values or values[0] != values[1] + values[2]:  # type: ignore[operator]
                for key in ("total", "fiscal", "other"):
                    self.note(f"/funds/{key}", "原文三个金额没有列名，按附表7 版式依次作为年度资金总额、财政拨款、其他资金；"
                              "但总额不等于财政拨款与其他资金之和，请核对",
                              "The three amounts have no column labels and were read in the 附表7 order "
                              "as total, fiscal and other funds, but the total is not fiscal + other: check them")
        else:
            for key in ("total", "fiscal", "other")[:len(values)]:
                self.note(f"/funds/{key}", f"原文只有 {len(values)} 个金额且没有列名，按顺序对应，请核对",
                          f"The text has only {counted(len(values), 'amount')} and no column labels; "
                          "they were matched in order: check them")
        return goal_at, 0

    def _plain_remark_end(self, rest: list[int], at: int, run: list[int]) -> int:
        """On the plain path, the last line of the remark's row opening at ``rest[at]`` under the amounts (``run``, their
        lines). The goal's cell follows it, so one line at least is left for the goal. Where the text prints a blank
        line between cells (pdftotext -layout: the amounts are not on adjacent lines), a line right under the remark's
        is its cell wrapped; in raw text (every line adjacent) a label alone (备注：) has its text cell on the next line,
        and only a line cut mid-sentence (ending in ，、—) goes on into the next: a remark wrapped mid-word leaves its
        tail on the goal, which cannot be told from it there."""
        lines = self.lines
        spaced = len(run) > 1 and run[1] - run[0] > 1
        last = at
        if not spaced and at + 2 < len(rest) and template_blank(lines[rest[at]]):
            last = at + 1  # raw text: a remark's label cell alone (备注：), its text cell on the next line
        while last + 1 < len(rest) - 1 and rest[last + 1] == rest[last] + 1 and (
                spaced or lines[rest[last]].rstrip().endswith(_GOES_ON)):
            nxt = _header_words(lines[rest[last + 1]])
            if not nxt or _opens_remark(nxt) or _opens_contact_line(nxt) or self._plain_fund_row_shape(rest[last + 1]):
                break
            last += 1
        return rest[last]

    def _plain_fund_row_shape(self, index: int) -> bool:
        """Whether line ``index`` is shaped as a fund row's label, alone or with its amount (其中：债券资金 50.00)."""
        words = _header_words(self.lines[index])
        return bool(words) and len(words) <= 2 and _blank_fund_row(words[0][0])

    def _money_text(self, index: int, blank_rows: bool = False) -> bool | None:
        """On the plain path, whether header line ``index`` is money text with no amount: True for a money heading
        saying more than the unit after its colon (资金来源：财政拨款), which no field reads; False (with
        ``blank_rows``) for a fund row's label alone (其中：债券资金, a template's row left blank: no amount, not
        zero) or a heading with only the unit; None for any other line."""
        words = _header_words(self.lines[index])
        if not words:
            return None
        found = PDF_TEXT_LABELS.header(words[0][0])
        if found is not None and found[0] == "scale":
            text = "".join([found[1], *(word for word, _start, _end in words[1:])])
            return True if beyond_unit(text) else (False if blank_rows else None)
        if blank_rows and len(words) == 1 and found is None and _blank_fund_row(words[0][0]):
            return False
        return None

    def _plain_fund_row(self, index: int) -> tuple[int, str, Decimal, str | None] | None:
        """On the plain path, line ``index`` as a fund row with its amount on the line (其中：债券资金 0.00, 上年结转
        20.00): a label shaped as a template's fund row (as _blank_fund_row reads one) and one amount, nothing else;
        None for any other line (a goal's 确保专项资金 100%到位). A fiscal source's row (中央资金 500.00) is read as its
        field here and given back with an empty label (no row to note)."""
        words = _header_words(self.lines[index])
        if len(words) != 2:
            return None
        return self._plain_fund_pair(index, words[0][0], words[1][0], _line_span(self.lines, index))

    def _plain_fund_row_split(self, index: int, below: int) -> tuple[int, str, Decimal, str | None] | None:
        """On the plain path, a fund row printed over two lines: its label alone on line ``index`` (其中：债券资金), its
        amount alone on the next, ``below`` (50.00: its cell on a row of its own, or raw text's cell after cell). Read
        as the same row on one line is (_plain_fund_row); None unless the two lines are shaped so."""
        words = _header_words(self.lines[index])
        if len(words) != 1 or not self._amount_alone(below):
            return None
        return self._plain_fund_pair(index, words[0][0], self.lines[below].strip(),
                                     _span_to_line_end(self.lines, index, below))

    def _plain_fund_pair(self, index: int, label: str, amount_text: str,
                         span: Span) -> tuple[int, str, Decimal, str | None] | None:
        """A fund row's ``label`` and ``amount_text`` as _plain_fund_row reads them (a fiscal source's read at once)."""
        amount, unit = read_amount(amount_text)
        if amount is None:
            return None
        found = PDF_TEXT_LABELS.header(label)
        if found == ("fund_source", ""):  # 其中：中央资金 500,000.00: a source of 财政拨款, read as the labelled path does
            self._header_value("fund_source", label, [amount_text], span)
            return index, "", Decimal(0), None
        if found is not None or not _blank_fund_row(label):
            return None
        return index, shown_label(label), amount, unit

    def _amount_alone(self, index: int) -> bool:
        """Whether line ``index`` holds only an amount (50, 1,600,000.00): a fund row's, when it is beside its label."""
        return 0 <= index < len(self.lines) and _AMOUNT.match(self.lines[index].strip()) is not None

    def _note_money_text(self, indices: list[int]) -> None:
        """Note the plain path's money text lines ``indices`` (资金来源：财政拨款) with the header's text unread."""
        if indices:
            self._note_unread_header([(i, word, col) for i in indices for word, col, _end in
                                      _header_words(self.lines[i])])

    def _contact_line_ends_plain_goal(self, head: list[int], goal_at: int) -> None:
        """On the plain path (no header labels), end the goal at a contact or remark line under it (联系人：王五
        联系电话：…, 填报人：…, 备注：…: the row between the goal and the grid), as the labelled path does; that line
        and any after it are judged as header text (contact noise, a remark noted), not dropped. The plain path prints
        every cell at the left margin, so a remark's line cannot be told from the goal's by its column: a line that
        opens with a remark's label (备注：, 说明：, not 说明书…) is taken for the remark's row."""
        for at, i in enumerate(head):
            words = _header_words(self.lines[i]) if i >= goal_at else []
            if words and (_opens_contact_line(words) or _opens_remark(words)):
                self.goal_end = i
                self._note_unread_header([(j, word, col) for j in head[at:] for word, col, _end in
                                          _header_words(self.lines[j])])
                return

    # 附件2 and similar: "标签 值" lines.
    def _labelled_header(self, head: list[int]) -> tuple[int, int] | None:
        """Read "标签 值" lines; returns where the goal text starts (line, column).

        A label alone on its line takes the next line as its value when that line holds no
        label: pdftotext prints a label/value form so when the value's cell is the taller one.
        """
        lines, draft = self.lines, self.draft
        goal_from: tuple[int, int] | None = None
        taken: set[int] = set()  # lines read as the value of the label above them
        heading_text: set[int] = set()  # a money label's line read as the 资金 heading's text above it (noted)
        fund_rows: list[tuple[int, str, Decimal, str | None]] = []  # 其中：以前年度结转    20 …
        # the line before was 财政拨款's, a fiscal source's or the 资金 heading's: a level alone with its
        # amount on the next line (中央    1142.40) is a source of 财政拨款, as in the workbook's cells
        fiscal_block = False
        # a money label was read above (年度资金总额, 财政拨款 …): a fund row's label alone is a blank row of the funds
        # block only under it; above, it is another field's text (a 项目名称 wrapped: …养护工程 / 专项资金), noted
        money_seen = False
        skipped: list[tuple[int, str, int]] = []  # (line, text, column) of text read as no field's
        goal_line = -1  # the line of the goal's label
        for at, i in enumerate(head):
            if i in taken or i in heading_text:
                continue
            words = _header_words(lines[i])
            if at + 1 < len(head) and self._fund_labels_over_amounts(words, head[at + 1], fund_rows):
                taken.add(head[at + 1])
                continue
            # the 资金 heading merged down over the labels' and the amounts' rows, printed between them
            if at + 2 < len(head) and self._fund_heading_between(words, head[at + 1]) \
                    and self._fund_labels_over_amounts(words, head[at + 2], fund_rows):
                taken.update((head[at + 1], head[at + 2]))
                continue
            if goal_from is None and _bare_level_source([word for word, _start, _end in words]):
                if fiscal_block:
                    self._header_value("fund_source", words[0][0], [words[1][0]], _line_span(lines, i))
                else:  # a level and an amount out of the 资金 block: told as not read, never dropped
                    fund_rows.append((i, shown_label(words[0][0]), *read_amount(words[1][0])))  # type: ignore[arg-type]
                continue
            fiscal_block = False
            if (len(words) == 2 and PDF_TEXT_LABELS.header(words[0][0]) is None
                    and fund_row_label(squash_label(words[0][0]))):
                amount, unit = read_amount(words[1][0])
                if amount is not None:
                    fund_rows.append((i, shown_label(words[0][0]), amount, unit))
                    continue
            self._goal_beside_medium(words)
            wrapped_label = at + 1 < len(head) and head[at + 1] not in taken and \
                (joined := self._period_label_wrapped(words, head[at + 1])) is not None
            if wrapped_label:
                words = joined
                taken.add(head[at + 1])
            if goal_from is not None and self.goal_end is None and i > goal_line and words and (
                    _opens_contact_line(words) or _opens_remark(words) and words[0][1] < goal_from[1]):
                # a contact line under the goal (联系人：王五  联系电话：…, the row between the goal's and the grid), or
                # a remark's left of the goal's column (备注：…, its own row; at the column it is the goal cell's):
                # no line of the goal; its text is judged as the header's (contact noise, a remark noted)
                self.goal_end = i
                above = self._remark_value_above(head, at, goal_line, words)
                if above:  # the remark's label alone, centred beside its value wrapped over lines around it
                    self.goal_end = above[0]
                    skipped.extend((j, word, col) for j in above for word, col, _end in _header_words(lines[j]))
            k = 0
            while k < len(words):
                word, col, end = words[k]
                found = PDF_TEXT_LABELS.header(word)
                if found is None:
                    # before any label of the line, above the goal, or under a field's row that ended the goal
                    # (the goal no longer takes it): no field's value
                    # A fund row's label alone on its line (其中：债券资金 with no amount) is a template's row left
                    # blank: no amount, not zero, as the workbook reader reads its cells; the funds stay as read
                    # (unless its amount prints alone on the line beside it, the label wrapped or the amount centred:
                    # then the pair is noted as before; an amount above read as a label's value is not its)
                    # (the lines beside it are the header's: pdftotext without -layout puts a blank line between)
                    above_at, below_at = head[at - 1] if at else -1, head[at + 1] if at + 1 < len(head) else -1
                    if goal_from is None and money_seen and len(words) == 1 and _blank_fund_row(word) \
                            and self._labelled_fund_amount_below(head, at):
                        # 债券资金 / 50 (raw text's cell after cell, or -layout's amount a line under its label): the
                        # row read as on one line (债券资金  50), its amount at /funds, not the pair noted as header text
                        amount, unit = read_amount(lines[below_at].strip())
                        fund_rows.append((i, shown_label(word), amount, unit))  # type: ignore[arg-type]
                        taken.add(below_at)
                        k += 1
                        continue
                    if (goal_from is None or self.goal_end is not None and i >= self.goal_end) and not (
                            money_seen and len(words) == 1 and _blank_fund_row(word)
                            and not (above_at not in taken and self._amount_alone(above_at))
                            and not self._amount_alone(below_at)):
                        skipped.append((i, word, col))
                    k += 1
                    continue
                key, inline = found
                fiscal_block = fiscal_block or key in ("fiscal", "fund_source", "scale")
                money_seen = money_seen or fiscal_block or key in ("total", "other")
                values: list[str] = [inline] if inline else []
                label_at = k
                k += 1
                value_end = end
                while k < len(words) and (PDF_TEXT_LABELS.header(words[k][0]) is None
                                          or key == "goal" and not values and _opens_goal(words[k][0])):
                    # A label the format has no field for (项目负责人：张三) ends the value; the
                    # goal's text may hold colons of its own ("目标1：") and open with 实施期限：….
                    if key != "goal" and _is_unread_label(words[k][0], first=not values):
                        break
                    values.append(words[k][0])
                    value_end = words[k][2]
                    k += 1
                unread: list[str] = []
                while k < len(words) and PDF_TEXT_LABELS.header(words[k][0]) is None:
                    unread.append(words[k][0])
                    k += 1
                # 实施期限 内完成… anywhere, or 实施期限：2026年3月至11月。 on a line of the goal (after its label, at or
                # past the goal's column): a sentence, no label; before the goal, that line is the period's
                in_goal = goal_from is not None and col >= goal_from[1]
                if key == "period" and period_in_sentence(_strip_cjk_spaces(" ".join(values)), in_goal):
                    continue
                span = _span_to_line_end(lines, i, i, col)
                if unread:
                    span = Span(i + 1, col + 1, i + 1, value_end + 1)
                label = label_part(word, inline)
                if key == "scale" and _bare_level_source(values):
                    # the 资金 heading printed on a source's line (资金情况（万元）  中央  1142.40)
                    key, label, values = "fund_source", values[0], values[1:]
                elif key == "scale" and beyond_unit("".join(values)):
                    # 资金来源：财政拨款, money text with no amount: the heading has no value of its own, so no field
                    # reads it; noted with the header's text, as the workbook reader notes its cell
                    skipped.extend((i, word, col) for word, col, _end in
                                   words[label_at:label_at + 1 + len(values) - bool(inline)])
                elif key == "scale" and not values and not inline and not unread:
                    # 资金来源 | 财政拨款: a money label's word after the heading, alone, with no amount beside or under
                    # it, is the heading's text (as above), not an empty field; on its line, or (raw text, every cell
                    # on a line of its own) on the next
                    text = self._heading_money_text(head, at, words, k)
                    if text is not None:
                        skipped.extend([(i, word, col), *text])
                        if k < len(words):
                            k += 1
                        else:
                            heading_text.add(text[0][0])
                nxt = at + 1 + (wrapped_label and key == "period")  # the line after the label's (both)
                if wrapped_label and key == "period":
                    span = _span_to_line_end(lines, i, head[at + 1], col)
                if not values and not unread and k == len(words) and key not in (
                        "goal", "scale", "stamp", "medium") and nxt < len(head):
                    below = self._value_below(head[nxt], key)
                    if below is not None:
                        values = below
                        taken.add(head[nxt])
                        span = _span_to_line_end(lines, i, head[nxt], col) if nxt > at + 1 \
                            else _line_span(lines, head[nxt])
                        if key == "period" and at > 0 and head[at - 1] not in taken \
                                and (start := self._period_start_above(head[at - 1], head[nxt], values)) is not None:
                            values = [_join((start, values[0])), *values[1:]]
                            taken.add(head[at - 1])
                            span = _span_to_line_end(lines, head[at - 1], head[nxt], col)
                elif key == "period" and values and not unread and nxt < len(head) \
                        and (rest := self._period_wrapped(head[nxt], col, values[-1])) is not None:
                    values[-1] = _join((values[-1], rest))  # one value, wrapped: no space between
                    taken.add(head[nxt])
                    span = _span_to_line_end(lines, i, head[nxt], col)
                if goal_from is not None and key != "goal" and i >= goal_from[0] and col < goal_from[1] \
                        and self.goal_end is None:
                    self.goal_end = i  # a field's row under the goal's (实施期限 after it): the goal ends above
                self._header_value(key, label, values, span)
                if unread:
                    self._note_unread(key, label, " ".join(unread))
                if key == "goal":
                    goal_line = i
                    # Text after the label on its own line starts the goal ("年度总体目标 目标1：…",
                    # or "年度总体目标：目标1：…" in one fragment); else the next line does.
                    goal_from = (i, end - (len(word) - len(label))) if values else (i + 1, 0)
                    below = len(head) - at - (0 if values else 1)
                    self.goal_above = self._goal_above(head[:at], taken, i, end, below)
        self._unread_fund_rows(fund_rows)
        self._note_unread_header([(i, word, col) for i, word, col in skipped
                                  if i not in taken and i not in self.goal_above])
        if draft.project.implementer is None and draft.project.department is not None:
            draft.project.implementer = draft.project.department
            draft.spans["/project/implementer"] = draft.spans.get("/project/department", Span(1, 1, 1, 2))
            self.note("/project/implementer", "表中没有“实施单位”一栏，按主管部门填写",
                      "The table has no 实施单位 (implementing unit) field; taken to be the department")
        return goal_from

    def _labelled_fund_amount_below(self, head: list[int], at: int) -> bool:
        """On the labelled path, whether the line under a fund row's label alone (line ``head[at]``) is that row's amount:
        it holds only an amount and no other fund row's label alone follows it (债券资金 / 50 / 上年结转: whose the 50 is
        cannot be told, the pair is noted as before). An amount above the label (50 / 债券资金) is not taken: it may be
        any row's above it."""
        if at + 1 >= len(head) or not self._amount_alone(head[at + 1]):
            return False
        if at + 2 < len(head):
            after = _header_words(self.lines[head[at + 2]])
            if len(after) == 1 and PDF_TEXT_LABELS.header(after[0][0]) is None and _blank_fund_row(after[0][0]):
                return False
        return True

    def _remark_value_above(self, head: list[int], at: int, goal_line: int,
                            words: list[tuple[str, int, int]]) -> list[int]:
        """The lines above a remark's label alone on its line (``words``, line ``head[at]``) that are its value's: a
        label vertically centred beside a value wrapped over lines prints between them (……核算 / 备注 / ，县道…),
        so the value's first lines come above the label, under the goal's. As many lines as the value has below the
        label, right after each other with no blank between, right of the label and at the column of the lines
        below; never the goal's label line. Empty when the label has its text on its line or none below it, or when
        the line right above it ends a sentence (the goal's own last line)."""
        if len(words) != 1 or not _opens_remark(words):
            return []
        lines, label_end = self.lines, words[0][2]

        def indent(index: int) -> int:
            return len(lines[index]) - len(lines[index].lstrip())

        below: list[int] = []
        for index in head[at + 1:]:
            if index != (below[-1] if below else head[at]) + 1 or indent(index) <= label_end or any(
                    PDF_TEXT_LABELS.header(word) is not None for word, _start, _end in _header_words(lines[index])):
                break
            below.append(index)
        if not below:
            return []
        column = indent(below[0])
        above: list[int] = []
        for index in reversed(head[:at]):
            if len(above) == len(below) or index != (above[0] if above else head[at]) - 1 or index <= goal_line \
                    or abs(indent(index) - column) > 1:
                break
            above.insert(0, index)
        # a value's line printed above its label is cut mid-sentence (……分别核算 / 备注 / ，县道…); a line ending a
        # sentence there is the goal's own last line (……达到80%以上。 / 备注 / 另附清单), which stays the goal's
        if above and lines[above[-1]].rstrip().endswith(_SENTENCE_END):
            return []
        return above

    def _period_label_wrapped(self, words: list[tuple[str, int, int]],
                              below: int) -> list[tuple[str, int, int]] | None:
        """The words of a 实施期限 whose label wrapped in a narrow column (实施 on one line, 期限 at its column
        on the next, as LibreOffice and WPS print it), the value beside either line or wrapped over both
        (实施  2026年3月至 / 期限  2026年11月): the label joined, then the words of both lines, a period cut
        after 至 or a dash joined to the date that ends it with no space (one cell); None when the lines are no
        such label. Either half may be spaced out by the layout (实  施 / 期  限: single characters)."""
        after = _header_words(self.lines[below])
        if not words or not after or abs(words[0][1] - after[0][1]) > _LABEL_WRAP_SLACK:
            return None
        if PDF_TEXT_LABELS.header(words[0][0]) is not None or PDF_TEXT_LABELS.header(after[0][0]) is not None:
            return None
        halves = _period_label_halves(words, after)
        if halves is None:
            return None
        n_first, n_second = halves
        head = "".join(word for word, _start, _end in words[:n_first])
        tail = "".join(word for word, _start, _end in after[:n_second])
        label = (head + tail, words[0][1], max(words[n_first - 1][2], after[n_second - 1][2]))
        first, second = words[n_first:], after[n_second:]
        if len(first) == 1 and second and period_cut(first[0][0]) and period_end(second[0][0]):
            # the value's cell wrapped after 至 or a dash beside the label's: one value
            return [label, (_join((first[0][0], second[0][0])), first[0][1], second[0][2]), *second[1:]]
        return [label, *first, *second]

    def _goal_beside_medium(self, words: list[tuple[str, int, int]]) -> None:
        """Note where the 年度目标 and 中期目标 headings stand when a header line holds both: the
        goal's heading nearest the 中期 one, and not the row's label (总体目标) first on the line
        when another goal heading follows."""
        middles: dict[str, list[tuple[int, float]]] = {}
        for k, (word, start, end) in enumerate(words):
            found = PDF_TEXT_LABELS.header(word)
            if found is not None and found[0] in ("goal", "medium") and not found[1]:
                middles.setdefault(found[0], []).append((k, (start + end) / 2))
        goals, mediums = middles.get("goal", []), middles.get("medium", [])
        if len(goals) > 1:
            goals = [(k, at) for k, at in goals if k]
        if goals and mediums:
            medium = mediums[0][1]
            self.goal_beside_medium = (min((at for _k, at in goals), key=lambda at: abs(at - medium)), medium)

    def _heading_money_text(self, head: list[int], at: int, words: list[tuple[str, int, int]],
                            k: int) -> list[tuple[int, str, int]] | None:
        """The (line, word, column) of a money label's word that is the 资金 heading's text (资金来源  财政拨款), the
        heading on line ``head[at]`` before ``words[k]``: the line's last word, else (the heading alone on its line)
        the next header line's only word; a money field's label with nothing after it, and under it neither an
        amount (its value: a row of labels over a row of amounts) nor the funds block's next row (its field left
        blank: 资金规模（万元） / 年度资金总额 / 财政拨款  628). None otherwise."""
        if k < len(words):
            word_at, candidates = at, words[k:]
        elif len(words) == 1 and at + 1 < len(head):
            word_at, candidates = at + 1, _header_words(self.lines[head[at + 1]])
        else:
            return None
        if len(candidates) != 1 or (found := _money_label(candidates[0][0])) is None:
            return None
        if word_at + 1 < len(head):
            below = head[word_at + 1]
            after = _header_words(self.lines[below])
            # an amount under it is its value; a money label or a fund row's under it, the funds block's next row
            # (财政拨款  628, or a row of labels over amounts in raw text): it is the block's field left blank
            if self._value_below(below, found) is not None or after and (
                    _money_label(after[0][0]) is not None or fund_row_label(squash_label(after[0][0]))):
                return None
        word, col, _end = candidates[0]
        return [(head[word_at], word, col)]

    def _fund_labels_over_amounts(self, words: list[tuple[str, int, int]], below: int,
                                  fund_rows: list[tuple[int, str, Decimal, str | None]]) -> bool:
        """Read a 资金来源 row printed across (资金总额 | 一般公共预算 | … | 其他资金) with its amounts on
        the line below, one under each label but the heading's, in order; True when it is one."""
        keys = [PDF_TEXT_LABELS.header(word) for word, _start, _end in words]
        valued = [k for k, key in enumerate(keys) if key is None or key[0] != "scale"]
        if len(words) < 2 or any(key is not None and key[1] for key in keys) or not any(
                keys[k] is not None and keys[k][0] in ("total", "fiscal", "other", "fund_source") for k in valued):
            return False
        if any(keys[k] is None and not fund_row_label(squash_label(words[k][0])) for k in valued):
            return False
        amounts = _header_words(self.lines[below])
        if len(amounts) != len(valued) or any(read_amount(text)[0] is None for text, _start, _end in amounts):
            return False
        for k, (text, start, end) in zip(valued, amounts):
            key = keys[k]
            if key is None:
                fund_rows.append((below, shown_label(words[k][0]), *read_amount(text)))  # type: ignore[arg-type]
            else:
                self._header_value(key[0], words[k][0], [text], Span(below + 1, start + 1, below + 1, end + 1))
        return True

    def _fund_heading_between(self, words: list[tuple[str, int, int]], index: int) -> bool:
        """True when line ``index`` holds the 资金 heading alone (项目资金（万元）, 资金情况), left of the first of
        the labels ``words`` on the line above: the heading's cell is merged down over the labels' row and the
        amounts' row, and pdftotext prints it on a line between them."""
        between = _header_words(self.lines[index])
        if len(between) != 1 or not words or between[0][2] > words[0][1]:
            return False
        found = PDF_TEXT_LABELS.header(between[0][0])
        return found is not None and found[0] == "scale" and not found[1]

    def _unread_fund_rows(self, rows: list[tuple[int, str, Decimal, str | None]]) -> None:
        """Note the rows of the 资金 block whose label names no field (一般公共预算, 上年结转), as the
        workbook importer does, unless a 其中 row is a breakdown of amounts that add up."""
        funds = self.draft.funds
        rows = [(i, label, amount, unit or funds.unit) for i, label, amount, unit in rows]
        rows = [row for row in rows
                if not in_a_breakdown(funds, squash_label(row[1]), convert_amount(row[2], row[3], funds.unit))]
        if not rows:
            return
        pieces_zh = "、".join(f"第 {i + 1} 行“{label}”的 {decimal_text(amount)}{unit}"
                              for i, label, amount, unit in rows)
        pieces_en = ", ".join(f'"{label}" (line {i + 1}): {decimal_text(amount)} {unit}'
                              for i, label, amount, unit in rows)
        self.draft.spans["/funds"] = _line_span(self.lines, rows[0][0])
        self.draft.notes["/funds"] = unread_funds_note(pieces_zh, pieces_en, len(rows), workbook=False)

    def _goal_above(self, before: list[int], taken: set[int], label_line: int, label_end: int,
                    below: int) -> list[int]:
        """The goal's lines printed above its label: what pdftotext -layout gives for a label
        vertically centred (or set at the bottom) beside the goal's cell. They are the lines right
        above the label's line, with no blank line between, each holding no label, taken as no
        label's value, and indented right of the label as the cell's text is; when ``below`` lines
        of the goal start at the label's line, at most one more, as centring puts them."""
        above: list[int] = []
        line = label_line - 1
        for index in reversed(before):
            if index != line or index in taken or (below and len(above) > below):
                break
            text = self.lines[index]
            indent = len(text) - len(text.lstrip())
            if indent < label_end + 1 or units_in(text) or is_title(squash_label(text)):
                break
            words = _header_words(text)
            if any(PDF_TEXT_LABELS.header(word) is not None for word, _start, _end in words):
                break
            if len(words) > 1 and _FIGURE_ONLY.match(nfkc(words[-1][0])):
                break  # a row of the 资金 block ("政府性基金预算    30"): a label and its amount, no goal
            above.insert(0, index)
            line -= 1
        return above

    def _note_unread_header(self, skipped: list[tuple[int, str, int]]) -> None:
        """Note the header text above the goal (or under a field's row that ended it) that no label reads (a lone 2024年1月, 填报单位（盖章）：某县交通运输局),
        with its line: on each line, from the first such fragment to the last (项目负责人  王五  联系电话  0854-…),
        lines in a row joined as one cell wrapped (填报单位：某县人 / 力资源和社会保障 / 局); unless it is only what a
        template always prints there (template_blank), a year mark, a page's furniture or a title wrapped over
        lines. The span is the first such text's."""
        project = self.draft.project
        kept: list[tuple[int, str, int]] = []
        valued: set[int] = set()  # lines whose rest is the value of a contact or footer label on them
        glued: list[tuple[int, str, int]] = []  # a remark glued to a contact's value (手机：139…；备注：…) on its own
        for i, word, col in skipped:
            for piece in split_glued_remarks(word):
                glued.append((i, piece, col))
                col += len(piece)
        for i, word, col in glued:
            if i in valued:
                if not is_remark(word):
                    continue
                valued.discard(i)  # 联系电话：0371-…  备注：…: the remark is no longer the phone's
            if opens_unread_value(word):
                valued.add(i)
            # a remark's label is kept even alone (备注：  资金已下达 prints its text as a word of its own): the line's
            # text is judged whole below, where a remark's label with nothing after it is a template's blank
            if (is_remark(word) or not header_noise(word, project)) and year_mark(word) is None \
                    and not is_marker(squash_label(word)) and not is_page_number(word):
                kept.append((i, word, col))
        by_line: dict[int, tuple[int, int]] = {}  # line → (first column, last end) of its unread text
        for i, word, col in kept:
            end = _printed_end(self.lines[i], col, word)
            first, last = by_line.get(i, (col, end))
            by_line[i] = (min(first, col), max(last, end))
        runs: list[list[int]] = []
        for i in sorted(by_line):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        pieces: list[tuple[int, str]] = []
        for run in runs:
            text = "".join(" ".join(self.lines[i][by_line[i][0]:by_line[i][1]].split()) for i in run)
            if not is_title(squash_label(_strip_cjk_spaces(text))) and not header_noise(text, project):
                pieces.append((run[0], text))
        if not pieces:
            return
        first = pieces[0][0]
        self.draft.spans.setdefault("/project", Span(first + 1, by_line[first][0] + 1, first + 1, by_line[first][1] + 1))
        self.draft.notes["/project"] = unread_header_note(
            [f"第 {i + 1} 行的{quote_zh(text)}" for i, text in pieces],
            [f"{quote_en(text)} (line {i + 1})" for i, text in pieces], self.draft.notes.get("/project"))

    def _note_unread(self, key: str, label: str, unread: str) -> None:
        """Say at the field ``key`` (printed as ``label``) that ``unread``, printed after its value on
        its line under a label the format has no field for, was not read."""
        if key in ("total", "fiscal", "other"):
            pointer = f"/funds/{key}"
        elif key in ("scale", "fund_source", "stamp", "medium"):
            pointer = "/funds" if key in ("scale", "fund_source") else "/project"
        else:
            pointer = f"/project/{key}"
        before = self.draft.notes.get(pointer)
        # quoted as the header note quotes (cut at QUOTE_MAX characters): a note says what was left, not all of it
        zh = f"同一行在“{label}”之后还有{quote_zh(unread)}，绩效目标表没有这一栏，未读取"
        en = (f'The line also holds {quote_en(unread)} after "{label}", under a label the target table has no field '
              "for; not read")
        if before is not None:  # one note per field: keep what was said before
            zh, en = f"{before.message_zh}；{zh}", f"{before.message_en}; {en}"
        self.note(pointer, zh, en)

    def _value_below(self, index: int, key: str) -> list[str] | None:
        """The fragments of line ``index`` as the value of the label ``key`` on the line above,
        unless the line holds a label itself (the label above then has no value), names the
        unit, or is no amount where the label is one's (the goal's first line may come next)."""
        line = self.lines[index]
        words = _header_words(line)
        if not words or any(PDF_TEXT_LABELS.header(word) is not None for word, _start, _end in words):
            return None
        if _is_unread_label(words[0][0], first=True):  # 项目负责人：张三 is no value of the label above
            return None
        if key == "period" and _COLON_LABEL.match(nfkc(words[0][0]).strip()):
            return None  # 说明：本项目为续建 is a line of its own under a blank 实施期限, not its period
        if units_in(line) or is_title(squash_label(line)):
            return None
        if key in ("total", "fiscal", "other", "fund_source") and read_amount(line.strip())[0] is None:
            return None
        return [word for word, _start, _end in words]

    def _period_wrapped(self, index: int, label_col: int, value: str) -> str | None:
        """The end of a period wrapped onto line ``index`` (项目期限  2026年3月至 / 2027年6月): the line's one
        fragment, indented past the label, when it is the rest of the period on the label's line (its end
        after 至, 到 or a dash; 至 and the end, 2026年1月 / 至2026年12月; the rest of a date cut after its
        figures, 2026年1月至2026 / 年12月): not the first line of a goal printed above its label."""
        words = _header_words(self.lines[index])
        if len(words) != 1 or words[0][1] <= label_col:
            return None
        word = words[0][0]
        return word if period_goes_on(value, word) else None

    def _period_start_above(self, above: int, below: int, values: list[str]) -> str | None:
        """The start of a period wrapped around its label (2024年1月至 / 实施期限 / 今年底: the label vertically
        centred in its row, the value's two lines printed above and below it): line ``above``'s one fragment,
        at the column of the value on line ``below``, when the value there goes on from it (it ends after 至, 到
        or a dash, or is a date cut short). None otherwise: a line of its own above is not part of the period."""
        over, under = _header_words(self.lines[above]), _header_words(self.lines[below])
        if len(over) != 1 or not under or abs(over[0][1] - under[0][1]) > _LABEL_WRAP_SLACK:
            return None
        word = over[0][0]
        if PDF_TEXT_LABELS.header(word) is not None or not period_goes_on(word, values[0]):
            return None
        return word

    def _header_value(self, key: str, label: str, values: list[str], span: Span) -> None:
        """Take the value of header field ``key`` from the fragments ``values`` after its label
        (``label``: the label's fragment without a value printed after its colon)."""
        draft = self.draft
        project = draft.project
        text = _strip_cjk_spaces(" ".join(values)).strip() if values else ""
        if key in ("stamp", "scale", "goal", "medium"):
            return
        if key in ("total", "fiscal", "other", "fund_source"):
            set_amount(draft, key, label, values[0] if values else None, span, shown=text)
            return
        if key == "year":
            year = year_in(text)
            if year is not None:
                project.year = year
                draft.spans["/project/year"] = span
            return
        if not text and key == "period" and project.period is None:
            draft.notes.setdefault("/project/period", missing_period_note())
            draft.spans.setdefault("/project/period", span)
            return
        if not text or set_source_or_framework(draft, key, text, span):
            return
        if key == "attribute":
            take_attribute(draft, text, span)
            return
        if key == "region":
            # A labelled region says it better than the one read from the title.
            project.region = text
            draft.spans["/project/region"] = span
            return
        if key == "department":
            if project.department is not None:
                return
            project.department = without_code(values[0])
            draft.spans["/project/department"] = span
            if len(values) > 1:
                rest = " ".join(values[1:])
                self.note("/project/department", "同一行还有“%s”，未计入主管部门" % rest,
                          'The same line also holds "%s", which was not taken into the department' % rest)
            return
        if key == "period":
            text = period_value(text)  # 2026年1月至2026年12月。 without its 。
        if getattr(project, key) is None:
            setattr(project, key, without_code(text) if key == "implementer" else text)
            draft.spans[f"/project/{key}"] = span
            if key == "period" and (note := unread_period_note(text, open_end_note(text))) is not None:
                self.note("/project/period", note.message_zh, note.message_en)  # 2024年1月至今: no end made up


def _money_label(word: str) -> str | None:
    """The key of an amount's field whose label ``word`` is, with no value in it (财政拨款, 其他资金, 中央资金), else
    None."""
    found = PDF_TEXT_LABELS.header(word)
    return found[0] if found is not None and not found[1] and found[0] in MONEY_KEYS else None



# A fund row's label as a template prints it (其中：债券资金, 上年结转, 其他资金): on the plain path, where every cell is
# printed at the left margin, only such a short label alone on its line under the amounts is taken for a blank row, not
# a goal's short first line (确保专项资金按时拨付)
_BLANK_FUND_ROW = lazy_pattern(r"^(?:其中:.{1,10}|.{0,4}(?:资金|资本|结转|结余|债券|拨款|基金|自筹|收入))$")


def _blank_fund_row(word: str) -> bool:
    """Whether ``word``, alone on its line, is a fund row's label as a template prints it (其中：债券资金, 上年结转),
    its amount left blank; not a remark (备注：…) nor a sentence naming money (本项目含上年结转资金30万元)."""
    squashed = squash_label(word)
    return _BLANK_FUND_ROW.match(squashed) is not None and fund_row_label(squashed) and not is_remark(word)


# how far (in columns) the second line of a wrapped label may start from the first's
_LABEL_WRAP_SLACK = 2
# the most characters of a wrapped label's half spaced out one by one (实  施 / 期  限, 实  施  期 / 限)
_SPACED_HALF_MAX = 3
_ONE_CJK = re.compile(r"[\u4e00-\u9fff]")


def _spaced_run(words: list[tuple[str, int, int]]) -> int:
    """How many of the first words are single Chinese characters (a label spaced out), at most
    _SPACED_HALF_MAX; 1 when the first word is longer (a half printed whole)."""
    n = 0
    while n < min(len(words), _SPACED_HALF_MAX) and _ONE_CJK.fullmatch(words[n][0]):
        n += 1
    return max(n, 1)


def _period_label_halves(first: list[tuple[str, int, int]],
                         second: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """How many words of each line spell a period label together (实施 / 期限: 1 and 1; 实  施 / 期  限: 2 and
    2), the longest halves first; None when none do. A spaced half is its leading single characters, so a
    value beside it (实  施  自  2026年3月) is not taken into the label unless the label needs it."""
    for n_first in range(_spaced_run(first), 0, -1):
        head = "".join(word for word, _start, _end in first[:n_first])
        for n_second in range(_spaced_run(second), 0, -1):
            tail = "".join(word for word, _start, _end in second[:n_second])
            if PDF_TEXT_LABELS.header(head + tail) == ("period", ""):
                return n_first, n_second
    return None

# Header labels the target format has no field for, printed beside the fields it reads (项目负责人
# 张三, 执行期限 2023年1月-12月): they end the value before them, and are not read (项目期限, 实施期限,
# 建设期限, 项目周期, 实施周期 and 起止年限 are header labels of project.period, found before these)
_UNREAD_LABEL = re.compile(
    r"^(?:项目)?(?:负责人|联系人|联系电话|联系方式|办公电话|电话|手机|(?:实施|建设|执行)?(?:期限|周期)"
    r"|起止(?:时间|年限|日期)|(?:实施|建设)?地点|(?:申报|填报)日期)(?:姓名)?(?::.*)?$")
# Any short label before a colon ("负责处室：办公室") after the value's first fragment.
_COLON_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}:")


def _is_unread_label(fragment: str, first: bool) -> bool:
    """True when ``fragment`` is a header label the format has no field for: one of the usual
    ones (项目负责人, 联系电话, 项目期限 …, bare or before a colon), or, when it is not the first
    fragment of a value (``first``), any short label before a colon."""
    text = nfkc(fragment).strip()
    return _UNREAD_LABEL.match(text) is not None or (not first and _COLON_LABEL.match(text) is not None)


def _opens_goal(fragment: str) -> bool:
    """True for a period label with its value after a colon (实施期限：2024年1月至12月。…) right of the goal's label
    on its line: the goal's cell opening with the period, as the workbook reader reads that cell, not a field."""
    found = PDF_TEXT_LABELS.header(fragment)
    return found is not None and found[0] == "period" and bool(found[1])


def _is_footer(fragment: str) -> bool:
    """True for "填报人：张三", "注：1.…" or a bare "联系电话" starting a line (the label alone or
    before a colon: running text may start a name with the same word, "负责人员培训覆盖率")."""
    return PDF_TEXT_LABELS.footer(fragment) is not None


def _bare_level_source(fragments: list[str]) -> bool:
    """Whether ``fragments`` are a level of government alone and an amount (中央  1142.40): a label of
    a fiscal source in a workbook's cell, but in PDF text only where the 资金 block makes it one."""
    return (len(fragments) == 2 and PDF_TEXT_LABELS.header(fragments[0]) is None
            and WORKBOOK_LABELS.header(fragments[0]) == ("fund_source", "") and read_amount(fragments[1])[0] is not None)


# A header line's words, by its text: the header reader asks up to nine questions of one line (does it open with the
# name's label, a contact's, is it a fund row, a wrapped label …), each of which needs its words; they are cut once.
# Bounded, and emptied whole when full: a bulk review reads thousands of tables, whose lines seldom repeat.
_WORDS_SEEN: dict[str, tuple[tuple[str, int, int], ...]] = {}
_WORDS_SEEN_MAX = 4096


def _header_words(line: str) -> list[tuple[str, int, int]]:
    """The fragments of a header line, each with its start and end column; a label printed with
    spaces between its characters ("项 目 名 称", "主 管 部 门：") is one fragment again. A new list each
    call (callers may change it); the line is cut once."""
    words = _WORDS_SEEN.get(line)
    if words is None:
        if len(_WORDS_SEEN) >= _WORDS_SEEN_MAX:
            _WORDS_SEEN.clear()
        words = _WORDS_SEEN[line] = tuple(_cut_header_words(line))
    return list(words)


def _cut_header_words(line: str) -> list[tuple[str, int, int]]:
    """The work of _header_words: ``line`` cut into fragments, spaced-out labels joined again."""
    found = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(line)]
    words: list[tuple[str, int, int]] = []
    k = 0
    while k < len(found):
        merged = None
        if len(found[k][0]) == 1:
            # Longest run of single characters (the last fragment may carry a colon, a bracket
            # or an inline value) that spells a label.
            run = k + 1
            while run < len(found) and run - k < _SPACED_LABEL_MAX and len(found[run - 1][0]) == 1:
                run += 1
            for stop in range(run, k + 1, -1):
                joined = "".join(text for text, _start, _end in found[k:stop])
                # a remark's or a contact's label spaced out (备 注：…, 说 明：…, 联 系 人：…) only where a label stands,
                # first on its line: the goal's words are never spaced so, and mid-line single characters are a
                # sentence's
                if PDF_TEXT_LABELS.header(joined) is not None or not k and _spaced_remark_or_contact(
                        joined, stop == len(found)):
                    merged = (joined, found[k][1], found[stop - 1][2]), stop
                    break
        if merged is None:
            words.append(found[k])
            k += 1
        else:
            words.append(merged[0])
            k = merged[1]
    return words


def _spaced_remark_or_contact(joined: str, whole_line: bool) -> bool:
    """Whether single characters spaced out first on a line, ``joined``, spell a remark's or a contact's label: with its
    colon (备 注：…, 联 系 人：王五), or bare when they are the ``whole_line`` (备  注); not the first characters of a
    spaced-out sentence (说 明 书 编 印 …, whose 说明 is no label without its colon)."""
    return (whole_line or ":" in nfkc(joined)) and (is_remark(joined) or is_contact_label(joined))


def _opens_remark(words: list[tuple[str, int, int]]) -> bool:
    """Whether a header line (its ``words``) opens with a remark's label (备注：…, 说明：, a bare 注): not a single
    character followed by more single characters (注 重 实 效: a sentence spaced out, no 注 label)."""
    return bool(words) and is_remark(words[0][0]) and not (
        len(words[0][0]) == 1 and len(words) > 1 and _ONE_CJK.fullmatch(words[1][0]) is not None)


def _printed_end(line: str, col: int, word: str) -> int:
    """The column after ``word`` as printed on ``line`` from ``col``: a label spaced out (备 注：…) is one word joined
    without its spaces, so its printed end lies past ``col + len(word)``."""
    left = sum(not char.isspace() for char in word)
    end = col
    while end < len(line) and left > 0:
        left -= not line[end].isspace()
        end += 1
    return max(end, col + len(word)) if left else end


def _opens_contact_line(words: list[tuple[str, int, int]]) -> bool:
    """Whether a header line (its ``words``) opens with a contact's or a person's label (联系人：王五, 项目负责人  张三,
    填报人：): a contact line, which ends the goal on both the labelled and the plain path."""
    return bool(words) and is_contact_label(words[0][0])


def _starts_with_name_label(line: str) -> bool:
    """True for a line of the labelled layout that starts with 项目名称 (value after it or inline),
    also when spaced out ("项 目 名 称")."""
    words = _header_words(line)
    found = PDF_TEXT_LABELS.header(words[0][0]) if words else None
    return found is not None and found[0] == "name"


def _fill_from_batch(drafts: list[Draft]) -> None:
    """Year and region missing from one title: take the batch's (tables published together)."""
    years = Counter(d.project.year for d in drafts if d.project.year is not None)
    regions = Counter(d.project.region for d in drafts if d.project.region is not None)
    for draft in drafts:
        if draft.project.year is None and years:
            year = years.most_common(1)[0][0]
            draft.project.year = year
            draft.notes["/project/year"] = Note(f"本表标题没有年度，按同一文件中其他表的年度 {year} 填写",
                                                f"The table's title has no year; took {year} from the other "
                                                "tables in the file")
        if draft.project.region is None and regions:
            region = regions.most_common(1)[0][0]
            draft.project.region = region
            draft.notes["/project/region"] = Note(f"本表没有写明地区，按同一文件中其他表的地区“{region}”填写",
                                                  f'The table names no region; took "{region}" from the '
                                                  "other tables in the file")


# Header labels printed one under another, each alone on its line, this many in a row: the
# grid came out column by column (pdftotext without -layout on a PDF printed from a
# spreadsheet), labels first and values after them. A label/value form printed with its value
# on the next line alternates the two; a few empty fields in a row (项目编码, 预算年度) stay
# well under this.
_COLUMN_WISE_LABELS = 6
_COLUMN_WISE_VALUES = 2  # value lines after the labels, before the next label


def _column_wise(lines: list[str], start: int, end: int) -> int | None:
    """The line where the header labels start, when the table's text came out column by column;
    None otherwise.

    Column by column means: no header label has a value beside it on its line (-layout text and
    copied rows keep them together); 项目名称 starts a run of value-less labels naming at least
    ``_COLUMN_WISE_LABELS`` fields; and lines that are no label follow the run (the values, after
    their labels). An unfinished table whose fields are all empty has the run but no values.
    """
    run_start: int | None = None
    fields: set[str] = set()
    values = 0  # lines after a long enough run, up to the next label
    for i in range(start, end):
        if not lines[i].strip():
            continue
        words = _header_words(lines[i])
        label = PDF_TEXT_LABELS.header(words[0][0]) if words else None
        if label is not None and (len(words) > 1 or label[1].strip()):
            return None  # a label with its value on its line
        long_enough = len(fields) >= _COLUMN_WISE_LABELS
        if label is None:
            if long_enough:
                values += 1
            else:
                run_start, fields = None, set()
            continue
        if long_enough and values:
            break  # the next label (年度总体目标 …): the values are behind
        if run_start is None and label[0] == "name":
            run_start = i
        if run_start is not None:
            fields.add(label[0])
    if run_start is not None and len(fields) >= _COLUMN_WISE_LABELS and values >= _COLUMN_WISE_VALUES:
        return run_start
    return None


# Columns whose cells PDF text prints among the names and values with nothing to tell them apart
# ("人", "定量", "20"), unless the text is laid out (pdftotext -layout) and they stand at their columns.
_UNPLACEABLE_COLUMNS = frozenset({"unit", "nature", "weight", "note", "op", "direction"})


def _grid_cell_by_cell(lines: list[str], start: int, end: int) -> int | None:
    """The line of the grid's first column heading when the grid came out one cell per line (plain
    pdftotext: 一级指标, 二级指标 … 计量单位, 指标性质 each on a line of its own) and has a column
    beside the value (计量单位, 指标性质, 权重 …); None otherwise.

    The cells of such a column ("人", "定量") come out between the names and values, with nothing
    to tell them apart, and a wrapped name's lines on either side of its row's other cells; the
    grid cannot be read. A grid of the four columns only reads so (the seed's text is such), and
    headings on one line are the laid-out grid or a copied row, read as they are.
    """
    run: list[str] = []
    run_start = 0
    for i in range(start, end + 1):
        text = lines[i].strip() if i < end else ""
        field = None
        if text and len(_WORD.findall(text)) == 1:
            # A bare 备注 or 单位 is a heading in a run of headings (not the end of a wrapped name).
            field = PDF_TEXT_LABELS.column(text) or (WORKBOOK_LABELS.column(text) if run else None)
        if field is not None:
            if not run:
                run_start = i
            run.append(field)
            continue
        if len(run) >= 3 and "value" in run and _UNPLACEABLE_COLUMNS & set(run):
            return run_start
        run = []
    return None


def _grid_column_by_column(lines: list[str], start: int, end: int) -> int | None:
    """The line of the grid's first column heading when the grid came out column by column (plain
    pdftotext of a spreadsheet's PDF: each column's heading on a line of its own, its cells under
    it, the next column's heading further down) and has a column beside the value (计量单位,
    指标性质 …); None otherwise.

    Which 指标值 and which 计量单位 belong to which name then cannot be told (an empty cell prints
    nothing). A heading line that holds two headings or more (-layout text, a copied row) is read
    as it is, and so is a grid of the four columns only.
    """
    found: list[tuple[int, str]] = []
    for i in range(start, end):
        words = _WORD.findall(lines[i])
        fields = [PDF_TEXT_LABELS.column(word) for word in words]
        if sum(field is not None for field in fields) > 1:
            return None  # the headings on one line: the grid's rows were kept
        if len(words) == 1 and fields[0] is not None:
            found.append((i, fields[0]))
    columns = {field for _i, field in found}
    if {"l3", "value"} <= columns and _UNPLACEABLE_COLUMNS & columns:
        return found[0][0]
    return None


# Extractions no table can be read from: (detector, why and what to do in Chinese, in English).
_UNREADABLE_EXTRACTIONS = (
    (_column_wise,
     "这段文本中的表格是按列提取的（项目名称、项目编码、主管部门等标签连续排在一起，取值另在后面），"
     "无法确定每个取值属于哪一栏，没有从中读取表格。请用 pdftotext -layout 重新提取 PDF 的文本"
     "（保持原版式），或在 PDF 阅读器中按行复制表格。",
     "The table in this text came out column by column (the labels 项目名称, 项目编码, 主管部门 … "
     "one after another, their values further down), so which value belongs to which field "
     "cannot be told; no table was read from it. Extract the PDF's text again with "
     "pdftotext -layout (keeping the layout), or copy the table row by row from a PDF viewer."),
    (_grid_cell_by_cell,
     "这段文本中的指标表格是逐格提取的（一级指标、二级指标……计量单位、指标性质等列标题各占一行），"
     "计量单位、指标性质等栏的内容夹在指标名称和指标值之间，无法分辨哪一段属于哪一栏，没有从中读取表格。"
     "请用 pdftotext -layout 重新提取 PDF 的文本（保持原版式），或直接检查表格原件（如 .xlsx 工作簿）。",
     "The indicator grid in this text came out one cell per line (the headings 一级指标, 二级指标 … "
     "计量单位, 指标性质 each on a line of its own), so the cells of columns such as 计量单位 and "
     "指标性质 stand among the names and values and which text belongs to which column cannot be "
     "told; no table was read from it. Extract the PDF's text again with pdftotext -layout (keeping "
     "the layout), or check the original table (such as the .xlsx workbook) itself."),
    (_grid_column_by_column,
     "这段文本中的指标表格是按列提取的（三级指标、指标值、计量单位等列各自连成一段，标题在前、内容在后），"
     "空白的单元格不占行，无法确定每个指标值、计量单位等属于哪一行指标，没有从中读取表格。"
     "请用 pdftotext -layout 重新提取 PDF 的文本（保持原版式），或直接检查表格原件（如 .xlsx 工作簿）。",
     "The indicator grid in this text came out column by column (the cells of 三级指标, 指标值, 计量单位 … "
     "each in a run of lines under their heading), and an empty cell prints nothing, so which value or unit "
     "belongs to which indicator cannot be told; no table was read from it. Extract the PDF's text again "
     "with pdftotext -layout (keeping the layout), or check the original table (such as the .xlsx "
     "workbook) itself."),
)


_UNPLACED_ZH = ("这张表的指标表格无法按行对齐（同一行读到了几个比较符号、指标性质或权重，几行指标挤在了一起），"
                "为免读错，没有读取这张表。请直接检查这张表的 Excel 工作簿（.xlsx），"
                "或用 ggtlint export --blank 导出空白表，对照 PDF 逐行填写后再检查。")
_UNPLACED_EN = ("The rows of this table's indicator grid cannot be placed line by line (one row took several "
                "operators, natures or weights: several indicators ran together), so the table was not read "
                "rather than read wrong. Check the table's Excel workbook (.xlsx) itself, or export a blank "
                "table with ggtlint export --blank, fill it in from the PDF row by row and check that.")


def _collapsed_row(rows: list[_LaidRow]) -> int | None:
    """The first line of a row that holds the cells of several rows, else None: an operator
    (≥, ＝), a 定量/定性 or a bare weight never wraps, so two of them on two lines of one row mean
    its value and name lines were paired wrong (values placed in another column, or not printed)."""
    for row in rows:
        for field, toks in row.side.items():
            whole = {t.line for t in toks if field == "op" or (field in ("nature", "weight") and (
                is_operator_only(t.text) or nfkc(t.text) in ("定量", "定性") or _FIGURE_ONLY.match(nfkc(t.text))))}
            if len(whole) > 1:
                return row.band[0]
    return None


def read_text(text: str, shown: str) -> ImportResult:
    """Every table in the text of a published PDF."""
    lines = _without_furniture(text.splitlines())
    result = ImportResult(path=shown, kind="text", text=text)
    chunks = _chunks(lines)
    # One extraction made the whole text: when a table of it came out column by column, or its grid
    # cell by cell with columns beside the value, which text belongs to which field cannot be told
    # (an empty cell prints nothing), and the other tables came out the same way; tables rebuilt
    # from it would only give false findings, so none is, and the text is refused once.
    for start, end in chunks:
        for detect, zh, en in _UNREADABLE_EXTRACTIONS:
            at = detect(lines, start, end)
            if at is not None:
                result.problems.append(Problem("LOAD004", zh, en, line=at + 1))
                return result
    drafts: list[Draft] = []
    for start, end in chunks:
        chunk = _Chunk(lines, start, end, shown)
        draft = chunk.parse()
        if draft is not None:
            drafts.append(draft)
        elif chunk.refused is not None:
            result.problems.append(Problem("LOAD004", _UNPLACED_ZH, _UNPLACED_EN, line=chunk.refused + 1))
    _fill_from_batch(drafts)
    for index, draft in enumerate(drafts):
        result.tables.append(assemble(draft, shown, index))
    if not drafts and not result.problems:
        result.problems.append(Problem(
            "LOAD004",
            "文本中没有找到绩效目标表（没有“项目名称”、一级/二级指标等表格内容）。",
            "No performance target table found in the text (no project name or indicator categories)."))
    return result

"""The one label vocabulary of both importers, and how label text is compared.

:data:`LABELS` is the single table of the labels a target table prints: the header fields
(项目名称, 主管部门, 年度资金总额 …), the column headings of the indicator grid (一级指标 …
指标值, 计量单位, 权重 …), the section titles of PDF text and the footer. The workbook importer
(:mod:`ggtlint.importers.xlsx`) and the PDF-text importer (:mod:`ggtlint.importers.pdftext`)
both read it, through :data:`WORKBOOK_LABELS` and :data:`PDF_TEXT_LABELS`.

A spelling is read from both sources unless its entry says otherwise, with the reason. A
workbook cell bounds its text, so a cell that holds just "单位" is the unit column; PDF text has
lost the cells, and the same word may be the wrapped end of a name ("参保\\n单位") — such bare
words are workbook-only. The other way round, a bare "绩效目标" names the goal in a workbook
but is the section title over goal and indicators in PDF text.

Labels come with full-width letters and colons, stray spaces from PDF extraction and a leading
``*`` marking required cells; :func:`squash_label` removes all of that before comparing, so one
spelling matches every way of printing it. The fund-source labels (中央资金, 其中：省级财政资金 …)
are read here too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "HEADER", "GRID", "SECTION", "FOOTER", "WORKBOOK", "PDF_TEXT", "LABELS", "Label", "Vocabulary",
    "WORKBOOK_LABELS", "PDF_TEXT_LABELS", "UNIT_IN_BRACKETS", "UNIT_TEXT", "MONEY_KEYS",
    "beyond_unit", "fund_source_name", "is_marker", "is_title", "label_part", "nfkc", "period_cut", "period_end", "period_goes_on", "period_in_sentence",
    "period_shaped", "period_value", "shown_label", "squash_label",
    "without_item_number",
]

# Parts of a table a label belongs to.
HEADER = "header"    # a label beside (or above) its value: 项目名称 | 职业技能提升行动
GRID = "grid"        # a column heading of the indicator grid: 一级指标 | 二级指标 | 三级指标 | 指标值
SECTION = "section"  # a title over a part of the table, with no value of its own
FOOTER = "footer"    # what a form prints below the grid (填报人：…); alone or before a colon

# The fields of an amount (资金总额, 财政拨款, 其他资金, 中央资金): after the 资金 heading with no amount beside or under
# it, their label's word is the heading's money text (资金来源 | 财政拨款), in both readers
MONEY_KEYS = frozenset({"total", "fiscal", "other", "fund_source"})

# Where a label is read.
WORKBOOK = "workbook"  # a whole workbook cell
PDF_TEXT = "pdf_text"  # one or more fragments of text extracted from a PDF

# The levels of government a fiscal fund source is named after, longest first where one name begins
# another (省级 before 省): 县本级资金, 市县配套资金 and 上级补助资金 are sources as much as 中央资金 is,
# and so is a township's own (乡级资金, 镇级配套资金).
FUND_PREFIX = "市县|省本级|市本级|州本级|县本级|区本级|本级|上级|中央|省级|省|市级|市|州级|州|县级|县|区级|区|乡镇级|乡级|镇级"
# The levels that name a fiscal source by themselves in a workbook cell (中央, 县级): not the bare
# 省, 市, 县, which are ends of place names.
_FUND_LEVEL = "省本级|市本级|州本级|县本级|区本级|中央|省级|市级|州级|县级|区级"
# The number a form puts before a fund row, on NFKC text: 1.中央资金, 1、, （1）省级资金, ①县级资金
# (① is 1 once NFKC'd), 一、, （一）.
_ITEM_NUMBER = r"(?:\d{1,2}[.、]?|\((?:\d{1,2}|[一二三四五六七八九十])\)|[一二三四五六七八九十]、)"
_FUND_SOURCE_NAME = re.compile(rf"^(?:其中:?)?{_ITEM_NUMBER}?({FUND_PREFIX})")
_LEADING_ITEM_NUMBER = re.compile(rf"^{_ITEM_NUMBER}")
_SPACES = re.compile(r"\s+")
# More characters than any label before an inline value has, spaces included ("其中：市级补助资金（万元）：").
_LONGEST_LABEL = 40

#: "单位：元", "金额单位: 万元" (on NFKC text): the unit of a table's amounts. Neither a longer
#: label ("填报单位：") nor a name starting with 元 ("填报单位：元谋县…", 元阳, 元江) is one.
UNIT_TEXT = re.compile(r"(?<!填报|申报|实施|编制|主管|预算|责任|建设|使用)(?:金额|资金)?单位\s*:\s*(万元|元)"
                       r"(?![\u3400-\u9fff])")
#: "资金规模（万元）" (on NFKC text): a unit in brackets after an amount label.
UNIT_IN_BRACKETS = re.compile(r"\(\s*(万元|元)\s*\)")
# What is printed above a table (on squashed text): the number of the attachment (附表7, 附件2：,
# 附件 ２, 附件三) and the title, ending 绩效目标表, 绩效目标申报表, 绩效目标批复表 …
_MARKER = re.compile(r"^附[表件][\d一二三四五六七八九十]+(?:[-—–之][\d一二三四五六七八九十]+)?$")  # 附表7-2 too
# "…表（2024年度）" too, a sheet's tables numbered "…表（一）", "…表之二", and a title with its
# project or sheet in brackets after it, "…表（农村低保）" (not "…表（单位：万元）", the unit's line)
_TITLE = re.compile(r"绩效目标.{0,6}表(?:\((?:19|20)\d{2}年度?\))?"
                    r"(?:\([^():]{1,20}\)|之[一二三四五六七八九十\d]{1,3})?$")


@dataclass(frozen=True, slots=True)
class Label:
    """One field and the spellings that name it.

    ``spellings`` are regular expressions, each matched against the whole squashed label (see
    :func:`squash_label`: NFKC, so brackets and colons are ASCII; no spaces). An ``amount``
    label may also be printed after "其中：" and before "（万元）" or "（元）". ``sources`` narrows
    where the spellings are read; ``why`` says why, and must be given when it does.
    """

    field: str
    part: str
    spellings: tuple[str, ...]
    amount: bool = False
    sources: tuple[str, ...] = (WORKBOOK, PDF_TEXT)
    why: str = ""


# Bare words that name a grid column only when they fill a workbook cell by themselves.
_CELL_ONLY = ("in PDF text a bare common word may be a fragment of a wrapped name (参保\\n单位) "
              "or the start of a line of text (说明：…), so only a workbook cell makes it a heading")

LABELS: tuple[Label, ...] = (
    # -- header fields ------------------------------------------------------------------------
    Label("name", HEADER, ("项目名称",)),
    Label("code", HEADER, ("项目(?:编码|代码|编号)",)),
    Label("category", HEADER, ("项目类别",)),
    # 项目属性 mostly holds 新增项目 / 延续项目, sometimes the category: read by what it says (see
    # ggtlint.importers.take_attribute); 项目类型 holds either as well
    Label("attribute", HEADER, ("项目(?:属性|类型)",)),
    # 实施期限: the project's period, kept as written (a start and an end in cells of its row joined, see the
    # workbook importer);
    # 建设期限, 实施周期 and 起止年限 as templates print it (not 建设周期: a works' 时效 indicator's name)
    Label("period", HEADER, ("(?:实施|项目|建设)期限", "(?:项目|实施)周期", "起止年限")),
    Label("year", HEADER, ("(?:预算|项目)年度",)),
    # 主管部门 with the level of government before it: 州级主管部门, 县主管部门.
    Label("department", HEADER, (r"(?:\S{0,3}级|县|市|州|省)?主管部门(?:及代码|名称)?",)),
    Label("implementer", HEADER, ("(?:项目)?实施单位(?:名称)?",)),
    Label("region", HEADER, ("(?:所属)?地区", "行政区划")),
    Label("framework", HEADER, ("指标体系",)),
    Label("source", HEADER, ("来源说明",)),
    # The heading over the amount rows; it carries at most the unit, never a value.
    Label("scale", HEADER, ("资金规模", "资金情况", "项目资金", "资金来源"), amount=True),
    Label("total", HEADER, ("(?:年度)?(?:资金总额|资金合计|总额)",), amount=True),
    Label("fiscal", HEADER, ("财政拨款(?:资金)?", "财政资金"), amount=True),
    Label("other", HEADER, ("其他资金",), amount=True),
    # 中央资金, 省级财政资金, 市级补助资金, 县拨款: one fiscal source each (see fund_source_name).
    # … and 县级配套资金, 中央预算内投资, 中央财政 (no 资金 after it), 县级配套 beside 中央补助, 省级补助
    Label("fund_source", HEADER, (rf"(?:{FUND_PREFIX})(?:财政(?:资金|补助资金|补助|配套(?:资金)?|专项资金|拨款)?|资金|补助资金|补助"
                                  rf"|配套(?:资金)?|自筹(?:资金)?|专项资金|转移支付(?:资金)?|拨款|预算内投资|安排(?:资金)?)",),
          amount=True),
    # A bare level over or beside its amount ("其中：中央 | 640", a 资金来源 row 中央 | 省级 | 县级).
    Label("fund_source", HEADER, (_FUND_LEVEL,), amount=True, sources=(WORKBOOK,),
          why="in PDF text a bare 中央 or 县级 may be a fragment of a wrapped name or goal; a workbook "
              "cell holding just the level, with an amount beside it, is a fiscal source"),
    # "年度目标（2024年）" beside "中期目标（2024-2026年）" carries its year in brackets, as the latter does.
    Label("goal", HEADER, (r"年度(?:总体|绩效)?目标(?:\(.*\))?", "总体目标")),
    Label("goal", HEADER, ("绩效目标",), sources=(WORKBOOK,),
          why="in PDF text a bare 绩效目标 is the section title over goal and indicators (see "
              "SECTION below): the goal's own label there is 年度总体目标"),
    # Where the form is stamped; it carries no value.
    Label("stamp", HEADER, (r"单位\(盖章\)",)),
    # The 财预〔2015〕88号 申报表 heads its medium-term goal beside the annual one (年度目标); an
    # annual table reads only the latter, so this heading carries no value either.
    Label("medium", HEADER, (r"中期目标(?:\(.*\))?",)),
    # -- indicator grid columns ----------------------------------------------------------------
    Label("l1", GRID, ("一级指标(?:名称)?", "一级名称")),
    Label("l1", GRID, ("一级",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("l2", GRID, ("二级指标(?:名称)?", "二级名称")),
    Label("l2", GRID, ("二级",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("l3", GRID, (r"三级指标(?:名称|内容)?(?:\(.*\))?", "三级名称", "(?:绩效)?指标名称", "指标内容")),
    Label("l3", GRID, ("具体指标",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("l3", GRID, ("三级",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("value", GRID, (r"(?:(?:19|20)\d{2}年度?)?(?:绩效|年度|预期)?(?:指标值|目标值)(?:\(.*\))?", "指标目标值")),
    Label("value", GRID, ("年度指标", "预期目标"), sources=(WORKBOOK,), why=_CELL_ONLY),
    # the number of a value split over 符号 | 数值 | 单位 (under a 指标值 heading merged over them)
    Label("value", GRID, ("数值",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("unit", GRID, ("(?:计量|度量)单位",)),
    Label("unit", GRID, ("单位",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("nature", GRID, ("指标(?:性质|类型)",)),
    Label("nature", GRID, ("性质",), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("weight", GRID, (r"指标(?:权重|分值)(?:\((?:%|分)\))?", r"(?:权重|分值)\((?:%|分)\)", r"权\(分\)值")),
    Label("weight", GRID, ("权重", "分值"), sources=(WORKBOOK,), why=_CELL_ONLY),
    Label("note", GRID, ("备注", "说明"), sources=(WORKBOOK,), why=_CELL_ONLY),
    # 指标值符号: the operator of the value beside it, as some provincial templates head the column
    Label("op", GRID, ("运算符", "比较符", "指标值符号")),
    Label("op", GRID, ("符号",), sources=(WORKBOOK,), why=_CELL_ONLY),
    # 正向/反向 (larger or smaller is better) in 预算一体化 exports: not part of the value.
    Label("direction", GRID, ("指标方向性?",)),
    # -- section titles ------------------------------------------------------------------------
    Label("section", SECTION, ("绩效指标", "指标", "绩效目标"), sources=(PDF_TEXT,),
          why="a workbook finds its grid by the column headings; in PDF text these titles, "
              "printed in the merged left-hand cell, end the goal and are dropped from the "
              "indicator fragments"),
    # -- footer --------------------------------------------------------------------------------
    # Ends the grid: a row's first cell, or the start of a line of PDF text, holding one of these
    # alone or before a colon ("填报人：张三"); names may begin with the same words ("负责人员培训
    # 覆盖率"). 注 and 说明 only before a colon or a number ("注：1.指标值应量化", "注1."): a bare
    # 注 may be the wrapped end of "关注".
    Label("footer", FOOTER, ("填报人", "填表人", "联系电话", "审核人", "单位负责人", "财务负责人", "负责人",
                             "分管领导", "填报日期", "填表日期", "制表人", "制表", r"(?:填报|申报|编制)?单位\(盖章\)",
                             "注(?=:)", r"注\d+(?:[.、].*)?", "说明(?=:)",
                             # the reviewers' rows of the form (a 合计 or 小计 row of the weights is
                             # passed over by the workbook reader, not the end of the grid)
                             "(?:主管部门|财政部门|部门|单位)?审核意见")),
)


def nfkc(text: str) -> str:
    """Full-width letters, digits, brackets and colons as their ASCII forms."""
    return unicodedata.normalize("NFKC", text)


def squash_label(text: str) -> str:
    """A label as compared: NFKC, no whitespace, no leading * (required field), no trailing colon."""
    return _SPACES.sub("", nfkc(text)).lstrip("*").rstrip(":")


def beyond_unit(inline: str) -> str:
    """What a money heading's own text after its colon (资金来源：财政拨款) says besides the unit of the amounts
    (（万元）, 单位：万元, which the unit's reader takes), squashed; empty when it says nothing more. Shared by the
    workbook and the PDF text reader, which both note such text as the header's, read by no field."""
    flat = UNIT_IN_BRACKETS.sub("", UNIT_TEXT.sub("", squash_label(inline))).strip("():")
    return "" if flat in ("单位", "金额单位", "资金单位") else flat  # 单位（万元）: the unit's own label


def shown_label(text: str) -> str:
    """A label as messages quote it: as printed (full-width colons stay full-width), without the
    spaces, the leading * and the trailing colon ("主 管 部 门：" → "主管部门")."""
    return _SPACES.sub("", text).lstrip("*＊").rstrip(":：")


def is_marker(squashed: str) -> bool:
    """True for the attachment number printed above a table ("附表7", "附件2：", "附件三"), given
    its :func:`squash_label` form."""
    return _MARKER.match(squashed) is not None


def is_title(squashed: str) -> bool:
    """True for a table's title ("黔南州2023年项目支出绩效目标批复表", "项目支出绩效目标表（2024年度）"),
    given its :func:`squash_label` form."""
    return _TITLE.search(squashed) is not None


# What follows 实施期限 (项目周期 …) in a sentence rather than as its value, on NFKC text: 期限内完成 (内, 以内,
# 之内, 期间), or a sentence's full stop at the end (a field's value has none; a comma it may have: 2026年1月至12月，
# 分两期实施)
_IN_SENTENCE = re.compile(r"^(?:内|以内|之内|期间)|。$")


def period_in_sentence(value: str, in_goal: bool = True) -> bool:
    """True when the words after a period label (实施期限) show it is part of a sentence, not the label of a
    field: 项目实施期限内完成…, 实施期限：2026年3月至11月完成主体结构封顶。 in a goal. ``value`` is what follows
    the label (after its colon, or the fragments after it on its line). A full stop at its end makes a
    sentence only where the words continue the goal's text (``in_goal``): on a line or cell of its own the
    label is the field's, and what follows it is the period (实施期限：2026年1月至2026年12月。)."""
    found = _IN_SENTENCE.search(nfkc(value).strip())
    return found is not None and (in_goal or found.group() != "。")


# A period's own words and nothing else, on NFKC text without its full stop: figures, 年/月/日, 至/到/dashes, 自,
# 今(年), 全年, 年底, the length in brackets (三年（2026-2028年）, 共9个月). Any other word (完成, 建设, 按合同)
# makes a sentence of it. One character class repeated: linear.
_PERIOD_SHAPED = re.compile(r"[0-9零〇一二三四五六七八九十两年月日号度.\-/—–~～至到起止自从今本当底初末全共个半上下()\s]+")


def period_shaped(value: str) -> bool:
    """True when ``value`` (a period label's value) is a period's words only, maybe with a full stop after
    them (2026年1月至2026年12月。, 2026年全年。, 三年（2026-2028年）。), not a sentence (2026年3月至11月完成主体
    结构封顶。, 按合同约定执行。)."""
    return _PERIOD_SHAPED.fullmatch(nfkc(value).strip().rstrip("。").rstrip()) is not None


def period_value(text: str) -> str:
    """A period's value as the table is to hold it: a full stop after a period's own words dropped
    (2026年1月至2026年12月。 → 2026年1月至2026年12月; a field's value has none, and the dates are read without
    it); a cell wrapped after 至, 到 or a dash joined with no break (2024年1月至\n今年12月), and so is one of a
    period's words only where the line after goes on with it (2026年1月\n至2026年12月, 2026年1月至2026\n年12月); a
    break between two whole dates (2026.1\n2026.12) is kept, so they do not run together; else as given."""
    text = _WRAPPED_PERIOD.sub(r"\1", text)
    if "\n" in text and period_shaped(text):
        lines = _LINE_BREAK.split(text.strip())
        if len(lines) <= _PERIOD_LINES:  # a period wraps over a few lines; more is no period's cell
            text = lines[0]
            for line in lines[1:]:
                text = f"{text}{line}" if period_goes_on(text, line) else f"{text}\n{line}"
    if text.rstrip().endswith("。") and period_shaped(text):
        return text.rstrip()[:-1].rstrip()
    return text


# a period cut where its cell wrapped: after 至, 到 or a dash, its end on the next line (or in the cell below)
_PERIOD_CUT = re.compile(r"(?:至|到|[-—–~～])$")
# the end of a cut period: a date (2026年12月, 2026.12.31), 今 (2024年1月至 / 今: an open end) or a date in the
# budget year written 今年 (本年, 当年: 今年12月, 今年底)
_PERIOD_END = re.compile(r"(?:(?:今|本|当)年)?(?:[0-9][0-9年月日号./]{0,11}[)）]?|底|末)$|[0-9]{4}年[底末]$|今$")


def period_cut(value: str) -> bool:
    """True when a period's value stops at 至, 到 or a dash (2024年1月至): its cell wrapped before the end."""
    return _PERIOD_CUT.search(nfkc(value).rstrip()) is not None


def period_end(text: str) -> bool:
    """True when ``text`` is the end of a period cut by a wrap, alone: 2026年12月, 今年12月, 今年底, 2026年底, 今."""
    return _PERIOD_END.match(nfkc(text).strip()) is not None


# the next line of a period that wrapped before its joiner (2026年1月 / 至2026年12月) or inside a date
# (2026年1月至2026 / 年12月), on NFKC text
_JOINER_FIRST = re.compile(r"(?:至|到|[-—–~～])\s*")
_DATE_REST = re.compile(r"[年月日号][0-9年月日号./]*$")


def period_goes_on(value: str, text: str) -> bool:
    """True when ``text``, alone on the line (or in the cell) after a period's ``value``, is the rest of that
    period cut where its cell wrapped: its end after 至 or a dash (2024年1月至 / 今年12月), the joiner and the
    end (2026年1月 / 至2026年12月), or the rest of a date cut after its figures (2026年1月至2026 / 年12月)."""
    value, text = nfkc(value).rstrip(), nfkc(text).strip()
    if not value or not text or not period_shaped(value):
        return False
    if period_cut(value):
        return period_end(text)
    if (joiner := _JOINER_FIRST.match(text)) is not None:
        return _JOINER_FIRST.search(value) is None and period_end(text[joiner.end():])
    return value[-1].isdigit() and _DATE_REST.match(text) is not None


# a period's cell wrapped after 至, 到 or a dash: the break goes (2024年1月至\n今年12月 → 2024年1月至今年12月)
_LINE_BREAK = re.compile(r"[ \t　]*\n\s*")
# at most this many lines of a cell are joined into one period (each join reads the text so far)
_PERIOD_LINES = 4
_WRAPPED_PERIOD = re.compile(r"([至到\-—–~～])[ \t　]*\n\s*")


def label_part(text: str, inline: str) -> str:
    """``text`` without the value printed after its label's colon: "其中：中央资金：" for
    "其中：中央资金：339", given the ``inline`` value :meth:`Vocabulary.header` found ("339": NFKC,
    stripped); ``text`` itself when there is none. The colon stays (:func:`squash_label` drops it),
    so ``len()`` of the result is where the value starts in ``text``."""
    if inline:
        for start in range(len(text)):
            if nfkc(text[start:]).strip() == inline:
                return text[:start]
    return text


def without_item_number(squashed: str) -> str:
    """A squashed label without the number a form puts before it ("1.社会资本" → "社会资本")."""
    return _LEADING_ITEM_NUMBER.sub("", squashed, count=1)


def fund_source_name(label: str) -> str | None:
    """中央 for "中央资金", "其中：中央资金" and "中央资金：339" (the amount on the label's line);
    None when the label names no level of government."""
    found = _FUND_SOURCE_NAME.match(squash_label(label))
    return found.group(1) if found else None


def _alternatives(label: Label) -> str:
    spelled = "|".join(f"(?:{s})" for s in label.spellings)
    if label.amount:
        return rf"(?:其中:?)?{_ITEM_NUMBER}?(?:{spelled})(?:\((?:万元|元)\))?"
    return spelled


class Vocabulary:
    """The labels of :data:`LABELS` that one source reads, compiled: one pattern per part, with
    a named group per field so the first matching field (in table order) wins."""

    def __init__(self, source: str) -> None:
        self.source = source
        by_part: dict[str, dict[str, list[str]]] = {}
        for label in LABELS:
            if source in label.sources:
                by_part.setdefault(label.part, {}).setdefault(label.field, []).append(_alternatives(label))
        self._patterns = {
            part: re.compile("^(?:" + "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in fields.items()) + ")$")
            for part, fields in by_part.items() if part != FOOTER}
        footers = by_part.get(FOOTER, {}).get("footer", [])
        # The label alone or before a colon; group 1 is the label.
        self._footer = re.compile("^(" + "|".join(footers) + ")(?::|$)") if footers else None

    def _field(self, part: str, squashed: str) -> str | None:
        pattern = self._patterns.get(part)
        found = pattern.match(squashed) if pattern is not None else None
        return found.lastgroup if found else None

    def header(self, text: str) -> tuple[str, str] | None:
        """(field, value printed after the colon) when ``text`` is a header label.

        "项目编码：P-7" carries its value inline; "其中：中央资金：339" too (the label itself
        may hold a colon, so each colon is tried in turn).
        """
        squashed = squash_label(text)
        field = self._field(HEADER, squashed)
        if field is not None:
            return field, ""
        flat = nfkc(text)
        at = flat.find(":")
        # Labels are short: colons further in belong to the value (a goal's "目标1：…").
        while -1 < at <= _LONGEST_LABEL:
            field = self._field(HEADER, squash_label(flat[:at]))
            if field is not None:
                return field, flat[at + 1:].strip()
            at = flat.find(":", at + 1)
        return None

    def column(self, text: str) -> str | None:
        """The grid field ("l1", "value", "unit" …) a column heading names, else None."""
        return self._field(GRID, squash_label(text))

    def section(self, text: str) -> bool:
        """True when ``text`` is a section title (绩效指标 …)."""
        return self._field(SECTION, squash_label(text)) is not None

    def heading(self, squashed: str) -> bool:
        """True when a label already squashed (:func:`squash_label`) is a grid column heading or a
        section title: what PDF text drops from the indicator fragments. Taking the squashed
        form spares the caller, which compares it with more, a second squash."""
        return self._field(SECTION, squashed) is not None or self._field(GRID, squashed) is not None

    def footer(self, text: str) -> str | None:
        """The footer label ``text`` is or starts with before a colon ("填报人：张三" → 填报人,
        "联系电话"), else None: "负责人员培训覆盖率" is a name, not a footer."""
        if self._footer is None:
            return None
        # squash_label drops one trailing colon: "填报人：" must still read as the label.
        found = self._footer.match(_SPACES.sub("", nfkc(text)).lstrip("*"))
        return found.group(1) if found else None


WORKBOOK_LABELS = Vocabulary(WORKBOOK)
PDF_TEXT_LABELS = Vocabulary(PDF_TEXT)

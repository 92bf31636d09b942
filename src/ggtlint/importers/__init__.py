"""Importers: turn what users really have (Excel workbooks, text of published PDFs) into tables.

Each importer builds :class:`Draft` objects (the fields it found, where it found them and what
it was unsure of); :func:`assemble` turns a draft into the same :class:`~ggtlint.model.Table`
the YAML loader produces, with JSON Pointers computed exactly as the loader does, so rules,
reporters and :mod:`ggtlint.writer` work on imported tables unchanged.

Uncertainty is never silent: every guess is kept as ``notes`` (pointer → :class:`Note`, the
reason in Chinese with an English alternative, like every ggtlint message). ``ggtlint import``
writes them as YAML comments and lists them (``--lang en``: in English); ``ggtlint check`` on a
workbook reports them as LOAD013 findings pointing at the sheet and cell.

Formats are recognised by content, not only by name: a zip archive is an .xlsx workbook, an
OLE2 compound file is an encrypted (or old .xls) workbook, text is PDF-extracted text.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Sequence

from ggtlint.english import counted
from ggtlint.discover import DOCUMENT_SUFFIXES, WORKBOOK_SUFFIXES
from ggtlint.findings import Finding
from ggtlint.limits import DEFAULT_LIMITS, Limits
from ggtlint.load import SourceFile, other_format, read_error
from ggtlint.load.diagnostics import LOAD_DIAGNOSTICS
from ggtlint.model import Category, Funds, Indicator, Project, Span, Table, escape_pointer_token, usable_amount
from ggtlint.values.parse import THIS_YEAR

__all__ = [
    "DEFAULT_LEVEL2",
    "FRAMEWORK_WORDS",
    "NO_UNIT_NOTE",
    "Draft",
    "DraftRow",
    "ImportResult",
    "ImportedTable",
    "Note",
    "Problem",
    "assemble",
    "canonical_level1",
    "cell_name",
    "content_of",
    "convert_amount",
    "detect_format",
    "framework_of",
    "fund_row_label",
    "in_a_breakdown",
    "import_command",
    "import_path",
    "level1_of",
    "line_place",
    "load_imported",
    "locate_findings",
    "merged_name_note",
    "missing_period_note",
    "mixed_units_note",
    "not_an_amount_note",
    "open_end_note",
    "note_missing_unit",
    "set_source_or_framework",
    "take_attribute",
    "take_title",
    "take_units",
    "template_blank",
    "unread_funds_note",
    "unread_header_note",
    "header_noise",
    "is_contact_label",
    "is_remark",
    "is_page_number",
    "opens_unread_value",
    "split_glued_remarks",
    "listed_pieces",
    "quote_en",
    "quote_zh",
    "unread_period_note",
    "title_year_region",
    "units_in",
    "year_in",
    "year_mark",
]

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: File name endings that ``ggtlint check`` imports in memory (PDF text only with --text-input).
XLSX_SUFFIXES = WORKBOOK_SUFFIXES
TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True, slots=True)
class Note:
    """Why the importer is unsure of a field: Chinese by default, English with ``--lang en``."""

    message_zh: str
    message_en: str
    rejected: bool = False  # the field had a value that could not be taken (not an amount, not a year)

    def message(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" else self.message_zh


@dataclass(slots=True)
class DraftRow:
    """One 三级指标 as found: text exactly as read, and where each part was."""

    level1: str
    level2: str
    name: str
    value: str
    unit: str | None = None
    nature: str | None = None
    weight: Decimal | None = None
    note: str | None = None
    #: field ("" for the whole row, "name", "value", …) → span in the source
    spans: dict[str, Span] = field(default_factory=dict)
    #: field ("" for the whole row) → why the importer is unsure
    notes: dict[str, Note] = field(default_factory=dict)


@dataclass(slots=True)
class Draft:
    """A table being imported, before pointers are assigned."""

    project: Project = field(default_factory=Project)
    funds: Funds = field(default_factory=Funds)
    goal: str | None = None
    source: str | None = None
    rows: list[DraftRow] = field(default_factory=list)
    #: (一级, 二级) headings in order, including those without rows
    categories: list[tuple[str, str]] = field(default_factory=list)
    level1_order: list[str] = field(default_factory=list)
    #: pointer of a header field (``/project/name``, ``/funds/total``, ``/goal``) → span
    spans: dict[str, Span] = field(default_factory=dict)
    #: 一级 / (一级, 二级) label → span of the label cell or text
    label_spans: dict[Any, Span] = field(default_factory=dict)
    #: header pointer → reason; category notes use the key (一级,) or (一级, 二级)
    notes: dict[Any, Note] = field(default_factory=dict)
    sheet: str | None = None
    #: where the table starts, for messages (e.g. "Sheet1!A1" or "第 93–170 行"), and in English
    origin: str = ""
    origin_en: str = ""
    #: amount pointer → (unit written with that amount, in its cell or its own label; where)
    amount_units: dict[str, tuple[str, Span]] = field(default_factory=dict)
    #: the unit the header states for all amounts ("金额单位：元" in A1) and where, if any
    sheet_unit: tuple[str, Span] | None = None
    #: an 指标体系 written in words ggtlint does not know ("新体系"): told in :func:`assemble`
    framework_text: str | None = None
    #: a 项目属性 that says neither new nor continuing ("特定目标类") and where: settled in :func:`assemble`
    attribute_text: tuple[str, Span] | None = None

    def add_category(self, level1: str, level2: str | None) -> None:
        if level1 not in self.level1_order:
            self.level1_order.append(level1)
        if level2 is not None and (level1, level2) not in self.categories:
            self.categories.append((level1, level2))


@dataclass(slots=True)
class ImportedTable:
    table: Table
    #: JSON Pointer → why the importer is unsure of that field
    notes: dict[str, Note]
    sheet: str | None = None
    origin: str = ""
    origin_en: str = ""

    def note_texts(self, lang: str = "zh") -> dict[str, str]:
        """The notes as text in one language (what :func:`ggtlint.writer.write_table` takes)."""
        return {pointer: note.message(lang) for pointer, note in self.notes.items()}

    def where(self, lang: str = "zh") -> str:
        """Where the table starts in its input, in the language asked for."""
        return (self.origin_en or self.origin) if lang == "en" else self.origin


@dataclass(slots=True)
class Problem:
    """Something the importer has to tell: an unreadable file, a sheet without a table."""

    code: str  # a LOAD diagnostic id
    message_zh: str
    message_en: str
    sheet: str | None = None
    line: int = 1
    column: int = 1

    def message(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" else self.message_zh


@dataclass(slots=True)
class ImportResult:
    path: str
    kind: str  # "xlsx", "text", or "unknown"
    tables: list[ImportedTable] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    text: str = ""  # the decoded text for PDF-text inputs (reports show its lines)
    encoding: str = "utf-8"

    @property
    def failed(self) -> bool:
        return not self.tables


def assemble(draft: Draft, file: str, document: int) -> ImportedTable:
    """The draft as a Table with loader-compatible pointers, positions and notes."""
    if draft.attribute_text is not None:
        _settle_attribute(draft)
    _settle_period(draft)
    table = Table(file=file, document=document, project=draft.project, funds=draft.funds,
                  goal=draft.goal, source=draft.source)
    notes: dict[str, Note] = {}
    for key, reason in draft.notes.items():
        if isinstance(key, str):
            notes[key] = reason
    for pointer, span in draft.spans.items():
        table.positions[pointer] = span
    # Group rows under their headings in first-seen order; a heading printed twice is merged
    # (a YAML mapping cannot repeat a key).
    order: dict[str, dict[str, list[DraftRow]]] = {}
    for level1 in draft.level1_order:
        order.setdefault(level1, {})
    for level1, level2 in draft.categories:
        order.setdefault(level1, {}).setdefault(level2, [])
    for row in draft.rows:
        order.setdefault(row.level1, {}).setdefault(row.level2, []).append(row)
    first_span = next(iter(sorted(draft.spans.values(), key=lambda s: (s.line, s.column))), None)
    if first_span is not None:
        table.positions[""] = first_span
    for level1, level2s in order.items():
        table.level1_order.append(level1)
        l1_ptr = f"/indicators/{escape_pointer_token(level1)}"
        span = draft.label_spans.get(level1)
        if span is not None:
            table.positions[l1_ptr] = span
            table.key_positions[l1_ptr] = span
        if (level1,) in draft.notes:
            notes[l1_ptr] = draft.notes[(level1,)]
        for level2, rows in level2s.items():
            l2_ptr = f"{l1_ptr}/{escape_pointer_token(level2)}"
            table.categories.append(Category(level1, level2, l2_ptr))
            span = draft.label_spans.get((level1, level2))
            if span is not None:
                table.positions[l2_ptr] = span
                table.key_positions[l2_ptr] = span
            if (level1, level2) in draft.notes:
                notes[l2_ptr] = draft.notes[(level1, level2)]
            for index, row in enumerate(rows):
                pointer = f"{l2_ptr}/{index}"
                table.indicators.append(Indicator(
                    level1=level1, level2=level2, name=row.name, value=row.value, pointer=pointer,
                    unit=row.unit, nature=row.nature, weight=row.weight, note=row.note))
                for key, span in row.spans.items():
                    table.positions[f"{pointer}/{key}" if key else pointer] = span
                if "" not in row.spans and "name" in row.spans:
                    table.positions[pointer] = row.spans["name"]
                for key, reason in row.notes.items():
                    notes[f"{pointer}/{key}" if key else pointer] = reason
    if table.indicators and "/indicators" not in table.positions:
        table.positions["/indicators"] = table.span(table.indicators[0].pointer) or Span(1, 1, 1, 2)
    if draft.framework_text is not None and draft.project.framework is None:
        # Said once the grid is known: what the checks will take the table for is then certain.
        notes["/project/framework"] = _unknown_framework_note(draft.framework_text, _framework_by_grid(table))
    return ImportedTable(table=table, notes=notes, sheet=draft.sheet, origin=draft.origin, origin_en=draft.origin_en)


# -- what both importers read the same way ----------------------------------------------------

_YEAR = re.compile(r"(?:19|20)\d{2}")
#: "某县2024年…" at the start of a title: the region, then the budget year.
_TITLE_YEAR = re.compile(r"^(?P<region>.*?)(?P<year>(?:19|20)\d{2})\s*年")
#: How the name of a region ends (自治区 ends in 区 too).
_REGION_END = ("省", "市", "州", "县", "区", "盟", "旗")


#: What ``ggtlint export`` writes in the 指标体系 cell, in a budget officer's words (the
#: codes legacy / fw2021 are still read, so workbooks exported before keep importing).
FRAMEWORK_WORDS = {"legacy": "旧版（成本指标在产出指标下）",
                   "fw2021": "2021版（财预〔2021〕101号，成本指标为一级指标）"}
# How officers write each framework (on squashed, lower-cased text): the codes, the
# document that set the framework up, and 新版/旧版. Text naming both is not taken.
_FRAMEWORK_2021 = re.compile(r"fw2021|2021|101号|新版|成本指标?(?:为|是|作为|单列为?)一级")
_FRAMEWORK_LEGACY = re.compile(r"legacy|旧版|老版|原版|2015|88号|成本指标?(?:在|属于|放在)产出")


def framework_of(text: str) -> str | None:
    """The indicator framework an 指标体系 field names ("legacy" or "fw2021"), else None:
    the codes, and the ways officers write them ("2021版", "财预〔2021〕101号", "新版",
    "旧版" …, and what ``ggtlint export`` writes, :data:`FRAMEWORK_WORDS`)."""
    from ggtlint.importers.labels import squash_label

    choice = squash_label(text).lower()
    new, old = _FRAMEWORK_2021.search(choice), _FRAMEWORK_LEGACY.search(choice)
    if new and not old:
        return "fw2021"
    if old and not new:
        return "legacy"
    return None


def _framework_by_grid(table: Table) -> str:
    """What the checks detect from the indicators (as ggtlint.engine.context does): fw2021 when
    成本指标 is a 一级 or a 二级 of its (经济成本指标 …) is used, else legacy."""
    if any(canonical_level1(level1) == "成本指标" for level1 in table.level1_order):
        return "fw2021"
    if any(level1_of(category.level2) == "成本指标" for category in table.categories):
        return "fw2021"
    return "legacy"


def _unknown_framework_note(text: str, detected: str) -> Note:
    as_zh = "2021版（成本指标为一级指标）" if detected == "fw2021" else "旧版（成本指标在产出指标下）"
    as_en = "the 2021 framework (成本指标 a level-1 category)" if detected == "fw2021" else (
        "the older framework (成本指标 under 产出指标)")
    return Note(f"指标体系“{text}”认不出是哪一种，按表中的指标判断为{as_zh}。请在此格写“旧版”"
                "（产出、效益、满意度三类一级指标，成本指标在产出指标下）或“2021版”（财预〔2021〕101号，"
                "成本指标为一级指标）",
                f'The 指标体系 "{text}" names no framework ggtlint knows; judged from the indicators as '
                f"{as_en}. Write 旧版 (the older framework: 成本指标 under 产出指标) or 2021版 "
                "(财预〔2021〕101号: 成本指标 a level-1 category) in this cell")


def set_source_or_framework(draft: Draft, key: str, text: str, span: Span) -> bool:
    """Take the 来源说明 (``source``) or 指标体系 (``framework``) header field into ``draft``.

    True when ``key`` is one of the two (the field is then handled, even when an 指标体系 names
    no framework ggtlint knows and is left out); False for any other field.
    """
    if key == "source":
        draft.source = text
        return True
    if key == "framework":
        choice = framework_of(text)
        draft.spans["/project/framework"] = span
        if choice is not None:
            draft.project.framework = choice
        elif text.strip():
            # Left out, so the checks detect the framework; the note (see assemble) says which.
            draft.framework_text = text.strip()
        return True
    return False


# A period open at its end, on NFKC text: 至今 (until now) last, maybe after a dash (2024.1-至今); not 至今年12月
_OPEN_END = re.compile(r"(?:至|到|迄)今\s*\.?$|[-—–~～]\s*今\s*\.?$")


def open_end_note(period: str, before: Note | None = None) -> Note | None:
    """The note for a 实施期限 open at its end (2024年1月至今, 自2025年3月至今): kept as written, with no end
    date made up, and the officer told so; after ``before`` (another note on the field) when there is one.
    ``before`` itself when the period has an end."""
    from ggtlint.importers.labels import nfkc

    if _OPEN_END.search(nfkc(period).replace("。", ".")) is None:
        return before
    zh = (f"实施期限“{period}”写到“至今”，没有结束时间：按所写保留，开始时间照读，结束时间未定，未推算结束日期；"
          "请写明项目的结束时间（如“2024年1月至2026年12月”）")
    en = (f'The project period "{period}" runs to 至今 ("until now"), so its end is open: kept as written, '
          "read from its start with no end date (none was assumed). Write when the project ends "
          "(e.g. 2024年1月至2026年12月)")
    if before is not None:
        zh, en = f"{before.message_zh}；{zh}", f"{before.message_en}; {en}"
    return Note(zh, en)


def unread_period_note(period: str, before: Note | None = None) -> Note | None:
    """The note for a 实施期限 whose value is a sentence rather than a period's dates (实施期限：按合同约定执行。):
    kept as written, nothing dropped, and the officer told that no start or end could be read from it; after
    ``before`` when there is one. ``before`` itself for a period's own words (see labels.period_shaped)."""
    from ggtlint.importers.labels import period_shaped

    if not period.rstrip().endswith("。") or period_shaped(period):
        return before
    zh = (f"实施期限“{period}”是一句话，读不出起止时间：按所写保留；"
          "请写明项目的起止时间（如“2026年1月至2026年12月”）")
    en = (f'The project period "{period}" is a sentence with no start and end that can be read: kept as '
          "written. Give the project's start and end (e.g. 2026年1月至2026年12月)")
    if before is not None:
        zh, en = f"{before.message_zh}；{zh}", f"{before.message_en}; {en}"
    return Note(zh, en)


def merged_name_note(name: str, where_zh: str, where_en: str) -> Note:
    """The note for a row read under a 三级指标 name merged over it and the row next to it (each row with a value
    of its own), the same in a workbook and in PDF text: where the name is (``where_zh``, ``where_en``: the merged
    cells, or the line it is printed on), that this row's value is read as ``name``'s, and what to do when the
    row only goes on with the next one's value."""
    return Note(f"{where_zh}，此行的指标值按“{name}”读取；若此行是相邻一行指标值的续写，请把指标值写在一个单元格里",
                f'{where_en}: this row\'s value is read as "{name}"\'s; if it goes on with the value of the row next '
                "to it, write the value in one cell")


def missing_period_note() -> Note:
    """The note for a 实施期限 label whose value is blank: the field stays empty (the next line or row is
    not taken for it)."""
    return Note("“实施期限”一栏为空，未读到项目的起止时间", "The project period (实施期限) field is blank: no period read")


def _settle_period(draft: Draft) -> None:
    """Say where a period (a period's own words) names the year as 今年 (本年, 当年) that it is read as the budget
    year, once that year is known (a 预算年度 cell or the title may come after the period); drop the note of a
    blank 实施期限 when another period label gave the period."""
    from ggtlint.importers.labels import nfkc, period_shaped

    period = draft.project.period
    if period is not None and draft.notes.get("/project/period") == missing_period_note():
        del draft.notes["/project/period"]  # a blank 实施期限, and the period given under another label (实施周期)
    if period is None or THIS_YEAR.search(nfkc(period)) is None or not period_shaped(period):
        return  # not 今年内完成。 or 当年完成: words no dates are read from, the budget year or not
    year = draft.project.year
    if year is not None:
        zh = f"实施期限中的“今年”（本年、当年）按预算年度{year}年读取"
        en = f'The period\'s 今年 ("this year") is read as the budget year {year}'
    else:
        zh = "实施期限中的“今年”（本年、当年）本应按预算年度读取，但表中没有预算年度，起止时间读不出"
        en = ('The period says 今年 ("this year"), which is the budget year, but the table gives no budget year: '
              "its dates cannot be read")
    before = draft.notes.get("/project/period")
    if before is not None:
        zh, en = f"{before.message_zh}；{zh}", f"{before.message_en}; {en}"
    draft.notes["/project/period"] = Note(zh, en)


# What a 项目属性 (or 项目类型) says of the project over time, on squashed text: new or continuing
# (新增项目, 延续项目, 续建项目), recurring or one-off (经常性项目, 一次性项目)
_ATTRIBUTE = re.compile(r"^(?:新增|新设|新|延续|持续|续建|经常|一次)性?(?:项目)?$")


def take_attribute(draft: Draft, text: str, span: Span) -> None:
    """Take the value of a 项目属性 (or 项目类型) field: 新增项目, 延续项目 … are the project's
    attribute; other text ("特定目标类") is its category unless the table gives a 项目类别, which
    :func:`assemble` settles once every header field is read (a 项目类别 may come after it)."""
    from ggtlint.importers.labels import squash_label

    text = text.strip()
    if not text:
        return
    project = draft.project
    if _ATTRIBUTE.match(squash_label(text)) is None:
        if draft.attribute_text is None:
            draft.attribute_text = (text, span)
    elif project.attribute is None:
        project.attribute = text
        draft.spans["/project/attribute"] = span
    elif text not in project.attribute.split("、"):
        # 项目属性 延续项目 beside 项目类型 经常性项目: two sides of the project, both kept
        project.attribute += "、" + text


def _settle_attribute(draft: Draft) -> None:
    """A 项目属性 that says neither new nor continuing is the category; when the table gives a
    项目类别 as well, that one wins, and the 项目属性 is kept as written, with a note."""
    text, span = draft.attribute_text  # type: ignore[misc]
    project = draft.project
    if project.category is None:
        project.category = text
        draft.spans["/project/category"] = span
    elif text != project.category:
        if project.attribute is None:
            project.attribute = text
            draft.spans["/project/attribute"] = span
        else:  # beside 延续项目 in the other cell (项目属性 / 项目类型): both kept, as take_attribute does
            project.attribute += "、" + text
        draft.notes.setdefault("/project/attribute", Note(
            f"项目属性“{text}”不是新增项目、延续项目（或经常性项目、一次性项目）这类说法，表中另有项目类别"
            f"“{project.category}”，按项目类别检查；项目属性原样保留，请核对",
            f'The 项目属性 "{text}" says neither new nor continuing (新增项目, 延续项目) nor recurring or '
            f'one-off (经常性项目, 一次性项目), and the table gives its category (项目类别) as "{project.category}", '
            "which the checks use; the 项目属性 is kept as written: check it"))


def year_in(text: str) -> int | None:
    """The first year (19xx or 20xx) written in ``text`` ("2024年度", "（２０２４）"), else None."""
    from ggtlint.importers.labels import nfkc

    found = _YEAR.search(nfkc(text))
    return int(found.group()) if found else None


#: "（2024年度）", "2024年度", "(2024年)" printed by itself under a title (squashed text).
YEAR_LINE = re.compile(r"^\(?((?:19|20)\d{2})年度?\)?$")
#: "2024年度" standing apart in a line of several fields (NFKC text).
_YEAR_APART = re.compile(r"(?:^|\s)\(?((?:19|20)\d{2})\s*年度\)?(?=\s|$)")
#: Labels of the line under a title that names who fills the form in.
_FILLED_BY = re.compile(r"^(?:填报|申报|编制)单位")


def year_mark(text: str) -> int | None:
    """The budget year a line or cell under the title gives: "（2024年度）" by itself, or
    "2024年度" standing apart in the line that also names the unit or the 填报单位
    ("填报单位：某县民政局    2024年度    单位：万元"); else None."""
    from ggtlint.importers.labels import nfkc, squash_label

    found = YEAR_LINE.match(squash_label(text))
    if found is not None:
        return int(found.group(1))
    flat = nfkc(text).strip()
    apart = _YEAR_APART.search(flat)
    if apart is not None and (units_in(flat) or _FILLED_BY.match(flat)):
        return int(apart.group(1))
    return None


def title_year_region(title: str) -> tuple[int | None, str | None]:
    """(year, region) from a title such as "黔南州2023年项目支出绩效目标表" (full-width digits
    too); the region only when the text before the year ends like the name of one (省, 州, 县 …)."""
    from ggtlint.importers.labels import nfkc

    found = _TITLE_YEAR.match(nfkc(title))
    if found is None:
        return None, None
    region = found.group("region")
    return int(found.group("year")), (region if region.endswith(_REGION_END) else None)


def take_title(draft: Draft, title: str, span: Span) -> tuple[str, ...]:
    """Take ``title`` as the table's title, with the budget year and the region it names (see
    :func:`title_year_region`), all three at ``span``; returns the fields read from the title
    ("year", "region"), which a label naming them says better."""
    project = draft.project
    project.title = title
    draft.spans["/project/title"] = span
    year, region = title_year_region(title)
    taken: list[str] = []
    if year is not None:
        project.year = year
        draft.spans["/project/year"] = span
        taken.append("year")
    if region is not None:
        project.region = region
        draft.spans["/project/region"] = span
        taken.append("region")
    return tuple(taken)


# -- the unit of the amounts -------------------------------------------------------------------
# Both importers collect the units their header names (one list, in reading order), take the
# first, and say the same when there are two or none.

def units_in(text: str, *, amount_label: bool = False) -> list[str]:
    """The units of amounts ``text`` names, in order: "单位：元", "金额单位：万元"; with
    ``amount_label`` (``text`` holds a label of an amount, "资金规模（万元）") also a unit in
    brackets."""
    from ggtlint.importers.labels import UNIT_IN_BRACKETS, UNIT_TEXT, nfkc, squash_label

    found = [match.group(1) for match in UNIT_TEXT.finditer(nfkc(text))]
    if amount_label:
        found += [match.group(1) for match in UNIT_IN_BRACKETS.finditer(squash_label(text))]
    return found


#: How a note names a place in the input: (Chinese, English), e.g. ("A1", "A1") or ("第 3 行", "line 3").
Where = Callable[[Span], tuple[str, str]]


def line_place(span: Span) -> tuple[str, str]:
    """A place in PDF text, as its notes name it."""
    return f"第 {span.line} 行", f"line {span.line}"


def mixed_units_note(first: str, first_at: tuple[str, str], other: str, other_at: tuple[str, str]) -> Note:
    """Two statements of the unit for all amounts that disagree: which was taken, and where both are."""
    return Note(f"表中同时出现“元”和“万元”两种金额单位，取第一个“{first}”（{first_at[0]}）；"
                f"{other_at[0]}写的是“{other}”：请改正不对的一处",
                f'The table gives both 元 and 万元 as the unit of amounts; took the first, "{first}" '
                f'({first_at[1]}); {other_at[1]} says "{other}": correct the wrong one')


NO_UNIT_NOTE = Note("表中没有写明金额单位，按“元”处理：请在表头写明“金额单位：元”或“金额单位：万元”",
                    "The table gives no unit for its amounts; read as 元: state it in the header, "
                    "金额单位：元 or 金额单位：万元")


def take_units(draft: Draft, found: list[tuple[str, Span]], where: Where = line_place) -> None:
    """The first unit the header states for all its amounts (``found``: unit and where, in
    reading order) is the table's 金额单位; stating both 元 and 万元 is noted, naming both places.

    A unit written with one amount (in its cell, "30万元", or its own label, "年度资金总额（万元）")
    is not one of these: it is that amount's (see :func:`set_amount`)."""
    if not found:
        return
    unit, span = found[0]
    draft.funds.unit = unit
    draft.spans["/funds/unit"] = span
    draft.sheet_unit = (unit, span)
    other = next(((u, at) for u, at in found if u != unit), None)
    if other is not None:
        draft.notes["/funds/unit"] = mixed_units_note(unit, where(span), other[0], where(other[1]))


def _amounts(draft: Draft) -> list[tuple[str, Decimal | None]]:
    """(pointer, amount) of every amount of the header, in table order."""
    funds = draft.funds
    found = [(f"/funds/{key}", getattr(funds, key)) for key in ("total", "fiscal", "other")]
    return found + [(f"/funds/fiscal_sources/{name}", amount) for name, amount in funds.fiscal_sources.items()]


def note_missing_unit(draft: Draft, where: Where = line_place) -> None:
    """Once the header is read, what is uncertain about the unit of the amounts.

    A table that gives amounts but names no unit for them (neither in the header nor with an
    amount, "628万元") is read as 元: noted at its first amount, where the officer looks. An
    amount written without a unit while another states a different one than the header's
    ("30万元" under "金额单位：元") is read in the header's unit: noted at that amount, naming
    the cells to change."""
    from ggtlint.values.normalize import decimal_text

    funds = draft.funds
    amounts = [(pointer, amount) for pointer, amount in _amounts(draft) if amount is not None]
    if "/funds/unit" not in draft.spans:
        if amounts:
            draft.notes["/funds/unit"] = NO_UNIT_NOTE
            span = draft.spans.get(amounts[0][0])
            if span is not None:
                draft.spans["/funds/unit"] = span
        return
    differing = next(((unit, at) for unit, at in draft.amount_units.values() if unit != funds.unit), None)
    if differing is None:
        return
    other, other_at = differing
    sheet = draft.sheet_unit
    for pointer, amount in amounts:
        if pointer in draft.amount_units or amount == 0 or pointer in draft.notes:
            continue  # its unit is written with it, or 0 is 0 in any unit
        here = where(draft.spans[pointer]) if pointer in draft.spans else ("此格", "this cell")
        shown = decimal_text(amount)
        if sheet is not None:
            unit_at = where(sheet[1])
            fix_zh = f"若也是{other}，把{_spaced(unit_at[0])}改为“金额单位：{other}”，或在{_spaced(here[0])}写“{shown}{other}”"
            fix_en = (f'if it is in {other} too, change {unit_at[1]} to "金额单位：{other}" or write '
                      f'"{shown}{other}" in {here[1]}')
            said_zh, said_en = f"按{_spaced(unit_at[0])}的金额单位", f"in the unit {unit_at[1]} states,"
        else:
            fix_zh = f"请在{_spaced(here[0])}写明单位，如“{shown}{other}”"
            fix_en = f'write the unit in {here[1]}, e.g. "{shown}{other}"'
            said_zh, said_en = "按表的金额单位", "in the table's unit,"
        draft.notes[pointer] = Note(
            f"{_spaced(here[0]).lstrip()}的金额没写单位，{said_zh}“{funds.unit}”读作 {shown}{funds.unit}；"
            f"而{_spaced(where(other_at)[0])}写的是“{other}”。{fix_zh}",
            f"The amount in {here[1]} has no unit and was read {said_en} {funds.unit}: {shown} {funds.unit}; "
            f"but {where(other_at)[1]} says {other}. {fix_en[0].upper()}{fix_en[1:]}")


def _spaced(place: str) -> str:
    """A place in Chinese text: a space beside a cell name or a figure (在 B11 写), none beside a
    hanzi (在第 5 行写)."""
    return (" " if place[:1].isascii() else "") + place + (" " if place[-1:].isascii() else "")


# -- 一级 and 二级 categories --------------------------------------------------------------------
# Which 二级 belongs to which 一级 is the lexicon's (ggtlint.values.lexicon: level1_aliases,
# level2_aliases, level2_parents), so the two importers and the rules cannot disagree on it.

#: The 二级 a row is filed under when its table gives it none, by its 一级: the lexicon lists the
#: 二级 of each 一级, not which of them to assume.
DEFAULT_LEVEL2 = {"产出指标": "数量指标", "效益指标": "社会效益指标", "满意度指标": "服务对象满意度指标",
                  "成本指标": "经济成本指标"}


@dataclass(frozen=True, slots=True)
class _Categories:
    level1: dict[str, str]       # squashed 一级 alias → canonical 一级
    parent: dict[str, str]       # squashed 二级 alias → its 一级
    stems: tuple[tuple[str, str], ...]  # (alias without 指标, 一级), 二级 first, in lexicon order


_CATEGORIES: _Categories | None = None


def _categories() -> _Categories:
    global _CATEGORIES
    if _CATEGORIES is None:
        from ggtlint.importers.labels import squash_label
        from ggtlint.values import default_lexicon

        lex = default_lexicon()
        level1 = {squash_label(alias): name for alias, name in lex.level1_aliases.items()}
        parent: dict[str, str] = {}
        for alias, name in lex.level2_aliases.items():
            # The older framework's first parent: 成本指标 is a 二级 of 产出指标 there, and
            # 服务对象满意度指标 one of 满意度指标 rather than of 效益指标.
            parents = lex.level2_parents.get(name, {}).get("legacy") or ()
            if parents:
                parent[squash_label(alias)] = parents[0]
        stems: dict[str, str] = {}
        for table in (parent, level1):
            for alias, name in table.items():
                stems.setdefault(alias.removesuffix("指标"), name)
        _CATEGORIES = _Categories(level1, parent, tuple(stems.items()))
    return _CATEGORIES


def canonical_level1(name: str) -> str:
    """The 一级 ``name`` names (产出 → 产出指标), by the lexicon; ``name`` itself when unknown."""
    from ggtlint.importers.labels import squash_label

    return _categories().level1.get(squash_label(name), name)


def level1_of(level2: str) -> str | None:
    """The 一级 a 二级 belongs to (数量指标 → 产出指标, 经济成本指标 → 成本指标), else None.

    A 二级 the lexicon does not list is placed by the first name, 二级 then 一级, that it starts
    or ends with ("培训数量" → 产出指标, "学生满意度指标" → 满意度指标).
    """
    from ggtlint.importers.labels import squash_label

    categories = _categories()
    key = squash_label(level2)
    exact = categories.parent.get(key)
    if exact is not None:
        return exact
    stem = key.removesuffix("指标")
    for word, level1 in categories.stems:
        if stem.startswith(word) or stem.endswith(word):
            return level1
    return None


def not_an_amount_note(label: str, value: object) -> Note:
    return Note(f"“{label}”的值“{value}”不是金额", f'The value "{value}" of "{label}" is not an amount', rejected=True)


_AMOUNT_NOISE = re.compile(r"[\s,，]")



def read_weight(raw: object) -> tuple[Decimal | None, Note | None]:
    """A 权重 cell as read: its percentage points ("20", "20%" and the number 20 all mean 20), or
    None with the note saying it is no number."""
    from ggtlint.importers.labels import nfkc

    amount, _unit = read_amount(nfkc(raw).strip().rstrip("%") if isinstance(raw, str) else raw)
    if amount is None:
        return None, Note(f"权重“{raw}”不是数字，未读取", f'The weight "{raw}" is not a number; not read')
    return amount, None


# 正向/反向 in a 指标方向 column (which way is better): never part of the value.
# 定性/定量 in a 指标方向 column (预算一体化 2021: ≥, ≤, ＝ or 定性) says what kind the value is,
# not how it compares.
_DIRECTION = re.compile(r"^(?:(?:正向|反向|逆向|中性)(?:指标)?|定性|定量)$")
# Kinds of value that are a bare figure: no range, date or words.
_BARE_FIGURE_KINDS = frozenset({"count", "rate", "money", "number", "per_unit", "duration"})


# A slash or dash filling an operator column's cell where the row has no comparison (a 定性 row); a word
# such as 待定 is no such mark and is told.
_NO_OPERATOR_MARK = re.compile(r"[/／\\\-—–―－]+")


def join_operator(text: str, value: str, heading: str, value_heading: str) -> tuple[str, Note | None]:
    """``value`` with the comparison of an operator column (运算符, 比较符, 指标方向) in front, and
    the note the join makes, if any (both importers join the column the same way).

    Only a comparison the value parser knows (≥, ≤, ＝, 不低于, 约 …) is joined; a 指标方向 of
    正向/反向 says which way is better and is no part of the value. Notes name the columns by
    the table's own headings (``heading``, ``value_heading``)."""
    from ggtlint.importers.labels import nfkc, squash_label
    from ggtlint.values import parse_value

    text = text.strip()
    if not text:
        return value, None
    squashed = squash_label(text)
    if _DIRECTION.match(squashed):
        parsed = parse_value(value)
        if value.strip() and parsed.op is None and parsed.kind in _BARE_FIGURE_KINDS:
            return value, Note(
                f"指标值没有写比较符号（≥、≤）；“{heading}”列为“{text}”，没有并入指标值，请补上“≥”或“≤”",
                f'The value has no operator; the "{heading}" column says "{text}", '
                "which was not joined to the value: check whether ≥ or ≤ is meant")
        return value, None
    if _NO_OPERATOR_MARK.fullmatch(squashed):
        return value, None  # "/" or "—" in the column of a 定性 row: no comparison, and nothing in doubt
    own = parse_value(value).op
    if squashed == "±" and own is None:
        return text + value, None  # the deviation either way (计量误差 ± | 2.5 | %): the name says whether it is one
    as_operator = parse_value(f"{squashed}1")  # read in front of a figure, as it stands once joined
    if as_operator.kind != "number" or as_operator.op is None:
        return value, Note(f"“{heading}”列的“{text}”不是比较符号（如“≥”“≤”），没有并入指标值",
                           f'"{text}" in the "{heading}" column is not an operator (such as ≥ or ≤); not joined '
                           "to the value")
    if own is not None:  # the value has a comparison of its own (≥90%, 90%以上)
        if nfkc(value).strip().startswith(nfkc(text)) or own == as_operator.op:
            return value, None  # the two say the same (≤ beside 2026年6月30日前): nothing in doubt
        return value, Note(f"指标值“{value}”已带比较符号，“{heading}”列的“{text}”没有并入，请核对两者是否一致",
                           f'The value "{value}" has an operator of its own; "{text}" in the "{heading}" column '
                           "was not joined: check it")
    return text + value, None  # the column is what it says: nothing is in doubt


_OPERATOR_ONLY = re.compile(r"(?:[≥≤=<>]|>=|<=)")


def is_operator_only(text: str) -> bool:
    """Whether a cell holds a comparison sign and nothing else (≥, ≤, ＝, >=), as 预算一体化 exports
    put in their 指标性质 column: it belongs to the value beside it."""
    from ggtlint.importers.labels import nfkc

    return bool(text) and _OPERATOR_ONLY.fullmatch(nfkc(text).strip().replace("≧", "≥").replace("≦", "≤")) is not None

# Words of money in a label of the 资金 block (结转, 债券资金, 社会资本 …): with an amount beside it, the
# row is a fund row even when the vocabulary has no field for it. The budgets fiscal money comes
# from (一般公共预算, 政府性基金预算, 国有资本经营预算) are such words too.
_FUND_WORD = re.compile(r"资金|资本|结转|结余|贷款|自筹|债券|专项债|投资|收入|拨款|经费|基金|捐赠|融资|转移支付|配套|补助"
                        r"|一般公共预算|经营预算")
# A sentence (a goal, a name with a comma) is no label.
_SENTENCE_MARK = re.compile(r"[，。；！？,;.]")
_MAX_FUND_LABEL = 20


def fund_row_label(squashed: str) -> bool:
    """Whether a short label (squashed) names money (其中：以前年度结转, 债券资金, 社会资本, 2.社会资本)."""
    from ggtlint.importers.labels import without_item_number

    squashed = without_item_number(squashed)  # the "." of "1." is no sentence's
    return bool(squashed) and len(squashed) <= _MAX_FUND_LABEL and not _SENTENCE_MARK.search(squashed) and bool(
        _FUND_WORD.search(squashed) or squashed.startswith("其中"))


def in_a_breakdown(funds: Funds, squashed: str, amount: Decimal) -> bool:
    """Whether a 其中 row (amount in the funds' unit) is a breakdown of 财政拨款 or 其他资金 when the
    amounts add up without it: nothing is lost in leaving it out."""
    if funds.total is None or funds.fiscal is None or funds.total != funds.fiscal + (funds.other or 0):
        return False
    return squashed.startswith("其中") and amount <= max(funds.fiscal, funds.other or 0)


def unread_funds_note(pieces_zh: str, pieces_en: str, count: int, *, workbook: bool) -> Note:
    """The note on fund rows the format has no field for (``pieces``: each label and its amount)."""
    where_zh, where_en = ("在 Excel 中", "In the workbook") if workbook else ("在导入得到的目标文件中",
                                                                        "In the imported target file")
    return Note(
        f"{pieces_zh}没有读入：绩效目标表的资金只有年度资金总额、财政拨款（可分列中央、省级、市级、县级）和"
        f"其他资金几栏。请{where_zh}把{'这笔金额' if count == 1 else '这些金额'}并入它所属的一栏（一般公共预算、"
        "政府性基金预算和上年结转的财政资金并入财政拨款，单位自有资金、社会资本等并入其他资金），使年度资金总额等于"
        "财政拨款与其他资金之和",
        f"{pieces_en} not read: a target table's funds are only the total, 财政拨款 (fiscal, which may be "
        f"split into 中央/省级/市级/县级) and 其他资金 (other). {where_en}, put this amount into the row it "
        "belongs to (general-budget, government-fund-budget and carried-over fiscal money into 财政拨款; the "
        "unit's own money, social capital and the like into 其他资金), so that the total is fiscal plus other")


# What a template prints above or below its fields to be filled in by hand, read as nothing while blank (on NFKC
# text without spaces, one piece of a line at a time): a bare 盖章/签字 mark, the blanks of a date (年 月 日)
_TEMPLATE_MARK = re.compile(r"\(?(?:盖章|签字|签章|公章|签名)\)?|[年月日]|日期|:")
# A remark's label with nothing after it (备注：, a template's blank beside 联系电话): nothing written, nothing lost.
# (说明： and 注： are footer labels, blank by the same reading; printed without the colon they are only this.)
_EMPTY_REMARK = re.compile(r"(?:备注|附注|其他说明|补充说明|说明|注):?")


def template_blank(text: str) -> bool:
    """Whether header text no field reads is only what every template prints there: footer, stamp and remark labels
    with nothing after their colon (填报单位（盖章）：, 填报日期：  年  月  日, 填报人：, 备注：), a bare （盖章）, or a unit
    (单位：万元, read by the unit's own reader). 填报单位（盖章）：某县交通运输局 or a lone 2024年1月 is text a user wrote."""
    from ggtlint.importers.labels import PDF_TEXT_LABELS, UNIT_TEXT, nfkc

    # the unit is read by its own reader; what is printed beside it is judged on its own (单位：万元 beside
    # 填报单位（盖章）：某县财政局 or a remark must not hide them)
    for piece in UNIT_TEXT.sub(" ", nfkc(text)).split():
        if _EMPTY_REMARK.fullmatch(piece):
            continue
        label = PDF_TEXT_LABELS.footer(piece)
        rest = piece[piece.find(label) + len(label):] if label is not None and label in piece else piece
        if rest and _TEMPLATE_MARK.fullmatch(rest) is None:
            return False
    return True


# A template's contact lines (项目负责人  张三, 联系电话：…): the format has no field for them by design; a footer's
# labels (填报人, 审核人, 填报日期 …) likewise. What follows such a label on its line or row is its value.
# 传真, 电子邮箱, 分机 … are printed beside 联系电话 on the same line; they are a contact's too.
_CONTACT_LABEL = re.compile(r"^(?:项目)?(?:负责人|联系人|联系电话|联系方式|办公电话|电话|手机|传真|(?:电子)?邮箱|电子邮件|分机"
                            r"|邮政编码|邮编|(?:通讯|联系)地址)(?:姓名)?(?::.*)?$")
# who filled the table in (填报单位（盖章）：某县交通运输局): noise when it names the department or implementer read
_FILING_UNIT = re.compile(r"^(?:填报|申报|编制)单位(?:\(盖章\))?:?(?P<unit>.*)$")
# A remark's label, alone or before a colon (备注：…, 说明：…, 注：…): what follows is the writer's own text, noted, also
# after a contact's value on its line or row (联系电话：0371-…  备注：…), though 注 and 说明 are footer labels where they
# end a grid. Other labels after a contact's (职务：科长, 传真：…) are taken for more of the contact's.
_REMARK_LABEL = re.compile(r"^(?:备注|说明|附注|其他说明|补充说明|注)(?::|$)")
# The people a table's contact line names (on NFKC text without spaces): 注：… and 说明：… are footer labels too, of a
# note, not of a person; 审核意见 is a reviewer's row.
_NOT_A_PERSON = re.compile(r"^(?:注|说明)|审核意见")


# A remark glued to a contact's value by a semicolon, comma or full stop, with no space (手机：139…；备注：资金已下达):
# the remark's label must have its colon there, so 注册地, 说明书 … after the value stay the contact's.
_GLUED_REMARK = re.compile(r"(?<=[;；,，。])(?=(?:备注|说明|附注|其他说明|补充说明|注)\s*[:：])")


def split_glued_remarks(text: str) -> list[str]:
    """``text`` cut before each remark glued to what comes before it by ；/，/。 (手机：13912345678；备注：… → 手机：
    13912345678；, 备注：…); the pieces joined give ``text`` back, so a piece's column is the sum of those before it."""
    return [piece for piece in _GLUED_REMARK.split(text) if piece]


def opens_unread_value(text: str) -> bool:
    """Whether header text no field reads is a contact or footer label (项目负责人, 联系电话：, 填报人：张三, 填报单位
    （盖章）：…), after which the rest of its line or row is that label's value, read by no field by design."""
    from ggtlint.importers.labels import PDF_TEXT_LABELS, nfkc

    flat = "".join(nfkc(text).split())
    if _REMARK_LABEL.match(flat):
        return False
    return bool(_CONTACT_LABEL.match(flat) or _FILING_UNIT.match(flat) or PDF_TEXT_LABELS.footer(flat))


def is_remark(text: str) -> bool:
    """Whether ``text`` opens with a remark's label (备注：本项目含上年结转资金30万元, 说明：…)."""
    from ggtlint.importers.labels import nfkc

    return _REMARK_LABEL.match("".join(nfkc(text).split())) is not None


def is_contact_label(text: str) -> bool:
    """Whether ``text`` opens with the label of a person or a contact (联系人：王五, 联系电话, 项目负责人：张三, 填报人：),
    alone or before a colon: a contact line, not a goal's (联系人制度, 负责人员培训覆盖率 are words of a sentence)."""
    from ggtlint.importers.labels import PDF_TEXT_LABELS, nfkc

    flat = "".join(nfkc(text).split())
    if _CONTACT_LABEL.match(flat):
        return True
    footer = PDF_TEXT_LABELS.footer(flat)
    return footer is not None and _NOT_A_PERSON.search(footer) is None


# Page numbers as a PDF or a workbook's header or footer prints them (on NFKC text): - 1 -, 第 1 页，共 3 页, Page 1 of 3
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–―~]+\s*\d{1,4}\s*[-—–―~]+"                           # - 1 -, — 1 —
    r"|第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?"        # 第 1 页，共 3 页
    r"|共\s*\d{1,4}\s*页\s*[,，、]?\s*第\s*\d{1,4}\s*页"              # 共3页 第1页
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """Whether ``text`` (a line or a cell) is only a page number (第 1 页，共 3 页, - 1 -)."""
    from ggtlint.importers.labels import nfkc

    return _PAGE_NUMBER.match(nfkc(text).strip()) is not None


def header_noise(text: str, project: Project) -> bool:
    """Whether header text no field reads is no news to note: what every template prints there (template_blank), a
    contact or footer label with its value (项目负责人：张三, 填报人：李四), or the filing unit when it is the
    department or the implementer read (填报单位（盖章）：某县交通运输局 over 主管部门 某县交通运输局)."""
    from ggtlint.importers.labels import UNIT_TEXT, nfkc, squash_label

    if template_blank(text):
        return True
    # One cell may hold several labels with their values (填报单位（盖章）：某县交通运输局    填报日期：2024年3月1日):
    # each label's value runs to the next label (a contact's to a remark's, 备注：…); text before any label is judged on
    # its own.
    groups: list[str] = []
    for piece in (part for spaced in UNIT_TEXT.sub(" ", nfkc(text)).split() for part in split_glued_remarks(spaced)):
        if groups and not opens_unread_value(piece) and not is_remark(piece):
            groups[-1] += piece
        else:
            groups.append(piece)
    for flat in groups:
        if template_blank(flat):
            continue
        if (filing := _FILING_UNIT.match(flat)) is not None:
            unit = squash_label(filing["unit"])
            if unit and all(unit != squash_label(known) for known in (project.department, project.implementer)
                            if known):
                return False
        elif not opens_unread_value(flat):
            return False
    return True


# How much of one unread text a note quotes, and how many texts it lists: a note says what was left out, it does not
# copy a page of it (the text is in the file, where the note points).
QUOTE_MAX = 200
PIECES_MAX = 10


def _clipped(text: str) -> tuple[str, int]:
    """``text`` cut to QUOTE_MAX characters with "…" after, and how many characters were left out."""
    if len(text) <= QUOTE_MAX:
        return text, 0
    return text[:QUOTE_MAX] + "…", len(text) - QUOTE_MAX


def quote_zh(text: str) -> str:
    """``text`` in Chinese quotes for a note, cut at QUOTE_MAX characters, saying how many were left out."""
    shown, left = _clipped(text)
    return f"“{shown}”" + (f"（另有 {left} 字未列出）" if left else "")


def quote_en(text: str) -> str:
    """``text`` in quotes for an English note, cut as quote_zh cuts it."""
    shown, left = _clipped(text)
    return f'"{shown}"' + (f" ({counted(left, 'more character')} not shown)" if left else "")


def listed_pieces(pieces_zh: list[str], pieces_en: list[str], counter_zh: str = "处文字") -> tuple[str, str]:
    """``pieces`` (each quoted by quote_zh/quote_en, with where it is) listed for a note, Chinese and English: past
    PIECES_MAX, only how many there are in all (zh: 等 N ``counter_zh``) or how many more (en: and N more) is said."""
    more = len(pieces_zh) - PIECES_MAX
    listed_zh = "、".join(pieces_zh[:PIECES_MAX]) + (f"等 {len(pieces_zh)} {counter_zh}" if more > 0 else "")
    listed_en = ", ".join(pieces_en[:PIECES_MAX]) + (f" and {more} more" if more > 0 else "")
    return listed_zh, listed_en


def unread_header_note(pieces_zh: list[str], pieces_en: list[str], before: Note | None = None) -> Note:
    """The note on header text that no field of the format reads (``pieces``: each text and where it is, quoted by
    quote_zh/quote_en), so that what was left out is said, not dropped; after what ``before`` said at the same place,
    if anything. Past PIECES_MAX texts, only how many more there are is said."""
    listed_zh, listed_en = listed_pieces(pieces_zh, pieces_en)
    zh = f"表头中{listed_zh}不属于绩效目标表的任何一栏，未读取；若其中有项目的信息，请写进对应的栏目"
    en = (f"Header text {listed_en} belongs to no field of a target table and was not read; if it "
          "holds something of the project's, write it in its field")
    if before is not None:
        zh, en = f"{before.message_zh}；{zh}", f"{before.message_en}; {en}"
    return Note(zh, en)


def read_amount(value: object) -> tuple[Decimal | None, str | None]:
    """(amount, unit written with it) from a cell or a line of text: numbers as they are, text
    such as "1,600,000.00", "628万元" or "25.00（万元）"; (None, None) for anything else."""
    if isinstance(value, bool):  # TRUE/FALSE is no amount (as_decimal would read True as 1)
        return None, None
    if isinstance(value, (int, float, Decimal)):
        from ggtlint.importers.numfmt import as_decimal

        amount, unit = as_decimal(value), None
    elif isinstance(value, str):
        from ggtlint.importers.labels import nfkc

        text = _AMOUNT_NOISE.sub("", nfkc(value))
        unit = None
        for suffix in ("(万元)", "(元)", "万元", "元"):  # 25.00（万元）: the unit in brackets after the figure
            if text.endswith(suffix):
                text, unit = text[: -len(suffix)], suffix.strip("()")
                break
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return None, None
    else:
        return None, None
    # a cell stored as 1E999, the text "inf" / "NaN" (which Decimal takes) or 5,000 digits: no sum can use it
    return (amount, unit) if usable_amount(amount) else (None, None)


def convert_amount(amount: Decimal, unit: str, to: str) -> Decimal:
    """``amount`` in ``unit`` (元 or 万元) expressed in ``to``, exactly (Decimal)."""
    if unit == to:
        return amount
    return amount * 10000 if unit == "万元" else amount.scaleb(-4)


def set_amount(draft: Draft, key: str, label: str, value: object, span: Span, shown: object = None,
               label_span: Span | None = None) -> None:
    """One amount field of the header (``total``, ``fiscal``, ``other`` or a ``fund_source``
    named by ``label``) from its value as read; ``value`` None when the field has none,
    ``shown`` the text a note quotes when it is not an amount (default: ``value``),
    ``label_span`` where the label is (default: ``span``).

    A unit written with the amount, in its cell ("628万元") or its own label ("年度资金总额（万元）"),
    is the officer's statement for that amount: it is the table's unit when the table names
    none, and an amount in the other unit is converted into the table's (a pre-filled
    "金额单位：元" above must not turn 30万元 into 30 元). The cell says it before the label.
    """
    from ggtlint.importers.labels import UNIT_IN_BRACKETS, fund_source_name, shown_label, squash_label

    amount, unit = read_amount(value)
    stated_at = span
    if unit is None:
        in_label = UNIT_IN_BRACKETS.findall(squash_label(label))
        if in_label:
            unit, stated_at = in_label[-1], label_span or span
    funds = draft.funds
    if key == "fund_source":
        name = fund_source_name(label) or squash_label(label)
        pointer = f"/funds/fiscal_sources/{name}"
        funds.fiscal_sources[name] = amount
    else:
        pointer = f"/funds/{key}"
        setattr(funds, key, amount)
    draft.spans[pointer] = span
    if amount is None:
        if value is not None:
            draft.notes[pointer] = not_an_amount_note(shown_label(label), value if shown is None else shown)
    elif unit is not None:
        draft.amount_units[pointer] = (unit, stated_at)
        if "/funds/unit" not in draft.spans:
            funds.unit = unit
            draft.spans["/funds/unit"] = stated_at
            draft.notes.pop("/funds/unit", None)  # "no unit written" no longer holds
        elif unit != funds.unit:
            converted = convert_amount(amount, unit, funds.unit)
            if not usable_amount(converted):
                converted = None
                draft.notes[pointer] = not_an_amount_note(shown_label(label), value if shown is None else shown)
            if key == "fund_source":
                funds.fiscal_sources[name] = converted
            else:
                setattr(funds, key, converted)


def cell_name(row: int, column: int) -> str:
    """Excel's A1 name of a cell (column 1 → A, 27 → AA)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def detect_format(data: bytes) -> str:
    """"xlsx" (a zip), "ole2" (encrypted workbook or old .xls), "text", or "binary"."""
    if data.startswith(ZIP_MAGIC):
        return "xlsx"
    if data.startswith(OLE2_MAGIC):
        return "ole2"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


def import_bytes(data: bytes, shown: str, *, as_text: bool | None = None, suffix: str = "") -> ImportResult:
    """Import a file's bytes. Workbooks are recognised by content (zip magic) whatever the name;
    other text is read as PDF-extracted text unless ``as_text`` is False."""
    kind = detect_format(data)
    if kind == "xlsx":
        from ggtlint.importers.xlsx import read_workbook

        return read_workbook(data, shown)
    if kind == "ole2":
        return ImportResult(path=shown, kind="unknown", problems=[Problem(
            "LOAD012",
            "文件不是 .xlsx 格式：可能设置了打开密码（加密），或是旧版 .xls 文件。"
            "请在 Excel 中取消密码并“另存为 .xlsx”后再试。",
            "The file is not in .xlsx format: it probably has a password to open it (encrypted), "
            "or is an old .xls file. Remove the password in Excel and save it as .xlsx, then try again.")])
    if suffix.lower() in XLSX_SUFFIXES:
        return ImportResult(path=shown, kind="unknown", problems=[Problem(
            "LOAD012",
            f"文件扩展名是 {suffix}，但内容不是 Excel 工作簿，可能是改了扩展名的其他文件（如文本或 Word 文件）。"
            "请打开原文件，在 Excel 中另存为 .xlsx 后再试。",
            f"The file is named {suffix} but is not an Excel workbook: probably another file (a text or "
            "Word file, say) given a new name. Open the original and save it as .xlsx in Excel, then try again.")])
    other = other_format(suffix, data)  # a PDF, an old .xls, a Word file …: what to do with it
    if other is not None:
        return ImportResult(path=shown, kind="unknown", problems=[Problem("LOAD009", *other)])
    if kind == "binary":
        return ImportResult(path=shown, kind="unknown", problems=[Problem(
            "LOAD009", "文件是二进制数据，既不是 Excel 工作簿也不是文本。",
            "The file is binary data: neither an Excel workbook nor text.")])
    if as_text is False:
        return ImportResult(path=shown, kind="unknown", problems=[Problem(
            "LOAD004", "无法识别的输入格式：只能导入 .xlsx 工作簿或 PDF 提取的文本（.txt）。",
            "Unknown input format: only .xlsx workbooks and PDF-extracted text (.txt) can be imported.")])
    return _import_text(data, shown)


def _import_text(data: bytes, shown: str) -> ImportResult:
    from ggtlint.importers.pdftext import read_text
    from ggtlint.load.decode import DecodeError, decode

    try:
        decoded = decode(data)
    except DecodeError as exc:
        if exc.binary:
            problem = Problem("LOAD009", "文件是二进制数据（如图片、压缩包或 Word 文件），不是文本。",
                              "The file is binary data (a picture, an archive or a Word file, say), not text.")
        else:
            problem = Problem("LOAD002", "文本的文字编码无法识别（既不是常用的 UTF-8，也不是 GBK/GB18030），"
                              "请另存为 UTF-8 后再试。",
                              "The text's character encoding is not recognised (neither the usual UTF-8 nor "
                              "GBK/GB18030); save it as UTF-8 and try again.")
        return ImportResult(path=shown, kind="text", problems=[problem])
    # pdftotext ends every page with a form feed; editors and grep do not count it as a line
    # break (str.splitlines does), so it goes: line numbers then agree with what users see
    result = read_text(decoded.text.replace("\f", "").replace("\v", ""), shown)
    result.encoding = decoded.encoding
    return result


def import_path(path: str | os.PathLike[str], shown: str | None = None, *, as_text: bool | None = None,
                limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Read and import one file (a ``str`` or any path-like); every problem is a :class:`Problem`, never an
    exception."""
    path = Path(path)  # callers of the library give str as often as Path: its suffix and bytes are read below
    shown = shown if shown is not None else str(path)
    try:
        info = os.stat(path)
        size = info.st_size
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block the read or never end
            return ImportResult(path=shown, kind="unknown", problems=[Problem(
                "LOAD001", "不是普通文件（可能是文件夹或特殊的系统文件），未予读取。",
                "Not an ordinary file (perhaps a folder or a special system file); it was not read.")])
        if size > limits.max_file_bytes:
            return ImportResult(path=shown, kind="unknown", problems=[Problem(
                "LOAD008",
                f"文件大小 {size / 1048576:.1f} MiB 超过上限 {limits.max_file_bytes / 1048576:.1f} MiB，未予导入。",
                f"The file is {size / 1048576:.1f} MiB, over the {limits.max_file_bytes / 1048576:.1f} MiB limit; not imported.")])
        data = path.read_bytes()
    except OSError as exc:
        zh, en = read_error(exc)
        return ImportResult(path=shown, kind="unknown", problems=[Problem(
            "LOAD001", f"文件无法读取：{zh}。", f"The file cannot be read: {en}.")])
    return import_bytes(data, shown, as_text=as_text, suffix=path.suffix)


# -- ggtlint check on imported inputs ----------------------------------------------------------

# The advice on a note about a workbook: the officer fixes the cell in Excel and checks again
# (LOAD013's own advice, to convert with ggtlint import and edit the target file, suits PDF
# text, which cannot be edited; a workbook can).
WORKBOOK_NOTE_FIX = ("在 Excel 中按说明改正所指的单元格，保存后再检查一次；单元格本来就对的，不必理会这条提示。",
                     "Correct the cell in the workbook as the note says, save it and check again; if the cell "
                     "was right, this note needs nothing.")


def _finding(code: str, path: str, zh: str, en: str, *, line: int = 1, column: int = 1,
             pointer: str = "", table: str | None = None, document: int = 0,
             sheet: str | None = None, value: str = "", fix: tuple[str, str] | None = None) -> Finding:
    diag = LOAD_DIAGNOSTICS[code]
    fix_zh, fix_en = fix if fix is not None else (diag.fix_zh, diag.fix_en)
    extra: dict[str, object] = {}
    if sheet is not None:
        extra = {"sheet": sheet, "cell": cell_name(line, column)}
    return Finding(rule_id=code, rule_name=diag.name, severity=diag.severity,
                   message_zh=zh, message_en=en, file=path, line=line, column=column,
                   end_line=line, end_column=column + 1, path=pointer, table=table,
                   document=document, value=value,
                   suggestion_zh=fix_zh, suggestion_en=fix_en, extra=extra)


def load_imported(path: str | os.PathLike[str], shown: str, limits: Limits = DEFAULT_LIMITS, *,
                  as_text: bool | None = None) -> tuple[SourceFile, list[str | None]]:
    """Import ``path`` in memory for ``ggtlint check``: a SourceFile and the sheet of each table.

    Importer problems become LOAD findings (LOAD012 unreadable workbook, LOAD004 no table …);
    each uncertain field becomes a LOAD013 note at its cell or line.
    """
    result = import_path(path, shown, as_text=as_text, limits=limits)
    source = SourceFile(path=shown, text=result.text, encoding=result.encoding)
    sheets: list[str | None] = []
    note_fix = WORKBOOK_NOTE_FIX if result.kind == "xlsx" else None
    for imported in result.tables:
        table = imported.table
        source.tables.append(table)
        sheets.append(imported.sheet)
        for pointer, note in imported.notes.items():
            span = table.span(pointer) or Span(1, 1, 1, 2)
            if note.rejected:  # a value that cannot be taken, as a target file's would be (LOAD005), not "empty" too
                table.unread.add(pointer)
                code, zh, en = "LOAD005", f"{note.message_zh}。", f"{note.message_en}."
            else:
                code, zh, en = "LOAD013", f"导入时不确定：{note.message_zh}", f"Uncertain import: {note.message_en}"
            source.findings.append(_finding(
                code, shown, zh, en, line=span.line, column=span.column, pointer=pointer, table=table.project.name,
                document=table.document, sheet=imported.sheet, value=note.message_zh,
                fix=note_fix if code == "LOAD013" else None))
    for problem in result.problems:
        if result.tables and problem.code == "LOAD004":
            code = "LOAD013"  # a sheet without a table next to sheets with tables is only a note
        else:
            code = problem.code
        source.findings.append(_finding(code, shown, problem.message_zh, problem.message_en,
                                        line=problem.line, column=problem.column, sheet=problem.sheet,
                                        fix=note_fix if code == "LOAD013" else None))
    return source, sheets


def locate_findings(findings: list[Finding], sheets: list[str | None]) -> None:
    """Give findings on workbook tables their ``sheet`` and ``cell`` (rows are lines, columns are columns)."""
    for finding in findings:
        if finding.extra.get("sheet") is not None:
            continue
        if 0 <= finding.document < len(sheets) and sheets[finding.document] is not None:
            finding.extra = {**finding.extra, "sheet": sheets[finding.document],
                             "cell": cell_name(max(finding.line, 1), max(finding.column, 1))}


# -- comparing tables --------------------------------------------------------------------------

def content_of(table: Table) -> dict[str, Any]:
    """What a table says, without where it says it: for round-trip and importer comparisons."""
    project = {key: getattr(table.project, key) for key in Project.__slots__}
    return {
        "project": project,
        "funds": {
            "unit": table.funds.unit, "total": table.funds.total, "fiscal": table.funds.fiscal,
            "other": table.funds.other, "fiscal_sources": dict(table.funds.fiscal_sources),
        },
        "goal": table.goal,
        "indicators": [(i.level1, i.level2, i.name, i.value, i.unit, i.nature, i.weight, i.note)
                       for i in table.indicators],
        "categories": [(c.level1, c.level2) for c in table.categories],
    }


# -- ggtlint import / ggtlint export -----------------------------------------------------------

_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


def safe_file_stem(name: str | None, fallback: str) -> str:
    """A file name (without suffix) from a project name: unsafe characters removed, short."""
    stem = _UNSAFE_NAME.sub("", name or "")
    stem = re.sub(r"\s+", "-", stem.strip()).strip(".-")[:60].rstrip(".-")
    if not stem:
        stem = fallback
    if _WINDOWS_RESERVED.match(stem):
        stem = "_" + stem
    return stem


@dataclass(slots=True)
class PlannedFile:
    target: Path
    imported: ImportedTable
    input: str


def import_command(inputs: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                   force: bool = False, as_text: bool | None = None, echo: Callable[[str], None] = print,
                   lang: str = "zh") -> int:
    """``ggtlint import``: one target file per table, notes as comments, a summary at the end.

    Returns the exit code: 0 all inputs imported, 1 an input had no table or could not be
    read, 2 nothing written because a file exists (without ``force``) or would overwrite an input.
    """
    from ggtlint.atomic import write_text_atomic
    from ggtlint.model import field_label
    from ggtlint.writer import write_table

    def say(zh: str, en: str) -> None:
        echo(en if lang == "en" else zh)

    paths = [Path(p) for p in inputs]  # str inputs from library callers too
    out_dir = Path(out_dir)
    failed = False
    planned: list[PlannedFile] = []
    used: set[str] = set()
    input_paths = {os.path.realpath(p) for p in paths}
    for path in paths:
        shown = str(path)
        if path.suffix.lower() in DOCUMENT_SUFFIXES and as_text is not True:
            say(f"✗ {shown}：已经是目标文件格式，无需导入（可直接 ggtlint check）。",
                f"✗ {shown}: already a target file; nothing to import (run ggtlint check on it).")
            failed = True
            continue
        if not path.is_file():
            say(f"✗ {shown}：文件不存在或不是普通文件。", f"✗ {shown}: no such file.")
            failed = True
            continue
        result = import_path(path, shown, as_text=as_text)
        for problem in result.problems:
            where = f"（工作表“{problem.sheet}”）" if problem.sheet and lang != "en" else (
                f" (sheet '{problem.sheet}')" if problem.sheet else "")
            mark = "!" if result.tables else "✗"
            say(f"{mark} {shown}{where}：{problem.message_zh}", f"{mark} {shown}{where}: {problem.message_en}")
        if not result.tables:
            failed = True
            continue
        for imported in result.tables:
            stem = safe_file_stem(imported.table.project.name, f"table-{len(planned) + 1}")
            candidate, n = stem, 2
            while candidate.lower() in used:
                candidate = f"{stem}-{n}"
                n += 1
            used.add(candidate.lower())
            planned.append(PlannedFile(out_dir / f"{candidate}.yaml", imported, shown))
    blocked = []
    for item in planned:
        real = os.path.realpath(item.target)
        if real in input_paths:
            blocked.append((item, "是输入文件，拒绝覆盖", "is an input file; refusing to overwrite it"))
        elif item.target.exists() and not force:
            blocked.append((item, "已存在（用 --force 覆盖）", "exists (use --force to overwrite)"))
    if blocked:
        for item, zh, en in blocked:
            say(f"✗ {item.target} {zh}", f"✗ {item.target} {en}")
        say("没有写入任何文件。", "Nothing was written.")
        return 2
    for item in planned:
        where = f"（{item.imported.origin}）" if item.imported.origin else ""
        comments = [f"由 ggtlint import 从 {os.path.basename(item.input)}{where}导入。",
                    "以“# ggtlint-import: 不确定”开头的注释行标出导入时不能确定的地方：请对照原表核对，核对后可删除这些行。"]
        # The file is the Chinese table itself: its comments stay Chinese whatever --lang says.
        write_text_atomic(item.target, write_table(item.imported.table, item.imported.note_texts("zh"),
                                                   comments=comments))
    if planned:
        say("导入结果：", "Imported:")
    for item in planned:
        notes = item.imported.notes
        origin_zh = f" [{item.imported.where('zh')}]" if item.imported.origin else ""
        origin_en = f" [{item.imported.where('en')}]" if item.imported.origin else ""
        say(f"  {item.target} ← {item.input}{origin_zh}：{len(notes)} 处不确定",
            f"  {item.target} <- {item.input}{origin_en}: {counted(len(notes), 'uncertain field')}")
        for pointer, note in notes.items():
            say(f"      {field_label(pointer)}：{note.message_zh}", f"      {field_label(pointer, 'en')}: {note.message_en}")
    total_notes = sum(len(item.imported.notes) for item in planned)
    say(f"共导入 {len(planned)} 张表，{total_notes} 处不确定（已在文件中以注释标出）。",
        f"{counted(len(planned), 'table')} imported, {counted(total_notes, 'uncertain field')} marked as comments.")
    return 1 if failed else 0


# a department with its code: [112]某局, 112 某局, 某局（112）
_WITH_CODE = re.compile(r"(?:[\[［【(（]\s*[0-9]{2,9}\s*[\]］】)）]\s*|[0-9]{2,9}\s+)(?P<name>\D.*)"
                        r"|(?P<name2>\D.*?)\s*[\[［【(（][0-9]{2,9}[\]］】)）]")


def without_code(name: str) -> str:
    """A department or unit as named, without the code a 主管部门及代码 field adds ("[112]宣汉县文化
    广播电视和旅游局"): with it, the cross-table rules and the review reports would count another
    department."""
    coded = _WITH_CODE.fullmatch(name)
    return name if coded is None else (coded.group("name") or coded.group("name2"))

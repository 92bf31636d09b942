"""Make the workbooks whose PDF text tests/data/pdftext/s27-*-layout.txt holds (tests/test_import_s27.py): a
资金来源 heading with money text and no amount, a funds block with a blank 其中 sub-line, a remark whose text starts
on the line under its label, spaced-out labels, and a 三级 name wrapped over three qualitative values.

    python s27_make.py OUTDIR
    HOME=$(mktemp -d) soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/s27-*.xlsx
    pdftotext -layout OUTDIR/s27-x.pdf s27-x-layout.txt

The workbooks themselves are read by the workbook importer in the tests (made there again with openpyxl).
"""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from layouts_make import BASE, GOAL, HEAD, ROWS  # beside this file: the same road-upkeep table
from sheet_cells import LEFT, fit_a4_wide, put  # beside this file

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")

PLAIN = ("某县交通运输局", "某县公路管理段", "1,600,000.00", "1,600,000.00", "0.00")


def fields(ws: Worksheet, r: int, items: list[tuple[str, object]]) -> int:
    """One "label | value" row per field, the value across the other columns."""
    for label, value in items:
        put(ws, r, 1, label)
        put(ws, r, 2, value, LEFT, to_col=4)
        r += 1
    return r


def grid(ws: Worksheet, top: int, rows: list[tuple]) -> int:
    """The heading row, then one row per indicator (no merges: the layouts here are about the header)."""
    for k, text in enumerate(HEAD, 1):
        put(ws, top, k, text)
    for r, row in enumerate(rows, top + 1):
        for k, value in enumerate(row, 1):
            put(ws, r, k, value, LEFT)
    return top + 1 + len(rows)


def save(wb: openpyxl.Workbook, stem: str, widths: list[float], heights: float = 24) -> None:
    """Save ``wb`` as s27-``stem``.xlsx under OUT: its columns ``widths`` wide, rows not sized ``heights`` high, one
    A4 page wide."""
    fit_a4_wide(wb.active, widths, heights)
    wb.save(OUT / f"s27-{stem}.xlsx")


def labelled(stem: str, header: list[tuple[str, object]], line_under_goal: str | None = None,
             line_over_goal: str | None = None, after_goal: list[tuple[str, object]] | None = None) -> None:
    """A labelled table: the title, ``header``'s fields, ``line_over_goal`` across the columns, the goal,
    ``line_under_goal`` across the columns, the grid."""
    wb = openpyxl.Workbook()
    ws = wb.active
    put(ws, 1, 1, "2024年项目支出绩效目标表", to_col=4)
    r = fields(ws, 2, header)
    if line_over_goal is not None:
        put(ws, r, 1, line_over_goal, LEFT, to_col=4)
        r += 1
    r = fields(ws, r, [("年度总体目标", GOAL)] + (after_goal or []))
    if line_under_goal is not None:
        put(ws, r, 1, line_under_goal, LEFT, to_col=4)
        ws.row_dimensions[r].height = 36
        r += 1
    grid(ws, r, ROWS)
    save(wb, stem, [16, 18, 26, 20])


def plain(stem: str, after_amounts: str | None = None, line_under_goal: str | None = None) -> None:
    """A table printed without its header labels (the 附表7 values only), with a line after the amounts or under the
    goal across the columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    put(ws, 1, 1, "某县2024年项目支出绩效目标表", to_col=4)
    put(ws, 2, 1, "特定目标-单位发展专项", LEFT)
    put(ws, 2, 2, "2024年农村公路养护工程", LEFT, to_col=4)
    r = 3
    for value in PLAIN:
        put(ws, r, 1, value, LEFT, to_col=4)
        r += 1
    if after_amounts is not None:
        put(ws, r, 1, after_amounts, LEFT, to_col=4)
        r += 1
    put(ws, r, 1, GOAL, LEFT, to_col=4)
    r += 1
    if line_under_goal is not None:
        put(ws, r, 1, line_under_goal, LEFT, to_col=4)
        ws.row_dimensions[r].height = 36
        r += 1
    grid(ws, r, ROWS)
    save(wb, stem, [22, 18, 26, 20])


FUNDS = [("实施期限", "2024年1月至2024年12月"), ("年度资金总额（万元）", 160)]


def main() -> None:
    """Write every s27 workbook (print them to PDF and run pdftotext -layout as the docstring above says)."""
    # 1. the 资金来源 heading's money text with no amount
    labelled("funds-source-text", BASE + FUNDS, line_over_goal="资金来源：财政拨款")
    labelled("funds-source-field", BASE + FUNDS + [("资金来源", "财政拨款")])
    plain("plain-funds-source-text", after_amounts="资金来源：财政拨款")
    # 2. a blank 其中 sub-line of the funds block
    labelled("blank-bond", BASE + FUNDS + [("其中：财政拨款", 160), ("债券资金", None)])
    labelled("blank-bond-first", BASE + FUNDS + [("其中：债券资金", None), ("财政拨款", 160)])
    labelled("blank-bond-only", BASE + FUNDS + [("其中：债券资金", None)])
    plain("plain-blank-bond", after_amounts="其中：债券资金")
    # 3. a remark whose text starts on the line under its label
    labelled("remark-next-line", BASE + FUNDS, "备注：\n本项目含上年结转资金30万元")
    plain("plain-remark-next-line", line_under_goal="备注：\n本项目含上年结转资金30万元")
    labelled("remark-field-wrapped", BASE + FUNDS, after_goal=[("备注", "本项目含上年结转资金30万元，其中省级补助20万元、"
                                                             "县级配套10万元，资金已于2024年3月下达。")])
    labelled("remark-field-three-lines", BASE + FUNDS, after_goal=[("备注", "本项目含上年结转资金30万元，其中省级补助20万元、"
             "县级配套10万元，资金已于2024年3月下达；养护里程按县道、乡道和村道分别核算，县道120公里、乡村道200公里，"
             "路面技术状况按年度检测结果计。")])
    labelled("remark-label-alone", BASE + FUNDS, after_goal=[("备注：", "本项目含上年结转资金30万元")])
    # 4. spaced-out labels
    labelled("spaced-labels", [("项 目 名 称", "2024年农村公路养护工程"), ("主 管 部 门", "某县交通运输局"),
                               ("实 施 单 位", "某县公路管理段"), *FUNDS], "备 注：本项目含上年结转资金30万元")
    plain("plain-spaced-remark", line_under_goal="备 注：本项目含上年结转资金30万元")
    # 5. a 三级 name wrapped over three qualitative values
    three("name-wrapped-three-qualitative", "农村群众出行条件及沿线环境改善情况", ["明显改善", "有效提升", "逐步完善"])
    three("name-three-lines-qualitative", "农村群众出行条件及沿线人居环境与交通安全改善情况",
          ["明显改善", "有效提升", "逐步完善"])
    three("name-wrapped-three-sentences", "农村群众出行条件及沿线环境改善情况",
          ["群众出行更加便捷", "沿线环境明显改善", "交通安全水平提升"])


def three(stem: str, name: str, values: list[str]) -> None:
    """A 三级 name merged over three rows, each with its own qualitative value, too long for its narrow column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    put(ws, 1, 1, "2024年项目支出绩效目标表", to_col=4)
    r = fields(ws, 2, BASE + FUNDS + [("年度总体目标", GOAL)])
    for k, text in enumerate(HEAD, 1):
        put(ws, r, k, text)
    top = r + 1
    for i, value in enumerate(values):
        put(ws, top + i, 4, value, LEFT)
    put(ws, top, 1, "效益指标", to_row=top + 2)
    put(ws, top, 2, "社会效益指标", to_row=top + 2)
    put(ws, top, 3, name, LEFT, to_row=top + 2)
    for i, (a, b, c, d) in enumerate(ROWS[:4]):
        for k, text in enumerate((a, b, c, d), 1):
            put(ws, top + 3 + i, k, text, LEFT)
    save(wb, stem, [12, 18, 11, 20])


if __name__ == "__main__":
    main()

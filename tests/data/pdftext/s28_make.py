"""Make the workbooks whose PDF text tests/data/pdftext/s28-*-layout.txt (and -plain.txt) holds
(tests/test_import_s28.py): a funds sub-line with its amount (其中：债券资金 | 0.00) on the plain and the labelled
layout, and a 资金来源 field row whose value is money text with no amount (资金来源 | 财政拨款).

    python s28_make.py OUTDIR
    HOME=$(mktemp -d) soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/s28-*.xlsx
    pdftotext -layout OUTDIR/s28-x.pdf s28-x-layout.txt
    pdftotext OUTDIR/s28-x.pdf s28-x-plain.txt

The workbooks are kept beside the text: the workbook importer reads them in the tests too.
"""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

import s27_make  # beside this file: the road-upkeep table's labelled and plain layouts
from layouts_make import BASE
from sheet_cells import LEFT, fit_a4_wide, put

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")


def save(wb: openpyxl.Workbook, stem: str, widths: list[float], heights: float = 24) -> None:
    """s27_make's save under the s28- prefix: ``widths`` wide columns, one A4 page wide."""
    fit_a4_wide(wb.active, widths, heights)
    wb.save(OUT / f"s28-{stem}.xlsx")


def plain_rows(stem: str, rows: list[tuple[object, ...]]) -> None:
    """The plain layout (附表7 values without their labels) with ``rows`` after the amounts, one cell per value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    put(ws, 1, 1, "某县2024年项目支出绩效目标表", to_col=4)
    put(ws, 2, 1, "特定目标-单位发展专项", LEFT)
    put(ws, 2, 2, "2024年农村公路养护工程", LEFT, to_col=4)
    r = 3
    for value in s27_make.PLAIN:
        put(ws, r, 1, value, LEFT, to_col=4)
        r += 1
    for row in rows:
        for k, value in enumerate(row, 1):
            put(ws, r, k, value, LEFT, to_col=4 if k == len(row) else None)
        r += 1
    put(ws, r, 1, s27_make.GOAL, LEFT, to_col=4)
    s27_make.grid(ws, r + 1, s27_make.ROWS)
    save(wb, stem, [22, 18, 26, 20])


def main() -> None:
    """Write every s28 workbook (print them to PDF and run pdftotext as the docstring above says)."""
    s27_make.save = save  # s27_make's layouts, written under this prefix
    funds = s27_make.FUNDS
    # 3. a funds sub-line with its amount, zero or not
    plain_rows("plain-bond-zero", [("其中：债券资金", "0.00")])
    plain_rows("plain-bond-amount", [("其中：债券资金", "50.00")])
    s27_make.plain("plain-bond-zero-one-cell", after_amounts="其中：债券资金 0.00")
    s27_make.labelled("bond-zero", BASE + funds + [("其中：财政拨款", 160), ("债券资金", 0)])
    s27_make.labelled("bond-zero-text", BASE + funds + [("其中：财政拨款", 160), ("债券资金", "0.00")])
    # 4. a 资金来源 field row: its label, then money text with no amount
    s27_make.labelled("funds-source-field", BASE + funds + [("资金来源", "财政拨款")])
    s27_make.labelled("funds-source-field-two", BASE + funds + [("资金来源", "财政拨款、单位自筹")])


if __name__ == "__main__":
    main()

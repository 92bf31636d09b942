"""Make the workbooks whose PDF text tests/data/pdftext/s28b-*-layout.txt (and -plain.txt) holds
(tests/test_import_s28b.py): a remark's row between the plain layout's amounts and its goal, and a fund row whose
label wraps so that its amount prints on a line of its own (label / amount), on the plain and the labelled layout.

    python s28b_make.py OUTDIR
    HOME=$(mktemp -d) soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/s28b-*.xlsx
    pdftotext -layout OUTDIR/s28b-x.pdf s28b-x-layout.txt
    pdftotext OUTDIR/s28b-x.pdf s28b-x-plain.txt

The workbooks are kept beside the text: the workbook importer reads them in the tests too.
"""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

import s27_make  # beside this file: the road-upkeep table's labelled and plain layouts
import s28_make
from layouts_make import BASE
from sheet_cells import fit_a4_wide

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")


def save(wb: openpyxl.Workbook, stem: str, widths: list[float], heights: float = 24) -> None:
    """s27_make's save under the s28b- prefix: ``widths`` wide columns, one A4 page wide."""
    fit_a4_wide(wb.active, widths, heights)
    wb.save(OUT / f"s28b-{stem}.xlsx")


def top_label_bottom_amount(stem: str, label: str, amount: object) -> None:
    """A labelled table whose fund row ``label | amount`` is a tall row, its label set at the top of its cell and its
    amount at the bottom: -layout text prints the amount on a line under the label's."""
    def tweak(wb: openpyxl.Workbook, name: str, widths: list[float], heights: float = 24) -> None:
        ws = wb.active
        for row in ws.iter_rows():
            if row[0].value == label:
                row[0].alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
                row[1].alignment = Alignment(horizontal="left", vertical="bottom", wrap_text=True)
                ws.row_dimensions[row[0].row].height = 48
        save(wb, name, widths, heights)

    s27_make.save = tweak
    s27_make.labelled(stem, BASE + s27_make.FUNDS + [("其中：财政拨款", 160), (label, amount)])
    s27_make.save = save


def main() -> None:
    """Write every s28b workbook (print them to PDF and run pdftotext as the docstring above says)."""
    s27_make.save = save
    s28_make.save = save
    funds = s27_make.FUNDS
    # 1. a remark's row between the plain layout's amounts and its goal
    s27_make.plain("plain-remark-after-amounts", after_amounts="备注：本项目资金已于2024年3月下达")
    s27_make.plain("plain-remark-long-after-amounts", after_amounts="备注：本项目含上年结转资金30万元，其中省级补助20万元、"
                   "县级配套10万元，资金已于2024年3月下达。")
    s28_make.plain_rows("plain-remark-cells-after-amounts", [("备注：", "资金已下达")])
    # 4. a fund row split over two lines: its label, its amount on the next line
    s28_make.plain_rows("plain-bond-split", [("其中：债券资金",), ("50.00",)])
    s27_make.labelled("bond-label-wrapped", BASE + funds + [("其中：财政拨款", 160),
                                                           ("其中：地方政府专项债券资金（新增一般债券）", 50)])
    s27_make.labelled("bond-label-wrapped-three", BASE + funds + [("其中：财政拨款", 160),
                                                                 ("其中：地方政府专项债券资金（新增一般债券部分）项目", 50)])
    top_label_bottom_amount("bond-amount-under", "债券资金", 50)
    top_label_bottom_amount("carry-over-amount-under", "上年结转资金", 20)


if __name__ == "__main__":
    main()

"""Make careful-*.xlsx, the careful workbooks of tests/data/workbooks_careful laid out for print,
whose PDF text tests/data/pdftext/careful-*-layout.txt holds:

    python careful_make.py OUTDIR
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/careful-*.xlsx
    pdftotext -layout OUTDIR/careful-w15.pdf careful-w15-layout.txt

Each table is written by make_workbooks.py itself (the same cells, labels and rows), then given
what a department sets before printing: landscape A4 fitted to the page's width, and rows as tall
as their wrapped text (fit_rows of audit5_make.py).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from audit5_make import fit_rows  # beside this file

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
MAKER = Path(__file__).resolve().parents[1] / "workbooks_careful" / "make_workbooks.py"
# the tables laid out for print: careful-<key>.xlsx from the maker's table of that name
PRINTED = {"w15": "w15-yiwu-jiaoyu-gongyong-jingfei"}


def _maker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_workbooks", MAKER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> None:
    maker = _maker()
    for key, name in PRINTED.items():
        path = OUT / f"careful-{key}.xlsx"
        maker._write(maker.TABLES[name], path)
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        widths = [ws.column_dimensions[get_column_letter(k)].width or 10 for k in range(1, ws.max_column + 1)]
        fit_rows(ws, widths)
        ws.page_setup.paperSize = 9
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        wb.save(path)


if __name__ == "__main__":
    main()

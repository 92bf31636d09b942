"""Cell styling shared by the scripts here that lay out target tables as departments print them (audit5_make,
layouts_make, s27_make): thin borders, centred or left-aligned wrapped text, one call that writes a cell merged over
a block, and one that sizes a sheet and fits it to one A4 page wide."""
from __future__ import annotations

from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def put(ws: Worksheet, row: int, col: int, value: object, align: Alignment = CENTER, to_col: int | None = None,
        to_row: int | None = None) -> None:
    """Write ``value`` at (row, col) with borders, merged to (to_row, to_col) when given."""
    last_row, last_col = to_row or row, to_col or col
    for r in range(row, last_row + 1):
        for c in range(col, last_col + 1):
            ws.cell(r, c).border = BORDER
    cell = ws.cell(row, col, value)
    cell.alignment = align
    if (last_row, last_col) != (row, col):
        ws.merge_cells(start_row=row, start_column=col, end_row=last_row, end_column=last_col)


def fit_a4_wide(ws: Worksheet, widths: list[float], heights: float) -> None:
    """Give the sheet's columns ``widths``, its rows not sized yet ``heights``, and print it one A4 page wide."""
    for k, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = width
    for r in range(1, ws.max_row + 1):
        if ws.row_dimensions[r].height is None:
            ws.row_dimensions[r].height = heights
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0

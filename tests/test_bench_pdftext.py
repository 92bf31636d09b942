"""bench/bench_pdftext.py times the PDF-text importer's side columns on long tables: its column must be
one the importer shares out whole (every line to a row, rows in order), or the figures time nothing."""

from __future__ import annotations

import bulk_helpers  # noqa: F401  (puts bench/ on the path)


def test_the_benchmark_s_side_column_is_shared_out_line_by_line_in_row_order() -> None:
    from bench_pdftext import side_column

    from ggtlint.importers.pdftext import _side_cell_rows

    cells, bands = side_column(300)
    rows = _side_cell_rows(cells, bands)
    assert len(rows) == 600 and rows == sorted(rows) and set(rows) <= set(range(300))
    assert rows[0] == 0 and rows[-1] == 299

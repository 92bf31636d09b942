"""bench/bench_pdftext.py times the PDF-text importer's side columns on long tables: its column must be
one the importer shares out whole (every line to a row within reach), or the figures time nothing."""

from __future__ import annotations

import bulk_helpers  # noqa: F401  (puts bench/ on the path)


def test_the_benchmark_s_side_column_is_shared_out_every_line_to_a_row_near_it() -> None:
    from bench_pdftext import side_column

    from ggtlint.importers.pdftext import _SIDE_REACH, _side_cell_rows

    cells, bands = side_column(300)
    rows = _side_cell_rows(cells, bands)
    assert len(rows) == 600 and set(rows) == set(range(300))  # every row takes a line
    assert all(abs(cell.line - bands[row][0]) <= _SIDE_REACH for cell, row in zip(cells, rows))

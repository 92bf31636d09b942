"""Benchmark: how the PDF-text importer's sharing out of side cells (备注, 计量单位 beside the values)
grows with a table's rows.

``importers.pdftext._side_cell_rows`` plans, row by row, which wrapped lines of a side column each row
takes. Its cost must grow with the rows, not their square (a 5,000-line text once took half a minute).
This prints the CPU time for one side column of 200 … 3,200 rows (a note on every other line) and
each step's ratio to the one before: about 2 when linear. Prints figures; asserts nothing.

    python bench/bench_pdftext.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ggtlint.importers.pdftext import _Cell, _side_cell_rows, _Tok  # noqa: E402


def side_column(rows: int) -> tuple[list[_Cell], list[tuple[int, int]]]:
    """One side column: a note on each of ``2 * rows`` lines, a row on every other line."""
    cells = [_Cell(line, [_Tok("按每户每年2000元标准发放", line, 100, False, True, "", False)])
             for line in range(2 * rows)]
    return cells, [(2 * k, 2 * k) for k in range(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is printed")
    args = parser.parse_args()
    before = None
    for rows in (200, 400, 800, 1600, 3200):
        cells, bands = side_column(rows)
        best = float("inf")
        for _ in range(args.repeat):
            started = time.process_time()
            _side_cell_rows(cells, bands)
            best = min(best, time.process_time() - started)
        ratio = f"{best / before:5.2f}x the size before" if before else ""
        print(f"  {rows:5d} rows, {2 * rows:5d} side lines   {best:7.3f} s CPU   {ratio}")
        before = best


if __name__ == "__main__":
    main()

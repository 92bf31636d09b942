"""Write p2a…p2d-*.txt: four careful tables of round p2 (g561, g570, g568, g594) in p1_make.py's
layouts (see its docstring).

    python p2_make.py   # rewrites the p2 .txt files beside it
"""
from __future__ import annotations

import p1_make

FILES = {"p2a": ("g561", "seed"), "p2b": ("g570", "wide"), "p2c": ("g568", "form2021"), "p2d": ("g594", "form2021")}

if __name__ == "__main__":
    p1_make.FILES = FILES
    p1_make.main()

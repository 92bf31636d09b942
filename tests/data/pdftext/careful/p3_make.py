"""Write p3a…p3d-*.txt: four careful tables of round p3 (g641, g644, g638, g646) in p1_make.py's
layouts (see its docstring).

    python p3_make.py   # rewrites the p3 .txt files beside it
"""
from __future__ import annotations

import p1_make

FILES = {"p3a": ("g641", "seed"), "p3b": ("g644", "wide"), "p3c": ("g638", "form2021"), "p3d": ("g646", "form2021")}

if __name__ == "__main__":
    p1_make.FILES = FILES
    p1_make.main()

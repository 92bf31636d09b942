"""Write p1a…p1h-*.txt: eight careful 2026 tables of fixtures/sectors as the text pdftotext gives
for a published table, in three layouts bureaus use:

* ``seed`` (p1a–p1d; p1b in 万元): the 附表7 批复表 of ../shared/seeds (pdftotext without -layout): no header
  labels, the agencies wrapped mid-word, three bare amounts as 300,000.00, the goal wrapped at the
  cell's width, 一级/二级 labels on the line of the first indicator or alone, names wrapped at six
  characters with the value on a line of its own, and a page break (page number, the title
  repeated) among the indicators.
* ``wide`` (p1e, p1f): pdftotext -layout of a landscape table, labelled header fields two a line,
  指标名称 / 指标值 / 计量单位 / 备注 side by side (the figure with its comparison, the unit apart), the
  一级/二级 labels on their block's middle line.
* ``form2021`` (p1g, p1h): pdftotext -layout of a 2021 form, 成本指标 the first 一级, names wrapped
  in a narrow column, a page break (第1页 共2页, the heading line repeated) in the middle of a block.

    python p1_make.py   # rewrites the .txt files beside it

The text is written, not extracted: it follows what pdftotext gives for such tables (the seed
text, tests/data/pdftext/*-layout.txt) line by line.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SECTORS = HERE.parents[3] / "fixtures" / "sectors"

FILES = {
    "p1a": ("g400", "seed"), "p1b": ("g458", "seed"), "p1c": ("g446", "seed"), "p1d": ("g439", "seed"),
    "p1e": ("g404", "wide"), "p1f": ("g413", "wide"), "p1g": ("g403", "form2021"), "p1h": ("g429", "form2021"),
}


def load(key: str) -> tuple[Path, dict]:
    [path] = SECTORS.glob(f"{key}-*.yaml")
    return path, yaml.safe_load(path.read_text(encoding="utf-8"))


def wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def amount(value: float) -> str:
    return f"{value:,.2f}"


def rows(table: dict) -> list[tuple[str, str, str, str]]:
    return [(l1, l2, item["name"], item["value"])
            for l1, level2 in table["indicators"].items() for l2, items in level2.items() for item in items]


def notes(table: dict) -> list[str]:
    return [item.get("note", "") for level2 in table["indicators"].values() for items in level2.values()
            for item in items]


def goal_lines(goal: str, width: int) -> list[str]:
    """The goal as one paragraph wrapped at the cell's width (its YAML line breaks are the author's)."""
    return wrap("".join(part.strip() for part in goal.strip().split("\n")), width)


# -- the seed's 附表7 批复表 (pdftotext without -layout) ----------------------------------------

def seed(table: dict, break_after: int) -> str:
    project, funds = table["project"], table["funds"]
    title = project["title"].replace("绩效目标表", "绩效目标批复表")
    unit = funds["unit"]
    head = ["附表7", "", title, f"单位：{unit}", "", f"{project['category']} {project['name']}", ""]
    for agency in (project["department"], project["implementer"]):
        head += ["\n".join(wrap(agency, 17)), ""]
    for key in ("total", "fiscal", "other"):
        head += [amount(funds[key]), ""]
    head += goal_lines(table["goal"], 42) + [""]
    body: list[str] = []
    seen1, seen2 = None, None
    for index, (l1, l2, name, value) in enumerate(rows(table)):
        if index == break_after:
            body += ["", "- 1 -", "\f" + title, f"单位：{unit}", ""]
        label = ""
        if l2 != seen2 or l1 != seen1:
            # a label wider than its column wraps at six characters ("可持续影响指" / "标")
            label, seen2 = "\n".join(wrap(l2, 6)), l2
        if l1 != seen1:
            seen1 = l1
            if l1 == "效益指标" and len(l2) <= 6:  # the seed prints "效益指标 社会效益指标" on one line
                label = f"{l1} {label}"
            else:
                body += [l1, ""]
        short = len(name) <= 7 and len(value) <= 12
        if short:
            body += [" ".join(part for part in (label, name, value) if part), ""]
        else:
            if label:
                body.append(label)
            body += wrap(name, 6) + ["", value, ""]
    return "\n".join(head + body) + "\n\n\f"


# -- pdftotext -layout: helpers ----------------------------------------------------------------

def place(cells: list[tuple[int, str]]) -> str:
    """One line with each text starting at its column (a space kept between texts that run on)."""
    line = ""
    for column, text in cells:
        if not text:
            continue
        if line and len(line) >= column:
            line += "  "
        line = line.ljust(column) + text
    return line.rstrip()


_SPLIT = re.compile(r"^([≥≤＝<>＜＞]?[0-9.]+)(.*)$")


def split_unit(value: str) -> tuple[str, str]:
    """≥300人 → (≥300, 人); dates and words stay whole."""
    match = _SPLIT.match(value)
    # only a unit goes to 计量单位: "2℃～8℃", "7×24小时", "24小时内", "10-15张" stay whole
    if match and match.group(2) and re.fullmatch(r"[^\d～~×\-—年月日前后内]+", match.group(2)):
        return match.group(1), match.group(2)
    return value, ""


def header_layout(table: dict, pairs: bool) -> list[str]:
    project, funds = table["project"], table["funds"]
    unit = funds["unit"]
    out = [" " * 40 + project["title"], "", f"金额单位：{unit}"]
    if pairs:
        out += [place([(0, "项目名称"), (16, project["name"]), (70, "项目编码"), (82, project["code"])]),
                place([(0, "主管部门"), (16, project["department"]), (70, "实施单位"), (82, project["implementer"])]),
                place([(0, "项目类别"), (16, project["category"]), (70, "预算年度"), (82, str(project["year"]))]),
                place([(0, "年度资金总额"), (16, amount(funds["total"])), (36, "财政拨款"), (48, amount(funds["fiscal"])),
                       (70, "其他资金"), (82, amount(funds["other"]))])]
    else:
        out += [place([(0, "项目名称"), (16, project["name"])]),
                place([(0, "主管部门"), (16, project["department"])]),
                place([(0, "实施单位"), (16, project["implementer"])]),
                place([(0, "项目类别"), (16, project["category"])]),
                place([(0, "年度资金总额"), (92 - len(amount(funds["total"])), amount(funds["total"]))]),
                place([(2, "其中：财政拨款"), (92 - len(amount(funds["fiscal"])), amount(funds["fiscal"]))]),
                place([(8, "其他资金"), (92 - len(amount(funds["other"])), amount(funds["other"]))])]
    goal = goal_lines(table["goal"], 60 if pairs else 48)
    middle = (len(goal) - 1) // 2
    for index, text in enumerate(goal):
        out.append(place([(0, "年度总体目标" if index == middle else ""), (16, text)]))
    return out + ["", ""]


def grid_layout(table: dict, columns: dict[str, int], name_width: int, unit_column: bool,
                break_at: int | None, furniture: list[str]) -> list[str]:
    """The grid: each row's name wrapped at ``name_width`` (value on the row's middle line), the
    一级 and 二级 labels on their block's middle line; a page break before row ``break_at``."""
    lines: list[list[tuple[int, str]]] = []
    spans1: list[tuple[str, int, int]] = []
    spans2: list[tuple[str, int, int]] = []
    breaks: list[int] = []
    table_notes = notes(table)
    for index, (l1, l2, name, value) in enumerate(rows(table)):
        if index == break_at:
            breaks.append(len(lines))
        parts = wrap(name, name_width)
        start = len(lines)
        middle = start + (len(parts) - 1) // 2
        for k, part in enumerate(parts):
            cells = [(columns["name"], part)]
            if start + k == middle:
                shown, unit = split_unit(value) if unit_column else (value, "")
                cells += [(columns["value"], shown)] + ([(columns["unit"], unit)] if unit else [])
                if "note" in columns and table_notes[index]:
                    cells.append((columns["note"], table_notes[index]))
            lines.append(cells)
        for spans, label in ((spans1, l1), (spans2, l2)):
            if spans and spans[-1][0] == label:
                spans[-1] = (label, spans[-1][1], len(lines))
            else:
                spans.append((label, start, len(lines)))
    between: dict[int, list[tuple[int, str]]] = {}  # labels on a line of their own after line k
    for spans, key in ((spans1, "l1"), (spans2, "l2")):
        for label, first, end in spans:
            # a block cut by the page break prints its label on each page's part
            cut = [b for b in breaks if first < b < end]
            pieces = [(first, cut[0]), (cut[0], end)] if cut else [(first, end)]
            for a, b in pieces:
                if (b - a) % 2:
                    lines[a + (b - a - 1) // 2].append((columns[key], label))
                else:  # the middle falls between two lines: pdftotext prints it on a line of its own
                    between.setdefault(a + (b - a) // 2 - 1, []).append((columns[key], label))
    heading = [(columns["l1"], "一级指标"), (columns["l2"], "二级指标"), (columns["name"], "三级指标"),
               (columns["value"], "指标值")] + ([(columns["unit"], "计量单位")] if unit_column else []) \
        + ([(columns["note"], "备注")] if "note" in columns else [])
    out = [place(heading)]
    for number, cells in enumerate(lines):
        if number in breaks:
            out += [""] + furniture + ["\f" + place(heading)]
        out.append(place(sorted(cells)))
        if number in between:
            out.append(place(sorted(between[number])))
    return out


def wide(table: dict) -> str:
    columns = {"l1": 2, "l2": 14, "name": 30, "value": 72, "unit": 90, "note": 102}
    out = header_layout(table, pairs=True)
    out += grid_layout(table, columns, 40, True, None, [])
    return "\n".join(out) + "\n\f"


def form2021(table: dict, break_at: int) -> str:
    columns = {"l1": 4, "l2": 16, "name": 32, "value": 52}
    out = header_layout(table, pairs=False)
    out += grid_layout(table, columns, 14, False, break_at, [" " * 40 + "第1页 共2页"])
    out += ["", " " * 40 + "第2页 共2页"]
    return "\n".join(out) + "\n\f"


def main() -> None:
    for stem, (key, layout) in FILES.items():
        path, table = load(key)
        count = len(rows(table))
        text = seed(table, count // 2) if layout == "seed" else wide(table) if layout == "wide" \
            else form2021(table, count // 2 + 1)
        (HERE / f"{stem}-{path.stem.split('-', 1)[0]}-{layout}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

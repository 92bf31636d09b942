"""Make the audit5-*.xlsx workbooks whose PDF text tests/data/pdftext/audit5-*-layout.txt holds:
target tables laid out as departments print them (column widths, wrapped text, merged labels).

    python audit5_make.py OUTDIR
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/audit5-*.xlsx
    pdftotext -layout OUTDIR/audit5-x.pdf audit5-x-layout.txt
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from audit5_rows import COST_ROWS, ROWS, WRAPPED_ROWS, WRAPPED_VALUE_ROWS  # beside this file
from sheet_cells import CENTER, LEFT, put  # beside this file

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")


def head(ws: Worksheet, title: str, ncols: int, fields: list[tuple[str, object]]) -> int:
    """Title, then one "label | value" row per field, the value across the other columns."""
    put(ws, 1, 1, title, to_col=ncols)
    ws.cell(1, 1).font = Font(size=14, bold=True)
    put(ws, 2, 1, "（2024年度）", to_col=ncols)
    r = 3
    for label, value in fields:
        put(ws, r, 1, label)
        put(ws, r, 2, value, LEFT, to_col=ncols)
        r += 1
    return r


def grid(ws: Worksheet, top: int, headings: list[str], rows: list[tuple]) -> int:
    """The heading row, then rows (l1, l2, name, value, *more), 一级 and 二级 merged over their runs."""
    for k, text in enumerate(headings, 1):
        put(ws, top, k, text)
    r = top + 1
    runs1: dict[str, list[int]] = {}
    runs2: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        runs1.setdefault(row[0], [r, r])[1] = r
        runs2.setdefault((row[0], row[1]), [r, r])[1] = r
        for k, value in enumerate(row[2:], 3):
            put(ws, r, k, value, LEFT if k == 3 or k > 4 else CENTER)
        r += 1
    for text, (a, b) in runs1.items():
        put(ws, a, 1, text, to_row=b)
    for (_l1, text), (a, b) in runs2.items():
        put(ws, a, 2, text, to_row=b)
    return r


def _lines(text: object, width: float) -> int:
    """Lines a wrapped cell of ``width`` (in widths of a digit) takes: a hanzi is two digits wide."""
    return sum(max(1, math.ceil(sum(2 if ord(ch) > 0x2e80 else 1 for ch in part) / max(width - 1, 1)))
               for part in str(text).split("\n"))


def fit_rows(ws: Worksheet, widths: list[float]) -> None:
    """Row heights as Excel's autofit leaves them (LibreOffice does not refit an openpyxl book's rows):
    enough lines for the tallest wrapped cell, a merged cell's width the sum of its columns'."""
    spans: dict[tuple[int, int], float] = {}
    for merged in ws.merged_cells.ranges:
        if merged.min_row == merged.max_row:
            spans[(merged.min_row, merged.min_col)] = sum(widths[c - 1] for c in range(merged.min_col, merged.max_col + 1))
    for row in ws.iter_rows():
        r = row[0].row
        if ws.row_dimensions[r].height is not None:
            continue
        tallest = max((_lines(cell.value, spans.get((r, cell.column), widths[cell.column - 1]))
                       for cell in row if cell.value is not None and cell.column <= len(widths)), default=1)
        ws.row_dimensions[r].height = 14.25 * tallest + 2


def save(wb: openpyxl.Workbook, stem: str, widths: list[float], landscape: bool = False) -> None:
    ws = wb.active
    for k, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = width
    fit_rows(ws, widths)
    ws.page_setup.paperSize = 9
    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(OUT / f"audit5-{stem}.xlsx")


FIELDS = [("项目名称", "农村饮水安全巩固提升工程"), ("主管部门", "某县水利局"), ("实施单位", "某县农村供水管理站"),
          ("年度资金总额（万元）", 860)]


def medium_goal() -> None:
    """财预〔2015〕88号 申报表: 中期目标 and 年度目标 side by side under 总体目标, 中期 and 年度 values."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "项目支出绩效目标申报表", 6, FIELDS)
    put(ws, r, 1, "总体目标", to_row=r + 1)
    put(ws, r, 2, "中期目标（2024-2026年）", to_col=3)
    put(ws, r, 4, "年度目标（2024年）", to_col=6)
    put(ws, r + 1, 2, "目标1：三年新建集中供水工程18处，改造配水管网120公里。\n目标2：农村自来水普及率达到95%。",
        LEFT, to_col=3)
    put(ws, r + 1, 4, "目标1：新建集中供水工程6处，改造配水管网42公里。\n目标2：巩固提升2.1万农村人口供水保障水平。",
        LEFT, to_col=6)
    ws.row_dimensions[r + 1].height = 75
    rows = [(l1, l2, name, "", value) for l1, l2, name, value in ROWS]
    rows[0] = (*rows[0][:3], "≥18处", rows[0][4])
    rows[1] = (*rows[1][:3], "≥120公里", rows[1][4])
    grid(ws, r + 2, ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"], rows)
    save(wb, "medium-goal", [12, 16, 22, 14, 14, 10])


def medium_goal_right() -> None:
    """The look-alike the other way round: 年度目标 left of 中期目标."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "项目支出绩效目标申报表", 6, FIELDS)
    put(ws, r, 1, "总体目标", to_row=r + 1)
    put(ws, r, 2, "年度目标（2024年）", to_col=3)
    put(ws, r, 4, "中期目标（2024-2026年）", to_col=6)
    put(ws, r + 1, 2, "新建集中供水工程6处，改造配水管网42公里，巩固提升2.1万农村人口供水保障水平。", LEFT, to_col=3)
    put(ws, r + 1, 4, "三年新建集中供水工程18处，改造配水管网120公里，农村自来水普及率达到95%。", LEFT, to_col=6)
    ws.row_dimensions[r + 1].height = 60
    grid(ws, r + 2, ["一级指标", "二级指标", "三级指标", "指标值"], ROWS)
    save(wb, "medium-goal-right", [12, 16, 22, 14, 14, 10])


def cost_first() -> None:
    """The 2021 framework (财预〔2021〕101号) with the 成本指标 block first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 4, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里。")])
    rows = [*COST_ROWS, *ROWS]
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值"], rows)
    save(wb, "cost-first", [12, 18, 26, 18])


def long_notes() -> None:
    """A 备注 column holding long notes, wrapped over more lines than the row's other cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 5, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里。")])
    notes = [
        "按县水利局下达的年度建设计划，含续建工程2处，新建工程以竣工验收为准。",
        "",
        "由第三方检测机构抽检，抽检比例不低于30%，不合格的限期整改后复检。",
        "",
        "按2023年底户籍人口统计，含易地搬迁安置点人口。",
        "",
        "委托第三方机构开展问卷调查，样本不少于300户，满意度按加权平均计算。",
    ]
    rows = [(*row, note) for row, note in zip(ROWS, notes)]
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值", "备注"], rows)
    save(wb, "long-notes", [12, 16, 20, 16, 22])


def notes_every_row() -> None:
    """A note on every row, of one, two or three lines; the look-alike of short notes row by row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 5, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里。")])
    notes = [
        "续建2处",
        "按竣工图计，含入户支管，不含水厂厂区内管道。",
        "由第三方检测机构抽检，抽检比例不低于30%，不合格的限期整改后复检，复检仍不合格的扣减补助资金。",
        "以竣工验收时间为准",
        "按2023年底户籍人口统计，含易地搬迁安置点人口。",
        "按设计文件",
        "委托第三方机构开展问卷调查，样本不少于300户。",
    ]
    rows = [(*row, note) for row, note in zip(ROWS, notes)]
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值", "备注"], rows)
    save(wb, "notes-every-row", [12, 16, 20, 16, 22])


def wrapped_names_three() -> None:
    """三级指标 names over three lines in a narrow column, short ones between them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 4, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里。")])
    rows = WRAPPED_ROWS
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值"], rows)
    save(wb, "wrapped-names-three", [11, 14, 10, 16])


def landscape_narrow() -> None:
    """Landscape, 计量单位 beside the values, 指标解释 and 指标值确定依据 narrow enough to wrap."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 7, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里，"
                                                                "巩固提升2.1万农村人口供水保障水平。")])
    rows = [
        ("产出指标", "数量指标", "新建集中供水工程", "≥6", "处", "反映年度新建集中供水工程的数量，含续建工程。",
         "依据县农村供水规划和年度实施方案确定。"),
        ("产出指标", "数量指标", "改造配水管网长度", "≥42", "公里", "反映年度改造配水管网的总长度，按竣工图计。",
         "依据年度实施方案，按项目清单汇总。"),
        ("产出指标", "质量指标", "工程验收合格率", "100", "%", "反映工程竣工验收合格的比例。",
         "依据《村镇供水工程技术规范》（SL 310-2019）。"),
        ("产出指标", "时效指标", "工程完工时间", "2024年11月30日前", "", "反映工程按期完工情况。", "依据年度工作计划。"),
        ("效益指标", "社会效益指标", "巩固提升受益人口", "≥2.1", "万人", "反映工程巩固提升后受益的农村人口数，按户籍人口计。",
         "依据受益村人口统计数据。"),
        ("效益指标", "可持续影响指标", "工程设计使用年限", "≥20", "年", "反映工程持续发挥效益的年限。", "依据工程设计文件。"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90", "%", "反映受益群众对供水服务的满意程度，通过问卷调查取得。",
         "参考上年满意度调查结果，较上年提高。"),
    ]
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标解释", "指标值确定依据"], rows)
    save(wb, "landscape-narrow", [11, 15, 20, 16, 9, 22, 20], landscape=True)


def wrapped_names_and_values() -> None:
    """Names over two or three lines and values over two in narrow columns, a 备注 beside some."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 5, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里。")])
    rows = WRAPPED_VALUE_ROWS
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值", "备注"], rows)
    save(wb, "wrapped-names-values", [10, 12, 14, 12, 16])


def page_break_in_block() -> None:
    """A page break inside the merged 产出指标 / 数量指标 cells, the heading row printed again."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = head(ws, "2024年项目支出绩效目标表", 4, FIELDS + [("年度总体目标", "新建集中供水工程6处，改造配水管网42公里。")])
    villages = ["东风", "红旗", "前进", "胜利", "和平", "团结", "新华", "光明"]
    rows = [("产出指标", "数量指标", f"{name}村供水管网改造长度", f"≥{k + 2}公里") for k, name in enumerate(villages)]
    rows += [("产出指标", "质量指标", "工程验收合格率", "100%"), ROWS[4], ROWS[6]]
    grid(ws, r, ["一级指标", "二级指标", "三级指标", "指标值"], rows)
    ws.print_title_rows = f"{r}:{r}"
    ws.row_breaks.append(Break(id=r + 5))  # after the fifth village
    save(wb, "page-break-in-block", [12, 16, 26, 18])


if __name__ == "__main__":
    for make in (medium_goal, medium_goal_right, landscape_narrow, cost_first, wrapped_names_three, long_notes,
                 notes_every_row, wrapped_names_and_values, page_break_in_block):
        make()

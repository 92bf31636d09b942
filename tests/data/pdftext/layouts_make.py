"""Make the workbooks whose PDF text tests/data/pdftext/layout-*-layout.txt holds: target tables laid out as
departments' templates are (merged name and label cells, wrapped names and periods, the unit in a header only,
a long goal, columns of uneven width), to see what LibreOffice and pdftotext make of them.

    python layouts_make.py OUTDIR
    HOME=$(mktemp -d) soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/layout-*.xlsx
    pdftotext -layout OUTDIR/layout-x.pdf layout-x-layout.txt
"""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from sheet_cells import CENTER, LEFT, fit_a4_wide, put  # beside this file

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")


def title(ws: Worksheet, text: str, ncols: int) -> int:
    put(ws, 1, 1, text, to_col=ncols)
    ws.cell(1, 1).font = Font(size=14, bold=True)
    return 2


def fields(ws: Worksheet, r: int, ncols: int, items: list[tuple[str, object]], height: dict[str, float] | None = None) -> int:
    """One "label | value" row per field, the value across the other columns."""
    for label, value in items:
        put(ws, r, 1, label)
        put(ws, r, 2, value, LEFT, to_col=ncols)
        if height and label in height:
            ws.row_dimensions[r].height = height[label]
        r += 1
    return r


def grid(ws: Worksheet, top: int, headings: list[str], rows: list[tuple], name_runs: bool = False) -> int:
    """The heading row, then rows (l1, l2, name, value, *more), 一级 and 二级 merged over their runs; with
    ``name_runs`` a name of "" continues the name above (merged over both rows, vertically centred)."""
    for k, text in enumerate(headings, 1):
        put(ws, top, k, text)
    r = top + 1
    runs: list[dict] = [{}, {}, {}]
    last_name: tuple = ()
    for row in rows:
        runs[0].setdefault(row[0], [r, r])[1] = r
        runs[1].setdefault(row[:2], [r, r])[1] = r
        if name_runs and row[2] == "":
            runs[2][last_name][1] = r
        else:
            last_name = (*row[:2], row[2], r)
            runs[2][last_name] = [r, r]
        for k, value in enumerate(row[3:], 4):
            put(ws, r, k, value, LEFT if k > 4 else CENTER)
        r += 1
    for key, (a, b) in runs[0].items():
        put(ws, a, 1, key, to_row=b)
    for key, (a, b) in runs[1].items():
        put(ws, a, 2, key[1], to_row=b)
    for key, (a, b) in runs[2].items():
        put(ws, a, 3, key[2], LEFT, to_row=b)
    return r


def save(wb: openpyxl.Workbook, stem: str, widths: list[float], heights: float = 30) -> None:
    fit_a4_wide(wb.active, widths, heights)
    wb.save(OUT / f"layout-{stem}.xlsx")


HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
BASE = [
    ("项目名称", "2024年农村公路养护工程"), ("主管部门", "某县交通运输局"), ("实施单位", "某县公路管理段"),
]
ROWS = [
    ("产出指标", "数量指标", "养护农村公路里程", "≥320公里"),
    ("产出指标", "质量指标", "路面技术状况优良率", "≥80%"),
    ("产出指标", "时效指标", "养护任务完成时间", "2024年12月31日前"),
    ("产出指标", "成本指标", "每公里养护成本", "≤0.5万元"),
    ("效益指标", "社会效益指标", "群众出行条件改善", "明显改善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
]
GOAL = "完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。"


def name_merged_two_values() -> None:
    """A 三级指标 name merged over two rows, each with its own value, the name vertically centred."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    rows = [
        ("产出指标", "数量指标", "养护农村公路里程", "县道≥120公里"),
        ("产出指标", "数量指标", "", "乡村道≥200公里"),
        *ROWS[1:],
    ]
    grid(ws, r, HEAD, rows, name_runs=True)
    save(wb, "name-merged-two-values", [12, 18, 26, 20], heights=24)


def label_merged_down() -> None:
    """实施期限 merged down over two rows, its value beside the second; 年度资金总额 likewise."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4, BASE)
    put(ws, r, 1, "实施期限", to_row=r + 1)
    put(ws, r, 2, "", LEFT, to_col=4)
    put(ws, r + 1, 2, "2024年1月至2024年12月", LEFT, to_col=4)
    put(ws, r + 2, 1, "年度资金总额（万元）", to_row=r + 3)
    put(ws, r + 2, 2, "", LEFT, to_col=4)
    put(ws, r + 3, 2, 160, LEFT, to_col=4)
    r = fields(ws, r + 4, 4, [("年度总体目标", GOAL)])
    grid(ws, r, HEAD, ROWS)
    save(wb, "label-merged-down", [14, 18, 26, 20], heights=20)


def long_names() -> None:
    """Indicator names long enough to wrap over two or three lines inside their cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    rows = [
        ("产出指标", "数量指标", "完成日常养护的县道、乡道和村道（含通自然村道路）总里程", "≥320公里"),
        ("产出指标", "质量指标", "路面技术状况指数（PQI）达到优良等级的路段占比", "≥80%"),
        ("产出指标", "时效指标", "养护任务完成时间", "2024年12月31日前"),
        ("效益指标", "社会效益指标", "农村公路安全隐患路段整治后交通事故起数较上年下降", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]
    grid(ws, r, HEAD, rows)
    save(wb, "long-names", [12, 18, 18, 16], heights=48)


def period_wrapped() -> None:
    """实施期限 wrapped in a narrow cell as 2024年1月至 / 今年底."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "2024年项目支出绩效目标表", 4)
    put(ws, r, 1, "项目名称")
    put(ws, r, 2, BASE[0][1], LEFT)
    put(ws, r, 3, "实施期限")
    put(ws, r, 4, "2024年1月至\n今年底", LEFT)
    ws.row_dimensions[r].height = 32
    r = fields(ws, r + 1, 4, BASE[1:] + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    grid(ws, r, HEAD, ROWS)
    save(wb, "period-wrapped", [12, 22, 12, 12], heights=20)


def unit_in_header() -> None:
    """Amounts with 万元 in the header row only, the figures in the row below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4, BASE)
    put(ws, r, 1, "项目资金（万元）", to_row=r + 1)
    put(ws, r, 2, "年度资金总额")
    put(ws, r, 3, "其中：财政拨款")
    put(ws, r, 4, "其他资金")
    put(ws, r + 1, 2, "160.00")
    put(ws, r + 1, 3, "150.00")
    put(ws, r + 1, 4, "10.00")
    r = fields(ws, r + 2, 4, [("年度总体目标", GOAL)])
    grid(ws, r, HEAD, ROWS)
    save(wb, "unit-in-header", [16, 18, 26, 20], heights=20)


def goal_many_lines() -> None:
    """A goal over many lines, numbered, in one merged cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    goal = ("目标1：完成全县320公里农村公路日常养护，其中县道120公里、乡村道200公里，做到路面整洁、路肩完好、"
            "边沟畅通。\n目标2：实施路面病害处治，修补坑槽不少于5000平方米，路面技术状况优良率达到80%以上。\n"
            "目标3：开展安全隐患排查整治，完善交通安全设施，增设警示标志200块、波形护栏3公里。\n"
            "目标4：健全县乡村三级养护管理机制，落实“路长制”，养护资金全部用于养护工程，不挪作他用。")
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", goal)], height={"年度总体目标": 150})
    grid(ws, r, HEAD, ROWS)
    save(wb, "goal-many-lines", [12, 18, 26, 20], heights=20)


def uneven_columns() -> None:
    """Columns of very uneven width: narrow 一级/二级, a wide name column, a narrow value column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    grid(ws, r, HEAD, ROWS)
    save(wb, "uneven-columns", [8, 10, 40, 9], heights=34)


def template_combined() -> None:
    """A bureau's 批复表: several of the above at once (unit line, name merged over two, wrapped period)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "某县2024年项目支出绩效目标批复表", 5)
    put(ws, r, 1, "单位：万元", Alignment(horizontal="right"), to_col=5)
    r += 1
    put(ws, r, 1, "项目名称")
    put(ws, r, 2, BASE[0][1], LEFT, to_col=3)
    put(ws, r, 4, "实施期限")
    put(ws, r, 5, "2024年1月至\n2024年底", LEFT)
    r = fields(ws, r + 1, 5, BASE[1:])
    put(ws, r, 1, "资金情况", to_row=r + 1)
    put(ws, r, 2, "年度资金总额")
    put(ws, r, 3, "财政拨款")
    put(ws, r, 4, "其他资金", to_col=5)
    put(ws, r + 1, 2, "160.00")
    put(ws, r + 1, 3, "160.00")
    put(ws, r + 1, 4, "0.00", to_col=5)
    r = fields(ws, r + 2, 5, [("年度总体目标", GOAL)])
    rows = [
        ("产出指标", "数量指标", "养护农村公路里程", "县道≥120公里", "按养护合同"),
        ("产出指标", "数量指标", "", "乡村道≥200公里", ""),
        *[(*row, "") for row in ROWS[1:]],
    ]
    grid(ws, r, [*HEAD, "备注"], rows, name_runs=True)
    save(wb, "template-combined", [12, 16, 22, 16, 14], heights=22)


def goal_period_first() -> None:
    """The goal's cell opening with the period (实施期限：2024年1月至12月。), and no 实施期限 field of its own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    goal = "实施期限：2024年1月至12月。" + GOAL
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", goal)])
    grid(ws, r, HEAD, ROWS)
    save(wb, "goal-period-first", [14, 18, 26, 20], heights=36)


def period_after_goal() -> None:
    """实施期限 in the row under the goal's (the header's last field before the grid)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL), ("实施期限", "2024年1月至2024年12月")])
    grid(ws, r, HEAD, ROWS)
    save(wb, "period-after-goal", [14, 18, 26, 20], heights=30)


def header_leftovers() -> None:
    """Header text no field reads: a 填报单位（盖章） line with the unit's name and a date, a lone month above
    实施期限; and the blanks a template always prints (填报单位（盖章）： with nothing, 单位：万元)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "2024年项目支出绩效目标表", 4)
    put(ws, r, 1, "填报单位（盖章）：某县交通运输局", LEFT, to_col=3)
    put(ws, r, 4, "单位：万元", LEFT)
    r = fields(ws, r + 1, 4, BASE)
    put(ws, r, 2, "2024年1月", LEFT, to_col=4)
    r = fields(ws, r + 1, 4, [("实施期限", "2024年1月至2024年12月"), ("年度资金总额", 160), ("年度总体目标", GOAL)])
    r = grid(ws, r, HEAD, ROWS)
    put(ws, r, 1, "填报人：", LEFT, to_col=2)
    put(ws, r, 3, "联系电话：", LEFT, to_col=4)
    save(wb, "header-leftovers", [14, 18, 26, 20], heights=24)


def header_blanks() -> None:
    """Only the blanks a template always prints above its fields: 填报单位（盖章）： and 填报日期： with nothing."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "2024年项目支出绩效目标表", 4)
    put(ws, r, 1, "填报单位（盖章）：", LEFT, to_col=2)
    put(ws, r, 3, "填报日期：", LEFT)
    put(ws, r, 4, "单位：万元", LEFT)
    r = fields(ws, r + 1, 4, BASE + [("实施期限", "2024年1月至2024年12月"), ("年度资金总额", 160),
                                     ("年度总体目标", GOAL)])
    grid(ws, r, HEAD, ROWS)
    save(wb, "header-blanks", [14, 18, 26, 20], heights=24)


def name_wrapped_two_values() -> None:
    """A long 三级指标 name merged over two rows, each with its own value, wrapped over two lines in its cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    rows = [
        ("产出指标", "数量指标", "养护农村公路里程（县道、乡村道合计）", "县道≥120公里"),
        ("产出指标", "数量指标", "", "乡村道≥200公里"),
        *ROWS[1:],
    ]
    grid(ws, r, HEAD, rows, name_runs=True)
    save(wb, "name-wrapped-two-values", [12, 18, 16, 20], heights=24)


def contact_after_goal() -> None:
    """A contact row (联系人 | 王五 | 联系电话 | 0371-12345678) between the goal's row and the indicator grid."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("实施期限", "2024年1月至2024年12月"), ("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    for k, text in enumerate(("联系人", "王五", "联系电话", "0371-12345678"), 1):
        put(ws, r, k, text, LEFT)
    grid(ws, r + 1, HEAD, ROWS)
    save(wb, "contact-after-goal", [14, 18, 26, 20], heights=24)


def contact_remark() -> None:
    """A remark written after a contact label in one cell above the fields (联系电话：…  备注：…), and a contact
    line with a remark after it between the goal's row and the grid."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "2024年项目支出绩效目标表", 4)
    put(ws, r, 1, "联系电话：0371-12345678    备注：本项目含上年结转资金30万元", LEFT, to_col=4)
    r = fields(ws, r + 1, 4, BASE + [("实施期限", "2024年1月至2024年12月"), ("年度资金总额（万元）", 160),
                                     ("年度总体目标", GOAL)])
    put(ws, r, 1, "联系人：王五    联系电话：13800000000    备注：养护合同另附", LEFT, to_col=4)
    grid(ws, r + 1, HEAD, ROWS)
    save(wb, "contact-remark", [14, 18, 26, 20], heights=24)


def plain_contact_after_goal() -> None:
    """A table printed without its header labels (the 附表7 values only: category and name, the two agencies, the
    three amounts, the goal), a contact row (联系人 | 王五 | 联系电话 | 0371-12345678) between the goal and the grid."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "某县2024年项目支出绩效目标表", 4)
    put(ws, r, 1, "特定目标-单位发展专项", LEFT)
    put(ws, r, 2, "2024年农村公路养护工程", LEFT, to_col=4)
    r += 1
    for value in ("某县交通运输局", "某县公路管理段", "1,600,000.00", "1,600,000.00", "0.00", GOAL):
        put(ws, r, 1, value, LEFT, to_col=4)
        r += 1
    for k, text in enumerate(("联系人", "王五", "联系电话", "0371-12345678"), 1):
        put(ws, r, k, text, LEFT)
    grid(ws, r + 1, HEAD, ROWS)
    save(wb, "plain-contact-after-goal", [22, 18, 26, 20], heights=24)


def name_merged_three_values() -> None:
    """A 三级指标 name merged over three rows, each with its own value, the name vertically centred; and its
    look-alike, the name in the middle row's cell only, the cells above and below it left empty."""
    for stem, merged in (("name-merged-three-values", True), ("name-between-two-nameless", False)):
        wb = openpyxl.Workbook()
        ws = wb.active
        r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
                   BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
        rows = [
            ("产出指标", "数量指标", "", "一期≥100公里"),
            ("产出指标", "数量指标", "", "二期≥100公里"),
            ("产出指标", "数量指标", "", "三期≥120公里"),
            *ROWS[1:],
        ]
        end = grid(ws, r, HEAD, rows)
        top = r + 1
        if merged:
            put(ws, top, 3, "养护农村公路里程", LEFT, to_row=top + 2)
        else:
            put(ws, top + 1, 3, "养护农村公路里程", LEFT)
        assert end == top + len(rows)
        save(wb, stem, [12, 18, 26, 20], heights=24)


def remark_after_goal() -> None:
    """A remark row (备注：… across the columns) between the goal's row and the indicator grid, in a labelled table
    and in one printed without its header labels (the 附表7 values only)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("实施期限", "2024年1月至2024年12月"), ("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    put(ws, r, 1, "备注：本项目含上年结转资金30万元", LEFT, to_col=4)
    grid(ws, r + 1, HEAD, ROWS)
    save(wb, "remark-after-goal", [14, 18, 26, 20], heights=24)
    wb = openpyxl.Workbook()
    ws = wb.active
    r = title(ws, "某县2024年项目支出绩效目标表", 4)
    put(ws, r, 1, "特定目标-单位发展专项", LEFT)
    put(ws, r, 2, "2024年农村公路养护工程", LEFT, to_col=4)
    r += 1
    for value in ("某县交通运输局", "某县公路管理段", "1,600,000.00", "1,600,000.00", "0.00", GOAL):
        put(ws, r, 1, value, LEFT, to_col=4)
        r += 1
    put(ws, r, 1, "备注：本项目含上年结转资金30万元", LEFT, to_col=4)
    grid(ws, r + 1, HEAD, ROWS)
    save(wb, "plain-remark-after-goal", [22, 18, 26, 20], heights=24)


def name_merged_three_wrapped() -> None:
    """A 三级指标 name merged over three rows, each with its own value, too long for its column: it wraps onto two
    lines printed about the middle row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = fields(ws, title(ws, "2024年项目支出绩效目标表", 4), 4,
               BASE + [("年度资金总额（万元）", 160), ("年度总体目标", GOAL)])
    rows = [
        ("产出指标", "数量指标", "", "一期≥100公里"),
        ("产出指标", "数量指标", "", "二期≥100公里"),
        ("产出指标", "数量指标", "", "三期≥120公里"),
        *ROWS[1:],
    ]
    grid(ws, r, HEAD, rows)
    put(ws, r + 1, 3, "农村公路日常养护及路面修补里程", LEFT, to_row=r + 3)
    save(wb, "name-merged-three-wrapped", [12, 18, 11, 20], heights=24)


if __name__ == "__main__":
    for make in (name_merged_two_values, label_merged_down, long_names, period_wrapped, unit_in_header,
                 goal_many_lines, uneven_columns, template_combined, goal_period_first, period_after_goal,
                 header_leftovers, header_blanks, name_wrapped_two_values, contact_after_goal, contact_remark,
                 plain_contact_after_goal, name_merged_three_values, remark_after_goal, name_merged_three_wrapped):
        make()

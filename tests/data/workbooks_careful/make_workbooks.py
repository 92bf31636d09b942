"""Write the careful workbooks of tests/test_workbooks_careful.py.

Twenty-one 项目支出绩效目标表 written as departments fill in their Excel templates; w01–w15 in three layouts:

* ``a``: the 2021 预算一体化 export, 一级/二级/三级指标 | 指标方向 (≥/≤/＝/定性) | 指标值 (a number
  cell or text) | 度量单位, amounts in 万元, 成本指标 a 一级 of its own;
* ``b``: a provincial 申报表 with 指标值 | 计量单位 | 指标性质 | 分值 | 指标解释 | 评分标准 and a 合计 row;
* ``c``: the older simple form, 指标值 one text cell (≥200人) and 金额单位：万元 over the table.

w09–w14 combine them with what other exports have: a 运算符 column (beside 指标方向 正向/反向 in
w13), a 备注 column, numbers under ``0.00``, ``0.0``, ``0.0%`` and ``#,##0``, a goal with line breaks
in its cell, a 填表说明 sheet, the template's spare rows left empty, 填报单位/年度/金额单位 on one line.

w16–w21 each have a writer of their own: 指标值 merged over 符号 | 数值 | 单位 (w16, 成本指标 with
经济/社会/生态环境成本, a date typed into the three cells merged), three tables one under another
under one 金额单位 line (w17), names and a 二级 typed over two lines of their cells (w18), amounts
under ``#,##0.00``, costs under ``0.00"万元"`` and a ``yyyy-mm-dd`` date (w19), a goal over several rows
with 其中：中央 (w20), a 填表须知 sheet first, the province's 填报示例, a 审核意见 column, the
reviewers' rows and two hidden sheets (w21).

The rounds' own modules write further tables with these writers; round s8 (test_workbooks_careful_s19.py)
with ``_write_s8`` (the goal merged across the grid, helper columns hidden, the heading repeated mid-grid)
and ``_write_sheet_each`` (a sheet per table, named after its project, a 项目汇总 sheet in front); round
s9 (test_workbooks_careful_s20.py) with ``_write_s9`` (实施期限 as two date cells, the funds in one row,
中期目标 beside 年度目标, frozen panes and an autofilter) and, with ``wps``, the file as WPS saves it;
round s10 (test_workbooks_careful_s21.py) with ``_write_s9`` too, the period in one cell or two.

Figures are number cells where a department types them so (rates as 0.95 under ``0%``), dates
as date cells, 一级/二级 cells merged over their rows. The tables are meant to be right: costs add
up to the funds, deadlines fall inside the year, every figure of the goal is measured.

Usage: ``python make_workbooks.py OUT_DIR`` (openpyxl needed).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Side

DAY = 'yyyy"年"m"月"d"日"'
THIN = Border(*(Side(style="thin"),) * 4)


class Pct(float):
    """A rate typed as a fraction under the ``0%`` format (0.95 shows 95%)."""


class Day(dt.date):
    """A date cell under the short format ``yyyy/m/d`` (2025/9/30), as the 一体化 export leaves it."""


class IsoDay(Day):
    """A date cell under ``yyyy-mm-dd`` (2025-12-31), as a date typed with dashes is shown."""


class Across(str):
    """A date or a phrase typed into 符号 | 数值 | 单位 merged into one cell (w16)."""


class Num(float):
    """A number typed under a number format of its own (700 under ``0.00`` shows 700.00)."""

    def __new__(cls, value: float, number_format: str) -> "Num":
        number = super().__new__(cls, value)
        number.number_format = number_format
        return number


HEADINGS = {
    "a": ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"],
    "b": ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质", "分值", "指标解释", "评分标准"],
    "c": ["一级指标", "二级指标", "三级指标", "指标值"],
}


def heading_of(table: dict) -> list[str]:
    """The grid's heading row: the layout's, or one of its own (a 运算符 column, a 备注 column …)."""
    return table.get("heading") or HEADINGS[table["layout"]]


class Formula(str):
    """A formula (``=ROUND(…)``) with the value WPS caches beside it and a number format of its own."""

    def __new__(cls, formula: str, cached: float | str, number_format: str = "General") -> "Formula":
        text = super().__new__(cls, formula)
        text.cached, text.number_format = cached, number_format
        return text


class Rich(tuple):
    """Text typed in runs of their own fonts (the ≥ in bold, the figure in red), as WPS stores them."""


def _cell(ws, row: int, col: int, value) -> None:
    if isinstance(value, Rich):
        value = CellRichText([TextBlock(InlineFont(rFont="宋体", b=index % 2 == 0), part)
                              for index, part in enumerate(value)])
    cell = ws.cell(row=row, column=col, value=float(value) if isinstance(value, (Pct, Num)) else value)
    if isinstance(value, Formula):
        cell.number_format = value.number_format
        ws.parent.cached_values = {**getattr(ws.parent, "cached_values", {}),
                                   (ws.title, cell.coordinate): value.cached}
    if isinstance(value, Pct):
        cell.number_format = "0%"
    elif isinstance(value, Num):
        cell.number_format = value.number_format
    elif isinstance(value, IsoDay):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, Day):
        cell.number_format = "yyyy/m/d"
    elif isinstance(value, dt.date):
        cell.number_format = DAY
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def _merge_runs(ws, first_row: int, rows: list[tuple], col: int, key) -> None:
    """Merge each run of rows with the same 一级 (or 一级+二级) over its column."""
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or key(rows[index]) != key(rows[start]):
            if index - start > 1:
                ws.merge_cells(start_row=first_row + start, start_column=col,
                               end_row=first_row + index - 1, end_column=col)
            start = index


def _grid(ws, row: int, heading: list[str], rows: list[tuple]) -> int:
    for col, text in enumerate(heading, 1):
        _cell(ws, row, col, text)
    return _body(ws, row + 1, rows)


def _body(ws, first: int, rows: list[tuple]) -> int:
    """The indicator rows under the heading, 一级/二级 merged over their runs; returns the row after."""
    for offset, values in enumerate(rows):
        for col, value in enumerate(values, 1):
            if col > 2 and value is None:
                continue
            if col <= 2 and offset and _same(rows, offset, col):
                continue
            _cell(ws, first + offset, col, value)
    _merge_runs(ws, first, rows, 1, lambda r: r[0])
    _merge_runs(ws, first, rows, 2, lambda r: (r[0], r[1]))
    return first + len(rows)


def _same(rows: list[tuple], offset: int, col: int) -> bool:
    return rows[offset][:col] == rows[offset - 1][:col]


def _head(ws, table: dict, with_year_line: bool, top: int = 1) -> int:
    ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=6)
    _cell(ws, top, 1, table["title"])
    row = top + 1
    if with_year_line:
        _cell(ws, row, 1, table["unit_line"])
        row += 1
    for label, value in table["project"]:
        _cell(ws, row, 1, label)
        _cell(ws, row, 2, value)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
    funds_first = row
    for label, amount in table["funds"]:
        if row == funds_first:
            _cell(ws, row, 1, table["funds_label"])
        _cell(ws, row, 2, label)
        _cell(ws, row, 3, amount)
        row += 1
    ws.merge_cells(start_row=funds_first, start_column=1, end_row=row - 1, end_column=1)
    _cell(ws, row, 1, "年度总体目标")
    _cell(ws, row, 2, table["goal"])
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    return row + 1


def _write(table: dict, path: Path) -> None:
    if "writer" in table:  # w16–w21: a layout of its own
        workbook = openpyxl.Workbook()
        table["writer"](workbook, table)
        _save(workbook, path)
        if table.get("wps"):
            _as_wps_saves(path, workbook)
        return
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "项目支出绩效目标表"
    row = _head(ws, table, with_year_line="unit_line" in table)
    heading = heading_of(table)
    end = _grid(ws, row, heading, table["rows"])
    if table.get("blank_row"):  # a spare row of the template left empty, its borders kept
        for col in range(1, len(heading) + 1):
            ws.cell(row=end, column=col).border = THIN
        end += 1
    if "分值" in heading:
        weight = heading.index("分值")
        _cell(ws, end, 1, "合计")
        _cell(ws, end, weight + 1, round(sum(r[weight] * (100 if isinstance(r[weight], Pct) else 1)
                                             for r in table["rows"] if r[weight] is not None)))
    end += 1
    _cell(ws, end, 1, "填报人：" + table["filler"])
    if table.get("instructions"):
        sheet = workbook.create_sheet("填表说明")
        for line, text in enumerate(table["instructions"], 1):
            _cell(sheet, line, 1, text)
    for col, width in zip("ABCDEFGHI", (12, 16, 30, 10, 14, 10, 8, 30, 30)):
        ws.column_dimensions[col].width = width
    _save(workbook, path)


def _save(workbook, path: Path) -> None:
    workbook.properties.creator = "ggtlint tests"
    fixed = dt.datetime(2025, 1, 15, 9, 0, 0)
    workbook.properties.created = workbook.properties.modified = fixed
    workbook.save(path)


P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SAT = "服务对象满意度指标"

TABLES: dict[str, dict] = {}

# -- layout a: the 2021 预算一体化 export --------------------------------------------------------

TABLES["w01-yiwu-jiaoyu-boruo-huanjie"] = dict(
    layout="a", title="2025年度项目支出绩效目标表", filler="王敏",
    project=[("项目名称", "2025年义务教育薄弱环节改善与能力提升项目"), ("项目编码", "52272525T000001234"),
             ("主管部门", "荔波县教育局"), ("实施单位", "荔波县教育局"), ("项目期限", "1年")],
    funds_label="项目资金（万元）",
    funds=[("年度资金总额", 680), ("其中：财政拨款", 680), ("中央", 500), ("县级", 180), ("其他资金", 0)],
    goal="2025年完成6所农村义务教育学校校舍改造（改造面积4800平方米），为12所学校购置教学仪器设备；"
         "校舍改造工程验收合格率100%，设备验收合格率98%以上，工程于2025年11月30日前完工；"
         "薄弱学校办学条件达到省定基本办学标准，师生满意度90%以上。",
    rows=[
        (C, "经济成本指标", "校舍改造工程费（4800平方米×1000元/平方米）", "≤", 480, "万元"),
        (C, "经济成本指标", "教学仪器设备购置费（12所×15万元/所）", "≤", 180, "万元"),
        (C, "经济成本指标", "工程设计及监理费", "≤", 20, "万元"),
        (P, "数量指标", "校舍改造学校数", "＝", 6, "所"),
        (P, "数量指标", "校舍改造面积", "≥", 4800, "平方米"),
        (P, "数量指标", "购置教学仪器设备学校数", "＝", 12, "所"),
        (P, "质量指标", "校舍改造工程验收合格率", "＝", Pct(1), None),
        (P, "质量指标", "教学仪器设备验收合格率", "≥", Pct(0.98), None),
        (P, "时效指标", "校舍改造工程完工时间", "≤", dt.date(2025, 11, 30), None),
        (E, "社会效益指标", "薄弱学校办学条件", "定性", "达到省定基本办学标准", None),
        (E, "可持续影响指标", "改造校舍设计使用年限", "≥", 50, "年"),
        (S, SAT, "师生满意度", "≥", Pct(0.9), None),
    ],
)

TABLES["w02-xuesheng-yingyang-can"] = dict(
    layout="a", title="2025年度项目支出绩效目标表", filler="李娟",
    project=[("项目名称", "2025年农村义务教育学生营养改善计划"), ("项目编码", "52272525T000001301"),
             ("主管部门", "三都水族自治县教育局"), ("实施单位", "三都水族自治县学生资助管理中心")],
    funds_label="项目资金（万元）",
    funds=[("年度资金总额", 850), ("其中：财政拨款", 850), ("中央", 850), ("其他资金", 0)],
    goal="为全县46所学校8500名农村义务教育学生提供营养膳食补助，补助标准每生每天5元，全年供餐200天，"
         "补助资金每月10日前拨付至学校食堂账户；补助资金足额拨付率100%，不发生食品安全事故，"
         "学生体质健康达标率92%以上，学生及家长满意度90%以上。",
    rows=[
        (C, "经济成本指标", "营养膳食补助资金（8500人×5元/人·天×200天）", "≤", 850, "万元"),
        (C, "经济成本指标", "营养膳食补助标准", "＝", 5, "元/人·天"),
        (P, "数量指标", "受益学生人数", "≥", 8500, "人"),
        (P, "数量指标", "供餐学校数", "＝", 46, "所"),
        (P, "数量指标", "全年供餐天数", "≥", 200, "天"),
        (P, "质量指标", "补助资金足额拨付率", "＝", Pct(1), None),
        (P, "质量指标", "学校食堂食品安全检查覆盖率", "＝", Pct(1), None),
        (P, "时效指标", "补助资金拨付时间", "定性", "每月10日前", None),
        (E, "社会效益指标", "食品安全事故发生次数", "＝", 0, "次"),
        (E, "社会效益指标", "学生体质健康达标率", "≥", Pct(0.92), None),
        (S, SAT, "学生及家长满意度", "≥", 90, "%"),
    ],
)

TABLES["w03-jiceng-yiliao-shebei"] = dict(
    layout="a", title="2025年度项目支出绩效目标表", filler="陈刚",
    project=[("项目名称", "2025年基层医疗卫生机构设备购置项目"), ("项目编码", "52272725T000000456"),
             ("主管部门", "独山县卫生健康局"), ("实施单位", "独山县卫生健康局")],
    funds_label="项目资金（万元）",
    funds=[("年度资金总额", 360), ("其中：财政拨款", 360), ("中央", 200), ("省级", 100), ("县级", 60),
           ("其他资金", 0)],
    goal="为4个乡镇卫生院购置数字化X射线摄影系统（DR）2台、全自动生化分析仪4台，为16个村卫生室各配备心电图机1台；"
         "设备验收合格率100%，2025年9月30日前完成安装并投入使用；乡镇卫生院诊疗人次较上年增长5%以上，"
         "患者满意度90%以上。",
    rows=[
        (C, "经济成本指标", "DR购置费（2台×90万元/台）", "≤", 180, "万元"),
        (C, "经济成本指标", "全自动生化分析仪购置费（4台×25万元/台）", "≤", 100, "万元"),
        (C, "经济成本指标", "心电图机购置费（16台×5万元/台）", "≤", 80, "万元"),
        (P, "数量指标", "购置DR", "＝", 2, "台"),
        (P, "数量指标", "购置全自动生化分析仪", "＝", 4, "台"),
        (P, "数量指标", "购置心电图机", "＝", 16, "台"),
        (P, "数量指标", "受益乡镇卫生院", "＝", 4, "个"),
        (P, "数量指标", "受益村卫生室", "＝", 16, "个"),
        (P, "质量指标", "设备验收合格率", "＝", Pct(1), None),
        (P, "时效指标", "设备安装投入使用时间", "定性", Day(2025, 9, 30), None),
        (E, "社会效益指标", "乡镇卫生院诊疗人次较上年增长率", "≥", 5, "%"),
        (E, "可持续影响指标", "设备使用年限", "≥", 8, "年"),
        (S, SAT, "患者满意度", "≥", Pct(0.9), None),
    ],
)

# -- layout b: the provincial 申报表 with 分值 and scoring columns ---------------------------------

TABLES["w04-difangbing-fangzhi"] = dict(
    layout="b", title="2025年省级项目支出绩效目标申报表", filler="杨帆",
    project=[("项目名称", "2025年地方病防治项目"), ("主管部门", "平塘县卫生健康局"),
             ("实施单位", "平塘县疾病预防控制中心"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况（元）",
    funds=[("年度资金总额", 450000), ("财政拨款", 450000), ("省级", 300000), ("县级", 150000), ("其他资金", 0)],
    goal="2025年完成碘缺乏病监测（8—10岁儿童甲状腺B超检查200人、孕妇尿碘检测100人、居民户盐碘检测300份），"
         "完成燃煤污染型地方性氟中毒病区村监测20个；监测任务完成率100%，实验室外部质控考核合格率95%以上，"
         "2025年11月30日前上报监测数据；合格碘盐食用率保持在90%以上，持续保持消除碘缺乏病和燃煤污染型地方性氟中毒危害状态，"
         "病区群众满意度90%以上。",
    rows=[
        (P, "数量指标", "儿童甲状腺B超检查人数", "≥200", "人", "定量", 6, "8—10岁儿童甲状腺B超检查人数", "完成得满分，每少10人扣0.5分"),
        (P, "数量指标", "孕妇尿碘检测人数", "≥100", "人", "定量", 6, "孕妇尿碘检测人数", "完成得满分，每少10人扣1分"),
        (P, "数量指标", "居民户盐碘检测份数", "≥300", "份", "定量", 6, "居民户食用盐碘含量检测份数", "完成得满分，每少20份扣1分"),
        (P, "数量指标", "燃煤污染型氟中毒病区村监测数", "＝20", "个", "定量", 6, "监测病区村个数", "完成得满分，每少1个扣1分"),
        (P, "质量指标", "监测任务完成率", 100, "%", "定量", 6, "完成监测任务数/计划任务数", "达到得满分，未达到按比例扣分"),
        (P, "质量指标", "实验室外部质控考核合格率", "≥95", "%", "定量", 6, "国家和省级外质控考核合格率", "达到得满分，未达到不得分"),
        (P, "时效指标", "监测数据上报时间", "2025年11月30日前", None, "定性", 6, "通过地方病防治信息系统上报", "按时上报得满分，逾期不得分"),
        (P, "成本指标", "检测试剂及耗材费", "≤300000", "元", "定量", 9, "甲状腺B超、尿碘、盐碘检测试剂及耗材", "不超支得满分"),
        (P, "成本指标", "现场调查工作经费", "≤150000", "元", "定量", 9, "病区村现场调查交通及劳务费用", "不超支得满分"),
        (E, "社会效益指标", "合格碘盐食用率", "≥90", "%", "定量", 10, "居民户合格碘盐份数/检测份数", "达到得满分，未达到不得分"),
        (E, "可持续影响指标", "碘缺乏病消除状态", "持续保持", None, "定性", 10, "按国家消除标准评估", "保持得满分"),
        (E, "可持续影响指标", "燃煤污染型地方性氟中毒消除状态", "持续保持", None, "定性", 10, "按国家消除标准评估", "保持得满分"),
        (S, SAT, "病区群众满意度", "≥90", "%", "定量", 10, "抽样问卷调查", "每低1个百分点扣1分"),
    ],
)

TABLES["w05-nongcun-renju-huanjing"] = dict(
    layout="b", title="2025年省级项目支出绩效目标申报表", filler="吴磊",
    project=[("项目名称", "2025年农村人居环境整治提升项目"), ("主管部门", "瓮安县农业农村局"),
             ("实施单位", "瓮安县农业农村局"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", 600), ("财政拨款", 600), ("中央", 400), ("县级", 200), ("其他资金", 0)],
    goal="2025年完成农村户用卫生厕所改造1500户，新建村级垃圾收集点60个，配置垃圾转运车辆6辆，完成12个村庄环境整治；"
         "改厕验收合格率95%以上，2025年10月31日前完成建设任务；农村卫生厕所普及率较上年提高3个百分点，"
         "村庄生活垃圾有效治理率90%以上，建立农村人居环境长效管护机制，群众满意度90%以上。",
    rows=[
        (P, "数量指标", "农村改厕户数", "≥1500", "户", "定量", 8, "完成改造并验收的户数", "完成得满分，按比例扣分"),
        (P, "数量指标", "新建村级垃圾收集点", "≥60", "个", "定量", 7, "新建垃圾收集点个数", "完成得满分，按比例扣分"),
        (P, "数量指标", "配置垃圾转运车辆", "＝6", "辆", "定量", 6, "购置垃圾转运车辆数", "完成得满分，未完成不得分"),
        (P, "数量指标", "完成环境整治村庄数", "＝12", "个", "定量", 7, "完成整治并验收的村庄数", "完成得满分，每少1个扣1分"),
        (P, "质量指标", "改厕验收合格率", "≥95", "%", "定量", 6, "验收合格户数/改造户数", "达到得满分，每低1个百分点扣1分"),
        (P, "质量指标", "垃圾收集点建成使用率", Pct(1), None, "定量", 4, "投入使用收集点数/新建收集点数", "达到得满分"),
        (P, "时效指标", "建设任务完成时间", dt.date(2025, 10, 31), None, "定性", 8, "全部建设任务完成验收时间", "按时完成得满分"),
        (P, "成本指标", "改厕补助标准", "＝2000", "元/户", "定量", 4, "每户改厕补助", "不超标准得满分"),
        (P, "成本指标", "垃圾收集点建设成本", "≤2", "万元/个", "定量", 4, "每个收集点建设费用", "不超标准得满分"),
        (P, "成本指标", "垃圾转运车辆购置单价", "≤15", "万元/辆", "定量", 3, "每辆转运车购置费用", "不超标准得满分"),
        (P, "成本指标", "村庄环境整治补助标准", "≤7.5", "万元/个", "定量", 3, "每个村庄整治补助", "不超标准得满分"),
        (E, "社会效益指标", "农村卫生厕所普及率较上年提高", "≥3", "个百分点", "定量", 10, "按年度统计数据", "达到得满分"),
        (E, "生态效益指标", "村庄生活垃圾有效治理率", "≥90", "%", "定量", 10, "生活垃圾得到有效治理的村庄比例", "达到得满分"),
        (E, "可持续影响指标", "农村人居环境长效管护机制", "建立", None, "定性", 10, "出台管护制度并落实管护人员", "建立得满分"),
        (S, SAT, "群众满意度", "≥90", "%", "定量", 10, "抽样问卷调查", "每低1个百分点扣1分"),
    ],
)

TABLES["w06-gengdi-dili-baohu"] = dict(
    layout="b", title="2025年省级项目支出绩效目标申报表", filler="罗洪",
    project=[("项目名称", "2025年耕地地力保护补贴"), ("主管部门", "惠水县农业农村局"),
             ("实施单位", "惠水县农业农村局"), ("项目类别", "其他运转类")],
    funds_label="资金情况（元）",
    funds=[("年度资金总额", 12600000), ("财政拨款", 12600000), ("中央", 12600000), ("其他资金", 0)],
    goal="对全县12万亩耕地的实际种粮农民发放耕地地力保护补贴，补贴标准每亩105元，惠及农户2.8万户，"
         "补贴资金于2025年6月30日前通过“一卡通”足额发放到户，补贴资金发放准确率100%；"
         "补贴政策知晓率95%以上，引导农民加强耕地保护，耕地质量等级不下降，农户满意度95%以上。",
    rows=[
        (P, "数量指标", "补贴耕地面积", "≥12", "万亩", "定量", 10, "经核实的补贴面积", "完成得满分"),
        (P, "数量指标", "补贴农户数", "≥2.8", "万户", "定量", 10, "领取补贴的农户数", "完成得满分"),
        (P, "质量指标", "补贴资金发放准确率", Pct(1), None, "定量", Pct(0.1), "准确发放户数/发放户数", "达到得满分，每出现1户错发扣1分"),
        (P, "时效指标", "补贴资金发放时间", "2025年6月30日前", None, "定性", 10, "通过一卡通发放到户的时间", "按时发放得满分"),
        (P, "成本指标", "补贴标准", "＝105", "元/亩", "定量", 10, "每亩耕地补贴金额", "按标准发放得满分"),
        (E, "社会效益指标", "补贴政策知晓率", "≥95", "%", "定量", 15, "抽样调查知晓政策农户比例", "达到得满分"),
        (E, "可持续影响指标", "耕地质量等级", "不下降", None, "定性", 15, "按耕地质量等级调查评价结果", "不下降得满分"),
        (S, SAT, "农户满意度", "≥95", "%", "定量", Pct(0.2), "抽样问卷调查", "每低1个百分点扣1分"),
    ],
)

# -- layout c: the older simple form -------------------------------------------------------------

TABLES["w07-gonggong-wenhua-mianfei-kaifang"] = dict(
    layout="c", title="2025年项目支出绩效目标表", unit_line="金额单位：万元", filler="蒙丽",
    project=[("项目名称", "2025年公共文化服务体系建设（公共文化设施免费开放）"), ("主管部门", "长顺县文化广电旅游局"),
             ("实施单位", "长顺县文化馆")],
    funds_label="资金情况",
    funds=[("年度资金总额", 120), ("财政拨款", 120), ("中央", 80), ("县级", 40), ("其他资金", 0)],
    goal="县图书馆、县文化馆和18个乡镇综合文化站全年免费开放，每周开放时间不少于56小时；"
         "举办公益讲座、展览和培训活动120场次，开展送文化下乡演出30场，全年接待群众15万人次以上；"
         "不发生安全责任事故，公共文化设施年服务人次较上年增长5%以上，乡镇综合文化站免费开放覆盖率100%，群众满意度90%以上。",
    rows=[
        (P, "数量指标", "县级图书馆、文化馆免费开放", "＝2个"),
        (P, "数量指标", "乡镇综合文化站免费开放", "＝18个"),
        (P, "数量指标", "举办公益讲座、展览和培训活动", "≥120场次"),
        (P, "数量指标", "送文化下乡演出", "≥30场"),
        (P, "数量指标", "接待群众人次", "≥15万人次"),
        (P, "质量指标", "每周开放时间", "≥56小时"),
        (P, "质量指标", "安全责任事故发生次数", "＝0次"),
        (P, "时效指标", "免费开放补助资金拨付时间", "2025年6月30日前"),
        (P, "成本指标", "县级图书馆、文化馆免费开放补助（2个×15万元/个）", "≤30万元"),
        (P, "成本指标", "乡镇综合文化站免费开放补助（18个×5万元/个）", "≤90万元"),
        (E, "社会效益指标", "公共文化设施年服务人次较上年增长", "≥5%"),
        (E, "可持续影响指标", "乡镇综合文化站免费开放覆盖率", Pct(1)),
        (S, SAT, "群众满意度", "≥90%"),
    ],
)

TABLES["w08-anquan-shengchan-zhifa"] = dict(
    layout="c", title="2025年项目支出绩效目标表", unit_line="金额单位：万元", filler="周涛",
    project=[("项目名称", "2025年安全生产监管执法专项经费"), ("主管部门", "龙里县应急管理局"),
             ("实施单位", "龙里县应急管理综合行政执法大队")],
    funds_label="资金情况",
    funds=[("年度资金总额", 85), ("财政拨款", 85), ("县级", 85), ("其他资金", 0)],
    goal="全年对辖区工矿商贸企业开展安全生产执法检查300家次，其中危险化学品、非煤矿山等重点企业检查40家，"
         "聘请安全生产专家参与检查60人次，购置执法装备25台（套），开展执法人员培训100人次；"
         "检查发现隐患整改率95%以上，2025年12月31日前完成年度执法计划；"
         "不发生较大及以上生产安全事故，生产安全事故死亡人数较上年下降5%以上，被检查企业满意度85%以上。",
    rows=[
        (P, "数量指标", "执法检查企业", "≥300家次"),
        (P, "数量指标", "重点企业检查", "≥40家"),
        (P, "数量指标", "聘请专家参与检查", "≥60人次"),
        (P, "数量指标", "购置执法装备", "≥25台（套）"),
        (P, "数量指标", "执法人员培训", "≥100人次"),
        (P, "质量指标", "检查发现隐患整改率", "≥95%"),
        (P, "时效指标", "年度执法计划完成时间", "2025年12月31日前"),
        (P, "成本指标", "专家咨询费（60人次×1500元/人次）", "≤9万元"),
        (P, "成本指标", "执法装备购置费", "≤40万元"),
        (P, "成本指标", "执法人员培训费（100人次×600元/人次）", "≤6万元"),
        (P, "成本指标", "执法检查工作经费", "≤30万元"),
        (E, "社会效益指标", "较大及以上生产安全事故", "＝0起"),
        (E, "社会效益指标", "生产安全事故死亡人数较上年下降", "≥5%"),
        (S, SAT, "被检查企业满意度", "≥85%"),
    ],
)

# -- new combinations: a 运算符 column, a 备注 column, formatted numbers, an instructions sheet ------

A_OPERATOR = ["一级指标", "二级指标", "三级指标", "指标性质", "运算符", "指标值", "度量单位", "分值", "备注"]
B_OPERATOR = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "运算符", "指标值", "计量单位", "分值", "备注"]
INSTRUCTIONS = [
    "填表说明",
    "1.本表由项目实施单位填报，主管部门审核后报同级财政部门。",
    "2.绩效指标按产出指标、效益指标、满意度指标分级填写，三级指标应细化、量化，可量化的指标值一般不少于指标总数的80%。",
    "3.定量指标在运算符栏选择“≥”“≤”“＝”，指标值栏只填数值，计量单位栏填写单位；定性指标只填写指标值。",
    "4.分值合计为100分，其中满意度指标10分。",
    "5.金额单位为万元，保留两位小数。",
]

TABLES["w09-xiangcun-zhenxing-xianjie"] = dict(
    layout="a", heading=A_OPERATOR, title="2025年度项目支出绩效目标表", filler="韦建华", instructions=INSTRUCTIONS,
    unit_line="填报单位（盖章）：罗甸县乡村振兴服务中心　　　　2025年度　　　　金额单位：万元",
    project=[("项目名称", "2025年巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金（产业发展）项目"),
             ("项目编码", "52272825T000002107"), ("主管部门", "罗甸县农业农村局"),
             ("实施单位", "罗甸县乡村振兴服务中心"), ("项目期限", "1年")],
    funds_label="项目资金",
    funds=[("年度资金总额", Num(1250, "0.00")), ("其中：财政拨款", Num(1250, "0.00")), ("中央", Num(900, "0.00")),
           ("省级", Num(250, "0.00")), ("县级", Num(100, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="1.支持建设茶叶、蔬菜联农带农产业基地2000亩，新建产地冷链仓储设施3座（总库容1500吨）；\n"
         "2.产业基地及冷链设施工程验收合格率100%，2025年11月30日前完工；\n"
         "3.带动脱贫户（含监测户）1200户增收，户均年增收1000元以上，建立联农带农利益联结机制；\n"
         "4.受益脱贫户满意度90%以上。",
    rows=[
        (C, "经济成本指标", "产业基地建设补助（2000亩×3500元/亩）", "定量", "≤", Num(700, "0.00"), "万元", 5, "按亩均3500元补助"),
        (C, "经济成本指标", "冷链仓储设施建设费（3座×180万元/座）", "定量", "≤", Num(540, "0.00"), "万元", 5, "含土建及制冷设备"),
        (C, "经济成本指标", "工程设计及监理费", "定量", "≤", Num(10, "0.00"), "万元", 5, "按规定比例计取"),
        (P, "数量指标", "产业基地建设面积", "定量", "≥", 2000, "亩", 10, "茶叶1200亩、蔬菜800亩"),
        (P, "数量指标", "新建冷链仓储设施", "定量", "＝", 3, "座", 10, None),
        (P, "数量指标", "冷链仓储设施总库容", "定量", "≥", 1500, "吨", 10, "每座500吨"),
        (P, "质量指标", "工程验收合格率", "定量", "＝", Pct(1), None, 10, "验收合格工程数/完工工程数"),
        (P, "时效指标", "工程完工时间", "定性", "≤", dt.date(2025, 11, 30), None, 10, None),
        (E, "经济效益指标", "带动脱贫户（含监测户）增收户数", "定量", "≥", 1200, "户", 10, "以联农带农协议为准"),
        (E, "经济效益指标", "带动户户均年增收", "定量", "≥", 1000, "元", 10, "入户抽样测算"),
        (E, "可持续影响指标", "联农带农利益联结机制", "定性", None, "建立并有效运行", None, 5, "签订联农带农协议"),
        (S, SAT, "受益脱贫户满意度", "定量", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

TABLES["w10-canjiren-liangxiang-butie"] = dict(
    layout="b", title="2025年省级项目支出绩效目标申报表", filler="石秀英",
    project=[("项目名称", "2025年困难残疾人生活补贴和重度残疾人护理补贴"), ("主管部门", "贵定县民政局"),
             ("实施单位", "贵定县民政局"), ("项目类别", "其他运转类")],
    funds_label="资金情况（元）",
    funds=[("年度资金总额", Num(5616000, "#,##0.00")), ("财政拨款", Num(5616000, "#,##0.00")),
           ("中央", Num(3000000, "#,##0.00")), ("省级", Num(1616000, "#,##0.00")),
           ("县级", Num(1000000, "#,##0.00")), ("其他资金", Num(0, "#,##0.00"))],
    goal="为全县3200名困难残疾人发放生活补贴、2000名重度残疾人发放护理补贴，补贴标准均为每人每月90元，"
         "每月15日前通过“一卡通”足额发放到人，补贴资金发放准确率100%；"
         "符合条件的困难残疾人和重度残疾人应补尽补（覆盖率100%），补贴对象满意度95%以上。",
    rows=[
        (P, "数量指标", "困难残疾人生活补贴发放人数", "≥3200", "人", "定量", 15, "按月发放人数平均数", "完成得满分，按比例扣分"),
        (P, "数量指标", "重度残疾人护理补贴发放人数", "≥2000", "人", "定量", 15, "按月发放人数平均数", "完成得满分，按比例扣分"),
        (P, "质量指标", "补贴资金发放准确率", "＝100%", None, "定量", 10, "准确发放人数/发放人数", "每错发1人扣1分"),
        (P, "时效指标", "补贴资金发放时间", "每月15日前", None, "定性", 10, "通过一卡通发放到人的时间", "按时发放得满分"),
        (P, "成本指标", "困难残疾人生活补贴标准", "＝90", "元/人·月", "定量", 10, "每人每月补贴金额", "按标准发放得满分"),
        (P, "成本指标", "重度残疾人护理补贴标准", "＝90", "元/人·月", "定量", 10, "每人每月补贴金额", "按标准发放得满分"),
        (E, "社会效益指标", "符合条件的困难残疾人生活补贴覆盖率", "＝100%", None, "定量", 10, "应补尽补，按月动态调整", "每漏1人扣1分"),
        (E, "社会效益指标", "符合条件的重度残疾人护理补贴覆盖率", "＝100%", None, "定量", 10, "应补尽补，按月动态调整", "每漏1人扣1分"),
        (S, SAT, "补贴对象满意度", "≥95%", None, "定量", 10, "抽样问卷调查", "每低1个百分点扣1分"),
    ],
)

TABLES["w11-xiaofang-cheliang-gouzhi"] = dict(
    layout="a", heading=HEADINGS["a"] + ["备注"], title="2025年度项目支出绩效目标表", filler="杨光明",
    project=[("项目名称", "2025年消防救援车辆购置项目"), ("项目编码", "52270125T000000318"),
             ("主管部门", "都匀市应急管理局"), ("实施单位", "都匀市消防救援大队"), ("项目期限", "1年"),
             ("项目负责人", "杨光明"), ("联系电话", "0854-8221190")],
    funds_label="项目资金（万元）",
    funds=[("年度资金总额", Num(486.5, "0.00")), ("其中：财政拨款", Num(486.5, "0.00")), ("省级", Num(300, "0.00")),
           ("市级", Num(186.5, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="购置水罐消防车2辆、抢险救援消防车1辆，配备随车器材3套；\n"
         "车辆及器材验收合格率100%，2025年10月31日前完成政府采购并列装；\n"
         "城区接警后消防车到场时间不超过5分钟，车辆使用年限10年以上，辖区群众满意度90%以上。",
    rows=[
        (C, "经济成本指标", "水罐消防车购置费（2辆×145万元/辆）", "≤", Num(290, "0.00"), "万元", "政府采购"),
        (C, "经济成本指标", "抢险救援消防车购置费（1辆×168万元/辆）", "≤", Num(168, "0.00"), "万元", "政府采购"),
        (C, "经济成本指标", "随车器材购置费（3套×9.5万元/套）", "≤", Num(28.5, "0.00"), "万元", None),
        (P, "数量指标", "购置水罐消防车", "＝", 2, "辆", None),
        (P, "数量指标", "购置抢险救援消防车", "＝", 1, "辆", None),
        (P, "数量指标", "配备随车器材", "＝", 3, "套", "每车1套"),
        (P, "质量指标", "车辆及器材验收合格率", "＝", Pct(1), None, "按采购合同验收"),
        (P, "时效指标", "政府采购及列装完成时间", "≤", Day(2025, 10, 31), None, None),
        (E, "社会效益指标", "城区接警后到场时间", "≤", 5, "分钟", "城区范围内"),
        (E, "可持续影响指标", "消防车辆使用年限", "≥", 10, "年", None),
        (S, SAT, "辖区群众满意度", "≥", Pct(0.9), None, "抽样问卷调查"),
    ],
)

TABLES["w12-quanmin-jianshen-lujing"] = dict(
    layout="c", heading=HEADINGS["c"] + ["备注"], title="2025年项目支出绩效目标表", unit_line="金额单位：万元",
    filler="罗正宇", blank_row=True,
    instructions=INSTRUCTIONS[:3] + ["3.指标值栏填写运算符、数值和单位，如“≥240件”；定性指标写明要达到的状态。", INSTRUCTIONS[5].replace("5.", "4.")],
    project=[("项目名称", "2025年全民健身路径工程"), ("主管部门", "福泉市文体广电旅游局"),
             ("实施单位", "福泉市全民健身服务中心")],
    funds_label="资金情况",
    funds=[("年度资金总额", 96), ("财政拨款", 96), ("中央", 60), ("市级", 36), ("其他资金", 0)],
    goal="在24个行政村各新建全民健身路径1条（每条配置健身器材10件，共240件），新建笼式多功能运动场2个；\n"
         "器材安装验收合格率100%，2025年9月30日前完成安装并开放使用；\n"
         "行政村健身设施覆盖率较上年提高10个百分点，群众满意度90%以上。",
    rows=[
        (P, "数量指标", "新建全民健身路径", "＝24条", "每个行政村1条"),
        (P, "数量指标", "安装健身器材", "≥240件", "每条路径10件"),
        (P, "数量指标", "新建笼式多功能运动场", "＝2个", None),
        (P, "质量指标", "器材安装验收合格率", "＝100%", "器材须有国家体育用品质量检验合格报告"),
        (P, "时效指标", "器材安装完成时间", "2025年9月30日前", None),
        (P, "成本指标", "全民健身路径建设费（24条×2.5万元/条）", "≤60万元", "含器材及硬化基础"),
        (P, "成本指标", "笼式多功能运动场建设费（2个×18万元/个）", "≤36万元", None),
        (E, "社会效益指标", "行政村健身设施覆盖率较上年提高", "≥10个百分点", None),
        (E, "可持续影响指标", "健身器材使用年限", "≥8年", "由村委会负责日常管护"),
        (S, SAT, "群众满意度", "≥90%", "抽样问卷调查"),
    ],
)

TABLES["w13-nongcun-yinshui-weixiu"] = dict(
    layout="b", heading=B_OPERATOR, title="2025年省级项目支出绩效目标申报表", filler="王德勇",
    blank_row=True,
    project=[("项目名称", "2025年农村饮水安全工程维修养护"), ("主管部门", "长顺县水务局"),
             ("实施单位", "长顺县农村供水管理站"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况（元）",
    funds=[("年度资金总额", Num(1800000, "#,##0.00")), ("财政拨款", Num(1800000, "#,##0.00")),
           ("中央", Num(1200000, "#,##0.00")), ("县级", Num(600000, "#,##0.00")), ("其他资金", Num(0, "#,##0.00"))],
    goal="对全县86处农村集中供水工程开展维修养护，更换老化输配水管网32公里，维修更换水泵、消毒设备120台；"
         "维修工程验收合格率100%，2025年11月30日前完成；保障3.6万农村人口饮水安全，"
         "农村集中供水工程正常运行率95%以上，受益群众满意度90%以上。",
    rows=[
        (P, "数量指标", "维修养护集中供水工程", "定量", "正向", "＝", 86, "处", Num(10, "0.00"), None),
        (P, "数量指标", "更换老化输配水管网", "定量", "正向", "≥", 32, "公里", Num(10, "0.00"), None),
        (P, "数量指标", "维修更换水泵、消毒设备", "定量", "正向", "≥", 120, "台", Num(10, "0.00"), None),
        (P, "质量指标", "维修工程验收合格率", "定量", "正向", "＝", Pct(1), None, Num(10, "0.00"), "验收合格工程数/维修工程数"),
        (P, "时效指标", "维修养护完成时间", "定性", None, None, "2025年11月30日前", None, Num(10, "0.00"), None),
        (P, "成本指标", "输配水管网更换费（32公里×30000元/公里）", "定量", "反向", "≤", Num(960000, "#,##0"), "元", Num(5, "0.00"), None),
        (P, "成本指标", "水泵及消毒设备维修更换费（120台×5000元/台）", "定量", "反向", "≤", Num(600000, "#,##0"), "元", Num(5, "0.00"), None),
        (P, "成本指标", "集中供水工程日常维护费（86处）", "定量", "反向", "≤", Num(240000, "#,##0"), "元", Num(5, "0.00"), "含水质消毒药剂"),
        (E, "社会效益指标", "保障饮水安全农村人口", "定量", "正向", "≥", Num(3.6, "0.0"), "万人", Num(15, "0.00"), None),
        (E, "可持续影响指标", "农村集中供水工程正常运行率", "定量", "正向", "≥", Num(0.95, "0.0%"), None, Num(10, "0.00"), None),
        (S, SAT, "受益群众满意度", "定量", "正向", "≥", 90, "%", Num(10, "0.00"), "抽样问卷调查"),
    ],
)

TABLES["w14-bowuguan-mianfei-kaifang"] = dict(
    layout="b", title="2025年省级项目支出绩效目标申报表", filler="潘晓燕", blank_row=True,
    instructions=INSTRUCTIONS[:3] + ["3.指标解释栏说明指标的计算方法，评分标准栏说明扣分办法。", INSTRUCTIONS[4]],
    project=[("项目名称", "2025年博物馆纪念馆免费开放补助"), ("主管部门", "黔南州文化广电旅游局"),
             ("实施单位", "黔南州民族博物馆"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(150, "0.00")), ("财政拨款", Num(150, "0.00")), ("中央", Num(100, "0.00")),
           ("州级", Num(50, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="1.博物馆全年免费开放，年开放天数不少于300天，接待观众20万人次以上；\n"
         "2.举办临时展览6个、社会教育活动50场次，开展流动博物馆进校园、进社区10场次；\n"
         "3.藏品保存完好率100%，不发生安全责任事故；\n"
         "4.观众满意度90%以上。",
    rows=[
        (P, "数量指标", "年开放天数", "≥300", "天", "定量", 8, "全年免费开放天数", "每少5天扣1分"),
        (P, "数量指标", "接待观众", "≥20", "万人次", "定量", 8, "按票务预约系统统计", "完成得满分，按比例扣分"),
        (P, "数量指标", "举办临时展览", "≥6", "个", "定量", 8, "自办及引进临时展览", "每少1个扣2分"),
        (P, "数量指标", "开展社会教育活动", "≥50", "场次", "定量", 8, "讲座、研学等活动", "按比例扣分"),
        (P, "数量指标", "流动博物馆进校园、进社区", "≥10", "场次", "定量", 8, "流动展览场次", "按比例扣分"),
        (P, "质量指标", "藏品保存完好率", "＝100%", None, "定量", 8, "完好藏品数/藏品总数", "每损坏1件扣2分"),
        (P, "质量指标", "安全责任事故发生次数", "＝0", "次", "定量", 6, "馆内安全责任事故", "发生即不得分"),
        (P, "时效指标", "免费开放补助资金支付完成时间", "2025年12月31日前", None, "定性", 6, "按国库集中支付进度", "按时完成得满分"),
        (P, "成本指标", "免费开放运行补助", "≤100", "万元", "定量", 5, "水电、安保、讲解等运行费用", "不超支得满分"),
        (P, "成本指标", "陈列展览及社会教育活动经费", "≤50", "万元", "定量", 5, "临时展览及社教活动费用", "不超支得满分"),
        (E, "社会效益指标", "观众人次较上年增长率", "≥5%", None, "定量", 10, "与上年接待人次比较", "达到得满分"),
        (E, "可持续影响指标", "免费开放服务长效机制", "建立并落实", None, "定性", 10, "开放服务制度及经费保障", "健全得满分"),
        (S, SAT, "观众满意度", "≥90%", None, "定量", 10, "现场及线上问卷调查", "每低1个百分点扣1分"),
        (S, SAT, None, None, None, None, None, None, None),  # the template's spare row, left empty
    ],
)

# -- 项目属性 beside 项目类别: a continuing project (延续项目) whose category is a cell of its own ------

TABLES["w15-yiwu-jiaoyu-gongyong-jingfei"] = dict(
    layout="b", title="2025年省级项目支出绩效目标申报表", filler="黎文静",
    project=[("项目名称", "2025年城乡义务教育学校公用经费保障"), ("主管部门", "罗甸县教育局"),
             ("实施单位", "罗甸县教育局"), ("项目属性", "延续项目"), ("项目类别", "特定目标-民生保障")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(1428, "0.00")), ("财政拨款", Num(1428, "0.00")), ("中央", Num(1142.4, "0.00")),
           ("县级", Num(285.6, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="继续落实城乡义务教育学校公用经费保障机制，按小学每生每年720元、初中每生每年940元的标准，"
         "为全县58所义务教育学校12000名小学生和6000名初中生安排公用经费；"
         "资金于2025年9月30日前足额拨付到校，拨付准确率100%；保障学校正常运转，"
         "不发生因经费不足影响正常教学的情况，九年义务教育巩固率保持在95%以上，学生及家长满意度90%以上。",
    rows=[
        (P, "数量指标", "补助小学生人数", "≥12000", "人", "定量", 10, "享受公用经费的小学在校生人数", "完成得满分，按比例扣分"),
        (P, "数量指标", "补助初中生人数", "≥6000", "人", "定量", 10, "享受公用经费的初中在校生人数", "完成得满分，按比例扣分"),
        (P, "数量指标", "覆盖义务教育学校数", "＝58", "所", "定量", 10, "全县公办义务教育学校", "每少1所扣1分"),
        (P, "质量指标", "公用经费拨付准确率", "＝100%", None, "定量", 10, "准确拨付学校数/拨付学校数", "每错拨1所扣2分"),
        (P, "时效指标", "公用经费拨付完成时间", "2025年9月30日前", None, "定性", 10, "资金拨付到校的时间", "按时拨付得满分"),
        (P, "成本指标", "小学生均公用经费补助标准", "＝720", "元/生·年", "定量", 10, "每生每年补助金额", "按标准拨付得满分"),
        (P, "成本指标", "初中生均公用经费补助标准", "＝940", "元/生·年", "定量", 10, "每生每年补助金额", "按标准拨付得满分"),
        (E, "社会效益指标", "因经费不足影响正常教学的学校数", "＝0", "所", "定量", 10, "按学校运转情况统计", "发生即不得分"),
        (E, "社会效益指标", "九年义务教育巩固率", "≥95", "%", "定量", 10, "按教育事业统计数据", "达到得满分"),
        (S, SAT, "学生及家长满意度", "≥90%", None, "定量", 10, "抽样问卷调查", "每低1个百分点扣1分"),
    ],
)


# -- w16–w21: layouts of their own, each written by its own writer ---------------------------------
#
# Each of these tables also says how every indicator is read (``read``: name → (value, unit)), and
# w17 holds three tables on one sheet (``tables``).

def _footer(ws, row: int, table: dict) -> int:
    _cell(ws, row, 1, "填报人：" + table["filler"])
    return row + 1


def _split_value_grid(ws, row: int, rows: list[tuple]) -> int:
    """A two-row heading, 指标值 merged over 符号 | 数值 | 单位 under it; the other headings merged down."""
    for col, text in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (7, "备注")):
        _cell(ws, row, col, text)
        ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    _cell(ws, row, 4, "指标值")
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
    for col, text in ((4, "符号"), (5, "数值"), (6, "单位")):
        _cell(ws, row + 1, col, text)
    for offset, values in enumerate(rows):
        if isinstance(values[3], Across):
            ws.merge_cells(start_row=row + 2 + offset, start_column=4, end_row=row + 2 + offset, end_column=6)
    return _body(ws, row + 2, rows)


def _write_split(workbook, table: dict) -> None:
    ws = workbook.active
    ws.title = "项目支出绩效目标表"
    row = _head(ws, table, with_year_line=True)
    _footer(ws, _split_value_grid(ws, row, table["rows"]), table)


def _write_stacked(workbook, table: dict) -> None:
    """Several tables on one sheet, one under another, each with its title, header and footer."""
    ws = workbook.active
    ws.title = "绩效目标表"
    row = 1
    for each in table["tables"]:
        row = _head(ws, each, with_year_line="unit_line" in each, top=row)
        row = _footer(ws, _grid(ws, row, heading_of(each), each["rows"]), each)
        row += 2  # two empty rows before the next table


def _write_plain(workbook, table: dict) -> None:
    ws = workbook.active
    ws.title = "项目支出绩效目标表"
    row = _head(ws, table, with_year_line="unit_line" in table)
    _footer(ws, _grid(ws, row, heading_of(table), table["rows"]), table)


def _write_goal_rows(workbook, table: dict) -> None:
    """年度绩效目标 over several rows: the label merged down, one line of the goal in each row."""
    ws = workbook.active
    ws.title = "项目支出绩效目标表"
    lines = table["goal"].split("\n")
    plain = dict(table, goal=lines[0])
    row = _head(ws, plain, with_year_line=True)
    goal_row = row - 1
    for offset, line in enumerate(lines[1:], 1):  # the rows under the first, each merged B:F
        _cell(ws, goal_row + offset, 2, line)
        ws.merge_cells(start_row=goal_row + offset, start_column=2, end_row=goal_row + offset, end_column=6)
    ws.merge_cells(start_row=goal_row, start_column=1, end_row=goal_row + len(lines) - 1, end_column=1)
    row = goal_row + len(lines)
    _footer(ws, _grid(ws, row, heading_of(table), table["rows"]), table)


def _write_reviewed(workbook, table: dict) -> None:
    """填表须知 first, the province's 填报示例, the table with a 审核意见 column and the reviewers' rows
    under it, a hidden sheet of drop-down lists and a hidden copy of last year's table."""
    sheet = workbook.active
    sheet.title = "填表须知"
    for line, text in enumerate(table["instructions"], 1):
        _cell(sheet, line, 1, text)
    ws = workbook.create_sheet("项目支出绩效目标表")
    row = _head(ws, table, with_year_line=True)
    end = _grid(ws, row, heading_of(table), table["rows"])
    for label in table["reviews"]:
        _cell(ws, end, 1, label)
        ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=len(heading_of(table)))
        end += 1
    _footer(ws, end, table)
    lists = workbook.create_sheet("下拉选项")
    for col, (level1, level2s) in enumerate(table["choices"].items(), 1):
        _cell(lists, 1, col, level1)
        for line, level2 in enumerate(level2s, 2):
            _cell(lists, line, col, level2)
    lists.sheet_state = "hidden"
    example = workbook.create_sheet("填报示例", 1)  # the province's filled example, left in
    sample = table["example"]
    row = _head(example, sample, with_year_line=True)
    _footer(example, _grid(example, row, heading_of(sample), sample["rows"]), sample)
    old = workbook.create_sheet("2024年（上年）")
    last = table["last_year"]
    row = _head(old, last, with_year_line=True)
    _footer(old, _grid(old, row, heading_of(last), last["rows"]), last)
    old.sheet_state = "hidden"
    workbook.active = 2  # opens on the table


def _goal_across(ws, table: dict, width: int) -> None:
    """The goal row as round s8 writes it: 绩效目标 | 年度目标 in the first two columns (or 年度总体目标
    merged over them), the goal merged over every column after them to the grid's right edge."""
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "年度总体目标")
    ws.unmerge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    ws.cell(row=row, column=2).value = None
    if table["goal_across"] == "block":
        _cell(ws, row, 1, "绩效目标")
        _cell(ws, row, 2, "年度目标")
    else:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    _cell(ws, row, 3, table["goal"])
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=width)


def _write_marked(ws, table: dict) -> None:
    """One table on ``ws`` as round s8 writes it: the goal across the grid's width (``goal_across``),
    helper columns hidden (``hidden``: column letters), the heading row repeated before the row at
    index ``repeat_heading`` (copied to the top of the second printed page)."""
    heading = heading_of(table)
    row = _head(ws, table, with_year_line="unit_line" in table)
    if table.get("goal_across"):
        _goal_across(ws, table, len(heading))
    rows = table["rows"]
    split = table.get("repeat_heading", len(rows))
    end = _grid(ws, row, heading, rows[:split])
    if split < len(rows):
        for col, text in enumerate(heading, 1):
            _cell(ws, end, col, text)
        end = _body(ws, end + 1, rows[split:])
    _footer(ws, end, table)
    for letter in table.get("hidden", ()):
        ws.column_dimensions[letter].hidden = True


def _write_s8(workbook, table: dict) -> None:
    ws = workbook.active
    ws.title = table.get("sheet", "项目支出绩效目标表")
    _write_marked(ws, table)


def _write_sheet_each(workbook, table: dict) -> None:
    """One sheet per table, each named after its project (``sheet``), as a department's several
    projects are kept in one workbook; with ``summary`` a 项目汇总 sheet in front listing them."""
    summary = workbook.active
    for each in table["tables"]:
        _write_marked(workbook.create_sheet(each["sheet"]), each)
    if not table.get("summary"):
        workbook.remove(summary)
        return
    summary.title = "项目汇总"
    _cell(summary, 1, 1, table["summary"])
    _cell(summary, 2, 1, table["tables"][0]["unit_line"])
    for col, text in enumerate(("序号", "项目名称", "主管部门", "实施单位", "年度资金总额"), 1):
        _cell(summary, 3, col, text)
    for number, each in enumerate(table["tables"], 1):
        project = dict(each["project"])
        line = (number, project["项目名称"], project["主管部门"], project["实施单位"], each["funds"][0][1])
        for col, value in enumerate(line, 1):
            _cell(summary, 3 + number, col, value)
    _cell(summary, 4 + len(table["tables"]), 1, "合计")
    _cell(summary, 4 + len(table["tables"]), 5, sum(each["funds"][0][1] for each in table["tables"]))


# -- round s9: layouts of the 2021 provincial templates and of workbooks saved by WPS ----------------

def _head_s9(ws, table: dict, width: int) -> int:
    """Title, 金额单位 line and project rows (value merged to the grid's right edge); ``period``: its
    label and one cell (merged as a project row's) or a start and an end cell side by side;
    ``funds_across``: the amounts in one row, each label beside its amount; ``medium``: 中期目标 and
    年度目标 side by side over their texts."""
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    _cell(ws, 1, 1, table["title"])
    _cell(ws, 2, 1, table["unit_line"])
    row = 3
    for label, value in table["project"]:
        _cell(ws, row, 1, label)
        _cell(ws, row, 2, value)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
        row += 1
    if "period" in table:
        _cell(ws, row, 1, table["period"][0])
        for col, value in enumerate(table["period"][1:], 2):
            _cell(ws, row, col, value)
        if len(table["period"]) == 2:  # one cell: merged to the right edge as the project rows are
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
        row += 1
    if table.get("funds_across"):
        _cell(ws, row, 1, table["funds_label"])
        for index, (label, amount) in enumerate(table["funds"]):
            _cell(ws, row, 2 + 2 * index, label)
            _cell(ws, row, 3 + 2 * index, amount)
        row += 1
    else:
        first = row
        for label, amount in table["funds"]:
            _cell(ws, row, 1, table["funds_label"] if row == first else None)
            _cell(ws, row, 2, label)
            _cell(ws, row, 3, amount)
            row += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    if "medium" in table:
        (medium_label, medium), (annual_label, annual) = table["medium"], ("年度目标（2026年）", table["goal"])
        _cell(ws, row, 1, "总体目标")
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        middle = 2 + (width - 1) // 2
        for line, (left, right) in enumerate(((medium_label, annual_label), (medium, annual))):
            _cell(ws, row + line, 2, left)
            ws.merge_cells(start_row=row + line, start_column=2, end_row=row + line, end_column=middle - 1)
            _cell(ws, row + line, middle, right)
            ws.merge_cells(start_row=row + line, start_column=middle, end_row=row + line, end_column=width)
        return row + 2
    _cell(ws, row, 1, "年度总体目标")
    _cell(ws, row, 2, table["goal"])
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
    return row + 1


def _write_s9(workbook, table: dict) -> None:
    """One table as round s9 writes it; ``frozen``: the panes frozen under the grid's heading and an
    autofilter over the grid, as a department sorting its indicators leaves them."""
    ws = workbook.active
    ws.title = table.get("sheet", "项目支出绩效目标表")
    heading = heading_of(table)
    width = max(len(heading), 7 if table.get("funds_across") else 0)
    row = _head_s9(ws, table, width)
    end = _grid(ws, row, heading, table["rows"])
    if table.get("frozen"):
        ws.freeze_panes = ws.cell(row=row + 1, column=4)
        ws.auto_filter.ref = f"A{row}:{openpyxl.utils.get_column_letter(len(heading))}{end - 1}"
    _footer(ws, end, table)
    for col, size in zip("ABCDEFGHI", (12, 16, 30, 10, 14, 10, 10, 10, 20)):
        ws.column_dimensions[col].width = size


def _as_wps_saves(path: Path, workbook) -> None:
    """The workbook as WPS saves it: each formula with its value cached beside it (openpyxl writes
    none), every text among the shared strings with a phonetic setting (openpyxl writes each in its
    cell), rich text in runs there."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    shared: list[str] = []

    def to_shared(match: re.Match) -> str:
        shared.append(f'<si>{match.group(3)}<phoneticPr fontId="1" type="noConversion"/></si>')
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{len(shared) - 1}</v></c>'

    for number, title in enumerate(workbook.sheetnames, 1):
        name = f"xl/worksheets/sheet{number}.xml"
        text = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>', to_shared, parts[name].decode())
        for (sheet, coord), value in getattr(workbook, "cached_values", {}).items():
            if sheet == title:
                kind = ' t="str"' if isinstance(value, str) else ""
                text = re.sub(rf'<c r="{coord}"([^>]*)><f>(.*?)</f><v ?/>',
                              lambda m: f'<c r="{coord}"{m.group(1)}{kind}><f>{m.group(2)}</f><v>{value}</v>', text)
        parts[name] = text.encode()
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">{"".join(shared)}</sst>').encode()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml" Id="rIdSst" /></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml" /></Types>')
    parts["docProps/app.xml"] = re.sub(rb"<Application>.*?</Application>", "<Application>WPS 表格</Application>".encode(),
                                       parts["docProps/app.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)


SPLIT = ["一级指标", "二级指标", "三级指标", "符号", "数值", "单位", "备注"]  # what each row tuple holds
PLAIN_UNIT = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"]

TABLES["w16-gaobiaozhun-nongtian"] = dict(
    writer=_write_split, heading=SPLIT, title="2025年度省级财政项目支出绩效目标表", filler="龙海涛",
    unit_line="金额单位：万元",
    project=[("项目名称", "2025年高标准农田建设项目"), ("项目编码", "52273225T000000517"),
             ("主管部门", "三都水族自治县农业农村局"), ("实施单位", "三都水族自治县农田建设服务中心"),
             ("项目属性", "新增项目"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况",
    funds=[("年度资金总额", 750), ("财政拨款", 750), ("省级", 500), ("县级", 250), ("其他资金", 0)],
    goal="2025年在周覃镇、九阡镇建设高标准农田5000亩，新建（改造）灌溉渠道12公里、机耕道8公里；"
         "工程验收合格率100%，2025年11月30日前完工；项目区粮食亩产提高50公斤以上，"
         "受益农户1800户，工程设计使用年限15年以上，受益农户满意度90%以上。",
    rows=[
        (C, "经济成本指标", "农田建设工程费（5000亩×1400元/亩）", "≤", 700, "万元", "含土地平整、灌排及田间道路"),
        (C, "经济成本指标", "勘察设计及监理费", "≤", 50, "万元", None),
        (C, "经济成本指标", "亩均财政投入", "≤", 1500, "元/亩", "省定标准"),
        (C, "社会成本指标", "施工引发群体性事件", "＝", 0, "起", None),
        (C, "生态环境成本指标", "施工对周边生态环境的影响", None, "无明显负面影响", None, "落实水土保持措施"),
        (P, "数量指标", "新建高标准农田面积", "≥", 5000, "亩", None),
        (P, "数量指标", "新建（改造）灌溉渠道", "≥", 12, "公里", None),
        (P, "数量指标", "新建机耕道", "≥", 8, "公里", None),
        (P, "质量指标", "工程验收合格率", "＝", 100, "%", None),
        (P, "时效指标", "工程完工时间", Across("2025年11月30日前"), None, None, None),
        (E, "经济效益指标", "项目区粮食亩产提高", "≥", 50, "公斤", None),
        (E, "社会效益指标", "受益农户", "≥", 1800, "户", None),
        (E, "可持续影响指标", "工程设计使用年限", "≥", 15, "年", None),
        (S, SAT, "受益农户满意度", "≥", 90, "%", "抽样问卷调查"),
    ],
    read={
        "农田建设工程费（5000亩×1400元/亩）": ("≤700", "万元"),
        "勘察设计及监理费": ("≤50", "万元"),
        "亩均财政投入": ("≤1500", "元/亩"),
        "施工引发群体性事件": ("＝0", "起"),
        "施工对周边生态环境的影响": ("无明显负面影响", None),
        "新建高标准农田面积": ("≥5000", "亩"),
        "新建（改造）灌溉渠道": ("≥12", "公里"),
        "新建机耕道": ("≥8", "公里"),
        "工程验收合格率": ("＝100", "%"),
        "工程完工时间": ("2025年11月30日前", None),
        "项目区粮食亩产提高": ("≥50", "公斤"),
        "受益农户": ("≥1800", "户"),
        "工程设计使用年限": ("≥15", "年"),
        "受益农户满意度": ("≥90", "%"),
    },
)

_RELIEF = dict(heading=PLAIN_UNIT, title="2025年项目支出绩效目标表", funds_label="资金情况", filler="蒙秀华")
TABLES["w17-shehui-jiuzhu-sanbiao"] = dict(
    writer=_write_stacked,
    tables=[
        # 金额单位：万元 over the first table only: the unit of the sheet; the tables numbered in their titles
        dict(_RELIEF, title="2025年项目支出绩效目标表（一）", unit_line="金额单位：万元",
             project=[("项目名称", "2025年农村最低生活保障资金"), ("主管部门", "平塘县民政局"), ("实施单位", "平塘县民政局")],
             funds=[("年度资金总额", 2320), ("财政拨款", 2320), ("中央", 1800), ("县级", 520), ("其他资金", 0)],
             goal="为全县4000名农村低保对象按每人每年5800元的标准发放最低生活保障金，每月10日前足额发放，"
                  "发放准确率100%；符合条件的困难群众应保尽保，建立低保动态管理机制，低保对象满意度90%以上。",
             rows=[
                 (P, "数量指标", "农村低保保障人数", "≥4000", "人"),
                 (P, "质量指标", "低保资金发放准确率", "＝100", "%"),
                 (P, "时效指标", "低保资金发放时间", "每月10日前", None),
                 (P, "成本指标", "农村低保保障标准", "＝5800", "元/人·年"),
                 (E, "社会效益指标", "符合条件的困难群众应保尽保率", "＝100", "%"),
                 (E, "可持续影响指标", "低保动态管理机制", "建立并有效运行", None),
                 (S, SAT, "低保对象满意度", "≥90", "%"),
             ]),
        dict(_RELIEF, title="2025年项目支出绩效目标表（二）",
             project=[("项目名称", "2025年特困人员救助供养资金"), ("主管部门", "平塘县民政局"), ("实施单位", "平塘县社会福利院")],
             funds=[("年度资金总额", 456), ("财政拨款", 456), ("中央", 300), ("县级", 156), ("其他资金", 0)],
             goal="为全县600名特困人员按每人每年7600元的标准发放基本生活费，每月10日前足额发放，发放准确率100%；"
                  "特困人员基本生活得到保障（保障率100%），供养服务机构不发生安全责任事故，特困人员满意度90%以上。",
             rows=[
                 (P, "数量指标", "特困人员救助供养人数", "≥600", "人"),
                 (P, "质量指标", "供养资金发放准确率", "＝100", "%"),
                 (P, "时效指标", "供养资金发放时间", "每月10日前", None),
                 (P, "成本指标", "特困人员基本生活标准", "＝7600", "元/人·年"),
                 (E, "社会效益指标", "特困人员基本生活保障率", "＝100", "%"),
                 (E, "社会效益指标", "供养服务机构安全责任事故", "＝0", "起"),
                 (S, SAT, "特困人员满意度", "≥90", "%"),
             ]),
        dict(_RELIEF, title="2025年项目支出绩效目标表（三）",
             project=[("项目名称", "2025年临时救助资金"), ("主管部门", "平塘县民政局"), ("实施单位", "平塘县民政局")],
             funds=[("年度资金总额", 120), ("财政拨款", 120), ("中央", 80), ("县级", 40), ("其他资金", 0)],
             goal="全年开展临时救助1200人次，救助对象审核准确率100%，急难型救助3天内办结；"
                  "困难群众急难问题及时解决率95%以上，不发生冲击社会道德底线事件，救助对象满意度90%以上。",
             rows=[
                 (P, "数量指标", "临时救助人次", "≥1200", "人次"),
                 (P, "质量指标", "救助对象审核准确率", "＝100", "%"),
                 (P, "时效指标", "急难型救助办结时限", "≤3", "天"),
                 (P, "成本指标", "临时救助资金支出", "≤120", "万元"),
                 (E, "社会效益指标", "困难群众急难问题及时解决率", "≥95", "%"),
                 (E, "社会效益指标", "冲击社会道德底线事件", "＝0", "件"),
                 (S, SAT, "救助对象满意度", "≥90", "%"),
             ]),
    ],
)

TABLES["w18-nongcun-gonglu-yanghu"] = dict(
    writer=_write_plain, heading=PLAIN_UNIT + ["备注"], title="2025年项目支出绩效目标表", unit_line="金额单位：万元",
    filler="韦志强",
    project=[("项目名称", "2025年农村公路养护工程"), ("主管部门", "荔波县交通运输局"),
             ("实施单位", "荔波县农村公路管理所")],
    funds_label="资金情况",
    funds=[("年度资金总额", 860), ("财政拨款", 860), ("中央", 500), ("省级", 200), ("县级", 160), ("其他资金", 0)],
    goal="2025年完成农村公路日常养护1200公里，实施农村公路安全生命防护工程45公里、危桥改造6座、"
         "路面大中修20公里；工程交工验收合格率100%，2025年11月30日前完工；"
         "农村公路优良中等路率达到85%以上，建立并落实农村公路管养长效机制，群众满意度90%以上。",
    rows=[
        (P, "数量指标", "农村公路日常养护里程", "≥1200", "公里", None),
        # typed with Alt+Enter where the column is narrow: one name over two lines of its cell
        (P, "数量指标", "农村公路安全生命防护工程\n实施里程", "≥45", "公里", None),
        (P, "数量指标", "危桥改造", "＝6", "座", "每座按设计荷载公路-Ⅱ级"),
        (P, "数量指标", "路面大中修里程", "≥20", "公里", None),
        (P, "质量指标", "工程交工验收合格率", "＝100", "%", None),
        (P, "时效指标", "工程完工时间", "2025年11月30日前", None, None),
        (P, "成本指标", "日常养护费（1200公里×2000元/公里）", "≤240", "万元", None),
        (P, "成本指标", "安全生命防护工程费（45公里×4万元/公里）", "≤180", "万元", None),
        (P, "成本指标", "危桥改造费（6座×40万元/座）", "≤240", "万元", None),
        (P, "成本指标", "路面大中修费（20公里×10万元/公里）", "≤200", "万元", None),
        (E, "社会效益指标", "农村公路优良中等路率", "≥85", "%", None),
        # the 二级 typed over two lines of its merged cell too
        (E, "可持续影响\n指标", "农村公路管养长效机制", "建立并落实", None, "县乡村三级路长制"),
        (S, SAT, "群众满意度", "≥90", "%", "抽样问卷调查"),
    ],
    read={
        "农村公路日常养护里程": ("≥1200", "公里"),
        "农村公路安全生命防护工程实施里程": ("≥45", "公里"),  # the typed line break is no part of the name
        "危桥改造": ("＝6", "座"),
        "路面大中修里程": ("≥20", "公里"),
        "工程交工验收合格率": ("＝100", "%"),
        "工程完工时间": ("2025年11月30日前", None),
        "日常养护费（1200公里×2000元/公里）": ("≤240", "万元"),
        "安全生命防护工程费（45公里×4万元/公里）": ("≤180", "万元"),
        "危桥改造费（6座×40万元/座）": ("≤240", "万元"),
        "路面大中修费（20公里×10万元/公里）": ("≤200", "万元"),
        "农村公路优良中等路率": ("≥85", "%"),
        "农村公路管养长效机制": ("建立并落实", None),
        "群众满意度": ("≥90", "%"),
    },
)

WAN = '0.00"万元"'
TABLES["w19-yiliao-gongtong-ti"] = dict(
    writer=_write_plain, layout="a", title="2025年度项目支出绩效目标表", unit_line="金额单位：万元", filler="岑丽萍",
    project=[("项目名称", "2025年县域医共体信息化建设项目"), ("项目编码", "52272225T000000836"),
             ("主管部门", "贵定县卫生健康局"), ("实施单位", "贵定县人民医院"), ("项目期限", "1年")],
    funds_label="资金情况",
    funds=[("年度资金总额", Num(1280.5, "#,##0.00")), ("财政拨款", Num(1280.5, "#,##0.00")),
           ("其中：中央补助", Num(800, "#,##0.00")), ("省级补助", Num(300, "#,##0.00")),
           ("县级配套", Num(180.5, "#,##0.00")), ("其他资金", Num(0, "#,##0.00"))],
    sources={"中央": 800, "省级": 300, "县级": 180.5},  # the levels the labels name
    goal="建设县域医共体信息平台1个，为12家成员单位（县级医院2家、乡镇卫生院10家）配置硬件设备并接入平台，实现检查检验结果互认；"
         "系统验收合格率100%，2025年12月31日前上线运行；医共体内远程诊疗服务12000人次以上，平台稳定运行率99%以上，"
         "医务人员及患者满意度90%以上。",
    rows=[
        (C, "经济成本指标", "信息平台软件开发费", "≤", Num(620.5, WAN), None),
        (C, "经济成本指标", "成员单位硬件设备购置费（12家×45万元/家）", "≤", Num(540, WAN), None),
        (C, "经济成本指标", "信息平台系统集成及等保测评费", "≤", Num(120, WAN), None),
        (P, "数量指标", "建设县域医共体信息平台", "＝", 1, "个"),
        (P, "数量指标", "配置硬件设备的成员单位", "＝", 12, "家"),
        (P, "质量指标", "系统验收合格率", "＝", Pct(1), None),
        (P, "质量指标", "检查检验结果互认率", "≥", Num(0.95, "0.00%"), None),
        (P, "时效指标", "系统上线运行时间", "≤", IsoDay(2025, 12, 31), None),
        (E, "社会效益指标", "远程诊疗服务人次", "≥", Num(12000, "#,##0"), "人次"),
        (E, "可持续影响指标", "平台稳定运行率", "≥", Pct(0.99), None),
        (S, SAT, "医务人员及患者满意度", "≥", Pct(0.9), None),
    ],
    read={
        "信息平台软件开发费": ("≤620.50万元", None),
        "成员单位硬件设备购置费（12家×45万元/家）": ("≤540.00万元", None),
        "信息平台系统集成及等保测评费": ("≤120.00万元", None),
        "建设县域医共体信息平台": ("＝1", "个"),
        "配置硬件设备的成员单位": ("＝12", "家"),
        "系统验收合格率": ("＝100%", None),
        "检查检验结果互认率": ("≥95.00%", None),
        "系统上线运行时间": ("≤2025年12月31日", None),
        "远程诊疗服务人次": ("≥12,000", "人次"),
        "平台稳定运行率": ("≥99%", None),
        "医务人员及患者满意度": ("≥90%", None),
    },
)

TABLES["w20-yiwu-jiaoyu-kongtiao"] = dict(
    writer=_write_goal_rows, heading=PLAIN_UNIT, title="2025年项目支出绩效目标表", unit_line="金额单位：万元",
    filler="杨再兴",
    project=[("项目名称", "2025年城镇学校学位扩容项目"), ("主管部门", "龙里县教育局"), ("实施单位", "龙里县第三中学")],
    funds_label="项目资金",
    funds=[("年度资金总额", 1500), ("财政拨款", 1500), ("其中：中央", 900), ("省级", 300), ("县级", 300),
           ("其他资金", 0)],
    goal="目标1：新建教学楼1栋，建筑面积6000平方米，新增初中学位1200个；\n"
         "目标2：工程竣工验收合格率100%，2025年8月31日前交付使用；\n"
         "目标3：缓解县城初中大班额问题，56人以上大班额清零，教学楼设计使用年限50年；\n"
         "目标4：学生及家长满意度90%以上。",
    rows=[
        (P, "数量指标", "新建教学楼", "＝1", "栋"),
        (P, "数量指标", "新建教学楼建筑面积", "≥6000", "平方米"),
        (P, "数量指标", "新增初中学位", "≥1200", "个"),
        (P, "质量指标", "工程竣工验收合格率", "＝100", "%"),
        (P, "时效指标", "教学楼交付使用时间", "2025年8月31日前", None),
        (P, "成本指标", "教学楼建安工程费（6000平方米×2300元/平方米）", "≤1380", "万元"),
        (P, "成本指标", "工程建设其他费用", "≤120", "万元"),
        (E, "社会效益指标", "56人以上大班额数", "＝0", "个"),
        (E, "可持续影响指标", "教学楼设计使用年限", "≥50", "年"),
        (S, SAT, "学生及家长满意度", "≥90", "%"),
    ],
)

_REVIEW_LEVELS = {"产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
                  "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
                  "满意度指标": ["服务对象满意度指标"]}
TABLES["w21-nongcun-laodongli-peixun"] = dict(
    writer=_write_reviewed, heading=PLAIN_UNIT + ["审核意见"], title="2025年项目支出绩效目标表",
    unit_line="金额单位：万元", filler="王春燕", choices=_REVIEW_LEVELS,
    instructions=[
        "填表须知",
        "1.本表由项目实施单位填写项目名称、主管部门、实施单位、资金情况、年度总体目标和绩效指标。",
        "2.一级指标、二级指标从下拉选项中选择；三级指标名称应简明，指标值应量化。",
        "3.“审核意见”一栏由主管部门逐条填写，实施单位不填。",
    ],
    reviews=["主管部门审核意见：同意申报。", "财政部门审核意见："],
    project=[("项目名称", "2025年农村劳动力职业技能培训项目"), ("主管部门", "惠水县人力资源和社会保障局"),
             ("实施单位", "惠水县就业局")],
    funds_label="资金情况",
    funds=[("年度资金总额", 180), ("财政拨款", 180), ("中央", 120), ("县级", 60), ("其他资金", 0)],
    goal="开展农村劳动力职业技能培训1500人次（每人次补贴1200元），培训合格率90%以上，"
         "2025年11月30日前完成培训任务；培训后就业率达到70%以上，参训人员月均收入较培训前增长10%以上，参训人员满意度90%以上。",
    rows=[
        (P, "数量指标", "职业技能培训人次", "≥1500", "人次", "同意"),
        (P, "质量指标", "培训合格率", "≥90", "%", "同意"),
        (P, "时效指标", "培训任务完成时间", "2025年11月30日前", None, "同意"),
        (P, "成本指标", "培训补贴（1500人次×1200元/人次）", "≤180", "万元", "同意"),
        (E, "社会效益指标", "培训后就业率", "≥70", "%", "同意"),
        (E, "经济效益指标", "参训人员月均收入较培训前增长", "≥10", "%", "建议按抽样跟踪调查核实"),
        (S, SAT, "参训人员满意度", "≥90", "%", "同意"),
    ],
    example=dict(
        heading=PLAIN_UNIT, title="项目支出绩效目标表（填报示例）", unit_line="金额单位：万元", filler="XXX",
        project=[("项目名称", "XX项目"), ("主管部门", "XX局"), ("实施单位", "XX单位")],
        funds_label="资金情况",
        funds=[("年度资金总额", 100), ("财政拨款", 100), ("中央", 60), ("县级", 40), ("其他资金", 0)],
        goal="完成XX任务XX个，验收合格率100%，服务对象满意度90%以上。",
        rows=[
            (P, "数量指标", "完成XX任务", "≥XX", "个"),
            (P, "质量指标", "验收合格率", "＝100", "%"),
            (S, SAT, "服务对象满意度", "≥90", "%"),
        ]),
    last_year=dict(
        heading=PLAIN_UNIT, title="2024年项目支出绩效目标表", unit_line="金额单位：万元", filler="王春燕",
        project=[("项目名称", "2024年农村劳动力职业技能培训项目"), ("主管部门", "惠水县人力资源和社会保障局"),
                 ("实施单位", "惠水县就业局")],
        funds_label="资金情况",
        funds=[("年度资金总额", 150), ("财政拨款", 150), ("中央", 100), ("县级", 50), ("其他资金", 0)],
        goal="开展农村劳动力职业技能培训1250人次，培训合格率90%以上，参训人员满意度90%以上。",
        rows=[
            (P, "数量指标", "职业技能培训人次", "≥1250", "人次"),
            (P, "质量指标", "培训合格率", "≥90", "%"),
            (S, SAT, "参训人员满意度", "≥90", "%"),
        ]),
)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_workbooks.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, table in TABLES.items():
        _write(table, out / f"{name}.xlsx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Make the aligned-*.xlsx workbooks of tests/data/pdftext: target tables laid out as departments
fill them in (merged 一级/二级 cells, a separate 指标性质/符号/运算符 column, figures aligned right,
计量单位, labels such as 项目负责人 beside the header fields).

    python aligned_make.py OUTDIR
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/aligned-*.xlsx
    pdftotext -layout OUTDIR/aligned-x.pdf aligned-x-layout.txt; pdftotext OUTDIR/aligned-x.pdf aligned-x-plain.txt
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import openpyxl
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)
GENERAL = Alignment(vertical="center", wrap_text=True)


def put(ws: Worksheet, ref: str, value: object, align: Alignment = CENTER, fmt: str | None = None) -> Cell:
    c = ws[ref]
    c.value = value
    c.alignment = align
    c.border = BORDER
    if fmt:
        c.number_format = fmt
    return c


def grid(ws: Worksheet, top: int, headings: list[str], rows: list[tuple], widths: list[int],
         value_align: Callable[[object], Alignment], ncols: int) -> int:
    """rows: (l1, l2, name, op-or-nature, value, unit[, extra])."""
    for k, h in enumerate(headings):
        put(ws, f"{chr(65 + k)}{top}", h)
    r = top + 1
    spans1, spans2 = {}, {}
    for row in rows:
        l1, l2 = row[0], row[1]
        spans1.setdefault(l1, [r, r])[1] = r
        spans2.setdefault((l1, l2), [r, r])[1] = r
        for k, v in enumerate(row[2:], start=2):
            col = chr(65 + k)
            if headings[k] in ("指标值",):
                put(ws, f"{col}{r}", v, value_align(v))
            elif k == 2:
                put(ws, f"{col}{r}", v, LEFT)
            else:
                put(ws, f"{col}{r}", v, CENTER)
        r += 1
    for l1, (a, b) in spans1.items():
        put(ws, f"A{a}", l1)
        if b > a:
            ws.merge_cells(f"A{a}:A{b}")
    for (l1, l2), (a, b) in spans2.items():
        put(ws, f"B{a}", l2)
        if b > a:
            ws.merge_cells(f"B{a}:B{b}")
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    return r


def header(ws: Worksheet, title: str, year_line: str, name: str, dept: str, impl: str, funds: list[tuple[str, float]],
           goal: str, ncols: int, extra_rows: tuple = (), unit: str = "万元", name_extra: tuple[str, str] | None = None,
           dept_extra: tuple[str, str] | None = None, impl_extra: tuple[str, str] | None = None) -> int:
    last = chr(64 + ncols)
    put(ws, "A1", title)
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells(f"A1:{last}1")
    put(ws, "A2", year_line)
    ws.merge_cells(f"A2:{chr(64 + ncols - 2)}2")
    put(ws, f"{chr(64 + ncols - 1)}2", f"单位：{unit}")
    ws.merge_cells(f"{chr(64 + ncols - 1)}2:{last}2")
    r = 3

    def line(label: str, value: str, extra: tuple[str, str] | None) -> None:
        nonlocal r
        put(ws, f"A{r}", label)
        if extra is None:
            put(ws, f"B{r}", value)
            ws.merge_cells(f"B{r}:{last}{r}")
        else:
            put(ws, f"B{r}", value)
            ws.merge_cells(f"B{r}:C{r}")
            put(ws, f"D{r}", extra[0])
            put(ws, f"E{r}", extra[1])
            ws.merge_cells(f"E{r}:{last}{r}")
        r += 1

    line("项目名称", name, name_extra)
    line("主管部门", dept, dept_extra)
    line("实施单位", impl, impl_extra)
    for label, value, extra in extra_rows:
        line(label, value, extra)
    put(ws, f"A{r}", f"项目资金（{unit}）")
    ws.merge_cells(f"A{r}:A{r + 2}")
    for k, (label, amount) in enumerate(funds):
        put(ws, f"B{r + k}", label)
        put(ws, f"C{r + k}", amount, RIGHT, "0.00")
        ws.merge_cells(f"C{r + k}:{last}{r + k}")
    r += 3
    put(ws, f"A{r}", "年度总体目标")
    put(ws, f"B{r}", goal, LEFT)
    ws.merge_cells(f"B{r}:{last}{r}")
    ws.row_dimensions[r].height = 45
    return r + 1


def by_type(v: object) -> Alignment:
    return RIGHT if isinstance(v, (int, float)) else CENTER


def general(v: object) -> Alignment:
    return GENERAL


def right_all(v: object) -> Alignment:
    return RIGHT


def save(wb: openpyxl.Workbook, stem: str) -> None:
    ws = wb.active
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(OUT / f"{stem}.xlsx")


# A: 预算一体化-style: 指标性质 holds the comparison, numbers stored as numbers, right aligned.
def book_a() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]
    r = header(ws, "某县2024年项目支出绩效目标表", "填报单位：某县农业农村局", "2024年高标准农田建设项目",
               "某县农业农村局", "某县农田建设服务中心",
               [("年度资金总额", 1200), ("其中：财政拨款", 1200), ("其他资金", 0)],
               "新建高标准农田1.2万亩，配套灌排设施，提高粮食综合生产能力。", 6,
               name_extra=("项目负责人", "李四"))
    rows = [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 12000, "亩"),
        ("产出指标", "数量指标", "新建灌排渠道长度", "≥", 35, "公里"),
        ("产出指标", "数量指标", "新建机耕道路", "≥", 18.5, "公里"),
        ("产出指标", "质量指标", "工程验收合格率", "＝", 100, "%"),
        ("产出指标", "质量指标", "耕地质量等级提升", "≥", 0.5, "等"),
        ("产出指标", "时效指标", "项目完工时间", "≤", 12, "月"),
        ("产出指标", "成本指标", "亩均建设成本", "≤", 1000, "元/亩"),
        ("产出指标", "成本指标", "项目总成本", "≤", 1200, "万元"),
        ("效益指标", "经济效益指标", "亩均粮食增产", "≥", 50, "公斤"),
        ("效益指标", "社会效益指标", "受益农户数", "≥", 3200, "户"),
        ("效益指标", "可持续影响指标", "工程设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", 90, "%"),
    ]
    grid(ws, r, heads, rows, [12, 14, 26, 10, 12, 10], by_type, 6)
    save(wb, "aligned-xingzhi")


# B: 符号 column, 指标值 strings right aligned, 计量单位, 备注; 项目负责人/联系电话 and 项目期限 lines.
def book_b() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    heads = ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位", "备注"]
    r = header(ws, "某市2023年项目支出绩效目标申报表", "填报单位：某市人力资源和社会保障局", "2023年职业技能提升行动",
               "某市人力资源和社会保障局", "某市职业技能鉴定指导中心",
               [("年度资金总额", 850), ("其中：财政拨款", 800), ("其他资金", 50)],
               "开展职业技能培训8000人次，新增取得职业资格证书人员5000人，促进劳动者就业创业。", 7,
               dept_extra=("项目负责人", "张三"), impl_extra=("项目期限", "2023年1月-2023年12月"))
    rows = [
        ("产出指标", "数量指标", "职业技能培训人次", "≥", "8000", "人次", ""),
        ("产出指标", "数量指标", "新增取得证书人数", "≥", "5000", "人", ""),
        ("产出指标", "数量指标", "开展培训机构评估", "＝", "12", "家", ""),
        ("产出指标", "质量指标", "培训合格率", "≥", "90", "%", ""),
        ("产出指标", "质量指标", "补贴发放准确率", "＝", "100", "%", ""),
        ("产出指标", "时效指标", "补贴发放及时率", "≥", "95", "%", ""),
        ("产出指标", "成本指标", "人均培训补贴", "≤", "1500", "元", "按工种分档"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", "70", "%", ""),
        ("效益指标", "社会效益指标", "带动创业人数", "≥", "300", "人", ""),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "85", "%", ""),
    ]
    grid(ws, r, heads, rows, [12, 14, 24, 7, 10, 10, 12], right_all, 7)
    save(wb, "aligned-fuhao")


# C: 指标值 mixed: numbers (general -> right), texts centred; 计量单位 and 指标性质 (定量/定性)
# after it; 项目负责人 row with 联系电话 beside it.
def book_c() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"]
    r = header(ws, "某县2024年项目支出绩效目标表", "填报单位：某县卫生健康局", "基本公共卫生服务补助资金",
               "某县卫生健康局", "某县疾病预防控制中心",
               [("年度资金总额", 560.5), ("其中：财政拨款", 560.5), ("其他资金", 0)],
               "为辖区常住居民免费提供基本公共卫生服务，提高居民健康素养水平。", 6,
               extra_rows=[("项目负责人", "王五", ("联系电话", "0854-8123456"))])
    rows = [
        ("产出指标", "数量指标", "居民电子健康档案建档人数", 280000, "人", "定量"),
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", 32000, "人", "定量"),
        ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90", "%", "定量"),
        ("产出指标", "质量指标", "高血压患者规范管理率", "≥60", "%", "定量"),
        ("产出指标", "质量指标", "服务规范程度", "规范", "", "定性"),
        ("产出指标", "时效指标", "资金拨付完成时间", "2024年12月31日前", "", "定量"),
        ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", 89, "元", "定量"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥25", "%", "定量"),
        ("效益指标", "可持续影响指标", "基本公共卫生服务长效机制", "逐步完善", "", "定性"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥85", "%", "定量"),
    ]
    grid(ws, r, heads, rows, [12, 14, 30, 16, 9, 9], by_type, 6)
    save(wb, "aligned-mixed")


# D: 运算符 column, numbers stored as numbers (General → right), narrow value column, names wrap.
def book_d() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    heads = ["一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位", "指标方向"]
    r = header(ws, "某州2023年项目支出绩效目标批复表", "2023年度", "农村饮水安全巩固提升工程",
               "某州水务局", "某州农村供水管理站",
               [("年度资金总额", 2300), ("其中：财政拨款", 2000), ("其他资金", 300)],
               "新建和改造农村集中供水工程45处，巩固提升3.6万农村人口饮水安全保障水平。", 7,
               impl_extra=("项目负责人", "赵六"))
    rows = [
        ("产出指标", "数量指标", "新建和改造农村集中供水工程数量", "≥", 45, "处", "正向"),
        ("产出指标", "数量指标", "新增铺设供水管网长度", "≥", 120, "公里", "正向"),
        ("产出指标", "数量指标", "巩固提升受益人口", "≥", 3.6, "万人", "正向"),
        ("产出指标", "质量指标", "工程验收合格率", "＝", 100, "%", "正向"),
        ("产出指标", "质量指标", "水质达标率", "≥", 95, "%", "正向"),
        ("产出指标", "时效指标", "工程建设周期", "≤", 10, "月", "反向"),
        ("产出指标", "成本指标", "单处工程平均投资", "≤", 51.1, "万元", "反向"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥", 92, "%", "正向"),
        ("效益指标", "社会效益指标", "供水保证率", "≥", 95, "%", "正向"),
        ("效益指标", "可持续影响指标", "工程设计使用年限", "≥", 20, "年", "正向"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", "正向"),
    ]
    grid(ws, r, heads, rows, [10, 12, 18, 7, 8, 8, 8], by_type, 7)
    save(wb, "aligned-yunsuanfu")


# E: 指标性质 comparisons, values right aligned text with decimals; no borders between? mixed.
def book_e() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重"]
    r = header(ws, "某区2024年项目支出绩效目标表", "填报单位：某区教育局", "义务教育学生营养改善计划",
               "某区教育局", "某区学生资助管理中心",
               [("年度资金总额", 936), ("其中：财政拨款", 936), ("其他资金", 0)],
               "为农村义务教育阶段学生提供营养膳食补助，改善学生营养状况。", 7,
               name_extra=("项目期限", "2024年1月-2024年12月"),
               dept_extra=("项目负责人", "孙七"))
    rows = [
        ("产出指标", "数量指标", "受益学生人数", "≥", 18000, "人", 20),
        ("产出指标", "数量指标", "供餐学校数", "＝", 46, "所", 10),
        ("产出指标", "质量指标", "食品安全事故发生数", "＝", 0, "起", 10),
        ("产出指标", "质量指标", "供餐天数达标率", "≥", 98, "%", 10),
        ("产出指标", "时效指标", "资金拨付时限", "≤", 30, "日", 5),
        ("产出指标", "成本指标", "每生每天补助标准", "＝", 5, "元", 5),
        ("效益指标", "社会效益指标", "学生营养状况改善率", "≥", 80, "%", 20),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", 90, "%", 20),
    ]
    grid(ws, r, heads, rows, [12, 16, 24, 10, 12, 10, 8], by_type, 7)
    save(wb, "aligned-weight")


if __name__ == "__main__":
    for make in (book_a, book_b, book_c, book_d, book_e):
        make()

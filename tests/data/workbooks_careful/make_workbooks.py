"""Write the careful workbooks of tests/test_workbooks_careful.py.

Eight 项目支出绩效目标表 written as departments fill in their Excel templates, in three layouts:

* ``a``: the 2021 预算一体化 export, 一级/二级/三级指标 | 指标方向 (≥/≤/＝/定性) | 指标值 (a number
  cell or text) | 度量单位, amounts in 万元, 成本指标 a 一级 of its own;
* ``b``: a provincial 申报表 with 指标值 | 计量单位 | 指标性质 | 分值 | 指标解释 | 评分标准 and a 合计 row;
* ``c``: the older simple form, 指标值 one text cell (≥200人) and 金额单位：万元 over the table.

Figures are number cells where a department types them so (rates as 0.95 under ``0%``), dates
as date cells, 一级/二级 cells merged over their rows. The tables are meant to be right: costs add
up to the funds, deadlines fall inside the year, every figure of the goal is measured.

Usage: ``python make_workbooks.py OUT_DIR`` (openpyxl needed).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

DAY = 'yyyy"年"m"月"d"日"'


class Pct(float):
    """A rate typed as a fraction under the ``0%`` format (0.95 shows 95%)."""


class Day(dt.date):
    """A date cell under the short format ``yyyy/m/d`` (2025/9/30), as the 一体化 export leaves it."""


def _cell(ws, row: int, col: int, value) -> None:
    cell = ws.cell(row=row, column=col, value=float(value) if isinstance(value, Pct) else value)
    if isinstance(value, Pct):
        cell.number_format = "0%"
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
    first = row + 1
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


def _head(ws, table: dict, with_year_line: bool) -> int:
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    _cell(ws, 1, 1, table["title"])
    row = 2
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
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "项目支出绩效目标表"
    layout = table["layout"]
    row = _head(ws, table, with_year_line=layout == "c")
    if layout == "a":
        heading = ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"]
    elif layout == "b":
        heading = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质", "分值", "指标解释", "评分标准"]
    else:
        heading = ["一级指标", "二级指标", "三级指标", "指标值"]
    end = _grid(ws, row, heading, table["rows"])
    if layout == "b":
        _cell(ws, end, 1, "合计")
        _cell(ws, end, 7, round(sum(r[6] * (100 if isinstance(r[6], Pct) else 1) for r in table["rows"])))
    end += 1
    _cell(ws, end, 1, "填报人：" + table["filler"])
    for col, width in zip("ABCDEFGHI", (12, 16, 30, 10, 14, 10, 8, 30, 30)):
        ws.column_dimensions[col].width = width
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

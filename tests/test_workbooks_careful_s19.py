"""Careful workbooks of round s8 through the Excel path, in layouts the earlier rounds did not write.

Two tables on one sheet, each under its own title and 金额单位 line; a sheet per table named after its
project; the goal across the grid's width (绩效目标 | 年度目标 | the goal merged over the columns to the
right edge, or 年度总体目标 merged over two columns); 指标值 as Excel percentages (0.95 under ``0%`` and
``0.0%``) and as numbers under ``#,##0``; amounts in 元 under ``#,##0.00``; funds as 其中：财政拨款 /
其他资金 rows; 2021-framework 成本指标 blocks; 时效 as date cells and as text (2026年6月底前); helper
columns hidden; the heading row repeated in the middle of the grid. Budget year 2026. The workbooks are
written by the careful-workbook generator (``tests/data/workbooks_careful/make_workbooks.py``, its
``_write_s8`` and ``_write_sheet_each``).

Two readings were wrong. A 项目汇总 sheet in front of the projects' sheets (s8d: 序号 | 项目名称 | 主管部门 |
实施单位 | 年度资金总额, a line per project) was read as a table of its own: eight errors (STR001 for each
一级, STR005 on 项目名称, 主管部门, 实施单位, 年度资金总额 and the goal) and LOAD013 on a missing grid. And a
helper column hidden in Excel (辅助列 of indicator codes in s8b, 指标编码 and
辅助列 in s8e) was told as a grid column "not read, put what must be kept in 备注" (LOAD013), though the
department had kept it out of the table by hiding it. The findings of the first draft that were
justified were fixed in the tables as a department would: 培训后就业率 under 质量指标 (CAT001, moved to
社会效益指标 and a 技能培训合格率 put under 质量), 划定控制线 with no cost of its own (REL002, the
planning fee named as covering it), one 效益 indicator (STR007, s8d's second table and s8e).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from ggtlint.limits import DEFAULT_LIMITS  # noqa: E402
from ggtlint.run import load_source  # noqa: E402

from careful_workbooks import check_written, maker, read_as_written  # noqa: E402

M = maker()
P, E, S, C, SAT = M.P, M.E, M.S, M.C, M.SAT
Num, Pct = M.Num, M.Pct
YUAN = "#,##0.00"  # amounts in 元 with two decimals: 1,500,000.00
THOUSANDS = "#,##0"  # counts with a thousands separator: 12,500

SIGN_WEIGHT_NOTE = ["一级指标", "二级指标", "三级指标", "运算符", "指标值", "度量单位", "分值", "备注"]
# a helper column of indicator codes hidden between the names and the values
CODE_SIGN_WEIGHT = ["一级指标", "二级指标", "三级指标", "辅助列", "运算符", "指标值", "计量单位", "权重（%）"]
DIRECTION = ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"]
NATURE_SIGN = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值符号", "指标值", "计量单位", "权重（%）", "备注"]
CODE_SIGN_HELPER = ["一级指标", "二级指标", "三级指标", "指标编码", "运算符", "指标值", "度量单位", "辅助列"]

TABLES: dict[str, dict] = {}

# s8a: 2021 framework, amounts in 元 with two decimals, 绩效目标 | 年度目标 | the goal across; rosa roxburghii
TABLES["s8a-cili-chanye"] = dict(
    writer=M._write_s8, heading=SIGN_WEIGHT_NOTE, title="2026年度项目支出绩效目标表", filler="王成芳",
    unit_line="填报单位：盘州市农业农村局　　　　金额单位：元", goal_across="block",
    project=[("项目名称", "2026年刺梨产业提质增效"), ("主管部门", "盘州市农业农村局"),
             ("实施单位", "盘州市刺梨产业发展中心"), ("项目期限", "1年")],
    funds_label="项目资金",
    funds=[("年度资金总额", Num(3000000, YUAN)), ("其中：财政拨款", Num(3000000, YUAN)),
           ("其他资金", Num(0, YUAN))],
    goal="1.新建刺梨标准化种植基地5000亩，提质改造低产刺梨园8000亩；2.开展刺梨种植技术培训1200人次；"
         "3.2026年6月底前完成苗木栽植，苗木成活率达到90%以上，带动种植户户均增收2000元以上，种植户满意度90%以上。",
    rows=[
        (C, "经济成本指标", "新建基地苗木补助（5000亩×300元/亩）", "≤", Num(1500000, YUAN), "元", 5, None),
        (C, "经济成本指标", "低产园改造补助（8000亩×150元/亩）", "≤", Num(1200000, YUAN), "元", 5, None),
        (C, "经济成本指标", "种植技术培训费（1200人次×250元/人次）", "≤", Num(300000, YUAN), "元", 5, None),
        (C, "社会成本指标", "基地建设占用永久基本农田", "＝", 0, "亩", 5, None),
        (C, "生态环境成本指标", "基地建设造成水土流失面积", "＝", 0, "亩", 5, None),
        (P, "数量指标", "新建刺梨标准化种植基地", "≥", Num(5000, THOUSANDS), "亩", 10, None),
        (P, "数量指标", "提质改造低产刺梨园", "≥", Num(8000, THOUSANDS), "亩", 10, None),
        (P, "数量指标", "刺梨种植技术培训", "≥", Num(1200, THOUSANDS), "人次", 5, None),
        (P, "质量指标", "苗木成活率", "≥", Pct(0.9), None, 10, "栽植后3个月核查"),
        (P, "时效指标", "苗木栽植完成时间", None, "2026年6月底前", None, 5, None),
        (E, "经济效益指标", "带动种植户户均增收", "≥", Num(2000, THOUSANDS), "元", 10, None),
        (E, "社会效益指标", "带动种植户", "≥", Num(1500, THOUSANDS), "户", 10, None),
        (E, "可持续影响指标", "新建基地管护期", "≥", 3, "年", 5, None),
        (S, SAT, "种植户满意度", "≥", Pct(0.9), None, 10, "抽样问卷调查"),
    ],
)

# s8b: percentages under 0% and 0.0%, counts under #,##0, a hidden helper column, the heading repeated
# before the 效益 rows; special-post teachers in rural schools
TABLES["s8b-tegang-jiaoshi"] = dict(
    writer=M._write_s8, heading=CODE_SIGN_WEIGHT, title="2026年度项目支出绩效目标表", filler="罗文静",
    unit_line="金额单位：万元", hidden="D", repeat_heading=6,
    project=[("项目名称", "2026年农村义务教育阶段特岗教师工资性补助"), ("主管部门", "紫云苗族布依族自治县教育局"),
             ("实施单位", "紫云苗族布依族自治县教育局"), ("项目类别", "特定目标-民生保障")],
    funds_label="资金情况",
    funds=[("年度资金总额", Num(1152, YUAN)), ("其中：财政拨款", Num(1152, YUAN)), ("中央", Num(1152, YUAN)),
           ("其他资金", Num(0, YUAN))],
    goal="为全县320名农村义务教育阶段特岗教师按每人每年3.6万元标准按月足额发放工资性补助，"
         "补助资金发放到位率100%；特岗教师服务期满留任率达到85%以上，特岗教师满意度95%以上。",
    rows=[
        (P, "数量指标", "补助特岗教师人数", "0101", "＝", 320, "人", 10),
        (P, "数量指标", "特岗教师任教农村学校", "0102", "≥", 46, "所", 10),
        (P, "质量指标", "补助资金发放到位率", "0201", "＝", Pct(1), None, 10),
        (P, "质量指标", "特岗教师资格审核合格率", "0202", "＝", Num(1, "0.0%"), None, 10),
        (P, "时效指标", "补助资金发放完成时间", "0301", "≤", dt.date(2026, 12, 31), None, 10),
        (P, "成本指标", "特岗教师工资性补助标准", "0401", "≤", Num(36000, THOUSANDS), "元/人·年", 10),
        (E, "社会效益指标", "特岗教师服务期满留任率", "0501", "≥", Num(0.85, "0.0%"), None, 10),
        (E, "社会效益指标", "受益农村学生", "0502", "≥", Num(12500, THOUSANDS), "人", 10),
        (E, "可持续影响指标", "特岗教师服务期满入编率", "0601", "＝", Pct(1), None, 10),
        (S, SAT, "特岗教师满意度", "0701", "≥", Pct(0.95), None, 10),
    ],
)

# s8c: two tables on one sheet, one under the other, each with its title and 金额单位 line
_WANGMO = dict(heading=DIRECTION, unit_line="金额单位：万元", funds_label="资金情况")
TABLES["s8c-yidi-banqian-guotu-guihua"] = dict(writer=M._write_stacked, tables=[
    dict(_WANGMO, title="2026年度项目支出绩效目标表", filler="韦德明",
         project=[("项目名称", "2026年易地扶贫搬迁安置点后续扶持"), ("主管部门", "望谟县生态移民局"),
                  ("实施单位", "望谟县易地扶贫搬迁后续扶持服务中心")],
         funds=[("年度资金总额", 200), ("其中：财政拨款", 200), ("其他资金", 0)],
         goal="扶持安置点就业帮扶车间10个，稳定吸纳搬迁群众就业800人以上；开展搬迁劳动力技能培训600人次，"
              "培训后就业率达到60%以上；搬迁群众满意度90%以上。",
         rows=[
             (P, "数量指标", "扶持就业帮扶车间", "＝", 10, "个"),
             (P, "数量指标", "帮扶车间吸纳搬迁群众就业", "≥", 800, "人"),
             (P, "数量指标", "搬迁劳动力技能培训", "≥", 600, "人次"),
             (P, "质量指标", "技能培训合格率", "≥", Pct(0.9), None),
             (P, "时效指标", "补助资金拨付时间", "≤", dt.date(2026, 10, 31), None),
             (P, "成本指标", "帮扶车间运营补助（10个×14万元/个）", "≤", 140, "万元"),
             (P, "成本指标", "技能培训补助（600人次×1000元/人次）", "≤", 60, "万元"),
             (E, "经济效益指标", "车间就业搬迁群众月均工资", "≥", Num(2500, THOUSANDS), "元"),
             (E, "社会效益指标", "培训后就业率", "≥", Pct(0.6), None),
             (E, "社会效益指标", "有劳动力的搬迁家庭就业率", "＝", Pct(1), None),
             (S, SAT, "搬迁群众满意度", "≥", Pct(0.9), None),
         ]),
    dict(_WANGMO, title="2026年度项目支出绩效目标表", filler="杨光荣",
         project=[("项目名称", "2026年县级国土空间总体规划编制"), ("主管部门", "望谟县自然资源局"),
                  ("实施单位", "望谟县自然资源局")],
         funds=[("年度资金总额", 180), ("其中：财政拨款", 180), ("其他资金", 0)],
         goal="编制完成县级国土空间总体规划成果1套，划定耕地和永久基本农田、生态保护红线、城镇开发边界3条控制线，"
              "2026年9月底前通过省级审查，规划成果数据入库率100%，相关部门满意度90%以上。",
         rows=[
             (P, "数量指标", "编制县级国土空间总体规划成果", "＝", 1, "套"),
             (P, "数量指标", "划定控制线", "＝", 3, "条"),
             (P, "质量指标", "规划成果数据入库率", "＝", Pct(1), None),
             (P, "时效指标", "规划成果通过省级审查时间", None, "2026年9月底前", None),
             (P, "成本指标", "规划编制及控制线划定服务费", "≤", 165, "万元"),
             (P, "成本指标", "专家咨询评审费", "≤", 15, "万元"),
             (E, "社会效益指标", "重点项目用地规划符合性审查办结率", "＝", Pct(1), None),
             (E, "可持续影响指标", "规划实施监测评估", "≥", 1, "次/年"),
             (S, SAT, "相关部门满意度", "≥", Pct(0.9), None),
         ]),
])

# s8d: a sheet per table named after its project, a 项目汇总 sheet in front listing them, 年度总体目标 merged
# over two columns and the goal across
_BOZHOU = dict(heading=M.A_OPERATOR, title="2026年度项目支出绩效目标表", unit_line="金额单位：万元",
               funds_label="资金情况", goal_across="span")
TABLES["s8d-lajiao-shucai"] = dict(writer=M._write_sheet_each, summary="2026年度项目支出绩效目标汇总表", tables=[
    dict(_BOZHOU, sheet="辣椒产业发展", filler="张明华",
         project=[("项目名称", "2026年辣椒产业发展"), ("主管部门", "遵义市播州区农业农村局"),
                  ("实施单位", "遵义市播州区经济作物站")],
         funds=[("年度资金总额", 400), ("其中：财政拨款", 400), ("其他资金", 0)],
         goal="发展辣椒标准化种植基地2万亩，建设辣椒集中育苗点20个，辣椒良种覆盖率达到95%以上；"
              "带动种植户2000户，户均增收3000元以上，种植户满意度90%以上。",
         rows=[
             (P, "数量指标", "辣椒标准化种植基地", "定量", "≥", 2, "万亩", 10, None),
             (P, "数量指标", "建设集中育苗点", "定量", "＝", 20, "个", 10, None),
             (P, "质量指标", "辣椒良种覆盖率", "定量", "≥", Pct(0.95), None, 10, None),
             (P, "质量指标", "育苗点成苗率", "定量", "≥", Pct(0.9), None, 10, None),
             (P, "时效指标", "育苗点建成时间", "定性", "≤", dt.date(2026, 3, 31), None, 10, "春播前"),
             (P, "成本指标", "种植基地补助（2万亩×150元/亩）", "定量", "≤", 300, "万元", 10, None),
             (P, "成本指标", "育苗点建设补助（20个×5万元/个）", "定量", "≤", 100, "万元", 10, None),
             (E, "经济效益指标", "种植户户均增收", "定量", "≥", Num(3000, THOUSANDS), "元", 10, None),
             (E, "社会效益指标", "带动种植户", "定量", "≥", Num(2000, THOUSANDS), "户", 10, None),
             (S, SAT, "种植户满意度", "定量", "≥", Pct(0.9), None, 10, "抽样问卷调查"),
         ]),
    dict(_BOZHOU, sheet="蔬菜保供基地建设", filler="张明华",
         project=[("项目名称", "2026年蔬菜保供基地建设"), ("主管部门", "遵义市播州区农业农村局"),
                  ("实施单位", "遵义市播州区蔬菜发展中心")],
         funds=[("年度资金总额", 250), ("其中：财政拨款", 250), ("其他资金", 0)],
         goal="建设城区蔬菜保供基地5个、面积3000亩，年产蔬菜1.5万吨以上，蔬菜农药残留抽检合格率98%以上；"
              "基地建设2026年5月底前完成，城区蔬菜自给率达到60%以上，市民满意度90%以上。",
         rows=[
             (P, "数量指标", "建设蔬菜保供基地", "定量", "＝", 5, "个", 10, None),
             (P, "数量指标", "保供基地面积", "定量", "≥", Num(3000, THOUSANDS), "亩", 10, None),
             (P, "数量指标", "基地年产蔬菜", "定量", "≥", 1.5, "万吨", 10, None),
             (P, "质量指标", "蔬菜农药残留抽检合格率", "定量", "≥", Pct(0.98), None, 10, None),
             (P, "时效指标", "基地建设完成时间", "定性", None, "2026年5月底前", None, 10, None),
             (P, "成本指标", "基地建设补助（3000亩×800元/亩）", "定量", "≤", 240, "万元", 10, None),
             (P, "成本指标", "基地蔬菜质量检测费", "定量", "≤", 10, "万元", 10, None),
             (E, "社会效益指标", "城区蔬菜自给率", "定量", "≥", Pct(0.6), None, 10, None),
             (E, "社会效益指标", "带动基地周边农户务工", "定量", "≥", 300, "人", 10, None),
             (S, SAT, "市民满意度", "定量", "≥", Pct(0.9), None, 10, "抽样问卷调查"),
         ]),
])

# s8e: 2021 framework, amounts in 元 with 其他资金, two hidden helper columns, 时效 as text and as a date
# cell, 年度总体目标 merged over two columns; virus-free seed potatoes
TABLES["s8e-malingshu-zhongshu"] = dict(
    writer=M._write_s8, heading=CODE_SIGN_HELPER, title="2026年度项目支出绩效目标表", filler="禄德华",
    unit_line="金额单位：元", goal_across="span", hidden="DH",
    project=[("项目名称", "2026年马铃薯脱毒种薯推广"), ("主管部门", "威宁彝族回族苗族自治县农业农村局"),
             ("实施单位", "威宁彝族回族苗族自治县马铃薯产业发展中心")],
    funds_label="资金来源",
    funds=[("年度资金总额", Num(2000000, YUAN)), ("其中：财政拨款", Num(1800000, YUAN)),
           ("其他资金", Num(200000, YUAN))],
    goal="推广马铃薯脱毒种薯10万亩，建设原种扩繁基地2000亩，开展种薯质量检测200批次；2026年4月底前完成供种，"
         "脱毒种薯覆盖率达到80%以上，项目区马铃薯亩产提高200公斤以上，种植户满意度90%以上。",
    rows=[
        (C, "经济成本指标", "脱毒种薯补助（10万亩×15元/亩）", "CB01", "≤", Num(1500000, YUAN), "元", "C1"),
        (C, "经济成本指标", "原种扩繁基地补助（2000亩×200元/亩）", "CB02", "≤", Num(400000, YUAN), "元", "C2"),
        (C, "经济成本指标", "种薯质量检测费（200批次×500元/批次）", "CB03", "≤", Num(100000, YUAN), "元", "C3"),
        (C, "社会成本指标", "种薯质量问题引发纠纷", "CB04", "＝", 0, "起", "C4"),
        (P, "数量指标", "推广脱毒种薯", "CC01", "≥", 10, "万亩", "P1"),
        (P, "数量指标", "建设原种扩繁基地", "CC02", "≥", Num(2000, THOUSANDS), "亩", "P2"),
        (P, "数量指标", "种薯质量检测", "CC03", "≥", 200, "批次", "P3"),
        (P, "质量指标", "脱毒种薯覆盖率", "CC04", "≥", Pct(0.8), None, "P4"),
        (P, "时效指标", "脱毒种薯供种完成时间", "CC05", None, "2026年4月底前", None, "P5"),
        (P, "时效指标", "原种扩繁基地收获时间", "CC06", "≤", dt.date(2026, 9, 30), None, "P6"),
        (E, "经济效益指标", "项目区马铃薯亩产提高", "XY01", "≥", 200, "公斤", "E1"),
        (E, "社会效益指标", "带动种植户", "XY02", "≥", Num(8000, THOUSANDS), "户", "E2"),
        (S, SAT, "种植户满意度", "MY01", "≥", Pct(0.9), None, "S1"),
    ],
)

# s8f: amounts in 元 under #,##0.00, lengths under #,##0, rates under 0.0%, the heading repeated before the
# 效益 rows, 绩效目标 | 年度目标 | the goal across; separating storm water from sewage in the old town
TABLES["s8f-yuwu-fenliu"] = dict(
    writer=M._write_s8, heading=NATURE_SIGN, title="2026年度项目支出绩效目标表", filler="陈国强",
    unit_line="金额单位：元", goal_across="block", repeat_heading=10,
    project=[("项目名称", "2026年老城区雨污分流改造"), ("项目编码", "52040226T000000213"),
             ("主管部门", "安顺市西秀区住房和城乡建设局"), ("实施单位", "安顺市西秀区市政工程服务中心")],
    funds_label="资金情况",
    funds=[("年度资金总额", Num(6800000, YUAN)), ("其中：财政拨款", Num(6800000, YUAN)),
           ("其他资金", Num(0, YUAN))],
    goal="对老城区3个片区实施雨污分流改造，新建污水管网12500米、雨水管网8600米，改造检查井420座；"
         "工程验收合格率100%，2026年11月30日前完工，片区污水收集率达到95%以上，居民满意度90%以上。",
    rows=[
        (P, "数量指标", "改造片区", "定量", "＝", 3, "个", 5, None),
        (P, "数量指标", "新建污水管网", "定量", "≥", Num(12500, THOUSANDS), "米", 10, None),
        (P, "数量指标", "新建雨水管网", "定量", "≥", Num(8600, THOUSANDS), "米", 10, None),
        (P, "数量指标", "改造检查井", "定量", "≥", 420, "座", 5, None),
        (P, "质量指标", "工程验收合格率", "定量", "＝", Num(1, "0.0%"), None, 10, None),
        (P, "时效指标", "工程完工时间", "定性", "≤", dt.date(2026, 11, 30), None, 10, None),
        (P, "成本指标", "污水管网建设费（12500米×320元/米）", "定量", "≤", Num(4000000, YUAN), "元", 5, None),
        (P, "成本指标", "雨水管网建设费（8600米×250元/米）", "定量", "≤", Num(2150000, YUAN), "元", 5, None),
        (P, "成本指标", "检查井改造费（420座×1250元/座）", "定量", "≤", Num(525000, YUAN), "元", 5, None),
        (P, "成本指标", "工程监理费", "定量", "≤", Num(125000, YUAN), "元", 5, None),
        (E, "生态效益指标", "片区污水收集率", "定量", "≥", Num(0.95, "0.0%"), None, 10, None),
        (E, "社会效益指标", "片区雨季内涝点", "定量", "＝", 0, "个", 10, None),
        (S, SAT, "片区居民满意度", "定量", "≥", Pct(0.9), None, 10, "入户问卷调查"),
    ],
)

# No finding is justified on any of the six: costs add up to the funds (in 元 to the cent as in 万元), every
# figure of the goal is measured, the weights add up to 100, a 时效 text ends with 前 and a date cell has ≤
# beside it, and a hidden helper column is not the table's.
EXPECTED: dict[str, dict[str, int]] = {key.split("-")[0]: {} for key in TABLES}


@pytest.fixture(scope="module")
def checked(engine, tmp_path_factory):  # type: ignore[no-untyped-def]
    return check_written(engine, TABLES, tmp_path_factory.mktemp("s19"))


@pytest.mark.parametrize("book", sorted(EXPECTED))
def test_rules_fired_per_workbook(checked, book: str) -> None:  # type: ignore[no-untyped-def]
    assert dict(Counter(f.rule_id for f in checked[book][1].findings)) == EXPECTED[book]


def test_formatted_cells_and_layouts_are_read_as_written(checked) -> None:  # type: ignore[no-untyped-def]
    """Percentages, thousands separators, amounts in 元, text and date deadlines, the rows under a repeated
    heading, funds as 其中：财政拨款 / 其他资金, the goal merged across the grid."""
    read = read_as_written(checked)
    assert read["s8a", "苗木成活率"] == ("≥90%", None, "栽植后3个月核查")
    assert read["s8a", "新建基地苗木补助（5000亩×300元/亩）"][:2] == ("≤1,500,000.00", "元")
    assert read["s8a", "苗木栽植完成时间"][:2] == ("2026年6月底前", None)
    assert read["s8b", "特岗教师服务期满留任率"][:2] == ("≥85.0%", None)
    assert read["s8b", "受益农村学生"][:2] == ("≥12,500", "人")
    assert read["s8b", "补助资金发放完成时间"][:2] == ("≤2026年12月31日", None)
    assert read["s8f", "片区污水收集率"][:2] == ("≥95.0%", None)  # under the repeated heading
    assert len(checked["s8f"][0].indicators) == len(TABLES["s8f-yuwu-fenliu"]["rows"])
    table = checked["s8e"][0]
    funds = table.funds
    assert (funds.unit, funds.total, funds.fiscal, funds.other) == ("元", 2000000, 1800000, 200000)
    assert table.goal == TABLES["s8e-malingshu-zhongshu"]["goal"]
    assert checked["s8a"][0].goal == TABLES["s8a-cili-chanye"]["goal"]


def test_a_summary_sheet_in_front_is_not_a_table(tmp_path: Path) -> None:
    """s8d's 项目汇总 sheet lists the two projects; it was read as a third table with eight errors. Alone
    in a workbook (no other sheet holds a table) it is still read, and its missing parts reported."""
    path = tmp_path / "s8d.xlsx"
    M._write(TABLES["s8d-lajiao-shucai"], path)
    tables = load_source(path, path.name, DEFAULT_LIMITS)[0].tables
    assert [table.project.name for table in tables] == ["2026年辣椒产业发展", "2026年蔬菜保供基地建设"]
    workbook = openpyxl.load_workbook(path)
    for title in ("辣椒产业发展", "蔬菜保供基地建设"):
        workbook.remove(workbook[title])
    workbook.save(path)
    assert len(load_source(path, path.name, DEFAULT_LIMITS)[0].tables) == 1


@pytest.mark.parametrize("hidden", ["DH", ""])
def test_a_hidden_helper_column_is_not_told_as_not_read(engine, tmp_path: Path, hidden: str) -> None:
    """s8e's helper columns (指标编码, 辅助列): told as not read when shown, not when the department hid them
    (LOAD013 told a hidden column to be copied into 备注)."""
    table = dict(TABLES["s8e-malingshu-zhongshu"], hidden=hidden)
    found = check_written(engine, {"s8e-malingshu-zhongshu": table}, tmp_path)["s8e"][1].findings
    told = [f.message_zh for f in found if f.rule_id == "LOAD013"]
    if hidden:
        assert told == []
    else:
        assert len(told) == 1 and "D10“指标编码”、H10“辅助列”" in told[0]


if __name__ == "__main__":  # write the workbooks to look at them: python tests/test_workbooks_careful_s19.py DIR
    import sys
    for name, table in TABLES.items():
        M._write(table, Path(sys.argv[1]) / f"{name}.xlsx")

"""Careful workbooks written against the day's new checks (CAT015–CAT018, FUND012, FUND013,
VAL027–VAL030, TIME007, REL012 and the new branches of TIME002, REL008, REL009, FUND007, SAT002, VAL006).

Each row is a legitimate look-alike of a new check as a department types it into its template: the
unit in its own column (60 万人次, 元/台, 天), the operator in its own column, amounts in 万元, a cost
line whose name carries its standard, 其中 rows, a satisfaction named with the county, a 时效 that is
a recurring cycle, a 质量 with a standard's year, 其他费用 with its 备注. The workbooks are written by
the careful-workbook generator (``tests/data/workbooks_careful/make_workbooks.py``) in its layouts.

Four were false findings, each because a workbook's value cell holds only the number or the date:
a warranty typed as ≥ over a date cell (TIME005) or as a bare date cell (CAT015), a build period whose
start is in the name or in 备注 (TIME007), and 其他费用 whose 备注 lists its works without amounts (FUND013).
Every workbook now draws no finding.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("openpyxl")

from careful_workbooks import check_written, maker, read_as_written  # noqa: E402

M = maker()
P, E, S, C, SAT = M.P, M.E, M.S, M.C, M.SAT
Num, Pct = M.Num, M.Pct

TABLES: dict[str, dict] = {}

# t1: layout a with a 运算符 column and a 备注 column, amounts in 万元
TABLES["t1-laonian-zhucan"] = dict(
    layout="a", heading=M.A_OPERATOR, title="2026年度项目支出绩效目标表", filler="韦丽萍",
    unit_line="填报单位（盖章）：罗甸县民政局　　　　2026年度　　　　金额单位：万元",
    project=[("项目名称", "2026年罗甸县老年助餐服务补助"), ("项目编码", "52272826T000000211"),
             ("主管部门", "罗甸县民政局"), ("实施单位", "罗甸县民政局"), ("项目期限", "1年")],
    funds_label="项目资金",
    funds=[("年度资金总额", Num(200, "0.00")), ("其中：财政拨款", Num(200, "0.00")), ("中央", Num(120, "0.00")),
           ("县级", Num(80, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="1.依托12个老年助餐点为全县60周岁以上老年人提供助餐服务60万人次，全年助餐服务不少于300天；\n"
         "2.按每人每餐3元标准发放助餐补贴，补贴于每月10日前结算到助餐点；\n"
         "3.助餐点食品安全符合规范，受助老年人满意度90%以上。",
    rows=[
        (C, "经济成本指标", "助餐补贴（每人每餐3元）", "定量", "≤", Num(180, "0.00"), "万元", 5, "60万人次×3元"),
        (C, "经济成本指标", "助餐点运营补助（12个×1.5万元/个）", "定量", "≤", Num(18, "0.00"), "万元", 5, None),
        (C, "经济成本指标", "其他费用", "定量", "≤", Num(2, "0.00"), "万元", 5, "含公告印制0.6万元、车辆租赁1.4万元"),
        (P, "数量指标", "提供助餐服务", "定量", "≥", 60, "万人次", 10, None),
        (P, "数量指标", "运营老年助餐点", "定量", "＝", 12, "个", 10, None),
        (P, "数量指标", "全年助餐服务天数", "定量", "≥", 300, "天", 5, None),
        (P, "质量指标", "助餐点食品安全管理", "定性", None, "符合《餐饮服务食品安全操作规范》（2018年版）", None, 10, None),
        (P, "时效指标", "助餐补贴结算发放时间", "定性", None, "每月10日前", None, 10, "按上月助餐人次结算"),
        (P, "时效指标", "助餐点食材抽检周期", "定量", "≤", 30, "天", 5, "每月至少抽检1次"),
        # the day it counts from in 备注, the value cell holding only the number (TIME007 told it)
        (P, "时效指标", "助餐点适老化改造工期", "定量", "≤", 60, "天", 5, "自合同签订之日起"),
        (E, "社会效益指标", "受益老年人", "定量", "≥", 5000, "人", 10, None),
        (E, "可持续影响指标", "助餐点食品安全责任事故", "定量", "＝", 0, "起", 10, None),
        (S, SAT, "罗甸县受助老年人满意度", "定量", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

# t2: layout b with 运算符 and 指标方向 columns, amounts in 万元
TABLES["t2-chanye-fupin"] = dict(
    layout="b", heading=M.B_OPERATOR, title="2026年省级项目支出绩效目标申报表", filler="王德勇",
    project=[("项目名称", "2026年茶叶产业联农带农项目"), ("主管部门", "长顺县农业农村局"),
             ("实施单位", "长顺县农业农村局"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(900, "0.00")), ("财政拨款", Num(900, "0.00")), ("中央", Num(600, "0.00")),
           ("县级", Num(300, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="建设茶叶产业基地3000亩（其中新建标准化茶园1800亩），受益建制村不少于20个；"
         "带动6000户农户户均增收1200元以上、增收总额720万元以上，带动就业300人；"
         "茶苗栽植成活率90%以上，受益农户满意度90%以上。",
    rows=[
        (P, "成本指标", "茶园建设补助（3000亩×3000元/亩）", "定量", "反向", "≤", Num(900, "0.00"), "万元", Num(10, "0.00"), None),
        (P, "数量指标", "建设茶叶产业基地", "定量", "正向", "≥", 3000, "亩", Num(10, "0.00"), None),
        (P, "数量指标", "其中：新建标准化茶园", "定量", "正向", "≥", 1800, "亩", Num(10, "0.00"), None),
        (P, "数量指标", "受益建制村（不少于）", "定量", "正向", "≥", 20, "个", Num(5, "0.00"), None),
        (P, "质量指标", "茶苗栽植成活率", "定量", "正向", "≥", Pct(0.9), None, Num(5, "0.00"), "造林技术规程"),
        (P, "质量指标", "茶园建设验收合格率", "定量", "正向", "＝", Pct(1), None, Num(5, "0.00"), None),
        # the day a warranty runs to, in a date cell that cannot show 至 (CAT015 told it as a deadline)
        (P, "质量指标", "喷灌设备质保期", "定性", None, None, dt.date(2028, 12, 31), None, Num(5, "0.00"), "按采购合同"),
        (P, "时效指标", "茶园建设完成时间", "定性", None, None, "2026年11月30日前", None, Num(10, "0.00"), None),
        (E, "经济效益指标", "项目区农户户均增收", "定量", "正向", "≥", 1200, "元", Num(10, "0.00"), None),
        (E, "经济效益指标", "项目区农户增收总额", "定量", "正向", "≥", 720, "万元", Num(5, "0.00"), None),
        (E, "经济效益指标", "带动就业人数", "定量", "正向", "≥", 300, "人", Num(5, "0.00"), None),
        (E, "社会效益指标", "受益农户", "定量", "正向", "≥", 6000, "户", Num(5, "0.00"), None),
        (E, "生态效益指标", "万元产值水耗", "定量", "反向", "≤", 10, "立方米/万元", Num(5, "0.00"), None),
        (S, SAT, "受益农户满意度", "定量", "正向", "≥", 90, "%", Num(10, "0.00"), "抽样问卷调查"),
    ],
)

# t3: layout b, 指标值 and 计量单位 apart (no operator column), amounts in 万元
TABLES["t3-laojiu-xiaoqu-dianti"] = dict(
    layout="b", title="2026年省级项目支出绩效目标申报表", filler="潘晓燕",
    project=[("项目名称", "2026年老旧小区既有住宅加装电梯补助"), ("主管部门", "都匀市住房和城乡建设局"),
             ("实施单位", "都匀市住房和城乡建设局"), ("项目类别", "特定目标-民生保障")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(600, "0.00")), ("财政拨款", Num(600, "0.00")), ("省级", Num(400, "0.00")),
           ("市级", Num(200, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="为老旧小区既有住宅加装电梯40台，每台补助15万元；单部电梯施工工期不超过60天，"
         "电梯设备质保期至2028年12月31日；辖区较大及以上生产安全事故控制在1起以内，施工安全事故为0；"
         "群众投诉受理后不超过15个工作日内办结率95%以上，居民满意度90%以上。",
    rows=[
        (P, "数量指标", "加装电梯", "＝40", "台", "定量", 10, None, None),
        (P, "成本指标", "加装电梯补助资金（40台×15万元/台）", "≤600", "万元", "定量", 5, None, None),
        (P, "质量指标", "电梯设备质保期", "至2028年12月31日", None, "定性", 10, "按采购合同", None),
        (P, "质量指标", "电梯验收合格率", "＝100%", None, "定量", 10, None, None),
        (P, "时效指标", "单部电梯施工工期", "≤60", "天", "定量", 10, "自开工之日起", None),
        (P, "时效指标", "问题整改完成时限", "≤30", "天", "定量", 5, "自发现问题之日起", None),
        (P, "时效指标", "受理后不超过15个工作日内办结率", "≥95%", None, "定量", 5, "群众投诉", None),
        (P, "成本指标", "每台电梯加装补助标准", "＝150000", "元/台", "定量", 5, None, None),
        (P, "成本指标", "每台电梯购置总费用", "≤400000", "元/台", "定量", 5, "含安装，补助以外由业主分摊", None),
        (E, "社会效益指标", "辖区较大及以上生产安全事故", "≤1", "起", "定量", 10, None, None),
        (E, "社会效益指标", "施工安全事故", "＝0", "起", "定量", 5, None, None),
        (E, "社会效益指标", "受益居民", "≥1600", "户", "定量", 10, None, None),
        (S, SAT, "都匀市加装电梯小区居民满意度", "≥90%", None, "定量", 10, "抽样问卷调查", None),
    ],
)

# t4: 指标值 merged over 符号 | 数值 | 单位 (the w16 layout), amounts in 万元
TABLES["t4-xinfang-fuwu"] = dict(
    writer=M._write_split, heading=M.SPLIT, title="2026年度项目支出绩效目标表", filler="龙海涛",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年社区居家养老服务"), ("主管部门", "三都水族自治县民政局"),
             ("实施单位", "三都水族自治县养老服务中心")],
    funds_label="资金情况",
    funds=[("年度资金总额", 92), ("财政拨款", 92), ("县级", 92), ("其他资金", 0)],
    goal="在上年服务3000人次基础上服务6000人次，较上年增长3000人次；2025年新建的40个村级养老服务站继续运转；"
         "服务差错纠正率98%以上，未办结投诉事项办结率95%以上；2026年1月1日至12月31日全年提供服务，"
         "服务对象满意度90%以上。",
    rows=[
        (C, "经济成本指标", "居家养老上门服务费（6000人次×100元/人次）", "≤", 60, "万元", None),
        (C, "经济成本指标", "村级养老服务站运转补助（40个×0.75万元/个）", "≤", 30, "万元", None),
        # what the line buys listed in 备注 without amounts (FUND013 told it)
        (C, "经济成本指标", "其他费用", "≤", 2, "万元", "服务站标识牌制作、宣传资料印制"),
        (P, "数量指标", "居家养老上门服务", "≥", 6000, "人次", None),
        (P, "数量指标", "上门服务较上年增长", "≥", 3000, "人次", None),
        (P, "数量指标", "运转2025年新建村级养老服务站", "＝", 40, "个", None),
        (P, "数量指标", "提供服务时段", M.Across("2026年1月1日至12月31日"), None, None, None),
        (P, "质量指标", "服务差错纠正率", "≥", 98, "%", None),
        (P, "质量指标", "未办结投诉事项办结率", "≥", 95, "%", None),
        (P, "时效指标", "投诉受理后办结时限", "≤", 15, "个工作日", None),
        (E, "社会效益指标", "服务老年人", "≥", 1500, "人", None),
        (E, "可持续影响指标", "村级养老服务站正常运转率", "≥", 95, "%", None),
        (S, SAT, "服务对象满意度", "≥", 90, "%", "抽样问卷调查"),
    ],
)

# t5: the plain 指标值 | 计量单位 form with 万元 amounts and numbers as text
TABLES["t5-shengtai-lindi"] = dict(
    writer=M._write_plain, heading=M.PLAIN_UNIT, layout="a", title="2026年度项目支出绩效目标表",
    unit_line="金额单位：万元", filler="岑丽萍",
    project=[("项目名称", "2026年国土绿化及森林抚育"), ("主管部门", "荔波县林业局"), ("实施单位", "荔波县林业局")],
    funds_label="资金情况",
    funds=[("年度资金总额", 520), ("财政拨款", 520), ("中央", 400), ("县级", 120), ("其他资金", 0)],
    goal="完成人工造林2000亩、森林抚育10000亩；造林当年成活率85%以上，苗木验收合格率100%；"
         "新增森林生态服务价值450万元以上，带动林农务工500人；2026年11月30日前完成，林农满意度90%以上。",
    rows=[
        (P, "数量指标", "人工造林面积", "≥2000", "亩"),
        (P, "数量指标", "森林抚育面积", "≥10000", "亩"),
        (P, "质量指标", "造林当年成活率", "≥85", "%"),
        (P, "质量指标", "苗木验收合格率", "＝100", "%"),
        (P, "时效指标", "造林及抚育完成时间", "2026年11月30日前", None),
        (P, "成本指标", "人工造林补助（2000亩×1000元/亩）", "≤200", "万元"),
        (P, "成本指标", "森林抚育补助（10000亩×300元/亩）", "≤300", "万元"),
        (P, "成本指标", "其他材料费", "≤20", "万元"),
        (E, "经济效益指标", "带动林农务工", "≥500", "人"),
        (E, "生态效益指标", "新增森林生态服务价值", "≥450", "万元"),
        (E, "生态效益指标", "森林覆盖率较上年提高", "≥0.2", "个百分点"),
        (S, SAT, "荔波县林农满意度", "≥90", "%"),
    ],
)

# t6: layout a (指标方向, 度量单位) with the operator typed into 指标方向, amounts as numbers
TABLES["t6-zhongyuan-jianshe"] = dict(
    layout="a", heading=M.A_OPERATOR, title="2026年度项目支出绩效目标表", filler="杨光明",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年乡镇综合文化站设备购置"), ("项目编码", "52270126T000000318"),
             ("主管部门", "都匀市文体广电旅游局"), ("实施单位", "都匀市文化馆"), ("项目期限", "1年")],
    funds_label="项目资金（万元）",
    funds=[("年度资金总额", Num(120, "0.00")), ("其中：财政拨款", Num(120, "0.00")), ("省级", Num(80, "0.00")),
           ("市级", Num(40, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="为10个乡镇综合文化站购置数字放映及音响设备10套（每套含投影机、音响各1台），"
         "设备验收合格率100%，2026年9月30日前完成安装；全年开展流动放映200场次，观众8万人次以上，"
         "设备年度巡检周期不超过3个月；群众满意度90%以上。",
    rows=[
        (C, "经济成本指标", "数字放映及音响设备购置费（10套×11万元/套）", "定量", "≤", Num(110, "0.00"), "万元", 5, "政府采购"),
        (C, "经济成本指标", "单台投影机购置总费用", "定量", "≤", 60000, "元/台", 5, "含安装调试"),
        (C, "经济成本指标", "其他费用（设备运输及培训）", "定量", "≤", Num(10, "0.00"), "万元", 5, None),
        (P, "数量指标", "购置数字放映及音响设备", "定量", "＝", 10, "套", 10, None),
        (P, "数量指标", "其中：购置投影机", "定量", "＝", 10, "台", 5, None),
        (P, "数量指标", "开展流动放映", "定量", "≥", 200, "场次", 5, None),
        (P, "数量指标", "其中：进校园放映", "定量", "≥", 60, "场次", 5, None),
        (P, "质量指标", "设备验收合格率", "定量", "＝", Pct(1), None, 10, None),
        (P, "质量指标", "放映设备技术指标", "定性", None, "符合GB/T 34866-2017", None, 5, None),
        # a warranty kept until a day, typed as ≥ over a date cell (TIME005 told it as a deadline written after)
        (P, "质量指标", "投影机质保期", "定性", "≥", dt.date(2029, 9, 30), None, 5, "按采购合同"),
        (P, "时效指标", "设备安装完成时间", "定性", "≤", dt.date(2026, 9, 30), None, 10, None),
        (P, "时效指标", "设备巡检周期", "定量", "≤", 3, "个月", 5, "每季度巡检1次"),
        # the day it counts from in the name (TIME007 told it; its own fix says 合同签订后××天内)
        (P, "时效指标", "合同签订后放映厅改造工期", "定量", "≤", 30, "天", 5, None),
        (E, "社会效益指标", "流动放映观众", "定量", "≥", 8, "万人次", 5, None),
        (E, "可持续影响指标", "放映设备使用年限", "定量", "≥", 8, "年", 5, None),
        (S, SAT, "都匀市乡镇群众满意度", "定量", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

EXPECTED: dict[str, dict[str, int]] = {key.split("-")[0]: {} for key in TABLES}


@pytest.fixture(scope="module")
def checked(engine, tmp_path_factory):  # type: ignore[no-untyped-def]
    return check_written(engine, TABLES, tmp_path_factory.mktemp("today"))


@pytest.mark.parametrize("book", sorted(EXPECTED))
def test_rules_fired_per_workbook(checked, book: str) -> None:  # type: ignore[no-untyped-def]
    assert dict(Counter(f.rule_id for f in checked[book][1].findings)) == EXPECTED[book]


def test_the_look_alikes_are_read_as_written(checked) -> None:  # type: ignore[no-untyped-def]
    """The unit and operator columns joined as typed: a rule that saw no unit would be silent by accident."""
    read = read_as_written(checked)
    assert read["t1", "提供助餐服务"] == ("≥60", "万人次", None)
    assert read["t1", "助餐补贴（每人每餐3元）"] == ("≤180.00", "万元", "60万人次×3元")
    assert read["t1", "其他费用"] == ("≤2.00", "万元", "含公告印制0.6万元、车辆租赁1.4万元")
    assert read["t1", "助餐点食材抽检周期"] == ("≤30", "天", "每月至少抽检1次")
    assert read["t2", "项目区农户增收总额"][:2] == ("≥720", "万元")
    assert read["t2", "万元产值水耗"][:2] == ("≤10", "立方米/万元")
    assert read["t3", "每台电梯购置总费用"][:2] == ("≤400000", "元/台")
    assert read["t3", "电梯设备质保期"][:2] == ("至2028年12月31日", None)
    assert read["t4", "提供服务时段"][:2] == ("2026年1月1日至12月31日", None)
    assert read["t6", "设备巡检周期"] == ("≤3", "个月", "每季度巡检1次")
    assert read["t6", "设备安装完成时间"][:2] == ("≤2026年9月30日", None)
    assert read["t6", "投影机质保期"][:2] == ("≥2029年9月30日", None)
    assert read["t2", "喷灌设备质保期"][:2] == ("2028年12月31日", None)


if __name__ == "__main__":  # write the workbooks to look at them: python tests/test_workbooks_careful_today.py DIR
    import sys
    for name, table in TABLES.items():
        M._write(table, Path(sys.argv[1]) / f"{name}.xlsx")

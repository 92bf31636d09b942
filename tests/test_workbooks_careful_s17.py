"""Careful workbooks written against the day's later checks and value readings through the Excel path.

FUND014 (staff pay in a project), FUND015 (项目管理费 over a tenth), REL010 note_more, TIME004 paid_ahead,
REL008 (全覆盖, quality_below, quality_below_benefit, a goal's range, first-inspection rates), VAL031,
VAL032, CAT005, FUND007 (其中 pairing, 低保 gap, a 综合单价 of all the work), FUND011, REL002 (每名/每人)
and the value reader (a cost line's bracketed remark, 由X提高到Y, 次日12时前, 完成省下达目标（≥95%）,
±2.5%以内 and a bare ± under 误差, 每日8:30-17:30, 日产日清, nGy/h, W/m², V/m, μT).

Each row is a legitimate look-alike as a department types it into its template: the unit in its own
column (2.5 | %, with ≤ in the 运算符 column), ± in the value cell over 计量单位 %, amounts in 万元, a
项目管理费 within a tenth in 万元, cost lines whose names carry their standards, 其中 rows, notes in 备注,
a deadline in a real date cell, a 时效 of 每日8:30-17:30. The workbooks are written by the
careful-workbook generator (``tests/data/workbooks_careful/make_workbooks.py``) in its layouts.

Five findings were false: ± typed into the 符号 column (管网流量计量误差 ± | 2.5 | %) was left out of the
value (LOAD013, then VAL006 asked a ceiling of 2.5%); FUND007 multiplied 其中：春季学期助学金（每生1000元）
by 其中：免学杂费学生, the two sharing only their 其中： label; and a 运算符 column saying what the value's own
words say (≤ | 次日12时前, ≥ | 由890提高到920, ≤ | 2026年5月31日前) was LOAD013 on each. One finding is
justified: a completion day in a date cell (TIME003, a notice, as on w03 and w05).
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

# s1: layout a with a 运算符 and a 备注 column, amounts in 万元: radiation monitoring
TABLES["s1-fushe-jiance"] = dict(
    layout="a", heading=M.A_OPERATOR, title="2026年度项目支出绩效目标表", filler="罗晓东",
    unit_line="填报单位（盖章）：黔南州生态环境局　　　　2026年度　　　　金额单位：万元",
    project=[("项目名称", "2026年辐射环境质量监测"), ("项目编码", "52270026T000000412"),
             ("主管部门", "黔南州生态环境局"), ("实施单位", "黔南州生态环境监测中心"), ("项目期限", "1年")],
    funds_label="项目资金",
    funds=[("年度资金总额", Num(50, "0.00")), ("其中：财政拨款", Num(50, "0.00")), ("省级", Num(30, "0.00")),
           ("州级", Num(20, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="1.购置辐射环境监测设备2台，对全州12个县（市）的40个辐射环境监测点位开展监测，实现监测点位全覆盖；\n"
         "2.监测数据计量误差控制在±2.5%以内，监测数据次日12时前上报；\n"
         "3.辖区环境γ辐射空气吸收剂量率保持在本底水平，群众满意度90%以上。",
    rows=[
        (C, "经济成本指标", "辐射监测设备购置费（2台×15万元/台）", "定量", "≤", Num(30, "0.00"), "万元", 5, "政府采购"),
        (C, "经济成本指标", "监测点位检测费（40个×0.4万元/个）", "定量", "≤", Num(16, "0.00"), "万元", 5, None),
        (C, "经济成本指标", "项目管理费", "定量", "≤", Num(2.5, "0.00"), "万元", 5, "按项目资金5%计列"),
        (C, "经济成本指标", "聘用采样辅助人员劳务费", "定量", "≤", Num(1.5, "0.00"), "万元", 5, "3人×5000元/人"),
        (P, "数量指标", "购置辐射环境监测设备", "定量", "＝", 2, "台", 5, None),
        (P, "数量指标", "开展监测点位", "定量", "≥", 40, "个", 5, "12个县（市）"),
        (P, "数量指标", "聘用采样辅助人员", "定量", "＝", 3, "人", 5, None),
        (P, "质量指标", "监测数据计量误差", "定量", "≤", 2.5, "%", 10, None),
        (P, "质量指标", "剂量率仪校准相对误差", "定量", None, "±5", "%", 5, "按检定规程"),
        (P, "质量指标", "监测点位覆盖率", "定量", "＝", Pct(1), None, 5, None),
        (P, "时效指标", "监测数据上报时间", "定性", "≤", "次日12时前", None, 10, "采样次日"),
        (P, "时效指标", "设备采购完成时间", "定性", "≤", dt.date(2026, 6, 30), None, 5, None),
        (E, "生态效益指标", "环境γ辐射空气吸收剂量率", "定量", "≤", 200, "nGy/h", 5, "本底水平"),
        (E, "生态效益指标", "变电站周边工频电场强度", "定量", "≤", 4000, "V/m", 5, "GB 8702-2014"),
        (E, "生态效益指标", "变电站周边工频磁感应强度", "定量", "≤", 100, "μT", 5, "GB 8702-2014"),
        (E, "生态效益指标", "通信基站周边电磁辐射功率密度", "定量", "≤", 0.4, "W/m²", 5, "GB 8702-2014"),
        (S, SAT, "黔南州群众满意度", "定量", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

# s2: layout b with 指标方向 and 运算符 columns, amounts in 万元: urban minimum living allowance
TABLES["s2-chengshi-dibao"] = dict(
    layout="b", heading=M.B_OPERATOR, title="2026年省级项目支出绩效目标申报表", filler="吴晓梅",
    project=[("项目名称", "2026年城市最低生活保障及特困人员救助供养"), ("主管部门", "福泉市民政局"),
             ("实施单位", "福泉市民政局"), ("项目类别", "特定目标-民生保障")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(740, "0.00")), ("财政拨款", Num(740, "0.00")), ("中央", Num(500, "0.00")),
           ("市级", Num(240, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="保障城市低保对象1000人，城市低保标准由890元/人·月提高到920元/人·月，按差额发放低保金；"
         "救助供养特困人员200人，每人每月1000元；每季度开展低保对象动态核查1次；"
         "低保金每月10日前发放到户，保障对象满意度90%以上。",
    rows=[
        (P, "成本指标", "城市低保补助资金", "定量", "反向", "≤", Num(500, "0.00"), "万元", Num(10, "0.00"), "按差额发放"),
        (P, "成本指标", "城市低保标准", "定量", "正向", "≥", "由890提高到920", "元/人·月", Num(10, "0.00"), "按差额发放"),
        (P, "成本指标", "特困人员救助供养资金（每人每月1000元）", "定量", "反向", "≤", Num(240, "0.00"), "万元", Num(5, "0.00"), "200人×1000元×12月"),
        (P, "数量指标", "城市低保保障人数", "定量", "正向", "≥", 1000, "人", Num(10, "0.00"), None),
        (P, "数量指标", "其中：特困人员救助供养", "定量", "正向", "≥", 200, "人", Num(5, "0.00"), None),
        (P, "数量指标", "低保对象动态核查", "定量", "正向", "≥", 4, "次", Num(10, "0.00"), "每季度核查1次"),
        (P, "数量指标", "每名低保对象年度入户走访", "定量", "正向", "≥", 1, "次", Num(5, "0.00"), None),
        (P, "质量指标", "低保金发放准确率", "定量", "正向", "＝", Pct(1), None, Num(10, "0.00"), None),
        (P, "时效指标", "低保金发放时间", "定性", None, None, "每月10日前", None, Num(10, "0.00"), None),
        (P, "时效指标", "新申请审批时限", "定性", None, None, "审核通过后次月底前", None, Num(5, "0.00"), "纳入次月发放"),
        (E, "社会效益指标", "困难群众基本生活保障率", "定量", "正向", "＝", Pct(1), None, Num(5, "0.00"), None),
        (E, "可持续影响指标", "低保对象应保尽保率", "定量", "正向", "＝", Pct(1), None, Num(5, "0.00"), None),
        (S, SAT, "保障对象满意度", "定量", "正向", "≥", 90, "%", Num(10, "0.00"), "抽样问卷调查"),
    ],
)

# s3: layout b, 指标值 and 计量单位 apart (no operator column), amounts in 万元: kitchen waste (its 指标解释
# column is how the row is scored and is not read as a note)
TABLES["s3-canchu-laji"] = dict(
    layout="b", title="2026年省级项目支出绩效目标申报表", filler="杨秀云",
    project=[("项目名称", "2026年城区餐厨垃圾收运处置及公厕保洁"), ("主管部门", "都匀市综合行政执法局"),
             ("实施单位", "都匀市环境卫生管理所"), ("项目类别", "特定目标-专项业务")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(329.6, "0.00")), ("财政拨款", Num(329.6, "0.00")), ("市级", Num(329.6, "0.00")),
           ("其他资金", Num(0, "0.00"))],
    goal="全年收运处置城区餐厨垃圾14600吨，日产日清；对城区186座公厕实施专业化保洁管护，实现城区公厕保洁管护全覆盖；"
         "新建垃圾收集点200个；垃圾中转站每日8:30-17:30对外开放；餐厨垃圾资源化利用率90%以上，群众满意度90%以上。",
    rows=[
        (P, "数量指标", "收运处置城区餐厨垃圾", "≥14600", "吨", "定量", 10, None, None),
        (P, "数量指标", "保洁管护城区公厕", "＝186", "座", "定量", 10, None, None),
        (P, "数量指标", "新建垃圾收集点", "≥200", "个", "定量", 5, "其中城区120个、农村80个", None),
        (P, "质量指标", "城区公厕保洁管护覆盖率", "＝100%", None, "定量", 5, None, None),
        (P, "质量指标", "餐厨垃圾无害化处理率", "＝100%", None, "定量", 5, None, None),
        (P, "质量指标", "收运车辆称重计量误差", "±2.5%以内", None, "定量", 5, "地磅年检", None),
        (P, "时效指标", "餐厨垃圾清运时效", "日产日清", None, "定性", 10, None, None),
        (P, "时效指标", "垃圾中转站开放时间", "每日8:30-17:30", None, "定性", 5, None, None),
        (P, "成本指标", "餐厨垃圾收运处置综合单价", "＝200", "元/吨", "定量", 5, "含收运、处置", None),
        (P, "成本指标", "餐厨垃圾收运处置费", "≤292", "万元", "定量", 5, "14600吨×200元/吨", None),
        (P, "成本指标", "公厕保洁管护费（186座×0.1万元/座）", "≤18.6", "万元", "定量", 5, None, None),
        (P, "成本指标", "垃圾收集点建设费（200个×0.08万元/个）", "≤16", "万元", "定量", 5, None, None),
        (P, "成本指标", "项目管理费", "≤3", "万元", "定量", 5, None, None),
        (E, "生态效益指标", "餐厨垃圾资源化利用率", "≥90%", None, "定量", 10, None, None),
        (E, "社会效益指标", "受益城区居民", "≥18", "万人", "定量", 5, None, None),
        (S, SAT, "都匀市城区群众满意度", "≥90%", None, "定量", 5, "抽样问卷调查", None),
    ],
)

# s4: 指标值 merged over 符号 | 数值 | 单位 (the w16 layout), amounts in 万元: rural water supply
TABLES["s4-nongcun-gongshui"] = dict(
    writer=M._write_split, heading=M.SPLIT, title="2026年度项目支出绩效目标表", filler="石光华",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年农村供水保障工程"), ("主管部门", "平塘县水务局"),
             ("实施单位", "平塘县农村供水管理站")],
    funds_label="资金情况",
    funds=[("年度资金总额", 400), ("财政拨款", 400), ("中央", 300), ("县级", 100), ("其他资金", 0)],
    goal="新建农村集中供水工程5处，受益人口1.2万人；工程验收合格率达到100%，工程质量合格率100%；"
         "农村自来水普及率完成省下达目标（≥95%），水质达标率不低于90%；2026年11月30日前完工，受益群众满意度90%以上。",
    rows=[
        (C, "经济成本指标", "集中供水工程建设费（5处×70万元/处）", "≤", 350, "万元", None),
        (C, "经济成本指标", "水质检测服务费（2026年7月至2027年6月）", "≤", 10, "万元", "按服务年度"),
        (P, "数量指标", "水质检测服务", "≥", 12, "次", "每月检测1次"),
        (C, "经济成本指标", "工程设计及监理费", "≤", 28, "万元", None),
        (C, "经济成本指标", "项目管理费", "≤", 12, "万元", "按工程费3%以内计列"),
        (P, "数量指标", "新建农村集中供水工程", "＝", 5, "处", None),
        (P, "质量指标", "工程验收合格率", "＝", 100, "%", None),
        (P, "质量指标", "隐蔽工程一次验收合格率", "≥", 95, "%", "初次验收"),
        (P, "质量指标", "水质达标率", "≥", 95, "%", "《生活饮用水卫生标准》要求不低于90%"),
        (P, "质量指标", "管网流量计量误差", "±", 2.5, "%", None),
        (P, "时效指标", "工程完工时间", M.Across("2026年11月30日前"), None, None, None),
        (E, "社会效益指标", "受益人口", "≥", 1.2, "万人", None),
        (E, "社会效益指标", "农村自来水普及率", M.Across("完成省下达目标（≥95%）"), None, None, None),
        (E, "社会效益指标", "工程质量合格率", "＝", 100, "%", None),
        (E, "可持续影响指标", "工程设计使用年限", "≥", 20, "年", None),
        (S, SAT, "受益群众满意度", "≥", 90, "%", "抽样问卷调查"),
    ],
)

# s5: the plain 指标值 | 计量单位 form, amounts in 万元, numbers as text: rural road rangers
TABLES["s5-nongcun-gonglu-guanhu"] = dict(
    writer=M._write_plain, heading=M.PLAIN_UNIT, layout="a", title="2026年度项目支出绩效目标表",
    unit_line="金额单位：万元", filler="莫志强",
    project=[("项目名称", "2026年农村公路管护及危房改造"), ("主管部门", "独山县交通运输局"), ("实施单位", "独山县农村公路管理所")],
    funds_label="资金情况",
    funds=[("年度资金总额", 400), ("财政拨款", 400), ("省级", 250), ("县级", 150), ("其他资金", 0)],
    goal="聘用农村公路护路员100人，每人每月1800元，管护农村公路1200至1300公里；每名护路员每月巡路不少于20天；"
         "改造沿线农村危房100户；村干部参与路长制误工补贴按每人每月200元发放；2026年11月30日前完成，沿线群众满意度90%以上。",
    rows=[
        (P, "数量指标", "聘用农村公路护路员", "≥100", "人"),
        (P, "数量指标", "管护农村公路里程", "≥1200", "公里"),
        (P, "数量指标", "每名护路员每月巡路天数", "≥20", "天"),
        (P, "数量指标", "改造农村危房", "≥100", "户"),
        (P, "数量指标", "参与路长制村干部", "≥50", "人"),
        (P, "数量指标", "路面坑槽修补", "≥8000", "平方米"),
        (P, "质量指标", "农村公路优良中等路率", "≥85", "%"),
        (P, "时效指标", "危房改造完成时间", dt.date(2026, 11, 30), None),
        (P, "成本指标", "护路员劳务补贴（每人每月1800元）", "≤216", "万元"),
        (P, "成本指标", "农村危房改造补助（补助标准：每户1.3万元）", "≤130", "万元"),
        (P, "成本指标", "村干部误工补贴（每人每月200元）", "≤12", "万元"),
        (P, "成本指标", "护路员人均劳保用品费", "≤0.1", "万元/人"),
        (P, "成本指标", "路面坑槽修补材料费（8000平方米×40元/平方米）", "≤32", "万元"),
        (E, "社会效益指标", "带动护路员增收", "≥2.16", "万元/人"),
        (E, "可持续影响指标", "农村公路列养率", "＝100", "%"),
        (S, SAT, "沿线群众满意度", "≥90", "%"),
    ],
)

# s6: layout a (运算符, 度量单位, 备注), amounts in 万元: student aid
TABLES["s6-xuesheng-zizhu"] = dict(
    layout="a", heading=M.A_OPERATOR, title="2026年度项目支出绩效目标表", filler="王丽娟",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年普通高中家庭经济困难学生资助"), ("项目编码", "52272526T000000207"),
             ("主管部门", "惠水县教育局"), ("实施单位", "惠水县学生资助管理中心"), ("项目期限", "1年")],
    funds_label="项目资金（万元）",
    funds=[("年度资金总额", Num(230, "0.00")), ("其中：财政拨款", Num(230, "0.00")), ("中央", Num(160, "0.00")),
           ("县级", Num(70, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="资助普通高中家庭经济困难学生1000人，按每生每年2000元标准发放国家助学金（春季学期、秋季学期各1000元）；"
         "免除建档立卡等家庭经济困难学生学杂费150人；资助资金发放准确率100%，受助学生满意度90%以上。",
    rows=[
        (C, "经济成本指标", "普通高中国家助学金（每生每年2000元）", "定量", "≤", Num(200, "0.00"), "万元", 10, "1000人×2000元"),
        (C, "经济成本指标", "其中：春季学期助学金（每生1000元）", "定量", "≤", Num(100, "0.00"), "万元", 5, None),
        (C, "经济成本指标", "免学杂费补助（每生每年2000元）", "定量", "≤", Num(30, "0.00"), "万元", 5, "150人×2000元"),
        (P, "数量指标", "资助普通高中家庭经济困难学生", "定量", "≥", 1000, "人", 10, "其中城区学校620人、乡镇学校380人"),
        (P, "数量指标", "其中：免学杂费学生", "定量", "≥", 150, "人", 5, None),
        (P, "数量指标", "国家助学金发放批次", "定量", "≥", 2, "次", 5, "每学期发放1次"),
        (P, "质量指标", "资助资金发放准确率", "定量", "＝", Pct(1), None, 10, None),
        (P, "质量指标", "家庭经济困难学生资助覆盖率", "定量", None, "由85提高到90", "%", 5, None),
        (P, "时效指标", "春季学期助学金发放时间", "定性", "≤", "2026年5月31日前", None, 5, None),
        (P, "时效指标", "秋季学期助学金发放时间", "定性", "≤", dt.date(2026, 11, 30), None, 5, "2026—2027学年第一学期"),
        (E, "社会效益指标", "家庭经济困难学生因贫辍学", "定量", "＝", 0, "人", 10, None),
        (E, "社会效益指标", "受助学生家庭减轻负担", "定量", "≥", 2000, "元/生", 5, None),
        (S, SAT, "受助学生满意度", "定量", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

EXPECTED: dict[str, dict[str, int]] = {key.split("-")[0]: {} for key in TABLES}
# a completion day in a date cell, which cannot show 前: read as the deadline it is, and noted as
# w03 and w05 of the careful workbooks are (the cell could be typed as text, 2026年11月30日前)
EXPECTED["s5"] = {"TIME003": 1}


@pytest.fixture(scope="module")
def checked(engine, tmp_path_factory):  # type: ignore[no-untyped-def]
    return check_written(engine, TABLES, tmp_path_factory.mktemp("s17"))


@pytest.mark.parametrize("book", sorted(EXPECTED))
def test_rules_fired_per_workbook(checked, book: str) -> None:  # type: ignore[no-untyped-def]
    assert dict(Counter(f.rule_id for f in checked[book][1].findings)) == EXPECTED[book]


def test_the_look_alikes_are_read_as_written(checked) -> None:  # type: ignore[no-untyped-def]
    """The unit, operator and 备注 columns joined as typed: a rule that saw no unit would be silent by accident."""
    read = read_as_written(checked)
    assert read["s1", "监测数据计量误差"][:2] == ("≤2.5", "%")
    assert read["s1", "剂量率仪校准相对误差"] == ("±5", "%", "按检定规程")
    assert read["s1", "项目管理费"] == ("≤2.50", "万元", "按项目资金5%计列")
    assert read["s1", "环境γ辐射空气吸收剂量率"][:2] == ("≤200", "nGy/h")
    assert read["s1", "设备采购完成时间"][:2] == ("≤2026年6月30日", None)
    # the 运算符 column saying what the value's own words say (≥ beside 由…提高到…, ≤ beside 前) was LOAD013
    assert read["s2", "城市低保标准"] == ("由890提高到920", "元/人·月", "按差额发放")
    assert read["s1", "监测数据上报时间"][:2] == ("次日12时前", None)
    assert read["s6", "春季学期助学金发放时间"][:2] == ("2026年5月31日前", None)
    assert read["s2", "低保对象动态核查"] == ("≥4", "次", "每季度核查1次")
    assert read["s3", "垃圾中转站开放时间"][:2] == ("每日8:30-17:30", None)
    assert read["s3", "新建垃圾收集点"] == ("≥200", "个", None)  # 指标解释 is how it is scored, not a note
    # ± in the 符号 column is the deviation's sign (LOAD013 left it out, and VAL006 asked a ceiling of 2.5%)
    assert read["s4", "管网流量计量误差"][:2] == ("±2.5", "%")
    assert read["s4", "农村自来水普及率"][:2] == ("完成省下达目标（≥95%）", None)
    assert read["s5", "危房改造完成时间"][:2] == ("2026年11月30日", None)
    assert read["s6", "资助普通高中家庭经济困难学生"][2] == "其中城区学校620人、乡镇学校380人"


if __name__ == "__main__":  # write the workbooks to look at them: python tests/test_workbooks_careful_s17.py DIR
    import sys
    for name, table in TABLES.items():
        M._write(table, Path(sys.argv[1]) / f"{name}.xlsx")

"""Careful workbooks of round s7 through the Excel path, in layouts the earlier rounds did not write.

A goal cell broken with Alt+Enter inside its sentences and between its numbered items; indicator names
broken over two lines of their cells; 指标值 as a number cell with the unit in 计量单位 and the operator
in a column headed 指标值符号 (≥/≤/＝); amounts in 万元 under ``0.00``; 2021-framework 成本指标 blocks
with 经济/社会/生态环境成本; 一级/二级 merged over their rows; a satisfaction block of two rows; dates as
date cells; a 备注 column. Budget year 2026. The workbooks are written by the careful-workbook generator
(``tests/data/workbooks_careful/make_workbooks.py``) in its grid layout with headings of their own.

Four readings were wrong. The 指标值符号 column was not known as the operator column: LOAD013 on its
heading, and the operator left out of every value (VAL005 on each figure, SAT001 on each satisfaction,
VAL006 on a 受害率, TIME003 on each date cell). A name broken before the bracket of its breakdown
(生态护林员劳务补助⏎（120人×0.5万元/人）) kept the break, shown as ␊ in every message about the row. And a
word of the template's drop-down list in the sign column (小于等于, s7b) joined before a date cell's day was
no date to the value parser: VAL001, an error, on a 时效 row filled right. A "/" or "—" in the sign column
of a 定性 row (s7a, s7d) was LOAD013, "not an operator, not joined", where nothing was in doubt.
The findings of the first draft that were justified were fixed in the tables as a department would:
weights adding up to 95 (STR008), 长期 as a 可持续影响 value (TIME004), one 效益 indicator (STR007).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("openpyxl")

from ggtlint.values import parse_value  # noqa: E402

from careful_workbooks import check_written, maker, read_as_written  # noqa: E402

M = maker()
P, E, S, C, SAT = M.P, M.E, M.S, M.C, M.SAT
Num, Pct = M.Num, M.Pct

# the operator in a column of its own headed 指标值符号, the number in 指标值, the unit in 计量单位
SIGN_WEIGHT_NOTE = ["一级指标", "二级指标", "三级指标", "指标值符号", "指标值", "计量单位", "分值", "备注"]
NATURE_SIGN = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值符号", "指标值", "计量单位", "权重（%）", "备注"]

TABLES: dict[str, dict] = {}

# s7a: 2021 framework, 成本指标 with 经济/社会/生态环境成本; forest fire prevention
TABLES["s7a-senlin-fanghuo"] = dict(
    layout="a", heading=SIGN_WEIGHT_NOTE, title="2026年度项目支出绩效目标表", filler="韦国林",
    unit_line="填报单位（盖章）：荔波县林业局　　　　金额单位：万元",
    project=[("项目名称", "2026年森林防火能力提升"), ("项目编码", "52272226T000000318"),
             ("主管部门", "荔波县林业局"), ("实施单位", "荔波县森林防火指挥部办公室"), ("项目期限", "1年")],
    funds_label="项目资金",
    funds=[("年度资金总额", Num(86.4, "0.00")), ("其中：财政拨款", Num(86.4, "0.00")), ("省级", Num(50, "0.00")),
           ("县级", Num(36.4, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="1.聘用生态护林员120人开展森林防火巡护，\n巡护林区面积不少于45万亩；\n"
         "2.购置森林防火扑火机具300台（套），建设森林防火\n视频监控点8处；\n"
         "3.森林火灾受害率控制在0.9‰以内，林区群众满意度达到90%以上。",
    rows=[
        (C, "经济成本指标", "生态护林员劳务补助\n（120人×0.5万元/人）", "≤", Num(60, "0.00"), "万元", 5, None),
        (C, "经济成本指标", "扑火机具购置费", "≤", Num(12, "0.00"), "万元", 5, "政府采购"),
        (C, "经济成本指标", "视频监控点建设费\n（8处×1.8万元/处）", "≤", Num(14.4, "0.00"), "万元", 5, None),
        (C, "社会成本指标", "对林区群众正常生产生活的影响", "/", "无明显影响", None, 5, None),
        (C, "生态环境成本指标", "监控点建设损毁林木", "＝", 0, "株", 5, None),
        (P, "数量指标", "聘用生态护林员", "＝", 120, "人", 10, None),
        (P, "数量指标", "巡护林区面积", "≥", 45, "万亩", 10, None),
        (P, "数量指标", "购置扑火机具", "≥", 300, "台（套）", 5, "风力灭火机、二号工具等"),
        (P, "数量指标", "建设森林防火\n视频监控点", "＝", 8, "处", 5, None),
        (P, "质量指标", "扑火机具验收合格率", "＝", 100, "%", 5, None),
        (P, "质量指标", "视频监控点在线率", "≥", 95, "%", 10, None),
        (P, "时效指标", "扑火机具采购完成时间", "≤", dt.date(2026, 4, 30), None, 5, "春季防火期前"),
        (E, "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰", 10, None),
        (E, "社会效益指标", "护林员人均增收", "≥", 0.5, "万元", 5, None),
        (S, SAT, "林区群众满意度", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

# s7b: the sign column holding the words of the template's drop-down list (大于等于, 小于等于, 等于), 指标性质
# and 权重（%） beside it, 成本 as a 二级 of 产出; rural passenger transport
TABLES["s7b-nongcun-keyun"] = dict(
    layout="a", heading=NATURE_SIGN, title="2026年度项目支出绩效目标表", filler="潘明军",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年农村客运补贴"), ("主管部门", "罗甸县交通运输局"),
             ("实施单位", "罗甸县道路运输服务中心"), ("项目类别", "特定目标-民生保障")],
    funds_label="资金情况（万元）",
    funds=[("年度资金总额", Num(145.8, "0.00")), ("财政拨款", Num(145.8, "0.00")), ("中央", Num(100, "0.00")),
           ("县级", Num(45.8, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="对全县86条农村客运班线给予运营补贴，保障\n128个建制村通客车；新购置农村客运车辆10辆，\n"
         "车辆安全检测合格率100%；补贴资金2026年11月30日前拨付到位，乘客满意度90%以上。",
    rows=[
        (P, "数量指标", "补贴农村客运班线", "定量", "等于", 86, "条", 10, None),
        (P, "数量指标", "通客车建制村", "定量", "大于等于", 128, "个", 10, None),
        (P, "数量指标", "新购置农村客运车辆", "定量", "等于", 10, "辆", 10, None),
        (P, "质量指标", "车辆安全检测合格率", "定量", "等于", 100, "%", 10, None),
        (P, "质量指标", "建制村通客车率", "定量", "等于", 100, "%", 10, None),
        (P, "时效指标", "补贴资金拨付时间", "定性", "小于等于", dt.date(2026, 11, 30), None, 10, None),
        (P, "成本指标", "农村客运班线\n运营补贴", "定量", "小于等于", Num(95.8, "0.00"), "万元", 5, "按班线里程核定"),
        (P, "成本指标", "新购置客车购置补助\n（10辆×5万元/辆）", "定量", "小于等于", Num(50, "0.00"), "万元", 5, None),
        (E, "社会效益指标", "农村客运年客运量", "定量", "大于等于", 120, "万人次", 10, None),
        (E, "可持续影响指标", "农村客运班线停运", "定量", "等于", 0, "条", 10, "因补贴不到位停运"),
        (S, SAT, "乘客满意度", "定量", "大于等于", 90, "%", 10, "抽样问卷调查"),
    ],
)

# s7c: a satisfaction block of two rows; women's cervical and breast cancer screening
TABLES["s7c-liangai-shaicha"] = dict(
    layout="a", heading=SIGN_WEIGHT_NOTE, title="2026年度项目支出绩效目标表", filler="刘燕",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年农村适龄妇女“两癌”免费筛查"), ("主管部门", "长顺县卫生健康局"),
             ("实施单位", "长顺县妇幼保健院")],
    funds_label="资金情况",
    funds=[("年度资金总额", Num(72, "0.00")), ("财政拨款", Num(72, "0.00")), ("省级", Num(48, "0.00")),
           ("县级", Num(24, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="为全县35-64岁农村适龄妇女免费开展宫颈癌筛查6000人、\n乳腺癌筛查6000人，\n"
         "筛查结果异常人员随访管理率达到95%以上；\n宫颈癌早诊率达到90%以上，受检妇女满意度90%以上。",
    rows=[
        (P, "数量指标", "宫颈癌筛查人数", "≥", 6000, "人", 10, None),
        (P, "数量指标", "乳腺癌筛查人数", "≥", 6000, "人", 10, None),
        (P, "质量指标", "筛查结果异常人员\n随访管理率", "≥", 95, "%", 10, None),
        (P, "质量指标", "宫颈癌早诊率", "≥", 90, "%", 10, None),
        (P, "时效指标", "筛查任务完成时间", "≤", dt.date(2026, 11, 30), None, 10, None),
        (P, "成本指标", "宫颈癌筛查费\n（6000人×70元/人）", "≤", Num(42, "0.00"), "万元", 5, None),
        (P, "成本指标", "乳腺癌筛查费\n（6000人×50元/人）", "≤", Num(30, "0.00"), "万元", 5, None),
        (E, "社会效益指标", "农村妇女“两癌”防治知识知晓率", "≥", 80, "%", 10, None),
        (E, "可持续影响指标", "筛查结果异常人员\n信息化管理率", "≥", 95, "%", 10, "录入妇幼信息系统"),
        (S, SAT, "受检妇女满意度", "≥", 90, "%", 10, "抽样问卷调查"),
        (S, SAT, "受检妇女对随访服务满意度", "≥", 90, "%", 10, None),
    ],
)

# s7d: 2021 framework with 社会/生态环境成本, a 项目管理费; urban park and green space upkeep
TABLES["s7d-gongyuan-lvdi-yanghu"] = dict(
    layout="a", heading=SIGN_WEIGHT_NOTE, title="2026年度项目支出绩效目标表", filler="黄晓丽",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年城区公园绿地养护"), ("项目编码", "52270126T000000095"),
             ("主管部门", "都匀市住房和城乡建设局"), ("实施单位", "都匀市园林绿化服务中心")],
    funds_label="项目资金",
    funds=[("年度资金总额", Num(238.5, "0.00")), ("财政拨款", Num(238.5, "0.00")), ("市级", Num(238.5, "0.00")),
           ("其他资金", Num(0, "0.00"))],
    goal="1.对城区12个公园、\n绿地面积186万平方米实施日常养护；\n2.补植苗木5000株，苗木成活率达到95%以上；\n"
         "3.2026年12月31日前完成年度养护任务，游园群众满意度90%以上。",
    rows=[
        (C, "经济成本指标", "绿地日常养护费\n（186万平方米×1.1元/平方米）", "≤", Num(204.6, "0.00"), "万元", 5, None),
        (C, "经济成本指标", "补植苗木费（5000株×60元/株）", "≤", Num(30, "0.00"), "万元", 5, None),
        (C, "经济成本指标", "项目管理费", "≤", Num(3.9, "0.00"), "万元", 5, "日常巡查、考核"),
        (C, "社会成本指标", "养护作业对游园群众的影响", "—", "无明显影响", None, 5, "错峰作业"),
        (C, "生态环境成本指标", "养护作业化学农药使用量", "≤", 0.8, "吨", 5, None),
        (P, "数量指标", "养护城区公园", "＝", 12, "个", 10, None),
        (P, "数量指标", "养护绿地面积", "≥", 186, "万平方米", 10, None),
        (P, "数量指标", "补植苗木", "≥", 5000, "株", 5, None),
        (P, "质量指标", "补植苗木成活率", "≥", 95, "%", 10, None),
        (P, "质量指标", "绿地养护质量\n考核达标率", "≥", 95, "%", 5, "按月考核"),
        (P, "时效指标", "年度养护任务完成时间", "≤", dt.date(2026, 12, 31), None, 5, None),
        (E, "生态效益指标", "城区绿地率", "≥", 38, "%", 10, None),
        (E, "社会效益指标", "公园日均游园人次", "≥", 2, "万人次", 10, None),
        (S, SAT, "游园群众满意度", "≥", 90, "%", 10, "抽样问卷调查"),
    ],
)

# s7e: 三级 levels of funds, several wrapped cost names; old residential community renovation
TABLES["s7e-laojiu-xiaoqu-gaizao"] = dict(
    layout="a", heading=NATURE_SIGN, title="2026年度项目支出绩效目标表", filler="杨俊",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年城镇老旧小区改造"), ("主管部门", "瓮安县住房和城乡建设局"),
             ("实施单位", "瓮安县城镇老旧小区改造工作领导小组办公室"), ("项目期限", "1年")],
    funds_label="资金情况",
    funds=[("年度资金总额", Num(1250, "0.00")), ("财政拨款", Num(1250, "0.00")), ("中央", Num(800, "0.00")),
           ("省级", Num(300, "0.00")), ("县级", Num(150, "0.00")), ("其他资金", Num(0, "0.00"))],
    goal="1.改造2000年底前建成的城镇老旧小区6个，惠及居民1280户；\n"
         "2.改造小区道路2.4万平方米、雨污管网5.6公里，\n新增停车位300个；\n"
         "3.工程验收合格率100%，2026年11月30日前完工，小区居民满意度90%以上。",
    rows=[
        (P, "数量指标", "改造老旧小区", "定量", "＝", 6, "个", 5, "2000年底前建成"),
        (P, "数量指标", "惠及居民", "定量", "≥", 1280, "户", 5, None),
        (P, "数量指标", "改造小区道路", "定量", "≥", 2.4, "万平方米", 5, None),
        (P, "数量指标", "改造雨污管网", "定量", "≥", 5.6, "公里", 5, None),
        (P, "数量指标", "新增停车位", "定量", "≥", 300, "个", 5, None),
        (P, "质量指标", "工程验收合格率", "定量", "＝", 100, "%", 10, None),
        (P, "时效指标", "工程完工时间", "定性", "≤", dt.date(2026, 11, 30), None, 10, None),
        (P, "成本指标", "小区道路改造费\n（2.4万平方米×150元/平方米）", "定量", "≤", Num(360, "0.00"), "万元", 5, None),
        (P, "成本指标", "雨污管网改造费\n（5.6公里×120万元/公里）", "定量", "≤", Num(672, "0.00"), "万元", 5, None),
        (P, "成本指标", "停车位建设费\n（300个×0.6万元/个）", "定量", "≤", Num(180, "0.00"), "万元", 5, None),
        (P, "成本指标", "工程监理费", "定量", "≤", Num(38, "0.00"), "万元", 10, None),
        (E, "社会效益指标", "改造小区雨季内涝点", "定量", "＝", 0, "个", 10, None),
        (E, "可持续影响指标", "改造设施设计使用年限", "定量", "≥", 15, "年", 10, None),
        (S, SAT, "小区居民满意度", "定量", "≥", 90, "%", 10, "入户问卷调查"),
    ],
)

# s7f: >= and <= typed in the sign column, a single fiscal level, a date cell in December; archive digitization
TABLES["s7f-dangan-shuzihua"] = dict(
    layout="a", heading=SIGN_WEIGHT_NOTE, title="2026年度项目支出绩效目标表", filler="罗娟",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年馆藏档案数字化"), ("主管部门", "贵定县档案馆"), ("实施单位", "贵定县档案馆")],
    funds_label="资金情况",
    funds=[("年度资金总额", Num(96, "0.00")), ("财政拨款", Num(96, "0.00")), ("县级", Num(96, "0.00")),
           ("其他资金", Num(0, "0.00"))],
    goal="完成馆藏档案数字化加工\n12万卷（件）、240万画幅，\n数字化成果质量合格率99%以上；\n"
         "档案查阅利用平均办理时间缩短到1个工作日以内，查档群众满意度95%以上。",
    rows=[
        (P, "数量指标", "数字化加工档案", ">=", 12, "万卷（件）", 10, None),
        (P, "数量指标", "档案扫描画幅", ">=", 240, "万画幅", 10, None),
        (P, "质量指标", "数字化成果\n质量合格率", ">=", 99, "%", 10, "按DA/T 31-2017抽检"),
        (P, "质量指标", "档案实体完好率", "＝", 100, "%", 10, None),
        (P, "时效指标", "数字化加工完成时间", "<=", dt.date(2026, 12, 15), None, 10, None),
        (P, "成本指标", "档案扫描加工费\n（240万画幅×0.35元/画幅）", "<=", Num(84, "0.00"), "万元", 10, None),
        (P, "成本指标", "档案整理修裱费（12万卷×1元/卷）", "<=", Num(12, "0.00"), "万元", 5, None),
        (E, "社会效益指标", "档案查阅利用平均办理时间", "<=", 1, "个工作日", 10, None),
        (E, "可持续影响指标", "数字化档案数据安全事故", "＝", 0, "起", 10, None),
        (S, SAT, "查档群众满意度", ">=", 95, "%", 15, "抽样问卷调查"),
    ],
)

# No finding is justified on any of the six: the weights add up to 100, every figure of the goal is
# measured, costs add up to the funds, each operator stands in its 指标值符号 column and each date cell
# has ≤ beside it (read as the deadline, with no TIME003 on a day without 前).
EXPECTED: dict[str, dict[str, int]] = {key.split("-")[0]: {} for key in TABLES}


@pytest.fixture(scope="module")
def checked(engine, tmp_path_factory):  # type: ignore[no-untyped-def]
    return check_written(engine, TABLES, tmp_path_factory.mktemp("s18"))


@pytest.mark.parametrize("book", sorted(EXPECTED))
def test_rules_fired_per_workbook(checked, book: str) -> None:  # type: ignore[no-untyped-def]
    assert dict(Counter(f.rule_id for f in checked[book][1].findings)) == EXPECTED[book]


def test_the_sign_column_and_wrapped_cells_are_read_as_written(checked) -> None:  # type: ignore[no-untyped-def]
    """The 指标值符号 column joined to the number beside it (it was left out: LOAD013 on the heading, then
    VAL005 on every row and SAT001 on the satisfaction), names broken with Alt+Enter joined, before the
    bracket of a cost's breakdown too."""
    read = read_as_written(checked)
    assert read["s7a", "聘用生态护林员"] == ("＝120", "人", None)
    assert read["s7a", "森林火灾受害率"][:2] == ("≤0.9", "‰")
    assert read["s7a", "扑火机具采购完成时间"] == ("≤2026年4月30日", None, "春季防火期前")
    assert read["s7a", "建设森林防火视频监控点"][:2] == ("＝8", "处")
    assert read["s7b", "补贴资金拨付时间"] == ("小于等于2026年11月30日", None, None)
    assert read["s7b", "补贴农村客运班线"][:2] == ("等于86", "条")
    assert read["s7b", "农村客运班线运营补贴"] == ("小于等于95.80", "万元", "按班线里程核定")
    assert read["s7c", "筛查结果异常人员随访管理率"][:2] == ("≥95", "%")
    # "/" or "—" in the sign column of a 定性 row says there is no comparison (LOAD013 called it no operator)
    assert read["s7d", "养护作业对游园群众的影响"] == ("无明显影响", None, "错峰作业")
    assert read["s7a", "对林区群众正常生产生活的影响"][:2] == ("无明显影响", None)
    assert read["s7e", "工程完工时间"][:2] == ("≤2026年11月30日", None)
    assert read["s7f", "数字化成果质量合格率"] == (">=99", "%", "按DA/T 31-2017抽检")
    # a name broken before the bracket of its breakdown kept the break (messages showed 劳务补助␊（120人…）)
    assert read["s7a", "生态护林员劳务补助（120人×0.5万元/人）"] == ("≤60.00", "万元", None)
    assert read["s7e", "雨污管网改造费（5.6公里×120万元/公里）"][:2] == ("≤672.00", "万元")
    table = checked["s7a"][0]
    assert table.goal.startswith("1.聘用生态护林员120人开展森林防火巡护，\n巡护林区面积不少于45万亩；\n2.")


@pytest.mark.parametrize(("value", "op", "day"), [
    ("小于等于2026年11月30日", "≤", dt.date(2026, 11, 30)), ("小于或等于2026年11月30日", "≤", dt.date(2026, 11, 30)),
    ("等于2026年11月30日", "=", dt.date(2026, 11, 30)), ("大于等于2026年3月1日", "≥", dt.date(2026, 3, 1))])
def test_a_word_of_the_sign_column_before_a_date_is_its_comparison(value: str, op: str, day: dt.date) -> None:
    """小于等于 joined from the 指标值符号 column before a date cell's day was no date: VAL001 (an error) on a
    时效 row the department had filled right."""
    parsed = parse_value(value)
    assert (parsed.kind, parsed.op, parsed.deadline) == ("deadline", op, day)


if __name__ == "__main__":  # write the workbooks to look at them: python tests/test_workbooks_careful_s18.py DIR
    import sys
    for name, table in TABLES.items():
        M._write(table, Path(sys.argv[1]) / f"{name}.xlsx")

"""Careful workbooks of round s9 through the Excel path, in layouts the earlier rounds did not write.

The 2021 provincial template with 指标性质 holding the comparison (≥/≤/＝/定性) beside 指标值 and 度量单位,
成本指标 a 一级 of its own; 中期目标 beside 年度目标 over their texts; the 三级指标 cell holding name and
value (受益人数≥500人) with no 指标值 column; a workbook saved by WPS (formulas with their cached values,
a 指标值 cell holding a formula, shared strings in rich-text runs); the funds in one row, each label beside
its amount; 实施期限 as a start and an end date cell; frozen panes and an autofilter over the grid;
指标值 as date cells and percentages; 一级/二级 merged over many rows. Budget year 2026. The workbooks are
written by the careful-workbook generator (``tests/data/workbooks_careful/make_workbooks.py``, its
``_write_s9``).

One reading was wrong. A form with no 指标值 column, each value typed after its name in the 三级指标 cell
(s9c: 维修改造公共租赁住房≥600套, 维修工程完工时间：2026年11月30日前), had no grid for the importer, which
asks for a 指标值 heading: LOAD013 (no heading row), STR001 on each 一级 (three errors) and REL003 on the goal.
The grid is now read with each value taken from after its name, only on a sheet with no other grid and
when the first name under the heading holds a value. The findings of the first draft that were justified
were fixed in the tables as a department would: a 5-year span as a 可持续影响 value (TIME004, s9a), a
text 建立并持续运行 (VAL013, s9b), one 效益 indicator (STR007, s9c, s9d, s9e), a fee with no quantity
(REL002, s9d), costs 0.1万元 over the funds (FUND004, s9e), weights adding up to 95 (STR008, s9d), parts of
the houses' repair with no cost of their own (REL002) and, written as 其中 rows, overlapping (REL009, s9f).

实施期限 in its own cells (s9e: 2026/3/1 | 2026/11/30) was not read, as 项目期限 was not (the format had no
field for it); it is now project.period, the two dates as one text (2026年3月1日-2026年11月30日). A round trip
(import, export, import) gives the same six target files.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from careful_workbooks import check_written, maker, read_as_written  # noqa: E402

M = maker()
P, E, S, C, SAT = M.P, M.E, M.S, M.C, M.SAT
Num, Pct, Formula, Rich = M.Num, M.Pct, M.Formula, M.Rich

NATURE_2021 = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
PLAIN_NOTE = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"]
NAME_AND_VALUE = ["一级指标", "二级指标", "三级指标"]
SIGN_WEIGHT = ["一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位", "分值"]
SIGN_UNIT = ["一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位"]

TABLES: dict[str, dict] = {}

# s9a: the 2021 provincial template, 指标性质 holding ≥/≤/＝/定性, 成本指标 first, frozen panes and an
# autofilter; the upkeep of martyrs' memorial sites
TABLES["s9a-lieshi-jinian-sheshi"] = dict(
    writer=M._write_s9, heading=NATURE_2021, title="2026年度项目支出绩效目标表", filler="潘永刚",
    unit_line="金额单位：万元", frozen=True,
    project=[("项目名称", "2026年烈士纪念设施保护管理"), ("主管部门", "榕江县退役军人事务局"),
             ("实施单位", "榕江县烈士陵园管理所")],
    funds_label="资金情况",
    funds=[("年度资金总额", 60), ("其中：财政拨款", 60), ("其他资金", 0)],
    goal="修缮零散烈士纪念设施12处，对县烈士陵园日常管护365天，开展祭扫纪念活动4次；"
         "2026年9月30日前完成修缮，修缮工程验收合格率100%，群众满意度95%以上。",
    rows=[
        (C, "经济成本指标", "零散烈士纪念设施修缮费（12处×3万元/处）", "≤", 36, "万元"),
        (C, "经济成本指标", "烈士陵园日常管护费", "≤", 18, "万元"),
        (C, "经济成本指标", "祭扫纪念活动费（4次×1.5万元/次）", "≤", 6, "万元"),
        (C, "社会成本指标", "修缮施工引发安全事故", "＝", 0, "起"),
        (P, "数量指标", "修缮零散烈士纪念设施", "＝", 12, "处"),
        (P, "数量指标", "烈士陵园日常管护天数", "＝", 365, "天"),
        (P, "数量指标", "开展祭扫纪念活动", "≥", 4, "次"),
        (P, "质量指标", "修缮工程验收合格率", "＝", Pct(1), None),
        (P, "时效指标", "修缮工程完成时间", "定性", "2026年9月30日前", None),
        (E, "社会效益指标", "接待祭扫瞻仰群众", "≥", 20000, "人次"),
        (E, "可持续影响指标", "烈士纪念设施管护责任落实率", "＝", Pct(1), None),
        (S, SAT, "群众满意度", "≥", Pct(0.95), None),
    ],
)

# s9b: 中期目标 beside 年度目标 over their texts, values as text with the unit in 计量单位, a 备注
# column; a village history hall
TABLES["s9b-cunshiguan-jianshe"] = dict(
    writer=M._write_s9, heading=PLAIN_NOTE, title="2026年度项目支出绩效目标申报表", filler="吴晓梅",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年村史馆建设"), ("主管部门", "雷山县委宣传部"), ("实施单位", "雷山县文化馆")],
    funds_label="资金情况",
    funds=[("年度资金总额", 90), ("其中：财政拨款", 90), ("其他资金", 0)],
    medium=("中期目标（2026—2028年）", "三年建成村史馆15个，收集整理村史实物和资料3000件，村史馆年接待参观群众3万人次以上。"),
    goal="建成村史馆5个，收集整理村史实物和资料1000件；2026年10月31日前建成开馆，"
         "村史馆年接待参观群众1万人次以上，村民满意度90%以上。",
    rows=[
        (P, "数量指标", "建成村史馆", "＝5", "个", None),
        (P, "数量指标", "收集整理村史实物和资料", "≥1000", "件", None),
        (P, "质量指标", "村史馆建设验收合格率", "＝100%", None, None),
        (P, "时效指标", "村史馆建成开馆时间", "2026年10月31日前", None, None),
        (P, "成本指标", "村史馆布展补助（5个×16万元/个）", "≤80", "万元", None),
        (P, "成本指标", "村史资料征集整理费", "≤10", "万元", "含实物征集、拍照建档"),
        (E, "社会效益指标", "村史馆年接待参观群众", "≥1", "万人次", None),
        (E, "可持续影响指标", "村史馆每周开放天数", "≥5", "天", "节假日正常开放"),
        (S, SAT, "村民满意度", "≥90%", None, "入户问卷调查"),
    ],
)

# s9c: the 三级指标 cell holding the indicator's name and its value, no 指标值 column; repairs of
# public rental housing
TABLES["s9c-gongzufang-weixiu"] = dict(
    writer=M._write_s9, heading=NAME_AND_VALUE, title="2026年项目支出绩效目标表", filler="龙海燕",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年公共租赁住房维修改造"), ("主管部门", "丹寨县住房和城乡建设局"),
             ("实施单位", "丹寨县住房保障服务中心")],
    funds_label="资金情况",
    funds=[("年度资金总额", 150), ("其中：财政拨款", 150), ("其他资金", 0)],
    goal="维修改造公共租赁住房600套，更换老旧供水管道8000米；2026年11月30日前完工，"
         "维修工程验收合格率100%，受益住户600户，住户满意度90%以上。",
    rows=[
        (P, "数量指标", "维修改造公共租赁住房≥600套"),
        (P, "数量指标", "更换老旧供水管道≥8000米"),
        (P, "质量指标", "维修工程验收合格率＝100%"),
        (P, "时效指标", "维修工程完工时间：2026年11月30日前"),
        (P, "成本指标", "住房维修改造费（600套×2000元/套）≤120万元"),
        (P, "成本指标", "供水管道更换费（8000米×37.5元/米）≤30万元"),
        (E, "社会效益指标", "受益住户≥600户"),
        (E, "社会效益指标", "住房安全隐患整改率＝100%"),
        (S, SAT, "住户满意度≥90%"),
    ],
)

# s9d: saved by WPS: 年度资金总额 a formula (=SUM) with its cached value, a cost line's 指标值 a formula
# (=6*2.5), the goal and two names in rich-text runs; the translation of ethnic-minority languages
TABLES["s9d-minzu-yuwen-fanyi"] = dict(
    writer=M._write_s9, wps=True, heading=SIGN_WEIGHT, title="2026年度项目支出绩效目标表", filler="杨秀英",
    unit_line="金额单位：万元",
    project=[("项目名称", "2026年民族语文翻译服务"), ("主管部门", "三都水族自治县民族宗教事务局"),
             ("实施单位", "三都水族自治县民族语文翻译中心")],
    funds_label="资金情况",
    funds=[("年度资金总额", Formula("=SUM(C7:C8)", 40)), ("其中：财政拨款", 40), ("其他资金", 0)],
    goal=Rich(("翻译党和国家政策文件、法律法规宣传资料", "60万字，", "开展水语双语政策宣讲",
               "120场次；", "译文审校合格率100%，2026年12月20日前完成全年翻译任务，群众满意度90%以上。")),
    rows=[
        (P, "数量指标", "翻译政策文件和宣传资料", "≥", 60, "万字", 10),
        (P, "数量指标", Rich(("开展水语双语", "政策宣讲")), "≥", 120, "场次", 10),
        (P, "数量指标", "印制双语宣讲资料", "≥", 5000, "册", 5),
        (P, "质量指标", "译文审校合格率", "＝", Pct(1), None, 15),
        (P, "时效指标", "全年翻译任务完成时间", "≤", dt.date(2026, 12, 20), None, 10),
        (P, "成本指标", "政策文件翻译费（60万字×0.4万元/万字）", "≤", 24, "万元", 10),
        (P, "成本指标", "双语政策宣讲补助（6个乡镇×2.5万元/乡镇）", "≤", Formula("=6*2.5", 15, "0.0"), "万元", 5),
        (P, "成本指标", "双语宣讲资料印制费（5000册×2元/册）", "≤", 1, "万元", 5),
        (E, "社会效益指标", Rich(("政策宣讲", "覆盖少数民族群众")), "≥", 1.2, "万人次", 10),
        (E, "社会效益指标", "少数民族群众政策知晓率", "≥", Pct(0.85), None, 10),
        (S, SAT, "群众满意度", "≥", Pct(0.9), None, 10),
    ],
)

# s9e: the funds in one row, each label beside its amount; 实施期限 as a start and an end date cell;
# the joint inspection of administrative boundary lines
TABLES["s9e-jiexian-lianjian"] = dict(
    writer=M._write_s9, heading=SIGN_UNIT, title="2026年度项目支出绩效目标表", filler="杨再华",
    unit_line="金额单位：万元", funds_across=True,
    project=[("项目名称", "2026年行政区域界线联合检查"), ("主管部门", "从江县民政局"), ("实施单位", "从江县民政局")],
    period=("实施期限", M.Day(2026, 3, 1), M.Day(2026, 11, 30)),
    funds_label="资金情况",
    funds=[("年度资金总额", 32.1), ("财政拨款", 32.1), ("其他资金", 0)],
    goal="联合检查县级行政区域界线5条、长度320公里，维护更新界桩86颗，2026年11月30日前完成检查并报送成果，"
         "界桩完好率达到95%以上，界线沿线群众满意度90%以上。",
    rows=[
        (P, "数量指标", "联合检查县级行政区域界线", "＝", 5, "条"),
        (P, "数量指标", "联合检查界线长度", "≥", 320, "公里"),
        (P, "数量指标", "维护更新界桩", "≥", 86, "颗"),
        (P, "质量指标", "界桩完好率", "≥", Pct(0.95), None),
        (P, "时效指标", "检查成果报送时间", "≤", dt.date(2026, 11, 30), None),
        (P, "成本指标", "界线实地检查费（320公里×0.06万元/公里）", "≤", 19.2, "万元"),
        (P, "成本指标", "界桩维护更新费（86颗×0.15万元/颗）", "≤", 12.9, "万元"),
        (E, "社会效益指标", "因界线不清引发的边界纠纷", "＝", 0, "起"),
        (E, "社会效益指标", "界线沿线乡镇平安边界协议签订率", "＝", Pct(1), None),
        (S, SAT, "界线沿线群众满意度", "≥", Pct(0.9), None),
    ],
)

# s9f: 指标值 as date cells and percentages, 产出 merged over thirteen rows and 数量指标 over five, frozen
# panes and an autofilter; repairing dwellings in ancient villages
TABLES["s9f-gucunluo-minju-xiushan"] = dict(
    writer=M._write_s9, heading=SIGN_UNIT, title="2026年度项目支出绩效目标表", filler="石光辉",
    unit_line="金额单位：万元", frozen=True,
    project=[("项目名称", "2026年古村落传统民居修缮"), ("主管部门", "黎平县住房和城乡建设局"),
             ("实施单位", "黎平县村镇建设服务中心")],
    funds_label="资金情况",
    funds=[("年度资金总额", 500), ("其中：财政拨款", 500), ("其他资金", 0)],
    goal="修缮3个古村落传统民居120栋，安装民居消防报警器120套，整治村内石板路4公里，"
         "新建消防水池6个；2026年10月31日前完工，修缮工程验收合格率100%，传统风貌保持率100%，村民满意度90%以上。",
    rows=[
        (P, "数量指标", "修缮古村落", "＝", 3, "个"),
        (P, "数量指标", "修缮传统民居", "≥", 120, "栋"),
        (P, "数量指标", "安装民居消防报警器", "≥", 120, "套"),
        (P, "数量指标", "整治村内石板路", "≥", 4, "公里"),
        (P, "数量指标", "新建消防水池", "＝", 6, "个"),
        (P, "质量指标", "修缮工程验收合格率", "＝", Pct(1), None),
        (P, "质量指标", "传统风貌保持率", "＝", Num(1, "0.0%"), None),
        (P, "时效指标", "修缮工程开工时间", "≤", dt.date(2026, 4, 30), None),
        (P, "时效指标", "修缮工程完工时间", "≤", dt.date(2026, 10, 31), None),
        (P, "成本指标", "民居修缮补助（120栋×3.25万元/栋）", "≤", 390, "万元"),
        (P, "成本指标", "消防报警器安装费（120套×0.25万元/套）", "≤", 30, "万元"),
        (P, "成本指标", "石板路整治费（4公里×12.5万元/公里）", "≤", 50, "万元"),
        (P, "成本指标", "消防水池建设费（6个×5万元/个）", "≤", 30, "万元"),
        (E, "社会效益指标", "古村落消防安全隐患整改率", "＝", Pct(1), None),
        (E, "可持续影响指标", "修缮民居使用年限延长", "≥", 20, "年"),
        (S, SAT, "村民满意度", "≥", Pct(0.9), None),
    ],
)

# No finding is justified on any of the six: costs add up to the funds, every figure of the goal is
# measured, the weights (s9d) add up to 100, a 时效 text ends with 前 and a date cell has ≤ beside it,
# the 中期目标 is not this year's goal.
EXPECTED: dict[str, dict[str, int]] = {key.split("-")[0]: {} for key in TABLES}


@pytest.fixture(scope="module")
def checked(engine, tmp_path_factory):  # type: ignore[no-untyped-def]
    return check_written(engine, TABLES, tmp_path_factory.mktemp("s20"))


@pytest.mark.parametrize("book", sorted(EXPECTED))
def test_rules_fired_per_workbook(checked, book: str) -> None:  # type: ignore[no-untyped-def]
    assert dict(Counter(f.rule_id for f in checked[book][1].findings)) == EXPECTED[book]


def test_layouts_are_read_as_written(checked) -> None:  # type: ignore[no-untyped-def]
    """指标性质 holding the comparison, the 年度目标 beside the 中期目标, a WPS file's cached formulas and
    rich text, the funds in one row, date cells and percentages under merged 一级/二级."""
    read = read_as_written(checked)
    assert read["s9a", "修缮工程完成时间"][:2] == ("2026年9月30日前", None)
    assert read["s9a", "零散烈士纪念设施修缮费（12处×3万元/处）"][:2] == ("≤36", "万元")
    assert checked["s9b"][0].goal == TABLES["s9b-cunshiguan-jianshe"]["goal"]
    assert read["s9d", "双语政策宣讲补助（6个乡镇×2.5万元/乡镇）"][:2] == ("≤15.0", "万元")  # =6*2.5 under 0.0
    assert read["s9d", "开展水语双语政策宣讲"][:2] == ("≥120", "场次")  # a name in two rich-text runs
    assert checked["s9d"][0].goal == "".join(TABLES["s9d-minzu-yuwen-fanyi"]["goal"])
    assert checked["s9d"][0].funds.total == 40  # =SUM(C7:C8), its cached value
    assert checked["s9e"][0].project.period == "2026年3月1日-2026年11月30日"  # two date cells, one period
    funds = checked["s9e"][0].funds
    assert (funds.total, funds.fiscal, funds.other) == (Decimal("32.1"), Decimal("32.1"), 0)
    assert read["s9f", "修缮工程开工时间"][:2] == ("≤2026年4月30日", None)
    assert read["s9f", "传统风貌保持率"][:2] == ("＝100.0%", None)
    assert len(checked["s9f"][0].indicators) == len(TABLES["s9f-gucunluo-minju-xiushan"]["rows"])


def test_a_value_typed_after_its_name_is_read(checked) -> None:  # type: ignore[no-untyped-def]
    """s9c has no 指标值 column: the value after each name (after an operator, or after a colon) is the
    indicator's; there was no grid at all (LOAD013, STR001 on each 一级)."""
    read = read_as_written(checked)
    assert read["s9c", "维修改造公共租赁住房"][:2] == ("≥600套", None)
    assert read["s9c", "维修工程完工时间"][:2] == ("2026年11月30日前", None)
    assert read["s9c", "住房维修改造费（600套×2000元/套）"][:2] == ("≤120万元", None)
    assert read["s9c", "住户满意度"][:2] == ("≥90%", None)
    assert len(checked["s9c"][0].indicators) == len(TABLES["s9c-gongzufang-weixiu"]["rows"])


def test_names_without_values_are_no_grid_of_their_own(engine, tmp_path: Path) -> None:
    """Look-alike: the same form whose 三级指标 cells hold only names is still told as having no grid
    heading (there are no values to read), not read as indicators with empty values."""
    rows = [row[:2] + (re.split("[≥≤＝：]", row[2])[0],) for row in TABLES["s9c-gongzufang-weixiu"]["rows"]]
    table = dict(TABLES["s9c-gongzufang-weixiu"], rows=rows)
    found = check_written(engine, {"s9c-gongzufang-weixiu": table}, tmp_path)["s9c"]
    assert found[0].indicators == []
    assert Counter(f.rule_id for f in found[1].findings)["STR001"] == 3


if __name__ == "__main__":  # write the workbooks to look at them: python tests/test_workbooks_careful_s20.py DIR
    import sys
    for name, table in TABLES.items():
        M._write(table, Path(sys.argv[1]) / f"{name}.xlsx")

"""The thirty-seventh recall audit's checks (b416–b425, a city finance bureau's 行政政法科 reading the 2027
public-safety, justice, emergency and market-regulation tables), each against the look-alikes it was measured on
and the cases held out after it was written: an indicator counted over a span reaching into 2026, or a rate over
the year's first months only (TIME017), a time limit the goal sets written in another unit and longer (REL036), and
more batches, units or visits than the cost line buys at the table's own price (FUND024)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某市政法项目, year: 2027, department: 某市司法局, implementer: 某市司法局}}
funds: {{unit: 元, total: 3000000, fiscal: 3000000}}
goal: {goal}
indicators:
  成本指标:
    经济成本指标:
{costs}
  产出指标:
    数量指标:
{counts}
    质量指标:
{quality}
    时效指标:
{times}
  效益指标:
    社会效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
Row = tuple[str, ...]  # (name, value)


def _lines(rows: list[Row]) -> str:
    return "\n".join(f"      - {{name: \"{row[0]}\", value: \"{row[1]}\"}}" for row in rows)


def _rules(engine: Any, goal: str = "2027年开展项目工作。", costs: list[Row] | None = None,
           counts: list[Row] | None = None, quality: list[Row] | None = None, times: list[Row] | None = None,
           benefits: list[Row] | None = None) -> set[str]:
    text = TABLE.format(goal=goal,
                        costs=_lines(costs or [("项目工作经费", "≤3000000元")]),
                        counts=_lines(counts or [("开展项目工作", "≥1项")]),
                        quality=_lines(quality or [("资金使用合规率", "＝100%")]),
                        times=_lines(times or [("资金拨付完成时间", "2027年12月31日前")]),
                        benefits=_lines(benefits or [("服务对象受益情况", "持续受益")]))
    return {f.rule_id for f in engine.check_source(load_text(text, "audit37.yaml")).findings}


# TIME017: the audit's nine (b416 ×2, b417, b418, b419, b421, b423, b424 ×2), ten look-alikes it was measured on
# (1 told at first: a loan's 贴息计息期 from 21 December, since left alone), five held out written after it
_SPAN = [
    ("quality", "截至2027年9月底法律援助案件结案率", "≥95%", True),
    ("counts", "2026年10月至2027年9月以案定补案件数", "≥3200件", True),
    ("times", "运维服务期", "2026年12月1日至2027年11月30日", True),
    ("quality", "2027年上半年前端设备完好率", "≥95%", True),
    ("benefits", "2027年1—6月辖区火灾初期扑救成功率", "≥90%", True),
    # look-alikes
    ("times", "截至2027年6月底资金支出进度", "≥50%", False),  # a milestone of progress
    ("quality", "2027年上半年资金拨付率", "≥50%", False),
    ("counts", "2026年11月至2027年3月供暖期补贴面积", "≥120万平方米", False),  # a season straddling the year
    ("counts", "2026—2027学年资助学生", "≥300人", False),
    ("quality", "截至2027年12月31日法律援助案件结案率", "≥95%", False),  # the whole year
    ("quality", "2027年1—12月案件结案率", "≥95%", False),
    ("counts", "截至2027年9月底完成执法检查", "≥300家次", False),  # a count by a date: a deadline
    ("counts", "2027年1月至2027年12月巡查次数", "≥12次", False),
    ("times", "贴息计息期", "2026年12月21日至2027年12月20日", False),  # banks settle interest on the 20th
    ("times", "2026年第四季度资金清算完成时间", "2027年3月31日前", False),
    # held out, written after the check
    ("quality", "2027年1-9月重大事故隐患整改率", "＝100%", True),
    ("counts", "2026年9月至2027年8月办理法律援助案件", "≥900件", True),
    ("quality", "2027年一季度食品抽检合格率", "≥97%", True),
    ("times", "截至2027年9月底预算执行率", "≥75%", False),
    ("counts", "2026年12月至2027年2月冬春救助发放", "≥5000人", False),
]


@pytest.mark.parametrize(("block", "name", "value", "told"), _SPAN)
def test_span_not_the_budget_year(engine: Any, block: str, name: str, value: str, told: bool) -> None:
    assert ("TIME017" in _rules(engine, **{block: [(name, value)]})) is told


# REL036: the audit's seven (b416, b417, b419, b421, b422, b423, b425), eleven look-alikes it was measured on (5 told
# at first: a 修复 time against a 响应 or 播发 limit, a 重大 fault against the 一般 one's, a 工期 of works; since
# held to the clause naming the row's act and grade), five held out written after it
_UNIT = [
    ("2027年维护视频监控点位1200个，故障修复时间不超过24小时。", "前端设备故障修复时间", "≤2天", True),
    ("2027年办理法律援助案件900件，符合条件的申请在5日内作出是否给予援助的决定。", "法律援助申请审查决定时限", "≤5个工作日", True),
    ("2027年调查评估意见在10日内出具。", "调查评估意见出具时限", "≤10个工作日", True),
    ("2027年灾害发生后12小时内完成受灾群众基本生活救助。", "受灾群众基本生活得到初步救助时限", "≤1天", True),
    ("2027年乡镇应急救援队接警后30分钟内到达现场。", "乡镇应急救援队接警后到达现场时间", "≤1小时", True),
    ("2027年保障专职消防队运行，接警后1分钟内出动。", "接警后出动时间", "≤90秒", True),
    # look-alikes
    ("2027年维护视频监控点位1200个，故障修复时间不超过24小时。", "前端设备故障修复时间", "≤1天", False),  # the same
    ("2027年维护视频监控点位1200个，故障修复时间不超过24小时。", "前端设备故障修复时间", "≤30小时", False),  # REL008's
    ("2027年乡镇应急救援队接警后30分钟内到达现场。", "接警后到达现场时间", "≤0.5小时", False),
    ("2027年保障交易平台运行，一般故障30分钟内响应。", "一般故障修复时间", "≤4小时", False),  # another act
    ("2027年保障信号灯运行，一般故障4小时内修复。", "重大故障修复时间", "≤1天", False),  # another grade
    ("2027年符合条件的申请在5个工作日内作出决定。", "申请审查决定时限", "≤7日", False),  # five working days: a week
    ("2027年建设应急广播，预警信息从平台接收到终端播发不超过10分钟。", "故障终端修复时限", "≤48小时", False),
    ("2027年调查评估意见在10日内出具。", "调查评估意见出具时限", "≥3个工作日", False),  # a floor
    ("2027年受理后1小时内响应、24小时内到场。", "到场时间", "≤1天", False),
    ("2027年每月5日前报送上月数据。", "数据报送时限", "≤5个工作日", False),  # a day of the month, no limit
    ("2027年运维垃圾中转站，设备故障48小时内修复。", "单座压缩设备大修工期", "≤20天", False),
    # held out, written after the check
    ("2027年群众来信在15日内告知受理情况。", "来信受理告知时限", "≤15个工作日", True),
    ("2027年接报后2小时内赶到现场。", "接报后赶到现场时间", "≤3小时", False),
    ("2027年食品抽检不合格信息在20个工作日内公布。", "抽检不合格信息公布时限", "≤1个月", True),
    ("2027年校园食品安全事件发生后1小时内上报。", "事件上报时间", "≤30分钟", False),
    ("2027年法律援助申请7日内完成审查。", "申请审查时限", "≤5个工作日", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "told"), _UNIT)
def test_time_limit_in_a_looser_unit(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert ("REL036" in _rules(engine, goal, times=[(name, value)])) is told


# FUND024: the audit's four (b418, b420, b425 told; b424 not here: three counts in 批次 leave its price unpaired;
# since session 27 paired through its line, in tests/test_leftovers_s27_terms.py), ten look-alikes it was measured on
# (1 told at first: g16's 民事、行政案件办案补贴标准, a price for some cases only), five held out written after it
_PRICE = [
    ([("监督抽检单价", "≤2000元/台"), ("特种设备监督抽检费", "≤300000元")], ("特种设备监督抽检", "≥180台"), True),
    ([("专家技术服务费标准", "≤1500元/人次"), ("第三方专家技术服务费", "≤180000元")], ("聘请第三方专家参与检查", "≥150人次"),
     True),
    ([("以案定补标准", "300-500元/件"), ("以案定补资金", "≤800000元")], ("以案定补案件数", "≥3200件"), True),
    ([("委托检验单批次平均费用", "≤400元/批次"), ("食品监督抽检检验费", "≤960000元")], ("食品安全监督抽检批次", "≥3000批次"), True),
    # look-alikes
    ([("监督抽检单价", "≤2000元/台"), ("特种设备监督抽检费", "≤300000元")], ("特种设备监督抽检", "≥150台"), False),
    ([("监督抽检单价", "≤2000元/台"), ("特种设备监督抽检费", "≤305000元")], ("特种设备监督抽检", "≥180台"), False),  # not whole
    ([("民事、行政案件办案补贴标准", "≤1000元/件"), ("法律援助办案补贴", "≤720000元")], ("办理法律援助案件数量", "≥900件"),
     False),  # a price for some kinds
    ([("以案定补标准", "100-500元/件"), ("以案定补资金", "≤800000元")], ("以案定补案件数", "≥3200件"), False),
    ([("监督抽检单价", "≤2000元/台"), ("特种设备监督抽检费", "≤300000元")], ("特种设备监督抽检", "≥900台"), False),  # FUND007's
    ([("监督抽检单价", "＝2000元/台"), ("特种设备监督抽检费", "≤300000元")], ("特种设备监督抽检", "≥160台"), False),  # exact
    ([("专家技术服务费标准", "≤1500元/人次"), ("第三方专家技术服务费", "≤180000元")], ("聘请第三方专家参与检查", "≥121人次"),
     False),  # within the rounding
    ([("专家技术服务费标准", "≤1500元/人次"), ("第三方专家技术服务费", "≤180000元")], ("聘请第三方专家参与检查", "≤150人次"),
     False),  # a ceiling count
    ([("专职调解员补贴标准", "≤2000元/人·月"), ("专职调解员补贴", "≤240000元")], ("专职调解员", "≥12人"), False),  # per month
    ([("快检单价", "≤8元/批次"), ("快检试剂及耗材费", "≤240000元")], ("农贸市场快检批次", "≥3万批次"), False),
    # held out, written after the check
    ([("计量器具检定单价", "≤50元/台件"), ("计量器具强制检定费", "≤150000元")], ("强制检定计量器具", "≥3500台件"), True),
    ([("心理评估单价", "≤300元/人次"), ("心理健康评估费", "≤105000元")], ("心理健康评估", "≥350人次"), False),
    ([("消防设施检测单价", "≤5000元/家"), ("消防设施检测费", "≤200000元")], ("检测消防设施单位", "≥45家"), True),
    ([("应急演练标准", "2000-3000元/场"), ("应急演练费", "≤70000元")], ("开展应急演练", "≥30场"), False),  # 60000元 at 2000
    ([("应急演练标准", "2000-3000元/场"), ("应急演练费", "≤70000元")], ("开展应急演练", "≥30次"), False),  # another unit
]


@pytest.mark.parametrize(("costs", "count", "told"), _PRICE)
def test_count_over_what_the_line_buys(engine: Any, costs: list[Row], count: Row, told: bool) -> None:
    assert ("FUND024" in _rules(engine, costs=costs, counts=[count])) is told

"""A second opinion on six young rules (TIME009, REL019, CAT024, VAL035, VAL036, VAL037): look-alikes a careful
department writes that must stay quiet, and cases each rule should tell, from real wording in other sectors,
word orders, brackets, 其中 lines and multi-year periods. Each row gives the rule, the goal, the table's 实施期限,
where the indicator sits, its name and value, and whether the rule tells it."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年项目, year: 2026, department: 县直部门{period}}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: "{goal}"
indicators:
  {level1}:
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""

OUT_Q = ("产出指标", "质量指标")
OUT_N = ("产出指标", "数量指标")
SOC = ("效益指标", "社会效益指标")
SUS = ("效益指标", "可持续影响指标")
ECO = ("效益指标", "经济效益指标")
GOAL = "2026年按计划完成项目年度任务。"

# (rule, goal, 实施期限, (level1, level2), name, value, told)
CASES: list[tuple[str, str, str, tuple[str, str], str, str, bool]] = [
    # TIME009 look-alikes: a period ending within the year, the year's share, a part the goal finishes this year
    ("TIME009", "项目实施期2025年6月至2026年8月，完成道路改造5公里。", "", OUT_Q, "工程完工率", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成管网铺设20公里。", "", OUT_Q, "年度工程完工率", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成管网铺设20公里。", "", OUT_Q, "竣工验收合格率", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成管网铺设20公里。", "", OUT_Q, "工程完工率", "≥60%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，道路工程于2026年10月底前完工，2027年完成管网。", "", OUT_Q,
     "其中：道路工程完工率", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成道路工程。", "", OUT_Q, "道路工程完工率（2026年度）", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成管网改造一期。", "", OUT_Q, "管网改造一期完工率", "＝100%", False),
    ("TIME009", "2026年完成老旧小区改造12个。", "2026年1月-2026年12月", OUT_Q, "老旧小区改造完工率", "＝100%", False),
    ("TIME009", "项目实施期2026年3月至2027年12月，2026年9月底前建成村级光伏电站，2027年完成并网。", "", OUT_Q,
     "村级光伏电站建成率", "＝100%", False),
    ("TIME009", "项目实施期2026年3月至2027年6月，2026年完成老旧小区改造12个，2027年完成配套管网。", "", OUT_Q,
     "老旧小区改造完工率", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月。", "", OUT_Q, "当年开工项目完工率", "＝100%", False),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成第一标段。", "", OUT_Q, "第一标段完工率", "＝100%", False),
    ("TIME009", "2026年完成校舍维修改造10所。", "2026年3月-2026年12月", OUT_Q, "维修改造项目完工率", "≥100%", False),
    ("TIME009", "项目建设期3年（2026—2028年），2026年完成征地拆迁。", "", OUT_Q, "工程完工率", "＝100%", False),
    # TIME009 cases it should tell
    ("TIME009", "2026年新建高标准农田1万亩。", "2026年3月-2027年6月", OUT_Q, "项目完工率", "＝100%", True),
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成主体结构。", "", OUT_Q, "工程竣工率", "100%", True),
    ("TIME009", "项目建设期为2026年7月—2027年12月，2026年完成基础工程。", "", OUT_Q, "工程建成率", "≥100%", True),
    ("TIME009", "2026年推进污水管网建设。", "三年（2026-2028年）", OUT_Q, "污水管网工程完工率", "＝100%", True),
    ("TIME009", "项目实施期2026年5月至2027年10月，2026年完成设备采购。", "", OUT_Q, "项目整体完工率", "＝100%", True),
    # REL019 look-alikes: another grade, a rate, incidents handled, none below one, another thing
    ("REL019", "2026年全县不发生重大安全生产事故。", "", OUT_Q, "一般安全生产事故", "≤2起", False),
    ("REL019", "2026年杜绝重大食品安全事件。", "", SOC, "食品安全事件发生率", "≤1%", False),
    ("REL019", "2026年全年无重大火灾事故。", "", SOC, "火灾事故起数", "≤3起", False),
    ("REL019", "2026年全年不发生网络安全事件，及时处置各类安全隐患。", "", OUT_Q, "处置网络安全事件", "≥5起", False),
    ("REL019", "2026年无较大及以上生产安全事故。", "", SOC, "一般生产安全事故", "≤2起", False),
    ("REL019", "2026年实现无责任事故。", "", SOC, "道路交通事故", "≤2起", False),
    ("REL019", "2026年全年不发生重大安全事故。", "", SOC, "重大安全事故", "<1起", False),
    ("REL019", "2026年全年不发生重大安全事故。", "", SOC, "其中：重大安全事故", "＝0起", False),
    ("REL019", "2026年全年不发生区域性食品安全事件。", "", OUT_N, "查处食品安全事件", "120起", False),
    ("REL019", "2026年全年不发生群体性突发事件。", "", OUT_N, "接报处置突发事件", "＝12起", False),
    ("REL019", "2026年辖区不发生重大动物疫情事件。", "", OUT_N, "调查处置动物疫情事件", "＝6起", False),
    ("REL019", "2026年杜绝医疗事故。", "", SOC, "医疗纠纷事件", "≤5起", False),
    ("REL019", "2026年全年未发生重大网络安全事件。", "", OUT_Q, "重大网络安全事件", "≤1起", False),
    ("REL019", "2026年不发生重大道路交通安全事故。", "", SOC, "全县道路交通事故起数", "≤120起", False),
    ("REL019", "2026年全年不发生重大网络安全事件。", "", OUT_N, "网络安全事件应急演练", "≥2次", False),
    # REL019 cases it should tell
    ("REL019", "2026年杜绝重大安全生产事故。", "", SOC, "重大安全生产事故发生起数", "≤1起", True),
    ("REL019", "2026年全年不发生重大网络安全事件。", "", OUT_Q, "重大网络安全事件发生次数", "≤1次", True),
    ("REL019", "2026年确保无重大网络安全事件发生。", "", OUT_Q, "重大网络安全事件", "1起", True),
    ("REL019", "2026年全年不发生较大及以上安全生产事故。", "", SOC, "较大安全生产事故", "≤1起", True),
    ("REL019", "2026年确保不出现重大医疗安全事故。", "", SOC, "重大医疗安全事故", "≤1起", True),
    # CAT024 look-alikes: a sector called 系统, an area's running, a rate, an output, a sentence going on
    ("CAT024", GOAL, "", SOC, "金融系统平稳运行", "是", False),
    ("CAT024", GOAL, "", SOC, "教育系统安全稳定运行", "有效保障", False),
    ("CAT024", GOAL, "", SOC, "卫生健康系统平稳运行", "是", False),
    ("CAT024", GOAL, "", SOC, "基层医疗卫生服务网络正常运行", "是", False),
    ("CAT024", GOAL, "", SOC, "保障机关正常运行", "是", False),
    ("CAT024", GOAL, "", SOC, "医疗设备正常运行率", "≥95%", False),
    ("CAT024", GOAL, "", SOC, "污水处理设备稳定运行，出水水质达标", "是", False),
    ("CAT024", GOAL, "", SUS, "电网安全稳定运行", "是", False),
    ("CAT024", GOAL, "", OUT_Q, "系统正常运行", "是", False),
    ("CAT024", GOAL, "", SUS, "系统全年正常运行天数", "≥360天", False),
    ("CAT024", GOAL, "", SOC, "信息系统正常运行带动业务效率提升", "是", False),
    ("CAT024", GOAL, "", SUS, "污水处理厂稳定运行", "是", False),
    ("CAT024", GOAL, "", SUS, "经济社会平稳运行", "是", False),
    ("CAT024", GOAL, "", SUS, "政法系统安全平稳运行", "是", False),
    # CAT024 cases it should tell
    ("CAT024", GOAL, "", SUS, "系统稳定运行（是/否）", "是", True),
    ("CAT024", GOAL, "", SUS, "网站安全稳定运行", "是", True),
    ("CAT024", GOAL, "", SOC, "确保信息系统正常运行", "有效保障", True),
    ("CAT024", GOAL, "", SUS, "政务云平台运行稳定", "是", True),
    ("CAT024", GOAL, "", SUS, "12345热线平稳运行", "良好", True),
    # VAL035 look-alikes: a ceiling, the deaths to prevent, a change held at none
    ("VAL035", GOAL, "", SOC, "孕产妇死亡率", "≤15/10万", False),
    ("VAL035", GOAL, "", SOC, "特困供养人员非正常死亡率", "＝0%", False),
    ("VAL035", GOAL, "", SOC, "在押人员非正常死亡率", "＝0%", False),
    ("VAL035", GOAL, "", SOC, "婴儿死亡率增长率", "≤0%", False),
    ("VAL035", GOAL, "", SOC, "孕产妇死亡率较上年上升幅度", "≤0%", False),
    ("VAL035", GOAL, "", SOC, "生产安全事故死亡率", "＝0%", False),
    ("VAL035", GOAL, "", SOC, "道路交通事故万车死亡率", "≤0%", False),
    ("VAL035", GOAL, "", SOC, "建筑施工作业人员死亡率", "＝0%", False),
    ("VAL035", GOAL, "", SOC, "中小学生溺水死亡率", "＝0%", False),
    ("VAL035", GOAL, "", SOC, "因工死亡率", "＝0%", False),
    ("VAL035", GOAL, "", SOC, "5岁以下儿童死亡率", "≤8‰", False),
    ("VAL035", GOAL, "", SOC, "新冠病毒感染病死率", "≤0.5%", False),
    ("VAL035", GOAL, "", SOC, "监管场所被监管人员非正常死亡率", "＝0%", False),
    # VAL035 cases it should tell
    ("VAL035", GOAL, "", SOC, "孕产妇死亡率", "0/10万", True),
    ("VAL035", GOAL, "", SOC, "5岁以下儿童死亡率", "＝0‰", True),
    ("VAL035", GOAL, "", SOC, "重症患者病死率", "≤0%", True),
    ("VAL035", GOAL, "", SOC, "危重孕产妇死亡率", "0.00%", True),
    ("VAL035", GOAL, "", SOC, "新生儿死亡率（‰）", "＝0‰", True),
    # VAL036 look-alikes: whom it is fitted for, services, rounds, things not bought
    ("VAL036", GOAL, "", OUT_N, "向困难残疾人配置辅助器械", "≥300人次", False),
    ("VAL036", GOAL, "", OUT_N, "免费为听障人士配置助听设备", "≥300人次", False),
    ("VAL036", GOAL, "", OUT_N, "为特殊困难老年人家庭配置智能设备", "≥500人次", False),
    ("VAL036", GOAL, "", OUT_N, "购买家政服务", "≥500人次", False),
    ("VAL036", GOAL, "", OUT_N, "集中带量采购药品器械", "≥2次", False),
    ("VAL036", GOAL, "", OUT_N, "采购批次", "≥4次", False),
    ("VAL036", GOAL, "", OUT_N, "为老年人配置智能设备", "≥500人次", False),
    ("VAL036", GOAL, "", OUT_N, "配置智能安全监护设备", "＝100户", False),
    ("VAL036", GOAL, "", OUT_N, "其中：购置救护车", "＝2辆", False),
    ("VAL036", GOAL, "", OUT_N, "购置设备使用", "≥500人次", False),
    ("VAL036", GOAL, "", OUT_N, "配备消防器材", "≥200件", False),
    ("VAL036", GOAL, "", OUT_N, "购置设备维修保养", "≥4次", False),
    ("VAL036", GOAL, "", OUT_N, "配备流动服务车", "≥200场次", False),
    ("VAL036", GOAL, "", OUT_N, "给环卫工人配备降温设备", "≥800人次", False),
    # VAL036 cases it should tell
    ("VAL036", GOAL, "", OUT_N, "购置救护车（负压型）", "＝2次", True),
    ("VAL036", GOAL, "", OUT_N, "购置执法车辆", "＝3次", True),
    ("VAL036", GOAL, "", OUT_N, "采购执法记录仪", "≥50次", True),
    ("VAL036", GOAL, "", OUT_N, "配备除颤仪AED", "≥20人次", True),
    ("VAL036", GOAL, "", OUT_N, "购置移动体检车", "≥3000人次", True),
    # VAL037 look-alikes: what the reach brings or costs, per person-time figures
    ("VAL037", GOAL, "", ECO, "带动旅游消费", "≥8000万元", False),
    ("VAL037", GOAL, "", ECO, "门票收入", "≥50万元", False),
    ("VAL037", GOAL, "", ECO, "观众人均消费", "≥200元", False),
    ("VAL037", GOAL, "", ECO, "直播带货销售额", "≥100万元", False),
    ("VAL037", GOAL, "", OUT_Q, "每千次曝光成本", "≤30元", False),
    ("VAL037", GOAL, "", ECO, "宣传推广费用（按曝光量计）", "≤20万元", False),
    ("VAL037", GOAL, "", ECO, "单次播放成本", "≤0.1元", False),
    ("VAL037", GOAL, "", OUT_Q, "低价票补贴每观众人次", "≤30元", False),
    ("VAL037", GOAL, "", OUT_Q, "公益电影放映补贴每观看人次", "≤2元", False),
    ("VAL037", GOAL, "", ECO, "票房收入（观众人次×票价）", "≥30万元", False),
    ("VAL037", GOAL, "", ECO, "人均观看消费", "≥50元", False),
    ("VAL037", GOAL, "", OUT_Q, "观众购票补贴", "≤20万元", False),
    ("VAL037", GOAL, "", ECO, "按观展人次补贴金额", "≤10万元", False),
    # VAL037 cases it should tell
    ("VAL037", GOAL, "", SOC, "宣传推介曝光量", "≥500万元", True),
    ("VAL037", GOAL, "", SOC, "短视频播放次数", "≥100万元", True),
    ("VAL037", GOAL, "", SOC, "新媒体阅读量（次）", "≥10万元", True),
    ("VAL037", GOAL, "", SOC, "惠民演出观众数量", "≥2万元", True),
    ("VAL037", GOAL, "", SOC, "线上观展人数", "≥5万元", True),
    # held out, written after the changes (not tuned on): look-alikes of the widened matching, then true cases
    ("TIME009", "项目建设期2026年3月至2027年6月，2026年完成厂房主体，2027年完成设备安装。", "", OUT_Q, "设备安装完工率", "＝100%", True),
    ("TIME009", "项目实施期2026年4月至2027年8月，2026年完成一号泵站建设、2027年完成二号泵站。", "", OUT_Q, "一号泵站建成率", "＝100%", False),
    ("TIME009", "项目实施期2026年4月至2027年8月，2026年完成泵站基础施工。", "", OUT_Q, "泵站建成率", "＝100%", True),
    ("TIME009", "项目建设期2026年5月至2027年4月，2026年完成校舍改造，2027年完成操场。", "", OUT_Q, "其中：校舍改造完工率", "＝100%", False),
    ("TIME009", "项目建设期2026年5月至2027年4月，2026年推进校舍改造。", "", OUT_Q, "其中：校舍改造完工率", "＝100%", True),
    ("REL019", "2026年全年不出现重大质量安全事故。", "", SOC, "一般质量安全事故", "≤2起", False),
    ("REL019", "2026年全年不发生重大电力安全事故。", "", SOC, "电力安全事故发生起数", "≤3起", False),
    ("REL019", "2026年全年不发生重大电力安全事故。", "", OUT_N, "排查电力安全事故隐患", "≥30处", False),
    ("REL019", "2026年全年不出现较大及以上道路运输安全事故。", "", SOC, "重大道路运输安全事故发生次数", "≤1次", True),
    ("REL019", "2026年辖区杜绝学校食物中毒事件。", "", SOC, "学校食物中毒事件发生起数", "≤1起", True),
    ("CAT024", GOAL, "", SUS, "水利工程运行良好", "是", False),
    ("CAT024", GOAL, "", SUS, "医保系统运行平稳", "是", False),
    ("CAT024", GOAL, "", SUS, "社会治安防控网络运行良好", "是", False),
    ("CAT024", GOAL, "", SUS, "视频监控设备运行正常", "是", True),
    ("CAT024", GOAL, "", SOC, "指挥调度平台运行平稳（是/否）", "是", True),
    ("VAL035", GOAL, "", SOC, "孕产妇死亡率下降", "≤0%", False),
    ("VAL035", GOAL, "", SOC, "婴儿死亡率", "4‰", False),
    ("VAL035", GOAL, "", SOC, "住院患者死亡率", "0%", True),
    ("VAL035", GOAL, "", SOC, "新生儿死亡率", "0‰", True),
    ("VAL035", GOAL, "", SOC, "急诊抢救病死率", "≤0%", True),
    ("VAL036", GOAL, "", OUT_N, "为脱贫户配置光伏设备", "≥200户次", False),
    ("VAL036", GOAL, "", OUT_N, "购置垃圾清运车辆", "＝4辆", False),
    ("VAL036", GOAL, "", OUT_N, "购置设备（含安装调试）", "≥12台", False),
    # missed, left: 机械 is no word the rule reads (机 is)
    ("VAL036", GOAL, "", OUT_N, "采购农业机械（旋耕机）", "≥20次", False),
    ("VAL036", GOAL, "", OUT_N, "配备巡逻车辆", "＝5台次", True),
    ("VAL037", GOAL, "", ECO, "观众数量带动消费", "≥300万元", False),
    ("VAL037", GOAL, "", ECO, "票务收入（观众人次）", "≥20万元", False),
    ("VAL037", GOAL, "", OUT_Q, "每万次浏览量维护成本", "≤50元", False),
    ("VAL037", GOAL, "", SOC, "网络直播观看人次（万）", "≥10万元", True),
    ("VAL037", GOAL, "", SOC, "文化惠民演出观众（人次）", "≥3万元", True),
    # held out a second time, after the fixes the first held-out set asked for
    ("TIME009", "项目实施期2026年4月至2027年8月，2026年完成取水泵站建设，2027年完成输水管道。", "", OUT_Q, "取水泵站建成率", "＝100%", False),
    ("TIME009", "项目实施期2026年4月至2027年8月，2026年开展取水泵站建设。", "", OUT_Q, "取水泵站建成率", "＝100%", True),
    ("TIME009", "项目实施期2026年4月至2027年8月，2026年完成取水泵站建设用地征收。", "", OUT_Q, "取水泵站建成率", "＝100%", True),
    ("CAT024", GOAL, "", SUS, "森林防火监测网络运行良好", "是", True),
    ("CAT024", GOAL, "", SUS, "矛盾纠纷排查调处网络运行顺畅", "是", False),
]


def rules_fired(engine: Any, goal: str, period: str, where: tuple[str, str], name: str, value: str) -> set[str]:
    """The rule ids the built-in pack gives on a one-indicator table."""
    text = TABLE.format(goal=goal, period=f", period: {period}" if period else "", level1=where[0], level2=where[1],
                        name=name, value=value)
    return {f.rule_id for f in engine.check_source(load_text(text, "second_opinion.yaml")).findings}


@pytest.mark.parametrize(("rule", "goal", "period", "where", "name", "value", "told"), CASES)
def test_second_opinion(engine, rule: str, goal: str, period: str, where: tuple[str, str],  # type: ignore[no-untyped-def]
                        name: str, value: str, told: bool) -> None:
    assert (rule in rules_fired(engine, goal, period, where, name, value)) is told

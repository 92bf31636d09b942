"""A second opinion on the checks added in the s21 leftovers round (VAL038, VAL039, VAL018's 学时, REL008's variants,
REL018's 每学期, FUND007's month_line and note_room, TIME006, TIME008): look-alikes a careful department writes,
which must stay quiet, and cases the checks should tell. The ones marked "fixed" drew (or missed) the rule before
this round: an area as a sign's or a pond's unit, a bracketed scope ending the name (VAL038), a standard changed
mid-year or a level's share (FUND007 month_line), a note naming what its product leaves out (note_room), the goal
dating the row's work itself before the works start (TIME006), 结余资金收回 and a goal's 后续 work (TIME008)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

UNITS = """version: 1
project: {{name: 2026年乡村振兴综合项目, year: 2026, department: 县农业农村局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年完成项目建设任务，群众满意度达到90%以上。
indicators:
  {level1}:
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 群众满意度, value: ≥90%}}
"""
COST = ("成本指标", "经济成本指标")


def _unit_rules(engine: Any, name: str, value: str, level: tuple[str, str] = ("产出指标", "数量指标")) -> set[str]:
    text = UNITS.format(name=name, value=value, level1=level[0], level2=level[1])
    return {f.rule_id for f in engine.check_source(load_text(text, "second.yaml")).findings}


# VAL038: 15 look-alikes (2 drew it before: the area units), 4 misses (2 told before: the bracketed names)
@pytest.mark.parametrize(("name", "value"), [
    ("制作安装户外宣传牌", "≥200平方米"),  # fixed: billboards are bought by the square metre
    ("整治山塘", "≥120亩"),  # fixed: a pond told by its water
    ("聘用生态护林员", "＝120人"),
    ("培训村级防疫员（含线上）", "≥200人次"),
    ("其中：聘用脱贫人口护林员", "＝80人"),
    ("选聘乡村公益性岗位人员", "≥45名"),
    ("加固塘坝", "≥3座"),
    ("新建水库", "＝1座（库容50万立方米）"),
    ("配备村级动物防疫员", "≥1名/村"),
    ("引进急需紧缺人才", "≥5人（其中博士1人）"),
    ("设置交通标志牌", "≥120块（套）"),
    ("更换界桩", "＝60根"),
    ("新建塘坝", "≥500立方米"),
    ("配备学校安保人员", "≥2人/校"),
])
def test_val038_look_alikes(engine: Any, name: str, value: str) -> None:
    assert "VAL038" not in _unit_rules(engine, name, value)


@pytest.mark.parametrize(("name", "value"), [
    ("培训文艺创作人才（含线上）", "≥100场次"),  # fixed: the bracket hid the name's end
    ("设置警示牌（含界标）", "≥60米"),  # fixed
    ("聘用保洁员", "＝28户"),
    ("招聘护林员", "≥30户"),
])
def test_val038_misses_told(engine: Any, name: str, value: str) -> None:
    assert "VAL038" in _unit_rules(engine, name, value)


# held out, written after the bracket was read (a widening): 0 of 5 look-alikes told, 3 of 3 true cases told
@pytest.mark.parametrize(("name", "value", "told"), [
    ("聘用村级护林员（脱贫人口）", "＝60人", False),
    ("培训基层文艺骨干人才（含线上）", "≥300人次", False),
    ("设置安全警示牌（含更换）", "≥80块", False),
    ("新建小型水库（续建）", "＝2座", False),
    ("配备乡村保洁员（按行政村）", "≥1名/村", False),
    ("招聘乡村医生人才（定向）", "≥12场次", True),
    ("设置森林防火宣传牌（新建）", "≥300米", True),
    ("聘用河道保洁员（公益岗）", "＝40户", True),
])
def test_val038_held_out(engine: Any, name: str, value: str, told: bool) -> None:
    assert ("VAL038" in _unit_rules(engine, name, value)) is told


# VAL039 (0 of 15 look-alikes, 4 of 4 misses) and VAL018's 学时 (0 of 11, 3 of 3): kept as measured
@pytest.mark.parametrize(("name", "value", "rule", "level"), [
    ("每生每天营养膳食补助标准（每学年按200天计）", "＝5元/人·天", "VAL039", COST),
    ("每生每天补助5元，每学期补助标准", "＝500元/人·学期", "VAL039", COST),
    ("补助标准（每人每月300元）", "＝3600元/人·年", "VAL039", COST),
    ("每月平均到岗天数", "≥22天/月", "VAL039", ("产出指标", "数量指标")),
    ("每户每年补助（按每月100元计）", "＝1200元/户·年", "VAL039", COST),
    ("送教上门课时", "≥200节", "VAL018", ("产出指标", "数量指标")),
    ("继续教育学时（学分）", "≥90学分", "VAL018", ("产出指标", "数量指标")),
    ("开展40学时以上培训人次", "≥1000人次", "VAL018", ("产出指标", "数量指标")),
    ("参加64学时集中培训人员", "≥120人", "VAL018", ("产出指标", "数量指标")),
])
def test_period_and_class_hour_look_alikes(engine: Any, name: str, value: str, rule: str,
                                          level: tuple[str, str]) -> None:
    assert rule not in _unit_rules(engine, name, value, level)


@pytest.mark.parametrize(("name", "value", "rule", "level"), [
    ("生均每天膳食补助（标准）", "＝5元/人·学期", "VAL039", COST),
    ("每人每天误餐补助", "＝100元/人·月", "VAL039", COST),
    ("人均培训课时", "≥40人次", "VAL018", ("产出指标", "数量指标")),
])
def test_period_and_class_hour_misses_told(engine: Any, name: str, value: str, rule: str,
                                           level: tuple[str, str]) -> None:
    assert rule in _unit_rules(engine, name, value, level)


GOALS = """version: 1
project: {{name: 2026年教育民生项目, year: 2026, department: 县教育局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    {level2}:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _goal_told(engine: Any, rule: str, goal: str, name: str, value: str, level2: str) -> bool:
    text = GOALS.format(goal=goal, name=name, value=value, level2=level2)
    return any(f.rule_id == rule for f in engine.check_source(load_text(text, "second.yaml")).findings)


# REL008 (0 of 30 look-alikes) and REL018 (0 of 10): a sample of those measured, kept
@pytest.mark.parametrize(("rule", "goal", "name", "value", "level2"), [
    ("REL008", "2026年为约4.2万名学生提供营养膳食补助，其中寄宿学生4200人。", "其中：寄宿学生人数", "≥4200人", "数量指标"),
    ("REL008", "2026年服务辖区老年人约1万人，其中为失能老年人1000人提供上门服务。", "上门服务失能老年人", "≥1000人", "数量指标"),
    ("REL008", "2026年建成绿道12公里，惠及沿线约8万居民。", "受益居民（万人）", "≥8", "数量指标"),
    ("REL008", "2026—2028年累计培训农民约1.2万人次，2026年培训农民1200人次。", "培训农民", "≥1200人次", "数量指标"),
    ("REL008", "2026年开展课后服务，每天不少于2小时，书面作业时长不超过1小时，体育活动不少于1小时。", "书面作业时长",
     "≤1小时", "质量指标"),
    ("REL008", "2026年课后服务每天不少于2小时，延时托管每天不超过2小时。", "延时托管时长", "≤2小时", "质量指标"),
    ("REL008", "2026年本科生按每生每年3300元、研究生按每生每学期3000元资助。", "研究生资助标准", "＝3000元/生·学期",
     "成本指标"),
    ("REL008", "2026年按每生每年2500元（春季学期1250元、秋季学期1250元）资助。", "春季学期资助标准",
     "＝1250元/生·学期", "成本指标"),
    ("REL018", "2026年开展视力筛查，每学期筛查1次。", "视力筛查频次", "每年2次", "质量指标"),
    ("REL018", "2026年每学期开展1次视力筛查、1次口腔检查。", "口腔检查频次", "每学期1次", "质量指标"),
    ("REL018", "2026年开展视力筛查，每学期1次（春、秋季学期各1次）。", "视力筛查次数", "≥2次", "数量指标"),
])
def test_goal_look_alikes(engine: Any, rule: str, goal: str, name: str, value: str, level2: str) -> None:
    assert not _goal_told(engine, rule, goal, name, value, level2)


FUNDS = """version: 1
project: {{name: 2026年小型水库巡查管护经费, year: 2026, department: 县水务局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 聘用巡查管护人员, value: "＝36人"}}
  成本指标:
    经济成本指标:
{costs}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""
GOAL = "2026年聘用巡查管护员对全县36座小型水库开展日常巡查，每人每月发放补助，确保水库安全度汛。"
RATE = '      - {name: 管护人员补助标准, value: "＝1000元/人·月"}'


def _fund_told(engine: Any, costs: str, goal: str, word: str) -> bool:
    text = FUNDS.format(goal=goal, costs=costs)
    return any(f.rule_id == "FUND007" and word in f.message_zh
               for f in engine.check_source(load_text(text, "second.yaml")).findings)


def _line(amount: str) -> str:
    return f'      - {{name: 巡查管护人员补助, value: "{amount}"}}\n' + RATE


# month_line: 12 look-alikes, 2 drew it before (fixed: the standard changed mid-year, a level's share)
@pytest.mark.parametrize(("amount", "goal"), [
    ("＝47.52万元", "2026年聘用巡查管护员36人，1-6月每人每月1000元，7-12月每人每月1200元。"),  # fixed
    ("＝8.64万元", "2026年聘用巡查管护员36人，中央资金每人每月1000元中本级负担20%。"),  # fixed
    ("＝21.6万元", "2026年7月起聘用巡查管护员36人，按月发放补助，确保水库安全度汛。"),  # six whole months
    ("＝43.2万元", GOAL),
])
def test_month_line_look_alikes(engine: Any, amount: str, goal: str) -> None:
    assert not _fund_told(engine, _line(amount), goal, "与标准不符")


def test_month_line_still_tells_a_slip(engine: Any) -> None:
    assert _fund_told(engine, _line("＝52.8万元"), GOAL, "与标准不符")


# held out, written after the fix: 2 of 2 quiet; the true case (a range of other work) was missed at first and the
# range narrowed to one followed by its standard, so it is no longer held out
@pytest.mark.parametrize(("amount", "goal", "told"), [
    ("＝45.6万元", "2026年聘用巡查管护员36人，1—4月每人每月1000元，5—12月每人每月1100元。", False),
    ("＝21.6万元", "2026年聘用巡查管护员36人，省级每人每月1000元，县级配套50%。", False),
    ("＝60万元", "2026年聘用巡查管护员36人，每人每月1000元，汛期6-9月增加巡查频次。", True),
])
def test_month_line_held_out(engine: Any, amount: str, goal: str, told: bool) -> None:
    assert _fund_told(engine, _line(amount), goal, "与标准不符") is told


def _noted(engine: Any, value: str, note: str) -> bool:
    return _fund_told(engine, f'      - {{name: 灯具采购安装费, value: "{value}", note: "{note}"}}', GOAL, "余量")


# note_room: 10 look-alikes, 4 drew it before, 1 after (≤1.8万元 of 3个月×5000元/月 keeps a fifth: its design)
@pytest.mark.parametrize(("value", "note"), [
    ("≤50万元", "1000套×300元/套（不含运输安装）"),  # fixed
    ("≤40万元", "1000套×300元/套+运输费"),  # fixed
    ("≤48万元", "400套×1000元/套（不含税）"),  # fixed
    ("≤60万元", "其中：灯具200套×2000元/套，安装费另计"),
    ("≤36万元", "1000套×300元/套，预留20%价格波动"),
    ("≤180万元", "3600套×300元/套，另含安装调试费"),
])
def test_note_room_look_alikes(engine: Any, value: str, note: str) -> None:
    assert not _noted(engine, value, note)


@pytest.mark.parametrize(("value", "note"), [("≤200万元", "3600套×300元/套"), ("≤70万元", "2000套×300元/套（财政评审价）"),
                                             ("≤1.3万元", "20盏×500元/盏")])
def test_note_room_misses_told(engine: Any, value: str, note: str) -> None:
    assert _noted(engine, value, note)


# held out, written after the fix: 3 of 3 right
@pytest.mark.parametrize(("value", "note", "told"), [("≤30万元", "500套×500元/套（安装费另行结算）", False),
                                                     ("≤60万元", "1000套×450元/套（未含基础施工）", False),
                                                     ("≤80万元", "500套×1000元/套", True)])
def test_note_room_held_out(engine: Any, value: str, note: str, told: bool) -> None:
    assert _noted(engine, value, note) is told


TIMES = """version: 1
project: {{name: 2026年项目, year: 2026, department: 县农业农村局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""
APPLY = "2026年发放农机购置补贴，补贴申请自2026年3月1日起受理，12月20日前兑付完毕。"
WORKS = "全县废弃矿山图斑20个，2026年4月开工，修复治理面积1500亩，植树12万株，11月30日前完工。"
PERIOD = "项目实施期为2026年3月至2026年9月。2026年为208个农家书屋补充更新出版物1.25万册，"


def _time_told(engine: Any, rule: str, goal: str, name: str, value: str) -> bool:
    text = TIMES.format(goal=goal, name=name, value=value)
    return any(f.rule_id == rule for f in engine.check_source(load_text(text, "second.yaml")).findings)


# TIME006: 12 look-alikes, 1 drew it before (fixed: the goal dates the planting itself before the start); 3 of 3 told
@pytest.mark.parametrize(("goal", "name", "value"), [
    ("2026年4月开工建设高标准农田1万亩，配套开展冬春植树造林，植树造林于3月底前完成。", "植树造林完成时间", "2026年3月31日前"),
    (APPLY, "补贴资金下达时间", "2026年2月28日前"),
    (APPLY, "省级补贴资金预拨时间", "2026年2月28日前"),
    (WORKS, "苗木育苗完成时间", "2026年3月31日前"),
    ("一期工程2026年2月开工，二期工程2026年6月开工，全年植树造林3000亩，11月底前完工。", "一期植树造林完成时间",
     "2026年5月31日前"),
    ("续建项目已于2025年10月开工，2026年4月复工，全年完成生态修复500亩。", "生态修复施工完成时间", "2026年3月31日前"),
    ("2026年（2021年框架）实施矿山修复，4月开工，其中：清表工程3月完成，植树造林11月完成。", "清表工程完成时间",
     "2026年3月31日前"),
])
def test_time006_look_alikes(engine: Any, goal: str, name: str, value: str) -> None:
    assert not _time_told(engine, "TIME006", goal, name, value)


@pytest.mark.parametrize(("goal", "name", "value"), [
    ("2026年4月1日起受理家庭农场奖补申请，年内奖补家庭农场50家。", "奖补资金兑付完成时间", "2026年3月31日前"),
    ("全县废弃矿山（约20个图斑）修复，2026年4月开工，11月30日前完工。", "矿山修复施工完成时间", "2026年3月20日前"),
    ("补贴申请于2026年3月1日开始受理（全年受理），年底前兑付。", "补贴资金兑付时间", "2026年2月28日前"),
])
def test_time006_told(engine: Any, goal: str, name: str, value: str) -> None:
    assert _time_told(engine, "TIME006", goal, name, value)


# held out, written after the fix: 4 of 5 right at first (the goal's clause dating the work's 招标 quieted it); a
# clause dating what readies the work no longer counts, so that case is no longer held out
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2026年5月开工建设污水管网8公里，同步实施的绿化补植于4月底前完成。", "绿化补植完成时间", "2026年4月30日前", False),
    ("2026年6月开工，改造老旧小区12个；其中屋面防水改造3月已完成招标。", "屋面防水改造完成时间", "2026年5月31日前", True),
    ("2026年4月开工，治理水土流失面积20平方公里，11月底前完工，植树造林年内完成。", "植树造林完成时间", "2026年3月31日前",
     True),
    ("2026年4月开工，新建堤防3公里，堤防绿化于2026年12月完成。", "堤防绿化完成时间", "2026年3月31日前", True),
    ("2026年3月开工，修复矿山10处；2025年12月已完成一期植树造林。", "植树造林完成时间", "2026年2月28日前", False),
])
def test_time006_held_out(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _time_told(engine, "TIME006", goal, name, value) is told


# TIME008 (a preview): 10 look-alikes, 2 drew it before (fixed: 结余资金收回, a goal's 后续 work); 2 of 3 told
@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (PERIOD + "10月至11月开展阅读推广活动（后续活动）。", "阅读推广后续活动完成时间", "2026年11月30日前", False),  # fixed
    (PERIOD + "其中：12月底前完成结余资金收回。", "结余资金收回时间", "2026年12月31日前", False),  # fixed
    (PERIOD + "10月开展绩效自评，11月接受审计。", "出版物配送完成时间", "2026年9月30日前", False),
    (PERIOD + "9月底前完成配送，10月底前完成验收。", "验收完成时间", "2026年10月31日前", False),
    (PERIOD + "12月底前完成书屋管理员培训。", "书屋管理员培训完成时间", "2026年12月31日前", True),
    (PERIOD + "出版物于10月31日前配送到位。", "出版物配送完成时间", "2026年10月31日前", False),  # missed: a month's grace
])
def test_time008(preview_engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert _time_told(preview_engine, "TIME008", goal, name, value) is told

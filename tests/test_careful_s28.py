"""Careful round s28: last session's widenings with no careful round of their own read against correct usage —
REL008's five new readings (a duration floor of the goal asked lower, 公示不少于30日: ≥15日; a count over the whole
the goal raises a place's things to, 由8座增至10座: ＝12座; over those it says were found or built already, 已排查的
320个: ＝350个; an exact count over the goal's exact count, 消除2处: ＝4处; a volume set as a mass, 2万立方米: ≥2万吨),
VAL047 (a cost line under the amounts its note lists, ≤742万元 noted 2座，A库452万元、B库330万元) and the yields_to
mechanism (REL046→VAL006/VAL015, SAT001→VAL003, CAT005→CAT006: the yielded rule switched off, lowered to a notice, or
telling another row). Each correct variant (a 2027 table a good department writes) must draw no finding of its
reading's rule, or keep the finding a yield must not drop; one true variant each must still be told. With them the
careful tables g788–g797 (tests/test_sector_rules.py: none of these readings spoke on them).

44 correct variants and 6 true of the readings: 2 false findings at first, both the duration floor's (a sentence giving
公示 two floors, 实施前…不少于7日，竣工后…不少于15日, held a row of one stage to the other's), 0 of the 6 true missed;
0 and 0 after (each floor held only by a row naming its own clause's words). 15 yield variants (4 where the drop is
due, 11 where a finding must stay): all right at the first run. Held out, written after the fix: 13 of 15 right at
the first run (an exact count over the goal's, ＝18座 for 已建成的15座 plus 新建3座, a whole and its new ones; VAL047
missing 2栋，1号厂房…), both fixed since."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.engine import Engine
from ggtlint.engine.config import Config
from ggtlint.findings import Severity
from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# each reading: the rule and the words its message holds (REL008's other readings speak in other words)
MARK = {"floor": ("REL008", "不少于"), "raised": ("REL008", "比总数还多"), "done": ("REL008", "比总数还多"),
        "exact": ("REL008", "对应的指标"), "measure": ("REL008", "一个是体积、一个是质量"), "VAL047": ("VAL047", "")}
V: list[tuple[str, str, dict[str, list[Row]], bool]] = []


def v(reading: str, goal: str, told: bool = False, **rows: list[Row]) -> None:
    """A variant: the reading it is about, the goal, the rows by place (others kept plain), whether it is told."""
    V.append((reading, goal, rows, told))


_SATISFIED = "{name: 服务对象满意度, value: ≥90%}"


def _findings(engine: Engine, goal: str, rows: dict[str, list[Row]]) -> list[Any]:
    """The findings on a 2027 table of ``goal`` and ``rows``; a ``satisfaction`` row replaces the table's own."""
    rows = dict(rows)
    satisfaction = rows.pop("satisfaction", [])
    text = table_2027(goal, **rows)
    if satisfaction:
        text = text.replace(_SATISFIED, "\n      - ".join(f'{{name: {name}, value: "{value}"}}'
                                                            for name, value in satisfaction))
    return engine.check_source(load_text(text, "careful_s28.yaml")).findings


# ---------------------------------------------------------------- a duration floor of the goal (公示不少于30日)
v("floor", "2027年完成3个村庄规划编制，规划成果公示不少于30日。", quality=[("规划成果公示时间", "≥30日")])
v("floor", "2027年完成3个村庄规划编制，规划成果公示不少于30日。", quality=[("规划成果公示时间", "＝30日")])
v("floor", "2027年实施村内道路硬化，项目实施前公示不少于7日，竣工后公示不少于15日。",
  quality=[("实施前公示时间", "≥7日"), ("竣工后公示时间", "≥15日")])
v("floor", "2027年实施村内道路硬化，项目实施前公示不少于7日，竣工后公示不少于15日。",
  quality=[("实施前公示时间", "≥10日")])
v("floor", "2027年低保对象名单公示不少于7日，资金发放前公示不少于5日。", quality=[("资金发放前公示时间", "≥5日")])
v("floor", "2027年开展工程招标，招标公告发布不少于20日，中标候选人公示不少于3日。",
  quality=[("中标候选人公示期", "≥3日")])
v("floor", "2027年每个监测点每月监测不少于2次，每次连续采样不少于3天。", quality=[("每次连续采样时间", "≥3天")])
v("floor", "2027年培训新任教师200名，岗前培训不少于5天，全年参训不少于72学时。",
  quality=[("新任教师岗前培训时间", "≥5天"), ("全年参训学时", "≥72学时")])
v("floor", "2027年完成3个村庄规划编制，村庄规划成果公示不少于30日。", told=True,
  quality=[("规划成果公示时间", "≥15日")])

# ---------------------------------------------------------------- a place's whole raised (由8座增至10座)
v("raised", "2027年新建乡镇污水处理站2座，全县乡镇污水处理站由13座增至15座。",
  counts=[("新建乡镇污水处理站", "＝2座"), ("运维乡镇污水处理站", "＝15座")])
v("raised", "2027年全县公共充电桩由1200个增至1500个，新建公共充电桩300个。", counts=[("新建公共充电桩", "≥300个")])
v("raised", "2027年全市城市书房由20家增至26家，年接待读者不少于50万人次。",
  counts=[("新建城市书房", "＝6家")], benefits=[("城市书房年接待读者", "≥50万人次")])
v("raised", "2027年全县村级寄递物流服务站由150个增至180个，每个服务站配备智能快递柜1组。",
  counts=[("新建村级寄递物流服务站", "＝30个"), ("配备智能快递柜", "＝180组")])
v("raised", "2027年全县基准站由8座增至10座。", counts=[("运维基准站", "＝10座"), ("基准站年度巡检", "≥40次")])
v("raised", "2027年全县标准化考场由40个增至52个，其中新建12个。",
  counts=[("新建标准化考场", "＝12个"), ("标准化考场视频监控接入", "＝52个")])
v("raised", "2027年全区养老服务中心由6个增至9个，服务老年人由1.2万人次增至1.5万人次。",
  benefits=[("养老服务中心年服务老年人", "≥1.5万人次")])
v("raised", "2027年全县农村客运招呼站由200个增至240个，新建招呼站40个。", told=True,
  counts=[("新建农村客运招呼站", "＝40个"), ("维护农村客运招呼站", "＝260个")])

# ---------------------------------------------------------------- a whole found or built already (已排查的320个)
v("done", "2027年对已排查的320个入河排污口开展溯源，完成整治150个。",
  counts=[("完成溯源的入河排污口", "＝320个"), ("完成整治入河排污口", "≥150个")])
v("done", "2027年对已建成的30座农村污水处理站开展运维，新建农村污水处理站5座。",
  counts=[("运维农村污水处理站", "＝35座"), ("新建农村污水处理站", "＝5座")])
v("done", "2027年对已建成的25个在线监测点开展运行维护，新建在线监测点15个。",
  counts=[("运维在线监测点", "＝25个"), ("新建在线监测点", "＝15个")])
v("done", "2027年对已登记的52座小型水库开展安全鉴定，完成鉴定52座。", counts=[("完成安全鉴定小型水库", "＝52座")])
v("done", "2027年对已认定的36处历史建筑开展测绘建档，并对其中10处开展修缮。",
  counts=[("完成测绘建档历史建筑", "＝36处"), ("修缮历史建筑", "＝10处")])
v("done", "2027年对已排查的80处地质灾害隐患点开展专业监测，汛期新发现的隐患点一并纳入监测。",
  counts=[("专业监测地质灾害隐患点", "≥80处")])
v("done", "2027年对已发现的60处违法用地开展整改，整改到位后逐宗复核。", counts=[("违法用地整改复核", "＝60处")])
v("done", "2027年对已建成的40座农村公厕开展管护。", told=True, counts=[("管护农村公厕", "＝48座")])

# ---------------------------------------------------------------- an exact count over the goal's (消除2处: ＝4处)
v("exact", "2027年完成4处历史遗留矿山生态修复。", benefits=[("历史遗留矿山生态修复", "＝4处")])
v("exact", "2027年新建乡镇污水处理站3座，日处理能力合计1500吨。", benefits=[("新建乡镇污水处理站投运", "≥3座")])
v("exact", "2027年新建公厕10座、改造公厕20座。",
  counts=[("新建公厕", "＝10座"), ("改造公厕", "＝20座")], benefits=[("公厕投入使用", "＝30座")])
v("exact", "2027年消除2处尾矿库溃坝隐患，受保护下游群众1200人。",
  benefits=[("消除尾矿库溃坝隐患", "＝2处"), ("受保护下游群众", "≥1200人")])
v("exact", "2027年为每个村配备保洁员2名，全县共配备保洁员120名。", counts=[("配备农村保洁员", "＝120名")])
v("exact", "2027年完成3座病险水库除险加固，其中中型1座、小型2座。",
  counts=[("中型病险水库除险加固", "＝1座"), ("病险水库除险加固", "＝3座")])
v("exact", "2027年消除2处地质灾害隐患，搬迁受威胁群众36户。",
  benefits=[("消除地质灾害隐患", "＝2处"), ("搬迁受威胁群众", "＝36户")])
v("exact", "2027年完成2处尾矿库闭库治理，消除2处尾矿库环境风险隐患。", told=True,
  benefits=[("消除尾矿库环境风险隐患", "＝3处")])

# ---------------------------------------------------------------- a volume kept a volume (2万立方米, not 2万吨)
v("measure", "2027年完成河道清淤2万立方米，清淤底泥外运处置3万吨。",
  counts=[("河道清淤量", "≥2万立方米"), ("清淤底泥外运处置量", "≥3万吨")])
v("measure", "2027年清运建筑垃圾3万吨，约合2万立方米。", counts=[("建筑垃圾清运量", "≥3万吨")])
v("measure", "2027年河道清淤2万立方米，清运河道垃圾2万吨。",
  counts=[("河道清淤量", "≥2万立方米"), ("清运河道垃圾", "≥2万吨")])
v("measure", "2027年新建雨水调蓄池2座，总容积2万立方米。", counts=[("新建雨水调蓄池容积", "≥2万立方米")],
  benefits=[("年调蓄雨水量", "≥2万吨")])
v("measure", "2027年年处理餐厨垃圾1.5万吨、废弃油脂300吨。", counts=[("餐厨垃圾处理量", "≥1.5万吨")])
v("measure", "2027年完成土方开挖3万立方米，外运弃土3万立方米。",
  counts=[("土方开挖量", "≥3万立方米"), ("外运弃土", "≥3万立方米")])
v("measure", "2027年水库清淤8000立方米，淤泥脱水后外运8000吨。", counts=[("淤泥脱水后外运量", "≥8000吨")])
v("measure", "2027年完成塘坝清淤1.2万立方米。", told=True, counts=[("塘坝清淤量", "≥1.2万吨")])

# ---------------------------------------------------------------- VAL047 (a cost line at its note's parts)
_WORKS = "2027年实施农村基础设施建设。"
v("VAL047", _WORKS, costs=[("乡镇污水处理站建设费", "≤782万元", "2座，城关站452万元、河西站330万元")])
v("VAL047", _WORKS, costs=[("危桥改造工程费", "≤540万元", "2座，东门桥280万元、西河桥260万元")])
v("VAL047", _WORKS, costs=[("山塘整治费", "＝95万元", "3处，石门塘30万元、李家塘30万元、新塘35万元")])
v("VAL047", _WORKS, costs=[("村级综合服务中心改造费", "≤60万元", "2个村，A村30万元、B村30万元")])
v("VAL047", _WORKS, costs=[("病险水库除险加固费", "≤900万元", "3座，其中中央补助600万元、县级配套300万元")])
v("VAL047", _WORKS, costs=[("尾矿库治理工程费", "≤800万元", "2座，长兴库452万元、木树库330万元，预留不可预见费18万元")])
v("VAL047", _WORKS, costs=[("道路硬化工程费", "≤450万元",
                             "3条，甲路1.5公里150万元、乙路1.2公里120万元、丙路1.8公里180万元")])
v("VAL047", _WORKS, costs=[("村庄路灯安装费", "≤12万元", "2个村，东村60000元、西村60000元")])
v("VAL047", _WORKS, told=True, costs=[("山塘整治费", "≤90万元", "3处，石门塘30万元、李家塘30万元、新塘35万元")])


def _told(engine: Engine, reading: str, goal: str, rows: dict[str, list[Row]]) -> bool:
    rule, marker = MARK[reading]
    return any(f.rule_id == rule and marker in f.message_zh for f in _findings(engine, goal, rows))


@pytest.mark.parametrize(("reading", "goal", "rows", "told"), V, ids=[f"{case[0]}-{n}" for n, case in enumerate(V)])
def test_correct_usage_draws_no_finding_of_the_reading(engine: Any, reading: str, goal: str,
                                                       rows: dict[str, list[Row]], told: bool) -> None:
    if told:
        assert _told(engine, reading, goal, rows)
    else:  # quiet: not the reading's words only, no finding of its rule at all
        rule = MARK[reading][0]
        found = [f.message_zh for f in _findings(engine, goal, rows) if f.rule_id == rule]
        assert not found, found


# ---------------------------------------------------------------- yields_to: one defect, one finding — no fewer
_DEFECT = "2027年新生儿出生缺陷发生率控制在1.1%以下，城镇污水收集率达到70%以上。"
_REVERSED = ("新生儿出生缺陷发生率", "≥1.1%")  # VAL006 tells it by its name, REL046 against the goal
_RIGHT = ("新生儿出生缺陷发生率", "≤1.1%")
_OVER = ("孕产妇满意度", "≥105%")  # VAL003's error; SAT001 (难以核实) yields to it
_TOILETS = "2027年新建农村公厕10座。"
_OUTPUT = ("新建农村公厕投入使用", "＝10座")  # an output under benefits: CAT006; CAT005 (the output's figure again) yields
Y: list[tuple[dict[str, Any], str, dict[str, list[Row]], list[tuple[str, str]]]] = []


def y(config: dict[str, Any], goal: str, rows: dict[str, list[Row]], told: list[tuple[str, str]]) -> None:
    """A yield variant: the configuration, the table, and the (rule, row name) findings of the yield pairs wanted."""
    Y.append((config, goal, rows, told))


# REL046 → VAL006, VAL015
y({}, _DEFECT, {"benefits": [_REVERSED]}, [("VAL006", _REVERSED[0])])  # true: told once
y({"ignore": ["VAL006"]}, _DEFECT, {"benefits": [_REVERSED]}, [("REL046", _REVERSED[0])])
y({"select": ["REL", "SAT", "CAT"]}, _DEFECT, {"benefits": [_REVERSED]}, [("REL046", _REVERSED[0])])
y({"per_file_ignores": {"careful_s28.yaml": ["VAL006"]}}, _DEFECT, {"benefits": [_REVERSED]},
  [("REL046", _REVERSED[0])])
y({"severity": {"VAL006": Severity("info")}}, _DEFECT, {"benefits": [_REVERSED]},
  [("REL046", _REVERSED[0]), ("VAL006", _REVERSED[0])])  # a notice silences no warning
y({}, _DEFECT, {"benefits": [_RIGHT, ("城镇污水收集率", "≤70%")]}, [("REL046", "城镇污水收集率")])  # another row
y({}, _DEFECT, {"benefits": [_REVERSED, ("城镇污水收集率", "≤70%")]},
  [("VAL006", _REVERSED[0]), ("REL046", "城镇污水收集率")])
# SAT001 → VAL003 (the table's satisfaction row)
y({}, _TOILETS, {"satisfaction": [_OVER]}, [("VAL003", _OVER[0])])  # true: told once, as VAL003's error
y({"ignore": ["VAL003"]}, _TOILETS, {"satisfaction": [_OVER]}, [("SAT001", _OVER[0])])
# (SAT001 tells it as a notice: VAL003 lowered to one still silences it, at its level; raised, SAT001 stays)
y({"severity": {"VAL003": Severity("info")}}, _TOILETS, {"satisfaction": [_OVER]}, [("VAL003", _OVER[0])])
y({"severity": {"VAL003": Severity("info"), "SAT001": Severity("warning")}}, _TOILETS, {"satisfaction": [_OVER]},
  [("SAT001", _OVER[0]), ("VAL003", _OVER[0])])
y({}, _TOILETS, {"satisfaction": [_OVER, ("村民满意度", "＝100%")]},
  [("VAL003", _OVER[0]), ("SAT001", "村民满意度")])  # another row keeps its own
# CAT005 → CAT006 (both notices: CAT006 says where the row belongs, CAT005 its figure again)
_BUILT = ("建成农村公厕", "＝10座")
y({}, _TOILETS, {"counts": [("新建农村公厕", "＝10座")], "benefits": [_BUILT]}, [("CAT006", _BUILT[0])])  # true
y({"ignore": ["CAT006"]}, _TOILETS, {"counts": [("新建农村公厕", "＝10座")], "benefits": [_BUILT]},
  [("CAT005", _BUILT[0])])
y({}, _TOILETS, {"counts": [("新建农村公厕", "＝10座")], "benefits": [_BUILT, ("新建农村公厕投入使用", "＝10座")]},
  [("CAT006", _BUILT[0]), ("CAT005", "新建农村公厕投入使用")])  # another row keeps its own

_PAIRS = {"REL046", "VAL006", "VAL015", "SAT001", "VAL003", "CAT005", "CAT006"}
_ENGINES: dict[str, Engine] = {}


def _engine(config: dict[str, Any]) -> Engine:
    """The engine of a configuration, built once for the file (several variants share one)."""
    key = repr(sorted(config.items()))
    if key not in _ENGINES:
        _ENGINES[key] = Engine.build(Config(**config))
    return _ENGINES[key]


@pytest.mark.parametrize(("config", "goal", "rows", "told"), Y, ids=[f"yield-{n}" for n in range(len(Y))])
def test_a_yield_drops_only_the_same_defect_told_twice(config: dict[str, Any], goal: str,
                                                       rows: dict[str, list[Row]], told: list[tuple[str, str]]) -> None:
    engine = _engine(config)
    found = sorted((f.rule_id, f.value.split("\x1f")[0]) for f in _findings(engine, goal, rows) if f.rule_id in _PAIRS)
    assert found == sorted(told), found


# held out: written after the fix, run once, not tuned on (told = the reading speaks; for a yield, the findings kept).
# 13 of 15 right at the first run: held-done-5 told (REL008's exact count over the goal's 15座, which the row's ＝18座
# adds to the year's 新建3座: a whole there already with the new ones after it is no other count since) and VAL047 missing
# 2栋，1号厂房900万元… (栋 and a numbered name read since: the look-alikes below)
HELD_OUT: list[tuple[str, str, dict[str, list[Row]], bool]] = [
    ("floor", "2027年开展项目实施前公示不少于7日，竣工后公示不少于15日。", {"quality": [("竣工后公示时间", "≥10日")]}, True),
    ("floor", "2027年对拟资助学生名单公示不少于5个工作日，资助资金发放后公示不少于7日。",
     {"quality": [("资助资金发放后公示时间", "≥7日")]}, False),
    ("floor", "2027年采购公告公示不少于5日。", {"quality": [("采购公告公示期", "≥3日")]}, True),
    ("raised", "2027年全县农村电商服务站点由60个增至80个，新建站点20个。",
     {"counts": [("运营农村电商服务站点", "＝80个"), ("新建农村电商服务站点", "＝20个")]}, False),
    ("raised", "2027年全县标准化卫生室由120个增至140个。", {"counts": [("运行维护标准化卫生室", "＝150个")]}, True),
    ("done", "2027年对已建成的15座农村饮水工程开展水质检测，新建工程3座。",
     {"counts": [("水质检测农村饮水工程", "＝18座")]}, False),
    ("done", "2027年对已排查的45处危旧房开展鉴定。", {"counts": [("完成鉴定危旧房", "＝50处")]}, True),
    ("exact", "2027年完成6处农村饮用水水源地规范化建设。", {"benefits": [("农村饮用水水源地规范化建设", "＝8处")]}, True),
    ("exact", "2027年改造农村危房120户，其中C级80户、D级40户。",
     {"counts": [("改造农村危房", "＝120户"), ("改造C级危房", "＝80户")]}, False),
    ("measure", "2027年完成灌区渠道清淤3万立方米。", {"counts": [("渠道清淤量", "≥3万吨")]}, True),
    ("measure", "2027年新建蓄水池20口，总容积1.2万立方米，年供水量1.2万吨。",
     {"counts": [("新建蓄水池容积", "≥1.2万立方米")], "benefits": [("年供水量", "≥1.2万吨")]}, False),
    ("VAL047", _WORKS, {"costs": [("农村公路提质改造费", "≤620万元", "3条，甲线200万元、乙线230万元、丙线190万元")]}, False),
    ("VAL047", _WORKS, {"costs": [("标准化厂房建设费", "≤1500万元", "2栋，1号厂房900万元、2号厂房700万元")]}, True),
]


@pytest.mark.parametrize(("reading", "goal", "rows", "told"), HELD_OUT,
                         ids=[f"held-{case[0]}-{n}" for n, case in enumerate(HELD_OUT)])
def test_held_out_after_the_fix(engine: Any, reading: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    if told:
        assert _told(engine, reading, goal, rows)
    else:
        rule = MARK[reading][0]
        found = [f.message_zh for f in _findings(engine, goal, rows) if f.rule_id == rule]
        assert not found, found


@pytest.mark.parametrize(("config", "goal", "rows", "told"), [
    # REL046 lowered to a notice: VAL006's warning tells the row, the notice yields
    ({"severity": {"REL046": Severity("info")}}, _DEFECT, {"benefits": [_REVERSED]}, [("VAL006", _REVERSED[0])]),
    # CAT006 ignored for this file alone: CAT005 tells the row
    ({"per_file_ignores": {"careful_s28.yaml": ["CAT006"]}}, _TOILETS,
     {"counts": [("新建农村公厕", "＝10座")], "benefits": [_BUILT]}, [("CAT005", _BUILT[0])]),
], ids=["held-yield-0", "held-yield-1"])
def test_held_out_yields(config: dict[str, Any], goal: str, rows: dict[str, list[Row]],
                         told: list[tuple[str, str]]) -> None:
    engine = _engine(config)
    found = sorted((f.rule_id, f.value.split("\x1f")[0]) for f in _findings(engine, goal, rows) if f.rule_id in _PAIRS)
    assert found == sorted(told), found


# VAL047 widened (careful s28's held-out 2栋，1号厂房900万元、2号厂房700万元 was missed: 栋 was no count's unit and 1号
# no name's start): the note's count may be in 栋, 幢, 段, 口 or 间 and an item named by its number (1号厂房). Measured
# on these look-alikes: 0 of 11 told before and after; the five held out below, written after the change
_COSTS_ONLY = "2027年实施城乡基础设施改造。"
NUMBERED = [
    (("厂房建设费", "≤1600万元", "2栋，1号厂房900万元、2号厂房700万元"), False),
    (("厂房建设费", "≤1700万元", "2栋，1号厂房900万元、2号厂房700万元"), False),
    (("厂房建设费", "≤1500万元", "3栋，1号厂房900万元、2号厂房700万元"), False),  # a list short of its count
    (("道路改造费", "≤300万元", "2段，其中中央资金200万元、县级150万元"), False),  # sources
    (("山塘整治费", "≥80万元", "2口，上塘50万元、下塘40万元"), False),  # a floor
    (("道路改造费", "≤300万元", "2段，1号路段2公里、2号路段1.5公里"), False),  # no amounts
    (("厂房建设费", "≤1500万元", "2栋，按每栋750万元"), False),
    (("公租房维修费", "≤50万元", "3间，每间15万元、公共部位5万元"), False),
    (("标准化厂房建设费", "≤1500万元", "2栋，1号厂房900万元、2号厂房700万元（含上年结转）"), False),
    (("蓄水池建设费", "≤40万元", "2口，1号池20万元、2号池20万元"), False),
    (("厂房租金", "≤100万元", "2间，1号间50元/平方米、2号间50元/平方米"), False),  # prices, not amounts
    # held out: written after the change
    (("公租房改造费", "≤90万元", "2栋，3号楼50万元、5号楼45万元"), True),
    (("山塘清淤费", "≤60万元", "2口，大塘35万元、小塘30万元"), True),
    (("道路改造费", "＝300万元", "2段，东段150万元、西段150万元"), False),
    (("校舍维修费", "≤80万元", "2栋，1号教学楼40万元、2号教学楼40万元"), False),
    (("管网改造费", "≤100万元", "3段，A段40万元、B段40万元、C段30万元"), True),
]


@pytest.mark.parametrize(("cost", "told"), NUMBERED, ids=[f"numbered-{n}" for n in range(len(NUMBERED))])
def test_a_note_listing_numbered_parts(engine: Any, cost: Row, told: bool) -> None:
    assert _told(engine, "VAL047", _COSTS_ONLY, {"costs": [cost]}) is told

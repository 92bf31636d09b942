"""The fortieth recall audit's leftovers (session 27): REL008 reads a duration floor the goal gives (公示不少于30日,
b446's ≥15日), the count a goal raises a place's whole to (全县基准站由8座增至10座, b448's ＝12座) and a whole the
goal says was found already (已排查的320个排污口, b450's ＝350个). Each against the look-alikes it was measured on
and the cases held out (written after the change, not tuned on)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2027年某县自然资源和生态环境项目, year: 2027, department: 某县自然资源局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{rows}
    质量指标:
      - {{name: 成果验收合格率, value: ＝100%}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


# what each reading's message says: the goal's floor quoted (公示不少于30日), or a count over the whole; REL008's
# other readings (a lone 新建…＝3座 under the goal's 增至15座 is told 'differs' by itself) are not these
FLOOR, WHOLE = "不少于", "比总数还多"


def _told(engine: Any, goal: str, rows: list[tuple[str, str]], marker: str) -> bool:
    """Whether REL008 tells, in a table of ``goal`` and the quantities ``rows`` (name, value), a finding whose
    message holds ``marker``."""
    lines = "\n".join(f'      - {{name: "{name}", value: "{value}"}}' for name, value in rows)
    source = load_text(TABLE.format(goal=goal, rows=lines), "s27_audit40.yaml")
    return any(marker in f.message_zh for f in engine.check_source(source).findings if f.rule_id == "REL008")


# a duration floor the goal gives, the one indicator naming it asking less (b446)
PUBLICITY = "2027年完成8个乡镇国土空间总体规划编制，规划成果批前公示不少于30日、全部纳入平台。"
FLOOR_CASES = [
    (PUBLICITY, [("规划成果批前公示时间", "≥15日")], True),  # b446
    (PUBLICITY, [("规划成果批前公示时间", "≥30日")], False),
    (PUBLICITY, [("规划成果批前公示时间", "≥45日")], False),  # more than the floor agrees with it
    (PUBLICITY, [("规划成果批前公示时间", "≥30天")], False),  # 日 and 天 one unit
    (PUBLICITY, [("群众意见答复时间", "≥15日")], False),  # another thing
    (PUBLICITY, [("规划成果批前公示时间", "≥20个工作日")], False),  # another unit: not converted
    (PUBLICITY, [("入围单位公示时间", "≥5日"), ("规划成果批前公示时间", "≥30日")], False),  # 入围 not the sentence's
    ("每天开展课后服务不少于2小时。", [("每天户外活动时间", "≥1小时")], False),  # another thing done daily
    ("全年开展巡护天数不少于300天。", [("每月巡护天数", "≥25天")], False),  # per month, not the year's
    ("工程保修期不少于2年。", [("绿化养护期", "≥1年")], False),  # the floor's words not in the name
    ("每座基准站全年巡检不少于4次。", [("基准站巡检", "≥2次")], False),  # a count, not a duration: differs' own
    (PUBLICITY, [("规划成果批前公示时间", "≤15日")], False),  # a ceiling under the floor: not this reading
]


@pytest.mark.parametrize(("goal", "rows", "told"), FLOOR_CASES)
def test_duration_floor(engine, goal: str, rows: list[tuple[str, str]], told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, goal, rows, FLOOR) is told


# the count a goal raises a place's whole of things to (由A增至B), an indicator of those things above it (b448)
STATIONS = "新建GNSS连续运行基准站2座，全县基准站由8座增至10座，每座基准站全年巡检不少于4次。"
RAISED_CASES = [
    (STATIONS, [("新建GNSS连续运行基准站", "＝2座"), ("运行维护基准站", "＝12座")], True),  # b448
    (STATIONS, [("新建GNSS连续运行基准站", "＝2座"), ("运行维护基准站", "＝10座")], False),
    (STATIONS, [("新建GNSS连续运行基准站", "＝2座"), ("基准站巡检", "≥40次")], False),  # 次: deeds
    ("基准站由8座增至10座。", [("运行维护基准站", "＝12座")], False),  # no place's whole named: a target may be passed
    ("全县培训人次由800人次增至1000人次。", [("培训人次", "≥1200人次")], False),  # a flow
    ("全县参保人数由800人增至1000人。", [("参保人数", "≥1200人")], False),  # a count of people reached
    ("全县电商服务站点由50个增至80个。", [("新建电商服务站点", "≥30个")], False),
    ("全县规上企业由86家增至110家。", [("帮扶企业", "≥150家")], False),  # 企业 only: not the whole's things
    ("全县污水处理能力由2万吨增至3万吨。", [("污水处理量", "≥5万吨")], False),  # a capacity
    (STATIONS, [("基准站观测墩", "＝12个")], False),  # another unit
]


@pytest.mark.parametrize(("goal", "rows", "told"), RAISED_CASES)
def test_raised_whole(engine, goal: str, rows: list[tuple[str, str]], told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, goal, rows, WHOLE) is told


# a whole the goal says was found or built already (已排查的320个), an indicator of those things above it (b450)
TRACED = "对乌江德江段开展入河排污口排查，完成已排查的320个排污口溯源，完成年度整治任务150个。"
DONE_CASES = [
    (TRACED, [("完成溯源的入河排污口", "＝350个")], True),  # b450
    (TRACED, [("完成溯源的入河排污口", "＝320个")], False),
    (TRACED, [("完成整治的排污口", "≥150个")], False),
    (TRACED, [("新增排查入河排污口", "≥400个")], False),  # a new survey may find more
    (TRACED, [("排查发现问题", "≥400个")], False),  # other things
    ("对已建成的30座污水处理站开展运维，新建污水处理站5座。", [("运维污水处理站", "＝35座")], False),  # the year adds 5
    ("对已摸底的1200户开展回访。", [("回访人次", "≥1500人次")], False),  # another unit
    ("巩固已脱贫的1200户脱贫成果。", [("监测帮扶户", "≥1300户")], False),  # the whole's words are 脱贫成果
    ("对已建成的30座污水处理站开展运维。", [("污水处理站运维巡查", "≥40次")], False),
    ("已排查的320个排污口中，完成150个整治。", [("排污口整治", "≥150个")], False),
    # g381 (a careful table): the 25 kept up and the 40 installed this year, all linked to the platform
    ("为全县40个取水户安装在线计量监测设施并接入省级水资源监控平台；对已建成的25个在线监测点开展运行维护。",
     [("接入省级水资源监控平台监测点", "＝65个")], False),
]


@pytest.mark.parametrize(("goal", "rows", "told"), DONE_CASES)
def test_done_whole(engine, goal: str, rows: list[tuple[str, str]], told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, goal, rows, WHOLE) is told


# held out: written after the change, not tuned on (truth as a reviewer reads it; a miss is marked)
HELD_OUT = [
    ("征求意见稿公开征求意见不少于30天。", [("公开征求意见期限", "≥20天")], True, FLOOR),
    ("每名学员参加实训不少于40小时。", [("学员实训时长", "≥32小时")], True, FLOOR),
    ("项目公示不少于7天。", [("项目公示时间", "≥7天")], False, FLOOR),
    ("全年巡护天数不少于200天。", [("全年巡护天数", "≥180天")], True, FLOOR),
    ("新入职人员岗前培训不少于3天。", [("在岗人员继续教育时间", "≥2天")], False, FLOOR),
    ("全市公共充电桩由1200个增加到1500个。", [("建成公共充电桩", "≥1600个")], True, WHOLE),
    ("全县乡镇污水处理站由12座增至15座。", [("新建乡镇污水处理站", "＝3座")], False, WHOLE),
    ("全区城市书房由20家增至26家。", [("城市书房年接待读者", "≥50万人次")], False, WHOLE),
    ("全县村级寄递物流服务站由150个增至180个。", [("运营村级寄递物流服务站", "≥200个")], True, WHOLE),
    ("全州规模以上工业企业由86家增至100家。", [("规模以上工业企业", "≥95家")], False, WHOLE),
    ("对已建成的45座农村污水处理设施开展第三方运维。", [("第三方运维农村污水处理设施", "＝50座")], True, WHOLE),
    ("为已登记的260个农村集体经济组织开展审计。", [("审计农村集体经济组织", "≥260个")], False, WHOLE),
    ("对已排查的80处地质灾害隐患点开展监测。", [("监测地质灾害隐患点", "≥90处")], True, WHOLE),
    # missed: 户 is no thing counted one by one here, and the words after the figure (开展回访) name no whole
    ("对已完成改造的200户开展回访。", [("回访改造户", "≥220户")], False, WHOLE),
    ("对已建成的12个村级光伏电站开展运维，新建村级光伏电站3个。", [("运维村级光伏电站", "≥15个")], False, WHOLE),
    # written after the deed was required of 已…的 (g381)
    ("对已认定的36处历史建筑开展测绘建档。", [("完成测绘建档的历史建筑", "＝40处")], True, WHOLE),
    ("对已建成的18座公厕开展保洁管护，改建公厕6座。", [("改造提升公厕", "≥24座")], False, WHOLE),
    ("对已发现的60处违法用地开展整改。", [("完成整改的违法用地", "≥70处")], True, WHOLE),
    ("对已安装的300个智能水表开展数据接入，新装智能水表200个。", [("接入平台智能水表", "＝500个")], False, WHOLE),
    ("对已登记的52座小型水库开展安全鉴定。", [("小型水库除险加固", "≥60座")], False, WHOLE),
]


@pytest.mark.parametrize(("goal", "rows", "told", "marker"), HELD_OUT)
def test_held_out(engine, goal: str, rows: list[tuple[str, str]], told: bool,  # type: ignore[no-untyped-def]
                  marker: str) -> None:
    assert _told(engine, goal, rows, marker) is told


# a volume the goal gives set as a mass, the same figure (底泥清淤2万立方米: 底泥清淤量 ≥2万吨, b452), or the other way
MASS = "一个是体积、一个是质量"
SILT = "2027年完成7处农村黑臭水体治理，实施控源截污管网8.5公里、底泥清淤2万立方米、岸带生态修复1.2万平方米。"
MEASURE_CASES = [
    (SILT, [("底泥清淤量", "≥2万吨")], True),  # b452
    ("年内清运建筑垃圾3万吨。", [("建筑垃圾清运量", "≥3万立方米")], True),  # the other way round
    (SILT, [("底泥清淤量", "≥2万立方米")], False),
    (SILT, [("底泥清淤量", "≥3万吨")], False),  # another figure: maybe a weight of its own
    (SILT, [("底泥无害化处置量", "≥2万吨")], False),  # another thing
    ("新建污水处理厂一座，日处理污水2万立方米。", [("污水处理量", "≥2万吨")], False),  # water: a ton a cubic metre
    ("年供水量达到500万立方米。", [("供水量", "≥500万吨")], False),
    ("年处理垃圾渗滤液3万立方米。", [("渗滤液处理量", "≥3万吨")], False),
    ("新增天然气供应2万立方米。", [("天然气供应量", "≥2万吨")], False),  # a gas: kept out
    ("河道清淤2万立方米，清运垃圾2万吨。", [("清运垃圾", "≥2万吨")], False),  # the goal's own mass
    (SILT, [("岸带生态修复面积", "≥1.2万平方米")], False),
    ("年内清运建筑垃圾3万吨。", [("建筑垃圾清运车次", "≥3万车次")], False),
]


@pytest.mark.parametrize(("goal", "rows", "told"), MEASURE_CASES)
def test_measure_slip(engine, goal: str, rows: list[tuple[str, str]], told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _told(engine, goal, rows, MASS) is told


@pytest.mark.parametrize(("goal", "rows", "told"), [
    # held out: written after the change
    ("完成河道清淤5万立方米。", [("河道清淤量", "≥5万吨")], True),
    ("年内收运餐厨垃圾1.5万吨。", [("餐厨垃圾收运量", "≥1.5万立方米")], True),
    ("完成小型水库清淤8000立方米。", [("水库清淤量", "≥8000吨")], True),
    ("年处理工业废水12万立方米。", [("工业废水处理量", "≥12万吨")], False),
    ("完成土方开挖3万立方米。", [("土方开挖量", "≥3万立方米")], False),
    ("回填土方3万立方米。", [("建筑垃圾资源化利用量", "≥3万吨")], False),
])
def test_measure_slip_held_out(engine, goal: str, rows: list[tuple[str, str]],  # type: ignore[no-untyped-def]
                               told: bool) -> None:
    assert _told(engine, goal, rows, MASS) is told


# an exact count over the goal's exact count of the same words, a benefit named by the goal's clause with words
# left out counted too (消除2处尾矿库溃坝和渗漏环境风险隐患: 消除尾矿库环境风险隐患 ＝4处, b454)
EXACT = "对应的指标"
HAZARDS = "对2座尾矿库实施坝体加固，消除2处尾矿库溃坝和渗漏环境风险隐患。"
BENEFIT_TABLE = """version: 1
project: {{name: 2027年历史遗留尾矿库综合治理, year: 2027, department: 某县生态环境局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: 治理尾矿库, value: ＝2座}}
  效益指标:
    生态效益指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 周边群众满意度, value: ≥90%}}
"""


def _benefit_told(engine: Any, goal: str, name: str, value: str) -> bool:
    """Whether REL008 tells a benefit ``name`` at ``value`` against ``goal`` as the goal's own count."""
    source = load_text(BENEFIT_TABLE.format(goal=goal, name=name, value=value), "s27_audit40b.yaml")
    return any(EXACT in f.message_zh for f in engine.check_source(source).findings if f.rule_id == "REL008")


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    (HAZARDS, "消除尾矿库环境风险隐患", "＝4处", True),  # b454
    (HAZARDS, "消除尾矿库环境风险隐患", "＝2处", False),
    (HAZARDS, "消除尾矿库环境风险隐患", "≥4处", False),  # a floor: more agrees
    ("对2座尾矿库实施坝体加固，消除不少于2处尾矿库环境风险隐患。", "消除尾矿库环境风险隐患", "＝4处", False),
    ("对2座尾矿库实施坝体加固，消除2处以上尾矿库环境风险隐患。", "消除尾矿库环境风险隐患", "＝4处", False),
    ("对2座尾矿库实施坝体加固，消除约2处尾矿库环境风险隐患。", "消除尾矿库环境风险隐患", "＝4处", False),
    (HAZARDS, "受保护下游饮用水源地", "＝4处", False),  # not the clause's words
    ("对2座尾矿库实施坝体加固，为每座尾矿库消除环境风险隐患2处。", "消除尾矿库环境风险隐患", "＝4处", False),  # per unit
    ("完成2处滑坡治理。", "受保护群众", "＝400人", False),
    ("对2座尾矿库实施坝体加固，消除2处尾矿库溃坝隐患。", "下游受保护耕地", "＝4处", False),
])
def test_exact_over_benefit(engine, goal: str, name: str, value: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _benefit_told(engine, goal, name, value) is told


@pytest.mark.parametrize(("goal", "rows", "told"), [
    ("为队员更新个人防护装备30套。", [("更新个人防护装备", "＝36套")], True),  # b423's planted count, FUND019's too
    ("汛前为每个站点配备卫星电话、应急照明、救生衣等应急装备物资1套。", [("配备应急装备物资", "＝28套")], False),  # g521
    ("为每个服务站配备医保经办终端1台。", [("配备医保经办终端", "＝104台")], False),  # g491
    ("新建公厕10座。", [("公厕管护", "＝30座")], False),
    ("2027年新建村级服务站10个。", [("新建村级服务站", "＝10个")], False),
])
def test_exact_over_quantity(engine, goal: str, rows: list[tuple[str, str]],  # type: ignore[no-untyped-def]
                             told: bool) -> None:
    assert _told(engine, goal, rows, EXACT) is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # held out: written after the change
    ("完成3座病险水库除险加固。", "病险水库除险加固", "＝5座", True),
    ("新建乡镇污水处理站3座。", "新建乡镇污水处理站", "≥5座", False),
    ("全年开展应急演练不少于4次。", "应急演练", "＝6次", False),
    ("为每个村配备保洁员2名。", "配备保洁员", "＝120名", False),
    ("完成4处历史遗留矿山生态修复。", "历史遗留矿山生态修复", "＝6处", True),
    ("更换路灯1200盏。", "更换路灯数量", "＝1200盏", False),
])
def test_exact_over_held_out(engine, goal: str, name: str, value: str,  # type: ignore[no-untyped-def]
                             told: bool) -> None:
    assert _benefit_told(engine, goal, name, value) is told


# VAL047: a cost line over the amounts its note lists, one for each thing counted (b454)
COST_TABLE = """version: 1
project: {{name: 2027年历史遗留尾矿库综合治理, year: 2027, department: 某县生态环境局}}
funds: {{unit: 万元, total: 2000, fiscal: 2000}}
goal: 2027年完成2座历史遗留尾矿库综合治理。
indicators:
  成本指标:
    经济成本指标:
      - {{name: "{name}", value: "{value}", note: "{note}"}}
  产出指标:
    数量指标:
      - {{name: 治理尾矿库, value: ＝2座}}
"""


def _val047(engine: Any, name: str, value: str, note: str) -> bool:
    source = load_text(COST_TABLE.format(name=name, value=value, note=note), "s27_audit40c.yaml")
    return any(f.rule_id == "VAL047" for f in engine.check_source(source).findings)


@pytest.mark.parametrize(("name", "value", "note", "told"), [
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "2座，长兴库452万元、木树库330万元", True),  # b454
    ("尾矿库治理工程费", "＝700万元", "2座：长兴库452万元、木树库330万元", True),  # exact, another sum
    ("尾矿库坝体加固及截排水工程费", "≤782万元", "2座，长兴库452万元、木树库330万元", False),
    ("尾矿库坝体加固及截排水工程费", "≤800万元", "2座，长兴库452万元、木树库330万元", False),  # room under a cap
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "3座，长兴库452万元、木树库330万元", False),  # a list short of its count
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "长兴库452万元、木树库330万元", False),  # no count: maybe not all
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "2座，其中中央资金452万元、省级330万元", False),  # 其中: sources
    ("尾矿库坝体加固及截排水工程费", "≥742万元", "2座，长兴库452万元、木树库330万元", False),  # a floor
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "2座，长兴库452万元、木树库330万元（含上年结转）", False),
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "2座，按每座371万元", False),
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "2座，长兴库坝体加固452万元", False),
    ("尾矿库坝体加固及截排水工程费", "≤742万元", "2座，长兴库2.5公顷、木树库3公顷", False),  # no amounts
])
def test_note_listed_amounts(engine, name: str, value: str, note: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    assert _val047(engine, name, value, note) is told


@pytest.mark.parametrize(("name", "value", "note", "told"), [
    # held out: written after the change
    ("污水处理站建设费", "≤300万元", "3个，城关站120万元、河西站100万元、新场站95万元", True),
    ("村级服务站改造费", "＝60万元", "两个，A村30万元、B村30万元", False),
    ("危桥改造工程费", "≤500万元", "2座，东门桥280万元、西河桥260万元", True),
    ("设备购置费", "≤50万元", "2台，单价25万元、安装费5万元", False),
    ("监测站运维费", "≤20万元", "4个，每个5万元", False),
    ("山塘整治费", "≤90万元", "3处，石门塘30万元、李家塘30万元、新塘35万元", True),
])
def test_note_listed_amounts_held_out(engine, name: str, value: str, note: str,  # type: ignore[no-untyped-def]
                                      told: bool) -> None:
    assert _val047(engine, name, value, note) is told

"""Session 28: four pinned misses (strict xfails of s26 and s27) told, each widening with the look-alikes it must
leave quiet and cases held out (written once the change was made, run once, not tuned on):
1. FUND019 (note_count.py): an output naming the line's one word past a word of handing it out (配发头盔 for
   队员头盔购置费, 为队员配发头盔60顶); a goal sentence saying part of the count is not bought (其中新购40顶, 含利旧20顶,
   另有20顶由上级调拨) now leaves the qualifier's pairing quiet: 3 of 13 look-alikes told at first, 0 after; held out
   5 of 5 right;
2. FUND029 (one_off_per_period.py): a one-off priced by the period before a standard per head (按月补贴标准300元/人),
   not a cadence of handling (按月审核发放5000元/户): 1 of 14 look-alikes told at first (that one), 0 after; held out
   5 of 5 right;
3. FUND026 (line_over_rate.py): a base named without its words of actuality (贷款利息 of 贷款实际发生利息) and 支出
   before its amount (预计贷款利息支出400万元); a line holding other years' money (含上年结转100万元) now left: 1 of 13
   look-alikes told at first (that line), 0 after; held out 5 of 5 right;
4. FUND024 (count_over_line.py): on the ceiling price's path through its line, a count naming only a thing the line
   and the price both name, past a word of buying or fitting it (新装路灯 for 路灯采购安装费), when no count shares three
   characters with the line; a count naming units others bring or counted apart (（含企业捐赠30个）) is not paired so:
   0 of 15 look-alikes; held out 4 of 5 at the first run, the one wrong a false finding of the older three-character
   pairing (新增垃圾箱（含企业捐赠30个）), fixed; then three more held out, 1 of 3 right (another such false finding,
   （含开发商配建20个）, fixed by reading a figure after 含; a miss, 栽植树苗, pinned)."""

from __future__ import annotations

from typing import Any

import pytest

from test_leftovers_s26_pinned import _fund_rules
from test_leftovers_s27_terms import STARTUP, _rules
from test_careful_s27 import _s27_rules
from test_careful_s27b import _PLAIN, _s27b_rules

# ---------------------------------------------------------------- 1. FUND019: a word of handing the thing out
# (goal, line, its note, output, its value, told)
_HELMETS = [
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "＝60顶", True),
    # look-alikes: the note at the count, another deed or a part, two groups, no count in the goal, a ceiling,
    # another thing or unit, a repair line, and goals saying part of the count is not bought
    ("为队员配发头盔60顶。", "队员头盔购置费", "按60顶×每顶500元", "配发头盔", "＝60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "头盔配发检查", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔面罩", "≥60顶", False),
    ("为队员配发头盔60顶，为辅警配发头盔40顶。", "队员头盔购置费", "按60顶×每顶500元", "配发头盔", "≥100顶", False),
    ("为队员配发头盔。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≤60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发手套", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40套×每套500元", "配发头盔", "≥60顶", False),
    ("为队员配备头盔60顶。", "队员头盔维修费", "按40顶×每顶50元", "配备头盔", "≥60顶", False),
    ("为队员配发头盔60顶。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔（含调拨）", "≥60顶", False),
    # (told at first: the goal's sentence says the line buys only part of what is handed out)
    ("为队员配发头盔60顶（含利旧20顶）。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≥60顶", False),
    ("向队员分发头盔60顶，其中新购40顶。", "队员头盔购置费", "按40顶×每顶500元", "分发头盔", "≥60顶", False),
    ("为队员配发头盔60顶，另有20顶由上级调拨。", "队员头盔购置费", "按40顶×每顶500元", "配发头盔", "≥60顶", False),
]
# held out, written after the change
_HELMETS_HELD = [
    ("为护林员配发对讲机50部。", "护林员对讲机购置费", "按30部×每部800元", "配发对讲机", "≥50部", True),
    ("为辅警配备执法记录仪80台。", "辅警执法记录仪购置费", "按80台×每台2000元", "配备执法记录仪", "≥80台", False),
    ("为环卫工人分发防暑药品300盒，其中100盒由企业捐赠。", "环卫工人防暑药品购置费", "按200盒×每盒30元", "分发防暑药品",
     "≥300盒", False),
    ("为村医配发血压计120台。", "村医血压计购置费", "按100台×每台300元", "配发血压计校准", "≥120台", False),
    ("为学生配发课本1200套。", "学生课本购置费", "按1000套×每套80元", "配发课本", "≥1200套", True),
]


@pytest.mark.parametrize(("goal", "line", "note", "output", "value", "told"), _HELMETS + _HELMETS_HELD)
def test_fund019_handed_out(engine: Any, goal: str, line: str, note: str, output: str, value: str, told: bool) -> None:
    assert ("FUND019" in _fund_rules(engine, goal, line, note, output, value)) is told


# ---------------------------------------------------------------- 2. FUND029: 按月…标准N元/人
_TRAIN = "对参加技能培训的农村劳动力给予一次性交通补贴。"
# (goal, name, value, note, told)
_BY_MONTH = [
    (_TRAIN, "一次性交通补贴资金", "≤9万元", "按月补贴标准300元/人", True),
    # look-alikes: a cadence, a clause break, 按年度, periods counted, not the one-off, a cap, another payment, the
    # one-off's standard once
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按每户5000元标准发放，按月审核拨付", False),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按月审核，补贴标准5000元/户", False),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按年度标准5000元/户", False),
    (STARTUP, "一次性社保补贴资金", "≤360000元", "按月补贴标准500元/人，共补贴6个月", False),
    (STARTUP, "创业场租补贴资金", "≤100000元", "按月补贴标准500元/户", False),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按月补贴标准不超过5000元/户", False),
    ("对新就业的高校毕业生给予一次性求职补贴，每人1000元；按月发放生活补贴300元/人。", "生活补贴资金", "≤36万元",
     "按月发放300元/人", False),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按季度集中发放，每户5000元", False),
    (STARTUP, "一次性创业补贴及场租补贴资金", "≤700000元", "场租补贴按月补贴标准500元/户", False),
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按年统计发放户数，每户5000元", False),
    (_TRAIN, "一次性交通补贴资金", "≤9万元", "按月汇总申请，300元/人", False),
    (_TRAIN, "一次性交通补贴资金", "≤9万元", "生活补贴按月补贴标准300元/人", False),
    (_TRAIN, "一次性交通补贴资金", "≤9万元", "按300元/人标准一次性发放", False),
    # (told at first: each household's one-off reviewed monthly)
    (STARTUP, "一次性创业补贴资金", "≤600000元", "按月审核发放5000元/户", False),
]
# held out, written after the change
_BY_MONTH_HELD = [
    ("对首次来本市就业的高校毕业生给予一次性就业补贴。", "一次性就业补贴资金", "≤50万元", "按月发放补贴500元/人", True),
    (_TRAIN, "一次性交通补贴资金", "≤9万元", "按月补贴标准300元/人，按3个月计", False),
    ("对困难残疾人给予一次性生活补助。", "一次性生活补助资金", "≤20万元", "按年补助标准2000元/人", True),
    ("对入驻孵化基地的创业实体给予一次性开业补贴，每户3000元。", "一次性开业补贴资金", "≤30万元", "按季度集中拨付3000元/户",
     False),
    ("对新录用的乡村医生给予一次性安家补贴，每人2万元。", "乡村医生岗位补贴资金", "≤48万元", "按月补贴标准2000元/人", False),
]


@pytest.mark.parametrize(("goal", "name", "value", "note", "told"), _BY_MONTH + _BY_MONTH_HELD)
def test_fund029_priced_by_the_month(engine: Any, goal: str, name: str, value: str, note: str, told: bool) -> None:
    assert ("FUND029" in _rules(engine, goal, name, value, note, level2="数量指标")) is told


# ---------------------------------------------------------------- 3. FUND026: 贷款利息支出 for 贷款实际发生利息
_INTEREST = "2027年按贷款实际发生利息的50%给予贴息，"
_LINE = [("贷款贴息资金", "≤300万元")]
# (goal, costs, told)
_FEWER_WORDS: list[tuple[str, list[Any], bool]] = [
    (_INTEREST + "预计贷款利息支出400万元。", _LINE, True),
    # look-alikes: the line within the bound, last year's figure, one loan's, no base, a threshold, a range, two
    # bases, a reduction, a base of 投资支出 within the bound, one firm's, two lines, a line holding last year's money
    (_INTEREST + "预计贷款利息支出600万元。", _LINE, False),
    (_INTEREST + "2026年贷款利息支出400万元。", _LINE, False),
    (_INTEREST + "单笔贷款利息支出不超过40万元。", _LINE, False),
    (_INTEREST + "预计发放贷款8000万元。", _LINE, False),
    (_INTEREST + "贷款利息支出400万元以上的企业优先支持。", _LINE, False),
    (_INTEREST + "预计贷款利息支出300—400万元。", [("贷款贴息资金", "≤200万元")], False),
    (_INTEREST + "预计城区企业贷款利息支出400万元、农村企业贷款利息支出200万元。", [("贷款贴息资金", "≤280万元")], False),
    (_INTEREST + "预计贷款利息支出减少400万元。", _LINE, False),
    ("2027年按设备实际投资额的10%给予奖补，预计设备投资支出6000万元。", [("技术改造奖补资金", "≤600万元")], False),
    (_INTEREST + "每家企业贷款利息支出400万元。", _LINE, False),
    (_INTEREST + "预计贷款利息支出400万元。", [("创业担保贷款贴息资金", "≤300万元"), ("小微企业贷款贴息资金", "≤100万元")],
     False),
    # (told at first: the line pays last year's interest too)
    (_INTEREST + "预计贷款利息支出400万元。", [("贷款贴息资金", "≤300万元", "含上年结转100万元")], False),
]
# held out, written after the change
_FEWER_WORDS_HELD: list[tuple[str, list[Any], bool]] = [
    ("2027年按企业实际发生研发费用的10%给予奖补，预计企业研发费用支出5000万元。", [("研发费用奖补资金", "≤600万元")], True),
    ("2027年按贷款实际发生利息的60%给予贴息，预计贷款利息支出500万元。", _LINE, False),
    ("2027年按实际发生物流费用的20%给予补贴，预计企业物流费用支出2000万元。", [("物流补贴资金", "≤500万元")], True),
    ("2027年按贷款实际发生利息的50%给予贴息，预计单户企业贷款利息支出不超过20万元。", _LINE, False),
    ("2027年对购买农业保险的农户按实际缴纳保费的40%给予补贴，预计农户缴纳保费支出1000万元。",
     [("农业保险保费补贴", "≤500万元")], True),
]


@pytest.mark.parametrize(("goal", "costs", "told"), _FEWER_WORDS + _FEWER_WORDS_HELD)
def test_fund026_base_in_fewer_words(engine: Any, goal: str, costs: list[Any], told: bool) -> None:
    found = _s27_rules(engine, goal, {"costs": costs})
    if told:
        assert found == {"FUND026"}, found
    else:
        assert "FUND026" not in found, found


# ---------------------------------------------------------------- 4. FUND024: 新装路灯 of 路灯采购安装费
_LAMPS = [("路灯采购最高限价", "≤3000元/盏"), ("路灯采购安装费", "≤90万元")]
# (costs, counts, told)
_THING_ONLY: list[Any] = [
    (_LAMPS, [("新装路灯", "≥360盏")], True),
    # look-alikes: another deed, a kind the line does not name, units others bring, two counts, another unit, a line
    # not worked out at the price, no line or price naming the thing, a part paid elsewhere, a price per year, a
    # subsidy's cap, a ceiling count, counts of other work
    (_LAMPS, [("维修路灯", "≥360盏")], False),
    (_LAMPS, [("更换路灯", "≥360盏")], False),
    (_LAMPS, [("新装太阳能路灯", "≥360盏")], False),
    (_LAMPS, [("新装路灯（含社会捐赠60盏）", "≥360盏")], False),
    (_LAMPS, [("新装路灯", "≥360盏"), ("安装路灯", "≥360盏")], False),
    (_LAMPS, [("新装路灯", "≥360个")], False),
    ([("路灯采购最高限价", "≤3000元/盏"), ("路灯采购安装费", "≤91万元")], [("新装路灯", "≥360盏")], False),
    ([("路灯采购最高限价", "≤3000元/盏"), ("照明设施改造费", "≤90万元")], [("新装路灯", "≥360盏")], False),
    ([("灯具采购最高限价", "≤3000元/盏"), ("路灯采购安装费", "≤90万元")], [("新装路灯", "≥360盏")], False),
    (_LAMPS, [("新装路灯", "≥360盏", "其中省级下达免费配发60盏")], False),
    ([("路灯租赁最高限价", "≤3000元/盏·年"), ("路灯租赁安装费", "≤90万元")], [("新装路灯", "≥360盏")], False),
    ([("路灯补贴限价", "≤3000元/盏"), ("路灯补贴资金", "≤90万元")], [("新装路灯", "≥360盏")], False),
    (_LAMPS, [("新装路灯", "≤360盏")], False),
    (_LAMPS, [("路灯亮灯率", "≥98%"), ("路灯巡查", "≥360盏")], False),
]
# held out, written after the change (the fifth told at first by the older pairing, then fixed; the next three
# written after that fix)
_THING_ONLY_HELD: list[Any] = [
    ([("水表采购最高限价", "≤500元/块"), ("水表采购安装费", "≤10万元")], [("新装水表", "≥240块")], True),
    ([("水表采购最高限价", "≤500元/块"), ("水表采购安装费", "≤10万元")], [("新装水表", "≥200块")], False),
    ([("电脑采购最高限价", "≤5000元/台"), ("电脑采购费", "≤30万元")], [("配置电脑", "≥70台")], True),
    ([("座椅采购最高限价", "≤1500元/张"), ("座椅采购安装费", "≤15万元")], [("维修座椅", "≥120张")], False),
    ([("垃圾箱采购最高限价", "≤600元/个"), ("垃圾箱采购费", "≤6万元")], [("新增垃圾箱（含企业捐赠30个）", "≥120个")], False),
    ([("护栏采购最高限价", "≤200元/米"), ("护栏采购安装费", "≤20万元")], [("新装护栏", "≥1200米")], True),
    # (told at first by the older pairing, then fixed: a figure after 含 counts a part apart)
    ([("消防栓采购最高限价", "≤5000元/个"), ("消防栓采购安装费", "≤50万元")], [("新装消防栓（含开发商配建20个）", "≥110个")],
     False),
    # missed: 栽植 is no word of buying (trees planted may come from the project's own nursery), so 栽植树苗 names
    # more than the thing; not widened to words of planting on one case
    pytest.param([("树苗采购最高限价", "≤100元/株"), ("树苗采购费", "≤5万元")], [("栽植树苗", "≥600株")], True,
                 marks=pytest.mark.xfail(strict=True, reason="栽植 is no word of buying: the count names more than 树苗")),
]


@pytest.mark.parametrize(("costs", "counts", "told"), _THING_ONLY + _THING_ONLY_HELD)
def test_fund024_count_naming_only_the_thing(engine: Any, costs: list[Any], counts: list[Any], told: bool) -> None:
    assert ("FUND024" in _s27b_rules(engine, _PLAIN, {"costs": costs, "counts": counts})) is told

"""The twenty-first leftovers' money line against its standard per head and month (FUND007 ``month_line``):
巡查管护人员补助 ＝52.8万元 beside 管护人员补助标准 1000元/人·月 and 聘用巡查管护人员 ＝36人 is 36 × 1000 × 12 =
43.2万元, not 52.8万元 (b271, b272, b273). Measured on the look-alikes below (0 of 12 told) and on five held out,
written after the check was tuned (see HELD_OUT). And a ceiling more than 15% over its note's own sum (``note_room``,
a notice: ≤162万元 of 3600套×300元/套, b278; ≤576万元 of 8000核×600元/核·年, b285)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年小型水库巡查管护经费, year: 2026, department: 县水务局{period}}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
{counts}
  成本指标:
    经济成本指标:
{costs}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""
GOAL = "2026年聘用巡查管护员对全县36座小型水库开展日常巡查，每人每月发放补助，确保水库安全度汛。"
COUNT = '      - {name: 聘用巡查管护人员, value: "＝36人"}'
RATE = '      - {name: 管护人员补助标准, value: "＝1000元/人·月"}'


def _lines(*pairs: tuple[str, str]) -> str:
    return "\n".join(f'      - {{name: "{name}", value: "{value}"}}' for name, value in pairs)


def _told(engine: Any, costs: str, counts: str = COUNT, goal: str = GOAL, period: str = "") -> bool:
    text = TABLE.format(goal=goal, counts=counts, costs=costs, period=period)
    return any(f.rule_id == "FUND007" and "与标准不符" in f.message_zh
               for f in engine.check_source(load_text(text, "s21.yaml")).findings)


@pytest.mark.parametrize(("costs", "counts"), [
    (_lines(("巡查管护人员补助", "＝52.8万元")) + "\n" + RATE, COUNT),
    (_lines(("巡查管护人员补助", "＝30万元")) + "\n" + RATE, COUNT),  # 7.5 months: no term, a slip
    (_lines(("巡查管护人员补助", "＝50万元")) + "\n" + RATE,
     '      - {name: 聘用巡查管护人员, value: "≥36人"}'),  # over 10% of a count at least
    (_lines(("巡查管护人员补助", "52.8万元"), ("管护人员补助标准", "按县定标准1000元/人·月")), COUNT),  # in policy words
])
def test_an_exact_line_off_its_standard_is_told(engine: Any, costs: str, counts: str) -> None:
    assert _told(engine, costs, counts)


# the look-alikes measured when the check was written: 0 of 12 told
@pytest.mark.parametrize(("costs", "counts", "goal", "period"), [
    (_lines(("巡查管护人员补助", "＝43.2万元")) + "\n" + RATE, COUNT, GOAL, ""),  # the product itself
    (_lines(("巡查管护人员补助及意外保险", "＝52.8万元")) + "\n" + RATE, COUNT, GOAL, ""),  # another part added
    (_lines(("其中：巡查管护人员补助", "＝52.8万元")) + "\n" + RATE, COUNT, GOAL, ""),  # a sub-line
    (_lines(("巡查管护人员补助", "＝52.8万元")) + "\n" + RATE,
     '      - {name: 聘用保洁人员, value: "＝36人"}', GOAL, ""),  # a count of another group
    (_lines(("巡查管护人员补助", "＝129.6万元")) + "\n" + RATE, COUNT, GOAL,
     ", period: 2026年1月-2028年12月"),  # three years in a multi-year project
    (_lines(("巡查管护人员补助", "＝50.4万元")) + "\n" + RATE, COUNT,
     "2026年聘用巡查管护员36人，按14个月发放补助（含年终一次性补助）。", ""),  # a span of months said
    (_lines(("巡查管护人员补助", "＝36万元")) + "\n" + RATE, COUNT, GOAL, ""),  # ten whole months: a term
    (_lines(("巡查管护人员补助", "≤60万元")) + "\n" + RATE, COUNT, GOAL, ""),  # a ceiling with room
    ('      - {name: 巡查管护人员补助, value: "＝52.8万元", note: "36人×1000元×12个月+意外保险"}\n' + RATE,
     COUNT, GOAL, ""),  # the note works it out (its own check)
    (_lines(("巡查管护人员补助", "＝52.8万元"), ("管护人员补助标准", "＝12000元/人·年")), COUNT, GOAL, ""),  # per year
    (_lines(("巡查管护人员补助", "＝52.8万元")) + "\n" + RATE,
     COUNT + '\n      - {name: 巡查管护人员培训, value: "＝44人"}', GOAL, ""),  # two counts as near: no pairing
    (_lines(("巡查管护人员补助", "＝45万元")) + "\n" + RATE,
     '      - {name: 聘用巡查管护人员, value: "≥36人"}', GOAL, ""),  # 4% over a count at least
])
def test_look_alikes_stay_quiet(engine: Any, costs: str, counts: str, goal: str, period: str) -> None:
    assert not _told(engine, costs, counts, goal, period)


# written after the check was tuned, measured once (3 of 3 quiet, 2 of 2 told), then kept: three lines that match their
# standard must stay quiet, two slips must be told
HELD_OUT = [
    (_lines(("村级河长巡河补助", "＝14.4万元"), ("巡河补助标准", "＝300元/人·月")),
     '      - {name: 村级河长人数, value: "＝40人"}', False),  # 40 × 300 × 12 = 14.4万
    (_lines(("公益性岗位补贴", "＝86.4万元"), ("岗位补贴标准", "＝1800元/人·月")),
     '      - {name: 开发公益性岗位, value: "＝40人"}', False),  # 40 × 1800 × 12 = 86.4万
    (_lines(("护林员管护补助", "＝60万元"), ("护林员管护补助标准", "＝500元/人·月")),
     '      - {name: 选聘生态护林员, value: "＝100人"}', False),  # 100 × 500 × 12 = 60万
    (_lines(("保洁员工资", "＝72万元"), ("保洁员工资标准", "＝2000元/人·月")),
     '      - {name: 聘用保洁员, value: "＝25人"}', True),  # 25 × 2000 × 12 = 60万, not 72万
    (_lines(("乡村医生补助", "＝28.8万元"), ("乡村医生补助标准", "＝500元/人·月")),
     '      - {name: 在岗乡村医生, value: "≥40人"}', True),  # 40 × 500 × 12 = 24万, not 28.8万
]


@pytest.mark.parametrize(("costs", "counts", "told"), HELD_OUT)
def test_held_out(engine: Any, costs: str, counts: str, told: bool) -> None:
    assert _told(engine, costs, counts) is told


def _noted(engine: Any, value: str, note: str) -> bool:
    costs = f'      - {{name: 灯具采购安装费, value: "{value}", note: "{note}"}}'
    text = TABLE.format(goal=GOAL, counts=COUNT, costs=costs, period="")
    return any(f.rule_id == "FUND007" and "余量" in f.message_zh
               for f in engine.check_source(load_text(text, "s21.yaml")).findings)


# a ceiling over its note's own sum by more than 15% (FUND007 note_room, a notice): b278's and b285's, told
@pytest.mark.parametrize(("value", "note"), [("≤162万元", "3600套×300元/套"), ("≤576万元", "8000核×600元/核·年")])
def test_a_ceiling_with_half_again_over_its_note_is_asked_about(engine: Any, value: str, note: str) -> None:
    assert _noted(engine, value, note)


# look-alikes measured when it was written: 0 of 10 told (the careful tables' caps keep a tenth: g350, g352, g355,
# g488 at 0.90–0.92 of their notes; g379's 每季度1次 is a cadence the sum may have read without)
@pytest.mark.parametrize(("value", "note"), [
    ("≤50000元", "按5期×每期9000元"),  # g352: a tenth of room
    ("≤180000元", "按30个样地×每个5500元"),  # g350
    ("≤8万元", "按400人次×每人次180元"),  # g355
    ("≤108万元", "3600套×300元/套"),  # the sum itself
    ("≤110万元", "3600套×300元/套"),  # 2% of room
    ("＝108万元", "3600套×300元/套"),  # exact and equal
    ("≤7.2万元", "按24个点位×每季度1次×每点次750元"),  # a cadence (g379)
    ("≤162万元", "约3600套×300元/套"),  # a rough note
    ("≤162万元", "3600套，含安装"),  # no product
    ("≤30万元", "按年度预算，约为1.3倍"),  # no money factor
])
def test_note_room_look_alikes_stay_quiet(engine: Any, value: str, note: str) -> None:
    assert not _noted(engine, value, note)


# held out, written after the 15% was set and measured once: 2 of 5 told, both a ceiling a fifth to a quarter over
# its note (the shape of b285's, 20%), which a reviewer may ask about but which need not be slips: why it is a notice
@pytest.mark.parametrize(("value", "note", "told"), [
    ("≤22万元", "200人×1000元/人", False),
    ("≤12万元", "10场×1万元/场", True),
    ("≤25万元", "40个村×5000元/村", True),
    ("≤33万元", "300户×1000元/户", False),
    ("≤5.5万元", "5人×12个月×800元/人·月", False),
])
def test_note_room_held_out(engine: Any, value: str, note: str, told: bool) -> None:
    assert _noted(engine, value, note) is told


def _note_told(engine: Any, value: str, note: str) -> bool:
    costs = f'      - {{name: 灯具采购安装费, value: "{value}", note: "{note}"}}'
    text = TABLE.format(goal=GOAL, counts=COUNT, costs=costs, period="")
    return any(f.rule_id == "FUND007" and "必有一处写错" in f.message_zh and "备注" in f.message_zh
               for f in engine.check_source(load_text(text, "s21.yaml")).findings)


# a note naming a cost outside its product (+运输费, 不含…, 另计) gives only a part of the line: a line over the
# product is no slip (＝32万元 of 1000套×300元/套+运输费 was told before), a line under it still is
@pytest.mark.parametrize(("value", "note", "told"), [
    ("＝32万元", "1000套×300元/套+运输费", False),
    ("＝32万元", "1000套×300元/套＋运输安装费", False),
    ("＝32万元", "1000套×300元/套（不含运输费）", False),
    ("≤200万元", "1000套×300元/套+运输费", False),
    ("＝28万元", "1000套×300元/套+运输费", True),  # the product alone is over the line
    ("＝32万元", "1000套×300元/套", True),  # nothing outside: 2万元 unexplained
    ("＝32万元", "1000套×300元/套（含运输）", True),  # the price includes the transport
])
def test_a_note_naming_costs_outside_its_product(engine: Any, value: str, note: str, told: bool) -> None:
    assert _note_told(engine, value, note) is told


# month_line: a standard of 0元 pays nothing to weigh (it had divided by zero and stopped the table's checks), and a
# project of several years is quiet whichever way its period is written (2026.01-2027.12 had been read as one year)
@pytest.mark.parametrize(("rate", "period"), [
    ("＝0元/人·月", ""),
    ("＝1000元/人·月", ", period: 2026.01-2027.12"),
    ("＝1000元/人·月", ", period: 2026年1月-2027年12月"),
    ("＝1000元/人·月", ", period: 3年"),
])
def test_month_line_not_weighed(engine: Any, rate: str, period: str) -> None:
    costs = _lines(("巡查管护人员补助", "＝52.8万元"), ("管护人员补助标准", rate))
    assert not _told(engine, costs, period=period)

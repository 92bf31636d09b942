"""g708–g717, a careful round in sectors no fixture covered: the false findings the tables drew (REL002 twice), with
the cases that showed them, their look-alikes and held-out cases, and the unpaired lines beside them still told.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_review_h132 import _findings

COST, QUANTITY = ("产出指标", "成本指标"), ("产出指标", "数量指标")


def _told(engine: Any, costs: list[tuple[str, str]], quantities: list[tuple[str, str]], name: str) -> bool:
    """REL002 tells the quantity ``name`` in a table paying ``costs`` and counting ``quantities``."""
    rows = {COST: [{"name": n, "value": v} for n, v in costs],
            QUANTITY: [{"name": n, "value": v} for n, v in quantities]}
    return any(f"“{name}”" in f.message_zh for f in _findings(engine, "REL002", rows=rows))


# -- a law-enforcement vehicle's running cost pays for the patrols and spot checks it drives to (g712) -------------

def _patrol_told(engine: Any, vehicle_fee: str, quantity: str, value: str = "≥2500家次") -> bool:
    """REL002 tells ``quantity`` beside ``vehicle_fee``, a body-camera purchase and a training line, each counted."""
    costs = [(vehicle_fee, "≤6万元"), ("执法记录仪购置费", "≤2万元"), ("执法人员培训费", "≤1.2万元")]
    quantities = [("购置执法记录仪", "＝10台"), ("培训执法人员", "＝30人"), (quantity, value)]
    return _told(engine, costs, quantities, quantity)


def test_rel002_pairs_the_patrols_with_the_enforcement_vehicles(engine: Any) -> None:
    # the cases that showed it (g712)
    assert not _patrol_told(engine, "执法车辆运行费", "日常巡查文化经营场所")
    assert not _patrol_told(engine, "执法车辆运行费", "双随机抽查文化经营单位", "≥21家")


# the probe: look-alikes, none to be told (before the fix: 10 of 10 told)
@pytest.mark.parametrize(("fee", "quantity", "value"), [
    ("执法车辆运行费", "日常巡查文化经营场所", "≥2500家次"),
    ("执法车辆运行费", "双随机抽查文化经营单位", "≥21家"),
    ("执法车辆运行维护费", "巡查网吧和娱乐场所", "≥1200家次"),
    ("执法车运行费", "日常巡查农资经营门店", "≥600家次"),
    ("执法车辆燃油及维修费", "抽查食品生产经营户", "≥150户"),
    ("执法用车运行费", "巡查建筑工地", "≥300次"),
    ("执法车辆租赁费", "夜间巡查餐饮油烟", "≥200次"),
    ("执法车辆运行费", "随机抽查出版物发行单位", "≥12家"),
    ("执法车辆保险及运行费", "河道巡查", "≥150次"),
    ("综合执法车辆运行费", "开展沿街店铺巡查", "≥4000户次"),
])
def test_rel002_leaves_patrols_beside_the_vehicles(engine: Any, fee: str, quantity: str, value: str) -> None:
    assert not _patrol_told(engine, fee, quantity, value)


# still told where the rule is right: what the vehicles do not pay for, and patrols with no vehicle line at all
@pytest.mark.parametrize(("fee", "quantity", "value"), [
    ("执法车辆运行费", "设置投诉举报箱", "＝20个"),
    ("执法车辆运行费", "制作宣传展板", "＝40块"),
    ("办公设备购置费", "日常巡查文化经营场所", "≥2500家次"),
])
def test_rel002_still_tells_what_the_vehicles_do_not_pay_for(engine: Any, fee: str, quantity: str, value: str) -> None:
    assert _patrol_told(engine, fee, quantity, value)


# -- a sentinel hospital's subsidy pays for the cases it reports (g713) ---------------------------------------------

def _cases_told(engine: Any, subsidy: str, quantity: str, value: str = "≥600例") -> bool:
    """REL002 tells ``quantity`` beside ``subsidy``, a specimen-testing and a training line, each counted."""
    costs = [("生物标本检测费", "≤6万元"), (subsidy, "≤4万元"), ("监测人员培训费", "≤1.2万元")]
    quantities = [("病例生物标本检测", "≥200份"), ("培训监测人员", "＝80人"), ("监测哨点医院", "＝8家"),
                  (quantity, value)]
    return _told(engine, costs, quantities, quantity)


def test_rel002_pairs_the_cases_with_the_sentinel_subsidy(engine: Any) -> None:
    # the case that showed it (g713)
    assert not _cases_told(engine, "哨点医院监测工作补助", "报告食源性疾病病例信息")


# the probe: look-alikes, none to be told (before the fix: 9 of 10 told; 监测病例 shares 监测 with the training line)
@pytest.mark.parametrize(("subsidy", "quantity", "value"), [
    ("哨点医院监测工作补助", "报告食源性疾病病例信息", "≥600例"),
    ("哨点医院工作补助", "报告食源性疾病病例", "≥600例"),
    ("哨点医院补助", "采集流感样病例咽拭子", "≥480份"),
    ("监测哨点工作经费", "报告腹泻病例", "≥300例"),
    ("哨点医院监测补助", "上报病例个案信息", "≥600条"),
    ("哨点医院病原监测补助", "手足口病病例报告", "≥150例"),
    ("哨点医院工作经费", "报告严重急性呼吸道感染病例", "≥200例"),
    ("哨点单位补助", "监测病例", "≥500例"),
    ("哨点医院运行补助", "收集伤害病例信息", "≥1000例"),
    ("哨点医院监测工作补助", "网络直报病例", "≥600例"),
])
def test_rel002_leaves_cases_beside_the_sentinel_subsidy(engine: Any, subsidy: str, quantity: str, value: str) -> None:
    assert not _cases_told(engine, subsidy, quantity, value)


# still told where the rule is right: what a sentinel subsidy does not buy, and cases with no sentinel line
@pytest.mark.parametrize(("subsidy", "quantity", "value"), [
    ("哨点医院监测工作补助", "配备应急处置箱", "＝8个"),
    ("医院监测工作补助", "报告食源性疾病病例", "≥600例"),
    ("哨点医院监测工作补助", "开展入户随访", "≥300户"),
])
def test_rel002_still_tells_what_a_sentinel_subsidy_does_not_buy(engine: Any, subsidy: str, quantity: str,
                                                                 value: str) -> None:
    assert _cases_told(engine, subsidy, quantity, value)


# held out, written after the fix and not used to tune it: 4 of 5 right for each pair (the quiet ones quiet). The one
# wrong in each was a miss: a purchase that names the patrol or the cases (购买巡查无人机, 印制病例报告卡) was taken for
# the work the vehicle or the subsidy pays for; since second opinion s23b a related word pairs no quantity of things
# bought, printed or hired, and both are told
@pytest.mark.parametrize(("fee", "quantity", "value", "told"), [
    ("执法车辆运行费", "巡查出租屋", "≥800户次", False),
    ("执法车辆运维费", "抽查特种设备使用单位", "≥30家", False),
    ("执法车辆油料费", "开展夜间巡查", "≥100次", False),
    ("执法车辆运行费", "巡查矿山", "≥48次", False),
    ("执法车辆运行费", "购买巡查无人机", "＝2架", True),  # the miss, told since s23b
])
def test_rel002_patrols_held_out(engine: Any, fee: str, quantity: str, value: str, told: bool) -> None:
    assert _patrol_told(engine, fee, quantity, value) is told


@pytest.mark.parametrize(("subsidy", "quantity", "value", "told"), [
    ("哨点医院工作补助", "报告急性弛缓性麻痹病例", "≥20例", False),
    ("哨点监测补助", "采集病例血清", "≥200份", False),
    ("哨点医院补助", "登记出生缺陷病例", "≥50例", False),
    ("哨点医院监测工作经费", "报告病例", "≥600例", False),
    ("哨点医院监测工作补助", "印制病例报告卡", "＝5000张", True),  # the miss, told since s23b
])
def test_rel002_cases_held_out(engine: Any, subsidy: str, quantity: str, value: str, told: bool) -> None:
    assert _cases_told(engine, subsidy, quantity, value) is told

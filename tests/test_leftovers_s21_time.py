"""Dates that contradict the table's own goal (the recall audits' b239, b243, b260): money paid before the
applications for it open and work on the site finished before the works start (TIME006 before_start), and a
deadline after the period the goal states though the goal dates the same work after it (TIME008), each against
the look-alikes it was measured on and the held-out cases written after it."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: 2026年项目, year: 2026, department: 县农业农村局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
{rows}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _told(engine: Any, rule: str, goal: str, rows: list[tuple[str, str]]) -> list[str]:
    """Where ``rule`` tells in a table of ``goal`` and the 时效 ``rows``."""
    text = TABLE.format(goal=goal, rows="\n".join(f"      - {{name: {n}, value: \"{v}\"}}" for n, v in rows))
    return [f.path for f in engine.check_source(load_text(text, "s21.yaml")).findings if f.rule_id == rule]


APPLY = "2026年发放农机购置补贴，补贴申请自2026年3月1日起受理，12月20日前兑付完毕。"
WORKS = "全县废弃矿山图斑20个，2026年4月开工，修复治理面积1500亩，植树12万株，11月30日前完工。"


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    # told: paid before applications open (b239), a site's work before the works start (b243)
    (APPLY, "首批补贴资金兑付完成时间", "2026年2月28日前", True),
    (APPLY, "补贴资金兑付完成时间", "2026年1月31日前", True),
    ("自2026年4月起受理资助申请，年内资助学生500人。", "资助资金发放时间", "2026年3月31日前", True),
    (WORKS, "植树造林完成时间", "2026年3月31日前", True),
    (WORKS, "生态修复施工完成时间", "2026年3月15日前", True),
    # look-alikes: applications closing, payment after they open, other money, last year's money
    (APPLY, "补贴申请截止时间", "2026年11月30日前", False),
    (APPLY, "补贴资金兑付完成时间", "2026年12月20日前", False),
    (APPLY, "上年结转补贴资金兑付时间", "2026年2月28日前", False),
    (APPLY, "耕地地力保护补贴发放时间", "2026年2月28日前", False),
    (APPLY, "2025年度补贴资金兑付时间", "2026年2月28日前", False),
    # preparation before the works start, and the site's work after it
    (WORKS, "前期准备完成时间", "2026年3月31日前", False),
    (WORKS, "苗木采购完成时间", "2026年3月31日前", False),
    (WORKS, "施工许可办理完成时间", "2026年3月31日前", False),
    (WORKS, "修复方案审批完成时间", "2026年3月15日前", False),
    (WORKS, "植树造林完成时间", "2026年10月31日前", False),
    (WORKS, "上年续建绿化工程完成时间", "2026年3月31日前", False),
    # held out, written after the change: a subsidy's 受理 date of another money, a survey before the works, a
    # first batch of money paid after the applications open, site clearing before, 申报 of another kind
    ("2026年3月1日起受理农机报废补贴申请，年内报废老旧农机80台。", "购置补贴资金发放时间", "2026年2月28日前", False),
    (WORKS, "地形测量及图斑核实完成时间", "2026年3月20日前", False),
    (APPLY, "首批补贴资金兑付完成时间", "2026年5月31日前", False),
    (WORKS, "施工队伍进场完成时间", "2026年3月31日前", False),
    # (missed: 路面硬化 shares no two characters in a row with the sentence's 新建村级道路)
    ("2026年4月开工，新建村级道路5公里，11月30日前完工。", "路面硬化完成时间", "2026年3月31日前", False),
])
def test_time006_before_start(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    assert bool(_told(engine, "TIME006", goal, [(name, value)])) is told


PERIOD = "项目实施期为2026年3月至2026年9月。2026年为208个农家书屋补充更新出版物1.25万册，"


@pytest.mark.parametrize(("goal", "rows", "told"), [
    # the goal dates the project's own work after its period: the period still stands (b260)
    (PERIOD + "出版物于2026年10月31日前配送到位，11月30日前完成编目登记上架。",
     [("编目登记上架完成时间", "2026年11月30日前")], True),
    (PERIOD + "11月30日前完成出版物配送。", [("出版物配送完成时间", "2026年11月30日前")], True),
    # look-alikes: work that follows a period dated in the goal, a deadline within it, the month after it
    (PERIOD + "9月至12月为后期管护期。", [("出版物配送完成时间", "2026年11月30日前")], False),
    (PERIOD + "资金于11月底前拨付到位。", [("出版物配送完成时间", "2026年11月30日前")], False),
    (PERIOD + "12月完成竣工验收。", [("出版物配送完成时间", "2026年11月30日前")], False),
    (PERIOD + "9月底前配送到位。", [("出版物配送完成时间", "2026年9月30日前")], False),
    (PERIOD + "9月底前配送到位。", [("出版物配送完成时间", "2026年10月31日前")], False),
    (PERIOD + "9月底前配送到位。", [("绩效评价报告报送时间", "2026年12月31日前"),
                                ("资金清算完成时间", "2026年12月31日前")], False),
    # a period over several years, and the period of another piece of work
    ("项目实施期为2026年3月至2027年9月，2026年完成配送。", [("出版物配送完成时间", "2026年11月30日前")], False),
    ("园路修复工程实施时间为2026年4月至6月，全年养护公园12个。", [("公园养护完成时间", "2026年12月31日前")], False),
    # held out, written after the change
    (PERIOD + "10月至12月开展跟踪回访。", [("书屋配送完成时间", "2026年12月31日前")], False),
    (PERIOD + "11月完成设备试运行。", [("出版物配送完成时间", "2026年11月30日前")], False),
    (PERIOD + "12月15日前完成阅读推广活动。", [("阅读推广活动完成时间", "2026年12月15日前")], True),
])
def test_time008_goal_dating_later_work(preview_engine: Any, goal: str, rows: list[tuple[str, str]],
                                        told: bool) -> None:
    assert bool(_told(preview_engine, "TIME008", goal, rows)) is told

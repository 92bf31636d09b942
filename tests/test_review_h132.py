"""Misses the audits left in SAT002, CAT020 and TIME006 before_start, each pinned with look-alikes left alone.

- SAT002: the 实施单位's own staff asked were told for a 站 or 中心 (人防工程管理站职工满意度), not for a plant's
  (水厂职工, 污水处理厂员工), a 段's (公路管理段养护职工) nor under the unit's short name (县疾控中心 of 疾病预防控制中心);
  a hotline's 坐席人员 (those answering, not those calling) were not told at all.
- CAT020: 里程 was no measure word as 长度 and 面积 are (完成农村公路养护里程 beside 农村公路养护 ≥500公里).
- TIME006 before_start: a bare 2026年9月启动 (no 项目 before it), a work's start without 起 (3月启动植树造林,
  3月开始…) and applications opening on a day (补贴申请自2026年3月1日起受理) gave no start. 利用暑假 gives none either,
  so a 招标 deadline in June beside 利用暑假完成校舍维修 is not told (checked: it never was).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _findings(engine: Any, rule_id: str, *, goal: str = "2026年完成年度任务。", project: dict[str, str] | None = None,
              rows: dict[tuple[str, str], list[dict[str, str]]]) -> list[Any]:
    """The findings of ``rule_id`` on the clean example table moved to 2026, with ``rows`` in place of its own
    under each (一级, 二级)."""
    document = example_document({})
    document["project"].update({"year": 2026, "name": "2026年测试项目", **(project or {})})
    document["project"].pop("title", None)
    document["goal"] = goal
    for (level1, level2), lines in rows.items():
        document["indicators"].setdefault(level1, {})[level2] = lines
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == rule_id]


def assert_sat002(engine: Any, name: str, implementer: str, project_name: str, told: bool) -> None:
    """SAT002 tells the satisfaction row ``name`` in a table of ``implementer``'s ``project_name`` (a warning), or not."""
    found = _findings(engine, "SAT002", project={"implementer": implementer, "name": project_name},
                      rows={SATISFACTION: [{"name": name, "value": "≥90%"}]})
    assert bool(found) is told
    if told:
        assert found[0].severity.name == "WARNING"


SATISFACTION = ("满意度指标", "服务对象满意度指标")


@pytest.mark.parametrize(("name", "implementer", "project_name", "told"), [
    ("水厂职工满意度", "某县第二水厂", "2026年第二水厂运行维护经费", True),
    ("污水处理厂员工满意度", "某县城区污水处理厂", "2026年城区污水处理厂运营经费", True),
    ("坐席人员满意度", "某市12345政务服务便民热线管理中心", "2026年12345热线运行经费", True),
    ("县疾控中心职工满意度", "某县疾病预防控制中心", "2026年重大公共卫生服务项目", True),
    ("公路管理段养护职工满意度", "某县公路管理段", "2026年农村公路养护经费", True),
    ("水厂职工满意度", "某县水务局", "2026年农村饮水安全工程维修养护", False),  # another unit's staff
    ("县疾控中心职工满意度", "某县卫生健康局", "2026年重大公共卫生服务项目", False),
    ("参训坐席人员满意度", "某市12345政务服务便民热线管理中心", "2026年12345热线坐席人员业务培训", False),
    ("来电群众满意度", "某市12345政务服务便民热线管理中心", "2026年12345热线运行经费", False),
    ("用水户满意度", "某县第二水厂", "2026年第二水厂运行维护经费", False),
])
def test_sat002_asks_of_a_plants_or_a_hotlines_own_staff(engine: Any, name: str, implementer: str,
                                                           project_name: str, told: bool) -> None:
    assert_sat002(engine, name, implementer, project_name, told)


@pytest.mark.parametrize(("quantity", "quality", "told"), [
    ("农村公路养护", "完成农村公路养护里程", True),
    ("河道清淤疏浚", "河道清淤疏浚里程", True),
    ("农村公路养护", "养护达标路段里程", False),  # a standard reached
    ("农村公路安防工程", "列养农村公路里程", False),
])
def test_cat020_reads_licheng_as_a_measure_word(engine: Any, quantity: str, quality: str, told: bool) -> None:
    found = _findings(engine, "CAT020", rows={("产出指标", "数量指标"): [{"name": quantity, "value": "≥500公里"}],
                                             ("产出指标", "质量指标"): [{"name": quality, "value": "≥500公里"}]})
    assert bool(found) is told


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("2026年发放农机购置补贴500万元，补贴申请自2026年3月1日起受理，11月30日前完成兑付。", "补贴申请截止时间",
     "2026年2月28日前", True),
    ("2026年9月启动，年内完成全县200户农村危房改造。", "危房改造完成时间", "2026年8月31日前", True),
    ("工程自2026年7月启动，年底前完成河道整治5公里。", "河道整治完成时间", "2026年6月30日前", True),
    ("2026年3月启动植树造林，完成人工造林3000亩。", "植树造林完成时间", "2026年2月28日前", True),
    ("2026年完成人工造林3000亩，2026年3月开始植树造林。", "植树造林完成时间", "2026年2月28日前", True),
    # the summer holidays are no start; a start naming its work is that work's; work done before any start
    ("2026年利用暑假完成校舍维修8所。", "维修工程招标完成时间", "2026年6月30日前", False),
    ("2026年9月启动秋季学期资助，全年资助学生1200人次。", "春季学期资助资金发放时间", "2026年4月30日前", False),
    ("2026年3月启动植树造林，完成人工造林3000亩。", "苗木采购完成时间", "2026年2月28日前", False),
    ("2026年9月启动，年内完成全县200户农村危房改造。", "危房改造对象认定时间", "2026年8月31日前", False),
    ("2026年发放农机购置补贴500万元，补贴申请自2026年3月1日起受理。", "补贴资金下达时间", "2026年2月28日前", False),
    ("2026年3月1日起执行新标准，全年发放高龄津贴。", "一季度高龄津贴发放时间", "2026年3月31日前", False),
])
def test_time006_reads_starts_worded_other_ways(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    found = _findings(engine, "TIME006", goal=goal, rows={("产出指标", "时效指标"): [{"name": name, "value": value}]})
    assert bool(found) is told

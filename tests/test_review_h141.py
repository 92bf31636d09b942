"""SAT002 and SAT003 gaps (h141), each measured on look-alikes:

- SAT002 missed the 实施单位's own staff asked under a bureau's short name whose middle is shortened (县卫健局 of
  某县卫生健康局, 县市场监管局 of 市场监督管理局), and split 人力资源和社会保障局 at its 和, so 县人社局 and 县发改局
  were never compared with the whole name.
- SAT003 left names that still ask no one: two such words (整体服务满意度), the service's quality (服务质量满意度),
  对…的 (对项目实施的满意度) and 评价 after (工作满意度评价).
"""

from __future__ import annotations

from typing import Any

import pytest

from test_review_h132 import SATISFACTION, _findings, assert_sat002


@pytest.mark.parametrize(("name", "implementer", "project_name", "told"), [
    ("县卫健局职工满意度", "某县卫生健康局", "2026年基本公共卫生服务项目", True),
    ("县人社局职工满意度", "某县人力资源和社会保障局", "2026年就业创业服务补助", True),
    ("县发改局工作人员满意度", "某县发展和改革局", "2026年重大项目前期工作经费", True),
    ("县市场监管局职工满意度", "某县市场监督管理局", "2026年食品安全抽检经费", True),
    ("县政府办干部职工满意度", "某县人民政府办公室", "2026年政务公开工作经费", True),
    ("县卫健委职工满意度", "某县卫生健康委员会", "2026年基本公共卫生服务项目", True),
    # a city's bureau serving the counties' bureaus; another unit's staff trained; the staff's own project
    ("县卫健局职工满意度", "遵义市卫生健康局", "2026年全市卫生健康系统业务能力提升项目", False),
    ("乡镇卫生院职工满意度", "某县卫生健康局", "2026年基层卫生人才培训项目", False),
    ("县卫健局干部职工满意度", "某县卫生健康局", "2026年卫健系统干部职工教育培训", False),
    ("县农技站职工满意度", "某县农业农村局", "2026年基层农技推广体系改革与建设补助", False),
    ("县文化馆职工满意度", "某县文化广电旅游局", "2026年文化惠民演出", False),
    # two units in one cell are still told apart at 和 after a unit's ending
    ("县疾控中心职工满意度", "某县卫生健康局和各乡镇卫生院", "2026年重大公共卫生服务项目", False),
])
def test_sat002_asks_of_a_bureaus_own_staff_by_its_short_name(engine: Any, name: str, implementer: str,
                                                             project_name: str, told: bool) -> None:
    assert_sat002(engine, name, implementer, project_name, told)


@pytest.mark.parametrize(("name", "told"), [
    ("整体服务满意度", True),
    ("服务质量满意度", True),
    ("对项目实施的满意度", True),
    ("工作满意度评价", True),
    ("总体工作满意度", True),
    ("服务质量满意率", True),
    ("群众对项目实施的满意度", False),
    ("企业对服务质量满意度", False),
    ("群众对卫生健康工作的满意度", False),
    ("游客整体满意度", False),
    ("服务群众满意度", False),
    ("公共就业服务满意度", False),
])
def test_sat003_tells_a_satisfaction_of_the_work_asked_of_no_one(engine: Any, name: str, told: bool) -> None:
    found = _findings(engine, "SAT003", rows={SATISFACTION: [{"name": name, "value": "≥90%"}]})
    assert bool(found) is told

"""Forms that careful tables g420–g431 (fixtures/sectors: 胸痛中心, 景区智慧导览, 残疾人职业培训, 农田水利维修养护,
少数民族特色村寨, 学校饮水净化, 特种作业培训, 交通安全隐患治理, 老年人体检, 危旧桥梁改造, 政务自助终端, 农业综合执法)
use that drew false findings; look-alikes keep theirs.

- a change on last year whose value names the way (治理路段交通事故起数较上年变化 下降≥15%, g427) was told as a
  change with no direction (VAL033): the value gives the direction the name leaves out; ≥15% is still told.
- the village sub-projects a fund pays for (实施村级项目 ≥12个, g424), its cost lines paying the works by kind
  (民居外立面修缮补助, 石板路改造费), were told as a count no cost pays (REL002): no line pays them by themselves.
"""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text

_CHANGE = """\
version: 1
project: {{name: 2026年测试县道路交通安全隐患点段治理项目, year: 2026, department: 测试县公安局}}
goal: 2026年治理隐患点段45处，治理路段交通事故起数较上年下降15%以上。
indicators:
  效益指标:
    社会效益指标:
      - {{name: 治理路段交通事故起数较上年变化, value: {value}}}
"""


def _findings(engine: Any, text: str, rule_id: str) -> list[Any]:
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


def test_a_change_whose_value_names_the_way_has_its_direction(engine: Any) -> None:
    assert not _findings(engine, _CHANGE.format(value="下降≥15%"), "VAL033")
    assert not _findings(engine, _CHANGE.format(value="较上年增长≥5%"), "VAL033")


def test_a_change_with_no_way_in_name_or_value_is_still_told(engine: Any) -> None:
    assert len(_findings(engine, _CHANGE.format(value="≥15%"), "VAL033")) == 1


_VILLAGES = """\
version: 1
project: {{name: 2026年测试县少数民族特色村寨保护与发展项目, year: 2026, department: 测试县民族宗教事务局}}
funds: {{unit: 万元, total: 400, fiscal: 400, other: 0}}
goal: 2026年在12个村寨实施村级项目12个，修缮民居外立面300户、改造石板路8公里。
indicators:
  产出指标:
    数量指标:
      - {{name: {count}, value: ≥12个}}
      - {{name: 修缮传统民居外立面, value: ≥300户}}
      - {{name: 改造寨内石板路, value: ≥8公里}}
    成本指标:
      - {{name: 传统民居外立面修缮补助, value: ≤240万元}}
      - {{name: 寨内石板路改造费, value: ≤160万元}}
"""


def test_village_sub_projects_the_whole_fund_pays_need_no_line_of_their_own(engine: Any) -> None:
    assert not _findings(engine, _VILLAGES.format(count="实施村级项目"), "REL002")


def test_a_count_of_works_no_line_pays_is_still_told(engine: Any) -> None:
    assert len(_findings(engine, _VILLAGES.format(count="新建村寨游客服务中心"), "REL002")) == 1

"""Re-read h145 of REL016–REL018, FUND017 and their neighbours: each case a slip the re-read found, on a careful
township table (g270, 2025: 龙门镇村级组织运转经费) with a field changed."""

from __future__ import annotations

from typing import Any

import pytest

from engine_helpers import sector_rule_counts
from ggtlint.load import load_text


def _rules(engine: Any, *replaced: tuple[str, str]) -> list[str]:
    """The rules g270 draws with each (old, new) of ``replaced`` made."""
    return list(sector_rule_counts(engine, "270", *replaced))


_COUNTY_WIDE = ("- name: 村级党组织标准化", "- name: 全县村级党组织标准化")


@pytest.mark.parametrize("implementer", ["城口县各乡镇人民政府", "城口县乡镇财政所", "城口县各乡（镇）人民政府"])
def test_a_county_table_carried_out_by_the_townships_has_no_township_of_its_own(engine: Any, implementer: str) -> None:
    county = (("department: 城口县龙门镇人民政府", "department: 城口县财政局"),
              ("implementer: 城口县龙门镇人民政府（财政所）", f"implementer: {implementer}"),
              ("region: 城口县龙门镇", "region: 城口县"))
    told = ("为12个村开展党员教育", "为明中乡12个村开展党员教育")
    assert not {"REL016", "REL017"} & set(_rules(engine, *county, told, _COUNTY_WIDE))
    # the township's own table still tells both
    assert {"REL016", "REL017"} <= set(_rules(engine, told, _COUNTY_WIDE))


_MONTHLY_CHECK = ("      - name: 村级办公经费拨付时间\n        value: 2025年3月31日前\n",
                  "      - name: 村级办公经费拨付时间\n        value: 2025年3月31日前\n"
                  "      - name: 水源地水质监测时间\n        value: 每月底前\n")


@pytest.mark.parametrize(("clause", "told"), [
    ("水源地水质每季度监测1次，", True),
    ("水源地水质按季节变化开展监测，", False),  # 季节 is no quarter
    ("水源地水质按周期开展监测，", False),  # 周期 is no week
    ("水源地水质按周边污染源分布开展监测，", False),
])
def test_a_word_opening_with_a_period_is_no_cadence(engine: Any, clause: str, told: bool) -> None:
    found = _rules(engine, _MONTHLY_CHECK, ("为12个村开展党员教育", clause + "为12个村开展党员教育"))
    assert ("REL018" in found) == told


@pytest.mark.parametrize(("name", "told"), [
    ("2025年白鹤镇协税护税工作经费", True),
    ("2025年龙门镇创建国家卫生镇工作经费", False),  # a title a township earns, not a name
    ("2025年龙门镇重点中心镇建设经费", False),
    ("2025年龙门镇乡村振兴示范镇创建经费", False),
    ("2025年龙门镇工业大镇建设经费", False),
])
def test_a_title_of_township_in_the_project_name_is_no_other_township(engine: Any, name: str, told: bool) -> None:
    found = _rules(engine, ("name: 2025年龙门镇村级组织运转经费", f"name: {name}"))
    assert ("REL016" in found) == told


_POSTS = """version: 1
project: {name: 2025年公益性岗位补贴, year: 2025, department: 某县人力资源和社会保障局}
funds: {unit: 元, total: 250000, fiscal: 250000, other: 0}
goal: 2025年开发公益性岗位12个，按月发放岗位补贴。
indicators:
  产出指标:
    数量指标: [{name: 公益性岗位开发数量, value: ≥12人}]
    成本指标: [{name: 公益性岗位补贴, value: ≤250000元, note: "NOTE"}]
"""


@pytest.mark.parametrize(("note", "told"), [
    ("按2000元/人·月发放", True),  # 2000 × 12 × 12 = 288000, over the line
    ("按2000元/人·月发放，每月10日前发放", True),  # a day of the month multiplies nothing
    ("按每人每月2000元标准发放，每季度首月10日前到账", True),
    ("按2000元/人·月发放，每季度拨付1次", True),  # how often it is paid, not how much
    ("按2000元/人·月发放，每人每月2次", False),  # a factor of its own
])
def test_a_notes_payday_leaves_its_rate_to_be_multiplied(engine: Any, note: str, told: bool) -> None:
    found = engine.check_source(load_text(_POSTS.replace("NOTE", note), "posts.yaml")).findings
    assert any(finding.rule_id == "FUND007" for finding in found) == told


@pytest.mark.parametrize(("opening", "told"), [
    ("省级现代农业产业园建设项目：", True),
    ("依托省级现代农业产业园建设项目，", False),
    ("2025年依托省级现代农业产业园建设项目，", False),  # the year before the opening word
    ("2025年度作为省级现代农业产业园建设项目的组成部分，", False),
])
def test_rel015_reads_the_opening_word_after_the_year(engine: Any, opening: str, told: bool) -> None:
    found = _rules(engine, ("goal: |\n  2025年保障", "goal: |\n  " + opening + "保障"))
    assert ("REL015" in found) == told


@pytest.mark.parametrize(("split", "told"), [
    ("其中市级80万元、县级30万元", True),  # levels bare
    ("其中上级补助资金100万元、群众投工投劳折资30万元", True),
    ("其中县级医院80万元、乡镇卫生院30万元", False),  # where the money goes, the rest to 村卫生室
    ("其中村集体经济组织分红80万元、村民务工收入30万元", False),
])
def test_fund017_reads_a_split_by_source_not_by_recipient(engine: Any, split: str, told: bool) -> None:
    found = _rules(engine, ("2025年保障全镇", f"2025年安排资金120万元，{split}，保障全镇"))
    assert ("FUND017" in found) == told


_ECOLOGICAL_COST = """version: 1
project: {name: 2025年农村生活垃圾治理, year: 2025, department: 某县生态环境局, framework: fw2021}
funds: {unit: 元, total: 300000, fiscal: 300000, other: 0}
goal: 2025年完成农村生活垃圾收运处置。
indicators:
  成本指标:
    经济成本指标: [{name: 垃圾收运处置费, value: ≤300000元}]
    生态环境成本指标: [{name: NAME, value: "VALUE"}]
"""


@pytest.mark.parametrize(("name", "value", "told"), [
    ("服务站周边绿化面积", "≥450平方米", True),
    ("水土流失治理率", "≥90%", False),  # the harm treated, as 复垦率 is
    ("施工噪声监测次数", "≥4次", False),
    ("垃圾分类收集率", "≥90%", False),
])
def test_cat022_leaves_a_measure_against_the_harm(engine: Any, name: str, value: str, told: bool) -> None:
    text = _ECOLOGICAL_COST.replace("NAME", name).replace("VALUE", value)
    found = engine.check_source(load_text(text, "cost.yaml")).findings
    assert any(finding.rule_id == "CAT022" for finding in found) == told

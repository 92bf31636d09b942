"""The careful round g456–g467 (fixtures/sectors: 结核病防治, 挥发性有机物治理, 农村自建房整治, 自然资源资产清查,
户外招牌整治, 一刻钟便民生活圈, 高新技术企业培育, 医疗器械不良事件监测, 中小学研学, 绿色种养循环, 图书馆数字资源,
心理援助热线): the false findings its tables and single-line probes drew; look-alikes keep theirs.

- patients counted in 例 under a 人数 name (耐药患者药物补助人数 ≥30例, g456) were told as no people (VAL008):
  例 counts patients (name_value.py _PEOPLE_UNITS).
- adverse-event reports gathered (收集评价不良事件报告 ≥2000份, g463) were told as a reverse indicator (VAL006):
  收集 records the events, a workload, as 采集 and 上报 do (negative-direction.yaml records).
- a share in long-term preservation (数字资源长期保存率 ＝100%, g466) was told as a multi-year horizon (TIME004):
  长期保存 is a kind of keeping (multi_year.py _NAME_YEARS).

Probed, then written into the tables:

- what those screened pay themselves under 社会成本 (筛查对象自付检查费用 ＝0元, g456) was told as money belonging
  under economic costs (CAT009): a charge on the people, as 收取 is (placement.yaml CAT009 selector); so was a
  burden named at the end (患者往返交通负担 ≤50元/人次, g456), where only 增加…负担 was left alone.
- 常态化运行 (热线值守排班机制, g467) was vague text (VAL013), where 正常运行 and 建立并常态化运行 are yes/no.
- an adsorbent's iodine value ≥800mg/g (g457) and a scan's resolution ≥300dpi (g466) were text (VAL001, an
  error): units.yaml now has mg/g and dpi.
- an index with a percentage (粪肥种子发芽指数 ≥70%, g465) was told as a count with a percentage (VAL008): an
  index is no count (name-hints.yaml rate suffix 指数).
- pathogens killed (粪肥蛔虫卵死亡率 ≥95%, g465) was told as a reverse indicator (VAL006): negative-direction.yaml
  exceptions 虫卵死亡率, 虫口死亡率, 害虫死亡率.
- a 2021 ecological cost in its own unit (夜间拆除作业施工噪声 ≤55分贝, g460) was told as money without 元
  (FUND010): value-kind ``unitless_only_under`` takes the social and ecological costs (funds.yaml FUND010).
- 不影响 under 社会成本 (对沿街商户正常经营影响, g460) was text (VAL001, an error), where 无影响 is a yes/no
  (yesno-terms.yaml negative).
- a survey's reference date before the budget year (清查基准时点 2025年12月31日, g459) was told as a deadline
  before the year (TIME001, an error) read without 前 (TIME003): time.yaml &product_terms (shared with TIME005 and
  CAT015) and TIME003's selector leave (基准|标准)时点 alone.
- a share of the investment with no 的 (按投资额30%补助，最高3万元, g461) was text (VAL001, an error), where
  按总投资的30% is a policy's amount: policy-markers.yaml keyword 投资额.
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

_TABLE = """\
version: 1
project: {{name: 2026年测试县试点项目, year: 2026, department: 测试县卫生健康局, framework: fw2021}}
indicators:
  成本指标:
    {level2}:
      - {{name: {name}, value: {value}}}
"""

_OUTPUT = """\
version: 1
project: {{name: 2026年测试县试点项目, year: 2026, department: 测试县卫生健康局}}
indicators:
  {level1}:
    {level2}:
      - {{name: {name}, value: {value}}}
"""


def _findings(engine: Any, text: str, rule_id: str) -> list[Any]:
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


def _row(engine: Any, level1: str, level2: str, name: str, value: str, rule_id: str) -> list[Any]:
    return _findings(engine, _OUTPUT.format(level1=level1, level2=level2, name=name, value=value), rule_id)


def test_val008_reads_cases_as_people(engine: Any) -> None:
    assert not _row(engine, "产出指标", "数量指标", "耐药患者药物补助人数", "≥30例", "VAL008")
    assert _row(engine, "产出指标", "数量指标", "涉及单位人数", "＝40家", "VAL008")


def test_val006_leaves_adverse_event_reports_collected(engine: Any) -> None:
    assert not _row(engine, "产出指标", "数量指标", "收集评价不良事件报告", "≥2000份", "VAL006")
    assert _row(engine, "效益指标", "社会效益指标", "医疗器械严重不良事件", "≥3起", "VAL006")


def test_time004_leaves_long_term_preservation(engine: Any) -> None:
    assert not _row(engine, "效益指标", "可持续影响指标", "数字资源长期保存率", "＝100%", "TIME004")
    assert _row(engine, "效益指标", "可持续影响指标", "设施长期稳定运行率", "≥95%", "TIME004")


@pytest.mark.parametrize(("name", "value", "told"), [("筛查对象自付检查费用", "＝0元", False),
                                                     ("患者往返交通负担", "≤50元/人次", False),
                                                     ("征收补偿安置费", "≤1200万元", True),
                                                     ("群众丧葬负担减轻金额", "≥100万元", True)])
def test_cat009_a_charge_paid_by_those_served(engine: Any, name: str, value: str, told: bool) -> None:
    assert bool(_findings(engine, _TABLE.format(level2="社会成本指标", name=name, value=value), "CAT009")) is told


def test_val013_reads_routine_running_as_yes_no(engine: Any) -> None:
    assert not _row(engine, "效益指标", "可持续影响指标", "热线值守排班机制", "常态化运行", "VAL013")
    assert _row(engine, "效益指标", "可持续影响指标", "热线值守排班机制", "常态化", "VAL013")


@pytest.mark.parametrize("value", ["≥800mg/g", "≥800毫克/克"])
def test_val001_reads_milligrams_a_gram(engine: Any, value: str) -> None:
    assert not _row(engine, "产出指标", "质量指标", "更换活性炭碘值", value, "VAL001")


@pytest.mark.parametrize("value", ["≥300dpi", "不低于600DPI"])
def test_val001_reads_dots_an_inch(engine: Any, value: str) -> None:
    assert not _row(engine, "产出指标", "质量指标", "地方文献数字化图像分辨率", value, "VAL001")


def test_val008_leaves_an_index_with_a_percentage(engine: Any) -> None:
    assert not _row(engine, "产出指标", "质量指标", "粪肥种子发芽指数", "≥70%", "VAL008")
    assert _row(engine, "产出指标", "数量指标", "受益人数", "≥95%", "VAL008")


@pytest.mark.parametrize("name", ["粪肥蛔虫卵死亡率", "松褐天牛虫口死亡率"])
def test_val006_leaves_pathogens_and_pests_killed(engine: Any, name: str) -> None:
    assert not _row(engine, "产出指标", "质量指标", name, "≥95%", "VAL006")


def test_val006_still_tells_a_death_rate(engine: Any) -> None:
    assert _row(engine, "效益指标", "社会效益指标", "孕产妇死亡率", "≥10/10万", "VAL006")


def test_fund010_leaves_a_harm_in_its_own_unit(engine: Any) -> None:
    assert not _findings(engine, _TABLE.format(level2="生态环境成本指标", name="夜间拆除作业施工噪声", value="≤55分贝"),
                         "FUND010")
    assert _findings(engine, _TABLE.format(level2="社会成本指标", name="征地补偿", value="≤45"), "FUND010")
    assert _findings(engine, _TABLE.format(level2="经济成本指标", name="拆除费", value="≤70分"), "FUND010")


def test_val001_reads_no_disturbance_as_yes_no(engine: Any) -> None:
    text = _TABLE.format(level2="社会成本指标", name="对沿街商户正常经营影响", value="不影响")
    assert not _findings(engine, text, "VAL001")
    assert _findings(engine, _TABLE.format(level2="社会成本指标", name="对沿街商户正常经营影响", value="符合要求"),
                     "VAL001")


def test_val001_reads_a_share_of_the_investment_as_a_policy(engine: Any) -> None:
    """g461: 按投资额30%补助，最高3万元 (no 的 after 投资额) is a policy's amount, as 按总投资的30% is."""
    assert not _row(engine, "产出指标", "成本指标", "新建便民网点补助标准", "按投资额30%补助，最高3万元", "VAL001")
    assert _row(engine, "产出指标", "数量指标", "新建便民网点", "按投资额30%", "VAL001")


@pytest.mark.parametrize("name", ["清查基准时点", "普查标准时点"])
def test_time001_and_time003_leave_a_surveys_reference_date(engine: Any, name: str) -> None:
    """g459: 清查基准时点 2025年12月31日 in a 2026 table is the day the survey's figures stand at, no deadline."""
    for rule_id in ("TIME001", "TIME003"):
        assert not _row(engine, "产出指标", "时效指标", name, "2025年12月31日", rule_id)


def test_time001_still_tells_a_deadline_before_the_year(engine: Any) -> None:
    assert _row(engine, "产出指标", "时效指标", "成果汇交时间", "2025年12月31日", "TIME001")

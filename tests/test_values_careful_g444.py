"""The careful round g444–g455 (fixtures/sectors: 市政消火栓, 新时代文明实践, 三支一扶, 地方病防治, 畜禽遗传资源保护,
自然保护区巡护监测, 海绵城市, 渔船安全, 党员教育培训, 慢性病综合防控, 青少年宫免费开放, 居住证制证): the false
findings its tables and single-line probes drew; look-alikes keep theirs.

- a charge laid on the people under 社会成本 (公益课程向学员收取费用 ＝0元, g454) was told as money belonging under
  economic costs (CAT009): like a loss, it is the harm itself priced in money (placement.yaml CAT009 selector).
- probed beside them: that charge priced at none (向养殖户收取种牛使用费 ＝0元 under 社会成本) was told as a cost no
  count goes with (REL002): a harm priced at none pays for nothing (cost_qty_alignment.py check_table); a line of
  ＝0元 under 经济成本 still pairs as before (b159).
- probed beside them: a fishing season's opening as a deadline (开海前, 开捕前, 伏季休渔结束前) was read as text
  (VAL001, an error), where 汛期前 and 开学前 are a date set elsewhere (TIME003, a warning): external-deadline-terms.yaml.
- probed beside them: a cost as a share of a contribution base (社会保险补助 按当地社保缴费基数的16%) was read as text
  (VAL001, an error), where 按总投资的30% is a policy's amount: policy-markers.yaml keyword 基数的.
- probed beside them: 患者满意度 in a 三支一扶 table whose goal names 支医 was told as asking a group the project does
  not serve (SAT002): satisfaction.yaml kin of 患者 now has 支医; so was 随迁子女家长满意度 in a 居住证 table counting the
  children enrolled (持证流动人口子女在居住地入学人数): kin of 家长 now has 入学.
- probed beside them: a limit from an event with the deed after it (制证完成后3个工作日内寄出, 来后3日内登记) was read as
  text (VAL001, an error), where 受理后15日内办结 is a limit: values/parse.py _DEED now has 寄出, 寄送, 邮寄, 登记,
  录入, 移交 (检测完成后5个工作日内录入系统, 发现后24小时内移交森林公安); and a deed the bureau organises
  (2026年11月30日前组织验收, 安装完成后10日内组织验收) was text too: 组织 may open a deed.
- probed beside them: a concentration in micrograms a litre (儿童尿碘中位数 ≥100μg/L, 100～300μg/L) was read as text
  (VAL001 error under 质量, VAL013 under 效益), where ≤0.5mg/L is a figure: units.yaml now has μg/L and its spellings.
- probed beside them: a broadcasting standard by its number (符合GY/T 155—2000标准) was read as text (VAL001, an
  error): the standard markers lacked GY (standard-markers.yaml).
"""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text
from ggtlint.values import parse_value

_SOCIAL_COST = """\
version: 1
project: {{name: 2026年测试市青少年宫公益性免费开放项目, year: 2026, department: 共青团测试市委员会, framework: fw2021}}
indicators:
  成本指标:
    经济成本指标:
      - {{name: 公益课程教师课时费, value: ≤72万元}}
    社会成本指标:
      - {{name: {name}, value: {value}}}
"""


def _findings(engine: Any, text: str, rule_id: str) -> list[Any]:
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


@pytest.mark.parametrize("name", ["公益课程向学员收取费用", "增加群众经济负担"])
def test_cat009_leaves_a_charge_on_the_people(engine: Any, name: str) -> None:
    assert not _findings(engine, _SOCIAL_COST.format(name=name, value="＝0元"), "CAT009")


@pytest.mark.parametrize("name", ["征收补偿安置费", "群众丧葬负担减轻金额"])
def test_cat009_still_tells_money_spent_or_saved(engine: Any, name: str) -> None:
    assert _findings(engine, _SOCIAL_COST.format(name=name, value="≤1200万元"), "CAT009")


def test_a_broadcasting_standard_is_a_standard() -> None:
    assert parse_value("符合GY/T 155—2000标准").quality == "standard"
    assert parse_value("符合GYT标准").quality != "standard"


_HARM_AT_NONE = """\
version: 1
project: {name: 2026年测试县地方牛遗传资源保护项目, year: 2026, department: 测试县农业农村局, framework: fw2021}
indicators:
  成本指标:
    经济成本指标:
      - {name: 保种群饲养补助, value: ≤64万元}
      - {name: 冷冻精液采集制作费, value: ≤10万元}
    社会成本指标:
      - {name: 向养殖户收取种牛使用费, value: ＝0元}
  产出指标:
    数量指标:
      - {name: 保种群存栏, value: ≥320头}
      - {name: 采集冷冻精液入库, value: ≥2000剂}
"""


def test_rel002_leaves_a_harm_priced_at_none(engine: Any) -> None:
    assert not _findings(engine, _HARM_AT_NONE, "REL002")


def test_rel002_still_tells_a_paid_line_with_no_count(engine: Any) -> None:
    text = _HARM_AT_NONE.replace("      - {name: 冷冻精液采集制作费, value: ≤10万元}\n",
                                 "      - {name: 冷冻精液采集制作费, value: ≤10万元}\n"
                                 "      - {name: 种牛运输车辆租赁费, value: ≤8万元}\n")
    assert ["种牛运输车辆租赁费" in f.message("zh") for f in _findings(engine, text, "REL002")] == [True]


@pytest.mark.parametrize("value", ["开海前", "开捕前", "伏季休渔结束前"])
def test_a_fishing_season_opening_is_a_date_set_elsewhere(value: str) -> None:
    assert parse_value(value).quality == "external"


def test_a_share_of_a_contribution_base_is_a_policy_amount() -> None:
    assert parse_value("按当地社保缴费基数的16%").kind == "policy"
    assert parse_value("基数的16%").kind != "policy"


_SUPPORT_STAFF = """\
version: 1
project: {{name: 2026年测试市高校毕业生三支一扶计划项目, year: 2026, department: 测试市人力资源和社会保障局}}
goal: 2026年招募高校毕业生到乡镇从事{work}，在岗服务人员300人。
indicators:
  满意度指标:
    服务对象满意度指标:
      - {{name: 患者满意度, value: ≥85%}}
"""


def test_sat002_patients_of_doctors_sent_to_the_countryside(engine: Any) -> None:
    assert not _findings(engine, _SUPPORT_STAFF.format(work="支教、支农、支医"), "SAT002")
    assert _findings(engine, _SUPPORT_STAFF.format(work="支教、支农"), "SAT002")


@pytest.mark.parametrize(("value", "number"), [("制证完成后3个工作日内寄出", 3), ("来后3日内登记", 3),
                                               ("验收合格后10日内邮寄", 10),
                                               ("检测完成后5个工作日内录入系统", 5),
                                               ("发现后24小时内移交森林公安", 24)])
def test_a_limit_from_an_event_with_posting_or_registering_after_it(value: str, number: int) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.op, parsed.number) == ("duration", "≤", number)


_RESIDENCE_PERMIT = """\
version: 1
project: {{name: 2026年测试市流动人口居住证制证发放项目, year: 2026, department: 测试市公安局}}
goal: 2026年为符合条件的流动人口免费制发居住证15000张。
indicators:
  效益指标:
    社会效益指标:
      - {{name: {benefit}, value: ≥2000人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 随迁子女家长满意度, value: ≥85%}}
"""


def test_sat002_parents_of_children_enrolled(engine: Any) -> None:
    assert not _findings(engine, _RESIDENCE_PERMIT.format(benefit="持证流动人口子女在居住地入学人数"), "SAT002")
    assert _findings(engine, _RESIDENCE_PERMIT.format(benefit="持证流动人口享受公共服务人数"), "SAT002")


def test_a_deed_the_bureau_organises() -> None:
    assert parse_value("2026年11月30日前组织验收").kind == "deadline"
    assert (parse_value("安装完成后10日内组织验收").kind, parse_value("安装完成后10日内组织验收").number) == ("duration", 10)
    assert parse_value("2026年6月30日前组织").kind == "qualitative"  # no deed, no cut


@pytest.mark.parametrize("value", ["≥100μg/L", "≥100\u00b5g/L", "≥100ug/L", "≥100微克/升"])
def test_micrograms_a_litre_is_a_measure(value: str) -> None:
    parsed = parse_value(value)
    assert (parsed.kind, parsed.op, parsed.number) == ("number", "≥", 100)


def test_a_range_in_micrograms_a_litre() -> None:
    parsed = parse_value("100～300μg/L")
    assert (parsed.kind, parsed.low, parsed.high) == ("range", 100, 300)

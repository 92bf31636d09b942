"""Forms that careful tables g340–g349 (fixtures/sectors: 未成年人保护, 社保稽核, 储备冻猪肉, 取暖补贴, 文物巡查,
垃圾中转站, 土壤墒情, 政府采购监督, 老年人意外险, 犬只免疫) use and that drew false findings; look-alikes keep theirs.

- a quantity opening with last year and what that year's deed brought, then this year's work on it
  (2025年采购入库储备冻猪肉轮出, 2025年接种犬只免疫抗体监测, 2025年新增事实无人抚养儿童定期探访) was told as a name
  copied from last year's table (TIME002), as was a batch named by its year (2025年度第二批疑点数据核查);
- errors found and put right (待遇核发差错纠正率 ≥98%, 计量差错整改率 ≥95%) were a reverse indicator (VAL006), 差错
  read as the manner;
- handling against the rules (经办业务违规办理率 ≤0.1%) was a rate to raise written as a ceiling (VAL015), though
  VAL006 reads it as reverse;
- a goal reporting last year's deed whose figure an indicator of this year's work on its result repeats
  (上年已建成村级养老服务站40个 with 运转村级养老服务站 ＝40个, 上年已新发放贷款6000万元 with 贴息贷款规模 ≥6000万元)
  was told as last year's work set as this year's target (TIME002 goal_past);
- the whole cost of one household (单户抗震改造总费用 ≤1万元/户) was a total given as a price (FUND012), where
  单台 and 单件 were left alone;
- a growth over last year equal to last year's whole where the goal gives this year's whole as twice it (在上年服务
  3000人次基础上服务6000人次 with 服务人次较上年增长 ≥3000人次) was told as the growth and the whole mixed up (REL008);
- a catch-all line whose note lists its parts without 含 (其它费用 ≤1万元, 邮寄费0.4万元、资料费0.6万元) was told as
  saying nothing of what it buys (FUND013).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.values import name_hint

from engine_helpers import rules_by_value

# the rows of a 2026 table (the newest checks read a bare year against it)
_rules = partial(rules_by_value, year=2026)


_LAST_YEARS_YIELD_WORKED_ON = ["2025年采购入库储备冻猪肉轮出", "2025年接种犬只免疫抗体监测",
                               "2025年新增事实无人抚养儿童定期探访", "2025年新建农村饮水工程水质检测",
                               "2025年度第二批疑点数据核查"]
_LAST_YEARS_WORK = ["2025年清运河道垃圾", "2025年培训农村劳动力", "2025年开展水质监测", "2025年完成危房改造验收",
                    "2025年度补贴资金发放", "2025年度疑点数据核查"]


def test_last_years_yield_worked_on_now_is_not_told_but_its_work_is(engine: Any) -> None:
    rows = [{"name": name, "value": "≥100个"} for name in _LAST_YEARS_YIELD_WORKED_ON + _LAST_YEARS_WORK]
    found = _rules(engine, "数量指标", rows)
    told = {name for name in _LAST_YEARS_YIELD_WORKED_ON + _LAST_YEARS_WORK if "TIME002" in found.get(name, set())}
    assert told == set(_LAST_YEARS_WORK)


@pytest.mark.parametrize("name", ["待遇核发差错纠正率", "未成年人监护评估差错纠正率", "补贴发放差错纠正率",
                                  "出入库计量差错整改率", "登记信息差错更正率"])
def test_errors_put_right_are_not_reverse(name: str) -> None:
    assert name_hint(name).negative is False


@pytest.mark.parametrize("name", ["取暖补贴发放差错率", "差错办理件数", "未办结信访事项", "逾期整改率", "差错未整改件数"])
def test_errors_and_work_left_undone_stay_reverse(name: str) -> None:
    assert name_hint(name).negative is True


def test_handling_against_the_rules_takes_a_ceiling(engine: Any) -> None:
    found = _rules(engine, "质量指标", [{"name": "经办业务违规办理率", "value": "≤0.1%"},
                                      {"name": "信访事项办理率", "value": "≤95%"}])
    assert not {"VAL015", "VAL006"} & found.get("≤0.1%", set())
    assert "VAL015" in found["≤95%"]


def test_the_whole_cost_of_one_is_a_price(engine: Any) -> None:
    found = _rules(engine, "成本指标", [{"name": "单户抗震改造总费用", "value": "≤1万元/户"},
                                      {"name": "单座中转站改造总费用", "value": "≤30万元/座"},
                                      {"name": "抗震改造总费用", "value": "≤2万元/户"}])
    assert "FUND012" not in found.get("≤1万元/户", set()) | found.get("≤30万元/座", set())
    assert "FUND012" in found["≤2万元/户"]


def _goal_rules(engine: Any, goal: str, rows: list[dict[str, str]]) -> set[str]:
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年养老服务及创业担保贷款贴息项目"
    document["project"].pop("title", None)
    document["goal"] = goal
    document["indicators"].setdefault("产出指标", {}).setdefault("数量指标", []).extend(rows)
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return {finding.rule_id for finding in engine.check_source(load_text(text, "t.yaml")).findings}


@pytest.mark.parametrize(("goal", "name", "value", "told"), [
    ("上年已建成村级养老服务站40个，保障40个服务站正常运转，服务老年人5万人次。", "运转村级养老服务站", "＝40个", False),
    ("上年已新发放创业担保贷款6000万元，项目对上年发放的贷款按规定贴息，贴息资金按季度拨付。", "贴息贷款规模", "≥6000万元",
     False),
    ("上年已完成全县6800户农户确权登记颁证，开展确权成果数据更新维护，数据准确率达到98%以上。", "确权成果数据更新维护农户",
     "＝6800户", False),
    ("上年已新发放创业担保贷款6000万元，扶持创业500人，带动就业1500人。", "新发放创业担保贷款", "≥6000万元", True),
    ("上年已建成村级养老服务站40个，服务老年人5万人次。", "建成村级养老服务站", "＝40个", True),
])
def test_last_years_deed_worked_on_now_is_no_copied_goal(engine: Any, goal: str, name: str, value: str,
                                                        told: bool) -> None:
    assert ("TIME002" in _goal_rules(engine, goal, [{"name": name, "value": value}])) is told


@pytest.mark.parametrize(("note", "told"), [("邮寄费0.4万元、资料费0.6万元", False), ("公告印制6000元，车辆租赁4000元", False),
                                            ("预算10000元，按实际结算", True), ("", True)])
def test_a_catch_all_line_broken_down_in_its_note(engine: Any, note: str, told: bool) -> None:
    row = {"name": "其它费用", "value": "≤1万元"} | ({"note": note} if note else {})
    found = _rules(engine, "成本指标", [row])
    assert ("FUND013" in found.get("≤1万元", set())) is told


@pytest.mark.parametrize(("goal", "told"), [
    ("2026年在上年服务3000人次基础上服务6000人次，服务量较上年翻一番。", False),
    ("上年服务3000人次，2026年服务6000人次，服务质量稳步提高。", False),
    ("上年服务3000人次，2026年继续做好居家养老上门服务，服务质量稳步提高。", True),
])
def test_a_doubling_the_goal_gives_the_whole_of(engine: Any, goal: str, told: bool) -> None:
    found = _goal_rules(engine, goal, [{"name": "服务人次较上年增长", "value": "≥3000人次"}])
    assert ("REL008" in found) is told

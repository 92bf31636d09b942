"""The words of the day's new findings, as a budget officer and an English reader meet them.

- FUND013 on a line named just 其他 said 成本“其他”只写了“其他”: the message named the word twice;
- FUND012's fix suggested 1,440,000 yuan whatever the line, and FUND013's a court's 文书送达及档案管理费
  whatever the project: a fix gives the form of the amount or name, not another table's figure;
- TIME007 on a works period of several years (项目建设周期 ≤3年) called it 本年度的工作 that may end within
  the year: it is told (the annual table times the year's part by its date), in words true of it;
- VAL027's fix set every count of incidents to ＝0起, a 次 or a 件 too: the unit is kept;
- CAT015's and CAT014's fixes named the new indicator "{name}完成时间", 竣工验收时间完成时间 for a name ending in 时间;
- REL008 growth_as_whole said 指标“放映场次较上年增长”是较上年的增长, the name twice over;
- no English message or fix of these rules carries Chinese of its own (a placeholder may): TIME002 on an unknown
  budget year named the field 预算年度 in the English message and fix.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _findings(engine: Any, fragment: dict[str, Any], rule: str) -> list[Any]:
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == rule]


def _costs(*lines: tuple[str, str]) -> dict[str, Any]:
    return {"indicators": {"产出指标": {"成本指标": [{"name": name, "value": value} for name, value in lines]}}}


def _without(text: str, *values: str) -> str:
    for value in values:
        text = text.replace(value, "")
    return text


@pytest.mark.parametrize("name", ["其他", "其他费用", "其它支出"])
def test_a_bare_other_cost_line_is_named_once(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    [finding] = _findings(engine, _costs(("考务费", "＝8万元"), (name, "＝2万元")), "FUND013")
    assert finding.message_zh.count("其他") + finding.message_zh.count("其它") == 1  # in the name only
    assert "文书送达" not in (finding.suggestion_zh or "")
    assert not _CJK.search(_without(finding.message_en + (finding.suggestion_en or ""), name))


def test_a_total_given_as_a_price_is_fixed_with_no_figure_of_another_table(engine) -> None:  # type: ignore[no-untyped-def]
    [finding] = _findings(engine, _costs(("渡船救生衣购置总费用", "≤400元/件")), "FUND012")
    assert "1440000" not in (finding.suggestion_zh or "")
    assert "1,440,000" not in (finding.suggestion_en or "")
    assert not _CJK.search(_without(finding.message_en + (finding.suggestion_en or ""), "渡船救生衣购置总费用", "≤400元/件"))


def test_a_works_period_of_years_is_not_called_the_years_work(engine) -> None:  # type: ignore[no-untyped-def]
    fragment = {"indicators": {"产出指标": {"时效指标": [{"name": "项目建设周期", "value": "≤3年"}]}}}
    [finding] = _findings(engine, fragment, "TIME007")
    assert "本年度的工作" not in finding.message_zh and "年内完成" not in finding.message_zh
    assert "跨年度" in (finding.suggestion_zh or "")
    assert "several years" in (finding.suggestion_en or "")


def test_a_timeliness_fix_gives_no_length_of_another_table(engine) -> None:  # type: ignore[no-untyped-def]
    fragment = {"indicators": {"产出指标": {"时效指标": [{"name": "搜救艇年度维护保养完成周期", "value": "≤90天"}]}}}
    [finding] = _findings(engine, fragment, "TIME007")
    assert "210" not in (finding.suggestion_zh or "") and "210" not in (finding.suggestion_en or "")


def test_incidents_counted_in_times_are_set_to_none_in_their_unit(engine) -> None:  # type: ignore[no-untyped-def]
    fragment = {"indicators": {"效益指标": {"社会效益指标": [{"name": "因项目实施引发的群体性事件", "value": "≤2次"}]}}}
    [finding] = _findings(engine, fragment, "VAL027")
    assert "单位照原来的写" in (finding.suggestion_zh or "")
    assert "unit" in (finding.suggestion_en or "")


@pytest.mark.parametrize(("level1", "level2", "rule"), [("产出指标", "质量指标", "CAT015"), ("效益指标", "社会效益指标", "CAT014")])
def test_a_date_moved_to_timeliness_is_not_named_time_twice(engine, level1: str, level2: str,  # type: ignore[no-untyped-def]
                                                            rule: str) -> None:
    fragment = {"indicators": {level1: {level2: [{"name": "竣工验收时间", "value": "2023年6月30日前"}]}}}
    [finding] = _findings(engine, fragment, rule)
    assert "时效指标下" in (finding.suggestion_zh or "") and "时间完成时间" not in (finding.suggestion_zh or "")


def test_a_growth_set_at_last_years_whole_does_not_repeat_its_name(engine) -> None:  # type: ignore[no-untyped-def]
    fragment = {"goal": "上年共放映公益电影1584场，2023年放映场次较上年增长10%。",
                "indicators": {"产出指标": {"数量指标": [{"name": "放映场次较上年增长", "value": "≥1584场"}]}}}
    [finding] = [f for f in _findings(engine, fragment, "REL008") if "上年总量" in f.message_zh]
    assert "较上年增长”是较上年的增长" not in finding.message_zh and "比上年多出的数" in finding.message_zh


def test_an_unknown_budget_year_is_told_in_english_without_the_chinese_label(engine) -> None:  # type: ignore[no-untyped-def]
    findings = _findings(engine, {"project": {"year": None, "title": "项目支出绩效目标表"}}, "TIME002")
    [finding] = [f for f in findings if "预算年度" in f.message_zh and "没有填写" in f.message_zh]
    assert "budget year field" in finding.message_en
    assert not _CJK.search(finding.message_en + (finding.suggestion_en or ""))

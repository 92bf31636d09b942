"""A reviewer's pass over the checks added late on one day (REL012, FUND007's name_price and rate_under,
SAT002's own unit, TIME002's goal_past and named years, REL008's growth_as_whole): each test pins an edge
case the first version got wrong."""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _findings(engine: Any, example: dict[str, Any], rule: str) -> list[Any]:
    text = yaml.safe_dump(example_document(example), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "review.yaml")).findings if f.rule_id == rule]


def _costs(quantity: dict[str, str], cost: dict[str, str]) -> dict[str, Any]:
    return {"indicators": {"产出指标": {"数量指标": [quantity], "成本指标": [cost]}}}


def test_a_rate_far_under_a_line_in_the_wrong_unit_of_money_is_left_to_fund003(engine) -> None:  # type: ignore[no-untyped-def]
    """3元 × 60万人次 is 180万元; a line of ≤1800000万元 is 180万 written in the wrong unit (FUND004
    and FUND006 tell it), not a standard slipped by a place."""
    meals = {"name": "提供助餐服务", "value": "≥60万人次"}
    assert not _findings(engine, _costs(meals, {"name": "助餐补贴（每人每餐3元）", "value": "≤1800000万元"}), "FUND007")
    [under] = _findings(engine, _costs(meals, {"name": "助餐补贴（每人每餐3元）", "value": "≤1800万元"}), "FUND007")
    assert "不到这项成本" in under.message_zh


def test_the_undone_acted_on_again_is_no_reverse_indicator() -> None:
    """未 as a manner word (未办结信访事项, the bad count) must not make 未办结信访事项办结率, the undone
    petitions cleared, a reverse indicator; 超时办结率 and 未办结信访事项 stay reverse."""
    from ggtlint.values.hints import name_hint
    from ggtlint.values.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert not name_hint("未办结信访事项办结率", lexicon).negative
    assert not name_hint("逾期未办结事项办结率", lexicon).negative
    assert name_hint("未办结信访事项", lexicon).negative
    assert name_hint("超时办结率", lexicon).negative


def test_val006_leaves_the_undone_cleared(engine) -> None:  # type: ignore[no-untyped-def]
    example = {"indicators": {"产出指标": {"质量指标": [{"name": "未办结信访事项办结率", "value": "≥95%"}]}}}
    assert not _findings(engine, example, "VAL006")


def test_a_note_giving_no_rate_leaves_the_names_standard_read(engine) -> None:  # type: ignore[no-untyped-def]
    """3元 × 60万人次 is 180万元, over ≤20万元, whether or not the line has a note saying where the money
    comes from; a note giving a rate of its own still wins."""
    meals = {"name": "提供助餐服务", "value": "≥60万人次"}
    line = {"name": "助餐补贴（每人每餐3元）", "value": "≤20万元"}
    [bare] = _findings(engine, _costs(meals, line), "FUND007")
    [noted] = _findings(engine, _costs(meals, {**line, "note": "资金来源为省级财政"}), "FUND007")
    assert noted.message_zh == bare.message_zh and "名称写明了标准" in noted.message_zh
    assert not _findings(engine, _costs(meals, {**line, "note": "按0.3元/人次"}), "FUND007")


def test_rel012_reads_no_period_in_the_aged(engine) -> None:  # type: ignore[no-untyped-def]
    """老年 names people, not a year: 1200元 × 6000人 is ten times 72万元 as much for 脱贫老年人 as for
    脱贫人口, and a month's figure beside a year's total is still left alone."""
    def benefits(per_head: str, total: str, heads: str) -> dict[str, Any]:
        return {"indicators": {"效益指标": {
            "经济效益指标": [{"name": per_head, "value": "≥1200元"}, {"name": total, "value": "≥72万元"}],
            "社会效益指标": [{"name": heads, "value": "≥6000人"}]}}}

    assert _findings(engine, benefits("脱贫老年人人均增收", "脱贫人口增收总额", "脱贫老年人"), "REL012")
    assert not _findings(engine, benefits("脱贫老年人人均月增收", "脱贫人口年增收总额", "脱贫老年人"), "REL012")


def test_a_rate_far_under_an_exact_line_is_told_as_the_description_says(engine) -> None:  # type: ignore[no-untyped-def]
    """200元 × 240场次 is 48,000元, a tenth of ＝480000元: told as under a ceiling, and the description says so."""
    shows = {"name": "电影放映场次", "value": "≥240场次"}
    [under] = _findings(engine, _costs(shows, {"name": "电影放映补助", "value": "＝480000元", "note": "按200元/场次"}),
                        "FUND007")
    assert "不到这项成本“＝480000元”的五分之一" in under.message_zh
    rule = next(rule for rule in engine.rules if rule.info.id == "FUND007")
    assert "上限或确数" in rule.info.description.zh


def test_a_batch_of_last_years_plan_is_left_as_the_batch_is(engine) -> None:  # type: ignore[no-untyped-def]
    """A batch named by its year is sent down late and worked on now, with 计划 in its name too
    (2022年度第二批投资计划完成率 in 2023); last year's own plan is still told."""
    rows = [{"name": name, "value": "≥90%"} for name in
            ("2022年度第二批疑点数据核查完成率", "2022年度第二批投资计划完成率", "2022年第四批中央预算内投资计划完成率",
             "农村公路2022年养护计划完成率")]
    found = _findings(engine, {"indicators": {"产出指标": {"数量指标": rows}}}, "TIME002")
    assert [f.message_zh.split("”")[0] for f in found] == ["指标“农村公路2022年养护计划完成率"]


def test_last_years_works_cared_for_now_are_no_copied_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """Roads built, trees planted last year and kept this year (2022年新建农村公路养护里程, 2022年种植苗木抚育)
    are this year's work; last year's upkeep itself (2022年维修农村公路, 2022年开展农村公路养护) is still told."""
    rows = [{"name": name, "value": "≥90公里"} for name in
            ("2022年新建农村公路养护里程", "2022年造林地块补植补造", "2022年种植苗木抚育", "2022年维修农村公路",
             "2022年开展农村公路养护")]
    found = _findings(engine, {"indicators": {"产出指标": {"数量指标": rows}}}, "TIME002")
    assert [f.message_zh.split("”")[0] for f in found] == ["指标“2022年维修农村公路", "指标“2022年开展农村公路养护"]


def test_an_amount_cut_of_the_undone_is_still_more_is_better() -> None:
    """未 and 差错 as manner words must not turn an amount cut (减少未处理污水排放量) into a reverse
    indicator; a rate of the reduction's own lateness (减排项目超时完成率) stays one."""
    from ggtlint.values.hints import name_hint
    from ggtlint.values.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert not name_hint("减少未处理污水排放量", lexicon).negative
    assert not name_hint("减少差错办理件数", lexicon).negative
    assert name_hint("减排项目超时完成率", lexicon).negative


def test_the_overdue_brought_to_none_is_more_is_better() -> None:
    """逾期未整改问题清零率 (reverse since 未 became a manner word) and g233's 欠薪线索动态清零率 clear the bad
    thing to none: more is better; 逾期未整改率 stays reverse."""
    from ggtlint.values.hints import name_hint

    assert not name_hint("逾期未整改问题清零率").negative
    assert not name_hint("欠薪线索动态清零率").negative
    assert name_hint("逾期未整改率").negative

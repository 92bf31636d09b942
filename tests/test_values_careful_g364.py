"""Forms that careful tables g364–g375 (fixtures/sectors: 船舶污染物接收, 危房改造, 地下管线普查, 灌区改造,
人民陪审员, 戏曲进乡村, 危险废物评估, 空气自动站, 森林生态效益补偿, 校园足球, 高中助学金, 山洪灾害) use that
drew false findings; look-alikes keep theirs.

- a range in the goal (参审案件800至900件, 满意度85%至95%) was read as its upper end alone, so an indicator
  asking the range's floor or within it (≥800件, ≥850件, ≥90%) was told as asking less than the goal (REL008
  ``differs``); the goal promises at least the lower end.
- a per-head quantity named with 每名 (每名护林员每月巡山 ≥20天) was told as a quantity with no cost line
  (REL002), as 人均 is not; a count of all the work (护林员巡山 ≥38000人天) still is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _rel008(engine: Any, goal: str, name: str, value: str) -> bool:
    """Whether REL008 tells the indicator ``name`` ``value`` against ``goal``."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年人民陪审员履职经费"
    document["project"].pop("title", None)
    document["goal"] = goal
    level2 = "数量指标" if value.endswith("件") else "质量指标"
    document["indicators"].setdefault("产出指标", {}).setdefault(level2, []).append({"name": name, "value": value})
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    findings = engine.check_source(load_text(text, "t.yaml")).findings
    return any(finding.rule_id == "REL008" and finding.value.split("\x1f")[-1] == value for finding in findings)


_CASES = "2026年保障86名人民陪审员履职，全年陪审员参审案件800至900件。"
_RATE = "2026年保障86名人民陪审员履职，陪审案件服判息诉率85%-95%。"


def test_a_goal_range_is_read_from_its_lower_end(engine: Any) -> None:
    assert not _rel008(engine, _CASES, "陪审员参审案件", "≥800件")
    assert not _rel008(engine, _CASES, "陪审员参审案件", "≥850件")
    assert not _rel008(engine, _RATE, "陪审案件服判息诉率", "≥90%")
    assert not _rel008(engine, _RATE, "陪审案件服判息诉率", "≥85%")


def test_an_indicator_below_the_ranges_floor_is_still_told(engine: Any) -> None:
    assert _rel008(engine, _CASES, "陪审员参审案件", "≥700件")
    assert _rel008(engine, _RATE, "陪审案件服判息诉率", "≥80%")
    assert _rel008(engine, "2026年保障86名人民陪审员履职，全年陪审员参审案件900件。", "陪审员参审案件", "≥800件")


def _rel002_quantity(engine: Any, name: str, value: str) -> bool:
    """Whether REL002 tells the quantity ``name`` ``value`` beside two itemised costs of forest upkeep."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年森林生态效益补偿资金"
    document["project"].pop("title", None)
    document["goal"] = "2026年对国家级公益林50万亩安排森林生态效益补偿，聘用护林员160人。"
    document["indicators"]["产出指标"] = {
        "数量指标": [{"name": "国家级公益林补偿面积", "value": "＝50万亩"}, {"name": "聘用公益林护林员", "value": "≥160人"},
                 {"name": name, "value": value}],
        "成本指标": [{"name": "国家级公益林补偿", "value": "＝787.5万元"}, {"name": "公共管护支出", "value": "＝12.5万元"}],
    }
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    findings = engine.check_source(load_text(text, "t.yaml")).findings
    return any(finding.rule_id == "REL002" and name in finding.message_zh for finding in findings)


def test_a_quantity_per_head_named_with_meiming_needs_no_cost(engine: Any) -> None:
    assert not _rel002_quantity(engine, "每名护林员每月巡山", "≥20天")
    assert not _rel002_quantity(engine, "护林员人均每月巡山", "≥20天")


def test_a_count_of_all_the_work_still_needs_its_cost(engine: Any) -> None:
    assert _rel002_quantity(engine, "护林员巡山", "≥38000人天")


# -- the three whose cause was in the value reader (g365, g367, g371) ------------------------------------


def test_a_bracketed_remark_does_not_make_a_cost_line_a_standard() -> None:
    """C级危房加固维修补助（补助标准：每户1.3万元） ≤130万元 is the money paid (FUND004 left it out of the sum as a
    standard); the remark's words (标准, 率) are not the name's. A name that is a standard, and a short label
    in brackets (（万元）, （人数）), read as before."""
    from ggtlint.values import name_hint

    assert name_hint("C级危房加固维修补助（补助标准：每户1.3万元）").expects != "per_unit"
    assert name_hint("演出补助（按验收合格率拨付）").expects != "rate"
    assert name_hint("中转站运行费（每吨85元）").expects == "money"
    assert name_hint("补助标准（元/人/月）").expects == "per_unit"
    assert name_hint("农村低保补助标准").expects == "per_unit"
    assert name_hint("养护补助资金（万元）").expects == "money"
    assert name_hint("培训（人数）").expects == "count"


def test_a_level_raised_from_a_baseline_is_the_level_to_reach() -> None:
    """由0.52提高到0.56 is ≥0.56 (VAL013 read it as a sentence), as 提高到0.56 is; the baseline is not the target."""
    from ggtlint.values.parse import parse_value

    raised = parse_value("由0.52提高到0.56")
    assert (raised.kind, raised.op, raised.number) == ("number", "≥", Decimal("0.56"))
    rate = parse_value("从85%提升至90%")
    assert (rate.kind, rate.op, rate.number) == ("rate", "≥", 90)
    cut = parse_value("由3%降至1%以下")
    assert (cut.kind, cut.op, cut.number) == ("rate", "≤", 1)
    assert parse_value("由0.52提高").kind == "qualitative"  # no level to reach: still words


def test_a_time_of_the_next_day_is_a_limit_kept_every_day() -> None:
    """次日12时前 (监测数据审核上报时间) is a limit kept each day, as 次月10日前 is each month (VAL001 told it
    unquantified); 当日受理、次日办结 stays two limits in one."""
    from ggtlint.values.parse import parse_value

    for value in ("次日12时前", "次日12:00前", "次个工作日内", "次日下班前"):
        parsed = parse_value(value, budget_year=2026)
        assert (parsed.kind, parsed.quality, parsed.op) == ("qualitative", "recurring", "≤"), value
    assert parse_value("当日受理、次日办结", budget_year=2026).quality != "recurring"
    assert parse_value("次日", budget_year=2026).quality != "recurring"


def test_the_three_careful_tables_draw_nothing(engine: Any) -> None:
    from conftest import ROOT

    for stem in ("g365", "g367", "g371"):
        path = next((ROOT / "fixtures" / "sectors").glob(f"{stem}-*.yaml"))
        findings = engine.check_source(load_text(path.read_text(encoding="utf-8"), str(path))).findings
        assert findings == [], (stem, [(f.rule_id, f.line) for f in findings])


def test_a_range_below_which_an_indicator_falls_is_quoted_whole(engine: Any) -> None:
    """The goal's 800至900件 is quoted as the range, not as its upper end ("写的是“900件”" read as if the goal
    promised 900)."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["goal"] = _CASES
    document["indicators"].setdefault("产出指标", {}).setdefault("数量指标", []).append(
        {"name": "陪审员参审案件", "value": "≥700件"})
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    [finding] = [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]
    assert "800至900件”" in finding.message_zh

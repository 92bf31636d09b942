"""Re-read s23 B (time, funds and value checks added today): the 主汛期 fix names the season it is told of
(TIME015), the same-things words are put in their group's first word's place by one pattern compiled once per
lexicon and still not in a word naming households (FUND019), and odd input (no names, no goal, values with no
number) raises nothing in the new primitives."""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text
from ggtlint.primitives import note_count
from ggtlint.values.lexicon import _same_things

TABLE = """version: 1
project: {{name: 2026年堤防除险加固项目, year: 2026, period: "{period}"}}
funds: {{unit: 万元, total: 336, fiscal: 336}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
      - {{name: "{count}", value: "{count_value}"}}
    时效指标:
      - {{name: "{due}", value: "{due_value}"}}
    成本指标:
      - {{name: "{cost}", value: "{cost_value}", note: "{note}"}}
      - {{name: "{price}", value: "{price_value}"}}
"""
DEFAULTS = {"period": "", "goal": "2026年实施堤防除险加固3.6公里，主汛期前完成迎水坡护砌。", "count": "修复路基路面",
            "count_value": "≥28公里", "due": "迎水坡护砌完成时间", "due_value": "2026年8月31日前",
            "cost": "路基路面修复费", "cost_value": "≤336万元", "note": "", "price": "路基路面修复单位成本",
            "price_value": "≤3万元/公里"}


def _findings(engine: Any, **fields: str) -> list[Any]:
    text = TABLE.format(**{**DEFAULTS, **fields})
    return list(engine.check_source(load_text(text, "reread_s23_b.yaml")).findings)


def test_flood_season_fix_names_the_main_season(engine: Any) -> None:
    told = [f for f in _findings(engine) if f.rule_id == "TIME015"]
    assert len(told) == 1
    assert "主汛期前" in told[0].suggestion_zh and "主汛期" in told[0].suggestion_en


def test_flood_season_fix_names_the_season(engine: Any) -> None:
    told = [f for f in _findings(engine, goal="2026年实施堤防除险加固3.6公里，汛前完成迎水坡护砌。")
            if f.rule_id == "TIME015"]
    assert len(told) == 1
    assert "提前到汛期前" in told[0].suggestion_zh and "主汛期" not in told[0].suggestion_zh


def test_same_thing_words_put_in_first_place_not_before_households() -> None:
    pairs = _same_things(["户厕改造、改厕、厕所改造"])
    pattern = note_count._same_things_re(pairs)
    assert note_count._same_thing("改厕补助资金", pairs, pattern) == "户厕改造补助资金"
    assert note_count._same_thing("厕所改造奖补", pairs, pattern) == "户厕改造奖补"
    assert note_count._same_thing("改厕户粪污资源化利用", pairs, pattern) == "改厕户粪污资源化利用"
    assert note_count._same_thing("改厕补助资金", (), note_count._same_things_re(())) == "改厕补助资金"


def test_note_count_pairs_through_same_things(engine: Any) -> None:
    told = _findings(engine, count="农村户厕改造", count_value="≥2500户", cost="改厕补助资金", cost_value="≤200万元",
                     note="2000户×1000元/户", price="", price_value="")
    assert [f.rule_id for f in told if f.rule_id == "FUND019"] == ["FUND019"]


def test_odd_input_raises_nothing(engine: Any) -> None:
    # empty names, no goal, values with no number: the new checks stay quiet and do not raise
    odd = _findings(engine, goal="", count="", count_value="若干", due="", due_value="汛前", cost="", cost_value="适量",
                    price="", price_value="元/公里", period="今年底")
    assert not {f.rule_id for f in odd} & {"TIME015", "FUND019", "FUND022", "FUND021", "VAL040"}


def test_flood_season_not_the_preliminary_work(engine: Any) -> None:
    # 防汛前期准备 is the preliminary work for the floods, no 汛前 deadline (told before the re-read)
    quiet = _findings(engine, goal="做好防汛前期准备工作，完成堤防加固3公里。", due="前期准备工作完成时间")
    assert "TIME015" not in {f.rule_id for f in quiet}
    told = _findings(engine, goal="2026年汛前完成迎水坡护砌，做好防汛前期准备工作。")
    assert [f.rule_id for f in told if f.rule_id == "TIME015"] == ["TIME015"]


def test_years_period_with_a_closing_word() -> None:
    from ggtlint.primitives.deadline_after_period import read_period

    # 止 after a years-only end, as the dated form takes it (2024年3月至2026年底止 was read, these were not)
    for text in ("2024年至2026年底止", "2024年-2026年末止", "2024年至2026年止"):
        dates = read_period(text, 2026)
        assert dates is not None and (dates[0].isoformat(), dates[1].isoformat()) == ("2024-01-01", "2026-12-31")
    assert read_period("2026年底止", 2026) is None  # an end with no start


def test_unit_cost_short_b402_shape(engine: Any) -> None:
    # the audit's fourth case (b402, 20万元/公里 × 3.6公里 against 288万元), which tests/test_recall_audit35.py
    # counts among its four but does not list: a count with a decimal
    fields = {"count": "实施堤防除险加固", "count_value": "≥3.6公里", "cost": "堤防除险加固工程费", "cost_value": "≤288万元",
              "price": "堤防除险加固单位成本"}
    told = [f for f in _findings(engine, price_value="≤20万元/公里", **fields) if f.rule_id == "FUND022"]
    assert len(told) == 1 and "720,000 元" in told[0].message_zh
    assert "FUND022" not in {f.rule_id for f in _findings(engine, price_value="≤80万元/公里", **fields)}

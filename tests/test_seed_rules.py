"""The built-in pack on the 20 real seed tables (黔南州人社局 2023).

Expectations come from shared/domain/rules-reference.md §4 (defects of T1–T20); each table
lists exactly which rules fire and how often, so a new false positive fails here too. The
comment on each row names the reference defects behind it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ggtlint.load import load_file

from conftest import SEED_DIR

# table -> {rule id: count}. Cross-table rules (XT) are tested in test_crosstable.py.
EXPECTED: dict[str, dict[str, int]] = {
    # R20 达到要求服务质量水平; R34 ＝100% ×2; R35 names lack 满意度 ×2; R38 驻外劳务总站; vague 稳定就业
    "t01": {"VAL001": 1, "SAT001": 2, "SAT002": 2, "REL003": 1, "VAL002": 1, "REL005": 1, "STR007": 1},
    # R02/R01 no 成本; R05 empty 年度资金总额; R17 2022; R23 ≧100%; R43 服务对像; R04 数量/质量/时效 aliases; vague 有效促进
    "t02": {"STR002": 1, "STR005": 1, "TIME002": 1, "VAL004": 1, "REL007": 1, "STR004": 3, "VAL002": 1,
            "CAT003": 1, "VAL008": 1, "REL005": 2, "STR007": 2},
    # R06 goal lists uses; truncated goal (unbalanced quote); 长期; 基层就业增长; 其他费用支出 ＝2万元, a fifth of
    # the funds named for no work (FUND013, a notice)
    "t03": {"STR006": 1, "REL007": 1, "TIME004": 1, "VAL002": 1, "REL005": 1, "FUND013": 1},
    # R18 date without 前; R19 “1年”
    "t04": {"TIME003": 1, "TIME004": 1, "VAL009": 1, "STR006": 1},  # goal: 保持稳定, no figure
    # R18 即时办理; R21 安全, 效果显著; R34 ＝100%; R35 sentence
    "t05": {"TIME003": 1, "VAL002": 2, "SAT001": 1, "SAT002": 1, "REL005": 1},
    # R20 准确提供, 有效引进; R18 12月底前; 有所提高
    "t06": {"VAL001": 2, "TIME003": 1, "VAL002": 1, "REL005": 2, "STR007": 1},
    # R20 严格按照要求; 有效提升; R34 考生满意度 ＝100%; R26 ＝N 报名人数 ×6
    "t07": {"VAL001": 1, "VAL002": 1, "SAT001": 1, "VAL007": 6, "STR007": 1},
    # R33 % under 数量 ×2; 明显推动, 明显提升
    "t08": {"CAT003": 2, "VAL002": 2, "REL005": 2},
    # R31 就业率 under 质量; R32 及时 under 质量; R03 only 长期; R28 info
    "t09": {"CAT001": 1, "CAT002": 1, "STR003": 1, "VAL009": 1, "TIME004": 1, "REL005": 1, "STR007": 1,
            "STR006": 1},  # goal: 明显提升, no figure
    # R11 standards only; R27 人数 ≥95%; R24 左右 ×2; R25 失业率; R19 3年内; 保持稳定; R40 long names
    "t10": {"FUND005": 1, "VAL008": 1, "CAT003": 1, "VAL005": 2, "TIME004": 1, "VAL002": 1, "REL005": 2,
            "STR006": 1},  # goal: 保持稳定, no figure
    # R41 开展2次… ＝2次; 有效提升; 长期
    "t11": {"REL006": 1, "VAL002": 1, "TIME004": 1, "VAL009": 1, "REL005": 1},  # goal: 及时 (plain in a goal), no figure
    # R37 cost/quantity mismatch ×3; R43 网络网络, 下一代防火; R35 网络使用者; R03; R42; 7*24小时
    "t12": {"REL002": 3, "REL007": 2, "SAT002": 1, "STR003": 1, "STR007": 1, "TIME003": 1, "TIME004": 1},
    # R37 测评费 and 网站防护组件; R43 全业务、全过; 5*8小时; R35 信息系统使用者; R03; R42
    "t13": {"REL002": 2, "REL007": 1, "SAT002": 1, "STR003": 1, "STR007": 1, "TIME003": 1, "TIME004": 1, "VAL009": 1},
    # R38 败诉率 (and 被纠错率, promised beside it); R18 法院规定时间内; R35 培训对象; 明显提升; 长期
    "t14": {"REL003": 2, "TIME003": 1, "SAT002": 1, "VAL002": 1, "TIME004": 1, "REL005": 1, "STR006": 1},  # goal: 进一步提高
    # R27 涉及单位人数 ＝40家; R21 帮助有效; 长期
    "t15": {"VAL008": 1, "VAL002": 1, "TIME004": 1, "VAL009": 1, "REL005": 3},
    # R37 见习生人数 has no cost line (and 运维客服人员); 明显提高; 长期
    "t16": {"REL002": 2, "VAL002": 1, "TIME004": 1, "STR006": 1},  # its goal only says what the money is used for
    # R43 trailing space “成果显著 ”; 明显提升; 长期; R38 培训效率、覆盖率
    "t17": {"REL007": 1, "VAL002": 2, "TIME004": 1, "REL003": 2, "REL005": 1},
    # R40 sentence-style names; 效果显著, 明显提升
    "t18": {"REL005": 3, "VAL002": 2, "VAL009": 1},
    # R36 免学费 indicators in the 助学金 project; R03
    "t19": {"REL001": 2, "STR003": 1, "TIME004": 1, "REL005": 1, "STR007": 1, "STR006": 1},  # goal: 明显提升
    # R36 助学金 indicator in the 免学费 project; R31; R32; R03
    "t20": {"REL001": 1, "CAT001": 1, "CAT002": 1, "STR003": 1, "VAL009": 1, "TIME004": 1, "REL005": 1, "STR007": 1,
            "STR006": 1},  # goal: 明显提升, no figure
}


def _results(engine, files):  # type: ignore[no-untyped-def]
    return {path.name[:3]: engine.check_source(load_file(path, path.name)) for path in files}


@pytest.fixture(scope="module")
def results(engine, seed_files):  # type: ignore[no-untyped-def]
    return _results(engine, seed_files)


@pytest.mark.parametrize("table", sorted(EXPECTED))
def test_rules_fired_per_table(results, table: str) -> None:  # type: ignore[no-untyped-def]
    fired = Counter(f.rule_id for f in results[table].findings if not f.rule_id.startswith("XT"))
    assert dict(fired) == EXPECTED[table]


def test_every_seed_table_loads_cleanly(results) -> None:  # type: ignore[no-untyped-def]
    for table, result in results.items():
        assert not [f for f in result.findings if f.rule_id.startswith("LOAD")], table
        assert result.tables == 1


# (table, JSON pointer prefix) of indicators a budget officer would call clean: no finding may touch them.
CLEAN = [
    ("t01", "/indicators/产出指标/数量指标/0"),    # ≥200人 走访慰问
    ("t01", "/indicators/产出指标/成本指标"),       # ＝300000元 = total
    ("t02", "/indicators/满意度指标"),              # ≧80%: at the minimum, not below (boundary) — only the typo on the key
    ("t03", "/indicators/产出指标/成本指标/0"),     # 8万 + 2万 = 100,000 (其他费用支出, the 2万, names no work: FUND013)
    ("t06", "/indicators/满意度指标/服务对象满意度指标/0"),  # ≥80% boundary
    ("t07", "/indicators/产出指标/成本指标"),       # 3,200,000 + 200,000 + 100,000 = 3,500,000
    ("t08", "/indicators/产出指标/质量指标/0"),     # 损失率 ≤1%: right direction
    ("t10", "/indicators/产出指标/数量指标/4"),     # 校园招聘补贴人数 ≥15000人
    ("t19", "/indicators/产出指标/成本指标"),       # ＝164.6万元 = 1,646,000
    ("t20", "/indicators/产出指标/成本指标"),       # ＝162.6万元 = 1,626,000
]


@pytest.mark.parametrize("table,pointer", CLEAN)
def test_clean_indicators_are_not_flagged(results, table: str, pointer: str) -> None:  # type: ignore[no-untyped-def]
    hits = [f for f in results[table].findings if f.path.startswith(pointer + "/") or f.path == pointer]
    if table == "t02":
        hits = [f for f in hits if f.rule_id != "REL007"]  # the 服务对像 typo sits on this category's key
    assert hits == []


def test_cost_arithmetic_in_both_units(results) -> None:  # type: ignore[no-untyped-def]
    """Costs add up everywhere the reference says they do (万元 converted); T10 cannot be reconciled."""
    money = {"FUND001", "FUND002", "FUND003", "FUND004", "FUND006"}
    for table, result in results.items():
        assert not [f for f in result.findings if f.rule_id in money], table
    assert [f.rule_id for f in results["t10"].findings if f.rule_id == "FUND005"] == ["FUND005"]


def test_cost_mismatch_is_found_when_a_seed_amount_is_changed(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """T19's ＝164.6万元 made ＝146.6万元: the sum no longer matches 1,646,000 元 and is reported."""
    text = (SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_text(encoding="utf-8").replace("＝164.6万元", "＝146.6万元")
    from ggtlint.load import load_text

    result = engine.check_source(load_text(text, "t19.yaml"))
    under = [f for f in result.findings if f.rule_id == "FUND004"]
    assert len(under) == 1
    assert under[0].severity.value == "warning"
    assert "1,466,000" in under[0].message_zh and "1,646,000" in under[0].message_zh



def test_one_unit_slip_in_the_only_cost_is_one_finding(engine) -> None:  # type: ignore[no-untyped-def]
    """T1's ＝300000元 written ＝300000万元: FUND003 says 万元 and 元 are mixed up; the same slip is
    not also an item "larger than the total" (FUND006) or a sum over it (FUND004)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "value: ＝300000元" in text
    found = engine.check_source(load_text(text.replace("value: ＝300000元", "value: ＝300000万元"), "t01.yaml")).findings
    assert [f.rule_id for f in found if f.rule_id.startswith("FUND")] == ["FUND003"]
    # a slip that is not exactly 10,000 times still gets FUND006 on the item
    found = engine.check_source(load_text(text.replace("value: ＝300000元", "value: ＝30000万元"), "t01.yaml")).findings
    assert sorted(f.rule_id for f in found if f.rule_id.startswith("FUND")) == ["FUND004", "FUND006"]


def test_values_an_officer_writes_for_a_change_a_rate_or_none_happened(engine) -> None:  # type: ignore[no-untyped-def]
    """T10 changed as officers write it. 年末城镇调查失业率 较上年下降≥0.2个百分点 is a decrease on a
    reverse indicator, not ≥ the wrong way round (VAL006 said to write ≤); 零就业家庭帮扶率 100%
    can only mean ＝100% (no rate goes above it) and is not told; 群体性事件 0件 is told once, by VAL006
    (VAL005 said the same); 群体性事件 零发生 is a target met when none happen."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t10-jiuye-buzhu.yaml").read_text(encoding="utf-8")
    for old in ("value: 5.5%左右", "value: ＝100%\n      - name: 3年内", "value: ＝0件"):
        assert old in text, old
    changed = (text.replace("value: 5.5%左右", "value: 较上年下降≥0.2个百分点")
               .replace("value: ＝100%\n      - name: 3年内", "value: 100%\n      - name: 3年内"))
    found = engine.check_source(load_text(changed.replace("value: ＝0件", "value: 0件"), "t10.yaml")).findings
    assert not [f for f in found if "失业率" in f.message_zh and f.rule_id in ("VAL001", "VAL005", "VAL006", "VAL013")]
    rate = [f for f in found if "零就业家庭帮扶率" in f.message_zh]
    assert rate == []
    none = [f.rule_id for f in found if "群体性事件" in f.message_zh and f.rule_id.startswith("VAL")]
    assert none == ["VAL006"]  # (its name's 3年内 is TIME004's)
    found = engine.check_source(load_text(changed.replace("value: ＝0件", "value: 零发生"), "t10.yaml")).findings
    assert not [f for f in found if "群体性事件" in f.message_zh and f.rule_id.startswith("VAL")]


def test_a_budget_year_that_cannot_be_told_or_is_given_to_the_run_is_said(engine) -> None:  # type: ignore[no-untyped-def]
    """T1 with 预算年度 left empty and a title without its year: its deadlines were checked against
    no year, in silence; now TIME002 says so at the empty field. A year given to the run that is
    not the table's own is noted beside the deadline it puts outside the budget year."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "  year: 2023\n" in text and "title: 黔南州2023年项目支出绩效目标批复表" in text
    blank = text.replace("  year: 2023\n", "  year:\n").replace("黔南州2023年项目支出", "黔南州项目支出")
    found = [f for f in engine.check_source(load_text(blank, "t01.yaml")).findings if f.rule_id.startswith("TIME")]
    assert [(f.rule_id, f.severity.value, f.line) for f in found] == [("TIME002", "warning", blank.split("\n").index("  year:") + 1)]
    assert "看不出预算年度" in found[0].message_zh and "--budget-year" in found[0].suggestion_zh
    later = Engine.build(Config(budget_year=2024)).check_source(load_text(text, "t01.yaml")).findings
    assert sorted((f.rule_id, f.severity.value) for f in later if f.rule_id.startswith("TIME")) == [
        ("TIME001", "error"), ("TIME002", "info")]  # the title's 2023 is the table's own: one note says it
    assert any("本次按运行时指定的 2024 年" in f.message_zh for f in later)


def test_a_unit_in_brackets_at_the_end_of_the_name_is_the_values_unit(engine) -> None:  # type: ignore[no-untyped-def]
    """Templates without a 计量单位 column put it in the name: T1's cost written 劳务协作站经费（万元）
    ≤30 is 300,000 元 and adds up to the total (it was a figure without a money unit, FUND010, and a
    sum short by all of it)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "      - name: 劳务协作站经费\n        value: ＝300000元" in text
    for name, value in (("劳务协作站经费（万元）", "≤30"), ("劳务协作站经费(元)", "≤300000")):
        changed = text.replace("      - name: 劳务协作站经费\n        value: ＝300000元",
                               f"      - name: {name}\n        value: {value}")
        found = engine.check_source(load_text(changed, "t01.yaml")).findings
        assert not [f.rule_id for f in found if f.rule_id.startswith("FUND") or f.rule_id == "VAL005"], name
    # a bracket that is no unit is left alone: the figure still has none
    changed = text.replace("      - name: 劳务协作站经费\n        value: ＝300000元",
                           "      - name: 劳务协作站经费（宁波）\n        value: ≤300000")
    assert "FUND010" in {f.rule_id for f in engine.check_source(load_text(changed, "t01.yaml")).findings}


def test_a_suppression_on_the_indicators_other_line_says_where_the_finding_is(engine) -> None:  # type: ignore[no-untyped-def]
    """An officer put ``# ggtlint: disable=VAL001`` on T1's name line; VAL001 is reported on the
    value line below. META001 says which line that is, and how to write it."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    old = "      - name: 高质量服务黔南籍在外务工人员\n"
    assert old in text
    changed = text.replace(old, old.rstrip("\n") + "  # ggtlint: disable=VAL001 已与财政局沟通\n")
    found = engine.check_source(load_text(changed, "t01.yaml")).findings
    value_line = changed.split("\n").index("        value: 达到要求服务质量水平") + 1
    assert [f.line for f in found if f.rule_id == "VAL001"] == [value_line]
    meta = [f for f in found if f.rule_id == "META001"]
    assert len(meta) == 1 and f"该问题报告在第 {value_line} 行" in meta[0].message_zh
    assert f"on line {value_line}" in meta[0].message_en


def test_a_suppression_typed_with_a_full_width_hash_is_told_to_be_no_comment(engine) -> None:  # type: ignore[no-untyped-def]
    """A Chinese input method types ＃: the "comment" became part of T1's value and silenced
    nothing, in silence. META001 says so at it, and what to type."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    old = "        value: 达到要求服务质量水平\n"
    assert old in text
    changed = text.replace(old, old.rstrip("\n") + "  ＃ ggtlint：disable＝VAL001 已沟通\n")
    found = engine.check_source(load_text(changed, "t01.yaml")).findings
    meta = [f for f in found if f.rule_id == "META001"]
    assert len(meta) == 1 and "全角“＃”" in meta[0].message_zh and "半角“#”" in meta[0].suggestion_zh
    assert "VAL001" in {f.rule_id for f in found}  # not silenced: the text is the value's


def test_a_cost_without_a_money_unit_is_named_where_the_sum_falls_short(engine) -> None:  # type: ignore[no-untyped-def]
    """T13's 测评费 written ≤120400 (no 元): FUND010 says so at it, and the shortfall FUND004 reports
    names it as left out of the sum, not as money with no cost. With T1's only cost written ≤30,
    the cost block is not called "unit prices only" (FUND005): its figure has no unit. T10's
    block of standards only still is, until a total is added, even one without its unit."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    assert "value: ＝120400元" in text
    found = engine.check_source(load_text(text.replace("value: ＝120400元", "value: ≤120400"), "t13.yaml")).findings
    under = [f for f in found if f.rule_id == "FUND004"]
    assert len(under) == 1 and "（没有金额单位的未计入合计，应写明元或万元：测评费 ≤120400）" in under[0].message_zh
    assert "FUND010" in {f.rule_id for f in found}
    t01 = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    found = engine.check_source(load_text(t01.replace("value: ＝300000元", "value: ≤30"), "t01.yaml")).findings
    assert [f.rule_id for f in found if f.rule_id.startswith("FUND")] == ["FUND010"]
    t10 = (SEED_DIR / "t10-jiuye-buzhu.yaml").read_text(encoding="utf-8")
    assert "FUND005" in {f.rule_id for f in engine.check_source(load_text(t10, "t10.yaml")).findings}
    total = "        value: 1000元/人\n      - name: 就业补助资金\n        value: ≤2000000\n"
    found = engine.check_source(load_text(t10.replace("        value: 1000元/人\n", total), "t10.yaml")).findings
    assert "FUND005" not in {f.rule_id for f in found} and "FUND010" in {f.rule_id for f in found}


def test_a_ratio_without_a_comparison_is_suggested_as_written(engine) -> None:  # type: ignore[no-untyped-def]
    """A ratio (1:30) told to take a comparison is suggested as ≥1:30, not as its quotient ≥0.0333333."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "        value: ≥200人\n" in text
    found = engine.check_source(load_text(text.replace("        value: ≥200人\n", "        value: 1:30\n"), "t01.yaml")).findings
    missing = [f for f in found if f.rule_id == "VAL005"]
    assert len(missing) == 1 and "如“≥1:30”" in missing[0].suggestion_zh


def test_a_value_written_as_a_list_is_one_finding(engine) -> None:  # type: ignore[no-untyped-def]
    """T1's value written [2次] (a YAML list): LOAD005 says what it should be; the value is not
    also called empty (STR005), as a mistyped header field is not."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "        value: ≥200人\n" in text
    found = engine.check_source(load_text(text.replace("        value: ≥200人\n", "        value: [2次]\n"), "t01.yaml")).findings
    assert [f.rule_id for f in found if f.line == 28] == ["LOAD005"]


def test_unit_prices_that_are_parts_of_one_cost_make_up_the_total(engine) -> None:  # type: ignore[no-untyped-def]
    """T1's one cost split as officers write it: 资料费 20,000 元 and two prices per person (补助
    1000元/人, 食宿 400元/人) for 200 people: 200 × 1,400 + 20,000 = 300,000 元, the total. Two prices
    of one count are added up for the sum (not taken for tiers and dropped: FUND004 said money had
    no cost), and neither alone is multiplied by everyone into an overrun (FUND007)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    old = "      - name: 劳务协作站经费\n        value: ＝300000元\n"
    assert old in text and "      - name: 组织各县市驻外劳务协作站召开工作会议\n        value: ＝2次\n" in text
    parts = ("      - name: 劳务协作站资料费\n        value: ＝20000元\n"
             "      - name: 劳务协作站补助标准\n        value: ＝1000元/人\n"
             "      - name: 劳务协作站食宿标准\n        value: ＝400元/人\n")
    count = "      - name: 劳务协作站服务人数\n        value: ＝200人\n"
    changed = text.replace(old, parts).replace("      - name: 组织各县市驻外劳务协作站召开工作会议\n        value: ＝2次\n",
                                             "      - name: 组织各县市驻外劳务协作站召开工作会议\n        value: ＝2次\n" + count)
    found = engine.check_source(load_text(changed, "t01.yaml")).findings
    assert not [f.rule_id for f in found if f.rule_id.startswith("FUND")]
    # one price short: the parts no longer add up, and that is said
    found = engine.check_source(load_text(changed.replace("＝400元/人", "＝300元/人"), "t01.yaml")).findings
    assert [f.rule_id for f in found if f.rule_id.startswith("FUND")] == ["FUND004"]


def test_a_cost_written_with_at_least_is_named_beside_the_sum_it_is_missing_from(engine) -> None:  # type: ignore[no-untyped-def]
    """T13's costs add up to its 394,400 元; one written ≥ has no upper limit: left out of the sum,
    and named there with what to write instead."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    assert "value: ＝90000元" in text
    found = engine.check_source(load_text(text.replace("value: ＝90000元", "value: ≥90000元"), "t13.yaml")).findings
    under = [f for f in found if f.rule_id == "FUND004"]
    assert [f.message_zh for f in under] == [
        "成本指标金额合计 304,400 元（写成“≥”“＞”的金额没有上限，未计入合计，应改为“≤”或“＝”：下一代防火墙费用 ≥90000元），"
        "少于年度资金总额 394,400 元（差 90,000 元），部分资金没有对应的成本。"]
    assert "(amounts written with ≥ or > have no upper limit and are not counted; write them with ≤ or =: 下一代防火墙费用" \
        in under[0].message_en


def test_a_value_without_comparison_is_given_the_one_that_suits_its_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """VAL005's suggestion was "≤5.5%" for every value: followed for people served, it capped them.
    T10's approximate 失业率 and cost standard take ≤; T1's visits written without ≥ take ≥."""
    from ggtlint.load import load_text

    def suggested(name: str, text: str) -> list[str]:
        found = engine.check_source(load_text(text, name)).findings
        return [f.suggestion_zh.split("：")[0] for f in found if f.rule_id == "VAL005"]

    t10 = (SEED_DIR / "t10-jiuye-buzhu.yaml").read_text(encoding="utf-8")
    assert suggested("t10.yaml", t10) == ["写成带比较符的目标，如“≤1200元”", "写成带比较符的目标，如“≤5.5%”"]
    t01 = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "value: ≥200人" in t01
    assert suggested("t01.yaml", t01.replace("value: ≥200人", "value: 200人")) == ["写成带比较符的目标，如“≥200人”"]
    [english] = [f.suggestion_en for f in engine.check_source(load_text(t10, "t10.yaml")).findings
                 if f.rule_id == "VAL005" and "5.5%" in f.value]
    assert 'e.g. "≤5.5%"' in english


def test_a_figure_read_with_its_unit_column_is_quoted_with_it(engine) -> None:  # type: ignore[no-untyped-def]
    """T13's ＝184000元 written as a template does, "≥18.4" under 指标值 and 万元 under 计量单位, is
    ≥18.4万元: messages that quoted "≥18.4" beside "＝90000元" read as eighteen 元. Fingerprints
    keep the value as written (baselines stay valid)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    assert "        value: ＝184000元\n" in text
    text = text.replace("        value: ＝184000元\n", "        value: ≥18.4\n        unit: 万元\n")
    found = engine.check_source(load_text(text, "t13.yaml")).findings
    [under] = [f for f in found if f.rule_id == "FUND004"]
    assert "：系统运行维护 ≥18.4万元），少于年度资金总额 394,400 元" in under.message_zh
    [open_ended] = [f for f in found if f.rule_id == "FUND008"]
    assert "（≥18.4万元）" in open_ended.message_zh
    assert open_ended.value == "系统运行维护\x1f≥18.4"  # what the fingerprint is made of: as written
    assert open_ended.fingerprint == "b980c92a271743226ce451e6809b6916"  # the fingerprint earlier builds gave


def test_t19_t20_swap_points_at_the_foreign_indicators(results) -> None:  # type: ignore[no-untyped-def]
    names19 = [f.path for f in results["t19"].findings if f.rule_id == "REL001"]
    assert names19 == ["/indicators/产出指标/数量指标/0/name", "/indicators/产出指标/质量指标/0/name"]
    names20 = [f.path for f in results["t20"].findings if f.rule_id == "REL001"]
    assert names20 == ["/indicators/产出指标/数量指标/0/name"]


def test_t2_missing_cost_and_empty_total(results) -> None:  # type: ignore[no-untyped-def]
    findings = {(f.rule_id, f.path) for f in results["t02"].findings}
    assert ("STR002", "/indicators/产出指标") in findings
    assert ("STR005", "/funds/total") in findings


def test_category_names_with_invisible_and_full_width_characters_still_match(engine) -> None:  # type: ignore[no-untyped-def]
    """Names copied from PDFs and Excel carry zero-width spaces and full-width letters; the
    category lexicon is keyed after normalising them, so lookups must normalise the same way."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    assert "  产出指标:" in text and "    数量指标:" in text
    changed = text.replace("  产出指标:", "  产出\u200b指标:").replace("    数量指标:", "    数量\ufeff指标:")
    before = Counter(f.rule_id for f in engine.check_source(load_text(text, "t04.yaml")).findings)
    after = Counter(f.rule_id for f in engine.check_source(load_text(changed, "t04.yaml")).findings)
    assert after == before == Counter(EXPECTED["t04"])


def test_english_messages_name_fields_in_english(engine) -> None:  # type: ignore[no-untyped-def]
    """STR005 and the text checks name a header field in the message's own language: 年度资金总额
    inside an English sentence told an English reader nothing."""
    from ggtlint.load import load_text

    text = ("project: {name: 测试项目, year: 2023, department: ''}\nfunds: {unit: 元}\n"
            "goal: 完成完成任务，服务对像满意。\n"
            "indicators:\n  产出指标:\n    数量指标:\n      - {name: '培训人数 ', value: ≥10人}\n")
    found = {(f.rule_id, f.path): f for f in engine.check_source(load_text(text, "t.yaml")).findings}
    assert found[("STR005", "/project/department")].message_en == "The department field is empty."
    assert found[("STR005", "/funds")].message_en == "The total funds field is missing."
    assert found[("STR005", "/funds")].message_zh == "缺少“年度资金总额”。"
    hygiene = [f.message_en for f in found.values() if f.rule_id == "REL007"]
    assert any(m.startswith("In the annual goal, ") for m in hygiene), hygiene
    assert any(m.startswith("The name ") for m in hygiene), hygiene


def test_whole_year_and_one_year_limits_in_timeliness(engine) -> None:  # type: ignore[no-untyped-def]
    """T4's 时效 written the ways departments do: “1年内” is a limit inside the budget year
    (TIME003 asks for the date, TIME004 does not call it long term), “全年” is read as the
    year's end, not as unquantified text (VAL001); “1年” under 可持续影响 stays TIME004."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    assert "value: 2023年12月31日\n" in text
    for value, variant in (("1年内", "一年的期限"), ("一年内", "一年的期限"), ("≤1年", "一年的期限"),
                           ("全年", "指整个年度"), ("全年完成", "指整个年度")):
        result = engine.check_source(load_text(text.replace("value: 2023年12月31日\n", f"value: {value}\n"), "t04.yaml"))
        at_row = [f for f in result.findings if f.path == "/indicators/产出指标/时效指标/0/value"]
        assert [f.rule_id for f in at_row] == ["TIME003"], (value, at_row)
        assert variant in at_row[0].message_zh and "2023年12月31日" in at_row[0].message_zh
        assert at_row[0].severity.value == "info"
    horizon = [f for f in result.findings if f.rule_id == "TIME004"]
    assert [f.path for f in horizon] == ["/indicators/效益指标/可持续影响指标/0/value"]  # “1年”, unchanged


def test_unit_price_per_person_pairs_with_a_count_in_person_times(engine) -> None:  # type: ignore[no-untyped-def]
    """FUND007: 1500元/人 × 培训人数 ≥1200人次 = 1,800,000 元 > 1,600,000 元 (T4's total)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    text = text.replace("      - name: 就业见习补贴人数\n        value: ≥150人\n",
                        "      - name: 职业培训补贴人数\n        value: ≥1200人次\n")
    text = text.replace("      - name: 项目或定额成本控制率\n", "      - name: 职业培训补贴标准\n        value: ＝1500元/人\n"
                        "      - name: 项目或定额成本控制率\n")
    found = [f for f in engine.check_source(load_text(text, "t04.yaml")).findings if f.rule_id == "FUND007"]
    assert len(found) == 1 and "1,800,000" in found[0].message_zh, found
    fewer = text.replace("≥1200人次", "≥1000人次")
    assert not [f for f in engine.check_source(load_text(fewer, "t04.yaml")).findings if f.rule_id == "FUND007"]


def test_a_bare_figure_is_read_with_its_unit_column(engine) -> None:  # type: ignore[no-untyped-def]
    """Templates put “＝1600000” under 指标值 and “元” under 计量单位: T4 written that way gets the
    findings T4 gets (no FUND010 “no money unit”, no SAT001 “not a percentage”, costs add up)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    split = text.replace("        value: ＝1600000元\n", "        value: ＝1600000\n        unit: 元\n")
    split = split.replace("公共就业服务满意度\n        value: ≥90%\n", "公共就业服务满意度\n        value: ≥90\n        unit: '%'\n")
    assert split.count("unit: ") == text.count("unit: ") + 2
    before = Counter(f.rule_id for f in engine.check_source(load_text(text, "t04.yaml")).findings)
    after = Counter(f.rule_id for f in engine.check_source(load_text(split, "t04.yaml")).findings)
    assert after == before == Counter(EXPECTED["t04"])


@pytest.mark.parametrize("value,unit,kind,shown", [
    ("70以上", "%", "rate", "≥"), ("90-95", "%", "range", None), ("5左右", "%", "rate", "≈"),
    ("≤6", "月", "duration", "≤"), ("≥3", "月", "duration", "≥"), ("≤50", "万元", "money", "≤"),
    ("50之内", "万元", "money", "≤"), ("30内", "天", "duration", "≤"),
])
def test_the_unit_column_joins_the_forms_a_bare_figure_takes(engine, value: str, unit: str, kind: str,
                                                               shown: str | None) -> None:
    """The 计量单位 goes before a suffix operator (70以上 + % is 70%以上), onto a range, and 月 in that
    column is a span of months (≤6 + 月 was the deadline 30 June)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    text = text.replace("      - name: 就业见习补贴人数\n        value: ≥150人\n",
                        f"      - name: 培训周期\n        value: '{value}'\n        unit: '{unit}'\n")
    source = load_text(text, "t04.yaml")
    ctx = engine.context(source.tables[0])
    row = next(r for r in ctx.rows if r.name == "培训周期")
    assert (row.parsed.kind, row.parsed.op) == (kind, shown), row.parsed
    assert not [f for f in engine.check_source(source).findings if f.rule_id in ("VAL011", "TIME003") and "培训周期" in f.message_zh]


def test_whole_year_is_a_deadline_only_under_timeliness(engine) -> None:  # type: ignore[no-untyped-def]
    """全年 under 数量 is no quantity (VAL001), as it was before 全年 was read as the year's end."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    text = text.replace("      - name: 就业见习补贴人数\n        value: ≥150人\n",
                        "      - name: 就业见习补贴人数\n        value: 全年\n")
    found = [f for f in engine.check_source(load_text(text, "t04.yaml")).findings
             if f.path == "/indicators/产出指标/数量指标/0/value"]
    assert [f.rule_id for f in found] == ["VAL001"]


def test_satisfaction_kept_under_benefit_as_older_templates_do_is_noted(engine) -> None:  # type: ignore[no-untyped-def]
    """T4 with its 满意度 block moved under 效益 (the older templates' layout) was accepted without
    a word; the framework has 满意度 as a 一级 of its own. It is read where it stands, and noted."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    moved = "  满意度指标:\n    服务对象满意度指标:\n"
    assert moved in text
    found = engine.check_source(load_text(text.replace(moved, "    服务对象满意度指标:\n"), "t04.yaml")).findings
    [noted] = [f for f in found if f.rule_id == "STR004"]
    assert noted.severity.value == "info" and noted.path == "/indicators/效益指标/服务对象满意度指标"
    assert noted.message_zh.startswith("“服务对象满意度指标”放在“效益指标”下是旧模板的写法")
    assert not [f for f in found if f.rule_id in ("STR001", "SAT001")]  # its satisfaction is still read


@pytest.mark.parametrize("value, rules", [
    ("得到帮扶", ["VAL013"]),            # a phrase: neither a figure nor a grade
    ("总体稳定", ["VAL013"]),
    ("有效提升", ["VAL002"]),            # bare vague wording is VAL002's alone
    ("较上年有所增加", ["VAL002"]),
    ("良", []),                           # graded
    ("不低于上年水平", []),               # last year's level as the bar
    ("无重大群体性事件", []),             # none happened: yes/no
])
def test_a_benefit_value_must_be_quantified_or_graded(engine, value: str, rules: list[str]) -> None:  # type: ignore[no-untyped-def]
    """T4's 困难就业家庭帮扶率 ≥90% written as an officer might: plain phrases such as 得到帮扶
    passed without a word (only words on the vague list were reported)."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    row = "      - name: 困难就业家庭帮扶率\n        value: ≥90%\n"
    assert row in text
    changed = text.replace(row, f"      - name: 困难就业家庭帮扶\n        value: {value}\n")
    found = engine.check_source(load_text(changed, "t04.yaml")).findings
    assert sorted(f.rule_id for f in found if f.path == "/indicators/效益指标/社会效益指标/0/value") == rules


def test_a_lost_lawsuits_count_is_a_reverse_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    """T14's own goal is 降低行政诉讼败诉率; a count of lost cases written ≥ rewarded losing."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t14-renshe-zhengwu.yaml").read_text(encoding="utf-8")
    row = "      - name: 行政诉讼案件\n        value: ≥80件\n"
    assert row in text
    found = engine.check_source(load_text(text.replace(row, "      - name: 行政诉讼败诉案件数\n        value: ≥2件\n"),
                                          "t14.yaml")).findings
    assert [f.rule_id for f in found if f.path == "/indicators/产出指标/数量指标/1/value"] == ["VAL006"]
    unchanged = engine.check_source(load_text(text, "t14.yaml")).findings  # cases handled: more is not worse
    assert not [f for f in unchanged if f.path == "/indicators/产出指标/数量指标/1/value"]


def test_each_kind_of_problem_gets_the_fix_that_fits_it(engine) -> None:  # type: ignore[no-untyped-def]
    """One fix per rule told an officer whose indicator had no value about total funds being
    fiscal plus other funds (STR005), and one whose 二级 sat under the wrong 一级 about cost
    categories (STR004). Each variant has its own now."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    row = "      - name: 困难就业家庭帮扶率\n        value: ≥90%\n"
    assert row in text
    emptied = text.replace(row, "      - name: 困难就业家庭帮扶率\n        value: ''\n")
    [empty] = [f for f in engine.check_source(load_text(emptied, "t04.yaml")).findings if f.rule_id == "STR005"]
    assert empty.suggestion_zh.startswith("写出具体的目标值：数量（如“≥200人”）") and "资金" not in empty.suggestion_zh
    moved = text.replace("    社会效益指标:\n", "    数量指标:\n", 1)
    [placed] = [f for f in engine.check_source(load_text(moved, "t04.yaml")).findings if f.rule_id == "STR004"]
    assert placed.suggestion_zh == "把“数量指标”移到 产出指标 下。"
    assert placed.suggestion_en == "Move 数量指标 under 产出指标."


def test_a_total_written_in_words_is_not_also_called_empty(engine) -> None:  # type: ignore[no-untyped-def]
    """T1's total written "三十万": the loader says it is no amount (an error); STR005 added
    "年度资金总额为空" for the same cell, which an officer looking at 三十万 could not follow."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "  total: 300000.00\n" in text
    found = engine.check_source(load_text(text.replace("  total: 300000.00\n", "  total: 三十万\n"), "t01.yaml")).findings
    assert [(f.rule_id, f.path) for f in found if f.path == "/funds/total"] == [("LOAD005", "/funds/total")]
    emptied = engine.check_source(load_text(text.replace("  total: 300000.00\n", "  total:\n"), "t01.yaml")).findings
    assert [f.rule_id for f in emptied if f.path == "/funds/total"] == ["STR005"]


def test_a_satisfaction_written_in_vague_words_is_one_finding(engine) -> None:  # type: ignore[no-untyped-def]
    """T4's 满意度 ≥90% written 明显提高: SAT001 (no percentage) and VAL002 (vague) both reported it."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    row = "      - name: 公共就业服务满意度\n        value: ≥90%"
    assert row in text
    found = engine.check_source(load_text(text.replace(row, row.replace("≥90%", "明显提高")), "t04.yaml")).findings
    assert [f.rule_id for f in found if "满意度指标" in f.path and f.path.endswith("/value")] == ["SAT001"]


def test_a_budget_year_the_title_and_the_name_both_contradict_is_the_one_named(engine) -> None:  # type: ignore[no-untyped-def]
    """T4 with its 预算年度 written 2022 (title and name say 2023): TIME002 pointed at the title and
    at the name, which were right, and never at the year, which was wrong."""
    from ggtlint.load import load_text

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    assert "  year: 2023\n" in text and "2023年就业补助资金" in text and "黔南州2023年项目支出" in text
    found = [f for f in engine.check_source(load_text(text.replace("  year: 2023\n", "  year: 2022\n"), "t04.yaml")).findings
             if f.rule_id == "TIME002"]
    assert [(f.path, f.message_zh) for f in found] == [
        ("/project/year", "预算年度填的是 2022 年，表名和项目名称却都是 2023 年：请核对预算年度是否填错（写在 2023 年内的完成时限，这次不按“超出预算年度”报告）。")]
    # the 2023 deadlines are not "after the budget year 2022": the year is what is doubted
    assert not [f for f in engine.check_source(load_text(text.replace("  year: 2023\n", "  year: 2022\n"), "t04.yaml")).findings
                if f.rule_id == "TIME001"]
    # one of them alone differing still points at it
    alone = [f.path for f in engine.check_source(load_text(text.replace("2023年就业补助资金", "2022年就业补助资金"),
                                                           "t04.yaml")).findings if f.rule_id == "TIME002"]
    assert alone == ["/project/name"]


def test_a_name_quoting_words_is_quoted_with_single_marks_inside_the_message(results) -> None:  # type: ignore[no-untyped-def]
    """t02's 新招募“三支一扶”人员人数达招募计划数 inside a message's “…”: its own quotes become ‘’, so the name reads as
    one (“新招募‘三支一扶’人员…”), not as three quoted pieces; a fragment the message builds itself keeps its “”."""
    messages = [f.message_zh for f in results["t02"].findings if "三支一扶" in f.message_zh]
    assert messages and all("‘三支一扶’" in message and "“三支一扶”" not in message for message in messages)



def test_a_list_a_message_quotes_item_by_item_keeps_its_marks(engine) -> None:  # type: ignore[no-untyped-def]
    """The vague words STR006 lists (“进一步提高”“有效促进”) close and open the message's own quotes: left as they are."""
    from ggtlint.engine import render

    assert render("用的是“{terms}”这类", {"terms": "进一步提高”“有效促进"}) == "用的是“进一步提高”“有效促进”这类"
    assert render("指标“{name}”", {"name": "“十四五”期末覆盖率"}) == "指标“‘十四五’期末覆盖率”"
    assert render("{name}", {"name": "“十四五”期末覆盖率"}) == "“十四五”期末覆盖率"  # not inside the message's quotes

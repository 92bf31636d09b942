"""Found while merging session 25's helpers: REL039 (rate-over-counts) took a count of other firms or works as the
whole a rate is over (re-read A: 问题企业整改达标率 against 检查企业 and 整改达标企业; 续建项目开工率 against 新建项目
and 本年开工项目). A rate naming its group before a word naming no subject (问题企业, 续建项目) is now held only to
counts naming that group. The first four were told before the change; of the five held out, written after it, one was still told
wrongly (pinned as a strict xfail; quiet since session 26's careful round)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_recall_audit38 import Row, _rules

_GROUPS = [
    # re-read A's two, and two more of the kind: the counts are of other firms or works
    ([("检查企业", "≥200家"), ("整改达标企业", "≥30家")], ("问题企业整改达标率", "≥95%"), False),
    ([("新建项目", "≥20个"), ("本年开工项目", "≥8个")], ("续建项目开工率", "≥90%"), False),
    ([("检查食品生产企业", "≥300家"), ("整改达标企业", "≥50家")], ("问题企业整改达标率", "≥95%"), False),
    ([("培训从业人员", "≥500人"), ("考核合格人员", "≥100人")], ("特种作业人员考核合格率", "≥95%"), False),
    # the same group named: still told (audit 38's 技改项目 kind)
    ([("支持技术改造项目", "≥15个"), ("技改项目竣工投产", "≥9个")], ("技改项目竣工投产率", "≥90%"), True),
    # held out, written after the change
    ([("检查问题企业", "≥40家"), ("问题企业整改达标", "≥30家")], ("问题企业整改达标率", "≥95%"), True),
    ([("续建项目", "＝10个"), ("续建项目开工", "≥6个")], ("续建项目开工率", "≥90%"), True),
    ([("续建项目", "＝10个"), ("续建项目开工", "≥9个")], ("续建项目开工率", "≥90%"), False),
    # told wrongly until session 26: the part names the group (规上), the whole does not; a whole must now name the
    # rate's group, by its short or long form (规上, 规模以上; 技改, 技术改造), tests/test_careful_s26.py
    ([("入驻园区企业", "≥50家"), ("规上企业达标", "≥10家")], ("规上企业安全生产达标率", "≥95%"), False),
    ([("受理维权援助申请", "≥40件"), ("办结维权援助案件", "≥30件")], ("维权援助申请办结率", "≥95%"), True),
]


@pytest.mark.parametrize(("counts", "rate", "told"), _GROUPS)
def test_a_rate_over_a_group_is_held_to_counts_of_that_group(engine: Any, counts: list[Row], rate: Row,
                                                             told: bool) -> None:
    assert ("REL039" in _rules(engine, counts=counts, quality=[rate])) is told


def test_a_level_below_its_base_reads_as_a_fall_not_a_growth(engine: Any) -> None:
    """VAL042 (re-read B): a level below last year's base gave "只增长-6.7%"; the message now gives the change as it is
    (增幅为-6.7%), which reads right for a fall as for a short growth."""
    from test_recall_audit38 import TABLE, _lines

    text = TABLE.format(goal="2027年签约投资总额较2026年（45亿元）增长10%以上、达到42亿元以上。",
                        counts=_lines([("开展项目工作", "≥1项")]), quality=_lines([("资金使用合规率", "＝100%")]),
                        times=_lines([("资金拨付完成时间", "2027年12月31日前")]),
                        benefits=_lines([("服务对象受益情况", "持续受益")]))
    [finding] = [f for f in engine.check_source(load_text(text, "merge_s25.yaml")).findings if f.rule_id == "VAL042"]
    assert "增幅为-6.7%" in finding.message() and "只增长" not in finding.message()
    assert "a growth of -6.7%" in finding.message("en")



# A second opinion on the five warnings the second wave added (REL037–REL039, VAL042, TIME018), written by the lead
# after the merge and used in no tuning: correct usage that must stay quiet (0 of 15 told), true cases told, and two
# misses, pinned as strict xfails until session 26 told them.
_SECOND_WAVE = {"REL037", "REL038", "REL039", "VAL042", "TIME018"}
_QUIET = [
    ("2027年培训基层应急救援队员120人，每人参加集中轮训2次。", {"counts": [("应急救援队员轮训人次", "≥240人次")]}),
    ("2027年开展家庭医生签约服务，为签约居民每年提供健康体检1次，签约居民3000人。",
     {"counts": [("签约居民健康体检人次", "≥2800人次")]}),
    ("2027年举办新型职业农民培训4期，每期50人。", {"counts": [("新型职业农民培训人次", "≥200人次")]}),
    ("2026年全县发生生产安全事故死亡8人，2027年力争下降10%以上。", {"benefits": [("生产安全事故死亡人数", "≤7人")]}),
    ("2026年全县发生道路交通事故死亡15人，2027年确保较上年下降。", {"benefits": [("道路交通事故死亡人数", "≤14人")]}),
    ("2026年全县受理群众投诉120件，2027年开展营商环境优化。", {"benefits": [("企业投诉办结率", "≥95%")]}),
    ("2027年受理法律援助申请约900件，全部依法审查，符合条件的及时指派。",
     {"counts": [("受理法律援助申请", "≥900件"), ("指派法律援助案件", "≥800件")],
      "quality": [("法律援助案件结案率", "≥90%")]}),
    ("2027年检查生产经营单位300家，发现隐患全部督促整改。",
     {"counts": [("检查生产经营单位", "≥300家"), ("隐患整改到位单位", "≥60家")], "quality": [("隐患整改到位率", "≥95%")]}),
    ("2027年新建村级服务站20个，年底前全部通过验收。",
     {"counts": [("新建村级服务站", "＝20个"), ("村级服务站验收合格", "＝20个")], "quality": [("服务站验收合格率", "＝100%")]}),
    ("2027年全县规上工业增加值较2026年（50亿元）增长8%，达到54亿元。", {}),
    ("2027年实现网络零售额12亿元，较上年增长20%（2026年10亿元）。", {}),
    ("2027年外贸进出口总额力争达到30亿元，同比增长5%左右（2026年28.6亿元）。", {}),
    ("2027年对2026年度新认定的高新技术企业给予一次性奖励，奖励资金于2027年6月底前兑付。",
     {"times": [("奖励资金兑付时间", "2027年6月30日前")]}),
    ("对2027年度首次认定的专精特新企业开展培训辅导，2027年12月底前完成。", {"times": [("培训费用拨付时间", "2027年12月31日前")]}),
    ("2027年对2027年度获评的星级农家乐给予奖补，于2028年3月底前兑付。", {"times": [("奖补资金兑付时间", "2028年3月31日前")]}),
]
_TOLD = [
    ("REL038", "2026年全县发生生产安全事故死亡8人，2027年力争下降10%以上。", {"benefits": [("生产安全事故死亡人数", "≤10人")]}),
    ("REL039", "2027年新建村级服务站20个，年底前全部通过验收。",
     {"counts": [("新建村级服务站", "＝20个"), ("村级服务站验收合格", "≥15个")], "quality": [("服务站验收合格率", "＝100%")]}),
    # missed until session 26 (tests/test_careful_s26.py): words between 每人 and the sessions (每人参加集中轮训2次);
    # the growth and the level in two comma clauses
    ("REL037", "2027年培训基层应急救援队员120人，每人参加集中轮训2次。", {"counts": [("应急救援队员轮训人次", "≥300人次")]}),
    ("VAL042", "2027年全县规上工业增加值较2026年（50亿元）增长8%，达到52亿元。", {}),
]


def _second_wave(engine: Any, goal: str, rows: dict[str, list[Row]]) -> set[str]:
    from test_careful_s25 import table_2027

    text = table_2027(goal, **rows)
    return {f.rule_id for f in engine.check_source(load_text(text, "second_wave.yaml")).findings} & _SECOND_WAVE


@pytest.mark.parametrize(("goal", "rows"), _QUIET)
def test_second_wave_warnings_stay_quiet_on_correct_usage(engine: Any, goal: str, rows: dict[str, list[Row]]) -> None:
    assert _second_wave(engine, goal, rows) == set()


@pytest.mark.parametrize(("rule", "goal", "rows"), _TOLD)
def test_second_wave_warnings_tell_true_cases(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]]) -> None:
    assert rule in _second_wave(engine, goal, rows)

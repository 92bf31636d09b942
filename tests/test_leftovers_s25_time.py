"""Careful round s25's time-check leftovers (tests/test_careful_s25.py), each with its look-alikes:
1. TIME016 reads a fire season whose start carries its year (森林防火期（2027年3月1日起）), the budget year's only;
2. TIME002 leaves last year's disaster named by its kind with the work on it (2026年洪灾倒损农房重建完成率), not its
   size or toll (2026年洪涝灾害直接经济损失);
3. TIME004 and TIME002 on a 可持续影响 row: left differing on purpose (both rules' comments say why), TIME004 telling
   到2030年… there as the reference's R19 multi-year target (b55 plants it), TIME002 leaving 2030年… there (s24, g738);
   pinned as they stand, one finding for one name;
4. TIME016 holds a generic name (工程完工时间) to the whole's own later date the goal gives, not a part's season
   (and, since s26, to no part's season when the goal gives the whole no date: tests/test_leftovers_s26_pinned.py)."""

from __future__ import annotations

from typing import Any

import pytest

from ggtlint.load import load_text

from test_careful_s25 import Row, table_2027

# (rule, goal, rows by place, told): told = the rule named speaks on the table
Case = tuple[str, str, dict[str, list[Row]], bool]


def _rules(engine: Any, goal: str, rows: dict[str, list[Row]]) -> set[str]:
    text = table_2027(goal, **rows)
    return {f.rule_id for f in engine.check_source(load_text(text, "s25time.yaml")).findings}


_FIRE = "在森林防火期（2027年3月1日起）到来前全部完成防火道建设。"
_FIELDS = "2027年建设高标准农田1.5万亩，田间工程于春耕前完成，2027年11月30日前全部完工。"
TRUE: list[Case] = [
    # 1. a fire season dated with its year, the work's deadline after its start
    ("TIME016", _FIRE, {"times": [("全部防火道建设完成时间", "2027年5月31日前")]}, True),
    ("TIME016", "在森林防火期（2027年2月1日起）到来前完成防火隔离带清理120公里。",
     {"times": [("防火隔离带清理完成时间", "2027年3月31日前")]}, True),
    # 1. (the season alone before a comma, the work the next clause's: g739's wording)
    ("TIME016", "在森林防火期（2027年2月1日起）到来前，完成防火隔离带清理120公里；全年开展防火巡护。",
     {"times": [("防火隔离带清理完成时间", "2027年3月31日前")]}, True),
    # 2. last year's disaster, its size or toll: last year's result
    ("TIME002", "2027年开展农业防灾减灾。", {"benefits": [("2026年洪涝灾害直接经济损失", "≤500万元")]}, True),
    ("TIME002", "2027年开展森林防火工作。", {"benefits": [("2026年森林火灾受害率", "≤0.9‰")]}, True),
    ("TIME002", "2027年开展森林防火工作。", {"benefits": [("2026年森林火灾发生次数", "≤3起")]}, True),
    ("TIME002", "2027年开展森林防火工作。", {"quality": [("2026年火灾扑救及时率", "≥95%")]}, True),
    ("TIME002", "2027年开展防台风工作。", {"benefits": [("2026年台风灾害直接经济损失", "≤800万元")]}, True),
    # 3. the reference's multi-year horizons in a 可持续影响 row (R19: 长期, 1年, 到2030年), and among the year's benefits
    ("TIME004", "2027年开展耕地质量提升工作。", {"lasting": [("持证上岗人员占比", "长期")]}, True),
    ("TIME004", "2027年开展耕地质量提升工作。", {"lasting": [("到2030年全县耕地质量平均等别", "≤4.5等")]}, True),
    ("TIME004", "2027年开展耕地质量提升工作。", {"lasting": [("耕地质量提升效果持续", "1年")]}, True),
    ("TIME004", "2027年开展耕地质量提升工作。", {"benefits": [("到2030年全县耕地质量平均等别", "≤4.5等")]}, True),
    ("TIME004", "2027年开展耕地质量提升工作。", {"lasting": [("3年内耕地撂荒面积", "＝0亩")]}, True),
    # 4. the part's own name against its season
    ("TIME016", _FIELDS, {"times": [("田间工程完工时间", "2027年10月31日前")]}, True),
]
LOOK_ALIKES: list[Case] = [
    # 1. done before the season starts; a later or an earlier year's season is not this year's deadline
    ("TIME016", _FIRE, {"times": [("全部防火道建设完成时间", "2027年2月28日前")]}, False),
    ("TIME016", "2027年建设防火道30公里，在森林防火期（2028年3月1日起）到来前完成防火道建设。",
     {"times": [("防火道建设完成时间", "2027年10月31日前")]}, False),
    ("TIME016", "在森林防火期（2026年10月1日起）到来前完成防火隔离带清理，2027年巩固提升。",
     {"times": [("防火隔离带清理完成时间", "2027年6月30日前")]}, False),
    ("TIME016", "在森林防火期（2027年2月1日起）到来前，完成防火隔离带清理120公里；全年开展防火巡护。",
     {"times": [("防火隔离带清理完成时间", "2027年1月25日前")]}, False),
    ("TIME016", "在森林防火期（2027年2月1日起）到来前，完成防火隔离带清理120公里，2027年全年开展防火巡护。",
     {"times": [("防火巡护完成时间", "2027年12月31日前")]}, False),
    ("TIME016", "森林防火期（2027年2月1日起）到来前，各乡镇签订防火责任书，2027年6月30日前完成防火道建设。",
     {"times": [("防火道建设完成时间", "2027年6月30日前")]}, False),
    # 2. last year's disaster named by its kind, the work on it done now
    ("TIME002", "2027年开展灾后恢复重建。", {"benefits": [("2026年洪灾倒损农房重建完成率", "＝100%")]}, False),
    ("TIME002", "2027年开展灾后恢复重建。", {"quality": [("2026年地震受损校舍恢复重建率", "＝100%")]}, False),
    ("TIME002", "2027年开展灾后救助。", {"benefits": [("2026年旱灾困难群众救助覆盖率", "≥95%")]}, False),
    ("TIME002", "2027年开展灾后恢复重建。", {"benefits": [("2026年台风倒损房屋住户安置率", "＝100%")]}, False),
    ("TIME002", "2027年开展农业防灾减灾。", {"benefits": [("2026年旱灾受旱面积恢复性增产", "≥5%")]}, False),
    # 3. TIME004's 到2030年 is not told twice; a bare later year there is the lasting effect's date (s24)
    ("TIME002", "2027年开展耕地质量提升工作。", {"lasting": [("到2030年全县耕地质量平均等别", "≤4.5等")]}, False),
    ("TIME004", "2027年开展耕地质量提升工作。", {"lasting": [("2030年全县耕地质量平均等别", "≤4.5等")]}, False),
    ("TIME002", "2027年开展耕地质量提升工作。", {"lasting": [("2030年全县耕地质量平均等别", "≤4.5等")]}, False),
    # 4. a generic name held to the whole's own date
    ("TIME016", _FIELDS, {"times": [("工程完工时间", "2027年11月30日前")]}, False),
    ("TIME016", _FIELDS, {"times": [("项目完工时间", "2027年10月31日前")]}, False),
    # 4. a generic name when the goal gives the whole no date: the part's season is not the whole's (told until s26)
    ("TIME016", "2027年建设高标准农田1万亩，田间工程于春耕前完成。", {"times": [("工程完工时间", "2027年10月31日前")]}, False),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), TRUE + LOOK_ALIKES,
                         ids=[f"{case[0]}-{n}" for n, case in enumerate(TRUE + LOOK_ALIKES)])
def test_time_leftovers(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    assert (rule in _rules(engine, goal, rows)) is told


# held out: written after the changes, run once, not tuned on (told = the rule named speaks); all 8 right at the
# first run. The 可持续影响 pair was written while TIME004 was quieted there, then that change was withdrawn (b55's
# planted 到2025年 lost): its first case flipped to told with it, a pin as it stands, not a held-out result
HELD_OUT: list[Case] = [
    ("TIME016", "在森林防火期（2027年2月15日起）到来前完成林区防火道修缮50公里。",
     {"times": [("林区防火道修缮完成时间", "2027年4月30日前")]}, True),
    ("TIME016", "2027年新建防火蓄水池10座，确保2028年森林防火期（2028年1月1日起）到来前投入使用。",
     {"times": [("防火蓄水池建设完成时间", "2027年12月31日前")]}, False),
    ("TIME002", "2027年开展灾后恢复重建。", {"quality": [("2026年泥石流受损道路恢复通行率", "＝100%")]}, False),
    ("TIME002", "2027年开展农房抗震改造。", {"benefits": [("2026年地震倒塌房屋数量", "≤100户")]}, True),
    ("TIME004", "2027年实施退化草原修复。", {"lasting": [("到2029年项目区林草覆盖率", "≥60%")]}, True),
    ("TIME004", "2027年实施退化草原修复。", {"benefits": [("到2029年项目区林草覆盖率", "≥60%")]}, True),
    ("TIME016", "2027年建设高标准农田2万亩，灌排工程于春耕前完成，2027年12月15日前整体完工。",
     {"times": [("项目建设完成时间", "2027年12月15日前")]}, False),
    ("TIME016", "2027年建设高标准农田2万亩，灌排工程于春耕前完成，2027年12月15日前整体完工。",
     {"times": [("灌排工程完成时间", "2027年8月31日前")]}, True),
    # (written after the season alone before a comma was joined to the next clause)
    ("TIME016", "确保在森林防火期（2027年3月1日起）到来前，全面完成林区防火道修缮60公里。",
     {"times": [("林区防火道修缮完成时间", "2027年4月30日前")]}, True),
    ("TIME016", "2027年发放耕地地力保护补贴，在春耕前，完成补贴面积核实；2027年6月30日前完成补贴资金兑付。",
     {"times": [("补贴资金兑付完成时间", "2027年6月30日前")]}, False),
    ("TIME016", "在供暖期前，完成管网检修；管网改造2027年12月20日前完成。",
     {"times": [("管网改造完成时间", "2027年12月20日前")]}, False),
]


@pytest.mark.parametrize(("rule", "goal", "rows", "told"), HELD_OUT, ids=[f"held-{c[0]}-{n}" for n, c in enumerate(HELD_OUT)])
def test_held_out(engine: Any, rule: str, goal: str, rows: dict[str, list[Row]], told: bool) -> None:
    assert (rule in _rules(engine, goal, rows)) is told

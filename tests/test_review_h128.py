"""REL008's quote of the goal's words (h128): six awkward quotes a budget officer could not find the clause by, or
that read oddly; the quote only, what REL008 compares and its fingerprints unchanged."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.primitives.goal_figures import _quoted


def _quote(goal: str, figure: str) -> str:
    start = goal.index(figure)
    return _quoted(goal, start, start + len(figure))


def _told(engine: Any, goal: str, rows: list[tuple[str, str]]) -> list[Any]:
    fragment = {"goal": goal, "indicators": {"产出指标": {"数量指标": [{"name": name, "value": value}
                                                                 for name, value in rows]}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


@pytest.mark.parametrize(("goal", "figure", "said"), [
    # the list's verb 检查 is the second item's too (零售经营点520家次 alone before)
    ("全年检查批发企业36家次、零售经营点520家次。", "520家次", "全年检查批发企业36家次、零售经营点520家次"),
    ("全年检查批发企业36家次、零售经营点520家次。", "36家次", "全年检查批发企业36家次"),
    # an item with its own deed or measure is quoted alone
    ("新建村级公路18公里、改造危桥6座。", "6座", "改造危桥6座"),
    ("群众满意度达到90%、政策知晓率85%。", "85%", "政策知晓率85%"),
    ("新增及更换配电变压器80台、新增配变容量3.2万千伏安。", "3.2万千伏安", "新增配变容量3.2万千伏安"),
    ("新建标准化厂房12栋、建筑面积16.5万平方米。", "16.5万平方米", "建筑面积16.5万平方米"),
    # a standard quoted from its 每 (REL008's standards): the item alone still
    ("2026年按小学每生每年1000元、初中每生每年1250元的标准发放。", "每生每年1250元", "初中每生每年1250元"),
    # a rate, a comparison with last year, a long item: each its own
    ("贷款回收率98%以上、担保基金代偿率控制在2%以内。", "2%", "担保基金代偿率控制在2%以内"),
    ("发布6000条以上、较上年增长3000条。", "3000条", "较上年增长3000条"),
    ("维护自动雨量站42个、县城区自动水位监测站12个。", "12个", "县城区自动水位监测站12个"),
    # a list too long to quote whole: the item alone, as before
    ("全年检查批发企业36家次、零售经营点520家次、农贸市场30个、超市40家、药店50家、餐馆60家。", "60家", "餐馆60家"),
])
def test_a_list_item_is_quoted_with_the_verb_it_shares(goal: str, figure: str, said: str) -> None:
    assert _quote(goal, figure) == said


@pytest.mark.parametrize(("goal", "said"), [
    # 十一 before another holiday is 国庆, the clause's own words (春节期间走访… before)
    ("十一、春节期间走访慰问重点优抚对象1300户。", "十一、春节期间走访慰问重点优抚对象1300户"),
    # after an item 十 it is item 11's mark, no words of the clause
    ("十、完成培训300人次；十一、春节期间走访慰问重点优抚对象1300户。", "春节期间走访慰问重点优抚对象1300户"),
    ("十、完成培训300人次；十一、走访慰问重点优抚对象1300户。", "走访慰问重点优抚对象1300户"),
    ("（十一）走访慰问重点优抚对象1300户。", "走访慰问重点优抚对象1300户"),
])
def test_eleven_at_a_clauses_start(goal: str, said: str) -> None:
    assert _quote(goal, "1300户") == said


@pytest.mark.parametrize(("goal", "said"), [
    # no word's end in reach: cut where 各项 begins, not inside 深入 (…入地宣传解读… before)
    ("依托县级融媒体中心平台持续深入地宣传解读各项惠民政策发布政策解读信息200条。", "…各项惠民政策发布政策解读信息200条"),
    # where 各项 begins, not inside 宣传解读 (…解读各项… before)
    ("依托县级融媒体中心平台持续深入宣传解读各项惠民政策实现全年发布政策解读信息200条。", "…各项惠民政策实现全年发布政策解读信息200条"),
    # after 实现 when no other word begins nearer
    ("依托县级融媒体中心平台持续不断宣传解读惠民利民政策实现全年发布政策解读信息200条。", "…全年发布政策解读信息200条"),
])
def test_a_long_clause_is_not_cut_inside_a_word(goal: str, said: str) -> None:
    assert _quote(goal, "200条") == said


@pytest.mark.parametrize(("goal", "figure", "said"), [
    ("2025年新改建乡村道路12公里，惠及沿线群众3.5万余。", "3.5万", "惠及沿线群众3.5万余"),
    ("新增就业岗位500多，群众满意度90%。", "500", "新增就业岗位500多"),
    ("惠及群众3万余以上。", "3万", "惠及群众3万余以上"),
])
def test_a_figures_trailing_about_is_quoted_with_it(goal: str, figure: str, said: str) -> None:
    assert _quote(goal, figure) == said


def test_a_ten_thousand_dropped_quotes_its_about(engine: Any) -> None:
    [found] = _told(engine, "2025年新改建乡村道路12公里，惠及沿线群众3.5万余。", [("惠及沿线群众", "≥3.5人")])
    assert "“惠及沿线群众3.5万余”" in found.message_zh


@pytest.mark.parametrize(("goal", "figure", "said"), [
    ("为全州186家养老机构开展消防安全培训。", "186家", "全州186家"),
    ("2026年按每人次200元标准培训用人单位主要负责人1000人次。", "200元", "每人次200元"),
    ("2025年对全县10个乡镇综合文化站按每站每年5万元补助。", "5万元", "全县10个乡镇综合文化站按每站每年5万元"),
    # a year opening a clause without a preposition is its words
    ("2025年完成农村公路日常养护1260公里。", "1260公里", "2025年完成农村公路日常养护1260公里"),
    # a preposition whose object a deed follows is the clause's words (全市管道燃气用户开展… reads as their deed)
    ("2026年对全市管道燃气用户开展入户安全检查3万户。", "3万户", "2026年对全市管道燃气用户开展入户安全检查3万户"),
    # a preposition before words other than a scope or a standard leads the clause's own words
    ("按考核结果发放奖补资金50万元。", "50万元", "按考核结果发放奖补资金50万元"),
    # a word the preposition's character starts is no preposition
    ("为期3天培训学员120人。", "120人", "为期3天培训学员120人"),
    ("按时发放补贴1200人。", "1200人", "按时发放补贴1200人"),
])
def test_a_clauses_opening_preposition_is_not_quoted(goal: str, figure: str, said: str) -> None:
    assert _quote(goal, figure) == said


def test_the_quote_is_no_part_of_the_fingerprint(engine: Any) -> None:
    rows = [("覆盖养老机构数", "≥200家")]
    [bare] = _told(engine, "全州186家养老机构开展消防安全培训。", rows)
    [worded] = _told(engine, "为全州186家养老机构开展消防安全培训。", rows)
    assert bare.fingerprint == worded.fingerprint and "“全州186家”" in worded.message_zh

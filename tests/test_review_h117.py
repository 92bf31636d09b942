"""REL008 ``differs`` (h117): the one indicator asking less than the goal's figure, told where the goal's words and
the name share fewer than four characters in a row but the name is those words (查螺面积 for 查螺350万平方米), where a
bracketed 其中 stands before the figure, where the unit has a dot (人·天), where both are per the same unit, and
where the whole's indicator gives the figure of a part (资助学生 ≥4000人 for 资助学生5000人，其中高中生4000人)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _told(engine: Any, goal: str, quantities: list[tuple[str, str]],
          benefits: list[tuple[str, str]] = ()) -> list[str]:  # type: ignore[assignment]
    indicators: dict[str, Any] = {"产出指标": {"数量指标": [{"name": n, "value": v} for n, v in quantities]}}
    if benefits:
        indicators["效益指标"] = {"经济效益指标": [{"name": n, "value": v} for n, v in benefits]}
    text = yaml.safe_dump(example_document({"goal": goal, "indicators": indicators}), allow_unicode=True, sort_keys=False)
    return [f.message_zh for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


@pytest.mark.parametrize(("goal", "quantities", "benefits", "told"), [
    # the name is the goal's words plus a measure word: two characters shared only
    ("开展钉螺调查，查螺350万平方米。", [("查螺面积", "≥300万平方米")], [], "查螺面积"),
    ("开展农民技能培训，培训1200人次。", [("培训人次", "≥1000人次")], [], "培训人次"),
    # a benefit named as the goal's figure
    ("扶持养蜂户600户，全县蜂蜜产量达到180吨。", [("扶持养蜂户", "≥600户")], [("全县蜂蜜产量", "≥150吨")], "全县蜂蜜产量"),
    ("建设高标准农田1万亩，全县粮食产量稳定在5万吨以上。", [("建设高标准农田", "≥1万亩")], [("全县粮食产量", "≥4.5万吨")], "全县粮食产量"),
    # the whole's indicator giving the figure of a part (其中), in brackets or not
    ("新增绘本1.5万册（其中低幼绘本1.2万册）。", [("新增绘本", "≥12000册")], [], "新增绘本"),
    ("资助学生5000人，其中高中生4000人。", [("资助学生", "≥4000人")], [], "资助学生"),
    # a change in the goal, its rate named the same
    ("培育专精特新企业30家，营业收入增长12%。", [("培育专精特新企业", "≥30家")], [("营业收入增长率", "≥10%")], "营业收入增长率"),
    # the part in brackets closed before the figure: 2500头 is no part
    ("开展人群查病12000人（其中学生4000人）、家畜查病2500头。", [("家畜查病数量", "≥2000头")], [], "家畜查病数量"),
    # a unit with a dot
    ("聘请安全专家开展专家会诊150人·天。", [("专家会诊", "≥120人·天")], [], "专家会诊"),
    # per the same unit
    ("对全县32座矿山开展执法检查，每座矿山检查6次。", [("每座矿山检查次数", "≥4次")], [], "每座矿山检查次数"),
])
def test_an_indicator_named_as_the_goals_figure_asking_less_is_told(
        engine: Any, goal: str, quantities: list[tuple[str, str]], benefits: list[tuple[str, str]], told: str) -> None:
    [message] = _told(engine, goal, quantities, benefits)
    assert f"对应的指标“{told}”" in message


@pytest.mark.parametrize(("goal", "quantities", "benefits"), [
    # a part named as the part (重点区域), the whole given; the part asks its own figure (less is told since:
    # test_review_new_kinds's parts after 其中)
    ("开展查螺350万平方米，其中重点区域查螺100万平方米。",
     [("查螺面积", "≥350万平方米"), ("重点区域查螺面积", "≥100万平方米")], []),
    # a quarter's figure
    ("开展农民技能培训，培训1200人次。", [("培训人次", "≥1200人次"), ("第一季度培训人次", "≥300人次")], []),
    # two quantities adding up to the goal's
    ("开展农民技能培训，培训1200人次。", [("线上培训人次", "≥800人次"), ("线下培训人次", "≥400人次")], []),
    # another year's figure, a benefit of the year's additions, a benefit of a part of the area
    ("扶持养蜂户600户；到2028年全县蜂蜜产量达到200吨。", [("扶持养蜂户", "≥600户")], [("全县蜂蜜产量", "≥150吨")]),
    ("扶持养蜂户600户，全县蜂蜜产量达到180吨。", [("扶持养蜂户", "≥600户")], [("新增蜂蜜产量", "≥30吨")]),
    ("扶持养蜂户600户，全县蜂蜜产量达到180吨。", [("扶持养蜂户", "≥600户")], [("项目区蜂蜜产量", "≥50吨")]),
    # a ceiling kept below
    ("推广绿色防控，全县农药使用量不超过50吨。", [("农药使用量", "≤45吨")], []),
    # a quarter's checks per mine beside the year's; the part in brackets itself
    ("每座矿山检查6次。", [("每座矿山检查次数", "≥6次"), ("每座矿山季度检查次数", "≥1次")], []),
    ("专家会诊150人·天（其中省级专家30人·天）。", [("专家会诊", "≥150人·天"), ("其中：省级专家会诊", "≥30人·天")], []),
    # the part's figure given by an indicator naming the part, or any, where the part has no word of its own
    ("新建村卫生室10个（其中中心村卫生室4个）。", [("新建村卫生室", "＝10个"), ("中心村卫生室", "＝4个")], []),
    ("资助学生5000人（其中高中生4000人）。", [("资助学生", "≥5000人"), ("资助普通高中学生", "≥4000人")], []),
    ("全县废弃矿山图斑20个，对其中14个图斑实施生态修复。", [("修复治理废弃矿山图斑", "＝14个")], []),
    ("新建和改造提升公厕12座，其中新建4座、改造8座。",
     [("新建公厕", "＝4座"), ("改造提升公厕", "＝8座"), ("新建改造公厕", "＝12座")], []),
    # another rate of growth
    ("培育专精特新企业30家，营业收入增长12%。", [("培育专精特新企业", "≥30家")],
     [("营业收入增长率", "≥12%"), ("研发投入增长率", "≥10%")]),
])
def test_look_alikes_asking_less_on_purpose_are_not_told(
        engine: Any, goal: str, quantities: list[tuple[str, str]], benefits: list[tuple[str, str]]) -> None:
    assert _told(engine, goal, quantities, benefits) == []

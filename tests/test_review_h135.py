"""REL008 and REL015 against the look-alikes of h135's careful tables g564–g573 (a second opinion on REL008's
parts, raises and quotes and on REL015): a place's whole the goal only states (全区高龄老人9800人) is not what a
count of those the project serves asks for; the whole the project acts on (扶持全县…8600户) still is; a deed's
count is quoted with the thing named after its figure (2026年完成16个乡镇国土空间总体规划编制, not 2026年完成16个)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text
from ggtlint.primitives.goal_figures import _quoted


# (the example document's budget year is 2023: the goals name no year, as a later one is not compared)
def _told(engine: Any, goal: str, rows: list[tuple[str, str]],
          levels: tuple[str, str] = ("产出指标", "数量指标")) -> list[Any]:
    """The REL008 findings of the example table with ``goal`` and ``rows`` as its indicators under ``levels``."""
    level1, level2 = levels
    lines = [{"name": name, "value": value} for name, value in rows]
    fragment = {"goal": goal, "indicators": {level1: {level2: lines}}}
    text = yaml.safe_dump(example_document(fragment), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL008"]


@pytest.mark.parametrize(("goal", "rows"), [
    # (g572) the district's old people stated, the project's share given by its indicator alone
    ("全区80周岁以上高龄老人9800人，其中独居、空巢高龄老人3600人。为低保、特困家庭高龄独居老人免费安装智能监护设备。",
     [("安装智能监护设备的独居高龄老人", "≥1500人")]),
    ("全区独居、空巢高龄老人3600人。为低保、特困家庭高龄独居老人免费安装智能监护设备。",
     [("安装智能监护设备的独居高龄老人", "≥1500人")]),
    # (g565) the county's relocated families stated; those the project supports counted by its indicator
    ("全县易地扶贫搬迁家庭8600户；扶持有发展意愿的搬迁家庭发展庭院经济。", [("项目扶持搬迁家庭户数", "≥2000户")]),
])
def test_a_places_whole_only_stated_is_no_target_of_a_count_served(engine: Any, goal: str,
                                                                  rows: list[tuple[str, str]]) -> None:
    assert _told(engine, goal, rows) == []


@pytest.mark.parametrize(("goal", "rows"), [
    # the whole is what the project does: its count asks less
    ("扶持全县易地扶贫搬迁家庭8600户发展庭院经济。", [("项目扶持搬迁家庭户数", "≥2000户")]),
    ("扶持全县400户脱贫户发展庭院经济。", [("扶持脱贫户户数", "≥350户")]),
    # the whole stated and a count of the whole (no deed in its name) asking less
    ("全区独居、空巢高龄老人3600人，建立关爱服务台账。", [("独居空巢高龄老人", "≥3000人")]),
])
def test_a_whole_the_project_acts_on_is_still_held(engine: Any, goal: str, rows: list[tuple[str, str]]) -> None:
    [found] = _told(engine, goal, rows)
    assert found.severity == "info"


def _quote(goal: str, figure: str) -> str:
    start = goal.index(figure)
    return _quoted(goal, start, start + len(figure))


@pytest.mark.parametrize(("goal", "figure", "said"), [
    # (g573) a deed's count naming its thing after the figure: quoted with it, not 2026年完成16个
    ("2026年完成16个乡镇国土空间总体规划编制，其中重点镇6个。", "16个", "2026年完成16个乡镇国土空间总体规划编制"),
    ("新建3个村级农产品冷链仓储保鲜物流配送服务站点。", "3个", "新建3个村级农产品冷链仓储保鲜物流配…"),
    # the thing named before the figure, or a scope before it: as before
    ("更新考场监控摄像头300个，设备正常运行。", "300个", "更新考场监控摄像头300个"),
    ("为全州186家养老机构开展消防安全培训。", "186家", "全州186家"),
    ("全年培训300人次、发放补贴120万元。", "300人次", "全年培训300人次"),
])
def test_a_deeds_count_is_quoted_with_the_thing_it_counts(goal: str, figure: str, said: str) -> None:
    assert _quote(goal, figure) == said


def _benefit_told(engine: Any, goal: str, name: str, value: str) -> list[Any]:
    return _told(engine, goal, [(name, value)], ("效益指标", "经济效益指标"))


@pytest.mark.parametrize("goal", [
    # (g570) a long name before 较上年提高到: its words read back past the six characters of the raise
    "繁育水产苗种3亿尾，优质苗种年供应量较上年提高到2.6亿尾。",
    "繁育水产苗种3亿尾，优质苗种年供应量提高到2.6亿尾。",
])
def test_a_benefit_raised_to_is_held_to_its_target(engine: Any, goal: str) -> None:
    [found] = _benefit_told(engine, goal, "优质苗种年供应量", "≥2.4亿尾")
    assert "“优质苗种年供应量" in found.message_zh
    assert _benefit_told(engine, goal, "优质苗种年供应量", "≥2.6亿尾") == []


@pytest.mark.parametrize(("goal", "figure", "said"), [
    # (g569) the last item joined by 和 shares the list's verb too (乡镇卫生院25家和村卫生室210个 before)
    ("2026年建成县域医共体信息平台1个，联通县级医院3家、乡镇卫生院25家和村卫生室210个，实现互认。", "210个",
     "联通县级医院3家、乡镇卫生院25家和村卫生室210个"),
    # an item after 和 with a deed of its own: as before
    ("新建村级公路18公里、改造危桥6座和新建桥梁2座。", "2座", "改造危桥6座和新建桥梁2座"),
])
def test_an_item_joined_by_he_shares_the_lists_verb(goal: str, figure: str, said: str) -> None:
    start = goal.rindex(figure)
    assert _quoted(goal, start, start + len(figure)) == said

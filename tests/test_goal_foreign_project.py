"""REL015 (foreign-project): a goal naming, as the project it serves, another project than the table's.

Measured when written: the three goals of audit 20 (b247, b250, b252) told, nothing on the careful tables,
the seeds or the 20 real tables of ../shared/seeds; then on the ten look-alikes below, written before the
check was measured on them (goals naming a related project rightly: a fund the table draws on, a project it
serves, an earlier phase, the sub-projects it funds), and five held-out goals copied from another project.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _rel015(engine: Any, project: str, goal: str, indicators: list[str], department: str = "某县财政局") -> list[Any]:
    document = example_document({})
    document["project"].update({"name": project, "year": 2026, "department": department})
    document["project"].pop("title", None)
    document["goal"] = goal
    document["indicators"] = {
        "产出指标": {"数量指标": [{"name": name, "value": "≥1项"} for name in indicators]},
        "满意度指标": {"服务对象满意度指标": [{"name": "服务对象满意度", "value": "≥90%"}]},
    }
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "REL015"]


LOOK_ALIKES = [
    pytest.param("2026年巴茅村茶园提质增效项目",
                 "为确保2026年中央财政衔接推进乡村振兴补助资金项目顺利实施，对巴茅村800亩茶园开展提质增效，带动脱贫户120户增收。",
                 ["茶园提质增效面积", "带动脱贫户增收户数"], "某县农业农村局", id="the-fund-drawn-on"),
    pytest.param("2026年县自然资源局用地报批工作经费",
                 "保障全县重点建设项目用地需求，全年完成建设用地报批30宗、报批面积2000亩。",
                 ["完成建设用地报批", "报批用地面积"], "某县自然资源局", id="projects-served-in-general"),
    pytest.param("2026年城区污水管网改造工程（二期）",
                 "在一期工程基础上，完成城区污水管网改造项目二期建设：新建污水管网12公里，城区污水收集率提高到85%。",
                 ["新建污水管网长度", "城区污水收集率"], "某县住房和城乡建设局", id="a-later-phase"),
    pytest.param("2026年县人民医院医疗设备购置",
                 "为确保县人民医院综合楼建设项目按期投入使用，购置CT、彩超等医疗设备12台（套），设备验收合格率100%。",
                 ["购置医疗设备数量", "设备验收合格率"], "某县卫生健康局", id="the-building-equipped"),
    pytest.param("2026年县级财政衔接资金项目",
                 "实施高原特色蔬菜基地建设项目、肉牛养殖项目和农村产业路项目，带动脱贫人口增收。",
                 ["高原特色蔬菜基地建设面积", "肉牛养殖头数", "新建农村产业路长度"], "某县乡村振兴局",
                 id="the-sub-projects-funded"),
    pytest.param("2026年州农业科学院科研运行经费",
                 "承担国家重点研发计划子课题2项，保障省级农业科技成果转化项目顺利实施，发表论文10篇。",
                 ["承担科研课题", "科技成果转化数量", "发表论文"], "某州农业科学院", id="a-national-programme"),
    pytest.param("2026年农村饮水安全巩固提升工程维修养护经费",
                 "2026年农村供水工程维修养护项目：对全县126处集中供水工程开展维修养护，农村自来水普及率90%以上。",
                 ["维修养护供水工程处数", "农村自来水普及率"], "某县水务局", id="its-own-project-otherwise-named"),
    pytest.param("2026年县城乡规划编制经费",
                 "为确保县城北新区开发建设项目有序推进，完成城北新区控制性详细规划编制1项，规划成果通过专家评审。",
                 ["完成城北新区控制性详细规划编制", "规划成果通过评审"], "某县自然资源局", id="the-area-planned"),
    pytest.param("2026年县级文物保护专项经费",
                 "完成红军长征遗址保护修缮项目和古城墙抢险加固项目，文物安全巡查覆盖率100%。",
                 ["红军长征遗址保护修缮完成率", "古城墙抢险加固长度", "文物安全巡查覆盖率"], "某县文物局",
                 id="the-sites-repaired"),
    pytest.param("2026年县交通运输局公路养护经费",
                 "保障贵南高铁站连接线项目通车后道路安全畅通，全年养护农村公路860公里，优良中等路率75%以上。",
                 ["农村公路养护里程", "优良中等路率"], "某县交通运输局", id="a-road-served-by-the-upkeep"),
    # (h135, g566: the parent project that built the stations the table keeps running, named by no indicator)
    pytest.param("2026年汉川市排灌泵站运行维护项目",
                 "保障汉北河流域综合治理项目建成泵站正常运行，对全市中小型排灌泵站42座实施运行维护。",
                 ["运行维护排灌泵站", "汛前检修机组"], "汉川市水利和湖泊局", id="stations-a-finished-project-built"),
]

HELD_OUT = [
    pytest.param("2026年县全民健身器材更新经费",
                 "为确保2026年县城区集中供热管网改造项目顺利实施，更新行政村健身路径器材120套，器材完好率95%以上。",
                 ["更新健身路径器材", "健身器材完好率"], "某县体育局", id="heating-in-fitness"),
    pytest.param("2026年农村公路养护经费",
                 "2026年县中医院康复科建设项目：全年养护农村公路860公里，优良中等路率75%以上。",
                 ["农村公路养护里程", "优良中等路率"], "某县交通运输局", id="hospital-in-roads"),
    pytest.param("2026年乡镇卫生院基本公共卫生服务补助",
                 "保障2026年高标准农田建设项目顺利实施：为辖区居民建立健康档案，65岁以上老年人健康管理率70%以上。",
                 ["居民电子健康档案建档率", "65岁以上老年人健康管理率"], "某县卫生健康局", id="farmland-in-health"),
    pytest.param("2026年县图书馆免费开放补助",
                 "为确保县文化馆免费开放项目顺利实施，全年开展公益艺术培训60期，举办群众文化活动30场。",
                 ["图书外借册次", "读者到馆人次"], "某县文体广电旅游局", id="sibling-library-museum"),
    pytest.param("2026年农村留守儿童关爱服务经费",
                 "为确保2026年农村困境儿童基本生活保障项目顺利实施，按月发放困境儿童基本生活费。",
                 ["留守儿童关爱服务人次", "儿童督导员培训人次"], "某县民政局", id="sibling-children"),
]


# as measured: one look-alike of ten noted (a project served, 保障…项目通车后, that no indicator names) and one
# held-out goal of five missed (a sibling, 文化馆免费开放, sharing half its name with 图书馆免费开放补助); h135 met
# the look-alike's kind again (g566, 保障…项目建成泵站正常运行): a project named as finished (建成, 通车, 竣工,
# 完工) is one whose works the table keeps running, and both draw nothing now
FALSE_NOTICE = None
MISSED = "sibling-library-museum"


@pytest.mark.parametrize(("project", "goal", "indicators", "department"), LOOK_ALIKES)
def test_a_goal_naming_a_related_project_rightly_draws_nothing(engine, request, project: str,  # type: ignore[no-untyped-def]
                                                               goal: str, indicators: list[str], department: str) -> None:
    told = _rel015(engine, project, goal, indicators, department)
    assert len(told) == (request.node.callspec.id == FALSE_NOTICE)


@pytest.mark.parametrize(("project", "goal", "indicators", "department"), HELD_OUT)
def test_a_goal_copied_from_another_project_is_noted(engine, request, project: str,  # type: ignore[no-untyped-def]
                                                     goal: str, indicators: list[str], department: str) -> None:
    told = _rel015(engine, project, goal, indicators, department)
    assert len(told) == (request.node.callspec.id != MISSED)
    if told:
        assert told[0].message_zh.startswith("年度总体目标写的是“") and "项目”" in told[0].message_zh


@pytest.mark.parametrize(("goal", "told"), [
    ("为确保2026年县城区集中供热管网改造项目顺利实施，更新健身路径器材120套。", True),
    # the table's own project named too: the other is one it serves
    ("为确保2026年县城区集中供热管网改造项目顺利实施，完成全民健身器材更新项目，更新健身路径器材120套。", False),
    # a count of sub-projects the table funds, not a project named
    ("2026年实施城区集中供热管网改造项目12个，更新健身路径器材120套。", False),
    # one of the sub-projects named before their count (g610: …第二水厂及配套管网项目等12个重点项目前期工作)
    ("实施2026年县城区集中供热管网改造项目等12个重点项目，更新健身路径器材120套。", False),
    # with no count after it, the project is named as the one the goal is for
    ("实施2026年县城区集中供热管网改造项目等重点项目，更新健身路径器材120套。", True),
    # a fund the table draws on
    ("为确保2026年城区集中供热管网改造补助资金项目顺利实施，更新健身路径器材120套。", False),
    # a project built on or belonged to, or what this one is, named at the opening (g585, g592 variants)
    ("依托2026年县城区集中供热管网改造项目，更新健身路径器材120套。", False),
    ("作为县城区集中供热管网改造项目的配套内容，更新健身路径器材120套。", False),
    ("本项目为县城区集中供热管网改造项目的配套工程，更新健身路径器材120套。", False),
    # a goal opening with another project's name is still told
    ("2026年县城区集中供热管网改造项目：更新健身路径器材120套。", True),
])
def test_what_a_goal_names_besides_another_project(engine, goal: str, told: bool) -> None:  # type: ignore[no-untyped-def]
    found = _rel015(engine, "2026年县全民健身器材更新经费", goal, ["更新健身路径器材", "健身器材完好率"], "某县体育局")
    assert [f.message_en.split(",")[0] for f in found] == (
        ["The annual goal names 2026年县城区集中供热管网改造项目"] if told else [])

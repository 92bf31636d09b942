"""Forms that careful tables g420–g431 (fixtures/sectors: 胸痛中心, 景区智慧导览, 残疾人职业培训, 农田水利维修养护,
少数民族特色村寨, 学校饮水净化, 特种作业培训, 交通安全隐患治理, 老年人体检, 危旧桥梁改造, 政务自助终端, 农业综合执法)
use that drew false findings; look-alikes keep theirs.

- a change on last year whose value names the way (治理路段交通事故起数较上年变化 下降≥15%, g427) was told as a
  change with no direction (VAL033): the value gives the direction the name leaves out; ≥15% is still told.
- the village sub-projects a fund pays for (实施村级项目 ≥12个, g424), its cost lines paying the works by kind
  (民居外立面修缮补助, 石板路改造费), were told as a count no cost pays (REL002): no line pays them by themselves.
- probed beside them: a goal stating the duties with figures in words (履行森林防灭火职责，…受害率控制在千分之零点九以内;
  …火灾亡人事故为零; 亡人事故零发生; 零增长) was told as duties with no figure (STR006, a warning): 千分之 and a count
  held at none are figures (values/parse.py has_cn_figure); 零容忍 is none.
- probed beside them: a group its kind of project serves, by a word the kin lists lacked, was told as unserved
  (SAT002): 患者 of a 妇幼保健院 or a 医共体, 学员 of a 老年大学, a 夜校 or a 高素质农民培育, 学生家长 of a 中学's
  教学楼 (satisfaction.yaml kin).
- probed beside them: a cost named for one village or one trainee (村均补助 ≤5万元, 单个学员培训成本 ≤1500元) beside
  its total line was summed with it (FUND004, an error): 村均, 校均 and a name opening with 单个 (单台, 单座 …) are
  per-one words (values/hints.py _PER_ONE), as 人均 and 每眼 are.
"""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text

_CHANGE = """\
version: 1
project: {{name: 2026年测试县道路交通安全隐患点段治理项目, year: 2026, department: 测试县公安局}}
goal: 2026年治理隐患点段45处，治理路段交通事故起数较上年下降15%以上。
indicators:
  效益指标:
    社会效益指标:
      - {{name: 治理路段交通事故起数较上年变化, value: {value}}}
"""


def _findings(engine: Any, text: str, rule_id: str) -> list[Any]:
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


def test_a_change_whose_value_names_the_way_has_its_direction(engine: Any) -> None:
    assert not _findings(engine, _CHANGE.format(value="下降≥15%"), "VAL033")
    assert not _findings(engine, _CHANGE.format(value="较上年增长≥5%"), "VAL033")


def test_a_change_with_no_way_in_name_or_value_is_still_told(engine: Any) -> None:
    assert len(_findings(engine, _CHANGE.format(value="≥15%"), "VAL033")) == 1


_VILLAGES = """\
version: 1
project: {{name: 2026年测试县少数民族特色村寨保护与发展项目, year: 2026, department: 测试县民族宗教事务局}}
funds: {{unit: 万元, total: 400, fiscal: 400, other: 0}}
goal: 2026年在12个村寨实施村级项目12个，修缮民居外立面300户、改造石板路8公里。
indicators:
  产出指标:
    数量指标:
      - {{name: {count}, value: ≥12个}}
      - {{name: 修缮传统民居外立面, value: ≥300户}}
      - {{name: 改造寨内石板路, value: ≥8公里}}
    成本指标:
      - {{name: 传统民居外立面修缮补助, value: ≤240万元}}
      - {{name: 寨内石板路改造费, value: ≤160万元}}
"""


def test_village_sub_projects_the_whole_fund_pays_need_no_line_of_their_own(engine: Any) -> None:
    assert not _findings(engine, _VILLAGES.format(count="实施村级项目"), "REL002")


def test_a_count_of_works_no_line_pays_is_still_told(engine: Any) -> None:
    assert len(_findings(engine, _VILLAGES.format(count="新建村寨游客服务中心"), "REL002")) == 1


def test_figures_in_words_beside_the_duties_are_figures() -> None:
    from ggtlint.values.parse import has_cn_figure
    assert has_cn_figure("全年森林火灾受害率控制在千分之零点九以内")
    assert has_cn_figure("全年火灾亡人事故为零")
    assert has_cn_figure("实现生产安全亡人事故零发生")
    assert has_cn_figure("新增吸毒人员零增长")
    assert not has_cn_figure("对违法行为零容忍，确保不发生重大事故")


_DUTIES = """\
version: 1
project: {{name: 2026年测试县消防救援经费, year: 2026, department: 测试县消防救援大队}}
goal: 履行全县消防救援职责，{aim}，2026年6月30日前完成消防车购置。
"""


def test_a_goal_with_the_duties_and_a_count_held_at_none_is_quantified(engine: Any) -> None:
    assert not _findings(engine, _DUTIES.format(aim="全年火灾亡人事故为零"), "STR006")
    assert not _findings(engine, _DUTIES.format(aim="森林火灾受害率控制在千分之零点九以内"), "STR006")


def test_a_goal_with_the_duties_and_no_figure_is_still_told(engine: Any) -> None:
    assert len(_findings(engine, _DUTIES.format(aim="对火灾隐患零容忍，确保不发生重大火灾"), "STR006")) == 1


_SERVED = """\
version: 1
project: {{name: {project}, year: 2026, department: 测试县财政局}}
goal: {goal}
indicators:
  满意度指标:
    服务对象满意度指标:
      - {{name: {name}, value: ≥90%}}
"""


def test_a_group_its_kind_of_project_serves_is_named_by_the_kind(engine: Any) -> None:
    for project, goal, name in (("2026年县妇幼保健院设备购置项目", "2026年购置彩超3台。", "就诊患者满意度"),
                                ("2026年县域医共体信息化建设", "2026年建成信息平台1个。", "就诊患者满意度"),
                                ("2026年老年大学办学经费", "2026年开设班级60个，招收老年人3000人次。", "学员满意度"),
                                ("2026年乡村振兴夜校", "2026年开办夜校120期，参加群众6000人次。", "学员满意度"),
                                ("2026年高素质农民培育项目", "2026年培育高素质农民500人。", "参训学员满意度"),
                                ("2026年县第一中学教学楼维修", "2026年维修教学楼2栋。", "学生家长满意度")):
        assert not _findings(engine, _SERVED.format(project=project, goal=goal, name=name), "SAT002"), project


def test_a_group_no_word_of_the_table_names_is_still_told(engine: Any) -> None:
    text = _SERVED.format(project="2026年县疾控中心实验室设备购置", goal="2026年购置PCR仪2台，开展检测1万份。",
                          name="就诊患者满意度")
    assert len(_findings(engine, text, "SAT002")) == 1


_PRICE = """\
version: 1
project: {{name: 2026年测试县残疾人职业技能培训项目, year: 2026, department: 测试县残疾人联合会}}
funds: {{unit: 万元, total: 45, fiscal: 45, other: 0}}
indicators:
  产出指标:
    数量指标:
      - {{name: 培训残疾人, value: ≥300人}}
    成本指标:
      - {{name: 职业技能培训费, value: ≤45万元}}
      - {{name: {price}, value: {amount}}}
"""


def test_a_cost_named_for_one_village_or_one_trainee_is_a_price(engine: Any) -> None:
    for price, amount in (("单个学员培训成本", "≤1500元"), ("村均培训组织补助", "≤5000元")):
        assert not _findings(engine, _PRICE.format(price=price, amount=amount), "FUND004"), price


def test_a_line_named_for_no_one_is_still_summed(engine: Any) -> None:
    assert len(_findings(engine, _PRICE.format(price="培训教材费", amount="≤1500元"), "FUND004")) == 1

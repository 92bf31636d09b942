"""Forms that careful tables g388–g395 (fixtures/sectors: 社会救助经办, 村庄规划, 村庄清洁, 危化品监测预警,
乡村教师生活补助, 卫生院业务用房, 文化馆总分馆, 智慧教室) use that drew false findings; true cases keep theirs.

- FUND014 read 补助, 补贴, 奖励 anywhere after 在编 or 机关 as the unit's own staff pay, so a grant to others
  (一类学校在编教师生活补助, 党政机关节能改造补助, 文明机关创建奖励, 关闭破产单位职工生活补助) was told; those
  words now need 人员, 干部 or 职工 just before. An official-car platform's upkeep is no car's running, a
  service about pay (工资统发系统运维费) no pay.
- VAL032 told equipment counted in 组 or 架 beside 台 (音响设备24组、投影仪24台、电子琴48架) as unlike units.
- REL008 ``differs`` compared a goal's rate of one works with the one rate sharing its rate word of another
  (医疗污水处理设施验收合格率100% against 主体工程验收合格率 ≥95%); the whole's (工程竣工验收合格率100%) is still
  compared with it.
- TIME004 told a purchase named with the warranty it comes with up to a later year (交互式智能黑板购置安装费
  （质保至2029年）) as a multi-year target; 质保期 was already left alone, 质保至 and 保修至 now are too.
- VAL031 took 标准化 in a row's name (分馆标准化建设达标率) for a standard quoted, so another rate's floor in the
  note (设备配置率不低于95%) was the row's; and it compared the whole's rate with a part's floor the row does not
  name (（一类分馆不低于95%）, 其中重点乡镇分馆不低于90%, 其中城区分馆) or skipped the row's own floor when the
  standard named the rate with its object (要求乡镇分馆达标率不低于80%、村级服务点不低于90%).
- the value reader read 每日17时前 (a daily report's hour) and 由上年76%提高到90% (a baseline named with its year) as
  text: VAL001 told the first unquantified, VAL013 the second; 次日12时前 and 由76%提高到90% were already read.
- REL008 read the goal's 由76%提高到90% the wrong way round: 76%, the baseline, as the target, and 90% as a
  baseline (由 and a digit anywhere before it), so 较上年提高14个百分点 was told against 76% and ≥80% not at all;
  a change in points is no level to hold against the goal's rate.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ggtlint.load import load_file, load_text
from ggtlint.values import parse_value

SECTORS = Path(__file__).resolve().parent.parent / "fixtures" / "sectors"
_COST = "name: 聘用社会救助协理员劳务费"


def _told(engine: Any, table: str, old: str, new: str, rule: str) -> list[Any]:
    """Findings of ``rule`` on ``table`` with ``old`` replaced by ``new``."""
    path = next(SECTORS.glob(f"{table}-*.yaml"))
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    findings = engine.check_source(load_text(text.replace(old, new), path.name)).findings
    return [finding for finding in findings if finding.rule_id == rule]


def test_grants_to_others_are_not_the_units_pay(engine) -> None:  # type: ignore[no-untyped-def]
    for name in ("党政机关节能改造补助", "文明机关创建奖励", "普法进机关活动补助", "关闭破产单位职工生活补助",
                 "在职职工技能提升补贴", "在编在岗乡村教师生活补助", "公务用车管理平台运行维护费",
                 "机关事业单位工资统发系统运维费", "编制内人员工资审核服务费", "本单位代管福利院修缮费",
                 "在编教师绩效考核系统运维费", "机关事务绩效评价费"):
        assert not _told(engine, "g388", _COST, f"name: {name}", "FUND014"), name
    path = next(SECTORS.glob("g392-*.yaml"))
    assert not [f for f in engine.check_source(load_file(path, path.name)).findings if f.rule_id == "FUND014"]


def test_the_units_own_pay_is_still_told_as_a_notice(engine) -> None:  # type: ignore[no-untyped-def]
    for name in ("局机关在编人员绩效奖励", "机关干部下乡补贴", "在编人员伙食补助", "本单位职工福利",
                 "机关工作人员年终奖励", "城管局机关公务用车运行维护费", "禁毒办公务接待费", "机关干部驻村补助",
                 "本单位人员差旅补助", "本单位干部职工绩效考核奖励", "在编人员住房补贴"):
        [found] = _told(engine, "g388", _COST, f"name: {name}", "FUND014")
        assert found.severity.value == "info", name


def test_equipment_in_sets_and_frames_adds_up(engine) -> None:  # type: ignore[no-untyped-def]
    old = "note: 音响设备24组、投影仪24台、电子琴48架"
    assert not _told(engine, "g394", old, old, "VAL032")
    assert _told(engine, "g394", old, "note: 音响设备24组、投影仪24台、演出48场", "VAL032")


def test_a_rate_of_other_works_is_not_the_goals(engine) -> None:  # type: ignore[no-untyped-def]
    path = next(SECTORS.glob("g393-*.yaml"))
    text = path.read_text(encoding="utf-8")
    old = "name: 分部分项工程一次验收合格率"
    assert text.count(old) == 1
    text = text.replace(old, "name: 主体工程验收合格率")
    for goal, told in (("医疗污水处理设施验收合格率100%", False), ("室外配套工程验收合格率100%", False),
                       ("工程竣工验收合格率100%", True), ("工程质量合格率100%", True)):
        changed = text.replace("工程竣工验收合格率100%", goal)
        findings = engine.check_source(load_text(changed, path.name)).findings
        assert any(finding.rule_id == "REL008" for finding in findings) == told, goal


def test_a_purchase_with_its_warranty_runs_to_no_later_target(engine) -> None:  # type: ignore[no-untyped-def]
    old = "name: 交互式智能黑板购置安装费（质保至2029年）"
    assert not _told(engine, "g395", old, old, "TIME004")
    assert not _told(engine, "g395", old, "name: 交互式智能黑板购置安装费（保修至2029年）", "TIME004")
    assert _told(engine, "g395", old, "name: 交互式智能黑板购置安装费（分期支付至2029年）", "TIME004")


def test_a_rates_own_floor_not_a_parts_or_anothers(engine) -> None:  # type: ignore[no-untyped-def]
    old = "name: 分馆标准化建设达标率\n        value: ≥85%\n        note: 省级分馆建设标准：设备配置率不低于95%，达标率不低于80%"
    assert not _told(engine, "g394", old, old, "VAL031")
    for name, value, note, told in (
            ("分馆建设达标率", "≥85%", "省级标准要求乡镇分馆达标率不低于80%、村级服务点不低于90%", False),
            ("分馆建设达标率", "≥80%", "按省级分馆建设标准（一类分馆不低于95%），全县平均不低于80%", False),
            ("分馆建设达标率", "≥80%", "省标准要求不低于80%，其中重点乡镇分馆不低于90%", False),
            ("分馆建设达标率", "≥80%", "省标准要求不低于80%，其中城区分馆不低于90%", False),
            ("分馆建设达标率", "≥85%", "省级标准要求乡镇分馆达标率不低于90%", True),
            ("一类分馆建设达标率", "≥90%", "按省级分馆建设标准（一类分馆不低于95%），全县平均不低于80%", True),
            ("城区分馆达标率", "≥85%", "省标准要求不低于80%，其中城区分馆不低于90%", True),
            ("分馆标准化建设达标率", "≥85%", "按省级分馆建设标准，达标率不低于90%", True)):
        new = f"name: {name}\n        value: {value}\n        note: {note}"
        assert bool(_told(engine, "g394", old, new, "VAL031")) == told, note


def test_a_daily_hour_and_a_baseline_with_its_year_are_read() -> None:
    for value in ("每日17时前", "每天17:00前", "每个工作日17时前", "次日12时前", "每日18时前报送", "每日上午10时前"):
        parsed = parse_value(value)
        assert (parsed.op, parsed.quality) == ("≤", "recurring"), value
    assert parse_value("每日内").quality == "text"
    for value in ("由上年76%提高到90%", "从2025年的76%提升至90%"):
        parsed = parse_value(value)
        assert (parsed.kind, parsed.op, parsed.number) == ("rate", "≥", 90), value


def test_the_tables_daily_hour_and_baseline_draw_nothing(engine) -> None:  # type: ignore[no-untyped-def]
    for table, row in (("g391", "value: 每日17时前"), ("g395", "value: 由上年76%提高到90%")):
        assert not _told(engine, table, row, row, "VAL001") and not _told(engine, table, row, row, "VAL013"), row


def test_the_goals_target_is_the_level_reached_not_the_one_left(engine) -> None:  # type: ignore[no-untyped-def]
    row = "value: 由上年76%提高到90%"
    assert not _told(engine, "g395", row, "value: 较上年提高14个百分点", "REL008")
    for value in ("≥80%", "≥70%"):
        [found] = _told(engine, "g395", row, f"value: {value}", "REL008")
        assert "由76%提高到90%”" in found.message_zh, value  # (the quote ends with the target)

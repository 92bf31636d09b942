"""REL003's quote and two misreads met in today's careful rounds.

- a goal keeping running what a project built (建设项目建成的考务指挥中心, g567 before its indicator was added) was
  quoted as promising “建成的考务指挥中心” with “的考务指挥中心” unmeasured: the 的 after the verb is no part of the
  thing (hygiene.yaml REL003's 建立|建成… pattern takes it outside ``item``);
- a count to grow on last year with the figure it reaches (全年垫付人次较上年增长10%、达到450人次) was told unmeasured
  beside 垫付抢救费和丧葬费 ≥450人次: the figure reached is the promise's (goal_coverage.py _counted_as_promised);
  the growth alone, or a figure no indicator of the work gives, is still told;
- a cost line whose note writes out its standard without the count (裁判及工作人员劳务费 ≤30万元, 每个比赛项目2.5万元)
  had no partner beside 设置比赛项目 ＝12个 (REL002): the note's standard times the count is the line, as a name's
  standard is (cost_qty_alignment.py _standard_links, pricing.py note_standard_a_year).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine_helpers import edited_findings
from ggtlint.load import load_text

G593 = next((Path(__file__).resolve().parents[1] / "fixtures" / "sectors").glob("g593-*.yaml"))

_TABLE = """version: 1
project:
  name: 2026年道路交通事故社会救助基金项目
  year: 2026
  department: 某市财政局
funds:
  unit: 万元
  total: 100
  fiscal: 100
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - name: {name}
        value: ≥450人次
  满意度指标:
    服务对象满意度指标:
      - name: 受助群众满意度
        value: ≥90%
"""


def _messages(engine: Any, text: str, rule: str) -> list[str]:
    return [finding.message_zh for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule]


def _rel003(engine: Any, goal: str, name: str = "承办各类考试") -> list[str]:
    return _messages(engine, _TABLE.format(goal=goal, name=name), "REL003")


def test_a_built_things_quote_leaves_the_de_in_the_phrase(engine: Any) -> None:
    found = _rel003(engine, "保障考点建设项目建成的考务指挥中心和考点正常运行，全年承办各类考试450人次。")
    assert found == ["年度总体目标提到“建成的考务指挥中心”，但没有指标衡量“考务指挥中心”。"]


def test_a_thing_to_build_is_quoted_as_before(engine: Any) -> None:
    found = _rel003(engine, "建成标准化考务指挥中心，全年承办各类考试450人次。")
    assert found == ["年度总体目标提到“建成标准化考务指挥中心”，但没有指标衡量“标准化考务指挥中心”。"]


def test_the_figure_a_growth_reaches_measured_is_the_promise_measured(engine: Any) -> None:
    assert not _rel003(engine, "全年垫付人次较上年增长10%、达到450人次。", "垫付抢救费和丧葬费")
    assert not _rel003(engine, "全年垫付人次较上年增长10%，达450人次。", "垫付抢救费和丧葬费")


def test_a_growth_alone_or_a_figure_of_other_work_is_still_told(engine: Any) -> None:
    assert len(_rel003(engine, "全年垫付人次较上年增长10%。", "垫付抢救费和丧葬费")) == 1
    assert len(_rel003(engine, "全年垫付人次较上年增长10%、达到450人次。", "受理救助申请")) == 1


def _g593_rel002(engine: Any, note: str) -> list[str]:
    findings = edited_findings(engine, G593, "note: 按12个项目×每个项目2.5万元", f"note: {note}")
    return [finding.message_zh for finding in findings if finding.rule_id == "REL002"]


def test_a_notes_standard_times_a_count_is_the_lines_partner(engine: Any) -> None:
    for note in ("每个比赛项目2.5万元", "按每个项目2.5万元标准"):
        found = _g593_rel002(engine, note)
        assert len(found) == 1 and "赛事宣传及组织费" in found[0]  # (the pinned notice, no count of its own)


def test_a_notes_standard_whose_product_is_no_count_is_still_told(engine: Any) -> None:
    for note in ("每个比赛项目2万元", "每个比赛项目约2.5万元"):
        assert any("裁判及工作人员劳务费" in message for message in _g593_rel002(engine, note))

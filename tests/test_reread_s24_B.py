"""Second reading of s24's time and funds checks and of the run's plumbing (reviewer B): each
test pins a slip found on re-reading, told or mended."""

from __future__ import annotations

import signal
import threading
from typing import Any

import pytest

from ggtlint import atomic
from ggtlint.load import load_text

_MAIN = threading.current_thread() is threading.main_thread()


@pytest.mark.skipif(not _MAIN, reason="signal handlers are set in the main thread only")
def test_a_ctrl_c_while_the_handlers_are_put_back_leaves_none_swapped(monkeypatch: pytest.MonkeyPatch) -> None:
    """signal.signal() runs a signal already come before it sets the handler, and raises what that
    raises: a Ctrl-C landing once SIGINT's handler is back must not leave SIGTERM and SIGHUP
    swapped for the handler that only notes them (they would be ignored for the rest of the run)."""
    real = signal.signal
    before = {signum: signal.getsignal(signum) for signum in atomic._INTERRUPTS}
    held = atomic.hold_interrupts()
    calls: list[int] = []

    def ctrl_c_pending_on_the_second(signum: int, handler: object) -> object:
        calls.append(signum)
        if len(calls) == 2:  # as CPython's signal.signal does with a Ctrl-C waiting
            raise KeyboardInterrupt
        return real(signum, handler)  # type: ignore[arg-type]

    monkeypatch.setattr(signal, "signal", ctrl_c_pending_on_the_second)
    try:
        with pytest.raises(KeyboardInterrupt):
            atomic.release_interrupts(held)
    finally:
        monkeypatch.undo()
        after = {signum: signal.getsignal(signum) for signum in atomic._INTERRUPTS}
        for signum, handler in before.items():  # never leave this process's handlers swapped
            real(signum, handler)  # type: ignore[arg-type]
    assert len(before) >= 2
    assert after == before


def _table(goal: str, times: list[tuple[str, str]], costs: list[tuple[str, str]] | None = None,
           counts: list[tuple[str, str]] | None = None) -> str:
    def lines(rows: list[tuple[str, str]]) -> str:
        return "\n".join(f"      - {{name: \"{name}\", value: \"{value}\"}}" for name, value in rows)

    return f"""version: 1
project: {{name: 2027年某县农业农村项目, year: 2027, department: 某县农业农村局, implementer: 某县农业农村局}}
funds: {{unit: 元, total: 3000000, fiscal: 3000000}}
goal: {goal}
indicators:
  成本指标:
    经济成本指标:
{lines(costs or [("项目工作经费", "≤3000000元")])}
  产出指标:
    数量指标:
{lines(counts or [("开展项目工作", "≥1项")])}
    质量指标:
      - {{name: 资金使用合规率, value: ＝100%}}
    时效指标:
{lines(times)}
  效益指标:
    社会效益指标:
      - {{name: 服务对象受益情况, value: 持续受益}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def _told(engine: Any, text: str) -> list[str]:
    return sorted(f.rule_id for f in engine.check_source(load_text(text, "reread_s24_b.yaml")).findings)


@pytest.mark.parametrize("season", ["2028年春季春耕前", "2028年度春季春耕前", "2028年春季春播前", "2028年冬季封冻前"])
def test_time016_leaves_next_years_season_named_with_its_year_and_season(engine: Any, season: str) -> None:
    """The words before the season were read six characters back: 2028年春季 (seven) lost its 2, so next
    year's spring was taken for the budget year's and a December deadline told."""
    goal = f"2027年实施高标准农田建设，田间工程于{season}完工。"
    assert "TIME016" not in _told(engine, _table(goal, [("田间工程完工时间", "2027年12月31日前")]))


def test_time016_still_tells_the_budget_years_season_named_with_its_year(engine: Any) -> None:
    goal = "2027年实施高标准农田建设，田间工程于2027年度春季春耕前完工。"
    assert "TIME016" in _told(engine, _table(goal, [("田间工程完工时间", "2027年12月31日前")]))


def _findings(engine: Any, text: str, rule: str) -> list[Any]:
    return [f for f in engine.check_source(load_text(text, "reread_s24_b.yaml")).findings if f.rule_id == rule]


def test_time016_spring_work_is_set_within_the_spring_not_before_it(engine: Any) -> None:
    """The named variant's fix said 提前到春季前 (move spring work before the spring) and put 春季, no word of the
    table's, into the English."""
    text = _table("2027年组织春季重大动物疫病集中免疫。", [("春季集中免疫完成时间", "2027年8月31日前")])
    [finding] = _findings(engine, text, "TIME016")
    assert "春季之内" in finding.suggestion_zh and "春季前" not in finding.suggestion_zh
    assert "春季" not in finding.suggestion_en.replace("春季集中免疫完成时间", "")


def test_rel031_names_the_goal_in_english_words_when_the_finish_is_the_goals(engine: Any) -> None:
    """With no completion time, the finish is the goal's clause: the English said (年度总体目标), Chinese that is
    no table's content."""
    text = _table("2027年新建泵站1座，12月20日前完工。", [("资金拨付完成时间", "2027年12月31日前")])
    text = text.replace("服务对象受益情况, value: 持续受益", "2027年累计受益群众, value: ≥5000人")
    [finding] = _findings(engine, text, "REL031")
    assert "年度总体目标" not in finding.message_en and "annual goal" in finding.message_en
    assert "12月20日前完工" in finding.message_en
    assert "年度总体目标写明“12月20日前完工”" in finding.message_zh

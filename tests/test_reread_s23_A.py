"""Re-read of the s23 goal, relevance and satisfaction checks: REL021's level words in zh and en, SAT005's fix
naming who answers, REL028 reading a value that raises the standard at the period it sets, REL030 pairing a road's
length with another work's width. Each test a slip the re-read found, failing before its fix."""

from __future__ import annotations

from typing import Any

from ggtlint.load import load_text

TABLE = """version: 1
project: {{name: "{project}", year: 2026, department: "{department}"}}
funds: {{unit: 万元, total: {total}, fiscal: {total}}}
goal: "{goal}"
indicators:
  产出指标:
    数量指标:
{outputs}
  效益指标:
    社会效益指标:
{benefits}
  满意度指标:
    服务对象满意度指标:
      - {{name: 群众满意度, value: ≥90%}}
"""


def _rows(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f'      - {{name: "{name}", value: "{value}"}}' for name, value in rows) \
        or '      - {name: 受益人数, value: "≥1人"}'


def _findings(engine: Any, rule: str, *, project: str = "2026年某项目", department: str = "某县农业农村局",
              total: int = 100, goal: str = "2026年完成项目建设。", outputs: list[tuple[str, str]] | None = None,
              benefits: list[tuple[str, str]] | None = None) -> list[Any]:
    text = TABLE.format(project=project, department=department, total=total, goal=goal,
                        outputs=_rows(outputs or []), benefits=_rows(benefits or []))
    return [f for f in engine.check_source(load_text(text, "reread_s23_a.yaml")).findings if f.rule_id == rule]


def test_rel021_level_unknown_reads_as_english(engine: Any) -> None:
    """A body whose name gives no place's level (城市管理局) had REL021 say "give the own share" and, in its fix,
    "the own own villages"."""
    found = _findings(engine, "REL021", department="城市管理局", outputs=[("全省网格员培训人数", "≥100人")])
    assert len(found) == 1
    assert "give its own share" in found[0].message_en
    assert "own own" not in found[0].suggestion_en and "the own" not in found[0].suggestion_en
    assert "本地（城市管理局）" in found[0].message_zh


def test_rel021_level_of_a_county(engine: Any) -> None:
    found = _findings(engine, "REL021", department="罗甸县农业农村局", outputs=[("全省网格员培训人数", "≥100人")])
    assert len(found) == 1
    assert "give the county's share" in found[0].message_en
    assert "such as the county's villages reached" in found[0].suggestion_en
    assert "本县（罗甸县农业农村局）" in found[0].message_zh


SATISFACTION = """version: 1
project: {{name: 2026年某项目, year: 2026, department: 某县民政局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年完成。
indicators:
  满意度指标:
    服务对象满意度指标:
      - {{name: {name}, value: ≥90%}}
"""


def test_sat005_fix_names_who_answers(engine: Any) -> None:
    """SAT005's fix glued 家长（监护人） to any group: 逝者家长（监护人）满意度, 失智老人家长（监护人）满意度."""
    for name in ("逝者满意度", "失智老人满意度", "新生儿满意度"):
        text = SATISFACTION.format(name=name)
        found = [f for f in engine.check_source(load_text(text, "sat.yaml")).findings if f.rule_id == "SAT005"]
        assert len(found) == 1, name
        assert "家长（监护人）满意度" not in found[0].suggestion_zh
        assert "无法自己回答" in found[0].message_zh


def test_rel021_city_table_not_told_of_counties(engine: Any) -> None:
    """A city's table (本市) was told the province's target is met by 各县, as if it were a county's."""
    found = _findings(engine, "REL021", department="某市住房和城乡建设局", outputs=[("全省保障性住房套数", "≥100套")])
    assert len(found) == 1
    assert "本市（某市住房和城乡建设局）" in found[0].message_zh
    assert "各县" not in found[0].message_zh


RIVER_GOAL = "2026年治理河道5公里，治理段防洪标准提高到20年一遇。"


def test_rel028_value_raising_the_standard(engine: Any) -> None:
    """An indicator raising the standard to the goal's (由10年一遇提高到20年一遇) was read at its old period, 10,
    and told as below the goal's 20."""
    for value in ("由10年一遇提高到20年一遇", "现状10年一遇提高至20年一遇"):
        assert not _findings(engine, "REL028", goal=RIVER_GOAL, benefits=[("治理段防洪标准", value)]), value
    # still told: a value raising the standard short of the goal's
    assert _findings(engine, "REL028", goal=RIVER_GOAL, benefits=[("治理段防洪标准", "由5年一遇提高到10年一遇")])


def test_rel030_width_of_another_work_is_not_the_roads(engine: Any) -> None:
    """道路3.2公里及桥梁宽12米: the 12 m is the bridge's, so 3.2 km × 12 m is no size of the road; the road's own
    width in brackets is still read."""
    def told(goal: str) -> bool:
        return bool(_findings(engine, "REL030", project="2026年某县道路改造项目", department="某县交通运输局",
                              total=480, goal=goal, outputs=[("道路路面改造面积", "≥5万平方米")]))

    assert not told("2026年改造道路3.2公里及桥梁宽12米，改善群众出行条件。")
    assert not told("2026年改造道路3.2公里和桥梁宽12米，改善群众出行条件。")
    assert told("2026年改造道路3.2公里（宽12米），改善群众出行条件。")
    assert told("2026年改造道路长3.2公里、宽12米，改善群众出行条件。")

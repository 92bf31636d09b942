"""Helpers for tests that check rows added to the clean example table with the built-in engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"

# A 2026 table with one cost line (its value and note given) beside a second cost line, the given outputs and a
# satisfaction: how the cost-note checks (FUND007, FUND019, FUND020) are probed line by line.
_COST_NOTE_TABLE = """version: 1
project: {{name: "{project}", year: 2026, department: "{department}", category: "{category}"{period}}}
funds: {{unit: 元, total: 4000000, fiscal: 4000000}}
goal: 2026年完成年度工作任务。
indicators:
  成本指标:
    经济成本指标:
      - {{name: "{name}", value: "{value}", note: "{note}"}}
      - {{name: 其他业务费, value: ≤100000元}}
  产出指标:
    数量指标:
{outputs}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def rules_by_value(engine: Any, level2: str, rows: list[dict[str, str]], year: int | None = None) -> dict[str, set[str]]:
    """Rule ids by the value (or note) each finding reports, for ``rows`` (each of its own value) added
    under 产出指标/``level2`` of the clean example table; with ``year``, the table moved to that budget year."""
    document = example_document({})
    if year is not None:
        document["project"]["year"] = year
        document["project"]["name"] = f"{year}年职业技能培训补贴项目"
        document["project"].pop("title", None)
        document["goal"] = f"{year}年完成职业技能培训2000人次，培训合格率达到90%以上。"
    document["indicators"].setdefault("产出指标", {}).setdefault(level2, []).extend(rows)
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    found: dict[str, set[str]] = {}
    for finding in engine.check_source(load_text(text, "t.yaml")).findings:
        found.setdefault(finding.value.split("\x1f")[-1], set()).add(finding.rule_id)
    return found


def cost_note_findings(engine: Any, name: str, value: str, note: str = "",
                       outputs: tuple[tuple[str, str], ...] = (("完成工作任务", "＝1项"),),
                       project: str = "2026年业务工作经费", category: str = "特定目标-专项业务",
                       period: str | None = None, department: str = "县卫生健康局") -> list[Any]:
    """The findings on a 2026 table whose cost line ``name`` (``value``, ``note``) stands beside a second cost
    line, the (name, value) ``outputs`` and a satisfaction; ``period`` fills project.period when given."""
    rows = "\n".join(f'      - {{name: "{n}", value: "{v}"}}' for n, v in outputs)
    text = _COST_NOTE_TABLE.format(project=project, department=department, category=category,
                                   period=f', period: "{period}"' if period else "",
                                   name=name, value=value, note=note, outputs=rows)
    return list(engine.check_source(load_text(text, "cost_note.yaml")).findings)


# A 2026 民政 table with the given outputs and one social benefit: how REL020 (a benefit counting more than the
# outputs reach) is probed.
_BENEFIT_TABLE = """version: 1
project: {{name: 2026年民生保障项目, year: 2026, department: 县民政局}}
funds: {{unit: 万元, total: 100, fiscal: 100}}
goal: 2026年保障困难群众基本生活。
indicators:
  产出指标:
    数量指标:
{outputs}
  效益指标:
    社会效益指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 服务对象满意度, value: ≥90%}}
"""


def benefit_over_output_count(engine: Any, outputs: Sequence[tuple[str, str]], name: str, value: str) -> int:
    """How many REL020 findings the benefit ``name`` (``value``) draws beside the (name, value) ``outputs``."""
    rows = "\n".join(f'      - {{name: "{n}", value: "{v}"}}' for n, v in outputs)
    text = _BENEFIT_TABLE.format(outputs=rows, name=name, value=value)
    return sum(f.rule_id == "REL020" for f in engine.check_source(load_text(text, "benefit.yaml")).findings)


def benefit_over_output_told(engine: Any, outputs: Sequence[tuple[str, str]], name: str, value: str) -> bool:
    """Whether REL020 tells the benefit ``name`` (``value``) beside the (name, value) ``outputs``."""
    return benefit_over_output_count(engine, outputs, name, value) > 0


def line_findings(engine: Any, level2: str, line: dict[str, str], rule_id: str) -> list[Any]:
    """The findings of ``rule_id`` on a 2026 table (a plain goal, no title) whose 产出指标 has ``line`` added
    under ``level2``."""
    document = example_document({})
    document["project"]["year"] = 2026
    document["project"]["name"] = "2026年测试项目资金"
    document["project"].pop("title", None)
    document["goal"] = "2026年完成年度任务。"
    document["indicators"].setdefault("产出指标", {}).setdefault(level2, []).append(line)
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return [finding for finding in engine.check_source(load_text(text, "t.yaml")).findings
            if finding.rule_id == rule_id]


def edited_findings(engine: Any, table: Any, written: str, replacement: str) -> list[Any]:
    """The findings of the fixture ``table`` (a Path) with its one occurrence of ``written`` replaced: a careful
    table with one line or phrase changed, as the careful rounds probe a check."""
    text = table.read_text(encoding="utf-8")
    assert text.count(written) == 1, written
    return engine.check_source(load_text(text.replace(written, replacement), table.name)).findings


def edited_rule_counts(engine: Any, table: Any, written: str = "", replacement: str = "") -> dict[str, int]:
    """How many findings of each rule the fixture ``table`` (a Path) draws, with its one occurrence of
    ``written`` replaced when given (see edited_findings)."""
    findings = (edited_findings(engine, table, written, replacement) if written
                else engine.check_source(load_text(table.read_text(encoding="utf-8"), table.name)).findings)
    return _rule_counts(findings)


def sector_rule_counts(engine: Any, number: str, *edits: tuple[str, str]) -> dict[str, int]:
    """How many findings of each rule the sector table g``number`` draws, each (written, replacement) of
    ``edits`` made in turn, each written once in the table: a careful table probed with several changes."""
    table = next(SECTORS.glob(f"g{number}-*.yaml"))
    text = table.read_text(encoding="utf-8")
    for written, replacement in edits:
        assert text.count(written) == 1, written
        text = text.replace(written, replacement)
    return _rule_counts(engine.check_source(load_text(text, table.name)).findings)


def _rule_counts(findings: list[Any]) -> dict[str, int]:
    """How many of ``findings`` each rule drew."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.rule_id] = counts.get(finding.rule_id, 0) + 1
    return counts

"""The s21 timing round (REL003, STR005, REL009, REL002 made cheaper) held to the findings before it.

Measured when made: 8,957 tables (the 2,000-table bench corpus, the sector and seed fixtures, 6,000 variants
of the fixtures with goals, periods, funds, values and names mixed between them) gave the same findings, message
for message, at 3941184 and with the four commits. These tests keep it so: each cheaper path is compared with the
old one on the sector fixtures and variants of them, the old logic kept here only.
"""

from __future__ import annotations

import copy
import random
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from ggtlint.load import load_text
from ggtlint.primitives import cost_qty_alignment, goal_coverage, part_over_whole, required_fields
from ggtlint.primitives.base import is_breakdown, is_cost
from ggtlint.regexneeds import could_match, needs

SECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "sectors"
# (libyaml where built: the pure-Python parser takes seconds over a thousand fixtures)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _variants(documents: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """Fixtures with another's goal, or some of another's values or names: forms no fixture has as such."""
    rng = random.Random(21)
    made = []
    for index in range(count):
        table, other = copy.deepcopy(rng.choice(documents)), rng.choice(documents)
        if index % 3 == 0:
            table["goal"] = other.get("goal")
        else:  # some of the rows take the other's names (index % 3 == 1) or values
            field = "name" if index % 3 == 1 else "value"
            theirs = _rows(other)
            for row in _rows(table):
                if theirs and rng.random() < 0.5:
                    row[field] = rng.choice(theirs).get(field)
        made.append(table)
    return made


def _rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [row for block in (document.get("indicators") or {}).values() if isinstance(block, dict)
            for rows in block.values() if isinstance(rows, list) for row in rows if isinstance(row, dict)]


@pytest.fixture(scope="module")
def contexts(engine: Any) -> list[Any]:
    """The contexts of every fourth sector fixture and of 150 variants of the fixtures (kept under 3 s)."""
    texts = [(path.name, path.read_text("utf-8")) for path in sorted(SECTORS.glob("*.yaml"))[::4]]
    documents = [document for _name, text in texts
                 if isinstance(document := yaml.load(text, Loader=_LOADER), dict) and isinstance(document.get("indicators"), dict)]
    texts += [(f"variant{index}.yaml", yaml.dump(document, Dumper=_DUMPER, allow_unicode=True, sort_keys=False))
              for index, document in enumerate(_variants(documents, 150))]
    found = []
    for name, text in texts:
        for table in load_text(text, name).tables:
            found.append(engine.context(table))
    assert len(found) > 350
    return found


def _rule(engine: Any, rule_id: str) -> Any:
    return next(rule for rule in engine.rules if rule.info.id == rule_id)


def _hits(check: Any, ctx: Any, params: Any) -> list[tuple[str, str, str]]:
    return [(hit.pointer, hit.variant, repr(sorted(hit.values.items()))) for hit in check(ctx, params)]


# -- regexneeds ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "clauses"), [
    (r"确保(?P<item>[^，。]{1,10}?率)达到", ["确", "保", "率", "达", "到"]),
    (r"(?:较上年|比上年|同比)增长", ["同比较", "增", "长"]),
    (r"(?:^|[，。])新建", ["新", "建"]),  # an alternative needing nothing: no clause from the branch
    (r"a?b*c+", ["c"]),  # optional parts need nothing
    (r"(?<=x)y(?!z)", ["y"]),  # nor lookarounds
    (r"[，。；]", ["。；，"]),
    (r"[0-9]+元", ["元"]),  # a range or class needs no one character
    (r"(?i)abc", []),  # case folded: nothing said
])
def test_needs_reads_the_required_characters(pattern: str, clauses: list[str]) -> None:
    assert ["".join(sorted(clause)) for clause in needs(pattern)] == ["".join(sorted(c)) for c in clauses]


def test_flags_given_apart_from_the_pattern_count() -> None:
    """A pattern compiled with IGNORECASE or VERBOSE as a flag, not inline: its text alone would say too much."""
    folded = re.compile(r"abc", re.IGNORECASE)
    assert needs(folded.pattern, folded.flags) == () and folded.search("ABC")
    verbose = re.compile(r" a b  # c", re.VERBOSE)
    assert ["".join(sorted(clause)) for clause in needs(verbose.pattern, verbose.flags)] == ["a", "b"]


def test_could_match_needs_one_character_of_every_clause() -> None:
    clauses = needs(r"(?:较上年|比上年|同比)增长")
    assert could_match(clauses, "同比增长10%") and could_match(clauses, "比去年增加，增长")
    assert not could_match(clauses, "较上年提高") and not could_match(clauses, "")


def test_no_pattern_is_skipped_where_it_matches(engine: Any, contexts: list[Any]) -> None:
    """Every goal-coverage and placeholder pattern, on every goal and indicator name: a text the precheck turns
    away has no match."""
    patterns = [re.compile(pattern.pattern, pattern.flags) for pattern in _rule(engine, "REL003").compiled["patterns"]]
    patterns += [re.compile(pattern.pattern, pattern.flags) for pattern in contexts[0].lexicon.placeholder_patterns]
    texts = {ctx.goal for ctx in contexts if ctx.goal} | {row.name for ctx in contexts for row in ctx.rows}
    skipped = 0
    for pattern in patterns:
        clauses = needs(pattern.pattern, pattern.flags)
        for text in texts:
            if not could_match(clauses, text):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > 10_000  # the precheck does turn texts away


# -- REL003 and STR005: the precheck on and off ----------------------------------------------------------------

@pytest.mark.parametrize(("rule_id", "module"), [("REL003", goal_coverage), ("STR005", required_fields)])
def test_precheck_changes_no_finding(engine: Any, contexts: list[Any], monkeypatch: pytest.MonkeyPatch,
                                     rule_id: str, module: Any) -> None:
    params = _rule(engine, rule_id).compiled
    cheap = [_hits(module.check_table, ctx, params) for ctx in contexts]
    monkeypatch.setattr(module, "could_match", lambda clauses, text: True)  # every pattern searched, as before
    assert [_hits(module.check_table, ctx, params) for ctx in contexts] == cheap
    assert sum(map(len, cheap)) > 0  # (the rule does find something here)


# -- REL009: the counted lines listed once, the group's words before the search ---------------------------------

def _old_parts_in_other_words(ctx: Any, groups: Any) -> Iterator[Any]:
    """part_over_whole._parts_in_other_words as it was at 3941184: its own list of the counted lines, and the
    累计/结转 search before the group's words."""
    m = part_over_whole
    counted = [row for row in ctx.rows if not is_cost(row) and not is_breakdown(row.name)
               and row.parsed.kind in m._COUNTED and row.parsed.number is not None]
    told: set[int] = set()
    for group in groups:
        wholes = tuple(group["wholes"])
        alone, with_whole = tuple(group.get("parts", ())), tuple(group.get("with_whole", ()))
        for part in counted:
            name = part.name
            if id(part) in told or part.parsed.op in m.CEILING_OPS or m._MORE_THAN_THE_YEAR.search(name) or not (
                    any(word in name for word in alone)
                    or (any(word in name for word in with_whole) and any(word in name for word in wholes))):
                continue
            units = (part.parsed.unit, *m.HEADS.get(part.parsed.unit or "", ()))
            candidates = [row for row in counted if row is not part and row.parsed.unit in units
                          and any(word in row.name for word in wholes)
                          and not any(word in row.name for word in alone + with_whole)
                          and m._counts_what_the_whole_does(part, row)]
            deeds = wholes + alone + with_whole
            whole = m._the_whole(part, candidates, deeds)
            if (whole is not None and whole.parsed.unit == part.parsed.unit
                    and part.parsed.number > whole.parsed.number
                    and m._of_the_same_things(part, whole, deeds)):
                told.add(id(part))
                yield m.row_hit(part, variant="other_words", whole_name=whole.name, whole_value=whole.value,
                                severity=m.LEVELS["other_words"])


def test_rel009_other_words_as_before(engine: Any, contexts: list[Any]) -> None:
    groups = _rule(engine, "REL009").compiled["part_names"]
    told = 0
    for ctx in contexts:
        # (the lines check_table lists, against the old function's own list of them)
        new = _hits(lambda c, g: part_over_whole._parts_in_other_words(part_over_whole.counted_lines(c), g),
                    ctx, groups)
        assert new == _hits(_old_parts_in_other_words, ctx, groups), ctx.table.project.name
        told += len(new)
    assert told >= 2


def test_rel009_whole_rule_finds_on_fixtures(engine: Any, contexts: list[Any]) -> None:
    # the parts in other words and the 其中 lines, read with the one list now: each kind still found
    params = _rule(engine, "REL009").compiled
    variants = {hit[1] for ctx in contexts for hit in _hits(part_over_whole.check_table, ctx, params)}
    assert {"other_words", "parts_sum"} <= variants, variants


@pytest.mark.parametrize(("name", "told"), [("培训考核合格人数", True), ("累计培训考核合格人数", False)])
def test_rel009_at_the_reordered_test(engine: Any, name: str, told: bool) -> None:
    # a part that befalls some of the trained (合格) over the trained is told; one counted over past years is not
    text = f"""version: 1
project: {{name: 2026年培训项目, year: 2026, department: 县人社局}}
funds: {{unit: 万元, total: 10, fiscal: 10}}
goal: 2026年培训专职消防队员300人。
indicators:
  产出指标:
    数量指标:
      - {{name: 培训专职消防队员, value: ≥300人}}
      - {{name: {name}, value: ≥320人}}
"""
    found = [f for f in engine.check_source(load_text(text, "t.yaml")).findings
             if f.rule_id == "REL009"]
    assert bool(found) is told, [f.message_zh for f in found]


# -- REL002: the related words looked up once per cost line, in check_table ------------------------------------

_HOTLINE = """version: 1
project: {name: 2026年12345热线运行, year: 2026, department: 县政务服务中心}
funds: {unit: 万元, total: 100, fiscal: 100}
goal: 2026年保障12345热线运行，设置人工坐席20个，购置话务设备20套。
indicators:
  产出指标:
    数量指标:
      - {name: 人工坐席数量, value: ＝20个}
      - {name: 购置话务设备数量, value: ＝20套}
  成本指标:
    经济成本指标:
      - {name: 话务服务外包费, value: ＝80万元}
      - {name: 话务设备购置费, value: ＝20万元}
"""


def test_rel002_pairs_by_the_cost_lines_related_words(engine: Any) -> None:
    """check_table's pair test by ``related`` words (looked up once per cost line since 13bfd85): the seats
    (人工坐席数量) share no words with any cost line and are paid by 话务服务外包费 through 话务: [坐席, …] only."""
    params = _rule(engine, "REL002").compiled
    ctx = engine.context(load_text(_HOTLINE, "t.yaml").tables[0])
    assert _hits(cost_qty_alignment.check_table, ctx, params) == []
    unrelated = [hit[2] for hit in _hits(cost_qty_alignment.check_table, ctx, {**params, "related": {}})]
    assert len(unrelated) == 1 and "人工坐席数量" in unrelated[0]

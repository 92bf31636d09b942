"""foreign-project: a goal naming, as the project it is for, a project other than the table's (为确保2026年县级
融媒体中心建设项目顺利实施 in a table of 户户通 upkeep): a goal copied from another project's table.

``named`` (a regular expression with a group ``name``) is a clause naming a project, the group its proper
name before 项目. ``lead`` (words) end what comes before the name inside the group (在3个乡镇实施以工代赈
→ 以工代赈); ``generic`` (words) tell no project from another (建设, 工程, 专项) and are left out of the comparing; a name
ending in one of ``money`` (资金, 经费) names the money the table draws on (乡村振兴衔接资金项目), not a project.
A name is the table's own when at least half of what is left of it is found in the project's name; a goal
that names its own project anywhere draws nothing. Another project is told only when what its name has
beyond the project's name shares no two characters running with any indicator's name: a project the table
serves or builds on is mostly spoken of by its indicators too (城北新区开发建设项目 in a table of its plan).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import Hit, TableContext, compile_patterns
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.lazyregex import lazy_pattern

NAME = "foreign-project"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ("named",)
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["named", "generic"],
    "properties": {
        "named": {"type": "string"},
        "lead": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "generic": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "money": {"type": "array", "items": {"type": "string", "minLength": 1}},
    },
}

# a year, and the level of government a name begins with (县, 州级, 全市): the table's own place, no subject;
# not the first character of a word (市场监管, 市政, 区域, 乡村振兴, 村庄)
_YEAR = lazy_pattern(r"(?:19|20)\d{2}\s*年度?")
_LEVEL_FIRST = lazy_pattern(r"^(?![市区乡村][场政民容域村庄])全?[省州市县区乡镇村](?:级|本级)?")
# the places a title or a department's name opens with (黔南州 of 黔南州2026年…, 某县 of 某县教育局): not the
# department's own words (教育), which a project copied from another of its tables shares
_PLACE_OPENING = lazy_pattern(r"^(?:[\u4e00-\u9fff]{1,6}?[省州市县区旗盟](?![场政民容域]))+")
_GAP = "\0"
# so few characters left of a name tell nothing of which project it is
_SHORTEST = 4
_OWN_SHARE = 0.5


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("named",))


def _bigrams(texts: list[str]) -> set[str]:
    return {text[i:i + 2] for text in texts for i in range(len(text) - 1)}


def _place_opening(text: str | None) -> str:
    """The place a title or a department's name opens with, or "" (某县 of 某县教育局)."""
    opening = _PLACE_OPENING.match(text or "")
    return opening.group() if opening is not None else ""


def _named(found: re.Match[str], params: dict[str, Any]) -> str:
    """The project's name: what the group caught after the last word leading to it (在3个乡镇实施)."""
    name = found.group("name")
    return name[max((name.rfind(word) + len(word) for word in params.get("lead", []) if word in name), default=0):]


def _subject(name: str, params: dict[str, Any], places: set[str]) -> str:
    """The name with what tells no subject taken out (a gap left in its place, so no two characters
    run across it): its year, the level of government it begins with, generic words, and the table's
    own place (黔南州, as its title or department says)."""
    name = _LEVEL_FIRST.sub("", _YEAR.sub(_GAP, name).strip(_GAP))
    for word in params["generic"]:
        name = name.replace(word, _GAP)
    return "".join(_GAP if place else ch for ch, place in zip(name, _covered(name, places)))


def _covered(subject: str, words: set[str]) -> list[bool]:
    """Which characters of the subject lie in two characters running that ``words`` (bigrams) hold."""
    covered = [False] * len(subject)
    for i in range(len(subject) - 1):
        if subject[i:i + 2] in words:
            covered[i] = covered[i + 1] = True
    return covered


def _table_words(ctx: TableContext) -> tuple[set[str], set[str], set[str]]:
    """The two characters running of the project's name, of its place (region, the place its title or
    department opens with) and of its indicators' names."""
    project = ctx.table.project
    places = [project.region or "", *(_place_opening(text) for text in (project.title, project.department))]
    return _bigrams([project.name or ""]), _bigrams(places), _bigrams([row.name for row in ctx.rows])


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    project = ctx.table.project
    # a name is told by the 项目 after it (and most goals name none): nothing to compare without one
    if not ctx.goal or "项目" not in ctx.goal or not project.name:
        return
    words: tuple[set[str], set[str], set[str]] | None = None  # made at the first name
    foreign = []
    for found in params["named"].finditer(ctx.goal[:MAX_MATCH_INPUT]):
        named = _named(found, params)
        if named.endswith(tuple(params.get("money", []))):
            continue
        if words is None:
            words = _table_words(ctx)
        own, places, indicators = words
        subject = _subject(named, params, places)
        letters = [i for i, ch in enumerate(subject) if ch != _GAP]
        if len(letters) < _SHORTEST:
            continue
        in_name = _covered(subject, own)
        if sum(in_name[i] for i in letters) >= _OWN_SHARE * len(letters):
            return  # the goal names the table's own project
        beyond = "".join(_GAP if in_name[i] else ch for i, ch in enumerate(subject))
        if len(beyond.replace(_GAP, "")) >= _SHORTEST - 1 and not any(_covered(beyond, indicators)):
            foreign.append(named + "项目")
    if foreign:  # once a table: the first name the goal gives
        yield Hit("/goal", {"named": foreign[0]}, value=foreign[0], find=foreign[0])

"""visits-over-sessions: 人次 counted above the people the goal names times the sessions each attends.

A goal that says who is trained and how often (培训特种设备作业人员200人、每人2次; 对320名队员开展业务培训，每人3期;
组织45名执法人员业务培训2期; 分3期培训人民调解员213人) caps the visits: no more than the people times the sessions
can attend, whether each attends every session or the sessions are batches of the same people. An indicator of that
training in 人次 above the cap (≥600人次 of 200人 × 2次) counts visits no one makes: the people, the sessions or the
visits are wrong.

Read only where the goal says it plainly, in one comma clause: a count of people (N人, N名; not 人次, not per
session: 每期100人) and either 每人k次/期/轮 (the people may stand in the clause before it, 为50名…提供职业技能培训帮扶，
每人2期) or a count of sessions joined to the act (培训2期, 分3期培训, 3期培训班) with no 、 between the two and no
other 每 in the clause (每季度培训1次 sets no year's count here). The act is one of a short list (培训, 轮训, 帮扶,
演练, 辅导, 体检, 研修, 集训, 训练, 康复); the indicator is a count in 人次, a floor or exact, whose name holds that act
and is not 累计 nor a 其中 line; told when it is above the largest cap of that act by one or more.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown, row_hit
from ggtlint.values import chinese_numeral

NAME = "visits-over-sessions"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "people", "sessions", "cap")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_ACTS = ("培训", "轮训", "帮扶", "演练", "辅导", "体检", "研修", "集训", "训练", "康复")
_ACT = "|".join(_ACTS)
# a count of sessions, not the tail of a longer figure (120次培训 is no 20次, 十二期 no 二期)
_K = r"(?<![0-9.一两二三四五六七八九十百])(?P<k>[0-9]{1,2}|[一两二三四五六七八九十])"
# a count of people: 213人, 45名, 1.2万人 (not 人次, 人天, 人·日, nor a per-session 每期100人)
_PEOPLE = re.compile(r"(?<![0-9.])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?(?:人|名)(?![次天日时份·/])")
_PER_PERSON = re.compile(r"每人(?:每年|全年|年均)?" + _K + r"(?:次|期|轮)")
# sessions joined to the act: 培训2期, 培训班3期, 分3期培训, 3期培训班
_SESSIONS = re.compile(r"(?P<act1>" + _ACT + r")(?:班)?" + _K + r"(?:期|轮|批|次)|(?:分)?" + _K.replace("k", "k2")
                       + r"(?:期|轮|批|次)(?P<act2>" + _ACT + r")")
_BRACKETS = re.compile(r"[（(][^（）()]{0,60}[)）]")
_SENTENCE = re.compile(r"[。；;\n]")
_CLAUSE = re.compile(r"[，,：:]")
_WIDER = re.compile(r"累计|其中|人均|平均")
_FLOOR_OPS = ("≥", ">", "＝", "=")


def _number(text: str) -> int:
    """A count of sessions as written: 3 or 三."""
    return int(text) if text.isdigit() else chinese_numeral(text) or 0


def _people(text: str) -> list[Decimal]:
    """The counts of people a clause gives, leaving out one said per something (每期100人, 每个调委会1人)."""
    found = []
    for match in _PEOPLE.finditer(text):
        if "每" in text[max(0, match.start() - 6):match.start()]:
            continue
        number = Decimal(match.group("n")) * (10000 if match.group("wan") else 1)
        found.append(number)
    return found


def _caps(goal: str) -> list[tuple[str, Decimal, int, frozenset[str]]]:
    """(clause, people, sessions, acts) for each plain people × sessions the goal gives."""
    caps = []
    for sentence in _SENTENCE.split(_BRACKETS.sub("", goal)):
        clauses = _CLAUSE.split(sentence)
        for index, clause in enumerate(clauses):
            per = _PER_PERSON.search(clause)
            if per:
                before = clause[:per.start()]
                shown = clause
                if not _people(before) and index > 0 and not before.strip("、 "):
                    before = clauses[index - 1]  # 为50名…提供培训帮扶，每人2期
                    shown = before + "，" + clause
                people = _people(before)
                acts = frozenset(act for act in _ACTS if act in before)
                if len(people) == 1 and acts:
                    caps.append((shown, people[0], _number(per.group("k")), acts))
                continue
            if "每" in clause:
                continue  # 每季度培训1次, 每期100人: no year's people × sessions
            sessions = list(_SESSIONS.finditer(clause))
            people_at = [m for m in _PEOPLE.finditer(clause)]
            if len(sessions) != 1 or len(people_at) != 1:
                continue
            session, person = sessions[0], people_at[0]
            low, high = sorted((session.start(), person.start()))
            if "、" in clause[low:high]:
                continue  # 培训干部300人、开展演练6次: two things listed
            act = session.group("act1") or session.group("act2")
            k = session.group("k") or session.group("k2")
            count = Decimal(person.group("n")) * (10000 if person.group("wan") else 1)
            caps.append((clause, count, _number(k), frozenset({act})))
    return caps


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    rows = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.unit == "人次"
            and row.parsed.number and row.parsed.op in _FLOOR_OPS and not _WIDER.search(row.name)
            and not is_breakdown(row.name) and any(act in row.name for act in _ACTS)]
    if not rows:
        return  # most tables: no visits of a training counted
    caps = _caps(ctx.goal)
    if not caps:
        return
    for row in rows:
        fitting = [cap for cap in caps if cap[2] and any(act in row.name for act in cap[3])]  # (培训0期: no cap)
        if not fitting:
            continue
        clause, people, sessions, _acts = max(fitting, key=lambda cap: cap[1] * cap[2])
        number = row.parsed.number
        assert number is not None
        if number >= people * sessions + 1:
            yield row_hit(row, goal_clause=clause.strip(), people=f"{people.normalize():f}", sessions=str(sessions),
                          cap=f"{(people * sessions).normalize():f}")

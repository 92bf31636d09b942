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
and is not 累计 nor a 其中 line; told when it is above the cap of that act by one or more. Words may stand between
每人 and the sessions (每人参加集中轮训2次) but not a floor (每人不少于2次, 每人2次以上). Left alone: two caps of the
act, people of the act named with no sessions (培训网格员300人 beside them), and a name joining a group the cap's
clause does not name (村干部和网格员培训人次).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
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
_PEOPLE = lazy_pattern(r"(?<![0-9.])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?(?:人|名)(?![次天日时份·/])")
# 每人2次, 每人参加集中轮训2次 (a few words between, none of them a floor: 每人参加培训不少于2次 caps nothing)
_PER_PERSON = lazy_pattern(r"每人(?:每年|全年|年均)?(?P<mid>[^0-9，,、；;。每]{0,8}?)" + _K + r"(?:次|期|轮)")
_AT_LEAST = lazy_pattern(r"不少于|不低于|至少|最少|以上|超过")
# 2次以上, 2次及以上: a floor per person, no cap
_FLOOR_AFTER = lazy_pattern(r"^(?:及|或)?以上")
# what joins two groups in an indicator's name (村干部和网格员培训人次), and the words that name no group
_JOINS = lazy_pattern(r"[和及与、]")
_NO_GROUP = lazy_pattern(r"人次|人员|人数|培训|轮训|帮扶|演练|辅导|体检|研修|集训|训练|康复|业务|集中|参加|开展|组织|全年|年度")
# sessions joined to the act: 培训2期, 培训班3期, 分3期培训, 3期培训班
_SESSIONS = lazy_pattern(r"(?P<act1>" + _ACT + r")(?:班)?" + _K + r"(?:期|轮|批|次)|(?:分)?" + _K.replace("k", "k2")
                         + r"(?:期|轮|批|次)(?P<act2>" + _ACT + r")")
_BRACKETS = lazy_pattern(r"[（(][^（）()]{0,60}[)）]")
_SENTENCE = lazy_pattern(r"[。；;\n]")
_CLAUSE = lazy_pattern(r"[，,：:]")
_WIDER = lazy_pattern(r"累计|其中|人均|平均")
_FLOOR_OPS = ("≥", ">", "＝", "=")


def session_count(text: str) -> int:
    """A count of sessions or times as written, 3 or 三 (0 when it is neither); read by goal-cadence-visits too."""
    return int(text) if text.isdigit() else chinese_numeral(text) or 0


def people_counts(text: str) -> list[Decimal]:
    """The counts of people (N人, N名, N万人; not 人次) a text gives, leaving out one said per something (每期100人,
    每个调委会1人); read by goal-cadence-visits too."""
    found = []
    for match in _PEOPLE.finditer(text):
        if "每" in text[max(0, match.start() - 6):match.start()]:
            continue
        number = Decimal(match.group("n")) * (10000 if match.group("wan") else 1)
        found.append(number)
    return found


Cap = tuple[str, Decimal, int, frozenset[str]]


def _caps(goal: str) -> tuple[list[Cap], set[str]]:
    """(clause, people, sessions, acts) for each plain people × sessions the goal gives, and the acts of the people
    it names with no sessions (培训网格员300人 beside 培训村干部200人，每人2次: their visits are not bounded)."""
    caps: list[Cap] = []
    loose: set[str] = set()
    for sentence in _SENTENCE.split(_BRACKETS.sub("", goal)):
        clauses = _CLAUSE.split(sentence)
        used: set[int] = set()
        for index, clause in enumerate(clauses):
            per = _PER_PERSON.search(clause)
            if per and (_AT_LEAST.search(per.group("mid")) or _FLOOR_AFTER.match(clause[per.end():])):
                continue  # 每人不少于2次, 每人2次以上: at least, not at most
            if per:
                before = clause[:per.start()]
                shown = clause
                if not people_counts(before) and index > 0 and not before.strip("、 "):
                    before = clauses[index - 1]  # 为50名…提供培训帮扶，每人2期
                    shown = before + "，" + clause
                    used.add(index - 1)
                people = people_counts(before)
                acts = frozenset(act for act in _ACTS if act in before + per.group("mid"))
                if len(people) == 1 and acts:
                    caps.append((shown, people[0], session_count(per.group("k")), acts))
                    used.add(index)
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
            caps.append((clause, count, session_count(k), frozenset({act})))
            used.add(index)
        for index, clause in enumerate(clauses):
            if index not in used and people_counts(clause):
                loose.update(act for act in _ACTS if act in clause)
    return caps, loose


def _groups_in(name: str, clause: str) -> bool:
    """Whether every group an indicator's name joins (村干部和网格员培训人次) is one the cap's clause speaks of: visits of
    村干部 and 网格员 are not bounded by the 村干部's people × sessions."""
    head = name
    for act in _ACTS:
        head = head.split(act)[0] if act in head else head
    pieces = [_NO_GROUP.sub("", piece) for piece in _JOINS.split(head)]
    if len(pieces) < 2:
        return True
    return all(len(piece) < 2 or any(piece[i:i + 2] in clause for i in range(len(piece) - 1)) for piece in pieces)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    rows = [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.unit == "人次"
            and row.parsed.number and row.parsed.op in _FLOOR_OPS and not _WIDER.search(row.name)
            and not is_breakdown(row.name) and any(act in row.name for act in _ACTS)]
    if not rows:
        return  # most tables: no visits of a training counted
    caps, loose = _caps(ctx.goal)
    if not caps:
        return
    for row in rows:
        fitting = [cap for cap in caps if cap[2] and any(act in row.name for act in cap[3])]  # (培训0期: no cap)
        # one cap only: two of the act (老年人2000人每人体检1次, 高血压患者600人另加体检3次), or people of the act with no
        # sessions said, leave open whose visits the row counts
        if len(fitting) != 1 or any(act in row.name for act in loose):
            continue
        clause, people, sessions, _acts = fitting[0]
        if not _groups_in(row.name, clause):
            continue
        number = row.parsed.number
        assert number is not None
        if number >= people * sessions + 1:
            yield row_hit(row, goal_clause=clause.strip(), people=f"{people.normalize():f}", sessions=str(sessions),
                          cap=f"{(people * sessions).normalize():f}")

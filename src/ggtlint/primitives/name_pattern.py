"""name-pattern: how a 三级指标 name should read.

Params: ``require`` (a regular expression the name must contain, e.g. 满意度), ``max_length``
(longer names read as sentences), ``forbid_chars`` (sentence punctuation such as 。，；), ``forbid``
(a regular expression the name must not contain: 主管部门满意度 asks the payer, not the served; a
group named ``term`` is what the message quotes; matched against the name without what it asks about,
上级政法委对网格工作满意度 as 上级政法委满意度), ``other_measure`` (a name without the required term
that names a measure of its own, such as a rate or an income: 移民人均可支配收入增长率 under 满意度 is a
benefit put in the wrong place, not a satisfaction named badly), ``forbid_unless_served`` (like
``forbid``, for people who are sometimes those served: its group ``who`` (医护人员, 执法人员) is left alone
when the project's name or goal names them, as a training of 医护人员 serves them: variant ``staff_term``,
a notice, for the goal may name them in other words), ``forbid_own_unit`` (the table's own 实施单位 asked
by its name, with or without the region before it: 会昌县农村供水服务中心满意度 is the unit
doing the work asking itself; a name going on after the unit, 县人民医院住院患者满意度, asks others; nor its staff, 人防工程管理站职工满意度
of 人民防空工程管理站),
``forbid_body_above`` (the department's own line a level above the table's: 市交通运输局满意度 in a county
bureau's table), ``forbid_unless_named`` (a group of people only some projects serve, 就诊患者, 景区游客,
参训学员, with ``who`` the group's word: asked when neither the project's name, its goal nor another
indicator names them or a word of their kind from ``kin`` (患者: 医院, 就诊), the satisfaction of people
the project does not serve, copied from another table: variant ``unserved_term``, a notice; a table
with no goal is left alone).
Variants: ``missing_term``, ``other_measure``, ``forbidden_term``, ``staff_term``, ``unserved_term``,
``too_long``, ``punctuation``; one hit per name at most.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, row_hit, \
    without_qualifiers
from ggtlint.regexsafety import search
from ggtlint.lazyregex import lazy_pattern

NAME = "name-pattern"
SCOPES = ("indicator",)
VARIANTS = ("missing_term", "other_measure", "forbidden_term", "staff_term", "unserved_term", "punctuation",
            "too_long")
# a long name is a style matter; a forbidden term asks the wrong thing (the others: the rule's level)
LEVELS = {"too_long": Severity.INFO, "forbidden_term": Severity.WARNING, "other_measure": Severity.WARNING,
          "staff_term": Severity.INFO, "unserved_term": Severity.INFO}
PLACEHOLDERS = {"missing_term": ROW_PLACEHOLDERS + ("length",), "other_measure": ROW_PLACEHOLDERS,
                "forbidden_term": ROW_PLACEHOLDERS + ("term",), "staff_term": ROW_PLACEHOLDERS + ("term",),
                "unserved_term": ROW_PLACEHOLDERS + ("term",),
                "punctuation": ROW_PLACEHOLDERS + ("length",),
                "too_long": ROW_PLACEHOLDERS + ("length", "max")}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
# ... but for this param, which reads the project's name and goal
ROW_IMPURE_PARAMS = ("forbid_unless_served", "forbid_own_unit", "forbid_body_above", "forbid_unless_named")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "require": {"type": "string"},
        "forbid": {"type": "string"},
        "forbid_unless_served": {"type": "string"},
        "other_measure": {"type": "string"},
        "max_length": {"type": "integer", "minimum": 1},
        "forbid_chars": {"type": "string"},
        "forbid_own_unit": {"type": "boolean"},
        "forbid_body_above": {"type": "boolean"},
        "forbid_unless_named": {"type": "string"},
        # words of the group's kind that name it too (患者: 医院, 就诊)
        "kin": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("require", "forbid", "forbid_unless_served", "forbid_unless_named",
                                     "other_measure"))


# Quotes, brackets and spaces: marks around words, not words (“三支一扶” is four characters long)
_MARKS = lazy_pattern(r"[“”‘’\"'《》〈〉（）()【】\[\]\s]")
# A qualifier in brackets is part of an official name's definition, not of its words:
# 医疗服务收入（不含药品、耗材、检查、化验收入）占医疗收入比例 is a name of 15 characters.


def _words_length(name: str) -> int:
    return len(_MARKS.sub("", without_qualifiers(name)))


def _own_unit(ctx: TableContext, name: str) -> str | None:
    """The table's own 实施单位 as the name asks it (会昌县农村供水服务中心满意度, or without the region:
    农村供水服务中心满意度), if it does. Not the 主管部门: an office's upkeep may serve the bureau above it."""
    project = ctx.table.project
    unit = (project.implementer or "").strip()
    shorter = _without_region(unit, project.region or "")
    for asked in (unit, shorter):
        rest = name.removeprefix(asked)
        if len(asked) >= 4 and rest != name and rest.removeprefix("的").startswith("满意"):
            return asked
    return None


# a unit's own staff asked (人防工程管理站职工满意度, 污水处理厂员工, 公路管理段养护职工): a body ending as units' names
# do, then its staff; not staff named as the ones trained (参训乡镇卫生院职工: served, though their unit helps run it)
_STAFF_ASKED = lazy_pattern(r"^(?!参训|受训|参加|培训)(?P<body>[\u4e00-\u9fff]{1,12}?(?:局|站|中心|院|所|办|馆|委|队|处|厂|段))"
                            r"(?:全体|一线|养护|在岗)?(?P<staff>干部职工|职工|干部|工作人员|员工|在职人员)满意")
# the words of each staff word a project for the staff names them by (干部职工 in 职工疗休养 or 干部培训)
_STAFF_WORDS = {"干部职工": ("职工", "干部"), "职工": ("职工",), "干部": ("干部",), "工作人员": ("工作人员",),
                "员工": ("员工",), "在职人员": ("在职人员",)}
# units named together in one 实施单位 cell (独山县各乡镇卫生院、社区卫生服务中心); 和 joins units only after a
# unit's ending (县卫生健康局和各乡镇卫生院), inside a name it is part of it (人力资源和社会保障局)
_UNIT_SEPARATORS = lazy_pattern(r"[、，,；;]|(?<=[局站心院所办馆委队处厂段会])[及和与]")


def _own_staff(ctx: TableContext, name: str) -> str | None:
    """The table's own 实施单位's staff as the name asks them (罗甸县卫生健康局干部职工满意度, 乡镇卫生院职工满意度
    of 独山县各乡镇卫生院, 人防工程管理站职工满意度 of 贵阳市人民防空工程管理站), if it does: the people doing
    the work, not those it serves. The body is part of the unit's name (乡镇卫生院), or ends as it does in five
    characters or more (服务中心 alone is many units' ending), or is its short name (县疾控中心); another unit's
    staff (入驻单位干部职工, 托育机构从业人员) may be the ones served, as are the unit's own staff in a project for them (干部职工教育培训)."""
    found = _STAFF_ASKED.search(name)
    # a project for the staff themselves (干部职工教育培训, 职工疗休养) serves them: they are the ones to ask
    if found is None or _names_the_staff(ctx.table.project.name or "", found):
        return None
    body = found.group("body")
    for unit in _UNIT_SEPARATORS.split(ctx.table.project.implementer or ""):
        unit = unit.strip()
        if body in unit or (len(unit) >= 5 and len(body) >= 5 and unit[-5:] == body[-5:]) \
                or _shortens(body, unit):
            return found.group(0).removesuffix("满意")
    return None


# a government body's short name keeps only its last character (县发改委 of 发展和改革委员会, 县政府办 of …办公室)
_BODY_ENDINGS = (("委员会", "委"), ("办公室", "办"))


def _shortens(body: str, unit: str) -> bool:
    """Whether the body is the unit's short name (县疾控中心 of 某县疾病预防控制中心): four characters or more,
    each of them in the unit's name in order, and the same ending (中心); a 局, 委 or 办 shortens its middle
    (县卫健局 of 某县卫生健康局, 县人社局 of 人力资源和社会保障局), so there the last character is enough."""
    for full, short in _BODY_ENDINGS:
        if unit.endswith(full):
            unit = unit.removesuffix(full) + short
    ending = 1 if body[-1:] in ("局", "委", "办") else 2
    if len(body) < 4 or body[-ending:] != unit[-ending:]:
        return False
    rest = iter(unit)
    return all(char in rest for char in body)


def _names_the_staff(text: str, asked: re.Match[str]) -> bool:
    """Whether the text names the staff the name asks (职工 or 干部 of 干部职工满意度)."""
    return any(word in text for word in _STAFF_WORDS[asked.group("staff")])


def _without_region(unit: str, region: str) -> str:
    """The unit's name without its region (交通运输局 of 盘州市交通运输局); the unit may begin with the
    region's last parts only (会昌县 of 江西省赣州市会昌县): the longest such tail comes off."""
    tail = next((region[start:] for start in range(len(region) - 1) if unit.startswith(region[start:])), "")
    return unit.removeprefix(tail)


# a level above a county's (市交通运输局 over 普定县交通运输局), and above a city's or a prefecture's
_ABOVE_COUNTY, _ABOVE_CITY = ("市", "州", "盟", "省", "自治区"), ("省", "自治区")


def _body_above(ctx: TableContext, name: str) -> str | None:
    """The table's department's line at a level above it (市交通运输局满意度 in a county's 交通运输局's table),
    as the name asks it: the bureau above reviews the work, it does not use the service. A 县级市's
    own bureau calls itself 市…局 too, so for a region ending in 市 only 省 or 自治区 counts as above."""
    project = ctx.table.project
    department, region = (project.department or "").strip(), (project.region or "").strip()
    if not region:
        return None
    # 贵阳市云岩区教育局 of 云岩区: what follows the region
    line = department.rpartition(region)[2] if region in department else _without_region(department, region)
    if len(line) < 3 or line == department:
        return None
    above = _ABOVE_COUNTY if region[-1] in "县区旗" else _ABOVE_CITY if region[-1] in "市州盟" else ()
    asker = _asker(name)
    head, found, rest = asker.partition(line)
    if found and head.endswith(above) and not head.endswith(region) and rest.startswith("满意"):
        return head + line
    return None


def _forbidden(ctx: TableContext, row: Row, params: dict[str, Any]) -> tuple[str, str] | None:
    """The variant and who is asked, of a name asking the wrong people, if it does."""
    name = row.name.strip()
    if "forbid" in params and (found := search(params["forbid"], _asker(name))) is not None \
            and not _project_for_them(ctx, found):
        return "forbidden_term", _term(found)
    if params.get("forbid_own_unit") and (unit := _own_unit(ctx, name)) is not None:
        return "forbidden_term", unit
    if params.get("forbid_own_unit") and (staff := _own_staff(ctx, name)) is not None:
        # a goal naming them (为本局120名干部职工提供就餐, 组织本局干部职工培训) may be for them: asked, not told
        asked = _STAFF_ASKED.search(name)
        return ("staff_term" if asked is not None and _names_the_staff(ctx.goal, asked) else "forbidden_term"), staff
    if params.get("forbid_body_above") and (body := _body_above(ctx, name)) is not None:
        return "forbidden_term", body
    if "forbid_unless_served" in params and (found := search(params["forbid_unless_served"], name)) is not None:
        who = found.group("who") if "who" in found.re.groupindex else found.group(0)
        project = ctx.table.project
        if not _served_named(who, project.name or "", ctx.goal) and not _served_asked_too(ctx, row, params):
            return "staff_term", _term(found)
    if "forbid_unless_named" in params and ctx.goal.strip() \
            and (found := search(params["forbid_unless_named"], name)) is not None:  # no goal, nothing to tell by
        who = found.group("who")
        if not _named_elsewhere(ctx, row, (who, *params.get("kin", {}).get(who, ()))):
            return "unserved_term", _term(found)
    return None


# marks a body's name is written with or without (村“两委”, 乡（镇）人民政府): left out on both sides before comparing
_SERVED_NOISE = lazy_pattern(r"[“”\"‘’'（）()]|人民")


def _served_named(who: str, *texts: str) -> bool:
    """Whether the project's name or goal names the group asked as those it serves, however the body is
    written (乡镇政府 of 为全县乡镇人民政府开展培训, 村两委成员 of 对全县村“两委”成员开展轮训, 村两委干部 of
    各村（社区）两委干部)."""
    if any(who in text for text in texts):
        return True
    plain = _SERVED_NOISE.sub("", who)
    forms = (plain, plain[1:]) if plain.startswith("村两委") else (plain,)
    return any(form in _SERVED_NOISE.sub("", text) for text in texts for form in forms)


def _project_for_them(ctx: TableContext, found: re.Match[str]) -> bool:
    """Whether the project's name names the staff asked (坐席人员 of 12345热线县区坐席人员业务轮训): a project
    for them serves them, as 干部职工教育培训 does its staff."""
    who = found.group("who") if "who" in found.re.groupindex else None
    return who is not None and who in (ctx.table.project.name or "")


def _named_elsewhere(ctx: TableContext, row: Row, words: tuple[str, ...]) -> bool:
    """Whether the project's name, its goal or another indicator names any of the words."""
    texts = [ctx.table.project.name or "", ctx.goal,
             *(other.name for other in ctx.rows if other is not row)]
    return any(word in text for text in texts for word in words)


# what the asked are asked about (上级政法委对网格工作满意度): who is asked is the part before it
# (not 对口, 对象, 对接: words of their own, 市教育局对口帮扶学校满意度 asks the schools)
_ASKED_ABOUT = lazy_pattern(r"对(?![口象接应])[\u4e00-\u9fff]{1,8}?(?=满意)")


def _asker(name: str) -> str:
    """The name with what it asks about left out: 上级政法委对网格工作满意度 asks 上级政法委 (上级政法委满意度)."""
    if "满意" not in name or "对" not in name:  # (no match without both; most names ask nothing about)
        return name
    return _ASKED_ABOUT.sub("", name, count=1)


def _term(found: re.Match[str]) -> str:
    """Who a forbidden name asks: its group ``term`` when the pattern names one."""
    return found.group("term") if "term" in found.re.groupindex else found.group(0)


def _served_asked_too(ctx: TableContext, row: Row, params: dict[str, Any]) -> bool:
    """Whether a row beside it asks others (就诊患者满意度 beside 医务人员满意度, as the public hospitals'
    assessment asks both): the staff's satisfaction is then an addition, not a stand-in for the served's."""
    return any(other is not row and search(params["forbid_unless_served"], other.name.strip()) is None
               and ("forbid" not in params or search(params["forbid"], _asker(other.name.strip())) is None)
               for other in ctx.rows_in(row.level1, row.level2))


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    name = row.name.strip()
    if not name:
        return
    if "require" in params and search(params["require"], name) is None:
        if "other_measure" in params and search(params["other_measure"], name) is not None:
            yield row_hit(row, variant="other_measure", key=True, severity=LEVELS["other_measure"])
        else:
            yield row_hit(row, variant="missing_term", key=True, length=len(name))
    elif (forbidden := _forbidden(ctx, row, params)) is not None:
        variant, term = forbidden
        yield row_hit(row, variant=variant, key=True, term=term, severity=LEVELS[variant])
    elif "forbid_chars" in params and any(ch in params["forbid_chars"] for ch in name):
        yield row_hit(row, variant="punctuation", key=True, length=len(name))
    elif "max_length" in params and _words_length(name) > params["max_length"]:
        # A long name is a style matter; sentence punctuation is the real defect.
        yield row_hit(row, variant="too_long", key=True, length=_words_length(name), max=params["max_length"],
                      severity=LEVELS["too_long"])

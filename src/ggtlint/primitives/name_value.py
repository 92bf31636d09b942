"""name-value-consistency: the 三级 name and its value must speak of the same thing.

``check: count`` — a name that counts (人数, 个数, 场次) with a percentage, or a 人数 name
whose unit is not a person unit (＝40家), or a count of places or bodies (乡镇数, 企业数) given in
people (≥260人: variant ``people_unit``). ``check: rate`` — a 率/比例/满意度 name whose value
is not a percentage (variant ``not_percent``, warning), or a percentage whose name does not
say what the rate is (variant ``percent_without_rate_name``, info), unless the name ends in one
of ``change_words`` (化肥使用量较上年减少 ≥2%: a change, which a percentage measures).
``check: dimension`` — a name that says what it measures (…长度, …里程, …面积) with a value in a
unit of another of the listed ``dimensions`` (管网改造长度 ≥25000平方米: variant ``dimension``).
``check: period`` — a name that says the period its standard is for (生均每天膳食补助标准) with a value per
another of the listed ``periods`` (＝5元/人·学期: variant ``period``).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, is_percent, is_ratio,
                                     row_hit, unit_at)
from ggtlint.lazyregex import lazy_pattern

NAME = "name-value-consistency"
SCOPES = ("indicator",)
VARIANTS = ("percent", "unit", "people_unit", "not_percent", "percent_without_rate_name", "dimension", "period")
LEVELS = {"not_percent": Severity.WARNING, "percent_without_rate_name": Severity.INFO}
PLACEHOLDERS = {"percent": ROW_PLACEHOLDERS + ("keyword",), "unit": ROW_PLACEHOLDERS + ("keyword", "unit"),
                "people_unit": ROW_PLACEHOLDERS + ("keyword", "unit"),
                "not_percent": ROW_PLACEHOLDERS + ("keyword",), "percent_without_rate_name": ROW_PLACEHOLDERS,
                "dimension": ROW_PLACEHOLDERS + ("keyword", "unit", "measure", "own"),
                "period": ROW_PLACEHOLDERS + ("keyword", "per")}
ROW_PURE = True  # check_row reads only the row and ctx.budget_year (see Engine._check_table_into)
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["check"],
    "additionalProperties": False,
    "properties": {
        "check": {"enum": ["count", "rate", "dimension", "period"]},
        # check dimension: what a name ending in one of ``words`` measures, in ``units`` only
        "dimensions": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["words", "units"],
            "properties": {"words": {"type": "array", "items": {"type": "string"}},
                           "units": {"type": "array", "items": {"type": "string"}},
                           # a name ending in one of ``words`` that also says one of ``deeds`` done to it measures
                           # this too (修补破损路面, 粉刷外墙面: an area), while the bare surface may be a road's length
                           "surfaces": {"type": "array", "items": {
                               "type": "object", "additionalProperties": False, "required": ["words", "deeds"],
                               "properties": {"words": {"type": "array", "items": {"type": "string"}},
                                              "deeds": {"type": "array", "items": {"type": "string"}}}}}}}},
        # check period: a name holding one of ``words`` is per that period, a value per one of ``units``
        "periods": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["words", "units"],
            "properties": {"words": {"type": "array", "items": {"type": "string"}},
                           "units": {"type": "array", "items": {"type": "string"}}}}},
        "people_units": {"type": "array", "items": {"type": "string"}},
        "report_percent_without_rate_name": {"type": "boolean"},
        "change_words": {"type": "array", "items": {"type": "string"}},
        "plain_number_words": {"type": "array", "items": {"type": "string"}},
        "unit_change_words": {"type": "array", "items": {"type": "string"}},
        "survey_words": {"type": "array", "items": {"type": "string"}},
    },
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    """The params, with a dimension check's name endings gathered once: most names end in none of them, and are left
    with one test, not one search of each measure's words (VAL018, VAL048 run on every indicator)."""
    if params.get("check") != "dimension":
        return params
    endings = [word for dimension in params["dimensions"] for word in dimension["words"]]
    # a surface a deed is done to ends the name as itself (修补破损路面) or with the deed after it (楼道墙面粉刷)
    for dimension in params["dimensions"]:
        for surface in dimension.get("surfaces", ()):
            endings += surface["words"]
            endings += [word + deed for word in surface["words"] for deed in surface["deeds"]]
    return {**params, "_endings": tuple(endings)}


_SKIP = ("empty", "placeholder", "qualitative", "horizon", "policy")
# 例 counts patients in health tables (耐药患者药物补助人数 ≥30例: one case is one person)
_PEOPLE_UNITS = ("人", "人次", "名", "位", "例", "万人", "万人次")
# a count of places, bodies or things by its name's end (防疫员配备乡镇数, 覆盖行政村数, 支持企业家数), households
# among them (覆盖居民户数: recall audit 41, b460), not users, clients or accounts (注册用户数 in 人 is right)
_THING_COUNT = lazy_pattern(r"(?P<thing>乡镇|行政村|村|社区|街道|企业|单位|机构|学校|医院|站点|基地|网点|门店|设施|水库|"
                            r"(?<![用客账])户)"
                            r"(?:个数|家数|座数|所数|数量|数)$")


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed, hint = row.parsed, row.hint
    if parsed.kind in _SKIP:
        return
    if params["check"] == "dimension":
        if row.parsed.unit and _without_method(row.name).endswith(params["_endings"]):
            yield from _other_dimension(row, params["dimensions"])
        return
    if params["check"] == "period":
        yield from _other_period(row, params["periods"])
        return
    if params["check"] == "count":
        if hint.expects != "count" or parsed.change is not None or _ends_in_change_word(row.name, params):
            return  # 投诉件数 较上年下降≥10%, 接待游客人次同比增长 ≥8%: a count's change, which a percentage measures
        counted_in = _counting_word(parsed.unit, ctx) if parsed.kind == "count" else None
        if is_percent(row):
            yield row_hit(row, variant="percent", keyword=hint.matched or "")
        elif hint.people and counted_in and counted_in not in params.get("people_units", _PEOPLE_UNITS):
            yield row_hit(row, variant="unit", keyword=hint.matched or "", unit=parsed.unit)
        elif not hint.people and counted_in in params.get("people_units", _PEOPLE_UNITS) \
                and (thing := _THING_COUNT.search(row.name)) is not None:
            yield row_hit(row, variant="people_unit", keyword=thing.group("thing"), unit=parsed.unit)
        return
    if hint.expects == "rate" and not is_percent(row) and not _plain_number(row, params) \
            and not _per_exposure(ctx, row) and not _measured_otherwise(row, params):
        yield row_hit(row, variant="not_percent", keyword=hint.matched or "", severity=LEVELS["not_percent"])
    elif hint.expects is None and is_percent(row) and params.get("report_percent_without_rate_name", True) \
            and parsed.change is None and not _ends_in_change_word(row.name, params):
        yield row_hit(row, variant="percent_without_rate_name", severity=LEVELS["percent_without_rate_name"])


def _counting_word(unit: str | None, ctx: TableContext) -> str | None:
    """The counting word of a count's unit, without the noun after it that says what is counted
    (名退役军人: 名, 家企业: 家). The parser keeps the noun (a price per 名学生 is paid for ≥2万名学生);
    whether people are counted is the word's to say."""
    if not unit:
        return unit
    found = unit_at(unit, ctx.lexicon, lambda info: info.kind == "count")
    return unit[:found[0]] if found is not None else unit


# how the figure is taken, in brackets after the name: 城区鼠密度（粉迹法）
_METHOD_AFTER_NAME = lazy_pattern(r"[（(][^（）()]{1,12}[)）]$")


def _without_method(name: str) -> str:
    """The name before a bracketed method or scope at its end (城区鼠密度（粉迹法） → 城区鼠密度)."""
    return _METHOD_AFTER_NAME.sub("", name) if name.endswith((")", "）")) else name


def _keyword(name: str, dimension: dict[str, Any]) -> str | None:
    """The word of ``dimension`` the name ends in: one of its words, or a surface a deed of its is done to (the
    deed said before it, or after it at the name's end)."""
    keyword = next((word for word in dimension["words"] if name.endswith(word)), None)
    if keyword is None:
        for surface in dimension.get("surfaces", ()):
            # the deed before the surface (修补破损路面) or right after it, ending the name (楼道墙面粉刷)
            keyword = next((word for word in surface["words"]
                            if (name.endswith(word) and any(deed in name[:-len(word)] for deed in surface["deeds"]))
                            or any(name.endswith(word + deed) for deed in surface["deeds"])), None)
            if keyword is not None:
                break
    return keyword


def _other_dimension(row: Row, dimensions: list[dict[str, Any]]) -> Iterator[Hit]:
    """A name that says what it measures (…长度, …面积) with a value in a unit of another measure
    (管网改造长度 ≥25000平方米): units of no listed measure (个, 处) are not judged."""
    unit = row.parsed.unit
    if not unit:
        return
    name = _without_method(row.name)
    for dimension in dimensions:
        keyword = _keyword(name, dimension)
        if keyword is None:
            continue
        if unit in dimension["units"]:
            return  # a unit of the name's own measure, though another lists it too (米 of a 水压's head and a 距离)
        other = next((other for other in dimensions if unit in other["units"]), None)
        if other is not None and other is not dimension:
            # own: the measure the name's word is of (电量 of 节约用电, 距离 of 半径, 面积 of 路面), as the message says it
            yield row_hit(row, variant="dimension", keyword=keyword, unit=unit, measure=other["words"][0],
                          own=dimension["words"][0])
        return


_BRACKETED = lazy_pattern(r"[（(][^（）()]*[)）]")


def _other_period(row: Row, periods: list[dict[str, list[str]]]) -> Iterator[Hit]:
    """A name that says its standard is per one period (生均每天膳食补助标准) with a value per another (＝5元/人·学期);
    a name saying two periods (每天…每学期) or none (生均补助标准) is not judged, nor a period in brackets, the basis
    of a total (运维总费用（每月1.5万元） ≤180000元/年)."""
    parsed = row.parsed
    if parsed.kind != "per_unit" or not parsed.per:
        return
    last = parsed.per.split("/")[-1].split("·")[-1]  # 人·学期 → 学期, the period of the value
    name = _BRACKETED.sub("", row.name) if "（" in row.name or "(" in row.name else row.name
    named = [(period, word) for period in periods if (word := next((w for w in period["words"] if w in name), None))]
    if len(named) != 1:
        return
    period, word = named[0]
    if last not in period["units"] and any(last in other["units"] for other in periods):
        yield row_hit(row, variant="period", keyword=word, per=last)


def _ends_in_change_word(name: str, params: dict[str, Any]) -> bool:
    """The name, or the name before a bracketed method, ends in one of ``change_words``."""
    words = tuple(params.get("change_words", ()))
    return name.endswith(words) or _without_method(name).endswith(words)


def _plain_number(row: Row, params: dict[str, Any]) -> bool:
    """A bare number a rate's name may take: a ratio (1:19), one with a unit of its own (≥3次), one
    of the ratios that are no percentages by definition (容积率 ≤2.5, 周转率 ≥3), or any figure that
    does not look like a percentage with its % left out (≥95 under 应急广播终端在线率 does; 投入产出比率
    ≥1.5, 郁闭度 ≥0.7 and 性别比例 ≤107 do not: under 10 or over 100)."""
    parsed = row.parsed
    if parsed.kind != "number":
        return False
    if parsed.unit is not None or is_ratio(row) or row.name.endswith(tuple(params.get("plain_number_words", ()))):
        return True
    return parsed.number is None or not 10 <= parsed.number <= 100


def _measured_otherwise(row: Row, params: dict[str, Any]) -> bool:
    """A rate's name whose value rightly is no percentage: the size of a change in the measure's own unit (地下水位年均
    降幅 ≤0.3米: ``unit_change_words``), or a count of the surveys its name ends in, which ask about the rate
    (开展群众满意度调查 ≥2次: ``survey_words``)."""
    parsed, name = row.parsed, _without_method(row.name)
    return (parsed.unit is not None and name.endswith(tuple(params.get("unit_change_words", ())))) \
        or (parsed.kind == "count" and name.endswith(tuple(params.get("survey_words", ()))))


def _per_exposure(ctx: TableContext, row: Row) -> bool:
    """A count per unit of exposure, as transport and health statistics define their rates
    (万车公里事故率 ≤0.05次/万车公里, 万车死亡率 ≤1.5人/万车), or per period for a 频率 (巡查频率
    ≥4次/月) or a 周转率 (停车泊位日均周转率 ≥3次/日: the times a space is used a day); not 就业率
    ≥500人/年, a count per year under a rate's name."""
    parsed = row.parsed
    if parsed.kind != "per_unit" or parsed.yuan is not None or not parsed.per:
        return False
    per = ctx.lexicon.unit_info(parsed.per.split("/")[0].split("·")[0])
    return per is None or per.kind != "duration" or row.name.endswith(("频率", "周转率"))

"""rate-base: a rate whose base (the people or places it is counted over) cannot be the one meant.

``find: own-group``: a rate counted over those who already had what it measures (参加体检老年人体检率,
接种女孩接种率, 纳入随访管理慢病患者随访管理率, 受助学生资助覆盖率): its base is its own numerator, so it is
100% by construction and tells nothing; the base meant is those who should have it (65岁及以上常住老年人,
适龄女孩, 家庭经济困难学生). A rate of a further step (接种女孩全程接种率, 纳入管理患者规范管理率), of those
meant to have it (接种对象接种率, 应种儿童接种率) or of a result (体检人员异常检出率) is not told.
``find: all-of-part``: a coverage of the whole county's towns, villages or schools set at 100% (全县乡镇
覆盖率 ＝100%, 全县行政村巡诊覆盖率 ＝100%) while the goal says the project reaches only some of them (全县12个
乡镇中的7个偏远乡镇): one of the two is wrong. A coverage of the part the goal names (试点乡镇覆盖率, 受助学校
覆盖率) is the part's own and is not told.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.lazyregex import lazy_pattern

NAME = "rate-base"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("act", "group", "whole", "part", "place")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["find"],
    "properties": {"find": {"enum": ["own-group", "all-of-part"]}},
}
compile = compile_identity

# the act a rate counts, as the name's last words before 率 (or 覆盖率): two to four characters, longest first
_RATE_END = lazy_pattern(r"(?:覆盖)?率$")
# words before the earlier act that make its group those who had it (参加体检老年人, 纳入随访管理患者, 已接种儿童)
# or leave it bare (接种女孩); words that make it those meant to have it (应种, 拟, 计划, 未) are read apart
_MEANT = lazy_pattern(r"(?:应|拟|计划|未|待|需|需要|符合|适龄)$")
# what the group may be called when it is those meant to have it, not those who had it (接种对象, 筛查目标人群)
_TARGET_GROUP = lazy_pattern(r"^(?:的)?(?:对象|目标|任务|人群|计划|范围)")
# a further step or a quality of the act (全程接种率, 规范管理率, 按时随访率): a rate of its own over those who had
# the act
_FURTHER = lazy_pattern(r"(?:全程|规范|按时|及时|有效|规律|合格|达标|首次|再次|二次|完整|足额|准确|复|规范化|满意)$")
# the group between the two acts: a few characters naming people (老年人, 女孩, 学生, 高危孕产妇, 慢病患者), no figure;
# a group of things or a quality between (计量器具按期检定率, 主体守法经营率, 人员稳定就业率) is another rate's
_GROUP = lazy_pattern(r"^的?(?P<group>[\u4e00-\u9fff（）()]{0,8}[人者生员童孩妇儿民户女师])$")
# those who wish or need it (有就业意愿的退役军人就业率, 有需求的…): the base meant, not those who had it
_WISH = lazy_pattern(r"^(?:意愿|需求|需要|能力|条件|愿望)")
# 受助, 获助 read as the help (资助, 救助, 补助) the rate counts
_HELPED = lazy_pattern(r"(?:受|获)(?=助)")


def _own_group(name: str) -> tuple[str, str] | None:
    """The act and the group when ``name`` is a rate over those who already had its act."""
    end = _RATE_END.search(name)
    if not end or len(name) > 30:
        return None
    stem = name[:end.start()]
    for size in (4, 3, 2):
        if len(stem) < size * 2:
            continue
        act = stem[-size:]
        before = stem[:-size]
        if _FURTHER.search(before):
            return None
        found = before.find(act)
        if found < 0 and act[-1] == "助" and len(act) == 2:
            helped = _HELPED.search(before)
            found = helped.start() if helped else -1
        if found < 0:
            continue
        if _MEANT.search(before[:found]):
            return None
        rest = before[found + size:]
        group = _GROUP.match(rest)
        if group is None or _TARGET_GROUP.match(rest) or _WISH.match(rest) or before[:found].endswith("有"):
            return None
        return act, group.group("group")
    return None


# the goal's whole and its part: 全县12个乡镇中的7个偏远山区乡镇, 全县148所农村中小学中的86所
_PART_OF_WHOLE = lazy_pattern(r"(?P<whole>[0-9]+)(?P<unit>[个所家])(?P<place>[\u4e00-\u9fff（）()]{2,8}?)中的"
                              r"(?P<part>[0-9]+)(?P=unit)")
_WHOLE_NAME = lazy_pattern(r"^(?:全县|全市|全区|全州|全旗|全镇|全乡|县域|市域)")
_FULL = Decimal(100)


# (s23) people of the places, or their insurance, after the places' word: a coverage of people, not of the places
_PEOPLE_COVERED = lazy_pattern(r"居民|群众|人口|农民|村民|学生|儿童|老人|老年人|妇女|职工|参保")


def _all_of_part(ctx: TableContext) -> Iterator[Hit]:
    """A whole's coverage at 100% (全县乡镇覆盖率 ＝100%) while the goal reaches only M of its N places."""
    goal = ctx.goal[:MAX_MATCH_INPUT]
    parts = [found for found in _PART_OF_WHOLE.finditer(goal) if int(found.group("part")) < int(found.group("whole"))]
    if not parts:
        return
    for row in ctx.rows:
        name = row.name
        parsed = row.parsed
        if not name.endswith("覆盖率") or parsed.kind != "rate" or parsed.percent is None or parsed.percent < _FULL \
                or parsed.change is not None:
            continue
        for found in parts:
            place = found.group("place")
            # the whole named: opened by 全县 (全县乡镇交通补助覆盖率) or by the goal's word for the places itself
            # (乡镇（街道）心理辅导室覆盖率), not by the part's own word (试点乡镇覆盖率)
            whole = (_WHOLE_NAME.match(name) and (place in name or place[-2:] in name)) or name.startswith(place)
            if whole and _PEOPLE_COVERED.search(name, name.find(place[-2:]) + 2):
                continue  # the people of the places covered, another service's (全县乡镇居民医保参保覆盖率)
            if whole:
                yield row_hit(row, key=True, act="", group="", whole=found.group("whole") + found.group("unit"),
                              part=found.group("part") + found.group("unit"), place=place)
                break


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if params["find"] == "all-of-part":
        yield from _all_of_part(ctx)
        return
    for row in ctx.rows:
        if row.parsed.kind != "rate":
            continue
        found = _own_group(row.name)
        if found:
            yield row_hit(row, key=True, act=found[0], group=found[1], whole="", part="", place="")

"""area-over-size: an area indicator larger than the length × width the goal gives the same works.

The goal says 改造干支渠道28.6公里（平均衬砌宽度2.5米） or 对长6公里、宽8米的破损路段实施沥青罩面: the works'
area is at most their product (71,500 and 48,000 square metres). An area indicator of those works asking for
more (渠道衬砌面积 ≥15万平方米, 沥青罩面面积 ≥9.6万平方米) counts twice the works, most often a figure of another
year or plan, or the width taken twice. Read: a length (公里, 千米, 米) and a width (宽 N 米, 平均宽度 N 米) in one
clause of the goal, the width right after the length (in brackets, or after 、); the area indicator a quantity in
square metres, 亩 or 公顷 whose name, deed words set aside, shares two characters in a row with that clause. Told only
past ``margin`` times the product (bends, aprons and rounding add a little), and not when the width is a floor
(宽度不低于6米), the length or width an estimate (以上, 约), the goal itself gives the indicator's area, the name is of
an area the works serve (受益, 灌溉, 防护农田面积), or, for 亩 and 公顷, the clause gives land its own area in them
(高标准农田1万亩（配套机耕路12公里、路面宽4.5米）: the width is a road's within the land), or the
"length" is itself a size of the cross-section (路基宽6.5米、路面宽4.5米: a width, then another; one in 公里 is a
length, 拓宽3公里（宽12米）). A width opening the clause after one ending in the length is read too (s25: 改造道路3.2公里，
路面宽8米; 改造排洪沟2.4公里。沟宽3米) when it is the works' own (no word before 宽, the works' word, a road's 路面 or
路基), not a part's (人行道宽, 桥面宽, 渠底宽).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, longest_run, row_hit

NAME = "area-over-size"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("goal_clause", "product")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False,
                 "properties": {"margin": {"type": "number", "minimum": 1}}}
compile = compile_identity

_CLAUSE = lazy_pattern(r"[^，,；;。\n]+")
# a length, then within a few characters (a bracket, 、, 的) its width: 28.6公里（平均衬砌宽度2.5米）, 长6公里、宽8米
_LENGTH_WIDTH = lazy_pattern(r"([0-9]+(?:\.[0-9]+)?)(公里|千米|km|米|m)(?![0-9²³a-z])[（(、，,]?"
                             r"[\u4e00-\u9fff]{0,6}?宽度?(?:为|约)?([0-9]+(?:\.[0-9]+)?)(?:米|m)(?![0-9²³a-z])")
_LENGTH_UNITS = {"公里": Decimal(1000), "千米": Decimal(1000), "km": Decimal(1000), "米": Decimal(1), "m": Decimal(1)}
# (1 公顷 = 15 亩 = 10000 平方米: a 亩 is no whole number of square metres, so both sides go through the same
# worths, the goal's own area too)
_AREA_UNITS = {"平方米": Decimal(1), "m²": Decimal(1), "㎡": Decimal(1), "平方千米": Decimal(1000000),
               "平方公里": Decimal(1000000), "公顷": Decimal(10000), "亩": Decimal(10000) / Decimal(15)}
# land measures: a clause giving land its own area in them (新建高标准农田1万亩（配套机耕路12公里、路面宽4.5米）) is of
# the land, the length and width of a road within it
_LAND_UNITS = ("亩", "公顷")
# a floor or an estimate around the length or width: the area may rightly pass the product
_NOT_EXACT = lazy_pattern(r"不低于|不小于|不少于|以上|至少|约|左右|双向|车道|两侧")
# an estimate's word right before the length (约5公里, 近3公里)
_ABOUT_AHEAD = ("约", "近", "超过", "大约")
# a word joining another work between the length and the width (道路3.2公里及桥梁宽12米): the width is that work's
_ANOTHER_WORK = lazy_pattern(r"[及和与并另]")
# deed words every works clause shares (改造, 实施): no sign the area is of the same works
_DEEDS = lazy_pattern(r"改造|新建|实施|建设|治理|整治|修复|完成|开展|提升|面积|工程")
_FIGURE = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?(?P<wan>万)?(?P<unit>平方米|m²|㎡|公顷|亩)")
# an area the works serve, not their own (林带防护农田面积, 受益面积, 灌溉面积): it may rightly pass the product
_SERVED = lazy_pattern(r"受益|灌溉|覆盖|服务|防护[\u4e00-\u9fff]{0,2}面积|保护|辐射|带动|控制")
# a size of the cross-section right before the figure (路基宽6.5米、路面宽4.5米, 净高3.5米、宽4米, 管径1.2米): that
# figure is a width, height or depth, not the works' length (careful round g728); not a deed that makes a size
# greater (堤防加高培厚5.2公里, 拓宽道路: the figure after it is the length of works so treated)
_CROSS_SECTION = lazy_pattern(r"(?<![加培拓增])(?:宽|高|深|厚|径)度?(?:为|约)?$")
# a cross-section is given in metres: a figure in 公里 after 宽 is a length widened (道路拓宽3公里（宽12米）)
_METRES = ("米", "m")
# a clause ending in a length (改造道路3.2公里) and the next opening with a width (路面宽8米, 设计路面宽度8米, 沟宽3米):
# the width is that length's when the words before 宽 (set aside 设计, 平均) are none, the works' own (沟 of 排洪沟), or
# the 路面/路基 of a road; not 人行道宽, 桥面宽, 渠底宽 (a part's width, or one the lining passes)
_ENDS_IN_LENGTH = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?(?:公里|千米|km|米|m)\s*$")
_OPENS_WITH_WIDTH = lazy_pattern(r"^\s*(?:设计|平均)?(?P<head>[\u4e00-\u9fff]{0,4}?)(?:平均)?宽度?(?:为|约)?[0-9]")
_ROAD_FACES = ("面", "基")
_DEFAULT_MARGIN = Decimal("1.25")
_NUMBER = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    if not goal or "宽" not in goal:
        return
    sizes = list(_sizes(goal))
    if not sizes:
        return
    said = {_square_metres(match) for match in _FIGURE.finditer(goal)}
    margin = Decimal(str(params.get("margin", _DEFAULT_MARGIN)))
    for row in ctx.rows:
        scale = _AREA_UNITS.get(row.parsed.unit or "")
        if scale is None or row.level2 != "数量指标" or row.parsed.number is None \
                or row.parsed.op not in ("≥", ">", "=", "＝", None):
            continue
        area = row.parsed.number * scale
        if area in said or _SERVED.search(row.name):  # the goal's own area (改造面积4.2万平方米, 含人行道)
            continue
        words = _DEEDS.sub("|", row.name)
        land = row.parsed.unit in _LAND_UNITS
        for clause, product, land_said in sizes:
            if area > product * margin and longest_run(words, clause) >= 2 and not (land and land_said):
                yield row_hit(row, goal_clause=clause, product=_shown(product))
                break


def _sizes(goal: str) -> Iterator[tuple[str, Decimal, bool]]:
    """Each clause of the goal giving a length and its width, with their product in square metres and whether the
    clause gives land its own area in 亩 or 公顷 (read once here, not again for each indicator)."""
    clauses = list(_CLAUSE.finditer(goal))
    for at, clause in enumerate(clauses):
        text = clause.group()
        land_said = any(figure.group("unit") in _LAND_UNITS for figure in _FIGURE.finditer(text))
        for product in _products(text):
            yield text.strip(), product, land_said
        after = clauses[at + 1] if at + 1 < len(clauses) else None
        if after is not None and _next_width(text, after.group()):
            # the width in the next clause (改造道路3.2公里。路面宽8米): read as if written after a comma in one, and
            # quoted as the goal writes the two
            both = goal[clause.start():after.end()].strip()
            land_said = land_said or any(f.group("unit") in _LAND_UNITS for f in _FIGURE.finditer(after.group()))
            for product in _products(f"{text.rstrip()}，{after.group().strip()}"):
                yield both, product, land_said


def _next_width(text: str, after: str) -> bool:
    """Whether ``text`` ends in a length and the clause ``after`` it opens with that length's width (路面宽8米 after
    改造道路3.2公里, 沟宽3米 after 改造排洪沟2.4公里), not another part's (人行道宽3米, 桥面宽12米)."""
    if _ENDS_IN_LENGTH.search(text) is None:
        return False
    opening = _OPENS_WITH_WIDTH.match(after)
    if opening is None:
        return False
    head = opening.group("head")
    works = _NUMBER.split(text)[-2]  # the words right before the length (年改造排洪沟)
    return not head or head in works or (len(head) == 2 and head[0] in works and head[1] in _ROAD_FACES)


def _products(text: str) -> Iterator[Decimal]:
    """Each length × width a text gives, in square metres, but a floor's, an estimate's, another work's or a
    cross-section's."""
    for match in _LENGTH_WIDTH.finditer(text):
        # (an estimate before the length too: 约5公里（宽30米）)
        if _NOT_EXACT.search(match.group()) or _NOT_EXACT.match(text, match.end()) \
                or text[:match.start()].endswith(_ABOUT_AHEAD) \
                or _ANOTHER_WORK.search(match.group(), match.end(2) - match.start()) \
                or (match.group(2) in _METRES
                    and _CROSS_SECTION.search(text, max(0, match.start() - 4), match.start())):
            continue
        length = Decimal(match.group(1)) * _LENGTH_UNITS[match.group(2)]
        yield length * Decimal(match.group(3))


def _square_metres(match: re.Match[str]) -> Decimal:
    """An area the goal gives (4.2万平方米, 300亩) in square metres, as an indicator's is reckoned."""
    number = Decimal(_NUMBER.match(match.group()).group())  # type: ignore[union-attr]
    return number * (10000 if match.group("wan") else 1) * _AREA_UNITS[match.group("unit")]


def _shown(product: Decimal) -> str:
    """The product as the message gives it (7.15万平方米, 4800平方米)."""
    if product >= 10000:
        return f"{(product / 10000).normalize():f}万平方米"
    return f"{product.normalize():f}平方米"

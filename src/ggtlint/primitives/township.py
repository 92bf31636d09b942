"""township: a 乡镇's own table (its 主管部门, 实施单位 or 区域 is a 镇 or 乡) speaking of another place.

``find: another-township``: the project name or the goal names a 镇 or 乡 not the table's own (为明中乡12个村 in
龙门镇's table): a table copied from a neighbour's. A 镇 or 乡 named beside a word that joins places (龙门镇至明中乡
公路, 周边明中乡, 原明中乡, 明中乡、河鱼乡, 明中乡搬迁群众) is another place the work reaches, not a copy; in a goal,
only a township the work is done in (在明中乡, 为明中乡) or whose villages and people are counted (明中乡12个村) is told.
``find: county-wide``: a 效益 named for the whole county or city (全县村级党组织…达标率, 全县茶叶初制加工率): one
township's money cannot bring the county's figure about, nor can the figure be laid to it; the township's own
rank in the county (全县…考评本镇排名) is its own.
``find: province-wide``: the same one level up, in a county's, city's or prefecture's table (no 省, 自治区 or 厅 in
its 主管部门, 实施单位 or 区域): an output or benefit named for the whole province or country (全省受益行政村个数,
全省新建农村产业路), most often the province's overall target copied in place of the county's share; the county's
own rank in the province (全省…排名, 本县) is its own.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit
from ggtlint.regexsafety import MAX_MATCH_INPUT
from ggtlint.lazyregex import lazy_pattern

NAME = "township"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("own", "other", "scope", "level", "level_en")
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["find"],
    "properties": {"find": {"enum": ["another-township", "county-wide", "province-wide"]}},
}
compile = compile_identity

# the table's own township as a field writes it, after its county (城口县龙门镇人民政府, 邵东市青山镇); not the
# townships a county's table is carried out by (城口县各乡镇人民政府, 城口县乡镇财政所)
_OWN = lazy_pattern(r"[县市区旗](?!各)(?P<town>[\u4e00-\u9fff]{1,6}?[镇乡])(?<!乡镇)(?=人民政府|政府|财政所|$|[（(])")
# every two characters before a 镇 or 乡, overlapping (明中乡, 九阡镇)
_NAMED = lazy_pattern(r"(?=(?P<town>[\u4e00-\u9fff]{2}[镇乡]))")
# characters no township's name holds before its 镇 or 乡: whole, each, kinds of place (全镇, 各乡, 城镇, 集镇,
# 乡镇, 特色小镇, 农业强镇, 科技下乡, 返乡, 城乡)
_NOT_A_NAME = set("全本各该每个等和与及或在到至从向为对于的之名级重小城集村乡镇街市县区省州旗入下返回家故老异进送"
                  "赴驻建撤并原邻周跨两多强古")
# a kind or title of township, not a name (创建国家卫生镇, 重点中心镇, 乡村振兴示范镇, 工业大镇); not 平安, the name
# of many a township (平安镇, 平安乡), its title written 平安乡镇
_TITLE = lazy_pattern(r"(?:示范|中心|卫生|文明|生态|园林|森林|旅游|特色|重点|工业|商贸|边贸|美丽|宜居|法治|健康|智慧|"
                      r"文化|农业|产业)[大强名重]?$")
# what follows 镇 or 乡 when it is not a name's end (乡村, 乡镇, 镇村, 镇级, 镇域, 乡贤, 乡风)
_NOT_AN_END = set("村镇级域区街贤风土愁里间亲音情邻医")
# a place the work reaches beside the own: a road between, a neighbour (邻近的明中乡, 下游的明中乡 too), a former township, a
# list, people moved
_JOINED_BEFORE = lazy_pattern(r"(?:至|到|与|和|、|及|同|经|周边|邻近|相邻|毗邻|上游|下游|原|跨|从|连接|通往|辐射|来自)的?$")
_JOINED_AFTER = lazy_pattern(r"^(?:至|到|与|和|、|及|交界|边界|方向|段|搬迁|移民|等)")
# in a goal, the township as where the work is done (在明中乡, 为明中乡, 保障明中乡) or whose villages and people it
# counts (明中乡12个村, 明中乡60名): one drawn on (借用明中乡卫生院, 参照明中乡做法, 承接明中乡转移的) is not told
_WORK_THERE = lazy_pattern(r"(?:在|为|对|向|保障|覆盖)$")
_COUNTED_THERE = lazy_pattern(r"^[0-9０-９]+(?:个|名|人|户|座|处)")
_COUNTY_WIDE = lazy_pattern(r"^(?:全县|全市|全区|全州|全旗|全盟|全省|县域)")
# the township's own standing measured county-wide (全县人居环境整治考评本镇排名) is its own result
_OWN_STANDING = lazy_pattern(r"本[镇乡]")
# a body below the province as the table's fields name it (罗甸县农业农村局, 黔南州财政局, 城口县龙门镇人民政府)
_BELOW_PROVINCE = lazy_pattern(r"[\u4e00-\u9fff][县区市州旗盟镇乡村]")
# (not a hall: 政务服务大厅, 餐厅, 展厅 are no provincial department)
_PROVINCIAL = lazy_pattern(r"省|自治区|(?<![大餐客展舞歌门])厅")
# the table's own level as its body's name gives it (罗甸县…: 本县; 某市…: 本市), for the fix's words
_LEVELS = {"县": ("本县", "the county's"), "市": ("本市", "the city's"), "区": ("本区", "the district's"),
           "州": ("本州", "the prefecture's"), "旗": ("本旗", "the banner's"), "盟": ("本盟", "the league's"),
           "镇": ("本镇", "the township's"), "乡": ("本乡", "the township's"), "村": ("本村", "the village's")}
_UNKNOWN_LEVEL = ("本地", "its own")  # (not "the own": "give the own share" is no English)
# a place's name and its level, one after another at the start of a body's name (深圳市|宝安区|住房和建设局)
_PLACE = lazy_pattern(r"[\u4e00-\u9fff]{1,4}?(?P<level>自治[县州旗]|[县区市州旗盟])")
_NO_PLACE_BEFORE = set("城景园社山林牧矿灾街库校")  # 城市, 城区, 景区, 社区 … are no places
# not 全国, which opens the names of national days, systems and events (全国科普日, 全国放鱼日, 全国学生资助管理
# 信息系统) far more often than a copied target
_PROVINCE_WIDE = lazy_pattern(r"^(?:全省|全自治区|省域)(?!统一)")
# the county's own standing in the province (全省县级考核排名, 本县位次) or its part in a provincial event or
# system (全省青少年锦标赛团体总分, 全省…平台数据录入准确率); since the s22 second opinion also a provincial
# meeting, festival, exam, appraisal or selection the county takes part in or hosts (承办全省旅游产业发展大会,
# 全省…现场会观摩点, 全省农民丰收节分会场, 全省学业水平考试合格率, 全省县域经济考核进位, 全省网上办事大厅,
# 全省…培训班选送学员, 全省最美家庭评选推荐); not 日光温室 nor 日间照料, facilities, for a 日
_OWN_PLACE = lazy_pattern(r"本[县区市州旗盟镇乡]|排名|排位|位次|名次|进位|赛|运动会|会演|展演|系统|平台|大厅|"
                          r"[^0-9０-９]日(?![光间])|大会|现场会|会议|观摩|会场|节(?:活动|庆)|考试|考核|考评|培训班|评选|评比|推荐|选送"
                          # (s23) an exam by its name and a yardstick (全省中考平均分), a campaign's week or month
                          # (全省消费促进月活动)
                          r"|[中高]考|平均|[周月]活动|活动[周月]|宣传[周月]")


def _below_province(ctx: TableContext) -> str | None:
    """The first of the table's 主管部门, 实施单位 and 区域 naming a body below the province, when none names a
    province's."""
    project = ctx.table.project
    fields = [text for text in (project.department, project.implementer, project.region) if text]
    if not fields or any(_PROVINCIAL.search(text) for text in fields):
        return None
    return next((text for text in fields if _BELOW_PROVINCE.search(text)), None)


def _place_level(body: str) -> str:
    """The level of the place a body's name opens with, the last of its places (深圳市宝安区住房和建设局: 区;
    黔南州财政局: 州); not 城市, 市场, 景区 or 社区, which are no places; empty when none."""
    level, at = "", 0
    while (found := _PLACE.match(body, at)) is not None:
        end = found.end()
        if body[end - 2] in _NO_PLACE_BEFORE or body[end:end + 1] == "场":
            break
        level, at = found.group("level"), end
    return level[-1] if level else ""


def _own_townships(ctx: TableContext) -> list[str]:
    project = ctx.table.project
    fields = (project.department, project.implementer, project.region)
    return [found.group("town") for text in fields if text for found in [_OWN.search(text)] if found]


def _other_township(text: str, own: list[str], where_worked: bool) -> str | None:
    """The first 镇 or 乡 in ``text`` not the table's own nor joined to another place; in a goal
    (``where_worked``) only one the work is done in or counted for."""
    for found in _NAMED.finditer(text[:MAX_MATCH_INPUT]):
        town, start = found.group("town"), found.start()
        end = start + len(town)
        if set(town[:2]) & _NOT_A_NAME or text[end:end + 1] in _NOT_AN_END or any(town in mine for mine in own) \
                or _TITLE.search(text[max(0, start - 2):end - 1]):
            continue
        if town[1] == "族":  # 白岩苗族乡: the name is before the people's
            town = text[max(0, start - 2):start] + town
        if _JOINED_BEFORE.search(text[max(0, start - 4):start]) or _JOINED_AFTER.match(text[end:end + 2]):
            continue
        worked_there = _WORK_THERE.search(text[max(0, start - 2):start]) or _COUNTED_THERE.match(text[end:end + 6])
        if where_worked and not worked_there:
            continue
        return town
    return None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if params["find"] == "province-wide":
        body = _below_province(ctx)
        if body is None:
            return
        townships = _own_townships(ctx)
        township = bool(townships)
        level, level_en = _LEVELS.get(townships[0][-1] if townships else _place_level(body), _UNKNOWN_LEVEL)
        for row in ctx.rows:
            wide = _PROVINCE_WIDE.match(row.name)
            # a township's benefit is REL017's (find: county-wide), which reads 全省 too
            levels = ("产出指标",) if township else ("产出指标", "效益指标")
            if wide and row.level1 in levels and not _OWN_PLACE.search(row.name):
                yield row_hit(row, key=True, own=body, other="", scope=wide.group(), level=level, level_en=level_en)
        return
    own = _own_townships(ctx)
    if not own:
        return
    if params["find"] == "county-wide":
        for row in ctx.rows:
            own_standing = _OWN_STANDING.search(row.name) or any(town in row.name for town in own)
            wide = _COUNTY_WIDE.match(row.name)
            if row.level1 == "效益指标" and wide and not own_standing:
                # the scope as the name says it (全市, 全区, 县域), not always 全县
                yield row_hit(row, key=True, own=own[0], other="", scope=wide.group())
        return
    project = ctx.table.project
    # the project's name says where it is done, so any other township there is told
    for pointer, text, where_worked in (("/project/name", project.name or "", False), ("/goal", ctx.goal, True)):
        other = _other_township(text, own, where_worked)
        if other:
            yield Hit(pointer, {"own": own[0], "other": other}, value=other, find=other)
            return

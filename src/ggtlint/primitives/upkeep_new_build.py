"""upkeep-new-build: an upkeep or repair project counting new construction as its output.

A project of 日常养护, 维修养护, 水毁修复 or 管护 keeps or restores what stands; a 数量 output of new roads, bridges,
dikes, canals, pipes or paths built to stay (新建通村公路 ≥12公里 in a 农村公路日常养护 table; 新建河道巡查便道, not
the repair's own 施工便道) is works of another project (新改建, 建设) and another budget line, most often copied from
a construction table. Left alone: a project whose name
also builds (新建, 新改建, 建设, 改造, 续建, 配套, 提升), new and repaired counted together (新建和修复挡土墙), new
things that are not works (新建巡查台账, 新建监测点, equipment), temporary works (新建临时便桥), and in a road's
upkeep the road's own drainage (新建路侧排水沟渠).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, row_hit
from ggtlint.lazyregex import lazy_pattern

NAME = "upkeep-new-build"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("project",)
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_UPKEEP = lazy_pattern(r"养护|维修|维护|管护|修复|抢修|小修保养")
# (a flood-damaged road or bridge rebuilt where it stood, 水毁道路修复重建, is the project's own work)
_BUILDS = lazy_pattern(r"新建|新改建|改扩建|建设|改造|续建|配套|提升|提质|除险加固|治理|重建")
# new works named as such: 新建 (and a word or two) before a road, bridge, dike, canal or pipe that ends the name (but
# its length: 新建通村公路里程); not 新建和修复, nor a sign, record or monitor of the works (新建桥梁桥名牌, 新建公路养护
# 巡查制度, 新建堤防位移监测点: second opinion s23b)
# a path built to stay is works too (新建河道巡查便道, 新建健身步道, 新建观景栈道: s24); not the works' own temporary
# road (新建施工便道, 临时便道), which a repair needs
_NEW_WORKS = lazy_pattern(r"^新建(?![和及与、或])[\u4e00-\u9fff]{0,8}?(?:公路|道路|路段|(?<!施工)(?<!临时)便道|步道|栈道|桥梁|桥|堤防|堤"
                          r"|渠道|沟渠|渠|管网|管道|隧道)"
                          r"(?:里程|长度|总长|数量|座数|条数)?$")

# temporary works put up for the repair and taken down after it (新建临时便桥, 临时保通便道路): no new asset
_TEMPORARY = lazy_pattern(r"临时")
# in a road's upkeep, the road's own drainage (新建路侧排水沟渠, 新建边沟及排水管道): 修复养护 completes a road's
# drainage (公路养护工程管理办法), unlike a drainage canal of a 水利 project (careful round g728)
_ROAD = lazy_pattern(r"公路|道路")
_DRAINAGE = lazy_pattern(r"排水|截水|边沟")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    project = ctx.table.project.name or ""
    if not _UPKEEP.search(project) or _BUILDS.search(project):
        return
    road = _ROAD.search(project) is not None
    for row in ctx.rows:
        if row.level2 == "数量指标" and _NEW_WORKS.search(row.name) and not _TEMPORARY.search(row.name) \
                and not (road and _DRAINAGE.search(row.name)):
            yield row_hit(row, key=True, project=project)

"""budget-as-cost: the year's whole budget written as one more cost line beside the lines it is made of
(乡村教师生活补助项目总成本 ＝1586.4万元 beside the three class lines that add up to it).

A cost indicator says what one thing costs or what a part of the work may spend; a line named as the whole
(总成本, 合计, 总额, 总经费, 总费用, 总投入) at the funds' total, while the other cost lines, none a breakdown
(其中), already come to the funds, restates the budget and tells nothing of cost: told at that line. The money
sum leaves such a line out (sum_matches), so no other rule says it. A total whose parts follow as 其中 lines
is a breakdown written out, not a restatement, and a lone total line (no parts) is another matter. Nor is the
form's own sum row at the foot of the cost lines, named by nothing but the heading it sums (合计, 成本合计,
经济成本小计): where the template has one, filling it in is no cost line; a name of the project or the funds
(项目成本合计, 全年资金合计), or such a row put first, still is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, is_breakdown, row_hit, \
    yuan_text
from ggtlint.primitives.sum_matches import cost_money_rows
from ggtlint.lazyregex import lazy_pattern

NAME = "budget-as-cost"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("fund", "parts")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_WHOLE = ("总成本", "合计", "总计", "总额", "总经费", "总费用", "总投入")
_TOLERANCE = Decimal("0.01")
# the template's sum row: the cost heading at most, then the word that sums it (careful g724's 经济成本合计)
_TEMPLATE_SUM = lazy_pattern(r"(?:经济)?(?:成本)?(?:指标)?(?:合计|小计|总计)")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total) if funds.total is not None else None
    if not total:
        return
    rows = cost_money_rows(ctx)
    if any(is_breakdown(row.name) for row in rows):
        return  # a total with its 其中 lines written out
    for row in rows:
        if row is rows[-1] and _TEMPLATE_SUM.fullmatch(row.name.strip()):
            continue  # the form's own sum row at the foot
        if not any(word in row.name for word in _WHOLE) or abs(row.parsed.yuan - total) > _TOLERANCE:  # type: ignore[operator]
            continue
        others = [other for other in rows if other is not row]
        summed = sum((other.parsed.yuan for other in others), Decimal(0))  # type: ignore[misc]
        if len(others) >= 2 and abs(summed - total) <= _TOLERANCE:
            yield row_hit(row, key=True, fund=yuan_text(total), parts="、".join(other.name for other in others if other.parsed.yuan))
            return

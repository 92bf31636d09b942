"""funds-restated: an output or effect whose target is the table's own funds (完成改造投资 ≥900000元
of 年度资金总额 900,000元, 发放生活补贴 ＝432万元 of 财政资金 432万元) restates the budget, not what it buys.

A money amount (not a price or a standard) equal, in 元, to 年度资金总额 or to 财政资金 is a hit, at
≥, ≤ or ＝ alike. The selector keeps cost rows out (money is what they are meant to be). ``exempt_name``
(a regular expression) leaves alone money that is not the table's own and may equal it by chance:
social investment it draws in (撬动社会投资 at 1:1), income it brings (带动农户增收). ``output_name`` (a
regular expression), when given, is what an output's name must be found by: the money that may stand as an
output (VAL010's pattern of money paid out or invested), so that money already told to move to the cost
block is not told again; an effect's name is not held to it. The variant says
where the money belongs: ``legacy`` for the 2015-style framework, whose 成本指标 sits under 产出指标;
``default`` for the 2021 one, with 成本指标 a 一级 of its own. ``paid_out`` (a regular expression), when
given, also tells money paid out of the funds (拨付, 发放) whose floor is above 年度资金总额 (拨付…
≥400万元 of 336万元): the ``above`` variant, since the table cannot pay out more than it has (unless the
money paid is another fund's, 发放医保待遇: a notice, as the rule is).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, is_money_total, \
    row_hit, yuan_text
from ggtlint.regexsafety import search

NAME = "funds-restated"
SCOPES = ("indicator",)
VARIANTS = ("default", "legacy", "above")
PLACEHOLDERS = ROW_PLACEHOLDERS + ("fund_name", "fund_name_en", "fund")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False,
                 "properties": {"exempt_name": {"type": "string"}, "output_name": {"type": "string"},
                                "paid_out": {"type": "string"}}}
OUTPUT = "产出指标"


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("exempt_name", "output_name", "paid_out"))


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    if not is_money_total(row):
        return
    exempt = params.get("exempt_name")
    if exempt is not None and search(exempt, row.name):
        return
    output_name = params.get("output_name")
    if output_name is not None and row.level1 == OUTPUT and not search(output_name, row.name):
        return
    funds = ctx.table.funds
    paid_out = params.get("paid_out")
    total = funds.in_yuan(funds.total)
    if (paid_out is not None and search(paid_out, row.name) and row.parsed.op in ("≥", ">", "=")
            and total is not None and total > 0 and row.parsed.yuan > total):
        yield row_hit(row, variant="above", fund_name="年度资金总额",
                      fund_name_en="the total funds", fund=yuan_text(total))
        return
    for fund_name, fund_name_en, amount in (("年度资金总额", "the total funds", funds.total),
                                            ("财政资金", "the fiscal funds", funds.fiscal)):
        fund = funds.in_yuan(amount)
        if fund is not None and fund > 0 and row.parsed.yuan == fund:
            yield row_hit(row, variant="legacy" if ctx.framework == "legacy" else "default",
                          fund_name=fund_name, fund_name_en=fund_name_en, fund=yuan_text(fund))
            return

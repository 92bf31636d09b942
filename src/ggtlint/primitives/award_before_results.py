"""award-before-results: an award for the budget year's own annual results paid within that year.

Awards to enterprises are paid on a year's results once they are known: 对2026年度首次认定的高新技术企业 in a 2027
table, paid in 2027. When the goal rewards the budget year's own 年度 results (对2027年度首次认定的高新技术企业,
对2027年度完成设备投资500万元以上的技改项目, 对2027年度授权的发明专利) and a deadline row pays the award in that same
year (奖补资金拨付时间 2027年6月30日前), the money is due before anyone can know who earned it: a 年度 recognition,
investment or grant is settled at the year's end or after (the sentence must give an award, 奖补, 奖励, 资助: a
service to those firms, 开展培训辅导, is paid when done). Most often the year was moved forward with the table and
the award's own year with it. An award for a batch or part of the year (对2027年度第一批认定的) is left alone, as is a row paying a fee or
a service (申报辅导服务费拨付时间) or naming another 年度 (2026年度认定奖励兑付时间: last year's award, paid this year).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, date_values, row_hit

NAME = "award-before-results"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("award", "award_year", "prior_year", "date", "date_zh")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# 对2027年度首次认定的…, 对2027年度完成设备投资…的…, 对2027年度授权的…
_AWARD = lazy_pattern(r"对(?P<year>20[0-9]{2})年度(?P<act>(?:首次|新|重新|经)?(?:认定|授权|评定|获评|认证|入库|完成|获批|命名|获得)"
                      r"[^，,；;。]{0,30})")
# the rows that pay an award out
_PAYS = lazy_pattern(r"拨付|发放|兑付|兑现")
# what makes the sentence an award (给予奖补, 每家奖励20万元, 给予资助): 对2027年度首次认定的企业开展培训辅导 pays
# for a service, due when it is done, not on the year's results
_REWARDS = lazy_pattern(r"奖补|奖励|资助|补助|补贴|奖金|扶持资金")
_SENTENCE_END = lazy_pattern(r"[。；;\n]")
# a row paying something else: a fee or a service (申报辅导服务费拨付时间, 专家评审费), unless it names an award too
_OTHER_PAY = lazy_pattern(r"费|经费|工资|劳务|工程款|采购")
# a row naming the 年度 it pays for (2026年度认定奖励兑付时间)
_ROW_YEAR = lazy_pattern(r"(20[0-9]{2})年度")


def _rewards(goal: str, award: re.Match[str]) -> bool:
    """Whether the goal's sentence holding the 对…年度… phrase gives an award for it, not a service to it."""
    end = _SENTENCE_END.search(goal, award.end())
    return _REWARDS.search(goal, award.start(), end.start() if end else len(goal)) is not None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    year = ctx.budget_year
    if year is None or "年度" not in ctx.goal:
        return
    # the act must follow 年度 at once: 对2027年度第一批认定的 (a batch, known within the year) is not read
    awards = [match for match in _AWARD.finditer(ctx.goal) if int(match.group("year")) == year
              and _rewards(ctx.goal, match)]
    if not awards:
        return
    award = awards[0]
    for row in ctx.rows:
        day = row.parsed.deadline
        if day is None or day.year != year or not _PAYS.search(row.name):
            continue
        if _OTHER_PAY.search(row.name) and not _REWARDS.search(row.name):
            continue  # 申报辅导服务费拨付时间: paid for a service, when it is done
        if any(int(named) != year for named in _ROW_YEAR.findall(row.name)):
            continue  # 2026年度认定奖励兑付时间: last year's award, paid this year
        yield row_hit(row, award=award.group(), award_year=str(year), prior_year=str(year - 1),
                      **date_values(day))

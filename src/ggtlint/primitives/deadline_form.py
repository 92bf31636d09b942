"""deadline-form: how a 时效 value is written, and whether it can be checked at all.

Variants: ``no_before`` (a full date without 前: read as "by that date", info),
``year_inferred`` (12月底前: the budget year is assumed, info), ``uncheckable`` (即时办理,
法院规定时间内: no date to check, warning), ``service_window`` (7*24小时: a service-time
value rather than a deadline, info; not when another 时效 value of the table is a checkable
limit), ``one_year`` (1年内: a limit with no starting point, read as the budget year's end, info),
``whole_year`` (全年: read as the year's end, info), ``recurring_undated`` (按月发放: a period with
no day in it, info; 每月10日前 is a checkable recurring deadline and passes), ``frequency_for_deadline``
(维修养护工程完工时间 每月1次: how often, where the name asks when one piece of work is done, info).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (DATE_PLACEHOLDERS, ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity,
                                     date_values, row_hit)
from ggtlint.values.parse import CEILING_OPS
from ggtlint.lazyregex import lazy_pattern

NAME = "deadline-form"
SCOPES = ("indicator",)
ROW_PURE = True  # check_row reads only the row, ctx.budget_year and ctx.has_time_limit (the row memo's key)
_ALL = ("no_before", "year_inferred", "uncheckable", "service_window", "one_year", "recurring_undated",
        "whole_year", "frequency_for_deadline")
VARIANTS = _ALL
# each finding's level (the rule's own level is for none of them)
LEVELS = {"no_before": Severity.INFO, "year_inferred": Severity.INFO, "uncheckable": Severity.WARNING,
          "service_window": Severity.INFO, "one_year": Severity.INFO, "recurring_undated": Severity.INFO,
          "whole_year": Severity.INFO, "frequency_for_deadline": Severity.INFO}
PLACEHOLDERS = {"no_before": ROW_PLACEHOLDERS + DATE_PLACEHOLDERS,
                "year_inferred": ROW_PLACEHOLDERS + ("year",) + DATE_PLACEHOLDERS,
                "uncheckable": ROW_PLACEHOLDERS, "service_window": ROW_PLACEHOLDERS,
                "one_year": ROW_PLACEHOLDERS + DATE_PLACEHOLDERS, "recurring_undated": ROW_PLACEHOLDERS,
                "whole_year": ROW_PLACEHOLDERS + ("year",) + DATE_PLACEHOLDERS,
                "frequency_for_deadline": ROW_PLACEHOLDERS + ("year",)}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"report": {"type": "array", "items": {"enum": list(_ALL)}}},
}
compile = compile_identity
# a day something happens on, not a deadline (防空警报试鸣日期 2025年9月20日, 全国放鱼日集中放流
# 2024年6月6日): no 前 to add
_ON_THE_DAY = lazy_pattern(r"日期$|当天|当日|[节日](?:集中|活动|当天)|(?:纪念|宣传|放鱼|开放|活动|健身)日"
                           r"|(?:开幕|闭幕|举办|召开|开班|开学)(?:时间|日期)?$")
# a name that says its date is the last day (补贴活动截止时间 2024年12月31日): 前 would say it twice
_NAMED_DEADLINE = lazy_pattern(r"截止(?:时间|日期)$")
# …but 项目完成日期, 资金拨付日期 name a deadline
_DEADLINE_WORDS = lazy_pattern(r"完成|截止|竣工|验收|拨付|发放|上报|报送|办结|交付|到位|兑付")
# an indicator of how often something is done, which a period answers (见习补贴发放频次 按月发放)
_HOW_OFTEN = lazy_pattern(r"(?:频次|频率|周期)$")
# the day one piece of work is finished (维修养护工程完工时间, 年度履约评估完成时间), which a count of times a
# period (每月1次) does not answer; 发放时间 or 巡查时间 may recur and are left to recurring_undated
_ONE_OFF_DONE = lazy_pattern(r"(?:完成|完工|竣工|验收|建成|交付|办结|上线)(?:时间|日期|时限)$")
# times a period: 每月1次, 每季度一次 (a rate of 次 per 周, 月, 季度, 年)
_TIMES_A_PERIOD = lazy_pattern(r"^[次回遍]/(?:日|天|周|旬|月|季度?|半年|年)$")


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    report = params.get("report", _ALL)
    parsed = row.parsed
    if parsed.kind == "deadline":
        if parsed.deadline is None:
            return  # a date that cannot be read: VAL012 (malformed-value) reports it
        if parsed.year_inferred and "year_inferred" in report:
            yield row_hit(row, variant="year_inferred", year=ctx.budget_year or "?", severity=LEVELS["year_inferred"],
                          **date_values(parsed.deadline))
        elif (parsed.op is None and parsed.deadline is not None and "no_before" in report
              and not (_ON_THE_DAY.search(row.name) and not _DEADLINE_WORDS.search(row.name))
              and not _NAMED_DEADLINE.search(row.name)):
            yield row_hit(row, variant="no_before", severity=LEVELS["no_before"], **date_values(parsed.deadline))
    elif parsed.quality == "whole_year":  # 全年: the year's end, as 年底前 would be
        outside = ctx.budget_year is not None and parsed.deadline is not None and parsed.deadline.year != ctx.budget_year
        if parsed.deadline is not None and not outside and "whole_year" in report:  # another year: TIME001's
            yield row_hit(row, variant="whole_year", severity=LEVELS["whole_year"], year=parsed.deadline.year,
                          **date_values(parsed.deadline))
    elif parsed.quality == "recurring":
        # 按月发放: which day of the month? — unless the indicator asks how often (发放频次)
        if parsed.op is None and "recurring_undated" in report and not _HOW_OFTEN.search(row.name):
            yield row_hit(row, variant="recurring_undated", severity=LEVELS["recurring_undated"])
    elif (parsed.kind == "per_unit" and _TIMES_A_PERIOD.match(parsed.unit or "") and _ONE_OFF_DONE.search(row.name)
          and "frequency_for_deadline" in report):
        yield row_hit(row, variant="frequency_for_deadline", severity=LEVELS["frequency_for_deadline"],
                      year=ctx.budget_year or "××××")
    elif parsed.quality in ("immediate", "external") and "uncheckable" in report:
        yield row_hit(row, variant="uncheckable", severity=LEVELS["uncheckable"])
    elif parsed.kind == "duration" and parsed.window is not None:
        # a window beside a deadline or a response limit (7×24小时值守, 故障响应 ≤2小时) is the service
        # it describes; only a block with no limit at all has nothing to check at year end
        if "service_window" in report and not ctx.has_time_limit:
            yield row_hit(row, variant="service_window", severity=LEVELS["service_window"])
    elif (parsed.horizon_years == 1 and parsed.op in CEILING_OPS and "one_year" in report
          and ctx.budget_year is not None):
        year_end = _dt.date(ctx.budget_year, 12, 31)
        yield row_hit(row, variant="one_year", severity=LEVELS["one_year"], **date_values(year_end))

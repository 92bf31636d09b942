"""below-standard: a rate set lower than the standard its own name or 备注 quotes.

综合电压合格率 ≥95% noted 国家标准要求农村电网综合电压合格率不低于99%: the target falls short of the floor
the table itself cites, so meeting it would still break the standard. Only a floor the standard sets
(不低于, 不少于, 达到, ≥), not a ceiling (不高于, ≤), and only a target with a floor of its own (≥, ＝, none)
below it; a note that goes on to a stage of its own (本年先完成, 分年度, 逐步) is left alone, and so is a floor
set for a later year than the table's (规划要求到2027年卫生厕所普及率达到85% in a 2026 table).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, longest_run, other_year,
                                     row_hit)
from ggtlint.values.normalize import decimal_text

NAME = "below-standard"
SCOPES = ("indicator",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("standard",)
ROW_PURE = True  # check_row reads only the row and ctx.budget_year
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

# a standard, a rule or a requirement and the floor it sets (国家标准要求…不低于99%, 《…办法》要求…达到100%)
_STANDARD_FLOOR = lazy_pattern(r"(?:标准|规范|办法|规定|规程|要求)(?P<what>[^，,。；;]{0,16}?)(?:不低于|不少于|不得低于|达到|≥|>=)"
                               r"\s*(?P<figure>[0-9]+(?:\.[0-9]+)?)\s*[%％]")
# the rate a standard names (…要求农村电网综合电压合格率不低于99%): the row's own only when the names share four
# characters in a row (电压合格率), not 供电可靠率 or 验收合格率 quoted beside 综合电压合格率
_RATE_NAMED = lazy_pattern(r"[\u4e00-\u9fff]{2,}(?:率|比例|占比)")
_SAME_RATE = 4
# the table's own step towards the standard (本年先完成60%, 分年度达到, 逐步提高): not a shortfall
_STAGED = lazy_pattern(r"先|分年|分阶段|逐步|逐年|力争|过渡")


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    parsed = row.parsed
    if parsed.kind != "rate" or parsed.percent is None or parsed.op not in ("≥", ">", "=", None):
        return
    text = row.name + " " + (row.indicator.note or "")
    if _STAGED.search(text):
        return
    floors = [Decimal(match.group("figure")) for match in _STANDARD_FLOOR.finditer(text)
              if ((rate := _RATE_NAMED.search(match.group("what"))) is None
                  or longest_run(rate.group(), row.name) >= _SAME_RATE)
              and not _later_year(match.group("what"), ctx.budget_year)]
    # several floors (城市不低于99%，农村不低于95%): the lowest, as which one is the row's is not said
    if floors and parsed.percent < min(floors):
        yield row_hit(row, standard=decimal_text(min(floors)) + "%")


def _later_year(what: str, budget_year: int | None) -> bool:
    """Whether the standard's floor is for a year after the table's (到2027年…达到85%): this year's is a step."""
    return budget_year is not None and (year := other_year(what, budget_year)) is not None and year > budget_year

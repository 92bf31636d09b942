"""medium-unit: a water-quality parameter in a gas's concentration unit, or an air pollutant in a liquid's.

氨氮, 总磷, 化学需氧量 and 溶解氧 are measured in water only, in mg/L; PM2.5, 二氧化硫 and 非甲烷总烃 in air only, in
mg/m³ or μg/m³. 治理后水体氨氮 ＜15mg/m³ or 排气筒非甲烷总烃排放浓度 ＜60mg/L gives a limit nobody can measure against:
the unit was copied from the other medium's line.

Only parameters of one medium are read (臭氧 and 氨 are measured in both water and air and are left alone), and a
name naming parameters of both media is not judged. A Latin name (COD, BOD5, PM10) is read as a word of its own, not
inside a longer one (QRCODE, a PM100 model).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity, row_hit

NAME = "medium-unit"
SCOPES = ("indicator",)
VARIANTS = ("water_in_air_unit", "air_in_water_unit")
_SAID = ("parameter", "unit", "expected")
PLACEHOLDERS = {"water_in_air_unit": ROW_PLACEHOLDERS + _SAID, "air_in_water_unit": ROW_PLACEHOLDERS + _SAID}
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
ROW_PURE = True
compile = compile_identity

# parameters measured in one medium only (氨氮, not 氨; no 臭氧, a drinking water's disinfectant too); a Latin one is
# a word of its own, not letters of a longer one (QRCODE, BODYSHOP, a PM100 model): COD with its method (CODcr,
# CODMn), BOD with its days (BOD5)
_WATER = lazy_pattern(r"氨氮|总磷|总氮|化学需氧量|高锰酸盐指数|溶解氧|生化需氧量"
                      r"|(?<![A-Za-z])(?:COD(?:[Cc][Rr]|[Mm][Nn])?|BOD[0-9]*)(?![A-Za-z])", 0)
_AIR = lazy_pattern(r"(?<![A-Za-z])PM(?:2\.5|10)(?![0-9])|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|氮氧化物|非甲烷总烃|一氧化碳")
_GAS_UNIT = lazy_pattern(r"(?:mg|μg|ug|µg|毫克|微克)\s*/\s*(?:N?m³|N?m3|标?立方米)")
_LIQUID_UNIT = lazy_pattern(r"(?:mg|μg|ug|µg|毫克|微克)\s*/\s*(?:L|l|升)(?![a-zA-Z])")


def check_row(ctx: TableContext, row: Row, params: dict[str, Any]) -> Iterator[Hit]:
    """The row when its name names parameters of one medium and its value is in the other medium's unit."""
    name = row.name
    water, air = _WATER.search(name), _AIR.search(name)
    if (water is None) == (air is None):
        return  # neither, or both media named: not judged
    value = f"{row.value} {row.indicator.unit or ''}"
    if water is not None:
        unit = _GAS_UNIT.search(value)
        if unit is not None and _LIQUID_UNIT.search(value) is None:
            yield row_hit(row, variant="water_in_air_unit", parameter=water.group(0), unit=unit.group(0),
                          expected="mg/L")
    elif air is not None:
        unit = _LIQUID_UNIT.search(value)
        if unit is not None and _GAS_UNIT.search(value) is None:
            yield row_hit(row, variant="air_in_water_unit", parameter=air.group(0), unit=unit.group(0),
                          expected="mg/m³")

"""Value forms from the fourth audit of the target-value parser (value texts in the styles the
earlier audits tried little: cells copied out of Excel, stray spaces and line breaks, full-width
figures, Chinese numerals, English abbreviations, two-part targets, conditions, money, rates per
population, limits counted from an event, frequencies, grades and measures of many sectors,
look-alikes: 1,011 texts, 213 misread before its fixes, 24 after them).

Each case was misread before its fix: the money sign in Latin letters (RMB, CNY), a rate per 万 vehicles
(万车死亡率), hours, minutes, days and weeks in English, seconds, KW, cm, mm and NTU, a breakdown on the
cell's next line (≥200人\n其中女性≥80人), a limit counted from an event with its figure in Chinese
numerals (开学后一个月内) or from a condition (材料齐全的3个工作日内办结), how often with no 每 (一年两次,
两年一次), a range per period or head (每月1-2次 was -2 次 per "月1"), a date with the day counted in
(（含）前) or out of an Excel date cell (2024-06-30 00:00:00), the CJK ratio sign (1∶1), within half a
year (半年内) and a postponement after a comma (2024年12月31日前，遇特殊情况顺延). The
look-alike test pairs each kind of fix with its nearest look-alike that keeps its old reading.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from value_helpers import assert_form_reads, assert_look_alike

D = Decimal

# (value, budget year, expected attributes)
AUDIT_FORMS: list[tuple[str, int | None, dict[str, Any]]] = [
    # 1. The money sign in Latin letters, as 人民币 and ¥ are read (text: VAL001 under 成本)
    ("RMB500万元", None, {"kind": "money", "op": None, "yuan": D(5000000), "unit": "万元"}),
    ("RMB 1,200.00元", None, {"kind": "money", "yuan": D(1200)}),
    ("CNY1.2亿元", None, {"kind": "money", "yuan": D(120000000)}),
    ("≤RMB500万元", None, {"kind": "money", "op": "≤", "yuan": D(5000000)}),
    # 2. A rate per 万 vehicles (道路交通万车死亡率), as per 万人 is read (text)
    ("≤0.5/万车", None, {"kind": "rate", "op": "≤", "number": D("0.5"), "unit": "/万", "percent": D("0.005")}),
    ("≤2.5/万辆", None, {"kind": "rate", "op": "≤", "percent": D("0.025")}),
    # 3. Hours in English, as h and hrs are read (text: VAL001 under 时效)
    ("≤2H", None, {"kind": "duration", "op": "≤", "number": D(2), "unit": "H"}),
    ("≤24hours", None, {"kind": "duration", "op": "≤", "number": D(24), "unit": "hours"}),
    ("≤ 48 hours", None, {"kind": "duration", "op": "≤", "number": D(48)}),
    # 4. A breakdown on the cell's next line, as after a comma (text)
    ("≥200人\n其中女性≥80人", None, {"kind": "count", "op": "≥", "number": D(200), "unit": "人"}),
    ("≥1000户\n其中脱贫户≥300户", None, {"kind": "count", "op": "≥", "number": D(1000), "unit": "户"}),
    # 5. A limit counted from an event, its figure in Chinese numerals (as 开学后1个月内), or from a
    # condition (材料齐全的: as 资料齐全后 is read) (text: VAL001/TIME003 under 时效)
    ("开学后一个月内", None, {"kind": "duration", "op": "≤", "number": D(1), "unit": "个月"}),
    ("接到通知后两小时内", None, {"kind": "duration", "op": "≤", "number": D(2), "unit": "小时"}),
    ("验收合格后三个工作日内办结", None, {"kind": "duration", "op": "≤", "number": D(3), "unit": "个工作日"}),
    ("自立案之日起一个月内", None, {"kind": "duration", "op": "≤", "number": D(1), "unit": "个月"}),
    ("材料齐全的3个工作日内办结", None, {"kind": "duration", "op": "≤", "number": D(3), "unit": "个工作日"}),
    ("符合条件的，5个工作日内办结", None, {"kind": "duration", "op": "≤", "number": D(5), "unit": "个工作日"}),
    ("材料齐全的两小时内", None, {"kind": "duration", "op": "≤", "number": D(2), "unit": "小时"}),
    # 6. How often with no 每, as 每年两次 is read (text: VAL001 under 数量)
    ("一年两次", None, {"kind": "per_unit", "op": None, "number": D(2), "unit": "次/年", "per": "年"}),
    ("一年一次", None, {"kind": "per_unit", "number": D(1), "per": "年"}),
    ("半年一次", None, {"kind": "per_unit", "number": D(1), "per": "半年"}),
    ("两年一次", None, {"kind": "per_unit", "number": D(1), "unit": "次/2年", "per": "2年"}),
    ("2年一次", None, {"kind": "per_unit", "number": D(1), "per": "2年"}),
    ("一周三次", None, {"kind": "per_unit", "number": D(3), "per": "周"}),
    ("一学期两次", None, {"kind": "per_unit", "number": D(2), "per": "学期"}),
    ("一个月一次", None, {"kind": "per_unit", "number": D(1), "per": "个月"}),
    ("一年不少于两次", None, {"kind": "per_unit", "op": "≥", "number": D(2), "per": "年"}),
    ("两年至少一次", None, {"kind": "per_unit", "op": "≥", "number": D(1), "per": "2年"}),
    # 7. A range per period or head, as 1-2次/月 is read (每月1-2次 was -2 次 per "月1")
    ("每月1-2次", None, {"kind": "range", "low": D(1), "high": D(2), "unit": "次/月", "base_kind": "per_unit"}),
    ("每月开展2至4次", None, {"kind": "range", "low": D(2), "high": D(4), "unit": "次/月"}),
    ("每人500-1000元", None, {"kind": "range", "low": D(500), "high": D(1000), "unit": "元/人"}),
    ("人均500-1000元", None, {"kind": "range", "low": D(500), "high": D(1000), "unit": "元/人"}),
    # 8. A date with the day itself counted in (（含）前), or out of an Excel date cell with its midnight
    ("2024年12月31日（含）前", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 12, 31)}),
    ("2024年6月30日(含)之前", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 6, 30)}),
    ("2024年12月31日（含）以前", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 12, 31)}),
    ("2024-06-30 00:00:00", None, {"kind": "deadline", "op": None, "deadline": dt.date(2024, 6, 30)}),
    ("2024/6/3 00:00:00", None, {"kind": "deadline", "deadline": dt.date(2024, 6, 3)}),
    # 9. Units in Latin letters of other sectors: seconds (as 秒), minutes, days and weeks, kW in capitals,
    # cm and mm (as m), turbidity (text)
    ("≤3s", None, {"kind": "number", "op": "≤", "number": D(3), "unit": "s"}),
    ("≤30mins", None, {"kind": "duration", "op": "≤", "number": D(30)}),
    ("≤3 days", None, {"kind": "duration", "op": "≤", "number": D(3), "unit": "days"}),
    ("≤2 weeks", None, {"kind": "duration", "op": "≤", "number": D(2)}),
    ("≥100KW", None, {"kind": "count", "op": "≥", "number": D(100), "unit": "KW"}),
    ("≥30cm", None, {"kind": "count", "op": "≥", "number": D(30), "unit": "cm"}),
    ("≤1.0NTU", None, {"kind": "number", "op": "≤", "number": D(1), "unit": "NTU"}),
    # 10. The ratio sign of CJK input methods, as a colon (text)
    ("≥1∶1", None, {"kind": "number", "op": "≥", "number": D(1)}),
    # 11. Within half a year, as 半个月内 and 1年内 are read (text)
    # (as six months, a limit within the year: 0.5年 read as a horizon drew TIME004's "long-term")
    ("半年内", None, {"kind": "duration", "op": "≤", "number": D(6), "unit": "个月"}),
    ("半年以内", None, {"kind": "duration", "op": "≤", "number": D(6)}),
    # 12. A postponement after a comma, as in brackets (2024年6月30日前（如遇汛期顺延）) (text)
    ("2024年12月31日前，遇特殊情况顺延", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 12, 31)}),
    ("2024年6月30日前,如遇汛期顺延", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 6, 30)}),
    ("≤5个工作日，遇节假日顺延", None, {"kind": "duration", "op": "≤", "number": D(5), "unit": "个工作日"}),
]


@pytest.mark.parametrize(("text", "year", "expected"), AUDIT_FORMS, ids=[f[0] for f in AUDIT_FORMS])
def test_audit_form(text: str, year: int | None, expected: dict[str, Any]) -> None:
    assert_form_reads(text, year, expected)


# Each pair: a form the audit's fixes read (as above), and its nearest look-alike that keeps its
# reading (in the budget year of the form's case, or 2024).
READS = {text: (year, expected) for text, year, expected in AUDIT_FORMS}
LOOK_ALIKES: list[tuple[str, str, dict[str, Any]]] = [
    # (1) the letters alone are no amount
    ("RMB500万元", "RMB", {"kind": "qualitative"}),
    # (2) per 万 people as before
    ("≤0.5/万车", "≤1/万人", {"kind": "rate", "op": "≤", "unit": "/万人", "percent": D("0.01")}),
    # (3) h as before
    ("≤2H", "≤2h", {"kind": "duration", "op": "≤", "number": D(2), "unit": "h"}),
    # (…and H alone is a class letter, 耐热等级 H, no hours left to fill in: text, not a placeholder)
    ("≤2H", "H", {"kind": "qualitative", "quality": "text"}),
    # (4) 其中 alone is no breakdown
    ("≥200人\n其中女性≥80人", "其中女性", {"kind": "qualitative"}),
    # (5) no limit: a deed once (一次性), a lead time before a meeting, a condition and a count
    ("开学后一个月内", "受理后一次性告知", {"kind": "qualitative"}),
    ("开学后一个月内", "会议召开前三天", {"kind": "qualitative"}),
    ("材料齐全的3个工作日内办结", "符合条件的3人", {"kind": "qualitative"}),
    # (6) 1月份 and 第一季度 are January and the first quarter (一月一次, 一季度一次 are how often since the fifth
    # audit); 第一年 an ordinal; 一次 a count
    ("一年两次", "一月份一次", {"kind": "qualitative"}),
    ("一年两次", "第一季度一次", {"kind": "qualitative"}),
    ("一年两次", "第一年两次", {"kind": "qualitative"}),
    ("一年两次", "一次", {"kind": "count", "number": D(1), "unit": "次"}),
    ("一年两次", "三年一轮", {"kind": "qualitative"}),
    ("一年两次", "一年内两次", {"kind": "qualitative"}),
    # (…nor a return period: 20年一次 is told with 20年一遇, as the second audit has it)
    ("两年一次", "20年一次", {"kind": "qualitative", "quality": "text"}),
    # (7) one figure per period or head as before; a figure in what it is per stays there
    ("每月1-2次", "每2年1次", {"kind": "per_unit", "number": D(1), "unit": "次/2年", "per": "2年"}),
    ("每月1-2次", "每10万人口≤5人", {"kind": "per_unit", "op": "≤", "number": D(5), "per": "10万人口"}),
    ("每月1-2次", "每人每月≥200元", {"kind": "per_unit", "op": "≥", "yuan": D(200), "per": "人/月"}),
    # (…nor a figure after a word: 每月1次-2次 and 每月1千-2千元 are no -2 per "月1次" or "月1千")
    ("每月1-2次", "每月1次-2次", {"kind": "qualitative"}),
    ("每月1-2次", "每月1千-2千元", {"kind": "qualitative"}),
    # (…and days of the month are a window each month, as 每月10日前: no 1-10 days a month)
    ("每月1-2次", "每月1-10日", {"kind": "qualitative", "quality": "recurring"}),
    ("每月1-2次", "每季度1-10日", {"kind": "qualitative", "quality": "recurring"}),
    # (8) a time of day other than midnight is no date cell; 前 alone as before
    ("2024-06-30 00:00:00", "2024-06-30 12:00:00", {"kind": "qualitative"}),
    ("2024年12月31日（含）前", "2024年12月前", {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 12, 31)}),
    # (9) a capital S is no second
    ("≤3s", "5S", {"kind": "qualitative"}),
    # (11) half a year with no 内 is a period (as the second audit has it), 上半年 a date
    ("半年内", "半年", {"kind": "qualitative"}),
    ("半年内", "上半年", {"kind": "deadline", "deadline": dt.date(2024, 6, 30)}),
    # (12) a count is no date or limit that is put off; the postponement alone stays text
    ("≤5个工作日，遇节假日顺延", "≥200人，遇特殊情况顺延", {"kind": "qualitative"}),
    ("≤5个工作日，遇节假日顺延", "如遇汛期顺延", {"kind": "qualitative"}),
]


@pytest.mark.parametrize(("form", "look_alike", "expected"), LOOK_ALIKES, ids=[f"{f[0]}|{f[1]}" for f in LOOK_ALIKES])
def test_a_look_alike_keeps_its_reading(form: str, look_alike: str, expected: dict[str, Any]) -> None:
    assert_look_alike(READS, form, look_alike, expected)

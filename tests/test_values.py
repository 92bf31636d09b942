"""Value forms beyond the seed, normalisation, name hints and lexicon loading."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ggtlint.values import (
    KINDS,
    OPS,
    Lexicon,
    LexiconError,
    NameHint,
    ParsedValue,
    load_lexicon,
    name_hint,
    normalize,
    parse_value,
)

D = Decimal

# (value, budget year, expected attributes)
FORMS: list[tuple[str, int | None, dict[str, Any]]] = [
    # operators written in other ways
    (">=95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("＞＝95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("≥=95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("<=10次", None, {"kind": "count", "op": "≤", "number": D(10), "unit": "次"}),
    ("≦10次", None, {"kind": "count", "op": "≤", "number": D(10)}),
    ("=100%", None, {"kind": "rate", "op": "=", "percent": D(100)}),
    (">0人", None, {"kind": "count", "op": ">", "number": D(0)}),
    ("＜5%", None, {"kind": "rate", "op": "<", "percent": D(5)}),
    ("≥ 95 %", None, {"kind": "rate", "op": "≥", "percent": D(95), "text": "≥95%"}),
    ("≥９５％", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    # operator words
    ("不低于95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("不少于200人", None, {"kind": "count", "op": "≥", "number": D(200)}),
    ("达到90%", None, {"kind": "rate", "op": "≥", "percent": D(90)}),
    ("不高于5%", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("不超过100万元", None, {"kind": "money", "op": "≤", "yuan": D(1000000)}),
    ("控制在100万元以内", None, {"kind": "money", "op": "≤", "yuan": D(1000000)}),
    ("100万元以内", None, {"kind": "money", "op": "≤", "number": D(100), "unit": "万元", "yuan": D(1000000)}),
    ("95%以上", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("95%及以上", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("5%以下", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("3天之内", None, {"kind": "duration", "op": "≤", "number": D(3), "unit": "天"}),
    ("约50人", None, {"kind": "count", "op": "≈", "number": D(50), "approx": True}),
    # every sector has measure words of its own: listed (樘, 站次, 万车公里, 工日) or not (尊, 瓶 are;
    # 盅 is not), a figure with one is a count, not text (VAL001's error on careful tables)
    ("≥36樘", None, {"kind": "count", "op": "≥", "number": D(36), "unit": "樘"}),
    ("≥72站次", None, {"kind": "count", "number": D(72), "unit": "站次"}),
    ("≥6500万车公里", None, {"kind": "count", "number": D(65000000), "unit": "车公里"}),
    ("≥5万工日", None, {"kind": "count", "number": D(50000), "unit": "工日"}),
    ("≥12盅", None, {"kind": "count", "op": "≥", "number": D(12), "unit": "盅"}),
    ("≥2万盅以上", None, {"kind": "count", "op": "≥", "number": D(20000), "unit": "盅", "problem": "比较符号与“以上”“以内”等重复：≥…以上"}),
    ("3月中", 2024, {"kind": "deadline", "deadline": dt.date(2024, 3, 15)}),  # time words are no unit: 月中, the 15th
    ("大约50人", None, {"kind": "count", "op": "≈", "approx": True}),
    ("50人上下", None, {"kind": "count", "op": "≈", "approx": True}),
    # the bound said twice after a sign (a notice); in words it is plain Chinese
    ("≥95%以上", None, {"kind": "rate", "op": "≥", "problem": "比较符号与“以上”“以内”等重复：≥…以上"}),
    ("≤5个工作日以内", None, {"kind": "duration", "op": "≤", "problem": "比较符号与“以上”“以内”等重复：≤…以内"}),
    ("不少于50人以上", None, {"kind": "count", "op": "≥", "number": D(50)}),
    ("达到95%以上", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("＝1200元左右", None, {"kind": "money", "op": "≈", "approx": True}),
    ("约50人以上", None, {"kind": "count", "op": "≥", "approx": True}),
    ("≥100万元以内", None, {"kind": "money", "op": "≥", "problem": "比较符前后矛盾：≥…以内"}),
    ("≥95%（含）", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("95%(含)以上", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("累计≥500人", None, {"kind": "count", "op": "≥", "number": D(500)}),
    # numbers and units
    ("1,600,000.00元", None, {"kind": "money", "op": None, "number": D("1600000.00"), "yuan": D(1600000)}),
    ("6,192,959.03元", None, {"kind": "money", "yuan": D("6192959.03")}),
    ("1.2亿元", None, {"kind": "money", "unit": "亿元", "yuan": D(120000000)}),
    ("＝164．6万元", None, {"kind": "money", "yuan": D(1646000)}),
    ("3千元", None, {"kind": "money", "yuan": D(3000)}),
    ("1.5万人次", None, {"kind": "count", "number": D(15000), "unit": "人次"}),
    ("≥5个村", None, {"kind": "count", "number": D(5), "unit": "个村"}),
    ("≥2万名学生", None, {"kind": "count", "number": D(20000), "unit": "名学生"}),
    ("≥20亩", None, {"kind": "count", "unit": "亩"}),
    ("2.5‰", None, {"kind": "rate", "percent": D("0.25")}),
    # a change as the target: the figure is the change, its direction kept (a decrease on a reverse
    # indicator is no ≥ written the wrong way round)
    ("提高2个百分点", None, {"kind": "rate", "op": None, "percent": D(2), "change": "up"}),
    ("提高≥2个百分点", None, {"kind": "rate", "op": "≥", "percent": D(2), "change": "up"}),
    ("较上年缩短≥20%", None, {"kind": "rate", "op": "≥", "percent": D(20), "change": "down"}),
    ("缩短≥20%", None, {"kind": "rate", "op": "≥", "change": "down"}),
    ("较上年压减≥20%", None, {"kind": "rate", "op": "≥", "change": "down"}),
    ("降低10%以上", None, {"kind": "rate", "op": "≥", "percent": D(10), "change": "down"}),
    ("提升2个百分点以上", None, {"kind": "rate", "op": "≥", "change": "up"}),
    ("合格率提高≥2%", None, {"kind": "rate", "op": "≥", "change": "up"}),
    ("合格率 ≥95%", None, {"kind": "rate", "op": "≥", "change": None}),
    # a value wrapped in quotation marks, as typed with a Chinese input method
    ("”＝2次“", None, {"kind": "count", "op": "=", "number": D(2), "unit": "次"}),
    ("“≥200人”", None, {"kind": "count", "op": "≥", "number": D(200)}),
    ("“2024年12月31日前”", None, {"kind": "deadline", "deadline": dt.date(2024, 12, 31)}),
    # a remark or a unit variant in brackets after the figure
    ("≥38万头（只）", None, {"kind": "count", "op": "≥", "number": D(380000), "unit": "头"}),
    ("≥412人（次）", None, {"kind": "count", "number": D(412), "unit": "人"}),
    ("＝100%（抽查）", None, {"kind": "rate", "op": "=", "percent": D(100)}),
    ("≤528万元(含补发)", None, {"kind": "money", "op": "≤", "yuan": D(5280000)}),
    ("≤30万元整", None, {"kind": "money", "op": "≤", "yuan": D(300000)}),
    # a bracket holding the unit, or what the amount is per, is part of the value
    ("≤30（万元）", None, {"kind": "money", "op": "≤", "yuan": D(300000)}),
    ("≥200（人）", None, {"kind": "count", "op": "≥", "number": D(200), "unit": "人"}),
    ("≤5000元（每人）", None, {"kind": "per_unit", "op": "≤", "yuan": D(5000), "per": "人"}),
    ("得到帮扶（见附件）", None, {"kind": "qualitative", "quality": "text"}),  # no figure before it
    ("2个百分点", None, {"kind": "rate", "unit": "个百分点", "percent": D(2)}),
    ("≥90分", None, {"kind": "number", "unit": "分", "number": D(90)}),
    ("100", None, {"kind": "number", "op": None, "number": D(100), "unit": None}),
    ("≥100", None, {"kind": "number", "op": "≥"}),
    ("200万", None, {"kind": "number", "number": D(2000000), "unit": None}),
    ("-5%", None, {"kind": "rate", "percent": D(-5)}),
    # per unit
    ("元/人·月", None, {"kind": "placeholder", "unit": "元/人·月", "per": "人·月", "base_kind": "per_unit"}),
    ("200元/人·月", None, {"kind": "per_unit", "yuan": D(200), "per": "人·月", "unit": "元/人·月"}),
    ("≤3万元/个", None, {"kind": "per_unit", "op": "≤", "number": D(3), "yuan": D(30000), "per": "个"}),
    ("2次/年", None, {"kind": "per_unit", "number": D(2), "unit": "次/年", "per": "年", "yuan": None}),
    ("每人每月≥200元", None, {"kind": "per_unit", "op": "≥", "yuan": D(200), "per": "人/月"}),
    ("每人不低于50元", None, {"kind": "per_unit", "op": "≥", "yuan": D(50), "per": "人"}),
    ("人均50元", None, {"kind": "per_unit", "yuan": D(50), "per": "人"}),
    # ranges
    ("90%-95%", None, {"kind": "range", "low": D(90), "high": D(95), "unit": "%", "base_kind": "rate"}),
    ("90-95%", None, {"kind": "range", "low": D(90), "high": D(95), "unit": "%"}),
    ("100-200人", None, {"kind": "range", "low": D(100), "high": D(200), "unit": "人", "base_kind": "count"}),
    ("100~200人", None, {"kind": "range", "low": D(100), "high": D(200)}),
    ("100至200人", None, {"kind": "range", "low": D(100), "high": D(200)}),
    ("1万-2万人", None, {"kind": "range", "low": D(10000), "high": D(20000), "unit": "人"}),
    ("50万-1亿元", None, {"kind": "range", "low": D("0.005"), "high": D(1), "unit": "亿元", "base_kind": "money"}),
    ("95%-90%", None, {"kind": "range", "problem": "区间下限大于上限"}),
    # dates
    ("2023.6.30前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 6, 30), "year_inferred": False}),
    ("2023-12-31", None, {"kind": "deadline", "op": None, "deadline": dt.date(2023, 12, 31)}),
    ("2023/12/31之前", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("2023-06", None, {"kind": "deadline", "deadline": dt.date(2023, 6, 30)}),
    ("2023年12月", None, {"kind": "deadline", "op": None, "deadline": dt.date(2023, 12, 31)}),
    ("2023年底", None, {"kind": "deadline", "deadline": dt.date(2023, 12, 31), "year_inferred": False}),
    ("2023年年底前", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("至2023年年底前", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("截至2023年6月30日", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 6, 30)}),
    # a service kept up until a day: the day it must last to, not text (VAL001 told it unquantified)
    ("持续至2023年12月31日", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("持续到2023年底", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("保持至2023年6月30日", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 6, 30)}),
    # the target named, its figure in brackets: the figure (VAL001 told it unquantified); completed, at least
    # the figure, as 达到95% is (VAL005 asked an operator of a careful table, g439); named alone, none
    ("完成省下达目标（95%）", None, {"kind": "rate", "op": "≥", "number": 95}),
    ("省下达目标（95%）", None, {"kind": "rate", "op": None, "number": 95}),
    # hours kept every day, overnight too: a service window of seven days (VAL001 read them as text)
    ("每日8:30-17:30", None, {"kind": "duration", "window": (7, 9)}),
    ("每日22时至次日6时", None, {"kind": "duration", "window": (7, 8)}),
    ("达到省定标准（≥90%）", None, {"kind": "rate", "op": "≥", "number": 90}),
    ("完成年度计划（2023年12月31日前）", None, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("达到国家标准（GB3838-2002）", None, {"kind": "qualitative"}),
    ("于2023年6月30日", None, {"kind": "deadline", "op": None}),
    ("年底前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31), "year_inferred": True}),
    ("年内", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31), "year_inferred": True}),
    ("6月30日前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 6, 30), "year_inferred": True}),
    ("6月底", 2023, {"kind": "deadline", "op": None, "deadline": dt.date(2023, 6, 30)}),
    ("2月底前", 2024, {"deadline": dt.date(2024, 2, 29)}),
    ("十二月底前", 2023, {"kind": "deadline", "deadline": dt.date(2023, 12, 31)}),
    ("12月31日之前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("9月中旬", 2023, {"deadline": dt.date(2023, 9, 20)}),
    # "before January 2024" is by the end of 2023 (not a deadline after the year, TIME001's error);
    # with 底, or no year written, January stays January
    ("2024年1月前", 2023, {"kind": "deadline", "op": "≤", "deadline": dt.date(2023, 12, 31)}),
    ("次年1月之前", 2023, {"deadline": dt.date(2023, 12, 31), "year_inferred": False}),
    ("2024年1月底前", 2023, {"deadline": dt.date(2024, 1, 31)}),
    ("1月前", 2023, {"deadline": dt.date(2023, 1, 31), "year_inferred": True}),
    ("2024年6月前", 2023, {"deadline": dt.date(2024, 6, 30)}),
    # a period from one date to another is done by its end (was text: VAL001's error under 时效)
    ("2024年1月1日至2024年11月30日", 2024, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 11, 30)}),
    ("2024年9月1日—11月30日", 2024, {"kind": "deadline", "deadline": dt.date(2024, 11, 30)}),
    ("2024年3月1日-11月30日完成", 2024, {"kind": "deadline", "deadline": dt.date(2024, 11, 30)}),
    ("2024.3-2024.11", 2024, {"kind": "deadline", "deadline": dt.date(2024, 11, 30), "problems": ()}),
    # a span of years, its start a bare year, done by the end of the last (was text: VAL001's error, not
    # TIME001's); a range of figures that happen to look like years stays a range
    ("2025—2027年分批完成", 2025, {"kind": "deadline", "op": "≤", "deadline": dt.date(2027, 12, 31)}),
    ("2025年至2027年逐年实施", 2025, {"kind": "deadline", "deadline": dt.date(2027, 12, 31)}),
    ("2020-2030", None, {"kind": "range"}),
    ("2024年12月-2024年1月", 2024, {"kind": "qualitative"}),  # backwards: no period
    ("95.5-98.5", None, {"kind": "range"}),
    ("2024年年内完成", 2024, {"quality": "whole_year", "deadline": dt.date(2024, 12, 31)}),
    ("全年持续开展", 2024, {"quality": "whole_year", "year_inferred": True}),
    ("每季度末月完成", 2024, {"quality": "recurring"}),
    ("每季度第一个月10日前", 2024, {"quality": "recurring", "op": "≤"}),
    ("每学期", 2024, {"quality": "recurring"}),
    ("常年受理", 2024, {"quality": "whole_year", "deadline": dt.date(2024, 12, 31)}),
    ("全省前10名", None, {"kind": "qualitative", "quality": "graded"}),  # a place in a ranking
    # a level reached by a change, an event's anchor, the period said twice (false VAL001 errors)
    ("缩短至60天以内", None, {"kind": "duration", "op": "≤", "number": D(60), "change": None}),
    ("下降至1%以下", None, {"kind": "rate", "op": "≤", "percent": D(1)}),
    ("提高至95%", None, {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("自交办之日起3个月内", None, {"kind": "duration", "op": "≤", "number": D(3)}),
    ("自受理之日起15个工作日内办结", None, {"kind": "duration", "op": "≤", "number": D(15)}),
    # the sixth audit: a date in brackets alone, opening hours, a rhythm then a date, acceptance passed
    ("（2023年12月31日前）", 2023, {"kind": "deadline", "deadline": dt.date(2023, 12, 31)}),
    ("每周二至周日9:00—17:00", None, {"kind": "duration", "window": (6, 8)}),
    ("周一至周五 8:30-17:30", None, {"kind": "duration", "window": (5, 9)}),
    ("每季度1个，第四季度末前全部完成", 2024, {"kind": "deadline", "deadline": dt.date(2024, 12, 31)}),
    ("验收合格", None, {"kind": "qualitative", "quality": "yesno"}),
    ("完成对接并通过联调测试", None, {"kind": "qualitative", "quality": "yesno"}),
    ("建立并常态化运行", None, {"kind": "qualitative", "quality": "yesno"}),
    ("缩短至60天以内完成", None, {"kind": "duration", "op": "≤", "number": D(60)}),
    ("按季度，每季度末月25日前完成", None, {"quality": "recurring", "op": "≤"}),
    ("每季度结束后20日内", None, {"quality": "recurring", "op": "≤"}),
    ("每季度第二个月底前", None, {"quality": "recurring", "op": "≤"}),
    ("100%复核", None, {"kind": "rate", "percent": D(100)}),
    # steps with dates of their own are done by the last (which TIME001 then checks)
    ("2024年6月底前完成采购，2025年3月底前完成验收", 2024, {"kind": "deadline", "deadline": dt.date(2025, 3, 31)}),
    ("完成采购，2024年底前", 2024, {"kind": "qualitative"}),
    # a step before the year's end: the year's end stands, its year written in the bracket
    ("年内（2024年6月底前完成采购）", 2024, {"deadline": dt.date(2024, 12, 31), "year_inferred": False}),
    ("2024年12月31日前（2025年3月底前完成审计）", 2024, {"deadline": dt.date(2025, 3, 31)}),  # a step after it
    ("完成（2024年12月31日前）", 2024, {"kind": "deadline", "deadline": dt.date(2024, 12, 31)}),
    # a step without its year is in the year of the step before: no guess at the next year
    ("2024年12月底前完成全部任务，6月底前完成过半", 2024, {"deadline": dt.date(2024, 12, 31), "year_inferred": False}),
    ("每2周1次", None, {"kind": "per_unit"}),  # a count per period, not an interval of use
    ("2022.03-2022.11", 2024, {"kind": "deadline", "deadline": dt.date(2022, 11, 30)}),
    ("每5000公里或每6个月1次", None, {"quality": "recurring", "op": None}),  # how often: no day
    ("进入全市前三", None, {"kind": "qualitative", "quality": "graded"}),
    ("位居全省前列", None, {"kind": "qualitative", "quality": "text"}),  # which place is not said
    ("2024年1—11月受理", 2024, {"kind": "deadline", "deadline": dt.date(2024, 11, 30)}),
    # checkable targets from the audit of new sectors that were read as text (VAL013 under 效益)
    ("≤ML1.5", None, {"kind": "number", "op": "≤", "number": D("1.5"), "unit": "级"}),
    ("稳定在62%以上", None, {"kind": "rate", "op": "≥", "percent": D(62)}),
    ("控制在5%以内", None, {"kind": "rate", "op": "≤", "percent": D(5)}),
    ("较近五年均值下降≥20%", None, {"kind": "rate", "op": "≥", "change": "down"}),
    ("较2023年下降5%", None, {"kind": "rate", "change": "down"}),
    ("Ⅲ类及以上", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("汛期前（2024年4月30日前）", 2024, {"kind": "deadline", "op": "≤", "deadline": dt.date(2024, 4, 30)}),
    ("2024年4月30日前(汛期前)", 2024, {"kind": "deadline", "deadline": dt.date(2024, 4, 30)}),
    # a date in brackets makes a year precise; beside vague words it is no target
    ("年内（2025年6月底前完成采购）", 2024, {"kind": "deadline", "deadline": dt.date(2025, 6, 30)}),
    ("次年（3月底前）", 2024, {"kind": "deadline", "deadline": dt.date(2025, 3, 31), "year_inferred": False}),
    ("明显改善（2024年底前）", 2024, {"kind": "qualitative", "quality": "vague"}),
    # January is before the year only when the year written is the next one
    ("2024年1月前", 2024, {"deadline": dt.date(2024, 1, 31)}),
    # a range of figures is no period
    ("1500.5-1800.5", 2024, {"kind": "range"}),
    # more than the figure, loosely: ≥ (VAL005 asks for a precise figure)
    ("5000余人", None, {"kind": "count", "op": "≥", "number": D(5000), "unit": "人", "approx": True}),
    ("100多人", None, {"kind": "count", "op": "≥", "number": D(100), "approx": True}),
    ("3万余人", None, {"kind": "count", "op": "≥", "number": D(30000), "approx": True}),
    ("≤2亿余元", None, {"kind": "money", "op": "≤", "yuan": D(200000000)}),
    ("2023年12月31日前完成", None, {"kind": "deadline", "op": "≤"}),
    ("2023年12月底完成", None, {"kind": "deadline", "op": None, "deadline": dt.date(2023, 12, 31)}),
    ("≤2023年12月31日", None, {"kind": "deadline", "op": "≤"}),
    ("第三季度末前", 2023, {"kind": "deadline", "deadline": dt.date(2023, 9, 30), "year_inferred": True}),
    ("上半年", 2023, {"kind": "deadline", "deadline": dt.date(2023, 6, 30)}),
    ("次年3月底前", 2023, {"kind": "deadline", "deadline": dt.date(2024, 3, 31), "year_inferred": False}),  # told relative to the budget year, not assumed
    ("2023年2月30日", None, {"kind": "deadline", "deadline": None, "problem": "日期无效"}),
    ("2023年", None, {"kind": "deadline", "deadline": dt.date(2023, 12, 31)}),
    # durations, windows, horizons
    ("7×24小时", None, {"kind": "duration", "window": (7, 24), "text": "7*24小时"}),
    ("7x24", None, {"kind": "duration", "window": (7, 24)}),
    ("8*30小时", None, {"kind": "duration", "problem": "服务时段超出 7天×24小时"}),
    ("24小时", None, {"kind": "duration", "number": D(24), "unit": "小时"}),
    ("3个月", None, {"kind": "duration", "number": D(3), "unit": "个月", "horizon_years": None}),
    ("≤5个工作日", None, {"kind": "duration", "op": "≤", "unit": "个工作日"}),
    ("30日内", None, {"kind": "duration", "op": "≤", "unit": "日"}),
    ("2年", None, {"kind": "duration", "horizon_years": 2}),
    ("3年内", None, {"kind": "horizon", "horizon_years": 3, "op": "≤"}),
    ("5年以内", None, {"kind": "horizon", "horizon_years": 5}),
    ("持续", None, {"kind": "horizon", "horizon_years": None}),
    ("长效", None, {"kind": "horizon"}),
    # qualitative
    ("持续改善", None, {"kind": "qualitative", "quality": "vague", "vague_terms": ("持续改善",)}),
    ("进一步提高", None, {"kind": "qualitative", "quality": "vague"}),
    ("明显改善，有效提升", None, {"kind": "qualitative", "quality": "vague", "vague_terms": ("明显改善", "有效提升")}),
    ("较好", None, {"kind": "qualitative", "quality": "vague"}),
    ("服务质量良好", None, {"kind": "qualitative", "quality": "vague", "vague_terms": ("良好",)}),
    ("优", None, {"kind": "qualitative", "quality": "graded", "op": None}),
    ("良", None, {"kind": "qualitative", "quality": "graded"}),
    ("优/良", None, {"kind": "qualitative", "quality": "graded"}),
    # the whole scale, or a pass beside a fail: no grade chosen as the target
    ("优秀、良好、合格", None, {"kind": "qualitative", "quality": "graded"}),  # passing grades only: ≥合格
    ("优秀、良好、合格及以上", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("优/良/中/差", None, {"kind": "qualitative", "quality": "graded", "problem": "列出了整套档次，没有写明目标档次"}),
    ("合格/不合格", None, {"kind": "qualitative", "quality": "graded", "problem": "列出了整套档次，没有写明目标档次"}),
    ("优良中低差", None, {"kind": "qualitative", "quality": "graded", "problem": "列出了整套档次，没有写明目标档次"}),
    # a grade named by its rank; a standard kept or last year's level as the bar
    ("一级", None, {"kind": "qualitative", "quality": "graded"}),
    ("3A级", None, {"kind": "qualitative", "quality": "graded"}),
    ("保持一级馆", None, {"kind": "qualitative", "quality": "graded"}),
    ("保持国家一级图书馆", None, {"kind": "qualitative", "quality": "standard"}),
    ("≥上年", None, {"kind": "qualitative", "quality": "standard"}),
    # a limit counted from an event (the statutory wording), the next month's day, hospital grades
    ("达成赔偿协议后10日内", None, {"kind": "duration", "op": "≤", "number": D(10), "unit": "日"}),
    ("受理后15个工作日内", None, {"kind": "duration", "op": "≤", "number": D(15), "unit": "个工作日"}),
    ("次月5日前", None, {"kind": "qualitative", "quality": "recurring", "op": "≤"}),
    # paid within each month or quarter: a period with no day, as 按月发放 (当月 alone is no deadline)
    ("当月发放", None, {"kind": "qualitative", "quality": "recurring", "op": None}),
    ("当季足额拨付", None, {"kind": "qualitative", "quality": "recurring", "op": None}),
    ("当月完成", None, {"kind": "qualitative", "quality": "text"}),
    ("B+及以上", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("A++", None, {"kind": "qualitative", "quality": "graded"}),
    ("已建立", None, {"kind": "qualitative", "quality": "yesno"}),
    # a mechanism or system set up and working, or not: checkable at the year's end as it stands
    ("建立并有效运行", None, {"kind": "qualitative", "quality": "yesno"}),
    ("正常运行", None, {"kind": "qualitative", "quality": "yesno"}),
    ("建成并投入使用", None, {"kind": "qualitative", "quality": "yesno"}),
    # nothing of the kind the name says happened; the same-day clearing of 环卫
    ("零发生", None, {"kind": "qualitative", "quality": "yesno"}),
    ("未发生", None, {"kind": "qualitative", "quality": "yesno"}),
    ("日产日清", None, {"kind": "duration", "op": "≤", "number": 1, "unit": "日"}),  # within the day, as 当日
    ("良好", None, {"kind": "qualitative", "quality": "graded"}),
    ("良好及以上", None, {"kind": "qualitative", "quality": "graded", "op": "≥"}),
    ("A级", None, {"kind": "qualitative", "quality": "graded"}),
    ("高", None, {"kind": "qualitative", "quality": "graded"}),
    ("是", None, {"kind": "qualitative", "quality": "yesno"}),
    ("否", None, {"kind": "qualitative", "quality": "yesno"}),
    ("无", None, {"kind": "qualitative", "quality": "yesno"}),
    ("达标", None, {"kind": "qualitative", "quality": "yesno"}),
    ("立即办理", None, {"kind": "qualitative", "quality": "immediate"}),
    ("当日办结", None, {"kind": "duration", "op": "≤", "number": Decimal(1), "unit": "日"}),  # within the day
    ("当场办结", None, {"kind": "qualitative", "quality": "immediate"}),
    ("实时监控", None, {"kind": "qualitative", "quality": "immediate"}),
    ("按规定时间", None, {"kind": "qualitative", "quality": "external"}),
    ("按规定标准", None, {"kind": "policy"}),
    ("按照国家政策执行", None, {"kind": "policy"}),
    ("据实结算", None, {"kind": "policy"}),
    ("人才", None, {"kind": "qualitative", "quality": "text"}),
    ("全面完成年度任务", None, {"kind": "qualitative", "quality": "text", "vague_terms": ()}),
    ("开展2次培训", None, {"kind": "qualitative", "quality": "text"}),
    # placeholders
    ("≥**", None, {"kind": "placeholder", "op": "≥", "number": None}),
    ("≥**人次", None, {"kind": "placeholder", "op": "≥", "unit": "人次", "base_kind": "count"}),
    ("≤**%", None, {"kind": "placeholder", "op": "≤", "unit": "%", "base_kind": "rate"}),
    ("**元/人·月", None, {"kind": "placeholder", "unit": "元/人·月", "per": "人·月", "base_kind": "per_unit"}),
    ("**月**日前", 2023, {"kind": "placeholder", "op": "≤", "base_kind": "deadline", "deadline": None}),
    ("XX", None, {"kind": "placeholder", "base_kind": None}),
    ("XX人", None, {"kind": "placeholder", "base_kind": "count"}),
    ("——", None, {"kind": "placeholder"}),
    ("/", None, {"kind": "placeholder"}),
    ("待定", None, {"kind": "placeholder"}),
    ("%", None, {"kind": "placeholder", "base_kind": "rate"}),
    ("年", None, {"kind": "placeholder", "base_kind": "duration", "unit": "年"}),
    ("≥人次", None, {"kind": "placeholder", "op": "≥", "unit": "人次", "base_kind": "count"}),
    # ratios (生师比, 师生比, 杠杆比例): a number a/b with its comparison
    ("≤19:1", None, {"kind": "number", "op": "≤", "number": Decimal("19")}),
    ("不低于1:13.5", None, {"kind": "number", "op": "≥", "number": Decimal("0.0740741")}),
    ("1：10", None, {"kind": "number", "op": None, "number": Decimal("0.1")}),
    ("1比10以上", None, {"kind": "number", "op": "≥", "number": Decimal("0.1")}),
    ("1:30", None, {"kind": "number", "number": Decimal("0.0333333")}),
    # … not a time of day, nor a ratio with nothing to divide by
    ("8:30", None, {"kind": "qualitative"}),
    ("≥8:30", None, {"kind": "qualitative"}),
    ("12:00", None, {"kind": "qualitative"}),
    ("1:0", None, {"kind": "qualitative"}),
    ("1:2:3", None, {"kind": "qualitative"}),
    # empty
    ("", None, {"kind": "empty"}),
    ("   ", None, {"kind": "empty"}),
    ("\u3000\n", None, {"kind": "empty"}),
    ("。", None, {"kind": "empty"}),
]


@pytest.mark.parametrize(("text", "year", "expected"), FORMS, ids=[f[0] or "<empty>" for f in FORMS])
def test_form(text: str, year: int | None, expected: dict[str, Any]) -> None:
    parsed = parse_value(text, budget_year=year)
    for name, value in expected.items():
        assert getattr(parsed, name) == value, (name, parsed)
    assert parsed.kind in KINDS
    assert parsed.op is None or parsed.op in OPS
    if "problem" not in expected:
        assert parsed.problem is None, parsed


def test_none_is_empty() -> None:
    parsed = parse_value(None)
    assert parsed.kind == "empty" and parsed.raw == "" and parsed.to_json()["kind"] == "empty"


def test_non_string_input_does_not_raise() -> None:
    assert parse_value(95).kind == "number"  # type: ignore[arg-type]
    assert parse_value("≥95%", budget_year="2023").percent == D(95)  # type: ignore[arg-type]


def test_parsed_value_is_frozen_and_cached() -> None:
    first = parse_value("≥95%")
    assert parse_value("≥95%") is first
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.op = "≤"  # type: ignore[misc]
    assert not hasattr(first, "__dict__")  # slots
    # the budget year is part of the cache key
    assert parse_value("12月底前", budget_year=2023).deadline != parse_value("12月底前", budget_year=2024).deadline


def test_to_json_keys() -> None:
    assert parse_value("≥200人").to_json() == {"kind": "count", "op": "≥", "number": "200", "unit": "人"}
    assert parse_value("有效提升").to_json() == {
        "kind": "qualitative",
        "op": None,
        "number": None,
        "unit": None,
        "quality": "vague",
        "vague_terms": ["有效提升"],
    }
    assert parse_value("1,600,000.00元").to_json()["number"] == "1600000"
    assert parse_value("0.50元").to_json()["number"] == "0.5"
    assert parse_value("≥1E5人").kind == "qualitative"  # no scientific notation in tables
    range_json = parse_value("90%-95%").to_json()
    assert range_json["low"] == "90" and range_json["high"] == "95" and range_json["base_kind"] == "rate"
    assert parse_value("12月底前").to_json()["deadline"] is None


# --------------------------------------------------------------------------------------------
# figures written loosely: completion words, misplaced separators, Chinese numerals

LOOSE: list[tuple[str, dict[str, Any]]] = [
    # a completion word after the figure, or the figure in brackets after one
    ("100%完成", {"kind": "rate", "op": None, "percent": D(100), "unit": "%", "text": "100%完成"}),
    ("100%达标", {"kind": "rate", "op": None, "percent": D(100)}),
    ("≥95%合格", {"kind": "rate", "op": "≥", "percent": D(95), "unit": "%"}),
    ("95%以上合格", {"kind": "rate", "op": "≥", "percent": D(95)}),
    ("全部完成（100%）", {"kind": "rate", "op": None, "percent": D(100), "text": "全部完成(100%)"}),
    ("≥2000人次完成", {"kind": "count", "op": "≥", "number": D(2000), "unit": "人次"}),
    ("100人完成", {"kind": "count", "number": D(100), "unit": "人"}),  # not the unit "人完成"
    ("3年内完成", {"kind": "horizon", "op": "≤", "horizon_years": 3}),
    ("90%-95%完成", {"kind": "range", "low": D(90), "high": D(95), "base_kind": "rate"}),
    # 约 and 左右 stay approximations (VAL005 reports them)
    ("约100%完成", {"kind": "rate", "op": "≈", "approx": True, "percent": D(100)}),
    ("1200人左右完成", {"kind": "count", "op": "≈", "approx": True, "number": D(1200)}),
    # separators: misplaced ones are read as the digits written, with a problem
    ("1,0000元", {"kind": "money", "number": D(10000), "unit": "元", "yuan": D(10000), "problem": "千分位分隔符位置不规范"}),
    ("10,00人", {"kind": "count", "number": D(1000), "unit": "人", "problem": "千分位分隔符位置不规范"}),
    ("≥1,0000万元", {"kind": "money", "op": "≥", "yuan": D(100000000), "problem": "千分位分隔符位置不规范"}),
    ("1,0000-2,0000元", {"kind": "range", "low": D(10000), "high": D(20000), "problem": "千分位分隔符位置不规范"}),
    # Chinese numerals before a unit of the lexicon, or after an operator
    ("三十人", {"kind": "count", "op": None, "number": D(30), "unit": "人", "text": "三十人"}),
    ("五项", {"kind": "count", "number": D(5), "unit": "项"}),
    ("十二个月", {"kind": "duration", "number": D(12), "unit": "个月"}),
    ("两个", {"kind": "count", "number": D(2), "unit": "个"}),
    ("不少于三次", {"kind": "count", "op": "≥", "number": D(3), "unit": "次"}),
    ("≥二十万元", {"kind": "money", "op": "≥", "number": D(20), "unit": "万元", "yuan": D(200000)}),
    ("≥两万人", {"kind": "count", "op": "≥", "number": D(20000), "unit": "人"}),
    ("一百二十场", {"kind": "count", "number": D(120), "unit": "场"}),
    ("三千五百册", {"kind": "count", "number": D(3500), "unit": "册"}),
    ("一百零五户", {"kind": "count", "number": D(105), "unit": "户"}),
    ("一万五千元", {"kind": "money", "yuan": D(15000)}),
    ("一万五人次", {"kind": "count", "number": D(15000), "unit": "人次"}),  # spoken shorthand
    ("一亿二千万元", {"kind": "money", "yuan": D(120000000)}),
    ("十万元", {"kind": "money", "yuan": D(100000)}),  # no longer a unit waiting for its number
    ("累计三十人以上", {"kind": "count", "op": "≥", "number": D(30)}),
    ("五项左右", {"kind": "count", "op": "≈", "approx": True, "number": D(5)}),
    ("三至五人", {"kind": "range", "low": D(3), "high": D(5), "unit": "人"}),
    ("每人每月二百元", {"kind": "per_unit", "yuan": D(200), "per": "人/月"}),
    ("每年一次", {"kind": "per_unit", "number": D(1), "unit": "次/年"}),
    ("三年内", {"kind": "horizon", "op": "≤", "horizon_years": 3}),
    ("≥五", {"kind": "number", "op": "≥", "number": D(5), "unit": None}),
    ("零起", {"kind": "count", "number": D(0), "unit": "起"}),
]


@pytest.mark.parametrize(("text", "expected"), LOOSE, ids=[f[0] for f in LOOSE])
def test_loose_form(text: str, expected: dict[str, Any]) -> None:
    parsed = parse_value(text, budget_year=2023)
    for name, value in expected.items():
        assert getattr(parsed, name) == value, (name, parsed)
    if "problem" not in expected:
        assert parsed.problem is None, parsed


# Each pair: words that must stay text, and the nearest form that is a figure. The second half
# shows the boundary is where it should be, not that nothing is read at all.
NOT_FIGURES = [
    ("一流", "一人"),
    ("一般", "一批"),
    ("万无一失", "一万人"),
    ("三公经费", "三公里"),
    ("一次性", "一次"),
    ("一次办结", "100%办结"),
    ("达到一个新台阶", "达到一个"),
    ("一户一档", "一户"),
    ("三五人", "三十五人"),  # "three or five", not 35
    ("≥五个村", "≥五个"),  # a counting unit with a noun after it only after digits
    ("进一步提高", "一倍"),
    ("按时完成", "全部完成(100%)"),
    ("全面完成年度任务", "全面完成(100%)"),
    ("资金100%到位", "100%到位"),  # a noun in front is the name's job, not the value's
    ("零", "零起"),
    ("99,50%", "99,50人"),  # a decimal comma, not 9950 %
    ("2023,12,31", "2023,12,31元"),  # without a unit the digits could be anything
]


@pytest.mark.parametrize(("text", "figure"), NOT_FIGURES, ids=[f[0] for f in NOT_FIGURES])
def test_words_with_numerals_stay_text(text: str, figure: str) -> None:
    parsed = parse_value(text, budget_year=2023)
    assert parsed.kind == "qualitative" and parsed.number is None, parsed
    assert parse_value(figure, budget_year=2023).kind not in ("qualitative", "placeholder"), figure


@pytest.mark.parametrize("written, read_as", [
    ("二〇二三年十二月底前", "2023年12月底前"),  # a year in Chinese digits
    ("二〇二三年", "2023年"),
    ("不少于百分之九十五", "不少于95%"),      # a percentage in words
    ("百分之九十", "90%"), ("百分之百", "100%"),
    ("2023年1-12月", "2023年12月底前"),       # a period of months: done by the end of the last
    ("2023年6月-12月", "2023年12月底前"),
    ("≥90%且≤95%", "90%-95%"),               # a range written as two bounds
])
def test_other_ways_of_writing_a_figure_read_as_the_usual_form(written: str, read_as: str) -> None:
    a, b = parse_value(written, budget_year=2023).to_json(), parse_value(read_as, budget_year=2023).to_json()
    assert a == b and a["kind"] != "qualitative", (written, a)
    assert parse_value(written, budget_year=2023).text == written  # shown as written
    assert parse_value("2023年12-1月", budget_year=2023).kind == "qualitative"  # months backwards: not a period
    assert parse_value("3-6月", budget_year=2023).kind == "qualitative"  # no year: as often a duration
    assert parse_value(">90%,<95%").kind == "qualitative"  # strict bounds are not a range's


def test_loose_figures_read_like_the_exact_ones() -> None:
    """A repaired value is the exact one with the text as written, so rules see the same figure."""
    for loose, exact in (("≥95%合格", "≥95%"), ("不少于三次", "不少于3次"), ("≥二十万元", "≥20万元"),
                         ("1,0000元", "10000元")):
        a, b = parse_value(loose).to_json(), parse_value(exact).to_json()
        a.pop("problem", None)
        a.pop("problems", None)
        assert a == b, (loose, exact)
    assert parse_value("≥95%合格").text == "≥95%合格"


def test_chinese_numerals_in_dates() -> None:
    assert parse_value("十二月三十一日前", budget_year=2023).deadline == dt.date(2023, 12, 31)
    # one numeral reader for dates and amounts: 一二 is "one or two", not twelve
    assert parse_value("一二月底前", budget_year=2023).problem == "日期无效"


def test_show_reads_loose_figures_in_chinese() -> None:
    from ggtlint.show import reading_zh

    assert reading_zh(parse_value("不少于三次").to_json()) == "≥ 3 次"
    assert reading_zh(parse_value("≥二十万元").to_json()) == "≥ 20 万元（200000 元）"
    assert reading_zh(parse_value("1,0000元").to_json()) == "10000 元；千分位分隔符位置不规范"
    assert reading_zh(parse_value("2023年2月30日").to_json()) == "日期无效"


@pytest.mark.parametrize(("text", "zh", "en"), [
    ("≥4115人", "≥ 4115 人", "≥ 4115 人"),
    ("＝164.6万元", "= 164.6 万元（1646000 元）", "= 164.6 万元 (1646000 元)"),
    ("50元/人", "50 元/人", "50 元/人"),  # already in 元: no second figure
    ("1万元/人", "1 万元/人（10000 元/人）", "1 万元/人 (10000 元/人)"),
    ("12月底前", "截止 2023-12-31（年份按预算年度推定）", "by 2023-12-31 (year taken from the budget year)"),
    ("90%-95%", "90 至 95%", "90 to 95%"),
    ("7*24小时", "每周 7 天、每天 24 小时", "7 days a week, 24 hours a day"),
    ("即时办理", "即时类时限", "immediate deadline"),
    ("法院规定时间内", "外部规定的时限", "deadline set by others"),
    ("有效提升", "模糊表述：有效提升", "vague wording: 有效提升"),
    ("≥10个以下", "≥ 10 个；比较符前后矛盾：≥…以下", "≥ 10 个; contradicting comparisons: ≥…以下"),
    ("2,0000-1,0000元", "20000 至 10000元；区间下限大于上限；千分位分隔符位置不规范",
     "20000 to 10000元; the lower end is above the upper end; misplaced thousands separators"),
])
def test_show_reads_values_in_words(text: str, zh: str, en: str) -> None:
    """``ggtlint show`` tells each reading in words, in either language, never as field names."""
    from ggtlint.show import reading

    parsed = parse_value(text, budget_year=2023).to_json()
    assert (reading(parsed, "zh"), reading(parsed, "en")) == (zh, en)


def test_show_has_words_for_every_kind_and_problem() -> None:
    from ggtlint.values.parse import INTERNAL_ERROR, KIND_WORDS, PROBLEM_WORDS, PROBLEMS

    assert set(KIND_WORDS) == set(KINDS)
    assert set(PROBLEM_WORDS) == {*PROBLEMS, INTERNAL_ERROR}
    assert all(zh and en and not re.search("[A-Za-z]", zh)
               for code, (zh, en) in PROBLEM_WORDS.items() if code != INTERNAL_ERROR)


def test_problems_are_codes_with_details_told_in_both_languages() -> None:
    from ggtlint.show import reading
    from ggtlint.values.parse import CONTRADICTING_OPS, MISPLACED_SEPARATOR, REVERSED_RANGE, problem_words

    contradiction = parse_value("不少于10人以下")
    assert contradiction.problems == ((CONTRADICTING_OPS, "不少于…以下"),)
    assert contradiction.problem == "比较符前后矛盾：不少于…以下"
    both = parse_value("2,0000-1,0000元")
    assert both.problems == ((REVERSED_RANGE, ""), (MISPLACED_SEPARATOR, ""))
    assert problem_words(both.problems, "en") == "the lower end is above the upper end; misplaced thousands separators"
    assert reading(both.to_json(), "zh").endswith("；区间下限大于上限；千分位分隔符位置不规范")
    assert both.to_json()["problems"] == [{"code": "reversed_range", "detail": ""}, {"code": "separator", "detail": ""}]
    assert parse_value("≥200人").problems == () and parse_value("≥200人").problem is None


@pytest.mark.parametrize("text, figure", [
    ("资助三十名学生", True), ("建设两个中心", True), ("培训五百人次", True), ("投入二十万元", True),
    ("用时三个月", True), ("合格率达百分之九十", True), ("开展一场培训", True), ("帮助十户家庭", True),
    # words, not quantities: a numeral before no listed unit, 性 after it, a unit of no quantity,
    # a bare 一 before a unit that mostly makes a word
    ("一次性补助", False), ("三支一扶人员", False), ("一方面加强", False), ("一起推进", False),
    ("十分重要", False), ("一级指标", False), ("五星服务", False), ("一批项目", False), ("三公经费", False),
    ("万无一失", False), ("二〇二三年", False), ("委托第三方开展评估", False),  # 第: an ordinal
])
def test_a_figure_in_chinese_numerals_inside_prose(text: str, figure: bool) -> None:
    from ggtlint.values.parse import has_cn_figure

    assert has_cn_figure(text) is figure


# --------------------------------------------------------------------------------------------
# normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("＝164.6万元", "=164.6万元"),
        ("≧95%", "≥95%"),
        ("≦5%", "≤5%"),
        ("＞＝95％", "≥95%"),
        (">=95", "≥95"),
        ("=>95", "≥95"),
        ("≥=95", "≥95"),
        ("==95", "=95"),
        ("<>5", "<>5"),
        ("１２３，４５６．７８", "123,456.78"),
        ("（含）", "(含)"),
        ("家庭经 济", "家庭经济"),
        ("家庭经\u3000济", "家庭经济"),
        ("95\u00a0%", "95%"),
        ("成果显著 ", "成果显著"),
        ("有效提升。", "有效提升"),
        ("≥95%；", "≥95%"),
        ("≥95%，", "≥95%"),
        ("7×24小时", "7*24小时"),
        ("7 x 24小时", "7*24小时"),
        ("7*24小时", "7*24小时"),
        ("≥**", "≥**"),
        ("ＸＸ", "XX"),
        ("N A", "N A"),
        ("人\u200b数", "人数"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert normalize(expected) == expected


# --------------------------------------------------------------------------------------------
# name hints


@pytest.mark.parametrize(
    ("name", "expects", "people", "negative", "matched"),
    [
        ("满意度", "rate", False, False, "满意度"),
        ("家长满意度", "rate", False, False, "满意度"),
        ("受助学生人数", "count", True, False, "人数"),
        ("公务员考试报名人数", "count", True, False, "人数"),
        ("完成时间", "deadline", False, False, "完成时间"),
        ("完成时限", "deadline", False, False, "时限"),
        ("工作经费", "money", False, False, "经费"),
        ("考务费", "money", False, False, "费"),
        ("资助补助资金", "money", False, False, "资金"),
        ("补贴标准", "per_unit", False, False, "补贴标准"),
        ("职业培训补贴标准", "per_unit", False, False, "补贴标准"),
        ("失业率", "rate", False, True, "率"),
        ("年末城镇调查失业率", "rate", False, True, "率"),
        ("就业率", "rate", False, False, "率"),
        ("补助资金发放时间", "deadline", False, False, "时间"),
        ("资金在规定时间内下达率", "rate", False, False, "率"),
        ("贷款贴息款损失率", "rate", False, True, "率"),
        ("3年内因就业问题发生重大群体性事件数", "count", False, True, "件数"),
        ("新招募“三支一扶”人员人数达招募计\n划数", "count", True, False, "数"),
        ("参加人才博览会现场人才引聘企事业单位个数", "count", False, False, "个数"),
        ("项目或定额成本控制率", "rate", False, False, "率"),
        ("投诉处理率", "rate", False, False, "率"),
        ("投诉件数", "count", False, True, "件数"),
        # the bad thing at the name's end, before its measure word, after an acting word (培训, 监测)
        ("培训期间安全事故发生数", "count", False, True, "数"),
        ("监测超标天数", "count", False, True, "数"),
        ("受理投诉举报件数", "count", False, False, "件数"),
        ("修复时限", "deadline", False, True, "时限"),  # 修复 is part of the reverse term
        ("培训期间安全事故次数", "count", False, True, "次数"),  # an incident counted, after an acting word
        ("检测超标次数", "count", False, True, "次数"),
        ("维修故障次数", "count", False, False, "次数"),
        # the act done badly: the handling rate right after the manner word is the bad rate
        ("超时办结率", "rate", False, True, "率"),
        ("逾期整改率", "rate", False, True, "率"),
        ("未按期完成率", "rate", False, True, "率"),
        ("逾期贷款清收率", "rate", False, False, "率"),  # 逾期 names the loans acted on
        ("按时办结率", "rate", False, False, "率"),
        # an amount cut is more-is-better, whatever the name ends in; acting on an event is no event
        ("减少二氧化碳排放量", None, False, False, None),
        ("二氧化硫减排量", None, False, False, None),
        ("参与突发事件应急救护保障", None, False, False, None),
        ("系统平均无故障运行时间", "deadline", False, False, "时间"),
        ("资助补助按规定及时发放", None, False, False, None),
        ("上网行为管理", None, False, False, None),
        ("服务时间", "deadline", False, False, "时间"),
        ("就业见习补贴人数", "count", True, False, "人数"),
        ("服务人次", "count", True, False, "人次"),
        ("执法文书规范率", "rate", False, False, "率"),
        ("其他费用支出", "money", False, False, "支出"),
    ],
)
def test_name_hint(name: str, expects: str | None, people: bool, negative: bool, matched: str | None) -> None:
    assert name_hint(name) == NameHint(expects=expects, people=people, negative=negative, matched=matched)


# --------------------------------------------------------------------------------------------
# lexicon


def test_builtin_lexicon_is_cached_and_complete() -> None:
    lex = load_lexicon()
    assert load_lexicon() is lex
    assert isinstance(lex, Lexicon)
    assert "有效提升" in lex.vague_terms
    assert lex.units["万元"].kind == "money" and lex.units["万元"].to_yuan == D(10000)
    assert lex.level2_aliases["服务对像满意度"] == "服务对象满意度指标"
    assert lex.category_typos["服务对像满意度"] == "服务对象满意度指标"
    assert lex.level2_aliases["数量"] == "数量指标"
    assert lex.level2_aliases["环境效益指标"] == "生态效益指标"
    assert lex.level2_aliases["社会公众或服务对象满意度指标"] == "服务对象满意度指标"
    assert lex.level1_aliases["产出"] == "产出指标"
    assert lex.level2_parents["成本指标"] == {"legacy": ("产出指标",), "fw2021": ("成本指标",)}
    assert "效益指标" in lex.level2_parents["服务对象满意度指标"]["legacy"]


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_lexicon_extends_lists(tmp_path: Path) -> None:
    _write(tmp_path, "vague-terms.yaml", "terms: [稳中有进]\n")
    _write(tmp_path, "units.yaml", "quantity: [人天]\nmoney: {分钱: 0.01}\n")
    _write(tmp_path, "name-hints.yaml", "suffix:\n  - kind: rate\n    words: [达成度]\n")
    lex = load_lexicon([tmp_path])
    assert lex is not load_lexicon()
    assert "稳中有进" in lex.vague_terms and "有效提升" in lex.vague_terms
    assert parse_value("稳中有进", lexicon=lex).quality == "vague"
    assert parse_value("稳中有进").quality == "text"  # the built-in lexicon is unchanged
    assert parse_value("≥30人天", lexicon=lex).kind == "count"
    assert parse_value("50分钱", lexicon=lex).yuan == D("0.50")
    assert name_hint("目标达成度", lex).expects == "rate"
    assert name_hint("目标达成度").expects is None
    # the user's words join the existing rule: its place in the order is kept
    rate_rules = [r for r in lex.hint_rules if r.match == "suffix" and r.kind == "rate"]
    assert len(rate_rules) == 1 and "达成度" in rate_rules[0].words


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [
        ("vague-terms.yaml", "terms: [a, [b]]\n", "terms[1]"),
        ("vague-terms.yaml", "term: [a]\n", "未知字段 'term'"),
        ("vague-terms.yaml", "terms: [a\n", "YAML"),
        ("placeholders.yaml", "terms: [null]\n", "terms[0]"),
        ("placeholders.yaml", "patterns: ['(']\n", "正则表达式无效"),
        ("units.yaml", "money: {元: zero}\n", "应为正数"),
        ("units.yaml", "quantity: [万元]\n", "同时出现在"),
        ("units.yaml", "time: {旬: decade}\n", "旬"),
        ("name-hints.yaml", "suffix:\n  - kind: colour\n    words: [色]\n", "kind"),
        ("category-aliases.yaml", "level2:\n  新指标:\n    aliases: [新]\n", "缺少 parent"),
        ("category-aliases.yaml", "level2:\n  新指标:\n    parent: 不存在指标\n", "不存在指标"),
        ("category-aliases.yaml", "level2:\n  新指标:\n    parent: 产出指标\n    aliases: [数量]\n", "同时指向"),
        ("colours.yaml", "terms: [红]\n", "未知的词表文件名"),
        ("yesno-terms.yaml", "yes: [是]\n", "未知字段 True"),
    ],
)
def test_broken_lexicon_names_the_file(tmp_path: Path, name: str, text: str, fragment: str) -> None:
    _write(tmp_path, name, text)
    with pytest.raises(LexiconError) as info:
        load_lexicon([tmp_path])
    assert name in str(info.value)
    assert fragment in str(info.value)
    assert info.value.path.name == name


def test_missing_lexicon_folder(tmp_path: Path) -> None:
    with pytest.raises(LexiconError):
        load_lexicon([tmp_path / "nope"])


def test_no_word_lists_in_code() -> None:
    """The word lists are data: no vague term or unit list is spelled out in the Python code."""
    source = "".join(
        p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[1] / "src/ggtlint/values").glob("*.py")
    )
    for word in ("有效提升", "明显推动", "即时办理", "法院规定", "长期", "人次", "万元", "损失率", "服务对像"):
        assert f'"{word}"' not in source, word


def test_parsed_value_fields() -> None:
    names = {f.name for f in dataclasses.fields(ParsedValue)}
    assert {
        "raw", "text", "kind", "op", "number", "unit", "yuan", "per", "percent", "low", "high",
        "deadline", "year_inferred", "horizon_years", "quality", "vague_terms", "approx",
    } <= names


def test_every_problem_the_parser_notes_is_reported_by_val012(engine) -> None:  # type: ignore[no-untyped-def]
    """Each ``ParsedValue.problem`` is a VAL012 variant; a misplaced separator is only a warning, a bound
    said twice a notice; a value with two problems gets both."""
    from ggtlint.load import load_text
    from ggtlint.primitives import value_problem
    from ggtlint.values.parse import PROBLEMS

    # variant -> a value with that problem, and words of the variant's message
    examples = {"invalid_date": ("2023年2月30日前", "日期不存在"), "reversed_range": ("95%-90%", "下限大于上限"),
                "contradicting_ops": ("≥10个以下", "意思相反（≥…以下）"), "window": ("7*25小时", "服务时段"),
                "separator": ("≥1,0000人", "千分位分隔符"), "scale": ("优/良/中/差", "整套档次"),
                "two_targets": ("≥200人，≥300人次", "两个目标（另一个是“≥300人次”）"),
                "doubled_ops": ("≥98%以上", "同一个界限写了两遍（≥…以上）")}
    assert set(examples) == set(value_problem._LEVELS) == set(PROBLEMS)
    for variant, (value, _) in examples.items():
        assert [code for code, _ in parse_value(value, budget_year=2023).problems] == [variant], value
    values = [value for value, _ in examples.values()] + ["2,0000-1,0000元"]
    rows = "".join(f"      - name: 指标{index}\n        value: \"{value}\"\n" for index, value in enumerate(values))
    text = ("project: {name: 测试项目, year: 2023}\nfunds: {total: 1}\ngoal: 测试\n"
            f"indicators:\n  产出指标:\n    数量指标:\n{rows}")
    found = [f for f in engine.check_source(load_text(text, "t.yaml")).findings if f.rule_id == "VAL012"]
    assert [f.value.split("\x1f")[1] for f in found] == values + ["2,0000-1,0000元"]
    assert [f.severity.value for f in found] == ["error"] * 4 + ["warning", "warning", "warning", "info", "error", "warning"]
    words = [words for _, words in examples.values()] + ["下限大于上限", "千分位分隔符"]
    assert all(word in f.message_zh for word, f in zip(words, found)), [f.message_zh for f in found]


@pytest.mark.parametrize("number, text", [
    ("1646000.0", "1646000"), ("1.50", "1.5"), ("1E+3", "1000"), ("-0.00", "0"), ("0.000100", "0.0001"),
    ("123456789012345678901234567890.10", "123456789012345678901234567890.1"),  # past the default 28 digits
])
def test_decimal_text_is_one_canonical_spelling(number: str, text: str) -> None:
    from ggtlint.values import decimal_text

    assert decimal_text(Decimal(number)) == text


def test_a_date_that_cannot_be_read_is_told_once_in_words(engine) -> None:  # type: ignore[no-untyped-def]
    """"2月30日前" and "一二月底前" (one or two?): VAL012 says the date cannot be a deadline; TIME003
    does not also say it was "read as the budget year (…)" with nothing in the brackets."""
    from ggtlint.load import load_text

    text = ("project: {name: 测试项目, year: 2023}\nfunds: {total: 1}\ngoal: 测试\n"
            "indicators:\n  产出指标:\n    时效指标:\n"
            "      - {name: 完成时间, value: 2月30日前}\n      - {name: 发放时间, value: 一二月底前}\n"
            "      - {name: 验收时间, value: 12月底前}\n")
    found = [(f.rule_id, f.message_zh) for f in engine.check_source(load_text(text, "t.yaml")).findings
             if f.rule_id in ("VAL012", "TIME003")]
    assert [rule for rule, _ in found] == ["VAL012", "VAL012", "TIME003"]
    assert "“一二月底前”中的日期不存在或读不出是哪一天" in found[1][1]
    assert found[2][1] == "“验收时间”的“12月底前”没有写年份，按预算年度 2023 年理解（2023年12月31日）。"


@pytest.mark.parametrize("text,quality", [
    # a verb of reaching, then at once a named standard or class
    ("达到《城镇污水处理厂污染物排放标准》一级A标准", "standard"), ("污水处理厂出水水质稳定达到一级A标准", "standard"),
    ("达到国家4A级旅游景区标准", "standard"), ("达到当地抗震设防烈度要求", "standard"), ("水质达到Ⅲ类", "standard"),
    # a level of administration or a year is no class; vague wording stays vague beside a standard
    ("及时下达到各二级预算单位", "vague"), ("满足县乡村三级医疗服务需求", "text"), ("通过省市县三级联审", "text"),
    ("符合条件的2023级新生全部资助", "text"), ("达到二级标准，明显改善", "vague"),
    # none happened — but 无死角, 无条件, 零容忍 are ways of acting
    ("无重大安全事故", "yesno"), ("全年无重大安全事故发生", "yesno"), ("安全事故零发生", "yesno"),
    ("无死角排查安全隐患", "text"), ("无条件受理群众投诉", "text"), ("零容忍查处违纪违法案件", "text"),
    # the whole year, a recurring deadline
    ("全年", "whole_year"), ("2023年全年完成", "whole_year"), ("按月足额发放", "recurring"),
])
def test_qualitative_classes_of_other_sectors(text: str, quality: str) -> None:
    assert parse_value(text, budget_year=2023).quality == quality


@pytest.mark.parametrize("name,negative", [
    ("淘汰高能耗设备数量", False), ("防止返贫监测帮扶户数", False), ("撂荒地复耕面积", False),
    ("火灾扑救成功率", False), ("拆除违法建筑面积", False), ("违法案件查处数", False), ("投诉处理率", False),
    ("交通秩序整治期间交通事故发生率", True), ("隐患排查后安全事故发生率", True), ("群众投诉件数", True),
    ("重污染天数", True), ("电信网络诈骗案件发案数", True), ("城镇登记失业率", True),
])
def test_reverse_indicators_acting_on_a_bad_thing_is_not_one(name: str, negative: bool) -> None:
    """Acting on the bad thing (查处, 淘汰, 防止) is more-is-better, unless the name ends in the
    bad thing's own measure after it (整治期间交通事故发生率)."""
    from ggtlint.values import name_hint

    assert name_hint(name).negative is negative


@pytest.mark.parametrize("name,truncated", [
    ("下一代防火", True), ("网络设备升级：核心交换", True), ("实现了事业单位人事管理的全业务、全过", True),
    ("森林防火", False), ("医疗服务", False), ("政务数据交换", False), ("公共就业服务", False),
])
def test_a_cut_equipment_name_only_where_the_name_is_about_equipment(engine, name: str, truncated: bool) -> None:
    """REL007 took 森林防火 for a cut 防火墙 and 医疗服务 for a cut 服务器."""
    from ggtlint.load import load_text

    from conftest import SEED_DIR

    text = (SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8")
    assert "      - name: 就业见习补贴人数\n" in text  # else nothing below would be tested
    text = text.replace("      - name: 就业见习补贴人数\n", f"      - name: {name}\n")
    found = [f for f in engine.check_source(load_text(text, "t04.yaml")).findings
             if f.rule_id == "REL007" and "截断" in f.message_zh]
    assert bool(found) is truncated, found


@pytest.mark.parametrize("text,kind,number,unit", [
    ("≥2万卷", "count", 20000, "卷"), ("≥20万页", "count", 200000, "页"), ("≥6000㎡", "count", 6000, "㎡"),
    ("≤30秒", "number", 30, "秒"), ("≤8等", "number", 8, "等"), ("较上年下降≥5%", "rate", 5, "%"),
    ("≤15/10万活产", "rate", 15, "/十万"),
    # the measure named again before its target, as VAL001's own suggestion writes it
    ("合格率 ≥95%", "rate", 95, "%"), ("达标率≥90%", "rate", 90, "%"), ("社会就业率提高 ≥2个百分点", "rate", 2, "个百分点"),
    ("培训人数达到200人", "count", 200, "人"), ("验收合格率不低于 98%", "rate", 98, "%"),
])
def test_units_and_forms_of_more_sectors(text: str, kind: str, number: int, unit: str) -> None:
    parsed = parse_value(text, budget_year=2023)
    assert (parsed.kind, parsed.number, parsed.unit) == (kind, Decimal(number), unit)


def test_malformed_signs_and_quarters_are_problems_not_words() -> None:
    """≥≤3000吨 (two opposite signs) and 2025年第五季度前 (no such quarter) are read and told as
    malformed (VAL012), not as words (VAL001); one sign, or quarter four, stays well formed."""
    from ggtlint.values.parse import CONTRADICTING_OPS, INVALID_DATE

    signs = parse_value("≥≤3000吨")
    assert (signs.kind, signs.op, signs.number, signs.unit) == ("count", "≥", 3000, "吨")
    assert signs.problems == ((CONTRADICTING_OPS, "≥≤"),)
    assert parse_value("≤≥95%").problems == ((CONTRADICTING_OPS, "≤≥"),)
    assert parse_value("2025年第五季度前", budget_year=2025).problems == ((INVALID_DATE, ""),)
    assert parse_value("2025年第5季度末", budget_year=2025).problems == ((INVALID_DATE, ""),)
    for fine in ("≥3000吨", ">=3000吨", "2025年第四季度前", "前四季度", "4个季度"):
        assert parse_value(fine, budget_year=2025).problems == (), fine
    assert parse_value("2025年第五批次完成").kind == "qualitative"  # no quarter named

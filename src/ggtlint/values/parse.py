"""The 指标值 (target value) parser: text as written → :class:`ParsedValue`.

It knows the value forms of real tables (see the domain reference, §3): operator + number + unit
(``≥200人``, ``＝164.6万元``, ``≧95%``, ``1200元左右``), per-unit amounts (``50元/人``), ranges
(``90%-95%``), dates (``2023年12月31日前``, ``12月底前``), durations and service windows (``1年``,
``7*24小时``), horizons (``3年内``, ``长期``), policy references, placeholders and qualitative text
(vague, graded, yes/no, immediate, external). Figures written loosely are read too: with a
completion word (``100%完成``), in Chinese numerals (``不少于三次``, ``十余人``), after the name of what
is measured (``带动就业≥200人``, ``更新周期不超过3年``) or with misplaced separators (``1,0000元``,
reported as a problem). It contains no rule logic: it only says what a value is.
Word lists come from the lexicon (:mod:`ggtlint.values.lexicon`); the grammar (operators, number
and date shapes) is here.

``parse_value`` never raises; results are immutable and cached per lexicon.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, replace
from decimal import Context, Decimal
from functools import lru_cache, partial
from typing import Any, Callable, Iterable

from .lexicon import ONE, Lexicon, UnitInfo, default_lexicon
from .normalize import EXACT, decimal_text, normalize
from ..lazyregex import lazy_pattern
from ..regexsafety import search as _capped_search

__all__ = ["KINDS", "KIND_WORDS", "OPS", "THIS_YEAR", "ParsedValue", "names_its_measure", "parse_value"]

#: Every value kind the parser reports.
KINDS = (
    "count",
    "rate",
    "money",
    "deadline",
    "duration",
    "per_unit",
    "range",
    "qualitative",
    "policy",
    "horizon",
    "empty",
    "placeholder",
    "number",
)
#: Each kind in a budget officer's words, (zh, en): for rule messages and ``ggtlint show``.
KIND_WORDS = {
    "count": ("数量", "count"), "rate": ("比率", "rate"), "money": ("金额", "amount"),
    "deadline": ("时限", "deadline"), "duration": ("时长", "duration"), "per_unit": ("单价/标准", "per-unit standard"),
    "range": ("区间", "range"), "qualitative": ("文字描述", "text"), "policy": ("政策依据", "policy reference"),
    "horizon": ("长期表述", "long term"), "empty": ("空", "empty"), "placeholder": ("未填（占位）", "not filled in (placeholder)"),
    "number": ("数值", "number"),
}
#: Every operator the parser reports.
OPS = ("≥", "≤", "=", ">", "<", "≈")
#: The operators of a floor (at least) and of a ceiling (at most: it promises nothing above it).
FLOOR_OPS = ("≥", ">")
CEILING_OPS = ("≤", "<")

_CACHE_SIZE = 1 << 11
_MAX_NUMERIC_LEN = 80  # longer values are prose; skip the numeric grammars (and their backtracking)

# What can be wrong with a value that was still read: codes in ``ParsedValue.problems``, each with
# a detail (the words of CONTRADICTING_OPS and DOUBLED_OPS). The value-problem primitive (VAL012)
# reports each code as the variant of that name.
INVALID_DATE = "invalid_date"
REVERSED_RANGE = "reversed_range"
CONTRADICTING_OPS = "contradicting_ops"
WINDOW_TOO_LONG = "window"
MISPLACED_SEPARATOR = "separator"
GRADE_SCALE = "scale"  # 优/良/中/差: the whole scale, no grade chosen as the target
TWO_TARGETS = "two_targets"  # ≥200人，≥300人次: two targets in one cell, the first read
DOUBLED_OPS = "doubled_ops"  # ≥98%以上: the sign and the word say the same bound twice
#: Every problem above.
PROBLEMS = (INVALID_DATE, REVERSED_RANGE, CONTRADICTING_OPS, WINDOW_TOO_LONG, MISPLACED_SEPARATOR, GRADE_SCALE,
            TWO_TARGETS, DOUBLED_OPS)
# Internal marker, not a problem of the value: parsing failed unexpectedly (a bug; tests assert it
# never happens). The value is then reported as plain text rather than crashing a bulk run.
INTERNAL_ERROR = "internal_error"
#: Each problem code in words, Chinese and English (``ggtlint show`` tells them).
PROBLEM_WORDS: dict[str, tuple[str, str]] = {
    INVALID_DATE: ("日期无效", "the date does not exist"),
    REVERSED_RANGE: ("区间下限大于上限", "the lower end is above the upper end"),
    CONTRADICTING_OPS: ("比较符前后矛盾", "contradicting comparisons"),
    WINDOW_TOO_LONG: ("服务时段超出 7天×24小时", "beyond 7 days × 24 hours"),
    MISPLACED_SEPARATOR: ("千分位分隔符位置不规范", "misplaced thousands separators"),
    GRADE_SCALE: ("列出了整套档次，没有写明目标档次", "the whole grade scale, no target grade chosen"),
    TWO_TARGETS: ("一个指标值写了两个目标", "two targets in one value"),
    DOUBLED_OPS: ("比较符号与“以上”“以内”等重复", "the comparison written twice, as a sign and in words"),
    INTERNAL_ERROR: ("程序未能识别此值（请把该值反馈给 ggtlint 维护者）",
                     "ggtlint failed to read this value (please report the value to its maintainers)"),
}
#: A problem and its detail ("" when none): (CONTRADICTING_OPS, "≥…以下").
Problem = tuple[str, str]


@dataclass(frozen=True, slots=True)
class ParsedValue:
    """What a 指标值 says. Fields that do not apply are None (or False / empty)."""

    raw: str
    text: str
    kind: str
    op: str | None = None
    number: Decimal | None = None
    unit: str | None = None
    yuan: Decimal | None = None
    per: str | None = None
    percent: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    deadline: _dt.date | None = None
    year_inferred: bool = False
    horizon_years: int | None = None
    quality: str | None = None
    vague_terms: tuple[str, ...] = ()
    approx: bool = False
    #: for ranges and placeholders: the kind of value the bounds / the template stand for
    base_kind: str | None = None
    #: for service windows ("7*24小时"): days per week and hours per day, as written
    window: tuple[int, int] | None = None
    #: what is wrong inside an otherwise recognised value (invalid date, low > high …), by code
    problems: tuple[Problem, ...] = ()
    #: a target written as a change ("较上年下降≥5%", "缩短≥20%"): "up" or "down"; the figure is the change
    change: str | None = None

    @property
    def problem(self) -> str | None:
        """The problems in Chinese words ("比较符前后矛盾：≥…以下"), None when there are none."""
        return problem_words(self.problems, "zh") or None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: kind/op/number/unit always, the other keys only where they apply."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "op": self.op,
            "number": _dec(self.number),
            "unit": self.unit,
        }
        for name in ("yuan", "percent", "low", "high"):
            value = getattr(self, name)
            if value is not None:
                out[name] = _dec(value)
        if self.per is not None:
            out["per"] = self.per
        if self.kind == "deadline" or self.deadline is not None:
            out["deadline"] = self.deadline.isoformat() if self.deadline else None
            out["year_inferred"] = self.year_inferred
        if self.horizon_years is not None:
            out["horizon_years"] = self.horizon_years
        if self.quality is not None:
            out["quality"] = self.quality
        if self.vague_terms:
            out["vague_terms"] = list(self.vague_terms)
        if self.approx:
            out["approx"] = True
        if self.base_kind is not None:
            out["base_kind"] = self.base_kind
        if self.window is not None:
            out["window"] = f"{self.window[0]}*{self.window[1]}"
        if self.change is not None:
            out["change"] = self.change
        if self.problems:
            out["problem"] = self.problem
            out["problems"] = [{"code": code, "detail": detail} for code, detail in self.problems]
        return out


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


# --------------------------------------------------------------------------------------------
# Grammar. All patterns run on normalised text (half-width, canonical operators, no spaces).

_NUM = r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"

# Operator words before a number. Longest first within each alternation group.
_PREFIX_OPS = {
    # a bound stated twice, or as a duty: 最高不超过500元, 不得低于90%, 原则上不超过10万元
    "最低不低于": "≥",
    "最低不少于": "≥",
    "最少不少于": "≥",
    "最少不低于": "≥",
    "不得低于": "≥",
    "不得少于": "≥",
    "不得小于": "≥",
    "不应低于": "≥",
    "不应少于": "≥",
    "应不低于": "≥",
    "应不少于": "≥",
    "须达到": "≥",
    "需达到": "≥",
    "应达到": "≥",
    "最高不超过": "≤",
    "最高不高于": "≤",
    "最多不超过": "≤",
    "最长不超过": "≤",
    "原则上不超过": "≤",
    "不得超过": "≤",
    "不得高于": "≤",
    "不得多于": "≤",
    "不得大于": "≤",
    "不应超过": "≤",
    "不应高于": "≤",
    "应不超过": "≤",
    "应不高于": "≤",
    "最长": "≤",
    "大于或等于": "≥",
    "大于等于": "≥",
    "不小于": "≥",
    "不低于": "≥",
    "不少于": "≥",
    "至少": "≥",
    "最少": "≥",
    "最低": "≥",
    "下限": "≥",
    "达到": "≥",
    "达": "≥",
    "小于或等于": "≤",
    "小于等于": "≤",
    "不大于": "≤",
    "不高于": "≤",
    "不超过": "≤",
    "不多于": "≤",
    "最多": "≤",
    "至多": "≤",
    "最高": "≤",
    "上限": "≤",
    "不超": "≤",
    "控制在": "≤",
    "大于": ">",
    "高于": ">",
    "超过": ">",
    "多于": ">",
    "逾": ">",
    "超": ">",
    "小于": "<",
    "低于": "<",
    "少于": "<",
    "不足": "<",
    "等于": "=",
    "为": "=",
    "约为": "≈",
    "约合": "≈",
    "大约": "≈",
    "约": "≈",
    "≥": "≥",
    "≤": "≤",
    "=": "=",
    ">": ">",
    "<": "<",
    "≈": "≈",
    "~": "≈",
}
_SUFFIX_OPS = {
    "及以上": "≥",
    "以上": "≥",
    "及以下": "≤",
    "以下": "≤",
    "以内": "≤",
    "之内": "≤",
    "内": "≤",
    "左右": "≈",
    "上下": "≈",
}
# Words that add nothing to the value: "累计≥500人", "全年≥500人".
_NEUTRAL = "累计|共计|合计|总计|全年累计|全年|共|稳定在|保持在|维持在|控制在"
# The same before an operator: 控制在 is itself ≤ when the figure follows it at once (控制在5%),
# and only filler before a sign (控制在≤5%)
_NEUTRAL_LEAD = _NEUTRAL.replace("控制在", "控制在(?![0-9])")


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PRE = _alt(_PREFIX_OPS)
_SUF = _alt(_SUFFIX_OPS)
#: The words that may follow a figure as its comparison (以上, 以内 …), longest first
SUFFIX_WORDS = tuple(sorted(_SUFFIX_OPS, key=len, reverse=True))
_LEADING_OP = lazy_pattern(rf"(?:{_NEUTRAL_LEAD})?(?P<op>{_PRE})?(?:{_NEUTRAL})?")

# Completion words after a figure, the closing counterpart of _NEUTRAL: "100%完成", "≥95%合格",
# "全部完成(100%)". The figure is the target; the word only says it is to be reached. Not in front:
# "合格率≥98%" is the end of a name (the PDF importer splits name from value by the value's form).
_DONE_WORDS = ("完成", "达标", "合格", "通过", "到位", "覆盖", "落实", "兑现", "办结", "复核", "审核", "核查", "公开", "归档",
               "整改", "审核通过", "验收通过", "准确")  # (100%审核通过: the longest word is taken off; 100%准确: as 合格)
_DONE_BRACKETED = lazy_pattern(rf"(?:(?:全部|全面|全额|足额|均)?(?:{_alt(_DONE_WORDS)})|应(?P<all>.)尽(?P=all))"
                               r"\((?P<body>[^()]+)\)")  # (and 应保尽保（100%）: the slogan with its figure)

# The common case in one pass: [operator] number [unit] [suffix operator].
_SIMPLE = lazy_pattern(
    rf"(?:{_NEUTRAL_LEAD})?(?P<pre>{_PRE})?(?:{_NEUTRAL})?(?P<num>{_NUM})(?P<unit>[^0-9]*?)"
    rf"(?:\(含\))?(?P<suf>{_SUF})?(?:\(含\))?"  # "95%(含)以上", "95%以上(含)": inclusive, as ≥ is
)
# "7*24小时", "5*8小时", "7天×24小时": a service window
# (and the service the window is for: 提供7×24小时运维服务, 7×24小时驻场, 7×24小时不间断值守)
_WINDOW = lazy_pattern(rf"(?P<pre>{_PRE})?(?:提供)?(?P<a>[0-9]{{1,2}})[天日]?[*×](?P<b>[0-9]{{1,2}})(?P<unit>小时|h|时)?"
                       r"(?:不间断)?(?:运维服务|驻场服务|运维|技术支持|服务|驻场|值守|值班|在线|响应|受理|监控|接听)?")
# "≤19:1", "不低于1:13.5", "1比10": a ratio (生师比, 杠杆比例), a number without a unit
_RATIO = lazy_pattern(rf"(?:{_NEUTRAL_LEAD})?(?P<pre>{_PRE})?(?:{_NEUTRAL})?(?P<a>{_NUM})(?::|比)(?P<b>{_NUM})(?P<suf>{_SUF})?")
# "90%-95%", "100-200人", "100~200人", "100至200人"
_RANGE = lazy_pattern(
    rf"(?P<pre>{_PRE})?(?P<a>{_NUM})(?P<ua>[^0-9~\-—–―至到]*?)(?:-|~|—|–|―|至|到)"
    rf"(?P<b>{_NUM})(?P<ub>[^0-9]*?)(?P<suf>{_SUF})?"
)
# "每人50元", "每人每月≥200元", "人均50元", "生均720元": per-unit written with 每 or an average in front
# (日均≥55人次, 月均≥1场, 年均≥2000份, 月均不少于2场: an average per period, the figure or its bound right after it;
# 年均增长 is a change)
_PER_PREFIX = lazy_pattern(rf"(?:每|(?P<avg>[人生户亩]|[日月年](?=均(?:[≥≤=<>0-9]|{_PRE})))均(?:可支配收入|增收|增加|收入|补助|补贴|支出|获得)?)(?P<body>.+)")
# what is done or paid, named after what it is per: 每亩补贴100元, 每月巡查不少于4次 (per 亩, per 月)
_PER_DEEDS = ("补贴", "补助", "奖补", "奖励", "资助", "救助", "发放", "补偿", "支付", "开展", "组织", "举办", "召开",
              "巡查", "巡检", "巡逻", "检查", "检测", "抽检", "培训", "开放", "服务", "走访", "慰问", "投入", "安排",
              "更新", "维护", "保养", "清运", "清扫", "监测", "巡护", "督查", "督导", "随访", "上报", "报送")

# Dates. A date is [operator][preposition] core [suffix]; the suffix decides "on or before". The operator
# may be the word of a template's drop-down list (小于等于), joined from its 指标值符号 column as typed.
_DATE_PREFIX = lazy_pattern(r"(?P<op>[≤<=≥>]|小于或等于|小于等于|大于或等于|大于等于|等于|小于|大于)?"
                            r"(?P<pre>截止到|截止至|截至|截止|不晚于|不迟于|最迟于|最迟|持续至|持续到|延续至|保持至|至|到|于|在)?")
_DATE_SUFFIXES = (
    ("(含)之前", "≤"),  # 2024年12月31日（含）前: the day itself too
    ("(含)以前", "≤"),
    ("(含)前", "≤"),
    ("(不含)之前", "<"),  # 2024年6月30日（不含）前: the day before it at the latest
    ("(不含)以前", "<"),
    ("(不含)前", "<"),
    ("00:00:00", None),  # 2024-06-30 00:00:00: a date cell of Excel, written out with its midnight
    ("前全部完成", "≤"),
    ("前全面完成", "≤"),
    ("以内完成", "≤"),
    ("内完成", "≤"),
    ("前完成", "≤"),
    ("之前", "≤"),
    ("以前", "≤"),
    ("为止", "≤"),
    ("以内", "≤"),
    ("之内", "≤"),
    ("前", "≤"),
    ("止", "≤"),
    ("内", "≤"),
    ("完成", None),
    # on or after a day: read as the floor it says (2025年12月31日后), which no deadline is (TIME005);
    # （不含）后 is after the day itself, as （不含）前 is before it
    ("(含)之后", "≥"),
    ("(含)以后", "≥"),
    ("(含)后", "≥"),
    ("(不含)之后", ">"),
    ("(不含)以后", ">"),
    ("(不含)后", ">"),
    ("以后", "≥"),
    ("之后", "≥"),
    ("后", "≥"),
    # from a day on (2026年4月起): when something starts, a floor as 后 is, from the first day of what is named
    ("起", "≥"),
    ("起实施", "≥"),  # (2026年4月起实施, 起执行: what starts then is the name's)
    ("起执行", "≥"),
    ("起施行", "≥"),
)
# "M月前" without 底 or a day: by the month's end (6月前), except that 2024年1月前 is before 2024
_BEFORE_SUFFIXES = frozenset({"前", "之前", "以前", "前完成"})
# 持续至/延续至/保持至 a date: a service kept up until the day, read as the day it must last to
_DATE_BEFORE_PRE = {"截止到", "截止至", "截至", "截止", "不晚于", "不迟于", "最迟于", "最迟", "持续至", "持续到", "延续至",
                    "保持至", "至", "到"}
# Chinese numerals, read by chinese_numeral (in dates as in amounts)
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = "".join(_CN_DIGITS) + "十"  # the characters a numeral starts with
# 今年, 本年, 当年 in a project period (2024年1月至今年12月): the budget year, read so by the importers (which note it)
# and by the rules that compare dates with the period; on NFKC text, and not 至今 + 年 (an open end, 至今)
THIS_YEAR = lazy_pattern(r"(?:今|本|当)年")
_REL_YEAR = {"次年": 1, "明年": 1, "下年": 1, "翌年": 1, "下一年": 1, "下一年度": 1, "当年": 0, "本年": 0, "今年": 0}
_YEAR = rf"(?:(?P<y>[0-9]{{4}})年(?:度)?|(?P<rel>{_alt(_REL_YEAR)})(?:度)?)"
_DATE_CORES = (
    # 2023年12月31日 / 12月底 / 6月30日 / 2023年12月 / 十二月底
    lazy_pattern(
        rf"{_YEAR}?(?P<m>[0-9]{{1,2}}|(?!两)[{_CN_NUM}]{{1,3}})月(?:份)?"  # (两月: two months, never February)
        rf"(?:(?P<d>[0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]|(?P<me>月底|月末|底|末|中旬|上旬|下旬|月初|初|月中|中))?"
    ),
    # 2023年底 / 2023年年底 / 2023年 / 年底 / 当年 / 本年度 / 年中 (mid-year: by 30 June)
    lazy_pattern(rf"{_YEAR}(?:年?底|年?末|年?终|(?P<mid>年?中))?"),
    lazy_pattern(r"(?:本|当|今)?年(?:度)?(?:(?P<end>底|末|终)|(?P<mid>中))?"),
    # 2023-12-31 / 2023.12.31 / 2023/12/31 / 2023-12
    lazy_pattern(r"(?P<y>[0-9]{4})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?:(?P=sep)(?P<d>[0-9]{1,2}))?"),
    # 2023年第三季度末 / 三季度 / 2023年Q4 / 前三季度 (the first three: by the third's end)
    # (个 only after 前: 前3个季度 is by the third's end, 一个季度内 a duration)
    lazy_pattern(rf"{_YEAR}?(?:(?P<qfirst>前)?第?(?P<q>[一二三四1-4]|(?<=第)[五六七八九5-9])(?:(?<=前[一二三四1-4])个)?季度|Q(?P<qn>[1-4]))(?:末|底)?"),
    # 2023年上半年 / 下半年
    lazy_pattern(rf"{_YEAR}?(?P<half>上|下)半年(?:末|底)?"),
)
_HAS_DIGIT = lazy_pattern(r"[0-9]")
_PLACEHOLDER_FILL = lazy_pattern(r"\*+|[Xx×]{2,}|[○□＿_]{2,}")

# A bare figure that is a date: 2023.12, ≤2024.06, 20231231 (year, month and maybe day run together)
#: a figure that reads as a year and month, or a whole date (2023.12, 20231231): a date near the budget
#: year (see _figure_as_date); the engine reads it back as a figure where only amounts and counts belong
DATE_FIGURE = lazy_pattern(r"(?:19|20)[0-9]{2}(?:\.[0-9]{1,2}|[0-9]{4})")
_NEAR_BUDGET_YEAR = 2  # years either side of the budget year in which such a figure is a date

# Kinds a repaired value may have (a date is the date grammar's alone).
_MEASURED = frozenset({"count", "rate", "money", "number", "per_unit", "range", "duration", "horizon"})

# Digit groups separated in the wrong place: "1,0000元" (grouped by 万), "10,00人".
_LOOSE_GROUPS = lazy_pattern(r"(?<![0-9.,])[0-9]{1,4}(?:,[0-9]{2,4})+(?![0-9,])")

# Chinese numerals: "三十人", "不少于三次", "≥二十万元". A run starts with a digit or 十 (百/千/万
# alone start words: 千人计划, 万无一失).
_CN_RUN = lazy_pattern(rf"[{_CN_NUM}][{_CN_NUM}百千万亿]*")
# 百, 千 or 万 alone before 余 or 多 is one of them, roughly: 百余人, 千余户, 万余人次
_ROUND_MORE = lazy_pattern(rf"(?<![0-9{_CN_NUM}百千万亿])([百千万])(?=[余多])")
# a round figure hedged before it: 近千人, 近两千人 (nearly: about it, as 近500人); 上千户, 上万人次 (reaching: a
# thousand or more, roughly, as 千余户)
_NEARLY = lazy_pattern(rf"近(?=[{_CN_NUM}百千万])")
_REACHING = lazy_pattern(r"上([百千万亿])")
# the capital numerals of amounts written out (伍佰万元, 壹拾贰万元, 人民币叁万元整), as their everyday forms
_CAPITALS = "壹贰叁肆伍陆柒捌玖拾佰仟"
_CAPITAL_NUMERALS = str.maketrans(_CAPITALS, "一二三四五六七八九十百千")
_CAPITAL_CHARS = frozenset(_CAPITALS)  # one set test before any rewriting: most text holds none
# an amount in words, as on a cheque: 人民币 before it, 整 after its 元 (人民币叁万元整), or what it is per after
# it (人民币伍佰元/人)
_AMOUNT_IN_WORDS = lazy_pattern(rf"(?P<op>{_PRE})?人民币(?P<amount>.+元(?:/[^/]+)?)整?|(?P<whole>.+元)整")

# a part of the month named before 前 is read to its end, as 底前 is: 上旬前 can only mean by the 10th (before
# the month began is written 5月底前), so 中旬前 is by the 20th and 下旬前 by the month's end; 月初 is by the end of
# its first ten days; 月中 is one day, not ten: the 15th
_DAY_OF_MONTH_END = {"中旬": 20, "上旬": 10, "月初": 10, "初": 10, "月中": 15, "中": 15}


# --------------------------------------------------------------------------------------------
# Public entry point


def parse_value(text: str | None, *, budget_year: int | None = None, lexicon: Lexicon | None = None) -> ParsedValue:
    """Parse one 指标值 as written in a table. Never raises.

    ``budget_year`` supplies the year of dates written without one (``12月底前``);
    ``lexicon`` defaults to the built-in one. Results are cached per lexicon.
    """
    if text is None:
        return _EMPTY_NONE
    if not isinstance(text, str):
        text = str(text)  # numbers read from YAML/xlsx cells; the API promises never to raise
    if type(budget_year) is not int or not 1 <= budget_year <= 9998:
        budget_year = None
    lex = lexicon if lexicon is not None else default_lexicon()
    parser: Callable[[str, int | None], ParsedValue] | None = lex.memo.get("parse_value")
    if parser is None:
        parser = lru_cache(maxsize=_CACHE_SIZE)(partial(_parse_safe, lex=lex))
        lex.memo["parse_value"] = parser
    return parser(text, budget_year)


_EMPTY_NONE = ParsedValue(raw="", text="", kind="empty")


def problem_words(problems: Iterable[Problem], lang: str) -> str:
    """Problems in words, joined: "比较符前后矛盾：≥…以下；千分位分隔符位置不规范" (``lang`` "zh"),
    "contradicting comparisons: ≥…以下; misplaced thousands separators" ("en")."""
    en = lang == "en"
    told = []
    for code, detail in problems:
        words = PROBLEM_WORDS[code][1 if en else 0]
        told.append(f"{words}{': ' if en else '：'}{detail}" if detail else words)
    return ("; " if en else "；").join(told)


def _parse_safe(raw: str, budget_year: int | None, *, lex: Lexicon) -> ParsedValue:
    try:
        text = normalize(raw)
        return _parse(raw, text, budget_year, lex, allow_placeholder=True)
    except Exception as exc:  # noqa: BLE001 - a bulk run must survive any input; see INTERNAL_ERROR
        return ParsedValue(raw=raw, text=raw, kind="qualitative", quality="text",
                           problems=((INTERNAL_ERROR, type(exc).__name__),))


# --------------------------------------------------------------------------------------------
# The parser proper


def _parse(
    raw: str, text: str, year: int | None, lex: Lexicon, *, allow_placeholder: bool, repair: bool = True
) -> ParsedValue:
    if not text:
        return ParsedValue(raw=raw, text=text, kind="empty")
    numeric = len(text) <= _MAX_NUMERIC_LEN
    has_digit = _HAS_DIGIT.search(text) is not None

    if numeric and has_digit:
        match = _SIMPLE.fullmatch(text)
        if match is not None:
            value = _simple(raw, text, match, lex)
            if value is not None:
                if value.unit is None and value.kind == "number" and DATE_FIGURE.fullmatch(match.group("num")):
                    return _figure_as_date(raw, text, match, year) or value
                return value

    if allow_placeholder:
        value = _blank_placeholder(raw, text, year, lex)
        if value is not None:
            return value

    if repair:
        value = _years_ahead(raw, text)
        if value is not None:
            return value

    if text[0] in "每按次" and _RECURRING.fullmatch(text):  # 每季度第二个月底前: before 每 is read as "per"
        return _qualitative(raw, text, year, lex)
    if text[0] == "每" and _INTERVAL.fullmatch(text):  # 每5000公里或每6个月1次: how often, a period with no day
        return ParsedValue(raw=raw, text=text, kind="qualitative", quality="recurring")

    if numeric:
        value = _deadline(raw, text, year)
        if value is not None:
            return value
        if has_digit:
            # the repairs last: a value that the grammar reads as written never pays for them
            # the first six are readings, the rest repairs: a repair reads its shorter text with
            # the readings only, except _quoted, whose inside may need a repair of its own
            attempts = (_date_span, _ratio, _window, _range, _tolerance, _per_prefix, _done_word, _week_of_pregnancy, _settlement_day,
                        _multiple_of, _opposite_signs, _loose_separators, _with_remark,
                        _whole_day, _named_day, _quoted, _after_event, _season_rhythm, _seasons_each, _dates_listed, _bracketed,
                        _deed_first, _figure_then_breakdown, _two_targets)
            for attempt in attempts if repair else attempts[:6]:
                value = attempt(raw, text, year, lex)
                if value is not None:
                    return value
        elif repair and ("半" in text or "两月" in text):  # 发证后半年内, 产后两月内: after an event, with no digit
            value = _after_event(raw, text, year, lex)
            if value is not None:
                return value
        if repair:
            value = _date_then_deed(raw, text, year, lex)
            if value is not None:
                return value
            if _NAMED_GRADE.fullmatch(text):  # 一级, 3A级, 一级馆: a grade reached, not the number 1
                return _qualitative(raw, text, year, lex)
            value = _rewritten(raw, text, year, lex)
            if value is not None:
                return value
            # before _unit_only: "十万元" is 100000 元, not a unit waiting for its number
            value = _cn_numerals(raw, text, year, lex)
            if value is not None:
                return value
            if has_digit:
                value = _unlisted_unit(raw, text, lex)
                if value is not None:
                    return value
        if not has_digit and allow_placeholder:
            value = _unit_only(raw, text, year, lex)
            if value is not None:
                return value

    return _qualitative(raw, text, year, lex)


# a target set for a window of several years ahead of it: 三年内达到100%, 2023—2025年累计≥6000人次,
# 三年累计培训1000人
_YEARS_AHEAD = lazy_pattern(r"(?:(?P<n>[0-9]{1,2}|[两二三四五六七八九十]{1,2})\s*年(?:内|以内|之内|间|累计)"
                            r"|(?P<a>20[0-9]{2})\s*年?\s*(?:—|–|-|~|～|至|到)+\s*(?P<b>20[0-9]{2})\s*年(?:内|间|期间)?)(?=.)")
_DATED_REST = lazy_pattern(r"[0-9]{1,2}\s*月")
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _years_ahead(raw: str, text: str) -> ParsedValue | None:
    """A figure to reach over several years (三年内达到100%, 2023—2025年累计≥6000人次): a horizon of
    that many years, not the figure after it (which is no target for this year). One year ahead
    (1年内完成) is a limit within the year, and words with no figure (五年内进入全国前列) are text:
    both left to the grammar."""
    match = _YEARS_AHEAD.match(text)
    if match is None or _HAS_DIGIT.search(text, match.end()) is None:
        return None  # 五年内进入全国前列: no figure to mistake for this year's (VAL013 tells the words)
    if _DATED_REST.search(text, match.end()):
        return None  # 2024年至2025年6月30日前: a date, the deadline grammar's
    if match.group("n") is not None:
        n = match.group("n")
        years = int(n) if n.isdigit() else (10 + _CN_SMALL.get(n[1:], 0) if n.startswith("十") and len(n) > 1
                                             else _CN_SMALL.get(n[0], 0) * (10 if n.endswith("十") and len(n) > 1 else 1))
    else:
        years = int(match.group("b")) - int(match.group("a")) + 1
    if years < 2:
        return None
    return ParsedValue(raw=raw, text=text, kind="horizon", horizon_years=years)


# operator words that hedge the bound they state: the figure is read, as approximate
_HEDGED_OPS = frozenset({"原则上不超过"})
#: words before a bound that state it only "in principle" or "as a rule" (原则上不少于200人, 一般不超过5个
#: 工作日, 尽量≥90%): the bound is read, as approximate
IN_PRINCIPLE = lazy_pattern(r"原则上|一般情况下|一般|尽量|尽可能")


def hedge_of(text: str) -> re.Match[str] | None:
    """The hedge right before the bound it states, at the start (原则上每月不少于2次, 一般≥90%) or after
    the measure's name (办结时限原则上不超过5个工作日), or None: 一般项目≥90%, 一般户200户 hold no hedge."""
    for hedge in IN_PRINCIPLE.finditer(text):
        rest = text[hedge.end():]
        if rest and (rest[0] == "每" or rest[0].isdigit() or _LEADING_OP.match(rest).end() > 0):  # type: ignore[union-attr]
            return hedge
    return None


def _ops(pre: str | None, suf: str | None) -> tuple[str | None, bool, tuple[Problem, ...]]:
    """Combine a leading and a trailing operator: (op, approx, problems)."""
    first = _PREFIX_OPS.get(pre) if pre else None
    last = _SUFFIX_OPS.get(suf) if suf else None
    if pre == "控制在" and last is not None:
        first = None  # 控制在85%以上: "kept at", and the suffix says which way

    # a bound "in principle" leaves room to miss it (原则上不超过30分钟): its figure, approximately
    approx = first == "≈" or last == "≈" or (pre or "") in _HEDGED_OPS
    if first is None:
        return last, approx, ()
    if last is None:
        return first, approx, ()
    if first == "≈" or last == "≈":
        # "约50人以上" keeps the direction; "＝1200元左右" is only approximately 1200
        other = last if first == "≈" else first
        return ("≈" if other == "=" else other), True, ()
    if {first, last} <= {"≥", ">"} or {first, last} <= {"≤", "<"}:
        # "≥95%以上": the symbol is the precise one; after a sign the word only says it again (达到90%以上,
        # 不少于50人以上 are plain Chinese)
        return first, approx, (((DOUBLED_OPS, f"{pre}…{suf}"),) if pre in FLOOR_OPS + CEILING_OPS else ())
    return first, False, ((CONTRADICTING_OPS, f"{pre}…{suf}"),)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _scaled(number: Decimal, factor: Decimal | None) -> Decimal:
    return number if factor is None or factor == 1 else EXACT.multiply(number, factor)


def _simple(raw: str, text: str, match: re.Match[str], lex: Lexicon) -> ParsedValue | None:
    unit = match.group("unit")
    if unit.endswith(_DONE_WORDS):
        return None  # "100人完成" is 100 人 (see _done_word), not the unit 人 with the noun 完成
    info = lex.unit_info(unit)
    if info is None:
        return None
    op, approx, problems = _ops(match.group("pre"), match.group("suf"))
    number = _number(match.group("num"))
    return _from_unit(raw, text, number, info, op, approx, problems, match.group("suf"))


def _from_unit(
    raw: str,
    text: str,
    number: Decimal,
    info: UnitInfo,
    op: str | None,
    approx: bool,
    problems: tuple[Problem, ...],
    suffix: str | None,
) -> ParsedValue | None:
    kind = info.kind
    common: dict[str, Any] = {"raw": raw, "text": text, "op": op, "approx": approx, "problems": problems}
    if kind == "count" or kind == "number":
        return ParsedValue(kind=kind, number=_scaled(number, info.scale), unit=info.unit, **common)
    if kind == "money":
        return ParsedValue(kind="money", number=number, unit=info.unit, yuan=_scaled(number, info.to_yuan), **common)
    if kind == "rate":
        percent = _scaled(number, info.to_percent)
        return ParsedValue(kind="rate", number=number, unit=info.unit, percent=percent, **common)
    if kind == "per_unit":
        return ParsedValue(
            kind="per_unit",
            number=_scaled(number, info.scale),
            unit=info.unit,
            yuan=_scaled(number, info.to_yuan) if info.to_yuan is not None else None,
            per=info.per,
            **common,
        )
    # duration
    years: int | None = None
    if info.time == "year":
        if number == number.to_integral_value() and 1900 <= number <= 2100 and "." not in str(number):
            return None  # "2023年", "2023年内": a year, not a duration; the date grammar takes it
        if number == number.to_integral_value() and 0 <= number < 1000:
            years = int(number)
        if suffix in ("内", "以内", "之内"):
            return ParsedValue(kind="horizon", number=number, unit=info.unit, horizon_years=years, **common)
    return ParsedValue(kind="duration", number=_scaled(number, info.scale), unit=info.unit, horizon_years=years,
                       **common)


# A measure word the units list does not have: every sector has its own (≥36樘, ≥72站次, ≥10门).
_UNLISTED_UNIT = lazy_pattern(r"[\u4e00-\u9fff]{1,2}")
# time, grades and shares are words the grammar knows: "3月中" or "5成" is no count of 月中 or 成
_NOT_A_UNIT = lazy_pattern(r"[年月日号时周季天旬分秒级倍成折期内前后底末初中]")
# a service line named by its number (12345热线, 110报警, 120急救): a name, not a count of 热线
_SERVICE_LINES = frozenset({"热线", "专线", "电话", "报警", "急救", "平台"})


def _unlisted_unit(raw: str, text: str, lex: Lexicon) -> ParsedValue | None:
    """A figure followed by one or two Chinese characters that are no listed word: a count in a
    unit of the sector's own, not text (which would make a quantified target an error)."""
    match = _SIMPLE.fullmatch(text)
    if match is None or match.group("unit").endswith(_DONE_WORDS):
        return None
    unit, scale = match.group("unit"), None
    prefix = max((word for word in lex.multipliers if unit.startswith(word) and len(unit) > len(word)),
                 key=len, default="")
    if prefix:
        unit, scale = unit[len(prefix):], lex.multipliers[prefix]
    if unit[:1] in "余多" and len(unit) > 1 and lex.unit_info(unit[1:]) is not None:
        # 5000余人, 3万余人, 100多人: more than the figure, loosely (the rules ask for ≥ and a precise
        # figure); an operator written (≤2亿余元) stays
        counted = _parse(raw, f"{match.group('num')}{prefix}{unit[1:]}", None, lex, allow_placeholder=False,
                         repair=False)
        if _measured(counted):
            op, _approx, problems = _ops(match.group("pre"), match.group("suf"))
            return replace(counted, raw=raw, text=text, op=op or "≥", approx=True, problems=problems)
    if (not _UNLISTED_UNIT.fullmatch(unit) or _NOT_A_UNIT.search(unit) or unit[0] in "余多来几" or unit in lex.vague_exact
            or unit in lex.yes_terms or unit in lex.no_terms or unit in lex.grades or unit in _SERVICE_LINES
            or _none_happened(text, lex)):  # 0差错 is 零差错: nothing of the kind, no count of 差错
        return None
    op, approx, problems = _ops(match.group("pre"), match.group("suf"))
    return ParsedValue(raw=raw, text=text, kind="count", number=_scaled(_number(match.group("num")), scale),
                       unit=unit, op=op, approx=approx, problems=problems)


# "2024年1月1日至2024年11月30日", "2024年3月—11月", "2024.3-2024.11": a period, done by its end
_SPAN_SEPARATOR = lazy_pattern(r"至|到|—|–|―|~|～|-")
_SPAN_TAIL = lazy_pattern(r"(?:期间|内)?(?:分批|分期|逐年|陆续)?(?:完成|实施|开展)?$")
# a span's start written as a bare year before the end's year (2025—2027年): that year's end
_BARE_START_YEAR = lazy_pattern(r"(?:19|20)[0-9]{2}")
_YEAR_FIRST = lazy_pattern(r"\s*(?:19|20)[0-9]{2}\s*年")
_NEAR_YEAR = lazy_pattern(r"(?:19|20)[0-9]{2}[-./]")


# "形成研究报告1份", "召开2次", "编制《…》1套": what is produced or held, then how many (the figure
# straight after: with a sign between, "召开工作会议＝2次" is a name and its value run together, read
# by _named_lead and told to the importers by names_its_measure); in the year, too (全年开展4次)
_DEED_FIRST = lazy_pattern(r"(?:全年|年内)?(?:形成|完成|实现|召开|举办|举行|开展|组织|编制|编写|撰写|出台|制定|印发|发布|建成|提交|出具)"
                           r"[\u4e00-\u9fff《》]{0,12}?"
                           # a comparison in words belongs to the count (召开会议不少于2次, 开展督查4次以上)
                           r"(?P<count>(?:不少于|不低于|至少|不超过|不高于|最多|达到|达|为)?[0-9][0-9.,]*(?:[\u4e00-\u9fff]{1,2}|%|％)"
                           r"(?:以上|以下|以内)?)"
                           r"(?:覆盖|完成|达标|到位)?")  # 实现100%覆盖: the share, and the word for reaching it


def _deed_first(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """A count (or a share: 完成100%) written after the deed that produces it, as if written alone."""
    match = _DEED_FIRST.fullmatch(text)
    if match is None:
        return None
    value = _parse(raw, match.group("count"), year, lex, allow_placeholder=False, repair=False)
    if value.kind != "count":
        value = _unlisted_unit(raw, match.group("count"), lex) or value
    return replace(value, raw=raw, text=text) if value.kind in ("count", "rate") else None


# the end of a span written as a day alone (2026年7月25日至31日), maybe with 前 (2026年7月25日至31日前)
_DAY_ONLY = lazy_pattern(r"[0-9]{1,2}[日号](?:前|之前|以前)?")


def _date_span(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """A period from one date to another: its end is the deadline (the end's year, when not
    written, is the start's)."""
    if not text[:1].isdigit():
        return None
    if "年" not in text and "月" not in text and (not _NEAR_YEAR.match(text) or (year is not None and abs(int(text[:4]) - year) > 2)):
        return None  # 2024.3-2024.11 (in a 2024 table) and 7月1日至8月20日 are periods; 1500.5-1800.5 is a range of figures
    body = text[:_SPAN_TAIL.search(text).start()] or text  # type: ignore[union-attr]  # matches empty
    for separator in _SPAN_SEPARATOR.finditer(body):
        head = body[:separator.start()]
        if _BARE_START_YEAR.fullmatch(head) and _YEAR_FIRST.match(body, separator.end()):
            head += "年"
        start = _deadline(head, head, year)
        if start is None or start.deadline is None or start.op is not None:
            continue
        tail = body[separator.end():]
        if _DAY_ONLY.fullmatch(tail):  # 7月25日至31日(前): the end in the start's month
            tail = f"{start.deadline.month}月{tail}"
        end = _deadline(tail, tail, start.deadline.year)
        if end is not None and end.deadline is not None and start.deadline <= end.deadline:
            return ParsedValue(raw=raw, text=text, kind="deadline", op="≤", deadline=end.deadline,
                               year_inferred=start.year_inferred)
    return None


# Opening hours: 每周二至周日9:00—17:00, 周一至周五 8:30-17:30 (a service window, as 7*24小时 is)
_OPENING_HOURS = lazy_pattern(r"每?(?:周|星期)(?P<d1>[一二三四五六日天])(?:至|到|-|—|~)(?:周|星期)?(?P<d2>[一二三四五六日天])"
                              r"\s*(?P<h1>[01]?[0-9]|2[0-4])[:：](?P<m1>[0-5][0-9])\s*(?:-|—|–|~|～|至|到)\s*"
                              r"(?P<h2>[01]?[0-9]|2[0-4])[:：](?P<m2>[0-5][0-9])")
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
# hours kept every day, maybe overnight (每日8:30-17:30, 每日22时至次日6时): seven days a week
_DAILY_HOURS = lazy_pattern(r"(?:每日|每天)\s*(?P<h1>[01]?[0-9]|2[0-4])(?:[:：](?P<m1>[0-5][0-9])|时)\s*(?:-|—|–|~|～|至|到)\s*"
                            r"(?:次日|第二天)?(?P<h2>[01]?[0-9]|2[0-4])(?:[:：](?P<m2>[0-5][0-9])|时)")


def _opening_window(match: re.Match[str]) -> tuple[int, int]:
    """(days a week, hours a day) of opening hours: 周一至周五 8:30-17:30 is (5, 9)."""
    days = (_WEEKDAYS[match.group("d2")] - _WEEKDAYS[match.group("d1")]) % 7 + 1
    minutes = (int(match.group("h2")) * 60 + int(match.group("m2"))) - (int(match.group("h1")) * 60 + int(match.group("m1")))
    return days, max(1, -(-minutes // 60))


# Every day of the year round the clock: 365天×24小时, 全年365天24小时 (7*24小时 said by the year)
_YEAR_ROUND = lazy_pattern(r"(?:全年)?365[天日]?[*×]?24(?:小时|h|时)")


def _window(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    hours = _OPENING_HOURS.fullmatch(text)
    if hours is not None:
        return ParsedValue(raw=raw, text=text, kind="duration", unit="小时", window=_opening_window(hours))
    daily = _DAILY_HOURS.fullmatch(text)
    if daily is not None:
        start = int(daily.group("h1")) * 60 + int(daily.group("m1") or 0)
        minutes = (int(daily.group("h2")) * 60 + int(daily.group("m2") or 0) - start) % (24 * 60) or 24 * 60
        return ParsedValue(raw=raw, text=text, kind="duration", unit="小时", window=(7, -(-minutes // 60)))
    if _YEAR_ROUND.fullmatch(text):
        return ParsedValue(raw=raw, text=text, kind="duration", unit="小时", window=(7, 24))
    match = _WINDOW.fullmatch(text)
    if match is None:
        return None
    days, hours = int(match.group("a")), int(match.group("b"))
    problems = () if 1 <= days <= 7 and 1 <= hours <= 24 else ((WINDOW_TOO_LONG, ""),)
    op, approx, _ = _ops(match.group("pre"), None)
    return ParsedValue(raw=raw, text=text, kind="duration", op=op, approx=approx, unit="小时",
                       window=(days, hours), problems=problems)


_RATIO_DIGITS = Context(prec=6)  # 1:13.5 is 0.0740741, not 28 digits of it
_CLOCK_TIME = lazy_pattern(r"(?:[01]?[0-9]|2[0-4]):[0-5][0-9]")  # hours and two-digit minutes


def _ratio(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """"≤19:1" is the number 19 (a ratio a:b is a/b), compared as written. Not a ratio: a:0,
    and what reads as a time of day (8:30, 12:00; but 1:10 is the usual way to write a ratio)."""
    match = _RATIO.fullmatch(text)
    if match is None:
        return None
    a, b = match.group("a"), match.group("b")
    if _CLOCK_TIME.fullmatch(f"{a}:{b}") and a != "1":
        return None
    first, second = _number(a), _number(b)
    if not second:
        return None
    op, approx, problems = _ops(match.group("pre"), match.group("suf"))
    number = _RATIO_DIGITS.divide(first, second).normalize()
    return ParsedValue(raw=raw, text=text, kind="number", op=op, approx=approx, number=number, problems=problems)


def _range(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    match = _RANGE.fullmatch(text)
    if match is None or match.group("ub").endswith("之间"):
        return None  # (3-5个之间: a range said to be one, read without its 之间 by _BETWEEN's reader, not in 个之间)
    ua, ub = match.group("ua"), match.group("ub")
    high_info = lex.unit_info(ub)
    low_info = lex.unit_info(ua) if ua else high_info
    if high_info is None or low_info is None:
        return None
    if ub == "" and ua:
        high_info = low_info  # "90%-95": the unit written once, on the first bound
    low, high = _number(match.group("a")), _number(match.group("b"))
    # amounts compared in 元: money, and a per-unit amount of money (万元/公里·年)
    money = high_info.kind == "money" or (high_info.kind == "per_unit" and high_info.to_yuan is not None)
    high_factor = (high_info.to_yuan if money else high_info.scale) or ONE
    if ua and low_info.kind == "number" and low_info.unit is None and high_info.kind in ("count", "money"):
        low_factor = low_info.scale  # "1万-2万人", "50万-100万元": a bare multiplier on the first bound
    elif ua and low_info.kind == "money" and high_info.kind == "per_unit" and money:
        low_factor = low_info.to_yuan or ONE  # "800元-1200元/人": what the amount is per, said once at the end
    elif low_info.kind != high_info.kind or low_info.per != high_info.per:
        return None
    elif not ua and high_factor > 1 and low > high and low * 10 >= high * high_factor:
        low_factor = ONE  # "5000-1万元": the multiplier only on the upper bound, the lower figure in 元
    else:
        low_factor = (low_info.to_yuan if money else low_info.scale) or ONE
    if money:
        # both bounds in the unit written on the upper one: "50万-1亿元" → 0.005–1 亿元
        if low_factor != high_factor:
            low = EXACT.divide(EXACT.multiply(low, low_factor), high_factor)
    else:
        low, high = _scaled(low, low_factor), _scaled(high, high_info.scale)
    op, approx, problems = _ops(match.group("pre"), match.group("suf"))
    if not problems and low > high:
        problems = ((REVERSED_RANGE, ""),)
    return ParsedValue(
        raw=raw,
        text=text,
        kind="range",
        op=op,
        approx=approx,
        unit=high_info.unit if high_info.unit is not None else low_info.unit,
        low=low,
        high=high,
        base_kind=high_info.kind,
        problems=problems,
    )


# a figure and its tolerance (库房温度 20±2℃, 相对湿度 50%±5%, (20±2)℃): the range it allows
_TOLERANCE = lazy_pattern(
    rf"\(?(?P<a>{_NUM})(?P<ua>[^0-9±()]*?)±(?P<d>{_NUM})\)?(?P<ub>[^0-9]*)"
)


# a deviation allowed either way with no centre, bounded in words (计量误差 ±2.5%以内, ≤±2%, 控制在±0.5℃以内): at
# most that much off. A bare ±2℃ may be a temperature with its centre left out: the name decides (engine/context.py).
_DEVIATION = lazy_pattern(rf"(?:(?P<op>≤|不超过|不大于|控制在)?±(?P<d>{_NUM})(?P<u>[^0-9±()]{{0,6}}?)(?P<within>以内|之内|内)?)")


def _tolerance(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """20±2℃ is the range 18℃-22℃, read as that range is; ±2.5%以内 alone is ≤2.5%, the error allowed."""
    deviation = _DEVIATION.fullmatch(text)
    if deviation is not None and (deviation.group("op") or deviation.group("within")):
        value = _parse(raw, f"≤{deviation.group('d')}{deviation.group('u')}", year, lex, allow_placeholder=False,
                       repair=False)
        return replace(value, text=text) if _measured(value) else None
    match = _TOLERANCE.fullmatch(text)
    if match is None:
        return None
    centre, spread = _number(match.group("a")), _number(match.group("d"))
    low, high = decimal_text(centre - spread), decimal_text(centre + spread)
    value = _range(raw, f"{low}{match.group('ua')}-{high}{match.group('ub')}", year, lex)
    return None if value is None else replace(value, text=text)


# a figure after a word: no part of what a value is per (每月1次-2次 is no "月1次")
_FIGURE_AFTER_WORD = lazy_pattern(r"[^0-9.][0-9]")
# the periods a rate may be averaged over (年均≥5%), unlike 人均, 户均: per head a rate is no share
_PERIODS_AVERAGED = ("日", "月", "年")


def _per_prefix(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    match = _PER_PREFIX.fullmatch(text)
    if match is None or ("各" in text and _SEASONS_EACH.search(text) is not None):
        return None  # (每年春秋两季各1次: twice a year, which _seasons_each reads)
    body = match.group("body")
    if match.group("avg"):
        # what is averaged, named before the figure: 生均公用经费≥720元, 亩均增产≥50公斤
        splits = [(match.group("avg"), body[_named_lead(body, words=True):])]
    else:
        # the shortest denominator after which a plain amount follows: "每人每月≥200元" → 人每月 | ≥200元
        splits = [(body[:i], body[i:]) for i in range(1, min(len(body), 9))]
    for per_text, rest in splits:
        # (isdecimal: the ³ of m³ is a digit to isdigit, and 每m³≤5元 is per m³, not per "m³≤")
        if (per_text[-1].isdecimal() and not per_text.isdecimal()) or _FIGURE_AFTER_WORD.search(per_text):
            continue  # what it is per ends before a figure (每月1-2次 is no 月1 with -2次, 每月1次-2次 no 月1次; 每2年1次 is per 2年)
        if per_text.endswith(("前", "后")) and not _WITHIN_A_YEAR.search(per_text):
            # 每次出行前15日, 每学期开学前1周内完成: a lead time or limit kept at each event, as 审核通过后次月底前
            # is (checked against each one's record), no amount per 次出行前
            # (每次出行前15日完成: the deed after the lead time, as 出行前15日完成 is read)
            limit = _parse(raw, _DEED.sub("", _lead_time_alone(rest)), year, lex, allow_placeholder=False, repair=False)
            if limit.kind != "duration":
                return None
            return ParsedValue(raw=raw, text=text, kind="qualitative", quality="recurring", op="≤")
        inner = _SIMPLE.fullmatch(rest)
        if inner is None:
            if rest[:1].isdecimal():  # 每月1-2次: a range per period, as 1-2次/月 is read
                per = "/".join(_per_word(p)[0] for p in per_text.split("每") if p)
                spread = _range(raw, f"{rest}/{per}", year, lex)
                if spread is not None:
                    return replace(spread, text=text)
            continue
        base = lex.unit_info(inner.group("unit"))
        if base is not None and base.kind == "rate" and match.group("avg") in _PERIODS_AVERAGED:
            rate = _simple(raw, rest, inner, lex)  # 年均≥5%: a rate averaged over the years is a rate
            return replace(rate, text=text) if rate is not None else None
        if base is None or base.kind not in ("money", "count", "duration"):
            return None
        words = [_per_word(p) for p in per_text.split("每") if p]
        per = "/".join(word for word, _ in words)
        op, approx, problems = _ops(inner.group("pre"), inner.group("suf"))
        hedge = IN_PRINCIPLE.search(per)
        if hedge is not None and 0 < hedge.start() and hedge.end() == len(per):
            per, approx = per[:hedge.start()], True  # 每月原则上不少于2次, as 原则上每月不少于2次
        if len(per) > 1 and per.endswith("各"):
            per = per[:-1]  # 每村各1名: per 村, one each
        deed_op = words[-1][1]
        if op is None and deed_op is not None:
            op = deed_op  # 每年至少开展1次: the comparison written before the deed
        number = _number(inner.group("num"))
        return ParsedValue(
            raw=raw,
            text=text,
            kind="per_unit",
            op=op,
            approx=approx,
            problems=problems,
            number=_scaled(number, base.scale),
            unit=f"{base.unit}/{per}",
            yuan=_scaled(number, base.to_yuan) if base.kind == "money" else None,
            per=per,
        )
    return None


def _per_word(word: str) -> tuple[str, str | None]:
    """What an amount is per, without the deed named after it, and the comparison written before the
    deed, if any: 亩补贴 → (亩, None), 年至少开展 → (年, ≥). 名学生, 个村 name what it is per: they stay."""
    word = _PERIOD_IN_WORDS.sub(lambda m: "2个" if m.group("two_months") else str(chinese_numeral(m.group("n"))), word,
                                count=1)
    cuts = [cut for cut in range(1, len(word)) if word.startswith(_PER_DEEDS, cut)]
    if not cuts:
        return word, None
    cut = cuts[0]  # the first deed (年开展培训: per 年) …
    if len(cuts) > 1 and word[:cut] in _CLASSIFIERS:
        cut = cuts[-1]  # … unless it starts a noun after a classifier (个服务站补助: per 个服务站)
    head = word[:cut]
    for start in range(1, len(head)):  # a comparison right before the deed: 年至少开展
        lead = _LEADING_OP.match(head, start)
        if lead is not None and lead.group("op") and lead.end() == len(head):
            return head[:start], _PREFIX_OPS[lead.group("op")]
    return head, None


_CLASSIFIERS = frozenset("个名位户家所座处")
# a span of several periods in words (每两个月1次, 每三周一次, 每十五天一次) as in figures, one spelling with 每两月一次
# and 每2个月1次 (2个月); not 二月 or 一年 alone, a month's name and a plain period
# (两月 with no 个 too, never February: 每两月≥1次 as 每2个月≥1次)
_PERIOD_IN_WORDS = lazy_pattern(r"^(?:(?P<n>[二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九]|二(?=个))"
                                r"(?=个月|个?周|个?星期|年|天|日|个?季度|个?工作日|小时)|(?P<two_months>两)(?=月))")


# --------------------------------------------------------------------------------------------
# Figures written loosely: read after every exact form has failed, each through the grammar
# above (``repair=False``: one repair per value, so "一次办结" is not also stripped of 办结).


def _measured(value: ParsedValue) -> bool:
    """A repaired reading is kept only when it is a quantity with a unit or an operator."""
    return value.kind in _MEASURED and (value.unit is not None or value.op is not None)


# a share, then what it is a share of (the indicator names it): ≥90%满意, ≥95%的孕产妇, ≥80%成活率
_SHARE_OF = lazy_pattern(r"(?P<share>[^\u4e00-\u9fff]+?(?:[%‰]|成)(?:及以上|以上|及以下|以下|以内)?)(?P<of>的)?"
                         r"(?P<what>[\u4e00-\u9fff]{1,16})")
_SHARE_NAMES = ("满意度", "满意", "率", "比例", "占比", "比重")
_ALL_OF_IT = lazy_pattern(r"(?:全部|全面|全|均)$")
# passed at the first attempt, the figure for 一 (1次通过, 1次性验收合格): read as 一次通过
_FIRST_TIME = lazy_pattern(r"1(?=次性?(?:验收)?(?:通过|合格)$)")


def _done_word(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "100%完成", "≥95%合格", "全部完成(100%)": the figure, without the completion word; and a share
    with what it is of after it (≥90%的服务对象满意, ≥80%成活率): the share."""
    shared = text[-1] not in "%‰" and ("%" in text or "‰" in text or "成" in text)
    share = _SHARE_OF.fullmatch(text) if shared else None
    if share is not None and (share.group("of") or share.group("what").endswith(_SHARE_NAMES)):
        value = _parse(raw, share.group("share"), year, lex, allow_placeholder=False, repair=False)
        # (≥5%的降幅, ≥20%的增长: a share of a change, which says its direction as 下降≥5% does)
        what = share.group("what")
        change = _direction(what) or {"增幅": "up", "涨幅": "up", "降幅": "down"}.get(what)
        return replace(value, text=text, change=change) if value.kind == "rate" else None
    if text.endswith(_DONE_WORDS):
        if _FIRST_TIME.match(text):
            return None  # 1次通过 is 一次通过, passed at the first attempt: no count of 次
        body = text[: -len(max((w for w in _DONE_WORDS if text.endswith(w)), key=len))]
        body = _ALL_OF_IT.sub("", body)  # 12个村全覆盖: the 12 villages, all of them
        remark = _REMARK.fullmatch(body) if body.endswith(")") else None
        if remark is not None:  # 12个村（社区）全覆盖: the count, its remark aside
            body = remark.group("body")
    elif text.endswith(")") and (match := _DONE_BRACKETED.fullmatch(text)) is not None:
        body = match.group("body")
    else:
        return None
    value = _parse(raw, body, year, lex, allow_placeholder=False, repair=False)
    return replace(value, text=text) if _measured(value) else None


def _limit_reader(pattern: re.Pattern[str], unit: str) -> Callable[[str, str, int | None, Lexicon], ParsedValue | None]:
    """A reader of a time limit written in a form of its own: ``pattern``'s ``n`` in ``unit``, at most."""
    def read(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
        match = pattern.fullmatch(text)
        if match is None:
            return None
        return ParsedValue(raw=raw, text=text, kind="duration", op="≤", number=Decimal(match.group("n")), unit=unit)
    return read


# A limit in weeks of pregnancy (孕13周前 建册, 孕12周内 首次产检): by that week, as 13周内 is
_week_of_pregnancy = _limit_reader(lazy_pattern(r"孕(?P<n>[0-9]{1,2})周(?:前|之前|内|以内)"), "周")
# A settlement on the Nth working day after the trade or application day T (T+1 到账): a limit of N days
_settlement_day = _limit_reader(lazy_pattern(r"T\+(?P<n>[1-9])(?:日|天)?(?:到账|结算|清算|办结)?"), "个工作日")


# A multiple of another figure the table does not give (≥服务券金额的3倍): the multiple, as ≥3倍
_MULTIPLE_OF = lazy_pattern(rf"(?P<pre>{_PRE})?[\u4e00-\u9fff]{{2,12}}的(?P<times>{_NUM}倍)")


def _multiple_of(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    match = _MULTIPLE_OF.fullmatch(text)
    if match is None:
        return None
    value = _parse(raw, f"{match.group('pre') or ''}{match.group('times')}", year, lex, allow_placeholder=False, repair=False)
    return replace(value, text=text) if _measured(value) else None


# A time limit counted from an event: 达成赔偿协议后10日内, 受理后15个工作日内, 收到检察建议书之日起2个月内
# (the statutory wordings, 自 or not), or before it: 刑满释放前3个月内; or on a condition: 材料齐全的3个工作日内
# (the figure in Chinese numerals too: 开学后一个月内; or half a unit: 发证后半年内; or the bound in words:
# 验收合格后不超过1年)
# (the event's year written before it, the budget year's: 2026年春节后1个月内; a grade's capital letter in the event:
# 发现D级危房后48小时内, or a product's name: 新版App上线后30天内)
_AFTER_EVENT = lazy_pattern(r"(?:(?P<year>20[0-9]{2})年)?"
                            r"(?P<event>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{0,11}?(?:[后前]|的,?)|自[\u4e00-\u9fff]{1,12}?(?:之日|之时)?起"
                            r"|[\u4e00-\u9fff]{1,12}?(?:之日|之时)起)(?P<rest>(?:[≤<0-9一两二三四五六七八九十半]|不超过).*)")


# a lead time ahead of an event, before the deed done by then (出行前15日完成)
_LEAD_TIME = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?个?(?:工作日|小时|天|日|周|个月)")


def _lead_time_alone(rest: str) -> str:
    """A lead time without the deed done by it (15日完成, 5个工作日发布通知: 15日, 5个工作日); else ``rest``."""
    lead = _LEAD_TIME.match(rest)
    if lead is not None and lead.end() < len(rest) and _DEED.match("前" + rest[lead.end():], 1) is not None:
        return lead.group()
    return rest


def _after_event(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "受理后15个工作日内", "自交办之日起3个月内", "刑满释放前3个月内": the limit as written after the
    event it counts from or to (≤15个工作日)."""
    match = _AFTER_EVENT.fullmatch(text)
    if match is None or (match.group("year") and year is not None and int(match.group("year")) != year):
        return None  # another year's event (2025年春节后1个月内 in 2026) is no limit within this one
    rest = _DEED.sub("", match.group("rest"))  # 15个工作日内办结: the deed the limit is for
    event = match.group("event")
    # up to an event only as a window (刑满释放前3个月内); 会议召开前3天 is "at least 3 days ahead", a day set by
    # the event (external, as 开学前), and 春节前15天内 or 汛前30天 is a deadline set by a season (the lexicon's)
    if event.endswith(("的", "的,")) and not rest.endswith("内"):
        return None  # a condition, then a limit only as a window: 符合条件的3人 is no time limit
    if event.endswith("前") and not rest.endswith("内"):  # 开班前5个工作日: a lead time before the event
        rest = _lead_time_alone(rest)  # 出行前15日完成, 开班前5个工作日发布通知: the deed done by it is the name's
        if _parse(raw, rest, year, lex, allow_placeholder=False, repair=False).kind != "duration":
            return None
        return ParsedValue(raw=raw, text=text, kind="qualitative", quality="external")
    if event.endswith("前") and lex.external_re is not None and lex.external_re.search(event):
        return None
    rest = rest.replace("月龄", "个月")  # 犊牛出生后6月龄内: six months of age, six months after the birth
    if rest[0] == "半":
        rest = _HALF.sub(_half_spelt, rest, count=1)  # 发证后半年内: six months, as 半年内 alone
    elif rest.startswith("两月"):
        rest = _TWO_MONTHS_WITHIN.sub("2个月", rest, count=1)  # 产后两月内: as 两月内 alone
    value = _parse(raw, rest, year, lex, allow_placeholder=False, repair=False)
    if value.horizon_years == 1 and value.op in CEILING_OPS:
        # 验收后1年内, 验收后≤1年: a year from the event, a limit as 验收后12个月内 is, not the budget year's end
        return replace(value, text=text, kind="duration", horizon_years=None)
    return replace(value, text=text) if value.kind in ("duration", "horizon") else None


# How often in a season, the season named first: 汛期(5—9月)每周1次, 防火期内每天巡查1次, or by its
# months: 4—9月每周1次, 5月至9月每月2次
_SEASON_RHYTHM = lazy_pattern(r"(?![每第])(?P<season>[\u4e00-\u9fff]{1,4}[期季](?:间|内)?(?:\([^()]{1,12}\))?"
                              r"|[0-9]{1,2}月?(?:-|—|至|到|~)[0-9]{1,2}月份?(?:间|内|期间)?)(?P<rhythm>每.+)")


def _season_rhythm(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "汛期(5—9月)每周1次": the frequency after the season it holds in, as if written alone."""
    match = _SEASON_RHYTHM.fullmatch(text)
    if match is None:
        return None
    value = _parse(raw, match.group("rhythm"), year, lex, allow_placeholder=False, repair=False)
    return replace(value, text=text) if value.kind == "per_unit" else None


# Once in each of two seasons: 春秋两季各1次 (the spring and autumn surveys, 春防秋防), in each half
# of the year (上、下半年各1次), or in a river's high- and low-water periods (丰水期、枯水期各1次, the
# water-quality rounds; 汛期、非汛期, 汛前、汛后 the flood-season ones): two in the year
_SEASONS_EACH = lazy_pattern(r"(?:每年|全年)?(?:(?:春秋|春夏|夏秋|秋冬|冬春)两季|上、?下半年|上半年、?下半年"
                             r"|丰、?枯水期|丰水期、?枯水期|枯水期、?丰水期|汛期、?非汛期|汛前、?汛后"
                             # two months named (每年4月、10月各1次): twice, as 上、下半年
                             r"|(?:1[0-2]|[1-9])月[、和及]?(?:1[0-2]|[1-9])月(?:份)?)"
                             r"各(?:开展|组织|实施|举办)?"
                             r"(?P<count>[0-9]{1,3}[\u4e00-\u9fff]{1,2})")


def _seasons_each(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "春秋两季各1次", "上、下半年各1次": the count in the year, twice the one of each, exactly (＝2次)."""
    match = _SEASONS_EACH.fullmatch(text)
    if match is None:
        return None
    each = _parse(raw, match.group("count"), year, lex, allow_placeholder=False, repair=False)
    if each.kind != "count" or each.number is None or each.op is not None:
        return None
    return replace(each, raw=raw, text=text, number=each.number * 2, op="=")


# a day named with the whole of it (8月8日全天, 2024年8月8日当天): the day itself
_WHOLE_DAY = ("全天", "当天", "当日")


def _whole_day(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "8月8日全天": the date before the words, a day that can be checked."""
    if not text.endswith(_WHOLE_DAY):
        return None
    value = _parse(raw, text[:-2], year, lex, allow_placeholder=False, repair=False)
    return replace(value, text=text) if value.kind == "deadline" and value.deadline is not None else None


# A day named, its date in brackets: 烈士纪念日（9月30日）前, 重阳节（10月29日） (9月30日（烈士纪念日） is a remark);
# or a season, its month in brackets, and 前 (主汛期（6月）前完成: as 6月前)
_NAMED_DAY = lazy_pattern(r"[\u4e00-\u9fff]{1,8}(?:(?:纪念日|节)\((?P<date>[^()]{3,14})\)(?P<by>之前|前|当天|当日)?"
                          r"|期\((?P<month>[^()]{2,14})\)(?:之前|前)(?:完成)?)")


# a date, the day's name in brackets, then 前 (2026年2月16日（除夕）前, 9月30日（烈士纪念日）前)
_DAY_NAMED_AFTER = lazy_pattern(r"(?P<date>[0-9年月]{3,10}[日号])\([\u4e00-\u9fff]{1,8}\)(?P<by>之前|前)")


def _named_day(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "烈士纪念日（9月30日）前": the date in brackets, and the 前 written after them; a year written before
    the name (2026年主汛期（6月）前) is the date's. The day named in brackets after its date, and 前 after them
    (2026年2月16日（除夕）前), is the date and 前."""
    remarked = _DAY_NAMED_AFTER.fullmatch(text)
    if remarked is not None:
        value = _deadline(raw, remarked.group("date") + remarked.group("by"), year)
        return replace(value, text=text) if value is not None and value.deadline is not None else None
    written = _YEAR_BEFORE_SEASON.match(text)
    named, in_year = (text[written.end():], int(written.group("y"))) if written is not None else (text, year)
    match = _NAMED_DAY.fullmatch(named)
    if match is None:
        return None
    by = match.group("by") if match.group("by") in ("前", "之前") else ""
    value = _deadline(raw, match.group("date") + by if match.group("date") else match.group("month") + "前", in_year)
    if value is None or value.deadline is None:
        return None
    return replace(value, text=text, year_inferred=value.year_inferred and written is None)


_QUOTES = "“”\"'‘’「」『』"


def _quoted(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ “≥200人”, ”＝2次“: a value wrapped in quotation marks is the value inside them."""
    if len(text) < 3 or text[0] not in _QUOTES or text[-1] not in _QUOTES:
        return None
    value = _parse(raw, text[1:-1].strip(), year, lex, allow_placeholder=False)
    return replace(value, text=text) if value.kind == "deadline" or _measured(value) else None


# A remark in brackets after a figure: ≥38万头(只), ≥412人(次), ＝100%(抽查), ≤528万元(含补发).
_REMARK = lazy_pattern(r"(?P<body>.+?)\((?P<remark>[^()]{1,16})\)")
_TITLE = lazy_pattern(r"《[^《》]*》")
# what is done by a date or within a limit (2024年6月底前完成采购, 15个工作日内办结): cut to read it
# (and what is done within a response time: 2小时内响应, 30分钟内到达现场, 12小时内上报, 1分钟内派车; 组织 before a
# deed is the bureau's own part in it: 2026年11月30日前组织验收)
_DEED = lazy_pattern(r"(?<=[前内])(?:全部|全面|全额|足额|组织)?(?:完成|实施|开展|启动|办结|拨付|下达|发放|答复|回复|办理完毕|办理"
                     r"|响应|到达|到场|赶到|处置|处理|解决|反馈|报告|上报|报送|送达|修复|审核|审批|兑付|支付"
                     # (a work finished or handed over: 10月底前竣工, 年底前建成通车, 12月底前通过验收; a case
                     # assigned or put right: 3个工作日内指派, 2个月内整改, 5分钟内出警)
                     r"|建成|竣工|完工|通车|交付|投用|投入使用|上线|开工|通过|验收|整改|指派|派单|出警|作出|救助|接听|接通"
                     # (a work's other milestones: 11月30日前公示, 9月底前结题, 6月底前召开)
                     r"|结题|立项|公示|公布|印发|出版|出具|采购|安装|召开|举办"
                     r"|派车|出车|转办|出动"  # a dispatcher's deeds: 接警后1分钟内派车, 受理后30分钟内转办, 30分钟内出动
                     r"|发布"  # a warning put out: 发现后24小时内发布
                     # (a card posted, a newcomer registered, a result entered, a case handed on: 制证完成后3个工作日内寄出,
                     # 来后3日内登记, 检测完成后5个工作日内录入系统, 发现后24小时内移交森林公安)
                     r"|寄出|寄送|邮寄|登记|录入|移交"
                     r"|回访|兑现|开通"  # a caller called back, an award paid, a service opened: 来电结束后24小时内回访
                     r"|支出"  # money spent: 12月底前支出, and all of it (12月底前支出100%; 支出80% is a share, no deed)
                     r"|报)"  # sent to whom it is due: 9月30日前报省住建厅
                     # (and all of it, after any deed: 12月底前支出100%, 12月底前完成100%)
                     r"[\u4e00-\u9fff]{0,8}(?:100%)?$")
# an aim after the target, parted by a comma as a remark is by brackets (≥95%，力争100%, as ≥95%（力争100%）;
# 2023年12月31日前，力争提前完成)
_AIM_AFTER = lazy_pattern(r"[,;](?:力争|争取|努力)[^,;]*$")
# the sum a money standard per one makes, after a comma (2万元/栋，共180万元)
_TOTAL_AFTER = lazy_pattern(r"[,;](?:共|合计|共计|总计)[0-9][^,;]*元$")
# how long a rhythm is kept up, after a comma (每月1次，连续监测6个月): the frequency is the target
_SPAN_AFTER = lazy_pattern(r"[,;](?:连续|持续)[\u4e00-\u9fff]{0,4}?[0-9]+个?(?:月|年|周|天|日)$")
# a date finer than its year
_WITHIN_A_YEAR = lazy_pattern(r"月|季|半年|旬")
# a body that is a deadline of its own (年内, 年底前), not a bare year (次年) the bracket refines
_BY_WORDS = ("前", "内", "底", "末")


def stated_sum(value: ParsedValue, lexicon: Lexicon | None = None) -> Decimal | None:
    """The sum a money standard per one states after it (2万元/栋，共180万元: 1,800,000 元), else None."""
    total = _TOTAL_AFTER.search(value.text or "")
    if value.kind != "per_unit" or total is None:
        return None
    return parse_value(total.group().lstrip(",;共合计总"), lexicon=lexicon).yuan


def _with_remark(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """A figure followed by a bracketed remark or unit variant (头(只), 台(套)): the figure as written
    before it; the remark says how it is counted or checked, not what the target is. A bracket that
    holds the unit itself (≤30(万元), ≥200(人)) or what it is per (≤5000元(每人)) is part of the value."""
    if text.endswith("顺延") and "," in text:  # 6月30日前，如遇汛期顺延: a postponement after a comma, as in brackets
        value = _parse(raw, text.rpartition(",")[0], year, lex, allow_placeholder=False, repair=False)
        return replace(value, text=text) if value.kind in ("deadline", "duration") else None
    if "," in text or ";" in text:
        aim = _AIM_AFTER.search(text)  # the floor is the target, the aim no second one
        if aim is not None:
            value = _parse(raw, text[:aim.start()], year, lex, allow_placeholder=False, repair=False)
            kept = value.kind == "deadline" or (_measured(value) and value.number is not None)
            return replace(value, text=text) if kept else None
        total = _TOTAL_AFTER.search(text)  # 2万元/栋，共180万元: the standard is the target, the sum it makes no second
        if total is not None:
            value = _parse(raw, text[:total.start()], year, lex, allow_placeholder=False, repair=False)
            return replace(value, text=text) if value.kind == "per_unit" and value.yuan is not None else None
        span = _SPAN_AFTER.search(text)
        if span is not None:
            value = _parse(raw, text[:span.start()], year, lex, allow_placeholder=False, repair=False)
            return replace(value, text=text) if value.kind == "per_unit" else None
    if not text.endswith(")"):
        return None
    # a title's own brackets are in the remark (按《技术规范（2020年版）》), the title no part of the target
    match = _REMARK.fullmatch(_TITLE.sub("《》", text) if "《" in text else text)
    if match is None:
        return None
    body, remark = match.group("body"), match.group("remark").strip()
    value = _parse(raw, body, year, lex, allow_placeholder=False, repair=False)
    if value.kind == "qualitative":
        # a figure the rewrites read, then how it is counted: 减少≥500吨（折纯）, 昼间≤70dB（A）, 合格率≥95%（抽检）;
        # a festival's day gives way to the date in its brackets (2024年“八一”前（7月31日前）), read below
        rewritten = _rewritten(raw, body, year, lex)
        if rewritten is not None and not (rewritten.kind == "deadline" and _deadline(raw, _DEED.sub("", remark), year) is not None):
            value = rewritten
    if value.number is not None and value.unit is None and lex.unit_info(remark) is not None:
        joined = _simple_with(body, remark, raw, year, lex)  # ≤30(万元) is ≤30万元
        return replace(joined, text=text) if joined is not None else None
    if remark.startswith("每"):
        per = _parse(raw, f"{body}/{remark[1:]}", year, lex, allow_placeholder=False, repair=False)
        if per.kind == "per_unit":
            return replace(per, text=text)  # else a note of its own (≤0.0625（每世代近交增量≤1%）), read below
    # 2024年4月30日前（汛期前） and 汛期前（2024年4月30日前）: the date is the target, the season its name;
    # 年内（2024年6月底前完成采购）, 次年（3月底前）: the date in brackets makes the year precise
    dated_text = _DEED.sub("", remark)
    if value.kind == "deadline" and value.deadline is not None:
        inner = _deadline(raw, dated_text, value.deadline.year)  # its year, unless written, is the one outside
        if inner is not None and inner.deadline is not None:
            bare_year = not _WITHIN_A_YEAR.search(body) and not body.endswith(_BY_WORDS)  # 次年（3月底前）
            # else both are dates: the later one is when all is done (2024年底前（6月底前完成采购）:
            # the year's end; 2024年底前（2025年3月底前完成审计）: the audit's date, after the year)
            inferred = inner.year_inferred and value.year_inferred  # a year written in either is written
            if bare_year or inner.deadline > value.deadline:
                return replace(inner, text=text, op=inner.op or value.op, year_inferred=inferred)
            # 2024年上半年（6月30日前）: one day, its 前 written in the brackets
            same_day_op = inner.op if inner.deadline == value.deadline else None
            return replace(value, text=text, op=value.op or same_day_op, year_inferred=inferred)
        return replace(value, text=text)
    written = _YEAR_BEFORE_SEASON.match(body)  # 2024年汛期前（5月31日前）: the season of a year written
    season, in_year = (body[written.end():], int(written.group("y"))) if written is not None else (body, year)
    dated = _deadline(raw, dated_text, in_year)
    if dated is not None and dated.deadline is not None and _dated_by_remark(season, in_year, lex):
        return replace(dated, text=text, year_inferred=dated.year_inferred and written is None)
    # a bare figure only with its comparison (≤0.0625（…）, a coefficient): 2023（全年） is no target
    bare = value.unit is None and value.kind != "rate" and value.op is None
    if not _measured(value) or value.number is None or bare:
        return None
    return replace(value, text=text)


# a figure, then how it breaks down: ≥1860公里（县道320公里、乡道560公里…）, ≤1242万元，其中中央资金800万元
# (or on the next line of the cell, ≥200人\n其中女性≥80人: the break is gone once normalised)
_BREAKDOWN = lazy_pattern(r"(?P<body>[^(),;]+?)(?:\([^()]+\)|[,;]?其中.+)")


def _figure_then_breakdown(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """The leading figure of a value that goes on to break it down (too long for a remark): the
    parts add up to it or are counted within it, the target is the whole."""
    if "(" not in text and "其中" not in text:
        return None
    match = _BREAKDOWN.fullmatch(text)
    if match is None:
        return None
    value = _parse(raw, match.group("body"), year, lex, allow_placeholder=False, repair=False)
    return replace(value, text=text) if _measured(value) and value.unit is not None else None


# the break between two targets in one cell: ≥200人，≥300人次, ≥3场/≥500人
_TARGET_BREAK = lazy_pattern(r"[,;、/]")
_TARGET_BREAKS = frozenset(",;、/")  # one set test before the split: most values hold none


def _one_measure(unit: str, other: str) -> bool:
    """Two units of one measure, the one a start of the other (人 and 人次, % and %): a floor and a ceiling in
    them are a range, not two targets."""
    return unit.startswith(other) or other.startswith(unit)


# what one of two targets holds for, named before its comparison (汛期, 非汛期, 城区, 农村)
_TARGET_LABEL = lazy_pattern(r"[\u4e00-\u9fff]{1,6}(?=[≥≤<>＞＜])")
# …or a tier named before its figure per period or head, with no comparison (汛期每日1次, 初级每人1200元)
_TIER_LABEL = lazy_pattern(r"[\u4e00-\u9fff]{1,6}?(?=每)")
# (a comparison word ending it is no tier's name: 城区不少于每日2次 has its floor there, not a tier 城区不少于)
_PREFIX_OP_WORDS = tuple(_PREFIX_OPS)
# …or a tier named before its time limit (一般故障24小时内, 重大故障72小时内), or a limit named by its deed after
# it (接到报修后2小时内响应，24小时内修复: the deeds cut): the limit's 内 is its comparison
_LIMIT_LABEL = lazy_pattern(r"[\u4e00-\u9fff]{0,6}?(?=[0-9][0-9.]*个?(?:小时|分钟|天|日|工作日|个月)内$)")
# …or a place or tier named before a bare figure, both in one measure (县级100%、乡镇90%)
_FIGURE_LABEL = lazy_pattern(r"[\u4e00-\u9fff]{1,6}(?=[0-9])")
# a second target for each of what the first counts (≥150家，每家≥2次)
_EACH_LABEL = lazy_pattern(r"每[\u4e00-\u9fff]{1,3}(?=[≥≤<>])")


def _two_targets(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "≥200人，≥300人次", "≥3场/≥500人": two targets, each with its comparison and unit, in one value, or two
    tiers each with its figure per period or head and no comparison (汛期每日1次，非汛期每周1次). The first is
    read, with the problem told (the indicator is two); not two bounds of one range (≥200人，≤300人)."""
    if _TARGET_BREAKS.isdisjoint(text):
        return None
    parts = _TARGET_BREAK.split(text)
    if len(parts) != 2:
        return None
    targets = []
    written = parts
    each = _EACH_LABEL.match(parts[1])
    if each is not None:
        parts = [parts[0], parts[1][each.end():]]
    uncut = parts
    if "内" in text:
        parts = [_DEED.sub("", part) for part in parts]
    labelled = [_TARGET_LABEL.match(part) for part in parts]
    tiers = [label if label is not None and not label.group().endswith(_PREFIX_OP_WORDS) else None
             for label in (_TIER_LABEL.match(part) for part in parts)]
    per_tier = not all(labelled) and all(tiers)  # 汛期每日1次，非汛期每周1次: two tiers, each its own figure
    # each limit named, before it or by its deed (24小时内，72小时内 names neither)
    limits = [limit if limit is not None and (limit.group() or part != whole) else None
              for limit, part, whole in zip((_LIMIT_LABEL.match(part) for part in parts), parts, uncut)]
    per_limit = not all(labelled) and not per_tier and all(limits)  # 一般故障24小时内，重大故障72小时内
    figured = [_FIGURE_LABEL.match(part) for part in parts]
    per_figure = (not (all(labelled) or per_tier or per_limit)  # 县级100%、乡镇90%: no comparison, each named
                  and all(label is not None and label.group()[-1] not in _NOT_A_NAME_END
                          and _LEADING_OP.fullmatch(label.group()) is None for label in figured))
    if all(labelled) or per_tier or per_limit or per_figure:  # 汛期≤24小时，非汛期≤72小时: each named by what it holds for
        parts = [part[label.end():] for part, label
                 in zip(parts, labelled if all(labelled) else tiers if per_tier else limits if per_limit else figured)
                 if label is not None]
    for part in parts:
        lead = _LEADING_OP.match(part)
        if not (per_tier or per_limit or per_figure) and (lead is None or lead.group("op") is None):
            return None  # each part has its own comparison: ≥5人/万人 is one target per 万人
        value = _parse(raw, part, year, lex, allow_placeholder=False, repair=False)
        if not _measured(value) or value.unit is None or (value.op is None and not (per_tier or per_figure)):
            return None
        targets.append(value)
    first, second = targets
    if per_figure and not first.kind == second.kind == "rate":
        return None  # 城区120人、农村80人 adds up to one count, 开展培训2次、发放资料500份 is two deeds: no tiers
    ops = {first.op, second.op}
    if _one_measure(first.unit, second.unit) and ops & {"≥", ">"} and ops & {"≤", "<"}:  # type: ignore[arg-type]
        return None  # ≥200人，≤300人: a range, the rewrites' (_TWO_BOUNDS), and so is ≤300人，≥200人
    return replace(first, raw=raw, text=text, problems=(*first.problems, (TWO_TARGETS, written[1])))


_WHOLE_BRACKET = lazy_pattern(r"[(\[【](?P<inside>[^()\[\]【】]+)[)\]】]")


# the target named, its figure in brackets: 完成省下达目标（95%）, 达到省定标准（≥90%）
# (an operator before the words is the figure's: a workbook's 运算符 column ≥ joined to 完成省下达目标（95%）)
_TARGET_THEN_FIGURE = lazy_pattern(r"(?P<op>[≥≤><]|不低于|不少于|不高于|不超过)?(?P<reach>完成|达到|实现)?"
                                   r"[\u4e00-\u9fff]{2,16}?(?:目标|任务|标准|要求|计划|指标)[(\[【]"
                                   r"(?P<inside>[^()\[\]【】]{0,12}[0-9][^()\[\]【】]{0,12})[)\]】]")


def _bracketed(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "（2023年12月31日前）": the whole value in brackets, as some templates print it; "完成省下达目标（95%）":
    the target named and its figure in brackets, the figure."""
    match = _WHOLE_BRACKET.fullmatch(text) or _TARGET_THEN_FIGURE.fullmatch(text)
    if match is None:
        return None
    inside = match.group("inside").strip()
    op = match.groupdict().get("op")
    if op and inside[:1].isdigit():
        inside = op + inside
    value = _parse(raw, inside, year, lex, allow_placeholder=False)
    if match.groupdict().get("reach") and value.op is None and _measured(value):
        # a target completed or reached is its figure at least, as 达到95% is; one of 100% is met in full (＝100%),
        # not "at least", which VAL004 would tell as meaning nothing more
        full = value.kind == "rate" and value.number == 100
        value = replace(value, op="=" if full else "≥")
    return replace(value, text=text) if value.kind == "deadline" or _measured(value) else None


# a response time with its deed and no 内: 2小时响应, ≤4小时到场
_LIMIT_THEN_DEED = lazy_pattern(r"(?P<limit>[≥≤<]?[0-9]+(?:\.[0-9]+)?个?(?:小时|分钟|min|h|天|日|工作日))"
                                r"(?:响应|到场|到达|赶到|处置|办结|答复|回复|反馈|修复|上报|报告|送达|出警)"
                                r"(?:(?![一每])[\u4e00-\u9fff]){0,6}")  # not 3天上报一次, a frequency
# what is done by the date, named before it: 资金于2023年12月底前拨付
_DONE_BY_DATE = lazy_pattern(r"[\u4e00-\u9fff]{1,6}?[于在](?=[0-9])")


def _date_then_deed(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "2023年12月31日前完成验收", "12月底前拨付到位", "资金于2023年12月底前拨付": the date; the deed
    done by it is what the indicator names, not part of the target. So too after a time limit:
    "2小时内响应", "30分钟内到达现场" are ≤2小时, ≤30分钟."""
    if "前" not in text and "内" not in text:
        limit = _LIMIT_THEN_DEED.fullmatch(text)  # 2小时响应, ≤4小时到场: the limit, 内 left unsaid
        if limit is None:
            return None
        value = _parse(raw, limit.group("limit"), year, lex, allow_placeholder=False, repair=False)
        return replace(value, text=text) if value.kind == "duration" else None
    body = _DEED.sub("", text)
    if body == text:
        return None
    lead = _DONE_BY_DATE.match(body)
    # a fixed festival's day too (2026年八一前发放到位)
    value = _deadline(raw, _festival_as_date(body[lead.end():] if lead else body, year), year)
    if value is None and body.endswith("内") and _HAS_DIGIT.search(body):
        value = _parse(raw, body, year, lex, allow_placeholder=False, repair=False)
        if value.kind not in ("duration", "horizon"):
            return None
    return replace(value, text=text) if value is not None else None


_LIST_BREAK = lazy_pattern(r"[，,；;、]")
# how much of the work a step finishes: 6月底前完成50%，12月底前完成100%
_STEP_SHARE = lazy_pattern(r"(?<=[前内])完成[0-9]+(?:\.[0-9]+)?%$")
_RHYTHM = lazy_pattern(r"(?:每|按)(?:月|季度|季|年|半年|周)[0-9一二三四五六七八九十]+[\u4e00-\u9fff]{1,3}")


def _dates_listed(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "2024年6月底前完成采购，2025年3月底前完成验收": steps with dates of their own, done by the
    last (which the deadline rules then check, in or out of the budget year)."""
    parts = [part.strip() for part in _LIST_BREAK.split(text) if part.strip()]
    if len(parts) < 2 or len(parts) > 6:
        return None
    dated: list[ParsedValue] = []
    for number, part in enumerate(parts):  # a step without its year is in the year of the step before
        before = dated[-1].deadline if dated else None
        step = _DEED.sub("", _STEP_SHARE.sub("", part))
        value = _deadline(raw, step, before.year if before is not None else year)
        if value is None and (before is not None or step[:1].isdigit()):
            # months of a year written (2026年4—6月、9—11月: spring and autumn terms), done by the end of each
            period = _period_end(step if before is None or "年" in step else f"{before.year}年{step}")
            value = _deadline(raw, period, year) if period is not None else None
        if value is None and number < len(parts) - 1 and _RHYTHM.fullmatch(part):
            continue  # 每季度1个，第四季度末前全部完成: how often, then by when
        if value is None or value.deadline is None:
            return None
        if before is not None and value.year_inferred:  # the year written for the step before
            value = replace(value, year_inferred=dated[-1].year_inferred)
        dated.append(value)
    last = max(dated, key=lambda value: value.deadline)  # type: ignore[arg-type, return-value]
    return replace(last, raw=raw, text=text, op="≤", year_inferred=any(value.year_inferred for value in dated))


_ON_TIME_WORDS = frozenset({"完成", "按时", "及时", "如期", "按期", "按时完成", "及时完成", "如期完成", "按期完成",
                            "全部完成", "全面完成", "完成时间"})


# a year written before a season or an event (2024年汛期前, 2025年春节前): the year of the date in brackets
_YEAR_BEFORE_SEASON = lazy_pattern(r"(?P<y>[0-9]{4})年度?(?=[^0-9])")


def _dated_by_remark(body: str, year: int | None, lex: Lexicon) -> bool:
    """Whether a date in brackets after ``body`` says when ``body`` is: a season or an event set by
    others (汛期前), or the year itself (年内), which the date makes precise. Not vague words:
    明显改善（2024年底前） stays vague."""
    if _HAS_DIGIT.search(body):
        return False
    if body in _ON_TIME_WORDS:  # 完成（2024年12月31日前）, 按时（2024年12月底前）: the date is the target
        return True
    quality = _qualitative(body, body, year, lex).quality
    return quality in ("external", "whole_year") or _deadline(body, body, year) is not None


def _simple_with(body: str, unit: str, raw: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """``body`` with ``unit`` put after its figure, before a comparison word (30以上 + 人 → 30人以上)."""
    suffix = next((word for word in SUFFIX_WORDS if body.endswith(word)), "")
    value = _parse(raw, f"{body[:len(body) - len(suffix)]}{unit}{suffix}", year, lex, allow_placeholder=False,
                   repair=False)
    return value if _measured(value) and value.unit is not None else None


def _join_groups(match: re.Match[str]) -> str:
    groups = match.group().split(",")
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return match.group()  # well placed: the value failed for another reason
    return "".join(groups)


# two opposite signs before one figure (≥≤3000吨): typed both, so it cannot be told which is meant
_OPPOSITE_SIGNS = lazy_pattern(r"(?:[≥>][≤<]|[≤<][≥>])(?=[0-9])")


def _opposite_signs(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "≥≤3000吨": the figure read with the first sign, and the two told as contradicting."""
    signs = _OPPOSITE_SIGNS.match(text)
    if signs is None:
        return None
    value = _parse(raw, text[1:].replace(text[1], text[0], 1), year, lex, allow_placeholder=False, repair=False)
    if not _measured(value):
        return None
    return replace(value, text=text, problems=(*value.problems, (CONTRADICTING_OPS, signs.group())))


def _loose_separators(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "1,0000元", "10,00人": the digits as written, with a problem, since another figure may be meant."""
    if "," not in text:
        return None
    fixed = _LOOSE_GROUPS.sub(_join_groups, text)
    if fixed == text:
        return None
    value = _parse(raw, fixed, year, lex, allow_placeholder=False, repair=False)
    if not _measured(value) or value.unit is None or "rate" in (value.kind, value.base_kind):
        return None  # "2023,12,31" may be anything; "99,50%" is a decimal comma, not 9950%
    return replace(value, text=text, problems=(*value.problems, (MISPLACED_SEPARATOR, "")))


# Other ways of writing what the grammar reads, each rewritten to the form it reads:
# a year in Chinese digits (二〇二三年), a percentage or permille in words (百分之九十五, 千分之三), a period of months
# (2023年1-12月: done by the end of its last month), and a range written as two bounds
# (≥90%且≤95%).
_CN_YEAR = lazy_pattern(r"([〇零一二三四五六七八九]{4})年")
# (万分之五, but not the 万 of 十万分之五 or 10万分之5: per 100,000, read as 5/10万)
_CN_PERCENT_OF = lazy_pattern(rf"(?P<of>[百千]|(?<![0-9{_CN_NUM}百千])万)分之"
                              rf"([0-9]+(?:\.[0-9]+)?|[{_CN_NUM}][{_CN_NUM}百]*(?:点[〇零一二三四五六七八九]+)?)")
_PER_HUNDRED_THOUSAND = lazy_pattern(rf"(?<![0-9.{_CN_NUM}百千])(?:10|十)万分之"
                                     rf"([0-9]+(?:\.[0-9]+)?|[{_CN_NUM}][{_CN_NUM}百]*)")
# (a period only with its year: "3-6月" alone is as often a duration; bounds only inclusive ones,
# which a range means: ">90%,<95%" stays as written)
_MONTH_PERIOD = lazy_pattern(r"(?P<y>[0-9]{4}年)(?P<m1>[0-9]{1,2})月?[-~～至到—–](?P<m2>[0-9]{1,2})月份?"
                             r"(?:受理|完成|实施|开展|发放|办理)?")


def _period_end(text: str) -> str | None:
    """ "2023年1-12月": the period as the deadline of its end (2023年12月底前); None when it is none."""
    period = _MONTH_PERIOD.fullmatch(text)
    if period is None or not 1 <= int(period.group("m1")) <= int(period.group("m2")) <= 12:
        return None
    return f"{period.group('y')}{int(period.group('m2'))}月底前"


# A change as the target: 较上年下降≥5%, 提高≥2个百分点, 缩短≥20%, 降低10%以上 (the figure is the change)
_UP_WORDS = ("增长", "提高", "提升", "增加", "上升", "回升", "扩大", "延长")
_DOWN_WORDS = ("下降", "降低", "减少", "缩短", "压缩", "压减", "缩减", "减低", "节约", "节省")
_CHANGE_WORD = _alt(_UP_WORDS + _DOWN_WORDS)
# the baseline: 较上年, 同比, 较2023年, 较近五年均值, 比改造前 (a few words, no figure but a year)
# (环比: against the period before; 年均: a yearly average of the change; 与上年相比: the baseline in other words)
_AGAINST_LAST_YEAR = lazy_pattern(r"(?:(?:同比|环比|年均|(?:较|比|相比|与)(?:[0-9]{4}年度?(?:末|底)?)?[\u4e00-\u9fff]{0,8}?)(?P<w1>"
                                  + _CHANGE_WORD + r")|(?P<w2>" + _CHANGE_WORD + r"))(?=[≥≤＝=<>≈0-9不])")
# a level to reach, written with the change that reaches it: 缩短至60天以内, 降至1%以下, 提高至95%
_TO_LEVEL = lazy_pattern(r"(?P<w>" + _CHANGE_WORD + r"|降|升)(?:至|到)(?=[≥≤=<>0-9])")
# the level it starts from, before the level to reach (由0.52提高到0.56, 从85%提升至90%, 由上年76%提高到90%): the
# target is the latter
_FROM_LEVEL = lazy_pattern(r"(?:由|从)(?:上年|去年|上一年度?|20[0-9]{2}年(?:底|末)?)?的?[0-9]{1,9}(?:\.[0-9]{1,6})?[^0-9≥≤=<>]{0,4}?(?=(?:" + _CHANGE_WORD + r"|降|升)(?:至|到)[≥≤=<>0-9])")
# an earthquake's magnitude written with its scale in front: ≤ML1.5 is ≤1.5级
_MAGNITUDE = lazy_pattern(r"(?P<a>[≥≤<>=]?)(?:ML|Ms|M)(?P<b>[≥≤<>=]?)(?P<n>[0-9]+(?:\.[0-9]+)?)级?")
_PER_POPULATION = lazy_pattern(r"/(10|100|百)?万(?:人口|活产|常住人口|人|车|辆|工时)?(?=(?:以下|以内|及以下)?$)")  # (≤15/10万以下)
_PER_POPULATION_UNITS = {None: "/万", "10": "/十万", "100": "/百万", "百": "/百万"}
# "合格率 ≥95%", "社会就业率提高≥2个百分点", "培训人数达到200人": the measure named again, then its target
# (and the span a forecast is over before it: 24小时晴雨预报准确率≥85%)
_MEASURE_NAMED = lazy_pattern(r"(?:[0-9]{1,3}(?:小时|天|日))?[\u4e00-\u9fff]{0,12}(?:率|比例|占比|比重|人数|人次|次数|户数|个数|天数|满意度|知晓度|认可度"
                              r"|时间|时限|时长|期限|工期|周期)\s*"  # 办结时限15个工作日, 服务期限1年
                              r"(?P<verb>达到|达|为|保持在|保持|控制在|" + _CHANGE_WORD + r")?\s*"
                              # (or the level it is brought to: 审批时限压缩至5个工作日)
                              r"(?=[≥≤=<>≈0-9]|不低于|不少于|不高于|不超过|不多于|高于|低于|超过|大于|小于"
                              r"|(?:" + _CHANGE_WORD + r"|降|升)(?:至|到)[≥≤=<>0-9])")
# What is counted, named in any words before the target's comparison: 带动就业≥200人, 保修期≥3年,
# 更新周期不超过3年 (the name is the indicator's; the target is what follows). Shortest name first, so
# the comparison is the first one written.
_NAMED_BEFORE_SIGN = lazy_pattern(r"[\u4e00-\u9fff]{1,12}?(?=[≥≤=<>≈])")
# …or right before its figure, with no comparison (带动就业200人, 缺陷责任期2年); not after an ordinal
# (第3), a rank (前10名), a time (近3年, 一年2次), a hedge (约, 余), an event (受理后, 之日起) or a date's 于
_NAMED_BEFORE_FIGURE = lazy_pattern(r"[\u4e00-\u9fff]{2,12}(?=[0-9])")
_NOT_A_NAME_END = frozenset("第前后近约超逾余起年月日周季天号的末初底内于在")
_NAMED_BEFORE_WORD = lazy_pattern(r"[\u4e00-\u9fff]{1,12}?(?=不低于|不少于|不高于|不超过|不多于|不大于|不小于|不得[低少小超高多大]"
                                  r"|至少|最多|最少|最高|最低|高于|低于|超过|大于|小于|多于|少于|达到)")
# (in any unit: ≥10人且≤20人, ≥50万元且≤100万元; the range grammar then checks that the units agree)
_TWO_BOUNDS = lazy_pattern(r"(?:≥|不低于|不少于)(?P<a>[0-9]+(?:\.[0-9]+)?)(?P<u>%|(?:(?![且并])[\u4e00-\u9fff]){1,3}?)?(?:且|并且|，|,|；|;|、|\s)*"
                           r"(?:≤|不高于|不超过)(?P<b>[0-9]+(?:\.[0-9]+)?)(?P<ub>%|[\u4e00-\u9fff]{1,4})")
# a range said to be one: 在80%-90%之间, 介于3-5个之间
_BETWEEN = ("保持在", "控制在", "在", "介于")


# Figures and dates spelt in other ways, each rewritten to the usual form (see _respelt)
_MONEY_SIGN = lazy_pattern(rf"(?:人民币|¥|RMB|CNY)(?P<num>{_NUM})(?P<mult>[千万亿]?)(?P<rest>.*)")  # ≤人民币500万元, ≤¥500万元
_SQUARED = lazy_pattern(r"(?<=[0-9/a-zA-Z每])m([23])(?![0-9])")  # m3 → m³: a unit has no digits in it (每m3≤5元)
# a measure named in Latin letters before its sign: PM2.5≤25微克/立方米, COD≤50mg/L, or the value as
# x (x≥90%) (not the magnitude scale: ML≤1.5 is 1.5级)
_LATIN_MEASURE = lazy_pattern(r"(?!M[Ls]?[≥≤<>=])[A-Za-z][A-Za-z0-9.]{0,5}(?=[≥≤<>=])")
# pH named before its figure, with or without 值, a colon or 为 (PH6-9, pH值6～9, pH：6-9, pH值为6～9, pH值≤8.5, pH值在
# 6-9之间); no other Latin name is cut before a figure (PM2.5, COD50 would lose their own digits)
_PH = lazy_pattern(r"[pP][hH]值?(?::|为)?(?=[0-9≥≤<>=]|在[0-9])")
# the bounds written around the value, as an inequality: 95%≤x≤100%, 6.5≤pH≤8.5, 6≤pH值≤9
_BOUNDS_AROUND = lazy_pattern(r"≤(?:[xX]|[pP][hH]值?)≤")
# how often, per a number of periods: ≥1次/2年 is 每2年≥1次 (as 每2年1次 is read); the figure has its
# unit (2024/12月 is a month of a year); so is a density per a round area, ≥1个/100平方公里 or ≥1个/50平方公里
# (3场/500人 may be two targets: no other unit)
_PER_PERIODS = lazy_pattern(r"(?P<fig>[^/]*[^/0-9.])/(?P<periods>[0-9]{1,2}个?(?:年|月|周|天|日|季度)"
                            r"|[1-9]0{1,4}(?:平方公里|平方千米|公顷|亩|公里|千米))")
# how often with no 每: 一年两次, 半年1次, 两年一次, 三个月一次, 12个月一次 (any number of months), 一年不少于两次, 一季度≥2次,
# 一季度2次以上, and 一月一次, 一季度两次, 一日两次, 一天两次 (a count of times after them says how often, as 每月一次:
# January or the first quarter would be 1月份, 第一季度, 一季度内), and 一周一巡 (rounds of a patrol, counted as times);
# not 20年一次, told with 20年一遇, a return period
# (1年2次 in figures as 一年两次 in words; not 1月2次, which may be January; 1个月 is read below)
_EVERY_UNSAID = lazy_pattern(r"(?:一(?P<one>年|周|星期|学期|个月|月|季度|日|天)|1(?P<one_fig>年|周|季度|日|天)|(?P<half>半年)"
                             r"|(?P<many>[两二三四五六七八九]|[2-9]|(?:[1-9][0-9]?|十[一二]?)(?=个月))(?P<span>年|个月))"
                             r"(?P<bound>不少于|至少|不超过|最多|[≥≤])?(?P<count>[一两二三四五六七八九十]|[0-9]{1,2})[次巡](?P<more>及?以上)?")
# how often, said without 每: every two months said without 个 (每两月一次) or as 双月 or 隔月 (every other month),
# as 每2个月一次 (not 每二月, which may be February); 按月1次, 按季度一次, as 每月1次
_EVERY_PERIOD_SAID_OTHERWISE = lazy_pattern(r"(?:(?P<two_months>每?(?:两|双|隔)月度?)|按(?P<period>月|季度?|年|半年|周|天|日))"
                                            r"(?P<bound>不少于|至少|不超过|最多|[≥≤])?(?P<count>[0-9]{1,2}|[一两二三四五六七八九十])"
                                            r"(?P<rest>[次巡期](?:及?以上)?)")
_ALL_DAY = lazy_pattern(r"全天候?(?=[0-9]{1,2}(?:小时|h)$)")  # 全天24小时, 全天候24小时: hours a day, as 每天24小时
_NIGHTS = lazy_pattern(r"(?<=[0-9]天)[0-9]+[晚夜]$")  # 2天1晚: a trip's length is its days, the nights within them
_PLUS = lazy_pattern(r"(?P<fig>.*[0-9][%‰]?)\+(?P<unit>[\u4e00-\u9fff]{0,4})")  # 8000+人, 95%+: at least
_SHORT_YEAR = lazy_pattern(r"(?P<y>[0-9]{2})年(?=[0-9]{1,2}月|底|末)")  # 24年6月底前
_DOTTED_MONTH = lazy_pattern(r"(?P<y>[0-9]{4})[./](?P<m>[0-9]{1,2})月")  # 2023.12月底前
# 12.31前, 6/30前, 12月31前, 2023年12月31日17:00前: a month and day, a day without 日, a time of day
_DOTTED_DAY = lazy_pattern(r"(?P<m>1[0-2]|0?[1-9])[./](?P<d>[12][0-9]|3[01]|0?[1-9])(?P<by>前|之前|以前)")
_DAY_WITHOUT_RI = lazy_pattern(r"(?<=月)(?P<d>[0-9]{1,2})(?=(?:前|之前|以前)$)")
# half a unit of time: 1个半小时, 2个半月, 1年半, 半小时, 半个月, 半天, 半日, 半年内, 半年之内 (not 上半月 or 每半年:
# dates and periods; nor 半年 with no 内: a period too)
_HALF = lazy_pattern(r"(?P<n>[0-9]+)(?:个半(?P<u>小时|月)|年半)|(?<![0-9上下每前后个])半个?(?P<b>小时|月|天|日|工作日|年(?=[以之]?内))")
_HALF_UNITS = {"小时": "小时", "月": "个月", "工作日": "个工作日", "天": "天", "日": "日", "年": "年", None: "年"}


def _half_spelt(match: re.Match[str]) -> str:
    """1个半小时 → 1.5小时, 1年半 → 1.5年; half a year alone (半年内) is 6个月: a limit within the
    year, not a span of years (0.5年 would read as a horizon)."""
    if match.group("b") == "年":
        return "6个月"
    return f"{match.group('n') or 0}.5{_HALF_UNITS[match.group('u') or match.group('b')]}"
_CLOCK_BEFORE = lazy_pattern(r"(?<=[日号])(?:[0-2]?[0-9]:[0-5][0-9]|[0-2]?[0-9]时)(?=(?:前|之前|以前)$)")


# one search that tells whether any of the spellings above may be in a value (most have none); how often
# with no 每 is up to nine characters before its 次 (十二个月不少于12次)
_RESPELL_HINT = lazy_pattern(r"人民币|¥|RMB|CNY|m[23]|半|\+|^(?:[A-Za-z]|近[0-9]|[≤<]?[0-9]{2}年|均|全部|保持)|[./][0-9]{1,2}月|前(?:完成)?$"
                             r"|/[0-9]|^[^每]{2,9}[次巡](?:及?以上)?$|天[0-9]+[晚夜]$|^全天候?[0-9]|^每?[两双隔]月|^按[月季年半周天日]")
# two months (两月内, after an event 产后两月内), never February: as 2个月内
_TWO_MONTHS_WITHIN = lazy_pattern(r"^两月(?=(?:以|之)?内$)")
# words before a figure that add nothing, read less often than _NEUTRAL's: 均≥95%, 全部≥95%, 保持100%
_RARE_NEUTRAL = lazy_pattern(r"(?:均|全部|保持)(?=[≥≤=<>0-9])")


# a festival on a fixed day (八一前, 国庆节前 or 十一前, 2026年“七一”前, 国庆节前完成): by that day, as 8月1日前(完成); not 元旦, with its year or
# not (2026年元旦前 in a 2026 table may open the budget year or, as officers also write it, close it). The lunar ones (春节, 端午, 中秋, 重阳) move: the lexicon's
# external terms
_FIXED_FESTIVALS = {"三八妇女节": "3月8日", "妇女节": "3月8日", "三八": "3月8日", "植树节": "3月12日",
                    "五一劳动节": "5月1日", "劳动节": "5月1日", "五一": "5月1日", "五四青年节": "5月4日", "青年节": "5月4日",
                    "五四": "5月4日", "六一儿童节": "6月1日", "儿童节": "6月1日", "六一": "6月1日", "七一建党节": "7月1日",
                    "建党节": "7月1日", "七一": "7月1日", "八一建军节": "8月1日", "建军节": "8月1日", "八一": "8月1日",
                    "教师节": "9月10日", "国庆节": "10月1日", "国庆": "10月1日", "十一": "10月1日"}
# the 24 solar terms (清明前, 2026年冬至前): month and the 21st century's constant C of the documented
# "寿星通用公式", day = int(YY*0.2422 + C) - int(YY/4) (YY the year's last two digits, YY-1 in the
# quarter count for the four terms of January and February), with the years it misses by a day; checked
# against the sun's apparent longitude (Beijing time) for 2001-2099 (春分 2084 falls a minute before
# midnight). A formula, not a table: no year runs out.
_SOLAR_TERMS = {"小寒": (1, 5.4055), "大寒": (1, 20.12), "立春": (2, 3.87), "雨水": (2, 18.73),
                "惊蛰": (3, 5.63), "春分": (3, 20.646), "清明": (4, 4.81), "谷雨": (4, 20.1),
                "立夏": (5, 5.52), "小满": (5, 21.04), "芒种": (6, 5.678), "夏至": (6, 21.37),
                "小暑": (7, 7.108), "大暑": (7, 22.83), "立秋": (8, 7.5), "处暑": (8, 23.13),
                "白露": (9, 7.646), "秋分": (9, 23.042), "寒露": (10, 8.318), "霜降": (10, 23.438),
                "立冬": (11, 7.438), "小雪": (11, 22.36), "大雪": (12, 7.18), "冬至": (12, 21.94)}
_SOLAR_TERM_SLIPS = {("小满", 2008): 1, ("小暑", 2016): 1, ("立秋", 2002): 1, ("霜降", 2089): 1, ("立冬", 2089): 1,
                     ("冬至", 2021): -1, ("小寒", 2019): -1, ("大寒", 2082): 1, ("雨水", 2026): -1}
# the lunar festivals' days, 2024-2030 (checked against the lunardate package's calendar), read only with the year
# written: 春节前 alone in a 2026 table may be February 2026's or, for a year-end visit, 2027's (the lexicon's external
# term then)
_LUNAR_FESTIVAL_YEARS = range(2024, 2031)
_LUNAR_FESTIVALS = {
    "春节": ("2月10日", "1月29日", "2月17日", "2月6日", "1月26日", "2月13日", "2月3日"),
    "端午": ("6月10日", "5月31日", "6月19日", "6月9日", "5月28日", "6月16日", "6月5日"),
    "中秋": ("9月17日", "10月6日", "9月25日", "9月15日", "10月3日", "9月22日", "9月12日"),
    "重阳": ("10月11日", "10月29日", "10月18日", "10月8日", "10月26日", "10月16日", "10月5日"),
    # the fifteenth of the first month, 春节 + 14 days
    "元宵": ("2月24日", "2月12日", "3月3日", "2月20日", "2月9日", "2月27日", "2月17日"),
}
_FESTIVAL_BEFORE = lazy_pattern(rf"(?P<y>[0-9]{{4}}年)?[“\"]?(?:(?P<name>{_alt(_FIXED_FESTIVALS)})"
                                rf"|(?P<term>{_alt(_SOLAR_TERMS)})节?|(?:(?<=年)|(?<=年[“\"]))(?P<lunar>{_alt(_LUNAR_FESTIVALS)})节?)[”\"]?"
                                r"(?P<by>(?:前|之前|以前)(?:完成)?)")


def _solar_term_day(term: str, year: int) -> str | None:
    """ "4月5日" for 清明 in 2026; None outside 2001-2099, where the formula's constants do not hold."""
    if not 2001 <= year <= 2099:
        return None
    month, constant = _SOLAR_TERMS[term]
    yy = year % 100
    day = int(yy * 0.2422 + constant) - (yy - 1 if month <= 2 else yy) // 4
    return f"{month}月{day + _SOLAR_TERM_SLIPS.get((term, year), 0)}日"


def _festival_as_date(text: str, year: int | None) -> str:
    """A fixed festival's or a solar term's deadline as its date (2026年国庆节前: 2026年10月1日前;
    清明节前 in a 2026 table: 4月5日前, the year still the budget year's), and a lunar festival's with its year
    written (2026年春节前: 2026年2月17日前); any other text as it is."""
    festival = _FESTIVAL_BEFORE.fullmatch(text)
    if festival is None:
        return text
    # 之前完成, 以前完成 as 前完成: with 完成 after it, _deadline reads 前 alone (not 之前, 以前)
    by = "前完成" if festival.group("by").endswith("完成") else festival.group("by")
    written_year = festival.group("y") or ""
    if festival.group("name"):
        return f"{written_year}{_FIXED_FESTIVALS[festival.group('name')]}{by}"
    if festival.group("lunar"):
        lunar_year = int(written_year[:4])
        if lunar_year not in _LUNAR_FESTIVAL_YEARS:
            return text
        return f"{written_year}{_LUNAR_FESTIVALS[festival.group('lunar')][lunar_year - _LUNAR_FESTIVAL_YEARS.start]}{by}"
    term_year = int(written_year[:4]) if written_year else year
    day = _solar_term_day(festival.group("term"), term_year) if term_year is not None else None
    return text if day is None else f"{written_year}{day}{by}"


def _respelt(text: str, year: int | None) -> str:
    """``text`` with the spellings above rewritten (itself when none applies); the caller has
    found a hint of one (_RESPELL_HINT)."""
    fixed = text
    sign = _MONEY_SIGN.search(fixed) if "人民币" in fixed or "¥" in fixed or "RMB" in fixed or "CNY" in fixed else None
    if sign is not None:
        rest = sign.group("rest")
        # ¥500 is 500元, and ¥500/人 is 500元/人: the sign is the unit of the amount, not of what it is per
        money_unit = "" if rest and rest not in SUFFIX_WORDS and not rest.startswith("/") else "元"
        fixed = f"{fixed[:sign.start()]}{sign.group('num')}{sign.group('mult')}{money_unit}{rest}"
    if "/" in fixed:
        per_periods = _PER_PERIODS.fullmatch(fixed)
        if per_periods is not None:
            fixed = f"每{per_periods.group('periods')}{per_periods.group('fig')}"
    if fixed.startswith("两月"):  # 两月内: two months, as 两个月内
        fixed = _TWO_MONTHS_WITHIN.sub("2个月", fixed, count=1)
    if fixed[0] in "每两双隔按":
        every = _EVERY_PERIOD_SAID_OTHERWISE.fullmatch(fixed)
        if every is not None:
            period, count = "2个月" if every.group("two_months") else every.group("period"), every.group("count")
            fixed = f"每{period}{every.group('bound') or ''}{chinese_numeral(count) or count}{every.group('rest')}"
    if fixed.endswith(("次", "巡", "以上")):
        every = _EVERY_UNSAID.fullmatch(fixed)
        if every is not None:
            many, count = every.group("many"), every.group("count")
            period = (every.group("one") or every.group("one_fig") or every.group("half")
                      or f"{chinese_numeral(many) or many}{every.group('span')}")
            fixed = f"每{period}{every.group('bound') or ''}{chinese_numeral(count) or count}次{every.group('more') or ''}"
    if "m2" in fixed or "m3" in fixed:
        fixed = _SQUARED.sub(lambda m: "m²" if m.group(1) == "2" else "m³", fixed)
    if fixed[:1].isascii() and fixed[:1].isalpha():
        latin = _LATIN_MEASURE.match(fixed)
        if latin is not None:
            fixed = fixed[latin.end():]
    if fixed.startswith("近") and fixed[1:2].isdigit():  # 近500人: nearly
        fixed = "约" + fixed[1:]
    rare = _RARE_NEUTRAL.match(fixed)
    if rare is not None:
        fixed = fixed[rare.end():]
    if "半" in fixed:
        fixed = _HALF.sub(_half_spelt, fixed, count=1)
    if fixed.startswith("全天"):
        fixed = _ALL_DAY.sub("每天", fixed, count=1)
    if fixed.endswith(("晚", "夜")):
        fixed = _NIGHTS.sub("", fixed, count=1)
    if "+" in fixed:
        plus = _PLUS.fullmatch(fixed)
        if plus is not None:
            fixed = f"{plus.group('fig')}{plus.group('unit')}以上"
    if "年" in fixed and year is not None:
        short = _SHORT_YEAR.match(fixed, 1 if fixed[:1] in "≤<" else 0)
        if short is not None and abs(2000 + int(short.group("y")) - year) <= _NEAR_BUDGET_YEAR:
            fixed = f"{fixed[:short.start()]}20{fixed[short.start():]}"
    if "月" in fixed and ("." in fixed or "/" in fixed):
        fixed = _DOTTED_MONTH.sub(r"\g<y>年\g<m>月", fixed, count=1)
    if fixed.endswith("前"):
        if "月" in fixed:
            fixed = _DAY_WITHOUT_RI.sub(r"\g<d>日", fixed, count=1)
        dotted = _DOTTED_DAY.fullmatch(fixed)
        if dotted is not None:
            fixed = f"{dotted.group('m')}月{dotted.group('d')}日{dotted.group('by')}"
        if ":" in fixed or "时" in fixed:
            fixed = _CLOCK_BEFORE.sub("", fixed, count=1)
    if fixed.endswith(("前", "前完成")):  # (国庆节前完成, 之前完成: the deed done by then, as 10月1日前完成)
        fixed = _festival_as_date(fixed, year)
    return fixed


def _per_hundred_thousand(match: re.Match[str]) -> str:
    """ "十万分之五", "10万分之5": 5/10万, as the rate per 100,000 is written; a numeral not read is left."""
    number = match.group(1) if match.group(1)[0].isdigit() else chinese_numeral(match.group(1))
    return match.group() if number is None else f"{number}/10万"


def _rewritten(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "二〇二三年十二月底前", "不少于百分之九十五", "2023年1-12月", "≥90%且≤95%", "≤15/10万",
    "较上年下降≥5%", "合格率 ≥95%": read as the forms they stand for (2023年十二月底前, 不少于95%,
    2023年12月底前, 90%-95%, ≤15/十万, ≥5%, ≥95%)."""
    fixed = _respelt(text, year) if _RESPELL_HINT.search(text) is not None else text
    if "年" in fixed:
        fixed = _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGITS[c]) for c in m.group(1)) + "年", fixed)
    if "分之" in fixed:
        fixed = fixed.replace("百分之百", "100%")

        def percent(match: re.Match[str]) -> str:
            number, sign = match.group(2), "%" if match.group("of") == "百" else "‰"
            if not number[0].isdigit():
                whole, _, decimals = number.partition("点")  # 千分之零点九: 0.9‰
                value = chinese_numeral(whole)
                if value is None:
                    return match.group()
                fraction = "".join(str(_CN_DIGITS[c]) for c in decimals)
                number = f"{value}.{fraction}" if fraction else f"{value}"
            if match.group("of") == "万":  # 万分之五: 0.05%, the units list has no ‱
                return f"{Decimal(number).scaleb(-2).normalize():f}%"
            return f"{number}{sign}"
        fixed = _CN_PERCENT_OF.sub(percent, fixed)
        fixed = _PER_HUNDRED_THOUSAND.sub(_per_hundred_thousand, fixed)
    fixed = _period_end(fixed) or fixed
    fixed = _to_level(fixed)
    direction, bare = None, False
    hedged = False
    change = _AGAINST_LAST_YEAR.match(fixed)
    if change is not None and change.end() < len(fixed):  # 较上年下降≥5%: the figure is the target
        direction = _direction(change.group("w1") or change.group("w2"))
        fixed = fixed[change.end():]
    named = _MEASURE_NAMED.match(fixed)
    if named is not None and named.end() < len(fixed):  # 合格率 ≥95%: the figure is the target
        verb = named.group("verb")
        direction = direction or _direction(verb)
        fixed = fixed[named.end():]
        if verb in _PREFIX_OPS and fixed[:1].isdigit():
            fixed = verb + fixed  # 合格率达到98% is ≥98%, 完成率为100% is =100%: the verb is the comparison
        fixed = _to_level(fixed)  # 审批时限压缩至5个工作日
    elif direction is None:
        # a bound "in principle" (原则上不少于200人, 一般≥90%, 原则上每月不少于2次): what follows the
        # hedge, approximately, as 原则上不超过 is read (一般项目≥90% names its measure: no hedge)
        hedge = hedge_of(fixed)
        if hedge is not None and hedge.start() == 0:
            fixed, hedge, hedged = fixed[hedge.end():], None, True
        # 全年开展≥12次, 累计服务≥5000人次: the words that add nothing, then the name (as 开展≥12次)
        neutral = _LEADING_OP.match(fixed)
        after_neutral = neutral.end() if neutral is not None and not neutral.group("op") else 0
        lead = _named_lead(fixed[after_neutral:], words=True, figure=True)
        lead = lead + after_neutral if lead else 0
        if lead:  # 带动就业≥200人, 更新周期不超过3年, 带动就业200人
            hedged = hedged or (hedge is not None and hedge.end() == lead)  # (办结时限原则上不超过5个工作日)
            bare = fixed[lead:lead + 1].isdigit()
            fixed = _to_level(fixed[lead:])
    magnitude = _MAGNITUDE.fullmatch(fixed)
    if magnitude is not None and not (magnitude.group("a") and magnitude.group("b")):
        fixed = f"{magnitude.group('a') or magnitude.group('b')}{magnitude.group('n')}级"
    if fixed.endswith("元整"):  # ≤30万元整: 整 only says the amount is whole
        fixed = fixed[:-1]
    if "/" in fixed and "万" in fixed:  # a unit has no digits in it: ≤15/10万活产 is ≤15/十万
        # (≤0.5/万车: per 万 vehicles; ≤1/100万, ≤1/百万人口: per million)
        fixed = _PER_POPULATION.sub(lambda m: _PER_POPULATION_UNITS[m.group(1)], fixed)
    bounds_only = False  # a range of bare figures is a target here only: pH has no unit
    if fixed.startswith(("p", "P")) and (ph := _PH.match(fixed)) is not None:
        fixed, bounds_only = fixed[ph.end():], True
    elif fixed[:1].isdigit() and "≤" in fixed:
        around = _BOUNDS_AROUND.search(fixed)  # 95%≤x≤100%, 6.5≤pH≤8.5: the bounds around the value
        if around is not None:
            fixed, bounds_only = f"{fixed[:around.start()]}-{fixed[around.end():]}", True
    bounds = _TWO_BOUNDS.fullmatch(fixed)
    if bounds is not None and bounds.group("u") and not _one_measure(bounds.group("u"), bounds.group("ub")):
        return None  # ≥200人，≤10期: two targets of two things, not a range (人 and 人次 are one)
    if bounds is not None:
        fixed = f"{bounds.group('a')}{bounds.group('u') or ''}-{bounds.group('b')}{bounds.group('ub')}"
    between = fixed.endswith("之间")
    if between:
        fixed = fixed[:-2]
        fixed = fixed[len(next((word for word in _BETWEEN if fixed.startswith(word)), "")):]
    if fixed == text:
        return None
    value = _parse(raw, fixed, year, lex, allow_placeholder=False, repair=False)
    if ((value.kind != "deadline" and not _measured(value) and not (bounds_only and value.kind == "range"))
            or (between and value.kind != "range")):
        return None
    if bare and (value.kind == "deadline" or value.unit is None or not (value.unit in lex.units or "/" in value.unit)):
        return None  # a bare figure after a name, in its unit as listed: 开展2次培训 is a deed and its noun
    if text.startswith("近") and value.kind in ("duration", "horizon"):
        return None  # 近3年 is "the last three years", a period, not nearly three years
    return replace(value, text=text, change=direction, approx=value.approx or hedged)


def _to_level(fixed: str) -> str:
    """ "缩短至60天以内", "降至1%以下", "提高到95%": the level to reach, not a change (≤60天以内, ≤1%以下, ≥95%),
    also after the level it starts from (由0.52提高到0.56: ≥0.56)."""
    start = _FROM_LEVEL.match(fixed)
    level = _TO_LEVEL.match(fixed, start.end() if start is not None else 0)
    if level is None or level.end() >= len(fixed):
        return fixed
    rest = _DEED.sub("", fixed[level.end():]) or fixed[level.end():]  # 缩短至60天以内完成
    has_op = rest[0] in "≥≤=<>" or rest.endswith(SUFFIX_WORDS)
    up = level.group("w") == "升" or _direction(level.group("w")) == "up"
    return rest if has_op else ("≥" if up else "≤") + rest


def _named_lead(text: str, *, words: bool, figure: bool = False) -> int:
    """Where the target starts after a name written before its comparison ("带动就业≥200人" → 4; with
    ``words``, before a comparison in words too: 更新周期不超过3年; with ``figure``, before a bare figure:
    带动就业200人), 0 when there is none. Not a name: the words the grammar reads before a figure
    itself (累计, 全年, 控制在, 约, 均, 人均, 每年 …)."""
    lead = _LEADING_OP.match(text)
    if lead is not None and lead.end() > 0:
        return 0  # 不低于90%: a comparison (or a word before one) comes first, no name
    match = _NAMED_BEFORE_SIGN.match(text) or (_NAMED_BEFORE_WORD.match(text) if words else None)
    if match is None and figure:
        match = _NAMED_BEFORE_FIGURE.match(text)
        if match is not None and (match.group()[-1] in _NOT_A_NAME_END or "每" in match.group()
                                  or "各" in match.group() or match.group().startswith("其中")):
            return 0  # (平均每人500元, 春秋两季各100万元: what it is per; 其中中央资金300万元: a part)
    if match is None:
        return 0
    name = match.group()
    if (_LEADING_OP.fullmatch(name) is not None or name.startswith(("每", "按")) or name.endswith("均")
            or name in ("全部", "保持")):
        return 0
    if name.startswith(("较", "比", "同比", "环比", "相比", "与")):
        return 0  # 较上年≥5%: a change with no direction written, not a name
    if _HEDGED_LEAD.search(name):
        return 0  # 大概≥200人, 基本达到90%, 上年同期≥5%: a hedge or a baseline, which the value must keep
    return match.end()


# words before a target that change what it asks: hedges, hopes and baselines
# (基本 only before a verb of reaching: 基本医疗保险参保人数≥5000人 is a name; 节约, 履约 are no 约)
_HEDGED_LEAD = lazy_pattern(r"大概|大约|^约|基本$|基本(?:达到|完成|实现|满足)|接近|将近|预计|争取|力争|上年|去年|同期|上一年")


def _direction(word: str | None) -> str | None:
    """ "up" or "down" for a change word (提高, 下降 …), None for none or another verb (达到)."""
    if word in _UP_WORDS:
        return "up"
    return "down" if word in _DOWN_WORDS else None


@lru_cache(maxsize=4096)  # an importer asks of every fragment; the same words recur
def names_its_measure(text: str) -> bool:
    """Whether ``text`` names what is measured before its target ("合格率 ≥95%", "笔试人数≥6000人").

    Such a value is read by its target; an importer that finds the text against a name takes it
    for the name's end and the value, which it splits apart."""
    text = normalize(text)
    named = _MEASURE_NAMED.match(text)
    if named is not None and named.end() > 0:
        return True
    # any name before a sign ("带动就业≥200人") or a bare figure ("带动就业200人", not a deed and its count:
    # 召开会议2次 is the value's own), unless the words are a change the target is ("同比增长≥5%")
    return (_named_lead(text, words=False, figure=True) > 0 and _AGAINST_LAST_YEAR.match(text) is None
            and _DEED_FIRST.fullmatch(text) is None)


def _cn_numerals(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """ "三十人", "不少于三次", "≥二十万元": Chinese numerals, read as their digits would be.

    Only a numeral at the start (after an operator word, 每 or 人均) counts, and only when it is
    followed by a unit of the lexicon as listed, or stands alone after an operator: "一流",
    "万无一失", "三公经费", "一次性", "达到一个新台阶" stay text. A numeral with 余 or 多 after it
    (三十余人, 百余户) is more than its figure, as 30余人 is; 上 before it (上千户) the same, and 近 (近千人)
    about it. The capitals of amounts (人民币叁万元整) are read as everyday numerals.
    """
    written = text
    text, hedged_round = _numerals_respelt(text)
    if "余" in text or "多" in text:
        text = _ROUND_MORE.sub(r"一\1", text, count=1)  # 百余人 is 一百余人
    if "百" in text or "千" in text or "万" in text:
        lead_op = _LEADING_OP.match(text)  # 逾千人, 超万亩: after a comparison, 千 alone is 一千
        if lead_op is not None and lead_op.group("op") and text[lead_op.end():lead_op.end() + 1] in ("百", "千", "万"):
            text = f"{text[:lead_op.end()]}一{text[lead_op.end():]}"
    first = _CN_RUN.search(text)
    if first is None:
        return None  # most text has no numeral: one search, no rewriting
    if lex.graded_re is not None and lex.graded_re.fullmatch(text) is not None:
        return None  # 一等, 二等: a grade (the lexicon's), not 1 等
    lead = text[: first.start()]
    after_event = None
    if lead and _LEADING_OP.fullmatch(lead) is None and not lead.startswith(("每", "人均", "生均", "户均", "亩均")):
        after_event = _AFTER_EVENT.fullmatch(text)  # 开学后一个月内: a limit counted from an event
        if after_event is None or after_event.start("rest") != first.start():
            return None
    rest = text[first.end():]
    units: tuple[str, ...] | None = lex.memo.get("unit_starts")
    if units is None:
        units = lex.memo["unit_starts"] = tuple(u for u in lex.units if u)
    more = rest[:1] in ("余", "多") and rest[1:].startswith(units)  # 三十余人, 二十多人: more than the figure
    if rest and not more and not rest.startswith(units) and rest[0] not in "-~至到—–―":
        return None  # "一流", "三公经费": no unit after the numeral, nothing to parse
    parts: list[str] = []
    end = 0
    for match in _CN_RUN.finditer(text):
        run = match.group()
        # 万/亿 closing a numeral are left to the unit, as after digits: 二十万元 → 20万元
        big = run[-1] if len(run) > 1 and run[-1] in "万亿" and "万" not in run[:-1] and "亿" not in run[:-1] else ""
        number = chinese_numeral(run[:-1] if big else run)
        if number is None:
            continue
        parts += (text[end: match.start()], str(number), big)
        end = match.end()
    if not parts:
        return None
    digits = "".join(parts) + text[end:]
    if more:
        value = _unlisted_unit(raw, digits, lex)  # reads 30余人 as ≥30人, roughly
        if value is None or not value.approx:
            return None
    elif after_event is not None:
        limit = _after_event(raw, digits, year, lex)
        return replace(limit, text=written) if limit is not None else None
    else:
        value = _parse(raw, digits, year, lex, allow_placeholder=False, repair=False)
        if not _measured(value):
            return None
        if value.unit is not None and value.unit not in lex.units and "/" not in value.unit:
            return None  # a counting unit with a noun after it: "一次性" is not 1 次性
    if hedged_round and value.kind in ("duration", "horizon"):
        return None  # 近两年, 上千年: the last years or a span of history (as 近3年 is), no figure hedged
    return replace(value, text=written)


def _numerals_respelt(text: str) -> tuple[str, bool]:
    """``text`` with the numerals of _cn_numerals in their everyday spelling: the capitals of amounts
    (人民币叁万元整 → 三万元), a round figure hedged before it (近千人 → 约千人, 上千户 → 一千余户); and whether
    it was so hedged."""
    if not _CAPITAL_CHARS.isdisjoint(text):
        text = text.translate(_CAPITAL_NUMERALS)  # (陆续, 队伍 then hold a numeral before no unit: still text)
    if text.endswith("整") or "人民币" in text:  # (the sign before digits is _respelt's: 人民币500万元)
        words = _AMOUNT_IN_WORDS.fullmatch(text)
        if words is not None:
            text = words.group("whole") or f"{words.group('op') or ''}{words.group('amount')}"
    if text[0] == "近" and _NEARLY.match(text):
        return "约" + text[1:], True
    if text[0] == "上" and _REACHING.match(text):
        return f"一{text[1]}余{text[2:]}", True
    return text, False


# --------------------------------------------------------------------------------------------
# Chinese numerals

# Figures in prose (has_cn_figure): the kinds of unit that make a numeral a quantity (not 十分,
# 一级, 五星), and the few units after which a bare 一 is one of something: before any other unit
# it is mostly part of a word (一方面, 一起, 一批, 一条龙).
_FIGURE_KINDS = frozenset(("count", "money", "rate", "duration"))
_ONE_OF = ("个", "人", "次", "场", "家", "项", "所")
_CN_PERCENT = lazy_pattern(rf"[百千万]分之[{_CN_NUM}]")
# a count held at none (火灾亡人事故为零, 亡人事故零发生, 新增吸毒人员零增长): 零容忍 (行为零容忍) is no count
_CN_ZERO = lazy_pattern(r"为零(?!容忍)|零(?:发生|增长|事故|伤亡|死亡)")
_LONGEST_UNIT = 6


def has_cn_figure(text: str, lex: Lexicon | None = None) -> bool:
    """Does prose give a quantity in Chinese numerals: 资助三十名学生, 建设两个中心, 培训五百人次,
    二十万元, 三个月, 百分之九十, 千分之零点九, 事故为零? A numeral counts when a unit of the lexicon follows it (an
    indicator value's units), not 一次性 or 三支一扶."""
    lex = lex or default_lexicon()
    if _CN_PERCENT.search(text) or _CN_ZERO.search(text):
        return True
    for match in _CN_RUN.finditer(text):
        if text[match.start() - 1: match.start()] == "第":
            continue  # an ordinal: 第三方, 第二批
        number = chinese_numeral(match.group())
        if number is None:
            continue
        rest = text[match.end(): match.end() + _LONGEST_UNIT + 1]
        for length in range(min(_LONGEST_UNIT, len(rest)), 0, -1):
            info = lex.units.get(rest[:length])  # as listed: 个村 is 个 and the noun 村
            if info is not None:
                break
        else:
            continue
        if info.kind not in _FIGURE_KINDS or rest[length:].startswith("性"):
            continue
        if match.group() == "一" and not rest.startswith(_ONE_OF):
            continue
        return True
    return False


def chinese_numeral(run: str) -> int | None:
    """A Chinese numeral as an int: 十二 → 12, 一百零五 → 105, 三千五百 → 3500, 两万 → 20000,
    一亿二千万 → 120000000, and the spoken 一百五 → 150, 一万五 → 15000. None when it is not one
    numeral: 三五 ("three or five"), 二〇二三 (a year, digit by digit), 百二.
    """
    if run in ("零", "〇"):
        return 0
    total = 0  # the part in 亿 and 万
    section = 0  # the part below 万
    digit: int | None = None  # a digit waiting for its place
    place = 0  # the last place written, for 一百五 (= 150)
    zero = False  # a 零 was written since that place: 一百零五 is 105, not 150
    bigs = ""
    for char in run:
        if char in _CN_DIGITS:
            value = _CN_DIGITS[char]
            if digit is not None or (value == 0 and not (section or total)):
                return None  # two digits in a row, or a leading 零
            if value == 0:
                zero = True
            else:
                digit = value
        elif char in _CN_PLACES:
            unit = _CN_PLACES[char]
            if digit is None:
                if char != "十" or section % 100:
                    return None  # 百 or 千 without a digit
                digit = 1  # 十二, 一百一十 written 一百十
            if section % (unit * 10):
                return None  # places must fall: 一百一千
            section += digit * unit
            digit, place, zero = None, unit, False
        else:  # 万, 亿
            unit = 10_000 if char == "万" else 100_000_000
            if char in bigs or (bigs and char == "亿") or (digit is None and not section):
                return None  # 一万万, 一万亿 (beyond any budget), 万 with nothing before
            total += (section + (digit or 0)) * unit
            bigs += char
            section, digit, place, zero = 0, None, unit, False
    if digit is not None:
        # a last digit right after a place of 百 or more is spoken shorthand for the next place down
        section += digit * (place // 10) if place >= 100 and not zero else digit
    return total + section


def _cn_int(text: str) -> int:
    """Digits or a Chinese numeral (十二, 三十一) in a date, as an int; ValueError if neither."""
    if text.isdigit():
        return int(text)
    number = chinese_numeral(text)
    if number is None:
        raise ValueError(text)
    return number


def _deadline(raw: str, text: str, year: int | None) -> ParsedValue | None:
    lead = _DATE_PREFIX.match(text)
    assert lead is not None  # every part of the prefix is optional
    body = text[lead.end():]
    if not body:
        return None
    if body[:1] in "自从" and "起" in body:  # 自2026年4月起: 自 says the 起 again
        body = body[1:]
    if "含当" in body:  # 2024年6月30日（含当日）前: the day itself counted in, as （含）前 says; （不含当日） leaves it out
        body = body.replace("含当日)", "含)").replace("含当天)", "含)")
    candidates: list[tuple[str, str | None, str | None]] = [
        (body[: -len(suffix)], suffix, op)
        for suffix, op in _DATE_SUFFIXES
        if body.endswith(suffix) and len(body) > len(suffix)
    ]
    candidates.append((body, None, None))
    for core, suffix, suffix_op in candidates:
        if core == "年" and suffix is None:
            continue  # a bare "年" is a unit without a number (placeholder), not "this year"
        for pattern in _DATE_CORES:
            match = pattern.fullmatch(core)
            if match is not None:
                before = suffix in _BEFORE_SUFFIXES
                symbol = _PREFIX_OPS.get(lead.group("op"), lead.group("op"))  # 小于等于 → ≤
                value = _date_value(raw, text, match, year, symbol, lead.group("pre"), suffix_op, before)
                return _first_day(value, match) if suffix is not None and suffix.startswith("起") else value
    return None


def _first_day(value: ParsedValue, match: re.Match[str]) -> ParsedValue:
    """A date read as the end of the month, quarter, half or year it names (2026年4月 → 30 April), moved to
    that period's first day (2026年4月起: from 1 April)."""
    end, groups = value.deadline, match.groupdict()
    if end is None or groups.get("d") or match.group().endswith(("底", "末", "终", "中", "旬", "初")):
        return value  # a day written or read from the words (2026年4月底起, 年中起): that day
    if groups.get("m"):
        months = 1
    elif groups.get("q") or groups.get("qn"):
        months = 3
    elif groups.get("half"):
        months = 6
    else:
        months = 12
    return replace(value, deadline=_dt.date(end.year, end.month - months + 1, 1))


def _figure_as_date(raw: str, text: str, match: re.Match[str], year: int | None) -> ParsedValue | None:
    """2023.12, ≤2024.06, 20231231: a date when its year is near the budget year and the month and
    day exist; else the figure stays (1500.5, 2030.5). Without a budget year it stays a figure too:
    the importers ask whether such text has a value's shape, and a bare figure has."""
    figure = match.group("num")
    if year is None or abs(int(figure[:4]) - year) > _NEAR_BUDGET_YEAR:
        return None
    dashed = figure.replace(".", "-") if "." in figure else f"{figure[:4]}-{figure[4:6]}-{figure[6:]}"
    start, end = match.span("num")
    value = _deadline(raw, f"{text[:start]}{dashed}{text[end:]}", year)
    if value is None or value.deadline is None:
        return None
    return replace(value, text=text)


def _date_value(
    raw: str,
    text: str,
    match: re.Match[str],
    budget_year: int | None,
    symbol: str | None,
    pre: str | None,
    suffix_op: str | None,
    before: bool = False,
) -> ParsedValue:
    groups = match.groupdict()
    op = symbol or suffix_op or ("≤" if pre in _DATE_BEFORE_PRE or groups.get("qfirst") else None)
    inferred = False
    if groups.get("y"):
        year: int | None = int(groups["y"])
    else:
        # 次年, 当年: written relative to the budget year, so told, not assumed (次年3月底前 is
        # after the budget year, which TIME001 reports)
        inferred = not groups.get("rel")
        shift = _REL_YEAR.get(groups.get("rel") or "", 0)
        year = budget_year + shift if budget_year is not None else None
    base = ParsedValue(raw=raw, text=text, kind="deadline", op=op)
    if year is None:
        # no year written and none given: the kind is known, the date is not
        return base
    try:
        if groups.get("q") or groups.get("qn"):
            month = _cn_int(groups["q"] or groups["qn"]) * 3
            day = calendar.monthrange(year, month)[1]
        elif groups.get("half"):
            month, day = (6, 30) if groups["half"] == "上" else (12, 31)
        elif groups.get("m"):
            month = _cn_int(groups["m"])
            if groups.get("d"):
                day = _cn_int(groups["d"])
            elif groups.get("me") in _DAY_OF_MONTH_END:
                day = _DAY_OF_MONTH_END[groups["me"]]
            elif (before and month == 1 and not groups.get("me") and not inferred and budget_year is not None
                  and year == budget_year + 1):
                # 2024年1月前 (次年1月前) in a 2023 table is "before January 2024": by the end of
                # 2023. In a 2024 table, or with no year written, January stays January.
                year, month, day = year - 1, 12, 31
            else:
                day = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        else:
            month, day = (6, 30) if groups.get("mid") else (12, 31)
        date = _dt.date(year, month, day)
    except (ValueError, KeyError):
        return ParsedValue(raw=raw, text=text, kind="deadline", op=op, year_inferred=inferred,
                           problems=((INVALID_DATE, ""),))
    return ParsedValue(raw=raw, text=text, kind="deadline", op=op, deadline=date, year_inferred=inferred)


# --------------------------------------------------------------------------------------------
# Placeholders and text


def _blank_placeholder(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """Template blanks: "≥**", "**元/人·月", "XX", "——", "待定"."""
    # lexicon patterns may come from a user pack: search a capped prefix (ggtlint.regexsafety)
    if text not in lex.placeholder_terms and not any(_capped_search(p, text) for p in lex.placeholder_patterns):
        return None
    # what the template stands for: fill the blanks with 1 and parse again ("≥**人次" → count)
    filled = _PLACEHOLDER_FILL.sub("1", text)
    shape = _parse(raw, filled, year, lex, allow_placeholder=False) if filled != text else None
    return _as_placeholder(raw, text, shape)


# units that also end words after an operator word (达成: 达 is ≥; 逾期, 超期: overdue)
_WORD_ENDINGS = frozenset({"成", "期"})


def _unit_only(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue | None:
    """A unit with no number: "元/人·月", "%", "≥人次".

    Only units listed as such (or X/Y of them) count: "人才" must not be read as the unit 人 with a
    noun after it.
    """
    if len(text) > 12:
        return None
    lead = _LEADING_OP.match(text)
    head, rest = (text[: lead.end()], text[lead.end():]) if lead else ("", text)
    core = rest
    for suffix in _SUFFIX_OPS:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    if core in _WORD_ENDINGS:
        return None  # 达成, 超成: a word, not a share waiting for its number
    if core == "H":
        return None  # a class letter (耐热等级 H), not hours waiting for a figure as h is
    if core and (core in lex.units or ("/" in core and lex.unit_info(core) is not None)):
        return _as_placeholder(raw, text, _parse(raw, f"{head}1{rest}", year, lex, allow_placeholder=False))
    return None


def _as_placeholder(raw: str, text: str, shape: ParsedValue | None) -> ParsedValue:
    if shape is None or shape.kind in ("qualitative", "empty", "placeholder"):
        return ParsedValue(raw=raw, text=text, kind="placeholder")
    if shape.kind == "number" and shape.op is None and shape.unit is None:
        return ParsedValue(raw=raw, text=text, kind="placeholder")  # "XX": nothing says what it stands for
    return ParsedValue(raw=raw, text=text, kind="placeholder", op=shape.op, unit=shape.unit, per=shape.per,
                       base_kind=shape.kind)


# How often something is done, by use or time: 每5000公里或每6个月1次, 每2年1次 (a period, no day)
_INTERVAL = lazy_pattern(r"每[0-9]+(?:万)?(?:(?:公里|千米)(?:或每[0-9]+(?:个月|月|天|日|周|年))?|(?:个月|月|天|日|周|年)或每[0-9]+(?:万)?(?:公里|千米))"
                         r"(?:[0-9一]次)?(?:保养|检修|巡检|维护|检查)?")  # not 每2周1次: a count per period
# an event, then a limit in the day or month after it (审核通过后次月底前, 接报后次日12时前)
_EVENT_THEN_NEXT = lazy_pattern(r"[\u4e00-\u9fff]{1,12}?后(?P<rest>次(?:日|月|一?个工作日).*)")
# by a time of each day or of the day after each one (每日17时前, 监测数据审核上报 次日12时前, 次个工作日内): a
# limit kept every day, as 次月10日前 is one kept every month
_DAILY_DEED = r"(?:报送|上报|提交|办结|处置|清运|反馈|更新|审核|送达)"
_DAILY_BY = lazy_pattern(r"(?:次日|第二天|次一?个工作日|(?:每日|每天|每个工作日)(?=[0-9]|上午|中午|下午|晚上|下班))"
                         r"(?:(?:(?:上午|中午|下午|晚上)?[0-9]{1,2}(?::[0-9]{2})?(?:时|点)?|上午|中午|下午|下班)?"
                         # (with the deed done by then: 每日18时前报送, 次日12时前完成上报)
                         rf"(?:前|之前|以前)(?:完成)?{_DAILY_DEED}?|内|之内)"
                         # the day after with its deed and no 前 (次日办结, 受理后次日办结): the same limit; not
                         # 每日办结, which may be a frequency
                         rf"|(?:次日|第二天|次一?个工作日)(?:完成|(?:完成)?{_DAILY_DEED})")
# A deadline that comes back every period: 每月10日前, 每季度末前拨付, 按月发放 (the last names no day).
_RECURRING = lazy_pattern(
    # 按季度，每季度末月25日前完成; 按季度拨付，每季度首月15日前: the period said twice
    # (and 按月支付，次月10日前: the lead-in before any of the forms)
    r"(?:按(?:月|季度|季|年|半年)(?:足额|按时)?(?:发放|拨付|支付|兑付|结算|审核)?[，,、])?"
    # (按日更新, 每天备份, 每日报送: data kept, copied or reported each day)
    r"(?:(?:每|按)个?(?:月|季度|季|周|旬|半年|学期|学年)|(?:每|按)[日天](?=更新|备份|上报|报送)|次(?:月|季度|季)|每年(?=[0-9]{1,2}月)|季度?(?=末)"  # (季末 alone: each quarter's end)
    r"|当(?:月|季度|季)(?=(?:足额|按时|及时)?(?:发放|拨付|支付|兑付|结算|结清)))"  # 当月发放: within each month
    r"(?:末月|首月|第[一二三1-3]个?月|最后一个?月"  # 每季度末月, 每季度首月, 每季度第一个月10日前
    r"|(?:结束后|终了后|末)?次月)?"  # the month after each period: 每季度结束后次月10日前, 每季度次月10日前
    # (每月1-10日: a window of days each month, not 1-10 days a month)
    r"(?P<day>(?:[0-9]{1,2}[-~至到])?[0-9]{1,2}[日号]|[初中]旬|月?底|月?末|结束(?=前|之前|以前)|初|(?<=周)[一二三四五六日]|(?:结束|终了)后[0-9]{1,2}(?:个工作日|日|天|周|个月)内"
    r"|[0-9]{1,2}月(?:[0-9]{1,2}[日号]|底|末)"  # 每年3月底前, 每年6月30日前
    r"|前[0-9]{1,2}(?:个工作日|日|天)内?)?"  # 每月前10日, 每季度前15日: by that day of each period, as 每月10日前
    r"(?:前|之前|以前)?"
    r"(?:足额|按时|及时)?(?:完成(?=[\u4e00-\u9fff]))?(?:发放|拨付|预拨|支付|兑付|兑现|结算|结清|完成|办结|上报|报送|更新|备份|发布|公布|公开)?"  # (完成 before the deed: 每月5日前完成上报)
    r"(?:到(?:位|村|户|人|卡|账))?"  # where the money goes: 每月10日前发放到户, 每季度首月15日前拨付到村
    # 拨付上季度资金, 发放上月报酬, 拨付当月补贴, 报送本周进度, 报送上月数据, 发放当月基本生活费
    r"(?:[上当本](?:个)?(?:月|季度|季|年度|周)(?:资金|补贴|补助|经费|费用|报酬|工资|津贴|劳务费|进度|情况|数据|报表|月报|季报|简报|(?:基本)?生活费)?(?:审核)?)?"  # (完成上月报表审核)
    r"(?:[，,、](?:年底|年终|年末)(?:清算|结算))?"  # 按季度预拨、年底清算: the advances settled at the year's end
    # a lead time before each due date of a bond (每期还本付息日前3个工作日): a day each period, as 每月10日前
    r"|每期(?:还本|付息|还本付息|兑付|偿还|到期)日前(?P<lead>[0-9]{1,2}(?:个工作日|日|天))")
# The budget year as a whole, a 时效 value meaning "by the year's end": 全年, 2023年全年完成. Only a
# deadline-form rule reads it as a date; under 数量 or 质量 it is no quantity at all.
_WHOLE_YEAR = lazy_pattern(r"(?:(?P<y>[0-9]{4})年(?:度)?)?(?:全年|年内|常年)(?:度)?(?:内)?(?:持续|常态化)?"
                           r"(?:完成|实施|办结|开展|受理|运行|开放|服务)?")
# Around a "none happened" target: 全年无重大安全事故发生, 施工期间无安全事故, and the pledge around it
# (确保不发生重大安全事故, 守住不发生规模性返贫底线).
_NONE_AROUND = lazy_pattern(r"^(?:全年|年内|全年度|项目实施期间|实施期间|施工期间|项目期内|确保|守住)|(?:发生|出现|的?底线)$")
# 0差错, 0事故: the prefix 零 written as a figure (not 0.5, 10 or ≤0起: a count with its comparison)
_ZERO_FOR_NONE = lazy_pattern(r"^0(?=[\u4e00-\u9fff])")
_NONE_AFTER_EVENT = ("零发生", "为零", "为0", "零")  # 安全事故零发生
_NONE_SPARED = lazy_pattern(r"^(?:(?=[不未]对)([不未])对[\u4e00-\u9fff]{1,12}?(?=造成|产生)|对[\u4e00-\u9fff]{1,12}?(?=无|[不未](?:造成|产生)))")


def _none_happened(text: str, lex: Lexicon) -> bool:
    """无重大安全事故, 未发生质量问题, 安全事故零发生: a target met when nothing of the kind
    happened. The prefix must open a noun phrase: 无死角排查…, 无条件受理…, 零容忍查处… are ways of
    acting, not targets (``none_not_after``)."""
    if len(text) > 24:
        return False
    core = _ZERO_FOR_NONE.sub("零", _NONE_AROUND.sub("", text), count=1)
    if _HAS_DIGIT.search(core) is not None:
        return False
    # what is spared named first: 不对周边生态环境造成新的破坏, 对生态环境无负面影响
    core = _NONE_SPARED.sub(r"\1", core)
    for ending in _NONE_AFTER_EVENT:
        if core.endswith(ending) and core[: -len(ending)].endswith(lex.none_events):
            return True
    if not core.endswith(lex.none_events):
        return False
    prefix = next((p for p in lex.none_prefixes if core.startswith(p)), None)  # longest first
    return prefix is not None and not core[len(prefix):].startswith(lex.none_not_after)


def _names_a_standard(text: str, lex: Lexicon) -> bool:
    """达到《…》一级A标准, 达到三级公路标准, 水质达到Ⅲ类: a verb of reaching followed at once (after a
    word such as 国家 or 当地) by a named standard or class. 下达到各二级单位, 满足县乡村三级医疗需求,
    符合条件的2023级新生 name none."""
    for verb in lex.standard_verbs:
        start = text.find(verb)
        while start >= 0:
            after = start + len(verb)
            for qualifier in ("", *lex.standard_qualifiers):
                if qualifier and not text.startswith(qualifier, after):
                    continue
                at = after + len(qualifier)
                if any(pattern.match(text, at) for pattern in lex.standard_patterns):
                    return True
            start = text.find(verb, after)
    return False


# A grade named by its rank: 一级, 二级馆, 3A级, AAAA级景区, 一级A (the class of a library, a
# scenic area, an effluent standard), 四星级 (a star rating), 等保三级 (a security protection level),
# 二级养护标准及以上 (a grade of a maintenance standard), 通过网络安全等级保护2.0三级测评 (the scheme's
# full name and version; 完成第三级测评, the level done written as an ordinal): a graded target, not the number 1.
_NAMED_GRADE = lazy_pattern(r"(?![一二三四五]级(?:及以上|以上)$)(?:保持|达到|评为|创建|通过|完成第(?=[一二三四五]级))?"
                            r"(?:(?:网络安全)?(?:等保|等级保护)(?:2\.0)?)?(?:[一二三四五]级[A-C]?|[1-5]A级?|A{2,5}级?|[一二三]级[甲乙丙]等|[二三][甲乙]|[一二三四五1-5]星级)"
                            r"(?:(?:馆|站|院|景区|医院|单位|资质|等级|水平)|[\u4e00-\u9fff]{0,4}?(?:标准|测评))?(?P<ge>及以上|以上)?")
# (二级以上 with nothing between is read before this, as ≥2 级; AAA级以上 is a grade at least reached)
# A water quality class with the water named: 地表水Ⅲ类以上, Ⅲ类水质, 劣Ⅴ类 (水质达到Ⅲ类 names a standard)
_WATER_CLASS = lazy_pattern(r"(?:地表水|地下水|水质)?劣?(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|IV|V|I{1,3})类(?:水质|水体|水)?(?P<ge>及以上|以上)?")
# A design return period named whole, its verb left out: 20年一遇, 50年一遇标准 (达到20年一遇 names a
# standard through the standard markers)
_RETURN_PERIOD = lazy_pattern(r"[0-9一二三四五六七八九十百千]{1,4}年一遇(?:标准)?(?P<ge>及以上|以上)?")
# A grade after a sign or word of "at least": ≥良好, ≥B级, 不低于合格, 达到良好 (reached: at least it);
# or after a word that only names it: 评为优秀, 等级为优秀
_AT_LEAST_GRADE = lazy_pattern(r"≥|不低于|达到")
# (影响较小, 对周边群众影响较小: a 2021 social or ecological cost graded by how little it weighs, as 较小 alone is;
# not a benefit's 对区域经济影响良好 or 影响较大, which say nothing checkable)
_GRADE_NAMED = lazy_pattern(r"(?:评为|评定为|获评|等级为|等次为|结果为|(?:对[\u4e00-\u9fff]{1,12}?)?影响(?:程度)?(?=较小|低))")
# The whole scale written without separators: 优良中差, 优良中低差
_GRADE_RUN = lazy_pattern(r"优良中(?:低)?差")
_FAILING_GRADES = frozenset({"差", "较差", "不合格", "低", "D", "E", "丁", "不达标"})
_GRADE_SEPARATORS = lazy_pattern(r"[/、,或和及]")


def _lists_a_scale(text: str) -> bool:
    """优/良/中/差, 合格/不合格, 高/中/低: grades that together are the whole scale, a failing one
    among them, so no target. Passing grades only (优/良, 优秀、良好、合格) mean "at least the
    lowest", and so does a list ending in 及以上: a target."""
    if text.endswith("以上"):
        return False
    grades = [grade for grade in _GRADE_SEPARATORS.split(text) if grade]
    return len(grades) >= 2 and any(grade in _FAILING_GRADES for grade in grades)


# A test passed, or not: 完成对接并通过联调测试, 顺利通过竣工验收 (checkable at the year's end)
# (一次性通过验收: at the first attempt; 通过州级质检, 通过州级质量检查: a quality check passed)
_PASSED = lazy_pattern(r"(?:完成[\u4e00-\u9fff]{1,6}并)?(?:顺利|一次性)?通过[\u4e00-\u9fff]{0,6}"
                       r"(?:验收|测试|审查|评审|评估|检测|考核|质检|检查)"
                       # approved by a body: 经县委常委会会议审定, 经县人民政府批准实施, 规划获批
                       r"|经[\u4e00-\u9fff]{2,16}?(?:审定|批准|审议通过|审核通过|评审通过|同意)(?:实施|印发|执行)?"
                       # (what is approved, not the effort: 争取项目获批 promises trying)
                       r"|(?!.*(?:争取|力争|推动|积极))[\u4e00-\u9fff]{0,8}?(?:获批|获得批复)(?:实施)?")
# Nothing disturbed, harmed, taken or charged, reached or not: 不影响正常诊疗秩序, 不破坏生态环境, 不占用基本农田,
# 不收取任何费用 (a 2021 social or ecological cost there is none of), also with whom it is charged named
# (不向企业收取品牌使用费) and trees not felled (不砍伐林木), also with nothing after the verb (不砍伐, 不向农户收取)
_NO_EFFECT = lazy_pattern(r"[不未](?:向[\u4e00-\u9fff]{1,6}?)?(?:影响|干扰|妨碍|破坏|损害|占用|收取|砍伐)[\u4e00-\u9fff]{0,12}")
# A place in a ranking, checkable at the year's end: 全省前10名, 进入全市前三, 位居同类地区前列 is not
_RANK = lazy_pattern(rf"(?:进入|位居|位列|保持|排名|排在)?(?:全国|全省|全市|全州|全县|全区|同类地区|同类)?"
                     rf"(?:县级|县区|市州|市级|地市|区县|同类县)?(?:排名)?"
                     rf"前(?:[0-9]{{1,3}}|[{_CN_NUM}]{{1,3}})(?:名|位)?(?:以内)?")


# a grade followed by its scale's word for it in brackets (声环境质量 保持二级（较好）, 一级（优）)
_GRADE_WITH_WORD = lazy_pattern(r"(?P<grade>.{1,12}?)\((?:较好|好|良好|优|优良|优秀|一般|较差|差|合格|达标)\)")
# a season of a year (2026年春季): no day ends it
_SEASON_OF_YEAR = lazy_pattern(r"(?:[0-9]{4}年度?)?[春夏秋冬]季(?:内|期间)?")
# what is made in a day cleared the same day (垃圾日产日清, 账款日清日结): a limit of one day
_BEFORE_SAID_LONGER = lazy_pattern(r"[之以]前")
_CLEARED_EACH_DAY = frozenset({"日产日清", "日清日结", "日结日清", "日产日结"})
# (not the day counted in or left out, （不含当日）后 with its date missing: no limit of a day)
_SAME_DAY = lazy_pattern(r"(?<!含)当[日天]")
# …but not a same day hedged (尽量当日处理, 原则上当天到账) or one of two limits (当日受理、次日办结)
_NOT_SAME_DAY = lazy_pattern(r"尽量|力争|争取|原则上|一般|基本|次日|[0-9]|[，,；;、]")


# a floor on a share of a stated amount (不低于财政投入资金的6%): as 按财政投入资金的6%, with its floor; a
# floor without a share (不低于省定标准) names a standard
_BOUND_SHARE = lazy_pattern(r"(?:不低于|不少于)(?P<share>[\u4e00-\u9fff]{2,12}的[0-9]{1,3}(?:\.[0-9]{1,2})?%)")


def _bound_share(text: str, policy_re: re.Pattern[str]) -> bool:
    match = _BOUND_SHARE.fullmatch(text)
    return match is not None and policy_re.match(f"按{match.group('share')}") is not None


def _qualitative(raw: str, text: str, year: int | None, lex: Lexicon) -> ParsedValue:
    def q(kind: str, quality: str | None = None, **extra: Any) -> ParsedValue:
        return ParsedValue(raw=raw, text=text, kind=kind, quality=quality, **extra)

    if text in lex.horizon_terms:
        return q("horizon")
    labelled = _GRADE_WITH_WORD.fullmatch(text)
    if labelled is not None:  # 保持二级（较好）: a grade with the word its scale gives it, not a vague 较好
        grade = _qualitative(raw, labelled.group("grade"), year, lex)
        if grade.quality == "graded":
            return replace(grade, text=text)
    if text in _CLEARED_EACH_DAY:  # 餐厨垃圾 日产日清: within the day, as 当日 (not "at once", uncheckable)
        return q("duration", op="≤", number=Decimal(1), unit="日")
    if lex.immediate_re is not None and lex.immediate_re.search(text):
        return q("qualitative", "immediate")
    if _SAME_DAY.search(text):  # 当日办结, 服务当日直接减免: within the day, checkable against the records
        if _NOT_SAME_DAY.search(text):
            return q("qualitative", "immediate")  # hedged or one of two limits: as before, not checkable
        return q("duration", op="≤", number=Decimal(1), unit="日")
    # 春节之前, 元旦以前 as 春节前, 元旦前: the lexicon's terms are written with 前 alone
    if lex.external_re is not None and lex.external_re.search(_BEFORE_SAID_LONGER.sub("前", text)):
        return q("qualitative", "external")
    if _SEASON_OF_YEAR.fullmatch(text):  # 2026年春季: no day ends a season, as none ends 汛期
        return q("qualitative", "external")
    if (lex.policy_re is not None and (lex.policy_re.match(text) or _bound_share(text, lex.policy_re))) or (
        lex.policy_phrase_re is not None and lex.policy_phrase_re.search(text)
    ):
        return q("policy")
    if _DAILY_BY.fullmatch(text):
        return q("qualitative", "recurring", op="≤")
    event = _EVENT_THEN_NEXT.fullmatch(text)  # 审核通过后次月底前: 次月底前 counted from each approval
    if event is not None:
        after = _RECURRING.fullmatch(event.group("rest"))
        if _DAILY_BY.fullmatch(event.group("rest")) or (after is not None and after.group("day")):
            return q("qualitative", "recurring", op="≤")
    recurring = _RECURRING.fullmatch(text)
    if recurring is not None:
        bounded = recurring.group("day") or recurring.group("lead")
        return q("qualitative", "recurring", op="≤" if bounded else None)  # no day: no bound
    whole_year = _WHOLE_YEAR.fullmatch(text)
    if whole_year is not None:  # the year's end, for the deadline rules (the year as written, or assumed)
        written = whole_year.group("y")
        end = int(written) if written else year
        return q("qualitative", "whole_year", op="≤", year_inferred=not written,
                 deadline=_dt.date(end, 12, 31) if end is not None and 1 <= end <= 9999 else None)
    if (text in lex.yes_terms or text in lex.no_terms or _none_happened(text, lex) or _PASSED.fullmatch(text)
            or _NO_EFFECT.fullmatch(text) or _FIRST_TIME.sub("一", text, count=1) in lex.yes_terms):
        return q("qualitative", "yesno")
    if lex.graded_re is not None:
        graded = lex.graded_re.fullmatch(text)
        if graded is not None:
            return q("qualitative", "graded", op="≥" if graded.group("ge") else None,
                     problems=((GRADE_SCALE, ""),) if _lists_a_scale(text) else ())
        at_least = _AT_LEAST_GRADE.match(text) if text[:1] in "≥不达" else None
        if at_least is not None and at_least.group() == "达到" and _names_a_standard(text, lex):
            at_least = None  # 达到Ⅲ类, 达到一级: a class or standard reached, as the standard markers say
        if at_least is not None and lex.graded_re.fullmatch(text, at_least.end()) is not None:
            rest = text[at_least.end():]
            return q("qualitative", "graded", op="≥", problems=((GRADE_SCALE, ""),) if _lists_a_scale(rest) else ())
        named = _GRADE_NAMED.match(text)
        graded = lex.graded_re.fullmatch(text, named.end()) if named is not None else None
        if graded is not None:
            return q("qualitative", "graded", op="≥" if graded.group("ge") else None,
                     problems=((GRADE_SCALE, ""),) if _lists_a_scale(text[named.end():]) else ())
    water = _WATER_CLASS.fullmatch(text) if "类" in text else None
    if water is not None:
        return q("qualitative", "graded", op="≥" if water.group("ge") else None)
    if _GRADE_RUN.fullmatch(text):
        return q("qualitative", "graded", problems=((GRADE_SCALE, ""),))
    named_grade = _NAMED_GRADE.fullmatch(text)
    if named_grade is not None:
        return q("qualitative", "graded", op="≥" if named_grade.group("ge") else None)
    if _RANK.fullmatch(text):
        return q("qualitative", "graded")
    terms: tuple[str, ...] = ()
    if lex.vague_re is not None:
        terms = tuple(dict.fromkeys(lex.vague_re.findall(text)))
    if text in lex.vague_exact and text not in terms:
        terms = (*terms, text)
    if terms:  # vague wording stays vague even beside a standard (达到二级标准，明显改善)
        return q("qualitative", "vague", vague_terms=terms)
    if _names_a_standard(text, lex):
        return q("qualitative", "standard")
    period = _RETURN_PERIOD.fullmatch(text) if "一遇" in text else None
    if period is not None:
        return q("qualitative", "standard", op="≥" if period.group("ge") else None)
    # 达标（按环评批复运至指定弃土场）: a remark on how it is met, after a value that reads alone
    remark = _REMARK.fullmatch(text) if text.endswith(")") else None
    if remark is not None:
        body = _qualitative(raw, remark.group("body").strip(), year, lex)
        if body.quality in ("yesno", "standard", "graded"):
            return replace(body, text=text)
    return q("qualitative", "text")

"""Unit prices and what they pay for: which quantity a price (元/X) multiplies, and the product.

One pairing for every rule that weighs a price against the rest of the table: FUND007 (a price
times its quantity over the funds, or over the cost line paying for it) and FUND004 (whether
prices times quantities close the gap between the cost lines and the total). REL002 asks a
different question (which cost lines and quantities a price ties together, not one product) and
shares the price words, how a price's unit is split (``split_per``) and whether a count is in a
price's unit (``count_factor``).

A price and a quantity pair by the words they share (校园招聘补贴标准 ↔ 校园招聘补贴人数, a run of
three characters after the price words: a firm pair; so is a price named by generic words only with
the one quantity in its unit naming the same payment: 平均单台补贴 ↔ 补贴家电数量), or, less firmly, by two characters
(人均培训成本 ↔ 培训干部人次) or by the only quantity of 数量指标 in that unit (苗种平均单价 元/尾 ↔
放流苗种数量 ≥600万尾; a count of people or households never: a table counts several kinds), or, for a
standard per head, by the one count the goal's clause pays it to (对120名…传承人按每人每年5000元: ＝120人). A
price matching no quantity is left out, not guessed. A count in another unit of the price's measure
(≥200公顷 for 500元/亩, ≥1.2万kW for 5000元/千瓦: the lexicon's ``measures``) is multiplied converted
to the price's unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, TypeVar

from ggtlint.primitives.base import Row, TableContext, is_breakdown, is_cost, is_money_total, is_money_unit, \
    longest_run, name_stem, unit_at, without_breakdown_label, without_qualifiers
from ggtlint.primitives.corpus import name_key
from ggtlint.values import Lexicon
from ggtlint.values.lexicon import ONE
from ggtlint.values.normalize import decimal_text
from ggtlint.lazyregex import lazy_pattern

# Words a unit price and its count differ by (校园招聘补贴标准 / 校园招聘补贴人数).
PRICE_STRIP_WORDS = ("标准", "单价", "人数", "人次", "数量", "金额", "补助", "发放", "享受")
# A price per period, over the budget year: 700元/人·月 is 8,400 元 a person.
PERIODS_A_YEAR = {"": 1, "年": 1, "月": 12, "季": 4, "季度": 4}
# Counts a price per head goes with (tables write 人 or 人次 for the same people; 元/生 is per pupil).
HEADS = {"人": ("人", "人次"), "人次": ("人次", "人"), "生": ("人", "人次"), "场": ("场", "场次"),
         "场次": ("场次", "场"), "户": ("户", "户次"), "户次": ("户次", "户")}
# Heads a table counts several kinds of (beneficiaries, trainees, staff; 个, 项 and 次 count anything):
# never paired by unit alone.
MANY_KINDS = frozenset(HEADS) | {"个", "项", "次"}
# A cap on one item (单台套补贴额上限 ≤15万元/台套, 住院救助年度限额 ＝3万元/人) is no price of every item:
# its product bounds nothing.
_CAP_WORDS = ("上限", "最高", "封顶", "限额")
# A price per head per day (元/人·天) is multiplied by the table's count of days too.
_DAYS = ("天", "日")
_SEPARATORS = "·/.・．"
# Words too common to pair a price with a quantity or a cost line on two characters alone.
GENERIC_WORDS = ("标准", "单价", "定额", "综合", "平均", "人均", "户均", "单件", "单台", "单套", "单位", "每", "成本",
                 "补贴", "补助", "资金", "经费", "费用", "项目", "服务", "工作", "完成", "开展", "实施", "数量", "人数",
                 "人次", "金额", "发放", "享受", "年度", "全年", "其中", "费")


@dataclass(slots=True)
class Priced:
    """A unit price, the quantity it multiplies and the product in 元."""

    price: Row
    count: Row
    product: Decimal
    shown: str      # the quantity as multiplied: "≥15000人", "≥150人 × 12", "≥2100人 × ≥7天", "≥200公顷（3000亩）"
    firm: bool      # paired by a run of three characters of the names
    periods: int = 1  # a price per month or quarter counted for the whole year: 12 or 4
    in_name: bool = False  # a line's own rate read in its name's brackets, not its note


def priced_quantities(ctx: TableContext, strip: tuple[str, ...] = PRICE_STRIP_WORDS) -> list[Priced]:
    """Each unit price of the cost block with the quantity it multiplies, in table order (see _priced_quantities).

    Four rules read the pairs (FUND007, FUND024, the cost composition, the sum of the costs): they are paired once a
    table and strip words, kept in the table's memo."""
    key = ("priced_quantities", strip)
    if key not in ctx.memo:
        ctx.memo[key] = _priced_quantities(ctx, strip)
    return list(ctx.memo[key])


def _priced_quantities(ctx: TableContext, strip: tuple[str, ...]) -> list[Priced]:
    """Each unit price of the cost block with the quantity it multiplies, in table order.

    Several prices may share one quantity: parts of one cost per person (补助 500元/人 + 食宿
    200元/人), or tiers of it whose split is not written (80-89周岁 50元, 90周岁以上 100元, for
    享受高龄津贴人数 in all); a caller weighing one product against a bound leaves those alone.
    A price per period (元/人·月) counts for the whole budget year; per day (元/人·天), for the
    table's one count of days, or a count in person-days.
    """
    counts = _counts(ctx)
    found = []
    for price in unit_prices(ctx):
        parsed = price.parsed
        head, period = split_per(parsed.per)
        days: Row | None = None
        units = HEADS.get(head, (head,))
        if period in _DAYS:
            # person-days counted as such (≥14700人天), else people × the table's days
            joined = tuple(f"{unit}{sep}{period}" for unit in units for sep in ("", "·"))
            if any(row.parsed.unit in joined for row in counts):
                units, times = joined, 1
            else:
                days = _days_count(ctx)
                if days is None:
                    continue
                times = 1
        elif period in PERIODS_A_YEAR:
            times = PERIODS_A_YEAR[period]
        else:
            continue
        same_unit = [row for row in counts if count_factor(row.parsed.unit, head, ctx.lexicon, units) is not None]
        match, firm = _pair(ctx, price, head, same_unit, strip)
        if match is None:
            continue
        quantity, shown = _converted(ctx, match, units, head)
        product = _cents(parsed.yuan * quantity * times, quantity != match.parsed.number)  # type: ignore[operator]
        shown = shown if times == 1 else f"{shown} × {times}"  # 元/人·月: twelve months
        if days is not None:
            product *= days.parsed.number  # type: ignore[operator]
            shown = f"{match.shown} × “{days.name}”{days.shown}"
        found.append(Priced(price, match, product, shown, firm, times if days is None else 1))
    return found


# a price written in a cost line's note (按2.2万元/飞行小时包干): the figure, its money unit and what it is per
# (public: price-note reads a price line against the rate a cost note computes with)
NOTE_PRICE = lazy_pattern(r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<money>万元|元)/(?P<per>[^\s0-9，,；;。、（()）×*]{1,6})")
#: the times sign of a note's product as typed: ×, *, ＊, x or X, 乘以 (amount-limit's and note-count's notes)
TIMES_SIGN = lazy_pattern(r"\s*(?:[×*＊xX]|乘以)\s*")
_UNIT_SEPARATORS = str.maketrans("", "", "·・.．/")


def bare_unit(unit: str) -> str:
    """A unit with its separators dropped, to compare what two prices or counts are per (人·天 and 人天, 人·次 and
    人次 are one)."""
    return unit.translate(_UNIT_SEPARATORS)
# a figure in a note that is not exact (约, 左右, 以上): no sum or product to hold a line to
LOOSE_FIGURE_WORDS = ("约", "左右", "以上", "以内", "以下", "不超过", "不低于", "最高", "上限", "-", "～", "~", "至")
# a standard written in a cost line's name, in brackets (驻村生活补助（每人每月600元）, 助餐补贴（每人每餐3元）):
# what it is per (up to five characters, 每个比赛项目; a longer one, 每平方米, only as one unit of the lexicon),
# the period and the figure
_EACH_RATE = (r"每(?P<per>[\u4e00-\u9fff]{1,5}?)(?:每(?P<period>年|月|季度|季|餐|次))?"
              r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<money>万元|元)")
_NAME_RATE = lazy_pattern(r"[（(]" + _EACH_RATE + r"[）)]")
# the same standard written out in a cost line's note, no brackets (按每户每年2000元标准发放)
_NOTE_EACH_RATE = lazy_pattern(_EACH_RATE)
# any figure given per a thing (每人10课时, 每课时18元): a second beside the rate is a factor of its own; not a day
# of the period, a month of the year or a payment's cadence, which multiply nothing (每月10日前, 每季度首月10日前,
# 每年12月底前, 每季度拨付1次)
_NOTE_EACH_FIGURE = lazy_pattern(r"每(?!(?:年|半年|季度|季|月|旬|周)(?:首月|末月)?(?:[0-9]+[日号月]|拨付|发放|结算|支付|兑付|到账))"
                                 r"[\u4e00-\u9fff]{1,4}?[0-9]")
# a rate per person per meal or visit counts a 人次 each (助餐服务 ≥60万人次), never people
_PER_SERVING = ("餐", "次")
# and a note's price that is no one rate of the whole line (分档, 加权平均不高于70元/吨, 其中…): nothing to multiply
_NOTE_PRICE_LOOSE = LOOSE_FIGURE_WORDS + ("不高于", "平均", "分档", "其中")
# the sum written out (4家×8万元/家) is amount-limit's own check of the note
_TIMES = ("×", "*", "＊", "乘")


def note_priced(ctx: TableContext, strip: tuple[str, ...] = PRICE_STRIP_WORDS) -> list[Priced]:
    """Each money cost line whose note gives the one rate it is paid at and nothing else to multiply
    (直升机租赁及飞行费 ≤600万元, 按2.2万元/飞行小时包干), or whose name gives it in brackets (驻村生活补助
    （每人每月600元）), with the quantity counted in that unit (巡护飞行时间 ≥300小时) and their product;
    ``price`` is the line itself, certain to be what the rate pays for (``in_name`` says where the rate
    is). A rate per month or quarter counts for the year; one per day, or of a loose figure, is left out;
    one per person per meal or visit goes with a count in 人次 only."""
    # and the time worked as an output (巡护飞行时间 ≥300小时), not a deadline's
    counts = _counts(ctx) + [row for row in ctx.rows if row.parsed.kind == "duration" and row.parsed.number
                             and row.level2 == "数量指标"]
    found = []
    for line in ctx.rows:
        if not is_cost(line) or not is_money_total(line):
            continue
        rate = _line_rate(line)
        if rate is None:
            continue
        figure, money_word, per, in_name = rate
        money = unit_at(money_word, ctx.lexicon, is_money_unit)
        head, period = split_per(per)
        # the words after the unit cut off (元/件标准支付, 元/平方米·月测算): the unit as the lexicon knows it
        unit = unit_at(head, ctx.lexicon, lambda _info: True)
        if in_name and len(head) > 2 and (unit is None or unit[0] != len(head)):
            continue  # words, not a unit (每户补助600元): what it is per is not sure
        head = head[:unit[0]] if unit is not None else head
        units = _head_units(ctx, head)
        if in_name and period in _PER_SERVING and head == "人":
            head, period, units = "人次", "", ("人次",)
        yearly = max((key for key in PERIODS_A_YEAR if key and period.startswith(key)), key=len, default=None) \
            if period else ""
        if money is None or yearly is None:
            continue  # a rate per day, week or time (元/人·天): for how many is the table's guess
        same_unit = [row for row in counts if count_factor(row.parsed.unit, head, ctx.lexicon, units) is not None]
        match, _firm = _pair(ctx, line, head, same_unit, strip)
        if match is None:
            continue
        times = PERIODS_A_YEAR[yearly]
        quantity, shown = _converted(ctx, match, units, head)
        product = _cents(Decimal(figure) * money[1].to_yuan * quantity * times,  # type: ignore[operator]
                         quantity != match.parsed.number)
        shown = shown if times == 1 else f"{shown} × {times}"
        found.append(Priced(line, match, product, shown, True, times, in_name))
    return found


def _head_units(ctx: TableContext, head: str) -> tuple[str, ...]:
    """The units a count paid per ``head`` is written in; for 人, also 名 when the table counts no one in 人:
    名 is then its word for people (配备灾害信息员 ＝988名), not for staff beside the 人 a price pays (签约居民
    ≥10000人 beside 家庭医生团队成员 ＝120名)."""
    units = HEADS.get(head, (head,))
    if head == "人" and not any(row.parsed.unit == "人" for row in _counts(ctx)):
        return units + ("名",)
    return units


def _line_rate(line: Row) -> tuple[str, str, str, bool] | None:
    """The one rate a cost line is paid at, from its note (按2.2万元/飞行小时包干, or written out as a name's
    standard is, 按每户每年2000元标准发放) or else its name's brackets
    (（每人每月600元）): (figure, money unit, what it is per as 人·月, whether it is in the name); None when
    there is none, several, or it comes with a sum or a loose figure. A note giving no rate (资金来源：省级财政)
    leaves the name's standard to be read."""
    note = line.indicator.note or ""
    if note:
        if any(word in note for word in _TIMES) or any(word in note for word in _NOTE_PRICE_LOOSE):
            return None
        rates = list(NOTE_PRICE.finditer(note))
        if len(rates) > 1:
            return None
        if rates:
            if _NOTE_EACH_FIGURE.search(note):
                return None  # (按每人10课时、18元/课时: a figure per head beside the rate, a factor of its own)
            return rates[0].group("n"), rates[0].group("money"), rates[0].group("per"), False
        written_out = list(_NOTE_EACH_RATE.finditer(note))
        # (按每人10课时、每课时18元标准: the rate is per 课时, times each head's 10, not times the 课时 of one)
        if len(written_out) == 1 and len(_NOTE_EACH_FIGURE.findall(note)) == 1:
            return _rate_parts(written_out[0]) + (False,)
    rate = _named_rate(line.name)
    if rate is None:
        return None
    return _rate_parts(rate) + (True,)


def _rate_parts(rate: re.Match[str]) -> tuple[str, str, str]:
    """A 每…元 standard's figure, money unit and what it is per (每户每年2000元: 2000, 元, 户·年)."""
    per = rate.group("per") + (f"·{rate.group('period')}" if rate.group("period") else "")
    return rate.group("n"), rate.group("money"), per


def _named_rate(name: str) -> re.Match[str] | None:
    """The one standard a line's name gives in brackets (（每人每月600元）); None when there is none, several,
    or a loose one (每亩约120元: no rate to hold the line to)."""
    named = list(_NAME_RATE.finditer(name)) if "每" in name else []
    if len(named) != 1 or any(word in named[0].group(0) for word in _NOTE_PRICE_LOOSE):
        return None
    return named[0]


def name_standard_yuan(name: str) -> Decimal | None:
    """The one standard a line's name gives in brackets (农贸市场提质改造补助（每个市场45万元）), in 元, when
    the line's value is what it comes to; None when there is none, several, or a loose one (每亩约120元)."""
    rate = _named_rate(name)
    return None if rate is None else _rate_yuan(rate)


def _rate_yuan(rate: re.Match[str]) -> Decimal:
    """A named standard's amount in 元 (（每个市场45万元）: 450000)."""
    return Decimal(rate.group("n")) * (10000 if rate.group("money") == "万元" else 1)


def name_standard_a_year(name: str) -> Decimal | None:
    """The one standard a line's name gives in brackets, in 元 for a year (（每人每月1800元）: 21600); None when
    there is none, a loose one, one per meal or visit (how many a year is not known) or per a span of time
    (（每月2万元）: no thing counted)."""
    return _standard_a_year(_named_rate(name))


def note_standard_a_year(note: str) -> Decimal | None:
    """The one standard a line's note writes out with no count (每个比赛项目2.5万元), in 元 for a year as the
    name's is; None when there is none, several, a loose one, or the product written out (按3万亩×每亩100元: its
    count is the one the note means)."""
    written_out = list(_NOTE_EACH_RATE.finditer(note))
    if len(written_out) != 1 or any(word in note for word in _NOTE_PRICE_LOOSE + _TIMES):
        return None
    return _standard_a_year(written_out[0])


# a standard per a span of time, not per a thing (每月2万元, 每人每天100元): no count the line pays for
_PER_TIME = lazy_pattern(r"(?:^|每)(?:年|半年|季度|季|月|旬|周|天|日)$")


def _standard_a_year(rate: re.Match[str] | None) -> Decimal | None:
    """A standard's amount in 元 for a year; None when it is per a span of time, or per a meal or visit."""
    if rate is None or _PER_TIME.search(rate.group("per")):
        return None
    times = PERIODS_A_YEAR.get(rate.group("period") or "")
    return _rate_yuan(rate) * times if times is not None else None


def count_factor(unit: str | None, head: str, lexicon: Lexicon, units: tuple[str, ...] | None = None,
                 partner: bool = False) -> Decimal | None:
    """How many of a price's ``head`` one ``unit`` of a count is, when the count is what the price pays
    for; None when it is not.

    1 for one of ``units`` (by default the head and the units it goes with: 人次 for a price per 人) and
    for a unit of two characters or more within the head (飞行小时 at 元/飞行小时包干); the factor for
    another unit of the head's measure (15 for 公顷 at 元/亩, 1 for kW at 元/千瓦). A head counting people
    or shows (``HEADS``) goes with its units only. With ``partner`` (REL002 asks only whether a count is
    what a price pays for, not how many of its unit), also 1 for a unit naming the head's thing (18个站点
    at 元/个); never in a product, where 30000亩次 of passes are no 30000亩 of land."""
    if not unit or not head:
        return None
    if unit in (units if units is not None else HEADS.get(head, (head,))):
        return ONE
    if head in HEADS:
        return None
    if (len(unit) >= 2 and unit in head) or (partner and unit.startswith(head)):
        return ONE
    return lexicon.conversion(unit, head)


def _converted(ctx: TableContext, row: Row, units: tuple[str, ...], head: str) -> tuple[Decimal, str]:
    """A count's number in the price's ``head``, and the count as shown: as written in the head's own
    unit (or one of ``units``), with the converted figure beside it in another (≥200公顷（3000亩）)."""
    factor = count_factor(row.parsed.unit, head, ctx.lexicon, units) or ONE
    quantity = row.parsed.number * factor  # type: ignore[operator]
    if factor == 1:
        return quantity, row.shown
    return quantity, f"{row.shown}（{decimal_text(quantity.quantize(_CENT))}{head}）"


_CENT = Decimal("0.01")


def _cents(product: Decimal, converted: bool) -> Decimal:
    """A product of converted units to the fen (平方米 in 亩 is 1/666.67…): no trail of inexact digits."""
    return product.quantize(_CENT) if converted else product


# what a price per time is paid for (租金 5000元/月, 200元/小时): rounds a table seldom counts
_TIMES_HEADS = frozenset(PERIODS_A_YEAR) | frozenset(_DAYS) | {"小时", "周", "学期"}
# a price per head (2000元/人·月 of 巡查员, 1200元/具): what the year pays people and households, whose count
# a table often leaves out or gives in another of these units (户 for 人)
_PEOPLE_HEADS = frozenset(HEADS) - {"场", "场次"} | {"名", "位", "具"}
# units that count anything (400元/个 of 骨灰盒 for 300具, 复核村数 ＝86个 at 0.5万元/村)
_ANY_UNIT = frozenset({"个", "项", "次", "处"})
_UNTOLD_HEADS = _TIMES_HEADS | _PEOPLE_HEADS | _ANY_UNIT


def _counts(ctx: TableContext) -> list[Row]:
    """The rows counted in some unit (＝0起 buys nothing)."""
    return [row for row in ctx.rows if row.parsed.kind == "count" and row.parsed.number]


def unit_prices(ctx: TableContext) -> Iterator[Row]:
    """The cost block's prices per unit in 元; a cap per item (上限, 限额) is no price to multiply."""
    for price in ctx.rows:
        parsed = price.parsed
        if is_cost(price) and parsed.kind == "per_unit" and parsed.yuan is not None and parsed.per \
                and not any(word in price.name for word in _CAP_WORDS):
            yield price


def unpriced_counts(ctx: TableContext, strip: tuple[str, ...] = PRICE_STRIP_WORDS) -> list[tuple[Row, Row]]:
    """Each unit price of the cost block in a unit nothing in the table is counted in (扫描单价 0.6元/页,
    no count in 页), with the one quantity of 数量指标 it names, counted in another unit (档案数字化扫描
    ≥2000卷): the two cannot be multiplied. Not a price per time or per visit (租金 5000元/月, 200元/次:
    rounds seldom counted), nor per head (2000元/人·月, 60元/人 for 1000户), nor a unit counting anything
    (元/个, 86个) or one the quantity's name says it counts (1000元/托位·年 for 普惠托位 ≥1200个), nor
    units of one measure (the lexicon's ``measures``: 300元/米 for 12公里, which multiply)."""
    counts = _counts(ctx)
    found = []
    for price in unit_prices(ctx):
        head, _period = split_per(price.parsed.per)
        units = HEADS.get(head, (head,))
        if not head or head in _UNTOLD_HEADS or any(
                (row.parsed.unit or "").startswith(units) or head in row.name
                or ctx.lexicon.conversion(row.parsed.unit or "", head) is not None for row in counts):
            continue  # (a count in 千瓦 is one in kW, for a price per kW)
        others = [row for row in counts if row.level2 == "数量指标" and row.parsed.unit
                  and row.parsed.unit not in _ANY_UNIT and ctx.lexicon.conversion(row.parsed.unit, head) is None]
        words = GENERIC_WORDS + strip
        named = unique_best([(longest_run(name_stem(price.name, words), name_stem(row.name, words)), row)
                             for row in others], 2)
        if named is not None:
            found.append((price, named))
    return found


def split_per(per: str) -> tuple[str, str]:
    """元/人·天 → (人, 天); 元/人/天 and 元/人天 alike; 元/车公里 → (车公里, "")."""
    for separator in _SEPARATORS:
        if separator in per:
            head, _, period = per.partition(separator)
            return head, period
    if len(per) > 1 and per[-1] in _DAYS and per[:-1] in HEADS:
        return per[:-1], per[-1]
    return per, ""


_Scored = TypeVar("_Scored")  # a row, or anything scored so


def unique_best(scored: list[tuple[int, _Scored]], least: int) -> _Scored | None:
    """The row (or other thing) with the highest score, when it is at least ``least`` and no other has it."""
    if not scored:
        return None
    best = max(score for score, _ in scored)
    winners = [row for score, row in scored if score == best]
    return winners[0] if best >= least and len(winners) == 1 else None


# what a price named only by generic words pays (平均单台补贴 ＝800元/台): a quantity naming the same
# payment in that unit (补贴家电数量 ≥8万台) is what it is paid for
_PAYMENTS = ("补贴", "补助", "奖补", "资助")


def _named_by_payment(price: Row, same_unit: list[Row]) -> Row | None:
    """The one quantity of 数量指标 in the price's unit that names the payment the price names, when
    the price's name says nothing else (平均单台补贴 ↔ 补贴家电数量, not 回收旧家电数量); else None."""
    if name_stem(price.name, GENERIC_WORDS + PRICE_STRIP_WORDS):
        return None  # the price names what it pays for: the runs of its words decide
    payments = [word for word in _PAYMENTS if word in price.name]
    named = [row for row in same_unit if row.level2 == "数量指标" and any(word in row.name for word in payments)]
    return named[0] if payments and len(named) == 1 else None


def _named_part(stem: str, same_unit: list[Row], strip: tuple[str, ...]) -> Row | None:
    """The one 其中 line whose words the price's name holds in order (其中：重型货车 for 重型柴油货车淘汰补贴
    （每辆3.5万元））: the price pays for that part, not for the whole above it, which may share a longer run
    (柴油货车) without being named in full; None when no part, or more than one, is so named. A part's
    bracketed qualifier is no word the price must repeat (其中：村（社区）灾害信息员 for 村级灾害信息员工作补助)."""
    parts = [row for row in same_unit if is_breakdown(row.name)
             and len(part := name_stem(name_key(without_qualifiers(row.name)).removeprefix("其中"), strip)) >= 2
             and _is_subsequence(part, stem)]
    return parts[0] if len(parts) == 1 else None


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)


def _days_count(ctx: TableContext) -> Row | None:
    """The table's one count of days of 数量指标 (全年供餐天数 ≥200天, 培训天数 ＝7天), or None."""
    days = [row for row in ctx.rows if row.parsed.unit in _DAYS and row.parsed.number
            and row.parsed.kind in ("count", "duration")
            and (row.level2 == "数量指标" or "天数" in row.name or "日数" in row.name)]
    return days[0] if len(days) == 1 else None


# a number a name holds (90周岁以上, 2026年, 3级)
_NAME_NUMBER = lazy_pattern(r"[0-9]+")


def _numbers_clash(price_name: str, row_name: str) -> bool:
    """Both names hold numbers and share none (90周岁以上高龄津贴标准 against 80周岁以上老年人): another group's
    count, whatever words the two share."""
    ours = set(_NAME_NUMBER.findall(price_name))
    return bool(ours) and bool(theirs := set(_NAME_NUMBER.findall(row_name))) and not ours & theirs


def _pair(ctx: TableContext, price: Row, head: str, same_unit: list[Row],
          strip: tuple[str, ...]) -> tuple[Row | None, bool]:
    """The quantity a price multiplies, and whether the pair is firm (three characters shared)."""
    if any(char.isdigit() for char in price.name):
        same_unit = [row for row in same_unit if not _numbers_clash(price.name, row.name)]
    stem = name_stem(without_breakdown_label(price.name), strip)
    runs = [(longest_run(stem, name_stem(without_breakdown_label(row.name), strip)), -index, row)
            for index, row in enumerate(same_unit)]
    best = max(runs, key=lambda item: item[:2], default=None)
    if best is not None and best[0] >= 3:
        part = _named_part(stem, same_unit, strip)
        if part is not None and not _is_subsequence(name_stem(best[2].name, strip), stem):
            return part, True
        if unique_best([(run, row) for run, _, row in runs], 3) is not None:
            return best[2], True
        # two sharing the run alike (80至89周岁老人, 90至99周岁老人 for 百岁老人长寿津贴标准): the words they share with
        # the price are not what tells them apart, so no firm pair
    paid = _named_by_payment(price, same_unit)
    if paid is not None:
        return paid, price.parsed.op in ("=", None)  # a ceiling (人均补贴 ≤2000元/人) pairs loosely: no bound on the product
    # looser: only quantities of 数量指标, and not one that is part of another (放流珍稀土著鱼类苗种数量
    # 5万尾 within 放流苗种数量 600万尾: the larger's name, in order, within the smaller's; larger in the
    # price's unit, 200公顷 over 1000亩)
    output = [row for row in same_unit if row.level2 == "数量指标"]
    size = {id(row): row.parsed.number * (ctx.lexicon.conversion(row.parsed.unit or "", head) or 1)  # type: ignore[operator]
            for row in output}
    output = [row for row in output if not any(
        other is not row and size[id(other)] > size[id(row)]
        and (is_breakdown(row.name) or _is_subsequence(other.name, row.name)) for other in output)]
    loose = name_stem(price.name, GENERIC_WORDS + strip)
    match = unique_best([(longest_run(loose, name_stem(row.name, GENERIC_WORDS + strip)), row) for row in output], 2)
    if match is None and len(output) == 1 and head not in MANY_KINDS:
        match = output[0]  # the only thing counted in 尾, 件, 车公里
    if match is None and head in ("人", "生"):
        match = _counted_in_the_goal(ctx.goal, price, output)
    return match, False


# a count of people and the standard each is paid, in one clause of the goal (对120名…传承人按每人每年5000元给予传习补助)
_GOAL_COUNT_STANDARD = lazy_pattern(r"(?P<count>[0-9]+)(?:名|人)(?:(?![0-9])[^，。；,;、]){0,20}?每(?:人|名|生)"
                                    r"(?:每(?P<period>年|月|季度|季))?(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<money>万元|元)")


def _counted_in_the_goal(goal: str, price: Row, output: list[Row]) -> Row | None:
    """The one quantity giving the count of people the goal pays the price's standard to, in one clause
    (传习补助标准 ＝5000元/人·年 and 补助州级代表性传承人 ＝120人 for 对120名…传承人按每人每年5000元): the goal ties
    a standard to whom it is paid, whatever words the two names share."""
    period = split_per(price.parsed.per or "")[1]
    found: dict[int, Row] = {}  # (by id: two clauses paying one count the standard name one quantity)
    for said in _GOAL_COUNT_STANDARD.finditer(goal):
        if _rate_yuan(said) == price.parsed.yuan and (said.group("period") or "年") == (period or "年"):
            found.update((id(row), row) for row in output if row.parsed.number == Decimal(said.group("count")))
    return next(iter(found.values())) if len(found) == 1 else None

"""amount-limit: no single cost can exceed the project's funds.

``mode: item`` — one money cost item is larger than 年度资金总额; not reported when the costs and
the total are exactly 10,000 times apart (sum-matches' ``unit_mix`` reports that one mistake), nor
when that item alone is the one written in the wrong unit (sum-matches' ``cost_items`` names it).
``mode: unit_times_quantity`` — a unit price (元/X) times the quantity counted in X exceeds
年度资金总额 (variant ``default``) or far exceeds the cost line that pays for it (``over_line``), unless the
product is the year's funds: a rate of the whole (收运处置综合单价), which pays for every line.
Prices and quantities are paired by :mod:`ggtlint.primitives.pricing` (a price per person per day
counts the table's one count of days too). A firm pair (three characters of the names shared) is
reported above the total; a looser pair, and any pair against its cost line, only at more than
twice the amount: a ceiling price times a floor count may overshoot a little, and a loose pair may
be the wrong one (a price per 人 times a count of 人次). A price in a unit nothing is counted in, whose
name names a quantity counted in another (扫描单价 0.6元/页, 档案数字化扫描 ≥2000卷), cannot be multiplied:
told so (``units_differ``), not left out in silence. A cost line whose note works its amount
out as a product of figures, one of them money (4家律师事务所×每家8万元/年), and comes to another
amount than the line's (≤240000元) is told too (``note``, a warning: the sum is written out).
A cost line whose note gives only the rate it is paid at (按2.2万元/飞行小时包干) is held to that rate times
the quantity counted in its unit (≥300小时) (``note_price``): the line is the rate's own, so over by 2% is told;
so is one whose name gives its standard in brackets (助餐补贴（每人每餐3元） ≤180万元 against 助餐服务 ≥60万人次:
``name_price``). Far under is told too: a note's sum, or such a rate times its quantity, coming to less than
a fifth of a ceiling line (180公里×3000元/公里 for ≤5400000元; 每场次200元 × 240场次 for ≤48万元) is a figure
slipped by a place, not a ceiling set with room to spare (``note``; ``rate_under``, which holds an exact line
(＝480000元) to the same fifth: a note's sum is held to an exact line within 2%).
A ceiling more than 15% over its note's own sum (≤162万元 for 3600套×300元/套 = 108万元) is asked about, a notice
(``note_room``): the careful tables keep a tenth for contingencies, not half again.
A price whose name matches ``gap_paid_name`` (城市低保标准 ≥890元/人·月: only the gap to the line is paid) is
not multiplied: its product is no spending.
An exact line named for a standard per head and month of the costs (巡查管护人员补助 ＝52.8万元 for 管护人员补助标准
1000元/人·月) is held to that standard times the count of the same people (＝36人) times 12 (``month_line``, a warning).
``mode: per_head`` — a cost named as an amount per head (``per_head``, a regular expression:
人均, 案均 …) whose value is a plain amount of more than half the funds: at most one head could be
paid, so the name or the amount is wrong (人均坐席服务费 ≤1500000元 of 1,800,000元); not a name
matching ``total_name``, which says it is a total all the same (…补助资金, 补贴（每人每月80元）).
``mode: share`` — a cost whose name matches ``name`` (项目管理费: what the implementer keeps for itself)
taking more than ``share`` of the funds (农业农村局项目管理费 ≤215万元 of 1075万元).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_patterns, is_cost,
                                     is_money_total, is_money_unit, leading_multiplier, longest_run, name_stem,
                                     note_hit, over_half_the_funds, row_hit, several_years, unit_at, yuan_text)
from ggtlint.primitives.pricing import GENERIC_WORDS, LOOSE_FIGURE_WORDS, MANY_KINDS, PRICE_STRIP_WORDS, TIMES_SIGN, \
    Priced, bare_unit, note_priced, priced_quantities, split_per, unique_best, unit_prices, unpriced_counts
from ggtlint.primitives.sum_matches import TEN_THOUSAND, cost_money_rows, is_unit_mix, unit_slip
from ggtlint.regexsafety import search
from ggtlint.values import Lexicon
from ggtlint.values.lexicon import MEASURES_MOVED
from ggtlint.values.parse import CEILING_OPS, stated_sum
from ggtlint.lazyregex import lazy_pattern

NAME = "amount-limit"
SCOPES = ("table",)
VARIANTS = ("default", "over_line", "note", "units_differ", "note_price", "name_price", "rate_under", "goal_price",
            "month_line", "note_room", "note_months")
LEVELS = {"note": Severity.WARNING, "goal_price": Severity.INFO, "month_line": Severity.WARNING,
          "note_room": Severity.INFO, "note_months": Severity.INFO}  # note: its own sum, no pairing guessed; note_months: the sum agrees, the months unsaid
# mode item gives amount and total; unit_times_quantity gives count_name, count, product and total,
# and, against the cost line, that line and how many times it the product is
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("total", "amount", "count_name", "count", "product"),
                "over_line": ROW_PLACEHOLDERS + ("total", "count_name", "count", "product", "line_name", "line",
                                                 "ratio"),
                "note": ROW_PLACEHOLDERS + ("note", "product"),
                "units_differ": ROW_PLACEHOLDERS + ("count_name", "count", "per"),
                "note_price": ROW_PLACEHOLDERS + ("note", "count_name", "count", "product"),
                "name_price": ROW_PLACEHOLDERS + ("count_name", "count", "product"),
                "rate_under": ROW_PLACEHOLDERS + ("count_name", "count", "product"),
                "goal_price": ROW_PLACEHOLDERS + ("rate", "product", "total"),
                "month_line": ROW_PLACEHOLDERS + ("rate_name", "rate", "count_name", "count", "product"),
                "note_room": ROW_PLACEHOLDERS + ("note", "product"),
                "note_months": ROW_PLACEHOLDERS + ("note", "product")}
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["mode"],
    "additionalProperties": False,
    "properties": {
        "mode": {"enum": ["item", "unit_times_quantity", "per_head", "share"]},
        "strip_words": {"type": "array", "items": {"type": "string"}},
        "per_head": {"type": "string"},
        "total_name": {"type": "string"},
        "name": {"type": "string"},
        "share": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "gap_paid_name": {"type": "string"},
    },
    "x-retired": {"convertible_units": MEASURES_MOVED},
}


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return compile_patterns(params, ("per_head", "total_name", "name", "gap_paid_name"))


#: how far a loosely paired product, or one compared with its cost line, must go before it is told
MARGIN = Decimal(2)
_EXACT_MARGIN, _FLOOR_MARGIN = Decimal("1.02"), Decimal("1.1")
#: how far under a ceiling line its own worked-out amount must fall to be a slip, not room to spare
_UNDER_FACTOR = Decimal(5)
#: how far a ceiling may stand over the sum its own note works out before the room is asked about (the careful
#: tables keep a tenth: 按5期×每期9000元 for ≤50000元; 3600套×300元/套 for ≤162万元 keeps half again)
_ROOM = Decimal("1.15")
# a note counting how often a year (每季度1次, 每月2次): the sum as read may have left that factor out
_NOTE_CADENCE = lazy_pattern(r"每(?:年|季度|季|月|周|日|天)")


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    if params["mode"] == "unit_times_quantity":
        yield from _note_products(ctx)
        yield from _note_rates(ctx, tuple(params.get("strip_words", PRICE_STRIP_WORDS)))
        yield from _month_lines(ctx)
        for price, count in unpriced_counts(ctx, tuple(params.get("strip_words", PRICE_STRIP_WORDS))):
            yield row_hit(price, variant="units_differ", count_name=count.name, count=count.value,
                          per=split_per(price.parsed.per or "")[0])
    funds = ctx.table.funds
    total = funds.in_yuan(funds.total)
    if total is None or total <= 0:
        return
    if params["mode"] == "item":
        over = [row for row in ctx.rows
                if is_cost(row) and is_money_total(row) and row.parsed.yuan > total]  # type: ignore[operator]
        if not over:
            return  # most tables: nothing to weigh, no sums to make
        if is_unit_mix(ctx):
            return  # one 万元/元 slip: FUND003's finding says so, an item "over the total" would repeat it
        slip = unit_slip(ctx)
        for row in over:
            if slip is None or slip[0] is not row:  # the one line in the wrong unit: FUND004 names it
                yield row_hit(row, amount=yuan_text(row.parsed.yuan), total=yuan_text(total))
        return
    if params["mode"] == "per_head":
        for row in ctx.rows:
            if is_cost(row) and is_money_total(row) and search(params["per_head"], row.name) \
                    and not ("total_name" in params and search(params["total_name"], row.name)) \
                    and over_half_the_funds(row, total):
                yield row_hit(row, amount=yuan_text(row.parsed.yuan), total=yuan_text(total))
        return
    if params["mode"] == "share":
        limit = total * Decimal(str(params["share"]))
        for row in ctx.rows:
            if is_cost(row) and is_money_total(row) and search(params["name"], row.name) \
                    and row.parsed.yuan > limit:  # type: ignore[operator]
                yield row_hit(row, amount=yuan_text(row.parsed.yuan), total=yuan_text(total))
        return
    yield from _goal_rates(ctx, total)
    strip = tuple(params.get("strip_words", PRICE_STRIP_WORDS))
    priced = priced_quantities(ctx, strip)
    uses: dict[int, int] = {}  # by identity: rows compare field by field
    for item in priced:
        uses[id(item.count)] = uses.get(id(item.count), 0) + 1
    lines = cost_money_rows(ctx)
    for item in priced:
        if uses[id(item.count)] > 1:
            continue  # parts or tiers of one cost per head: one price times the whole count bounds nothing
        if "gap_paid_name" in params and search(params["gap_paid_name"], item.price.name):
            continue  # a line only the gap to is paid (低保标准): its product is no spending
        common = {"count_name": item.count.name, "count": item.shown, "product": yuan_text(item.product),
                  "total": yuan_text(total)}
        if item.product > (total if item.firm else total * MARGIN):
            if not _fewer_periods(item, lines, _cost_line(item, lines, strip)):
                yield row_hit(item.price, **common)
            continue
        if any(other.parsed.yuan is not None and abs(other.parsed.yuan - item.product) <= item.product / 100
               for other in lines):
            continue  # a cost line is the product itself (就业补助资金 45万 = 1500元/人 × 300人): it pays for it
        if abs(total - item.product) <= item.product / 100:
            continue  # the year's funds are the product (收运处置综合单价 200元/吨 × 14600吨): it pays for every line
        own = stated_sum(item.price.parsed, ctx.lexicon)
        if own is not None and abs(own - item.product) <= item.product / 100:
            continue  # the standard states its own sum (2万元/栋，共180万元 × 90栋): no other line pays for it
        line = _cost_line(item, lines, strip)
        if line is None:
            continue
        amount = line.parsed.yuan
        if abs(amount * TEN_THOUSAND - item.product) <= Decimal("0.01"):  # type: ignore[operator]
            continue  # the line is in the wrong unit (72元 for 72万元): FUND004 names it
        if item.product > amount * _line_margin(item):  # type: ignore[operator]
            ratio = (item.product / amount).quantize(Decimal("0.1"))  # type: ignore[operator]
            yield row_hit(item.price, variant="over_line", line_name=line.name, line=line.shown,
                          ratio=f"{ratio.normalize():f}", **common)


def _fewer_periods(item: Priced, lines: list[Row], paying: Row | None = None) -> bool:
    """Whether a cost line named as the price is (three characters in a row), or ``paying``, the line
    that pays for it, pays it for a whole number of months (or quarters) short of the year's: 见习补贴资金
    1,200,000元 = 2000元/人·月 × 150人 × 4, a four-month placement; 防汛物资仓储费 240,000元 = 临时仓储单价
    15元/平方米·月 × 4000平方米 × 4."""
    if item.periods <= 1:
        return False
    one = item.product / item.periods
    for line in lines:
        if line is not paying and longest_run(item.price.name, line.name) < 3:
            continue  # another line that happens to equal some months (见习人员保险费) pays for something else
        amount = line.parsed.yuan
        if amount and one:
            times = amount / one
            if times == times.to_integral_value() and 1 <= times < item.periods:
                return True
    return False


def _line_margin(item: Priced) -> Decimal:
    """How far over its cost line a product may go before it is told: a ceiling price times a
    floor quantity may overshoot what was budgeted (MARGIN); an exact price times an exact count
    is what was budgeted (2% for rounding), times a floor quantity a little more (10%)."""
    exact_price = item.price.parsed.op in ("=", None)
    count_op = item.count.parsed.op
    if exact_price and count_op in ("=", None):
        return _EXACT_MARGIN
    if exact_price and count_op in ("≥", ">"):
        return _FLOOR_MARGIN
    return MARGIN


def _cost_line(item: Priced, lines: list[Row], strip: tuple[str, ...]) -> Row | None:
    """The money cost line that pays for the priced quantity (法律文书送达费 for 单件法院专递送达成本):
    the one sharing most with the price's name, two characters at least, when no other line shares
    as much. (Not by the quantity's name: a price paired with the wrong quantity would then be held
    against that quantity's line.)"""
    words = GENERIC_WORDS + strip
    price = name_stem(item.price.name, words)
    line = unique_best([(longest_run(price, name_stem(line.name, words)), line) for line in lines], 2)
    return line if line is not None and line.parsed.yuan else None


# one factor of a sum written in a note: a figure, what it counts or costs (每家8万元/年, 4家律师事务所, 12个月);
# not a share (总价120万元×30%: the line may be any part of it)
_FACTOR = lazy_pattern(r"(?P<each>每[^0-9×*]{0,4})?(?P<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
                       r"(?P<rest>[^0-9×*，,；;。、%％‰]{0,12})")  # 80,000元: a thousands comma
# a price per month, quarter, term, week, day or time (300元/人·月, 每人每月300元, 1000元/生·学期, 150元/人·天,
# 50元/人·次), which a count of them must go with (12个月, 4季, 2个学期, 365天, 200工日, 2次); a price per year
# is the table's own, and one per 人次 is counted in 人次
_PERIODS = ("月", "季", "学期", "周", "天", "日", "·次", "每次")
_PERIOD_COUNTS = ("个月", "月", "季", "个学期", "学期", "周", "天", "日", "工日", "次")
# the heads a figure in a note may be given per (每人8课时, 每户2次)
_HEADS = ("人", "户", "名")
# a note's heading before its sum (测算依据：4家×8万元/家)
_NOTE_LABEL = lazy_pattern(r"^(?:测算依据|计算依据|测算方式|计算方式|计算方法|计算公式|测算公式)[：:]\s*")


# a note that names costs its product leaves out (不含运输安装, 安装费另计, +运输费, 不含税): its product is only a part
# of the line, so a line over it is not told (note: ＝32万元 of 1000套×300元/套+运输费), nor its room (note_room; second
# opinion: 3 of 10 look-alikes drew note_room before); a line under the product is still told
_NOTE_OUTSIDE = lazy_pattern(r"不含|未含|不包括|另计|另行|另加|[+＋]")


def _note_products(ctx: TableContext) -> Iterator[Hit]:
    """Cost lines whose note works the amount out (4家律师事务所×每家8万元/年) to another amount: an exact
    line (＝) off by more than 2%, a ceiling (≤) exceeded by more than 2% or five times over. Only a note that is nothing
    but the product, one factor money (元, 万元 …), every factor exact; a note naming costs its product leaves out
    (+运输费, 不含税) only when its product alone is over the line. A note pricing by the month with no months
    written in any form (240人×每人每月600元, no 12个月 nor 全年), which gives no product as it stands, is worked
    out as one month's sum (months_given): when twelve of it are the line within 2%, the months left unsaid are
    noted (note_months, a notice); otherwise it is left."""
    for row in ctx.rows:
        note = (row.indicator.note or "").strip()
        if not note or not is_cost(row) or not is_money_total(row) or row.parsed.op not in ("=", None, "≤", "<") \
                or any(word in note for word in LOOSE_FIGURE_WORDS) or not TIMES_SIGN.search(note):  # regex last: dearest
            continue
        product = _note_product(_NOTE_LABEL.sub("", note).removeprefix("按"), ctx.lexicon)
        amount = row.parsed.yuan
        if product is None and amount and _MONTH_PRICE.search(note) and not _MONTHS_GIVEN.search(note):
            month = _note_product(_NOTE_LABEL.sub("", note).removeprefix("按"), ctx.lexicon, months_given=True)
            if month and abs(month * 12 - amount) <= amount / 50:
                yield note_hit(row, "note_months", severity=LEVELS["note_months"], product=yuan_text(month))
            continue
        if product is None or not amount or product == amount * TEN_THOUSAND or amount == product * TEN_THOUSAND:
            continue  # (a line in the wrong unit of money is FUND003's and FUND004's)
        outside = _NOTE_OUTSIDE.search(note) is not None
        over = product > amount * _EXACT_MARGIN
        under = not outside and product * (_EXACT_MARGIN if row.parsed.op in ("=", None) else _UNDER_FACTOR) < amount
        if over or under:
            yield note_hit(row, "note", severity=LEVELS["note"], product=yuan_text(product))
        elif row.parsed.op in ("≤", "<") and product * _ROOM < amount and not _NOTE_CADENCE.search(note) \
                and not outside:
            yield note_hit(row, "note_room", severity=LEVELS["note_room"], product=yuan_text(product))


def _note_rates(ctx: TableContext, strip: tuple[str, ...]) -> Iterator[Hit]:
    """Cost lines whose note or name gives the rate they are paid at (按2.2万元/飞行小时包干) when that rate
    times the quantity counted in its unit (≥300小时) is more than the line by over 2%, or under a fifth of
    it: the line is the rate's own, no pairing by name to doubt. Not against a count at most (≤300小时),
    which bounds nothing from below."""
    for item in note_priced(ctx, strip):
        amount = item.price.parsed.yuan
        if item.count.parsed.op in CEILING_OPS or not amount or item.product in (amount * TEN_THOUSAND,
                                                                             amount / TEN_THOUSAND) \
                or _fewer_periods(item, [item.price]):
            continue  # (a line in the wrong unit of money is FUND003's and FUND004's; 9 months of 12 is a term)
        if item.product > amount * _EXACT_MARGIN and item.in_name:
            yield row_hit(item.price, "name_price", count_name=item.count.name, count=item.shown,
                          product=yuan_text(item.product))
        elif item.product > amount * _EXACT_MARGIN:
            yield note_hit(item.price, "note_price", count_name=item.count.name, count=item.shown,
                           product=yuan_text(item.product))
        elif item.product * _UNDER_FACTOR < amount:
            yield row_hit(item.price, "rate_under", count_name=item.count.name, count=item.shown,
                          product=yuan_text(item.product))


# the goal's standard per one thing (按每台套平均1.5万元补贴, 每册30元), not a cap (每台最高补贴, 不超过) nor a rough
# one (约); per a thing a table counts one kind of only (台套, 册, 吨), not per head or household (人, 户: several
# kinds counted) nor per month or year (每人每月)
_GOAL_RATE = lazy_pattern(r"每(?P<per>[\u4e00-\u9fff]{1,3}?)(?:平均|补助|补贴|奖补|按)?(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<money>万元|元)")
_GOAL_RATE_CAPPED = lazy_pattern(r"最高|不超过|不高于|上限|封顶|约|以内|以下|不足|分档|每[年月季日天]")
# …nor one level's share or top-up (中央资金每台套1万元, 省级按每台套1.5万元累加补贴): other money may pay it
_GOAL_RATE_SHARE = lazy_pattern(r"中央|省|市级|县级|区级|累加|叠加")
# the marks that end the goal's clause a standard is given in (按每台3万元补贴深松机具，安装监测终端120台)
_GOAL_CLAUSE_MARK = lazy_pattern(r"[，,；;。]")


def _goal_rates(ctx: TableContext, total: Decimal) -> Iterator[Hit]:
    """The one count of 数量指标 in the unit of the goal's standard (按每台套平均1.5万元补贴; 补贴农业机具数量
    ≥1200台套) whose product with it is more than the year's funds: the standard, the count or the funds is wrong.
    Only the goal's one standard per that unit, the one count in it, and no price of the costs in that unit
    (a cap per item, 单台套补贴额上限 ≤15万元/台套, is none)."""
    goal = ctx.goal
    if "每" not in goal:
        return
    rates = [rate for rate in _GOAL_RATE.finditer(goal)
             if not _GOAL_RATE_CAPPED.search(goal, max(0, rate.start() - 4), rate.end() + 2)
             and not _GOAL_RATE_SHARE.search(goal, max(0, rate.start() - 6), rate.end() + 4)]
    for rate in rates:
        per = rate.group("per")
        if per in MANY_KINDS or per in ("名", "位") or sum(other.group("per") == per for other in rates) > 1 \
                or any(split_per(price.parsed.per or "")[0] == per for price in unit_prices(ctx)):
            continue  # (a price of the costs in that unit, not a cap: the pairing below weighs it, once)
        counts = [row for row in ctx.rows if row.level2 == "数量指标" and row.parsed.kind == "count"
                  and row.parsed.unit == per and row.parsed.number and row.parsed.op not in CEILING_OPS]
        if len(counts) != 1 or not _counts_the_standards_thing(goal, rate, counts[0]):
            continue
        product = Decimal(rate.group("n")) * (TEN_THOUSAND if rate.group("money") == "万元" else 1) \
            * counts[0].parsed.number
        if product > total:
            yield row_hit(counts[0], variant="goal_price", severity=LEVELS["goal_price"], rate=rate.group(0),
                          product=yuan_text(product), total=yuan_text(total))


def _counts_the_standards_thing(goal: str, rate: re.Match[str], count: Row) -> bool:
    """Whether the count names, two characters in a row, what the goal's clause of the standard, or the clause
    before it, pays for (农业机具 of 按每台套平均1.5万元补贴各类农业机具; 新增纸质图书 of 新增纸质图书，按每册30元): one in
    the unit counting another thing (安装远程监测终端 ≥120台 beside 对新购置深松机具的按每台3万元补贴) is no count of it."""
    marks = [mark.end() for mark in _GOAL_CLAUSE_MARK.finditer(goal, 0, rate.start())]
    start = marks[-2] if len(marks) > 1 else 0
    end = mark.start() if (mark := _GOAL_CLAUSE_MARK.search(goal, rate.end())) else len(goal)
    return longest_run(name_stem(count.name, GENERIC_WORDS), goal[start:end]) >= 2


# a standard per head and month, read in the value even inside policy words (按县定标准1000元/人·月)
_MONTH_RATE = lazy_pattern(r"([0-9]+(?:\.[0-9]+)?)(万元|元)/人[·.]?月")
# a line's name that ends on its standard's subject but adds another part or only a part of it (补助及保险, 其中)
_LINE_PART = lazy_pattern(r"其中|及|含|和.{0,4}(?:保险|费)$|[＋+]")
# a span of months said in the line, its note or the goal: the year's twelve are not assumed then
_MONTHS_SAID = lazy_pattern(r"[0-9一二三四五六七八九十两]+个月")
# a goal whose standard is not the year's twelve months of the whole standard: months in a range (1-6月每人每月
# 1000元，7-12月每人每月1200元) or a level's share of it (每人每月1000元中本级负担20%) (second opinion, 2 of 12 look-alikes);
# a range of other work (汛期6-9月增加巡查频次) leaves the year's standard standing
_GOAL_NOT_TWELVE = lazy_pattern(r"[0-9]{1,2}\s*[-—–~～至到]\s*[0-9]{1,2}\s*月份?[^，,；;。]{0,4}每(?:人每)?月|负担|分担|配套")
# words of a count's and a line's names that say nothing of whom they are (发放, 人数, 其中)
_HEAD_WORDS = GENERIC_WORDS + ("人员", "的", "拨付", "聘用", "增加")


def _month_lines(ctx: TableContext) -> Iterator[Hit]:
    """An exact money line (＝) paying a standard per head and month of the costs (管护人员补助标准 1000元/人·月)
    whose name ends on that standard's subject (巡查管护人员补助), against the standard times the one count of
    人 that names the same people (聘用巡查管护人员 ＝36人) times the year's twelve months: 52.8万元 of 43.2万元
    is a slip of the standard, the count or the amount. Over by more than 2% (10% with a count at least); under
    only when not a whole number of months short (a term of nine months). Not a line with a note (its own sum
    is weighed), nor one naming another part (补助及保险) or a part (其中), nor when a span of months, a range
    of months, a level's share or a project of several years is said."""
    if _MONTHS_SAID.search(ctx.goal) or _GOAL_NOT_TWELVE.search(ctx.goal) or several_years(ctx.table.project.period):
        return
    rates = []
    for row in ctx.rows:
        if is_cost(row) and "标准" in row.name and (match := _MONTH_RATE.search(row.indicator.value or "")) \
                and float(match.group(1)):  # (a standard of 0元 pays nothing to weigh, and would divide by zero)
            rates.append((row, Decimal(match.group(1)) * (TEN_THOUSAND if match.group(2) == "万元" else 1)))
    if not rates:
        return
    lines = [row for row in ctx.rows if is_cost(row) and is_money_total(row) and row.parsed.op in ("=", None)
             and not row.indicator.note and not _LINE_PART.search(row.name) and not _MONTHS_SAID.search(row.name)]
    heads = [row for row in ctx.rows if row.level2 == "数量指标" and row.parsed.kind == "count"
             and row.parsed.unit == "人" and row.parsed.number and row.parsed.op not in CEILING_OPS]
    for rate_row, rate in rates:
        subject = rate_row.name.replace("标准", "")
        paying = [line for line in lines if len(subject) >= 2 and line.name.endswith(subject)]
        if len(paying) != 1:
            continue
        line = paying[0]
        stem = name_stem(line.name, _HEAD_WORDS)
        count = unique_best([(longest_run(stem, name_stem(row.name, _HEAD_WORDS)), row) for row in heads], 2)
        if count is None:
            continue
        one = rate * count.parsed.number  # type: ignore[operator]
        product, amount = one * 12, line.parsed.yuan
        margin = _EXACT_MARGIN if count.parsed.op in ("=", None) else _FLOOR_MARGIN
        months = amount / one  # type: ignore[operator]
        if amount > product * margin or (amount * _EXACT_MARGIN < product and months != months.to_integral_value()):
            yield row_hit(line, "month_line", severity=LEVELS["month_line"], rate_name=rate_row.name,
                          rate=rate_row.shown, count_name=count.name, count=count.shown, product=yuan_text(product))


# a note pricing by the month (240人×每人每月600元, 12万平方米×2.5元/平方米·月) with no months written in any
# form (12个月, ×12, 全年, 按月, 1-12月): the line a year of them, the note one month's sum (audit 30: b351, b353)
_MONTH_PRICE = lazy_pattern(r"元/[^×*＊0-9]{0,6}月|每月[0-9]")
_MONTHS_GIVEN = lazy_pattern(r"个月|[×*＊xX]\s*(?:12|十二)(?![0-9])|全年|按月|[0-9一二三四五六七八九十]+月|月数|月份")


def _note_product(note: str, lexicon: Lexicon, months_given: bool = False) -> Decimal | None:
    """What a note written as a product comes to in 元 (60个×3万元/个 → 1800000), or None when it is
    anything else, has not exactly one factor of money, or prices by the month, term, week, day or time with
    no count of them (300元/人·月×100人, 150元/人·天×3人, 50元/人·次×3000人: for how long, how often is not written),
    or gives a figure per head with no count of the heads (每人8课时×每课时20元: one head's sum, not the line's)."""
    product, money, per_period, periods, rate_per = Decimal(1), 0, False, False, ""
    per, counted, per_head = "", [], []
    for part in TIMES_SIGN.split(note):
        factor = _FACTOR.fullmatch(part)
        if factor is None:
            return None
        number, rest = Decimal(factor.group("n").replace(",", "")), factor.group("rest")
        unit = unit_at(rest, lexicon, is_money_unit)
        if unit is not None:
            money += 1
            number *= unit[1].to_yuan  # type: ignore[operator]
            per_period = any(period in (factor.group("each") or "") + rest[unit[0]:] for period in _PERIODS)
            per = (factor.group("each") or "").removeprefix("每") or split_per(rest[unit[0]:].lstrip("/"))[0]
            rate_per = (factor.group("each") or "").removeprefix("每") or rest[unit[0]:].lstrip("/")
        elif rest.startswith(_PERIOD_COUNTS):
            periods = True
        else:
            multiplier, counted_unit = leading_multiplier(rest, lexicon)  # 1.2万亩
            number *= multiplier
            counted.append(counted_unit)
        # (每人每年8课时, 每名学员8课时, 每人次8课时: a head, what follows it no count of heads)
        if unit is None and (each := (factor.group("each") or "").removeprefix("每")).startswith(_HEADS):
            per_head.append(each[0])
        product *= number
    # a count in the rate's own unit of time (1200人天×150元/人天, 120人·天×每人·天1500元): its periods counted
    if per_period and not periods and any(bare_unit(unit) and bare_unit(unit) == bare_unit(rate_per) for unit in counted):
        periods = True
    if money != 1 or (per_period and not periods and not months_given):
        return None
    if any(not any(head in unit for unit in counted) for head in per_head):
        return None  # one head's sum (每人8课时×每课时20元), no count of the heads to make it the line's
    if per[:1] in lexicon.multipliers and per[1:] in counted:
        return product / lexicon.multipliers[per[0]]  # priced per thousand of the unit counted (80万字×每千字300元)
    # a length counted in one unit and priced in another (12公里×每米300元): the count in the price's unit,
    # unless the note converts it itself (600公顷×15亩/公顷×500元/亩)
    factors = [factor for unit in counted if (factor := lexicon.conversion(unit, per)) is not None]
    if len(factors) == 1 and not any("/" in unit for unit in counted):
        return product * factors[0]
    return product

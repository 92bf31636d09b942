"""one-off-per-period: a one-off payment priced by the month or year.

A one-off subsidy (一次性创业补贴, 一次性求职补贴) is paid once at a fixed sum (每户5000元); a line pricing it per
period (一次性创业补贴资金 note 按每户每月5000元标准发放) prices another payment, a monthly one, whose year costs twelve
times the one-off's: the standard or the kind of payment is wrong.

Read: an indicator naming the one-off (一次性 and a payment in its name, not 一次性医用耗材; or the goal's one-off
payment, 创业补贴 of 给予一次性创业补贴, of four characters or more), naming no second payment (及, 和, 与, 、), and a
price per period in its value's unit (元/户·月) or its value or note (每户每月5000元, 每月每人300元, 按月补贴标准
300元/人: s28). Not read: a cap per period (每户每年不超过5000元 bounds one-offs repeated through a year), a cadence of
handling (按月审核发放5000元/户: each one-off reviewed monthly), a price whose clause names another payment (场租补贴
每户每月500元), and a text that counts the periods (按每人每月500元一次性补贴6个月: the one-off is months' worth, paid
at once).
"""

from __future__ import annotations

from typing import Any, Iterator

from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import ROW_PLACEHOLDERS, Hit, TableContext, compile_identity, note_hit, row_hit

NAME = "one-off-per-period"
SCOPES = ("table",)
VARIANTS = ("default",)
PLACEHOLDERS = ROW_PLACEHOLDERS + ("note", "price", "period", "period_en")
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity

_ONE_OFF = "一次性"
_PAYMENT = r"(?:补贴|补助|津贴|奖励|奖补|救助|资助|补偿|慰问金|抚恤金|生活费)"
# the goal's one-off payment: 一次性创业补贴 gives 创业补贴
_GOAL_ONE_OFF = lazy_pattern(r"一次性(?P<pay>[\u4e00-\u9fff]{0,6}?" + _PAYMENT + ")")
# a price per period: 每户每月5000元, 每月每人300元, 每人每年发放800元 (the words between kept to look for a cap)
_PER_PERIOD = lazy_pattern(r"(?:每[户人名家个位])?每(?P<p>月|年|季度|季|天|日)(?:每[户人名家个位])?"
                           r"(?P<mid>[^，,；;。\n元0-9]{0,8})(?P<n>[0-9]+(?:\.[0-9]+)?)万?元")
# a price by the period before a standard per head: 按月补贴标准300元/人, 按月发放300元/户 (s28; not 按年度, and the
# money per head, so that a cadence of paying out, 按月审核, is no price)
_BY_PERIOD = lazy_pattern(r"按(?P<p>月|季度|季|年(?!度))(?P<mid>[^，,；;。\n元0-9]{0,8})(?P<n>[0-9]+(?:\.[0-9]+)?)万?元"
                          r"/[户人名家个位]")
# words of a cadence of handling, not of the price (按月审核发放5000元/户: each household's one-off, reviewed monthly)
_CADENCE_WORDS = lazy_pattern(r"审核|审批|汇总|统计|集中|申报|拨付|结算|兑付")
_CAP_WORDS = lazy_pattern(r"超过|不高于|最高|最多|上限|累计|封顶")  # 超过: 不超过, 不得超过, 原则上不超过
# a unit priced per period: 元/户·月, 元/月, 元/人·年
_UNIT_PERIOD = lazy_pattern(r"元/(?:[^·/]*·)?(?P<p>月|年|季度|季|天|日)$")
# periods counted: 补贴6个月, 按3年计 (not a date's 12月 nor a year 2027年)
_PERIODS_COUNTED = lazy_pattern(r"(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:个月|个季度|年(?![0-9度]))")
_TWO_PAYMENTS = lazy_pattern(r"及|和|与|、")
_PAYMENT_NAMED = lazy_pattern(r"[\u4e00-\u9fff]{2}" + _PAYMENT)
_CLAUSE_BREAK = lazy_pattern(r"[，,；;。\n]")
_PERIOD_EN = {"月": "month", "年": "year", "季度": "quarter", "季": "quarter", "天": "day", "日": "day"}


def _names_the_one_off(name: str, goal_pays: list[str]) -> bool:
    # 一次性 of a payment (一次性创业补贴), not of disposable goods (一次性医用耗材, 一次性餐具: bought monthly)
    return (_ONE_OFF in name and _GOAL_ONE_OFF.search(name) is not None) or any(pay in name for pay in goal_pays)


def _price(text: str, name: str) -> tuple[str, str] | None:
    """The per-period price the text gives the row's payment: (the price as written, its period)."""
    found = [(m, False) for m in _PER_PERIOD.finditer(text)]
    if "按" in text:
        found += [(m, True) for m in _BY_PERIOD.finditer(text)]
    for m, by_period in found:
        if _CAP_WORDS.search(m.group("mid")) or by_period and _CADENCE_WORDS.search(m.group("mid")):
            continue
        begin = max((stop.end() for stop in _CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
        others = [word.group() for word in _PAYMENT_NAMED.finditer(text, begin, m.start())]
        if others and not any(word in name for word in others):
            continue  # another payment's price (场租补贴每户每月500元)
        return m.group(), m.group("p")
    return None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Each indicator of a one-off payment priced per period."""
    goal_pays = [m.group("pay") for m in _GOAL_ONE_OFF.finditer(ctx.goal) if len(m.group("pay")) >= 4]
    for row in ctx.rows:
        name = row.name
        if not _names_the_one_off(name, goal_pays) or _TWO_PAYMENTS.search(name):
            continue
        note = row.indicator.note or ""
        if _PERIODS_COUNTED.search(name + " " + row.value + " " + note):
            continue
        unit = _UNIT_PERIOD.search(row.parsed.unit or "") if row.parsed.kind == "per_unit" else None
        if unit is not None:
            period = unit.group("p")
            yield row_hit(row, price=row.shown, period=period, period_en=_PERIOD_EN[period])
            continue
        for text, in_note in ((row.value, False), (note, True)):
            found = _price(text, name)
            if found is None:
                continue
            price, period = found
            values = {"price": price, "period": period, "period_en": _PERIOD_EN[period]}
            yield note_hit(row, "default", **values) if in_note else row_hit(row, **values)
            break

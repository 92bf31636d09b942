"""Hints from a 三级指标 name: what kind of value it leads one to expect.

"…满意度" expects a rate, "…人数" a count of people, "…完成时间" a date, "…工作经费" money,
"…补贴标准" a per-unit amount; "…失业率" is a reverse indicator (less is better). Rules compare
this with the parsed value (R25, R27, R28). The keyword lists and their order are lexicon data
(``name-hints.yaml``, ``negative-direction.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Callable

from ..lazyregex import lazy_pattern
from .lexicon import Lexicon, default_lexicon
from .normalize import normalize

__all__ = ["NameHint", "name_hint"]


@dataclass(frozen=True, slots=True)
class NameHint:
    """What a 三级指标 name suggests about its value."""

    #: "rate", "count", "deadline", "money", "per_unit", or None when the name says nothing
    expects: str | None
    #: the name counts people (人数, 人次)
    people: bool = False
    #: a reverse indicator: less is better (损失率, 失业率, 投诉 …)
    negative: bool = False
    #: the keyword that decided ``expects``
    matched: str | None = None
    #: the name is of an amount for one (人均培训成本, 每眼封井成本, 单位面积修缮成本): a price when its amount is
    #: small beside the funds, whatever word ends the name
    per_one: bool = False


def name_hint(name: str, lexicon: Lexicon | None = None) -> NameHint:
    """The value kind a 三级指标 name leads one to expect. Cached per lexicon."""
    lex = lexicon if lexicon is not None else default_lexicon()
    hinter: Callable[[str], NameHint] | None = lex.memo.get("name_hint")
    if hinter is None:
        hinter = lru_cache(maxsize=1 << 14)(partial(_hint, lex=lex))
        lex.memo["name_hint"] = hinter
    return hinter(name if isinstance(name, str) else str(name))


# Words that hold a hint word without its meaning: 大比例尺地形图 is a map's scale, no ratio; 文明评比
# and 数据对比 end in 比 but are a contest and a comparison, not a ratio (租金与市场租金比, 师生比), as
# 粮食产量与上年相比 and 接待游客同比 (环比) name the year compared with, whatever the change is in (not the
# 同比 of 合同比例, 签订劳动合同比例 is a share, nor of 同比例, 按相同比例配套 the same share); 标准化
# (标准化试点示范项目资助, 新建标准化厂房) is standardisation, no price; 剂量率 (辐射剂量率 ≤200nGy/h) is a
# physical quantity, no share
_NOT_HINTS = ("比例尺", "评比", "对比", "相比", "环比", "标准化", "剂量率")
_YEAR_ON_YEAR = lazy_pattern(r"(?<!合)同比(?!例)")
# …nor is a standard written (主导制定国家标准资助, 团体标准制定补助) or met (国三及以下排放标准柴油货车淘汰补贴);
# at a name's end such words may still name the price paid (农村低保地方标准), so only before more words
_STANDARD_DOCUMENT = lazy_pattern(r"(?:国家|行业|地方|团体|企业|排放)标准(?=[\u4e00-\u9fff])")
# …nor a thing built to a standard, opening the name or after building it (标准蜂箱及蜂群补助, 高标准农田建设补助,
# 新建标准厂房): the thing paid for, no price; but a standard sum is one (标准补助, 标准定额补助, 标准每亩500元),
# and so is the highest or raised one (最高标准补助, 提高标准补助)
_STANDARD_THING = lazy_pattern(r"(?:^|(?<![最提])高|新增|新建|购置)标准(?![补奖定每提])(?=[\u4e00-\u9fff])")
# 功率 is power, a physical quantity in 千瓦 (充电桩额定功率, 光伏装机功率), no rate; 成功率 is one
_POWER = lazy_pattern(r"(?<!成)功率")
_HAS_FIGURE = lazy_pattern(r"[0-9]")
# an amount for one: a per-one word anywhere (坐席人均服务费, 村均补助), or one for each, one of them or per measure opening
# the name (每眼封井成本, 单个学员培训成本, 单位面积修缮成本); not each period (每年运维费 is the year's, 每学期生活补助 the
# term's), nor 单位 alone (单位职工: an employer), nor 均等, 均衡 (公共卫生均等化服务经费 is no 生均)
_PER_ONE = lazy_pattern(r"[人户案生件次亩场床村校]均(?![等衡])|^(?:平均)?每(?![年月日天季周]|学期|学年)[\u4e00-\u9fff]|^单[个台套名座眼户所处]"
                        r"|^单位(?:面积|长度|重量|体积|产品|千瓦|公里|平方米|立方米)")


def _hint(name: str, *, lex: Lexicon) -> NameHint:
    text = normalize(name)
    expects = matched = None
    inside = text
    for word in _NOT_HINTS:
        inside = inside.replace(word, "|")
    inside = _YEAR_ON_YEAR.sub("|", inside)
    inside = _STANDARD_DOCUMENT.sub("|", inside)
    inside = _STANDARD_THING.sub("|", inside)
    inside = _POWER.sub("|", inside)
    # A remark in brackets at the end says how, not what (危房加固补助（补助标准：每户1.3万元）is the money
    # paid, 演出补助（按验收合格率拨付）no rate): only the name before it is read. A short label without a
    # figure (（万元）, （人数）, （MQI）) is read with the name, as before.
    remark = inside.rfind("(") if inside.endswith(")") else -1
    if remark > 0 and (len(inside) - remark - 2 > 4 or _HAS_FIGURE.search(inside, remark)):
        inside = inside[:remark]
    # Suffix rules first: the end of a name says what is measured ("补助资金发放时间" is a time,
    # "资金在规定时间内下达率" a rate). Within one rule, the longest word wins.
    for rule in lex.hint_rules:
        test = inside.endswith if rule.match == "suffix" else inside.__contains__
        hits = [w for w in rule.words if test(w)]
        if hits:
            expects, matched = rule.kind, max(hits, key=len)
            break
    people = any(w in text for w in lex.people_terms)
    # a pot named after its heads (户均改造补助资金) is the money paid out, no price
    per_one = _PER_ONE.search(inside) is not None and not inside.endswith("资金")
    return NameHint(expects=expects, people=people, negative=_negative(text, lex), matched=matched, per_one=per_one)


# a count of the bad thing happening, or of the days it does (事故发生数, 超标天数, 安全事故次数):
# the measure word cut, an incident must be left (not 投诉件数 or 维修故障次数, which may count work
# done about it)
_MEASURE_WORD = lazy_pattern(r"(?:发生)?(?:数量|次数|起数|件数|天数|数|率)$")
_INCIDENTS = ("事故", "超标", "火灾", "事件", "发案", "伤亡", "死亡", "超时")


# the share of places or units keeping a bad thing under a line (布雷图指数控制在5以下的社区比例, 事故发生率低于1%的
# 乡镇比例): the more of them the better, whatever bad thing the line is drawn on
_SHARE_UNDER_A_LINE = lazy_pattern(r"(?:以下|以内|之内|(?:低于|不超过|不高于|小于)[0-9.]+[%‰]?)的[\u4e00-\u9fff]{1,8}(?:比例|占比|比重)$")


def _negative(text: str, lex: Lexicon) -> bool:
    """Whether less is better (R25). A bad thing named (事故, 违法, 返贫) makes a reverse indicator
    unless the name measures acting on it (违法案件查处数, 拆除违法建筑面积, 防止返贫监测户数: the
    exceptions); but a name that ends in the bad thing's own measure, after any such word, is a
    reverse indicator still (整治期间交通事故发生率)."""
    if not any(w in text for w in lex.negative_terms) or _SHARE_UNDER_A_LINE.search(text):
        return False
    # events recorded or reported (采集上报网格事件): a workload, whatever the name ends in; not with
    # another bad thing named beside the event (事件上报漏报率)
    if any(word in text for word in lex.negative_records) and all(
            term.startswith("事件") for term in lex.negative_terms if term in text):
        return False
    acting_words = [w for w in lex.negative_exceptions if w in text]
    if not acting_words:
        return True
    # an amount cut (减少二氧化碳排放量, 削减…排放总量): more is better, whatever the name ends in, also when
    # what is cut is named by its manner word (减少未处理污水排放量); but not a rate of the reduction's own
    # failure (超时…): that is the manner words' below
    cuts = [text.find(word) + len(word) for word in lex.negative_reductions if word in text]
    if cuts and (not any(m in text for m in lex.negative_manner)
                 or any(text.startswith(m, cut) for cut in cuts for m in lex.negative_manner)):
        return False
    # the act done badly (超时办结率, 逾期整改率): the exception right after the manner word is the bad rate;
    # not an exception opening with the manner word, acting on the thing it names (差错纠正率), nor one
    # acted on again later in the name (未办结信访事项办结率: the undone ones cleared, more is better)
    for manner in lex.negative_manner:
        at = text.find(manner)
        if at < 0 or any(text.startswith(word, at) for word in acting_words):
            continue
        after = at + len(manner)
        done_badly = max((word for word in acting_words if text.startswith(word, after)), key=len, default=None)
        if done_badly is not None and not any(word in text[after + len(done_badly):] for word in acting_words):
            return True
    acting = [text.rfind(w) + len(w) for w in acting_words]
    # the name's end, without the measure word that counts it: 培训期间安全事故发生数 ends in 事故,
    # 监测超标天数 in 超标 (the bad thing itself, after the acting word)
    cut = _MEASURE_WORD.sub("", text)
    for end in (text, cut) if cut.endswith(_INCIDENTS) else (text,):
        ending = [w for w in lex.negative_terms if end.endswith(w)]
        if not ending:
            continue
        term = max(ending, key=len)
        # after every acting word, or holding it (修复时限: 修复 is part of the reverse term itself)
        if len(end) - len(term) >= max(acting) or any(word in term for word in acting_words):
            return True
    return False

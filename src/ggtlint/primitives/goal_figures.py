"""goal-figures: a count in the 年度总体目标 and the indicator that measures it differ by a power of ten.

The goal says 轮换储备粮20000吨 and the indicator 储备粮轮换数量 says ≥200000吨: one of them has a 0
too many (or too few). Only a factor of exactly 10, 100, 1,000 or 10,000 is told, between a goal
figure and an indicator in the same unit whose name shares ``min_shared`` characters with the
words just before the figure in the goal: figures that merely differ (a goal of 1500户 and a
benefit of 1200户) are different targets, not slips.

Variant ``differs`` (a notice): a quantity of 数量指标, or a rate, the one indicator whose name
shares ``differs_shared`` characters with the goal's words for the figure, gives another figure
(the goal says 教师培训5000人, 乡村教师培训人数 ≥3000人; 供水率提升至90%, 农村集中供水率 ≥88%).
Only when the indicator asks for less than the goal promises (asking more agrees with it), and not
when several indicators share those words (parts of the goal's figure, or too loose a match). A name that is
the goal's words, a measure word added or not, matches however short (查螺面积 for 查螺350万平方米, 营业收入增长率
for 营业收入增长12%; a benefit so named, 全县蜂蜜产量, too), and a figure per unit the quantity named per the
same unit (每座矿山检查6次, 每座矿山检查次数 ≥4次), and a 质量 figure named as the goal's words before a floor it sets
for the works (波形护栏立柱埋深 for 波形护栏立柱埋深不低于1.4米). A rate the goal raises past a standard it quotes
(优良中等路率高于省定不低于75%的标准，达到80%以上) is the figure after the standard, its words those before it.
An indicator giving a part's figure (其中高中生4000人) accounts for the part only when its name names the part:
资助学生 ≥4000人 is held against the whole's 资助学生5000人.

Amounts are compared for a factor of ten too (the goal's 带动投资15亿元 against 带动社会投资 ≥1.5亿元),
but only with indicators that are no cost lines: a cost line may rightly be a tenth of the goal's total;
and, as ``differs``, with the one such indicator naming the goal's amount and asking for less
(带动家电消费5亿元以上 against 带动家电销售额 ≥3.5亿元); and a time the goal caps, with the one ceiling
naming it and allowing more (积水时间不超过30分钟 against 主干道积水消退时间 ≤60分钟); and the same
count named twice, in other words, once with the goal's figure and once with less (改造雨污分流管网 ≥18公里
and 雨污分流管网改造长度 ≥15公里 for the goal's 18公里); a satisfaction the goal promises (满意率 and
满意度 alike), matched by who is asked (群众诉求办理满意率90%, 来电群众满意度 ≥85%). Variant ``below_reached`` (a
notice): that satisfaction is one an earlier year reached (2024年优抚对象满意度为98% in a 2025 table), and
the target falls below it. Variant ``quality_below`` (a notice): a rate the goal promises with few words of its own
(工程质量合格率达到98%) and the one 质量 rate ending in its rate word, naming the same object or none (工程验收合格率
≥90%), asking less: the project's quality set below its goal; ``quality_below_benefit`` (a notice) the same for a
效益 rate in the goal's stead (工程质量: 工程合格率达100%, 工程验收合格率 ≥90%). Neither compares a first inspection's rate with the
final one (竣工验收合格率 against 隐蔽工程一次验收合格率: the first may rightly be lower), nor a part's rate with the
whole's (重点路段安防设施验收合格率 against 安防工程验收合格率).

Variant ``over_whole``: an indicator asking for more than the whole the goal names (全州186家养老机构;
覆盖养老机构数 ≥200家); ``stock_whole`` (a notice) for a whole named first, as what there is (全县共有贫困户1200户,
全州现有规模以上企业86家, 全县行政村共120个). Variant ``unit_slip``: the goal's figure in another unit of its
measure (延伸配套管网86公里, 延伸配套供水管网 ≥86米; 5000亩, ≥5000公顷; 2MW, ≥2kW; the units and their worth are
the lexicon's ``measures``, units.yaml), or a rate of the goal given in the other of ‰ and % (婴儿死亡率控制在
4‰以内, 婴儿死亡率 ≤4%). Variant ``span_as_year``: a figure the goal gives for several years set exactly as this year's target (2025—2027年…改造雨污管网25公里, 雨污管网改造长度 ≥25公里 in 2025); not upkeep or a service held
each year of the span (2023—2025年对农村公路860公里开展日常养护). Variant ``funds``: the money the goal
says is put in (投入资金80万元, 争取中央资金500万元) is none of the table's funds, levels or cost lines
(年度资金总额 60万元, 中央 200万元); not a total of several years, of the whole project or of
others' money (项目总投资, 累计投入, 带动社会投资), pooled money (统筹整合), a rate per head (1200元/人·月) or
amounts adding up to the funds. Variant ``rate_over_all``: a rate the goal promises past
100% (接种率达到102%), not one that may pass it (增长率, 毛入学率). Variant ``standard``: the one standard per head
the goal sets (按每生每天5元标准, 补助标准为每人每年6000元) and an indicator giving that standard (生均每天膳食补助标准,
人均补助标准: the head named as 每生, 生均 or in its unit 元/人·天, a word of the goal's sentence besides) at another
amount, per month and year worked out (3000元 a month is 36000元 a year); not a cap (每户最高补助2万元), a benefit
(亩均节本增效), another payment per head (人均社会保险补贴 beside 岗位补贴按每人每月2000元发放), amounts listed
after it (每生每年1000元、1250元), a row whose name plainly names another of the goal's standards (低保家庭取暖补贴标准
＝600元/人·年 names 按每户每年600元…低保家庭, not 每人每年800元: goal_standards.named_standard) or a term's pay (save the year's very amount given a term: 每生每学期1000元 for
每生每年1000元); a month's paid several times (每月100元, 5个月: 500元/户) and
an amount worked out rounded as written (833.33元 a month of 10000元 a year) are the standard. Variant
``growth_as_whole``: a count named as a growth over last year (放映场次较上年增长) set at exactly the whole the
goal gives for last year (2025年已放映1584场, 上年完成…): the growth and the total mixed up; not when the goal adds
as many this year (新增改造1200户, 在上年…的基础上新增10辆, 较上年增长3000条) or gives this year's whole as twice
last year's (在上年服务3000人次基础上服务6000人次). Variant ``cost_none`` (a notice): a social or
ecological cost set at none (施工临时断航累计时间 ＝0小时) where the goal gives the same harm a figure
(施工临时断航累计不超过72小时). Full coverage (实现城区公厕保洁管护全覆盖) is 100% as
``differs``, against the one coverage rate named with the words right before it (城区公厕保洁管护覆盖率 ≥90%),
and 应助尽助 against its own rate so named (家庭经济困难幼儿应助尽助率 ≥95%). A head count in 万 (约4.2万名学生)
against the one count of those people written a thousandth (≥4200人) or bare (≥8人 of 约8万居民), and, as
``floor_reversed`` (a notice), a floor of the goal (每天不少于2小时) set as a ceiling at the same figure by the one
indicator naming it (每天课后服务时长 ≤2小时), its other words in the floor's sentence (not 每天户外活动时间).
Variant ``period_as_year``: in a project of several years (period_share), a quantity set at the
whole period's figure while the goal gives the year a smaller share of it (完成危旧桥梁改造 ＝16座
beside 分两年改造…16座，2026年改造其中8座), or at the year's share times the years; ``plan_as_year`` the
reverse, the goal's year figure the quantity times the years, a plan named before it. Variant ``cap_over``: a cap per
item the goal quotes from its rules (单个奖补项目财政奖补不超过50万元) and the one indicator capping the same item
higher (单个奖补项目财政奖补上限 ≤80万元/个).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (ITEM_NUMBER, PER_UNIT, ROW_PLACEHOLDERS, Hit, Row, TableContext, compile_identity,
                                     is_cost, is_money_unit, is_percent, leading_multiplier, longest_run, note_hit,
                                     row_hit, unit_at, yuan_text)
from ggtlint.primitives.goal_standards import named_standard_in
from ggtlint.primitives.period_share import PLAN_WORDS, Scopes, period_words, project_years
from ggtlint.primitives.pricing import (HEADS, LOOSE_FIGURE_WORDS, NOTE_PRICE, PERIODS_A_YEAR, name_standard_yuan,
                                       split_per, unique_best)
from ggtlint.primitives.unique import counted_words, is_rewording
from ggtlint.values.lexicon import MEASURES_MOVED, Lexicon
from ggtlint.values.normalize import decimal_text
from ggtlint.values.parse import CEILING_OPS

NAME = "goal-figures"
SCOPES = ("table",)
VARIANTS = ("default", "range_slip", "differs", "below_reached", "over_whole", "stock_whole", "unit_slip",
            "span_as_year", "funds", "rate_over_all", "standard", "growth_as_whole", "quality_below",
            "quality_below_benefit", "cost_none", "coverage_short", "floor_reversed", "period_as_year", "plan_as_year",
            "cap_over", "price_over_cap", "measure_slip")
# differs: maybe two targets (a factor of ten is a slip); a several-year figure and a whole stated as what
# there is (共有) are read from free wording, which a probe of realistic goals misread too often for a warning;
# quality_below matches less than differs (a rate word and the objects around it), so it is no louder
LEVELS = {"differs": Severity.INFO, "below_reached": Severity.INFO, "span_as_year": Severity.INFO,
          "stock_whole": Severity.INFO, "quality_below": Severity.INFO, "quality_below_benefit": Severity.INFO,
          "cost_none": Severity.INFO, "coverage_short": Severity.INFO, "standard": Severity.INFO,
          "floor_reversed": Severity.INFO}
# goal_words: the goal's words for its figure, which a message quotes (_goal_said)
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "times"),
                "range_slip": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "floor", "times"),
                "differs": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "below_reached": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "reached_year"),
                "over_whole": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "stock_whole": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "unit_slip": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "times"),
                "span_as_year": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "span"),
                "funds": ("goal_figure", "goal_words", "fund_name", "fund_name_en", "fund"),
                "rate_over_all": ("goal_figure", "goal_words"),
                "standard": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "growth_as_whole": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "quality_below": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "quality_below_benefit": ROW_PLACEHOLDERS + ("benefit_name", "benefit_value"),
                "cost_none": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "coverage_short": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "count_name", "count"),
                "floor_reversed": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "period_as_year": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "period"),
                "plan_as_year": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "period"),
                "cap_over": ROW_PLACEHOLDERS + ("goal_figure", "goal_words"),
                "price_over_cap": ROW_PLACEHOLDERS + ("goal_figure", "goal_words", "price", "note"),
                "measure_slip": ROW_PLACEHOLDERS + ("goal_figure", "goal_words")}
PARAMS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"min_shared": {"type": "integer", "minimum": 1}, "before": {"type": "integer", "minimum": 1},
                   "differs_shared": {"type": "integer", "minimum": 1}},
    "x-retired": {"unit_scales": MEASURES_MOVED},
}
compile = compile_identity


@dataclass(frozen=True)
class _GoalFigure:
    text: str        # as written in the goal: 20000吨
    number: Decimal  # in the unit: 200000 for 20万吨
    unit: str


# a figure and its unit in running text: 20000吨, 1,500户, 3.5万人次, 300万元, 15平方公里; or a unit in Latin
# letters or a symbol (3.5km, 2MW, 5000㎡, 1.2万m³) or with a dot (120人·天), read when the lexicon knows all of it (5G, 4K, 3A级: none);
# not an ordinal (第3期)
_FIGURE = lazy_pattern(r"(?<![0-9.,第])[0-9][0-9,]*(?:\.[0-9]+)?(?:万|亿)?"
                       r"(?:[\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff])?|[A-Za-z]{1,5}[²³]?(?![A-Za-z0-9/²³])|[㎡㎢])")
# a figure to start from (由上年的86家增加到110家, 由76%提高到90%'s 76%, 由2025年的76%, 从2024年底76%): not a
# target (从业, 现有乡村教师 are no baselines, and 90% is the target its 由 stands before)
_BASELINE_AHEAD = lazy_pattern(r"[由从](?=[上原]|(?:20[0-9]{2}年[底末初]?的?)?$)|上年的?|原有")
# a baseline and the word to the target (由2025年的76%提高到, 由上年的1,200户增加到): the figure after is the target,
# and the words naming what it measures stand before the baseline
_BASELINE_THEN_TO = lazy_pattern(r"(?:[由从](?:上年的?|20[0-9]{2}年[底末初]?的?)?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?"
                                 # or an earlier year's figure, then the budget year's (2025年达到76%，2026年提高到)
                                 r"|20[0-9]{2}年[底末]?(?:达到|为)?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?[，,]20[0-9]{2}年"
                                 # or a standard the goal's figure is to pass (高于省定不低于75%的标准，达到80%以上)
                                 r"|高于[\u4e00-\u9fff]{0,6}[0-9][0-9,]*(?:\.[0-9]+)?[%％]?的?(?:标准|要求)[，,]?)"
                                 r"[\u4e00-\u9fff]{0,4}[到至]$")
# the words raising a figure to what follows, the target (提高到, 增加至, 增至)
_RAISE_TO_WORDS = r"(?:提高|提升|增加|增长|上升|扩大)[到至]|增至"
# last year named as what the figure is raised from (较上年提高到600吨): the figure is the target, no baseline
_RAISED_FROM_LAST_YEAR = lazy_pattern(rf"(?:较|比)上一?年度?(?:{_RAISE_TO_WORDS})$")
# the words raising a figure to the next (提高到, 提升至, 增加到): what follows is the target
_RAISED_TO = lazy_pattern(r"[\u4e00-\u9fff]{0,4}[到至]")
_PERCENT = lazy_pattern(r"(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)[%％]")
_NUMBER = lazy_pattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_HANZI = lazy_pattern(r"[\u4e00-\u9fff]")
_HANZI_RUNS = lazy_pattern(r"[^\u4e00-\u9fff]+")  # (set aside: what is no word, 0-6 of 0-6岁)
# (not the comma grouping a figure's thousands, 1,200户: the figure's words stand before it)
_CLAUSE_BREAK = lazy_pattern(r"[，。；、;：:\n]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),")
_PEOPLE = {"名": "人", "位": "人"}  # 12000名妇女 and ≥1200人 count the same
_TIMES = {Decimal(10): "10", Decimal(100): "100", Decimal(1000): "1000", Decimal(10000): "10000"}
# counts only: an amount in the goal is often the total, of which a cost line may be a tenth
_KINDS = ("count",)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    goal = ctx.goal
    told: set[int] = set()
    if params.get("differs_shared") is not None:  # two rates of the table itself, whatever the goal says
        yield from _quality_below_benefit(ctx, told)
    if not goal or _NUMBER.search(goal) is None:
        return
    shared, before = params.get("min_shared", 3), params.get("before", 12)
    rows = [row for row in ctx.rows if row.parsed.kind in _KINDS and row.parsed.number]
    found = list(_FIGURE.finditer(goal))  # read once: the counts here, the amounts in _goal_amounts
    figures = [(match, figure) for match in found if (figure := _figure(match.group(), ctx))]
    # each figure's words, worked out once (the differs pass compares every quantity with every figure);
    # a figure with none (a part, a figure per unit, a baseline) is no target
    placed = [(match, figure, words) for match, figure in figures
              if (words := _context(goal, match, before, len(figure.text))) is not None]
    if ctx.budget_year is not None and ("上" in goal or "去年" in goal or str(ctx.budget_year - 1) in goal):
        yield from _growths_as_whole(goal, figures, rows, ctx.budget_year, told)
    # a multi-year project's whole figure set as the year's, or the other way round (most tables run one year);
    # first, as where the goal also gives the year's share (三年完成…修复9万亩，2026年修复3万亩) it says more
    if ctx.budget_year is not None and (years := project_years(ctx)):
        yield from _period_as_year(ctx, goal, figures, rows, years, shared, told)
    if ctx.budget_year is not None and _SEVERAL_YEARS.search(goal):  # a figure of several years set as this year's
        yield from _span_as_year(goal, placed, rows, ctx.budget_year, shared, told)
    # an indicator that gives one of the goal's figures exactly is accounted for (新建考场10个、改造考场
    # 100个: 改造考场数 ≥100个 is no slip for the 10); a part's figure only by an indicator naming the part
    # (资助学生 ≥4000人 gives the part of 资助学生5000人（其中高中生4000人）, not the whole)
    parts = [(match, figure) for match, figure in figures if "其中" in goal and _in_a_part_list(goal, match.start())]
    exact = {_measure_key(figure.unit, figure.number) for match, figure in figures
             if all(match is not part for part, _figure in parts)}
    told |= {id(row) for row in rows if _measure_key(row.parsed.unit, row.parsed.number) in exact
             or any(_measure_key(row.parsed.unit, row.parsed.number) == _measure_key(figure.unit, figure.number)
                    and _names_the_part(goal, match, row.name, before) for match, figure in parts)}
    # (an indicator giving another of the goal's figures is that figure's: 扶持脱贫户和监测户养殖中蜂 ≥150户 for the
    # 其中's 150户 is none of the whole's 400户)
    accounted = set(told)
    differs_shared = params.get("differs_shared")
    given_counts = {_measure_key(row.parsed.unit, row.parsed.number) for row in rows}
    given_quantities = {_measure_key(row.parsed.unit, row.parsed.number) for row in rows if row.level2 == "数量指标"}
    # a part's own quantities (人工造林面积 for 其中人工造林8000亩) are none of the whole's either
    parts_named = _parts_named(goal, parts, rows, given_counts, accounted, before, differs_shared, ctx.budget_year) \
        if differs_shared is not None and parts else []
    accounted |= {id(row) for _said_at, _floor, named, _near, _year in parts_named for row in named}
    # goal figures no indicator gives exactly: the figure, its candidates and those near its words
    # …where the goal says it (quoted only for a finding: most figures make none) and the year it was reached
    unmatched: list[tuple[tuple[int, int], Decimal, list[Row], list[Row], str | None]] = []
    contexts = [(figure, words) for _match, figure, words in placed]
    for match, figure, context in placed:
        floor, shown = _range_floor(goal, match, figure.number, figure.text)
        figure_end = match.start() + len(figure.text)
        said_at = (figure_end - len(shown), figure_end)
        for row in rows:
            if id(row) in told or not _same_measure(figure, row.parsed):
                continue
            ratio = _ratio(figure.number, row.parsed.number)
            # a range's floor slipped as well (1200至1300公里, ≥120公里)
            floor_ratio = _ratio(floor, row.parsed.number) if ratio is None and floor != figure.number else None
            # (a row naming another figure's words better is that figure's: 乡镇电商服务站验收合格 ≥10个 of 改造提升乡镇
            # 电商服务站12个, not of the 村级电商服务点100个 after it, which shares only 电商服务)
            if (ratio or floor_ratio) is not None and (run := longest_run(context, row.name)) >= shared \
                    and not _named_better(row, figure, run, contexts):
                told.add(id(row))
                if ratio:
                    yield row_hit(row, **_goal_said(goal, *said_at), times=ratio)
                else:  # the range quoted whole, the floor named: "一个是另一个的10倍" would read as the whole range
                    yield row_hit(row, variant="range_slip", **_goal_said(goal, *said_at),
                                  floor=_floor_text(shown, figure.text), times=floor_ratio)
        if differs_shared is None or _beyond_the_year(goal, match, ctx.budget_year):
            continue
        if _measure_key(figure.unit, figure.number) in given_counts:
            yield from _reworded_with_less(figure, goal, said_at, context, rows, differs_shared, told)
        # (given by no quantity, only by a benefit or a quality: 享受营养膳食补助学生人数 ≥18600人, the quantities
        # are still held against it)
        if _measure_key(figure.unit, figure.number) not in given_quantities:
            # a benefit too when named as the figure itself (全县蜂蜜产量 for 全县蜂蜜产量达到180吨)
            # not a count its name gives per month or quarter (每季度开展优待政策宣传 ≥3场 for the year's 12场)
            clause = _clause_of(goal, match)  # (once a figure, not once a row)
            quantities = [row for row in rows if _same_measure(figure, row.parsed) and (
                row.level2 == "数量指标" or (row.level1 == "效益指标" and (
                    _named_as_the_figure(row.name, context) or _named_with_gaps(row.name, clause)))
                # a design figure of the works' quality so named (波形护栏立柱埋深 for 立柱埋深不低于1.4米)
                or (row.level2 == "质量指标" and _design_floor_named(row.name, context)))
                and not _per_shorter_period(row.name)]
            # an indicator meeting another of the goal's own figures in its unit is accounted for (三年3万亩,
            # 2024年1万亩: ≥1.2万亩 meets this year's, the figure its words go with) — when its name goes
            # with that figure's words at least as well as with this one's (农村公路日常养护里程 ≥1206公里
            # goes with 日常养护1260公里, not with 完善农村公路安全设施30公里, which shares only 农村公路)
            # (an exact count over the goal's exact one meets it not: 消除2处…隐患, ＝4处)
            exact_goal = _exact_count(goal, said_at, figure.unit)
            met = [row for row in quantities
                   if any(_same_measure(other, row.parsed) and row.parsed.number >= other.number
                          and longest_run(words, row.name) >= max(differs_shared, longest_run(context, row.name))
                          and not (other is figure and exact_goal and row.parsed.op == "="
                                   and row.parsed.number > figure.number)
                          for other, words in contexts)]
            candidates = [row for row in quantities if row not in met]
            # (a place's whole the goal only states, 全区高龄老人9800人, is not what a count of those the project
            # serves asks for: 安装智能监护设备的独居高龄老人 ≥1500人)
            place_whole = _place_whole_stated(goal, match)
            unmatched.append((said_at, floor, candidates,
                              [row for row in candidates if id(row) not in accounted and (
                                  longest_run(context, row.name) >= differs_shared
                                  or _named_as_the_figure(row.name, context))
                               and not (place_whole and _served(row.name))
                               and not _a_later_stage(row.name, context)], None))
    unmatched += parts_named
    if differs_shared is not None and "每" in goal:
        unmatched += _named_per_unit(goal, figures, placed, rows, before, ctx.budget_year)
    if "全" in goal or "共" in goal or "已" in goal:  # most goals name no whole
        yield from _over_whole(goal, placed, rows, told)
    if "全" in goal or "共" in goal:
        yield from _coverage_short(ctx, goal)  # (a table with no 覆盖率 at 100% returns at once)
    yield from _unit_slips(ctx.lexicon, goal, placed, rows, shared, given_counts, told)
    yield from _measure_slips(ctx.lexicon, placed, goal, rows, shared, given_counts, told)
    if "万" in goal:
        yield from _ten_thousand_dropped(goal, before, rows, shared, told)
        yield from _ten_thousand_as_thousand(goal, rows, told)
    if "不少于" in goal or "不低于" in goal or "至少" in goal:
        yield from _floor_reversed(goal, ctx.rows, told)
        if differs_shared is not None:
            yield from _duration_floor_short(goal, ctx.rows, told)
    if differs_shared is not None:
        yield from _costs_of_none(ctx, goal, placed, before, differs_shared)
    amounts = _goal_amounts(ctx, goal, found)
    yield from _amounts(ctx, goal, amounts, shared, before, differs_shared)
    yield from _funds_named(ctx, goal, amounts, before)
    percents = list(_PERCENT.finditer(goal))
    yield from _rates_over_all(goal, percents, before)
    # a standard a cap of the goal bounds (首次认定企业奖补标准 of 首次认定的…每家奖补最高不超过10万元) is that cap's, not
    # the next clause's standard (对重新认定的…每家奖补5万元): paired first, held to its cap, kept from _standards
    capped = _priced_caps(ctx, goal) if any(word in goal for word in _CAP_WORDS_IN_GOAL) else []
    if "每" in goal:
        yield from _standards(ctx, goal, {id(row) for row, _cap, _price in capped})
    if "单个" in goal or "每" in goal:
        yield from _caps_over(ctx, goal)
    for row, cap, price in capped:
        if price[1] > cap.yuan:
            said = _goal_said(goal, cap.match.start("amount"), cap.match.end("amount"))
            if price[2]:  # the price is the note's (12个×20万元/个): pointed at the note
                yield note_hit(row, "price_over_cap", price=price[0], **said)
            else:
                yield row_hit(row, variant="price_over_cap", price=price[0], **said)
    # most tables have none (万 alone is in most goals: 万元)
    if "‰" in goal or any(per in goal for per in _PER_POPULATION) \
            or any(row.parsed.unit == _PER_MILLE for row in ctx.rows):
        yield from _rate_unit_slips(ctx, goal, before, told)
    if differs_shared is None:
        return
    # a change in points (较上年提高14个百分点) is no level to hold against the goal's 90%
    rates = [row for row in ctx.rows if is_percent(row) and row.parsed.number is not None
             and "百分点" not in (row.parsed.unit or "")] if percents else []
    quality_rates: set[int] = set()  # the one 质量 rate of the goal's rate word (合格率), its object not named
    for match in percents:
        number, shown = _range_floor(goal, match, Decimal(match.group(1)), match.group())
        said_at = (match.end() - len(shown), match.end())
        context = _context(goal, match, before)
        if context is not None and not _beyond_the_year(goal, match, ctx.budget_year):
            who = _satisfaction_asker(_words_ahead(context))
            if who is not None:  # 满意率 and 满意度 are one measure, told apart by who is asked
                near = _satisfied_rows(who, rates)
                unmatched.append((said_at, number, near, near, _reached_in(goal, match, ctx.budget_year)))
                continue
            # the rate the goal names is the indicator's own (供水率), not a word it happens to share; a
            # satisfaction named on the way to another rate (满意度调查覆盖率) is not the figure's
            own_words = _clause_to(goal, 0, match.start(), _baseline_to(goal, match.start(), before))
            # (or a change named as the goal's, its rate word added: 营业收入增长率 for 营业收入增长12%)
            candidates = [row for row in rates if (row.name[-3:] in context or _named_as_the_figure(row.name, context))
                          and "满意" not in row.name
                          and not _rates_apart(own_words, row.name)]
            near = [row for row in candidates if longest_run(context, row.name) >= differs_shared]
            if not near and len(candidates) == 1 and _quality_of_the_goals_rate(goal, context, candidates[0]):
                near = candidates
                quality_rates.add(id(candidates[0]))
            unmatched.append((said_at, number, candidates, near, None))
    yield from _time_limits(ctx, goal, before, differs_shared, told)
    yield from _time_unit_slips(ctx, goal, before, shared, told)
    yield from _full_cover(goal, ctx, told)
    for said_at, number, candidates, near, reached_year in unmatched:
        if sum((row.parsed.number for row in candidates), Decimal(0)) == number:  # type: ignore[misc]
            continue  # the goal's figure is the sum of the indicators (180人次 = 120 + 60)
        # told only when the indicator asks for less than the goal promises (≥88% for 90%, ≥3000人 for
        # 5000人); asking more (≥95% for 不低于90%, or 16 of 2名 a station) agrees with it
        if len(near) == 1 and id(near[0]) not in told and (
                (near[0].parsed.op in ("≥", ">", "=", None) and near[0].parsed.number < number)
                # an exact count over the goal's exact count (消除2处…隐患: ＝4处, audit 40's b454): both cannot hold
                or (near[0].parsed.op == "=" and near[0].parsed.number > number
                    and _exact_count(goal, said_at, near[0].parsed.unit)
                    and not _a_goal_total(goal, said_at, placed, number, near[0].parsed.number,
                                          near[0].parsed.unit))):
            told.add(id(near[0]))
            if reached_year is not None:  # a level already reached: the target falls back from it
                yield row_hit(near[0], variant="below_reached", **_goal_said(goal, *said_at), reached_year=reached_year,
                              severity=LEVELS["below_reached"])
            else:
                variant = "quality_below" if id(near[0]) in quality_rates else "differs"
                yield row_hit(near[0], variant=variant, **_goal_said(goal, *said_at), severity=LEVELS[variant])


def _a_goal_total(goal: str, said_at: tuple[int, int], placed: list[tuple[re.Match[str], _GoalFigure, str]],
                  number: Decimal, written: Decimal, unit: str | None) -> bool:
    """Whether an exact count ``written`` over the goal's exact ``number`` is a whole the goal says is there already
    (对已建成的15座…, 全县共有…) with the new ones it names after it in the unit added (…新建工程3座: ＝18座, careful
    s28): all there will be, not another count of the same thing. Other figures of the goal in the unit are no such
    total (完成2处…闭库治理，消除2处…隐患: ＝4处 is still the 2处's slip; 新建公厕10座、改造公厕20座: 新建公厕 ＝30座)."""
    if _DONE_WHOLE_AHEAD.search(goal, max(0, said_at[0] - 8), said_at[0]) is None \
            and _WHOLE_AHEAD.search(goal, max(0, said_at[0] - 3), said_at[0]) is None:
        return False
    added = [figure.number for match, figure, words in placed if match.start() >= said_at[1]
             and figure.unit == unit and _ADDED.search(_words_ahead(words))]
    return bool(added) and (written == number + sum(added) or any(written == number + one for one in added))


def _clause_of(goal: str, match: re.Match[str]) -> str:
    """The goal's clause holding a figure, the figure itself left in (消除2处尾矿库溃坝和渗漏环境风险隐患)."""
    start = max((stop.end() for stop in _CLAUSE_BREAK.finditer(goal, 0, match.start())), default=0)
    stop = _CLAUSE_BREAK.search(goal, match.end())
    return goal[start:stop.start() if stop else len(goal)]


_GAP_PIECES = 3  # the most pieces a name may be cut into (消除|尾矿库|环境风险隐患)
_GAP_NAME_LEAST = 6


def _named_with_gaps(name: str, clause: str) -> bool:
    """Whether a name is the clause's own words in their order with only some left out, in at most three pieces of
    two characters or more (消除尾矿库环境风险隐患 of 消除2处尾矿库溃坝和渗漏环境风险隐患, audit 40's b454): the same
    count reworded by leaving out a qualifier, nothing added."""
    if len(name) < _GAP_NAME_LEAST:
        return False
    at, pieces, rest = 0, 0, name
    while rest:
        size = next((size for size in range(len(rest), 1, -1) if clause.find(rest[:size], at) >= 0), 0)
        if size < 2 or pieces == _GAP_PIECES:
            return False
        at = clause.find(rest[:size], at) + size
        rest, pieces = rest[size:], pieces + 1
    return True


# words making a goal's count a floor or a rough figure (不少于2处, 2处以上, 约, 达到): more agrees with it
_COUNT_FLOOR_AHEAD = lazy_pattern(r"(?:不少于|不低于|至少|超过|高于|大于|多于|达到|达|约|近|逾|力争|争取|累计|共)$")
_COUNT_FLOOR_AFTER = ("以上", "及以上", "余", "多", "左右", "次以上")


def _exact_count(goal: str, said_at: tuple[int, int], unit: str | None) -> bool:
    """Whether the goal's figure at ``said_at`` is an exact count in ``unit`` (消除2处…隐患): not a rate, not a floor
    or a rough figure (不少于2处, 2处以上, 约2处), nor a range (2至3处), nor one per unit (每个站点…1套)."""
    shown = goal[said_at[0]:said_at[1]]
    # (a rate is no count: 列养率高于省定95%的要求，达到100% against ＝100%, tests/test_audit35_leftovers.py)
    if not unit or unit in ("%", "％", "‰") or not shown.endswith(unit) or not _NUMBER.fullmatch(shown[:-len(unit)]):
        return False
    # (nor a figure per unit however far back its 每 stands: 为每个服务站配备医保经办终端1台, g491)
    if PER_UNIT.search(_STRONG_BREAK.split(goal[:said_at[0]])[-1]):
        return False
    return _COUNT_FLOOR_AHEAD.search(goal, max(0, said_at[0] - 3), said_at[0]) is None \
        and not goal.startswith(_COUNT_FLOOR_AFTER, said_at[1])


# the first inspection's rate (隐蔽工程一次验收合格率, 初次验收合格率, 初检合格率): it may rightly be below the final one
_FIRST_PASS = lazy_pattern(r"(?:一次性?|初次|首次)(?:验收|交验|检验|检测|通过|合格)|初检|初验|首检")
# a part of the works (重点路段, 一类, C级危房): its rate may rightly be above the whole's
PART_NAMED = lazy_pattern(r"重点|[一二三]类(?!及?以[上下])|[A-DＡ-Ｄ]级")


def _rates_apart(own_words: str, name: str) -> bool:
    """Whether the goal's rate, its clause's words up to the figure, and an indicator's measure different
    things: one the first inspection and the other not (竣工验收合格率 against 隐蔽工程一次验收合格率), or a part the
    goal names and the indicator does not (重点路段安防设施验收合格率 against 安防工程验收合格率), or works of
    their own with no character in common (医疗污水处理设施验收合格率 against 主体工程验收合格率)."""
    if (_FIRST_PASS.search(own_words) is None) != (_FIRST_PASS.search(name) is None):
        return True
    if any(part.group() not in name for part in PART_NAMED.finditer(own_words)):
        return True
    # each names its own works, no character shared (医疗污水处理设施验收合格率 against 主体工程验收合格率)
    goals_object = set(_GENERIC_OBJECT.sub("", own_words[:own_words.rfind(name[-3:])]))
    rows_object = set(_GENERIC_OBJECT.sub("", name[:-3]))
    return bool(goals_object) and bool(rows_object) and not goals_object & rows_object


# words that name no object of a rate (工程质量合格率, 项目竣工验收合格率: the project's own)
_GENERIC_OBJECT = lazy_pattern(r"工程|质量|项目|整体|总体|综合|建设|竣工|验收|达到|稳定在|保持在|提高到|提升至|不低于|为")


def _quality_of_the_goals_rate(goal: str, context: str, row: Row) -> bool:
    """Whether ``row``, a 质量 rate of the goal's rate word (合格率), is the rate the goal promises: the goal's
    words before the rate name no object (工程质量合格率达到98%) or one the row's name holds (改造合格率: 户厕改造
    验收合格率), and the row names none the goal does not (培训合格率 for a road's 验收合格率); not another's
    (饮水水质达标率 against 工程建设质量达标率, 资助对象认定准确率 against 资助信息系统录入准确率)."""
    if row.level2 != "质量指标":
        return False
    ahead = _words_ahead(context)
    goals_object = _GENERIC_OBJECT.sub("", ahead[:ahead.rfind(row.name[-3:])])
    rows_object = _GENERIC_OBJECT.sub("", row.name[:-3])
    return goals_object in row.name and (not rows_object or longest_run(rows_object, goal) >= 2)


# 实现城区公厕保洁管护全覆盖, 家庭经济困难幼儿应助尽助: the goal's 100% in words
_FULL_COVER = lazy_pattern(r"全覆盖|应助尽助")
# words for doing the work, not what is covered (制度建立, 监管落实): set aside at the end of both
_COVER_DEED = lazy_pattern(r"(?:的?(?:建立|建设|落实|执行|实施|推行|开展|工作))+$")


def _full_cover(goal: str, ctx: TableContext, told: set[int]) -> Iterator[Hit]:
    """The one coverage rate whose words before 覆盖率 are those the goal says 全覆盖 of, set below 100%
    (城区公厕保洁管护覆盖率 ≥90% for 实现城区公厕保洁管护全覆盖), or whose words before 应助尽助率 are those of the
    goal's 应助尽助 (家庭经济困难幼儿应助尽助率 ≥95%): the goal promises all, the indicator less. The rate's
    words are those right before 全覆盖: not another part of the same work (一般涉密单位检查覆盖率 for
    重点涉密单位检查全覆盖) nor of another thing (城区公厕覆盖率 for 城区公厕导视标识全覆盖); nor a 全覆盖 of other
    years (三年内…全覆盖). A rate told already (for the goal's 95% too) is told once."""
    for match in _FULL_COVER.finditer(goal):
        if _beyond_the_year(goal, match, ctx.budget_year):
            continue
        clause = _CLAUSE_BREAK.split(goal[:match.start()])[-1]
        # the doing of it set aside (单位内部控制制度建立全覆盖: 内部控制制度覆盖率)
        clause = _COVER_DEED.sub("", clause)
        # 全覆盖 held to a coverage rate, 应助尽助 to its own rate (家庭经济困难幼儿应助尽助率)
        rate_word = "覆盖率" if match.group() == "全覆盖" else match.group() + "率"
        near = [row for row in ctx.rows if is_percent(row) and row.parsed.number is not None
                and row.name.endswith(rate_word)
                and len(covered := _COVER_DEED.sub("", row.name[:-len(rate_word)])) > 1
                and clause.endswith(covered)]
        if len(near) == 1 and id(near[0]) not in told and near[0].parsed.op in ("≥", ">", "=", None) \
                and near[0].parsed.number < 100:  # type: ignore[operator]
            told.add(id(near[0]))
            yield row_hit(near[0], variant="differs", **_goal_said(goal, match.start(), match.end()),
                          severity=LEVELS["differs"])


def _quality_below_benefit(ctx: TableContext, told: set[int]) -> Iterator[Hit]:
    """A 效益 rate (工程质量: 工程合格率达100%) promising more than the one 质量 rate of its rate word that
    measures it (工程验收合格率 ≥90%), read as the goal's rate is for ``quality_below``."""
    rates = [row for row in ctx.rows if is_percent(row) and row.parsed.number is not None
             and row.parsed.op in ("≥", ">", "=", None)]
    quality = [row for row in rates if row.level2 == "质量指标" and "满意" not in row.name]
    benefits = [row for row in rates if row.level1 == _BENEFIT] if quality else []
    for benefit in benefits:
        # the rate in the name, or in the value where the name says none (工程质量: 工程合格率达100%)
        words = benefit.name if benefit.name.endswith("率") else benefit.value
        same_rate = [row for row in quality if row.name[-3:] in words and not _rates_apart(words, row.name)]
        if len(same_rate) != 1 or id(same_rate[0]) in told:
            continue
        row = same_rate[0]
        if row.parsed.number < benefit.parsed.number and _quality_of_the_goals_rate(words, f"{words}|", row):  # type: ignore[operator]
            told.add(id(row))
            yield row_hit(row, variant="quality_below_benefit", benefit_name=benefit.name, benefit_value=benefit.shown,
                          severity=LEVELS["quality_below_benefit"])


# an indicator of the growth over last year (放映场次较上年增长, 同比增加): a change, not a total
_GROWTH_OVER_LAST_YEAR = lazy_pattern(r"(?:(?:较|比)(?:上一?年度?|去年|(20[0-9]{2})年度?)(?:同期)?|同比)(?:增长|增加|提高|提升|多)")
# the goal's figure for last year (2025年已放映1584场, 上年完成1584场): its clause opens with that year, not as a
# baseline (较2025年增长100场, 比上年多100场: the figure is the change itself), nor 上年 inside 以上 (60岁以上年老体弱)
_LAST_YEAR_AHEAD = lazy_pattern(r"(?<![较比与同自从以])(?:上一?年度?|去年|(20[0-9]{2})年度?)")
_CLAUSE_START = lazy_pattern(r"[，,；;。：:\n（(]")


def _growths_as_whole(goal: str, figures: list[tuple[re.Match[str], _GoalFigure]], rows: list[Row],
                      budget_year: int, told: set[int]) -> Iterator[Hit]:
    """A growth over last year set at the whole the goal gives for last year (2025年已放映1584场; 放映场次
    较上年增长 ≥1584场): the growth and the total mixed up. Not when the goal adds that many this year
    (在上年改造1200户的基础上新增改造1200户: the growth is right)."""
    growths = [row for row in rows if row.parsed.op in ("≥", ">", "=", None)
               and _grows_over(_GROWTH_OVER_LAST_YEAR.search(row.name), budget_year - 1)]
    if not growths:
        return
    last_years: list[tuple[re.Match[str], _GoalFigure]] = []
    added: set[tuple[str | None, Decimal | None]] = set()  # the figures this year adds (新增改造1200户)
    wholes: set[tuple[str | None, Decimal | None]] = set()  # and the year's whole (服务6000人次)
    for match, figure in figures:
        clause_start = max((found.end() for found in _CLAUSE_START.finditer(goal, 0, match.start())), default=0)
        last_year_at = max((found.end() for found in _LAST_YEAR_AHEAD.finditer(goal, clause_start, match.start())
                            if found.group(1) is None or int(found.group(1)) == budget_year - 1), default=-1)
        # this year's addition (较上年增长3000条), after last year named as its base (在上年…的基础上新增10辆);
        # not last year's own (2025年新增…)
        added_at = max((found.end() for pattern in (_ADDED, _GROWTH_OVER_LAST_YEAR)
                        for found in pattern.finditer(goal, clause_start, match.start())), default=-1)
        if added_at > last_year_at and (last_year_at < 0 or "基础" in goal[last_year_at:added_at]):
            added.add(_measure_key(figure.unit, figure.number))
        elif last_year_at >= 0 and "基础" not in goal[last_year_at:match.start()]:
            last_years.append((match, figure))
        else:  # this year's whole, alone or after last year's as its base (在上年服务3000人次基础上服务6000人次)
            wholes.add(_measure_key(figure.unit, figure.number))
    for match, figure in last_years:
        if _measure_key(figure.unit, figure.number) in added:
            continue
        for row in growths:
            # (the year's whole given beside, last year's and the growth added up: a doubling, rightly)
            if id(row) not in told and _same_measure(figure, row.parsed) and row.parsed.number == figure.number \
                    and _measure_key(figure.unit, figure.number * 2) not in wholes:
                told.add(id(row))
                yield row_hit(row, variant="growth_as_whole",
                              **_goal_said(goal, match.start(), match.start() + len(figure.text)))


def _grows_over(growth: re.Match[str] | None, last_year: int) -> bool:
    """Whether a name's growth is over last year: 较上年, 同比, 较2025年 in a 2026 table (not 较2020年)."""
    return growth is not None and (growth.group(1) is None or int(growth.group(1)) == last_year)


# a rate of the goal in per cent, per mille or per population (婴儿死亡率控制在4‰以内, 孕产妇死亡率控制在12/10万以下)
_RATE_FIGURE = lazy_pattern(r"(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)([%％‰]|/(?:10|十)?万(?![0-9]))")
_PER_MILLE = "‰"
_PER_POPULATION = {"/10万": "/十万", "/十万": "/十万", "/万": "/万"}  # the goal's words as the lexicon's unit


def _rate_unit_slips(ctx: TableContext, goal: str, before: int, told: set[int]) -> Iterator[Hit]:
    """The indicator of a rate the goal names giving the goal's figure in the other of ‰ and %, or its
    figure per 10万 or 万 in % or ‰ (婴儿死亡率控制在4‰以内, 婴儿死亡率 ≤4%; 孕产妇死亡率控制在12/10万以下,
    孕产妇死亡率 ≤12%): the same number ten times or more off, a unit written wrong."""
    for match in _RATE_FIGURE.finditer(goal):
        number, unit = Decimal(match.group(1)), match.group(2).replace("％", "%")
        unit = _PER_POPULATION.get(unit, unit)
        context = _context(goal, match, before)
        if not number or context is None:
            continue
        worth = ctx.lexicon.units[unit].to_percent  # what one of the goal's unit is in per cent (‰: 0.1)
        for row in ctx.rows:
            parsed = row.parsed
            # the rate the goal names is the indicator's own (死亡率), as for ``differs``
            if id(row) in told or parsed.kind != "rate" or parsed.number != number or parsed.unit == unit \
                    or parsed.unit not in ("%", _PER_MILLE) or row.name[-3:] not in context or not worth \
                    or not parsed.percent:
                continue
            told.add(id(row))
            times = max(parsed.percent / number / worth, worth * number / parsed.percent)
            yield row_hit(row, variant="unit_slip", **_goal_said(goal, match.start(), match.end()),
                          times=decimal_text(times))


# a year before a figure that is no record of it: a baseline (较2024年提高到98%) or where a change starts
_YEAR_AS_BASELINE = lazy_pattern(r"(?:较|比|与|同|自|从)$")
# words between that year and the figure making the figure a target still (2024年起力争满意度达到98%), or the
# year another thing's (按照2024年印发的实施方案要求, 2024年新建的3个中心): 的 past the year's own (2024年的)
_AIMED = lazy_pattern(r"起|以来|力争|确保|争取|计划|预计|目标|提升|提高|增至|达标|方案|规划|要求|标准|(?<!^)的")


def _reached_in(goal: str, match: re.Match[str], budget_year: int | None) -> str | None:
    """The earlier year a satisfaction the goal states was reached in (2024年优抚对象满意度为98% in a
    2025 table: last year's level, not this year's target), or None."""
    if budget_year is None:
        return None
    start, sentence = _sentence(goal, match)
    ahead = sentence[:match.start() - start]
    years = list(_YEAR.finditer(ahead))
    if not years or int(years[-1].group(1)) >= budget_year or _YEAR_AS_BASELINE.search(ahead, 0, years[-1].start()):
        return None
    # the figure in the year's own clause (2024年建成，满意度达到95%: the year is the building's)
    between = ahead[years[-1].end():]
    if _AIMED.search(between) or any(mark in between for mark in "，,；;"):
        return None
    return years[-1].group(1)


def _satisfaction_asker(ahead: str) -> str | None:
    """Who the goal's figure asks when it is a satisfaction (群众诉求办理满意率达到 → 群众诉求办理; ""
    for 满意度达到), or None when the words before the figure end with no satisfaction (满意度调查覆盖率).
    An indicator's name is read the same way (来电群众满意度 → 来电群众; 群众满意度回访率: None)."""
    at = ahead.rfind("满意")
    if at < 0 or ahead[at + 2:at + 3] not in ("率", "度") or "率" in ahead[at + 3:]:
        return None
    return ahead[:at]


def _satisfied_rows(who: str, rates: list[Row]) -> list[Row]:
    """The satisfaction rates asking whom the goal's asks (群众诉求办理满意率: 来电群众满意度, not
    诉求承办单位满意度): the two characters before 满意 in the name among the goal's words before it;
    every one when the goal names nobody (满意度达到90%). Not a rate of the survey itself (群众满意度调查
    覆盖率, 满意度回访率)."""
    asked = [(row, party) for row in rates if (party := _satisfaction_asker(row.name)) is not None]
    if not who:
        return [row for row, _party in asked]
    return [row for row, party in asked if party[-2:] and party[-2:] in who]


# a figure the goal gives as all there are (全州186家养老机构, 规模以上工业企业（共186家）); 共 alone
# may begin the year's target (共培训200人), so only in brackets or as 共有
_WHOLE_AHEAD = lazy_pattern(r"(?:全[省市州县区旗镇乡村]|[（(]共有?|共有)$")
# …or named before the figure, 共有 (现有, 拥有) after a place (全县共有贫困户1200户, 辖区内共有, 全州现有规模以上企业86家)
# or 共 (共计, 总计) after the things (全县行政村共120个): the words naming them (not 建设共有产权房200套, housing
# owned in shares)
_WHOLE_NOUN_FIRST = lazy_pattern(r"(?:[省市州县区旗镇乡村]|辖区内?|区域内|范围内)"
                                 r"(?P<said>(?P<have>共有|现有|拥有)?(?P<noun>[A-Za-z\u4e00-\u9fff]{2,10}?)"
                                 r"(?P<total>共计|总计|共)?)$")
# …told about (留守儿童约3000名, 近3000名, 超过3000名): no whole to hold an indicator to
_ABOUT = ("约", "近", "逾", "超过")
# a whole counted at a date gone by (截至2022年底全县共有农村低保对象8600人): a baseline the year may add to
_DATED = lazy_pattern(r"截至|截止")
# a figure the year adds to the things (新建公厕30座, 新增学位2400个, 新培育入规企业10家); not 增至100个, a total
_ADDED = lazy_pattern(r"新(?!增[至到])|增加(?![至到])")
# a place the bracket's whole is of (对全市（共326所）中小学校): the things are named after it
_PLACE_WHOLE = lazy_pattern(r"全[省市州县区旗镇乡村]$")
# where the words naming a whole (全县120个行政村) end: what is done to it, or to each of it
# (每村安装路灯, 建设垃圾中转站), is another thing
_WHOLE_NOUN_END = lazy_pattern(r"每|各|[0-9]|开展|实施|进行|建设|新建|安装|配备|改造|购置|发放|提供|推进|落实|完成"
                               r"|组织|覆盖|实现|带动|稳定|参加|参与|纳入")


def _over_whole(goal: str, placed: list[tuple[re.Match[str], _GoalFigure, str]], rows: list[Row],
                told: set[int]) -> Iterator[Hit]:
    """An indicator asking for more of the things than the goal says there are (全州186家养老机构,
    全县共有贫困户1200户; 覆盖养老机构数 ≥200家): in the figure's unit, counting the whole's own things
    (``_counts_the_whole``), beyond the whole and the year's additions the goal names (城区共有公厕120座，
    新建公厕30座: 150座). Not a floor (全市200名以上志愿者: there may be more), nor a whole counted at a date
    gone by (截至2022年底全县共有农村低保对象8600人)."""
    for match, figure, context in placed:
        if goal.startswith(("以上", "多"), match.start() + len(figure.text)):
            continue
        marker = _WHOLE_AHEAD.search(goal, max(0, match.start() - 3), match.start())
        noun_first = _WHOLE_NOUN_FIRST.search(_words_ahead(context)) if marker is None else None
        variant, strict, raised, deed = "over_whole", False, False, None
        if marker is not None:
            whole, said = _whole_words(context, marker.group()), marker.group().lstrip("（(") + figure.text
        elif noun_first is not None and (noun_first.group("have") or noun_first.group("total")) \
                and not _WHOLE_NOUN_END.search(noun_first.group("noun")) and not noun_first.group("noun").endswith(_ABOUT):
            whole, said = noun_first.group("noun"), noun_first.group("said") + figure.text
            variant = "stock_whole"
        elif (found := _found_or_raised(goal, match, figure, context)) is not None:
            whole, said, raised = found
            strict, deed = True, None if raised else context.split("|", 1)[1]
        else:
            continue
        if whole is None or _DATED.search(_CLAUSE_BREAK.split(goal[:match.start()])[-1]):
            continue
        # the year's additions of the whole's things the goal names after it (共有公厕120座，新建公厕30座): the
        # whole grows by them (not by 新建停车位300个 beside 老旧小区); a count raised to (增至10座) holds them already
        added = Decimal(0) if raised else sum(
            (other.number for found_at, other, words in placed if found_at.start() > match.start()
             and _measure_key(other.unit, None) == _measure_key(figure.unit, None)
             and _ADDED.search(_words_ahead(words)) and _counts_the_whole(_words_ahead(words), whole)), Decimal(0))
        for row in rows:
            if id(row) not in told and _same_measure(figure, row.parsed) and row.parsed.op in ("≥", ">", "=", None) \
                    and row.parsed.number > figure.number + added and _counts_the_whole(row.name, whole) \
                    and not (strict and (longest_run(whole, row.name) < min(3, len(whole)) or _ADDED.search(row.name))) \
                    and (deed is None or _does_the_deed(row.name, deed)):
                told.add(id(row))
                yield row_hit(row, variant=variant,
                              **_goal_said(goal, match.start(), match.start() + len(figure.text), said),
                              severity=LEVELS.get(variant))


# a whole the goal says was found or built already, right before its figure (完成已排查的320个排污口溯源, 对已建成的
# 30座污水处理站): no more of those things than that (audit 40's b450)
_DONE_WHOLE_AHEAD = lazy_pattern(r"已经?[\u4e00-\u9fff]{1,4}的$")
# a place's whole of things raised to the figure (全县基准站由8座增至10座): as many as there will be (b448); the
# things' words between the place and 由
_PLACE_RAISED_TO = lazy_pattern(r"全[省市州县区旗镇乡村](?P<noun>[A-Za-z\u4e00-\u9fff]{2,10}?)由[0-9][0-9,]*(?:\.[0-9]+)?"
                                r"[\u4e00-\u9fff]{1,2}?(?:增至|增加[到至])$")
# …only of things counted one by one (not deeds, 1200人次, nor a capacity, 污水处理能力3万吨)
_THING_UNITS = frozenset("座个家所处张台套辆艘栋间条口眼根块")
_NOT_THINGS = lazy_pattern(r"(?:数|量|能力|规模|率|面积|里程|人次|次数)$")


def _found_or_raised(goal: str, match: re.Match[str], figure: _GoalFigure,
                     context: str) -> tuple[str | None, str, bool] | None:
    """A whole of things the goal gives other than as a place's or a stated stock: those found or built already
    (完成已排查的320个排污口溯源: 排污口溯源, the words after the figure) or the count a place's whole is raised to
    (全县基准站由8座增至10座: 基准站), as (its words, the goal's words quoted, whether raised to); None otherwise."""
    if figure.unit not in _THING_UNITS:
        return None
    done = _DONE_WHOLE_AHEAD.search(goal, max(0, match.start() - 8), match.start())
    if done is not None:
        return _whole_words(context, ""), done.group() + figure.text, False
    raised = _PLACE_RAISED_TO.search(_words_ahead(context))
    if raised is not None and not _NOT_THINGS.search(raised.group("noun")) \
            and not _WHOLE_NOUN_END.search(raised.group("noun")):
        return raised.group("noun"), raised.group() + figure.text, True
    return None


def _does_the_deed(name: str, after: str) -> bool:
    """Whether a count names, besides the things, what the goal does to those found or built already (完成溯源的入河
    排污口 for 已排查的320个排污口溯源): those the year builds too may be counted by another deed (接入平台监测点 ＝65个
    beside 对已建成的25个在线监测点开展运行维护 and 40 installed the same year: g381)."""
    size = longest_run(after, name)
    if size < 3:
        return False
    thing = next(name[i:i + size] for i in range(len(name) - size + 1) if name[i:i + size] in after)
    return longest_run(after.replace(thing, ""), name.replace(thing, "")) >= 2


# a whole of a place the goal counts (全区居民小区120个, 全县有劳动能力脱贫人口3800人): its things' words, the figure
# and its unit; not a floor or rough figure (全县120个以上, 约), nor one in 万 (its count is the lexicon's to read)
_PLACE_WHOLE_FIGURE = lazy_pattern(r"全[省市州县区旗镇乡村](?P<noun>[\u4e00-\u9fff]{2,12}?)(?P<n>[0-9]+)(?P<unit>[\u4e00-\u9fff])"
                                   r"(?![以余多左])")
# a count of what this year adds (新建服务站30个, 新增): the whole's coverage may hold what earlier years did
_ADDED_THIS_YEAR = lazy_pattern(r"新建|新增|本年|今年|年度")
# the goal saying the rest of the whole was done before (2026年为其中40个更新设备（其余已于2025年完成）): the year's
# count is its share, no shortfall (precision s24); not the rest planned (其余已列入2027年计划), nor only made ready
# (其余已完成招标, 已完成前期工作: the work itself still to come)
_REST_DONE = lazy_pattern(r"(?:其余|剩余)[^，,。；;、]{0,10}?已(?!列入|纳入|安排|计划)(?P<when>[^，,。；;]{0,12}?)"
                          r"(?:完成|实现|配备|配齐|覆盖|建成)(?!招标|采购|设计|前期|立项|选址|审批|摸底|调查)")
# …and not done only later, whatever is already settled (其余已确定于2028年完成, 其余已完成招标将于2028年完成更新: s25)
# (已将…配齐 is done: 将 there takes the object; 已按计划完成 too)
_DONE_LATER = lazy_pattern(r"将[于在要]|即将|拟|(?<!按)计划|预计|争取|力争|待|后续|明年|下一?年|(?<![0-9])(20[0-9]{2})年")


def _rest_done(goal: str, start: int, stop: int, budget_year: int | None) -> bool:
    """Whether the goal says, between ``start`` and ``stop``, that the rest of the whole was done by this year
    (其余已于2026年完成, 其余已全部完成); not that it is to be done in a later year or some time ahead."""
    for rest in _REST_DONE.finditer(goal, start, stop):
        later = False
        for word in _DONE_LATER.finditer(rest.group("when")):
            year = word.group(1)
            if year is None or (budget_year is not None and int(year) > budget_year):
                later = True
                break
        if not later:
            return True
    return False


# a whole the goal says it holds, not only a place's (全县126所乡村学校共有在岗乡村教师3100人, 全州100所小学共有适龄儿童
# 6.2万名; 偏远行政村常住村民共3.2万人; 共有65岁以上老年人4.8万人, its age or age span kept with its words: 共有0-6岁
# 儿童1.8万人, 3至6周岁儿童): the words after 共有 or before 共, the figure, 万 and the unit; not a floor or a rough
# figure (6万名以上, 约), nor a count of visits (人次: a total of deeds)
_HELD_WHOLE_FIGURE = lazy_pattern(r"(?:(?:共有|现有)(?P<age>(?:[0-9]{1,2}(?:周?岁)?(?:-|—|–|~|～|至|到))?[0-9]{1,3}周?岁"
                                  r"(?:及?以上|以下)?)?(?P<noun>[\u4e00-\u9fff]{2,12}?)"
                                  r"|(?P<before>[\u4e00-\u9fff]{2,12}?)"
                                  r"(?:共计|总计|共))(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<wan>万)?(?P<unit>[人名位户个所家])"
                                  r"(?![以余多左次])")
_TEN_THOUSAND = Decimal(10000)


def _wholes(goal: str) -> Iterator[tuple[int, int, str, str, Decimal]]:
    """The goal's wholes a coverage may be of, as (start, end, words, unit, number): a place's (全区居民小区120个)
    and one it says it holds (共有在岗乡村教师3100人, 常住村民共3.2万人); none naming a deed (全县完成改厕1500户,
    开展培训共2000人次) or told about (约, 近)."""
    for whole in _PLACE_WHOLE_FIGURE.finditer(goal):
        if not _WHOLE_NOUN_END.search(whole.group("noun")):
            yield whole.start(), whole.end(), whole.group("noun"), whole.group("unit"), Decimal(whole.group("n"))
    for whole in _HELD_WHOLE_FIGURE.finditer(goal):
        noun = whole.group("noun") or whole.group("before")
        if noun.endswith(_ABOUT) or noun.endswith("共") or _WHOLE_NOUN_END.search(noun):
            continue
        number = Decimal(whole.group("n")) * (_TEN_THOUSAND if whole.group("wan") else 1)
        yield whole.start(), whole.end(), (whole.group("age") or "") + noun, whole.group("unit"), number


def _coverage_short(ctx: TableContext, goal: str) -> Iterator[Hit]:
    """A coverage rate of the whole at 100% (分类投放点居民小区覆盖率 ＝100%) where the one 数量 count of the
    whole's things falls short of the whole the goal gives (全区居民小区120个; 实现生活垃圾分类的居民小区 ≥90个):
    both cannot be met. The rate and the count each share two characters in a row with the whole's words (the
    count the most of any, 脱贫人口 before 劳动力; when several tie, the one sharing the most with the rate:
    口腔健康检查儿童 of 适龄儿童口腔健康检查覆盖率 among 口腔干预儿童 and 窝沟封闭儿童); the rate sharing the most
    with them; where none names the whole's things, the one count that is the rate's deed (中医药健康管理服务 of
    65岁以上老年人中医药健康管理覆盖率); not a count of what the year adds (新建, 新增), nor a whole naming a deed
    (全县完成改厕1500户: a target), nor one whose rest the goal says was done before (其余已于2025年完成). A whole
    of people may be reached by a count of visits (巡诊服务村民 ≥12000人次 of 3.2万人): no more people than visits
    are reached."""
    rates = [row for row in ctx.rows if "覆盖率" in row.name and is_percent(row) and row.parsed.number == 100
             and row.parsed.op in ("≥", "=", None)]
    if not rates:
        return
    told: set[int] = set()
    for start, end, noun, unit, number in _wholes(goal):
        unit = _PEOPLE.get(unit, unit)
        units = (unit, "人次") if unit == "人" else (unit,)
        counts = [(longest_run(noun, row.name), row) for row in ctx.rows if row.level2 == "数量指标"
                  and row.parsed.kind == "count" and row.parsed.op in ("≥", "=", None) and row.parsed.number
                  and _PEOPLE.get(row.parsed.unit or "", row.parsed.unit) in units]
        covering = [row for row in rates if longest_run(noun, row.name) >= 2 and id(row) not in told]
        if not covering:
            continue
        rate = max(covering, key=lambda row: longest_run(noun, row.name))  # the first of the best
        if _over_the_part(rate.name, noun, goal[end:end + 60]):
            continue
        # (a count of another group sharing only the head word, 糖尿病患者 of 高血压患者, counts none of the whole)
        counts = [(run, row) for run, row in counts if not _another_group(row.name, rate.name, noun)]
        stop = goal.find("。", end)
        if _rest_done(goal, end, len(goal) if stop < 0 else stop, ctx.budget_year):
            continue  # the rest was done in earlier years
        count = unique_best(counts, 2)  # the one naming the whole's things best
        if count is None:  # several alike: the one naming the rate's words best
            count = unique_best([(longest_run(rate.name, row.name), row) for run, row in counts
                                 if run >= 2], 3)
        if count is None and all(run < 2 for run, _row in counts):
            count = _the_deeds_count([row for _run, row in counts], rate.name)
        if count is not None and count.parsed.number < number and not _ADDED_THIS_YEAR.search(count.name) \
                and not _whole_reached(counts, count, rate.name, noun, unit, number, "万" in goal[start:end]) \
                and not _another_deed(count.name, rate.name, noun):
            told.add(id(rate))
            yield row_hit(rate, variant="coverage_short", **_goal_said(goal, start, end),
                          count_name=count.name, count=count.shown, severity=LEVELS["coverage_short"])


# what a count adds to the deed it names (中医药健康管理服务, 产后访视服务人次): no group of its own
_COUNT_WORDS = lazy_pattern(r"服务|人数|人次|次数|数量|总数|对象|开展|提供|完成|全年|数")


def _the_deeds_count(counts: list[Row], rate: str) -> Row | None:
    """Where no count names the whole, the one count that is the rate's deed and nothing else (中医药健康管理服务
    ≥18000人次 of 65岁以上老年人中医药健康管理覆盖率): its name the rate's words, three or more in a row, but for
    words of counting (服务, 人次); not a count naming another group (孕产妇健康管理服务), nor one of two alike."""
    found = []
    for row in counts:
        size = longest_run(rate, row.name)
        if size < 3:
            continue
        at = next(i for i in range(len(row.name) - size + 1) if row.name[i:i + size] in rate)
        if not _COUNT_WORDS.sub("", row.name[:at] + row.name[at + size:]):
            found.append(row)
    return found[0] if len(found) == 1 else None


def _whole_reached(counts: list[tuple[int, Row]], count: Row, rate: str, noun: str, unit: str, number: Decimal,
                   in_wan: bool) -> bool:
    """Whether a count of the whole's things in its own unit, naming them as well as the count found short and
    the rate's deed, reaches the whole, so a count of visits beside it is no shortfall (常住居民共3.2万人: 签约服务居民
    ≥32000人 beside 巡诊服务 ≥12000人次), or gives a whole written in 万 as a floor rounded down to whole 万 (共有农村
    人口28.6万人: 受益农村人口 ≥28万人; not ≥3.5万人 of 3.6万, a part). Not a larger group's count (农村劳动力转移就业
    ≥8000人 of 有劳动能力脱贫人口)."""
    floor = (number // _TEN_THOUSAND) * _TEN_THOUSAND if in_wan and number >= _TEN_THOUSAND else number
    least = max(2, longest_run(noun, count.name))
    return any(run >= least and _PEOPLE.get(row.parsed.unit or "", row.parsed.unit) == unit
               and (row.parsed.number >= number or (row.parsed.op in ("≥", ">") and row.parsed.number == floor))
               and not _another_deed(row.name, rate, noun) for run, row in counts)


def _another_deed(count: str, rate: str, noun: str) -> bool:
    """Whether the count and the rate, their whole's words set aside, name different deeds (低保金社会化发放覆盖率
    against 入户核查低保户 of 共有农村低保户5200户: the check reaches 2000 households, the payment all of them)."""
    def deed(name: str) -> str:
        size = longest_run(noun, name)
        at = next((i for i in range(len(name) - size + 1) if name[i:i + size] in noun), 0) if size else 0
        return (name[:at] + name[at + size:]).replace("覆盖率", "")
    own, asked = deed(count), deed(rate)
    return len(own) >= 2 and len(asked) >= 2 and longest_run(own, asked) < 2


def _another_group(count: str, rate: str, noun: str) -> bool:
    """Whether a count shares only a generic head word of two characters with the whole (患者, 儿童, 老人) and names
    another group by it: the whole's own words before the head are not in the count's name, and its words before
    the head are neither the whole's nor the rate's, nor a deed or a part (糖尿病患者规范管理服务 of 共有高血压患者
    2.1万人; 困境儿童 of 农村留守儿童: s25). Not a count naming the rate's deed before the head (眼保健检查儿童,
    随访管理患者), nor the whole in short (留守儿童 of 农村留守儿童), nor one sharing more (其中帮助脱贫人口就业人数 of
    有劳动能力脱贫人口: the larger group, b244) but for another place before the longer head (_another_place)."""
    size = longest_run(noun, count)
    if size > 2:
        return _another_place(count, rate, noun)
    if size != 2:
        return False
    head = next(count[i:i + 2] for i in range(len(count) - 1) if count[i:i + 2] in noun)
    whose = _HANZI_RUNS.sub("", noun[:noun.find(head)])  # the whole's words before the head
    own = count[:count.find(head)]  # the count's
    return len(whose) >= 2 and len(own) >= 2 and longest_run(whose, count) < 2 and "其中" not in own \
        and longest_run(own, noun) < 2 and longest_run(own, rate) < 2 and _DEED.search(own) is None


# a place or a kind of residence a group is named by, two of which never hold the same people (城镇低保对象, 农村低保
# 对象); not one holding both (城乡, 全县)
_PLACE_OF_A_GROUP = lazy_pattern(r"城镇|农村|城市|乡村|城区|市区|县城|集镇|山区|牧区|库区|林区|垦区|景区|社区|户籍|常住|流动"
                                 r"|外来|本地|外地|在校|在园|在职|退休")
_HEAD_LEAST = 3  # (a head of two characters is _another_group's own reading)


def _another_place(count: str, rate: str, noun: str) -> bool:
    """Whether a count and the whole each name a place or kind of residence, different ones, right before a head of
    three or more characters they share (农村低保对象 of 共有城镇低保对象2000人, 库区留守儿童 of 山区留守儿童: s25); not a
    count naming no place there (低保对象, 全县低保对象) nor one the whole or the rate names too (城乡 holds 农村)."""
    theirs = [(place.group(), noun[place.end():]) for place in _PLACE_OF_A_GROUP.finditer(noun)]
    if not theirs:
        return False
    for place in _PLACE_OF_A_GROUP.finditer(count):
        own = place.group()
        if own in noun or own in rate:
            continue
        after = count[place.end():]
        for whose, head in theirs:
            if whose != own and after[:_HEAD_LEAST] == head[:_HEAD_LEAST] \
                    and _HANZI_RUNS.search(head[:_HEAD_LEAST]) is None:
                return True
    return False


def _over_the_part(name: str, noun: str, after: str) -> bool:
    """Whether a coverage names, before the whole's words, the part the goal picks out of it after the whole (共有
    义务教育阶段寄宿生1.2万人，对其中家庭经济困难的4000人…: 家庭经济困难寄宿生补助覆盖率 is the part's own)."""
    size = longest_run(noun, name)
    start = next(i for i in range(len(name) - size + 1) if name[i:i + size] in noun)
    prefix = name[:start]
    return len(prefix) >= 2 and longest_run(prefix, after) >= min(len(prefix), 3)


def _counts_the_whole(name: str, whole: str) -> bool:
    """Whether an indicator counts the things the goal's whole names: its counted thing (the last two
    characters, the measure word set aside) is among the whole's words (覆盖养老机构数), or the whole's
    words, three in a row, end its name but for a deed (家庭医生培训人数). Not when they only say whose
    or where another thing is (家庭医生签约服务人数, 行政村太阳能路灯安装数量, 城市社区智慧安防小区)."""
    counted = counted_words(name)
    return counted[-2:] in whole or longest_run(whole, counted[-5:]) >= 3


def _whole_words(context: str, marker: str) -> str | None:
    """The words naming the whole a figure counts: before the bracket of 工业企业（共186家）, else after
    the figure, or after a bracket following a place (全市（共326所）中小学校), up to what is done to it
    (全县120个行政村每村安装…: 行政村). None for a bracket after a deed (开展职业技能培训（共2000人次）: the
    year's target added up, no whole)."""
    ahead, after = context.split("|", 1)  # (_context's words before and after the figure)
    if marker.startswith(("（", "(")) and not _PLACE_WHOLE.search(ahead[:-len(marker)]):
        words = ahead[:-len(marker)]
        return None if _WHOLE_NOUN_END.search(words) else words
    after = after.lstrip("）)")  # 全市（共326所）中小学校: the things named after the bracket
    end = _WHOLE_NOUN_END.search(after)
    return after if end is None else after[:end.start()]


# a size across the thing the goal counts along (新建绿道5公里, 新建绿道宽度 ≥5米; 沟深, 堤顶高程, 围栏高,
# 株距, 设置间隔): another measure, rightly in 米
_ACROSS = lazy_pattern(r"宽|高度|高程|高$|深|厚|径|距|间隔")
# a size per head or of one of them (户均发放大米 ≥50千克, 亩均, 单段长度, 单次抽检样品, 救灾面粉发放标准 ＝50千克):
# not the goal's whole
_ONE_OF_THEM = lazy_pattern(r"[亩株头]均|单[段座栋处根条块]|标准$")
# the goal's figure itself a size across (铺设管径300毫米的供水管道, 路面厚度20厘米): no length an indicator counts in
# 米 (铺设供水管道 ≥300米), since 厘米 and 毫米 joined the 米 measure in s24 (reread s24 A); only the same size
# named by the indicator (路面厚度不低于18厘米, 水泥混凝土路面厚度 ≥18毫米: s25) is that figure in another unit
_ACROSS_AHEAD = lazy_pattern(r"(?P<size>宽|高|深|厚|径|距|间隔)度?(?:为|约|达到?|不低于|不小于|不少于|不超过|不大于)?$")


def _unit_slips(lexicon: Lexicon, goal: str, placed: list[tuple[re.Match[str], _GoalFigure, str]], rows: list[Row],
                shared: int, given: set[tuple[str | None, Decimal | None]], told: set[int]) -> Iterator[Hit]:
    """An indicator naming a goal figure's words with its number in another unit of its measure
    (新建道路86公里, 新建道路长度 ＝86米): the same figure a thousand times off, a unit written wrong.
    Not for a figure an indicator ``given`` already (新建排水沟长度 ＝1.5公里: 沟深 ≥1.5米 is another size), nor a
    figure the goal gives as a size across (管径300毫米), nor for units less than ten times apart (斤 and 公斤: no 0
    written too many or too few). A size across (路面厚度不低于18厘米) is held only against an indicator naming that
    size (路面厚度 ≥18毫米), a length against none naming one."""
    for match, figure, context in placed:
        if figure.unit not in lexicon.measures or _measure_key(figure.unit, figure.number) in given:
            continue
        across = _ACROSS_AHEAD.search(goal, max(0, match.start() - 8), match.start())
        for row in rows:
            worth = lexicon.conversion(row.parsed.unit, figure.unit) if row.parsed.unit else None
            if worth is None or id(row) in told or row.parsed.number != figure.number:
                continue
            times = max(worth, 1 / worth)
            if times < 10 or (longest_run(context, row.name) < shared and not _split_by_a_qualifier(context, row.name)) \
                    or (across.group("size") not in row.name if across else _ACROSS.search(row.name)) \
                    or PER_UNIT.search(row.name) or _ONE_OF_THEM.search(row.name):
                continue
            told.add(id(row))
            # to two places: a 亩 is 666.666… 平方米
            said = _goal_said(goal, match.start(), match.start() + len(figure.text))
            yield row_hit(row, variant="unit_slip", **said, times=decimal_text(round(times, 2)))


# a liquid or a gas, whose ton and cubic metre are written for one another (供水量, 污水, 渗滤液, 天然气); not a water
# body or a work named by 水 (水体, 水库, 水利: 水库清淤 moves mud)
_FLUID = lazy_pattern(r"水(?![体库域系利土泥渠面塘闸])|液|油|气|汽")
_MASS, _VOLUME = "吨", "立方米"


def _measure_slips(lexicon: Lexicon, placed: list[tuple[re.Match[str], _GoalFigure, str]], goal: str, rows: list[Row],
                   shared: int, given: set[tuple[str | None, Decimal | None]], told: set[int]) -> Iterator[Hit]:
    """An indicator naming a goal figure's words with its very number in a unit of the other measure, a mass for
    a volume or the other way (底泥清淤2万立方米: 底泥清淤量 ≥2万吨, audit 40's b452): one is the wrong unit. Not a
    liquid or a gas (供水量, 污水处理量: a ton is written for a cubic metre), nor a goal figure an indicator gives
    already in its own unit (the mass then a measure of its own), nor another figure."""
    for match, figure, context in placed:
        goal_mass = lexicon.conversion(figure.unit, _MASS) is not None
        if (not goal_mass and lexicon.conversion(figure.unit, _VOLUME) is None) \
                or _measure_key(figure.unit, figure.number) in given:
            continue
        other = _VOLUME if goal_mass else _MASS
        for row in rows:
            if id(row) in told or row.parsed.number != figure.number or row.parsed.unit is None \
                    or lexicon.conversion(row.parsed.unit, other) is None \
                    or longest_run(context, row.name) < shared or _FLUID.search(row.name) \
                    or _FLUID.search(_words_ahead(context)):
                continue
            told.add(id(row))
            yield row_hit(row, variant="measure_slip", **_goal_said(goal, match.start(), match.start() + len(figure.text)))


# the most characters a name puts between two halves of the goal's words (补贴 耕地 面积; not 新建道路排水沟长度,
# another thing along the goal's)
_QUALIFIER_MOST = 2


def _split_by_a_qualifier(context: str, name: str) -> bool:
    """Whether the name holds two pieces of the goal's words for a figure, two or more characters each and one
    right after the other before it, in order with a qualifier of one or two characters put between them
    (补贴耕地面积 for 补贴面积52.8万亩（35200公顷）: b413; 新建乡村道路长度 for 新建道路长度86公里): it shares only two
    in a row. Looked at only for an indicator already at the figure's number in another unit."""
    for words in _HANZI_RUNS.split(context.split("|", 1)[0]):
        for cut in range(2, len(words) - 1):
            for first in (words[start:cut] for start in range(cut - 1)):  # (the longest first)
                at = name.find(first)
                if at < 0:
                    continue
                gap = at + len(first)
                if any(name.find(words[cut:end], gap + 1, gap + _QUALIFIER_MOST + end - cut) > gap
                       for end in range(cut + 2, len(words) + 1)):
                    return True
    return False


# a figure in 万 with no unit after it (受益居民约8万, 惠及群众3.5万余): the unit is the count's own, left unsaid;
# not one in Latin letters or a symbol (1.2万㎡, 2万m³, 5万kW: _FIGURE's units)
_BARE_TEN_THOUSAND = lazy_pattern(r"(?<![0-9.,第])(?P<n>[0-9]+(?:\.[0-9]+)?)万"
                                  r"(?=[余多]?(?:[^\u4e00-\u9fffA-Za-z㎡㎢]|$|左右|以上))")


def _ten_thousand_dropped(goal: str, before: int, rows: list[Row], shared: int, told: set[int]) -> Iterator[Hit]:
    """An indicator giving a goal figure in 万 that has no unit (受益居民约8万) as the bare number (沿线受益居民
    ≥8人): the 万 left out, read as ``unit_slip``; not a share per unit (人均, 每户)."""
    for match in _BARE_TEN_THOUSAND.finditer(goal):
        context = _context(goal, match, before)
        if context is None:
            continue
        number = Decimal(match.group("n"))
        for row in rows:
            if id(row) in told or row.parsed.number != number or longest_run(context, row.name) < shared \
                    or PER_UNIT.search(row.name) or _ONE_OF_THEM.search(row.name):
                continue
            told.add(id(row))
            yield row_hit(row, variant="unit_slip", **_goal_said(goal, match.start(), match.end()), times="10000")


# a head count in 万 and the people it counts, the two characters after its measure word (约4.2万名学生) or, with
# none there, the two before it less 约 and the like (学生约1.4万人); not a count of visits (服务群众3万人次, 走访1万
# 户次: 3000人 served may be the 3万人次)
_HEADS_IN_TEN_THOUSAND = lazy_pattern(r"(?<![0-9.,第])(?P<n>[0-9]+(?:\.[0-9]+)?)万(?P<unit>[名人户])?(?![元亩次]|[人户]次)")
_ABOUT_AHEAD = lazy_pattern(r"(?:约|近|共|逾|超过?|达到?|的)+$")
# words of an indicator's name that say only whom it counts (受益学生人数, 参加课后服务学生)
_COUNTING_WORDS = lazy_pattern(r"受益|受助|参加|参与|覆盖|人数|户数|数量|总数|数$")
_HEAD_UNITS = {"名": ("人", "名"), "人": ("人", "名"), "户": ("户",), None: ("人", "名", "户")}


def _ten_thousand_as_thousand(goal: str, rows: list[Row], told: set[int]) -> Iterator[Hit]:
    """A head count the goal gives in 万 (约4.2万名学生, 沿线约8万居民) and the one count of those people written a
    thousandth or a ten-thousandth of it (受益学生人数 ≥4200人, 沿线受益居民 ≥8人): 万 read as 千 or left out, where
    the name shares only the people (学生) with the words the main pass pairs by. Told only when the name, less
    the people and the words saying it counts them (受益, 参加, 人数), says nothing the goal does not
    (家庭经济困难学生 ≥4200人 may be a part of the 4.2万 the goal does not name)."""
    for match in _HEADS_IN_TEN_THOUSAND.finditer(goal):
        number = Decimal(match.group("n"))
        after = goal[match.end():match.end() + 2]
        ahead = _ABOUT_AHEAD.sub("", goal[max(0, match.start() - 6):match.start()])[-2:]
        people = [each for each in (after, ahead) if len(each) == 2 and _HANZI.fullmatch(each[0])
                  and _HANZI.fullmatch(each[1])]
        units = _HEAD_UNITS[match.group("unit")]
        slipped = [(row, "10000" if row.parsed.number == number else "10") for row in rows
                   if id(row) not in told and row.parsed.unit in units
                   and row.parsed.number in (number, number * 1000)
                   and not PER_UNIT.search(row.name) and not _ONE_OF_THEM.search(row.name)
                   and any(who in row.name and _COUNTING_WORDS.sub("", row.name.replace(who, "")) in goal
                           for who in people)]
        if len(slipped) != 1:
            continue
        row, times = slipped[0]
        told.add(id(row))
        # (the people named after the figure quoted with it, not the clause before: 约4.2万名学生)
        said = _head_count_said(goal, match) if after in people and after in row.name \
            else _goal_said(goal, match.start(), match.end())
        if times == "10000":
            yield row_hit(row, variant="unit_slip", **said, times=times)
        else:
            yield row_hit(row, **said, times=times)


# where the people a head count names after its figure end (学生 of 约4.2万名学生提供…, 在校生 of 5.2万名在校生的…)
_PEOPLE_END = lazy_pattern(r"的|提供|开展|发放|实施|享受|参加|参与|受益|接受|办理|免费|缴纳|购买")


def _head_count_said(goal: str, match: re.Match[str]) -> dict[str, str]:
    """A message's placeholders for a head count in 万 that names its people after the figure: the figure, the
    words before it saying about how many (约, 近) and the people (约4.2万名学生), not the clause before it
    (2026年（2021年框架）为约2.4万名 said nothing of whom it counts)."""
    about = _ABOUT_AHEAD.search(goal, max(0, match.start() - 6), match.start())
    start = match.start() if about is None else about.start() + len(about.group()) - len(about.group().lstrip("的"))
    people = _CLAUSE_BREAK.split(goal[match.end():match.end() + _QUOTE_AFTER + 1])[0]
    cut = _PEOPLE_END.search(people, 2)
    people = people[:cut.start()] if cut is not None else people[:_QUOTE_AFTER]
    return {"goal_figure": match.group(), "goal_words": goal[start:match.end()] + people}


# a floor the goal sets, with the two characters before it saying what it is of (每天不少于2小时)
_GOAL_FLOOR = lazy_pattern(r"(?P<what>[\u4e00-\u9fff]{2})(?:不少于|不低于|至少)(?P<n>[0-9]+(?:\.[0-9]+)?)"
                           r"(?P<unit>[\u4e00-\u9fff]{1,2})")


# the measure a floor's indicator is named with (时长, 天数), no word of what is measured
_FLOOR_MEASURE = lazy_pattern(r"时长|时间|时数|天数|次数|频次|小时|日数")
_SENTENCE_BREAK = lazy_pattern(r"[。；;\n]")


def _same_thing(name: str, what: str, sentence: str) -> bool:
    """Whether the name, past the floor's own two characters and its measure, speaks of what the goal's sentence
    does (课后服务 of 每天课后服务时长 in the sentence of 开展课后服务…每天不少于2小时), not of something else done as
    often (户外活动 of 每天户外活动时间)."""
    rest = _FLOOR_MEASURE.sub("", name.replace(what, ""))
    return len(rest) < 2 or longest_run(rest, sentence) >= 2


def _floor_reversed(goal: str, rows: list[Row], told: set[int]) -> Iterator[Hit]:
    """A floor of the goal (每天不少于2小时) the one indicator naming what it is of (每天课后服务时长) sets as a ceiling
    at the same figure (≤2小时): the direction turned round. Not a rate or an amount (a cost line is capped
    whatever the goal's floor), nor an indicator at another figure (单次服务时长 ≤3小时 may be another thing), nor one
    whose other words the floor's sentence does not say (每天户外活动时间 under 课后服务's 每天不少于2小时). Where the
    sentence gives the same thing several floors (实施前公示不少于7日，竣工后公示不少于15日), a row is held only to the one
    whose own clause its words fit best (项目实施前公示时间 ≤15日 is the 7日's, not the 15日's turned round), a row fitting
    none better than another (公示时间) to none (s28b)."""
    floors = list(_GOAL_FLOOR.finditer(goal))
    for match in floors:
        number, unit, what = Decimal(match.group("n")), match.group("unit"), match.group("what")
        if unit.startswith(("元", "万")):
            continue
        start = max((stop.end() for stop in _SENTENCE_BREAK.finditer(goal, 0, match.start())), default=0)
        stop = _SENTENCE_BREAK.search(goal, match.end())
        end = stop.start() if stop else len(goal)
        sentence = goal[start:end]
        alike = [other for other in floors if other.group("what") == what and start <= other.start() < end]
        reversed_ = [row for row in rows if id(row) not in told and row.parsed.op in ("≤", "<")
                     and row.parsed.number == number and row.parsed.unit is not None
                     and unit.startswith(row.parsed.unit) and row.level1 != "成本指标" and what in row.name
                     and _same_thing(row.name, what, sentence)
                     and (len(alike) < 2 or _own_floor(goal, row.name, what, alike, start) is match)]
        if len(reversed_) == 1:
            told.add(id(reversed_[0]))
            yield row_hit(reversed_[0], variant="floor_reversed", severity=LEVELS["floor_reversed"],
                          **_goal_said(goal, match.start("what"), match.end("n") + len(reversed_[0].parsed.unit)))


_CLAUSE_STOP = lazy_pattern(r"[，,、：:]")


def _own_floor(goal: str, name: str, what: str, alike: list[re.Match[str]], start: int) -> re.Match[str] | None:
    """Of a sentence's floors of the same thing (its ``alike``, in order; the sentence from ``start``), the one whose own
    clause the name's other words fit best (项目竣工后公示时间: 竣工后 of …，竣工后公示不少于15日), None on a tie
    (公示时间, 每天服务时长). A floor's own clause runs from the floor before it, the first's from the clause break before
    it, so a lead-in the floors share (开展课后服务，) fits none."""
    rest = _FLOOR_MEASURE.sub("", name.replace(what, ""))
    fits: list[tuple[int, re.Match[str]]] = []
    for index, floor in enumerate(alike):
        if index:
            begin = alike[index - 1].end()
        else:
            stops = [stop.end() for stop in _CLAUSE_STOP.finditer(goal, start, floor.start())]
            begin = stops[-1] if stops else start
        fits.append((longest_run(rest, goal[begin:floor.end()]) if rest else 0, floor))
    best = max(fit for fit, _floor in fits)
    owners = [floor for fit, floor in fits if fit == best]
    return owners[0] if best >= 2 and len(owners) == 1 else None


# a duration's units as the goal writes them (公示不少于30日; 日 and 天 one unit by _DAY); no other is converted
_DURATION_UNITS = frozenset(("天", "日", "小时", "分钟", "周", "个月", "月", "年"))


def _duration_floor_short(goal: str, rows: list[Row], told: set[int]) -> Iterator[Hit]:
    """A duration floor of the goal (规划成果批前公示不少于30日) that the one indicator naming what it is of
    (规划成果批前公示时间) sets lower as its own floor or target (≥15日; audit 40's b446): met as written, the
    indicator falls short of the goal. Only a duration in the goal's unit (日 and 天 one), the name holding the
    floor's two characters and no other words its sentence lacks (as ``_floor_reversed``), counted over the year
    (not 每月巡护天数 against the year's 300天); more than one indicator naming it, none is told. Where the
    sentence gives the same thing several floors (实施前公示不少于7日，竣工后公示不少于15日), each is held only by a row
    naming its own clause's words and no other floor's stage alone (实施前公示时间 ≥10日 is the 7日's, careful s28;
    道路硬化竣工后公示时间 the 15日's, though 道路硬化 opens the 7日's clause), a bare 公示时间 by none."""
    floors = list(_GOAL_FLOOR.finditer(goal))
    for match in floors:
        unit, what = match.group("unit"), match.group("what")
        unit = next((known for known in ("个月", "小时", "分钟") if unit.startswith(known)), unit[:1])
        if unit not in _DURATION_UNITS:
            continue
        number = Decimal(match.group("n"))
        start = max((stop.end() for stop in _SENTENCE_BREAK.finditer(goal, 0, match.start())), default=0)
        stop = _SENTENCE_BREAK.search(goal, match.end())
        end = stop.start() if stop else len(goal)
        sentence = goal[start:end]
        # the same thing's other floors in the sentence: this one's own words run from the one before it
        alike = [other for other in floors if other is not match and other.group("what") == what
                 and start <= other.start() < end]
        own = goal[max([start] + [other.end() for other in alike if other.end() <= match.start()]):match.end()] \
            if alike else sentence
        naming = [row for row in rows if row.parsed.kind == "duration" and row.parsed.number is not None
                  and _DAY.get(row.parsed.unit or "", row.parsed.unit) == _DAY.get(unit, unit)
                  and row.level1 != "成本指标" and what in row.name and _same_thing(row.name, what, own)
                  and not (alike and _anothers_floor(_FLOOR_MEASURE.sub("", row.name.replace(what, "")), goal,
                                                     match, alike))
                  and not _per_shorter_period(row.name)]
        if len(naming) == 1 and id(naming[0]) not in told and naming[0].parsed.op in ("≥", ">", "=", None) \
                and naming[0].parsed.number < number:
            told.add(id(naming[0]))
            said_end = match.end("n") + len(match.group("unit"))
            yield row_hit(naming[0], variant="differs", severity=LEVELS["differs"],
                          **_goal_said(goal, match.start("what"), said_end))


def _anothers_floor(rest: str, goal: str, match: re.Match[str], alike: list[re.Match[str]]) -> bool:
    """Whether a row's words past the floor's own two characters and its measure (``rest``) hold it to none of a
    sentence's several floors of one thing (bare: 公示时间), or to another of them than ``match``: they name another
    floor's stage, the words right before its two characters (竣工后), and not this one's (道路硬化竣工后公示时间 is
    the 15日's of 道路硬化项目实施前公示不少于7日，竣工后公示不少于15日, though 道路硬化 stands in the 7日's words)."""
    if len(rest) < 2:
        return True
    stage = goal[max(0, match.start() - 3):match.start()]
    return longest_run(rest, stage) < 2 and any(
        longest_run(rest, goal[max(0, other.start() - 3):other.start()]) >= 2 for other in alike)


def _reworded_with_less(figure: _GoalFigure, goal: str, said_at: tuple[int, int], context: str, rows: list[Row],
                        shared: int, told: set[int]) -> Iterator[Hit]:
    """A quantity of 数量指标 that names the goal's figure in other words and asks for less, beside the
    one giving it (改造雨污分流管网 ≥18公里 for the goal's 改造雨污分流管网18公里, and 雨污分流管网改造
    长度 ≥15公里): one count with two targets, the smaller against the goal."""
    quantities = [row for row in rows if row.level2 == "数量指标" and _same_measure(figure, row.parsed)]
    giving = [counted_words(row.name) for row in quantities
              if row.parsed.number == figure.number and longest_run(context, row.name) >= shared]
    for row in quantities:
        if giving and id(row) not in told and row.parsed.op in ("≥", ">", "=", None) \
                and row.parsed.number < figure.number and any(is_rewording(counted_words(row.name), words)
                                                              for words in giving):
            told.add(id(row))
            yield row_hit(row, variant="differs", **_goal_said(goal, *said_at), severity=LEVELS["differs"])


# the costs the 2021 framework asks of the works' harm: social and ecological
_HARM_COSTS = ("社会成本指标", "生态环境成本指标")
# the harm itself, which the goal's words must name too: sharing the work's words alone (草原改良1万亩 beside
# 草原改良施工新增水土流失面积 ＝0亩) is the work's size, no harm
_HARM = lazy_pattern(r"占用|占地|用地|断航|停航|停气|停水|停电|停运|封闭|封路|断交|中断|绕行|流失|扰动|砍伐|损毁|破坏|拆迁|征地|征收|噪声|扬尘")


def _costs_of_none(ctx: TableContext, goal: str, placed: list[tuple[re.Match[str], _GoalFigure, str]],
                   before: int, shared: int) -> Iterator[Hit]:
    """A social or ecological cost set at none (施工临时占用河滩地面积 ＝0亩, 施工临时断航累计时间 ＝0小时) that
    the goal says the works bring (施工临时占用河滩地15亩, 施工临时断航累计不超过72小时), the name sharing
    ``shared`` characters with the goal's words for it: the target denies what the goal plans."""
    nones = [row for row in ctx.rows if row.level2 in _HARM_COSTS and row.parsed.op == "=" and row.parsed.number == 0]
    if not nones:
        return
    stated = [((match.start(), match.start() + len(figure.text)), figure.unit, context)
              for match, figure, context in placed if figure.number > 0]
    for match in _TIME_LIMIT.finditer(goal):  # the times the goal caps (停气不超过24小时) are no counts
        unit = unit_at(match.group("unit"), ctx.lexicon, lambda info: info.kind == "duration")
        # its clause's words: a cap on each time (单次计划停气) is held against the cost of each time
        context = _CLAUSE_BREAK.split(goal[max(0, match.start() - before):match.start()])[-1]
        if unit is not None and Decimal(match.group("n")) > 0:
            figure_end = match.start("unit") + unit[0]
            stated.append(((match.start("figure"), figure_end), unit[1].unit, context))
    for row in nones:
        for said_at, unit, context in stated:
            if _measure_key(unit, None) == _measure_key(row.parsed.unit, None) \
                    and longest_run(context, row.name) >= shared and any(harm in context for harm in _HARM.findall(row.name)):
                yield row_hit(row, variant="cost_none", **_goal_said(goal, *said_at), severity=LEVELS["cost_none"])
                break


# a time promised as a ceiling in the goal: 主干道积水时间不超过30分钟, 办结时限压缩至5个工作日
_TIME_LIMIT = lazy_pattern(r"(?:不超过|不高于|不多于|控制在|缩短至|缩短到|压缩至|压缩到|少于|小于)"
                           r"(?P<figure>(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<unit>[\u4e00-\u9fff]{1,4}))")


def _time_limits(ctx: TableContext, goal: str, before: int, shared: int, told: set[int]) -> Iterator[Hit]:
    """The one ceiling on a time, in the goal's unit, whose name shares ``shared`` characters with the
    goal's words for its time ceiling and allows more (积水时间不超过30分钟 against 汛期主干道积水消退时间
    ≤60分钟): a looser ceiling asks less than the goal promises, as a smaller floor does."""
    for match in _TIME_LIMIT.finditer(goal):
        unit = unit_at(match.group("unit"), ctx.lexicon, lambda info: info.kind == "duration")
        context = _context(goal, match, before)
        # its own clause only: a ceiling is this year's unless the clause says otherwise (到2025年…不超过)
        if unit is None or context is None or _SPAN_WORDS.search(context):
            continue
        limit, info = Decimal(match.group("n")), unit[1]
        ceilings = [row for row in ctx.rows if row.parsed.kind == "duration" and row.parsed.unit == info.unit
                    and row.parsed.op in CEILING_OPS and longest_run(context, row.name) >= shared]
        if len(ceilings) == 1 and id(ceilings[0]) not in told and ceilings[0].parsed.number > limit:
            told.add(id(ceilings[0]))
            said = _goal_said(goal, match.start("figure"), match.start("unit") + unit[0])
            yield row_hit(ceilings[0], variant="differs", **said, severity=LEVELS["differs"])


# a time the goal sets as a limit: 24小时内, 受理后30分钟以内, 不超过4小时 (not a date's day, 12月31日, a
# service window, 7×24小时, nor a week counted, 第4周内)
_TIME_UNIT = r"分钟|个?小时|个?工作日|天|日|周|个月"
_TIME_FIGURE = lazy_pattern(rf"(?<![0-9.×*/月第])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<unit>{_TIME_UNIT})")
_WITHIN_AFTER = ("内", "以内", "之内")
# a limit listed before another (30分钟内响应、)
_TIME_ITEM = lazy_pattern(rf"[0-9]+(?:\.[0-9]+)?(?:{_TIME_UNIT})[以之]?内[\u4e00-\u9fff]{{0,4}}、")
_STRONG_BREAK = lazy_pattern(r"[，。；;,：:\n]")
_LIMIT_AHEAD = ("不超过", "不高于", "不多于", "控制在", "缩短至", "缩短到", "压缩至", "压缩到", "限时")
# each time class in minutes (a month as 30 days, a workday as a day: compared only where a whole number of
# times apart, so neither 天 against 个工作日 nor a month against weeks)
_CLASS_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "workday": 1440, "week": 10080, "month": 43200}


def _time_unit_slips(ctx: TableContext, goal: str, before: int, shared: int, told: set[int]) -> Iterator[Hit]:
    """A time limit of the goal (高危漏洞发现后24小时内通报) given by the indicator naming its words with the
    same figure in another time unit (高危漏洞通报时限 发现后24天内), as ``unit_slip``. Not a figure the goal
    also gives in the indicator's unit (受理后1小时内响应、1天内办结: 办结时限 ≤1天 is that one)."""
    if not any(row.parsed.kind == "duration" for row in ctx.rows) \
            or ("内" not in goal and not any(word in goal for word in _LIMIT_AHEAD)):
        return  # only a time indicator can slip, and a limit needs 内 or a word ahead: the goal's scan is the cost
    limits = []
    for match in _TIME_FIGURE.finditer(goal):
        if not (goal.startswith(_WITHIN_AFTER, match.end()) or goal[:match.start()].endswith(_LIMIT_AHEAD)):
            continue
        info = ctx.lexicon.unit_info(match.group("unit"))
        if info is not None and info.time in _CLASS_MINUTES:
            limits.append((match, Decimal(match.group("n")), info.time))
    given = {(number, time) for _match, number, time in limits}
    said_limits = []
    for match, number, time in limits:
        context = _context(goal, match, before)
        if context is None:
            continue
        # a limit listed after another keeps the words both are of (一般故障30分钟内响应、4小时内修复: 一般故障), not
        # the other's deed (响应)
        start = max((found.end() for found in _STRONG_BREAK.finditer(goal, 0, match.start())), default=0)
        said_limits.append((match, number, time,
                            f"{_TIME_ITEM.sub('', goal[start:match.start()])[-before:]}|{context.split('|', 1)[1]}"))
    for match, number, time, context in said_limits:
        for row in ctx.rows:
            parsed = row.parsed
            info = ctx.lexicon.unit_info(parsed.unit) if parsed.kind == "duration" and parsed.unit else None
            if info is None or info.time not in _CLASS_MINUTES or parsed.number != number or id(row) in told \
                    or (number, info.time) in given or longest_run(context, row.name) < shared:
                continue
            # a row is held to the limit whose words and deed its name fits best (受理后24小时内处置、30日内办结:
            # 办结时限 ≤24日 is the 30日's, not the 24小时's)
            if any(_limit_fit(other, row.name) > _limit_fit(context, row.name) for *_, other in said_limits):
                continue
            sizes = sorted((_CLASS_MINUTES[time], _CLASS_MINUTES[info.time]))
            if sizes[1] % sizes[0] or sizes[0] == sizes[1]:
                continue
            told.add(id(row))
            said = _goal_said(goal, match.start(), match.end())
            yield row_hit(row, variant="unit_slip", **said, times=str(sizes[1] // sizes[0]))


def _limit_fit(context: str, name: str) -> int:
    """How well ``name`` fits a time limit's context: the characters it shares in a row with the words before the
    figure and, apart, with the deed after it."""
    ahead, after = context.split("|", 1)
    return longest_run(ahead, name) + longest_run(after, name)


def _measure_key(unit: str | None, number: Decimal | None) -> tuple[str | None, Decimal | None]:
    """A count as compared: 名 and 位 count people as 人 does."""
    return _PEOPLE.get(unit or "", unit), number


# a span of years written out: 2025—2027年, 2023年至2025年
_YEARS_SPAN = r"(?P<first>20[0-9]{2})\s*年?\s*[—–\-~～至到]+\s*(?P<last>20[0-9]{2})"
# a sentence about the whole project or several years (建设期2023—2025年, 总投资, 累计, 三年内, 到2025年):
# its figures are not this year's target (培训期间 is no span of years)
_SPAN_WORDS = lazy_pattern(r"建设期|总投资|累计|规划期|[两三四五六七八九十2-9]年(?:内|间|来|共)|到20[0-9]{2}年|至20[0-9]{2}年"
                           r"|" + _YEARS_SPAN)
_YEAR = lazy_pattern(r"(20[0-9]{2})年")


def _sentence(goal: str, match: re.Match[str]) -> tuple[int, str]:
    """The sentence of the goal a figure stands in, and where it starts."""
    start = max((found.end() for found in _SENTENCE_BREAK.finditer(goal, 0, match.start())), default=0)
    end = next((found.start() for found in _SENTENCE_BREAK.finditer(goal, match.end())), len(goal))
    return start, goal[start:end]


def _beyond_the_year(goal: str, match: re.Match[str], budget_year: int | None) -> bool:
    """Whether the figure's sentence speaks of the whole project or of other years than the budget year."""
    start, sentence = _sentence(goal, match)
    if _SPAN_WORDS.search(sentence):
        return True
    if budget_year is None:
        return False
    # a later year is a target of its own (2025年全县森林覆盖率达到62%); an earlier one is a baseline
    # (较2023年增加) and a deadline after the year (2025年3月底前完成结业考核) is the work's, not the figure's
    years = _YEAR.findall(sentence[:match.start() - start])
    if any(int(year) > budget_year for year in years):
        return True
    # an earlier year's figure the budget year's raises right after it is a baseline too (普及率2025年达到76%，
    # 2026年提高到90%); one the year only holds (2024年满意度为98%，2025年继续保持在95%以上) stays a level reached
    after = sentence[match.end() - start:]
    year_next = f"{budget_year}年"
    return bool(years) and int(years[-1]) < budget_year and after[:1] in ("，", ",") \
        and after[1:].startswith(year_next) and _RAISED_TO.match(after, 1 + len(year_next)) is not None


# words for several years ahead of a figure: a span (2025—2027年), or years added up (三年累计, 三年共),
# not the years gone by (近三年累计, 过去三年累计: a record, no target); not 2年内, 3年内 (离校2年内,
# 寄存3年内: a time of the people or the service); nor a year's last digit (2026年共开展义诊60场: the year's own
# total, read as 6年共 before the second opinion of s23, tests/test_second_opinion_s23a.py)
_SEVERAL_YEARS = lazy_pattern(_YEARS_SPAN + r"|(?<![近去前0-9])[两三四五六七八九十2-9]年(?:累计|共|合计|总)")
# …then the year's own part named before the figure (2024年补贴…, 本年度完成12个, 每年培训3000人, 首年, a clause
# opening 年收运…300吨): the figure is the year's
_THE_YEARS_PART = lazy_pattern(r"20[0-9]{2}\s*年|本年|年度|当年|今年|全年|每年|年均|首年|第一年"
                               r"|(?<=[，,；;：:])年(?=[\u4e00-\u9fff])")
# a span that names a plan (《…2023—2025年…行动方案》, 2023—2025年污水治理规划): the background the year's
# work serves, not the span its figures are for
_PLAN_NAMED = lazy_pattern(r"[^，,；;。]{0,12}?(?:规划|计划|方案|纲要)|[^《》]*》")
# …or the span written after the plan's name (建设规划（2021—2025年）, “十四五”规划2021—2025年)
_PLAN_BEFORE = lazy_pattern(r"(?:规划|计划|方案|纲要)[》”\"]?[（(]?$")
# a figure of upkeep or a service held through the span (对农村公路860公里开展日常养护, 为1.2万名老人购买
# 保险, 聘用护林员320名, 接入监控点位500个, 资助学生2600人): what there is each year, not the years' sum
_HELD_EACH_YEAR = lazy_pattern(r"管护|养护|管养|保洁|清扫|运维|维护|巡护|保险|参保|聘用|聘请|在岗|接入|托管|供养"
                               r"|补助|补贴|津贴|资助")
# a clause saying only whom the one before it reaches (惠及老年人1.5万人, 受益群众3万人)
_REACHED = lazy_pattern(r"惠及|受益|覆盖")
# an indicator that says it counts over the years, or the whole (累计改造长度, 项目总里程)
_PERIOD_NAMED = "实施期"  # 危旧桥梁改造（实施期目标）: the name says it counts the period
_CUMULATIVE = lazy_pattern(r"累计|总|全部|[两三四五2-5]年")
# a record kept of the whole, not the year's share of building it (高标准农田上图入库面积 of a project building the
# fields over three years: the whole area may be mapped in the year), when the goal does not say it (precision s24)
_RECORDED = lazy_pattern(r"上图|确权|建档|备案")


def _span_as_year(goal: str, placed: list[tuple[re.Match[str], _GoalFigure, str]], rows: list[Row],
                  budget_year: int, shared: int, told: set[int]) -> Iterator[Hit]:
    """An indicator giving exactly a figure the goal states for several years (2025—2027年…改造雨污管网
    25公里; 雨污管网改造长度 ≥25公里 in the 2025 table): the whole span's figure set as one year's target.
    Not for an indicator saying it counts the whole (累计, 总), nor one giving the year's own figure,
    the same as the span's (近三年累计培训3000人，2023年计划培训3000人)."""
    spans = [(match, figure, context, _governing_span(goal, match, len(figure.text), context, budget_year))
             for match, figure, context in placed]
    the_years = {_measure_key(figure.unit, figure.number) for _match, figure, _context, span in spans if span is None}
    for match, figure, context, span in spans:
        if span is None or _measure_key(figure.unit, figure.number) in the_years:
            continue
        for row in rows:
            if id(row) in told or not _same_measure(figure, row.parsed) or row.parsed.number != figure.number \
                    or row.parsed.op in CEILING_OPS or _CUMULATIVE.search(row.name) \
                    or longest_run(context, row.name) < shared:
                continue
            told.add(id(row))
            yield row_hit(row, variant="span_as_year", span=span.group(),
                          **_goal_said(goal, match.start(), match.start() + len(figure.text)),
                          severity=LEVELS["span_as_year"])


# the most characters read either side of a figure for the words it counts (…危旧桥梁16座共840延米)
_SHARE_AHEAD = 20
_SHARE_AFTER = 14


def _words_around(goal: str, match: re.Match[str], length: int) -> str:
    """A figure's clause, the words before it and after it, kept apart by "|" (五类危旧桥梁|共840延米,
    改善沿线12个乡镇、|建制村群众出行条件: a list's 、 ends a clause here)."""
    start, end = match.start(), match.start() + length
    ahead = _SHARE_BREAK.split(goal[max(0, start - _SHARE_AHEAD):start])[-1]
    after = _SHARE_BREAK.split(goal[end:end + _SHARE_AFTER])[0]
    return f"{ahead}|{after}"


_SHARE_BREAK = lazy_pattern(r"[，。；、;：:\n,]")


def _period_as_year(ctx: TableContext, goal: str, figures: list[tuple[re.Match[str], _GoalFigure]], rows: list[Row],
                    years: set[int], shared: int, told: set[int]) -> Iterator[Hit]:
    """In a project of several years (``years``), a quantity set at the whole period's figure while the goal
    gives the year a smaller share of the same thing: the goal's figure after its span (分两年改造…危旧桥梁16座,
    完成危旧桥梁改造 ＝16座 beside 2026年…改造其中8座), or the year's share times the years (当年完成抚育管护3000亩
    in a three-year project, 幼林抚育管护面积 ≥9000亩): ``period_as_year``. And the reverse, ``plan_as_year``:
    the goal's figure for the year the quantity times the years, a plan named before it (按三年行动计划，2026年
    完成人工造林1800公顷; 人工造林面积 ≥600公顷). Not a ceiling, a name counting the whole (累计, 总, 三年) or a
    shorter period (每季度), a record of the whole the goal does not speak of (上图入库), nor an indicator giving
    another of the goal's figures exactly."""
    scopes = Scopes(goal, ctx.budget_year)  # type: ignore[arg-type]
    read = [(match, figure, _words_around(goal, match, len(figure.text)), scopes.at(match.start()))
            for match, figure in figures]
    year_figures = [(match, figure, words) for match, figure, words, scope in read if scope == "year"]
    if not year_figures:
        return
    period = period_words(ctx)
    # where the goal first names a plan (read once, not per indicator), and whether any indicator gives a figure
    plan = PLAN_WORDS.search(goal)
    records_unsaid = _RECORDED.search(goal) is None
    given_by: dict[int, bool] = {}
    for row in rows:
        number = row.parsed.number
        # (a benefit too, when the goal names both the whole and the year's share: 新增海绵城市达标面积)
        quantity = row.level2 == "数量指标"
        if not (quantity or row.level1 == "效益指标") or id(row) in told or row.parsed.op in CEILING_OPS \
                or _CUMULATIVE.search(row.name) or _per_shorter_period(row.name) or _PERIOD_NAMED in row.name \
                or (records_unsaid and _RECORDED.search(row.name)):
            continue  # (a name saying it is the period's target is left to span_as_year, as before s23)
        same = [(match, figure, words, scope) for match, figure, words, scope in read
                if _same_measure(figure, row.parsed)]
        given = any(figure.number == number for _match, figure, _words, _scope in same)
        if any(scope == "year" and figure.number == number for _match, figure, _words, scope in same):
            continue  # the goal gives the year as much (2024—2025年…服务站12个，其中2024年…服务站12个)
        # the year's share of the same thing: the goal's year figure below it sharing its words
        # (a share said 其中 names the whole's thing: 分两年新建…污水处理站24座，2026年建设其中12座)
        shares = [(2 if "其中|" in words else longest_run(words, row.name), match, figure)
                  for match, figure, words, scope in same if scope == "year" and figure.number < number]
        best = max(shares, key=lambda share: share[0], default=None)
        if best is not None and best[0] >= 2:
            whole = any(scope == "period" and figure.number == number and longest_run(words, row.name) >= shared
                        for _match, figure, words, scope in same)
            multiple = quantity and not given and best[0] >= shared and any(best[2].number * count == number for count in years)
            if whole or multiple:
                told.add(id(row))
                match, figure = best[1], best[2]
                yield row_hit(row, variant="period_as_year", period=period,
                              **_goal_said(goal, match.start(), match.start() + len(figure.text)))
                continue
        if given or not quantity or plan is None:
            continue
        # the goal's year figure the quantity times the years, a plan named before it, given by no indicator
        for match, figure, words, scope in same:
            if scope == "year" and plan.end() <= match.start() \
                    and any(number * count == figure.number for count in years) \
                    and longest_run(words, row.name) >= shared \
                    and not _given_by(figure, rows, given_by):
                told.add(id(row))
                yield row_hit(row, variant="plan_as_year", period=period,
                              **_goal_said(goal, match.start(), match.start() + len(figure.text)))
                break


def _given_by(figure: _GoalFigure, rows: list[Row], seen: dict[int, bool]) -> bool:
    """Whether some indicator gives the goal's figure exactly, found once per figure (``seen``), not once per
    indicator asking."""
    key = id(figure)
    if key not in seen:
        seen[key] = any(_same_measure(figure, other.parsed) and other.parsed.number == figure.number for other in rows)
    return seen[key]


def _governing_span(goal: str, match: re.Match[str], length: int, context: str,
                    budget_year: int) -> re.Match[str] | None:
    """The span of years (2025—2027年, 三年累计) a goal figure is stated for: ahead of it in its sentence,
    with no year's part named between (2024—2026年…政策，2024年补贴…: the year's), not a plan's name
    nor a plan's years (建设规划（2021—2025年）), not ending in the budget year (its last year may rightly
    give the total); None otherwise, for the size of a whole (总建筑面积24000平方米, which a stage of the
    year's work may cover), and for upkeep, a service or an allowance held through the span, its clause says
    (养护, 保险, 津贴), or the clause before one saying only whom it reaches (发放高龄津贴，惠及老年人1.5万人)."""
    start, sentence = _sentence(goal, match)
    ahead = sentence[:match.start() - start]
    span = _SEVERAL_YEARS.search(ahead)
    clauses = _CLAUSE_BREAK.split(ahead)
    clause = clauses[-1] + _CLAUSE_BREAK.split(goal[match.start() + length:], 1)[0]  # (the match may run on into words)
    if _REACHED.match(clauses[-1]) and len(clauses) > 1:
        clause = clauses[-2] + clause  # …发放高龄津贴，惠及老年人1.5万人: whom the clause before reaches
    if span is None or _THE_YEARS_PART.search(ahead, span.end()) or _PLAN_NAMED.match(ahead, span.end()) \
            or _PLAN_BEFORE.search(ahead, 0, span.start()) or "总" in _words_ahead(context) \
            or _HELD_EACH_YEAR.search(clause):
        return None
    if span.group("first") and not int(span.group("first")) <= budget_year < int(span.group("last")):
        return None
    return span


# an amount of money in the goal: its match, its text (300万元) and its 元
_GoalAmount = tuple[re.Match[str], str, Decimal]


def _goal_amounts(ctx: TableContext, goal: str, found: list[re.Match[str]]) -> list[_GoalAmount]:
    """The goal's amounts of money for the budget year: none of a sentence about the whole project or
    other years (到2026年累计…15亿元)."""
    amounts: list[_GoalAmount] = []
    for match in found:
        amount = _amount(match.group(), ctx)
        if amount is not None and not _beyond_the_year(goal, match, ctx.budget_year):
            amounts.append((match, amount[0], amount[1]))
    return amounts


def _amounts(ctx: TableContext, goal: str, goal_amounts: list[_GoalAmount], shared: int,
             before: int, differs_shared: int | None = None) -> Iterator[Hit]:
    """Amounts of the goal ten, a hundred … times an indicator's that is no cost line, nor an amount
    per head (户均增收 ≥1000元 against 带动农户增收1000万元), for this year (not 到2026年累计…15亿元).
    With ``differs_shared``: also the one such indicator whose name shares that many characters with
    the goal's words for an amount and asks for less (带动家电消费5亿元以上, 带动家电销售额 ≥3.5亿元)."""
    rows = [row for row in ctx.rows if row.parsed.kind == "money" and row.parsed.yuan and not is_cost(row)
            and not PER_UNIT.search(row.name)]
    if not rows:
        return
    amounts = []
    for match, text, yuan in goal_amounts:
        context = _context(goal, match, before, len(text))
        if context is not None:
            amounts.append(((match.start(), match.start() + len(text)), yuan, context))
    given = {amount for _said_at, amount, _context in amounts}  # an indicator giving one of them exactly is no slip
    told: set[int] = set()
    for said_at, amount, context in amounts:
        for row in rows:
            if id(row) in told or row.parsed.yuan in given:
                continue
            ratio = _ratio(amount, row.parsed.yuan)  # type: ignore[arg-type]
            if ratio is not None and longest_run(context, row.name) >= shared:
                told.add(id(row))
                yield row_hit(row, **_goal_said(goal, *said_at), times=ratio)
    if differs_shared is None:
        return
    for said_at, amount, context in amounts:
        near = [row for row in rows if longest_run(context, row.name) >= differs_shared]
        if amount in {row.parsed.yuan for row in near}:
            continue  # the goal's amount is given by the indicator
        if len(near) == 1 and id(near[0]) not in told and near[0].parsed.op in ("≥", ">", "=", None) \
                and near[0].parsed.yuan < amount:  # type: ignore[operator]
            told.add(id(near[0]))
            yield row_hit(near[0], variant="differs", **_goal_said(goal, *said_at), severity=LEVELS["differs"])


# the money put into the project, named just before its amount (投入资金80万元, 争取中央资金500万元,
# 使用省级补助30万元); not a total, what was spent before, or others' money (总投资, 累计, 带动社会投资)
_FUNDS_PUT_IN = lazy_pattern(r"(?:投入|安排|使用|争取|落实|统筹)(?P<what>[\u4e00-\u9fff]{0,10}?)(?:资金|补助|经费)$")
_NOT_THE_YEARS_FUNDS = lazy_pattern(r"总|累计|以前|上年|结转|社会|贷款|债|融资|投资|撬动|带动|吸引|整合")
# a rate, not an amount put in (补助资金1200元/人·月, 补贴资金105元/亩)
_PER_AFTER = ("/", "每")
# a level of government, not a word that begins with its character (市政, 市场, 县域, 县乡, 省道, 市县: none or two)
_LEVEL = lazy_pattern(r"^(?P<level>中央|省|市|州|县)(?![政场容貌民域乡城镇区道内外县市])")
# a level's money named right before its amount, with no verb in reach (使用中央资金240万元、省级资金100万元)
_LEVEL_LISTED = lazy_pattern(r"^(?P<what>(?:中央|省|市|州|县)[\u4e00-\u9fff]{0,10}?)(?:资金|补助|经费)$")
# two levels' money in one amount (中央和省级补助资金520万元): either may be the one the sources give
_LEVELS_TOGETHER = lazy_pattern(r"^(?:中央|省|市|州|县)级?(?:和|及|与)(?P<other>省|市|州|县)")
_LEVELS_EN = {"中": "central funds", "省": "provincial funds", "市": "city funds", "州": "prefecture funds",
              "县": "county funds"}


def _funds_named(ctx: TableContext, goal: str, goal_amounts: list[_GoalAmount],
                 before: int) -> Iterator[Hit]:
    """The money the goal says is put in, against the table's: the level's own where it names one
    (争取中央资金500万元 against 中央 200万元), else the total, the fiscal or other funds or a cost line."""
    funds = ctx.table.funds
    amounts: list[Decimal] = []
    put_in: list[tuple[re.Match[str], str, Decimal, re.Match[str]]] = []  # the amounts said put in, each with its words
    for match, text, yuan in goal_amounts:
        if goal.startswith(_PER_AFTER, match.start() + len(text)):
            continue
        amounts.append(yuan)
        context = _context(goal, match, before, len(text))
        named = _FUNDS_PUT_IN.search(_words_ahead(context)) if context is not None else None
        if named is not None:
            put_in.append((match, text, yuan, named))
        # a level's money the sources, listed in full, give nothing (中央…补助资金50万元 against 省级 50 and 县级 70),
        # put in or named right before its amount (、省级资金100万元): told even where the amounts add up to the total
        level_named = named or (_LEVEL_LISTED.match(_words_ahead(context)) if context is not None else None)
        level = _LEVEL.match(level_named.group("what")) if level_named is not None else None
        together = _LEVELS_TOGETHER.match(level_named.group("what")) if level is not None else None
        region = ctx.table.project.region or ""
        if level is not None and not _NOT_THE_YEARS_FUNDS.search(level_named.string) \
                and _level_given_none(funds, level.group("level"), region) \
                and (together is None or _level_given_none(funds, together.group("other"), region)):
            # (both levels named, as the funds below are, when the amount is two levels' and neither is given)
            levels = (level.group("level"),) + ((together.group("other"),) if together is not None else ())
            words = [each + ("" if each == "中央" else "级") for each in levels]
            said = _goal_said(goal, match.start(), match.start() + len(text))
            yield Hit("/goal", {**said, "fund_name": "和".join(words) + "资金", "fund": yuan_text(Decimal(0)),
                                "fund_name_en": " and ".join(_LEVELS_EN[word[0]] for word in words)},
                      value=text, find=text, variant="funds")
    # the funds given in parts (培训补贴资金48万元、工作经费12万元; 结转资金20万元及本年安排资金40万元)
    if len(amounts) > 1 and funds.in_yuan(funds.total) == sum(amounts):
        return
    for match, text, yuan, named in put_in:
        if _NOT_THE_YEARS_FUNDS.search(named.string):
            continue
        level = _LEVEL.match(named.group("what"))
        if level is not None:
            # two levels' money in one amount (中央和省级补助资金520万元) is held to the two levels' together
            together = _LEVELS_TOGETHER.match(named.group("what"))
            levels = (level.group("level"),) + ((together.group("other"),) if together is not None else ())
            by_level = [[(name, value) for name, value in funds.fiscal_sources.items()
                         if value is not None and name.startswith(each)] for each in levels]
            if any(len(sources) != 1 for sources in by_level):
                continue  # the table does not give that level alone (or none, told above): nothing to hold the goal to
            fund_name = "和".join(sources[0][0] for sources in by_level) + "资金"
            fund = funds.in_yuan(sum((sources[0][1] for sources in by_level), Decimal(0)))  # type: ignore[misc]
            given = {fund}
            fund_name_en = " and ".join(_LEVELS_EN[sources[0][0][0]] for sources in by_level)
        else:
            fund_name, fund, fund_name_en = "年度资金总额", funds.in_yuan(funds.total), "total funds"
            given = {funds.in_yuan(value) for value in (funds.total, funds.fiscal, funds.other,
                                                        *funds.fiscal_sources.values())}
            given |= {row.parsed.yuan for row in ctx.rows if is_cost(row) and row.parsed.kind == "money"}
        if fund is None or yuan in given:
            continue
        said = _goal_said(goal, match.start(), match.start() + len(text))
        yield Hit("/goal", {**said, "fund_name": fund_name, "fund_name_en": fund_name_en,
                            "fund": yuan_text(fund)}, value=text, find=text, variant="funds")


def _level_given_none(funds: Any, level: str, region: str) -> bool:
    """Whether the fiscal sources, each named by its level and adding up to the fiscal funds, give ``level``
    nothing: a source named otherwise (上级补助, 一般债券) may hold it, and a 县级市's own money (都匀市) is
    市级 in its words and 县级 in the form's."""
    sources = {name: value for name, value in funds.fiscal_sources.items() if value is not None}
    levels = {level, "县", "市"} if level in "县市" and region.endswith("市") else {level}
    return (bool(sources) and funds.fiscal is not None and sum(sources.values()) == funds.fiscal
            and all(_LEVEL.match(name) for name in sources)
            and not any(name.startswith(tuple(levels)) for name in sources))


# a rate the goal promises past all of it (接种率达到102%): not one that may pass 100% (增长率, 毛入学率,
# 保值增值率, 病床使用率 …; VAL004's exempt names) nor a change (提高到, 较上年)
_RATE_MAY_PASS = lazy_pattern(r"增长|增幅|增速|增加|提高|提升|同比|环比|较上年|毛入学|毛入园|使用率|债务率|负债率|偿债率|增值率|自给率|"
                              r"周转率|回报率|杠杆|撬动|带动|"
                              # a stock's turnover and a ratio of two amounts (出栏率, 文献流通率, 流动比率)
                              r"出栏|流通率|比率")
_HUNDRED = Decimal(100)


def _rates_over_all(goal: str, percents: list[re.Match[str]], before: int) -> Iterator[Hit]:
    """A rate of the goal written past 100% (样本户调查完成率达到105%): no share is more than the whole."""
    for match in percents:
        if Decimal(match.group(1)) <= _HUNDRED:
            continue
        context = _context(goal, match, before)
        ahead = _words_ahead(context) if context is not None else ""
        if "率" in ahead and not _RATE_MAY_PASS.search(ahead):
            yield Hit("/goal", _goal_said(goal, match.start(), match.end()), value=match.group(), find=match.group(),
                      variant="rate_over_all")


# a standard per head the goal sets (按每生每天5元标准, 补助标准为每人每年6000元, 每站每年5万元): whom it is paid
# for, the period it covers and its amount; not each year's or month's sum (每年投入5万元), nor one each period
# of another kind (每人每周200元: no 每 in the words, or it would read as of no period)
_STANDARD = lazy_pattern(r"每(?P<head>(?![年月季天日周次])(?:(?!每)[\u4e00-\u9fff]){1,2}?)(?:每(?P<period>年|月|季度|季|天|日|学期))?"
                         r"(?P<words>(?:(?!每)[\u4e00-\u9fff]){0,6}?)(?P<amount>[0-9][0-9,]*(?:\.[0-9]+)?万?元)")
# a cap or a floor, not the standard itself (每户最高补助2万元, 每人每年不低于6000元)
_BOUND = lazy_pattern(r"最高|最多|最低|上限|不超过|不高于|不低于|不少于|以内|以下|以上|封顶")
# a standard's words saying it is a floor (每人每月不低于1400元)
_FLOOR_WORDS = lazy_pattern(r"不低于|不少于|最低")
# words of a name saying a standard per head, set aside when it is tied to the goal's words (生均每天, 人均, 每站, 标准)
_PER_HEAD_WORDS = lazy_pattern(r"[\u4e00-\u9fff]均|每[\u4e00-\u9fff]|标准|单价|定额")
# words naming any payment: a name sharing only these with a standard's clause may name another payment
_PAYMENT_WORDS = lazy_pattern(r"补贴|补助|津贴|奖补|资金|经费")
# a payment a clause names (岗位补贴, 膳食补助), but not the verb paying it (发放补助, 给予补贴)
_PAYMENT_NAME = lazy_pattern(r"[\u4e00-\u9fff]{2}(?=补贴|补助|津贴)")
# a payment a clause pays out, the words between the verb and the payment word (发放护理补贴, 发放寄宿生生活费补助)
_PAID_OUT = lazy_pattern(r"(?:发放|给予|拨付|兑付|发给)(?P<what>[\u4e00-\u9fff]{2,6}?)(?:补贴|补助|津贴)")
_PAYING = frozenset({"发放", "给予", "提供", "拨付", "兑付", "享受", "领取", "发给", "予以", "落实", "安排", "用于"})
_DAY = {"日": "天"}
_BENEFIT = "效益指标"
# another amount listed after a standard (每生每年1000元、1250元; 每人每月100元至300元): several standards
_ANOTHER_AMOUNT = lazy_pattern(r"[、和及与至到~～-][0-9][0-9,]*(?:\.[0-9]+)?万?元")
# another kind's amount after a standard naming its kind after the period (每生每年小学1000元、初中1250元)
_ANOTHER_KINDS_AMOUNT = lazy_pattern(r"、[\u4e00-\u9fff]{1,4}?[0-9][0-9,]*(?:\.[0-9]+)?万?元")
# the months a goal counts or pays a year as (每年按10个月计, 每学年按10个月发放): a year's standard is that many
# times a month's
_YEAR_AS_MONTHS = lazy_pattern(r"(?:[每全一]学?年|年度)按([0-9]{1,2})个月(?:计|算|发)")
# the period a name says when its unit does not (初中寄宿生每学期生活补助 ＝625元/人, 每周开展巡查)
_NAMED_PERIOD = lazy_pattern(r"每(半年|年|月|季度|季|周|天|日|学期)")
# a term named without 每 (其中：春季学期（每生1000元）, 秋季学期补助资金); not 上学期间, the days at school
_TERM_NAMED = lazy_pattern(r"[春秋]季学期|[上下]学期(?!间)")
# goal periods whose pay an amount per head may hold several of (每户每月100元, 补贴5个月: 500元/户)
_SHORT_PERIODS = frozenset({"月", "季", "季度", "天", "学期"})
# where the words naming a standard's head start (a clause, or a bracket: 高龄津贴（80-89周岁每人每月50元）), and the
# year and 按 opening them
_KIND_BREAK = lazy_pattern(r"[，。；、;：:\n（(]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),")
_YEAR_AND_BY = lazy_pattern(r"^(?:20[0-9]{2}年(?:度)?)?(?:按照|按)?")


def _standards(ctx: TableContext, goal: str, capped: set[int]) -> Iterator[Hit]:
    """An indicator giving the goal's standard per head at another amount (目标按每生每天5元, 生均每天膳食补助标准
    ＝6元/人·天): only the one standard of the goal for that head, and an indicator named for it (每生, 生均, or
    元/人 in its unit) that pays what the standard's clause pays, its per-head words set aside; not one a cap of
    the goal bounds (``capped``: _priced_caps)."""
    standards = []
    floors = []  # (a floor, 每人每月不低于1400元, held only against a floor: 不低于1300元/人·月)
    for match in _STANDARD.finditer(goal):
        after = goal[match.end():match.end() + 3]
        amount = _amount(match.group("amount"), ctx)
        words = match.group("words")
        floor = _FLOOR_WORDS.fullmatch(words) is not None or _floor_before(goal, match)
        if amount is None or (_BOUND.search(words) and not floor) or _BOUND.match(after) \
                or _ANOTHER_AMOUNT.match(goal, match.end()) \
                or (words and _ANOTHER_KINDS_AMOUNT.match(goal, match.end())):
            continue
        (floors if floor else standards).append(
            (match, amount[1], _DAY.get(match.group("period"), match.group("period"))))
    months_said = _YEAR_AS_MONTHS.search(goal)
    months = int(months_said.group(1)) if months_said else None
    for row in ctx.rows:
        if id(row) in capped:
            continue
        parsed = row.parsed
        floor_row = parsed.op in ("≥", ">")
        if parsed.kind not in ("money", "per_unit") or parsed.yuan is None or (parsed.op not in ("=", None)
                                                                                and not floor_row) \
                or row.level1 == _BENEFIT or (floor_row and not floors):
            continue  # (a benefit per head or mu, 亩均节本增效 ＝300元/亩, is what is gained, no standard)
        head, _dot, period = (parsed.per or "").partition("·")
        if period == "次" and head + "次" in HEADS:
            head, period = head + "次", ""  # 元/人·次 is per person-time (每人次200元), no period
        named_period = None if period else _NAMED_PERIOD.search(row.name)
        period = named_period.group(1) if named_period else period
        if not period and _TERM_NAMED.search(row.name):
            period = "学期"  # 其中：春季学期（每生1000元）: one term's pay, not compared with a year's standard
        what_is_paid = _PER_HEAD_WORDS.sub("", row.name)
        for_the_row = [(match, yuan, goal_period) for match, yuan, goal_period in (floors if floor_row else standards)
                if _names_the_head(row.name, head, match.group("head"))
                and _pays_what_the_clause_does(what_is_paid, _standards_clause(goal, match), match.group())]
        # a standard for each kind of head, each named in a word or two (小学每生每年1000元、初中每生每年1250元): the
        # row's kind; not when one says other work first (为全县3200名困难残疾人按每人每月90元)
        kinds = [(_kind_ahead(goal, item[0]), item) for item in for_the_row]
        if len(for_the_row) > 1 and all(len(kind) <= 8 for kind, _item in kinds):
            best = unique_best([(longest_run(what_is_paid, kind), item) for kind, item in kinds], 2)
            for_the_row = [best] if best is not None else []
        elif len(for_the_row) > 1:
            # standards for kinds named at length (…家庭3500人按每人每年1000元发放奖励扶助金；…按每人每月730元发放特别扶助金):
            # the one whose clause holds every word of the row's payment (奖励扶助 of 奖励扶助标准; not 特别扶助（伤残）,
            # whose 伤残 is another clause's), or whose kind the row names whole (社会散居孤儿和事实无人抚养儿童保障标准)
            # (none when the row gives one of the head's: 每生每天合计6元 beside 每生每天5元)
            own = set(_HANZI.findall(what_is_paid))
            holding = [item for item in for_the_row if len(own) >= 3 and own <= set(_standards_clause(goal, item[0]))
                       or len(kind := _kind_ahead(goal, item[0])) >= 4 and kind in row.name]
            given = any(_written_as(amounts, _written(row)) for match, yuan, goal_period in standards + floors
                        if _names_the_head(row.name, head, match.group("head"))
                        and (amounts := _same_standard(yuan, goal_period, _DAY.get(period, period) or None, months)))
            for_the_row = holding if len(holding) == 1 and not given else []
        if len(for_the_row) != 1:
            continue  # none, or several standards for the head (小学每生每年1000元、初中每生每年1250元)
        match, yuan, goal_period = for_the_row[0]
        kind = _kind_ahead(goal, match)
        if floor_row and longest_run(row.name, kind) < min(len(kind), 4):
            continue  # a floor for the kind the goal names (集中供养孤儿), not another kind's (社会散居孤儿保障标准)
        amounts = _same_standard(yuan, goal_period, _DAY.get(period, period) or None, months)
        written = _written(row)
        several = not period and goal_period in _SHORT_PERIODS and yuan > 0 and written % yuan == 0
        if floor_row:  # a floor below the goal's floor (不低于1300元 against 不低于1400元), in periods both said
            if amounts is None or len(amounts) != 1 or written >= min(amounts):
                continue
        elif amounts is None or _written_as(amounts, written) or several:  # (several: 5个月 of 每月100元)
            continue
        if _names_another_standard(ctx, row, match):
            continue
        yield row_hit(row, variant="standard", severity=LEVELS["standard"], **_goal_said(goal, match.start(), match.end()))
    if any(goal_period == "年" for _match, _yuan, goal_period in standards):
        yield from _term_as_year(ctx, goal, [(match, yuan) for match, yuan, goal_period in standards
                                            if goal_period == "年"])


def _names_another_standard(ctx: TableContext, row: Row, match: re.Match[str]) -> bool:
    """Whether the row's name plainly names another of the goal's standards than ``match``, whatever its head (低保家庭
    取暖补贴标准 ＝600元/人·年 names 按每户每年600元…低保家庭, not the 每人每年800元 its unit's head pairs it with): a
    wrong unit is VAL046's finding, not another standard's amount."""
    named = named_standard_in(ctx, row.name)
    return named is not None and not (named.start < match.end() and match.start() < named.end)


# a name that is only a standard, no payment of its own named
_BARE_STANDARD = lazy_pattern(r"(?:资助|补助|补贴|奖补)?标准")
# a standard per term in a value written as words (按省定标准每生每学期1000元)
_TERM_STANDARD = lazy_pattern(r"每(?P<head>[生人])每学期(?P<amount>[0-9][0-9,]*(?:\.[0-9]+)?)元")


def _term_as_year(ctx: TableContext, goal: str, year_standards: list[tuple[re.Match[str], Decimal]]) -> Iterator[Hit]:
    """A standard the goal gives a year (每生每年1000元) that its indicator gives, the same amount, a term
    (每生每学期1000元, 1000元/生·学期): a year's pay doubled, or the period written wrong. A term's pay at another
    amount (每学期500元, half the year's) is not compared: terms may be paid unevenly."""
    for row in ctx.rows:
        parsed = row.parsed
        if row.level1 == _BENEFIT or parsed.op not in ("=", None):
            continue
        if parsed.kind == "per_unit" and (parsed.per or "").endswith("·学期") and parsed.yuan is not None:
            head, yuan = (parsed.per or "").partition("·")[0], parsed.yuan
        elif parsed.kind == "policy" and (said := _TERM_STANDARD.search(parsed.text or "")) is not None:
            head, yuan = said.group("head"), Decimal(said.group("amount").replace(",", ""))
        else:
            continue
        paid = _PER_HEAD_WORDS.sub("", row.name)
        # (a name that is only a standard, 资助标准, is the goal's one standard of that amount)
        bare = _BARE_STANDARD.fullmatch(row.name) is not None
        same = [match for match, year_yuan in year_standards if year_yuan == yuan
                and _names_the_head(row.name, head, match.group("head"))
                and (bare or _pays_what_the_clause_does(paid, _standards_clause(goal, match), match.group()))]
        if len(same) == 1:
            yield row_hit(row, variant="standard", severity=LEVELS["standard"],
                          **_goal_said(goal, same[0].start(), same[0].end()))


# a cap per item the goal quotes (按…管理办法，单个奖补项目财政奖补不超过50万元; 每个村最高补助30万元): the bound and
# its amount; the item it is per is read back in the clause (_cap_item)
_CAP = lazy_pattern(r"(?:不超过|不高于|不得超过|最高|上限为|上限|封顶)(?:补助|补贴|奖补|资助)?"
                    r"(?P<amount>[0-9][0-9,]*(?:\.[0-9]+)?万?元)")
# the item a cap is per, opening the words before the bound (单个奖补项目财政奖补, 每个村, 每户)
_CAP_ITEM = lazy_pattern(r"(?:单个|每个|每)(?P<item>[\u4e00-\u9fff]{1,14})$")
# a name setting a cap (单个项目财政补助上限, 每村最高奖补额)
_CAP_NAME = lazy_pattern(r"上限|最高|封顶")
# …per item, as the goal's is (单个项目, 每村, ≤80万元/个): not a cap on a cost line (项目管理费上限)
_CAP_PER = lazy_pattern(r"单个|每|单[项村户]")
# the levels of government a cap may name
_CAP_LEVEL_WORDS = r"中央|省级|市级|州级|县级|区级"
# words any paying clause or name holds, and a level of government: set aside before the item is compared
_CAP_GENERIC = lazy_pattern(r"补贴|补助|津贴|奖补|资助|资金|经费|财政|额度|金额|标准|单个|每个|上限|最高|封顶|"
                            + _CAP_LEVEL_WORDS + r"|[每单]")
# a cap on what is spent or built, not on what is paid (单个项目总投资上限): no subsidy cap to hold it against
_NOT_PAID = lazy_pattern(r"投资|造价|总额|规模|面积|长度")
_CAP_LEVEL = lazy_pattern(_CAP_LEVEL_WORDS)
# a level a priced line and a cap may each name (国家级 too, which caps' own level words leave in the item)
_ANY_LEVEL = lazy_pattern(r"国家级|" + _CAP_LEVEL_WORDS)


def _caps_over(ctx: TableContext, goal: str) -> Iterator[Hit]:
    """An indicator capping the amount per item above the cap the goal quotes for the same item (the goal's 资金管理办法:
    单个奖补项目财政奖补不超过50万元; the indicator: 单个奖补项目财政奖补上限 ≤80万元/个): the table allows what the
    rules it cites forbid. Only a name setting a cap (上限, 最高, 封顶) per item (单个, 每, or a unit per item) with a
    ceiling value, the one goal cap whose item it names (two characters shared, or the same word, once the paying
    words and levels are set aside), at the same level of government;
    a cap on investment or size (单个项目总投资上限) is no subsidy's."""
    rows = [row for row in ctx.rows if row.level1 != _BENEFIT and row.parsed.op in CEILING_OPS
            and row.parsed.kind in ("money", "per_unit") and row.parsed.yuan is not None
            and _CAP_NAME.search(row.name) and not _NOT_PAID.search(row.name)
            and (_CAP_PER.search(row.name) or row.parsed.per)]
    if not rows:
        return
    caps = []
    for match in _CAP.finditer(goal):
        item = _cap_item(goal, match)
        amount = _amount(match.group("amount"), ctx)
        if item is not None and amount is not None:
            caps.append((match, item, amount[1]))
    for row in rows:
        own = _CAP_GENERIC.sub("", row.name)
        level = _CAP_LEVEL.search(row.name)
        # (an item of one character named alike, 每个村 and 每村补助上限, is the same item)
        named = [(match, yuan) for match, item, yuan in caps
                 if ((rest := _CAP_GENERIC.sub("", item)) == own or longest_run(own, rest) >= 2)
                 and (level is None or (found := _CAP_LEVEL.search(item)) is None or found.group() == level.group())]
        if len(named) == 1 and row.parsed.yuan > named[0][1]:  # type: ignore[operator]
            match = named[0][0]
            yield row_hit(row, variant="cap_over", **_goal_said(goal, match.start("amount"), match.end("amount")))


# words a goal capping an amount says (most goals cap nothing: _priced_caps is not run for them)
_CAP_WORDS_IN_GOAL = ("最高", "不超过", "不高于", "不得超过", "上限", "封顶")
# what a cap is per, in its clause before the bound (每件, 每家, 单家企业, 每个村, 每人每月): the unit, the thing after
# 个 (村 of 每个村) and the period
_CAP_PER_UNIT = lazy_pattern(r"(?:每|单)(?P<unit>[件家个人户项村台套所座名位])(?P<thing>(?<=个)(?![补奖资最不上封])[\u4e00-\u9fff])?"
                             r"(?:每(?P<period>年|月|季度|季|天|日))?")
# …or in the unit after the amount (B类最高不超过15万元/人, 每人最高不超过2000元/月)
_CAP_PER_AFTER = lazy_pattern(r"/(?P<unit>[件家个人户项村台套所座名位])?(?:[·.]?(?P<period>年|月|季度|季|天|日))?")
# a class a cap or a standard names (B类最高不超过15万元/人, B类人才安家补贴标准): held only against the same class
_CLASS = lazy_pattern(r"[A-Z甲乙丙丁一二三四]类")
# a cap the goal gives as an earlier rule's (上年…每家最高不超过10万元，2027年起…): no bound on this year's standard
_EARLIER_RULE = lazy_pattern(r"上一?年|去年|往年|以往|原(?:政策|标准|办法|规定)")
# the most characters before a cap read as the thing it is per (对2027年度授权的中小企业发明专利实施转化给予资助，每件)
_CAP_THING_AHEAD = 40
# a sentence's end: a cap's thing is not read back past it
_SENTENCE_END = lazy_pattern(r"[。；;\n]")
# any amount of money in the goal: the words after one are the next clause's thing, not the one before's
_ANY_AMOUNT = lazy_pattern(r"[0-9][0-9,]*(?:\.[0-9]+)?万?元")
# a cost that pays a service or the work, not the aid a cap bounds (兑付材料第三方审核服务费 ≤40万元, 400家×0.1万元/家)
_NOT_AID = lazy_pattern(r"服务费|管理费|工作经费|培训费|劳务费|宣传|审核|评审|差旅|会议|办公|印刷|咨询|监理|设计费|检测费")
# a price a cost line's note gives per item, the sum written out or not (12个×20万元/个, 10件×每件3万元)
_NOTE_EACH_PRICE = lazy_pattern(r"每(?P<per>[件家个人户项村台套所座名位])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<money>万元|元)")
_PEOPLE_UNITS = frozenset({"人", "名", "位"})


@dataclass(frozen=True)
class _Cap:
    """A cap per item the goal quotes (每件最高不超过3万元): the match, its amount in 元, what it is per (units, period),
    the class it names and the words before it saying what it is for."""

    match: re.Match[str]
    yuan: Decimal
    units: frozenset[str]
    period: str
    kind: str | None
    thing: str


def _per_units(unit: str, thing: str | None) -> frozenset[str]:
    """The units an amount per ``unit`` may be written per (人 and 名; 个 and the thing after it, 每个村)."""
    units = {unit} | ({thing} if thing else set())
    return frozenset(units | _PEOPLE_UNITS) if units & _PEOPLE_UNITS else frozenset(units)


def _thing_ahead(goal: str, at: int, amounts: list[re.Match[str]]) -> str:
    """The words before ``at`` saying what an amount there is for: back to the sentence's start, the amount before it,
    or _CAP_THING_AHEAD characters (首次认定的高新技术企业40家每家奖补 of …最高不超过10万元, not the clause before)."""
    start = max([found.end() for found in _SENTENCE_END.finditer(goal, max(0, at - _CAP_THING_AHEAD), at)]
                + [found.end() for found in amounts if found.end() <= at] + [max(0, at - _CAP_THING_AHEAD)])
    return goal[start:at]


def _goal_caps(ctx: TableContext, goal: str, amounts: list[re.Match[str]]) -> list[_Cap]:
    """The goal's caps per item whose unit is read (每件, 单家, /人): not a total's (总额不超过400万元), nor an earlier
    rule's (上年…)."""
    caps = []
    for match in _CAP.finditer(goal):
        amount = _amount(match.group("amount"), ctx)
        if amount is None:
            continue
        clause = goal[_listed_start(goal, match.start(), _KIND_BREAK):match.start()]
        thing = _thing_ahead(goal, match.start(), amounts)
        per = None
        for per in _CAP_PER_UNIT.finditer(clause):
            pass  # (the last: 对每个村的每户…)
        after = _CAP_PER_AFTER.match(goal, match.end())
        unit = per.group("unit") if per is not None else (after.group("unit") if after is not None else None)
        if unit is None or _EARLIER_RULE.search(thing):
            continue
        period = (per.group("period") if per is not None else None) or (after.group("period") if after else None) or ""
        kind = _CLASS.findall(clause)
        caps.append(_Cap(match, amount[1], _per_units(unit, per.group("thing") if per is not None else None),
                         _DAY.get(period, period).replace("季度", "季").replace("年", ""), kind[-1] if kind else None,
                         thing))
    return caps


def _priced_caps(ctx: TableContext, goal: str) -> list[tuple[Row, _Cap, tuple[str, Decimal, bool]]]:
    """Each standard or cost line pricing an item a cap of the goal bounds, with that cap and its price (as written,
    in 元, whether from the note): a standard per item in its value (发明专利转化单件资助标准 ≤4万元/件, B类人才安家补贴标准
    ＝20万元/人) or one price per item in a cost line's note (乡镇电商服务站改造 ≤240万元, 12个×20万元/个), against the
    goal's cap per the same unit and period (每件最高不超过3万元, 每个补助最高不超过15万元, B类最高不超过15万元/人, 单家
    企业年度兑付最高不超过2万元). The cap's words before it (back to the amount before it or the sentence's start) share
    three characters in a row with the name, its paying words set aside, or two where both name the cap's class; no
    other cap or standard per head of the goal shares as many (对重新认定的…每家奖补5万元 beside the 首次认定 cap);
    the class, where the cap names one, the name's. Not a name setting a cap itself (上限, 最高: _caps_over's), a
    benefit, a service or the work's cost (审核服务费), a floor, nor a cap the goal gives as an earlier rule's."""
    amounts = list(_ANY_AMOUNT.finditer(goal))
    caps = _goal_caps(ctx, goal, amounts)
    if not caps:
        return []
    # every amount per item the goal gives, cap or standard, with its words: the name's best is its cap
    rivals = [(cap.match, cap.units, cap.thing) for cap in caps] + [
        (match, _per_units(match.group("head")[0], None), _thing_ahead(goal, match.start(), amounts))
        for match in _STANDARD.finditer(goal) if not _BOUND.search(match.group())]  # (a cap is read as a cap)
    found = []
    for row in ctx.rows:
        price = _item_price(row, ctx)
        if price is None or row.level1 == _BENEFIT or _CAP_NAME.search(row.name) or _NOT_AID.search(row.name):
            continue
        head, period = split_per(price[3])
        period = _DAY.get(period, period).replace("季度", "季").replace("年", "")
        own = _CAP_GENERIC.sub("", row.name)
        kinds = _CLASS.findall(row.name)
        level = _ANY_LEVEL.findall(row.name)
        fits = []
        for cap in caps:
            if head not in cap.units or period != cap.period or (cap.kind is not None and cap.kind not in kinds) \
                    or (kinds and cap.kind is not None and kinds[-1] != cap.kind):
                continue
            # a cap of another level (省级每家最高不超过20万元) does not bound a 国家级 line
            cap_level = _ANY_LEVEL.findall(cap.thing)
            if level and cap_level and cap_level[-1] != level[-1]:
                continue
            run = longest_run(own, cap.thing)
            if run >= 3 or (run >= 2 and cap.kind is not None):
                fits.append((run, cap))
        if not fits:
            continue
        # the cap whose words the name shares most (B级物流企业 of …，B级物流企业每家补助最高不超过5万元, not the A级 one's
        # 级物流企业); a tie in the run (专利转化 of 对实用新型专利转化每件5000元 against 发明专利 of the cap) goes to the
        # words holding more of the name's characters (发明专利实施转化 holds 发明 too), and a tie in both to none
        score, cap = max((((run, _held(own, cap.thing)), cap) for run, cap in fits), key=lambda fit: fit[0])
        if any(match is not cap.match and head in units and (longest_run(own, thing), _held(own, thing)) >= score
               for match, units, thing in rivals):
            continue
        found.append((row, cap, price[:3]))
    return found


def _held(name: str, words: str) -> int:
    """How many of a name's characters ``words`` hold."""
    return sum(1 for char in set(name) if char in words)


def _item_price(row: Row, ctx: TableContext) -> tuple[str, Decimal, bool, str] | None:
    """What a row prices one item at: its value, a money amount per item not a floor (≤4万元/件, ＝20万元/人), or the one
    price a cost line's note gives (400家×2.4万元/家, 10件×每件3万元), not a loose one (约, 左右, 最高; an average,
    平均, is read: above the cap, some item is too): (as written, in 元, whether from the note, what it is per)."""
    parsed = row.parsed
    if parsed.kind == "per_unit" and parsed.yuan is not None and parsed.per and parsed.op in ("=", None, "≤", "<"):
        return row.value, parsed.yuan, False, parsed.per
    note = row.indicator.note or ""
    if not note or not is_cost(row) or parsed.kind != "money" or any(word in note for word in LOOSE_FIGURE_WORDS):
        return None
    prices = [(found.group(), found.group("n"), found.group("money"), found.group("per"))
              for found in NOTE_PRICE.finditer(note)] + \
             [(found.group(), found.group("n"), found.group("money"), found.group("per"))
              for found in _NOTE_EACH_PRICE.finditer(note)]
    if len(prices) != 1:
        return None
    text, number, money, per = prices[0]
    unit = unit_at(money, ctx.lexicon, is_money_unit)
    if unit is None:
        return None
    return text, Decimal(number) * unit[1].to_yuan, True, per


def _cap_item(goal: str, match: re.Match[str]) -> str | None:
    """The item a goal's cap is per, read back from its bound to the clause's start (单个奖补项目财政奖补 of
    单个奖补项目财政奖补不超过50万元): None when the clause names no 单个 or 每 item, a total's cap (资金总额不超过…)."""
    start = _listed_start(goal, match.start(), _CLAUSE_BREAK)
    found = _CAP_ITEM.search(goal, max(start, match.start() - 16), match.start())
    return found.group("item") if found is not None else None


def _floor_before(goal: str, match: re.Match[str]) -> bool:
    """Whether a floor's words open the standard (不低于每人每月1200元), as they may follow its period."""
    ahead = goal[max(0, match.start() - 3):match.start()]
    found = _FLOOR_WORDS.search(ahead)
    return found is not None and found.end() == len(ahead)


def _written(row: Row) -> Decimal:
    """The standard a row gives: its amount, or the one its name gives in brackets, of which a line is the sum
    (补助（每个市场45万元） ＝360万元)."""
    named = name_standard_yuan(row.name) if row.parsed.kind == "money" else None
    return named if named is not None else row.parsed.yuan  # type: ignore[return-value]


def _pays_what_the_clause_does(own: str, clause: str, standard: str) -> bool:
    """Whether an indicator's name (per-head words set aside) names the payment of a standard's clause: two
    characters shared; not only a payment word when the name says what it pays (人均社会保险补贴) and the
    clause names another payment (岗位补贴按每人每月2000元发放); not when the payment the name names and the one
    the clause pays out share no two characters (上门健康评估补助 against 发放护理补贴)."""
    if longest_run(own, clause) < 2:
        return False
    # the payment the name names (健康评估 of 上门健康评估补助) against the one the clause pays out (发放护理补贴): the
    # same only when the two share two characters (防疫员补助, 发放防疫补助), not when the name's words stand
    # elsewhere in the clause (经评估认定的…发放护理补贴)
    words = clause.replace(standard, "，")
    paid_out = [found.group("what") for found in _PAID_OUT.finditer(words)]
    named = [own[max(0, found.end() - 4):found.end()] for found in _PAYMENT_NAME.finditer(own)]
    if named and paid_out and not any(longest_run(name, what) >= 2 for name in named for what in paid_out):
        return False
    paid = [found for found in _PAYMENT_NAME.finditer(words) if found.group() not in _PAYING]
    what = _PAYMENT_WORDS.sub("", own)
    return not what or longest_run(what, clause) >= 2 or not paid


# a clause opening on another matter (并为…提供上门健康评估, 同时…): not what the standard before it pays for
_ANOTHER_MATTER = lazy_pattern(r"并|同时|另|此外|还")


def _standards_clause(goal: str, match: re.Match[str]) -> str:
    """The words saying what a standard pays for: its clause, and the next one when the clause ends with the
    standard (按每生每天5元标准，为…学生提供营养膳食补助); not the rest of its sentence (…基础养老金（每人每月20元），
    为…参保缴费人员发放缴费补贴 names another payment), nor the next clause when the standard's own names whom it pays
    in more than a word or two (尘肺病患者随访每人次300元，《职业病防治法》宣传周…), nor when the next clause opens
    on another matter (每人每月200元，并为…提供上门健康评估). A standard whose terms are listed on to 标准 (按每生每天5元、
    全年260天的标准，为…提供营养膳食补助) pays what the clause after the list names."""
    start = _listed_start(goal, match.start(), _CLAUSE_BREAK)
    ends = [found.start() for found in _CLAUSE_BREAK.finditer(goal, match.end())][:3]
    end = ends[0] if ends else len(goal)
    # (the standard's terms listed on to 标准 first: 按每生每天5元、全年260天的标准，为…提供营养膳食补助)
    listed = goal[match.end():ends[1]] if len(ends) > 2 and goal[match.end():end] == "" else ""
    if listed.endswith("标准") and _ANOTHER_AMOUNT.match(goal, match.end()) is None and "元" not in listed \
            and len(_kind_ahead(goal, match)) <= 4 and not _ANOTHER_MATTER.match(goal[ends[1] + 1:].lstrip()):
        end = ends[2]
    elif goal[match.end():end] in ("", "标准", "的标准") and len(ends) > 1 and len(_kind_ahead(goal, match)) <= 4 \
            and not _ANOTHER_MATTER.match(goal[end + 1:].lstrip()):
        end = ends[1]
    return goal[start:end]


def _kind_ahead(goal: str, match: re.Match[str]) -> str:
    """The words right before a standard, back to its clause or bracket, less the year and 按: the kind of head it
    is for (小学 of 2026年按小学每生…, 初中 of 、初中每生…, 80-89周岁 of （80-89周岁每人…）; for a standard right after a
    、, the words before it (本科新生90名 of 本科新生90名、每人5000元)."""
    start = _listed_start(goal, match.start(), _KIND_BREAK)
    if start < match.start() and goal[match.start() - 1] == "、":
        # (the count's words, less the count and 其中: 本科新生 of 其中本科新生90名、每人5000元)
        return _LISTED_COUNT.sub("", goal[start:match.start() - 1])
    return _YEAR_AND_BY.sub("", goal[start:match.start()])


# a count's figure and 其中 around the kind a standard listed after the count is for (其中本科新生90名、)
_LISTED_COUNT = lazy_pattern(r"^(?:其中|20[0-9]{2}年(?:度)?)?(?:按照|按)?|[0-9][0-9,]*(?:\.[0-9]+)?[\u4e00-\u9fff]?$")


def _listed_start(goal: str, at: int, breaks: re.Pattern[str]) -> int:
    """Where the words before ``at`` start, back to a break; for a standard listed right after the count of whom it
    pays (本科新生90名、每人5000元，专科新生60名、每人4000元), back over the 、 to the count's words: those are its
    kind and what it pays for, not the next clause's."""
    start = max((found.end() for found in breaks.finditer(goal, 0, at)), default=0)
    if start == at and start > 0 and goal[start - 1] == "、":
        start = max((found.end() for found in breaks.finditer(goal, 0, start - 1)), default=0)
    return start


def _names_the_head(name: str, per_head: str, goal_head: str) -> bool:
    """Whether an indicator gives a standard for the goal's head: 每生 or 生均 in its name, or its unit's per
    head the goal's (元/人 for 每人; for 每生 too, pupils counted in 人)."""
    return (f"每{goal_head}" in name or f"{goal_head}均" in name
            or (bool(per_head) and per_head in (goal_head, *HEADS.get(goal_head, ()))))


def _written_as(amounts: set[Decimal], written: Decimal) -> bool:
    """Whether an amount is one of ``amounts`` rounded as it is written (10000元 a year is 833元 or 833.33元 a
    month)."""
    places = Decimal(1).scaleb(min(written.as_tuple().exponent, 0))  # type: ignore[arg-type]
    return any(amount.quantize(places) == written for amount in amounts)


def _same_standard(yuan: Decimal, goal_period: str | None, period: str | None,
                   months: int | None = None) -> set[Decimal] | None:
    """The amounts giving a standard of ``yuan`` a ``goal_period``: per another period of the year worked out
    (3000元 a month, 36000元 a year), any of them when one of the periods is not said; None when the two
    periods do not convert (5元 a day against an amount a year, or against one of no period that may be a
    year's: the days are not known). ``months``: the months the goal counts a year as (每年按10个月计), else 12."""
    if goal_period == period:
        return {yuan}
    said = [each for each in (goal_period, period) if each is not None]
    if any(each not in PERIODS_A_YEAR for each in said):
        return None
    per_year = {**PERIODS_A_YEAR, "月": months} if months else PERIODS_A_YEAR
    if len(said) == 1:
        times = set(per_year.values())
        return {yuan * each for each in times} | {yuan / each for each in times}
    return {yuan * per_year[goal_period] / per_year[period]}  # type: ignore[index]


# a standard's qualifier right before a figure (国家规定的, 省级要求的)
_STANDARD_NAMED_AHEAD = lazy_pattern(r"(?:国家|省级?|行业|上级)(?:规定|要求)的$")


def _context(goal: str, match: re.Match[str], before: int, length: int | None = None) -> str | None:
    """The words before a goal figure and after it (为12000名农村适龄妇女开展筛查), within its clause;
    None for a part of another figure (改造100户，其中C级危房10户; 其中 read back over its whole list), a figure
    per unit (每座基准站每季度巡检4次, 各乡镇配备2名: the indicator counts them all), a baseline (由上年的86家增加到110家) or the
    first of a list of figures said 分别.
    ``length``: the figure's own length where the match ran on into the words (1260名离退 of 1260名). The upper
    end of a range has the words before its lower end (每个幸福院日均服务老年人15～30人: 30人 is per unit too); the
    target after a baseline those before the baseline (由2025年的76%提高到90%)."""
    baseline = _baseline_to(goal, match.start(), before)
    low = _RANGE_FLOOR_AHEAD.search(goal, max(0, match.start() - before), match.start()) if baseline is None else None
    anchor = low.start() if low is not None else match.start()
    # the standard the figure is, named before it (免疫密度常年保持在国家规定的90%以上: recall audit 36): the words
    # before it are the measure's, so the window opens before the qualifier
    if (named := _STANDARD_NAMED_AHEAD.search(goal, max(0, anchor - 8), anchor)) is not None:
        anchor = named.start()
    start = max(0, anchor - before)
    if low is not None:  # the baseline's 到 before the range (由上年的2000人增加到3000～3500人)
        baseline = _baseline_to(goal, anchor, before)
    if baseline is not None:
        start = max(0, baseline.start() - before)
    elif (raised := _RAISED_FROM_LAST_YEAR.search(goal, start, anchor)) is not None:
        start = max(0, raised.start() - before)  # (优质苗种年供应量较上年提高到: the measure's words before 较上年)
    ahead = _clause_to(goal, start, anchor, baseline)
    end = match.start() + length if length is not None else match.end()
    after = _CLAUSE_BREAK.split(goal[end:end + before])[0]
    if "分别" in ahead or PER_UNIT.search(ahead) \
            or (baseline is None and _BASELINE_AHEAD.search(ahead) and not _RAISED_FROM_LAST_YEAR.search(ahead)) \
            or _in_a_part_list(goal, match.start()):
        return None  # (…满意度分别达到90%、85%以上: which figure is whose is the list's order)
    return f"{ahead}|{after}"


# what a figure promises past itself (满意度达到90%以上, 控制在4‰以内): quoted with it
_BOUND_AFTER = ("及以上", "以上", "以下", "左右", "以内")
# the most characters of the goal's words quoted before a figure, and after one (the thing a deed counts)
_QUOTE_AHEAD = 20
_QUOTE_AFTER = 14
# a character after which a new word begins (…的, 并…), where a long clause is cut (not 和, 及, 与, 对: 和谐, 及时,
# 参与, 对象)
_WORD_ENDS_AFTER = lazy_pattern(r"[的并等）)\s]")
# a numbered item's mark opening a clause (（一）, 2., ①)
_ITEM_AHEAD = lazy_pattern(rf"(?:{ITEM_NUMBER})\s*")
# 十一、 before another holiday (十一、春节期间走访…): the holiday 国庆, not item 11, unless an item 十 stands before
_ELEVEN_THE_HOLIDAY = lazy_pattern(r"十一、(?=元旦|春节|清明|五一|端午|中秋|国庆|寒假|暑假)")
# a deed a list item or a preposition's object names (改造危桥6座, 对全市用户开展入户安全检查3万户)
_DEED = lazy_pattern(r"新建|新增|更换|更新|改造|建设|建成|完成|实施|开展|组织|举办|培训|发放|安装|加装|配备|购置|采购|提供"
                     r"|推进|推广|落实|实现|覆盖|带动|资助|补助|给予|兑付|招募|维修|维护|修复|修缮|检查|巡查|走访|慰问"
                     r"|安排|处理|生产|治理|整治|接种|救助|增长|增加|减少|下降|惠及|涉及|吸纳|自筹")
# an item's words a figure of its own follows (航道巡查不少于48次, 日均载客9000人, 代偿率控制在2%以内): its own measure
_OWN_MEASURE = lazy_pattern(r"均|率|度$|量$|(?:不少于|不低于|不超过|不高于|控制在|稳定在|保持在|达到|达|为|约|共|[到至])$")
# the most characters of a list item that may share the list's verb (零售经营点520家次); a longer one says its own
_SHARING_ITEM = 8
# a clause's opening preposition before a scope or a standard, after its year if any (为全州186家…, 2026年按每人次
# 200元): where the figure stands in its object, no words of the clause's own, so the quote starts after it (not
# before a deed, 对全市用户开展入户安全检查3万户; nor 按考核结果…, 为期…, whose words are the clause's)
_PREPOSITION_AHEAD = lazy_pattern(r"^(?:20[0-9]{2}年度?)?(?:按照|为|按|对|向)"
                                  r"(?=全[省市州县区旗镇乡村]|每|辖区|城区|境内|本[省市州县区镇乡村])")
# where a word begins when no word's end is in reach (…|全县农村…, 完成|…, …|各项惠民政策, 《…): a cut there
# splits no word
_WORD_STARTS = lazy_pattern(r"(?<=[“”《‘’\"])|(?=全[省市州县区旗镇乡村年]|各[项类级]|持续|积极|全面|深入|进一步|全力|加快|加强)"
                            r"|(?<=完成|实现|开展|组织|推进|落实)")
# what a figure promises past itself written right after its number (惠及群众3.5万余, 500多): quoted with it
_ABOUT_AFTER = lazy_pattern(r"(?<=[0-9万亿千百])[余多](?:左右|以上)?")
# the characters of a figure or a code a cut would split (2025|年): the cut moves back before them
_FIGURE_CHARACTERS = frozenset("0123456789.,%％ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _goal_said(goal: str, start: int, end: int, figure: str | None = None) -> dict[str, str]:
    """A message's placeholders for the goal's figure ``goal[start:end]``: ``goal_figure``, the figure alone (or
    ``figure``, as the check names it: 全州186家), which a suggestion may set a target to, and ``goal_words``, the
    goal's words for it, which the message quotes. The figure alone is no part of the fingerprint."""
    return {"goal_figure": goal[start:end] if figure is None else figure, "goal_words": _quoted(goal, start, end)}


# a figure that is no year (1000元 in 按小学每生每年1000元; not 2026 in 2026年春节)
_FIGURE_NOT_A_YEAR = lazy_pattern(r"[0-9](?![0-9]*年)|(?<![0-9])[0-9]{1,3}年")
# a figure and its unit, then 和 or 及 joining the next item (乡镇卫生院25家和村卫生室)
_JOINED_AFTER_A_FIGURE = lazy_pattern(r"[0-9][\u4e00-\u9fff]{1,2}[和及]")


def _quoted(goal: str, start: int, end: int) -> str:
    """The goal's words for its figure ``goal[start:end]``, as the goal writes them, for a message to quote: its
    clause from the last break up to the figure and what it promises past it (消费者满意度达到90%以上), so that a
    goal of several 90% shows which one is meant; not its item number nor its opening preposition (为全州186家:
    全州186家); at most about ``_QUOTE_AHEAD`` characters before the figure, cut where a word starts and marked …."""
    # read on back past a baseline's comma to the measure's words (普及率2025年达到76%，2026年提高到90%), as
    # _range_floor looks for the baseline; the clause's item number no part of its words (（一）争取中央…)
    ahead = _clause_to(goal, 0, start, _baseline_to(goal, start, 12))
    # a list the clause opens with is its words too (2026年春节、八一期间走访…1300户, not 八一期间走访…), and so is
    # one of items with figures that share its verb (全年检查批发企业36家次、零售经营点520家次), if short enough to
    # quote whole; not when the figure's item has a deed, measure or standard of its own (按小学每生每年1000元、
    # 初中每生每年1250元: each standard is quoted alone)
    begin = start - len(ahead)
    alone = None  # where the figure's own item begins, once an item with a figure of its own is joined
    for _item in range(4):
        if begin == 0 or goal[begin - 1] != "、":
            break
        item_words = _CLAUSE_BREAK.split(goal[:begin - 1])[-1]
        if _FIGURE_NOT_A_YEAR.search(item_words) and alone is None:
            if _item_of_its_own(goal[begin:start], goal[start:end]):
                break
            alone = begin
        begin -= 1 + len(item_words)
    # the list whole from the clause's start, or its item alone (a list too long to quote)
    if alone is not None and (goal[begin - 1:begin] == "、" or start - begin > _QUOTE_AHEAD * 3 // 2):
        begin = alone
    ahead = goal[begin:start]
    item = _ITEM_AHEAD.match(ahead)
    if item is not None and (_ELEVEN_THE_HOLIDAY.match(ahead) is None or "十、" in goal[:begin]):
        ahead = ahead[item.end():]
    # (read with the figure: a standard's 每 opens the figure, 2026年按|每人次200元)
    preposition = _PREPOSITION_AHEAD.match(ahead + goal[start:end])
    if preposition is not None and preposition.end() <= len(ahead) and not _DEED.search(ahead, preposition.end()):
        ahead = ahead[preposition.end():]
    if len(ahead) > _QUOTE_AHEAD:
        window_start = len(ahead) - _QUOTE_AHEAD
        # the first word within reach: inside the bracket the figure stands in (…生活（2025年已放映1584场）), after
        # a word's end near the window's start; a clause a little longer whole rather than cut inside a word
        # (农村卫生厕所普及率2025年达到76%，2026年提高到90%); else with the figure the window would cut in two (…2025年)
        bracket = max(ahead.rfind("（", window_start), ahead.rfind("(", window_start))
        word_end = _WORD_ENDS_AFTER.search(ahead, window_start, window_start + _QUOTE_AHEAD // 2)
        # (the first in the window's first half; else the last in the half before it, a little longer)
        word_start = _WORD_STARTS.search(ahead, window_start, window_start + _QUOTE_AHEAD // 2) or \
            next(reversed([*_WORD_STARTS.finditer(ahead, window_start - _QUOTE_AHEAD // 2, window_start)]), None)
        if bracket >= 0 and ahead.find("）", bracket) < 0 and ahead.find(")", bracket) < 0:
            cut = bracket + 1
        elif word_end is not None:
            cut = word_end.end()
        elif len(ahead) <= _QUOTE_AHEAD * 3 // 2:
            cut = 0
        elif word_start is not None:
            cut = word_start.end()
        else:
            cut = window_start
            while cut > 0 and ahead[cut - 1] in _FIGURE_CHARACTERS:
                cut -= 1
        ahead = ahead if cut == 0 else "…" + ahead[cut:].lstrip()
    about = _ABOUT_AFTER.match(goal, end)
    bound = about.group() if about is not None else next((word for word in _BOUND_AFTER if goal.startswith(word, end)), "")
    said = ahead + goal[start:end] + bound
    # a deed's count whose thing is named after it (完成16个乡镇国土空间总体规划编制, not 完成16个): those words too
    # (every word of _DEED is two characters)
    thing = _CLAUSE_BREAK.split(goal[end + len(bound):end + len(bound) + _QUOTE_AFTER + 1])[0]
    if thing and _DEED.fullmatch(ahead[-2:]) and _HANZI.match(thing):
        said += thing if len(thing) <= _QUOTE_AFTER else thing[:_QUOTE_AFTER] + "…"
    # a bracket the figure stands in closed (工业企业（共186家）)
    if goal[end + len(bound):end + len(bound) + 1] in ("）", ")") and \
            said.count("（") + said.count("(") > said.count("）") + said.count(")"):
        said += goal[end + len(bound)]
    # (the goal's own quotation marks become single ones where a message quotes this: engine.render)
    return said


def _item_of_its_own(words: str, figure: str) -> bool:
    """Whether a list item's ``words`` before its ``figure`` state a deed, measure or standard of their own
    (改造危桥6座, 建筑面积16.5万平方米, 知晓率85%, 满意度达到90%, 初中每生每年1250元), or are too long to share
    the list's verb: quoted alone; else the item shares it (全年检查批发企业36家次、零售经营点520家次) and the list
    is quoted with it."""
    # (an item after another joined by 和: 乡镇卫生院25家和村卫生室 shares 联通 as 村卫生室)
    joined = [*_JOINED_AFTER_A_FIGURE.finditer(words)]
    words = words[joined[-1].end():] if joined else words
    return len(words) > _SHARING_ITEM or bool(_DEED.search(words) or _OWN_MEASURE.search(words)
                                              or _MEASURE_WORD.search(words) or _RATE_FIGURE.search(figure)
                                              or "每" in words + figure)


# the lower end of a range before its upper end (800至900件, 85%-90%): what the goal promises at least; not a
# baseline, which 由 or 从 stands before (从85%到90%: 90% is the target)
_RANGE_FLOOR_AHEAD = lazy_pattern(r"(?<![0-9.,由从])(?P<low>[0-9]+(?:\.[0-9]+)?)[%％]?\s*[至到~～\-—–－]\s*$")


def _clause_to(goal: str, start: int, end: int, baseline: re.Match[str] | None) -> str:
    """The clause of ``goal[start:end]`` that ends at ``end``, read on back past a baseline's comma to the
    measure's words (普及率2025年达到76%，2026年提高到)."""
    cut = baseline.start() if baseline is not None else end
    return _CLAUSE_BREAK.split(goal[start:cut])[-1] + goal[cut:end]


def _baseline_to(goal: str, end: int, before: int) -> re.Match[str] | None:
    """A baseline and its word to ending at ``end`` (由上年的85%到, 由2025年的76%提高到), looked for over twice
    ``before`` characters, as the measure's words stand before it."""
    return _BASELINE_THEN_TO.search(goal, max(0, end - 2 * before), end)


def _range_floor(goal: str, match: re.Match[str], number: Decimal, text: str) -> tuple[Decimal, str]:
    """The least a goal figure promises and the words saying it: the lower end of the range it ends (800至900件:
    800, so ≥800件 agrees with it, and the range is quoted whole), else the figure itself and ``text``; not a
    baseline before 到 (由上年的85%到90%: 85% is last year's)."""
    low = _RANGE_FLOOR_AHEAD.search(goal, max(0, match.start() - 12), match.start())
    if low is None or _baseline_to(goal, match.start(), 12) is not None:
        return number, text
    # the floor is written in the upper end's multiplier and unit (12至13万人: 12万人)
    written = Decimal(_NUMBER.match(text).group().replace(",", ""))  # type: ignore[union-attr]
    floor = Decimal(low.group("low"))
    if _in_upper_multiplier(floor, written):
        floor = floor * number / written
    if floor >= number:
        return number, text
    return floor, goal[low.start():match.start()] + text


def _in_upper_multiplier(low: Decimal, written: Decimal) -> bool:
    """Whether a range's lower end, written below its upper end's number, is in the upper end's multiplier (12至13万人);
    one written at or above it has its own (8000至1.2万亩: 8000亩)."""
    return low < written


def _floor_text(shown: str, text: str) -> str:
    """The lower end of a range as written, with the upper end's multiplier and unit (1200至1300公里: 1200公里;
    12至13万人: 12万人; 8000至1.2万亩: 8000亩): ``shown`` is the range as the goal writes it, ``text`` its upper end."""
    low = _NUMBER.match(shown)
    upper = _NUMBER.match(text)
    if low is None or upper is None:
        return shown
    after = text[upper.end():]
    if not _in_upper_multiplier(Decimal(low.group()), Decimal(upper.group().replace(",", ""))):
        after = after.lstrip("万亿")
    return low.group() + after


# a measure word ending a count's or a rate's name (查螺面积, 家畜查病数量, 培训人次, 蜂蜜产量, 营业收入增长率)
_MEASURE_WORD = lazy_pattern(r"(?:面积|数量|人次|人数|户数|产量|次数|长度|里程|总量|规模|率)$")
# the words from a count's name to its figure (蜂蜜产量达到180吨, 培训约1200人次, 粮食产量稳定在5万吨, 蔬菜年产量
# 较上年增加到600吨, 增至): raised to, the figure is the target
_TO_THE_FIGURE = lazy_pattern(rf"(?:(?:较|比)(?:上一?年度?|去年))?(?:达到|达|为|约|共|(?:稳定|保持)在|{_RAISE_TO_WORDS})$")
# a whole's place (全县), not a word of what it counts
_PLACE_WHOLE_WORD = lazy_pattern(r"全[省市州县区旗镇乡村]")
# the words opening a count of those a project reaches (受益学生, 享受补助学生)
_REACH_AHEAD = lazy_pattern(r"^(?:受益|享受|受助|受资助)")
# the break between the items of a 其中's list (其中新建4座、改造8座; 其中：学生4000人)
_PART_ITEM_BREAK = lazy_pattern(r"[、：:]")
# the end of the words a 其中 governs: all its list (其中C级危房改造验收合格率达到100%, 其中：A 600人、B 400人)
_PARTS_LIST = lazy_pattern(r"[，。；,;\n]")


def _named_per_unit(goal: str, figures: list[tuple[re.Match[str], _GoalFigure]],
                    placed: list[tuple[re.Match[str], _GoalFigure, str]], rows: list[Row], before: int,
                    budget_year: int | None) -> list[tuple[tuple[int, int], Decimal, list[Row], list[Row], None]]:
    """A figure per unit (每座矿山检查6次, which ``_context`` sets aside: an indicator counts them all) and the
    quantities named per the same unit with the goal's words (每座矿山检查次数 ≥4次), as ``unmatched`` takes them."""
    found = []
    words_placed = {match.start() for match, _figure, _words in placed}
    for match, figure in figures:
        if match.start() in words_placed or _beyond_the_year(goal, match, budget_year):
            continue
        ahead = _CLAUSE_BREAK.split(goal[max(0, match.start() - before):match.start()])[-1]
        each = PER_UNIT.search(ahead)
        if each is None or "分别" in ahead or _BASELINE_AHEAD.search(ahead) or _in_a_part_list(goal, match.start()):
            continue
        own = ahead[each.start():] + "|"
        named = [row for row in rows if row.level2 == "数量指标" and _same_measure(figure, row.parsed)
                 and row.name.startswith(each.group()) and _named_as_the_figure(row.name, own)]
        figure_end = match.start() + len(figure.text)
        found.append(((match.start(), figure_end), figure.number, named, named, None))
    return found


def _parts_named(goal: str, parts: list[tuple[re.Match[str], _GoalFigure]], rows: list[Row],
                 given_counts: set[tuple[str | None, Decimal | None]], accounted: set[int], before: int,
                 differs_shared: int, budget_year: int | None
                 ) -> list[tuple[tuple[int, int], Decimal, list[Row], list[Row], None]]:
    """A part's figure after 其中 (疏浚航道30万立方米，其中进港航道12万立方米), which ``_context`` sets aside, and the
    quantities naming the part with its own words (进港航道疏浚量 ≥10万立方米), as ``unmatched`` takes them; not one
    naming a part of the part (进港航道重点区段), nor the whole's, which gives the whole's figure."""
    found = []
    for match, figure in parts:
        if _measure_key(figure.unit, figure.number) in given_counts or _beyond_the_year(goal, match, budget_year):
            continue
        part = _part_words(goal, match)
        if PER_UNIT.search(part) or "分别" in part:
            continue  # (其中每个乡镇20人: the indicator counts them all)
        named = [row for row in rows if row.level2 == "数量指标" and _same_measure(figure, row.parsed)
                 and id(row) not in accounted and not _per_shorter_period(row.name)
                 and (longest_run(part, row.name) >= differs_shared or _named_as_the_figure(row.name, part + "|"))
                 and _names_the_part(goal, match, row.name, before)
                 and not (PART_NAMED.search(row.name) and not PART_NAMED.search(part))]
        floor, shown = _range_floor(goal, match, figure.number, figure.text)  # (其中进港航道12至15万立方米: 12万)
        figure_end = match.start() + len(figure.text)
        found.append(((figure_end - len(shown), figure_end), floor, named, named, None))
    return found


# the breaks of a goal's sentence-level clauses (not 、, which lists: 全区独居、空巢高龄老人3600人)
_CLAUSE_NOT_LIST_BREAK = lazy_pattern(r"[，。；;：:\n]")


def _place_whole_stated(goal: str, match: re.Match[str]) -> bool:
    """Whether the goal's figure at ``match`` counts a place's whole that its clause only states (全区80周岁以上
    高龄老人9800人, 2026年全县搬迁家庭8600户): opening with the place after its year, no deed done to them and
    not all of them served (扶持全县400户脱贫户, 全县400户脱贫户全部纳入帮扶 are the project's own)."""
    clause = _CLAUSE_NOT_LIST_BREAK.split(goal[:match.start()])[-1] \
        + _CLAUSE_NOT_LIST_BREAK.split(goal[match.start():])[0]
    opening = _YEAR_OPENING.sub("", clause)
    return _PLACE_WHOLE_WORD.match(opening) is not None and not _served(clause) \
        and "全部" not in clause and "均" not in clause


# a year opening a clause (2026年全县…)
_YEAR_OPENING = lazy_pattern(r"^20[0-9]{2}年度?")


def _served(words: str) -> bool:
    """Whether ``words`` say the project does something to those they count (安装…的老人, 项目扶持户数, 受益学生)."""
    return "项目" in words or "扶持" in words or "帮扶" in words or _DEED.search(words) is not None \
        or _REACH_AHEAD.match(words) is not None


def _per_shorter_period(name: str) -> bool:
    """Whether a name counts per a period shorter than the year (每季度, 每月), as the year's figure is not."""
    period = _NAMED_PERIOD.search(name)
    return period is not None and period.group(1) != "年"


def _named_as_the_figure(name: str, context: str) -> bool:
    """Whether an indicator's name is the goal's words right before its figure, a measure word added or not
    (查螺面积 for 开展查螺350万平方米, 培训人次 for 培训1200人次, 全县蜂蜜产量 for 全县蜂蜜产量达到180吨): the
    same count, however few characters the words have; or those words running on past the figure (扶持脱贫户户数
    for 扶持400户脱贫户); or those words with a word for those reached before them (受益学生人数 for 义务教育阶段
    学生1.86万人). The whole's place (全县) is no word of the count's (扶持全县脱贫户400户, 全县蜂蜜产量 for
    蜂蜜产量提高到600吨)."""
    ahead, after = context.split("|", 1)
    # (a baseline before the words to the figure set aside: 蔬菜年产量由450吨提高到600吨)
    ahead = _PLACE_WHOLE_WORD.sub("", _TO_THE_FIGURE.sub("", _BASELINE_THEN_TO.sub("", ahead)))
    name = _PLACE_WHOLE_WORD.sub("", name)
    stem = _MEASURE_WORD.sub("", name)
    if len(stem) < 2:
        return False
    reached = _REACH_AHEAD.sub("", stem)  # the stem without its reach word (受益学生人数: 学生)
    return ahead.endswith(name) or ahead.endswith(stem) or (len(reached) >= 2 and ahead.endswith(reached)) \
        or any(ahead.endswith(stem[:cut]) and after.startswith(stem[cut:]) for cut in range(2, len(stem) - 1))


# a design figure's floor word before it (立柱埋深不低于1.4米, 路面厚度不小于18厘米)
_FLOOR_AHEAD = lazy_pattern(r"(?:不低于|不小于|不少于)$")


def _design_floor_named(name: str, context: str) -> bool:
    """Whether a 质量 indicator's name is the goal's words right before a floor the goal sets for a design figure
    (波形护栏立柱埋深 for 波形护栏立柱埋深不低于1.4米): the works' own measure, so a lower one is the goal's
    standard lowered. Only with the floor word, and the name the words whole: a quality figure the goal merely
    mentions (路面宽8米) is no standard set."""
    ahead = context.split("|", 1)[0]
    floor = _FLOOR_AHEAD.search(ahead)
    return floor is not None and len(name) >= 4 and ahead[:floor.start()].endswith(name)


def _names_the_part(goal: str, match: re.Match[str], name: str, before: int) -> bool:
    """Whether an indicator's name goes with the part a 其中 of the goal gives at ``match`` rather than with the whole:
    it names a word the part does not share with the whole (其中：高中生, 资助高中生 for 资助学生5000人（其中高中生4000人）,
    not 资助学生); any name, where the part has no word of its own (对其中14个图斑, 新建和改造提升公厕12座，其中新建4座、
    改造8座). ``before``: how far back the whole's words are read."""
    part_at = goal.rfind("其中", 0, match.start())
    part = _part_words(goal, match)
    whole = goal[max(0, part_at - before):part_at]  # (past the comma of 资助学生5000人，其中高中生4000人)
    own = [character for character in _HANZI.findall(part) if character not in whole]
    return not own or name.startswith("其中") or any(character in name for character in own)


def _part_words(goal: str, match: re.Match[str]) -> str:
    """The words a 其中 of the goal gives its part at ``match`` (其中：高中生, 其中新建4座、改造8座's 改造)."""
    return _PART_ITEM_BREAK.split(goal[goal.rfind("其中", 0, match.start()) + 2:match.start()])[-1]


def _in_a_part_list(goal: str, start: int) -> bool:
    """Whether a 其中 governs the goal's figure at ``start``: read back over its whole list, but not from inside a
    bracket closed before the figure (查病12000人（其中学生4000人）、家畜查病2000头: 2000头 is no part)."""
    words = _PARTS_LIST.split(goal[:start])[-1]
    part_at = words.rfind("其中")
    if part_at < 0:
        return False
    opened = max(words.rfind("（", 0, part_at), words.rfind("(", 0, part_at))
    return opened < 0 or max(words.find("）", part_at), words.find(")", part_at)) < 0


def _words_ahead(context: str) -> str:
    """The words before the figure of a ``_context``."""
    return context[:context.index("|")]


def _figure(text: str, ctx: TableContext) -> _GoalFigure | None:
    """The count a goal figure states, its unit a counting unit of the lexicon, cutting trailing
    characters that are words, not unit (20000吨储备粮 → 20000 吨). Dictionary look-ups only: the
    goal of every table is read."""
    number = _NUMBER.match(text)
    if number is None:
        return None
    scale, rest = leading_multiplier(text[number.end():], ctx.lexicon)
    unit = unit_at(rest, ctx.lexicon, lambda info: info.kind == "count" and bool(info.unit))
    if unit is None:
        return None
    end, info = unit
    if end < len(rest) and not _HANZI.match(rest):
        return None  # a unit in letters is all of them (mg/L is no m, kWp no kW)
    longer = unit_at(rest, ctx.lexicon, lambda info: info.kind != "count")
    if longer is not None and longer[0] > end:
        return None  # a longer unit of another measure: 12个月 and 20个工作日 are times, not 12个
    try:
        value = Decimal(number.group().replace(",", "")) * scale * info.scale
    except ArithmeticError:
        return None
    return _GoalFigure(text[:number.end()] + text[number.end():len(text) - len(rest) + end], value, info.unit)


def _amount(text: str, ctx: TableContext) -> tuple[str, Decimal] | None:
    """A goal figure that is an amount of money, in 元 (15亿元, 300万元), with its text; else None."""
    number = _NUMBER.match(text)
    if number is None:
        return None
    unit = unit_at(text[number.end():], ctx.lexicon, is_money_unit)
    if unit is None:
        return None
    end, info = unit
    try:
        return text[:number.end() + end], Decimal(number.group().replace(",", "")) * info.to_yuan
    except ArithmeticError:
        return None


def stated_targets(text: str, ctx: TableContext) -> list[Row]:
    """The indicators whose target is exactly a figure ``text`` states: a count in its unit (120名 for
    ＝120名) or an amount of money (6000万元 for ≥6000万元)."""
    found: list[Row] = []
    for match in _FIGURE.finditer(text):
        figure = _figure(match.group(), ctx)
        if figure is not None:
            found += [row for row in ctx.rows if row.parsed.number == figure.number and _same_measure(figure, row.parsed)
                      and all(row is not seen for seen in found)]
            continue
        amount = _amount(match.group(), ctx)
        if amount is not None:
            found += [row for row in ctx.rows if row.parsed.kind == "money" and row.parsed.yuan == amount[1]
                      and all(row is not seen for seen in found)]
    return found


def counts_in(text: str, ctx: TableContext) -> list[tuple[Decimal, str]]:
    """Every count a text states with its unit as compared (120场, 1800人次; 名 counted as 人)."""
    found = [_figure(match.group(), ctx) for match in _FIGURE.finditer(text)]
    return [(figure.number, _measure_key(figure.unit, None)[0] or "") for figure in found if figure is not None]


# a stage things counted reach after the deed a figure counts (签约项目开工个数 of 新签约项目20个, 验收合格 of 改造12个):
# a part of the figure's things, fewer of them by nature
_LATER_STAGE = lazy_pattern(r"开工|竣工|投产|验收|合格|办结|结案|到岗|达标|落地|建成")


def _a_later_stage(name: str, context: str) -> bool:
    """Whether a count's name says a stage its things reach (开工, 验收合格, 办结) that the goal figure's words do not:
    the count of those reaching it, not the figure restated (签约项目开工个数 ≥8个 of 全年新签约项目20个以上)."""
    return any(found.group() not in context for found in _LATER_STAGE.finditer(name))


def _named_better(row: Row, figure: _GoalFigure, run: int, contexts: list[tuple[_GoalFigure, str]]) -> bool:
    """Whether another goal figure in the row's measure has words sharing a longer run with its name than ``run``."""
    return any(other is not figure and _same_measure(other, row.parsed) and longest_run(words, row.name) > run
               for other, words in contexts)


def _same_measure(goal: _GoalFigure, parsed: Any) -> bool:
    return parsed.kind == "count" and _measure_key(goal.unit, None) == _measure_key(parsed.unit, None)


def _ratio(a: Decimal, b: Decimal) -> str | None:
    """"10", "100" … when one is exactly that many times the other."""
    if not a or not b:
        return None
    big, small = (a, b) if a > b else (b, a)
    return _TIMES.get(big / small)

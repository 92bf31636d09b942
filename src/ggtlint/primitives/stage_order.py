"""stage-order: a stage's deadline may not fall after the deadline of a stage that follows it.

设备采购完成时间 2025年9月30日前 beside 设备安装调试完成时间 2025年6月30日前: nothing is installed before
it is bought, so one of the two dates is wrong. Params: ``stages``, pairs of word lists, the words of
a stage and of one that follows it (采购, 招标 … then 安装, 调试, 上线 …). Only deadlines (on or
before a day) under 时效 are compared, a name with words of both stages of a pair is left out
(采购安装完成时间 names both), and a name naming a phase, batch or lot (一期, 第二批, 二标段) or next
year (下一年度) is left out too: those are stages of their own; so is a pair of which one name alone is of works
carried over (上年度工程竣工验收 beside 本年度工程交工验收). Money paid for the earlier stage (设备采购款支付,
采购尾款) follows the later one and is not compared. The two must be of one thing: their
names, the stages' words and the time's set aside, share three characters in a row (站点设备采购,
站点设备安装调试) or one holds the other (设备); not 年度建设任务 and 新建实训室投入使用, nor 应急物资
and 应急广播设备. Works started (开工) after the whole works' finish (完工通水时间, 工程完工验收时间: a name of
nothing but the works) are out of order too, whatever the start's name.
Variant ``before_start``: a deadline before the month the goal says the project starts (项目于2025年6月
启动, 实施; not 开工): nothing of it is done before it begins; work done before any start (前期, 招标, 设计) is left out.
Also a deadline of a piece of work before the month the goal says that work starts (6月起开展施工改造: 改造施工完成时间
2025年4月30日前), when the name is made of the work's own words; building finished (完工, 建成) or work on the site
(植树造林, 生态修复; not what readies it: 苗木采购, 施工许可) before the month the goal says the works start (2026年4月开工),
unless another clause of the goal dates that work earlier itself (植树造林于3月底前完成); and money paid, a first batch
too, before the day the goal says applications for it open (补贴申请自2026年3月1日起受理), when the name is of that money
alone (not 上年结转, 预拨, nor another subsidy). Variant ``before_bare_start``: the same against a
start with no subject (2026年3月启动，…), a notice: what may be prepared before it is open-ended.
Variant ``after_goal``: a deadline later than the one the goal gives the same work (goal LED改造于9月30日前完成,
LED改造完成时间 2025年12月31日前): the name, its time words set aside, is made of the clause's words (LED改造;
土壤样品采集 of 采集化验土壤样品; not 秋季学期资助资金 of 春季学期资助资金于6月30日前);
a goal's date for a part of the work (其中特殊检测2座于6月30日前完成) or for work before it (前期, 招标) is left out.
Variant ``length_goal_dated``: a length with no start (安全鉴定完成时间 120天) for work the goal gives a date of its own
(11月30日前完成6座到期水库安全鉴定), the name made of the clause's words as for ``after_goal``: a date is expected and
the goal has it; not a length from a start (完成后30天内), per item (单座, 每件) or in working days or hours.
Variant ``before_goal_later_year``: a deadline in the budget year for work the goal dates in a later year of a
multi-year project (平台于2027年6月30日前整体竣工验收 beside 智慧城管平台整体竣工验收时间 2026年11月30日前, 列入2027年
建设内容 beside 上线运行时间 2026年12月31日前); not a period's clause (实施期限…至2027年), a name of no work of its own
(项目竣工验收), of another year or 年度, nor work a clause of the goal dates in the budget year too.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Iterator

from ggtlint.findings import Severity
from ggtlint.lazyregex import lazy_pattern
from ggtlint.primitives.base import (NEXT_YEAR_WORDS, ROW_PLACEHOLDERS, Hit, Row, TableContext, longest_run, made_of,
                                     name_stem, row_hit)
from ggtlint.values.before_month import strictly_before
from ggtlint.values.parse import chinese_numeral, parse_value

NAME = "stage-order"
SCOPES = ("table",)
VARIANTS = ("default", "before_start", "before_bare_start", "after_goal", "before_funds", "whole_year_after_finish",
            "before_goal_later_year", "length_goal_dated")
PLACEHOLDERS = {"default": ROW_PLACEHOLDERS + ("later_name", "later_value"), "before_start": ROW_PLACEHOLDERS + ("start",),
                "before_bare_start": ROW_PLACEHOLDERS + ("start",),
                "after_goal": ROW_PLACEHOLDERS + ("goal_deadline",), "before_funds": ROW_PLACEHOLDERS + ("arrival",),
                "whole_year_after_finish": ROW_PLACEHOLDERS + ("goal_deadline",),
                "before_goal_later_year": ROW_PLACEHOLDERS + ("goal_clause",),
                "length_goal_dated": ROW_PLACEHOLDERS + ("goal_deadline",)}
# a notice: 1 of 3 held-out look-alikes drew it (造林完成时间 against the goal's 3月31日前完成春季造林苗木采购)
# a bare start (2026年3月启动，…) a notice too: what may be done before it is open-ended (g560's 实施方案编制 and
# 资金下达 drew it as a warning before they were left out)
# a budget-year deadline for work the goal dates in a later year (recall audit 31): a warning, 0 of 12 look-alikes;
# held out 4 of 5 right (2 of 2 true, 1 of 3 look-alikes told wrongly, a 续建 work the goal dates this year, since
# left out) (tests/test_leftovers_s21_years.py)
LEVELS = {"length_goal_dated": Severity.INFO, "after_goal": Severity.INFO, "before_funds": Severity.INFO, "whole_year_after_finish": Severity.INFO,
          "before_bare_start": Severity.INFO, "before_goal_later_year": Severity.WARNING}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
PARAMS_SCHEMA = {
    "type": "object",
    "required": ["stages"],
    "additionalProperties": False,
    "properties": {"stages": {"type": "array", "items": {"type": "array", "items": _WORDS, "minItems": 2,
                                                         "maxItems": 2}}},
}
# a phase, batch or lot is a stage of its own (二期, 第二批, 首批, 二标段), and next year's buying is no
# stage of this year's work (下一年度服务采购)
_PHASE = lazy_pattern(r"(?:[一二三四五六七八九十0-9]+|首)(?:期|批)|标段|下一?年度|次年")
# the money paid for a stage is no stage: it follows the work (设备采购款支付, 采购尾款 after 安装, 验收)
_PAID = lazy_pattern(r"支付|付款|拨付|结算|尾款|兑付|清算")
# the project's own start in the goal (项目于2025年6月启动, 自2025年5月起实施); not its end (实施完成), nor
# 开工, before which design and tendering are done; work done before any start (前期, 招标, 设计, 对象认定) is left out
_PROJECT_START = lazy_pattern(r"项目(?:于|自|从)?(20\d\d)年(1[0-2]|[1-9])月(?:份)?(?:起|开始)?(?:正式)?(?:启动|实施)(?!完|结束|验收|到位|终了)")
# a start with no subject, or the works', that ends its clause (2026年9月启动，年内完成…; 工程自2026年7月起实施，):
# the project's; not a start naming what starts (2026年9月启动秋季学期资助), a piece of the project; with no subject
# only 启动 (…提高低保标准，2026年7月起实施，: the date a policy takes effect)
_BARE_PROJECT_START = lazy_pattern(r"(?:^|(?<=[，,；;。\n]))(?:本?工程|本项目|(?=[于自从]?20\d\d年[0-9]{1,2}月份?(?:起|开始)?(?:正式)?启动))"
                                   r"(?:于|自|从)?(20\d\d)年(1[0-2]|[1-9])月(?:份)?"
                                   r"(?:起|开始)?(?:正式)?(?:启动|实施)(?:实施)?(?=[，,；;。\n]|$)")
# what a start with a subject opens with (either pattern): against it a deadline is a warning, not a notice
_START_SUBJECTS = ("项目", "本项目", "工程", "本工程")
# (and the plan written, the money arriving: 实施方案编制, 资金下达 before 2026年3月启动)
_BEFORE_ANY_START = lazy_pattern(r"前期|招标|设计|勘察|立项|申报|对象认定|摸底|方案(?:编制|制定|制订|印发|批复)|资金下达")
# the month the goal says the works start (2026年4月开工, 7月集中开工), and building finished, which cannot be before
_WORKS_START = lazy_pattern(r"(?:(?P<year>20\d\d)年)?(?P<month>1[0-2]|[1-9])月(?:份|初|上旬|中旬)?(?:集中|全面|陆续|正式)?开工")
_BUILT = lazy_pattern(r"完工|建成|竣工")
# work done on the site, finished no earlier than the works start though its name says no 完工 (植树造林完成时间
# 2026年3月31日前 against the goal's 2026年4月开工); what readies the works (苗木采购, 施工许可, 方案审批) is left out
_ON_SITE = lazy_pattern(r"植树|造林|栽植|种植|补植|绿化|修复|治理|施工|铺设|浇筑|硬化|整治|改造|拆除|架设|安装")
_READYING = lazy_pattern(r"采购|购置|招标|合同|签订|许可|审批|备案|评审|论证|准备|手续|公示|选址|测量|放线|进场|调运|育苗"
                         r"|培训|资金|拨付|调查|核实|核查|规划|动员")
_OTHER_WORKS = lazy_pattern(r"续建|上年|结转|以前年度|临时|便道|围挡|三通一平|征地|拆迁")
# what a clause of the start says besides its works (项目于2026年4月开工, 计划2026年4月全面开工)
_BARE_START_WORDS = ("项目", "工程", "全部", "计划", "预计", "于", "拟", "在", "并", "均", "整体", "力争", " ", "\n")
# a piece of work the goal says starts in a month (6月起开展施工改造, 2025年9月起上岗): its words, to the clause's end
# (3月启动植树造林, 3月开始植树造林 too); what starts may come before the day it starts from (补贴申请自2026年3月1日
# 起受理: the applications' start); not a range's last month (1-3月开始摸底 starts in January)
_WORK_START = lazy_pattern(r"(?:(?P<subject>[\u4e00-\u9fff]{2,6})自)?(?:(?P<year>20\d\d)年)?(?<![0-9\-－~～至到〇零一二三四五六七八九十])"
                           r"(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
                           r"(?:[1-3]?[0-9]日)?(?:起|开始|启动)(?:开展|开始|正式)?(?P<work>[^，,；;。、\n]{2,12})")
_START_WORDS = ("起", "开始", "启动")  # one of them is in every start _WORK_START reads
# the month the goal says the money arrives (资金预计2025年8月下达, 资金于2025年7月拨付至公证处); not a deadline
# for paying it out (资金于12月15日前发放到位), which ends in 前
_FUNDS_ARRIVE = lazy_pattern(r"(?P<whose>[^，,；;。、\n]{0,8})资金(?:预计|将|已)?(?:于|在)?(?:(?P<year>20\d\d)年)?(?P<month>1[0-2]|[1-9])月(?:份|(?P<day>[1-3]?[0-9])日)?"
                             r"(?:下达|到位|到账|拨付至|拨付到)")
# money paid out, which cannot be before the money arrives
_PAYING = lazy_pattern(r"发放|拨付|兑付|结算|支付|兑现")
# whose money (县级配套, 上年结转): a row naming one the arrival does not is other money; so is a batch (第一批)
# when the arrival is of a batch itself (第二批资金预计9月下达), though any batch of the whole money comes after it
_WHOSE_MONEY = lazy_pattern(r"中央|省级|市级|县级|区级|配套|结转|上年|预拨|清算|尾款")
_BATCH = lazy_pattern(r"第[一二三四1-4]批|首批|[一二三四]期")
_YEAR = lazy_pattern(r"(20\d\d)年")  # a row of another year's money (2024年度考核奖补资金)
_TIME_WORDS = ("完成时间", "时间", "日期", "完成", "时限")
# a work's deadline may be its closing (补贴申请截止时间: the applications' end)
_CLOSING_WORDS = ("截止", *_TIME_WORDS)
# a deadline the goal gives (9月30日前, 2025年4月底前, 于9月底以前), with the clause around it
_GOAL_DEADLINE = lazy_pattern(r"(?:20\d\d年)?(?:1[0-2]|[1-9])月(?:[1-3]?[0-9]日|底|末)(?:以前|之前|前)")
# a quarter the goal gives a work done in (第一季度完成政府采购, 二季度末前): done by the quarter's last day;
# not a quarter the work starts or runs in (第一季度开工, 一季度开展培训); of the year it names (2026年第一季度)
_GOAL_QUARTER = lazy_pattern(r"(?<!每)(?:(?P<year>20[0-9]{2})年(?:度)?)?(?:第)?(?P<quarter>[一二三1-3])季度(?:末|底)?(?:以前|之前|前|内)?(?=完成|$|[，,；;。])")
_QUARTER_END = {"一": (3, 31), "1": (3, 31), "二": (6, 30), "2": (6, 30), "三": (9, 30), "3": (9, 30)}
_GOAL_CLAUSE_END = lazy_pattern(r"[。；;，,、（）()\n]")
# …the clause after a date ends at the next one (完工并于年底前完成竣工验收: the 竣工验收 is the later date's)
_AFTER_DATE_END = lazy_pattern(r"[。；;，,、（）()\n]|并|[0-9]月|年底|年末")
_NEXT_YEAR_BEFORE = lazy_pattern("(?:" + NEXT_YEAR_WORDS + ")$")
_GOAL_SENTENCE_END = lazy_pattern(r"[。；;\n]")
# a clause of a part of the work (其中, 首批, 一期, 部分) gives no deadline of the whole
_PART = lazy_pattern(r"其中|首批|第一批|部分|[一二三四五]期|试点")
# the words a clause holds besides its date: with none (9月30日前全部完成) the work is named before it
_BARE_CLAUSE_WORDS = ("全部", "完成", "完工", "竣工", "实施", "于", "在", "并", "均", "）", ")")
# the goal's date for the project's finish (二期于10月31日前上线运行, 10月31日前全部完工): none of its building is
# done the whole year; not its upkeep, paying out or what follows the finish (运行维护, 拨付, 验收, 培训)
_PROJECT_FINISH = lazy_pattern(r"(?:全部|全面|整体|正式|系统|项目|并)?(?:建成)?(?:上线(?:运行)?|完工|竣工|投入使用|交付使用|投用)")
_BUILDING = lazy_pattern(r"完成|完工|建成|对接|开发|部署|安装|上线")
_AFTER_THE_FINISH = lazy_pattern(r"运行|运维|维护|管护|养护|拨付|发放|兑付|结算|验收|审计|评价|考核|培训|宣传|报送|试运")
_SHARED = 3  # characters in a row two names of one thing share, unless one holds the other whole (设备)


def compile(params: dict[str, Any]) -> dict[str, Any]:
    return {"stages": [(tuple(first), tuple(then)) for first, then in params["stages"]]}


def _mentions(name: str, words: tuple[str, ...]) -> bool:
    """Whether the name holds any of a stage's words."""
    return any(word in name for word in words)


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    timed = [row for row in ctx.rows if row.level2 == "时效指标" and row.parsed.deadline is not None
             and row.parsed.op in ("≤", "<", None)]
    dated = [row for row in timed if not _PHASE.search(row.name)]
    yield from _before_start(ctx, dated)
    yield from _done_before_works_start(ctx, timed)
    yield from _after_goal(ctx, dated)
    yield from _length_goal_dated(ctx)
    yield from _before_goal_later_year(ctx, dated)
    yield from _before_funds(ctx)
    if len(dated) < 2:
        return
    told: set[int] = set()
    for first, then in params["stages"]:
        earlier = [row for row in dated if _mentions(row.name, first) and not _mentions(row.name, then)
                   and not _PAID.search(row.name)]
        later = [row for row in dated if _mentions(row.name, then) and not _mentions(row.name, first)]
        if all(word.endswith("验收") for word in first):
            # after an acceptance, only an acceptance: the works' end (工程竣工时间) comes before the 完工验收 of them
            later = [row for row in later if "验收" in row.name]
        words = (*first, *then, *_TIME_WORDS)
        for row in earlier:
            for follower in later:
                if id(row) not in told and row.parsed.deadline > follower.parsed.deadline \
                        and _carried(row.name) == _carried(follower.name) \
                        and (_one_thing(name_stem(row.name, words), name_stem(follower.name, words))
                             or _whole_works_finish(follower.name, then, words)):  # type: ignore[operator]
                    told.add(id(row))
                    yield row_hit(row, later_name=follower.name, later_value=follower.value)


# how much later an indicator's deadline may be than the goal's for the same work and still be the same one
_SAME_DEADLINE = timedelta(days=1)


def _after_goal(ctx: TableContext, dated: list[Any]) -> Iterator[Hit]:
    """Deadlines later than the goal's deadline for the same work (goal LED改造于9月30日前完成; LED改造完成时间
    2025年12月31日前), or than the last day of the quarter the goal says it is done in (第一季度完成政府采购)."""
    goal = ctx.goal
    if not dated or ("前" not in goal and "季度" not in goal):  # (every goal deadline read ends in 前 or names a quarter)
        return
    promised = []  # (the work's words, the goal's date text, its deadline)
    for match in _GOAL_QUARTER.finditer(goal) if ctx.budget_year and "季度" in goal else ():  # (few goals name one)
        if _NEXT_YEAR_BEFORE.search(goal, max(0, match.start() - 3), match.start()):
            continue  # 次年第一季度: no deadline of the budget year's work
        work = _goal_work(goal, match.start(), match.end())
        year = int(match.group("year") or ctx.budget_year)
        if work is not None:
            promised.append((work, match.group(0), date(year, *_QUARTER_END[match.group("quarter")])))
    for match in _GOAL_DEADLINE.finditer(goal):
        if _NEXT_YEAR_BEFORE.search(goal, max(0, match.start() - 3), match.start()):
            continue  # 次年1月底前: no deadline of the budget year's work (TIME002 tells it)
        deadline = parse_value(match.group(0), budget_year=ctx.budget_year).deadline
        work = _goal_work(goal, match.start(), match.end())
        if deadline is not None and work is not None:
            promised.append((work, match.group(0), deadline))
    for row in dated:
        stem = name_stem(row.name, _TIME_WORDS)
        for work, said, deadline in promised:
            # a day later is the same deadline: 国庆节前 and 10月1日前 say before the day, 9月30日前 by it
            # (12月前 is by 30 November, not the reader's 31 December: before_month, s26)
            if strictly_before(row.value, row.parsed.deadline) > deadline + _SAME_DEADLINE and made_of(stem, work) \
                    and (not _BEFORE_ANY_START.search(work) or _BEFORE_ANY_START.search(row.name)):
                yield row_hit(row, variant="after_goal", severity=LEVELS["after_goal"], goal_deadline=said)
                break
        else:
            if row.parsed.quality == "whole_year":
                yield from _whole_year_after_finish(ctx, goal, row, stem)


# a year the goal names (2027年6月30日前整体竣工验收, 列入2027年建设内容): a later one than the budget year's dates
# the work of its clause after the year
_GOAL_YEAR = lazy_pattern(r"(20[0-9]{2})年(?!度?(?:基础|以来|起|开始|至|—|-|－|~|～))")
# the stage words a name may add to the goal's work (应急指挥信息化平台上线运行 of 指挥信息化平台列入2027年建设内容)
_STAGE_WORDS = "|上线运行|上线|运行|投入使用|投用|建成|完工|竣工验收|竣工|交工验收|验收|交付使用|交付|完成|"
_STAGES = tuple(word for word in _STAGE_WORDS.split("|") if word)  # (set aside from a name, once)
# a clause of a period (实施期限为2026年3月至2027年10月) or a range of years dates no work in the later year alone
_RANGE = lazy_pattern(r"期限|期为|实施期|周期|至|—|-|－|~|～|到")
# a name of no work of its own left once its stages are set aside (项目, 工程, 整体)
_NO_WORK_OF_ITS_OWN = lazy_pattern(r"(?:本?项目|本?工程|整体|全部|全面|总体)*")


def _before_goal_later_year(ctx: TableContext, dated: list[Any]) -> Iterator[Hit]:
    """A deadline in the budget year for work the goal dates in a later year (平台于2027年6月30日前整体竣工验收 beside
    智慧城管平台整体竣工验收时间 2026年11月30日前; 指挥信息化平台列入2027年建设内容 beside 应急指挥信息化平台上线运行时间
    2026年12月31日前): the name, its time and stage words set aside, is made of the clause's and the project name's
    words, and shares a run of two with the clause beyond its stage words (片区整体 of …整体竣工验收)."""
    goal, year = ctx.goal, ctx.budget_year
    if not dated or not year or str(year + 1)[:3] not in goal:
        return
    clauses: list[str] = []
    for match in _GOAL_YEAR.finditer(goal):
        if int(match.group(1)) <= year:
            continue
        start = max((m.end() for m in _GOAL_CLAUSE_END.finditer(goal, 0, match.start())), default=0)
        after = _GOAL_CLAUSE_END.search(goal, match.end())
        clause = goal[start:after.start() if after else len(goal)]
        if not _RANGE.search(clause) and clause not in clauses:
            clauses.append(clause)
    if not clauses:
        return  # (most goals date nothing after the year: the year's own clauses are read only when one does)
    this_year = []
    for clause in _GOAL_CLAUSE_END.split(goal):
        # the goal's clauses dating work in the budget year (续建教学楼2026年6月30日前完成装修并交付使用): an
        # indicator of their work is the goal's, whatever it dates later (2027年完成教学楼室外配套工程)
        if (f"{year}年" in clause or _GOAL_DEADLINE.search(clause)) \
                and all(int(later) <= year for later in _YEAR.findall(clause)):
            this_year.append(clause)
    project = ctx.table.project.name or ""
    for row in dated:
        deadline = row.parsed.deadline
        if deadline is None or deadline.year != year or _YEAR.search(row.name) or "年度" in row.name \
                or _BEFORE_ANY_START.search(row.name):
            continue
        stem = name_stem(row.name, _TIME_WORDS)
        own = name_stem(stem, _STAGES)
        if not own or _NO_WORK_OF_ITS_OWN.fullmatch(own):
            continue
        if any(made_of(stem, clause + "|" + project + _STAGE_WORDS) and longest_run(own, clause) >= 2
               for clause in this_year):
            continue
        for clause in clauses:
            if made_of(stem, clause + "|" + project + _STAGE_WORDS) and longest_run(own, clause) >= 2:
                yield row_hit(row, variant="before_goal_later_year", severity=LEVELS["before_goal_later_year"],
                              goal_clause=clause)
                break


def _whole_year_after_finish(ctx: TableContext, goal: str, row: Row, stem: str) -> Iterator[Hit]:
    """A piece of the project's building set at 全年 (与省国资委平台数据对接完成时间) where the goal dates the
    project's finish (二期于2026年10月31日前上线运行): the piece, named in the goal before its finish, is done by
    then. A phase the project's name holds (二期) is the whole project, not a part."""
    if not _BUILDING.search(row.name) or _AFTER_THE_FINISH.search(row.name) or _BEFORE_ANY_START.search(row.name):
        return
    for match in _GOAL_DEADLINE.finditer(goal):
        finish = _PROJECT_FINISH.match(goal, match.end())
        deadline = parse_value(match.group(0), budget_year=ctx.budget_year).deadline
        # the piece named before the finish, as part of the building (not 全年开展家庭医生签约服务 after it), or
        # in its words and the finish's (改造完工 of 无障碍改造…全部完工)
        if finish is None or deadline is None or deadline >= row.parsed.deadline \
                or (longest_run(stem, goal[:match.start()]) < _SHARED
                    and not made_of(stem, goal[:match.start()] + finish.group())) \
                or _NEXT_YEAR_BEFORE.search(goal, max(0, match.start() - 3), match.start()):
            continue
        clause_start = max((m.end() for m in _GOAL_CLAUSE_END.finditer(goal, 0, match.start())), default=0)
        parts = [part.group() for part in _PART.finditer(goal, clause_start, match.start())]
        if all(part in (ctx.table.project.name or "") for part in parts):
            yield row_hit(row, variant="whole_year_after_finish", severity=LEVELS["whole_year_after_finish"],
                          goal_deadline=match.group(0) + finish.group())
            return


# a length that is a limit of its own: from a start (完成后30天内, 自…起), per item (单座, 每件, 平均), in working days
# or hours (a case's handling), or how often (周期, 频次)
_OWN_LENGTH = lazy_pattern(r"后|起|自|单|每|平均|工作日|小时|分钟|周期|频次|频率")


# a start the goal gives its work (自4月1日起, 5月1日起开展): s22 second opinion
_STARTED = lazy_pattern(r"(?:[0-9]{1,2}月(?:[0-9]{1,2}日|初|中旬)?|开工|启动)起")


def _sentence(text: str, at: int) -> str:
    """The sentence of the text holding the position ``at`` (between 。, ；, ; or line ends: _GOAL_SENTENCE_END)."""
    start = max((found.end() for found in _GOAL_SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _GOAL_SENTENCE_END.search(text, at)
    return text[start:end.start() if end else len(text)]


def _length_goal_dated(ctx: TableContext) -> Iterator[Hit]:
    """Lengths with no start (安全鉴定完成时间 120天) for work the goal dates (11月30日前完成6座到期水库安全鉴定)."""
    goal = ctx.goal
    if "前" not in goal:  # (every goal deadline read ends in 前)
        return
    lengths = [row for row in ctx.rows if row.level2 == "时效指标" and row.parsed.kind == "duration"
               and not _OWN_LENGTH.search(row.name + row.parsed.text + (row.indicator.note or ""))]
    if not lengths:
        return  # most tables: no length under 时效
    promised = []  # (the work's words, the goal's date text)
    for match in _GOAL_DEADLINE.finditer(goal):
        if _NEXT_YEAR_BEFORE.search(goal, max(0, match.start() - 3), match.start()):
            continue  # 次年1月底前: next year's date, no day of the budget year's work
        if _STARTED.search(_sentence(goal, match.start())):
            continue  # the goal gives the work's start (自4月1日起用150天完成…): a length then has one
        work = _goal_work(goal, match.start(), match.end())
        if work is not None:
            promised.append((work, match.group(0)))
    for row in lengths:
        stem = name_stem(row.name, _TIME_WORDS)
        said = next((said for work, said in promised if len(stem) >= 2 and made_of(stem, work)), None)
        if said is not None:
            yield row_hit(row, variant="length_goal_dated", severity=LEVELS["length_goal_dated"], goal_deadline=said)


def _goal_work(goal: str, start: int, end: int) -> str | None:
    """The work a deadline of the goal is for: its clause (2025年4月底前采集化验土壤样品400个); a clause of its
    date alone (9月30日前全部完成) names its work before it, the sentence's when it says 全部; None for a part."""
    sentence_start = max((m.end() for m in _GOAL_SENTENCE_END.finditer(goal, 0, start)), default=0)
    clause_start = max((m.end() for m in _GOAL_CLAUSE_END.finditer(goal, sentence_start, start)), default=sentence_start)
    after = _AFTER_DATE_END.search(goal, end)
    clause = goal[clause_start:start] + goal[end:after.start() if after else len(goal)]
    if not name_stem(clause, _BARE_CLAUSE_WORDS).strip():
        if "全部" in clause:  # (10月31日前全部完工: the sentence's work, and 完工 its own)
            return goal[sentence_start:clause_start] + clause
        previous = max((m.end() for m in _GOAL_CLAUSE_END.finditer(goal, sentence_start, max(clause_start - 1, 0))),
                       default=sentence_start)
        clause = goal[previous:clause_start]
    return None if _PART.search(clause) else clause


# the whole works' finish (工程完工验收时间, 完工通水时间, 工程完工投运时间): no part of the works starts after it; its
# filing (竣工验收备案) follows the acceptance of the whole works (s24)
_WHOLE_WORKS = lazy_pattern(r"(?:本?工程|本?项目|全部|整体|并|通水|投运|验收|备案)*")
_FINISH_WORDS = ("完工", "竣工")


def _whole_works_finish(name: str, then: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a later stage of finishing (完工, 竣工) names the whole works, nothing of a part."""
    return any(word in then for word in _FINISH_WORDS) and _mentions(name, _FINISH_WORDS) \
        and _WHOLE_WORKS.fullmatch(name_stem(name, words)) is not None


# works carried over from last year (上年度工程竣工验收, 2025年续建工程) are no stage of this year's (本年度工程交工验收)
_CARRIED = lazy_pattern(r"上年|结转|续建|以前年度|往年")


def _carried(name: str) -> bool:
    """Whether a name is of works carried over from an earlier year."""
    return _CARRIED.search(name) is not None


def _one_thing(stem: str, other: str) -> bool:
    """Whether two stems name one thing: a run of three shared (站点设备), or one holding the other
    (设备 of 监控设备); not a first word alone (应急物资, 应急广播设备)."""
    run = longest_run(stem, other)
    return run >= _SHARED or (run >= 2 and (stem in other or other in stem))


def _before_start(ctx: TableContext, dated: list[Any]) -> Iterator[Hit]:
    """Deadlines before the month the goal says the project starts."""
    goal = ctx.goal
    told: set[int] = set()  # a row once, though the goal may give its work's start and the project's
    yield from _before_work_start(ctx, goal, dated, told)
    yield from _paid_before_applications(ctx, goal, told)
    start = _PROJECT_START.search(goal) or _BARE_PROJECT_START.search(goal)
    if start is None:
        return
    # a start with no subject is a notice; the project's or the works' (工程自2026年7月起实施) a warning
    variant = "before_start" if start.group().startswith(_START_SUBJECTS) else "before_bare_start"
    begins = date(int(start.group(1)), int(start.group(2)), 1)
    for row in dated:
        if id(row) not in told and row.parsed.deadline < begins and not _BEFORE_ANY_START.search(row.name):
            yield row_hit(row, variant=variant, severity=LEVELS.get(variant), start=start.group(0))


def _done_before_works_start(ctx: TableContext, timed: list[Any]) -> Iterator[Hit]:
    """Building finished (完工, 竣工, 建成) before the month the goal says the works start (2026年4月开工;
    首批户厕改造完工时间 2026年3月31日前): even a first batch is built after the works begin. Not when the goal's
    start is of a phase or part (二期工程7月开工, 其中新建项目7月开工), nor a row of other works (上年续建, 临时设施,
    2025年度修复工程); a start naming its works (新建污水站于8月开工) is theirs only (not 管网改造完工时间), and a bare one
    (项目7月开工) holds for the works its sentence names (基本建成 of 年内基本建成1500套)."""
    goal = ctx.goal
    if "开工" not in goal:
        return
    for start in _WORKS_START.finditer(goal):
        year = int(start.group("year")) if start.group("year") else ctx.budget_year
        clause_start = max((m.end() for m in _GOAL_CLAUSE_END.finditer(goal, 0, start.start())), default=0)
        if year is None or _PHASE.search(goal, clause_start, start.end()) or _PART.search(goal, clause_start,
                                                                                            start.end()):
            continue
        works = name_stem(goal[clause_start:start.start()], _BARE_START_WORDS)
        if len(works) < 2:  # a bare start: the works its sentence names
            sentence_start = max((m.end() for m in _GOAL_SENTENCE_END.finditer(goal, 0, start.start())), default=0)
            after = _GOAL_SENTENCE_END.search(goal, start.end())
            works = goal[sentence_start:after.start() if after else len(goal)]
        begins = date(year, int(start.group("month")), 1)
        for row in timed:
            if row.parsed.deadline < begins and _built_on_site(row.name) and not _OTHER_WORKS.search(row.name) \
                    and not _BEFORE_ANY_START.search(row.name) \
                    and all(int(named) == year for named in _YEAR.findall(row.name)) \
                    and longest_run(name_stem(row.name, _TIME_WORDS), works) >= 2 \
                    and not _goal_dates_it_before(goal, name_stem(row.name, _TIME_WORDS), start, begins):
                yield row_hit(row, variant="before_start", start=start.group(0))
        return  # the works start once


# a month the goal gives a piece of work (植树造林于3月底前完成)
_MONTH = lazy_pattern(r"(?:(?P<year>20\d\d)年)?(?P<month>1[0-2]|[1-9])月")


def _goal_dates_it_before(goal: str, stem: str, start: re.Match[str], begins: date) -> bool:
    """Whether another clause of the goal names the row's work with a month before the works start (2026年4月开工
    建设高标准农田，配套开展冬春植树造林，植树造林于3月底前完成): the goal itself puts that work first, so the row
    agrees with it (second opinion: 1 of 12 look-alikes drew TIME006 before). Read only for a row about to be told."""
    at = 0
    for end in [m.start() for m in _GOAL_CLAUSE_END.finditer(goal)] + [len(goal)]:
        clause, at_start = goal[at:end], at
        at = end + 1
        if at_start <= start.start() < end or longest_run(stem, clause) < 2 or _READYING.search(clause):
            continue  # (a clause dating what readies the work, 3月已完成招标, does not date the work)
        for month in _MONTH.finditer(clause):
            year = int(month.group("year")) if month.group("year") else begins.year
            if date(year, int(month.group("month")), 1) < begins:
                return True
    return False


def _built_on_site(name: str) -> bool:
    """Whether a row is of the works themselves: built (完工, 建成, 竣工) or worked on the site (植树造林,
    生态修复), not what readies them (苗木采购, 施工许可办理)."""
    return _BUILT.search(name) is not None or (_ON_SITE.search(name) is not None and not _READYING.search(name))


def _before_funds(ctx: TableContext) -> Iterator[Hit]:
    """Money paid out (首批司法救助金发放时间 2025年3月15日前) before the month the goal says it arrives
    (救助资金于2025年4月下达); a first batch counts too, as no batch is paid before any money comes."""
    goal = ctx.goal
    if "资金" not in goal or "月" not in goal:  # most goals say no month the money comes in
        return
    arrivals = []
    for match in _FUNDS_ARRIVE.finditer(goal):
        year = int(match.group("year")) if match.group("year") else ctx.budget_year
        if year is not None:
            said = match.group(0)[len(match.group("whose")):]
            arrivals.append((date(year, int(match.group("month")), int(match.group("day") or 1)), said,
                             match.group("whose")))
    if not arrivals:
        return
    arrives, said, whose = min(arrivals)  # the first money to come: what is paid before it has none
    for row in ctx.rows:
        if row.level2 == "时效指标" and row.parsed.deadline is not None and row.parsed.op in ("≤", "<", None) \
                and row.parsed.deadline < arrives and _PAYING.search(row.name) \
                and all(word in whose for word in _WHOSE_MONEY.findall(row.name)) \
                and not (_BATCH.search(whose) and _BATCH.search(row.name)) and _same_money(row.name, whose) \
                and all(int(year) == ctx.budget_year for year in _YEAR.findall(row.name)):
            yield row_hit(row, variant="before_funds", severity=LEVELS["before_funds"], arrival=said)


def _same_money(name: str, whose: str) -> bool:
    """Whether a row pays out the money the goal's arrival is of: a name sharing two characters in a row with
    its words (奖补 of 上级奖补资金), or naming 资金 where the goal names no more than 资金."""
    words = whose.strip()
    return longest_run(name, words) >= 2 if words else "资金" in name


def _before_work_start(ctx: TableContext, goal: str, dated: list[Any], told: set[int]) -> Iterator[Hit]:
    """Deadlines of a piece of work before the month the goal says it starts (6月起开展施工改造; 改造施工
    完成时间 2025年4月30日前). Only a name made of the work's own words (改造施工 of 施工改造) is its deadline:
    a start said of one piece (自6月起执行新标准) is no start of the rest of the project."""
    if not dated or "月" not in goal or not _mentions(goal, _START_WORDS):
        return  # no deadline, or no start the pattern could read: its scan of the goal is the cost
    for start in _WORK_START.finditer(goal):
        year = int(start.group("year")) if start.group("year") else ctx.budget_year
        if year is None:
            continue
        month = start.group("month")
        begins = date(year, int(month) if month.isdigit() else chinese_numeral(month), 1)  # (三月起)
        work = (start.group("subject") or "") + start.group("work")  # 补贴申请 … 受理
        for row in dated:
            if id(row) not in told and row.parsed.deadline < begins \
                    and made_of(name_stem(row.name, _CLOSING_WORDS), work):
                told.add(id(row))
                yield row_hit(row, variant="before_start", start=start.group(0))


# applications for money the goal says open on a day (补贴申请自2026年3月1日起受理, 自2026年3月起受理补助申请): the money
# named (补贴), as the applications' own words give it
_APPLICATIONS_OPEN = lazy_pattern(r"(?:(?P<money>[\u4e00-\u9fff]{0,4}(?:补贴|补助|奖补|救助|资助|津贴|奖励))申请)?(?:自|从|于)?"
                                  r"(?P<year>20\d\d)年(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?[0-9])日)?(?:起|开始)(?:正式)?"
                                  r"(?:开始)?受理(?(money)|(?P<after>[\u4e00-\u9fff]{0,4}(?:补贴|补助|奖补|救助|资助|津贴|奖励))申请)")
# money of another year or paid ahead of the applications (上年结转, 预拨) is not what they are for
_OTHER_MONEY = lazy_pattern(r"上年|结转|以前年度|往年|预拨|预付|清算")
_MONEY_WORDS = ("资金", "补贴资金", *_TIME_WORDS)


def _paid_before_applications(ctx: TableContext, goal: str, told: set[int]) -> Iterator[Hit]:
    """Money paid out (首批补贴资金兑付完成时间 2026年2月28日前) before the day the goal says applications for it
    open (补贴申请自2026年3月1日起受理): a subsidy is paid on an application, so even a first batch comes after
    them. The row must name that money and nothing else (农机补贴资金; not 耕地地力保护补贴 beside 农机补贴申请)."""
    if "受理" not in goal or "申请" not in goal:
        return
    for match in _APPLICATIONS_OPEN.finditer(goal):
        money = match.group("money") or match.group("after")
        try:
            begins = date(int(match.group("year")), int(match.group("month")), int(match.group("day") or 1))
        except ValueError:  # (2月30日: no day to count from)
            continue
        for row in ctx.rows:
            if id(row) in told or row.level2 != "时效指标" or row.parsed.deadline is None \
                    or row.parsed.op not in ("≤", "<", None) or row.parsed.deadline >= begins \
                    or not _PAYING.search(row.name) or _OTHER_MONEY.search(row.name) \
                    or not all(int(year) == begins.year for year in _YEAR.findall(row.name)):
                continue
            stem = _BATCH.sub("", _PAYING.sub("", name_stem(row.name, _MONEY_WORDS)))
            if made_of(stem, money + "资金"):
                told.add(id(row))
                yield row_hit(row, variant="before_start", start=match.group(0))

"""year-mismatch: a year written in the project name or title differs from the budget year.

"2022年高校毕业生…补助资金" filed in the 2023 batch is either the wrong table or a carried-over
project that should say so. When the project name and the title both say one other year than the
预算年度 the table writes, the 预算年度 is the odd one out: one finding, at it (variant ``year``).
A table whose budget year cannot be told (no 预算年度, no year in the title, none given to the run)
has its deadlines checked against no year at all: said once (``unknown``). A budget year given to
the run (--budget-year, ``budget_year`` in the configuration) that differs from the table's own is
noted, so a deadline "outside the budget year" is not a riddle (``overridden``). A goal whose
sentence starts with an earlier year and what is done in it (2023年新建投放点60个 in a 2024 table,
also with where or for whom first: 2022年在5个乡镇新建高标准农田)
was carried over from last year's table (``goal``); a year inside a sentence (在2023年…的基础上,
较2023年), a deed described (2023年建成的放流站) and a goal that names the budget year too (a
project over several years) are background, not this year's work. An indicator named for an
earlier year's period (2022年度补贴资金发放率 in a 2023 table) was carried over too (``indicator``, a
notice), and so was one named for an earlier year's plan or task anywhere in it (农村公路2024年养护
计划完成率 in 2025), or a quantity opening with a bare earlier year and at once the work done in it
(2025年清运河道垃圾 in 2026): not one about money carried over or settled (2022年度结转资金支付率), work about
that year (its report, audit, awards), a project still being built (续建), that year's batch finished
now (2025年新建学校校舍竣工交付数量) nor a baseline (较2022年度增长). An indicator named for a year after the
budget year (2028年城市管理案件按期结案率, 造林主体满意度（2029年验收时调查）) cannot be judged at the year's end
(``indicator_after``, a warning): not a span's end, a baseline or an aim (2026—2028年累计, 较, 到2030年), a year
followed by a figure (2027年1月) unless a later date opens the name (2028年6月底前道路完好率), work done now for a
later year (预算编制, 征订, 储备, 资金申请, 2027届), a term that runs on
(质保期, 使用年限), a plan's aim (碳达峰目标), nor a 可持续影响 row, the lasting effect by its place. A goal that promises to finish by a date of an earlier year (确保2022年12月底前
完成… in 2023), or speaks of debts falling due in one (2024年度到期债券本息 in 2025, not overdue, rolled
over, refinanced or unpaid ones), is told whatever else it says; one that puts part of the year's work
after the year (补助资金于次年1月底前完成清算, 2027年1月底前 in 2026; a season from 2024年10月 to
2025年3月 in 2024) is told too (``goal_after``, a warning), but not
its evaluation, accounts or report, nor the end of a later year (a project over several years), nor a date within
the project's own period (实施期限 2025年6月-2027年6月, or the goal's 项目实施期限为2025年6月至2027年6月); a
promise to reach an aim by a later year (力争到2025年底全面消除… in 2024) is told as a notice (``goal_aim``), unless
the goal says the project runs over several years (建设期, 分期, 分两年实施, 二期工程, 续建, 跨年度, 三年攻坚行动,
“十四五”期间). A goal that only reports last year's work, no year number (上年已新发放贷款6000万元, 去年共选派
120名, 上一年度完成…), says nothing of this year's, and whose figure an indicator sets as this year's target
(≥6000万元) is a work report, not the year's goal (``goal_past``, a notice); not last year as background with
other figures for this year (上年已建成服务站40个，项目新建…), as a baseline (在上年基础上, 较上年), results built on
(巩固上年成果), money carried over or an earlier stage of the project (上年已完成选址和设计).
A quantity naming work the goal says an earlier year finished (2025年已建成数字化城管监督指挥系统 beside 建成数字化城管
监督指挥系统 ＝1套, 平台于2025年7月部署上线 beside 平台部署上线 ＝1套) is last year's output listed as this year's
(``done_before``, a warning): the name made of that clause's words, or sharing three in a row with it and no more
with another clause; a figure the clause gives in the target's unit must be the target's (not 第二期's 6个 beside
第一期7个), a phase the name gives the clause's; not a baseline (基础上, 较), a running total (累计), a deed described
(2025年建成的平台), upkeep or services, nor continued building (续建).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from ggtlint.findings import Severity
from ggtlint.primitives.base import (NEXT_YEAR_WORDS, Hit, Row, TableContext, compile_identity, longest_run,
                                     made_of, other_year)
from ggtlint.primitives.deadline_after_period import project_period
from ggtlint.primitives.goal_figures import stated_targets
from ggtlint.lazyregex import lazy_pattern

NAME = "year-mismatch"
SCOPES = ("table",)
VARIANTS = ("name", "title", "year", "unknown", "overridden", "goal", "indicator", "goal_after", "goal_aim",
            "goal_past", "plan", "indicator_after", "done_before")
# the run's own choice, said so the findings can be read; an indicator's year may be a reference
# goal_aim: an aim promised for a later year (力争到2025年…) is read from free wording, which a probe of
# realistic goals misread too often for a warning (an aim the year's work serves, a plan's aim quoted)
# done_before (recall audit 31's leftovers: last year's finished work as this year's output): a warning, 4 of 4, 0 of
# 10 look-alikes; held out 4 of 5 right (0 of 3 look-alikes told, 1 of 2 true missed: 电商服务站 read as a service,
# since told) (tests/test_leftovers_s21_years.py)
LEVELS = {"overridden": Severity.INFO, "indicator": Severity.INFO, "goal_after": Severity.WARNING,
          "goal_aim": Severity.INFO, "goal_past": Severity.INFO, "plan": Severity.INFO,
          "indicator_after": Severity.WARNING, "done_before": Severity.WARNING}
PLACEHOLDERS = {variant: ("found", "year", "text") for variant in VARIANTS}
PLACEHOLDERS["done_before"] = ("found", "year", "text", "clause")  # the goal's clause of the earlier year's work
PLACEHOLDERS["goal_past"] = ("found", "year", "text", "target", "target_value")  # the indicator repeating the figure
PARAMS_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {}}
compile = compile_identity
# what is done in a year (新建, 完成, 培训 …)
_DEEDS = r"新建|新增|完成|实施|开展|培训|发放|建成|实现|投入|落实|改造|招募|举办|组织|资助|补助|购置|采购|建设"
# where or for whom, before the deed (2022年在5个乡镇新建…, 2022年对全县…实施)
_WHERE_BEFORE_DEED = r"(?:(?:在|对|为|向)[^。；;，,、\n的]{1,14}?)?"
# a sentence of the goal that starts with a year and what is done in it
_GOAL_YEAR = lazy_pattern(r"(?:^|[。；;，,：:\n\s）)])(?P<phrase>(?P<y>20[0-9]{2})年(?:度)?(?:内|全年|共|计划|力争|将|拟)?"
                          + _WHERE_BEFORE_DEED + r"(?P<verb>" + _DEEDS + r")"
                          r"[^。；;，,、\n]{0,16})")  # the clause, for the message
# …and the year's services and care (选派, 救助, 筛查 …)
_MORE_DEEDS = r"选派|放映|扶持|救助|接种|筛查|整治|种植|造林|推广"
# a sentence of the goal reporting what was done last year, no year number: said done (上年已新发放贷款6000万元,
# 去年共选派120名, 上年全县累计发放…, where before the word) or opening with the deed (上一年度完成…); a work
# report, not the year's goal. Told only when an indicator sets its figure as this year's target, the goal says
# nothing of this year (本年, 今年, 计划新建, 将, 继续 …) and the clause is no baseline, money carried over or deed
# described (在上年基础上, 上年结转资金, 上年已建成的)
_LAST_YEARS_DEED = lazy_pattern(r"(?:^|[。；;，,：:\n\s）)])(?P<phrase>(?:上一?年度?|去年|前一年度?)(?:"
                                r"(?:[全我本][县市州区省镇乡])?(?:已经?|共计?|累计|合计)[^。；;，,、\n]{1,16}"
                                r"|(?:全年|内)?" + _WHERE_BEFORE_DEED + r"新?(?:" + _DEEDS
                                + r"|" + _MORE_DEEDS + r")[^。；;，,、\n]{0,16}))")
# (an earlier stage of the project, 上年已完成选址和设计, is its background too)
_LAST_YEAR_RIGHTLY = lazy_pattern(r"基础|较|相比|同比|比上年|结转|结余|延续|巩固|成果|以来|截至|截止|审计|整改|评价|自评|决算"
                                  r"|前期|选址|设计|立项|可研|招标|征地|审批")
# (计划 before what is planned: 计划新建, 计划于; not a programme's name, 营养改善计划)
_THIS_YEARS_WORK = lazy_pattern(r"本年|今年|当年|年内|计划(?=[新完实开投安发建用于在对为向到0-9])|拟|将|继续|力争|确保|争取|预计|进一步")
# …or with the deed, then the year (落实2023年度草原禁牧任务); not for that year's money or work about
# it (完成2023年度绩效自评: _EARLIER_RIGHTLY), nor a project of that year still running (续建, 增发国债)
_VERB_YEAR = lazy_pattern(r"(?:^|[。；;，,：:\n\s）)])(?P<phrase>(?P<verb>落实|完成|开展)(?P<y>20[0-9]{2})年度?"
                          r"[^。；;，,、\n]{0,16})")
_STILL_RUNNING = lazy_pattern(r"续建|增发国债|资金|项目")
# …and in an indicator's name (2023年下达计划续建项目完工率), where 资金 and 项目 say nothing of it
_RUNNING_NAME = lazy_pattern(r"续建|增发国债")
# a sentence that starts with a year, whatever follows (2024年启动…, 2024年底前完成…)
_CLAUSE_YEAR = lazy_pattern(r"(?:^|[。；;，,：:\n\s）)])(20[0-9]{2})年")
_DESCRIBED = lazy_pattern(r"的")  # right after the verb: 建成的, 新建的
# an indicator named for a year's period, the year first: 2022年度补贴资金发放率 (not 编报2024年度…报告);
# or for that year's plan or task anywhere in it (农村公路2024年养护计划完成率); not a batch named by its year
# (2025年度第二批疑点数据核查, 2025年第四批中央预算内投资计划), sent down late and worked on now
_NOT_A_BATCH = r"(?!度?第[一二三四五六七八九十0-9]{1,3}批)"
_NAME_PERIOD = lazy_pattern(r"^(20[0-9]{2})年度" + _NOT_A_BATCH + r"|(?<![较比与至到])(20[0-9]{2})年度?" + _NOT_A_BATCH
                            + r"[\u4e00-\u9fff]{0,6}?(?:计划|任务|目标)")
# …or opening with a bare year and at once the work done in it (2025年清运河道垃圾): not a year before what it
# names (2025年高校毕业生, 2025年洪涝灾害水毁设施, 2025年底前), a work described or in use now (2025年建成的…,
# 2025年新建供水工程运行维护), a follow-up on that year's people or loans (2025年培训学员跟踪回访率, 2025年发放
# 贷款贴息), its money or projects (2025年中央财政衔接资金项目完工率: paid or built on), nor a plan
# or task far from the year (2022年国家林业重点工程计划任务完成率: an older plan still carried out; near it,
# _NAME_PERIOD's)
_NAME_YEAR_DEED = lazy_pattern(r"^(20[0-9]{2})年(?:全年|内|共)?(?:" + _DEEDS + "|" + _MORE_DEEDS
                               + r"|清运|分析|检测|监测|随访|巡查|收治|维修|养护)")
# (what a year's work brought, in use or followed up on now: also a target set on last year's deed, 运转村级养老服务站
# ＝40个 after 上年已建成…40个, is this year's work on it)
_IN_USE_NOW_WORDS = r"运行|运转|维护|管护|使用|运营|利用|开放|跟踪|回访|续聘|贴息|复查"
_IN_USE_NOW = lazy_pattern(_IN_USE_NOW_WORDS)
_NAME_YEAR_RIGHTLY = lazy_pattern(r"的|" + _IN_USE_NOW_WORDS + r"|巩固|资金|项目|债|计划|任务|目标")
# …nor what that year's deed brought, named and then worked on now, the name ending in its own work
# (2025年采购入库储备冻猪肉轮出, 2025年接种犬只免疫抗体监测, 2025年新增事实无人抚养儿童定期探访), or finished
# now and counted (2025年新建学校校舍竣工交付数量: that year's batch); not after a deed that is the work itself
# (2025年开展水质监测)
_NAME_YEAR_WORK_ITSELF = lazy_pattern(r"完成|实施|开展|实现|落实|组织|举办")
_NAME_YEAR_LATER_WORK = lazy_pattern(r"[\u4e00-\u9fff]{2,}(?:探访|走访|监测|检测|核查|复核|验收|评估|轮出|轮换|抽检|巡查"
                                     r"|竣工|完工|交付|投用)(?:数量|个数|[套处户所座个]数)?$")
# …or cared for anywhere after it (2025年新建农村公路养护里程, 2025年造林地块补植补造, 2025年种植苗木抚育)
_NAME_YEAR_CARE = lazy_pattern(r"养护|维修|修缮|抚育|补植|补造|补种")
# a date a promise is kept by and the clause after it, for the message (12月底前完成…, 前完成清算)
_BY_DATE = r"(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?(?:底|末|上旬|中旬|下旬)?(?:以)?前[^。；;，,、\n]{0,16}"
# a promise in the goal to finish by a date of an earlier year (确保2022年12月底前完成…): copied,
# whatever else the goal says of the budget year
_PROMISE_YEAR = lazy_pattern(r"(?P<phrase>(?:确保|力争|保证|争取|务必)(?:在|于)?(?P<y>20[0-9]{2})年" + _BY_DATE + ")")
# a debt falling due in a year (2024年度到期债券本息, 2024年12月到期的贷款): of an earlier year, last
# year's table copied; not a debt overdue, rolled over, refinanced or still unpaid, which this year settles
_DUE_IN_YEAR = lazy_pattern(r"(?P<phrase>(?P<y>20[0-9]{2})年度?(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?(?:以前|前)?到期"
                            r"[^。；;，,、\n]{0,16})")
_DEBT = lazy_pattern(r"债|贷款|借款|本息|本金|利息")
_DUE_RIGHTLY = lazy_pattern(r"逾期|展期|延期|续期|未偿|未还|未付|拖欠|欠款|置换|再融资|以前年度")
# the clause a phrase stands in, over its lists (2024年到期、经批准展期的…): what it says of the debt
_CLAUSE_BEFORE = lazy_pattern(r"[^。；;，,\n]*$")
_CLAUSE_AFTER = lazy_pattern(r"[^。；;，,\n]*")
# an earlier year's money carried over, settled or paid out (2023年度专利资助资金兑现), or a baseline:
# the year is rightly not this one
# work about that year (its report, accounts, audit, awards, inspections)
_ABOUT_THAT_YEAR = r"报告|年报|报表|决算|审计|表彰|评选|考核|检查|统计|大事记|备案|总结|评价|自评|整改|鉴定"
# a benefit or a quality named for a year before the budget year, the year opening its name (2026年森林火灾受害率, 2026年施工工地
# PM10平均浓度较上年下降 in a 2027 table: recall audit 36): last year's result, not this year's target; not a year's end
# or a span (2026年底, 2026年以来), a stock counted up to it (截至, 累计) or a base (基数, 基础)
_BENEFIT_YEAR = lazy_pattern(r"^(20[0-9]{2})年(?![度底末初前内起至以—\-~～])")
# … nor a thing that year made or set, measured now (2022年采购设备验收合格率, 2022年国家林业重点工程计划任务完成率), nor
# the people or works a disaster of that year struck, helped now (2026年受灾农户恢复生产比例, 2026年水毁工程修复率,
# 2026年洪灾倒损农房重建完成率: the disaster by its kind and the work on it, 重建, 恢复, 救助, 安置; not the disaster's
# own size or toll, 2026年农作物受灾面积, 2026年洪涝灾害直接经济损失, last year's result)
_BENEFIT_YEAR_RIGHTLY = lazy_pattern(r"截至|截止|以来|累计|结转|基数|基础|续建|同期|采购|购置|下达|计划|任务|考核|结果|项目|工程"
                                     r"|批次|立项|审计|资金|建成|新建|验收|招聘|招录|发行|申报|灾后|水毁|灾毁"
                                     r"|受灾(?:农户|群众|户|家庭|人员|学生|企业|村|乡镇|地区|学校|设施|房屋)"
                                     # (careful s25: a disaster named by its kind, then the work on it; its size or toll
                                     # alone, 2026年洪涝灾害直接经济损失, 2026年森林火灾受害率, is last year's result)
                                     r"|(?:洪灾|洪涝|水灾|山洪|地震|台风|旱灾|干旱|火灾|雪灾|冰冻|冰雹|风雹|泥石流|滑坡|地质灾害)"
                                     r"[\u4e00-\u9fff]{0,8}?(?:重建|恢复|救助|安置)")
_EARLIER_RIGHTLY = lazy_pattern(r"结转|结余|清算|补发|追加|兑现|兑付|上年度|较|相比|同比|环比|比上年|比对|基础|截至|截止|以来|累计|"
                                + _ABOUT_THAT_YEAR)
# an indicator named for a five-year plan that ended before the budget year (“十四五”期末…覆盖率 in 2026): the
# plan's n-th period ends in 1955 + 5n (十四五, 2021—2025); not its evaluation or leftovers finished now (续建,
# 收尾, 遗留), nor a baseline (较“十四五”末) or its results kept up (巩固“十四五”成果); its own total
# (“十四五”期间累计…) is the plan's figure, not the year's
_PLAN_PERIOD = lazy_pattern(r"十([一二三四五六])五")
_PLAN_NUMBERS = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}
_PLAN_RIGHTLY = lazy_pattern(r"结转|续建|收尾|遗留|巩固|较|相比|基础|以来|" + _ABOUT_THAT_YEAR)


# a promise in the goal to finish part of the year's work after the year: by name (补助资金于次年1月底前
# 完成清算) or by a month of a later year (2027年1月底前); not the work that rightly follows the year
# (its evaluation, accounts, audit, report), nor the end of a later year (2024年底前完成主体建设: a
# project over several years)
_AFTER_YEAR = lazy_pattern(r"(?P<phrase>(?:(?P<next>" + NEXT_YEAR_WORDS + r")|(?P<y>20[0-9]{2})年(?=[0-9]))" + _BY_DATE + ")")
# …or a season of work running from a month of the year into a month of the next (秋冬季除治于2024年10月至
# 2025年3月开展, 10月至次年4月)
# compiled now (as _PROMISE_BY_LATER): a match is told by `match.re is _SPAN_INTO_YEAR`, never true of a lazy stand-in
_SPAN_INTO_YEAR = re.compile(r"(?P<phrase>(?:20[0-9]{2}年)?[0-9]{1,2}月份?(?:至|到|—|–|~|～|-)"
                           r"(?:(?P<next>" + NEXT_YEAR_WORDS + r")|(?P<y>20[0-9]{2})年)(?P<m>[0-9]{1,2})月[^。；;，,、\n]{0,16})")
# …but not the whole span of a project over several years (建设期为2024年3月至2026年12月), nor of a
# term given in brackets (秋季学期（9月至次年1月）): that is its schedule, which the goal may state
# before the year's own part
_PROJECT_SPAN = lazy_pattern(r"(?:建设|实施|项目|服务|合同)?(?:期|周期|期限|工期)(?:为|是|：|:|（|\()?$")
# …nor a date in the later years of a project the goal says runs over several (2024—2026年分三期实施,
# 建设周期为2023—2027年): its schedule, stated before the year's own part; not a span to a month
# (2024年至2025年3月底前完成: a date)
_PROJECT_YEARS = lazy_pattern(r"(20[0-9]{2})年?(?:—|–|-|~|～|至|到)(20[0-9]{2})年(?![0-9])")
# …or a promise to reach an aim by a later year (力争到2025年底全面消除易涝积水点 in 2024): that year's
# goal, not this one's; not in a project the goal says runs over several years (its schedule, 三年行动),
# nor the aim a plan sets that the year's work serves (为确保到2030年…, 以确保…, 为实现力争到…, 规划提出的力争到…,
# “力争到…”, 「…」, 《力争到…方案》, 关于确保到…的部署, …到2025年…的目标); 争取到2024年度…资金 is money sought, no date
_PROMISE_BY_LATER = re.compile(r"(?<![为以的“‘「『《\"])(?<!为了)(?<!关于)(?<!实现)(?P<phrase>(?:确保|力争|争取|保证|务必)到(?:(?P<next>" + NEXT_YEAR_WORDS + r")|(?P<y>20[0-9]{2})年(?!度))"
                             r"(?:底|末)?[^。；;，,、\n]{0,16})")
_MULTI_YEAR_PROJECT = lazy_pattern(r"建设期|实施期|周期|工期|分期|分[两三四五]期|分[两三四五]年|[一二三四五]期(?:工程|项目)|续建|跨年度|规划期"
                                   r"|十[三四五六]五”?(?:期间|时期)|[两三四五]年[\u4e00-\u9fff]{0,4}?(?:行动|计划|项目)")
# the sentence names a long-term or mid-term aim before the promise (远期目标：, 长远看，, 中期目标：): not the year's
_LONG_TERM = lazy_pattern(r"(?:远期|长远|中长期|中期)[^。；;\n]*$")
# 争取到 with money: obtained, no date (积极争取到2024年省级以上补助资金支持, 专项债券额度)
_MONEY_SOUGHT = lazy_pattern(r"资金|投资|补助|补贴|支持|债|额度")
# …nor when its clause, past the phrase read, ends naming the aim or the directive it is (…旅游度假区目标,
# 落实省委省政府确保到2025年…以上的工作要求)
_AIM_NAMED = lazy_pattern(r"(?:目标|的[\u4e00-\u9fff]{0,4}(?:要求|部署))$")
_CLAUSE_REST = lazy_pattern(r"[。；;，,\n]")
_NEW_YEARS_DAY = lazy_pattern(r"(?:" + NEXT_YEAR_WORDS + r"|20[0-9]{2}年)1月(?:1[日号])?(?:以)?前")
_FOLLOWS_THE_YEAR = lazy_pattern(r"自评|评价|审计|决算|总结|报告|报送|年报")
# a project the goal says takes more than a year (跨年度, 分两年实施, 建设期两年): its later dates are its schedule
# (a 工期 alone, 90天 or 6个月, may end after the year all the same)
_YEARS_LONG = lazy_pattern(r"跨年度|分[两三四五]年|(?:期|周期|工期)[为是]?[两三四五]年")
# a later level of the measure the clause before gives for the budget year (2024年森林覆盖率保持在71%以上，
# 力争到2026年稳定在72%以上): the year's part of the aim is said, as the notice asks
_LATER_LEVEL = lazy_pattern(r"(?:底|末)?(?:稳定在|保持在|达到|提高到|提升到|增加到|降低到|下降到|控制在)[0-9]")
_THIS_YEAR_WORDS = ("本年", "今年", "当年")


def _says_this_years_part(goal: str, aim: re.Match[str], year: int) -> bool:
    """Whether a later aim only raises the level its clause before gives for the budget year."""
    if not aim.group("y") or not _LATER_LEVEL.match(goal, aim.end("y") + 1):
        return False
    before = goal[:aim.start()]
    if not before.endswith(("，", ",")):
        return False
    clause = _CLAUSE_REST.split(before[:-1])[-1]
    return f"{year}年" in clause or any(word in clause for word in _THIS_YEAR_WORDS)


def _after_year(goal: str, year: int, period_end: Callable[[], int | None] = lambda: None) \
        -> tuple[int, str, bool] | None:
    """The first promise of the goal to finish after the budget year, as (year, phrase, whether it is an aim
    reached by then: 力争到2025年…), or None. ``period_end`` gives the last year of the project's own period (the
    table's 实施期限, or the goal's 项目实施期限为2025年6月至2027年6月), whose later dates are its schedule; it is
    read only when the goal promises something after the year (most do not)."""
    promises = sorted([*_AFTER_YEAR.finditer(goal), *_SPAN_INTO_YEAR.finditer(goal), *_later_aims(goal)],
                      key=lambda match: match.start())
    if not promises:
        return None
    project_years = [(int(first), int(last)) for first, last in _PROJECT_YEARS.findall(goal)]
    if (own_end := period_end()) is not None:
        project_years.append((year, own_end))
    several_years = _YEARS_LONG.search(goal) is not None
    for match in promises:
        found = year + 1 if match.group("next") else int(match.group("y"))
        if match.group("y") and (several_years or any(first <= year < found <= last for first, last in project_years)):
            continue  # a later year of the project's own schedule (not 次年: the year's own work after it)
        if match.re is _SPAN_INTO_YEAR and (found > year + 1 or int(match.group("m")) == 12
                                            or _PROJECT_SPAN.search(goal, max(0, match.start() - 8), match.start())):
            continue  # a span of years, or to a year's end: a project's schedule, not a season of its work
        if found == year + 1 and _NEW_YEARS_DAY.match(goal, match.start("next") if match.group("next") else match.start("y")):
            continue  # 2025年1月1日前, 次年1月前: before the new year begins, so within the budget year
        if match.re is _PROMISE_BY_LATER and _says_this_years_part(goal, match, year):
            continue  # the sentence gives this year's part before the later aim
        if found > year and _FOLLOWS_THE_YEAR.search(match.group("phrase")) is None:
            return found, match.group("phrase"), match.re is _PROMISE_BY_LATER
    return None


def _later_aims(goal: str) -> list[re.Match[str]]:
    """The goal's promises to reach an aim by a later year (力争到2025年底全面消除…), not the aim a plan
    sets (…的目标, …度假区目标, …的工作要求), nor one its sentence says is the long-term aim (远期目标：力争到2030年…), nor money
    sought (争取到2024年省级补助资金), nor any in a project the goal says runs over several years (its schedule)."""
    if "到" not in goal or _MULTI_YEAR_PROJECT.search(goal):
        return []
    return [match for match in _PROMISE_BY_LATER.finditer(goal)
            if "的" not in match.group("phrase") and "目标" not in match.group("phrase")
            and not _AIM_NAMED.search(match.group("phrase") + _CLAUSE_REST.split(goal[match.end():], 1)[0])
            and not _LONG_TERM.search(goal, 0, match.start())
            and not (match.group("phrase").startswith("争取") and _MONEY_SOUGHT.search(match.group("phrase")))]


def _last_years_deed(ctx: TableContext, goal: str, year: int) -> tuple[str, Row] | None:
    """The goal's first sentence reporting last year's work (上年已新发放贷款6000万元) whose figure an indicator
    sets as this year's target (≥6000万元), with that indicator, when the goal says nothing of this year's and
    the clause is no baseline (在上年基础上) or money carried over (上年结转资金); else None. A goal opening with
    last year's work as background (上年已建成服务站40个，项目新建…) sets other figures, and is left alone."""
    if "年" not in goal or _THIS_YEARS_WORK.search(goal) or f"{year}年" in goal:
        return None
    for match in _LAST_YEARS_DEED.finditer(goal):
        phrase = match.group("phrase")
        clause = phrase + _CLAUSE_REST.split(goal[match.end():], 1)[0]
        if "的" not in phrase and _LAST_YEAR_RIGHTLY.search(clause) is None:
            targets = [row for row in stated_targets(phrase, ctx) if _IN_USE_NOW.search(row.name) is None]
            if targets:
                return phrase, targets[0]
    return None


def _year_of_deed(row: Row) -> int | None:
    """The year a quantity's name opens with before the work done in it (2025年清运河道垃圾), or None; not a
    benefit's, quality's or deadline's, which may measure this year what that year's work brought or how it
    is finished (2025年种植经济林挂果率, 2025年采购设备验收合格率)."""
    opening = _NAME_YEAR_DEED.match(row.name) if row.level2 == "数量指标" else None
    if opening is None or _NAME_YEAR_RIGHTLY.search(row.name):
        return None
    deed = row.name[len(opening.group(1)) + 1:opening.end()]
    after = row.name[opening.end():]
    if _NAME_YEAR_WORK_ITSELF.search(deed) is None \
            and (_NAME_YEAR_LATER_WORK.search(after) or _NAME_YEAR_CARE.search(after)):
        return None
    return int(opening.group(1))


# an indicator measured in a year after the budget year (2028年城市管理案件按期结案率, 2030年碳汇林年固碳量,
# 造林主体满意度（2029年验收时调查）: the thirty-first recall audit): the year's targets are judged at its end.
# Not the end of a span or an aim (2026—2028年累计, 较2025年, 到2030年), a day just past the year's end (2027年1月,
# 2027年春节前: TIME001's) nor any year followed by a figure (2028年6月: a date, not the year a thing is measured in),
# nor work done this year for a later one (2027年度预算编制, 2027年春季学期教材征订, 2027年项目储备, 2027届毕业生)
# or a term that runs on (质保期, 使用年限, 有效期), nor a plan's aim (2030年碳达峰目标)
_NAME_LATER_YEAR = lazy_pattern(r"(?<![较比与至到—–~～0-9-])(20[0-9]{2})年(?!度?1月|度?元旦|度?春节|[0-9])")
_LATER_YEAR_RIGHTLY = lazy_pattern(r"预算|编制|申报|储备|征订|预订|采购|准备|筹备|谋划|计划|规划|目标|远景|愿景|达峰|中和"
                                   r"|质保|保修|维保|年限|有效期|届|(?:资金|经费|项目)申请|申请(?:资金|经费)"
                                   # (s23) next year's money sought this year (2027年度上级资金争取到位率)
                                   r"|(?:资金|经费|项目|债券)争取|争取(?:上级)?(?:资金|经费|项目|债券)")
# a date opening the name, or after 截至 (2028年6月底前道路完好率, 截至2028年6月道路完好率), is the day a thing is
# measured: after the budget year unless it is the next January, just past the year's end (TIME001's); not a span's
# start (2027年6月至2028年, 2027年6月底至2028年: the lookahead reads past the day's words, which are optional and
# would otherwise be given back to let 底 pass as the name's first character)
_NAME_LATER_DATE = lazy_pattern(r"^(?:截至|截止)?(20[0-9]{2})年(1[0-2]|[1-9])月"
                                r"(?!(?:[1-3]?[0-9]日)?(?:底|末|中旬|下旬|上旬)?(?:之前|以前|前)?[至到起—–~～\-])"
                                r"(?:[1-3]?[0-9]日)?(?:底|末|中旬|下旬|上旬)?(?:之前|以前|前)?[\u4e00-\u9fff]")


# work the goal says an earlier year finished (2025年已建成数字化城管监督指挥系统, 平台于2025年7月部署上线, 2025年已
# 完成第一期7个小区改造: the thirty-first recall audit's leftovers), in a clause of its own (not 、, which lists the
# work: 教学楼、综合楼、食堂3栋单体的桩基础工程)
_DONE_CLAUSE_END = lazy_pattern(r"[。；;，,\n]")
_DONE_IN = lazy_pattern(r"(20[0-9]{2})年(?:[0-9]{1,2}月)?(?:底|末|份)?(?:前)?(?:已经?|已)?(?:全面|全部)?"
                        r"(?:完成|建成|竣工|完工|部署上线|上线|投入使用|交付使用)")
# not a baseline or a comparison (在2025年已建成…的基础上, 较2025年; not 桩基础), nor a deed described (2025年建成的平台)
_DONE_RIGHTLY = lazy_pattern(r"基础上|为基础|较|相比|比上年|以来|累计")
# a quantity naming the work finished (建成, 完成, 部署上线), not the use or upkeep of what was finished
_DONE_NAME = lazy_pattern(r"完成|建成|竣工|完工|上线|投入使用|交付")
# (服务 as work done, not a place built: 电商服务站, 服务中心)
_AFTER_DONE = lazy_pattern(r"运维|维护|管护|养护|运行|培训|服务(?![站点中心设])|使用率|累计|续建")
_DONE_VERBS = ("已经", "已", "完成", "建成", "新建")
_PHASE_NAMED = lazy_pattern(r"第?[一二三四五六七八九十0-9]+(?:期|批|标段)")
_DONE_RUN = 3  # characters in a row the name's work shares with the clause


def _done_before(ctx: TableContext, goal: str, year: int) -> Iterator[tuple[str, int, Row]]:
    """Quantities of this year's output naming work the goal says an earlier year finished (建成数字化城管监督指挥
    系统 ＝1套 beside 2025年已建成数字化城管监督指挥系统): the name is made of the clause's words, or its work shares a
    run of three with it and with no clause of this year's more; a figure the clause gives in the target's unit
    (7个) must be the target's, and a phase the name gives (第二期) the clause's."""
    if "年" not in goal:
        return
    done: list[tuple[str, int]] = []
    others: list[str] = []
    for clause in _DONE_CLAUSE_END.split(goal):
        match = _DONE_IN.search(clause)
        if match is not None and int(match.group(1)) < year and _DONE_RIGHTLY.search(clause) is None \
                and not clause.startswith("的", match.end()) \
                and not any(int(found) >= year for found in re.findall(r"(20[0-9]{2})年", clause)):
            done.append((clause, int(match.group(1))))
        elif clause:
            others.append(clause)
    if not done:
        return
    for row in ctx.rows:
        if row.level2 != "数量指标" or not _DONE_NAME.search(row.name) or _AFTER_DONE.search(row.name):
            continue
        work = row.name
        for verb in _DONE_VERBS:
            work = work.replace(verb, "")
        for clause, found in done:
            run = longest_run(work, clause)
            if not (made_of(row.name, clause) or (run >= _DONE_RUN and all(longest_run(work, other) <= run
                                                                            for other in others))):
                continue
            phase = _PHASE_NAMED.search(row.name)
            if phase is not None and phase.group().lstrip("第") not in clause:
                continue
            unit = row.parsed.unit
            said = [value for value in re.findall(r"([0-9]+(?:\.[0-9]+)?)" + re.escape(unit), clause)] if unit else []
            if said and (row.parsed.number is None or all(float(value) != float(row.parsed.number) for value in said)):
                continue
            yield clause, found, row
            break


def _later_year(name: str, year: int) -> int | None:
    """The year after the budget year an indicator's name is measured in, or None."""
    if "年" not in name or _LATER_YEAR_RIGHTLY.search(name):
        return None
    later = [int(found) for found in _NAME_LATER_YEAR.findall(name) if int(found) > year]
    if not later and (date := _NAME_LATER_DATE.match(name)) is not None:
        found, month = int(date.group(1)), int(date.group(2))
        if found > year + 1 or (found == year + 1 and month > 1):
            return found
    return later[0] if later else None


def _plan_end(name: str) -> int | None:
    """The last year of the five-year plan a name is for (2025 for “十四五”), or None."""
    plan = _PLAN_PERIOD.search(name)
    return 1955 + 5 * _PLAN_NUMBERS[plan.group(1)] if plan is not None else None


def check_table(ctx: TableContext, params: dict[str, Any]) -> Iterator[Hit]:
    project = ctx.table.project
    if ctx.budget_year is None:
        pointer = "/project/year" if ctx.table.span("/project/year") is not None else "/project"
        yield Hit(pointer, {"found": "", "year": "", "text": project.title or ""}, value="", variant="unknown")
        return
    if project.year and project.year != ctx.budget_year:  # only a year given to the run wins over the table's
        yield Hit("/project/year", {"found": project.year, "year": ctx.budget_year, "text": project.title or ""},
                  value=str(project.year), variant="overridden", severity=LEVELS["overridden"])
    if ctx.contradicted_year is not None:
        # the name and the title agree with each other, not with the 预算年度 written: that is the one to check
        yield Hit("/project/year", {"found": ctx.contradicted_year, "year": ctx.budget_year, "text": project.title or ""},
                  value=str(ctx.contradicted_year), variant="year")
        return
    overridden = project.year if project.year and project.year != ctx.budget_year else None
    for field, text in (("name", project.name), ("title", project.title)):
        year = other_year(text, ctx.budget_year)
        if year is not None and year != overridden:  # the table's own year: the override's note says it
            yield Hit(f"/project/{field}", {"found": year, "year": ctx.budget_year, "text": text}, value=str(year),
                      variant=field)
    for row in ctx.rows:
        period = _NAME_PERIOD.search(row.name) if "20" in row.name and "年" in row.name else None  # most have no year
        found = int(period.group(1) or period.group(2)) if period is not None else _year_of_deed(row)
        if found is None and (row.level1 == "效益指标" or row.level2 == "质量指标") and (opening := _BENEFIT_YEAR.match(row.name)) is not None \
                and _BENEFIT_YEAR_RIGHTLY.search(row.name) is None and int(opening.group(1)) < ctx.budget_year \
                and int(opening.group(1)) != overridden:
            yield Hit(row.indicator.name_pointer, {"found": int(opening.group(1)), "year": ctx.budget_year,
                                                   "text": row.name},
                      value=row.name, variant="indicator", severity=LEVELS["indicator"])
            continue
        if found is not None and found < ctx.budget_year and found != overridden \
                and _EARLIER_RIGHTLY.search(row.name) is None and _RUNNING_NAME.search(row.name) is None:
            yield Hit(row.indicator.name_pointer, {"found": found, "year": ctx.budget_year,
                                                   "text": row.name},
                      value=row.name, variant="indicator", severity=LEVELS["indicator"])
        # (a 可持续影响 row is the long term by its place: 2031年结直肠癌五年生存率 there is the lasting effect the
        # year's work serves, as REL026 reads it too, not the year's target; TIME004 (multi_year) still tells 到2031年…
        # there, on purpose: 到 says a target reached over the years between, the multi-year target of the reference's
        # R19, which it tells in any row (careful s25; rules/time.yaml's TIME004 comment))
        if "20" in row.name and row.level2 != "可持续影响指标" \
                and (later := _later_year(row.name, ctx.budget_year)) is not None:
            yield Hit(row.indicator.name_pointer, {"found": later, "year": ctx.budget_year, "text": row.name},
                      value=row.name, variant="indicator_after", severity=LEVELS["indicator_after"])
        plan_end = _plan_end(row.name)
        if plan_end is not None and plan_end < ctx.budget_year and _PLAN_RIGHTLY.search(row.name) is None:
            yield Hit(row.indicator.name_pointer, {"found": plan_end, "year": ctx.budget_year, "text": row.name},
                      value=row.name, variant="plan", severity=LEVELS["plan"])
    goal = ctx.goal
    for clause, found, row in _done_before(ctx, goal, ctx.budget_year):
        yield Hit(row.indicator.name_pointer, {"found": found, "year": ctx.budget_year, "text": row.name,
                                               "clause": clause},
                  value=row.name, variant="done_before", severity=LEVELS["done_before"])

    def period_end() -> int | None:
        period = project_period(ctx)
        return period[1].year if period is not None else None

    after = _after_year(goal, ctx.budget_year, period_end)
    # an indicator's deadline in that year is TIME001's finding already (one mistake, told once)
    if after is not None and after[0] != overridden and not any(
            row.parsed.deadline is not None and row.parsed.deadline.year == after[0] for row in ctx.rows):
        variant = "goal_aim" if after[2] else "goal_after"
        yield Hit("/goal", {"found": after[0], "year": ctx.budget_year, "text": after[1]}, value=after[1],
                  variant=variant, find=after[1], severity=LEVELS[variant])
    for match in _PROMISE_YEAR.finditer(goal):
        year = int(match.group("y"))
        if year < ctx.budget_year and year != overridden and _EARLIER_RIGHTLY.search(match.group("phrase")) is None:
            yield Hit("/goal", {"found": year, "year": ctx.budget_year, "text": match.group("phrase")},
                      value=match.group("phrase"), variant="goal", find=match.group("phrase"))
            return  # one copied goal is told once
    for match in _DUE_IN_YEAR.finditer(goal):
        year = int(match.group("y"))
        clause = (_CLAUSE_BEFORE.search(goal, 0, match.start()).group(0)  # type: ignore[union-attr]
                  + _CLAUSE_AFTER.match(goal, match.start()).group(0))  # type: ignore[union-attr]
        if year < ctx.budget_year and year != overridden and _DEBT.search(match.group("phrase")) is not None \
                and _DUE_RIGHTLY.search(clause) is None:
            yield Hit("/goal", {"found": year, "year": ctx.budget_year, "text": match.group("phrase")},
                      value=match.group("phrase"), variant="goal", find=match.group("phrase"))
            return  # one copied goal is told once
    last_years = _last_years_deed(ctx, goal, ctx.budget_year)
    if last_years is not None:
        phrase, target = last_years
        yield Hit("/goal", {"found": ctx.budget_year - 1, "year": ctx.budget_year, "text": phrase,
                            "target": target.name, "target_value": target.shown},
                  value=phrase, variant="goal_past", find=phrase, severity=LEVELS["goal_past"])
        return  # one goal not of this year is told once
    if any(int(year) == ctx.budget_year for year in _CLAUSE_YEAR.findall(goal)):
        return  # a goal over several years (2023年完成选址，2024年底前完成建设) says this year's part too
    matches = sorted([*_GOAL_YEAR.finditer(goal),
                      *(match for match in _VERB_YEAR.finditer(goal)
                        if _EARLIER_RIGHTLY.search(match.group("phrase")) is None
                        and _STILL_RUNNING.search(match.group("phrase")) is None)],
                     key=lambda match: match.start())
    for match in matches:
        year = int(match.group("y"))
        background = _DESCRIBED.match(goal, match.end("verb"))  # 2023年建成的放流站: a deed described
        if year < ctx.budget_year and year != overridden and background is None:
            yield Hit("/goal", {"found": year, "year": ctx.budget_year, "text": match.group("phrase")},
                      value=match.group("phrase"), variant="goal", find=match.group("phrase"))
            break  # one copied goal is told once

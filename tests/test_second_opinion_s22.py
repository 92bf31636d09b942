"""A second opinion on checks added in round s22, with look-alikes and true cases written independently of their
authors' probes: REL020 benefit-over-output, REL021 the province's target in a county's table, TIME011 a transfer
passed down more than 30 days after receipt, TIME012 a subsidy paid before the acceptance the goal pays on, REL008's
period_as_year / plan_as_year, TIME006's length_goal_dated, FUND019's word-order fallback and SAT002's governments
and finance offices. Each row says whether the check should tell it; rows the checks still get wrong are listed in
STILL_WRONG with the reason, so a later fix shows up as a failing pin to update."""

from __future__ import annotations

from typing import Any

import pytest

from engine_helpers import benefit_over_output_told, cost_note_findings
from ggtlint.load import load_text


def _ids(engine: Any, text: str) -> list[Any]:
    """The findings the built-in pack gives on a table written as YAML text."""
    return list(engine.check_source(load_text(text, "second_opinion_s22.yaml")).findings)


# ---------------------------------------------------------------- REL020 benefit-over-output
REL020_CASES: list[tuple[tuple[tuple[str, str], ...], str, str, bool]] = [
    # look-alikes: the newly added against all those served, units, ranges, brackets that widen, other groups
    ((("新增发放高龄津贴的80岁以上老年人", "≥500人"),), "按月领取高龄津贴的80岁以上老年人", "≥6000人", False),
    ((("资助家庭经济困难学生", "≥1.2万人"),), "顺利完成学业的家庭经济困难学生", "≥11000人", False),
    ((("资助家庭经济困难学生", "1000-1200人"),), "顺利完成学业的家庭经济困难学生", "≥1100人", False),
    ((("培训农村转移劳动力", "≥500人次"),), "实现转移就业的农村转移劳动力", "≥800人", False),
    ((("享受社会保险补贴的就业困难人员", "≥200人"),), "实现稳定就业的就业困难人员（含往年帮扶）", "≥260人", False),
    ((("享受社会保险补贴的就业困难人员", "≥200人"),), "实现稳定就业的就业困难人员比例", "≥80%", False),
    ((("救助困境儿童", "≥200人"),), "健康成长的农村留守儿童", "≥1500人", False),
    ((("新增护理床位", "≥80张"),), "敬老院在院特困老年人", "≥150人", False),
    ((("本年度新纳入特困供养人员", "≥60人"),), "基本生活得到保障的特困供养人员", "≥900人", False),
    ((("开展心理辅导的留守儿童", "≥300人"),), "其中：心理健康状况改善的留守儿童", "≥200人", False),
    ((("为残疾人适配辅助器具", "≥300件"),), "生活自理能力提高的残疾人", "≥280人", False),
    ((("第一批资助家庭经济困难学生", "≥400人"), ("第二批资助家庭经济困难学生", "≥500人")),
     "顺利完成学业的家庭经济困难学生", "≥850人", False),
    # true cases in new phrasings
    ((("资助家庭经济困难大学生", "≥500人"),), "顺利入学的家庭经济困难大学生", "≥650人", True),
    ((("培训农村转移劳动力", "≥1000人"),), "实现转移就业的农村转移劳动力", "≥1500人", True),
    ((("城镇特困人员", "≥200人"), ("农村特困人员", "≥1800人")), "基本生活得到保障的城乡特困人员", "≥2500人", True),
    ((("新增养老床位", "≥50张"),), "新增养老床位入住老年人", "≥80人", True),
    # held out: written after the fixes, run once (not used to tune them)
    ((("新认定的困难残疾人", "≥80人"),), "按时领取生活补贴的困难残疾人", "≥1200人", False),
    ((("新增就业困难人员认定", "≥300人"),), "实现稳定就业的就业困难人员", "≥250人", False),
    ((("救助困难群众中的重度残疾人", "≥100人"),), "生活状况改善的重度残疾人", "≥180人", True),
    ((("资助在园幼儿", "≥800人"),), "顺利入园的在园幼儿", "≥900人", True),
]


# ---------------------------------------------------------------- audit 33's table (TIME011, TIME012, REL021, SAT002)
AUDIT33 = """version: 1
project: {{name: 2026年村级公益事业奖补资金, year: 2026, department: {department}, implementer: {department}}}
funds: {{unit: 万元, total: 800, fiscal: 800}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: "{output}", value: ≥40个}}
    时效指标:
      - {{name: "{paid}", value: "{paid_value}"}}
      - {{name: "{accepted}", value: 2026年10月31日前}}
  效益指标:
    社会效益指标:
      - {{name: 受益农村人口, value: ≥3万人}}
  满意度指标:
    服务对象满意度指标:
      - {{name: "{satisfaction}", value: ≥90%}}
"""
GOAL33 = "2026年支持全县40个村实施村内道路硬化奖补项目，采取先建后补方式，项目竣工验收合格后拨付奖补资金，受益农村人口3万人。"


def _audit33(engine: Any, department: str = "某县财政局", goal: str = GOAL33, output: str = "奖补项目",
             paid: str = "奖补资金拨付时间", paid_value: str = "2026年12月31日前",
             accepted: str = "奖补项目竣工验收时间", satisfaction: str = "受益村民满意度") -> set[str]:
    text = AUDIT33.format(department=department, goal=goal, output=output, paid=paid, paid_value=paid_value,
                          accepted=accepted, satisfaction=satisfaction)
    return {f.rule_id for f in _ids(engine, text)}


# REL021: (department, output's name, told)
REL021_CASES: list[tuple[str, str, bool]] = [
    # look-alikes: the county's part in a provincial event, exam or ranking; a provincial system; a provincial title
    ("某县文化广电旅游局", "承办全省旅游产业发展大会", False),
    ("某县文化广电旅游局", "全省旅游产业发展大会观摩点建设", False),
    ("某县农业农村局", "全省农村人居环境整治现场会观摩点", False),
    ("某县教育局", "全省中小学生运动会参赛学生", False),
    ("某县教育局", "全省初中学业水平考试合格率", False),
    ("某县发展和改革局", "全省县域经济考核进位", False),
    ("某县政务服务中心", "全省网上办事大厅事项上线率", False),
    ("某县农业农村局", "全省高素质农民培训班选送学员", False),
    ("某县妇女联合会", "全省最美家庭评选推荐", False),
    ("某县农业农村局", "全省农民丰收节分会场活动", False),
    ("某县人力资源和社会保障局", "全省职业技能大赛获奖选手", False),
    ("某县卫生健康局", "全省卫生健康信息平台数据上传率", False),
    ("某县农业农村局", "全省统一标准建设村级综合服务站", False),
    # true cases in new phrasings
    ("某县农业农村局", "全省农村户厕改造", True),
    ("某县农业农村局", "全省新增高标准农田面积", True),
    ("某市乡村振兴局", "全省脱贫人口人均纯收入增幅", True),
    ("某县交通运输局", "全自治区新改建农村公路里程", True),
    # held out: written after the fixes, run once (not used to tune them)
    ("某县文化和旅游局", "全省文化旅游发展大会分会场", False),
    ("某县教育局", "全省中考平均分", False),
    ("某县林业局", "全省新增造林面积", True),
    ("某县水利局", "全省农村自来水普及率", True),
    ("某县商务局", "全省消费促进月活动", False),
]

# TIME011: (name, value, told)
TIME011_CASES: list[tuple[str, str, bool]] = [
    # look-alikes: counted from an application, a plan, a document passed down, spending paces, 30 days or less
    ("补助资金下达到户时间", "收到乡镇申请后45日内", False),
    ("任务清单分解下达时间", "收到省级实施方案后60日内", False),
    ("下达项目竣工时间", "收到下达文件后180日内", False),
    ("下达资金支出时限", "收到资金后90天内支出完毕", False),
    ("项目实施方案下达后开工时间", "收到方案批复后60日内", False),
    ("下达资金拨付到户时间", "收到乡镇申报后40个工作日内", False),
    ("资金分配下达时间", "每批次收到上级资金后30日内", False),
    ("资金分解下达时间", "收到上级资金后1个月内", False),
    ("资金分配下达时间", "收到上级资金后三十日内", False),
    ("绩效目标分解下达时间", "收到上级资金文件后30日内", False),
    ("补助资金下达后兑付时间", "收到验收报告后60日内", False),
    ("资金分配下达时间", "收到上级资金后20个工作日内", False),
    # true cases in new phrasings
    ("中央资金分解下达时间", "接到中央资金文件后两个月内", True),
    ("资金下达时间", "收到上级资金后45个工作日内", True),
    ("资金分配下达时限", "收到省级补助资金后四十五日内", True),
    ("资金分配下达时间", "上级资金到位后60日内", True),
    ("补助资金分配下达时间", "收到上级转移支付资金后50天内", True),
    # held out: written after the fixes, run once (not used to tune them)
    ("资金分配下达时间", "收到上级经费后40日内", True),
    ("资金分解下达时限", "接到转移支付后六十日内", True),
    ("资金分配下达时间", "收到项目申报书后45日内", False),
    ("下达资金拨付到户时限", "收到上级资金后60日内", False),
    ("绩效目标分解下达时间", "收到省级绩效目标后45日内", False),
]

# TIME012: (goal, paid's name, paid's date, acceptance's name, told)
_ADVANCE = GOAL33.replace("项目竣工验收合格后拨付奖补资金", "开工后按进度先行拨付30%，项目竣工验收合格后拨付余款")
_BATCHES = GOAL33.replace("项目竣工验收合格后拨付奖补资金", "项目竣工验收合格后按验收批次分批兑付奖补资金")
TIME012_CASES: list[tuple[str, str, str, str, bool]] = [
    # look-alikes: an advance the goal allows, last year's works, batches, other money, a level passing it on
    (_ADVANCE, "第一笔奖补资金拨付时间", "2026年6月30日前", "奖补项目竣工验收时间", False),
    (_ADVANCE, "30%奖补资金拨付时间", "2026年6月30日前", "奖补项目竣工验收时间", False),
    (GOAL33, "上年度奖补资金兑付时间", "2026年3月31日前", "奖补项目竣工验收时间", False),
    (GOAL33, "2025年度验收项目奖补资金兑付时间", "2026年4月30日前", "奖补项目竣工验收时间", False),
    (GOAL33, "奖补资金下拨到镇时间", "2026年5月31日前", "奖补项目竣工验收时间", False),
    (GOAL33, "项目前期工作经费拨付时间", "2026年4月30日前", "奖补项目竣工验收时间", False),
    (GOAL33, "以工代赈劳务报酬发放时间", "2026年6月30日前", "奖补项目竣工验收时间", False),
    (_BATCHES, "第一批奖补资金兑付时间", "2026年7月31日前", "全部奖补项目竣工验收时间", False),
    (GOAL33, "奖补资金拨付时间", "2026年10月31日前", "奖补项目竣工验收时间", False),
    (GOAL33, "奖补资金公示时间", "2026年6月30日前", "奖补项目竣工验收时间", False),
    (GOAL33, "奖补资金预算下达时间", "2026年3月31日前", "奖补项目竣工验收时间", False),
    (GOAL33, "设计监理费支付时间", "2026年5月31日前", "奖补项目竣工验收时间", False),
    # true cases in new phrasings
    (GOAL33.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "实行先建后补，项目验收合格后一次性兑付补助资金"),
     "补助资金兑付时间", "2026年6月30日前", "项目验收时间", True),
    (GOAL33.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "经县级验收合格后拨付以奖代补资金"),
     "以奖代补资金拨付完成时间", "2026年8月31日前", "县级验收完成时间", True),
    (GOAL33.replace("采取先建后补方式，项目竣工验收合格后拨付奖补资金", "新建养殖场经验收存栏后兑付奖励资金"),
     "奖励资金发放时间", "2026年6月30日前", "养殖场存栏验收时间", True),
    (GOAL33, "奖补资金拨付到户时间", "2026年7月31日前", "奖补项目竣工验收时间", True),
    # held out: written after the fixes, run once (not used to tune them)
    (GOAL33, "奖补资金兑付到村时间", "2026年9月30日前", "奖补项目竣工验收时间", True),
    (GOAL33, "上年结转项目奖补资金拨付时间", "2026年4月30日前", "奖补项目竣工验收时间", False),
    (GOAL33, "项目监理服务费支付时间", "2026年9月30日前", "奖补项目竣工验收时间", False),
    (GOAL33.replace("项目竣工验收合格后拨付奖补资金", "开工后先行拨付50%，竣工验收合格后拨付剩余奖补资金"),
     "50%奖补资金拨付时间", "2026年5月31日前", "奖补项目竣工验收时间", False),
    (GOAL33, "补助资金支付完成时间", "2026年8月31日前", "奖补项目竣工验收时间", True),
]

# SAT002: (goal, satisfaction's name, told)
SAT002_CASES: list[tuple[str, str, bool]] = [
    # look-alikes: the governments and offices are those the project serves (a training, equipment, services)
    ("2026年为全县乡镇人民政府开展依法行政培训12期。", "乡镇政府满意度", False),
    ("2026年为全县12个乡镇党委政府提供法律顾问服务。", "镇党委政府满意度", False),
    ("2026年对全县村“两委”成员开展轮训1200人次。", "村两委成员满意度", False),
    ("2026年对各乡镇财政所开展业务指导，提升乡镇财政管理水平。", "财政所满意度", False),
    ("2026年为各乡（镇）人民政府购置应急指挥设备。", "乡（镇）政府满意度", False),
    ("2026年为全县村级组织开展村干部学历提升教育200人。", "村干部满意度", False),
    ("2026年为全县各村（社区）两委干部购买意外伤害保险。", "村两委干部满意度", False),
    ("2026年为全县18个乡镇财政所升级财务核算系统。", "乡镇财政所满意度", False),
    ("2026年为全县乡镇政府提供政务云服务。", "乡镇人民政府满意度", False),
    (GOAL33, "财政局窗口服务对象满意度", False),
    (GOAL33, "群众对乡镇政府服务满意度", False),
    (GOAL33, "乡镇卫生院满意度", False),
    # true cases in new phrasings
    (GOAL33, "乡镇人民政府满意度", True),
    (GOAL33, "项目乡镇政府满意度", True),
    (GOAL33, "镇财政所满意度", True),
    (GOAL33, "村两委干部满意度", True),
    # held out: written after the fixes, run once (not used to tune them)
    ("2026年为全县各乡镇人民政府开展应急管理培训。", "各乡镇政府满意度", False),
    ("2026年对全县村（社区）“两委”成员开展集中轮训。", "村两委成员满意度", False),
    (GOAL33, "乡（镇）人民政府满意度", True),
    (GOAL33, "镇人民政府满意度", True),
    ("2026年为各乡镇财政所更新办公设备。", "乡镇财政所工作人员满意度", False),
]


# ---------------------------------------------------------------- REL008 period_as_year / plan_as_year
PERIOD = """version: 1
project: {{name: 2026年县农村基础设施项目, year: 2026, department: 县交通运输局{period}}}
funds: {{unit: 万元, total: 900, fiscal: 900}}
goal: {goal}
indicators:
  产出指标:
    数量指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 沿线群众满意度, value: ≥90%}}
"""
_TWO = "2026年3月-2027年10月"
_THREE = "2026年-2028年"


def _rel008(engine: Any, goal: str, name: str, value: str, period: str) -> bool:
    text = PERIOD.format(goal=goal, name=name, value=value, period=f", period: {period}" if period else "")
    return any(f.rule_id == "REL008" and ("本年度只完成" in f.message() or "按实施期年数" in f.message())
               for f in _ids(engine, text))


_BRIDGES = "项目实施期2026—2027年，分两年改造危旧桥梁16座，2026年改造8座。"
# (goal, name, value, 实施期限, told)
REL008_CASES: list[tuple[str, str, str, str, bool]] = [
    # look-alikes: the whole period said in the name, each year's same figure, the year's share, capacity
    (_BRIDGES, "项目期内改造危旧桥梁总数", "＝16座", "", False),
    (_BRIDGES, "两年合计改造危旧桥梁", "＝16座", "", False),
    (_BRIDGES, "危旧桥梁改造（实施期目标）", "＝16座", "", False),
    (_BRIDGES, "累计完成危旧桥梁改造（含上年）", "＝16座", "", False),
    ("2026—2028年每年培训基层农技人员300人，2026年培训300人。", "培训基层农技人员", "≥300人", _THREE, False),
    ("三年建设期内完成人工造林5400公顷，2026年完成1800公顷。", "人工造林面积（2026年度）", "≥1800公顷", "", False),
    ("分三年实施，2026年完成农村户厕改造2000户。", "农村户厕改造", "≥2000户", _THREE, False),
    ("2026年完成高标准农田1万亩，三年累计建成3万亩。", "三年累计建成高标准农田", "≥3万亩", _THREE, False),
    ("2026年新建污水处理站12座，建成后日处理能力合计3600吨。", "日处理污水能力", "≥3600吨", _TWO, False),
    ("2026—2027年每年开展送戏下乡120场，2026年开展120场。", "送戏下乡场次", "≥120场", _TWO, False),
    ("三年行动计划（2026—2028年）共完成造林5400公顷，2026年完成1800公顷。", "人工造林面积", "≥1800公顷", "", False),
    ("运维合同期三年（2025年7月至2028年6月），2026年完成数据治理入库50万条，合同期累计150万条。",
     "合同期累计数据治理入库", "≥150万条", "", False),
    ("项目期3年，2026年开展巡河3000次。", "巡河次数", "≥3000次", _THREE, False),
    # true cases in new phrasings
    ("项目建设期2026年5月至2027年12月，分两年新建农村公路60公里，2026年建设30公里。", "新建农村公路里程", "≥60公里", "",
     True),
    ("2026年完成农村危房改造300户。", "农村危房改造户数", "≥900户", _THREE, True),
    ("按两年实施计划，2026年完成智慧教室建设40间。", "智慧教室建设数量", "≥20间", "2026年-2027年", True),
    ("项目实施期为2026—2028年，三年完成退化草原修复9万亩，2026年修复3万亩。", "退化草原修复面积", "≥9万亩", "", True),
]


# ---------------------------------------------------------------- TIME006 length_goal_dated
TIMED = """version: 1
project: {{name: 2026年基层治理专项经费, year: 2026, department: 县直部门, category: 特定目标-专项业务}}
funds: {{unit: 万元, total: 144, fiscal: 144}}
goal: {goal}
indicators:
  产出指标:
    时效指标:
      - {{name: "{name}", value: "{value}"}}
  满意度指标:
    服务对象满意度指标:
      - {{name: 受益群众满意度, value: ≥90%}}
"""


def _time006(engine: Any, goal: str, name: str, value: str) -> bool:
    found = _ids(engine, TIMED.format(goal=goal, name=name, value=value))
    return any(f.rule_id == "TIME006" and "时长" in f.message_zh for f in found)


# (goal, name, value, told)
TIME006_CASES: list[tuple[str, str, str, bool]] = [
    # look-alikes: a length from a start the goal gives, the length of an activity, per case, a warranty
    ("5月1日起开展为期90天的夏季治安巡防行动，9月30日前完成。", "夏季巡防行动时长", "90天", False),
    ("6月30日前完成招标，合同签订后120天内完成道路改造。", "道路改造工期", "≤120天", False),
    ("9月30日前完成全县危房安全鉴定。", "单户鉴定报告出具时间", "≤3天", False),
    ("10月31日前完成设备安装调试，设备质保期3年。", "设备质保期", "3年", False),
    ("8月31日前完成200户农村改厕，改厕后30天内完成验收。", "改厕验收时间", "≤30天", False),
    ("12月31日前完成培训，每期培训5天。", "每期培训时长", "5天", False),
    ("6月30日前完成补贴资金发放。", "补贴资金发放时限", "申请受理后15个工作日", False),
    ("3月31日前开工，11月30日前完成水库除险加固。", "除险加固工期", "≤240天", False),
    ("9月30日前完成全县120座农村危房安全鉴定。", "危房安全鉴定完成率", "100%", False),
    ("自4月1日起用150天完成河道清淤5公里，8月31日前完成。", "河道清淤完成时间", "150天", False),
    ("9月30日前完成学校校舍维修。", "维修工程保修期", "≥2年", False),
    ("11月30日前完成水库安全鉴定。", "鉴定发现问题整改时限", "≤30天", False),
    # true cases in new phrasings
    ("10月底前完成全县林木病虫害普查。", "病虫害普查完成时间", "≤100天", True),
    ("2026年11月15日前完成农村公路桥梁检测。", "桥梁检测完成时间", "90天", True),
    ("于9月30日前完成村级档案数字化。", "档案数字化完成时间", "≤120个工作日", True),
    ("7月31日前完成全县中小学校食堂设备更新。", "食堂设备更新完成时限", "60日", True),
    # held out: written after the fixes, run once (not used to tune them)
    ("6月1日起开展为期60天的防溺水专项行动，7月31日前完成。", "防溺水专项行动完成时间", "60天", False),
    ("9月30日前完成全县学校安全隐患排查。", "学校安全隐患排查完成时间", "≤60天", True),
    ("开工起90日内、11月30日前完成村道硬化。", "村道硬化完成时间", "90天", False),
    ("10月31日前完成农房风貌改造200户。", "农房风貌改造完成时间", "150天", True),
]


# ---------------------------------------------------------------- FUND019 word-order fallback
def _fund019(engine: Any, name: str, value: str, note: str, outputs: tuple[tuple[str, str], ...]) -> bool:
    found = cost_note_findings(engine, name, value, note, outputs, department="县委组织部")
    return any(f.rule_id == "FUND019" for f in found)


# (cost's name, value, note, outputs, told)
FUND019_CASES: list[tuple[str, str, str, tuple[tuple[str, str], ...], bool]] = [
    # look-alikes: the output counting what other money or old stock adds, a phase, another deed on the same thing
    ("路灯安装费", "≤45万元", "150盏×3000元/盏", (("安装路灯（含上年结转50盏）", "≥200盏"),), False),
    ("标识牌制作费", "≤40000元", "80块×500元/块", (("制作标识牌（含社会捐赠20块）", "≥100块"),), False),
    ("垃圾桶购置费", "≤60000元", "300个×200元/个", (("配置垃圾桶（含利旧200个）", "≥500个"),), False),
    ("课桌椅购置费", "≤90000元", "300套×300元/套", (("购置更新课桌椅", "≥300套"),), False),
    ("干部培训费", "≤60000元", "200人×300元/人", (("培训基层干部", "≥200人"),), False),
    ("宣传册设计费", "≤20000元", "5000册×4元/册", (("印制宣传册", "≥8000册"),), False),
    ("路灯电费", "≤45万元", "150盏×3000元/盏", (("安装路灯", "≥200盏"),), False),
    ("路灯安装费", "≤45万元", "一期150盏×3000元/盏", (("安装路灯", "≥200盏"),), False),
    ("干部培训费（县级财政承担）", "≤60000元", "200人×300元/人", (("培训基层干部（县乡两级）", "≥300人"),), False),
    ("教材印制费", "≤20000元", "500册×40元/册", (("发放培训教材", "≥800册"),), False),
    ("监控安装费", "≤30000元", "60个×500元/个", (("安装监控探头", "≥60个"),), False),
    ("干部培训费", "≤60000元", "200人×300元/人", (("培训基层干部", "≥300人次"),), False),
    # true cases in new phrasings
    ("护栏安装费", "≤80000元", "400米×150元/米", (("安装道路护栏", "≥600米"),), True),
    ("教师培训费", "≤60000元", "200人×300元/人", (("培训乡村教师", "≥300人"),), True),
    ("树木补植费", "≤40000元", "2000株×20元/株", (("补植行道树木", "≥3000株"),), True),
    ("宣传栏制作费", "≤24000元", "30块×800元/块", (("制作村务公开宣传栏", "≥50块"),), True),
    # held out: written after the fixes, run once (not used to tune them)
    ("路灯安装费", "≤45万元", "150盏×3000元/盏", (("安装太阳能路灯（含原有改造）", "≥200盏"),), False),
    ("座椅安装费", "≤30000元", "100张×300元/张", (("安装公园座椅", "≥150张"),), True),
    ("垃圾箱采购费", "≤40000元", "200个×200元/个", (("采购分类垃圾箱（含自筹购置100个）", "≥300个"),), False),
    ("农民培训费", "≤60000元", "200人×300元/人", (("培训新型职业农民", "≥300人"),), True),
]


# ---------------------------------------------------------------- what is still wrong (pinned with the reason)
# (s23 put right REL020's 培训农村转移劳动力, SAT002's 乡（镇）, REL008's 三年完成…9万亩 and REL021's 中考 and
# 月活动: tests/test_slips_s23.py)
STILL_WRONG: dict[str, str] = {
    # missed: the indicator names its measure (里程) (the three-year whole, 三年完成…9万亩, is read since s23)
    "REL008:新建农村公路里程:≥60公里": "missed: 里程 after the goal's words keeps the figure from pairing",
    # missed: a length in working days is left alone on purpose (a case's handling time)
    "TIME006:档案数字化完成时间:≤120个工作日": "missed: 工作日 lengths are read as a case's handling time",
}


def _check(key: str, fired: bool, told: bool) -> None:
    if key in STILL_WRONG:
        assert fired is not told, f"{key} is right now: drop it from STILL_WRONG ({STILL_WRONG[key]})"
    else:
        assert fired is told


@pytest.mark.parametrize(("outputs", "name", "value", "told"), REL020_CASES)
def test_rel020(engine: Any, outputs: tuple[tuple[str, str], ...], name: str, value: str, told: bool) -> None:
    _check(f"REL020:{name}:{value}", benefit_over_output_told(engine, outputs, name, value), told)


@pytest.mark.parametrize(("department", "output", "told"), REL021_CASES)
def test_rel021(engine: Any, department: str, output: str, told: bool) -> None:
    _check(f"REL021:{output}", "REL021" in _audit33(engine, department=department, output=output), told)


@pytest.mark.parametrize(("name", "value", "told"), TIME011_CASES)
def test_time011(engine: Any, name: str, value: str, told: bool) -> None:
    _check(f"TIME011:{name}:{value}", "TIME011" in _audit33(engine, paid=name, paid_value=value), told)


@pytest.mark.parametrize(("goal", "paid", "paid_value", "accepted", "told"), TIME012_CASES)
def test_time012(engine: Any, goal: str, paid: str, paid_value: str, accepted: str, told: bool) -> None:
    fired = "TIME012" in _audit33(engine, goal=goal, paid=paid, paid_value=paid_value, accepted=accepted)
    _check(f"TIME012:{paid}", fired, told)


@pytest.mark.parametrize(("goal", "satisfaction", "told"), SAT002_CASES)
def test_sat002(engine: Any, goal: str, satisfaction: str, told: bool) -> None:
    _check(f"SAT002:{satisfaction}:{goal[:12]}", "SAT002" in _audit33(engine, goal=goal, satisfaction=satisfaction), told)


@pytest.mark.parametrize(("goal", "name", "value", "period", "told"), REL008_CASES)
def test_rel008_period(engine: Any, goal: str, name: str, value: str, period: str, told: bool) -> None:
    _check(f"REL008:{name}:{value}", _rel008(engine, goal, name, value, period), told)


@pytest.mark.parametrize(("goal", "name", "value", "told"), TIME006_CASES)
def test_time006_length(engine: Any, goal: str, name: str, value: str, told: bool) -> None:
    _check(f"TIME006:{name}:{value}", _time006(engine, goal, name, value), told)


@pytest.mark.parametrize(("name", "value", "note", "outputs", "told"), FUND019_CASES)
def test_fund019_word_order(engine: Any, name: str, value: str, note: str, outputs: tuple[tuple[str, str], ...],
                            told: bool) -> None:
    _check(f"FUND019:{name}:{note}", _fund019(engine, name, value, note, outputs), told)


def test_every_pin_names_a_case() -> None:
    keys = {f"REL020:{name}:{value}" for _, name, value, _ in REL020_CASES}
    keys |= {f"REL021:{output}" for _, output, _ in REL021_CASES}
    keys |= {f"SAT002:{satisfaction}:{goal[:12]}" for goal, satisfaction, _ in SAT002_CASES}
    keys |= {f"REL008:{name}:{value}" for _, name, value, _, _ in REL008_CASES}
    keys |= {f"TIME006:{name}:{value}" for _, name, value, _ in TIME006_CASES}
    assert set(STILL_WRONG) <= keys

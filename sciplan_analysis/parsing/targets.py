"""Numbers a plan commits to: the share of citizens with science literacy (targets and baselines,
with their years and comparators) and quantified commitments (5个科普馆, 1000人次); and the
plan's first and last years that date a target naming none."""

from __future__ import annotations

import bisect
import contextlib
import re
from functools import lru_cache
from pathlib import Path

import cn2an

from sciplan_analysis.config import SHARE_OTHERS_FILE
from sciplan_analysis.reference_files import numbered_rows
from sciplan_analysis.text.numerals import five_year_end
from sciplan_analysis.text.patterns import (
    CJK_RANGE,
    CLAUSE,
    FIVE_YEAR_END,
    LEVEL_CHARS,
    PLAN_KINDS,
    SENTENCE,
    YEAR_DIGITS,
    alternatives,
)
from sciplan_analysis.text.regions import (
    lies_in,
    opens_with_region,
    region_named,
    region_opening,
    region_run,
    regions_listed,
)

# -- literacy targets and baselines ----------------------------------------------------------------
# 科学素养 is an older name of the same share (具备基本科学素养的比例).
# 具备科学素质公民的比例, 公民科学素质水平 达到15% (为, 已达, 由2010年的…, 在…的基础上, 比2020年提高…):
# the same share in other words; 水平 only before a value or a change (科学素质水平显著提升 is none).
# (科学素质达标率 is another measure, as the conventions' settled list has it (holdouts 50s and 65: a
# 以能力为导向的科学素质达标率, a 达标率 restated per ten thousand): not the share, round twenty-nine; a page that
# defines its 达标率 in the share's own words, 达标率（即具备科学素质的公民比例）为…, is read through those words)
# (基本具备科学素质, the 2024 survey's lower tier, is another measure: not the share)
# What follows 水平 or 具备科学素质的公民 when it names the share: perhaps a year and adverbs, then a verb
# and a value, a base (由/从/在 …), or a comparison with a year.
SHARE_FOLLOWS = (rf"(?=\s*(?:{YEAR_DIGITS}\s*年(?:底|末)?)?\s*(?:力争|争取|要|将|已经?|确保|稳步|逐步|进一步|持续|努力)*\s*"
                 r"(?:(?:达到或(?:超过|高于)|达到了?|达|超过了?|提高到|提升到|提升至|提高至|上升到|上升至|升至|升到|增长到|增长至|增至|不低于|不少于|突破|为)"
                 rf"\s*(?:\d|百分之)|[由从在]\s*(?:(?:现有|现在|目前|当前)的?\s*)?(?:{YEAR_DIGITS}\s*年(?:底|末)?\s*的?\s*)?\d"
                 rf"|[比较]\s*{YEAR_DIGITS}\s*年))")
# (基本具备 before the words: the lower tier, so no alternative may start inside it: (?<!基本具备))
# (比率 for 比例: 农村居民科学素质比率为4.93%, round twelve)
LITERACY = re.compile(r"(?<!基本)具备(?:基本)?科学素[质养](?:的)?(?:公民|人口)?(?:的)?比[例率]|(?<!基本具备)科学素[质养](?:水平)?(?:的)?比[例率]"
                      # 具备科学素质的公民达3.2% (a survey subhead's short form, no 比例): only where a share follows
                      r"|(?<!基本)具备(?:基本)?科学素[质养]的?(?:公民|人口|居民)" + SHARE_FOLLOWS
                      + r"|(?<!基本具备)科学素[质养]水平" + SHARE_FOLLOWS
                      # 公民科学素质在现有1.93%的基础上提高到5%以上, 要把…公民科学素质提高到5%以上: the citizens'
                      # science literacy itself before a value's words (round twelve); 公民具备的科学素质从2010年的
                      # 5.85%提升到…, 公民所具有的科学素质达到…: the literacy the citizens have, the same (round sixteen)
                      + r"|公民(?:所?(?:具备|具有|拥有))?的?科学素[质养]" + SHARE_FOLLOWS)
# 百分之十五, 百分之十二点五: a share in Chinese numerals, read as 15%, 12.5%.
PERCENT_WORDS = re.compile("百分之([零〇一二三四五六七八九十百点]{1,8})")
VALUE = re.compile(
    r"(力争达到|力争超过|力争提高到|力争提升到|力争突破|力争|争取达到|争取|达到或超过|达到或高于|超过|超|突破|高于|不低于|不少于|达到|达|提高到|提升到|提升至"
    rf"|提高至|增长到|增长至|增加到|上升到|上升至|升至|升到|增至|为)了?\s*(?:({YEAR_DIGITS})\s*年\s*的?\s*)?(\d+(?:\.\d+)?)\s*%(?:\s*(以上))?"
)
# A goal without a verb right after the share: 具备科学素质的比例：15%以上, …比例15%.
BARE_VALUE = re.compile(rf"()\s*[：:]?\s*(?:({YEAR_DIGITS})\s*年\s*的?\s*)?(\d+(?:\.\d+)?)\s*%(?:\s*(以上))?")
# A plan named as setting a value (规划确定的, 纲要中提出的, 方案所确定的): the plan kinds but 要点 (a year's
# work points set no share's goal).
SET_BY_PLAN = alternatives(*(kind for kind in PLAN_KINDS if kind != "要点")) + "(?:所|中)?(?:确定|提出|设定|明确|确立|制定)的"
# A goal a plan set, named without a verb: “十三五”规划确定的6.25%, 纲要提出的15%.
PLANNED_VALUE = re.compile(SET_BY_PLAN + r"\s*(\d+(?:\.\d+)?)\s*%"
                           # a value set ahead: 目标值为12%, 预期值12% (预测值8.74%: only where its sentence names
                           # it a goal, 预测值8.74%…的发展目标; a forecast alone is no target, see FORECAST)
                           r"|(?:预测|预期|目标)值\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*%")
# The next value of a series a share went through (从2010年的13.74%到2015年的18.71%、2018年的21.88%，再到2020年的
# 24.30%): a bare 到 (not 提高到), 、 or 再到, each value with its own year.
# (从2007年的2.25%，到2015年的6.2%，再到2018年的8.47%: a comma may stand before the bare 到 too; round thirty-three)
SERIES = re.compile(rf"\s*(?:[，,]?\s*再?(?:到|至)|、)\s*({YEAR_DIGITS})\s*年\s*的?\s*(\d+(?:\.\d+)?)\s*%")
# A forecast (比例预测值为16%, 预测将达到16%): no target, unless its sentence calls it a goal (目标).
FORECAST = re.compile(r"预测(?:值|数|结果)?\s*(?:显示|表明)?\s*(?:将|会)?\s*$")
# The words before a value a body expects its share to reach (预计今年将达到9%以上, 有望在年底突破10%): a
# `target`, of the year they name (今年, 年底: none in digits, so year ?), as holdout11's 预测值 named a goal
# (docs/fact_conventions.md, holdout31; round thirteen). 预测 (a model's projection) stays FORECAST's.
FORECAST_LEAD = re.compile(rf"(?:据|经)?(?:初步)?(?:预计|估计|有望)\s*[，,]?\s*(?:[到至在于]?\s*(?:(?P<year>{YEAR_DIGITS})\s*年"
                           r"(?:底|末)?|今年(?:年?底|年?末)?|年底|年末|全年|明年(?:年?底)?)\s*[，,]?\s*)?"
                           r"(?:全[省市县区州旗])?(?:公民)?\s*(?:将|可|会|能够?|有望|可望|能)*\s*")
# A rate of change (提升幅度为88.6%, 增幅达30%), not a share.
RATE = re.compile(r"(?:幅度|增幅|增速|增长率|涨幅)\s*(?:为|是|达到?|超过)?\s*$")
# Another measure's own noun (round twenty-nine): a rate (科普设施覆盖率, 活动参与率, 开课率, 满意度, 科普经费占比) or
# another 比例 (科普经费占财政支出的比例, 具备科学素质家庭的比例) named between the share's words and a value: the
# value is that measure's, however near the share's words stand. (率先 is no rate; 这一比例, 该比例 name the share
# back; 公民所占比重 is the share's subject's.)
OTHER_MEASURE = re.compile(r"(?:达标|覆盖|普及|知晓|参与|合格|满意|增长|上网|开课|开设|入学|完成|利用|建成|入户|通过|优秀|及格"
                           r"|参加|接种|使用|到位|配备|入园|巩固|就业|答对|正确|回收|贡献|转化|收视|阅读|受益|达成|出勤|落实)率"
                           r"|覆盖面|受益面|满意度|知晓度|参与度|普及度|(?<!公民)(?<!人口)(?<!居民)(?<!所)(?:占比|比重)"
                           r"|(?<!这一)(?<!这个)(?<![该此其])(?<!上述)比[例率]")
# The end of a range (8.23%—9.27%, 8%至9%): no single value.
RANGE_END = re.compile(r"\d\s*%\s*(?:[—–\-~～]|至|到)\s*$")
# A group named as the subject of a share (大学本科及以上人群, 18~29岁年龄段, 城镇居民, 男性公民), an
# occupational group (农民, 产业工人, 领导干部和公务员) or a count of regions (有16个省份的…): its share, not
# the share. (本科, a degree, not the 本科 inside 基本科学素养: round thirty-three; 城市居民, urban residents beside
# 城镇居民, round fifty-one: 成都市城市居民…比例达到13.2% on a page read unknown is a group's share, not the city's
# 市民 or 城乡居民)
GROUP_SUBJECT = re.compile(r"人群|年龄段|岁|受教育|文化程度|学历|城镇居民|城市居民|农村居民|男性|女性|(?<!基)本科|专科|高中|初中|小学"
                           r"|农民|工人|职工|干部|公务员|老年人|青少年|学生|教师|劳动者|妇女|省份|\d+个")
# Another country, or countries (美国公民…1988年已经达到了10%, 瑞典公民…比例已经达到35%, 发达国家; round
# thirty-three): a comparison, never the page's region's share. Not a group of the page's own people, so a
# national average after it is no baseline (`_national_average` reads GROUP_SUBJECT alone).
FOREIGN_SUBJECT = re.compile(r"美国|英国|日本|瑞典|德国|法国|加拿大|韩国|澳大利亚|欧盟|欧洲|欧美|发达国家|国外|外国")
# Whose share is not the page's own: a group's or another country's.
ELSEWHERE_SUBJECT = re.compile(f"{GROUP_SUBJECT.pattern}|{FOREIGN_SUBJECT.pattern}")
# A group the share is taken among, named in the piece before the share's words (约占…的农民中，具备…比例,
# 在老年人当中，…): that piece says whose share it is too (round seventeen); 其中 is none (a part: see
# `_part_of_earlier`), and a piece naming no group (全国公民中，…) leaves the share the whole's.
AMONG = re.compile(r"(?<!其)(?:之|当)?中\s*[，,]\s*$")
# A later clause whose value follows a bare name (…比例超10%：京沪超24%, …，上海和北京达到24%) states another
# subject's share; an adverb there (…，进一步提高到15%) goes on with the same share.
OTHER_SUBJECT = re.compile(rf"\s*[{CJK_RANGE}、和与及]{{1,10}}\s*")
# Regions named together (江苏、浙江等13省区, 东部各省, 各区县) as the subject of a share: their share, not the share.
REGION_GROUP = r"省区|省市(?!场)|区市|地市|县市|市县|区县|各[省市县区州]|(?<![\d.])\d+\s*个?(?:省|市|县|区|州|地)"
SUBJECT_REGIONS = re.compile(REGION_GROUP)
# …and any 地区 in a later clause before its value (其中，京津沪地区的这一比例已达10%; 民族地区达到8%): before the
# words naming the share 地区 may be the page's own prefecture (某某地区公民具备科学素质的比例).
OTHER_REGIONS = re.compile(f"地区|{REGION_GROUP}")
# A gap between two shares (与全国平均水平差距由0.93%缩小至0.44%, 两者相差1.2%): no share itself.
GAP = re.compile(r"差距|差值|差额|落差|相差")
GAP_VERB = re.compile(r"\s*(?:缩小|收窄|扩大|拉大)")
# …but a later clause naming the same share back (…达到8.47%，而在2005年，这个比例仅为1.6%; 该比例仅为) goes on with it
# (holdout34; round fifteen).
BACK_REFERENCE = re.compile(rf"\s*(?:而|但|则)?\s*(?:在\s*)?(?:{YEAR_DIGITS}\s*年(?:时|底|末)?\s*)?"
                            r"(?:这个|这一|该|此|上述)(?:比例|比率|数字|数值|指标)\s*(?:仅|只|才|已|则|也|还)?\s*")
ADVERBS = re.compile(r"\s*(?:进一步|努力|确保|稳步|逐步|将|要|并|再|持续|不断|有望|预计|计划|力争|争取|全部|均)+\s*")
# Shares of several groups (城镇和农村居民…分别达到, 这些国家…都超过了), not the share.
# (平均水平, 年均增长, 人均 are no 均 of groups)
GROUPS = re.compile(r"分别|都(?!市|会)|(?<![平年人])均(?!衡|等|值)")
# A share said to be reached already: 提高到了…, …提高到2020年的7.14%，超过了预期目标.
DONE = re.compile(r"(?:超过|完成|实现|达到|提高|提升|增长)了")
# 由6.2%提升到…, 从2015年的6.2%提高到…: the value the sentence starts from is a baseline.
# 由现在的10.56%: the baseline of "now" (the year before the plan's first).
# 由“十一五”末期的7.92%: a five-year period's end is the year (group 2, its numeral).
# 在2020年10.56%的基础上提高到…: the same said from the base (在 only with 基础上 after it in the clause).
# 由2020年的10.2提高到15%: the first value's % may be left out when a rise to a share follows.
FROM_VALUE = re.compile(
    rf"(?:[由从]|在(?=[^。；，]{{0,30}}?基础上))\s*(?:({YEAR_DIGITS})\s*年\s*的?\s*|" + FIVE_YEAR_END.pattern + r"期?\s*的?\s*"
    r"|(?:现在|现有|目前|当前)的?\s*)?(\d+(?:\.\d+)?)\s*(?:%|(?=(?:提高|提升|增长|上升|增加)(?:到|至)\s*\d+(?:\.\d+)?\s*%))")
# A sentence that looks ahead: a change in it is a goal, not one made. (确保了, ensured: a thing done, looks
# nowhere ahead; round eighteen)
FUTURE = re.compile(r"将|力争|预计|计划|目标|确保(?!了)|争取|预期|有望|要求")
# 较2020年的10.56%提高了…, 比2010年的3.04%: the share a year had, a baseline.
# 比“十一五”末的3.9%: the same with a five-year period's end (group 2, its numeral); 较2010年(6.0%),
# 比2015年（8.2%）: the value in brackets after its year.
# 比兰州市“十二五”末的4.52%, 较我县2020年的8%: the region's own name may stand between (not 全国/全省: another
# region's share, an average).
OWN_REGION = rf"(?:(?!全|各)[{CJK_RANGE}]{{1,6}}?[{LEVEL_CHARS}]|[我本][{LEVEL_CHARS}])?"
# 与2013年的8.62%相比, 同2015年（8.2%）相比: the same said with 相比 after it.
# 比《X》颁布前2005年的2.55%: the year named by a document's issue before it.
BEFORE_ISSUE = r"(?:《[^《》]{2,80}》(?:颁布|印发|发布|出台|实施)(?:实施)?(?:前|以前|之前))?"
COMPARED_VALUE = re.compile(r"(?:[比较]|[与同跟和](?=[^。；，]{0,30}?相比))\s*" + OWN_REGION + BEFORE_ISSUE + rf"\s*(?:({YEAR_DIGITS})\s*年(?:末|底)?|" + FIVE_YEAR_END.pattern
                            + r"期?)\s*的?\s*[（(]?\s*(\d+(?:\.\d+)?)\s*%")
# The earlier shares a comparison lists (round twenty-five): 较2005年的1.60%和2007年的2.25%, 比2015年的8.1%、2018年的
# 9.6%均有提高: each further share right after a compared one, joined by 和/、/及/以及, with a year of its own (a share
# with none, 和全国的10%, is another's or an average: not read), and not named a goal (、2025年的15%的目标).
COMPARED_MORE = re.compile(rf"\s*[）)]?\s*(?:和|、|及|以及)\s*(?:({YEAR_DIGITS})\s*年(?:末|底)?|" + FIVE_YEAR_END.pattern
                           + r"期?)\s*的?\s*[（(]?\s*(\d+(?:\.\d+)?)\s*%(?!\s*[）)]?\s*[”\"]?\s*的?\s*(?:目标|指标|任务))")
# A share told as a multiple of an earlier one (round twenty-five): 是2005年1.6%这一比例的6.6倍, 为2015年（6.2%）的
# 1.7倍, 相当于2010年的3.27%的3倍: the earlier share, a baseline of its year (倍 must follow: 是2005年的1.6% alone is
# no comparison).
MULTIPLE_OF = re.compile(r"(?:是|为|相当于)\s*" + OWN_REGION + rf"\s*(?:({YEAR_DIGITS})\s*年(?:末|底)?|" + FIVE_YEAR_END.pattern
                         + r"期?)\s*的?\s*[（(]?\s*(\d+(?:\.\d+)?)\s*%\s*[）)]?\s*(?:这一|这个|该)?(?:比例|数字|水平)?\s*的\s*"
                         r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九零〇]+)?)\s*倍")
# A survey's result (调查结果显示，2022年…达12.93%): a value measured, a baseline.
# (数据显示 我省2015年…达3.2%: a survey news subhead's 数据显示 is one too; 通报了2023年…抽样调查情况: a meeting
# reporting a survey's results)
# (根据…发布的《第十二次…抽样调查》，2023年…达到17.25%, 据2022年的监测: a survey named as the source, the same)
# The year of a survey a sentence names (公布了2008年该市公民科学素质调查结果, 2021年全县公民科学素质监测的结果): a
# year, and the survey's name in its clause after it (not 2008年以来, a span; no other number between). A share a
# later sentence of the paragraph states as that survey's result, naming no year itself, is of this year (see
# `literacy_targets`; round sixteen).
SURVEY_OF_YEAR = re.compile(rf"({YEAR_DIGITS})\s*年度?(?!以来|来|起|前|后|至|到)[^，。；,;：:%\d]{{0,24}}?(?:调查|监测|测评)")
SURVEY = re.compile(r"(?:调查|监测|测评)(?:结果)?(?:显示|表明|发现)|(?:调查|监测|测评)(?:结果|情况)"
                    r"|(?:调查|监测|测评)?数据(?:显示|表明)"
                    r"|(?:根据|依据|(?<![数证依根])据)[^。；，]{0,40}?(?:调查|监测|测评)"
                    # 据统计, 统计数据显示, 经统计: counted figures, measured as a survey's are; so are a body's
                    # (据中国科协统计, 根据省统计局的统计: round thirteen)
                    r"|(?:[据经]|根据|依据)\s*统计|统计(?:数据|结果)?(?:显示|表明)"
                    r"|(?:根据|依据|(?<![数证依根])据)[^。；，]{1,20}?统计(?!局|部门|口径|范围|指标)")
# …9.28%的目标, 超过4.75%的目标任务: a share named as a goal is a target, whatever its year.
# (…1.61%的任务指标, 8%的目标任务, 10%的指标: a task figure set from above, a goal too)
# (…9%”的奋斗目标, 既定目标: a goal in other words)
GOAL_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*[”’\"']?\s*的?\s*(?:总|预期|发展|阶段|工作|奋斗|既定|预定)?(?:目标|任务指标|指标任务|指标)")
# …or the goal a plan set quoted in its words (省“十三五”规划确定的“公民具备科学素质的比例达到9%”).
QUOTED_PLAN_GOAL = re.compile(r"(?:规划|纲要|方案|计划)(?:所|中)?(?:确定|提出|设定|明确|确立|制定)的\s*[“\"‘'][^“”\"‘’'。；]{0,40}?"
                              r"(\d+(?:\.\d+)?)\s*%")
# …or quoted right after the verb that met it (提前实现了2025年“超过15%”, a teaser cut there; 已提前完成2025年“达到12%”):
# the goal met, as stated (round sixty-six).
MET_QUOTED_GOAL = re.compile(rf"(?:实现|完成|达成)了?\s*(?:{YEAR_DIGITS}\s*年)?"
                             r"\s*的?\s*[“\"][^“”\"。；，,]{0,20}?(\d+(?:\.\d+)?)\s*%\s*(?:以上)?\s*[”\"]")
# A goal with its own year and no words naming a share (2025年16%的目标): see `literacy_targets`.
# …or set by a plan, its year not said (圆满完成“十二五”实施方案确定的10%阶段目标).
# …or with its verb after the year (接近《X》提出的到2020年达到12%的目标, 距2025年超过15%的目标: round sixty), the verb giving
# its comparator.
# …or quoted in the words that set it (已提前一年多实现《X》提出的“2025年超过15%”的发展目标: round sixty-six).
NEXT_GOAL = re.compile(rf"(?:[“\"]?({YEAR_DIGITS})\s*年\s*(?:的|(?:底|末)?\s*(?P<verb>达到|超过|突破|提高到|提升到|提升至|提高至|达))?|"
                       + SET_BY_PLAN + ")"
                       r"\s*(\d+(?:\.\d+)?)\s*%\s*[”\"]?\s*的?\s*(?:总|预期|发展|阶段|工作)?(?:目标|任务指标|指标任务|指标)")
# A goal quoted before the words naming the share, then named a goal (实现纲要提出的“到2025年超过15%，到2035年
# 达到25%”的公民科学素质水平硬指标, 完成“2020年达到10%”的科学素质比例目标): each value in the quote a target,
# of the year named before it in the quote (else the plan's last year).
QUOTED_GOALS = re.compile(r"[“\"]([^“”\"。；]{0,60}?\d\s*%[^“”\"。；]{0,20}?)[”\"]\s*的?\s*(?:全[省市县区])?(?:公民)?"
                          r"(?:具备(?:基本)?科学素[质养]的?(?:公民|人口)?的?比例|科学素[质养](?:水平)?的?比例|科学素[质养]水平)"
                          r"\s*(?:的)?\s*(?:硬|发展|预期|阶段|总|奋斗)?(?:目标|指标|任务)")
# The share named by 比例 alone after its subject (郑重承诺我区2020年的比例目标值为超过9%, 全县2025年比例要达到12%):
# a self-reference (我区, 本市, 全县), perhaps a year and 的, then 比例 and a goal's or a value's words. It is the
# share only in a paragraph that named science literacy before it and no other 比例 (see `_bare_shares`).
BARE_SHARE = re.compile(rf"[我本全][省市县区州旗]\s*(?:{YEAR_DIGITS}\s*年(?:底|末)?)?\s*的?\s*(?P<share>比例)"
                        r"(?=\s*(?:的?目标值?|要|将|力争|争取|确保)?\s*(?:为|是)?\s*(?:达到|超过|提高到|提升到|不低于|突破)?\s*\d)")
# The nation's average a group's share is compared with (农村居民…比率为4.93%，低于全国公民8.47%的平均水平; 60至69岁
# 公民…仅为3.52%，远低于10.56%的全国平均水平): on the nation's page about a group, the nation's share (a baseline of
# the sentence's year), where the group's share is no fact (round twelve; docs/fact_conventions.md, holdout29).
NATIONAL_AVERAGE = re.compile(r"(?:高于|低于|超过|不及|接近|高出|远超)\s*(?:(?P<nation>全国)\s*(?:公民|居民)?\s*的?)?"
                              r"\s*(?P<value>\d+(?:\.\d+)?)\s*%\s*的?\s*(?P<after>全国)?\s*(?:同期)?\s*平均水平")
# A year: 19xx or 20xx before 年, for a target and a commitment alike (中华5000年文明, 1300年历史 name none).
YEAR = re.compile(rf"({YEAR_DIGITS})\s*年")
# …达到16.8%，比2020年增加了5.95% / 较2015年提高了4.36个百分点: a change made, so the share was reached.
# …达到11.12%，走在全国前列，比2015年的8.21%提高了… / …达到14.8%，比2020年增长16% (a growth in per cent, not
# in points): a change since an earlier year, later in the sentence.
# (…，与2013年的8.62%相比有了大幅提高 / 同上年相比有所提升: the same with 相比)
CHANGED_SINCE = re.compile(rf"[^。；]{{0,20}}?(?:[比较]\s*(?:{YEAR_DIGITS}\s*年|上年|去年)[^，。；]{{0,12}}?"
                           r"(?:提高|提升|增长|增加|上升)(?:了|\s*\d+(?:\.\d+)?\s*%)"
                           rf"|[与同跟和]\s*(?:{YEAR_DIGITS}\s*年|上年|去年)[^，。；]{{0,14}}?相比\s*(?:有了|有所)"
                           r"[^，。；]{0,4}?(?:提高|提升|增长|增加|上升))")
# …与2015年的5.14%相比，增长2.49个百分点 / 同上年相比提升了0.8个百分点: a rise counted from an earlier year, up to
# 40 characters after the value (an advert may stand between, holdout31): a change made in a sentence looking
# nowhere ahead (see `_reached`; round thirteen).
COMPARED_RISE = re.compile(rf"[^。；]{{0,40}}?[与同跟和]\s*(?:{YEAR_DIGITS}\s*年|上年|去年)[^，。；,]{{0,14}}?相比\s*[，,]?\s*"
                           r"(?:提高|提升|增长|增加|上升)了?\s*\d+(?:\.\d+)?\s*(?:个百分点|%)")
# …达到10.56%，较2015年提高4.36个百分点 (no 了, no 相比): a rise in points counted from an earlier year right after
# the value of a share of no year, in a sentence looking nowhere ahead (see `_reached`): a change made, so the share was
# reached (round fifty-five; 比2020年提高5个百分点 in a goal's sentence stays a goal's, `INCREASE`)
POINTS_SINCE = re.compile(rf"\s*[，,]\s*[比较]\s*(?:{YEAR_DIGITS}\s*年(?:末|底)?|上年|去年)(?:的\s*\d+(?:\.\d+)?\s*%)?\s*"
                          r"(?:提高|提升|增长|增加|上升)了?\s*\d+(?:\.\d+)?\s*个?百分点")
# …达到10.69%，增长率12.3% / …为8.4%，增幅为1.5%: a growth rate right after the value (a rate of a change made), so
# the share was reached, in a sentence looking nowhere ahead (see `_reached`; holdout33, round fourteen).
RATE_AFTER = re.compile(r"\s*[，,、]?\s*(?:其|比例的?|年均)?\s*(?:增长率|增幅|增速|涨幅|提升幅度|提高幅度)\s*(?:为|是|达到?)?\s*\d")
# A sentence telling a state reached: a rank (居全省第二位, 位居全市前列, 排名第一, 位列全国首位), a comparison with an
# average (高于全省平均水平), a change over the year before (同比), a goal met (顺利完成…目标, 实现了), or met ahead of its
# time (提前完成2025年阶段发展目标, 提前两年实现…目标, 提前达成: round sixty-four).
# (居5个自治区首位, 居同类地区榜首: a rank among named peers, round thirteen; not 居民, 居住)
REACHED = re.compile(r"居(?:全[国省市区县]|中部|西部|东部)?第|位居|位列|排名|排在|名列|前列|平均水平|同比"
                     r"|居(?![民住家委])[^，。；、,]{0,10}?(?:首位|榜首|第[一二三四五六七八九十\d])"
                     r"|(?:顺利|圆满|超额|如期)完成|完成了|实现了"
                     r"|提前\s*(?:[一两二三四五\d]\s*年|\d+\s*个月)?\s*(?:完成|实现|达成|达到)")
# A sentence that looks ahead: 到2025年, 到“十四五”末, 将, 力争 … (a 目标 it met, 完成…目标, looks back; so does
# 确保了, a thing ensured: …成果，确保了…提升的态势，2019年为9.96%，为2020年实现10.23%的目标打下了坚实基础; round eighteen).
# A document that proposes (《纲要》提出，2025年…超过15%，2035年达到25%; 《方案》曾提出: its goals, whatever the page
# reports; round twenty-four) looks ahead too; 《纲要》提出的目标 (a modifier: a goal perhaps met) does not.
AHEAD = re.compile(rf"到\s*(?:{YEAR_DIGITS}|“?十[一二三四五六七八九]五)|将|力争|预计|计划|确保(?!了)|争取|预期|有望|要求"
                   r"|(?:》|纲要|方案|规划|意见)(?:[（(][^（()）]{0,12}[)）])?[^，。；,：:]{0,4}提出(?!的|了)")
# A value already reached: 已达到, 目前, 截至2020年.
PAST = re.compile(r"已经?|目前|当前|现已|截至|截止|比上|较上|以来")
# 比2020年提高5个百分点: a target relative to a baseline year, kept as such (kind "increase",
# value in percentage points); 较2006年提高了1.8个百分点 (了) is a change already made.
INCREASE = re.compile(rf"[比较]\s*(?:({YEAR_DIGITS})\s*年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期)?末?)"
                      r"(?:的?水平)?\s*(?:提高|提升|增长|增加|上升)(了)?\s*"
                      r"(\d+(?:\.\d+)?)\s*个?百分点(?:\s*(以上))?")
FULL_SENTENCE = re.compile("[^。！？!?\n]+")
# No share of the public, nor a rise in one, exceeds the whole (a page that lost its decimal points shows
# 5.47% as 547%).
MOST_PERCENT = 100.0
# The shares of several years in one sentence (2019年、2020年全区…比例分别为14.8%、18.1%; 到2025年和2035年…比例
# 分别达到15%和25%): each year its value, in order.
RESPECTIVE = re.compile(rf"((?:{YEAR_DIGITS}\s*年?\s*[、和及与]\s*){{1,4}}{YEAR_DIGITS})\s*年(?P<subject>[^。；%]{{0,40}}?)比例"
                        r"分别(?:为|是|达到了?|达|超过)?\s*((?:\d+(?:\.\d+)?\s*%\s*[、和及与]\s*){1,4}\d+(?:\.\d+)?\s*%)")
# What a clause that goes on with the same share may hold before its value: time and 力争.
CONTINUATION = re.compile(f"{YEAR.pattern}|{FIVE_YEAR_END.pattern}|到|至|力争|全部|比例|[，、\\s]")
COMPARATORS = {
    "超过": ">", "高于": ">", "不低于": ">=", "达到": "=", "达": "=", "提高到": "=",
    "提升到": "=", "提升至": "=", "提高至": "=", "增长到": "=", "增长至": "=", "增加到": "=", "上升到": "=",
    "上升至": "=", "升至": "=", "升到": "=", "增至": "=",
    "力争": "aim", "力争达到": "aim", "力争超过": "aim", "力争提高到": "aim", "力争提升到": "aim",
    "为": "=", "突破": ">", "力争突破": "aim", "": "=", "争取": "aim", "争取达到": "aim", "超": ">",
    "不少于": ">=",
    # reach or pass (达到或超过5%): at least, one row (holdout32's call; round fourteen)
    "达到或超过": ">=", "达到或高于": ">=",
}
# At least (比例至少要达到14%, 至少将达到): the value is a floor.
AT_LEAST = re.compile(r"至少|最少|最低")
# A five-year period named without 末 (“十三五”期间…达到7.22%, 比“十三五”达到7.55%的预期目标值): the year of
# its end; not “十三五”以来 (since its start: the share is of now) nor a rise over it (比“十二五”提高…).
FIVE_YEAR = re.compile("[“\"‘']?十([一二三四五六七八九])五[”\"’']?\\s*(?:时期|期间|期)?"
                       "(?![”\"’'时期间]*\\s*(?:以来|末|提高|提升|增长))")


# The nation as the subject of a share (2020年我国公民具备…, 全国公民…): on a page about one province or city,
# the nation's share, not the page's (docs/fact_conventions.md).
NATION = re.compile(r"我国|全国|中国|国家|全球|世界")
# The nation named as a survey's or a body's owner (中国公民科学素质抽样调查, 中国科协), no subject.
NATIONAL_NAMES = re.compile(r"中国公民科学素[质养](?:抽样)?调查|中国科协|中国科学技术协会")
HEADLINE_CHARS = 80  # a page's first line longer than this, or ending a sentence, is no headline
HEADLINES = 8  # the short lines a page may open with before its body: a slogan, a column, a site's labels, the title


def share_subject(text: str, at: int) -> str:
    """The words before the words naming a share at `at` that say whose share it is: back to the
    clause's start or its 其中 (…10.56%,其中,浙江公民具备… → 浙江公民)."""
    start = max(text.rfind(sep, 0, at) for sep in "，,。：:；;！？\n") + 1
    part = text.rfind("其中", start, at)
    return text[part + 2 if part >= 0 else start : at]


def _looks_ahead(full: str) -> bool:
    """Whether a sentence looks ahead (AHEAD), names in 《》 passed over (…行动计划纲要 looks nowhere)."""
    return AHEAD.search(re.sub(r"《[^《》]*》", "", full)) is not None


def _national(subject: str, before: bool) -> bool:
    """Whether a share whose subject is `subject` is the nation's: the nation is named, or the share
    before it in the sentence was the nation's (`before`) and no region is named now."""
    return NATION.search(subject) is not None or (
        before and region_named(subject) is None
        and not re.match(r"\s*(?:[我本]|全[省市县区州旗])", subject))  # 全省公民…: the page's own


# The nation's citizens' science literacy as the subject of a sentence's earlier clause, told rising (我国公民科学素质水平
# 进入快速提升阶段，具备科学素质的公民比例从2010年的3.27%…; “十一五”期间我国公民的科学素养水平明显提升，2010年具备…): the
# share the clause after it states with no subject of its own is the nation's (round fifty-three). Not a clause naming a
# survey (全国公民科学素质抽样调查结果显示，…: whose share follows is not said) nor a body or a scheme (全国科学素质纲要…).
NATION_LEADS = re.compile(rf"\s*(?:(?:{YEAR_DIGITS}\s*年|[“\"]?十[一二三四五]五[”\"]?\s*(?:时期|期间)|近年来|目前)\s*)?"
                          r"(?:我国|全国)(?:公民|居民|公众)的?科学素[质养](?![^，,：:]*调查)"
                          r"[^，,：:]*(?:提升|提高|增长|上升|进入|迈入|稳步|显著|明显|大幅)")


def _nation_leads(s: str, at: int) -> bool:
    """Whether a clause of `s` before the one holding the words naming a share at `at` opens with the nation's citizens'
    science literacy told rising (NATION_LEADS; the survey's and its body's names passed over)."""
    start = max(s.rfind(sep, 0, at) for sep in "，,。：:；;！？\n") + 1
    return any(NATION_LEADS.match(c) for c in re.split(r"[，,：:]", NATIONAL_NAMES.sub("", s[:start])))


def _other_region(subject: str, region: str) -> bool:
    """Whether a share whose subject is `subject` is another region's than the page's `region`: its
    subject opens with the name of a region inside the page's (海淀区公民… on Beijing's page; round
    twelve) or of one the page's lies in (广州市… on a district's page, 江苏省… on a city's; round
    fifteen): the page's own facts only, since a parent's share read as the page's is a confident
    wrong value (docs/fact_conventions.md)."""
    words = re.sub(rf"^\s*(?:{YEAR_DIGITS}\s*年(?:底|末)?)?\s*(?:的)?", "", subject)
    run, _ = region_run(words)  # 北京市海淀区: the deepest name says whose
    return bool(run) and (lies_in(run[-1], region) or lies_in(region, run[-1]))


SHARE_OTHER_KINDS = ("area", "group")  # the kinds a row of share_others.csv may name


@lru_cache(maxsize=4)
def share_others(path: str | Path = SHARE_OTHERS_FILE) -> re.Pattern[str] | None:
    """The words of data/reference/share_others.csv as one pattern (longest first): a share's subject naming
    one of them is a part of the country's or a group's share, not the page's, on survey news (round
    twenty-three); None for a file with no rows. A row with no word or another kind is an error naming the line."""
    header, rows = numbered_rows(path)
    if header[:2] != ["word", "kind"]:
        raise ValueError(f"{path}: the header must start with word,kind, not {header!r}")
    words = []
    for n, row in rows:
        if not row["word"]:
            raise ValueError(f"{path}, line {n}: a row needs its word")
        if row["kind"] not in SHARE_OTHER_KINDS:
            raise ValueError(f"{path}, line {n}: kind {row['kind']!r} is none of {', '.join(SHARE_OTHER_KINDS)}")
        words.append(row["word"])
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))) if words else None


# Province-level cities: their 市 is a province's level.
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def _level(region: str) -> int:
    """A division's level from its full name: 0 a province (省, 自治区, a municipality), 1 a prefecture (市, 州,
    盟, 地区), 2 a county (县, 旗, a district); a county-level city reads as a prefecture (so its 全市 is its own)."""
    if region.endswith(("省", "自治区", "特别行政区")) or region in MUNICIPALITIES:
        return 0
    return 1 if region.endswith(("市", "州", "盟", "地区")) else 2


WHOLE_OF = re.compile(r"\s*全([省市州盟县旗])(?![第前首排名领列])")  # (全省第一: a ranking, the page's own share)
WHOLE_LEVEL = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "旗": 2}  # 全区 is none: a 自治区's or a district's


def others_share(subject: str, region: str) -> bool:
    """Whether a share whose subject is `subject`, on survey news about `region` (the headline's region,
    `own_region`), is someone else's (round twenty-three): its subject opens with a region other than the
    page's (another province or city, not only one inside or around it: `_other_region`), with the whole of a
    level above the page's (全省 on a city's page, 全市 on a county's), or names a part of the country or a
    group (share_others.csv: 东部地区, 城镇, 农村 …)."""
    words = re.sub(rf"^\s*(?:{YEAR_DIGITS}\s*年(?:底|末)?)?\s*(?:的)?", "", subject)
    run, _ = region_run(words)
    if run and run[-1] != region:
        return True
    if (whole := WHOLE_OF.match(words)) and WHOLE_LEVEL[whole.group(1)] < _level(region):
        return True
    others = share_others()
    return others is not None and others.search(subject) is not None


# The page's own region named after another region's share, with the share (2015年，广州市…比例达到11.7%，我区…公民具备
# 科学素质超过市里比例，较2010年(6.0%)提高一倍多): what it compares with is its own earlier share (round fifteen).
OWN_AFTER = re.compile(rf"[我本][{LEVEL_CHARS}](?=[^。；;]{{0,40}}科学素[质养])")


def _own_lead(lead: str, region: str | None) -> bool:
    """Whether a later clause's words before its value (`lead`) name only the page's own `region`
    (…我国…比例达到12.93%；常州市为17%: the share goes on, now the page's; round fifteen)."""
    if region is None:
        return False
    run, end = region_run(lead)
    return bool(run) and run[-1] == region and re.fullmatch(r"(?:的)?(?:公民|居民)?(?:的)?", lead[end:]) is not None


def _several_regions(subject: str) -> bool:
    """Whether a share's subject lists regions from the first it names (…家电海口、三亚公民: a headline glued to a
    site's menu, the list not at its start; round fifteen)."""
    first = next((at for at in range(len(subject)) if region_opening(subject[at:])), None)
    return first is not None and len(regions_listed(subject[first:])) > 1


# A section heading naming a region's citizens' science literacy and its state (1.1 广东省科学素质现状, （二）XX市公民科学素养
# 状况): the region whose share the section reports (round fifty-three); its number may follow a heading above it that the
# front matter's short lines were joined to (1科普特派员…的重要意义1.1广东省科学素质现状).
HEADING_NUMBER = r"(?:\d+(?:\.\d+)*\s*|[一二三四五六七八九十]+\s*[、.．]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*)"
HEADING_WORDS = r"(?P<words>[^\d\s.．、]{2,12}?(?:公民|居民|公众)?的?科学素[质养](?:水平)?的?(?:发展)?(?:现状|状况|基本情况))"
SURVEY_HEADING = re.compile(f"{HEADING_NUMBER}?{HEADING_WORDS}")
LAST_HEADING = re.compile(f"{HEADING_NUMBER}{HEADING_WORDS}$")
HEADING_CHARS = 40  # a joined run of headings longer than this is no heading


def _survey_heading(text: str) -> str | None:
    """The region a paragraph that is a section heading on a region's literacy names (SURVEY_HEADING), whole or as
    the numbered last of a run of short headings joined into one paragraph (LAST_HEADING); None for any other."""
    text = text.strip()
    m = SURVEY_HEADING.fullmatch(text)
    if m is None and len(text) <= HEADING_CHARS and not re.search("[。，,；;！？!?：:]", text):
        m = LAST_HEADING.search(text)
    return region_opening(m.group("words")) if m else None


def own_region(texts: list[str]) -> str | None:
    """The region a page about one province, city or county reports on, from its headline or lead:
    the region a headline or a part of it opens with (湖南公民科学素质再创新高, …结果公布 上海连续四次
    位居全国第一), else whose share the first words naming the share state (2020年浙江公民具备科学素质
    比例达…). None for the nation's page (its first share 我国, 全国…) or a page naming no region: then
    every share is read as before."""
    # the headlines the page opens with (a slogan or a column's name may stand above the title: round fifteen)
    for text in texts[:HEADLINES]:
        head = NATIONAL_NAMES.sub("", text.strip())
        if not head or len(head) > HEADLINE_CHARS or re.search("[。！？]", head):
            break
        # a headline, or a part of it (a title and its subtitle), opening with a region as its subject
        for part in re.split(r"\s+", head):
            words = re.sub(rf"^(?:{YEAR_DIGITS}\s*年)?", "", part)
            if len(regions_listed(words)) > 1:
                return None  # 海口、三亚两市…: a page about several regions, no one of them its own (round thirteen)
            if name := region_opening(words):
                return name
        if region_named(head) is not None:
            break  # a line naming regions it does not open with (a site's menu of cities): no title below it is read
    for text in texts:
        if name := _survey_heading(text):
            return name  # 1.1 广东省科学素质现状 above the shares: a section on the region's share (round fifty-three)
        for m in LITERACY.finditer(text):
            subject = NATIONAL_NAMES.sub("", share_subject(text, m.start()))
            if NATION.search(subject):
                return None
            if _several_regions(subject):
                return None  # 海口、三亚公民科学素质比例…: several regions' share, no one of them the page's (round fifteen)
            if name := region_named(subject):
                return name
    return None


def _years(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year a sentence names: 2025年, “十四五”末 (2025), “十三五”期间
    (2020)."""
    found = [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(sentence)]
    found += [(m.start(), m.end(), five_year_end(m.group(1))) for m in FIVE_YEAR_END.finditer(sentence)]
    ends = {start for start, _, _ in found}
    found += [(m.start(), m.end(), five_year_end(m.group(1))) for m in FIVE_YEAR.finditer(sentence)
              if m.start() not in ends]
    return sorted(found)


def literacy_targets(text: str, reference: int | None, end: int | None = None,
                     dated: int | None = None, looking_back: bool = False,
                     named_before: bool = False, region: str | None = None, reported: bool = False) -> list[dict]:
    """Every stated share of citizens with science literacy: kind, year, value, comparator, quote.

    Each value after 具备科学素质的比例 in its clause (a sentence split at ；) counts, with the
    last year named before it in the sentence (2025年, “十四五”末). Target or baseline is read
    from the sentence: 由6.2%提升到10%以上 gives both, 已达到, 目前 or 当前 is a baseline, and
    otherwise a year before `reference` (the plan's first year, or its issue year) is a
    baseline. A value with no year of its own (由2020年的8.5%提升到15%以上, or a goal sentence
    after the one naming 到2025年) takes `end`, the plan's last year; with no year at all it
    is no target. …以上 is ``>=``. 比2020年提高5个百分点 is a target relative to a baseline
    year, kind ``increase`` (value in percentage points).

    A value measured (a survey's result, 调查结果显示…达到; 较2020年的10.56%) or of a year at or
    before `dated` (the year a page without a period is dated) is a baseline; a share named as
    a goal (9.28%的目标) is a target whatever its year; 力争 before the share makes it an aim.
    `looking_back`: the text stands under a heading that reviews the past (一、背景和意义, “十三五”
    工作回顾, 取得的成效): a share it states in a sentence looking nowhere ahead (到2025年, 力争,
    将 …) was reached (a baseline), unless named a goal.
    A forecast (预测值为16%) is no target unless its sentence names it a goal.
    `named_before`: the paragraph before ended naming the share (`still_named`), so a goal its
    first sentences state without naming it (完成…确定的10%阶段目标) is that share's, as within a
    paragraph (a copy wrapped right after a sentence's end splits the paragraph there).
    `region`: the region the page reports on (`own_region`); a share whose subject is the nation
    (我国公民…) is then not the page's, and a part after 其中 naming that region is its own.
    `reported`: the text is a news item's whose headline and lead name no document (survey or event news: it
    reports what was reached, round twenty-two): a share of a stated year said flatly (达到, 为; no 以上, no 超过)
    in a sentence looking nowhere ahead (到2025年, 将, 力争 …) was reached, a baseline, unless named a goal.
    """
    text = PERCENT_WORDS.sub(_percent, text.replace("％", "%")) if ("％" in text or "百分之" in text) else text
    text = _bare_shares(text) if "科学素" in text and "比例" in text else text
    rows = _quoted_goals(text, end, region)
    if not named_before and not LITERACY.search(text):
        # no clause names the share (most paragraphs): a clause's match is one of the whole text
        # (LITERACY looks only ahead, and only for what follows in the clause), and every row
        # below needs one (or a goal after a paragraph that named it: see `_next_goals`)
        return _unique(rows)
    # the sentence before named the share, or one before it and none since stated a value (…比例…
    # 10.04%。该数据位居前列。圆满完成…确定的10%阶段目标: the share is still the subject)
    surveyed: list[int] | None = None  # the years an earlier sentence naming a survey's results names
    national = False  # the last share named was the nation's on a page about a region
    survey_year: int | None = None  # the year of the survey an earlier sentence named (SURVEY_OF_YEAR)
    full = ""  # the sentence read, and the one before it (`previous`)
    for sentence in FULL_SENTENCE.finditer(text):
        previous, full = full, sentence.group(0)
        years = _years(full)
        # 公布了2008年…调查结果。调查结果显示，该市…比例为3.37%: the survey the sentence before named, when that
        # sentence names no year but the survey's, is the one whose result this sentence states (round sixteen)
        earlier_survey, survey_year = survey_year, _survey_year(full, years, survey_year)
        # 通报了2022年…抽样调查结果。2022年，我省…比例达12.00%，较2020年提高1.83个百分点: on a page dated by
        # nothing (no period, no issue date), a sentence looking nowhere ahead after one naming a survey's
        # results tells that survey's result (of a year it names, when it names one)
        carried_survey = (surveyed is not None and reference is None and AHEAD.search(full) is None
                          and (not surveyed or all(y <= max(surveyed) for _, _, y in years)))
        if SURVEY.search(full):
            surveyed = [*(surveyed or []), *(y for _, _, y in years)]
        if named_before and not LITERACY.search(full):
            rows.extend(_next_goals(full))
            if not national:
                rows.extend(_forecasts(full))  # …比例达到7.63%。预计今年将达到9%以上。
            if not national and _names_back(full, previous, region):
                rows.extend(_compared(full, 0, years, 0))  # …比例达到11.7%。这一数字比2017年的10.5%高出… (round twenty-five)
        # a sentence naming the page's share back (这一数字比2017年的10.5%高出…) keeps it the subject of the next one
        # (…。接近《X》提出的到2020年达到12%的目标。), as a sentence stating no value does (round sixty)
        backed = not national and _names_back(full, previous, region)
        named_before = LITERACY.search(full) is not None or (named_before and ("%" not in full or backed))
        target_years = _target_years(full, years)
        rows.extend(_respective(full, reference))
        named = False  # an earlier clause of the sentence named the share
        national = national and not LITERACY.search(full)  # …and the nation was its subject on a region's page
        for clause in SENTENCE.finditer(full):
            s, base = clause.group(0), clause.start()
            anchor = LITERACY.search(s)
            if anchor:
                named = True
                if region is not None:
                    # the nation's share or goal on a page about a region: not the page's; read on from the
                    # next words naming a share whose subject is not the nation, if any (a share
                    # named again with no region of its own, 圆满完成了…提出的“公民…超过10%”的目标, is
                    # still the nation's)
                    other = None  # the end of the last share skipped as another region's
                    while anchor:
                        subject = share_subject(s, anchor.start())
                        nation = _national(subject, national or _nation_leads(s, anchor.start()))
                        if not (nation or _other_region(subject, region)
                                or (reported and others_share(subject, region))):
                            break
                        other = None if nation else anchor.end()
                        national = True
                        anchor = LITERACY.search(s, anchor.end())
                    national = national and anchor is None
                    if not anchor:
                        if other is not None and (own := OWN_AFTER.search(s, other)):
                            rows.extend(_compared(s, own.start(), years, base))
                        continue
            elif named and (v := VALUE.search(s)) and (
                    len(lead := CONTINUATION.sub("", s[: v.start()])) <= 2 or _own_lead(lead, region)):
                if national and len(lead) <= 2:
                    continue  # the nation's share goes on
                national = False  # …我国…达到12.93%；江苏省为15.89%；常州市为17%: the page's own region's, named
                anchor = re.match("", s)  # "…比例超过15%；到2035年力争达到25%": the same share
            if not anchor:
                continue
            rows.extend(_compared(s, anchor.start(), years, base))
            if region is None:
                rows.extend(_national_average(s, anchor.start(), years, base))
            aim = "力争" in s[: anchor.start()] or "争取" in s[: anchor.start()]  # 力争2025年…比例达到15%
            survey = carried_survey or SURVEY.search(full, 0, base + anchor.start()) is not None
            forecast = "目标" not in full  # a 预测值 is a goal only in a sentence naming a goal
            goals = _goals(s, anchor.start(), forecast)
            rows.extend(_started_from(s, anchor.start(), years, base, reference))
            rows.extend(_increases(s, anchor.start(), years, base, target_years, reference, end, survey))
            bare = BARE_VALUE.match(s, anchor.end())
            anchors = [a.start() for a in LITERACY.finditer(s, anchor.start())] or [anchor.start()]
            for m in [*VALUE.finditer(s, anchor.start()), *([bare] if bare else [])]:
                # the words naming the share nearest before the value are its own (a run of joined
                # lines may name it twice: …达12.93%…我国超三分之二省份公民科学素质水平超过10%)
                own = max((a for a in anchors if a < m.start()), default=anchor.start())
                forecast_lead = _forecast_lead(s, m)  # …，预计今年将达到9%以上: a goal the body expects
                measured = _measured(full, base + m.start(), carried_survey) and forecast_lead is None
                if region is not None and own != anchor.start() and (
                        _national(share_subject(s, own), False) or (reported and others_share(share_subject(s, own), region))):
                    continue  # the nation's (or, on survey news, another's) share or goal named later in the clause
                if _not_the_share(s, own, m, forecast, goals, region):
                    continue
                year = (int(m.group(2)) if m.group(2) else _forecast_year(forecast_lead) if forecast_lead
                        else _year_before(target_years, base + m.start()))
                if year is None and measured and earlier_survey is not None:
                    year = earlier_survey  # a survey's result of no year in its sentence: the survey named before
                past = forecast_lead is None and (_reached(s, full, base, m, year, reference, looking_back, end) or (
                    reported and year is not None and COMPARATORS[m.group(1)] == "=" and not m.group(4)
                    and AHEAD.search(full) is None))
                if year is None and not past and not measured:
                    year = end  # no year stated: the plan's last year (a survey's result has none)
                named_goal = m.start(3) in goals  # 超10%目标: a goal, its year perhaps unknown
                if (year is None and not past and not named_goal and not (measured and COMPARATORS[m.group(1)] == "=")
                        and not _intended_rise(s, m) and forecast_lead is None):
                    continue  # a value with no time is no target (a survey's result is measured)
                comparator = COMPARATORS[m.group(1)]
                if (m.group(4) or AT_LEAST.search(s, anchor.end(), m.start())) and comparator == "=":
                    comparator = ">="  # …15%以上, 至少要达到15%
                # 力争 before the share, or between it and the value (比例力争与全省同步达到15%)
                if (aim or re.search("力争|争取", s[anchor.end() : m.start()])) and comparator in ("=", ">="):
                    comparator = "aim"
                goal = goals.pop(m.start(3), None) is not None
                baseline = not goal and forecast_lead is None and (
                    past or (measured and comparator == "=")
                    or (year is not None and reference is not None and year < reference)
                    or (year is not None and dated is not None and year <= dated and comparator == "="))
                rows.append({
                    "kind": "baseline" if baseline else "target", "year": year,
                    "value": float(m.group(3)), "comparator": comparator,
                    "quote": _quote(s, anchor.start(), m, years, base),
                    # a share stated flatly (no word looking ahead, not named a goal): see _recalled
                    "flat": AHEAD.search(full) is None and not goal and comparator == "=",
                })
            for m in goals.values():  # 预期9.28%的目标: a goal stated without a verb (its year may be unknown)
                own = max((a for a in anchors if a < m.start()), default=anchor.start())
                if region is not None and own != anchor.start() and _national(share_subject(s, own), False):
                    continue  # the nation's goal named later in the clause (为实现…全国…超过5%的目标)
                year = _year_before(target_years, base + m.start()) or end
                # (named a goal: never flat, so a share stated flatly of an earlier year is reached, `_recalled`:
                # 2019年为9.96%，为2020年实现10.23%的目标…; round eighteen)
                rows.append({"kind": "target", "year": year, "value": float(m.group(m.lastindex)),
                             "comparator": "=", "quote": _quote(s, anchor.start(), m, years, base), "flat": False})
    return _unique(_recalled(rows) if reference is None else rows)


def _survey_year(full: str, years: list[tuple[int, int, int]], before: int | None) -> int | None:
    """The year of the survey whose results a paragraph's sentences tell, after sentence `full`: the one year
    it names, where it names a survey's results of that year (SURVEY_OF_YEAR); none where it names another
    year or more than one; `before` where it names none."""
    if not years:
        return before
    named = {y for _, _, y in years}
    if len(named) == 1 and SURVEY.search(full) and any(int(m.group(1)) in named for m in SURVEY_OF_YEAR.finditer(full)):
        return named.pop()
    return None


def still_named(text: str, named_before: bool = False, region: str | None = None) -> bool:
    """Whether the share is still the subject at the end of `text`: its last sentence names it, or
    one before did and none since stated a value other than in a sentence naming the page's share back
    (这一数字比2017年的10.5%…, as in `literacy_targets`; `region` the page's, round sixty); `named_before`: so it
    was before `text`."""
    if not named_before and not LITERACY.search(text):
        return False
    full = ""
    for sentence in FULL_SENTENCE.finditer(text):
        previous, full = full, sentence.group(0)
        backed = _names_back(full, previous, region)
        named_before = LITERACY.search(full) is not None or (named_before and ("%" not in full or backed))
    return named_before


def _forecast_lead(s: str, m: re.Match) -> re.Match | None:
    """The words a body expects its share by (FORECAST_LEAD) when they are all of the value's comma
    clause before its verb (…比例达到7.63%，预计今年将达到9%以上); None otherwise."""
    start = max(s.rfind(sep, 0, m.start()) for sep in "，,") + 1
    return FORECAST_LEAD.fullmatch(s, start, m.start())


def _forecast_year(lead: re.Match) -> int | None:
    """A forecast's year: the one its words name in digits (预计到2025年), else none (今年, 年底)."""
    return int(lead.group("year")) if lead.group("year") else None


def _forecasts(full: str) -> list[dict]:
    """A sentence of its own, right after one naming the share and naming none itself, that is all a
    forecast of a value (预计今年将达到9%以上。): that share's goal, of the year it names (else none)."""
    m = VALUE.search(full)
    if m is None or not (lead := FORECAST_LEAD.fullmatch(full, 0, m.start())) or not re.fullmatch(
            r"\s*(?:左右)?\s*", full[m.end():]):
        return []
    comparator = COMPARATORS[m.group(1)]
    if m.group(4) and comparator == "=":
        comparator = ">="
    return [{"kind": "target", "year": int(m.group(2)) if m.group(2) else _forecast_year(lead),
             "value": float(m.group(3)), "comparator": comparator, "quote": full.strip()}]


def _measured(full: str, at: int, carried: bool) -> bool:
    """Whether the value at `at` in a sentence is a survey's result: a survey is named before it in
    the sentence (or an earlier sentence's carries, `carried`) and nothing between the survey and
    the value looks ahead (调查结果显示，…为8%，到2025年达到15%: the 15% is a goal). Names in 《》
    are passed over (根据《…行动计划纲要》实施情况的调查: its 计划 looks nowhere)."""
    ends = [m.end() for m in SURVEY.finditer(full, 0, at)]
    if not ends:
        return carried
    return AHEAD.search(re.sub(r"《[^《》]*》", "", full[ends[-1] : at])) is None


def _recalled(rows: list[dict]) -> list[dict]:
    """On a page with no period and no date (news of a plan titled without years), a share stated
    flatly of a year before that of a goal the page states looking ahead (据介绍，2020年…为6.04%。
    《方案》提出，到2025年…达到12.5%) was reached: a baseline. The rows without their marks."""
    ahead = [r["year"] for r in rows if r["kind"] == "target" and r.get("flat") is False and r["year"]]
    for r in rows:
        if r["kind"] == "target" and r.get("flat") and r["year"] and ahead and r["year"] < max(ahead):
            r["kind"] = "baseline"
    return rows


def _bare_shares(text: str) -> str:
    """`text` with a share named by 比例 alone after its own subject (BARE_SHARE) written out as the
    share (…我区2020年的科学素质比例目标值为超过9%), where the paragraph named science literacy
    before it (…全民科学素质工作…提升科学素质…) and no other 比例 (科普经费的比例 would be its referent)."""
    for m in reversed(list(BARE_SHARE.finditer(text))):
        before = text[: m.start("share")]
        if "科学素" in before and "比例" not in LITERACY.sub("", before):
            text = text[: m.start("share")] + "科学素质比例" + text[m.end("share") :]
    return text


def _quoted_goals(text: str, end: int | None, region: str | None) -> list[dict]:
    """Goals quoted before the words naming the share and then named a goal (QUOTED_GOALS): each
    value in the quote, of the last year the quote names before it, else `end`. On a page about a
    region a quoted goal is read only when its clause names the page's own region (我省, 本市, its
    name): a plan's goal quoted there may be the nation's."""
    rows = []
    for q in QUOTED_GOALS.finditer(text):
        if region is not None:
            clause = text[max(text.rfind(sep, 0, q.start()) for sep in "，,。；;\n") + 1 : q.start()]
            if not (re.search("[我本][省市县区州]", clause) or region in clause):
                continue
        quote = q.group(1)
        for m in VALUE.finditer(quote):
            years = [int(y.group(1)) for y in YEAR.finditer(quote, 0, m.start())]
            year = int(m.group(2)) if m.group(2) else years[-1] if years else end
            comparator = COMPARATORS[m.group(1)]
            if m.group(4) and comparator == "=":
                comparator = ">="
            rows.append({"kind": "target", "year": year, "value": float(m.group(3)),
                         "comparator": comparator, "quote": q.group(0)})
    return rows


# What may stand before a goal's year with its verb in a sentence of its own (接近《X》提出的到2020年达到12%的目标, 距2025年
# 超过15%的目标): words of nearing or meeting a goal, a plan's 提出的 (its name in 《》 passed over), 到; no subject of its own
# (全市科普经费投入接近…: another measure's goal; round sixty).
# (目前已提前一年多实现…: a goal met ahead of its time, now; round sixty-six)
GOAL_LEAD = re.compile(r"(?:目前|当前|现)?(?:但|而|并|且|已经?|仍|还|正|逐步|进一步|基本|即将|有望)*"
                       r"(?:提前\s*(?:[一两二三四五\d]\s*年多?|\d+\s*个多?月)?)?"
                       r"(?:接近|距离?|离|实现|完成|达成|朝着?|向着?|迈向|逼近|为实现|超额完成)?了?"
                       r"(?:(?:规划|纲要|方案|计划)?(?:所|中)?(?:提出|确定|设定|明确|确立|制定)的)?(?:到|至)?")


def _next_goals(full: str) -> list[dict]:
    """Goals with their year in a sentence right after the one naming the share, which names no
    share itself (…比例达到了14.8%。但距全省平均水平及2025年16%的目标还有不小距离): that share's goals."""
    rows = []
    for m in NEXT_GOAL.finditer(full):
        if m.group("verb"):  # 到2020年达到12%的目标: no subject of its own before it in its clause (GOAL_LEAD)
            clause = re.sub(r"《[^《》]*》", "", full[max(full.rfind(sep, 0, m.start()) for sep in "，,；;：:") + 1 : m.start()])
            if not GOAL_LEAD.fullmatch(re.sub(r"\s+", "", clause)):
                continue
        rows.append({"kind": "target", "year": int(m.group(1)) if m.group(1) else None, "value": float(m.group(3)),
                     "comparator": COMPARATORS[m.group("verb")] if m.group("verb") else "=", "quote": m.group(0)})
    return rows


def _target_years(full: str, years: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The years of a sentence a value may take: not the year of a 由2020年的8.5% baseline, nor the
    year a rise is counted from (比2019年提高1.6个百分点，比“十二五”末提高…)."""
    from_spans = [(base.start(), base.end()) for base in FROM_VALUE.finditer(full)]
    from_spans += [(rise.start(), rise.end()) for rise in INCREASE.finditer(full)]
    return [y for y in years if not any(a <= y[0] < b for a, b in from_spans)]


def _respective(full: str, reference: int | None) -> list[dict]:
    """The shares of several years in one sentence (2019年、2020年…比例分别为14.8%、18.1%), each year
    its value: a target in a sentence looking ahead (unless its year is before `reference`), else a
    baseline. Groups' shares (城镇和农村居民…分别) and lists of unequal length give none."""
    rows = []
    for m in RESPECTIVE.finditer(full):
        if ELSEWHERE_SUBJECT.search(m.group("subject")) or not LITERACY.search(full, m.start("subject")):
            continue  # 城镇和农村居民…分别: groups' shares
        listed_years = [int(y) for y in re.findall(rf"{YEAR_DIGITS}", m.group(1))]
        values = re.findall(r"\d+(?:\.\d+)?(?=\s*%)", m.group(3))
        if len(listed_years) != len(values):
            continue  # not one value a year: which is which is unknown
        for year, value in zip(listed_years, values, strict=True):
            ahead = AHEAD.search(full) is not None and not (reference is not None and year < reference)
            rows.append({"kind": "target" if ahead else "baseline", "year": year, "value": float(value),
                         "comparator": "=", "quote": m.group(0)})
    return rows


# A sentence whose subject refers back to the share the sentence before stated (这一数字, 该比例, 这个比例, 此数据):
# the earlier shares it compares with are that share's (round twenty-five). The share named back as the survey's
# result (这一调查结果较2015年的4.74%…, 该结果比2015年的…): the same (round fifty-five, completing the list); a result
# that tells (该调查结果显示，…) introduces whatever it shows, no share named back.
BACK_SUBJECT = re.compile(r"\s*(?:这一|这个|该|此)(?:数字|比例|比率|数据|水平|(?:调查|监测|测评)?结果(?!\s*(?:显示|表明|发现|中)))")


def _names_back(full: str, previous: str, region: str | None) -> bool:
    """Whether `full` names back the page's own share stated in the sentence before it
    (…比例达到11.7%。这一数字比2017年的10.5%高出…; rounds twenty-five and sixty)."""
    return BACK_SUBJECT.match(full) is not None and _own_share_named(previous, region)


def _own_share_named(sentence: str, region: str | None) -> bool:
    """Whether `sentence` names the share (LITERACY) of the page's own subject: not a group's (城市居民, 农村居民,
    GROUP_SUBJECT) or another country's (FOREIGN_SUBJECT), nor, on a page about a region, the nation's or another region's."""
    anchor = LITERACY.search(sentence)
    if anchor is None:
        return False
    subject = share_subject(sentence, anchor.start())
    if ELSEWHERE_SUBJECT.search(subject):
        return False
    return region is None or not (_national(subject, False) or _other_region(subject, region))


def _other_measure(s: str, anchor: int, at: int) -> bool:
    """Whether another measure's noun (OTHER_MEASURE) stands between the words naming the share nearest before `at`
    (from `anchor` on; or the piece of the clause the value stands in, after its last ，：、, if later) and the value
    at `at`: the value is that measure's (…比例稳步提升，科普经费比例由0.3%提高到0.5%; …开课率比2020年提高5个百分点;
    round twenty-nine)."""
    piece = max(s.rfind(sep, 0, at) for sep in "，,：:；、") + 1
    start = max([anchor, piece, *(a.end() for a in LITERACY.finditer(s, anchor) if a.end() <= at)])
    return OTHER_MEASURE.search(s, start, at) is not None


def _compared(s: str, anchor: int, years: list[tuple[int, int, int]], base: int) -> list[dict]:
    """Baselines a clause compares with (较2020年的10.56%, 比“十一五”末的3.9%): the share a year had."""
    rows = []
    for m in [*COMPARED_VALUE.finditer(s, anchor), *MULTIPLE_OF.finditer(s, anchor)]:  # 较2020年的10.56%, 比“十一五”末的3.9%
        if _other_measure(s, anchor, m.start()):
            continue  # …，科普设施覆盖率较2020年的60%…: another measure's base
        found = [m]
        while more := COMPARED_MORE.match(s, found[-1].end()):  # …和2007年的2.25% (round twenty-five)
            found.append(more)
        for one in found:
            year = int(one.group(1)) if one.group(1) else five_year_end(one.group(2))
            rows.append({"kind": "baseline", "year": year, "value": float(one.group(3)),
                         "comparator": "=", "quote": _quote(s, anchor, one, years, base)})
    return rows


# A rise a clause means to bring about (要把…提高到5%以上, 力争使…在现有1.93%的基础上提高到5%以上): a goal even
# where no year is stated (round twelve).
RISE_TO = re.compile(r"(?:力争)?(?:提高|提升|增长|增加|上升)(?:到|至)|增至")
INTENT = re.compile(r"要把|要使|力争|争取|确保|努力|将")


def _intended_rise(s: str, m: re.Match) -> bool:
    """Whether the value at `m` ends a rise its clause means to bring about (RISE_TO after INTENT)."""
    return RISE_TO.fullmatch(m.group(1)) is not None and INTENT.search(s, 0, m.start()) is not None


def _national_average(s: str, anchor: int, years: list[tuple[int, int, int]], base: int) -> list[dict]:
    """The nation's average a group's share at `anchor` is compared with (NATIONAL_AVERAGE): a baseline
    of the last year the sentence names before it (else of no year). Only after a group's share with
    no region's self-reference (我省农村居民… compares with its own province's figures)."""
    subject = share_subject(s, anchor)
    if not GROUP_SUBJECT.search(subject) or re.search(rf"[我本全][{LEVEL_CHARS}]", subject):
        return []
    return [{"kind": "baseline", "year": _year_before(years, base + m.start()), "value": float(m.group("value")),
             "comparator": "=", "quote": _quote(s, anchor, m, years, base)}
            for m in NATIONAL_AVERAGE.finditer(s, anchor) if m.group("nation") or m.group("after")]


def _goals(s: str, anchor: int, forecast: bool) -> dict[int, re.Match]:
    """The values a clause names as goals (9.28%的目标, 规划确定的6.25%, 目标值为12%) by where their
    number starts; not a range's end (8.23%—9.27%的目标), nor a 预测值 where `forecast` (the
    sentence names no goal)."""
    goals = {m.start(1): m for m in GOAL_VALUE.finditer(s, anchor)}
    goals.update({m.start(m.lastindex): m for m in PLANNED_VALUE.finditer(s, anchor)})
    goals.update({m.start(1): m for m in QUOTED_PLAN_GOAL.finditer(s, anchor)})  # 规划确定的“…比例达到9%”
    goals.update({m.start(1): m for m in MET_QUOTED_GOAL.finditer(s, anchor)})  # 提前实现了2025年“超过15%”
    goals = {at: g for at, g in goals.items() if not RANGE_END.search(s, 0, at)}  # …8.23%—9.27%的目标
    return {at: g for at, g in goals.items() if not (forecast and g.group(0).startswith("预测"))}


def _started_from(s: str, anchor: int, years: list[tuple[int, int, int]], base: int,
                  reference: int | None) -> list[dict]:
    """Baselines a clause starts from (由5.1%提升到…, 从2015年的6.2%, 由“十一五”末期的7.92%): of their own
    year, else the year before `reference` (the plan's first). A base said before the words naming
    the share (在“十三五”末10.2%的基础上，到2025年…比例达到…) is one too; a 由/从 before them is another
    subject's."""
    rows = []
    for m in FROM_VALUE.finditer(s):
        if m.start() < anchor and not s.startswith("在", m.start()):
            continue
        clause = max(s.rfind(sep, 0, m.start()) for sep in "，,：:；") + 1
        if GAP.search(s, clause, m.start()) or GAP_VERB.match(s, m.end()):
            continue  # 与全国平均水平差距由0.93%缩小至0.44%: a gap, not the share
        if m.start() > anchor and _other_measure(s, anchor, m.start()):
            continue  # …，科普经费比例由0.3%提高到0.5%: another measure's start
        if clause > anchor and ELSEWHERE_SUBJECT.search(s, clause, m.start()):
            continue  # …比例从2007年的2.25%…，其中城镇劳动者…由2007年的2.97%增长到…: a group's start (round thirty-three)
        # 由5.1%提升到…: the baseline is the year before the plan's first (or its own)
        year = (int(m.group(1)) if m.group(1) else five_year_end(m.group(2)) if m.group(2)
                else (reference - 1 if reference else None))
        rows.append({"kind": "baseline", "year": year, "value": float(m.group(3)),
                     "comparator": "=", "quote": _quote(s, anchor, m, years, base)})
        if m.group(1):
            rows.extend(_series(s, m.end(), anchor, years, base, reference))
    return rows


def _series(s: str, at: int, anchor: int, years: list[tuple[int, int, int]], base: int,
            reference: int | None) -> list[dict]:
    """The values of later years a share went through after the one it started from (从2010年的13.74%
    到2015年的18.71%、2018年的21.88%，再到2020年的24.30%), each of its own year: shares reached
    (baselines) when the clause tells a state reached or a past (位居, 已) or the year is before
    `reference`; else goals."""
    rows = []
    reached = REACHED.search(s) is not None or PAST.search(s) is not None
    while m := SERIES.match(s, at):
        year = int(m.group(1))
        baseline = (reference is not None and year < reference) or (reference is None and reached)
        rows.append({"kind": "baseline" if baseline else "target", "year": year, "value": float(m.group(2)),
                     "comparator": "=", "quote": _quote(s, anchor, m, years, base)})
        at = m.end()
    return rows


def _increases(s: str, anchor: int, years: list[tuple[int, int, int]], base: int,
               target_years: list[tuple[int, int, int]], reference: int | None, end: int | None,
               survey: bool) -> list[dict]:
    """Targets of a rise in percentage points (比2020年提高5个百分点, kind ``increase``), of the last
    year named before them or `end`; a change already made (提高了, a survey's 比…提高, a year before
    `reference`) is none."""
    rows = []
    for m in INCREASE.finditer(s, anchor):
        if m.group(2) or PAST.search(s[: m.start()]) or survey:
            continue  # 提高了, or a survey's 比…提高: a change already made, no target
        if _other_measure(s, anchor, m.start()):
            continue  # …，开课率比2020年提高5个百分点: another measure's rise
        reached = DONE.search(s, anchor, m.start()) or any(
            v.group(1) and s.startswith("了", v.end(1)) for v in VALUE.finditer(s, anchor, m.start()))
        if reached and not _looks_ahead(s):
            continue  # …比例达到了14.4%，比2017年上升1.3个百分点: the rise of a share reached, made
        year = _year_before(target_years, base + m.start()) or end
        if year is None or (reference is not None and year < reference):
            continue  # 2020年…比2018年提高1.2个百分点: a change made before the plan
        aim_rise = re.search(r"(?:力争|争取)\s*$", s[: m.start()]) is not None
        rows.append({"kind": "increase", "year": year, "value": float(m.group(3)),
                     "comparator": "aim" if aim_rise else ">=" if m.group(4) else "=",
                     "quote": _quote(s, anchor, m, years, base)})
    return rows


def _part_of_earlier(s: str, own: int, region: str | None = None) -> bool:
    """Whether the words naming the share at `own` follow 其中 and a region's name after a share the
    clause stated already (…比例达10.56%，其中，上海市公民具备…): the share of a part of that figure's
    region, not the page's own; a part the page calls its own (其中我市…, 本县…) is its own."""
    at = s.rfind("其中", 0, own)
    if at == -1 or not VALUE.search(s, 0, at):
        return False
    subject = s[at + 2 : own].strip("，,：: ")
    if region is not None and region_named(subject) == region:
        return False  # 全国…10.56%，其中，浙江…13.53% on a page about 浙江: the page's own share
    return bool(subject) and not subject.startswith(("我", "本")) and (
        opens_with_region(subject) or OTHER_REGIONS.search(subject) is not None)


def _not_the_share(s: str, own: int, m: re.Match, forecast: bool, goals: dict[int, re.Match],
                   region: str | None = None) -> bool:
    """Whether the value at `m`, after the words naming the share at `own`, is not that share:
    another subject's, groups', a rate of change, a range's end, or a forecast not named a goal."""
    subject = max(s.rfind("，", 0, own), s.rfind(",", 0, own)) + 1
    if subject > 0 and AMONG.search(s, 0, subject):
        subject = max(s.rfind("，", 0, subject - 1), s.rfind(",", 0, subject - 1)) + 1  # 农民中，具备…: the group's
    since = max(s.rfind(sep, own, m.start()) for sep in "，,：:；")
    if since > own and OTHER_SUBJECT.fullmatch(s[since + 1 : m.start()]) and not ADVERBS.fullmatch(
            s[since + 1 : m.start()]) and not BACK_REFERENCE.fullmatch(s[since + 1 : m.start()]) and not _forecast_lead(s, m):  # (…，有望在年底突破8%: the same share)
        return True  # …比例超10%：京沪超24% / …，上海和北京达到24%: another subject's share
    if since > own and (OTHER_REGIONS.search(s, since + 1, m.start()) or ELSEWHERE_SUBJECT.search(s, since + 1, m.start())):
        return True  # …比例达6.2%，其中，京津沪地区的这一比例已达10%: other regions' (or a group's) share
    if _other_measure(s, own, m.start()):
        return True  # …比例稳步提升，科普经费占财政支出的比例达到0.5%: another measure's value (round twenty-nine)
    if _part_of_earlier(s, own, region):
        return True  # 全国…比例达10.56%，其中，上海市公民具备科学素质的比例为24.3%: a part's share
    if GAP.search(s, max(since, own), m.start()):
        return True  # …，与全国差距为0.44%: a gap between shares
    if GROUPS.search(s, own, m.start()) or ELSEWHERE_SUBJECT.search(s, subject, own) or SUBJECT_REGIONS.search(s, subject, own):
        # 城镇和农村居民…比例分别达到15.94%和7.96%, 各国…比例都超过了10%, 大学本科及以上人群…, 东部各省…: groups' shares
        return True
    if RATE.search(s, 0, m.start()) or RANGE_END.search(s, 0, m.start(3)):
        return True  # 提升幅度为88.6%: a rate of change; 8.23%—9.27%: a range's end
    # 比例预测值为16%: a forecast, no target
    return bool(forecast and FORECAST.search(s, 0, m.start()) and m.start(3) not in goals)


def _reached(s: str, full: str, base: int, m: re.Match, year: int | None, reference: int | None,
             looking_back: bool, end: int | None) -> bool:
    """Whether the share the value at `m` states was reached already (a baseline), from the words
    of its clause and sentence (`end`: the plan's last year, `literacy_targets`')."""
    # 从目前11.47%提升至16%: the 目前 of the value the sentence starts from is no past of this one
    before = FROM_VALUE.sub(lambda f: "_" * len(f.group(0)), s[: m.start()])
    # 已 (目前, 截至 …) before the value, unless words looking ahead stand between (全县已建科普站30个，到2025年…将
    # 达到12%: the 已 is another clause's; round fourteen)
    last_past = next(reversed(list(PAST.finditer(before))), None)
    past = (last_past is not None and AHEAD.search(before, last_past.end()) is None
            and not m.group(1).startswith(("力争", "争取")))
    # 提高到了…, 由2015年的3.95%提高到2020年的7.14%，超过了…: a share reached, a baseline
    past = past or (m.group(1) != "" and s.startswith("了", m.end(1))) or (
        m.group(2) is not None and DONE.search(full, base + m.end()) is not None) or (
        CHANGED_SINCE.match(full, base + m.end()) is not None)
    # 由2015年的3.95%提高到2020年的7.14%。 on an undated page: both ends with their own
    # year, nothing looking ahead: a change reported, the share reached
    past = past or (reference is None and m.group(2) is not None and FUTURE.search(full) is None
                    and any((f.group(1) or f.group(2)) and f.end() <= m.start() for f in FROM_VALUE.finditer(s)))
    # a sentence that tells a state reached (居全省第二位, 位居前列, 高于全省平均水平, 同比增长,
    # 顺利完成…目标) and looks nowhere ahead: the share was reached, unless a plan's period
    # makes its year one still to come
    past = past or (REACHED.search(full) is not None and AHEAD.search(full) is None
                    and (reference is None or (year is not None and year < reference)))
    # …达到7.63%，…，与2015年的5.14%相比，增长2.49个百分点 looking nowhere ahead, where no plan's period makes
    # its year one still to come: a change made, the share reached
    past = past or (COMPARED_RISE.match(full, base + m.end()) is not None and AHEAD.search(full) is None
                    and (reference is None or (year is not None and year < reference)))
    # …达到10.56%，较2015年提高4.36个百分点 of no year, looking nowhere ahead (nor naming a goal), on a page with no
    # period's end (`end`: a plan's goal of no year is its last year's): a change made, the share reached, a baseline
    # of no year (a dated commentary's share; round fifty-five). A share of a stated year is left to the rules above
    # (2025年，…达到15%，比2020年提高4个百分点 after a survey of 2022 looks ahead, though no 到 says so)
    past = past or (year is None and end is None and POINTS_SINCE.match(full, base + m.end()) is not None
                    and AHEAD.search(full) is None and FUTURE.search(full) is None)
    # …达到10.69%，增长率12.3% looking nowhere ahead, where no plan's period makes its year one still to come: the
    # rate of a change made, the share reached
    past = past or (RATE_AFTER.match(full, base + m.end()) is not None and AHEAD.search(full) is None
                    and (reference is None or (year is not None and year < reference)))
    # under 背景/回顾/成效, in a sentence looking nowhere ahead: a share reached
    return past or (looking_back and AHEAD.search(full) is None)


def _unique(rows: list[dict]) -> list[dict]:
    """One row a fact (2015年…达到5.1%, 由5.1%提升到…: stated twice), and no share above the whole."""
    unique: dict[tuple, dict] = {}
    for row in rows:  # a fact stated twice (2015年…达到5.1%, 由5.1%提升到…) is one row
        if row["value"] > MOST_PERCENT:
            continue  # 547%, 311%: a share of the public above the whole is a damaged number (5.47%), no share
        row = {k: v for k, v in row.items() if k != "flat"}  # (a mark for _recalled, no column)
        unique.setdefault((row["kind"], row["year"], row["value"], row["comparator"]), row)
    return list(unique.values())


def _percent(m: re.Match) -> str:
    """百分之十五 → 15%; what is no numeral stays as written."""
    try:
        return f"{cn2an.cn2an(m.group(1), 'smart'):g}%"
    except ValueError:
        return m.group(0)


def _year_before(years: list[tuple[int, int, int]], pos: int) -> int | None:
    """The last year named before `pos` in the sentence."""
    before = [y for start, _, y in years if start < pos]
    return before[-1] if before else None


def _quote(s: str, anchor: int, m: re.Match, years: list[tuple[int, int, int]], base: int) -> str:
    """The clause of a value: from the comma before the year (or the anchor) to the value."""
    inside = [start - base for start, _, _ in years if base <= start < base + m.start()]
    first = min(inside[-1], anchor) if inside else anchor
    clause_start = max(s.rfind("，", 0, first) + 1, 0)
    return s[clause_start : m.end()].strip("，")


# -- quantified commitments ------------------------------------------------------------------------
# The measure words a commitment is counted in (人次 before 人: the longer word wins).
MEASURES = ("人次", "所", "个", "场", "人", "名", "家", "支", "%")
COMMITMENT = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万)?\s*(" + "|".join(MEASURES) + r")(?!百分点|工作日|月|单位)"
)
NOT_A_COMMITMENT = re.compile(r"^(?:个百分点|个工作日|个月)")
# A count in Chinese numerals listed after another count (建成5个科普馆和两个科普站, …、三所学校).
CN_LISTED = re.compile(r"[和、及与]([两二三四五六七八九十][一二三四五六七八九十百千]*)(万)?\s*("
                       + "|".join(MEASURES[:-1]) + r")(?!百分点|工作日|月|单位)")
# A count in Chinese numerals (建成两个科普基地, 新增十个示范点, 培训三百人次) after a verb that builds or counts:
# cn2an reads it. 一 (打造一支队伍, 一村一名) and 一批 are no count; a slogan (“两个一百年”, 坚持“四个全面”), an
# ordinal (第十四个) or 千人/万家 (no leading digit word) is none either.
CN_COUNT = re.compile(r"(?:建设|建成|创建|打造|培育|新建|建立|认定|命名|开展|举办|组织|培训|评选|新增|达到|设立|扶持|遴选)"
                      r"(?:[^，。；、“”\d]{0,4}?)(?<![第每])([两二三四五六七八九十][一二三四五六七八九十百千]*)(万)?\s*("
                      + "|".join(MEASURES[:-1]) + r")(?!百分点|工作日|月|单位)")


def commitments(text: str) -> list[dict]:
    """Numbers with a measure word in a task: value, measure, year when stated, and the clause."""
    rows = []
    # (end, year) of every year named, so the last one before a number is a bisection away; a five-year
    # plan's end names one too (到“十四五”末，建成…3个: 2025), as for the literacy share (not “十四五”期间: a span)
    years = sorted([(y.end(), int(y.group(1)), y.start()) for y in YEAR.finditer(text)]
                   + [(y.end(), five_year_end(y.group(1)), y.start()) for y in FIVE_YEAR_END.finditer(text)])
    year_ends = [end for end, _, _ in years]
    stops = [i for i, ch in enumerate(text) if ch in "。；"]
    for clause in CLAUSE.finditer(text):
        c = clause.group(0)
        in_list = len(COMMITMENT.findall(c)) > 1
        counted: list[tuple[re.Match, float, int]] = []  # (match, value, where its number starts)
        for m in COMMITMENT.finditer(c):
            if YEAR.match(c, m.start()) or NOT_A_COMMITMENT.match(c, m.start(3)):
                continue
            counted.append((m, float(m.group(1)) * (10000 if m.group(2) else 1), m.start()))
        # a count after a verb that builds or counts, and one listed after a count (建成5个馆和两个站)
        cn_counts = list(CN_COUNT.finditer(c))
        if counted or cn_counts:
            cn_counts += [m for m in CN_LISTED.finditer(c) if not any(o.start(1) == m.start(1) for o in cn_counts)]
        for m in cn_counts:
            with contextlib.suppress(ValueError):  # not a numeral cn2an reads
                counted.append((m, float(cn2an.cn2an(m.group(1), "smart")) * (10000 if m.group(2) else 1), m.start(1)))
        counted.sort(key=lambda found: found[2])
        in_list = in_list or len(counted) > 1
        for m, value, at in counted:
            before = bisect.bisect_right(year_ends, clause.start() + at)
            _, year, year_start = years[before - 1] if before else (0, None, 0)
            # a year counts only when stated in the same sentence
            stop = bisect.bisect_left(stops, clause.start())
            sentence_start = stops[stop - 1] if stop else -1
            if (year is not None and year_start <= sentence_start
                    and str(year) not in text[sentence_start + 1 : clause.end()]):
                year = None
            # In a list of quantities (科技名村1个、市级科技小院1个) quote the item that holds the
            # number; elsewhere the whole clause (30%的中、小学校 is one item).
            quote = c.strip()
            if in_list:
                item_start = c.rfind("、", 0, at) + 1
                item_end = c.find("、", m.end())
                item = c[item_start : item_end if item_end != -1 else len(c)].strip()
                quote = item if len(item) >= 4 else quote
            rows.append({"value": value, "measure": m.group(3), "year": year, "quote": quote})
    return rows


# -- the plan's years ------------------------------------------------------------------------------
# A title naming its five-year plan and no years (某县“十四五”全民科学素质提升行动计划): the plan looks to
# that plan's end (2025) and starts from its first year. The period itself stays unread (a name is no
# statement of years: the real pages' facts leave it undecided); only its goals' years are read by it.
TITLE_FIVE_YEAR = re.compile("[“\"‘']?十([一二三四五六七八九])五[”\"’']?(?!\\s*(?:期间|时期)?\\s*(?:以来|末|期末))")


def _named_five_year(plan: dict) -> int | None:
    """The end year of the five-year plan a plan without a period names in its title, else None."""
    end = plan.get("period_end")
    if end not in (None, "") and end == end:
        return None
    m = TITLE_FIVE_YEAR.search(str(plan.get("title") or ""))
    return five_year_end(m.group(1)) if m else None


# A title naming one year's work (某市2022年全民科学素质工作要点, 2023年度科普工作计划): the year it plans.
WORK_YEAR = re.compile(rf"({YEAR_DIGITS})\s*年度?[^（()）\d]{{0,30}}?(?:工作要点|要点|工作计划|工作安排|工作方案)$")


def work_year(plan: dict) -> int | None:
    """The year a plan of one year's work names in its title (…2022年…工作要点 → 2022), when it has
    no period; else None."""
    if plan.get("period_start") not in (None, ""):
        return None
    m = WORK_YEAR.search(str(plan.get("title") or ""))
    return int(m.group(1)) if m else None


def reference_year(plan: dict) -> int | None:
    """The year a plan starts from: its period's first year, else that of the five-year plan its
    title names, else the year a plan of one year's work names (so a share of an earlier year it
    recalls is a baseline), else its issue year."""
    if plan.get("period_start") not in (None, ""):
        return int(plan["period_start"])
    if (named := _named_five_year(plan)) is not None:
        return named - 4
    if (work := work_year(plan)) is not None:
        return work
    date = plan.get("issue_date")
    return int(str(date)[:4]) if date and str(date)[:4].isdigit() else None


def end_year(plan: dict) -> int | None:
    """The plan's last year (its period's end, else that of the five-year plan its title names),
    the year of a target that names none."""
    end = plan.get("period_end")
    return _named_five_year(plan) if end in (None, "") or end != end else int(end)

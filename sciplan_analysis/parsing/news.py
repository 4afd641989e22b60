"""Which document a news page or notice body is about: the 《…》 a lead sentence names (日前，某县
印发了《X》; 《X》近日印发; 现将《X》印发给你们), the organ that issues it and its number, skipping
documents cited for their purpose, recounted from earlier or still to come; and where a news
report ends (its byline)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from sciplan_analysis.parsing.documents import (
    DOCUMENT_WORDS,
    doc_number,
    inner_title,
    name_key,
    own_notice,
)
from sciplan_analysis.parsing.issuers import (
    TIME_WORDS,
    issuing_subject,
    lead_subject,
    lead_subject_problem,
    signing_subject,
)
from sciplan_analysis.text.patterns import (
    CENTRAL_BODIES,
    CJK_RANGE,
    ISSUE_VERBS,
    PLAN_KINDS,
    YEAR_DIGITS,
    alternatives,
)
from sciplan_analysis.text.regions import PLACEHOLDER, opens_with_region, region_run

# A news item or notice body naming the plan: 日前，某省人民政府办公厅印发了《…》; 现将《…》印发给
# 你们; 《…》已经…审议通过，现印发给你们.
# (颁发, the verb of decisions, rules and measures promulgated, is an issue as 颁布 is: 某省人民政府颁发《X办法》, and
# after the name, 《中国科协关于命名…的决定》近日颁发, in LEAD_AFTER; a certificate 颁发 names no document: round fifty-nine)
LEAD_VERB = re.compile(r"(?:正式)?(?:" + ISSUE_VERBS + "[了的]?|颁发[了的]?"
                       r"|审议(?:并原则)?通过[了的]?|(?:研究|讨论|表决)通过[了的]?|审定[了的]?|制定了?|制定的|编制了?|公布了?|推出了?"
                       r"|下达了?|下达的|[作做]出了?(?=\s*《[^《》]{4,150}决定》)|[作做]出的(?=\s*《[^《》]{4,150}决定》))"
                       r"\s*《([^《》]{4,150})》")
# News that named bodies signed, released or sent out one document of their own (两中心签订《X协议》, 市科协发出《X倡议书》,
# 某某联合会共同签署了《X合作协议》): the document is the item's, as one issued (docs/fact_conventions.md, session 20; round
# forty-four). Read on a page read as news only: an abstract or a yearbook recounts a signed agreement as past work; the
# name ends in an agreement's, an initiative's or a declaration's kind (a standard's 发布 is LEAD_VERB's already).
SIGNED = re.compile(r"(?:正式)?(?:签订|签署|发出)了?\s*《([^《》]{4,150}?(?:协议书?|倡议书|倡议|宣言|公约|备忘录))》")
# The same with the document's whole name and no 《》, opening with 关于 and ending as a body's document does
# (中国科协发布了关于命名…全国科普示范县（市、区）的决定, 某省政府印发了关于加强…的意见): the name is unambiguous
# without its marks (round eighteen). A plan's bare name (印发了某县…方案) is not read so: a sentence may
# mention a plan's kind without naming a document.
LEAD_BARE = re.compile(r"(?:正式)?(?:印发了?|下发了?|发布了?|颁布了?|公布了?|[作做]出了?)\s*"
                       r"(关于[^《》〈〉，。；：！？,;:\s]{4,80}?的(?:决定|通知|意见))(?=[，。；,;\s]|$)")
# The same said the other way round: the 《…》 opens its clause and the verb follows (《X》近日正式印发,
# 《X》（以下简称《方案》）日前由某县政府办公室印发实施, 《X》近日由某县科普工作联席会议办公室制定); 由 names the organ.
LEAD_AFTER = re.compile(r"《([^《》]{4,150})》(?:\s*[（(][^（）()《》]{0,30}(?:《[^《》]{1,20}》)?[^（）()《》]{0,5}[）)])?"
                        # (由 and the organs: four may stand there, so up to 80 characters)
                        r"(?P<between>[^，。；：《》,]{0,12}?由[^，。；：《》,]{2,80}?|[^，。；：《》,]{0,30}?)(?:正式)?(?:印发|出台|发布|下发|颁布|颁发|出炉|公布|制定|编制|下达|审定|(?:审议|研究|讨论|表决)通过)")
# A regulation named by a news lead (round thirty-two): 《某省科学技术普及条例》开始施行, 《某市…条例》已经省人大常委会审查批准，
# 将于7月1日起正式施行, 《某省…条例》（以下简称《科普条例》）巡回宣讲报告会…举行. A 条例's news says it is approved (批准), comes
# into force (施行) or is explained to the public (宣讲), not that it is issued; the verbs are read after a name ending in 条例 only,
# so 《X方案》即日起施行 and a 宣讲 of a plan stay what they were. (表决通过《X条例》 is LEAD_VERB's already; 实施 is not
# taken: a headline's short name, 《上海市科普条例》1日起实施, would stand before the lead's whole one.) A regulation that comes into
# force on a date to come (将于…起施行) has been passed: its 将 is no document still to come.
# A law's news is a regulation's (round fifty-eight): 《X法》开始施行, 《X法》宣讲 name the law as a 条例's do (a 办法 is no law:
# 《X管理办法》即日起施行 stays what it was; nor is a way of working: 方法, 做法, 手法, 算法, 用法, 写法, 说法).
REGULATION_AFTER = re.compile(r"《([^《》]{4,150}(?:条例|(?<![办方做手算用写说])法))》(?:\s*[（(][^（）()《》]{0,30}(?:《[^《》]{1,20}》)?[^（）()《》]{0,5}[）)])?"
                              r"(?P<between>[^，。；：《》,]{0,30}?)(?P<verb>(?:审查)?批准|(?:开始|正式|起)?施行|宣讲)")
# A law passed or revised, named bare or in 《》 (round fifty-eight): 表决通过了新修订的科学技术普及法，自公布之日起施行;
# 审议通过修订后的某某法。 The name is a run of characters ending in 法 that closes its clause (no 的: 表决通过了关于修改某法的决定
# is a decision, named by LEAD_BARE's kind where it is), so a law merely cited (根据《中华人民共和国X法》, 依据X法) is not read;
# nor a way of working revised (修订了…评价方法, 修改了…做法: read once more at session 23's end, a confident wrong title before).
LAW_PASSED = re.compile(r"(?:(?:表决|审议)通过了?|(?<![不未])修订了?|(?<![不未])修改了?)\s*(?:新修订的|修订后的|新修改的|修改后的)?"
                        r"\s*《?((?:中华人民共和国)?(?!关于)[^\W\d_的]{2,30}?(?<![办方做手算用写说])法)》?(?=[，。；,;、]|自|和)")
LAW_NAME_CHARS = 5  # a law's whole name read bare is at least this long (野生动物保护法; 科普法, 教育法 are left unread)
IN_FORCE = re.compile(r"(?:开始|正式|起)?施行")
REGION_CHARS = 20  # a region's name before a bare plan's verb is at most this long (宁夏回族自治区, 某省某市)
# A plan named bare after its verb in a news lead, with its five-year plan's number (宁夏发布科学技术普及事业发展“十三五”规划，…;
# 上海日前发布“十三五”科普事业发展规划。; round thirty-two): the name ends its clause, and the lead's subject is a region or an organ.
# The number marks a document's name, not a kind of work mentioned (出台了…工作方案 stays unread, round eighteen). Where the page
# names in 《》 the same plan with its region (根据新发布的《上海市科普事业“十三五”发展规划》: its words, reordered, after the region),
# that whole name is the title.
LEAD_BARE_PLAN = re.compile(r"(?:正式)?(?:印发|发布|出台|颁布)了?\s*"
                            r"([^《》〈〉“”\"，。；：！？,;:\s]{0,30}?[“\"]?十[一二三四五六七八九]五[”\"]?"
                            rf"[^《》〈〉“”\"，。；：！？,;:\s]{{0,30}}?{alternatives(*PLAN_KINDS)})(?=[，。；,;])")
# A document still to come (省政府将出台《X》, 拟印发《X》, 正在制定《X》; 《X》将于近期印发): the page is not about
# it yet. (将 before 《X》 and its verb is 把: 现将《X》印发给你们 is issued.)
# (要制定《X》, 抓紧出台《X》, 着手编制《X》: a document to be drawn up, round fourteen; not 要求, 要点, nor the 要 of 纲要,
# 主要, 重要, 需要 …)
FUTURE_LEAD = re.compile(r"(?:即将|将要|将|拟|准备|正在|有望|(?<![纲主重需只必])要(?![求点闻])|抓紧|尽快|着手)"
                         r"(?:于)?[^，。；：《》\s]{0,6}?$")
FUTURE_BETWEEN = re.compile(r"将|拟|准备|正在|有望")
# …or one a speaker or a body proposes (秦大河建议：…，继续颁布《X》; 某委员呼吁，由国务院出台《X》; 建议省政府制定《X》): a
# proposal asks for work not done, so X is cited, never the page's own (holdout43's CPPCC speech; round nineteen). The
# proposal opens the paragraph's list (建议/呼吁/提议 before a colon, anywhere before the verb in the paragraph) or the
# verb's own clause (建议省政府制定《X》); 的建议 and 意见建议 (a proposal taken up, 根据代表的建议，制定了《X》) are no
# proposal still open, nor a proposal's title (《关于…的建议》).
PROPOSED = re.compile(r"(?<![的见纳])(?:建议|呼吁|提议)\s*[：:]")
PROPOSED_CLAUSE = re.compile(r"(?<![的见纳])(?:建议|呼吁|提议)(?![》书])")
# …or a sentence that lists the work a time to come will see (我市今年将…；出台《X》，…; 下一步，…制定《X》): each
# document in its list is still to come, however far its verb stands from the 将.
# (下一步，某县全民科学素质工作领导小组将认真学习…，制定《X》: a body's long name before its 将, up to 40 characters,
# round fourteen; 将 there not before 《 (将《X》印发: issued) nor in 将乐)
# (某领导小组将认真学习…，制定《X》 with no time word: 将 right before an adverb or verb of work to do, never before a
# noun as the 将 of 把 stands: 县政府将科普工作纳入…，印发了《X》 is issued; round fourteen)
FUTURE_SENTENCE = re.compile(r"(?:今年|明年|下一步|下一阶段|下半年|年内|今后)[，,]?[^。！？；《》]{0,12}?(?:还|也|仍)?(?:将|要|准备|拟)"
                             r"|(?:下一步|下一阶段|今后|明年)[，,]?[^。！？；《》]{0,40}?(?:将|准备|拟)(?![《乐])"
                             r"|(?<![现即])将(?:认真|进一步|继续|积极|全力|加快|大力|着力|切实|深入|抓紧|尽快|着手)")
# A sentence recounting what came before (此前，国务院发布的《X》提出…; 2021年，某省印发《X》, a year and no day: not
# a news lead's 日前 or 12月6日) names an earlier document, not the page's; so does one recounting the work of a
# span of time (创建活动开展以来，…出台了《X》；成立了…; 近年来，某县先后制定了《X》): a report of what was done.
EARLIER = re.compile(r"此前|早前|之前|先前|早在|以来|年来")
# …but a news lead's time word after the span's 以来 (今年以来，…，日前，某县印发了《X》) opens a lead again.
SPAN_THEN_LEAD = re.compile(r"(?:以来|年来)[^。；！？]*?(?:日前|近日|近期|今日|(?<!\d)\d{1,2}月\d{1,2}日)")
# …or one in a paragraph that reviews a five-year period's work (“十三五”期间，全市…。…服务发展有亮点。…联合市总工会等5
# 部门出台《X》: the page's news is another, X one of the period's results, cited; holdout34, round fifteen), unless a
# news lead's time word stands between the period and the 《 (“十三五”期间…。近日，某市印发《X》).
PERIOD_REVIEW = re.compile("[“\"‘']?十[一二三四五六七八九]五[”\"’']?\\s*(?:期间|时期)|五年来|五年间")
LEAD_TIME = re.compile(r"日前|近日|近期|今日|(?<!\d)\d{1,2}月\d{1,2}日")
# …or one a speaker recounts (某部长称，2020年4月，某协会印发了《X》; 某主任介绍：…出台了《X》): news of an event or
# a talk reporting the work done, the page not saying the document is its own, so X is cited (holdout31; round
# thirteen). (据介绍, 据了解 name no speaker: a lead may open so; nor does a meeting or a document, 会议指出, 会议
# 表示: their words state decisions, and 指出 is theirs more than a person's.)
SPOKEN = re.compile(r"[^，。；：,:\s]{2}(?<!据)(?<!会议)(?<!会上)(?<![名简号统宣声俗通据件知要])(?:称|说|介绍|表示|透露|谈到)"
                    r"\s*[，,：:]")
# A document issued since (自《X》印发以来, 省政府印发《X》实施以来): the earlier document of a report, not a lead.
SINCE = re.compile(r"(?:\s*[（(][^（）()]{0,30}[）)])?[^，。；！？《》,]{0,8}?以来")
# …or a clause with 自 before a year or the 《X》 (自2006年《X》颁布实施特别是…以来, 自《X》出台后): since then.
# (自 before a year or 《 only: 自治区 opens many an organ's name)
SINCE_START = re.compile(rf"(?:自从|自)\s*(?={YEAR_DIGITS}\s*年|《)")
# A document's issue as a noun, the subject of a comment (《X》的出台，标志着…; 《X》的颁布为…提供了遵循): a page writing about
# X (an essay, a commentary, a speech), not news of its issuing, unless a lead's time word stands before it in the
# sentence (近日，《X》的出台…); X is cited (holdout43p's essay; round nineteen).
NOMINAL_ISSUE = re.compile(r"\s*的\s*$")
# A document's issue named as a point in time (比《X》颁布前2005年的2.55%, 《X》印发之后的三年里): an earlier
# document the page measures from, not news of its issuing.
ISSUED_WHEN = re.compile(r"(?:实施)?(?:前|以前|之前|后|以后|之后)")
# A region's general five-year plan (国民经济和社会发展第十三个五年规划纲要), which a congress passes and which
# takes in science-literacy work among all else: news of it is no news of a science-literacy document.
GENERAL_PLAN = re.compile(r"国民经济和社会发展")
# A list of work done (…稳步提升。一是加强顶层设计。市政府发布《X》…; 其一，出台了《X》): a report on the work, not
# a lead naming the page's document.
ENUMERATED = re.compile(r"(?:^|[。；：，\s])(?:[一二三四五六七八九十]是|其[一二三四五][，,、])")
BARE_YEAR = re.compile(rf"\s*{YEAR_DIGITS}\s*年(?!\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月|度|第)")
# …or a year and a month with no day (2022年9月，中共中央办公厅、国务院办公厅印发的《X》明确提出…; 2016年4月，科技部、中央宣传部发布
# 《X》): a date of the past recounted, not a news lead's 日前 or 12月6日 (round thirty-three).
YEAR_MONTH = re.compile(rf"\s*{YEAR_DIGITS}\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月(?!\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号])")
# …or such a date as the clause before the verb's own (开栏的话 2023年，教育部等十八部门发布《X》；今年1月，…: the date opens no
# sentence, a label stands before it): the same past date, closing the clause before.
DATE_CLAUSE_BEFORE = re.compile(rf"(?<![\d年])(?:{YEAR_DIGITS})\s*年(?:\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月)?\s*[，,]\s*$")
# …or such a date with its day, on a page that states its own purpose (2012年6月28日，国务院出台《X》（国发〔2012〕21号），
# 开启了…。…特制定本规划; 2021年6月3日，国务院印发《X》，…。为贯彻落实…，制定本方案; the purpose before or after the
# sentence, as a mirror repeating the page puts it before): a plan's preface recounting the documents it follows, its own
# title not shown there; X is cited, never the page's (round seventy-four). A news lead dates its own news by the day
# alone (6月3日，某县印发《X》) or a time word (日前): those stay leads, as does a dated sentence on a page that states no
# purpose of its own.
DATED_SENTENCE = re.compile(rf"\s*{YEAR_DIGITS}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[，,]")
OWN_PURPOSE = re.compile(r"(?:特|现)?制定本(?:实施)?(?:方案|规划|计划|意见|办法|纲要|细则)")
# …but a plan's preface drawing itself up on its bases in the same clause (依据《A》、《B》编制《X》。本规划…, 按照《A》要求制定
# 《X》。本方案…: the bases named, then 编制 or 制定 with no subject and no 了 of its own, the name closing the sentence, and the
# text going on to call itself 本规划/本方案) names the page's own plan, as 特制定《X》 after a comma does, even below a page's
# opening (round eighty). 根据《A》要求各县编制《X》 (others to draw it up), 依据《A》编制了《X》 (a summary's past work) and
# 根据…印发的《X》 stay bases.
DRAWN_UP = re.compile(r"(?:特|现)?(?:编制|制定)\s*《")
SELF_NAMED = re.compile(r"本(?:实施)?(?:规划|方案|计划|纲要)")
DRAWN_UP_AFTER_BASIS = re.compile(r"》\s*(?:[（(][^（）()《》]{0,30}[）)])?\s*(?:的)?(?:精神|要求|规定|部署)?$")
DRAWN_UP_END = re.compile(r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*[。！]")
# A purpose or basis clause (为贯彻落实国务院印发的《X》, 根据…发布的《X》) names a higher document, not
# the plan; a lead after it in the same sentence (为…，某县印发了《Y》) still names the plan.
# (本报告基于…发布的《X》, 参照…印发的《X》: a study or a plan built on a document names it as its basis, round twelve)
PURPOSE = re.compile(r"\s*(?:为了?|根据|按照|依据|遵照|贯彻|落实|基于|参照|依照)")
# …贯彻落实国务院印发的《X》 (印发的: a document another issued) anywhere in the clause.
PURPOSE_WORD = re.compile(r"为了?|贯彻|落实|根据|按照|依据|遵照|基于|参照|依照")
# A document's issue commemorated (为纪念《X》的颁布和实施而举办, 在《X》颁布十周年之际): an event marking a past
# issue, so X is an earlier document the page cites, never its own (round twelve).
COMMEMORATED = re.compile(r"纪念|庆祝|周年")
# A body writing of itself in the first person as having issued a document (为了落实…，我厅印发了《X》(以下简称方案)。经研究，
# 现决定启动…; 我委此前制定了《X》，现就…通知如下): a notice recounting the body's own earlier document, the ground of what it
# now asks, X cited and never the page's own (round seventy-six). The body is named by one character of an organ's kind
# (厅, 委, 局, 办, 部, 会, 院), not a region's (我省, 我市: a news lead's subject, 近日，我市印发《X》), and the verb is past (了);
# a news time word before it (近日，我委印发了《X》) keeps the lead, and a notice carrying X says so first (现将《X》印发给你们).
OWN_EARLIER = re.compile(r"我(?:厅|委|局|办|部|会|院)[^，。；！？《》,]{0,8}?(?:印发|制定|出台|发布|下发|颁布|编制)了\s*《$")
# …or a document the notice requires its addressees to draw up or fill in (承担单位须认真填写《X申请表》，编制《X实施方案》; 各单位
# 必须按要求制定《X》并报送): a document still to be written by others, never the notice's own (round seventy-six). Read in the
# sentence before the verb, the names in 《》 left out; 无须 asks nothing.
OBLIGED = re.compile(r"(?<![无毋])须|务必|应当")
# …or another body's notice the page relays in the same sentence (某办印发了《关于开展…的通知》(…号)，…，现将《通知》转发给大家;
# 某市科协下发了《关于开展…的通知》，现将本区征集工作通知如下): the page's notice relays it, its own title not shown, the relayed
# notice cited (round seventy-seven; the conventions: a relay's title is ∅). Only a notice named so (…的通知): a body
# carrying a plan says 现将《X》印发.
RELAYING = re.compile(r"现将[^。；！？]{0,24}?(?:转发|通知如下)")
# A call for comments on a draft (对2018年发布的《X》进行修订，形成《X（修订草案征求意见稿）》，现向社会公开征求意见; 某局起草了
# 《X》，现公开征求社会各界意见): the page asks for comments and issues nothing, so the document its sentence names is cited,
# never the page's own (the conventions: a call for comments' title is ∅, its own title not shown; round seventy-eight). The
# call follows the name in its sentence (现 before it, no comma between): a consultation done before an issue (经广泛征求意见，
# 现将《X》印发给你们; 在充分征求意见的基础上，某县印发了《X》) is none.
CALL_FOR_COMMENTS = re.compile(r"现[^。；！？，,]{0,12}?征求[^。；！？，,]{0,10}?意见")
# A notice body opening with its addressees (各市（地）科协，各有关单位：) is a notice, never news: a past issue it recounts in
# the third person (省科协制定印发了《X》，并组织开展了…工作。经…) is an earlier act, the ground of what it now does, X cited, unless
# the body issues X now in that sentence or the next (制定了《X》，现印发给你们; 研究制定了《X》。现印发给你们: X's page, the settled
# convention) (round seventy-eight; round seventy-six's OWN_EARLIER reads the first person, 我厅印发了《X》).
ADDRESSEES_LINE = re.compile(r"各[^。；！？《》\n]{1,80}[：:]")
# …or closing a text a headline above it ran into (某某headline各市（地）科协，…各有关单位：): no stop before 各, and a unit's word
# before the colon (会议要求各地要做到以下几点： is a sentence, no addressees)
ADDRESSEES_END = re.compile(r"^[^。；！？，,：:]{0,40}?各[^。；！？《》\n]{0,80}(?:单位|部门|科协|学会|协会|局|委|厅|办|政府|机构|院|校|中心)"
                            r"[）)]?\s*[：:]$")
PAST_ISSUE = re.compile(r"了\s*《")
ISSUED_NOW = re.compile(r"现(?:予以?|将[^。；！？]{0,60}?)?印发|印发给你们|印发你们|现予(?:以)?(?:发布|公布)")
# A document's name in its marks, left out where a clause is searched for words of its own.
NAMED = re.compile(r"《[^《》]*》")
# A document relayed, studied or announced to a meeting (会议传达了国务院办公厅印发的《X》, 传达学习了市委印发的《X》,
# 宣讲…出台的《X》): the page is the meeting's news, X a higher or earlier body's document it cites, never its own
# (holdout33; round fourteen). (学习型 names a kind of city or body, not the act; 解读 has its own rule: a page
# explaining X names it.)
RELAYED = re.compile(r"传达|转达|学习(?!型)|宣讲|传阅|通报|领会|研读")
BODY_NOTICE = re.compile(r"现?将《([^《》]{4,150})》[^《》。]{0,20}?印发给你们|《([^《》]{4,150})》[^《》。]{0,60}?现予?印发(?:给你们)?")
# The same without 《》: 现将某市…实施方案印发给你们; 某市…实施方案已经市政府同意，现印发给你们.
PLAIN_NAME = rf"([^《》〈〉，。；：\s]{{4,80}}?{alternatives(*PLAN_KINDS, '意见', '办法')}(?:（[^（）]{{4,20}}）)?)"
BODY_PLAIN = re.compile(rf"(?:^|[：，])现将{PLAIN_NAME}印发给你们|(?:^|：){PLAIN_NAME}已经[^。《》]{{0,40}}?，现印发给你们")
# The short name a report gives a document (以下简称《实施方案》), never its title.
ABBREVIATION = re.compile("(?:实施|工作|行动|发展)?" + alternatives(*PLAN_KINDS, "意见", "办法", "通知"))
# …or any name of a few characters opening with no region, no central body and no 全民 (科学素质纲要,
# 科普规划): a document's own name says whose it is (某县…方案, 全民科学素质行动计划纲要).
SHORT_NAME_CHARS = 8


def _short_name(title: str) -> bool:
    """Whether a 《…》 is a short name (see SHORT_NAME_CHARS), not a document's whole name."""
    name = name_key(title)
    return len(name) <= SHORT_NAME_CHARS and not (
        name.startswith(("全民", *CENTRAL_BODIES)) or opens_with_region(name))


# A page explaining a plan (政策解读：《X》, 解读《X》) names it.
EXPLAINED = re.compile(r"解读\s*[】\]]?\s*[：:]?\s*《([^《》]{4,150})》")  # (【文字解读】《X》: round one hundred and eighteen)
# …as a heading (政策解读：《X》, 十四五规划解读：《X》), not 解读《X》 inside a report's sentence.
EXPLAINED_HEAD_CHARS = 12
# Documents named in a list (审定了《A》、《B》; 《A》和《B》近日印发): several at once, none of them the page's own.
LISTED_AFTER = re.compile(r"\s*(?:[（(][^（）()《》]{0,30}[）)])?\s*(?:[、和及与]|以及)\s*《")
LISTED_BEFORE = re.compile(r"》\s*(?:[（(][^（）()《》]{0,30}[）)])?\s*(?:[、和及与]|以及)\s*$")
# A document number in brackets right after the lead's 《…》: 《…的通知》（沛政办发〔2012〕40号）.
LEAD_NUMBER = re.compile(r"\s*[（(]\s*([^（）()]{4,30})[）)]")
LEAD_CHARS = 3000  # a lead sentence stands in the page's first few thousand characters


@dataclass
class Lead:
    """What a news lead or notice body says of the plan: its title, issuer and number;
    `rejected`: why a subject that was named is no organ (``implausible``, ``unknown region``),
    empty when none was or it is one."""

    title: str | None = None
    issuer: str | None = None
    rejected: str = ""
    number: str | None = None


def lead(texts: list[str], subject_until: tuple[int, int] | None = None, opening: int | None = None,
         signed: bool = False) -> Lead:
    """The plan a news lead or notice body in `texts` (the first LEAD_CHARS characters)
    names: the 《…》 of the sentence (or the name before 印发给你们), the organ that issues it
    and a document number in brackets after it. A headline whose subject is no organ (某县印发
    《X》) gives the title; a later lead naming the same X may give its organ.

    `subject_until`: (index, offset) of the last place in `texts` where the document may first be named (on a
    news item, within its lead's first sentences: `news_lead_end`); a later text may still give the organ or
    number of the document named there, never another document (round twenty-two).

    `opening`: on a page that is neither news nor the document itself (a summary, a yearbook's section, a copy), the
    index in `texts` of its opening paragraph (`opening_text`): a subject naming a document (某县委出台了《X》) is read
    up to it, and deeper in the account, where a body's work is recounted document by document, only in a sentence
    a day or a news time word opens (日前，某县…印发了《X》: a dated report of the issue, round thirty-three's test); a
    notice body (现将《X》印发给你们) or an explaining heading is read as before (round forty-three).

    `signed`: the page is read as news, so a document its lead says bodies signed or sent out (SIGNED: 签订《X协议》,
    发出《X倡议书》) is named as one issued is (round forty-four)."""
    seen = 0
    found: Lead | None = None
    listed: str | None = None  # the organs a news lead names issuing several documents at once
    first = opening_text(texts)  # the page's lead or account opens here: a paragraph under it is a later sentence's
    purpose = _own_purpose(texts)  # whether the page states its own purpose (制定本方案)
    for n, text in enumerate(texts):
        if seen > LEAD_CHARS or (found is None and subject_until is not None and n > subject_until[0]):
            break
        seen += len(text)
        # the window's last text: a naming after its last sentence end counted is the body's
        cut = subject_until[1] if subject_until is not None and n == subject_until[0] else len(text)
        body = _body_lead(text) if found is None else None
        if body is not None and body[0] >= cut:
            body = None
        for m, closed, subject in _named(text, signed):
            if found is None and m.start() >= cut:
                continue
            drawn_up = _drawn_up_on_bases(texts, n, m, closed)  # 依据《A》编制《X》。本规划…: a preface's own plan
            if found is None and opening is not None and n > opening and not drawn_up and not LEAD_TIME.search(
                    text, max(text.rfind(stop, 0, m.start()) for stop in "。；！？") + 1, m.start()):
                continue  # deep in an account, and no day or news time word (日前, 9月6日) opens the sentence
            if found is None and body is not None and body[0] < m.start():
                return body[1]  # 解读：《X》 or 现将《X》印发给你们 before a lead: the first naming decides
            clause_start = max(text.rfind(stop, 0, m.start()) for stop in "。；！？，") + 1
            attributive = re.search(r"的\s*《", m.group(0)) is not None
            if (PURPOSE.match(text, clause_start, m.start()) and not drawn_up) or (
                    attributive and PURPOSE_WORD.search(text, clause_start, m.start())):
                continue  # 为贯彻落实国务院印发的《X》: the document the plan follows
            clause_end = min((at for stop in "。；！？，" if (at := text.find(stop, closed)) >= 0), default=len(text))
            # (a 周年 inside another document named after this one, 印发了《A》和《关于…十周年…的通知》, marks nothing: round fifty-two)
            if COMMEMORATED.search(text[clause_start:closed] + NAMED.sub("", text[closed:clause_end])):
                continue  # 为纪念《X》的颁布而举办, 《X》颁布一周年之际: a past issue marked, X cited
            if RELAYED.search(text, clause_start, m.start()):
                continue  # 会议传达了国务院办公厅印发的《X》: a document relayed to a meeting, X cited
            sentence_start = max(text.rfind(stop, 0, m.start()) for stop in "。；！？") + 1
            # 此前，国务院发布的《X》…; 2021年，某省印发《X》; 一是…，某市政府发布《X》
            earlier = [e for e in EARLIER.finditer(text, sentence_start, m.start())
                       if not SPAN_THEN_LEAD.match(text, e.start(), m.start())]
            review = [r for r in PERIOD_REVIEW.finditer(text, 0, sentence_start)
                      if not LEAD_TIME.search(text, r.end(), m.start())]
            if (earlier or review or SINCE.match(text, closed) or SINCE_START.search(text, clause_start, m.start(1))
                    or BARE_YEAR.match(text, sentence_start)
                    or YEAR_MONTH.match(text, sentence_start)
                    or DATE_CLAUSE_BEFORE.search(text, max(sentence_start, clause_start - 16), clause_start)
                    or BARE_YEAR.match(text, clause_start) or ENUMERATED.search(text, 0, m.start())):
                continue  # 此前，国务院发布的《X》…; 2021年，某省印发《X》; “十三五”期间…。…出台《X》: earlier documents
            if purpose and DATED_SENTENCE.match(text, sentence_start):
                continue  # 2021年6月3日，国务院印发《X》…。…制定本方案: a plan's preface recounting what it follows
            if attributive and (sentence_start > 0 or (first is not None and n > first)) and not LEAD_TIME.search(
                    text, sentence_start, m.start()):
                # …。某协会、某部联合出台的《X》提出…: a document a later sentence cites as said, no news of it (round
                # thirty-six); so is one opening a paragraph under the page's lead (省市印发的《X》都明确要求…, round forty-five)
                continue
            if OWN_EARLIER.search(text, clause_start, m.start(1)) and not LEAD_TIME.search(text, sentence_start, m.start()):
                continue  # 我厅印发了《X》，…现决定…: the notice's body recounting its own earlier document, X cited
            if OBLIGED.search(NAMED.sub("《》", text[sentence_start:m.start()])):
                continue  # 承担单位须…编制《X》: a document the addressees are to draw up, cited
            sentence_end = min((at for stop in "。；！？" if (at := text.find(stop, closed)) >= 0), default=len(text))
            if m.group(1).endswith("通知") and RELAYING.search(text, closed, sentence_end):
                continue  # 某办印发了《关于…的通知》，现将《通知》转发给大家: a relay, the notice cited (round seventy-seven)
            if CALL_FOR_COMMENTS.search(text, closed, sentence_end):
                continue  # 形成《X（征求意见稿）》，现向社会公开征求意见: a call for comments issues nothing, X cited
            if (found is None and m.re is LEAD_VERB and PAST_ISSUE.search(m.group(0)) and _addressed(texts, n)
                    and not ISSUED_NOW.search(text, closed, _sentence_end(text, sentence_end + 1))):
                continue  # 各有关单位：…省科协制定印发了《X》，并组织开展了…: a notice recounting an earlier issue, X cited
            if SPOKEN.search(text, sentence_start, m.start()):
                continue  # 某部长称，…印发了《X》: a speaker recounting the work done, X cited
            if LISTED_AFTER.match(text, closed) or LISTED_BEFORE.search(text, 0, m.start(1) - 1):
                if found is None and listed is None and subject_until is not None and subject:
                    listed = subject  # a news lead's organs issuing 《A》和《B》 at once: the item's issuer (round fifty-two)
                continue  # 审定了《A》、《B》: several documents at once, the page's own not told (cited)
            # (《某某部关于对…予以表扬的通知》: an organ's own notice, kept whole; round forty-one)
            title = m.group(1) if own_notice(m.group(1)) else inner_title(m.group(1))
            if m.re is LEAD_BARE_PLAN:
                title = _named_in_full(texts, title) or title  # the same plan named in 《》 with its region
            # (a national law's whole name opens with no region, 科学技术普及法: short, but no short name; 科普法 is: round fifty-eight)
            law = m.re in (LAW_PASSED, REGULATION_AFTER) and title.endswith("法") and len(name_key(title)) >= LAW_NAME_CHARS
            if (not DOCUMENT_WORDS.search(title) and m.re is not SIGNED) or ABBREVIATION.fullmatch(title) or (
                    _short_name(title) and not law):
                continue  # 出台《实施方案》, 印发《科学素质纲要》: the short name a report gives, not the title
            if GENERAL_PLAN.search(title):
                continue  # a congress's general plan (…国民经济和社会发展…规划纲要) passed: cited, not the page's
            if found is not None and not _near_same(title, found.title or ""):
                continue  # another document
            number = LEAD_NUMBER.match(text, closed)
            number = doc_number(number.group(1)) if number else None
            if found is None:
                named = subject is None and bool(re.search(f"[{CJK_RANGE}]{{2}}$", text[: m.start()]))
                found = Lead(title, subject, lead_subject_problem(text[: m.start()]) if named else "", number)
            else:
                found.number = found.number or number
                if subject is not None and found.issuer is None:
                    found.issuer, found.rejected = subject, ""
            if found.issuer is not None:
                return found
        if found is None and body is not None:
            return body[1]
    return found or (_untitled(texts, subject_until) if subject_until is not None else None) or Lead(issuer=listed)


def _drawn_up_on_bases(texts: list[str], n: int, m: re.Match, closed: int) -> bool:
    """Whether the naming `m` in texts[n] (its 》 at `closed`) is a preface's own plan drawn up on the bases its clause
    names before it (依据《A》、《B》编制《X》。本规划…: `DRAWN_UP` right after the bases' last 》, the sentence ending with the
    name, and the rest of that text or the next calling the page 本规划, 本方案…)."""
    text = texts[n]
    if m.re is not LEAD_VERB or not DRAWN_UP.match(m.group(0)) or DRAWN_UP_AFTER_BASIS.search(text, 0, m.start()) is None:
        return False
    end = DRAWN_UP_END.match(text, closed)
    return end is not None and SELF_NAMED.search(text[end.end():] + "".join(texts[n + 1: n + 2])) is not None


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at `start` in `text` ends (its stop included), or the text's end."""
    return min((at + 1 for stop in "。；！？" if (at := text.find(stop, start)) >= 0), default=len(text))


def _addressed(texts: list[str], n: int) -> bool:
    """Whether texts[n] is a notice body under its addressees: the addressees' line (`ADDRESSEES_LINE`, 各…：) opens
    texts[n] or stands alone as one of the LEAD_CHARS characters' texts before it."""
    if ADDRESSEES_LINE.match(texts[n].strip()):
        return True
    seen = 0
    for text in texts[:n]:
        seen += len(text)
        if seen > LEAD_CHARS:
            break
        line = text.strip().rstrip("|").strip()
        if ADDRESSEES_LINE.fullmatch(line) or ADDRESSEES_END.match(line):
            return True
    return False


def _own_purpose(texts: list[str]) -> bool:
    """Whether the page states its own purpose (`OWN_PURPOSE`: 特制定本规划, 制定本方案) in the texts of its first
    LEAD_CHARS characters."""
    seen = 0
    for text in texts:
        if seen > LEAD_CHARS:
            break
        if OWN_PURPOSE.search(text):
            return True
        seen += len(text)
    return False


# A news lead saying an organ issued a notice without showing its title (日前，中国科协办公厅印发通知，对…进行表扬;
# 某部、某部联合印发通知，公布…名单; 新华社…电 …，中国科协日前印发通知，试点开展…): the item's document is that notice, its
# title not given (∅), its issuer the verb's subject as the lead writes it (docs/fact_conventions.md, session 20; round
# forty-two). The sentence goes on after a comma with what the notice does; a line ending there (a headline's 联合发布通知)
# and a list or a result named alone (某协会公布了…名单) name no notice. A body 发出通知 (sends one out, 国土资源部日前发出通知，
# 宣布…; 发出紧急通知) as it 印发通知 (round fifty-nine). A body 发文 (issues a document) as it 印发通知 too, the sentence going on
# after a comma or with the 对 of what the document does (中国科协办公厅发文，对…进行通报表扬; 某局日前发文对…予以通报; round sixty-six's
# rule, taken back there, taken again by round sixty-seven once a wrapped lead is read as a lead: pagekind's `openings`); not 收发文,
# nor 印发文件's 发文 (the subject cut at 印 names no organ), nor a label (发文字号, 发文机关) or a 发文对象.
UNTITLED_LEAD = re.compile(r"(?:印发|下发|发布|发出)了?(?:紧急)?通知(?=[，,])|(?<![收印下转])发文(?=[，,]|对(?!象))")


def _untitled(texts: list[str], subject_until: tuple[int, int]) -> Lead | None:
    """The organ a news lead says issued a notice it does not name (UNTITLED_LEAD), within the lead's first sentences
    (`subject_until`); None when no lead says so, the notice is still to come or the subject is no organ."""
    for n, text in enumerate(texts[: subject_until[0] + 1]):
        cut = subject_until[1] if n == subject_until[0] else len(text)
        for m in UNTITLED_LEAD.finditer(text, 0, cut):
            sentence_start = max(text.rfind(stop, 0, m.start()) for stop in "。！？；") + 1
            subject = lead_subject(text[: m.start()])
            if subject is None or _to_come(text, m.start(), subject) or FUTURE_SENTENCE.search(
                    text, sentence_start, m.start()) or EARLIER.search(text, sentence_start, m.start()) \
                    or SPOKEN.search(text, sentence_start, m.start()) or RELAYED.search(text, sentence_start, m.start()):
                continue  # 将印发通知; 此前，某部印发通知; 会议传达了某部印发通知: no news of the notice
            return Lead(issuer=subject)
    return None


NEAR_SAME = 0.9  # a headline and its lead may name one document with a word changed (推动/推进)


def _near_same(title: str, other: str) -> bool:
    """Whether two names are one document's: the same without their periods, or, for names of
    ten characters or more, at least NEAR_SAME alike (a site's headline rewords a character)."""
    a, b = name_key(title), name_key(other)
    if a == b:
        return True
    return min(len(a), len(b)) >= 10 and difflib.SequenceMatcher(None, a, b).ratio() >= NEAR_SAME


def _body_lead(text: str) -> tuple[int, Lead] | None:
    """Where in `text` a notice body (现将《X》印发给你们, 现将某市…方案印发给你们) or an
    explaining heading (解读：《X》) names the plan, and the plan it names; None when none does."""
    named: list[tuple[int, Lead]] = []
    if (m := BODY_NOTICE.search(text)) and DOCUMENT_WORDS.search(m.group(1) or m.group(2)):
        named.append((m.start(), Lead(inner_title(m.group(1) or m.group(2)))))
    if m := BODY_PLAIN.search(text):
        named.append((m.start(), Lead(m.group(1) or m.group(2))))
    if ((m := EXPLAINED.search(text)) and DOCUMENT_WORDS.search(m.group(1))
            and m.start() <= EXPLAINED_HEAD_CHARS and not re.search("[，。；,]", text[: m.start()])):
        named.append((m.start(), Lead(inner_title(m.group(1)))))
    return min(named, key=lambda n: n[0]) if named else None


def _to_come(text: str, verb: int, subject: str | None) -> bool:
    """Whether the lead verb at `verb` names a document still to come (将出台《X》) or proposed (建议：…颁布
    《X》, 建议某省政府制定《X》: see PROPOSED); a 将 inside the organ before the verb (将乐县科协制定了《X》) is a
    place's name."""
    if _proposed(text, verb):
        return True
    future = FUTURE_LEAD.search(text, 0, verb)
    if future is None:
        return False
    organ = text.rfind(subject, 0, verb) if subject else -1
    return not (organ >= 0 and organ <= future.start() < organ + len(subject))


def _proposed(text: str, at: int) -> bool:
    """Whether the document named at `at` is one a proposal asks for (see PROPOSED): a proposal's colon
    before it in the paragraph, or 建议/呼吁/提议 in its own clause."""
    clause_start = max(text.rfind(stop, 0, at) for stop in "。；！？，,：:") + 1
    return PROPOSED.search(text, 0, at) is not None or PROPOSED_CLAUSE.search(text, clause_start, at) is not None


def _region_or_organ(before: str) -> bool:
    """Whether the text before a lead verb ends with a region's name (上海, 宁夏回族自治区, 某市; time words after it
    left out: 上海日前) or an organ's."""
    clause = TIME_WORDS.sub("", re.split(r"[，,。；：:！？\s]", before)[-1])
    run = re.search(f"[{CJK_RANGE}]+$", clause)
    if run is None:
        return False
    name = run.group(0)[-REGION_CHARS:]
    # (the name ends the run: a headline or an outlet's line a page ran into the lead stands before it)
    return any(region_run(name[k:])[1] == len(name) - k or PLACEHOLDER.fullmatch(name[k:])
               for k in range(len(name) - 1)) or lead_subject(before) is not None


def _named_in_full(texts: list[str], bare: str) -> str | None:
    """The name in 《》 that `texts` give the plan a lead named bare (`bare`, LEAD_BARE_PLAN): the same words, perhaps
    reordered, after the region it opens with (“十三五”科普事业发展规划 → 《上海市科普事业“十三五”发展规划》); None when none."""
    words = sorted(_without_region(name_key(bare)))
    for text in texts:
        for m in re.finditer(r"《([^《》]{4,150})》", text):
            key = name_key(m.group(1))
            if key != name_key(bare) and sorted(_without_region(key)) == words:
                return inner_title(m.group(1))
    return None


def _without_region(key: str) -> str:
    """A name's characters after the region it opens with (上海市科普事业发展规划 → 科普事业发展规划)."""
    at = region_run(key)[1] or ((m := PLACEHOLDER.match(key)) and m.end()) or 0
    return key[at:]


def _named(text: str, signed: bool = False) -> list[tuple[re.Match, int, str | None]]:
    """The documents a lead names in `text`, in order: each match (its group 1 the 《…》), where
    its 《…》 closes, and the organ that issues it (the subject before the verb, or 由 an organ
    when the verb follows the 《…》; None when none is named). `signed`: a news item's lead, where a document
    signed or sent out (SIGNED) is named too, its subject bodies of the state or not (`signing_subject`)."""
    verbs = list(LEAD_VERB.finditer(text))
    if signed:
        verbs += [m for m in SIGNED.finditer(text) if not any(v.start() <= m.start() < v.end() for v in verbs)]
    verbs += [m for m in LEAD_BARE.finditer(text) if "《" not in text[m.start(): m.end()]]
    verbs += [m for m in LEAD_BARE_PLAN.finditer(text) if _region_or_organ(text[: m.start()])]
    verbs += [m for m in LAW_PASSED.finditer(text) if not any(v.start() <= m.start() < v.end() for v in verbs)]
    found = [(m, m.end(), subject) for m in verbs
             if not _to_come(text, m.start(), subject := (signing_subject if m.re is SIGNED else issuing_subject
                                                          if m.re is LEAD_VERB else lead_subject)(text[: m.start()]))
             and not FUTURE_SENTENCE.search(text, max(text.rfind(stop, 0, m.start()) for stop in "。！？") + 1, m.start())]
    after = list(LEAD_AFTER.finditer(text))
    # 《X条例》开始施行, 《X条例》已经…审查批准: a regulation's own verbs (REGULATION_AFTER), where no verb above named it there
    after += [m for m in REGULATION_AFTER.finditer(text) if not any(m.start() == other.start() for other in after)]
    for m in after:
        if any(m.start() == other.end() - len(other.group(1)) - 2 for other in verbs):
            continue  # 印发《X》印发: named once
        in_force = m.re is REGULATION_AFTER and IN_FORCE.fullmatch(m.group("verb")) is not None
        if (FUTURE_BETWEEN.search(m.group("between")) and not in_force) or _proposed(text, m.start()):
            continue  # 《X》将于近期印发: not issued yet; 建议：《X》尽快出台: proposed (《X条例》将于…起施行: passed)
        if NOMINAL_ISSUE.match(m.group("between")) and not LEAD_TIME.search(
                text, max(text.rfind(stop, 0, m.start()) for stop in "。！？；") + 1, m.start()):
            continue  # 《X》的出台，标志着…: the document's issue discussed (an essay), not news of it
        if ISSUED_WHEN.match(text, m.end()):
            continue  # 比《X》颁布前的2.55%: its issue as a point in time, an earlier document
        by = re.search("由(.+)$", m.group("between"))
        subject = lead_subject(by.group(1)) if by else lead_subject(text[: m.start()].removesuffix("将"))
        found.append((m, m.start() + len(m.group(1)) + 2, subject))
    return sorted(found, key=lambda named: named[0].start())


# A news report's byline closing its last paragraph ((记者 陈某), （通讯员 王某 李某）) or an editor's line: the
# report ends there, and what follows is the site's list of other stories.
BYLINE = re.compile(r"[（(]\s*(?:记者|通讯员|特约记者|实习记者|编辑|责编|责任编辑)[：:\s]*[^（）()]{1,20}[）)]\s*$"
                    r"|^\s*(?:责任编辑|责编)\s*[：:]")

# A news agency's or site's dateline (新华社北京1月26日电, 人民网杭州6月26日电) opening a story's lead.
DATELINE = re.compile(r"(?:网|社|报|台)[^\s，。；,]{0,8}?\d{1,2}月\d{1,2}日电")
REPORT_CHARS = 40  # the sentences a report has told before another story's dateline ends it


# A news item's lead: it opens at the first paragraph that ends a sentence (。) and is a body's length, and the
# item names its subject within its first sentences (a lead may hold only the time and place, 新华社…电…获悉…, and
# the next sentences say what was issued), never later, where documents are named in passing. Sentences, not
# paragraphs or lines, are counted: a page's wrapping moves line ends, not sentence ends (round twenty-two).
SENTENCE_END = "。"
LEAD_BODY_CHARS = 30  # a lead's paragraph is at least this long (a site's 欢迎您阅览…。 is not)
SUBJECT_SENTENCES = 3  # the sentences from the lead's start within which the subject is named


def opening_text(texts: list[str]) -> int | None:
    """The index of the first text in `texts` that opens a lead or an account (ends a sentence with 。 and is at least
    LEAD_BODY_CHARS long); None where none does."""
    return next((n for n, t in enumerate(texts) if SENTENCE_END in t and len(t) >= LEAD_BODY_CHARS), None)


def news_lead_end(texts: list[str]) -> tuple[int, int] | None:
    """Where in `texts` a news item's subject may last be named: (index, offset) just after the
    SUBJECT_SENTENCES-th sentence end counted from its lead (the first text that ends a sentence with 。 and is at
    least LEAD_BODY_CHARS long). The lines before the lead are the headline, dateline and site lines; what follows
    the window is the body, where a document is named in passing (cited, relayed, recounted, proposed), never as
    the item's subject. None where no text opens a lead (no lead can be told)."""
    first = opening_text(texts)
    if first is None:
        return None
    ends = 0
    for n in range(first, len(texts)):
        for at, char in enumerate(texts[n]):
            if char == SENTENCE_END:
                ends += 1
                if ends >= SUBJECT_SENTENCES:
                    return n, at + 1
    return len(texts) - 1, len(texts[-1])


def before_byline(texts: list[str]) -> list[str]:
    """The paragraphs of a news page up to the byline that ends its report (a later paragraph names
    another story's document: 中共中央印发《…条例》 in the sidebar); all of them when none."""
    # the byline closes a sentence of the report (…的任务。（记者 陈某）), not a line under a headline
    end = next((n for n, t in enumerate(texts) if (m := BYLINE.search(t)) and "。" in t[: m.start()]), None)
    # another story's dateline (人民网杭州6月26日电) in a later paragraph, after the report's sentences:
    # the site's next story (its headline opens that paragraph), not the report
    told = 0
    for n, t in enumerate(texts[: end if end is not None else len(texts)]):
        if n > 0 and told >= REPORT_CHARS and DATELINE.search(t):
            return texts[:n]
        told += len(t) if "。" in t else 0
    return texts if end is None else texts[: end + 1]


def explains(text: str) -> bool:
    """Whether `text` opens as a heading explaining a document (政策解读：《X》)."""
    m = EXPLAINED.search(text, 0, EXPLAINED_HEAD_CHARS + 160)
    return m is not None and m.start() <= EXPLAINED_HEAD_CHARS

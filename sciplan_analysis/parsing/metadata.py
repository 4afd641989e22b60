"""A document's metadata (title, document number, issuer, issue date, plan period) and the source
of each value, read from its front matter, signature and the page's chrome (labelled fields, a
breadcrumb, a time stamp) with the news lead as a fallback."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sciplan_analysis.parsing.documents import (
    CARRIER,
    DOCUMENT_WORDS,
    EVENT_HEADLINE,
    FILE_NAME,
    MONTH,
    QUOTED,
    TWO_CARRIED,
    WHOLLY_QUOTED,
    carried,
    clean_title,
    copy_name,
    date_of,
    digits_date,
    doc_number,
    inner_title,
    is_standard,
    is_title,
    law_head,
    month_of,
    name_key,
    undated,
    undoubled,
)
from sciplan_analysis.parsing.issuers import (
    BARE_LEVEL,
    JOINT_LINE_CHARS,
    JOINT_PART,
    NOT_AN_ORGAN,
    ORGAN_END,
    counted_bodies,
    is_association,
    is_issuer,
    issuer_problem,
    joint_bodies,
    joint_organs,
    opening_region,
    with_region,
)
from sciplan_analysis.parsing.news import (
    Lead,
    before_byline,
    explains,
    lead,
    news_lead_end,
    opening_text,
)
from sciplan_analysis.parsing.normalise import (
    BULLET,
    DATE_LINE,
    DATED_NOTE_LINE,
    DOC_NUMBER_LINE,
    GLUED_DATE,
    LABEL_END,
    NAMED_ATTACHMENT,
    PIECE_HEADING,
    REPOST,
    SCHOOL_OFFICE,
    Paragraph,
    bare_label,
)
from sciplan_analysis.parsing.pagekind import (
    SALUTATION,
    collection_name,
    cue_words,
    edition_name,
    furniture_only,
    without_furniture,
)
from sciplan_analysis.parsing.scholarly import scholarly_page
from sciplan_analysis.parsing.segment import Structure
from sciplan_analysis.parsing.targets import TITLE_FIVE_YEAR
from sciplan_analysis.text.numerals import five_year_end, iso_date
from sciplan_analysis.text.patterns import (
    CJK_RANGE,
    CN_DATE,
    DAMAGED_DOC_NUMBER,
    DATE,
    DISCLOSURE,
    DIVISION_TABLE,
    DOC_NUMBER,
    ISO_DATE,
    LAW_NUMBER,
    PERIOD,
    PLAN_KINDS,
    YEAR_DIGITS,
    alternatives,
)
from sciplan_analysis.text.reference import labels_of, page_labels
from sciplan_analysis.text.regions import region_run

# A notice's title: …关于印发/转发…通知 (or a notice that is the document: 关于成立…的通知), where a
# 通知 inside 《》 or 〈〉 (a forwarded notice) is not its end.
# (A word a site masked, ***, counts as one: round eighty.)
# (So does a document the heading names in 《》 between 关于 and its 的, 关于开展学习《某省科学技术普及条例》活动的通知: the
# notice is the page's own, no relay of the named one; round eighty-one.)
# A letter (…关于请求…的函) is a notice of its own kind; a forwarding notice may be titled without 关于
# (转发《X》的通知, its number in brackets after it).
NOTICE = re.compile(r"^(?!为|根据|按照)(?:[^《》，。；：:\s]|[ \u3000](?=\S)){0,40}?(?:关于(?:印发|转发|颁布|(?:[^《》〈〉，。；\s*“]|\*+|《[^《》〈〉，。；]{2,40}》|“[^“”《》。；：\n]{1,30}”){2,40}?的)"
                    r"|(?<![^\s\d日号])转发(?=[《〈]))(?:《(?:[^《》]|〈[^〈〉]*〉){0,150}》|〈[^〈〉]{0,150}〉|[^《》〈〉]){0,80}?(?:通知|(?<=的)函(?![件数]))")
# A notice's title a page wraps in 《》 on one of its first lines (《某省人民政府办公厅关于印发…的通知》,
# perhaps after its number or before it in brackets): the page's notice, read as if unwrapped. Further
# down, or inside a sentence, a 《…的通知》 is a document cited.
WRAPPED_NOTICE = re.compile(rf"^(?P<number>{DOC_NUMBER.pattern})?\s*《(?P<notice>(?:[^《》]|《[^《》]*》){{6,200}})》"
                            r"(?P<rest>\s*(?:[（(][^（）()]{4,30}[）)])?)\s*$")
WRAPPED_NOTICE_LINES = 3
# A heading that is itself the document, titled without 关于 (开展…工作的通知), or a public notice of a list or a
# designation (…入选名单公示, 关于…候选对象的公示; holdouts 49 and 72, round thirty-one): see `_own_notice`.
# A 公示 may be headed 的公示公告 (关于…评审结果的公示公告; round forty-six): the same notice, its kind said twice.
# A name in quotation marks inside a heading may hold its own comma (关于公布“体验科学，快乐成长”…获奖结果的通知, 关于开展“科技
# 创新，强国有我”主题活动的通知: an event's slogan), as NOTICE's may: the quoted name counts as one piece (round one hundred and three).
# A request (某局关于…的请示) and a bulletin (某市人民政府关于…的公告) head their own text so too (round one hundred).
# …or headed by what it shows with no 的, as a list's is (2021年某省优秀科普基地建设候选项目公示, 2015年度某省科学技术奖建议授奖
# 人选和项目公示, 某年度某某评审结果公示: the projects, nominees, results or candidates shown; round seventy-eight). A name's own
# 公示 after a bracket (全国科普示范县（市、区）公示, a site's column) is none.
# (that heading opens with its year, 2021年, 2015年度: a headline a copy ran into it, 某某综述2015年度…公示, is no part of it)
# A heading that names a document in 《》 between its 关于 and its 的 (某省人大常委会关于修改《某省某条例》等2件地方性法规的决定,
# 关于开展学习《某某条例》活动的通知: round eighty-one) is the document too; the name counts as one word, 关于 before it.
# …and so is an event's notice headed by its year with no 关于 and no 的 (2016年某省青少年科学素质知识竞赛通知, 2023年某县中小学
# 科技节活动通知: round eighty-one): the year, the event's name and its kind (竞赛, 活动, 评选, 培训 …) before 通知.
OWN_NOTICE = re.compile(r"(?!.*(?:印发|转发))(?:[^，。；：《》〈〉\s]{4,60}(?:的(?:通知|决定|通报|批复|答复|(?:若干)?(?:政策)?意见|请示|公告|公示(?:公告)?)|名单公示)"
                        r"|(?:19|20)\d{2}年度?[^，。；：《》〈〉\s]{2,54}(?:项目|人选|结果|对象)公示"
                        r"|(?:19|20)\d{2}年度?[^，。；：《》〈〉\s]{4,40}(?:竞赛|大赛|比赛|活动|评选|征文|会议|培训|申报)通知"
                        r"|[^，。；：《》〈〉\s]{0,40}?关于(?:[^，。；：《》〈〉\s“]|《[^《》〈〉，。；：\s]{2,40}》|“[^“”《》。；：\n]{1,30}”){2,60}?"
                        r"的(?:通知|决定|通报|批复|答复|(?:若干)?(?:政策)?意见|请示|公告|公示(?:公告)?))")
OWN_NOTICE_LINES = 3
# …or run into its body's first words on a one-line copy, its line breaks lost (关于…名单的公示根据《某某办法》…; 关于…的决定为
# 表彰…): the body opens with 根据, 按照, 依据 or 为 (round seventy-nine; a 关于…的通知 so run in is NOTICE's already).
BODY_OPENING = re.compile(r"根据|按照|依据|为(?!期)")
# The addressees a heading may run into once lines are joined (…的通报各市科协：): nothing, or 各…：.
ADDRESSEES = re.compile(r"(?:各[^，。；《》]{1,40}[：:])?")
# A document-sharing site's extraction (文档简介: 1、[PAGE PAGE 18]Title + body run together): the
# title is the run up to a plan word that the title again or the body's first words follow.
DOC_SHARING_HEAD = re.compile(
    rf"^1、\s*(?:PAGE\s*)*\d*\s*(?P<title>[^，。；：《》\s]{{4,60}}?{alternatives(*PLAN_KINDS, DIVISION_TABLE)})"
    rf"(?=(?P=title)|为|根据|按照|{YEAR_DIGITS}年是|一、)")
# A document-sharing copy whose first line runs the title (its name closed by a bracketed period) straight
# into the body: 某省…实施方案（2016-2020年）科学素质是…. Not a notice's or a report's line (…）的通知, …）》印发).
# (an outline the title names in 〈〉 is one piece of it: the title is never cut inside one)
GLUED_TITLE = re.compile(r"^(?P<title>(?:[^，。；：《》〈〉\s]|〈[^《》〈〉]{1,80}〉){4,60}?" + alternatives(*PLAN_KINDS)
                         + rf"[（(]{YEAR_DIGITS}\s*[—–\-－~～至]+\s*"
                         rf"{YEAR_DIGITS}\s*年?[）)])(?!的|》|印发|发布|出台|解读|全文|正式|近日|日前|已经|经)(?=\S{{20}})")
# A document-sharing site's captions of its page images, run together at the page's top (2011年某乡科普工作计划__第1页
# 2011年某乡科普工作计划__第2页…, 某某工作要点.doc_第1页…): the document's name, its file's extension dropped, is the
# second caption's, between the first's 第1页 and its own 第2页 (a headline the lines ran into the first cannot
# reach it), or the first's when the page shows one (round nineteen); a title only when it is a plan's (is_title).
# The captions' rule may be dashes (某某方案--第1页; round twenty, as a spam mirror of a sharing site shows them).
CAPTION_NAME = r"[^，。；：《》\s_]{4,60}?)\s*(?:\.(?:docx?|wps|pdf|txt))?\s*(?:_+|-{2,}|—+)\s*第\s*"
PAGE_CAPTION = re.compile(rf"(?:_+|-{{2,}}|—+)\s*第\s*1\s*页\s*({CAPTION_NAME}2\s*页")
ONLY_CAPTION = re.compile(rf"^({CAPTION_NAME}1\s*页")


def _caption(text: str) -> str | None:
    """The document's name a sharing site's page captions give (see PAGE_CAPTION), or None."""
    m = PAGE_CAPTION.search(text) or ONLY_CAPTION.match(text)
    return m.group(1) if m else None
# A document-sharing copy's numbering before the text it runs together (1、, 1、[PAGE PAGE 18]).
SHARED_BELOW = 3  # a sharing site's copy opens within this many paragraphs under its file's name
SHARED_RUN = re.compile(r"^\s*(?:1、)?\s*(?:\[?PAGE\s*)*\d*\]?\s*")
HEADLINE_CHARS = 30  # a line this short with no mark of a sentence may be a headline above a glued title
SENTENCE_MARK = re.compile("[，。；：]")
# Only labels after a label (名称:电话:, 标题：邮箱： 验证码：): words we do not know as labels, each with its colon
# and no value; the label before them has none.
UNKNOWN_LABELS = re.compile(f"(?:\\s*[{CJK_RANGE}]{{1,6}}\\s*[：:])+\\s*")
# A date line whose 月 and 日 a site stripped (2022年1221): four digits, a month and a day.
STRIPPED_DATE = re.compile(rf"({YEAR_DIGITS})\s*年\s*(\d{{2}})(\d{{2}})")
NUMBER_AND_DATE = re.compile(rf"^({DOC_NUMBER.pattern})\s*(?:{DATE.pattern}|{CN_DATE.pattern})$")
# a number that lost its closing bracket (川府发[200733号), alone or before its date, on a line of its own
DAMAGED_NUMBER_LINE = re.compile(rf"^(?:{DAMAGED_DOC_NUMBER.pattern})\s*(?P<date>(?:{DATE.pattern}|{CN_DATE.pattern}))?$")
SIGNED = re.compile(rf"^(.{{2,{JOINT_LINE_CHARS}}}?)\s*(?:{DATE.pattern}|{CN_DATE.pattern})$")
# an organ and its date run together with no mark (the space between them perhaps gone too) (某省科学技术厅  2022523; round seventy)
RUN_DATE_SIGNED = re.compile(rf"^(?P<organ>[{CJK_RANGE}]{{2,{JOINT_LINE_CHARS}}}?)[ \u3000]*(?P<date>{YEAR_DIGITS}\d{{2,4}})$")
# A document a title names inside it (贯彻落实《纲要（2021—2035年）》实施方案), not the whole title.
NAMED_INSIDE = re.compile(r"(?<=.)《[^《》]*》(?=.)|〈[^〈〉]*〉")
# A signature glued into a one-line notice body: …请认真组织实施。某市人民政府2023年3月23日某市…方案
# (an organ and a date right after a sentence's end, the date not the start of a news lead).
# An attachment's name may stand between the body's end and the organ (…特此通知。附件：某年度某某名单某市科学技术委员会
# 二○一二年五月七日: a law site's copy flattened to one line; round sixty-eight).
GLUED_ATTACHMENT = (r"(?:附件\s*\d*\s*[：:]\s*[^，。；：:《》]{2,60}?"
                    r"(?:名单|表|方案|通知|办法|细则|清单|指南|规则|须知|要求|说明|目录)\s*)?")
GLUED_SIGNATURE = re.compile(
    rf"[。！.]\s*{GLUED_ATTACHMENT}([{CJK_RANGE}]{{2,30}}?)\s*(?:[（(]此件[^（）()]{{0,8}}[）)])?\s*"
    rf"({DATE.pattern}|{CN_DATE.pattern})"
    r"(?!\s*[，,]?\s*(?:印发|发布|出台|下发|召开|举行))")
# …or a one-line copy's end, its stops turned into commas (…发送至某邮箱,附件:某区科普基地拟命名名单某区某局某区科学技术协会
# 2022年12月15日。): the attachment's name, the organs signing and their date run together closing the page's last line; the
# organs are the longest run of whole organs' names before the date (one, or two and more run together), the attachment's name
# before them no organ's (round seventy-eight).
# The attachments' file names a site links after the date (…某市科学技术局2025年10月31日某某名单.doc。) are no text: the date
# still closes it (round seventy-nine).
# The label may number its attachment (附件1:…docx附件2:…docx某市科学技术局2023年10月07日。), and the date may carry a contact
# note in brackets (…的通知某市科学技术局2023年8月18日(联系人:某某,电话:8228143)。: an aggregator's flattened copy; round
# eighty-nine).
ATTACHED_END = re.compile(rf"附件\s*\d{{0,2}}\s*[：:](?P<run>[^。；！？《》]{{2,400}}?)(?P<date>{DATE.pattern}|{CN_DATE.pattern})\s*"
                          r"(?:[（(][^（）()]{0,40}[）)])?\s*[，,]?\s*"
                          r"(?:[^。；！？《》：:]{1,120}?\.(?:docx?|wps|pdf|xlsx?|ofd|zip|rar)\s*[，,、]?\s*)*[。.]?\s*$",
                          re.IGNORECASE)
# A notice's closing words (特此通知。, 特此通报。): a one-line body holding them ends before its signature, as one holding
# 印发给你们 does (round sixty-eight).
CLOSING_WORDS = re.compile(r"特此(?:通知|通报|公告|函告)[。！]")
CLOSING_END = re.compile(CLOSING_WORDS.pattern + r"$")  # …ending a line: a wrapped or split body's last words
GLUED_BODY_CHARS = 60  # a line this long is a body, not a signature line
# The organ a stamp names as stamping for the organ that signs (（中国科协办公厅代章）; round twenty-eight).
# A department stamps for an office it hosts too (（某市科学技术局代章） under 某市…工作联席会议办公室; round eighty-six).
STAMPING_ORGAN = rf"[{CJK_RANGE}]{{2,20}}?(?:办公厅|办公室|科协|科学技术协会|局|厅)"
# …or at the end of such a body, an organ, the stamp of the organ that stamps for it and a date
# (…全民科学素质纲要实施工作办公室 （中国科协办公厅代章） 2019年6月11日; round twenty-eight): the stamp marks a signature
# whatever the body says, whatever stands before the organ (a contact's number) and after the date (a site's
# 发表评论 run into the line).
GLUED_STAMPED = re.compile(
    rf"([{CJK_RANGE}]{{2,30}}?)\s*[（(]\s*{STAMPING_ORGAN}(?:代章|盖章|代印)\s*[）)]\s*({DATE.pattern}|{CN_DATE.pattern})")
# The day a news lead starts with when it gives no year: 12月6日，某市印发…
LEAD_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
# A page's time stamp (2023-09-01 08:38:42, 2016/12/01 10:29) under its headline, perhaps run into it
# or into a 来源 by line joining: the page's date (a clock time marks it as the site's, not a document's).
STAMP = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{1,2})\s*[0-2]?\d\s*[:：]\s*[0-5]\d")
STAMP_LINES = 4  # a stamp stands in the page's first lines
# …or a posting date with no time, the site's counter of views after it on its line (2016-04-20  浏览人数:, 2023-01-13
# 点击:[], 2023-01-31 浏览量:0; round eighty): the page's date as a stamp is.
COUNTED_STAMP = re.compile(rf"^\s*({YEAR_DIGITS})\s*-\s*(\d{{1,2}})\s*-\s*(\d{{1,2}})\s*"
                           r"(?:点击|浏览(?:人数|量|次数)?|阅读(?:量|次数)?)\s*[：:]")
# …or the same stamp in 年月日, its date in either numerals (2017年09月13日 16:08 under a notice's title on its body's own
# site), opening its line, perhaps run into the salutation under it: the page's date as the dashed stamp is (round
# sixty-eight). A day and a span of hours (2023年9月16日9:00—11:30) is an event's, and a date and time inside a sentence
# (定于…日9:00在…) opens no line.
CN_STAMP = re.compile(rf"^(?P<date>{DATE.pattern}|{CN_DATE.pattern})\s*[0-2]?\d\s*[:：]\s*[0-5]\d"
                      r"(?:\s*[:：]\s*[0-5]\d)?(?!\d|\s*[—―─\-–－~～至到])")
NEWS_LEAD = re.compile(rf"(?:{DATE.pattern}|{CN_DATE.pattern}|(?<!\d)(\d{{1,2}})月(\d{{1,2}})日)[，,]?\s*\S{{2,30}}?印发")
SOURCES = ("manifest", "text", "label", "notice", "lead", "page")
# Why every field of a scholarly page (a journal paper, an abstract, a research report) is empty: it carries
# no document of its own (parsing/scholarly.py; round eighteen).
SCHOLARLY = "scholarly"
# A short line holding a document number and no sentence: （青政办〔2011〕260号）, 文号 某府办函〔2023〕1号.
# A stamp's mark under (or after) the organ that signs: （代章）, （盖章）, (印章), （公章）; the organ signs
# even with no date under it (round seventeen). The stamp may name the organ that stamps for it (（中国科协办公厅代章）,
# （某某办公厅代印）; round twenty-eight): the organ above still signs.
STAMP_MARK = re.compile(rf"\s*[（(]\s*(?:{STAMPING_ORGAN})?(?:代章|盖章|印章|公章|签章|代印)\s*[）)]\s*$")
NUMBER_LINE_CHARS = 40
NOT_A_NUMBER_LINE = re.compile(r"[《》〈〉，。；]|关于|根据|按照")
# The fields `metadata` reads, in the order it returns them (a period gives period_start and period_end),
# each with its source (title_source …).
FIELDS = ("title", "doc_number", "issuer", "issue_date", "period")


def labelled_fields(text: str) -> dict[str, str]:
    """The labelled fields of a chrome line (索引号：… 发布机构：… 发文日期：…), by kind."""
    labels = labels_of("doc_number", "issue_date", "published", "issuer", "title", "field", "nav")
    dates = set(labels_of("issue_date", "published"))  # (a date's label may be glued to its date)
    spots = sorted(
        {m.start(): (m.start(), m.end(), lab) for lab in labels
         for m in re.finditer(re.escape(lab) + (f"(?:{LABEL_END}|{GLUED_DATE})" if lab in dates else LABEL_END), text)
         }.values()
    )
    kept, end = [], -1
    for start, stop, lab in spots:  # 发文日期 wins over 日期 at the same place
        if start >= end:
            kept.append((start, stop, lab))
            end = stop
    fields: dict[str, str] = {}
    kinds = page_labels()
    for n, (_, stop, lab) in enumerate(kept):
        raw = text[stop : kept[n + 1][0] if n + 1 < len(kept) else len(text)]
        # 名称:电话: (a comment form): the label's value is empty, the rest labels we do not know
        fields.setdefault(kinds[lab], "" if UNKNOWN_LABELS.fullmatch(raw) else _first_cell(raw).strip(" ：:"))
    return fields


def _first_cell(raw: str) -> str:
    """A label's value where a field table was flattened into cells (文件名称: | X | 索引号: | …): the cell after the
    label's own, empty when that cell is (文件名称: | |||: no title, not the separators); a value with no cells as it is."""
    cells = raw.split("|")
    if len(cells) > 1 and not cells[0].strip(" ：:"):
        # the next cell a label the site's table adds and we do not know (文件名称: | 统一登记号: |): no value
        return "" if CELL_LABEL.fullmatch(cells[1].strip()) else cells[1]
    return cells[0]


# A flattened table's cell that is itself a label (统一登记号:, 公开形式 :): a short name closed by a colon.
CELL_LABEL = re.compile(r"[^\s：:|]{2,8}(?:\s?[^\s：:|]{1,4}){0,3}\s*[：:]")


BULLETED_LABEL = re.compile(f"{BULLET.pattern}\\s*\\S{{1,6}}\\s*[：:]")
WHOLE_TEXT_HEADING = re.compile(r"《([^《》]{4,150})》\s*[（(]?(?:全文|原文|正文)?[）)]?")
WHOLE_TEXT_RUN = re.compile(r"《([^《》]{4,150})》\s*[（(]?(?:全文|原文|正文)[）)]?")  # …, the text run on
LOST_AT_END = re.compile("[?？\ufffd]+$")
BARE_LABEL_LINES = 60  # labels stand in the page's first lines (a site's field list)
BARE_VALUE_CHARS = 80  # a value longer than this is body text
LIST_ITEM = re.compile(f"{BULLET.pattern}|^\\s*-\\s*")
BRACKETED_LABEL = re.compile(r"[\[【［]\s*([^\[\]【】［］]{2,8}?)\s*[\]】］]")


def bare_label_fields(structure: Structure) -> list[tuple[str, str]]:
    """(kind, value) of labels standing on lines of their own without a colon, each followed
    by its value on the next line (中文名 / 发文字号 / 成文日期 then the value: an encyclopedia's or
    a site's field list once its layout is gone). Only the page's first lines are read."""
    lines = [line.text for para, role in zip(structure.paragraphs, structure.roles, strict=True)
             if role != "table" for line in para.lines][:BARE_LABEL_LINES]
    # a bulleted list (• [ 成文日期 ] • 2022-05-11, perhaps run into one line) is one item a line, a
    # bracketed label ([ 发文字号 ], 【成文日期】) its label
    items = [item.strip() for line in lines for item in LIST_ITEM.split(line)]
    lines = [m.group(1) if (m := BRACKETED_LABEL.fullmatch(item)) else item for item in items if item]
    kinds = page_labels()
    wanted = {lab: kinds[lab] for lab in labels_of("doc_number", "issue_date", "issuer", "title")}
    found = []
    for n, text in enumerate(lines[:-1]):
        kind = wanted.get(text.replace(" ", ""))
        value = lines[n + 1].strip()
        if kind and value and len(value) <= BARE_VALUE_CHARS and value.replace(" ", "") not in kinds:
            found.append((kind, value))
    return found


RECORD_CHARS = 80  # a record's date stands this near after its document number's end


@lru_cache(maxsize=1)
def record_date() -> re.Pattern:
    """A page's date label (发布日期, 公开日期 …) and its date, after a labelled document number (the
    record of a disclosure page), up to RECORD_CHARS after it."""
    labels = "|".join(map(re.escape, labels_of("published")))
    return re.compile(rf"{labelled_number().pattern}[^\n]{{0,{RECORD_CHARS}}}?(?:{labels})[：:]?\s*"
                      rf"(?P<date>{DATE.pattern}|{CN_DATE.pattern}|{ISO_DATE.pattern})(?!\s*[0-2]?\d\s*[:：]\s*[0-5]\d)")


def _recorded_date(structure: Structure) -> str | None:
    """The date a disclosure record gives beside the document's number (文号：X …发布日期：2022年07月11日), with
    no time of day, in the page's chrome and front lines run together (a wrapped record reads the same)."""
    front_roles = ("chrome", "front") if structure.recognised else ("chrome", "front", "other")
    text = "".join(p.text.strip() for p, r in zip(structure.paragraphs, structure.roles, strict=True)
                   if r in front_roles)
    m = record_date().search(text)
    return date_of(m.group("date")) if m else None


@lru_cache(maxsize=1)
def labelled_number() -> re.Pattern:
    """A document number right after its label, with or without a colon (文号凯府办函〔2023〕1号,
    as a site's field list reads once its spaces are gone)."""
    labels = "|".join(map(re.escape, labels_of("doc_number")))
    return re.compile(f"(?:{labels})[：:]?\\s*({DOC_NUMBER.pattern})")


# A breadcrumb (首页 > 政务公开 > 政策文件 > X): its parts split by > » ＞ ›.
CRUMB = re.compile(r"\s*(?:>>?|»|＞|›|→)\s*")
CRUMB_TITLE_CHARS = 8  # a last crumb shorter than this is a section's name (专项规划, 年度计划), no document's title


class Found:
    """The values read for each field of `FIELDS`, by source (``text``, ``notice``, ``label``,
    ``lead``, ``page``): the first value a source gives is kept, an empty one never."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, object]] = {key: {} for key in FIELDS}
        self.dropped: dict[str, str] = {}  # why a field given and then dropped is empty (``news``)

    def put(self, key: str, source: str, value: object) -> None:
        """Keep `value` as `key`'s from `source` unless empty or that source already gave one."""
        if value not in (None, "") and source not in self.values[key]:
            self.values[key][source] = value

    def first(self, key: str) -> object | None:
        """`key`'s value from the source that wins (the first of SOURCES that gave one)."""
        return next((self.values[key][s] for s in SOURCES if s in self.values[key]), None)


@dataclass
class Signatures:
    """What the front matter's lines (and a signature after the body) tell besides the values put:
    the organ lines that may sign and the dates, months and numbers waiting on the rest."""

    signers: list[tuple[bool, str]] = field(default_factory=list)  # (followed by a date, organ) in text order
    lines: list[int] = field(default_factory=list)  # the line each signer stands on
    signed_dates: list[str | None] = field(default_factory=list)  # the date under each organ line that signs
    lead_days: list[tuple[int, int]] = field(default_factory=list)  # (month, day) of a news lead with no year
    damaged: list[tuple[str, str, str]] = field(default_factory=list)  # (organ, year, serial), bracket lost
    months: list[str] = field(default_factory=list)  # lines that are only a month (二〇二一年十二月)
    stamped: list[int] = field(default_factory=list)  # the signers whose line a stamp's mark follows (（代章）)
    unread_above: bool = False  # a line of bodies the parser cannot read stands right over the signature's organ lines
    closing: str | None = None  # an organ's or society's name closing a notice's text with no date under it (round ninety)


def metadata(structure: Structure, scholarly: bool | None = None, kind: str | None = None, conflict: bool = False) -> dict:
    """Title, document number, issuer, issue date and plan period, and where each came from.

    Read from the front matter (the whole text where no structure was found) and from the site
    chrome of a web page. Sources: ``text`` (a line of the document: its title, a document
    number or signature line), ``notice`` (the notice's first line), ``label`` (a labelled
    field: 文号：, 成文日期：, 发布机构：), ``lead`` (a news lead or notice body naming the plan
    in 《》 and its issuer), ``page`` (the page's publication date, a news lead's date).
    The document's own statement wins over the notice, the notice over labels, labels over
    the lead, the lead over the page. An issuer must look like an organ (`is_issuer`); one
    that was named but does not leaves ``issuer_source = "implausible"`` and no issuer.
    A document number that lost its closing bracket is repaired only where a date of its year
    confirms it; else ``doc_number_source = "damaged"`` and no number.

    The steps run in this order (a source keeps the first value put, so the order is part of
    the rules): the page's fields, a notice heading, the front matter's lines, the issue date
    and a damaged number settled, the signature's organs, the notice's title, the titles and
    the lead, the issuers reconciled, the period, and the values chosen.

    A scholarly page (`scholarly`, read from the page's cues when not given: `parsing/scholarly.py`) has
    none of the fields: an author's institute is no issuer, a 《X》 its text says a body issued is cited,
    an article number's year is no date. Each field's source is then ``scholarly`` (round eighteen).

    On a page read as a copy (`kind`, the page's kind: a sharing, 范文 or wiki site's frame, or a template's
    masks; parsing/pagekind.py) where no rule above gives a title, the title is the first line of its head that
    names a plan (`_copy_title`, round twenty).

    `conflict`: the page's kind is unknown because a news cue (a lead) stands beside a weaker document cue (a
    signature): an account signed by the body that wrote it names no issuer where it shows no title or number
    (`_signed_account`, round forty-five).
    """
    paras, roles = structure.paragraphs, structure.roles
    if scholarly is None:
        scholarly = scholarly_page(paras)
    if scholarly:
        return {**{key: None for key in ("title", "doc_number", "issuer", "issue_date", "period_start",
                                         "period_end")},
                **{f"{key}_source": SCHOLARLY for key in FIELDS}}
    front_roles = ("front",) if structure.recognised else ("front", "other")
    front = _organ_unlabelled(_carrier_unwrapped(_without_attachment_links(
        [p.text for p, r in zip(paras, roles, strict=True) if r in front_roles])))
    chrome = [p.text for p, r in zip(paras, roles, strict=True) if r == "chrome"]
    found = Found()
    _legal_text(found, paras)  # a law, a regulation or a rule: its name over its articles (round thirty-nine)
    rejected = _page_fields(found, structure, front, chrome, _inside_body(roles))  # why a named issuer is no organ
    notice = _heading_over_label(front) or next(
        (t for t in (_unwrapped(t) if n < WRAPPED_NOTICE_LINES else _reposted(t) for n, t in enumerate(front))
         if NOTICE.match(t)), None)
    if not notice:
        _own_notice_heading(found, front)
    body = [p.text for p, r in zip(paras, roles, strict=True) if r not in ("chrome", "table")]
    tail = _signature_tail(body) if structure.recognised else []  # a signature after the plan's body (two organs and a date)
    signatures = _front_lines(found, front, tail)
    _settle_issue_date(found, signatures)
    # why a number that was shown is not given, and a number given with its lost bracket put back
    rejected_number, repaired_number = _repair_number(found, signatures.damaged)
    if any(signed for signed, _ in signatures.signers) and not signatures.unread_above:
        # a signature line followed by a date (or a stamp's mark); a block whose upper lines name bodies the parser
        # cannot read gives no issuer rather than its lower part (round forty-nine)
        found.put("issuer", "text", _signature_organs(signatures.signers, signatures.lines, signatures.stamped))
    notice_title = _notice_heading(found, notice) if notice else None
    if notice_title:
        _organ_of_same_notice(found, front, notice_title)
    named_lead = _titles_and_lead(found, structure, front, notice_title, news=kind == "news",
                                  account=kind is not None and kind not in ("news", "document"),
                                  headed=kind in (None, "document", "unknown"))
    # on news, the title the news rule will keep (the lead's): a line's title it drops vetoes no lead's issuer
    news_kept = NEWS_SOURCES if kind == "news" and not _explains_heading(front) else None
    _reconcile_issuers(found, [] if signatures.unread_above else signatures.signers, signatures.lines,
                       named_lead.title, news_kept)
    if signatures.closing and not found.values["issuer"]:
        found.put("issuer", "text", signatures.closing)  # a notice's text closed by its organ's name (round ninety)
    if kind == "news":
        _news_subject(found, front)
    if kind == "copy":
        _copy_titles(found, structure)
    elif kind != "news":
        _site_suffixed_title(found, structure)
    _home_cut(found)
    _report_writer(found, paras)
    _plan_owner(found)
    _self_named(found, body, news=kind == "news")
    _periods(found)
    _declared_cycle(found, paras)
    _as_chosen(found, paras)
    _byline_field(found)
    if conflict:
        _signed_account(found)
    # a signature block read in part gives no issuer, and says so (round sixty-one)
    rejected = (JOINT_PART if signatures.unread_above else "") or rejected or named_lead.rejected
    return _meta(found, rejected, rejected_number, repaired_number)


# A work summary's or report's own name opening with the body that wrote it (round forty-seven): on a line of its own
# (如皋市科学技术协会科普活动项目绩效自评价报告, under a site's lines) or run in after the name a sharing site's copy repeats
# over its text (2022年…工作总结和2022年工作计划始兴县食品药品监督管理局全民科学素养2022年工作总结和2022年工作安排我局坚持…).
# The writer is the page's issuer where nothing else names one (the conventions write such a page's title `?` and its
# issuer the body its name opens with). The name holds a summary's or a report's kind (REPORT_KIND); a line of its own
# ends as one does (…总结, …报告, or the year's arrangement a summary runs into), so a meeting's headline (…工作总结会),
# a notice about summaries (…关于报送…工作总结的通知) and a file's name (….docx) are none. The organ opens with its region
# (科协科普部工作总结, 市委组织部…工作总结: a region lost names no body a reader can name), not a placeholder or a mask
# (某县科协2023年工作总结, XX县…: a template's, issuer `?` or `∅` by the conventions; the suite's accounts use 某).
REPORT_KIND = re.compile(r"(?:工作|情况)总结|(?:自评价|自查|工作|绩效)报告")
REPORT_END = re.compile(r"(?:总结|报告|工作安排|工作计划|工作要点)$")
REPORT_RUN_IN = re.compile(r"[^，。；：,;:！？《》\s]{0,40}?(?:(?:工作|情况)总结|(?:自评价|自查|工作|绩效)报告)")
REPORT_MARKS = re.compile(r"[，。；：,;:！？《》〈〉（）()“”\"./]")
REPORT_NUMBERING = re.compile(r"^[\d、.．]+")  # a sharing site's page numbers run before the name (1、1某局…总结)
REPORT_LINES = 25  # the name stands in the page's first lines (a sharing site's frame may take twenty)
REPORT_CHARS = 60
REPORT_MASKED = re.compile(r"^(?:某|[XxＸｘ×*＊]{1,3})")


def _report_writer(found: Found, paras: list[Paragraph]) -> None:
    """Put as issuer the organ a work summary's or report's own name opens with (REPORT_KIND), where no source gave one."""
    if found.first("issuer") is not None:
        return
    title = found.first("title")
    lines = [line.text for para in paras if not para.is_table for line in (para.lines or [para])][:REPORT_LINES]
    for line in lines:
        run_in = isinstance(title, str) and len(line) > len(title) and line.startswith(title)
        name = REPORT_NUMBERING.sub("", line[len(title):] if run_in else line)
        if not run_in and (len(name) > REPORT_CHARS or REPORT_MARKS.search(name) or not REPORT_KIND.search(name)
                           or not REPORT_END.search(name)):
            continue
        organ = next((name[:k] for k in range(min(len(name), REPORT_CHARS) - 4, 3, -1) if is_issuer(name[:k])), None)
        if organ is None or opening_region(organ) == 0 or REPORT_MASKED.match(organ) or (run_in and not REPORT_RUN_IN.match(name, len(organ))):
            continue
        found.put("issuer", "text", organ)
        return


# A plan for the year named by its own organ (2019年上海市教育委员会工作要点, 某市科学技术协会2021年科普工作计划): the year, the
# organ, perhaps the year and a field, then the kind (round one hundred and eight).
YEAR_PLAN = re.compile(rf"(?:{YEAR_DIGITS}\s*年度?)?(?P<rest>[^，。；：,;:！？《》〈〉（）()“”\s]+?)(?:工作要点|工作计划)")
YEAR_PLAN_TAIL = re.compile(rf"(?:{YEAR_DIGITS}\s*年度?)?[^\d]{{0,8}}")


def _plan_owner(found: Found) -> None:
    """Put as issuer the organ a plan for the year's own name holds (YEAR_PLAN), where no source gave one, as
    `_report_writer` does for a summary's: a name with its year, its organ opening with a region (neither masked, 某县科协…,
    nor a level alone, 省教育厅…, which names no body a reader can name)."""
    title = found.first("title")
    if found.first("issuer") is not None or not isinstance(title, str) or not re.search(f"{YEAR_DIGITS}\\s*年", title):
        return
    if not (m := YEAR_PLAN.fullmatch(title)):
        return
    rest = m.group("rest")
    # one organ, or a joint pair named together (中共重庆市委教育工委重庆市教委2014年工作要点; round one hundred and eleven)
    end, organ = next(((k, name) for k in range(len(rest), 3, -1)
                       if (name := rest[:k] if is_issuer(rest[:k]) else "、".join(joint_organs(rest[:k])))), (0, None))
    if organ is None or opening_region(organ.removeprefix("中共")) == 0 or REPORT_MASKED.match(organ) \
            or not YEAR_PLAN_TAIL.fullmatch(rest[end:]):
        return
    found.put("issuer", "text", organ)


def _signed_account(found: Found) -> None:
    """Drop an issuer that only a signature gave (某镇科学技术协会 / 2025年9月22日) on a page read as news and a document
    at once (a news lead, and the signature the only document cue): a body's account of its own event, signed as a news
    item is bylined, holds no document to issue (yaoan; round forty-five, after round forty-four's `_byline_field`)."""
    _drop_lone_issuer(found, "text")


def _byline_field(found: Found) -> None:
    """Drop an issuer that only a site's field named (发布机构：某区科学技术局): a district bureau's work news filed on its
    disclosure platform as 工作动态, its 文号 empty, no title line, holds an account, not a document, and its 发布机构 stands
    where a news item's byline does (holdout51e's call, after holdout46); every seen page whose issuer a field gives has
    a title (round forty-four)."""
    _drop_lone_issuer(found, "label")


def _drop_lone_issuer(found: Found, source: str) -> None:
    """Drop the issuer `source` gave where it is the chosen one and the page shows no document of its own (no title and
    no number from any source); a field so emptied has source ``news``, as a news page's label is dropped."""
    issuers = found.values["issuer"]
    if (source in issuers and found.first("issuer") == issuers[source]
            and found.first("title") is None and found.first("doc_number") is None):
        del issuers[source]
        if not issuers:
            found.dropped["issuer"] = NEWS


# The date a law was promulgated on: the date before its number and 公布 (2006年7月21日某省…公告第62号公布; round
# thirty-nine).
PROMULGATED = re.compile(rf"(?P<date>{DATE.pattern}|{CN_DATE.pattern})\s*{LAW_NUMBER.pattern}\s*(?:予以)?公布")


def _legal_text(found: Found, paras: list[Paragraph]) -> None:
    """Put the name of a legal text (`documents.law_head`) as its title, and the number and date its note of passing
    or its lines under the name give (某省人民代表大会常务委员会公告第62号, and 公布's date: PROMULGATED). A later page
    of a law, its articles under no name, gives none (round thirty-nine)."""
    read = law_head([line.text for para in paras for line in (para.lines or [para])], [para.text for para in paras])
    if read is None:
        return
    title, head = read
    if _attached_law(title, [line.text for para in paras for line in (para.lines or [para])]):
        return
    found.put("title", "text", title)
    found.put("issuer", "text", _ordering_government(head))
    joined = "".join(head)  # a note wrapped over lines (…2006年7月21日某 / 省人民代表大会常务委员会公告第62号公布) reads whole
    if (m := PROMULGATED.search(joined)) is not None:
        found.put("issue_date", "text", date_of(m.group("date")))
    found.put("doc_number", "text", _law_number(head))


# A government's order over the rule it promulgates (某省人民政府令 / 第221号 / 《X》已经…审议通过，现予公布 / 省长 某某 / date / X /
# 第一章): the order's heading names the government that issues the rule (round seventy-eight).
# (its number may stand on the same line: 某市人民政府令 第12号, 某市人民政府令（第12号）)
ORDER_HEAD = re.compile(r"(?P<organ>[^，。；：:\s]{2,20}?人民政府)\s*令(?:\s*[（(]?\s*第\s*[\d一二三四五六七八九十百零〇]+\s*号\s*[）)]?)?")


# An order's serial alone on its line under the order's heading (第268号, （第12号）).
ORDER_SERIAL = re.compile(r"[（(]?\s*第\s*([\d一二三四五六七八九十百零〇]{1,6})\s*号\s*[）)]?")


def _order_number(text: str, below: str) -> str | None:
    """The number of a government's order whose heading is `text` (某市人民政府令, its serial on the line or on the line
    `below`: 第268号), written whole (某市人民政府令第268号); None for any other line. An order cited in a sentence
    (（国务院令第560号）) is no line of its own (round one hundred and fourteen)."""
    if (m := ORDER_HEAD.fullmatch(text.strip())) is None or not is_issuer(m.group("organ")):
        return None
    serial = ORDER_SERIAL.search(text[m.start("organ") + len(m.group("organ")):]) \
        or ORDER_SERIAL.fullmatch(re.sub(r"\s+", "", below))
    return f"{m.group('organ')}令第{serial.group(1)}号" if serial else None


def _ordering_government(head: list[str]) -> str | None:
    """The government whose order (`ORDER_HEAD`, a line of its own) stands over a legal text's name, or None."""
    for text in head:
        if (m := ORDER_HEAD.fullmatch(text.strip())) and is_issuer(m.group("organ")) \
                and not BARE_LEVEL.match(m.group("organ")):
            return m.group("organ")
    return None


def _attached_law(title: str, lines: list[str]) -> bool:
    """Whether a legal text's name stands right under an attachment's label alone on its line (附件1 / 某省某某认定办法 /
    第一章 总则) with a body's sentence above the label: a notice's attachment (关于开展…认定工作的通知 … 附件1：), the
    notice the page's document, never the attached rule (round seventy-seven). A page opening with the label (a copy of
    the attachment alone) keeps the rule's name."""
    at = next((n for n, text in enumerate(lines) if text.strip() == title), None)
    if at is None or at == 0 or not ATTACHMENT_ALONE.fullmatch(lines[at - 1].strip()):
        return False
    return any("。" in text for text in lines[: at - 1])


def _law_number(head: list[str]) -> str | None:
    """The number a legal text's lines under its name give: read on the fewest lines that hold it whole (某省第九届人大常委会公告
    / （第42号）; the organ / 公告 / 第一五三号), since the whole head run together lets an organ's name start lines above it
    (round forty); the whole head's reading where a wrap cut the organ in or after its region (…2006年7月21日某省 /
    人民代表大会常务委员会公告第62号公布, …湖北 / 省人民代表大会…: the short reading opens with no region's name, the whole one
    does), or where no few lines hold it."""
    joined = "".join(head)
    whole = doc_number(joined) if LAW_NUMBER.search(joined) else None
    for width in (1, 2, 3):
        held = next((text for n in range(len(head)) if LAW_NUMBER.search(text := "".join(head[n: n + width]))), None)
        if held is not None and (number := doc_number(held)) is not None:
            wrapped = bool(whole) and whole.endswith(number) and not opening_region(number) \
                and opening_region(str(whole)) > 0
            return whole if wrapped else number
    return whole


def _inside_body(roles: list[str]) -> set[int]:
    """The chrome paragraphs (their indices among the page's chrome, in order) standing inside a structured body: after its
    first part or group heading and before its last (三、赛事安排 / 时间：2024年9月25日上午9:00 / 四、报名要求)."""
    headings = [n for n, r in enumerate(roles) if r == "heading"]
    chrome = [n for n, r in enumerate(roles) if r == "chrome"]
    return {k for k, n in enumerate(chrome) if headings and headings[0] < n < headings[-1]}


# A site's publisher field naming an organ with the office that posted for it in brackets (发布机构：某区政府(政府办公室);
# round forty-six): the organ before the brackets. The bracket names an office or a bureau, nothing else.
BRACKETED_OFFICE = re.compile(r"(?P<organ>[^（）()]{2,30}?)\s*[（(][^（）()]{0,10}?(?:办公室|办公厅|办|局|委)\s*[）)]")


def _bracketed_office(value: str) -> str:
    """The organ of a publisher field's value that brackets its posting office (某区政府(政府办公室) → 某区政府),
    where the value is no organ as it stands and the part before the brackets is one; else the value unchanged."""
    if is_issuer(value) or not (m := BRACKETED_OFFICE.fullmatch(value)):
        return value
    return m.group("organ") if is_issuer(m.group("organ")) else value


@lru_cache(maxsize=1)
def _site_buttons() -> re.Pattern[str]:
    """A site's buttons set after a field's value on its line (发布部门：某市科学技术局 收藏; 【打印】【关闭】), run into the value
    where the page's spaces between characters are gone: the navigation words of two or more characters (page_labels.csv
    `nav`: 收藏, 打印, 关闭, 分享 …), perhaps in brackets, to the value's end."""
    words = "|".join(re.escape(w) for w in labels_of("nav") if len(w) >= 2)
    return re.compile(rf"(?:\s*[【\[［]?\s*(?:{words})\s*[】\]］]?)+\s*$")


def _without_buttons(value: str) -> str:
    """A publisher field's value without the site's buttons after it (`_site_buttons`; round sixty-nine): 某市科学技术局收藏
    → 某市科学技术局, where the value is no organ as it stands and the part before the buttons is one; else the value
    unchanged."""
    if not value or is_issuer(value):
        return value
    cut = _site_buttons().sub("", value)
    return cut if cut != value and is_issuer(cut) else value


def _page_fields(found: Found, structure: Structure, front: list[str], chrome: list[str],
                 inside: set[int] | frozenset[int] = frozenset()) -> str:
    """Put the values of a site's labelled fields (索引号：… 发文日期：…; a breadcrumb's last part, the
    page's name) and of labels standing on lines of their own; return why an issuer a label named is
    no organ (empty when none was or it is one). A date labelled as the page's (时间：, 日期：) on a chrome line
    `inside` the body, between its part headings, is an event's time the text sets out, never the page's
    (round forty-five)."""
    rejected = ""
    # a site's field list, or an encyclopedia's bulleted one in the text (•中文名：… •颁布时间：…)
    listed = [BULLET.sub(" ", t) for t in front if len(BULLETED_LABEL.findall(t)) >= 2]
    for n, text in enumerate(chrome + listed):
        fields = {kind: value.strip() for kind, value in labelled_fields(text).items()}
        found.put("doc_number", "label", doc_number(fields.get("doc_number", "")))
        found.put("issue_date", "label", date_of(fields.get("issue_date", "")))
        if n not in inside:
            found.put("issue_date", "page", date_of(fields.get("published", "")))
            if stamp := COUNTED_STAMP.match(text):  # 2016-04-20  浏览人数: (round eighty)
                found.put("issue_date", "page", date_of(f"{stamp.group(1)}-{stamp.group(2)}-{stamp.group(3)}"))
        issuer = fields.get("issuer", "").split()[0] if fields.get("issuer", "").split() else ""
        issuer = _without_buttons(_bracketed_office(issuer))
        if is_issuer(issuer):
            found.put("issuer", "label", issuer)
        elif organs := joint_organs(issuer):
            # a joint notice's bodies in one field, their spaces gone (发布机构 | 中共某省委宣传部 某省卫生健康委员会 …):
            # the organs a signature of them would give (round eighty-five)
            found.put("issuer", "label", "、".join(organs))
        elif issuer:
            rejected = rejected or issuer_problem(issuer) or "implausible"
        found.put("title", "label", carried(_unnumbered(found, clean_title(fields.get("title", "")))) or None)
        crumbs = CRUMB.split(text)
        if len(crumbs) >= 3 and is_title(last := clean_title(crumbs[-1])) and len(last) >= CRUMB_TITLE_CHARS:
            # 首页 > 政策文件 > X: the page's own name ends its breadcrumb; a section's name of a few characters
            # (首页 > 政务公开 > 规划信息 > 专项规划, …> 工作计划) is the page's shelf, no document's (round ninety-one)
            found.put("title", "label", last)
    for kind, value in bare_label_fields(structure):  # 发文字号 on a line, its value on the next
        if kind == "doc_number":
            found.put("doc_number", "label", doc_number(value))
        elif kind == "issue_date":
            found.put("issue_date", "label", date_of(value))
        elif kind == "issuer" and is_issuer(value := _without_buttons(_bracketed_office(value))):
            found.put("issuer", "label", value)
        elif kind == "title" and not is_issuer(value) and DOCUMENT_WORDS.search(value):
            found.put("title", "label", carried(_unnumbered(found, clean_title(value))))
    # a disclosure record naming the document (名称：… 文号：… 发布日期：2022年07月11日) and no date of the
    # document's own kind (成文日期) anywhere: the record's 发布日期, with no time of day, is the document's,
    # over a site's posting stamp (发布日期：2022-07-21 16:24; round seventeen). Read on the page's first
    # lines run together, so a record wrapped over lines (even inside a label) reads the same.
    found.put("issue_date", "label", _recorded_date(structure))
    return rejected


def _unnumbered(found: Found, title: str) -> str:
    """A title field's value without the document number a site runs before its heading (名称：许政[2011]81号 某市人民政府
    关于表彰…的决定, 标题：某发〔2020〕3号关于印发…的通知; round eighty), putting the number as the label's; any other value
    unchanged (a number after the heading or inside it, a value that is no notice's heading once the number is cut)."""
    return _numbered_heading_cut(found, title, "label")


def _numbered_heading_cut(found: Found, heading: str, source: str) -> str:
    """`heading` without a document number run before it (许政[2011]81号 某市人民政府关于…的决定), the number put as
    `source`'s, where the rest is a notice's heading (NOTICE) or a heading that is the document (OWN_NOTICE); else as
    it is."""
    if (m := DOC_NUMBER.match(heading)) and (NOTICE.match(rest := heading[m.end():].lstrip())
                                             or OWN_NOTICE.fullmatch(rest)):
        found.put("doc_number", source, doc_number(m.group(0)))
        return rest
    return heading


def _own_notice_heading(found: Found, front: list[str]) -> None:
    """Put a notice that is the document, titled without 关于 (开展…工作的通知), on one of the first
    lines, and the organ its heading opens with (某市科协关于…的意见)."""
    own_notice = _own_notice(front)
    if own_notice:  # a site's list bullet and a number run before it are no part of it (round eighty)
        own_notice = _numbered_heading_cut(found, LIST_BULLET.sub("", own_notice, count=1), "notice")
    found.put("title", "notice", own_notice)
    found.put("issuer", "notice", _heading_organ(own_notice) if own_notice else None)


# A body's name that signs a notice and no organ `is_issuer` reads (a university's 科学技术处, a 中心, a 研究所, a 馆): a short
# line of Chinese characters, no word of page text, ending as a body's name does (round sixty-three).
SIGNING_BODY = re.compile(f"[{CJK_RANGE}]{{2,30}}")
SIGNING_BODY_END = re.compile(f"(?:{ORGAN_END.pattern}|处|科|室|所|站|馆|院|校|会|组|中心|团|队)$")


# A line a site sets after a page's text holding no word and no date: its counters or bars run together (,-226,1572,
# under a signature's date; | ; 12 | 345), digits, bars and commas only (round seventy-nine). A date (2022425, 2021-3-5)
# or a page number's dashes (- 2 -) is no such line.
SITE_COUNTER = re.compile(r"[\d,，|｜\s]*[,，|｜][\d,，|｜\-\s]*")


def _site_counter(line: str) -> bool:
    """Whether a line is a site's counters or bars (`SITE_COUNTER`), no date among them."""
    return bool(SITE_COUNTER.fullmatch(line.strip())) and ISO_DATE.search(line) is None


# A notice's addressees run straight after its number at the page's start, a copy having lost the line between them
# (某发〔2025〕267号 各县(市、区)教育局，市局直属各学校：为…; round eighty): 各 and the addressees to their colon.
NUMBER_THEN_ADDRESSEES = re.compile(r"各[^。；！？《》：:]{1,80}[：:]")


def _signing_body(line: str) -> bool:
    """Whether a line may be the name of a body signing over its date: a short line of Chinese characters ending as a
    body's name does (SIGNING_BODY_END: an organ's suffix, or 处, 中心, 所 …), no word of page text."""
    return bool(SIGNING_BODY.fullmatch(line) and SIGNING_BODY_END.search(line) and not NOT_AN_ORGAN.search(line))


# A university's science office or 科协 signing its own notice over its date (科研处 / 2023年1月9日; 科学技术处 / 科学技术协会 /
# 2022425; 某某大学科学技术协会 / 2023年5月12日): the office signs with its own name, the university's before it or not
# (docs/fact_conventions.md, holdout137's news.sxau: the issuer as written; round seventy-six). An office named bare is read
# only on a notice addressed to the school's own units (校内各相关单位：, 各学院、科研机构：, 校属各单位、机关各部门：), which
# says whose office it is; named after its university or college it needs none.
SCHOOL_NAMED_OFFICE = re.compile(f"[{CJK_RANGE}]{{2,16}}(?:大学|学院)(?:{'|'.join(SCHOOL_OFFICE[:-1])}|科协)")
# (the addressees' line may follow a headline a copy ran into it: 某某headline各学院、科研机构：, so the line is read to its end)
ADDRESSED_TO_SCHOOL = re.compile(r"(?:校内|校属|全校|各(?:二级)?学院|各院系|各系|各教学单位)[^。；！？：:]{0,40}[:：]\s*$")


# A notice's addressees naming no body (各单位：, 各有关单位：, 各部门、各单位：): see `_school_signature` (round eighty).
GENERIC_ADDRESSEES = re.compile(r"各(?:有关|相关)?(?:单位|部门)(?:[、，,]\s*各(?:有关|相关)?(?:单位|部门))?\s*[：:]")


def _school_office(line: str, school: bool) -> bool:
    """Whether a line is a university's science office or 科协 signing (SCHOOL_OFFICE bare on a page addressed to the
    school's own units, `school`; or named after its university or college, SCHOOL_NAMED_OFFICE)."""
    line = line.strip()
    return (school and line in SCHOOL_OFFICE) or SCHOOL_NAMED_OFFICE.fullmatch(line) is not None


def _school_signature(lines: list[str], n: int, school: bool, found: Found) -> bool | None:
    """Whether line `n` is a university office signing over its date (True), or over the office under it that is
    dated (False: the two sign together); None if it is no such signer."""
    # (a bare office over the date closing the text signs it where the notice is addressed to no one's bodies but 各单位： or
    # 各有关单位： (its own institution's units, whose office it is left unsaid as a school's 校内各单位 leaves it): the
    # office's own notice, its name and date the page's last lines; round eighty. Addressed to a region's bodies, 各区县科技局、
    # 各有关单位：, it stays unread: round seventy-six)
    closing = n + 2 == len(lines) and _date_line(lines[n + 1])[0]
    if not _school_office(lines[n], school or (closing and any(GENERIC_ADDRESSEES.fullmatch(t.strip()) for t in lines))):
        return None
    following = lines[n + 1] if n + 1 < len(lines) else ""
    if _signature_date(following, found):
        return True
    after = lines[n + 2] if n + 2 < len(lines) else ""
    return False if _school_office(following, school) and _date_line(after)[0] else None


# A site's furniture after a document's signature that the roles left in its body (当前文章链接：http…, 原文链接：, 若有其它问题
# …客服电话…, 电子邮箱：…, 地址：…, TOP, 微信): a copy's page goes on past the document's end (round eighty-two).
TRAILING_FURNITURE = re.compile(r"https?[:：]|www\.|@|链接|版权|ICP|声明|转载|客服|热线|咨询|电话|手机|微信|邮箱|地址|邮编"
                                r"|^(?:TOP|顶部|返回顶部|分享|打印|关闭|收藏)$", re.IGNORECASE)
FURNITURE_LINES = 8  # at most this many such lines are passed over
SIGNATURE_TAIL_LINES = 4


def _signature_tail(body: list[str]) -> list[str]:
    """The body's last lines, where a signature stands (two organs and a date): above any run of a site's furniture
    (TRAILING_FURNITURE) that follows a date line, so a copy's contact block or links after the document's date leave its
    signature read (…特此通知。 / 某市科学技术委员会 / 2019年5月28日 / 当前文章链接：… / 电子邮箱：…; round eighty-two).
    A damaged date line (2014320: 年, 月 and 日 stripped) dates it as a full one does (round eighty-three). Without a date
    line above the run, the body's own last lines, as before."""
    end = len(body)
    while end > 1 and len(body) - end < FURNITURE_LINES and TRAILING_FURNITURE.search(body[end - 1]):
        end -= 1
    if end < len(body) and not (DATE_LINE.match(body[end - 1]) or CN_DATE.fullmatch(body[end - 1])
                                or digits_date(body[end - 1]) is not None):
        end = len(body)
    return body[max(0, end - SIGNATURE_TAIL_LINES):end]


# A signature's date a copy stripped of 年, 月 and 日 and broke after its year (某司 / 2017 / 45): the year alone on its line,
# the month and day run together on the next (round ninety-five).
YEAR_ALONE = re.compile(r"\s*(?:19|20)\d{2}\s*")
MONTH_DAY_DIGITS = re.compile(r"\s*\d{2,4}\s*")


def _following(lines: list[str], n: int) -> str:
    """The line after line `n` (an organ's, where its date stands), joined with the one after it where the next is a year
    alone and that one its month and day run together (2017 / 45 → 201745, which `digits_date` reads one way or not at
    all); "" at the end."""
    if n + 1 >= len(lines):
        return ""
    if n + 2 < len(lines) and YEAR_ALONE.fullmatch(lines[n + 1]) and MONTH_DAY_DIGITS.fullmatch(lines[n + 2]):
        return lines[n + 1].strip() + lines[n + 2].strip()
    return lines[n + 1]


def _front_lines(found: Found, front: list[str], tail: list[str]) -> Signatures:
    """Read the front matter's lines and the body's last ones line by line: a time stamp, document
    numbers, date lines, organ lines that sign (with the date under them), a news lead's date, a
    signature glued into a notice body. Put what each line gives; return what waits on the rest."""
    signatures = Signatures()
    signers, signer_lines, signed_dates = signatures.signers, signatures.lines, signatures.signed_dates
    # built once (inside the loop it made the step quadratic), without characters a conversion
    # lost at a line's end (2022年1月20日????)
    lines = [LOST_AT_END.sub("", t) for t in front + tail]
    school = any(ADDRESSED_TO_SCHOOL.search(t) for t in lines)  # a notice to a university's own units
    for n, text in enumerate(lines):
        if n < min(STAMP_LINES, len(front)) and (stamp := STAMP.search(text)):
            year = stamp.group(1) if len(stamp.group(1)) == 4 else f"20{stamp.group(1)}"  # 23-09-07 10:29
            found.put("issue_date", "page", date_of(f"{year}-{stamp.group(2)}-{stamp.group(3)}"))
        elif n < min(STAMP_LINES, len(front)) and (stamp := CN_STAMP.match(text)):
            found.put("issue_date", "page", date_of(stamp.group("date")))  # 2017年09月13日 16:08 (round sixty-eight)
        elif n < min(STAMP_LINES, len(front)) and (stamp := COUNTED_STAMP.match(text)):
            found.put("issue_date", "page", date_of(f"{stamp.group(1)}-{stamp.group(2)}-{stamp.group(3)}"))
        if (m := labelled_number().search(text)) and n < len(front):
            found.put("doc_number", "label", doc_number(m.group(1)))  # 文号 某府办函〔2023〕1号 (no colon)
        if n < len(front) and (order := _order_number(text, lines[n + 1] if n + 1 < len(front) else "")):
            found.put("doc_number", "text", order)  # 某市人民政府令 / 第268号 (round one hundred and fourteen)
        if DOC_NUMBER_LINE.match(text) or (DOC_NUMBER.fullmatch(text) and len(text) <= 30):
            found.put("doc_number", "text", doc_number(text))
        elif (m := NUMBER_AND_DATE.match(text)) and len(text) <= 40:  # 川办发〔2011〕99号 二○一一年…
            found.put("doc_number", "text", doc_number(m.group(1)))
            found.put("issue_date", "text", date_of(text[m.end(1):]))
        elif (m := DOC_NUMBER.match(text)) and (NOTICE.match(rest := text[m.end():].lstrip())
                                                or (n == 0 and NUMBER_THEN_ADDRESSEES.match(rest))):
            # 国发〔2021〕9号国务院关于印发…的通知…; on a one-line copy's first line, 某教研函〔2025〕267号 各县(市、区)…: (round eighty)
            found.put("doc_number", "text", doc_number(m.group(0)))
        elif len(text) <= NUMBER_LINE_CHARS and DOC_NUMBER.search(text) and not NOT_A_NUMBER_LINE.search(text):
            found.put("doc_number", "text", doc_number(text))  # （青政办〔2011〕260号）, 文号 某府办函〔2023〕1号
        elif (m := DAMAGED_NUMBER_LINE.match(text)) and n < len(front):
            signatures.damaged.append((m.group(1), m.group(2), m.group(3)))
            found.put("issue_date", "text", date_of(m.group("date") or ""))
        elif DATE_LINE.match(text) or CN_DATE.fullmatch(text):
            found.put("issue_date", "text", date_of(text))
        elif n < len(front) and (note := DATED_NOTE_LINE.fullmatch(re.sub(r"\s+", "", text))):
            # a document's date alone in brackets under its name, as a paper or gazette prints it (关于…的意见 /
            # （2018年8月20日）; round ninety-two), perhaps with the paper's own date after it (round one hundred and ten)
            found.put("issue_date", "text", date_of(note.group("note")))
        elif n < len(front) and (date := digits_date(text)) is not None:
            # a date line of the front matter whose 年, 月 and 日 a damaged copy dropped (201276 under a heading, as
            # （2012年7月6日） stands under a party committee's; one reading only): the date line it was (round seventy-six)
            found.put("issue_date", "text", date)
        elif n >= len(front) and n > 0 and (day := ISO_DATE.match(text)) and (
                day.end() == len(text) or _site_counter(text[day.end():])) and _signing_body(lines[n - 1]) and all(
                DISCLOSURE.fullmatch(after.strip()) or _site_counter(after) for after in lines[n + 1:]):
            # …科学技术处 / 2020.11.13 ending the text (a disclosure mark after it at most): a signature's date (round sixty-three);
            # a site's counters or bars run into it or after it (2010-9-20,-226,1572, · |) are no text (round seventy-nine)
            found.put("issue_date", "text", date_of(text[: day.end()]))
        elif (m := STRIPPED_DATE.fullmatch(text)) and (date := iso_date(m)) is not None:
            found.put("issue_date", "text", date)  # 2022年1221: a site stripped 月 and 日
        elif (month := month_of(text)) is not None:
            # a signature's month (某县人民政府 / 二〇二一年十二月) dates the document to the month; a month standing under
            # no organ line (a cover's 二〇一一年十一月 over its contents, no body signing) is no issue date (round eighty)
            if signer_lines and signer_lines[-1] == n - 1:
                signatures.months.append(month)
        elif n > 0 and bare_label(lines[n - 1]):
            pass  # a field's value under its label (发文机关 / 某省人民政府办公厅): the label's, no signature
        elif organs := joint_organs(text):  # 中共某市委办公厅 某市人民政府办公厅
            following = _following(lines, n)
            signers.append((_signature_date(following, found), "、".join(organs)))
            signer_lines.append(n)
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following)
                                if signers[-1][0] else None)
        elif is_issuer(text) or _red_header(text) or is_issuer(STAMP_MARK.sub("", text)):
            following = _following(lines, n)
            stamp = STAMP_MARK.search(text) is not None or STAMP_MARK.fullmatch(following) is not None
            if stamp:
                signatures.stamped.append(len(signers))  # 某某办公室 / （代章）: the organ that signs
            text = STAMP_MARK.sub("", text).removesuffix("文件")  # a red-header document: 某县人民政府文件
            signers.append((_signature_date(following, found) or stamp, text))
            signer_lines.append(n)
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following)
                                if signers[-1][0] else None)
        elif (dated := _school_signature(lines, n, school, found)) is not None:
            # a university's office or 科协 signing its notice (科研处 / 2023年1月9日; 科学技术处 / 科学技术协会 / 2022425)
            following = _following(lines, n)
            signers.append((dated, text.strip()))
            signer_lines.append(n)
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following) if dated else None)
        elif organs := _letterhead(text):
            # a joint red header, its bodies' lines joined to one with 文件 set apart after the first (某市某局 文件某市科协)
            # or after the last (某市某局 某市科协 文件): its bodies, as the red header's organ line (round seventy)
            following = _following(lines, n)
            signers.append((_signature_date(following, found), "、".join(organs)))
            signer_lines.append(n)
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following)
                                if signers[-1][0] else None)
        elif is_association(text) and _signature_date(following := _following(lines, n), found):
            # a learned society or association of the 科协's family over its notice's date (中国某某学会 / 2022年3月3日;
            # 某省老科学技术工作者协会 / …): it signs as an organ does (round forty)
            signers.append((True, text))
            signer_lines.append(n)
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following))
        elif is_association(text) and _associations_over_date(lines, n):
            # associations signing jointly, a line each, the last over the date (江苏省某某协会 / 浙江省某某协会 / … /
            # 2020年5月30日): each signs with it, as organ lines over a dated organ do (round forty-one)
            signers.append((False, text))
            signer_lines.append(n)
            signed_dates.append(None)
        elif (bodies := joint_bodies(text)) and _signature_date(
                following := _following(lines, n), found):
            # a region's centre and an association signing together over their date, run together by the copy
            # (某省青少年科技活动中心某省青少年科技教育协会 / 2022年1月12日): both sign (round sixty-seven)
            signers.append((True, "、".join(bodies)))
            signer_lines.append(n)
            signed_dates.append(date_of(following) or month_of(following) or digits_date(following))
        elif (m := SIGNED.match(text)) and (is_issuer(organ := STAMP_MARK.sub("", m.group(1)).strip())
                                            or joint_organs(organ)):
            # 某办公室（某办公厅代章）2019年6月11日: the stamp between the organ and its date left out (round twenty-eight)
            signers.append((True, "、".join(joint_organs(organ)) or organ))
            signer_lines.append(n)
            found.put("issue_date", "text", date_of(text))
        elif (m := RUN_DATE_SIGNED.match(text)) and (date := digits_date(m.group("date"))) is not None and (
                is_issuer(m.group("organ")) or joint_organs(m.group("organ"))):
            # a bulletin's masthead, its organ and its date on one line, the date's 年, 月 and 日 dropped by the copy
            # (某省某厅  2022523; one reading only, as under an organ): the organ signs on that date (round seventy)
            signers.append((True, "、".join(joint_organs(m.group("organ"))) or m.group("organ")))
            signer_lines.append(n)
            found.put("issue_date", "text", date)
        elif (m := NEWS_LEAD.search(text)) and m.start() < 20:
            found.put("issue_date", "page", date_of(text))
            if (day := LEAD_DAY.match(text, m.start())) and date_of(text[: day.end()]) is None:
                signatures.lead_days.append((int(day.group(1)), int(day.group(2))))  # 12月6日，某市印发…: no year
        closed = n > 0 and CLOSING_END.search(lines[n - 1]) is not None and n not in signer_lines
        if closed or (len(text) > GLUED_BODY_CHARS and ("印发给你们" in text or CLOSING_WORDS.search(text)
                                                      or GLUED_STAMPED.search(text))):
            # (`closed`: the closing words end the line above, a copy's wrapping or split cut the body there, and this
            # line, read as no signature above, opens with the attachment's name or the organ: 特此通知。 /
            # 附件：…名单某委员会二○一二年五月七日附件：…)
            glued = next((g for g in (*GLUED_STAMPED.finditer(text), *GLUED_SIGNATURE.finditer(text))
                          if is_issuer(g.group(1))), None) if not closed else next(
                (g for g in [GLUED_SIGNATURE.match("。" + text)] if g and is_issuer(g.group(1))), None)
            if glued:
                signers.append((True, glued.group(1)))
                signer_lines.append(n)
                found.put("issue_date", "text", date_of(glued.group(2)))
        if n == len(lines) - 1 and n not in signer_lines and len(text) > GLUED_BODY_CHARS and (
                ended := _attached_end(text)) is not None:
            signers.append((True, ended[0]))  # …附件:某某名单某区某局某区科学技术协会2022年12月15日。 ending the page
            signer_lines.append(n)
            found.put("issue_date", "text", ended[1])
    _site_block_gives_way(found, signatures, lines)
    signatures.unread_above = _unread_above(signatures, lines)
    signatures.closing = _closing_organ(signatures, lines)
    return signatures


# A notice's working words (公示, 如有异议, 联系人, 附件：, 特此通知, 现将…): the text an organ's name closes is a notice's.
NOTICE_WORK = re.compile(r"公示|异议|联系人|联系电话|附件\s*\d{0,2}\s*[：:]|特此|通知如下|现将|现予")
CLOSING_TEXT_LINES = 3  # the text an organ's name closes has a body above it
TRAILING_NAME = re.compile(f"(?:^|[^{CJK_RANGE}])([{CJK_RANGE}]{{4,30}})$")


def _closing_organ(signatures: Signatures, lines: list[str]) -> str | None:
    """An organ's or a society's name standing alone as the last line of a notice's text (公示, contact lines or
    attachments above it), no date under it: the body that signs, dated above its name (2019年10月23日 / 某省科学技术厅)
    or not at all (附件：…公示表 / 某省科学技术厅; round ninety). None where a dated signature is read, where the text
    shows no notice's working words (NOTICE_WORK), or where the line above is another body's name (a joint signature
    read in part gives no issuer, as round forty-nine has it)."""
    if len(lines) < CLOSING_TEXT_LINES or any(dated for dated, _ in signatures.signers):
        return None
    last, above = lines[-1].strip(), lines[-2].strip()
    if not (is_issuer(last) or is_association(last)) or NOT_AN_ORGAN.search(last):
        return None
    run = TRAILING_NAME.search(above)  # a name the copy ran onto a contact line above (…电话：0971-1234567某某研究院)
    if any(_signing_body(t) or is_association(t) or is_issuer(t) or joint_bodies(t)
           for t in (above, run.group(1) if run else "")):
        return None
    return last if NOTICE_WORK.search("\n".join(lines[:-1])) else None


def _attached_end(text: str) -> tuple[str, str] | None:
    """The organs and date closing a one-line copy after its attachment's name (`ATTACHED_END`), or None: the longest
    run of CJK characters before the date that is one organ's name or several run together."""
    m = ATTACHED_END.search(text)
    if m is None or (date := date_of(m.group("date"))) is None:
        return None
    run = re.search(f"[{CJK_RANGE}]+$", m.group("run"))
    if run is None:
        return None
    name = run.group(0)[-JOINT_LINE_CHARS:]
    for k in range(len(name) - 1):
        if organs := joint_organs(name[k:]):
            return "、".join(organs), date
        if is_issuer(name[k:]) and not BARE_LEVEL.match(name[k:]):
            return name[k:], date
    return None


# A red header (版头: the issuing bodies' names and 文件 over the document's number, round nineteen's 某县人民政府文件) of
# bodies issuing jointly (round seventy): the bodies a line each with 文件 set beside them, which a page's text gives as
# one paragraph, 文件 after the first body (某市科学技术局 文件 / 某市科学技术协会 joined) or after the last (某市教育局
# 某市科学技术协会 文件), or 文件 set apart by a space after one body. Every part besides 文件 is an organ; 文件 stands once,
# at the end or between two bodies (never inside a name or a notice's title: 关于…文件的通知, 规范性文件, 市政府文件).
LETTERHEAD = re.compile(r"(?P<before>.+?)\s*文\s*件\s*(?P<after>.*)")


def _red_header(text: str) -> bool:
    """Whether a line is one body's red header (某县人民政府文件; round nineteen): a whole organ's name before 文件, not a
    bare level (市政府文件 is a site's column: whose government?; round seventy)."""
    head = text.removesuffix("文件")
    return head != text and is_issuer(head) and not BARE_LEVEL.match(head.removeprefix("中共"))


def _letterhead(text: str) -> list[str]:
    """The bodies of a red header read as one paragraph (`LETTERHEAD`), or none."""
    m = LETTERHEAD.fullmatch(text.strip())
    if m is None or "文件" in m.group("after") or len(text) > JOINT_LINE_CHARS:
        return []
    before, after = m.group("before").strip(), m.group("after").strip()
    rest = f"{before} {after}" if after else before
    organs = list(dict.fromkeys(joint_organs(rest))) or ([before] if not after else [])
    # each a whole organ's name (a bare level, 市政府 of a site's 市政府 文件 column, names no one)
    return organs if organs and all(is_issuer(organ) and not BARE_LEVEL.match(organ.removeprefix("中共"))
                                    for organ in organs) else []


# A line of a joint signature's block that names bodies the parser cannot read (round forty-nine): CJK only, opening
# with whose body it is (a region, 中共, 中国, 国家, 全国) and ending as a body's name does (an organ's suffix, or 院, 会,
# 团, 队, 中心: 某省科学院, 中国共产主义青年团某省委员会), no word of page text, at most a signature line's length.
UNREAD_BODY_END = re.compile(f"(?:{ORGAN_END.pattern}|院|会|团|队|中心)$")
UNREAD_BODY_OWNER = re.compile("^(?:中共|中国|国家|全国)")


def _unread_bodies(text: str) -> bool:
    """Whether a line looks like a signature's line of bodies (one or several, their spaces gone) that neither
    `is_issuer` nor `joint_organs` nor `is_association` reads."""
    if not (4 <= len(text) <= JOINT_LINE_CHARS and re.fullmatch(f"[{CJK_RANGE}]+", text)) or NOT_AN_ORGAN.search(text):
        return False
    if not UNREAD_BODY_END.search(text) or not (UNREAD_BODY_OWNER.match(text) or opening_region(text)):
        return False
    return not (is_issuer(text) or joint_organs(text) or is_association(text))


def _unread_above(signatures: Signatures, lines: list[str]) -> bool:
    """Whether the organ lines that sign (`_signature_run`: the dated line and the organ lines right over it) stand
    under a line of bodies the parser cannot read, or organ lines with no date stand over one (河南省生态环境厅河南省农业农村厅河南省科学院… / 河南省科学技术协会
    中国少年先锋队河南省工作委员会 / 2023年12月28日): the block is the whole signature, so the part read below is no issuer
    (a confident part is a wrong value; round forty-nine); so does a line of bodies a wrap broke inside a name
    (`_broken_bodies`, round sixty-seven)."""
    signers, at = signatures.signers, signatures.lines
    if not signers:
        return False
    if not any(signed for signed, _ in signers):
        # organ lines with no date under them (a red header's, or a block whose lower lines are unread): the run
        # `_reconcile_issuers` would take, over a line of unread bodies, is no issuer either
        last = 0
        while last + 1 < len(signers) and at[last + 1] == at[last] + 1:
            last += 1
        below = at[last] + 1
        return below < len(lines) and (_unread_bodies(lines[below]) or _continued_bodies(lines[at[last]], lines[below]))
    first, _ = _signature_run(signers, at, signatures.stamped)
    above = at[first] - 1
    return above >= 0 and (_unread_bodies(lines[above]) or _broken_bodies(lines, above))


def _continued_bodies(line: str, below: str) -> bool:
    """Whether the line under an organ line with no date goes on its list of bodies, a wrap's piece glued by the copy before
    the next organ (国家林业和草原局办公室国家文物局 / 综合司国家疾控局综合司 / 2024年6月3日): no organ or list of organs
    itself, Chinese characters only, and the two lines joined are organs (`joint_organs`). The line over it is then a part
    of a joint signature, no issuer (round sixty-seven)."""
    below = below.strip()
    if not re.fullmatch(f"[{CJK_RANGE}]+", below) or is_issuer(below) or joint_organs(below):
        return False
    return bool(joint_organs(line.strip() + below))


BROKEN_PIECE_CHARS = 12  # the piece of a name a layout's wrap carried onto the next line (综 / 合司) is short


def _broken_bodies(lines: list[str], n: int) -> bool:
    """Whether line `n`, right over a signature's organ lines, is the end of a line of bodies a layout's wrap broke inside a
    name (国家卫生健康委办公厅国家中医药局综 / 合司 / 国家疾控局综合司 / 2024年5月29日): a short piece of Chinese characters, no
    organ alone, that glued back to the line over it makes organs (`joint_organs`, `is_issuer`) or unread bodies. The block
    is then the whole signature, and the part read below it is no issuer (round sixty-seven, as round forty-nine's)."""
    piece = lines[n]
    if n < 1 or not re.fullmatch(f"[{CJK_RANGE}]{{1,{BROKEN_PIECE_CHARS}}}", piece) or is_issuer(piece):
        return False
    joined = lines[n - 1].strip() + piece
    return bool(joint_organs(joined) or is_issuer(joined) or _unread_bodies(joined))


JOINT_ASSOCIATION_LINES = 5  # associations signing jointly, a line each (a declaration's four signers)


def _associations_over_date(lines: list[str], n: int) -> bool:
    """Whether the association on line `n` opens or goes on a run of association lines (at most
    JOINT_ASSOCIATION_LINES) whose last stands over a date line: a joint signature of associations (round forty-one).
    A list of societies with no date under its last (a praise notice's list) signs nothing."""
    end = n + 1
    while end < len(lines) and end - n < JOINT_ASSOCIATION_LINES and is_association(lines[end]):
        end += 1
    return end > n + 1 and end < len(lines) and _date_line(lines[end])[0]


def _site_block_gives_way(found: Found, signatures: Signatures, lines: list[str]) -> None:
    """A site's disclosure block whose labels a copy lost (…青科协〔2018〕10号 / 某区科学技术委员会 / 2018.05.25, over
    the notice's heading) reads as an organ over its date; where the notice's own signature stands under its body,
    after its salutation (各镇（街道）、有关单位：), that signature signs and dates it, not the block above the
    salutation (the office that put the page up, on the day it did; round thirty-one)."""
    greeting = next((n for n, text in enumerate(lines) if SALUTATION.match(text)), None)
    if greeting is None:
        return
    signed = [i for i, (dated, _) in enumerate(signatures.signers) if dated]
    # an organ under a sentence that ends a body (…认真贯彻落实。 / 某省某某协会 / its date) signs a notice of its own: a
    # relaying notice above the one it relays, whose salutation lost its colon (round forty), is no site's block
    above = [i for i in signed if signatures.lines[i] < greeting
             and not (signatures.lines[i] > 0 and lines[signatures.lines[i] - 1].endswith("。"))]
    below = [i for i in signed if signatures.lines[i] > greeting]
    if not (above and below):
        return
    keep = [i for i in range(len(signatures.signers)) if i not in above]
    if signatures.signed_dates[below[0]]:
        found.values["issue_date"]["text"] = signatures.signed_dates[below[0]]
    signatures.stamped = [keep.index(i) for i in signatures.stamped if i in keep]
    signatures.signers = [signatures.signers[i] for i in keep]
    signatures.lines = [signatures.lines[i] for i in keep]
    signatures.signed_dates = [signatures.signed_dates[i] for i in keep]


def _settle_issue_date(found: Found, signatures: Signatures) -> None:
    """The issue date once every line is read: the date under an organ that signs over a date line
    above it, a news lead's day in the year of the page's date, a month alone as YYYY-MM."""
    # the date under an organ that signs (…某厅 / 2022年4月28日) is the document's, not a date line above
    # it (a page's date under its headline)
    dates = found.values["issue_date"]
    signed = next((d for d in signatures.signed_dates if d), None)
    if signed and dates.get("text") not in (None, signed):
        dates["text"] = signed
    # a news lead's day (12月6日，某市委、市政府印发了…) in the year of the page's date
    published = dates.get("page")
    if signatures.lead_days and isinstance(published, str) and len(published) == 10:
        month, day = signatures.lead_days[0]
        year = int(published[:4]) - (1 if (month, day) > (int(published[5:7]), int(published[8:10])) else 0)
        found.put("issue_date", "lead",
                  f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None)
    if signatures.months and "text" not in dates:
        found.put("issue_date", "text", signatures.months[0])  # only a month is given: YYYY-MM


def _repair_number(found: Found, damaged: list[tuple[str, str, str]]) -> tuple[str, str | None]:
    """A number that lost its closing bracket, put back where the document's date confirms its year.
    Returns why a number shown is not given (``damaged``, or empty) and the number repaired (None)."""
    if not damaged:
        return "", None
    repaired = None
    dated = str(found.values["issue_date"].get("text") or "")
    organ, year, serial = damaged[0]
    # 川府发[200733号 over 二○○七年六月十五日: the year is four digits and the date confirms it, so the
    # serial is the rest; unconfirmed, a guess (a digit may be lost too), so no number
    if dated.startswith(year) and (org := doc_number(f"{organ}〔{year}〕{serial}号")):
        found.put("doc_number", "text", org)
        repaired = org  # said as `repaired` if it is the number chosen
    return "damaged", repaired


# A sharing site's banner over the snippet of a copy's text (round fifty-four): the snippet's numbering (1、), then a
# grade of the file and 文档 (精品文档, 优质文档, 精选优质文档: bubsandbeans, jinchutou and taowenge show the form), perhaps a
# dash and the site's short slogan ending in a verb of giving (…奉上, …献上, …呈上). Never a document's words.
COPY_BANNER = re.compile(rf"^\s*(?:\d{{1,2}}\s*、\s*)?(?:精选|精品|优质|优秀|推荐){{1,2}}文档"
                         rf"(?:\s*[-—–－]+\s*[{CJK_RANGE}]{{1,8}}?(?:奉上|献上|呈上))?\s*")
# A document number whose brackets a copy lost, run straight before its notice's 关于 at the heading's start once a
# banner is cut (射科协20134号关于印发…的通知; the page's body cites its other numbers so too: 射科协20131号). Given as
# shown: where its year ends and its serial begins is not told (20134: 2013 and 4, or 201 and 34…), so no brackets
# are put back (round fifty-four).
RUN_NUMBER = re.compile(rf"[{CJK_RANGE}]{{1,10}}{YEAR_DIGITS}\d{{1,4}}号(?=\s*关于)")
# A site's list bullet before the notice's heading (  • 关于开展…的通知, ▪ 某局关于…的决定: a column's list of items, the page's own
# item among them; round eighty): no part of the heading. (A middle dot · inside a name is no bullet: only a line's first mark.)
LIST_BULLET = re.compile(r"^\s*[•▪●◆■]\s*")


# A red header (the bodies and 文件), the number under it and the notice's heading run into one line by a copy (round
# seventy-three: a PDF's text with its lines joined, 某市科学技术协会 某市教育局文件 某科协发〔 2 0 1 4 〕 1 9号 关于…的通知, its digits
# perhaps spaced): the header names the bodies that issue, the number is the notice's, and neither is part of its title.
# As a red header, its number and its title stand on their own lines on a page that keeps them (jlgjxh's 某省教育厅文件 /
# 某教发[2015]1号 / 关于印发…的通知). The header must name whole organs (`_red_header`, `_letterhead`), and 关于 must follow
# the number (with any organ before it), else the line is left as it is.
RUN_RED_HEADER = re.compile(rf"^(?P<header>[{CJK_RANGE} ]{{2,80}}?文\s*件)\s*(?P<number>[{CJK_RANGE}]{{1,10}}\s*"
                            rf"[〔\[【［﹝]\s*(?:\d\s*){{4}}[〕\]】］﹞]\s*第?\s*(?:\d\s*){{1,4}}号)\s*")


def _run_red_header(found: Found, notice: str) -> str:
    """A notice's heading without a red header and number run before it (`RUN_RED_HEADER`), putting the header's
    bodies as the issuer and the number as the notice's; the heading unchanged when no such header opens it."""
    red = RUN_RED_HEADER.match(notice)
    if red is None or not NOTICE.match(rest := notice[red.end():]):
        return notice
    header = red.group("header").replace(" ", "")
    organs = [header.removesuffix("文件")] if _red_header(header) else _letterhead(header)
    if not organs:
        return notice
    found.put("issuer", "notice", "、".join(organs))
    found.put("doc_number", "notice", doc_number(re.sub(r"\s+", "", red.group("number"))))
    return rest


def _notice_heading(found: Found, notice: str) -> str:
    """Put what a notice's heading gives (its number, before or after it; the organ before its
    关于, or the organs of a joint one) and return the notice's title. A sharing site's banner before the
    heading (COPY_BANNER) is no part of it, nor a number run before its 关于 (RUN_NUMBER: the number, as shown),
    nor a red header and its number run before it (`_run_red_header`: the header's bodies and the number)."""
    notice = LIST_BULLET.sub("", COPY_BANNER.sub("", notice, count=1), count=1).strip("|｜ ")  # (a table's bars: round 102)
    if run := RUN_NUMBER.match(notice):
        found.put("doc_number", "notice", run.group(0))
        notice = notice[run.end():].lstrip()
    notice = _run_red_header(found, notice)
    heading = NOTICE.match(notice)
    assert heading is not None  # the notice was chosen as one NOTICE matches
    notice_title = clean_title(heading.group(0))
    after = notice[heading.end():].lstrip(" （(")
    if DOC_NUMBER.match(after):
        found.put("doc_number", "notice", doc_number(after))
    if (m := DOC_NUMBER.match(notice)) and m.end() < heading.end():
        found.put("doc_number", "notice", doc_number(m.group(0)))  # 国发〔2021〕9号国务院关于印发…的通知
        notice_title = clean_title(notice[m.end() : heading.end()])
    found.put("issuer", "notice", _notice_organ(notice_title))
    return notice_title


def _notice_organ(notice_title: str) -> str | None:
    """The organ before a notice's 关于, or the organs of a joint one (科技部 中央宣传部 中国科协关于举办…的通知);
    None when the heading names none."""
    if (m := re.match(r"^(\S{2,30}?)关于", notice_title)) and (is_issuer(m.group(1)) or is_association(m.group(1))):
        return m.group(1)  # (an association of the 科协's family heading its own notice, 某市老科技工作者协会关于…: round eighty)
    head = notice_title.split("关于", 1)[0]
    return "、".join(joint_organs(head)) or counted_bodies(head)  # 某局等十六部门印发关于…: as written (round sixty-one)


def _titles_and_lead(found: Found, structure: Structure, front: list[str], notice_title: str | None,
                     news: bool = False, account: bool = False, headed: bool = False) -> Lead:
    """Put the title a line shows (or the one a notice or lead names and a line shows, or the notice's,
    or a heading of another kind) and what a news lead or notice body names; return the lead. On a page
    read as news (`news`) the lead names the item's document only in its headline or its lead's first three
    sentences (`news_lead_end`; round twenty-two)."""
    paras, roles = structure.paragraphs, structure.roles
    front_roles = ("front",) if structure.recognised else ("front", "other")
    # 《X》全文 on a line of its own is the document's heading; a title glued to the body opens the
    # first paragraph that is no headline (a short line of no sentence: a site's section, 科普工作动态) and no
    # file's name (某市…实施方案（2021—2025年）.pdf over the heading a pdf's text runs on; round seventeen)
    glued = next((n for n, t in enumerate(front)
                  if (len(t) > HEADLINE_CHARS or SENTENCE_MARK.search(t)) and not FILE_NAME.search(t)), 0)
    texts = [p.text for p in paras]
    front = [_shared_file(t, texts[texts.index(t) + 1 :]) if FILE_NAME.search(t) else t for t in front]
    titles = [clean_title(m.group(1) if (m := WHOLE_TEXT_HEADING.fullmatch(t) or WHOLE_TEXT_RUN.match(t)
                                         or DOC_SHARING_HEAD.match(t)
                                         or (n == glued and GLUED_TITLE.match(t))) else _caption(t) or t)
              for n, t in enumerate(front)]
    titles = [_explained(t) for t in titles]  # 某县…实施方案政策解读: the plan it explains
    # a heading a site marks as its own section (政策解读：《X》) names the page's document too
    told = before_byline([p.text for p, r in zip(paras, roles, strict=True)
                          if r in front_roles or (r == "chrome" and explains(p.text))])
    # on a page that is neither news nor the document (`account`: a summary, a yearbook's section, a copy) a subject's
    # naming is read in its opening paragraph only (round forty-three)
    named_lead = lead(told, news_lead_end(told) if news else None, opening_text(told) if account else None, signed=news)
    if news and named_lead.title is None and lead(told).title is not None:
        # a document the body names after the lead (会后，县科协印发了《X》): named in passing, not the item's
        found.dropped["title"] = found.dropped["issuer"] = NEWS
    lead_title, lead_issuer = named_lead.title, named_lead.issuer
    if lead_title and _own_publicity(texts):
        # a 公示 or meeting notice of its own recounting the document it follows (某局于3月2日发布《关于征集…的通知》…现将
        # 评审得分情况进行公示; 科技部某司下发了《…通知》…具体安排如下): the document it names is its basis, never its
        # title, number or issuer (round eighty-seven)
        found.dropped["title"] = BASIS
        named_lead = Lead()
        lead_title = lead_issuer = None
    found.put("doc_number", "lead", named_lead.number)
    shown = set(titles)  # the document the notice or lead names, shown as its own line
    forwarding = notice_title is not None and FORWARDING.search(notice_title) is not None
    # (a forwarded document's heading under its forwarding notice names the attachment, not the page's: round sixty-two)
    # (the name of what a notice issues that is no document, 关于印发某年度某某基地名单的通知 over 附件 / 某年度某某基地名单:
    # a list the notice sends, the notice the page's document; round seventy-seven)
    inner = inner_title(notice_title) if notice_title and not forwarding else None
    named = [t for t in (None if inner is None or (inner != notice_title and carried(notice_title) == notice_title)
                         else inner,
                         None if notice_title and CARRIER.search(notice_title)
                         and TWO_CARRIED.search(inner_title(notice_title)) else lead_title)
             if t in shown]  # (a heading issuing several documents names none the body's 制定了《A》《B》 names first)
    piece = next((n for n, t in enumerate(front) if PIECE_HEADING.match(t)), None)
    if piece is not None and any(is_title(t) for t in titles[:piece]):
        # a collection's name over its first piece (社区科普活动策划书 / 篇一：某社区…活动方案): the page's title is the
        # collection's, never a piece's (round forty-five)
        titles = titles[:piece]
    issued_names = _issued_together(notice_title, texts)
    issued = {name_key(name) for name in issued_names}
    if first := _first_of_counted(notice_title):
        # 关于印发某市打赢蓝天保卫战实施方案等十个实施方案的通知 over the first plan's heading: the notice issues several, counted
        # in its own name, and is the page's document; the first it names is no title (round one hundred and fifteen)
        titles = [t for t in titles if not name_key(t).startswith(first)]
        named = [t for t in named if not name_key(t).startswith(first)]
        issued.add(first)
    if issued:
        # 关于印发蓝天碧水净土保卫战2021年工作方案的通知 whose body issues 《A》《B》《C》 together: the notice is the page's
        # document, none of the plans it carries its title (round one hundred and nine); their period, where all share one
        # (《某省妇女发展规划（2011-2020年）》和《某省儿童发展规划（2011-2020年）》), is the notice's
        titles = [t for t in titles if name_key(t) not in issued]
        spans = {(int(m.group(1)), int(m.group(2))) if (m := PERIOD.search(name)) else None for name in issued_names}
        if len(spans) == 1 and (span := spans.pop()) is not None and 0 < span[1] - span[0] <= 20:
            found.put("period", "notice", span)
    if notice_title and carried(notice_title) == notice_title:
        # a notice of its own (关于举办…的通知, carrying no document) over its attachment's name (附件：某某大赛实施方案):
        # the notice is the page's document, the attachment never its title (round forty-five)
        titles = [t for t, line in zip(titles, front, strict=False) if not ATTACHMENT_LABEL.match(line)]
        if forwarding:
            # a notice forwarding another body's document (关于转发某市…方案的通知) over the forwarded document's heading:
            # the forwarding notice is the page's document, the forwarded one its attachment (round sixty-two)
            titles = [t for t in titles if len(name_key(t)) < 4 or name_key(t) not in name_key(notice_title)]
    titles = [t for t in titles if is_title(t)]
    if titles and lead_title and _cut_short(titles[-1], lead_title):
        # the heading a page cut before its name's end (某市贯彻…规划纲要 / [实施方案（2021—2025年）lost], the
        # page ending there or the rest wrapped away) under a notice body or lead naming the whole (现将《某市贯彻…
        # 规划纲要实施方案（2021—2025年）》印发给你们): the whole name (round nineteen)
        found.put("title", "text", lead_title)
    elif titles:
        found.put("title", "text", titles[-1])
        found.put("issuer", "text", _heading_organ(titles[-1]))  # 某省人民政府关于贯彻《…》的实施意见
    elif named:
        found.put("title", "text", named[0])  # 关于印发《某某工作要点》的通知 … 某某工作要点
    elif notice_title:
        # 关于印发《X》的通知: the plan is X (the notice itself where its body issues several at once)
        found.put("title", "notice", notice_title if issued else carried(notice_title))
    else:
        # 对…建议的答复 over its number, 对…第114号提案的答复 (a reply to a deputy's proposal): a document of
        # another kind; the organ its heading opens with (某县人民政府对…) is its issuer
        other = _numbered_heading(front) or _reply_heading(front)
        if other is None and headed and lead_title is None and found.first("title") is None:
            # a heading naming its document's kind on a line of its own (round sixty-two)
            other, why = _kind_heading(structure)
            if why:
                found.dropped.setdefault("title", why)
        found.put("title", "text", other)
        found.put("issuer", "text", _heading_organ(other) if other else None)
    found.put("title", "lead", lead_title)
    found.put("issuer", "lead", lead_issuer)
    if notice_title is None and lead_title is None and found.first("title") is None:
        _notice_file(found, [p.text for p in paras])
    if lead_title and not lead_issuer:
        found.put("issuer", "lead", _heading_organ(lead_title))  # 《中国科协关于命名…的决定》发布: the organ its title opens with
    return named_lead


# A notice's own file offered under a body that shows no heading (文件下载：关于公布…获奖名单的通知常科协〔2020〕84号.doc,
# 附件：关于公布…获奖名单的通知.doc: a 科协's results notice whose page prints only its body, the file its whole): the file's
# name is the notice's title, a number glued before its extension the notice's number (round one hundred and three).
# Only a notice's own heading (OWN_NOTICE whole: 关于公布…的通知, not 关于印发《X》的通知 nor a list or a plan).
NOTICE_FILE = re.compile(rf"(?:文件下载|附件下载|附件|下载)\s*[：:]\s*(?:\d\s*[.．、]\s*)?"
                         rf"(?P<name>[^：:。；\n]{{6,150}}?的(?:通知|通报|决定|公告|公示))"
                         rf"(?P<number>{DOC_NUMBER.pattern})?\s*\.(?:docx?|pdf|wps|ofd)\s*$", re.IGNORECASE)


def _notice_file(found: Found, texts: list[str]) -> None:
    """Put a notice's title (and number) from its own file offered under a body without a heading (NOTICE_FILE). A body
    that relays another body's notice (现将省科技厅《关于…的通知》转发给你们) offers that notice, never its own."""
    if any("转发" in text for text in texts):
        return
    for text in texts:
        if (m := NOTICE_FILE.search(text.strip())) and OWN_NOTICE.fullmatch(name := m.group("name").strip()):
            found.put("title", "label", name)
            found.put("issuer", "label", _heading_organ(name))
            if m.group("number"):
                found.put("doc_number", "label", doc_number(m.group("number")))
            return


# A line that opens a copy's body: a part or group heading (一、, （一）, 第一章, 1.), where a copy's title can no
# longer stand.
NUMBERED_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]"
                           r"|第[一二三四五六七八九十\d]{1,3}[章节条部分]|\d{1,2}\s*[、.．](?!\d))")
# A name's end once a site's suffix is cut from it: a document word, perhaps a period in brackets after it.
DOCUMENT_END = re.compile(rf"(?:{DOCUMENT_WORDS.pattern})\s*(?:[（(][^（）()]{{1,20}}[）)]\s*)*$")
# a copy's title stands among the first paragraphs of its head, under the site's furniture (paragraphs, so a
# disclaimer wrapped over many lines counts once), and within its first lines
COPY_TITLE_PARAGRAPHS = 12
COPY_TITLE_LINES = 40
COPY_REPEAT_LINES = 3  # …and a site's crumbs glued before it show as the name repeated bare within this many lines
# A line's opening that continues the sentence of the line above (…指导意见 / 的工作任务…): that line is no title.
CONTINUED = re.compile(r"^[的地得之和及与、等了）)，。；]")


# A notice body's sentence issuing several documents together (《A》《B》《C》已经省政府同意，现印发给你们; 现将《A》和《B》印发给你们).
ISSUED_RUN = re.compile(r"《[^《》]{2,80}》(?:\s*(?:和|及|与|、|以及)?\s*《[^《》]{2,80}》)+")
ISSUING_LINES = 12  # the issuing sentence stands in the notice's first paragraphs
ISSUE_WORDS = re.compile("印发给你们|转发给你们|现予印发|现印发")
ISSUE_GAP = 20  # 已经省政府同意，现: the words between the run and the issuing words


# A carrying notice's name counting the documents it issues after the first (…实施方案等十个实施方案, 《X》等四个办法（指引）,
# X等11个专项规划, X等六部应急预案): the notice issues several (round one hundred and fifteen).
COUNTED_SEVERAL = re.compile(r"^(?P<first>.{4,}?)等\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|项|部|件|份|类)")


def _first_of_counted(notice_title: str | None) -> str | None:
    """The name key of the first document a carrying notice's name counts several after (`COUNTED_SEVERAL`: 关于印发X等十个
    实施方案的通知 → X's key), or None. A notice counting places or bodies (关于在天津等12个市设立…, 某厅等十六部门印发…)
    carries no 印发 of its own named document first and gives none."""
    if not notice_title or not CARRIER.search(notice_title) or FORWARDING.search(notice_title):
        return None
    inner = inner_title(notice_title)
    m = COUNTED_SEVERAL.match(inner) if inner != notice_title else None
    return name_key(m.group("first")) or None if m else None


def _issued_together(notice_title: str | None, texts: list[str]) -> list[str]:
    """The names of the documents a notice's body issues together: a run of them (ISSUED_RUN) right before the words that
    issue them (ISSUE_WORDS, within ISSUE_GAP characters: 《A》《B》已经省政府同意，现印发给你们; 现将《A》和《B》印发给你们), where the
    notice's own title carries (关于印发…) and names none of them in 《》; empty otherwise (round one hundred and nine: a
    notice issuing three battles' plans under one name was titled as the first)."""
    if not notice_title or not CARRIER.search(notice_title) or TWO_CARRIED.search(inner_title(notice_title)):
        return []
    for text in texts[:ISSUING_LINES]:
        for issue in ISSUE_WORDS.finditer(text):
            runs = [run for run in ISSUED_RUN.finditer(text, 0, issue.start()) if issue.start() - run.end() <= ISSUE_GAP]
            if runs:
                return re.findall("《([^《》]{2,80})》", runs[-1].group())
    return []


def _copy_titles(found: Found, structure: Structure) -> None:
    """A copy's title (round twenty): a title the rules above give, without the count or format its site glues
    after the name (…工作计划（word版）, …方案8篇); where they give none, the first line of its head naming a plan
    (`_copy_title`)."""
    titles = found.values["title"]
    alone = _furniture_lines(structure)
    for source, value in titles.items():
        if isinstance(value, str) and (bare := without_furniture(value, alone)) != value and is_title(bare):
            value = titles[source] = bare  # •相关推荐 over the name, joined as one line (round twenty-one)
        if isinstance(value, str) and (cut := copy_name(value)) != value and DOCUMENT_END.search(cut):
            titles[source] = cut
    head = _copy_title(structure)
    if titles and head and head[1] and head[0] not in titles.values():
        for source in titles:
            titles[source] = head[0]  # a collection's name above its first piece's (round twenty-one)
    if not titles:
        found.put("title", "text", head[0] if head else _copy_file_title(structure) or _described_title(structure)
                  or _lead_named_title(structure))
    if found.first("title") is None:
        # no line of the head, file name, description or lead names the file: the site's frame alone (banners, page
        # counts, upload labels, a list of notices) is no title, and none is guessed from it (round fifty-four)
        found.dropped.setdefault("title", SITE_FRAME)


# A piece's number a 范文 site runs after a plan's name on the heading of the first piece it collects (…工作计划篇一,
# …活动方案篇1; round fifty-four): the name before it is a plan's.
PIECE_SUFFIX = re.compile(r"\s*篇\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*$")


# A site's banner and its 首页 (or 返回首页) run into a notice's heading on one line (某某网某某信息化返回首页关于举办…的通知,
# 首页河北省河北省科技厅关于公布…的通知): the site's path, never part of the title (round ninety-seven).
HOME_RUN = re.compile(r"^.{0,80}?(?:返回)?首页\s*(?P<rest>.{0,40}?关于.+)$")


def _home_cut(found: Found) -> None:
    """Cut a site's banner and 首页 from the front of each title (`HOME_RUN`): the heading after it, its organ kept where the
    words before 关于 are one organ (某省科技厅关于…), else from 关于 on (a region and an organ run together, 河北省河北省科技厅: the
    site's crumbs, its region's name twice, not a sender)."""
    titles = found.values["title"]
    for source, title in list(titles.items()):
        if not isinstance(title, str) or (m := HOME_RUN.match(title)) is None:
            continue
        rest = m.group("rest")
        head = rest.split("关于", 1)[0]
        run = opening_region(head)  # the region's name twice (河北省河北省) is the crumbs' run, read by the division table
        doubled = run > 0 and run % 2 == 0 and head[: run // 2] == head[run // 2 : run]
        organ = bool(head) and is_issuer(head) and not doubled
        titles[source] = rest if not head or organ else rest[len(head):]


def _site_suffixed_title(found: Found, structure: Structure) -> None:
    """The title of a page no cue read as a copy although a site framed it (book118's stats lines, a 范文 page opening with
    general sentences and no editor's offer; round fifty-four), where no rule gave one: the first line of its head that is
    a plan's name with the site's word for its edition (科普工作计划精编: book118) or a piece's number (老科协下年工作计划篇一:
    xuefen) after it, as shown (the facts keep the word; a copy's own rules, `_copy_title`, read it so on a copy). The
    head is read as a copy's (COPY_TITLE_PARAGRAPHS, up to the body's first numbered line); a line that is a title as it
    stands, a sentence, a file's name, or a name whose stem is no plan's (`is_title`) gives none."""
    if found.first("title") is not None:
        return
    for para, role in list(zip(structure.paragraphs, structure.roles, strict=True))[:COPY_TITLE_PARAGRAPHS]:
        if role not in ("front", "other"):
            continue
        for line in para.lines or [para]:
            text = line.text.strip()
            if NUMBERED_LINE.match(text):
                return
            if SENTENCE_MARK.search(text) or FILE_NAME.search(text) or is_title(text):
                continue
            stem = edition_name(text) or (PIECE_SUFFIX.sub("", text) if PIECE_SUFFIX.search(text) else None)
            if stem and len(stem) >= 6 and is_title(stem):
                found.put("title", "text", clean_title(text))
                return


# A sharing site's lead under a piece's name (导语：X一文来源于网友上传，不代表本站观点…): X names the piece the page copies
# (round forty-nine; eimio's and ushengzhilian's copies show it).
# A 范文 site's preface says the same (前言：本站为你精心整理了X范文，希望能为你的创作提供参考…; round fifty-four: 637916,
# 83352 and emersonct show it, the first two under the piece's name): a preface saying the site gathered (整理了) X as a
# model text (范文, 范例, 例文) for the reader.
SITE_LEAD = re.compile(r"^\s*(?:导语\s*[:：]\s*(?P<name>\S.{3,60}?)一文来源于"
                       r"|前言\s*[:：]\s*[^，。；：]{0,12}?整理了\s*(?P<prefaced>[^，。；：《》]{4,60}?)(?:范文|范例|例文)\s*[，,。])")
# A talk's name (…开幕讲话, …上的致辞): a talk is no issued document (holdout27's speech), so a preface naming one gives no
# title (83352's 科技活动周开幕讲话, title `?`).
TALK_END = re.compile(r"(?:讲话|致辞|发言|演讲|讲稿|演讲稿)$")
SITE_LEAD_ABOVE = 3  # the piece's name stands at most this many lines over the lead (its posting time between)


def _lead_named_title(structure: Structure) -> str | None:
    """A copy's title where nothing else gives one: the name a sharing site's lead gives its piece (SITE_LEAD), when the
    page shows that name on a line of its own right over the lead (SITE_LEAD_ABOVE lines; a headline or a site's
    furniture may stand above it) (the site's heading repeats it: “科普惠农兴村计划”总结的补充说明 /
    时间：… / 导语：“科普惠农兴村计划”总结的补充说明一文来源于网友上传…). None otherwise: a lead alone names no
    title (its name may be the site's shortening), nor a name no line over the lead shows. A 范文 site's preface
    (前言：本站为你精心整理了X范文…) is read so too, a talk's name aside (TALK_END; round fifty-four)."""
    texts = [line.text.strip() for para in structure.paragraphs[:COPY_TITLE_PARAGRAPHS] for line in para.lines or [para]]
    for n, text in enumerate(texts):
        if (m := SITE_LEAD.match(text)) and (name := (m.group("name") or m.group("prefaced")).strip()) in \
                texts[max(0, n - SITE_LEAD_ABOVE):n] \
                and not SENTENCE_MARK.search(name) and not (m.group("prefaced") and TALK_END.search(name)):
            return clean_title(name)
    return None


# A sharing site's label over its text's opening (文档简介, 文档介绍), and that opening: the document's name, perhaps after
# the page count the site glues before it (第2页共2页), run straight into its body's first words (…实施方案为深入开展…,
# …工作方案参考模板一、背景分析), as the numbered snippet's head (DOC_SHARING_HEAD) runs (round forty-one).
DESCRIPTION_LABEL = re.compile(r"文档(?:简介|介绍)\s*[:：]?")
DESCRIBED_NAME = re.compile(
    rf"^\s*(?:第\s*\d*\s*页\s*共\s*\d*\s*页)?\s*(?P<title>[^，。；：《》\s|]{{4,40}}?{alternatives(*PLAN_KINDS)})"
    rf"(?=(?:参考模板|模板|范文)?(?:为|根据|按照|{YEAR_DIGITS}年是|一、))")
DESCRIBED_PARAGRAPHS = 3  # the label and the name stand within this many paragraphs (a page count between them)


def _described_title(structure: Structure) -> str | None:
    """A copy's title where no line of its head nor file name gives one: the name opening the text under its site's
    description label (DESCRIPTION_LABEL, DESCRIBED_NAME), when it names a plan (`is_title`). None otherwise."""
    texts = [p.text for p in structure.paragraphs[: COPY_TITLE_PARAGRAPHS + DESCRIBED_PARAGRAPHS]]
    for n, text in enumerate(texts[:COPY_TITLE_PARAGRAPHS]):
        if label := DESCRIPTION_LABEL.search(text):
            rest = text[label.end():] + "".join(texts[n + 1 : n + DESCRIBED_PARAGRAPHS])
            m = DESCRIBED_NAME.match(rest)
            return name if m and is_title(name := clean_title(m.group("title"))) else None
    return None


# A shared file's name in a copy's head: on its own line with a site's grade glued on (某某方案.docVIP), or in the
# site's sentence about it (《某某计划范文.docx》由会员分享…).
COPY_FILE = re.compile(r"(?:^|《)\s*([^《》\s。，]{6,60}?)\s*\.(?:docx?|wps|pdf|pptx?|txt)\s*(?:》|(?:VIP|vip)?\s*$)",
                       re.IGNORECASE)


def _copy_file_title(structure: Structure) -> str | None:
    """A copy's title where no line of its head names a plan (round twenty-one): the name of the file its site shows
    in its head (COPY_FILE), once the count and format its site glues after the name are cut (`copy_name`), when
    that names a plan (`is_title`). None when no such file stands in the first COPY_TITLE_PARAGRAPHS paragraphs."""
    for para in structure.paragraphs[:COPY_TITLE_PARAGRAPHS]:
        for line in para.lines or [para]:
            if (m := COPY_FILE.search(line.text.strip())) and (
                    is_title(name := clean_title(copy_name(m.group(1)))) or is_standard(name)):
                return name
    return None


def _furniture_lines(structure: Structure) -> set[str]:
    """The lines of the page's head that are nothing but a site's furniture (•相关推荐, 上一篇：; round twenty-one)."""
    return {text for para in structure.paragraphs[:COPY_TITLE_PARAGRAPHS * 2] for line in para.lines or [para]
            if furniture_only(text := line.text.strip())}


# A site's crumbs (首页 \ 实用范文 \ 公文写作 \ 策划书, 首页 > 范文 > 计划): the path to the page, whose last crumb may be a plan
# word, never the title (round thirty-five).
CRUMBS = re.compile(r"首页\s*[\\>›»/|]")


def _copy_title(structure: Structure) -> tuple[str, bool] | None:
    """The title of a copy on a 范文, template or document-sharing site (round twenty): the first line of the
    page's head (its first COPY_TITLE_PARAGRAPHS paragraphs and COPY_TITLE_LINES lines that are no site chrome,
    before the first part or group heading) that names a plan on its own (`is_title`: a plan word at its end, no sentence, no 《》 opening it,
    no news verb, no notice, no organ), once the count and format its site glues after the name are cut
    (全国科普日活动方案8篇（完整文档）, …方案--第1页: `copy_name`). The site's furniture above it (disclaimers,
    a spam site's name, a file's name: 某某平台某某方案.pdf, which the sharing-file rule reads) is skipped:
    sentences, lines of no plan word; so is the furniture run into the name (•相关推荐X, 上一篇：X: `without_furniture`,
    round twenty-one). With the title, whether its line is a collection's name (…方案范文, …计划精选, …方案（通用20篇）:
    `collection_name`). None when no such line stands there."""
    alone = _furniture_lines(structure)
    seen = paragraphs = 0
    for index, (para, role) in enumerate(zip(structure.paragraphs, structure.roles, strict=True)):
        if role == "chrome":
            continue
        paragraphs += 1
        if role not in ("front", "other") or paragraphs > COPY_TITLE_PARAGRAPHS:
            return None  # the body's first heading: a line under it is the body's
        own = [t for line in para.lines or [para] if (t := line.text.strip())]
        # …and the first lines of the paragraphs below it (where a wrapped sentence goes on, or a name repeats)
        lines = own + [(later.lines or [later])[0].text.strip()
                       for later in structure.paragraphs[index + 1 : index + 1 + COPY_REPEAT_LINES]]
        for n, text in enumerate(own):
            seen += 1
            if seen > COPY_TITLE_LINES or NUMBERED_LINE.match(text):
                return None
            if FILE_NAME.search(text) or SENTENCE_MARK.search(text) or CRUMBS.search(text):
                continue
            if n + 1 < len(lines) and CONTINUED.match(lines[n + 1]):
                continue  # …提高全区公民素质指导意见 / 的工作任务…: a sentence wrapped, no title
            text = without_furniture(text, alone)
            name = clean_title(copy_name(text))
            if len(name) >= 6 and not is_title(name) and (stem := edition_name(name)) and is_title(stem):
                # 科普工作计划精编, …活动方案汇总（模板12篇）: a plan's name with the site's word for its edition, the
                # title as the page names its file (round twenty-eight)
                return name, True
            if len(name) >= 6 and not is_title(name) and is_standard(name):
                # 某区科普示范小区测评考核表（试行）: a standard of assessment a copy holds (round thirty)
                return name, False
            if len(name) >= 6 and is_title(name):
                # 首页精品范文某某工作计划 over 某某工作计划: a site's crumbs (首页, a sharing site's word) glued before
                # the name the next lines show bare
                shorter = (clean_title(copy_name(t)) for t in lines[n + 1 : n + 1 + COPY_REPEAT_LINES])
                return next((t for t in shorter if t != name and name.endswith(t) and len(t) >= 6 and is_title(t)
                             and _site_words(name[: -len(t)])), name), collection_name(text.strip()) is not None
    return None


def _site_words(text: str) -> bool:
    """Whether `text` holds a site's crumb or frame word (首页, a sharing or sharing_hint word of the page cues)."""
    words = cue_words()
    return "首页" in text or any(w in text for w in (*words["sharing"], *words["sharing_hint"]))


def _heading_over_label(front: list[str]) -> str | None:
    """A notice's heading standing right above its body under a site's label that names it otherwise (a copy
    headed 关于举办2019年…的通知 by its site, the document's own heading 关于举办2020年…的通知 under it): the
    heading, the last notice line before the body's first sentence, when it and the first notice line there
    name different notices (round twenty). None when the head shows one notice or the same one twice."""
    head = []
    for text in front:
        if SENTENCE_MARK.search(text):
            break
        if m := NOTICE.match(text):
            head.append(clean_title(m.group(0)))
    if len(head) >= 2 and _notice_key(head[-1]) != _notice_key(head[0]):
        return head[-1]
    return None


def _organ_of_same_notice(found: Found, front: list[str], notice_title: str) -> None:
    """Put the organ of the page's notice from a heading of the same notice under the one chosen, where that one
    names none (a site's title 关于开展…的通知 over the document's own 某省科学技术厅关于开展…的通知, the page cut
    before its signature; round thirty-one). Headings above the body's first sentence only."""
    if "notice" in found.values["issuer"]:
        return
    key = _notice_key(notice_title)
    for text in front:
        if SENTENCE_MARK.search(text):
            return
        # (the organ read as the chosen heading's is: `_notice_organ`)
        if ((m := NOTICE.match(text)) and _notice_key(heading := clean_title(m.group(0))) == key
                and (organ := _notice_organ(heading))):
            found.put("issuer", "notice", organ)
            return


def _notice_key(heading: str) -> str:
    """A notice's heading as compared: what follows its 关于, letters and digits only (an organ before it, the
    brackets of a period and marks aside: 某办公室关于印发X（2021-2025年）的通知 and 关于印发X2021-2025年的通知 are
    one notice; 关于举办2019年… and 关于举办2020年… are two)."""
    return re.sub(r"[\W_]+", "", heading.split("关于", 1)[-1])


# An attachment's label alone on its line (附件：, 附件2:), the file's link on the next.
ATTACHMENT_LABEL = re.compile(r"附件\s*\d*\s*[：:]?")
# An attachment named with its list's number under the label (附件： / 1.某某工作要点 / 2.某某报名表).
LISTED_ATTACHMENT = re.compile(r"^\d{1,2}\s*[.．、]\s*\S")
# …or under the label holding the list's first item (附件：1.某某回执 / 2.某部关于开展…的通知; round eighty-two).
FIRST_LISTED_ATTACHMENT = re.compile(r"^附件\s*[：:]\s*1\s*[.．、]\s*\S")


# An attachment's label alone on its line, a list's word after it (附件列表：) or not.
ATTACHMENT_ALONE = re.compile(r"附件\s*(?:\d{1,2}|列表|清单)?\s*[：:]?")


def _without_attachment_links(front: list[str]) -> list[str]:
    """The page's lines without its attachments' file links (附件： / 闽科协普〔2024〕20号某省科协等21部门关于举办…的通知.pdf, 附件2：
    关于举办…的通知.pdf): a file a notice sends on under its body is no heading, number or signer of the page's own (a
    relayed notice's name and number were read as the page's; round thirty-seven). A file's name opening a page (a pdf's
    name over its text) is kept: `_shared_file` reads it. The attachments listed by number under the label alone (附件： /
    1.某某2022年科普工作要点 / 2.…) are dropped too, files or not: a relaying notice's attachment, named with its list's
    number, was read as the page's title (round forty; it completes round thirty-seven's rule); so are those under a label
    holding the list's first item (附件：1.某某回执 / 2.某部关于…的通知; round eighty-two)."""
    kept, listed = [], False
    for n, t in enumerate(front):
        listed = (listed or (n > 0 and (ATTACHMENT_LABEL.fullmatch(front[n - 1].strip()) is not None
                                        or FIRST_LISTED_ATTACHMENT.match(front[n - 1].strip()) is not None))) \
            and LISTED_ATTACHMENT.match(t) is not None
        if not listed and not (FILE_NAME.search(t) and (NAMED_ATTACHMENT.match(t) or (
                n > 0 and ATTACHMENT_LABEL.fullmatch(front[n - 1].strip())))):
            kept.append(t)
    return kept


def _shared_file(line: str, texts: list[str]) -> str:
    """A shared document's file name on a line of its own (某县…实施意见.docx, as a document-sharing
    site heads its copy) is the document's name when one of the SHARED_BELOW paragraphs below it
    (`texts`) opens with that name again, its 《》 perhaps dropped and after the copy's numbering
    (1、某县…实施意见全民…), and is no file's name itself; a name in 《》 there must be the whole of
    it. Otherwise the line as it is: an attachment's link (附件：某某要点.doc) at a page's end, or
    under a notice on 《某市…纲要实施方案》 that a mirror repeats below it, is no title."""
    if not (m := FILE_NAME.search(line)):
        return line
    name = line[: m.start()].strip()
    bare = re.sub("[《》〈〉]", "", name)
    if len(bare) < 6:
        return line
    for t in texts[:SHARED_BELOW]:
        run = SHARED_RUN.sub("", t, count=1)
        if FILE_NAME.search(t) or (run.startswith("《") and re.sub("[《》〈〉]", "", run[: run.find("》") + 1]) != bare):
            continue  # another file's name, or a longer document's name in 《》 (《…纲要实施方案》)
        if re.sub("[《》〈〉]", "", run).startswith(bare):
            return name
    return line


# An office's own document number (吐政办函〔2023〕30号, 某县政办发, 国办发, 科协办发): the organ's abbreviation, then 办
# before the kind of paper (发, 函, 字, 电), then the year; the organ's own papers have none (某政发, 某政函).
OFFICE_NUMBER = re.compile(r"^[^〔\[［(（【\d]*办[发函字电]")
OFFICE_SUFFIX = re.compile(r"办公室|办公厅")


def _office_over_organ(found: Found) -> None:
    """The office a site's 发布机构 names over the organ line it extends (round seventy-two): an organ line without
    a date (某市人民政府, a government portal's name over its 政府信息公开 page) names the organ, the site's field
    its office (某市人民政府办公室), and the page's number is the office's own (某政办函〔2023〕30号): the paper is
    the office's, not the organ's. An organ's own number (某政发) keeps the organ, the office then only the page's
    publisher (as a notice's organ is kept over it, `_reconcile_issuers`); so does a page without a number."""
    issuers = found.values["issuer"]
    organ, label = str(issuers.get("text") or ""), str(issuers.get("label") or "")
    numbers = [str(n) for n in found.values["doc_number"].values()]
    if (organ and label.startswith(organ) and OFFICE_SUFFIX.fullmatch(label[len(organ):])
            and numbers and all(OFFICE_NUMBER.search(n) for n in numbers)):
        issuers["text"] = label


def _reconcile_issuers(found: Found, signers: list[tuple[bool, str]], lines: list[int], lead_title: str | None,
                       kept: tuple[str, ...] | None = None) -> None:
    """The issuers as one document's: a notice's organ over a site's 发布机构, an organ line without a
    date for a page that shows a document, and no lead's number or issuer when it names another. `kept`: on
    news, the sources of a title the news rule keeps (`_news_subject`); the lead's document is compared with
    that title only, as a line's title (the headline) is dropped after (round twenty-five)."""
    issuers = found.values["issuer"]
    if "notice" in issuers and issuers.get("label") not in (None, issuers["notice"]):
        # the organ a notice's own title names (某州人民政府关于印发…) over a site's 发布机构 (the office that
        # put the page up: 某州人民政府办公室)
        issuers["label"] = issuers["notice"]
    if signers and (found.values["title"] or found.values["doc_number"]):
        # an organ line without a date (a red header: 某县人民政府文件) names the issuer of a page that
        # shows a document; alone over text (an encyclopedia entry on the organ) it names no one. Organ lines
        # right under it sign with it (中共某省委办公厅 / 某省人民政府办公厅 / 2011114, a date a site stripped that
        # reads two ways, or none: a joint signature, not its first organ; round nineteen)
        run = 1
        while run < len(signers) and lines[run] == lines[run - 1] + 1 and not signers[run][0]:
            run += 1
        found.put("issuer", "text", "、".join(dict.fromkeys(organ for _, organ in signers[:run])))
        _office_over_organ(found)
    if (heading := issuers.get("notice")) and (line := issuers.get("text")) and heading.startswith(line) and \
            LEAD_AMONG.fullmatch(heading, len(line)):
        # 教育部 / 教育部等十八部门关于…的意见: the lead organ alone on its line, the heading naming it first of several;
        # the heading's organs issue (round one hundred and six)
        issuers["text"] = heading
    titles = found.values["title"]
    chosen = str((found.first("title") if kept is None
                  else next((titles[s] for s in SOURCES if s in kept and s in titles), None)) or "")
    if lead_title and chosen and not _same_document(lead_title, chosen):
        found.values["doc_number"].pop("lead", None)  # 中国科协下发了《…意见》（科协发普字〔2005〕32号）: another document's
        issuers.pop("lead", None)


# The rest of a heading's organ that names its lead first of several (教育部等十八部门, 某局等5部门): 等, a count, its bodies.
LEAD_AMONG = re.compile(r"等\s*(?:[一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:个)?(?:部门|单位|部委|家单位)")

# What a cut heading lost (实施方案, 工作要点, 实施细则): the end of a plan's name.
PLAN_WORDS_END = re.compile(alternatives(*PLAN_KINDS, DIVISION_TABLE, "意见", "细则") + "$")
# A period given as three years (实施方案（2006-2010-2020年）, the 2006 outline's span and its first stage): the plan's
# period runs from the first to the last, not over the first two (round nineteen).
THREE_SPAN = re.compile(rf"[（(]?({YEAR_DIGITS})\s*年?\s*[—―─\-–－~～]+\s*{YEAR_DIGITS}\s*年?\s*[—―─\-–－~～]+\s*"
                        rf"({YEAR_DIGITS})\s*年?[）)]?")


# Where a news page's own fields may come from (round twenty-two): the document its headline or lead names
# (``lead``) and the page's date (``page``). A line's title, a site label's and a signature's organ are the
# headline's, the site's and the reporter's; a heading explaining a document (…政策解读) names it.
NEWS_SOURCES = ("lead", "page")
SITE_FRAME = "site frame"  # the title_source of a copy whose head names no file: only its site's frame shows
NEWS = "news"  # the source of a field a news page leaves empty for that reason
NEWS_HEAD_LINES = 6  # a heading explaining a document stands among the page's first lines (pagekind's headlines)
BASIS = "basis"  # the title_source of a 公示 or notice whose body names only the document it follows (round eighty-seven)
# A 公示's or meeting notice's own words (现将…进行公示, 现予以公示, 公示期内, 公示时间：, 具体安排如下): the page is a document of
# its own, whatever its body recounts first; and the words that issue what the body names (现将《X》印发给你们, 现印发给你们):
# a notice issuing X, whose X is the page's document (round eighty-seven).
OWN_PUBLICITY = re.compile(r"(?:现将|现对)[^。；]{0,60}(?:进行|予以)公示|现予(?:以)?公示|公示期(?:内|为|限)|公示时间[：:]"
                           r"|具体安排如下|现将有关(?:事项|事宜)(?:通知|安排)如下")
ISSUING_NOW = re.compile(r"印发给你们|现印发|现予印发|现将[^。；]{0,80}印发|转发给你们|现转发")


def _own_publicity(texts: list[str]) -> bool:
    """Whether the page's body holds a 公示's or meeting notice's own words and none that issue or forward what it names
    (OWN_PUBLICITY, ISSUING_NOW): a document of its own, its body's 《X》 its basis."""
    body = "".join(texts)
    return OWN_PUBLICITY.search(body) is not None and ISSUING_NOW.search(body) is None


def _explains_heading(front: list[str]) -> bool:
    """Whether a heading among the page's first lines explains a document (某县…实施方案政策解读): a news page's
    line then names its document, and `_news_subject` keeps it."""
    return any(_explained(t) != t or explains(t) for t in front[:NEWS_HEAD_LINES])


def _news_subject(found: Found, front: list[str]) -> None:
    """On a page read as news, keep only the fields its subject gives (`NEWS_SOURCES`): the title, issuer,
    number and period a line, label or signature gave are dropped (a headline ending in 规划纲要, a site's
    名称：/电话： labels, a town 科协's name and date under its report), unless a heading explains the
    document the line names (某县…实施方案政策解读). A field so emptied has source ``news``."""
    if _explains_heading(front):
        return
    for key in ("title", "doc_number", "issuer"):
        values = found.values[key]
        dropped = [s for s in values if s not in NEWS_SOURCES]
        if key == "title" and any(PERIOD.search(str(values[s])) for s in dropped):
            found.dropped["period"] = NEWS  # the years a dropped title gave
        for source in dropped:
            del values[source]
        if dropped and not values:
            found.dropped[key] = NEWS


def _periods(found: Found) -> None:
    """Put the period each title of the chosen document gives (its own years, outside a document it
    names in 《》 or 〈〉, or that document's when it has none; none for a five-year title)."""
    chosen = str(found.first("title") or "")
    for source in ("text", "notice", "label", "lead"):
        title = found.values["title"].get(source)
        if not isinstance(title, str) or not _same_document(title, chosen):
            continue  # a news lead naming another document (国务院颁布了《纲要》) gives no period
        # 某县贯彻落实《纲要（2021—2035年）》实施方案（2021—2025年）: the plan's own years, outside the document
        # its title names in 《》 or 〈〉, before that document's (which are the plan's when it has none:
        # 某省贯彻〈纲要（2021—2035年）〉实施方案)
        own = NAMED_INSIDE.sub(lambda named: "_" * len(named.group(0)), title)
        # (…“十四五”贯彻落实《纲要（2021—2035年）》实施方案: the plan's own period is the five-year plan it names,
        # left empty, never the outline's)
        named = None if TITLE_FIVE_YEAR.search(own) else THREE_SPAN.search(title) or PERIOD.search(title)
        if ((m := THREE_SPAN.search(own) or PERIOD.search(own) or named) and 0 < int(m.group(2)) - int(m.group(1)) <= 20
                and not title.startswith("度", m.end())  # 2016-2020年度全国科普示范县: years of something else
                and not _designation_term(title, m.start())):
            found.put("period", source, (int(m.group(1)), int(m.group(2))))


# A designation's term in a naming's or list's heading (关于命名某市科普教育基地（2024-2028年）的通知, 关于公布“某省十佳科普教育基地
# （2021-2025年）”名单的通知): the years the named bases or units hold the name, not the notice's period (round seventy-seven).
DESIGNATED = re.compile(r"(?:基地|示范(?:县|市|区|乡镇|街道|社区|村|单位|学校|校|点)|特色学校|工作站|站点|阵地)[”\"’']?\s*$")
NAMING = re.compile(r"命名|公布|认定|授予|名单|评选|推荐|遴选|表彰")


def _designation_term(title: str, start: int) -> bool:
    """Whether the years at `start` of a title follow a designation's name (`DESIGNATED`) in a heading that names or
    lists (`NAMING`): a term, not a period (round seventy-seven)."""
    before = title[:start].rstrip(" （(")
    return NAMING.search(title) is not None and DESIGNATED.search(before) is not None


# A plan's body that names itself in its preface, with no heading shown (round seventy-three): 根据《…建议》，编制《X》，主要阐明…,
# as a 十四五 纲要's preface opens, or 编制《X》（以下简称《纲要》）, as plans' prefaces say what they are (six listed pages do so
# under their heading, X the heading they show). The lead's verbs (news.LEAD_VERB: 制定了《X》, 编制《X》) read most such prefaces
# already, but never a region's general plan (news.GENERAL_PLAN: news of a 国民经济和社会发展 纲要 is no news of a science
# document); a 纲要's own preface saying which document it is, on a page not read as news, names its own document. X is
# the title where no source gave one and none was dropped. Not taken: a document the preface follows (根据《X》（以下简称
# 《纲要》）), one it asks others to make (各地要编制《X》), news.
SELF_NAMED = re.compile(r"(?:编制|制定)(?:了|出)?《(?P<title>[^《》]{4,80})》\s*(?:[，,]\s*主要阐明|[（(](?:以下)?简称《)")
SELF_NAMED_PARAS = 3


def _self_named(found: Found, body: list[str], news: bool) -> None:
    """Put as the title the name a plan's preface gives its own document (`SELF_NAMED`) in the first paragraphs of
    its `body` (a site's chrome, 字号 and 主题分类 lines, left out), where nothing else gave one and the page is not news."""
    if news or found.first("title") is not None or "title" in found.dropped:
        return
    for text in body[:SELF_NAMED_PARAS]:
        if (m := SELF_NAMED.search(text)) and is_title(title := clean_title(m.group("title"))):
            found.put("title", "lead", title)
            return


# A plan named by its five-year cycle (某市“十四五”科普规划, 某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要) whose
# text states the cycle's years in digits (round seventy-three): “十四五”时期（2021-2025年）, as every such 纲要's preface or
# first chapter opens, or 规划期限为2021-2025年 (本规划期为…). The years are the plan's period, where its title gives none (a
# name alone is no statement of years: TITLE_FIVE_YEAR leaves it unread). The span must be the title's own cycle, five
# years to the cycle's end (“十三五”时期（2016-2020年）on a 十四五 plan, reviewing the last one, is not its period).
TITLE_CYCLE = re.compile("第十([一二三四五六七八九])个五年(?:规划|计划)")
CYCLE_SPAN = re.compile(rf"十([一二三四五六七八九])五[”\"’']?\s*(?:时期|期间)\s*[（(]\s*({YEAR_DIGITS})\s*年?\s*[—―─\-–－~～至到]+\s*"
                        rf"({YEAR_DIGITS})\s*年?\s*[）)]")
PLAN_TERM = re.compile(rf"规划期(?:限)?\s*(?:为|是)\s*({YEAR_DIGITS})\s*年?\s*[—―─\-–－~～至到]+\s*({YEAR_DIGITS})\s*年")


def _declared_cycle(found: Found, paras: list[Paragraph]) -> None:
    """Put as the period the years the text states for the five-year cycle the chosen title names (`CYCLE_SPAN`,
    `PLAN_TERM`), where no title gave one."""
    title = str(found.first("title") or "")
    if found.values["period"] or not (m := TITLE_FIVE_YEAR.search(title) or TITLE_CYCLE.search(title)):
        return
    end = five_year_end(m.group(1))
    for para in paras:
        if para.is_table:
            continue
        spans = [(int(c.group(2)), int(c.group(3))) for c in CYCLE_SPAN.finditer(para.text) if c.group(1) == m.group(1)]
        spans += [(int(t.group(1)), int(t.group(2))) for t in PLAN_TERM.finditer(para.text)]
        if (end - 4, end) in spans:
            found.put("period", "text", (end - 4, end))
            return


def _as_chosen(found: Found, paras: list[Paragraph]) -> None:
    """Issuers completed with the title's region (省政府办公厅 → 贵州省政府办公厅); titles and issuers
    as written (traditional script kept)."""
    title = found.first("title")
    for source, value in found.values["issuer"].items():  # 省政府办公厅 → 贵州省政府办公厅
        found.values["issuer"][source] = with_region(str(value), str(title) if title else None)
    for source, value in found.values["title"].items():  # 实施方案 / 某某实施方案（…）: a heading run into the title
        found.values["title"][source] = undoubled(str(value))
    for key in ("title", "issuer"):  # as written (traditional script kept)
        for source, value in found.values[key].items():
            found.values[key][source] = _as_written(str(value), paras)


def _meta(found: Found, rejected: str, rejected_number: str, repaired_number: str | None) -> dict:
    """Each field's value from the source that wins, and that source (or why there is no value:
    ``damaged``, ``implausible``, ``unknown region``; ``repaired`` for a number put back)."""
    meta: dict = {}
    for key, values in found.values.items():
        source = next((s for s in SOURCES if s in values), None)
        value = values.get(source) if source else None
        if key == "period":
            meta["period_start"], meta["period_end"] = value if value else (None, None)
        else:
            meta[key] = value
        meta[f"{key}_source"] = source
    if meta["doc_number"] is None and rejected_number:
        meta["doc_number_source"] = rejected_number
    elif repaired_number is not None and meta["doc_number"] == repaired_number:
        meta["doc_number_source"] = "repaired"  # not the text as written: a reader can check it
    for key, why in found.dropped.items():  # a news page's line, label or signature: not its document's
        if meta.get("period_start" if key == "period" else key) is None:
            meta[f"{key}_source"] = why
    if meta["issuer"] is None and rejected:
        # named, but no organ's name (spam, page text) or a region no division table knows
        meta["issuer_source"] = rejected
    return meta


# A signature's date in other forms: 2022.03.01, 2022/3/1, 2022-3-1 (after an organ line only:
# elsewhere such a line is a page's publication time), （2022年3月1日印发）, or with the note of its
# disclosure on the same line (二〇二二年三月一日（此件公开发布）).
NOTED_DATE = re.compile(rf"^[（(]?\s*(?:{DATE.pattern}|{CN_DATE.pattern})\s*(?:印发|发布|签发|公布)?\s*[）)]?"
                        rf"(?:\s*{DISCLOSURE.pattern})?$")
# A document of a kind other than a plan (a reply, a report, a decision): named by a heading over its number.
OTHER_KIND = re.compile(r"(?:答复|复函|批复|决定|通报|报告|意见|办法|规定|细则)$")
NUMBERED_HEADING_LINES = 3  # the heading stands in the page's first lines, its number within two after it


# A reposting site's region label before a local notice's heading (内蒙古：关于开展…的通知, 湖南省: 关于印发《…》的通知; round
# seventy-one): a column's label naming whose notice it is, as a government or association portal's local columns head
# their items, no part of the notice's title. Only a division's name (full or short, `region_run`) before the colon.
REGION_LABEL = re.compile(rf"^\s*(?P<region>[{CJK_RANGE}]{{2,12}})\s*[：:]\s*")


def _region_unlabelled(text: str) -> str:
    """A notice's heading without a region's label before it (REGION_LABEL), so it is read as the page's notice; any
    other line unchanged (a label that is no division's name, 附件：, 标题：, 当前位置：; a label before no notice heading).
    A site's repost label (转发：某省科学技术协会关于…的通知, on a university's column copying the 科协's notice whole: the
    addressees and body under it are the notice's) is dropped as a region's is (round seventy-six); 转发 with no colon
    (转发《X》的通知, 转发某省…的通知) is a relay's own title and stays."""
    m = REGION_LABEL.match(text)
    if not m or not NOTICE.match(text[m.end():]) or (
            (region := m.group("region")) != REPOST and region_run(region)[1] != len(region)):
        return text
    return text[m.end():]


# An organ's heading of its own, whole on its line: the organ (or two, 中共某市委某市人民政府), 关于, and a decision's, an
# opinion's or a notice's name (天津：中共天津市委天津市人民政府关于推进…的实施意见; round one hundred and six).
ORGAN_HEADING = re.compile(r"(?P<organ>[^，。；：:！？!?《》\s]{2,40}?)\s*关于[^，。；：:！？!?]{2,150}的(?:实施意见|若干意见|意见|决定|通知|通报|批复)")


def _organ_heading(text: str) -> bool:
    """Whether `text` is an organ's heading of its own (ORGAN_HEADING), its organ one issuer or a joint header's two or
    three."""
    m = ORGAN_HEADING.fullmatch(text.strip())
    return m is not None and (is_issuer(organ := m.group("organ")) or bool(joint_organs(organ)))


def _organ_unlabelled(front: list[str]) -> list[str]:
    """The front with a region's label dropped before an organ's heading of its own on one of its first lines
    (天津：中共天津市委天津市人民政府关于…的实施意见): a column's label, as before a notice's heading (`_region_unlabelled`), so
    the heading's organ is read as its issuer (round one hundred and six); and a site's name alone on a line, repeated
    glued before the heading under it, as a page's top can show it once the page's time stands apart. Any other line stays
    as it is."""
    out = list(front)
    for n, text in enumerate(front[:WRAPPED_NOTICE_LINES]):
        m = REGION_LABEL.match(text)
        if m and _organ_heading(rest := text[m.end():]) and region_run(region := m.group("region"))[1] == len(region):
            out[n] = rest
        elif n and SITE_NAME_LINE.fullmatch(above := front[n - 1]) and text.startswith(above) and ORGAN_HEADING.fullmatch(
                text[len(above):]):
            out[n] = text[len(above):]  # 中国教育在线 / 中国教育在线教育部等十八部门关于…的意见: the site's name, repeated
    return out


SITE_NAME_LINE = re.compile(f"[{CJK_RANGE}]{{2,20}}")  # a site's name alone on a page's first lines (中国教育在线)


def _reposted(text: str) -> str:
    """A notice's heading without a site's repost label before it (转发：…关于…的通知), on any line of the front matter (a
    site's furniture may stand over it); any other line unchanged. (A region's label is read on the first lines only.)"""
    return _region_unlabelled(text) if REGION_LABEL.match(text) and text.lstrip().startswith(REPOST) else text


# A notice's heading issuing several documents, wrapped where one 《》 ends and the next opens (某厅关于印发《A》《B》 /
# 《C》的通知): its lines are one heading (round seventy-seven).
CARRIER_CUT = re.compile(r"关于(?:印发|颁布)\s*《[^，。；：]*》$")
CARRIER_REST = re.compile(r"《[^《》]{2,60}》(?:\s*(?:和|及|与|、|以及)?\s*《[^《》]{2,60}》)*\s*(?:和|及|与|、|以及)?")
CARRIER_END = re.compile(r"《[^《》]{2,60}》\s*的通知")


def _carrier_unwrapped(front: list[str]) -> list[str]:
    """The front with a notice's heading that issues several documents joined where a copy's layout wrapped it between
    two of its 《》 (某厅关于印发《A》《B》 / 《C》的通知, or 《B》 / 《C》的通知 on two lines more), on its first lines
    (WRAPPED_NOTICE_LINES + 2). Lines of any other form, a cut line ending with no 》 or a run never ending in 的通知, stay
    as they are."""
    for n, text in enumerate(front[: WRAPPED_NOTICE_LINES + 2]):
        if not CARRIER_CUT.search(text):
            continue
        end = n + 1
        while end < len(front) and end - n <= 3 and CARRIER_REST.fullmatch(front[end].strip()):
            end += 1
        if end < len(front) and end - n <= 3 and CARRIER_END.fullmatch(front[end].strip()):
            return [*front[:n], "".join([text, *(t.strip() for t in front[n + 1: end + 1])]), *front[end + 1:]]
    return front


def _unwrapped(text: str) -> str:
    """A notice's title wrapped in 《》 on a line of its own (黑政办发〔2011〕61号《…关于印发…的通知》)
    without its 《》, so it is read as the page's notice; any other line unchanged. A region's label before a
    notice's heading is dropped too (`_region_unlabelled`)."""
    text = _region_unlabelled(text)
    m = WRAPPED_NOTICE.match(text)
    if not m or not (heading := NOTICE.match(m.group("notice"))) or heading.end() != len(m.group("notice")):
        return text
    return f"{m.group('number') or ''}{m.group('notice')}{m.group('rest')}"


# A heading a page wraps whole in 《》 on a line of its own (《某协关于实施…的意见》 over its number): round twenty-nine.
WRAPPED_HEADING = re.compile(r"《(?P<heading>[^《》]{6,120})》")


def _bare_heading(heading: str) -> str:
    """A heading wrapped whole in 《》 without them (as `_unwrapped` reads a notice's), so a document of another kind
    the page titles so (《中国科协 国家乡村振兴局关于…的意见》, its number under it) is read as its own heading; any
    other line unchanged (a line that is more than one name in 《》 is no heading)."""
    m = WRAPPED_HEADING.fullmatch(heading)
    return m.group("heading") if m else heading


def _numbered_heading(front: list[str]) -> str | None:
    """The heading of a document of another kind (对…代表建议的答复, 关于…情况的报告): one of the first
    lines, no sentence, ending as such a document does, with a document number on one of the two
    lines after it; None when there is none."""
    for n, text in enumerate(front[:NUMBERED_HEADING_LINES]):
        heading = _bare_heading(clean_title(text))
        if (len(heading) <= 60 and OTHER_KIND.search(heading) and not re.search("[。，；：:]", heading)
                and not DOC_NUMBER.search(heading)
                and any(DOC_NUMBER.fullmatch(t.strip("（）() ")) for t in front[n + 1 : n + 3])):
            return heading
    return None


# A document's heading naming its kind (round sixty-two): a page that shows no 《…》 named as issued and no notice's
# heading (关于…的通知) may still open with its document's name on a line of its own, as every Chinese document does: a
# contest's 规则, a declaration (…宣言), an initiative (…倡议书), a decision (关于表彰…的决定), a budget's 编制说明, a
# regulation (…条例, …办法), a plan (…方案, …计划, …计划书, …策划书). The name ends with the kind, perhaps a closing quote
# (…“黄山宣言”) or bracketed parts after it (…规则（2007年12月修订）); it may open with its edition (第二十三届…).
KIND_HEADING = re.compile(
    r"(?:方案|纲要|规划|计划|计划书|策划书|要点|意见|办法|细则|条例|规定|规则|章程|宣言|倡议书|倡议|决定"
    r"|(?:编制|起草|情况)说明)[”\"’]?\s*(?:[（(][^（）()]{1,20}[）)]\s*)*$")
KIND_HEADING_CHARS = (8, 60)  # a site's one-word section (工作计划, 规章制度) is shorter; a sentence longer
KIND_HEADING_LINES = 12  # the heading stands among the page's first lines that are no site chrome…
# …above the body: its first sentence (a mark of one in a line longer than a headline), its addressees (各…：) or its
# first part heading (一、指导思想)
BODY_MARK = re.compile("[。；！？]")
# A line that is no document's name: a headline's verb (某县出台…方案, 启动…, …纳入“十三五”规划), a summary or report (2022年工作总结和2023年
# 工作计划: a summary's, the conventions' `?`), a carrier of another document (关于印发…, 转发…: the notice rules'),
# an attachment's label (附件1 …方案) and a subtitle (——向全国科技工作者的倡议: a dash opens it).
NOT_A_KIND_HEADING = re.compile(r"发布|发出|出台|下发|印发|转发|颁布|解读|获悉|审议|召开|举行|举办|启动|部署|纳入|总结|报告|通知")
FORWARDING = re.compile(r"关于转发|(?<![^\s\d日号])转发(?=[《〈])|^转发")  # a notice forwarding another's document
# A heading wrapped over lines: a line opening as no name does (with a bracket, a word that goes on the line above's,
# or a kind alone, perhaps with its period: （2021—2025年）, 和先进工作者的决定, 实施方案（…）的通知; not 规划计划, a field's
# value under its label) is the rest of the line above; a line ending as no name
# does (…关于印发, …的) goes on in the next.
WRAPPED_REST = re.compile(r"^(?:[（(]|[的地得之和及与、等了）)]|(?:实施)?(?:方案|纲要|规划|计划|要点|意见|办法|细则|决定|通知)(?=[（(的]|$))")
# …and a line this long, no name's end, goes on in a next line this short completing it (a layout's break; a glossed
# page's width counts its glosses, so the line read may be short)
WRAPPED_LINE_CHARS = WRAPPED_REST_CHARS = 12
# A field's value broken after its label (…Title：浙江 / 省…办法) and a sentence broken inside a quotation (…所做的《某县…计划
# / 》的报告…): the line read is a fragment, never a heading.
WRAPPED_FIELD = re.compile(r"[：:]\s*[^\s：:。，；]{1,12}$")
PAIRED_MARKS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"), ("〈", "〉"))
WRAPPED_BEFORE = re.compile(r"(?:关于|印发|转发|的|和|与|及|之|、)$")
PERIOD_OR_NOTE = re.compile(r"\s*(?:[（(][^（）()]{1,20}[）)]\s*)+$")  # bracketed parts after a name's kind
SEVERAL_HEADINGS = "several headings"  # the title_source where two different document headings open the page


def _kind_heading(structure: Structure) -> tuple[str | None, str | None]:
    """The heading naming the page's document by its kind (`KIND_HEADING`), a raw line of its own among the page's
    first lines above its body, once a site's labels, a date glued before it and fields glued after it are cut
    (`clean_title`; 山东省某条例 over •颁布日期：…); (None, None) where none stands there, and (None,
    SEVERAL_HEADINGS) where two different names do (a site's list of documents, a menu of plans: no one of them is
    the page's). Never a site's menu or crumbs (a short or spaced line, 首页>…), a headline (NOT_A_KIND_HEADING), a
    part heading (一、…), an attachment's name, an organ's name or a document number."""
    found: list[str] = []
    seen = 0
    for para, role in zip(structure.paragraphs, structure.roles, strict=True):
        if role == "chrome" or para.is_table:
            continue
        if role not in ("front", "other"):
            break  # the body's first heading
        kept = [(t, getattr(line, "gap", False)) for line in para.lines or [para] if line.kind != "chrome"
                and (t := line.text.strip())]
        lines, gaps = [t for t, _ in kept], [g for _, g in kept]
        joined = -1  # the last line read as the rest of a heading above it
        for n, text in enumerate(lines):
            seen += 1
            if n <= joined:
                continue
            if (seen > KIND_HEADING_LINES or NUMBERED_LINE.match(text) or SALUTATION.match(text)
                    or (len(text) > HEADLINE_CHARS and (BODY_MARK.search(text) or SENTENCE_MARK.search(text)))):
                return _one_heading(found)
            if WRAPPED_REST.match(text) or (n and (WRAPPED_BEFORE.search(lines[n - 1]) or WRAPPED_FIELD.search(lines[n - 1]))):
                continue  # the rest of a heading the line above began (…先进集体 / 和先进工作者的决定), or its middle
            if bare_label(text) or (n and bare_label(lines[n - 1])):
                continue  # a field's label on its line (信息分类) and its value under it (规划计划): the label rules'
            while (n + 1 < len(lines) and WRAPPED_REST.match(lines[n + 1]) and not bare_label(lines[n + 1])
                   and len(text) <= KIND_HEADING_CHARS[1]):
                n += 1
                text += lines[n]  # a heading wrapped (…实施方案 / （2021—2025年）; …纲要 / 实施方案（…）的通知)
            # (never over a blank line: a headline or a slogan over the heading with a blank line under it, 以…发展 /
            # (blank) / …实施计划, is no piece of it, as a layout's cut leaves none; round sixty-five)
            if (len(text) >= WRAPPED_LINE_CHARS and not KIND_HEADING.search(clean_title(text)) and n + 1 < len(lines)
                    and not gaps[n + 1]
                    and len(lines[n + 1]) <= WRAPPED_REST_CHARS and not SENTENCE_MARK.search(text + lines[n + 1])
                    and not BODY_MARK.search(text + lines[n + 1])
                    and KIND_HEADING.search(clean_title(text + lines[n + 1]))):
                n += 1
                text += lines[n]  # a long heading a layout broke inside a word (…决算公开编 / 制说明)
            joined = n
            name = clean_title(text)
            if (not text.startswith("附件") and KIND_HEADING_CHARS[0] <= len(QUOTED.sub("《》", name)) <= KIND_HEADING_CHARS[1]
                    and KIND_HEADING.search(name) and not re.search(r"[\s，。；：:！？|｜>»›]", name)
                    and not name.startswith(("附件", "—", "-", "《", "【", "[", "为", "根据", "按照"))
                    and not NOT_A_KIND_HEADING.search(name) and not EVENT_HEADLINE.search(name)
                    and not FILE_NAME.search(name) and not is_issuer(name) and not DOC_NUMBER.search(name)
                    and not WHOLLY_QUOTED.fullmatch(name)  # “X计划”: a programme's name quoted (round seventy-four)
                    and (not name.startswith("关于") or re.search("的[^的]{2,4}$", name))
                    and all(name.count(a) == name.count(b) for a, b in PAIRED_MARKS)):
                found.append(name)
    return _one_heading(found)


def _one_heading(found: list[str]) -> tuple[str | None, str | None]:
    """The one name among the headings found (the same name repeated is one), or why there is none."""
    names: list[str] = []
    for name in found:  # …规则（2007年12月修订） over …规则 (its note on a line of its own): one name
        if not any(PERIOD_OR_NOTE.sub("", name) == PERIOD_OR_NOTE.sub("", other) for other in names):
            names.append(name)
    if len(names) > 1:
        return None, SEVERAL_HEADINGS
    return (names[0], None) if names else (None, None)


# A reply to a deputy's or a CPPCC member's proposal (对县政协第12号提案的答复, 关于市人大代表建议的答复函):
# its heading names it, with or without a document number, perhaps run into the names it answers (…的答复
# 某某委员：).
REPLY = re.compile(r"(?:对|关于)[^，。；：:《》]{2,60}?(?:提案|建议|议案)(?:办理情况)?的(?:答复函|答复|复函)"
                   r"(?=(?:[^，。；《》：:]{1,40}[：:])?$)")


def _reply_heading(front: list[str]) -> str | None:
    """The heading of a reply to a proposal, on one of the first lines; None when there is none."""
    for text in front[:NUMBERED_HEADING_LINES]:
        heading = clean_title(text)
        if len(heading) <= 120 and (m := REPLY.search(heading)):
            return heading[: m.end()]
    return None


def _heading_organ(heading: str) -> str | None:
    """The organ a heading opens with, before its 关于 or 对 (某县人民政府对…的答复); None when none."""
    for m in re.finditer("关于|对", heading):
        if m.start() >= 2 and (is_issuer(head := heading[: m.start()]) or (m.group(0) == "关于" and is_association(head))):
            return head  # (an association heading its own document, 中国某学会关于…的通报, as a signature's: round eighty)
        if m.start() >= 2 and (counted := counted_bodies(heading[: m.start()])):
            return counted  # 某部等十八部门关于…的意见: as written (round sixty-one)
        if m.group(0) == "关于" and m.start() >= 2 and (organs := joint_organs(heading[: m.start()])):
            return "、".join(organs)  # 中共某市委 某市人民政府关于…的意见: both, as a joint signature (round ninety-three)
    return None


def _own_notice(front: list[str]) -> str | None:
    """A heading on one of the first lines that is itself the document (开展…工作的通知, 关于命名…的决定),
    perhaps run into its addressees (…的通报各市科协：); None when there is none."""
    for text in map(undated, front[:OWN_NOTICE_LINES]):  # (a date glued before it is no part of it)
        if (m := OWN_NOTICE.match(text)) and (ADDRESSEES.fullmatch(text, m.end()) or (
                len(text) > GLUED_BODY_CHARS and BODY_OPENING.match(text, m.end()))):
            return m.group(0)
    return None


# The heading of a page explaining a plan, the plan's name before the word (某县…实施方案政策解读,
# 《某市…方案》解读, 关于某市…计划的解读); a heading that opens with 解读 is EXPLAINED's.
# (an outline the name carries out, in 〈〉, counts as one character: …贯彻落实〈X（2011—2015年）〉实施方案（…）（征求意见稿）)
EXPLAINED_TAIL = re.compile(r"(?:关于)?《?(?P<name>(?:[^《》〈〉，。；：:]|〈[^《》〈〉]{1,80}〉){4,60}?)》?\s*的?\s*(?:政策)?(?:解读|图解)")


# …or a speaker's explanation of it, tagged or not (【主要负责人解读】某市科协主席某某解读《X》, 某局局长解读《X》; round one hundred
# and nineteen): the heading ends with 解读 and X in 《》, a short run of no sentence before it.
EXPLAINED_BY = re.compile(r"(?:【[^【】]{1,12}】)?[^《》，。；：:！？!?]{2,40}?解读\s*《(?P<name>(?:[^《》〈〉]|〈[^《》〈〉]{1,80}〉){4,80})》")


def _explained(heading: str) -> str:
    """The plan an explaining heading names (X政策解读 → X, 某市科协主席某某解读《X》 → X), or the heading unchanged."""
    m = EXPLAINED_TAIL.fullmatch(heading) or EXPLAINED_BY.fullmatch(heading)
    return m.group("name") if m and is_title(m.group("name")) else heading


def _signature_organs(signers: list[tuple[bool, str]], lines: list[int], stamped: list[int] | None = None) -> str:
    """The organs that sign: the first organ line followed by a date, with the organ lines right
    above it (中共某县委办公室 / 某县人民政府办公室 / 2021年8月5日: both sign), joined with 、. An organ
    line a stamp's mark follows (某某领导小组办公室 / （代章）; `stamped`) signs over one followed by a date
    (a site's header over its posting date names the office that put the page up; round seventeen)."""
    first, last = _signature_run(signers, lines, stamped)
    return "、".join(dict.fromkeys(organ for _, organ in signers[first : last + 1]))


def _signature_run(signers: list[tuple[bool, str]], lines: list[int], stamped: list[int] | None = None) -> tuple[int, int]:
    """The first and last of the signers `_signature_organs` joins (indices into `signers`)."""
    last = stamped[0] if stamped else next(i for i, (signed, _) in enumerate(signers) if signed)
    first = last
    while first > 0 and lines[first - 1] == lines[first] - 1 and not signers[first - 1][0]:
        first -= 1
    return first, last


def _signature_date(following: str, found: Found) -> bool:
    """Whether the line after an organ line is its date (then the issue date unless the date
    line itself gives it, put into `found`)."""
    dated, date = _date_line(following)
    if date is not None:
        found.put("issue_date", "text", date)
    return dated


# A signature's date a copy cut before its 日 (2011年12月18 alone on its line under the organs; round eighty-one): the day.
DAY_CUT = re.compile(rf"(?P<year>{YEAR_DIGITS})\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})")


def _date_line(line: str) -> tuple[bool, str | None]:
    """Whether a line is a signature's date alone (2022年3月1日, 二〇二二年三月一日, 2021年12月, 2022.03.01,
    （2022年3月1日印发）, 2022314, 2011年12月18 cut before its 日), and the date it gives when the text's own date reader
    would not find it there (a dotted date, a noted one, digits a site stripped of 年, 月 and 日, a day cut before 日)."""
    if DATE.fullmatch(line) or CN_DATE.fullmatch(line) or MONTH.fullmatch(line):
        return True, None
    if (cut := DAY_CUT.fullmatch(line)) and (day := date_of(f"{cut['year']}年{cut['month']}月{cut['day']}日")):
        return True, day  # (no such day, 2011年13月45, is no date)
    if ISO_DATE.fullmatch(line) or NOTED_DATE.match(line):
        return True, date_of(line)
    date = digits_date(line)
    return date is not None, date


def _cut_short(heading: str, named: str) -> bool:
    """Whether a heading is the start of the name a lead or notice body gives and shorter by a document's
    part (某市贯彻…规划纲要 of 某市贯彻…规划纲要实施方案（2021—2025年）): what is left ends as a plan's name does."""
    short, whole = name_key(heading), name_key(named)
    return len(short) >= 6 and whole.startswith(short) and len(whole) > len(short) and bool(
        PLAN_WORDS_END.search(whole[len(short):]))


def _same_document(title: str, chosen: str) -> bool:
    """Whether `title` names the document `chosen` names: the same name without its period,
    or a notice carrying it (关于印发X（2021—2025年）的通知 carries X)."""
    name, own = name_key(carried(title)), name_key(chosen)
    return bool(name) and (name == own or (bool(own) and (own in name or name in own)))


def _as_written(value: str, paras: list[Paragraph]) -> str:
    """`value`, read from a simplified copy, as the text writes it."""
    for para in paras:
        if para.written is not None and (at := para.text.find(value)) != -1:
            return para.written[at : at + len(value)]
    return value

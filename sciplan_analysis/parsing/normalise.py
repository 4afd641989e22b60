"""Normalise a raw plan text into paragraphs, keeping offsets back to the raw text.

Conversion leaves artifacts (``**bold**`` marks, ``[bookmark: …]`` tags, markdown ``###``
heading marks, stray tabs) and breaks sentences, even words, across lines ("县经科\\n\\n信局").
This stage removes the artifacts, unifies half-width punctuation, and joins the pieces of a
broken paragraph back together. Each `Paragraph` knows where it starts and ends in the raw text,
so every character of a plan can be traced to the paragraph that holds it.

Real documents bring more, each repaired here with the offsets kept:

- web pages: site chrome (menus, breadcrumbs, 发布时间：/文号： fields, 打印 关闭) becomes
  paragraphs of their own (``kind = "chrome"``), and a label glued before the title
  (方案全文某县…) is cut off, so chrome never joins a title or a paragraph;
- PDF extractions: letter-spaced text (全 民 科 学, 2 0 2 5), «» and „‟ for 《》 and 〔〕, page
  markers (— 1 —, 第1页 共5页: ``kind = "page"``, which a paragraph runs across), and a body on
  one or two lines (split again before its headings, dates and document numbers);
- traditional script: lines are matched on a simplified copy of the same length
  (`text.script`); `Paragraph.written` keeps what was written; phonetic glosses that some
  converting sites insert after characters (全縣(xiàn), 素質(zhì)) are dropped like artifacts;
- a signature, date, document-number or title line never joins the next line, and a heading
  that runs straight into its body (二、…提升行动为全面推进…) is split at the heading's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sciplan_analysis.parsing.documents import digits_date, region_labelled
from sciplan_analysis.parsing.issuers import (
    department_unit,
    is_association,
    is_issuer,
    joint_organs,
    ministry,
    national_unit,
)
from sciplan_analysis.text.brackets import CLOSERS, UNIT_LIST_START, open_depth, unit_state
from sciplan_analysis.text.patterns import (
    ARTIFACTS,
    CENTRAL_BODIES,
    CJK_RANGE,
    CN_DATE,
    CN_DIGIT,
    CN_NUMERAL,
    DAMAGED_DOC_NUMBER,
    DATE,
    DISCLOSURE,
    DOC_NUMBER,
    HEADING_START,
    ISO_DATE,
    ISSUE_VERBS,
    LEVEL_CHARS,
    LONG_ITEM_NUMBER,
    YEAR_DIGITS,
)
from sciplan_analysis.text.reference import labels_of, part_word_pattern
from sciplan_analysis.text.regions import is_region_name, opens_with_region, region_run
from sciplan_analysis.text.script import simplified

# Full-width digits, Latin letters and the marks of numbers (％ － ／ ．) to ASCII, as NFKC would
# (２０２２－０３－２８, １２．９３％); half-width brackets and marks to their Chinese forms.
UNIFY = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)}, "．": ".", "％": "%", "－": "-", "／": "/",
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}, **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "(": "（", ")": "）", ";": "；", "!": "！", "?": "？",
    # PDF extractions: «» for 《》, „‟ for 〔〕
    "«": "《", "»": "》", "„": "〔", "‟": "〕",
})
# A comma or colon between two digits is part of a number or a time; elsewhere it is Chinese.
COMMA = re.compile(r"(?<!\d),|,(?!\d)")
COLON = re.compile(r"(?<!\d):|:(?!\d)")
SPACES = re.compile(r"[ \t\u3000\xa0]+")
# Spaces inside Chinese text are layout, not meaning ("到 2035 年", "工 作 内 容").
CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
# Letter-spaced text (a PDF extraction: "全 民 科 学", "2 0 2 5"): most characters stand
# between single spaces; there digits are joined too.
LETTER_SPACED = re.compile(r"\S \S")
DIGIT_SPACE = re.compile(r"(?<=[\d.%]) (?=[\d.%])")

# A paragraph ends at one of these; a line ending otherwise continues on the next line.
TERMINATORS = "。！？；：" + CLOSERS + "」”』…"
QUOTE_CLOSERS = "」”』"
SENTENCE_ENDS_IN_QUOTE = "。！？；…"
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# A whole notice title on one line, its organs first (某部 某部关于举办…的通知): never the tail of
# the line before (a spam mirror's keyword line over it has no sentence end).
NOTICE_LINE = re.compile(r"^(?!关于)[^《》，。；：\s]{2,40}?关于[^，。；：]{2,150}的通知$")
# A heading of its own with no organ before its 关于 (关于征求《…》意见的公告, 关于公布…的通知): a whole line.
OWN_HEADING_LINE = re.compile(r"关于[^，。；！？!?]{2,150}的(?:通知|公告|通报|决定|批复|意见|请示|公示)")
# The same under a reposting site's region label (内蒙古：关于开展…的通知; round seventy-one): a line of its own too, where
# the label is a division's name (`_region_notice_line`).
# (a site's repost label, 转发：, stands there too, before another body's notice it copies whole: round seventy-six)
REPOST = "转发"
# …and such a labelled heading a copy's wrapping cut (转发:某省科学技术协会关于做好…推荐 / 工作的通知): it starts a paragraph all the same
REPOST_OPENING = re.compile(r"^转发\s*[：:]\s*[^《》，。；：\s]{2,40}?关于")
REGION_NOTICE_LINE = re.compile(rf"^(?P<region>[{CJK_RANGE}]{{2,12}})\s*[：:]\s*[^《》，。；：\s]{{0,40}}?关于[^，。；：]{{2,150}}的通知$")
# A line opening a notice's title and not closing it (…关于印发某县, 关于印发《某县…): what follows runs on.
OPEN_NOTICE = re.compile(r"关于(?:印发|转发|颁布)[^通知。，；：]*$")
# The same wrapped in 《》 by a site (《某省人民政府办公厅关于印发…的通知》, perhaps after its number): a
# line of its own too, neither run into the line after it nor the tail of the line before.
WRAPPED_NOTICE_LINE = re.compile(
    rf"^(?:{DOC_NUMBER.pattern})?\s*《[^《》，。；：\s]{{2,40}}?关于(?:[^《》，。；：]|《[^《》]*》){{2,150}}的通知》$")
# …its first line, wrapped before the notice's end (《某省人民政府办公厅关于印发某省…).
WRAPPED_NOTICE_OPENING = re.compile(r"^《[^《》，。；：\s]{2,40}?关于(?:印发|转发|颁布)")
ATTACHMENT = re.compile(r"^附件\s*\d*\s*[：:]?$")
TABLE_HEADER = re.compile(r"^序\s*号$")
DOC_NUMBER_LINE = re.compile(r"^\S{1,10}〔\d{4}〕\d+号$")
# A line that is only a date (either numerals, or 2021-08-05, 2021.8.5, 2021/8/5; 印发/发布 may follow), or
# only a document number.
ANY_DATE_LINE = re.compile(
    f"^(?:{DATE.pattern}|{CN_DATE.pattern}|{ISO_DATE.pattern})(?:印发|发布|起施行)?(?:\\s*{DISCLOSURE.pattern})?$"
)
# A site's posting time alone on a line: a date in digits, day first (26.02.2020, as a European locale writes it) or year
# first, and its time of day (26.02.2020  10:21, 2016-09-17 01:30:50): no piece of the headline over it nor of the heading
# under it (round one hundred and six).
POSTING_TIME_LINE = re.compile(rf"\s*(?:\d{{1,2}}\s*[./-]\s*\d{{1,2}}\s*[./-]\s*{YEAR_DIGITS}|{YEAR_DIGITS}\s*[./-]\s*\d{{1,2}}\s*"
                               rf"[./-]\s*\d{{1,2}})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*")
# A line that is only a month (2021年12月, 二〇二一年十二月): a signature's date without its day.
MONTH_LINE = re.compile(f"^(?:{YEAR_DIGITS}|[{CN_DIGIT}]{{4}})\\s*年\\s*(?:\\d{{1,2}}|{CN_NUMERAL})\\s*月$")
# (a red-header line may carry the date after the number: 川办发〔2011〕99号 二○一一年十二月三十一日)
ANY_DOC_NUMBER_LINE = re.compile(
    f"^(?:文号[：:])?(?:{DOC_NUMBER.pattern}|{DAMAGED_DOC_NUMBER.pattern})(?:\\s*(?:{DATE.pattern}|{CN_DATE.pattern}))?$")
# A document number's label (page_labels.csv: 文号, 发文字号 …, each holding 号) ending a line with only the
# first characters of the number's organ after it (文号：楚, 发文字号：川府): the number goes on on the next line.
NUMBER_LABEL_CUT = re.compile(rf"号\s*[：:]\s*[{CJK_RANGE}]{{1,6}}$")
# …or the whole organ, the number's rest on the next line (文号：楚政通 / 〔2022〕61号).
NUMBER_REST_LINE = re.compile(r"^[〔\[【（(﹝〖［]\s*(?:19|20)\d{2}\s*[〕\]】）)﹞〗］]\s*第?\s*\d{1,4}\s*号$")
# A line naming an attached file (附件：某某办法.pdf): a link of the page, never run on.
ATTACHED_FILE = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|ofd|txt|zip|rar)$", re.IGNORECASE)
# An attachment's name on its line (附件：某年度科普示范基地名单, 附件2：…一览表), as a notice lists it above its signature.
NAMED_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[：:]\s*\S")
# …or under the short label 附 (附：某年度某某名单 / 某市科学技术协会 某市精神文明建设指导委员会办公室 / its date: round forty-eight),
# only where a signature follows (a 附：line with body text after it runs on as before).
SHORT_ATTACHMENT = re.compile(r"^附\s*[：:]\s*\S")
# …and the attachments listed after it, one a line with its number (附件:1.某某通知 / 2.某某实施方案 / 3.某某报名表): each line
# names a document or a form (round thirty-four).
NUMBERED_ATTACHMENT = re.compile(r"^\d{1,2}\s*[.．、]\s*\S.{0,80}?(?:通知|方案|表|名单|办法|细则|清单|指南|规则|须知|要求|说明)$")
# A signature: an organ's name on a line of its own.
ORGAN_SUFFIXES = ("人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "国务院",
                  "委员会", "科学技术协会", "科协", "纲要办", "领导小组", "工作小组")
ORGAN_LINE = re.compile(f"^[{CJK_RANGE}]{{0,30}}?(?:{'|'.join(ORGAN_SUFFIXES)})$")
# An organ line that may sign under an attachment's name: ORGAN_LINE's organs and a bureau or department (某市科学技术局,
# 某自治区科学技术厅), the whole line.
SIGNER_LINE = re.compile(f"^[{CJK_RANGE}]{{2,30}}?(?:{'|'.join(ORGAN_SUFFIXES)}|局|厅)$")
# …or a line naming two or more organs, their spaces gone (科学技术部 中共中央宣传部 / 中 国 科 协; 天津市科学技术协会 天津市总工会
# / 2024523): a joint signature's line stands alone too (round thirty-eight), its organs perhaps parted by 、 (某市科学技术
# 委员会、中关村科技园区管理委员会 under a contact line ending in a number; round eighty-five).
JOINT_SIGNER_LINE = re.compile(f"^[{CJK_RANGE}](?:[{CJK_RANGE}]|、(?=[{CJK_RANGE}])){{3,60}}$")
# …or a university's science office or 科协 named bare, the whole line (附件：某某申报书 / 科研处 / 2014年9月10日): it signs its
# school's notice (metadata's `_school_office`, round seventy-six), so it stands alone as an organ's line does.
SCHOOL_OFFICE = ("科研处", "科技处", "科学技术处", "科学研究处", "科研管理处", "科学技术研究处", "社会科学处", "社科处",
                 "科学技术研究院", "科学研究院", "科研院", "科学技术协会", "校科协")


@lru_cache(maxsize=4096)
def _joint_signer(text: str) -> bool:
    """Whether a line names two or more organs and nothing else (a joint signature's line)."""
    return JOINT_SIGNER_LINE.match(text) is not None and bool(joint_organs(text))


def _signer(text: str) -> bool:
    """Whether a line is a signature's organ line: one organ (SIGNER_LINE), several (`_joint_signer`), an association
    of the 科协's family (`is_association`, round forty), a university's office named bare (SCHOOL_OFFICE), a
    department's division or section (`department_unit`, round eighty-six) or a national body's department or centre
    (`national_unit`, round eighty-eight)."""
    return (SIGNER_LINE.match(text) is not None or _joint_signer(text) or is_association(text)
            or text.strip() in SCHOOL_OFFICE or department_unit(text.strip()) or national_unit(text.strip()))


def _cover_organ(text: str) -> bool:
    """Whether a line is one organ's whole name (`is_issuer`) or several run together (`_joint_signer`), nothing else."""
    return bool(JOINT_SIGNER_LINE.match(text) and is_issuer(text)) or _joint_signer(text)


# …with its date on the same line: an organ's name (or several, spaced), then the date.
ORGAN_DATE_LINE = re.compile(f"^[{CJK_RANGE}\\s、]{{2,80}}?(?:{'|'.join(ORGAN_SUFFIXES)}|局|厅|部)\\s*"
                             f"(?:{DATE.pattern}|{CN_DATE.pattern})$")
# A telephone number with its area code in brackets ((028)86604546): a site's contact line, not
# a group heading, so the front matter runs on past it.
# A contact line under a notice's body (联系人：某某, 联系电话：4319739 (联系电活: a typo the label's shape
# still reads), 传真：…, 电子邮箱：…): a field of its own, never joined to the signature under it. 邮政编码, the written-out
# label 邮编 shortens, is one (round seventy-three: 邮政编码：400013 over a 公示's signer ran into it). So is a telephone a
# 公示 or a notice names for what it takes (举报电话, 监督电话, 咨询电话, 投诉电话: the public's objections or questions; round
# seventy-four: 举报电话：0934-… over a 公示's signer ran into it).
CONTACT_LINE = re.compile(r"^(?:联系\S{0,3}|(?:举报|监督|咨询|投诉)?电话|传真|手机|邮箱|电子邮箱|邮编|邮政编码|通讯地址|地址)"
                          r"\s*[：:]\s*[^，。；：:]{1,40}$")
# …a line opening with a contact field, however many it holds (联系人：某某 电子邮箱：…@qq.com; round forty); an address and
# its postcode on one line too (地址：某市某路248号 邮编：330002, 通讯地址：…(邮政编码：…) over a 公示's signer; round seventy-eight).
# …and one led by the unit the contact is at (县科技局联系人：某某 联系电话：…, 市教育局联系人：…; round seventy-nine: two such
# lines over a joint signature ran into it).
CONTACT_START = re.compile(rf"^(?:[{CJK_RANGE}]{{2,12}}?(?=联系人))?(?:联系\S{{0,3}}|电话|传真|手机|邮箱|电子邮箱|通讯地址|地址|邮编|邮政编码)\s*[：:]")
# …a line ending in a telephone number or an e-mail address (the contact sentence closing a notice's body, often unpunctuated).
CONTACT_END = re.compile(r"(?:(?<!\d)\d{7,8}|(?<!\d)1[3-9]\d{9}|@[\w.-]+\.[A-Za-z]{2,})[)）]?$")
PHONE_LINE = re.compile(r"^[（(]0\d{2,3}[）)]\s*\d{7,8}(?!\d)")
# A heading broken after its opening (某省人民政府关于贯彻 / 《…》 / 的实施意见): the line that opens with an
# organ and its 关于 starts a paragraph in the front matter, never the tail of a field's value above it.
ORGAN_HEADING_START = re.compile(f"^[{CJK_RANGE}]{{2,30}}?(?:{'|'.join(ORGAN_SUFFIXES)})关于")
# A title line: what a plan or notice is called; a preamble opens with 为/根据/按照/各….
# (its own list, not text.patterns.PLAN_KINDS: no 要点, and a notice's or opinion's ends; kept as it was)
TITLE_END = re.compile(r"(?:方案|纲要|规划|通知|的函|意见|办法|计划|要点|分工表|应急预案|若干政策|条措施|若干措施|实施措施|工作任务|工作安排|年[）)]|稿[）)]"
                       r"|版[）)]|(?:试行|修订|草案)[）)])$")
PREAMBLE_START = re.compile(r"^(?:为了?|根据|按照|各[^，。]{0,30}[：:])")
# A notice's salutation alone on its line, its addressees set apart by commas (各县（市、区）人民政府，市政府直属各单位：).
SALUTATION_LINE = re.compile(r"各[^。；：:]{1,80}[：:]")
# Page furniture of a PDF: — 1 —, - 2 -, 第1页 共5页, 1/5.
PAGE_MARKER = re.compile(
    r"^(?:[—\-–－―~]{1,3}\s*\d{1,3}\s*[—\-–－―~]{1,3}|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*/\s*\d{1,3})$"
)
# Navigation text: the separators of menus and breadcrumbs.
NAV_SEPARATOR_CHARS = r"\s|｜>＞›»》<《【】\[\]·•/、，,：:"
NAV_SEPARATORS = re.compile(f"[{NAV_SEPARATOR_CHARS}]+")
BREADCRUMB = re.compile(r"[>＞›»]")
# A site's trail of one crumb under its home (首页 >十三五规划, 首页 » 通知公告, its » read as 》 by `clean`): the path to the page, never the first line
# of a title wrapped under it (round ninety-one); a trail of two or more separators is chrome by its count already.
HOME_CRUMB = re.compile(r"^(?:您的位置|当前位置)?[：:]?\s*首页\s*[>＞›»》]+\s*[^\s>＞›»《》，。；：:]{1,10}$")
# A line that is only a site's name (某某网, 某某网站, 法搜网--中国法律信息搜索网).
SITE_NAME = re.compile(f"^[{CJK_RANGE}A-Za-z0-9\\-—|｜ ]{{2,30}}网站?$")
FIELD_VALUE_MAX = 100  # a labelled field longer than this is body text, not chrome
# A body on one or two lines: split before its headings, dates and document numbers.
ONE_LINE_CHARS = 800  # a line this long in a text of few lines
ONE_LINE_SHARE = 400  # visible characters per line above which a text is "on one line"
LINE_SPLIT = re.compile(
    rf"(?:(?<=[。；！？：])\s*|\s+)(?=(?:{CN_NUMERAL})\s*、|[（(]\s*(?:{CN_NUMERAL})\s*[）)]"
    rf"|\d{{1,2}}\s*[.．、](?!\d)|[（(]\d{{1,2}}[）)])"
    rf"|(?<=[。；！？：）)〕号日])\s+(?=\S)"
    rf"|\s+(?={DOC_NUMBER.pattern}|{DATE.pattern}|{CN_DATE.pattern})"
)
# A page marker a copy runs into the text after it (— 1 — 全民…, 第2页 共5页某县…): split after it.
PAGE_MARKER_START = re.compile(r"\s*(?:[—\-–－―~]{1,3}\s*\d{1,3}\s*[—\-–－―~]{1,3}"
                               r"|第\s*\d{1,3}\s*页\s*[，,/]?\s*共\s*\d{1,3}\s*页)\s*(?=[^\s\d])")
# A part heading that runs straight into its body: the heading ends with its last part word.
RUN_ON_HEADING = re.compile(rf"^\s*(?:{CN_NUMERAL})\s*[、.．]")
RUN_ON_LIMIT = 36  # the heading's end lies within this many characters
RUN_ON_BODY = 8  # and a body of at least this many follows
# Marks that close or continue what stands before them: a line opening with one carries on the line above.
CONTINUING = "，。；：、！？》〉」』”" + CLOSERS
QUOTE_SPAN = 150  # a 《 left open further back than this many characters was a stray one, no name cut


# A phonetic gloss some converting sites insert after a character: 縣(xiàn), 質(zhì). Pinyin
# with at least one tone mark, right after a Chinese character, in half- or full-width brackets;
# or opening a line, where a copy wrapped between the character and its gloss (規 / (guī)劃).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(rf"(?:(?<=[{CJK_RANGE}])|^\s*)[(（][a-zü]*[{TONED}][a-zü{TONED}]*[)）]")
# …or closed after a space some converting sites leave inside it (會(huì ), 創(chuàng ): round eighty-one; the gloss
# alone, its character kept). Read in `clean` only: the clause coder reads GLOSS as before.
SPACED_GLOSS = re.compile(rf"(?<=[{CJK_RANGE}])[(（][a-zü]*[{TONED}][a-zü{TONED}]* [)）]")


# A year a conversion damaged: 2O25年 (a letter O for the zero), ?025年 (its first digit lost:
# plans name years 20xx), and 2021?2025年 (a dash lost between two years).
DAMAGED_YEAR = re.compile(r"(?<![\dA-Za-z])([12?？])([0-9OoＯ]{3})(?=\s*年)")
LOST_DASH = re.compile(rf"(?<={YEAR_DIGITS})[?？](?={YEAR_DIGITS})")
# A line's indent whose spaces a conversion turned into question marks (? ? ? ? 某市科学技术协会, ? ? 2019年11月1日, as a
# signature is pushed right; the last run into the text, ? ?深圳…): no text of the line's own (round seventy-seven). Three
# marks or more, a space after each but the last.
LOST_SPACES = re.compile(r"^\s*(?:[?？][ \t\u3000\xa0]+){3,}[?？]?")
# A window's close mark a copy kept before a line (X 某省教育厅关于…的通知 _ 某栏目 _ 某省教育厅: a pop-up's or a tab's title
# copied with its X or ×; round eighty-one): no text of the line's own. A lone X, ×, ✕ or ✖ opening the line, a space
# parting it from four Chinese characters or more (X市, XX县, X年X月: a template's masked place or date, no space after
# it, stays).
CLOSE_MARK = re.compile(rf"^\s*[X×✕✖][ \t\u3000\xa0]+(?=[{CJK_RANGE}]{{4}})")
CLOSE_MARKS = "X×✕✖"


def _repair_year(m: re.Match) -> str:
    first, rest = m.group(1), m.group(2)
    if first in "?？":
        if not rest.startswith(("0", "O", "o", "Ｏ")):
            return m.group(0)
        first = "2"
    return first + rest.translate(str.maketrans("OoＯ", "000"))


# A word a site masked with three asterisks or more (中小学幼儿园***自制教具, 中共***组织部, ****年: round eighty) is no
# conversion's bold mark: the run stays as the page shows it, and only a bold mark's pair (**…**) is cut (ARTIFACTS).
MASK_RUN = re.compile(r"\*{3,}")


def _without_artifacts(line: str) -> str:
    """`line` without conversion artifacts (ARTIFACTS), a masked word's run of three asterisks or more kept whole."""
    if "***" not in line:
        return ARTIFACTS.sub("", line)
    parts = MASK_RUN.split(line)
    masks = MASK_RUN.findall(line)
    return "".join(ARTIFACTS.sub("", part) + (masks[n] if n < len(masks) else "") for n, part in enumerate(parts))


def clean(line: str) -> str:
    """One line or paragraph without conversion artifacts and phonetic glosses, with damaged
    years repaired and unified punctuation."""
    # Each pattern runs only where the characters it needs occur: most lines need few of them.
    # Widths first, so the repairs below read a full-width year (２０２１?２０２５年) as any other.
    line = line.translate(UNIFY)
    text = _without_artifacts(line) if "*" in line or "[" in line or "#" in line else line
    if "(" in text or "（" in text:
        text = GLOSS.sub("", text)
        if " )" in text or " ）" in text:
            text = SPACED_GLOSS.sub("", text)
    if "年" in text:
        text = DAMAGED_YEAR.sub(_repair_year, text)
    if "?" in text or "？" in text:
        text = LOST_DASH.sub("—", text)
        text = LOST_SPACES.sub("", text)
    if text.lstrip()[:1] in CLOSE_MARKS:
        text = CLOSE_MARK.sub("", text, count=1)
    if "," in text:
        text = COMMA.sub("，", text)
    if ":" in text:
        text = COLON.sub("：", text)
    if "[" in text or "【" in text or "［" in text:
        text = BRACKETED_FIELD.sub(_unbracketed, text)  # 【发布文号】X, [发布日期] X: a field's label (round thirty-nine)
    if "效" in text or "废止" in text:
        text = VALIDITY_MARK.sub("", text, count=1)  # (已废止)某政办字〔2019〕24号 关于…: a site's mark (round one hundred and two)
    if "|" in text:
        text = _celled_fields(text)  # 索 引 号 | X | 发文日期 | Y |: a field table's cells (round eighty-five)
    text = SPACES.sub(" ", text).strip()
    if " " not in text and text.isprintable():
        return text  # no space left for the two steps below (a non-printable may be one)
    if len(LETTER_SPACED.findall(text)) >= 4 and text.count(" ") * 2 >= len(text) - text.count(" "):
        text = DIGIT_SPACE.sub("", text)
    return CJK_SPACE.sub("", text)


def _celled_fields(text: str) -> str:
    """A site's field table flattened into cells, a label's cell before its value's (索 引 号 | X | 发文日期 | Y |, as a page
    converted to text writes a disclosure table; round eighty-five), as labels with their colons (索引号：X | 发文日期：Y |),
    so the row is read as the labelled fields it holds and no title or body line runs into it. A row that does not open
    with a label's cell (序号 | 基地名称 | …, a list's table) is left as it is."""
    cells = text.split("|")
    labels = _label_set()
    if len(cells) < 3 or _spaceless(cells[0]) not in labels:
        return text
    out, n = [], 0
    while n < len(cells):
        name = _spaceless(cells[n])
        if name in labels and n + 1 < len(cells):
            out.append(f"{name}：{cells[n + 1].strip()}")
            n += 2
        else:
            out.append(cells[n].strip())
            n += 1
    return " | ".join(out)


def _spaceless(cell: str) -> str:
    """A table cell without its spaces (索 引 号 → 索引号: a label spaced to a column's width)."""
    return SPACES.sub("", cell)


# The marks a site sets before a list's item or a field (•, ·, ▪ …).
BULLET_CHARS = "•·▪●◆■"
BULLET = re.compile(f"[{BULLET_CHARS}]")
# A site's list bullet before a labelled field (•索引号：…, •发布机构：…, as a disclosure page lists its fields; round one hundred
# and thirteen): the field is chrome all the same.
FIELD_BULLET = re.compile(f"^\\s*[{BULLET_CHARS}]\\s*")


def _bulleted_field(text: str) -> bool:
    """Whether a line is one labelled field after a list bullet (•发布机构：泉州市教育局); a run of bulleted fields on one line
    (基本介绍•中文名：…•颁布时间：…, an encyclopedia's box) is read in the text, as before."""
    bare = FIELD_BULLET.sub("", text, count=1)
    return bare != text and not BULLET.search(bare) and _field_start().match(bare) is not None



# A page's posting time opening a line, a labelled field after it (2021-02-01 09:49:34来源：某市人民政府, 2022年3月1日 来源：…):
# the site's stamp, a line of its own, never the start of the name under it; its date is still read as the page's
# (round one hundred and eighteen).
LEADING_STAMP = re.compile(rf"^\s*(?:{ISO_DATE.pattern}|{DATE.pattern})(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?\s*")


def _stamped_field(text: str) -> bool:
    """Whether a line is a posting time with a labelled field after it (LEADING_STAMP, then a label and its colon)."""
    stamp = LEADING_STAMP.match(text)
    return stamp is not None and stamp.end() < len(text) and _field_start().match(text, stamp.end()) is not None


def line_kind(text: str) -> str | None:
    """"page" for a page marker, "chrome" for site chrome (a labelled field such as 发布时间：…,
    navigation words, a breadcrumb), else None; `text` is a cleaned line."""
    if PAGE_MARKER.match(text):
        return "page"
    if _field_start().match(text) or _bulleted_field(text):  # a label, then its colon (•发布机构：…: after a bullet)
        return "chrome" if len(text) <= FIELD_VALUE_MAX or _fields(text) >= 2 else None
    if _nav_chars().fullmatch(text):  # only nav words and separators can make a menu line
        rest = text
        for word in labels_of("nav", "prefix"):
            rest = rest.replace(word, " ")
        if rest != text and not NAV_SEPARATORS.sub("", rest):
            return "chrome"
    if (len(text) <= 80 and len(BREADCRUMB.findall(text)) >= 2 and "《" not in text) or HOME_CRUMB.match(text):
        return "chrome"
    if SITE_NAME.match(text):
        return "chrome"  # 法搜网--中国法律信息搜索网: the site's name over the document
    if COMMENT_COUNTER.match(text):
        return "chrome"  # 留言与评论（共有0条评论）|: a site's comment box under the document (round eighty-three)
    return None


# A site's comment box and its counter, alone on a line (留言与评论（共有 0 条评论）|, 网友评论（共3条）, 已有0人评论, 评论(0)): no
# text of the document's, though its count of nothing runs into a one-line body's signature otherwise (round eighty-three).
COMMENT_COUNTER = re.compile(r"^(?:网友|读者|用户)?(?:留言|评论)(?:[与和及](?:留言|评论))?\s*[（(]\s*(?:共有?|已有)?\s*\d+\s*"
                             r"(?:条|人|个)?(?:评论|留言)?\s*[)）][\s|｜]*$"
                             r"|^(?:共有?|已有)\s*\d+\s*(?:条|人)(?:评论|留言|参与评论)[\s|｜]*$")

# `line_kind` runs on every line; these two patterns let a line that cannot be a labelled field
# or a menu fail in one regex step, where testing each label and word in turn cost ~25 µs a line.
# What ends a label: its colon, or for a date's label the date itself, glued (成文日期2021年12月4日,
# 发布时间2022-06-21: a copied table's cells); a date opens with a year in Arabic or Chinese numerals.
LABEL_END = r"\s*[：:]"
GLUED_DATE = rf"\s*(?={YEAR_DIGITS}\s*[年\-/.]|[一二][{CN_DIGIT}]{{3}}\s*年)"


@lru_cache(maxsize=1)
def _field_start() -> re.Pattern:
    """A field or navigation label at the line's start followed by its colon (发布时间：), or a date's
    label followed by its date (发布时间2022-06-21)."""
    labels = labels_of("doc_number", "issue_date", "published", "issuer", "title", "field", "nav")
    dates = labels_of("issue_date", "published")
    return re.compile(rf"(?:{'|'.join(map(re.escape, labels))}){LABEL_END}|(?:{'|'.join(map(re.escape, dates))}){GLUED_DATE}")


@lru_cache(maxsize=1)
def _nav_chars() -> re.Pattern:
    """A line of nothing but the characters of navigation words and separators: a character
    outside them is never replaced away, so such a line is not a menu."""
    chars = {ch for word in labels_of("nav", "prefix") for ch in word}
    return re.compile(f"[{re.escape(''.join(sorted(chars)))}{NAV_SEPARATOR_CHARS}]*")


# A site's field label in brackets with its value after it on the line (【发布文号】某某公告第62号, [发布日期] 2013-11-21, as
# law and policy databases write their records; round thirty-nine): read as the label and its colon, in either script
# (the simplified copy and the text as written must keep one length). A bracketed label alone on its line, its value
# on the next, is `bare_label`'s.
# A site's mark of a document's validity before its heading or number ((已废止)某政办字〔2019〕24号 关于印发…的通知,
# 【现行有效】某镇人民政府突发事件应急预案, |(失效)…): never part of the name (round one hundred and two).
VALIDITY_MARK = re.compile(r"^[|｜\s]*[（(【\[［](?:已废止|已失效|失效|废止|现行有效|有效|部分失效|已修改|已修订)[）)】\]］]\s*(?=\S)")
# A numbered list of such fields (1. [索引号] X / … / 7. [标题] X, a district's disclosure page) drops the item's number with the
# brackets: its value is the field's, never 7.标题：X (round one hundred and one).
BRACKETED_FIELD = re.compile(rf"(?:^\s*\d{{1,2}}[.．、]\s*)?[\[【［]\s*([{CJK_RANGE}]{{2,8}})\s*[\]】］]\s*(?=[^\s\[\]【】［］])")


def _unbracketed(m: re.Match) -> str:
    """A bracketed label (BRACKETED_FIELD) that is a site's field label, as the label and its colon; else unchanged."""
    return f"{m.group(1)}：" if simplified(m.group(1)) in _label_set() else m.group(0)


@lru_cache(maxsize=1)
def _label_set() -> frozenset[str]:
    """The labels of a site's fields (索引号, 发文日期 …)."""
    return frozenset(labels_of("doc_number", "issue_date", "published", "issuer", "title", "field"))


def bare_label(text: str) -> bool:
    """Whether a line is only a field's label, without its colon (索引号, 发 文 日 期)."""
    return len(text) <= 12 and text.replace(" ", "").replace("\u3000", "") in _label_set()


def _fields(text: str) -> int:
    """How many labelled fields a line holds (索引号：… 发布机构：… 发文日期：…)."""
    labels = labels_of("doc_number", "issue_date", "published", "issuer", "title", "field")
    return sum(f"{label}：" in text for label in labels)


def split_points(body: str, one_line: bool = False) -> list[int]:
    """Where a raw line holds more than one paragraph: after a label glued before the title
    (方案全文某县…), at the end of a part heading that runs into its body, and, in a text on one
    line, before headings, dates and document numbers. Positions are offsets into `body`."""
    points: set[int] = set()
    lead = len(body) - len(body.lstrip())
    for label in labels_of("prefix") if not one_line else ():
        after = body[lead + len(label):lead + len(label) + 1]
        if body.startswith(label, lead) and after and after not in "：: ":
            points.add(lead + len(label))
            break
    if one_line:
        points.update(m.end() for m in LINE_SPLIT.finditer(body) if 0 < m.end() < len(body))
    # a page marker opening a piece, the text run on after it (— 1 — 全民…): the marker stands alone
    points.update(m.end() for a in {lead, *points} if (m := PAGE_MARKER_START.match(body, a)))
    if (note := NOTED_NAME.search(body)) and _name_before_note(body[lead:note.start("note")]):
        points.add(note.start("note"))  # 某市委某市人民政府关于…的实施意见 (2021年7月17日): the note stands alone
    if not points and not RUN_ON_HEADING.match(body):
        return []  # one piece, and no part heading opens it: most lines
    points.update(_run_on_heading_ends(body, sorted({0, *points, len(body)})))
    return sorted(p for p in points if 0 < p < len(body) and body[p:].strip() and body[:p].strip())


# A document's name with its number or date in brackets after it on the same line (中共某省委 某省人民政府关于…的实施意见
# (某发〔2025〕1号), …的实施意见 (2021年7月17日)), as a law database or a party site heads the document: the note stands on a
# line of its own, as a gazette sets it under the name (round one hundred and fourteen).
NOTED_NAME = re.compile(r"(?:通知|意见|决定|方案|纲要|规划|办法|要点|计划|规定|通报|批复|答复)\s*"
                        rf"(?P<note>[（(]\s*(?:{DOC_NUMBER.pattern}|{DATE.pattern}|{CN_DATE.pattern})\s*[）)])\s*$")
NAME_BEFORE_NOTE_CHARS = 100  # a heading's name is no longer


def _name_before_note(text: str) -> bool:
    """Whether `text`, before a bracketed note (NOTED_NAME), is a document's name alone: short, no sentence's mark,
    opening with 关于 or a party committee (中共某市委 某市人民政府关于…) or as a name does (`_opens_a_name`: an organ, a
    region). A sentence citing a notice and its number (各地要落实关于…的意见（某发〔2020〕1号）) keeps it."""
    bare = clean(text)
    return (0 < len(bare) <= NAME_BEFORE_NOTE_CHARS and SENTENCE_IN_LINE.search(bare) is None and "：" not in bare
            and "《" not in bare and (bare.startswith(("关于", "中共")) or _opens_a_name(bare)))


def _run_on_heading_ends(body: str, bounds: list[int]) -> list[int]:
    """Ends of part headings that run straight into their body ("二、…提升行动为全面推进…")."""
    ends = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = body[a:b]
        m = RUN_ON_HEADING.match(piece)
        if not m:
            continue
        head = piece[: RUN_ON_LIMIT + m.end()]
        stop = min((head.find(c) for c in "。；：！？" if c in head), default=len(head))
        words = [w for w in part_word_pattern().finditer(head, m.end()) if w.end() <= stop]
        if not words:
            continue
        end = words[-1].end()
        if stop < len(head) and not piece[end:stop].strip("，。 "):
            continue  # the heading ends with its own 。 (a heading with an inline body)
        nxt = piece[end:end + 1]
        if len(piece[end:].strip()) >= RUN_ON_BODY and re.match(f"[{CJK_RANGE}A-Za-z0-9“（(]", nxt):
            ends.append(a + end)
    return ends


@dataclass
class Line:
    """A non-empty raw line: its offsets in the raw text and its cleaned text."""

    start: int
    end: int
    text: str
    indent: int
    cells: list[str] | None = None  # cells of a tab-laid line, when it has two or more
    written: str | None = None  # the line as written, where `text` is its simplified copy
    kind: str | None = None  # "chrome" or "page" (see `line_kind`); None for text
    gap: bool = False  # a blank line stands before it

    @property
    def tabbed(self) -> bool:
        return self.cells is not None


@dataclass
class Paragraph:
    """A logical paragraph: one or more raw lines joined, with offsets into the raw text."""

    start: int
    end: int
    text: str
    table_cells: list[str] | None = None
    lines: list[Line] = field(default_factory=list)
    written: str | None = None  # as written, where `text` is a simplified copy (same length)
    kind: str | None = None  # "chrome" or "page" for site chrome and page markers

    @property
    def is_table(self) -> bool:
        return self.table_cells is not None

    @property
    def shown(self) -> str:
        """The paragraph as written (traditional script kept)."""
        return self.text if self.written is None else self.written


def _one_line(raw: str) -> bool:
    """Whether a text holds its body on one or two lines (a PDF copied as one run)."""
    lines = [line for line in raw.splitlines() if line.strip()]
    visible = sum(len(line.split()) and len("".join(line.split())) for line in lines)
    return bool(lines) and visible / len(lines) >= ONE_LINE_SHARE and any(
        len(line) >= ONE_LINE_CHARS for line in lines)


def raw_lines(raw: str, simple: str | None = None) -> list[Line]:
    """The non-blank lines of a raw text, with offsets of their first and last visible character.

    `simple` is a simplified copy of `raw` of the same length (traditional script): lines are
    read from it and keep what was written in `Line.written`. A raw line that holds several
    paragraphs (`split_points`) gives a line for each.
    """
    simple = raw if simple is None else simple
    one_line = _one_line(simple)
    lines = []
    pos = 0
    pieces = simple.splitlines(keepends=True)
    base = _common_indent(pieces)
    gap = False
    for piece in pieces:
        body = piece.rstrip("\r\n")
        cuts = split_points(body, one_line) if body.strip() else []
        for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True):
            line = _line(body[a:b], raw[pos + a : pos + b], pos + a)
            if line is not None:
                line.indent = max(0, line.indent - base) if not a else 0
                line.gap, gap = gap and not a, False
                lines.append(line)
        gap = gap or not body.strip()
        pos += len(piece)
    for n, line in enumerate(lines):
        if line.text[:1] in BULLET_CHARS and (text := _debulleted(line.text, lines[n + 1].text if n + 1 < len(lines) else "")):
            line.text, line.kind = text, line_kind(text)
    return lines


def _common_indent(pieces: list[str]) -> int:
    """The indent every non-blank line of a text shares (a copy that indents each line by four
    spaces or two ideographic ones): indents count from it, so that a right-aligned signature
    still stands apart and a uniformly indented body reads as if it were not. The least indent,
    not the most common: a body set in under its headline keeps its depth."""
    return min((len(p) - len(p.lstrip()) for p in pieces if p.strip()), default=0)


def _line(body: str, written: str, pos: int) -> Line | None:
    """The Line of one raw line's `body` (simplified) at offset `pos`; None when blank."""
    stripped = body.strip()
    text = _unmangled(clean(body)) if stripped else ""
    lead = len(body) - len(body.lstrip())
    if text:
        start = pos + lead
        end = pos + len(body.rstrip())
        cells = None
        if "\t" in body:
            parts = [clean(c) for c in body.strip(" ").split("\t")]
            if parts and parts[0] == "":
                parts = parts[1:]  # a leading tab
            cells = parts
        shown = clean(written) if written != body else None
        return Line(start, end, text, lead, cells, shown, line_kind(text))
    if stripped and not LOST_SPACES.sub("", stripped.translate(UNIFY)).strip():
        return None  # only question marks put for spaces (? ? ? ?): a blank line, as it was (round seventy-seven)
    if stripped:
        # Only artifacts (e.g. a lone "**"): keep it, so no visible character goes untraced.
        return Line(pos + lead, pos + len(body.rstrip()), "", lead)
    return None


# An organ's heading's first line or its order's heading after a site's list bullet (•某市人民政府关于印发, •某市人民政府令), or
# the organ alone over the heading's 关于 (•某市人民政府 / 关于…的通知): a gazette lists a document's fields after bullets and
# sets one more before the document's heading; the bullet is the site's, the line the document's (round one hundred and
# fourteen). A bulleted line of news or of a list's item (•某县科协开展…) and an organ as a field's value under its label
# (•[发布机构] / •某区政府办公室) keep their bullets.
BULLETED_ORGAN = re.compile(f"^[{BULLET_CHARS}](?=[{CJK_RANGE}]{{2,30}}?(?:{'|'.join(ORGAN_SUFFIXES)})(?P<rest>关于|令|$))")


def _debulleted(text: str, below: str) -> str | None:
    """`text` without the site's list bullet before an organ's heading (`BULLETED_ORGAN`; an organ alone only where the
    line `below` opens with 关于), or None where the bullet stays."""
    m = BULLETED_ORGAN.match(text)
    if m is None or (not m.group("rest") and not below.startswith("关于")):
        return None
    return text[1:]


# A joint signature's or header's line of bodies set apart by ideographic spaces, which a mirror that cannot write them
# in its encoding puts as question marks (某市科学技术局??中共某市委宣传部, 某厅???某委员会): the marks stand for the spaces,
# read as a space is (gone from the line), where the line without them names organs and nothing else (`_joint_signer`). A run of marks
# elsewhere (a mirror's lost characters inside a sentence, 确??破…) is left as it is (round seventy-four).
MANGLED_SPACES = re.compile(f"(?<=[{CJK_RANGE}])[?？]{{2,}}(?=[{CJK_RANGE}])")


def _unmangled(text: str) -> str:
    """A line of organs set apart by a mirror's question marks (`MANGLED_SPACES`) read without them; any other line as
    it is."""
    if "?" not in text and "？" not in text:
        return text
    joined = MANGLED_SPACES.sub("", text)
    return joined if joined != text and _joint_signer(joined) else text


WRAP_WIDTH_MIN = 12  # a line a copy cut at its width holds at least this many characters
WRAP_SLACK = 4  # the lines of one width differ by a few characters (a gloss or a number is kept whole)


def _region_notice_line(text: str) -> bool:
    """Whether `text` is a notice's whole title under a region's label (REGION_NOTICE_LINE, the label a division's name)
    or a repost label (转发：某省科学技术协会关于…的通知; round seventy-six)."""
    m = REGION_NOTICE_LINE.match(text)
    return bool(m and (region_run(m.group("region"))[1] == len(m.group("region")) or m.group("region") == REPOST))


def _cut_at_width(prev: Line, nxt: Line) -> bool:
    """Whether a heading-like line was cut by a copy's wrapping: about as long as the line under it
    (both at the copy's width, as written: glosses count toward a width; WRAP_SLACK), which does not
    end as a paragraph does, and neither line ending or opening one. (A heading the copy cut, its
    short rest on the next line, 一、…服务均 / 等化工作体系, stays a heading.)"""
    width = prev.end - prev.start
    return (width >= WRAP_WIDTH_MIN and abs(width - (nxt.end - nxt.start)) <= WRAP_SLACK and not _ends_paragraph(nxt.text)
            and prev.text[-1] not in TERMINATORS and not HEADING_START.match(nxt.text))


# A labelled field's last value opening a notice's title with 关于 (标题：某省…关于成立…领导).
TITLE_VALUE_CUT = re.compile(r"([^：:\s]{1,6})\s*[：:]\s*([^：:]{2,60}关于[^：:]*)$")


def _title_label_cut(text: str) -> bool:
    """Whether a labelled field line ends with a title's label (page_labels.csv) and a notice's title
    it has not ended (关于… short of 通知 or a document's name): a copy wrapped inside the value."""
    m = TITLE_VALUE_CUT.search(text) if "关于" in text else None
    return bool(m and m.group(1).endswith(tuple(labels_of("title")))
                and not re.search("通知|决定|通报|批复|答复", m.group(2)[m.group(2).rfind("关于"):])
                and not TITLE_END.search(m.group(2)))


def _number_label(text: str) -> bool:
    """Whether `text` ends with a document number's label of page_labels.csv (文号, 发文字号 …)."""
    return text.endswith(tuple(labels_of("doc_number")))


def _next_long_item(prev: str, nxt: str) -> bool:
    """Whether `nxt` opens the item after the one `prev` opens (999. → 1000.): four-digit item
    numbers start a paragraph only in sequence, so a line opening with a year does not."""
    m = LONG_ITEM_NUMBER.match(nxt)
    before = re.match(r"(\d{3,5})[.．、]", prev) if m else None
    return bool(m and before) and int(before.group(1)) + 1 == int(m.group(1))


def _quote_state(text: str, depth: int, since: int) -> tuple[int, int]:
    """(《 still open, characters since the outermost opened) after `text`, from the state before it."""
    if not depth and "《" not in text:
        return 0, 0
    for ch in text:
        if ch == "《":
            since = since if depth else -1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
        since += 1
    return depth, since if depth else 0


# A copy wrapped inside a year, a date or a document number: 2013 / 年…, 2022年04月12 / 日, 〔2014〕 / 193号,
# 〔 / 2014〕193号 (`_cut_inside`).
DIGITS_END = re.compile(r"\d$")
UNIT_AFTER_DIGITS = re.compile(r"[年月日号]")
YEAR_BRACKET_END = re.compile(r"[〔\[【（(﹝〖［]\s*(?:19|20)\d{2}\s*[〕\]】）)﹞〗］]\s*第?$")
SERIAL_START = re.compile(r"\d{1,4}\s*号")
# …2022年04 / 月12日, 2012年09月 / 28日: a date cut after its year's or month's unit
DATE_UNIT_END = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?$")
DATE_REST_START = re.compile(r"\d{1,2}\s*[月日]")
# The rest of a line cut inside a date or a number (…2022年04月12 / 日): it ends that line.
CUT_REST = re.compile(r"(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:\d{1,2}\s*)?月\s*\d{1,2}\s*日|\d{1,2}\s*日|日|号)")
OPEN_BRACKET_END = re.compile(r"[〔\[【﹝〖［]$")
YEAR_REST_START = re.compile(r"(?:19|20)\d{2}\s*[〕\]】）)﹞〗］]\s*第?\s*\d{1,4}\s*号")
# …and inside a region's name before its organ (…的函巴 / 东县人民政府关于…: 巴东县人民政府).
ORGAN_AFTER_REGION = re.compile(r"(?:中共)?[\u3400-\u9fff]{0,12}?(?:人民政府|政府|科学技术协会|科协|委员会|党委|办公室)")


def _cut_inside(prev: str, nxt: str, names: bool = True) -> bool:
    """Whether a copy wrapped `prev` / `nxt` inside a year, a date or a document number (its digits
    and their 年/月/日/号, a bracketed year and its serial), or (`names`) inside a region's name before
    an organ: the lines are one."""
    if (DIGITS_END.search(prev) and UNIT_AFTER_DIGITS.match(nxt)) or (
            DATE_UNIT_END.search(prev) and DATE_REST_START.match(nxt)):
        return True
    if (YEAR_BRACKET_END.search(prev) and SERIAL_START.match(nxt)) or (
            OPEN_BRACKET_END.search(prev) and YEAR_REST_START.match(nxt)):
        return True
    if not names or not ORGAN_AFTER_REGION.match(nxt) or _ends_sentence(prev) or opens_with_region(nxt):
        return False  # (the cheap tests first: a region's pattern is long)
    for k in (1, 2)[: len(prev)]:  # the region's first one or two characters left on the line above
        joined = prev[-k:] + nxt
        if ("\u3400" <= prev[-k] <= "\u9fff" and opens_with_region(joined)
                and not opens_with_region(prev[-k:]) and ORGAN_AFTER_REGION.match(joined)):
            return True
    return False


# A congress's approval note in brackets, alone on a line under a law's or an outline's heading: its day, the congress
# (人民代表大会, its 常务委员会, 人大) and 会议通过 or 批准 ((2021年2月24日某市第二届人民代表大会第九次会议批准)); a copy may space its
# digits (2 0 2 1 年). A copy wrapped at its width may cut the note anywhere after its day (（2021年2月24日某市第 / 二届人民代表
# 大会…批准）): its first piece, a bracket opening at a full day and left open on the line, opens it as well (a name's own
# bracket holds its period or a year, never a day).
APPROVAL_LINE = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日[^（）()]{0,40}?(?:人民代表大会|人大|委员会)[^（）()]{0,40}?会议(?:审议)?(?:通过|批准)"
                           r"[^（）()]{0,80}[）)]$")
APPROVAL_OPENING = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日[^（）()]{0,40}$")


DIGITS_LINE = re.compile(r"\d{1,8}")
# (a sentence about a part, 第一部分内容…, 第一篇文章…, is none)
DIVISION_HEADING = re.compile(r"第[一二三四五六七八九十]{1,3}(?:部分|篇|编)(?!内容|文章|报告)")
BRACKETED_NUMBER = re.compile(rf"[（(](?:{DOC_NUMBER.pattern}|{DAMAGED_DOC_NUMBER.pattern})[）)]")
DATED_NOTE = re.compile(rf"[（(](?:{DATE.pattern}|{CN_DATE.pattern})[）)]")
# …perhaps with the paper's own date after it on the line ((2024年7月29日) 2024年10月14日: the document's date in brackets, then the
# day the paper printed it; round one hundred and ten).
SPACES_ANY = re.compile(r"\s+")
DATED_NOTE_LINE = re.compile(rf"(?P<note>{DATED_NOTE.pattern})(?:{DATE.pattern}|{ISO_DATE.pattern})?")


def _approval_line(text: str) -> bool:
    """Whether `text` is a congress's approval note alone on its line (APPROVAL_LINE), or the first piece of one a copy
    wrapped (APPROVAL_OPENING), its spaces aside."""
    bare = re.sub(r"\s+", "", text)
    return APPROVAL_LINE.match(bare) is not None or APPROVAL_OPENING.match(bare) is not None


def _continues(prev: Line, nxt: Line, front: bool = False, in_unit: bool = False, in_quote: bool = False,
               above: Line | None = None, in_title: bool = False) -> bool:
    """Whether `nxt` carries on the paragraph that `prev` left unfinished.

    In the front matter (before the first heading) titles are broken over short lines, but a
    title ends at 通知 or at a document number, and a short line followed by a long one is a
    title followed by its preamble. `in_unit`: the paragraph so far leaves a unit bracket open
    ("…〔牵头单位：" at a line's end), so the next line, unless a heading, carries its names.
    `in_quote`: the paragraph so far leaves a document's name open (《…纲 / 要》, a copy wrapped inside
    it, even after a bracket closed: 《某省关于印发〈…（2021—2025年） / 〉的通知》), so the next line,
    unless chrome, a page marker or a heading, carries the rest of it.
    `above`: the line over `prev` (None when `prev` is not a paragraph's only line so far).
    `in_title`: `prev` is a later line of a title opened with 关于 over lines before it and not yet ended (国务院关于同意某、
    某、某 / 高新技术产业开发区建设 / 国家自主创新示范区的批复): `prev` is a piece of that title, never a headline of its own.
    """
    if _block_last_body(above, prev) and nxt.text.startswith("关于"):
        return False  # 某局 某部 / 某协会 / 关于…的通知: the last body of a joint header, not the heading's organ
    if len(prev.text) >= 2 and nxt.text.startswith(prev.text + "关于") and is_issuer(prev.text):
        return False  # 国务院 / 国务院关于同意…的批复: a header's organ over a heading that names it itself, never doubled
        # (国务院国务院关于…; round one hundred and two)
    if (above is not None and not above.kind and not prev.kind and _cover_organ(above.text) and _cover_organ(prev.text)
            and nxt.text.startswith("关于")):
        return False  # 中共某省委 / / 某省人民政府 / / 关于…的实施意见: two organs stacked over a heading are a joint header, the
        # lower never the heading's organ alone (round one hundred and two)
    if in_quote and not (prev.kind or nxt.kind or HEADING_START.match(nxt.text)):
        return True
    if _period_under_name(prev, nxt):
        return True  # 某市…行动方案 / （2024—2027年）, both set in: the name's period on a line of its own (round sixty-eight)
    if prev.text and nxt.text and prev.kind in (None, "chrome") and not nxt.kind and _cut_inside(
            prev.text, nxt.text, names=prev.kind is None):
        # 2013 / 年…, 〔2014〕 / 193号, …巴 / 东县人民政府: a copy wrapped inside one name (a labelled field's
        # value too: 文号：某政办发〔2012〕3 / 号, 发布日期：2022 / 年08月09日)
        return True
    if (prev.text[-8:].find("号") >= 0 and (cut := NUMBER_LABEL_CUT.search(prev.text))
            and _number_label(prev.text[: cut.start() + 1])
            and (ANY_DOC_NUMBER_LINE.match(nxt.text) or NUMBER_REST_LINE.match(nxt.text))):
        return True  # 文号：楚 / 政办通〔2017〕11号: a copy wrapped inside the number's organ after its label
    if nxt.text and nxt.text[0] in CONTINUING and prev.text and not (prev.kind or nxt.kind):
        return True  # a line never opens with ，。》） …: a copy wrapped just before one
    if prev.text and nxt.text and not (prev.kind or nxt.kind) and any(
            prev.text.endswith(ISSUED_TO_YOU[:k]) and nxt.text.startswith(ISSUED_TO_YOU[k:]) for k in range(1, 5)):
        return True  # 现将《X》印 / 发给你们: a copy wrapped inside a notice body's words (round nineteen)
    if prev.kind == "chrome" and not nxt.kind and _title_label_cut(prev.text):
        return True  # 标题：某省…关于成立…领导 / 小组的通知: a title's value wrapped after its label
    if nxt.text.startswith("的") and prev.text and not (prev.kind or nxt.kind or _ends_sentence(prev.text)):
        return True  # nor with 的 (…实施方案（2022—2025年） / 的通知): a copy wrapped before it
    if front and prev.text and nxt.text and (
        # a letter (…的函) and a public notice of a list (…名单公示, …的公示; round thirty-one) end their titles as a
        # notice does
        prev.text.endswith(("通知", "号", "的函", "公示"))
        # …as a decision, a reply, a circular, a request or a bulletin does (某市人民政府关于同意…的批复 / / 市科协：; round
        # ninety-six)
        or (prev.text.endswith(("批复", "决定", "通报", "请示", "公告")) and "关于" in prev.text)
        # a document's number alone in brackets under its name, as a gazette prints it (某市人民政府关于…的决定 /
        # （某政发〔2019〕1号）): the number, never the rest of the name (round ninety-six)
        or BRACKETED_NUMBER.fullmatch(re.sub(r"\s+", "", nxt.text)) is not None
        # a plan's first division heading under its name (某某行动2021年重点工作计划 / 第一部分：整体工作安排): the body's
        # first heading, never the rest of the name (round ninety-nine)
        or DIVISION_HEADING.match(nxt.text) is not None
        # a line repeating the one above (a template's or a site's title shown twice: X / X) is no rest of it
        # (round nineteen)
        or prev.text == nxt.text
        # …or under the same name with its region in brackets before it ((辽宁省)某县…纲要 / 某县…纲要: a site's label and the
        # name; round one hundred and sixteen)
        or region_labelled(prev.text) == nxt.text
        # a document's whole name after a blank line, under a line holding a sentence's mark (a site's advert or
        # slogan, 超级方便的公文写作神器！立即了解 / / 全民科学素质行动计划纲要): the name starts a paragraph (round nineteen)
        or (nxt.gap and _document_name(nxt.text) and SENTENCE_IN_LINE.search(prev.text) is not None
            and not _left_open(prev.text))
        # …and a heading of its own opening with 关于 under a headline holding a sentence's mark (探索低空经济发展考核!某省发布…
        # 征求意见稿 / 关于征求《…》意见的公告): the heading starts a paragraph, never the headline's rest (round one hundred and four)
        or (OWN_HEADING_LINE.fullmatch(nxt.text) is not None and SENTENCE_IN_LINE.search(prev.text) is not None
            and not _left_open(prev.text))
        # an organ's whole notice title starts a paragraph, unless the line above opened a notice's
        # title it has not closed (关于印发滨 / 海县关于提升…的实施意见的通知: a title holding 关于, wrapped)
        or (NOTICE_LINE.match(nxt.text) and not OPEN_NOTICE.search(prev.text))
        or _region_notice_line(nxt.text) or REPOST_OPENING.match(nxt.text)
        or WRAPPED_NOTICE_LINE.match(prev.text) or WRAPPED_NOTICE_LINE.match(nxt.text)
        or DOC_NUMBER_LINE.match(prev.text)
        or (ORGAN_HEADING_START.match(nxt.text) and prev.text[-1] not in "、，,和及与")
        # a document's whole name over an organ's whole name (a cover: 某省“十四五”某某规划 / 某省某局 / 某省某委员会 /
        # 2021年12月): the issuer's line, never the rest of the name (round seventy-nine)
        or (_document_name(prev.text) and _cover_organ(nxt.text))
        # …or over the body's first numbered heading (某市突发地质灾害应急预案 / / 1 总则, 某县…工作要点 / 一、指导思想): the
        # name ends at its line (round one hundred and one)
        or (_document_name(prev.text) and NUMBERED_HEADING_LINE.fullmatch(nxt.text) is not None)
        or (len(prev.text) <= 40 and len(nxt.text) >= max(60, 2 * len(prev.text)))
        or (nxt.gap and _opens_a_name(nxt.text) and not _left_open(prev.text))
        # …or a notice's title a site wraps in 《》 (《某省人民政府办公厅关于印发… / …的通知》), its first line
        or (nxt.gap and WRAPPED_NOTICE_OPENING.match(nxt.text) and not _left_open(prev.text))
        # …or a file's name (某县…实施意见.docx: a sharing site's head, or a link)
        or (nxt.gap and ATTACHED_FILE.search(nxt.text) and not _left_open(prev.text))
        # a notice's whole name of its own below a headline (开展创建…工作的通知), not the rest of a title
        # the line above opened with 关于 (关于印发某县…纲要 / 实施方案（…）的通知)
        or (nxt.gap and WHOLE_NAME.match(nxt.text) and "关于" not in prev.text and not _left_open(prev.text)
            and not in_title)
        # …or a headline naming a document issued whole (某厅、某部联合印发《X》), unless the line above is left open or is
        # a region's name alone (四川省 / 科技厅…联合印发《X》: a headline wrapped after its region; round forty-three)
        or (nxt.gap and ISSUED_HEADLINE.match(nxt.text) and not _left_open(prev.text)
            and not is_region_name(prev.text))
        # …or a collection's piece heading (篇一：X under the collection's name, as 范文 and sharing sites head each piece
        # they collect): never the rest of the name above it (round forty-five)
        or PIECE_HEADING.match(nxt.text)
        # a congress's approval note in brackets on a line of its own under a name ((2021年2月24日某市第二届人民代表大会
        # 第九次会议批准), （…常务委员会第三次会议通过）): a note on the document, never the rest of its name (round seventy-two)
        or _approval_line(nxt.text)
        # a document's date alone in brackets under its name (中共某市委 某市人民政府 / 关于…的意见 / （2018年8月20日）), as a
        # paper or a gazette prints a party or government document: its date, never the rest of its name (round ninety-two)
        or DATED_NOTE_LINE.fullmatch(re.sub(r"\s+", "", nxt.text)) is not None
        # a headline with no blank line under it, over a news lead, a line opening a name of its own or
        # a notice's whole name (科普惠民 / 近日，某县印发了…; 科普惠民 / 某县…实施方案（2021—2025年）;
        # 科普惠民 / 某县人民政府办公室; 科普惠民 / 开展创建…的通知; 科普惠民 / 某县…实施意见.docx)
        or (not nxt.gap and not in_title and _headline(prev.text)
            and (_opens_a_name(nxt.text) or WHOLE_NAME.match(nxt.text) or ATTACHED_FILE.search(nxt.text)))
        # …or a headline leading into what follows with a dash (重磅！某市委一号文件，全文发布—— / 中共某市委员会 某市人民政府 /
        # 关于…的实施意见): the document starts below it (round one hundred and fifteen)
        or (nxt.gap and LEADING_DASH.search(prev.text) is not None)
    ):
        return False
    if prev.kind or nxt.kind:
        return False  # site chrome and page markers stand alone
    if nxt.gap and DIGITS_LINE.fullmatch(prev.text):
        # a line of digits alone ends its paragraph at a blank line (a signature's date a copy stripped of 年, 月 and 日,
        # 2017 / 45, then the site's 上一条： or 关注我们): what follows the blank is no rest of it (round ninety-five)
        return False
    if bare_label(prev.text) or bare_label(nxt.text):
        return False  # a field label on a line of its own (索引号, its value on the next) joins no title
    if not prev.text:
        return True
    if not nxt.text:
        return True
    if UNIT_LIST_START.match(nxt.text):
        return True  # a unit bracket on a line of its own belongs to the task above
    if in_unit and not HEADING_START.match(nxt.text):
        return True
    if front and _name_cut_at_width(prev.text, nxt.text):
        # 青岛市加强质量认证 / 体系建设促进全面质量管理实施方案, set in as a gazette centres a name: a name's first piece, opened
        # as a name is and not ended, over the piece that ends it and opens no name of its own (round one hundred and seven)
        return True
    if front and OPEN_HEADING.fullmatch(prev.text) and HEADING_REST.fullmatch(nxt.text):
        # 关于2019年重点办好城乡建设和 / 改善人民生活方面10件实事的通知, both set in as a gazette centres them: a heading opened
        # with 关于 and cut where a phrase runs on ends on the next line, whatever its indent (round one hundred and seven)
        return True
    if front and not (prev.kind or nxt.kind) and (
            HEADING_CUT_AT_VERB.search(prev.text) or (in_title and HEADING_REST.fullmatch(nxt.text))) \
            and not _stands_alone(prev.text, nxt.text) and SENTENCE_IN_LINE.search(nxt.text) is None:
        # 某市人民政府关于印发 / 某市加强质量认证体系建设 / 促进全面质量管理实施方案的通知, centred as a gazette sets a heading over
        # three lines: a heading cut after its 关于 (or the verb that takes the document) runs on, and so does a heading's
        # later piece into the line that ends it as a notice's or decision's name does (round one hundred and fourteen)
        return True
    if _ends_paragraph(prev.text) or _stands_alone(prev.text, nxt.text):
        return False  # (both end the paragraph: the cheap test first)
    if CLOSING_LINE.fullmatch(prev.text):
        return False  # 特此通知 / 某市科学技术协会: a notice's closing words on a line of their own end its body (round eighty-one)
    if HEADING_START.match(nxt.text) or _next_long_item(prev.text, nxt.text):
        return False
    if open_depth(prev.text) > 0:
        return True  # a bracket left open ("〔牵头单位：县经科") runs on to the next line
    if nxt.gap and CONTENTS_ENTRY.match(prev.text) and _document_name(nxt.text):
        return False  # 8.1气象灾害预警等级 / 8.2名词术语 / / 某省气象灾害应急预案: the plan's own heading under its contents list,
        # never the last entry's rest (round one hundred and one)
    if HEADING_START.match(prev.text) and len(prev.text) <= 40 and "。" not in prev.text[:-1]:
        # a heading line stands alone; a numbered item may run on, and so does a line a copy cut at
        # its width (a document-sharing copy's 1、某县…实施 / 方案为了…: as long as the line under it, which
        # goes on itself)
        return _cut_at_width(prev, nxt)
    if DATE_LINE.match(nxt.text) or DATE_LINE.match(prev.text):
        return False
    if ATTACHMENT.match(prev.text) or ATTACHMENT.match(nxt.text):
        return False
    # Right-aligned signature lines stand alone, and a line set in opens a paragraph; but a line set
    # in that holds a sentence's comma is a paragraph's first line, wrapped (no signature has one).
    return not (nxt.indent >= 4 or (prev.indent >= 4 and "，" not in prev.text))


# How a document's name or a headline of its own opens: a region's name (青海省…, 某县…), a central
# body (国务院…, 全国…), a bare level's organ (省政府…, 市科协…, 县委…), 关于 (a notice), 对 (a reply to a
# proposal), or a year before a region's name.
# (Not 《: a title wraps before the document it quotes, 某省人民政府关于贯彻 / 《…纲要》 / 的实施意见.)
NAME_OPENING = re.compile(f"^(?:关于|对|{'|'.join(CENTRAL_BODIES)}|[{LEVEL_CHARS}](?:委|人民政府|政府|科协)|"
                          f"{YEAR_DIGITS}年(?=[{CJK_RANGE}]))")
# A full date opening a line, in Arabic or Chinese numerals (2022年3月10日, 二〇二二年三月十日, 2022-03-10).
GLUED_DATE_START = re.compile(f"^(?:{DATE.pattern}|{CN_DATE.pattern}|{ISO_DATE.pattern})\\s*")
# A news lead's opening: its day (with or without its year) or a time word, then a comma.
LEAD_OPENING = re.compile(f"^(?:{DATE.pattern}|{CN_DATE.pattern}|\\d{{1,2}}月\\d{{1,2}}日|近日|日前|近期)[，,]")
# A whole notice's, decision's, report's or reply's name of its own (开展创建…工作的通知), whatever it opens
# with. (Not a plan's name: its pieces, 实施方案 / （2016—2020年）, are what a copy wraps apart.)
WHOLE_NAME = re.compile(r"^(?![的（(])[^，。；：]{8,}的(?:通知|决定|通报|批复|答复)$")
# The last characters of a front-matter line the next one completes (a list or phrase cut there).
OPEN_END = "、，,和及与的"
MONTH_IN_LINE = re.compile(rf"{YEAR_DIGITS}\s*年\s*\d{{1,2}}\s*月")  # a year and month anywhere in a line (2021年6月)
# A heading's first line opened with 关于 and cut where a phrase runs on (关于2019年重点办好城乡建设和): no sentence's mark, no
# document's name ended on it (round one hundred and seven).
OPEN_HEADING = re.compile(r"关于[^，。；：:！？!?《》]{2,60}[和及与的、]")
# A heading's first line cut right after its 关于 or the verb that takes the document it issues or forwards (某市人民政府关于
# 印发, 某厅关于转发, 某县人民政府关于): never a line of its own (round one hundred and fourteen).
HEADING_CUT_AT_VERB = re.compile(r"关于(?:印发|转发|下发|颁发|颁布|公布)?$")
# …and the rest that ends it on the next line (改善人民生活方面10件实事的通知, 先进个人的决定).
HEADING_REST = re.compile(r"[^，。；：:！？!?《》关]{1,60}的(?:通知|决定|通报|批复|答复|(?:若干|实施)?意见|公告|请示)")


# A plan's period in brackets alone on a line ((2024-2027年), （2021—2035年）, (2009-2013)): the last piece of the name on the line
# above, which a layout sets on a line of its own under it (round sixty-eight).
PERIOD_LINE = re.compile(rf"^（\s*{YEAR_DIGITS}\s*年?\s*[—―─\-–－~～至到]+\s*{YEAR_DIGITS}\s*年?\s*）$")
# …under a name ending as a plan, an opinion, measures or an action does (a name whose period the layout cut off).
PERIOD_NAME_END = re.compile(r"(?:方案|纲要|规划|计划|要点|意见|办法|行动)$")


def _period_under_name(prev: Line, nxt: Line) -> bool:
    """Whether `nxt` is a period in brackets alone (PERIOD_LINE) under a document's name alone on its line (a short line
    of no sentence's mark, no numbered heading, ending as a plan's name does): the name's own period, which a layout sets
    on a line of its own, centred or set in as deep as the name (round sixty-eight: a set-in heading stood apart from its
    period, and the title lost it). A period under a sentence, a section's heading or a notice's title is no piece of it."""
    return (not (prev.kind or nxt.kind) and PERIOD_LINE.match(nxt.text) is not None
            and PERIOD_NAME_END.search(prev.text) is not None and len(prev.text) <= NAME_LINE_CHARS
            and SENTENCE_IN_LINE.search(prev.text) is None and "：" not in prev.text
            and HEADING_START.match(prev.text) is None)


def _name_cut_at_width(prev: str, nxt: str) -> bool:
    """Whether `prev` is a document's name cut at a layout's width before `nxt` ends it: `prev` short, opening a name
    (`_opens_a_name`), no sentence's mark, no name's end and no organ's name; `nxt` a document's name's end
    (`_document_name`) opening no name and no heading of its own (round one hundred and seven)."""
    return (len(prev) <= HEADLINE_LINE_CHARS and _opens_a_name(prev) and not TITLE_END.search(prev)
            and SENTENCE_IN_LINE.search(prev) is None and "：" not in prev and not _cover_organ(prev) and not _signer(prev)
            and not any(date.search(prev) for date in (DATE, CN_DATE, ISO_DATE, MONTH_IN_LINE))  # (a signature: 省政府办公厅2021年6月10日)
            and _document_name(nxt) and not _opens_a_name(nxt) and HEADING_START.match(nxt) is None
            and not nxt.startswith(("关于", "《", "（", "("))
            and not prev.startswith("关于"))


def _opens_a_name(text: str) -> bool:
    """Whether a line opens a name of its own (see NAME_OPENING), or after a year a region's; a
    date glued before it (二〇〇七年六月十五日某省…) does not count. A news lead (2017年1月10日，…;
    近日，…) opens a paragraph of its own too."""
    if LEAD_OPENING.match(text):
        return True
    if (date := GLUED_DATE_START.match(text)) and date.end() < len(text):
        text = text[date.end():]
    if m := NAME_OPENING.match(text):
        return not m.group().endswith("年") or opens_with_region(text[m.end():])
    return opens_with_region(text)


LEADING_DASH = re.compile(r"[—―－-]{2}$|——$")  # a headline's dash into what follows (…全文发布——)
HEADLINE_LINE_CHARS = 30  # a headline is a short line
# A headline of its own naming a document issued whole (某厅、某部、某协会联合印发《X》), the name closed at the line's end:
# under a blank line it is never the rest of the line above (round forty-three: a spam line of glossed words ending in
# 园区 stood over one, and the headline's first organ took its 区).
ISSUED_HEADLINE = re.compile(r"^[^《》〈〉，。；：:！？!?\s]{2,60}?(?:联合|共同)?" + ISSUE_VERBS + "了?《[^《》]{4,150}》$")
# A collection's piece heading opening a line (篇一：X, 篇2:X, 第三篇：X): a 范文 or sharing site's head of each piece it
# collects, under the collection's name (round forty-five).
PIECE_HEADING = re.compile(r"^\s*(?:篇\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})|第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*篇)"
                           r"\s*[：:]")
ISSUED_TO_YOU = "印发给你们"  # a notice body's words (现将《X》印发给你们), which a copy may wrap inside
SENTENCE_IN_LINE = re.compile("[，。！？；!?]")
NAME_LINE_CHARS = 60  # a document's name on a line of its own is no longer
# A short numbered heading alone on its line (1 总则, 1.总则, 一、指导思想, 第一章 总则): a body's first heading under its name.
NUMBERED_HEADING_LINE = re.compile(r"(?:\d{1,2}(?:[.．]\d{1,2})*[.．、]?|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节部分篇])\s*"
                                   r"[^\d\s，。；：、]{2,10}")
CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s*[^\d\s，。；：]{2,20}$")  # 8.2名词术语, 6.应急保障: a contents list's entry


def _document_name(text: str) -> bool:
    """Whether a line is a document's whole name: ending as one does (TITLE_END), short, no sentence's mark."""
    return (len(text) <= NAME_LINE_CHARS and TITLE_END.search(text) is not None
            and SENTENCE_IN_LINE.search(text) is None and "：" not in text)


def _headline(text: str) -> bool:
    """Whether a front-matter line may be a news headline: short, no sentence's mark, not left open
    for the next line (`_left_open`) and no document's name (TITLE_END) nor an organ's line."""
    return (len(text) <= HEADLINE_LINE_CHARS and not re.search("[，。；：]", text)
            and not _left_open(text) and not TITLE_END.search(text) and not _opens_a_name(text))


def _left_open(text: str) -> bool:
    """Whether a front-matter line is left for the next one to complete: cut at one of OPEN_END, a
    title opened with 关于 and not ended as a document's name (关于印发, 关于贯彻), an organ before its
    关于, or a bracket left open."""
    return bool(text[-1] in OPEN_END or ("关于" in text and not TITLE_END.search(text))
                or ORGAN_LINE.match(text) or open_depth(text) > 0)


# A notice's closing words alone on a line, with no mark after them (特此通知, 特此通报, 特此公告, 特此函告, 特此批复): the body's
# last words, never run on into the signature under them (round eighty-one).
CLOSING_LINE = re.compile(r"特此(?:通知|通报|公告|函告|批复)")


def _ends_paragraph(text: str) -> bool:
    """Whether a line ends as a paragraph may: at a mark of TERMINATORS, but at a closing quote only
    after a sentence's end (…。” ends; 为实现“十三五” / 公民科学素质13%的目标 is a copy wrapped after a
    quoted word)."""
    if text[-1] not in TERMINATORS:
        return False
    return text[-1] not in QUOTE_CLOSERS or len(text) < 2 or text[-2] in SENTENCE_ENDS_IN_QUOTE


# A joint red header or signature laid two or three bodies to a line, the odd body alone on its last line (某市科学技术局
# 中共某市委宣传部 / 某市教育委员会 某市科学技术协会 / 某市社会科学界联合会 / 关于…的通知): a line of one organ right under a
# line of several, no blank line between them, ends the block of bodies. An organ alone over 关于… is otherwise a heading
# broken after its organ (某省人民政府 / 关于…的通知, `_stands_alone`); under a line of bodies it is their last (round
# seventy-four).
def _block_last_body(above: Line | None, line: Line) -> bool:
    """Whether `line`, an organ line (`_signer`), stands right under a line naming several organs (`_joint_signer`)."""
    return (above is not None and not line.gap and not above.kind and not line.kind
            and _signer(line.text) and _joint_signer(above.text))


def _ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence (。！？；, perhaps inside a closing quote)."""
    return text.rstrip("”’」』\"'")[-1:] in ("。", "！", "？", "；", "!", "?")


def _stands_alone(prev: str, nxt: str) -> bool:
    """A date, document number or signature line, or a title before its preamble: never
    joined to the next line (nor a date or document number to the line before it)."""
    if ANY_DATE_LINE.match(prev) or ANY_DATE_LINE.match(nxt) or MONTH_LINE.match(prev) or MONTH_LINE.match(nxt):
        return True
    if any(DATED_NOTE_LINE.fullmatch(SPACES_ANY.sub("", line)) for line in (prev, nxt)):
        return True  # （2024年7月29日）2024年10月14日: a document's dated note, the paper's date after it (round one hundred and ten)
    if POSTING_TIME_LINE.fullmatch(prev) or POSTING_TIME_LINE.fullmatch(nxt):
        return True  # 26.02.2020  10:21, 2016-09-17 01:30:50: a site's posting time alone (round one hundred and six)
    if _stamped_field(prev):
        return True  # 2021-02-01 09:49:34来源：某市人民政府 / 某市…纲要: the stamp and its field (round one hundred and eighteen)
    if digits_date(prev) or digits_date(nxt):
        return True  # a date line a damaged copy stripped of 年, 月 and 日 (201276 / 赣发〔20128; round seventy-six)
    if ANY_DOC_NUMBER_LINE.match(prev) or ANY_DOC_NUMBER_LINE.match(nxt):
        return True
    if ATTACHED_FILE.search(prev):
        return True  # 附件：某某办法.pdf, a link to a file, ends its line (a signature may follow)
    if (NAMED_ATTACHMENT.match(prev) or NUMBERED_ATTACHMENT.match(prev) or SHORT_ATTACHMENT.match(prev)) \
            and (_signer(nxt) or ministry(nxt)):
        # 附件：某某名单 (or its list's last line, 3.某某报名表) / 某自治区科学技术厅 / 2023年2月3日: the organ signs; a ministry
        # named bare too (附件：…名单 / 生态环境部 / 科学技术部 / date: round forty-two)
        return True
    if CUT_REST.fullmatch(prev):
        return True  # …9号2022年04月12 / 日: the rest of a date or number cut inside ends its line
    if CONTACT_LINE.match(prev) or CONTACT_LINE.match(nxt):
        return True  # 联系人：某某 / 联系电话：… / 某市科学技术协会: contact fields stand alone
    if CONTACT_END.search(prev) and _signer(nxt):
        return True  # …请咨询某公司。联系人：某某 电话：0731-88988126 13975835146 / 某市科技局 / date: the organ signs (round eighty-two)
    if CONTACT_START.match(prev) and _signer(nxt):
        return True  # 联系人：某某 电子邮箱：… (two fields on a line) / 某某老科学技术工作者协会: the organ signs (round forty)
    if _signer(prev) and not nxt.startswith("关于") and prev[-1] not in "、，":
        return True  # a signature (an issuer followed by 关于… is a title broken after it)
    if ORGAN_DATE_LINE.match(prev):
        return True  # a signature with its date on its line (某县科协    2021年8月5日)
    # (a salutation naming several addressees, 各县（市、区）人民政府，市政府直属各单位：, opens the body under the name as 各…：
    # does: round one hundred and fifteen)
    return bool(TITLE_END.search(prev) and (PREAMBLE_START.match(nxt) or SALUTATION_LINE.fullmatch(nxt)))


def _is_header(lines: list[Line], i: int) -> bool:
    """A division-of-labour table header: 序号 … 牵头/责任单位, as one tab-laid line or as
    one cell per line (the layout of a table converted from Word column by column)."""
    line = lines[i]
    if line.cells and len(line.cells) >= 3:
        joined = " ".join(line.cells)
        return any(TABLE_HEADER.match(c) for c in line.cells) and ("牵头" in joined or "责任" in joined)
    if TABLE_HEADER.match(line.text) and line.tabbed:
        window = " ".join(x.text for x in lines[i : i + 6])
        return "牵头" in window or "责任" in window
    return False


def _table_rows(lines: list[Line]) -> list[Paragraph]:
    """Rows of a tab-laid table. One tab-laid line per row, or one cell per line with a new
    row at each line that is a bare number."""
    if lines[0].cells and len(lines[0].cells) >= 3:
        groups = [[line] for line in lines]
        cells = [line.cells or [line.text] for line in lines]
    else:
        groups = [[]]
        for line in lines:
            if line.text.isdigit() and groups[-1]:
                groups.append([])
            groups[-1].append(line)
        cells = [[x.cells[0] if x.cells else x.text for x in g] for g in groups]
    return [
        Paragraph(
            start=g[0].start,
            end=g[-1].end,
            text=" | ".join(c for c in row if c),
            table_cells=row,
            lines=g,
        )
        for g, row in zip(groups, cells, strict=True)
        if g
    ]


def _split_tables(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Runs of body lines and of table lines: a table starts at its header and runs while
    lines are tab-laid."""
    runs: list[tuple[str, list[Line]]] = []
    i = 0
    body: list[Line] = []
    while i < len(lines):
        if _is_header(lines, i):
            if body:
                runs.append(("body", body))
                body = []
            j = i + 1
            while j < len(lines) and (lines[j].tabbed or not lines[j].text):
                j += 1
            runs.append(("table", lines[i:j]))
            i = j
            continue
        body.append(lines[i])
        i += 1
    if body:
        runs.append(("body", body))
    return runs


# A heading's title is set over at most this many lines (国务院关于同意某、某 / 某某建设 / 某某的批复: three); a later line of
# one opened with 关于 and left open is its piece, not a headline of its own (round seventy-five).
TITLE_PIECES = 3


def paragraphs(raw: str) -> list[Paragraph]:
    """Split a raw plan text into logical paragraphs (joined lines) and table rows.

    Page markers are paragraphs of their own, and a paragraph runs on across them (after the
    paragraph they interrupt); chrome lines are paragraphs of their own.
    """
    result: list[Paragraph] = []
    first_body = True
    simple = simplified(raw)
    for kind, lines in _split_tables(raw_lines(raw, simple if simple is not raw else None)):
        if kind == "table":
            result.extend(_table_rows(lines))
            continue
        first_heading = (
            next((i for i, line in enumerate(lines) if HEADING_START.match(line.text)
                  and not PHONE_LINE.match(line.text)), len(lines))
            if first_body
            else -1
        )
        first_body = False
        current: list[Line] = []
        pages: list[Line] = []  # page markers inside the current paragraph
        depth, in_unit = 0, False
        quote = (0, 0)  # 《 left open by the paragraph so far, and the characters since the first of them
        for i, line in enumerate(lines):
            if line.kind == "page" and current:
                pages.append(line)
                continue
            in_quote = quote[0] > 0 and quote[1] <= QUOTE_SPAN
            above = lines[i - 2] if len(current) == 1 and i >= 2 and lines[i - 1] is current[0] else None
            in_title = (i <= first_heading and 1 < len(current) <= TITLE_PIECES
                        and _left_open("".join(x.text for x in current)) and "关于" in current[0].text)
            if current and not _continues(current[-1], line, front=i <= first_heading, in_unit=in_unit,
                                          in_quote=in_quote, above=above, in_title=in_title):
                result.append(_join(current))
                result.extend(_join([p]) for p in pages)
                current, pages = [], []
                depth, in_unit, quote = 0, False, (0, 0)
            current.append(line)
            depth, in_unit = unit_state(line.text, depth, in_unit)
            quote = _quote_state(line.text, *quote)
            if (i <= first_heading and len(current) > 1 and not quote[0] and line.text.endswith("通知》")
                    and WRAPPED_NOTICE_LINE.match("".join(x.text for x in current))):
                # a notice's title in 《》 wrapped over lines, now closed, stands alone as on one line
                result.append(_join(current))
                result.extend(_join([p]) for p in pages)
                current, pages = [], []
                depth, in_unit, quote = 0, False, (0, 0)
        if current:
            result.append(_join(current))
            result.extend(_join([p]) for p in pages)
    return result


# A gloss a copy wrapped inside (會(huì / ), 創(chuàng / )…): the line ends in its open bracket's pinyin, so no line holds it
# whole and it is cut once the lines are joined (round eighty-one).
OPEN_GLOSS_END = re.compile(rf"(?<=[{CJK_RANGE}])[(（][a-zü{TONED}]+$")


def _join(lines: list[Line]) -> Paragraph:
    text = "".join(line.text for line in lines)
    written = None
    if any(line.written is not None for line in lines):
        written = "".join(line.text if line.written is None else line.written for line in lines)
    if len(lines) > 1 and any(OPEN_GLOSS_END.search(line.text) for line in lines[:-1]):
        text = GLOSS.sub("", text)
        written = GLOSS.sub("", written) if written is not None else None
    kind = lines[0].kind if len(lines) == 1 else None
    if len(lines) == 2 and lines[0].kind == "chrome" and _cut_inside(lines[0].text, lines[1].text, names=False):
        kind = "chrome"  # 发文日期：2012年09月 / 28日: a labelled field cut inside its value is still one
    return Paragraph(start=lines[0].start, end=lines[-1].end, text=text, lines=list(lines),
                     written=written, kind=kind)

"""The vocabulary of Chinese government documents that every stage shares, written once.

Every regular expression more than one stage needs is compiled here, once (the layout of
textacy's ``preprocessing/resources``); stages import the compiled pattern, never a copy.
"""

from __future__ import annotations

import re

# The labels of a unit list: 牵头/主责 name leads, the rest partners.
LEAD_ROLES = ("牵头", "主责")
UNIT_LABELS: tuple[str, ...] = tuple(
    role + body for role in (*LEAD_ROLES, "责任", "配合", "参与", "协办", "协助") for body in ("单位", "部门")
)
UNIT_LABEL = "(?:" + "|".join(UNIT_LABELS) + ")"

# -- the vocabulary of regions, the state and plans ----------------------------------------------
# The one-character levels a region's name ends with (某省, 某市, 某县, 某区, 某州, 某旗, 某盟), and the
# longer ones (宁夏回族自治区, 某地区); REGION_LEVELS is both, as alternatives (none is another's start).
LEVEL_CHARS = "省市县区州旗盟"
COMPOUND_LEVELS = ("自治区", "自治州", "自治县", "地区", "特区")
REGION_LEVELS = "|".join((*COMPOUND_LEVELS, *LEVEL_CHARS))
# The state and its central bodies, as a name opens with them (国务院办公厅, 中共中央宣传部, 全国…).
CENTRAL_BODIES = ("中华人民共和国", "国务院", "中共中央", "中央", "中国科协", "中国科学技术协会", "全国")
# The kinds of document a science-literacy plan is (…实施方案, …规划纲要, …行动计划, …工作要点), and a
# plan's division-of-labour table (…重点任务分工表), a kind of its own some pages carry as the plan.
PLAN_KINDS = ("方案", "纲要", "规划", "计划", "要点")
# The verbs by which a body issues a document of its own (某省政府办公厅印发了《X》, 某厅联合发布《X》): a news lead's and a
# headline's core (parsing.news.LEAD_VERB, parsing.normalise.ISSUED_HEADLINE).
ISSUE_VERBS = "(?:印发|下发|出台|发布|颁布)"
DIVISION_TABLE = "分工表"


def alternatives(*words: str) -> str:
    """`words` as one group of alternatives for a pattern: (?:方案|纲要|…)."""
    return "(?:" + "|".join(words) + ")"


# Conversion artifacts: [bookmark: …] tags, **bold** marks, markdown heading marks.
ARTIFACTS = re.compile(r"\[bookmark:[^\]]*\]|\*\*|^\s*#{1,6}\s+", re.MULTILINE)

# CJK unified ideographs with extension A: what counts as a Chinese character.
CJK_RANGE = "\u3400-\u9fff"
CJK = re.compile(f"[{CJK_RANGE}]")
NON_CJK = re.compile(f"[^{CJK_RANGE}]+")
# A word character of content (CJK or Latin letter) and runs of content (digits too).
LETTER = re.compile(f"[{CJK_RANGE}A-Za-z]")
CONTENT_RUN = re.compile(f"[{CJK_RANGE}A-Za-z0-9]+")
NON_CONTENT = re.compile(f"[^{CJK_RANGE}A-Za-z0-9]+")


def cjk_key(text: str) -> str:
    """`text` as compared: its CJK characters only (no punctuation, digits, Latin or spaces), so
    two copies of a name or a table row's item match however a page punctuates or spaces them."""
    return NON_CJK.sub("", text)


# Sentences end at 。！？； (full- or half-width) or a line break; SENTENCE is one sentence's
# text without its terminator.
SENTENCE_ENDS = "。！？；!?;"
SENTENCE = re.compile(f"[^{SENTENCE_ENDS}\n]+")
# Clauses end at ，。；：.
CLAUSE = re.compile("[^，。；：]+")
# The coding unit of policy instruments (INSTRUMENTS.md): a piece ending in 。 or ；, with its
# terminator; and the comma-phrases inside it.
CODING_UNIT = re.compile("[^。；]+[。；]?")
PHRASE = re.compile("[^，。；]+")

# Heading numbers, as fragments for the patterns that find headings: 一、 (a part), （一） or
# （4） (a group), 1. 1、 （1） ① … ㊿ (an item). Items run to 999; 2025.6 is a date, not an item;
# a number of four or five digits is an item only where it follows the item before it (999 →
# 1000.), so a line opening with a year (2025.) stays a sentence.
CN_NUMERAL = "[一二三四五六七八九十]{1,3}"
PART_NUMBER = f"({CN_NUMERAL})[、.．]"
GROUP_NUMBER = f"[（(]({CN_NUMERAL}|\\d{{1,3}})[）)]"
ITEM_NUMBER = "(\\d{1,3})[.．、](?!\\d)"
PAREN_ITEM_NUMBER = "[（(](\\d{1,3})[）)]"
CIRCLED_NUMBER = "([①-⑳㉑-㉟㊱-㊿])"  # ① … ⑳, ㉑ … ㉟, ㊱ … ㊿
LONG_ITEM_NUMBER = re.compile("^(\\d{4,5})[.．、](?!\\d)\\s*")
# A line that begins a paragraph of its own: a heading or a numbered item.
HEADING_START = re.compile(f"^(?:{PART_NUMBER}|{GROUP_NUMBER}|{ITEM_NUMBER}|{CIRCLED_NUMBER})")

# -- metadata of a government document ------------------------------------------------------
# A year of the documents read (1900–2099), as every pattern of a year writes it.
YEAR_DIGITS = r"(?:19|20)\d{2}"
# A document number: issuer abbreviation, year in any bracket (〔2021〕 [2016] ﹝2021﹞ (2021)
# „2021‟, spaced or not), serial number and 号: 国发 〔 2021〕9 号.
DOC_YEAR_OPEN = "〔[﹝［(（„【<《«〖"
DOC_YEAR_CLOSE = "〕]﹞］)）‟】>》»“”〗"
# (A class in brackets inside the organ's abbreviation, 宁建(科)发〔2022〕9号, 甘发改高技(规)〔2023〕660号, is part of it;
# round eighty-six.)
# (A conversion may turn both brackets into question marks, 某教办函?2011?28号: the year between two is read as in
# brackets; round eighty-one.)
DOC_NUMBER = re.compile(
    f"([{CJK_RANGE}]{{1,10}}(?:[（(][{CJK_RANGE}]{{1,2}}[)）][{CJK_RANGE}]{{0,3}})?)\\s*(?:[{re.escape(DOC_YEAR_OPEN)}]|[?？](?=\\s*{YEAR_DIGITS}\\s*[?？]))\\s*({YEAR_DIGITS})\\s*"
    f"[{re.escape(DOC_YEAR_CLOSE)}?？]\\s*第?\\s*(\\d{{1,4}})\\s*号"
)
# A law's or a rule's number: the organ that promulgates it, 公告 or 令, perhaps its year in brackets, then 第N号
# (某省人民代表大会常务委员会公告第62号, 某自治区人大常委会公告（2005）第9号, 某省人民政府令第123号, 中华人民共和国主席令第71号;
# round thirty-nine). Its organ may be long, and a date before it is no part of it (`documents.doc_number` cuts it).
# 第N号 may stand in brackets of its own (某省第九届人大常委会公告（第42号）: an announcement's number on its line; round forty).
LAW_NUMBER = re.compile(
    f"([{CJK_RANGE}]{{0,24}}?(?:常务委员会|常委会|人民政府|政府|主席|国务院|部|局|委员会|署))\\s*(公告|令)\\s*"
    f"(?:[（(〔\\[]\\s*({YEAR_DIGITS})\\s*[）)〕\\]])?\\s*[（(]?\\s*第\\s*([\\d一二三四五六七八九十百零〇]{{1,6}})\\s*号"
    f"(?:\\s*[）)])?"
)
# A document number whose closing bracket a page lost (川府发[200733号 for 川府发〔2007〕33号): the
# year is four digits, so the serial is what follows them. Read only where a date confirms the year.
DAMAGED_DOC_NUMBER = re.compile(
    f"([{CJK_RANGE}]{{1,10}})\\s*[{re.escape(DOC_YEAR_OPEN)}]\\s*({YEAR_DIGITS})(\\d{{1,4}})\\s*号"
)
# Dates: 2022年5月16日, 二〇一二年一月十二日 (January also 元月: 二OO九年元月十二日, round seventy-two), 2022-05-16 (a page's
# publication stamp).
DATE = re.compile(rf"({YEAR_DIGITS})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日")
CN_DIGIT = "〇○零OoＯｏΟ0一二三四五六七八九"
CN_DATE = re.compile(
    f"([{CN_DIGIT}]{{4}})\\s*年\\s*([一二三四五六七八九十]{{1,3}}|元)\\s*月"
    f"\\s*([一二三四五六七八九十]{{1,3}})\\s*日"
)
# The note of a document's disclosure after its date: （此件公开发布）, (此件主动公开), （此件不予公开）.
DISCLOSURE = re.compile(r"[（(]\s*此件[^（）()]{2,8}[）)]")
ISO_DATE = re.compile(rf"({YEAR_DIGITS})\s*[-/.]\s*(\d{{1,2}})\s*[-/.]\s*(\d{{1,2}})(?!\d)")
# A plan period: （2021—2025年）, (2016-2020年), 2021—2035年.
PERIOD = re.compile(rf"[（(]?({YEAR_DIGITS})\s*年?\s*[—―─\-–－~～至到]+\s*({YEAR_DIGITS})\s*年?[）)]?")
# A five-year plan's end: “十四五”末 (2025), 十三五末期 (2020), “十二五”期末 (2015).
FIVE_YEAR_END = re.compile("[“\"‘']?十([一二三四五六七八九])五[”\"’']?\\s*(?:时期|期)?末")

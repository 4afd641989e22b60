"""How a document is named, numbered and dated: its document number written the one way, dates
(Arabic or Chinese numerals, a month alone, digits a site stripped), a title without page furniture,
whether a line is a plan's title, and the plan a notice carries (关于印发《X》的通知 → X)."""

from __future__ import annotations

import re
from functools import lru_cache

from sciplan_analysis.parsing.issuers import is_issuer
from sciplan_analysis.text.numerals import chinese_number, chinese_year, iso_date
from sciplan_analysis.text.patterns import (
    CJK_RANGE,
    CN_DATE,
    CN_DIGIT,
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
    cjk_key,
)
from sciplan_analysis.text.reference import labels_of
from sciplan_analysis.text.regions import is_region_name

# Words a document's name holds (a 《…》 without one is no document: 《人民日报》).
# (A body's measures in a number of points, …若干措施 or …政策措施, are a document of their own beside 意见 and 办法:
# 《某市支持加强科学普及提升全民科学素质的若干政策措施》; a chapter's 保障措施 or a leaflet's 安全措施 is none; round fifty-nine.)
DOCUMENT_WORDS = re.compile(r"通知|纲要|方案|规划|意见|决定|办法|条例|法|计划|要点|分工|基准|标准|(?:若干|政策)措施")
# A notice that carries a plan: …关于印发《X》的通知, …关于颁布X的通知 (not 转发, not 成立).
CARRIER = re.compile(r"^[^《〈]*?关于(?:印发|颁布)")
# A notice carrying two documents at once (关于印发《A》和《B》的通知, 《A》、《B》, 《A》及《B》, 《A》《B》): the span
# between its first 《 and its last 》 (A》和《B) names neither; the notice keeps its own title (round fifty-six).
TWO_CARRIED = re.compile(r"》(?:和|及|与|、|以及)?《")
# The words a plan's name holds (a title names one).
# (策划书, a plan drawn up for an event or a campaign, as copies on 范文 sites title their pieces: 科普日活动策划书,
# 进社区策划书; round thirty-five)
# (an emergency plan, 某县防汛抗旱应急预案, 某省突发事件总体应急预案: a government's plan for one kind of event, named as a plan is;
# a name before it, never a site's category label alone, 组配分类：应急预案; round one hundred and one)
EMERGENCY_PLAN = f"(?<=[{CJK_RANGE}]{{2}})应急预案"
# (a government's or a department's policy measures, 强化某市中小学科学教育工作十八条措施, 打造…高地若干政策（2.0版）, 关于…的
# 实施措施: a policy document named by its kind as a plan is; round one hundred and four)
POLICY_MEASURES = r"若干政策|若干措施|[一二三四五六七八九十百零两\d]{1,4}条(?:政策)?措施|实施措施"
# (an action named with its years, 健康广东行动（2019—2030年）: a province's action document, named as the national 健康中国行动
# （2019—2030年） is; round one hundred and five cited it, round one hundred and twelve reads it as a title. 行动 with no years,
# 科普惠民行动, names a campaign, no document)
ACTION_WITH_YEARS = (f"(?<=[{CJK_RANGE}]{{2}})行动"
                     r"(?=\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*[—―─\-–－~～至]+\s*(?:19|20)\d{2}\s*年?\s*[）)])")
# (a year's work tasks or arrangements named with their year, 某市深化…2023年重点工作任务, 某省科技厅2019年科技工作安排: a plan for
# the year named by its kind as 工作要点 is; round one hundred and sixteen. 重点工作任务 with no year heads a plan's part.)
YEAR_WORK = r"(?<=(?:19|20)\d{2}年)(?:度)?[^，。；：、\s]{0,12}?工作(?:任务|安排)"
PLAN_WORDS = re.compile(alternatives(*PLAN_KINDS, DIVISION_TABLE, "实施意见", "指导意见", "策划书", EMERGENCY_PLAN, POLICY_MEASURES,
                                     ACTION_WITH_YEARS, YEAR_WORK))  # (not 意见 alone: 公开征求意见)
# A file's name (…方案.docx): an attachment's link, not the title.
FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|ofd|txt)\s*$", re.IGNORECASE)
LEADING_DATE = re.compile(rf"^(?:{DATE.pattern}|{ISO_DATE.pattern}(?:\s*\d{{1,2}}[：:]\d{{2}}(?:[：:]\d{{2}})?)?)\s*")
# A month without its day: 2021年12月, 二〇二一年十二月 (an issue date of YYYY-MM).
MONTH = re.compile(rf"({YEAR_DIGITS}|[{CN_DIGIT}]{{4}})\s*年\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月")
# A date in Chinese numerals before a title, its year perhaps cut short (一二年一月十二日).
LEADING_CN_DATE = re.compile(r"^[〇○零OoＯ0一二三四五六七八九]{2,4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月"
                             r"\s*[一二三四五六七八九十]{1,3}\s*日\s*")


def carried(title: str) -> str:
    """The plan a notice carries (关于印发《X》的通知, 关于颁布X的通知 → X): the notice is only
    the plan's carrier. A notice that forwards another (关于转发…) or is itself the document
    (关于成立…的通知) is returned unchanged."""
    if not CARRIER.search(title):
        return title
    inner = inner_title(title)
    if TWO_CARRIED.search(inner):
        return title  # 关于印发《A》和《B》的通知: two documents at once, neither the plan (round fifty-six)
    return inner if inner != title and DOCUMENT_WORDS.search(inner) else title


# The organ a notice's own title opens with before its 关于 (中国科协科普部关于对…的通知; round forty-one).
OWN_NOTICE_ORGAN = re.compile(r"^([^《》〈〉<>\s关]{2,30})关于(?!印发|转发|颁布)")


WRAPPERS = {"《": "》", "〈": "〉", "<": ">"}


def _closing(text: str, opening: str, close: str) -> int:
    """Where the bracket opening `text` closes (-1 when it never does)."""
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == opening) - (ch == close)
        if depth == 0:
            return k
    return -1


def _unwrapped_name(text: str) -> str:
    """A name without the brackets wrapping it whole (《X》 → X, 《〈X〉》 → X); a bracket that opens a name nested at its
    start (《A》某省实施方案: the outline the plan carries out) and closes inside stays (round one hundred and ten: the
    strip took 呼包鄂榆城市群发展规划》内蒙古实施方案's opening bracket)."""
    text = text.strip()
    while len(text) >= 2 and (close := WRAPPERS.get(text[0])) and text[-1] == close:
        if _closing(text, text[0], close) != len(text) - 1:
            break  # the first bracket closes before the end: a name nested at the start, no wrapper
        text = text[1:-1].strip()
    if text[:1] in WRAPPERS and WRAPPERS[text[0]] not in text:
        text = text[1:]  # 《某县实施方案 (its closing bracket lost)
    if text[-1:] in WRAPPERS.values() and next(o for o, c in WRAPPERS.items() if c == text[-1]) not in text:
        text = text[:-1]  # 某县实施方案》
    return text


def inner_title(title: str) -> str:
    """The document a notice's title names (关于印发X的通知 → X), or the title itself."""
    inner = _unwrapped_name(re.sub(r"^.*?关于(?:印发|转发|颁布)|的?通知$", "", title))
    # 关于印发《关于贯彻落实…的实施方案》的通知: a document in 《》 may itself start with 关于
    bracketed = f"《{inner}》" in title and not inner.endswith("通知")
    # (a nested name at the start counts by its own words: 《关于促进…的实施意见》重点任务分工方案 opens with 关于 too)
    return inner if inner and inner != title and (bracketed or not inner.lstrip("《〈<").startswith("关于")) else title


def own_notice(title: str) -> bool:
    """Whether a notice named in 《》 is itself the document with its organ before 关于 (某某部关于对…予以表扬的通知: no
    印发, 转发 or 颁布 carries another), as 关于对…的通知 is (round forty-one). A lead keeps such a name whole."""
    return title.endswith("通知") and (m := OWN_NOTICE_ORGAN.match(title)) is not None and is_issuer(m.group(1))


def name_key(title: str) -> str:
    """A document's name as compared: its CJK characters, without its period (X（2021—2025年）
    and X are one name)."""
    return cjk_key(PERIOD.sub("", title))


# Words a document's title or an organ's full name ends with, never inside a number's abbreviation.
NOT_IN_A_NUMBER = re.compile(r"方案|计划|意见|要点|规划|办法|人民政府|办公室|办公厅")  # (纲要办发, 印发: openings of some)
NUMBER_ORGAN_CHARS = 8


def doc_number(text: str) -> str | None:
    """The first document number in `text`, its year's brackets written 〔〕 and its serial as written (国发〔2021〕9号,
    某学会秘字〔2024〕第006号: `serial_as_written`); a law's or a rule's number
    (LAW_NUMBER) with its whole organ, as written: 某省人民代表大会常务委员会公告（2005）第9号 (round thirty-nine)."""
    m = DOC_NUMBER.search(text)
    law = LAW_NUMBER.search(text)
    if law and (m is None or law.start() <= m.start()):
        organ = re.split(r"[日月：:]|文号|字号", law.group(1))[-1]  # 2006年7月21日某省…公告第62号公布: not the date
        year = f"（{law.group(3)}）" if law.group(3) else ""
        return f"{organ}{law.group(2)}{year}第{law.group(4)}号" if len(organ) >= 2 else None
    if not m:
        return None
    # the organ's abbreviation, after any words run into it (a label, a title before it: …实施方案冀政办发);
    # up to eight characters (扎赉诺尔政办发, 玉树市科素组函: a region's whole short name may open it)
    org = re.split(r"通知|的|文件|文号|字号", m.group(1))[-1]
    org = NOT_IN_A_NUMBER.split(org)[-1][-NUMBER_ORGAN_CHARS:]
    return f"{org}〔{m.group(2)}〕{serial_as_written(m.group(0))}号" if org else None


def serial_as_written(number: str) -> str:
    """A document number's serial as its page writes it, 第 and leading zeros kept (仪学秘字【2024】第006号 → 第006;
    科协发〔2021〕9号 → 9; round forty-two: the facts keep the page's form, only the year's brackets are written 〔〕)."""
    m = re.search(r"(第?)\s*(\d{1,4})\s*号$", number)
    return m.group(1) + "".join(str(int(digit)) for digit in m.group(2)) if m else ""  # (full-width digits in ASCII)


def date_of(text: str) -> str | None:
    """The first date in `text` (Arabic or Chinese numerals, or 2022-05-16) as YYYY-MM-DD."""
    for pattern in (DATE, CN_DATE, ISO_DATE):
        for m in pattern.finditer(text):
            if (date := iso_date(m)) is not None:
                return date
    return None


def month_of(text: str) -> str | None:
    """YYYY-MM from a line that is only a month (2021年12月, 二〇二一年十二月), else None."""
    m = MONTH.fullmatch(text.strip())
    if not m:
        return None
    year = int(m.group(1)) if m.group(1).isdigit() and m.group(1).isascii() else chinese_year(m.group(1))
    month = chinese_number(m.group(2))
    return f"{year:04d}-{month:02d}" if 1900 <= year <= 2099 and 1 <= month <= 12 else None


@lru_cache(maxsize=1)
def trailing_furniture() -> re.Pattern:
    """What a page glues after a headline once its lines are joined: a date or time (2022-05-06,
    2022年5月6日 10:20) at the end or before a labelled field, or a labelled field (来源：…,
    发布时间：…, 浏览次数：…). Found by its shape and the page labels, never by site."""
    labels = "|".join(map(re.escape, labels_of("doc_number", "issue_date", "published", "issuer", "field")))
    when = rf"(?:{ISO_DATE.pattern}|{DATE.pattern})(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?"
    return re.compile(rf"\s*(?:{when}\s*(?:[【\[（(]?\s*(?:{labels})\s*[：:]|$)|[【\[（(]?\s*(?:{labels})\s*[：:]|【)")


# A site's name glued before a headline (某县人民政府网 某县…方案, 某某日报 …): a short run ending
# as a site's or paper's name does, with a title after it.
SITE_PREFIX = re.compile(f"^[{CJK_RANGE}]{{2,12}}?(?:政府网|门户网站|网站|新闻网|日报|晚报|融媒体中心)\\s*(?=\\S{{8}})")
# A site's tag before a headline (【省科技厅】关于…的通知, [政策文件]某县…方案); a keyword or abstract
# line (【关键词】…) is none.
LEADING_TAG = re.compile(r"^[【\[]([^【】\[\]]{1,12})[】\]]\s*(?=\S{8})")
NOT_A_TAG = ("关键词", "关键字", "摘要", "内容摘要", "导读", "标题")
# A column's label a repost platform sets before a headline with a vertical bar (转发通知|关于举办…的通知, 通知公告｜关于…的通知;
# round sixty-six): the headline is the rest. A document's title holds no bar; the label is short and names no document:
# a name ending with a document's kind (县科技周活动方案|科技周活动方案, a sharing site's file name and its short form) is
# the document's own (a column of notices, 通知, is a label).
COLUMN_LABEL = re.compile(r"^(?P<label>[^|｜\s【】\[\]《》〈〉，。；：:]{2,8})\s*[|｜]\s*(?=\S{8})")
# An attachment's label before the attached document's name (附件：X, 附件2：X, 附件一:1.X): the name is X
# (round seventeen; a file's name, 附件：X.pdf, is still no title: see FILE_NAME).
ATTACHMENT_LABEL = re.compile(r"^附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?\s*[：:]\s*(?:\d{1,2}\s*[.．、]\s*)?(?=\S{6})")


# A sharing site's description label glued before the copy's name (文档介绍：某县…活动方案, 文档简介：…, 内容简介：…): the
# site's, never the name's (round forty-five).
DESCRIPTION_PREFIX = re.compile(r"^(?:文档(?:简介|介绍)|内容简介)\s*[：:]\s*(?=\S{4})")


@lru_cache(maxsize=1)
def bulleted_title_label() -> re.Pattern:
    """A title's label after a bullet, with its colon (•中文名：X, ▪ 标题：X), perhaps after a short run with no
    colon before the bullet: the section name an encyclopedia or a site puts above its field list (基本介绍,
    基本信息), which line joining runs into the field. The field's value is the title (round eighteen)."""
    labels = "|".join(map(re.escape, labels_of("title")))
    return re.compile(rf"^[^：:《》〈〉，。]{{0,12}}?[•·▪●◆■]\s*(?:{labels})\s*[：:]\s*(?=\S{{6}})")


def undated(text: str) -> str:
    """`text` without a date glued before it (2022-05-16 某县…, 二〇一二年一月十二日关于…)."""
    return LEADING_CN_DATE.sub("", LEADING_DATE.sub("", text))


# A region's name in brackets opening a line, a site's label before a document's name ((辽宁省)某县…纲要; round one hundred and
# sixteen).
BRACKETED_REGION = re.compile(r"^[（(](?P<region>[^（）()]{2,12})[）)](?P<rest>.{4,})$")


def region_labelled(text: str) -> str | None:
    """A line's rest after a region's name in brackets opening it ((辽宁省)某县…纲要 → 某县…纲要), or None."""
    m = BRACKETED_REGION.match(text)
    return m.group("rest") if m and is_region_name(m.group("region")) else None


def clean_title(text: str) -> str:
    """A title without site labels (a bulleted title field's label and a section's name before it:
    基本介绍•中文名：X), a leading date (2022-05-16 某县…, 二〇一二年一月十二日…) and the page furniture
    glued after it (…方案2022-05-06来源：某市日报)."""
    text = text.strip("|｜ ")  # a site's table bars around a heading (|某政办字〔2019〕24号关于…的通知|||; round one hundred and two)
    for label in labels_of("prefix", "title"):
        if text.startswith(label):
            text = text[len(label):].lstrip("：: ")
    text = bulleted_title_label().sub("", text, count=1)  # 基本介绍•中文名：X: the field's value X
    text = DESCRIPTION_PREFIX.sub("", text, count=1)  # 文档介绍：X: a sharing site's label (round forty-five)
    text = SITE_PREFIX.sub("", undated(text).strip())
    text = ATTACHMENT_LABEL.sub("", text, count=1)  # 附件：某市…实施方案: the attached document's name
    text = region_labelled(text) or text  # (辽宁省)某县…纲要: a site's region label
    if (tag := LEADING_TAG.match(text)) and tag.group(1) not in NOT_A_TAG:
        text = text[tag.end():]  # 【省科技厅】关于…的通知: a site's tag
    column = COLUMN_LABEL.match(text)
    if column and not re.search(f"(?:{DOCUMENT_WORDS.pattern})$", column.group("label").removesuffix("通知")):
        text = text[column.end():]  # 转发通知|关于…的通知: a column's label
    if (m := trailing_furniture().search(text, 4)) is not None:
        text = text[: m.start()].strip()
    return IMAGE_CAPTION.sub("", text)


# An image's number a portal glues after a headline it repeats as the image's caption (某市…行动方案(图3); round one hundred
# and sixteen): no part of the name.
IMAGE_CAPTION = re.compile(r"(?<=\S{4})\s*[（(]\s*图\s*\d{1,2}\s*[）)]$")


# What a 范文, template or document-sharing site glues after a copied document's name (round twenty): a count
# of the versions it collects (8篇, 精选5篇, 最新10篇, 篇1), its format or grade in brackets or bare ((完整文档),
# (精选), 范文, word版, (可编辑)) and a page image's caption (--第1页, _第1页). Cut, repeatedly, from the end. In
# brackets the count may carry any of the site's words before it ((合集12篇), (模板12篇), (热门16篇); round twenty-eight).
COUNT_WORDS = "精选|最新|优秀|通用|推荐|合集|模板|热门|经典"  # (copy_furniture.csv's collection words among them)
COPY_SUFFIX = re.compile(r"\s*(?:[（(【\[]\s*(?:完整文档|完整版|精选|范文|通用|最新|推荐|优选|可编辑|word版?|pdf版?|Word版?|PDF版?|"
                         rf"WORD版?|doc|docx|(?:{COUNT_WORDS})*\s*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*篇)\s*[）)】\]]|(?:精选|最新|优秀|通用|推荐)?\s*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*篇"
                         r"|篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})|范[文例](?:大全)?|(?:word|Word|WORD|pdf|PDF)\s*版?"
                         r"|[-_—–－]+\s*第\s*\d{1,3}\s*页"
                         r"|[（(]\s*\d{1,4}\s*[页頁]\s*[）)])\s*$")  # （18页）: a sharing site's page count (round one hundred and eighteen)


# A period in brackets after a plan's kind (实施方案（2016—2020年）): the name may end with it.
PERIOD_AFTER = re.compile(rf"\s*[（(]\s*{YEAR_DIGITS}\s*年?\s*[—―─\-–－~～至]+\s*{YEAR_DIGITS}\s*年?\s*[）)]\s*$")
DOUBLED_HEAD_CHARS = 4  # the heading run in before a title: a plan's kind at least (实施方案)


def undoubled(title: str) -> str:
    """A title without the heading a page's line above ran into it, where the title's own name ends with the same
    words: 实施方案 / 全民科学素质行动计划纲要实施方案（2016—2020年） (a wiki's section heading over the plan's name), 街道科普年度
    工作计划 / XXXX年街道科普年度工作计划 (a collection's name over its first piece's title, its year masked) read as one
    line give the second (round forty). The heading ends with a plan's kind; the rest holds more than the heading.
    A name written twice and run together (某省某条例某省某条例: a document-sharing copy's snippet, the file's name over
    the text's own first line) is the name once, where it ends as a document's or a law's name does and is one (LAW_TITLE_CHARS
    at least: 实施方案实施方案, a kind's word twice, names nothing and stays, as round forty's test has it; round seventy-nine)."""
    half = len(title) // 2
    if len(title) % 2 == 0 and half >= LAW_TITLE_CHARS and title[:half] == title[half:] and (
            TITLE_END.search(title[:half]) or LAW_TITLE_END.search(title[:half])):
        return title[:half]
    bare = PERIOD_AFTER.sub("", title)
    for cut in range(DOUBLED_HEAD_CHARS, len(bare) // 2 + 1):
        head, rest = title[:cut], bare[cut:]
        if head.endswith(PLAN_KINDS) and rest.endswith(head) and len(rest) > len(head):
            return undated(title[cut:])  # …方案 / 2023-11-02 09:15 / …方案: a posting time between is no part (round sixty-two)
    return title


def copy_name(text: str) -> str:
    """A line of a copy without the suffixes its site glues after the document's name (COPY_SUFFIX)."""
    text = text.strip()
    while (m := COPY_SUFFIX.search(text)) and m.start() > 0:
        text = text[: m.start()].rstrip()
    return text


# How a document's name ends: its kind (方案, 纲要, 要点 …), then perhaps bracketed parts
# (（2021—2025年）, （试行）, （征求意见稿）). A headline that reports one (…方案正式实施, …方案出炉)
# does not end so: it is no title.
TITLE_END = re.compile(alternatives(*PLAN_KINDS, DIVISION_TABLE, "意见", "办法", "细则", "安排", "计划书", "策划书", EMERGENCY_PLAN,
                                    POLICY_MEASURES, ACTION_WITH_YEARS, YEAR_WORK)
                       + r"\s*(?:[（(][^（）()]{1,20}[）)]\s*)*$")
# A headline reports a plan (某县发布…方案, 解读《…》); it is not the plan's title.
HEADLINE = re.compile(r"发布|出台|下发|印发|解读|获悉|审议通过|召开|举行|举办")
# …or names an event before a colon, then what was said there (2021年全民科学素质工作会议：推进落实…规划纲要,
# 全市科普工作推进会：部署…行动计划): a meeting's news, no document (协会, 委员会, 学会 end bodies, not events).
EVENT_HEADLINE = re.compile(r"(?:会议|大会|座谈会|推进会|部署会|动员会|调度会|培训会|年会|论坛|活动|仪式)\s*[：:]")


# A document a title names (贯彻落实《全民科学素质行动规划纲要（2021—2035年）》实施方案): its length does not
# count toward the title's.
QUOTED = re.compile(r"《[^《》]*》|〈[^〈〉]*〉")


# A line that is one name in quotation marks, whole (“2025年基层科普行动计划”, a 公示's headline broken over lines naming the
# programme its units are put forward for): “ ” mark a programme's, a campaign's or a slogan's name in a sentence, never a
# document's title set as a heading (a title stands bare or in 《》); a name opening with a quoted part (“十四五”某某规划) is
# no whole quotation (round seventy-four).
WHOLLY_QUOTED = re.compile(r"\s*[“\"][^“”\"]+[”\"]\s*")


def is_title(text: str) -> bool:
    """Whether a line is a plan's title: a plan word, a name's ending, short, no sentence, and no
    notice, headline, file name, organ or document number, nor a name wholly in quotation marks."""
    return bool(
        PLAN_WORDS.search(text) and TITLE_END.search(text) and len(QUOTED.sub("《》", text)) <= 60
        and not WHOLLY_QUOTED.fullmatch(text)
        and not re.search("[。，；|｜！!？?]", text)  # a bar divides a site's cells or names (X|Y): no one name (round forty-five);
        # an exclamation or a question is a headline's (速看！某区科普工作要点), never a name's (round one hundred and four)
        and not text.startswith(("关于", "《", "为", "根据", "[", "【", "〔"))  # [关键词]…, 【摘要】…
        and "通知" not in text and not HEADLINE.search(text) and not EVENT_HEADLINE.search(text)
        and not FILE_NAME.search(text)
        and not is_issuer(text) and not DOC_NUMBER.search(text)
    )


# How the name of a law, a regulation or a rule ends (某省科学技术普及条例, 某某管理办法（试行）, 某某实施细则, 中华人民共和国
# 某某法): the kinds a legal text is promulgated as (round thirty-nine). A bare 法 ends a law's name only after 中华人民共和国
# or a region's 实施《…法》 (方法, 做法, 立法 end no name).
LAW_KINDS = ("条例", "办法", "规定", "细则", "规则")
LAW_TITLE_END = re.compile(alternatives(*LAW_KINDS, "法") + r"\s*(?:[（(][^（）()]{1,20}[）)]\s*)*$")
LAW_TITLE_CHARS = 6  # the shortest law's name: 某省某条例


def is_law_title(text: str) -> bool:
    """Whether a line is the name of a law, a regulation or a rule standing as a title (LAW_TITLE_END): short, no
    sentence, and no notice, headline, organ or number; a name ending in a bare 法 opens with 中华人民共和国 or
    names the law it implements in 《》 (某自治区实施《中华人民共和国某某法》办法 ends in 办法 anyway)."""
    text = text.strip()
    m = LAW_TITLE_END.search(text)
    if not m or not LAW_TITLE_CHARS <= len(QUOTED.sub("《》", text)) <= 60:
        return False
    if text[m.start():].startswith("法") and not text.startswith("中华人民共和国"):
        return False
    return not (re.search("[。，；：:]", text) or text.startswith(("关于", "《", "为", "根据", "第", "[", "【", "〔"))
                or "通知" in text or HEADLINE.search(text) or EVENT_HEADLINE.search(text) or FILE_NAME.search(text)
                or is_issuer(text) or DOC_NUMBER.search(text) or LAW_NUMBER.search(text))


# A legal text: its articles and chapters open their lines (第一条 为了…, 第一章 总则), its name stands over them, and a
# note of its passing may follow the name ((2006年7月21日某省…会议通过 2006年7月21日某省人民代表大会常务委员会公告第62号公布
# 自…起施行)); a PDF's text runs them into one line (某自治区某条例 (2005年…会议通过 ) 第一条 …). Round thirty-nine.
ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇]{1,5}[条章](?![件款例])")
PASSED_NOTE = re.compile(r"[（(][^（）()]{0,160}?(?:通过|公布|施行|修正|修订)[^（）()]{0,160}?[）)]")
# A document-sharing site numbers the snippet of a copy's text it runs together (文档简介 / 1、某省某条例 (…通过)第一条 …;
# metadata.DOC_SHARING_HEAD): its 1、 is no part of the name (round seventy-five). Only the first number: a 2、 opens a
# list's second item, never a text's name.
RUN_IN_LAW = re.compile(rf"^(?:1、\s*)?(?P<title>[^（）()，。；：:、]{{4,60}}?)\s*{PASSED_NOTE.pattern}")
# A sharing site's snippet running a rule's name straight into its first chapter and article (文档简介 / 某某管理办法第一章总则
# 第一条…; the name perhaps twice, the second time with its mark: 某省某办法某省某办法（试行）第一章总则第一条…; round eighty):
# the name before 第一章 is the text's, its last writing where it is written twice.
CHAPTER_RUN = re.compile(r"^(?:1、\s*)?(?P<run>[^，。；：:、《》\s]{4,80}?)\s*第一章\s*总\s*则\s*第一条")
LAW_HEAD_LINES = 8  # a legal text's name stands this near above its first article or chapter
# A draft's or a trial text's mark set on its own line under a law's name (某市某条例 / （草案）, （草案送审稿）, （征求意见稿）,
# （试行）), as official drafts are laid out: part of the name (round seventy-nine).
DRAFT_MARK = re.compile(r"[（(]\s*(?:草案[^（）()]{0,6}|[^（）()]{0,6}稿|试行|暂行)\s*[）)]")
# An announcement's word or number on a line of its own (公告, 公 告, 第一五三号, （第42号）): its organ stands on the line above.
ANNOUNCEMENT_PART = re.compile(r"公\s*告|令|[（(]?\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号\s*[）)]?")


def law_head(lines: list[str], paragraphs: list[str] | None = None) -> tuple[str, list[str]] | None:
    """The name of the legal text `lines` show and the lines above its first article or chapter, at most
    LAW_HEAD_LINES (where its number and note of passing stand): the nearest of them that `is_law_title`; or a name
    run in before a note of passing (and an article: a PDF's one line), on `paragraphs` where given (the wrapped
    lines joined). None where no article opens a line or no name stands over them (a law's later page)."""
    first = next((n for n, text in enumerate(lines) if ARTICLE.match(text)), None)
    head = lines[max(0, first - LAW_HEAD_LINES): first] if first is not None else []
    start = first - len(head) if first is not None else 0
    while start > 0 and head and ANNOUNCEMENT_PART.fullmatch(head[0].strip()):
        start -= 1  # 某市人民代表大会常务委员会 / 公告 / 第一五三号: the announcing organ over its word (round forty)
        head = [lines[start], *head]
    at = next((n for n in range(len(head) - 1, -1, -1) if is_law_title(head[n])), None)
    if at is not None:
        name = head[at].strip()
        if at + 1 < len(head) and (mark := DRAFT_MARK.fullmatch(head[at + 1].strip())):
            name += mark.group(0)  # 某市某条例 / （草案送审稿）: a draft's mark under its name is part of it (round seventy-nine)
        return name, head
    # (the run-in form read on `paragraphs` where given: a copy's wrapping cuts a PDF's one line)
    runs = paragraphs[:LAW_HEAD_LINES] if paragraphs is not None else (
        lines[: first + 1][-LAW_HEAD_LINES:] if first is not None else lines[:LAW_HEAD_LINES])
    for text in runs:
        m = RUN_IN_LAW.match(text)
        rest = text[m.end():].strip() if m else ""
        if m and (ARTICLE.match(rest) or (not rest and first is not None)) and is_law_title(m.group("title")):
            return m.group("title").strip(), [m.group(0)]
        if (run := CHAPTER_RUN.match(text)) and is_law_title(name := _last_writing(run.group("run"))):
            return name, [run.group(0)]
    return None


def _last_writing(run: str) -> str:
    """A name written twice and run together without its first writing (某办法某办法（试行） → 某办法（试行）); else `run`."""
    for cut in range(4, len(run) // 2 + 1):
        if run[cut:].startswith(run[:cut]):
            return run[cut:]
    return run


def digits_date(text: str) -> str | None:
    """YYYY-MM-DD from a signature's date line a site stripped of 月 and 日 (and perhaps 年): 2022314,
    20221221, 201964, 2014年57, when only one reading is a real date (2022111 is none; 2019年12 may be a
    month that lost its 月, so two digits that make a month are none); None otherwise. A disclosure mark the line
    runs into (2024523（此件主动公开）) is no part of the date (round thirty-eight)."""
    m = re.fullmatch(rf"\s*({YEAR_DIGITS})\s*年?\s*(\d{{2,4}})\s*(?:{DISCLOSURE.pattern}\s*)?", text)
    if not m or (len(m.group(2)) == 2 and 10 <= int(m.group(2)) <= 12):
        return None
    readings = set()
    for cut in (1, 2):
        month, day = m.group(2)[:cut], m.group(2)[cut:]
        if 1 <= len(day) <= 2 and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            readings.add(f"{m.group(1)}-{int(month):02d}-{int(day):02d}")
    return readings.pop() if len(readings) == 1 else None


# The name of a body's standard of assessment (…考核内容及评分标准, …测评考核表（试行）, …创建标准试行): a document a copy
# may hold in place of a plan (round thirty). Read only as a copy's title (metadata._copy_title).
STANDARD_END = re.compile(r"(?:考核|测评|评分|评价|评估|创建|验收)(?:内容及评分)?(?:标准|细则|表|办法)"
                          r"(?:[(（]?试行[)）]?)?$")
STANDARD_NAME_CHARS = 4  # the words before the standard's kind: whose it is, of what


def is_standard(text: str) -> bool:
    """Whether a line is the name of a standard of assessment (STANDARD_END) standing as a title: what it assesses
    before its kind, short, no sentence, and no notice, headline, attachment's label, file name, organ or number."""
    m = STANDARD_END.search(text)
    return bool(
        m and m.start() >= STANDARD_NAME_CHARS and len(QUOTED.sub("《》", text)) <= 60
        and not re.search("[。，；：:]", text)
        and not text.startswith(("关于", "《", "为", "根据", "按照", "附件", "[", "【", "〔"))
        and "通知" not in text and not HEADLINE.search(text) and not EVENT_HEADLINE.search(text)
        and not FILE_NAME.search(text) and not is_issuer(text) and not DOC_NUMBER.search(text)
    )

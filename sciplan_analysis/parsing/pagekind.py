"""What kind of text a page is, read from the cues of its genre (issue 23): an official document (a plan, its
notice or a fragment of one), a news item, a scholarly paper, a body's work report, or a copy on a
document-sharing, 范文 or wiki site (a template among them); ``unknown`` where the cues are absent or conflict.

The vocabulary is coarser than the hand file's (benchmarks/page_kinds.csv: official, plan_news, survey_news,
event_news, paper, report, copy, other) on purpose. What a reader of a plan's facts needs is whether the page
*is* the document (its title, issuer and date are its own) or tells of it (a news item, a paper, a report:
the facts are what that text says of a document), and whether the copy can be trusted as issued (a sharing
site's or template's copy may be edited). Whether a news item's headline is a plan, a survey or a meeting is
a matter of its subject, not of its genre: no cue of the genre tells them apart, and a reader needs the same
warning for all three. So: ``document``, ``news``, ``paper``, ``report``, ``copy``, ``unknown``.

The cues (words in ``data/reference/page_cues.csv``, by cue; where each counts is below), by the kind they
point to:

- copy: a sharing or wiki site's frame (one ``sharing`` word: 下载本文档, 由会员上传, 相关词条 …; or two
  different ``sharing_hint`` words: 文库, 范文, 中文名, 复制链接 …; or one with a template's mark), or a
  template's masked names and years (two marks: xx镇, 20xx年, 20__年, **县, ×× 万元; read in the text as written, as
  normalising drops a **); or a collection's heading among the first lines: a plan's name with a count of pieces
  (…方案（通用20篇）, …计划精选8篇; the words in ``data/reference/copy_furniture.csv``; round twenty-one); or a
  范文 site's editor offering the text (小编精心整理的…，仅供参考: `EDITOR_OFFER`, round thirty).
- paper: a scholarly page as round eighteen reads it (parsing/scholarly.py: cues of two kinds); a journal
  site's frame (论文部分内容阅读); a paper's own title among the first headlines (…序言, or 摘要 standing as a
  heading); an English abstract (a long paragraph in Latin letters) beside a paper's turn (本文, 笔者).
- document: 全文如下 before a reprint (the reprint is the document); a law site's or gazette's record labels
  (发文字号：); a notice's headline (关于印发…的通知, 某县人民政府关于…的意见); a salutation on its line
  (各乡镇人民政府，县级各部门：, 某办公室各成员单位：, 某某委员：; not 各位领导：, a speech's); a document number
  alone on its line (乐府发〔2023〕61号); a plan's parts (part headings 一、二、 of two kinds among goals,
  actions, projects and implementation: 指导思想, 主要任务, 保障措施; or one such part with three groups
  (一)(二)(三): a fragment's). Weaker: a document's title as its headline (…实施方案（2021—2025年）, no 《》, no
  news verb), a notice's body (现将…印发给你们), a document's own purpose or answer (特制定本规划, 现答复如下),
  a signature (an organ's name, then 2023年10月10日 on the next line).
- news: a headline explaining a document (…解读 with 《》 or as its form, 答记者问); a lead (日前, 近日, 本报讯,
  记者 … in the opening characters of one of the first body lines, a dateline 6月25日，, or a lead after its
  purpose clause: 为…，近日，…; a body paragraph a layout wrapped into lines shorter than a body line's is read
  by its opening, its lines joined, and 日前 after a day's number, 21日前, is none: round sixty-seven); a byline
  (记者：, 责任编辑：, （记者 某某）, （完）); a medium named as 来源 (来源：兰州日报; not a government's site); two of a
  news item's turns (会议指出, 会上, 调查结果显示, 获悉).
- report: a headline ending as a report's own title (…工作总结, …汇报材料, …的讲话, 简报, 第2期 aside), or two
  different turns of a report's body (总结如下, 今年以来, 存在的问题, 下一步工作 …).

How they are weighed (the first rule that applies decides; the cue that decided is the source):

1. a sharing site's frame or a template: ``copy`` (whatever it holds: a sharing site's copy of a notice is
   still a copy, as the hand file decides);
2. a scholarly page, a journal's frame, a paper's title, an English abstract: ``paper``;
3. a reprint after 全文如下, a law's name over its articles (round thirty-nine), a law site's record, a notice's
   headline, a salutation, a number on its line:
   ``document``, also under a news lead (a news item that reprints the plan is the plan; a plan may quote
   a lead);
4. a headline explaining a document: ``news`` (a 解读 may have parts 一、二、 of its own);
5. a plan's parts: ``document``; then a report's own headline: ``report``;
6. a news cue (lead, byline, medium, two turns): ``news``, unless a weaker document cue also stands there
   (a title as headline, a notice's body, an own purpose, a signature): then ``unknown``, source
   ``conflict``;
7. a weaker document cue alone: ``document``; two turns of a report's body: ``report``;
8. else ``unknown`` (source ``none``): a confident wrong kind is worse than none.

Where the page's address is known (the manifest's ``source_url``: `add` reads it from a saved page or its
``--url``; never fetched), a host of ``data/reference/page_hosts.csv`` names a kind before any cue of the
text (`host_kind`, `with_address`): a document-sharing, 范文 or wiki site's page is a ``copy`` whatever it
holds (rule 1 again: the text of a copy whose site frame was cut away reads as the document it copies), a
journal's or paper database's page is a ``paper``. The source is then ``host``. A government's or a news
site's host names no kind (a gov.cn page may be a document or news: its text decides). The manifest's own
``page_kind`` comes before the host (parsing/parse.py). Where no listed host decides, the address's own words may
(`word_kind`, round two): a host label or the path's first folder whose leading word is a sharing site's word of
``data/reference/page_host_words.csv`` (fanwen.example.com, example.com/zuowen/, 123wenmi.com, /gongwenfanwen/)
makes the page a ``copy``, source ``host`` again, ``PageKind.host`` naming the word (``fanwen (label)``); a word
inside another (document, xfanwen) takes nothing, nor a word on a government's, a society's or a school's host.

Measured against the hand kinds in benchmarks/page_kind_score.py (docs/parser_rounds.md, "What kind of text
a page is").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from sciplan_analysis.config import (
    COPY_FURNITURE_FILE,
    PAGE_CUES_FILE,
    PAGE_HOST_WORDS_FILE,
    PAGE_HOSTS_FILE,
)
from sciplan_analysis.parsing.documents import law_head
from sciplan_analysis.parsing.normalise import GLOSS
from sciplan_analysis.parsing.scholarly import is_scholarly
from sciplan_analysis.reference_files import numbered_rows
from sciplan_analysis.tables import PAGE_KIND_CUES, PAGE_KIND_SOURCES, PAGE_KINDS
from sciplan_analysis.text.patterns import CJK_RANGE
from sciplan_analysis.text.script import simplified

KINDS = PAGE_KINDS
CUES = PAGE_KIND_CUES  # the cues a page's kind may be decided by, in the order they are listed
SOURCES = PAGE_KIND_SOURCES  # …and "manifest" (the manifest gave it) and "none" (no cue)
FILE_CUES = ("sharing", "sharing_hint", "news_lead", "byline", "news_body", "explained", "notice", "report_title",
             "report_body", "reprint", "doc_label", "paper_frame", "paper_body", "paper_title", "plan_title",
             "own_purpose")

HEAD_PARAGRAPHS = 6  # a headline stands among the page's first lines
HEADLINE_CHARS = 80  # …and is short
LEAD_PARAGRAPHS = 5  # a news lead stands in one of the first body lines…
LEAD_CHARS = 30  # …within its first characters
BODY_CHARS = 30  # a body line has at least this many characters
COLLECTION_HEADLINES = 6  # a collection's heading stands among the first short lines (under a site's name or labels)
TWO = 2  # words of two different kinds (or marks) for the cues that need two

# A template's masked names and years: xx镇, XX县, ××万元, 20xx年, 20**-20**年, 20__年 (a blank to fill in; round
# twenty), **县 (a markdown ** before a name's first character is bold, not a mask: **乐至县人民政府), ○○村.
TEMPLATE = re.compile(r"(?<![A-Za-z])(?:[xX×]{1,3}|○{2,3})(?=\s*[省市县区镇乡村街社局所站校年月日号万个名人次场期届项家%])"
                      r"|(?:20|２０)(?:[xX*]{2}|[_＿]{2})|(?<![*])\*{2,3}(?=[省市县区镇乡村街社局])")
# A notice's headline: 关于印发…的通知, 某县人民政府关于…的意见, 关于…的决定/批复/函/通报.
# A 范文 site's editor offering what it gathered, in one sentence (以下是小编精心整理的…计划，仅供参考; 下面是小编为大家
# 收集的…，供大家借鉴; round thirty): 小编, a verb of gathering or bringing close after it, then a word of offering to
# the reader. 小编 alone (a news account's 小编精选每日资讯, 跟小编一起来看看吧) is no copy's mark.
# One sentence: no sentence's end between, nor a blank line (a line a layout wrapped is one sentence still).
_IN_SENTENCE = r"(?:[^。！？!?\n]|\n(?![ \t\u3000]*\n))"
EDITOR_OFFER = re.compile(rf"小编{_IN_SENTENCE}{{0,8}}?(?:整理|收集|搜集|汇集|分享|带来){_IN_SENTENCE}{{0,80}}?"
                          r"(?:参考|借鉴|参阅|帮助|喜欢)")
# (a public notice too: 关于…候选对象的公示, 关于…评审结果的公示公告; round forty-six)
NOTICE_TITLE = re.compile(r"关于[^。！？]{2,}的(?:通知|意见|决定|批复|函|通报|实施意见|公示(?:公告)?)$")
# A document number alone on its line (a notice's front): 乐府发〔2023〕61号, 国办发[2006]18号, 发文字号：…
DOC_NUMBER = re.compile(rf"^(?:(?:发文字号|文号)\s*[:：]\s*)?[{CJK_RANGE}]{{1,12}}\s*[〔\[［【(（]\s*(?:19|20)\d{{2}}\s*"
                        r"[〕\]］】)）]\s*\d{1,4}\s*号$")
# A salutation: 各乡镇人民政府、街道办事处，县政府各部门，有关单位：; 某办公室各成员单位：; 某某、某某委员：
SALUTATION = re.compile(r"^(?:[^。！？：:，,]{0,30}各(?!位)[^。！？]{1,120}|[^。！？：:]{2,40}(?:委员|代表|同志))[:：]$")
# A news verb in a headline (某省印发《X》; 某县召开会议): the headline tells of a document, it is not its title.
NEWS_VERB = re.compile(r"印发|发布|出台|召开|举行|举办|启动|审议|通过|部署|推进|开展|纳入|获|为|让|在")
# A signature: an organ's name on its line, then a date on the next (2023年10月10日, 二〇二一年十二月十日).
ORGAN_LINE = re.compile(r"(?:人民政府|办公室|办公厅|委员会|科学技术协会|科协|领导小组|联席会议|人民代表大会|委|厅|局)$")
DATE_LINE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二〇○零]{4}年[一二三四五六七八九十]{1,2}月"
                       r"[一二三四五六七八九十]{1,3}日)$")
# A news dateline in a lead's opening: 6月25日，, 25日，, 新华社北京6月25日电, 某某资讯2月10日消息: (round forty-four).
DATELINE = re.compile(r"^[^。！？]{0,12}?(?:\d{1,2}月)?\d{1,2}日\s*(?:[，,上下午晚从在讯电]|消息\s*[:：，,]|[^。！？]{0,10}获悉)"
                      r"|电[（(]|^新华社")
# A news item's source: 来源：兰州日报, 來源:科技日報, 来源：中国新闻网 (a government's own site, 政府网, is not news).
MEDIA_SOURCE = re.compile(r"来源\s*[:：]\s*(?:[^\s|，。:：]{0,14}?(?<!政府)(?<!门户)(?:日报|晚报|商报|早报|时报|报|新闻网|新闻|电视台"
                          r"|广播电视台|融媒体中心|融媒|新华社|中新网|网|APP|客户端|头条))(?=[\s|，。]|$|作者|编辑|责任|时间|\d)")
# A news item's end: （完）, （新华社）, （记者 某某）.
NEWS_END = re.compile(r"[（(](?:完|新华社|中新社|人民网|央视新闻)[）)]")
# A byline standing as a label: 记者：, 责任编辑：, (记者 某某), 【编辑：…】.
BYLINE_AFTER = r"\s*[:：]|\s+[{cjk}]{{2,4}}\s*[)）】]"
# A lead after its purpose clause: 为进一步贯彻…，近期，某县人民政府办公室印发了…
PURPOSE_LEAD = re.compile(r"^为[^。！？]*?[，,]\s*(?:日前|近日|近期|\d{1,2}月\d{1,2}日)\s*[，,]")
PURPOSE_CHARS = 160
EXPLAINED_CHARS = 8  # a headline explaining a document is longer than a menu's 政策解读
# A paragraph in Latin letters (an English abstract beside a Chinese one); a heading that is a paper's label.
ENGLISH_CHARS = 150
ENGLISH_SHARE = 0.8
ABSTRACT_HEADINGS = ("摘要", "内容摘要", "内容提要", "Abstract", "ABSTRACT")
PLAN_PART_KINDS = ("goals", "actions", "projects", "implementation")
FRAGMENT_GROUPS = 3  # one plan part with this many groups: a fragment's


@dataclass(frozen=True)
class PageKind:
    kind: str  # one of KINDS
    source: str  # the cue that decided (SOURCES)
    cues: tuple[str, ...] = ()  # every cue the page shows, for a reader's check
    host: str = ""  # what of the address decided (source "host"): a row of page_hosts.csv (renrendoc.com,
    #                 98523.com/fanwen) or a word of page_host_words.csv and where it stood (fanwen (label))


def grouped_words(path: str | Path, column: str, groups: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A word list grouped by one column (word,<column>): each group's words, longest first; a
    row with no word or an unknown group is an error naming the file and line."""
    header, rows = numbered_rows(path)
    if header[:2] != ["word", column]:
        raise ValueError(f"{path}: the header must start with word,{column}, not {header!r}")
    words: dict[str, list[str]] = {group: [] for group in groups}
    for n, row in rows:
        if row[column] not in words or not row["word"]:
            raise ValueError(f"{path}, line {n}: a row needs a word and a {column} of {', '.join(groups)}")
        words[row[column]].append(row["word"])
    return {group: tuple(sorted(set(w), key=len, reverse=True)) for group, w in words.items()}


@lru_cache(maxsize=4)
def cue_words(path: str | Path = PAGE_CUES_FILE) -> dict[str, tuple[str, ...]]:
    """The words of each cue of the page cues file, longest first."""
    return grouped_words(path, "cue", FILE_CUES)


FURNITURE_ROLES = ("furniture", "collection", "edition")
# The marks a site sets before a list's entry or a label (•相关推荐, ▶下一篇：, 【推荐阅读】).
FURNITURE_MARKS = r"[\s•·●○◆◇■□▪▸▶►>»\-—*|｜:：【】\[\]]*"
CN_COUNT = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"


@lru_cache(maxsize=4)
def copy_furniture(path: str | Path = COPY_FURNITURE_FILE) -> dict[str, tuple[str, ...]]:
    """The words of each role of the copy furniture file (furniture, collection), longest first."""
    return grouped_words(path, "role", FURNITURE_ROLES)


@lru_cache(maxsize=4)
def _furniture_head() -> re.Pattern[str]:
    words = "|".join(map(re.escape, copy_furniture()["furniture"]))
    return re.compile(rf"^{FURNITURE_MARKS}(?:{words}){FURNITURE_MARKS}")


@lru_cache(maxsize=4)
def _collection_tail() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(map(re.escape, copy_furniture()["collection"]))
    count = rf"(?:(?:{words})\s*)*{CN_COUNT}\s*篇"
    bracketed = rf"[（(【\[]\s*(?:{count}|(?:{words})+)\s*[）)】\]]"
    return (re.compile(rf"\s*(?:{bracketed}|{count}|(?:{words})+)\s*$"),  # any collection mark
            re.compile(rf"\s*(?:{bracketed}|{count})\s*$"))  # a count or a bracketed mark: a collection's heading


def furniture_only(text: str) -> bool:
    """Whether a line is nothing but a site's furniture (•相关推荐, 上一篇：)."""
    return bool((m := _furniture_head().match(text.strip())) and m.end() == len(text.strip()))


def without_furniture(text: str, alone: tuple[str, ...] | set[str] = ()) -> str:
    """A line without the site's furniture before the name it runs into (round twenty-one): cut where a mark follows
    the furniture word (上一篇：X, 【推荐阅读】X, 猜你喜欢 X) or where the furniture stood on a line of its own that
    the page's paragraph joined to the name (`alone`: such lines, •相关推荐 over X read as •相关推荐X). A word run
    into a name with neither (收藏夹管理办法) is the name's own. The line itself when no furniture opens it."""
    while (m := _furniture_head().match(text)) and m.end() < len(text):
        cut = text[: m.end()]
        if not (re.search(r"[:：|｜】\]>»\s]$", cut) or cut.strip() in alone):
            break
        text = text[m.end():]
    return text


def collection_name(text: str, strict: bool = False) -> str | None:
    """The name a collection's heading gives before its mark (科普日活动方案 of 科普日活动方案范文, of …方案（通用20篇）,
    of …计划精选8篇; round twenty-one); None when the line bears no collection mark. `strict`: only a count of
    pieces or a bracketed mark (a bare word such as 范文 or 精选 may end a piece's own name on a site's label)."""
    m = _collection_tail()[1 if strict else 0].search(text)
    return text[: m.start()].rstrip() if m and m.start() > 0 else None


@lru_cache(maxsize=4)
def _edition_tail() -> re.Pattern[str]:
    words = "|".join(map(re.escape, copy_furniture()["edition"]))
    return re.compile(rf"\s*[-_—–－]?\s*(?:{words})\s*$")


def edition_name(text: str) -> str | None:
    """The name before a site's word for its edition of it (科普工作计划 of 科普工作计划精编, of …方案汇总, of …方案通用例文,
    of …实施-精编; round twenty-eight); None when no such word ends the line."""
    m = _edition_tail().search(text)
    return text[: m.start()].rstrip() if m and m.start() > 0 else None


def _collection_stem(text: str) -> str | None:
    """The name a collection's heading gives (`collection_name`, strict), with the site's words that still end it
    cut too (农业科普年度工作计划 of 农业科普年度工作计划范文（合集12篇）: a count, then 范文; round twenty-eight); None
    when the line bears no count of pieces or bracketed mark."""
    name = collection_name(text, strict=True)
    while name and (shorter := collection_name(name)):
        name = shorter
    return name


def _headlines(texts: list[str], joined: bool = True) -> list[str]:
    """The short lines among the page's first ones (a headline may be split over two: joined too, unless
    `joined` is false)."""
    head = [t.strip().lstrip("#").strip() for t in texts[:HEAD_PARAGRAPHS] if t.strip()]
    short = [t for t in head if len(t) <= HEADLINE_CHARS]
    if not joined:
        return short
    return short + [a + b for a, b in zip(head, head[1:], strict=False) if len(a + b) <= HEADLINE_CHARS]


def _bare(title: str) -> str:
    """A headline without its trailing brackets, issue number and marks: （2021—2025年）, （征求意见稿）, 第2期, **."""
    title = re.sub(r"[*#\s]+", "", title)
    title = re.sub(r"(?:[（(〔\[【][^）)〕\]】]*[）)〕\]】])+$", "", title)
    return re.sub(r"第\d+期$", "", title)


def _english(text: str) -> bool:
    """Whether a paragraph is written in Latin letters (an English abstract): long, and mostly letters and spaces."""
    return len(text) >= ENGLISH_CHARS and sum(ch.isascii() and (ch.isalpha() or ch == " ") for ch in text) \
        >= ENGLISH_SHARE * len(text)


def page_cues(texts: list[str], part_kinds: list[str] | None = None,
              groups_per_part: list[int] | None = None, scholarly: bool | None = None,
              raw: str | None = None, lines: list[str] | None = None,
              wrapped: list[str] | None = None) -> tuple[str, ...]:
    """Every cue the page shows (see the module's docstring), in CUES' order. `texts` are the page's
    paragraphs; `part_kinds` the kinds of its part headings (一、…: goals, actions, projects, implementation,
    background, other) and `groups_per_part` the groups (（一）…) under each, as segmentation found them;
    `scholarly` whether the page is a scholarly one, if known (else read from `texts`); `raw` the page's
    text as written, simplified, where its words are searched (normalising drops marks: a template's **县);
    `lines` the page's lines, where a salutation, a number or a signature stands alone (else `texts`); `wrapped` the
    paragraphs whose lines a layout broke shorter than a body line (`wrapped_paragraphs`), where a lead (among the first
    body paragraphs) and a salutation are read too."""
    words = cue_words()
    texts = [re.sub(r"[ \t\u3000]+", " ", t).strip() for t in texts if t and t.strip()]
    broken = {re.sub(r"[ \t\u3000]+", " ", t).strip() for t in wrapped or ()}
    found: set[str] = set()
    whole = raw if raw is not None else "\n".join(texts)
    hints = {w for w in words["sharing_hint"] if w in whole}
    hints = {w for w in hints if not any(w != v and w in v for v in hints)}  # 上传 within 网友上传: one word
    marks = len(TEMPLATE.findall(whole))
    if (any(w in whole for w in words["sharing"]) or len(hints) >= TWO or (hints and marks)
            or EDITOR_OFFER.search(whole)):
        found.add("sharing")
    if marks >= TWO:
        found.add("template")
    if scholarly if scholarly is not None else is_scholarly(texts):
        found.add("scholarly")
    lines = [re.sub(r"[ \t\u3000]+", " ", t).strip() for t in (lines or texts) if t and t.strip()]
    heads = _headlines(lines)
    if any(w in whole for w in words["paper_frame"]):
        found.add("paper_frame")
    if any(_bare(h).endswith(w) for h in heads[:3] for w in words["paper_title"]) or any(
            re.sub(r"\s+", "", h) in ABSTRACT_HEADINGS for h in heads[:3]):
        found.add("paper_title")
    if any(_english(t) for t in texts) and any(w in whole for w in words["paper_body"]):
        found.add("english_abstract")
    if any(w in whole for w in words["reprint"]):
        found.add("reprint")
    if law_head(lines) is not None:
        found.add("articles")  # a law's or a rule's name over its articles (round thirty-nine)
    if any(re.search(re.escape(w) + r"\s*[:：]", whole) for w in words["doc_label"]):
        found.add("doc_label")
    if any(w in h and len(h) > EXPLAINED_CHARS and ("《" in h or _bare(h).endswith(w) or h.startswith(w)
                                                    or re.match(r"^.{0,4}解读", h))
           for h in _headlines(lines, joined=False)[:3] for w in words["explained"]):
        found.add("explained")
    if any(NOTICE_TITLE.search(_bare(h)) for h in heads):
        found.add("notice_title")
    if any(SALUTATION.match(t) for t in lines) or any(SALUTATION.match(t) for t in broken) or any(
            _broken_salutation(a, b) for a, b in zip(lines, lines[1:], strict=False)):
        found.add("salutation")  # (a salutation wrapped over two lines is one: round sixty-seven)
    if any(DOC_NUMBER.match(re.sub(r"\s+", "", t)) for t in lines):
        found.add("doc_number")
    kinds = [k for k in (part_kinds or []) if k in PLAN_PART_KINDS]
    groups = groups_per_part or [0] * len(part_kinds or [])
    if len(set(kinds)) >= TWO or any(k in PLAN_PART_KINDS and g >= FRAGMENT_GROUPS
                                     for k, g in zip(part_kinds or [], groups, strict=False)):
        found.add("plan_parts")
    if any(_bare(h).endswith(w) or "工作总结" in h for h in heads[:3] for w in words["report_title"]):
        found.add("report_title")
    if any(_bare(h).endswith(w) and not re.search("[《》〈〉]", h) and not NEWS_VERB.search(h)
           for h in _headlines(lines, joined=False)[:2] for w in words["plan_title"]):
        found.add("plan_title")
    if any((name := _collection_stem(re.sub(r"[*#\s]+", "", h))) and any(name.endswith(w) for w in (*words["plan_title"], "计划"))
           and not re.search("[《》〈〉]", h) and not NEWS_VERB.search(name)
           for h in _headlines(lines, joined=False)[:COLLECTION_HEADLINES]):
        # a collection's heading (a plan's name, 计划 among them, then 通用20篇): a 范文 site's (round twenty-one)
        found.add("sharing")
    if any(w in whole for w in words["own_purpose"]):
        found.add("own_purpose")
    body = [t for t in lines if len(t) >= BODY_CHARS][:LEAD_PARAGRAPHS]
    # (a lead wrapped at 24-29 characters a line has no body line: its paragraph, the lines joined, is read among the first
    # body paragraphs; round sixty-seven)
    body += [t for t in [t for t in texts if len(t) >= BODY_CHARS][:LEAD_PARAGRAPHS] if t in broken]
    if any(_lead_word(t[:LEAD_CHARS], w) for t in body for w in words["news_lead"]) or any(
            DATELINE.search(t[:LEAD_CHARS]) or PURPOSE_LEAD.search(t[:PURPOSE_CHARS]) for t in body):
        found.add("news_lead")
    byline = re.compile(r"(?:^|[（(【\[\s])(?:" + "|".join(map(re.escape, words["byline"])) + ")(?:"
                        + BYLINE_AFTER.format(cjk=CJK_RANGE) + ")", re.MULTILINE)
    if byline.search(whole) or NEWS_END.search(whole):
        found.add("byline")
    if MEDIA_SOURCE.search(whole):
        found.add("media_source")
    if len({w for w in words["news_body"] if w in whole}) >= TWO:
        found.add("news_body")
    if any(w in whole for w in words["notice"]):
        found.add("notice")
    if any(ORGAN_LINE.search(a) and len(a) <= 40 and DATE_LINE.match(re.sub(r"\s+", "", b))
           for a, b in zip(lines, lines[1:], strict=False)):
        found.add("signature")
    if len({w for w in words["report_body"] if w in whole}) >= TWO:
        found.add("report_body")
    return tuple(c for c in CUES if c in found)


def decide(cues: tuple[str, ...]) -> tuple[str, str]:
    """(kind, source) from a page's cues, by the module's rules."""
    has = set(cues)
    for cue, kind in (("sharing", "copy"), ("template", "copy"),
                      ("scholarly", "paper"), ("paper_frame", "paper"), ("paper_title", "paper"),
                      ("english_abstract", "paper"),
                      ("reprint", "document"), ("articles", "document"), ("doc_label", "document"),
                      ("notice_title", "document"),
                      ("salutation", "document"), ("doc_number", "document"),
                      ("explained", "news"), ("plan_parts", "document"), ("report_title", "report")):
        if cue in has:
            return kind, cue
    news = [c for c in ("news_lead", "byline", "media_source", "news_body") if c in has]
    doc = [c for c in ("plan_title", "notice", "own_purpose", "signature") if c in has]
    if news and doc:
        return "unknown", "conflict"
    if news:
        return "news", news[0]
    if doc:
        return "document", doc[0]
    if "report_body" in has:
        return "report", "report_body"
    return "unknown", "none"


def page_kind(texts: list[str], part_kinds: list[str] | None = None,
              groups_per_part: list[int] | None = None, scholarly: bool | None = None,
              raw: str | None = None, lines: list[str] | None = None,
              wrapped: list[str] | None = None) -> PageKind:
    """The kind of a page from its paragraphs (and its part headings' kinds, see `page_cues`)."""
    cues = page_cues(texts, part_kinds, groups_per_part, scholarly, raw, lines, wrapped)
    kind, source = decide(cues)
    return PageKind(kind, source, cues)


def structure_kind(structure, scholarly: bool | None = None, raw: str | None = None) -> PageKind:
    """The kind of a segmented page (`segment.Structure`): its paragraphs and its part headings."""
    texts = [para.text for para in structure.paragraphs]
    part_kinds = [kind for _, kind, _ in structure.part_headings]
    groups = [sum(1 for g in structure.groups if g.part_ordinal == ordinal)
              for ordinal, _, _ in structure.part_headings]
    lines = [line.text for para in structure.paragraphs for line in (para.lines or [para])]
    # the page as written, without a converting site's phonetic glosses (用戶(hù)提供: 用户提供; round twenty-eight)
    return page_kind(texts, part_kinds, groups, scholarly, simplified(GLOSS.sub("", raw)) if raw is not None else None,
                     lines, wrapped_paragraphs(structure.paragraphs))


def _visible(text: str) -> int:
    """The characters of a line or paragraph as `page_cues` counts them (runs of spaces one, the ends stripped)."""
    return len(re.sub(r"[ \t\u3000]+", " ", text).strip())


def wrapped_paragraphs(paragraphs: list) -> list[str]:
    """The paragraphs a layout wrapped into lines shorter than a body line (a copy broken at 24-29 characters: a first line
    under BODY_CHARS, more lines after it), their lines joined: a lead stands at their opening as at a body line's
    (近日，某办公厅发文，对… broken at 中国科协办公厅发; round sixty-seven: a headline-less lead so wrapped gave no lead, so no
    news, so no issuer), and a salutation broken over two lines is one."""
    return [p.text for p in paragraphs if len(p.lines) > 1 and _visible(p.lines[0].text) < BODY_CHARS]


def _broken_salutation(line: str, piece: str) -> bool:
    """Whether two lines are a salutation a layout's wrap broke inside a word (各县市区科协、某开发区 / 科协：): the first ends
    with a Chinese character, the second, shorter, closes with the colon and holds no other mark, and joined they are a
    salutation (SALUTATION). Read where the segmenter glued the first to a line over it (a time stamp broken too)."""
    return (bool(line) and re.match(f"[{CJK_RANGE}]", line[-1]) is not None and len(piece) < len(line)
            and re.fullmatch(f"[{CJK_RANGE}、]+[:：]", piece) is not None and SALUTATION.match(line + piece) is not None)


# A lead word ending a day's date is no lead: 于3月21日前报送 (before the 21st), not 日前 (the other day).
DAY_BEFORE = re.compile(r"[\d〇○零一二三四五六七八九十]$")


def _lead_word(opening: str, word: str) -> bool:
    """Whether a news lead's `word` stands in a paragraph's `opening`, 日前 not after a day's number (DAY_BEFORE)."""
    at = opening.find(word)
    while at >= 0:
        if not (word.startswith("日") and DAY_BEFORE.search(opening, 0, at)):
            return True
        at = opening.find(word, at + 1)
    return False


HOST_KINDS = ("copy", "paper")  # the kinds a host may name (page_hosts.csv)
HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
NO_HOSTS = ("gov.cn",)  # a government's page may be a document, news or a report: never decided by its host


@lru_cache(maxsize=4)
def page_hosts(path: str | Path = PAGE_HOSTS_FILE) -> tuple[tuple[str, str, str], ...]:
    """The rows of the page hosts file as (host, path, kind): a host in lower case, the folder a row names
    (``/fanwen/``, or ``/`` for the whole host), the kind; longest first (a folder's row before its host's).
    A row with no host, a host that is no host name (a scheme, a port, a space), another kind or a host under
    gov.cn is an error naming the file and line."""
    header, rows = numbered_rows(path)
    if header[:2] != ["host", "kind"]:
        raise ValueError(f"{path}: the header must start with host,kind, not {header!r}")
    found = []
    for n, row in rows:
        host, _, folder = row["host"].strip().lower().partition("/")
        if not host or not all(HOST_LABEL.fullmatch(label) for label in host.split(".")) or "." not in host:
            raise ValueError(f"{path}, line {n}: {row['host']!r} is no host name (write renrendoc.com or "
                             "98523.com/fanwen, no https:// and no port)")
        if row["kind"] not in HOST_KINDS:
            raise ValueError(f"{path}, line {n}: kind {row['kind']!r} is none of {', '.join(HOST_KINDS)}")
        if any(_under(host, h) for h in NO_HOSTS):
            raise ValueError(f"{path}, line {n}: {host} is a government's host; its pages' text decides their kind")
        found.append((host, "/" + folder.strip("/") + "/" if folder.strip("/") else "/", row["kind"]))
    return tuple(sorted(found, key=lambda r: (-len(r[0]) - len(r[1]), r)))


def _under(host: str, suffix: str) -> bool:
    """Whether `host` is `suffix` or a host under it, label by label (m.renrendoc.com under renrendoc.com;
    never xrenrendoc.com)."""
    return host == suffix or host.endswith("." + suffix)


def url_host(url: object) -> tuple[str, str] | None:
    """(host, path) of a web address in lower case (the path with a closing /), or None when it is no
    http(s) address with a host (a file name, a bare word, an empty cell)."""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
    except ValueError:  # an address whose brackets or port do not parse
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return host.lower(), parts.path.lower().rstrip("/") + "/"


def host_kind(url: object, path: str | Path = PAGE_HOSTS_FILE) -> tuple[str, str] | None:
    r"""(kind, row) of the page hosts file's row that takes this address, or None: a row takes an address
    whose host is its host or ends in ``.``\ its host (m.renrendoc.com; never xrenrendoc.com or
    renrendoc.com.evil.cn), and whose path lies under its folder, where it names one."""
    found = url_host(url)
    if found is None:
        return None
    host, folder = found
    for row_host, row_folder, kind in page_hosts(path):
        if _under(host, row_host) and folder.startswith(row_folder):
            return kind, row_host + row_folder.rstrip("/")
    return None


WORD_KINDS = ("copy", "part")  # a word names a copy; a part only glues onto one (fanwen + daquan)
WORD_WHERE = ("label", "folder", "both")
WORD_LETTERS = re.compile(r"[a-z]+")
# A government's, a society's (科协: org.cn) or a school's own site: whatever its folders are called, its text decides.
WORD_NO_HOSTS = ("gov.cn", "org.cn")
WORD_NO_LABELS = ("gov", "edu")


@lru_cache(maxsize=4)
def host_words(path: str | Path = PAGE_HOST_WORDS_FILE) -> dict[str, dict[str, tuple[str, ...]]]:
    """The words of the page host words file: for ``label`` and ``folder``, the words of kind copy and the parts
    that count there (``{"label": {"copy": (...), "part": (...)}, "folder": {...}}``), longest first. A row whose
    word is no lower-case Latin word, or with another kind or place, is an error naming the file and line."""
    header, rows = numbered_rows(path)
    if header[:3] != ["word", "kind", "where"]:
        raise ValueError(f"{path}: the header must start with word,kind,where, not {header!r}")
    found: dict[str, dict[str, set[str]]] = {place: {k: set() for k in WORD_KINDS} for place in ("label", "folder")}
    for n, row in rows:
        word = row["word"].strip()
        if not WORD_LETTERS.fullmatch(word):
            raise ValueError(f"{path}, line {n}: {row['word']!r} is no lower-case Latin word (write fanwen)")
        if row["kind"] not in WORD_KINDS:
            raise ValueError(f"{path}, line {n}: kind {row['kind']!r} is none of {', '.join(WORD_KINDS)}")
        if row["where"] not in WORD_WHERE:
            raise ValueError(f"{path}, line {n}: where {row['where']!r} is none of {', '.join(WORD_WHERE)}")
        for place in ("label", "folder"):
            if row["where"] in (place, "both"):
                found[place][row["kind"]].add(word)
    return {place: {k: tuple(sorted(w, key=lambda x: (-len(x), x))) for k, w in kinds.items()}
            for place, kinds in found.items()}


def _leading_word(name: str, words: dict[str, tuple[str, ...]]) -> str | None:
    """The sharing word a label's or folder's name begins with, or None: its leading run of letters (after any
    digits at its front: 123wenmi, 360docs) must be a word of kind copy followed by nothing but listed words or
    parts (fanwen, fanwendaquan, gongwenfanwen, xiexiebang; not document, fanwenx or xfanwen)."""
    run = WORD_LETTERS.match(name.lstrip("0123456789"))
    if run is None:
        return None
    letters = run.group()
    glued = words["copy"] + words["part"]

    @cache
    def rest_is_words(start: int) -> bool:
        return start == len(letters) or any(letters.startswith(w, start) and rest_is_words(start + len(w))
                                            for w in glued)

    for word in words["copy"]:
        if letters.startswith(word) and rest_is_words(len(word)):
            return word
    return None


def word_kind(url: object, path: str | Path = PAGE_HOST_WORDS_FILE) -> tuple[str, str] | None:
    """(kind, word) where a host label or the path's first folder of this address begins with a sharing site's
    word (`_leading_word`; the words of page_host_words.csv): ``("copy", "fanwen (label)")`` for
    https://fanwen.example.com/1.html, ``("copy", "zuowen (folder)")`` for http://example.com/zuowen/1.html; else
    None. The host's last label (com, cn …) is no name; a folder is a path's first part with more after it and no
    dot (a page's own file name is no folder); a host under gov.cn or org.cn, or with a gov or edu label, is never
    taken (its text decides)."""
    if not isinstance(url, str):
        return None
    found = url_host(url)
    if found is None:
        return None
    host, _ = found
    labels = host.split(".")
    if (any(_under(host, h) for h in WORD_NO_HOSTS)
            or any(label in WORD_NO_LABELS for label in labels)):
        return None
    words = host_words(path)
    for label in labels[:-1]:
        word = _leading_word(label, words["label"])
        if word:
            return "copy", f"{word} (label)"
    parts = urlsplit(url.strip()).path.lower().lstrip("/").split("/")
    if len(parts) > 1 and parts[0] and "." not in parts[0]:
        word = _leading_word(parts[0], words["folder"])
        if word:
            return "copy", f"{word} (folder)"
    return None


def with_address(kind: PageKind, url: object) -> PageKind:
    """A page's kind with its address known: the kind its host names, if any (source ``host``, the row named
    in ``host``; the text's cues kept for a reader's check), else the kind a word of its address names
    (`word_kind`: source ``host`` too, the word named in ``host``), else the kind its text gave."""
    named = host_kind(url) or word_kind(url)
    if named is None:
        return kind
    return PageKind(named[0], "host", kind.cues, named[1])


__all__ = ["HOST_KINDS", "KINDS", "SOURCES", "PageKind", "collection_name", "copy_furniture", "cue_words", "decide",
           "edition_name",
           "host_kind", "host_words", "page_cues", "page_hosts", "page_kind", "structure_kind", "furniture_only",
           "url_host", "with_address", "without_furniture", "word_kind"]

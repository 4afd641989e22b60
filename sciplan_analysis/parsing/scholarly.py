"""Whether a page is a scholarly one (a journal paper, a paper's abstract, a research report) rather than
a plan, a notice or news: read from the cues of the genre (issue 23, round eighteen).

A scholarly page carries no document of its own: an author's institute is no issuer, a body that 颁布/发布 a
《X》 in the paper's text issued the cited X, not the page, the year of an article number is no date, and
every document named in 《》 is cited (docs/fact_conventions.md, holdouts 29, 31–33, 38, 39). `metadata`
then gives no title, issuer, document number, issue date or period (source ``scholarly``), and
`citations` also lists an article the paper names (一篇题为《X》的文章).

The cues are of independent kinds: the labels of `data/reference/paper_cues.csv` (摘要, 关键词, 中图分类号,
文献标识码, 文章编号, 基金项目, 作者简介, DOI, 参考文献) standing as labels, an author's affiliation (an
institution and a city with a six-digit postcode in brackets: （某研究所，北京100081）), and reference numbers
after sentences ([1], [2]: two different ones). A page is scholarly with cues of two kinds or more: one alone
is no proof (a plan's 关键词： once, a site's 摘要： line, a plan's footnotes [1] [2]).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sciplan_analysis.config import PAPER_CUES_FILE
from sciplan_analysis.parsing.normalise import Paragraph
from sciplan_analysis.text.patterns import CJK_RANGE
from sciplan_analysis.text.reference import paper_labels

SCHOLARLY_CUES = 2  # cues of this many kinds make a page scholarly
# A label stands at a line's start or after a space, a bracket or *, and is followed by a colon, a closing
# bracket, a space or the line's end (摘要：, [摘 要], 【关键词】, *基金项目:, 中图分类号 G315).
LABEL_BEFORE = r"(?:^|(?<=[\s\[【［(（*〔]))"
LABEL_AFTER = r"(?=\s*(?:[\]】］)）〕:：]|\s|$))"
# An author's affiliation: an institution and its city with a six-digit postcode, in brackets
# （中国科普研究所，北京100081）, (某大学 某学院，上海 200433；2. …).
AFFILIATION = re.compile(rf"[（(][^（）()\n]{{2,80}}?[，,、\s]\s*[{CJK_RANGE}]{{2,10}}\s*(?<!\d)\d{{6}}(?!\d)"
                         r"(?:\s*[；;][^（）()\n]{0,80}?)?\s*[）)]")
# A reference number after a sentence's words: …的基础和支撑[1]。, …举措［1］，也是 ([1-3], [1,2] too).
REFERENCE = re.compile(rf"(?<=[{CJK_RANGE}”\"’）)\w])[\[［](\d{{1,3}})(?:\s*[-–—,，]\s*\d{{1,3}})*[\]］]"
                       rf"(?=[。，；、：,.;:\s]|$|[{CJK_RANGE}])")
# A DOI written as one (10.16511/j.cnki…) with no label before it.
DOI = re.compile(r"(?<![\d.])10\.\d{4,9}/\S+")


@lru_cache(maxsize=1)
def label_pattern(path: Path = PAPER_CUES_FILE) -> re.Pattern:
    """Every label of the paper cues file, as a label stands (see LABEL_BEFORE, LABEL_AFTER), its
    characters perhaps spaced (摘 要), each in a group named by its cue; Latin labels in any case."""
    by_cue: dict[str, list[str]] = {}
    for label, cue in paper_labels(path).items():
        by_cue.setdefault(cue, []).append(label)
    groups = []
    for cue, labels in by_cue.items():
        words = sorted(labels, key=len, reverse=True)
        spaced = "|".join(r"\s*".join(re.escape(ch) for ch in word if not ch.isspace()) for word in words)
        groups.append(f"(?P<{cue}>{spaced})")
    return re.compile(LABEL_BEFORE + "(?:" + "|".join(groups) + ")" + LABEL_AFTER, re.IGNORECASE | re.MULTILINE)


COPIED_CHARS = 16  # an abstract whose first this many characters the text after it repeats was copied from it
EMPTY_VALUE = re.compile(r"\s*[\]】］)）〕]?\s*[:：]?\s*$")


def scholarly_cues(texts: list[str]) -> tuple[str, ...]:
    """The kinds of cue of a scholarly page the texts show (labels' cues, ``affiliation``, ``references``),
    sorted. A label with nothing after it on its line but a colon (关键词： / 作者简介： of a site's template)
    is no cue, nor an abstract whose opening the text after it repeats (a site fills its 摘要 field with a
    news item's first words)."""
    cues: set[str] = set()
    labels = label_pattern()
    numbers: set[str] = set()
    for n, text in enumerate(texts):
        for m in labels.finditer(text):
            cue = next(cue for cue, value in m.groupdict().items() if value)
            line_end = text.find("\n", m.end())
            rest = text[m.end(): len(text) if line_end == -1 else line_end]
            if EMPTY_VALUE.fullmatch(rest) and re.search("[:：]", rest):
                continue  # 关键词： with nothing after it: a template's empty field
            if cue == "abstract" and _copied(rest, text[m.end() + len(rest):], texts[n + 1:]):
                continue
            cues.add(cue)
        if AFFILIATION.search(text):
            cues.add("affiliation")
        if DOI.search(text):
            cues.add("doi")
        numbers.update(m.group(1) for m in REFERENCE.finditer(text))
    if len(numbers) >= 2:
        cues.add("references")
    return tuple(sorted(cues))


def _copied(value: str, after: str, later: list[str]) -> bool:
    """Whether an abstract's value (its label's line after the label) opens with words the text after it
    repeats (COPIED_CHARS of them, spaces and marks aside): the body's opening copied into a 摘要 field."""
    key = re.sub(r"[\W_]", "", value)[:COPIED_CHARS]
    if len(key) < COPIED_CHARS:
        return False
    rest = re.sub(r"[\W_]", "", after + "".join(later))
    return key in rest


# The fields of a policy or law database's record ([发布机构] 某部, 【发布文号】…, [效力级别] 规范性文件, 时效性：现行有效):
# the record of a document, never a paper's page, though it may show 摘要 and 关键词 beside them (a policy library's
# [摘要] and [关键词]; round thirty-nine).
RECORD_FIELD = re.compile(r"[\[【［]\s*(?:发布机构|发布单位|发布部门|发文机关|发文字号|发布文号|效力级别|时效性)\s*[\]】］]"
                          r"|(?:效力级别|时效性)\s*[：:]")


def is_scholarly(texts: list[str]) -> bool:
    """Whether the texts (a page's lines) are a scholarly page's: cues of two kinds, and no field of a policy or
    law database's record (RECORD_FIELD)."""
    return len(scholarly_cues(texts)) >= SCHOLARLY_CUES and not any(RECORD_FIELD.search(t) for t in texts)


def scholarly_page(paragraphs: list[Paragraph]) -> bool:
    """Whether a page's paragraphs are a scholarly page's, read line by line (a label opens its line;
    joining lines into paragraphs may run it into the line above: 某某研究基金项目：…)."""
    return is_scholarly([line.text for para in paragraphs for line in (para.lines or [para])])

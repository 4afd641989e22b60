"""The section a clause stands in: its heading chain and the kind of section it names.

Hand codes treat the same wording differently by where it stands (issue 24, round 10): a list
of states reached is none in a review of past work and planning in a goals section; a line of a
guiding thought or of principles names no means. A clause alone cannot tell; its headings can.
This stage finds, for a position in a page's text, the nearest preceding heading of each level
(一、 / （一） / 1. / （1） / a short unnumbered line) and classifies the section from the
headings' words with the editable vocabulary ``data/reference/section_kinds.csv``. For a parsed
plan the parser's own part and group headings are used (`plan_section`), not found again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sciplan_analysis import reference_files
from sciplan_analysis.config import SECTION_KINDS_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.normalise import GLOSS
from sciplan_analysis.text.script import simplified

KINDS = ("review", "guidance", "goals", "safeguards", "tasks", "conditions", "applicants", "other")
# a numbered heading of this kind holds every deeper heading's clause (round 30): a recognition
# standard's items are numbered headings too (2、有项目技术支持单位…), and their own words (项目,
# 保障) must not take them out of the list of conditions they stand in
# round 54 (C97a, C74, C101b): a heading naming the applicant unit or body alone (二、申报主体; 申报单位基本条件)
# heads who may apply for a project or a grant, and holds its numbered items the same way
HOLDS = ("conditions", "applicants")
# round 39 (C34, C06): a review opens a forward-looking plan only where the plan follows it. An unnumbered
# line naming a review (郑州科普工作成效显著; 上半年…工作总结) with no heading of these kinds after it, nor a plan's
# title line (…计划, …方案), is the headline of an account of work done: the page is the account, and C34
# codes the acts it reports as if planned, so the line names no section (`account_headlines`)
FORWARD = ("guidance", "goals", "safeguards", "tasks", "conditions", "applicants")
PLAN_TITLE = re.compile(r"方案|计划|规划|要点|意见|纲要")  # DOC_TITLE's plan words: no year (an account's headline names one)
# the parser's part kinds (parts.csv) as section kinds, where a group heading names none
PART_KINDS = {"background": "review", "goals": "goals", "actions": "tasks", "projects": "tasks",
              "implementation": "safeguards", "other": "other"}

# a numbered heading's marker and its level: 一、 1, （一） 2, 1. 3, （1） 4; 第一章/第一部分 0
_MARKERS = (
    (0, re.compile(r"第[一二三四五六七八九十]{1,3}(?:章|部分|篇)")),
    (1, re.compile(r"[一二三四五六七八九十]{1,3}[、．.]")),
    (2, re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")),
    (3, re.compile(r"\d{1,2}(?:[、．]|\.(?!\d))")),
    (4, re.compile(r"[（(]\d{1,2}[)）]")),
)
# where a heading may start: a line's start, or after a sentence's end (pages that run on)
_START = re.compile(r"(?:^|(?<=[\n。；]))[ \t\u3000]*")
_TITLE_END = re.compile(r"[。；：:，,\n]")
SHORT_LINE = 24  # an unnumbered line this short, with no sentence mark, reads as a heading
TITLE_MAX = 30   # a longer title is an item's sentence, not a heading: no section kind
# an unnumbered line naming a document or a year is the page's title, not a section's
# (xx县2022年重点工作思路及措施 names no guidance section)
DOC_TITLE = re.compile(r"方案|计划|规划|要点|意见|通知|办法|纲要|\d{4}年")


class SectionKindsError(PlanError):
    """The section-kinds file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Heading:
    """A heading found in a text: where it starts, its level (0 outermost) and its title."""

    start: int
    level: int
    title: str


@lru_cache(maxsize=4)
def load_kinds(path: Path = SECTION_KINDS_FILE) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """(kind, words regex, unless regex or None) in file order; an unknown kind or a bad pattern
    names the line. `unless` (an optional column) is what keeps a heading holding the words out of
    the kind: 总结活动成效 opens on a verb of doing, so it sets a task, not a review."""
    path = Path(path)
    header, rows = reference_files.numbered_rows(path)
    if not {"kind", "words"} <= set(header):
        raise SectionKindsError(f"{path}: the header needs kind and words")
    out = []
    for n, row in rows:
        if row["kind"] not in KINDS:
            raise SectionKindsError(f"{path}, line {n}: unknown kind {row['kind']!r}; use one of "
                                    f"{', '.join(KINDS)}")
        if not row["words"]:
            raise SectionKindsError(f"{path}, line {n}: no words")
        try:
            unless = re.compile(row["unless"]) if row.get("unless") else None
            out.append((row["kind"], re.compile(row["words"]), unless))
        except re.error as e:
            raise SectionKindsError(f"{path}, line {n}: the words are not a valid pattern ({e})") from e
    return tuple(out)


def heading_kind(title: str, path: Path = SECTION_KINDS_FILE) -> str | None:
    """The section kind a heading's title names (the first row whose words occur and whose
    `unless` does not), or None."""
    title = re.sub(r"\s", "", GLOSS.sub("", simplified(title))) if title else title
    if not title or len(title) > TITLE_MAX:
        return None
    return next((kind for kind, words, unless in load_kinds(path)
                 if words.search(title) and not (unless and unless.search(title))), None)


def headings(text: str) -> list[Heading]:
    """Every heading of a page's text, in order: numbered ones at a line's or a sentence's start
    (their title runs to the first 。；：，), and short unnumbered lines with no sentence mark
    (a colon may end one: 指导思想：)."""
    out: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        body = line.strip()
        if body and len(body) <= SHORT_LINE and not re.search(r"[。；，,!！?？]|[：:].", body) \
                and not any(m.match(body) for _, m in _MARKERS):
            out.append(Heading(pos + line.index(body), 0, body.rstrip("：: ")))
        pos += len(line) + 1
    for m in _START.finditer(text):
        at = m.end()
        for level, marker in _MARKERS:
            mk = marker.match(text, at)
            if mk:
                end = _TITLE_END.search(text, mk.end())
                title = text[mk.end():end.start() if end else len(text)].strip()
                out.append(Heading(at, level, title))
                break
    out.sort(key=lambda h: h.start)
    return out


def chain(found: list[Heading], pos: int) -> list[Heading]:
    """The heading chain at `pos`: the nearest heading of each level at or before it, outermost
    first; a heading closes every deeper one before it (a new 二、 ends （三） of 一、)."""
    starts = [h.start for h in found]
    out: list[Heading] = []
    for h in found[:bisect_right(starts, pos)]:
        out = [k for k in out if k.level < h.level] + [h]
    return out


def account_headlines(text: str, found: list[Heading], path: Path = SECTION_KINDS_FILE) -> frozenset[int]:
    """The starts of the unnumbered review lines that head an account of work done, not a plan's review
    (round 39, C34): no heading of a forward kind (`FORWARD`) and no plan's title line (an unnumbered
    line naming a plan: …下半年工作计划) follows them. A numbered review heading (一、基本情况, 第一章 现状)
    is a part of a document and stays a review, even where the page is cut after it."""
    kinds = [heading_kind(h.title, path) for h in found]
    out = set()
    for i, h in enumerate(found):
        if h.level != 0 or kinds[i] != "review" or any(m.match(text, h.start) for _, m in _MARKERS):
            continue
        if not any(kind in FORWARD for kind in kinds[i + 1:]) \
                and not any(k.level == 0 and PLAN_TITLE.search(simplified(k.title)) for k in found[i + 1:]):
            out.add(h.start)
    return frozenset(out)


def section_kind(found: list[Heading], path: Path = SECTION_KINDS_FILE,
                 accounts: frozenset[int] = frozenset()) -> str:
    """The kind of the innermost heading of a chain that names one; "other" when none does.
    An unnumbered line naming a document (…方案, …工作要点, a year) is a title, not a section.
    A numbered heading of a kind in `HOLDS` (a list of conditions) decides for every clause under
    it, deeper headings included; an unnumbered one (a lead-in line) holds only until the next
    numbered heading of the first level (round 30). A heading whose start is in `accounts` (an account's
    headline, `account_headlines`: round 39) names no kind."""
    for i, h in enumerate(found):  # a numbered conditions heading holds its items, whatever their words
        kind = heading_kind(h.title, path)
        if kind in HOLDS and (h.level > 0 or (kind == "applicants"
                                              and not any(k.level == 1 for k in found[i + 1:]))):
            return kind  # round 54: an unnumbered applicants heading (申报主体) holds them until the next 一、
    for i in range(len(found) - 1, -1, -1):
        h = found[i]
        if h.start in accounts or (h.level == 0 and DOC_TITLE.search(simplified(h.title))):
            continue
        if h.level == 0 and any(k.level == 1 for k in found[i + 1:]) \
                and heading_kind(h.title, path) in HOLDS:
            continue  # an unnumbered lead-in (…应具备以下基本条件：) ends at the next 一、 heading
        kind = heading_kind(h.title, path)
        if kind is not None:
            return kind
    return "other"


def page_sections(text: str, positions: list[int], path: Path = SECTION_KINDS_FILE) -> list[str]:
    """The section kind at each position of a page's text (a clause's start). A page in
    traditional script is read on its simplified copy (same length: positions hold); a short
    heading alone is too short for the script to be recognised."""
    plain = GLOSS.sub(lambda m: " " * len(m.group()), simplified(text))
    found = headings(plain)
    accounts = account_headlines(plain, found, path)
    return [section_kind(chain(found, p), path, accounts) for p in positions]


def plan_section(part: str | None, group_heading: str | None,
                 path: Path = SECTION_KINDS_FILE) -> str:
    """A parsed plan's task clause: its group heading's kind, else its part's (PART_KINDS)."""
    kind = heading_kind(group_heading or "", path)
    if kind is not None:
        return kind
    return PART_KINDS.get(part or "other", "other")

"""Segment a plan's paragraphs into parts (一、), groups (（一）) and tasks.

The patterns are those of Chinese government documents, not of the five plans:

- a part heading is ``一、…`` (or ``1、…`` for a first part written with an Arabic numeral);
- a group heading is ``（一）…`` or ``(一)…``, or ``（4）…`` when 4 is the next group number;
- tasks are numbered items (``1.`` ``1、`` ``（1）`` ``①``) or, where a group numbers none,
  paragraphs that open with a short title sentence or end in a unit bracket;
- a group whose body is not divided into tasks is itself one task (its heading is the title).

Every paragraph gets a role: front (before the first heading), heading, intro (text of a part
or group that is not a task), task, table (rows of a division-of-labour table), chrome (site
chrome and page markers, see `normalise`) or other (text of the background and goals parts,
and what could not be placed).

Part kinds come from the heading words in ``data/reference/parts.csv``. Matching runs on the
simplified copy of a traditional text; headings, titles and task texts are also kept as written
(`Group.shown_heading`, `Task.shown_title`, `Task.shown`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sciplan_analysis.parsing.normalise import Paragraph
from sciplan_analysis.tables import TASK_PARTS
from sciplan_analysis.text.brackets import remove_spans, unit_spans
from sciplan_analysis.text.numerals import chinese_number
from sciplan_analysis.text.patterns import (
    CIRCLED_NUMBER,
    CLAUSE,
    GROUP_NUMBER,
    ITEM_NUMBER,
    LONG_ITEM_NUMBER,
    PAREN_ITEM_NUMBER,
    PART_NUMBER,
)
from sciplan_analysis.text.reference import part_kind

__all__ = ["Group", "Structure", "Task", "chinese_number", "part_kind", "segment"]

PART = re.compile(f"^{PART_NUMBER}\\s*(.+)$")
ARABIC_PART = re.compile(r"^(\d{1,2})、\s*([^，。；：]{2,20})$")
GROUP = re.compile(f"^{GROUP_NUMBER}\\s*(.*)$")
TASK_NUMBER = re.compile(f"^(?:{ITEM_NUMBER}|{PAREN_ITEM_NUMBER}|{CIRCLED_NUMBER})\\s*")
PAREN_NUMBER = re.compile(f"^{PAREN_ITEM_NUMBER}")
TITLE_SENTENCE = re.compile(r"^([^，。；：！？]{2,40}[。！])(?=.)")
CONTINUATION_MARK = re.compile(r"^（?上接\S{0,6}）?$")

def title_sentence(text: str) -> str | None:
    """The short opening sentence that titles a task ("提升基础教育阶段科学教育水平。"), if any."""
    m = TITLE_SENTENCE.match(text)
    return m.group(1).rstrip("。！") if m else None


def strip_unit_brackets(text: str) -> tuple[str, list[str]]:
    """(text without its unit brackets, the brackets) for a task paragraph: every unit bracket
    （牵头单位：…） of any shape, or an unbracketed unit list that ends it."""
    spans = unit_spans(text)
    if not spans:
        return text, []
    return remove_spans(text, spans).strip(), [text[start:end] for start, end in spans]


@dataclass
class Task:
    task_id: str
    group_id: str
    ordinal: int
    title: str
    paragraphs: list[str] = field(default_factory=list)
    brackets: list[str] = field(default_factory=list)
    closed: bool = False
    written: list[str] = field(default_factory=list)  # `paragraphs` as written
    shown_title: str = ""  # the title as written

    @property
    def text(self) -> str:
        return "".join(self.paragraphs)

    @property
    def shown(self) -> str:
        """The task's text as written (traditional script kept)."""
        return "".join(self.written) if self.written else self.text


@dataclass
class Group:
    group_id: str
    part: str
    part_ordinal: int
    ordinal: int
    heading: str
    inline_body: str | None = None
    body: list[int] = field(default_factory=list)  # indices of its paragraphs
    tasks: list[Task] = field(default_factory=list)
    paren_numbers: bool = False  # a body paragraph opens with （1）: a task list, not groups
    shown_heading: str = ""  # the heading as written


@dataclass
class Structure:
    """What segmentation found: a role for every paragraph, and the groups and tasks."""

    paragraphs: list[Paragraph]
    roles: list[str]
    parts: list[str | None]
    group_of: list[str | None]
    task_of: list[str | None]
    groups: list[Group]
    part_headings: list[tuple[int, str, str]]  # (ordinal, kind, heading)
    recognised: bool

    @property
    def tasks(self) -> list[Task]:
        return [task for group in self.groups for task in group.tasks]


class _Segmenter:
    def __init__(self, paras: list[Paragraph]) -> None:
        self.paras = paras
        n = len(paras)
        self.roles = ["front"] * n
        self.parts: list[str | None] = [None] * n
        self.group_of: list[str | None] = [None] * n
        self.task_of: list[str | None] = [None] * n
        self.groups: list[Group] = []
        self.group_ids: dict[str, int] = {}  # times each group id was asked for
        self.part_headings: list[tuple[int, str, str]] = []
        self.part_shown: dict[int, str] = {}  # part headings as written
        self.part: tuple[int, str] | None = None  # (ordinal, kind)
        self.group: Group | None = None
        self.part_body: list[int] = []
        self.part_groups = 0
        self.seen_heading = False
        self.unplaced_front = False

    # -- headings -------------------------------------------------------------------------
    def match_part(self, text: str) -> tuple[int, str] | None:
        m = PART.match(text)
        if m and len(m.group(2)) <= 30 and "。" not in m.group(2)[:-1]:
            return chinese_number(m.group(1)), m.group(2).rstrip("。")
        m = ARABIC_PART.match(text)
        if m and int(m.group(1)) == 1 and not self.part_headings and not self.groups:
            return 1, m.group(2)
        return None

    def match_group(self, text: str) -> tuple[int, str, str | None] | None:
        m = GROUP.match(text)
        if not m:
            return None
        number, rest = m.group(1), m.group(2).strip()
        if number.isdigit():
            # （4） is a group only where 4 is the next group number and no （1） task list runs.
            expected = (self.group.ordinal + 1) if self.group else 1
            if int(number) != expected or self.group is None or self.group.paren_numbers:
                return None
        ordinal = chinese_number(number)
        if "。" in rest[:-1]:
            head, _, body = rest.partition("。")
            return ordinal, head, body.strip() or None
        return ordinal, rest.rstrip("。"), None

    # -- walk -----------------------------------------------------------------------------
    def run(self) -> Structure:
        leading_groups = self._leading_group_part()
        for i, para in enumerate(self.paras):
            if para.is_table:
                self._close_group()
                self.roles[i] = "table"
                continue
            if para.kind is not None:
                self.roles[i] = "chrome"  # site chrome and page markers
                continue
            text = para.text
            part = self.match_part(text)
            if part:
                self._close_part()
                ordinal, heading = part
                kind = part_kind(heading)
                self.part = (ordinal, kind)
                self.part_headings.append((ordinal, kind, heading))
                self.part_shown[ordinal] = self.as_written(i, heading)
                self.roles[i], self.parts[i] = "heading", kind
                self.seen_heading = True
                continue
            group = self.match_group(text)
            if group:
                self._close_group()
                ordinal, heading, inline = group
                if self.part is None:
                    self.part = (leading_groups, part_kind(heading))
                part_ordinal, kind = self.part
                self.group = Group(
                    group_id=self._unique_group_id(f"{part_ordinal}.{ordinal}"),
                    part=kind,
                    part_ordinal=part_ordinal,
                    ordinal=ordinal,
                    heading=heading,
                    inline_body=inline,
                    shown_heading=self.as_written(i, heading),
                )
                self.groups.append(self.group)
                self.part_groups += 1
                self.group.body.append(i)
                self.roles[i], self.parts[i] = "heading", kind
                self.group_of[i] = self.group.group_id
                self.seen_heading = True
                continue
            if not self.seen_heading:
                if CONTINUATION_MARK.match(text):
                    self.unplaced_front = True  # a fragment: what follows belongs to a lost part
                elif self.unplaced_front:
                    self.roles[i] = "other"
                continue
            if self.group is not None:
                self.group.body.append(i)
                if PAREN_NUMBER.match(text):
                    self.group.paren_numbers = True
            else:
                self.part_body.append(i)
        self._close_part()
        return Structure(
            paragraphs=self.paras,
            roles=self.roles,
            parts=self.parts,
            group_of=self.group_of,
            task_of=self.task_of,
            groups=self.groups,
            part_headings=self.part_headings,
            recognised=bool(self.part_headings or self.groups),
        )

    def _leading_group_part(self) -> int:
        """Part ordinal for groups that come before any part heading (a fragment's first page):
        the one before the first part heading; 1 where no part heading is stated at all (the
        groups are the plan's one part: ids 1.1, 1.2, never 0.1)."""
        for para in self.paras:
            part = PART.match(para.text)
            if part:
                return max(chinese_number(part.group(1)) - 1, 0)
        return 1

    def as_written(self, i: int, piece: str) -> str:
        """`piece` of paragraph `i`'s matching text, as written (traditional script kept)."""
        para = self.paras[i]
        if para.written is None or not piece or len(para.written) != len(para.text):
            return piece
        at = para.text.find(piece)
        return para.written[at : at + len(piece)] if at != -1 else piece

    def _unique_group_id(self, group_id: str) -> str:
        """`group_id`, or `group_id`-2, -3 … when a plan repeats a heading number."""
        n = self.group_ids.get(group_id, 0) + 1
        self.group_ids[group_id] = n
        return group_id if n == 1 else f"{group_id}-{n}"

    def _close_part(self) -> None:
        self._close_group()
        if self.part is None:
            return
        ordinal, kind = self.part
        if self.part_body and self.part_groups == 0 and kind in TASK_PARTS:
            # A task part with no groups: the part itself is one implicit group.
            heading = next(h for o, k, h in reversed(self.part_headings) if o == ordinal)
            self.group = Group(self._unique_group_id(f"{ordinal}.0"), kind, ordinal, 0, heading, body=[],
                               shown_heading=self.part_shown.get(ordinal, heading))
            self.groups.append(self.group)
            self.group.body.extend(self.part_body)
            self.part_body = []
            self._close_group()
        for i in self.part_body:
            self.roles[i] = "intro" if kind in TASK_PARTS else "other"
            self.parts[i] = kind
        self.part_body = []
        self.part_groups = 0
        self.part = None

    def _close_group(self) -> None:
        group = self.group
        if group is None:
            return
        self.group = None
        body = [i for i in group.body if self.roles[i] != "heading"]
        heading_index = next((i for i in group.body if self.roles[i] == "heading"), None)
        for i in group.body:
            self.parts[i] = group.part
            self.group_of[i] = group.group_id
        if group.part not in TASK_PARTS:
            for i in body:
                self.roles[i] = "other"
            if heading_index is not None and group.inline_body:
                self.roles[heading_index] = "other"
            return
        self._split_tasks(group, body, heading_index)

    def _split_tasks(self, group: Group, body: list[int], heading_index: int | None) -> None:
        texts = {i: self.paras[i].text for i in body}
        numbered = [i for i in body if TASK_NUMBER.match(texts[i])]
        bracketed = {i for i in body if unit_spans(texts[i])}
        current: Task | None = None

        def start(i: int, text: str, title: str | None) -> Task:
            task = Task(
                task_id=f"{group.group_id}.{len(group.tasks) + 1}",
                group_id=group.group_id,
                ordinal=len(group.tasks) + 1,
                title=title or "",
            )
            group.tasks.append(task)
            task.shown_title = self.as_written(i, task.title)
            add(task, i, text)
            return task

        def add(task: Task, i: int, text: str) -> None:
            plain, brackets = strip_unit_brackets(text)
            task.paragraphs.append(plain)
            task.written.append(self.as_written(i, plain))
            if brackets:
                task.brackets.extend(brackets)
                task.closed = True
            self.roles[i] = "task"
            self.task_of[i] = task.task_id

        last: int | None = None  # the number of the item before: 1000. follows 999.
        for i in body:
            text = texts[i]
            if numbered:
                m = TASK_NUMBER.match(text) or LONG_ITEM_NUMBER.match(text)
                if m and m.re is LONG_ITEM_NUMBER and (last is None or int(m.group(1)) != last + 1):
                    m = None
                if m:
                    digits = next((g for g in m.groups() if g and g.isascii() and g.isdigit()), None)
                    last = int(digits) if digits else None
                    rest = text[m.end():]
                    current = start(i, rest, title_sentence(rest) or _clause(rest))
                    continue
            elif bracketed:
                title = title_sentence(text)
                if i in bracketed:
                    if current is not None and not current.closed and title is None:
                        add(current, i, text)
                    else:
                        current = start(i, text, title)
                    continue
                if title and group.tasks:
                    current = start(i, text, title)
                    continue
            else:
                title = title_sentence(text)
                if title:
                    current = start(i, text, title)
                    continue
            if current is not None:
                add(current, i, text)
            else:
                self.roles[i] = "intro"

        if heading_index is not None and group.inline_body:
            if group.tasks:
                self.roles[heading_index] = "intro"
            else:
                # the heading paragraph holds the group's only task
                start(heading_index, group.inline_body, group.heading)
        if not group.tasks and body:
            # Not divided into tasks: the group's whole body is one task.
            task = start(body[0], texts[body[0]], group.heading)
            for i in body[1:]:
                add(task, i, texts[i])
        # Tasks are numbered in order as they are made (start), so ids need no renumbering.
        for task in group.tasks:
            if not task.title:
                task.title = group.heading if len(group.tasks) == 1 else _clause(task.text)
                task.shown_title = group.shown_heading if len(group.tasks) == 1 else _clause(task.shown)
            elif not task.shown_title:
                task.shown_title = task.title


def _clause(text: str, limit: int = 30) -> str:
    """A task's first clause, as a title where it has no title sentence."""
    m = CLAUSE.match(text)
    head = m.group() if m else ""
    return head if len(head) <= limit else head[:limit] + "…"


def segment(paras: list[Paragraph]) -> Structure:
    """Find parts, groups and tasks in a plan's paragraphs."""
    return _Segmenter(paras).run()

"""Normalise a raw plan text into paragraphs, keeping offsets back to the raw text.

Conversion leaves artifacts (``**bold**`` marks, ``[bookmark: …]`` tags, markdown ``###``
heading marks, stray tabs) and breaks sentences, even words, across lines ("县经科\\n\\n信局").
This stage removes the artifacts, unifies half-width punctuation, and joins the pieces of a
broken paragraph back together. Each `Paragraph` knows where it starts and ends in the raw text,
so every character of a plan can be traced to the paragraph that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ARTIFACTS = re.compile(r"\[bookmark:[^\]]*\]|\*\*|^\s*#{1,6}\s+")
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
HALF_TO_FULL = str.maketrans({"(": "（", ")": "）", ";": "；", "!": "！", "?": "？"})
# A comma or colon between two digits is part of a number or a time; elsewhere it is Chinese.
COMMA = re.compile(r"(?<!\d),|,(?!\d)")
COLON = re.compile(r"(?<!\d):|:(?!\d)")
SPACES = re.compile(r"[ \t\u3000\xa0]+")
# Spaces inside Chinese text are layout, not meaning ("到 2035 年", "工 作 内 容").
CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")

# A paragraph ends at one of these; a line ending otherwise continues on the next line.
TERMINATORS = "。！？；：）〕】]」”』…"
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
ATTACHMENT = re.compile(r"^附件\s*\d*\s*[：:]?$")
UNIT_LABEL = r"(?:牵头|责任|配合|参与|协办|协助|主责)(?:单位|部门)"
UNIT_BRACKET_START = re.compile(r"^[（〔\[【]\s*" + UNIT_LABEL)
# Lines that always begin a paragraph of their own (headings and numbered items).
HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[.．、](?!\d)"
    r"|[①-⑳])"
)
TABLE_HEADER = re.compile(r"^序\s*号$")
DOC_NUMBER_LINE = re.compile(r"^\S{1,10}〔\d{4}〕\d+号$")


def clean(line: str) -> str:
    """One line or paragraph without conversion artifacts and with unified punctuation."""
    text = ARTIFACTS.sub("", line)
    text = text.translate(FULLWIDTH_DIGITS).translate(HALF_TO_FULL)
    text = COMMA.sub("，", text)
    text = COLON.sub("：", text)
    text = SPACES.sub(" ", text).strip()
    return CJK_SPACE.sub("", text)


@dataclass
class Line:
    """A non-empty raw line: its offsets in the raw text and its cleaned text."""

    start: int
    end: int
    text: str
    indent: int


@dataclass
class Paragraph:
    """A logical paragraph: one or more raw lines joined, with offsets into the raw text."""

    start: int
    end: int
    text: str
    table_cells: list[str] | None = None
    lines: list[Line] = field(default_factory=list)

    @property
    def is_table(self) -> bool:
        return self.table_cells is not None


def raw_lines(raw: str) -> list[Line]:
    """The non-blank lines of a raw text, with offsets of their first and last visible character."""
    lines = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        stripped = body.strip()
        if stripped and clean(body):
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            end = pos + len(body.rstrip())
            lines.append(Line(start, end, clean(body), lead))
        elif stripped:
            # Only artifacts (e.g. a lone "**"): keep it, so no visible character goes untraced.
            lead = len(body) - len(body.lstrip())
            lines.append(Line(pos + lead, pos + len(body.rstrip()), "", lead))
        pos += len(piece)
    return lines


def _open_brackets(text: str) -> int:
    depth = 0
    for ch in text:
        if ch in "（〔[【":
            depth += 1
        elif ch in "）〕]】" and depth:
            depth -= 1
    return depth


def _continues(prev: Line, nxt: Line, front: bool = False) -> bool:
    """Whether `nxt` carries on the paragraph that `prev` left unfinished.

    In the front matter (before the first heading) titles are broken over short lines, but a
    title ends at 通知 or at a document number, and a short line followed by a long one is a
    title followed by its preamble.
    """
    if front and prev.text and nxt.text and (
        prev.text.endswith(("通知", "号"))
        or DOC_NUMBER_LINE.match(prev.text)
        or (len(prev.text) <= 40 and len(nxt.text) >= max(60, 2 * len(prev.text)))
    ):
        return False
    if not prev.text:
        return True
    if not nxt.text:
        return True
    if UNIT_BRACKET_START.match(nxt.text):
        return True  # a unit bracket on a line of its own belongs to the task above
    if prev.text[-1] in TERMINATORS:
        return False
    if HEADING_START.match(nxt.text):
        return False
    if _open_brackets(prev.text) > 0:
        return True  # a bracket left open ("〔牵头单位：县经科") runs on to the next line
    if HEADING_START.match(prev.text) and len(prev.text) <= 40 and "。" not in prev.text[:-1]:
        return False  # a heading line stands alone; a numbered item may run on
    if DATE_LINE.match(nxt.text) or DATE_LINE.match(prev.text):
        return False
    if ATTACHMENT.match(prev.text) or ATTACHMENT.match(nxt.text):
        return False
    # Right-aligned signature lines stand alone.
    return not (prev.indent >= 4 or nxt.indent >= 4)


def _table_rows(lines: list[Line]) -> list[Paragraph]:
    """Rows of a tab-laid table: a header, then one row per line that is a bare number."""
    rows: list[list[Line]] = [[]]
    for line in lines:
        if line.text.isdigit() and rows[-1]:
            rows.append([])
        rows[-1].append(line)
    return [
        Paragraph(
            start=row[0].start,
            end=row[-1].end,
            text=" | ".join(line.text for line in row if line.text),
            table_cells=[line.text for line in row],
            lines=row,
        )
        for row in rows
        if row
    ]


def _table_start(lines: list[Line], raw: str) -> int | None:
    """Index of the header line of a tab-laid table (序号 … 牵头单位), if the text has one."""
    for i, line in enumerate(lines):
        if TABLE_HEADER.match(line.text):
            window = " ".join(x.text for x in lines[i : i + 6])
            if "牵头" in window and "\t" in raw[line.start - 2 : lines[min(i + 1, len(lines) - 1)].end]:
                return i
    return None


def paragraphs(raw: str) -> list[Paragraph]:
    """Split a raw plan text into logical paragraphs (joined lines) and table rows."""
    lines = raw_lines(raw)
    table_at = _table_start(lines, raw)
    body = lines if table_at is None else lines[:table_at]
    first_heading = next(
        (i for i, line in enumerate(body) if HEADING_START.match(line.text)), len(body)
    )
    result: list[Paragraph] = []
    current: list[Line] = []
    for i, line in enumerate(body):
        if current and not _continues(current[-1], line, front=i <= first_heading):
            result.append(_join(current))
            current = []
        current.append(line)
    if current:
        result.append(_join(current))
    if table_at is not None:
        result.extend(_table_rows(lines[table_at:]))
    return result


def _join(lines: list[Line]) -> Paragraph:
    text = "".join(line.text for line in lines)
    return Paragraph(start=lines[0].start, end=lines[-1].end, text=text, lines=list(lines))

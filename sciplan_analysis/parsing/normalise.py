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

from sciplan_analysis.text.brackets import CLOSERS, UNIT_LIST_START, open_depth, unit_state
from sciplan_analysis.text.patterns import ARTIFACTS, HEADING_START

# Full-width digits to ASCII; half-width brackets and marks to their Chinese forms.
UNIFY = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)}, "．": ".",
    "(": "（", ")": "）", ";": "；", "!": "！", "?": "？",
})
# A comma or colon between two digits is part of a number or a time; elsewhere it is Chinese.
COMMA = re.compile(r"(?<!\d),|,(?!\d)")
COLON = re.compile(r"(?<!\d):|:(?!\d)")
SPACES = re.compile(r"[ \t\u3000\xa0]+")
# Spaces inside Chinese text are layout, not meaning ("到 2035 年", "工 作 内 容").
CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")

# A paragraph ends at one of these; a line ending otherwise continues on the next line.
TERMINATORS = "。！？；：" + CLOSERS + "」”』…"
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
ATTACHMENT = re.compile(r"^附件\s*\d*\s*[：:]?$")
TABLE_HEADER = re.compile(r"^序\s*号$")
DOC_NUMBER_LINE = re.compile(r"^\S{1,10}〔\d{4}〕\d+号$")


def clean(line: str) -> str:
    """One line or paragraph without conversion artifacts and with unified punctuation."""
    text = ARTIFACTS.sub("", line)
    text = text.translate(UNIFY)
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
    cells: list[str] | None = None  # cells of a tab-laid line, when it has two or more

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
        text = clean(body) if stripped else ""
        if text:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            end = pos + len(body.rstrip())
            cells = None
            if "\t" in body:
                parts = [clean(c) for c in body.strip(" ").split("\t")]
                if parts and parts[0] == "":
                    parts = parts[1:]  # a leading tab
                cells = parts
            lines.append(Line(start, end, text, lead, cells))
        elif stripped:
            # Only artifacts (e.g. a lone "**"): keep it, so no visible character goes untraced.
            lead = len(body) - len(body.lstrip())
            lines.append(Line(pos + lead, pos + len(body.rstrip()), "", lead))
        pos += len(piece)
    return lines


def _continues(prev: Line, nxt: Line, front: bool = False, in_unit: bool = False) -> bool:
    """Whether `nxt` carries on the paragraph that `prev` left unfinished.

    In the front matter (before the first heading) titles are broken over short lines, but a
    title ends at 通知 or at a document number, and a short line followed by a long one is a
    title followed by its preamble. `in_unit`: the paragraph so far leaves a unit bracket open
    ("…〔牵头单位：" at a line's end), so the next line, unless a heading, carries its names.
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
    if UNIT_LIST_START.match(nxt.text):
        return True  # a unit bracket on a line of its own belongs to the task above
    if in_unit and not HEADING_START.match(nxt.text):
        return True
    if prev.text[-1] in TERMINATORS:
        return False
    if HEADING_START.match(nxt.text):
        return False
    if open_depth(prev.text) > 0:
        return True  # a bracket left open ("〔牵头单位：县经科") runs on to the next line
    if HEADING_START.match(prev.text) and len(prev.text) <= 40 and "。" not in prev.text[:-1]:
        return False  # a heading line stands alone; a numbered item may run on
    if DATE_LINE.match(nxt.text) or DATE_LINE.match(prev.text):
        return False
    if ATTACHMENT.match(prev.text) or ATTACHMENT.match(nxt.text):
        return False
    # Right-aligned signature lines stand alone.
    return not (prev.indent >= 4 or nxt.indent >= 4)


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


def paragraphs(raw: str) -> list[Paragraph]:
    """Split a raw plan text into logical paragraphs (joined lines) and table rows."""
    result: list[Paragraph] = []
    first_body = True
    for kind, lines in _split_tables(raw_lines(raw)):
        if kind == "table":
            result.extend(_table_rows(lines))
            continue
        first_heading = (
            next((i for i, line in enumerate(lines) if HEADING_START.match(line.text)), len(lines))
            if first_body
            else -1
        )
        first_body = False
        current: list[Line] = []
        depth, in_unit = 0, False
        for i, line in enumerate(lines):
            if current and not _continues(current[-1], line, front=i <= first_heading, in_unit=in_unit):
                result.append(_join(current))
                current = []
                depth, in_unit = 0, False
            current.append(line)
            depth, in_unit = unit_state(line.text, depth, in_unit)
        if current:
            result.append(_join(current))
    return result


def _join(lines: list[Line]) -> Paragraph:
    text = "".join(line.text for line in lines)
    return Paragraph(start=lines[0].start, end=lines[-1].end, text=text, lines=list(lines))

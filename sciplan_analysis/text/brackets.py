"""Brackets, written once: the shapes plans use, a depth-tracking scanner, unit brackets.

Plans close a bracket with whatever was at hand (〔…〕, 〔…], 〔…）), so any closer closes
any opener. A *unit bracket* opens with a unit label and a colon (（牵头单位：县教委。配合单位：…）);
brackets inside it (各乡镇（街道）人民政府（办事处）) stay inside, and one left unclosed runs to
the end of the text. The parser reads unit brackets into assignments and the tokenizer drops
them from compared text, both through `unit_spans`, so the two always agree.
"""

from __future__ import annotations

import re

from sciplan_analysis.text.patterns import UNIT_LABEL

OPENERS = "（(〔[【﹝［"
CLOSERS = "）)〕]】﹞］"
_OPENER = frozenset(OPENERS)
_CLOSER = frozenset(CLOSERS)
BRACKET = re.compile(f"[{re.escape(OPENERS + CLOSERS)}]")
# An opening bracket whose first word is a unit label followed by a colon.
UNIT_BRACKET = re.compile(f"[{re.escape(OPENERS)}]\\s*(?={UNIT_LABEL}\\s*[：:])")
# An unbracketed unit list, at the start of a text or after a sentence ("。牵头单位：…").
UNIT_LIST = re.compile(f"(?:(?<=[。；;])|^)\\s*(?={UNIT_LABEL}\\s*[：:])")
# A line that opens with a unit list, bracketed or not.
UNIT_LIST_START = re.compile(f"^[{re.escape(OPENERS)}]?\\s*{UNIT_LABEL}\\s*[：:]")
# Separators between unit names in a list.
NAME_SEPARATORS = "、，,；;。"
_NAME_SPLIT = re.compile(f"[{re.escape(OPENERS + CLOSERS + NAME_SEPARATORS)}]")


def open_depth(text: str) -> int:
    """How many brackets are left open at the end of `text` (a stray closer is ignored)."""
    depth = 0
    for m in BRACKET.finditer(text):
        if m.group() in _OPENER:
            depth += 1
        elif depth:
            depth -= 1
    return depth


def unit_state(text: str, depth: int = 0, in_unit: bool = False) -> tuple[int, bool]:
    """(open depth, inside a unit bracket) after `text`, carried on from the state before it.

    Lets a paragraph built line by line know that a unit bracket is still open.
    """
    if not BRACKET.search(text):
        return depth, in_unit  # no bracket (most lines): nothing changes
    units = {m.start() for m in UNIT_BRACKET.finditer(text)}
    for m in BRACKET.finditer(text):
        if m.group() in _OPENER:
            if depth == 0:
                in_unit = m.start() in units
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                in_unit = False
    return depth, in_unit


def bracket_end(text: str, start: int) -> int:
    """End of the bracket that opens at ``text[start]``: just past its closer, of any shape,
    or ``len(text)`` when it is never closed."""
    depth = 0
    for m in BRACKET.finditer(text, start):
        if m.group() in _OPENER:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end()
    return len(text)


def unit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every unit bracket in `text`, in order; where there is none, the span of an
    unbracketed unit list that ends the text ("…。牵头单位：县科技局；责任单位：…")."""
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos < n and (m := UNIT_BRACKET.search(text, pos)):
        end = bracket_end(text, m.start())
        spans.append((m.start(), end))
        pos = end
    if not spans and (m := UNIT_LIST.search(text)):
        spans.append((m.start(), n))
    return spans


def remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the (ordered, disjoint) `spans`."""
    if not spans:
        return text
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def strip_unit_brackets(text: str) -> str:
    """`text` without its unit brackets (what the tokenizer compares)."""
    return remove_spans(text, unit_spans(text))


def split_outside(text: str) -> list[str]:
    """Split on the separators 、，；。 (full- or half-width) outside brackets, so that
    各乡镇（街道）人民政府（办事处） stays whole; pieces are returned as written."""
    pieces, depth, pos = [], 0, 0
    for m in _NAME_SPLIT.finditer(text):
        ch = m.group()
        if ch in _OPENER:
            depth += 1
        elif ch in _CLOSER:
            depth = max(depth - 1, 0)
        elif depth == 0:
            pieces.append(text[pos : m.start()])
            pos = m.end()
    pieces.append(text[pos:])
    return pieces

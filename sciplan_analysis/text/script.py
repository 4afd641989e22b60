"""Traditional script: a simplified copy of a text, character for character, to match on.

Pages served through a conversion layer carry 實施方案, 牽頭單位, 辦公廳. The parser matches
its patterns on a simplified copy (OpenCC ``t2s``) of the same length, so every offset and
slice of the copy is one of the text as written. A text is converted only when it reads as
traditional (enough characters that exist only in traditional script), so a simplified plan
never passes through the converter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sciplan_analysis import reference_files
from sciplan_analysis.config import VARIANTS_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.text.patterns import CJK

# Common characters that exist only in traditional script (their simplified forms differ).
TRADITIONAL_ONLY = frozenset(
    "們個來時會說國學發對與為這實點體關應據經電開現後動務計區專業書長門間問題將員產設織議項"
    "劃綱導質辦縣鄉鎮術場數單協廳號歲萬億傳統條級結構農歷練紀鄰聯總報團衛賽齊張東廣雲"
    "進運還邊過選適達區鐵錄開陽隊際階隨難響頭顯類養驗黨"
)
TRADITIONAL_SHARE = 0.01  # of CJK characters; a simplified plan has none
# The same characters as one pattern: counted in one pass, not one Python step a character.
_TRADITIONAL = re.compile(f"[{''.join(sorted(TRADITIONAL_ONLY))}]")


def is_traditional(text: str) -> bool:
    """Whether `text` is written in traditional script."""
    if not _TRADITIONAL.search(text):
        return False  # none of them (every simplified text): no need to count the CJK ones
    cjk = len(CJK.findall(text))
    if not cjk:
        return False
    return len(_TRADITIONAL.findall(text)) >= max(1.0, cjk * TRADITIONAL_SHARE)


@lru_cache(maxsize=1)
def _converter():  # -> opencc.OpenCC
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _variants(path: Path = VARIANTS_FILE) -> dict[int, str]:
    """The character variants OpenCC leaves (陜 → 陕), as a str.translate table."""
    table: dict[int, str] = {}
    for n, row in reference_files.numbered_rows(path)[1]:
        variant, plain = (row.get("variant") or "").strip(), (row.get("simplified") or "").strip()
        if len(variant) != 1 or len(plain) != 1:
            raise PlanError(f"{path}: row {n}: a variant maps one character to one character")
        table[ord(variant)] = plain
    return table


def to_simplified(text: str) -> str:
    """`text` in simplified script (OpenCC t2s, then the variants it leaves: 陜 → 陕)."""
    return _converter().convert(text).translate(_variants())


def _convert_same_length(text: str) -> str:
    """`text` converted to simplified with its length kept: phrase by phrase where that keeps
    the length, else character by character; then the variants OpenCC leaves (陜 → 陕)."""
    return _opencc_same_length(text).translate(_variants())


def _opencc_same_length(text: str) -> str:
    convert = _converter().convert
    out = convert(text)
    if len(out) == len(text):
        return out
    lines = text.splitlines(keepends=True)
    pieces = []
    for line in lines:
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        pieces.append(converted)
    return "".join(pieces)


def simplified(text: str) -> str:
    """A simplified copy of `text` of the same length, or `text` itself when it is not
    traditional."""
    if not is_traditional(text):
        return text
    return _convert_same_length(text)

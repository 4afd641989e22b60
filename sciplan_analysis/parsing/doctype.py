"""What kind of document a plan is (实施方案, 分工方案, 工作要点, 行动计划 …), from its title.

A division-of-labour plan (分工方案) assigns the tasks of a parent plan to units and spells out
few measures of its own, so it is not compared with an implementation plan (实施方案) as if it
were one. The title words live in ``data/reference/doc_types.csv``; the term that ends nearest
the end of the title decides (规划纲要实施方案 is an 实施方案), a bracket at the end such as
（2021—2025年） or （征求意见稿） set aside.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sciplan_analysis.config import DOC_TYPES_FILE
from sciplan_analysis.reference_files import numbered_rows

SOURCE_TITLE = "title"
_TRAILING_BRACKETS = re.compile(r"(?:[（(〔\[【][^）)〕\]】]*[）)〕\]】]\s*)+$")


@lru_cache(maxsize=4)
def doc_type_terms(path: str | Path = DOC_TYPES_FILE) -> tuple[tuple[str, str], ...]:
    """(term, doc_type) pairs of the vocabulary, longest term first; a row without both
    raises ValueError naming the file and line."""
    header, body = numbered_rows(path)
    if header[:2] != ["term", "doc_type"]:
        raise ValueError(f"{path}: the header must start with term,doc_type, not {header!r}")
    pairs = []
    for n, row in body:
        if not row["term"] or not row["doc_type"]:
            raise ValueError(f"{path}, line {n}: a row needs a term and a doc_type")
        pairs.append((row["term"], row["doc_type"]))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def doc_type(title: object, path: str | Path = DOC_TYPES_FILE) -> tuple[str | None, str | None]:
    """(doc_type, doc_type_source) of a plan from its title; (None, None) when the title
    is missing or names no kind of the vocabulary."""
    if not isinstance(title, str) or not title.strip():
        return None, None
    text = _TRAILING_BRACKETS.sub("", title.strip()) or title.strip()
    best: tuple[int, int, str] | None = None
    for term, kind in doc_type_terms(path):
        at = text.rfind(term)
        if at < 0:
            continue
        key = (at + len(term), len(term), kind)
        if best is None or key[:2] > best[:2]:
            best = key
    return (best[2], SOURCE_TITLE) if best else (None, None)

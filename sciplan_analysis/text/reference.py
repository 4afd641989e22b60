"""The document vocabulary a researcher keeps in data/reference/: part words and page labels.

`parts.csv` maps heading words to a part kind (so plans of every cycle can be read);
`page_labels.csv` names what web pages put around a document (labelled fields such as
文号： or 发布时间：, navigation words, labels glued before the title); `paper_cues.csv` the labels
that mark a scholarly page (摘要, 关键词, 中图分类号 …: parsing/scholarly.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sciplan_analysis import reference_files
from sciplan_analysis.config import PAGE_LABELS_FILE, PAPER_CUES_FILE, PARTS_FILE
from sciplan_analysis.errors import PlanError


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a reference CSV (# comment lines skipped), checked for its columns."""
    rows = reference_files.rows(path)
    if rows and not set(columns) <= set(rows[0]):
        raise PlanError(f"{path}: expected the columns {', '.join(columns)}")
    return [r for r in rows if all((r.get(c) or "").strip() for c in columns)]


@lru_cache(maxsize=1)
def part_keywords(path: Path = PARTS_FILE) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, words) in file order: the first kind with a word in a heading wins."""
    return tuple(
        (row["part"].strip(), tuple(w.strip() for w in row["words"].split("|") if w.strip()))
        for row in _rows(path, ("part", "words"))
    )


def part_kind(heading: str) -> str:
    """The kind of a part (or of a group whose part is not stated) from its heading's words."""
    for kind, words in part_keywords():
        if any(word in heading for word in words):
            return kind
    return "other"


@lru_cache(maxsize=1)
def part_word_pattern() -> re.Pattern:
    """Any part word, spaced or not (提 升 行 动), longest first."""
    words = sorted({w for _, ws in part_keywords() for w in ws}, key=len, reverse=True)
    return re.compile("|".join(r"\s*".join(map(re.escape, w)) for w in words))


@lru_cache(maxsize=1)
def page_labels(path: Path = PAGE_LABELS_FILE) -> dict[str, str]:
    """Label → kind (doc_number, issue_date, published, issuer, title, field, nav, prefix)."""
    return {row["label"].strip(): row["kind"].strip() for row in _rows(path, ("label", "kind"))}


@lru_cache(maxsize=32)
def labels_of(*kinds: str) -> tuple[str, ...]:
    """The labels of the given kinds, longest first (so 发文日期 wins over 日期); cached: the
    parser asks for them on every line."""
    return tuple(sorted((lab for lab, k in page_labels().items() if k in kinds), key=len,
                        reverse=True))


@lru_cache(maxsize=1)
def paper_labels(path: Path = PAPER_CUES_FILE) -> dict[str, str]:
    """Label → cue of a scholarly page (abstract, keywords, class_number, document_code, article_number,
    fund, author, doi, references)."""
    return {row["label"].strip(): row["cue"].strip() for row in _rows(path, ("label", "cue"))}

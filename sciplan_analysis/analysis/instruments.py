"""Policy instruments: each clause of each task coded by the tool the government uses in it.

The scheme is ``INSTRUMENTS.md`` (14 tools in three types after Rothwell and Zegveld, plus
``none``); its cues and tie-breaks live in ``data/reference/instruments.csv`` so a researcher
can edit them. A clause is a sentence of a task's text ending in 。 or ； (the title sentence
is one too); each clause keeps its offsets in the raw text, so a coded clause can be checked
against the plan as received. Everything here is pandas/numpy: no plotting.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from sciplan_analysis.config import RAW_DIR, REFERENCE_DIR
from sciplan_analysis.errors import PlanError
from sciplan_analysis.tables import Corpus

INSTRUMENTS_FILE = REFERENCE_DIR / "instruments.csv"

# The scheme's tools and types (INSTRUMENTS.md); the reference file may not add others.
TYPES: tuple[str, ...] = ("supply", "environment", "demand", "none")
SCHEME: dict[str, str] = {
    "education": "supply", "funding": "supply", "infrastructure": "supply",
    "information": "supply", "services": "supply",
    "planning": "environment", "regulation": "environment", "organisation": "environment",
    "evaluation": "environment", "incentives": "environment",
    "procurement": "demand", "demonstration": "demand", "participation": "demand",
    "cooperation": "demand",
    "none": "none",
}
TOOLS: tuple[str, ...] = tuple(SCHEME)
COLUMNS = ["plan_id", "task_id", "clause_no", "text", "start", "end", "tool", "type", "cue"]

CLAUSE_END = "。；"
_CLAUSE = re.compile(r"[^。；]+[。；]?")


class InstrumentsError(PlanError):
    """The instruments reference file is malformed; the message names the file and line."""


# --------------------------------------------------------------------------- clauses

def split_clauses(text: str) -> list[tuple[int, str]]:
    """The clauses of a task's text with their offsets in it: pieces ending in 。 or ；.

    A trailing piece without a terminator is a clause too; blank pieces are dropped.
    """
    out = []
    for m in _CLAUSE.finditer(text):
        piece = m.group()
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece.strip("。；"):
            out.append((m.start() + lead, piece))
    return out


# Folding that both the raw text and the clause go through before alignment: the
# normaliser's punctuation unification (half-width → Chinese forms, full-width digits).
_FOLD = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)}, "．": ".",
    "(": "（", ")": "）", ";": "；", "!": "！", "?": "？", ",": "，", ":": "：",
    "〔": "（", "〕": "）", "[": "（", "]": "）", "【": "（", "】": "）",
})
_ARTIFACT = re.compile(r"\[bookmark:[^\]]*\]|\*\*|^[ \t]*#{1,6}[ \t]+", re.MULTILINE)


def folded(raw: str, start: int = 0, end: int | None = None) -> tuple[str, np.ndarray]:
    """The raw span without whitespace and artifacts, folded, with each character's raw offset."""
    end = len(raw) if end is None else end
    span = raw[start:end]
    keep = np.ones(len(span), dtype=bool)
    for m in _ARTIFACT.finditer(span):
        keep[m.start():m.end()] = False
    chars, offsets = [], []
    for i, ch in enumerate(span):
        if keep[i] and not ch.isspace():
            chars.append(ch)
            offsets.append(start + i)
    return "".join(chars).translate(_FOLD), np.asarray(offsets, dtype=np.int64)


def _fold_clause(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace()).translate(_FOLD)


def align(clause: str, hay: str, offsets: np.ndarray, cursor: int) -> tuple[int, int, int] | None:
    """Raw (start, end) of a clause in a folded raw span, searching from `cursor`.

    Exact search first; failing that, the clause's characters in order (a subsequence match),
    accepted when at least 90% of them are found within a window not much longer than it.
    Returns (start, end, new cursor) or None.
    """
    needle = _fold_clause(clause)
    if not needle or len(offsets) == 0:
        return None
    at = hay.find(needle, cursor)
    if at < 0:
        at = hay.find(needle)
    if at >= 0:
        last = at + len(needle) - 1
        return int(offsets[at]), int(offsets[last]) + 1, last + 1
    first = hay.find(needle[0], cursor)
    if first < 0:
        return None
    pos, found, last = first, 0, first
    limit = first + 2 * len(needle) + 20
    for ch in needle:
        j = hay.find(ch, pos, limit)
        if j < 0:
            continue
        found += 1
        last = j
        pos = j + 1
    if found < 0.9 * len(needle):
        return None
    return int(offsets[first]), int(offsets[last]) + 1, last + 1


def raw_texts(corpus: Corpus, raw_dir: Path = RAW_DIR) -> dict[str, str]:
    """Each plan's raw text as decoded, read from its file (plans.file) in `raw_dir`."""
    from sciplan_analysis.parsing.sources import extract_text

    out = {}
    for pid, file in zip(corpus.plans["plan_id"], corpus.plans["file"], strict=True):
        path = Path(raw_dir) / str(file)
        if path.is_file():
            out[str(pid)] = extract_text(path)
    return out


def split_corpus(corpus: Corpus, raws: dict[str, str] | None = None) -> pd.DataFrame:
    """Every task's clauses with raw offsets (start/end NA where the raw text cannot be aligned)."""
    raws = raw_texts(corpus) if raws is None else raws
    segs = corpus.segments
    segs = segs[segs["role"] == "task"]
    spans = segs.groupby(["plan_id", "task_id"]).agg(start=("start", "min"), end=("end", "max"))
    rows = []
    for task in corpus.tasks.itertuples(index=False):
        pid, tid = str(task.plan_id), str(task.task_id)
        raw = raws.get(pid)
        hay, offsets, cursor = "", np.empty(0, dtype=np.int64), 0
        if raw is not None and (pid, tid) in spans.index:
            s, e = spans.loc[(pid, tid)]
            hay, offsets = folded(raw, int(s), int(e))
        for n, (_, text) in enumerate(split_clauses(str(task.text)), start=1):
            hit = align(text, hay, offsets, cursor) if hay else None
            if hit is None:
                start = end = pd.NA
            else:
                start, end, cursor = hit
            rows.append({"plan_id": pid, "task_id": tid, "clause_no": n, "text": text,
                         "start": start, "end": end})
    out = pd.DataFrame(rows, columns=COLUMNS[:6])
    out[["start", "end"]] = out[["start", "end"]].astype("Int64")
    return out

"""A second reading of each coded clause, to say which codes a researcher should check by hand.

The rules of ``instruments.csv`` agree with careful hand coding on about seven clauses in ten of
plans they have not read (README, "How far to trust it"). A model learned from every hand-coded
clause of the project (the five plans' samples and the other real plans' sets; a logistic
regression over the clause's character 1-3-grams, ``benchmarks/instruments_review.py``) reads
each clause again; where it reads another tool with probability at least the file's floor, the
clause is marked ``review`` and the model's reading is kept in ``review_tool``. The model never
recodes a clause: measured on sets no model had seen, it does not beat the rules, but where it
disagrees the rules are wrong about six times in ten, against three in ten over all clauses.

The model is plain numbers in ``data/reference/instrument_review.csv`` (each n-gram's idf and its
weight for each tool, ``<bias>`` the intercepts), read with numpy: no Python object is loaded and nothing runs.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sciplan_analysis.config import REVIEW_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.tables import INSTRUMENT_TOOLS

BIAS = "<bias>"
FLOOR_KEY = "<floor>"
SPACES = re.compile(r"\s\s+")  # as scikit-learn's character analyser: runs of white space → one


class ReviewError(PlanError):
    """The review model's file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Model:
    """The learned reading: tools, intercepts, each n-gram's row, idf and weights, the floor."""

    tools: tuple[str, ...]
    bias: np.ndarray
    rows: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    floor: float


def ngrams(text: str) -> Counter[str]:
    """The clause's character 1-, 2- and 3-grams, counted (lower case, white space runs as one)."""
    t = SPACES.sub(" ", text.lower())
    return Counter(t[i:i + n] for n in (1, 2, 3) for i in range(len(t) - n + 1))


def model_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A model file's header and its rows, each with its line number (for errors that name it).
    csv as written: an n-gram may be or hold a space, a comma or a #, so cells are not stripped
    and only the lines before the header are comments. Shared with `parsing.learned`."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next((row for row in reader if row and not row[0].startswith("#")), [])
        return header, [(reader.line_num, row) for row in reader]


@lru_cache(maxsize=4)
def load_model(path: Path = REVIEW_FILE) -> Model:
    """Read and check the model file; every error names the file and line."""
    if not path.is_file():
        raise ReviewError(f"{path}: the review model is missing (benchmarks/instruments_review.py --write)")
    header, body = model_rows(path)
    tools = tuple(header[2:])
    if header[:2] != ["ngram", "idf"] or not tools or set(tools) - set(INSTRUMENT_TOOLS):
        raise ReviewError(f"{path}: the header must be ngram, idf and tools of the scheme, not {header}")
    bias, floor = None, None
    grams: list[str] = []
    idf: list[float] = []
    rows: list[int] = []  # the n-grams that carry weights, and their weights
    values: list[list[float]] = []
    width = len(header)
    for n, cells in body:
        if len(cells) not in (2, width):  # an n-gram's idf alone: its weights are 0
            raise ReviewError(f"{path}, line {n}: {len(cells)} cells, not 2 or the header's {width}")
        try:
            if cells[0] == FLOOR_KEY:
                floor = float(cells[1])
            elif cells[0] == BIAS:
                bias = np.array([float(v) if v else 0.0 for v in cells[2:]])
            else:
                idf.append(float(cells[1]))
                if len(cells) == width:
                    values.append([float(v) if v else 0.0 for v in cells[2:]])
                    rows.append(len(grams))
                grams.append(cells[0])
        except ValueError:
            raise ReviewError(f"{path}, line {n}: idf and weights must be numbers") from None
    if bias is None or len(bias) != len(tools) or floor is None or not 0 < floor <= 1:
        raise ReviewError(f"{path}: needs a {BIAS} row and a {FLOOR_KEY} row with a floor in (0, 1]")
    if len(set(grams)) != len(grams):
        raise ReviewError(f"{path}: an n-gram is listed twice")
    weights = np.zeros((len(grams), len(tools)))
    if rows:
        weights[rows] = values
    return Model(tools, bias, {g: i for i, g in enumerate(grams)}, np.array(idf), weights, floor)


def gram_scores(text: str, rows: dict[str, int], idf: np.ndarray, weights: np.ndarray,
                bias: np.ndarray) -> np.ndarray:
    """Each tool's linear score for a clause: the intercepts plus its character n-grams' sublinear,
    L2-normalised tf-idf (as scikit-learn's `TfidfVectorizer(sublinear_tf=True)` gives them) times
    their weights. Shared with `parsing.learned`, whose hybrid adds the rules' tokens to it."""
    found = [(rows[g], c) for g, c in ngrams(text).items() if g in rows]
    z = bias.copy()
    if found:
        idx = np.array([i for i, _ in found])
        x = np.array([1.0 + math.log(c) for _, c in found]) * idf[idx]
        x /= np.sqrt((x * x).sum())
        z = z + x @ weights[idx]
    return z


def reading(text: str, model: Model | None = None) -> tuple[str, float]:
    """The model's tool for a clause and its probability."""
    model = load_model() if model is None else model
    z = gram_scores(text, model.rows, model.idf, model.weights, model.bias)
    p = np.exp(z - z.max())
    p /= p.sum()
    best = int(p.argmax())
    return model.tools[best], float(p[best])


def review(text: str, tool: str, model: Model | None = None) -> str | None:
    """The model's tool where it reads the clause otherwise than `tool` at or above its floor
    (the clause should be checked by hand); None where it agrees or is unsure."""
    model = load_model() if model is None else model
    other, p = reading(text, model)
    return other if other != tool and p >= model.floor else None

"""Character n-grams and their tf-idf scores, shared by the learned hybrid (`parsing.learned`).

Until session 25 this module was `parsing.review` and also read a second model
(data/reference/instrument_review.csv, a text-only logistic regression fitted on sets 1-48) whose
disagreement with the rules filled ``clauses.review``. It is retired: the code is now the hybrid's
and ``review`` the rules' tool where they read a clause otherwise
(`parsing.instruments.plan_clauses`); the old file's reader lives on with its benchmark
(benchmarks/review_file.py) for the history runs only.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

SPACES = re.compile(r"\s\s+")  # as scikit-learn's character analyser: runs of white space → one


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

"""The review flag's model, RETIRED in session 25: the reader of data/reference/instrument_review.csv
(fitted on the five plans' samples and sets 1-48), kept for benchmarks/instruments_review.py's
history runs only. The library no longer reads it: since session 25 the code is the learned
hybrid's (`sciplan_analysis.parsing.learned`) and ``clauses.review`` the rules' tool where it
differs. The file is no longer shipped; `RETIRED_AT` is the last commit that shipped it, and
`load_model()` with no path reads it from there (`git show`).

Each n-gram's idf and its weight for each tool, ``<bias>`` the intercepts, ``<floor>`` the least
probability of a reading that flags a clause; read with numpy (the library's shared `gram_scores`
and `model_rows`).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.grams import gram_scores, model_rows
from sciplan_analysis.tables import INSTRUMENT_TOOLS

ROOT = Path(__file__).resolve().parent.parent
REVIEW_FILE = ROOT / "data" / "reference" / "instrument_review.csv"  # written by --write; not shipped
RETIRED_AT = "ccf1e20"  # the last commit that shipped the file (sets 1-48)
BIAS = "<bias>"
FLOOR_KEY = "<floor>"


def retired_file() -> Path:
    """The retired file as it was shipped last (from git, into a temporary file)."""
    text = subprocess.run(["git", "show", f"{RETIRED_AT}:data/reference/instrument_review.csv"], cwd=ROOT,
                          check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "instrument_review.csv"
    path.write_text(text, encoding="utf-8")
    return path


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


@lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> Model:
    """Read and check the model file (None: the retired file, `retired_file`); every error names
    the file and line."""
    path = retired_file() if path is None else path
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
